"""The four-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文物 and 文化
bodies, 绥德县 (a county of 榆林 in the 陕北 loess hills, its staff Han) — the 县文化和旅游局, the
县文物管理所, the 县非物质文化遗产保护中心, the 县文化馆, the 县革命历史纪念馆, the 县博物馆 and the 综合文化站
of two of its towns (名州镇, 义合镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表
its staff typed in WPS or Excel:

- the 文化和旅游局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  an 编制/审核/date line under each;
- the 文物管理所's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 非物质文化遗产保护中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务
  | …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中心主任（签字）：``;
- the 名州镇综合文化站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 义合镇综合文化站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、文化活动组``, ``三、图书阅览组``
  merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 文化馆's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line: ``部室``
  merged (``馆领导``, ``办公室``, ``群文活动部``, ``培训辅导部``), ``岗位`` and ``姓名`` merged per person,
  ``廉政风险点``, short types, 高/中/低;
- the 革命历史纪念馆's 清单 written out on EVERY row (nothing merged): ``部门 | 岗位 | 责任人 | 廉政风险点
  | 风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 馆长 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``suide_museum_typeface_levels``: the 博物馆's 岗位廉政风险防控一览表 as the museum PRINTS IT IN BLACK
  AND WHITE for its 公示栏: ``序号 | 部室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施`` (部室 merged,
  岗位 and 姓名 merged per person, short types) and NO LEVEL COLUMN — the level of each point is given
  ONLY BY THE TYPEFACE OF ITS ``廉政风险点`` CELL, as a merged ``注：`` line under the table says:
  ``加粗并加下划线的为一级风险点，加粗的为二级风险点，常规字体的为三级风险点`` (each such cell is bold, or
  bold and underlined, as a whole; the text itself carries no mark, bracket or level word, and no
  cell of the sheet is coloured). The README's 读得懂的表 knows levels given by FORMATTING only as
  colour — a cell's fill (``LEVEL_COLOURS``), a whole row's text colour (红字高、蓝字中), conditional
  icons (``LEVEL_ICONS``), filled shapes drawn over the level cell (``LEVEL_SHAPES``), form-control
  check boxes (``LEVEL_CHECKBOXES``), a number format showing a word (``WORDS_BY_FORMAT``) — and bold
  only as the part of a cell that is the point, before a plain description (batch399's rich text);
  strikethrough marks deleted rows or words, not levels. It does not describe a level given by a
  cell's FONT WEIGHT AND UNDERLINE, which is how a list meant for a black-and-white print (where
  colours are lost) marks its levels. No earlier batch writes one: ``grep -l underline
  tests/published/batch*.py`` finds none, and the one batch writing bold (batch399) bolds a point's
  lead-in, with a level column beside it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省文物局 on building a 文物安全管理体系 —
盗掘古墓葬案, 执法督察, 文物公安联合执法; a 省政府 notice on 文物安全 — 属地管理, 文物安全责任和
负责人, 安全巡查, 文物法人违法, 执法督察队伍;
a study of 非遗保护制度 — 四级名录, 代表性传承人, 传习所, 保护资金; a report on a town's 文化站 — 站长
兼职, 编制, 每年的活动经费, 奖品, 开放次数; a survey of 乡镇文化站 — 设施和场地, 活动经费, 文化专干,
培训; an essay on 送文化下乡 政府采购 — 围标串标, 准入门槛, 流程不透明, 群众参与;
a 市审计局 on 博物馆、纪念馆 — 布展工程 申报、审报、验收程序, 文物库房 建设 and 改造; a 市审计局 on a
博物馆's 征集文物 — 征集清单, 库房, 文物保护专项资金) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 绥德县, named with the
county's name (no earlier unit holds ``绥德县``; 名州镇 and 义合镇 are towns of the county).

Run ``python tests/published/score.py --set batch432`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉政风险点`` cell written bold and underlined is a point of level 1, one
  written bold (not underlined) of level 2, one in the plain font of level 3, as its ``注：`` line
  says; the point is the cell's whole text (its typeface carries no text); the ``注：`` line is no
  point;
- ``局领导`` (the 文化和旅游局's sheet of its leaders, named so by its tab and title), ``所领导``,
  ``馆领导`` (部室 cells) and ``站领导`` (a group row) are the 科室 of those leaders; a 局's 股 and
  办公室, a 所's and a 馆's 股, 部 and 办公室, a 站's 组 are 科室; a group row ``二、文化活动组`` gives the
  科室 ``文化活动组`` (its number left off); the 非物质文化遗产保护中心's cards and the 名州镇 station's
  sheets name no 科室 (the cards' ``所在单位`` is the 中心 itself): their 科室 is "";
- 局长, 副局长, 所长, 副所长, a 中心's 主任 and 副主任, 馆长, 副馆长 and 站长 are leaders; 股长, the
  办公室's 主任, a 馆's 部长 and a 站's 组长 middle; the rest (科员, 会计, 出纳, 保管员, 讲解员, 辅导员,
  文化专干, 管理员, 文物保护员, 安全巡查员) general;
- ``风险点 | 风险表现`` (the 文物管理所's list): the point is the short 风险点; ``分管工作``, ``职责事项``
  and ``自查情况`` are no points and name no holder; the 文物管理所's list names no person: its forms
  are posts (对岗不对人); in the 革命历史纪念馆's list the LAST column ``责任领导`` names a supervisor
  (the 馆长, holder of his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 纪念馆's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``'s
borders, 宋体 10 and taller rows for wrapped cells, plus the harder sheet's cells written whole in a
bold or a bold-and-underlined font) and ``truth.json``; no re-saved copies (as batch280 and batch426).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b432_"
PLACE = "绥德县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"


class _FaceSheet(_Sheet):
    """A sheet some of whose cells are written whole in another typeface: ``faces[(r, c)]`` is
    ``"bold"`` or ``"bold_underline"``; the row keeps the cell's text as a reader sees it."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.faces: dict[tuple[int, int], str] = {}

    def data(self) -> dict:
        faces = [[r, c, face] for (r, c), face in sorted(self.faces.items())]
        return {**super().data(), "faces": faces}


