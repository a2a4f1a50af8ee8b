"""The nine-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's emergency
management bodies, 曲水县 (拉萨市, 西藏自治区) — its 应急管理局, 安全生产监督管理执法大队, 应急救援中心,
森林草原防灭火指挥部办公室, 地震局, 应急物资储备库 and two 乡镇应急管理站 (才纳乡, 南木乡) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 安全生产监督管理执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``高风险/中风险/低风险``;
- the 应急救援中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 森林草原防灭火指挥部办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside
  a long ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 地震局's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, 高/中/低, ``自查情况``, no type column;
- the 才纳乡应急管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 南木乡应急管理站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qushui_reserve_depot_level_arrows``: the 应急物资储备库's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per
  person) revised IN PLACE at the year's 动态调整: on four of its seven rows the ``风险等级`` cell keeps the
  old level and writes the new one after an arrow (``二级→一级``, ``三级→二级``, ``一级→二级``), the
  other rows a plain level; a ``注：`` line under the list says the word after ``→`` is the adjusted
  level. The README's 读得懂的表 knows levels changed by a note naming 序号 (``第2项风险等级调整为一级``),
  by an adjustment table under the list (``调整前等级 | 调整后等级``), by a review-opinion column
  (``调整为一级``), by a 上年等级 column with ↑/↓ marks, and a post cell ``旧岗位→现岗位``; it was
  chosen as not describing a LEVEL cell that carries both levels joined by an arrow, the current one
  after it. WRONG, found only after the one measurement: docs/layouts.md (## 一格里写好几样) already
  says ``级别写 `高→中`、`二级调整为三级` 的,按调整后的级别读`` (rule since batches 185–188, config.py
  ``_CHANGED``); the synonym grep before choosing (``→一级``, ``二级→``, ``→高``, ``调整为一级``, ``原二级``)
  missed ``高→中``. So this "harder" file is in truth a described shape; it is kept as built (the
  layout and truth are not changed after measuring), and the batch has no undescribed shape.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 应急能力提升三年行动方案 —
综合应急救援队伍, 应急装备物资, 智慧应急信息化; a 县应急管理局 执法制度汇编 — 法制审核, 案卷评查,
回避, 执法全过程记录; the founding of a 县应急救援大队 — 专职队员 选录, 训练备勤, 物资装备; a 县森林防火
指挥部办公室's 工作职责 — 储备、调拨物资装备, 24小时值班, 火灾事故调查, 野外火源管理; a 县志's 地震
监测预报 — 台站 检修维护, 震情值班, 宏观观测点; an 应急物资仓库管理制度 — 入库验收, 盘点, 出库审批;
a 镇 应急管理 report — 镇村两级应急队, 物资储备, 巡查检查; a paper on 乡镇应急 难题 — 应急物资储备不足,
救援队伍, 应急演练) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 涂 and 云 with rare given
names); every unit is a body of 曲水县.

Run ``python tests/published/score.py --set batch945`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a level cell ``X→Y`` is level Y (the adjusted one, as the ``注：`` line says);
  a plain cell is its own level;
- ``局领导``, ``站领导``, ``大队领导``, ``办公室领导``, ``库领导`` (a 科室/部门 cell, a group row) are the
  科室 of those leaders; the 应急管理局's leaders (sheet ``局领导``) and the cards' leaders have no
  科室; a 局's 股, a 站's 组 or 队, a 大队's 中队 or 组 and a 库's 股 are 科室; a group row
  ``二、执法一中队`` gives the 科室 ``执法一中队``;
- every station, the 办公室, the 中心, the 大队, the 库 and the 局s are units of their own: 局长, 副局长,
  大队长, 主任, 副主任 and 站长 are leaders; 股长, 中队长 and 队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 防灭火指挥部办公室's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b945_"
PLACE = "曲水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
ARROW = "→"
GAP = "\u3000"


def adjusted(cell: str) -> int:
    """The level a harder-file cell stands for: the one after the arrow, or the cell's own."""
    return GRADES[cell.split(ARROW)[-1]]


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级 cell, 防控措施)])
ARROWED = [
    ("库领导", "主任", "涂淏瑀", "leader", [
        ("储备物资集中采购中授意围标、串标", "一级", "采购进入县公共资源交易平台，库内不得指定供应商。"),
        ("到期物资轮换处置价格不公开", "二级→一级", "轮换处置经库务会集体研究，报县应急管理局审批并公示。"),
    ]),
    ("仓储股", "股长", "云翛峣", "middle", [
        ("入库验收数量、质量把关不严", "二级", "入库验收两人以上，附质检报告，验收单存档。"),
        ("物资盘点账实不符隐瞒不报", "三级→二级", "每季度盘点，县应急管理局派员监盘。"),
    ]),
    ("仓储股", "保管员", "涂沨琲", "general", [
        ("不按调拨审批单出库，多发、错发物资", "二级→一级", "凭调拨审批单出库，领用人签字，台账日清。"),
        ("私自借出储备物资", "三级", "储备物资一律不得外借，监控全覆盖。"),
    ]),
    ("财务股", "会计", "云濯岈", "general", [
        ("储备管理费报账票据不实", "一级→二级", "报账单据三级审核，管理费专账核算。"),
    ]),
]  # fmt: skip


