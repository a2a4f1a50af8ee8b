"""The four-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 应急管理
bodies, 南郑区 (汉中) — the 区应急管理局, the 安全生产执法大队, the 应急救援指挥中心, the 防灾减灾服务中心 and
the 应急管理站 of four of its 镇 (大河坎镇, 协税镇, 黄官镇, 红庙镇) — each handing back the 一览表,
防控卡, 排查表, 责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 安全生产执法大队's 责任清单 under GROUP ROWS ``一、大队领导``, ``二、执法一中队``, ``三、执法二中队``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 应急救援指挥中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中心主任（签字）：``;
- the 大河坎镇应急管理站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 协税镇应急管理站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 黄官镇应急管理站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 站长 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 红庙镇应急管理站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低, no 科室.

One is harder:

- ``nanzheng_relief_center_type_fills``: the 防灾减灾服务中心's 岗位廉政风险防控一览表 whose POINTS' TYPES
  ARE GIVEN ONLY BY THE FILL COLOUR OF THE 廉政风险点 CELL. The heading is an ordinary ``序号 | 科室 |
  岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` with 高/中/低 in its level column, but there is NO type
  column and no type word anywhere in the rows: each 廉政风险点 cell is filled yellow, green, blue,
  orange or purple, and a merged note under the table says ``注：廉政风险点一栏以单元格底色区分风险类型：
  黄色为思想道德风险，绿色为制度机制风险，蓝色为岗位职责风险，橙色为业务流程风险，紫色为外部环境风险。``
  The office coloured the five categories as a colour-coded template asks, so the type is WHERE the
  point stands in the legend's colours, not a word in a cell. The README's 读得懂的表 knows a fill
  colour (or a font colour, a drawn shape, a conditional-format icon) read as the LEVEL by a note
  (``LEVEL_COLOURS``, ``红色为高风险…``), and types as a column of words, codes read by a note, sub-columns
  ticked, group rows, sheets, block headings, bracketed words, numbers a note lists; it does not
  describe a TYPE given by a cell's fill colour beside a level column of its own (here the colours
  must NOT be read as levels: the table has 高/中/低). No earlier batch writes one: ``grep -ln
  "色为思想道德\\|colour.\\{0,40\\}type\\|type.\\{0,30\\}colour\\|fill.\\{0,30\\}type"
  tests/published/batch*.py`` finds fills only as levels (batch 36, 231, 338) and text-filled cells
  or filled 工作流程 columns (batch 102, 114, 241), checked by eye in the time given.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县应急管理局 handing out 救灾物资 to
its 乡镇 — 入库、出库, 发放登记 and 签收, 张榜公示; a 州应急局's 局长 and 副局长 leading an 执法抽查 — 执法APP,
执法规范化; a 开发区执法大队's 安全排查 — 安全生产检查, 管理制度执行, 整改; a 市应急物资中心 —
物资储备, 接报、调拨; a 镇自然灾害救助应急预案 — 灾情 核查, 救助, 防汛; 中央救灾物资 分发至乡镇 — 乡储村用、
精准到村, 账实相符; a 区应急管理局执法大队's 交叉执法检查 — 危险化学品企业, 隐患, 整改; a 县安监局监察大队's
两节 安全生产大检查 — 受限空间作业, 执法文书) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 南郑区, named with the
district's name (``unit_words=("南郑区",)``: no earlier unit holds it; four 镇应急管理站 to give eight
units, as ``is_apart`` wants one unit a layout).

Run ``python tests/published/score.py --set batch450`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's type is the one its cell's fill names by the note (yellow 思想道德,
  green 制度机制, blue 岗位职责, orange 业务流程, purple 外部环境), one type a point; its level is the
  ``风险等级`` column's 高/中/低, never the colour; ``中心领导`` (科室 cells) is the 科室 of the 主任,
  ``物资储备科`` and ``减灾科`` are 科室; 主任 a leader, 科长 middle, 保管员 general;
- ``局领导`` (a sheet of the 局's leaders, named so by its tab and title), ``大队领导`` (a group row) are
  the 科室 of those leaders; a 局's 股 and a 大队's 中队 are 科室; a group row ``二、执法一中队`` gives
  the 科室 ``执法一中队`` (its number left off); the 指挥中心 cards and the four 应急管理站 files name no
  科室 (the cards' ``所在单位`` is the 中心; a 镇应急管理站 is a unit of its own here, written with its
  镇): their 科室 is "";
- 局长, 副局长, 大队长, 主任 and 副主任 of the 中心s are leaders; 股长, 中队长, 科长 and a 站's 站长
  middle; the rest (科员, 执法队员, 调度员, 保管员, 安全员, 应急专干) general;
- ``风险点 | 风险表现`` (the 大河坎镇 list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 大河坎镇 list names no person: its forms are posts
  (对岗不对人); in the 黄官镇 list the LAST column ``责任领导`` names a supervisor (the 站长, holder of
  his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s borders,
宋体 10 and taller rows for wrapped cells, plus a cell's fill where a sheet names one) and
``truth.json``; no re-saved copies (as batch280 and batch444).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b450_"
PLACE = "南郑区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

FILLS_NAME = "nanzheng_relief_center_type_fills"
FILLS_UNIT = f"{PLACE}防灾减灾服务中心"
FILLS_TAB = "一览表"
FILLS_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
FILLS_COL = 4  # the 廉政风险点 column, the only one filled
# the fill of a 廉政风险点 cell and the type it stands for (the legend under the table)
TYPE_FILLS = {
    "#FFFF00": "思想道德",
    "#92D050": "制度机制",
    "#00B0F0": "岗位职责",
    "#FFC000": "业务流程",
    "#CC99FF": "外部环境",
}
FILL_OF = {typ: colour for colour, typ in TYPE_FILLS.items()}
FILLS_NOTE = (
    "注：廉政风险点一栏以单元格底色区分风险类型：黄色为思想道德风险，绿色为制度机制风险，"
    "蓝色为岗位职责风险，橙色为业务流程风险，紫色为外部环境风险。"
)

# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型, 等级, 防控措施)])
FILLS_ROWS = [
    ("中心领导", "主任", "笪翀琭", "leader", [
        ("救灾物资采购不经集体研究、指定供应商", "制度机制", "高", "采购按规定进场交易，中心会议集体研究。"),
        ("物资储备库维修工程中收受施工方好处", "思想道德", "中", "工程结算经审计，签订廉洁承诺书。"),
    ]),
    ("物资储备科", "科长", "庹沨珣", "middle", [
        ("救灾物资入库验收不严、数量不符", "岗位职责", "高", "入库两人验收，逐批登记台账。"),
        ("物资调拨出库不凭调令、手续不全", "业务流程", "中", "凭调拨单出库，月底账实核对。"),
    ]),
    ("物资储备科", "保管员", "逯渟玙", "general", [
        ("过期物资报废处置中私自变卖", "业务流程", "中", "报废清单报批，处置结果公示。"),
    ]),
    ("减灾科", "科长", "暨崧璆", "middle", [
        ("受灾群众救助名单审核中接受请托", "外部环境", "高", "救助名单张榜公示，接受群众监督。"),
        ("减灾示范社区创建评审打人情分", "思想道德", "低", "评审专家随机抽取，结果公示。"),
    ]),
]  # fmt: skip


class _Filled(_Sheet):
    """A sheet some of whose cells are filled with a colour: ``fills`` holds (row, col, colour)."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.fills: list[tuple[int, int, str]] = []

    def data(self) -> dict:
        return {**super().data(), "fills": [list(f) for f in self.fills]}


