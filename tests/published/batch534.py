"""The five-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡村振兴 and
农业 bodies, 积石山县 (临夏州, 甘肃) — the 农业农村局, the 乡村振兴服务中心, the 农产品质量安全监测站,
the 畜牧兽医站 and the 农业综合服务中心 of four 镇 (吹麻滩镇, 大河家镇, 居集镇, 癿藏镇) — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 乡村振兴服务中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 农产品质量安全监测站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 畜牧兽医站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 吹麻滩镇农业综合服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 大河家镇农业综合服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 居集镇农业综合服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、农技推广组`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 癿藏镇农业综合服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``jishishan_agriculture_bureau_run_continued``: the 农业农村局's 一览表 printed over two pages
  WITH A HOLDER'S RUN CUT BY THE PAGE BREAK. The heading ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施`` (股室 merged, 岗位 and 责任人 merged per person, short types,
  高/中/低) is typed again at the top of the second page, and the 规划股 股长's run goes on under it:
  his 股室, 岗位 and 责任人 cells there are merged again over the rest of his rows and written WITH
  ``（续）`` after each value: ``规划股（续）``, ``股长（续）``, ``<name>（续）``; 序号 runs on. The shape
  is about HOW THE ROWS ARE ARRANGED (one holder's rows split in two runs by a repeated heading,
  the second run marked continued in its own cells). The README's 读得懂的表 and the earlier batches
  know a title typed again ``…（续）`` with the heading again mid-sheet (batch 192), ``续表`` /
  ``第2页`` sheets and a copied sheet going on with no heading (batch 462 and others), repeated
  headers, and one holder split into runs by a merged TYPE column; none writes ``（续）`` after the
  股室, post and NAME cells of a run the page break cut, which asks the reader to drop the mark and
  join the two runs into one holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县农业农村局's work on 粮食安全,
撂荒地 and 乡村建设; a 区's 乡村振兴 — 雨露计划, 饮水工程, 地质灾害 relocation; a report of a
农产品质量安全 例行监测 抽样 round; a 区's 农产品质量安全区 scheme — 畜产品 瘦肉精 监测, 合格证, 追溯; a county's
农业农村项目 论证; a page on 检疫机构 and 官方兽医; a county's 特色产业 and 草原补奖; a report of a
农检所 抽检 round among 基地, 合作社 and 农户) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names); every unit is a body of
积石山县 (``unit_words=("积石山县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch534`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``（续）`` is a print mark, no part of the 股室, post or name: the continued
  run is the same holder's, ONE form (股室 ``规划股``, post ``股长``, his name) with all his points;
  the repeated heading is no point;
- ``站领导`` (the 监测站's leaders' sheet) is the 科室 of those leaders; a 局's 股, a 中心's 科 or
  组, a 站's 科 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``, ``二、农技推广组``
  the 科室 ``农技推广组`` (its number left off), as batch 280 and 529 did; the 吹麻滩镇's cards and
  the 癿藏镇's list name a 科室 only where a cell does (they name none); the 大河家镇 主任's sheet
  writes ``农业综合服务中心`` in ``所在科室`` and that is his 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任 and 副主任, a 站's 站长 and
  副站长 are leaders; 股长, 科长, 组长 are middle; ``局领导`` and ``中心领导`` are the 科室 of the
  leaders; the rest (科员, 检测员, 防疫员, 技术员, 会计 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 畜牧兽医站's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b534_"
PLACE = "积石山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GO_ON = "（续）"
HEAD = ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"]


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)]); the page breaks after
# BREAK points
CONTINUED = [
    ("局领导", "副局长", "燕翾琤", "leader", [
        ("撂荒地整治补助分配不公", "岗位职责", "高", "补助名单经乡镇公示，局党组会议研究。"),
        ("粮油示范点选定优亲厚友", "外部环境", "中", "示范点条件公开，集体研究确定。"),
    ]),
    ("规划股", "股长", "冀璠翊", "middle", [
        ("项目入库论证走过场", "业务流程", "高", "入库项目现场评估，专家论证留痕。"),
        ("产业路项目变更不按程序", "制度机制", "中", "变更经股室会商、局会议审定。"),
        ("项目验收把关不严", "岗位职责", "高", "验收两人以上，邀请纪检人员参加。"),
        ("项目资料随意泄露", "思想道德", "低", "资料专人保管，查阅登记。"),
    ]),
    ("农田建设股", "科员", "訾昶琋", "general", [
        ("高标准农田工程量虚增", "业务流程", "中", "工程量现场复核，股长审签。"),
    ]),
]  # fmt: skip
BREAK = 4


def jishishan_agriculture_bureau_run_continued() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 9, 12, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*HEAD)
    recs = []
    for dept, post, who, tier, points in CONTINUED:
        for point, typ, lv, measures in points:
            recs.append([dept, post, who, point, typ, lv, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    first = len(sh.rows)
    for n, rec in enumerate(recs[:BREAK], 1):
        sh.add(n, *rec)
    _per_person(sh, first, 1, 2, 3)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, rec in enumerate(recs[BREAK:], BREAK + 1):
        dept, post, who = rec[:3]
        if (dept, post, who) == tuple(recs[BREAK - 1][:3]):
            dept, post, who = dept + GO_ON, post + GO_ON, who + GO_ON
        sh.add(n, dept, post, who, *rec[3:])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "jishishan_agriculture_bureau_run_continued",
        "http://gssnzx.com/a/sxdt/36916.html",
        "(harder) 县农业农村局 岗位廉政风险防控一览表, after the source's page on a 县农业农村局's work (粮食安全, 撂荒地, "
        "乡村建设): 序号/股室 merged/岗位 and 责任人 merged per person/廉政风险点/short types/高/中/低/防控措施, "
        "printed over two pages: the heading typed again mid-sheet and the 规划股 股长's run going on under it "
        "with ``规划股（续）``, ``股长（续）``, ``<name>（续）`` merged over his remaining rows; 序号 runs on",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jishishan_rural_revitalization_list() -> dict:
    unit = f"{PLACE}乡村振兴服务中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合科", "科长", "鞠翀璟", "middle", "雨露计划补助审核不严", "岗位职责风险", "高",
         "补助对象乡镇初审、中心复审，名单公示。"),
        ("综合科", "科长", "鞠翀璟", "middle", "公务接待超标准", "制度机制风险", "低",
         "接待凭公函和清单，按季公开。"),
        ("项目科", "科员", "郦玚昉", "general", "衔接资金项目虚报进度", "业务流程风险", "高",
         "项目进度现场核查，按月通报。"),
        ("项目科", "科员", "郦玚昉", "general", "接受施工单位宴请", "思想道德风险", "中",
         "签订廉洁承诺书，定期回访。"),
        ("监测科", "科员", "逄琇翯", "general", "防返贫监测对象识别不准", "外部环境风险", "中",
         "监测对象入户核实，村级评议。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "jishishan_rural_revitalization_list",
        "http://www.gs.chinanews.com.cn/news/2025/09-22/386050.shtml",
        "县乡村振兴服务中心 廉政风险防控一览表, after the source's page on a 区's 乡村振兴 (雨露计划, 饮水工程): "
        "序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def jishishan_quality_station_two_sheets() -> dict:
    unit = f"{PLACE}农产品质量安全监测站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阙珽翾", "站长", "主持全面工作", [
            ("检测设备采购指定品牌", "一级", "采购公开比选，站务会研究。"),
            ("检测经费支出一支笔审批", "二级", "大额支出集体研究，局里审核。"),
        ]),
        ("蒯玹澍", "副站长", "分管抽检", [
            ("抽检对象事先透露", "一级", "抽检名单随机产生，当日通知。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("检测科", "检测员", "暨璆昕", "general", "检测数据篡改", "一级", "原始记录双人签字，系统留痕。"),
        ("检测科", "检测员", "暨璆昕", "general", "不合格样品结果不上报", "二级", "结果当日录入，站长复核。"),
        ("综合科", "会计", "竺瑗翎", "general", "检测收费不入账", "三级", "票据连号使用，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jishishan_quality_station_two_sheets",
        "http://fjncpxh.com/bencandy.php?fid=10&id=18167",
        "县农产品质量安全监测站's file in two sheets, after the source's report of a 例行监测 抽样 round (超市, 批发市场, 生产基地): "
        "``站领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def jishishan_veterinary_station_posts() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "检疫科", "防疫科"
    rows = [
        (a, "检疫员", "general", "产地检疫出证", "不到现场检疫即出具检疫证明", "岗位职责", "Ⅰ级",
         "检疫证明电子出证，现场影像留存。"),
        (a, "检疫员", "general", "检疫证明管理", "检疫证明转借、倒卖", "制度机制", "Ⅱ级",
         "证明专人领用登记，按月核销。"),
        (b, "科长", "middle", "疫苗分发", "疫苗分发优亲厚友、账物不符", "业务流程", "Ⅱ级",
         "疫苗出入库台账，双人管理。"),
        (b, "防疫员", "general", "入户免疫登记", "虚报免疫数量套取补助", "外部环境", "Ⅲ级",
         "免疫档案农户签字，随机抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "jishishan_veterinary_station_posts",
        "https://sd.010b.com/policy/detail/171633.html",
        "县畜牧兽医站 廉政风险点排查表 对岗不对人, after the source's 农产品质量安全区 scheme (畜产品 "
        "瘦肉精 监测, 合格证, 追溯): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def jishishan_chuimatan_cards() -> dict:
    unit = f"{PLACE}吹麻滩镇农业综合服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "奚翙瑄", "leader", [
            ("农业项目申报照顾关系户", "★★★", "申报对象村级评议，镇上公示。"),
            ("农资发放不登记", "★★", "发放签字领取，台账公示。"),
        ]),
        ("技术员", "蒲珝璘", "general", [
            ("项目论证意见不实", "★★", "论证意见两人签字，主任审签。"),
            ("种植面积核查走过场", "★", "核查到田，影像留存。"),
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
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "jishishan_chuimatan_cards",
        "http://www.topointapp.com/news/ws/2022011209205132670.htm",
        "镇农业综合服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 技术员), after the source's page on a "
        "county's 农业农村项目 论证: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a "
        "``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def jishishan_dahejia_selfchecks() -> dict:
    unit = f"{PLACE}大河家镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("戚璿昶", "主任", "leader", "农业综合服务中心", [
            ("养殖场防疫条件审查放宽", "高风险", "审查结果公示，县站复核。"),
            ("中心经费报销把关不严", "中风险", "报销凭证两人审核。"),
        ]),
        ("瞿珈翊", "防疫员", "general", "畜牧防疫组", [
            ("强制免疫记录造假", "中风险", "免疫记录农户签字，抽查回访。"),
            ("病死畜禽处理不登记", "低风险", "无害化处理登记，影像留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jishishan_dahejia_selfchecks",
        "http://zuoseoyh.com/3lmaj7sp.html",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's page on "
        "检疫机构 and 官方兽医: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 镇党委意见：``",
        sheets, t,
    )  # fmt: skip


def jishishan_juji_group_rows() -> dict:
    unit = f"{PLACE}居集镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("副主任", "芮翛琰", "leader", [
                ("草原补奖资金发放不公", "一级风险", "补奖名单村级公示，镇上复核。"),
                ("特色产业扶持对象优亲厚友", "三级风险", "扶持条件公开，集体研究。"),
            ]),
        ]),
        ("二、农技推广组", "农技推广组", [
            ("组长", "谯昀璨", "middle", [
                ("良种补贴面积虚报", "一级风险", "面积到户核实，公示五日。"),
                ("培训签到造假", "二级风险", "培训影像留存，主任抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "jishishan_juji_group_rows",
        "http://zgzyw.com.cn/zgzyw/system/2023/01/05/030238873.shtml",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's page on a county's 特色产业 and 草原补奖: "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、农技推广组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jishishan_biecang_duty_list() -> dict:
    unit = f"{PLACE}癿藏镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副主任", "麴琮翃", "leader", "强制免疫组织", "免疫物资调配随意", "一级",
         "物资调配方案公开，台账存档。"),
        ("副主任", "麴琮翃", "leader", "防疫员考核", "考核打分照顾熟人", "二级", "考核结果公示。"),
        ("防疫员", "鄢璩晗", "general", "免疫档案", "免疫档案补填造假", "二级", "档案农户签字，按季抽查。"),
        ("防疫员", "鄢璩晗", "general", "耳标发放", "耳标发放收取费用", "三级", "耳标免费发放，公示举报电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "jishishan_biecang_duty_list",
        "https://zm0000.com/xg/202305/t20230531_3103164.html",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's report of a 农检所 抽检 round among 基地, 合作社 and 农户: 序号/岗位 and 姓名 merged per "
        "person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jishishan_agriculture_bureau_run_continued(),
    jishishan_rural_revitalization_list(),
    jishishan_quality_station_two_sheets(),
    jishishan_veterinary_station_posts(),
    jishishan_chuimatan_cards(),
    jishishan_dahejia_selfchecks(),
    jishishan_juji_group_rows(),
    jishishan_biecang_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch534-inbox"))
