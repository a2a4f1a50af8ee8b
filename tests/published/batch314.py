"""The three-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 文旅 bodies,
阆中市 (a county-level city of 南充 with its 古城, its staff Han) — its 文化广电旅游局, its
古城管理委员会, its 锦屏山 and 滕王阁 景区管理处, its 文化馆, 图书馆 and 文化市场综合行政执法大队,
and its 博物馆 — each handing back the 一览表, 防控卡, 排查表, 自查表 or 责任清单 its staff typed in
WPS or Excel:

- the 文化广电旅游局's 一览表 under ``附件1``: ``科室`` merged (局领导, 资源开发科, 文物科, 财务科),
  ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/局长（签字） line;
- the 古城管理委员会's file in two sheets: ``管委会领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``,
  no type column;
- the 锦屏山景区管理处's 排查表 对岗不对人: NO 科室 column, ``岗位`` merged per post, a ``工作环节``
  before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, no names; a 制表/审核/date line;
- the 文化馆's 防控卡, one sheet a holder (tabs 馆长, 副馆长, 表演艺术部主任): ``姓　名 | … | 部　门 |
  … | 职　务 | …`` in ONE row of three pairs and a merged ``主要职责：…`` line above ``序号 | 风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人签字： | 监督电话：…``;
- the 滕王阁景区管理处's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 |
  科　室 | 岗　位`` and the row of their values under it, above ``序号 | 廉政风险点 | 风险等级 | 防控措施
  | 自查情况``, ``高风险/中风险/低风险``, no type column, ``自查人（签名）： | … | 科室负责人审核：``;
- the 文化市场综合行政执法大队's 责任清单 under ``附件2``: ``科室`` merged (大队领导, 一中队, 二中队,
  法制审核科), ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, short
  types, ``一级风险/二级风险/三级风险``, an ``编制： | 审核： | 2025年7月`` line;
- the 图书馆's 一览表 under GROUP ROWS ``一、馆领导`` … ``四、办公室`` merged across (no 部门 column):
  ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, no type column, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a ``制表人： | 审核人： | 2025年7月`` line.

One is harder:

- ``langzhong_museum_name_with_rank``: the 博物馆's 岗位廉政风险防控一览表, an ordinary 一览表 in every
  other way (a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, ``序号 | 部门 | 岗位 |
  姓名（职称） | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``部门`` merged, ``岗位`` and the name merged
  per person, short types, 高/中/低), whose NAME column is headed ``姓名（职称）`` and whose name cells
  hold the holder's name FOLLOWED BY HIS OR HER PROFESSIONAL RANK (职称) IN BRACKETS —
  ``鄄曦岚（研究馆员）``, ``亓翾澂（副研究馆员）``, ``郗湝筠（馆员）``, ``隗沄翊（助理馆员）``,
  ``訾澴淇（会计师）`` — while the post stands in the ``岗位`` column to its left (馆长, 副馆长, 主任,
  保管员, 讲解员, 会计); the one 工勤 holder without a 职称 (the 安保部's 安保员) is written plain. A
  merged ``注：`` line below says that the bracket after a name is the holder's 专业技术职称 and that a
  holder without one is written by name alone. The 职称 is the holder's rank in the 专业技术 ladder, not
  a post, not a 科室 and not a level: the 研究馆员 is the 馆长, two 副研究馆员 hold 副馆长 and 主任,
  two 馆员 hold 主任 and 保管员, and the 助理馆员 is a 讲解员. The README's 读得懂的表 knows a name cell with a bracket
  that IS the post (``蓝建峰(所长)``: holder and post, split), a post cell with the holder in brackets
  (``民政专干(高丽)``), a bracket saying how a post is held (``睢霁澄（兼）``, ``（主持工作）``,
  ``（党委委员、副镇长兼任）``, ``贝青崖（现任）``, ``司机（外聘）``, ``退休返聘``), a ``姓名（工号）``
  column (an employee number) and, from earlier batches, a separate ``职级`` COLUMN (``一级主任科员``,
  ``管理九级``). It does not describe a name cell whose bracket is the holder's 职称 — a rank that
  reads like a post (``…馆员`` ends like ``保管员``, ``讲解员``) but is neither the post (which the
  ``岗位`` column gives) nor part of the name.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省旅游局 局长 who took bribes for
景区评级, 旅行社资质评定 and 旅游专项资金拨付; the 峨眉山 景区管委会 窝案 — 农房违规审批, 违建处理不及时,
虚增工程量, a 分管建设 副主任 who only signed; a 自然保护区 管理局 that gave away some 30,000
``关系票`` a year; three 区 基层文化馆 under 免费开放 — 财政压力, 文艺演出, 培训辅导, 展览, 政策话语
against 实践; a 县纪委监委 watching its 景区 over the summer — 消防设施, 应急预案,
游客诉求; a 市 that checked its 网吧, 旅行社, 娱乐场所 and 文物 for 火灾隐患, 立案 and 罚款; the
图书馆 ``蛀虫`` — 购书发票, 老馆 rent, an 物业 company run by the 馆长's wife; a 博物馆藏品征集工作
制度 — 征集部门, 鉴定委员会, 征集对象, 初步鉴定、评估和登记, 征集档案, 来源合法) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
阆中市.

Run ``python tests/published/score.py --set batch314`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a name cell ``鄄曦岚（研究馆员）`` names the holder ``鄄曦岚``; the bracket is the
  holder's 职称 and no post, no 科室, no level and no part of the name; the post is the ``岗位`` cell
  of the row (馆长, 副馆长, 主任 …), the 科室 the ``部门`` cell; a name written plain is the holder
  as it stands; the ``注：`` line and the sign-off line are no points;
- ``局领导`` (a 科室 cell), ``管委会领导`` (the 古城管委会's sheet, its title), ``管理处领导`` (the
  滕王阁 自查表's 科　室 value), ``馆领导`` (a 部门 cell, a card's 部　门, a group row) and ``大队领导``
  (a 科室 cell) are the 科室 of those leaders; a 局's and a 管委会's 科, a 馆's 部 and 办公室, a
  管理处's 科 and a 大队's 中队 and 科 are 科室; a group row ``二、采编部`` gives the 科室 ``采编部``
  (its number left off); the 锦屏山景区管理处 writes no 科室: its forms have none; the 文化馆's card on
  the tab ``表演艺术部主任`` names the post ``主任`` (its ``职　务``) and the 科室 ``表演艺术部``;
- every 局, 管委会, 管理处, 馆 and 大队 here is a unit of its own: 局长, 副局长, a 管委会's and a
  管理处's 主任 and 副主任, 馆长, 副馆长, 大队长 and 副大队长 are leaders; 科长, 中队长 and the 主任
  of a 部 or 办公室 middle; the rest (文物保护员, 会计, 出纳, 规划专干, 巡查员, 售票员, 检票员, 观光车
  调度员, 导游讲解员, 安全员, 营销专员, 执法队员, 法制审核员, 采编员, 流通部管理员, 保管员, 讲解员,
  安保员, 报账员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``工作环节``, ``分管工作``, the
  card's ``主要职责`` line and ``自查情况`` are no points and name no holder; the 锦屏山景区管理处's
  list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the card's note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 图书馆's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b314_"
PLACE = "阆中市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

RANK_HEAD = (
    "序号",
    "部门",
    "岗位",
    "姓名（职称）",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
RANK_NOTE = (
    "注：1.“姓名（职称）”一栏括号内为本人专业技术职称，未评职称的只写姓名；2.风险等级分为高、中、低三级；"
    "3.风险类型分为思想道德、制度机制、岗位职责、业务流程、外部环境五类。"
)

# (部门, 岗位, 姓名, 职称 or None, tier, [(廉政风险点, 类型, 等级, 防控措施)])
MUSEUM = [
    ("馆领导", "馆长", "鄄曦岚", "研究馆员", "leader", [
        ("藏品征集不经专家集体鉴定，个人决定征集来源不明的文物", "制度机制", "高",
         "征集项目经馆务会研究，专家集体鉴定并出具书面意见。"),
        ("陈列改造工程发包中为关系企业打招呼", "外部环境", "高", "工程项目进入公共资源交易平台公开招标。"),
    ]),
    ("馆领导", "副馆长", "亓翾澂", "副研究馆员", "leader", [
        ("以购买方式征集藏品时抬高收购价格，与出让人串通", "业务流程", "高",
         "征集价格经第三方评估，收购合同经法律顾问审核。"),
        ("对外借展审批把关不严，借展文物不按期收回", "岗位职责", "中", "借展协议报文物主管部门备案，按期点交。"),
    ]),
    ("保管部", "主任", "笪沅珩", "副研究馆员", "middle", [
        ("藏品出入库不登记或登记不实，账物不符", "岗位职责", "高", "出入库双人经手、双人签字，每年全面清点。"),
        ("征集调查走过场，对拟征集物来源合法性不核实", "业务流程", "中", "征集调查报告存档，来源证明逐件核对。"),
    ]),
    ("保管部", "保管员", "郗湝筠", "馆员", "general", [
        ("私自将藏品带出库房或借给他人观赏", "思想道德", "高", "库房实行双人双锁，进出库房全程录像。"),
    ]),
    ("陈列部", "主任", "逯泓毓", "馆员", "middle", [
        ("展陈设计和布展服务采购指定供应商", "外部环境", "中", "布展服务三家以上比选，结果公示。"),
        ("临时展览经费结报不实，虚列劳务费", "业务流程", "低", "展览经费事前预算、事后结报，票据逐项核对。"),
    ]),
    ("社教部", "讲解员", "隗沄翊", "助理馆员", "general", [
        ("为旅行团有偿讲解，私收讲解费", "思想道德", "中", "讲解服务统一预约登记，收费项目公示。"),
    ]),
    ("办公室", "会计", "訾澴淇", "会计师", "general", [
        ("文物保护专项资金不按项目用途支出", "制度机制", "中", "专项资金专账核算，支出经分管馆长审签。"),
        ("虚开发票报销，套取办公经费", "思想道德", "低", "报销实行经办、审核、审批三签，定期抽查。"),
    ]),
    ("安保部", "安保员", "郈淞峤", None, "general", [
        ("夜间巡查记录弄虚作假，安防设备故障不报告", "岗位职责", "低", "巡查打卡系统留痕，安防设备每日自检。"),
    ]),
]  # fmt: skip


def with_rank(who: str, rank: str | None) -> str:
    """A name cell of the harder file: the holder's name, and the 职称 in brackets when there is one."""
    return who if rank is None else f"{who}（{rank}）"


