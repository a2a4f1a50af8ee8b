"""The three-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 水务 and 应急
bodies, 彭州市 (the county-level city of 成都 north-west of the city, its staff Han) — its 水务局
and 应急管理局, the 水务局's 湔江河道管理站, 白鹿河水库管理处 and 农村水利服务中心, the city's
防汛抗旱指挥部办公室, and the 应急管理局's 应急管理综合行政执法大队 and 救灾物资储备中心 — each handing
back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 水务局's file in two sheets: ``局领导`` (a title, ``序号 | 职务 | 姓名 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 填表人/审核人/date line under each;
- the 湔江河道管理站's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： |
  站长（签字）：`` line;
- the 白鹿河水库管理处's 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 工程管理科科长, 运行管理员):
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 填卡时间 | …`` above ``序号 | 风险点 | 风险等级 |
  风险类别 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, ``…风险`` types, ``持卡人签字： | … |
  监督电话：…``;
- the 防汛抗旱指挥部办公室's 自查表, one sheet a person (tabs named by the person): a ``单位：…`` line,
  ONE ROW OF PAIRS ``姓　名 | … | 所在科室 | … | 职　务 | …``, then ``序号 | 岗位职责 | 风险点 |
  风险等级 | 防控措施 | 自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签字： | … |
  科室负责人签字：`` and a date line;
- the 应急管理综合行政执法大队's 排查表 对岗不对人: ``部门`` merged (大队领导, 危化执法中队, 工贸执法中队,
  法制审核室), ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``, ``…风险`` types,
  ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 救灾物资储备中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、综合科`` merged across (no
  科室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 农村水利服务中心's 一览表: ``科室`` written on EVERY row (no merges), ``岗位 | 责任人``, short
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``pengzhou_emergency_bureau_ranked_summary``: the 应急管理局's 廉政风险点汇总表, an ordinary 一览表 in
  its columns but for one (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 | 科室
  | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``, short types, 科室, 岗位 and 姓名 written on every
  row), that HAS NO LEVEL COLUMN AND WRITES NO LEVEL WORD IN ANY ROW: the 纪检 office that drew it up
  ranked the bureau's fourteen points across all its posts FROM THE HIGHEST LEVEL TO THE LOWEST, and
  a merged ``注：`` line under the list says so and gives the COUNT of each level —
  ``…共梳理廉政风险点14个，按风险等级由高到低排列，其中高风险点5个、中风险点6个、低风险点3个…``. So the
  level of a row is given only by its PLACE in the list against the note's counts: the first five
  rows are 高, the next six 中, the last three 低; the posts' rows are not together (the 局长 has a
  高 point at row 1 and a 中 point at row 6, the 副局长 a 高, a 中 and a 低 point), and no blank row,
  caption or merge marks where one level ends. The README's 读得懂的表 knows a level from a level
  column in many writings, from a group row ABOVE the rows (``一、一级风险点``, a caption closing with
  ``（风险等级：高）``), from a sheet or title per level, from columns per level, from marks, colours,
  strikes and codes a note defines, and from a note that NAMES THE 序号 of each level (``第1、2、4项为
  高风险，第5项为中风险，其余为低风险``, LEVEL_BY_NUMBER) or gives the level of the first of a run; it
  does not describe a list whose ORDER is the level — a note that only says the rows are ranked from
  high to low and how many there are of each level, naming no row, so that the levels must be
  counted off down the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a guide to the 安全生产 posts'
廉洁风险 — 安全审批, 事故调查, 隐患治理, 执法检查 — for the 应急管理局; a province's rules on 水利工程管理 —
维修养护经费, 管养分离 by 招标, 大坝安全鉴定 — for the 水务局; a 市河道管理站's duties — 河道采砂 审批 and
规费征收, 清障, 涉河项目 审批 — for the 河道管理站; rules on 小型水库 — 调度运用, 巡视检查, 维修养护,
安全鉴定 — for the 水库管理处; a note on what a 防汛办 does — 雨情水情, 防汛经费, 物资, 水毁工程修复 — for
the 防办; the steps of a 危险化学品经营许可 — 申请材料, 现场核查, 专家评审 — for the 执法大队; a 省
notice on 救灾物资管理 — 专库存储, 双签字, 采购轮换 — for the 储备中心; a page on 抗旱救灾资金 — 灌溉设施
维修, 水利工程建设 — for the 农村水利服务中心) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 彭州市, named with the
city's name.

Run ``python tests/published/score.py --set batch337`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a row is counted off from the top of the list by the note's
  counts in the order the note gives them (高 5, 中 6, 低 3, as ``由高到低排列`` says), the 序号 running
  1–14 in the list's order: 1–5 are 1, 6–11 are 2, 12–14 are 3; the note line is no point; each
  person's rows are one form however far apart they stand;
- ``局领导`` (the 水务局's sheet, whose title names it, and a 科室 cell of the 应急管理局's list), ``站领导``
  (a 股室 cell), ``大队领导`` (a 部门 cell), ``中心领导`` (a group row, a 科室 cell), ``处领导`` (the 水库
  主任's 所在科室) and ``办领导`` (the 防办 leader's 所在科室) are the 科室 of those leaders; a group row ``二、仓储管理科`` gives the 科室
  ``仓储管理科`` (its number left off); a 局's, a 中心's and a 处's 科 and 室, a 站's 股, a 大队's 中队 and
  室 are 科室;
- 局长, 副局长, 站长, 副站长, a 处's, a 中心's and the 防办's 主任, the 防办's 常务副主任, 大队长 and 副大队长
  are leaders; 科长, 股长 and 中队长 middle; the rest (科员, 会计, 出纳, 巡查员, 技术员, 运行管理员,
  保管员, 执法队员, 法制审核员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``岗位职责`` and
  ``自查情况`` are no points and name no holder; the 执法大队's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note)
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

PREFIX = "b337_"
PLACE = "彭州市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

RANKED_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
# the list as ranked: (level, [(科室, 岗位, 姓名, tier, 廉政风险点, 类型, 防控措施)]), highest first
RANKED = [
    (1, [
        ("局领导", "局长", "雒澔宇", "leader", "“三重一大”事项不经党委会集体研究，个人拍板", "制度机制",
         "重大事项党委会集体研究，会议纪要存档备查。"),
        ("局领导", "副局长", "蒯淏岑", "leader", "生产安全事故调查中为责任企业说情，降低事故性质认定", "外部环境",
         "事故调查组集体研究定性，调查报告报市政府批复。"),
        ("危险化学品安全监管科", "科长", "谯潼鸢", "middle", "危险化学品经营许可审查降低条件，违规发证", "岗位职责",
         "许可条件清单化审查，审查意见科长、分管局长两级签字。"),
        ("救灾和物资保障科", "科长", "扈沣洵", "middle", "救灾资金和物资分配中优亲厚友、虚报冒领", "思想道德",
         "救助对象村（社区）评议、乡镇审核、公示，发放清册存档。"),
        ("危险化学品安全监管科", "科员", "巫渊翎", "general", "许可现场核查走过场，收受申请企业好处", "外部环境",
         "现场核查两人以上，核查记录拍照存档。"),
    ]),
    (2, [
        ("局领导", "局长", "雒澔宇", "leader", "干部选拔任用和评优评先中打招呼、搞平衡", "思想道德",
         "严格执行选任程序，推荐结果公示。"),
        ("局领导", "副局长", "蒯淏岑", "leader", "安全生产专项资金分配不按程序审批", "业务流程",
         "资金分配方案局务会研究，结果向社会公开。"),
        ("危险化学品安全监管科", "科长", "谯潼鸢", "middle", "重大危险源企业监督检查选择性检查、降格处理", "岗位职责",
         "检查对象随机抽取，处理结果集体审议。"),
        ("救灾和物资保障科", "科长", "扈沣洵", "middle", "应急物资采购指定供应商、化整为零规避采购", "业务流程",
         "采购按限额标准执行，验收使用单位参与。"),
        ("危险化学品安全监管科", "科员", "巫渊翎", "general", "泄露检查计划和举报人信息", "岗位职责",
         "检查计划保密，举报件登记编号专人管理。"),
        ("办公室", "会计", "邴溱萱", "general", "应急救援经费报销审核不严，虚列支出", "业务流程",
         "报销票据逐张审核，经办、审核、审批三签。"),
    ]),
    (3, [
        ("救灾和物资保障科", "科长", "扈沣洵", "middle", "灾情统计上报数据不实", "制度机制",
         "灾情数据与乡镇、部门数据比对，科长复核。"),
        ("办公室", "会计", "邴溱萱", "general", "公务用车加油、维修费用虚报", "思想道德",
         "车辆加油、维修台账按月公示。"),
        ("局领导", "副局长", "蒯淏岑", "leader", "接受监管企业宴请、参加企业安排的娱乐活动", "外部环境",
         "节前廉洁提醒，拒收登记。"),
    ]),
]  # fmt: skip
COUNTS = {1: 5, 2: 6, 3: 3}
RANKED_NOTE = (
    "注：1.本表共梳理廉政风险点14个，按风险等级由高到低排列，其中高风险点5个、中风险点6个、低风险点3个。"
    "2.风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类。"
)


def level_by_place(n: int) -> int:
    """The level of the ``n``-th row (1-based) of the ranked list, counted off by the note."""
    for level in (1, 2, 3):
        if n <= COUNTS[level]:
            return level
        n -= COUNTS[level]
    raise ValueError(n)


def pengzhou_emergency_bureau_ranked_summary() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("汇总表", [6, 18, 8, 9, 40, 10, 36])
    t = _Truth(unit)
    ncols = len(RANKED_HEAD)
    _line(sh, f"{unit}廉政风险点汇总表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*RANKED_HEAD)
    n = 0
    for level, rows in RANKED:
        for dept, post, who, tier, point, typ, measures in rows:
            n += 1
            assert level_by_place(n) == level
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), level)
    _line(sh, RANKED_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "pengzhou_emergency_bureau_ranked_summary", "https://www.renrendoc.com/paper/493291251.html",
        "(harder) 市应急管理局 廉政风险点汇总表 WHOSE ORDER IS THE LEVEL, after the source's guide to the 安全生产 posts' "
        "廉洁风险 (安全审批, 事故调查, 隐患治理, 执法检查): a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, "
        "序号/科室/岗位/姓名 on every row/廉政风险点/风险类型 (short names)/防控措施 — NO LEVEL COLUMN and no level word in "
        "any row; the fourteen points of all posts ranked from high to low (a person's rows apart), and a merged ``注：`` "
        "line saying ``按风险等级由高到低排列，其中高风险点5个、中风险点6个、低风险点3个``; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pengzhou_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "缑澜渟", "主持全面工作，分管办公室、计划财务科", [
            ("水利项目资金安排不经党组会集体研究", "一级", "项目资金安排党组会研究，安排结果公开。"),
            ("插手干预水利工程招标投标", "一级", "工程项目全部进场交易，插手干预事项登记报告。"),
        ]),
        ("副局长", "笪屿桉", "分管工程建设管理科，负责水利工程建设和维修养护", [
            ("维修养护项目发包不公开，定向委托关系企业", "一级", "维修养护项目公开招标，委托结果公示。"),
            ("工程变更签证把关不严，增加工程造价", "二级", "变更签证集体审核，重大变更报局党组研究。"),
        ]),
        ("副局长", "訾沄玘", "分管水资源管理科，负责取水许可和水土保持", [
            ("取水许可审批为关系企业开绿灯", "一级", "审批事项网上办理，全程留痕。"),
            ("水土保持方案审查中接受企业宴请", "三级", "审查专家随机抽取，廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 16, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程建设管理科", "科长", "殳曜泓", "middle", [
            ("大坝安全鉴定委托中指定鉴定单位", "二级", "鉴定单位比选确定，结果局务会备案。"),
            ("工程验收不严，以次充好", "一级", "验收邀请质量监督、审计部门参加。"),
        ]),
        ("水资源管理科", "科长", "郦湛汐", "middle", [
            ("取水计量设施核查走过场", "二级", "计量设施核查两人以上，核查记录存档。"),
        ]),
        ("水资源管理科", "科员", "厍楠漪", "general", [
            ("取水许可申请材料审核不严", "三级", "材料清单化审核，科长复核。"),
            ("泄露取水户用水信息", "三级", "用水信息查询权限分级管理。"),
        ]),
        ("计划财务科", "会计", "隗淼菡", "general", [
            ("维修养护经费支付不按合同进度", "二级", "经费支付凭验收单办理，按季对账。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "pengzhou_water_bureau_two_sheets", "http://www.fsou.net.cn/html/text/lar/170433/17043331_3.html",
        "市水务局 廉政风险防控表 in two sheets, after the source's province rules on 水利工程管理 (维修养护经费, 管养分离 by "
        "招标, 大坝安全鉴定): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged (工程建设管理科, "
        "水资源管理科, 计划财务科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def pengzhou_river_station_list() -> dict:
    unit = f"{PLACE}湔江河道管理站"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仉溯川", "leader", [
            ("河道采砂许可审批中为关系人打招呼", "外部环境", "高", "采砂许可集体审议，许可结果公示。"),
            ("清障工程发包不按程序", "制度机制", "中", "清障工程按限额标准比选，结果公示。"),
        ]),
        ("站领导", "副站长", "滑沚岚", "leader", [
            ("涉河建设项目审查降低标准", "岗位职责", "高", "涉河项目专家审查，审查意见存档。"),
        ]),
        ("采砂管理股", "股长", "酆淇骁", "middle", [
            ("采砂现场监管不严，默许超范围、超量开采", "岗位职责", "高", "采砂现场视频监控，采砂量按日登记。"),
            ("收受采砂业主好处，通风报信", "思想道德", "高", "执法巡查不提前告知，签订廉洁承诺书。"),
        ]),
        ("采砂管理股", "会计", "暴沨蓁", "general", [
            ("采砂规费征收减免不按标准", "业务流程", "中", "规费票据统一领用，减免报站务会审批。"),
        ]),
        ("河道巡查股", "巡查员", "庾泱禾", "general", [
            ("巡查发现违法行为不报告、不制止", "岗位职责", "中", "巡查轨迹定位上传，问题发现登记。"),
            ("接受涉河单位宴请、礼品", "外部环境", "低", "节前廉洁提醒，拒收登记。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    source = (
        "https://newton.com.tw/wiki/%E6%B9%98%E9%84%89%E5%B8%82%E6%B2%B3%E9%81%93%E7%AE%A1%E7%90%86"
        "%E7%AB%99/3058345"
    )
    return _layout(
        "pengzhou_river_station_list", source,
        "市河道管理站 岗位廉政风险防控一览表, after the source's 市河道管理站 duties (河道采砂 审批 and 规费征收, 清障, 涉河项目 "
        "审批): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/股室 merged (站领导, "
        "采砂管理股, 河道巡查股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def pengzhou_reservoir_cards() -> dict:
    unit = f"{PLACE}白鹿河水库管理处"
    t = _Truth(unit)
    cards = [
        ("主任", "宦渫珏", "主任", "处领导", "leader", [
            ("水库调度运用不按批准的方案执行，为下游企业违规供水", "岗位职责风险", "★★★",
             "调度指令书面下达，调度记录存档备查。"),
            ("大坝维修养护项目化整为零、规避招标", "制度机制风险", "★★★", "维修养护项目按限额标准招标，结果公示。"),
            ("接受施工单位宴请、礼品礼金", "外部环境风险", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("工程管理科科长", "昝潆舟", "科长", "工程管理科", "middle", [
            ("维修养护工程量核定不实，多计工程量", "业务流程风险", "★★★", "工程量双人现场核定，影像资料存档。"),
            ("安全鉴定发现的隐患不如实上报", "岗位职责风险", "★★", "鉴定报告报市水务局备案。"),
        ]),
        ("运行管理员", "弓湲祺", "运行管理员", "工程管理科", "general", [
            ("巡视检查记录弄虚作假", "岗位职责风险", "★★", "巡查记录与视频监控比对，科长抽查。"),
            ("私自在库区放养、默许他人垂钓收费", "思想道德风险", "★", "库区巡查双人进行，违规行为登记上报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 14, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, "填卡时间", "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "风险类别", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "pengzhou_reservoir_cards", "http://m.youlun.net/cb/6491.html",
        "市水库管理处 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 工程管理科科长, 运行管理员), after the source's rules on "
        "小型水库 (调度运用, 巡视检查, 维修养护, 安全鉴定): a title, the pairs ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | "
        "填卡时间 | 2025年9月``, then 序号/风险点/风险等级 ``★★★/★★/★``/风险类别 ``…风险``/防控措施; a merged ``注：`` line on "
        "the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def pengzhou_flood_office_selfchecks() -> dict:
    unit = f"{PLACE}防汛抗旱指挥部办公室"
    t = _Truth(unit)
    people = [
        ("亓澹铭", "办领导", "常务副主任", "leader", [
            ("主持日常工作，负责防汛经费和物资调度", "防汛经费分配不按程序，个人决定", "一级风险",
             "经费分配方案办务会研究，报市防指审定。", "已落实"),
            ("负责水毁工程修复项目安排", "水毁修复项目安排中为施工企业打招呼", "一级风险",
             "修复项目清单公开，施工单位比选确定。", "已落实"),
        ]),
        ("钭漪蘅", "物资保障科", "科长", "middle", [
            ("负责防汛物资储备和调拨", "防汛物资采购验收不严，以次充好", "一级风险",
             "物资验收三方参与并签字。", "正在整改"),
            ("负责防汛物资出入库管理", "物资调拨不登记，账实不符", "二级风险", "出入库双人签字，每季盘点。", "已落实"),
        ]),
        ("卜潇翊", "综合科", "科员", "general", [
            ("负责雨情水情汇总上报", "雨情水情、灾情信息迟报、瞒报", "二级风险", "信息报送时限管理，科长复核。", "已落实"),
            ("负责值班补助造册", "值班补助虚报冒领", "三级风险", "补助名册与值班表核对并公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 22, 30, 10, 30, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, "所在科室", dept, f"职{GAP}务", post)
        sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (duty, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, duty, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签字：", None, None, "科室负责人签字：", None, None)
        sh.add(None, None, None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "pengzhou_flood_office_selfchecks", "http://trklw.com/jingdiangushi/57h3no3w77.html",
        "市防汛抗旱指挥部办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on what "
        "a 防汛办 does (雨情水情, 防汛经费, 物资, 水毁工程修复): a title, a merged ``单位：…`` line, one row of pairs ``姓　名 | … | "
        "所在科室 | … | 职　务 | …``, then 序号/``岗位职责``/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; "
        "no type column; a blank row, ``本人签字： | 科室负责人签字：`` and a date line",
        sheets, t,
    )  # fmt: skip


def pengzhou_emergency_enforcement_posts() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    sh = _Sheet("排查表", [6, 14, 12, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", [
            ("执法计划制定", "执法检查计划随意调整，放过关系企业", "制度机制风险", "高风险",
             "年度执法计划报局党委审定，调整须说明理由。"),
            ("重大案件处理", "重大案件处罚不经集体讨论", "岗位职责风险", "高风险", "重大案件集体讨论，讨论记录存档。"),
        ]),
        ("危化执法中队", "中队长", "middle", [
            ("经营许可现场核查", "核查中对储存条件不达标视而不见", "岗位职责风险", "高风险",
             "核查两人以上，核查结果拍照上传。"),
            ("案件查办", "降格处理、以罚代改", "业务流程风险", "中风险", "处罚裁量基准公开，案卷法制审核。"),
        ]),
        ("危化执法中队", "执法队员", "general", [
            ("执法检查", "检查前通风报信，接受企业宴请", "思想道德风险", "中风险", "检查对象随机抽取，执法记录仪全程记录。"),
        ]),
        ("工贸执法中队", "执法队员", "general", [
            ("隐患整改复查", "复查走过场，隐患未整改即销号", "业务流程风险", "中风险", "复查影像留存，中队长抽查。"),
            ("执法文书制作", "执法文书事后补签、改动", "岗位职责风险", "低风险", "文书编号管理，随案归档。"),
        ]),
        ("法制审核室", "法制审核员", "general", [
            ("案卷法制审核", "审核把关不严，违法事实不清即通过", "外部环境风险", "低风险", "审核意见书面留存，疑难案件会审。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "pengzhou_emergency_enforcement_posts", "http://zcop.cn/2073.html",
        "市应急管理综合行政执法大队 岗位廉政风险点排查表 对岗不对人, after the source's steps of a 危险化学品经营许可 (申请材料, "
        "现场核查, 专家评审, 后续管理): a title, then 序号/部门 merged (大队领导, 危化执法中队, 工贸执法中队, 法制审核室)/岗位 "
        "merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no "
        "names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def pengzhou_relief_reserve_groups() -> dict:
    unit = f"{PLACE}救灾物资储备中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "綦泷岱", "leader", [
                ("物资采购", "救灾物资采购指定品牌、供应商", "Ⅰ级", "采购需求集体研究，采购进场公开交易。"),
                ("物资轮换处置", "轮换出库物资低价处置给关系人", "Ⅰ级", "轮换处置评估定价，公开处置。"),
            ]),
            ("副主任", "逯溆珩", "leader", [
                ("物资调运", "调运车辆租赁不公开比选", "Ⅱ级", "车辆租赁比选，结果公示。"),
            ]),
        ]),
        ("二、仓储管理科", "仓储管理科", [
            ("科长", "甄渼萦", "middle", [
                ("出入库审批", "物资出入库不落实双签字", "Ⅰ级", "出入库两名以上人员签字确认。"),
                ("定期盘点", "盘点走过场，账实不符不报告", "Ⅱ级", "每季盘点，盘点结果报中心领导。"),
            ]),
            ("保管员", "琴澋湘", "general", [
                ("物资保管", "私自借用、挪用库存物资", "Ⅱ级", "库房视频监控，借用一律登记审批。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("会计", "郜洺瑶", "general", [
                ("物资款支付", "不按合同验收结果支付货款", "Ⅱ级", "货款支付凭验收单，经办、审核、审批三签。"),
                ("管理费核算", "储备管理费核算不实", "Ⅲ级", "管理费按标准核算，按年审计。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    source = (
        "https://yjgl.ln.gov.cn/yjgl/xxgk/zwgkzdgz/aqsczdlyxxgk/jzjzzcfg/2025030310160757369/"
        "index.shtml"
    )
    return _layout(
        "pengzhou_relief_reserve_groups", source,
        "市救灾物资储备中心 廉政风险防控责任清单, after the source's 省 notice on 救灾物资管理 (专库存储, 双签字, 采购轮换, 盘点): a "
        "title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、仓储管理科``, ``三、综合科`` merged across (no 科室 column); 岗位 and 姓名 merged per person; no type column; a "
        "``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pengzhou_rural_water_center_list() -> dict:
    unit = f"{PLACE}农村水利服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蔺滢骞", "leader", "抗旱救灾资金分配向关系乡镇倾斜", "制度机制", "Ⅰ",
         "资金分配因素法测算，分配结果公示。"),
        ("中心领导", "主任", "蔺滢骞", "leader", "灌溉设施维修项目定向委托施工单位", "外部环境", "Ⅰ",
         "维修项目比选确定施工单位，结果公示。"),
        ("灌溉管理股", "股长", "赫泺芊", "middle", "灌区用水量核定不实，少收水费", "岗位职责", "Ⅱ",
         "用水量按计量设施读数核定，按月公示。"),
        ("灌溉管理股", "技术员", "禤澂烨", "general", "渠系维修工程量签证不实", "业务流程", "Ⅱ",
         "工程量双人签证，股长复核。"),
        ("灌溉管理股", "技术员", "禤澂烨", "general", "接受施工单位礼品礼金", "思想道德", "Ⅲ",
         "签订廉洁承诺书，节前廉洁提醒。"),
        ("综合股", "出纳", "佘溦琳", "general", "水费收入不及时入账", "业务流程", "Ⅱ",
         "水费统一票据收取，日清月结。"),
        ("综合股", "出纳", "佘溦琳", "general", "公务接待费用报销不实", "岗位职责", "Ⅲ",
         "接待清单、公函、发票三单对照报销。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "pengzhou_rural_water_center_list", "https://www.doczj.com/doc/1719038438.html",
        "市农村水利服务中心 岗位廉政风险防控一览表, after the source's page on 抗旱救灾资金 (灌溉设施维修, 水利工程建设, 资金使用 "
        "公开): a title, then 序号/科室/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/风险类型 (short names)/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pengzhou_emergency_bureau_ranked_summary(),
    pengzhou_water_bureau_two_sheets(),
    pengzhou_river_station_list(),
    pengzhou_reservoir_cards(),
    pengzhou_flood_office_selfchecks(),
    pengzhou_emergency_enforcement_posts(),
    pengzhou_relief_reserve_groups(),
    pengzhou_rural_water_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch337-inbox"))
