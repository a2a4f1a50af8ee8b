"""The three-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 能源 and 应急
bodies, 彬州市 (a county-level city of 咸阳 on the 泾河, in the 彬长 coal field, its staff Han) — the
市能源局, the 市应急管理局, the 市煤炭事务中心, the 市安全生产执法大队, the 市消防救援大队, the
市救灾物资储备中心, the 市煤矿安全监管站 and the 市应急救援指挥中心 — each handing back the 一览表,
防控卡, 排查表, 责任清单, 自查表 or 公示表 its staff typed in WPS or Excel:

- the 能源局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, ``一级/二级/三级``, a 填表人/审核人/date line;
- the 应急管理局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type
  column, a 制表/审核/date line under each;
- the 煤炭事务中心's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 安全生产执法大队's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` and ``所在中队 | …`` above ``序号 | 执法环节 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 大队长（签字）：``;
- the 救灾物资储备中心's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 股　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, 高/中/低, ``本人签名： | … | 主任审核：``;
- the 煤矿安全监管站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、监管一股``, ``三、综合股``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 应急救援指挥中心's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``binzhou_fire_brigade_cell_photos``: the 消防救援大队's 岗位廉政风险防控公示表, the table that is
  printed for the 公示栏 in the 营区 hall, made in WPS with a PHOTO of each holder EMBEDDED IN A CELL
  (WPS 表格's 嵌入单元格图片, "图片嵌入单元格"). The heading is ``序号 | 部门 | 岗位 | 姓名 | 照片 |
  廉政风险点 | 风险等级 | 防控措施``; ``部门`` is merged down, ``岗位``, ``姓名`` and ``照片`` are merged
  per person. WPS stores such a picture NOT as a drawing over the sheet but IN THE CELL: the cell
  holds the formula ``_xlfn.DISPIMG("ID_…",1)`` (``ID_`` and 32 hex digits, the picture's name), its
  cached value is the TEXT ``=DISPIMG("ID_…",1)`` (a string cell, ``t="str"``), and the pictures
  themselves lie in a WPS part of the package, ``xl/cellimages.xml`` (``etc:cellImages``, each
  ``xdr:pic`` named by its ID, its ``a:blip`` pointing through ``xl/_rels/cellimages.xml.rels`` at
  ``xl/media/imageN.png``), tied to the workbook by a relationship of WPS's own type
  (``http://www.wps.cn/officeDocument/2020/cellImage``) and an ``Override`` of content type
  ``application/vnd.wps-officedocument.cellimage+xml``. Excel 2021 and older show ``#NAME?`` in
  the cell; any reader of the cached values sees, in the 照片 column between the holder and the
  point, a column of formula-like strings merged over each person's rows. The README's 读得懂的表
  knows pictures of no kind: it knows a TEXT BOX drawn over empty cells (read at its top-left
  cell), cells LINKED TO ANOTHER WORKBOOK read by their cached value, a template's FORMULA rows
  that compute blank, levels stored as numbers and shown as words, symbol-font boxes, and columns
  it cannot place reported as ``CELL_OUTSIDE``; it does not describe a column of pictures at all,
  nor a cell whose cached value is the text of a formula naming a picture. No earlier batch writes a
  picture, a ``DISPIMG`` cell or a ``cellimages`` part (``grep -il 'DISPIMG\\|cellimage\\|insert_image'
  tests/published/batch*.py`` finds none; ``照片`` stands in earlier batches only in the wording of
  measures, ``图斑核查照片`` …).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 消防 system's reform and its
graft — 建审权, 消防审批和验收, 招标采购, 消防经费, 装备; the 能源投资项目 负面清单 and 权力清单 —
核准, 备案, 前置许可, 竞争性方式确定业主 for 光伏, 风电, 火电; a 县应急管理局's 行政执法责任制 — 局长
一名、副局长四名, 危险化学品经营许可, 烟花爆竹经营许可, 事故调查, 执法依据; 煤炭应急保障 — 煤炭储备,
保供, 应急运输, 储备能力; an 应急管理局's 行政处罚自由裁量标准 — 安全生产综合类, 危险化学品类, 烟花爆竹类,
裁量适用; a 救灾物资储备管理规定 — 储备, 调拨, 出入库, 账实相符, 代储, 轮换; a 煤矿安全监察局's
执法经验 — 析、查、督、巡, 暗查暗访, 主办监察员, 关闭退出; a 区's 安全生产 and 应急管理 工作 — 风险辨识
管控, 应急救援, 防灾减灾, 预测预警) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 彬州市, named with the city's name.

Run ``python tests/published/score.py --set batch394`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``照片`` column holds pictures, not text: its cells (``=DISPIMG("ID_…",1)``
  as cached) are no point, no 科室, no post and no holder, and no measure; the holder is the
  ``姓名`` cell, the point the ``廉政风险点`` cell, as in an ordinary list; ``部门`` is the 科室;
- ``局领导`` (the 能源局's 股室 cell, the 应急管理局's sheet of its leaders, named so by its tab and
  title), ``大队领导`` (the 消防救援大队's 部门 cell, the 执法大队 card's ``所在中队``), ``中心领导`` (the
  煤炭事务中心's and the 储备中心's 股室 cell, the 指挥中心's 科室 cell) and ``站领导`` (a group row of
  the 监管站) are the 科室 of those leaders; a 局's, 中心's and 站's 股, 室 and 办公室, a 大队's 中队,
  室 and 消防救援站 are 科室; a group row ``二、监管一股`` gives the 科室 ``监管一股`` (its number left
  off);
- 局长, 副局长, a 中心's 主任 and 副主任, 站长 (of the 监管站, a unit), 大队长, 副大队长 and 政治教导员
  are leaders; 股长, 中队长, 办公室主任 and the 站长 of the 大队's 消防救援站 (a 科室 of the 大队) middle;
  the rest (科员, 会计, 出纳, 统计员, 执法队员, 防火监督员, 保管员, 监管员, 值班调度员, 信息员) general;
- ``风险点 | 风险表现`` (the 煤炭事务中心's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``执法环节`` and ``自查情况`` are no points and name no holder; the 煤炭事务中心's list
  names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 指挥中心's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder one with its picture cells and ``cellimages`` part as WPS writes
them) and ``truth.json``; no re-saved copies (as batch280 and batch390).
"""

