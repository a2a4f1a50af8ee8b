"""The four-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 bodies,
镇巴县 (a mountain county of 汉中, its staff Han) — the 县农业农村局, its 茶叶发展中心, 畜牧产业发展中心
and 农产品质量安全检验检测站, and the 农业综合服务站 of four of its 镇 (泾洋镇, 渔渡镇, 长岭镇, 盐场镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单, 清单 or 自查表 its staff typed:

- the 畜牧产业发展中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 茶叶发展中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、茶园建设股``, ``三、茶叶推广股``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 农产品质量安全检验检测站's 防控卡, one sheet a holder (tabs named by the post), ``★★★/★★/★`` read
  by a ``注：`` line, no type column;
- the 泾洋镇农业综合服务站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 渔渡镇农业综合服务站's 自查表, one sheet a person (tabs named by the holder), ``高风险/中风险/低风险``;
- the 长岭镇农业综合服务站's 清单 written out on EVERY row, a LAST ``责任领导`` column naming the 站长 on
  every row, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 股室 column;
- the 盐场镇农业综合服务站's 一览表 under ``附件1``, a title and a ``填报单位：…`` line, ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低.

One is harder:

- ``zhenba_agri_bureau_point_quoted_in_measures``: the 农业农村局's 岗位廉政风险防控一览表 ``序号 | 股室 |
  岗位 | 姓名 | 风险类型 | 风险等级 | 针对风险点的防控措施`` has NO COLUMN OF ITS OWN FOR THE POINT: each
  point stands QUOTED AT THE HEAD OF ITS MEASURES CELL, ``针对“补贴机具核验不到现场”的风险：机具核验两人
  到场，照片和铭牌存档。`` — the point inside ``针对“…”的风险：``, the measures after the colon — one row
  a point. Offices write so when the form they were sent had only a 防控措施 column and they state
  which risk each measure answers. The README's 读得懂的表 knows a point and its measures in separate
  columns, ``风险点：…⏎防控措施：…`` labelled lines in one cell (batch 187, 284), the point on a cell's
  first line with its measures under it (batch 375, 347), ``防控措施及责任人`` joined headings, and
  measures keyed back to points by number (batch 354, 409); it does not describe a measures cell that
  carries its point QUOTED inside a ``针对“…”`` phrase, with no risk column at all. ``grep -l '针对“'
  tests/published/batch*.py`` finds no earlier batch (checked in the time given).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省农业农村厅 文件; a 生猪良种补贴
实施方案 公示; a 现代农业发展专项资金茶叶项目 news — 新建茶园, 清山整地, 茶苗订购, 每亩补贴 — twice; a
农检中心's 春节期间 抽样检测; a 乡镇农技站 工作计划 — 惠农补贴清册, 植保服务队, 病虫测报点; a 县 茶叶 工作
— 一村一品示范村, 茶叶机械补贴; a 生猪调出大县奖励资金管理办法) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names); every unit is a body of 镇巴县, named with the county's name.

Run ``python tests/published/score.py --set batch443`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text between ``针对“`` and ``”的风险：`` (quotes off), whole; the
  rest of the cell is its measures; ``局领导`` is the 科室 of the 局长 and 副局长;
- ``中心领导`` (a sheet), ``中心领导`` (a group row) and ``站领导`` (股室 cells) are the 科室 of those
  leaders; a 中心's or 站's 股, 办公室 and 植保服务队 are 科室; a group row ``二、茶园建设股`` gives the
  科室 ``茶园建设股`` (its number left off); the 检验检测站's cards, the 渔渡镇 and 长岭镇 files name no
  科室: their 科室 is "";
- 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 are leaders; 股长 and a 植保服务队's 队长 middle; the
  rest (会计, 出纳, 技术员, 检测员, 防疫员, 农技员, 畜牧兽医员, 统计员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 泾洋镇 list names no person (对岗不对人); in the 长岭镇 list the LAST
  column ``责任领导`` names a supervisor (the 站长, holder of his own row only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``,
  高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b443_"
PLACE = "镇巴县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2026年1月"

# --------------------------------------------------------------------------- harder layout

QUOTED_NAME = "zhenba_agri_bureau_point_quoted_in_measures"
QUOTED_UNIT = f"{PLACE}农业农村局"
QUOTED_TAB = "一览表"
QUOTED_HEAD = ("序号", "股室", "岗位", "姓名", "风险类型", "风险等级", "针对风险点的防控措施")
QUOTED_WIDTH = len(QUOTED_HEAD)
OPEN, CLOSE = "针对“", "”的风险："

# (股室, 岗位, tier, 姓名, [(风险点, 风险类型, 等级, 防控措施)])
QUOTED_ROWS = [
    ("局领导", "局长", "leader", "亓沄翯", [
        ("涉农整合资金项目安排不经集体研究", "制度机制", "高", "项目库和资金安排经局党组会集体研究，结果公示。"),
        ("干部选拔中搞亲疏远近", "思想道德", "中", "选拔按程序动议、考察、公示，全程纪实。"),
    ]),
    ("局领导", "副局长", "leader", "郜洺瑄", [
        ("农机购置补贴审核中为经销商打招呼", "外部环境", "高", "补贴申请网上公开办理，分管领导不直接经办。"),
    ]),
    ("计划财务股", "股长", "middle", "缑湛珧", [
        ("衔接资金拨付不按项目进度", "业务流程", "高", "拨付凭验收报告和审批单，每季度对账。"),
        ("项目资金公告公示走过场", "岗位职责", "低", "资金分配结果在政府网站和村务公开栏同时公示。"),
    ]),
    ("计划财务股", "会计", "general", "茹泓玙", [
        ("报销票据审核不严", "制度机制", "中", "报销实行经办、审核、审批三级签字。"),
    ]),
    ("农业机械化股", "股长", "middle", "甘洙琨", [
        ("补贴机具核验不到现场", "岗位职责", "高", "机具核验两人到场，照片和铭牌存档。"),
        ("接受农机经销商宴请", "思想道德", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip


def quoted(point: str, measures: str) -> str:
    """The measures cell: the point quoted at its head, then the measures."""
    return f"{OPEN}{point}{CLOSE}{measures}"


def zhenba_agri_bureau_point_quoted_in_measures() -> dict:
    unit = QUOTED_UNIT
    sh = _Sheet(QUOTED_TAB, [6, 12, 9, 9, 10, 9, 60])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", QUOTED_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", QUOTED_WIDTH)
    sh.add(*QUOTED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in QUOTED_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, typ, lv, quoted(point, measures))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, DATE, None)
    return _layout(
        QUOTED_NAME, "https://www.zhetiaohe.com/ss/f1e5f4771b40dcbf4cc1bbd578520bb0ac7a76c31a40096b836ba8e2ceab3bd54bcbafb889c88e66.html",
        "(harder) 县农业农村局 岗位廉政风险防控一览表 with NO 风险点 COLUMN: each point stands QUOTED AT THE HEAD OF ITS MEASURES "
        "cell, ``针对“…”的风险：`` then the measures, under the heading ``针对风险点的防控措施``; after the source's 省农业农村厅"
        "文件 on 涉农资金 (项目, 资金拨付, 公示): a title, a merged ``填报单位：…　填报时间：2026年1月`` line, then 序号/股室 "
        "merged (局领导, 计划财务股, 农业机械化股)/岗位 and 姓名 merged per person/风险类型 (short names)/风险等级 高/中/低/the "
        "measures cell; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenba_livestock_center_two_sheets() -> dict:
    unit = f"{PLACE}畜牧产业发展中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("訾淏岚", "主任", "主持全面工作，分管财务", [
            ("生猪良种补贴对象确定不经集体研究", "一级", "补贴对象经中心会议集体研究，张榜公示。"),
            ("编外防疫员聘用中打招呼", "二级", "聘用公开报名、考核，结果公示。"),
        ]),
        ("厍澜翚", "副主任", "分管动物防疫、良种推广", [
            ("疫苗调拨分配优亲厚友", "一级", "疫苗按存栏量分配，台账逐级签收。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("动物防疫股", "股长", "籍潆珂", "middle", [
            ("强制免疫密度核查弄虚作假", "二级", "免疫档案随机抽查，入户核对。"),
        ]),
        ("动物防疫股", "防疫员", "逯沚岫", "general", [
            ("病死畜无害化处理补助虚报数量", "一级", "处理现场拍照定位，村级签字确认。"),
            ("检疫中收受养殖户财物", "三级", "检疫两人同行，结果网上出具。"),
        ]),
        ("良种推广股", "股长", "郄琮沄", "middle", [
            ("种公猪站验收放宽标准", "二级", "验收小组集体打分，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "zhenba_livestock_center_two_sheets",
        "https://www.zhetiaohe.com/ss/e30c48aa947e58e2c6d9af4ab5c7421c5bacaab74489bda58709ef9ba138bae39bb55c6b9360e5f3.html",
        "县畜牧产业发展中心 廉政风险防控表 in two sheets, after the source's 生猪良种补贴实施方案的公示 (补贴对象, 良种, 公示): ``中心领导`` "
        "(a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and ``股室`` (a title, "
        "序号/股室 merged (动物防疫股, 良种推广股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type column; an "
        "编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def zhenba_tea_center_group_rows() -> dict:
    unit = f"{PLACE}茶叶发展中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "冼溆琨", "leader", [
                ("标准化茶园建设项目", "项目实施主体确定暗箱操作", "制度机制风险", "一级风险", "实施主体公开申报，中心会议集体研究。"),
                ("茶叶加工厂奖补", "奖补资金拨付不按验收结果", "业务流程风险", "二级风险", "验收合格后拨付，结果公示。"),
            ]),
        ]),
        ("二、茶园建设股", "茶园建设股", [
            ("股长", "仝滢峣", "middle", [
                ("新建茶园面积核查", "虚报新建茶园面积，多套奖补", "岗位职责风险", "一级风险", "面积实地丈量，两人签字，卫星图比对。"),
            ]),
            ("技术员", "笪沅琳", "general", [
                ("茶苗订购", "指定茶苗供应商收取好处", "外部环境风险", "二级风险", "茶苗采购公开比选，到苗验收。"),
                ("低产茶园改造验收", "改造验收走过场", "业务流程风险", "三级风险", "验收随机抽点，照片存档。"),
            ]),
        ]),
        ("三、茶叶推广股", "茶叶推广股", [
            ("股长", "鞠澍岚", "middle", [
                ("茶叶促销补助", "促销补助对象优亲厚友", "思想道德风险", "二级风险", "补助标准公开，结果公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "zhenba_tea_center_group_rows", "https://www.buydaili.com/a9071",
        "县茶叶发展中心 廉政风险防控责任清单, after the source's 现代农业发展专项资金茶叶项目 (新建茶园, 清山整地, 茶苗订购, 每亩补贴): "
        "a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、茶园建设股``, ``三、茶叶推广股`` merged across (no 股室 column); 岗位 and 责任人 merged per "
        "person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenba_testing_station_cards() -> dict:
    unit = f"{PLACE}农产品质量安全检验检测站"
    t = _Truth(unit)
    cards = [
        ("站长", "宦澈璘", "leader", [
            ("检测设备采购指定品牌", "★★★", "采购需求集体审定，公开比选。"),
            ("检测报告签发受人请托", "★★", "报告三级审核，原始记录存档。"),
        ]),
        ("检测员", "蔺沨珺", "general", [
            ("抽样时调换样品或事先通风报信", "★★★", "抽样两人以上，样品当场封签。"),
            ("接受被检单位宴请", "★", "签订廉洁承诺书，不单独接触被检单位。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zhenba_testing_station_cards", "https://envoykitchen.com/swny/ywyw/tpxw/content/post_660013.html",
        "县农产品质量安全检验检测站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 检测员), after the source's 农检中心 春节期间 "
        "抽样检测 (种植业生产基地, 合作社, 蔬菜样品, 合格率): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhenba_jingyang_station_posts() -> dict:
    unit = f"{PLACE}泾洋镇农业综合服务站"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("惠农补贴清册审核", "补贴清册虚增面积、冒名领取", "制度机制风险", "Ⅰ级", "清册村级公示，站务会审核。"),
        ]),
        ("农技股", "农技员", "general", [
            ("测报点设置", "测报点补助虚报", "业务流程风险", "Ⅱ级", "测报数据按期上报，随机核查。"),
            ("良种推广", "推荐品种收取种子商好处", "外部环境风险", "Ⅱ级", "推广品种集体确定，公开张贴。"),
        ]),
        ("植保服务队", "队长", "middle", [
            ("统防统治作业", "作业面积多报，农药领用不实", "岗位职责风险", "Ⅲ级", "作业面积农户签字，农药出入库登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "zhenba_jingyang_station_posts", "https://gs566.com/chinese/372539.html",
        "镇农业综合服务站 岗位廉政风险点排查表 对岗不对人, after the source's 乡镇农技站的工作计划 (宣传培训, 抓点示范, 惠农补贴清册, "
        "植保服务队 统防统治, 病虫测报点): a title, then 序号/股室 merged (站领导, 农技股, 植保服务队)/岗位 merged per post/a short "
        "风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhenba_yudu_station_selfchecks() -> dict:
    unit = f"{PLACE}渔渡镇农业综合服务站"
    t = _Truth(unit)
    people = [
        ("邬溱璠", "站长", "leader", [
            ("茶叶一村一品示范村资金安排不公", "高风险", "资金安排镇党委会研究，公示。", "已落实"),
            ("示范基地验收打人情分", "中风险", "验收小组集体评定。", "未发现问题"),
        ]),
        ("阚泠琇", "农技员", "general", [
            ("茶叶机械补贴申报材料审核不严", "中风险", "材料两人审核，入户核实。", "已落实"),
            ("培训班经费虚列支出", "低风险", "培训签到表、照片存档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenba_yudu_station_selfchecks", "http://m.368tea.com/www/view_3.php?id=24388&p=MTA0MjEzNQ%3D%3D",
        "镇农业综合服务站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 县 茶叶 工作 (观光茶园, "
        "一村一品示范村, 推进村, 茶叶机械补贴): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def zhenba_changling_station_every_row() -> dict:
    unit = f"{PLACE}长岭镇农业综合服务站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "隗淙翊"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站长", chief, "leader", "生猪调出奖励资金分配不公", "Ⅰ", "分配方案镇党委会研究，公示。"),
        ("畜牧兽医员", "扈洧珣", "general", "养殖场备案核查不实", "Ⅱ", "备案现场核查，照片存档。"),
        ("畜牧兽医员", "扈洧珣", "general", "出具检疫证明收取费用", "Ⅰ", "检疫收费公示，票据连号。"),
        ("统计员", "勾湄琰", "general", "存栏出栏数据虚报", "Ⅲ", "数据村级签字，县级抽查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "zhenba_changling_station_every_row",
        "https://www.gfvip04an.com/k/shengzhudiaochudaxianjianglizijinguanlibanfa2018/",
        "镇农业综合服务站 廉政风险防控清单, after the source's 生猪调出大县奖励资金管理办法 (奖励资金, 生猪调出, 养殖场): a title, then "
        "序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` "
        "column naming the 站长 on every row; no type column, no 股室 column; a merged ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenba_yanchang_station_list() -> dict:
    unit = f"{PLACE}盐场镇农业综合服务站"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "晏瀚珮", "leader", [
            ("茶园奖补项目申报把关不严", "制度机制", "高", "申报材料站务会审核，公示。"),
        ]),
        ("农技股", "股长", "巩漪岑", "middle", [
            ("清山整地面积核定虚报", "业务流程", "高", "面积实地丈量，照片存档。"),
            ("接受茶企宴请", "思想道德", "低", "节前廉洁提醒，签订承诺书。"),
        ]),
        ("办公室", "出纳", "荆泺瑗", "general", [
            ("惠农资金发放不及时", "岗位职责", "中", "资金一卡通发放，每月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "zhenba_yanchang_station_list", "https://chazhishi.com/c8776",
        "镇农业综合服务站 岗位廉政风险防控一览表, after the source's 现代农业发展专项资金茶叶项目 news (新建茶园, 清山整地, 茶苗订购, "
        "补贴): ``附件1``, a title, a merged ``填报单位：…　填报时间：2026年1月`` line, then 序号/股室 merged (站领导, 农技股, 办公室)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenba_agri_bureau_point_quoted_in_measures(),
    zhenba_livestock_center_two_sheets(),
    zhenba_tea_center_group_rows(),
    zhenba_testing_station_cards(),
    zhenba_jingyang_station_posts(),
    zhenba_yudu_station_selfchecks(),
    zhenba_changling_station_every_row(),
    zhenba_yanchang_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch443-inbox"))
