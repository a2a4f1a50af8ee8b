"""The three-hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通 and 城建
bodies, 旬邑县 (a county of 咸阳 in the loess hills north of the 泾河, its staff Han) — the
县交通运输局, the 县住房和城乡建设局, the 县城市管理局, the 县公路段, the 县公交公司, the
县交通运输综合执法大队, the 县城市管理综合执法大队 and the 县建设工程质量安全监督站 — each handing back the
一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/date line;
- the 住房和城乡建设局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, a 制表/审核/date line under each;
- the 城市管理局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、市容环卫股``, ``三、执法监督股`` merged
  across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 公路段's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 公交公司's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` and
  ``所在部门 | …`` above ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 总经理（签字）：``;
- the 交通运输综合执法大队's 自查表, one sheet a person (tabs named by the holder): ONE row of pairs
  ``姓　名 | … | 所在中队 | … | 职　务 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``一级/二级/三级``, ``本人签名： | … | 大队长审核：``;
- the 城市管理综合执法大队's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``xunyi_quality_station_bracketed_descriptions``: the 建设工程质量安全监督站's 岗位廉政风险防控一览表,
  an ordinary list in every other respect (a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月``
  line, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点（括号内注明主要表现） | 风险类型 | 风险等级 | 防控措施``,
  ``股室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/date
  line), whose ONE risk column holds in each cell the SHORT RISK POINT followed by its LONG
  DESCRIPTION IN FULL-WIDTH BRACKETS AT THE END OF THE CELL: ``竣工验收监督（参加验收不到现场，对验收
  程序违规、资料不全的工程出具监督报告）``, as the heading asks (``括号内注明主要表现``). Two of the eleven
  cells carry no bracket (the point said in one line, nothing to add). So a cell is the ``风险点`` and
  the ``风险表现`` of the two-column tables (``风险点 | 风险表现``) written in one cell, the point being
  the text BEFORE the closing bracket and the bracket its description — the bracket is long (a clause
  or two, with commas and 、), not a word. The README's 读得懂的表 knows what a bracket after a point
  carries in other lists: a LEVEL (``违规审批(高)``, ``【一级】…``, ``（Ⅱ级）``), a TYPE (``…(制度机制)``), a
  HOLDER (``（鄢璟琤）``), a STATUS (``（新增）``/``（修订）``), a 分管领导 after a 科室 in a group row; it
  knows a heading whose bracket is a filling hint read by what stands outside it (``廉政风险点(注明等级)``);
  and it knows a point and its 表现形式 in one cell parted by ``——`` (batch288) or by typed spaces
  (batch391), a point with its measures numbered below it, ``风险点：…⏎防控措施：…``, ``职责：…⏎风险点：…``,
  ``风险点。对策：…``, a case ``【以案说险】…`` on a line after the point. It does not describe a bracket at
  the end of the point that holds its DESCRIPTION, to be cut off like the text after ``——`` (no earlier
  batch writes one: ``grep -l '括号内注明\\|注明主要表现\\|括号内为主要表现' tests/published/*.py`` finds
  none; the brackets of earlier batches' points hold levels, types, holders, statuses or short asides).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 驻县交通运输局纪检组 watching the
``四好农村路`` works — 工程建设, 资金拨付使用, 竣工验收, 跟进监督; a 县住建局's 建筑施工安全 and 建筑市场监管
check — 双随机、一公开, 扬尘, 农民工工资支付, 保证金, 企业资质, 注册建造师, 招标投标; an essay on 城管行政执法
体制 — 相对集中行政处罚权, 市容环卫, 执法柔性化; a 农村公路养护 survey — 公路管理段, 路政管理, 小修保养,
养护补助, 养护资金; a 交通运输局's 督查 of its 公交集团 — 候车亭建设, 纯电动公交车更新, 充电站, 信息化,
作风; a speech on 治超 — 超限超载, 称重, 卸载, 劝返; a forum post on 城管 执法大队 and 中队 — 占道经营,
摊点, 临时工, 吃拿卡要; a 省住建厅's 房屋建筑工程质量巡查 — 保障性住房, 随机抽取受检工程, 工程实体和质量
控制资料, 整改通知书, 行政处罚建议书) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 旬邑县, named with the county's name.

Run ``python tests/published/score.py --set batch397`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉政风险点（括号内注明主要表现）`` cell ending in a full-width bracket is
  ``风险点（主要表现）``: the point is the text before the bracket (the short name, as in ``风险点 | 风险表现``
  tables and as batch288 took the text before ``——``), the bracket's text its description, no point; a
  cell with no bracket is a point whole; the heading's own bracket is a filling hint, not a field;
- ``局领导`` (the 交通运输局's 股室 cell, the 住建局's sheet of its leaders, named so by its tab and
  title, the 城市管理局's group row), ``段领导`` (the 公路段's 股室 cell), ``公司领导`` (the 公交公司
  card's 所在部门), ``大队领导`` (the two 大队's 中队/科室 cell) and ``站领导`` (the 监督站's 股室 cell) are
  the 科室 of those leaders; a 局's, 段's and 站's 股 and 办公室, a 公司's 车队 and 部, a 大队's 中队 and
  室 are 科室; a group row ``二、市容环卫股`` gives the 科室 ``市容环卫股`` (its number left off);
- 局长, 副局长, 段长, 总经理, 大队长, 站长 and 副站长 (of the 监督站, a unit) are leaders; 股长, 办公室主任,
  车队长 and 中队长 middle; the rest (科员, 会计, 出纳, 技术员, 监督员, 执法队员, 法制审核员, 票款清点员)
  general;
- ``风险点 | 风险表现`` (the 公路段's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``工作环节`` and ``自查情况`` are no points and name no holder; the 公路段's list names no person: its
  forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险``, ``★★★/★★/★``
  (read by the cards' note), ``一级/二级/三级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 执法大队's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller rows
for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch394).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b397_"
PLACE = "旬邑县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年7月"


# --------------------------------------------------------------------------- harder layout

BRACKET_UNIT = f"{PLACE}建设工程质量安全监督站"
BRACKET_TAB = "一览表"
BRACKET_POINT_HEAD = "廉政风险点（括号内注明主要表现）"
BRACKET_HEAD = (
    "序号",
    "股室",
    "岗位",
    "姓名",
    BRACKET_POINT_HEAD,
    "风险类型",
    "风险等级",
    "防控措施",
)
OPEN, CLOSE = "（", "）"

# (股室, 岗位, 姓名, tier, [(风险点, 主要表现 or None, 风险类型, 风险等级, 防控措施)])
BRACKET_ROWS = [
    ("站领导", "站长", "仲昀澍", "leader", [
        ("工程质量安全监督计划安排", "对关系企业承建的工程少安排或不安排巡查，监督计划照顾熟人", "制度机制", "高",
         "年度监督计划站务会集体研究，受检工程随机抽取。"),
        ("质量安全事故调查处理", "对事故责任单位说情、压案，调查结论避重就轻", "思想道德", "高",
         "事故调查组依法组成，调查结论集体审定并报局党组。"),
    ]),
    ("站领导", "副站长", "厉瑷岑", "leader", [
        ("竣工验收监督", "参加验收不到现场，对验收程序违规、资料不全的工程出具监督报告", "岗位职责", "高",
         "验收监督两人以上到场，监督报告附现场影像资料。"),
        ("对巡查发现的违法违规行为不提处罚建议", None, "外部环境", "中",
         "巡查问题逐条登记，处罚建议移送情况按月通报。"),
    ]),
    ("质量监督股", "股长", "蓬湝珉", "middle", [
        ("工程实体和资料抽查", "抽查走过场，抽查记录不如实填写，对质量控制资料缺失视而不见", "岗位职责", "中",
         "抽查清单化，抽查记录当场由建设、施工、监理三方签字。"),
        ("整改复查销号", "施工单位未整改到位即同意销号，接受施工单位宴请", "外部环境", "高",
         "整改回复附整改前后照片，复查销号股长签字负责。"),
    ]),
    ("质量监督股", "监督员", "全璆沅", "general", [
        ("见证取样监督", "见证取样、送检不到场，默许调换混凝土试块和钢筋样品", "业务流程", "中",
         "试块、样品唯一性标识，检测报告网上核验。"),
        ("保障性住房工程质量巡查", "巡查中向施工单位推荐建材供应商、劳务队伍", "思想道德", "低",
         "签订廉洁监督承诺书，巡查结果网上公开。"),
    ]),
    ("安全监督股", "股长", "栾昶瑀", "middle", [
        ("施工安全“双随机”检查", "事先透露检查时间和对象，对起重机械、深基坑隐患不下整改通知书", "业务流程", "高",
         "检查对象系统随机抽取，出发前确定，隐患一律下达书面通知。"),
        ("扬尘治理检查降低标准", None, "制度机制", "低", "扬尘在线监测数据与检查记录比对。"),
    ]),
    ("综合股", "会计", "祖缃沛", "general", [
        ("监督工作经费报销", "虚列差旅费、检测费，报销票据审核不严", "业务流程", "中",
         "报销票据经办人、股长、站长三级审核，按季度公开。"),
    ]),
]  # fmt: skip


def bracket_cell(point: str, shows: str | None) -> str:
    """The cell as the 站 types it: the point, then its 主要表现 in full-width brackets."""
    return point if shows is None else f"{point}{OPEN}{shows}{CLOSE}"


def xunyi_quality_station_bracketed_descriptions() -> dict:
    unit = BRACKET_UNIT
    sh = _Sheet(BRACKET_TAB, [6, 12, 10, 9, 44, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*BRACKET_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BRACKET_ROWS:
        for point, shows, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, bracket_cell(point, shows), typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "xunyi_quality_station_bracketed_descriptions", "http://w.csgllb.org.cn/show-1895.html",
        "(harder) 县建设工程质量安全监督站 岗位廉政风险防控一览表, after the source's 房屋建筑工程质量巡查 (保障性住房, 随机抽取"
        "受检工程, 工程实体和质量控制资料, 整改通知书, 行政处罚建议书): a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` "
        "line, then 序号/股室 merged (站领导, 质量监督股, 安全监督股, 综合股)/岗位 and 姓名 merged per person/ONE risk column "
        "``廉政风险点（括号内注明主要表现）`` whose cells are ``风险点（主要表现）`` — the short point, then its long description in "
        "full-width brackets at the end of the cell (two cells without a bracket)/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "the point is the text before the bracket; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xunyi_transport_bureau_list() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郗晏澍", "leader", [
            ("农村公路建设项目安排不经党组会集体研究", "制度机制", "高", "项目库和年度计划经局党组会研究，会议纪要存档。"),
            ("为亲友承揽“四好农村路”工程打招呼、说情", "思想道德", "高", "插手干预工程项目一律登记报告，施工单位公开招标确定。"),
        ]),
        ("局领导", "副局长", "芮珞岍", "leader", [
            ("农村公路交工、竣工验收把关不严", "岗位职责", "高", "验收联合第三方检测机构进行，验收结论集体审定。"),
            ("检查分管项目时接受施工企业宴请", "外部环境", "低", "签订廉洁承诺书，检查两人以上同行。"),
        ]),
        ("建设管理股", "股长", "逄湝翊", "middle", [
            ("工程计量审核不实，超进度拨付工程款", "业务流程", "高", "计量经监理、股室、分管领导三级签认，按月对账。"),
            ("设计变更审查走过场", "岗位职责", "中", "重大设计变更组织专家论证，变更结果公示。"),
        ]),
        ("建设管理股", "科员", "阚缃蘅", "general", [
            ("工程质量抽检数据不如实记录", "岗位职责", "中", "抽检数据现场拍照上传，股长每月抽查。"),
        ]),
        ("运输服务股", "股长", "鞠琂嵚", "middle", [
            ("城乡客运线路经营许可违规审批", "业务流程", "中", "许可条件和结果网上公示，审批两级把关。"),
            ("农村客运补贴核定不实", "制度机制", "中", "补贴按车辆运营数据核定，核定结果公示。"),
        ]),
        ("办公室", "会计", "宓瑑溆", "general", [
            ("农村公路建设资金未专款专用", "业务流程", "中", "资金专账核算，拨付凭验收报告和审批单。"),
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
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "xunyi_transport_bureau_list", "http://nbttlpb.cn/xwzx/bmdt/1693550911015.html",
        "县交通运输局 岗位廉政风险防控一览表, after the source's 驻县交通运输局纪检组 on the ``四好农村路`` (工程建设, 资金拨付使用, "
        "竣工验收, 跟进监督): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/股室 merged "
        "(局领导, 建设管理股, 运输服务股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xunyi_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("隗璆芷", "局长", "主持全面工作", [
            ("插手干预建设工程招标投标", "Ⅰ级", "工程项目进入公共资源交易平台，过问插手事项登记报告。"),
            ("重大事项决策搞一言堂", "Ⅰ级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("冀蕤晅", "副局长", "分管建筑市场、质量安全监管", [
            ("建筑业企业资质审查把关不严", "Ⅰ级", "资质申报材料网上核验，审查结果公示。"),
            ("建筑施工安全检查中选择性检查", "Ⅱ级", "检查对象“双随机”抽取，检查结果公开。"),
        ]),
        ("甘荪崟", "副局长", "分管住房保障、物业管理", [
            ("保障性住房分配优亲厚友", "Ⅱ级", "分配对象轮候排序，分配结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("建筑市场监管股", "股长", "羿昉瓒", "middle", [
            ("施工许可审批降低条件", "Ⅰ级", "许可条件一次性告知，审批结果网上公开。"),
            ("农民工工资保证金返还不按程序", "Ⅱ级", "返还凭无拖欠证明，经分管领导审批。"),
        ]),
        ("建筑市场监管股", "科员", "储菀琤", "general", [
            ("注册建造师执业行为检查走过场", "Ⅲ级", "检查要点清单化，检查记录存档。"),
        ]),
        ("房地产市场监管股", "股长", "靳蘩玹", "middle", [
            ("商品房预售资金拨付审核违规", "Ⅰ级", "预售资金按工程节点拨付，银行、住建联合监管。"),
        ]),
        ("办公室", "办公室主任", "汲暄岫", "middle", [
            ("公务接待和公务用车超标准", "Ⅲ级", "接待事前审批，派车单按月核对。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "xunyi_housing_bureau_two_sheets", "http://www.cq66666.cn/hot/bm/202309/t20230925_7093768.html",
        "县住房和城乡建设局 file in two sheets after the source's 建筑施工安全和建筑市场监管 check (双随机、一公开, 扬尘, 农民工工资"
        "支付, 保证金, 企业资质, 注册建造师, 招标投标): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/"
        "风险等级/防控措施) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``Ⅰ级/Ⅱ级/Ⅲ级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def xunyi_urban_management_duties() -> dict:
    unit = f"{PLACE}城市管理局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "邴纨峤", "leader", [
                ("户外广告设置审批", "户外广告设置许可违规审批，照顾关系户", "制度机制风险", "一级风险",
                 "设置规划公开，许可结果网上公示。"),
                ("违法建设查处", "对违法建设拆除案件说情、压案不办", "思想道德风险", "一级风险", "重大案件集体讨论，处理结果公开。"),
            ]),
        ]),
        ("二、市容环卫股", "市容环卫股", [
            ("股长", "糜苡沄", "middle", [
                ("环卫保洁服务采购", "保洁服务外包采购设置倾向性条件", "业务流程风险", "一级风险", "采购需求集体研究，进入政府采购平台。"),
                ("保洁作业考核", "考核打分不公，扣款不兑现", "岗位职责风险", "二级风险", "考核结果按月公示，扣款凭考核单执行。"),
            ]),
            ("科员", "井淏缃", "general", [
                ("建筑垃圾处置核准", "建筑渣土运输核准材料把关不严", "岗位职责风险", "二级风险", "核准要件清单化，运输车辆定位监管。"),
            ]),
        ]),
        ("三、执法监督股", "执法监督股", [
            ("股长", "巫湝珩", "middle", [
                ("行政处罚裁量", "处罚裁量畸轻畸重，以罚代管", "外部环境风险", "二级风险", "裁量对照基准逐项说明理由，法制审核把关。"),
            ]),
            ("法制审核员", "焦琇岚", "general", [
                ("执法案卷评查", "事后补做执法文书，案卷评查走过场", "业务流程风险", "三级风险", "案卷随办随归，每季度交叉评查。"),
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
        "xunyi_urban_management_duties", "http://www.jizihe.com/page/2015/1211/1215938.shtml",
        "县城市管理局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``三、执法监督股`` merged across (no 股室 column), "
        "after the source's essay on 城管行政执法体制 (相对集中行政处罚权, 市容环卫, 执法柔性化): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xunyi_highway_section_posts() -> dict:
    unit = f"{PLACE}公路段"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "leader", [
            ("养护工程发包", "小修保养工程化整为零，指定施工队伍", "制度机制风险", "高风险", "养护工程按限额公开比选，段务会集体研究。"),
            ("养护资金安排", "养护补助资金分配向关系路段倾斜", "岗位职责风险", "高风险", "资金分配按路况评定结果，分配方案公示。"),
        ]),
        ("养护股", "股长", "middle", [
            ("养护工程计量", "虚报养护工程量，多计工程款", "业务流程风险", "高风险", "计量现场复核，影像资料存档。"),
            ("养护材料验收", "沥青、砂石料验收不严，以次充好", "外部环境风险", "中风险", "材料进场抽检，验收双人签字。"),
        ]),
        ("养护股", "技术员", "general", [
            ("路况巡查评定", "路况评定数据不实，为争取资金虚报病害", "岗位职责风险", "中风险", "评定数据与检测车数据比对。"),
        ]),
        ("路政股", "股长", "middle", [
            ("涉路施工许可", "涉路施工许可审查不严，故意拖延", "业务流程风险", "中风险", "许可事项网上办理，时限可查。"),
            ("路产损坏赔偿", "路产损坏赔偿数额随意减免", "思想道德风险", "低风险", "赔偿标准公开，减免须段务会研究。"),
        ]),
        ("财务股", "出纳", "general", [
            ("赔偿款收缴", "收取的路产赔偿款不及时入账", "业务流程风险", "低风险", "赔偿款直接缴入专户，票据连号管理。"),
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
        "xunyi_highway_section_posts", "https://m.pinggu.org/bbs/thread-12858241-1-1.html",
        "县公路段 岗位廉政风险点排查表 对岗不对人, after the source's 农村公路养护 survey (公路管理段, 路政管理, 小修保养, 养护补助, "
        "养护资金): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def xunyi_bus_company_cards() -> dict:
    unit = f"{PLACE}公交公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "谷澍珂", "公司领导", "leader", [
            ("车辆购置", "纯电动公交车购置指定品牌、收受回扣", "★★★", "车辆购置公开招标，采购需求经董事会研究。"),
            ("场站建设", "充电站、候车亭建设项目不公开招标", "★★★", "工程项目进入公共资源交易平台。"),
        ]),
        ("车队长", "车瑱霓", "第一车队", "middle", [
            ("排班派车", "排班、线路分配优亲厚友，收受驾驶员好处", "★★", "排班表每周公示，线路定期轮换。"),
            ("安全考核", "驾驶员违章考核扣分随意减免", "★★", "考核结果车队公示，减免经公司审批。"),
        ]),
        ("票款清点员", "仲琇澜", "财务部", "general", [
            ("票款清点", "投币票款清点中截留私分", "★★★", "清点全程视频监控，双人清点签字。"),
            ("公交卡充值", "公交卡充值款不及时上缴", "★★", "充值款日清日缴，系统数据与银行对账。"),
            ("清点记录", "票款清点记录事后补记", "★", "清点记录当日录入系统，财务部长抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 12, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, None, None, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人（签字）：", None, None, "总经理（签字）：", None)
        sheets.append(sh)
    return _layout(
        "xunyi_bus_company_cards", "https://jtj.changzhou.gov.cn/html/jtj/2023/AHPDKCDL_0629/210978.html",
        "县公交公司 岗位廉政风险防控卡, one sheet a holder (tabs 总经理, 车队长, 票款清点员), after the source's 交通运输局 督查 of its "
        "公交集团 (候车亭建设, 纯电动公交车更新, 充电站, 信息化, 作风): a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | …`` rows, "
        "then 序号/``工作环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 总经理（签字）：``",
        sheets, t,
    )  # fmt: skip


def xunyi_transport_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}交通运输综合执法大队"
    t = _Truth(unit)
    people = [
        ("富沚曈", "大队领导", "大队长", "leader", [
            ("对超限超载车辆“以罚代卸”，降格处理", "制度机制", "一级", "超限车辆一律卸载，处罚决定集体审核。", "已落实"),
            ("治超站点人员调配照顾关系", "思想道德", "二级", "站点人员定期轮岗，调配方案大队会研究。", "未发现问题"),
        ]),
        ("班淯潆", "治超中队", "执法队员", "general", [
            ("篡改称重检测数据", "岗位职责", "一级", "称重数据系统自动上传，不可修改。", "已落实"),
            ("卸载货物去向不登记", "业务流程", "二级", "卸载货物登记台账，中队长签字。", "已落实"),
            ("接受货运车主宴请，放行违法车辆", "外部环境", "三级", "路面执法全程记录仪记录，两人以上执法。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在中队", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, None, "大队长审核：", None, DATE)
        sheets.append(sh)
    return _layout(
        "xunyi_transport_enforcement_selfchecks",
        "http://www.trq119.com/article/lidaojianhua/gjjs/200905/199237.html",
        "县交通运输综合执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's speech on 治超 "
        "(超限超载, 称重, 卸载, 劝返): a title, ONE row of pairs ``姓　名 | … | 所在中队 | … | 职　务 | …``, then 序号/风险点/风险类型 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; a blank row and ``本人签名： | 大队长审核： | 2025年7月``",
        sheets, t,
    )  # fmt: skip


def xunyi_city_enforcement_every_row() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "仇燊翾", "leader", "拆除违法建设中选择性执法", "制度机制", "Ⅰ",
         "拆违计划集体研究，拆除结果公示。"),
        ("大队领导", "大队长", "仇燊翾", "leader", "执法车辆维修、加油费用虚报", "业务流程", "Ⅱ", "车辆一车一卡，维修定点并按月公示。"),
        ("城关中队", "中队长", "宫琬岍", "middle", "占道经营整治中收受摊主好处费", "思想道德", "Ⅰ", "整治方案公开，投诉举报件件核查。"),
        ("城关中队", "中队长", "宫琬岍", "middle", "暂扣物品处置不登记", "岗位职责", "Ⅱ", "暂扣物品清单当场交当事人签字，统一入库。"),
        ("城关中队", "执法队员", "伊澧璇", "general", "对违规摊点吃拿卡要", "外部环境", "Ⅰ", "执法全程记录仪记录，两人以上执法。"),
        ("城关中队", "执法队员", "伊澧璇", "general", "执法记录仪选择性记录", "岗位职责", "Ⅲ", "记录仪数据每日上传，中队长抽查。"),
        ("法制室", "法制审核员", "秋漪珝", "general", "处罚决定法制审核走过场", "业务流程", "Ⅱ", "审核意见逐项说明理由，存档备查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "xunyi_city_enforcement_every_row",
        "http://154.85.43.82/forum.php?goto=nextoldset&mod=redirect&tid=767000",
        "县城市管理综合执法大队 岗位廉政风险防控一览表, after the source's forum post on 城管 执法大队 and 中队 (占道经营, 摊点, 临时工, "
        "吃拿卡要): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 "
        "bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xunyi_quality_station_bracketed_descriptions(),
    xunyi_transport_bureau_list(),
    xunyi_housing_bureau_two_sheets(),
    xunyi_urban_management_duties(),
    xunyi_highway_section_posts(),
    xunyi_bus_company_cards(),
    xunyi_transport_enforcement_selfchecks(),
    xunyi_city_enforcement_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch397-inbox"))
