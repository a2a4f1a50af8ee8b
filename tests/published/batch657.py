"""The six-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 应急物资 and
救灾 bodies, 察哈尔右翼后旗 (of 乌兰察布市, 内蒙古) — its 救灾物资储备库, 应急物资储备中心, 减灾中心, 灾害信息站,
应急救援物资保障中心, 防灾减灾救灾服务中心, 自然灾害监测预警中心 and 救灾捐赠款物管理中心 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel (the same shapes as batch558,
worded anew):

- the 应急物资储备中心's 一览表 in TWO SHEETS ``中心领导`` / ``科室``, ``一级/二级/三级``, no type column;
- the 减灾中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险`` types, 高/中/低;
- the 灾害信息站's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 应急救援物资保障中心's 清单 under GROUP ROWS, ``一级风险/二级风险/三级风险``;
- the 防灾减灾救灾服务中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 自然灾害监测预警中心's 一览表 under ``附件2`` and a 填报单位 line, ``高风险/中风险/低风险``, short types;
- the 救灾捐赠款物管理中心's 排查登记表, ``风险类别``, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``chayouhouqi_relief_depot_holder_fills``: the 救灾物资储备库's 廉政风险防控一览表, ONE ROW A POINT
  (``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施``) with NO 岗位, 姓名 or 科室 column: each row's HOLDER is
  given only by the FILL COLOUR of its cells, and the key is a COLOUR LEGEND ROW above the heading —
  ``责任人（按底纹）：`` and then one cell a holder, each filled with that holder's colour and reading
  ``岗位　姓名`` (``主任　晏翀珝``, ``保管员　储琤翾``, …). No note under the table names a colour; the
  legend cells say nothing about colour in words. The README's 读得懂的表 knows the 科室 given by row fill
  under a ``注：…浅蓝色底纹为站领导…`` note (``KESHI_BY_FILL``), levels and types by fill under a note,
  and holder MARKS explained by a legend; it does not describe the HOLDER (post and name) given only by
  a row's fill colour keyed by a legend row of coloured cells.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (a 州 应急物资储备 工作 news page, a 应急物资储备不足 专项整改报告, a 市 自然灾害救助应急预案's
宣传培训 part, a 县 预案's 灾情信息报告 part, a news page on 救灾物资 有序发放, a 自治县 预案's 救灾装备和社会动员 part,
a 国家 预案's 预警信息 and 灾情管理 part, a 市 预案's 社会捐助 接收网络 part), and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 晏 and 储 with rare given names); every unit is a body of 察哈尔右翼后旗 (the word
``察哈尔右翼后旗`` is in no earlier unit).

Run ``python tests/published/score.py --set batch657`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file a row's point is a point of the holder whose legend cell has the
row's fill colour (post and name from that cell, ``岗位　姓名``), one form a holder, no 科室; the
``业务环节`` column is no holder and no type; the legend row, the date line and the sign-off line are no
points. Otherwise as batch558: leaders' 科室 cells (``中心领导``) are their 科室; a 科/部/股 is a 科室;
主任/副主任 (库长, 站长) of a unit are leaders, 科长 and a 部's 主任 middle, the rest general;
``风险点 | 风险表现`` takes the short 风险点; the 减灾中心's list names no person (对岗不对人); all the level
words are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch450.write_xlsx``: borders and cell
fills) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch450 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b657_"
PLACE = "察哈尔右翼后旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


class _Filled(_Sheet):
    """A sheet some of whose cells are filled with a colour: ``fills`` holds (row, col, colour)."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.fills: list[tuple[int, int, str]] = []

    def data(self) -> dict:
        return {**super().data(), "fills": [list(f) for f in self.fills]}


# --------------------------------------------------------------------------- harder layout

# the legend row: one holder a cell, (post, name, tier, fill colour)
HOLDERS = [
    ("库长", "晏翀珝", "leader", "#DDEBF7"),
    ("副库长", "储沨琰", "leader", "#E2EFDA"),
    ("保管员", "储琤翾", "general", "#FFF2CC"),
    ("统计员", "晏岫沄", "general", "#FCE4D6"),
]

