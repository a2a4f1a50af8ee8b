"""The nine-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's industrial
park and investment bodies, 达孜区 (拉萨市, 西藏自治区) — its 工业园区管理委员会, 招商引资服务中心, 园区规划建设局,
园区安全生产监管站, 园区财政金融局, 园区企业服务局 and two 乡镇招商服务站 (德庆镇, 塔杰乡) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 工业园区管理委员会's 一览表 in TWO SHEETS: ``管委会领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``部室`` (``部室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 招商引资服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 园区规划建设局's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 园区安全生产监管站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 园区财政金融局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 德庆镇招商服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 塔杰乡招商服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dazi_enterprise_bureau_firms_list_beside``: the 园区企业服务局's workbook with TWO LISTS of the same
  shape: sheet ``岗位风险`` is the bureau's own 岗位廉政风险点一览表 (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险等级 | 防控措施``, 股室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``), and sheet ``企业提示``
  is the 入园企业廉洁经营风险提示清单 the bureau hands the park's ENTERPRISES under its 亲清政商 work
  (``序号 | 企业名称 | 法定代表人 | 廉洁风险点 | 风险等级 | 防范措施``, 高/中/低): one row a firm, the risks
  the FIRM runs in dealing with the park (送礼品礼金, 虚报投资额套取奖补 …), its 法定代表人 in the person
  column. Those rows are no staff's risk points and name no holder of the bureau. The README and
  docs/layouts.md describe a reference catalogue pasted beside the own list (told by a caption
  ``参考目录``/``仅供参考``/``示例``), lists of other units under ``一、县财政局`` rows, an outside
  contact column BESIDE the own holder column on one row (``企业联系人 | 监管责任人``), 包保企业 lists
  whose holders are looked up in a 分工表, and bilingual copies; they do not describe a second, whole
  list whose rows are the SERVICE OBJECTS' own risks (one firm a row, its legal representative
  where a holder would stand), with no caption saying it is a reference and no column of the unit's
  staff.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (济宁高新区's 政商交往 正负面清单 —
联系企业, 惠企政策, 严禁收受企业财物; 湖北 开发区 党风廉政建设 — 招商引资, 工程建设, 征地拆迁, 资金管理;
金昌's 亲清政商关系 负面清单 — 礼品礼金, 宴请, 包帮服务; a report on the 达孜工业园区 旅游配套设施
提升改造 工程 — 建设资金, 景观, 企业改造; the rules on 开发区、工业园区 安全生产监管 — 监管体制, 隐患;
珠海经开区's 投资服务中心 — 专项资金, 融资, 复产; a 市外经局 招商引资 座谈会 — 招商活动, 宴请, 礼品,
浮夸数据; a 镇 招商引资 专班 — 信息库, 项目跟进, 奖励办法) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 富 and 强 with rare given names; the firms and their 法定代表人 invented too); every unit is
a body of 达孜区.

Run ``python tests/published/score.py --set batch947`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file only sheet ``岗位风险`` holds forms (one a holder); the ``企业提示`` rows are the
  enterprises' risks, no point of the bureau's staff, and their 法定代表人 hold no form;
- ``管委会领导`` (a sheet name) gives no 科室; ``站领导`` (a group row), ``局领导`` (a 所在股室 cell) and
  ``站领导`` (a 部门/股室 cell) are the 科室 of those leaders; a 管委会's 部/室, a 局's 股, a 站's 组 are
  科室; the 规划建设局's cards' leaders have no 科室;
- 主任 and 副主任 of the 管委会 and the 中心, 局长, 副局长 and 站长 are leaders; 部长, 主任 of a 室, 股长 and
  组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 招商引资服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b947_"
PLACE = "达孜区"
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

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
STAFF = [
    ("局领导", "局长", "富翯峣", "leader", [
        ("入园企业扶持资金分配个人说了算", "一级", "扶持资金分配经局务会集体研究，结果在园区网站公示。"),
        ("为亲友企业入园、租用标准化厂房打招呼", "一级", "厂房租赁公开挂牌，领导干部插手登记报告。"),
    ]),
    ("企业服务股", "股长", "强琚湛", "middle", [
        ("走访服务企业时接受宴请、收受土特产", "二级", "走访两人以上同行，执行亲清政商交往负面清单。"),
        ("为企业代办事项中吃拿卡要、推诿拖延", "二级", "代办事项登记台账，办结时限公开，企业评价。"),
    ]),
    ("政策兑现股", "专员", "富璘峄", "general", [
        ("惠企政策兑现审核不严，虚报产值套取奖补", "一级", "奖补申报凭税务、统计数据核对，兑现名单公示。"),
        ("泄露企业申报信息", "三级", "申报资料专人保管，查阅登记。"),
    ]),
    ("要素保障股", "科员", "强翊岨", "general", [
        ("水电气要素协调中优亲厚友", "二级", "要素保障诉求按受理顺序办理，结果反馈企业。"),
        ("标准化厂房租金减免审核把关不严", "二级", "减免须经股室初审、局务会审定。"),
    ]),
]  # fmt: skip

# (企业名称, 法定代表人, 廉洁风险点, 风险等级, 防范措施): the firms' own risks, no staff's
FIRMS = [
    ("西藏雪域净源饮品有限公司", "次仁多吉", "向园区工作人员赠送礼品礼金、购物卡", "高",
     "企业签订廉洁承诺书，园区公布监督举报电话。"),
    ("拉萨圣岩藏香制品有限公司", "格桑卓嘎", "虚报投资额、产值套取招商奖补资金", "高",
     "奖补资金按实际投资审计结果兑现，失信企业列入黑名单。"),
    ("西藏吉瑞高原生物科技有限公司", "扎西平措", "邀请园区干部出入私人会所、由企业买单", "中",
     "企业接待园区干部须走公务接待程序，发现问题及时报告。"),
    ("达孜区卓玛民族手工艺品有限公司", "卓玛央宗", "以借款、理财名义向干部输送利益", "中",
     "企业不得与园区干部发生借贷往来，年度廉洁回访。"),
    ("西藏净土牦牛食品有限公司", "索朗旺堆", "转租标准化厂房谋取差价", "低", "厂房使用情况每季度核查。"),
]  # fmt: skip


def dazi_enterprise_bureau_firms_list_beside() -> dict:
    unit = f"{PLACE}园区企业服务局"
    t = _Truth(unit)
    sh = _Sheet("岗位风险", [6, 12, 10, 10, 40, 10, 36])
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STAFF:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    firms = _Sheet("企业提示", [6, 30, 10, 38, 10, 38])
    _line(firms, "达孜工业园区入园企业廉洁经营风险提示清单", 6)
    _line(firms, "（构建亲清政商关系，由园区企业服务局印发各入园企业）", 6)
    firms.add("序号", "企业名称", "法定代表人", "廉洁风险点", "风险等级", "防范措施")
    for i, (firm, rep, point, lv, measures) in enumerate(FIRMS, 1):
        firms.add(i, firm, rep, point, lv, measures)
    firms.add("监督举报电话：园区纪工委", None, None, None, "2025年5月", None)
    return _layout(
        "dazi_enterprise_bureau_firms_list_beside", "http://www.jnhn.gov.cn/art/2022/3/14/art_62885_2740093.html",
        "(harder) 园区企业服务局 岗位廉政风险点一览表 WITH the 入园企业廉洁经营风险提示清单 it hands the park's firms, after the "
        "source's 高新区 政商交往 正负面清单 (联系企业, 惠企政策, 帮办代办, 严禁收受企业财物): sheet 岗位风险, the bureau's own list "
        "``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` (股室 merged, 岗位/姓名 merged per person, "
        "``一级/二级/三级``); sheet 企业提示, a list of the same shape ``序号 | 企业名称 | 法定代表人 | 廉洁风险点 | 风险等级 | "
        "防范措施`` one FIRM a row, the firms' own risks (高/中/低), no caption calling it a reference: no forms",
        [sh, firms], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dazi_park_committee_two_sheets() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    t = _Truth(unit)
    lead = _Sheet("管委会领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("富翀岍", "主任", "主持管委会全面工作", [
            ("重大招商项目落地条件个人拍板", "一级", "重大项目准入经管委会主任办公会集体研究。"),
            ("干预园区工程招标，为特定关系人承揽工程", "一级", "工程招标全部进入公共资源交易平台，插手登记报告。"),
        ]),
        ("强璆昶", "副主任", "分管征地拆迁、土地供应", [
            ("园区征地拆迁补偿标准把关不严", "一级", "补偿方案经评估公示，资金直达农户账户。"),
            ("工业用地供应向关系企业倾斜", "二级", "工业用地一律公开出让，投资强度达标后供地。"),
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
    dept = _Sheet("部室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}部室廉政风险防控一览表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "富湉峋", "middle", "干部选用、考核中优亲厚友", "二级", "选人用人按程序集体研究，结果公示。"),
        ("党政办公室", "主任", "富湉峋", "middle", "公务接待超标准，虚列接待费用", "二级", "接待凭公函、清单报销，每月公开。"),
        ("经济发展部", "部长", "强霈岚", "middle", "入园项目评审打分不公", "一级", "项目评审专家随机抽取，评分表存档。"),
        ("财务室", "会计", "富沄翥", "general", "园区建设资金拨付不按合同进度", "一级", "资金拨付凭监理签认进度，分管领导审签。"),
        ("财务室", "出纳", "强澈峤", "general", "公款私存、坐收坐支", "二级", "收支当日入账，每月银行对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dazi_park_committee_two_sheets", "http://news.cnhan.com/html/yaowen/20140318/31440.htm",
        "工业园区管理委员会 廉政风险防控一览表 in TWO SHEETS, after the source's report on 开发区 党风廉政建设 (招商引资, 工程建设, "
        "征地拆迁, 选人用人, 资金管理, 一把手): sheet 管委会领导 with 姓名/职务/分管工作 merged per leader, sheet 部室 with 部室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dazi_investment_centre_posts() -> dict:
    unit = f"{PLACE}招商引资服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "招商项目签约", "招商协议擅自承诺超出政策的优惠条件", "制度机制风险", "高",
         "招商协议条款经合法性审查、集体研究后签订。"),
        ("项目洽谈科", "科长", "middle", "客商接待", "借招商接待之名公款吃喝、赠送高档礼品", "岗位职责风险", "高",
         "接待执行公务接待标准，清单随单报销。"),
        ("项目洽谈科", "招商专员", "general", "外出招商", "外出招商顺道旅游，虚报差旅费用", "业务流程风险", "中",
         "外出招商事前审批，事后书面报告行程。"),
        ("项目洽谈科", "招商专员", "general", "招商成果统计", "招商引资数据虚报浮夸", "思想道德风险", "中",
         "到位资金凭银行进账单认定，统计数据抽查核实。"),
        ("项目服务科", "服务专员", "general", "项目代办", "代办项目手续中收受客商礼金", "外部环境风险", "高",
         "代办服务免费，签订廉洁服务承诺。"),
        ("项目服务科", "服务专员", "general", "招商奖励申报", "为中介人虚报招商奖励", "业务流程风险", "低",
         "招商奖励对照引荐协议审核，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dazi_investment_centre_posts", "http://photo.dxbei.com/n/20210108/335243.html",
        "招商引资服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 亲清政商关系 负面清单 (礼品礼金, 宴请, 插手企业经营, "
        "领导包帮服务, 营商环境): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dazi_planning_bureau_cards() -> dict:
    unit = f"{PLACE}园区规划建设局"
    t = _Truth(unit)
    cards = [
        ("局长", "强甯翊", "局长", "主持规划建设局全面工作", "leader", [
            ("园区配套设施提升改造工程变更擅自决定", "★★★", "工程变更经局务会研究，报管委会审批。"),
            ("规划条件调整为企业开口子", "★★★", "规划条件调整经规委会审议并公示。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副局长", "富韫峤", "副局长", "分管工程质量、竣工验收", "leader", [
            ("景观绿化工程验收把关不严", "★★", "验收实地核量，监理、施工、建设三方签字。"),
            ("工程款审核不按合同，多支错支", "★★", "工程款审核凭结算审计报告。"),
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
        "dazi_planning_bureau_cards", "http://hamasdt.com/cn/culture/wx/202304/t20230418_7400500.html",
        "园区规划建设局 领导干部廉政风险防控卡, one sheet a leader, after the source's report on the 达孜工业园区 旅游配套设施提升改造 "
        "工程 (建设资金, 景观公园, 企业景观改造, 骑行道): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dazi_safety_station_group_rows() -> dict:
    unit = f"{PLACE}园区安全生产监管站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "强琮渼", "leader", [
                ("企业重大事故隐患查处中说情，降低处罚", "一级风险", "重大隐患处罚集体审议，处罚决定公开。"),
                ("安全评价机构选用指定关系单位", "一级风险", "评价机构由企业自主选择，监管站不推荐。"),
            ]),
        ]),
        ("二、监管一组", "监管一组", [
            ("组长", "富翾岑", "middle", [
                ("危险化学品企业检查走过场", "二级风险", "检查按清单逐项记录，照片留存。"),
            ]),
            ("检查员", "强湑翃", "general", [
                ("发现隐患不督促整改，接受企业吃请", "二级风险", "隐患整改闭环销号，两人以上检查。"),
                ("向企业推销安全设备、培训", "三级风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、法规组", "法规组", [
            ("审核员", "富澂岏", "general", [
                ("行政处罚案卷审核把关不严", "二级风险", "案卷审核实行初审、复审两级。"),
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
        "dazi_safety_station_group_rows", "http://vulh.cn/exam/detail-5237814.html",
        "园区安全生产监管站 廉政风险防控责任清单 under GROUP ROWS, after the source's rules on 开发区、工业园区 安全生产监管 (监管体制, "
        "职责不清, 隐患集中, 监管力量): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、站领导``, ``二、监管一组``, ``三、法规组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dazi_finance_bureau_selfchecks() -> dict:
    unit = f"{PLACE}园区财政金融局"
    t = _Truth(unit)
    people = [
        ("强渟翚", "局领导", "局长", "leader", [
            ("园区专项资金安排不经集体研究", "Ⅰ级", "专项资金安排经局务会研究，报管委会审定。"),
            ("企业融资担保推荐优亲厚友", "Ⅱ级", "担保推荐按评审标准打分，名单公示。"),
        ]),
        ("富玙崧", "预算股", "会计", "general", [
            ("复产补助资金审核不严，重复发放", "Ⅰ级", "补助名单与受灾核查表逐户比对。"),
            ("会计凭证附件不全即入账", "Ⅲ级", "凭证实行复核制，每月抽查。"),
        ]),
        ("强珝嶂", "金融服务股", "股长", "middle", [
            ("贷款贴息申报把关不严，虚报贴息", "Ⅰ级", "贴息凭银行付息单据核定，结果公示。"),
            ("泄露企业融资信息谋利", "Ⅱ级", "企业资料专人保管，签订保密承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i % 2 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dazi_finance_bureau_selfchecks", "https://www.nfzz.net.cn/node_f8e203a3fc/6e2373cd5d.shtml",
        "园区财政金融局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 经开区 投资服务中心 paper "
        "(专项资金, 融资, 复产, 帮办代办): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def dazi_deqing_town_station_list() -> dict:
    unit = f"{PLACE}德庆镇招商服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "富翙岱", "leader", "招商活动铺张浪费、超规模接待", "制度机制", "高风险",
         "招商活动事前报镇党委审批，费用公开。"),
        ("站领导", "站长", "富翙岱", "leader", "招商引资数据浮夸、不实", "思想道德", "中风险",
         "到位资金凭凭证认定，镇纪委抽查。"),
        ("招商组", "招商专员", "强琰澍", "general", "收受客商礼品、礼金", "外部环境", "高风险",
         "节前廉洁提醒，收受礼品登记上交。"),
        ("招商组", "招商专员", "强琰澍", "general", "借外出招商公款旅游", "岗位职责", "低风险",
         "外出招商事前审批，行程报告。"),
        ("项目服务组", "服务专员", "富瑄峦", "general", "项目跟踪服务中向企业推荐施工队", "业务流程", "中风险",
         "服务事项登记，企业评价。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "dazi_deqing_town_station_list", "https://weinan.qinfeng.gov.cn/info/1029/40469.htm",
        "镇招商服务站 岗位廉政风险防控一览表, after the source's 招商引资工作座谈会 (精简招商活动, 宴请, 高档礼品, 浮夸数据, 出国境 "
        "招商): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def dazi_tajie_township_station_register() -> dict:
    unit = f"{PLACE}塔杰乡招商服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "强璟翛", "leader", [
            ("招商奖励发放对象审核不严", "制度机制", "一级", "奖励对象经乡党委会研究并公示。"),
            ("闲置房产出租给关系人", "岗位职责", "二级", "闲置房产公开招租，合同备案。"),
        ]),
        ("财务组", "报账员", "富泠昳", "general", [
            ("招商经费报账票据不实", "业务流程", "一级", "报账附活动审批单和清单。"),
        ]),
        ("项目组", "专干", "强翮瀞", "general", [
            ("项目信息库资料泄露给中介", "业务流程", "二级", "信息库专人管理，查阅登记。"),
            ("项目跟进中接受企业宴请", "思想道德", "三级", "严守廉洁纪律，接受群众监督。"),
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
        "dazi_tajie_township_station_register", "http://www.ygqjt.cn/gaozhiliang/195959.htm",
        "乡招商服务站 廉政风险点排查登记表, after the source's 镇 招商引资 专班 (四个信息库, 闲置房产, 线索项目跟进, 考核奖励办法): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dazi_enterprise_bureau_firms_list_beside(),
    dazi_park_committee_two_sheets(),
    dazi_investment_centre_posts(),
    dazi_planning_bureau_cards(),
    dazi_safety_station_group_rows(),
    dazi_finance_bureau_selfchecks(),
    dazi_deqing_town_station_list(),
    dazi_tajie_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch947-inbox"))
