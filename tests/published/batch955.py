"""The nine-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's transport
bodies, 安多县 (那曲市, 西藏自治区) — its 交通运输局, 道路运输管理所, 公路养护段, 农村公路管理站,
青藏线服务站, 交通运输综合执法大队 and two 乡镇交通管理站 (扎仁镇, 强玛镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 道路运输管理所's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 公路养护段's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农村公路管理站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 青藏线服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 扎仁镇交通管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 强玛镇交通管理站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``anduo_enforcement_levels_by_power_items``: the 交通运输综合执法大队's 岗位廉政风险点一览表, an
  ordinary list (``序号 | 中队 | 岗位 | 姓名 | 权力事项 | 廉政风险点 | 防控措施``, 中队 merged, 岗位 and
  姓名 merged per person) with NO LEVEL COLUMN: each row names the 权力事项 (行政许可, 行政处罚,
  行政强制, 行政检查 … as in the 大队's 权责清单) it belongs to, a ``注：`` line says the level of a
  point is that of its 权力事项, and a SECOND SHEET ``权力事项风险等级`` grades the 权力事项 one a row
  (``序号 | 权力事项 | 事项类别 | 风险等级 | 定级依据``, in its own order, not the list's). The README's
  读得懂的表 knows levels joined from another sheet by a 风险编号 (``分类定级表``), a two-way
  ``风险等级判定表`` (type × post tier, 环节 × post tier, 科室 × 事项类别), a 股室风险等级评定表 grading
  the departments, holders found by 工作事项 in a 分工表, and a note setting levels by the words a
  point contains; it does not describe levels graded per 权力事项 in a one-way table on another
  sheet, joined to the list by the list's own 权力事项 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 交通运输局's three
局长 and a 公路 built badly — 拍板权, 承建商, 工程款; a paper on 交通腐败 in 交通基础设施建设; the
养路工人 of a 西藏 工区 — 养护, 路碑, 海拔; a report on 交通厅长 and 招投标; the duties of
道路运输管理机构 staff — 行政许可, 拦截检查车辆, 扣留 ``道路运输证``, 索取财物; a page on 高原服务站 —
吸氧, 补胎, 热食, 睡袋租赁; 安多县's 109国道 and its 交警 — 路况播报, 车辆管理; reporting on 招投标 in
交通厅 窝案) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 陆 and 杜 with rare given
names); every unit is a body of 安多县.

Run ``python tests/published/score.py --set batch955`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the level the second sheet gives its 权力事项 (every
  权力事项 of the list is graded there, each once); the 权力事项 column and the grading sheet are no
  points; the grading sheet names no holder; no type column, so no types;
- ``局领导`` is no 科室 (sheet ``局领导``); ``所领导``, ``站领导``, ``大队领导`` (a 所室/中队 cell, a group
  row) are the 科室 of those leaders; a 局's 股, a 所's 股 or 室, a 站's 组 and a 大队's 中队 are 科室;
- every station, the 所, the 段, the 大队 and the 局 are units of their own: 局长, 副局长, 所长, 段长,
  副段长, 站长, 副站长 and 大队长 are leaders; 股长, 室主任 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 道路运输管理所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b955_"
PLACE = "安多县"
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

# the second sheet: (权力事项, 事项类别, 风险等级, 定级依据), in its own order
POWER_ITEMS = [
    ("路政巡查", "行政检查", "二级", "现场发现问题后处置方式有一定选择空间"),
    ("超限运输车辆行驶公路许可", "行政许可", "一级", "直接决定车辆能否通行，申请人请托多"),
    ("执法装备和罚没物品保管", "内部管理", "三级", "内部管理事项，涉及财物较少"),
    ("道路运输违法行为行政处罚", "行政处罚", "一级", "罚款数额自由裁量幅度大"),
    ("扣押车辆、道路运输证", "行政强制", "一级", "直接涉及当事人财产和营运"),
    ("公路赔（补）偿费收取", "行政征收", "二级", "收费标准明确，但存在少收、不收空间"),
]  # fmt: skip
ITEM_LEVEL = {item: GRADES[lv] for item, _, lv, _ in POWER_ITEMS}

# (中队, 岗位, 姓名, tier, [(权力事项, 廉政风险点, 防控措施)])
BY_ITEMS = [
    ("大队领导", "大队长", "陆翀岫", "leader", [
        ("道路运输违法行为行政处罚", "重大处罚案件不经集体讨论，个人决定减轻处罚", "重大案件经大队案审会集体讨论，记录存档。"),
        ("超限运输车辆行驶公路许可", "为关系户超限运输许可打招呼、开绿灯", "许可审批全程网上办理，领导干预登记报告。"),
    ]),
    ("路政中队", "中队长", "杜琰霁", "middle", [
        ("超限运输车辆行驶公路许可", "超限运输许可现场勘验走过场", "勘验两人以上，照片和勘验记录上传系统。"),
        ("公路赔（补）偿费收取", "路产损失赔偿少收、不收，收受好处", "赔偿按标准计算，票据统一开具，月底对账。"),
    ]),
    ("路政中队", "执法队员", "陆湛峤", "general", [
        ("路政巡查", "巡查发现违法占路、挖路不制止、不上报", "巡查轨迹定位记录，巡查日志每日上报。"),
        ("执法装备和罚没物品保管", "私自使用执法车辆和执法装备", "执法车辆出车登记，装备借用签字。"),
    ]),
    ("运政中队", "中队长", "杜沅曦", "middle", [
        ("扣押车辆、道路运输证", "违规扣押车辆或超期扣押、收受好处后放行", "扣押、解除扣押经大队长审批，停车场登记。"),
        ("道路运输违法行为行政处罚", "非法营运案件罚款裁量畸轻畸重", "严格执行处罚裁量基准，法制审核把关。"),
    ]),
    ("运政中队", "执法队员", "陆岷澈", "general", [
        ("道路运输违法行为行政处罚", "路面执法不开票据、罚款不入账", "罚款一律通过银行缴纳，执法记录仪全程录像。"),
        ("扣押车辆、道路运输证", "扣押的道路运输证私自返还当事人", "证件扣押、返还登记台账，当事人签字。"),
    ]),
]  # fmt: skip


def anduo_enforcement_levels_by_power_items() -> dict:
    unit = f"{PLACE}交通运输综合执法大队"
    sh = _Sheet("岗位风险点", [6, 11, 10, 10, 22, 38, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "中队", "岗位", "姓名", "权力事项", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_ITEMS:
        for item, point, measures in points:
            n += 1
            sh.add(n, dept, post, who, item, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ITEM_LEVEL[item])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：各风险点的风险等级按所涉权力事项的风险等级确定，见《权力事项风险等级》表。", 7)
    sh.add("制表：综合办公室", None, None, "审核：", None, "2025年6月", None)
    grade = _Sheet("权力事项风险等级", [6, 28, 12, 10, 40])
    _line(grade, f"{unit}权力事项风险等级", 5)
    grade.add("序号", "权力事项", "事项类别", "风险等级", "定级依据")
    for i, (item, kind, lv, why) in enumerate(POWER_ITEMS, 1):
        grade.add(i, item, kind, lv, why)
    grade.add("经大队党支部会议研究确定。", None, None, "2025年5月", None)
    return _layout(
        "anduo_enforcement_levels_by_power_items", "http://uianet.net/dictionary/b10168898.html",
        "(harder) 县交通运输综合执法大队 岗位廉政风险点一览表, after the source's list of what 道路运输管理机构 staff must not do "
        "(不依规定实施行政许可, 违规拦截检查车辆, 违法扣留车辆和 道路运输证, 索取、收受财物): a title, "
        "序号/中队 merged/岗位 and 姓名 merged per person/``权力事项``/廉政风险点/防控措施 with NO LEVEL COLUMN, a ``注：`` line "
        "saying each point takes the level of its 权力事项, and a SECOND SHEET ``权力事项风险等级`` grading the 权力事项 one a row "
        "(序号/权力事项/事项类别/风险等级 ``一级/二级/三级``/定级依据, in another order); no type column",
        [sh, grade], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def anduo_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("杜珩岚", "局长", "主持全面工作", [
            ("公路建设项目安排和资金拨付个人拍板", "一级", "项目安排和资金拨付经局党组会集体研究。"),
            ("为承建商承揽公路工程打招呼、收受好处", "一级", "领导干部插手工程项目一律登记报告。"),
        ]),
        ("陆瑔崟", "副局长", "分管公路建设、养护", [
            ("公路工程交工验收降低标准", "一级", "交工验收邀请第三方检测机构参加。"),
            ("养护工程计量签认不实", "二级", "计量与监理、施工三方现场核对签字。"),
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
        ("建设管理股", "股长", "杜峄澄", "middle", "工程招标文件设置排他性条款", "一级", "招标文件经法律顾问审查，进平台公开。"),
        ("建设管理股", "股长", "杜峄澄", "middle", "设计变更未按程序报批", "二级", "设计变更分级审批，重大变更报局党组。"),
        ("财务股", "会计", "陆汐嵘", "general", "工程款支付审核不严，超进度拨款", "一级", "按监理签认的进度支付，财务股复核。"),
        ("财务股", "出纳", "杜霈岍", "general", "公款私存、坐收坐支", "二级", "现金日清月结，每月银行对账。"),
        ("运输管理股", "股长", "陆淏岑", "middle", "农村客运补贴资金核定不实", "二级", "补贴按车辆运营里程核定，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "anduo_transport_bureau_two_sheets", "http://dunkablog.com/html/2018/news_1017/184044.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's account of a county 交通运输局's three 局长 and a 公路 "
        "built badly (拍板权, 承建商 打点, 工程项目): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def anduo_road_transport_office_posts() -> dict:
    unit = f"{PLACE}道路运输管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "客运线路经营许可", "客运班线许可暗箱操作，向关系户倾斜", "制度机制风险", "高",
         "线路许可公开招标，所务会集体研究。"),
        ("运政股", "股长", "middle", "道路运输证核发", "不符合条件的车辆违规核发道路运输证", "岗位职责风险", "高",
         "核发资料双人审核，系统留痕。"),
        ("运政股", "办证员", "general", "从业资格证办理", "从业资格考试把关不严，代考、替考", "业务流程风险", "中",
         "考试人脸识别，考场全程录像。"),
        ("稽查股", "稽查员", "general", "车辆年审", "营运车辆年审不到场检测即盖章", "思想道德风险", "中",
         "年审车辆到场拍照，检测报告存档。"),
        ("稽查股", "稽查员", "general", "驾培机构监管", "接受驾校宴请，考核放水", "外部环境风险", "低",
         "驾校考核两人以上，考核结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "anduo_road_transport_office_posts", "https://jxxfw.com/periodical/81ad84a34b16fccd488c250d718f9810.html",
        "县道路运输管理所 岗位廉政风险点排查表 对岗不对人, after the source's paper on 交通腐败 in 交通基础设施建设 (审批, 招标, "
        "权力集中): a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def anduo_highway_maintenance_cards() -> dict:
    unit = f"{PLACE}公路养护段"
    t = _Truth(unit)
    cards = [
        ("段长", "杜瀞峋", "段长", "主持养护段全面工作", "leader", [
            ("养护工程发包指定施工队伍", "★★★", "养护工程按限额公开比选，结果公示。"),
            ("养护材料大宗采购收受回扣", "★★★", "材料采购三家比价，验收入库两人签字。"),
            ("接受施工队伍宴请", "★", "节前廉洁提醒，严守中央八项规定精神。"),
        ]),
        ("副段长", "陆晞珣", "副段长", "分管工区养护、机料", "leader", [
            ("工区养护里程和工日虚报", "★★", "养护工日按考勤和巡查记录核定。"),
            ("养护机械租赁费结算不实", "★★", "机械租赁台班由工区长和机料员共同签认。"),
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
        "anduo_highway_maintenance_cards", "http://liao1.com/news/201903254958.html",
        "县公路养护段 领导干部廉政风险防控卡, one sheet a leader, after the source's report on the 养路工人 of a 西藏 工区 (养护里程, "
        "路碑, 高海拔 工区): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def anduo_rural_road_station_group_rows() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "杜澍岈", "leader", [
                ("农村公路项目招投标中泄露标底、串通投标", "一级风险", "项目一律进县公共资源交易平台，全程留痕。"),
                ("农村公路养护资金分配不按里程", "二级风险", "养护资金按里程和路况测算，结果公示。"),
            ]),
        ]),
        ("二、工程管理组", "工程管理组", [
            ("组长", "陆峋瑗", "middle", [
                ("通村公路质量抽检弄虚作假", "一级风险", "抽检委托第三方，结果报县交通运输局。"),
            ]),
            ("技术员", "杜翾崧", "general", [
                ("路基路面工程量签认不实", "二级风险", "工程量现场丈量，监理和村代表签字。"),
                ("接受施工方礼品礼金", "三级风险", "签订廉洁承诺书，定期廉政谈话。"),
            ]),
        ]),
        ("三、养护管理组", "养护管理组", [
            ("管护员", "陆澂嵛", "general", [
                ("村道管护员考勤造假、冒领补助", "二级风险", "管护员考勤由村委会确认，补助打卡发放。"),
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
        "anduo_rural_road_station_group_rows", "http://www.360doc.com/content/14/0508/02/4587780_375675152.shtml",
        "县农村公路管理站 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 交通厅长 落马 and 招投标 (中标, "
        "评标委员会, 工程总价): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、站领导``, ``二、工程管理组``, ``三、养护管理组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def anduo_qingzang_service_station_selfchecks() -> dict:
    unit = f"{PLACE}青藏线服务站"
    t = _Truth(unit)
    people = [
        ("杜琤岿", "站领导", "站长", "leader", [
            ("服务站经营场所出租不公开竞价", "Ⅰ级", "场所出租公开竞价，合同报县交通运输局备案。", "已落实"),
            ("供氧设备采购指定供应商", "Ⅱ级", "设备采购三家比价，验收两人签字。", "未发现问题"),
        ]),
        ("陆璟峣", "车辆救援组", "救援员", "general", [
            ("补胎、搭电、拖车收费不开票据", "Ⅰ级", "收费标准上墙公示，统一开具票据。", "已落实"),
            ("救援出车记录代签、补签", "Ⅲ级", "出车定位记录，每月核对。", "已落实"),
        ]),
        ("杜湉岌", "生活保障组", "保管员", "general", [
            ("睡袋、吸氧用品租赁收入不入账", "Ⅰ级", "租赁收入当日入账，收据联号使用。", "未发现问题"),
            ("食堂物资出入库账实不符", "Ⅱ级", "物资出入库登记，每月盘点。", "已落实"),
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
        "anduo_qingzang_service_station_selfchecks", "https://www.snowlinemall.cn/gaoyuan-baike/4261.html",
        "县青藏线服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on 高原服务站 "
        "(吸氧, 补胎、搭电、拖车, 热食, 睡袋租赁): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def anduo_zharen_town_station_list() -> dict:
    unit = f"{PLACE}扎仁镇交通管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "陆濬岙", "leader", "村道安全隐患治理项目安排优亲厚友", "制度机制", "高风险",
         "治理项目经镇党委会研究，公示后实施。"),
        ("站领导", "站长", "陆濬岙", "leader", "协助办理车辆业务时收取好处费", "思想道德", "中风险",
         "业务办理不收任何费用，群众监督电话公开。"),
        ("安全管理", "交通安全员", "杜瑀沄", "general", "劝导站劝导记录弄虚作假、冒领补贴", "业务流程", "高风险",
         "劝导记录照片留存，镇里每月抽查。"),
        ("安全管理", "交通安全员", "杜瑀沄", "general", "对违法载人车辆选择性劝导", "岗位职责", "低风险",
         "劝导情况每日登记，报县交警大队。"),
        ("道路养护", "养护员", "陆颀湄", "general", "冬季除雪保通物资挪作他用", "外部环境", "中风险",
         "物资出入库登记，站长签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "anduo_zharen_town_station_list", "http://www.gaoxionggg.com/xw/qxxw/2021-08-03/538447.html",
        "镇交通管理站 岗位廉政风险防控一览表, after the source's report on 安多县's 109国道 (路况播报, 交警, 车辆管理所, 大风, "
        "高海拔): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def anduo_qiangma_town_station_register() -> dict:
    unit = f"{PLACE}强玛镇交通管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "杜昶峦", "leader", [
            ("通村道路维修项目验收不严", "制度机制", "一级", "验收组由镇、村和群众代表组成。"),
            ("农村客运招呼站建设资金使用不公开", "岗位职责", "二级", "资金使用每半年公示一次。"),
        ]),
        ("财务组", "报账员", "陆琰岑", "general", [
            ("维修材料报账票据不实", "业务流程", "一级", "材料出入库登记，报账附领用单。"),
        ]),
        ("路政协管组", "协管员", "杜湛岷", "general", [
            ("发现违法占道不制止、不报告", "岗位职责", "二级", "巡查日志每周报站长。"),
            ("接受沿线商户好处，默许乱搭乱建", "思想道德", "三级", "签订廉洁承诺书，定期轮换巡查路段。"),
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
        "anduo_qiangma_town_station_register", "http://news.china.com/domestic/945/20140502/18478909_1.html",
        "镇交通管理站 廉政风险点排查登记表, after the source's reporting on 交通厅长 落马 and 招投标 窝案 (评标委员会, 增减投标单位, "
        "中标): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    anduo_enforcement_levels_by_power_items(),
    anduo_transport_bureau_two_sheets(),
    anduo_road_transport_office_posts(),
    anduo_highway_maintenance_cards(),
    anduo_rural_road_station_group_rows(),
    anduo_qingzang_service_station_selfchecks(),
    anduo_zharen_town_station_list(),
    anduo_qiangma_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch955-inbox"))
