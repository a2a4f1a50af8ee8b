"""The nine-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 财政、审计
and 统计 bodies, 洛隆县 (昌都市, 西藏自治区) — its 财政局, 审计局, 统计局, 财政绩效评价中心,
统计普查中心, 政府投资审计中心 and two 乡镇 stations (孜托镇财政所, 康沙镇统计站) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel, and each saying in its own
way who holds the post:

- the 财政局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and a
  ``注：`` line;
- the 审计局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 财政绩效评价中心's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 统计普查中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 政府投资审计中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 |
  自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 孜托镇财政所's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 康沙镇统计站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row,
  short types, ``一级/二级/三级``; its 统计员 also keeps the 统计档案, a second post of his own
  written with his name on its row.

One is harder:

- ``luolong_statistics_bureau_acting_holders``: the 统计局's 2025年度岗位廉政风险防控一览表, an
  ordinary list (``序号 | 股室 | 岗位 | 姓名 | 在岗情况 | 代岗人员 | 廉政风险点 | 风险等级 | 防控措施``,
  股室 merged; 岗位, 姓名, 在岗情况 and 代岗人员 merged per person; 高/中/低) that names each post's
  holder and says, in a column of its own, whether he is AT HIS POST this year: ``在岗`` for most,
  but the 办公室's 报账员 is away for the year with the 强基惠民 驻村工作队 (``驻村（2024.11—2025.11，
  驻俄西乡）``) and a 综合统计股 统计员 is seconded to the 县委巡察办 (``借调县委巡察办（2025.3起）``);
  for them the ``代岗人员`` column names the colleague who does the post meanwhile — the 办公室主任
  and the 农村统计股's 统计员, each holding a post of his own in the same list — and ``/`` for the
  others. A ``注：`` line says the acting colleague bears the post's risks while its holder is away.
  The README's 读得懂的表 and docs/layouts.md know a vacant post whose 责任人 cell names who acts
  for it (``空缺（由副段长　某某代管）``, HOLDER_ACTING_FOR_VACANT), a cell naming another post whose
  holder holds it (``由所长兼任``), a ``现：…⏎原：…`` handover, ``A角 | B角`` (B角 a stand-in, no
  holder), and a SEPARATE roster whose ``在岗情况`` says who of a post's listed people is away
  (``借调``, ``驻村`` not among its words) for a list that names nobody (HOLDERS_BY_ROSTER_STATUS);
  they do not describe a list that names each post's holder AND marks him away in its own
  ``在岗情况`` column, with a ``代岗人员`` column naming who acts, so that the post's points are the
  acting colleague's and not the absent holder's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (西藏's 干部驻村 — 2万余名干部 to
5541个村 a year, 区直、地市、县乡驻村工作队; 白河县's 财政局 and its 政府采购 监督 — 采购方式审批,
资金支付关口, 轮岗交流; a 区审计局 on a 重大建设项目's 跟踪审计 — 项目进度, 资金使用, 审计专报; 昌都's 绩效评价
of a 局's 部门整体支出, entrusted by the 财政局 to a 会计师事务所; a 区统计局's 四经普 试点 —
清查和登记, 查遗补漏, 数据审核、编码、汇总; 钟祥's 跟踪审计 of a 政府投资项目 — 实地勘察、测量工程量; 洛隆县 itself —
政府驻地孜托镇, 4镇7乡; 洛隆县's 县情 — 半农半牧, 耕地 and 草场, 4镇7乡76个行政村) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare compound surnames 独孤 and 仉督 with rare given names); every unit is
a body of 洛隆县.

Run ``python tests/published/score.py --set batch966`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a post whose holder is ``在岗`` is his (``代岗人员`` ``/``); a post whose holder
  is away (``驻村…``, ``借调…``) is the ``代岗人员``'s: a form of that post (its 股室 and 岗位) with
  the acting colleague as holder, beside his form of his own post, as the ``注：`` line says; the
  absent holder has no form (he holds nothing else in the list); ``在岗情况`` and ``代岗人员`` are
  no points;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``局领导``, ``中心领导`` (a 股室 cell, a group row, a
  所在股室 value) are the 科室 of those leaders; a 局's 股 or 办公室 and a 中心's 股 are 科室;
- the 局, the 中心 are units of their own: 局长, 副局长 and 主任 (of a 中心) are leaders; 股长 and
  办公室主任 middle; the rest general; a 乡镇's 财政所 and 统计站 are its 乡镇's stations (unit
  ``洛隆县孜托镇财政所``, no 科室; the score takes both writings): their 所长 and 站长 are middle;
- in the 康沙镇统计站's list the 统计员 and the 档案管理员 are two posts of one person: two forms;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查结果`` and
  ``自查时间`` are no points and name no holder; the 孜托镇财政所's list names no person: its forms
  are posts;
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

PREFIX = "b966_"
PLACE = "洛隆县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
AT_POST = "在岗"
NOBODY_ACTS = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, 在岗情况, 代岗人员, tier, [(廉政风险点, 风险等级, 防控措施)])
ACTING = [
    ("局领导", "局长", "独孤霁岚", AT_POST, NOBODY_ACTS, "leader", [
        ("统计数据审核把关不严，默许或授意虚报统计数据", "高", "主要统计数据经局务会集体审定，数据质量责任落实到人。"),
        ("“三重一大”事项个人说了算", "中", "严格执行“三重一大”集体决策制度，会议纪要存档。"),
    ]),
    ("办公室", "主任", "仉督晞", AT_POST, NOBODY_ACTS, "middle", [
        ("统计调查经费、普查经费安排不公开", "中", "经费安排经局务会研究，使用情况年终在局内公开。"),
        ("公务接待、办公用品采购超标准", "低", "接待事前审批，办公用品采购三家比价。"),
    ]),
    ("办公室", "报账员", "独孤珝", "驻村（2024.11—2025.11，驻俄西乡）", "仉督晞", "general", [
        ("经费报销票据审核不严、虚列支出", "中", "报销单据经办、审核、审批三签，每月与国库对账。"),
        ("调查员劳务费发放不入账、冒领", "中", "劳务费一律打卡发放，领取名单在局内公示。"),
    ]),
    ("综合统计股", "股长", "仉督岫", AT_POST, NOBODY_ACTS, "middle", [
        ("季度地区生产总值基础数据评估中受人情干扰改动数据", "高", "数据评估实行双人复核，每次修改留痕备查。"),
        ("向无关人员泄露未公布的统计数据", "中", "数据发布前严格保密，查询权限分级设置。"),
    ]),
    ("综合统计股", "统计员", "独孤澄瑗", "借调县委巡察办（2025.3起）", "独孤岷", "general", [
        ("联网直报企业数据审核走过场，对异常数据不核实", "高", "异常数据逐户电话核实，核实记录存档。"),
        ("为企业虚报、瞒报统计数据出主意", "中", "企业签订数据质量承诺书，定期抽查原始记录和台账。"),
    ]),
    ("农村统计股", "统计员", "独孤岷", AT_POST, NOBODY_ACTS, "general", [
        ("农作物播种面积和产量调查不实地核实", "中", "实地测产两人以上，照片和测量记录存档。"),
        ("农牧民收支调查记账户选择优亲厚友", "低", "记账户按调查方案随机抽选，名单报市统计局备案。"),
    ]),
]  # fmt: skip


def holder_of(name: str, status: str, acting: str) -> str:
    """Whose the harder file's row is: the holder at his post, else the colleague acting."""
    if status == AT_POST:
        assert acting == NOBODY_ACTS, (name, acting)
        return name
    assert status.startswith(("驻村", "借调")) and acting != NOBODY_ACTS, (name, status)
    return acting


