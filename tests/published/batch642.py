"""The six-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 人大 and
政协 bodies, 武川县 (of 呼和浩特市, 内蒙古自治区) — its 人大常委会办公室, 人大常委会人事代表工作委员会,
人大常委会预算工作委员会, 人大机关服务中心, 可可以力更镇人大代表联络站, 哈乐镇人大主席团, 政协办公室
and 政协机关 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS
or Excel:

- the 人大常委会办公室's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``,
  no type column, a 制表/审核 line;
- the 政协办公室's 一览表 in TWO SHEETS: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 可可以力更镇人大代表联络站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``主要职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 人大机关服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  ``高风险/中风险/低风险``; no names;
- the 人大常委会人事代表工作委员会's 清单 under GROUP ROWS ``一、委室领导`` … (no 科室 column), ``岗位 |
  姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 人大常委会预算工作委员会's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 哈乐镇人大主席团's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, 高/中/低, a ``注：`` line.

One is harder:

- ``wuchuan_cppcc_organ_self_rating_matrix``: the 政协机关's 廉政风险自评汇总表, ONE ROW A HOLDER
  (``序号 | 科室 | 岗位 | 姓名``) and ONE COLUMN A RISK POINT, the point's text standing in the heading
  (merged under ``廉政风险点（本人自评风险等级）``); each cell holds THAT holder's own self-rated level
  of that point (高/中/低), blank where the point is not his; a closing row ``防控措施`` gives each
  point column its measures. So a point is a column, a holder's points are the filled cells of his
  row, and one point may carry different levels for different holders. The README's 读得懂的表 knows
  holders as columns under a merged ``风险等级`` heading (points down, each cell the holder's own
  level), a matrix of posts down and points across whose cells are MEASURES with ONE level row, a
  grid of holders across with numbered points in the cells, and questionnaire exports
  (``风险点1 | 风险类型1 …``); it does not describe the transpose — holders down, point texts across
  in the heading, each cell the holder's own level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市政协机关 清廉机关 建设 —
委员履职考核, 提案工作条例, 两会 提醒卡, 廉政谈话; a 地方政协制度建设 研究 — 提案, 视察, 委员管理; a
代表建议办理 的实证考察 — 交办, 督办, 答复; a 代表建议、批评和意见 的基本要求 — 调查研究, 联名,
转递材料; a 代表联络站 联系选民 制度 — 接待选民, 来信来访, 资料归档; a 人大 预算审查监督 —
预算绩效, 审查, 专项资金; a 区机关事务服务中心 公务接待及公务用车 培训 — 公函, 接待清单, 一车一档;
a 区人大 代表工作 调研 — 代表培训, 代表联络站, 联系代表) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 柏 and 萧 with rare given names); every unit is a body of 武川县.

Run ``python tests/published/score.py --set batch642`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every filled cell makes the column's point a point of the row's holder
  (科室, 岗位, 姓名 from his row) with the cell's level; one form a holder; a point column filled
  in three rows is three holders' point, each with his own level; the ``防控措施`` row names no
  holder and is no point; the heading ``廉政风险点（本人自评风险等级）`` is no point; the ``注：`` line
  and the sign-off line are no points;
- ``机关领导``, ``委室领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the 政协办公室's
  leaders (sheet ``领导班子``, no 科室 column) and the cards' people have no 科室; a 科 (秘书科, 财务科,
  综合科), a 组 and a 室 are 科室;
- every body is a unit of its own: 主任, 副主任, 主席, 副主席, 秘书长, 副秘书长 and 站长 are leaders; 科长
  middle; the rest (科员, 会计, 出纳, 驾驶员, 联络员, 秘书, 文印员, 保管员) general;
- ``自查情况``, ``主要职责``, ``分管工作`` and ``填表时间`` are no points and name no holder; the 服务中心's
  list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b642_"
PLACE = "武川县"
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

# the risk points across: (point, 防控措施)
POINTS = [
    ("政协委员履职考核打分不实", "履职考核按《委员履职考核办法》量化计分，结果在委员中公示。"),
    ("提案立案审查把关不严、人情立案", "提案审查由提案委员会集体审查，不立案的书面说明理由。"),
    ("文史资料出版专项资金使用不规范", "专项资金专款专用，邀请派驻纪检监察组监督。"),
    ("视察调研活动借机公款旅游", "视察调研方案报主席会议审定，费用按差旅标准结算。"),
    ("全会会务用品采购不比价", "会务用品三家比价，采购结果机关内公示。"),
]

# the holders down: (科室, 岗位, 姓名, tier, the level cells under POINTS)
HOLDERS = [
    ("机关领导", "秘书长", "柏翙琛", "leader", ("中", "高", "中", None, "高")),
    ("机关领导", "副秘书长", "萧珝芃", "leader", ("高", None, None, "中", None)),
    ("提案委员会", "科长", "柏淏翎", "middle", (None, "高", None, None, None)),
    ("文史和学习委员会", "科员", "萧琤滢", "general", (None, None, "高", "低", None)),
    ("综合科", "科员", "柏璩岱", "general", ("低", None, None, None, "中")),
]


def wuchuan_cppcc_organ_self_rating_matrix() -> dict:
    unit = f"{PLACE}政协机关"
    n = len(POINTS)
    ncols = 4 + n
    sh = _Sheet("自评汇总", [6, 16, 10, 9] + [16] * n)
    t = _Truth(unit)
    _line(sh, f"政协{PLACE}委员会机关廉政风险自评汇总表", ncols)
    _line(sh, f"单位：{unit}{GAP * 16}2025年4月", ncols)
    top = sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点（本人自评风险等级）", *([None] * (n - 1))
    )
    sh.add(None, None, None, None, *[point for point, _ in POINTS])
    for c in range(4):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 3 + n)
    for i, (dept, post, who, _tier, cells) in enumerate(HOLDERS, 1):
        sh.add(i, dept, post, who, *cells)
    r = sh.add("防控措施", None, None, None, *[measures for _, measures in POINTS])
    sh.merge(r, 0, r, 3)
    _merge_down(sh, top + 2, [(1, lambda row: row[1] if isinstance(row[0], int) else row[0])])
    for dept, post, who, tier, cells in HOLDERS:
        for (point, _measures), lv in zip(POINTS, cells, strict=True):
            if lv:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：本表由个人对照所列风险点自评风险等级（高、中、低），本岗位不涉及的风险点空白。",
        ncols,
    )
    sh.add("汇总：机关办公室", None, None, None, "审核：", None, "秘书长（签字）：", None, None)
    return _layout(
        "wuchuan_cppcc_organ_self_rating_matrix", "http://loushibaike.cn/szb/pc/col/202310/20/content_216076.html",
        "(harder) 县政协机关 廉政风险自评汇总表, after the source's 市政协机关 清廉机关 建设 (委员履职考核办法, 提案工作条例, "
        "两会 提醒卡, 廉政谈话): a title, a merged ``单位：…　2025年4月`` line, a TWO-ROW heading: 序号/科室/岗位/姓名 "
        "merged down, ``廉政风险点（本人自评风险等级）`` merged across five point columns whose point TEXTS stand in the "
        "second heading row; ONE ROW A HOLDER (科室 merged over 机关领导), each cell the holder's own self-rated level "
        "高/中/低 of the column's point, blank where not his; a closing ``防控措施`` row with each point's measures; a "
        "``注：`` line and an 汇总/审核/秘书长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuchuan_npc_office_list() -> dict:
    unit = f"{PLACE}人大常委会办公室"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "萧翀湄", "leader", [
            ("代表建议交办、督办中为承办单位说情打招呼", "一级", "建议交办、督办情况在常委会会议上通报。"),
            ("机关大额经费支出不经主任会议研究", "一级", "大额支出经主任会议集体研究，纪要存档。"),
        ]),
        ("秘书科", "科长", "柏湜昀", "middle", [
            ("代表建议答复情况汇总不实", "二级", "答复情况逐件核对，征询代表满意度。"),
        ]),
        ("秘书科", "科员", "萧岫琮", "general", [
            ("常委会会议材料提前泄露", "二级", "会议材料专人保管，按密级分发回收。"),
            ("会议用餐、住宿超标准安排", "三级", "会务费用按标准结算，清单公示。"),
        ]),
        ("财务科", "会计", "柏岚琇", "general", [
            ("报销单据审核不严，虚列会议费", "一级", "会议费凭会议通知、签到表、清单报销。"),
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
    sh.add("制表：秘书科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "wuchuan_npc_office_list", "https://www.xmrd.gov.cn/rdlz/llyj/202108/t20210812_5448838.htm",
        "县人大常委会办公室 岗位廉政风险防控一览表, after the source's 代表建议办理 的实证考察 (交办, 督办, 答复, 满意度): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type "
        "column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuchuan_cppcc_office_two_sheets() -> dict:
    unit = f"{PLACE}政协办公室"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 10, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("萧沅岫", "主任", "主持办公室全面工作", [
            ("委员视察调研经费使用审批不严", "高", "经费使用按预算执行，主任会议审定。"),
            ("机关干部选拔任用搞“一言堂”", "高", "干部任用经党组会集体研究。"),
        ]),
        ("柏泠昶", "副主任", "分管提案、文史工作", [
            ("提案办理协商走过场", "中", "重点提案由主席会议领导督办。"),
            ("文史资料征集稿酬发放不规范", "低", "稿酬按标准核定，名单公示。"),
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
    dept = _Sheet("科室", [6, 12, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合科", "科长", "萧澍珩", "middle", "全会会务服务定点酒店选定不公开", "高", "定点酒店比选确定，结果公示。"),
        ("综合科", "科长", "萧澍珩", "middle", "委员学习培训费用虚报", "中", "培训凭通知、签到、影像资料报销。"),
        ("综合科", "文印员", "柏璆湘", "general", "印刷品采购不按定点，收受回扣", "中", "印刷品定点采购，数量登记。"),
        ("委员联络科", "科员", "萧霂岑", "general", "委员履职档案登记不实", "低", "履职档案每季度核对，委员本人确认。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wuchuan_cppcc_office_two_sheets", "http://www.hunanzx.gov.cn/zwgk/llyj/201612/t20161216_4158294.html",
        "县政协办公室 廉政风险防控一览表 in TWO SHEETS, after the source's 地方政协制度建设 研究 (提案, 视察调研, 委员管理, "
        "履职): sheet 领导班子 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wuchuan_kekeyiligeng_station_cards() -> dict:
    unit = f"{PLACE}可可以力更镇人大代表联络站"
    t = _Truth(unit)
    cards = [
        ("站长", "柏琰汐", "站长", "主持联络站日常工作，组织代表进站接待选民", "leader", [
            ("代表进站活动经费虚报冒领", "★★★", "活动经费凭活动记录、签到表报销。"),
            ("选民反映问题选择性转办、压件不办", "★★", "来信来访逐件登记，限时转办反馈。"),
        ]),
        ("联络员", "萧潆昉", "联络员", "负责选民来信来访登记和资料归档", "general", [
            ("接待选民时收受礼品", "★★", "签订廉洁承诺书，接待全程登记。"),
            ("选民个人信息泄露", "★", "来访登记簿专柜保管，查阅登记。"),
            ("代表进站接待记录补记、代签", "★", "接待记录当日填写，代表本人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wuchuan_kekeyiligeng_station_cards", "https://wsllz.henanrd.gov.cn/zgrd/news-detail/154009",
        "县镇人大代表联络站 岗位廉政风险防控卡, one sheet a person, after the source's 代表联系选民 制度 (进站接待, 来信来访, "
        "资料归档): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wuchuan_npc_service_centre_posts() -> dict:
    unit = f"{PLACE}人大机关服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "公务接待无公函接待、超范围陪同", "制度机制风险", "高风险",
         "坚持无公函不接待，接待清单逐项审核。"),
        ("中心领导", "主任", "leader", "物业服务采购指定供应商", "外部环境风险", "高风险",
         "物业服务按政府采购程序确定。"),
        ("车辆管理组", "驾驶员", "general", "公车私用、节假日不按规定封存", "思想道德风险", "中风险",
         "一车一档，节假日定点停放。"),
        ("车辆管理组", "驾驶员", "general", "加油、维修费用虚报", "业务流程风险", "中风险",
         "定点加油、定点维修，凭单报销。"),
        ("后勤保障组", "保管员", "general", "办公用品出入库不登记", "岗位职责风险", "低风险",
         "领用登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：中心办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "wuchuan_npc_service_centre_posts", "https://www.dlpld.gov.cn/view-7169e564c2104c2fa0e33fde19ff07ea.jhtml",
        "县人大机关服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 区机关事务服务中心 公务接待及公务用车 培训 "
        "(无公函不接待, 接待清单, 一车一档, 违规用车): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuchuan_npc_personnel_committee_group_rows() -> dict:
    unit = f"{PLACE}人大常委会人事代表工作委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、委室领导", "委室领导", [
            ("主任", "柏玥漪", "leader", [
                ("任免案审查把关不严", "Ⅰ级", "任免案材料逐项审查，提请主任会议研究。"),
                ("代表补选工作中违规操作", "Ⅰ级", "补选程序依法进行，全过程记录。"),
            ]),
        ]),
        ("二、代表工作室", "代表工作室", [
            ("科长", "萧澂屹", "middle", [
                ("代表履职培训经费挪用", "Ⅱ级", "培训经费专款专用，凭据报销。"),
            ]),
            ("科员", "柏砚岷", "general", [
                ("代表建议转递中简单转递他人材料", "Ⅲ级", "建议材料经调查核实后转递。"),
                ("代表履职档案登记弄虚作假", "Ⅱ级", "履职档案代表本人签字确认。"),
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
        "wuchuan_npc_personnel_committee_group_rows", "https://m.pgsk.com/book/chapter/213609/7.html",
        "县人大常委会人事代表工作委员会 廉政风险防控责任清单, after the source's 代表建议、批评和意见 的基本要求 (调查研究, "
        "联名, 转递他人材料): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、委室领导``, ``二、代表工作室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wuchuan_npc_budget_committee_selfchecks() -> dict:
    unit = f"{PLACE}人大常委会预算工作委员会"
    t = _Truth(unit)
    people = [
        ("柏曦芃", "委室领导", "主任", "leader", [
            ("预算审查中为部门争取资金打招呼", "一级风险", "审查意见经主任会议集体研究。", "已落实"),
            ("预算绩效评价结果人为调整", "二级风险", "评价结果随报告提交常委会审议。", "未发现问题"),
            ("委托第三方评审机构选定不公开", "一级风险", "第三方机构按政府采购程序选定。", "已落实"),
        ]),
        ("萧崧瑗", "预算审查室", "科员", "general", [
            ("预算联网监督数据泄露", "二级风险", "联网监督系统分级授权，操作留痕。", "已落实"),
            ("专项资金调研接受被调研单位宴请", "三级风险", "调研就餐按规定标准，签订承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wuchuan_npc_budget_committee_selfchecks", "http://www.handmsg.com/page/2021/0721/8927960.shtml",
        "县人大常委会预算工作委员会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "人大 预算审查监督 (预算绩效, 审查, 专项资金): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def wuchuan_hale_presidium_list() -> dict:
    unit = f"{PLACE}哈乐镇人大主席团"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主席团领导", "主席", "萧璠汧", "leader", "代表活动经费使用不公开", "制度机制", "高",
         "活动经费每半年向代表公开。"),
        ("主席团领导", "主席", "萧璠汧", "leader", "代表选举中干预选民提名", "岗位职责", "高",
         "选举全过程依法公开，接受选民监督。"),
        ("主席团领导", "副主席", "柏朏萦", "leader", "代表视察活动走过场、违规就餐", "思想道德", "中",
         "视察就餐在镇机关食堂，按标准结算。"),
        ("人大办公室", "秘书", "萧琰翎", "general", "代表联系选民记录补写造假", "业务流程", "中",
         "联系记录当场填写，代表签字。"),
        ("人大办公室", "秘书", "萧琰翎", "general", "代表培训材料费虚报", "外部环境", "低",
         "材料费凭采购清单报销。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主席（签字）：", None, None)
    return _layout(
        "wuchuan_hale_presidium_list", "http://rd.xiuzhou.gov.cn/art/2019/1/31/art_1228921557_39836903.html",
        "县镇人大主席团 岗位廉政风险防控一览表, after the source's 区人大 代表工作 调研 (代表培训, 代表联络站, 联系代表, "
        "视察): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/主席（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuchuan_cppcc_organ_self_rating_matrix(),
    wuchuan_npc_office_list(),
    wuchuan_cppcc_office_two_sheets(),
    wuchuan_kekeyiligeng_station_cards(),
    wuchuan_npc_service_centre_posts(),
    wuchuan_npc_personnel_committee_group_rows(),
    wuchuan_npc_budget_committee_selfchecks(),
    wuchuan_hale_presidium_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch642-inbox"))
