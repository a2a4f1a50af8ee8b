"""The four-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文旅 and 教育
bodies, 柞水县 (a county of 商洛 on the south slope of the 秦岭, its staff Han) — the 县文化和旅游广电局,
the 牛背梁景区管理处, the 县教育局, 柞水中学, the 营盘镇中心学校, the 县文化馆, the 凤凰镇中心学校 and the
县职业教育中心 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 文化和旅游广电局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 牛背梁景区管理处's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门``
  merged (``处领导``, ``票务科``, ``资源保护科``, ``综合科``), ``姓名`` BEFORE ``职务``, both merged per
  person, a short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date
  line;
- the 教育局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、计划财务股``, ``三、人事股``,
  ``四、基础教育股`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- 柞水中学's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …`` over
  ``所在处室 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 校长审核：``;
- the 营盘镇中心学校's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by
  a ``注：`` line, no type column, ``持卡人（签字）： | … | 校长（签字）：``;
- the 文化馆's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 凤凰镇中心学校's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged): ``处室 | 岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 | 防控措施`` — the
  TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``zhashui_vocational_center_checkbox_controls``: the 职业教育中心's 岗位廉政风险排查表, an ordinary
  list in every other way (a title, a merged ``填报单位：…　填报时间：2025年9月`` line, ``序号 | 科室 |
  岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名`` merged
  per person, short types typed in their cells, the measures, a merged ``填表说明：…`` line and a
  填表人/审核人/date line) — but its LEVEL IS GIVEN ONLY BY FORM-CONTROL CHECK BOXES. The 中心's
  办公室 made the template with Excel's 开发工具 → 插入 → 表单控件 → 复选框 (WPS: 插入 → 窗体 → 复选框):
  over the ``风险等级`` cell of every point row sit THREE check-box CONTROLS side by side, captioned
  ``高``, ``中`` and ``低``, and the holder clicked the one that applies (one per row, as the
  ``填表说明：风险等级请勾选对应的“高”“中”“低”复选框（单选）`` line asks). The controls are objects of the
  sheet's drawing layer, not cell contents: each is a ``v:shape`` of ``x:ClientData
  ObjectType="Checkbox"`` in ``xl/drawings/vmlDrawing1.vml`` (its caption in the shape's
  ``v:textbox``, its state ``<x:Checked>1</x:Checked>``), mirrored in a ``<controls>`` element of the
  sheet and an ``xl/ctrlProps/ctrlPropN.xml`` (``formControlPr objectType="CheckBox"`` with
  ``checked="Checked"`` on the ticked one); NO CELL LINK is set, so no cell holds ``TRUE``/``FALSE``
  or anything else: every ``风险等级`` cell under the heading is EMPTY, and the level words stand in no
  cell of the workbook (the note names them in quotes only). The shape is about the FILE: the level
  is the state of objects drawn over the sheet. The README's 读得懂的表 knows a level ticked with a
  ``√`` TYPED in one of ``高 | 中 | 低`` sub-columns, boxes TYPED as characters in a cell (``☑高
  □中　□低``, ``■□□``, Wingdings ``R``/``£``), Microsoft 365's in-cell checkboxes (the cell's value
  ``TRUE``/``FALSE``), text boxes drawn over empty cells (read by the cell under their corner),
  comments, cell pictures and conditional-format icons; it does not describe FORM CONTROLS, objects
  with a state of their own and no cell value. No earlier batch writes one: ``grep -il
  'ctrlProp\\|ObjectType="Checkbox"\\|表单控件\\|窗体控件' tests/published/batch*.py`` finds nothing,
  and batch396 (the in-cell checkboxes) notes that the README says nothing "of checkbox controls
  of any kind".

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (柞水县's 旅游 work — 牛背梁, 溶洞, 凤凰古镇,
17 个重点旅游项目, 节会活动, 农家乐 升级改造, 星级酒店 评定, 涉旅收费 监管, 导游 培训; a 商洛日报 note on the
牛背梁国家森林公园 — the 牛背梁管委会, 冬季 闭园 for 森林防火, 资源管护; a 县教育局's 机构职责 — 教育经费 and
专项资金, 学生资助, 职称评审, 校长 任免, 教辅 审批; a note on a 学校's 行政职务 — 教务主任, 政教主任, 总务主任,
办公室主任; a 县教育局 note on the 营养改善计划 — 计财股, 校长负责制, 补助标准, 营养午餐; a 商洛日报 article on
柞水's 廉政文化 — the 县剧团's 渔鼓小戏 and 巡回演出, 廉政微电影, 文化墙, 文化广场; a note on a 学校's 职员 —
校长, 副校长, 教务主任, 总务主任, 会计, 宿舍管理员, 食堂; a 县 on its 职教中心 — 实习车间, 实习设备 购置,
专项经费, 招生) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 柞水县, named with the county's name (``柞水中学`` with the
county's short name, as the school writes itself; no earlier unit holds ``柞水``; the 镇 — 营盘镇,
凤凰镇 — are towns of the county).

Run ``python tests/published/score.py --set batch410`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the caption (``高``/``中``/``低`` → 1/2/3) of the ONE check-box
  control over its ``风险等级`` cell that is checked (``x:Checked`` 1, ``checked="Checked"``); the
  unchecked controls mark nothing; the controls and the ``填表说明`` line are no point and name no
  holder; the holder is the ``姓名`` cell, the point the ``廉政风险点`` cell, ``科室`` the 科室, the types
  the ``风险类型`` cell, as in an ordinary list;
- ``局领导`` (the 文旅局's sheet of its leaders, named so by its tab and title; the 教育局's group row),
  ``处领导`` (the 景区管理处's 部门 cell), ``校领导`` (the schools' 所在处室 and 处室 cells) and
  ``中心领导`` (the 职教中心's 科室 cell), ``馆领导`` (the 文化馆's 部室 cell) are the 科室 of those
  leaders; a 局's 股 and 办公室, a 管理处's 科, a school's 处 and 办公室, a 馆's 部, the 职教中心's 科
  and 办 (``学生资助办``) are 科室; a group row ``二、计划财务股`` gives the 科室 ``计划财务股`` (its
  number left off); the 营盘镇中心学校's cards name no 科室 (no field, and the ``岗位职责：…`` line
  names none): every card's 科室 is "";
- 局长, 副局长, the 景区管理处's 主任 and 副主任, a school's 校长 and 副校长, the 文化馆's 馆长 and 副馆长,
  the 职教中心's 主任 and 副主任 are leaders; 股长, 科长, 办公室主任, a school's 教务主任, 总务主任 and
  政教主任, a 馆's 部主任, the 职教中心's 实训科 科长 middle; the rest (科员, 会计, 出纳, 报账员, 票务员,
  检票员, 护林员, 食堂管理员, 宿舍管理员, 辅导员, 采购员) general;
- ``廉政风险点 | 风险描述`` (the 景区管理处's list) and ``风险点 | 风险表现`` (the 文化馆's): the point is
  the short one; ``分管工作``, ``工作职责``, ``岗位职责``, ``职责事项`` and ``自查情况`` are no points
  and name no holder; the 文化馆's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 凤凰镇中心学校's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``write_xlsx`` here, which adds its check-box controls)
and ``truth.json``; no re-saved copies (as batch280 and batch406: LibreOffice keeps form controls
only in part, and an .xls of them is another file).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b410_"
PLACE = "柞水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

BOX_NAME = "zhashui_vocational_center_checkbox_controls"
BOX_UNIT = f"{PLACE}职业教育中心"
BOX_TAB = "排查表"
BOX_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
BOX_LEVEL_COL = BOX_HEAD.index("风险等级")
BOX_CAPTIONS = ("高", "中", "低")
BOX_NOTE = "填表说明：风险等级请勾选对应的“高”“中”“低”复选框（单选），风险类型按五类填写。"
BOX_WIDTHS = [6, 12, 11, 9, 36, 10, 16, 34]

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
BOX_ROWS = [
    ("中心领导", "主任", "禚湜琮", "leader", [
        ("实习车间建设和大型实训设备购置不经中心办公会集体研究", "制度机制", "高",
         "设备购置计划经中心办公会研究，按政府采购程序实施，结果公示。"),
        ("教职工绩效分配和评优推荐中搞“一言堂”", "思想道德", "中", "分配和推荐方案经教代会通过，结果公示。"),
    ]),
    ("中心领导", "副主任", "亢洧璇", "leader", [
        ("招生中违规承诺、向学生收取额外费用", "外部环境", "高", "招生政策和收费项目公开，设举报电话。"),
    ]),
    ("实训科", "科长", "仉泠珣", "middle", [
        ("实训耗材采购不询价，指定供应商", "业务流程", "高", "耗材三家以上询价，采购与验收分离。"),
        ("实训设备验收不按合同核对技术参数", "岗位职责", "中", "验收小组三人以上，专业教师共同签字。"),
    ]),
    ("学生资助办", "报账员", "竺沣琦", "general", [
        ("国家助学金、免学费资助对象认定把关不严", "岗位职责", "中", "资助对象班级评议、中心审核并公示。"),
        ("资助资金发放不及时、截留挪用", "业务流程", "低", "资助资金直接打卡发放，发放清单存档。"),
    ]),
    ("办公室", "会计", "蒯瀞璁", "general", [
        ("培训收入不及时入账，私设小金库", "制度机制", "高", "收入统一开具票据，每月对账，每学期内审。"),
        ("差旅、实习带队费用报销审核不严", "业务流程", "低", "报销单据逐张审核，超标准支出不予报销。"),
    ]),
]  # fmt: skip

MC_OPEN = (
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
)

# the controls' place in the level cell, in pixels: three boxes side by side
BOX_LEFTS = (4, 42, 80)
BOX_WIDTH, BOX_HEIGHT, BOX_TOP = 34, 16, 2
ROW_PX = 20  # a row of the default height (15 pt)


def zhashui_vocational_center_checkbox_controls() -> dict:
    unit = BOX_UNIT
    t = _Truth(unit)
    sh = _Sheet(BOX_TAB, BOX_WIDTHS)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*BOX_HEAD)
    first = len(sh.rows)
    n = 0
    boxes = []  # (row, the checked caption)
    for dept, post, who, tier, points in BOX_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, None, measures)
            boxes.append((r, lv))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, BOX_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    lay = _layout(
        BOX_NAME, "http://heze.cn/news/2014-02/27/content_197029.htm",
        "(harder) 县职业教育中心 岗位廉政风险排查表, after the source's 县职教中心 (实习车间, 实习设备 购置, 专项经费, 招生): an "
        "ordinary list (a title, a merged ``填报单位：…　填报时间：2025年9月`` line, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 short names/风险等级/防控措施, a merged ``填表说明：…`` line and a 填表人/审核人/date line) "
        "whose LEVEL IS GIVEN ONLY BY FORM-CONTROL CHECK BOXES: three controls captioned ``高 | 中 | 低`` over every "
        "``风险等级`` cell (VML ``ObjectType=\"Checkbox\"`` + ``xl/ctrlProps``), one checked, no cell link — every level "
        "cell EMPTY",
        [sh], t,
    )  # fmt: skip
    lay["checkboxes"] = {"col": BOX_LEVEL_COL, "captions": BOX_CAPTIONS, "rows": boxes}
    return lay


def _col_px(width: float) -> int:
    """A column's width in pixels, as Excel draws a width in characters (Calibri 11)."""
    return int(width * 7 + 0.5) + 5


