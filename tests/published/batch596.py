"""The five-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's ecology and
emergency bodies, 同心县 (of 吴忠市, 宁夏) — the 吴忠市生态环境局同心分局, its 环境监测站 and 生态环境保护
综合执法大队, the 县应急管理局, its 应急管理综合行政执法大队 and 应急物资储备中心, the 消防救援大队 and the
地震局 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 生态环境保护综合执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 环境监测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 应急管理综合行政执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、执法二中队`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 消防救援大队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 应急物资储备中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 地震局's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tongxin_ecology_branch_levels_by_leader``: the 同心分局's 领导班子成员廉政风险等级评定表, ONE ROW A
  POINT (``序号 | 廉政风险点 | … | 防控措施``) and a THREE-ROW heading whose ``风险等级（按班子成员分别评定）``
  is merged across one column a holder, the holders' POSTS in the second heading row (``局长 | 副局长 |
  副局长 | 纪检组长``) and their NAMES in the third; there is NO level column and NO tick: each row
  writes, under every holder whose point it is, THAT HOLDER'S LEVEL of it (``高``/``中``/``低``) and ``/``
  under the others — so one row is a point of several holders, often at DIFFERENT levels (the 局长's
  ``高`` beside a 副局长's ``中``), a holder's points are the rows his column grades, and the two 副局长
  are told apart only by the name row. The README's 读得懂的表 knows holders as columns (post over
  name) with a ``√`` under each holder of the row and the level in the row's own level column,
  holder columns under a merged ``防控措施`` each writing his own measures, a matrix of POSTS DOWN and
  points ACROSS whose cells hold the post's level, and level tick columns ``高 | 中 | 低``; it does not
  describe points DOWN and holders ACROSS (post over name) whose cells hold each holder's OWN LEVEL of
  the row's point, with no level column, where a graded cell makes the row a point of that holder at
  that level and ``/`` makes it none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 驻生态环境厅纪检监察组 on 清廉机关 —
行政许可集体审批, 一把手 监督, 政商交往; a 市生态环境分局 “行业清源” — 行政许可, 执法监管, 环境信访, 环境监测,
财务账目; a report on 环境监测数据造假 — 采样器, 不当干预, 约谈; a paper on 安全生产行政许可 — 许可权限, 安全评价,
资质; a comment on 环保执法 自由裁量权 — 排污许可, 受贿, “养鱼执法”; the 消防监督执法廉政建设若干规定 —
廉政承诺, 网上执法, 回避, 责任追究; a 高新区 应急救灾物资管理办法 — 采购, 储备, 调拨, 发放, 回收; the
自然灾害救助条例's articles on 救助资金 and 物资 — 分配, 调拨, 应急采购) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 濮 and 昝 with rare given names); every unit is a body of 同心县 and holds its name.

Run ``python tests/published/score.py --set batch596`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every graded cell (``高``/``中``/``低``) makes the row's point a point of the holder in
  that column (post from the second heading row, name from the third) at THAT level; ``/`` makes it
  none; one form a holder, no 科室 (the table names none); ``防控措施`` names no holder; the ``注：``
  line and the 填表/审核 line are no points; the 局长, 副局长 and 纪检组长 are leaders;
- ``局领导``, ``大队领导``, ``站领导`` (a sheet, a group row, a 所在科室 cell) are the 科室 of those leaders;
  the 应急管理局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a
  大队's 中队, a 局's 股 and a 站's 室 are 科室; a group row ``二、执法一中队`` gives the 科室 ``执法一中队``;
- 局长, 副局长, 大队长, 教导员, 站长, 主任 (of the 储备中心) are leaders; 股长, 中队长 and a 室's 主任 middle;
  the rest (科员, 执法队员, 监测员, 会计, 保管员, 防火监督员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 执法大队's 排查表 names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b596_"
PLACE = "同心县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 班子成员 across: (post, name)
LEADERS = [("局长", "濮瑅岿"), ("副局长", "昝翚岨"), ("副局长", "濮璈沺"), ("纪检组长", "昝旸琎")]

# (廉政风险点, the level under each of LEADERS ("/" where none), 防控措施)
SHARED = [
    ("建设项目环评文件审批“先批后审”、打招呼", ("高", "高", NONE, "中"),
     "环评审批实行集体审查，审批结果网上公示。"),
    ("排污许可证核发降低条件、把关不严", ("中", "高", NONE, NONE),
     "核发材料两级审核，许可证信息全国平台公开。"),
    ("环境违法案件处罚自由裁量畸轻畸重", ("高", NONE, "高", NONE),
     "处罚案件集体审议，严格执行自由裁量基准。"),
    ("干预环境监测数据、授意修改监测结果", ("高", NONE, "中", NONE),
     "领导干部干预监测活动记录报告，数据直传上级平台。"),
    ("环保专项资金项目申报审核把关不严", (NONE, "中", NONE, NONE),
     "项目申报经分局党组会研究，资金拨付集中支付。"),
    ("对企业环境信访举报查处不力、通风报信", (NONE, NONE, "中", "低"),
     "信访件办理全程登记，办结回访。"),
    ("接受管理服务对象宴请、礼品礼金", ("低", NONE, NONE, "低"),
     "签订廉洁承诺书，向企业发放公正廉洁执法监督卡。"),
]  # fmt: skip


def tongxin_ecology_branch_levels_by_leader() -> dict:
    unit = "吴忠市生态环境局同心分局"
    n = len(LEADERS)
    ncols = 2 + n + 1
    sh = _Sheet("班子成员", [6, 40] + [9] * n + [36])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险等级评定表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", ncols)
    top = sh.add(
        "序号", "廉政风险点", "风险等级（按班子成员分别评定）", *([None] * (n - 1)), "防控措施"
    )
    sh.add(None, None, *[post for post, _ in LEADERS], None)
    sh.add(None, None, *[who for _, who in LEADERS], None)
    for c in (0, 1, ncols - 1):
        sh.merge(top, c, top + 2, c)
    sh.merge(top, 2, top, 1 + n)
    for i, (point, levels, measures) in enumerate(SHARED, 1):
        sh.add(i, point, *levels, measures)
    # the truth one form a holder, in the holders' order
    for j, (post, who) in enumerate(LEADERS):
        for point, levels, _measures in SHARED:
            if levels[j] != NONE:
                t.point(sh.name, "", post, who, "leader", point, [], HML[levels[j]])
    _line(
        sh,
        "注：各班子成员在本人姓名下评定所涉风险点的风险等级（高、中、低），不涉及的填“/”。",
        ncols,
    )
    sh.add("填表：", None, "审核：", None, None, "局长（签字）：", None)
    return _layout(
        "tongxin_ecology_branch_levels_by_leader", "http://ynjjjc.gov.cn/html/2023/paizhudongtai_1031/124243.html",
        "(harder) 市生态环境局县分局 领导班子成员廉政风险等级评定表, after the source's 驻生态环境厅纪检监察组 on 清廉机关 (行政许可"
        "集体审批, 一把手 监督, 政商交往): a title, a merged ``单位：…　2025年5月`` line, then a THREE-ROW heading: 序号/"
        "廉政风险点/防控措施 merged down, ``风险等级（按班子成员分别评定）`` merged across four holder columns, under it the "
        "posts (局长, 副局长, 副局长, 纪检组长) and under those the holders' names; ONE ROW A POINT with NO level column: "
        "under every holder whose point it is the HOLDER'S OWN LEVEL 高/中/低 (different holders of a row often "
        "at different levels), ``/`` under the others; no type column; a merged ``注：`` line and a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongxin_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("濮峱翯", "局长", "主持全面工作", [
            ("安全生产行政许可事项不经集体研究", "一级", "许可事项局务会集体研究，结果公开。"),
            ("事故调查处理中说情打招呼、降格处理", "一级", "事故调查报告报县政府批复，全程留痕。"),
        ]),
        ("昝瑊岓", "副局长", "分管危化品、非煤矿山监管", [
            ("危险化学品经营许可现场核查走过场", "一级", "现场核查两人以上，核查记录存档。"),
            ("安全评价机构推荐、指定", "二级", "企业自主选择评价机构，严禁推荐。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("安全生产综合监管股", "股长", "濮汧翃", "middle", "烟花爆竹零售许可审查放宽条件", "一级",
         "零售点布点规划公开，许可结果公示。"),
        ("安全生产综合监管股", "股长", "濮汧翃", "middle", "建设项目安全设施“三同时”审查把关不严", "二级",
         "审查实行专家评审，意见书存档。"),
        ("安全生产综合监管股", "科员", "昝玶岧", "general", "安全培训考核成绩登记不实", "三级", "考核成绩双人登记，系统留痕。"),
        ("防灾减灾救灾股", "股长", "濮琂峘", "middle", "受灾人员生活救助对象审核不严", "一级", "救助对象村评议、乡审核、县审批并公示。"),
        ("防灾减灾救灾股", "科员", "昝瑑沕", "general", "灾情统计数据虚报瞒报", "二级", "灾情数据逐级核查，定期会商。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "tongxin_emergency_bureau_two_sheets", "http://esafety.cn/laodongbaohu/33454.html",
        "县应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 安全生产行政许可 (许可权限, 安全评价机构, "
        "资质, 三同时): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tongxin_ecology_enforcement_posts() -> dict:
    unit = f"{PLACE}生态环境保护综合执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "案件审核", "对违法排污案件降格处理、以罚代管", "制度机制风险", "高",
         "案件集体审议，重大案件法制审核。"),
        ("执法一中队", "中队长", "middle", "现场检查", "检查前通风报信，选择性执法", "岗位职责风险", "高",
         "双随机抽查，执法记录仪全程记录。"),
        ("执法一中队", "中队长", "middle", "排污单位监管", "“养鱼执法”，收受企业好处费", "外部环境风险", "高",
         "执法人员定期轮岗，廉洁执法承诺。"),
        ("执法一中队", "执法队员", "general", "调查取证", "取证不全、笔录不实", "业务流程风险", "中",
         "取证两人以上，证据材料复核。"),
        ("执法二中队", "执法队员", "general", "环境信访处理", "信访件拖延办理、敷衍回复", "思想道德风险", "低",
         "信访件限时办结，回访满意度。"),
        ("执法二中队", "执法队员", "general", "整改复查", "复查走过场，违规销号", "业务流程风险", "中",
         "复查照片存档，分管领导抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "tongxin_ecology_enforcement_posts", "http://www.lnyws.waterseasy.cn/NewsDetail?kid=3898",
        "县生态环境保护综合执法大队 岗位廉政风险点排查表 对岗不对人, after the source's comment on 环保执法 自由裁量权 (排污"
        "许可证, 受贿窝案, “养鱼执法”, 按日计罚): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tongxin_monitoring_station_selfchecks() -> dict:
    unit = f"{PLACE}环境监测站"
    t = _Truth(unit)
    people = [
        ("濮珵峋", "站领导", "站长", "leader", [
            ("授意篡改、伪造监测数据", "Ⅰ级", "监测数据直传，干预记录报告。", "已落实"),
            ("监测仪器设备采购指定品牌", "Ⅱ级", "采购需求集体论证，政府采购。", "未发现问题"),
        ]),
        ("昝璿汭", "分析室", "监测员", "general", [
            ("样品分析结果人为修改", "Ⅰ级", "原始记录三级审核，仪器数据自动留存。", "已落实"),
            ("委托监测收费不入账", "Ⅲ级", "收费统一开票，缴入财政专户。", "已落实"),
        ]),
        ("濮琎湑", "采样室", "监测员", "general", [
            ("采样点位、频次不按规范执行", "Ⅱ级", "采样全程定位拍照。", "未发现问题"),
            ("接受被监测企业宴请", "Ⅲ级", "签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tongxin_monitoring_station_selfchecks", "http://www.readmeok.com/2018-8/10_72790.html",
        "县环境监测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 环境监测"
        "数据造假 (采样器, 不当干预, 约谈): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def tongxin_emergency_enforcement_group_rows() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "昝珰峣", "leader", [
                ("执法计划制定中有意避开关系企业", "一级风险", "执法计划报局党组审定，双随机抽取。"),
                ("行政处罚决定不经集体讨论", "一级风险", "重大处罚集体讨论，法制审核。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "濮瑄岍", "middle", [
                ("非煤矿山执法检查发现隐患不依法处理", "二级风险", "隐患整改闭环管理，复查留痕。"),
            ]),
            ("执法队员", "昝琞沄", "general", [
                ("执法文书制作不规范、事后补签", "二级风险", "文书网上制作，系统留痕。"),
                ("向企业推荐安全设备、中介服务", "三级风险", "严禁推荐，签订承诺书。"),
            ]),
        ]),
        ("三、执法二中队", "执法二中队", [
            ("中队长", "濮璁峧", "middle", [
                ("危化品企业执法检查通风报信", "二级风险", "检查不提前通知，执法记录仪全程记录。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "tongxin_emergency_enforcement_group_rows", "http://yidushi.cjyun.org/p/26187.html",
        "县应急管理综合行政执法大队 廉政风险防控责任清单, after the source's 市生态环境分局 “行业清源” (行政许可, 执法监管, "
        "环境信访, 监测, 财务账目): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、大队领导``, ``二、执法一中队``, ``三、执法二中队`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def tongxin_fire_brigade_cards() -> dict:
    unit = f"{PLACE}消防救援大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "濮珦岺", "大队长", "主持大队全面工作", "leader", [
            ("消防监督执法中为关系单位说情", "★★★", "执法案件网上流转，主官不插手具体案件。"),
            ("营房修缮工程化整为零规避招标", "★★★", "工程项目按规定进入公共资源交易平台。"),
            ("接受社会单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("教导员", "昝琎澔", "教导员", "分管政治工作、经费管理", "leader", [
            ("消防装备采购指定供应商", "★★", "采购需求集体研究，结果公示。"),
            ("政府专职消防员招录把关不严", "★★", "招录考核公开，纪检全程监督。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tongxin_fire_brigade_cards", "http://cqzaitu.com/news/show-24260.html",
        "县消防救援大队 领导干部廉政风险防控卡, one sheet a leader, after the source's 消防监督执法廉政建设若干规定 (廉政承诺, "
        "网上执法, 任职回避, 责任追究): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tongxin_reserve_centre_list() -> dict:
    unit = f"{PLACE}应急物资储备中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "昝瑆岞", "leader", "应急物资采购需求量身定制", "制度机制", "高风险",
         "采购需求集体论证，按政府采购程序实施。"),
        ("中心领导", "主任", "昝瑆岞", "leader", "物资调拨不按审批程序", "岗位职责", "中风险",
         "调拨凭县应急指挥部指令，台账登记。"),
        ("储备管理股", "股长", "濮琡沇", "middle", "物资入库验收数量、质量把关不严", "业务流程", "高风险",
         "验收双人签字，抽检留样。"),
        ("储备管理股", "保管员", "昝琂汭", "general", "过期物资私自处置", "思想道德", "中风险",
         "物资轮换报废经集体研究，处置公开。"),
        ("综合股", "会计", "濮瑓岏", "general", "救灾物资发放签领手续不全", "业务流程", "中风险",
         "发放清册受灾群众签字，乡镇复核。"),
        ("综合股", "会计", "濮瑓岏", "general", "仓储费用支出票据审核不严", "外部环境", "低风险",
         "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "tongxin_reserve_centre_list", "http://www.dzgxq.gov.cn/xxgk-show-4130.html",
        "县应急物资储备中心 岗位廉政风险防控一览表, after the source's 高新区 应急救灾物资管理办法 (采购, 储备, 调拨, 发放, "
        "回收): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def tongxin_earthquake_bureau_register() -> dict:
    unit = f"{PLACE}地震局"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "濮瑒峑", "leader", [
            ("地震监测台站建设项目招标干预", "制度机制", "一级", "项目进入公共资源交易平台。"),
            ("救灾资金分配不按因素法测算", "岗位职责", "二级", "分配方案集体研究并公开。"),
        ]),
        ("震害防御股", "股长", "昝瑐沬", "middle", [
            ("建设工程抗震设防要求审核把关不严", "业务流程", "二级", "审核意见两级会签。"),
        ]),
        ("震害防御股", "科员", "濮璓岜", "general", [
            ("农居抗震改造补助对象认定不实", "外部环境", "一级", "补助对象入户核查，村级公示。"),
            ("宣传品印制虚报数量", "思想道德", "三级", "印制数量验收登记。"),
        ]),
        ("监测预报股", "科员", "昝琕峂", "general", [
            ("监测设备维护费用虚列支出", "业务流程", "一级", "维护记录与支出逐笔核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "tongxin_earthquake_bureau_register", "http://crsrw.com/falvchangshi/137674.html",
        "县地震局 廉政风险点排查登记表, after the source's 自然灾害救助条例 articles (救助资金分配, 物资调拨, 应急采购): a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongxin_ecology_branch_levels_by_leader(),
    tongxin_emergency_bureau_two_sheets(),
    tongxin_ecology_enforcement_posts(),
    tongxin_monitoring_station_selfchecks(),
    tongxin_emergency_enforcement_group_rows(),
    tongxin_fire_brigade_cards(),
    tongxin_reserve_centre_list(),
    tongxin_earthquake_bureau_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch596-inbox"))
