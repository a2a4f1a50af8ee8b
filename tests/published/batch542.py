"""The five-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 自然资源 and
测绘 bodies, 嘉峪关市 (甘肃) — the 自然资源局, the 不动产登记中心, the 土地储备中心, the 测绘院, the
基础测绘地理信息中心 and the 自然资源所 of three 镇 (峪泉镇, 文殊镇, 新城镇) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 自然资源局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 不动产登记中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 土地储备中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、收储业务科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 峪泉镇自然资源所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 文殊镇自然资源所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 新城镇自然资源所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 基础测绘地理信息中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``jiayuguan_survey_institute_right_to_left``: the 测绘院's 一览表 on a sheet SHOWN RIGHT TO LEFT
  (the sheet view's ``rightToLeft="1"``, as WPS's and Excel's 从右到左 button sets it: column A
  stands at the right edge of the window, the column letters run leftwards), and typed so that it
  reads naturally ON SCREEN: the heading as seen, left to right, is ``序号 | 科室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, so in the file the columns are STORED IN REVERSE
  ORDER: A ``防控措施``, B ``风险等级``, C ``风险类型``, D ``廉政风险点``, E ``责任人``, F ``岗位``,
  G ``科室``, H ``序号`` (科室 merged, 岗位 and 责任人 merged per person, short types,
  ``一级/二级/三级``); the title and the 填表人 line are merged across A:H. The shape is about HOW
  THE FILE ARRANGES THE COLUMNS: a sheet-level display flag turns the stored order round. The
  README's 读得懂的表 and the earlier batches know tables side by side, lists cut over two sheets,
  holder columns after the measures, sideways (transposed) tables and 分栏; no earlier batch sets
  a sheet's ``rightToLeft`` view or stores a whole list with 序号 in its LAST column and the
  measures in its first (``grep -l 'right_to_left\\|rightToLeft\\|从右到左'`` over
  tests/published finds nothing). The reader reads cells, not the view, so it sees the columns in
  reverse.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 测绘地理信息 supervision
check — 测绘资质, 涉密成果保密, 成果质量; a city's 基础测绘 five-year plan — 基准, 地理信息资源; a
report on map review for a summit — 审图, 问题地图; a municipal 基础测绘 plan — 卫星导航定位基准站;
a 土地权属争议 regulation — 确权, 调处; notes on when idle land is taken back — 闲置土地, 收回; notes
on 征收 compensation under 土地管理法 §47 — 补偿标准, 公告; notes on 催缴土地出让金) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names); every unit is a body of
嘉峪关市 (``unit_words=("嘉峪关市",)``: batch527's unit ``…嘉峪关路街道社区卫生服务中心`` holds
嘉峪关 but not 嘉峪关市, so no earlier unit holds the word).

Run ``python tests/published/score.py --set batch542`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the fields are what the heading cells above them say, wherever the column
  stands: the point is the ``廉政风险点`` column's (D), the level the ``风险等级`` column's (B),
  the types the ``风险类型`` column's (C), the 科室, post and holder G, F and E; the display flag
  changes nothing in the truth;
- ``局领导`` (the 局's leaders' sheet) and ``中心领导``, ``院领导`` are the 科室 of those leaders;
  a 局's 科, a 中心's 科, a 院's 室 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、收储业务科`` the 科室 ``收储业务科`` (its number left off), as batch 280 and 537 did; the
  峪泉镇 cards and the 基础测绘地理信息中心's list name a 科室 only where a cell does (they name
  none); the 文殊镇 sheets write ``自然资源所`` in ``所在科室`` and that is their 科室 (as batch537's
  ``财政所``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任 and 副主任, a 院's 院长, a
  所's 所长 are leaders; 科长 and 室主任 are middle; the rest (科员, 登记员, 审核员, 测量员, 巡查员,
  出纳 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 新城镇自然资源所's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders, then
the harder file's sheet view given ``rightToLeft="1"``) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b542_"
PLACE = "嘉峪关市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RTL = "jiayuguan_survey_institute_right_to_left"
SHOWN = ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"]


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
MIRRORED = [
    ("院领导", "院长", "亓鹭汀", "leader", [
        ("测绘项目分包指定关系单位", "制度机制", "一级", "分包单位经院务会集体确定，结果公示。"),
        ("测绘资质年报信息虚报", "岗位职责", "二级", "年报信息两人核对，院长签字前复核。"),
    ]),
    ("质量检查室", "室主任", "雒沅芷", "middle", [
        ("成果质量检查降低标准放行", "岗位职责", "一级", "两级检查、一级验收，检查记录归档。"),
        ("接受作业单位宴请放松检查", "思想道德", "三级", "检查人员轮换，节前廉洁提醒。"),
    ]),
    ("成果管理室", "管理员", "甯霁川", "general", [
        ("涉密测绘成果违规提供", "业务流程", "一级", "提供成果凭审批单，登记台账，按季核查。"),
        ("成果资料借阅不登记", "外部环境", "二级", "借阅实行登记和限期归还。"),
    ]),
]  # fmt: skip


def jiayuguan_survey_institute_right_to_left() -> dict:
    unit = f"{PLACE}测绘院"
    sh = _Sheet("一览表", list(reversed([6, 12, 10, 9, 34, 10, 9, 34])))
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*reversed(SHOWN))
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MIRRORED:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(*reversed([n, dept, post, who, point, typ, lv, measures]))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 6, 5, 4)
    r = sh.add("填表人：　　　审核人：　　　2025年9月", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        RTL,
        "http://www.tianshui.gov.cn/zrzy/info/1832/254932.htm",
        "(harder) 市测绘院 岗位廉政风险防控一览表, after the source's report of a 测绘地理信息 supervision check "
        "(测绘资质, 涉密测绘成果保密, 成果质量): a sheet SHOWN RIGHT TO LEFT (rightToLeft view) typed to read "
        "naturally on screen, so the columns are STORED REVERSED: A 防控措施/B 风险等级/C 风险类型/D 廉政风险点/"
        "E 责任人/F 岗位/G 科室/H 序号; 科室 merged, 岗位 and 责任人 merged per person; short types; 一级/二级/三级",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiayuguan_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("眭杳然", "局长", "主持全面工作", [
            ("国有建设用地出让方案个人决定", "一级", "出让方案经局党组会集体研究，报市政府批准。"),
            ("规划条件调整干预", "一级", "规划条件调整经规委会审议并公示。"),
        ]),
        ("隗砚舟", "副局长", "分管耕地保护和执法", [
            ("违法用地查处降格处理", "二级", "查处结果集体审理，案卷按季评查。"),
            ("占补平衡指标调剂不公开", "二级", "指标调剂在平台公开交易。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("耕地保护科", "科长", "蒯澍禾", "middle", "设施农用地备案审查不严", "二级", "备案材料实地核查，两人签字。"),
        ("耕地保护科", "科长", "蒯澍禾", "middle", "永久基本农田调整把关不严", "一级", "调整方案专家论证并报批。"),
        ("国土空间规划科", "科员", "逯桐溪", "general", "规划咨询泄露未公开信息", "三级", "未公开规划资料专人保管，签订保密承诺。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jiayuguan_bureau_two_sheets",
        "http://td.sx.gov.cn/art/2021/11/9/art_1487637_58870785.html",
        "市自然资源局's file in two sheets, after the source's 基础测绘 five-year plan (基准, 地理信息资源): "
        "``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def jiayuguan_registry_center_list() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冼曜岑", "leader", "登记簿更正事项审批把关不严", "岗位职责风险", "高",
         "更正登记集体会审，审批留痕。"),
        ("中心领导", "主任", "冼曜岑", "leader", "登记系统外包服务选定不公开", "制度机制风险", "中",
         "外包服务公开采购。"),
        ("登记科", "审核员", "郏渟鸥", "general", "抵押登记材料审核放松", "业务流程风险", "高",
         "审核、登簿分岗，系统随机分件。"),
        ("档案科", "科长", "殳芃野", "middle", "登记资料违规查询提供", "思想道德风险", "低",
         "查询凭证件登记，定期抽查日志。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "jiayuguan_registry_center_list",
        "http://m.jianbiaoku.com/webarbs/book/18915.shtml",
        "市不动产登记中心 廉政风险防控一览表, after the source's 土地权属争议 regulation (确权, 调处): "
        "序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; "
        "填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def jiayuguan_reserve_center_group_rows() -> dict:
    unit = f"{PLACE}土地储备中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "禚岫云", "leader", [
                ("收储补偿标准随意提高", "一级风险", "补偿标准按评估结果集体确定。"),
                ("储备土地临时利用出租不公开", "二级风险", "临时利用公开招租。"),
            ]),
        ]),
        ("二、收储业务科", "收储业务科", [
            ("科长", "鄂淼笙", "middle", [
                ("闲置土地收回认定不严", "一级风险", "认定材料实地核查，结果公示。"),
                ("地上附着物清点虚增", "三级风险", "清点两人以上并录像。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "jiayuguan_reserve_center_group_rows",
        "https://www.zhetiaohe.com/ss/e343dc34bfdcf5b398ed6009bb7f745a1bfc01fd7569be3cda29917bf76118a7.html",
        "市土地储备中心 廉政风险防控责任清单, after the source's notes on when idle land is taken back (闲置土地, "
        "收回): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、收储业务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jiayuguan_yuquan_office_cards() -> dict:
    unit = f"{PLACE}峪泉镇自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "郜棠樾", "leader", [
            ("农村宅基地审核优亲厚友", "★★★", "审核结果村、镇两级公示。"),
            ("违法占地巡查发现不报", "★★", "巡查记录每周上报，镇纪委抽查。"),
        ]),
        ("巡查员", "帅溆宁", "general", [
            ("巡查记录弄虚作假", "★★", "巡查轨迹留存，照片附记录。"),
            ("收受占地户好处", "★", "签订廉洁承诺，设举报电话。"),
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
        "jiayuguan_yuquan_office_cards",
        "https://www.zhetiaohe.com/ss/7d3d4c708fabe1ebbbfe2d177eaa758dfe53e7e92c2e7b6a8cf5c9a4ccbdde9cb2e10ad9030c8596be6eadbea72d2b59.html",
        "镇自然资源所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 巡查员), after the source's notes on "
        "征收 compensation under 土地管理法 §47 (补偿标准, 公告): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def jiayuguan_wenshu_office_selfchecks() -> dict:
    unit = f"{PLACE}文殊镇自然资源所"
    t = _Truth(unit)
    people = [
        ("阚峤泓", "所长", "leader", "自然资源所", [
            ("土地整治项目验收放宽标准", "高风险", "验收邀请村民代表参加，结果公示。"),
            ("窗口办理用地事项吃拿卡要", "中风险", "办理事项和时限公开，设意见箱。"),
        ]),
        ("隆蔚岚", "测量员", "general", "自然资源所", [
            ("宅基地测量面积多测少测", "中风险", "测量两人到场，四邻签字确认。"),
            ("测量资料私自留存", "低风险", "资料当日归档，借阅登记。"),
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
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiayuguan_wenshu_office_selfchecks",
        "https://zrzyhghj.jiaxing.gov.cn/art/2025/5/6/art_1229235669_58935663.html",
        "镇自然资源所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's report on "
        "map review for a summit (审图, 问题地图): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def jiayuguan_xincheng_office_posts() -> dict:
    unit = f"{PLACE}新城镇自然资源所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "所领导", "执法监察组"
    rows = [
        (a, "所长", "leader", "设施农业用地审核", "对不符合条件的设施农业用地出具同意意见", "岗位职责", "Ⅰ级",
         "审核意见经所务会研究，镇政府审定。"),
        (b, "执法员", "general", "违法用地制止", "接受说情，对违法建设不制止不上报", "外部环境", "Ⅰ级",
         "制止情况按周上报，镇纪委抽查。"),
        (b, "执法员", "general", "卫片图斑核查", "核查不到现场，图斑举证弄虚作假", "业务流程", "Ⅱ级",
         "核查附现场照片和定位。"),
        (b, "协管员", "general", "动态巡查台账", "巡查台账补记、漏记", "思想道德", "Ⅲ级",
         "台账按日填写，所长每周签阅。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：执法监察组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "jiayuguan_xincheng_office_posts",
        "https://www.zhetiaohe.com/ss/b9e55c8292bf49719d30eaee470188b788dc6d00c7ac9a6cb99d1572fff4770fc20760ce60bd8c4e.html",
        "镇自然资源所 廉政风险点排查表 对岗不对人, after the source's notes on 催缴土地出让金: 科室 merged/岗位 "
        "merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jiayuguan_geoinfo_center_duty_list() -> dict:
    unit = f"{PLACE}基础测绘地理信息中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "濮杼遥", "leader", "基准站运维项目管理", "运维服务商指定", "一级", "运维服务公开采购，合同公示。"),
        ("主任", "濮杼遥", "leader", "基础测绘经费使用", "经费列支超范围", "二级", "经费支出按预算执行，年度审计。"),
        ("测量员", "郈珞淇", "general", "地理信息数据更新", "数据更新成果虚报工作量", "二级", "工作量按系统记录核定。"),
        ("测量员", "郈珞淇", "general", "地理信息数据提供", "违规向外单位拷贝数据", "三级", "数据拷贝审批登记，专机专用。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "jiayuguan_geoinfo_center_duty_list",
        "http://law168.com.cn/doc/view?id=188034",
        "市基础测绘地理信息中心 廉政风险防控责任清单, after the source's municipal 基础测绘 plan (卫星导航定位基准站, "
        "地理信息资源): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiayuguan_survey_institute_right_to_left(),
    jiayuguan_bureau_two_sheets(),
    jiayuguan_registry_center_list(),
    jiayuguan_reserve_center_group_rows(),
    jiayuguan_yuquan_office_cards(),
    jiayuguan_wenshu_office_selfchecks(),
    jiayuguan_xincheng_office_posts(),
    jiayuguan_geoinfo_center_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def _right_to_left(path: Path) -> None:
    """Give the workbook's first sheet view ``rightToLeft="1"`` (as 从右到左 sets it)."""
    with zipfile.ZipFile(path) as z:
        parts = {i: z.read(i.filename) for i in z.infolist()}
    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts.items():
            if info.filename == name:
                data = data.replace(b"<sheetView ", b'<sheetView rightToLeft="1" ', 1)
                assert b'rightToLeft="1"' in data
            z.writestr(info, data)


def write(layout: dict, path: Path) -> Path:
    """``batch387.write_xlsx``; the harder layout's sheet then shown right to left."""
    out = write_xlsx(layout, path)
    if layout["name"] == RTL:
        _right_to_left(Path(path))
    return out


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write`` (borders; the harder one right to left)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch542-inbox"))