def _controls(layout: dict) -> list[dict]:
    """Every check-box control of the harder layout: its row, caption, state and place."""
    spec = layout["checkboxes"]
    widths = layout["sheets"][0]["widths"]
    col = spec["col"]
    x0 = sum(_col_px(w) for w in widths[:col])
    out = []
    for row, checked in spec["rows"]:
        for caption, left in zip(spec["captions"], BOX_LEFTS, strict=True):
            out.append({
                "row": row, "col": col, "caption": caption, "checked": caption == checked,
                "left": left, "top": BOX_TOP, "x": x0 + left, "y": row * ROW_PX + BOX_TOP,
            })  # fmt: skip
    return out


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


def _vml(controls: list[dict]) -> str:
    shapes = []
    for i, b in enumerate(controls):
        x, y = b["x"] * 0.75, b["y"] * 0.75
        w, h = BOX_WIDTH * 0.75, BOX_HEIGHT * 0.75
        c, r = b["col"], b["row"]
        anchor = (f"{c}, {b['left']}, {r}, {b['top']}, {c}, {b['left'] + BOX_WIDTH}, {r}, "
                  f"{b['top'] + BOX_HEIGHT}")  # fmt: skip
        checked = "\n   <x:Checked>1</x:Checked>" if b["checked"] else ""
        shapes.append(
            f'<v:shape id="_x0000_s{1025 + i}" type="#_x0000_t201" style=\'position:absolute;\n'
            f"  margin-left:{x:g}pt;margin-top:{y:g}pt;width:{w:g}pt;height:{h:g}pt;z-index:{i + 1};\n"
            '  mso-wrap-style:tight\' filled="f" fillcolor="window [65]" stroked="f"\n'
            '  strokecolor="windowText [64]" o:insetmode="auto">\n'
            '  <v:path shadowok="t" strokeok="t" fillok="t"/>\n'
            '  <o:lock v:ext="edit" rotation="t"/>\n'
            "  <v:textbox style='mso-direction-alt:auto' o:singleclick=\"f\">\n"
            '   <div style=\'text-align:left\'><font face="宋体" size="200" color="auto">'
            f"{b['caption']}</font></div>\n  </v:textbox>\n"
            '  <x:ClientData ObjectType="Checkbox">\n'
            f"   <x:Anchor>\n    {anchor}</x:Anchor>\n"
            "   <x:AutoFill>False</x:AutoFill>\n   <x:AutoLine>False</x:AutoLine>\n"
            f"   <x:TextVAlign>Center</x:TextVAlign>{checked}\n   <x:NoThreeD/>\n"
            "  </x:ClientData>\n </v:shape>"
        )
    return _VML_HEAD + "".join(shapes) + "</xml>"


