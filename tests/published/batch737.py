"""The seven-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 矿泉水 产业
and 生态 bodies, 靖宇县 (of 白山市, 吉林省) — its 生态环境分局, 矿泉水水源保护区管理局, 矿泉水产业园区管理委员会,
矿泉水产业发展服务中心, 水源保护站, 生态环境监测站, 政务服务中心生态环境窗口 and 矿泉水检验检测中心 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水源保护区管理局's workbook in TWO SHEETS ``局领导`` (``姓名 | 职务`` merged per leader) and
  ``业务科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``;
- the 产业园区管理委员会's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, no names,
  ``高风险/中风险/低风险``;
- the 产业发展服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label row, ``★★★/★★/★``
  read by a ``注：`` line;
- the 水源保护站's 责任清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 生态环境监测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 政务服务中心生态环境窗口's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, ``风险类型`` (``…风险``), 高/中/低, a ``注：`` line;
- the 矿泉水检验检测中心's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人 line.

One is harder:

- ``jingyu_ecology_branch_cells_by_office``: the 生态环境分局's 岗位廉政风险点汇总表, ONE ROW A 科室:
  ``序号 | 科室 | 岗位廉政风险点（按人员逐条填写，括注等级） | 主要防控措施``. The 风险点 cell holds the whole
  科室's list as lines: a HOLDER LINE ``局长　弭翾峋`` (post and name, no number, no colon), then his
  numbered points ``1.……（一级）`` each closing with its level in brackets, then the next holder line
  and his points, the numbering running on through the cell; the 措施 cell beside it numbers its
  measures the same way. The README's 读得懂的表 knows level sub-headings inside one cell
  (``高风险点：⏎1.…``), a holder before a colon at the head of each point, group rows and trees
  down a column; it does not describe holder sub-heading lines inside one 科室 cell splitting its
  numbered points among several holders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a commentary on 规范涉企行政执法 in
生态环境 — 执法次数, 回避执法, 执法刚性; a news item on a 长白山天然矿泉水 保护区管理局 — 水源保护区, 巡护,
24小时监控, 水质流量检测; a news item on a 矿泉水产业园区's 污水管网, 泵站 and 道路 projects; a news
item on a 矿泉水管理局's 项目审批 全程帮办; a paper on 饮用水水源地 保护 — 保护区, 工业企业整治; a
环境监测站's paper on 集中式饮用水水源地 水质保护 and 监管; a paper from a 政务服务中心 on 环评 and
排污许可 审批衔接; a page on 矿泉水 检测报告 — 资质, 采样, 界限指标) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 弭 and 蓟 with rare given names); every unit is a body of 靖宇县.

Run ``python tests/published/score.py --set batch737`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a line ``post　name`` inside the 风险点 cell (no number, no colon) opens that
  holder's points, down to the next such line; the 科室 is the row's ``科室`` cell; the bracketed
  ``（一级）`` closing a point is its level and not part of it; a point's text is the line without
  its number and bracket;
- a group row ``一、站领导`` gives the 科室 ``站领导`` (its number left off); the 保护区管理局's leaders
  (sheet ``局领导``, no 科室 column) and the 服务中心's cards have no 科室;
- 局长, 副局长, 主任 of a 中心, 站长 and the 窗口's 首席代表 are leaders; 科长, 大队长, 部长, 组长 and 室主任
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表时间`` name no point;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b737_"
PLACE = "靖宇县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
CN = {1: "一级", 2: "二级", 3: "三级"}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 生态环境分局's 科室, each with its holders: (post, name, tier, [(point, level, measures)])
OFFICES = [
    ("局领导", [
        ("局长", "弭翾峋", "leader", [
            ("在环评审批、执法处罚中打招呼、说情，干预办理结果", 1, "重大事项集体研究，领导干预登记报告。"),
            ("对涉企执法检查次数层层加码或以回避执法代替规范执法", 2, "执法计划按“双随机”抽取，执法情况月度通报。"),
        ]),
        ("副局长", "蓟岍澂", "leader", [
            ("分管的行政处罚案件审核把关不严，自由裁量畸轻畸重", 1, "处罚案件集体审议，裁量基准逐项对照。"),
            ("接受矿泉水企业宴请或在企业报销费用", 2, "签订廉洁执法承诺书，公开监督电话。"),
        ]),
    ]),
    ("环境执法大队", [
        ("大队长", "弭芃湜", "middle", [
            ("现场检查中发现违法线索不立案、不移送", 1, "线索登记台账，立案情况定期核查。"),
            ("向被检查企业泄露检查计划和举报人信息", 2, "检查计划保密，举报信息专人管理。"),
        ]),
        ("执法队员", "蓟沺翀", "general", [
            ("现场检查笔录、取证材料弄虚作假", 2, "执法记录仪全程记录，两人以上执法。"),
            ("收受企业礼品礼金，对超标排放视而不见", 1, "检查结果交叉复核，企业回访。"),
            ("在水源保护区巡查中对违规建设放任不管", 3, "巡查轨迹系统留痕，问题销号管理。"),
        ]),
    ]),
    ("环评与排污许可科", [
        ("科长", "弭瑑沄", "middle", [
            ("环评文件技术审查降低标准，为关系企业开绿灯", 1, "技术审查引入专家，审查意见公开。"),
            ("排污许可证核发中不按规定现场核查", 2, "许可核发实行清单化审查，抽查复核。"),
        ]),
    ]),
]  # fmt: skip


def _office_cells(holders: list) -> tuple[str, str]:
    """The 风险点 cell (holder lines over numbered points, levels in brackets) and the 措施 cell."""
    points, measures, n = [], [], 0
    for post, who, _tier, rows in holders:
        points.append(f"{post}{GAP}{who}")
        for point, lv, meas in rows:
            n += 1
            points.append(f"{n}.{point}（{CN[lv]}）")
            measures.append(f"{n}.{meas}")
    return "\n".join(points), "\n".join(measures)


def jingyu_ecology_branch_cells_by_office() -> dict:
    unit = f"{PLACE}生态环境分局"
    ncols = 4
    sh = _Sheet("汇总表", [6, 16, 60, 44])
    t = _Truth(unit)
    _line(sh, f"白山市生态环境局{unit}岗位廉政风险点汇总表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add("序号", "科室", "岗位廉政风险点（按人员逐条填写，括注等级）", "主要防控措施")
    for i, (dept, holders) in enumerate(OFFICES, 1):
        cell, meas = _office_cells(holders)
        sh.add(i, dept, cell, meas)
        for post, who, tier, rows in holders:
            for point, lv, _m in rows:
                t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低），各风险点后括号内注明。", ncols)
    sh.add("填表人：", None, "审核人：", "分局负责人（签字）：")
    return _layout(
        "jingyu_ecology_branch_cells_by_office",
        "http://lsqsjsys.cn/web_show.asp?id=24642&type1_id=203&type2_id=218",
        "(harder) 县生态环境分局 岗位廉政风险点汇总表, after the source's commentary on 规范涉企行政执法 in 生态环境 "
        "(执法次数, 回避执法, 执法刚性): a title, a merged 填报单位/填报时间 line, ONE ROW A 科室 — 序号/科室/"
        "``岗位廉政风险点（按人员逐条填写，括注等级）``/主要防控措施 — the 风险点 cell holding HOLDER LINES ``局长　弭翾峋`` "
        "each over his numbered points ``1.……（一级）`` (numbering running on through the cell), the 措施 cell "
        "numbered the same way; a ``注：`` line and a 填表/审核/签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingyu_reserve_bureau_two_sheets() -> dict:
    unit = f"{PLACE}矿泉水水源保护区管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蓟翕珹", "局长", [
            ("水源保护区内项目准入意见中个人说了算", "一级", "准入意见经局务会集体研究。"),
            ("矿泉水资源开发利用规划调整中向企业倾斜", "一级", "规划调整公开征求意见，报县政府审定。"),
        ]),
        ("弭岈璘", "副局长", [
            ("分管的常态化巡护工作监督不力，默许违规活动", "二级", "巡护记录每周抽查，问题挂账销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("业务科室", [6, 14, 12, 10, 38, 9, 34])
    _line(dept, f"{unit}业务科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("开发保护科", "科长", "弭瑅沣", "middle", "水源地水质、流量检测委托中指定检测机构", "一级", "检测机构比选确定，结果公开。"),
        ("开发保护科", "科长", "弭瑅沣", "middle", "水源“户口”档案数据修改不留痕", "二级", "档案修改审批留痕。"),
        ("执法巡护队", "巡护员", "蓟屹湫", "general", "巡护中发现违规取水、排污不报告", "二级", "巡护轨迹定位，发现问题即时上报。"),
        ("执法巡护队", "巡护员", "蓟屹湫", "general", "调看、删改水源地实时监控录像", "三级", "监控调阅登记，录像保存不少于90天。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "jingyu_reserve_bureau_two_sheets",
        "http://jl.people.com.cn/n2/2023/0926/c349771-40586060.html",
        "县矿泉水水源保护区管理局 廉政风险防控一览表 in TWO SHEETS, after the source's news item on a 长白山天然矿泉水 "
        "保护区管理局 (水源保护区, 常态化巡护, 24小时实时监控, 水质流量检测, 资源“户口”档案): ``局领导`` (序号/姓名/职务 "
        "merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施) and ``业务科室`` (科室 merged, 岗位 and 姓名 "
        "merged per person); a 填表人/审核人/date line",
        [lead, dept], t,
    )  # fmt: skip


def jingyu_industrial_park_posts() -> dict:
    unit = f"{PLACE}矿泉水产业园区管理委员会"
    sh = _Sheet("排查表", [6, 12, 12, 30, 40, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("规划建设部", "部长", "工程项目发包中规避招标", "将污水管网、泵站工程拆分发包，直接指定施工单位",
         "高风险", "工程项目按规定公开招标，拆分发包事先报批。"),
        ("规划建设部", "工程管理员", "隐蔽工程验收走过场", "管网隐蔽工程未经验收即回填，签认虚假工程量",
         "高风险", "隐蔽工程影像留档，监理、业主共同验收。"),
        ("规划建设部", "工程管理员", "违规签证变更增加造价", "对道路工程现场签证不核实，放任虚增工程量",
         "中风险", "变更签证经造价审核、集体审定。"),
        ("招商服务部", "部长", "入园项目准入把关不严", "对不符合园区产业定位的企业降低门槛引进",
         "中风险", "入园项目联审，准入意见公开。"),
        ("招商服务部", "招商专员", "在招商中收受企业好处", "向企业索要考察费用或接受企业安排的旅游",
         "低风险", "招商活动报备，费用由园区统一列支。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"部长": "middle", "工程管理员": "general", "招商专员": "general"}
    for i, (dept, post, point, show, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, point, show, lv, measures)
        t.point(sh.name, dept, post, "", tiers[post], point, [], HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("排查人：", None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "jingyu_industrial_park_posts",
        "http://gaxf.apcreports.org.cn/zfzc/news/5738.html",
        "县矿泉水产业园区管理委员会 岗位廉政风险排查表 对岗不对人, after the source's news item on a 矿泉水产业园区's "
        "污水管网, 泵站 and 道路 projects and 新引进 矿泉水 projects: a title, 序号/科室 merged/岗位 merged/a short 风险点 "
        "beside a long 风险表现/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 排查人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingyu_service_center_cards() -> dict:
    unit = f"{PLACE}矿泉水产业发展服务中心"
    t = _Truth(unit)
    cards = [
        ("弭沕璆", "主任", "leader", "主持中心全面工作，负责矿泉水项目审批全程帮办", [
            ("帮办服务中对关系企业优先办理、对其他企业推诿拖延", "★★★", "帮办事项登记台账，按时限办结。"),
            ("向企业推荐指定的中介机构或施工队伍", "★★", "中介服务名录公开，企业自主选择。"),
        ]),
        ("蓟翃崟", "项目专员", "general", "负责项目开工手续代办、进度跟踪", [
            ("代办手续中向企业索要好处费", "★★★", "代办事项公开承诺，企业回访评议。"),
            ("项目进度数据填报不实", "★★", "进度数据现场核实，按月通报。"),
            ("泄露企业投资计划等商业信息", "★", "企业资料专柜保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, work, points in cards:
        sh = _Sheet(who, [6, 12, 26, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.merge(1, 3, 1, 4)
        sh.add("岗位职责", work, None, None, None)
        sh.merge(2, 1, 2, 4)
        sh.add("序号", "风险点", None, "风险等级", "防控措施")
        sh.merge(3, 1, 3, 2)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签字：", None, "日期：", "2025年5月", None)
        sheets.append(sh)
    return _layout(
        "jingyu_service_center_cards", "https://hg4067.com/c230/143_684542.html",
        "县矿泉水产业发展服务中心 岗位廉政风险防控卡, one sheet a person, after the source's news item on a 矿泉水管理局's "
        "项目审批 全程帮办 and “一站式” service: a title, a label row ``姓　名 | … | 职　务 | …``, a merged 岗位职责 line, "
        "序号/风险点 merged over two columns/风险等级 ``★★★/★★/★``/防控措施, a ``注：`` line and a 本人签字/日期 line",
        sheets, t,
    )  # fmt: skip


def jingyu_water_station_group_rows() -> dict:
    unit = f"{PLACE}水源保护站"
    sh = _Sheet("责任清单", [6, 12, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("站领导", [
            ("站长", "蓟岜琛", "leader", [
                ("对保护区内工业企业整治验收降低标准", "Ⅰ级", "整治验收联合相关部门实施，结果公示。"),
                ("保护区界标、隔离设施采购中指定供应商", "Ⅱ级", "采购按程序比选，验收多人签字。"),
            ]),
        ]),
        ("巡查组", [
            ("组长", "弭琎澴", "middle", [
                ("对保护区内违规畜禽养殖、倾倒垃圾不制止不上报", "Ⅰ级", "巡查问题即时上报，限期整改销号。"),
            ]),
            ("巡查员", "蓟沇瑸", "general", [
                ("巡查记录补记、代签", "Ⅱ级", "巡查记录当日填报，定位打卡。"),
                ("接受保护区周边经营户的好处，通风报信", "Ⅲ级", "巡查路线随机安排，两人同行。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    nums = "一二三四"
    for g, (dept, people) in enumerate(groups):
        _line(sh, f"{nums[g]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None)
    return _layout(
        "jingyu_water_station_group_rows", "http://m.handmsg.com/page/2019/1106/15538340.shtml",
        "县水源保护站 岗位廉政风险防控责任清单, after the source's paper on 饮用水水源地 保护 (保护区, 工业企业整治, 水源"
        "污染管控): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, GROUP ROWS ``一、站领导``, "
        "``二、巡查组`` merged across, 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingyu_monitoring_station_selfchecks() -> dict:
    unit = f"{PLACE}生态环境监测站"
    t = _Truth(unit)
    people = [
        ("弭翛珣", "站领导", "站长", "leader", [
            ("授意篡改、伪造水源地水质监测数据", "一级风险", "监测数据自动上传，领导干预登记。"),
            ("监测设备采购中收受供应商好处", "二级风险", "设备采购按程序实施，集体研究。"),
        ]),
        ("蓟湜岏", "监测科", "采样员", "general", [
            ("采样时不按规范布点，为企业提前透露采样时间", "一级风险", "采样计划保密，现场采样影像记录。"),
            ("样品交接记录不全，样品被调换", "二级风险", "样品交接双人签字，全程留样。"),
        ]),
        ("弭珰芃", "监测科", "科长", "middle", [
            ("监测报告审核把关不严", "二级风险", "报告三级审核，原始记录可追溯。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 12, 30, 12, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", None, None, "风险等级", "自查情况")
        sh.merge(3, 1, 3, 3)
        for i, (point, lv, check) in enumerate(points, 1):
            r = sh.add(i, point, None, None, lv, check)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add("本人签名：", None, None, "科室负责人：", None, None)
        sheets.append(sh)
    return _layout(
        "jingyu_monitoring_station_selfchecks", "http://www.victorzhang.cn/page/2022/1217/13096190.shtml",
        "县生态环境监测站 岗位廉政风险自查表, one sheet a person, after the source's paper by a 环境监测站 on 集中式饮用水"
        "水源地 水质保护 and 监管 (保护区, 水质监测): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a "
        "row of values, 序号/风险点 merged over three columns/风险等级 ``一级风险/二级风险/三级风险``/自查情况, a 本人签名/"
        "科室负责人 line",
        sheets, t,
    )  # fmt: skip


def jingyu_approval_window_list() -> dict:
    unit = f"{PLACE}政务服务中心生态环境窗口"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 36, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2", None, None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("窗口", "首席代表", "蓟琮沨", "leader", "环评与排污许可审批衔接中对关系企业容缺受理", "岗位职责风险", "高",
         "容缺受理登记，事后补件跟踪。"),
        ("窗口", "审批员", "弭岫玓", "general", "环评登记表备案审查不严，应编报告表的降为登记表", "业务流程风险", "高",
         "对照分类管理名录审查，系统校验。"),
        ("窗口", "审批员", "弭岫玓", "general", "无故超时限办理或拖延发证", "制度机制风险", "中",
         "办理时限系统预警，超时督办。"),
        ("窗口", "受理员", "蓟沄瑀", "general", "接受申请企业或环评机构的礼品、购物卡", "思想道德风险", "低",
         "签订廉洁承诺，公开监督电话。"),
        ("窗口", "受理员", "蓟沄瑀", "general", "向申请人推荐指定的环评编制机构", "外部环境风险", "中",
         "环评机构信息公开，不得推荐。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "jingyu_approval_window_list", "http://m.handmsg.com/page/2023/0405/20528432.shtml",
        "县政务服务中心生态环境窗口 岗位廉政风险点一览表, after the source's paper from a 政务服务中心 on 环评 and 排污许可 "
        "审批衔接 (分类管理, 审批时限): ``附件2``, a title, a merged 填报单位/填报时间 line, 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jingyu_testing_center_list() -> dict:
    unit = f"{PLACE}矿泉水检验检测中心"
    sh = _Sheet("一览表", [6, 14, 12, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1", None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蓟璆岿", "leader", [
            ("干预检测结论，为企业出具界限指标达标的报告", "Ⅰ级", "报告签发实行授权签字人制度。"),
        ]),
        ("理化检测室", "室主任", "弭湉翙", "middle", [
            ("锶、偏硅酸等界限指标检测数据审核不严", "Ⅰ级", "原始记录与仪器数据逐项比对。"),
            ("违规接受不符合采样规范的送检样品", "Ⅱ级", "样品接收核对采样容器和时效。"),
        ]),
        ("理化检测室", "检测员", "蓟芃瑥", "general", [
            ("收受送检企业的礼品礼金", "Ⅲ级", "送检大厅公开监督电话。"),
            ("擅自修改检测原始记录", "Ⅱ级", "原始记录修改须审批留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主要负责人（签字）：", None)
    return _layout(
        "jingyu_testing_center_list", "https://shicetest.com/news/238.html",
        "县矿泉水检验检测中心 岗位廉政风险防控一览表, after the source's page on 矿泉水 检测报告 (资质, 送检样品, 采样容器, "
        "界限指标 锶/偏硅酸): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, no type column; a 填表人/审核人/主要负责人（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingyu_ecology_branch_cells_by_office(),
    jingyu_reserve_bureau_two_sheets(),
    jingyu_industrial_park_posts(),
    jingyu_service_center_cards(),
    jingyu_water_station_group_rows(),
    jingyu_monitoring_station_selfchecks(),
    jingyu_approval_window_list(),
    jingyu_testing_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch737-inbox"))
