"""The eight-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water bodies,
巴楚县 (喀什地区, 新疆维吾尔自治区) — its 水利局, 灌溉管理站, 小海子水库管理处, 水政监察大队, 农村饮水工程
管理站, 水利工程建设管理站 and two 乡镇水管站 (阿克萨克马热勒乡, 色力布亚镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水利局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 灌溉管理站's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 小海子水库管理处's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 水政监察大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 农村饮水工程管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 阿克萨克马热勒乡水管站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 色力布亚镇水管站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``bachu_construction_station_heading_shifted``: the 水利工程建设管理站's 岗位廉政风险点一览表, an
  ordinary list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and
  姓名 merged per person) whose HEADING ROW IS ONE CELL SHORT AND SHIFTED ONE COLUMN LEFT against every
  row under it: its ``序号`` heading cell was deleted with 右侧单元格左移, so ``股室`` stands over the
  序号 numbers, ``岗位`` over the 股室, ``姓名`` over the posts, ``廉政风险点`` over the names,
  ``风险等级`` over the points, ``防控措施`` over the levels, and the measures stand in an unheaded last
  column. The README's 读得懂的表 knows rows shifted LEFT under a longer heading (a web copy that lost
  its row spans, each short row realigned to the heading's last columns) and headings swapped in
  pairs (``姓名 | 岗位``); it does not describe a heading row shifted as a whole against full rows,
  every heading one column left of its values.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 基层水利 贪腐 —
虚列工程支出, 财务科, 水库管理处 会计、出纳; a 灌区 专题调研 — 灌排工程, 节水改造, 农民用水户协会;
the same reporting on “水耗子” — 除险加固, 工程款; a 县水务局's paper on 农村水利工程管理 — 管护,
水政执法; a 水库管理所's paper on 农村饮水 网格化管理 — 水质, 巡检; a 村 人畜饮水 管护制度 — 管理人员,
抄表, 水费专账; a 镇 农村供水工程管理 paper — 管护, 水费, 维修; a 县水务局 窝案 — “半拉子” 工程,
设计, 验收, 水窖补助) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 柏 and 祝 with rare
given names); every unit is a body of 巴楚县.

Run ``python tests/published/score.py --set batch890`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each heading names the column to its RIGHT (the values sit one column right
  of their heading): the first column holds the 序号, the last (unheaded) column the 防控措施; the
  truth is the list as its rows read (股室, 岗位, 姓名, point, level), one form a holder;
- ``所领导``, ``站领导``, ``大队领导`` (a 所室/部门 cell, a group row) are the 科室 of those leaders; the
  水利局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's 股 or 组
  and a 大队's 中队 are 科室; a group row ``二、执法一中队`` gives the 科室 ``执法一中队``;
- every station, the 水库管理处, the 大队 and the 局 are units of their own: 局长, 副局长, 主任 and 副主任
  of the 管理处, 站长, 副站长 and 大队长 are leaders; 股长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 灌溉管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b890_"
PLACE = "巴楚县"
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

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
SHIFTED = [
    ("站领导", "站长", "祝淼岢", "leader", [
        ("水利项目施工单位选定中授意围标、串标", "一级", "项目一律进入县公共资源交易平台招标，站内不得指定施工单位。"),
        ("工程变更和签证未经集体研究，擅自调增工程量", "一级", "变更签证经站务会集体研究，报县水利局审批。"),
    ]),
    ("站领导", "副站长", "柏滢翮", "leader", [
        ("“半拉子”工程验收把关不严，未完工即交付", "一级", "竣工验收邀请乡镇和受益村代表参加，现场通水试验。"),
        ("水窖、小型供水工程补助资金审核不严", "二级", "补助名单逐户核实，在村务公开栏公示。"),
    ]),
    ("质量安全股", "股长", "祝湜峥", "middle", [
        ("工程质量检测取样弄虚作假", "二级", "检测取样监理、施工、建设三方见证。"),
        ("接受施工单位宴请，放松质量监督", "三级", "签订廉洁承诺书，监督检查两人以上同行。"),
    ]),
    ("工程技术股", "技术员", "柏澈岷", "general", [
        ("工程设计脱离实际，与施工单位串通抬高概算", "二级", "初步设计经专家评审，概算由县财政评审中心审核。"),
        ("工程量计量签字不实", "二级", "计量数据与监理日志逐项核对，双人签字。"),
    ]),
]  # fmt: skip


def bachu_construction_station_heading_shifted() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    # the 序号 heading cell deleted with 右侧单元格左移: every heading one column left of its values
    sh.add("股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", None)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SHIFTED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "bachu_construction_station_heading_shifted", "https://feifmx.com/socialgd/10000169/20180724/32723475_all.html",
        "(harder) 县水利工程建设管理站 岗位廉政风险点一览表, after the source's 县水务局 窝案 (“半拉子” 水利工程, 设计闭门造车, "
        "验收交付不能通水, 水窖补助款被克扣): a title, then a HEADING ROW ONE CELL SHORT and shifted one column LEFT "
        "(its 序号 cell deleted with 右侧单元格左移): ``股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施 |`` (last "
        "column unheaded) over full rows ``序号 | 股室 | 岗位 | 姓名 | point | 一级/二级/三级 | measures``, 股室 merged, "
        "岗位/姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bachu_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("柏濬旸", "局长", "主持全面工作", [
            ("重大水利项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("干预水利工程招标，为亲友承揽工程打招呼", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("祝澴岵", "副局长", "分管水资源、灌区管理", [
            ("取水许可审批不按水资源论证把关", "一级", "取水许可经水资源论证评审，结果公示。"),
            ("灌溉用水指标分配向关系户倾斜", "二级", "用水指标按灌溉面积核定，在乡村公示。"),
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
        ("规划建设股", "股长", "柏湲峤", "middle", "工程款拨付不按进度，虚列工程支出", "一级",
         "工程款凭监理签认的进度报表拨付，财务股复核。"),
        ("规划建设股", "股长", "柏湲峤", "middle", "项目前期工作委托不经比选", "二级", "前期设计、勘察委托三家比选，结果公示。"),
        ("财务股", "会计", "祝霑昉", "general", "水利专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("财务股", "出纳", "柏淯岍", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("农村水利股", "股长", "祝滢曈", "middle", "高效节水灌溉项目验收面积不实", "二级", "验收实地丈量，乡镇和农户代表签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "bachu_water_bureau_two_sheets", "http://kds100.com/gjgwy/2014/0724/34853.html",
        "县水利局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 基层水利 贪腐 (虚列工程支出, 水利局 财务科, "
        "水库管理处 会计、出纳, 工程回扣): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def bachu_irrigation_station_posts() -> dict:
    unit = f"{PLACE}灌溉管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "灌区节水改造项目", "节水改造项目施工单位选定暗箱操作", "制度机制风险", "高",
         "项目招标进平台，站内集体研究实施方案。"),
        ("配水调度室", "主任", "middle", "渠系配水调度", "配水不按轮灌计划，向关系户多配水", "岗位职责风险", "高",
         "配水计划在用水户协会公示，配水记录存档。"),
        ("配水调度室", "配水员", "general", "斗口水量计量", "斗口计量数据弄虚作假，少计水量", "业务流程风险", "中",
         "计量设施定期校核，用水户代表签字确认。"),
        ("水费管理室", "收费员", "general", "农业水费收缴", "收取水费不开票据，截留挪用水费", "思想道德风险", "高",
         "水费统一开具票据，当日缴入专户。"),
        ("水费管理室", "收费员", "general", "水费减免", "违规为用水户减免水费", "外部环境风险", "中",
         "减免须经站务会研究并公示。"),
        ("工程管理室", "渠道管护员", "general", "渠道维修养护", "维修养护工程量虚报，冒领养护经费", "业务流程风险", "低",
         "养护工程量照片留存，站里抽查复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "bachu_irrigation_station_posts", "http://www.jsgg.com.cn/Index/Display.asp?NewsID=10052",
        "县灌溉管理站 岗位廉政风险点排查表 对岗不对人, after the source's 大中型灌区 专题调研 (灌排工程, 节水改造, 农民用水户协会, "
        "计量, 水费): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def bachu_xiaohaizi_reservoir_cards() -> dict:
    unit = f"{PLACE}小海子水库管理处"
    t = _Truth(unit)
    cards = [
        ("主任", "祝洄翚", "主任", "主持管理处全面工作", "leader", [
            ("水库除险加固工程向施工方索取好处", "★★★", "除险加固项目由县水利局组织招标，管理处不得插手。"),
            ("水库库区养殖、承包经营违规发包", "★★★", "承包经营公开竞价，合同报县水利局备案。"),
            ("接受承包户宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "柏澪旻", "副主任", "分管工程运行、防汛", "leader", [
            ("闸门启闭和放水调度不按调度方案", "★★", "放水调度指令书面下达，记录存档。"),
            ("防汛物资采购、储备账实不符", "★★", "防汛物资入库验收，每季度盘点。"),
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
        "bachu_xiaohaizi_reservoir_cards", "http://73n4.com/news/show.php?itemid=16128",
        "县水库管理处 领导干部廉政风险防控卡, one sheet a leader, after the source's reporting on “水耗子” (水库 除险加固, "
        "工程款, 索贿, 窝案): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def bachu_water_inspection_group_rows() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "祝潆岬", "leader", [
                ("水事违法案件查处中说情、干预，降低处罚标准", "一级风险", "重大案件集体审议，处罚决定公开。"),
                ("河道采砂执法选择性执法", "一级风险", "执法巡查全程记录，定期轮换巡查区域。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "柏瀚岧", "middle", [
                ("非法取水、私开口门案件调查取证不全", "二级风险", "调查取证两人以上，现场录像存档。"),
            ]),
            ("队员", "祝汭珂", "general", [
                ("巡查发现违法行为不制止、不报告", "二级风险", "巡查日志每日上报，大队抽查。"),
                ("接受当事人宴请，泄露执法信息", "三级风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、法制审核组", "法制审核组", [
            ("审核员", "柏沄峄", "general", [
                ("处罚案卷法制审核走过场", "二级风险", "案卷审核实行初审、复审两级。"),
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
        "bachu_water_inspection_group_rows", "http://www.victorzhang.cn/page/2023/0104/14122320.shtml",
        "县水政监察大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 县水务局 paper on 农村水利工程管理 (管护, 水政执法, "
        "工程保护): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、大队领导``, ``二、执法一中队``, ``三、法制审核组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def bachu_drinking_water_selfchecks() -> dict:
    unit = f"{PLACE}农村饮水工程管理站"
    t = _Truth(unit)
    people = [
        ("柏沨嵘", "站领导", "站长", "leader", [
            ("供水工程维修项目化整为零规避招标", "Ⅰ级", "维修项目按限额标准报县水利局审批。", "已落实"),
            ("净水药剂采购指定供应商", "Ⅱ级", "药剂采购三家比价，质检合格后入库。", "未发现问题"),
        ]),
        ("祝湄屾", "水质检测室", "检测员", "general", [
            ("水质检测数据弄虚作假", "Ⅰ级", "检测原始记录双人签字，县疾控中心抽检比对。", "已落实"),
            ("巡检记录代签、补签", "Ⅲ级", "巡检定位打卡，记录每月核查。", "已落实"),
        ]),
        ("柏峣潾", "供水管理室", "管水员", "general", [
            ("抄表收费不开票据，截留水费", "Ⅰ级", "水费缴入专户，收据联号使用。", "未发现问题"),
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
        "bachu_drinking_water_selfchecks", "http://qikanwanglanwang.com/thesis/view/2617",
        "县农村饮水工程管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 水库管理所 paper on "
        "农村饮水安全 网格化管理 (水质, 工程管理, 巡检): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def bachu_aksak_township_station_list() -> dict:
    unit = f"{PLACE}阿克萨克马热勒乡水管站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "祝峃澜", "leader", "人畜饮水工程管护人员选用优亲厚友", "制度机制", "高风险",
         "管护人员由各村推荐、站里考核、公示后聘用。"),
        ("站领导", "站长", "祝峃澜", "leader", "村级供水设施维修经费使用不公开", "岗位职责", "中风险",
         "维修经费专账核算，每年底张榜公布。"),
        ("水费管理", "收费员", "柏渼岑", "general", "水费收缴不建专账、挪作他用", "业务流程", "高风险",
         "水费建立专账、专户存储，乡财政所监督。"),
        ("水费管理", "收费员", "柏渼岑", "general", "对欠费用户选择性停水", "思想道德", "低风险",
         "停水须经站长批准并提前告知。"),
        ("配水管理", "配水员", "祝浥瑭", "general", "渠道配水不按轮次，收受好处多配水", "外部环境", "中风险",
         "配水轮次表在村务公开栏公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "bachu_aksak_township_station_list", "http://www.didsburydozen.com/Manage/System/Food/202505/5770755.shtml",
        "乡水管站 岗位廉政风险防控一览表, after the source's 村 人畜饮水项目 管护制度 (管理人员 推荐, 抄表, 水费 专账、专户, "
        "张榜公布, 停止供水): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def bachu_selibuya_town_station_register() -> dict:
    unit = f"{PLACE}色力布亚镇水管站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "柏浔岘", "leader", [
            ("小型农田水利工程验收不严", "制度机制", "一级", "验收组由镇、村和用水户代表组成。"),
            ("管护经费分配不按管护面积", "岗位职责", "二级", "管护经费按面积测算，结果公示。"),
        ]),
        ("财务组", "会计", "祝漪峣", "general", [
            ("供水维修材料报账票据不实", "业务流程", "一级", "材料出入库登记，报账附领用单。"),
        ]),
        ("工程管护组", "管护员", "柏涔昳", "general", [
            ("管网维修虚报材料用量", "业务流程", "二级", "维修前后拍照留存，站长签字确认。"),
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
        "bachu_selibuya_town_station_register", "http://m.jizihe.com/page/2022/0316/18986395.shtml",
        "镇水管站 廉政风险点排查登记表, after the source's 镇 农村供水工程管理 paper (管护, 维修, 水费, 工程运行): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bachu_construction_station_heading_shifted(),
    bachu_water_bureau_two_sheets(),
    bachu_irrigation_station_posts(),
    bachu_xiaohaizi_reservoir_cards(),
    bachu_water_inspection_group_rows(),
    bachu_drinking_water_selfchecks(),
    bachu_aksak_township_station_list(),
    bachu_selibuya_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch890-inbox"))