# (holder's name, 业务环节, 廉政风险点, 风险等级, 防控措施)
FILLED_ROWS = [
    ("晏翀珝", "储备采购", "救灾物资采购需求量身定制，指定帐篷、棉被供应商", "高", "采购需求集体研究，按政府采购程序公开招标。"),
    ("储沨琰", "入库验收", "验收降低标准，接收不合格棉衣棉被", "高", "验收邀请质检机构抽检，验收单双人签字。"),
    ("储琤翾", "在库保管", "账实不符，私自挪用库存折叠床、发电机", "高", "专库存储、专人管理、专账登记，每季度盘点。"),
    ("晏翀珝", "出库调拨", "无调拨通知单擅自批准出库", "中", "出库凭旗应急管理局调拨通知单，主任审签。"),
    ("储琤翾", "出库调拨", "出库数量多报少发，虚开出库单", "中", "出库单据与运输交接单逐笔核对。"),
    ("晏岫沄", "台账统计", "篡改库存数据，掩盖物资短缺", "中", "台账数据每月与应急资源管理平台核对。"),
    ("储沨琰", "报废处置", "过期物资报废处置低价变卖给熟人", "中", "报废物资评估后公开处置，结果公示。"),
    ("晏岫沄", "轮换更新", "轮换物资登记不及时，旧物资去向不明", "低", "轮换物资出入库同步登记，留存凭证。"),
]  # fmt: skip


