"""The three-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 镇 and 村,
金堂县 (the county of 成都 on the 沱江, north-east of the city, its staff Han) — the 五凤镇 and
转龙镇 人民政府, the 竹篙镇石堰村, 土桥镇桂湾村 and 又新镇柏林村 村民委员会, the 三溪镇太平社区
居民委员会, the 福兴镇农业服务中心 and the 淮口街道社区卫生服务中心 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 五凤镇人民政府's file in two sheets: ``镇领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per
  leader) and ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``,
  no type column;
- the 石堰村's 村干部 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: no 科室 column, ``岗位`` and
  ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： | 村党委书记（签字）：`` line;
- the 桂湾村's 防控卡, one sheet a holder (tabs 村委会主任, 村文书, 报账员): ``姓　名 | … | 职　务 | …`` and a
  merged ``分管工作`` line above ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``本人签名： | … | 监督电话：…``;
- the 太平社区's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``,
  ``…风险`` types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 福兴镇农业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、农村经营管理站`` merged
  across (no 科室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 社区卫生服务中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``一级风险/二级风险/三级风险``, ``本人签名： | … | 主任意见：``;
- the 柏林村's 一览表: ``岗位 | 责任人`` written on EVERY row (no merges), ``…风险`` types, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人 line.

One is harder:

- ``jintang_zhuanlong_town_revised_strikes``: the 转龙镇人民政府's 2025年度岗位廉政风险防控一览表
  （修订稿）, an ordinary 一览表 in its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年
  9月`` line, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低), made by EDITING THE 2024 LIST'S
  WORDING IN PLACE: where a point was reworded, the words taken out are NOT deleted but STRUCK
  THROUGH and the words put in are typed beside them in RED, inside the same cell (Excel's rich
  text: one cell in several fonts). Six of the fourteen 廉政风险点 cells are so edited — words struck
  in the middle and red words after them (``重大事项~~不经党政联席会议~~不经党委会集体研究，个人说了算``),
  a red phrase put in and a struck clause at the end, a struck head replaced by a red one, a struck
  tail with nothing in its place, and a whole old sentence struck with the new one typed in red on
  the next line (Alt+Enter) — and two 防控措施 cells likewise. A merged ``注：`` line under the table
  says so (``…加删除线的文字为本次删去的内容，红色字体为本次新增或修改的内容…``). No row is deleted: no
  cell is struck as a whole, every row stays a point, and the point's text is what the cell says
  WITHOUT ITS STRUCK WORDS. The README's 读得懂的表 knows ROWS struck through (ROW_STRUCK, ``加删除线的
  为本次删除的风险点``: the row is no point), a holder's NAME struck through inside the 姓名 cell
  (HOLDER_STRUCK), levels and rows marked by colour, a revision written OUT IN WORDS (``原风险点 |
  调整后风险点``, ``原：…⏎现：…`` in one cell, ``（新增）``/``（修订）`` after the point, a ``修订情况`` column
  saying ``删除``); it does not describe a point whose own wording was revised by the FONT of part of
  its text, so that the point is the cell's text less its struck words (and the row is kept).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 农村集体“三资”管理办法 —
资金, 资产, 资源, 发包, 租赁, 合同, 监管平台, 审计; a 镇's 政务公开 目录 — 领导职责分工, 财务收支,
集体资产, 干部任用, 农民负担; a 村's 低保 checked by the 市民政局 — 村组干部, 低保花名册, 低保证, 死亡
人员未注销; a 村 whose 干部 took a cut of 危房改造补助 — 重复申报, 编造虚假材料, “抽头”; a 村 that shared
the 低保金 out among all its people — 伪造签名, 发放花名册; a 镇 农业技术推广服务中心 — 良种推广, 农民
培训, 农业信息, 农产品质量安全; a 基本药物制度 绩效考核 — 基层医疗卫生机构, 零差率销售, 网上采购; a 省
on 村（居）委会 and 股份经济合作社 分账 — 基本存款账户, 委托代理, 财务公开) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
金堂县, named with the county's name.

Run ``python tests/published/score.py --set batch335`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 廉政风险点 is the cell's text WITHOUT ITS STRUCK PARTS — the red words and the
  plain ones, in their order, the line break before a red sentence that replaces a struck one left
  off (the struck words are no point and no part of one); a cell with struck words is still a point,
  of the row's post and holder, its level and type the row's; a 防控措施 cell with struck words is
  no point either way; the ``注：`` line is no point;
- ``镇领导`` (the 五凤镇's first sheet: its tab and title), ``中心领导`` (a group row) and the 村's and
  社区's lack of any 科室 column: the 镇领导 and 中心领导 are the 科室 of those leaders, a 村 and a 社区
  are units with no 科室; a 镇人民政府's 办公室 and 中心 are 科室, a 农业服务中心's 站 its 科室, a
  社区卫生服务中心's 科 and 室 its 科室; a group row ``二、农业技术推广站`` gives the 科室
  ``农业技术推广站`` (its number left off); the 桂湾村's cards give no 科室;
- 党委书记, 党委副书记、镇长, 党委委员、副镇长 (kept as written), the 村党委书记、村委会主任, the
  村委会主任 and 村委会副主任 (as batches 281, 297 and 301 took them), a 中心's 主任 and 副主任 in its own
  file are leaders; an 办公室's 主任, a 站's 站长, a 科's 科长 and the 村务监督委员会主任 middle; the rest
  (三资管理员, 民政专干, 村镇建设专干, 出纳, 村文书, 报账员, 村会计, 网格员, 农技员, 农经员, 药剂员,
  公卫医生, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 太平社区's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 柏林村's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus rich-text cells, parts struck through or red) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b335_"
PLACE = "金堂县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
STRUCK, RED = "struck", "red"


class _RichSheet(_Sheet):
    """A sheet some of whose cells are written in rich text: ``rich[(r, c)]`` holds the cell's parts,
    (text, mark) each, mark "" (plain), ``struck`` or ``red``; the row keeps the cell's whole text,
    as a reader that ignores the fonts sees it."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.rich: dict[tuple[int, int], list[tuple[str, str]]] = {}

    def data(self) -> dict:
        rich = [[r, c, [list(p) for p in parts]] for (r, c), parts in self.rich.items()]
        return {**super().data(), "rich": rich}