def nanzheng_relief_center_type_fills() -> dict:
    unit = FILLS_UNIT
    sh = _Filled(FILLS_TAB, [6, 12, 9, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*FILLS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FILLS_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, lv, measures)
            sh.fills.append((r, FILLS_COL, FILL_OF[typ]))
            t.point(sh.name, dept, post, who, tier, point, [typ], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FILLS_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        FILLS_NAME, "http://dzb.qdnrbs.cn/szb/pc/202102/01/c152024.html",
        "(harder) 区防灾减灾服务中心 岗位廉政风险防控一览表 whose TYPES ARE GIVEN ONLY BY THE FILL COLOUR OF THE POINT CELL, "
        "after the source's account of a 县应急管理局 handing out 救灾物资 (入库、出库, 发放登记 and 签收, 张榜公示): a title, "
        "序号/科室 merged (中心领导, 物资储备科, 减灾科)/岗位 and 姓名 merged per person/廉政风险点 (each cell filled yellow, green, "
        "blue, orange or purple)/风险等级 高/中/低/防控措施; no type column; a merged ``注：`` line naming the five fills' types; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nanzheng_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郦峣琛", "局长", "主持全面工作，分管财务、人事", [
            ("应急装备购置资金分配个人说了算", "一级", "资金安排局党组会集体研究，结果公开。"),
            ("干部调整中打招呼、优亲厚友", "二级", "调整程序公开，全程纪实。"),
        ]),
        ("蒉涠璘", "副局长", "分管安全生产综合监管、执法", [
            ("重大事故隐患挂牌督办后违规销号", "一级", "销号现场核查，集体研究。"),
            ("事故调查中为责任企业说情", "二级", "事故调查组集体研判，报告公开。"),
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
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("应急指挥股", "股长", "璩沄骞", "middle", [
            ("应急预案编制服务外包定向委托", "一级", "外包公开比选，结果公示。"),
        ]),
        ("应急指挥股", "科员", "殳浟琇", "general", [
            ("应急演练经费虚报", "二级", "演练方案和经费报批，票据逐项审核。"),
            ("值班值守记录弄虚作假", "三级", "值班记录每日核查，定期通报。"),
        ]),
        ("安全生产监管股", "股长", "酆湜玘", "middle", [
            ("危险化学品经营许可审查放宽条件", "一级", "许可初审、复审分离，结果公开。"),
            ("安全培训考核中放水", "二级", "考试机考，成绩公示。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "nanzheng_emergency_bureau_two_sheets",
        "http://www.kelkfq.cn/info/1016/19048.htm",
        "区应急管理局 廉政风险防控表 in two sheets, after the source's account of a 州应急局's 局长 and 副局长 leading an 执法抽查 "
        "(执法APP, 执法规范化): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) "
        "and ``股室`` (a title, 序号/股室 merged (应急指挥股, 安全生产监管股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def nanzheng_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "阙崐玮", "leader", [
                ("行政处罚案件审批", "处罚案件不经集体讨论降格处理", "制度机制风险", "一级风险", "重大案件集体讨论，处罚结果公示。"),
                ("执法装备采购", "执法记录仪等装备采购指定品牌", "外部环境风险", "二级风险", "采购需求集体审定，公开比选。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "谯岜瑢", "middle", [
                ("现场执法检查", "检查中对隐患视而不见、不下整改指令", "岗位职责风险", "一级风险", "检查两人以上，执法记录仪全程记录。"),
            ]),
            ("执法队员", "仉砚琦", "general", [
                ("执法文书送达", "向被查企业泄露检查计划", "思想道德风险", "二级风险", "检查计划保密，随机抽取检查对象。"),
            ]),
        ]),
        ("三、执法二中队", "执法二中队", [
            ("中队长", "宦梣瑾", "middle", [
                ("立案调查", "收受企业财物后不予立案", "思想道德风险", "一级风险", "线索登记，立案情况每月通报。"),
            ]),
            ("执法队员", "甯椤瑄", "general", [
                ("整改复查", "整改复查走过场、虚假销号", "业务流程风险", "三级风险", "复查留存影像资料，中队长抽查。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "nanzheng_enforcement_brigade_group_rows",
        "https://www.npbpp.com/news/kai-fa-qu-zhi-fa-da-dui-quan-fang-wei-an-quan-pai-cha-zhu-lao-fa-zhan-an-quan-fang-xian.html",
        "区安全生产执法大队 廉政风险防控责任清单, after the source's account of a 开发区执法大队's 安全排查 (安全生产检查, "
        "管理制度执行, 整改): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、大队领导``, ``二、执法一中队``, ``三、执法二中队`` merged across (no 科室 column); 岗位 and 责任人 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def nanzheng_command_center_cards() -> dict:
    unit = f"{PLACE}应急救援指挥中心"
    t = _Truth(unit)
    cards = [
        ("主任", "糜翯玢", "leader", [
            ("应急指挥平台建设项目指定承建单位", "★★★", "项目按规定招标，中心会议集体研究。"),
            ("救援队伍补助核定打招呼", "★★", "补助标准公开，名单公示。"),
            ("接受供应商宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "咸漪珽", "leader", [
            ("应急物资调拨不按程序审批", "★★★", "调拨凭指令，事后补录审批手续。"),
            ("救援装备维保费用结算不实", "★★", "维保记录逐项核对，财务复核。"),
        ]),
        ("调度员", "籍涔玳", "general", [
            ("应急值守信息迟报、瞒报", "★★", "信息报送全程留痕，定期通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "中心主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "nanzheng_command_center_cards", "https://www.sthtlaw.com/news/lhsyjwzzxjmcssmxbhdshz.html",
        "区应急救援指挥中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 调度员), after the source's account of a 市应急物资中心 "
        "(物资储备, 应急响应 接报、调拨, 物资管理): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def nanzheng_dahekan_station_posts() -> dict:
    unit = f"{PLACE}大河坎镇应急管理站"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "middle", [
            ("受灾核查", "核查受灾户时虚报、多报损失", "岗位职责风险", "Ⅰ级", "入户核查两人以上，结果在村公示。"),
            ("救助资金分配", "救助资金向亲友倾斜", "思想道德风险", "Ⅱ级", "分配方案镇党委会研究，名单公示。"),
        ]),
        ("安全员", "general", [
            ("企业安全检查", "检查中接受企业吃请、降低整改要求", "外部环境风险", "Ⅱ级", "检查记录留痕，站长抽查复核。"),
            ("防汛物资管理", "防汛物资出入库不登记", "业务流程风险", "Ⅲ级", "出入库双人登记，汛后盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "nanzheng_dahekan_station_posts", "http://www.qufu.gov.cn/art/2019/12/22/art_38318_2406432.html",
        "镇应急管理站 岗位廉政风险点排查表 对岗不对人, after the source's 镇自然灾害救助应急预案 (灾情 报告 and 核查, 救助, 防汛): "
        "a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def nanzheng_xieshui_station_selfchecks() -> dict:
    unit = f"{PLACE}协税镇应急管理站"
    t = _Truth(unit)
    people = [
        ("桑溦琨", "站长", "middle", [
            ("救灾物资分配到村不公", "高风险", "分配方案集体研究，村级公示。", "已落实"),
            ("应急演练采购不比价", "中风险", "采购三家比价，结果公示。", "未发现问题"),
        ]),
        ("闾汧璨", "应急专干", "general", [
            ("帐篷等救灾物资私自外借", "中风险", "外借登记，站长审批。", "已落实"),
            ("接受企业节日礼品", "低风险", "签订廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "nanzheng_xieshui_station_selfchecks", "http://jkh.leshan.cn/Home/Article/uNkL1WXQVBLEKbI3ZlCVYQ==",
        "镇应急管理站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's account of 救灾物资 "
        "分发至乡镇 (乡储村用、精准到村, 收储、轮换, 账实相符): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def nanzheng_huangguan_station_every_row() -> dict:
    unit = f"{PLACE}黄官镇应急管理站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "郗澍珞"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站长", chief, "middle", "交叉检查中对辖区企业隐患隐瞒不报", "Ⅰ", "检查结果上报区局，定期回访。"),
        ("站长", chief, "middle", "应急避难场所维护项目不比价", "Ⅱ", "维护项目三家比价，镇党委会研究。"),
        ("安全员", "堵沭瑗", "general", "隐患整改台账弄虚作假", "Ⅲ", "台账定期抽查，整改销号留影像。"),
        ("安全员", "堵沭瑗", "general", "收受企业好处提前透露检查时间", "Ⅱ", "检查时间保密，随机抽查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "nanzheng_huangguan_station_every_row",
        "http://longting.gov.cn/portal/zfxxgk/fdzdgknr/aqsc/2024/8/f5e38683edac4796bafabbdae54d031e.htm",
        "镇应急管理站 廉政风险防控清单, after the source's account of a 区应急管理局执法大队's 交叉执法检查 (危险化学品企业, 隐患问题, 整改意见): "
        "a title, then 序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST "
        "``责任领导`` column naming the 站长 on every row; no type column, no 科室 column; a merged ``注：`` line on the numerals and a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def nanzheng_hongmiao_station_list() -> dict:
    unit = f"{PLACE}红庙镇应急管理站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "牟濉瑭", "middle", [
            ("节日期间安全检查中收受礼品", "思想道德", "高", "检查两人以上，签订廉洁承诺。"),
            ("受限空间作业检查对违规企业网开一面", "岗位职责", "中", "检查结果镇分管领导复核。"),
        ]),
        ("安全员", "勾滟琯", "general", [
            ("执法文书填写不实、事后补签", "业务流程", "中", "文书当场填写，站长审核。"),
            ("应急物资采购验收不严", "制度机制", "低", "验收两人签字，台账登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "nanzheng_hongmiao_station_list", "http://www.zltai.com/show-180-88347-1.html",
        "镇应急管理站 岗位廉政风险防控一览表, after the source's account of a 县安监局监察大队's 两节 安全生产大检查 (工商贸, 受限空间作业, "
        "执法文书): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; no 科室; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nanzheng_relief_center_type_fills(),
    nanzheng_emergency_bureau_two_sheets(),
    nanzheng_enforcement_brigade_group_rows(),
    nanzheng_command_center_cards(),
    nanzheng_dahekan_station_posts(),
    nanzheng_xieshui_station_selfchecks(),
    nanzheng_huangguan_station_every_row(),
    nanzheng_hongmiao_station_list(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus a cell's
    fill colour where its sheet's ``fills`` names one."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 12, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    formats: dict[str | None, object] = {None: wb.add_format(base)}

    def fmt(colour: str | None):
        if colour not in formats:
            formats[colour] = wb.add_format({**base, "bg_color": colour, "pattern": 1})
        return formats[colour]

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        fills = {(r, c): colour for r, c, colour in sheet.get("fills", [])}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, fmt(fills.get((r, c))), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt(fills.get((r0, c0))))
            if v is not None:
                _put(ws, fmt(fills.get((r0, c0))), r0, c0, v)
    wb.close()
    return path


def _put(ws, fmt, r: int, c: int, v) -> None:
    if isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch450-inbox"))
