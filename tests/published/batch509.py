"""The five-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 教育
bodies, 肃州区 (the district of 酒泉, 甘肃) — its 教育局, 第一中学, 职业中学, 教育技术装备中心 and four
街道中心小学 (东北街, 西南街, 北关, 新城 — streets of the district) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 第一中学's file in two sheets ``校领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``处室`` (``处室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 职业中学's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 教育技术装备中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 东北街街道中心小学's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 西南街街道中心小学's 责任清单 under GROUP ROWS ``一、校领导`` / ``二、总务处`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 北关街道中心小学's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 新城街道中心小学's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``suzhou_bureau_shows_and_measures``: the 教育局's 岗位廉政风险防控一览表 gives the point a column
  of its own but JOINS HOW IT SHOWS AND ITS MEASURES IN ONE CELL of a column headed
  ``风险表现及防控措施``: the heading is ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险表现及防控措施 |
  风险类型 | 风险等级`` (no ``防控措施`` column and no separate description column; the joined column
  stands BETWEEN the point and the type and level columns) and every cell of the sixth column is two
  labelled lines ``表现：为不符合条件的考生确认试讲资格⏎措施：1.资格确认两人审核；2.名单网上公示。``.
  ``股室`` is merged over its rows, ``岗位`` and ``责任人`` over the person's; short types; 高/中/低;
  a 填表人/审核人/date line. The shape is about WHERE THE DESCRIPTION AND THE MEASURES STAND AND
  HOW THEY ARE JOINED. The README's 读得懂的表 and the earlier batches know the point joined to its
  description (by a line break, ``表现形式：``, spaces, a colon, a dash, a slash, brackets, a full
  stop, connectives), the point joined to its measures (``风险点及防控措施`` cells: ``风险点：…⏎防控措施：…``,
  bullets, numbered measures below, an arrow, ``风险点。对策：…``) and all three joined
  (``廉洁风险点、表现形式及防控措施``, batch 435); none describes a clean point column beside a cell
  that joins the DESCRIPTION and the MEASURES (``grep -l '表现及防控措施' tests/published/batch*.py``
  finds none). The point itself is a whole cell here: the question is only whether the reader
  keeps to the 廉政风险点 column and does not take the joined column (its first line looks like a
  point's description, its heading holds ``风险``) for a point, a second point or the point column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区's 公开招聘教师 — 招聘方案 报批,
网上报名, 笔试, 试讲资格确认, 纪检监督, 成绩公示; a 校服选用采购规范流程 — 班子会集体决策, 家长意见, 招标
代理, 公示, 合同报备; 中职 免学费 and 国家助学金 — 申请表, 资格审查, 名单公示; a 教育装备 training — 需求
论证, 组织采购, 履约验收; a 中心校's 校服订购实施方案 — 学生自愿, 定点企业, 采购计划表; the 中小学生校服
管理 意见 — 采购公示, 材料存档备查, 合同备案; a school's notice ending a 校服 contract after a 满意度
调查; advice on 教育装备采购配备 — 需求调研, 采购标准, 验收, 维护) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names); every unit is a body of 肃州区 (``unit_words=("肃州区",)``: no
earlier unit holds it).

Run ``python tests/published/score.py --set batch509`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the whole ``廉政风险点`` cell; the ``风险表现及防控措施`` cell is its
  description and measures, no point and no part of one;
- ``局领导`` (the 教育局's 股室 cell) and ``校领导`` (the 第一中学's leaders' sheet) are the 科室 of
  those leaders; a 局's 股, a 中学's 处 and the 职业中学's ``学生资助中心`` and ``实训处`` are 科室; a
  group row ``一、校领导`` gives the 科室 ``校领导``, ``二、总务处`` the 科室 ``总务处`` (its number
  left off), as batch 280 did; the 装备中心's cards and a 中心小学's duty list, 自查表 and list name
  no 科室 (the body is the unit);
- every body is a unit of its own: 局长, 校长, 副校长 and a 中心's 主任 are leaders; 股长, a 处's
  主任 and 总务主任 middle; the rest (会计, 干事, 资助专干, 实训管理员, 仪器管理员, 总务干事, 电教管理员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 职业中学's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b509_"
PLACE = "肃州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
JOINED = "风险表现及防控措施"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def joined(shows: str, measures: str) -> str:
    """The harder file's ``风险表现及防控措施`` cell: a ``表现：`` line, then a ``措施：`` line."""
    return f"表现：{shows}\n措施：{measures}"


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 表现, 措施, 风险类型, 风险等级)])
BUREAU = [
    ("局领导", "局长", "禚翊潆", "leader", [
        ("教师招聘方案个人定", "招聘岗位、条件未经党组集体研究，因人设岗", "1.招聘方案党组会集体研究；2.方案报人社部门审批后公布。",
         "制度机制", "高"),
        ("干预招聘结果", "为亲友在试讲、资格确认中打招呼", "1.领导干部插手登记报告；2.纪检全程监督。",
         "思想道德", "中"),
    ]),
    ("人事股", "股长", "邴珣澈", "middle", [
        ("资格确认把关不严", "为不符合条件的考生确认试讲资格", "1.资格确认两人审核；2.名单网上公示。",
         "岗位职责", "高"),
        ("泄露试讲题目", "试讲题目、评委名单提前外泄", "1.题目封存，现场抽取；2.评委临时抽定。",
         "业务流程", "中"),
    ]),
    ("计划财务股", "会计", "亢璎渟", "general", [
        ("招聘经费列支不实", "虚列考务、评委劳务费用", "1.考务费用据实报销；2.年终审计。",
         "外部环境", "低"),
    ]),
]  # fmt: skip


