"""The nine-hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管、
税务 and 商务 bodies, 丁青县 (昌都市, 西藏自治区) — its 市场监督管理局, the 尺牍市场监督管理所, the
市场监管综合行政执法大队, the 税务局 and its 尺牍税务分局, the 商务局, the 电子商务公共服务中心 and
the 商贸流通服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed
in WPS or Excel:

- the 市场监督管理局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  高/中/低 and a ``注：`` line;
- the 商务局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 尺牍市场监督管理所's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务
  | …`` and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 电子商务公共服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 市场监管综合行政执法大队's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 所在中队 | 职　务 | 填表日期`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``,
  ``自查结果``, no type column;
- the 尺牍税务分局's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 商贸流通服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``.

One is harder:

- ``dingqing_tax_bureau_levels_by_assessment``: the 税务局's 岗位廉政风险点排查评估表, an ordinary
  list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险研判 | 防控措施``, 股室 merged, 岗位
  and 姓名 merged per person, short types) with NO LEVEL COLUMN: each row's ``风险研判`` cell says in
  a sentence of its own how likely the risk is and how much harm it would do (``…，发生可能性大；一旦
  发生造成税款流失，危害严重``, ``…，发生可能性一般；危害较重``, ``…发生可能性小；…危害轻微``), and a
  ``注：`` line under the table grades by the two judgements together, as a 3×3 matrix written out in
  words: 可能性大且危害严重、可能性大且危害较重、可能性一般且危害严重 → 一级; 可能性大且危害轻微、
  可能性一般且危害较重、可能性小且危害严重 → 二级; the rest → 三级. The README's 读得懂的表 and
  docs/layouts.md know levels from two factor COLUMNS (``发生可能性 | 影响程度``, each 高/中/低 or
  1–3, by the usual 3×3 matrix or a printed 判定矩阵), from a risk map, from LEC and weighted
  scores, from a column of a few fixed values named in a note (``监督检查频次``), from a free-text
  history column by the KIND of evidence it cites (巡察/审计 …), from words in the point; they do
  not describe levels given by a free-text 研判 cell that states BOTH judgements in prose (大/一般/
  小 of 可能性, 严重/较重/轻微 of 危害, among other words), combined by a note's matrix.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (西藏's 市场监管局 and its 行政执法
公示 — 行政许可、行政处罚、行政强制、行政检查; a town 市场监督管理所's work — 个体工商户登记, 食品安全
巡查, 消费维权; 行政处罚裁量基准 and the cases behind it; 税收风险 预警指标 and their analysis; the
税收管理员 and his 管户; a 商务局's 招商引资项目遴选评审; 电子商务进农村综合示范 — 县级公共服务中心,
村级服务站, 物流配送, 培训; a 酒类流通市场 整治 — 随附单, 经营许可) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare compound surnames 公仪 and 达奚 with rare given names); every unit is a body of
丁青县.

Run ``python tests/published/score.py --set batch969`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one the ``注：`` line gives the pair of judgements
  its ``风险研判`` cell states (可能性 大/一般/小 as high/middle/low, 危害 严重/较重/轻微 likewise:
  high×high, high×middle, middle×high → 1; high×low, middle×middle, low×high → 2; the rest → 3);
  that column is no point, no description and no level word; its types are the short names of its
  ``风险类型`` column;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``中心领导``, ``大队领导`` (a 股室 cell, a group
  row, a 所在中队 value) are the 科室 of those leaders; a 局's 股, a 中心's 部 and a 大队's 中队 are 科室;
- the 局, the 所, the 分局, the 中心 and the 大队 are units of their own: 局长, 副局长, 所长, 分局长,
  主任 (of a 中心) and 大队长 are leaders; 股长, 部长 (of a 中心's 部) and 中队长 middle; the rest
  general; the 所 and the 分局 name no 科室 (the score also takes a 镇's 站所 written as unit 'XX镇'
  and 科室 '…所', not a 局's 分局 so written);
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and
  ``填表日期`` are no points and name no holder; the 分局's list names no person: its forms are posts;
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

PREFIX = "b969_"
PLACE = "丁青县"
TAX = f"国家税务总局{PLACE}税务局"
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

# the 研判 cell's words for each judgement, high / middle / low
LIKELIHOOD = {"可能性大": 1, "可能性一般": 2, "可能性小": 3}
HARM = {"危害严重": 1, "危害较重": 2, "危害轻微": 3}
# the note's matrix: (likelihood, harm) -> level
MATRIX = {
    (1, 1): 1, (1, 2): 1, (2, 1): 1,
    (1, 3): 2, (2, 2): 2, (3, 1): 2,
    (2, 3): 3, (3, 2): 3, (3, 3): 3,
}  # fmt: skip


def assessed_level(text: str) -> int:
    """The level the harder file's ``注：`` line gives the two judgements a 研判 cell states."""
    likely = [v for k, v in LIKELIHOOD.items() if k in text]
    harm = [v for k, v in HARM.items() if k in text]
    assert len(likely) == 1 and len(harm) == 1, text
    return MATRIX[(likely[0], harm[0])]


# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险研判, 防控措施)])
BY_ASSESSMENT = [
    ("局领导", "局长", "达奚翃", "leader", [
        ("重大税务案件审理中干预审理意见", "制度机制",
         "重大案件涉税金额大、领导意见左右审理结论，发生可能性一般；一旦发生造成国家税款流失，危害严重",
         "重大税务案件一律提交审理委员会集体审理，领导干预登记报告。"),
        ("干部选拔任用中个人说了算", "思想道德",
         "党委会议事规则健全、选任全程纪实，发生可能性小；一旦发生损害选人用人公信力，危害严重",
         "干部选任方案党委会集体研究，考察结果公示。"),
    ]),
    ("征收管理股", "股长", "公仪嶷", "middle", [
        ("违规批准纳税人延期缴纳税款", "岗位职责",
         "近年延期申请逐年增多、审核依赖个人判断，发生可能性大；造成税款不能及时入库，危害严重",
         "延期缴税申请股长初审、局长审批，资料报市局备案。"),
        ("非正常户认定、解除把关不严", "业务流程",
         "认定解除由系统推送、人工核实，发生可能性一般；造成发票失控，危害较重",
         "非正常户实地核查两人以上，解除前核清欠税和罚款。"),
    ]),
    ("纳税服务股", "窗口受理员", "达奚玥澄", "general", [
        ("为关系人违规代开发票、超量发售发票", "外部环境",
         "窗口直接面对纳税人、请托较多，发生可能性大；造成虚开发票，危害较重",
         "代开发票一律查验合同和身份，超量发售由股长审批。"),
        ("泄露纳税人涉税信息", "思想道德",
         "查询权限分级、操作全程留痕，发生可能性小；一旦泄露侵害纳税人权益，危害较重",
         "涉税信息查询实行权限管理，按月抽查查询日志。"),
    ]),
    ("社会保险费和非税收入股", "经办员", "公仪汋", "general", [
        ("灵活就业人员缴费基数核定不实、人情少缴", "岗位职责",
         "缴费基数由参保人自选档次、经办员核对，发生可能性一般；单笔金额小，危害轻微",
         "缴费档次由系统校验，经办员每月交叉复核。"),
        ("社保费退费审核不严、重复退费", "业务流程",
         "退费审核依赖人工比对缴费记录，发生可能性大；涉及金额有限，危害轻微",
         "退费实行经办、复核、审批三岗分离，退费台账按月核对。"),
    ]),
]  # fmt: skip


