"""The eight-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tax
bodies, 湄潭县 (of 遵义市, 贵州省) — the 国家税务总局湄潭县税务局 and its 办税服务厅, 社会保险费和非税收入股,
税收风险管理局, 稽查局 and 税务分局 (第一, 永兴, 湄江) — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 办税服务厅's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column;
- the 第一税务分局's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 社会保险费和非税收入股's 排查表 对岗不对人: ``工作环节 | 岗位`` (no names), ``…风险`` types, 高/中/低;
- the 税收风险管理局's 责任清单 under GROUP ROWS ``一、局领导`` … ``三、风险应对股`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 稽查局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 永兴税务分局's 一览表 in TWO SHEETS ``分局领导`` (``附件1``, a 填报单位 line, 姓名/职务/分管工作 merged
  per leader) and ``股室``, ``高风险/中风险/低风险``;
- the 湄江税务分局's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``meitan_bureau_online_sheet``: the 县税务局's 岗位廉政风险点在线收集表, an ONLINE SHEET (腾讯文档)
  exported to Excel. Each person logged in and typed the points of his own post; the sheet has NO
  姓名/责任人 column: ``序号 | 所在股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施`` and then the
  system's own columns ``创建人 | 创建时间 | 最后修改人 | 最后修改时间``. The holder of a row is only its
  ``创建人`` (the merged first line says each person types his own post's points and that 创建人 is
  recorded by the system); ``最后修改人`` is often the 办公室 clerk who tidied the wording — himself the
  holder of his own two rows — and is no holder of the rows he only edited. The rows stand in the
  order they were typed, so each holder's rows are scattered among the others'. The README's
  读得懂的表 knows team-task exports whose ``创建者`` is NOT the holder (the ``执行者`` is), survey
  exports (one row a respondent), field-code headings with a data dictionary and hidden or audit
  columns; it does not describe an online collection sheet whose only holder is the system's
  ``创建人`` column beside a ``最后修改人`` naming another person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 税务人员违法违纪行政处分暂行规定 —
擅自缓缴税款, 礼品礼金, 宴请, 借钱; 办税服务厅服务规范 — 窗口, 导税, 投诉; 非正常户认定管理办法 —
实地核查, 解除; 税务机关社保费征收办法 — 缴费基数, 欠费, 退费; 税务 “首违不罚”; a thesis on 税务稽查
廉政风险 — 选案, 检查, 审理, 执行; 社会保险费 税务征缴 in a 县 — 覆盖面, 征缴率; 全责征收社保费 —
登记, 核定, 稽核) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 雍 and 郏 with rare given
names); every unit is a body of 湄潭县.

Run ``python tests/published/score.py --set batch806`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is a point of its ``创建人``, with the row's 所在股室 and 岗位; one form a
  holder, his rows gathered from wherever they stand; ``最后修改人``, ``创建时间`` and ``最后修改时间`` name
  no holder and are no points; the merged first line is no point;
- ``局领导``, ``厅领导``, ``分局领导`` (a 股室 cell or a group row) are the 科室 of those leaders; the
  永兴税务分局's leaders (sheet ``分局领导``, no 科室 column) and the 第一税务分局's cards have no 科室;
  a group row ``二、风险分析股`` gives the 科室 ``风险分析股``;
- 局长, 副局长, 稽查局长, 分局长 and 副分局长 are leaders; 股长 and the 办税服务厅's 主任 middle; the rest
  (科员, 税收管理员, 专管员, 窗口人员, 检查员, 执行员, 分析员, 导税员, 应对人员) general;
- the 社会保险费和非税收入股 is a 股 of the 县税务局, so its file's unit is ``湄潭县税务局`` (the title's
  words before the 股) and the 股 its 科室 — the same body as the harder file's 国家税务总局湄潭县税务局,
  the one pair of layouts sharing a body (first written with the 股 itself as the unit and no 科室,
  a mistake of ours against the convention that a 局's 股 is a 科室, fixed after the first
  measurement); its list names no person: its forms are posts (对岗不对人); its ``工作环节`` names no
  post and is no point;
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

PREFIX = "b806_"
PLACE = "湄潭县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
BUREAU = f"国家税务总局{PLACE}税务局"
SHORT = f"{PLACE}税务局"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

CLERK = "郏昳澴"
# the online sheet's rows in the order they were created:
# (所在股室, 岗位, 创建人, tier, 廉政风险点, 风险等级, 防控措施, 创建时间, 最后修改人, 最后修改时间)
ONLINE = [
    ("办公室", "科员", CLERK, "general", "公务接待超标准、超范围安排，虚列接待费用", "二级",
     "接待凭公函和审批单，费用公务卡结算。", "2025-03-10 09:12", CLERK, "2025-03-10 09:12"),
    ("征收管理股", "股长", "雍蓠峋", "middle", "非正常户认定和解除不按规定程序办理", "一级",
     "认定、解除结果系统留痕，法制股按月抽查。", "2025-03-10 10:05", CLERK, "2025-03-12 16:40"),
    ("局领导", "局长", "郏镕汶", "leader", "干预税务行政处罚裁量，为关系户说情", "一级",
     "处罚案件集体审理，领导干部插手过问登记报告。", "2025-03-10 11:37", "郏镕汶", "2025-03-10 11:37"),
    ("法制股", "科员", "雍砚澧", "general", "适用“首违不罚”清单把关不严，该罚不罚", "二级",
     "首违不罚案件逐户登记，法制审核后方可办结。", "2025-03-10 15:20", "雍砚澧", "2025-03-10 15:20"),
    ("征收管理股", "股长", "雍蓠峋", "middle", "擅自批准纳税人延期缴纳税款", "一级",
     "延期缴纳一律报县局集体审批，不得个人决定。", "2025-03-10 15:48", "雍蓠峋", "2025-03-10 15:48"),
    ("局领导", "副局长", "郏琎岫", "leader", "社保费欠费清缴中对参保单位选择性执法", "二级",
     "欠费清单公开，清缴进度按月通报。", "2025-03-11 08:56", CLERK, "2025-03-12 16:52"),
    ("办公室", "科员", CLERK, "general", "办公用品和物业服务采购化整为零、规避比价", "三级",
     "采购三家以上比价，验收双人签字。", "2025-03-11 09:30", CLERK, "2025-03-11 09:30"),
    ("法制股", "科员", "雍砚澧", "general", "行政复议案件材料审查走过场", "三级",
     "复议案件两人以上承办，审查意见存档。", "2025-03-11 14:02", CLERK, "2025-03-12 17:05"),
    ("局领导", "局长", "郏镕汶", "leader", "接受纳税人宴请、礼品礼金或向纳税人借款", "二级",
     "签订廉洁从税承诺书，节假日前廉政提醒。", "2025-03-11 16:44", "郏镕汶", "2025-03-11 16:44"),
    ("局领导", "副局长", "郏琎岫", "leader", "分管的社保费退费审核不严，违规退费", "一级",
     "退费经股室初审、分管局领导审核，按月复核。", "2025-03-12 10:18", "郏琎岫", "2025-03-12 10:18"),
]  # fmt: skip


def meitan_bureau_online_sheet() -> dict:
    unit = BUREAU
    sh = _Sheet("岗位廉政风险点收集", [6, 12, 8, 40, 9, 34, 9, 17, 10, 17])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年岗位廉政风险点在线收集表（各人登录腾讯文档后逐条填写本人岗位的廉政风险点，"
          "创建人、创建时间等由系统自动记录，请勿修改）", 10)  # fmt: skip
    sh.add("序号", "所在股室", "岗位", "廉政风险点", "风险等级", "防控措施",
           "创建人", "创建时间", "最后修改人", "最后修改时间")  # fmt: skip
    for i, (dept, post, who, _tier, point, lv, measures, made, by, when) in enumerate(ONLINE, 1):
        sh.add(i, dept, post, point, lv, measures, who, made, by, when)
    # the truth one form a holder (the 创建人), in the order each first created a row
    order: list[str] = []
    for row in ONLINE:
        if row[2] not in order:
            order.append(row[2])
    for who in order:
        for dept, post, creator, tier, point, lv, _m, _made, _by, _when in ONLINE:
            if creator == who:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "meitan_bureau_online_sheet", "http://fsou.com/html/text/chl/128/12886_2.html",
        "(harder) 县税务局 岗位廉政风险点在线收集表, an online sheet (腾讯文档) exported to Excel, after the source's "
        "税务人员违法违纪行政处分暂行规定 (擅自决定缓缴税款, 接受纳税人礼品礼金和宴请, 向纳税人借钱): a merged first "
        "line telling each person to type the points of his own post and saying 创建人/创建时间 are recorded by the "
        "system, then ``序号 | 所在股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施 | 创建人 | 创建时间 | 最后修改人 | "
        "最后修改时间``: NO 姓名/责任人 column — the holder of each row is only its system column ``创建人``; "
        "``最后修改人`` is often the 办公室 clerk who tidied the wording (himself a holder of his own rows) and is "
        "no holder of the rows he only edited; rows in the order they were typed, so each holder's rows are "
        "scattered among the others'; ``一级/二级/三级``, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def meitan_tax_hall_list() -> dict:
    unit = f"{SHORT}办税服务厅"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("厅领导", "主任", "雍湲琠", "middle", "窗口人员调配和叫号管理中为熟人开“绿色通道”", "二级",
         "叫号系统全程留痕，插号须主任登记。"),
        ("厅领导", "主任", "雍湲琠", "middle", "纳税人投诉处理压案不办、大事化小", "二级", "投诉件逐件登记，办结回访。"),
        ("综合服务窗口", "窗口受理岗", "郏淯璠", "general", "代开发票审核不严，为无真实交易者代开", "一级",
         "代开发票核验合同和付款凭证，系统比对。"),
        ("综合服务窗口", "窗口受理岗", "郏淯璠", "general", "向纳税人推荐涉税中介或指定代理记账", "二级",
         "窗口公示不得推荐中介的承诺，开展暗访。"),
        ("综合服务窗口", "发票发售岗", "雍岣晖", "general", "超量发售发票或为非正常户发售发票", "一级",
         "发票发售量由系统核定，超量须审批。"),
        ("导税咨询区", "导税员", "郏岍珧", "general", "借政策辅导之机收受纳税人礼品", "三级", "导税台公开监督电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "meitan_tax_hall_list", "http://fengdujob.net/go/办税服务厅服务规范有哪些.html",
        "县税务局办税服务厅 岗位廉政风险防控一览表, after the source's 办税服务厅服务规范 (窗口, 叫号, 导税, 首问责任, "
        "投诉): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def meitan_first_branch_cards() -> dict:
    unit = f"{SHORT}第一税务分局"
    t = _Truth(unit)
    cards = [
        ("分局长", "雍琚漪", "分局长", "主持分局全面工作，分管非正常户管理", "leader", [
            ("非正常户解除时不追缴税款和罚款即予解除", "★★★", "解除前核实欠税、罚款缴清情况，集体研究。"),
            ("辖区企业定额核定调整中优亲厚友", "★★★", "定额调整经典型调查、集体审议并公示。"),
            ("接受管户企业安排的娱乐活动", "★", "严守中央八项规定精神，定期开展家访。"),
        ]),
        ("税收管理员", "郏蔚洇", "税收管理员", "负责城区个体工商户和小微企业管户", "general", [
            ("实地核查走过场，未按规定认定非正常户", "★★", "实地核查双人进行，拍照留存。"),
            ("为管户企业通风报信，透露检查信息", "★★★", "管户定期轮换，检查信息保密。"),
            ("利用管户便利向纳税人推销商品", "★", "签订承诺书，纳税人回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★表示高风险，★★表示中风险，★表示低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "meitan_first_branch_cards", "http://fengdujob.net/go/国家税务总局非正常户认定管理办法最新.html",
        "县税务分局 廉政风险防控卡, one sheet a person, after the source's 非正常户认定管理办法 (实地核查, 认定, 解除, "
        "追缴税款和罚款): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def meitan_social_insurance_posts() -> dict:
    unit = SHORT
    dept = "社会保险费和非税收入股"
    sh = _Sheet("排查表", [6, 16, 12, 36, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险点排查表", 7)
    sh.add("序号", "工作环节", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("股长", "middle", "社保费缴费基数核定", "对参保单位申报的缴费基数审核把关不严", "岗位职责风险", "高",
         "缴费基数与个税工资薪金数据比对。"),
        ("股长", "middle", "欠费追缴", "欠费追缴中擅自减免滞纳金", "制度机制风险", "高", "滞纳金减免一律报局务会研究。"),
        ("征收专管员", "general", "社保费退费", "违规为缴费人办理重复缴费退费", "业务流程风险", "中",
         "退费与人社部门核对后办理，双人复核。"),
        ("征收专管员", "general", "灵活就业人员缴费", "代缴费人操作缴费并收取现金", "思想道德风险", "中",
         "严禁代收现金，缴费一律线上或银行办理。"),
        ("非税收入专管员", "general", "非税收入征收", "非税收入征收项目和标准执行不严", "业务流程风险", "低",
         "征收项目和标准窗口公示。"),
        ("非税收入专管员", "general", "数据传递", "泄露缴费单位和个人的参保信息", "外部环境风险", "中",
         "数据查询权限分级设置，查询留痕。"),
    ]  # fmt: skip
    for n, (post, tier, step, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    sh.add("编制：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "meitan_social_insurance_posts", "http://fengdujob.net/go/税务机关社保费征收办法最新修订.html",
        "县税务局社会保险费和非税收入股 岗位廉政风险点排查表 对岗不对人, after the source's 税务机关社保费征收办法 (缴费基数, "
        "欠费, 退费, 灵活就业人员): a title, 序号/工作环节/岗位/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def meitan_risk_bureau_group_rows() -> dict:
    unit = f"{SHORT}税收风险管理局"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "雍沺翚", "leader", [
                ("风险应对任务推送时人为筛选、剔除关系户", "一级风险", "任务由系统推送，剔除须集体审议并留痕。"),
                ("风险应对结果审核中降低补税金额", "一级风险", "审核意见与应对报告一并归档备查。"),
            ]),
        ]),
        ("二、风险分析股", "风险分析股", [
            ("股长", "郏璐岨", "middle", [
                ("风险指标模型设置偏向性，泄露指标阈值", "二级风险", "指标模型经集体审定，阈值保密管理。"),
            ]),
            ("分析员", "雍瓒岑", "general", [
                ("分析识别中对疑点企业不予推送", "二级风险", "疑点清单双人复核。"),
            ]),
        ]),
        ("三、风险应对股", "风险应对股", [
            ("应对人员", "郏澐琚", "general", [
                ("对“首违不罚”情形滥用，应罚未罚", "二级风险", "不予处罚案件报法制股审核。"),
                ("应对过程中接受企业宴请", "三级风险", "应对工作两人以上进行，全程记录。"),
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
        "meitan_risk_bureau_group_rows", "http://fengdujob.net/go/国家税务总局首违不罚从哪年开始实施.html",
        "县税收风险管理局 廉政风险防控责任清单, after the source's page on 税务 “首违不罚” (清单, 首次违法, 及时纠正, "
        "不予处罚): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、风险分析股``, ``三、风险应对股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def meitan_inspection_selfchecks() -> dict:
    unit = f"{SHORT}稽查局"
    t = _Truth(unit)
    people = [
        ("雍峄潆", "局领导", "稽查局长", "leader", [
            ("选案环节人为干预，指定或撤换检查对象", "Ⅰ级", "选案由系统随机抽取，人工选案集体研究。", "已落实"),
            ("审理环节对定性和处罚意见打招呼", "Ⅰ级", "重大案件提交重大案件审理委员会审理。", "未发现问题"),
        ]),
        ("郏昕濉", "检查股", "检查员", "general", [
            ("检查中隐瞒违法事实，少补税款", "Ⅰ级", "检查两人以上，底稿交叉复核。", "已落实"),
            ("向被查对象泄露举报人信息", "Ⅱ级", "举报信息专人管理，严格保密。", "已落实"),
        ]),
        ("雍浥琨", "执行股", "执行员", "general", [
            ("执行环节对欠缴税款不及时采取强制措施", "Ⅱ级", "执行台账按月更新，超期预警。", "未发现问题"),
            ("查封扣押财物保管处置不规范", "Ⅲ级", "财物登记造册，处置公开拍卖。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "meitan_inspection_selfchecks", "http://www.bzhlmm.com/guanlilei/gongshangguanli/xixinguanli/8949.html",
        "县税务稽查局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's thesis on "
        "税务稽查廉政风险 (选案, 检查, 审理, 执行 四环节的风险点): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def meitan_yongxing_branch_two_sheets() -> dict:
    unit = f"{SHORT}永兴税务分局"
    t = _Truth(unit)
    lead = _Sheet("分局领导", [6, 9, 9, 20, 38, 9, 34])
    lead.add("附件1")
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    _line(lead, f"填报单位：{unit}{GAP * 10}填报时间：2025年4月", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("雍玹蘧", "分局长", "主持全面工作", [
            ("茶叶加工企业税收优惠备案审核打招呼", "高风险", "优惠备案资料由股室审核，分局长不得单独决定。"),
            ("辖区社保费征缴率考核数据弄虚作假", "中风险", "征缴数据以系统为准，定期与人社部门对账。"),
        ]),
        ("郏暾岷", "副分局长", "分管社保费和非税收入", [
            ("对欠缴社保费的参保单位不及时催缴", "中风险", "欠费清单按月下达，催缴情况通报。"),
        ]),
    ]  # fmt: skip
    n = 0
    first = len(lead.rows)
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("股室", [6, 14, 12, 9, 38, 9, 34])
    _line(staff, f"{unit}股室人员廉政风险防控一览表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "雍甯洹", "middle", "经费报销审核不严，虚列会议培训费", "中风险", "报销单据经办、审核、审批三签。"),
        ("税源管理股", "税收管理员", "郏淙岵", "general", "新增参保单位登记时漏登、少登参保人员", "高风险",
         "参保登记与企业用工数据比对。"),
        ("税源管理股", "税收管理员", "郏淙岵", "general", "个体工商户定期定额核定中收受好处", "高风险", "定额核定集体审议并张榜公示。"),
        ("税源管理股", "社保费专管员", "雍晗岍", "general", "为缴费人违规补缴或调整缴费年限", "低风险", "补缴业务按规定报人社部门核定。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, d, post, who, point, lv, measures)
        t.point(staff.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "meitan_yongxing_branch_two_sheets", "https://21ks.net/haowen/66843.html",
        "县税务分局 廉政风险防控一览表 in TWO SHEETS, after the source's pieces on 社会保险费 税务征缴 in a 县 (参保单位, "
        "覆盖面, 征缴率, 欠费): sheet 分局领导 with ``附件1``, a 填报单位/填报时间 line and 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; ``高风险/中风险/低风险``; no type column",
        [lead, staff], t,
    )  # fmt: skip


def meitan_meijiang_branch_register() -> dict:
    unit = f"{SHORT}湄江税务分局"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "郏骥湍", "leader", [
            ("社保费稽核结果处理中从轻处理", "制度机制", "一级", "稽核处理意见集体研究。"),
            ("分局公务用车私用", "思想道德", "三级", "派车单登记，车辆定点停放。"),
        ]),
        ("征收股", "股长", "雍潏琭", "middle", [
            ("社保费核定中擅自调整缴费基数", "岗位职责", "一级", "核定数据与人社部门推送数据比对。"),
        ]),
        ("征收股", "专管员", "郏烜岱", "general", [
            ("为缴费单位隐瞒少报职工人数", "外部环境", "二级", "开展参保人数与个税申报人数比对。"),
            ("社保费征收票据管理混乱", "业务流程", "二级", "票据专人保管，领用核销登记。"),
        ]),
        ("征收股", "窗口人员", "雍埕昉", "general", [
            ("违规为他人查询缴费记录", "业务流程", "三级", "查询凭授权，系统留痕。"),
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
        "meitan_meijiang_branch_register", "https://fx361.cc/page/2020/0109/14487126.shtml",
        "县税务分局 廉政风险点排查登记表, after the source's article on 税务机关 全责征收社保费 (登记, 核定, 征收, 稽核, "
        "处罚): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    meitan_bureau_online_sheet(),
    meitan_tax_hall_list(),
    meitan_first_branch_cards(),
    meitan_social_insurance_posts(),
    meitan_risk_bureau_group_rows(),
    meitan_inspection_selfchecks(),
    meitan_yongxing_branch_two_sheets(),
    meitan_meijiang_branch_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch806-inbox"))
