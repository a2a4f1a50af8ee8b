"""The seven-hundred-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry
and grassland bodies, 围场满族蒙古族自治县 (of 承德市, 河北省) — its 林业和草原局, 国有北沟林场,
森林草原防火指挥中心, 林业工作总站, 草原监理所, 木材检查站, 林业有害生物防治检疫站 and 森林草原消防专业队 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国有北沟林场's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short ``风险类型``,
  高/中/低, a ``备注`` column and a ``注：`` line;
- the 森林草原防火指挥中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``岗位职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 林业工作总站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 草原监理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、监测站`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 木材检查站's 自查表, one sheet a person: a label row ``姓　名 | 所在班组 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 林业有害生物防治检疫站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``, a sign-off line.

One is harder:

- ``weichang_fire_brigade_oa_forms``: the 森林草原消防专业队's 岗位廉政风险点申报审批单 EXPORTED FROM
  THE OA SYSTEM, one sheet a 流程 (tabs named by the 流程编号): a header block of label | value pairs
  ``流程编号 | … | 流程名称 | 岗位廉政风险点申报 | 紧急程度 | 普通``, ``申请人 | <name> | 申请部门 | <dept> |
  申请日期 | …``, ``岗　位 | <post> | 所属单位 | <unit> | 当前状态 | 已归档``; then a merged ``申报明细``
  band over ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施 | 备注`` rows; then a merged ``审批记录``
  band over ``节点名称 | 审批人 | 职务 | 审批意见 | 审批时间 | 用时`` rows naming the APPROVERS (发起,
  部门负责人审核, 单位负责人审批, 纪检监察员备案) with their posts. The holder of the points is the
  ``申请人`` alone (his 申请部门 the 科室, his 岗　位 the post); the approvers, though named with their
  posts in a table of their own, hold none of the sheet's points (one of them is himself the
  申请人 of another sheet). The README's 读得懂的表 knows 填表人/填报人/持卡人/自查人/编制人 label
  lines, an audit working-paper header (编制人 | 复核人), a 登记台账 with 排查人 | 被排查人 and a
  ``录入人`` column; it does not describe an OA 审批单 whose holder is the ``申请人`` of the header and
  whose 审批记录 table (节点 | 审批人 | 职务 | 意见) under the list names other people with posts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (国家林草局's 建设项目使用林地审核审批
管理规范 — 申请材料, 现场查验, 审核审批; 国有林场改革监测 — 改革进展, 职工, 基础设施; a 森林草原防火
包县督导 — 十户联保, 火源管控, 隐患排查整治, 护林员APP; a 林木采伐管理办法 — 采伐许可, 伐区; a 牧场
草原监理所 — 草原法宣传, 执法监督; a 木材检查站 on 林地征占用 — 限额管理, 林木补偿费; a 苗木产地
检疫规定 — 产地检疫, 检疫证书; a 乡 森林火灾应急处置预案 — 防火指挥部, 扑救, 物资准备) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 阚 and 麻 with rare given names); every unit is a body of
围场满族蒙古族自治县.

Run ``python tests/published/score.py --set batch773`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet is one form: the ``申请人`` with his ``申请部门`` (科室) and ``岗　位``;
  the 审批记录's people (审批人 and their 职务) are no holders and its rows no points; ``发起`` names
  the 申请人 again; ``流程编号``, ``当前状态``, ``申请日期`` are no points; the 队长 (a leader) files under
  申请部门 ``队部``;
- ``局领导`` (sheet, no 科室 column) and the cards' leaders have no 科室; ``场领导``, ``所领导`` (a 科室
  cell, a group row) are the 科室 of those leaders; a group row ``二、执法股`` gives the 科室 ``执法股``;
- every body is a unit of its own: 局长, 副局长, 场长, 副场长, 主任, 副主任, 所长, 站长, 队长 are
  leaders; 股长, a 中队长, a 监测站's 负责人 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``备注`` are no points and name no holder; the 林业工作总站's list names no person (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b773_"
PLACE = "围场满族蒙古族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (流程编号, 申请人, 申请部门, 岗位, tier, 申请日期, points, approvals)
# points: (风险点, 风险类别, 风险等级, 防控措施); approvals: (节点, 审批人, 职务, 意见, 时间, 用时)
FLOWS = [
    ("LC20250312007", "阚翥岍", "扑火一中队", "中队长", "middle", "2025-03-12", [
        ("扑火机具、风力灭火机领用登记不实，私自外借", "业务流程", "中", "机具出入库双人登记，每月盘点。"),
        ("防火期临时扑火队员出勤虚报冒领补助", "岗位职责", "高", "出勤每日点名拍照，补助名单公示。"),
        ("扑火现场油料、给养报销虚开票据", "制度机制", "中", "油料定点加注，给养凭清单报账。"),
        ("接受林区承包户宴请，放松火源检查", "思想道德", "低", "签订廉洁承诺书，检查两人同行。"),
    ], [
        ("发起", "阚翥岍", "中队长", "提交", "2025-03-12 09:14", "—"),
        ("部门负责人审核", "麻蕤澧", "副队长", "同意。", "2025-03-12 15:02", "5小时48分"),
        ("单位负责人审批", "阚觐璠", "队长", "同意，按时限落实。", "2025-03-13 08:40", "17小时38分"),
        ("纪检监察员备案", "麻篪岫", "纪检监察员", "已备案", "2025-03-13 10:05", "1小时25分"),
    ]),
    ("LC20250313002", "麻蕤澧", "队部", "副队长", "leader", "2025-03-13", [
        ("防火物资采购化整为零规避政府采购", "制度机制", "高", "物资采购按政府采购目录执行，集体研究。"),
        ("专业队员招录政审、体测把关不严", "岗位职责", "中", "招录方案公示，体测全程录像。"),
        ("防火车辆维修、加油费用审核不严", "业务流程", "中", "车辆一车一档，维修定点、报账附清单。"),
    ], [
        ("发起", "麻蕤澧", "副队长", "提交", "2025-03-13 10:31", "—"),
        ("单位负责人审批", "阚觐璠", "队长", "同意。", "2025-03-13 16:20", "5小时49分"),
        ("纪检监察员备案", "麻篪岫", "纪检监察员", "已备案", "2025-03-14 09:12", "16小时52分"),
    ]),
    ("LC20250314005", "阚觐璠", "队部", "队长", "leader", "2025-03-14", [
        ("营房维修、瞭望塔建设项目插手干预招投标", "外部环境", "高", "项目进入县公共资源交易中心，全程留痕。"),
        ("“三重一大”事项个人说了算", "制度机制", "高", "队务会集体研究，会议纪要存档。"),
        ("专项防火经费挤占挪用", "业务流程", "中", "经费专账核算，接受县林业和草原局审计。"),
    ], [
        ("发起", "阚觐璠", "队长", "提交", "2025-03-14 08:55", "—"),
        ("纪检监察员备案", "麻篪岫", "纪检监察员", "已备案", "2025-03-14 11:30", "2小时35分"),
    ]),
]  # fmt: skip


def weichang_fire_brigade_oa_forms() -> dict:
    unit = f"{PLACE}森林草原消防专业队"
    t = _Truth(unit)
    sheets = []
    for code, who, dept, post, tier, day, points, approvals in FLOWS:
        sh = _Sheet(code, [14, 40, 12, 12, 36, 14])
        _line(sh, "岗位廉政风险点申报审批单", 6)
        sh.add("流程编号", code, "流程名称", "岗位廉政风险点申报", "紧急程度", "普通")
        sh.add("申请人", who, "申请部门", dept, "申请日期", day)
        sh.add("岗　位", post, "所属单位", unit, "当前状态", "已归档")
        sh.add()
        _line(sh, "申报明细", 6)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "备注")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        _line(sh, "审批记录", 6)
        sh.add("节点名称", "审批人", "职务", "审批意见", "审批时间", "用时")
        for node in approvals:
            sh.add(*node)
        sh.add("打印人：系统管理员", None, None, None, "打印时间：2025-03-20 14:02", None)
        sheets.append(sh)
    return _layout(
        "weichang_fire_brigade_oa_forms", "http://www.xiangyun.gov.cn/xyxrmzf/xxgkml/202212/d463677d216d4166bb60a958e188ac91.shtml",
        "(harder) 县森林草原消防专业队 岗位廉政风险点申报审批单 EXPORTED FROM THE OA SYSTEM, after the source's 乡 森林火灾应急处置预案 "
        "(森林防火指挥部, 扑救, 物资准备, 林草站): one sheet a 流程 (tab = 流程编号), a header block of label | value pairs "
        "(流程编号/流程名称/紧急程度, 申请人/申请部门/申请日期, 岗　位/所属单位/当前状态), a merged 申报明细 band over "
        "序号/风险点/风险类别/风险等级 高/中/低/防控措施/备注, then a merged 审批记录 band over 节点名称/审批人/职务/审批意见/审批时间/"
        "用时 naming the approvers with their posts; the 申请人 alone holds the sheet's points; a 打印人/打印时间 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weichang_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阚蕤汧", "局长", "主持全面工作", [
            ("建设项目使用林地审核意见受人情干扰", "一级", "使用林地审核经局党组会研究，审核意见公开。"),
            ("造林绿化工程项目指定施工单位", "一级", "工程项目进入县公共资源交易中心招标。"),
        ]),
        ("麻觐沣", "副局长", "分管资源管理、林政执法", [
            ("林木采伐限额分配不公", "一级", "采伐限额分配方案集体研究并公示。"),
            ("林政案件查处以罚代刑、降格处理", "二级", "案件查处经法制审核、集体讨论。"),
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
        ("资源管理股", "股长", "阚篪沄", "middle", "使用林地现场查验走过场，查验表填写不实", "一级",
         "现场查验两人以上，查验照片存档。"),
        ("资源管理股", "股员", "麻甪璇", "general", "使用林地申请材料受理不一次性告知", "三级",
         "受理实行一次性告知，材料清单公开。"),
        ("计划财务股", "股长", "阚甪琨", "middle", "天然林保护资金拨付不及时、不足额", "二级",
         "资金拨付台账逐月核对，接受审计。"),
        ("计划财务股", "会计", "麻夔汭", "general", "森林生态效益补偿资金报账审核不严", "二级",
         "补偿资金报账经会计、股长、分管领导三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "weichang_forestry_bureau_two_sheets", "http://sl724.com/article-55595-165677.html",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 建设项目使用林地审核审批管理规范 (申请材料, 现场查验, "
        "审核审批, 监管): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column; a 制表/审核/date line",
        [lead, dept], t,
    )  # fmt: skip


def weichang_beigou_farm_list() -> dict:
    unit = f"{PLACE}国有北沟林场"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 11, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("场领导", "场长", "阚翥湄", "leader", [
            ("森林抚育、造林工程验收把关不严", "岗位职责", "高", "工程验收邀请县林业和草原局参加，验收结果公示。", None),
            ("林场职工绩效工资分配不公开", "制度机制", "中", "分配方案经职工大会通过。", None),
        ]),
        ("场领导", "副场长", "麻蘼琛", "leader", [
            ("护林员选聘优亲厚友", "思想道德", "中", "护林员选聘公开报名、考核、公示。", "新增"),
        ]),
        ("营林股", "股长", "阚蕤岵", "middle", [
            ("伐区调查设计蓄积量多报少报", "业务流程", "高", "伐区设计成果由技术人员交叉复核。", None),
            ("苗木采购以次充好、虚报数量", "外部环境", "中", "苗木到场验收双人签字，抽样检疫。", None),
        ]),
        ("财务股", "出纳", "麻缙澴", "general", [
            ("管护站经费现金支付不入账", "业务流程", "低", "经费一律公务卡或转账支付。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分高、中、低三级；备注栏注明本年度新增的风险点。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年5月", None, None)
    return _layout(
        "weichang_beigou_farm_list", "https://0798ci.com/law/16485.html",
        "县国有林场 岗位廉政风险防控一览表, after the source's 国有林场改革监测 通知 (改革进展, 职工满意度, 基础设施建设, 样本林场): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施/备注; a ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def weichang_fire_command_cards() -> dict:
    unit = f"{PLACE}森林草原防火指挥中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阚靓澥", "主任", "主持中心全面工作，负责森林草原防火督导检查", "leader", [
            ("防火督导检查“四不两直”流于形式，隐患整改不跟踪", "★★", "督导问题建立台账，逐条销号。"),
            ("防火项目资金安排向关系户倾斜", "★★★", "项目资金安排集体研究，结果公示。"),
            ("接受乡镇、林场宴请", "★", "严守中央八项规定精神，下乡自带工作餐。"),
        ]),
        ("副主任", "麻羿琚", "副主任", "负责火源管控、宣传教育和护林员管理", "leader", [
            ("护林员巡护APP考核数据弄虚作假", "★★", "巡护轨迹每月抽查，考核结果公示。"),
            ("“十户联保”补助名单审核不严", "★★★", "补助名单村级公示，乡镇审核，中心复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "weichang_fire_command_cards", "http://218.28.6.71:81/Qikan/Article/Detail?id=7104621776",
        "县森林草原防火指挥中心 岗位廉政风险防控卡, one sheet a leader, after the source's 森林草原防火包县督导 (“四不两直”, "
        "“十户联保”, 火源管控, 风险隐患排查整治, 护林员APP): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def weichang_forestry_station_posts() -> dict:
    unit = f"{PLACE}林业工作总站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "采伐许可审核", "对不符合条件的林木采伐申请违规出具审核意见", "岗位职责风险", "高",
         "采伐审核实行受理、初审、审核分离，结果公开。"),
        ("林政资源股", "技术员", "general", "伐区调查设计", "伐区设计虚增采伐蓄积，为申请人多采多伐提供便利", "业务流程风险", "高",
         "伐区设计抽查复核，设计人员签字负责。"),
        ("林政资源股", "技术员", "general", "伐后验收", "伐后验收不到现场，超采、更新不到位不处理", "制度机制风险", "中",
         "伐后验收现场拍照定位，验收记录存档。"),
        ("林权服务股", "股长", "middle", "林权流转审核", "林权流转审核中收受好处，违规办理", "思想道德风险", "中",
         "流转合同审核两人签字，办理结果公示。"),
        ("林权服务股", "办事员", "general", "林权证明出具", "违规出具林权权属证明", "外部环境风险", "低",
         "证明出具登记台账，定期核查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "weichang_forestry_station_posts",
        "https://www.zhetiaohe.com/ss/7325a84bbe26bb256dae26f6f995851737bf4786d6b8e6aaf46c950ec389e38fcec896300fa3001f478143f08a96dc2ff081e94ac271cad6.html",
        "县林业工作总站 岗位廉政风险点排查表 对岗不对人, after the source's 林木采伐管理办法 解读 (采伐许可, 伐区, 伐后更新): a title, "
        "序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def weichang_grassland_supervision_group_rows() -> dict:
    unit = f"{PLACE}草原监理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "阚夔屺", "leader", [
                ("草原征占用审核中违规出具意见", "一级风险", "征占用审核集体研究，现场勘验两人以上。"),
                ("草原执法案件说情打招呼、降格处理", "一级风险", "执法案件法制审核，说情干预登记报告。"),
            ]),
        ]),
        ("二、执法股", "执法股", [
            ("股长", "麻骥沭", "middle", [
                ("禁牧休牧巡查中发现违规放牧不处理", "二级风险", "巡查全程执法记录仪记录，每周通报。"),
            ]),
            ("执法员", "阚罍琛", "general", [
                ("草畜平衡核查数据弄虚作假", "二级风险", "核查数据乡村两级签字确认，随机抽查。"),
                ("暂扣牧畜、器具保管不当或私自处置", "三级风险", "暂扣物品登记造册，专库存放。"),
            ]),
        ]),
        ("三、监测站", "监测站", [
            ("负责人", "麻霪琊", "middle", [
                ("草原生态补奖面积监测数据不实", "二级风险", "监测样地定位拍照，数据复核存档。"),
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
        "weichang_grassland_supervision_group_rows", "http://nmwwt.org/html/4xwgz/20150525/108782.html",
        "县草原监理所 廉政风险防控责任清单, after the source's 牧场草原监理所 (草原监理队伍, 草原法宣传, 执法监督): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、执法股``, ``三、监测站`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def weichang_timber_checkpoint_selfchecks() -> dict:
    unit = f"{PLACE}木材检查站"
    t = _Truth(unit)
    people = [
        ("阚鞠珰", "站领导", "站长", "leader", [
            ("木材运输检查放行关系车辆", "Ⅰ级", "检查全程视频监控，放行登记。", "已落实"),
            ("没收木材处置不按规定公开拍卖", "Ⅱ级", "没收木材委托拍卖，结果公示。", "未发现问题"),
        ]),
        ("麻鞠岈", "检查一班", "检查员", "general", [
            ("对无证运输木材不登记、不移交", "Ⅰ级", "查获情况当班登记，次日移交执法队。", "已落实"),
            ("收受货主烟酒、现金", "Ⅲ级", "签订廉洁承诺书，检查站公开监督电话。", "已落实"),
        ]),
        ("阚骥瀚", "检查二班", "检查员", "general", [
            ("征占用林地林木运输凭证核对不严", "Ⅱ级", "凭证与采伐审批信息联网核对。", "未发现问题"),
            ("夜间值守脱岗，检查记录补写", "Ⅲ级", "值守记录即时填写，站长不定期抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在班组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "weichang_timber_checkpoint_selfchecks", "https://fx361.cc/page/2023/0324/21512570.shtml",
        "县木材检查站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 木材检查站 on "
        "林地征占用 (限额管理, 林木补偿费, 征用程序): a title, a label row ``姓　名 | 所在班组 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def weichang_pest_quarantine_list() -> dict:
    unit = f"{PLACE}林业有害生物防治检疫站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "麻瓒屾", "leader", "松材线虫病防治项目发包暗箱操作", "制度机制", "高风险",
         "防治项目公开招标，除治效果第三方检查。"),
        ("站领导", "站长", "麻瓒屾", "leader", "防治药剂、器械采购指定供应商", "外部环境", "中风险",
         "药剂器械按政府采购程序采购。"),
        ("检疫股", "股长", "阚瓒岈", "middle", "苗木产地检疫不到现场即出具检疫证书", "岗位职责", "高风险",
         "产地检疫现场取样拍照，证书网上签发留痕。"),
        ("检疫股", "检疫员", "阚霪琊", "general", "调运检疫中收受货主好处放宽标准", "思想道德", "中风险",
         "调运检疫两人办理，检疫结果可追溯。"),
        ("测报股", "测报员", "麻罍沄", "general", "病虫害监测数据漏报、瞒报", "业务流程", "低风险",
         "监测数据每周上报，站长抽查复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "weichang_pest_quarantine_list",
        "https://www.zhetiaohe.com/ss/98f08c3b0b44eb5e63837a79ad05a4e6d6ee4ab3c43d494d9fac7573afeb155547dacc183df12a0e4f235a9dadb23fb2.html",
        "县林业有害生物防治检疫站 岗位廉政风险防控一览表, after the source's 苗木产地检疫规定 (产地检疫, 检疫证书, 调运检疫): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weichang_fire_brigade_oa_forms(),
    weichang_forestry_bureau_two_sheets(),
    weichang_beigou_farm_list(),
    weichang_fire_command_cards(),
    weichang_forestry_station_posts(),
    weichang_grassland_supervision_group_rows(),
    weichang_timber_checkpoint_selfchecks(),
    weichang_pest_quarantine_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch773-inbox"))