def dingqing_tax_bureau_levels_by_assessment() -> dict:
    unit = TAX
    sh = _Sheet("排查表", [6, 14, 11, 10, 32, 10, 40, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查评估表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险研判", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_ASSESSMENT:
        for point, typ, judged, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, judged, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), assessed_level(judged))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：本表不单设风险等级栏，各风险点的风险等级按“风险研判”栏对发生可能性和危害程度的研判确定："
              "可能性大且危害严重、可能性大且危害较重、可能性一般且危害严重的，为一级风险；可能性大且危害轻微、"
              "可能性一般且危害较重、可能性小且危害严重的，为二级风险；其余为三级风险。", 8)  # fmt: skip
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "dingqing_tax_bureau_levels_by_assessment", "http://www.35331.cn/lhs_o3yjzqu6mtpl01f01cffuu4krjajk7kjrg7akgg_1.html",
        "(harder) 县税务局 岗位廉政风险点排查评估表, after the source's analysis of thirty 税收风险 预警指标 (which "
        "risks each indicator flags): a title, 序号/股室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 (short names)/``风险研判`` (free text stating BOTH how likely the risk is — "
        "可能性大/一般/小 — and how much harm it would do — 危害严重/较重/轻微)/防控措施 with NO LEVEL COLUMN, and a "
        "``注：`` line grading by the two judgements as a 3×3 matrix in words (大×严重, 大×较重, 一般×严重 一级; "
        "大×轻微, 一般×较重, 小×严重 二级; the rest 三级); a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dingqing_market_bureau_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公仪翚", "leader", "重大行政处罚决定不经法制审核、集体讨论，个人拍板", "制度机制风险", "高",
         "重大执法决定一律经法制审核和局务会集体讨论，结果按规定公示。"),
        ("局领导", "局长", "公仪翚", "leader", "为亲友经营的企业在登记、检查中打招呼", "思想道德风险", "中",
         "领导干部插手干预市场监管事项登记报告，定期廉政谈话。"),
        ("登记注册股", "股长", "达奚沨", "middle", "对材料不全的市场主体违规办理设立登记", "岗位职责风险", "高",
         "登记材料一次性告知，审核结果系统留痕、股长复核。"),
        ("登记注册股", "股长", "达奚沨", "middle", "收受好处后违规将企业移出经营异常名录", "业务流程风险", "中",
         "移出名录前核实整改情况，移出决定两人审核。"),
        ("食品药品安全监管股", "监管员", "公仪玕", "general", "食品经营许可现场核查走过场、接受商户宴请", "外部环境风险", "高",
         "现场核查两人以上，核查记录拍照存档。"),
        ("食品药品安全监管股", "监管员", "公仪玕", "general", "食品抽检前泄露抽检计划和抽样对象", "岗位职责风险", "中",
         "抽检计划保密，抽样单双人签字。"),
        ("质量发展和计量股", "计量员", "达奚璟", "general", "计量器具强制检定中少检、漏检，收受好处", "思想道德风险", "低",
         "强检计划公示，检定记录按月抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "dingqing_market_bureau_list", "http://amr.xizang.gov.cn/content/xzzfgsxx/5fb22e7564a8a135a327c8c9.htm",
        "县市场监督管理局 岗位廉政风险防控一览表, after the source's 行政执法公示制度 of 西藏's 市场监管局 (行政许可、"
        "行政处罚、行政强制、行政检查 made public, 随机抽查事项清单, 法制审核): a title, 序号/股室 merged/职务 and 姓名 "
        "merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/"
        "date line",
        [sh], t,
    )  # fmt: skip


