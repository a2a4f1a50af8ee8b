"""The six-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's market
service bodies, 赛罕区 (of 呼和浩特市, 内蒙古自治区) — its 农贸市场服务中心, 蔬菜批发市场管理中心,
价格监测中心, 市场开发服务中心, 农产品质量检测站, 集贸市场管理所, 商贸流通服务中心 and 菜篮子工程服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 蔬菜批发市场管理中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 价格监测中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低; no names;
- the 市场开发服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``所在科室`` line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农产品质量检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 集贸市场管理所's 清单 under GROUP ROWS ``一、所领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 商贸流通服务中心's 一览表 under ``附件3`` and a 填报单位 line, ``科室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 菜篮子工程服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``saihan_market_centre_leaders_by_division``: the 农贸市场服务中心's 领导班子廉政风险防控清单, ONE ROW A
  POINT ``序号 | 分管科室 | 廉政风险点 | 风险等级 | 防控措施`` with NO post or name column; the leaders
  stand only in a merged prose line above the heading, ``领导班子分工：主任羊X主持全面工作，分管办公室、
  财务室；副主任翟Y分管市场管理科、摊位租赁科；副主任羊Z分管价格信息科、安全保卫科。`` — each row's point is
  the point of the leader whose 分管 list holds the row's 分管科室 (the 科室 is his field of charge, not
  his 科室). The README's 读得懂的表 knows a 责任主体 group resolved by a roster keyed by group, holders
  of 执法环节 in a stage legend line, a 分级管控 roster of tiers by 科室, a 处室 × 责任层级 roster and a
  group row ``二、副局长　某某（分管…）``; it does not describe a list keyed only by 分管科室 whose holders
  are found through a prose 分工 line naming each leader's divisions.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 农贸市场 overview — 市场服务中心
管理十一个市场, 摊位, 监管盲区; 批发市场 “进门费” 坐地收钱; a 果菜批发市场 收 进门费 with 白条; a 蔬菜批发市场
擅自提高管理费; 南北蔬菜批发市场 滥收费、商业贿赂、不建台账; 中南蔬菜批发市场 十年搬迁 and a 纪委通报; a 区
价格监测 网络 — 监测点, 采价上报; a 区 价格管理科 保价稳供 — 数据采集、审核把关) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 羊 and 翟 with rare given names); every unit is a body of 赛罕区.

Run ``python tests/published/score.py --set batch640`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is the point of the one leader whose 分管 list in the 分工 line holds
  the row's 分管科室, with the row's level; one form a leader (主任, 副主任, 副主任), no 科室 (the
  分管科室 is his field of charge); the 分工 line, the ``注：`` line and the sign-off line are no points;
- ``中心领导``, ``站领导`` and ``所领导`` written in a 科室 cell, a 所在科室 cell or a group row are the
  科室 of those leaders; the 蔬菜批发市场管理中心's leaders (sheet ``中心领导``, no 科室 column) have no 科室;
  ``一、所领导`` gives the 科室 ``所领导`` (its number left off);
- every body is a unit of its own: 主任, 副主任, 所长, 站长 are leaders; 科长 middle; the rest
  (管理员, 收费员, 监测员, 检测员, 会计, 出纳) general;
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

PREFIX = "b640_"
PLACE = "赛罕区"
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

# the 领导班子 and their 分管科室, as the 分工 line gives them: (post, name, 主持全面工作?, divisions)
LEADERS = [
    ("主任", "羊翊澂", True, ("办公室", "财务室")),
    ("副主任", "翟沨琰", False, ("市场管理科", "摊位租赁科")),
    ("副主任", "羊砚琤", False, ("价格信息科", "安全保卫科")),
]

# (分管科室, 廉政风险点, 风险等级, 防控措施)
BY_DIVISION = [
    ("财务室", "市场管理费、摊位租金收入不入账，设“小金库”", "高",
     "收费全部进入中心账户，票据统一印制、按号核销。"),
    ("办公室", "公务接待、车辆使用超标准，虚列开支", "中", "接待和用车实行审批单制度，每季度公示。"),
    ("市场管理科", "对市场内违规经营户该罚不罚，收受好处", "高", "巡查记录当日录入系统，处罚结果公示。"),
    ("摊位租赁科", "摊位分配、续租暗箱操作，优亲厚友", "高", "摊位招租公开竞价，结果在市场大厅公示。"),
    ("摊位租赁科", "默许经营户私自转租、转让摊位", "中", "每半年核对摊位实际经营人，转租一律收回。"),
    ("价格信息科", "对外发布的菜价信息受人请托改动", "中", "采价数据双人核对，发布前科长签字。"),
    ("市场管理科", "擅自设立进场费、停车费等收费项目", "高", "收费项目和标准报区发改部门核准并上墙公示。"),
    ("安全保卫科", "消防、安全检查走过场，隐患不督促整改", "低", "检查台账留存照片，隐患整改销号管理。"),
    ("财务室", "冷库、场地维修工程结算审核把关不严", "中", "维修工程结算送审计机构审核。"),
]  # fmt: skip


def saihan_market_centre_leaders_by_division() -> dict:
    unit = f"{PLACE}农贸市场服务中心"
    sh = _Sheet("班子成员", [6, 14, 40, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子廉政风险防控清单", 5)
    parts = []
    for post, who, whole, divisions in LEADERS:
        parts.append(
            f"{post}{who}{'主持中心全面工作，' if whole else ''}分管{'、'.join(divisions)}"
        )
    _line(sh, f"领导班子分工：{'；'.join(parts)}。", 5)
    sh.add("序号", "分管科室", "廉政风险点", "风险等级", "防控措施")
    for i, (division, point, lv, measures) in enumerate(BY_DIVISION, 1):
        sh.add(i, division, point, lv, measures)
    for post, who, _whole, divisions in LEADERS:
        for division, point, lv, _measures in BY_DIVISION:
            if division in divisions:
                t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    _line(sh, "注：各风险点由分管该科室的班子成员负责防控；风险等级分高、中、低三级。", 5)
    sh.add("填表：", None, "审核：", None, "2025年5月")
    return _layout(
        "saihan_market_centre_leaders_by_division", "https://www.xiaomilidoc.com/p-13332612.html",
        "(harder) 区农贸市场服务中心 领导班子廉政风险防控清单, after the source's overview of a city's 农贸市场 (市场服务中心 "
        "管理十一个市场, 摊位, 承包, 监管盲区): a title, a merged prose line ``领导班子分工：主任某某主持中心全面工作，分管办公室、"
        "财务室；副主任某某分管市场管理科、摊位租赁科；副主任某某分管价格信息科、安全保卫科。``, then ONE ROW A POINT "
        "``序号 | 分管科室 | 廉政风险点 | 风险等级 | 防控措施`` with NO post or name column: each row is the point of the "
        "leader whose 分管 list holds its 分管科室; 高/中/低, no type column; a ``注：`` line and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def saihan_vegetable_wholesale_two_sheets() -> dict:
    unit = f"{PLACE}蔬菜批发市场管理中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 40, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("翟珣湄", "主任", [
            ("批发市场进场费、管理费标准擅自调整", "一级", "收费标准经中心办公会研究并报区发改局备案。"),
            ("市场改造项目插手干预招投标", "一级", "改造项目一律进入区公共资源交易平台。"),
        ]),
        ("羊湜岫", "副主任", [
            ("为关系户减免进场费", "二级", "减免事项书面申请、集体研究、公示。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("收费科", "科长", "羊璟汧", "middle", "进场车辆收费开具白条、不开票据", "一级", "收费一车一票，电子票据实时上传。"),
        ("收费科", "收费员", "翟岚琇", "general", "收费少收多报或收钱不录入系统", "二级", "收费员每日交款对账，监控录像留存。"),
        ("交易管理科", "科长", "羊沅岷", "middle", "对欺行霸市、垄断货源行为不制止", "一级", "设立举报电话，巡查记录存档。"),
        ("交易管理科", "管理员", "翟霂岑", "general", "空闲档口私下转借收取使用费", "二级", "档口使用情况每月盘点公示。"),
        ("交易管理科", "管理员", "翟霂岑", "general", "交易台账登记不全，替经营户隐瞒", "三级", "台账按日登记，科长每周抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "saihan_vegetable_wholesale_two_sheets", "https://www.gsrx.org/plus/view-73632-1.html",
        "区蔬菜批发市场管理中心 廉政风险防控一览表 in TWO SHEETS, after the source's 南北蔬菜批发市场 (滥收费, 空闲档口"
        "转借使用费, 欺行霸市, 商业贿赂, 不建台账): sheet 中心领导 with 姓名/职务 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def saihan_price_monitoring_posts() -> dict:
    unit = f"{PLACE}价格监测中心"
    sh = _Sheet("排查表", [6, 14, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "监测点选定时接受经营者请托", "制度机制风险", "高",
         "监测点经集体研究确定，名单公开。"),
        ("监测科", "科长", "middle", "价格监测分析报告数据把关不严", "岗位职责风险", "中",
         "数据汇总后双人审核，科长签字报送。"),
        ("监测科", "监测员", "general", "采价不到现场，电话估报价格", "业务流程风险", "中",
         "实地采价留存照片和定位记录。"),
        ("监测科", "监测员", "general", "向经营者泄露未发布的监测数据", "思想道德风险", "高",
         "监测数据发布前保密，签订保密承诺。"),
        ("综合科", "会计", "general", "监测点补助发放不实", "业务流程风险", "低", "补助按考核结果发放并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "saihan_price_monitoring_posts", "http://dcsx.cnepaper.com/html/2013-12/05/content_2_4.htm",
        "区价格监测中心 岗位廉政风险点排查表 对岗不对人, after the source's 区 价格监测 (监测点, 采价上报, 电话采价与实地"
        "调查, 分析预测): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def saihan_market_development_cards() -> dict:
    unit = f"{PLACE}市场开发服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "羊峣沨", "主任", "中心领导", "leader", [
            ("新建市场选址、规划受开发商干预", "★★★", "选址方案经专家论证和区政府审定。"),
            ("市场招商引资中收受企业好处", "★★★", "招商条件公开，洽谈两人以上参加。"),
            ("参加企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("开发科科长", "翟琰汐", "科长", "开发科", "middle", [
            ("市场建设项目变更签证把关不严", "★★", "变更签证经监理、跟审共同确认。"),
            ("对入驻企业资质审查走过场", "★★", "资质审查两人核对，材料存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在科室", dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "saihan_market_development_cards", "http://bk.zzlib.net:88/paper/daily/202204/341530.html",
        "区市场开发服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 中南蔬菜批发市场 (十年搬迁, 新市场选址, "
        "纪委通报): a title, ``姓　名 | … | 职　务 | …`` and ``所在科室 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def saihan_quality_testing_selfchecks() -> dict:
    unit = f"{PLACE}农产品质量检测站"
    t = _Truth(unit)
    people = [
        ("翟澍珩", "站领导", "站长", "leader", [
            ("检测设备采购指定品牌", "Ⅰ级", "采购需求集体论证，按政府采购程序办理。"),
            ("抽检计划受经营户请托调整", "Ⅱ级", "抽检对象随机抽取，计划报区农牧局备案。"),
        ]),
        ("羊璩涟", "检测室", "检测员", "general", [
            ("农药残留检测结果弄虚作假", "Ⅰ级", "检测原始记录双人签字，留样备查。"),
            ("抽样不按规程，提前告知经营户", "Ⅱ级", "抽样现场录像，抽样单当场签字。"),
        ]),
        ("翟朏萦", "检测室", "检测员", "general", [
            ("检测试剂领用不登记", "Ⅲ级", "试剂出入库登记，每月盘点。"),
            ("不合格产品处置结果不跟踪", "Ⅱ级", "不合格结果当日通报市场管理方。"),
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
        "saihan_quality_testing_selfchecks", "http://ciudsrc.com/webdiceng.php?id=56900",
        "区农产品质量检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's comment on "
        "批发市场 “进门费” (菜价, 流通成本, 坐地收钱): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def saihan_bazaar_office_group_rows() -> dict:
    unit = f"{PLACE}集贸市场管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "羊玥漪", "leader", [
                ("集贸市场承包经营违规发包", "一级风险", "承包经营公开招标，合同报区商务局备案。"),
                ("临时摊位审批随意，收受好处", "一级风险", "临时摊位统一规划、公开摆放。"),
            ]),
        ]),
        ("二、收费股", "收费股", [
            ("股长", "翟澂屹", "middle", [
                ("卫生费、管理费收支不公开", "二级风险", "收支每月公示，接受经营户监督。"),
            ]),
            ("收费员", "羊砚岷", "general", [
                ("收费不开票据，截留费用", "二级风险", "使用统一票据，每日缴存。"),
                ("对熟人摊位少收或不收费", "三级风险", "收费名册按摊位逐户登记。"),
            ]),
        ]),
        ("三、秩序股", "秩序股", [
            ("股长", "翟玧岙", "middle", [
                ("对占道溢摊经营睁一只眼闭一只眼", "二级风险", "巡查记录每日上报，所长抽查。"),
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
        "saihan_bazaar_office_group_rows", "https://heilongjiang.dbw.cn/system/2004/07/06/016480606.shtml",
        "区集贸市场管理所 廉政风险防控责任清单, after the source's 果菜批发市场 (进门费, 白条, 承包给个人, 占地费): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、收费股``, ``三、秩序股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def saihan_trade_service_list() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "羊曦芃", "leader", "流通企业扶持资金分配不公", "制度机制", "高风险",
         "资金分配方案集体研究并公示。"),
        ("中心领导", "主任", "羊曦芃", "leader", "市场管理费调整不履行报批程序", "岗位职责", "中风险",
         "调整方案报区发改局核准。"),
        ("流通科", "科长", "翟璆湘", "middle", "保供企业名单确定时优亲厚友", "业务流程", "中风险",
         "名单按条件评审，结果公示。"),
        ("流通科", "管理员", "羊崧瑗", "general", "对经营户违规收费投诉不登记", "外部环境", "低风险",
         "投诉登记台账逐件办结销号。"),
        ("综合科", "出纳", "翟璠汧", "general", "收取现金不及时存入银行", "业务流程", "中风险",
         "现金日清日结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "saihan_trade_service_list", "http://news.sina.com.cn/o/2005-07-02/08416329271s.shtml",
        "区商贸流通服务中心 岗位廉政风险防控一览表, after the source's 蔬菜批发市场 擅自提高市场管理费 (收费标准, 物价部门"
        "批准, 运菜车): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def saihan_vegetable_basket_register() -> dict:
    unit = f"{PLACE}菜篮子工程服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "翟琤岱", "leader", [
            ("平价蔬菜直销点布点受人请托", "制度机制", "一级", "布点方案公开征求意见，集体决定。"),
            ("蔬菜储备补贴审批把关不严", "岗位职责", "二级", "补贴申报材料两级审核并公示。"),
        ]),
        ("储备科", "科长", "羊潆昉", "middle", [
            ("储备蔬菜出入库数量不实", "业务流程", "一级", "出入库过磅登记，每月账实核对。"),
        ]),
        ("储备科", "保管员", "翟湘琬", "general", [
            ("储备蔬菜轮换时以次充好", "外部环境", "二级", "轮换验收邀请监测中心参加。"),
            ("冷库钥匙管理不严，私自出库", "思想道德", "三级", "冷库双人双锁管理。"),
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
        "saihan_vegetable_basket_register", "http://sw.sz-dsf.com/yw/xsyw/202312/t20231204_1176368.html",
        "区菜篮子工程服务中心 廉政风险点排查登记表, after the source's 区 价格管理科 保价稳供 (农贸市场、超市, 蔬菜粮油肉禽蛋, "
        "数据采集审核): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    saihan_market_centre_leaders_by_division(),
    saihan_vegetable_wholesale_two_sheets(),
    saihan_price_monitoring_posts(),
    saihan_market_development_cards(),
    saihan_quality_testing_selfchecks(),
    saihan_bazaar_office_group_rows(),
    saihan_trade_service_list(),
    saihan_vegetable_basket_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch640-inbox"))