def langzhong_museum_name_with_rank() -> dict:
    unit = f"{PLACE}博物馆"
    ncols = len(RANK_HEAD)
    sh = _Sheet("一览表", [6, 10, 10, 18, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", ncols)
    sh.add(*RANK_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, rank, tier, points in MUSEUM:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, with_rank(who, rank), point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, RANK_NOTE, ncols)
    sh.add("编制：", None, None, "审核：", None, "馆长（签字）：", None, None)
    return _layout(
        "langzhong_museum_name_with_rank", "https://renrendoc.com/paper/405014034.html",
        "(harder) 市博物馆 岗位廉政风险防控一览表, after the source's 博物馆藏品征集工作制度 (征集部门, 鉴定委员会, 征集对象, "
        "初步鉴定、评估和登记, 征集档案): a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/部门 merged/"
        "岗位 and the name merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, where the name column "
        "is headed ``姓名（职称）`` and each NAME CELL holds the holder's name FOLLOWED BY HIS OR HER 职称 IN BRACKETS "
        "(``鄄曦岚（研究馆员）``, ``郗湝筠（馆员）``, ``訾澴淇（会计师）``), the one 工勤 holder without a 职称 written plain; "
        "a merged ``注：`` line on the bracket, and an 编制/审核/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def langzhong_bureau_unit_list() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "靳砚澍", "leader", [
            ("旅游专项资金分配不经党组会集体研究，个人决定", "制度机制风险", "高",
             "专项资金分配方案党组会研究，分配结果公示。"),
            ("为关系企业在景区评级、项目申报中打招呼", "外部环境风险", "高", "插手干预重大事项记录报告，评定结果公示。"),
        ]),
        ("局领导", "副局长", "仉澜汐", "leader", [
            ("旅行社设立和经营许可审查把关不严", "岗位职责风险", "中", "许可事项网上办理，审查意见两级复核。"),
            ("接受文旅企业宴请、旅游安排", "思想道德风险", "中", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("资源开发科", "科长", "阙翀泠", "middle", [
            ("A级景区评定推荐材料审核不实，降低标准推荐", "业务流程风险", "高",
             "评定推荐实行专家评审，推荐名单公示。"),
            ("乡村旅游扶持项目验收走过场", "岗位职责风险", "中", "项目验收三人以上，验收资料存档。"),
        ]),
        ("文物科", "科长", "郜泷汀", "middle", [
            ("文物保护工程方案审核中收受施工单位好处", "外部环境风险", "高", "方案审核集体研究，报上级文物部门备案。"),
        ]),
        ("文物科", "文物保护员", "殳湉棠", "general", [
            ("文物安全巡查记录不实，隐患不报告", "岗位职责风险", "低", "巡查定位打卡，隐患台账销号管理。"),
        ]),
        ("财务科", "会计", "厍沨璇", "general", [
            ("专项资金拨付不按项目进度审核", "业务流程风险", "中", "拨付凭项目验收意见，双人复核。"),
            ("虚列会议费、培训费套取资金", "思想道德风险", "低", "会议培训事前审批，费用清单公示。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "langzhong_bureau_unit_list", "http://arpj.cn/Article_List.asp?ID=5966",
        "市文化广电旅游局 岗位廉政风险防控一览表, after the source's 省旅游局 局长 who took bribes for 景区评级, 旅行社资质评定 "
        "and 旅游专项资金拨付: ``附件1``, a title, then 序号/科室 merged (局领导, 资源开发科, 文物科, 财务科)/岗位 and 姓名 "
        "merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def langzhong_ancient_city_two_sheets() -> dict:
    unit = f"{PLACE}古城管理委员会"
    t = _Truth(unit)
    lead = _Sheet("管委会领导", [6, 9, 9, 22, 38, 10, 32])
    _line(lead, f"{unit}管委会领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("冶霁峣", "主任", "主持管委会全面工作，分管财务、规划", [
            ("古城保护项目不经主任办公会研究，个人拍板", "一级", "重大项目主任办公会集体研究，纪要存档。"),
            ("对班子成员和科室负责人廉政谈话流于形式", "三级", "每年开展廉政谈话，谈话记录存档。"),
        ]),
        ("粘淏岑", "副主任", "分管规划建设、风貌管理", [
            ("古城内民房修缮审批只签字不审核，放任违规建设", "一级", "修缮审批现场踏勘，审批结果公示。"),
            ("风貌整治工程虚增工程量", "一级", "工程量经跟踪审计复核，结算送审。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年7月", None)
    dept = _Sheet("内设机构", [6, 12, 10, 9, 38, 10, 32])
    _line(dept, f"{unit}内设机构岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设科", "科长", "咸沂琮", "middle", [
            ("违建处理不及时，对违规加层、改建不立案", "一级", "违建线索登记编号，处理结果每月通报。"),
            ("修缮方案审查中向业主推荐施工队伍", "二级", "施工队伍由业主自主选择，审查人员签订承诺书。"),
        ]),
        ("规划建设科", "规划专干", "茆澂玥", "general", [
            ("修缮图纸审查把关不严，放宽风貌要求", "二级", "图纸审查两人以上，审查意见存档。"),
        ]),
        ("风貌管理科", "科长", "佴翊湘", "middle", [
            ("店招店牌审批中收受商户好处", "二级", "审批标准公开，审批结果公示。"),
        ]),
        ("风貌管理科", "巡查员", "渠淼瑄", "general", [
            ("巡查中发现违规经营不制止、不上报", "三级", "巡查轨迹留痕，问题清单日报。"),
        ]),
        ("财务科", "出纳", "郤婳湲", "general", [
            ("古城保护资金支付不按程序审签", "二级", "资金支付凭审签单办理，每月对账。"),
            ("公款私存，坐支现金", "三级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "langzhong_ancient_city_two_sheets", "http://jizihe.com/page/2019/0306/4878494.shtml",
        "市古城管理委员会 廉政风险防控表 in two sheets, after the source's 景区管委会 窝案 (农房违规审批, 违建处理不及时, 虚增"
        "工程量, a 分管建设 副主任 who only signed): ``管委会领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/"
        "风险点/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``内设机构`` (a title, 序号/科室 merged "
        "(规划建设科, 风貌管理科, 财务科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/主任（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def langzhong_jinpingshan_posts() -> dict:
    unit = f"{PLACE}锦屏山景区管理处"
    sh = _Sheet("排查表", [6, 12, 14, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施")
    posts = [
        ("主任", "leader", [
            ("门票减免", "违规审批“关系票”，擅自扩大免票范围", "Ⅰ级", "免票审批单按月汇总公示，减免政策上墙。"),
            ("经营项目发包", "景区经营项目不公开招租，协议给关系人", "Ⅰ级", "经营项目公开招租，合同集体审定。"),
        ]),
        ("副主任", "leader", [
            ("安全设施采购", "消防和安全设施采购指定品牌", "Ⅱ级", "采购需求集体论证，三家以上比价。"),
        ]),
        ("售票员", "general", [
            ("门票销售", "收取现金不出票，票款截留", "Ⅰ级", "实行电子售票，票款日清日结。"),
            ("优惠票办理", "不核验证件即办理优惠票", "Ⅲ级", "优惠票证件拍照留存，每日抽查。"),
        ]),
        ("检票员", "general", [
            ("入园检票", "收受好处放人免票入园", "Ⅱ级", "闸机检票，检票口视频监控。"),
        ]),
        ("观光车调度员", "general", [
            ("车辆调度", "私收现金搭载游客，不录入系统", "Ⅱ级", "观光车扫码乘车，调度记录系统留痕。"),
            ("车辆维修", "维修项目虚报，配件以次充好", "Ⅲ级", "维修定点，旧件回收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in posts:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, post, step, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "langzhong_jinpingshan_posts", "https://news.sohu.com/20060926/n245530088.shtml",
        "市锦屏山景区管理处 岗位廉政风险点排查表 对岗不对人, after the source's 自然保护区 管理局 that gave away 3万 ``关系票`` "
        "a year: a title, then 序号/岗位 merged per post/工作环节/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; NO 科室 column, "
        "no names, no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def langzhong_culture_hall_cards() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "邰泓澜", "馆领导", "leader", "主持全馆工作，分管人事、财务和政府采购", [
            ("舞台设备采购化整为零，规避政府采购", "制度机制风险", "★★★", "采购按限额标准执行，采购结果公示。"),
            ("绩效工资分配不经馆务会研究", "制度机制风险", "★★", "分配方案馆务会研究并全馆公示。"),
            ("收受供应商礼品礼金", "思想道德风险", "★★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("副馆长", "昝沁涵", "馆领导", "leader", "分管展演活动、培训辅导和非物质文化遗产保护", [
            ("展演活动不经预审即开支，结报票据不实", "业务流程风险", "★★★", "展演活动事前预审、事后结报。"),
            ("非遗传承人补助申报把关不严", "岗位职责风险", "★★", "申报材料实地核查，补助名单公示。"),
        ]),
        ("表演艺术部主任", "琴湛岳", "表演艺术部", "middle", "负责文艺演出、比赛和送文化下基层", [
            ("文艺比赛评奖中打招呼，评选不公", "外部环境风险", "★★", "评委随机抽取，评选结果公示。"),
            ("演出劳务费虚报人数", "业务流程风险", "★★★", "劳务费按签到表发放，银行转账。"),
            ("送文化下基层场次弄虚作假", "岗位职责风险", "★", "演出现场照片和签收单存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duties, points in cards:
        post = "主任" if tab.endswith("部主任") else tab
        sh = _Sheet(tab, [6, 36, 12, 9, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, f"部{GAP}门", dept, f"职{GAP}务", post)
        _line(sh, f"主要职责：{duties}", 6)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督电话：0817-6222388", None, None)
        sheets.append(sh)
    return _layout(
        "langzhong_culture_hall_cards", "https://fx361.cc/page/2015/0327/19662070.shtml",
        "市文化馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 副馆长, 表演艺术部主任), after the source's study of three "
        "区 基层文化馆 under 免费开放 (财政压力, 文艺演出, 培训辅导, 展览, the gap between 政策话语 and 实践): a title, "
        "``姓　名 | … | 部　门 | … | 职　务 | …`` in ONE row of three pairs, a merged ``主要职责：…`` line, then 序号/风险点/"
        "风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施 (merged E–F); a merged ``注：`` line on the stars and "
        "``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def langzhong_tengwangge_selfchecks() -> dict:
    unit = f"{PLACE}滕王阁景区管理处"
    t = _Truth(unit)
    people = [
        ("阚澍芃", "管理处领导", "副主任", "leader", [
            ("景区消防设施维保项目指定服务单位", "高风险", "维保单位比选确定，合同集体审定。", "已落实"),
            ("应急预案演练经费虚列", "中风险", "演练经费据实结报，演练记录存档。", "未发现问题"),
        ]),
        ("庹沄熙", "营销科", "科长", "middle", [
            ("与旅行社结算团队门票时私下让利，收取回扣", "高风险", "团队票价格公开，结算经财务复核。", "未发现问题"),
            ("宣传推广服务采购不比价", "中风险", "推广服务三家比价，结果公示。", "已整改"),
            ("游客诉求处理中推诿、压件", "低风险", "诉求24小时响应，办理结果回访。", "未发现问题"),
        ]),
        ("鄢翾苒", "安全保卫科", "安全员", "general", [
            ("安全隐患排查记录不实", "中风险", "隐患排查拍照留痕，台账销号。", "未发现问题"),
            ("收受商户好处，对占道经营不制止", "低风险", "巡查两人以上，问题每日上报。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", None, None)
        sh.add(who, dept, post, None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "科室负责人审核：", None, "2025年7月")
        sheets.append(sh)
    return _layout(
        "langzhong_tengwangge_selfchecks", "https://www.kflz.gov.cn/sitesources/pdsjw/page_pc/gzdt/jcfc/"
        "article4a9a70f8825c4f4e81281d3f90630058.html",
        "市滕王阁景区管理处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县纪委监委 "
        "watching its 景区 over the summer (消防设施, 应急预案, 安全生产, 游客诉求): a title, a label row ``姓　名 | 科　室 | "
        "岗　位`` and the row of their values under it, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; a blank row and ``自查人（签名）： | 科室负责人审核： | 2025年7月``",
        sheets, t,
    )  # fmt: skip


def langzhong_enforcement_duties() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 10, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("大队领导", "大队长", "郄澴峥", "leader", [
            ("案件审批", "对重大案件处罚决定不经集体讨论", "制度机制", "一级风险", "重大案件集体讨论，讨论记录存档。"),
            ("执法检查部署", "为被检查单位说情打招呼", "外部环境", "二级风险", "说情打招呼记录报告。"),
        ]),
        ("一中队", "中队长", "栾湜珣", "middle", [
            ("网吧、娱乐场所检查", "检查前通风报信，对违规经营不立案", "岗位职责", "一级风险", "检查计划保密，随机抽查。"),
        ]),
        ("一中队", "执法队员", "禤沛澂", "general", [
            ("现场检查", "接受经营业主宴请、消费卡", "思想道德", "二级风险", "执法人员两人以上，执法记录仪全程记录。"),
            ("证据收集", "调查取证不全，故意遗漏违法事实", "业务流程", "三级风险", "证据材料法制审核。"),
        ]),
        ("二中队", "中队长", "濮淏璟", "middle", [
            ("旅行社、文物单位检查", "对文物火灾隐患整改不督促、不复查", "岗位职责", "二级风险", "隐患整改限期复查，销号管理。"),
        ]),
        ("法制审核科", "法制审核员", "谯沅菡", "general", [
            ("处罚决定审核", "罚款数额畸轻畸重，审核意见走过场", "业务流程", "一级风险", "执行裁量基准，审核意见存档。"),
            ("罚没款管理", "罚款不按规定上缴，截留挪用", "思想道德", "二级风险", "罚款一律银行代收，票款分离。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年7月", None, None)
    return _layout(
        "langzhong_enforcement_duties", "https://www.mct.gov.cn/whzx/qgwhxxlb/ah/202012/t20201207_918879.htm",
        "市文化市场综合行政执法大队 廉政风险防控责任清单, after the source's 市 that checked its 网吧, 旅行社, 娱乐场所 and "
        "文物 for 火灾隐患 (立案调查, 罚款): ``附件2``, a title, 序号/科室 merged (大队领导, 一中队, 二中队, 法制审核科)/岗位 and "
        "责任人 merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def langzhong_library_groups() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("一览表", [6, 10, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "詹澔祺", "leader", [
                ("购书折扣不入账", "书商返还的折扣不入账，以高于实际的码洋结算", "Ⅰ", "图书采购公开招标，按实际折扣结算。"),
                ("场地租金截留", "老馆场地出租租金不入账", "Ⅰ", "场地出租公开招租，租金直接缴入财政专户。"),
            ]),
            ("副馆长", "郦湘淇", "leader", [
                ("物业服务利益输送", "物业服务外包给亲属关联企业", "Ⅱ", "物业采购比选确定，领导干部亲属回避。"),
            ]),
        ]),
        ("二、采编部", "采编部", [
            ("主任", "戚翀淼", "middle", [
                ("选书倾向特定书商", "采购书目由个人圈定，集中向一家书商订购", "Ⅱ", "书目由采编部集体选定，征求读者意见。"),
            ]),
            ("采编员", "宓湲苒", "general", [
                ("验收不清点", "验收时不逐册清点，以次充好", "Ⅲ", "验收双人清点，验收单存档。"),
            ]),
        ]),
        ("三、流通部", "流通部", [
            ("流通部管理员", "隆湉珮", "general", [
                ("押金收取不开票", "读者证押金收取不开票", "Ⅱ", "押金线上缴纳，每月对账。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("报账员", "贲沨昀", "general", [
                ("虚开发票报销", "虚开购书发票报销", "Ⅰ", "发票网上查验，报销三级审核。"),
                ("截留奖励物品", "截留星级书屋奖励物品", "Ⅲ", "物品发放签收登记并公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 7)
    sh.add("制表人：", None, "审核人：", None, "2025年7月", None, None)
    return _layout(
        "langzhong_library_groups", "http://www.victorzhang.cn/page/2018/0713/10602977.shtml",
        "市图书馆 岗位廉政风险防控一览表, after the source's 图书馆 ``蛀虫`` (购书发票, 老馆 rent, an 物业 company, 星级书屋 "
        "奖励): a title, then 序号/岗位/姓名 (merged per person)/a short 风险点/a long 风险描述/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 "
        "under GROUP ROWS ``一、馆领导``, ``二、采编部``, ``三、流通部``, ``四、办公室`` merged across (no 部门 column), no type "
        "column; a merged ``注：`` line on the grades and a ``制表人： | 审核人： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    langzhong_museum_name_with_rank(),
    langzhong_bureau_unit_list(),
    langzhong_ancient_city_two_sheets(),
    langzhong_jinpingshan_posts(),
    langzhong_culture_hall_cards(),
    langzhong_tengwangge_selfchecks(),
    langzhong_enforcement_duties(),
    langzhong_library_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch314-inbox"))
