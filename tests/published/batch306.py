"""The three-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 局/委/办,
什邡市 (a county-level city of 德阳 at the foot of the 龙门山, its staff Han) — its 发展和改革局,
its 住房和城乡建设局, its 市场监督管理局, its 农业农村局, its 交通运输局, its 卫生健康局, its
文化广播电视和旅游局 and its 自然资源局 — each handing back the 一览表, 防控卡, 自查表, 清单, 排查表 or
防控表 its staff typed in WPS or Excel:

- the 发展和改革局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged (局领导, 投资股, 粮食和物资储备股, 财务室), ``岗位`` and ``责任人`` merged per person, short
  types, 高/中/低, a 填表人/审核人/局长（签字） line;
- the 住房和城乡建设局's 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder):
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 分管工作 | …`` (the 分管工作 merged across) above
  ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a
  ``注：`` line, ``持卡人签字： | … | 监督电话：12388``;
- the 市场监督管理局's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 所在股所 |
  … | 职　务 | …`` in ONE row of pairs, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查结果``,
  ``一级/二级/三级``, no type column, ``自查人（签字）： | … | 股所负责人（签字）：``;
- the 农业农村局's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and an
  ``编制： | 审核： | 2025年6月`` line;
- the 交通运输局's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``表现形式``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names; a
  制表/审核/date line;
- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``高风险/中风险/低风险``, no
  type column;
- the 文化广播电视和旅游局's 防控表 under GROUP ROWS ``一、局领导`` … ``四、计划财务股`` merged across
  (no 股室 column): ``岗位 | 姓名`` merged per person, short types, levels written bare ``Ⅰ/Ⅱ/Ⅲ``
  and read by a ``注：`` line.

One is harder:

- ``shifang_natural_resources_class_nature``: the 自然资源局's 岗位廉政风险防控一览表, whose LEVEL
  STANDS UNDER A TYPE WORD AND WHOSE TYPE STANDS UNDER ANOTHER. The heading is ``序号 | 股室 | 岗位 |
  姓名 | 廉政风险点 | 风险性质 | 风险类别 | 防控措施``: there is no ``风险等级`` (``级别``, ``等次``)
  column anywhere. ``风险性质`` holds the TYPE of each point (``思想道德风险``, ``制度机制风险``,
  ``岗位职责风险``, ``业务流程风险``, ``外部环境风险``); ``风险类别`` — a heading that in most published
  tables names the type (batch 280's 清单 and batch 301's 防控卡 hold ``制度机制``, ``…风险`` under it) —
  holds the LEVEL, written ``Ⅰ类``, ``Ⅱ类``, ``Ⅲ类`` (a class, not a grade: ``类``, not ``级``), and a
  merged ``注：`` line under the table says so (``1.风险类别按发生概率和危害程度分为Ⅰ类、Ⅱ类、Ⅲ类，Ⅰ类风险最高、Ⅲ类
  最低；2.风险性质按思想道德、制度机制、岗位职责、业务流程、外部环境五种填写。``). So the two columns
  whose headings are both words for a type carry one the type and the other the level, and the
  level's own word is a class numeral with ``类``. ``股室`` is merged down its posts, ``岗位`` and
  ``姓名`` per person (seven holders, thirteen points; every class and every type used); a title
  and a merged ``填报单位（盖章）：…　填报时间：…`` line stand above, the note and a
  填表人/审核人/局长（签字） line below. The README's 读得懂的表 knows a level column by its
  contents whatever its heading (``高/中/低``, ``一级``, ``Ⅱ``, ``★★``), ``一类风险``-like words as a
  heading that names a type or a level, ``风险类别及等级`` (a joined heading whose cells, or whose type
  columns, carry the level beside the type), and level words defined by a note (``A为高风险``,
  ``甲类表示高风险``); it does not describe a table with TWO type headings (``风险性质 | 风险类别``),
  no level heading at all, the level given as ``Ⅰ类/Ⅱ类/Ⅲ类`` under the second — where the type
  column must be told from the level column by what they hold, not by what they are called.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 中央纪委国家监委 on the
自然资源 field — a 县自然资源局 二级主任科员 who took bribes over a 矿山生态修复项目, a 局长 who
“发包” projects over private talks, 项目审批, 土地使用开发, 登记办理证件, 矿业审批, 土地整理, 监管失职;
a 市发展和改革委员会（粮食和物资储备局）'s rules for a 产粮大市 奖励资金 — 粮油仓储设施 建设和维修
改造, 粮情在线监测, 检验检测, 项目验收; a 市's 工程建设项目审批制度改革 — 立项用地规划许可, 工程建设
许可, 施工许可, 竣工验收, 联合审图, 联合验收, 容缺受理; a 区市场监管局's “双随机、一公开” rules —
所、股、室、队, 信用监管股, 抽查事项清单, 检查对象名录库, 执法检查人员名录库, 结果公开; a 农业农村部
副部长 on the 农机购置补贴 — 补贴资金, 机具核验, 套补骗补, 经销商, 信息公开; a 区's 公路 work —
路面保洁, 波形护栏 修复, 路面修补, 超限超载 执法, 非法营运; a 市卫生健康委's 年度 履职 report —
医院 新院区 建设, 项目审批, 医疗机构, 基层卫生, 疾病预防控制; a 县's 文化市场综合整治 report —
网吧, 歌舞娱乐场所, 音像, 图书报刊, 印刷, 窗口受理, 勘场, 审查, 审核, 发证, 执法人员 廉政教育) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 什邡市.

Run ``python tests/published/score.py --set batch306`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``风险类别`` is the LEVEL column (``Ⅰ类/Ⅱ类/Ⅲ类`` → 1/2/3, as its note says) and
  ``风险性质`` the TYPE column (``…风险`` → the short type); ``廉政风险点`` is the point, ``防控措施``
  and the ``注：`` line are no points;
- ``局领导`` (a 科室 or 股室 cell, a group row, a card's 所在股室, the sheet ``局领导`` and its title)
  is the 科室 of the leaders; a 局's 股, 室, 中心 (不动产登记中心), 大队 (执法监察大队, 交通运输综合
  行政执法大队), 队 (执法稽查队) and 所 (方亭市场监管所) are 科室; a group row ``二、行政审批股``
  gives the 科室 ``行政审批股`` (its number left off);
- every 局 here is a unit of its own: 局长 and 副局长 are leaders; 股长, 所长, 中队长 middle; the rest
  (科员, 登记员, 执法队员, 会计, 出纳, 养护巡查员) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查结果`` are
  no points and name no holder; the 交通运输局's list names no person: its forms are posts
  (对岗不对人), one a 股室 and post;
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``,
  ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 文广旅局's note) and ``Ⅰ类/Ⅱ类/Ⅲ类`` (read by
  the 自然资源局's note) are 1/2/3.

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

PREFIX = "b306_"
PLACE = "什邡市"
CLASSES = {"Ⅰ类": 1, "Ⅱ类": 2, "Ⅲ类": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

CLASS_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险性质", "风险类别", "防控措施")
CLASS_NOTE = (
    "注：1.风险类别按发生概率和危害程度分为Ⅰ类、Ⅱ类、Ⅲ类，Ⅰ类风险最高、Ⅲ类最低；"
    "2.风险性质按思想道德、制度机制、岗位职责、业务流程、外部环境五种填写。"
)

# (股室, [(岗位, 姓名, tier, [(廉政风险点, 风险性质, 风险类别, 防控措施)])])
LAND = [
    ("局领导", [
        ("局长", "谯岑珩", "leader", [
            ("插手干预自然资源工程项目招投标，为特定关系人私下“发包”", "思想道德风险", "Ⅰ类",
             "工程项目一律进入公共资源交易平台，插手干预事项如实登记报告。"),
            ("国有建设用地使用权和矿业权出让方案不经集体研究", "制度机制风险", "Ⅰ类",
             "出让方案经局党组会集体研究，会议纪要存档备查。"),
        ]),
        ("副局长", "蹇潆溪", "leader", [
            ("对分管的矿山生态修复项目进度滞后视而不见，验收降低标准", "岗位职责风险", "Ⅱ类",
             "修复项目按季度现场核查，验收邀请第三方机构参加。"),
        ]),
    ]),
    ("国土空间规划股", [
        ("股长", "庹昉溱", "middle", [
            ("规划条件设定、调整为开发企业“量身定制”", "业务流程风险", "Ⅰ类",
             "规划条件调整经规划委员会审议并公示。"),
            ("规划核实走过场，对超面积建设不纠正", "岗位职责风险", "Ⅱ类",
             "规划核实两人以上现场测量，核实结果公示。"),
        ]),
    ]),
    ("耕地保护股", [
        ("科员", "粟瑢嵘", "general", [
            ("土地整理项目验收虚报新增耕地面积", "业务流程风险", "Ⅱ类",
             "新增耕地经实地核查并与卫片比对确认。"),
            ("对违法占用耕地线索不报告、不制止", "外部环境风险", "Ⅲ类",
             "耕地巡查记录每周上报，线索登记台账。"),
        ]),
    ]),
    ("矿产资源股", [
        ("股长", "况沂霂", "middle", [
            ("采矿权延续、变更审查把关不严", "岗位职责风险", "Ⅰ类", "审查意见经股室会审、分管领导审签。"),
            ("矿山储量年度报告数据不核实即备案", "业务流程风险", "Ⅲ类", "储量数据抽取一定比例实地复核。"),
        ]),
    ]),
    ("不动产登记中心", [
        ("登记员", "谌瑷湲", "general", [
            ("为申请材料不全的当事人违规办理登记、发证", "业务流程风险", "Ⅱ类",
             "登记实行受理、审核、登簿分离，材料清单化审核。"),
            ("利用查询权限泄露权利人登记信息", "思想道德风险", "Ⅲ类", "查询权限分级设置，查询记录全程留痕。"),
        ]),
    ]),
    ("执法监察大队", [
        ("执法队员", "苟渲滢", "general", [
            ("对违法用地、违法采矿以罚代拆、降格处理", "外部环境风险", "Ⅰ类",
             "案件处理结果集体审定，拆除情况跟踪复查。"),
            ("接受当事人宴请，事先泄露巡查安排", "思想道德风险", "Ⅱ类", "巡查路线临时确定，签订廉洁执法承诺书。"),
        ]),
    ]),
]  # fmt: skip


def shifang_natural_resources_class_nature() -> dict:
    unit = f"{PLACE}自然资源局"
    ncols = len(CLASS_HEAD)
    sh = _Sheet("一览表", [6, 14, 9, 9, 38, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add(*CLASS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, people in LAND:
        for post, who, tier, points in people:
            for point, nature, cls, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, nature, cls, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(nature), CLASSES[cls])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CLASS_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "shifang_natural_resources_class_nature", "http://news005.cn/view.php?d=223672",
        "(harder) 县级市自然资源局 岗位廉政风险防控一览表, after the source's 中央纪委国家监委 piece on the 自然资源 field (a "
        "自然资源局 科员 bribed over a 矿山生态修复项目, a 局长 who “发包” projects in private, 项目审批, 土地使用开发, 登记办理"
        "证件, 矿业审批, 土地整理): a title and a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/股室 merged "
        "(局领导, 国土空间规划股, 耕地保护股, 矿产资源股, 不动产登记中心, 执法监察大队)/岗位 and 姓名 merged per person/廉政风险点/"
        "``风险性质`` holding the TYPES ``…风险``/``风险类别`` holding the LEVELS ``Ⅰ类/Ⅱ类/Ⅲ类``/防控措施 — NO level heading; "
        "a merged ``注：`` line saying which is which and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shifang_reform_grain_list() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("一览表", [6, 16, 9, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "艾蔚璠", "leader", [
            ("政府投资项目审批不经局党组集体研究", "制度机制", "高", "政府投资项目审批事项集体研究，纪要存档。"),
            ("为特定企业争取上级补助资金打招呼", "思想道德", "中", "资金申报条件和结果公开，打招呼事项登记。"),
        ]),
        ("局领导", "副局长", "奚琪岚", "leader", [
            ("产粮大市奖励资金分配向关系企业倾斜", "岗位职责", "高", "奖励资金分配方案经评审并公示七日。"),
        ]),
        ("投资股", "股长", "池淏岍", "middle", [
            ("项目可行性研究报告、初步设计审查把关不严", "业务流程", "中", "重大项目审查邀请专家论证，意见留痕。"),
            ("中央预算内投资项目申报材料不实仍上报", "岗位职责", "高", "申报材料实地核验，项目单位书面承诺。"),
        ]),
        ("粮食和物资储备股", "股长", "燕漪沛", "middle", [
            ("粮油仓储设施维修改造项目验收走过场", "业务流程", "中", "验收由股室、财务、项目单位三方参加。"),
            ("储备粮轮换中默许企业“以陈顶新”", "外部环境", "高", "轮换计划报批，出入库质量检验全程记录。"),
        ]),
        ("粮食和物资储备股", "科员", "湛沣湲", "general", [
            ("粮情在线监测数据不核实即上报", "岗位职责", "低", "监测数据每月与库存台账核对。"),
        ]),
        ("财务室", "会计", "党昶珵", "general", [
            ("项目奖励资金不按进度和审批单拨付", "制度机制", "低", "资金拨付凭进度报表和审批单，双人复核。"),
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
        "shifang_reform_grain_list", "https://www.keceyun.com/policy/newsdetail/344991.html",
        "县级市发展和改革局 岗位廉政风险防控一览表, after the source's 市发展和改革委员会（粮食和物资储备局） rules for a 产粮大市 "
        "奖励资金 (粮油仓储设施 建设和维修改造, 粮情在线监测, 检验检测, 项目验收): ``附件1``, a title, a merged ``填报单位（盖章）："
        "…　填报时间：2025年6月`` line, then 序号/科室 merged (局领导, 投资股, 粮食和物资储备股, 财务室)/岗位 and 责任人 merged per "
        "person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def shifang_housing_cards() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    cards = [
        ("陶旻沂", "局长", "局领导", "leader", "主持全面工作，分管人事、财务和工程建设项目审批", [
            ("工程建设项目审批“容缺受理”中打招呼、放宽条件", "岗位职责风险", "★★★",
             "容缺受理事项清单公开，容缺补正情况按月通报。"),
            ("插手干预城建项目招标，指定施工单位", "思想道德风险", "★★★", "城建项目全部进场交易，插手干预一律登记报告。"),
            ("重大事项决策不经局党组集体研究", "制度机制风险", "★★", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("盖淏翾", "副局长", "局领导", "leader", "分管建筑业、联合审图和联合验收", [
            ("联合验收中对不符合条件的项目违规通过", "业务流程风险", "★★★", "联合验收多部门现场会签，结果网上公开。"),
            ("施工图审查机构选定不公开", "制度机制风险", "★★", "审图机构由平台随机抽取。"),
            ("接受开发企业宴请、礼品", "外部环境风险", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("寇溪琰", "股长", "建筑业管理股", "middle", "负责施工许可、建筑市场信用评价和农民工工资保证金管理", [
            ("施工许可审查降低标准，为手续不全的项目发证", "业务流程风险", "★★★", "施工许可网上审批，初审、复审分离。"),
            ("建筑企业信用评价打人情分", "思想道德风险", "★★", "评价标准和结果公示，接受企业申诉。"),
            ("农民工工资保证金返还拖延，索要好处", "岗位职责风险", "★", "返还时限公开，办理情况每月通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, work, points in cards:
        sh = _Sheet(who, [6, 38, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在股室", dept, "分管工作", work, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：12388", None, None)
        sheets.append(sh)
    return _layout(
        "shifang_housing_cards",
        "https://www.suining.gov.cn/gongkai/show/4d68fdf085f444d2a0859d3100bd665e.html",
        "县级市住房和城乡建设局 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's 工程建设"
        "项目审批制度改革 (立项用地规划许可, 工程建设许可, 施工许可, 竣工验收, 联合审图, 联合验收, 容缺受理): a title, "
        "``姓　名 | … | 职　务 | …`` and ``所在股室 | … | 分管工作 | …`` (分管工作 merged across D–E) in two rows of pairs, then "
        "序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 监督电话：12388``",
        sheets, t,
    )  # fmt: skip


def shifang_market_selfchecks() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    people = [
        ("卜湉筠", "信用监管股", "股长", "middle", [
            ("“双随机”抽查名单生成后事先向企业透露", "一级", "抽查名单系统随机生成，检查前保密。", "未发现问题"),
            ("抽查结果公示不及时、选择性公示", "三级", "检查结果二十个工作日内统一公示。", "已落实"),
            ("经营异常名录移出审核不严", "二级", "移出申请实地核查，审核意见留痕。", "已整改"),
        ]),
        ("蒙澧沛", "方亭市场监管所", "所长", "middle", [
            ("对辖区投诉举报线索压案不查", "一级", "线索登记编号，办理情况每月通报。", "未发现问题"),
            ("日常检查中接受商户礼品、购物卡", "二级", "检查两人以上，签订拒收承诺书。", "已落实"),
        ]),
        ("羊雩珩", "执法稽查队", "执法队员", "general", [
            ("案件调查取证不全，降格处理", "一级", "案件审核实行法制审核，重大案件集体讨论。", "未发现问题"),
            ("查封扣押物品不登记，私自处置", "二级", "扣押物品当场开具清单，统一入库保管。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 9, 34, 12, 10])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在股所", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查结果", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("自查人（签字）：", None, None, "股所负责人（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "shifang_market_selfchecks", "https://cnzh.gov.cn/News/Detail/20201110162301387.html",
        "县级市市场监督管理局 个人廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区市场监管局 "
        "“双随机、一公开” rules (所、股、室、队, 信用监管股, 抽查事项清单, 检查对象名录库, 执法检查人员名录库, 结果公开): a title, "
        "``姓　名 | … | 所在股所 | … | 职　务 | …`` in ONE row of pairs, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/"
        "``自查结果``; no type column; a blank row and ``自查人（签字）： | 股所负责人（签字）：``",
        sheets, t,
    )  # fmt: skip


def shifang_agriculture_duties() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("责任清单", [6, 16, 9, 9, 14, 38, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乐蘅琛", "leader", [
            ("农业项目安排", "涉农项目和资金安排个人说了算", "Ⅰ级", "项目和资金安排经局党组会集体研究。"),
        ]),
        ("局领导", "副局长", "眭沣潇", "leader", [
            ("农机购置补贴", "对“套补”“骗补”问题不督促查处", "Ⅰ级", "补贴问题线索登记，查处结果通报。"),
            ("动物防疫", "强制免疫疫苗采购中打招呼", "Ⅱ级", "疫苗采购通过政府采购平台公开进行。"),
        ]),
        ("农业机械化股", "股长", "荀芃岫", "middle", [
            ("补贴机具核验", "补贴机具核验走过场，“人机合照”弄虚作假", "Ⅰ级", "核验两人以上，机具铭牌和出厂编号拍照上传。"),
            ("补贴资金兑付", "补贴资金不按公示名单兑付", "Ⅱ级", "兑付名单与公示名单逐户核对。"),
        ]),
        ("农业机械化股", "科员", "宦渟漪", "general", [
            ("补贴申请受理", "向农机经销商泄露购机户信息", "Ⅲ级", "购机户信息查询留痕，签订保密承诺。"),
        ]),
        ("农产品质量安全股", "股长", "弓琰岙", "middle", [
            ("农药兽药残留抽检", "事先透露抽检计划或调换样品", "Ⅱ级", "抽检计划保密，样品双人封样签字。"),
        ]),
        ("计划财务股", "会计", "沙潆岩", "general", [
            ("项目资金拨付", "项目资金不按报账程序拨付", "Ⅱ级", "报账资料经股室审核、财务复核、分管领导审批。"),
            ("现金管理", "收取现金不入账，公款私存", "Ⅲ级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "shifang_agriculture_duties", "http://shandongshengshi.com/xwdt/Info/1184.html",
        "县级市农业农村局 廉政风险防控责任清单, after the source's 农业农村部 副部长 on the 农机购置补贴 (补贴资金, 机具核验, "
        "套补骗补, 经销商, 信息公开): a title, then 序号/股室 merged (局领导, 农业机械化股, 农产品质量安全股, 计划财务股)/岗位 "
        "and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a ``注：`` line "
        "and an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def shifang_transport_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("排查表", [6, 18, 11, 16, 36, 12, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "表现形式", "风险类型", "风险等级", "防控措施")
    tiers = {"股长": "middle", "中队长": "middle"}
    rows = [
        ("公路养护股", "股长", "养护工程计量", "养护工程量虚报、重复计量", "业务流程风险", "一级风险",
         "计量经监理、股室、审计三方签字。"),
        ("公路养护股", "股长", "路面修补验收", "路面修补面积不实测即签字验收", "岗位职责风险", "二级风险",
         "验收现场测量并拍照存档。"),
        ("公路养护股", "养护巡查员", "设施损坏赔偿", "波形护栏等路产损坏赔偿费私自减免", "思想道德风险", "二级风险",
         "赔偿标准公开，票据统一管理。"),
        ("运输管理股", "股长", "道路运输经营许可", "为不符合条件的企业办理经营许可", "岗位职责风险", "一级风险",
         "许可条件公开，初审、复审分离。"),
        ("运输管理股", "科员", "营运车辆年审", "营运车辆年审材料审核不严", "业务流程风险", "三级风险",
         "年审材料清单化审核，抽查复核。"),
        ("交通运输综合行政执法大队", "执法队员", "超限超载查处", "对超限车辆“以罚代卸”、选择性执法", "外部环境风险",
         "一级风险", "逢超必卸，执法全过程记录。"),
        ("交通运输综合行政执法大队", "执法队员", "罚没款收缴", "当场收缴罚款不开具票据", "制度机制风险", "二级风险",
         "罚款一律开具财政票据，按时缴库。"),
        ("交通运输综合行政执法大队", "中队长", "非法营运查处", "接受说情，对非法营运车辆降格处理", "思想道德风险",
         "二级风险", "案件处理集体审核，说情打招呼登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(
            sh.name, dept, post, "", tiers.get(post, "general"), point, types_in(typ), RISKS[lv]
        )
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("制表：局办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "shifang_transport_posts",
        "https://www.guanganqu.gov.cn/zfxxgk/aqsc/pc/content/content_1942751256044163072.html",
        "县级市交通运输局 廉政风险点排查表 对岗不对人, after the source's 区 公路 work (路面保洁, 波形护栏 修复, 路面修补, 超限"
        "超载 执法, 非法营运): a title, then 序号/股室 merged (公路养护股, 运输管理股, 交通运输综合行政执法大队)/岗位 merged per "
        "post/a short 风险点/a long 表现形式/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; a "
        "``制表：局办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def shifang_health_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 22, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("贲岱溪", "局长", "主持全面工作，分管规划财务", [
            ("医院新院区建设项目插手招投标", "高风险", "建设项目进入公共资源交易平台，局长不参与具体事务。"),
            ("干部选拔任用搞“一言堂”", "中风险", "干部任用经局党组集体研究，全程纪实。"),
        ]),
        ("嵇铧蔚", "副局长", "分管医政医管、基层卫生和疾病预防控制", [
            ("医疗机构设置审批中降低条件", "高风险", "审批条件和结果公开，审批意见集体会审。"),
            ("基层医疗机构绩效考核打人情分", "低风险", "考核细则公开，考核结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "揭桐璟", "middle", [
            ("医疗机构校验走过场", "中风险", "校验现场检查两人以上，结果公示。"),
            ("医疗纠纷调处偏袒一方", "低风险", "引入第三方调解，调处过程记录。"),
        ]),
        ("规划财务股", "会计", "酆霈峣", "general", [
            ("专项资金拨付不按绩效目标", "中风险", "专项资金拨付与绩效目标挂钩，按季度评价。"),
        ]),
        ("规划财务股", "出纳", "甯瑢霖", "general", [
            ("收取款项不及时入账", "低风险", "收款当日入账，每月与会计对账。"),
        ]),
        ("疾病预防控制股", "股长", "缑川晗", "middle", [
            ("疫苗冷链设备采购指定品牌", "高风险", "采购需求集体论证，技术参数公开征求意见。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], BANDS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "shifang_health_two_sheets",
        "https://wjw.beijing.gov.cn/zwgk_20040/zyms/202401/t20240118_3539346.html",
        "县级市卫生健康局 廉政风险防控表 in two sheets, after the source's 市卫生健康委 年度 履职 report (医院 新院区 建设, 项目"
        "审批, 医疗机构, 基层卫生, 疾病预防控制): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged (医政医管"
        "股, 规划财务股, 疾病预防控制股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def shifang_culture_group_rows() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    sh = _Sheet("防控表", [6, 10, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "衡峤琬", "leader", [
                ("文化旅游项目资金安排不经集体研究", "制度机制", "Ⅰ", "项目资金安排经局党组会研究，结果公开。"),
            ]),
            ("副局长", "甄曦珞", "leader", [
                ("营业性演出审批中打招呼、放宽条件", "思想道德", "Ⅱ", "演出审批条件公开，审批意见留痕。"),
            ]),
        ]),
        ("二、行政审批股", "行政审批股", [
            ("股长", "逯棠霂", "middle", [
                ("网吧、歌舞娱乐场所许可勘场走过场", "业务流程", "Ⅰ", "勘场两人以上，勘场记录拍照存档。"),
                ("审批时限拖延，吃拿卡要", "思想道德", "Ⅱ", "窗口受理一次性告知，办理时限网上可查。"),
            ]),
        ]),
        ("三、文化市场管理股", "文化市场管理股", [
            ("股长", "綦沛琪", "middle", [
                ("对网吧接纳未成年人等违法行为选择性查处", "外部环境", "Ⅰ", "检查对象随机抽取，查处结果公开。"),
            ]),
            ("科员", "滕珝屺", "general", [
                ("日常巡查记录弄虚作假", "岗位职责", "Ⅲ", "巡查轨迹定位，记录每月抽查。"),
            ]),
        ]),
        ("四、计划财务股", "计划财务股", [
            ("会计", "檀琛沐", "general", [
                ("公共文化服务专项资金挤占挪用", "制度机制", "Ⅱ", "专项资金专账核算，年度审计。"),
                ("送戏下乡经费虚列支出", "业务流程", "Ⅲ", "演出场次由乡镇文化站签字确认。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("制表：局办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "shifang_culture_group_rows", "http://linjiakezhan.com/html/thxzfxxgkzfgzbg20170929625337.html",
        "县级市文化广播电视和旅游局 岗位廉政风险防控表, after the source's 县 文化市场综合整治 report (网吧, 歌舞娱乐场所, 音像, "
        "图书报刊, 印刷, 窗口受理, 勘场, 审查, 审核, 发证, 执法人员 廉政教育): a title, then 序号/岗位/姓名/风险点/风险类型 (short "
        "names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 under GROUP ROWS ``一、局领导``, ``二、行政审批股``, ``三、文化市场管理股``, "
        "``四、计划财务股`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a merged ``注：`` line on the grades and "
        "a ``制表：局办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shifang_natural_resources_class_nature(),
    shifang_reform_grain_list(),
    shifang_housing_cards(),
    shifang_market_selfchecks(),
    shifang_agriculture_duties(),
    shifang_transport_posts(),
    shifang_health_two_sheets(),
    shifang_culture_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch306-inbox"))
