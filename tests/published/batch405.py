"""The four-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 财政 and 审计
bodies, 商州区 (the district of 商洛 on the 丹江, its staff Han) — the 区财政局, the 区审计局, the
区国库收付中心, the 区政府投资评审中心, the 区会计核算中心 and three 镇财政所 (沙河子镇, 杨峪河镇, 大荆镇) —
each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 审计局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``姓名`` and ``职务`` merged per person, a ``备注`` with ``2024年新增`` on one row),
  ``一级/二级/三级``, no type column, a 制表/审核/date line under each;
- the 国库收付中心's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``科室`` merged
  (``中心领导``, ``支付审核科``, ``清算科``, ``综合科``), ``岗位`` and ``姓名`` merged per person, short
  types, 高/中/低, a 填表人/审核人/date line;
- the 政府投资评审中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 沙河子镇财政所's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | 镇分管领导意见：``;
- the 杨峪河镇财政所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` and
  a merged ``工作职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：``
  line, no type column, ``持卡人（签字）： | 审核人（签字）：``;
- the 会计核算中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、审核科``, ``三、出纳科``, ``四、综合科``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 大荆镇财政所's 排查表 under ``附件2``, a title and a ``填报单位（盖章）：…`` line: ``岗位``, ``姓名``
  and ``岗位职责`` merged per person, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no 科室.

One is harder:

- ``shangzhou_finance_bureau_level_steps``: the 财政局's ``2025年度岗位廉政风险点动态调整表`` — an
  ordinary list in every other way (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | … | 调整原因 |
  防控措施``, ``股室`` merged, ``岗位`` and ``姓名`` merged per person, short types) — whose level is given
  AS A STEP FROM LAST YEAR'S GRADE: the column ``2024年风险等级`` holds last year's ``一级/二级/三级`` and
  the next, ``2025年等级调整``, ONLY THE CHANGE — ``上调一级`` (one grade higher: 三级 → 二级, 二级 →
  一级), ``下调一级`` (one grade lower: 一级 → 二级, 二级 → 三级) or ``不变`` — so this year's grade is
  written in no cell: it is last year's moved by the step. One point new this year has ``/`` last year
  and ``本年新增，定为二级`` as its step. A merged ``注：`` line under the table says what the steps
  mean (``“上调一级”为风险等级提高一档（如三级调为二级），“下调一级”为降低一档（如一级调为二级）…``).
  Of the twelve points five keep their grade, three go up a step, three down, one is new; the words
  ``上调一级``/``下调一级`` hold the grade word ``一级`` though most of those points are no 一级 this year.
  The README's 读得懂的表 knows two grade columns of which one is the older (``原风险等级 | 调整后风险等级``,
  ``上年 | 本年``: take the current one), a grade written as its change with the NEW grade in it
  (``高→中``, ``二级调整为三级``, ``降为Ⅲ级``), and ``调整后等级`` cells saying ``/``, ``不变``, ``维持``
  (keep the old grade); it does not describe a change written as a STEP WITH NO TARGET, which must be
  applied to last year's grade. No earlier batch writes one: ``grep -l
  '上调一级\\|下调一级\\|降一级\\|升一级' tests/published/batch*.py`` finds nothing; batch188's ``…，升级``/
  ``…，降级`` explain a ``二级→三级`` cell that names the new grade, and batch267's ``…后上调`` stands in
  a ``备注`` beside a level column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区财政局's 部门职责 — 预决算, 非税
收入, 国库集中收付, 政府采购, 政府债务, 国有资产; a paper on the 审计组's 廉政风险 — the 审计组 临时性,
审计执法 独立性, the 审计组长, 定性, what is reported; an account of 财政直接支付 and 授权支付 — 用款计划,
支付指令, 代理银行, 用款额度; 财政投资评审 rules — 标底, 概预算, 竣工决结算, 现场踏勘, 评审结论; a 镇's
村级财务管理 — 报账员 培训, 原始凭证, 财政所所长 and 驻村领导 审核; a 镇财政财务管理制度 — 固定资产报废
and 出售, 票证管理 一票一户, 离任审计; a 区财管中心's 报账员工作规则 — 票据 收集 and 传递, 直接支付 报账,
备用金, 对账; a 县财政局 on 支农资金监管 — 专户, 惠民补贴, 按进度拨款, 先验收后报账, 质量保证金) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every
unit is a body of 商州区, named with the district's name.

Run ``python tests/published/score.py --set batch405`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is THIS YEAR'S grade: last year's (``2024年风险等级``) moved
  one grade up (``上调一级``: 1 higher, toward 一级), one down (``下调一级``: toward 三级) or kept
  (``不变``), as the ``注：`` line says; the new point's is the grade its step names (``本年新增，定为
  二级`` → 2); the ``一级`` inside ``上调一级``/``下调一级`` is the size of the step, no grade;
  ``调整原因`` (``/`` where unchanged) and the ``注：`` line are no points and name nobody; the tab and
  the title say 2025, the table is this year's list (no point is struck off);
- ``局领导`` (the 审计局's sheet of its leaders, named so by its tab and title; the 财政局's 股室 cell),
  ``中心领导`` (the 国库收付中心's and 评审中心's 科室 cell, the 核算中心's group row) are the 科室 of those
  leaders; a 局's 股 and 办公室, a 中心's 科 are 科室; a group row ``二、审核科`` gives the 科室 ``审核科``
  (its number left off);
- each 镇财政所 is a unit of its own (``商州区沙河子镇财政所`` …, as its title and ``所在单位`` write it),
  with no 科室: the scorer takes a 所 written as its own unit or as the 科室 ``财政所`` of its 镇 alike;
- 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 are leaders; 股长, 科长, the 办公室主任 middle; the
  rest (科员, 审计员, 审核员, 会计, 出纳, 总预算会计, 惠民补贴管理员, 资金监管员, 票据管理员) general;
- ``风险点 | 风险表现`` (the 评审中心's list): the point is the short 风险点; ``分管工作``, ``工作职责``,
  ``岗位职责``, ``职责事项``, ``自查情况`` (``未发现问题``, ``已整改``) and ``备注`` are no points and name no
  holder; the 评审中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 大荆镇财政所's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch402).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b405_"
PLACE = "商州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年3月"


# --------------------------------------------------------------------------- harder layout

STEPS_NAME = "shangzhou_finance_bureau_level_steps"
STEPS_UNIT = f"{PLACE}财政局"
LAST_YEAR, THIS_YEAR = "2024年风险等级", "2025年等级调整"
UP, DOWN, SAME = "上调一级", "下调一级", "不变"
NEW = "本年新增，定为二级"
NOT_GRADED = "/"
STEP = {UP: -1, DOWN: +1, SAME: 0}  # a step on 1 (高) … 3 (低)
STEPS_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", LAST_YEAR, THIS_YEAR, "调整原因",
              "防控措施")  # fmt: skip
STEPS_NOTE = (
    "注：1.风险等级分一级（高）、二级（中）、三级（低）三档；2.“2025年等级调整”栏填写本年度较上年度的变化："
    "“上调一级”为风险等级提高一档（如三级调为二级），“下调一级”为降低一档（如一级调为二级），“不变”为维持上年等级，"
    "本年新增的风险点直接写明等级；3.本表经局党组会审定后在局内公示。"
)

# (股室, 岗位, 姓名, tier, [(风险点, 类型, 上年等级 or "/", 本年调整, 调整原因, 防控措施)])
STEPS_ROWS = [
    ("局领导", "局长", "菅澜瑫", "leader", [
        ("年度预算安排和大额资金分配不经党组会集体研究", "制度机制", "一级", SAME, "/",
         "预算安排和大额资金分配一律上党组会，会议纪要存档。"),
        ("股室负责人调整和干部交流凭个人意志", "思想道德", "二级", UP, "本年股室负责人集中调整",
         "干部调整方案党组会研究，考察、公示全程纪实。"),
    ]),
    ("局领导", "副局长", "相渫璞", "leader", [
        ("为关系单位争取专项资金分配倾斜", "外部环境", "一级", SAME, "/",
         "专项资金按因素法分配，分配结果向社会公开。"),
        ("插手干预政府采购项目确定供应商", "岗位职责", "一级", DOWN, "政府采购项目全部进入电子卖场交易",
         "领导干部插手采购项目一律登记报告，采购结果公开。"),
    ]),
    ("预算股", "股长", "敖湉玓", "middle", [
        ("预算追加审核把关不严，随意调剂预算", "业务流程", "二级", SAME, "/",
         "预算追加经分管领导、局长审批，大额追加党组会研究。"),
        ("项目库入库审核中降低标准、优亲厚友", "岗位职责", "三级", UP, "预算管理一体化系统新增项目入库审核",
         "入库审核双人复核，审核意见系统留痕。"),
    ]),
    ("预算股", "科员", "满沛珹", "general", [
        ("向预算单位泄露预算分配信息", "思想道德", "三级", SAME, "/",
         "预算分配数据分级授权查询，签订保密承诺。"),
    ]),
    ("国库股", "股长", "厉澄瑅", "middle", [
        ("资金拨付先后顺序随意，向预算单位索要好处", "岗位职责", "一级", DOWN, "支付业务全部纳入一体化系统按序办理",
         "拨付按用款计划排序，拨付进度网上可查。"),
    ]),
    ("国库股", "会计", "帅泺琤", "general", [
        ("财政专户开设、公款存放银行选择暗箱操作", "制度机制", "二级", DOWN, "公款竞争性存放实行公开招标",
         "专户开设报局党组审批，存放银行公开招标确定。"),
        ("直达资金动态监控预警不核实即放行", "业务流程", NOT_GRADED, NEW, "本年承担直达资金监控",
         "预警信息逐条核实，核实结果按月报股长审核。"),
    ]),
    ("政府采购监督管理股", "股长", "沃浈璐", "middle", [
        ("采购方式变更审批把关不严，规避公开招标", "业务流程", "二级", UP, "本年变更采购方式申请明显增多",
         "变更申请须专家论证并公示，集体审批。"),
        ("采购投诉处理偏袒一方", "外部环境", "三级", SAME, "/", "投诉处理两人以上承办，处理决定公开。"),
    ]),
]  # fmt: skip


def _this_year(last: str, step: str) -> int:
    """The point's level this year: the 2024 grade moved by the step, or the grade a new one is given."""
    if step == NEW:
        return 2
    return GRADES[last] + STEP[step]


