"""The five-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's transport
and highway bodies, 彭阳县 (of 固原市, 宁夏) — its 交通运输局, 公路管理段, 道路运输管理所, 交通运输综合执法大队,
公路超限运输检测站, 交通运输事业发展中心, 汽车客运站 and 农村公路养护站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公路管理段's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 道路运输管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 交通运输综合执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、运政中队`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 公路超限运输检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在班组 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 交通运输事业发展中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 汽车客运站's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``pengyang_rural_road_station_stake_sections``: the 农村公路养护站's 养护工程廉政风险排查表, ONE ROW A
  POINT keyed by WHERE ON THE ROAD the work lies (``序号 | 路线编号 | 桩号 | 养护项目 | 廉政风险点 | 风险等级 |
  防控措施``, a route code ``X412`` and a stake ``K9+300``), with NO holder column; under it a
  ``管养路段责任分工`` table (``路线编号 | 起止桩号 | 里程（公里） | 养护工区 | 职务 | 负责人``) splits each
  route into sections by STAKE RANGES (``K0+000—K18+600``), each section a 工区 and its 工区长. A
  row's holder is the 工区长 of the section whose range holds the row's stake on the row's route:
  one route is split between two 工区 (the same route code in two rows of the roster), so the
  route code alone does not give the holder — the stake must be placed in a range. The README's
  读得懂的表 knows holders keyed by 执法环节/办理环节 in a legend or flow strip, by 窗口 in a floor plan
  or 窗口 table, by 责任主体 groups in a roster, by codes (``A``, ``S01-1``) in a 代码对照表, by 网点 in
  a staffing grid; every one an EQUAL key looked up in a list. It does not describe a location
  (route + stake) placed into a roster of stake RANGES.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 交通局's 主要职能 — 工程建设,
造价控制, 资金拨付, 路政, 运输市场; the 公路超限检测站管理办法 — 罚款收缴分离, 不得收取检测费、停车费,
两名执法人员; a 市运管局's 驾培市场 整治 — 黑驾校, 收费标准, 教练员吃拿卡要; a 路政执法监察大队 with
交警 at night — 称重, 卸载, 扣押; a note on 超限检测站 — 过磅, 记录, 卸货; a note on 路政执法 — 公路设施
保护, 路产路权, 广告牌, 挖掘路面; a 市 道路客运、驾培、维修 专项整治 — 黑客运车; a 县纪委 on
“四好农村路” — 施工建设, 资金使用, 道路养护, 招投标, 物资采购, 工程款拨付) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 仝 and 逯 with rare given names); every unit is a body of 彭阳县
(the place name is in no earlier batch's unit).

Run ``python tests/published/score.py --set batch594`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row is the point of the 工区长 whose section (route code and stake range,
  the lower stake inclusive) holds the row's route and stake; the 工区 is his 科室, ``工区长`` his
  post (middle); the roster's rows, its title line and the 编制/审核 line are no points; the
  ``养护项目`` (路面坑槽修补 …) is the work, not the point;
- the 交通运输局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; the
  执法大队's group row ``一、大队领导``, the 段's ``段领导``, the 站's ``站领导`` and the 中心's ``中心领导`` (a
  group row, a 科室 or 部门 cell) are those leaders' 科室; a 局's
  股, a 段's 科/股, a 大队's 中队, a 站's 班组 and a 中心's 部 are 科室; a group row ``二、路政中队`` gives
  the 科室 ``路政中队`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 段长, 所长, 大队长, 站长, 主任 and their deputies are
  leaders; 股长, 科长, 中队长, 班组长, 部长 middle; the rest (股员, 会计, 出纳, 检测员, 售票员, 安检员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 公路管理段's list names no person: its forms are posts;
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

PREFIX = "b594_"
PLACE = "彭阳县"
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


def stake(text: str) -> int:
    """``K18+600`` in metres."""
    km, m = text.lstrip("K").split("+")
    return int(km) * 1000 + int(m)


# --------------------------------------------------------------------------- harder layout

# the 管养路段责任分工: (路线编号, 起, 止, 里程, 养护工区, 职务, 负责人)
SECTIONS = [
    ("X412", "K0+000", "K18+600", "18.6", "古城养护工区", "工区长", "仝璈澔"),
    ("X412", "K18+600", "K41+250", "22.65", "新集养护工区", "工区长", "逯玹甯"),
    ("Y205", "K0+000", "K26+400", "26.4", "草庙养护工区", "工区长", "仝湝岏"),
]

# (路线编号, 桩号, 养护项目, 廉政风险点, 风险等级, 防控措施)
WORKS = [
    ("X412", "K3+200", "路面坑槽修补", "坑槽修补面积现场签认不实，虚增工程量", "高",
     "修补前后拍照留存，面积由站技术员和监理双人丈量签认。"),
    ("X412", "K9+300", "边沟清淤", "清淤土方量按估算计量，不到现场核实", "中",
     "清淤土方按断面实测计量，计量单附现场照片。"),
    ("X412", "K21+450", "涵洞维修", "维修材料以次充好，验收把关不严", "高",
     "材料进场抽检，验收邀请县交通运输局工程股参加。"),
    ("X412", "K18+600", "波形护栏更换", "护栏更换数量与实际安装不符", "中",
     "护栏按桩号逐段登记，竣工后逐段复核。"),
    ("X412", "K35+800", "路肩培土", "雇用临时用工虚报人数、冒领工资", "中",
     "临时用工实名登记，工资直接发放到个人账户。"),
    ("Y205", "K5+600", "挡土墙修复", "工程发包化整为零，规避招标", "高",
     "养护工程按限额标准发包，化整为零的一律不予拨付。"),
    ("Y205", "K12+100", "标志标线补划", "向施工单位索要好处费、接受宴请", "中",
     "签订廉政合同，施工单位廉洁回访每季度一次。"),
    ("Y205", "K20+750", "冬季防滑料储备", "防滑料入库数量不实，账物不符", "低",
     "防滑料过磅入库，每月盘点，账物核对。"),
    ("X412", "K14+050", "水毁抢修", "抢险工程事后补签手续，工程量无据可查", "高",
     "抢险工程当日报备，现场影像资料存档。"),
]  # fmt: skip


def section_of(route: str, at: str) -> tuple:
    """The roster row whose route is ``route`` and whose range (lower end inclusive) holds ``at``."""
    hits = [s for s in SECTIONS if s[0] == route and stake(s[1]) <= stake(at) < stake(s[2])]
    assert len(hits) == 1, (route, at)
    return hits[0]


def pengyang_rural_road_station_stake_sections() -> dict:
    unit = f"{PLACE}农村公路养护站"
    sh = _Sheet("排查表", [6, 10, 11, 14, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度养护工程廉政风险排查表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年4月", 7)
    sh.add("序号", "路线编号", "桩号", "养护项目", "廉政风险点", "风险等级", "防控措施")
    for i, (route, at, work, point, lv, measures) in enumerate(WORKS, 1):
        sh.add(i, route, at, work, point, lv, measures)
    sh.add()
    _line(sh, "管养路段责任分工", 7)
    sh.add("路线编号", "起止桩号", "里程（公里）", "养护工区", "职务", "负责人", None)
    for route, lo, hi, km, area, post, who in SECTIONS:
        sh.add(route, f"{lo}—{hi}", km, area, post, who, None)
    sh.add()
    sh.add("编制：", None, "审核：", None, "站长（签字）：", None, None)
    # the truth one form a 工区长, in the roster's order
    for sec in SECTIONS:
        _route, _lo, _hi, _km, area, post, who = sec
        for route, at, _work, point, lv, _measures in WORKS:
            if section_of(route, at) == sec:
                t.point(sh.name, area, post, who, "middle", point, [], HML[lv])
    return _layout(
        "pengyang_rural_road_station_stake_sections", "http://www.nodetpl.com/2024/0104/484179.shtml",
        "(harder) 县农村公路养护站 养护工程廉政风险排查表, after the source's 县纪委 on “四好农村路” (施工建设, 资金使用, "
        "工程审计, 道路养护, 农村道路养护中心, 招投标, 物资采购, 工程款拨付): a title, a 填报单位/date line, then ONE ROW A "
        "POINT keyed by the route code and the STAKE of the work (序号/路线编号/桩号/养护项目/廉政风险点/风险等级 高/中/低/"
        "防控措施), no holder column, no type column; under it a ``管养路段责任分工`` table (路线编号/起止桩号 ``K0+000—"
        "K18+600``/里程/养护工区/职务/负责人) splitting the routes into sections by STAKE RANGES, one route between two "
        "工区: a row's holder is the 工区长 whose section holds the row's stake on its route; an 编制/审核/站长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pengyang_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仝翯岍", "局长", "主持全面工作", [
            ("交通重点工程项目立项和招标干预插手", "一级", "重点工程进入县公共资源交易中心，结果公示。"),
            ("交通建设资金拨付不按进度和合同", "一级", "资金拨付经局党组会研究，按计量支付。"),
        ]),
        ("逯澴珩", "副局长", "分管工程建设、质量监督", [
            ("工程设计变更审批把关不严", "一级", "设计变更分级审批，重大变更专家论证。"),
            ("交工验收走过场，降低质量标准", "二级", "交工验收邀请质监、审计部门参加。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程股", "股长", "逯峤旻", "middle", "工程造价审核不严，高估冒算", "一级",
         "造价委托第三方审核，结果复核。"),
        ("工程股", "股长", "逯峤旻", "middle", "施工单位资质审查走过场", "二级", "资质审查双人核验，网上查询留痕。"),
        ("工程股", "股员", "仝浛玙", "general", "隐蔽工程签证不到现场", "二级", "隐蔽工程影像资料与签证一并存档。"),
        ("计划财务股", "股长", "仝沺骃", "middle", "农村公路养护资金分配不按里程测算", "一级", "资金分配方案公开，接受审计。"),
        ("计划财务股", "会计", "逯汭璟", "general", "工程款支付凭证审核不严", "三级", "支付凭证三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "pengyang_transport_bureau_two_sheets", "http://m.jobdf.com/shengchanguanliyanfa/shengchanjihua/586339.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 交通局主要职能 (重点公路交通工程建设, 工程造价控制, "
        "质量监督, 交通资金拨付和监管, 路政管理, 运输市场): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def pengyang_highway_section_posts() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "leader", "治超罚没款管理", "罚款决定与收缴不分离，坐收坐支", "制度机制风险", "高",
         "罚没款一律通过银行缴入国库，票据统一领用。"),
        ("路政股", "股长", "middle", "超限车辆处理", "超限车辆不卸载、不处罚即放行", "岗位职责风险", "高",
         "超限处理全程录像，两名执法人员同时在场。"),
        ("路政股", "股长", "middle", "检测收费", "违规收取检测费、停车费", "思想道德风险", "中",
         "站内公示不收费项目，设立举报电话。"),
        ("路政股", "路政员", "general", "路政许可", "公路用地占用许可不按条件审查", "业务流程风险", "中",
         "许可材料初审、复审两级，结果公示。"),
        ("养护股", "技术员", "general", "养护材料验收", "沥青、砂石料验收数量不实", "业务流程风险", "中",
         "材料过磅验收，双人签字。"),
        ("养护股", "技术员", "general", "机械台班登记", "养护机械台班虚报", "外部环境风险", "低",
         "台班记录每日由班组长签认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "pengyang_highway_section_posts", "http://www.tapintomentalhealth.com/news/details/49333.html",
        "县公路管理段 岗位廉政风险点排查表 对岗不对人, after the source's 公路超限检测站管理办法 (罚款决定与罚款收缴分离, 不得收取"
        "检测费、停车费, 2名以上执法人员, 持证上岗): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pengyang_road_transport_office_cards() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "逯昉澂", "所长", "主持全所工作", "leader", [
            ("驾培机构备案审查放宽条件", "★★★", "备案材料集体审查，结果网上公开。"),
            ("参与或变相参与驾培机构经营", "★★★", "签订承诺书，每年申报个人有关事项。"),
            ("接受运输企业宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "仝霁沨", "副所长", "分管驾培、维修市场监管", "leader", [
            ("驾培收费标准检查流于形式", "★★", "收费标准公示，检查结果通报。"),
            ("对“黑驾校”“黑教练车”查处不力", "★★", "联合交警开展集中整治，案件统一登记。"),
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
        "pengyang_road_transport_office_cards", "http://yxhgc.com/content/2010-09/04/content_8478342.htm",
        "县道路运输管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 市运管局 驾培市场集中整治 (黑驾校, "
        "黑教练车, 收费标准, 教练员吃拿卡要, 质量信誉考核): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def pengyang_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}交通运输综合执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "仝璪峋", "leader", [
                ("重大行政处罚案件不经集体讨论", "一级风险", "重大案件法制审核后集体讨论决定。"),
                ("执法车辆和装备采购不按程序", "二级风险", "采购按政府采购目录执行。"),
            ]),
        ]),
        ("二、路政中队", "路政中队", [
            ("中队长", "逯琡岑", "middle", [
                ("夜间联合执法中对超限车辆选择性查处", "一级风险", "执法记录仪全程记录，每周抽查回放。"),
            ]),
            ("执法队员", "仝汧瑀", "general", [
                ("扣押车辆保管不善或私自放行", "二级风险", "扣押车辆登记入场，放行经中队长审批。"),
                ("卸载货物处置不登记", "三级风险", "卸载货物清点登记，当事人签字。"),
            ]),
        ]),
        ("三、运政中队", "运政中队", [
            ("中队长", "逯珝岚", "middle", [
                ("对非法营运车辆降低处罚标准", "二级风险", "严格执行裁量基准，案件网上流转。"),
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
        "pengyang_enforcement_brigade_group_rows", "http://jtaqzix.org.cn/show-4295.html",
        "县交通运输综合执法大队 廉政风险防控责任清单, after the source's 路政执法监察大队 and 交警 at night (重点路段排查, "
        "称重, 卸载, 扣押超限超载车辆): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、大队领导``, ``二、路政中队``, ``三、运政中队`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def pengyang_overload_station_selfchecks() -> dict:
    unit = f"{PLACE}公路超限运输检测站"
    t = _Truth(unit)
    people = [
        ("仝曦璠", "站领导", "站长", "leader", [
            ("检测数据人为修改，为超限车辆开脱", "Ⅰ级", "称重数据自动上传，修改留痕。", "已落实"),
            ("后勤人员参与拦车、检查证件", "Ⅱ级", "无执法证人员不得参与执法活动。", "未发现问题"),
        ]),
        ("逯澔璘", "检测一班", "班组长", "middle", [
            ("过磅时放“人情车”", "Ⅰ级", "过磅视频与称重记录每日比对。", "已落实"),
            ("超限记录登记不全", "Ⅲ级", "超限记录一车一档。", "已落实"),
        ]),
        ("仝峋沄", "检测二班", "检测员", "general", [
            ("卸货过程中索要好处", "Ⅱ级", "卸货现场视频监控全覆盖。", "未发现问题"),
            ("值班期间擅离岗位", "Ⅲ级", "值班实行签到，站领导每夜抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在班组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pengyang_overload_station_selfchecks", "https://m.gzjll.com/3/5731297.html",
        "县公路超限运输检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on "
        "超限检测站 (地磅称重, 引导车辆过磅, 记录超限数据, 罚款或卸货, 联合交警): a title, a label row ``姓　名 | 所在班组 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def pengyang_transport_centre_list() -> dict:
    unit = f"{PLACE}交通运输事业发展中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "逯翛珹", "leader", "路产损坏赔偿数额随意减免", "制度机制", "高风险",
         "赔偿按标准计算，减免经集体研究。"),
        ("中心领导", "主任", "逯翛珹", "leader", "公路两侧广告牌设置许可打招呼", "思想道德", "中风险",
         "许可条件公开，审批结果公示。"),
        ("路产管理部", "部长", "仝瑷峤", "middle", "擅自挖掘路面案件查处不到位", "岗位职责", "高风险",
         "案件网上登记，办结情况每月通报。"),
        ("路产管理部", "部长", "仝瑷峤", "middle", "路产巡查记录弄虚作假", "业务流程", "中风险",
         "巡查轨迹定位，记录与轨迹比对。"),
        ("综合部", "出纳", "逯澂岏", "general", "路产赔偿款收取不开票据", "业务流程", "中风险",
         "赔偿款统一缴入财政专户，开具票据。"),
        ("综合部", "会计", "仝瑄沂", "general", "公务用车费用报销审核不严", "外部环境", "低风险",
         "用车费用一车一账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "pengyang_transport_centre_list", "https://mzzpw.net/falv/202503/100075.html",
        "县交通运输事业发展中心 岗位廉政风险防控一览表, after the source's note on 路政执法 (公路设施保护, 路产路权, 随意设置"
        "广告牌, 非法挖掘路面, 超限运输监管): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/"
        "审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def pengyang_bus_station_register() -> dict:
    unit = f"{PLACE}汽车客运站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "逯璩沄", "leader", [
            ("客运班线车辆进站协议暗箱操作", "制度机制", "一级", "进站协议经站务会研究，条件统一。"),
            ("默许“黑客运车”站外揽客", "思想道德", "二级", "配合运管开展专项整治，发现即报。"),
        ]),
        ("票务部", "部长", "仝峱瑢", "middle", [
            ("票款缴存不及时，截留挪用", "业务流程", "一级", "票款日结日缴，系统对账。"),
        ]),
        ("票务部", "售票员", "逯沨玥", "general", [
            ("倒卖车票、加价售票", "外部环境", "二级", "实名售票，票价公示。"),
            ("退票手续费收取不规范", "岗位职责", "三级", "退票按规定标准收取并开具凭证。"),
        ]),
        ("安检部", "安检员", "仝珧岍", "general", [
            ("出站车辆安全检查签字不查车", "岗位职责", "一级", "安检过程录像，每日抽查。"),
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
        "pengyang_bus_station_register",
        "https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/sjtysj/czsrmzf/yfxz/FZXX/202206/t20220606_2554032.shtml",
        "县汽车客运站 廉政风险点排查登记表, after the source's 市区 道路客运、驾驶员培训、机动车维修 专项整治 (黑客运车, 黑陪练点, "
        "黑汽车维修点, 教育和处罚相结合): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pengyang_rural_road_station_stake_sections(),
    pengyang_transport_bureau_two_sheets(),
    pengyang_highway_section_posts(),
    pengyang_road_transport_office_cards(),
    pengyang_enforcement_brigade_group_rows(),
    pengyang_overload_station_selfchecks(),
    pengyang_transport_centre_list(),
    pengyang_bus_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch594-inbox"))
