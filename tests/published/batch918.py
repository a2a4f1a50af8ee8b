"""The nine-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's energy and
power bodies, 亚东县 (日喀则市, 西藏自治区) — its 发展和改革委员会 (能源股), 水电站管理所, 农村电力服务站,
新能源服务中心, 燃料供应站, 电力项目服务中心 and two 乡镇电力服务站 (下司马镇, 帕里镇) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 发展和改革委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农村电力服务站's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 新能源服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 燃料供应站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 电力项目服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 下司马镇电力服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 帕里镇电力服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yadong_hydropower_shift_roster``: the 水电站管理所's 运行岗位廉政风险点排查表, an ordinary list 对岗不对人
  (``序号 | 部门 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, 部门 and 岗位 merged, no names) whose posts
  are filled by a SHIFT ROSTER on a second sheet, ``运行值班表``: ``值别 | 值长 | 主值班员 | 副值班员 |
  值班时间``, one row a shift (``一值``, ``二值``, ``三值``), each post a COLUMN and each cell the one
  person of that shift in that post; a ``注：`` line under the list says the posts' people are in
  the 运行值班表. So every post's points belong to each of the three people the roster's column
  of that post names (the 值长's points to the three 值长, …). The docs know a roster of
  ``post | name`` PAIRS above a list of posts (``村文书 | 戴晓军 | 村报账员 | 史红霞``), a name list
  (``序号 | 姓名 | 科室 | 职务``, one row a person) beside or under the list, and a card whose label
  rows name a vehicle's crew; they do not describe a shift grid (值别 × 岗位: shifts as rows, posts
  as column headings, several people to one post, one in each shift row) that fills a 对岗不对人
  list's posts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on the 能源项目 审批
利益链 — “路条”, 前期工作, 核准; a piece on 农村水电 安全监管 — 水电站 运行, 年检, 安全生产; a 县供电分公司's
rules on 自用电 and the “三电” — 抄表, 估抄, 漏抄, 表计; the 光伏扶贫 review — 村级电站, 运维, 收益分配;
a 旗 政府采购 note on 取暖用煤 — 协议供货商, 购进, 储备; the 能源系统腐败路径 report — 核准项目,
安置亲友; a 乡镇电管站 细则 — 电价电费公开, 张榜公布, 微机开票, 事故抢修; a paper on 供电所
电费 “月清月结” — 营抄员 垫钱, 陈欠电费) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 蒉 and 莘 with rare given names); every unit is a body of 亚东县.

Run ``python tests/published/score.py --set batch918`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each person the 运行值班表 names holds every point of the post whose column
  names them (one form a person, 科室 运行股 from the list, the form's sheet the list's 排查表);
  ``值别`` and ``值班时间`` are no posts and no points; the roster's rows are no points;
- ``委领导``, ``站领导``, ``中心领导`` (a sheet's tab, a 所室/部门 cell, a group row) are the 科室 of
  those leaders only where a 科室 cell or group row writes them; the 发改委's leaders (sheet 委领导)
  and the cards' leaders have no 科室; a 股, a 室 and a 组 are 科室; a group row ``二、采购组`` gives
  the 科室 ``采购组``;
- 主任 and 副主任 of the 发改委 and of a 中心, 站长 and 副站长 are leaders; 股长, 组长 and the 值长 (the
  head of a shift) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 农村电力服务站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b918_"
PLACE = "亚东县"
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

# (岗位, tier, [(廉政风险点, 风险等级, 防控措施)])
SHIFT_POSTS = [
    ("值长", "middle", [
        ("发电量、上网电量统计数据弄虚作假", "一级", "发电量以关口电能表为准，值长、站长双签字。"),
        ("设备缺陷隐瞒不报，为检修单位虚列检修项目", "二级", "缺陷记录录入运行日志，检修项目经所务会审定。"),
    ]),
    ("主值班员", "general", [
        ("运行日志补记、代签，掩盖违规操作", "二级", "运行日志当班填写，交接班双方签字。"),
        ("收受外来人员好处，违规放行进入厂房", "三级", "外来人员登记并由值长批准，监控录像存档。"),
    ]),
    ("副值班员", "general", [
        ("巡回检查走过场，备品备件私拿外借", "三级", "巡检定点打卡，备品备件出入库登记。"),
    ]),
]  # fmt: skip

# (值别, 值长, 主值班员, 副值班员, 值班时间)
SHIFTS = [
    ("一值", "蒉玙翾", "莘璩湝", "蒉淏峋", "0:00—8:00"),
    ("二值", "莘湜琎", "蒉岵瑢", "莘峣璈", "8:00—16:00"),
    ("三值", "蒉巘湲", "莘澥琚", "蒉渟璨", "16:00—24:00"),
]


def yadong_hydropower_shift_roster() -> dict:
    unit = f"{PLACE}水电站管理所"
    t = _Truth(unit)
    sh = _Sheet("排查表", [6, 10, 12, 40, 10, 38])
    _line(sh, f"{unit}运行岗位廉政风险点排查表", 6)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, _tier, points in SHIFT_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, "运行股", post, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[2])])
    _line(sh, "注：本表对岗不对人，各岗位人员按《运行值班表》轮值，不再逐人填写。", 6)
    sh.add("编制：运行股", None, "审核：", None, "2025年5月", None)
    roster = _Sheet("运行值班表", [8, 12, 12, 12, 16])
    _line(roster, f"{unit}2025年运行值班表", 5)
    roster.add("值别", "值长", "主值班员", "副值班员", "值班时间")
    for shift in SHIFTS:
        roster.add(*shift)
    _line(roster, "注：三班轮值，每周轮换一次；遇节假日由所长另行安排。", 5)
    # the truth: each person the roster names holds every point of the post whose column names them
    for col, (post, tier, points) in enumerate(SHIFT_POSTS, 1):
        for shift in SHIFTS:
            for point, lv, _measures in points:
                t.point(sh.name, "运行股", post, shift[col], tier, point, [], GRADES[lv])
    return _layout(
        "yadong_hydropower_shift_roster", "http://m.fx361.com/news/2022/0314/18730924.html",
        "(harder) 县水电站管理所 运行岗位廉政风险点排查表 对岗不对人, after the source's paper on 农村水电 安全监管 "
        "(水电站 运行, 安全生产大检查, 年检): sheet 排查表 ``序号 | 部门 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, "
        "部门 and 岗位 merged, ``一级/二级/三级``, no names, a ``注：`` line pointing to the roster; sheet 运行值班表, "
        "a SHIFT ROSTER GRID ``值别 | 值长 | 主值班员 | 副值班员 | 值班时间`` (一值/二值/三值 rows, a post a column, "
        "one person a cell): each post's points are held by the three people of its column",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yadong_drc_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒉翚岫", "主任", "主持全面工作", [
            ("能源项目“路条”出具个人说了算", "一级", "项目前期复函经委党组会集体研究，会议纪要存档。"),
            ("为亲友在能源项目中承揽工程、入股分利打招呼", "一级", "领导干部插手项目登记报告，亲属经商办企业报备。"),
        ]),
        ("莘翥澂", "副主任", "分管能源、价格工作", [
            ("企业投资能源项目核准把关不严，放宽支持性文件要求", "一级", "核准要件清单公开，审查意见两人以上签署。"),
            ("电价、热价成本监审中收受企业好处", "二级", "成本监审委托第三方，结果在网上公示。"),
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
        ("能源股", "股长", "蒉霈琮", "middle", "能源项目前期工作进度信息向特定企业泄露", "一级",
         "项目信息统一在投资项目在线审批监管平台发布。"),
        ("能源股", "股长", "蒉霈琮", "middle", "农村电网改造项目资金审核不严", "二级", "资金拨付凭验收报告，财务股复核。"),
        ("能源股", "科员", "莘霙珧", "general", "项目申报材料受理不一次性告知，故意刁难", "三级", "受理实行一次性告知，限时办结。"),
        ("投资股", "股长", "蒉焜岢", "middle", "政府投资能源项目概算审核放宽标准", "二级", "概算审核委托评审机构，股室集体复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yadong_drc_two_sheets", "https://finance.gucheng.com/201308/2518514.shtml",
        "县发展和改革委员会 廉政风险防控一览表 in TWO SHEETS, after the source's report on the 能源项目 审批利益链 "
        "(“路条”, 前期工作, 核准, 支持性文件): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yadong_rural_power_station_posts() -> dict:
    unit = f"{PLACE}农村电力服务站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "站所自用电管理", "站所自用电超指标不核算，转供外部用电", "制度机制风险", "高",
         "自用电每月据实抄录，超指标部分从绩效中抵扣。"),
        ("营业室", "抄表员", "general", "电能表抄录", "随意估抄、漏抄，为亲友少计电量", "岗位职责风险", "高",
         "抄表数据现场拍照上传，营业室每月抽查。"),
        ("营业室", "抄表员", "general", "“三电”行为", "收受好处办理人情电、关系电", "思想道德风险", "中",
         "职工家庭用电每月统计公示，接受监督。"),
        ("营业室", "收费员", "general", "电费收缴", "收取电费不开票据，截留挪用电费", "业务流程风险", "高",
         "电费统一微机开票，当日缴入电费专户。"),
        ("计量室", "计量员", "general", "表计更换", "更换表计不加封，人为追加电量报账", "业务流程风险", "中",
         "表计安装、轮换、加封双人到场，用户签字确认。"),
        ("线路运维室", "运维电工", "general", "低压线路维修", "维修材料虚报冒领，向用户索要好处", "外部环境风险", "低",
         "维修材料领用登记，维修后用户回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yadong_rural_power_station_posts", "https://ncdqh.com.cn/manage/201502/141105.html",
        "县农村电力服务站 岗位廉政风险点排查表 对岗不对人, after the source's 县供电分公司 rules on 站所自用电 and the "
        "“三电” (权力电、人情电、关系电; 抄表, 估抄、漏抄, 表计安装、轮换、加封): a title, 序号/所室 merged/岗位 merged "
        "per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yadong_new_energy_center_cards() -> dict:
    unit = f"{PLACE}新能源服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "莘燊岷", "主任", "主持中心全面工作", "leader", [
            ("村级光伏扶贫电站运维单位选定暗箱操作", "★★★", "运维服务公开采购，中心领导班子集体研究。"),
            ("光伏扶贫电站收益分配向关系户倾斜", "★★★", "收益分配方案经乡村公示，资金直达村集体账户。"),
            ("接受设备供应商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "蒉朏瀓", "副主任", "分管项目运维、监测", "leader", [
            ("电站发电量监测数据审核不严，虚报发电收益", "★★", "监测数据与电网结算单逐月核对。"),
            ("逆变器等设备维修更换虚列费用", "★★", "维修更换拍照留存，旧件回收登记。"),
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
        "yadong_new_energy_center_cards", "http://www.zhgny.org.cn/Detail.aspx?newsId=7837&TId=343",
        "县新能源服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's review of 光伏扶贫 (村级电站, "
        "运营管理, 运维, 收益分配): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yadong_fuel_station_group_rows() -> dict:
    unit = f"{PLACE}燃料供应站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "莘旼瑀", "leader", [
                ("取暖用煤协议供货商确定中暗箱操作", "一级风险", "供货商由县政府采购中心按程序确定，站内不得指定。"),
                ("燃料调拨向关系单位倾斜", "二级风险", "调拨计划按采暖单位用煤进度制定，站务会研究。"),
            ]),
        ]),
        ("二、采购组", "采购组", [
            ("组长", "蒉暾嵘", "middle", [
                ("燃料购进价格高于协议价，从中收取回扣", "一级风险", "购进价格与协议价逐批比对，财务复核。"),
            ]),
            ("采购员", "莘熠瑊", "general", [
                ("燃料质量验收降低标准", "二级风险", "每批燃料抽样化验，两人以上验收签字。"),
                ("接受供货商宴请、土特产", "三级风险", "签订廉洁承诺书，节前廉洁提醒。"),
            ]),
        ]),
        ("三、仓储组", "仓储组", [
            ("司磅员", "蒉嶷沨", "general", [
                ("过磅数据弄虚作假，虚增入库数量", "一级风险", "地磅数据自动上传，监控录像保存三个月。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yadong_fuel_station_group_rows", "http://gongre.com/news/show.php?itemid=912",
        "县燃料供应站 廉政风险防控责任清单 under GROUP ROWS, after the source's note on 冬季取暖用煤 集中采购 (政府采购中心, "
        "协议供货商, 按用煤进度购进, 储备用煤): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、站领导``, ``二、采购组``, ``三、仓储组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def yadong_power_project_center_selfchecks() -> dict:
    unit = f"{PLACE}电力项目服务中心"
    t = _Truth(unit)
    people = [
        ("莘珹霂", "中心领导", "主任", "leader", [
            ("核准项目中为亲友安排分包工程", "Ⅰ级", "领导干部亲属从业情况登记，项目分包报备。", "已落实"),
            ("项目审查意见受请托人影响", "Ⅱ级", "审查意见集体会审，全程留痕。", "未发现问题"),
        ]),
        ("蒉瓅澔", "项目审核室", "审核员", "general", [
            ("项目申报材料审核走过场", "Ⅰ级", "审核实行初审、复审两级，限时办结。", "已落实"),
            ("向申报企业泄露评审专家信息", "Ⅲ级", "专家名单保密，评审前随机抽取。", "已落实"),
        ]),
        ("莘琭嶂", "综合室", "会计", "general", [
            ("项目前期经费报账审核不严", "Ⅱ级", "报账单据三级审核，专账核算。", "未发现问题"),
            ("公务接待超标准列支", "Ⅲ级", "接待实行公函制度，清单与票据一并报账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yadong_power_project_center_selfchecks", "http://www.talk380.com/news/203.html",
        "县电力项目服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "the 能源系统腐败路径 (核准项目, 安置亲友分杯羹, 审批权): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yadong_xiasima_town_station_list() -> dict:
    unit = f"{PLACE}下司马镇电力服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "莘滉玶", "leader", "到户电价执行不公开，搭车收费", "制度机制", "高风险",
         "到户电价电费每月按台区张榜公布。"),
        ("站领导", "站长", "莘滉玶", "leader", "事故抢修物资调配优亲厚友", "岗位职责", "中风险",
         "抢修物资出入库登记，站务会每月通报。"),
        ("营业组", "收费员", "蒉翃嵩", "general", "电费票据不按规定开具，截留电费", "业务流程", "高风险",
         "电费实行微机开票，票据一式两份。"),
        ("营业组", "收费员", "蒉翃嵩", "general", "为熟人减免、缓缴电费", "思想道德", "低风险",
         "减免缓缴须经站长批准并公示。"),
        ("抢修组", "抢修电工", "莘峘璁", "general", "故障抢修向用户索要好处费", "外部环境", "中风险",
         "抢修服务公开承诺，事后电话回访。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yadong_xiasima_town_station_list", "http://www.lygzb.net/html/text/chl/1634/163437_2.html",
        "镇电力服务站 岗位廉政风险防控一览表, after the source's 乡镇电管站 细则 (电价、电费、电量公开, 按台区张榜公布, "
        "微机开票, 杜绝“人情电、关系电、权力电”和搭车收费, 事故抢修): ``附件3``, a title, a merged 填报单位（盖章）/"
        "填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def yadong_pali_town_station_register() -> dict:
    unit = f"{PLACE}帕里镇电力服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "蒉瀼珵", "leader", [
            ("电费回收考核弄虚作假，对外借款充抵欠费", "制度机制", "一级", "电费回收按实际到账考核，严禁借款垫付。"),
            ("台区线损指标调整不公开", "岗位职责", "二级", "线损指标按台区测算，结果公示。"),
        ]),
        ("营抄组", "营抄员", "莘曈岞", "general", [
            ("个人垫付电费后向用户加价收回", "业务流程", "一级", "陈欠电费清单上报，站里统一催收。"),
            ("持有陈欠电费发票、白条不及时清理", "业务流程", "二级", "电费发票每月核销，白条一律不得入账。"),
        ]),
        ("综合组", "出纳", "蒉澴翂", "general", [
            ("电费资金公款私存", "思想道德", "三级", "电费资金当日存入专户，每月对账。"),
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
        "yadong_pali_town_station_register", "https://www.ppdoc.com/periodical/fbaebe20624fdab57da8a450a2d2bb04.html",
        "镇电力服务站 廉政风险点排查登记表, after the source's paper on 农村供电所 电费 “月清月结” (营抄员 个人垫钱, "
        "对外贷款, 陈欠电费发票或条子): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yadong_hydropower_shift_roster(),
    yadong_drc_two_sheets(),
    yadong_rural_power_station_posts(),
    yadong_new_energy_center_cards(),
    yadong_fuel_station_group_rows(),
    yadong_power_project_center_selfchecks(),
    yadong_xiasima_town_station_list(),
    yadong_pali_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch918-inbox"))
