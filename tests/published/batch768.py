"""The seven-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's bus and
passenger-transport bodies, 清河区 (of 铁岭市, 辽宁省) — its 公共交通有限公司, 公交调度中心, 出租汽车管理办公室,
城乡客运服务中心, 汽车客运站, 张相镇客运站 and 出租汽车服务有限公司 — each handing back the 一览表, 排查表,
自查表, 清单, 防控卡 or 登记表 its staff typed in WPS or Excel:

- the 公共交通有限公司's 一览表 in TWO SHEETS: ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``部室车队`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公交调度中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 出租汽车管理办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 城乡客运服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 汽车客运站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 张相镇客运站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 出租汽车服务有限公司's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qinghe_rural_bus_vehicle_cards``: the 城乡公交有限公司's 公交车辆廉洁风险防控卡（一车一卡）, ONE
  SHEET A BUS (tabs named by route and fleet number), the card KEYED BY THE VEHICLE, not by a
  person: a label block ``车辆自编号 | … | 车牌号码 | …``, ``运营线路 | … | 所属车队 | …``, a crew row
  ``主驾驶员 | <name> | 副驾驶员 | <name>`` and a ``车队长（监督人） | <name> | 监督电话 | …`` row, then
  ``序号 | 风险点 | 风险等级 | 防控措施`` (高/中/低) and a ``注：`` line saying the card's points are
  the two drivers' to control alike, the 车队长 only checks; a sign-off row for both drivers. So
  every point of a card is a point of BOTH drivers of that bus (one form each), the 车队长 none.
  The README's 读得懂的表 knows one-person cards with ``姓　名`` / ``持卡人`` labels, ``A角 | B角``
  columns in a list and a card of one point (一点一卡); it does not describe a card keyed by a
  vehicle whose holders are its crew named under the role labels ``主驾驶员`` / ``副驾驶员`` beside
  a supervisor label that names no holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公交集团 事业部 on 廉洁文化进车厢 —
线路, 驾驶员, 车厢; a 公交集团's 节前廉政教育会 — 部室, 事业部, 车站, 场站, 运营班次, 明察暗访; a 公交调度
培训手册 — 行车计划, 发车间隔, 车辆调度; a paper on 出租车行业管制 — 准入, 稽查, 街头行政; a 营运客车
驾驶员考核管理办法 — 考核, 计分, 违章; a 客运站售票员安全生产职责 — 超员票, 免票儿童, 票款上交; a note on
客运站 — 售票, 检票, 安检, 班次; a paper on 出租车管理模式 — 公司承包, 挂靠, 牌照) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 萧 and 甘 with rare given names); every unit is a body of
清河区.

Run ``python tests/published/score.py --set batch768`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each card's points are points of its 主驾驶员 and of its 副驾驶员 alike (one
  form each, post ``驾驶员``, 科室 the card's ``所属车队``, tier general); the ``车队长（监督人）`` names
  no holder; the vehicle's 自编号, 车牌号码 and 运营线路 are no points, nor are the ``注：`` line and
  the sign-off row;
- ``公司领导``, ``中心领导``, ``站领导`` (a 部门 cell, a group row) are the 科室 of those leaders; the
  公共交通有限公司's leaders (sheet ``公司领导``, no 部门 column) and the cards' leaders have no 科室; a
  company's 部 and 车队, a 办's 股, a 中心's 科 and a 站's 股 are 科室; a group row ``二、运营管理科``
  gives the 科室 ``运营管理科`` (its number left off);
- 经理, 副经理, 主任, 副主任, 站长 and 副站长 are leaders; 部长, 车队长, 股长 and 科长 middle; the rest
  (调度员, 稽查员, 售票员, 安检员, 会计, 出纳, 驾驶员, 票款清点员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 公交调度中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b768_"
PLACE = "清河区"
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


# --------------------------------------------------------------------------- harder layout

# one card a bus: (tab, 自编号, 车牌号码, 运营线路, 所属车队, 主驾驶员, 副驾驶员, 车队长, points)
BUSES = [
    ("8路-0815", "0815", "辽M·B0815", "8路（铁岭客运站—张相镇）", "第一车队", "萧翊琛", "甘璟珞", "萧曜岑", [
        ("乘客投币、扫码不足额放行，私收现金不入票箱", "高", "车载视频与刷卡数据每日比对，稽查员随车抽查。"),
        ("私自改变线路、甩站或串线载客", "中", "车载定位实时监控，调度中心每日核对行车轨迹。"),
        ("车辆维修、加油虚报里程和油耗", "中", "维修、加油凭单据和里程表读数报账，车队长签字。"),
    ]),
    ("12路-1206", "1206", "辽M·B1206", "12路（银州路—杨木林子镇）", "第二车队", "甘舜珩", "萧湛霈", "甘岱澍", [
        ("沿途代捎货物、包裹收取费用", "高", "严禁代捎货物，车厢张贴监督电话。"),
        ("接受车身广告、站点商户吃请或好处", "中", "广告业务由公司统一经营，驾驶员不得私自联系。"),
        ("学生、老年乘车卡核验走过场，冒用卡不制止", "低", "刷卡异常声音提示，冒用卡当场登记上报。"),
    ]),
]  # fmt: skip


def qinghe_rural_bus_vehicle_cards() -> dict:
    unit = f"{PLACE}城乡公交有限公司"
    t = _Truth(unit)
    sheets = []
    for tab, code, plate, route, fleet, first, second, boss, points in BUSES:
        sh = _Sheet(tab, [12, 38, 12, 34])
        _line(sh, f"{unit}公交车辆廉洁风险防控卡（一车一卡）", 4)
        sh.add("车辆自编号", code, "车牌号码", plate)
        sh.add("运营线路", route, "所属车队", fleet)
        sh.add("主驾驶员", first, "副驾驶员", second)
        sh.add("车队长（监督人）", boss, "监督电话", "0410-7221815")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
        for who in (first, second):
            for point, lv, _measures in points:
                t.point(sh.name, fleet, "驾驶员", who, "general", point, [], HML[lv])
        _line(
            sh,
            "注：本卡所列风险点由本车主驾驶员、副驾驶员共同防控，车队长负责监督检查；风险等级分高、中、低。",
            4,
        )
        sh.add("主驾驶员（签字）：", None, "副驾驶员（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qinghe_rural_bus_vehicle_cards", "http://syjqsbd.com/NewsDetails.aspx?NewsID=11310",
        "(harder) 区城乡公交有限公司 公交车辆廉洁风险防控卡（一车一卡）, after the source's 公交集团 事业部 on 廉洁文化进车厢 "
        "(15路、19路 特色车厢, 驾驶员, 线路): ONE SHEET A BUS (tabs named by route and fleet number), a title, a label "
        "block ``车辆自编号 | … | 车牌号码 | …``, ``运营线路 | … | 所属车队 | …``, a crew row ``主驾驶员 | … | 副驾驶员 | …`` "
        "and ``车队长（监督人） | … | 监督电话 | …``, then 序号/风险点/风险等级 高/中/低/防控措施; a ``注：`` line saying the "
        "points are both drivers' alike and the 车队长 only checks; a sign-off row for both drivers. Every point is a "
        "point of the bus's two drivers, none of the 车队长",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qinghe_bus_company_two_sheets() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}公司领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("萧霁翀", "经理", "主持全面工作", [
            ("新能源公交车辆采购指定品牌、设置倾向性参数", "一级", "车辆采购进入市公共资源交易平台，参数经专家论证。"),
            ("公交场站、充电桩建设项目插手工程发包", "一级", "工程项目经经理办公会集体研究，全程审计跟踪。"),
        ]),
        ("甘沅澈", "副经理", "分管运营、安全", [
            ("节假日加开班次、包车业务私自安排收费", "二级", "加开班次和包车一律由调度中心派单，收费入公司账户。"),
            ("安全事故责任认定和理赔偏袒", "二级", "事故处理由安全部集体认定，理赔材料存档备查。"),
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
    dept = _Sheet("部室车队", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}部室车队廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("运营部", "部长", "萧瑢霆", "middle", "线路班次调整收受沿线单位好处", "二级", "线路调整方案公示，听取乘客意见。"),
        ("运营部", "票款清点员", "甘瑀澂", "general", "票款清点时截留、调换现金", "一级", "票款双人清点，全程视频监控。"),
        ("运营部", "票款清点员", "甘瑀澂", "general", "清点差错不登记、不上报", "三级", "差错当日登记，次日与财务核对。"),
        ("第三车队", "车队长", "萧珅屹", "middle", "驾驶员排班、评先评优优亲厚友", "二级", "排班表和考核分数每月在车队公示。"),
        ("第三车队", "车队长", "萧珅屹", "middle", "驾驶员违章罚款不入账", "一级", "罚款一律开具票据，交财务部统一入账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "qinghe_bus_company_two_sheets", "http://m.slif.cn/NewsDetails.aspx?NewsID=9683",
        "区公共交通有限公司 廉政风险防控一览表 in TWO SHEETS, after the source's 公交集团 节前廉政教育会 (集团领导, 部室, "
        "事业部, 车站, 场站, 运营班次, 明察暗访): sheet 公司领导 with 姓名/职务/分管工作 merged per leader, sheet 部室车队 "
        "with 部门 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qinghe_dispatch_center_posts() -> dict:
    unit = f"{PLACE}公交调度中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "行车计划编制", "行车计划迁就个别车队，发车间隔随意调整", "制度机制风险", "高",
         "行车计划经中心会议研究，报公司审批后执行。"),
        ("调度科", "调度员", "general", "车辆派班", "派班时照顾熟人，好线路、好车次优先安排", "岗位职责风险", "中",
         "派班由系统按规则生成，人工调整留痕。"),
        ("调度科", "调度员", "general", "营运里程登记", "虚报营运里程、空驶里程，多算补贴", "业务流程风险", "高",
         "里程以车载定位数据为准，每月核对。"),
        ("监控科", "科长", "middle", "违章视频处理", "收受好处删除、隐瞒驾驶员违章视频", "思想道德风险", "中",
         "视频调阅、删除需两人以上并登记。"),
        ("监控科", "科长", "middle", "乘客投诉处理", "投诉处理偏袒驾驶员，不回访", "外部环境风险", "低",
         "投诉限时办结，回访结果纳入考核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：调度科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "qinghe_dispatch_center_posts", "http://china-audit.com/lhs_g30fj8rnnip2hdlrl9jezg3w01c01j01d01e01e01j_5.html",
        "区公交调度中心 岗位廉政风险点排查表 对岗不对人, after the source's 公交调度培训手册 (行车计划, 发车间隔, 车辆调度, "
        "营运里程): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qinghe_taxi_office_selfchecks() -> dict:
    unit = f"{PLACE}出租汽车管理办公室"
    t = _Truth(unit)
    people = [
        ("甘琮翊", "办领导", "主任", "leader", [
            ("出租汽车经营权配置、更新指标分配不公开", "Ⅰ级", "指标分配方案公示，经营权配置公开招标。", "已落实"),
            ("为出租汽车企业违规办理过户、转让打招呼", "Ⅱ级", "过户转让按程序审核，结果在办公室公示。", "未发现问题"),
        ]),
        ("萧泓翙", "稽查股", "稽查员", "general", [
            ("对“黑出租”、拒载、绕路查处以罚代管、罚款不开票", "Ⅰ级", "执法记录仪全程记录，罚款统一开具票据。", "已落实"),
            ("接受出租汽车驾驶员吃请、为其说情", "Ⅲ级", "签订廉洁执法承诺书，监督电话公开。", "已落实"),
        ]),
        ("甘霂琤", "客运管理股", "股员", "general", [
            ("驾驶员从业资格证办理审核把关不严", "Ⅱ级", "资格证材料实行初审、复审两级审核。", "未发现问题"),
            ("计价器检定、年审走过场", "Ⅲ级", "年审名单和结果每季度公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qinghe_taxi_office_selfchecks", "http://snzg.cn/article/2016/0624/article_41672.html",
        "区出租汽车管理办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "出租车行业管制 (准入, 数量, 价格, 一线稽查, 街头行政): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def qinghe_rural_passenger_center_group_rows() -> dict:
    unit = f"{PLACE}城乡客运服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "萧璘澍", "leader", [
                ("农村客运补贴资金申报虚报车辆、里程", "一级风险", "补贴按车载定位里程核定，名单公示。"),
                ("城乡客运班线经营许可暗箱操作", "一级风险", "班线许可经集体研究，结果公开。"),
            ]),
        ]),
        ("二、运营管理科", "运营管理科", [
            ("科长", "甘珹霄", "middle", [
                ("营运客车驾驶员考核计分随意减免", "二级风险", "考核计分凭违章记录，减免须集体研究。"),
            ]),
            ("科员", "萧琰澈", "general", [
                ("客车年度审验资料审核不严", "二级风险", "审验资料双人核对，留存备查。"),
                ("站点候车亭维护费用虚报", "三级风险", "维护费用凭现场照片和验收单报销。"),
            ]),
        ]),
        ("三、财务科", "财务科", [
            ("会计", "甘翀沅", "general", [
                ("补贴资金拨付不按核定数额", "二级风险", "拨付清单经主任审签，与核定表逐项核对。"),
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
        "qinghe_rural_passenger_center_group_rows",
        "https://abg.baidu.com/tags/2ovnjs57zwz3lpg5zk55jmn7xs5mxoo4ydw3b3fxvaunl7okxuuq14",
        "区城乡客运服务中心 廉政风险防控责任清单, after the source's 营运客车驾驶员考核管理办法 (考核, 计分, 违章, 审验): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、运营管理科``, ``三、财务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qinghe_bus_station_cards() -> dict:
    unit = f"{PLACE}汽车客运站"
    t = _Truth(unit)
    cards = [
        ("站长", "萧霈瑨", "站长", "主持客运站全面工作", "leader", [
            ("站内商铺、广告位出租不公开招租", "★★★", "商铺、广告位公开招租，合同报主管部门备案。"),
            ("进站客车班线安排收受承包经营者好处", "★★★", "进站班线按许可安排，结果公示。"),
            ("接受客运企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "甘澂瑀", "副站长", "分管票务、安检", "leader", [
            ("售超员票、为熟人预留车票", "★★", "售票系统按核定人数控票，预留须登记。"),
            ("票款上交不及时，挪用票款", "★★", "票款日清日结，当日交财务。"),
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
        "qinghe_bus_station_cards", "http://p.safehoo.com/Manage/System/Traffic/202307/5712137.shtml",
        "区汽车客运站 领导干部廉政风险防控卡, one sheet a leader, after the source's 客运站售票员安全生产职责 (核定人数售票, "
        "超员票, 免票儿童, 票款上交财务): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qinghe_zhangxiang_station_list() -> dict:
    unit = f"{PLACE}张相镇客运站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "萧澍霆", "leader", "客运班车进站费减免不经集体研究", "制度机制", "高风险",
         "进站费标准公示，减免须站务会研究。"),
        ("站务股", "售票员", "甘琬瑢", "general", "私售“人情票”、倒卖车票", "思想道德", "中风险",
         "实名售票，售票记录每日核对。"),
        ("站务股", "售票员", "甘琬瑢", "general", "退票手续费不开票、不入账", "业务流程", "中风险",
         "退票手续费系统收取，日结入账。"),
        ("站务股", "安检员", "萧屹珩", "general", "收受好处放行未经安检的行包", "岗位职责", "高风险",
         "“三品”检查全程录像，站领导抽查。"),
        ("站务股", "安检员", "萧屹珩", "general", "出站登记表代签、漏签", "外部环境", "低风险",
         "出站登记由驾驶员本人签字，每日核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qinghe_zhangxiang_station_list", "https://m.sboyo.com/1/2349481.html",
        "区镇客运站 岗位廉政风险防控一览表, after the source's note on 客运站 (国企站和私营站, 售票, 检票, 安检, 班次): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def qinghe_taxi_company_register() -> dict:
    unit = f"{PLACE}出租汽车服务有限公司"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "甘瀚霆", "leader", [
            ("车辆承包合同、挂靠合同条款随意变更", "制度机制", "一级", "合同文本统一，变更须经理办公会研究。"),
            ("经营权转让中收取好处费", "思想道德", "一级", "经营权转让按规定程序办理并公示。"),
        ]),
        ("营运管理部", "部长", "萧璠澈", "middle", [
            ("承包金、管理费减免优亲厚友", "岗位职责", "二级", "减免标准公开，名单公示。"),
        ]),
        ("营运管理部", "安全员", "甘湜璎", "general", [
            ("车辆安全检查走过场、代签检查记录", "业务流程", "二级", "安全检查拍照留存，部长抽查。"),
            ("驾驶员服务质量考核打人情分", "外部环境", "三级", "考核结合乘客评价，结果公示。"),
        ]),
        ("财务部", "出纳", "萧琤霖", "general", [
            ("承包金收取现金不入账", "业务流程", "一级", "承包金一律转账收取，日清月结。"),
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
        "qinghe_taxi_company_register", "https://fx361.cc/page/2014/0324/19453239.shtml",
        "区出租汽车服务有限公司 廉政风险点排查登记表, after the source's paper on 出租车管理模式 (公司自营, 公司承包经营, "
        "挂靠经营, 牌照): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qinghe_rural_bus_vehicle_cards(),
    qinghe_bus_company_two_sheets(),
    qinghe_dispatch_center_posts(),
    qinghe_taxi_office_selfchecks(),
    qinghe_rural_passenger_center_group_rows(),
    qinghe_bus_station_cards(),
    qinghe_zhangxiang_station_list(),
    qinghe_taxi_company_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch768-inbox"))
