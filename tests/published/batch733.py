"""The seven-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 财政 and
税务 bodies, 加格达奇区 (of 大兴安岭地区, 黑龙江省) — its 财政局, 国库集中支付中心, 非税收入管理所, 税务局
会计核算中心 and the 税务局's 东山税务分局, 长虹税务所 and 办税服务厅 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 财政局's workbook in TWO SHEETS ``局领导`` (``姓名 | 职务`` merged per leader) and ``业务股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``;
- the 国库集中支付中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, no names,
  ``高风险/中风险/低风险``;
- the 非税收入管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label row, ``★★★/★★/★``
  read by a ``注：`` line;
- the 东山税务分局's 责任清单 under GROUP ROWS ``一、分局领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 长虹税务所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 办税服务厅's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  ``风险类型`` (``…风险``), 高/中/低, a ``注：`` line.
- the 会计核算中心's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  no type column, a 填表人/审核人 line.

One is harder:

- ``jiagedaqi_tax_bureau_level_footers``: the 税务局's 岗位廉政风险点分级汇总表, ONE ROW A POINT with
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 防控措施`` written on every row and NO level column: the list is
  sorted by grade and each run of rows is CLOSED by a merged row below it, ``（以上为一级风险点，共3项）``,
  ``（以上为二级风险点，共4项）``, ``（以上为三级风险点，共3项）``, that gives the level of the rows ABOVE it.
  A holder's points fall in several runs. The README's 读得懂的表 knows level sections OPENED by a
  row (``一、一级风险``) over their rows, level by the 序号's numbering, a 备注 naming a holder with a
  count of rows (``以上3项由…负责``) and foot rows closing a holder's block (``以上风险点 责任人：…``); it
  does not describe a level given only by a closing foot row under its run.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 地税局 on 廉政风险 防范 — 风险点,
预警, 内控; a 财政局 on 采购 from 预算 to 执行 — 采购计划, 招标, 合同, 验收; a page on 国库集中支付 and
财政应返还额度; a paper on 非税收入 征管 — 执收单位, 票据, 减免; a page on 税款解缴 and 票证 — 入库级次,
退库, 减免税审批; a paper on 税收管理员 管户 and 下户 — 吃拿卡要, 纳税评估; a 地税 内控 方案 — 执法
规范, 窗口) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 谌 and 琚 with rare given names); every
unit is a body of 加格达奇区.

Run ``python tests/published/score.py --set batch733`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a closing row ``（以上为X级风险点，共N项）`` gives the level of the N rows above it
  (back to the previous closing row); it is no point and names no holder; a holder's form collects his
  rows from every run, in the order of the sheet;
- a group row ``一、分局领导`` gives the 科室 ``分局领导`` (its number left off); the 财政局's leaders
  (sheet ``局领导``, no 科室 column) and the 非税收入管理所's cards have no 科室;
- 局长, 副局长, 主任 of a 中心, 所长, 副所长, 分局长 and 副分局长 are leaders; 股长 and 科长 middle; the rest
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表时间`` name no point;
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

PREFIX = "b733_"
PLACE = "加格达奇区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
CN = {1: "一级", 2: "二级", 3: "三级"}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 税务局's holders: key -> (股室, post, name, tier)
HOLDERS = {
    "局长": ("局领导", "局长", "谌邃琇", "leader"),
    "副局长": ("局领导", "副局长", "琚珺蘅", "leader"),
    "征管股长": ("征收管理股", "股长", "谌荦琀", "middle"),
    "管理员": ("征收管理股", "税收管理员", "琚昉瑢", "general"),
    "稽查员": ("稽查股", "检查员", "谌璩芃", "general"),
}

# (level, [(holder, point, measures)]) — runs in grade order, each closed by a foot row
RUNS = [
    (1, [
        ("局长", "重大税务案件审理中打招呼、说情，干预定性处罚", "重大案件集体审理，审理意见全程记录。"),
        ("副局长", "分管减免税、退税审批把关不严，越权或违规审批", "减免退税分级审批，按月抽查复核。"),
        ("稽查员", "检查中收受纳税人好处，隐瞒违法事实、少补少罚", "检查双人实施，执法记录仪全程记录。"),
    ]),
    (2, [
        ("征管股长", "违规认定或解除非正常户", "非正常户认定经股室集体研究，系统留痕。"),
        ("管理员", "下户调查吃拿卡要，纳税评估人情评估", "下户填写外出派出单，评估结果复核。"),
        ("局长", "干部选任、评先评优中搞亲疏远近", "选任评优按程序集体研究并公示。"),
        ("稽查员", "泄露检查计划和举报人信息", "检查计划保密管理，举报信息专人专管。"),
    ]),
    (3, [
        ("管理员", "违规代开发票或为关系户简化发票领用手续", "代开发票系统比对，领票审批留痕。"),
        ("征管股长", "税款入库级次设置错误，逾期压库", "每月核对入库级次，逾期预警。"),
        ("副局长", "接受管户企业宴请或在企业报销费用", "签订廉洁从税承诺书，定期谈心谈话。"),
    ]),
]  # fmt: skip


def jiagedaqi_tax_bureau_level_footers() -> dict:
    unit = f"{PLACE}税务局"
    ncols = 6
    sh = _Sheet("分级汇总", [6, 12, 12, 9, 40, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点分级汇总表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年6月", ncols)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    n = 0
    for lv, rows in RUNS:
        for key, point, measures in rows:
            n += 1
            dept, post, who, _tier = HOLDERS[key]
            sh.add(n, dept, post, who, point, measures)
        _line(sh, f"（以上为{CN[lv]}风险点，共{len(rows)}项）", ncols)
    # the truth one form a holder, in the HOLDERS order, each with his rows in the sheet's order
    for key, (dept, post, who, tier) in HOLDERS.items():
        for lv, rows in RUNS:
            for k, point, _measures in rows:
                if k == key:
                    t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(
        sh,
        "注：风险点按一级（高）、二级（中）、三级（低）排列，各级风险点列于该级小计行之上。",
        ncols,
    )
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "jiagedaqi_tax_bureau_level_footers", "https://gwyoo.com/article/xzgaoshou/jiaoliu/201109/463605.html",
        "(harder) 区税务局 岗位廉政风险点分级汇总表, after the source's 地税局 on 廉政风险 防范 (风险点, 预警, 内控, "
        "“地雷区”): a title, a merged 填报单位/填报时间 line, 序号/股室/岗位/姓名 written on every row/廉政风险点/防控措施, "
        "NO level column: the rows sorted by grade, each run CLOSED by a merged row ``（以上为一级风险点，共3项）`` … that "
        "gives the level of the rows above it; a holder's points in several runs; a ``注：`` line and a 填表/审核/签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiagedaqi_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("琚翬岫", "局长", [
            ("部门预算资金分配中个人说了算，向关系单位倾斜", "一级", "预算分配方案经局党组会集体研究。"),
            ("政府采购项目中打招呼、指定供应商", "一级", "采购事项按规定程序实施，领导干预登记报告。"),
        ]),
        ("谌瑊沨", "副局长", [
            ("分管的采购计划审批把关不严，化整为零规避公开招标", "二级", "采购计划与预算指标系统比对。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("业务股室", [6, 14, 12, 10, 38, 9, 34])
    _line(dept, f"{unit}业务股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("政府采购股", "股长", "谌珧蓊", "middle", "采购需求设置倾向性条款", "一级", "采购需求经专家论证并公示。"),
        ("政府采购股", "股长", "谌珧蓊", "middle", "合同履约验收走过场", "二级", "验收邀请使用单位和专家参加。"),
        ("政府采购股", "科员", "琚芃翛", "general", "泄露采购预算和评审信息", "二级", "评审信息专人保管，签订保密承诺。"),
        ("预算股", "股长", "琚沕珰", "middle", "预算追加审核中收受好处", "一级", "追加预算经局务会审定。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "jiagedaqi_finance_bureau_two_sheets",
        "https://www.hkyyi.com/html/cai-zheng-ju-cai-gou-ru-he-que-bao-tou-ming-yu-gao-xiao-cong-yu-suan-dao-zhi-xing-quan-liu-cheng-jie.html",
        "区财政局 廉政风险防控一览表 in TWO SHEETS, after the source's 财政局 on 采购 from 预算 to 执行 (采购计划, 招标, 合同, "
        "验收): ``局领导`` (序号/姓名/职务 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施) and ``业务股室`` "
        "(股室 merged, 岗位 and 姓名 merged per person); a 填表人/审核人/date line",
        [lead, dept], t,
    )  # fmt: skip


def jiagedaqi_treasury_center_posts() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("排查表", [6, 12, 12, 30, 40, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("支付审核科", "科长", "用款计划审核放宽标准", "对关系单位超计划、无预算支付申请予以通过",
         "高风险", "用款计划与预算指标系统控制，超额自动拦截。"),
        ("支付审核科", "审核员", "支付凭证审核不严", "对无合同、无发票的直接支付申请未予退回",
         "中风险", "审核要素清单化，退件留痕。"),
        ("会计核算科", "科长", "财政应返还额度核定不实", "年终结余额度核定时多列或少列，违规调剂",
         "高风险", "额度核定经中心会议研究，报局审定。"),
        ("会计核算科", "会计", "代理银行清算对账不及时", "与代理银行对账走过场，资金长期挂账",
         "中风险", "每日清算每月对账，差异专报。"),
        ("会计核算科", "会计", "违规向代理银行泄露单位资金信息", "为银行揽存提供单位账户余额",
         "低风险", "账户信息查询权限分级授权。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"科长": "middle", "审核员": "general", "会计": "general"}
    for i, (dept, post, point, show, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, point, show, lv, measures)
        t.point(sh.name, dept, post, "", tiers[post], point, [], HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("排查人：", None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "jiagedaqi_treasury_center_posts",
        "https://abg.baidu.com/tags/xh5l7yv4v7lnbvvhxc3m7qvsy3k75u5gw623xonw523mrnoexpq3zrv2zpf6g13",
        "区国库集中支付中心 岗位廉政风险排查表 对岗不对人, after the source's page on 国库集中支付 and 财政应返还额度 (用款计划, "
        "代理银行, 清算): a title, 序号/科室 merged/岗位 merged/a short 风险点 beside a long 风险表现/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 排查人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jiagedaqi_nontax_office_cards() -> dict:
    unit = f"{PLACE}非税收入管理所"
    t = _Truth(unit)
    cards = [
        ("谌翥昳", "所长", "leader", "主持非税收入征管和票据管理工作", [
            ("违规批准执收单位缓缴、减免非税收入", "★★★", "减免缓缴按权限审批，结果公开。"),
            ("非税收入项目和标准审核中收受好处", "★★", "收费项目目录化管理，按目录执收。"),
        ]),
        ("琚玥湝", "票据管理员", "general", "负责财政票据领购、发放、核销", [
            ("超量发放或违规发放财政票据", "★★★", "票据按用量发放，验旧供新。"),
            ("票据核销不严，隐瞒执收单位截留收入", "★★", "票据核销与收入入库数据比对。"),
            ("电子票据系统权限外借他人使用", "★", "系统账号实名，定期修改密码。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, work, points in cards:
        sh = _Sheet(who, [6, 12, 26, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.merge(1, 3, 1, 4)
        sh.add("岗位职责", work, None, None, None)
        sh.merge(2, 1, 2, 4)
        sh.add("序号", "风险点", None, "风险等级", "防控措施")
        sh.merge(3, 1, 3, 2)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签字：", None, "日期：", "2025年5月", None)
        sheets.append(sh)
    return _layout(
        "jiagedaqi_nontax_office_cards", "http://www.handmsg.com/page/2025/0523/27720386.shtml",
        "区非税收入管理所 岗位廉政风险防控卡, one sheet a person, after the source's paper on 非税收入 征管 (执收单位, 票据, "
        "减免): a title, a label row ``姓　名 | … | 职　务 | …``, a merged 岗位职责 line, 序号/风险点 merged over two "
        "columns/风险等级 ``★★★/★★/★``/防控措施, a ``注：`` line and a 本人签字/日期 line",
        sheets, t,
    )  # fmt: skip


def jiagedaqi_dongshan_branch_group_rows() -> dict:
    unit = f"{PLACE}税务局东山税务分局"
    sh = _Sheet("责任清单", [6, 12, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("分局领导", [
            ("分局长", "琚峮瑄", "leader", [
                ("违规批准税款退库", "Ⅰ级", "退库凭证与入库税票逐笔核对，集体审签。"),
                ("对委托代征点监管失察，放任截留税款", "Ⅱ级", "代征点定期检查，代征协议备案。"),
            ]),
        ]),
        ("征收组", [
            ("组长", "谌瑱翀", "middle", [
                ("不按规定加收滞纳金或擅自变通执行税率", "Ⅰ级", "滞纳金系统自动计算，不得手工修改。"),
            ]),
            ("征收员", "琚珖湉", "general", [
                ("税收票证保管不善，挪用、截留税款", "Ⅱ级", "票证专人专柜保管，票款分离。"),
                ("违规为纳税人代开发票", "Ⅲ级", "代开发票凭资料审核，系统留痕。"),
            ]),
        ]),
        ("减免税组", [
            ("审核员", "谌琯沚", "general", [
                ("减免税资料审核走过场，违规受理", "Ⅰ级", "减免税备案资料二人审核，定期抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    nums = "一二三四"
    for g, (dept, people) in enumerate(groups):
        _line(sh, f"{nums[g]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None)
    return _layout(
        "jiagedaqi_dongshan_branch_group_rows", "http://ask.fsou.com/html/text/lar/173355/17335529_1.html",
        "区税务局东山税务分局 岗位廉政风险防控责任清单, after the source's page on 税款解缴 and 票证 (入库级次, 退库, 减免税"
        "审批, 代征点): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, GROUP ROWS ``一、分局领导`` … "
        "``三、减免税组`` merged across, 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jiagedaqi_changhong_office_selfchecks() -> dict:
    unit = f"{PLACE}税务局长虹税务所"
    t = _Truth(unit)
    people = [
        ("琚昳翚", "所领导", "所长", "leader", [
            ("税收管理员管户分配中搞照顾", "一级风险", "管户按行业和规模系统分配。"),
            ("纳税评估结论审定把关不严", "二级风险", "评估结论经所务会审定。"),
        ]),
        ("谌湝瑨", "税源管理股", "税收管理员", "general", [
            ("下户检查收受纳税人礼品、礼金", "一级风险", "已执行外出派出单制度。"),
            ("对异常申报不跟进，放任少报税款", "二级风险", "异常申报清单每月销号。"),
        ]),
        ("琚翛岏", "税源管理股", "股长", "middle", [
            ("纳税评估选案人为干预", "二级风险", "选案由系统按指标推送。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 12, 30, 12, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", None, None, "风险等级", "自查情况")
        sh.merge(3, 1, 3, 3)
        for i, (point, lv, check) in enumerate(points, 1):
            r = sh.add(i, point, None, None, lv, check)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add("本人签名：", None, None, "股室负责人：", None, None)
        sheets.append(sh)
    return _layout(
        "jiagedaqi_changhong_office_selfchecks", "https://21ks.net/haowen/147031.html",
        "区税务局长虹税务所 岗位廉政风险自查表, one sheet a person, after the source's paper on 税收管理员 管户 and 下户 "
        "(吃拿卡要, 纳税评估, 外出派出单): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, "
        "序号/风险点 merged over three columns/风险等级 ``一级风险/二级风险/三级风险``/自查情况, a 本人签名/股室负责人 line",
        sheets, t,
    )  # fmt: skip


def jiagedaqi_tax_hall_list() -> dict:
    unit = f"{PLACE}税务局办税服务厅"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 36, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2", None, None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("厅领导", "主任", "谌岏珺", "leader", "窗口人员调配和评先中优亲厚友", "制度机制风险", "中",
         "窗口人员调配经集体研究。"),
        ("综合服务窗口", "窗口负责人", "琚瑨芃", "middle", "对关系户容缺受理、插队办理", "岗位职责风险", "高",
         "叫号系统排队，容缺受理登记。"),
        ("综合服务窗口", "受理员", "谌芃琇", "general", "违规作废、红冲发票", "业务流程风险", "高",
         "作废红冲发票系统审批，每日复核。"),
        ("综合服务窗口", "受理员", "谌芃琇", "general", "接受纳税人及中介的宴请、购物卡", "思想道德风险", "低",
         "签订廉洁承诺，公开监督电话。"),
        ("导税咨询岗", "导税员", "琚琀沨", "general", "向纳税人推荐指定涉税中介", "外部环境风险", "中",
         "导税服务规范用语，中介名单不得推荐。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "jiagedaqi_tax_hall_list", "http://www.boteman.cn/paper/507609488.html",
        "区税务局办税服务厅 岗位廉政风险点一览表, after the source's 地税 内控 方案 (执法规范, 窗口, 纳税人满意度): ``附件2``, "
        "a title, a merged 填报单位/填报时间 line, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jiagedaqi_accounting_center_list() -> dict:
    unit = f"{PLACE}会计核算中心"
    sh = _Sheet("一览表", [6, 14, 12, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1", None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "琚瑄荦", "leader", [
            ("预算单位结余结转资金清理中默许违规调剂使用", "Ⅰ级", "结余结转资金清理结果报局审定。"),
        ]),
        ("核算一科", "科长", "谌翛璩", "middle", [
            ("报账单据审核放宽，为预算单位列支不合规费用", "Ⅰ级", "报账单据三级审核，退单留痕。"),
            ("违规为预算单位调整会计科目，掩盖超预算支出", "Ⅱ级", "科目调整经中心审批。"),
        ]),
        ("核算一科", "会计", "琚岏翥", "general", [
            ("收受预算单位报账人员礼品", "Ⅲ级", "报账大厅公开监督电话。"),
            ("会计档案随意借阅、泄露单位财务信息", "Ⅱ级", "档案借阅登记，专人保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主要负责人（签字）：", None)
    return _layout(
        "jiagedaqi_accounting_center_list",
        "https://abg.baidu.com/tags/yln5jjgl4o22ltv3xxq5hyf54hl2vv6kxxyltxga5w24jr57xox3zmgkww6ps13",
        "区会计核算中心 岗位廉政风险防控一览表, after the source's paper on 预算单位 结余结转资金 管理 (清理, 调剂, 报账): "
        "``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施, no type column; a 填表人/审核人/主要负责人（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiagedaqi_tax_bureau_level_footers(),
    jiagedaqi_finance_bureau_two_sheets(),
    jiagedaqi_treasury_center_posts(),
    jiagedaqi_nontax_office_cards(),
    jiagedaqi_dongshan_branch_group_rows(),
    jiagedaqi_changhong_office_selfchecks(),
    jiagedaqi_tax_hall_list(),
    jiagedaqi_accounting_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch733-inbox"))