from __future__ import annotations

import hashlib
import re
import struct
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import write_xlsx as _write_plain
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b394_"
PLACE = "彬州市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年6月"


# --------------------------------------------------------------------------- harder layout

PHOTO_UNIT = f"{PLACE}消防救援大队"
PHOTO_TAB = "公示表"
PHOTO_HEAD = ("序号", "部门", "岗位", "姓名", "照片", "廉政风险点", "风险等级", "防控措施")
PHOTO_COL = PHOTO_HEAD.index("照片")
CELLIMAGE_REL = "http://www.wps.cn/officeDocument/2020/cellImage"
CELLIMAGE_TYPE = "application/vnd.wps-officedocument.cellimage+xml"
DISPIMG = re.compile(r'^=DISPIMG\("(ID_[0-9A-F]{32})",1\)$')


def photo_id(who: str) -> str:
    """The name WPS gives an embedded picture: ``ID_`` and 32 hex digits."""
    return "ID_" + hashlib.md5(f"彬州消防{who}".encode()).hexdigest().upper()


def photo_cell(who: str) -> str:
    """What a reader of cached values finds in the 照片 cell: the formula's text."""
    return f'=DISPIMG("{photo_id(who)}",1)'


# (部门, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
PHOTO_ROWS = [
    ("大队领导", "大队长", "蒯澐峤", "leader", [
        ("消防装备和营房维修采购化整为零规避招标", "高", "采购项目按限额公开招标，采购需求经党委会集体研究。"),
        ("干部选拔、消防员招录中优亲厚友", "高", "招录条件和结果公开，全程纪实并报支队备案。"),
    ]),
    ("大队领导", "政治教导员", "禚珝澔", "leader", [
        ("评功评奖和士官晋级推荐不公", "中", "推荐名额和结果营区公示，接受指战员监督。"),
    ]),
    ("大队领导", "副大队长", "昝屺霖", "leader", [
        ("对建设工程消防验收打招呼、说情", "高", "过问插手消防审验事项一律登记报告。"),
        ("火灾事故调查结论受人情干扰", "中", "事故调查两人以上，认定结论集体审核。"),
    ]),
    ("防火监督室", "防火监督员", "郜沄翀", "general", [
        ("监督检查中对火灾隐患降格处理", "高", "检查全程执法记录仪记录，隐患整改复查销号。"),
        ("向被检查单位推荐消防产品和技术服务机构", "中", "严禁指定、推荐消防产品和维保单位，发现一律追责。"),
        ("接受被检查单位宴请和礼品", "低", "签订廉洁执法承诺书，检查结果网上公开。"),
    ]),
    ("防火监督室", "法制审核员", "鄂湉珂", "general", [
        ("行政处罚法制审核走过场", "中", "处罚裁量对照基准逐项说明理由，审核意见存档。"),
    ]),
    ("综合保障室", "会计", "檀昶汧", "general", [
        ("虚列训练、执勤补助，套取消防经费", "高", "补助按花名册和考勤发放，发放结果营区公示。"),
        ("油料、被装发放台账不实", "低", "油料一车一卡，被装按标准发放并登记。"),
    ]),
    ("城区消防救援站", "站长", "濮溧岫", "middle", [
        ("灭火救援器材损耗虚报，私自处置报废器材", "中", "器材报废经技术鉴定，报废清单报大队审批。"),
        ("站内伙食费使用不公开", "低", "伙食费日清月结，账目每月公布。"),
    ]),
]  # fmt: skip


