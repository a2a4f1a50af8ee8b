"""The four-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 发改 and 应急
bodies, 宁陕县 (a mountain county of 安康 on the south slope of the 秦岭, its staff Han) — the
县发展和改革局, the 县应急管理局, the 县粮食储备库, the 县森林消防大队 and the 应急管理站 of four of its
towns (城关镇, 江口回族镇, 筒车湾镇, 皇冠镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or
自查表 its staff typed in WPS or Excel:

- the 应急管理局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 粮食储备库's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 森林消防大队's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在中队 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 大队长（签字）：``;
- the 城关镇应急管理站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 站长审核：``;
- the 江口回族镇应急管理站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、安全生产监管组``,
  ``三、防灾减灾救灾组`` merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 筒车湾镇应急管理站's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门``
  merged (``站领导``, ``安全监管组``, ``救灾物资组``), ``姓名`` BEFORE ``职务``, both merged per person, a
  short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line;
- the 皇冠镇应急管理站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged) and with no 组 column (the 站 has none): ``岗位 | 姓名 | 风险类型 |
  廉政风险点 | 风险等级 | 防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a
  ``注：`` line.

One is harder:

- ``ningshan_development_reform_indented_tree``: the 发展和改革局's 岗位廉政风险防控清单, a TREE
  TOLD ONLY BY THE CELLS' INDENT. Under a title and a merged ``填报单位：…　填报时间：2025年9月`` line,
  the header is ``序号 | 科室／岗位／廉政风险点 | 风险类型 | 风险等级 | 防控措施``. Every node is ONE
  ROW, all in the SAME second column, and what a row is is told only by the cell's alignment
  INDENT (Excel 开始 → 增加缩进量, WPS 增加缩进; in the file ``<alignment indent="N"/>`` of the
  cell's style in ``xl/styles.xml``): indent 0 is a 科室 (``局领导``, ``办公室``, ``投资股``,
  ``粮食和物资储备股``), indent 1 a post and its holder parted by a full-width space (``股长　亓淓瑀``),
  indent 2 a risk point, with its running 序号, type, level (高/中/低) and measures in its own row.
  The 科室 and post rows have NO 序号 and nothing else in the row; no text carries a number word
  (``一、``), a bracketed number (``（一）``), a dotted code (``1.1``) or a label (``科室：``); nothing is
  merged, nothing is bold, no row has an outline level, the text has no leading spaces. A merged
  ``注：表中科室、岗位（责任人）、廉政风险点按层次缩进排列。`` line under the tree and a 填表人/审核人/date
  line close it. The shape is about the TABLE'S ROWS AND THE FILE: a three-level hierarchy of rows
  kept in one column, its levels written as a cell format and not as text. The README's 读得懂的表
  knows group rows ``一、办公室`` that set the 科室 (and ``（一）主任　昝樨棻`` under them, two levels by
  their number words), ``一、出纳岗(责任人:李明)`` that set a post and holder, lone rows
  ``2.预算编制`` or ``(三)采购管理`` that are section titles, a post and holder ``民政专干(高丽)`` in a
  岗位 column, blocks headed ``党政办公室　主任：…``, the system's coded tree
  ``编码 | 部门／岗位／廉政风险点`` (``1`` a 科室, ``1.1`` a post, ``1.1.1`` a point: the depth given by
  the CODE; batch324 says of it "nothing is indented"), rows folded in an outline under group rows
  ``一、…`` (batch382, outline levels), and ``（一）…`` work items above ``1.…`` points; it does not
  describe a tree whose depth is given by nothing but the INDENT of the cell. No earlier batch writes
  one: ``grep -l 'indent\\|缩进' tests/published/batch*.py`` finds only batch324, which says its tree
  is NOT indented.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (宁陕县's 2024 政府工作报告 — 重点项目,
固定资产投资, 争取项目资金, 民宿, 林业碳汇; a 县's 应急管理“十四五”规划 — 安全生产 执法, 隐患排查治理,
救灾物资 储备, 应急指挥; an article on 粮食库存检查 — 数量, 质量, 账实相符, 储存条件, 轮换; a 县's 处置重大
森林火灾应急预案 — 扑救队伍, 物资储备, 专业队伍 训练 and 演练; a 镇's 应急预案 — 应急领导小组, 各站所 职责,
防汛抗旱物资, 灾情统计, 灾民安置; a 镇's 防汛抗旱应急预案 — 山塘, 水库, 地质灾害隐患点, 转移; a 镇's 自然
灾害救助应急预案 — 救助款物, 生活救助, 倒房重建, 灾情核查; a 镇's 突发事件应对 half-year note — 应急值守,
信息报送, 预警) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 宁陕县, named with the county's name (no earlier unit holds
``宁陕县``; the 镇 — 城关镇, 江口回族镇, 筒车湾镇, 皇冠镇 — are towns of the county).

Run ``python tests/published/score.py --set batch418`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row of indent 0 is the 科室 of the rows under it down to the next such row,
  a row of indent 1 the post (before the full-width space) and holder (after it) of the points
  under it down to the next row of indent 0 or 1, a row of indent 2 a point (the 科室／岗位／廉政风险点
  cell), its type, level and measures in the same row; the 科室 and post rows are no points, the
  ``注：`` line no point and no holder;
- ``局领导`` (the 应急管理局's sheet of its leaders, named so by its tab and title; the 发改局's first
  科室 row), ``站领导`` (a group row, a 部门 cell) and ``大队领导`` (the cards' 所在中队) are the 科室 of
  those leaders; a 局's 股 and 办公室, a 站's 组, a 储备库's 科 and 室, a 大队's 中队 and 室 are 科室; a
  group row ``二、安全生产监管组`` gives the 科室 ``安全生产监管组`` (its number left off); the 城关镇
  and 皇冠镇 stations' forms name no 科室 (no field, no column): their 科室 is "";
- 局长, 副局长, 站长, 副站长, the 储备库's 主任 and 副主任 and the 大队长 are leaders; 股长, the 办公室's
  主任, 中队长 and a 站's 组长 middle; the rest (科员, 会计, 保管员, 化验员, 装备管理员, 安全监管员,
  应急队员, 工作人员, 信息员) general;
- ``廉政风险点 | 风险描述`` (the 筒车湾镇 station's list) and ``风险点 | 风险表现`` (the 储备库's): the
  point is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name
  no holder; the 储备库's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 皇冠镇 station's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``write_xlsx`` here, which gives its tree cells their
indent) and ``truth.json``; no re-saved copies (as batch280 and batch410).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b418_"
PLACE = "宁陕县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

TREE_NAME = "ningshan_development_reform_indented_tree"
TREE_UNIT = f"{PLACE}发展和改革局"
TREE_TAB = "风险防控清单"
TREE_HEAD = ("序号", "科室／岗位／廉政风险点", "风险类型", "风险等级", "防控措施")
TREE_COL = 1
TREE_NOTE = "注：表中科室、岗位（责任人）、廉政风险点按层次缩进排列。"
TREE_WIDTHS = [6, 48, 10, 9, 36]

# 科室 -> [(岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])]
TREE = [
    ("局领导", [
        ("局长", "綦翯澐", "leader", [
            ("重点项目安排和争取的项目资金分配不经党组会集体研究", "制度机制", "高",
             "项目安排和资金分配经党组会研究，会议纪要存档，结果公开。"),
            ("干部选任和绩效考核中搞“一言堂”", "思想道德", "中", "选任按程序动议、考察、公示，考核结果公示。"),
        ]),
        ("副局长", "乜棽珝", "leader", [
            ("固定资产投资项目审批中打招呼、插手干预", "外部环境", "高", "过问插手登记报告，审批结果网上公开。"),
        ]),
    ]),
    ("办公室", [
        ("主任", "笪瑱朏", "middle", [
            ("公务接待、公车使用超标准", "制度机制", "中", "接待事前审批，公车使用登记，按月公示。"),
        ]),
        ("会计", "郏燊琙", "general", [
            ("报销票据审核不严，虚列会议培训支出", "业务流程", "中", "报销经办、审核、审批三签，每季度内审。"),
            ("往来款项长期挂账不清理", "岗位职责", "低", "往来款项每季度清理，情况报局务会。"),
        ]),
    ]),
    ("投资股", [
        ("股长", "仝曈湜", "middle", [
            ("中央预算内投资项目申报材料把关不严，帮助企业虚报", "岗位职责", "高",
             "申报材料两人审核，项目实地核查并留存影像。"),
            ("企业投资项目备案故意拖延、吃拿卡要", "思想道德", "中", "备案全程网上办理，办理时限公开。"),
        ]),
    ]),
    ("粮食和物资储备股", [
        ("股长", "厍骞玙", "middle", [
            ("县级储备粮轮换计划审核不严，低价购进高价销出", "业务流程", "高", "轮换计划经局务会研究，轮换价格公开竞价。"),
        ]),
        ("科员", "阚焜淼", "general", [
            ("储备粮库存检查走过场，账实不符不报告", "岗位职责", "中", "库存检查两人以上，检查记录签字存档。"),
            ("救灾物资出入库登记不实", "制度机制", "低", "出入库凭单据办理，每季度盘点。"),
        ]),
    ]),
]  # fmt: skip


def ningshan_development_reform_indented_tree() -> dict:
    unit = TREE_UNIT
    t = _Truth(unit)
    sh = _Sheet(TREE_TAB, TREE_WIDTHS)
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 5)
    sh.add(*TREE_HEAD)
    indents = {}  # row -> the indent of its tree cell
    n = 0
    for dept, posts in TREE:
        indents[sh.add(None, dept, None, None, None)] = 0
        for post, who, tier, points in posts:
            indents[sh.add(None, f"{post}{GAP}{who}", None, None, None)] = 1
            for point, typ, lv, measures in points:
                n += 1
                indents[sh.add(n, point, typ, lv, measures)] = 2
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, TREE_NOTE, 5)
    sh.add("填表人：", None, "审核人：", None, DATE)
    lay = _layout(
        TREE_NAME, "https://www.ningshan.gov.cn/Content-2688118.html",
        "(harder) 县发展和改革局 岗位廉政风险防控清单, after the source's 政府工作报告 (重点项目, 固定资产投资, 争取项目资金, "
        "储备): a title, a merged ``填报单位：…　填报时间：2025年9月`` line, ``序号 | 科室／岗位／廉政风险点 | 风险类型 | 风险等级 | "
        "防控措施``, then a TREE IN ONE COLUMN whose depth is told ONLY BY THE CELL'S INDENT: indent 0 a 科室 row, indent 1 a "
        "``岗位　姓名`` row, indent 2 a point with its 序号, short type, 高/中/低 and measures; no codes, no number words, no "
        "merges, no bold, no outline; a merged ``注：…按层次缩进排列`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    lay["indents"] = {"col": TREE_COL, "rows": indents}
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def ningshan_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("沃昶瀞", "局长", "主持全面工作", [
            ("应急救援装备采购项目不经党组会集体研究", "一级", "采购项目经党组会研究，按政府采购程序实施。"),
            ("安全生产领域问责中讲情面、搞变通", "二级", "问责事项集体研究，处理结果通报。"),
        ]),
        ("鄂赟澔", "副局长", "分管安全生产执法、危险化学品监管", [
            ("安全生产行政处罚自由裁量畸轻畸重", "一级", "执行裁量基准，处罚决定法制审核、集体讨论。"),
            ("危险化学品经营许可现场核查走过场", "二级", "核查两人以上，核查记录拍照存档。"),
        ]),
        ("琴翀璘", "副局长", "分管防灾减灾救灾、物资保障", [
            ("救灾资金和物资分配向关系人倾斜", "一级", "分配方案集体研究，发放名单逐级公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 18, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("安全生产综合监管股", "股长", "靳翾湉", "middle", [
            ("隐患排查治理中对重大隐患降格处理", "一级", "重大隐患挂牌督办，销号前现场复核。"),
            ("执法检查前向企业透露检查信息", "二级", "检查对象随机抽取，检查计划保密。"),
        ]),
        ("安全生产综合监管股", "科员", "蒉琸沨", "general", [
            ("执法检查接受企业宴请、礼品", "二级", "执法两人以上，签订廉洁承诺，执法记录仪全程记录。"),
        ]),
        ("救灾和物资保障股", "股长", "闾澪珺", "middle", [
            ("应急物资储备采购不询价，验收不严", "一级", "三家以上询价，验收小组三人签字。"),
            ("受灾人员冬春生活救助对象审核不严", "二级", "救助对象村评议、镇审核、县审批并公示。"),
        ]),
        ("办公室", "会计", "禚曦琎", "general", [
            ("应急值守补助和加班费发放不实", "三级", "值班记录与发放清单逐项核对，按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "ningshan_emergency_bureau_two_sheets", "https://www.yj.gov.cn/art/2021/12/30/art_1229155880_1996399.html",
        "县应急管理局 file in two sheets after the source's 县应急管理“十四五”规划 (安全生产 执法, 隐患排查治理, 救灾物资 储备, "
        "应急指挥): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type "
        "column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def ningshan_grain_depot_posts() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("库领导", "主任", "leader", [
            ("储备粮轮换", "轮换粮源选择、出入库时机不经集体研究，向关系企业倾斜", "制度机制", "高风险",
             "轮换方案库务会研究，报县发改局审批，公开竞价。"),
            ("仓储设施维修", "仓房维修工程化整为零，规避采购", "业务流程", "中风险", "维修项目按限额标准采购，结算送审。"),
        ]),
        ("库领导", "副主任", "leader", [
            ("库存检查", "库存检查中对账实不符隐瞒不报", "岗位职责", "高风险", "检查结果签字存档，问题限期整改并报告。"),
        ]),
        ("仓储科", "保管员", "general", [
            ("粮食出入库", "出入库数量登记不实，以次充好", "岗位职责", "高风险", "出入库凭单据办理，司磅、保管、质检三方签字。"),
            ("储存损耗", "虚报保管损耗，私自处置粮食", "思想道德", "中风险", "损耗按定额核定，超耗查明原因。"),
        ]),
        ("质检室", "化验员", "general", [
            ("扦样检验", "扦样不规范、检验结果弄虚作假", "业务流程", "中风险", "扦样两人以上，检验留样备查。"),
        ]),
        ("财务室", "会计", "general", [
            ("保管费用", "储备粮保管费用和利息补贴虚报冒领", "制度机制", "低风险", "补贴按库存核拨，每季度与账面核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "ningshan_grain_depot_posts",
        "https://www.rlut.cn/news/liang-shi-ku-cun-jian-cha-shou-hu-guo-jia-an-quan-di-xian-que-bao-liang-shi-gong-ying-wen-ding-yu-sh.html",
        "县粮食储备库 岗位廉政风险点排查表 对岗不对人, after the source's article on 粮食库存检查 (数量, 质量, 账实相符, 储存条件, "
        "轮换): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def ningshan_forest_fire_brigade_cards() -> dict:
    unit = f"{PLACE}森林消防大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "郯珧瀞", "大队领导", "leader", [
            ("扑火装备和物资采购不经大队会议研究", "★★★", "采购计划大队会议研究，按政府采购程序实施。"),
            ("队员招录和考核中照顾关系人", "★★", "招录考试公开，考核结果公示。"),
            ("训练演练经费虚列支出", "★★★", "经费按训练计划列支，凭签到和影像资料报销。"),
        ]),
        ("中队长", "哈璆溱", "一中队", "middle", [
            ("巡山护林和训练考勤弄虚作假", "★★", "考勤每日登记，大队不定期抽查。"),
            ("扑火补助发放不按出勤核定", "★★★", "补助按出勤记录核定，名单公示。"),
        ]),
        ("装备管理员", "訾汋瑢", "综合保障室", "general", [
            ("风力灭火机等装备出借不登记，私自使用", "★★", "装备出入库登记，每月盘点。"),
            ("油料领用不实，虚报消耗", "★", "油料按台账领用，消耗与出勤记录核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在中队", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "ningshan_forest_fire_brigade_cards", "https://m.kqyc.cn/wenku/rrcgb/ErK7lYYzrb",
        "县森林消防大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 中队长, 装备管理员), after the source's 处置重大森林火灾"
        "应急预案 (扑救队伍, 物资储备, 专业队伍 训练 and 演练): a title, ``姓　名 | … | 职　务 | …`` over ``所在中队 | … | 持卡时间 | "
        "…``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def ningshan_chengguan_station_selfchecks() -> dict:
    unit = f"{PLACE}城关镇应急管理站"
    t = _Truth(unit)
    people = [
        ("缪琚溦", "站长", "leader", [
            ("主持站全面工作，负责防汛抗旱物资管理", [
                ("防汛抗旱物资采购不询价，指定供应商", "Ⅰ级", "物资采购三家以上询价，镇党委会审定。", "已落实"),
                ("灾情统计中虚报、瞒报受灾数据", "Ⅱ级", "灾情逐户核查，村镇两级签字确认。", "已落实"),
            ]),
        ]),
        ("冀翥沄", "安全监管员", "general", [
            ("负责辖区企业和“九小场所”安全检查", [
                ("安全检查中接受经营户宴请、礼品", "Ⅱ级", "检查两人以上，签订廉洁承诺书。", "已落实"),
                ("发现隐患不督促整改，检查记录不实", "Ⅲ级", "隐患清单限期整改，复查留痕。", "正在整改"),
            ]),
        ]),
        ("漆瑊洺", "信息员", "general", [
            ("负责应急值守和灾民安置登记", [
                ("灾民安置补助登记优亲厚友", "Ⅰ级", "安置名单村评议、镇审核并公示。", "已落实"),
                ("值班补助虚报值班天数", "Ⅲ级", "值班表与签到记录按月核对。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "ningshan_chengguan_station_selfchecks",
        "https://jingyanben.com/bangongwenmi/205439.html?page=4",
        "镇应急管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇 应急预案 (应急领导小组, "
        "各站所 职责, 防汛抗旱物资, 灾情统计, 灾民安置): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``工作单位 | … | 填表时间 "
        "| …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column, no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def ningshan_jiangkou_station_group_rows() -> dict:
    unit = f"{PLACE}江口回族镇应急管理站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "郜棪琇", "leader", [
                ("防汛物资管理", "防汛物资储备和调拨不经集体研究，私自出借", "制度机制风险", "一级风险",
                 "物资调拨经镇防汛指挥部批准，出入库登记。"),
                ("转移安置", "山洪转移安置补助发放不按实际人数", "业务流程风险", "一级风险", "安置人数逐户登记，补助名单公示。"),
            ]),
        ]),
        ("二、安全生产监管组", "安全生产监管组", [
            ("组长", "芮澦琭", "middle", [
                ("企业安全检查", "对小水电、采砂场检查走过场，隐患不报告", "岗位职责风险", "二级风险", "检查清单化，隐患拍照上传。"),
                ("问题处置", "接受企业请托，对违法行为不移交", "外部环境风险", "一级风险", "问题线索台账管理，移交情况公开。"),
            ]),
            ("安全监管员", "覃琫潼", "general", [
                ("检查记录", "检查记录填写不实、补签", "思想道德风险", "三级风险", "检查记录当场签字，镇纪委抽查。"),
            ]),
        ]),
        ("三、防灾减灾救灾组", "防灾减灾救灾组", [
            ("组长", "昝璩渟", "middle", [
                ("隐患点巡查", "地质灾害隐患点巡查补助虚报", "岗位职责风险", "二级风险", "巡查记录与定位轨迹核对，补助按月公示。"),
                ("山塘水库巡查", "山塘、小水库巡查人员补助冒领", "业务流程风险", "三级风险", "巡查人员名单公示，补助打卡发放。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "ningshan_jiangkou_station_group_rows", "https://www.dongzhi.gov.cn/Jczwgk/opennessShow/1561637.html",
        "镇应急管理站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、防灾减灾救灾组`` merged across (no 组 column), "
        "after the source's 镇 防汛抗旱应急预案 (山塘, 水库, 地质灾害隐患点, 转移): a title, then 序号/岗位 and ``责任人`` merged per "
        "person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def ningshan_tongchewan_station_list() -> dict:
    unit = f"{PLACE}筒车湾镇应急管理站"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "部门", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("站领导", "庹翙湲", "站长", "leader", [
            ("救灾款物分配", "救灾款物分配不经集体研究，向亲友倾斜", "制度机制", "高", "分配方案镇党委会研究，逐级公示。"),
            ("倒房重建补助", "倒房重建对象认定降低标准", "岗位职责", "高", "实地核查拍照，村镇两级公示。"),
        ]),
        ("站领导", "钭珹瀓", "副站长", "leader", [
            ("灾情核查", "灾情核查中虚报损失，套取资金", "业务流程", "中", "核查两人以上，损失逐户登记签字。"),
        ]),
        ("安全监管组", "揭渼瑄", "组长", "middle", [
            ("安全检查", "对农家乐、民宿消防检查走过场", "岗位职责", "中", "检查结果公示，问题限期整改。"),
            ("隐患销号", "隐患未整改到位即销号", "制度机制", "低", "销号前现场复核，留存影像。"),
        ]),
        ("救灾物资组", "续琩淏", "工作人员", "general", [
            ("物资发放", "生活救助物资发放不登记、少发冒领", "思想道德", "中", "发放凭身份证登记签字，名单公示。"),
            ("物资保管", "救灾物资保管不善、私自挪用", "业务流程", "低", "物资专库存放，每季度盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "ningshan_tongchewan_station_list",
        "http://cqfd.gov.cn/jz/bhz/zwgk_36102/fdzdgknr_36105/lzyj_36106/zcwj_36107/202312/t20231207_12670604.html",
        "镇应急管理站 岗位廉政风险防控一览表 after the source's 镇 自然灾害救助应急预案 (救助款物, 生活救助, 倒房重建, 灾情核查): a "
        "title, a merged ``填报单位：…　填报时间：2025年9月`` line, then 序号/``部门`` merged (站领导, 安全监管组, 救灾物资组)/"
        "``姓名`` BEFORE ``职务``, both merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def ningshan_huangguan_station_every_row() -> dict:
    unit = f"{PLACE}皇冠镇应急管理站"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "斛洸琬", "leader", "制度机制", "应急值守经费和物资支出不经镇党委会研究", "Ⅰ", "支出按程序审批，按季度公示。"),
        ("站长", "斛洸琬", "leader", "外部环境", "对景区、民宿经营户安全问题说情打招呼", "Ⅰ", "说情打招呼登记报告。"),
        ("副站长", "冼翀澴", "leader", "岗位职责", "预警信息发布和人员转移组织不力、虚报转移人数", "Ⅱ", "转移人员逐户登记，名单留存备查。"),
        ("安全监管员", "郇瑫潆", "general", "业务流程", "安全检查发现问题后私下“协调”不处理", "Ⅱ", "问题台账管理，整改情况公开。"),
        ("应急队员", "晏瑍澍", "general", "思想道德", "抢险出勤补助虚报冒领", "Ⅲ", "出勤记录与现场影像核对后发放。"),
        ("信息员", "敖琀渼", "general", "岗位职责", "灾情信息报送迟报、漏报", "Ⅱ", "信息报送时限公开，报送记录存档。"),
        ("信息员", "敖琀渼", "general", "制度机制", "值班记录补记、代签", "Ⅲ", "值班记录当班填写，站长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "ningshan_huangguan_station_every_row", "https://www.ahjinzhai.gov.cn/public/6617691/34251168.html",
        "镇应急管理站 岗位廉政风险防控一览表, after the source's 镇 突发事件应对 half-year note (应急值守, 信息报送, 预警): ``附件1``, a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位/姓名 written out on EVERY row (nothing "
        "merged, no 组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on "
        "the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ningshan_development_reform_indented_tree(),
    ningshan_emergency_bureau_two_sheets(),
    ningshan_grain_depot_posts(),
    ningshan_forest_fire_brigade_cards(),
    ningshan_chengguan_station_selfchecks(),
    ningshan_jiangkou_station_group_rows(),
    ningshan_tongchewan_station_list(),
    ningshan_huangguan_station_every_row(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout is written the same way (borders, wrapped text,
    宋体 10) but each tree cell gets the indent its row has (a left-aligned format with
    ``indent`` 0, 1 or 2: ``<alignment horizontal="left" indent="N"/>``), as 增加缩进量 leaves it."""
    if "indents" not in layout:
        return _write_xlsx44(layout, path)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 9, 18, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    by_indent = {
        k: wb.add_format({**base, "align": "left", **({"indent": k} if k else {})})
        for k in (0, 1, 2)
    }
    spec = layout["indents"]
    (sheet,) = layout["sheets"]
    ws = wb.add_worksheet(sheet["name"])
    for c, w in enumerate(sheet.get("widths") or []):
        ws.set_column(c, c, w)
    covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1)}  # fmt: skip
    for r, row in enumerate(sheet["rows"]):
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            f = by_indent[spec["rows"][r]] if c == spec["col"] and r in spec["rows"] else fmt
            if v is None:
                if r in spec["rows"]:
                    ws.write_blank(r, c, None, fmt)  # the row's empty cells keep their borders
                continue
            _put(ws, (f, f), r, c, v)
    for r0, c0, r1, c1 in sheet["merges"]:
        v = sheet["rows"][r0][c0]
        ws.merge_range(r0, c0, r1, c1, "", fmt)
        if v is not None:
            _put(ws, (fmt, fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch418-inbox"))