def qushui_reserve_depot_level_arrows() -> dict:
    unit = f"{PLACE}应急物资储备库"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 13, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表（2025年动态调整）", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ARROWED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], adjusted(lv))
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh, f"注：2025年动态调整，风险等级栏中“{ARROW}”前为原定等级，“{ARROW}”后为调整后等级。", 7
    )
    sh.add("制表：综合股", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "qushui_reserve_depot_level_arrows", "http://www.xout.cn/jxfw/202505/96321.html",
        "(harder) 县应急物资储备库 岗位廉政风险点一览表（2025年动态调整）, after the source's 应急物资仓库管理制度 "
        "(入库验收, 分区存放, 定期检查, 发放登记): a title, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | "
        "防控措施``, 股室 merged, 岗位/姓名 merged per person; on four rows the LEVEL CELL keeps the old level and "
        "writes the adjusted one after an arrow (``二级→一级``, ``三级→二级``, ``一级→二级``), the other rows a plain "
        "``一级/二级/三级``; a ``注：`` line says the word after ``→`` is the adjusted level; no type column; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qushui_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("涂釉翀", "局长", "主持全面工作", [
            ("应急救援装备采购项目指定供应商", "Ⅰ级", "装备采购一律进平台公开招标，局党组集体研究采购需求。"),
            ("安全生产专项资金分配个人说了算", "Ⅰ级", "专项资金分配方案经局党组会研究，结果公示。"),
        ]),
        ("云翙岍", "副局长", "分管救援队伍、应急指挥信息化", [
            ("综合应急救援队伍人员选录优亲厚友", "Ⅰ级", "队员选录公开报名、统一考核，结果公示。"),
            ("智慧应急信息化项目验收把关不严", "Ⅱ级", "项目验收邀请第三方测评，验收报告存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "涂殳璟", "middle", "办公经费和应急值守补助报销审核不严", "Ⅱ级",
         "报销单据经办、审核、审批三级签字。"),
        ("安全生产综合监管股", "股长", "云峋澄", "middle", "企业安全生产标准化评审中打招呼、降低标准", "Ⅰ级",
         "评审由专家组独立打分，结果公示。"),
        ("安全生产综合监管股", "股长", "云峋澄", "middle", "非煤矿山安全检查走过场", "Ⅱ级", "检查两人以上，检查记录和照片存档。"),
        ("防灾减灾救灾股", "科员", "涂渼翎", "general", "救灾资金和物资发放优亲厚友", "Ⅰ级",
         "救助对象经村评议、乡审核、县审批，三级公示。"),
        ("防灾减灾救灾股", "科员", "涂渼翎", "general", "灾情核查数据不实", "Ⅲ级", "灾情数据现场核查，乡镇签字确认。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "qushui_emergency_bureau_two_sheets",
        "http://www.cqfj.gov.cn/zwgk_168/zcwj/qtwj/2022n/202211/t20221107_11269352.html",
        "县应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 县应急能力提升三年行动方案 (综合应急救援队伍, "
        "应急装备物资配备, 智慧应急信息化): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qushui_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}安全生产监督管理执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "云琤岱", "leader", [
                ("行政处罚自由裁量不公，人情执法", "高风险", "重大处罚决定经法制审核和集体讨论，处罚结果公示。"),
                ("执法检查前向企业通风报信", "高风险", "检查对象“双随机”抽取，检查计划保密。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "涂岬沅", "middle", [
                ("现场检查发现重大隐患不下达整改指令", "中风险", "执法全过程记录，隐患整改闭环销号。"),
            ]),
            ("队员", "云瓅峥", "general", [
                ("接受被检查企业宴请、礼品", "低风险", "签订廉洁执法承诺书，执法回避。"),
                ("执法文书和检查记录填写不实", "中风险", "执法案卷每季度评查。"),
            ]),
        ]),
        ("三、法制审核组", "法制审核组", [
            ("审核员", "涂曦岞", "general", [
                ("重大执法决定法制审核走过场", "中风险", "审核实行初审、复审两级，审核意见存档。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "qushui_enforcement_brigade_group_rows",
        "https://www.zninfo.gov.cn/zwgk/zfbmxxgk/xzbm/yjjbm/zfwj21/content_6892",
        "县安全生产监督管理执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 县应急管理局 执法制度汇编 "
        "(法制审核, 回避, 案卷评查, 执法全过程记录, 年度监督检查计划): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施, group rows ``一、大队领导``, ``二、执法一中队``, ``三、法制审核组`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qushui_rescue_centre_cards() -> dict:
    unit = f"{PLACE}应急救援中心"
    t = _Truth(unit)
    cards = [
        ("主任", "云澍琂", "主任", "主持中心全面工作", "leader", [
            ("救援装备物资采购验收不严", "★★★", "装备采购按程序报县应急管理局审批，验收两人以上。"),
            ("专职救援队员选录弄虚作假", "★★★", "选录公开报名、体能和技能考核，结果公示。"),
            ("接受装备供应商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "涂珝峦", "副主任", "分管训练备勤、装备保障", "leader", [
            ("训练备勤经费使用不规范", "★★", "经费专账核算，每季度公开。"),
            ("装备维护保养费用虚报", "★★", "维修保养登记，附维修单和照片。"),
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
        "qushui_rescue_centre_cards",
        "https://yjt.shaanxi.gov.cn/sy/xwzx/sxdt/202512/t20251216_3596237.html",
        "县应急救援中心 领导干部廉政风险防控卡, one sheet a leader, after the source's founding of a 县应急救援大队 "
        "(专职队员 公开选拔, 训练备勤, 首批物资装备): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qushui_fire_prevention_office_posts() -> dict:
    unit = f"{PLACE}森林草原防灭火指挥部办公室"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "leader", "防火物资装备采购", "扑火机具、防火物资采购指定供应商", "制度机制风险", "一级",
         "采购进平台，办公室集体研究采购需求。"),
        ("办公室领导", "主任", "leader", "火灾事故调查", "参与火灾事故责任界定时受人请托、偏袒一方", "岗位职责风险", "一级",
         "火灾调查两人以上，调查报告集体审定。"),
        ("综合组", "值班员", "general", "火情值班报告", "瞒报、迟报火情，值班记录事后补写", "业务流程风险", "二级",
         "24小时值班，值班记录逐日签字。"),
        ("物资组", "保管员", "general", "物资调拨", "扑火物资调拨不登记、挪作他用", "业务流程风险", "二级",
         "物资调拨凭指挥部调令，台账登记。"),
        ("物资组", "保管员", "general", "物资出入库", "防火物资以次充好、虚报损耗", "思想道德风险", "三级",
         "出入库两人签字，每季度盘点。"),
        ("宣传组", "宣传员", "general", "野外火源管理", "对违规野外用火不制止、收受好处", "外部环境风险", "三级",
         "巡查记录定位上传，违规用火登记移交。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qushui_fire_prevention_office_posts", "https://www.ynmh.gov.cn/lyj/28293.news.detail.dhtml?news_id=132928",
        "县森林草原防灭火指挥部办公室 岗位廉政风险点排查表 对岗不对人, after the source's 森林防火指挥部办公室 工作职责 "
        "(储备、调拨物资装备, 24小时值班, 火灾事故调查, 野外火源管理): a title, 序号/科室 merged/岗位 merged per post/"
        "a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qushui_seismic_bureau_selfchecks() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    people = [
        ("云岫玙", "局领导", "局长", "leader", [
            ("地震监测台站建设项目发包不规范", "高", "项目按限额标准公开招标，局务会集体研究。", "已落实"),
            ("防震减灾专项经费使用不规范", "中", "专项经费专账核算，年终公开。", "未发现问题"),
        ]),
        ("涂琰嵚", "监测预报股", "监测员", "general", [
            ("观测数据弄虚作假、漏报异常", "高", "观测原始记录双人核对，数据每日上传。", "已落实"),
            ("台站巡检记录代签、补签", "低", "巡检定位打卡，记录每月核查。", "已落实"),
        ]),
        ("云溆翾", "震害防御股", "股长", "middle", [
            ("抗震设防要求审核把关不严", "高", "审核意见经股室集体研究，结果存档。", "未发现问题"),
            ("宏观观测员补贴发放不实", "中", "补贴按观测记录核发，名单公示。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qushui_seismic_bureau_selfchecks",
        "https://shandong-chorography.org/database/c36/section/7/article/703/",
        "县地震局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县志 地震监测预报 "
        "(台站 检修维护, 震情值班, 宏观观测点 观测员): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def qushui_caina_township_station_list() -> dict:
    unit = f"{PLACE}才纳乡应急管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "涂漻岵", "leader", "村级应急救援分队补贴发放不公开", "制度机制", "一级风险",
         "补贴按出勤和培训记录核发，张榜公布。"),
        ("站领导", "站长", "涂漻岵", "leader", "村级应急物资储备验收不严", "岗位职责", "二级风险",
         "物资验收乡村两级签字，照片存档。"),
        ("物资管理", "管理员", "云翚璘", "general", "应急物资借用不登记、不归还", "业务流程", "一级风险",
         "借用须站长批准，登记台账，限期归还。"),
        ("物资管理", "管理员", "云翚璘", "general", "闲置物资私自处置", "思想道德", "三级风险",
         "闲置物资处置报乡党委研究。"),
        ("隐患排查", "巡查员", "涂嶙瑄", "general", "隐患排查台账填写不实", "业务流程", "二级风险",
         "巡查定位打卡，站长每月抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qushui_caina_township_station_list", "http://www.b4dc4.cn/community/2022/1122/184588.html",
        "乡应急管理站 岗位廉政风险防控一览表, after the source's 镇 应急管理 report (巡查检查, 应急值守, 镇村两级应急救援队伍, "
        "物资储备): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def qushui_nanmu_township_station_register() -> dict:
    unit = f"{PLACE}南木乡应急管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "云滢翃", "leader", [
            ("灾后救助对象确定不公", "制度机制", "一级", "救助对象经村民评议，乡村两级公示。"),
            ("应急演练经费虚列", "岗位职责", "二级", "演练方案、签到和影像资料存档备查。"),
        ]),
        ("综合组", "会计", "涂沺峧", "general", [
            ("应急物资购置报账票据审核不严", "业务流程", "二级", "报账附入库单，站长审签。"),
        ]),
        ("救援队", "队长", "云璆岨", "middle", [
            ("救援装备私用、外借", "思想道德", "三级", "装备登记造册，出入库签字。"),
            ("值守排班和出勤记录弄虚作假", "业务流程", "二级", "值守签到，乡纪委不定期抽查。"),
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
        "qushui_nanmu_township_station_register",
        "https://www.rluj.cn/jiemeng/po-jie-xiang-zhen-ying-ji-nan-ti-jie-mi-xian-zhuang-yu-dui-ce.html",
        "乡应急管理站 廉政风险点排查登记表, after the source's paper on 乡镇应急 难题 (应急物资储备不足, 救援队伍, 应急演练, "
        "应急预案): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qushui_reserve_depot_level_arrows(),
    qushui_emergency_bureau_two_sheets(),
    qushui_enforcement_brigade_group_rows(),
    qushui_rescue_centre_cards(),
    qushui_fire_prevention_office_posts(),
    qushui_seismic_bureau_selfchecks(),
    qushui_caina_township_station_list(),
    qushui_nanmu_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch945-inbox"))
