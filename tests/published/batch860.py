"""The eight-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's finance
and treasury bodies, 江华瑶族自治县 (of 永州市, 湖南省) — its 财政局, 国库集中支付中心, 非税收入征收管理局,
政府投资评审中心, 农村财务管理中心 and two 乡镇财政所 (白芒营镇, 涔天河镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 财政局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国库集中支付中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 非税收入征收管理局's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 白芒营镇财政所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 政府投资评审中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农村财务管理中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 涔天河镇财政所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``jianghua_finance_affairs_staggered_levels``: the 财政事务中心's 岗位廉政风险点排查表, an ordinary
  list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 科室 merged, 岗位 and 姓名 merged per
  person) with NO level column: the heading ``廉政风险点`` is merged across THREE columns without
  sub-headings, and each point is typed in ONE of the three — STAGGERED like an outline — the column
  giving its level, as the ``注：`` line under the table says (``风险点按风险等级错列填写：填在第一列的为一级
  风险点，填在第二列的为二级风险点，填在第三列的为三级风险点``). The README's 读得懂的表 knows
  ``一级风险点 | 二级风险点 | 三级风险点`` as headed columns, ``廉政风险点`` merged over two columns (work item
  | point, name | 表现), level tick columns under a printed scale and ``风险程度`` marks; it does not
  describe a point column split three ways without headings whose cells stand staggered by level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县财政局's “五个机制” — 专项资金申报、
拨付、大监督、追责; a 乡镇 “一事一议” 办公室 主任 who helped villages 套取 奖补资金 with forged contracts;
a paper on 县级国库集中支付 risks — “一人清”, 经办审核不分离, 向私人卡折划款; a 市 rule on 财政投资评审
— 委托书, 评审结论, 保密; a 市 page on 收费票据 — 分次限量购领, 票据存根, 核销; a page on 村会计 becoming
报账员 under 农村财务委托代理; a Q&A on 财政票据 购领、使用、核销; and an encyclopaedia page on 江华瑶族自治县)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 奉 and 盘 with rare given names); every unit is a
body of 江华瑶族自治县.

Run ``python tests/published/score.py --set batch860`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the one text in the three ``廉政风险点`` columns, and its level
  is the column it stands in (first 1, second 2, third 3) as the ``注：`` line says; holders as the
  科室/岗位/姓名 columns give them; the ``注：`` line and the sign-off line are no points;
- ``局领导``, ``所领导``, ``中心领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the 财政局's
  leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 局's 股, a 中心's 科 or
  股 and a 财政所's 股 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 所长 and 副所长 are leaders; 股长 and 科长
  middle; the rest (股员, 会计, 出纳, 审核员, 评审员, 记账员, 报账员, 票据管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 国库集中支付中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b860_"
PLACE = "江华瑶族自治县"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, level 1/2/3, 防控措施)])
STAGGERED = [
    ("中心领导", "主任", "奉翀隽", "leader", [
        ("预算单位会计集中核算业务审批“一支笔”，不经集体研究", 1, "大额支出经中心主任办公会集体研究，纪要存档。"),
        ("对核算单位超标准接待费报账打招呼放行", 2, "接待费按公务接待标准审核，超标不予报账。"),
    ]),
    ("核算股", "股长", "盘珝沅", "middle", [
        ("原始凭证审核不严，虚开发票套取资金入账", 1, "发票逐张查验真伪，附件不全退回。"),
        ("往来款长期挂账不清理，变相出借资金", 2, "往来款按季清理，超期挂账书面报告。"),
        ("会计档案借阅不登记，凭证缺失", 3, "档案借阅登记，归还时核对。"),
    ]),
    ("核算股", "出纳", "奉珣霁", "general", [
        ("公款私存、坐支现金", 1, "现金日清月结，每月由股长突击盘点。"),
        ("网银U盾与密码由一人保管，擅自转账", 2, "U盾与密码分人保管，转账双人复核。"),
    ]),
    ("综合股", "股员", "盘淏翎", "general", [
        ("办公用品采购不比价，虚报数量", 3, "采购三家比价，入库验收登记。"),
        ("公务用车加油卡私用", 2, "加油卡专车专用，每月核对行车记录。"),
    ]),
]  # fmt: skip


def jianghua_finance_affairs_staggered_levels() -> dict:
    unit = f"{PLACE}财政事务中心"
    ncols = 8
    sh = _Sheet("排查表", [6, 11, 9, 9, 30, 30, 30, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年6月", ncols)
    top = sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", None, None, "防控措施")
    sh.merge(top, 4, top, 6)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STAGGERED:
        for point, lv, measures in points:
            n += 1
            cells = [None, None, None]
            cells[lv - 1] = point
            sh.add(n, dept, post, who, *cells, measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：廉政风险点按风险等级错列填写：填在第一列的为一级风险点，填在第二列的为二级风险点，"
          "填在第三列的为三级风险点。", ncols)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "jianghua_finance_affairs_staggered_levels", "https://wtabcd.cn/zhishi/a/92/198346.html",
        "(harder) 县财政事务中心 岗位廉政风险点排查表, after the source's encyclopaedia page on 江华瑶族自治县 (its 镇、乡, 沱江镇 "
        "the seat): a title, a merged 填报单位 line, one heading row ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | | | 防控措施`` "
        "with ``廉政风险点`` merged across THREE columns and no sub-headings; 科室 merged, 岗位 and 姓名 merged per "
        "person; each point typed in ONE of the three columns, staggered, the column giving the level as the "
        "``注：`` line under the table says (first 一级, second 二级, third 三级); no level or type column; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jianghua_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("奉璟翊", "局长", "主持全面工作", [
            ("专项资金分配方案由个人拍板，不经党组会研究", "一级", "专项资金分配方案经局党组会集体研究并公开。"),
            ("干预财政投资项目评审结论", "一级", "评审结论由评审中心独立出具，领导不得批条。"),
        ]),
        ("盘玥岑", "副局长", "分管国库、预算执行", [
            ("违规审批预算单位追加支出", "一级", "追加支出按程序报县政府审批。"),
            ("对向私人卡折划款的支付申请不把关", "二级", "支付一律到单位账户或收款人账户，私人卡折划款专项核查。"),
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
        ("预算股", "股长", "奉澈岚", "middle", "项目支出申报审核中接受预算单位请托", "一级",
         "项目申报材料集体会审，审核意见留痕。"),
        ("预算股", "股长", "奉澈岚", "middle", "绩效目标审核走过场", "二级", "绩效目标审核意见书面反馈，纳入考核。"),
        ("预算股", "股员", "盘晅琛", "general", "预算指标录入与批复不一致", "三级", "指标录入后由股长复核。"),
        ("农业股", "股长", "奉峤琰", "middle", "涉农专项资金拨付不按项目进度", "一级", "拨付凭项目进度和验收资料，实行会签。"),
        ("农业股", "股员", "盘湉珺", "general", "一事一议奖补项目验收资料审核不严", "二级", "验收资料逐项核对，实地抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jianghua_finance_bureau_two_sheets", "http://ysjj.qyjj.gov.cn/jj_detail.thtml?id=68717",
        "县财政局 廉政风险防控一览表 in TWO SHEETS, after the source's 县财政局 “五个机制” (专项资金申报审核, 国库集中支付和支农资金报帐, "
        "财政大监督, 追责): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jianghua_treasury_payment_posts() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "支付岗位设置", "经办、审核岗位不分离，一人完成支付全流程（“一人清”）",
         "制度机制风险", "高", "经办、审核、复核分设三岗，系统权限分别授予。"),
        ("支付科", "审核员", "general", "支付申请审核", "对报销政策执行不严的支付申请审核放行", "岗位职责风险", "高",
         "按支出标准逐笔审核，不合规退回。"),
        ("支付科", "审核员", "general", "收款账户审核", "向预算单位财务人员私人卡、折划款", "业务流程风险", "中",
         "收款账户与合同、发票核对，私人账户须附说明。"),
        ("支付科", "经办员", "general", "代岗办理", "同事请休假时越位代办审核业务（“一岗清”）", "制度机制风险", "中",
         "实行A、B岗，代岗须经主任批准并登记。"),
        ("清算科", "清算员", "general", "资金清算对账", "与代理银行对账不及时，掩盖差错", "业务流程风险", "低",
         "每日与代理银行对账，差异当日查明。"),
        ("清算科", "清算员", "general", "计提费用审核", "工会经费、住房公积金超基数计提划转", "思想道德风险", "中",
         "计提基数与工资册核对，超标准退回。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "jianghua_treasury_payment_posts", "http://m.handmsg.com/page/2015/0317/18940070.shtml",
        "县国库集中支付中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 县级国库集中支付 财政资金风险 (“一人清”“一手清”"
        "“一岗清”, 经办审核不分离, 报销政策执行较乱, 向私人卡折划款, 超基数计提): a title, 序号/科室 merged/岗位 merged per "
        "post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jianghua_nontax_bureau_cards() -> dict:
    unit = f"{PLACE}非税收入征收管理局"
    t = _Truth(unit)
    cards = [
        ("局长", "奉昶翕", "局长", "主持全面工作，分管票据管理", "leader", [
            ("违规批准执收单位超量购领票据", "★★★", "票据分次限量购领，超量须集体研究。"),
            ("非税收入减免缓征个人说了算", "★★★", "减免缓征按规定报批并公示。"),
            ("接受执收单位宴请", "★", "严守中央八项规定精神，签订廉洁承诺。"),
        ]),
        ("副局长", "盘瑀泓", "副局长", "分管征收稽查", "leader", [
            ("稽查中发现执收单位截留收入不移交", "★★", "稽查结果集体审定，问题线索按规定移交。"),
            ("票据存根核销审核走过场", "★★", "核销凭存根和入库凭证逐册核对。"),
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
        "jianghua_nontax_bureau_cards",
        "http://www.tongchuan.gov.cn/resources/site/1/html/xxgk/xxgkml/ggjg/jgysf/sfxx/201603/76560.html",
        "县非税收入征收管理局 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 收费票据 (分次限量购领, 票据购领证, "
        "票据存根保管, 核准销毁): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jianghua_baimangying_office_group_rows() -> dict:
    unit = f"{PLACE}白芒营镇财政所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "奉霂珩", "leader", [
                ("一事一议奖补项目申报帮助村级虚报工程量", "一级风险", "项目申报实地核实，村民代表签字确认。"),
                ("村级项目资金拨付不经会签", "一级风险", "资金拨付实行财政所、业务站所会签。"),
            ]),
        ]),
        ("二、预算股", "预算股", [
            ("股长", "盘昉霖", "middle", [
                ("镇本级支出报账审核不严", "二级风险", "报账单据经办人、审核人、审批人三签。"),
            ]),
            ("会计", "奉鋆岫", "general", [
                ("伪造施工合同、验收材料帮助套取奖补资金", "一级风险", "合同、验收材料与项目库逐项比对。"),
                ("会计凭证随意更改", "三级风险", "凭证更改按规定划线更正并签章。"),
            ]),
        ]),
        ("三、资金监管股", "资金监管股", [
            ("股员", "盘琇沄", "general", [
                ("惠农补贴对象审核把关不严", "二级风险", "补贴对象村级公示，财政所逐户抽查。"),
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
        "jianghua_baimangying_office_group_rows", "http://m.mkcnfr.com/c/2015-12-04/641476.shtml",
        "镇财政所 廉政风险防控责任清单, after the source's case of a 镇 “一事一议” 办公室 主任 who forged 施工合同、招投标资料 and "
        "验收材料 to help villages 套取 奖补资金: a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、所领导``, ``二、预算股``, ``三、资金监管股`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def jianghua_investment_review_selfchecks() -> dict:
    unit = f"{PLACE}政府投资评审中心"
    t = _Truth(unit)
    people = [
        ("奉翙彤", "中心领导", "主任", "leader", [
            ("评审项目分派给关系密切的评审人员", "Ⅰ级", "评审任务随机分派，分派记录存档。", "已落实"),
            ("评审结论出具前向建设单位透露审减额", "Ⅱ级", "评审结论集体复核，复核前不得对外透露。", "未发现问题"),
        ]),
        ("盘翯岚", "评审一股", "评审员", "general", [
            ("收受施工单位好处，审减不到位", "Ⅰ级", "评审底稿二级复核，审减数据双人核对。", "已落实"),
            ("泄露项目评审资料", "Ⅲ级", "评审资料专人保管，签订保密承诺。", "已落实"),
        ]),
        ("奉琬筠", "评审二股", "评审员", "general", [
            ("委托中介机构评审质量把关不严", "Ⅱ级", "中介评审报告抽查复核，结果与考核挂钩。", "未发现问题"),
            ("评审经费结算虚增工作量", "Ⅲ级", "评审经费按委托书约定结算。", "已落实"),
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
        "jianghua_investment_review_selfchecks", "http://www.fsou.net/html/text/lar/169755/16975504_2.html",
        "县政府投资评审中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市 rule on 财政投资评审 "
        "(委托书一式三份, 评审机构, 保密责任, 评审结论, 复审措施): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def jianghua_rural_finance_center_list() -> dict:
    unit = f"{PLACE}农村财务管理中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "盘澍岍", "leader", "村级大额支出审批不按“四议两公开”程序把关", "制度机制", "高风险",
         "大额支出须附村民代表会议决议。"),
        ("中心领导", "主任", "盘澍岍", "leader", "村会计（报账员）选聘中优亲厚友", "思想道德", "中风险",
         "报账员选聘公开条件，结果公示。"),
        ("代理记账股", "记账员", "奉湛琪", "general", "接受村级白条入账", "业务流程", "高风险",
         "白条一律退回，不予入账。"),
        ("代理记账股", "记账员", "奉湛琪", "general", "原始凭证移交清单不签字确认", "岗位职责", "低风险",
         "移交清单由记账员、报账员双方签字。"),
        ("代理记账股", "出纳", "盘璠翊", "general", "代管资金提取凭证审核不严，挪用代管资金", "业务流程", "高风险",
         "提取凭证一式三联，总会计逐笔核对。"),
        ("审计股", "审计员", "奉筠岷", "general", "村级财务审计发现问题隐瞒不报", "外部环境", "中风险",
         "审计报告集体审定，问题清单报乡镇纪委。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "jianghua_rural_finance_center_list", "http://news.esnai.com/2010/0402/51967.shtml",
        "县农村财务管理中心 岗位廉政风险防控一览表, after the source's page on 村会计 becoming 报账员 under 农村财务委托代理 "
        "(补贴核查, 记账): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def jianghua_centianhe_office_register() -> dict:
    unit = f"{PLACE}涔天河镇财政所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "奉峤翊", "leader", [
            ("财政票据购领超出实际需要", "制度机制", "二级", "票据按上次使用情况限量购领。"),
            ("移民后扶资金拨付审批不严", "岗位职责", "一级", "拨付凭项目验收资料，所务会研究。"),
        ]),
        ("综合股", "票据管理员", "盘曈昀", "general", [
            ("票据领用不登记，空白票据流失", "业务流程", "一级", "票据领用逐本登记，按月盘点。"),
            ("已开票据存根不按期缴验核销", "业务流程", "三级", "存根按期缴验，核销登记造册。"),
        ]),
        ("综合股", "出纳", "盘铧淇", "general", [
            ("收取款项不开具财政票据", "思想道德", "一级", "收款一律开具财政票据并当日存入账户。"),
        ]),
        ("资金监管股", "股长", "盘琨漪", "middle", [
            ("库区惠民补贴“一卡通”发放名册审核不严", "外部环境", "二级", "发放名册与公示名单逐户核对。"),
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
        "jianghua_centianhe_office_register", "http://lwcdc.com.cn/202460407469901318485.html",
        "镇财政所 廉政风险点排查登记表, after the source's Q&A on 财政票据 (购领对象, 首次购领, 使用和核销程序): a title, 序号/股室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` "
        "line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jianghua_finance_affairs_staggered_levels(),
    jianghua_finance_bureau_two_sheets(),
    jianghua_treasury_payment_posts(),
    jianghua_nontax_bureau_cards(),
    jianghua_baimangying_office_group_rows(),
    jianghua_investment_review_selfchecks(),
    jianghua_rural_finance_center_list(),
    jianghua_centianhe_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch860-inbox"))
