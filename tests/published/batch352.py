"""The three-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one new area's 社会事业
bodies, 东部新区 (成都东部新区, its staff Han) — its 社区发展治理和社会保障局, its 人力资源和社会保障
服务中心 (人社服务中心), its 退役军人服务中心 and the 丹景街道退役军人服务站, its 中心敬老院, the
高明镇社保所, the 养马街道社区发展治理服务中心 and its 劳动保障监察大队 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 社区发展治理和社会保障局's 一览表 under ``附件1``: ``科室`` merged (局领导, 社会救助科, 社区发展治理科,
  养老服务科, 计划财务科), ``岗位`` and ``姓名`` merged per person, the ``廉政风险点``, ``…风险`` types,
  高/中/低, the measures and a 填表人/审核人/date line;
- the 人社服务中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 填表人/审核人 line under each;
- the 退役军人服务中心's 防控卡, one sheet a holder (tabs 主任, 优抚科科长, 经办员): the pairs
  ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 岗位职责 | …`` above ``序号 | 廉政风险点 | 风险类别 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | 监督电话：…``;
- the 丹景街道退役军人服务站's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  no 科室 column (a 站 of four), ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人/站长（签字） line;
- the 高明镇社保所's 排查表 对岗不对人: no 科室 column, ``岗位`` merged per post, a short ``风险点`` beside
  a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 养马街道社区发展治理服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、社区治理组``,
  ``三、社会事务组``, ``四、综合组`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person,
  short types, ``一级风险/二级风险/三级风险``, a ``注：`` line and a 制表/审核/date line;
- the 劳动保障监察大队's 自查表, one sheet a person (tabs named by the person): ONE ROW OF THREE PAIRS
  ``姓　名 | … | 中　队 | … | 职　务 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施 |
  自查情况``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, ``本人签名： | … | 大队长意见：``.

One is harder:

- ``dongbu_nursing_home_level_type_grid``: the 中心敬老院's 岗位廉政风险分布表, one sheet a holder (tabs
  院长, 副院长, 护理组长, 保管员). Under a title and the pairs ``姓　名 | … | 岗　位 | … | 所在部门 | …``
  the risks stand in a CROSS TABLE OF LEVEL BY TYPE: a corner cell written as a diagonal header
  (``风险类型⏎风险等级``), then the five types as column headings (``思想道德风险 | 制度机制风险 |
  岗位职责风险 | 业务流程风险 | 外部环境风险``), then THREE ROWS, ONE A LEVEL (``高风险``, ``中风险``,
  ``低风险`` in column A); each crossing holds one risk point of that level and that type, or ``/``
  (or nothing) where the holder has none. There is NO 序号, no 风险点 column, no 等级 column and no
  类型 column: a point's level is the label of ITS ROW and its type the heading of ITS COLUMN. A
  ``防控措施`` row merged across the five type columns (numbered measures for the whole card) and
  ``本人签字： | 院长审核： | 2025年9月`` close the card. The README's 读得懂的表 knows the points written
  under LEVEL COLUMNS (``廉政风险点`` over ``高风险 | 中风险 | 低风险``, each point in its level's column,
  the rows being rows of a list), under TYPE COLUMNS (``廉政风险点`` over ``思想道德风险 | 岗位职责风险 |
  …``), type columns ticked with ``√``, type columns holding the LEVEL word (``风险类别及等级`` merged
  over five type columns) or level columns holding the TYPE (``风险类型及等级`` over ``高 | 中 | 低``),
  and the 公示栏 whose rows are ``高风险 | 中风险 | 低风险`` and whose COLUMNS ARE POSTS (each column a
  post with its 姓名 above, one table a column); it does not describe a grid that gives BOTH the
  level (by its row) and the type (by its column) of the point written at their crossing, the
  whole grid being one holder's (named in pairs above it) and its five columns being types, not
  posts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区's 改革完善社会救助制度 实施意见 —
低保, 特困供养, 临时救助, 审核确认, 动态管理; a 社保 作风建设年 整改方案 — 服务意识, 工作效能, 廉洁风险,
社保基金, 数字化; a 退役军人服务站 that became a 红色服务站 — 来访接待, 帮扶援助, 权益维护, 军人之家; what
重点优抚对象 are — 伤残军人, 三属, 两参人员, 定期抚恤补助; a 街道 低保移交 工作方案 — 职责划分, 经办人员,
申请审核, 动态管理, 数据共享; a study of 社区组织 in 城市社区治理 — 居委会, 业主委员会, 购买服务, 社区资金;
a 区人社局's 农民工工资 专项检查 — 劳动保障监察, 欠薪投诉, 在建工地, 清欠; a 局's 敬老院院长绩效考核办法 —
老龄办, 计财科, 服务记录, 床铺, 辅助器具, 居室维修) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 东部新区, named with the new
area's name.

Run ``python tests/published/score.py --set batch352`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each filled crossing of the grid is ONE POINT of the card's holder (the pairs
  above it: ``姓　名`` the holder, ``岗　位`` the post, ``所在部门`` the 科室), its level the label of its
  row (``高风险`` 1, ``中风险`` 2, ``低风险`` 3) and its type the heading of its column (the short name);
  a crossing holding ``/`` or nothing is no point; the corner cell, the headings, the row labels and
  the ``防控措施`` row are no points; one form a card;
- ``局领导`` (a 科室 cell), ``中心领导`` (the 人社服务中心's sheet, whose title names it, a card's 所在科室
  and a group row) and ``院领导`` (the 敬老院's 所在部门) are the 科室 of those leaders; ``大队领导`` (the
  大队长's 中　队 cell) is his; a 局's 科, a 中心's 科, 组 and 综合办公室, a 大队's 中队 and a 院's 护理部 and
  后勤组 are 科室; a group row
  ``二、社区治理组`` gives the 科室 ``社区治理组`` (its number left off); the 退役军人服务站 (four staff) and
  the 社保所 have no 科室: their forms name none;
- every 中心, 站, 所, 院 and 大队 here is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, 站长,
  副站长, 所长, 院长, 副院长 and 大队长 are leaders; 科长, 中队长 and a 组's 组长 (the 护理组长
  too) middle; the rest (科员, 会计, 出纳, 经办员, 社保经办员, 救助经办员, 优抚专干, 专职工作人员, 社区专干,
  监察员, 保管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``岗位职责`` and
  ``自查情况`` are no points and name no holder; the 社保所's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` (the 社保所's cells and the
  敬老院's row labels), ``一级风险/二级风险/三级风险``, ``★★★/★★/★`` (read by the cards' note) and bare
  ``Ⅰ/Ⅱ/Ⅲ`` (read by the 自查表's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b352_"
PLACE = "东部新区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

GRID_CORNER = "风险类型\n风险等级"  # a diagonal header: the columns' word above, the rows' below
GRID_TYPES = ("思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险")
GRID_LEVELS = ("高风险", "中风险", "低风险")  # one row a level, in this order
GRID_PAIRS = (f"姓{GAP}名", f"岗{GAP}位", "所在部门")
VACANT = "/"
# (岗位 = tab, 姓名, 所在部门, tier, {level: (one cell a type, in GRID_TYPES' order)}, 防控措施);
# None is a crossing left empty, VACANT one written ``/``
HOME_CARDS = [
    ("院长", "郏瀛芷", "院领导", "leader", {
        "高风险": (VACANT, "院务会不开，重大开支个人审批",
                   "入住老人床位安排收受好处", "维修改造工程化整为零、直接指定施工队", None),
        "中风险": (None, VACANT, VACANT, VACANT, "节日慰问物资供应商逢年过节送礼"),
        "低风险": ("对工作人员违规收受老人家属红包失察", VACANT, VACANT, None, VACANT),
    }, "1.重大事项院务会集体研究，会议纪要存档；\n2.床位按入住评估顺序安排并公示；\n"
       "3.维修工程按限额比选，结果报局计财科备案；\n4.签订廉洁承诺，拒收登记。"),
    ("副院长", "宦翯澜", "院领导", "leader", {
        "高风险": (VACANT, VACANT, "伙食采购指定供应商、虚报单价", None, VACANT),
        "中风险": ("特困供养人员供养金代管挪用", VACANT, VACANT, "辅助器具验收走过场，以次充好", None),
        "低风险": (None, "服务记录考核打人情分", VACANT, VACANT, VACANT),
    }, "1.大宗食材定点采购，价格按月公示；\n2.供养金专户管理，老人或监护人签字确认；\n"
       "3.辅助器具验收护理组和老人代表参加；\n4.考核细则公开，考核结果公示。"),
    ("护理组长", "祁漪珞", "护理部", "middle", {
        "高风险": (VACANT, VACANT, None, "护理等级评定抬高，多收护理费", VACANT),
        "中风险": ("向老人家属推销护理用品收取回扣", VACANT, VACANT, VACANT, VACANT),
        "低风险": (VACANT, "护理员排班、加班费核定不公", VACANT, None, VACANT),
    }, "1.护理等级评定两人以上，结果告知家属；\n2.严禁推销，设立意见箱和举报电话；\n3.排班表和加班记录按月公示。"),
    ("保管员", "殳澈瑗", "后勤组", "general", {
        "高风险": (None, VACANT, "食材、被服入库数量与验收不符", VACANT, VACANT),
        "中风险": (VACANT, VACANT, VACANT, "床铺被褥、衣物更换记录补记", VACANT),
        "低风险": ("私自将闲置物资带出或转借", VACANT, None, VACANT, "社会捐赠物资不登记入账"),
    }, "1.入库双人验收签字，每月盘点；\n2.更换记录当日登记，护理组抽查；\n3.捐赠物资登记造册，发放公示。"),
]  # fmt: skip


def grid_points(grid: dict) -> list[tuple[str, str, str]]:
    """The card's points, row by row and left to right: (point, type, level word)."""
    return [
        (cell, typ, level)
        for level in GRID_LEVELS
        for typ, cell in zip(GRID_TYPES, grid[level], strict=True)
        if cell not in (None, VACANT)
    ]