def shangzhou_finance_bureau_level_steps() -> dict:
    unit = STEPS_UNIT
    sh = _Sheet("动态调整表", [6, 14, 8, 9, 36, 10, 10, 11, 22, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度岗位廉政风险点动态调整表", len(STEPS_HEAD))
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：{DATE}", len(STEPS_HEAD))
    sh.add(*STEPS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STEPS_ROWS:
        for point, typ, last, step, why, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, last, step, why, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), _this_year(last, step))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, STEPS_NOTE, len(STEPS_HEAD))
    sh.add("填表人：", None, None, "审核人：", None, None, "分管领导：", None, None, None)
    return _layout(
        STEPS_NAME, "https://www.lzq.gov.cn/news/show/20251028085257666.html",
        "(harder) 区财政局 2025年度岗位廉政风险点动态调整表, after the source's 区财政局 部门职责 (预决算, 非税收入, 国库集中"
        "收付, 政府采购, 政府债务, 国有资产): a title, a merged ``填报单位（盖章）：…　填报时间：2025年3月`` line, then 序号/股室 "
        "merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/``2024年风险等级`` (``一级/二级/三级``, ``/`` "
        "for a new point)/``2025年等级调整`` holding ONLY A STEP FROM LAST YEAR'S GRADE — ``上调一级``, ``下调一级``, "
        "``不变`` (one new point ``本年新增，定为二级``) — so THIS YEAR'S LEVEL IS WRITTEN NOWHERE and is last year's moved "
        "by the step; ``调整原因``, 防控措施; a merged ``注：`` line saying what a step means; a 填表人/审核人/分管领导 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shangzhou_audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("酆湛琰", "局长", "主持全面工作，分管审计计划和审理", [
            ("年度审计计划安排受人情干扰，选择性确定审计对象", "一级", "审计计划经局党组会研究，报区委审计委员会审定。"),
            ("审计发现问题的定性处理打招呼、降格处理", "一级", "审理意见集体研究，过问插手登记报告。"),
        ]),
        ("戢沄璟", "副局长", "分管财政审计、经济责任审计", [
            ("经济责任审计评价意见受被审计领导干部影响", "一级", "评价意见经审理会审议，严格执行回避制度。"),
            ("审计组在被审计单位接受宴请、报销费用", "二级", "严格执行审计“八不准”纪律，进点公示举报电话。"),
        ]),
        ("巩淞玙", "副局长", "分管固定资产投资审计、办公室", [
            ("政府投资项目审计中为施工单位说情，压低审减额", "一级", "审减结果复核，中介机构审计质量抽查。"),
            ("选聘社会中介机构参与审计不公开", "三级", "中介机构按政府采购程序选聘，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 9, 10, 38, 9, 32, 10])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 8)
    staff.add("序号", "股室", "姓名", "职务", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("财政审计股", "蹇澍琦", "股长", "middle", [
            ("对预算执行审计中发现的问题隐瞒不报", "一级", "审计底稿三级复核，问题线索集体研判。", None),
            ("审计报告征求意见时泄露审计发现", "二级", "审计资料专人保管，签订保密承诺。", None),
        ]),
        ("财政审计股", "阚泓瑾", "审计员", "general", [
            ("取证不充分，审计证据与事实不符", "二级", "审计证据由被审计单位签字确认。", None),
        ]),
        ("经济责任审计股", "晁溟珺", "股长", "middle", [
            ("审计时与被审计领导干部私下接触", "一级", "审计期间与被审计对象接触须两人以上。", None),
            ("审计结果报告对问题避重就轻", "二级", "审计结果报告经审理、局务会审定。", None),
        ]),
        ("固定资产投资审计股", "麴洹璁", "股长", "middle", [
            ("工程结算审计中与施工单位串通，少审减", "一级", "审减数据复核，结果与建设单位三方确认。", "2024年新增"),
        ]),
        ("固定资产投资审计股", "逯湝瑢", "审计员", "general", [
            ("现场踏勘走过场，工程量核实不准", "二级", "踏勘两人以上，照片和记录存档。", None),
        ]),
        ("办公室", "亓澔琪", "主任", "middle", [
            ("审计外勤经费报销不实", "三级", "外勤经费按标准据实报销，按月公开。", None),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, lv, measures, remark in points:
            n += 1
            staff.add(n, dept, who, post, point, lv, measures, remark)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None, None)
    return _layout(
        "shangzhou_audit_bureau_two_sheets", "https://lw33.cn/article/fcb3a30f666140ce67cc0f55.html",
        "区审计局 file in two sheets after the source's paper on 审计组岗位廉政风险 (审计组 临时性, 审计执法 独立性, 审计组长, "
        "定性, 报什么、如何报): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged/姓名 and 职务 merged per person/风险点/风险等级/防控措施/备注 ``2024年新增`` on one "
        "row); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def shangzhou_treasury_center_list() -> dict:
    unit = f"{PLACE}国库收付中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郦潾瑄", "leader", [
            ("大额直接支付审批不按用款计划，先拨关系单位", "岗位职责", "高", "大额支付主任、分管局长会签，按计划排序。"),
            ("代理银行考评中收受银行好处", "外部环境", "中", "代理银行考评指标公开，考评结果局务会审定。"),
        ]),
        ("支付审核科", "科长", "厍湜琬", "middle", [
            ("直接支付申请审核不严，无合同、无发票即支付", "业务流程", "高", "支付要件清单化审核，系统校验。"),
            ("授权支付额度下达超计划", "制度机制", "中", "额度下达与用款计划自动比对。"),
        ]),
        ("支付审核科", "审核员", "笪淏珏", "general", [
            ("审核时为预算单位“开绿灯”，放过不合规支出", "思想道德", "中", "审核意见系统留痕，科长每日抽查。"),
        ]),
        ("清算科", "科长", "訾溱瑗", "middle", [
            ("与人民银行、代理银行对账不及时，资金清算差错不纠正", "岗位职责", "中", "每日对账，差错限时查明并报告。"),
        ]),
        ("清算科", "会计", "昝浛琮", "general", [
            ("挪用、截留清算资金", "思想道德", "高", "清算资金专户核算，会计与出纳分设。"),
            ("支付电子凭证和印鉴保管不善", "制度机制", "低", "印鉴分人保管，电子证书专人专用。"),
        ]),
        ("综合科", "科长", "缑漪玑", "middle", [
            ("办公用品采购不询价，虚开发票", "业务流程", "低", "采购三家比价，入库双人验收。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "shangzhou_treasury_center_list", "https://www.jixiztb.com/zxwd/202505/199407.html",
        "区国库收付中心 岗位廉政风险防控一览表 after the source's account of 财政直接支付 and 财政授权支付 (用款计划, 支付指令, "
        "代理银行, 国库单一账户, 用款额度): a title, a merged ``填报单位：…　填报时间：2025年3月`` line, then 序号/科室 merged "
        "(中心领导, 支付审核科, 清算科, 综合科)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def shangzhou_review_center_posts() -> dict:
    unit = f"{PLACE}政府投资评审中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("评审任务分配", "评审项目指定评审人员或中介机构，搞利益输送", "制度机制风险", "高风险",
             "评审任务按轮序分配，中介机构随机抽取。"),
            ("评审结论审定", "对审减额大的项目打招呼，改变评审结论", "思想道德风险", "高风险", "评审结论集体会审，过问登记。"),
        ]),
        ("中心领导", "副主任", "leader", [
            ("中介机构考核", "中介机构考核打分不公，照顾关系机构", "外部环境风险", "中风险", "考核细则公开，结果公示。"),
        ]),
        ("工程评审科", "科长", "middle", [
            ("预算评审", "高估冒算，评审中与建设单位串通", "岗位职责风险", "高风险", "评审报告复核，重大项目专家会审。"),
            ("结算评审", "接受施工单位请托，降低审减率", "外部环境风险", "高风险", "审减结果三方签字确认。"),
        ]),
        ("工程评审科", "评审员", "general", [
            ("现场踏勘", "现场踏勘不实，工程量取定随意", "业务流程风险", "中风险", "踏勘两人以上，影像资料存档。"),
            ("评审资料保管", "泄露标底、评审数据", "制度机制风险", "低风险", "评审资料专柜保管，借阅登记。"),
        ]),
        ("综合科", "会计", "general", [
            ("评审费支付", "评审费结算不按合同，多付中介机构费用", "业务流程风险", "中风险", "评审费按合同和考核结果结算。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "shangzhou_review_center_posts", "http://www.kleyou.com/html/text/lar/171309/17130928_1.html",
        "区政府投资评审中心 岗位廉政风险点排查表 对岗不对人, after the source's 财政投资评审 rules (评审内容, 标底, 概预算 and "
        "竣工决结算, 现场踏勘, 评审初步结论, 评审报告): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def shangzhou_shahezi_finance_office_selfchecks() -> dict:
    unit = f"{PLACE}沙河子镇财政所"
    t = _Truth(unit)
    people = [
        ("宓澐琛", "所长", "leader", [
            ("主持财政所全面工作，审核村级报账票据", "村级报账票据审核流于形式，大额支出不过问", "Ⅰ级",
             "票据合规性逐张审核，大额支出驻村领导会签。", "未发现问题"),
            ("主持财政所全面工作，审核村级报账票据", "镇级资金拨付不经镇长审批", "Ⅰ级", "资金拨付严格执行审批权限。", "已整改"),
            ("负责财政所内部管理", "所内评先评优照顾关系", "Ⅲ级", "评优结果所务会研究并公示。", "未发现问题"),
        ]),
        ("嵇湲瑊", "会计", "general", [
            ("负责镇级账务和村级代理记账", "村账代管中擅自调账、记假账", "Ⅰ级", "调账须所长审批，月末对账。", "未发现问题"),
            ("负责镇级账务和村级代理记账", "会计档案保管不善，随意借阅", "Ⅲ级", "档案借阅登记审批。", "未发现问题"),
        ]),
        ("暨潏琚", "惠民补贴管理员", "general", [
            ("负责惠民惠农补贴一卡通发放", "补贴对象信息审核不严，虚报冒领", "Ⅰ级", "补贴名单村级公示，系统比对。", "已整改"),
            ("负责惠民惠农补贴一卡通发放", "私自保管群众“一卡通”存折", "Ⅱ级", "严禁代管存折，设立举报电话。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, items in people:
        sh = _Sheet(who, [6, 24, 34, 9, 30, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        sh.add("所在单位", unit, "填表时间", DATE, None, None)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        for i, (duty, point, lv, measures, found) in enumerate(items, 1):
            sh.add(i, duty, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "shangzhou_shahezi_finance_office_selfchecks", "https://zgcxtc.cn/news/175493.html",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇 村级财务管理 (村级报账员 "
        "培训, 原始凭证审核, 财政所所长审核票据, 驻村领导审核): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 填表时间 "
        "| …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况`` (``未发现问题``, "
        "``已整改``); no type column; a blank row and ``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def shangzhou_yangyuhe_finance_office_cards() -> dict:
    unit = f"{PLACE}杨峪河镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "邴澥瑑", "leader", "主持全面工作，负责镇级预算执行和资金审批", [
            ("镇级预算执行中擅自调整支出用途", "★★★", "预算调整报镇党委会研究，按程序报批。"),
            ("固定资产报废、出售不按规定审批", "★★", "资产处置集体核价，按级审批。"),
            ("接受项目承建单位宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("出纳", "禚漹琭", "general", "负责现金和银行存款收付", [
            ("坐支现金，白条抵库", "★★★", "现金日清月结，所长不定期盘点。"),
            ("公款私存，挪用备用金", "★★★", "银行账户统一管理，每月核对余额。"),
        ]),
        ("票据管理员", "谯沨璆", "general", "负责财政票据领购、发放和缴销", [
            ("收款不开票或开票不收款", "★★", "票款分离，一票一户。"),
            ("票据丢失、损坏不报告", "★", "票据定期检查，缴旧领新。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, work, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "审核人（签字）：", None)
        sheets.append(sh)
    return _layout(
        "shangzhou_yangyuhe_finance_office_cards",
        "https://www.mingyanjiaju.org/fanwen/qitaxinhan/135602381413686_7.htm",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 出纳, 票据管理员), after the source's 镇财政财务管理制度 "
        "(固定资产报废、报损、出售, 材料 and 低值易耗品, 票证管理 — 一票一户, 不准收款不开票, 离任审计): a title, ``姓　名 | … | "
        "职　务 | …``, a ``工作职责`` line merged across, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a "
        "merged ``注：`` line on the stars and ``持卡人（签字）： | 审核人（签字）：``",
        sheets, t,
    )  # fmt: skip


def shangzhou_accounting_center_duties() -> dict:
    unit = f"{PLACE}会计核算中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "隗潆璘", "leader", [
                ("核算单位支出审批", "对超预算、无预算支出签批放行", "制度机制风险", "一级风险", "超预算支出一律退回，按程序追加。"),
                ("会计人员委派", "委派会计人员凭个人好恶", "思想道德风险", "二级风险", "委派方案集体研究，定期轮岗。"),
            ]),
            ("副主任", "仉淯瑷", "leader", [
                ("会计档案管理", "违规提供会计档案", "岗位职责风险", "三级风险", "档案查阅经审批并登记。"),
            ]),
        ]),
        ("二、审核科", "审核科", [
            ("科长", "蔺澈玘", "middle", [
                ("原始凭证审核", "对虚开、替票报销的凭证不予退回", "岗位职责风险", "一级风险", "凭证真伪网上查验，科长复核。"),
            ]),
            ("审核员", "鄢滢珦", "general", [
                ("报账单据审核", "与单位报账员串通，拆分票据规避审批", "业务流程风险", "二级风险", "同一事项票据合并审核，抽查回访。"),
                ("公务卡报销审核", "公务卡消费审核流于形式", "业务流程风险", "三级风险", "公务卡消费明细逐笔比对。"),
            ]),
        ]),
        ("三、出纳科", "出纳科", [
            ("科长", "钭澋瑂", "middle", [
                ("资金支付复核", "未经审核即办理付款", "制度机制风险", "一级风险", "付款须审核章、复核章齐全。"),
            ]),
            ("出纳", "佴渲琰", "general", [
                ("单位备用金管理", "备用金长期挂账不清理", "岗位职责风险", "二级风险", "备用金按月清理，超期通报。"),
            ]),
        ]),
        ("四、综合科", "综合科", [
            ("科长", "璩潼玗", "middle", [
                ("核算系统权限管理", "违规开设、变更系统操作权限", "外部环境风险", "二级风险", "权限变更审批登记，定期清理。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "shangzhou_accounting_center_duties",
        "https://www.ylq.gov.cn/zfxxgk/bmxxgk/sydw/cgzx/ywgz/1907281408513601538.html",
        "区会计核算中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``四、综合科`` merged across (no 科室 column), "
        "after the source's 报账员工作规则 of a 区财管中心 (报账员, 票据 收集、粘贴、传递, 直接支付 报账, 备用金, 对账): a title, "
        "then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shangzhou_dajing_finance_office_list() -> dict:
    unit = f"{PLACE}大荆镇财政所"
    sh = _Sheet("排查表", [6, 12, 9, 22, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "蒯淇瑱", "leader", "主持全面工作，审批镇级资金", [
            ("支农项目未验收即拨付资金", "业务流程", "Ⅰ", "项目先验收后报账，按进度拨付。"),
            ("工程质量保证金提前退还", "岗位职责", "Ⅱ", "保证金保修期满验收合格后退还。"),
        ]),
        ("总预算会计", "郗泖璿", "general", "负责镇级总预算会计核算", [
            ("专项资金不按专户核算，挤占挪用", "制度机制", "Ⅰ", "专项资金专户核算，分类登账。"),
            ("会计报表数据失真", "岗位职责", "Ⅲ", "报表所长审核，与国库对账。"),
        ]),
        ("资金监管员", "勾澶琇", "general", "负责惠民补贴和支农资金监管", [
            ("补贴资金发放中优亲厚友，虚报冒领", "思想道德", "Ⅰ", "发放名单公示，入户抽查核实。"),
            ("对项目资金跟踪问效走过场", "外部环境", "Ⅱ", "跟踪检查记录存档，问题限期整改。"),
        ]),
        ("出纳", "卞潍瑭", "general", "负责资金收付和银行对账", [
            ("不按规定对账，账款不符", "业务流程", "Ⅱ", "每月银行对账，编制余额调节表。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "所长（签字）：", None, None, DATE, None)
    return _layout(
        "shangzhou_dajing_finance_office_list", "https://fx361.cc/page/2012/0815/20100574.shtml",
        "镇财政所 岗位廉政风险点排查表 after the source's 县财政局 account of 财政支农资金监管 (专项资金专户, 惠民补贴, 按进度拨款, "
        "先验收后报账, 质量保证金): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年3月`` line, then 序号/岗位, "
        "姓名 and ``岗位职责`` merged per person/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` "
        "line on the grades and a 填表人/所长（签字）/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shangzhou_finance_bureau_level_steps(),
    shangzhou_audit_bureau_two_sheets(),
    shangzhou_treasury_center_list(),
    shangzhou_review_center_posts(),
    shangzhou_shahezi_finance_office_selfchecks(),
    shangzhou_yangyuhe_finance_office_cards(),
    shangzhou_accounting_center_duties(),
    shangzhou_dajing_finance_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch405-inbox"))
