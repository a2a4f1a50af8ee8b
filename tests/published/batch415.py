"""The four-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管
bodies, 镇坪县 (a county of 安康 on the north slope of the 大巴山, its staff Han) — the 县市场监督管理局,
its 食品药品检验检测中心, the 县计量测试所, the 县消费者协会 and four of the 局's 镇市场监管所 (城关, 曾家,
牛头店, 华坪: towns of the county) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 市场监督管理局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 计量测试所's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 消费者协会's 责任清单 under GROUP ROWS ``一、协会领导``, ``二、投诉调解部``, ``三、综合部`` merged
  across (no 部门 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 城关市场监管所's 防控卡, one sheet a holder (tabs named by the holder): ``持卡人 | … | 职　务 |
  …`` and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人签字： | … | 所长签字：``;
- the 曾家市场监管所's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  职　务 | 所在单位 | 填表时间`` over a row of values, then ``序号 | 工作环节 | 风险点 | 风险等级 |
  防控措施 | 自查情况``, ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 所长审核：``;
- the 牛头店市场监管所's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged, no 科室 column): ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 |
  防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 华坪市场监管所's 排查登记表: ``岗位`` and ``姓名`` merged per person, ``工作环节``, a short
  ``风险点`` beside a long ``风险描述``, 高/中/低, no type column, a ``所长签字：`` line.

One is harder:

- ``zhenping_testing_center_name_dropdowns``: the 食品药品检验检测中心's 岗位廉政风险防控一览表, an
  ordinary list in every other way (a title, a merged ``填报单位：…　填报时间：2025年9月`` line, ``序号 |
  科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名``
  merged per person, short types, 高/中/低, the measures, a merged ``填表说明：…`` line and a
  填表人/审核人/date line) — but WHO HOLDS EACH POST IS GIVEN ONLY BY A FORM-CONTROL DROP-DOWN. The
  中心's 办公室 made the template with Excel's 开发工具 → 插入 → 表单控件 → 组合框 (WPS: 插入 → 窗体 →
  组合框): over the ``姓名`` cell of every person (merged over his rows, or a single cell) sits ONE
  combo-box CONTROL whose list is the 中心's staff on a second sheet ``人员名单`` (a title
  ``中心在职人员名单``, ``序号 | 姓名``, eight names B3:B10 in the 花名册's order — not the table's —
  two of them holding none of the table's posts), and each holder picked his own name in it, as the
  ``填表说明：姓名请在下拉框中选择（人员见“人员名单”工作表）…`` line asks. The control is an object of the
  sheet's drawing layer, not a cell: a ``v:shape`` of ``x:ClientData ObjectType="Drop"`` in
  ``xl/drawings/vmlDrawing1.vml`` (``<x:FmlaRange>人员名单!$B$3:$B$10</x:FmlaRange>``, ``<x:Sel>N</x:Sel>``,
  ``<x:DropStyle>Combo</x:DropStyle>``), mirrored in the sheet's ``<controls>`` and an
  ``xl/ctrlProps/ctrlPropN.xml`` (``formControlPr objectType="Drop" fmlaRange=… sel="N"``); its
  selection is an INDEX (1-based) into that range, and NO CELL LINK is set, so no cell holds the index
  or the name: every ``姓名`` cell under the heading is EMPTY, and the holders' names stand only in the
  list sheet, with nothing beside them (no post, no 科室) to match them to rows by. The shape is about
  WHERE THE HOLDER IS GIVEN: in the state of a control drawn over his cell, as a place in a list on
  another sheet. The README's 读得懂的表 knows holders given in a column, in pairs above or labels below
  the table, in group rows, titles, tabs, headers and footers, comments, text boxes drawn over empty
  cells (read by the cell under their corner), cell pictures, a hidden column, a roster beside, above
  or below the table or on an org-chart or 目录 sheet keyed by post, 科室 or 表号, and 工号 resolved by a
  对照表; it knows DATA-VALIDATION drop-downs, whose chosen value is typed into the cell (batch100 and
  batch254: the sheet of their lists is no form), and — since batch410 — a LEVEL ticked in form-control
  CHECK BOXES (their caption is the level); it does not describe a form-control COMBO BOX, whose value
  is no caption but an index into a range on another sheet, nor a holder given by one. (``grep -il
  'ObjectType="Drop"\\|objectType="Drop"\\|组合框\\|combo box' tests/published/*.py README.md`` finds
  nothing before this module; the ``下拉`` of earlier batches are data validations.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a note on a 检验检测机构's 授权签字人 —
the 三级审核 of 检验检测报告, 签发, 资质认定 能力范围, no 代理人员; a 市场监管执法程序规定 — 立案, 调查取证,
法制审核, 集体讨论, 处罚决定; a 质监局's 专项检查 of the 计量器具 in 农贸市场 — 电子秤, 现场抽检, 检定人员;
a note on whom a 消费者协会 answers to — 市场监管部门, 投诉受理 and 调解, 比较试验; a 区市场监管局's
街道市场监管所 整治 of a 农贸市场's scales — “八两”秤, 投诉举报, 公平秤, 执法力量; a 镇's 食品安全监管网络
— 网格负责人, 食品安全监管员, 进货台账, 安全责任书; a 县's 市场监管领域 “一业一查” 部门联合抽查 plan —
双随机, 名录库, 摇号派发, 实地核查, 公示; a 县市场监督管理局's 排查 of 农贸市场 计量计价 — 价格公示, 明码
标价, 强制检定) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 镇坪县, named with the county's name (the 所 as
``镇坪县市场监督管理局城关市场监管所`` …; no earlier unit holds ``镇坪县``).

Run ``python tests/published/score.py --set batch415`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a person's holder is the name at the control's selection in its list range
  (``<x:Sel>3</x:Sel>`` over ``人员名单!$B$3:$B$10`` is B5, ``阚湛璐``) of the ONE drop-down over his
  ``姓名`` cell; the holder owns every row that cell (merged or single) covers; the ``人员名单`` sheet
  is no form, its names no holders of their own (the two names nobody picked hold no post), its
  ``序号`` no points; the ``填表说明`` line is no point; the 科室 is ``科室``, the post ``岗位``, the
  point ``廉政风险点``, the types ``风险类型``, as in an ordinary list;
- ``局领导`` (the 局's sheet of its leaders, named so by its tab and title), ``协会领导`` (the 消协's
  group row), ``所领导`` (the 计量测试所's 部室 cell) and ``中心领导`` (the 检测中心's 科室 cell) are the 科室
  of those leaders; a 局's 股 and 办公室, the 计量测试所's and the 检测中心's 室, the 消协's 部 are 科室; a
  group row ``二、投诉调解部`` gives the 科室 ``投诉调解部`` (its number left off);
- the four 市场监管所 are units of their own (``镇坪县市场监督管理局城关市场监管所`` …) with no 科室, as
  batch345's and batch378's: their forms have the 科室 "" (the 自查表's ``所在单位`` is the 所 itself, no
  科室); the 计量测试所, the 检测中心 and the 消协 are units of their own;
- 局长, 副局长, 所长, 副所长, the 检测中心's 主任 and 副主任, the 消协's 秘书长 and 副秘书长 are leaders; 股长,
  办公室主任, a 室's 室主任 and the 消协's 部长 middle; the rest (科员, 会计, 检验员, 样品管理员, 检定员,
  收费员, 投诉调解员, 网格监管员, 食品安全监管员, 特种设备监管员, 药品监管员, 执法人员, 内勤) general;
- ``风险点 | 风险表现`` (the 计量测试所's list) and ``风险点 | 风险描述`` (the 华坪所's): the point is the
  short one; ``分管工作``, ``岗位职责``, ``职责事项``, ``工作环节`` and ``自查情况`` are no points and name
  no holder; the 计量测试所's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 牛头店所's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``write_xlsx`` here, which adds its drop-down controls)
and ``truth.json``; no re-saved copies (as batch280 and batch410: LibreOffice keeps form controls
only in part, and an .xls of them is another file).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.batch410 import MC_OPEN, _col_px, _rels
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b415_"
PLACE = "镇坪县"
BUREAU = f"{PLACE}市场监督管理局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

DROP_NAME = "zhenping_testing_center_name_dropdowns"
DROP_UNIT = f"{PLACE}食品药品检验检测中心"
DROP_TAB = "一览表"
LIST_TAB = "人员名单"
DROP_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
DROP_NAME_COL = DROP_HEAD.index("姓名")
DROP_WIDTHS = [6, 12, 12, 12, 36, 10, 9, 34]
DROP_NOTE = "填表说明：姓名请在下拉框中选择（人员见“人员名单”工作表），风险类型按五类填写，风险等级填高、中、低。"

# the 中心's staff list, the drop-downs' list: ``人员名单`` B3:B10, in the order of the 中心's 花名册
# (not the order of the table); two of them hold none of the table's posts
STAFF = ["訾瑔泷", "缑沣珺", "郜汐琨", "阚湛璐", "鄂瀞瑗", "嵇玓淞", "逄潆瑒", "昝琭渟"]
LIST_FIRST_ROW = 3  # Excel row of the list's first name (a title and a heading above it)
LIST_RANGE = f"{LIST_TAB}!$B${LIST_FIRST_ROW}:$B${LIST_FIRST_ROW + len(STAFF) - 1}"

# (科室, 岗位, 姓名 — chosen in the drop-down, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
DROP_ROWS = [
    ("中心领导", "主任", "訾瑔泷", "leader", [
        ("检验仪器设备采购不经中心办公会集体研究，指定品牌", "制度机制", "高",
         "仪器采购经中心办公会研究，按政府采购程序实施，参数论证留档。"),
        ("接受委托检验单位宴请，干预检验结论", "外部环境", "高", "委托检验受理与检验分离，检验结论三级审核。"),
    ]),
    ("中心领导", "副主任", "缑沣珺", "leader", [
        ("检验报告审核签发把关不严，签发超资质范围的报告", "岗位职责", "中",
         "报告签发前核对资质认定能力范围，授权签字人不得代签。"),
    ]),
    ("食品检验室", "室主任", "阚湛璐", "middle", [
        ("检验原始记录随意改动，出具与样品不符的数据", "业务流程", "高", "原始记录即时录入系统，更改留痕并经复核。"),
        ("检验试剂、标准物质领用不登记，虚报消耗", "制度机制", "低", "试剂领用专人登记，每月盘点。"),
    ]),
    ("食品检验室", "检验员", "嵇玓淞", "general", [
        ("向被检单位泄露检验结果或检验进度", "思想道德", "中", "检验结果未经签发不得外传，签订保密承诺书。"),
    ]),
    ("业务受理室", "样品管理员", "鄂瀞瑗", "general", [
        ("样品接收、流转中调换样品", "岗位职责", "高", "样品盲样编号，流转交接双人签字。"),
        ("留样到期处置不登记，私自带出", "业务流程", "低", "留样处置经室主任审批，处置记录存档。"),
    ]),
    ("综合室", "会计", "昝琭渟", "general", [
        ("委托检验收费不开票、不入账", "制度机制", "中", "收费统一开具票据，每月与检验台账核对。"),
    ]),
]  # fmt: skip

DROP_LINES = 8  # the drop-down shows the whole list
# the control's place over the 姓名 cell, in pixels: the cell's width less a margin, one row high
DROP_LEFT, DROP_TOP, DROP_HEIGHT = 2, 1, 18


def zhenping_testing_center_name_dropdowns() -> dict:
    unit = DROP_UNIT
    t = _Truth(unit)
    sh = _Sheet(DROP_TAB, DROP_WIDTHS)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*DROP_HEAD)
    first = len(sh.rows)
    n = 0
    blocks = []  # (first row, last row, the name chosen)
    for dept, post, who, tier, points in DROP_ROWS:
        top = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        blocks.append((top, len(sh.rows) - 1, who))
    _per_person(sh, first, 1, 2, 3)
    for top, _last, _who in blocks:  # the name is in no cell: the 姓名 cells stay empty
        sh.rows[top][DROP_NAME_COL] = None
    _line(sh, DROP_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    staff = _Sheet(LIST_TAB, [6, 12])
    staff.add("中心在职人员名单", None)
    staff.merge(0, 0, 0, 1)
    staff.add("序号", "姓名")
    for i, who in enumerate(STAFF, 1):
        staff.add(i, who)
    assert len(staff.rows) == LIST_FIRST_ROW - 1 + len(STAFF)
    lay = _layout(
        DROP_NAME, "https://zzxhjdsb.com/news/industry/46235.html",
        "(harder) 县食品药品检验检测中心 岗位廉政风险防控一览表, after the source's note on a 检验检测机构's 授权签字人 and "
        "the 三级审核 of its 检验报告: an ordinary list (a title, a merged ``填报单位：…　填报时间：2025年9月`` line, 序号/科室 "
        "merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 short names/风险等级 高/中/低/防控措施, a merged "
        "``填表说明：…`` line, a 填表人/审核人/date line) whose HOLDERS ARE GIVEN ONLY BY FORM-CONTROL DROP-DOWNS (组合框): "
        "every merged ``姓名`` cell is EMPTY and a combo box drawn over it (VML ``ObjectType=\"Drop\"`` + ``xl/ctrlProps``, "
        "no cell link) has its selection, an INDEX into ``人员名单!$B$3:$B$10``, the 中心's staff list on a second sheet "
        "(``序号 | 姓名`` under a title, eight names in the 花名册's order, two of them no holder)",
        [sh, staff], t,
    )  # fmt: skip
    lay["dropdowns"] = {
        "col": DROP_NAME_COL,
        "range": LIST_RANGE,
        "blocks": [(top, last, STAFF.index(who) + 1) for top, last, who in blocks],
    }
    return lay


def _drops(layout: dict) -> list[dict]:
    """Every drop-down control of the harder layout: its rows, selection and place."""
    spec = layout["dropdowns"]
    widths = layout["sheets"][0]["widths"]
    col = spec["col"]
    x0 = sum(_col_px(w) for w in widths[:col])
    width = _col_px(widths[col]) - 2 * DROP_LEFT
    return [
        {"row": top, "last": last, "col": col, "sel": sel, "x": x0 + DROP_LEFT,
         "y": top * 20 + DROP_TOP, "width": width}
        for top, last, sel in spec["blocks"]
    ]  # fmt: skip


_VML_HEAD = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\n'
    ' xmlns:o="urn:schemas-microsoft-com:office:office"\n'
    ' xmlns:x="urn:schemas-microsoft-com:office:excel">\n'
    ' <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n </o:shapelayout>'
    '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201"\n'
    '  path="m,l,21600r21600,l21600,xe">\n  <v:stroke joinstyle="miter"/>\n'
    '  <v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>\n'
    '  <o:lock v:ext="edit" shapetype="t"/>\n </v:shapetype>'
)


def _vml(drops: list[dict], list_range: str) -> str:
    shapes = []
    for i, d in enumerate(drops):
        x, y = d["x"] * 0.75, d["y"] * 0.75
        w, h = d["width"] * 0.75, DROP_HEIGHT * 0.75
        c, r = d["col"], d["row"]
        anchor = (f"{c}, {DROP_LEFT}, {r}, {DROP_TOP}, {c}, {DROP_LEFT + d['width']}, {r}, "
                  f"{DROP_TOP + DROP_HEIGHT}")  # fmt: skip
        shapes.append(
            f'<v:shape id="_x0000_s{1025 + i}" type="#_x0000_t201" style=\'position:absolute;\n'
            f"  margin-left:{x:g}pt;margin-top:{y:g}pt;width:{w:g}pt;height:{h:g}pt;z-index:{i + 1};\n"
            '  mso-wrap-style:tight\' stroked="f" strokecolor="windowText [64]" o:insetmode="auto">\n'
            '  <v:path shadowok="t" strokeok="t" fillok="t"/>\n'
            '  <o:lock v:ext="edit" rotation="t"/>\n'
            '  <x:ClientData ObjectType="Drop">\n'
            "   <x:MoveWithCells/>\n"
            f"   <x:Anchor>\n    {anchor}</x:Anchor>\n"
            "   <x:PrintObject>False</x:PrintObject>\n   <x:AutoFill>False</x:AutoFill>\n"
            f"   <x:FmlaRange>{list_range}</x:FmlaRange>\n   <x:Sel>{d['sel']}</x:Sel>\n"
            "   <x:NoThreeD2/>\n   <x:SelType>Single</x:SelType>\n   <x:LCT>Normal</x:LCT>\n"
            f"   <x:DropStyle>Combo</x:DropStyle>\n   <x:DropLines>{DROP_LINES}</x:DropLines>\n"
            "  </x:ClientData>\n </v:shape>"
        )
    return _VML_HEAD + "".join(shapes) + "</xml>"


def _ctrl_prop(sel: int, list_range: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"'
        f' objectType="Drop" dropStyle="combo" dx="16" dropLines="{DROP_LINES}"'
        f' fmlaRange="{list_range}" noThreeD2="1" sel="{sel}" val="0"/>'
    )


def _sheet_controls(drops: list[dict]) -> str:
    """The sheet's ``<legacyDrawing>`` and ``<controls>`` (Excel 2010+), rIds 2… after the VML's 1."""
    emu = 9525
    parts = []
    for i, d in enumerate(drops):
        c, r = d["col"], d["row"]
        parts.append(
            MC_OPEN + f'<mc:Choice Requires="x14"><control shapeId="{1025 + i}" r:id="rId{2 + i}" '
            f'name="Drop Down {i + 1}"><controlPr defaultSize="0" autoLine="0" autoPict="0">'
            '<anchor moveWithCells="1">'
            f"<from><xdr:col>{c}</xdr:col><xdr:colOff>{DROP_LEFT * emu}</xdr:colOff>"
            f"<xdr:row>{r}</xdr:row><xdr:rowOff>{DROP_TOP * emu}</xdr:rowOff></from>"
            f"<to><xdr:col>{c}</xdr:col><xdr:colOff>{(DROP_LEFT + d['width']) * emu}</xdr:colOff>"
            f"<xdr:row>{r}</xdr:row><xdr:rowOff>{(DROP_TOP + DROP_HEIGHT) * emu}</xdr:rowOff></to>"
            "</anchor></controlPr></control></mc:Choice></mc:AlternateContent>"
        )
    return (
        '<legacyDrawing r:id="rId1"/>' + MC_OPEN + '<mc:Choice Requires="x14"><controls '
        'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">'
        + "".join(parts)
        + "</controls></mc:Choice></mc:AlternateContent>"
    )


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout then gets its drop-down form controls on its first
    sheet: the VML drawing, one ``ctrlProp`` part a control, the sheet's ``<legacyDrawing>``/
    ``<controls>``, their relationships and content types (no cell link: the cells stay as written)."""
    _write_xlsx44(layout, path)
    if "dropdowns" not in layout:
        return path
    drops = _drops(layout)
    list_range = layout["dropdowns"]["range"]
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    assert rels not in parts, "the sheet had relationships of its own"
    xml = parts[sheet].decode("utf-8")
    assert xml.count("</worksheet>") == 1 and "<legacyDrawing" not in xml
    parts[sheet] = xml.replace("</worksheet>", _sheet_controls(drops) + "</worksheet>").encode()
    parts[rels] = _rels(drops).encode()
    parts["xl/drawings/vmlDrawing1.vml"] = _vml(drops, list_range).encode("utf-8")
    for i, d in enumerate(drops):
        parts[f"xl/ctrlProps/ctrlProp{1 + i}.xml"] = _ctrl_prop(d["sel"], list_range).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    add = ""
    if 'Extension="vml"' not in types:
        add += '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
    add += "".join(
        f'<Override PartName="/xl/ctrlProps/ctrlProp{1 + i}.xml" '
        'ContentType="application/vnd.ms-excel.controlproperties+xml"/>'
        for i in range(len(drops))
    )
    assert types.count("</Types>") == 1
    parts["[Content_Types].xml"] = types.replace("</Types>", add + "</Types>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        order = ["[Content_Types].xml"] + [p for p in parts if p != "[Content_Types].xml"]
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2025, 9, 22, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
    return path


# --------------------------------------------------------------------------- ordinary layouts


def zhenping_market_bureau_two_sheets() -> dict:
    unit = BUREAU
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 20, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("亓珝翀", "局长", "主持全面工作", [
            ("重大执法案件处罚决定不经集体讨论，个人说了算", "一级", "重大案件一律提交案审会集体讨论，会议纪要存档。"),
            ("干部选拔和执法岗位调整中搞“一言堂”", "一级", "干部调整经党组会研究，全程纪实。"),
        ]),
        ("庹琤湲", "副局长", "分管食品安全、特种设备", [
            ("为关系人说情，干预食品安全案件查处", "一级", "过问干预案件一律登记报告。"),
            ("特种设备事故隐患整改验收走过场", "二级", "整改验收两人以上，照片存档。"),
        ]),
        ("眭沄璞", "副局长", "分管登记注册、价格监管", [
            ("价格监督检查中选择性执法", "二级", "检查对象双随机抽取，结果公示。"),
            ("接受管理对象宴请、礼品", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 2, 1, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "笪淏瑄", "middle", [
            ("执法车辆维修、加油费用审核不严", "二级", "车辆维修定点、加油一车一卡，费用每月公开。"),
        ]),
        ("办公室", "会计", "郦滢玙", "general", [
            ("罚没款不及时上缴，截留挪用", "一级", "罚没款直接缴入国库，每月与执法台账核对。"),
        ]),
        ("登记注册股", "股长", "綦泓琨", "middle", [
            ("对材料不全的申请违规办理登记", "二级", "登记材料一次性告知，审核留痕。"),
            ("违规移出经营异常名录", "一级", "移出前实地核查，集体审核。"),
        ]),
        ("食品安全监管股", "股长", "邗璆澍", "middle", [
            ("食品生产许可现场核查降低标准", "一级", "现场核查两人以上，核查记录拍照存档。"),
        ]),
        ("食品安全监管股", "科员", "菅澈玑", "general", [
            ("监督抽检前向经营者透露抽检计划", "二级", "抽检计划保密，抽样人员随机确定。"),
            ("日常检查记录弄虚作假", "三级", "检查记录上传监管系统，定期抽查。"),
        ]),
        ("法规股", "股长", "芮溆琛", "middle", [
            ("案件法制审核把关不严，降格处罚", "一级", "法制审核意见书面出具，处罚结果公示。"),
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
        "zhenping_market_bureau_two_sheets", "http://fengdujob.net/go/市场监管执法程序规定.html",
        "县市场监督管理局 file in two sheets after the source's 市场监管执法程序 (立案, 调查取证, 法制审核, 集体讨论, 处罚决定, "
        "罚没款): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type column; "
        "a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def zhenping_metrology_institute_posts() -> dict:
    unit = f"{PLACE}计量测试所"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("计量标准器购置", "计量标准器购置不经所务会研究，指定供应商", "制度机制风险", "Ⅰ级",
             "购置计划所务会研究，按政府采购程序实施。"),
            ("检定收费减免", "为关系人违规减免检定费用", "思想道德风险", "Ⅱ级", "减免事项集体研究，按月公示。"),
        ]),
        ("所领导", "副所长", "leader", [
            ("检定证书签发", "对未经检定或检定不合格的器具签发证书", "岗位职责风险", "Ⅰ级", "证书签发前核对原始记录，双人复核。"),
        ]),
        ("检定室", "室主任", "middle", [
            ("强制检定安排", "农贸市场电子秤强制检定中选择性检定", "业务流程风险", "Ⅱ级", "强检计划公开，检定结果上传平台。"),
            ("检定数据审核", "审核检定数据不严，放任数据造假", "岗位职责风险", "Ⅱ级", "检定数据系统采集，审核留痕。"),
        ]),
        ("检定室", "检定员", "general", [
            ("现场检定", "接受商户好处，对作弊秤出具合格结论", "外部环境风险", "Ⅰ级", "现场检定两人以上，封签拍照存档。"),
        ]),
        ("综合室", "收费员", "general", [
            ("检定费收取", "收费不开票，截留检定费", "制度机制风险", "Ⅲ级", "收费统一开具票据，每日与检定台账核对。"),
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
        "zhenping_metrology_institute_posts", "http://www.guizone.com/shichangjianguan/26143.html",
        "县计量测试所 岗位廉政风险点排查表 对岗不对人, after the source's 质监局 check of the 计量器具 in 农贸市场 (电子秤, 现场"
        "抽检, 检定人员): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def zhenping_consumer_association_duty_list() -> dict:
    unit = f"{PLACE}消费者协会"
    sh = _Sheet("责任清单", [6, 11, 9, 16, 36, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、协会领导", "协会领导", [
            ("秘书长", "厍璟浛", "leader", [
                ("消费维权经费使用", "消费维权宣传经费使用不经集体研究", "制度机制", "一级风险", "经费使用秘书长办公会研究，年底公开。"),
            ]),
            ("副秘书长", "佘沁瑭", "leader", [
                ("比较试验组织", "比较试验样品选购和结果发布受企业请托", "外部环境", "一级风险", "样品暗访购买，结果发布前集体审核。"),
            ]),
        ]),
        ("二、投诉调解部", "投诉调解部", [
            ("部长", "宓澂琏", "middle", [
                ("投诉分办", "投诉分办不及时，压件不办", "业务流程", "二级风险", "投诉登记编号，办理时限全程跟踪。"),
                ("调解协议审核", "调解中偏袒经营者，损害消费者权益", "岗位职责", "一级风险", "调解协议经部长审核，消费者回访。"),
            ]),
            ("投诉调解员", "隗溱珈", "general", [
                ("投诉调解", "接受被投诉经营者宴请、财物", "思想道德", "二级风险", "调解两人以上参加，签订廉洁承诺。"),
                ("投诉信息管理", "泄露投诉人个人信息", "岗位职责", "三级风险", "投诉信息专人管理，查询留痕。"),
            ]),
        ]),
        ("三、综合部", "综合部", [
            ("会计", "殳淓璘", "general", [
                ("经费报销", "宣传活动经费报销审核不严", "业务流程", "三级风险", "报销单据逐张审核，超标准不予报销。"),
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
        "zhenping_consumer_association_duty_list", "http://www.fengdujob.net/go/消费协会是归哪个部门管.html",
        "县消费者协会 廉政风险防控责任清单 under GROUP ROWS ``一、协会领导``, ``二、投诉调解部``, ``三、综合部`` merged across (no "
        "部门 column), after the source's note on whom a 消费者协会 answers to (市场监管部门, 投诉受理, 调解, 比较试验): a title, "
        "then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 short names/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhenping_chengguan_station_cards() -> dict:
    unit = f"{BUREAU}城关市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "浦翊洺", "leader", "主持所全面工作，负责城区农贸市场和商超监管", [
            ("对农贸市场“鬼秤”投诉压案不办", "★★★", "投诉件登记编号，办理结果回访。"),
            ("行政处罚案件调查中隐瞒证据", "★★★", "调查取证两人以上，执法记录仪全程记录。"),
            ("所内执法人员分片安排照顾关系人", "★★", "分片方案所务会研究并公示。"),
        ]),
        ("副所长", "蒉瑆淙", "leader", "负责食品安全和计量监管", [
            ("公平秤设置检查走过场", "★★", "检查结果拍照存档，问题限期整改。"),
            ("对计量作弊行为降格处理", "★★★", "处罚前法制审核，结果公示。"),
        ]),
        ("网格监管员", "邴濛琇", "general", "负责九宫路网格日常巡查", [
            ("日常巡查中收受商户财物", "★★", "巡查两人同行，签订廉洁承诺书。"),
            ("巡查记录不实，漏报问题", "★", "巡查记录上传监管系统，所长每周抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(who, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人签字：", None, "所长签字：", None)
        sheets.append(sh)
    return _layout(
        "zhenping_chengguan_station_cards", "http://scjgj.cq.gov.cn/zz/ddkq/zwxx_146775/tpxw/202307/t20230724_12178791.html",
        "镇市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's 街道市场监管所 "
        "整治 of a 农贸市场's 计量器具 (“八两”秤, 投诉举报, 公平秤, 执法力量): a title, ``持卡人 | … | 职　务 | …``, a merged "
        "``岗位职责：…`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column, no 科室 field; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 所长签字：``",
        sheets, t,
    )  # fmt: skip


def zhenping_zengjia_station_selfchecks() -> dict:
    unit = f"{BUREAU}曾家市场监管所"
    t = _Truth(unit)
    people = [
        ("郇溍瑅", "副所长", "leader", [
            ("食品经营许可现场核查", "核查中降低条件，为关系人通过许可", "高风险", "核查两人以上，核查结论所务会审定。", "已落实"),
            ("网格监管员考核", "网格员考核打分照顾关系人", "低风险", "考核细则公开，结果公示。", "已落实"),
        ]),
        ("檀泖珣", "食品安全监管员", "general", [
            ("农村集体聚餐备案", "对集体聚餐备案不核查，收受厨师好处", "中风险", "聚餐备案现场指导，留存照片。", "已落实"),
            ("食品快检", "快检结果随意更改，放任不合格食品上市", "高风险", "快检数据即时上传，复检留样。", "正在整改"),
        ]),
        ("雒湉璠", "特种设备监管员", "general", [
            ("特种设备安全检查", "检查中对隐患视而不见", "中风险", "检查清单逐项签字，隐患限期复查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 16, 36, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", f"职{GAP}务", None, "所在单位", None, "填表时间")
        sh.merge(r, 1, r, 2)
        sh.merge(r, 3, r, 4)
        r = sh.add(who, post, None, "曾家市场监管所", None, DATE)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (step, point, lv, measures, state) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenping_zengjia_station_selfchecks", "http://www.mpmpc.cn/wap/index.php?itemid=13424&moduleid=21&page=1",
        "镇市场监管所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇 食品安全监管网络 "
        "(网格负责人, 监管员, 食品进货台账, 安全责任书): a title, a LABEL ROW ``姓　名 | 职　务 | 所在单位 | 填表时间`` over a row "
        "of values, then 序号/``工作环节``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a "
        "blank row and ``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def zhenping_niutoudian_station_every_row() -> dict:
    unit = f"{BUREAU}牛头店市场监管所"
    sh = _Sheet("一览表", [6, 14, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "鄢洑琬", "leader", "制度机制", "双随机抽查对象选定后擅自更换", "Ⅰ", "抽查对象系统摇号，更换须报局审批。"),
        ("所长", "鄢洑琬", "leader", "外部环境", "对联合抽查发现的问题不移送", "Ⅱ", "问题线索登记移送，局法规股跟踪。"),
        ("副所长", "索璘漪", "leader", "岗位职责", "行政处罚自由裁量畸轻畸重", "Ⅰ", "按裁量基准处罚，处罚结果公示。"),
        ("食品安全监管员", "桓沚琨", "general", "业务流程", "抽查结果不按时录入公示平台", "Ⅲ", "抽查结果二十个工作日内公示。"),
        ("执法人员", "幸澜珏", "general", "思想道德", "执法检查中吃拿卡要", "Ⅱ", "执法全程记录，检查后回访。"),
        ("执法人员", "幸澜珏", "general", "岗位职责", "对投诉举报线索核查不实", "Ⅲ", "核查报告经所长审核。"),
        ("内勤", "寿泠璇", "general", "制度机制", "执法文书归档不全，事后补填", "Ⅲ", "文书按案卷归档，每季度检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "zhenping_niutoudian_station_every_row", "https://www.nlx.gov.cn/openness/public/6605141/39220155.html",
        "镇市场监管所 岗位廉政风险防控一览表, after the source's 市场监管领域 “一业一查” 部门联合抽查 plan (双随机, 名录库, 摇号"
        "派发, 实地核查, 公示处理): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位/"
        "姓名 written out on EVERY row (nothing merged, no 科室 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenping_huaping_station_register() -> dict:
    unit = f"{BUREAU}华坪市场监管所"
    sh = _Sheet("登记表", [6, 14, 9, 14, 16, 34, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 8)
    sh.add("序号", "岗位", "姓名", "工作环节", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("所长", "扈泷玥", "leader", [
            ("案件查办", "案件查处", "对农贸市场计量违法案件压案不查", "高", "案件立案后限期办结，办结情况每月通报。"),
            ("人员管理", "执法岗位安排", "执法片区安排照顾关系人", "低", "片区安排所务会研究并定期轮换。"),
        ]),
        ("网格监管员", "糜淇琰", "general", [
            ("日常巡查", "计价秤检查", "对“鬼秤”商户通风报信", "高", "突击检查不提前通知，检查两人以上。"),
            ("明码标价检查", "价格检查", "明码标价检查中收受商户好处", "中", "检查结果拍照上传，所长抽查。"),
        ]),
        ("特种设备监管员", "栾漱瑀", "general", [
            ("隐患排查", "电梯隐患排查", "电梯维保记录核查走过场", "中", "核查清单逐项签字，随机复查。"),
        ]),
        ("药品监管员", "弓湄瑢", "general", [
            ("药店检查", "处方药销售检查", "对药店无处方销售处方药不处理", "中", "检查记录上传系统，问题限期整改。"),
            ("药品质量监管", "药品抽样", "抽样前泄露抽样信息", "低", "抽样计划保密，抽样过程录像。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for step, point, desc, lv, measures in points:
            n += 1
            sh.add(n, post, who, step, point, desc, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("所长签字：", None, None, None, None, None, DATE, None)
    return _layout(
        "zhenping_huaping_station_register", "https://todaymg.com/a/wen-zhou-shi-jian-yan-cha-gui-cheng-hu-min-sheng.html",
        "镇市场监管所 岗位廉政风险排查登记表, after the source's 县市场监督管理局 排查 of 农贸市场 计量计价 (价格公示, 明码标价, "
        "强制检定, 计量器具): a title, 序号/岗位 and 姓名 merged per person/``工作环节``/a short 风险点/a long ``风险描述``/风险"
        "等级 高/中/低/防控措施; no type column, no 科室; a blank row and a ``所长签字： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenping_testing_center_name_dropdowns(),
    zhenping_market_bureau_two_sheets(),
    zhenping_metrology_institute_posts(),
    zhenping_consumer_association_duty_list(),
    zhenping_chengguan_station_cards(),
    zhenping_zengjia_station_selfchecks(),
    zhenping_niutoudian_station_every_row(),
    zhenping_huaping_station_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch415-inbox"))