def whole(parts) -> str:
    """A cell's whole text, struck parts and all (what a reader sees without the fonts)."""
    return parts if isinstance(parts, str) else "".join(text for text, _mark in parts)


def revised(parts) -> str:
    """A cell's text without its struck parts: the wording now."""
    if isinstance(parts, str):
        return parts
    return "".join(text for text, mark in parts if mark != STRUCK).strip()


# --------------------------------------------------------------------------- harder layout

TOWN = f"{PLACE}转龙镇人民政府"
REVISED_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
REVISED_NOTE = (
    "注：1.本表在2024年度清单基础上修订，加删除线的文字为本次删去的内容，红色字体为本次新增或修改的内容。"
    "2.风险等级分高、中、低三级。"
)
# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型, 等级, 防控措施)]); a cell is a str or its rich parts
ZHUANLONG = [
    ("镇领导", "党委副书记、镇长", "笪濛岫", "leader", [
        ([("重大事项", ""), ("不经党政联席会议", STRUCK), ("不经党委会集体研究", RED), ("，个人说了算", "")],
         "制度机制", "高", "落实“三重一大”集体决策，会议纪要存档备查。"),
        ("干部考核评优中优亲厚友", "思想道德", "中",
         [("考核结果", ""), ("在机关内部通报", STRUCK), ("在镇政务公开栏公示", RED), ("。", "")]),
    ]),
    ("镇领导", "党委委员、副镇长", "厍翊沄", "leader", [
        ([("插手村集体资产、资源发包", ""), ("和租赁", RED), ("，为关系人谋取利益", ""), ("，收受好处", STRUCK)],
         "外部环境", "高", "村集体资产资源发包、租赁一律进入农村产权交易平台。"),
        ("对村级工程项目招投标打招呼、干预", "岗位职责", "高", "插手干预事项登记报告，镇纪委定期抽查。"),
    ]),
    ("经济发展办公室", "主任", "璩沅曦", "middle", [
        ([("村级工程项目验收把关不严", ""), ("、验收资料不全", STRUCK)],
         "业务流程", "中", "验收由镇经发办、村务监督委员会和村民代表共同参加。"),
        ("村集体经济合同审核走过场", "岗位职责", "中", "合同统一编号备案，镇经发办逐份审核。"),
    ]),
    ("经济发展办公室", "三资管理员", "隗霁汀", "general", [
        ([("村级财务", STRUCK), ("农村集体“三资”监管平台", RED), ("数据录入不及时、不真实", "")],
         "岗位职责", "中", "平台数据按月与村级账目核对，经发办主任复核。"),
        ("村集体资金违规出借、挪用不报告", "业务流程", "高",
         [("村集体资金支出", ""), ("每季度", STRUCK), ("每月", RED), ("核查一次，发现问题及时报告。", "")]),
    ]),
    ("社会事务办公室", "主任", "酆岚沚", "middle", [
        ([("救灾物资发放不登记", STRUCK), ("\n", ""), ("救灾物资和临时救助金发放不登记、不公示", RED)],
         "业务流程", "高", "发放清单逐户签字，发放结果在村务公开栏公示。"),
        ("对村级低保评议结果审核把关不严", "岗位职责", "中", "镇级审核入户抽查比例不低于30%。"),
    ]),
    ("社会事务办公室", "民政专干", "昝沐溦", "general", [
        ([("低保对象", ""), ("评议", STRUCK), ("入户核查", RED), ("走过场，优亲厚友", "")],
         "思想道德", "高", "入户核查两人以上，核查表当事人签字确认。"),
        ("死亡、迁出人员未及时停发低保金", "岗位职责", "低", "每月与公安、殡葬数据比对，动态调整。"),
    ]),
    ("党政办公室", "出纳", "栾芷漪", "general", [
        ("公务卡和零余额账户支付不按审批", "业务流程", "中", "支付凭审批单办理，U盾分人保管。"),
        ("现金不及时存入银行，坐支现金", "岗位职责", "低", "现金日清月结，定期盘点。"),
    ]),
]  # fmt: skip


