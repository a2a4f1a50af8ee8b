"""What a sheet says only by its cells' formatting, under a note saying so: levels by the fill
colour of the risk cells ('注：…以底色标示：红色为高风险，黄色为中风险，蓝色为低风险'), rows deleted by
a strikethrough ('加删除线的为本次删除的风险点'). Cell values are read by calamine, which sees no
formatting; the few cells asked for are read here with openpyxl, only for such a sheet of an
.xlsx file."""

from __future__ import annotations

import colorsys
import operator
import re
from collections.abc import Iterable
from pathlib import Path

from xlproc.config import GRADE_WORD_MARKS
from xlproc.text import BRACKETED, LEVEL_ALTS, LazyRe, col_index
from xlproc.workbook import package, part_text

# a colour word and the level a note gives it: '红色为高风险', '黄色表示中风险', '蓝色—低风险'
_COLOUR_SAID = re.compile(
    r"(红|橙|黄|绿|蓝|紫)色?(?:底色|背景色?|填充)?\s*(?:的|者)?\s*(?:为|是|表示|代表|[—－-])\s*"
    r"(一级|二级|三级|Ⅰ级|Ⅱ级|Ⅲ级|高|中|低|较高|一般|较低|重大|较大)"
)
_SHADED = re.compile(r"底色|背景色?|填充色?|色块|颜色|标识|标示|标注|着色")
_NOT_POINTS = re.compile(r"字体|文字颜色|岗位风险等级|风险岗位|岗位等级")
_SENTENCE = re.compile(r"[。\n]")
# where on the colour wheel each colour a note may name stands (degrees of hue)
_HUE = {"红": 0.0, "橙": 32.0, "黄": 58.0, "绿": 120.0, "蓝": 215.0, "紫": 285.0}


def colour_levels(legend: str, level) -> dict[str, str]:
    """Colour name → canonical level, from a sentence of a note saying the points' levels are
    shown by the cells' fill ('风险点…以底色标示：红色为高风险…'; ``level`` turns a level word into
    the canonical one); {} for any other note (a font's colours, rows highlighted as changed, the
    posts' grades shaded)."""
    return _colours_said(legend, level, _SHADED, _COLOUR_SAID)


def _colours_said(legend: str, level, about: re.Pattern, said: re.Pattern) -> dict[str, str]:
    """Colour name → canonical level from the sentences of ``legend`` that ``about`` finds
    (what is coloured: fills, tabs) and that are not about something else than the points, each
    pair as ``said`` reads it; {} where fewer than two colours are named."""
    out: dict[str, str] = {}
    for sentence in _SENTENCE.split(legend):
        if not about.search(sentence) or _NOT_POINTS.search(sentence):
            continue
        for colour, word in said.findall(sentence):
            lv = level(word)
            if lv:
                out.setdefault(colour, lv)
    return out if len(out) >= 2 else {}


# a font colour and the level a note gives it: '红色字体的为高风险点', '字体为蓝色的表示中风险'
_LEVEL_WORDS = f"({LEVEL_ALTS})"
_FONT_SAID = re.compile(
    r"(?:(红|橙|黄|绿|蓝|紫|黑)色?(?:字体|字|文字)|字体(?:颜色)?为?(红|橙|黄|绿|蓝|紫|黑)色?)"
    r"\s*(?:的|者)?(?:风险点?|行|内容)?\s*(?:为|是|表示|代表|属于?|[—－-])\s*" + _LEVEL_WORDS
)
# the rows in the ordinary font: '其余（黑色字体）为低风险点', '未标色的为低风险'
_FONT_REST = re.compile(
    r"(?:其余|其他|未标[色注]?|未着色|无颜色)[^。；;，,]{0,12}?(?:为|是|属于?)\s*" + _LEVEL_WORDS
)


def font_levels(legend: str, level) -> tuple[dict[str, str], str]:
    """Font colour name → canonical level, and the level of the rows in the ordinary (black,
    automatic) font, from a note saying the points' levels are shown by their text's colour
    ('表中红色字体的为高风险点，蓝色字体的为中风险点，其余（黑色字体）为低风险点'); ({}, '') for any
    other note ('红色字体为本次新增的风险点' gives no level)."""
    out: dict[str, str] = {}
    rest = ""
    for sentence in _SENTENCE.split(legend):
        if "字" not in sentence or "色" not in sentence:
            continue
        for a, b, word in _FONT_SAID.findall(sentence):
            lv = level(word)
            if lv:
                out.setdefault(a or b, lv)
        m = _FONT_REST.search(sentence)
        if m and out:
            rest = level(m.group(1)) or ""
    rest = rest or out.pop("黑", "")
    out.pop("黑", None)
    return (out, rest) if len(out) + bool(rest) >= 2 and out else ({}, "")


# a key naming the text's colour ONCE, before its colours: '字体颜色：红—一级　橙—二级　黑—三级',
# '风险等级以字体颜色区分，红色为一级，橙色为二级…', '文字颜色：红色—高风险、蓝色—中风险…'
_FONT_KEY = re.compile(r"字体的?颜色|文字的?颜色|字的颜色|字色|字体(?=\s*[:：])")
# one entry of such a key: a colour (bare or with 色) and its level ('红—一级', '蓝色为中风险')
_KEY_ENTRY = re.compile(
    r"(红|橙|黄|绿|蓝|紫|黑)色?(?:字体|文字|字)?\s*(?:的|者)?\s*(?:为|是|表示|代表|属于?|[—－:：-]+)\s*"
    + _LEVEL_WORDS
)
_KEY_OPENS = re.compile(r"[，,；;、]")


def font_key_levels(legend: str, level) -> tuple[dict[str, str], str, str]:
    """Font colour name → canonical level, the level of the rows in the ordinary (black) font,
    and the key as written, from a key naming the text's colour once and its colours after it
    as a list ('字体颜色：红—一级　橙—二级　黑—三级'; ``font_levels`` wants the font named at each
    colour: '红色字体的为…'). The key runs from its font word to the sentence's end or to a fill
    named after it ('…；底色：…'); a key whose own clause names a fill ('以底色和字体颜色区分'), one
    giving a colour two levels, or naming fewer than two colours gives nothing: ({}, '', '')."""
    for sentence in _SENTENCE.split(legend):
        m = _FONT_KEY.search(sentence)
        if m is None:
            continue
        opens = max((x.end() for x in _KEY_OPENS.finditer(sentence, 0, m.start())), default=0)
        if _FILL_SAID.search(sentence, opens, m.start()):
            continue  # (a fill named in the key's own clause: which colours is not clear)
        fill = _FILL_SAID.search(sentence, m.end())
        key = sentence[m.start() : fill.start() if fill else len(sentence)]
        out: dict[str, str] = {}
        for colour, word in _KEY_ENTRY.findall(key):
            lv = level(word)
            if not lv or out.get(colour, lv) != lv:
                out = {}
                break
            out[colour] = lv
        rest = out.pop("黑", "")
        said_rest = _FONT_REST.search(key)
        if said_rest and not rest:
            rest = level(said_rest.group(1)) or ""
        if out and len(out) + bool(rest) >= 2:
            return out, rest, sentence.strip()
    return {}, "", ""


# the head of a clause giving a colour a meaning: '黄色为', '绿色底色的表示', '标蓝的为', '紫色：'
_COLOUR_HEAD = re.compile(
    r"(?:(?:标|涂|填)(红|橙|黄|绿|蓝|紫)色?|(红|橙|黄|绿|蓝|紫)色)"
    r"(?:底色|背景色?|填充色?|字体|文字|字)?\s*(?:的|者)?(?:风险点?|单元格|内容|部分)?"
    r"\s*(?:为|是|表示|代表|属于?|即|[—－:：-])\s*"
)
_CLAUSE_END = re.compile(r"[，,；;：:。\n]")
_FONT_SAID_TYPES = re.compile(r"字体|文字颜色|字的颜色|字色|(?:红|橙|黄|绿|蓝|紫)色?(?:字体|文字)")
_FILL_SAID = re.compile(r"底色|背景|填充|色块|涂色|单元格颜色|单元格.{0,3}色")


def colour_types(legend: str, types) -> tuple[dict[str, str], str]:
    """Colour name → canonical type(s) ('、'-joined), and how the colour is given ('fill',
    'font', or '' where the note does not say), from a note tying colours to the configured
    types ('以单元格底色区分风险类型：黄色为思想道德风险，绿色为制度机制风险…'; ``types`` is
    ``Config.types``). The word after 为 decides: a level ('红色为高风险') is no type, and a
    clause naming anything beyond the vocabulary is left out. ({}, '') for a note naming fewer
    than two colours, or one colour two ways (nothing is guessed from a note that contradicts
    itself)."""
    out: dict[str, str] = {}
    hows: set[str] = set()
    for sentence in re.split(r"[。；;\n]", legend):
        heads = list(_COLOUR_HEAD.finditer(sentence))
        found = False
        for i, m in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(sentence)
            said = BRACKETED.sub("", sentence[m.end() : end])
            said = _CLAUSE_END.split(said, 1)[0].strip(" 、\u3000")
            known, unknown = types(said) if said else ([], [])
            if not known or unknown:
                continue
            colour = m.group(1) or m.group(2)
            kind = "、".join(known)
            if out.get(colour, kind) != kind:
                return {}, ""
            out[colour] = kind
            found = True
        if found:
            font, fill = bool(_FONT_SAID_TYPES.search(sentence)), bool(_FILL_SAID.search(sentence))
            hows.add("font" if font and not fill else "fill" if fill and not font else "")
    if len(out) < 2:
        return {}, ""
    return out, (hows.pop() if len(hows) == 1 else "")


