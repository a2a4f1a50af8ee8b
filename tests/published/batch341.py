"""The three-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 交通 and
空港 bodies, 双流区 (the district of 成都 around the 双流国际机场, its staff Han) — its 交通运输局,
its 空港管理委员会, the 公共交通有限公司, the 空港物流园区管理中心, the 道路运输管理所, the 交通工程
质量安全监督站, the 交通运输综合行政执法大队 and the 农村公路养护中心 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 空港管理委员会's file in two sheets: ``管委会领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per
  leader) and ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no
  type column;
- the 公共交通有限公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： |
  董事长（签字）：`` line;
- the 道路运输管理所's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 空港物流园区管理中心's 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 招商科科长, 统计员):
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 填卡时间 | …`` above ``序号 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  监督电话：…``;
- the 交通工程质量安全监督站's 自查表, one sheet a person (tabs named by the person): a LABEL ROW
  ``姓　名 | 股　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施
  | 自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 站长意见：``;
- the 交通运输综合行政执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、运政稽查中队`` merged
  across (no 科室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 农村公路养护中心's 一览表: ``科室`` written on EVERY row (no merges), ``岗位 | 责任人``, ``…风险``
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``shuangliu_transport_bureau_tiered_measures``: the 交通运输局's 岗位廉政风险防控一览表, an ordinary
  一览表 in its first columns (``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月``
  line, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型``, ``科室`` merged, ``岗位`` and ``姓名``
  merged per person, short types) that HAS NO LEVEL COLUMN AT ALL: the bureau grades its points by
  the tier that must act on them (分级防控), and the heading ``分级防控措施`` is merged over THREE
  MEASURE COLUMNS headed, on the heading's second row, ``一级风险`` | ``二级风险`` | ``三级风险``; each
  point's measures are written in the ONE column of its level and the other two cells of the row
  are left blank, so the level of a point is only WHERE ITS MEASURES STAND. A merged ``注：`` line
  under the list says so (``各风险点的防控措施填写在其风险等级对应的栏内，其余两栏空白``). The
  README's 读得懂的表 knows level sub-columns that hold a tick (``风险等级`` over ``一级 | 二级 | 三级``,
  a ``√`` in one of them), points written in the column of their level (``廉政风险点`` over ``高风险 |
  中风险 | 低风险``, each cell a point), a board whose level is one row a grade (公示栏), a level given
  by the 监控责任主体 named in a column of its own (局党组/分管局领导/股室负责人, by a note), and
  measure sub-columns (``防控措施`` over ``制度措施 | 监督措施``, or ``事前 | 事中 | 事后``) that are
  joined into the one measure; it does not describe MEASURES laid out in one column per level under
  a merged measures heading, the level read from which of the columns holds the row's measures
  while the point stands in a column of its own, and no cell of the row writing a level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区交通运输局's duties —
建设市场, 商事市场, 安全生产, 农村公路建设, 公路“三乱”治理; a 临空经济示范区's plan — 临空制造区,
商务区, 物流区, 会展区, 保税区, a 平台公司 that develops it; a 驻市公交公司纪检监察组 watching the 营运,
安全, 后勤 and 三产 departments, 公交站台 and 公益广告; a 运管处 that approved an overlapping 客运班线
and the 班线经营权招标 over it; the 优秀物流园区 criteria — 统一的运营管理机构, 物流企业进驻, no
违法违规; a 新机场's 廉洁工程 — 建设、施工、监理 and 围猎; a 区交通运输综合行政执法大队's 冬季治超 —
查扣超限车, 卸载, 一超四罚, 源头单位; a 区交通局's duties — 县乡公路 建设维护, 规费, 开业审批) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every unit
is a body of 双流区, named with the district's name.

Run ``python tests/published/score.py --set batch341`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a row is the column its measures stand in: under ``一级风险``
  1, under ``二级风险`` 2, under ``三级风险`` 3; the measures are that cell's text, the two blank
  cells are nothing; the heading ``分级防控措施`` and its three sub-headings hold no point and name
  no holder, and the ``注：`` line is no point; ``局领导`` is the 科室 of the 局长 and the 副局长;
- ``管委会领导`` (the 管委会's sheet, whose title names it), ``公司领导`` (a 部门 cell), ``中心领导`` (a card's
  所在科室, a 科室 cell of the 养护中心), ``所领导`` (a 股室 cell of the 运管所), ``站领导`` (a self-check's
  股室) and ``大队领导`` (a group row of the 执法大队) are the 科室 of those leaders; a group row
  ``二、治超中队`` gives the 科室 ``治超中队`` (its number left off); a 局's 科, a 管委会's 部, a company's
  部, a 所's and a 站's 股, a 中心's 科 and a 大队's 中队 are 科室;
- 局长, 副局长, the 管委会's 主任 and 副主任, 董事长, 总经理, 所长, a 中心's 主任, 站长, 大队长 and
  副大队长 are leaders; 科长, a 管委会's and a company's 部长, 股长 and 中队长 middle; the rest (科员,
  会计, 出纳, 招商专员, 线路调度员, 物资采购员, 广告业务员, 审批员, 稽查员, 统计员, 监督员, 执法队员,
  路政巡查员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 运管所's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note) and
  the harder file's measure columns ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b341_"
PLACE = "双流区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

LIST_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型")
TIERED = "分级防控措施"
TIER_HEADS = ("一级风险", "二级风险", "三级风险")  # the measure columns G, H, I
TIER_COL = len(LIST_HEAD)
TIER_NOTE = (
    "注：本局按风险等级实行分级防控，一级风险由局党组督办，二级风险由分管局领导督办，三级风险由科室"
    "负责人督办；各风险点的防控措施填写在其风险等级对应的栏内，其余两栏空白。"
)
# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型, 级别 1–3, 防控措施)])
BUREAU = [
    ("局领导", "局长", "仉澍珩", "leader", [
        ("交通建设项目安排和资金分配不经局党组会集体研究", "制度机制", 1,
         "项目安排和资金分配局党组会集体研究，会议纪要存档，分配结果公开。"),
        ("为亲友承揽农村公路工程、介绍砂石材料打招呼", "外部环境", 1,
         "插手干预工程事项登记报告，工程一律进场交易。"),
    ]),
    ("局领导", "副局长", "郗蔚岑", "leader", [
        ("道路运输企业安全生产检查中打招呼、降格处理", "岗位职责", 2,
         "检查结果集体研判，处理意见经局务会审定。"),
        ("公路“三乱”投诉查处说情干预", "外部环境", 2, "投诉件登记编号，说情干预事项登记报告。"),
    ]),
    ("建设管理科", "科长", "邰珩溪", "middle", [
        ("农村公路项目招标文件设置倾向性条件", "业务流程", 1,
         "招标文件经法制审核，评标专家随机抽取，纪检人员全程监督。"),
        ("设计变更和工程量签证审核不严，增加工程价款", "岗位职责", 1,
         "变更签证实行监理、建设、跟踪审计三方会签，重大变更局党组研究。"),
        ("建设市场信用评价打分优亲厚友", "思想道德", 2, "评价标准公开，评价结果公示五个工作日。"),
    ]),
    ("建设管理科", "科员", "阙翎渝", "general", [
        ("工程资料审查走过场，放任资料造假", "岗位职责", 3, "资料审查清单化，科长抽查复核。"),
        ("泄露投标单位和标底信息", "外部环境", 2, "招标信息分级知悉，签订保密承诺书。"),
    ]),
    ("运输管理科", "科长", "钭澹宁", "middle", [
        ("出租汽车、网约车经营许可把关不严", "业务流程", 2, "许可条件网上公开，实行初审、复审两级审核。"),
        ("客运班线调整审核中收受企业好处", "思想道德", 1, "班线调整征求利害关系人意见，结果公示。"),
    ]),
    ("安全监督科", "科长", "佴箬汀", "middle", [
        ("安全隐患整改验收走过场", "岗位职责", 2, "整改验收两人以上现场核查，验收资料存档。"),
        ("应急物资采购指定供应商", "制度机制", 3, "应急物资按限额标准采购，采购结果公示。"),
    ]),
    ("财务审计科", "会计", "蓟骁珣", "general", [
        ("交通建设专项资金拨付不按进度审核", "业务流程", 2, "拨付凭监理计量和审核意见办理，按月对账。"),
        ("费用报销票据审核不严，虚列支出", "业务流程", 3, "报销实行经办、审核、审批三签，票据逐张核对。"),
    ]),
]  # fmt: skip


def shuangliu_transport_bureau_tiered_measures() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 10, 30, 30, 30])
    t = _Truth(unit)
    ncols = TIER_COL + len(TIER_HEADS)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", ncols)
    r = sh.add(*LIST_HEAD, TIERED, None, None)
    sh.add(*([None] * TIER_COL), *TIER_HEADS)
    for c in range(TIER_COL):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, TIER_COL, r, ncols - 1)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, level, measures in points:
            n += 1
            cells = [None] * len(TIER_HEADS)
            cells[level - 1] = measures
            sh.add(n, dept, post, who, point, typ, *cells)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), level)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, TIER_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "shuangliu_transport_bureau_tiered_measures", "http://zzgxxc.cn/gov/416",
        "(harder) 区交通运输局 岗位廉政风险防控一览表 WITH NO LEVEL COLUMN, THE LEVEL BEING WHICH OF THREE MEASURE COLUMNS "
        "HOLDS THE ROW'S MEASURES, after the source's 区交通运输局 duties (建设市场, 商事市场, 安全生产, 农村公路建设, 公路“三乱”"
        "治理): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/科室 merged (局领导, "
        "建设管理科, 运输管理科, 安全监督科, 财务审计科)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names), each "
        "merged down two rows, and ``分级防控措施`` merged over G:I whose second heading row reads ``一级风险 | 二级风险 | 三级风险``; "
        "each row's measures in the one column of its level, the other two blank; a merged ``注：`` line saying so and a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shuangliu_airport_committee_two_sheets() -> dict:
    unit = f"{PLACE}空港管理委员会"
    t = _Truth(unit)
    lead = _Sheet("管委会领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}管委会领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("暨栎蘅", "主任", "主持管委会全面工作，分管综合办公室和财务", [
            ("临空产业项目准入不经主任办公会集体研究", "一级", "项目准入主任办公会研究，准入结果公开。"),
            ("平台公司重大投资事项个人拍板", "一级", "重大投资经平台公司董事会和管委会审议，决策过程纪实。"),
        ]),
        ("汲沄萱", "副主任", "分管投资促进部，联系临空物流区、保税区", [
            ("招商引资优惠政策兑现中为企业打招呼", "一级", "政策兑现条件公开，兑现结果公示。"),
            ("与入驻企业交往过密，接受宴请", "二级", "签订廉洁承诺书，与企业交往事项报告。"),
        ]),
        ("邴湛岷", "副主任", "分管规划建设部，联系临空商务区、会展区", [
            ("园区基础设施项目设计变更审批把关不严", "二级", "重大设计变更主任办公会研究，变更资料存档。"),
            ("会展场馆运营单位选定不公开", "二级", "运营单位公开比选，比选结果公示。"),
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
    lead.add("填表人：", None, None, "审核人：", None, DATE, None)
    dept = _Sheet("部门", [6, 14, 10, 9, 36, 9, 32])
    _line(dept, f"{unit}部门岗位廉政风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("投资促进部", "部长", "糜芷峤", "middle", [
            ("投资协议条款审核不严，约定过高奖补", "一级", "投资协议经法律顾问审查，奖补标准统一执行。"),
            ("企业入驻评审中打分不公", "二级", "评审打分表留存，评审结果主任办公会审定。"),
        ]),
        ("投资促进部", "招商专员", "弓霈涵", "general", [
            ("泄露招商项目谈判底线和企业商业信息", "二级", "招商信息分级知悉，签订保密承诺。"),
            ("引荐项目收取中介费", "一级", "项目来源登记，引荐人利益关系审查。"),
        ]),
        ("规划建设部", "部长", "宓朗棠", "middle", [
            ("临空物流区道路工程量计量审核不实", "一级", "计量实行监理、建设、跟踪审计三方会签。"),
            ("竣工验收降低标准", "二级", "验收邀请纪检人员参加，隐蔽工程留存影像。"),
        ]),
        ("综合办公室", "出纳", "蓬昱潼", "general", [
            ("公务卡支付不按审批单办理", "二级", "支付凭审批单办理，U盾分人保管。"),
            ("现金不及时存入银行", "三级", "现金日清月结，定期盘点。"),
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
        "shuangliu_airport_committee_two_sheets", "https://m.yd166.com/jingyan/5612480686_2.html",
        "区空港管理委员会 廉政风险防控表 in two sheets, after the source's 临空经济示范区 plan (临空制造区, 商务区, 物流区, 会展区, "
        "保税区; a 平台公司 that develops it): ``管委会领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``部门`` (a title, 序号/部门 merged "
        "(投资促进部, 规划建设部, 综合办公室)/岗位 and 姓名 merged per person/…; a 填表人/审核人/主任（签字） line); no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def shuangliu_public_transport_company_list() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "仰淇琛", "leader", [
            ("新能源公交车辆采购不经董事会集体决策", "制度机制", "高", "车辆采购董事会研究，公开招标，决策过程纪实。"),
            ("为关系人承揽充电站建设工程打招呼", "外部环境", "高", "插手干预工程事项登记报告，工程进场交易。"),
        ]),
        ("公司领导", "总经理", "栾崧汀", "leader", [
            ("车身广告经营权低价发包给关系人", "岗位职责", "高", "广告经营权公开招标，底价评估确定。"),
        ]),
        ("营运部", "部长", "戎澍蘅", "middle", [
            ("线路调整、站点设置中为开发商利益打招呼", "外部环境", "中", "线路和站点调整公开征求意见，集体研究。"),
            ("驾驶员排班考核优亲厚友", "思想道德", "低", "排班规则公开，考核结果按月公示。"),
        ]),
        ("营运部", "线路调度员", "芮翊潇", "general", [
            ("收受驾驶员好处安排好线路、好班次", "思想道德", "中", "排班系统自动生成，人工调整留痕。"),
            ("营运里程和班次数据虚报", "业务流程", "中", "营运数据与车载终端比对，异常复核。"),
        ]),
        ("安全技术部", "部长", "羿岚澈", "middle", [
            ("车辆维修厂选定暗箱操作", "业务流程", "高", "维修厂公开比选，维修项目逐车登记。"),
            ("事故责任认定和处理中说情", "外部环境", "中", "事故处理集体研究，结果公示。"),
        ]),
        ("后勤保障部", "物资采购员", "储沐桁", "general", [
            ("轮胎、配件采购以次充好、虚报数量", "岗位职责", "中", "采购与验收分离，入库双人签字。"),
        ]),
        ("三产经营部", "广告业务员", "勾霁漪", "general", [
            ("站台广告刊例价私下打折，收受回扣", "思想道德", "中", "刊例价公开，折扣按权限审批。"),
            ("公益广告占用站台位置不登记", "岗位职责", "低", "站台广告位台账管理，按月核对。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "shuangliu_public_transport_company_list",
        "http://www.ncsjw.gov.cn/newsgongzuoshichuang/2025-04-09/17949.html",
        "区公共交通有限公司 岗位廉洁风险防控一览表, after the source's 驻市公交公司纪检监察组 watching the 营运, 安全, 后勤 and 三产 "
        "departments (公交站台, 公益广告): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then "
        "序号/部门 merged (公司领导, 营运部, 安全技术部, 后勤保障部, 三产经营部)/岗位 and 姓名 merged per person/廉洁风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def shuangliu_road_transport_office_posts() -> dict:
    unit = f"{PLACE}道路运输管理所"
    sh = _Sheet("排查表", [6, 12, 10, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("客运班线许可决策", "班线许可不经所务会集体研究，个人说了算", "制度机制风险", "高风险",
             "班线许可所务会研究，许可结果公示。"),
            ("班线经营权招标", "招标条件量身定做，向关系企业倾斜", "外部环境风险", "高风险",
             "招标文件法制审核，招标全程纪检监督。"),
        ]),
        ("客运股", "股长", "middle", [
            ("线路重叠审核", "对重叠线路不按规定审核即上报许可", "岗位职责风险", "高风险",
             "线路重叠率逐条测算，审核意见存档。"),
        ]),
        ("客运股", "审批员", "general", [
            ("许可公示", "许可事项不按规定公示、不征求利害关系人意见", "业务流程风险", "中风险",
             "公示和征求意见作为必经环节，系统锁定。"),
            ("增车审批", "为同一股东车辆违规增加运力", "思想道德风险", "中风险", "增车申请实名登记，股长复核。"),
        ]),
        ("驾培维修股", "股长", "middle", [
            ("驾校备案核查", "驾校教练车、场地核查走过场", "岗位职责风险", "中风险", "核查两人以上，现场拍照存档。"),
        ]),
        ("驾培维修股", "稽查员", "general", [
            ("维修企业检查", "收受维修企业好处，对违规经营不查处", "外部环境风险", "中风险",
             "检查计划随机抽取，检查结果股内通报。"),
            ("检查记录", "检查记录不如实填写", "业务流程风险", "低风险", "检查记录股长抽查。"),
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
    sh.add("编制：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "shuangliu_road_transport_office_posts", "http://bbs.tiexue.net/post2_6908478_1.html",
        "区道路运输管理所 岗位廉政风险点排查表 对岗不对人, after the source's 运管处 that approved an overlapping 客运班线 "
        "(线路重叠, 增加车辆, 公示, 班线经营权招标): a title, then 序号/股室 merged (所领导, 客运股, 驾培维修股)/岗位 merged per "
        "post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def shuangliu_logistics_park_cards() -> dict:
    unit = f"{PLACE}空港物流园区管理中心"
    t = _Truth(unit)
    cards = [
        ("主任", "主任", "封棣岚", "中心领导", "leader", [
            ("园区运营管理单位选定不经集体研究", "制度机制风险", "★★★", "运营单位公开比选，中心办公会研究。"),
            ("物流企业入驻评审中为关系企业打招呼", "外部环境风险", "★★★", "入驻评审专家随机抽取，结果公示。"),
            ("接受入驻企业宴请和礼品", "思想道德风险", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("招商科科长", "科长", "衡皓澐", "招商科", "middle", [
            ("仓储用房租金减免审核不严", "岗位职责风险", "★★★", "减免条件公开，减免结果中心办公会审定。"),
            ("向企业透露入驻评审信息", "外部环境风险", "★★", "评审信息保密，评审材料专人保管。"),
        ]),
        ("统计员", "统计员", "冉茗湫", "综合科", "general", [
            ("园区企业货运量数据造假，套取评优奖励", "业务流程风险", "★★", "数据与税务、交通数据比对，异常复核。"),
            ("泄露企业经营数据", "思想道德风险", "★", "数据查询权限分级，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, "填卡时间", DATE, None)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "shuangliu_logistics_park_cards", "http://wlxx.org/gongzuo/1798.html",
        "区空港物流园区管理中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 招商科科长, 统计员), after the source's "
        "优秀物流园区 criteria (统一的运营管理机构, 物流企业进驻, 无违法违规): a title, the pairs ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 填卡时间 | 2025年10月``, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; "
        "a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def shuangliu_quality_station_selfchecks() -> dict:
    unit = f"{PLACE}交通工程质量安全监督站"
    t = _Truth(unit)
    people = [
        ("桓栩渊", "站领导", "站长", "leader", [
            ("质量监督抽检计划随意调整，放过关系工程", "一级风险", "抽检计划站务会研究，调整留痕。", "已落实"),
            ("为施工单位质量问题说情", "一级风险", "说情干预事项登记报告。", "已落实"),
        ]),
        ("郜沚蓁", "质量监督股", "股长", "middle", [
            ("交工质量检测结论审核不严", "一级风险", "检测报告双人审核，结论集体研究。", "正在整改"),
            ("接受施工、监理单位宴请", "二级风险", "签订廉洁承诺书，外出检查不接受宴请。", "已落实"),
            ("质量问题整改复查走过场", "二级风险", "复查影像留存，股长抽查。", "未发现问题"),
        ]),
        ("阚瑾岫", "质量监督股", "监督员", "general", [
            ("现场抽检取样不规范，调换试件", "二级风险", "取样全程记录，试件封样双人签字。", "已落实"),
            ("监督记录弄虚作假", "三级风险", "监督记录定位打卡，股长抽查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, DATE, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shuangliu_quality_station_selfchecks", "http://iaion.com/rw/94786.html",
        "区交通工程质量安全监督站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 新机场 "
        "廉洁工程 (建设、施工、监理 and 围猎): a title, a label row ``姓　名 | 股　室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def shuangliu_enforcement_brigade_groups() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "邗漪苒", "leader", [
                ("重大案件处罚决定", "重大处罚不经集体讨论，随意减免罚款", "Ⅰ级", "重大处罚集体讨论，法制审核。"),
                ("执法装备采购", "执法记录仪、称重设备采购指定品牌", "Ⅰ级", "设备采购按限额公开采购。"),
            ]),
            ("副大队长", "荆澄霂", "leader", [
                ("治超专班调度", "为关系车辆通风报信，调整检查点位", "Ⅱ级", "检查点位随机确定，调度指令留痕。"),
            ]),
        ]),
        ("二、治超中队", "治超中队", [
            ("中队长", "扶泠筠", "middle", [
                ("超限车辆查扣", "对超限车辆只罚不卸、以罚代管", "Ⅰ级", "严格执行卸载规定，一超四罚全程记录。"),
                ("源头单位检查", "收受货运源头单位好处，不移交线索", "Ⅱ级", "源头检查结果按周报告，线索移交登记。"),
            ]),
            ("执法队员", "麻骞澍", "general", [
                ("夜查执勤", "夜查中放行熟人车辆、收受现金", "Ⅰ级", "夜查两人以上，执法记录仪全程开启。"),
            ]),
        ]),
        ("三、运政稽查中队", "运政稽查中队", [
            ("中队长", "逢岫岚", "middle", [
                ("非法营运查处", "对非法营运车辆查而不处、降格处理", "Ⅱ级", "处理结果集体审议，按裁量基准执行。"),
            ]),
            ("执法队员", "钦澈瑶", "general", [
                ("客运站检查", "接受客运企业宴请，检查走过场", "Ⅲ级", "检查路线随机安排，检查结果通报。"),
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
    sh.add("制表：", None, None, "审核：", None, DATE, None)
    return _layout(
        "shuangliu_enforcement_brigade_groups", "http://app.zmdnews.cn/print.php?contentid=676416",
        "区交通运输综合行政执法大队 廉政风险防控责任清单, after the source's 区交通运输综合行政执法大队 冬季治超 (治超专班, 查扣超限车, "
        "卸载, 一超四罚, 源头单位): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP "
        "ROWS ``一、大队领导``, ``二、治超中队``, ``三、运政稽查中队`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shuangliu_rural_road_center_list() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "漆珞湉", "leader", "县乡公路年度养护计划安排不经集体研究", "制度机制风险", "Ⅰ",
         "养护计划中心办公会研究，计划公开。"),
        ("中心领导", "主任", "漆珞湉", "leader", "养护工程发包化整为零规避招标", "岗位职责风险", "Ⅰ",
         "按限额标准招标，发包结果公示。"),
        ("养护工程科", "科长", "竺彦澂", "middle", "养护工程量核定虚高", "业务流程风险", "Ⅱ",
         "工程量现场核定，监理签字确认。"),
        ("养护工程科", "路政巡查员", "沃霁桐", "general", "巡查中发现占道、损坏公路不报告", "岗位职责风险", "Ⅱ",
         "巡查轨迹定位，问题当日上报。"),
        ("养护工程科", "路政巡查员", "沃霁桐", "general", "收受好处放任违规设置非公路标志", "外部环境风险", "Ⅲ",
         "巡查记录科长抽查，定期轮换巡查路段。"),
        ("综合科", "会计", "牟沅棠", "general", "养护资金支付不按合同进度", "业务流程风险", "Ⅱ",
         "资金支付凭计量审核意见，按月对账。"),
        ("综合科", "会计", "牟沅棠", "general", "接受养护企业礼品", "外部环境风险", "Ⅲ",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "shuangliu_rural_road_center_list", "http://25820.com/all/15_2051829.html",
        "区农村公路养护中心 岗位廉政风险防控一览表, after the source's 区交通局 duties (县乡公路 建设维护, 规费, 开业审批): a "
        "title, then 序号/科室/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/风险类型 ``…风险``/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shuangliu_transport_bureau_tiered_measures(),
    shuangliu_airport_committee_two_sheets(),
    shuangliu_public_transport_company_list(),
    shuangliu_road_transport_office_posts(),
    shuangliu_logistics_park_cards(),
    shuangliu_quality_station_selfchecks(),
    shuangliu_enforcement_brigade_groups(),
    shuangliu_rural_road_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch341-inbox"))
