"""The five-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 文旅 bodies,
敦煌市 (甘肃) — its 文体广电和旅游局, 博物馆, 莫高窟游客服务中心, 文化馆 and four 景区管理处
(鸣沙山月牙泉, 阳关, 玉门关, 雅丹) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单
its staff typed:

- the 博物馆's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above ``序号 | 廉政风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 莫高窟游客服务中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文化馆's file in two sheets ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``部室`` (``部室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 鸣沙山月牙泉景区管理处's 责任清单 under GROUP ROWS ``一、处领导`` / ``二、票务科`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 阳关景区管理处's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 玉门关景区管理处's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 雅丹景区管理处's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``dunhuang_bureau_holder_footers``: the 文体广电和旅游局's 廉政风险防控一览表 HAS NO 科室, 岗位 OR
  责任人 COLUMN. The heading is ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` and the
  points stand in runs, one run a holder; UNDER each run a row merged across the table names
  whose the run above is: ``以上风险点责任科室：局领导　责任岗位：局长　责任人：…`` (科室, 岗位 and
  责任人 labelled, parted by full-width spaces). The 序号 goes on across the footers (1…9). So
  every point's 科室, 岗位 and holder come from the NEXT footer row below it. A title above, a
  ``填表人： | 审核人： | 2025年6月`` line at the foot (after the last holder footer). The shape is
  about HOW ROWS ARE ARRANGED: the holder is given BELOW his points by a caption row. The README's
  读得懂的表 knows group rows ABOVE their rows (``一、…``, ``办公室``, a holder's ``姓名：… 职务：…``
  line over his points), a holder's details typed once on the LAST point row of his run (in the
  holder columns), a group's 科室岗位姓名 written in the MIDDLE row of a group, and FOOTER rows
  that give a LEVEL or a TYPE to the rows above (``以上为一级风险点（共3项）``, ``以上为制度机制风险``);
  of a footer about the holder it says only that ``以上风险点由科室负责人负责防控`` sets no level.
  None describes a footer row that GIVES THE HOLDER (科室, 岗位, 责任人) of the run above it in a
  table with no holder columns (``grep -l '以上风险点责任' tests/published/batch*.py`` finds none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 文化惠民资金管理办法 — 免费开放
补助, 村级文艺演出, 专款专用; the theft of bronze mirrors from a 敦煌博物馆 展厅 with no cameras
and no daily 文物清查; the 莫高窟 预约+应急 参观 — 实名购票, 每日限额, 应急票; a report on
公共文化设施免费开放资金 — 市文化馆 下拨经费, 专款专用, 专人管理; a city's 旅游景区门票管理暂行办法 — 门票保管, 领用,
回收登记, 月报; the 莫高窟 旅游开放公告 — 网络预约, 团队出票, 接团计划书; a 文化站免费开放经费管理
办法 — 不得虚报冒领截留; 甘肃 博物馆 安防 and 文物库房 — 报警装置, 囊匣, 人防物防技防) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names); every unit is a body of
敦煌市 (``unit_words=("敦煌市",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch514`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's 科室, 岗位 and 责任人 are those the NEXT holder footer row below
  it names (``以上风险点责任科室：X　责任岗位：Y　责任人：Z``); the footer rows are no points;
  ``局领导`` is the 科室 of the 局's leaders (as batch 509's ``局领导``), a 局's 股 and 办公室 are 科室;
- ``馆领导`` (the 文化馆's leaders' sheet) is the 科室 of those leaders, a 文化馆's 部 is a 科室; a
  group row ``一、处领导`` gives the 科室 ``处领导``, ``二、票务科`` the 科室 ``票务科`` (number left
  off), as batch 280 did; the 服务中心's ``票务部`` and ``讲解部`` are 科室; the 博物馆's cards, the
  阳关 and 雅丹 files and the 玉门关 list name no 科室 (the body is the unit);
- every body is a unit of its own: 局长, 副局长, 馆长, 副馆长, a 中心's 主任 and a 管理处's 处长 and
  副处长 are leaders; 股长, the 局's 办公室主任, a 部's 主任 and 科长 middle; the rest (保管员, 售票员,
  讲解员, 出纳, 会计, 票务员, 巡查员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b514_"
PLACE = "敦煌市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "　"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def footer(dept: str, post: str, who: str) -> str:
    """The harder file's holder footer row: 科室, 岗位 and 责任人 of the run above it."""
    return f"以上风险点责任科室：{dept}{GAP}责任岗位：{post}{GAP}责任人：{who}"


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "禤珝濛", "leader", [
        ("文化惠民资金分配个人说了算", "制度机制", "高", "资金分配方案党组会集体研究，结果公开。"),
        ("插手景区经营项目招商", "思想道德", "中", "领导干部插手干预登记报告，纪检全程监督。"),
    ]),
    ("公共文化服务股", "股长", "隗瑈潾", "middle", [
        ("免费开放补助资金截留挪用", "岗位职责", "高", "补助资金专款专用，按季度核查使用台账。"),
        ("村级文艺演出虚报场次", "业务流程", "中", "演出照片、签到表存档，随机抽查。"),
        ("评选扶持项目优亲厚友", "外部环境", "低", "评审专家随机抽取，结果公示七日。"),
    ]),
    ("办公室", "主任", "鄢璆湲", "middle", [
        ("公务接待超标准", "制度机制", "中", "先审批后接待，接待清单按月公示。"),
        ("办公用品采购不比价", "业务流程", "低", "三家以上比价，验收两人签字。"),
    ]),
    ("计划财务股", "出纳", "钭琤沄", "general", [
        ("现金坐支和公款私存", "岗位职责", "高", "现金日清月结，不定期盘点。"),
        ("报销票据审核不严", "思想道德", "低", "票据逐张查验，会计复核。"),
    ]),
]  # fmt: skip