def luolong_statistics_bureau_acting_holders() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 12, 9, 10, 18, 10, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "在岗情况", "代岗人员", "廉政风险点", "风险等级", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, status, acting, tier, points in ACTING:
        holder = holder_of(who, status, acting)
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, status, acting, point, lv, measures)
            t.point(sh.name, dept, post, holder, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3, 4, 5)
    _line(sh, "注：1.风险等级分为高、中、低三个等级。2.本局干部驻村、借调期间，其岗位工作由“代岗人员”一栏"
              "所列人员承担，该岗位廉政风险由代岗人员负责防控，驻村、借调人员返岗后由本人负责。", 9)  # fmt: skip
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None, None)
    return _layout(
        "luolong_statistics_bureau_acting_holders", "http://tibet.news.cn/xzly/2022-05/13/c_1310592069.htm",
        "(harder) 县统计局 2025年度岗位廉政风险防控一览表, after the source's report on 西藏's 干部驻村 (2万余名干部 a year "
        "to 5541个村, 区直、地市、县乡驻村工作队): a title, 序号/股室 merged/岗位, 姓名, ``在岗情况`` and ``代岗人员`` merged "
        "per person/廉政风险点/风险等级 高/中/低/防控措施; ``在岗情况`` says ``在岗`` or that the holder is away for the "
        "year (``驻村（2024.11—2025.11，驻俄西乡）``, ``借调县委巡察办（2025.3起）``) and ``代岗人员`` names the colleague "
        "who does the post meanwhile (each holding a post of his own in the list), ``/`` for the rest; a ``注：`` "
        "line saying the acting colleague bears the post's risks; every point of an absent holder's post is the "
        "acting colleague's; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luolong_finance_bureau_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "仉督璘", "leader", "财政资金分配、项目资金安排个人说了算", "制度机制风险", "高",
         "资金分配方案经局党组会集体研究，会议纪要存档。"),
        ("局领导", "局长", "仉督璘", "leader", "为关系人承揽政府采购项目打招呼", "思想道德风险", "中",
         "领导干部插手干预政府采购一律登记报告。"),
        ("预算股", "股长", "独孤翊澜", "middle", "部门预算审核中随意追加、调剂预算", "岗位职责风险", "高",
         "预算追加调剂按程序报批，结果在预算一体化系统留痕。"),
        ("预算股", "股长", "独孤翊澜", "middle", "与预算单位搞利益交换，泄露预算信息", "思想道德风险", "低",
         "预算信息按规定公开，未公开前严格保密。"),
        ("国库股", "股长", "仉督澍", "middle", "不按用款计划违规拨付国库资金", "业务流程风险", "高",
         "资金支付实行经办、复核、审批分离，动态监控预警。"),
        ("政府采购监督管理股", "经办员", "独孤瑶岑", "general", "采购方式变更审批把关不严，化整为零规避招标", "业务流程风险",
         "高", "采购方式变更集体审核，审批结果网上公开。"),
        ("政府采购监督管理股", "经办员", "独孤瑶岑", "general", "供应商投诉处理偏袒一方", "外部环境风险", "中",
         "投诉处理两人以上办理，处理决定公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "luolong_finance_bureau_list", "http://www.zhuyuchen.cn/info/detail/20171123_2238750.html",
        "县财政局 岗位廉政风险防控一览表, after the source's report on a 县财政局's 招投标 and 政府采购 监督 (采购方式审批, "
        "评审, 中标确定, 资金支付关口, 关键岗位轮岗交流): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def luolong_audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仉督琰", "局长", "主持全面工作", [
            ("审计项目计划安排受人情干预", "一级", "年度审计项目计划经局党组会研究，报县委审计委员会批准。"),
            ("审计处理处罚决定个人说了算", "一级", "处理处罚决定经审理股审核、审计业务会议审定。"),
        ]),
        ("独孤沨", "副局长", "分管经济责任审计、投资审计", [
            ("审计报告审定时对查出问题降格处理", "一级", "查出问题定性经审计业务会议集体讨论。"),
            ("接受被审计单位宴请和礼品", "二级", "严守审计“八不准”，审计组进点公示监督电话。"),
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
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("经济责任审计股", "股长", "仉督翀", "middle", "审计取证不充分、选择性取证", "一级", "审计证据经主审复核，取证记录签字确认。"),
        ("经济责任审计股", "股长", "仉督翀", "middle", "审计组成员与被审计单位有利害关系应回避未回避", "二级", "进点前签署回避承诺，利害关系事前申报。"),
        ("财政金融审计股", "审计员", "独孤琮", "general", "向被审计单位泄露审计事项和进度", "二级", "审计资料专人保管，严格保密纪律。"),
        ("财政金融审计股", "审计员", "独孤琮", "general", "审计工作底稿编制不实", "三级", "底稿实行主审、股长两级复核。"),
        ("办公室", "主任", "仉督嵘", "middle", "审计档案借阅管理不严", "三级", "档案借阅登记，涉密档案经分管领导批准。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "luolong_audit_bureau_two_sheets", "http://sjj.cngy.gov.cn/New/Detail/20210930172236844",
        "县审计局 廉政风险防控一览表 in TWO SHEETS, after the source's note on a 区审计局 at work on 重大建设项目跟踪审计 (深入"
        "一线, 项目进度, 资金使用情况, 审计专报 to the 区委区政府): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def luolong_performance_centre_cards() -> dict:
    unit = f"{PLACE}财政绩效评价中心"
    t = _Truth(unit)
    cards = [
        ("主任", "独孤婳", "主任", "主持中心全面工作", "leader", [
            ("第三方评价机构选定中指定关系机构", "★★★", "第三方机构按政府采购程序选定，中心集体研究。"),
            ("评价结论受被评价部门请托调整", "★★★", "评价结论经中心集体审核，评价报告报县财政局备案。"),
            ("接受评价机构宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("评价员", "仉督沅", "评价员", "项目支出和部门整体支出绩效评价", "general", [
            ("评价指标打分随意、评价底稿不实", "★★", "打分依据逐项留档，评价底稿两人复核。"),
            ("评价费用结算审核不严", "★★", "费用按合同和验收报告结算，主任审签。"),
        ]),
        ("综合员", "独孤璟峣", "综合员", "档案管理和报账", "general", [
            ("评价报告和档案资料泄露", "★★", "档案专柜保管，借阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "luolong_performance_centre_cards",
        "https://zjsw.changdu.gov.cn/cdsmzzj/c102701/202301/af3ddc0d3b1a4683a5208b0dfebd9130.shtml",
        "县财政绩效评价中心 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's 部门整体支出"
        "绩效评价报告 of a 昌都 局, entrusted by the 市财政局 to a 会计师事务所 (评价指标体系, 查阅资料, 实地察看, 评价结论): a "
        "title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def luolong_census_centre_group_rows() -> dict:
    unit = f"{PLACE}统计普查中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仉督瑀", "leader", [
                ("普查经费、普查员劳务费分配不公开", "一级风险", "经费分配方案经中心集体研究并公示。"),
                ("授意普查员按任务数填报普查数据", "一级风险", "普查数据质量责任书逐级签订，严禁干预填报。"),
            ]),
        ]),
        ("二、普查业务股", "普查业务股", [
            ("股长", "独孤泠", "middle", [
                ("普查数据审核中代填代报、打捆上报", "一级风险", "普查表由普查对象本人填报确认，审核留痕。"),
            ]),
            ("普查指导员", "仉督霈", "general", [
                ("清查摸底走过场，普查对象漏登、重登", "二级风险", "清查结果与基本单位名录库比对，抽查复核。"),
                ("普查员选聘中优亲厚友", "三级风险", "普查员选聘条件和结果公示。"),
            ]),
        ]),
        ("三、数据处理股", "数据处理股", [
            ("数据处理员", "独孤骞", "general", [
                ("擅自修改普查原始数据", "一级风险", "数据修改须书面审批，系统日志留存。"),
                ("泄露普查对象个人和单位信息", "二级风险", "普查资料专人管理，严禁对外提供。"),
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
        "luolong_census_centre_group_rows",
        "https://zshfam.com/html/n28356039n5187n5202180705161924157127.html",
        "县统计普查中心 廉政风险防控责任清单 under GROUP ROWS, after the source's report on a 区统计局's 四经普 试点 (清查和登记 "
        "两个阶段, 查遗补漏, 数据审核、编码、汇总, 专职普查业务骨干): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、中心领导``, ``二、普查业务股``, ``三、数据处理股`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def luolong_investment_audit_selfchecks() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    t = _Truth(unit)
    people = [
        ("仉督珩岚", "中心领导", "主任", "leader", [
            ("工程结算审定金额受施工单位请托调整", "Ⅰ级", "结算审定结果经中心集体复核，重大项目报审计局审定。", "已落实"),
            ("委托中介机构选定不公开", "Ⅰ级", "中介机构从备选库中随机抽取，结果公示。", "已落实"),
        ]),
        ("独孤濯", "工程审计股", "审计员", "general", [
            ("现场勘察、测量工程量走过场", "Ⅱ级", "现场勘察两人以上，测量记录由建设、施工单位共同签认。", "未发现问题"),
            ("接受施工单位宴请、礼品", "Ⅱ级", "审计进点公示廉政监督电话，签订廉洁承诺书。", "已落实"),
        ]),
        ("仉督昶", "跟踪审计股", "股长", "middle", [
            ("跟踪审计中参与工程变更、签证等管理活动", "Ⅰ级", "严守审计职责边界，不在变更、签证单上签署意见。", "已落实"),
            ("审计发现的问题不及时报告", "Ⅲ级", "跟踪审计问题按月书面报告中心主任。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "luolong_investment_audit_selfchecks", "http://jcurcio.com/n4/n21/c82998/content.html",
        "县政府投资审计中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on a "
        "市审计局's 跟踪审计 of a 政府重点投资项目 (实地勘察、测量工程量, 经济管理活动的真实性、合法性): a title, a label row "
        "``姓　名 | 所在股室 | 职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/"
        "``自查结果``; no type column; ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def luolong_zituo_finance_office_posts() -> dict:
    unit = f"{PLACE}孜托镇财政所"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "middle", "惠民惠农补贴审核", "补贴对象信息审核把关不严，出现冒领、错发", "岗位职责", "高风险",
         "补贴名册与户籍、土地确权数据比对，村级公示。"),
        ("所长", "middle", "村级财务审核", "村级报账审核走过场，白条入账", "制度机制", "中风险",
         "村级报账实行村务监督委员会和财政所双审核。"),
        ("会计", "general", "镇公用经费报销", "报销票据不合规、虚列支出", "业务流程", "中风险",
         "报销单据经所长审核、镇分管领导审签。"),
        ("出纳", "general", "现金和银行存款管理", "坐收坐支、公款私存", "思想道德", "高风险",
         "现金日清月结，每月银行对账，所长抽查。"),
        ("出纳", "general", "村级资金代管", "代管村级资金挪用、出借", "外部环境", "低风险",
         "代管资金专户存储，支付凭村委会申请和审批单办理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：财政所", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "luolong_zituo_finance_office_posts", "https://zh.wikipedia.org/zh-sg/%E6%B4%9B%E9%9A%86?oldformat=true",
        "镇财政所 岗位廉政风险点排查表 对岗不对人, after the source's entry on 洛隆县 (怒江上游, 政府驻地孜托镇, 4个镇、7个乡, "
        "常住人口): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def luolong_kangsha_statistics_station_list() -> dict:
    unit = f"{PLACE}康沙镇统计站"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "独孤昉", "middle", "村级统计报表催报中授意村干部按任务数填报", "制度机制", "一级",
         "村级报表由村统计员据实填报，站长审核签字。"),
        ("站长", "独孤昉", "middle", "村级统计员误工补助发放不公开", "思想道德", "二级",
         "补助按报表完成情况发放，名单在镇政务公开栏公示。"),
        ("统计员", "仉督淏", "general", "农作物产量、牲畜存栏调查数据不实地核实", "岗位职责", "一级",
         "调查数据与村级台账核对，抽查到户。"),
        ("统计员", "仉督淏", "general", "村级统计台账记录不实", "业务流程", "二级",
         "台账按月登记，站长每季度检查。"),
        ("档案管理员", "仉督淏", "general", "统计资料档案私自借出", "外部环境", "三级",
         "档案借阅登记，借出须站长同意。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "luolong_kangsha_statistics_station_list", "http://m.compositingstock.com/xizang/info/17833.html",
        "镇统计站 岗位廉政风险防控一览表, after the source's entry on 洛隆县 (昌都西南部, 怒江流域, 半农半牧, 耕地和草场, "
        "4镇7乡76个行政村): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY row "
        "(the 统计员 also the 档案管理员, named on that row too)/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luolong_statistics_bureau_acting_holders(),
    luolong_finance_bureau_list(),
    luolong_audit_bureau_two_sheets(),
    luolong_performance_centre_cards(),
    luolong_census_centre_group_rows(),
    luolong_investment_audit_selfchecks(),
    luolong_zituo_finance_office_posts(),
    luolong_kangsha_statistics_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch966-inbox"))
