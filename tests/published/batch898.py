"""The eight-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's finance
bodies, 策勒县 (和田地区, 新疆维吾尔自治区) — its 财政局, 国库支付中心, 财政投资评审中心, 政府采购中心,
会计核算中心, 非税收入管理局 and two 乡镇财政所 (达玛沟乡, 固拉合玛镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 财政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``高风险/中风险/低风险``, no type column;
- the 国库支付中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 财政投资评审中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 政府采购中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 会计核算中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, 高/中/低, ``自查情况``, no type column;
- the 达玛沟乡财政所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``一级风险/二级风险/三级风险``;
- the 固拉合玛镇财政所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``cele_nontax_bureau_level_counts``: the 非税收入管理局's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 风险点个数 | 廉政风险点 | 防控措施``, 股室 merged, 岗位 and 姓名 merged
  per person) with NO LEVEL COLUMN: each person's points are listed from the highest level down,
  and the LEVELS ARE GIVEN ONLY AS COUNTS in the ``风险点个数`` cell merged beside that person's rows
  (``共3项（一级1项、二级2项）``, ``共2项（一级1项、三级1项）``, ``共2项（二级2项）``), with a 说明 line over
  the table: ``各岗位风险点按风险等级由高到低排列，“风险点个数”栏注明本岗位各等级风险点项数``. So a
  person's first n₁ points are 一级, the next n₂ 二级, the rest 三级; where a person's split falls
  differs from person to person. The docs describe a level by the place in each person's block
  fixed by a note for everyone (``每个岗位所列第一项为…一级``), levels by 序号 ranges or number styles,
  footers ``以上为一级风险点（共3项）``, dividers, and per-holder summary ROWS ``该岗位共排查风险点4个（其中
  一级1个）`` standing INSTEAD of points (a folded list); they do not describe a per-person count cell
  beside the points themselves that, with the stated order, fixes each point's level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市财政局's 作风建设 meeting —
预算约束, 三公经费, 专项资金 分配, 存量资金; a city's 国库集中支付 改革 plan — 用款计划, 直接支付申请,
授权支付, 对账; a piece on 财政投资评审协议 — 评审标准, 资金拨付节点, 第三方; a legal piece on who may
sit on a 政府采购 评审委员会 — 采购人代表, 评审专家, 监管人员; a guide to 出纳审核报销单据 — 原始凭证,
发票, 金额核对; a paper on 乡镇财政体制 变迁 — 乡镇财力, 税费改革, 乡村治理; a report on a 所 whose
所长, 副所长 and 报账员 虚报差旅费 — 报账, 凭证, 巡察; a page on 非税收入 分成 and 缴库 — 执收, 票据,
上缴) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 荣 and 督 with rare given names);
every unit is a body of 策勒县.

Run ``python tests/published/score.py --set batch898`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a person's points take their levels from the ``风险点个数`` cell beside them
  and their order (first the 一级 ones, then 二级, then 三级, as the 说明 line says); the count cell
  and the 说明 line are no points; one form a holder;
- ``中心领导``, ``所领导`` (a 科室/部门 cell, a group row) are the 科室 of those leaders; the 财政局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's, a 中心's or a 所's 股 (and the
  国库支付中心's 科) are 科室; a group row ``二、采购业务股`` gives the 科室 ``采购业务股``;
- every 中心, 所 and the two 局 are units of their own: 局长, 副局长, 主任, 副主任, 所长 and 副所长 are
  leaders; 股长 and 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 国库支付中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b898_"
PLACE = "策勒县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CN = "一二三"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def count_cell(levels: list[int]) -> str:
    """``共3项（一级1项、二级2项）``: the person's points by level, as the count cell writes them."""
    parts = [f"{CN[lv - 1]}级{levels.count(lv)}项" for lv in (1, 2, 3) if lv in levels]
    return f"共{len(levels)}项（{'、'.join(parts)}）"


