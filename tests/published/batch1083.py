"""The one-thousand-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 乡, 村, 教育, 市场监管, 卫生院 and 学校 bodies of one
county, 玉龙纳西族自治县 (丽江市, 云南省) — its 石鼓镇人民政府, the 黄山街道办事处, the 龙蟠乡人民政府,
the 拉市镇海东村民委员会, the 教育体育局, the 市场监督管理局, the 石鼓镇中心卫生院 and the 玉龙县第一中学
— each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 黄山街道办事处's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 龙蟠乡人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 海东村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 教育体育局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 石鼓镇中心卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``yulong_shigu_town_measures_head_first_only``: the 石鼓镇人民政府's 一览表 under a two-row header
  whose measures heading is written over ONLY THE FIRST of three measure sub-columns, NOT merged
  across them (a merge undone, a table pasted from a page): on the 镇机关 sheet ``防控措施 |  |  ``
  over ``制度防控 | 监督防控 | 技术防控``, the other headings merged down over the two rows,
  ``风险类型`` and ``风险等级`` (高/中/低) before; on the 站所 sheet ``主要防控措施 |  |  `` over
  ``事前 | 事中 | 事后``, the other headings on the upper row alone (the cells under them blank),
  ``风险等级`` (``一级/二级/三级``) AFTER the measures. Some sub-cells are blank, a row's first one
  too. Each point's measures are its filled sub-cells joined one a line in the columns' order, as
  a MERGED heading's are read (``MEASURES``; no sub-heading put before them); no sub-column is a
  point, a level or a holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 玉龙 could be found: the pages are of the county — its
place, its towns 石鼓, 拉市, 龙蟠, its schools); the rows are worded by us, the names invented (the
rare compound surnames 女奚烈 and 和速嘉); every unit is a body of 丽江市玉龙纳西族自治县.

Run ``python tests/published/score.py --set batch1083`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the sub-headings under the measures heading (``制度防控``, ``事前`` …) are
  kinds of measure, the heading over the first of them theirs all: each row's measures are its
  filled sub-cells joined with a line break in the columns' order, no sub-heading before them; a
  blank sub-cell is no measure;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 乡's and the 村's people and the
  中学's 校长 have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室
  教务处; 党工委书记, 乡长, 副乡长, 党委书记, 镇长, 副镇长, 局长, 副局长, 院长, 校长,
  村党总支书记 are leaders; 股长, 所长, 站长, 主任 of a 科室 the middle; the rest (the 村委会主任 too,
  as earlier batches have him) general;
- the 市场监管局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1083_"
PLACE = "丽江市玉龙纳西族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def joined(cells: tuple) -> str:
    """A row's measures as the batch reads them: its filled sub-cells, one a line, in order."""
    return "\n".join(v for v in cells if v)


# --------------------------------------------------------------------------- harder layout

ORGAN_SUBS = ("制度防控", "监督防控", "技术防控")
# (科室, 岗位, 姓名, tier, 风险点, 风险类型, 风险等级, 制度防控, 监督防控, 技术防控)
ORGAN = [
    ("镇领导", "镇长", "女奚烈珩", "leader", "长江第一湾景区配套项目指定施工方", "制度机制风险", "高",
     "项目安排经党委会集体研究。", "镇纪委全程跟踪监督。", "项目信息录入三资监管平台。"),
    ("镇领导", "镇长", "女奚烈珩", "leader", "集镇改造工程变更签证把关不严", "岗位职责风险", "高",
     "变更签证三方会签。", None, "工程变更在平台留痕。"),
    ("党政综合办公室", "主任", "和速嘉澜", "middle", "公务接待超标准安排", "思想道德风险", "中",
     "接待一事一单，执行接待标准。", "每季度公开接待费用。", None),
    ("党政综合办公室", "主任", "和速嘉澜", "middle", "办公用品采购虚报数量", "业务流程风险", "低",
     None, "采购两人验收签字。", "出入库台账电子化。"),
    ("社会事务办公室", "工作人员", "女奚烈琪", "general", "临时救助审核优亲厚友", "外部环境风险", "中",
     "救助对象村级评议。", "评议结果张榜公示。", "救助资金一卡通发放。"),
]  # fmt: skip

