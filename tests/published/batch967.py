"""The nine-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE POINT AND ITS PARTS in ORDINARY FILES, THE PLAIN CASE,
of one county's 交通运输、公路 and 运管 bodies, 察雅县 (昌都市, 西藏自治区) — its 交通运输局,
公路养护段, 交通运输综合行政执法大队, 道路运输管理所, 交通工程质量监督站, 超限超载检测站, 汽车客运站
and 农村公路管理站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel, the point written with its parts the ways the reader knows (a short 风险点 beside a
long 风险表现, a 工作事项 beside the point, 防控措施 split into 事前/事中/事后 under one merged
heading):

- the 交通运输局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``, no type
  column;
- the 交通运输综合行政执法大队's 一览表: ``中队`` merged, ``职务 | 姓名`` merged per person, ``…风险``
  types, 高/中/低, and ``防控措施`` merged over ``事前 | 事中 | 事后`` (a two-row heading);
- the 道路运输管理所's 防控卡, one sheet a person (tabs named by the post): ``持 卡 人 | … | 所在股室 | …``
  over ``职　　务 | … | 填卡时间 | …`` and a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 交通工程质量监督站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 |
  自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 超限超载检测站's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 汽车客运站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row,
  short types, ``一级/二级/三级``;
- the 农村公路管理站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, a ``工作事项`` beside the ``廉政风险点``, 高/中/低.

One is harder:

- ``chaya_maintenance_section_measures_by_actor``: the 公路养护段's 岗位廉政风险分级防控责任表, an
  ordinary list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控层级 | 落实人 | 防控措施``,
  科室 merged, 岗位 and 姓名 merged per person) whose every point is SPLIT INTO SUB-ROWS BY WHO ACTS:
  the 序号, the point and its level are merged over two or three rows, one a tier of the three-tier
  control (``岗位自控`` / ``股室监控`` / ``单位防控``), each with its own ``落实人`` — ``本人``, or a post
  and a name (``股长　独孤翀``, ``副段长　纳兰琤``, ``纪检委员　纳兰颀``, ``段长　纳兰澍``: some of them
  holders of points of their own further up or down the list) — and its own measure; a ``注：`` line
  says the 落实人 carries out that tier's measure and the point is the post's. The README's 读得懂的表
  and docs/layouts.md know measures split by phase (``事前 | 事中 | 事后`` columns under one heading, or
  rows beside a point merged down, joined with the phase's name), measures by control tier in columns
  graded by a note (``岗位自控 | 股室监控 | 中心防控``, LEVEL_BY_CONTROL_TIERS), a 风险控制矩阵 whose
  ``控制执行人`` is each row's holder, a measures sheet whose 落实人 take the points of a list with no
  holder (HOLDERS_BY_MEASURES_SHEET), and a cell of measures whose lines open with the persons who
  take the point (HOLDERS_BY_MEASURE_LINES, again with no holder column); they do not describe a
  list that names each point's holder and splits the point into sub-rows by who carries out each
  tier of its control, the acting persons named in a column of their own beside the measures: the
  sub-rows are ONE point, its holder's alone, and the 落实人 are no holders of it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (西藏's 养护段 and 道班 on the 川藏 and
青藏 roads; a 交通机关's 廉政风险防控 scheme — 以岗位为点、以程序为线、以制度为面; a county's 路警协调联动
and 路域环境 整治 — 非公路标志, 平交道口, 占道; a county's 出租车 market and its 运管所 — 运力, 经营权,
挂靠; a city's 交通工程质量监督站 — 季度大检查, 重大工序见证, 交工前检测, 信用考核; a 治超 检测站 — 称重,
卸载, 路警联合; a county 汽车站 whose 售票窗口 sells no tickets — 车上买票, 手撕票; a 县道乡道 公路条例 —
占用挖掘公路, 路政许可) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare compound surnames 独孤 and 纳兰
with rare given names); every unit is a body of 察雅县.

Run ``python tests/published/score.py --set batch967`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is the one row of its merged 序号: its holder the 科室, 岗位 and 姓名
  merged beside it, its level the merged 风险等级; the ``防控层级`` cells, the ``落实人`` cells (``本人`` or
  another person, a holder of other points or not) and the measures of its sub-rows are no points and
  name no holder of it; no type column, so no types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``段领导``, ``大队领导``, ``所领导``, ``站领导`` (a 科室 or 中队
  cell, a 所在股室 value, a group row) are the 科室 of those leaders; a 局's or 所's or 站's 股, a
  段's 股 and 工区, a 大队's 中队 and a 局's 办公室 are 科室;
- the 局, the 段, the 大队, the 所 and each 站 are units of their own: 局长, 副局长, 段长, 大队长, 所长
  and 站长 are leaders; 股长, 中队长, 工区长 and the 办公室's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作事项 | 廉政风险点``: the point is the
  廉政风险点, the 工作事项 its duty; ``防控措施`` over ``事前 | 事中 | 事后`` is one measure; ``分管工作``,
  ``工作职责``, ``自查结果``, ``自查时间`` and ``填卡时间`` are no points and name no holder; the
  超限超载检测站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b967_"
PLACE = "察雅县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TIERS = ("岗位自控", "股室监控", "单位防控")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def _actor(post: str, name: str) -> str:
    """A 落实人 cell: a post and a name with a full-width space, as typed in WPS."""
    return f"{post}{GAP}{name}"


SELF = "本人"
# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, [(防控层级, 落实人, 防控措施)])])
BY_ACTOR = [
    ("段领导", "段长", "纳兰澍", "leader", [
        ("养护工程项目安排、养护资金分配个人说了算", "一级", [
            ("岗位自控", SELF, "年度养护计划和资金安排提交段务会集体研究，不个人拍板。"),
            ("单位防控", _actor("纪检委员", "纳兰颀"), "列席段务会，对资金安排事项全程监督并记录。"),
        ]),
        ("沥青、水泥等大宗养护材料采购指定供应商", "一级", [
            ("岗位自控", SELF, "大宗材料一律公开招标或三家以上比价，不打招呼。"),
            ("股室监控", _actor("股长", "独孤沨"), "财务股核对采购合同、比价记录后方予付款。"),
            ("单位防控", _actor("纪检委员", "纳兰颀"), "每半年抽查一次采购台账，结果向县交通运输局报告。"),
        ]),
    ]),
    ("养护工程股", "股长", "独孤翀", "middle", [
        ("养护工程计量签认不实、多计工程量", "一级", [
            ("岗位自控", SELF, "计量现场实测，影像资料随计量单存档。"),
            ("股室监控", _actor("副段长", "纳兰琤"), "分管副段长按月抽查计量单，抽查比例不低于三成。"),
            ("单位防控", _actor("段长", "纳兰澍"), "工程款支付前经段务会审定计量汇总表。"),
        ]),
        ("小型养护工程发包化整为零、规避招标", "二级", [
            ("岗位自控", SELF, "小型工程按年度打包发包，发包结果公示。"),
            ("单位防控", _actor("副段长", "纳兰琤"), "发包方案报段务会审批，拆分发包一律不签字。"),
        ]),
    ]),
    ("养护工程股", "技术员", "纳兰霈", "general", [
        ("路况评定、病害统计数据弄虚作假", "二级", [
            ("岗位自控", SELF, "路况数据现场采集、当日录入系统。"),
            ("股室监控", _actor("股长", "独孤翀"), "每季度随机复核两个路段的评定结果。"),
        ]),
        ("水毁抢修工程量现场核实走过场", "一级", [
            ("岗位自控", SELF, "水毁现场拍照定位，工程量两人共同丈量。"),
            ("股室监控", _actor("股长", "独孤翀"), "核实记录经股长签字后方可上报。"),
            ("单位防控", _actor("副段长", "纳兰琤"), "抢修工程完工后组织现场验收，验收记录存档。"),
        ]),
    ]),
    ("材料设备股", "材料保管员", "独孤璟", "general", [
        ("养护材料出入库账实不符", "二级", [
            ("岗位自控", SELF, "材料出入库逐笔登记，领料人签字。"),
            ("股室监控", _actor("股长", "纳兰岍"), "每月盘点一次，盘点表两人签字。"),
        ]),
        ("报废机械设备、旧料变卖不入账", "三级", [
            ("岗位自控", SELF, "报废设备和旧料变卖款当日交财务股入账。"),
        ]),
    ]),
    ("第一工区", "工区长", "独孤湉", "middle", [
        ("道班养护工人出勤考核弄虚作假、虚报工日", "二级", [
            ("岗位自控", SELF, "出勤每日登记，月底在工区公示。"),
            ("股室监控", _actor("股长", "独孤翀"), "养护工程股每月到工区抽查考勤。"),
        ]),
        ("工区燃油、机械配件领用不登记", "三级", [
            ("岗位自控", SELF, "燃油和配件领用登记，按车辆建台账。"),
        ]),
    ]),
]  # fmt: skip


def chaya_maintenance_section_measures_by_actor() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("分级防控表", [6, 11, 10, 9, 32, 8, 10, 16, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险分级防控责任表", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控层级", "落实人", "防控措施"
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_ACTOR:
        for point, lv, controls in points:
            n += 1
            for level_of_control, actor, measure in controls:
                sh.add(n, dept, post, who, point, lv, level_of_control, actor, measure)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    by_number = lambda row: row[0]  # noqa: E731  (a point's sub-rows: one 序号)
    _merge_down(sh, first, [(0, by_number), (4, by_number), (5, by_number)])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：1.风险等级分为一级、二级、三级，一级最高。2.每个风险点按“岗位自控、股室监控、单位防控”分级制定"
              "防控措施，“落实人”为该级防控措施的执行人；风险点由本岗位人员承担。", 9)  # fmt: skip
    sh.add("填表：办公室", None, None, "审核：", None, None, None, "2025年5月", None)
    return _layout(
        "chaya_maintenance_section_measures_by_actor", "http://www.zalyw.cn/2013/04/24/4bf46ca8ba8e11eeb3d00c42a1e8003a.html",
        "(harder) 县公路养护段 岗位廉政风险分级防控责任表, after the source's entry on 西藏's 养护段 and 道班 (公路段, 养护道班, "
        "养护职工, the 天下第一道班): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``, the 序号, the point and its level merged over two or three SUB-ROWS, one a tier of control "
        "``防控层级`` (岗位自控/股室监控/单位防控) with its own ``落实人`` (``本人``, or a post and a name, some of them "
        "holders of other points) and its own 防控措施; a ``注：`` line (the 落实人 carries out the tier's measure, the "
        "point is the post's) and a 填表/审核/date line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chaya_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 20, 38, 10, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("独孤峋", "局长", "主持全面工作", [
            ("农村公路建设项目安排、车购税补助资金分配个人说了算", "一级风险", "项目和资金安排经局党组会集体研究并公示。"),
            ("插手干预交通工程招投标、指定施工队伍", "一级风险", "领导干部插手干预工程建设一律登记报告。"),
        ]),
        ("纳兰璇", "副局长", "分管公路建设、道路运输", [
            ("工程设计变更、追加投资签批把关不严", "一级风险", "设计变更经专家论证、局党组会审定。"),
            ("接受运输企业、驾培机构宴请和礼品", "二级风险", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 9, 10, 38, 10, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "独孤澂", "middle", "农村公路项目前期工作中为关系企业打招呼", "一级风险",
         "前期工作委托单位公开比选，结果公示。"),
        ("规划建设股", "股长", "独孤澂", "middle", "交工验收降低标准、签认不合格工程", "二级风险",
         "交工验收邀请质监站参加，验收资料存档。"),
        ("财务股", "会计", "纳兰瑗", "general", "农村公路补助资金拨付不按工程进度", "二级风险",
         "资金拨付凭计量汇总表和监理签认，经办、复核、审批分离。"),
        ("财务股", "会计", "纳兰瑗", "general", "公务用车加油、维修费用虚报", "三级风险",
         "车辆定点加油、定点维修，每月公示。"),
        ("办公室", "主任", "独孤淏", "middle", "公务接待超标准、虚列接待费用", "三级风险",
         "接待凭公函，清单与发票一并报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chaya_transport_bureau_two_sheets", "https://www.gwyoo.com/Article/xzgaoshou/gongzhuo/201204/516177.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's scheme for a 区交通系统's 廉政风险防控机制 (重点领域、"
        "重要岗位和关键环节, 以岗位为点、以程序为线、以制度为面, 找、防、控): sheet 班子成员 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chaya_enforcement_brigade_phased_measures() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("一览表", [6, 11, 9, 9, 34, 13, 8, 22, 22, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    top = sh.add(
        "序号", "中队", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", None, None
    )
    sub = sh.add(None, None, None, None, None, None, None, "事前", "事中", "事后")
    for c in range(7):
        sh.merge(top, c, sub, c)
    sh.merge(top, 7, top, 9)
    rows = [
        ("大队领导", "大队长", "纳兰翾", "leader", "重大行政处罚案件不经集体讨论、个人决定", "制度机制风险", "高",
         ("严格执行重大案件集体讨论制度", "法制审核员全程审核", "处罚决定按季度公开")),
        ("大队领导", "大队长", "纳兰翾", "leader", "为违法运输车辆说情、干预案件办理", "思想道德风险", "高",
         ("签订不干预案件承诺书", "干预案件一律登记报告", "年度述职述廉中报告")),
        ("路政中队", "中队长", "独孤琤", "middle", "路政许可现场勘验不实，违规许可占用挖掘公路", "岗位职责风险", "高",
         ("许可条件上墙公示", "现场勘验两人以上、拍照存档", "许可结果网上公开")),
        ("路政中队", "中队长", "独孤琤", "middle", "路损赔偿标准执行不一、收钱不开票", "业务流程风险", "中",
         ("赔偿标准公开", "赔偿款一律银行缴纳", "每月核对赔偿台账")),
        ("路政中队", "执法队员", "纳兰沄", "general", "路域环境整治中选择性执法、收受摊主好处", "外部环境风险", "中",
         ("整治前廉洁提醒", "执法记录仪全程记录", "整治情况向乡镇通报")),
        ("运政中队", "中队长", "独孤昶", "middle", "非法营运车辆查处中以罚代管、降格处理", "岗位职责风险", "高",
         ("执行处罚裁量基准", "处罚决定法制审核", "案卷季度评查")),
        ("运政中队", "中队长", "独孤昶", "middle", "暂扣车辆、证件保管不善或违规放行", "业务流程风险", "低",
         ("暂扣物品登记入库", "放行凭处罚决定书", "每月清点暂扣物品")),
        ("运政中队", "执法队员", "纳兰濬", "general", "执法记录仪选择性开启、执法过程不留痕", "制度机制风险", "中",
         ("出勤前检查执法记录仪", "执法全程开启记录", "记录每日上传存储")),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, phases) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, *phases)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 10)
    sh.add("制表：综合办公室", None, None, "审核：", None, None, None, "2025年5月", None, None)
    return _layout(
        "chaya_enforcement_brigade_phased_measures", "https://www.yuanyang.gov.cn/contents/555/27245.html",
        "县交通运输综合行政执法大队 岗位廉政风险防控一览表, after the source's account of a county's 路警协调联动 and 路域环境 "
        "整治 (公路路政、公安交警、交通执法 and 乡镇综合执法队; 非公路标识标牌, 私设平交道口, 占用公路堆放, 摆摊设点): a title, "
        "a TWO-ROW heading, 序号/中队 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低 "
        "merged down the two rows, ``防控措施`` merged over ``事前 | 事中 | 事后``; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chaya_transport_office_cards() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "独孤颀", "所领导", "所长", "主持全所工作，分管客运管理", "leader", [
            ("客运班线经营许可审批中优亲厚友", "★★★", "许可条件和结果公开，所务会集体研究。"),
            ("出租汽车运力指标分配暗箱操作", "★★★", "运力投放方案报县交通运输局审定，公开招投标。"),
            ("接受运输企业宴请、礼金", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("运政股股长", "纳兰珣", "运政股", "股长", "道路运输经营许可初审、驾培维修行业管理", "middle", [
            ("道路运输经营许可材料审查放宽条件", "★★★", "初审、复审两级审核，材料一次性告知。"),
            ("驾培机构、维修企业质量信誉考核打人情分", "★★", "考核标准公开，考核结果公示七天。"),
        ]),
        ("运政股办事员", "独孤珝", "运政股", "办事员", "道路运输证、从业资格证受理发放", "general", [
            ("道路运输证、从业资格证办理中吃拿卡要", "★★", "办理时限公开，群众评议。"),
            ("为不符合条件的挂靠车辆办理营运手续", "★★★", "车辆信息与公安交管系统比对，股长复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, work, tier, items in cards:
        sh = _Sheet(tab, [10, 34, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持 卡 人", who, "所在股室", dept)
        sh.add("职　　务", post, "填卡时间", "2025年5月")
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "chaya_transport_office_cards", "https://m.07608.cn/banzhurengongzuojihua/62173.html",
        "县道路运输管理所 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's survey of a "
        "county's 出租车 market and its 运管所 (市场准入, 运力投放, 经营权, 挂靠, 批准权 上收): a title, ``持 卡 人 | … | 所在股室 "
        "| …`` over ``职　　务 | … | 填卡时间 | …``, a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chaya_quality_station_selfchecks() -> dict:
    unit = f"{PLACE}交通工程质量监督站"
    t = _Truth(unit)
    people = [
        ("纳兰岷", "站领导", "站长", "leader", [
            ("工程质量鉴定结论受施工单位请托影响", "Ⅰ级", "鉴定结论经站务会集体研究，鉴定报告存档。", "已落实"),
            ("交工检测指定检测机构", "Ⅱ级", "检测机构从名录中随机抽取。", "未发现问题"),
        ]),
        ("独孤霈", "质量监督股", "监督员", "general", [
            ("重大工序见证不到场、事后补签", "Ⅰ级", "见证全程拍照定位，见证记录当日上传。", "已落实"),
            ("监督检查发现问题不下整改通知、通风报信", "Ⅱ级", "检查两人以上，问题清单当场签字。", "已落实"),
        ]),
        ("纳兰峤", "安全监督股", "股长", "middle", [
            ("平安工地考核打分不实", "Ⅱ级", "考核标准公开，考核结果公示。", "未发现问题"),
            ("接受施工单位安排的旅游、宴请", "Ⅲ级", "签订廉洁承诺书，不在项目部就餐。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chaya_quality_station_selfchecks", "http://jtj.sm.gov.cn/ztzl/zfzd/zfzwxx/202009/t20200921_1571291.htm",
        "县交通工程质量监督站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on a "
        "city's 交通项目建设质量安全监督 (信用考核, 平安工地, 季度大检查, 重大工序见证, 交工前检测): a title, a label row "
        "``姓　名 | 所在股室 | 职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防范措施/``自查结果``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def chaya_overload_station_posts() -> dict:
    unit = f"{PLACE}超限超载检测站"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "超限车辆放行审批", "对未卸载到位的超限车辆违规签批放行", "岗位职责", "高风险",
         "放行凭复检单，站长签批后报执法大队备案。"),
        ("站长", "leader", "处罚裁量", "超限处罚不按裁量基准、人情减免罚款", "制度机制", "高风险",
         "严格执行裁量基准，减免事项集体研究。"),
        ("检测员", "general", "称重检测", "检测时不开启称重设备或篡改检测数据", "业务流程", "高风险",
         "称重数据自动上传，全程视频监控。"),
        ("检测员", "general", "车辆复检", "为熟人车辆安排复检、降低超限认定", "思想道德", "中风险",
         "复检由另一班组进行，复检结果站长签字。"),
        ("卸载管理员", "general", "卸载货物处置", "卸载货物保管不善、私自变卖", "岗位职责", "中风险",
         "卸载货物登记造册，货主签字领回。"),
        ("票据管理员", "general", "罚款票据管理", "罚款票据领用核销不清、收款不开票", "业务流程", "低风险",
         "票据领用、核销登记，每月与财务核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "chaya_overload_station_posts", "http://124.115.170.173/glj/show/271558",
        "县超限超载检测站 岗位廉政风险点排查表 对岗不对人, after the source's report on a 检测站's 治超 (公路超限检测站场, "
        "流动巡查, 路警联勤联动, 称重检测, 依法卸载、依法处罚): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chaya_bus_station_list() -> dict:
    unit = f"{PLACE}汽车客运站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "独孤沅汐", "leader", "客运班车进站经营协议签订中收受好处", "制度机制", "一级",
         "进站协议按统一文本签订，站务会研究。"),
        ("站长", "独孤沅汐", "leader", "站务收入支出个人签批", "岗位职责", "二级",
         "大额支出站务会研究，收支每季度公开。"),
        ("售票员", "纳兰珞", "general", "票款截留、私售无票乘客", "业务流程", "一级",
         "一律窗口和网上售票，票款日清日结。"),
        ("售票员", "纳兰珞", "general", "节假日预留车票倒卖", "思想道德", "二级",
         "实名购票，售票系统留痕。"),
        ("安检员", "独孤璆", "general", "安全例检走过场、为超员车辆签发出站单", "岗位职责", "一级",
         "出站检查两人签字，视频存档。"),
        ("调度员", "纳兰湉", "general", "发班调度中收受车主好处、安排好班次", "外部环境", "二级",
         "班次按排班表轮换，排班表公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "chaya_bus_station_list", "http://www.010bz.com/news/g/2014-09-25/detail-iawzunex3993857.shtml",
        "县汽车客运站 岗位廉政风险防控一览表, after the source's report on a county 汽车站 whose 售票窗口 sells no tickets (车上买票, "
        "手撕票 with no 时间 or 站名, 安检 waved through, 车票 as 税收凭证): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 "
        "line, then 序号/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def chaya_rural_road_station_group_rows() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 16, 36, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "工作事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "纳兰琇", "leader", [
                ("四好农村路项目安排", "农村公路项目安排向关系村倾斜", "高", "项目安排经站务会研究，报县交通运输局审定。"),
                ("养护资金使用", "农村公路养护资金挪作他用", "高", "养护资金专账核算，每半年公开。"),
            ]),
        ]),
        ("二、养护管理股", "养护管理股", [
            ("股长", "独孤翊", "middle", [
                ("养护考核", "乡村道养护考核打分不实、虚报养护里程", "中", "考核组三人以上，考核结果公示。"),
            ]),
            ("养护员", "纳兰珂", "general", [
                ("日常巡查", "巡查记录造假、病害上报不及时", "低", "巡查轨迹定位，记录股长抽查。"),
            ]),
        ]),
        ("三、路产路权股", "路产路权股", [
            ("路政员", "独孤瑀", "general", [
                ("涉路施工许可", "涉路施工许可现场核查不实", "中", "现场核查两人以上，核查表签字存档。"),
                ("路产损坏赔偿", "路产赔偿私下协商、少收赔偿款", "中", "赔偿标准公开，赔偿款银行缴纳。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for matter, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, matter, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None, None)
    return _layout(
        "chaya_rural_road_station_group_rows", "http://www.fymate.com/html/text/lar/173692/17369241_4.html",
        "县农村公路管理站 廉政风险防控责任清单 under GROUP ROWS, after the source's 县道乡道 公路条例 (占用、挖掘公路, 公路建筑"
        "控制区, 路政许可 by the 县市区公路管理机构, 补偿费用, 超限运输): a title, 序号/岗位/姓名/``工作事项``/廉政风险点/风险等级 "
        "高/中/低/防控措施, group rows ``一、站领导``, ``二、养护管理股``, ``三、路产路权股`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chaya_maintenance_section_measures_by_actor(),
    chaya_transport_bureau_two_sheets(),
    chaya_enforcement_brigade_phased_measures(),
    chaya_transport_office_cards(),
    chaya_quality_station_selfchecks(),
    chaya_overload_station_posts(),
    chaya_bus_station_list(),
    chaya_rural_road_station_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch967-inbox"))