def dingqing_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("公仪瑀", "局长", "主持全面工作，分管招商引资", [
            ("招商引资项目遴选评审中为关系企业开绿灯", "一级", "招商项目经评审小组集体评审，评审意见存档。"),
            ("招商引资优惠政策兑现个人决定", "一级", "兑现事项经局党组会研究，兑现结果公示。"),
        ]),
        ("达奚岍", "副局长", "分管商贸流通、电子商务", [
            ("电子商务进农村项目资金拨付签批把关不严", "一级", "项目资金按验收进度拨付，经办、复核、审批分离。"),
            ("成品油零售经营资格初审中接受请托", "二级", "初审意见两人会签，结果报市商务局复核。"),
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
    dept = _Sheet("股室", [6, 16, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("商贸流通股", "股长", "公仪珝", "middle", "商贸流通项目申报材料审核不实", "一级", "申报材料现场核验，审核意见两人签字。"),
        ("商贸流通股", "股长", "公仪珝", "middle", "酒类流通随附单检查走过场", "二级", "检查记录拍照上传，股长每季度抽查。"),
        ("对外贸易和招商股", "经办员", "达奚漪", "general", "外贸发展专项资金申报审核不严", "二级", "申报企业资料与海关、税务数据比对。"),
        ("对外贸易和招商股", "经办员", "达奚漪", "general", "招商引资奖励台账登记不实", "三级", "奖励台账每半年与财政拨付记录核对。"),
        ("办公室", "出纳", "公仪沄", "general", "专项资金未按合同进度提前拨付", "二级", "资金支付凭合同、验收单和审批单办理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dingqing_commerce_bureau_two_sheets",
        "http://tracking-services.com/xxgk/zzjg/zfjg/qysswj/bmwji/content/post_1642720.html",
        "县商务局 廉政风险防控一览表 in TWO SHEETS, after the source's reading of a 商务局's 招商引资项目遴选评审办法 "
        "(准入标准, 事前评估评审, 项目跟进服务及监督管理): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def dingqing_market_station_cards() -> dict:
    unit = f"{PLACE}市场监督管理局尺牍市场监督管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "达奚濯", "所长", "主持全所工作，负责个体工商户登记和食品经营许可初审", "leader", [
            ("个体工商户登记中收受好处、优亲厚友", "★★★", "登记事项网上办理，登记结果每月公示。"),
            ("食品经营许可现场核查中降低标准", "★★★", "现场核查两人以上，核查表双签字。"),
            ("对辖区商户违法行为压案不查", "★★", "案件线索登记编号，报县局法制股备案。"),
        ]),
        ("市场监管员", "公仪晗", "市场监管员", "辖区食品安全日常巡查和消费维权", "general", [
            ("日常巡查记录不实、漏查", "★★", "巡查使用执法记录仪，记录上传系统。"),
            ("消费投诉调解中偏袒经营者", "★", "调解结果告知投诉人，所长抽查回访。"),
        ]),
        ("协管员", "达奚珂", "协管员", "协助巡查和收集违法线索", "general", [
            ("协助收取的罚没款不及时上缴", "★★", "罚没款一律通过银行缴纳，协管员不收现金。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dingqing_market_station_cards", "https://www.bkwk.cn/article/swsscjdgljcqscjdgls.html",
        "县市场监管局的基层所 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's account of "
        "a 城区市场监督管理所's work (个体工商户登记, 食品安全 巡查, 消费维权, 行政执法): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dingqing_ecommerce_center_group_rows() -> dict:
    unit = f"{PLACE}电子商务公共服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "公仪彧", "leader", [
                ("第三方运营服务商、培训机构选定中暗箱操作", "一级风险", "服务商公开比选，比选结果公示。"),
                ("中心设备采购验收把关不严", "二级风险", "验收小组三人以上，验收单归档。"),
            ]),
        ]),
        ("二、运营服务部", "运营服务部", [
            ("部长", "达奚璘", "middle", [
                ("村级电商服务站建设补助审核不实", "一级风险", "服务站逐站实地验收，补助名单公示。"),
            ]),
            ("运营专员", "公仪璐", "general", [
                ("农特产品网销数据虚报、套取奖补资金", "二级风险", "网销数据与平台后台、物流单据比对。"),
                ("电商培训签到造假、虚报培训人数", "二级风险", "培训人脸签到，补贴按实到人数结算。"),
            ]),
        ]),
        ("三、物流配送部", "物流配送部", [
            ("配送员", "达奚瑨", "general", [
                ("快递物流补贴核发时虚报配送单量", "三级风险", "配送单量以系统数据为准，每月抽查。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "dingqing_ecommerce_center_group_rows", "http://www.djfd.net/571.html",
        "县电子商务公共服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's notice on 电子商务进农村综合示范 "
        "(县级电商公共服务中心, 乡村服务站点, 物流配送, 培训, 资金不得用于平台建设与流量购买): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、中心领导``, ``二、运营服务部``, "
        "``三、物流配送部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dingqing_market_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}市场监管综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("公仪鹓", "大队领导", "大队长", "leader", [
            ("行政处罚裁量中同案不同罚、畸轻畸重", "Ⅰ级", "严格执行处罚裁量基准，案件集体讨论。", "已落实"),
            ("涉案物品处置不按规定公开拍卖", "Ⅰ级", "涉案物品登记造册，处置经法制审核。", "已落实"),
        ]),
        ("达奚珣", "执法一中队", "中队长", "middle", [
            ("案件调查取证中接受当事人吃请", "Ⅱ级", "调查取证两人以上，全程执法记录。", "未发现问题"),
            ("罚没款未执行罚缴分离", "Ⅰ级", "罚没款一律由当事人到银行缴纳。", "已落实"),
        ]),
        ("公仪翛", "执法二中队", "执法队员", "general", [
            ("执法检查前通风报信", "Ⅱ级", "检查对象双随机抽取，检查时间保密。", "未发现问题"),
            ("执法文书制作不规范、事后补填", "Ⅲ级", "执法文书当场制作，法制员逐案审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dingqing_market_enforcement_selfchecks", "https://www.jzcmfw.com/fyldhtjffl/2976434.html",
        "县市场监管综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "account of 行政处罚裁量基准 and its cases (违法情节, 处罚幅度, 同案不同罚): a title, a label row ``姓　名 | 所在中队 | "
        "职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; "
        "no type column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def dingqing_tax_branch_posts() -> dict:
    unit = f"{TAX}尺牍税务分局"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("分局长", "leader", "减免税备案审核", "为不符合条件的纳税人审核通过减免税备案", "岗位职责", "高风险",
         "减免税备案资料两人审核，按季度报县局抽查。"),
        ("分局长", "leader", "个体定额核定", "个体工商户定额核定随意调整、人情定税", "制度机制", "高风险",
         "定额核定经分局集体审议，核定结果张榜公示。"),
        ("税收管理员", "general", "纳税评估", "评估中降低调整额、以补代罚", "外部环境", "中风险",
         "评估结论分局集体审议，管户定期轮换。"),
        ("税收管理员", "general", "漏征漏管户清理", "发现漏征漏管户不报、收受好处", "思想道德", "中风险",
         "漏征漏管户与市场监管登记信息每季度比对。"),
        ("征收员", "general", "税款征收", "收取税款不开完税凭证、截留税款", "业务流程", "低风险",
         "税款一律通过银行端缴纳，完税凭证联号使用。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "dingqing_tax_branch_posts", "https://www.shui5.cn/article/f0/158204.html",
        "县税务局的税务分局 岗位廉政风险点排查表 对岗不对人, after the source's 税收管理员工作制度 (管户, 税源监控, 纳税评估, "
        "漏征漏管, 定期轮换): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dingqing_trade_circulation_center_list() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "达奚峣", "leader", "农贸市场摊位分配中优亲厚友", "制度机制", "一级",
         "摊位分配公开摇号，结果现场公示。"),
        ("主任", "达奚峣", "leader", "市场保供储备物资采购中指定供应商", "思想道德", "二级",
         "储备物资采购三家以上比价，验收两人签字。"),
        ("市场管理员", "公仪琛", "general", "农贸市场管理费收取不开票据、坐收坐支", "业务流程", "一级",
         "管理费一律扫码缴纳，票据联号使用。"),
        ("市场管理员", "公仪琛", "general", "放任无证酒类经营户进场经营", "外部环境", "三级",
         "进场经营户亮照亮证，每月核查一次。"),
        ("统计员", "达奚沚", "general", "商贸流通统计数据弄虚作假", "岗位职责", "二级",
         "统计数据主任审核签字，与抽样调查核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dingqing_trade_circulation_center_list",
        "https://www.1mishu.com/article/xzgaoshou/gongzhuo/200906/141439.html",
        "县商贸流通服务中心 岗位廉政风险防控一览表, after the source's 酒类流通市场整治方案 (酒类经营许可, 随附单, 商场、"
        "超市、店铺的检查, 假冒伪劣): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dingqing_tax_bureau_levels_by_assessment(),
    dingqing_market_bureau_list(),
    dingqing_commerce_bureau_two_sheets(),
    dingqing_market_station_cards(),
    dingqing_ecommerce_center_group_rows(),
    dingqing_market_enforcement_selfchecks(),
    dingqing_tax_branch_posts(),
    dingqing_trade_circulation_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch969-inbox"))
