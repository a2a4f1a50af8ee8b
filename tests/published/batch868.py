"""The eight-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water and
irrigation bodies, 焉耆回族自治县 (of 巴音郭楞蒙古自治州, 新疆维吾尔自治区) — its 水利局, 灌区管理站,
水资源管理站, 农村饮水工程管理站, 防汛抗旱办公室, 河道管理站 and its 镇 水管站 (七个星镇, 永宁镇) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 灌区管理站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 水资源管理站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、水资源费征收组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 农村饮水工程管理站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, ``…风险`` types, 高/中/低;
- the 防汛抗旱办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 七个星镇水管站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line;
- the 河道管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 永宁镇水管站's 一览表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``工作人员`` (``岗位 | 姓名`` merged per person), ``高风险/中风险/低风险``, no type column.

One is harder:

- ``yanqi_water_bureau_yearly_grades``: the 水利局's 股室岗位廉政风险点一览表 whose ``风险等级（动态评定）``
  is merged over THREE YEAR COLUMNS ``2023年 | 2024年 | 2025年``, each row graded once a year (a point
  added in 2024 or 2025 has ``—`` in the earlier years), and a ``注：`` line saying the grades are
  re-assessed every year and the 2025 grade is the one in force (the earlier years kept for
  comparison). The level of each point is its 2025 grade — not the highest, not the first; in
  most rows the three years differ (graded down after a control was tightened, up after a case).
  The README's 读得懂的表 knows per-period grades (汛前 | 主汛期 | 汛后) with the HIGHEST taken per a
  note, a holder's yearly NAME columns, last year's grade beside a change mark ``↑/↓/—``, a grade
  before and after its measures, and a one-row-a-point-a-year ledger (``登记年度``); it does not
  describe one row a point with a year column of grades each, the latest year counting.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a piece on 地方水利工程管理 —
目标责任书, 资金保障, 管护; a 灌区管理站's 春灌 — 分站, 配水, 灌区职工; a note on 取水许可 and
水资源费 by the 河道管理机构; a village 供水站's construction — 集中供水, 入户, 专项资金; a circular on
防汛抗旱 行政责任人; a study of 基层水管站 — 编制, 水费收支两条线, 人员经费; a 州 条例 on 河道采砂许可
and 砂石资源费; a paper on 农业水价改革 — 水费征收, 供水成本) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 纳 and 冶 with rare given names); every unit is a body of 焉耆回族自治县.

Run ``python tests/published/score.py --set batch868`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the ``2025年`` cell (the year the ``注：`` line puts in force);
  ``2023年`` and ``2024年`` grades and the ``—`` of a point not yet listed are no levels of it; the
  ``注：`` line and the 填表/审核 line are no points;
- ``站领导``, ``局领导`` and ``办领导`` (a 科室 cell, a group row, a 所在科室 cell) are the 科室 of those
  leaders; the 灌区管理站's card holders and the 永宁镇水管站's leaders (sheet ``站领导``, no 科室 column)
  have no 科室; a 局's 股, a 站's 组 and 室 are 科室; a group row ``二、取水管理组`` gives the 科室
  ``取水管理组`` (its number left off);
- every 站, the 水利局 and the 防汛抗旱办公室 are units of their own: 局长, 副局长, 站长, 副站长 and the
  办's 主任 and 副主任 are leaders; 股长 and a 组's 组长 middle; the rest (水管员, 配水员, 会计, 出纳,
  收费员, 水质检测员, 巡查员, 物资保管员, 技术员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 河道管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b868_"
PLACE = "焉耆回族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE_YET = "—"
YEARS = ("2023年", "2024年", "2025年")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, 廉政风险点, grades 2023/2024/2025, 防控措施)
YEARLY = [
    ("局领导", "局长", "纳翀沅", "leader", "水利工程项目立项和资金安排个人说了算", ("一级", "一级", "二级"),
     "项目立项和资金安排经局党组会集体研究，会议纪要存档。"),
    ("局领导", "局长", "纳翀沅", "leader", "插手干预水利工程招标投标", ("二级", "一级", "一级"),
     "工程招标一律进入州公共资源交易平台，领导干部插手干预登记报告。"),
    ("局领导", "副局长", "冶瑧岚", "leader", "高标准农田节水灌溉项目验收降低标准", (NONE_YET, "二级", "一级"),
     "验收邀请乡镇、用水户代表参加，验收结果公示。"),
    ("局领导", "副局长", "冶瑧岚", "leader", "灌溉水量分配向亲友所在村组倾斜", ("一级", "二级", "三级"),
     "配水计划报局务会审定，按轮灌组公开。"),
    ("计划财务股", "股长", "纳霁珩", "middle", "水利专项资金拨付不按工程进度审核", ("二级", "三级", "一级"),
     "资金拨付凭监理签认的进度报表，财务、项目股双审。"),
    ("计划财务股", "会计", "冶翛湄", "general", "水费收入不及时入账，坐收坐支", ("一级", "二级", "二级"),
     "水费实行收支两条线，收费票据统一领用核销。"),
    ("计划财务股", "会计", "冶翛湄", "general", "报账单据审核不严，虚列工程支出", (NONE_YET, NONE_YET, "三级"),
     "报账单据三级审核，每季度与项目台账核对。"),
    ("水政水资源股", "股长", "纳澈璟", "middle", "取水许可审批条件把关不严", ("三级", "二级", "一级"),
     "取水许可现场核查两人以上，审批结果公开。"),
    ("水政水资源股", "股长", "纳澈璟", "middle", "水行政执法以罚代管、选择性执法", ("二级", "二级", "三级"),
     "执法全过程记录，罚没款统一缴入国库。"),
]  # fmt: skip


def yanqi_water_bureau_yearly_grades() -> dict:
    unit = f"{PLACE}水利局"
    ncols = 9
    sh = _Sheet("一览表", [6, 13, 9, 9, 38, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}股室岗位廉政风险点一览表", ncols)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 16}2025年3月", ncols)
    top = sh.add(
        "序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级（动态评定）", None, None, "防控措施"
    )
    sh.add(None, None, None, None, None, *YEARS, None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, grades, measures) in enumerate(YEARLY, 1):
        sh.add(i, dept, post, who, point, *grades, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[grades[-1]])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级每年年初动态评定一次，本年度按2025年评定等级落实防控；2023年、2024年等级供对照，"
              "“—”为当年尚未列入。", ncols)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "yanqi_water_bureau_yearly_grades", "https://www.zhemaiyun.com/news/2014964505141997568",
        "(harder) 县水利局 股室岗位廉政风险点一览表, after the source's piece on 地方水利工程管理 (管理职责, 目标责任书, "
        "资金保障, 灌溉, 管护): a title, a 填报单位（盖章）/date line, then a TWO-ROW heading: 序号/股室/岗位/姓名/"
        "廉政风险点/防控措施 merged down and ``风险等级（动态评定）`` merged over ``2023年 | 2024年 | 2025年``, one "
        "grade a year (``—`` before a point was listed); 股室 merged, 岗位 and 姓名 merged per person; a ``注：`` line "
        "putting the 2025 grade in force (earlier years for comparison); 一级/二级/三级, no type column; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yanqi_irrigation_station_cards() -> dict:
    unit = f"{PLACE}灌区管理站"
    t = _Truth(unit)
    leaders = [
        ("纳沄瑀", "站长", "主持全站工作，分管财务、工程维修", [
            ("渠系维修工程化整为零，规避招标", "★★★", "维修项目按限额报县水利局审批，超限额的公开招标。"),
            ("灌区职工招聘、临时用工优亲厚友", "★★", "临时用工站务会研究，名单在站内公示。"),
            ("收受用水户、施工方礼品礼金", "★", "签订廉洁承诺书，节日前开展廉洁提醒。"),
        ]),
        ("冶珝澄", "副站长", "分管配水调度、分站管理", [
            ("春灌配水不按轮灌计划，给关系户多配水、优先配水", "★★★", "轮灌计划张榜公布，分站配水记录每日上报。"),
            ("量水设施读数不核对，少计水量", "★★", "量水读数配水员、村组代表双方签字。"),
            ("分站报送的灌溉面积不核实", "★★", "灌溉面积按确权数据核对，抽查比例不低于10%。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, work, points in leaders:
        sh = _Sheet(who, [6, 38, 10, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人签字：", None, "监督人签字：", None)
        sheets.append(sh)
    return _layout(
        "yanqi_irrigation_station_cards", "https://fx361.cc/page/2013/0408/20797664.shtml",
        "县灌区管理站 领导干部廉政风险防控卡, one sheet a leader (tabs named by the person), after the source's 灌区管理站 "
        "春灌 (分灌区, 各乡镇分站, 配水, 灌区职工): a title, ``姓　名 | … | 职　务 | …``, a merged ``分管工作`` line, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; a 持卡人/监督人 签字 line; no type column",
        sheets, t,
    )  # fmt: skip


def yanqi_water_resources_group_rows() -> dict:
    unit = f"{PLACE}水资源管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "纳琤朗", "leader", [
                ("取水许可审查意见不经集体研究，个人说了算", "一级风险", "审查意见经站务会集体研究后报局审批。"),
                ("地下水超采区新增机电井审核把关不严", "一级风险", "新增机电井一律现场核查并公示。"),
            ]),
        ]),
        ("二、取水管理组", "取水管理组", [
            ("组长", "冶霂沣", "middle", [
                ("取水计量设施安装验收走过场", "二级风险", "计量设施验收两人以上到场，留存影像。"),
                ("对超计划取水不核定、不加价", "二级风险", "超计划取水按月核定，结果报站务会。"),
            ]),
            ("技术员", "纳湉骁", "general", [
                ("机电井取水量月报数据弄虚作假", "三级风险", "月报数据与远程监测平台比对。"),
            ]),
        ]),
        ("三、水资源费征收组", "水资源费征收组", [
            ("收费员", "冶泠昶", "general", [
                ("水资源费减免、缓缴不按规定审批", "一级风险", "减免缓缴报局审批，结果公示。"),
                ("收费票据保管使用不规范，收费不开票", "二级风险", "票据专人领用登记，每月核销。"),
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
    sh.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "yanqi_water_resources_group_rows", "https://www.ppdoc.com/periodical/b33e8592743a42ec6ccbec0eb0d200f6.html",
        "县水资源管理站 廉政风险防控责任清单, after the source's note on 取水许可 and 水资源费 (河道管理机构统一实施取水许可, "
        "征收水资源费, 执行供水计划): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、站领导``, ``二、取水管理组``, ``三、水资源费征收组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yanqi_rural_water_supply_list() -> dict:
    unit = f"{PLACE}农村饮水工程管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, "附件2", 8)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年4月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "纳翾砚", "leader", "供水管网延伸工程指定施工队伍", "制度机制风险", "高",
         "工程施工队伍按程序比选，比选结果公示。"),
        ("站领导", "站长", "纳翾砚", "leader", "农村供水维修养护资金分配不公", "岗位职责风险", "中",
         "维修养护资金按工程清单分配，站务会研究。"),
        ("工程管理室", "技术员", "冶岫瑶", "general", "入户工程验收不到现场，签字放行", "业务流程风险", "高",
         "入户工程验收随机抽查，村委会代表签字确认。"),
        ("工程管理室", "技术员", "冶岫瑶", "general", "收受材料供应商好处，降低管材质量要求", "思想道德风险", "中",
         "管材进场抽检送检，检测报告存档。"),
        ("水质检测室", "水质检测员", "纳瀞璘", "general", "水质检测数据弄虚作假", "岗位职责风险", "中",
         "检测原始记录双人签字，定期比对送检。"),
        ("财务室", "收费员", "冶淏玙", "general", "自来水入户费、水费收取不开票据", "外部环境风险", "低",
         "收费一律开具票据，收费标准在村务公开栏公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yanqi_rural_water_supply_list", "http://shuiyw.cc/bencandy-50-9374-1.htm",
        "县农村饮水工程管理站 岗位廉政风险防控一览表, after the source's village 供水站 construction (集中供水站, 管网延伸, "
        "自来水入户, 饮水专项资金, 加压站): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


def yanqi_flood_office_selfchecks() -> dict:
    unit = f"{PLACE}防汛抗旱办公室"
    t = _Truth(unit)
    people = [
        ("冶骞沨", "办领导", "主任", "leader", [
            ("防汛抗旱物资采购不按程序，指定供应商", "Ⅰ级", "物资采购纳入政府采购，验收入库双人签字。", "已落实"),
            ("水毁工程修复项目不经评估即安排资金", "Ⅰ级", "水毁项目经技术评估、集体研究后安排。", "未发现问题"),
        ]),
        ("纳晞洹", "综合组", "物资保管员", "general", [
            ("防汛物资出入库不登记，私自外借", "Ⅱ级", "物资出入库台账逐笔登记，汛后盘点。", "已落实"),
            ("报废物资处置不按规定", "Ⅲ级", "报废物资经鉴定、审批后集中处置。", "已落实"),
        ]),
        ("冶琰瀛", "调度组", "技术员", "general", [
            ("抢险队伍补助人数、天数虚报", "Ⅱ级", "补助名单由乡镇核实签字并公示。", "未发现问题"),
            ("山洪预警设施维护合同验收把关不严", "Ⅲ级", "维护验收到点检查，留存照片。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yanqi_flood_office_selfchecks", "http://soolun.net/periodical/38dec5546a9ad7df7b77f689bdb48169.html",
        "县防汛抗旱办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's circular on "
        "防汛抗旱 行政责任人 (防洪河道, 水库, 水闸, 在建工程, 逐级落实责任人): a title, a label row ``姓　名 | 所在科室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yanqi_qigexing_station_register() -> dict:
    unit = f"{PLACE}七个星镇水管站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "纳曈渺", "leader", [
            ("水费收支不执行“收支两条线”，截留挪用", "制度机制", "一级", "水费全额缴入县财政专户，支出按预算申请。"),
            ("末级渠系维护项目虚报工程量", "业务流程", "二级", "工程量由村组代表、监理共同计量签字。"),
        ]),
        ("配水组", "配水员", "冶珈霁", "general", [
            ("收受用水户好处，多配水、少计水", "思想道德", "一级", "配水单一式三联，用水户签字确认。"),
            ("轮灌次序随意调整", "岗位职责", "二级", "轮灌次序张榜公布，调整须站长批准。"),
        ]),
        ("财务室", "出纳", "纳璆澜", "general", [
            ("水费现金坐支，公款私存", "业务流程", "一级", "现金日清月结，每月对账。"),
            ("人员经费发放名单与在岗人员不符", "外部环境", "三级", "发放名单与考勤表核对后公示。"),
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
        "yanqi_qigexing_station_register", "https://21ks.net/lunwen/slkjlw/126011.html",
        "镇水管站 廉政风险点排查登记表, after the source's study of 基层水利服务体系 (乡镇水管站所, 人员编制, 水费收支两条线, "
        "人员经费, 灌区管理): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanqi_river_station_posts() -> dict:
    unit = f"{PLACE}河道管理站"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "河道采砂许可", "采砂许可不按规划审批，为关系人划定砂场", "制度机制风险", "高",
         "采砂许可按采砂规划经集体研究，许可结果公示。"),
        ("站领导", "站长", "leader", "涉河建设项目审查", "涉河建设方案审查降低防洪标准", "岗位职责风险", "中",
         "审查意见经技术人员会审后出具。"),
        ("巡查组", "巡查员", "general", "河道巡查", "发现非法采砂不制止、不上报，收受好处", "思想道德风险", "高",
         "巡查轨迹上传平台，问题发现和上报情况每周通报。"),
        ("巡查组", "巡查员", "general", "砂石资源费征收", "砂石资源费少征、不征", "业务流程风险", "中",
         "征收台账与采砂量核对，票据统一管理。"),
        ("巡查组", "巡查员", "general", "清障验收", "河道清障验收走过场", "外部环境风险", "低",
         "清障验收留存影像，站领导抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yanqi_river_station_posts", "http://www.fymate.net/html/text/lar/169597/16959744_3.html",
        "县河道管理站 岗位廉政风险点排查表 对岗不对人, after the source's 州 条例 (河道管理范围建设审查, 采砂许可, 砂石资源费, "
        "禁止弃置阻碍行洪的物体): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yanqi_yongning_station_two_sheets() -> dict:
    unit = f"{PLACE}永宁镇水管站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冶翊淙", "站长", "主持全面工作", [
            ("农业水价综合改革精准补贴资金发放不公", "高风险", "补贴对象和金额经站务会研究并张榜公示。"),
            ("供水成本测算资料弄虚作假", "中风险", "成本测算资料报县发改、水利部门审核。"),
        ]),
        ("纳岍霈", "副站长", "分管水费征收、用水户协会", [
            ("用水户协会水费代收款不及时上缴", "高风险", "协会代收水费每月上缴，站里逐户对账。"),
            ("超定额用水不按累进加价收费", "中风险", "超定额水量按月核定，加价标准公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("工作人员", [6, 10, 10, 40, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 6)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("水管员", "冶沅瑭", "用水计量刷卡数据擅自修改", "高风险", "计量数据修改须站长审批并留痕。"),
        ("水管员", "冶沅瑭", "向用水户索要“辛苦费”", "低风险", "公开监督电话，每季度回访用水户。"),
        ("会计", "纳珺霈", "水费收入与票据存根不符", "中风险", "每月核对票据存根与入账金额。"),
        ("会计", "纳珺霈", "维修材料采购报账审核不严", "低风险", "材料采购凭验收单报账。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, "general", point, [], HIGHS[lv])
    _merge_down(staff, first, [(c, lambda row: (row[1], row[2])) for c in (1, 2)])
    staff.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "yanqi_yongning_station_two_sheets", "https://www.360wenmi.com/f/g86nfumlrlfs.html",
        "镇水管站 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 农业水价改革 (灌溉水价, 水费征收, 供水成本, "
        "补偿办法): sheet ``站领导`` (序号/姓名/职务/分管工作 merged per leader/廉政风险点/风险等级/防控措施) and sheet "
        "``工作人员`` (序号/岗位 and 姓名 merged per person/廉政风险点/风险等级/防控措施), ``高风险/中风险/低风险``, no "
        "type column, no 科室; a 制表/审核/date line",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanqi_water_bureau_yearly_grades(),
    yanqi_irrigation_station_cards(),
    yanqi_water_resources_group_rows(),
    yanqi_rural_water_supply_list(),
    yanqi_flood_office_selfchecks(),
    yanqi_qigexing_station_register(),
    yanqi_river_station_posts(),
    yanqi_yongning_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch868-inbox"))
