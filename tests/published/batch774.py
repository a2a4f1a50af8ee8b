"""The seven-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water
bodies, 涉县 (of 邯郸市, 河北省) — its 水利局, 灌区管理所, 河湖长制办公室, 农村饮水安全服务站, 水库管理处,
小型水库运行管护中心 and 水利工程建设管理站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 水利局's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``,
  no type column, a ``注：`` line;
- the 灌区管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 河湖长制办公室's 一览表 in TWO SHEETS ``办领导`` / ``工作人员``, ``高/中/低``;
- the 农村饮水安全服务站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 水库管理处's 自查表, one sheet a person (label row over a row of values), ``一级风险/…``;
- the 小型水库运行管护中心's 一览表 with a 填报单位 line, ``部门 | 岗位 | 责任人`` on EVERY row, short types,
  ``高风险/中风险/低风险``;
- the 水利工程建设管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型``, 高/中/低; no names.

One is harder:

- ``shexian_quality_station_staircase``: the 水利工程质量监督站's 廉政风险点台账 exported from an
  office system's tree grid in OUTLINE FORM: the heading ``科室 | 岗位 | 姓名 | 序号 | 廉政风险点 | 风险等级 |
  防控措施`` over rows that each carry ONE level of the tree — a row with only the 科室 (column A), then a
  row with only the 岗位 (column B), then a row with only the 姓名 (column C), then the holder's point
  rows with only 序号 … 防控措施 filled (columns D–G), stepping down like a staircase; a second holder of
  the same 科室 starts with his own post row (no 科室 row again). Nothing is merged and no cell
  repeats. The README's 读得懂的表 knows group rows merged across, a tree export with ``1``/``1.1``
  codes in ONE column, pivot tables in compact form (one 行标签 column, indents) and labels written only
  in a block's first row; it does not describe an outline whose 科室, 岗位 and 姓名 each stand on a row
  of their own in their own column ABOVE the points, every point row blank in A–C.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 取用水管理巩固提升行动方案 — 取水许可,
监测计量, 取水口; a study of 引黄灌区 资金困境 — 灌溉水费, 渠道衬砌, 工程老化; a 县水利局 on 河长制 — 河长
巡河, 督查, 考核, 验收办法; a 农村集体自来水管理制度 — 水管员 抄表收费, 水费公开, 智能水表; a 县 小型水库
除险加固 完工验收 — 大坝加固, 溢洪道, 放水涵; a study of 小型病险水库除险加固 建设管理 problems; a
水利管理 paper on 分包管理 — 业主, 监理, 分包资质; a 灌区 小水库除险加固 — 现场监理, 工程技术人员) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 厍 and 牟 with rare given names); every unit is
a body of 涉县.

Run ``python tests/published/score.py --set batch774`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 科室 row, a 岗位 row and a 姓名 row name the holder of every point row below
  them up to the next 岗位 row (a new 科室 row starts a new 科室); those rows are no points; one form a
  holder; ``站领导`` is the 站长's 科室;
- every body is a unit of its own: 局长, 副局长, 所长, 主任, 站长, 处长 and 副职 are leaders; 股长 and 科长
  middle; the rest (科员, 会计, 出纳, 水管员, 巡查员, 监督员, 检测员, 技术员) general;
- ``分管工作``, ``自查情况`` and the sign-off lines are no points and name no holder; the
  水利工程建设管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b774_"
PLACE = "涉县"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
STAIRS = [
    ("站领导", "站长", "厍沤璘", "leader", [
        ("质量监督计划和抽检项目安排受施工单位请托左右", "高", "监督计划经站务会研究，抽检项目随机确定。"),
        ("工程质量核备意见降格出具", "高", "核备意见集体会商，站长不单独签发。"),
    ]),
    ("质量监督股", "股长", "牟溆瑭", "middle", [
        ("隐蔽工程和关键部位验收不到场即签字", "中", "关键部位验收留存影像资料，双人到场。"),
        ("对监理单位旁站缺位问题不记录不通报", "中", "监理履职情况每月通报，问题台账销号。"),
    ]),
    ("质量监督股", "监督员", "厍峤湑", "general", [
        ("现场巡查接受施工单位宴请、土特产", "中", "巡查不在工地就餐，签订廉洁承诺。"),
        ("质量缺陷备案表代填代签", "低", "缺陷备案由参建各方现场签认。"),
    ]),
    ("检测室", "检测员", "牟漪骞", "general", [
        ("混凝土试块、土工试样检测数据改动", "高", "检测数据系统自动上传，原始记录不得涂改。"),
    ]),
]  # fmt: skip


def shexian_quality_station_staircase() -> dict:
    unit = f"{PLACE}水利工程质量监督站"
    sh = _Sheet("风险点台账", [12, 10, 10, 6, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点台账", 7)
    _line(sh, f"导出时间：2025-05-20{GAP * 6}导出人：办公室", 7)
    sh.add("科室", "岗位", "姓名", "序号", "廉政风险点", "风险等级", "防控措施")
    seen = None
    n = 0
    for dept, post, who, tier, points in STAIRS:
        if dept != seen:
            sh.add(dept, None, None, None, None, None, None)
            seen = dept
        sh.add(None, post, None, None, None, None, None)
        sh.add(None, None, who, None, None, None, None)
        for point, lv, measures in points:
            n += 1
            sh.add(None, None, None, n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 7)
    sh.add("审核：", None, None, "站长（签字）：", None, None, None)
    return _layout(
        "shexian_quality_station_staircase", "http://jiagu001.com/hangye/2264.html",
        "(harder) 县水利工程质量监督站 廉政风险点台账 exported from a tree grid in OUTLINE FORM, after the source's 灌区 "
        "小水库除险加固 (现场监理, 工程技术人员, 严格质量): a title, an 导出时间/导出人 line, then ``科室 | 岗位 | 姓名 | 序号 | "
        "廉政风险点 | 风险等级 | 防控措施`` over STAIRCASE rows: a row with only the 科室 in A, a row with only the 岗位 in B, a "
        "row with only the 姓名 in C, then that holder's point rows with only D–G filled; a second holder of the same 科室 "
        "starts with his own post row; nothing merged; 高/中/低, no type column; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shexian_water_bureau_list() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "牟澥琮", "leader", [
            ("水利项目资金分配个人说了算", "一级", "项目资金安排经局党组会集体研究，结果公开。"),
            ("干预取水许可审批", "一级", "取水许可实行窗口受理、集体审查。"),
        ]),
        ("水资源管理股", "股长", "厍濛珩", "middle", [
            ("取水许可水资源论证审查把关不严", "二级", "论证报告组织专家评审，审查意见存档。"),
            ("对未装监测计量设施的取水口放任不管", "二级", "取水口计量在线监测，每季度现场核查。"),
        ]),
        ("水资源管理股", "科员", "牟溱璎", "general", [
            ("水资源税核定取水量少报", "三级", "取水量以在线计量数据为准，与税务部门比对。"),
        ]),
        ("计划财务股", "会计", "厍沭翮", "general", [
            ("水利专项资金报账凭证审核不严", "二级", "报账单据经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None)
    return _layout(
        "shexian_water_bureau_list", "https://0798ci.com/doc/250858.html",
        "县水利局 岗位廉政风险防控一览表 under ``附件1``, after the source's 取用水管理巩固提升行动方案 (取水许可, 监测计量, "
        "取水口): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column; a ``注：`` line and a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def shexian_irrigation_cards() -> dict:
    unit = f"{PLACE}灌区管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "厍岫瀚", "所长", "主持全所工作", "leader", [
            ("渠道维修项目化整为零规避招标", "★★★", "维修项目按限额报局审批，超限额公开招标。"),
            ("灌溉水费减免不经集体研究", "★★★", "水费减免经所务会研究并公示。"),
            ("接受用水户吃请", "★", "严守中央八项规定精神。"),
        ]),
        ("水费会计", "牟瀞琚", "会计", "分管灌溉水费收缴和财务", "general", [
            ("灌溉水费收取不开票据、坐收坐支", "★★", "水费统一缴入专户，开具票据。"),
            ("渠道衬砌工程款拨付不按进度", "★★", "工程款按监理签认的进度拨付。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "shexian_irrigation_cards", "https://www.renrendoc.com/paper/505808374.html",
        "县灌区管理所 岗位廉政风险防控卡, one sheet a person, after the source's study of 引黄灌区 资金困境 (灌溉水费, 渠道衬砌, "
        "工程老化): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shexian_river_office_two_sheets() -> dict:
    unit = f"{PLACE}河湖长制办公室"
    t = _Truth(unit)
    lead = _Sheet("办领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("牟淏瑀", "主任", "主持全面工作", [
            ("河长制年度考核打分受人情干扰", "高", "考核实行量化评分，结果经联席会议审定。"),
            ("河湖“清四乱”问题销号放宽标准", "中", "销号现场核查，附整改前后影像。"),
        ]),
        ("厍潆岿", "副主任", "分管督查督办", [
            ("督办问题选择性交办", "中", "问题台账统一编号，交办单全部存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    staff = _Sheet("工作人员", [6, 14, 9, 9, 38, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合组", "组长", "牟涔璪", "middle", "巡河记录和巡河率统计弄虚作假", "中", "巡河轨迹以智慧巡河APP数据为准。"),
        ("综合组", "组长", "牟涔璪", "middle", "河长公示牌制作项目指定厂家", "高", "公示牌制作三家比价，结果公示。"),
        ("督查组", "科员", "厍泂珣", "general", "督查中发现的问题瞒报漏报", "中", "督查发现问题当日录入台账。"),
        ("督查组", "科员", "厍泂珣", "general", "举报投诉线索处理不及时", "低", "举报件限时办结，逐件回访。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, d, post, who, point, lv, measures)
        t.point(staff.name, d, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shexian_river_office_two_sheets", "http://bhxww.cn/shownews.asp?id=39542",
        "县河湖长制办公室 廉政风险防控一览表 in TWO SHEETS, after the source's 县水利局 on 河长制 (县镇村三级河长, 巡河, 督查, "
        "考核, 验收办法): sheet 办领导 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 with 科室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


def shexian_drinking_water_group_rows() -> dict:
    unit = f"{PLACE}农村饮水安全服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "牟瀛岵", "leader", [
                ("农村供水维修养护资金安排优亲厚友", "Ⅰ级", "维修项目按村排查清单排序，站务会研究。"),
                ("水处理设备采购指定品牌", "Ⅰ级", "采购需求集体论证，按政府采购程序办理。"),
            ]),
        ]),
        ("二、运行管理组", "运行管理组", [
            ("水管员", "厍湜翥", "general", [
                ("抄表收费少抄多收、收费不入账", "Ⅱ级", "推行智能水表，水费每月公开。"),
                ("对困难户水费减免审核不实", "Ⅲ级", "减免名单村级公示。"),
            ]),
            ("技术员", "牟澂玥", "general", [
                ("水质检测报告弄虚作假", "Ⅱ级", "检测样品双人采样，报告上传监管平台。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "shexian_drinking_water_group_rows", "https://www.fudaoke.com/exam/2707061.html",
        "县农村饮水安全服务站 廉政风险防控责任清单, after the source's 农村集体自来水管理制度 (水管员 抄表收费, 水费公开, 智能水表, "
        "水质监测): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、运行管理组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shexian_reservoir_selfchecks() -> dict:
    unit = f"{PLACE}水库管理处"
    t = _Truth(unit)
    people = [
        ("厍潺珈", "处领导", "处长", "leader", [
            ("除险加固工程变更签证把关不严", "一级风险", "设计变更经参建四方会签，报局审批。", "已落实"),
            ("完工验收前默许施工单位整改不到位", "一级风险", "验收问题清单逐项销号后再验收。", "未发现问题"),
        ]),
        ("牟灏琰", "工程管理科", "巡查员", "general", [
            ("大坝、溢洪道巡查记录补记造假", "二级风险", "巡查打卡定位，记录当日上传。", "已落实"),
            ("放水涵闸门调度私自放水", "三级风险", "调度执行指令单，双人操作。", "已落实"),
            ("库区周边违规搭建发现不报", "二级风险", "巡查发现问题当日上报，台账销号。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "处长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shexian_reservoir_selfchecks", "https://www.dongzhi.gov.cn/Jczwgk/opennessShow/1669331.html",
        "县水库管理处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 小型水库除险加固 "
        "完工验收 (大坝加固, 溢洪道护砌, 放水涵重建, 验收鉴定书): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def shexian_small_reservoir_centre_list() -> dict:
    unit = f"{PLACE}小型水库运行管护中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "牟瀣峋", "leader", "政府购买管护服务确定服务单位暗箱操作", "制度机制", "高风险",
         "管护服务按政府采购程序公开选定。"),
        ("中心领导", "主任", "牟瀣峋", "leader", "管护考核结果与付款挂钩不严", "岗位职责", "中风险",
         "考核结果公示后按考核分值付款。"),
        ("工程股", "股长", "厍溍瑄", "middle", "除险加固项目建设管理中接受参建单位好处", "思想道德", "高风险",
         "签订廉洁合同，参建单位廉情回访。"),
        ("工程股", "技术员", "牟漴岍", "general", "水库安全鉴定资料收集走过场", "业务流程", "中风险",
         "鉴定资料清单化，技术负责人复核。"),
        ("工程股", "技术员", "牟漴岍", "general", "防汛物资出入库不登记", "业务流程", "低风险", "物资台账每月盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "shexian_small_reservoir_centre_list", "https://ntlib.org.cn/asset/detail/0/2031285645275",
        "县小型水库运行管护中心 岗位廉政风险防控一览表, after the source's study of 小型病险水库除险加固 建设管理 problems (安全隐患, "
        "除险加固工程建设): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def shexian_construction_station_posts() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "默许施工单位违法分包、转包", "岗位职责风险", "高",
         "分包须经项目法人批准，分包资质现场核查。"),
        ("建设管理股", "股长", "middle", "分包单位资质审查走过场", "业务流程风险", "中", "资质原件核验，审查表存档。"),
        ("建设管理股", "股长", "middle", "工程进度款审核多计工程量", "业务流程风险", "高", "工程量经监理、跟踪审计双签。"),
        ("建设管理股", "科员", "general", "工程资料归档缺失、后补", "制度机制风险", "低", "资料随工程进度同步归档。"),
        ("安全监督股", "科员", "general", "安全检查发现隐患不督促整改", "外部环境风险", "中", "隐患整改闭环管理，逐项复查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "shexian_construction_station_posts", "https://www.sfabiao.com/haowen/30513.html",
        "县水利工程建设管理站 岗位廉政风险点排查表 对岗不对人, after the source's 水利管理 paper on 分包管理 (业主单位, 监理机构, "
        "分包资质, 分包商准入): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shexian_quality_station_staircase(),
    shexian_water_bureau_list(),
    shexian_irrigation_cards(),
    shexian_river_office_two_sheets(),
    shexian_drinking_water_group_rows(),
    shexian_reservoir_selfchecks(),
    shexian_small_reservoir_centre_list(),
    shexian_construction_station_posts(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch774-inbox"))
