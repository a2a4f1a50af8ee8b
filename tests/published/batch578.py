"""The five-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 金融
bodies, 都兰县 (海西蒙古族藏族自治州, 青海) — its 金融工作服务中心, the county 支行 of two banks (农业银行,
邮政储蓄银行), the 支公司 of two insurers (人保财险, 中国人寿), the 融资担保有限责任公司 and the 香日德支行
of its 农村商业银行 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS
or Excel:

- the 金融工作服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农业银行都兰县支行's 一览表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` and a ``注：`` line;
- the 邮政储蓄银行都兰县支行's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 人保财险都兰县支公司's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged
  ``分管工作`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 香日德支行's 责任清单 under GROUP ROWS ``一、支行领导`` … ``三、信贷组`` merged across (no 部门
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 融资担保有限责任公司's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, 高/中/低, ``自查情况``, no type column;
- the 中国人寿都兰县支公司's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``dulan_rcb_outlets_common_list``: the 农村商业银行's 营业网点关键岗位廉政风险防控清单, ONE LIST FOR
  EVERY OUTLET. The list (``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, ``岗位`` merged per post)
  names the POSTS of an outlet (网点负责人, 会计主管, 客户经理) but no outlet and no person: a line
  above it says it serves 营业部 and every 支行 alike, a ``注：`` line under it sends the reader to
  the table below, and under that stands a staffing grid ``各营业网点关键岗位人员`` — ``序号 | 营业网点 |
  网点负责人 | 会计主管 | 客户经理``, one row an outlet, one column a post, a name in each cell. So
  every row of the list is a point of its post IN EVERY OUTLET: the 会计主管's point is a point of
  the 营业部's 会计主管, of the 宗加支行's and of the 热水支行's, three holders, each with the
  outlet for his 科室. The README's 读得懂的表 knows a staffing table ``序号 | 科室 | 科长 | 副科长 |
  科员`` under a list whose rows each carry their OWN 科室 and 岗位 (one holder a row, looked up),
  a roster naming the people of the GROUP a row's ``责任主体`` cell names, a post/name line above a
  list that only writes posts, and a 通用清单 ticked or answered ``是/否`` by each holder; it does
  not describe a list that names no 科室 at all fanned out over a grid of outlets, every row
  becoming one point of each outlet's holder of its post (rows × outlets). A scan of the earlier
  batches' truth for a point one post holds in three or more 科室 finds only batch271's 人民医院,
  whose rows write ``同内科科主任（第1—3项）`` in each 科室's own rows; none a list without 科室 spread
  over the outlets of a grid.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page of rules for 柜员 and
营运主管 of a bank's 基层营业机构 — 轮岗, 会计印章, 营运主管 委派; a study of 地方金融监管 — 部门协同,
监管举措, 风险预警, 监管边界; a page on 银行岗位的廉洁风险 — 客户关系, 红包礼品, 收费定价, 信息泄露; a
page on 银行内部 “廉洁银行” videos — 柜面代客操作, 违规查询客户信息, 理财销售误导; a paper on 保险业
承保环节的不正之风 — 折扣返还, 请吃送礼, 理赔; a 农商银行 essay on “廉洁办贷” — 伴手礼, 职业背债人,
“下不为例”; a 融资担保 监管评级办法 — 公司治理与内部控制, 合规, 风险管理; a page on 保险保全工作风险点 —
口头确认, 信息泄露, 内部欺诈) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 巫马 and 宦
with rare given names); every unit is a body of 都兰县 (``unit_words=("都兰县",)``: no earlier
unit holds it).

Run ``python tests/published/score.py --set batch578`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row of the list is a point of its post in each outlet of the staffing
  grid, with the row's level: one form an (outlet, post, holder), the outlet (``营业部``,
  ``宗加支行``, ``热水支行``) its 科室, the unit the 农村商业银行 of the title; four rows and three
  outlets are twelve points; the ``适用范围`` line, the ``注：`` line, the grid's caption and rows and
  the 编制/审核 line are no points;
- ``支行领导``, ``经理室`` and ``公司领导`` (a 部门 cell, a group row, a 所在部门 cell) are the 科室 of
  those leaders; the 金融工作服务中心's leaders (sheet ``中心领导``, no 科室 column) and the insurer's
  cards' leaders have no 科室; a bank's or an insurer's 部 and 室, a 中心's 股, a 信贷组 and an outlet
  are 科室;
- 主任, 副主任, 行长, 副行长, 经理, 副经理 and 总经理 are leaders; 股长, 部门经理, 营销主管 and 网点负责人
  middle; the rest (科员, 客户经理, 营运主管, 会计主管, 综合柜员, 大堂经理, 理财经理, 查勘定损员, 项目经理,
  风控专员, 保全岗, 理赔岗) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 邮政储蓄银行's list names no person: its forms are posts;
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

PREFIX = "b578_"
PLACE = "都兰县"
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

RCB = f"{PLACE}农村商业银行"

# the list, common to every outlet: (岗位, tier, [(廉政风险点, 风险等级, 防控措施)])
OUTLET_POSTS = [
    ("网点负责人", "middle", [
        ("利用授权审批权限为亲友违规办理业务，收受好处", "高",
         "授权业务按日核对授权日志，异常授权由内控合规部抽查。"),
        ("接受客户宴请、礼品礼金", "低", "签订廉洁从业承诺书，节前开展廉洁提醒。"),
    ]),
    ("会计主管", "general", [
        ("查库查账走过场，对柜员挪用客户资金失察", "中",
         "会计主管每日查库、每月账实核对，轮岗和强制休假期间交接监交。"),
    ]),
    ("客户经理", "general", [
        ("收受借款人“好处费”后简化贷前调查", "高", "贷前调查双人实地进行，调查报告由支行复核。"),
    ]),
]  # fmt: skip

# the staffing grid: (营业网点, the holders of the OUTLET_POSTS in their order)
OUTLETS = [
    ("营业部", ("巫马琰", "宦璟沨", "巫马岫")),
    ("宗加支行", ("宦岫琰", "巫马昶", "宦湜岚")),
    ("热水支行", ("巫马瑱", "宦霈瑶", "巫马璆")),
]


def dulan_rcb_outlets_common_list() -> dict:
    unit = RCB
    ncols = 5
    sh = _Sheet("网点岗位清单", [6, 12, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}营业网点关键岗位廉政风险防控清单", ncols)
    _line(sh, f"适用范围：本行营业部及各支行营业网点（各网点通用）{GAP * 6}2025年4月", ncols)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, _tier, points in OUTLET_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：本清单各营业网点通用，各网点关键岗位责任人见下表。", ncols)
    sh.add()
    _line(sh, "各营业网点关键岗位人员", ncols)
    sh.add("序号", "营业网点", *[post for post, _tier, _points in OUTLET_POSTS])
    for i, (outlet, holders) in enumerate(OUTLETS, 1):
        sh.add(i, outlet, *holders)
    sh.add("编制：内控合规部", None, "审核：", None, "分管行长（签字）：")
    # the truth: every outlet's holder of every post, with the post's points
    for outlet, holders in OUTLETS:
        for (post, tier, points), who in zip(OUTLET_POSTS, holders, strict=True):
            for point, lv, _measures in points:
                t.point(sh.name, outlet, post, who, tier, point, [], HML[lv])
    return _layout(
        "dulan_rcb_outlets_common_list", "https://20230611.cn/category-46676_19.html",
        "(harder) 县农村商业银行 营业网点关键岗位廉政风险防控清单, ONE LIST FOR EVERY OUTLET, after the source's rules "
        "for 柜员 and 营运主管 of a bank's 基层营业机构 (轮岗 between 岗位 and 区域, 会计印章 检查, 营运主管 委派): a title, a "
        "merged ``适用范围：本行营业部及各支行营业网点（各网点通用）`` line, then 序号/岗位 merged per post/廉政风险点/风险等级 "
        "高/中/低/防控措施 naming POSTS only (网点负责人, 会计主管, 客户经理), no outlet and no person; a ``注：`` line sending "
        "the reader to the table below, and under a caption ``各营业网点关键岗位人员`` a staffing grid ``序号 | 营业网点 | "
        "网点负责人 | 会计主管 | 客户经理``, one row an outlet (营业部, 宗加支行, 热水支行), a name under each post, so each "
        "row of the list is a point of its post's holder in EVERY outlet; an 编制/审核/分管行长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dulan_finance_centre_two_sheets() -> dict:
    unit = f"{PLACE}金融工作服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宦昶翎", "主任", "主持全面工作", [
            ("地方金融组织设立、变更初审中降低准入条件", "一级",
             "初审意见经中心主任办公会集体研究，报县政府审定。"),
            ("金融风险化解处置中违规干预、打招呼", "二级", "风险处置方案集体研究，处置过程全程留痕。"),
        ]),
        ("巫马珣", "副主任", "分管金融监管股、金融服务股", [
            ("小额贷款公司、融资担保公司现场检查走过场，检查发现的问题隐瞒不报", "一级",
             "现场检查不少于两人，检查结果集体会审。"),
            ("监管评级打分受人情干扰", "二级", "评级指标量化打分，结果报州地方金融监管部门复核。"),
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
        ("综合股", "股长", "宦瑱潆", "middle", "政府性融资担保风险补偿资金拨付审核不严", "一级",
         "补偿资金按银担分险比例核算，拨付前公示。"),
        ("综合股", "股长", "宦瑱潆", "middle", "办公用品采购不按规定询价", "三级", "采购三家询价，询价记录存档。"),
        ("金融监管股", "股长", "巫马峤", "middle", "非法集资风险排查线索隐瞒、延报", "一级",
         "排查线索登记台账，按月报送县防范和处置非法集资工作领导小组办公室。"),
        ("金融服务股", "科员", "宦璆岑", "general", "创业担保贷款贴息资料审核不实", "二级", "贴息资料双人审核，贴息名单公示。"),
        ("金融服务股", "科员", "宦璆岑", "general", "向企业泄露银企对接融资信息谋取利益", "三级",
         "签订保密承诺，融资对接信息按权限报送。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dulan_finance_centre_two_sheets", "http://dfczyj.com/news_show.aspx?id=3093",
        "县金融工作服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's study of 地方金融监管 (部门协同, 监管举措, "
        "风险预警, 监管边界, 小额贷款公司 and 融资担保): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dulan_abc_branch_list() -> dict:
    unit = f"中国农业银行{PLACE}支行"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("支行领导", "行长", "巫马沨", "leader", [
            ("贷款审批中为关系客户降低授信条件", "制度机制风险", "Ⅰ级", "授信审批执行贷审会集体审议、记名投票。"),
            ("费用开支、集中采购个人说了算", "岗位职责风险", "Ⅱ级", "费用按权限审批，大额采购报二级分行集中采购。"),
        ]),
        ("支行领导", "副行长", "宦琰岍", "leader", [
            ("干预客户经理贷前调查结论", "思想道德风险", "Ⅰ级", "调查报告由客户经理独立签署，实行双人调查。"),
        ]),
        ("三农金融部", "部门经理", "巫马湜", "middle", [
            ("惠农e贷白名单准入把关不严，优亲厚友", "业务流程风险", "Ⅰ级", "白名单经村级组织推荐、支行集中审查并公示。"),
        ]),
        ("三农金融部", "客户经理", "宦峤沨", "general", [
            ("收受借款农户“好处费”、红包礼品", "思想道德风险", "Ⅱ级", "签订廉洁从业承诺，按季开展客户回访。"),
            ("贷后检查流于形式，贷款被挪用未发现", "业务流程风险", "Ⅲ级", "贷后检查按季进行，检查报告存档备查。"),
        ]),
        ("运营管理部", "营运主管", "巫马霈", "general", [
            ("违规减免客户手续费、擅自调整收费标准", "外部环境风险", "Ⅲ级", "收费项目和标准在营业厅公示，减免按权限审批。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "dulan_abc_branch_list", "https://lnrcw.com/post/108427.html",
        "县 农业银行支行 岗位廉政风险防控一览表, after the source's page on 银行岗位的廉洁风险 (客户关系, 红包礼品, 内部控制, "
        "收费定价, 信息泄露): a title, 序号/部门 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dulan_psbc_branch_posts() -> dict:
    unit = f"中国邮政储蓄银行{PLACE}支行"
    sh = _Sheet("排查表", [6, 12, 10, 14, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("营业部", "综合柜员", "代客操作", "违规代客填单、代客签名，替客户保管密码和卡折", "制度机制风险", "高",
         "严禁代客操作，柜面业务全程录音录像。"),
        ("营业部", "综合柜员", "客户信息查询", "未经授权查询客户账户信息并提供给他人", "思想道德风险", "高",
         "查询实行授权登记，系统留痕，按月抽查。"),
        ("营业部", "大堂经理", "理财产品销售", "夸大收益、隐瞒风险误导客户购买理财产品", "业务流程风险", "中",
         "理财销售实行“双录”，客户风险评估与产品匹配。"),
        ("个人金融部", "理财经理", "代销产品返佣", "私下收取代销产品返佣，“飞单”销售", "外部环境风险", "中",
         "代销产品统一系统录入，佣金入账核算。"),
        ("个人金融部", "理财经理", "客户资金往来", "与客户私下资金往来、代客理财", "思想道德风险", "低",
         "员工账户异常交易按月监测。"),
        ("综合办公室", "出纳", "费用报销", "虚列费用、以票抵票报销", "岗位职责风险", "低",
         "报销票据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        tier = "general"
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dulan_psbc_branch_posts",
        "https://www.seridoat.com/article/lian-jie-yin-xing-shi-pin-pu-guang-yin-xing-nei-bu-zhen-shi-gong-zuo-chang-jing-yu-chang-jian-wen-ti.html",
        "县 邮政储蓄银行支行 岗位廉政风险点排查表 对岗不对人, after the source's page on “廉洁银行” videos of a bank's "
        "work (柜面代客操作, 违规查询客户信息, 理财销售误导): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dulan_picc_cards() -> dict:
    unit = f"中国人民财产保险股份有限公司{PLACE}支公司"
    t = _Truth(unit)
    cards = [
        ("经理", "宦珣澜", "经理", "主持支公司全面工作", "leader", [
            ("车险、农险业务违规给予投保人合同外返还", "★★★", "费用列支按总公司标准，业务费用专户核算。"),
            ("大额赔案审批不经集体研究", "★★★", "大额赔案经支公司理赔审核小组集体审定。"),
            ("接受客户单位宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副经理", "巫马琮", "副经理", "分管理赔、农险", "leader", [
            ("农险承保面积、数量虚增", "★★", "承保清单到户公示，乡镇协保员核实签字。"),
            ("查勘定损中人情赔付、虚构赔案", "★★★", "赔案随机抽查回访，理赔结果公示。"),
        ]),
        ("查勘定损员", "宦澂岚", "查勘定损员", "负责车险、农险查勘定损", "general", [
            ("与修理厂串通虚高定损金额", "★★★", "定损价格按系统配件价格，超标定损复勘。"),
            ("查勘影像资料不全即出具定损结论", "★★", "查勘影像实时上传，缺件不得结案。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "dulan_picc_cards", "http://m.793dl.com/jjlw/5707.html",
        "县 财产保险支公司 岗位廉政风险防控卡, one sheet a holder, after the source's paper on 保险业 承保环节的不正之风 "
        "(折扣和返还, 请吃送礼, 理赔): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dulan_xiangride_branch_group_rows() -> dict:
    unit = f"{RCB}香日德支行"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、支行领导", "支行领导", [
            ("行长", "巫马珝", "leader", [
                ("贷款审批中收受借款人财物", "一级风险", "贷款审批执行审贷分离，大额贷款报总行审批。"),
                ("默许员工参与民间借贷，为“职业背债人”放贷", "一级风险", "员工异常行为按季排查，借款人身份交叉核验。"),
            ]),
        ]),
        ("二、营业室", "营业室", [
            ("会计主管", "宦翃澄", "general", [
                ("重要空白凭证、业务印章保管不严", "二级风险", "凭证印章专人保管，每日登记领用。"),
            ]),
            ("综合柜员", "巫马澂", "general", [
                ("违规代客办理挂失、转账", "二级风险", "挂失转账核验本人身份，业务全程录像。"),
                ("现金短款隐瞒不报、私自挪用长款", "三级风险", "现金长短款当日登记上报。"),
            ]),
        ]),
        ("三、信贷组", "信贷组", [
            ("客户经理", "宦淏琮", "general", [
                ("贷前调查不实，替借款人代签资料", "一级风险", "贷前调查双人实地进行，借款人面签。"),
                ("向借款人搭售保险、理财产品", "三级风险", "严禁贷款搭售，开展借款人回访。"),
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
        "dulan_xiangride_branch_group_rows", "http://www.zunyiba.cn/article/19042.html",
        "县 农村商业银行支行 廉政风险防控责任清单, after the source's essay on “廉洁办贷” (伴手礼, 职业背债人, “下不为例”): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、支行领导``, ``二、营业室``, ``三、信贷组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dulan_guarantee_selfchecks() -> dict:
    unit = f"{PLACE}融资担保有限责任公司"
    t = _Truth(unit)
    people = [
        ("巫马璩", "公司领导", "总经理", "leader", [
            ("担保项目审批中为关联企业降低反担保要求", "高", "担保项目经评审会集体审议，关联人回避表决。", "已落实"),
            ("代偿追偿中擅自减免追偿款", "中", "减免追偿款报董事会审批。", "未发现问题"),
        ]),
        ("宦琤岫", "业务部", "项目经理", "general", [
            ("保前调查收受企业好处，隐瞒不利信息", "高", "保前调查双人进行，调查报告签字负责。", "已落实"),
            ("担保费以外违规收取咨询费、服务费", "中", "收费项目和标准公示，统一开具票据。", "已落实"),
        ]),
        ("巫马翃", "风险管理部", "风控专员", "general", [
            ("保后检查流于形式，风险预警信号不报告", "中", "保后检查按季进行，预警信号三日内报告。", "未发现问题"),
            ("评审会记录与实际表决情况不一致", "低", "评审会全程录音，记录由参会人员签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dulan_guarantee_selfchecks", "http://rzdbyxh.com/xwdt/info/184.html",
        "县 融资担保有限责任公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's "
        "融资担保公司 监管评级管理办法 (公司治理与内部控制, 经营情况, 合规情况, 风险管理): a title, a label row ``姓　名 | "
        "所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def dulan_chinalife_list() -> dict:
    unit = f"中国人寿保险股份有限公司{PLACE}支公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("经理室", "经理", "宦峣瑛", "leader", "虚列营销费用套取资金", "制度机制", "高风险",
         "营销费用按预算列支，大额费用经理室集体研究。"),
        ("经理室", "经理", "宦峣瑛", "leader", "业务竞赛奖励方案设置倾向性条件", "岗位职责", "中风险",
         "竞赛方案报市分公司备案，结果公示。"),
        ("客户服务部", "保全岗", "巫马琤", "general", "保全变更仅凭口头确认办理", "业务流程", "中风险",
         "保全变更凭客户书面申请和身份核验办理。"),
        ("客户服务部", "保全岗", "巫马琤", "general", "违规查询、泄露投保人信息", "思想道德", "高风险",
         "系统查询按权限授权，查询记录留痕备查。"),
        ("客户服务部", "理赔岗", "宦珝沄", "general", "理赔材料审核不严，虚假理赔", "业务流程", "高风险",
         "理赔材料双人审核，大额赔案调查回访。"),
        ("个险销售部", "营销主管", "巫马淏", "middle", "销售误导，承诺保单收益", "外部环境", "低风险",
         "销售过程“双录”，新单回访。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "经理（签字）：", None, None)
    return _layout(
        "dulan_chinalife_list", "http://www.daliw.com/hunan/49464.html",
        "县 人寿保险支公司 岗位廉政风险防控一览表, after the source's page on 保险保全工作风险点 (口头确认, 技术失误, "
        "信息泄露, 内部欺诈): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/经理（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dulan_rcb_outlets_common_list(),
    dulan_finance_centre_two_sheets(),
    dulan_abc_branch_list(),
    dulan_psbc_branch_posts(),
    dulan_picc_cards(),
    dulan_xiangride_branch_group_rows(),
    dulan_guarantee_selfchecks(),
    dulan_chinalife_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch578-inbox"))