def _ctrl_prop(checked: bool) -> str:
    state = ' checked="Checked"' if checked else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"'
        f' objectType="CheckBox"{state} lockText="1" noThreeD="1"/>'
    )


def _sheet_controls(controls: list[dict]) -> str:
    """The sheet's ``<legacyDrawing>`` and ``<controls>`` (Excel 2010+), rIds 2… after the VML's 1."""
    parts = []
    for i, b in enumerate(controls):
        c, r = b["col"], b["row"]
        emu = 9525
        parts.append(
            MC_OPEN + f'<mc:Choice Requires="x14"><control shapeId="{1025 + i}" r:id="rId{2 + i}" '
            f'name="Check Box {i + 1}"><controlPr defaultSize="0" autoFill="0" autoLine="0" '
            'autoPict="0"><anchor moveWithCells="1">'
            f"<from><xdr:col>{c}</xdr:col><xdr:colOff>{b['left'] * emu}</xdr:colOff>"
            f"<xdr:row>{r}</xdr:row><xdr:rowOff>{b['top'] * emu}</xdr:rowOff></from>"
            f"<to><xdr:col>{c}</xdr:col><xdr:colOff>{(b['left'] + BOX_WIDTH) * emu}</xdr:colOff>"
            f"<xdr:row>{r}</xdr:row><xdr:rowOff>{(b['top'] + BOX_HEIGHT) * emu}</xdr:rowOff></to>"
            "</anchor></controlPr></control></mc:Choice></mc:AlternateContent>"
        )
    return (
        '<legacyDrawing r:id="rId1"/>' + MC_OPEN + '<mc:Choice Requires="x14"><controls '
        'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">'
        + "".join(parts)
        + "</controls></mc:Choice></mc:AlternateContent>"
    )