# (股室, 岗位, 姓名, tier, [(廉政风险点, level, 防控措施)]) — each person's points from the highest level down
COUNTED = [
    ("局领导", "局长", "荣翛岚", "leader", [
        ("非税收入缓缴、减免审批个人说了算", 1, "缓缴、减免一律经局务会集体研究，报县财政局备案。"),
        ("干预执收单位分成比例核定，为关系单位多返还", 2, "分成比例按文件核定，返还结果在系统内公示。"),
        ("接受执收单位宴请、礼金", 2, "严守中央八项规定精神，每季度开展廉洁提醒谈话。"),
    ]),
    ("征收管理股", "股长", "督湉珣", "middle", [
        ("应缴非税收入不督促执收单位及时足额上缴", 1, "每月比对执收台账与缴库数据，逾期发催缴通知。"),
        ("罚没收入退付审核不严，违规办理退库", 3, "退付申请附原始缴款凭证，股长、分管领导双签。"),
    ]),
    ("票据管理股", "票据管理员", "荣珂翚", "general", [
        ("非税收入票据发放不验旧、不核销，票据流失", 2, "票据领用实行验旧购新，每季度盘点库存。"),
        ("为执收单位违规调剂、转借票据", 2, "票据不得跨单位调剂，转借一经发现收回领用资格。"),
    ]),
    ("综合股", "会计", "督峤沄", "general", [
        ("非税收入汇缴结算账户资金滞留不及时划解国库", 1, "汇缴账户资金按日清分，次日划解国库。"),
        ("对账不及时，账实不符", 2, "每月与代理银行、国库对账，编制余额调节表。"),
    ]),
]  # fmt: skip