# a colour word and the level a note gives the sheets whose TAB has it: '红色标签为一级风险',
# '橙色标签页表示二级风险', '黄色页签的工作表为三级风险' (in a sentence naming the tabs)
_TAB_SAID = re.compile(
    r"(红|橙|黄|绿|蓝|紫)色?(?:的)?(?:工作表|表)?(?:标签页?|页签)?(?:的)?(?:工作表|表|页)?"
    r"(?:中的?|内的?|里的?)?(?:风险点?)?\s*(?:为|是|表示|代表|属于?|[—－-]|[：:])\s*"
    + f"({LEVEL_ALTS})"
)
_TABS_NAMED = re.compile(r"标签|页签")


def tab_levels(legend: str, level) -> dict[str, str]:
    """Colour name → canonical level, from a sentence of a note saying the levels are shown by
    the colour of the worksheets' tabs ('以工作表标签颜色区分：红色标签为一级风险，橙色标签为二级
    风险…'); {} for a note about the cells' fills or fonts (no '标签' in its sentence), or one
    naming fewer than two colours."""
    return _colours_said(legend, level, _TABS_NAMED, _TAB_SAID)


_TAB_COLOUR = re.compile(r"<(?:\w+:)?tabColor\b([^>]*)/?>")


def tab_colours(path: Path) -> dict[str, str]:
    """Sheet name → the colour name of its tab (``<sheetPr><tabColor rgb=…>``: an ARGB, an
    indexed colour or the theme's, its tint left aside), for the sheets of an .xlsx whose tab is
    coloured; {} for any other file or one whose parts cannot be read."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return {}
    from openpyxl.styles.colors import COLOR_INDEX

    from xlproc.workbook import sheet_parts

    out: dict[str, str] = {}
    try:
        with package(path) as zf:
            theme: dict[str, str] | None = None
            for sheet, part in sheet_parts(zf).items():
                head = part_text(zf, part)[:4000]  # (sheetPr comes first)
                m = _TAB_COLOUR.search(head)
                if m is None:
                    continue
                attrs = m.group(1)
                rgb = re.search(r'\brgb="([0-9A-Fa-f]{6,8})"', attrs)
                indexed = re.search(r'\bindexed="(\d+)"', attrs)
                themed = re.search(r'\btheme="(\d+)"', attrs)
                got = rgb.group(1) if rgb else ""
                if not got and indexed and int(indexed.group(1)) < min(64, len(COLOR_INDEX)):
                    got = COLOR_INDEX[int(indexed.group(1))]
                if not got and themed:
                    theme = _theme(zf) if theme is None else theme
                    slots = ("lt1", "dk1", "lt2", "dk2", *(f"accent{i}" for i in range(1, 7)))
                    k = int(themed.group(1))
                    got = theme.get(slots[k], "") if k < len(slots) else ""
                name = colour_name(got) if got else ""
                if name:
                    out[sheet] = name
    except Exception:  # a part missing or damaged: no tab read
        return {}
    return out


def colour_name(rgb: str) -> str:
    """'FFFF0000' → '红': the hue of an ARGB colour, '' for grey, white or black."""
    rgb = rgb[-6:]
    try:
        r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return ""
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if s < 0.25 or v < 0.25:
        return ""
    deg = h * 360
    for end, name in ((15, "红"), (52, "橙"), (75, "黄"), (165, "绿"), (260, "蓝"), (330, "紫")):
        if deg < end:
            return name
    return "红"


def _formats(
    path: Path, sheet: str, cells: set[tuple[int, int]], look
) -> dict[tuple[int, int], object]:
    """``look(cell)`` of those of ``cells`` (0-based row, column) on ``sheet`` for which it is not
    None, read with openpyxl from an .xlsx; {} for any other file, or one openpyxl cannot read."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not cells:
        return {}
    from openpyxl import load_workbook

    out: dict[tuple[int, int], object] = {}
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb[sheet]
            top, bottom = min(r for r, _c in cells), max(r for r, _c in cells)
            for r, row in enumerate(ws.iter_rows(min_row=top + 1, max_row=bottom + 1), top):
                for cell in row:
                    col = getattr(cell, "column", None)
                    if col is not None and (r, col - 1) in cells:
                        got = look(cell)
                        if got is not None:
                            out[(r, col - 1)] = got
        finally:
            wb.close()
    except Exception:  # nothing read: the values stand as calamine read them
        return {}
    return out


def _fill_colour(cell) -> str | None:
    fill = cell.fill
    colour = getattr(fill, "fgColor", None)
    if fill is None or fill.fill_type != "solid" or colour is None:
        return None
    rgb = _rgb(colour)
    return (colour_name(rgb) or None) if rgb else None  # (a theme's: not known without the theme)


def _rgb(colour) -> str | None:
    """An openpyxl colour's ARGB: its own, or its palette entry's (a file saved from .xls); None
    for a theme's colour (not known without the theme) or the automatic one."""
    if colour is None:
        return None
    if colour.type == "rgb" and isinstance(colour.rgb, str):
        return colour.rgb
    if colour.type == "indexed" and isinstance(colour.indexed, int):
        from openpyxl.styles.colors import COLOR_INDEX

        if colour.indexed < len(COLOR_INDEX) and colour.indexed not in (64, 65):  # (64: auto)
            return COLOR_INDEX[colour.indexed]
    return None


def _font_colour(cell) -> str | None:
    """The font's colour name, '' for black or grey, '?' for a colour not known here (a theme's):
    the ordinary font is None."""
    colour = getattr(getattr(cell, "font", None), "color", None)
    if colour is None:
        return None
    rgb = _rgb(colour)
    if rgb is None:
        return "?" if colour.type == "theme" and colour.theme not in (0, 1) else None
    return colour_name(rgb) or None  # (black, grey: the ordinary font)