STATION_SUBS = ("事前", "事中", "事后")
# (科室, 岗位, 姓名, tier, 风险点, 风险类型, 风险等级, 事前, 事中, 事后)
STATION = [
    ("财政所", "所长", "和速嘉琛", "middle", "惠农补贴资金拨付不及时", "岗位职责风险", "一级",
     "补贴对象提前公示。", "资金拨付两人复核。", "每季度对账销号。"),
    ("财政所", "所长", "和速嘉琛", "middle", "报账票据审核不严", "制度机制风险", "二级",
     "报账须知上墙公开。", "票据逐张审核签字。", None),
    ("农业农村服务中心", "农技员", "女奚烈璟", "general", "良种发放登记不实", "业务流程风险", "二级",
     None, "发放名单入户核实。", "领取签字存档备查。"),
    ("农业农村服务中心", "农技员", "女奚烈璟", "general", "接受种植大户宴请", "思想道德风险", "三级",
     "签订廉洁承诺书。", None, None),
]  # fmt: skip

# the harder file's points → their measures as the batch reads them
MEASURES = {
    **{row[4]: joined(row[7:10]) for row in ORGAN},
    **{row[4]: joined(row[7:10]) for row in STATION},
}


def _head_over_first(
    sh: _Sheet, heads: list, at: int, subs: tuple[str, ...], merge_down: bool
) -> None:
    """``heads`` over two rows, the measures heading at ``at`` written over the first of ``subs``
    only (the cells right of it blank, NOT merged); every other heading merged down over the two
    rows (``merge_down``) or written on the upper row alone, the cell under it blank."""
    width = len(heads)
    top = sh.add(*heads)
    sub = sh.add(*[subs[c - at] if at <= c < at + len(subs) else None for c in range(width)])
    if merge_down:
        for c in range(width):
            if not at <= c < at + len(subs):
                sh.merge(top, c, sub, c)


