"""The three-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 and
水务 bodies, 泾阳县 (a county of 咸阳 where the 泾河 leaves its gorge onto the 关中 plain, the head of
the 泾惠渠 irrigation district, its staff Han) — the 县农业农村局, the 县水务局, the 县泾惠渠灌溉管理站,
the 县农产品质量安全检测站, the 县农业技术推广中心, the 县农业综合行政执法大队 and two 镇农业综合服务站
(云阳镇, 王桥镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in
WPS or Excel:

- the 水务局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管股室`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 泾惠渠灌溉管理站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an
  编制/审核/date line;
- the 农产品质量安全检测站's 自查表, one sheet a person (tabs named by the holder): a merged
  ``单位：…`` line, pairs ``姓　名 | … | 职　务 | … | 所在科室 | …`` in one row, ``序号 | 工作环节 |
  风险点 | 风险类型 | 风险等级 | 防控措施``, short types, ``高风险/中风险/低风险``,
  ``本人签名： | … | 站长审核：``;
- the 云阳镇农业综合服务站's 防控卡, one sheet a holder (tabs named by the post): pairs ``持卡人 | … |
  职　务 | …`` and ``所在组室 | … | 持卡时间 | …`` in two rows above ``序号 | 风险点 | 风险等级 |
  防控措施``, no type column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 站长签字：``;
- the 农业技术推广中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、农技推广股``,
  ``三、土壤肥料股`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 王桥镇农业综合服务站's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 农业综合行政执法大队's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, ``高级/中级/低级``, a
  填表人/审核人/大队长（签字） line.

One is harder:

- ``jingyang_agri_bureau_spaced_manifestations``: the 农业农村局's 岗位廉政风险防控一览表, an ordinary
  list to the eye (a title, a ``填报单位：…　填报时间：…`` line, ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点及主要表现 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged, ``岗位`` and ``姓名`` merged
  per person, short types, 高/中/低, a ``注：`` line and a 填表人/审核人/date line) whose JOINED
  column ``廉政风险点及主要表现`` holds in each cell the point's SHORT NAME and then its MANIFESTATION,
  the two parted by NOTHING BUT A RUN OF SPACES: the typist, who does not use Alt+Enter, pressed the
  space bar until the manifestation wrapped onto the next line of the narrow, wrapped cell
  (``农机购置补贴审核　　　　　　　　对补贴对象资格和购机真实性把关不严，为套取补贴者签字兑付``). The runs are
  full-width spaces (U+3000) of six to eleven, or, in the cells a second typist did, twelve to
  eighteen half-width spaces; the text holds no line break, no dash, no colon, no bracket, no
  label and no number between the two parts, and on screen and on paper it shows as two lines.
  Two points have no manifestation (the cell is the name alone). The ``防控措施`` cells are padded
  the same way between their numbered measures (``1.…；　　　　2.…。``). The ``注：`` under the list
  says what the column holds (``“廉政风险点及主要表现”栏前为风险点名称，后为其主要表现。``).
  The README's 读得懂的表 knows a short 风险点 beside a long description COLUMN (``风险点 | 风险表现``),
  ``风险点——表现形式`` in one cell (the point the part before the em-dash), a joined heading
  (``风险点及等级``, ``风险点及防控措施``, ``风险点及表现形式``) whose second item is written in the cell
  after the first on LINES OF THEIR OWN (numbered ``（1）…``, ``①…``, ``一是…`` or labelled
  ``防控措施：…``, ``职责：…⏎风险点：…``) or in brackets after it (``违规审批(高)``), a work area before a
  colon (``工程发包方面：…``), a point whose sentence runs on into the next ROW after a comma, a cell
  typed over lines with Alt+Enter (batch102: a line break in mid-sentence, one point), and a Word
  cell's name and manifestation split into two ROWS by the paste (batch389). It does not describe
  a cell whose two parts are joined by WHITESPACE ALONE inside one line — the boundary only a run
  of padding spaces that a reader's whitespace-folding erases (``grep -il`` over the earlier
  batches for ``padding``, ``space bar``, ``run of spaces`` and ``U+3000`` finds padded labels,
  names and headings (``姓　　名``, ``吕　敏``, ``风　险　点``) and, in batch12, ONE full-width space
  between two clauses of one point (``调解中偏袒一方　久调不决``), kept as part of the point's text;
  none parts a point from its description).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省's 2024—2026年农机购置与应用补贴
实施方案 — 补贴对象, 补贴机具, 核验, 资金兑付, 信息公开, 违规查处; the 运行管理 of a 市's 中型灌区 —
节水改造项目, 渠首工程改造, 渠道清淤, 计量设施, 管理体制; a 大型灌区's 水价 and 水费计收 — 末级渠系, 水价
执行, 水权水价改革, 计量到户; a 市's 农产品质量检测 — 样品采集, 样品前处理, 农药残留 检测, 数据分析,
检测机构; a 县's 农业技术综合服务区域站 — 区域站, 农技推广, 抽调人员, 工作经费; a 区's 农技推广项目资金
使用安排 — 包村联户, 科技示范基地补贴, 示范户物化补贴, 农技人员培训; a 县's 基层农技推广 物资补助 —
政府采购, 询价, 专家评审, 化肥 and 种羊 发放到乡镇站点; what a 农业执法大队 does — 农资市场, 假冒伪劣,
行政处罚, 查封扣押, 移交司法机关) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 泾阳县, named with the county's name.

Run ``python tests/published/score.py --set batch391`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the cell of ``廉政风险点及主要表现`` is the point's name, then (after the run of
  spaces) its manifestation: the point is the NAME, the text before the run of padding (six or
  more full-width or twelve or more half-width spaces; as the ``注：`` says, as a joined heading's
  first item is the column's field and as a short 风险点 is the point beside a long 风险表现); a
  cell without such a run is its point whole; the manifestation is no point and no second point;
  the padded measures are the point's measures. (Batch12's single full-width space between two
  clauses of one point, under a plain ``风　险　点`` heading and no note, stays inside its point:
  there the space joins one risk's two halves, here the run parts the two fields the heading
  names.)
- ``局领导`` (a 股室 cell of the 农业农村局's list; the 水务局's sheet of its leaders, named so by its
  tab and title), ``站领导`` (a 股室 cell of the 泾惠渠站's list, the 检测站's ``所在科室``, the 云阳镇站
  card's ``所在组室``, a 科室 cell of the 王桥镇站's list), ``中心领导`` (a group row of the 农技中心)
  and ``大队领导`` (a 科室 cell of the 执法大队's list) are the 科室 of those leaders; a 局's, 站's
  and 中心's 股, 室 and 办公室, a 镇站's 组 and a 大队's 中队 are 科室; a group row ``二、农技推广股``
  gives the 科室 ``农技推广股`` (its number left off);
- every 站, 中心 and 大队 is a unit of its own: 局长, 副局长, 站长, 副站长, a 中心's 主任 and 副主任
  and 大队长 are leaders; 股长, 中队长 and 办公室主任 middle; the rest (科员, 会计, 配水员, 水费收缴员,
  技术员, 检测员, 抽样员, 农技员, 农机员, 农经员, 执法队员) general;
- ``风险点 | 风险表现`` (the 泾惠渠站's list): the point is the short 风险点; ``分管股室``, ``职责事项``,
  ``工作环节`` and ``持卡时间`` are no points and name no holder; the 泾惠渠站's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 王桥镇站's
  note) and ``高级/中级/低级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch390).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b391_"
PLACE = "泾阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
SENIOR = {"高级": 1, "中级": 2, "低级": 3}
GAP = "\u3000"
DATE = "2025年6月"


# --------------------------------------------------------------------------- harder layout

SPACED_UNIT = f"{PLACE}农业农村局"
SPACED_TAB = "一览表"
SPACED_HEAD = (
    "序号",
    "股室",
    "岗位",
    "姓名",
    "廉政风险点及主要表现",
    "风险类型",
    "风险等级",
    "防控措施",
)
SPACED_NOTE = "注：“廉政风险点及主要表现”栏前为风险点名称，后为其主要表现。"
# (股室, 岗位, 姓名, tier, [(风险点, 主要表现 or None, 风险类型, 风险等级, [防控措施], padding)]);
# padding: full-width spaces (an int) or half-width ones (a str of that many spaces)
SPACED_ROWS = [
    ("局领导", "局长", "郐昶澜", "leader", [
        ("农业项目资金分配", "高标准农田、农机购置补贴等项目资金分配不经党组会集体研究，个人说了算", "制度机制", "高",
         ["分配方案提交党组会集体研究", "分配结果在局网站公示"], 8),
        ("干部选拔任用", "推荐考察走过场，在股室负责人调整中任人唯亲", "思想道德", "高",
         ["严格执行干部任用程序", "任前公示并全程纪实"], 9),
    ]),
    ("局领导", "副局长", "隗洮筠", "leader", [
        ("农机购置补贴审核", "对补贴对象资格和购机真实性把关不严，为套取补贴者签字兑付", "岗位职责", "高",
         ["补贴申请与核验、兑付分岗办理", "兑付前抽查机具并留存影像"], 8),
        ("农资违法案件审批", "对假劣农资案件说情打招呼，降格处理", "外部环境", "中",
         ["案件审批集体讨论", "说情打招呼事项登记报告"], 10),
    ]),
    ("办公室", "办公室主任", "仉泱芃", "middle", [
        ("公务接待", None, "制度机制", "低", ["接待事前审批", "接待清单按月公示"], 0),
        ("办公用品采购", "不比价采购，指定供应商", "业务流程", "中",
         ["三家以上比价", "验收与采购分离"], " " * 14),
    ]),
    ("计划财务股", "会计", "缑湄琇", "general", [
        ("专项资金拨付", "不按项目进度和验收结果拨付资金，提前或超额拨付", "业务流程", "高",
         ["凭验收报告和进度证明拨付", "按月与项目台账核对"], 7),
        ("报销审核", "对票据不全、事由不清的会议费、培训费予以报销", "岗位职责", "中",
         ["报销实行经办、审核、审批三签", "票据逐张审核"], " " * 12),
    ]),
    ("农业机械化股", "股长", "亢砚淳", "middle", [
        ("补贴机具核验", "不到现场核验机具，或与经销商串通虚报购机", "岗位职责", "高",
         ["核验两人以上到场", "机具铭牌、发票、人机合影逐一比对"], 6),
        ("补贴信息公开", "不按规定公示补贴对象、机具和补贴额", "制度机制", "低",
         ["补贴信息按季度公开", "设立投诉电话"], " " * 18),
    ]),
    ("农业机械化股", "科员", "郇沅晔", "general", [
        ("补贴申请受理", "对申请材料不一次性告知，故意拖延办理", "业务流程", "中",
         ["受理事项一次性告知", "办理时限网上可查"], 11),
    ]),
    ("种植业股", "股长", "堵璠岷", "middle", [
        ("高标准农田项目验收", "验收降低标准，对未按设计施工的问题不提出整改", "岗位职责", "高",
         ["验收邀请第三方参加", "整改情况跟踪销号"], 7),
        ("耕地地力保护补贴面积核实", None, "业务流程", "中", ["面积以确权数据为准", "村组公示后上报"], 0),
    ]),
]  # fmt: skip


def _pad(padding) -> str:
    return GAP * padding if isinstance(padding, int) else padding


def spaced_cell(point: str, shown: str | None, padding) -> str:
    """The point's name, then (after the run of spaces) its manifestation."""
    return point if shown is None else f"{point}{_pad(padding)}{shown}"


