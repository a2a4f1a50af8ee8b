"""The six-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 商务 and
口岸 bodies, 兴庆区 (of 银川市, 宁夏回族自治区) — its 商务局, 招商服务中心, 口岸服务中心, 电子商务服务中心,
商贸流通服务中心, 商务综合行政执法大队, 会展服务中心 and 市场服务中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 招商服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 口岸服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 电子商务服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 商贸流通服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 商务综合行政执法大队's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 会展服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xingqing_market_center_bold_holders``: the 市场服务中心's 岗位廉政风险点排查表, ONE ROW A POINT
  (``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施 | 涉及岗位及人员``), the last column printing on
  EVERY row the same four lines ``主任　甘…⏎副主任　暴…⏎市场管理员　甘…⏎收费员　暴…`` (Excel rich
  text), the line or lines of the row's responsible holders in BOLD, the others plain; a merged
  ``注：“涉及岗位及人员”一栏中字体加粗的为该风险点的直接责任人，其余为配合人员。`` line under the
  table says so. One or two bold lines a row, so a row's point belongs to every holder whose line
  is bold, to no one else. The README's 读得懂的表 knows fonts that give a LEVEL (``字体加粗的为一级
  风险点``, ``LEVEL_TYPEFACE``) and a bold lead-in that is the point before its description; it does
  not describe a holder cell listing every post and name alike whose BOLD lines name the row's
  holders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (以旧换新 补贴 骗补 and 审核把关不严 in
six provinces' audit reports, told twice; an audit view of 招商引资 财政奖补 and 违规政策清理; a 海关 关长
落马 story — 通关监管, 查验豁免, 企业信用评级; 海关 “体制内、系统外” 执法活动 and 内控; a 电子商务进农村
综合示范 实施方案 — 物流, 培训, 供应链 项目; two papers on 农村电商 — 监管, 公共服务, 站点建设) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 甘 and 暴 with rare given names); every unit is a body
of 兴庆区.

Run ``python tests/published/score.py --set batch607`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every BOLD line of a row's ``涉及岗位及人员`` cell makes the row's point a point
  of that holder (post and name as the line writes them), with the row's level; the plain lines
  are 配合人员, no holders; one form a holder, no 科室 (the 中心 names none); ``业务环节`` is no point;
  the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``中心领导`` (a sheet, a group row) are the 科室 of those leaders only where the table writes
  them in a 科室 cell or group row; the 商务局's leaders (sheet ``局领导``) and the cards' leaders have
  no 科室; a 局's or 中心's 科, 股 or 组 is a 科室;
- every 中心, the 局 and the 大队 are units of their own: 局长, 副局长, 主任, 副主任, 大队长 and 副大队长 are
  leaders; 科长, 股长, 中队长 middle; the rest (科员, 会计, 出纳, 专干, 执法队员, 管理员, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 招商服务中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch399.write_xlsx``: ``batch44``'s cells
plus Excel rich text) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch399 import _RichSheet, write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b607_"
PLACE = "兴庆区"
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

# the 中心's staff, printed on every row: (post, name, tier)
STAFF = [
    ("主任", "甘翯瀞", "leader"),
    ("副主任", "暴璟翾", "leader"),
    ("市场管理员", "甘琯潇", "general"),
    ("收费员", "暴沺珝", "general"),
]

# (业务环节, 廉政风险点, 风险等级, 防控措施, bold lines of STAFF)
BOLD_ROWS = [
    ("摊位招租", "农贸市场摊位招租不公开竞价，优亲厚友", "高", "摊位招租公开竞价，结果在市场公示栏公示。", (0, 1)),
    ("摊位招租", "摊位转租、转让审核把关不严", "中", "转租转让经中心集体研究，台账备查。", (1,)),
    ("租金收缴", "收取租金不开票据，截留私分", "高", "租金统一缴入中心账户，开具财政票据。", (3,)),
    ("租金收缴", "对关系户减免、缓收租金", "中", "减免缓收报主任办公会研究。", (0, 3)),
    ("市场巡查", "市场巡查发现违规经营不制止、不上报", "中", "巡查记录每日登记，副主任每周抽查。", (2,)),
    ("市场巡查", "接受经营户宴请、购物卡", "低", "签订廉洁承诺书，公开监督电话。", (1, 2)),
    ("设施维护", "市场设施维修项目化整为零，指定施工方", "高", "维修项目按限额比选，结果公示。", (0,)),
]  # fmt: skip

BOLD_NOTE = "注：“涉及岗位及人员”一栏中字体加粗的为该风险点的直接责任人，其余为配合人员。"


def xingqing_market_center_bold_holders() -> dict:
    unit = f"{PLACE}市场服务中心"
    sh = _RichSheet("排查表", [6, 10, 38, 8, 34, 20])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 6)
    sh.add("序号", "业务环节", "廉政风险点", "风险等级", "防控措施", "涉及岗位及人员")
    lines = [f"{post}{GAP}{who}" for post, who, _ in STAFF]
    first = len(sh.rows)
    for i, (stage, point, lv, measures, bold) in enumerate(BOLD_ROWS, 1):
        r = sh.add(i, stage, point, lv, measures, "\n".join(lines))
        parts = [
            (line + ("\n" if k < len(lines) - 1 else ""), k in bold) for k, line in enumerate(lines)
        ]
        sh.rich[(r, 5)] = parts
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the staff's order
    for k, (post, who, tier) in enumerate(STAFF):
        for _stage, point, lv, _measures, bold in BOLD_ROWS:
            if k in bold:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, BOLD_NOTE, 6)
    sh.add("填表：", None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "xingqing_market_center_bold_holders", "https://www.hanspub.org/journal/paperinformation?paperid=129635",
        "(harder) 区市场服务中心 岗位廉政风险点排查表, after the source's paper on 农村电商 高质量发展 (多元主体协同, 监管机制, "
        "基础设施, 站点): a title, a merged ``单位：…　2025年6月`` line, then 序号/业务环节 (merged)/廉政风险点/风险等级 "
        "高/中/低/防控措施/``涉及岗位及人员``; the last column prints on EVERY row the same four lines ``岗位　姓名`` "
        "(Excel rich text), the row's responsible holders' lines in BOLD (one or two a row), the others plain; a "
        "merged ``注：…字体加粗的为该风险点的直接责任人，其余为配合人员。`` line and a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xingqing_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甘翀璇", "局长", "主持全面工作", [
            ("消费品以旧换新补贴资金分配个人说了算", "一级", "资金分配方案经局党组会研究，按季度公示。"),
            ("插手干预承办企业遴选", "一级", "承办企业公开征集，评审专家随机抽取。"),
        ]),
        ("暴峣琦", "副局长", "分管市场运行、外贸", [
            ("补贴申领审核把关不严，重复补贴", "一级", "补贴数据与报废回收信息逐笔比对。"),
            ("外贸发展资金项目申报审核走过场", "二级", "项目申报材料实行初审、复审两级审核。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("市场运行科", "科长", "甘珣霈", "middle", "以旧换新承办企业临时提价监管不到位", "一级",
         "活动期间价格每周抽查，发现提价暂停补贴资格。"),
        ("市场运行科", "科长", "甘珣霈", "middle", "补贴资金拨付不按审核结果办理", "二级", "资金拨付凭审核清单，双人复核。"),
        ("市场运行科", "科员", "暴琇沄", "general", "消费者补贴资料审核不严", "二级", "资料审核留痕，系统比对身份信息。"),
        ("对外贸易科", "科长", "甘岷瑭", "middle", "外经贸专项资金申报资料审核不严", "一级", "申报资料公示，接受企业监督。"),
        ("对外贸易科", "科员", "暴湉琮", "general", "企业出口数据统计虚报", "三级", "统计数据与海关数据核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "xingqing_commerce_bureau_two_sheets", "https://udn.com/news/story/7332/8992910",
        "区商务局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 以旧换新 补贴 (骗补, 审核把关不严, 重复补贴, "
        "承办企业临时涨价): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xingqing_investment_center_posts() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "招商协议签订", "协议中违规承诺税收返还、财政奖补", "制度机制风险", "高",
         "招商协议条款经司法局合法性审查。"),
        ("项目服务科", "科长", "middle", "项目落地服务", "为客商办事收受好处费", "思想道德风险", "高",
         "服务事项清单公开，客商评价回访。"),
        ("项目服务科", "科长", "middle", "签约项目考核", "签约项目数据虚报，夸大投资额", "岗位职责风险", "中",
         "签约项目每季度核查，数据与统计部门比对。"),
        ("产业招商科", "科员", "general", "外出招商活动", "借外出招商公款旅游、超标准接待", "业务流程风险", "中",
         "外出招商报批，费用凭据报销。"),
        ("产业招商科", "科员", "general", "客商资信审查", "对客商身份资信核实不严", "外部环境风险", "低",
         "客商资信经第三方核查，建档备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "xingqing_investment_center_posts", "http://sjt.sc.gov.cn/scssjt/c10377/2026/2/26/2f4d76299a6a48138944e3c883af57d4.shtml",
        "区招商服务中心 岗位廉政风险点排查表 对岗不对人, after the source's audit view of 招商引资 (财政奖补, 税收返还, "
        "违规政策清理, 签约项目): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xingqing_port_center_selfchecks() -> dict:
    unit = f"{PLACE}口岸服务中心"
    t = _Truth(unit)
    people = [
        ("甘瀚翊", "中心领导", "主任", "leader", [
            ("口岸查验场所建设项目插手招投标", "Ⅰ级", "项目进入公共资源交易平台。", "已落实"),
            ("企业通关协调中打招呼、批条子", "Ⅱ级", "协调事项登记，集体研究。", "未发现问题"),
        ]),
        ("暴璘沣", "通关服务科", "科长", "middle", [
            ("为进出口企业通关提供便利收受好处", "Ⅰ级", "通关服务事项公开办理时限。", "已落实"),
            ("企业信用评级材料审核不严", "Ⅱ级", "评级材料双人审核。", "已落实"),
        ]),
        ("甘滢昶", "通关服务科", "科员", "general", [
            ("口岸运行补助资金发放资料审核走过场", "Ⅲ级", "补助名单公示，接受监督。", "未发现问题"),
            ("泄露企业申报信息", "Ⅱ级", "信息系统分级授权，操作留痕。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xingqing_port_center_selfchecks", "https://wanbiaoku.com/new/84e85954c15d4f9293a1712bb7bad994",
        "区口岸服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's story of "
        "海关 关长 落马 (通关监管, 查验豁免, 企业信用评级): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def xingqing_ecommerce_center_group_rows() -> dict:
    unit = f"{PLACE}电子商务服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "暴琨滢", "leader", [
                ("电子商务进农村示范项目承办主体遴选暗箱操作", "一级风险", "承办主体公开遴选，结果公示。"),
                ("示范资金拨付不按绩效评价结果", "一级风险", "资金按绩效评价结果分批拨付。"),
            ]),
        ]),
        ("二、项目管理股", "项目管理股", [
            ("股长", "甘沨璟", "middle", [
                ("县乡村物流项目验收把关不严", "二级风险", "验收邀请第三方机构参加。"),
            ]),
            ("专干", "暴珝澄", "general", [
                ("电商培训人数虚报冒领培训补贴", "二级风险", "培训签到人脸识别，名单公示。"),
                ("村级服务站点运营补贴核对不实", "三级风险", "站点运营数据每季度核对。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("会计", "甘璠渟", "general", [
                ("项目资金支付凭证审核不严", "二级风险", "支付凭证三级审核。"),
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
        "xingqing_ecommerce_center_group_rows", "https://qqjlz.com/chang/cehua/4m7n6p.html",
        "区电子商务服务中心 廉政风险防控责任清单, after the source's 电子商务进农村综合示范 实施方案 (物流, 培训, 供应链 项目, "
        "公共服务体系, 绩效评价): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、项目管理股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def xingqing_trade_circulation_cards() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "暴渶翎", "主任", "主持中心全面工作", "leader", [
            ("社区便民商业网点建设补助分配不公", "★★★", "补助分配集体研究，结果公示。"),
            ("成品油经营企业年检中打招呼", "★★★", "年检结果集体审定。"),
            ("接受商贸企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "甘霖璆", "副主任", "分管流通项目、预付卡监管", "leader", [
            ("单用途预付卡备案审核走过场", "★★", "备案资料双人审核，抽查经营场所。"),
            ("流通项目验收降低标准", "★★", "验收邀请财政部门参加。"),
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
        "xingqing_trade_circulation_cards", "https://www.hanspub.org/journal/paperinformation?paperid=122359",
        "区商贸流通服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 农村电商 发展 (流通, "
        "物流, 站点建设, 平台下沉): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xingqing_commerce_enforcement_list() -> dict:
    unit = f"{PLACE}商务综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "甘翙澍", "leader", "骗补案件查处中压案不查", "制度机制", "高风险",
         "案件查处集体研究，全程记录。"),
        ("大队领导", "大队长", "甘翙澍", "leader", "行政处罚自由裁量权滥用", "岗位职责", "中风险",
         "严格执行裁量基准，重大处罚法制审核。"),
        ("执法一中队", "中队长", "暴岫瀛", "middle", "检查中为经营者通风报信", "思想道德", "高风险",
         "双随机抽查，检查前不通知。"),
        ("执法一中队", "执法队员", "甘潾琰", "general", "现场检查记录不实", "业务流程", "中风险",
         "执法记录仪全程记录。"),
        ("执法二中队", "执法队员", "暴沄珺", "general", "罚没物品处置不规范", "外部环境", "低风险",
         "罚没物品登记入库，统一处置。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "xingqing_commerce_enforcement_list", "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60274783/%E5%85%A7%E5%9C%B0%E5%9C%8B%E5%AE%B6%E8%A3%9C%E8%B2%BC%E8%B3%87%E9%87%91%E8%90%BD%E5%AF%A6%E6%83%85%E6%B3%81%E5%8F%97%E9%97%9C%E6%B3%A8-6%E7%9C%81%E8%B3%87%E9%87%91%E8%A2%AB%E9%A8%99%E5%8F%8A%E9%81%95%E8%A6%8F%E4%BD%BF%E7%94%A8%E9%81%8E%E5%84%84",
        "区商务综合行政执法大队 岗位廉政风险防控一览表, after the source's report on 国家补贴 骗补 (虚构交易, 虚假证明材料, "
        "经销商 协助骗取): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def xingqing_exhibition_center_register() -> dict:
    unit = f"{PLACE}会展服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "暴翚沅", "leader", [
            ("展会承办机构选定不经集体研究", "制度机制", "一级", "承办机构公开比选。"),
            ("展会场馆租赁费减免个人决定", "岗位职责", "二级", "减免事项主任办公会研究。"),
        ]),
        ("展务科", "科长", "甘琮洄", "middle", [
            ("参展企业展位分配优亲厚友", "思想道德", "二级", "展位分配抽签，结果公示。"),
        ]),
        ("展务科", "科员", "暴珈霁", "general", [
            ("展会搭建验收签字走过场", "业务流程", "一级", "验收双人签字，留存影像。"),
            ("收受参展企业礼品", "思想道德", "三级", "签订承诺书。"),
        ]),
        ("综合科", "出纳", "甘淏琬", "general", [
            ("展会收入不及时入账", "业务流程", "一级", "收入日清月结。"),
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
        "xingqing_exhibition_center_register", "http://m.zgkjsz.com/page/2013/1218/21130369.shtml",
        "区会展服务中心 廉政风险点排查登记表, after the source's piece on 海关 “体制内、系统外” 执法活动 (权力分布, 内控节点, "
        "人工处理环节): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xingqing_market_center_bold_holders(),
    xingqing_commerce_bureau_two_sheets(),
    xingqing_investment_center_posts(),
    xingqing_port_center_selfchecks(),
    xingqing_ecommerce_center_group_rows(),
    xingqing_trade_circulation_cards(),
    xingqing_commerce_enforcement_list(),
    xingqing_exhibition_center_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch399.write_xlsx`` (rich text)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch607-inbox"))