def yulong_shigu_town_measures_head_first_only() -> dict:
    unit = f"{PLACE}石鼓镇人民政府"
    t = _Truth(unit)
    organ = _Sheet("镇机关", [6, 16, 10, 12, 36, 14, 8, 28, 24, 26])
    _line(organ, f"{unit}岗位廉政风险防控一览表（镇机关）", 10)
    _head_over_first(organ, ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施",
                             None, None], 7, ORGAN_SUBS, True)  # fmt: skip
    first = len(organ.rows)
    for n, (dept, post, who, tier, point, typ, lv, a, b, c) in enumerate(ORGAN, 1):
        organ.add(n, dept, post, who, point, typ, lv, a, b, c)
        t.point(organ.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(organ, first, 1, 2, 3)
    organ.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None, None)
    station = _Sheet("站所", [6, 16, 10, 12, 36, 14, 28, 24, 24, 8])
    _line(station, f"{unit}岗位廉政风险防控一览表（站所）", 10)
    _head_over_first(station, ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "主要防控措施", None,
                               None, "风险等级"], 6, STATION_SUBS, False)  # fmt: skip
    first = len(station.rows)
    for n, (dept, post, who, tier, point, typ, lv, a, b, c) in enumerate(STATION, 1):
        station.add(n, dept, post, who, point, typ, a, b, c, lv)
        t.point(station.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(station, first, 1, 2, 3)
    return _layout(
        "yulong_shigu_town_measures_head_first_only", "http://naimohansi.cn/ynlybc/gl/2496.html",
        "(harder) 镇人民政府 岗位廉政风险防控一览表 whose measures heading is written over ONLY THE FIRST of "
        "three measure sub-columns, not merged across them, under a two-row header, after the source's "
        "page on 石鼓镇 of 玉龙 (the 长江第一湾, the drum-shaped stone of 1548, the 红军 crossing; no risk "
        "table of the 镇 could be found): sheet 镇机关 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/``防控措施 |  | `` over 制度防控|监督防控|技术防控, the "
        "other headings merged down, a 填表人 line; sheet 站所 the same columns, ``主要防控措施 |  | `` over "
        "事前|事中|事后 and 风险等级 ``一级/二级/三级`` AFTER them, the other headings on the upper row "
        "alone; some sub-cells blank, a row's first one too",
        [organ, station], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yulong_huangshan_street_list() -> dict:
    unit = f"{PLACE}黄山街道办事处"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "党工委书记", "和速嘉珩", "leader", "社区改造项目指定施工方", "思想道德风险", "高",
         "项目公开比选，党工委会集体研究。"),
        ("街道领导", "党工委书记", "和速嘉珩", "leader", "社区干部考核评优不公开", "制度机制风险", "中",
         "考核结果公示。"),
        ("党政综合办公室", "主任", "女奚烈瑶", "middle", "公务用车私用", "岗位职责风险", "中",
         "用车一事一单，每月通报。"),
        ("规划建设服务中心", "工作人员", "和速嘉沅", "general", "违法建筑巡查通风报信", "外部环境风险",
         "高", "巡查两人以上，不预先告知。"),
        ("规划建设服务中心", "工作人员", "和速嘉沅", "general", "农房翻建审核不严", "业务流程风险",
         "低", "审核结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yulong_huangshan_street_list",
        "https://wikicn.playgoteam.workers.dev/wiki/%E4%B8%BD%E6%B1%9F%E7%BA%B3%E8%A5%BF%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF",
        "街道办事处 岗位廉政风险防控一览表, after the source's encyclopaedia page on 玉龙纳西族自治县 (the only "
        "纳西族 autonomous county, split from 丽江 in 2002, its seat 黄山街道; no page of the 街道 itself "
        "could be found): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yulong_longpan_township_list() -> dict:
    unit = f"{PLACE}龙蟠乡人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("乡长", "女奚烈璟", "leader", "金沙江沿岸产业扶持对象指定", "一级", "扶持对象村级评议并公示。"),
        ("乡长", "女奚烈璟", "leader", "乡级工程结算个人说了算", "一级", "结算经审计后党委会研究。"),
        ("副乡长", "和速嘉珂", "leader", "地质灾害避险搬迁补助发放不按规定", "二级", "发放名单张榜公示。"),
        ("林业和草原服务中心工作人员", "女奚烈琛", "general", "护林员选聘优亲厚友", "二级", "选聘条件和结果公示。"),
        ("林业和草原服务中心工作人员", "女奚烈琛", "general", "接受木材经营户宴请", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("乡纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "yulong_longpan_township_list", "http://czkjst.org/czkjst/龙蟠乡/0",
        "乡人民政府 岗位廉政风险防控清单, after the source's gazetteer page on 龙蟠乡 of 玉龙纳西族自治县 (between "
        "the 长江第一湾 and 虎跳峡, its 6 村民委员会 and 79 村民小组, the seat at 龙华村): a title, 序号/职务/"
        "姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def yulong_haidong_village_list() -> dict:
    unit = f"{PLACE}拉市镇海东村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "和速嘉渝", "leader", "拉市海湿地周边项目指定施工队", "外部环境", "Ⅰ级",
         "项目村民代表会议决定，结果公示。"),
        ("村党总支书记", "和速嘉渝", "leader", "集体土地流转不公开", "制度机制", "Ⅰ级", "流转公开竞价。"),
        ("村委会主任", "女奚烈瑜", "general", "低保评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "女奚烈瑜", "general", "生态补偿申报不实", "业务流程", "Ⅱ级", "申报材料逐户核实。"),
        ("报账员", "和速嘉琳", "general", "村级报账票据不规范", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "yulong_haidong_village_list", "https://www.newton.com.tw/wiki/%E6%8B%89%E5%B8%82%E9%84%89/8900659",
        "村民委员会 岗位廉政风险防控清单, after the source's encyclopaedia page on 拉市乡 of 玉龙 (its 海东, "
        "海南, 吉余, 美泉, 均良 and 南尧 村委会, the 拉市海 wetland; no page of the 村 itself could be found): "
        "a title, 序号/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yulong_education_bureau_screening() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "和速嘉瑛", "leader", "校舍建设项目验收降低标准", "一级风险", "验收集体进行，结果公示。"),
        ("学生资助管理中心", "主任", "女奚烈琇", "middle", "建档立卡学生资助对象认定不实", "一级风险", "认定材料两级审核。"),
        ("学生资助管理中心", "主任", "女奚烈琇", "middle", "资助资金发放不及时", "二级风险", "资金直达学生账户。"),
        ("计划财务股", "会计", "和速嘉玟", "general", "学校经费拨付审核不严", "二级风险", "拨付两级审核。"),
        ("计划财务股", "会计", "和速嘉玟", "general", "财务资料外泄", "三级风险", "资料查阅登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "yulong_education_bureau_screening", "https://xing528.com/lilun/1102412.html",
        "县教育体育局 廉政风险点排查表, after the source's chapter on education in 玉龙县 (160 schools, the "
        "奖助学 of poor families' children, the 控辍保学 and the 职业初中 at the 县职高): a title, "
        "序号/股室/岗位/责任人 on EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yulong_market_regulation_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("登记注册股", "登记审核岗", "general", "民宿经营主体登记审查不严", "岗位职责风险", "高风险",
         "登记材料两人审查。"),
        ("登记注册股", "登记审核岗", "general", "为申请人指定代办中介", "思想道德风险", "高风险", "办事流程公开。"),
        ("食品安全监管股", "监管员", "general", "景区餐饮检查通风报信", "制度机制风险", "中风险",
         "双随机抽查，检查留痕。"),
        ("食品安全监管股", "监管员", "general", "接受餐饮单位宴请", "外部环境风险", "中风险", "签订廉洁承诺书。"),
        ("白沙市场监督管理所", "执法岗", "general", "罚款不开具票据", "业务流程风险", "低风险",
         "罚缴分离，票据统一管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yulong_market_regulation_posts", "https://cyj86.com/yunnan/lijiang/25180.shtml",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's page on 玉龙纳西族自治县 (1 街道, "
        "6 镇 and 9 乡, the 玉龙雪山 and 虎跳峡 scenic areas, its 丽江粑粑 and 鸡豆凉粉): a title, 序号/科室 "
        "merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def yulong_shigu_clinic_group_rows() -> dict:
    unit = f"{PLACE}石鼓镇中心卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "和速嘉瑄", "leader", [
                ("药品耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科员", "女奚烈琳", "general", [
                ("家庭医生签约数据造假", "中", "签约数据随机回访核实。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂员", "和速嘉玳", "general", [
                ("药品出入库登记不实", "中", "出入库双人核对。"),
                ("过期药品处置不规范", "低", "过期药品登记销毁。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "yulong_shigu_clinic_group_rows", "https://fx361.cc/page/2018/0104/2641471.shtml",
        "镇中心卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's magazine page on 石鼓镇 (west of "
        "the 丽江 old town, the 茶马古道 market every third day; no page of its 卫生院 could be found): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, "
        "``二、公共卫生科``, ``三、药房`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yulong_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("女奚烈瑾", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("和速嘉瑭", "教务处", "干事", "general", [
            ("教辅资料征订收受回扣", "二级", "征订自愿，供应商公开选定。", "未发现问题"),
            ("学籍信息变更审核不严", "三级", "变更两人审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yulong_no1_middle_school_selfchecks", "https://wuwei.lvyoushequ.net/2192c1d1.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "travel page on 石鼓镇 of 玉龙县 (the stone drum, the 红军 crossing of 1936, the 集市 of the 滇西北; no "
        "page of a 玉龙 school could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yulong_shigu_town_measures_head_first_only(),
    yulong_huangshan_street_list(),
    yulong_longpan_township_list(),
    yulong_haidong_village_list(),
    yulong_education_bureau_screening(),
    yulong_market_regulation_posts(),
    yulong_shigu_clinic_group_rows(),
    yulong_no1_middle_school_selfchecks(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1083-inbox"))
