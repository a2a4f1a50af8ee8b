"""The three-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 交通 and
应急 bodies, 彭山区 (a district of 眉山 on the 岷江, its staff Han) — its 交通运输局, 公路养护段,
道路运输管理所 (运管所), 交通运输综合行政执法大队 and 地方海事处, its 应急管理局, 应急管理综合行政执法大队 and
消防救援大队 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 交通运输局's 一览表 under GROUP ROWS ``一、局领导`` … ``四、计划财务股`` merged across (no 股室
  column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a
  ``制表人： | 审核人： | 2025年9月`` line;
- the 公路养护段's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, 高/中/低; no names; a 制表/审核/date line;
- the 道路运输管理所's 责任清单 under ``附件1``: ``股室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an ``编制： | 审核： |
  2025年9月`` line;
- the 消防救援大队's 廉政风险防控卡, one sheet a holder (tabs 大队长, 站长, 防火监督员): ``姓　名 | … |
  职　务 | …`` and ``所在部门 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short
  types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 应急管理综合行政执法大队's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 中　队 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施
  | 自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 大队长意见：``;
- the 交通运输综合行政执法大队's file in two sheets: ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``中队`` (``中队`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级风险/二级风险/三级风险``, no type column;
- the 地方海事处's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, short types, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``pengshan_emergency_measures_sheet``: the 应急管理局's workbook of TWO SHEETS THAT ARE ONE LIST.
  The first, ``风险点排查表``, is an ordinary 排查表 (a title, a merged ``填报单位（盖章）：…　填报时间：
  2025年9月`` line, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级``, ``股室`` merged, ``岗位`` and
  ``姓名`` merged per person, 高/中/低) — but it has NO TYPE COLUMN AND NO MEASURES COLUMN: a merged
  ``注：`` line under it says that each point's 风险类型, 防控措施, 责任领导 and 完成时限 are on the sheet
  ``防控措施表``, by the same 序号. The second sheet, ``防控措施表``, has a title ``…廉政风险防控措施表``
  and ``序号 | 廉政风险点 | 风险类型 | 防控措施 | 责任领导 | 完成时限``: ONE ROW FOR EACH POINT OF THE
  FIRST SHEET, in the same order and with the same 序号, the point REPEATED WORD FOR WORD, then its
  type (short names), its numbered measures, the 局 leader answerable for carrying them out (a
  NAME: the 局长 or the 副局长 in charge of that 股室 — for the 局领导's own points the leader
  himself) and a deadline (``长期坚持``, ``2025年12月底前``). So the points, their posts, holders and
  levels are on the first sheet; their TYPES (and measures) only on the second, which looks like a
  risk list of its own (a 风险点 column, a type column, measures and a column of names) but adds no
  point and no holder. This is how a 巡察整改-style 防控措施 (a 措施 a row, with 责任领导 and 时限) is
  filed beside a 排查表 when the two are two 附件 of one notice. The README's 读得懂的表 knows types in
  a type column (written as names, codes with a 填表说明, ticks, ``+`` joins, brackets after the
  point or before the level, a 风险编码's letters, a prefix ``思想道德风险：``), types by GROUP ROWS, by
  SHEETS split by type and by 序号 in a NOTE under the list (``TYPE_BY_NUMBER``), levels given on ANOTHER
  SHEET by number (``SHEET_LEVELS``), posts and holders joined from another sheet by a code, and a
  SUMMARY sheet that repeats the named sheets word for word (``SHEET_SUMMARY``); it does not describe
  a second sheet of MEASURES that repeats every point by 序号 and is the only place its TYPE is given,
  with a 责任领导 name column that is no holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市交通运输局's ``清廉交通`` for the
``四好农村路`` — ``党支部+项目部``, 建、养、管、护, 立项、招投标、审批 watched by 巡查督查, 廉政谈话 of the
关键少数 and 重点岗位; a 乡's 农村公路养护管理制度 — 大、中、小修 by amount, 水毁修复, 日常养护 of 小修、保洁、
绿化管护、附属设施维护, 排水沟 and 涵洞清淤, a 财政评审 of each job; the 出租汽车驾驶员从业资格考试 — 从业
资格证, 服务质量信誉考核 by points over twelve months, 车载消防器材; a piece on the 消防 graft cases —
建审权, 消防审批 and 验收, 招标采购, 消防经费, 装备 bought through friends; an 应急安全生产执法大队's work —
监督检查 of 责任制, 规章制度, 安全投入, 重大危险源, 应急预案, then 责令整改, 停产停业, 罚款, 吊销许可证;
a 流动执法大队's ``雷霆`` action — 路查中队, 路域中队, 旅游包车 without papers, 非法营运, 超限超载 at a
卡点; a 镇渡口 rule — a 渡口 set up by the 县 with the 海事机构, ``五定`` (渡口, 渡船, 渡工, 责任, 载客定额),
渡船 unfit to sail and 渡工 not qualified; a 市应急管理局's 巡察整改 notice — 整改方案 with 整改措施,
整改时限, 责任科室 and 责任领导 for each problem, 台账, 销号) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 彭山区.

Run ``python tests/published/score.py --set batch325`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are the ``风险点排查表``'s rows, each the form of its 股室, post and
  holder there, graded by its own ``风险等级`` cell; its TYPES are those the ``防控措施表`` row of the
  same 序号 names (the same words). The ``防控措施表``'s rows are no points and no forms: its
  ``廉政风险点`` cells repeat the first sheet's, its ``防控措施`` and ``完成时限`` are no points, and its
  ``责任领导`` names (the 局长 and 副局长 of the first sheet) are no holders of those rows; the ``注：``
  lines are no points;
- ``局领导``, ``段领导``, ``所领导``, ``大队领导``, ``处领导`` (a group row, a 股室 cell, a card's 所在部门, a
  sheet's name, the 执法大队's 中　队 cell) are the 科室 of those leaders; a 局's, 段's, 所's and 处's 股,
  a 大队's 中队 and 室 and a 消防救援站 are 科室; a group row ``二、综合运输股`` gives the 科室 ``综合运输股``
  (its number left off);
- every body here is a unit of its own (the 段, 所, 大队 and 处 under the 交通运输局 or the 应急管理局
  too): 局长, 副局长, 段长, 副段长, 所长, 副所长, 大队长, 副大队长, 处长 and 副处长 are leaders;
  股长, 中队长 and a 消防救援站's 站长 middle; the rest (养护技术员, 路况巡查员, 材料保管员, 会计, 出纳,
  审批员, 考核员, 防火监督员, 执法队员, 船舶检验员, 安全监督员, 科员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``分管工作``
  and ``自查情况`` are no points and name no holder; the 公路养护段's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高/中/低``, ``★★★/★★/★`` (read by the card's note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 海事处's note)
  are 1/2/3.

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

PREFIX = "b325_"
PLACE = "彭山区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

POINTS_SHEET = "风险点排查表"
MEASURES_SHEET = "防控措施表"
POINTS_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级")
MEASURES_HEAD = ("序号", "廉政风险点", "风险类型", "防控措施", "责任领导", "完成时限")
POINTS_NOTE = (
    "注：各风险点的风险类型、防控措施、责任领导和完成时限见“防控措施表”工作表，序号与本表一致。"
)
MEASURES_NOTE = (
    "注：责任领导对分管股室防控措施的落实负领导责任，完成情况纳入年度党风廉政建设责任制考核。"
)
CHIEF, DEPUTY_A, DEPUTY_B = "佴崧珣", "庾峤琮", "鞠岍玟"

# (股室, 岗位, 姓名, tier, 责任领导, [(廉政风险点, 类型, 等级, 防控措施, 完成时限)])
EMERGENCY = [
    ("局领导", "局长", CHIEF, "leader", CHIEF, [
        ("安全生产专项资金分配不经局党组集体研究，个人决定", "制度机制", "高",
         "1.专项资金分配方案经局党组会研究；\n2.分配结果在门户网站公示。", "长期坚持"),
        ("对巡察反馈问题整改不力，避重就轻", "岗位职责", "中",
         "1.建立整改台账，逐项销号；\n2.整改情况向区纪委监委报告。", "2025年12月底前"),
    ]),
    ("局领导", "副局长", DEPUTY_A, "leader", DEPUTY_A, [
        ("为关系企业说情，干预执法检查和行政处罚", "外部环境", "高",
         "1.干预插手执法活动一律登记报告；\n2.处罚案件集体审议。", "长期坚持"),
    ]),
    ("局领导", "副局长", DEPUTY_B, "leader", DEPUTY_B, [
        ("防汛抢险物资调拨不按程序，账物不符", "制度机制", "中",
         "1.物资调拨凭指挥部指令，双人签字；\n2.汛后清点核销。", "2025年11月底前"),
    ]),
    ("安全生产综合监管股", "股长", "晁峣璟", "middle", DEPUTY_A, [
        ("生产安全事故调查中隐瞒事故性质，降格处理", "岗位职责", "高",
         "1.事故调查组成员回避审查；\n2.调查报告经局务会审定后公开。", "长期坚持"),
        ("安全生产考核打分不公，优亲厚友", "思想道德", "低",
         "1.考核细则事先公布；\n2.考核结果公示五个工作日。", "2025年10月底前"),
    ]),
    ("危险化学品安全监管股", "股长", "衡嵘瑄", "middle", DEPUTY_A, [
        ("危险化学品经营许可审查把关不严，违规发证", "业务流程", "高",
         "1.许可材料初审、复审两级审核；\n2.现场核查两人以上并留存影像。", "长期坚持"),
        ("重大危险源备案资料不核实即登记", "岗位职责", "中",
         "1.备案资料与现场逐项核对；\n2.备案信息录入系统留痕。", "2025年11月底前"),
    ]),
    ("危险化学品安全监管股", "科员", "禄砚棠", "general", DEPUTY_A, [
        ("检查中接受企业宴请、礼品，隐瞒隐患不报", "思想道德", "中",
         "1.检查前廉洁提醒，签订廉洁承诺；\n2.检查结果由股长复核。", "长期坚持"),
    ]),
    ("应急救援和防灾减灾股", "股长", "勾崇琳", "middle", DEPUTY_B, [
        ("救灾物资采购不比价，指定供应商", "业务流程", "高",
         "1.救灾物资按政府采购规定公开采购；\n2.采购需求与验收分离。", "长期坚持"),
        ("受灾群众救助对象审核不严，优亲厚友", "制度机制", "中",
         "1.救助对象村（社区）评议、镇审核、局复核；\n2.救助名单公示。", "2025年12月底前"),
    ]),
    ("办公室", "会计", "敖瑾岫", "general", DEPUTY_B, [
        ("应急物资储备经费报销审核不严，虚列支出", "业务流程", "低",
         "1.报销实行经办、审核、审批三签；\n2.物资出入库台账按月核对。", "长期坚持"),
    ]),
]  # fmt: skip


def pengshan_emergency_measures_sheet() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    ncols = len(POINTS_HEAD)
    sh = _Sheet(POINTS_SHEET, [6, 18, 10, 9, 44, 10])
    _line(sh, f"{unit}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*POINTS_HEAD)
    first = len(sh.rows)
    measures_rows = []
    n = 0
    for dept, post, who, tier, leader, points in EMERGENCY:
        for point, typ, lv, measures, deadline in points:
            n += 1
            sh.add(n, dept, post, who, point, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
            measures_rows.append((n, point, typ, measures, leader, deadline))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, POINTS_NOTE, ncols)
    sh.add("制表人：", None, "审核人：", None, "2025年9月", None)
    ms = _Sheet(MEASURES_SHEET, [6, 44, 10, 40, 10, 14])
    _line(ms, f"{unit}廉政风险防控措施表", len(MEASURES_HEAD))
    ms.add(*MEASURES_HEAD)
    for row in measures_rows:
        ms.add(*row)
    _line(ms, MEASURES_NOTE, len(MEASURES_HEAD))
    return _layout(
        "pengshan_emergency_measures_sheet", "http://www.whjjw.gov.cn/html/wenzhang_778932.html",
        "(harder) 区应急管理局 workbook of TWO SHEETS THAT ARE ONE LIST, after the source's 市应急管理局 巡察整改 (整改方案, "
        "整改措施, 整改时限, 责任科室, 责任领导, 台账, 销号): ``风险点排查表`` — a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年9月`` line, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低 with NO TYPE AND NO "
        "MEASURES COLUMN, a merged ``注：`` line sending the reader to ``防控措施表`` by 序号, a 制表人/审核人/date line; then "
        "``防控措施表`` — a title and 序号/廉政风险点 (each point REPEATED word for word, same 序号)/风险类型 (short names, "
        "the ONLY place the types are given)/防控措施 (numbered)/责任领导 (the 局长 or 副局长's NAME)/完成时限, a merged "
        "``注：`` line",
        [sh, ms], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pengshan_transport_bureau_groups() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 10, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "仉崧岳", "leader", [
                ("农村公路项目立项不经党组集体研究，个人拍板", "制度机制风险", "一级",
                 "项目立项经局党组会集体研究，会议纪要存档备查。"),
                ("插手农村公路工程招投标，为关系企业打招呼", "外部环境风险", "一级",
                 "插手干预工程建设事项记录报告，招投标全程进场交易。"),
            ]),
            ("副局长", "邴珂岚", "leader", [
                ("“四好农村路”项目验收降低标准，走过场", "岗位职责风险", "二级",
                 "交工验收邀请第三方检测，验收结果公示。"),
            ]),
        ]),
        ("二、综合运输股", "综合运输股", [
            ("股长", "郏琬峥", "middle", [
                ("农村客运补贴核定不实，多核多拨", "业务流程风险", "二级", "补贴数据与车辆运营记录比对，核定结果公示。"),
                ("客运线路审批中收受好处", "思想道德风险", "一级", "线路审批条件和结果网上公开。"),
            ]),
        ]),
        ("三、建设管理股", "建设管理股", [
            ("股长", "滑岫珺", "middle", [
                ("设计变更不经论证即同意，变相增加投资", "业务流程风险", "一级", "设计变更分级审批，重大变更专家论证。"),
                ("工程计量不到现场核实即签认", "岗位职责风险", "二级", "计量签认附现场影像，监理和业主双签。"),
            ]),
            ("科员", "慕瑄峦", "general", [
                ("质量抽检结果与施工单位串通修改", "思想道德风险", "二级", "抽检委托有资质的检测机构，报告直接报局。"),
            ]),
        ]),
        ("四、计划财务股", "计划财务股", [
            ("会计", "茹琰峤", "general", [
                ("工程款支付凭证审核不严，重复支付", "业务流程风险", "三级", "支付凭证双人复核，按项目建立支付台账。"),
                ("车购税补助资金挪作他用", "制度机制风险", "二级", "专项资金专账核算，按季度对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "pengshan_transport_bureau_groups", "http://gx.people.com.cn/n2/2024/1121/c229260-41050083.html",
        "区交通运输局 岗位廉政风险防控一览表, after the source's 市交通运输局 ``清廉交通`` for the ``四好农村路`` (党支部+项目部, "
        "建养管护, 立项、招投标、审批 under 巡查督查, 廉政谈话): a title, then 序号/岗位/姓名 (merged per person)/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS ``一、局领导``, ``二、综合运输股``, ``三、建设管理股``, "
        "``四、计划财务股`` merged across (no 股室 column); a ``制表人： | 审核人： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def pengshan_road_maintenance_posts() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("排查表", [6, 12, 12, 26, 40, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "leader", "养护工程发包", "中修、大修工程化整为零，规避公开招标",
         "制度机制", "高", "养护工程按金额分级发包，10万元以上公开招标。"),
        ("段领导", "副段长", "leader", "水毁修复认定", "水毁修复工程量不到现场核实即认定",
         "岗位职责", "中", "水毁修复现场勘查两人以上，影像资料存档。"),
        ("养护工程股", "股长", "middle", "小修工程结算", "小修工程不经财政评审即结算，虚增工程量",
         "业务流程", "高", "小修工程按财政评审金额结算，结算资料公示。"),
        ("养护工程股", "养护技术员", "general", "日常养护考核", "保洁、绿化管护考核打人情分",
         "思想道德", "中", "考核细则公开，考核结果按月通报。"),
        ("养护工程股", "路况巡查员", "general", "路况巡查", "巡查记录不实，涵洞清淤不到位不报告",
         "岗位职责", "低", "巡查轨迹系统记录，段领导每月抽查。"),
        ("综合股", "材料保管员", "general", "养护材料管理", "沥青、水泥等材料出入库数量不实",
         "业务流程", "中", "材料出入库双人签字，每季度盘点。"),
        ("综合股", "会计", "general", "养护资金支付", "日常养护资金支付凭证审核不严",
         "外部环境", "中", "支付实行经办、审核、审批三签。"),
        ("综合股", "股长", "middle", "公务用车管理", "养护巡查车辆私用，虚报油耗",
         "思想道德", "低", "一车一卡，行车记录按月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "pengshan_road_maintenance_posts", "https://m.wenke99.com/p-9772699.html",
        "区公路养护段 岗位廉政风险点排查表 对岗不对人, after the source's 乡 农村公路养护管理制度 (大、中、小修 by amount, 水毁修复, "
        "日常养护 小修、保洁、绿化管护, 涵洞清淤, 财政评审): a title, then 序号/股室 merged (段领导, 养护工程股, 综合股)/岗位 merged "
        "per post/a short 风险点/a long 风险表现/风险类型 (short names)/风险等级 高/中/低/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pengshan_transport_management_duties() -> dict:
    unit = f"{PLACE}道路运输管理所"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("所领导", "所长", "习珩岚", "leader", [
            ("出租汽车经营权配置", "出租汽车经营权配置方案不经集体研究，暗箱操作", "制度机制", "Ⅰ级",
             "配置方案经所务会研究并报区交通运输局审定，公开招投标。"),
        ]),
        ("所领导", "副所长", "宦岷琛", "leader", [
            ("服务质量信誉考核", "干预信誉考核结果，为关系企业加分", "外部环境", "Ⅱ级", "考核结果复核并公示。"),
        ]),
        ("运政股", "股长", "寇珺峋", "middle", [
            ("道路运输经营许可", "许可审查降低条件，违规发放经营许可证", "岗位职责", "Ⅰ级", "许可条件和时限公开，网上办理全程留痕。"),
        ]),
        ("运政股", "审批员", "蔚瑶嵚", "general", [
            ("从业资格证核发", "为考试不合格人员核发从业资格证", "业务流程", "Ⅱ级", "考试成绩系统导入，发证与考试分离。"),
            ("从业资格证撤销", "对应撤销从业资格证的驾驶员不撤销", "思想道德", "Ⅲ级", "撤销情形按月比对事故信息，结果公示。"),
        ]),
        ("稽查股", "股长", "巩峥玥", "middle", [
            ("驾培机构检查", "检查驾培机构走过场，收受好处不处理", "外部环境", "Ⅱ级", "检查两人以上，检查记录上传系统。"),
        ]),
        ("稽查股", "考核员", "越琨嵘", "general", [
            ("信誉考核计分", "信誉考核计分弄虚作假，少记扣分", "岗位职责", "Ⅱ级", "计分依据附违章记录，股长复核。"),
            ("车载消防器材检查", "客运车辆车载消防器材检查不到位", "业务流程", "Ⅲ级", "检查清单化，抽查结果通报。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "pengshan_transport_management_duties", "http://m.jsyzj.com/czc/m92204",
        "区道路运输管理所 廉政风险防控责任清单, after the source's 出租汽车驾驶员从业资格考试 (从业资格证, 服务质量信誉考核 计分, "
        "车载消防器材): ``附件1``, a title, 序号/股室 merged (所领导, 运政股, 稽查股)/岗位 and 责任人 merged per person/``职责事项``/"
        "廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def pengshan_fire_brigade_cards() -> dict:
    unit = f"{PLACE}消防救援大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "简崧瑗", "大队领导", "leader", [
            ("消防装备采购指定品牌，化整为零规避招标", "制度机制", "★★★", "装备采购经大队党委会研究，按规定公开采购。"),
            ("消防经费使用不经集体研究", "岗位职责", "★★", "经费支出按月公开，大额支出集体研究。"),
            ("为关系企业消防检查说情", "外部环境", "★★★", "说情打招呼事项登记报告。"),
        ]),
        ("站长", "毋珏峦", "消防救援站", "middle", [
            ("营房维修工程虚报工程量", "业务流程", "★★", "维修工程量由大队复核，结算送审。"),
            ("队员补助发放优亲厚友", "思想道德", "★", "补助标准和名单公示。"),
        ]),
        ("防火监督员", "鞠琇岑", "防火监督室", "general", [
            ("消防监督检查中隐瞒隐患，降低处罚", "岗位职责", "★★★", "检查全程记录，处罚集体审议。"),
            ("向被检查单位推销指定消防器材", "外部环境", "★★", "严禁推销，举报电话公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：028-38519119", None)
        sheets.append(sh)
    return _layout(
        "pengshan_fire_brigade_cards", "http://www.handmsg.com/page/2025/0728/29404063.shtml",
        "区消防救援大队 廉政风险防控卡, one sheet a holder (tabs 大队长, 站长, 防火监督员), after the source's piece on the 消防 graft "
        "cases (建审权, 消防审批 and 验收, 招标采购, 消防经费, 消防器材): a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | …`` "
        "above 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def pengshan_safety_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("亓峣玥", "大队领导", "副大队长", "leader", [
            ("执法检查计划随意调整，选择性检查", "高风险", "年度执法计划报局审定，检查对象随机抽取。", "未发现问题"),
            ("责令停产停业决定不经集体审议", "高风险", "重大执法决定法制审核、集体审议。", "已整改"),
            ("执法人员考核打人情分", "低风险", "考核指标量化，结果公示。", "未发现问题"),
        ]),
        ("冉琛嵛", "执法一中队", "中队长", "middle", [
            ("重大危险源检查走过场，隐患不入账", "中风险", "检查清单逐项签字，隐患录入系统跟踪。", "未发现问题"),
            ("罚款数额自由裁量不规范", "中风险", "严格执行裁量基准，案件法制审核。", "已整改"),
        ]),
        ("宰珂峦", "执法二中队", "执法队员", "general", [
            ("检查中接受企业宴请和礼品", "高风险", "签订廉洁承诺，执法记录仪全程记录。", "未发现问题"),
            ("应急预案备案审核不严", "中风险", "备案材料双人审核。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"中{GAP}队", f"职{GAP}务", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pengshan_safety_enforcement_selfchecks",
        "https://www.hkyyi.com/html/jie-mi-ying-ji-an-quan-sheng-chan-zhi-fa-da-dui-shou-hu-sheng-ming-xian-zhu-lao-an-quan-fang-xian.html",
        "区应急管理综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 应急安全生产"
        "执法大队 (监督检查 of 责任制, 重大危险源, 应急预案; 责令整改, 停产停业, 罚款): a title, a LABEL ROW ``姓　名 | 中　队 | 职　务 "
        "| 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "a blank row and ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def pengshan_transport_enforcement_two_sheets() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 22, 36, 10, 32])
    _line(lead, f"{unit}大队领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("闵崧琰", "大队长", "主持大队全面工作，分管财务和执法监督", [
            ("执法车辆和装备采购不经集体研究", "一级风险", "采购事项经大队会议研究，按规定公开采购。"),
            ("对超限超载案件处理打招呼", "一级风险", "说情打招呼事项登记报告。"),
        ]),
        ("充瑜峤", "副大队长", "分管路查中队和路域中队", [
            ("“雷霆”行动卡点安排泄露给运输企业", "二级风险", "行动方案定密管理，卡点临时确定。"),
            ("非法营运车辆处理降格", "二级风险", "案件法制审核，处理结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("中队", [6, 12, 12, 9, 36, 10, 32])
    _line(dept, f"{unit}中队岗位廉政风险防控表", 7)
    dept.add("序号", "中队", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("路查中队", "中队长", "庄珣岷", "middle", [
            ("超限超载车辆卸货不监督，放行收费", "一级风险", "卸货全程录像，放行凭证双人签字。"),
            ("旅游包车检查选择性执法", "二级风险", "检查对象系统随机抽取。"),
        ]),
        ("路查中队", "执法队员", "晏峥瑛", "general", [
            ("现场执法不开具票据，私收罚款", "一级风险", "罚款一律非现场缴纳，执法记录仪全程记录。"),
            ("查扣车辆保管不善，私自放行", "二级风险", "查扣车辆登记造册，放行经中队长审批。"),
        ]),
        ("路域中队", "中队长", "戈琅峣", "middle", [
            ("路域违法建筑查处不力", "二级风险", "巡查发现问题限期整改，逾期立案。"),
            ("涉路施工许可现场核查走过场", "三级风险", "核查照片上传系统。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None)
    return _layout(
        "pengshan_transport_enforcement_two_sheets", "https://meipian.cn/3ig2uuty",
        "区交通运输综合行政执法大队 廉政风险防控表 in two sheets, after the source's 流动执法大队 ``雷霆`` action (路查中队, 路域中队, "
        "旅游包车, 非法营运, 超限超载, 卡点): ``大队领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line) and ``中队`` (a title, 序号/中队 merged (路查中队, "
        "路域中队)/岗位 and 姓名 merged per person/…; a 填表人/审核人/大队长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def pengshan_maritime_office_desc() -> dict:
    unit = f"{PLACE}地方海事处"
    sh = _Sheet("一览表", [6, 12, 12, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "柴岚琮", "leader", "渡口设置审查", "为不具备条件的渡口出具同意设置意见",
         "制度机制", "Ⅰ", "渡口设置经现场勘查和集体研究，报区人民政府审批。"),
        ("处领导", "副处长", "桂峋瑶", "leader", "渡船更新补助", "渡船更新改造补助资金审核不严，虚报冒领",
         "业务流程", "Ⅱ", "补助对象公示，资金拨付经财政复核。"),
        ("船舶检验股", "股长", "濮琪峦", "middle", "渡船适航检验", "对不符合适航条件的渡船签发检验证书",
         "岗位职责", "Ⅰ", "检验两人以上，检验报告股长复核。"),
        ("船舶检验股", "船舶检验员", "雍岫珉", "general", "救生设备检查", "救生、消防设备配备不足不记录",
         "思想道德", "Ⅲ", "检查清单逐项签字，拍照存档。"),
        ("安全监督股", "股长", "阚峣琬", "middle", "渡工适任审核", "为不适任的渡工出具适任证明",
         "岗位职责", "Ⅱ", "适任审核与考试分离，结果公示。"),
        ("安全监督股", "安全监督员", "燕琚岚", "general", "节假日现场监管", "赶场日、节假日渡口现场监管缺位，超载不纠正",
         "外部环境", "Ⅱ", "节假日监管排班公开，现场照片上传。"),
        ("安全监督股", "安全监督员", "燕琚岚", "general", "违章处罚", "对渡船擅离渡口从事运输不处罚",
         "业务流程", "Ⅲ", "处罚案件登记编号，股长审核。"),
        ("综合股", "出纳", "扈瑗峤", "general", "现金管理", "坐支现金，公款私存",
         "思想道德", "Ⅲ", "现金日清月结，每月与银行对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "处长（签字）：", None, None, None)
    return _layout(
        "pengshan_maritime_office_desc", "http://jycdxd.com/Manage/System/Traffic/201908/1575077.shtml",
        "区地方海事处 岗位廉政风险防控一览表, after the source's 镇渡口 rule (渡口 set up with the 海事机构, ``五定``: 渡口, 渡船, "
        "渡工, 责任, 载客定额; 渡船 unfit to sail, 渡工 not qualified, 赶场日 监管): ``附件2``, a title, a merged ``填报单位（盖章）："
        "…　填报时间：2025年9月`` line, then 序号/股室 merged (处领导, 船舶检验股, 安全监督股, 综合股)/岗位 and 姓名 merged per "
        "person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on "
        "the grades and a 填表人/审核人/处长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pengshan_emergency_measures_sheet(),
    pengshan_transport_bureau_groups(),
    pengshan_road_maintenance_posts(),
    pengshan_transport_management_duties(),
    pengshan_fire_brigade_cards(),
    pengshan_safety_enforcement_selfchecks(),
    pengshan_transport_enforcement_two_sheets(),
    pengshan_maritime_office_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch325-inbox"))