def _rels(controls: list[dict]) -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = [
        f'<Relationship Id="rId1" Type="{base}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
    ]
    rels += [
        f'<Relationship Id="rId{2 + i}" Type="{base}/ctrlProp" Target="../ctrlProps/ctrlProp{1 + i}.xml"/>'
        for i in range(len(controls))
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout then gets its check-box form controls: the VML
    drawing, one ``ctrlProp`` part a control, the sheet's ``<legacyDrawing>``/``<controls>``, their
    relationships and content types (no cell link: the cells stay as written)."""
    _write_xlsx44(layout, path)
    if "checkboxes" not in layout:
        return path
    controls = _controls(layout)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    assert rels not in parts, "the sheet had relationships of its own"
    xml = parts[sheet].decode("utf-8")
    assert xml.count("</worksheet>") == 1 and "<legacyDrawing" not in xml
    parts[sheet] = xml.replace("</worksheet>", _sheet_controls(controls) + "</worksheet>").encode()
    parts[rels] = _rels(controls).encode()
    parts["xl/drawings/vmlDrawing1.vml"] = _vml(controls).encode("utf-8")
    for i, b in enumerate(controls):
        parts[f"xl/ctrlProps/ctrlProp{1 + i}.xml"] = _ctrl_prop(b["checked"]).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    add = ""
    if 'Extension="vml"' not in types:
        add += '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
    add += "".join(
        f'<Override PartName="/xl/ctrlProps/ctrlProp{1 + i}.xml" '
        'ContentType="application/vnd.ms-excel.controlproperties+xml"/>'
        for i in range(len(controls))
    )
    assert types.count("</Types>") == 1
    parts["[Content_Types].xml"] = types.replace("</Types>", add + "</Types>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        order = ["[Content_Types].xml"] + [p for p in parts if p != "[Content_Types].xml"]
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2025, 9, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
    return path


# --------------------------------------------------------------------------- ordinary layouts


def zhashui_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游广电局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("缑潆苒", "局长", "主持全面工作", [
            ("重点旅游项目资金安排不经党组会集体研究", "一级", "项目资金安排经党组会研究，会议纪要存档。"),
            ("局属单位负责人选任中打招呼、搞照顾", "一级", "选任按程序动议、考察、公示，全程纪实。"),
        ]),
        ("郦澜琤", "副局长", "分管旅游产业发展、节会活动", [
            ("旅游节会活动承办单位选定不公开", "一级", "承办单位公开比选，结果公示。"),
            ("星级农家乐、星级酒店评定降低标准", "二级", "评定实行现场打分、集体评审，结果公示。"),
        ]),
        ("暨翀彧", "副局长", "分管文化市场、广播电视", [
            ("文化市场执法中选择性执法、以罚代管", "二级", "执法全过程记录，处罚决定法制审核。"),
            ("广播电视设施维护项目插手干预", "三级", "过问插手登记报告，项目按规定比选。"),
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
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("产业发展股", "股长", "衡洙瑛", "middle", [
            ("农家乐升级改造补助对象审核把关不严", "一级", "补助对象实地核查，名单公示七天。"),
            ("旅游项目资金拨付不按进度核实", "二级", "资金按验收进度拨付，拨付情况公开。"),
        ]),
        ("产业发展股", "科员", "訾湉珈", "general", [
            ("导游培训报名和考核中收受好处", "三级", "培训考核结果公开，接受投诉。"),
        ]),
        ("文化市场股", "股长", "茹滢琛", "middle", [
            ("网吧、歌舞娱乐场所经营许可审查不严", "一级", "许可材料两级审核，现场核查两人以上。"),
            ("涉旅收费检查走过场，对问题隐瞒不报", "二级", "检查组随机组成，问题清单限期整改。"),
        ]),
        ("办公室", "会计", "劳瑀淳", "general", [
            ("节会活动经费报销审核不严，虚列支出", "二级", "报销单据逐张审核，每季度内审抽查。"),
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
        "zhashui_culture_tourism_bureau_two_sheets", "http://cndongbu.cn/sn/03292257.html",
        "县文化和旅游广电局 file in two sheets after the source's account of 柞水县's 旅游 work (重点旅游项目, 节会活动, 农家乐 "
        "升级改造, 星级酒店 评定, 涉旅收费 监管, 导游 培训): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/风险点/风险等级/防控措施) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险等级/防控措施); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def zhashui_niubeiliang_scenic_office_list() -> dict:
    unit = f"{PLACE}牛背梁景区管理处"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "部门", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("处领导", "钮珺潇", "主任", "leader", [
            ("景区经营项目发包", "景区内经营项目发包不经集体研究，向关系人倾斜", "制度机制", "高",
             "经营项目发包经处务会研究，公开招租。"),
            ("闭园期间工程安排", "冬季闭园期间的维修工程化整为零，规避招标", "业务流程", "中", "工程按限额标准采购，结算送审。"),
        ]),
        ("处领导", "逯湑琚", "副主任", "leader", [
            ("景区门票优惠审批", "为关系人违规审批免票、优惠票", "岗位职责", "中", "优惠政策公示，免票登记按月核查。"),
        ]),
        ("票务科", "隗澋芷", "科长", "middle", [
            ("门票收入管理", "门票收入不及时解缴，截留挪用", "岗位职责", "高", "门票收入日清日缴，系统与银行每日对账。"),
            ("票据管理", "门票票据领用不登记，作废票不留存", "制度机制", "低", "票据专人领用核销，作废票全联留存。"),
        ]),
        ("票务科", "帅珩滢", "检票员", "general", [
            ("检票放行", "收取现金放行游客，不出票", "思想道德", "中", "检票口视频监控，客流与售票数据比对。"),
        ]),
        ("资源保护科", "苟琬沚", "科长", "middle", [
            ("森林防火检查", "防火检查走过场，对违规用火不处理", "岗位职责", "中", "检查记录拍照存档，问题限期整改。"),
            ("林木采伐审核", "对景区内林木采伐审核把关不严", "外部环境", "高", "采伐申请实地核查，集体审核。"),
        ]),
        ("综合科", "恽翃漪", "出纳", "general", [
            ("现金管理", "坐支现金，公款私存", "业务流程", "低", "现金日清月结，会计每周盘点。"),
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
        "zhashui_niubeiliang_scenic_office_list", "https://yybnet.net/shangluo/zuoshui/201711/6753134.html",
        "景区管理处 岗位廉政风险防控一览表 after the source's note on the 牛背梁国家森林公园 (the 管委会, 冬季 闭园 for 森林防火, "
        "资源管护): a title, a merged ``填报单位：…　填报时间：2025年9月`` line, then 序号/``部门`` merged (处领导, 票务科, "
        "资源保护科, 综合科)/``姓名`` BEFORE ``职务``, both merged per person/a short ``廉政风险点``/a long ``风险描述``/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhashui_education_bureau_duty_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "荀泽珣", "leader", [
                ("重大事项决策", "校长任免和教育专项资金安排搞“一言堂”", "制度机制风险", "一级风险",
                 "重大事项党组会集体研究，会议纪要存档。"),
            ]),
            ("副局长", "麴湄瑨", "leader", [
                ("校舍建设管理", "校舍建设项目插手干预，指定施工单位", "外部环境风险", "一级风险", "项目一律进场交易，过问插手登记报告。"),
            ]),
        ]),
        ("二、计划财务股", "计划财务股", [
            ("股长", "敖泷璎", "middle", [
                ("专项资金管理", "义务教育专项资金分配不按因素法测算", "业务流程风险", "一级风险", "分配方案集体研究，分配结果公开。"),
                ("学生资助", "资助资金审核拨付把关不严", "岗位职责风险", "二级风险", "资助名单学校公示，资金直达学生账户。"),
            ]),
        ]),
        ("三、人事股", "人事股", [
            ("股长", "枚琇澍", "middle", [
                ("职称评审", "中小学教师职称推荐评审中优亲厚友", "思想道德风险", "二级风险", "评审专家随机抽取，结果公示。"),
                ("教师招聘", "教师招聘资格审查不严、泄露试题", "岗位职责风险", "一级风险", "资格审查两人以上，试题保密封存。"),
            ]),
            ("科员", "乌浛璟", "general", [
                ("人事档案管理", "篡改教师档案中的工龄、学历信息", "制度机制风险", "三级风险", "档案借阅登记，变更两人核对。"),
            ]),
        ]),
        ("四、基础教育股", "基础教育股", [
            ("股长", "虢昱澴", "middle", [
                ("教辅资料审核", "教辅资料征订中收受书商好处", "外部环境风险", "二级风险", "征订目录集体审定，自愿征订并公示。"),
                ("招生划片", "义务教育招生违规办理择校、转学", "业务流程风险", "三级风险", "招生政策和划片范围公开，转学审批留痕。"),
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
        "zhashui_education_bureau_duty_list", "http://lnmlw.com/Bankloan/zqpfmypuap.html",
        "县教育局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、基础教育股`` merged across (no 股室 column), "
        "after the source's 县教育局 机构职责 (教育经费, 专项资金, 学生资助, 职称, 校长 任免, 教辅 审批): a title, then 序号/岗位 "
        "and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhashui_middle_school_selfchecks() -> dict:
    unit = "柞水中学"
    t = _Truth(unit)
    people = [
        ("闫砾湍", "校领导", "副校长", "leader", [
            ("分管学校后勤和安全工作", [
                ("食堂大宗食材采购不按程序，指定供应商", "Ⅰ级", "大宗食材公开招标，校务会审定。", "已落实"),
                ("校舍维修工程验收把关不严", "Ⅱ级", "验收小组三人以上，结算送审。", "已落实"),
            ]),
        ]),
        ("闵瑷澂", "总务处", "总务主任", "middle", [
            ("负责校产管理、物资采购和收费", [
                ("代收代管费用擅自扩大范围", "Ⅰ级", "收费项目报批并在校门口公示。", "已落实"),
                ("固定资产出借、处置不按规定审批", "Ⅲ级", "资产处置经校务会研究并报教育局审批。", "正在整改"),
            ]),
        ]),
        ("蔺淏琬", "教务处", "教务主任", "middle", [
            ("负责教学管理、学籍和考试", [
                ("学籍转入转出中收受家长财物", "Ⅱ级", "学籍变动集体审核，全程网上留痕。", "已落实"),
                ("评优评先和职称推荐量化赋分不公", "Ⅱ级", "量化细则公开，推荐结果公示。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("所在处室", dept, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zhashui_middle_school_selfchecks", "https://www.fudaoke.com/exam/3291668.html",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on a 学校's 行政职务 "
        "(教务主任, 政教主任, 总务主任, 办公室主任): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``所在处室 | … | 填表时间 "
        "| …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; a blank row and ``本人签名： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


def zhashui_yingpan_school_cards() -> dict:
    unit = f"{PLACE}营盘镇中心学校"
    t = _Truth(unit)
    cards = [
        ("校长", "殳翎澔", "", "leader", "主持学校全面工作，营养改善计划第一责任人", [
            ("营养改善计划食材供应商选定不经集体研究", "★★★", "供应商经校务会研究，按县教育局统一招标结果确定。"),
            ("学校公用经费使用不经校务会审定", "★★★", "公用经费预算校务会审定，支出按月公示。"),
            ("教师绩效考核中照顾关系人", "★★", "考核方案教代会通过，结果公示。"),
        ]),
        ("总务主任", "毋瑢涘", "", "middle", "负责后勤、食堂和校产管理", [
            ("食堂食材验收不严，以次充好", "★★", "食材验收双人签字，留样备查。"),
            ("营养餐就餐人数虚报，套取补助资金", "★★★", "就餐人数每日登记，每月与学籍核对。"),
        ]),
        ("食堂管理员", "鄞沁琰", "", "general", "负责食堂日常管理和出入库", [
            ("食材出入库登记不实，账物不符", "★★", "出入库每日登记，每周盘点。"),
            ("接受供货商宴请、礼品", "★", "签订廉洁承诺书，举报电话公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "校长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zhashui_yingpan_school_cards", "http://61.185.82.93/show.asp?id=9042",
        "镇中心学校 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 总务主任, 食堂管理员), after the source's note on the "
        "营养改善计划 (计财股, 校长负责制, 补助标准, 营养午餐): a title, ``姓　名 | … | 职　务 | …``, a merged ``岗位职责：…`` line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column, no 科室 field; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 校长（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhashui_culture_center_posts() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", [
            ("演出活动承办", "文艺巡回演出承办单位不经集体研究确定", "制度机制", "高风险", "承办单位馆务会研究，公开比选。"),
            ("人员聘用", "临聘演职人员招聘不公开，优亲厚友", "思想道德", "中风险", "招聘公告、考核和结果全程公开。"),
        ]),
        ("馆领导", "副馆长", "leader", [
            ("文艺作品评选", "廉政微电影、小戏评选打招呼，结果不公", "外部环境", "中风险", "评委随机抽取，评选结果公示。"),
        ]),
        ("文艺创作部", "部主任", "middle", [
            ("创作经费使用", "渔鼓小戏创作经费虚列劳务费", "业务流程", "高风险", "劳务费按标准发放，签字存档。"),
            ("下乡演出补助", "巡回演出场次虚报，多领补助", "岗位职责", "中风险", "演出场次村委会签字确认，照片存档。"),
        ]),
        ("群文辅导部", "辅导员", "general", [
            ("免费培训", "免费开放培训班变相收费", "岗位职责", "低风险", "培训项目和收费政策公示，接受举报。"),
        ]),
        ("办公室", "出纳", "general", [
            ("现金管理", "演出收入不及时存行，挪用公款", "业务流程", "高风险", "现金日清日存，会计每周盘点。"),
            ("票据管理", "收款票据领用不登记", "制度机制", "低风险", "票据专人领用核销，作废票据全联留存。"),
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
        "zhashui_culture_center_posts", "http://danielrmorrow.com/index/news/shownews/nid/60",
        "县文化馆 岗位廉政风险点排查表 对岗不对人, after the source's 商洛日报 article on 柞水's 廉政文化 (the 县剧团's 渔鼓小戏 and "
        "巡回演出, 廉政微电影, 文化墙, 文化广场): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | "
        "2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def zhashui_fenghuang_school_every_row() -> dict:
    unit = f"{PLACE}凤凰镇中心学校"
    sh = _Sheet("一览表", [6, 10, 10, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "阙璘淯", "leader", "制度机制", "学校大额经费支出不经校务会研究", "Ⅰ", "大额支出校务会研究，按月公示。"),
        ("校领导", "校长", "阙璘淯", "leader", "外部环境", "校服、教辅征订中收受回扣", "Ⅰ", "征订自愿，供应商按县统一招标确定。"),
        ("校领导", "副校长", "巩淼珧", "leader", "岗位职责", "教师调配和代课教师聘用不公", "Ⅱ", "调配方案集体研究并公示。"),
        ("教务处", "教务主任", "濮漪琡", "middle", "业务流程", "考试成绩和学籍信息被随意改动", "Ⅱ", "成绩和学籍变更双人审核，系统留痕。"),
        ("总务处", "总务主任", "郜洺琇", "middle", "业务流程", "维修材料采购不询价，虚报数量", "Ⅱ", "三家询价，材料出入库登记。"),
        ("总务处", "宿舍管理员", "卫潾璆", "general", "思想道德", "住宿生床位安排收受家长财物", "Ⅲ", "床位按年级统一安排，名单公示。"),
        ("办公室", "报账员", "揭瑾沨", "general", "岗位职责", "报账票据审核不严，虚列支出", "Ⅱ", "报账单据经手人、证明人、审批人三签。"),
        ("办公室", "报账员", "揭瑾沨", "general", "制度机制", "公用经费台账登记不及时", "Ⅲ", "台账每月登记，与中心校账务核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, typ, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "zhashui_fenghuang_school_every_row", "http://daxue.211hr.com/daxue/xrh7i634.html",
        "镇中心学校 岗位廉政风险防控一览表, after the source's note on a 学校's 职员 (校长, 副校长, 教务主任, 总务主任, 会计, "
        "宿舍管理员, 食堂): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/处室/岗位/"
        "姓名 written out on EVERY row (nothing merged)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhashui_vocational_center_checkbox_controls(),
    zhashui_culture_tourism_bureau_two_sheets(),
    zhashui_niubeiliang_scenic_office_list(),
    zhashui_education_bureau_duty_list(),
    zhashui_middle_school_selfchecks(),
    zhashui_yingpan_school_cards(),
    zhashui_culture_center_posts(),
    zhashui_fenghuang_school_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch410-inbox"))
