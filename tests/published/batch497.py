"""The four-hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政 and 审计
bodies, 崇信县 (a county of 平凉, 甘肃) — its 财政局, 审计局, 国库支付中心, 政府采购中心 and four
乡镇财政所 (锦屏镇, 新窑镇, 柏树镇, 黄寨镇 — towns of the county) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 审计局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and ``科室``
  (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 国库支付中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 政府采购中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, short types,
  高/中/低, an 编制人/审核人/date line;
- the 锦屏镇财政所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 新窑镇财政所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 柏树镇财政所's 责任清单 under GROUP ROWS ``一、领导岗位`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 黄寨镇财政所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``chongxin_finance_bureau_inline_manifestation``: the 财政局's 岗位廉政风险防控一览表 writes THE
  POINT AND HOW IT SHOWS AS ONE RUNNING SENTENCE IN ONE CELL, JOINED BY A CONNECTIVE: the heading is
  ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点及主要表现 | 风险类型 | 风险等级 | 防控措施`` (no separate
  description column) and every cell of the fifth column is written on ONE LINE
  ``非税收入票据管理不严，主要表现为票据领用核销不及时，收入不入账。`` — first the short point, then a
  full-width comma, then the connective ``主要表现为`` (no colon after it, no line break, no label
  at the head of a line, no bracket, no dash, no run of spaces) and the description, closed by a
  stop. ``科室`` is merged over its rows, ``岗位`` and ``责任人`` over the person's; short types;
  高/中/低; an 编制人/审核人/date line. The shape is about HOW THE POINT AND ITS DESCRIPTION ARE
  JOINED. The README's 读得懂的表 knows a point and its description parted by a line break (a
  label ``表现形式：`` opening the second paragraph, numbered 表现 lines), by typed spaces, by a
  colon (``短名：表现``), by a dash (``风险点——表现形式``), by a closing bracket the heading names,
  by a bold run, or by two rows; it does not describe a point that runs on into its description
  in the same sentence, the two parted only by ``，主要表现为``: read whole, the point swallows the
  description; read by a known separator, nothing parts them. No earlier batch writes one:
  ``grep -l '表现为' tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a collection of 非税收入内部控制办法
— 征收管理, 票据管理, 收缴; a paper on 财政国库管理 — 国库集中支付, 单一账户, 支付延迟, 重复支付; a
paper on an auditor's case and 审计风险 — 审计独立性, 经济责任审计, 审计透明度; a paper on 政府
采购集中度 — 集中采购机构, 集中采购目录, 分散采购; a provincial opinion on 乡镇财政 — 就地就近监管,
补贴资金发放, 一站式 服务, 乡财县管; a 村级会计委托代理服务 办法 — 双委托, 报账员, 统一报账; a 镇财政所
验收 of a 一事一议 财政奖补 项目 — 工程量 核实, 建设质量; a 县财政局's 考核验收 of 一事一议 projects —
硬化道路, 资料, 专款专用) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 崇信县 (``unit_words=("崇信县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch497`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text BEFORE ``，主要表现为`` (the short name, without the comma);
  the words after it are its description, no point and no second point; the cell is one point;
- ``局领导`` (the 审计局's leaders' sheet) is the 科室 of those leaders, and ``局领导`` in the 财政局's
  and ``中心领导`` in the 政府采购中心's 科室 cells likewise; a 局's 科 or 股, a 中心's 股 or 科 are
  科室; a 财政所's card, 自查表 and lists name no 科室 (the 财政所 is the unit); the group rows
  ``一、领导岗位``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任 and a 财政所's 所长 are
  leaders; 科长 and 股长 middle; the rest (科员, 审计员, 会计, 出纳, 报账员, 审核员, 采购员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 国库支付中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b497_"
PLACE = "崇信县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
JOIN = "，主要表现为"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, 主要表现, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "隗沨珵", "leader", [
        ("财政资金分配个人说了算", "专项资金分配未经党组会集体研究，凭关系安排项目",
         "制度机制", "高", "资金分配方案党组会集体研究，结果公开。"),
        ("插手预算单位采购事项", "为关系企业打招呼、递条子", "思想道德", "中",
         "领导干部插手干预登记报告。"),
    ]),
    ("综合股", "股长", "郗翾湉", "middle", [
        ("非税收入票据管理不严", "票据领用核销不及时，收入不入账", "业务流程", "高",
         "票据电子化管理，按月核销。"),
        ("收入退库审核把关不严", "对不符合条件的退库申请予以办理", "岗位职责", "中",
         "退库实行经办、复核、审批分离。"),
    ]),
    ("预算股", "科员", "晁瑨沅", "general", [
        ("预算指标调整随意", "未按程序追加或调剂预算指标", "岗位职责", "中",
         "指标调整按程序报批，系统留痕。"),
        ("接受预算单位宴请", "在指标下达前后接受单位请吃、礼品", "外部环境", "低",
         "签订廉洁承诺书，拒收登记。"),
    ]),
]  # fmt: skip


def chongxin_finance_bureau_inline_manifestation() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 10, 8, 10, 50, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(
        "序号", "科室", "岗位", "责任人", "廉政风险点及主要表现", "风险类型", "风险等级", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}{JOIN}{shows}。", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "chongxin_finance_bureau_inline_manifestation",
        "https://nayangfood.com/zhuantifanwen/gongwenfanwen/50764.html",
        "(harder) 县财政局 岗位廉政风险防控一览表, after the source's collection of 非税收入内部控制办法 (征收管理, 票据管理, "
        "收缴): a title, 序号/科室 merged (局领导, 综合股, 预算股)/岗位 and 责任人 merged per person/ONE column "
        "``廉政风险点及主要表现`` whose every cell is ONE SENTENCE ``<point>，主要表现为<description>。`` (no line "
        "break, no label, no colon, dash, bracket or spaces)/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date "
        "line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chongxin_audit_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("羿澹珝", "局长", "主持全面工作", [
            ("审计项目计划安排不公", "一级", "年度审计计划审计委员会审定。"),
            ("干预审计组处理意见", "二级", "插手审计事项登记报告。"),
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
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("经济责任审计股", "股长", "钭湜岚", "middle", "审计发现问题隐瞒不报", "一级", "审计底稿三级复核。"),
        ("财政金融审计股", "审计员", "殳沄翯", "general", "现场审计接受被审计单位宴请", "二级",
         "执行审计纪律八不准，现场公示。"),
        ("财政金融审计股", "审计员", "殳沄翯", "general", "泄露审计工作秘密", "三级", "审计资料专人保管。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "chongxin_audit_two_sheets",
        "https://www.seridoat.com/article/pu-yang-shen-ji-wang-jing-shi-jian-bei-hou-de-shen-ceng-wen-ti-yu-xian-shi-tiao-zhan-ru-he-bi-mian-s.html",
        "县审计局's file in two sheets, after the source's paper on an auditor's case and 审计风险 (审计独立性, "
        "经济责任审计, 审计透明度): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chongxin_treasury_posts() -> dict:
    unit = f"{PLACE}国库支付中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    pay, acct = "支付审核股", "会计核算股"
    rows = [
        (pay, "股长", "middle", "支付凭证审核", "对不合规的支付申请予以审核通过", "岗位职责风险", "Ⅰ级",
         "支付申请系统校验，股长复核。"),
        (pay, "股长", "middle", "用款额度调整", "擅自调整单位用款额度", "制度机制风险", "Ⅱ级",
         "额度调整凭批复办理。"),
        (acct, "会计", "general", "国库资金清算", "清算不及时造成资金滞留", "业务流程风险", "Ⅱ级",
         "每日与代理银行对账。"),
        (acct, "会计", "general", "会计档案保管", "私自查阅、泄露单位支付信息", "思想道德风险", "Ⅲ级",
         "档案查阅登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "chongxin_treasury_posts",
        "https://www.hkyyi.com/html/cai-zheng-guo-ku-guan-li-an-li-fen-xi-tan-tao-shi-ji-cao-zuo-zhong-de-tiao-zhan-yu-jie-jue-fang-an.html",
        "县国库支付中心 廉政风险点排查表 对岗不对人, after the source's paper on 财政国库管理 (国库集中支付, 单一账户, "
        "支付延迟, 重复支付): a title, 序号/股室 merged (支付审核股, 会计核算股)/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合股 | 审核： | "
        "2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def chongxin_procurement_list() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阚沛翎", "leader", [
            ("采购方式变更审批不严", "制度机制", "高", "变更采购方式集体研究并公示。"),
            ("为供应商说情打招呼", "思想道德", "中", "插手采购事项登记报告。"),
        ]),
        ("采购业务股", "采购员", "闾珝澄", "general", [
            ("采购文件设置倾向性条款", "岗位职责", "高", "采购文件两人编制、法制审核。"),
            ("评审专家抽取信息泄露", "业务流程", "中", "专家系统随机抽取，全程录像。"),
            ("接受供应商礼品", "外部环境", "低", "签订廉洁承诺书。"),
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
        "chongxin_procurement_list",
        "http://scshapp.com/info/detail/20131129_1173002.html",
        "县政府采购中心 岗位廉政风险防控一览表, after the source's paper on 政府采购集中度 (集中采购机构, 集中采购目录, "
        "分散采购): a title, 序号/科室 merged (中心领导, 采购业务股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chongxin_jinping_cards() -> dict:
    unit = f"{PLACE}锦屏镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "滕湛玥", "leader", [
            ("补贴资金发放对象审核不严", "★★★", "发放名册村、镇两级公示。"),
            ("镇级支出审批把关不严", "★★", "支出凭证所长、分管领导双签。"),
        ]),
        ("报账员", "翦潍珺", "general", [
            ("报账凭证审核走过场", "★★", "凭证逐笔审核，所长抽查。"),
            ("截留补贴资金", "★", "补贴资金一卡通直接发放到户。"),
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
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "chongxin_jinping_cards",
        "http://www.kleyou.com/html/text/lar/172786/17278641_2.html",
        "县锦屏镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 报账员), after the source's opinion on 乡镇财政 "
        "(就地就近监管, 补贴资金发放, 一站式 服务, 乡财县管): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def chongxin_xinyao_selfchecks() -> dict:
    unit = f"{PLACE}新窑镇财政所"
    t = _Truth(unit)
    people = [
        ("蒯澍岑", "所长", "leader", [
            ("村级资金支付审批不严", "高风险", "村级支出四议两公开后办理。"),
            ("代理记账违规调账", "中风险", "调账经所长审批，留存依据。"),
        ]),
        ("冶翀珞", "出纳", "general", [
            ("村级资金公款私存", "中风险", "资金统一存入代理账户。"),
            ("现金收付白条抵库", "低风险", "库存现金日清月结，所长盘点。"),
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
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chongxin_xinyao_selfchecks",
        "http://jey722.cn/wen/94/186543.html",
        "县新窑镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 村级会计委托代理"
        "服务 办法 (双委托, 报账员, 统一报账): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def chongxin_baishu_group_rows() -> dict:
    unit = f"{PLACE}柏树镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", [
            ("所长", "覃瀚岫", "leader", [
                ("一事一议项目验收把关不严", "一级风险", "验收两人以上，现场核实工程量。"),
                ("公务接待超标准", "三级风险", "接待清单审签报账。"),
            ]),
        ]),
        ("二、工作人员", [
            ("会计", "邴淏翙", "general", [
                ("奖补资金拨付不按进度", "一级风险", "按验收结果和进度拨付。"),
                ("会计资料保管不善", "二级风险", "资料归档专人保管。"),
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
        "chongxin_baishu_group_rows",
        "https://www.qdxw.com.cn/content/646756/83/13315064.html",
        "县柏树镇财政所 廉政风险防控责任清单, after the source's account of a 镇财政所 验收 of a 一事一议 财政奖补 项目 "
        "(工程量 核实, 建设质量): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、领导岗位``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type "
        "column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def chongxin_huangzhai_list() -> dict:
    unit = f"{PLACE}黄寨镇财政所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "郜瀛翀", "leader", "奖补项目考核验收走过场", "岗位职责", "高", "验收采取听、看、查、测。"),
        ("所长", "郜瀛翀", "leader", "接受项目村宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("审核员", "咸沣璟", "general", "项目资料审核不实", "业务流程", "中", "资料清单化审核，留痕。"),
        ("审核员", "咸沣璟", "general", "专项资金挤占挪用", "制度机制", "低", "专款专用，专账核算。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "chongxin_huangzhai_list",
        "http://czj.cxz.gov.cn/info/1096/2014.htm",
        "县黄寨镇财政所 廉政风险防控一览表, after the source's 县财政局 考核验收 of 一事一议 财政奖补 projects (硬化道路, "
        "资料, 专款专用): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chongxin_finance_bureau_inline_manifestation(),
    chongxin_audit_two_sheets(),
    chongxin_treasury_posts(),
    chongxin_procurement_list(),
    chongxin_jinping_cards(),
    chongxin_xinyao_selfchecks(),
    chongxin_baishu_group_rows(),
    chongxin_huangzhai_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch497-inbox"))