def suzhou_bureau_shows_and_measures() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 12, 8, 10, 24, 50, 10, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", JOINED, "风险类型", "风险等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, shows, measures, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, point, joined(shows, measures), typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "suzhou_bureau_shows_and_measures",
        "http://m.bwnwqq.cn/n1619666c1437.aspx",
        "(harder) 区教育局 岗位廉政风险防控一览表, after the source's account of a 区's 公开招聘教师 (招聘方案 报批, "
        "网上报名, 笔试, 试讲资格确认, 纪检监督, 成绩公示): a title, 序号/股室 merged (局领导, 人事股, 计划财务股)/岗位 "
        "and 责任人 merged per person/a short 廉政风险点/ONE column ``风险表现及防控措施`` whose every cell is two "
        "labelled lines ``表现：…⏎措施：1.…；2.…`` (no separate description or measures column)/风险类型 (short)/"
        "高/中/低; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suzhou_no1_middle_two_sheets() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}校领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郦珞潼", "校长", "主持全面工作", [
            ("校服选用不经集体决策", "一级", "校服事项纳入“三重一大”，校务会集体研究。"),
            ("指定校服供货企业", "二级", "委托招标代理公开招标，结果公示。"),
        ]),
        ("佴瑄沚", "副校长", "分管后勤", [
            ("校服采购合同不报备", "一级", "合同报教育局备案，向家长公开。"),
            ("接受供货企业宴请", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "校领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("处室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}处室岗位廉政风险防控表", 7)
    dept.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("总务处", "主任", "蒉瀞玹", "middle", "家长意见征集走过场", "一级", "问卷结果存档，家委会参与。"),
        ("教务处", "干事", "漆琰沨", "general", "代收校服费不入账", "二级", "代收费开具票据，专账管理。"),
        ("教务处", "干事", "漆琰沨", "general", "泄露学生家庭信息", "三级", "信息专人管理，查询留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "suzhou_no1_middle_two_sheets",
        "https://bbs.zaoyang.org/business/company-2469709-tag-1581706637184466944-8.html",
        "区第一中学's file in two sheets, after the source's 校服选用采购规范流程 (班子会集体决策, 征集家长意见, 招标"
        "代理, 公示, 合同报备): ``校领导`` with 姓名/职务/分管工作 merged per person; ``处室`` with 处室/岗位/姓名 "
        "merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def suzhou_vocational_posts() -> dict:
    unit = f"{PLACE}职业中学"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    aid, train = "学生资助中心", "实训处"
    rows = [
        (aid, "资助专干", "general", "免学费资格审查", "为不符合条件的学生办理免学费", "岗位职责风险", "Ⅰ级",
         "资格审查两人复核，名单公示五个工作日。"),
        (aid, "资助专干", "general", "助学金名单确定", "优亲厚友，虚报受助人数", "制度机制风险", "Ⅱ级",
         "评定小组集体研究，结果公示。"),
        (train, "实训管理员", "general", "实训耗材领用", "耗材多领少用，私自带出", "业务流程风险", "Ⅱ级",
         "领用登记，按月盘点。"),
        (train, "实训管理员", "general", "实训设备维修", "虚报维修项目和费用", "思想道德风险", "Ⅲ级",
         "维修前报批，完工验收签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "suzhou_vocational_posts",
        "http://m.chusan.com/zhongkao/246792.html",
        "区职业中学 廉政风险点排查表 对岗不对人, after the source's account of 中职 免学费 and 国家助学金 (申请表, "
        "资格审查, 确定资助名单并公示): a title, 序号/处室 merged (学生资助中心, 实训处)/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | "
        "审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def suzhou_equipment_cards() -> dict:
    unit = f"{PLACE}教育技术装备中心"
    t = _Truth(unit)
    cards = [
        ("主任", "晏璘渼", "leader", [
            ("装备采购需求量身定制", "★★★", "需求论证会集体研究，参数公开征求意见。"),
            ("履约验收降低标准", "★★", "验收小组三人以上，邀请学校参与。"),
        ]),
        ("仪器管理员", "仝沄璟", "general", [
            ("仪器入库数量不实", "★★", "入库双人清点，台账日清。"),
            ("收受供货商礼品", "★", "签订廉洁承诺书。"),
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
        sh.add("持卡人（签字）：", None, "中心主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "suzhou_equipment_cards",
        "https://www.scjyzb.cn/p/0/?StId=st_app_news_i_x639021055345521652",
        "区教育技术装备中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 仪器管理员), after the source's account "
        "of a 教育装备 training (需求论证, 组织采购, 履约验收): a title, ``姓　名 | … | 职　务 | …``, then 序号/"
        "廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def suzhou_dongbeijie_duty_list() -> dict:
    unit = f"{PLACE}东北街街道中心小学"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副校长", "羿琤潆", "leader", "校服订购", "强制或变相强制学生订购", "一级", "坚持自愿，订购名单家长签字。"),
        ("副校长", "羿琤潆", "leader", "定点企业对接", "收受企业回扣", "二级", "对接全程两人，记录存档。"),
        ("会计", "厍澂瑀", "general", "校服款收付", "截留挪用校服款", "二级", "专户收付，按月对账。"),
        ("会计", "厍澂瑀", "general", "票据管理", "票据使用不规范", "三级", "票据领用登记，定期核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "suzhou_dongbeijie_duty_list",
        "http://m.szmdbiao.com/fanwenku/385889.html",
        "区东北街街道中心小学 廉政风险防控责任清单, after the source's 中心校 学生校服订购实施方案 (学生自愿, 定点企业, "
        "采购计划表, 按表付款): a title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def suzhou_xinanjie_group_rows() -> dict:
    unit = f"{PLACE}西南街街道中心小学"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "琴瑆澜", "leader", [
                ("校服采购不公示", "一级风险", "中标企业、价格、质量标准向家长公示。"),
                ("采购材料不存档", "二级风险", "采购各环节材料全部存档备查。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("总务主任", "逄瀞玙", "middle", [
                ("校服验收走过场", "一级风险", "验收邀请家长代表，抽样送检。"),
                ("多订少发", "三级风险", "发放名单学生签收。"),
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
        "suzhou_xinanjie_group_rows",
        "http://www.zyzen.cn/mzndt/1404.html",
        "区西南街街道中心小学 廉政风险防控责任清单, after the source's account of the 中小学生校服管理 意见 (采购公示, "
        "材料存档备查, 合同备案): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、校领导``, ``二、总务处`` merged across; 岗位 and 姓名 merged per person; no type "
        "column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def suzhou_beiguan_selfchecks() -> dict:
    unit = f"{PLACE}北关街道中心小学"
    t = _Truth(unit)
    people = [
        ("芮珏滢", "校长", "leader", [
            ("校服合同到期不评估续签", "高风险", "开展满意度调查，行政会研究。"),
            ("新一轮招标指定企业", "中风险", "成立采购工作组织，公开招标。"),
        ]),
        ("眭湜珩", "总务干事", "general", [
            ("满意度问卷数据造假", "中风险", "问卷原件存档，家委会核对。"),
            ("校服库存管理混乱", "低风险", "库存台账，每学期盘点。"),
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
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "suzhou_beiguan_selfchecks",
        "https://www.qianlima.com/bid-582582496.html",
        "区北关街道中心小学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "notice of a school ending a 校服 contract after a 满意度问卷 and starting a new 公开招标: a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 学校意见：``",
        sheets, t,
    )  # fmt: skip


def suzhou_xincheng_list() -> dict:
    unit = f"{PLACE}新城街道中心小学"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长", "缑珩滟", "leader", "教学装备采购脱离需求", "岗位职责", "高", "采购前征求一线教师意见，集体研究。"),
        ("校长", "缑珩滟", "leader", "接受供应商宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("电教管理员", "訾璨沣", "general", "多媒体设备闲置不报", "业务流程", "中", "设备使用登记，学期检查。"),
        ("电教管理员", "訾璨沣", "general", "报废设备处置不登记", "制度机制", "低", "报废审批，登记留存。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "suzhou_xincheng_list",
        "https://chinaqikan.net/post/17813.html",
        "区新城街道中心小学 廉政风险防控一览表, after the source's advice on 教育装备采购配备 (需求调研, 采购标准, 预算, "
        "验收, 维护): a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a "
        "填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suzhou_bureau_shows_and_measures(),
    suzhou_no1_middle_two_sheets(),
    suzhou_vocational_posts(),
    suzhou_equipment_cards(),
    suzhou_dongbeijie_duty_list(),
    suzhou_xinanjie_group_rows(),
    suzhou_beiguan_selfchecks(),
    suzhou_xincheng_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch509-inbox"))