def chayouhouqi_relief_depot_holder_fills() -> dict:
    unit = f"{PLACE}救灾物资储备库"
    sh = _Filled("防控一览表", [6, 12, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 5)
    r = sh.add("责任人（按底纹）：", *(f"{post}{GAP}{who}" for post, who, _tier, _fill in HOLDERS))
    fill_of = {who: fill for _post, who, _tier, fill in HOLDERS}
    sh.fills += [(r, c, fill) for c, (_p, _w, _t, fill) in enumerate(HOLDERS, 1)]
    sh.add("序号", "业务环节", "廉政风险点", "风险等级", "防控措施")
    for n, (who, stage, point, lv, measures) in enumerate(FILLED_ROWS, 1):
        r = sh.add(n, stage, point, lv, measures)
        sh.fills += [(r, c, fill_of[who]) for c in range(5)]
    sh.add("填表人：", None, "审核人：", None, "2025年6月")
    for post, who, tier, _fill in HOLDERS:
        for holder, _stage, point, lv, _measures in FILLED_ROWS:
            if holder == who:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "chayouhouqi_relief_depot_holder_fills", "https://www.xjboz.gov.cn/info/2052/152961.htm",
        "(harder) 旗救灾物资储备库 廉政风险防控一览表, after the source's 应急物资储备 work (储备品种目录, 储备规模, 实物储备管理, "
        "库区安全隐患排查, 数量真实 质量完好): a title, then a LEGEND ROW ``责任人（按底纹）：`` with one cell a holder "
        "``岗位　姓名`` each FILLED with its own colour, then 序号/业务环节/廉政风险点/风险等级 高/中/低/防控措施 with NO "
        "岗位, 姓名 or 科室 column: each row's cells are filled with its holder's colour; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chayouhouqi_reserve_centre_two_sheets() -> dict:
    unit = f"{PLACE}应急物资储备中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("晏璟翯", "主任", "主持全面工作", [
            ("应急物资年度采购计划脱离实际，超标准采购", "一级", "采购计划经中心办公会研究，报旗应急管理局审定。"),
            ("储备仓库租赁合同干预定价", "二级", "租赁价格委托评估，合同集体审定。"),
        ]),
        ("储嵚珧", "副主任", "分管仓储、财务", [
            ("物资储备资金挪作他用", "一级", "储备资金专户核算，按季度报账。"),
            ("盘点发现的账实不符问题隐瞒不报", "二级", "盘点结果两人签字，差异逐项说明。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("仓储管理科", "科长", "晏玹澈", "middle", "物资品种目录调整听取供应商意见，倾向特定产品", "一级",
         "目录调整对照储备指导目录，集体研究。"),
        ("仓储管理科", "科长", "晏玹澈", "middle", "物资维护保养外包验收不严", "二级", "保养记录逐项核查，抽查库存。"),
        ("仓储管理科", "库管员", "储翙沅", "general", "库存物资数量虚报，掩盖缺口", "二级", "库存数据每月与平台比对。"),
        ("财务科", "会计", "储瑢湝", "general", "采购付款审核不严，提前支付货款", "二级", "付款凭验收单和发票，三人签字。"),
        ("财务科", "出纳", "晏曈琇", "general", "公款私存、现金坐支", "三级", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "chayouhouqi_reserve_centre_two_sheets", "https://max.book118.com/html/2026/0212/7056011022011053.shtm",
        "旗应急物资储备中心 廉政风险防控一览表 in TWO SHEETS, after the source's 应急物资储备不足 专项整改报告 (采购周期, "
        "账实不符, 多头储备, 储备量): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chayouhouqi_reduction_centre_posts() -> dict:
    unit = f"{PLACE}减灾中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "减灾示范社区创建", "综合减灾示范社区评审降低标准、照顾关系", "制度机制风险", "高",
         "评审邀请第三方参加，结果公示。"),
        ("宣传培训科", "科长", "middle", "宣传品采购", "防灾减灾宣传品采购指定印制单位", "岗位职责风险", "中",
         "宣传品采购三家比价，集体研究。"),
        ("宣传培训科", "科长", "middle", "培训经费使用", "灾害管理人员培训虚报人数和天数", "业务流程风险", "中",
         "培训凭通知、签到表和照片报销。"),
        ("宣传培训科", "科员", "general", "演练组织", "应急演练经费虚列支出", "业务流程风险", "低", "演练经费按方案列支，公示结果。"),
        ("风险评估科", "科长", "middle", "风险普查项目", "灾害风险普查外包项目验收走过场", "外部环境风险", "高",
         "验收由专家组进行，成果抽检。"),
        ("风险评估科", "科员", "general", "数据管理", "向他人泄露灾害风险普查数据", "思想道德风险", "低", "数据分级授权，签订保密承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "chayouhouqi_reduction_centre_posts", "https://code.fabao365.com/law_494660_3.html",
        "旗减灾中心 岗位廉政风险点排查表 对岗不对人, after the source's 自然灾害救助应急预案 (专家队伍, 社会动员, 宣传培训演习, "
        "综合减灾示范社区): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chayouhouqi_info_station_selfchecks() -> dict:
    unit = f"{PLACE}灾害信息站"
    t = _Truth(unit)
    people = [
        ("晏珩翮", "站领导", "站长", "leader", [
            ("灾情核报时授意虚报、多报受灾人口和损失", "Ⅰ级", "灾情数据逐级审核，核报结果与相关部门会商。"),
            ("灾情统计软件服务外包指定服务商", "Ⅱ级", "服务采购集体研究，合同公开。"),
        ]),
        ("储岚翀", "信息科", "信息员", "general", [
            ("收受好处漏报、瞒报村组灾情", "Ⅰ级", "灾情初报、续报、核报全程留痕。"),
            ("灾情续报零报告流于形式", "Ⅲ级", "执行24小时零报告制度，定时抽查。"),
        ]),
        ("晏淇琭", "统计科", "统计员", "general", [
            ("灾情数据汇总随意修改", "Ⅱ级", "数据修改须经站长审批，系统日志留存。"),
            ("向无关人员透露未公开灾情", "Ⅲ级", "灾情信息按规定发布，签订保密承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chayouhouqi_info_station_selfchecks", "http://fsou.com/html/text/lar/173139/17313908_4.html",
        "旗灾害信息站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 预案 灾情信息管理 "
        "(灾情初报, 续报 24小时零报告, 核报): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def chayouhouqi_supply_centre_group_rows() -> dict:
    unit = f"{PLACE}应急救援物资保障中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "储璇岍", "leader", [
                ("救灾物资分配不按灾情轻重，优亲厚友", "一级风险", "分配方案集体研究，发放结果公示。"),
                ("接受物资运输企业宴请", "二级风险", "运输服务公开比选，签订廉洁协议。"),
            ]),
        ]),
        ("二、调配部", "调配部", [
            ("主任", "晏沄翾", "middle", [
                ("不按调拨通知单发放，截留救灾物资", "一级风险", "严格凭调拨通知单发放，提货人签字确认。"),
            ]),
            ("调度员", "储霁琮", "general", [
                ("发放台账登记不全，物资去向不明", "二级风险", "每批物资专人分类登记，每月汇总上报。"),
                ("运输车辆费用虚报", "三级风险", "车辆费用凭派车单报销。"),
            ]),
        ]),
        ("三、接收部", "接收部", [
            ("主任", "晏琪翊", "middle", [
                ("社会捐赠物资接收不登记，私分私用", "一级风险", "接收统计台账逐批登记，定期公布。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "chayouhouqi_supply_centre_group_rows", "https://news.sohu.com/20080524/n257050491.shtml",
        "旗应急救援物资保障中心 廉政风险防控责任清单, after the source's news on 救灾物资 有序发放 (接收 发放 统计台账, 专人分类登记, "
        "凭调拨通知单发放, 提货人签字, 截留 挪用): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、调配部``, ``三、接收部`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def chayouhouqi_service_centre_cards() -> dict:
    unit = f"{PLACE}防灾减灾救灾服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "储翀湄", "主任", "主持中心全面工作", "leader", [
            ("救灾装备采购不经集体研究", "★★★", "装备采购中心办公会研究，按程序采购。"),
            ("社会捐助接收点设置接受请托", "★★", "接收点设置公开，报旗防灾减灾救灾委员会办公室备案。"),
            ("接受服务对象宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "晏瑾沚", "副主任", "分管社会动员、培训", "leader", [
            ("志愿者补助虚报冒领", "★★★", "补助按花名册银行发放，名单公示。"),
            ("乡镇民政干部培训经费超标准列支", "★★", "培训经费按标准列支，专项审计。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "chayouhouqi_service_centre_cards", "http://ask.fsou.com/html/text/lar/173159/17315927_3.html",
        "旗防灾减灾救灾服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 自治县 预案 (救灾装备准备, "
        "社会动员 捐助接收站点, 宣传和培训): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chayouhouqi_warning_centre_list() -> dict:
    unit = f"{PLACE}自然灾害监测预警中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "储曜琨", "leader", "监测站点建设项目干预招投标", "制度机制", "高风险",
         "项目进入旗公共资源交易中心。"),
        ("中心领导", "主任", "储曜琨", "leader", "预警信息发布接受说情延迟或降级", "思想道德", "中风险",
         "预警发布按程序会商，记录存档。"),
        ("监测科", "科长", "晏岑翃", "middle", "监测设备维护费用审核不严", "岗位职责", "中风险", "维护记录与费用逐项核对。"),
        ("监测科", "监测员", "储澍玥", "general", "监测数据弄虚作假", "业务流程", "高风险", "数据自动采集，人工修改留痕。"),
        ("监测科", "监测员", "储澍玥", "general", "值班记录补记代签", "业务流程", "低风险", "值班记录随机抽查。"),
        ("预警科", "科员", "晏珮泓", "general", "向企业泄露未发布的预警信息", "外部环境", "中风险", "预警信息统一发布，签订保密承诺。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "chayouhouqi_warning_centre_list", "http://010baizhang.com/povertyrelief/2011-11/03/content_23813353_3.htm",
        "旗自然灾害监测预警中心 岗位廉政风险防控一览表, after the source's 预案 信息管理 (预警信息 通报, 分析评估, 救灾预警响应, "
        "灾情管理): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def chayouhouqi_donation_centre_register() -> dict:
    unit = f"{PLACE}救灾捐赠款物管理中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "晏翎澂", "leader", [
            ("捐赠款物分配方案随意调整", "制度机制", "一级", "分配方案集体研究，报旗民政局备案。"),
            ("亲属承揽捐赠物资运输业务", "思想道德", "二级", "亲属回避，运输服务公开比选。"),
        ]),
        ("接收科", "科长", "储瑀潆", "middle", [
            ("捐赠款物接收不开具收据", "岗位职责", "一级", "统一使用捐赠票据，逐笔登记。"),
        ]),
        ("接收科", "科员", "晏翾琤", "general", [
            ("私自截留定向捐赠物资", "外部环境", "一级", "定向捐赠按捐赠人意愿使用，结果反馈。"),
            ("捐赠物资登记数量与实物不符", "业务流程", "三级", "双人清点，当场签字。"),
        ]),
        ("财务科", "会计", "储泠珝", "general", [
            ("捐赠资金专户管理不规范", "业务流程", "二级", "专户核算，定期公示收支。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "chayouhouqi_donation_centre_register", "https://code.fabao365.com/law_508027_4.html",
        "旗救灾捐赠款物管理中心 廉政风险点排查登记表, after the source's 市 预案 (社会动员准备, 救灾捐赠 组织发动 款物接收和分配 "
        "社会公示, 社会捐助站点): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chayouhouqi_relief_depot_holder_fills(),
    chayouhouqi_reserve_centre_two_sheets(),
    chayouhouqi_reduction_centre_posts(),
    chayouhouqi_info_station_selfchecks(),
    chayouhouqi_supply_centre_group_rows(),
    chayouhouqi_service_centre_cards(),
    chayouhouqi_warning_centre_list(),
    chayouhouqi_donation_centre_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch450.write_xlsx`` (borders, fills)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch657-inbox"))