def jintang_zhuanlong_town_revised_strikes() -> dict:
    unit = TOWN
    sh = _RichSheet("一览表", [6, 14, 16, 9, 40, 10, 9, 36])
    t = _Truth(unit)
    ncols = len(REVISED_HEAD)
    _line(sh, f"{unit}2025年度岗位廉政风险防控一览表（修订稿）", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*REVISED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ZHUANLONG:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, whole(point), typ, lv, whole(measures))
            for c, cell in ((4, point), (7, measures)):
                if not isinstance(cell, str):
                    sh.rich[(r, c)] = list(cell)
            t.point(sh.name, dept, post, who, tier, revised(point), types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, REVISED_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None, None)
    return _layout(
        "jintang_zhuanlong_town_revised_strikes", "https://gcs66.com/document_detail/149249.html",
        "(harder) 县 镇人民政府 2025年度岗位廉政风险防控一览表（修订稿） EDITED IN PLACE, after the source's 县 农村集体“三资”"
        "管理办法 (资金, 资产, 资源; 发包, 租赁, 合同; 监管平台; 审计): a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年9月`` line, then 序号/科室 merged (镇领导, 经济发展办公室, 社会事务办公室, 党政办公室)/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; six 廉政风险点 cells and two 防控措施 cells "
        "REWORDED IN RICH TEXT: the words taken out STRUCK THROUGH, the words put in typed in RED beside them, inside "
        "the same cell (in the middle, at the end, at the head, a struck tail alone, a whole struck sentence with the "
        "new one in red on the next line); a merged ``注：…加删除线的文字为本次删去的内容，红色字体为本次新增或修改的内容…`` "
        "line and a 填表人/审核人/镇长（签字） line; no row deleted, no cell struck as a whole",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jintang_wufeng_town_two_sheets() -> dict:
    unit = f"{PLACE}五凤镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("镇领导", [6, 9, 16, 26, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}镇领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郦檠岚", "党委书记", "主持镇党委全面工作", [
            ("干部选拔任用和村（社区）干部调整个人说了算", "一级", "严格执行选任程序，全程纪实。"),
            ("重大项目安排不经集体研究", "一级", "重大事项党委会研究，会议纪要存档。"),
        ]),
        ("缑霈泠", "党委委员、副镇长", "分管财政、集体资产和村级财务", [
            ("镇财政资金拨付审批把关不严", "一级", "大额资金会签，按季在政务公开栏公开财务收支。"),
            ("集体资产处置低价转让", "二级", "资产处置评估后公开交易。"),
        ]),
        ("仉渟樾", "党委委员、副镇长", "分管社会事务和农民负担监督", [
            ("救助资金审批中优亲厚友", "二级", "救助对象公示七日，审批结果公开。"),
            ("向农民违规收费、摊派不制止", "三级", "收费项目和标准公开，举报电话上墙。"),
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
    dept = _Sheet("内设机构", [6, 16, 12, 9, 36, 9, 32])
    _line(dept, f"{unit}内设机构岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "覃岍濛", "middle", [
            ("公务接待超标准、无公函接待", "二级", "先审批后接待，接待清单按月公开。"),
            ("干部任用信息公开不及时", "三级", "选拔条件、程序及结果按规定公开。"),
        ]),
        ("规划建设办公室", "村镇建设专干", "訾曜汐", "general", [
            ("农村建房审批材料审核不严", "二级", "审批材料清单化，结果在村公示。"),
            ("违法建设巡查发现不报告", "一级", "巡查记录留痕，问题台账销号管理。"),
        ]),
        ("社区发展治理办公室", "主任", "蔺澈沄", "middle", [
            ("社区保障资金项目评审不公", "二级", "项目评审邀请居民代表参加，结果公示。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None)
    return _layout(
        "jintang_wufeng_town_two_sheets",
        "http://www.survivaltruck.com/zwgk/xxgk/hsshcz/zfxxgkzn/content/post_214648.html",
        "镇人民政府 廉政风险防控表 in two sheets, after the source's 镇 政务公开 目录 (领导职责分工, 财务收支, 集体资产, "
        "干部任用, 农民负担): ``镇领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``内设机构`` (a title, 序号/科室 merged (党政办公室, "
        "规划建设办公室, 社区发展治理办公室)/岗位 and 姓名 merged per person/…; a 填表人/审核人/镇长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def jintang_shiyan_village_list() -> dict:
    unit = f"{PLACE}竹篙镇石堰村村民委员会"
    sh = _Sheet("一览表", [6, 20, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村党委书记、村委会主任", "殳澜岐", "leader", [
            ("低保对象评定中村组干部说了算，把不符合条件的人纳入", "制度机制", "高",
             "低保评定经村民代表评议，评议结果张榜公示。"),
            ("收回低保对象资金用于村集体开支", "岗位职责", "高", "低保金一律打卡发放，村干部不得经手。"),
        ]),
        ("村委会副主任", "鄂沅霏", "leader", [
            ("为亲友违规出具低保证、困难证明", "思想道德", "中", "证明出具登记，两委集体审核。"),
        ]),
        ("村文书", "佘晞岷", "general", [
            ("死亡人员未及时从低保花名册中注销", "业务流程", "中", "每月核对花名册，死亡人员当月注销。"),
            ("低保公示名单录入错误不更正", "岗位职责", "低", "公示名单双人核对后张贴。"),
        ]),
        ("报账员", "滕渼汐", "general", [
            ("虚列开支、白条入账", "业务流程", "中", "报账凭证经村务监督委员会审核签字。"),
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
    sh.add("填表人：", None, "审核人：", None, "村党委书记（签字）：", None, None)
    return _layout(
        "jintang_shiyan_village_list", "https://bbs.mala.cn/thread-11967116-1-348.html",
        "村 村干部廉政风险防控一览表, after the source's 村 低保 checked by the 市民政局 (村组干部, 低保花名册, 低保证, 死亡人员"
        "未注销, 低保金 回收): a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 and 姓名 merged "
        "per person (no 科室 column)/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "村党委书记（签字） line",
        [sh], t,
    )  # fmt: skip


def jintang_guiwan_village_cards() -> dict:
    unit = f"{PLACE}土桥镇桂湾村村民委员会"
    t = _Truth(unit)
    cards = [
        ("村委会主任", "阚曈岫", "leader", "主持村委会全面工作，负责危房改造、村级工程项目", [
            ("危房改造对象重复申报、编造虚假材料", "★★★", "改造对象村民代表评议，镇村两级公示。"),
            ("从农户危房改造补助款中“抽头”", "★★★", "补助资金直接打卡到户，回访核实。"),
            ("村级工程项目不经村民代表会议决定", "★★", "严格执行“四议两公开”。"),
        ]),
        ("村文书", "逄潆樾", "general", "负责村务公开、档案管理和证明出具", [
            ("村务公开内容不全、不及时", "★★", "公开清单化，镇纪委抽查。"),
            ("违规出具户籍、收入证明", "★", "证明出具登记，两委集体审核。"),
        ]),
        ("报账员", "缑沚澜", "general", "负责村级报账和补助资金造册", [
            ("补助资金造册时虚报、冒领", "★★★", "花名册经村务监督委员会审核签字。"),
            ("报账票据不全、白条入账", "★★", "票据经手人、证明人、审批人三签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, tier, work, points in cards:
        sh = _Sheet(tab, [6, 38, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", tab, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("本人签名：", None, "监督电话：028-12388", None)
        sheets.append(sh)
    return _layout(
        "jintang_guiwan_village_cards",
        "http://www.zjdj.com.cn/ffqy/pasj/201802/t20180223_6642650.shtml",
        "村 岗位廉政风险防控卡, one sheet a holder (tabs 村委会主任, 村文书, 报账员), after the source's 村 whose 干部 took a "
        "cut of 危房改造补助 (重复申报, 编造虚假材料, “抽头”, 扶贫专项资金): a title, the pairs ``姓　名 | … | 职　务 | …``, a "
        "merged ``分管工作`` line, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``本人签名： | 监督电话：…``; no type column, no 科室",
        sheets, t,
    )  # fmt: skip


def jintang_taiping_community_posts() -> dict:
    unit = f"{PLACE}三溪镇太平社区居民委员会"
    sh = _Sheet("排查表", [6, 20, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社区党委书记、居委会主任", "leader", [
            ("低保金分配", "以“民意”为名将低保金平均分给全体居民", "制度机制风险", "高风险",
             "低保金专款专用，按审批名单打卡发放。"),
            ("集体决策", "重大事项不经居民代表会议决定", "制度机制风险", "中风险", "严格执行“四议两公开”。"),
        ]),
        ("民政协理员", "general", [
            ("低保发放花名册", "伪造困难群众签名，编造发放花名册", "岗位职责风险", "高风险",
             "花名册由居务监督委员会逐户核对。"),
            ("救助申请受理", "对申请材料不审核即上报", "业务流程风险", "中风险", "材料清单化审核，受理登记。"),
        ]),
        ("网格员", "general", [
            ("入户调查", "入户调查不如实记录家庭收入", "岗位职责风险", "中风险", "入户调查两人以上，调查表签字。"),
            ("信息采集", "泄露居民个人信息", "外部环境风险", "低风险", "信息系统分级授权，查询留痕。"),
        ]),
        ("社区居务监督委员会主任", "middle", [
            ("财务监督", "对社区财务收支审核走过场", "思想道德风险", "低风险", "每月审核账目，结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "jintang_taiping_community_posts",
        "http://chinareview.com.cn/html/liluntansuo/lilunxuexi/2017/1228/36863.html",
        "社区 岗位廉政风险点排查表 对岗不对人, after the source's 村 that shared the 低保金 out among all its people "
        "(伪造贫困人员签名, 发放低保花名册, 专款专用): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/"
        "风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names, no 科室; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def jintang_fuxing_agri_center_groups() -> dict:
    unit = f"{PLACE}福兴镇农业服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "昝霂岐", "leader", [
                ("良种推广", "指定良种供应商，收受回扣", "Ⅰ级", "良种采购集体研究，供应商比选。"),
                ("项目资金", "农技推广项目资金挪作他用", "Ⅰ级", "项目资金专账核算，按季公开。"),
            ]),
        ]),
        ("二、农业技术推广站", "农业技术推广站", [
            ("站长", "璩潇岷", "middle", [
                ("农民培训", "虚报培训人数、套取培训经费", "Ⅱ级", "培训签到拍照留档，经费据实结算。"),
            ]),
            ("农技员", "栾渌瑶", "general", [
                ("农产品质量安全检测", "检测结果弄虚作假", "Ⅱ级", "检测样品双人封样，结果复核。"),
                ("农业信息发布", "向特定经营者提前透露补贴信息", "Ⅲ级", "信息统一发布，发布记录存档。"),
            ]),
        ]),
        ("三、农村经营管理站", "农村经营管理站", [
            ("站长", "隗澹岫", "middle", [
                ("村级财务代理", "代理记账中为村干部虚列开支开绿灯", "Ⅰ级", "村级凭证逐笔审核，异常支出报告。"),
            ]),
            ("农经员", "訾淇霜", "general", [
                ("土地承包经营权流转", "流转合同备案审核不严", "Ⅲ级", "合同统一文本，备案登记。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    source = (
        "https://www.httgc.com/kk/jie-mi-zhen-nong-ye-ji-shu-tui-guang-fu-wu-zhong-xin-zhu-li-"
        "xiang-cun-zhen-xing-de-mi-mi-wu-qi.html"
    )
    return _layout(
        "jintang_fuxing_agri_center_groups", source,
        "镇农业服务中心 廉政风险防控责任清单, after the source's 镇 农业技术推广服务中心 (良种推广, 种植技术, 农民培训, 农业信息, "
        "农产品质量安全): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、农业技术推广站``, ``三、农村经营管理站`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jintang_huaikou_chc_selfchecks() -> dict:
    unit = f"{PLACE}淮口街道社区卫生服务中心"
    t = _Truth(unit)
    people = [
        ("酆曦岑", "中心领导", "主任", "leader", [
            ("基本药物网上采购外另行采购非目录药品", "制度机制", "一级风险", "药品一律平台采购，非目录药品报备。", "已落实"),
            ("绩效考核分配向个人倾斜", "思想道德", "二级风险", "分配方案职工代表讨论通过并公示。", "已落实"),
        ]),
        ("滕澍瑶", "药剂科", "药剂员", "general", [
            ("基本药物不执行零差率销售", "业务流程", "一级风险", "售价系统锁定，每月抽查处方。", "未发现问题"),
            ("药品出入库账实不符", "岗位职责", "二级风险", "每月盘点，账物核对。", "正在整改"),
        ]),
        ("笪沁岚", "公共卫生科", "公卫医生", "general", [
            ("虚报公共卫生服务人数，套取补助资金", "岗位职责", "一级风险", "服务记录电话回访核实。", "已落实"),
            ("健康档案编造、重复建档", "业务流程", "三级风险", "档案系统查重，季度抽查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "jintang_huaikou_chc_selfchecks",
        "https://abg.baidu.com/tags/zk24vkn37gy35uvjz3x5nrvwzc6krufhx66lvs5z3tao3mhmw6ua14",
        "街道社区卫生服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 基本药物制度 "
        "绩效考核 (基层医疗卫生机构, 零差率销售, 网上采购, 公共卫生服务): a title, a label row ``姓　名 | 科　室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施/``自查情况``; a blank row and ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def jintang_bailin_village_list() -> dict:
    unit = f"{PLACE}又新镇柏林村村民委员会"
    sh = _Sheet("一览表", [6, 20, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村党委书记、村委会主任", "仉澜汀", "leader", "村委会与股份经济合作社账目混用、不分账", "制度机制风险", "Ⅰ",
         "村（居）委会与股份经济合作社分账核算。"),
        ("村党委书记、村委会主任", "仉澜汀", "leader", "集体收益分配方案不经成员代表大会通过", "岗位职责风险", "Ⅱ",
         "分配方案成员代表大会表决并公示。"),
        ("村会计", "蔺昀澧", "general", "多头开设银行账户，资金体外循环", "业务流程风险", "Ⅰ",
         "只开设一个基本存款账户，镇农经站定期核查。"),
        ("村会计", "蔺昀澧", "general", "委托代理记账资料报送不全", "岗位职责风险", "Ⅲ", "凭证按月报送镇代理中心。"),
        ("村务监督委员会主任", "厍霁沅", "middle", "财务公开监督走过场", "思想道德风险", "Ⅱ", "每月审核公开内容并签字。"),
        ("村务监督委员会主任", "厍霁沅", "middle", "对大额开支审核不提出意见", "外部环境风险", "Ⅲ",
         "大额开支事前审核，意见书面留存。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "jintang_bailin_village_list", "https://www.360docs.net/doc/7e15595110.html",
        "村 岗位廉政风险防控一览表, after the source's 省 notice on 村（居）委会 and 股份经济合作社 分账 (基本存款账户, 委托代理 "
        "建账核算, 财务公开): a title, then 序号/岗位/``责任人`` written on EVERY row (no merges, no 科室)/廉政风险点/风险类型 "
        "``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jintang_zhuanlong_town_revised_strikes(),
    jintang_wufeng_town_two_sheets(),
    jintang_shiyan_village_list(),
    jintang_guiwan_village_cards(),
    jintang_taiping_community_posts(),
    jintang_fuxing_agri_center_groups(),
    jintang_huaikou_chc_selfchecks(),
    jintang_bailin_village_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus the cells a sheet
    lists under ``rich``, written in rich text: parts struck through or red, as marked."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 9, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    fonts = {
        "": wb.add_format({"font_name": "宋体", "font_size": 10}),
        STRUCK: wb.add_format({"font_name": "宋体", "font_size": 10, "font_strikeout": True}),
        RED: wb.add_format({"font_name": "宋体", "font_size": 10, "font_color": "#FF0000"}),
    }

    def put(ws, r: int, c: int, v, rich: dict) -> None:
        if (r, c) in rich:
            parts = []
            for text, mark in rich[(r, c)]:
                parts += [fonts[mark], text]
            ws.write_rich_string(r, c, *parts, fmt)
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        rich = {(r, c): parts for r, c, parts in sheet.get("rich", [])}
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
                put(ws, r, c, v, rich)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, rich)
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch335-inbox"))
