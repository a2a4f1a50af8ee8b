"""The four-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 住房和城乡建设
bodies, 合作市 (the city of 甘南) — its 住房公积金管理部, 城市管理综合执法局 and 建筑工程质量安全监督站, the
村镇建设管理站 of two towns (那吾镇, 勒秀镇) and two 乡 (佐盖多玛乡, 卡加道乡) and, in the harder file, its
住房和城乡建设局 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 住房公积金管理部's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 城市管理综合执法局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 建筑工程质量安全监督站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 那吾镇村镇建设管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 勒秀镇村镇建设管理站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 佐盖多玛乡村镇建设管理站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 卡加道乡村镇建设管理站's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``hezuo_housing_bureau_labelled_points``: the 住房和城乡建设局's 岗位廉政风险防控一览表 with NO TYPE
  COLUMN AND NO LEVEL COLUMN: its heading is only ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``
  (股室 merged, 岗位 and 姓名 merged per person, one point a row), and EACH ``廉政风险点`` CELL CARRIES
  THE POINT'S TYPE AND LEVEL ON LABELLED LINES BELOW THE POINT, typed with Alt+Enter:
  ``施工许可审查降低条件⏎风险类型：岗位职责风险⏎风险等级：一级`` — the point is the first line, the type
  the text after ``风险类型：`` on the second, the level (``一级/二级/三级``) the text after ``风险等级：``
  on the third; no note explains it, the labels say it. The README's 读得懂的表 knows a cell
  ``风险点：…⏎防控措施：…`` split into point and measures, a boxed flow chart whose boxes read
  ``风险点：…`` | ``风险等级：中`` | ``防控措施：…`` (each field its own box), a merged ledger line
  ``风险点1：…　　风险等级：一级　　风险类型：…`` over rows of measures, a combined ``风险类别及等级``
  column, a level bracketed after the point (``（一级）``, ``【一级】``) and codes that carry a type or
  level (``ZD-01``, ``Ⅰ-01``); it does not describe an ordinary one-point-a-row list whose point cell
  itself holds the type and the level as ``标签：值`` lines under the point, with no type or level
  column at all (earlier batches' sources carry no such cell either: no ``\\n风险等级：`` or
  ``\\n风险类型：`` in a point of tests/published).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a standard grading 在建工程
安全生产 risks by 类别 and 等级; 银行 住房公积金 业务管理; a 区城管局's 综合执法大队 clearing 占道经营 and
checking 燃气安全; what a 建筑工程质量监督站 is and its 权限 and 责任; a 区建筑工程质量监督站's work; rules for
农村村民住房建设 in a 区 and a province's 农村住房建设管理办法) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 合作市.

Run ``python tests/published/score.py --set batch472`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the FIRST LINE of the ``廉政风险点`` cell alone; the line
  ``风险类型：X风险`` gives the type (short name X), the line ``风险等级：一级`` the level (1/2/3); the
  labelled lines are no part of the point and no points of their own;
- ``局领导``, ``管理部领导``, ``站领导`` (a 股室/科室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's 股 and a 管理部's or 站's 科 are 科室; the 城管局's ``执法大队`` (a 科室 cell) is its
  科室; a 村镇建设管理站 of a 镇 or 乡 has no 科室: its group rows ``一、站领导``, ``二、工作人员`` give no
  科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, the 管理部's 主任, a 站's 站长 and 副站长 are leaders;
  股长 and 科长 middle; the rest (科员, 执法队员, 监督员, 管理员, 技术员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 城市管理综合执法局's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b472_"
PLACE = "合作市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TYPE_LABEL = "风险类型："
LEVEL_LABEL = "风险等级："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def labelled(point: str, typ: str, level: str) -> str:
    """The harder file's point cell: the point, then its type and level on labelled lines."""
    return f"{point}\n{TYPE_LABEL}{typ}风险\n{LEVEL_LABEL}{level}"


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "亓翀沄", "leader", [
        ("重大工程项目安排不经集体研究", "制度机制", "一级", "严格执行“三重一大”，党组会研究并留纪要。"),
        ("插手工程招标投标", "思想道德", "一级", "领导干部插手工程项目登记报告。"),
    ]),
    ("建筑市场监管股", "股长", "禚昶翙", "middle", [
        ("施工许可审查降低条件", "岗位职责", "一级", "初审、复审两级审核，结果网上公开。"),
        ("资质核查走过场", "业务流程", "二级", "核查结果随机抽查复核。"),
        ("接受施工企业宴请", "外部环境", "三级", "节前廉洁提醒，拒收登记。"),
    ]),
    ("房地产管理股", "科员", "郄湦瑀", "general", [
        ("商品房预售资金拨付审核不严", "业务流程", "二级", "拨付实行双人审核、银行联合监管。"),
        ("物业企业考评优亲厚友", "岗位职责", "三级", "考评细则公开，业主代表参与。"),
    ]),
]  # fmt: skip