def binzhou_fire_brigade_cell_photos() -> dict:
    unit = PHOTO_UNIT
    sh = _Sheet(PHOTO_TAB, [6, 12, 11, 9, 12, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控公示表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*PHOTO_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in PHOTO_ROWS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, photo_cell(who), point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3, PHOTO_COL)
    _line(sh, "监督电话：12388（市纪委监委）　　0029-3452119（大队纪检）", 8)
    return _layout(
        "binzhou_fire_brigade_cell_photos", "http://kbwe.plaeq.cn/shidagongganchaogupingtai_217364.html",
        "(harder) 市消防救援大队 岗位廉政风险防控公示表 made in WPS with each holder's PHOTO EMBEDDED IN A CELL, after the "
        "source's account of the 消防 system's reform and graft (建审权, 消防审批和验收, 招标采购, 消防经费): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, then 序号/部门 merged (大队领导, 防火监督室, 综合保障室, 城区消防救援站)/岗位, "
        "姓名 and ``照片`` merged per person/廉政风险点/风险等级 高/中/低/防控措施; no type column; the 照片 cells are WPS "
        "嵌入单元格图片 — the formula ``_xlfn.DISPIMG(\"ID_…\",1)`` cached as the TEXT ``=DISPIMG(\"ID_…\",1)``, the "
        "pictures in ``xl/cellimages.xml`` and ``xl/media``; a merged 监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def binzhou_energy_bureau_list() -> dict:
    unit = f"{PLACE}能源局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "甄淏琦", "leader", [
            ("能源投资项目核准不经集体研究，个人说了算", "制度机制", "一级", "核准事项局党组会集体研究，会议纪要存档。"),
            ("为特定关系人争取光伏、风电项目业主资格打招呼", "思想道德", "一级", "项目业主以竞争性方式确定，插手干预事项登记报告。"),
        ]),
        ("局领导", "副局长", "隗峄澂", "leader", [
            ("煤矿产能核增审核把关不严", "岗位职责", "一级", "产能核增组织专家现场核查，结果网上公示。"),
            ("分管股室检查中接受煤矿企业宴请", "外部环境", "三级", "签订廉洁承诺书，检查两人以上同行。"),
        ]),
        ("煤炭管理股", "股长", "邸濛汐", "middle", [
            ("煤矿复工复产验收降低标准", "岗位职责", "一级", "复工复产验收联合应急、自然资源部门共同进行。"),
            ("煤炭产销统计数据弄虚作假", "业务流程", "二级", "统计数据与税务、运销系统比对。"),
        ]),
        ("煤炭管理股", "科员", "蔺珩澍", "general", [
            ("煤矿安全费用提取使用核查走过场", "岗位职责", "三级", "核查要点清单化，股长每月抽查。"),
        ]),
        ("电力与新能源股", "股长", "仉沨岚", "middle", [
            ("分布式光伏项目备案设置前置条件、故意拖延", "业务流程", "二级", "备案在线办理，办理时限网上可查。"),
            ("电力设施保护执法选择性处理", "制度机制", "二级", "执法结果集体审核，处罚决定公开。"),
        ]),
        ("办公室", "会计", "巴翯渟", "general", [
            ("能源专项资金拨付不按进度", "业务流程", "二级", "资金拨付凭验收报告和审批单，按月对账。"),
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
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "binzhou_energy_bureau_list", "http://roeg.cn/m.php?aid=30420&fid=58&page=1",
        "市能源局 岗位廉政风险防控一览表, after the source's 能源投资项目 负面清单 and 权力清单 (核准, 备案, 前置许可, "
        "竞争性方式确定业主 for 光伏, 风电): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then "
        "序号/股室 merged (局领导, 煤炭管理股, 电力与新能源股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def binzhou_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("宓峣滢", "局长", "主持全面工作", [
            ("生产安全事故调查处理中说情、压案", "Ⅰ级", "事故调查组依法组成，调查报告集体审议。"),
            ("重大事项决策搞一言堂", "Ⅰ级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("牟澂昱", "副局长", "分管危险化学品、烟花爆竹安全监管", [
            ("危险化学品经营许可审查降低条件", "Ⅰ级", "许可实行初审、复审两级把关，现场核查两人以上。"),
            ("烟花爆竹经营（零售）许可布点照顾关系户", "Ⅱ级", "布点规划公开，许可结果网上公示。"),
        ]),
        ("郤澴晔", "副局长", "分管防灾减灾、救灾", [
            ("救灾资金分配不按灾情核定", "Ⅱ级", "资金分配方案集体研究，分配结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], ROMAN[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "晏潾珏", "middle", [
            ("公务接待和公务用车超标准", "Ⅲ级", "接待事前审批，派车单按月核对。"),
        ]),
        ("安全生产综合股", "股长", "厍琤溆", "middle", [
            ("安全生产考核打分不公", "Ⅱ级", "考核细则公开，考核结果集体审定。"),
            ("安全评价机构监督检查走过场", "Ⅱ级", "检查对象“双随机”抽取，检查结果公开。"),
        ]),
        ("危险化学品监管股", "股长", "聂燊瑗", "middle", [
            ("重大危险源备案核查不实", "Ⅰ级", "备案资料现场核验，核查记录存档。"),
        ]),
        ("危险化学品监管股", "科员", "亢瀚芃", "general", [
            ("许可申请材料受理把关不严", "Ⅲ级", "受理要件清单化，一次性告知。"),
        ]),
        ("救灾和物资保障股", "股长", "璩汭岑", "middle", [
            ("受灾群众救助对象认定不准，优亲厚友", "Ⅰ级", "救助对象村组评议、乡镇审核、公示。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "binzhou_emergency_bureau_two_sheets", "http://bx.gov.cn/publicity/xzfxx/hzzfxx/sqgk/86991",
        "市应急管理局 file in two sheets after the source's 县应急管理局 行政执法责任制 (局长一名、副局长四名, 危险化学品经营许可, "
        "烟花爆竹经营许可, 事故调查): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) "
        "and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``Ⅰ级/Ⅱ级/Ⅲ级``; "
        "no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def binzhou_coal_center_posts() -> dict:
    unit = f"{PLACE}煤炭事务中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("煤炭储备基地项目安排", "储备基地建设项目不经集体研究，指定施工单位", "制度机制风险", "高风险",
             "项目安排中心办公会研究，施工单位公开招标。"),
            ("应急保供煤分配", "保供煤分配向关系企业倾斜", "岗位职责风险", "高风险", "分配方案按需求核定，结果公示。"),
        ]),
        ("储备调运股", "股长", "middle", [
            ("储备煤轮换出入库", "轮换出入库数量不实，以次充好", "业务流程风险", "高风险", "出入库过磅、采样双人签字，账实每月核对。"),
            ("应急运输车辆调度", "调度时收受运输企业好处", "外部环境风险", "中风险", "调度指令系统留痕，运输企业轮换。"),
        ]),
        ("储备调运股", "保管员", "general", [
            ("储煤场日常管理", "储煤自燃、亏吨不如实上报", "岗位职责风险", "中风险", "储煤温度、库存按日记录，定期盘点。"),
        ]),
        ("行业服务股", "股长", "middle", [
            ("煤矿信息统计核查", "为煤矿少报、漏报产量提供便利", "思想道德风险", "中风险", "统计数据与运销系统比对。"),
            ("煤炭经营企业服务检查", "检查走过场，接受企业礼品", "思想道德风险", "低风险", "检查两人以上，检查结果公开。"),
        ]),
        ("综合股", "出纳", "general", [
            ("储备补贴资金支付", "补贴资金支付不凭审批单据", "业务流程风险", "低风险", "支付凭审批单据，U盾分人保管。"),
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
        "binzhou_coal_center_posts", "http://www.xincoal.com/html/lw/02ec4b9c2126914d.html",
        "市煤炭事务中心 岗位廉政风险点排查表 对岗不对人, after the source's 煤炭应急保障 (煤炭储备, 保供, 应急运输, 储备能力): "
        "a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def binzhou_safety_enforcement_cards() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "沃澜翊", "大队领导", "leader", [
            ("执法计划", "年度执法计划确定检查对象时照顾关系企业", "★★", "检查对象“双随机”抽取，计划报局党组审定。"),
            ("案件审批", "对重大违法行为降格处理、以罚代管", "★★★", "重大案件集体讨论，处罚决定网上公开。"),
        ]),
        ("中队长", "郦淞珝", "执法一中队", "middle", [
            ("暗查暗访", "提前向企业泄露暗查暗访时间和对象", "★★★", "出发前临时确定对象，通讯工具集中管理。"),
            ("处罚裁量", "自由裁量畸轻畸重", "★★", "裁量对照基准逐项说明理由，法制审核把关。"),
        ]),
        ("执法队员", "卞昀澧", "执法一中队", "general", [
            ("现场检查", "检查记录不如实记录隐患", "★★", "执法全过程记录仪记录，记录当事人签字。"),
            ("隐患复查", "未整改到位即出具复查合格意见", "★★★", "复查附现场影像资料，中队长签字负责。"),
            ("廉洁执法", "接受被检查企业宴请", "★", "签订廉洁执法承诺书，检查两人以上。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 12, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在中队", dept, None, None, None)
        sh.add("序号", "执法环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人（签字）：", None, None, "大队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "binzhou_safety_enforcement_cards", "http://zs.gov.cn/yjj/zcgw/zcjd/content/post_2168923.html",
        "市安全生产执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 中队长, 执法队员), after the source's 应急管理局 "
        "行政处罚自由裁量标准 (安全生产综合类, 危险化学品类, 烟花爆竹类, 裁量适用): a title, ``姓　名 | … | 职　务 | …`` and "
        "``所在中队 | …`` rows, then 序号/``执法环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged "
        "``注：`` line on the stars and ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def binzhou_relief_depot_selfchecks() -> dict:
    unit = f"{PLACE}救灾物资储备中心"
    t = _Truth(unit)
    people = [
        ("佟濯岚", "中心领导", "主任", "leader", [
            ("救灾物资采购指定供应商", "制度机制", "高", "采购进入政府采购平台，需求集体研究。", "已落实"),
            ("紧急调拨不按指令，私自借用物资", "岗位职责", "高", "调拨凭应急管理局动用指令，台账留存。", "未发现问题"),
        ]),
        ("帅沅峤", "仓储管理股", "保管员", "general", [
            ("出入库登记不实，账实不符", "业务流程", "中", "出入库双人签字，每季度盘点。", "已落实"),
            ("临近有效期物资私自处置", "思想道德", "中", "轮换处置经中心办公会研究，结果公示。", "已落实"),
            ("代储企业物资核查走过场", "外部环境", "低", "代储物资不定期抽查，核查记录存档。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, DATE, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "binzhou_relief_depot_selfchecks", "http://fgw.longyan.gov.cn/zwgk/zcwj/202503/t20250310_2204461.htm",
        "市救灾物资储备中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "救灾物资储备管理规定 (储备, 调拨, 出入库, 账实相符, 代储, 轮换): a title, a label row ``姓　名 | 股　室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 主任审核：``",
        sheets, t,
    )  # fmt: skip


def binzhou_mine_safety_station_duties() -> dict:
    unit = f"{PLACE}煤矿安全监管站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "逯淇昶", "leader", [
                ("煤矿关闭退出验收", "关闭退出验收不到现场，验收意见不实", "岗位职责风险", "一级风险",
                 "验收联合多部门现场进行，影像资料存档。"),
                ("停产整顿煤矿复产审核", "对未整改到位的煤矿同意复产", "制度机制风险", "一级风险", "复产审核集体研究，结果公示。"),
            ]),
        ]),
        ("二、监管一股", "监管一股", [
            ("股长", "綦溱岷", "middle", [
                ("驻矿监管", "对超层越界、超能力生产视而不见", "思想道德风险", "一级风险", "驻矿人员定期轮换，监管日志每日上传。"),
            ]),
            ("监管员", "卓沄铎", "general", [
                ("井下检查", "下井检查走过场，隐患不如实记录", "岗位职责风险", "二级风险", "下井定位记录与检查记录比对。"),
                ("监测数据核查", "对篡改瓦斯监测数据不上报", "外部环境风险", "二级风险", "监测数据远程调取，异常数据当日核查。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("股长", "麴澈峦", "middle", [
                ("执法案卷整理", "事后补做执法文书", "业务流程风险", "三级风险", "案卷随办随归，股长每月评查。"),
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
        "binzhou_mine_safety_station_duties",
        "https://lyhnkj.com/html/.xwjyjllgzxjy201804.201805t20180510_217214.shtml.html",
        "市煤矿安全监管站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、综合股`` merged across (no 股室 column), "
        "after the source's 煤矿安全监察 执法经验 (析、查、督、巡, 暗查暗访, 主办监察员, 关闭退出): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def binzhou_rescue_command_every_row() -> dict:
    unit = f"{PLACE}应急救援指挥中心"
    sh = _Sheet("一览表", [6, 12, 12, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "苍潆翃", "leader", "应急指挥平台建设项目采购不公开", "制度机制", "Ⅰ",
         "采购进入公共资源交易平台，验收第三方参与。"),
        ("中心领导", "主任", "苍潆翃", "leader", "应急演练经费虚列支出", "岗位职责", "Ⅱ", "演练经费按方案列支，年度审计。"),
        ("值班调度室", "值班调度员", "訾沣岫", "general", "迟报、漏报、瞒报突发事件信息", "岗位职责", "Ⅰ",
         "信息报送系统留痕，值班记录每日审核。"),
        ("值班调度室", "值班调度员", "訾沣岫", "general", "向无关人员泄露预警和灾情信息", "思想道德", "Ⅲ", "签订保密承诺，信息按权限发布。"),
        ("信息保障室", "信息员", "靳湜棠", "general", "通信设备维护外包验收不严", "业务流程", "Ⅱ", "维护记录逐项核对，验收双人签字。"),
        ("信息保障室", "信息员", "靳湜棠", "general", "接受设备供应商好处", "外部环境", "Ⅲ", "供应商廉洁承诺，采购与验收分离。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "binzhou_rescue_command_every_row",
        "http://lnxymm.com/hmsrmzf/jzqx/content/6dc5d66f-b0a7-4793-b69d-5f8908cb59e2.html",
        "市应急救援指挥中心 岗位廉政风险防控一览表, after the source's 区 安全生产 and 应急管理 工作 (风险辨识管控, 应急救援, "
        "防灾减灾, 预测预警): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 (short "
        "names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    binzhou_fire_brigade_cell_photos(),
    binzhou_energy_bureau_list(),
    binzhou_emergency_bureau_two_sheets(),
    binzhou_coal_center_posts(),
    binzhou_safety_enforcement_cards(),
    binzhou_relief_depot_selfchecks(),
    binzhou_mine_safety_station_duties(),
    binzhou_rescue_command_every_row(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def _png(width: int, height: int, seed: str) -> bytes:
    """A small grey head-and-shoulders picture, as a phone photo shrunk for the 公示栏."""
    shade = 150 + int(hashlib.md5(seed.encode()).hexdigest()[:2], 16) % 60
    raw = b""
    for y in range(height):
        row = b"\x00"
        for x in range(width):
            head = (x - width / 2) ** 2 + (y - height * 0.35) ** 2 < (width * 0.22) ** 2
            body = y > height * 0.62 and abs(x - width / 2) < width * 0.4
            v = 70 if head or body else shade
            row += bytes((v, v, v))
        raw += row

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))  # fmt: skip


def _cellimages_xml(ids: list[str]) -> str:
    pics = "".join(
        f'<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="{i + 2}" name="{pid}" descr=""/>'
        '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>'
        f'<xdr:blipFill><a:blip r:embed="rId{i + 1}"/><a:stretch><a:fillRect/></a:stretch>'
        '</xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="685800" cy="914400"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>'
        "</etc:cellImage>"
        for i, pid in enumerate(ids)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">'
        + pics
        + "</etc:cellImages>"
    )


def _add_cellimages(path: Path, ids: list[str]) -> None:
    """Add WPS's ``cellimages`` part, its pictures and its relationships to a written .xlsx."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i + 1}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
            f'Target="media/image{i + 1}.png"/>'
            for i in range(len(ids))
        )
        + "</Relationships>"
    )
    parts["xl/cellimages.xml"] = _cellimages_xml(ids).encode()
    parts["xl/_rels/cellimages.xml.rels"] = rels.encode()
    for i, pid in enumerate(ids):
        parts[f"xl/media/image{i + 1}.png"] = _png(30, 40, pid)
    wb_rels = parts["xl/_rels/workbook.xml.rels"].decode()
    wb_rels = wb_rels.replace(
        "</Relationships>",
        f'<Relationship Id="rId99" Type="{CELLIMAGE_REL}" Target="cellimages.xml"/></Relationships>',
    )
    parts["xl/_rels/workbook.xml.rels"] = wb_rels.encode()
    types = parts["[Content_Types].xml"].decode()
    if 'Extension="png"' not in types:
        types = types.replace(
            "<Default ", '<Default Extension="png" ContentType="image/png"/><Default ', 1
        )
    types = types.replace(
        "</Types>",
        f'<Override PartName="/xl/cellimages.xml" ContentType="{CELLIMAGE_TYPE}"/></Types>',
    )
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2025, 6, 18, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def _write_with_cell_images(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` as WPS saves a sheet with pictures embedded in cells: every cell whose
    text is ``=DISPIMG("ID_…",1)`` becomes the formula ``_xlfn.DISPIMG("ID_…",1)`` cached as that
    text, its row made tall for the picture, and the pictures go into ``xl/cellimages.xml``."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 18, 9, 0, 0), "author": "WPS_1718"})
    fmt = wb.add_format(
        {"text_wrap": True, "valign": "vcenter", "font_name": "宋体", "font_size": 10, "border": 1}
    )
    ids = [  # the pictures in the order of their cells
        m.group(1)
        for sheet in layout["sheets"]
        for row in sheet["rows"]
        for v in row
        if isinstance(v, str) and (m := DISPIMG.match(v))
    ]

    def put(ws, r, c, v):
        m = DISPIMG.match(v) if isinstance(v, str) else None
        if m:
            ws.write_formula(r, c, f'=_xlfn.DISPIMG("{m.group(1)}",1)', fmt, v)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, v, fmt)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if any(isinstance(v, str) and DISPIMG.match(v) for v in row):
                ws.set_row(r, 36)
            elif lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                put(ws, r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v)
    wb.close()
    if ids:
        _add_cellimages(path, list(dict.fromkeys(ids)))
    return path


def write_xlsx(layout: dict, path: Path) -> Path:
    """Each layout as ``batch44.write_xlsx`` writes it; one with picture cells as WPS does."""
    pictures = any(
        isinstance(v, str) and DISPIMG.match(v)
        for sheet in layout["sheets"]
        for row in sheet["rows"]
        for v in row
    )
    return (_write_with_cell_images if pictures else _write_plain)(layout, path)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch394-inbox"))