def font_colours(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The colour names of the fonts of ``cells`` (0-based row, column) on ``sheet``; a cell in
    the ordinary (black, automatic) font is left out."""
    return _formats(path, sheet, cells, _font_colour)  # type: ignore[return-value]


def cell_colours(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The colour names of the solid fills of ``cells`` (0-based row, column) on ``sheet``."""
    return _formats(path, sheet, cells, _fill_colour)  # type: ignore[return-value]


def _indent(cell) -> int | None:
    steps = getattr(getattr(cell, "alignment", None), "indent", None)
    return int(steps) if steps else None


def cell_indents(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """The indent steps of those of ``cells`` (0-based row, column) on ``sheet`` that are indented
    (a pivot table's row items, each field a step deeper); {} for a file keeping none we read."""
    return _formats(path, sheet, cells, _indent)  # type: ignore[return-value]


def _typed_indent(cell) -> int:
    """How far a cell's text stands in: its leading spaces typed (a full-width one two, an
    ASCII one one: '　　统计医生处方…' → 4) and Excel's indent steps (two each); 0 flush."""
    text = cell.value if isinstance(cell.value, str) else ""
    n = 0
    for ch in text:
        if ch == "\u3000":
            n += 2
        elif ch == " ":
            n += 1
        elif ch == "\t":
            n += 4
        else:
            break
    return n + 2 * (_indent(cell) or 0)


def typed_indents(
    path: Path, sheet: str, cells: set[tuple[int, int]]
) -> dict[tuple[int, int], int]:
    """How far each of ``cells`` stands in (``_typed_indent``), read with openpyxl from an .xlsx
    (the grid's text is stripped); {} for a file keeping none we read."""
    return _formats(path, sheet, cells, _typed_indent)  # type: ignore[return-value]


def lead_width(text: str) -> int:
    """How far a text stands in by its leading spaces, in half-character widths: a full-width
    space two, an ASCII one one, a tab four ('　　对质量问题…' → 4)."""
    n = 0
    for ch in text:
        if ch == "\u3000":
            n += 2
        elif ch == " " or ch == "\xa0":
            n += 1
        elif ch == "\t":
            n += 4
        else:
            break
    return n


def point_indents(
    path: Path, sheet: str, cells: set[tuple[int, int]]
) -> dict[tuple[int, int], int]:
    """``typed_indents`` of an .xlsx (spaces typed and Excel's indent steps); of an .xls or .ods
    re-saved the leading spaces typed only, its cells read again with calamine (the grid's text
    is stripped; the formats' indent is not read there). {} where nothing could be read."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return typed_indents(path, sheet, cells)
    if suffix not in (".xls", ".ods") or not cells:
        return {}
    try:
        from python_calamine import CalamineWorkbook

        with open(path, "rb") as f:
            wb = CalamineWorkbook.from_filelike(f)
            rows = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            wb.close()
    except BaseException as e:  # (calamine's errors are of several types, a panic among them)
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return {}
    out = {}
    for r, c in cells:
        v = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
        out[(r, c)] = lead_width(v) if isinstance(v, str) else 0
    return out


def _fill_or_unknown(cell) -> str | None:
    """The solid fill's colour name, '?' for a fill whose colour is not known here (a theme's
    other than white or black, or a pattern), None for no fill or a white, grey or black one."""
    fill = cell.fill
    if fill is None or not fill.fill_type:
        return None
    colour = getattr(fill, "fgColor", None)
    if fill.fill_type != "solid":
        return "?"
    rgb = _rgb(colour)
    if rgb is None:
        theme = getattr(colour, "theme", None)
        return "?" if getattr(colour, "type", "") == "theme" and theme not in (0, 1) else None
    return colour_name(rgb) or None


def marked_colours(
    path: Path, sheet: str, cells: set[tuple[int, int]], by_font: bool
) -> dict[tuple[int, int], str]:
    """The colour names of ``cells``' fills (or fonts), '?' where a cell is coloured in a way not
    known here (a theme's colour): a cell not coloured at all is left out."""
    look = _font_colour if by_font else _fill_or_unknown
    return _formats(path, sheet, cells, look)  # type: ignore[return-value]


def nearest(colour: str, named: Iterable[str]) -> str:
    """Of the colours a note names, the one nearest to ``colour`` on the wheel (a fill of
    Excel's 金色 or 中性 yellow under a note naming 红/黄/绿 is its 黄), within 35°; else ''."""
    if colour in named or colour not in _HUE:
        return colour if colour in named else ""
    hue = _HUE[colour]
    best = min(named, key=lambda c: min(abs(_HUE[c] - hue), 360 - abs(_HUE[c] - hue)), default="")
    if not best:
        return ""
    gap = min(abs(_HUE[best] - hue), 360 - abs(_HUE[best] - hue))
    return best if gap <= 35 else ""


_STRUCK = re.compile(r"删除线|划线|横线")
_GONE = re.compile(r"删除|删去|取消|不再列入|不再保留|不再纳入")
_STILL = re.compile(r"整改|仍|继续|删除的文字|删除的字")


def struck_means_deleted(legend: str) -> bool:
    """A clause of a note says a strikethrough marks the points deleted ('加删除线的为本次删除的
    风险点', '删除线表示该风险点已删除'), not ones dealt with and kept ('…表示已整改到位') nor
    words edited in a cell ('删除线为删除的文字')."""
    for x in re.split(r"[。；;，,\n]", legend):
        if _STRUCK.search(x) and _GONE.search(_STRUCK.sub("", x)) and not _STILL.search(x):
            return True
    return False


_WORDS_OF = re.compile(r"文字|字句|内容|词句|部分|字")


def struck_means_words_deleted(legend: str) -> bool:
    """A clause of a note says struck words inside a cell are words taken out ('加删除线的文字为
    本次删去的内容'): the cell says what is left."""
    for x in re.split(r"[。；;，,\n]", legend):
        if (
            _STRUCK.search(x)
            and _WORDS_OF.search(x)
            and _GONE.search(_STRUCK.sub("", x))
            and not _KEPT.search(_STRUCK.sub("", x))
        ):
            return True
    return False


_KEPT = re.compile(r"不删|未删|不作删除|保留|整改|仍|继续|参考")


def _rich_runs(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], list]:
    """The runs ``(text, font)`` of those of ``cells`` on ``sheet`` of an .xlsx that hold rich
    text (runs in more than one font); an empty dict for any other file or one openpyxl cannot
    read (its cells were read, the fonts are not known)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not cells:
        return {}
    from openpyxl import load_workbook

    out: dict[tuple[int, int], list] = {}
    try:
        wb = load_workbook(path, rich_text=True, data_only=True)
        ws = wb[sheet]
        for r, c in cells:
            v = ws.cell(row=r + 1, column=c + 1).value
            if hasattr(v, "__iter__") and not isinstance(v, str):
                out[(r, c)] = [(str(getattr(p, "text", p)), getattr(p, "font", None)) for p in v]
        wb.close()
    except Exception:  # (a damaged or unexpected part: the fonts are not known)
        return {}
    return out


def _struck(font) -> bool:
    return bool(getattr(font, "strike", None))


def unstruck_texts(
    path: Path, sheet: str, cells: set[tuple[int, int]]
) -> dict[tuple[int, int], str]:
    """Of ``cells`` on ``sheet`` of an .xlsx, those with some of their words struck through (a
    rich-text cell): cell → its text without them."""
    return {
        at: "".join(t for t, f in runs if not _struck(f))
        for at, runs in _rich_runs(path, sheet, cells).items()
        if any(_struck(f) for _t, f in runs)
    }


def struck_cells(path: Path, sheet: str, cells: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Those of ``cells`` (0-based row, column) on ``sheet`` whose font is struck through."""
    return set(_formats(path, sheet, cells, lambda c: True if c.font and c.font.strike else None))


_HIDDEN = re.compile(r"隐藏")
_CLOSED = re.compile(
    r"销号|删除|删去|撤销|作废|已整改|关闭|停用|不再列入|不再纳入|不再作为|不再保留|不再防控|不再是"
)


def hidden_means_closed(legend: str) -> bool:
    """A clause of a note says the hidden rows are points no longer kept ('已销号的风险点所在行
    已隐藏', '隐藏的行为本次删除的风险点'), not rows folded for printing ('…可取消隐藏查看'
    aside, a closed point is what it names)."""
    for x in re.split(r"[。；;\n]", legend):
        if _HIDDEN.search(x) and _CLOSED.search(x) and not re.search(r"查看|上墙|打印|张贴", x):
            return True
    return False


def _sheet_xml(path: Path, sheet: str) -> str | None:
    """The XML of ``sheet``'s own part in an .xlsx ('' where it has none); None where the
    package cannot be read (missing or damaged: what the part would tell is not known)."""
    from xlproc.workbook import sheet_parts

    try:
        with package(path) as zf:
            part = sheet_parts(zf).get(sheet)
            return part_text(zf, part) if part else ""
    except Exception:
        return None


def hidden_rows(path: Path, sheet: str) -> set[int]:
    """The 0-based rows hidden on ``sheet`` of an .xlsx (``<row r="6" hidden="1">``); an empty
    set for any other file, or one whose parts cannot be read."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return set()

    xml = _sheet_xml(path, sheet)
    if not xml:  # a part missing or damaged: the cells were read, so nothing hidden
        return set()
    out = set()
    for m in re.finditer(r"<(?:\w+:)?row\b([^>]*)>", xml):
        attrs = m.group(1)
        if re.search(r'\bhidden="(?:1|true)"', attrs):
            r = re.search(r'\br="(\d+)"', attrs)
            if r:
                out.add(int(r.group(1)) - 1)
    return out


_NAMES_STRUCK = re.compile(
    r"(?:姓名|人员|名字|责任人)[^。；;\n]{0,12}(?:删除线|划线|横线)|(?:删除线|划线|横线)[^。；;\n]{0,12}(?:姓名|人员|离任|调离|原任)"
)


def struck_means_left(legend: str) -> bool:
    """A note says a name struck through is one who left the post ('人员变动的，原姓名加删除线
    保留，现任人员姓名写在其后')."""
    return bool(_NAMES_STRUCK.search(legend))


def struck_words(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Of ``cells`` on ``sheet`` of an .xlsx, those with words struck through in part of their
    text (a rich-text cell: '~~鄢蘅笙~~⏎羿沄岐'): cell → the struck words, joined by a newline."""
    out: dict[tuple[int, int], str] = {}
    for at, runs in _rich_runs(path, sheet, cells).items():
        words = "\n".join(t.strip() for t, f in runs if _struck(f))
        if words.strip():
            out[at] = words
    return out


# a section's condition ('[=3]', '[>=2]') and the colour or locale codes a section may carry
_CONDITION = re.compile(r"\[(=|<>|>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\]")
_CODES = re.compile(r"\[[^\]]*\]")
_LITERAL = re.compile(r'"([^"]*)"|\\(.)|(\s)')


def shown_word(code: str, value) -> str | None:
    """The words a custom number format shows for a number ('[=3]"高";[=2]"中";"低"' shows 3 as
    '高'), where the section it picks is text alone; None where it shows the number (a date, a
    plain format) or ``value`` is no number."""
    if not isinstance(value, int | float) or isinstance(value, bool) or '"' not in code:
        return None
    sections, cur, quoted = [], "", False
    for ch in code:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            sections.append(cur)
            cur = ""
        else:
            cur += ch
    sections.append(cur)
    conds = [_CONDITION.search(s) for s in sections]
    if any(conds):
        ops = {"=": operator.eq, "<>": operator.ne, ">=": operator.ge, "<=": operator.le,
               ">": operator.gt, "<": operator.lt}  # fmt: skip
        chosen = next(
            (s for s, m in zip(sections, conds, strict=True)
             if m is None or ops[m.group(1)](value, float(m.group(2)))),
            None,
        )  # fmt: skip
    else:  # positive; negative; zero
        k = 0 if value > 0 or len(sections) == 1 else 1 if value < 0 else 2
        chosen = sections[min(k, len(sections) - 1)]
    if chosen is None:
        return None
    rest = _CODES.sub("", chosen)
    if _LITERAL.sub("", rest):
        return None  # ('0"分"', 'yyyy"年"': the number itself is shown)
    word = "".join(a or b or c for a, b, c in _LITERAL.findall(rest)).strip()
    return word or None


def worded_formats(path: Path) -> bool:
    """Whether an .xlsx workbook defines a number format that shows some number as words alone
    (read from its styles part, before any cell is read with openpyxl)."""
    import html

    try:
        with package(path) as zf:
            styles = part_text(zf, "xl/styles.xml")
    except Exception:
        return False
    codes = [html.unescape(c) for c in re.findall(r'formatCode="([^"]*)"', styles)]
    return any(shown_word(c, n) for c in codes for n in (1, 2, 3, 0, -1))


def shown_words(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The words those of ``cells`` show through their number format, where it shows words."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not cells or not worded_formats(path):
        return {}
    got = _formats(path, sheet, cells, lambda cell: shown_word(cell.number_format, cell.value))
    return {k: v for k, v in got.items() if isinstance(v, str)}


# the colours of a three-icon set's icons, lowest values first (Excel's own sets)
_ICON_COLOURS = dict.fromkeys(
    ("3TrafficLights1", "3TrafficLights2", "3Signs", "3Arrows", "3Flags", "3Symbols", "3Symbols2"),
    ("红", "黄", "绿"),
)
_LIGHT_SAID = re.compile(
    r"(红|黄|绿)色?(?:灯|信号灯|图标|标志|圆点|旗)\s*(?:的|者)?\s*(?:为|是|表示|代表|[—－-])\s*"
    + _LEVEL_WORDS
)


def light_levels(legend: str, level) -> dict[str, str]:
    """Colour → canonical level from a note saying what the icons drawn in the cells mean
    ('红灯为高风险，黄灯为中风险，绿灯为低风险'); {} for any other note."""
    out: dict[str, str] = {}
    for colour, word in _LIGHT_SAID.findall(legend):
        lv = level(word)
        if lv:
            out.setdefault(colour, lv)
    return out if len(out) >= 2 else {}


def icon_colours(
    path: Path, sheet: str, values: dict[tuple[int, int], float]
) -> dict[tuple[int, int], str]:
    """The colour of the icon a conditional format's three-icon set draws in each of the cells
    ``values`` gives the numbers of ('3TrafficLights1', reversed or not, by numbers or by
    percent of the range); {} where the sheet has none or it cannot be read (.xlsx only)."""
    import html

    if path.suffix.lower() not in (".xlsx", ".xlsm") or not values:
        return {}
    xml = _sheet_xml(path, sheet)
    if xml is None:
        return {}
    out: dict[tuple[int, int], str] = {}
    for block in re.finditer(
        r'<(?:\w+:)?conditionalFormatting\b[^>]*\bsqref="([^"]+)"[^>]*>(.*?)</(?:\w+:)?conditionalFormatting>',
        xml,
        re.S,
    ):
        rule = re.search(
            r"<(?:\w+:)?iconSet\b([^>]*)>(.*?)</(?:\w+:)?iconSet>", block.group(2), re.S
        )
        if rule is None:
            continue
        attrs = html.unescape(rule.group(1))
        name = re.search(r'\biconSet="([^"]+)"', attrs)
        colours = _ICON_COLOURS.get(name.group(1) if name else "3TrafficLights1")
        if colours is None:
            continue
        if re.search(r'\breverse="(?:1|true)"', attrs):
            colours = colours[::-1]
        cells = {at for at in values if any(_in_range(at, rng) for rng in block.group(1).split())}
        nums = [values[at] for at in cells]
        if not nums:
            continue
        low, high = min(nums), max(nums)
        steps = []
        for cfvo in re.findall(r"<(?:\w+:)?cfvo\b([^>]*)/?>", rule.group(2))[1:]:
            kind = re.search(r'\btype="([^"]+)"', cfvo)
            val = re.search(r'\bval="([^"]*)"', cfvo)
            gte = not re.search(r'\bgte="(?:0|false)"', cfvo)
            try:
                v = float(val.group(1)) if val else 0.0
            except ValueError:
                steps = []
                break  # (a formula: not worked out here)
            kind = kind.group(1) if kind else "num"
            if kind == "percent":
                v = low + (high - low) * v / 100
            elif kind == "percentile":
                v = _percentile(sorted(nums), v / 100)
            elif kind != "num":
                steps = []
                break
            steps.append((v, gte))
        if len(steps) != len(colours) - 1:
            continue
        for at in cells:
            x = values[at]
            k = sum(1 for v, gte in steps if (x >= v if gte else x > v))
            out[at] = colours[k]
    return out


def _percentile(nums: list[float], p: float) -> float:
    """Excel's PERCENTILE.INC of sorted ``nums``."""
    k = (len(nums) - 1) * p
    lo = int(k)
    return nums[lo] + (nums[min(lo + 1, len(nums) - 1)] - nums[lo]) * (k - lo)


def _in_range(at: tuple[int, int], rng: str) -> bool:
    """Cell ``at`` (0-based row, column) lies in the range 'G4:G12', the cell 'G4', the
    columns 'G:G' or the rows '4:12'."""
    ends = []
    for ref in rng.split(":"):
        m = re.fullmatch(r"\$?([A-Z]{0,3})\$?(\d*)", ref)
        if m is None or not (m.group(1) or m.group(2)):
            return False
        row = int(m.group(2)) - 1 if m.group(2) else None
        ends.append((row, col_index(m.group(1)) if m.group(1) else None))
    (r0, c0), (r1, c1) = ends[0], ends[-1]
    return (r0 is None or r0 <= at[0] <= r1) and (c0 is None or c0 <= at[1] <= c1)


def bold_heads(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Of ``cells`` on ``sheet`` of an .xlsx, those whose text opens with a bold run and goes on
    in an ordinary font (a rich-text cell, '**point。** how it shows'): cell → the bold text.
    The workbook's strings are looked at first; openpyxl reads the cells only if some are bold."""

    if path.suffix.lower() not in (".xlsx", ".xlsm") or not cells:
        return {}
    try:
        with package(path) as zf:
            strings = part_text(zf, "xl/sharedStrings.xml")
    except Exception:
        return {}
    if not re.search(r"<(?:\w+:)?b(?:\s[^>]*)?/?>", strings):
        return {}  # (no bold run in any string of the workbook)
    out: dict[tuple[int, int], str] = {}
    for at, runs in _rich_runs(path, sheet, cells).items():
        parts = [(t, bool(getattr(f, "b", None))) for t, f in runs]
        k = next((i for i, (_t, bold) in enumerate(parts) if not bold), len(parts))
        head = "".join(t for t, _b in parts[:k]).strip()
        rest = parts[k:]
        if (
            len(head) >= 4
            and head[-1] in "。；;！!"  # (a sentence of its own, not a bold word or label)
            and not re.match(r"^(?:[一二三四五六七八九十]是|\d+[.、．]|[（(]?\d+[)）])", head)
            and "".join(t for t, _b in rest).strip()
            and not any(bold and t.strip() for t, bold in rest)  # (one bold head a cell)
        ):
            out[at] = head
    return out


def bold_lines(
    path: Path, sheet: str, cells: set[tuple[int, int]]
) -> dict[tuple[int, int], list[str]]:
    """Of ``cells`` on ``sheet`` of an .xlsx, those whose lines differ in boldness, some wholly
    bold and the others wholly plain (a rich-text cell '**主任　X**⏎副主任　Y⏎**会计　Z**'): cell →
    its bold lines. A cell all bold or all plain, or with a line bold in part, is left out. The
    workbook's strings are looked at first; openpyxl reads the cells only if some are bold."""
    return _lines_by_face(path, sheet, cells, r"<(?:\w+:)?b(?:\s[^>]*)?/?>", "b", True)


def standing_lines(
    path: Path, sheet: str, cells: set[tuple[int, int]], sep: str = "\n"
) -> dict[tuple[int, int], list[str]]:
    """Of ``cells`` on ``sheet`` of an .xlsx, those of whose lines some are wholly struck through
    and the others wholly not (a rich-text cell '主任　X⏎~~副主任　Y~~⏎会计　Z'): cell → the lines
    left standing; as ``bold_lines``, a line struck in part leaves the cell out. A cell of
    several lines ALL struck through is in too, with none left standing ([]). ``sep`` the
    characters parting its items besides the line breaks ('、': names on one line,
    '闵晗溪、~~冉知秋~~、邬星野')."""
    return _lines_by_face(
        path, sheet, cells, r"<(?:\w+:)?strike(?:\s[^>]*)?/?>", "strike", False, sep, True
    )


def _lines_by_face(
    path: Path,
    sheet: str,
    cells: set[tuple[int, int]],
    tag: str,
    attr: str,
    kept: bool,
    sep: str = "\n",
    whole: bool = False,
) -> dict[tuple[int, int], list[str]]:
    """``bold_lines`` and ``standing_lines``: the cells whose lines differ in the font's ``attr``
    (``b``, ``strike``), each wholly in one face → the lines whose face is ``kept``; the shared
    strings are searched for ``tag`` first (no such run in the workbook: nothing to read). The
    lines are parted at a line break or any other character of ``sep``; ``whole``: a cell of
    two lines or more all in the face not kept is in too, with no line ([])."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not cells:
        return {}
    try:
        with package(path) as zf:
            strings = part_text(zf, "xl/sharedStrings.xml")
    except Exception:
        strings = ""
    if not re.search(tag, strings):
        # (no such run in any shared string: an inline rich string, as some writers save
        # them, is looked for in the sheet itself)
        xml = _sheet_xml(path, sheet)
        if (
            not xml
            or not re.search(r"<(?:\w+:)?is>\s*<(?:\w+:)?r>", xml)
            or not re.search(tag, xml)
        ):
            return {}  # (no such run in any string of the workbook)
    out: dict[tuple[int, int], list[str]] = {}
    rich = _rich_runs(path, sheet, cells)
    bare = {at for at, runs in rich.items() if any(f is None for _t, f in runs)}
    # (a run with no font of its own is in the cell's)
    own = (
        _formats(path, sheet, bare, lambda c: bool(c.font and getattr(c.font, attr, None)))
        if bare
        else {}
    )
    for at, runs in rich.items():
        lines: list[list[tuple[str, bool]]] = [[]]
        for t, f in runs:
            face = bool(own.get(at)) if f is None else bool(getattr(f, attr, None))
            for k, piece in enumerate(re.split(f"[{re.escape(sep + chr(10))}]", t)):
                if k:
                    lines.append([])
                lines[-1].append((piece, face))
        kinds = []
        for line in lines:
            faces = {b for t, b in line if t.strip()}
            if len(faces) > 1:
                break  # (a line in two faces: which is meant is not certain)
            if faces:
                kinds.append(("".join(t for t, _b in line).strip(), faces.pop()))
        else:
            if {b for _t, b in kinds} == {True, False}:
                out[at] = [t for t, b in kinds if b is kept]
            elif whole and len(kinds) >= 2 and {b for _t, b in kinds} == {not kept}:
                out[at] = []  # (every line struck: none left standing)
    return out


def checked_boxes(path: Path, sheet: str) -> dict[tuple[int, int], list[tuple[str, bool]]]:
    """The check boxes (form controls) drawn on a sheet of an .xlsx: the cell each one's corner
    stands in → [(its caption, ticked)], read from the sheet's VML drawing; {} where it has
    none or they cannot be read."""
    import html

    from xlproc.workbook import _sheet_related

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return {}
    try:
        with package(path) as zf:
            part = _sheet_related(zf, "vmlDrawing").get(sheet)
            vml = part_text(zf, part) if part else ""
    except Exception:
        return {}
    out: dict[tuple[int, int], list[tuple[str, bool]]] = {}
    for shape in re.findall(r"<v:shape\b.*?</v:shape>", vml, re.S):
        if not re.search(r'ObjectType="Checkbox"', shape):
            continue
        anchor = re.search(r"<x:Anchor>\s*(\d+)\s*,\s*\d+\s*,\s*(\d+)", shape)
        if anchor is None:
            continue
        caption = html.unescape(re.sub(r"<[^>]+>", "", " ".join(re.findall(
            r"<v:textbox\b.*?</v:textbox>", shape, re.S)))).strip()  # fmt: skip
        ticked = bool(re.search(r"<x:Checked>\s*1\s*</x:Checked>", shape))
        at = (int(anchor.group(2)), int(anchor.group(1)))
        out.setdefault(at, []).append((caption, ticked))
    return out


# --------------------------------------------------------------------------- shapes over cells

_ANCHOR = LazyRe(r"<(?:\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b.*?</(?:\w+:)?\1>", re.S)
_SHAPE = LazyRe(r"<(?:\w+:)?sp\b.*?</(?:\w+:)?sp>", re.S)
_NOT_A_MARK = LazyRe(r"<(?:\w+:)?(?:grpSp|pic|graphicFrame|cxnSp|contentPart)\b|compatExt")
_FILL = LazyRe(
    r"<(?:\w+:)?(solidFill|noFill|gradFill|pattFill|blipFill|grpFill)\b([^>]*/>|.*?</(?:\w+:)?\1>)",
    re.S,
)
_COLOUR = LazyRe(
    r"<(?:\w+:)?(srgbClr|schemeClr|sysClr|scrgbClr|prstClr)\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?\1>)",
    re.S,
)
_SCHEME = {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}
# DrawingML's preset and VML's named colours that a mark may have
_NAMED = {"red": "FF0000", "darkred": "8B0000", "orange": "FFA500", "yellow": "FFFF00",
          "gold": "FFD700", "green": "008000", "lime": "00FF00", "blue": "0000FF",
          "purple": "800080", "white": "FFFFFF", "black": "000000", "gray": "808080",
          "grey": "808080", "silver": "C0C0C0"}  # fmt: skip

Mark = tuple[tuple[int, int], tuple[int, int], str]


def drawn_marks(path: Path, sheet: str) -> list[Mark]:
    """The text-less filled shapes drawn on a sheet of an .xlsx (an oval, a square, a star:
    插入 → 形状), each as (the first cell it covers, the last, the colour name of its fill: ''
    for white, grey or black, '?' for one not known here, a gradient or a picture). Read from the
    sheet's DrawingML drawing and its legacy VML one; a shape anchored to no cell, a group, a
    picture, a hidden shape, a form control or a shape with text (a text box, read as text) is
    none; [] where the workbook draws nothing or its parts cannot be read."""

    from xlproc.workbook import _sheet_related, sheet_parts

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    out: list[Mark] = []
    try:
        with package(path) as zf:
            if not any(n.startswith("xl/drawings/") for n in zf.namelist()):
                return []  # (the part names alone: nothing drawn, nothing parsed)
            drawing = _sheet_related(zf, "drawing").get(sheet)
            if drawing:
                xml = part_text(zf, drawing)
                theme = _theme(zf) if "schemeClr" in xml else {}
                sizes = None
                if "oneCellAnchor" in xml or "twoCellAnchor" in xml:
                    part = sheet_parts(zf).get(sheet)
                    sizes = CellSizes(part_text(zf, part)) if part else None
                out += _drawing_marks(xml, theme, sizes)
            vml = _sheet_related(zf, "vmlDrawing").get(sheet)
            if vml:
                out += _vml_marks(part_text(zf, vml))
    except Exception:  # (a damaged drawing: its shapes are not known, the cells stand)
        return []
    return out


def _drawing_marks(xml: str, theme: dict[str, str], sizes: CellSizes | None) -> list[Mark]:
    out: list[Mark] = []
    for m in _ANCHOR.finditer(xml):
        kind, anchor = m.group(1), m.group(0)
        shapes = _SHAPE.findall(anchor)
        if kind == "absoluteAnchor" or len(shapes) != 1 or _NOT_A_MARK.search(anchor):
            continue  # (anchored to no cell; a group, a picture, a form control)
        sp = shapes[0]
        if re.search(r'<(?:\w+:)?cNvPr\b[^>]*\bhidden="(?:1|true)"', sp) or re.search(
            r'\btextlink="[^"]+"', sp
        ):
            continue  # (hidden; showing a cell's text)
        if any(t.strip() for t in re.findall(r"<(?:\w+:)?t>([^<]*)</(?:\w+:)?t>", sp)):
            continue  # (a text box: its text is read as the cell's)
        cells = _anchor_cells(kind, anchor, sizes)
        colour = _shape_fill(sp, theme)
        if cells is not None and colour is not None:
            out.append((*cells, colour))
    return out


def _anchor_cells(
    kind: str, anchor: str, sizes: CellSizes | None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last cells (row, column) a shape's anchor covers: a two-cell anchor's 'to'
    lying on the next cell's very edge covers nothing of it; a one-cell anchor's extent is laid
    over the sheet's column widths and row heights."""

    def point(tag: str) -> dict[str, int] | None:
        m = re.search(rf"<(?:\w+:)?{tag}>(.*?)</(?:\w+:)?{tag}>", anchor, re.S)
        if m is None:
            return None
        got = re.findall(r"<(?:\w+:)?(col|colOff|row|rowOff)>\s*(-?\d+)\s*<", m.group(1))
        vals = {k: int(v) for k, v in got}
        return vals if len(vals) == 4 else None

    start = point("from")
    if start is None:
        return None
    first = (start["row"], start["col"])
    if kind == "twoCellAnchor":
        end = point("to")
        if end is None:
            return None
        row = end["row"] - (1 if end["rowOff"] <= 0 and end["row"] > first[0] else 0)
        col = end["col"] - (1 if end["colOff"] <= 0 and end["col"] > first[1] else 0)
        # a shape over two rows (columns) is the one holding most of it: an oval drawn a few
        # pixels past a row's bottom edge marks the row it stands in
        grid = sizes or CellSizes("")
        r0, c0 = first
        if row == r0 + 1:
            top = grid.row_emu(r0) - start["rowOff"]
            low = end["rowOff"] if end["row"] == row else grid.row_emu(row)
            r0, row = (r0, r0) if top > low else (row, row) if low > top else (r0, row)
        if col == c0 + 1:
            left = grid.col_emu(c0) - start["colOff"]
            right = end["colOff"] if end["col"] == col else grid.col_emu(col)
            c0, col = (c0, c0) if left > right else (col, col) if right > left else (c0, col)
        first = (r0, c0)
        return first, (row, col)
    ext = re.search(r'<(?:\w+:)?ext\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"', anchor)
    if ext is None or sizes is None:
        return None
    row = sizes.last(sizes.row_emu, first[0], start["rowOff"] + int(ext.group(2)))
    col = sizes.last(sizes.col_emu, first[1], start["colOff"] + int(ext.group(1)))
    return first, (row, col)


class CellSizes:
    """A sheet's column widths and row heights in EMU, from its part (for one-cell anchors)."""

    PX = 9525  # EMU a pixel

    def __init__(self, xml: str) -> None:
        fmt = re.search(r"<(?:\w+:)?sheetFormatPr\b([^>]*)>", xml)
        attrs = fmt.group(1) if fmt else ""
        width = re.search(r'\bdefaultColWidth="([\d.]+)"', attrs)
        height = re.search(r'\bdefaultRowHeight="([\d.]+)"', attrs)
        self.col_default = self._px(float(width.group(1))) if width else 64
        self.row_default = float(height.group(1)) if height else 15.0
        self.cols: dict[int, int] = {}
        for m in re.finditer(r"<(?:\w+:)?col\b([^>]*)/?>", xml):
            a = m.group(1)
            lo, hi = re.search(r'\bmin="(\d+)"', a), re.search(r'\bmax="(\d+)"', a)
            w = re.search(r'\bwidth="([\d.]+)"', a)
            if lo and hi and w:
                px = 0 if re.search(r'\bhidden="(?:1|true)"', a) else self._px(float(w.group(1)))
                for c in range(int(lo.group(1)) - 1, min(int(hi.group(1)), int(lo.group(1)) + 256)):
                    self.cols[c] = px
        self.rows: dict[int, float] = {}
        for m in re.finditer(r"<(?:\w+:)?row\b([^>]*)>", xml):
            a = m.group(1)
            r, ht = re.search(r'\br="(\d+)"', a), re.search(r'\bht="([\d.]+)"', a)
            if r and ht:
                self.rows[int(r.group(1)) - 1] = float(ht.group(1))

    @staticmethod
    def _px(width: float) -> int:
        return int((256 * width + 18) / 256 * 7)  # (Excel's pixels of a stored width, Calibri 11)

    def col_emu(self, c: int) -> int:
        return self.cols.get(c, self.col_default) * self.PX

    def row_emu(self, r: int) -> int:
        return int(self.rows.get(r, self.row_default) * 12700)

    def last(self, size, at: int, span: int) -> int:
        """The last column or row a span of EMU from the start of ``at`` reaches (a pixel's
        slack for a width measured in another font)."""
        for _ in range(1000):
            here = size(at)
            if span <= here + self.PX:
                break
            span -= here
            at += 1
        return at


def _shape_fill(sp: str, theme: dict[str, str]) -> str | None:
    """The colour name of a shape's fill: its own (outside its outline's), else its style's
    (Excel's default shape: ``<a:fillRef idx="1"><a:schemeClr val="accent1"/>``); None where it
    is not filled."""
    pr = re.search(r"<(?:\w+:)?spPr\b.*?</(?:\w+:)?spPr>", sp, re.S)
    own = re.sub(r"<(?:\w+:)?ln\b(?:[^>]*/>|.*?</(?:\w+:)?ln>)", "", pr.group(0) if pr else "",
                 flags=re.S)  # fmt: skip
    fill = _FILL.search(own)
    if fill is not None:
        if fill.group(1) == "noFill":
            return None
        return _dml_colour(fill.group(2), theme) if fill.group(1) == "solidFill" else "?"
    ref = re.search(
        r'<(?:\w+:)?fillRef\b[^>]*?\bidx="(\d+)"[^>]*?(?:/>|>(.*?)</(?:\w+:)?fillRef>)', sp, re.S
    )
    if ref is None or ref.group(1) == "0":
        return None
    return _dml_colour(ref.group(2) or "", theme)


def _dml_colour(xml: str, theme: dict[str, str]) -> str:
    """The colour name of a DrawingML colour (its own, a theme's, the system's, with its
    lightness changed by ``lumMod``/``lumOff``/``shade``/``tint``); '?' where not known."""
    m = _COLOUR.search(xml)
    if m is None:
        return "?"
    kind, attrs, mods = m.group(1), m.group(2), m.group(3) or ""
    val = re.search(r'\bval="([^"]*)"', attrs)
    val = val.group(1) if val else ""
    if kind == "srgbClr":
        rgb = val
    elif kind == "sysClr":
        last = re.search(r'\blastClr="([0-9A-Fa-f]{6})"', attrs)
        rgb = last.group(1) if last else ""
    elif kind == "schemeClr":
        rgb = theme.get(_SCHEME.get(val, val), "")
    elif kind == "prstClr":
        rgb = _NAMED.get(val.lower(), "")
    else:  # scrgbClr: percentages of each
        parts = [re.search(rf'\b{k}="(\d+)"', attrs) for k in "rgb"]
        rgb = "".join(f"{min(255, int(int(p.group(1)) * 255 / 100000)):02X}" for p in parts if p)
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", rgb):
        return "?"
    changes = re.findall(r'<(?:\w+:)?(lumMod|lumOff|shade|tint)\b[^>]*\bval="(\d+)"', mods)
    if changes:
        r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
        h, lum, s = colorsys.rgb_to_hls(r, g, b)
        for name, v in changes:
            x = int(v) / 100000
            lum = {"lumMod": lum * x, "lumOff": lum + x, "shade": lum * x}.get(
                name, lum * x + 1 - x
            )  # (tint: toward white)
        r, g, b = colorsys.hls_to_rgb(h, min(max(lum, 0.0), 1.0), s)
        rgb = "".join(f"{round(v * 255):02X}" for v in (r, g, b))
    return colour_name(rgb)


def _theme(zf) -> dict[str, str]:
    """The workbook theme's colours, by name ('accent2' → 'ED7D31')."""
    names = sorted(n for n in zf.namelist() if re.fullmatch(r"xl/theme/theme\d+\.xml", n))
    if not names:
        return {}
    xml = part_text(zf, names[0])
    scheme = re.search(r"<(?:\w+:)?clrScheme\b.*?</(?:\w+:)?clrScheme>", xml, re.S)
    out = {}
    for name, body in re.findall(
        r"<(?:\w+:)?(dk1|lt1|dk2|lt2|accent\d|hlink|folHlink)>(.*?)</(?:\w+:)?\1>",
        scheme.group(0) if scheme else "",
        re.S,
    ):
        rgb = re.search(r'\b(?:val|lastClr)="([0-9A-Fa-f]{6})"', body)
        if rgb:
            out[name] = rgb.group(1)
    return out


def _vml_marks(vml: str) -> list[Mark]:
    """Filled shapes of a legacy VML drawing (``<v:oval>``, ``<v:rect>`` … of ``ObjectType``
    'Shape' or 'Rect', placed by their ``<x:Anchor>``): comments and form controls are none."""
    out: list[Mark] = []
    for m in re.finditer(r"<v:(oval|rect|roundrect|shape)\b([^>]*)>(.*?)</v:\1>", vml, re.S):
        attrs, body = m.group(2), m.group(3)
        kind = re.search(r'<x:ClientData\b[^>]*\bObjectType="([^"]+)"', body)
        anchor = re.search(r"<x:Anchor>\s*([-\d\s,]+?)\s*</x:Anchor>", body)
        if kind is None or kind.group(1) not in ("Shape", "Rect") or anchor is None:
            continue
        if re.search(r'\bfilled="(?:f|false)"', attrs) or "visibility:hidden" in attrs:
            continue
        text = re.findall(r"<v:textbox\b.*?</v:textbox>", body, re.S)
        if _markup_text(" ".join(text)).strip():
            continue
        nums = [int(x) for x in anchor.group(1).split(",") if x.strip()]
        if len(nums) != 8:
            continue
        left, left_off, top, top_off, right, right_off, bottom, bottom_off = nums
        last = (bottom - (1 if bottom_off <= 0 and bottom > top else 0),
                right - (1 if right_off <= 0 and right > left else 0))  # fmt: skip
        colour = re.search(r'\bfillcolor="([^"]*)"', attrs)
        if re.search(
            r'<v:fill\b[^>]*\btype="(?:gradient|gradientRadial|tile|pattern|frame)"', body
        ):
            name = "?"
        else:
            name = _vml_colour(colour.group(1)) if colour else ""  # (VML fills white)
        out.append(((top, left), last, name))
    return out


def _vml_colour(value: str) -> str:
    """'#ff0000', '#f00', 'red' or 'red [10]' → its colour name; '?' for a system colour."""
    v = value.split("[")[0].strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", v):
        v = "#" + "".join(ch * 2 for ch in v[1:])
    rgb = v[1:] if re.fullmatch(r"#[0-9a-f]{6}", v) else _NAMED.get(v, "")
    return colour_name(rgb) if rgb else "?"


def _markup_text(xml: str) -> str:
    """The text of a piece of markup, its tags dropped and entities resolved."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", xml))


# --------------------------------------------------------------------------- levels by typeface

# words of a note that may give the point cells' typefaces a meaning (the cheap test first)
FACE_HINTS = ("粗", "下划线", "下画线", "斜体", "倾斜")
# a typeface a note names, by the face openpyxl reads: '字体加粗', '加下划线', '斜体'
_FACE_NAMED = (
    ("underline2", LazyRe(r"双下[划画]线")),
    ("underline", LazyRe(r"(?<!双)下[划画]线")),
    ("bold", LazyRe(r"加粗|粗体|加黑(?!名单)|字体?粗")),
    ("italic", LazyRe(r"斜体|字体?倾斜|倾斜(?:字体|的字)|加斜")),  # (not '资金向…倾斜')
)
# the ordinary face, or every other cell: '常规字体的为三级', '其余为三级', '未加粗的为低风险'
_FACE_PLAIN = LazyRe(
    r"常规|普通|正常|标准字|原字体|其余|其他|其它|剩余|余下"
    r"|(?:未|不|没有?|无)(?:加|作|做|标|用|带)?(?:粗|加粗|下[划画]线|斜体|倾斜|标注|标记|格式)"
)
# a level a clause gives: '…的为一级风险点', '一级风险点字体加粗' ('其中风险…' is no 中)
# (a level of points: '为中层干部', '为高风险岗位' speak of people and posts)
_FACE_LEVEL = LazyRe(
    r"(?:为|是|表示|代表|属于?|定为|[—－-])\s*" + _LEVEL_WORDS
    + r"(?=风险|级|等|类|档|[，,。；;、）)\s或和及]|$)(?!(?:风险)?岗位)"
    + r"|(?<![其之表当集空])" + _LEVEL_WORDS + r"(?=风险|等级|级别)(?!风险岗位)"
)  # fmt: skip
# a clause about some other mark: a colour (the colour rule's), a font's family or size
_FACE_OTHER = LazyRe(r"[红橙黄绿蓝紫]色|黑体|楷体|宋体|仿宋|字号|号字|大字|小字")
FACE_ZH = {"bold": "加粗", "underline": "下划线", "underline2": "双下划线", "italic": "斜体"}


def face_levels(legend: str, level) -> tuple[dict[frozenset[str], str], str]:
    """Typeface (a set of 'bold', 'underline', 'underline2', 'italic') → canonical level, and the
    level of the cells in the ordinary font, from a note saying the points' levels are shown by
    their cells' typeface ('字体加粗的为一级风险点，加下划线的为二级风险点，常规字体的为三级风险点';
    '加粗并加下划线的为一级，加粗的为二级，其余为三级'; '一级风险点字体加粗'). Faces written together
    ('加粗并加下划线') are one face of their own, told from each alone; ({}, '') for any other note
    (one giving no level, '加粗的为新增风险点'), and for one naming a colour, a font's family or
    size, or a face twice with two levels beside the faces: that is not read here."""
    out: dict[frozenset[str], str] = {}
    rest = ""
    for sentence in _SENTENCE.split(legend):
        if not any(h in sentence for h in FACE_HINTS):
            continue
        for clause in re.split(r"[，,；;：:]", sentence):
            found = list(_FACE_LEVEL.finditer(clause))
            if len(found) > 1 and (_FACE_PLAIN.search(clause) or "或" in clause):
                return {}, ""  # ('其余为中、低风险点', '…为二级或三级': which is not said)
            parts = [clause] if len(found) <= 1 else re.split(r"[、\s]+", clause)
            for part in parts:
                m = _FACE_LEVEL.search(part)
                lv = level(m.group(1) or m.group(2)) if m else None
                if not lv:
                    continue
                if _FACE_OTHER.search(part) or re.search(r"新增|修改|调整|变更|删除|整改", part):
                    return {}, ""  # (another mark, or a face marking no level: not read)
                plain = _FACE_PLAIN.search(part)
                bare = _FACE_PLAIN.sub("", part)
                faces = {name for name, rx in _FACE_NAMED if rx.search(bare)}
                if faces and plain:
                    return {}, ""  # ('其余加粗的…': not certain which cells)
                if plain:
                    if rest and rest != lv:
                        return {}, ""
                    rest = lv
                    continue
                if not faces:
                    if len(parts) > 1 and any(rx.search(clause) for _n, rx in _FACE_NAMED):
                        return {}, ""  # ('加粗的为一级、二级风险点': which is which not said)
                    continue  # ('风险等级分为一级、二级、三级': no face named)
                keys = [frozenset({f}) for f in faces] if "或" in part else [frozenset(faces)]
                for key in keys:
                    if out.get(key, lv) != lv:
                        return {}, ""
                    out[key] = lv
    return (out, rest) if out and len(out) + bool(rest) >= 2 else ({}, "")


def _face_of(font, double: bool) -> frozenset[str]:
    """The faces of a font that a note may name; a double underline is a face of its own only
    where the note names one (``double``)."""
    if font is None:
        return frozenset()
    out = set()
    if getattr(font, "b", None):
        out.add("bold")
    if getattr(font, "i", None):
        out.add("italic")
    u = getattr(font, "u", None)
    if u and u != "none":
        out.add("underline2" if double and str(u).startswith("double") else "underline")
    return frozenset(out)


def cell_faces(
    path: Path, sheet: str, cells: set[tuple[int, int]], double: bool = False
) -> dict[tuple[int, int], frozenset[str] | None]:
    """The typeface of each of ``cells`` (0-based row, column) on ``sheet`` of an .xlsx: the
    cell's font, or for a rich-text cell the one face all its runs share (a run with no font of
    its own is in the cell's); None for a cell whose runs are in two faces; {} for any other
    file or one openpyxl cannot read. The shared strings are looked at before the runs are."""

    got = _formats(path, sheet, cells, lambda cell: _face_of(cell.font, double))
    if not got:
        return {}
    out: dict[tuple[int, int], frozenset[str] | None] = dict(got)  # type: ignore[arg-type]
    try:
        with package(path) as zf:
            strings = part_text(zf, "xl/sharedStrings.xml")
    except Exception:
        return out  # (no shared strings: no rich text to look at)
    if not re.search(r"<(?:\w+:)?r>", strings):
        return out  # (no string of the workbook is in runs)
    for at, runs in _rich_runs(path, sheet, cells).items():
        own = got.get(at, frozenset())
        faces = {own if f is None else _face_of(f, double) for t, f in runs if t.strip()}
        out[at] = faces.pop() if len(faces) == 1 else None
    return out


# --- 科室 by the rows' fill ('注：表中浅蓝色底纹为站领导，浅绿色底纹为草原监理股…') -------------------

# a colour word of such a note, its tone before it; 粉 is a light red, 灰 a fill of no hue
_HUES = "红|粉|橙|黄|绿|蓝|紫|灰"
_SHADE = rf"(?:(?:浅|淡|深|暗|亮)(?P<t>{_HUES})色?|(?P<c>{_HUES})色)"
_SHADE_HUE = {"粉": "红"}
_FILLED = r"底纹|底色|背景色?|填充色?|单元格颜色|颜色"
# '浅蓝色底纹为站领导', '淡绿色的行表示监理股', '黄色：技术推广股'
_DEPT_AFTER = LazyRe(
    rf"{_SHADE}(?:{_FILLED}|标注|标示|标识)?\s*(?:的|者)?(?:行|部分|单元格|人员|岗位)?"
    r"\s*(?:为|是|表示|代表|属于?|即|[—－:：-])\s*"
)
# '站领导所在行底色为浅蓝色', '草原监理股填充为浅绿色'
_DEPT_BEFORE = LazyRe(
    rf"^(.{{2,16}}?)(?:所在的?行|的行|各行|人员|岗位)?的?(?:{_FILLED})(?:为|是|用|填充为)\s*{_SHADE}"
)
# '用浅蓝色标注站领导', '以淡绿色底纹表示监理股'
_DEPT_USED = LazyRe(
    rf"^(?:用|以){_SHADE}(?:{_FILLED})?\s*(?:标注|标示|标识|标记|表示|代表|区分)\s*(?P<d>.{{2,16}})$"
)
_NOTE_HEAD = LazyRe(
    r"^(?:注|说明|备注|附注)?[:：]?\s*(?:\d+[.、．]\s*)?(?:表中|表格中|本表中?|其中|以下)?"
)
# words a colour may mark that are no 科室 ('红色为重点科室', '黄色为本次新增的股室')
_NO_DEPT = LazyRe(
    r"风险|重点|岗位|科室|股室|部门|处室|新增|调整|整改|本次|已|未|其他|其余|以上|以下"
)


def colour_depts(legend: str) -> dict[str, str]:
    """Colour name → 科室, from a note saying which 科室 each fill colour of the rows marks
    ('注：表中浅蓝色底纹为站领导，浅绿色底纹为草原监理股，浅黄色底纹为草原技术推广股。', '站领导所在行
    底色为浅蓝色', '用浅绿色标注监理股'): a word is a 科室 only as ``_dept_like`` or the leaders'
    group has it, so a note's levels, types or other marks ('红色为高风险', '黄色为本次新增') give
    none. {} for fewer than two colours, one colour named for two 科室, or one hue named in two
    tones ('浅蓝'/'深蓝': not told apart here): nothing is guessed from such a note."""
    from xlproc.columns import LEADERS_GROUP, _dept_like

    pairs: list[tuple[str, str, str]] = []  # (hue, word as written, 科室)
    for clause in re.split(r"[，,；;。\n]", legend):
        clause = _NOTE_HEAD.sub("", clause.strip(" \u3000"), count=1)
        heads = list(_DEPT_AFTER.finditer(clause))
        for i, m in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(clause)
            pairs.append((m["t"] or m["c"], m.group(0), clause[m.end() : end]))
        if not heads:
            if b := _DEPT_BEFORE.search(clause):
                pairs.append((b["t"] or b["c"], b[0][len(b[1]) :], b[1]))
            elif u := _DEPT_USED.search(clause):
                pairs.append((u["t"] or u["c"], u[0], u["d"]))
    out: dict[str, str] = {}
    tones: dict[str, set[str]] = {}
    for colour, written, said in pairs:
        said = BRACKETED.sub("", said).strip(" 、\u3000：:")
        s = "".join(said.split())
        if not s or _NO_DEPT.search(s) or not (_dept_like(s) or LEADERS_GROUP.match(s)):
            continue
        hue = _SHADE_HUE.get(colour, colour)
        at = written.index(colour)
        tones.setdefault(hue, set()).add(written[max(at - 1, 0) : at].strip("用以为是"))
        if out.get(hue, s) != s:
            return {}
        out[hue] = s
    if len(out) < 2 or any(len(t) > 1 for t in tones.values()):
        return {}
    return out


# SpreadsheetML's theme colour indices (a fill picked from Excel's palette: 'accent1, 80% lighter')
_THEME_ORDER = (
    "lt1",
    "dk1",
    "lt2",
    "dk2",
    *(f"accent{i}" for i in range(1, 7)),
    "hlink",
    "folHlink",
)


def shade_name(rgb: str) -> str:
    """'DDEBF7' → '蓝': the hue of a fill, pale tints too (an office shades its rows lightly,
    where ``colour_name`` counts only strong colours), '灰' for a grey, '' for white or black."""
    rgb = rgb[-6:]
    try:
        r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return ""
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if v < 0.2:
        return ""
    if s < 0.04:
        return "灰" if v < 0.93 else ""
    return colour_name(_full(h))


def _full(h: float) -> str:
    """The fully saturated colour of hue ``h`` as RGB hex, for ``colour_name``."""
    return "".join(f"{round(x * 255):02X}" for x in colorsys.hsv_to_rgb(h, 1.0, 1.0))


def _tinted(rgb: str, tint: float) -> str:
    """A theme colour with Excel's tint (toward white if positive, toward black if negative)."""
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    lum = lum * (1 + tint) if tint < 0 else lum * (1 - tint) + tint
    return "".join(f"{round(x * 255):02X}" for x in colorsys.hls_to_rgb(h, lum, s))


def row_shades(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The shade names (``shade_name``) of ``cells``' solid fills, a theme's colour resolved by
    the workbook's theme and tint; '?' for a pattern or a colour not known here; a cell with no
    fill, or a white one, is left out."""
    return _solid_fills(path, sheet, cells, lambda rgb: shade_name(rgb) or None)


def fill_rgbs(path: Path, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The RGB of ``cells``' solid fills as written ('FFF2CC'), a theme's colour resolved by the
    workbook's theme and tint; '?' for a pattern or a theme colour not known here; a cell with no
    fill, or a white one, is left out. Two light fills a shade's name calls alike ('FFF2CC' and 'FCE4D6' both
    橙) stay apart: a legend keying holders by colour tells them apart only so."""
    return _solid_fills(path, sheet, cells, _plain_rgb)


def _plain_rgb(rgb: str) -> str | None:
    """'FFFFF2CC' → 'FFF2CC'; None for white (no fill to the eye)."""
    six = rgb[-6:].upper()
    return None if six == "FFFFFF" else six


def _solid_fills(path: Path, sheet: str, cells: set[tuple[int, int]], name) -> dict:
    """``name`` of the RGB of each of ``cells``' solid fills (``row_shades``, ``fill_rgbs``)."""
    theme: dict[str, str] = {}
    try:
        with package(path) as zf:
            theme = _theme(zf)
    except Exception:
        pass

    def look(cell) -> str | None:
        fill = cell.fill
        if fill is None or not fill.fill_type:
            return None
        if fill.fill_type != "solid":
            return "?"
        colour = getattr(fill, "fgColor", None)
        rgb = _rgb(colour)
        if rgb is None and getattr(colour, "type", "") == "theme":
            i = colour.theme
            base = theme.get(_THEME_ORDER[i]) if isinstance(i, int) and i < 12 else None
            if not base:
                return "?"
            rgb = _tinted(base, float(colour.tint or 0.0))
        if rgb is None:
            return None
        return name(rgb)

    return _formats(path, sheet, cells, look)


# --- a level cell printing every grade, the assessed one marked by its run ('高　**中**　低') ---------


def _run_face(font, own) -> tuple:
    """What a run looks like, as ``marked_words`` compares runs: bold, underline, colour, size;
    a run with no font of its own (or a field it does not set) takes the cell's ``own``."""

    def pick(name):
        v = getattr(font, name, None) if font is not None else None
        return v if v is not None else getattr(own, name, None)

    u = pick("u")
    colour = pick("color")
    key = None
    if colour is not None:
        rgb = getattr(colour, "rgb", None)
        if getattr(colour, "type", "") == "rgb" and isinstance(rgb, str):
            key = None if rgb.upper()[-6:] == "000000" else rgb.upper()[-6:]  # (black: the text's)
        elif getattr(colour, "type", "") == "theme":
            theme, tint = getattr(colour, "theme", None), getattr(colour, "tint", 0) or 0
            key = None if theme == 1 and not tint else ("theme", theme, tint)
        elif getattr(colour, "type", "") == "indexed":
            key = None if getattr(colour, "indexed", None) in (8, 64) else ("index", colour.indexed)
    size = pick("sz") or pick("size")
    return (bool(pick("b")), bool(u) and u != "none", key, float(size) if size else None)


def marked_words(
    path: Path, sheet: str, cells: set[tuple[int, int]]
) -> dict[tuple[int, int], list[str]]:
    """Of ``cells`` on ``sheet`` of an .xlsx (each a level cell printing every grade, '高　中
    低'), those in rich text: cell → the words (parted by spaces) whose runs look unlike the
    others': one word bold, red, underlined or larger and the rest alike ('高　**中**　低' →
    ['中']); [] where no word stands out, two do, or the odd one out is the plain one. Two words
    differing: the one bold, underlined, coloured or larger where the other is not. Cells
    with no rich text are left out (the whole cell in one face marks none of its words: the
    shared strings are looked at first, the workbook is read only if some string is in runs)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not cells:
        return {}
    try:
        with package(path) as zf:
            strings = part_text(zf, "xl/sharedStrings.xml")
    except Exception:
        strings = ""
    if not re.search(r"<(?:\w+:)?r>", strings) and "inlineStr" not in strings:
        # (no shared string in runs; an inline rich string is rare: looked at only through
        # the cells openpyxl reads below when the sheet has some)
        xml = _sheet_xml(path, sheet)
        if not xml or not re.search(r"<(?:\w+:)?is>\s*<(?:\w+:)?r>", xml):
            return {}
    from openpyxl import load_workbook

    out: dict[tuple[int, int], list[str]] = {}
    try:
        wb = load_workbook(path, rich_text=True, data_only=True)
        ws = wb[sheet]
        for r, c in cells:
            cell = ws.cell(row=r + 1, column=c + 1)
            v = cell.value
            if not hasattr(v, "__iter__") or isinstance(v, str):
                continue
            chars = [(ch, _run_face(getattr(p, "font", None), cell.font))
                     for p in v for ch in str(getattr(p, "text", p))]  # fmt: skip
            out[(r, c)] = _standing_out(chars)
        wb.close()
    except Exception:  # (a damaged or unexpected part: the fonts are not known)
        return {}
    return out


def _standing_out(chars: list[tuple[str, tuple]]) -> list[str]:
    """``marked_words`` for one cell's characters each with its run's look."""
    words: list[tuple[str, set]] = []
    text, looks = "", set()
    for ch, look in [*chars, (" ", None)]:
        if ch.isspace() or ch in GRADE_WORD_MARKS:
            if text:
                words.append((text, looks))
            text, looks = "", set()
        else:
            text += ch
            looks.add(look)
    if len(words) < 2 or any(len(lk) != 1 for _w, lk in words):
        return []  # (a word in two faces: no word marked whole)
    faces = [next(iter(lk)) for _w, lk in words]
    if len({f[:3] for f in faces}) > 1:
        # marked by weight, underline or colour: sizes say nothing (a first run with no font of
        # its own takes the cell's size, the others the template's)
        faces = [(*f[:3], None) for f in faces]
    if len(set(faces)) == 1:
        return []
    if len(words) == 2:
        (a, fa), (b, fb) = zip((w for w, _l in words), faces, strict=True)
        ahead = [_emphasis(fa, fb), _emphasis(fb, fa)]
        return [a] if ahead == [True, False] else [b] if ahead == [False, True] else []
    common = max(set(faces), key=faces.count)
    if faces.count(common) != len(faces) - 1:
        return []  # (no face shared by all the words but one)
    odd = next(f for f in faces if f != common)
    if not _emphasis(odd, common) or _emphasis(common, odd):
        return []  # ('**一级**　**二级**　三级': the plain one is no mark, two are marked)
    return [w for (w, _l), f in zip(words, faces, strict=True) if f == odd]


def _emphasis(look: tuple, other: tuple) -> bool:
    """``look`` stands out against ``other``: bold, underlined or coloured (not black) where
    the other is not; only when neither is so marked, larger (a red bold run set a point
    smaller than the plain ones is still the marked one)."""
    b, u, colour, size = look
    if (b and not other[0]) or (u and not other[1]) or (colour is not None and other[2] is None):
        return True
    if (other[0] and not b) or (other[1] and not u) or (other[2] is not None and colour is None):
        return False  # (the other is the one marked: its size says nothing)
    return size is not None and other[3] is not None and size > other[3]
