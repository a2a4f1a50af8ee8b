"""The nine-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's water and
power bodies, 错那市 (山南市, 西藏自治区) — its 水利局, 水电站管理所, 农村供水管理站, 河湖长制办公室,
水土保持站, 电力服务中心 and two 乡镇水利站 (勒布乡, 曲卓木乡) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 电力服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 水土保持站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水电站管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 河湖长制办公室's 清单 under GROUP ROWS ``一、办公室领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 农村供水管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 勒布乡水利站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 曲卓木乡水利站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``cona_water_bureau_staged_levels``: the 水利局's 岗位廉政风险点一览表, an ordinary list (``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per person) whose ONE
  level column is headed ``风险等级（本人自评/股室审核/局党组审定）`` and holds in every cell the three
  stages' levels in that order, joined by ``/`` (``二级/二级/一级``, ``三级/二级/二级``, ``一级/一级/一级``);
  a ``注：`` line under the list says the 局党组审定 (the last) is the level. The README's 读得懂的表
  knows two SEPARATE level columns ``本人自评 | 站务会核定`` (read by the reviewed one), a level changed
  with an arrow (``高→中``, ``二级调整为三级``), a merged level cell with one level a line and several
  levels with ``、`` paired with ``、``-listed holders; it does not describe one cell carrying the
  levels of several review stages in the order the heading names, the last stage ruling.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (山南市 水利项目建设中心 and a 水库
开工 — 水利局, 灌溉, 城镇供水; a 水库管理所's paper on 中小水电站 运行管理 — 调度, 检修, 监控; a 县
农村饮用水供水管理办法 — 水质检测, 计量收费, 维修养护; a paper on 河长制办公室 设置 — 督查, 考核, 协调;
西藏 水利 sixty years — 水土保持, 灌区, 工程运行; a paper on 配电网 供电指挥服务 — 工单, 抢修, 供电
服务; a paper on 乡镇小型水利工程 管护 — 管护范围, 维修资金, 村级管护人员; 西藏 水利投资 — 农牧区
饮水安全, 农村水电, 小型农田水利) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 雷 and 顾 with
rare given names); every unit is a body of 错那市.

Run ``python tests/published/score.py --set batch950`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the LAST of the three in each cell (局党组审定), as the heading's
  order and the ``注：`` line say; the self-assessed and the 股室 levels are not levels of the point;
- ``局领导`` (the 水利局's 股室 cell), ``站领导`` (a 股室/部门 cell) and ``办公室领导`` (a group row) are the
  科室 of those leaders; the 电力服务中心's leaders (sheet ``中心领导``) and the cards' leaders have no 科室; a 局's or
  a 中心's 股, a 站's 股 or 组 and the 办公室's 组 are 科室; a group row ``二、督查考核组`` gives the 科室
  ``督查考核组``;
- every station, the 所, the 中心, the 办公室 and the 局 are units of their own: 局长, 副局长, 主任 and
  副主任 (of the 中心 and the 办公室), 所长, 副所长, 站长 and 副站长 are leaders; 股长 and 组长 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 水土保持站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b950_"
PLACE = "错那市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
STAGED_HEAD = "风险等级（本人自评/股室审核/局党组审定）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def staged_level(cell: str) -> int:
    """The level a staged cell ``自评/审核/审定`` stands for: the last stage's."""
    stages = cell.split("/")
    assert len(stages) == 3 and all(s in GRADES for s in stages), cell
    return GRADES[stages[-1]]


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 自评/审核/审定, 防控措施)])
STAGED = [
    ("局领导", "局长", "雷翯峋", "leader", [
        ("水库、灌区项目资金安排个人说了算", "一级/一级/一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
        ("插手水利工程招标，为特定施工单位打招呼", "二级/一级/一级", "领导干部插手工程项目登记报告，招标全程进交易平台。"),
    ]),
    ("局领导", "副局长", "顾湉岱", "leader", [
        ("城镇供水工程验收把关不严", "二级/二级/一级", "竣工验收邀请乡镇和受益村代表参加，现场试水。"),
        ("灌溉用水指标分配向关系户倾斜", "三级/二级/二级", "用水指标按灌溉面积核定，在乡村公示。"),
    ]),
    ("规划计划股", "股长", "雷澍岚", "middle", [
        ("项目前期勘察设计委托不经比选", "三级/二级/二级", "前期勘察、设计委托三家比选，结果公示。"),
        ("项目申报材料虚报工程量", "二级/二级/一级", "申报材料股室初审、分管领导复核，实地抽查。"),
    ]),
    ("财务股", "会计", "顾沣峥", "general", [
        ("工程款拨付不按进度，提前支付", "二级/二级/二级", "工程款凭监理签认的进度报表拨付，分管领导审签。"),
        ("报账票据审核不严，虚列支出", "三级/三级/二级", "报账单据三级审核，专项资金专账核算。"),
    ]),
]  # fmt: skip


def cona_water_bureau_staged_levels() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 16, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", STAGED_HEAD, "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STAGED:
        for point, staged, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, staged, measures)
            t.point(sh.name, dept, post, who, tier, point, [], staged_level(staged))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级按“本人自评/股室审核/局党组审定”的顺序填写，以局党组审定的等级为准。", 7)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "cona_water_bureau_staged_levels", "http://tibet.cn/cn/ecology/202305/t20230515_7416045.html",
        "(harder) 市水利局 岗位廉政风险点一览表, after the source's 山南 水库 开工 (山南市水利局, 水利项目建设中心, 灌溉, "
        "城镇供水): a title, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级（本人自评/股室审核/局党组审定） | 防控措施``, "
        "股室 merged, 岗位/姓名 merged per person, EVERY level cell holding the three stages' levels joined by ``/`` "
        "(``二级/二级/一级``), the last (局党组审定) ruling; a ``注：`` line saying so; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cona_power_centre_two_sheets() -> dict:
    unit = f"{PLACE}电力服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("顾濡昶", "主任", "主持中心全面工作", [
            ("农网改造项目施工队伍选定个人说了算", "一级", "施工队伍选定经中心班子会集体研究，结果公示。"),
            ("配电设备采购指定品牌", "一级", "设备采购按政府采购程序办理，技术参数不设排他条款。"),
        ]),
        ("雷泷岫", "副主任", "分管供电服务、抢修", [
            ("故障抢修工单派发优亲厚友、先亲后疏", "二级", "工单按系统顺序派发，处理时限全程留痕。"),
            ("新装用电报装审批刁难用户", "二级", "报装办理时限公开，超时自动预警。"),
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
        ("用电管理股", "股长", "雷湛崟", "middle", "违规为用户变更用电类别、降低电价", "一级",
         "用电类别变更经现场核查，股室集体审核。"),
        ("用电管理股", "股长", "雷湛崟", "middle", "用电检查发现窃电不处理", "二级", "用电检查两人以上，处理结果登记备查。"),
        ("电费核算股", "核算员", "顾潇岘", "general", "电费核算中人为调整电量", "一级", "电量调整须附审批单，每月对账。"),
        ("电费核算股", "收费员", "雷淙屺", "general", "收取电费不开票据、截留电费", "二级", "电费统一开具票据，当日缴入专户。"),
        ("电网运维股", "运维员", "顾澈峦", "general", "线路维修材料虚报、冒领", "三级", "材料出入库登记，维修前后拍照留存。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "cona_power_centre_two_sheets", "http://www.victorzhang.cn/page/2021/1222/20029046.shtml",
        "市电力服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 配电网 供电指挥服务 (工单派发, 故障抢修, "
        "供电服务): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def cona_soil_conservation_station_posts() -> dict:
    unit = f"{PLACE}水土保持站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "水土保持项目实施", "坡耕地治理项目施工单位选定暗箱操作", "制度机制风险", "高",
         "项目招标进交易平台，站内集体研究实施方案。"),
        ("监督股", "股长", "middle", "生产建设项目监督检查", "监督检查走过场，对水土流失问题不督促整改", "岗位职责风险", "高",
         "检查问题清单化管理，整改情况跟踪销号。"),
        ("监督股", "监督员", "general", "水土保持补偿费征收", "少征、缓征、免征水土保持补偿费", "业务流程风险", "中",
         "补偿费按核定面积征收，减免须集体研究。"),
        ("治理股", "技术员", "general", "治理工程验收", "治理面积验收不实，虚报完成量", "业务流程风险", "高",
         "验收实地丈量，乡村代表签字确认。"),
        ("治理股", "技术员", "general", "苗木采购", "苗木采购以次充好、虚报数量", "思想道德风险", "中",
         "苗木采购比价，入库清点验收。"),
        ("监测股", "监测员", "general", "水土流失监测", "监测数据弄虚作假", "外部环境风险", "低",
         "监测数据双人复核，原始记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "cona_soil_conservation_station_posts", "http://m.tibet.cn/cn/In/xzxw/202509/t20250909_7855703.html",
        "市水土保持站 岗位廉政风险点排查表 对岗不对人, after the source's 西藏 水利 sixty years (水土保持, 灌区, 工程运行, "
        "监控): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def cona_hydropower_office_cards() -> dict:
    unit = f"{PLACE}水电站管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "顾澹峄", "所长", "主持管理所全面工作", "leader", [
            ("电站增效扩容改造工程向施工方索取好处", "★★★", "改造项目由市水利局组织招标，所里不得插手。"),
            ("电站设备检修外包违规发包", "★★★", "检修外包公开比选，合同报市水利局备案。"),
            ("接受设备供应商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "雷潺岍", "副所长", "分管运行调度、安全生产", "leader", [
            ("发电调度不按调度方案，擅自弃水", "★★", "调度指令书面下达，调度记录存档。"),
            ("备品备件采购、储备账实不符", "★★", "备件入库验收，每季度盘点。"),
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
        "cona_hydropower_office_cards", "http://www.victorzhang.cn/page/2015/1104/13263963.shtml",
        "市水电站管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 水库管理所 paper on 中小水电站 运行管理 "
        "(调度, 检修, 监控, 设备老化): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def cona_river_chief_office_group_rows() -> dict:
    unit = f"{PLACE}河湖长制办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "顾滢峂", "leader", [
                ("河湖长制考核打分优亲厚友", "一级风险", "考核结果集体研究，向各级河湖长公开。"),
                ("河湖问题整改验收放松标准", "二级风险", "整改销号现场核查，照片存档。"),
            ]),
        ]),
        ("二、督查考核组", "督查考核组", [
            ("组长", "雷澄岖", "middle", [
                ("暗访督查发现问题瞒报、少报", "一级风险", "督查问题清单直报办公室，定期通报。"),
            ]),
            ("督查员", "顾洺屾", "general", [
                ("巡河记录弄虚作假、代巡代签", "二级风险", "巡河定位打卡，记录每月抽查。"),
                ("接受被督查单位宴请", "三级风险", "签订廉洁督查承诺书。"),
            ]),
        ]),
        ("三、综合协调组", "综合协调组", [
            ("联络员", "雷潾峣", "general", [
                ("河湖保护项目经费报销审核不严", "二级风险", "经费报销实行初审、复审两级。"),
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
        "cona_river_chief_office_group_rows", "https://m.fx361.cc/news/2021/0403/20241240.html",
        "市河湖长制办公室 廉政风险防控责任清单 under GROUP ROWS, after the source's paper on 河长制办公室 设置 (督查, 考核, "
        "工作组, 协调): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、办公室领导``, ``二、督查考核组``, ``三、综合协调组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def cona_rural_water_station_selfchecks() -> dict:
    unit = f"{PLACE}农村供水管理站"
    t = _Truth(unit)
    people = [
        ("雷漪岈", "站领导", "站长", "leader", [
            ("供水工程维修项目化整为零规避招标", "Ⅰ级", "维修项目按限额标准报市水利局审批。", "已落实"),
            ("净水药剂采购指定供应商", "Ⅱ级", "药剂采购三家比价，质检合格后入库。", "未发现问题"),
        ]),
        ("顾沄嵋", "水质检测室", "检测员", "general", [
            ("水质检测数据弄虚作假", "Ⅰ级", "检测原始记录双人签字，疾控中心抽检比对。", "已落实"),
            ("水源地巡查记录代签、补签", "Ⅲ级", "巡查定位打卡，记录每月核查。", "已落实"),
        ]),
        ("雷渟峦", "供水管理室", "管水员", "general", [
            ("计量收费不开票据，截留水费", "Ⅰ级", "水费缴入专户，收据联号使用。", "未发现问题"),
            ("私接供水管网，为亲友免费接水", "Ⅱ级", "新增接水经站里审批，入户登记。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "cona_rural_water_station_selfchecks", "https://www.tsqs.gov.cn/info/1079/800130.htm",
        "市农村供水管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 农村饮用水供水 "
        "管理办法 (水质检测, 计量收费, 维修养护, 水源保护): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def cona_lebu_township_station_list() -> dict:
    unit = f"{PLACE}勒布乡水利站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "顾淏嵘", "leader", "村级管护人员选聘优亲厚友", "制度机制", "高风险",
         "管护人员由各村推荐、站里考核、公示后聘用。"),
        ("站领导", "站长", "顾淏嵘", "leader", "小型水利工程维修资金使用不公开", "岗位职责", "中风险",
         "维修资金专账核算，每年底张榜公布。"),
        ("工程管护", "水管员", "雷沅峧", "general", "管护范围内损毁问题隐瞒不报", "业务流程", "高风险",
         "巡查记录每周上报，站长抽查。"),
        ("工程管护", "水管员", "雷沅峧", "general", "维修材料以次充好", "思想道德", "低风险",
         "材料进场验收，村级管护人员签字。"),
        ("财务管理", "报账员", "顾浛岑", "general", "管护补助发放不按考核结果", "外部环境", "中风险",
         "补助按考核结果发放，名单在村务公开栏公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "cona_lebu_township_station_list", "http://sctzls.cn/info_15958.html",
        "乡水利站 岗位廉政风险防控一览表, after the source's paper on 乡镇小型水利工程 管护 (管护权限, 村级管护人员, 维修资金, "
        "隐瞒不报): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def cona_quzhuomu_township_station_register() -> dict:
    unit = f"{PLACE}曲卓木乡水利站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "雷淦岫", "leader", [
            ("农牧区饮水工程验收不严", "制度机制", "一级", "验收组由乡、村和用水户代表组成。"),
            ("农村水电维护经费分配不公", "岗位职责", "二级", "维护经费按电站规模测算，结果公示。"),
        ]),
        ("财务组", "会计", "顾瀛岌", "general", [
            ("小型农田水利项目报账票据不实", "业务流程", "一级", "材料出入库登记，报账附领用单。"),
        ]),
        ("工程管护组", "管护员", "雷汧嵚", "general", [
            ("饮水点维修虚报材料用量", "业务流程", "二级", "维修前后拍照留存，站长签字确认。"),
            ("为亲友违规接入供水管网", "思想道德", "三级", "接水申请登记，每季度核查。"),
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
        "cona_quzhuomu_township_station_register", "http://huntleydev.com/dlzx/txt/2014-03/25/content_6769910.htm",
        "乡水利站 廉政风险点排查登记表, after the source's 西藏 水利投资 report (农牧区 饮水安全, 农村水电 通电, 小型农田水利): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cona_water_bureau_staged_levels(),
    cona_power_centre_two_sheets(),
    cona_soil_conservation_station_posts(),
    cona_hydropower_office_cards(),
    cona_river_chief_office_group_rows(),
    cona_rural_water_station_selfchecks(),
    cona_lebu_township_station_list(),
    cona_quzhuomu_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch950-inbox"))