def hezuo_housing_bureau_labelled_points() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 8, 8, 40, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, labelled(point, typ, lv), measures)
            t.point(sh.name, dept, post, who, tier, point, [typ], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "hezuo_housing_bureau_labelled_points",
        "http://35331.cn/lhs_h7sireijpo3vi2xg2wn4vfjbu6mtplocpp0ng7mg7akjrg5i_1.html",
        "(harder) 市住房和城乡建设局 岗位廉政风险防控一览表 with NO TYPE AND NO LEVEL COLUMN, after the source's 在建工程 "
        "安全生产风险等级划分标准 (each risk given its 类别 and its 等级, 一级 highest; 施工许可, 资质, 预售资金 our own): 序号/股室 merged "
        "(局领导, 建筑市场监管股, 房地产管理股)/岗位 and 姓名 merged per person/廉政风险点/防控措施, each 廉政风险点 cell "
        "written in three lines ``<point>⏎风险类型：…风险⏎风险等级：一级``; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hezuo_housing_fund_list() -> dict:
    unit = f"{PLACE}住房公积金管理部"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("管理部领导", "主任", "佴珝昶", "leader", [
            ("大额公积金贷款审批不按规定", "制度机制", "高", "贷款审批实行三级审核，大额贷款集体审定。"),
            ("公积金增值收益分配个人决定", "岗位职责", "中", "收益分配报管委会审议。"),
        ]),
        ("归集提取科", "科长", "昝昫泓", "middle", [
            ("违规审批住房公积金提取", "业务流程", "高", "提取材料系统核验，初审复核分离。"),
        ]),
        ("信贷科", "科员", "甯沨珺", "general", [
            ("贷款资料审查把关不严", "岗位职责", "中", "贷款资料双人审查，抽查回访。"),
            ("向中介透露借款人信息", "外部环境", "低", "借款人信息查询留痕。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "hezuo_housing_fund_list",
        "https://abg.baidu.com/tags/2l4nbugxug337onlxp6334gswxhpdoo4ydwsrvg52dictmhmw6ua14",
        "市住房公积金管理部 岗位廉政风险防控一览表, after the source's 银行 住房公积金 业务管理办法 (归集, 提取, 贷款, 委托银行): "
        "a title, 序号/科室 merged (管理部领导, 归集提取科, 信贷科)/岗位 and 责任人 merged per person/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hezuo_urban_enforcement_posts() -> dict:
    unit = f"{PLACE}城市管理综合执法局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, law = "局领导", "执法大队"
    rows = [
        (lead, "副局长", "leader", "燃气经营许可", "对不符合条件的燃气企业予以许可", "岗位职责风险", "Ⅰ级",
         "许可实行受理、审查、决定分离，结果公示。"),
        (lead, "副局长", "leader", "处罚案件审批", "对违法建设案件降格处理", "思想道德风险", "Ⅱ级",
         "重大案件法制审核，集体讨论。"),
        (law, "执法队员", "general", "占道经营查处", "收受摊贩好处，选择性执法", "外部环境风险", "Ⅰ级",
         "执法记录仪全程记录，两人以上执法。"),
        (law, "执法队员", "general", "渣土运输检查", "检查不登记，罚款不开票", "业务流程风险", "Ⅲ级",
         "罚没款银行代收，票据统一管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "hezuo_urban_enforcement_posts", "https://jianpian.cn/a/14dnof3a",
        "市城市管理综合执法局 廉政风险点排查表 对岗不对人, after the source's 区城管局 综合执法大队's "
        "市容整治 (占道经营, 燃气安全, 执法人员): a title, 序号/科室 merged (局领导, 执法大队)/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def hezuo_quality_station_two_sheets() -> dict:
    unit = f"{PLACE}建筑工程质量安全监督站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逄翯璟", "站长", "主持全面工作", [
            ("工程质量事故调查处理偏袒责任单位", "一级", "事故调查报告站务会审定并报局。"),
            ("监督人员分派照顾关系", "二级", "监督任务随机分派。"),
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
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("质量监督科", "科长", "鄢昀沣", "middle", "竣工验收监督降低标准", "一级", "验收监督两人到场，影像存档。"),
        ("安全监督科", "监督员", "璩翊淏", "general", "安全检查隐患不下整改通知", "二级", "隐患整改闭环登记。"),
        ("安全监督科", "监督员", "璩翊淏", "general", "接受施工单位礼品", "三级", "廉洁承诺，拒收登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "hezuo_quality_station_two_sheets", "https://m.fqmxn.com/1/1550131.html",
        "市建筑工程质量安全监督站's file in two sheets, after the source's account of a 建筑工程质量监督站 (住建部门管理的事业单位, "
        "检查工地, 审核资料, 处理投诉): ``站领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hezuo_nawu_station_cards() -> dict:
    unit = f"{PLACE}那吾镇村镇建设管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "桓昳琤", "leader", [
            ("农房建设审批把关不严", "★★★", "审批材料现场核实，站务会研究。"),
            ("农村危房改造对象认定不公", "★★", "对象村内公示，乡镇复核。"),
        ]),
        ("管理员", "笪沅翾", "general", [
            ("农房质量巡查不到现场", "★★", "巡查定位拍照留存。"),
            ("接受建房户吃请", "★", "廉洁提醒，群众监督。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "hezuo_nawu_station_cards", "http://www.car369.com/zxwd/202506/224208.html",
        "镇村镇建设管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 管理员), after the source's account of a 建设工程 "
        "质量监督站's 权限 and 责任 (监督检查, 检测, 处罚, 报告): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def hezuo_lexiu_station_selfchecks() -> dict:
    unit = f"{PLACE}勒秀镇村镇建设管理站"
    t = _Truth(unit)
    people = [
        ("厍珣溦", "副站长", "leader", [
            ("乡村建设工匠备案审核不严", "高风险", "备案材料两人审核。", "已落实"),
            ("村庄规划许可违规办理", "中风险", "许可结果公示。", "未发现问题"),
        ]),
        ("綦淯翃", "管理员", "general", [
            ("农房改造补助资金核查不实", "中风险", "补助对象入户核查。", "已落实"),
            ("建房投诉处理拖延", "低风险", "投诉登记限时办结。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hezuo_lexiu_station_selfchecks", "https://www.sipsc.com/wk/367566.html",
        "镇村镇建设管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区建筑工程质量"
        "监督站 (监督检查, 施工和验收, 质量事故): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def hezuo_zuogaiduoma_station_group_rows() -> dict:
    unit = f"{PLACE}佐盖多玛乡村镇建设管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "隗晗璘", "leader", [
                ("牧民定居点建设项目验收不严", "一级风险", "验收邀请乡纪委参加。"),
                ("办公经费报销不实", "三级风险", "票据两人审核。"),
            ]),
        ]),
        ("二、工作人员", [
            ("技术员", "蒯翛沄", "general", [
                ("农房抗震改造质量检查走过场", "一级风险", "检查清单逐项签字。"),
                ("建材抽检样品调换", "二级风险", "抽检两人封样。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "hezuo_zuogaiduoma_station_group_rows",
        "https://abg.baidu.com/tags/w7xm7toh7dc2tnhfwts4h4oxug337pnizhultxga5xfnjugqwdwlpka11",
        "乡村镇建设管理站 廉政风险防控责任清单, after the source's 农村村民住房建设管理 试行办法 (建房审批, 验收, "
        "镇村管理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、站领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def hezuo_kajiadao_station_list() -> dict:
    unit = f"{PLACE}卡加道乡村镇建设管理站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "郗昉璎", "leader", "乡村道路硬化工程量核定不实", "岗位职责", "高", "工程量现场复核，村民代表签字。"),
        ("站长", "郗昉璎", "leader", "违法建设查处照顾熟人", "思想道德", "中", "查处结果乡党委会通报。"),
        ("管理员", "仉翚湉", "general", "人居环境整治物资发放不登记", "业务流程", "中", "物资出入库台账。"),
        ("管理员", "仉翚湉", "general", "垃圾清运费用虚报", "制度机制", "低", "清运量与台账核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "hezuo_kajiadao_station_list", "http://fengdujob.net/go/福建省农村住房建设管理办法.html",
        "乡村镇建设管理站 廉政风险防控一览表, after the source's 福建省 农村住房建设管理办法 (乡镇 村镇建设, 违法建设, 村庄环境): a title, a "
        "merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hezuo_housing_bureau_labelled_points(),
    hezuo_housing_fund_list(),
    hezuo_urban_enforcement_posts(),
    hezuo_quality_station_two_sheets(),
    hezuo_nawu_station_cards(),
    hezuo_lexiu_station_selfchecks(),
    hezuo_zuogaiduoma_station_group_rows(),
    hezuo_kajiadao_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch472-inbox"))