def cele_nontax_bureau_level_counts() -> dict:
    unit = f"{PLACE}非税收入管理局"
    sh = _Sheet("一览表", [6, 12, 11, 10, 22, 40, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(
        sh,
        "说明：各岗位风险点按风险等级由高到低排列，“风险点个数”栏注明本岗位各等级风险点项数。",
        7,
    )
    sh.add("序号", "股室", "岗位", "姓名", "风险点个数", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in COUNTED:
        levels = [lv for _, lv, _ in points]
        assert levels == sorted(levels), who
        counts = count_cell(levels)
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, counts, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add("制表：综合股", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "cele_nontax_bureau_level_counts", "http://wda8f421.cn/haowen/29550.html",
        "(harder) 县非税收入管理局 岗位廉政风险点一览表, after the source's page on 非税收入 分成 and 缴库 (执收单位, 缴入国库, "
        "上缴, 分成办法, 票据): a title, a 说明 line (各岗位风险点按风险等级由高到低排列，“风险点个数”栏注明本岗位各等级风险点项数), "
        "then 序号/股室 merged/岗位 and 姓名 merged per person/``风险点个数`` merged per person (``共3项（一级1项、二级2项）``)/"
        "廉政风险点/防控措施 and NO LEVEL COLUMN: each person's levels only as counts beside the points, the points in "
        "level order; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cele_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("督翊漻", "局长", "主持全面工作", [
            ("专项资金分配个人说了算，搞点对点无偿支持", "高风险", "专项资金分配方案经局党组会集体研究，结果公开。"),
            ("违规追加预算，突破预算约束", "高风险", "预算调整按程序报县政府审定、县人大常委会批准。"),
        ]),
        ("荣曦峣", "副局长", "分管预算、国库、存量资金清理", [
            ("超期未用的沉淀资金不按规定收回，留作机动", "中风险", "存量资金每季度清理，收回资金统筹使用并公示。"),
            ("“三公”经费预算审核把关不严", "中风险", "“三公”经费预算逐项审核，决算全面公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("预算股", "股长", "督霡珂", "middle", "部门预算审核向熟人单位倾斜", "高风险",
         "部门预算按定额标准审核，股内集体会审。"),
        ("预算股", "股长", "督霡珂", "middle", "预算指标下达不及时，故意拖延拨款", "中风险", "指标下达时限纳入股室考核。"),
        ("经济建设股", "股员", "荣淏岏", "general", "项目资金拨付不按工程进度", "高风险", "资金凭监理签认的进度拨付，股长复核。"),
        ("农业股", "股长", "荣澂昇", "middle", "涉农资金分配不公开，优亲厚友", "中风险", "涉农资金分配结果在乡村两级公示。"),
        ("农业股", "股员", "督沚翾", "general", "惠农补贴清册审核不严，虚报冒领", "低风险", "补贴清册与一卡通系统逐户比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "cele_finance_bureau_two_sheets", "http://epaper.jzrb.com/rb/html/2015-04/30/content_339672.htm",
        "县财政局 廉政风险防控一览表 in TWO SHEETS, after the source's report on a 市财政局 作风建设 meeting (预算约束, 三公经费, "
        "专项资金 分配, 点对点无偿支持, 沉淀资金 收回): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def cele_treasury_center_posts() -> dict:
    unit = f"{PLACE}国库支付中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "用款计划审批", "预算单位分月用款计划审批厚此薄彼", "制度机制风险", "一级",
         "用款计划按预算和序时进度审批，超进度的集体研究。"),
        ("支付科", "科长", "middle", "直接支付申请审核", "直接支付申请审核不严，凭证不全即予支付", "岗位职责风险", "一级",
         "支付申请逐单审核原始凭证，双人复核。"),
        ("支付科", "支付员", "general", "支付凭证开具", "支付凭证开具金额、收款人与申请不符", "业务流程风险", "二级",
         "凭证开具后系统自动比对，异常单据退回。"),
        ("支付科", "支付员", "general", "授权支付额度", "违规为预算单位超额度下达授权支付额度", "思想道德风险", "二级",
         "授权支付额度按批复下达，每月通报执行情况。"),
        ("清算对账科", "会计", "general", "清算对账", "与人民银行、代理银行对账不及时，差错不处理", "业务流程风险", "三级",
         "每日对账，差错当日查明原因并登记。"),
        ("清算对账科", "会计", "general", "账户管理", "预算单位零余额账户开设、变更审核不严", "外部环境风险", "二级",
         "账户开设、变更报中心领导审批并备案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "cele_treasury_center_posts", "http://www.fymate.net/html/text/lar/168391/16839173_3.html",
        "县国库支付中心 岗位廉政风险点排查表 对岗不对人, after the source's 国库集中支付 改革 plan (分月用款计划, 财政直接支付的申请, "
        "授权支付, 对账, 代理银行): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def cele_review_center_cards() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    t = _Truth(unit)
    cards = [
        ("主任", "督曌岍", "主任", "主持中心全面工作", "leader", [
            ("干预评审结论，为施工单位多审增预算", "★★★", "评审结论经中心集体会审，主任不得单独改定。"),
            ("指定第三方造价机构承接评审业务", "★★★", "第三方机构从名录库随机抽取，结果公示。"),
            ("接受建设单位宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "荣泠翙", "副主任", "分管结算评审、现场勘查", "leader", [
            ("现场勘查走过场，认可虚增工程量", "★★", "现场勘查两人以上，勘查记录签字存档。"),
            ("评审资料收发不登记，延压评审进度", "★★", "评审资料收发登记，超期评审通报。"),
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
        "cele_review_center_cards",
        "https://www.hkyyi.com/html/cai-zheng-tou-zi-ping-shen-xie-yi-shen-du-jie-xi-ru-he-que-bao-gong-gong-zi-jin-gao-xiao-tou-ming-sh.html",
        "县财政投资评审中心 领导干部廉政风险防控卡, one sheet a leader, after the source's piece on 财政投资评审协议 (评审标准与程序, "
        "资金拨付节点, 第三方审计机构, 风险识别): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def cele_procurement_center_group_rows() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "荣昶珣", "leader", [
                ("授意代理机构在采购文件中设置倾向性条款", "Ⅰ级", "采购文件经集体审定，公告前法律顾问审查。"),
                ("干预评审委员会组成，安排熟人作评审专家", "Ⅰ级", "评审专家一律从专家库随机抽取，抽取过程录像。"),
            ]),
        ]),
        ("二、采购业务股", "采购业务股", [
            ("股长", "督瀞峘", "middle", [
                ("以采购人代表身份参与评审，影响评审结果", "Ⅱ级", "中心工作人员不得担任采购人代表参与评审。"),
            ]),
            ("经办员", "荣淩昉", "general", [
                ("开标前泄露投标人名称、数量", "Ⅱ级", "投标文件密封保管，开标前信息保密。"),
                ("接受供应商宴请，放松资格审查", "Ⅲ级", "签订廉洁承诺书，资格审查双人进行。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("档案管理员", "督澴岱", "general", [
                ("采购档案调阅不登记，评审资料外泄", "Ⅱ级", "档案调阅实行审批登记，定期核查。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "cele_procurement_center_group_rows", "http://biddinglaw.com/biddinglaw/vip_doc/29423173.html",
        "县政府采购中心 廉政风险防控责任清单 under GROUP ROWS, after the source's legal piece on who may not sit on a 政府采购 "
        "评审委员会 (采购人代表, 评审专家, 监管人员, 集中采购机构): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows ``一、中心领导``, ``二、采购业务股``, ``三、综合股`` merged across; 岗位 "
        "and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def cele_accounting_center_selfchecks() -> dict:
    unit = f"{PLACE}会计核算中心"
    t = _Truth(unit)
    people = [
        ("荣翚沨", "中心领导", "主任", "leader", [
            ("报销审批“一支笔”签字把关不严", "高", "大额报销经中心会审，主任审批留痕。", "已落实"),
            ("会计人员派驻、轮岗安排不公", "中", "派驻、轮岗方案集体研究并公示。", "未发现问题"),
        ]),
        ("督珝岚", "审核股", "审核员", "general", [
            ("报销发票真伪不查验，虚假票据入账", "高", "发票逐张在线查验，查验记录附后。", "已落实"),
            ("报销金额与原始凭证不符仍予通过", "中", "大小写金额、分项金额逐项核对。", "已落实"),
        ]),
        ("荣岷沄", "记账股", "出纳", "general", [
            ("现金收付不及时入账，白条抵库", "高", "现金日清月结，库存现金每月盘点。", "未发现问题"),
            ("网银支付密钥与审批密钥一人保管", "低", "支付密钥与审批密钥分人保管。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "cele_accounting_center_selfchecks",
        "https://www.seridoat.com/article/chu-na-shen-he-bao-xiao-dan-ju-he-gui-xing-guan-jian-bu-zhou-yu-chang-jian-wen-ti-jie-xi.html",
        "县会计核算中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's guide to 出纳审核报销单据 "
        "(原始凭证完整性, 发票查验, 报销金额核对, 虚假报销): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def cele_damagou_township_office_list() -> dict:
    unit = f"{PLACE}达玛沟乡财政所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "督昳澪", "leader", "乡镇运转经费统筹安排不经集体研究", "制度机制", "一级风险",
         "经费安排方案经乡党委会研究，所内公开。"),
        ("所领导", "所长", "督昳澪", "leader", "村级组织运转经费拨付厚此薄彼", "岗位职责", "二级风险",
         "按核定标准拨付，拨付结果在村务公开栏公示。"),
        ("预算管理", "会计", "荣滟峋", "general", "乡级预算执行不严，无预算、超预算支出", "业务流程", "一级风险",
         "支出对照预算指标审核，超预算的报县财政局审批。"),
        ("预算管理", "会计", "荣滟峋", "general", "乡财县管报账资料审核不严", "思想道德", "三级风险",
         "报账资料齐全方可上报，县局复核。"),
        ("资金监管", "专管员", "督岑淏", "general", "一事一议奖补项目验收走过场", "外部环境", "二级风险",
         "验收邀请村民代表参加，现场拍照存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "cele_damagou_township_office_list", "https://fx361.cc/page/2021/0630/13593639.shtml",
        "乡财政所 岗位廉政风险防控一览表, after the source's paper on 乡镇财政体制 变迁 (乡镇财力, 农村税费改革, 乡财县管, 公共财政, "
        "乡村治理): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def cele_gulahama_town_office_register() -> dict:
    unit = f"{PLACE}固拉合玛镇财政所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "荣翾岢", "leader", [
            ("差旅费、会议费报销审批把关不严", "制度机制", "一级", "报销单据逐项审核，所长审批后报镇纪委备查。"),
            ("公务接待费用超标准列支", "岗位职责", "二级", "接待实行公函、清单、审批单“三单”报销。"),
        ]),
        ("所领导", "副所长", "督淯珮", "leader", [
            ("惠农补贴发放清册审核不严", "业务流程", "一级", "清册与一卡通系统逐户比对，结果公示。"),
        ]),
        ("报账股", "报账员", "荣洺峃", "general", [
            ("虚报差旅费、拆分报销套取资金", "思想道德", "一级", "出差审批单与报销单据逐项核对，巡察抽查。"),
            ("记账凭证与原始单据不符", "业务流程", "三级", "凭证每月交叉复核，所长签字。"),
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
        "cele_gulahama_town_office_register", "http://www.mmbfl.com/2019/1213/279788.shtml",
        "镇财政所 廉政风险点排查登记表, after the source's report on a 所 whose 所长, 副所长 and 报账员 虚报差旅费 for years (报账, "
        "记账凭证, 拆分报销, 巡察): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cele_nontax_bureau_level_counts(),
    cele_finance_bureau_two_sheets(),
    cele_treasury_center_posts(),
    cele_review_center_cards(),
    cele_procurement_center_group_rows(),
    cele_accounting_center_selfchecks(),
    cele_damagou_township_office_list(),
    cele_gulahama_town_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch898-inbox"))
