"""The five-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住建 and
交通 bodies, 皋兰县 (a county of 兰州市, 甘肃) — its 住房和城乡建设局, 交通运输局, 建筑工程质量
安全监督站, 公路养护段 and four 镇村镇建设服务中心 (石洞镇, 什川镇, 水阜镇, 黑石镇 — 镇 of the
county) — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 住房和城乡建设局's 一览表: ``股室 | 岗位 | 责任人`` merged per person before ``风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 交通运输局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 公路养护段's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 石洞镇村镇建设服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 什川镇村镇建设服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 水阜镇村镇建设服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、农房管理组``
  merged across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 黑石镇村镇建设服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``gaolan_quality_station_team_holder``: the 建筑工程质量安全监督站's 一览表 gives each
  监督组's posts to A TEAM: under the heading ``责任人`` the cell of a 监督组 names the team by
  LABELLED ROLES on two lines, ``组长：郜昉珩⏎组员：隗翚煦、睢瑷翯`` — the 组长 who answers for the
  group's points, then the 组员 who work under him. The 站领导's cell is a plain name. The heading
  is ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``; ``科室`` (监督一组,
  监督二组), ``岗位`` and ``责任人`` are merged per team. The shape is about WHO HOLDS THE POST. The
  README's 读得懂的表 and the earlier batches know a 责任人 cell naming one holder of several
  (``厍骞璆等6人``, ``等12人``), two holders in one cell (``邵丽、韩涛``, batch 20), two holders
  joined by an arrow, holders by months, labelled lines of a holder and his supervising leader
  (``直接责任人：X⏎分管领导：Y``), A角/B角, a roster line above the table (``村“两委”成员：…``,
  batch 103), a headcount bracketed after a post or a 科室 (``网格员（8人）``); ``组长：`` and
  ``组员：`` labels stand in no earlier batch (grep finds neither) and in no line of the README.
  None is a holder cell that names a working group by its roles, the head first and the members
  after; read as the others are, the holder is the whole cell or the three names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the standard for 追究 the
责任 for 建筑工程质量缺陷; the national rules of 施工图设计文件审查; who runs 农村公路 — the county
交通运输局, the 乡镇, the 公路管理站; a province's rules on raising and spending 农村公路 建设、养护
资金; a county's plan for the 动态监测 of poor households' 住房安全; a 监理实施细则 of 房建工程;
the 竣工质量验收 requirements of a project; a 承包商违章施工处罚 细则) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 皋兰县
(``unit_words=("皋兰县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch523`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 监督组's holder is the one written after ``组长：``; the ``组员：`` line
  names people working under him, no holders: they make no forms (as the one named before
  ``等6人`` is the holder and the rest are not); the post is the ``岗位`` cell (质量监督员,
  安全监督员), the 科室 the ``科室`` cell (监督一组, 监督二组), the tier that of the post: general;
- ``局领导`` (the 交通运输局's leaders' sheet) is the 科室 of those leaders; a 局's 股, a 段's 股, a
  中心's 组 are 科室; ``站领导`` is the 科室 of the 站长; a group row ``一、中心领导`` gives the
  科室 ``中心领导``, ``二、农房管理组`` the 科室 ``农房管理组`` (its number left off), as batch 280,
  507, 517 and 521 did; the 石洞镇 cards and the 黑石镇 list name a 科室 only where a cell does;
  the 什川镇 主任's sheet writes ``中心领导`` in ``所在科室`` and that is his 科室;
- every body is a unit of its own: 局长, 副局长, 站长, 段长, a 中心's 主任 and 副主任 are leaders;
  股长, 组长 middle; the rest (科员, 监督员, 技术员, 养护工, 报账员, 农房建设监管员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 公路养护段's list names no person: its forms are posts
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

PREFIX = "b523_"
PLACE = "皋兰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
HEAD, MEMBERS = "组长：", "组员："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def team(head: str, members: tuple[str, ...]) -> str:
    """A 监督组's 责任人 cell: the 组长 then the 组员, on two labelled lines."""
    return f"{HEAD}{head}\n{MEMBERS}{'、'.join(members)}"


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 组长 or the holder, 组员, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
TEAMS = [
    ("站领导", "站长", "訾翮琛", (), "leader", [
        ("监督计划安排照顾关系企业的工程", "制度机制", "高", "监督计划站务会研究，随机分配监督组。"),
        ("干预监督组对质量问题的处理", "岗位职责", "中", "领导干预登记报告，处理意见集体审定。"),
    ]),
    ("监督一组", "质量监督员", "郜昉珩", ("隗翚煦", "睢瑷翯"), "general", [
        ("地基基础验收监督降低标准", "业务流程", "高", "验收监督两人以上，影像资料存档。"),
        ("接受施工单位宴请和礼品", "外部环境", "中", "进场告知监督纪律，廉政回访。"),
    ]),
    ("监督二组", "安全监督员", "庹璠骁", ("蒯暄瑀", "亓翀煊"), "general", [
        ("安全隐患整改复查走过场", "岗位职责", "高", "复查留存整改前后照片，组长签字确认。"),
        ("对违章施工降格处罚", "思想道德", "低", "处罚裁量按基准执行，处罚决定站务会审核。"),
    ]),
]  # fmt: skip