# --------------------------------------------------------------------------- harder layout

FACE_NAME = "suide_museum_typeface_levels"
FACE_UNIT = f"{PLACE}博物馆"
FACE_TAB = "一览表"
FACE_HEAD = ("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
FACE_POINT = 4
# the typeface a level is printed in, and back
FACES = {1: "bold_underline", 2: "bold", 3: None}
FACE_LEVELS = {face: lv for lv, face in FACES.items()}
FACE_NOTE = (
    "注：本表按黑白打印公示，风险等级以风险点字体区分：加粗并加下划线的为一级风险点，"
    "加粗的为二级风险点，常规字体的为三级风险点。"
)

# (部室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
FACE_ROWS = [
    ("馆领导", "馆长", "蔺瑭岷", "leader", [
        ("文物征集项目和专项经费使用不经馆务会集体研究", "制度机制", 1,
         "征集计划和经费预算报县文化和旅游局审定，馆务会集体研究，纪要存档。"),
        ("布展工程指定施工单位、化整为零规避招标", "外部环境", 1, "布展工程按限额标准进场交易，申报、审报、验收程序公开。"),
    ]),
    ("馆领导", "副馆长", "訾溱瑶", "leader", [
        ("文物鉴定专家小组名单由个人确定", "岗位职责", 2, "专家从省文物鉴定专家库随机抽取，名单存档。"),
    ]),
    ("藏品保管部", "部长", "逯珺汐", "middle", [
        ("征集文物估价虚高，与出让人串通", "业务流程", 1, "征集价格经专家小组评估，征集清单与入库账逐件核对。"),
        ("藏品出库借展手续不全", "制度机制", 2, "藏品出库凭审批单，借展协议经馆长签批。"),
    ]),
    ("藏品保管部", "保管员", "禚峤岚", "general", [
        ("库房藏品账物不符，私自调换藏品", "岗位职责", 2, "库房双人双锁，每年账物全面清点一次。"),
        ("藏品拍照、资料外传牟利", "思想道德", 3, "藏品影像资料专人管理，调用登记。"),
    ]),
    ("陈列展览部", "部长", "亓霁澐", "middle", [
        ("临时展览合作方选择不公开", "业务流程", 2, "合作方比选，展览方案报馆务会审定。"),
    ]),
    ("社会教育部", "讲解员", "笪苒泱", "general", [
        ("为旅行团有偿讲解、收取好处", "思想道德", 3, "讲解预约登记，免费讲解公示。"),
    ]),
    ("办公室", "会计", "昝沚璎", "general", [
        ("文物保护专项资金挤占挪用", "制度机制", 2, "专项资金专账核算，年度接受审计。"),
        ("报销凭证审核不严，虚列展览费用", "业务流程", 3, "报销经办、审核、审批三签，每季度内审。"),
    ]),
]  # fmt: skip


def suide_museum_typeface_levels() -> dict:
    unit = FACE_UNIT
    sh = _FaceSheet(FACE_TAB, [6, 12, 9, 9, 44, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add(*FACE_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FACE_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, measures)
            if FACES[lv]:
                sh.faces[(r, FACE_POINT)] = FACES[lv]
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FACE_NOTE, 7)
    sh.add("制表：", None, None, "审核：", None, DATE, None)
    return _layout(
        FACE_NAME, "http://sjfz.org.cn/show-31228.html",
        "(harder) 县博物馆 岗位廉政风险防控一览表 PRINTED IN BLACK AND WHITE for its 公示栏, after the source's 审计局 at a 博物馆 "
        "(征集文物清单, 库房, 文物保护专项资金): a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/部室 merged "
        "(馆领导, 藏品保管部, 陈列展览部, 社会教育部, 办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "防控措施 and NO LEVEL COLUMN: each 廉政风险点 cell is written whole in BOLD AND UNDERLINED (一级), BOLD (二级) or the "
        "plain font (三级), as a merged ``注：`` line under the table says; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suide_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郇霁岷", "局长", "主持全面工作，分管人事、财务", [
            ("文物保护和公共文化项目资金分配个人说了算", "一级", "项目资金分配经党组会集体研究，会议纪要存档。"),
            ("干部选任和评先评优中搞亲疏远近", "二级", "选任按程序动议、考察、公示，评优结果公开。"),
        ]),
        ("酆沅珂", "副局长", "分管文物保护、非物质文化遗产", [
            ("文物保护工程插手干预、指定施工单位", "一级", "文物保护工程按限额进场交易，过问插手登记报告。"),
            ("文物违法案件查处降格处理、以罚代刑", "三级", "案件集体审理，涉嫌犯罪的一律移送公安机关。"),
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
    staff = _Sheet("股室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "缑翎澍", "middle", [
            ("公务接待和会议费用超标准列支", "二级", "接待事前审批，费用按月公开。"),
        ]),
        ("办公室", "会计", "璩樾棠", "general", [
            ("局直各单位专项资金拨付不按进度", "二级", "专项资金凭进度报表和审批单拨付。"),
            ("票据审核不严，虚列支出", "三级", "报销凭证三级审核，每季度内审。"),
        ]),
        ("文物股", "股长", "钭昀骞", "middle", [
            ("文物保护单位保护范围内建设项目审核把关不严", "一级", "审核意见经股室集体研究，报分管领导签批。"),
            ("文物安全检查走过场，隐患不督促整改", "二级", "检查问题清单化，整改情况复查销号。"),
        ]),
        ("公共服务股", "股长", "甄鹭汀", "middle", [
            ("送文化下乡演出项目采购暗箱操作", "一级", "演出项目公开采购，群众评议结果公示。"),
        ]),
        ("公共服务股", "科员", "妫沁岚", "general", [
            ("乡镇综合文化站免费开放补助资金核定不实", "三级", "补助按开放台账核定，抽查核实。"),
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
        "suide_culture_tourism_bureau_two_sheets", "http://whhlyt.hunan.gov.cn/whhlyt/news/gzdt/201612/t20161206_5423259.html",
        "县文化和旅游局 廉政风险防控表 in two sheets, after the source's 省文物局 on building a 文物安全管理体系 (盗掘古墓葬案, "
        "执法督察, 文物公安联合执法, 文物安全责任): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 "
        "``一级/二级/三级``/防控措施) and ``股室`` (a title, 序号/股室 merged (办公室, 文物股, 公共服务股)/岗位 and 姓名 merged "
        "per person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def suide_relics_office_posts() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("文物等级推荐申报", "对不可移动文物等级推荐申报材料把关不严，为关系人打招呼", "思想道德风险", "Ⅰ级",
             "推荐申报材料所务会集体审核，结果公示。"),
            ("文物库房改造项目", "库房改造项目不按规定程序发包", "制度机制风险", "Ⅰ级", "项目按限额标准公开发包，全程留痕。"),
        ]),
        ("所领导", "副所长", "leader", [
            ("文物保护标志和公示牌制作", "标志牌制作采购不比价，虚报数量", "业务流程风险", "Ⅱ级", "采购三家比价，验收逐处拍照。"),
        ]),
        ("文物保护股", "文物保护员", "general", [
            ("不可移动文物调查建档", "调查记录不实，对破坏文物线索隐瞒不报", "岗位职责风险", "Ⅱ级", "调查资料双人签字，线索登记上报。"),
            ("民间收藏文物指导", "借指导之机低价收购、倒卖文物", "外部环境风险", "Ⅰ级", "指导活动两人以上，严禁个人收藏买卖。"),
        ]),
        ("安全保卫股", "安全巡查员", "general", [
            ("文物安全巡查", "巡查不到位，巡查记录补写造假", "岗位职责风险", "Ⅲ级", "巡查轨迹定位打卡，股长每周抽查。"),
            ("库房值班和进出登记", "进出库房不登记，私自带人进入库房", "制度机制风险", "Ⅱ级", "进出库房双人登记，监控录像保存。"),
        ]),
        ("安全保卫股", "股长", "middle", [
            ("群防员补助发放", "文物保护群防员补助冒名领取", "业务流程风险", "Ⅲ级", "补助发放到人，名单在镇村公示。"),
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
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "suide_relics_office_posts", "http://jiangxi.chinagdp.org/dfzc/201809/671.html",
        "县文物管理所 岗位廉政风险点排查表 对岗不对人, after the source's 省政府 notice on 文物安全 (属地管理, 文物安全责任, 文物"
        "安全负责人, 安全巡查, 文物法人违法, 执法督察队伍): a title, then 序号/部室 "
        "merged (所领导, 文物保护股, 安全保卫股)/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def suide_ich_center_cards() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    t = _Truth(unit)
    cards = [
        ("主任", "雎瀚霖", "leader", [
            ("代表性传承人推荐认定中优亲厚友", "★★★", "推荐认定经专家评审、中心集体研究，结果公示。"),
            ("传习所补助资金分配不公开", "★★★", "补助分配方案公开，按考核结果拨付。"),
            ("接受申报单位宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "宓沣芷", "leader", [
            ("非遗项目申报材料把关不严、弄虚作假", "★★", "申报材料逐项核实，实地走访。"),
            ("非遗展演活动经费虚报", "★★★", "活动经费据实结算，票据逐张审核。"),
        ]),
        ("科员", "竺泓岫", "general", [
            ("传承人补助发放不及时、截留", "★★", "补助资金直接发放到传承人账户，每年核对。"),
            ("项目档案资料管理不善、外借不登记", "★", "档案资料借阅登记，定期清点。"),
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
        "suide_ich_center_cards", "http://www.sdfeiyi.org/document/338.html",
        "县非物质文化遗产保护中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 科员), after the source's study of 非遗保护"
        "制度 (四级名录, 代表性传承人, 传习所, 保护资金): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def suide_mingzhou_station_selfchecks() -> dict:
    unit = f"{PLACE}名州镇综合文化站"
    t = _Truth(unit)
    people = [
        ("扈岚澈", "站长", "leader", [
            ("文化活动经费和奖品采购不比价、虚报数量", "高风险", "活动经费支出经镇党委审批，奖品发放签收。", "已落实"),
            ("场地设施出租收入不入账", "高风险", "出租收入全额上缴镇财政所，按季公示。", "未发现问题"),
            ("免费开放台账弄虚作假", "中风险", "开放台账每日登记，镇纪委不定期抽查。", "已落实"),
        ]),
        ("郗晗菁", "文化专干", "general", [
            ("文艺培训报名收取费用", "中风险", "培训一律免费，报名名单公示。", "未发现问题"),
            ("器材借用不登记、损坏不追责", "低风险", "器材借用登记，归还验收。", "已落实"),
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
        "suide_mingzhou_station_selfchecks", "http://hhhtmd.com/hqzx/5040.html",
        "镇综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's report on a town's "
        "文化站 (站长 兼职, 编制, 每年的活动经费, 奖品, 开放次数): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def suide_yihe_station_group_rows() -> dict:
    unit = f"{PLACE}义合镇综合文化站"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "濮珞川", "leader", [
                ("设施设备购置", "文化器材购置指定供应商，以次充好", "业务流程风险", "一级风险",
                 "购置经镇政府审批，三家比价，验收两人以上。"),
                ("经费管理", "活动经费挪作他用", "制度机制风险", "二级风险", "经费纳入镇财政统一核算，专款专用。"),
            ]),
        ]),
        ("二、文化活动组", "文化活动组", [
            ("组长", "暴澜馨", "middle", [
                ("群众文艺演出组织", "演出队伍选定优亲厚友，虚报演出场次", "思想道德风险", "二级风险",
                 "演出队伍公开遴选，场次拍照存档。"),
            ]),
            ("辅导员", "冼泠岳", "general", [
                ("文化骨干培训", "培训签到造假，虚报培训人数", "岗位职责风险", "三级风险", "培训签到和照片一并存档。"),
            ]),
        ]),
        ("三、图书阅览组", "图书阅览组", [
            ("管理员", "鄢祎琛", "general", [
                ("图书入藏登记", "捐赠图书不登记、私自处置", "岗位职责风险", "二级风险", "捐赠图书登记造册，每年清点。"),
                ("阅览室开放", "不按时开放，开放记录补写", "外部环境风险", "三级风险", "开放时间公示，群众监督。"),
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
        "suide_yihe_station_group_rows", "http://woc88.com/v-510821.html",
        "镇综合文化站 廉政风险防控责任清单, after the source's survey of 乡镇文化站 (设施和场地, 活动经费, 文化专干, 培训, 文化活动): a "
        "title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、站领导``, ``二、文化活动组``, ``三、图书阅览组`` merged across (no 组 column); 岗位 and 责任人 merged per "
        "person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def suide_culture_center_list() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "褚蓠瀛", "leader", [
            ("展演活动项目不经预审、个人决定承办单位", "制度机制", "高", "展演活动执行预审制度，承办单位比选确定。"),
            ("馆内资产处置不按程序报批", "业务流程", "中", "资产处置报县文化和旅游局、财政局审批。"),
        ]),
        ("馆领导", "副馆长", "郏汐珩", "leader", [
            ("群众文艺作品评奖打招呼、评审不公", "思想道德", "高", "评审专家随机抽取，评审结果公示。"),
        ]),
        ("办公室", "会计", "辜莘媛", "general", [
            ("政府采购化整为零，规避采购程序", "制度机制", "中", "采购计划年初编报，超限额一律公开采购。"),
            ("展演活动结报票据不实", "岗位职责", "低", "活动结报附合同、照片和签到表。"),
        ]),
        ("群文活动部", "部长", "聂霂岑", "middle", [
            ("下乡演出场次虚报，套取补助", "业务流程", "高", "演出回执由镇综合文化站盖章确认。"),
        ]),
        ("培训辅导部", "辅导员", "晏涟舟", "general", [
            ("公益培训向学员收费或推销教材", "外部环境", "低", "培训免费，投诉电话公开。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "suide_culture_center_list", "https://www.meipian.cn/5j3ac837",
        "县文化馆 岗位廉政风险防控一览表, after the source's essay on 送文化下乡 政府采购 (围标串标, 准入门槛, 流程不透明, 群众参与, "
        "非遗传承): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/部室 merged (馆领导, "
        "办公室, 群文活动部, 培训辅导部)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def suide_memorial_hall_every_row() -> dict:
    unit = f"{PLACE}革命历史纪念馆"
    sh = _Sheet("清单", [6, 12, 9, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "阚泷砚"
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("馆领导", "馆长", chief, "leader", "布展工程申报、验收程序不规范", "Ⅰ", "布展工程申报、审报、验收程序书面规定，集体研究。"),
        ("馆领导", "馆长", chief, "leader", "库房改造资金使用不按预算", "Ⅱ", "改造资金按预算和进度拨付，年终审计。"),
        ("陈列部", "讲解员", "郜苡澄", "general", "接受参观团体礼品、宴请", "Ⅲ", "讲解服务免费，签订廉洁承诺书。"),
        ("保管部", "保管员", "邰湛枫", "general", "革命文物打包存放不登记、遗失不报", "Ⅰ", "文物出入库逐件登记，每季盘点。"),
        ("保管部", "保管员", "邰湛枫", "general", "借用文物复制品不履行手续", "Ⅱ", "复制品借用经馆长审批。"),
        ("办公室", "会计", "仝沛霓", "general", "讲解员劳务费发放虚报人次", "Ⅱ", "劳务费按排班表核发，本人签收。"),
        ("办公室", "会计", "仝沛霓", "general", "现金收支不及时入账", "Ⅲ", "收入当日入账，每月与银行对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, chief)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "suide_memorial_hall_every_row", "http://pdlskedhotel.com/sjb/2022/1012/c76a110525/page.html",
        "县革命历史纪念馆 廉政风险防控清单, after the source's 市审计局 on 博物馆、纪念馆 (布展工程 申报、审报、验收程序, 文物库房 "
        "建设和改造, 打包存放的文物): a title, then 序号/部门/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 馆长 on every row; no type column; a merged ``注：`` "
        "line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suide_museum_typeface_levels(),
    suide_culture_tourism_bureau_two_sheets(),
    suide_relics_office_posts(),
    suide_ich_center_cards(),
    suide_mingzhou_station_selfchecks(),
    suide_yihe_station_group_rows(),
    suide_culture_center_list(),
    suide_memorial_hall_every_row(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus the cells a
    sheet lists under ``faces``, written whole in a bold or a bold-and-underlined font."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 11, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    face_fmts = {
        "bold": wb.add_format({**base, "bold": True}),
        "bold_underline": wb.add_format({**base, "bold": True, "underline": 1}),
    }

    def put(ws, r: int, c: int, v, faces: dict) -> None:
        if (r, c) in faces:
            ws.write_string(r, c, v, face_fmts[faces[(r, c)]])
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        faces = {(r, c): face for r, c, face in sheet.get("faces", [])}
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
                put(ws, r, c, v, faces)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, faces)
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch432-inbox"))
