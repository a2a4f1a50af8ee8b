"""The three-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
state-owned companies, 五通桥区 (a district of 乐山, its staff Han) — its 城市建设投资有限公司 and the
城投's 城乡建设开发有限公司, its 国有资产经营有限公司, its 水务投资有限公司 with the 水务's
供水有限责任公司 and 污水处理有限公司, its 公共交通有限公司 and its 建设工程有限公司 — each handing back
the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 城市建设投资有限公司's 一览表 under GROUP ROWS ``一、公司领导`` … ``三、计划财务部`` merged across
  (no 部门 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a
  ``制表人： | 审核人： | 2025年8月`` line;
- the 水务投资有限公司's 责任清单 under ``附件1``: ``部门`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉洁风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an ``编制： | 审核： |
  2025年8月`` line;
- the 公共交通有限公司's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, 高/中/低; no names; a 制表/审核/date line;
- the 建设工程有限公司's 廉洁风险防控卡, one sheet a holder (tabs 总经理, 项目经理, 材料员):
  ``姓　名 | … | 职　务 | …`` and ``所在部门 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 污水处理有限公司's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 部　门 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施
  | 自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 部门负责人意见：``;
- the 供水有限责任公司's file in two sheets: ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``,
  no type column;
- the 城乡建设开发有限公司's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``部门`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``wutongqiao_state_assets_grading_sheet``: the 国有资产经营有限公司's workbook of TWO sheets. The
  second, ``一览表``, is an ordinary 一览表 (a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月``
  line, ``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点 | 风险类型 | 风险等级 | 防控措施``, ``部门`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, ``一级/二级/三级``, an 编制/审核 line). The
  FIRST sheet, ``等级划分标准``, is the company's LEVEL STANDARD DRAWN AS A TABLE of its own: a title
  ``…廉洁风险等级划分标准``, a header ``风险等级 | 判定标准 | 典型风险情形 | 管控主体 | 管控措施`` and
  ONE ROW A LEVEL — ``一级`` / ``二级`` / ``三级`` in the first column (the very level words the
  一览表 uses), a sentence of what makes a point that grade, a cell of TYPICAL RISK SITUATIONS
  worded like risk points (``“三重一大”事项未经集体研究、个人拍板；大额资金违规调度；…``), the
  ``管控主体`` that watches that grade (``公司党支部、董事长``, ``分管领导``, ``部门负责人``) and the
  ``管控措施`` of that grade — then a merged ``注：`` line telling each 部门 to grade its posts' points
  by this standard and fill them in on ``一览表``. The three rows look like risk rows (a level, a
  risk-like text, a measure) but hold no risk point of anyone; the sheet's name says neither
  说明/须知 nor 示例/样表. The README's 读得懂的表 knows a level legend written in text (below the table,
  in a line above it, in the header, on a ``填表说明`` sheet), a ``填表说明`` or ``填报示例``/``样表``
  sheet set aside by its name, a ``评级表`` on another sheet that grades each point by its number
  (``SHEET_LEVELS``), ``汇总``/``统计`` sheets and count tables; it does not describe a level
  standard laid out as a TABLE ON A SHEET OF ITS OWN, one row a grade with its criteria, typical
  situations, watching subject and measures, whose rows are no points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 国有资本运营公司's reform —
主责主业 not clear, 专业运营能力 weak, 市场化机制, 授权放权 and ``以管资本为主``; a 建设项目审计's six
stages and twenty-four typical problems — 决策失误, 设计, 招投标, 合同管理, 施工, a 施工单位 that 多计工程款
at 结算; a 供水稽察中队 set up against the ``水耗子`` — 窃水, 管网漏损, a 消防栓 opened without leave,
水费 left unpaid; the 公交稽查's work — 司机 and 车辆资质核查, 运营情况检查, 乘客满意度, 安全隐患,
现场制止; the 工程变更 and 现场签证 审计 — 重复签证, 签证 without the 现场管理人员; a 审计局 at a
污水处理厂's 改扩建项目 — 设计方案, 设备运行效率, 污泥处理除臭, 出水水质; a 城市供水 regulation —
供水设施 moved only with approval, 水箱 cleaned yearly, a 水表 tested by a 检定机构, the 维修 line at the
下线阀门; a 结算审计 note — 材料单价 set above the market, 重复签证, 套用定额 ``套高不套低``, a 设计变更
that adds but never deducts, 私立奖励项目, 咨询费率 above the cap) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 五通桥区.

Run ``python tests/published/score.py --set batch320`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``等级划分标准`` sheet holds no point and no form: its ``一级/二级/三级``
  rows are the grades' definitions, ``判定标准``, ``典型风险情形`` and ``管控措施`` are no points, and
  ``管控主体`` (``公司党支部、董事长``, ``分管领导``, ``部门负责人``) names no post and no holder; its
  ``注：`` line is no point; the points are the ``一览表``'s rows only, each graded by its own
  ``风险等级`` cell;
- ``公司领导`` (a group row, a 部门 cell, a card's 所在部门, the 供水公司's sheet and the 污水处理公司's
  部　门 cell) is the 科室 of those leaders; a company's 部, 队, 所 and 中心 are 科室; a group row
  ``二、工程管理部`` gives the 科室 ``工程管理部`` (its number left off);
- every company here is a unit of its own: 董事长, 总经理 and 副总经理 are leaders; 部长, 队长, 所长,
  主任 (of the 综合办公室 and the 票务中心) and 项目经理 middle; the rest (造价员, 会计, 出纳, 抄表员,
  稽察员, 稽查员, 维修工, 调度员, 修理工, 材料员, 票款清点员, 化验员, 水表管理员, 水质检测员, 资产管理员,
  造价工程师) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``,
  ``分管工作`` and ``自查情况`` are no points and name no holder; the 公交公司's list names no person:
  its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高/中/低``, ``★★★/★★/★`` (read by the card's note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 开发公司's
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

PREFIX = "b320_"
PLACE = "五通桥区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

STANDARD_SHEET = "等级划分标准"
STANDARD_HEAD = ("风险等级", "判定标准", "典型风险情形", "管控主体", "管控措施")
# (等级, 判定标准, 典型风险情形, 管控主体, 管控措施): one row a grade, no risk point of anyone
STANDARD = [
    ("一级",
     "权力集中、涉及资金资产量大，一旦发生可能构成违法犯罪、造成重大国有资产损失的风险",
     "“三重一大”事项未经集体研究、个人拍板；大额资金违规调度；国有资产低价处置或不进场交易",
     "公司党支部、董事长",
     "列入年度监督检查重点，每季度开展专项检查，问题直接报区国资监管部门。"),
    ("二级",
     "有一定自由裁量权，一旦发生可能违反党纪政务处分规定、造成较大损失的风险",
     "资产出租不公开招租；投资项目尽职调查走过场；合同签订不经法律审核",
     "分管领导",
     "每半年开展一次检查，分管领导对分管部门廉洁风险负直接领导责任。"),
    ("三级",
     "执行性、事务性工作中，一旦发生可能造成轻微违规、受到批评教育或组织处理的风险",
     "报销票据审核不严；办公用品采购不比价；档案资料保管不善泄露信息",
     "部门负责人",
     "部门负责人日常提醒和督促，纳入年度考核。"),
]  # fmt: skip
STANDARD_NOTE = (
    "注：各部门对照本标准评定本部门各岗位廉洁风险点的等级，评定结果填入“一览表”工作表；"
    "一级为高风险，二级为中风险，三级为低风险。"
)
ASSETS_HEAD = ("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")

# (部门, 岗位, 姓名, tier, [(廉洁风险点, 类型, 等级, 防控措施)])
ASSETS = [
    ("公司领导", "董事长", "巢溆峰", "leader", [
        ("“三重一大”事项以会前碰头代替集体研究，个人决定", "制度机制", "一级",
         "“三重一大”事项党支部会前置研究、董事会决策，会议纪要存档备查。"),
        ("对外授权放权后对子公司经营不监督、不过问", "岗位职责", "二级", "每年听取子公司经营和廉洁情况专题汇报。"),
    ]),
    ("公司领导", "总经理", "相澜琮", "leader", [
        ("国有股权转让不经评估备案，协议低价转让给关系人", "外部环境", "一级",
         "股权转让经审计评估并报区国资监管部门审批，进场公开交易。"),
        ("资本运营项目收益不入账，体外循环", "业务流程", "一级", "投资收益统一入公司账户，按季度对账。"),
    ]),
    ("资产管理部", "部长", "荆湄翎", "middle", [
        ("经营性房产不进场公开招租，私下协议出租", "业务流程", "一级", "房产出租一律进入公共资源交易平台公开招租。"),
        ("租金减免、缓收不经集体研究", "制度机制", "二级", "租金减免方案经总经理办公会研究并公示。"),
    ]),
    ("资产管理部", "资产管理员", "益澍苒", "general", [
        ("资产台账与实物不符，闲置资产不报告", "岗位职责", "三级", "资产每半年清查一次，清查结果报公司审定。"),
    ]),
    ("投资发展部", "部长", "竺沛峦", "middle", [
        ("投资项目尽职调查走过场，迁就合作方意图", "业务流程", "二级", "尽职调查委托第三方，论证意见存档。"),
        ("向合作方泄露投资底价和谈判方案", "思想道德", "二级", "谈判方案定密管理，参与人员签订保密承诺。"),
    ]),
    ("计划财务部", "会计", "权泠蔓", "general", [
        ("报销票据审核不严，虚列费用", "岗位职责", "三级", "报销实行经办、审核、审批三签，票据逐张审核。"),
        ("财务系统数据随意修改", "思想道德", "二级", "财务系统操作留痕，修改记录按月审查。"),
    ]),
    ("综合办公室", "主任", "盖漱瑶", "middle", [
        ("办公用品和接待采购不比价，虚开发票", "思想道德", "三级", "采购三家比价，接待事前审批，清单存档。"),
        ("公务用车加油、维修费用审核不严", "业务流程", "三级", "一车一卡，维修定点，费用每季度公示。"),
    ]),
]  # fmt: skip


def wutongqiao_state_assets_grading_sheet() -> dict:
    unit = f"{PLACE}国有资产经营有限公司"
    t = _Truth(unit)
    std = _Sheet(STANDARD_SHEET, [10, 36, 40, 16, 36])
    _line(std, f"{unit}廉洁风险等级划分标准", len(STANDARD_HEAD))
    std.add(*STANDARD_HEAD)
    for row in STANDARD:
        std.add(*row)
    _line(std, STANDARD_NOTE, len(STANDARD_HEAD))
    ncols = len(ASSETS_HEAD)
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 36])
    _line(sh, f"{unit}岗位廉洁风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年8月", ncols)
    sh.add(*ASSETS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ASSETS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, "董事长（签字）：", None, None)
    return _layout(
        "wutongqiao_state_assets_grading_sheet", "https://m.fx361.cc/news/2022/1127/11825795.html",
        "(harder) 区国有资产经营有限公司 workbook of two sheets, after the source's 国有资本运营公司 reform (主责主业, 专业运营能力, "
        "市场化机制, 授权放权, 以管资本为主): FIRST a sheet ``等级划分标准`` — the level standard DRAWN AS A TABLE, a title "
        "``…廉洁风险等级划分标准``, ``风险等级 | 判定标准 | 典型风险情形 | 管控主体 | 管控措施`` and one row a grade (``一级``, "
        "``二级``, ``三级``; risk-like typical situations, 管控主体 公司党支部、董事长 / 分管领导 / 部门负责人, measures), a merged "
        "``注：`` line sending the 部门 to fill in ``一览表``; then ``一览表`` — a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年8月`` line, 序号/部门 merged/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施 and an 编制/审核/董事长（签字） line",
        [std, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wutongqiao_urban_investment_groups() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("一览表", [6, 10, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "郗沅霁", "leader", [
                ("项目立项前期论证不充分，盲目决策造成投资损失", "制度机制风险", "一级",
                 "项目立项经可研论证和董事会集体决策，论证资料存档。"),
                ("插手工程发包，为关系企业打招呼", "外部环境风险", "一级", "插手干预工程项目事项记录报告，发包全程进场交易。"),
            ]),
            ("总经理", "眭泓渟", "leader", [
                ("工程款支付审批不按合同和进度把关", "岗位职责风险", "二级", "工程款凭监理和跟踪审计意见支付，大额支付会签。"),
            ]),
        ]),
        ("二、工程管理部", "工程管理部", [
            ("部长", "逯沣岚", "middle", [
                ("招标文件设置倾向性条件，量身定制", "业务流程风险", "一级", "招标文件经法律顾问审核，评标专家随机抽取。"),
                ("设计变更不经论证即同意，变相增加投资", "业务流程风险", "二级", "设计变更分级审批，重大变更专家论证。"),
            ]),
            ("造价员", "厍渼菁", "general", [
                ("结算审核中与施工单位串通，多计工程量", "思想道德风险", "一级", "结算送第三方复审，审减结果公示。"),
                ("隐蔽工程量不到现场核实即确认", "岗位职责风险", "二级", "隐蔽工程计量留存影像资料，双人核实。"),
            ]),
        ]),
        ("三、计划财务部", "计划财务部", [
            ("部长", "璩湛汐", "middle", [
                ("融资中介费用不经集体研究即支付", "制度机制风险", "二级", "融资方案和费用经董事会审议，报区国资部门备案。"),
            ]),
            ("会计", "蓟潆芷", "general", [
                ("工程款支付凭证审核不严，重复支付", "业务流程风险", "三级", "支付凭证双人复核，按项目建立支付台账。"),
                ("公款私存，银行账户管理不规范", "思想道德风险", "三级", "银行账户集中管理，每月对账。"),
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
    sh.add("制表人：", None, "审核人：", None, "2025年8月", None, None)
    return _layout(
        "wutongqiao_urban_investment_groups", "https://www.zqhsgc.com/m/gcsj/7799.html",
        "区城市建设投资有限公司 岗位廉洁风险防控一览表, after the source's 建设项目审计 of six stages (决策失误, 设计, 招投标, 合同管理, "
        "施工, 结算 多计工程款): a title, then 序号/岗位/姓名 (merged per person)/廉洁风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施 under GROUP ROWS ``一、公司领导``, ``二、工程管理部``, ``三、计划财务部`` merged across (no 部门 "
        "column); a ``制表人： | 审核人： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def wutongqiao_water_invest_duties() -> dict:
    unit = f"{PLACE}水务投资有限公司"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉洁风险防控责任清单", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "责任人",
        "职责事项",
        "廉洁风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("公司领导", "总经理", "郜澧岑", "leader", [
            ("供水工程发包", "供水管网工程发包不按程序，指定施工单位", "制度机制", "Ⅰ级", "工程发包经总经理办公会研究，公开招标。"),
        ]),
        ("公司领导", "副总经理", "訾淇翾", "leader", [
            ("水费减免审批", "擅自减免大用户水费和违约金", "岗位职责", "Ⅱ级", "水费减免经集体研究，按月公示。"),
        ]),
        ("营销部", "部长", "阙滢桉", "middle", [
            ("用户报装", "报装审批故意拖延，吃拿卡要", "岗位职责", "Ⅱ级", "报装条件和时限公开，网上办理。"),
        ]),
        ("营销部", "抄表员", "乜沄棣", "general", [
            ("抄表计量", "估抄、漏抄，为熟人少计水量", "业务流程", "Ⅱ级", "抄表照片上传系统，营销部按月抽查。"),
            ("水费催缴", "对拖欠水费的关系户不催缴", "思想道德", "Ⅲ级", "欠费清单按月通报，催缴情况留痕。"),
        ]),
        ("供水稽察队", "队长", "鄂澈峤", "middle", [
            ("窃水查处", "对私接管道窃水、擅开消防栓取水不立案处理", "岗位职责", "Ⅰ级", "稽察线索登记编号，查处结果每月通报。"),
        ]),
        ("供水稽察队", "稽察员", "谯泷杉", "general", [
            ("现场稽察", "发现窃水收受好处，不报告、不追缴", "外部环境", "Ⅰ级", "稽察两人以上，现场拍照取证，追缴水费入账。"),
            ("违约金计算", "追补水费和违约金少算漏算", "业务流程", "Ⅲ级", "追补金额由营销部复核。"),
        ]),
        ("管网维护部", "维修工", "笪漪槿", "general", [
            ("漏损维修", "维修材料虚报用量，私自为用户接水", "外部环境", "Ⅱ级", "材料领用登记，接水一律经营销部受理。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年8月", None, None)
    return _layout(
        "wutongqiao_water_invest_duties", "http://www.hjrzzl.cn/zxdt/hydt/2011/0221/1720.html",
        "区水务投资有限公司 廉洁风险防控责任清单, after the source's 供水稽察中队 against the ``水耗子`` (窃水, 管网漏损, 消防栓, "
        "拖欠水费): ``附件1``, a title, 序号/部门 merged (公司领导, 营销部, 供水稽察队, 管网维护部)/岗位 and 责任人 merged per person/"
        "``职责事项``/廉洁风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; an ``编制： | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def wutongqiao_bus_company_posts() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 26, 40, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", "车辆购置决策", "新能源公交车辆购置不经集体研究，参数指向特定品牌",
         "制度机制", "高", "车辆购置经总经理办公会研究，公开招标。"),
        ("公司领导", "副总经理", "leader", "线路承包管理", "线路承包、挂靠审批中收受好处",
         "外部环境", "高", "线路经营权公开招标，结果公示。"),
        ("运营调度部", "部长", "middle", "驾驶员资质审核", "为资质不符的驾驶员办理上岗手续",
         "岗位职责", "中", "驾驶员资质双人审核，上岗名单公示。"),
        ("运营调度部", "调度员", "general", "排班调度", "排班优亲厚友，收受驾驶员好处安排好线路",
         "思想道德", "中", "排班规则公开，系统自动排班。"),
        ("机务部", "修理工", "general", "车辆维修", "虚报维修项目和配件数量",
         "业务流程", "中", "维修项目经机务部核定，旧件回收登记。"),
        ("机务部", "材料员", "general", "配件采购", "配件采购指定供应商，以次充好",
         "外部环境", "高", "配件三家比价，验收与采购分离。"),
        ("票务中心", "主任", "middle", "票款管理", "IC卡充值款和投币票款不及时入账",
         "业务流程", "高", "票款日清日结，银行上门收款。"),
        ("票务中心", "票款清点员", "general", "票款清点", "清点中私拿票款，少点漏记",
         "思想道德", "中", "清点全程监控，双人清点签字。"),
        ("安全稽查部", "稽查员", "general", "线路稽查", "对驾驶员甩站、私收现金等违规行为不记录、不处理",
         "岗位职责", "低", "稽查记录上传系统，稽查结果每月通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年8月", None, None)
    return _layout(
        "wutongqiao_bus_company_posts",
        "https://www.seridoat.com/article/jie-mi-gong-jiao-ji-cha-xian-lu-jian-cha-bei-hou-de-gu-shi-yu-tiao-zhan.html",
        "区公共交通有限公司 岗位廉洁风险点排查表 对岗不对人, after the source's 公交稽查 (司机和车辆资质核查, 运营情况检查, 乘客满意度, "
        "安全隐患, 现场制止): a title, then 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wutongqiao_construction_cards() -> dict:
    unit = f"{PLACE}建设工程有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "檀翊澂", "公司领导", "leader", [
            ("工程变更不经论证即签批，变相增加造价", "制度机制", "★★★", "变更分级审批，重大变更经总经理办公会研究。"),
            ("分包单位选择中收受好处", "外部环境", "★★★", "分包单位比选确定，结果公示。"),
            ("默许项目部虚报工程量套取资金", "岗位职责", "★★", "工程量每月核对，公司审计部抽查。"),
        ]),
        ("项目经理", "隗峥滢", "工程部", "middle", [
            ("现场签证不到现场核实，重复签证", "业务流程", "★★★", "签证实行监理、项目部、公司三方会签。"),
            ("偷工减料、降低标准验收", "岗位职责", "★★", "隐蔽工程验收留存影像资料。"),
            ("接受分包单位宴请和礼品", "思想道德", "★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("材料员", "沃湄翀", "物资设备部", "general", [
            ("材料进场验收不严，数量质量不符", "业务流程", "★★", "材料验收双人签字，见证取样送检。"),
            ("材料采购询价不实，抬高单价", "外部环境", "★★", "材料价格对照造价信息价，三家询价。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}廉洁风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：0833-3302388", None)
        sheets.append(sh)
    return _layout(
        "wutongqiao_construction_cards", "http://www.360doc.com/content/22/0817/17/37398262_1044258453.shtml",
        "区建设工程有限公司 廉洁风险防控卡, one sheet a holder (tabs 总经理, 项目经理, 材料员), after the source's 工程变更及现场签证 "
        "审计 (重复签证, 签证 without the 现场管理人员, 变更 增加造价): a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | …`` "
        "above 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def wutongqiao_sewage_selfchecks() -> dict:
    unit = f"{PLACE}污水处理有限公司"
    t = _Truth(unit)
    people = [
        ("羿溱岚", "公司领导", "副总经理", "leader", [
            ("改扩建项目设计方案审查走过场", "高风险", "设计方案经专家评审，评审意见存档。", "已落实"),
            ("污泥处置服务外包指定单位", "高风险", "外包服务公开比选，合同集体审定。", "未发现问题"),
            ("设备运行效率考核打人情分", "低风险", "考核指标量化，结果公示。", "未发现问题"),
        ]),
        ("暨泠珂", "生产运行部", "部长", "middle", [
            ("药剂采购数量虚报，验收不严", "中风险", "药剂按投加记录核定用量，验收双人签字。", "已整改"),
            ("除臭设备维保合同验收走过场", "中风险", "维保验收附运行记录。", "未发现问题"),
        ]),
        ("钭瀚芊", "化验室", "化验员", "general", [
            ("出水水质检测数据人为修改", "高风险", "在线监测数据自动上传，化验原始记录存档。", "未发现问题"),
            ("送检样品调换", "中风险", "样品封样双人签字。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add(f"姓{GAP}名", f"部{GAP}门", f"职{GAP}务", "填表时间", None)
        sh.add(who, dept, post, "2025年8月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wutongqiao_sewage_selfchecks", "http://m.jcurcio.com/n4/n21/c58712/content.html",
        "区污水处理有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 审计局 at a "
        "污水处理厂 改扩建项目 (设计方案, 设备运行效率, 污泥处理除臭, 出水水质): a title, a LABEL ROW ``姓　名 | 部　门 | 职　务 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a "
        "blank row and ``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def wutongqiao_water_supply_two_sheets() -> dict:
    unit = f"{PLACE}供水有限责任公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 9, 22, 36, 10, 32])
    _line(lead, f"{unit}公司领导廉洁风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("宓濯岫", "总经理", "主持公司全面工作，分管财务和工程建设", [
            ("供水设施迁改工程不经审批即发包", "一级风险", "迁改工程按规定报批，公开招标。"),
            ("大额资金支付个人审批", "一级风险", "大额资金支付经总经理办公会研究。"),
        ]),
        ("牧漳蘅", "副总经理", "分管生产技术和客户服务", [
            ("二次供水水箱清洗服务指定单位", "二级风险", "清洗服务公开比选，清洗后水质送检。"),
            ("水表检定结果干预", "二级风险", "水表检定委托有资质的计量检定机构。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年8月", None)
    dept = _Sheet("部门", [6, 12, 12, 9, 36, 10, 32])
    _line(dept, f"{unit}部门岗位廉洁风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("客户服务部", "部长", "蒯淞萦", "middle", [
            ("用户水表更换收费不公开", "二级风险", "更换费用标准公示，收费开具票据。"),
        ]),
        ("客户服务部", "水表管理员", "殳湘芃", "general", [
            ("水表领用登记不实，私自为用户换表", "二级风险", "水表出入库登记，换表工单系统派发。"),
            ("用户申请水表测试不及时受理", "三级风险", "测试申请登记，时限公开。"),
        ]),
        ("管网所", "所长", "夔澔岑", "middle", [
            ("下线阀门以内维修向用户乱收费", "一级风险", "维修责任界面公开，收费按标准执行。"),
            ("管网维修材料虚报", "二级风险", "维修材料按工单核定，旧料回收。"),
        ]),
        ("生产技术部", "水质检测员", "融沛菡", "general", [
            ("水质检测数据弄虚作假", "一级风险", "检测数据系统自动采集，定期送第三方比对。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None)
    return _layout(
        "wutongqiao_water_supply_two_sheets", "https://m.zjtcn.com/news/50198673.html",
        "区供水有限责任公司 廉洁风险防控表 in two sheets, after the source's 城市供水 regulation (供水设施 迁移 with approval, 水箱 "
        "cleaned yearly, 水表 tested by a 检定机构, the 维修 line at the 下线阀门): ``公司领导`` (a title, 序号/姓名, 职务 and 分管工作 "
        "merged per leader/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line) and ``部门`` (a title, "
        "序号/部门 merged (客户服务部, 管网所, 生产技术部)/岗位 and 姓名 merged per person/…; a 填表人/审核人/总经理（签字） line); no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def wutongqiao_development_company_desc() -> dict:
    unit = f"{PLACE}城乡建设开发有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年8月", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "郦濂岳", "leader", "私立奖励项目", "在合同中另设合格奖、节约奖等名目，变相向施工单位输送利益",
         "制度机制", "Ⅰ", "合同条款经法律顾问审核，奖励事项集体研究。"),
        ("公司领导", "副总经理", "冀潼蕙", "leader", "咨询服务费率", "设计、监理、造价咨询费率超出规定上限",
         "业务流程", "Ⅱ", "咨询服务费率按规定标准核定，超标准须集体研究。"),
        ("工程部", "部长", "桓涔翃", "middle", "设计变更审核", "设计变更只计增加项目、不扣减减少项目",
         "岗位职责", "Ⅰ", "变更增减项目同时核定，跟踪审计复核。"),
        ("工程部", "部长", "桓涔翃", "middle", "重复签证", "对同一工作内容重复签证，多计人工和台班",
         "业务流程", "Ⅰ", "签证编号管理，监理、跟踪审计、公司三方会签。"),
        ("成本合约部", "造价工程师", "须滟柠", "general", "材料单价核定", "结算材料单价高于市场行情，以国产材料套用进口价格",
         "外部环境", "Ⅱ", "材料单价对照造价信息价，现场勘查取证。"),
        ("成本合约部", "造价工程师", "须滟柠", "general", "定额套用", "套用定额“套高不套低”，推高造价",
         "岗位职责", "Ⅱ", "定额套用双人复核，送审前交叉审核。"),
        ("财务部", "出纳", "浦沄笙", "general", "资金支付", "支付密码和U盾一人保管，违规支付",
         "岗位职责", "Ⅱ", "U盾和密码分人保管，支付双人复核。"),
        ("财务部", "出纳", "浦沄笙", "general", "现金管理", "坐支现金，公款私存",
         "思想道德", "Ⅲ", "现金日清月结，每月与银行对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None, None)
    return _layout(
        "wutongqiao_development_company_desc", "http://m.cpa800.com/faq/shenji/2013/0109/4498_2.html",
        "区城乡建设开发有限公司 岗位廉洁风险防控一览表, after the source's 结算审计 note (材料单价 above the market, 重复签证, 套用定额 "
        "套高不套低, 设计变更 adding but never deducting, 私立奖励项目, 咨询费率 above the cap): ``附件2``, a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/部门 merged (公司领导, 工程部, 成本合约部, 财务部)/岗位 and 姓名 "
        "merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` "
        "line on the grades and a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wutongqiao_state_assets_grading_sheet(),
    wutongqiao_urban_investment_groups(),
    wutongqiao_water_invest_duties(),
    wutongqiao_bus_company_posts(),
    wutongqiao_construction_cards(),
    wutongqiao_sewage_selfchecks(),
    wutongqiao_water_supply_two_sheets(),
    wutongqiao_development_company_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch320-inbox"))