def gaolan_quality_station_team_holder() -> dict:
    unit = f"{PLACE}建筑工程质量安全监督站"
    sh = _Sheet("一览表", [6, 11, 11, 22, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, members, tier, points in TEAMS:
        cell = team(who, members) if members else who
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, cell, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年7月", None)
    return _layout(
        "gaolan_quality_station_team_holder",
        "https://abg.baidu.com/tags/xwunn7vzusz4zvwkyg74rmop3xkpbsgo26335p5r5ll3y13",
        "(harder) 县建筑工程质量安全监督站 岗位廉政风险防控一览表, after the source's standard for 追究 the 责任 for "
        "建筑工程质量缺陷: 序号/科室 (站领导, 监督一组, 监督二组) merged/岗位 and 责任人 merged per team/the 责任人 of "
        "a 监督组 A TEAM BY LABELLED ROLES on two lines ``组长：…⏎组员：…、…``/廉政风险点/short types/高/中/低/"
        "防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gaolan_housing_bureau_list() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 8, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建筑市场监管股", "股长", "缑瑧昉", "middle", "施工许可办理降低条件", "岗位职责风险", "高",
         "许可条件网上公开，初审复审分离。"),
        ("建筑市场监管股", "股长", "缑瑧昉", "middle", "对转包违法分包查处不力", "外部环境风险", "中",
         "查处案件集体讨论，结果公示。"),
        ("勘察设计股", "科员", "钭翊珖", "general", "施工图审查合格书审核把关不严", "业务流程风险", "中",
         "审查机构随机确定，审查意见抽查复核。"),
        ("房产管理股", "科员", "眭琇骞", "general", "维修资金使用审核优亲厚友", "思想道德风险", "低",
         "维修资金使用业主表决，拨付结果公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "gaolan_housing_bureau_list",
        "https://makenow.cn/Article/2747.html",
        "县住房和城乡建设局 廉政风险防控一览表, after the source's national rules of 施工图设计文件审查: 序号/股室 "
        "merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def gaolan_transport_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逯翾璘", "局长", "主持全面工作", [
            ("农村公路建设计划安排个人说了算", "一级", "建设计划局党组会研究，计划公开。"),
            ("干预工程项目招标投标", "二级", "招标全程进交易平台，领导干预登记。"),
        ]),
        ("佴昶翚", "副局长", "分管农村公路和养护", [
            ("养护资金分配不按标准", "一级", "资金按里程和路况测算，分配结果公示。"),
            ("交工验收把关不严", "三级", "验收委员会集体验收，检测数据存档。"),
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
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "甯珝骏", "middle", "工程计量签证审核不严", "一级", "计量实行监理、股室两级审核。"),
        ("规划建设股", "股长", "甯珝骏", "middle", "设计变更审批不按程序", "二级", "重大变更专家论证，局务会研究。"),
        ("运输管理股", "科员", "揭瑀翃", "general", "道路运输经营许可违规办理", "二级", "许可条件公开，办理结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "gaolan_transport_two_sheets",
        "https://drbdp.com/4-6133774.html",
        "县交通运输局's file in two sheets, after the source on who runs 农村公路 (the county 交通运输局, the 乡镇, the "
        "公路管理站): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def gaolan_road_maintenance_posts() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "养护股", "财务股"
    rows = [
        (a, "股长", "middle", "小修工程量确认", "虚增小修工程量，多报养护费用", "业务流程", "Ⅰ级",
         "工程量现场双人核实，影像存档。"),
        (a, "养护技术员", "general", "养护材料验收", "材料以次充好，验收不认真", "岗位职责", "Ⅱ级",
         "材料验收三人以上，抽样送检。"),
        (b, "报账员", "general", "养护资金报账", "票据不实，挪用养护资金", "制度机制", "Ⅰ级",
         "养护资金专账核算，按季对账。"),
        (b, "报账员", "general", "道班物资发放", "物资发放不登记，优亲厚友", "思想道德", "Ⅲ级",
         "物资领用登记签字，段务公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "gaolan_road_maintenance_posts",
        "https://m.zjtcn.com/news/50972714.html",
        "县公路养护段 廉政风险点排查表 对岗不对人, after the source's rules on raising and spending 农村公路 建设、养护 "
        "资金: 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def gaolan_shidong_cards() -> dict:
    unit = f"{PLACE}石洞镇村镇建设服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "晁珩翯", "leader", [
            ("危房改造对象认定把关不严", "★★★", "对象认定村级评议、镇级审核、公示。"),
            ("改造补助资金拨付不及时", "★★", "补助资金按验收进度拨付，台账管理。"),
        ]),
        ("农房建设监管员", "昝煜翾", "general", [
            ("农房建设巡查发现问题不报告", "★★", "巡查记录每周上报，问题限期整改。"),
            ("为违规建房出具验收意见", "★", "验收两人以上，结果公示。"),
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
        "gaolan_shidong_cards",
        "https://abg.baidu.com/tags/lbmm7wgfvg2olrvwyct4roww3ll2dn57wczmrk6h5g77nnvpzswlzyfs4k333mfy",
        "镇村镇建设服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 农房建设监管员), after the source's "
        "plan for the 动态监测 of 住房安全: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; "
        "a ``注：`` line; 持卡人/镇分管领导 签字",
        sheets, t,
    )  # fmt: skip


def gaolan_shichuan_selfchecks() -> dict:
    unit = f"{PLACE}什川镇村镇建设服务中心"
    t = _Truth(unit)
    people = [
        ("伏璟翮", "主任", "leader", "中心领导", [
            ("镇区小型工程监理单位选定不公开", "高风险", "监理单位比选，中心会议研究。"),
            ("工程进度款审核把关不严", "中风险", "进度款凭监理签认单审核。"),
        ]),
        ("谯昀璆", "技术员", "general", "规划建设组", [
            ("隐蔽工程验收签字走过场", "中风险", "隐蔽工程验收拍照留存，监理旁站。"),
            ("泄露工程标底信息", "低风险", "标底资料专人保管，借阅登记。"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gaolan_shichuan_selfchecks",
        "http://35331.cn/lhs_jenireijpo3vk3hijpngxmx2i3ik3hp1ig7t_1.html",
        "镇村镇建设服务中心 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 监理实施细则 "
        "of 房建工程: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def gaolan_shuifu_group_rows() -> dict:
    unit = f"{PLACE}水阜镇村镇建设服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("副主任", "宦翎琤", "leader", [
                ("村庄建设项目竣工验收走过场", "一级风险", "验收组三人以上，验收资料存档。"),
                ("人居环境整治物资采购指定商家", "三级风险", "采购三家比价，结果公示。"),
            ]),
        ]),
        ("二、农房管理组", "农房管理组", [
            ("组长", "荀骞瑨", "middle", [
                ("农房翻建审批收受好处", "一级风险", "审批事项公开，办理时限上墙。"),
                ("乡村建设工匠培训名单弄虚作假", "二级风险", "培训签到留影，名单公示。"),
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
        "gaolan_shuifu_group_rows",
        "https://abg.baidu.com/tags/xtzmv5vzusz4zt7oys737ivzutlmvqn72hu4vvnvytjkvr7t",
        "镇村镇建设服务中心 廉政风险防控责任清单, after the source's 竣工质量验收 requirements: 序号/岗位/姓名/"
        "廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, ``二、农房管理组`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def gaolan_heishi_duty_list() -> dict:
    unit = f"{PLACE}黑石镇村镇建设服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "仉瑄翊", "leader", "违法建设查处", "对违法建设查处选择性执法", "一级",
         "查处案件集体讨论，处理结果公示。"),
        ("主任", "仉瑄翊", "leader", "施工企业考评", "考评打分照顾关系企业", "二级", "考评细则公开，考评组集体打分。"),
        ("技术员", "羿珺翯", "general", "违章施工处罚", "处罚不按裁量基准", "二级", "处罚依据基准，决定中心会议审核。"),
        ("技术员", "羿珺翯", "general", "建房放线", "放线时收受建房户礼品", "三级", "放线两人到场，群众签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "gaolan_heishi_duty_list",
        "https://abg.baidu.com/tags/wpilb7gjzthklvoczku3tjfuu232hsvvzku47ogu6lk73sv5wdta14",
        "镇村镇建设服务中心 廉政风险防控责任清单, after the source's 承包商违章施工处罚 细则: 序号/岗位 and 姓名 merged "
        "per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gaolan_quality_station_team_holder(),
    gaolan_housing_bureau_list(),
    gaolan_transport_two_sheets(),
    gaolan_road_maintenance_posts(),
    gaolan_shidong_cards(),
    gaolan_shichuan_selfchecks(),
    gaolan_shuifu_group_rows(),
    gaolan_heishi_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch523-inbox"))
