"""The four-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 农业科技
bodies, 杨陵区 (the district of the 杨凌 农业高新技术产业示范区 on the 渭河, its staff Han) — the
区农业农村局, the 区农业科技推广中心, the 区种业服务中心, the 区农产品质量检测中心 and four
街道/镇 农业服务站 (大寨街道, 杨陵街道, 揉谷镇, 李台街道) — each handing back the 一览表, 防控卡,
排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``, a 制表/审核/date line under each;
- the 农业科技推广中心's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line:
  ``科室`` merged (``中心领导``, ``植保植检站``, ``土壤肥料站``, ``经济作物站``), ``岗位`` and ``姓名``
  merged per person, short types, 高/中/低, a 填表人/审核人/date line;
- the 种业服务中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、品种管理科``,
  ``三、种子检验室``, ``四、综合办公室`` merged across (no 科室 column): ``岗位 | 责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 农产品质量检测中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 大寨街道农业服务站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … |
  职　务 | …`` and a merged ``工作职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 杨陵街道农业服务站's 自查表, one sheet a person (tabs named by the holder): ONE row of pairs
  ``姓　名 | … | 岗　位 | … | 填表时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 站长审核：``;
- the 揉谷镇农业综合服务站's 一览表 under ``附件2``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged): ``岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 | 防控措施``, ``…风险``
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``yangling_lidai_station_home_units``: the 李台街道农业服务站's 岗位廉政风险防控一览表, an ordinary list
  (a title, a merged ``填报单位：…　填报时间：2025年8月`` line, short types, 高/中/低, the measures, a
  填表人/审核人/date line) in which EVERY HOLDER'S OWN UNIT — the unit where his 编制 (establishment
  post) lies — IS WRITTEN IN A COLUMN BESIDE HIS NAME, and it is NOT the unit of the post: ``序号 |
  岗位 | 姓名 | 编制所在单位 | 风险点 | 风险类型 | 风险等级 | 防控措施``, ``岗位``, ``姓名`` and
  ``编制所在单位`` merged per person, the last reading ``杨陵区李台街道办事处`` (the 站长 and the 报账员,
  staff of the 街道), ``杨陵区农业科技推广中心`` and ``杨陵区农业科技推广中心植保植检站`` (农技人员 sent down
  under ``区管街用``), ``杨陵区农产品质量检测中心`` (the 监管员) and ``西北农林科技大学`` (the
  科技特派员), and a merged ``注：`` line saying so (``注：本站实行“区管街用”，站内人员编制分别在所列单位，
  由本站统一安排工作、统一考核，表中岗位均为本站岗位。``). So every post on the list is the STATION'S
  post, the holder the name, and the ``编制所在单位`` cell names where the holder is paid and
  employed — neither the unit of the row (the file's, the station's), nor a 科室 of it, nor a 科室
  of that other unit for the row (``…推广中心植保植检站`` is where the 农技员 came from, not a part of
  the station), nor a post, nor a point. The README's 读得懂的表 knows columns naming WHERE A POST
  SERVES or WHO GUIDES IT (``挂钩乡镇``, ``联系单位``, ``对口单位``, ``配合科室``, ``指导单位``,
  ``代理村（社区）``), a bracket on a 科室 saying who sent the 科室 (``畜牧兽医站（区农业农村委派驻）``),
  brackets after a name giving the holder's status (``司机（外聘）``, ``（兼）``, ``（见习）``), a
  ``人员身份`` column of status words (batch141: 公务员, 劳务派遣), a ``工作单位`` field on a personal
  card that IS the unit (batch206, batch218), a system export's ``所属单位`` repeated on every row that
  IS the unit (batch208), and summaries of several units whose title rows or 单位 column give each
  row's unit; it does not describe a per-holder column of OTHER units' names (and of a 科室 of
  another unit) saying where the holder's establishment lies, while the posts are all the file's
  own unit's. (``grep -l '编制所在\\|派出单位\\|人事关系\\|区管街用\\|县管乡用' tests/published/*.py``
  finds no earlier batch.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区农业农村局's 年度工作报告 —
重大项目, 高标准农田, 产业园, 稳产保供, 补贴; a note on central funds for 测土配方施肥 — 取土化验,
田间试验, 科学施肥服务, 宣传培训; a 区种子管理站's 事业单位年度报告 — 种子生产经营许可, 市场检查,
经营门店, 品种, 抽样, 执法; a 市农产品质量安全中心 with its 检验中心 under one leadership — 认证,
质量标准, 监督管理, 监督检验; a survey of 基层农技推广体系 in 28 counties — 农技人员, 推广机构,
经费, 服务; a 面源污染治理 project's 智力支撑 model — 镇技术指导员, 村级技术助理, 培训农资经营者; a
county's 农技体系现状 — 核准编制, 实有人员, 人员结构, 推广机构运行; a piece on ``县管乡用`` — 编制在县,
工作在乡, 职称评定, 最后一公里) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 杨陵区, named with the district's
name.

Run ``python tests/published/score.py --set batch404`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every post is the station's, the unit of every form the station, no form has
  a 科室 (the station is a unit of its own and has none); the holder is the ``姓名``; the
  ``编制所在单位`` cells and the ``注：`` line are no point, name no post, no 科室 and no unit of a
  row;
- ``局领导`` (the 农业农村局's sheet of its leaders, named so by its tab and title) and ``中心领导`` (the
  推广中心's 科室 cell, the 种业服务中心's group row, the 检测中心's 科室 cell) are the 科室 of those
  leaders; a 局's 科, a 中心's 站, 科 and 室 are 科室; a group row ``二、品种管理科`` gives the 科室
  ``品种管理科`` (its number left off);
- every 中心 and every 街道/镇 服务站 is a unit of its own (the 站 files name no 科室); 局长,
  副局长, a 中心's 主任 and 副主任, a 服务站's 站长 and 副站长 are leaders; 科长, the 站长 of a 站
  inside the 推广中心, the 主任 of the 种子检验室 and of the 综合办公室 are middle; the rest (科员,
  会计, 技术员, 化验员, 检验员, 检测员, 样品管理员, 质量监督员, 农技员, 植保员, 报账员,
  农产品质量安全监管员, 科技特派员) general;
- ``风险点 | 风险表现`` (the 检测中心's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``工作职责`` and ``自查情况`` are no points and name no holder; the 检测中心's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 揉谷镇 站's
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

PREFIX = "b404_"
PLACE = "杨陵区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年8月"


# --------------------------------------------------------------------------- harder layout

HOME_NAME = "yangling_lidai_station_home_units"
HOME_UNIT = f"{PLACE}李台街道农业服务站"
HOME_HEAD = ("序号", "岗位", "姓名", "编制所在单位", "风险点", "风险类型", "风险等级", "防控措施")
HOME_NOTE = (
    "注：本站实行“区管街用”，站内人员编制分别在所列单位，由本站统一安排工作、统一考核，"
    "表中岗位均为本站岗位。"
)

# (岗位, 姓名, 编制所在单位, tier, [(风险点, 类型, 等级, 防控措施)])
HOME_PEOPLE = [
    ("站长", "笪浛琪", f"{PLACE}李台街道办事处", "leader", [
        ("农业项目实施主体推荐不经站务会研究，优亲厚友", "制度机制", "高", "推荐名单站务会研究，在村务公开栏公示。"),
        ("耕地地力保护补贴面积核实把关不严", "岗位职责", "中", "补贴面积村级公示、站内复核、街道审核。"),
    ]),
    ("副站长", "昝泖瑨", f"{PLACE}农业科技推广中心", "leader", [
        ("示范基地物化补助发放对象不实", "业务流程", "高", "物化补助清单逐户签字，中心抽查回访。"),
    ]),
    ("农技员", "宓汧琲", f"{PLACE}农业科技推广中心植保植检站", "general", [
        ("统防统治服务组织作业面积虚报", "岗位职责", "中", "作业面积现场核实，影像资料存档。"),
        ("向农户推销指定农药，收受经销商好处", "外部环境", "中", "推荐用药按中心发布的防治方案，不指定品牌。"),
    ]),
    ("农产品质量安全监管员", "鄂漹璆", f"{PLACE}农产品质量检测中心", "general", [
        ("快速检测结果弄虚作假，不合格不上报", "思想道德", "高", "检测记录和照片同步上传平台，中心定期比对。"),
        ("承诺达标合格证开具审核不严", "业务流程", "低", "开证主体名录动态管理，每月抽查。"),
    ]),
    ("科技特派员", "厍澋珽", "西北农林科技大学", "general", [
        ("技术服务中向服务对象索取报酬", "外部环境", "中", "服务项目和收费政策公开，服务对象评价反馈。"),
    ]),
    ("报账员", "隗湝瓀", f"{PLACE}李台街道办事处", "general", [
        ("站内培训、示范经费报账票据不实", "制度机制", "中", "报账票据经手人、证明人、站长三签，街道财政所审核。"),
        ("现金收支不及时入账", "业务流程", "低", "现金日清月结，每季度盘点。"),
    ]),
]  # fmt: skip


def yangling_lidai_station_home_units() -> dict:
    unit = HOME_UNIT
    sh = _Sheet("一览表", [6, 12, 9, 22, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*HOME_HEAD)
    first = len(sh.rows)
    n = 0
    for post, who, home, tier, points in HOME_PEOPLE:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, home, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2, 3)
    _line(sh, HOME_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        HOME_NAME,
        "https://www.seridoat.com/article/nong-ye-ke-ji-ren-cai-xian-guan-xiang-yong-ru-he-po-jie-ji-ceng-"
        "liu-cai-nan-yu-ji-shu-tui-guang-zui.html",
        "(harder) 街道农业服务站 岗位廉政风险防控一览表, after the source's piece on ``县管乡用`` (乡镇农技人员 编制在县、工作在乡, "
        "职称评定, 最后一公里): a title, a merged ``填报单位：…　填报时间：2025年8月`` line, then 序号/岗位/姓名/``编制所在单位`` "
        "— each holder's OWN unit, where his 编制 lies (``杨陵区李台街道办事处``, ``杨陵区农业科技推广中心``, ``…推广中心植保植检站``, "
        "``杨陵区农产品质量检测中心``, ``西北农林科技大学``), NOT the unit of the post, the three merged per person/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a merged ``注：本站实行“区管街用”，站内人员编制分别在所列单位…表中岗位均为本站岗位。`` "
        "line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yangling_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 13, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("邰湜珺", "局长", "主持全面工作", [
            ("农业产业园项目资金安排不经党组会集体研究", "制度机制风险", "一级", "项目资金安排党组会集体研究，会议纪要存档。"),
            ("干部选拔任用中打招呼、搞照顾", "思想道德风险", "二级", "干部任用按程序动议、考察、公示，全程纪实。"),
        ]),
        ("弭沄琤", "副局长", "分管种植业、农田建设", [
            ("高标准农田建设项目插手干预招投标", "外部环境风险", "一级", "项目一律进场交易，过问插手登记报告。"),
            ("项目竣工验收降低标准签字", "岗位职责风险", "二级", "验收邀请第三方参加，验收结果公示。"),
        ]),
        ("郈澂璟", "副局长", "分管农业执法、农产品质量安全", [
            ("农资案件查处说情打招呼", "思想道德风险", "一级", "办案全程记录，过问案件登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, types_in(typ), GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, None, DATE, None)
    staff = _Sheet("科室", [6, 14, 9, 9, 38, 13, 9, 32])
    _line(staff, f"{unit}科室廉政风险防控表", 8)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("种植业管理科", "科长", "菅淏瑢", "middle", [
            ("耕地地力保护补贴面积审核不实", "岗位职责风险", "一级", "补贴面积村、街道、科室三级审核，结果公示。"),
            ("农作物重大病虫害防控物资分配不公", "业务流程风险", "二级", "物资分配方案局务会研究，分配结果公开。"),
        ]),
        ("种植业管理科", "科员", "甪滢珹", "general", [
            ("补贴数据录入时擅自修改农户信息", "岗位职责风险", "三级", "数据修改凭审批单，科长复核。"),
        ]),
        ("农田建设科", "科长", "郇渼琮", "middle", [
            ("高标准农田项目设计变更审核把关不严", "制度机制风险", "一级", "设计变更集体研究，变更资料存档。"),
        ]),
        ("计划财务科", "会计", "蒉洹玘", "general", [
            ("项目资金拨付不按进度，提前支付", "业务流程风险", "二级", "资金拨付凭验收单和分管领导审批，按月对账。"),
            ("报销凭证审核不严，虚列支出", "制度机制风险", "三级", "报销单据逐张审核，每季度内审抽查。"),
        ]),
        ("农业执法科", "科长", "帅沨瑄", "middle", [
            ("农资市场检查提前透露信息", "外部环境风险", "二级", "检查对象随机抽取，检查计划保密。"),
            ("罚没农资处置不登记", "业务流程风险", "三级", "罚没物品登记入库，销毁两人以上在场。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "yangling_agri_bureau_two_sheets", "http://www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2023/content/post_9569031.html",
        "区农业农村局 file in two sheets after the source's 区农业农村局 年度工作报告 (重大项目, 高标准农田, 产业园, 稳产保供): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险类型/风险等级/防控措施) and ``科室`` (a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类型/风险等级/防控措施); ``…风险`` types; "
        "``一级/二级/三级``; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def yangling_extension_center_list() -> dict:
    unit = f"{PLACE}农业科技推广中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "扈澴琦", "leader", [
            ("测土配方施肥项目资金安排不经集体研究", "制度机制", "高", "项目资金安排中心办公会研究，纪要存档。"),
            ("推广项目承担主体确定中优亲厚友", "思想道德", "中", "承担主体公开遴选，结果公示。"),
        ]),
        ("中心领导", "副主任", "戎泓瓅", "leader", [
            ("示范推广物资采购指定供应商", "外部环境", "高", "物资采购按政府采购程序，验收三人签字。"),
        ]),
        ("植保植检站", "站长", "鄢泫璘", "middle", [
            ("绿色防控示范区补助面积虚报", "业务流程", "高", "补助面积实地核查，影像资料存档。"),
            ("植物检疫证书签发不查验", "岗位职责", "中", "检疫实行双人查验，证书签发留痕。"),
        ]),
        ("植保植检站", "技术员", "汲潆珥", "general", [
            ("病虫测报数据随意填报", "岗位职责", "低", "测报数据与系统记录比对，站长审核。"),
        ]),
        ("土壤肥料站", "站长", "宿漪琰", "middle", [
            ("取土化验和田间试验经费虚列", "业务流程", "中", "试验方案报备，经费凭试验记录结报。"),
        ]),
        ("土壤肥料站", "化验员", "桓澪玟", "general", [
            ("土样化验结果弄虚作假", "思想道德", "中", "化验原始记录存档，每季度盲样考核。"),
            ("化验试剂领用不登记", "制度机制", "低", "试剂出入库登记，每月盘点。"),
        ]),
        ("经济作物站", "站长", "糜浥琛", "middle", [
            ("设施农业示范点补助对象不实", "外部环境", "中", "补助对象村级公示、站内复核、中心审定。"),
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
        "yangling_extension_center_list", "http://farm.00-net.com/news/3/2014-04-17/63566.html",
        "区农业科技推广中心 岗位廉政风险防控一览表 after the source's note on central funds for 测土配方施肥 (取土化验, 田间试验, "
        "科学施肥服务, 宣传培训): a title, a merged ``填报单位：…　填报时间：2025年8月`` line, then 序号/科室 merged (中心领导, "
        "植保植检站, 土壤肥料站, 经济作物站)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yangling_seed_center_duties() -> dict:
    unit = f"{PLACE}种业服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郦渲璞", "leader", [
                ("重大事项决策", "良种繁育基地项目安排不经集体研究", "制度机制风险", "一级风险",
                 "项目安排中心办公会研究，结果公开。"),
                ("种子执法案件审定", "对种子违法案件说情、打招呼", "思想道德风险", "一级风险", "过问插手案件一律登记报告。"),
            ]),
        ]),
        ("二、品种管理科", "品种管理科", [
            ("科长", "亢潾瑧", "middle", [
                ("品种试验组织", "区域试验承试点选择不公开", "业务流程风险", "二级风险", "承试点公开遴选，试验数据双人记录。"),
                ("种子经营备案", "对不符合条件的经营门店办理备案", "岗位职责风险", "二级风险", "备案材料网上核验，抽查门店。"),
            ]),
            ("科员", "卜溦玓", "general", [
                ("种子市场检查", "检查走过场，对无证经营不报告", "外部环境风险", "三级风险", "检查两人以上，检查记录存档。"),
            ]),
        ]),
        ("三、种子检验室", "种子检验室", [
            ("主任", "芮泠琭", "middle", [
                ("检验报告签发", "检验报告审核把关不严", "岗位职责风险", "一级风险", "报告三级审核，原始记录存档。"),
            ]),
            ("检验员", "弘湉瑹", "general", [
                ("扦样和检验", "调换样品，出具虚假检验结果", "思想道德风险", "一级风险", "样品编码盲检，留样备查。"),
                ("检验收费", "检验费收取不开票据", "业务流程风险", "三级风险", "收费标准公示，票据专人领用核销。"),
            ]),
        ]),
        ("四、综合办公室", "综合办公室", [
            ("主任", "满澈璁", "middle", [
                ("公务接待和车辆管理", "公务接待超标准，公车私用", "制度机制风险", "三级风险", "接待事前审批，派车单按月核对。"),
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
        "yangling_seed_center_duties", "http://www.sxbb.gov.cn/site-sxdjgl/yearlyReport_view/258071",
        "区种业服务中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``四、综合办公室`` merged across (no 科室 column), "
        "after the source's 区种子管理站 事业单位年度报告 (种子生产经营许可, 市场检查, 经营门店, 品种, 抽样, 执法): a title, then "
        "序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yangling_testing_center_posts() -> dict:
    unit = f"{PLACE}农产品质量检测中心"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("检测设备采购", "大型检测仪器采购指定品牌，参数量身定制", "外部环境", "高风险", "采购需求集体论证，按政府采购程序实施。"),
            ("委托检测业务承接", "违规承接与监管对象有利害关系的委托检测", "制度机制", "中风险", "委托检测登记审批，利害关系回避。"),
        ]),
        ("综合科", "科长", "middle", [
            ("检测经费管理", "例行监测经费虚列支出", "业务流程", "中风险", "经费按监测任务结报，票据与样品清单核对。"),
        ]),
        ("检测室", "检测员", "general", [
            ("样品检测", "篡改农药残留检测数据", "思想道德", "高风险", "检测数据仪器自动采集，原始谱图存档。"),
            ("结果报送", "检测不合格结果延迟报送、不报送", "岗位职责", "中风险", "不合格结果当日报送，系统留痕。"),
        ]),
        ("检测室", "样品管理员", "general", [
            ("样品接收流转", "泄露样品来源信息，调换样品", "岗位职责", "高风险", "样品编码盲样流转，双人交接签字。"),
        ]),
        ("质量管理科", "质量监督员", "general", [
            ("内部质量监督", "对检测过程违规不记录、不报告", "制度机制", "低风险", "质量监督记录每月审核，内审发现问题限期整改。"),
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
    source = ("https://jendow.com.tw/wiki/%E9%87%8D%E6%85%B6%E5%B8%82%E8%BE%B2%E7%94%A2%E5%93%81%E8%B3%AA"
              "%E9%87%8F%E5%AE%89%E5%85%A8%E4%B8%AD%E5%BF%83")  # fmt: skip
    return _layout(
        "yangling_testing_center_posts", source,
        "区农产品质量检测中心 岗位廉政风险点排查表 对岗不对人, after the source's 市农产品质量安全中心 (its 检验中心 under one "
        "leadership — 认证, 质量标准, 监督管理, 监督检验): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | "
        "2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def yangling_dazhai_station_cards() -> dict:
    unit = f"{PLACE}大寨街道农业服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "储淙琏", "leader", "主持服务站全面工作，负责农业项目实施和资金管理", [
            ("农业项目实施主体确定不公开", "★★★", "实施主体公开遴选，结果在村务公开栏公示。"),
            ("农机作业补助面积核实走过场", "★★", "作业面积实地核查，村级签字确认。"),
            ("接受农资经销商宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("农技员", "邗沭琼", "general", "负责病虫害监测、技术培训和科技示范户指导", [
            ("科技示范户遴选中照顾亲友", "★★", "示范户村级推荐、站内审核、公示五天。"),
            ("培训签到人数虚报，套取培训经费", "★★★", "培训照片和签到表同步存档，中心抽查回访。"),
        ]),
        ("报账员", "阚沄玑", "general", "负责站内经费报账和物资台账", [
            ("报账票据审核不严，虚列支出", "★★", "票据经手人、证明人、站长三签。"),
            ("示范物资出入库不登记", "★", "物资台账逐笔登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("工作职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yangling_dazhai_station_cards", "http://www.victorzhang.cn/page/2018/0720/16753584.shtml",
        "街道农业服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 农技员, 报账员), after the source's survey of 基层农技推广体系 "
        "in 28 counties (农技人员, 推广机构, 经费, 服务): a title, ``姓　名 | … | 职　务 | …`` and a merged ``工作职责`` line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yangling_street_station_selfchecks() -> dict:
    unit = f"{PLACE}杨陵街道农业服务站"
    t = _Truth(unit)
    people = [
        ("郁潇玠", "站长", "leader", [
            ("村级技术助理聘用不经站务会研究", "Ⅰ级", "聘用条件和结果公示，站务会研究。", "未发现"),
            ("技术指导员考核打分凭个人好恶", "Ⅱ级", "考核细则公开，考核结果公示。", "已整改"),
        ]),
        ("甘澧瑊", "植保员", "general", [
            ("农药经营门店培训签到造假", "Ⅱ级", "培训签到与照片同步存档。", "未发现"),
            ("统防统治作业验收不到现场", "Ⅰ级", "验收到田到块，影像资料存档。", "未发现"),
            ("病虫害防控物资分发不登记", "Ⅲ级", "物资分发逐户签字登记。", "未发现"),
        ]),
        ("松湄琡", "农产品质量安全监管员", "general", [
            ("巡查记录不实，未到基地即填报", "Ⅱ级", "巡查定位打卡，记录每月抽查。", "未发现"),
            ("对生产主体违规用药不报告", "Ⅰ级", "发现问题当日报告，报告情况纳入考核。", "未发现"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, None)
        sh.add("填表时间", DATE, None, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yangling_street_station_selfchecks", "https://www.fx361.cc/page/2023/0314/23054712.shtml",
        "街道农业服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 面源污染治理 "
        "智力支撑 model (镇技术指导员, 村级技术助理, 培训农资经营者): a title, ``姓　名 | … | 岗　位 | …`` and ``填表时间 | …``, "
        "then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | "
        "站长审核：``",
        sheets, t,
    )  # fmt: skip


def yangling_rougu_station_every_row() -> dict:
    unit = f"{PLACE}揉谷镇农业综合服务站"
    sh = _Sheet("一览表", [6, 10, 9, 38, 13, 9, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "蔺涢珮", "leader", "农业社会化服务项目作业面积核实不严", "岗位职责风险", "Ⅰ", "作业面积村、站两级核实，结果公示。"),
        ("站长", "蔺涢珮", "leader", "站内经费使用不经集体研究", "制度机制风险", "Ⅱ", "经费使用站务会研究，按季公开。"),
        ("副站长", "巫漻琬", "leader", "农技人员下村服务考勤弄虚作假", "思想道德风险", "Ⅱ", "下村服务定位打卡，每月通报。"),
        ("农技员", "仉洺瑆", "general", "良种推广补助对象登记不实", "业务流程风险", "Ⅰ", "补助对象逐户登记签字，镇村公示。"),
        ("农技员", "仉洺瑆", "general", "接受种子经销商好处推荐品种", "外部环境风险", "Ⅲ", "推荐品种按区推广目录，不指定经销商。"),
        ("报账员", "赫泚璎", "general", "报账票据审核不严", "岗位职责风险", "Ⅱ", "报账票据三签，镇财政所复核。"),
        ("报账员", "赫泚璎", "general", "物资台账与实物不符", "业务流程风险", "Ⅲ", "物资每季度盘点，账实核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    source = "http://jizihe.com/page/2016/0503/8993464.shtml"
    return _layout(
        "yangling_rougu_station_every_row", source,
        "镇农业综合服务站 岗位廉政风险防控一览表, after the source's 县 农技体系现状 (核准编制, 实有人员, 人员结构, 推广机构运行): "
        "``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/岗位/姓名 written out on EVERY "
        "row (nothing merged)/风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yangling_lidai_station_home_units(),
    yangling_agri_bureau_two_sheets(),
    yangling_extension_center_list(),
    yangling_seed_center_duties(),
    yangling_testing_center_posts(),
    yangling_dazhai_station_cards(),
    yangling_street_station_selfchecks(),
    yangling_rougu_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch404-inbox"))