def dunhuang_bureau_holder_footers() -> dict:
    unit = f"{PLACE}文体广电和旅游局"
    sh = _Sheet("一览表", [6, 34, 10, 8, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 5)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _line(sh, footer(dept, post, who), 5)
    sh.add("填表人：", None, "审核人：", None, "2025年6月")
    return _layout(
        "dunhuang_bureau_holder_footers",
        "https://www.ww.gov.cn/openness/public/6603601/26494261.html",
        "(harder) 市文体广电和旅游局 廉政风险防控一览表, after the source's 文化惠民资金管理办法 (免费开放补助, 村级文艺"
        "演出, 专款专用): a title, 序号/廉政风险点/风险类型 (short)/高/中/低/防控措施 and NO 科室, 岗位 or 责任人 "
        "column: under each holder's run a row merged across ``以上风险点责任科室：…　责任岗位：…　责任人：…`` names "
        "the holder of the rows above it; 序号 runs on across the footers; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dunhuang_museum_cards() -> dict:
    unit = f"{PLACE}博物馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "亓瑷沨", "leader", [
            ("安防改造项目搁置不报", "★★★", "安防项目列入年度计划，班子会专题研究。"),
            ("文物征集定价随意", "★★", "征集经专家鉴定、集体议价。"),
        ]),
        ("保管员", "笪琬澍", "general", [
            ("文物清查走过场", "★★★", "展厅文物每日清查，双人签字。"),
            ("库房钥匙一人保管", "★★", "库房实行双人双锁。"),
            ("私自借出藏品", "★", "藏品出库馆长审批，登记备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "馆长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "dunhuang_museum_cards",
        "https://mybook.cyou/MagazineArticle/462536",
        "市博物馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 保管员), after the source's account of bronze "
        "mirrors stolen from a 展厅 with no cameras and no daily 文物清查: a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 馆长（签字）：``",
        sheets, t,
    )  # fmt: skip


def dunhuang_visitor_centre_posts() -> dict:
    unit = f"{PLACE}莫高窟游客服务中心"
    sh = _Sheet("排查表", [6, 10, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    tickets, guides = "票务部", "讲解部"
    rows = [
        (tickets, "售票员", "general", "应急票私留倒卖", "截留应急参观票高价转卖给导游", "岗位职责风险", "Ⅰ级",
         "应急票实名出票，系统日终核对。"),
        (tickets, "售票员", "general", "团队出票不核实名", "未核接团计划书即为旅行社出票", "业务流程风险", "Ⅱ级",
         "团队出票查验计划书原件，留存复印件。"),
        (guides, "讲解员", "general", "收受旅行社好处", "为旅行社团队插队安排讲解", "思想道德风险", "Ⅱ级",
         "讲解排班系统派单，投诉电话公示。"),
        (guides, "讲解员", "general", "私带游客进洞窟", "带无票游客进入参观区", "制度机制风险", "Ⅲ级",
         "人脸识别检票，讲解员随团登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "dunhuang_visitor_centre_posts",
        "http://m.jitongbianyaqi.com/news/china/gansu/2016/09/29/147512856637011.html",
        "市莫高窟游客服务中心 廉政风险点排查表 对岗不对人, after the source's account of the 莫高窟 预约+应急 参观 (实名购票, "
        "每日限额, 应急票): a title, 序号/部门 merged (票务部, 讲解部)/岗位 merged per post/a short 风险点/a long 风险"
        "表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合部 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def dunhuang_culture_hall_two_sheets() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}馆领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冼瑀潇", "馆长", "主持全面工作", [
            ("展演活动不经预审", "一级", "展演活动事前预审，馆务会研究。"),
            ("政府采购化整为零", "二级", "采购计划年初编报，按限额采购。"),
        ]),
        ("郜琮泠", "副馆长", "分管非遗保护", [
            ("非遗传承人补助审核不严", "一级", "补助名单集体评定并公示。"),
            ("接受申报单位宴请", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "馆领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}部室岗位廉政风险防控表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("表演艺术部", "主任", "眭玹滢", "middle", "演出劳务费虚列人数", "一级", "劳务费按签到表发放，银行转账。"),
        ("办公室", "会计", "璩沅琰", "general", "结报单据不全即付款", "二级", "展演活动结报制度，单据不全不付。"),
        ("办公室", "会计", "璩沅琰", "general", "固定资产账实不符", "三级", "年终资产清查，账实核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "dunhuang_culture_hall_two_sheets",
        "http://yuan0.cn/a/146498.html",
        "市文化馆's file in two sheets, after the source's 公共文化设施免费开放资金使用情况报告 (市文化馆 下拨 "
        "免费开放经费, 专款专用, 专人管理, 文艺活动): ``馆领导`` with 姓名/职务/分管工作 merged per person; ``部室`` with 部室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dunhuang_mingsha_group_rows() -> dict:
    unit = f"{PLACE}鸣沙山月牙泉景区管理处"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "蒯瑢淏", "leader", [
                ("门票价格擅自调整优惠", "一级风险", "优惠政策报批并在售票处公示。"),
                ("经营项目承包不公开", "二级风险", "承包项目公开竞价，结果公示。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "闾琇湛", "middle", [
                ("门票领用回收不登记", "一级风险", "门票领用、回收逐本登记，月底核对。"),
                ("报废门票私自销毁", "三级风险", "报废门票造册，监督销毁。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "dunhuang_mingsha_group_rows",
        "https://m.86917.com/news/31303.html",
        "市鸣沙山月牙泉景区管理处 廉政风险防控责任清单, after the source's 旅游景区景点门票管理暂行办法 (门票保管, 领用, "
        "回收登记, 报废销毁, 月报): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、处领导``, ``二、票务科`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def dunhuang_yangguan_selfchecks() -> dict:
    unit = f"{PLACE}阳关景区管理处"
    t = _Truth(unit)
    people = [
        ("戢珺潆", "处长", "leader", [
            ("团队预约名额私下分配", "高风险", "预约名额系统分配，每日公示余量。"),
            ("景区设施维修指定施工方", "中风险", "维修项目比选，班子会研究。"),
        ]),
        ("郏瑆沄", "票务员", "general", [
            ("团队出票不核接团计划书", "中风险", "出票查验原件，复印件存档。"),
            ("门票收入不及时上缴", "低风险", "门票收入当日解缴，次日对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "单位意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dunhuang_yangguan_selfchecks",
        "http://www.qhzggl.com/news/11857",
        "市阳关景区管理处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 莫高窟 "
        "旅游开放公告 (网络预约, 团队实名出票, 接团计划书, 分流周边景区): a title, a label row ``姓　名 | 岗　位 | 填表"
        "时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 单位意见：``",
        sheets, t,
    )  # fmt: skip


def dunhuang_yumenguan_list() -> dict:
    unit = f"{PLACE}玉门关景区管理处"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("副处长", "缑瑄沺", "leader", "免费开放经费虚报冒领", "岗位职责", "高", "经费使用台账，季度公开。"),
        ("副处长", "缑瑄沺", "leader", "接受经营户礼品", "思想道德", "中", "签订廉洁承诺书。"),
        ("巡查员", "訾玥淙", "general", "巡查发现违建不报", "业务流程", "中", "巡查记录拍照上传，处领导抽查。"),
        ("巡查员", "訾玥淙", "general", "收受摊贩好处放任占道", "外部环境", "低", "巡查两人同行，轮换路段。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "处长（签字）：", None, None)
    return _layout(
        "dunhuang_yumenguan_list",
        "http://glnky.yfsoft.com.cn/42533.html",
        "市玉门关景区管理处 廉政风险防控一览表, after the source's 文化站免费开放经费管理办法 (经费来源, 支出, 不得虚报"
        "冒领截留, 公开透明): a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控"
        "措施; a 填表人/审核人/处长（签字） line",
        [sh], t,
    )  # fmt: skip


def dunhuang_yadan_duty_list() -> dict:
    unit = f"{PLACE}雅丹景区管理处"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("处长", "闵琨澐", "leader", "安防设施建设", "报警装置采购暗箱操作", "一级", "公开招标，验收邀请公安参与。"),
        ("处长", "闵琨澐", "leader", "人员招聘", "临聘人员优亲厚友", "二级", "招聘条件公开，面试集体打分。"),
        ("会计", "敖璟沨", "general", "经费核算", "虚列安保劳务费", "二级", "劳务费按考勤发放，银行转账。"),
        ("会计", "敖璟沨", "general", "票据管理", "票据使用不规范", "三级", "票据领用登记，定期核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "dunhuang_yadan_duty_list",
        "http://newchangjing.com/youmoxiaohua/224399.html",
        "市雅丹景区管理处 廉政风险防控责任清单, after the source's account of 甘肃 博物馆 安防 (报警装置, 库房, 人防物防"
        "技防, 维修经费): a title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dunhuang_bureau_holder_footers(),
    dunhuang_museum_cards(),
    dunhuang_visitor_centre_posts(),
    dunhuang_culture_hall_two_sheets(),
    dunhuang_mingsha_group_rows(),
    dunhuang_yangguan_selfchecks(),
    dunhuang_yumenguan_list(),
    dunhuang_yadan_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch514-inbox"))