def dongbu_nursing_home_level_type_grid() -> dict:
    unit = f"{PLACE}中心敬老院"
    t = _Truth(unit)
    ncols = 1 + len(GRID_TYPES)
    sheets = []
    for post, who, dept, tier, grid, measures in HOME_CARDS:
        sh = _Sheet(post, [10, 20, 20, 20, 20, 20])
        _line(sh, f"{unit}岗位廉政风险分布表", ncols)
        sh.add(*(c for pair in zip(GRID_PAIRS, (who, post, dept), strict=True) for c in pair))
        sh.add(GRID_CORNER, *GRID_TYPES)
        for level in GRID_LEVELS:
            sh.add(level, *grid[level])
        for point, typ, level in grid_points(grid):
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[level])
        r = sh.add("防控措施", measures, None, None, None, None)
        sh.merge(r, 1, r, ncols - 1)
        sh.add("本人签字：", None, "院长审核：", None, "2025年9月", None)
        sheets.append(sh)
    return _layout(
        "dongbu_nursing_home_level_type_grid", "http://bubsandbeans.com/paper/218670252.html",
        "(harder) 中心敬老院 岗位廉政风险分布表, one sheet a holder (tabs 院长, 副院长, 护理组长, 保管员), after the source's "
        "敬老院院长绩效考核办法 (老龄办, 计财科, 服务记录, 床铺, 辅助器具, 居室维修): a title, the pairs ``姓　名 | … | 岗　位 | … | "
        "所在部门 | …``, then a CROSS TABLE OF LEVEL BY TYPE — a diagonal corner cell ``风险类型⏎风险等级``, the five types "
        "``思想道德风险 | 制度机制风险 | 岗位职责风险 | 业务流程风险 | 外部环境风险`` as column headings, three rows ``高风险``, "
        "``中风险``, ``低风险`` in column A, each crossing one point of that level and type or ``/`` or nothing (no 序号, no "
        "风险点, 等级 or 类型 column); a ``防控措施`` row merged across and ``本人签字： | 院长审核： | 2025年9月``",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dongbu_social_bureau_list() -> dict:
    unit = f"{PLACE}社区发展治理和社会保障局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 36, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "隗翯舟", "leader", [
            ("社会救助资金分配不经党组集体研究", "制度机制风险", "高", "资金分配方案党组会研究，分配结果公开。"),
            ("养老服务设施建设项目发包中打招呼", "外部环境风险", "高", "项目进入公共资源交易平台，插手干预登记报告。"),
        ]),
        ("局领导", "副局长", "缑蕤汐", "leader", [
            ("特困供养机构运营补贴审核把关不严", "岗位职责风险", "中", "补贴按入住人数核拨，季度抽查。"),
        ]),
        ("社会救助科", "科长", "綦濯岚", "middle", [
            ("低保审核确认中优亲厚友、人情保", "思想道德风险", "高", "审核确认结果村（社区）公示，亲属备案。"),
            ("低保动态管理不及时，应退未退", "业务流程风险", "中", "按季度比对收入、车辆、房产数据，及时调整。"),
        ]),
        ("社会救助科", "科员", "鄂璟苒", "general", [
            ("临时救助申请材料审核不实", "岗位职责风险", "中", "入户核查两人以上，核查记录存档。"),
        ]),
        ("社区发展治理科", "科长", "厍沅蘅", "middle", [
            ("社区保障激励资金项目评审不公开", "制度机制风险", "中", "项目评审邀请居民代表参加，评审结果公示。"),
        ]),
        ("养老服务科", "科员", "郜昉珂", "general", [
            ("高龄津贴发放名单审核不严，冒领多领", "业务流程风险", "中", "名单与户籍、殡葬数据比对，按月公示。"),
        ]),
        ("计划财务科", "会计", "笪翀蕖", "general", [
            ("救助资金不按社会化发放，经手现金", "制度机制风险", "低", "救助资金一律打卡发放，不经手现金。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "dongbu_social_bureau_list", "http://www.maiji.gov.cn/info/5111/305021.htm",
        "新区社区发展治理和社会保障局 岗位廉政风险防控一览表, after the source's 改革完善社会救助制度 实施意见 (低保, 特困供养, 临时救助, "
        "审核确认, 动态管理): ``附件1``, a title, 序号/科室 merged (局领导, 社会救助科, 社区发展治理科, 养老服务科, 计划财务科)/岗位 "
        "and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dongbu_hr_service_center_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}中心领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("苌霈棠", "主任", "主持全面工作", [
            ("社保基金大额支付不经中心办公会研究", "一级", "大额支付集体研究，经办、复核、审批分离。"),
            ("信息系统建设项目采购设置倾向性条件", "一级", "采购需求论证，按规定政府采购。"),
        ]),
        ("闾瑀澂", "副主任", "分管就业创业科、社会保险科", [
            ("就业补助资金审核中打招呼、开绿灯", "一级", "补贴审核结果公示，随机抽查。"),
            ("社保待遇核定中违规提高待遇标准", "二级", "待遇核定系统校验，复核留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 12, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("就业创业科", "科长", "瞿湜萱", "middle", [
            ("创业担保贷款贴息审核不严", "一级", "贴息资料双人审核，名单公示。"),
            ("公益性岗位人员考勤造假，冒领补贴", "二级", "考勤按月抽查，补贴与考勤挂钩。"),
        ]),
        ("社会保险科", "经办员", "芮珂泠", "general", [
            ("违规办理养老保险补缴", "一级", "补缴材料清单化审核，系统留痕。"),
            ("待遇领取资格认证走过场", "二级", "资格认证数据比对，疑点入户核查。"),
        ]),
        ("劳动关系科", "科长", "宓曜汀", "middle", [
            ("劳动争议调解偏袒用人单位", "二级", "调解过程记录，调解书集体审核。"),
        ]),
        ("综合办公室", "出纳", "甄泖沅", "general", [
            ("办公经费支付不凭审批单", "三级", "网银U盾分人保管，支付凭审批单办理。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "dongbu_hr_service_center_two_sheets", "https://www.renrendoc.com/paper/507267910.html",
        "新区人力资源和社会保障服务中心 廉政风险防控表 in two sheets, after the source's 社保 作风建设年 整改方案 (服务意识, 工作效能, "
        "廉洁风险, 社保基金, 数字化): ``中心领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def dongbu_veterans_center_cards() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "羿澍峤", "主任", "中心领导", "leader", "主持中心全面工作", [
            ("“军人之家”改造项目施工单位个人指定", "制度机制风险", "★★★", "项目按限额比选，中心办公会研究。"),
            ("帮扶援助资金分配不公开", "岗位职责风险", "★★★", "帮扶对象评议公示，资金打卡发放。"),
            ("接受服务对象宴请、礼品", "思想道德风险", "★", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("优抚科科长", "邰湄珩", "科长", "优抚科", "middle", "负责优抚对象抚恤补助审核", [
            ("定期抚恤补助对象资格审核不实", "岗位职责风险", "★★★", "资格材料逐项核对，每年复核。"),
            ("伤残等级评定中说情打招呼", "外部环境风险", "★★", "评定结果集体审核并公示。"),
        ]),
        ("经办员", "巩渟玥", "经办员", "服务保障科", "general", "负责来访接待和走访慰问登记", [
            ("走访慰问品发放虚报数量", "业务流程风险", "★★", "慰问品发放逐户签收，照片存档。"),
            ("泄露退役军人个人信息", "岗位职责风险", "★", "信息查询权限分级，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        r = sh.add("所在科室", dept, "岗位职责", duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "廉政风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-84561234", None, None)
        sheets.append(sh)
    return _layout(
        "dongbu_veterans_center_cards", "http://www.cs0799.com/portal.php?aid=74493&mod=view",
        "新区退役军人服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 优抚科科长, 经办员), after the source's 退役军人服务站 "
        "(军人之家, 来访接待, 帮扶援助, 权益维护): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 岗位职责 | …`` "
        "(merged over two cells), then 序号/廉政风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line "
        "on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def dongbu_danjing_veterans_station_duties() -> dict:
    unit = f"{PLACE}丹景街道退役军人服务站"
    sh = _Sheet("责任清单", [6, 12, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 7)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "钮翾澈", "leader", [
            ("优抚对象信息审核", "为不符合条件人员出具优抚对象证明", "Ⅰ级", "证明材料站务会审核，存档备查。"),
            ("困难退役军人帮扶", "帮扶对象确定中优亲厚友", "Ⅰ级", "帮扶对象社区评议，结果公示。"),
        ]),
        ("副站长", "闻珣漪", "leader", [
            ("三属、两参人员走访", "走访慰问金代领、截留", "Ⅱ级", "慰问金打卡发放，本人签收。"),
        ]),
        ("优抚专干", "卞湘琯", "general", [
            ("定期抚恤补助发放", "死亡人员抚恤补助未及时停发", "Ⅱ级", "与殡葬、医保数据按月比对。"),
            ("信息采集", "退役军人信息采集不实", "Ⅲ级", "采集信息本人签字确认。"),
        ]),
        ("专职工作人员", "劳瑗淇", "general", [
            ("来访接待", "对来访诉求推诿、拖延不办", "Ⅲ级", "来访登记编号，办理结果回访。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "dongbu_danjing_veterans_station_duties",
        "https://www.xsbn.gov.cn/mzj/79351.news.detail.dhtml?news_id=1395098",
        "街道退役军人服务站 廉政风险防控责任清单, after the source's note on 重点优抚对象 (伤残军人, 三属, 两参人员, 定期抚恤补助): "
        "``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 and 责任人 merged per person "
        "(no 科室 column)/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def dongbu_gaoming_social_security_posts() -> dict:
    unit = f"{PLACE}高明镇社保所"
    sh = _Sheet("排查表", [6, 12, 20, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", [
            ("低保对象审核", "对村上报的低保对象不入户核查即签批", "岗位职责风险", "高风险", "入户核查两人以上，签批前复核。"),
            ("资金发放审批", "救助资金发放名单不经集体审核", "制度机制风险", "高风险", "名单所务会审核，发放结果公示。"),
        ]),
        ("社保经办员", "general", [
            ("养老保险待遇资格认证", "对已死亡人员未及时停发待遇", "业务流程风险", "中风险", "按月比对殡葬、医疗数据，及时停发。"),
            ("参保登记", "违规为不符合条件人员办理参保", "岗位职责风险", "中风险", "参保材料清单化审核，系统留痕。"),
        ]),
        ("救助经办员", "general", [
            ("低保动态管理", "低保移交数据不全，应退未退", "业务流程风险", "中风险", "移交台账逐户核对，季度复查。"),
            ("申请材料受理", "收受申请人好处代为伪造材料", "思想道德风险", "高风险", "受理材料本人签字，举报电话公开。"),
        ]),
        ("会计", "general", [
            ("台账管理", "救助资金台账与发放记录不符", "制度机制风险", "低风险", "台账按月与银行发放记录核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "dongbu_gaoming_social_security_posts", "https://www.renrendoc.com/paper/507269409.html",
        "镇社保所 岗位廉政风险点排查表 对岗不对人, after the source's 街道低保移交 工作方案 (职责划分, 经办人员, 申请审核, 动态管理, "
        "数据共享): a title, 序号/岗位 merged per post (no 科室 column)/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def dongbu_yangma_community_center_groups() -> dict:
    unit = f"{PLACE}养马街道社区发展治理服务中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "荀澹蘅", "leader", [
                ("社区服务购买项目承接组织内定", "制度机制", "一级风险", "承接组织公开遴选，结果公示。"),
                ("社区保障资金使用不经居民议事", "岗位职责", "二级风险", "资金使用居民议事会决定，账目公开。"),
            ]),
        ]),
        ("二、社区治理组", "社区治理组", [
            ("组长", "谯瑄滢", "middle", [
                ("业主委员会选举指导中偏向一方", "外部环境", "二级风险", "选举全过程公开，街道纪工委监督。"),
            ]),
            ("社区专干", "敖翊沨", "general", [
                ("社区活动经费虚报参与人数", "业务流程", "二级风险", "活动签到和照片存档，按季抽查。"),
            ]),
        ]),
        ("三、社会事务组", "社会事务组", [
            ("社区专干", "戈珈湉", "general", [
                ("残疾人两项补贴审核把关不严", "岗位职责", "一级风险", "补贴对象与残联数据比对，名单公示。"),
                ("高龄津贴申报材料代签", "思想道德", "三级风险", "申报材料本人或监护人签字。"),
            ]),
        ]),
        ("四、综合组", "综合组", [
            ("会计", "仉琬霓", "general", [
                ("社区资金账户收支不及时入账", "业务流程", "三级风险", "收支凭证按月审核，账户对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "dongbu_yangma_community_center_groups", "https://fx361.cc/page/2017/0217/21390258.shtml",
        "街道社区发展治理服务中心 岗位廉政风险防控一览表, after the source's study of 社区组织 in 城市社区治理 (居委会, 业主委员会, "
        "购买服务, 社区资金): a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导`` … ``四、综合组`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dongbu_labour_inspection_selfchecks() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    people = [
        ("酆湛岚", "大队领导", "大队长", "leader", [
            ("欠薪案件查处中为用人单位说情", "外部环境", "Ⅰ", "案件集体审理，说情打招呼登记报告。", "已落实"),
            ("农民工工资保证金退还审核不严", "制度机制", "Ⅰ", "保证金退还经大队集体研究。", "已落实"),
        ]),
        ("幸筠澂", "一中队", "中队长", "middle", [
            ("在建工地专项检查提前透露检查信息", "岗位职责", "Ⅱ", "检查对象随机抽取，检查当日通知。", "正在整改"),
            ("对拖欠工资行为降格处理", "业务流程", "Ⅰ", "处理意见法制审核。", "已落实"),
        ]),
        ("晁湲棣", "一中队", "监察员", "general", [
            ("受理欠薪投诉后压案不办", "岗位职责", "Ⅱ", "投诉登记编号，办理时限跟踪。", "未发现问题"),
            ("接受用人单位宴请", "思想道德", "Ⅲ", "签订廉洁承诺，执法两人以上。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"中{GAP}队", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
        _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 6)
        sh.add("本人签名：", None, None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dongbu_labour_inspection_selfchecks", "http://www.jiangling.cn/article-6682-1.html",
        "新区劳动保障监察大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农民工工资 专项检查 "
        "(劳动保障监察, 欠薪投诉, 在建工地, 清欠): a title, ONE ROW OF THREE PAIRS ``姓　名 | … | 中　队 | … | 职　务 | …``, then "
        "序号/风险点/风险类别 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/``自查情况``; a merged ``注：`` line on the grades and "
        "``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dongbu_nursing_home_level_type_grid(),
    dongbu_social_bureau_list(),
    dongbu_hr_service_center_two_sheets(),
    dongbu_veterans_center_cards(),
    dongbu_danjing_veterans_station_duties(),
    dongbu_gaoming_social_security_posts(),
    dongbu_yangma_community_center_groups(),
    dongbu_labour_inspection_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch352-inbox"))