def spaced_measures(measures: list[str], padding) -> str:
    """Numbered measures padded apart the same way (four full-width spaces if there is no run)."""
    gap = _pad(padding) if padding else GAP * 4
    return gap.join(
        f"{i}.{m}{'。' if i == len(measures) else '；'}" for i, m in enumerate(measures, 1)
    )


def jingyang_agri_bureau_spaced_manifestations() -> dict:
    unit = SPACED_UNIT
    sh = _Sheet(SPACED_TAB, [6, 11, 10, 9, 30, 10, 9, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*SPACED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SPACED_ROWS:
        for point, shown, typ, lv, measures, padding in points:
            n += 1
            sh.add(n, dept, post, who, spaced_cell(point, shown, padding), typ, lv,
                   spaced_measures(measures, padding))  # fmt: skip
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, SPACED_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "jingyang_agri_bureau_spaced_manifestations",
        "http://yanshiren.com/gdywdt/zwzt/bxqzwc/zxzc/content/post_4511624.html",
        "(harder) 县农业农村局 岗位廉政风险防控一览表, after the source's 农机购置与应用补贴实施方案 (补贴对象, 补贴机具, 核验, "
        "资金兑付, 信息公开, 违规查处): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, then 序号/股室 merged "
        "(局领导, 办公室, 计划财务股, 农业机械化股, 种植业股)/岗位 and 姓名 merged per person/a JOINED column "
        "``廉政风险点及主要表现`` whose cells hold the point's SHORT NAME and its MANIFESTATION parted ONLY BY A RUN OF "
        "SPACES (six to eleven full-width, or twelve to eighteen half-width; no line break, dash, colon, bracket or label), "
        "two cells the name alone/风险类型 (short names)/风险等级 高/中/低/防控措施 numbered and padded the same way; a "
        "merged ``注：`` line on the joined column and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingyang_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管股室", "风险点", "风险等级", "防控措施")
    leaders = [
        ("莘澶翊", "局长", "办公室、计划财务股", [
            ("灌区节水改造项目安排不经集体研究", "一级", "项目安排提交党组会研究，会议纪要存档。"),
            ("为特定关系人承揽水利工程打招呼", "一级", "领导干部插手干预工程项目记录报告。"),
        ]),
        ("呙浥珲", "副局长", "建设管理股、水资源股", [
            ("渠首工程改造变更签字把关不严", "一级", "设计变更经技术审查和局务会研究。"),
            ("计量设施验收走过场", "二级", "验收邀请灌区管理单位和用水户代表参加。"),
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
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "阚瑗汀", "middle", [
            ("公务用车使用和维修虚报费用", "二级", "派车单和维修单按月核对。"),
        ]),
        ("建设管理股", "股长", "邰灏淇", "middle", [
            ("渠道清淤工程量计量不实", "一级", "计量实行施工、监理、建设三方会签。"),
            ("工程质量检查接受施工单位宴请", "二级", "质量检查两人以上，检查记录存档。"),
        ]),
        ("建设管理股", "科员", "酆溧棠", "general", [
            ("工程资料审核不认真即归档", "三级", "资料审核清单化，股长每月抽查。"),
        ]),
        ("水资源股", "股长", "逯旻浔", "middle", [
            ("取水许可审查降低条件", "一级", "取水许可两级审查，结果网上公开。"),
            ("水资源费核定少算漏算", "二级", "按计量数据核定，核定单两级签字。"),
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
        "jingyang_water_bureau_two_sheets", "http://m.handmsg.com/page/2021/0121/15312229.shtml",
        "县水务局 file in two sheets after the source's 中型灌区 运行管理 (节水改造项目, 渠首工程改造, 渠道清淤, 计量设施, "
        "管理体制): ``局领导`` (a title, 序号/姓名, 职务 and ``分管股室`` merged per leader/风险点/风险等级/防控措施) and ``股室`` "
        "(a title, 序号/股室 merged (办公室, 建设管理股, 水资源股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def jingyang_jinghuiqu_station_posts() -> dict:
    unit = f"{PLACE}泾惠渠灌溉管理站"
    sh = _Sheet("排查表", [6, 12, 12, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("斗渠维修工程发包", "不按规定比选施工队伍，把维修工程交给熟人", "制度机制风险", "Ⅰ级", "维修工程按限额比选，结果公示。"),
            ("水费支出审批", "水费收入挤占挪用，用于非灌溉支出", "岗位职责风险", "Ⅰ级", "水费专户管理，支出站务会研究。"),
        ]),
        ("站领导", "副站长", "leader", [
            ("轮灌计划审定", "审定轮灌计划时向关系村组倾斜", "思想道德风险", "Ⅱ级", "轮灌计划张榜公布。"),
        ]),
        ("灌溉管理股", "配水员", "general", [
            ("斗口放水计量", "少计放水量，收受用水户好处", "思想道德风险", "Ⅰ级", "斗口计量双人读数，量水记录当日上报。"),
            ("末级渠系巡查", "发现私开口子偷水不制止", "业务流程风险", "Ⅲ级", "巡查记录每周汇总，问题当日上报。"),
        ]),
        ("财务股", "水费收缴员", "general", [
            ("按方计收水费", "多收少报，截留水费", "业务流程风险", "Ⅰ级", "收费票据统一印制，收费结果村组公示。"),
        ]),
        ("工程股", "股长", "middle", [
            ("量水设施采购", "量水设施采购质次价高", "外部环境风险", "Ⅱ级", "采购三家以上询价，验收留样。"),
            ("渠道衬砌验收", "验收工程量与实际不符，多结算", "岗位职责风险", "Ⅱ级", "验收邀请用水者协会代表参加。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "jingyang_jinghuiqu_station_posts", "http://www.handmsg.com/page/2020/0105/14215855.shtml",
        "县泾惠渠灌溉管理站 岗位廉政风险点排查表 对岗不对人, after the source's 大型灌区 水价 and 水费计收 (末级渠系, 水价执行, "
        "水权水价改革, 计量到户): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def jingyang_testing_station_selfchecks() -> dict:
    unit = f"{PLACE}农产品质量安全检测站"
    t = _Truth(unit)
    people = [
        ("站长", "禚筠璘", "leader", "站领导", [
            ("检测报告签发", "对结果存疑的检测报告不复核即签发", "岗位职责", "高风险", "报告三级审核，签发前复核原始记录。"),
            ("检测试剂采购", "检测试剂和耗材采购指定品牌", "制度机制", "高风险", "采购需求集体研究，进入政府采购平台。"),
        ]),
        ("检测员", "昝淦芷", "general", "检测室", [
            ("农药残留检测", "不按标准做前处理，编造检测数据", "思想道德", "高风险", "原始记录完整留存，质控样同步检测。"),
            ("检测数据录入", "随意修改检测数据", "业务流程", "中风险", "数据系统留痕，修改须经审批。"),
        ]),
        ("抽样员", "蒯瑀汐", "general", "抽样室", [
            ("基地抽样", "接受生产基地安排，挑选样品", "外部环境", "中风险", "抽样全程拍照定位，两人以上同行。"),
            ("样品交接", "样品交接不登记，调换样品", "业务流程", "低风险", "样品交接双人签字，留样备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in people:
        sh = _Sheet(who, [6, 14, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "所在科室", dept)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "jingyang_testing_station_selfchecks", "https://www.bkwk.cn/article/jmjtncpzljcaqfxjmbhdzx.html",
        "县农产品质量安全检测站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 农产品质量"
        "检测 (样品采集, 样品前处理, 农药残留 检测, 数据分析): a title, a merged ``单位：…`` line, pairs ``姓　名 | … | 职　务 | … | "
        "所在科室 | …`` in one row, then 序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def jingyang_yunyang_station_cards() -> dict:
    unit = f"{PLACE}云阳镇农业综合服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "郜翀岚", "leader", "站领导", [
            ("科技示范户遴选不公开", "★★★", "示范户条件公开，遴选结果村组公示。"),
            ("区域站工作经费使用不规范", "★★★", "经费专账核算，支出站务会研究。"),
            ("职工考勤考核打分不公", "★", "考核细则公开，结果全站公示。"),
        ]),
        ("农技员", "冼琮沛", "general", "农技组", [
            ("示范户物化补助发放不足额", "★★", "发放清单示范户签字，镇纪委抽查。"),
            ("包村技术服务记录弄虚作假", "★", "服务记录附照片，站长每月核查。"),
        ]),
        ("农机员", "阙湉霏", "general", "农机组", [
            ("补贴机具现场核实走过场", "★★★", "核实两人以上，人机合影存档。"),
            ("收受农机经销商礼品", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(post, [6, 38, 10, 12, 10, 14])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, f"职{GAP}务", post, None, None)
        sh.add("所在组室", dept, "持卡时间", DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", None, None)
        r = len(sh.rows) - 1
        sh.merge(r, 3, r, 5)
        for i, (point, stars, measures) in enumerate(points, 1):
            r = sh.add(i, point, stars, measures, None, None)
            sh.merge(r, 3, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "站长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "jingyang_yunyang_station_cards", "http://news.xinnong.net/news/20160825/1320213.html",
        "镇农业综合服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 农技员, 农机员), after the source's 农业技术综合服务"
        "区域站 (区域站, 农技推广, 抽调人员, 工作经费): a title, pairs ``持卡人 | … | 职　务 | …`` and ``所在组室 | … | 持卡时间 | …`` "
        "in two rows, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施 (merged over three columns); no type column; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 站长签字：``",
        sheets, t,
    )  # fmt: skip


def jingyang_agri_tech_center_duties() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "夔珝澄", "leader", [
                ("农技推广项目资金安排", "项目资金分配向关系乡镇倾斜", "制度机制", "一级风险", "资金安排方案集体研究并公示。"),
                ("科技示范基地认定", "降低条件认定示范基地", "岗位职责", "一级风险", "认定条件公开，现场核查两人以上。"),
            ]),
            ("副主任", "綦洧岚", "leader", [
                ("示范物资采购", "化肥、种子采购中收受供应商好处", "思想道德", "一级风险", "物资采购进入公共资源交易平台。"),
            ]),
        ]),
        ("二、农技推广股", "农技推广股", [
            ("股长", "濮瀚颀", "middle", [
                ("包村联户服务考核", "对农技人员服务记录审核不严", "岗位职责", "二级风险", "服务记录抽查回访，考核结果公示。"),
            ]),
            ("科员", "鄢洺芊", "general", [
                ("示范户物化补贴发放", "虚报示范户名单套取补贴", "业务流程", "一级风险", "示范户名单村组公示，发放清单签字。"),
                ("培训费用报销", "虚列培训人数和天数", "业务流程", "三级风险", "培训签到表和照片随报销单附送。"),
            ]),
        ]),
        ("三、土壤肥料股", "土壤肥料股", [
            ("股长", "帅澧蘅", "middle", [
                ("测土配方取样", "取样点位弄虚作假", "外部环境", "二级风险", "取样点位定位上传，抽查复核。"),
                ("肥效试验验收", "试验数据不实即验收", "岗位职责", "二级风险", "试验验收邀请第三方参加。"),
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
        "jingyang_agri_tech_center_duties", "https://www.ahtxq.gov.cn/zwgk/public/6615872/11794031.html",
        "县农业技术推广中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``三、土壤肥料股`` merged across (no 股室 "
        "column), after the source's 农技推广项目资金使用安排 (包村联户, 科技示范基地补贴, 示范户物化补贴, 农技人员培训): a title, "
        "then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jingyang_wangqiao_station_every_row() -> dict:
    unit = f"{PLACE}王桥镇农业综合服务站"
    sh = _Sheet("一览表", [6, 12, 11, 9, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "闾浛瑜", "leader", "示范物资分配向关系户倾斜", "思想道德风险", "Ⅰ",
         "分配方案站务会研究，结果村组公示。"),
        ("站领导", "站长", "闾浛瑜", "leader", "物资采购询价不实", "制度机制风险", "Ⅱ", "询价三家以上，询价记录存档。"),
        ("农经组", "农经员", "籍滢峤", "general", "土地流转合同备案把关不严", "岗位职责风险", "Ⅱ",
         "备案材料清单化审核。"),
        ("农经组", "农经员", "籍滢峤", "general", "村集体账目代理记账不规范", "业务流程风险", "Ⅰ", "代理记账双人复核，按季公开。"),
        ("农技组", "农技员", "苍沐璇", "general", "化肥、种羊发放清单虚报", "业务流程风险", "Ⅰ", "发放清单农户签字，站长抽查回访。"),
        ("综合组", "会计", "暴湘雯", "general", "站内经费报销票据审核不严", "外部环境风险", "Ⅲ", "票据逐张审核，按月对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "jingyang_wangqiao_station_every_row", "https://www.xinnong.net/news/20150817/1262957.html",
        "镇农业综合服务站 岗位廉政风险防控一览表, after the source's 基层农技推广 物资补助 (政府采购, 询价, 专家评审, 化肥 and 种羊 "
        "发放到乡镇站点): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 ``…风险``/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingyang_agri_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "麴泓岵", "leader", [
            ("假劣农资案件处理不经集体研究", "制度机制风险", "高级", "重大案件集体审理，法制审核先行。"),
            ("对涉嫌犯罪的案件不移交司法机关", "岗位职责风险", "高级", "移送标准公开，移送情况报局党组。"),
        ]),
        ("执法一中队", "中队长", "权湲琛", "middle", [
            ("农资市场检查通风报信", "外部环境风险", "高级", "检查对象随机抽取，联合执法交叉检查。"),
            ("查封扣押农资登记不全", "业务流程风险", "中级", "查封扣押物品拍照登记，入库双人签字。"),
        ]),
        ("执法一中队", "执法队员", "续淇瑞", "general", [
            ("现场检查笔录与事实不符", "岗位职责风险", "中级", "执法全程记录仪记录，笔录当事人签字。"),
        ]),
        ("执法二中队", "中队长", "盖渲珉", "middle", [
            ("兽药饲料案件罚款降格处理", "思想道德风险", "中级", "处罚裁量对照基准，结果网上公开。"),
        ]),
        ("执法二中队", "执法队员", "竺汧翎", "general", [
            ("接受农资经营户宴请和礼品", "思想道德风险", "低级", "签订廉洁承诺书，检查两人以上同行。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), SENIOR[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "jingyang_agri_enforcement_brigade_list",
        "https://www.httgc.com/kk/nong-ye-zhi-fa-da-dui-shou-hu-tian-ye-yan-cha-wei-fa-hu-hang-nong-ye-jian-kang-fa-zhan.html",
        "县农业综合行政执法大队 岗位廉政风险防控一览表, after the source's 农业执法大队 (农资市场, 假冒伪劣, 行政处罚, 查封扣押, "
        "移交司法机关): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室 merged "
        "(大队领导, 执法一中队, 执法二中队)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 ``高级/中级/低级``/"
        "防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingyang_agri_bureau_spaced_manifestations(),
    jingyang_water_bureau_two_sheets(),
    jingyang_jinghuiqu_station_posts(),
    jingyang_testing_station_selfchecks(),
    jingyang_yunyang_station_cards(),
    jingyang_agri_tech_center_duties(),
    jingyang_wangqiao_station_every_row(),
    jingyang_agri_enforcement_brigade_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch391-inbox"))
