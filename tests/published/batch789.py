"""The seven-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's commerce and
grain bodies, 广灵县 (of 大同市, 山西省) — the 商务局, the 粮食和物资储备中心, the 招商服务中心, the 市场服务中心,
the 电子商务服务中心, the 粮油购销有限责任公司 and the 商务综合行政执法大队 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 in TWO SHEETS: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column, a 制表 line;
- the 电子商务服务中心's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), 高/中/低, a ``注：`` line and a sign-off line;
- the 粮食和物资储备中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short types, ``一级风险/二级风险/
  三级风险``; no names;
- the 市场服务中心's 自查表, one sheet a person: a label row ``姓　名 | 科　室 | 职　务 | 自查时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``自查人签名：``;
- the 招商服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级/二级/三级``;
- the 粮油购销有限责任公司's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …``, a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line, 持卡人（签字）;
- the 商务综合行政执法大队's 登记表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``guangling_grain_reserve_depot_odd_even``: the 国家粮食储备库's 领导班子廉政风险防控清单 is ARRANGED BY
  BUSINESS, not by person: ``序号 | 业务事项 | 风险点 | 风险等级 | 防控措施``, the ``业务事项`` (粮食收购, 储备粮轮换,
  仓储保管, 仓房维修和设备采购) merged over TWO rows each, the first the 主任's decision-side risk, the second
  the 副主任's execution-side risk; no 岗位 or 姓名 column, and the holders are given only by the PARITY of
  the 序号 in the closing note (``序号为单数的由主任糜偲璠负责，序号为双数的由副主任相翥琰负责``). So the
  rows of one holder are not adjacent: they alternate down the list. The README's 读得懂的表 knows a
  分工 table or note naming point-number RANGES (``第1至3项``), 序号 restarting per holder with the holders
  named in order in a 说明, holders told apart by the numbering style of the 序号, levels given by 序号 in
  a note and holders named by the worksheet's row numbers; it does not describe holders assigned by odd
  and even 序号, interleaved row by row under a business-keyed list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 粮食领域反腐 — 旧粮卖新粮,
升溢粮, 靠粮吃粮; a report on 粮食购销 腐败 and 涉粮 专项巡视; a note on 托市收购 by 中储粮 and 竞价销售;
a 商务部 note on 农贸市场 “双百市场工程” — 建设标准, 验收规范, 专项审计; a 商务局 on 农贸市场标准化建设 and
奖补资金申报; a news item on 招商引资 节俭务实 — 规模, 宴请, 礼品, 成果数据不浮夸; a note on 电子商务进农村
示范县 考评 — 服务商 选择, 任人唯亲, 资金; a 成品油市场专项整治 — 黑加油站, 联合执法, 保护伞) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 糜 and 相 with rare given names); every unit is a body of 广灵县
(its name holds 广灵县).

Run ``python tests/published/score.py --set batch789`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose 序号 is odd is the 主任's point, a row whose 序号 is even the 副主任's, as
  the closing ``注：`` says; one form a holder, no 科室 (the 库's leaders); the ``业务事项`` is no point
  and no 科室; the note and the sign-off line are no points;
- ``局领导``, ``中心领导``, ``大队领导``, ``公司领导`` are the 科室 of those leaders where a cell or group row says so;
  the 商务局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 股, 科, 室, 部 or 中队 is a 科室;
- 局长, 副局长, 主任, 副主任, 大队长, 经理, 副经理 are leaders; 股长, 科长, 部长, 中队长 middle; the rest
  (股员, 会计, 出纳, 保管员, 检查员, 执法队员, 运营专员, 项目专员, 收费员) general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/
  低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b789_"
PLACE = "广灵县"
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

# the holders by the parity of the 序号: odd, even
ODD = ("主任", "糜偲璠")
EVEN = ("副主任", "相翥琰")

# (业务事项, [(the 主任's point, level, measures), (the 副主任's point, level, measures)])
MATTERS = [
    ("粮食收购", [
        ("收购计划向关系户倾斜，违规委托无资质经纪人代收", "一级", "收购计划经库务会研究，委托收购一律签订合同并公示。"),
        ("扦样检验中压级压价或抬级抬价，水分杂质扣量随意", "二级", "扦样、检验、检斤分岗操作，检验结果当场告知售粮人。"),
    ]),
    ("储备粮轮换", [
        ("轮换中以陈顶新、虚购虚销“转圈粮”套取差价", "一级", "轮换计划报县发改局批准，轮入粮源凭票据和检验报告入库。"),
        ("轮出时应入未入“升溢粮”，账外经营", "一级", "出库升溢逐仓核算入账，月末账实核对。"),
    ]),
    ("仓储保管", [
        ("虚增保管损耗形成“损耗粮”私自处置", "二级", "损耗按定额核销，超定额损耗查明原因报主管部门。"),
        ("库存数量、质量问题隐瞒不报，账实不符", "二级", "每季度库存自查，发现问题即时报告。"),
    ]),
    ("仓房维修和设备采购", [
        ("仓房维修、烘干设备采购指定施工单位和供货商", "一级", "维修和采购项目按限额进入县公共资源交易平台。"),
        ("维修工程验收走过场、签证工程量虚增", "三级", "验收邀请县粮食和物资储备中心参加，签证双人复核。"),
    ]),
]  # fmt: skip


def guangling_grain_reserve_depot_odd_even() -> dict:
    unit = f"{PLACE}国家粮食储备库"
    sh = _Sheet("清单", [6, 14, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子廉政风险防控清单", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "业务事项", "风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    rows: dict[tuple[str, str], list] = {ODD: [], EVEN: []}
    for matter, pair in MATTERS:
        for (point, lv, measures), holder in zip(pair, (ODD, EVEN), strict=True):
            n += 1
            sh.add(n, matter, point, lv, measures)
            rows[holder].append((point, lv))
    _merge_down(sh, first, [(1, lambda row: row[1])])
    for holder in (ODD, EVEN):
        post, who = holder
        for point, lv in rows[holder]:
            t.point(sh.name, "", post, who, "leader", point, [], GRADES[lv])
    _line(
        sh,
        f"注：1．本清单按业务事项排列，每项列两条风险点，序号为单数的由{ODD[0]}{ODD[1]}负责，"
        f"序号为双数的由{EVEN[0]}{EVEN[1]}负责。2．风险等级分一级、二级、三级，一级最高。",
        5,
    )
    sh.add("填表：办公室", None, "审核：", None, "主任（签字）：")
    return _layout(
        "guangling_grain_reserve_depot_odd_even", "http://m.szhgh.com/show.php?classid=44&id=304714",
        "(harder) 县国家粮食储备库 领导班子廉政风险防控清单, after the source's report on 粮食领域反腐 (旧粮卖新粮, 靠粮吃粮, "
        "升溢粮, 转圈粮, 损耗粮): a title, a merged 填报单位/date line, then 序号/业务事项/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施 ARRANGED BY BUSINESS, each 业务事项 merged over two rows; no 岗位 or 姓名 column: the closing ``注：`` "
        "gives the odd 序号 to the 主任 and the even 序号 to the 副主任, so each holder's rows alternate with the other's; "
        "a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guangling_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 40, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "糜崟玥", "主持全面工作", [
            ("农贸市场改造项目承办单位确定中个人说了算", "一级", "项目承办单位经局党组会集体研究，结果公示。"),
            ("商贸流通专项资金分配向关系企业倾斜", "一级", "资金分配因素法测算，分配方案公开。"),
        ]),
        ("副局长", "相墐柘", "分管市场建设、流通业发展", [
            ("农贸市场建设项目验收降低标准", "一级", "按建设标准和验收规范组织联合验收，验收资料存档。"),
            ("项目资金专项审计结论不落实", "二级", "审计发现问题建立整改台账，逐项销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场建设股", "股长", "糜颀溆", "middle", "农贸市场档口布局、分区方案审核收受好处", "二级",
         "布局方案经专家和经营户代表评议。"),
        ("市场建设股", "股员", "相彧瑱", "general", "项目申请验收材料审核不严", "二级", "材料清单化审核，双人签字。"),
        ("流通发展股", "股长", "糜珰岚", "middle", "消费品以旧换新补贴审核把关不严、重复补贴", "一级",
         "补贴信息系统比对，名单公示。"),
        ("办公室", "会计", "相棨沣", "general", "专项资金拨付不按进度和验收结果", "二级", "拨付凭验收单和审计报告，按月对账。"),
        ("办公室", "出纳", "糜黛漪", "general", "现金和票据保管不善", "三级", "现金日清月结，票据专人登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "guangling_commerce_bureau_two_sheets",
        "http://tese5.com/html/hangyetese/hangyeshice/2009/1224/44456.html",
        "县商务局 廉政风险防控一览表 in TWO SHEETS, after the source's 商务部 note on 农贸市场 “双百市场工程” (建设标准, 验收规范, "
        "验收材料, 专项审计): sheet 局领导 with 职务/姓名/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def guangling_ecommerce_center_list() -> dict:
    unit = f"{PLACE}电子商务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "相昉菡", "leader", [
            ("电商进农村示范项目服务商选择任人唯亲", "制度机制风险", "高", "服务商公开招标，评标专家随机抽取。"),
            ("擅自更改示范项目实施方案、扩大支持范围", "岗位职责风险", "高", "方案调整报县政府批准并备案。"),
        ]),
        ("项目管理科", "科长", "糜縠澄", "middle", [
            ("村级电商服务站点建设数量虚报", "业务流程风险", "高", "站点逐个实地核验，拍照定位存档。"),
        ]),
        ("项目管理科", "项目专员", "相椿翎", "general", [
            ("电商培训人数、课时弄虚作假", "业务流程风险", "中", "培训签到人脸识别，影像资料留存。"),
            ("接受服务商宴请、礼品", "思想道德风险", "中", "签订廉洁承诺书，服务商监督卡。"),
        ]),
        ("运营服务科", "运营专员", "糜湑瑾", "general", [
            ("农产品上行补助对象审核不实", "外部环境风险", "低", "补助对象公示，交易流水核对。"),
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
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, "2025年6月", None)
    return _layout(
        "guangling_ecommerce_center_list", "http://xz.waaku.com/infoview191_13328236.html",
        "县电子商务服务中心 岗位廉政风险防控一览表, after the source's note on 电子商务进农村 示范县 绩效考评 (擅自更改实施方案, "
        "扩大实施范围, 服务商选择 任人唯亲, 资金投入和使用): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def guangling_grain_reserve_center_posts() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 12, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "涉粮问题线索压案不查", "岗位职责", "一级风险", "线索统一登记，办理结果向县纪委监委通报。"),
        ("中心领导", "主任", "leader", "地方储备粮承储企业选定暗箱操作", "制度机制", "一级风险", "承储企业公开竞争选定，结果公示。"),
        ("粮食监管科", "科长", "middle", "库存检查走过场，对账实不符问题不追究", "业务流程", "二级风险",
         "检查人员交叉互查，问题清单报主管部门。"),
        ("粮食监管科", "检查员", "general", "收购资格审核不严", "业务流程", "二级风险", "审核材料双人复核，名单公开。"),
        ("物资储备科", "保管员", "general", "应急物资出入库不登记、私自出借", "思想道德", "三级风险", "物资出入库凭审批单，每月盘点。"),
        ("财务室", "会计", "general", "储备粮利息费用补贴拨付不按实际库存", "制度机制", "一级风险", "补贴按核定库存拨付，年终清算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "guangling_grain_reserve_center_posts",
        "https://zh.hk01.com/中国观察/781424/粮食反腐-14省级粮官落马千人被查-黑龙江省粮仓-硕鼠-最多",
        "县粮食和物资储备中心 岗位廉政风险点排查表 对岗不对人, after the source's report on 粮食反腐 (涉粮问题专项巡视, 粮仓“硕鼠”, "
        "粮食购销领域专项整治): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def guangling_market_center_selfchecks() -> dict:
    unit = f"{PLACE}市场服务中心"
    t = _Truth(unit)
    people = [
        ("相骁沅", "中心领导", "主任", "leader", [
            ("农贸市场建设奖补资金申报材料弄虚作假", "Ⅰ级", "申报材料集体审核，奖补结果公示。"),
            ("摊位招租不公开、优亲厚友", "Ⅱ级", "摊位使用权公开竞价，结果张榜。"),
        ]),
        ("糜璜燊", "市场管理科", "科长", "middle", [
            ("对经营户违规行为以罚代管、选择性处理", "Ⅱ级", "处理决定科务会研究，台账公开。"),
            ("接受经营户宴请、礼品", "Ⅲ级", "签订承诺书，设立举报箱。"),
        ]),
        ("相嫱岫", "市场管理科", "收费员", "general", [
            ("市场管理费收取不开票、截留", "Ⅰ级", "收费一律使用统一票据，日清日缴。"),
            ("擅自减免摊位费", "Ⅱ级", "减免须经主任审批，每月公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "科　室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("自查人签名：", None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "guangling_market_center_selfchecks", "http://www.chxf.gov.cn/Article/show/id/10759.html",
        "县市场服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 商务局 on 农贸市场 "
        "标准化建设 (场内布局, 建设规范, 奖补资金申报): a title, a label row ``姓　名 | 科　室 | 职　务 | 自查时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``自查人签名： | 主任审核：``",
        sheets, t,
    )  # fmt: skip


def guangling_investment_center_group_rows() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "糜芃渲", "leader", [
                ("招商引资成果数据虚报、浮夸", "一级", "签约项目逐个核实，落地情况跟踪通报。"),
                ("招商活动规模、人数超标，奢侈宴请", "二级", "招商活动方案事前报批，费用公开。"),
            ]),
        ]),
        ("二、项目服务科", "项目服务科", [
            ("科长", "相筼泽", "middle", [
                ("为客商办理手续中吃拿卡要", "一级", "代办事项清单化，办结后回访。"),
                ("招商优惠政策兑现审核不严", "一级", "兑现材料联审，兑现结果公示。"),
            ]),
            ("项目专员", "糜绮珖", "general", [
                ("接受客商礼品、旅游安排", "二级", "签订廉洁承诺书，节前提醒。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("会计", "相靓涔", "general", [
                ("招商经费报销审核不严", "二级", "报销凭活动审批单和清单。"),
                ("以招商名义列支与招商无关的开支", "三级", "经费支出每季度公开。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "guangling_investment_center_group_rows", "https://zzrb.zynews.cn/html/2014-02/13/content_545587.htm",
        "县招商服务中心 廉政风险防控责任清单, after the source's news on 招商工作 节俭务实 (控制规模、人数和成本, 奢侈宴请, 赠送礼品, "
        "成果数据不搞浮夸): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、项目服务科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def guangling_grain_company_cards() -> dict:
    unit = f"{PLACE}粮油购销有限责任公司"
    t = _Truth(unit)
    cards = [
        ("经理", "糜馥岘", "经理", "主持全面工作，分管政策性收购", "leader", [
            ("托市收购中拒收、限收或变相压价", "★★★", "收购价格和质量标准挂牌公示。"),
            ("政策性粮食竞价销售中串通买方", "★★★", "竞价销售一律进入粮食交易中心。"),
            ("收购费用补贴虚列", "★★", "补贴按实际收购量核算，接受审计。"),
        ]),
        ("副经理", "相琚漪", "副经理", "分管仓储、销售出库", "leader", [
            ("出库环节设卡刁难买方、收取“出库费”", "★★★", "出库流程公开，设置举报电话。"),
            ("销售货款回笼不及时", "★★", "货款先款后货，每月对账。"),
            ("接受粮商宴请", "★", "严守中央八项规定精神。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导人员廉政风险防控卡", 4)
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
        "guangling_grain_company_cards", "http://elitesmokeshopnj.com/news/20110308/444.html",
        "县粮油购销有限责任公司 领导人员廉政风险防控卡, one sheet a leader, after the source's report on 托市收购 (最低收购价预案, "
        "操作不当, 竞价销售, 收储): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def guangling_commerce_enforcement_register() -> dict:
    unit = f"{PLACE}商务综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "糜琏澂", "leader", "为黑加油站点充当“保护伞”", "外部环境", "高风险",
         "联合执法行动方案集体研究，查处结果公开。"),
        ("大队领导", "大队长", "糜琏澂", "leader", "成品油案件处罚畸轻畸重", "制度机制", "中风险", "执行裁量基准，重大案件集体审议。"),
        ("执法中队", "中队长", "相晔瑨", "middle", "检查前向加油站泄露检查信息", "岗位职责", "高风险", "双随机抽取检查对象。"),
        ("执法中队", "执法队员", "糜菁莪", "general", "暂扣油品、储油罐登记保管不规范", "业务流程", "中风险", "暂扣物品清单签字，专库存放。"),
        ("执法中队", "执法队员", "相瀛桉", "general", "执法中接受经营者宴请", "思想道德", "低风险", "签订廉洁执法承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "guangling_commerce_enforcement_register",
        "http://www.bbczb.com.cn/xinwenpindao/guoneixinwen/63479.html",
        "县商务综合行政执法大队 岗位廉政风险点登记表, after the source's 成品油市场专项整治 (黑加油站, 储油点, 联合执法队, 暂扣柴油, "
        "关系网和保护伞): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guangling_grain_reserve_depot_odd_even(),
    guangling_commerce_bureau_two_sheets(),
    guangling_ecommerce_center_list(),
    guangling_grain_reserve_center_posts(),
    guangling_market_center_selfchecks(),
    guangling_investment_center_group_rows(),
    guangling_grain_company_cards(),
    guangling_commerce_enforcement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch789-inbox"))
