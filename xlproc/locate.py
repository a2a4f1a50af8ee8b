"""Find forms and lists in a sheet by what their columns mean, and pull out their raw rows.

A sheet may hold one official form, several stacked forms, or a list table (一览表, 排查表,
责任清单) with a row per risk point. The table header row is the anchor: a row whose headings
name a risk text (风险点, 风险名称, 风险描述 …) and at least one of the type, the level or the
measures. Each column's role is then settled by its heading and its contents together
(`xlproc.columns`). Above the header lie the title, the 单位 line and header fields; below
it the risk rows, then review boxes, sign-off lines and the note.

Every non-empty row is accounted for: a risk row, a row reported as incomplete, a row reported
as lying outside any table, or a known part of a form (title, fields, repeated header, review,
sign-off, note, a row saying only 无). A cell to the right of a table is reported too.

Who holds which post in which unit and 科室, where the words of a title, caption, tab or name
cell say it, is read by ``xlproc.identity``.

Rows belong to posts, not only people (对岗不对人): in a list table the rows of one unit,
科室, post and holder make one form; a row without a named holder belongs to its post.

The reader is split into modules named for what they do (by ``benchmarks/split_locate.py``,
which is rerun rather than edited by hand): ``locate_base`` holds the sheet model (``_Sheet``,
``_Table``, ``RawRisk``, ``RawForm``, ``SheetResult`` …) and the module-level regexes, constants
and helpers; the mixins
``locate_preamble``, ``locate_levels``, ``locate_cross``, ``locate_cards``, ``locate_header``,
``locate_holders``, ``locate_body``
hold the methods of ``_Locator`` by family; this module
keeps the entry points and ``_Locator`` itself (``__init__``, ``run``) and re-exports the names
other code takes from ``xlproc.locate``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import TYPE_CHECKING

from xlproc.columns import (
    ANCHOR,
    LEADERS_GROUP,
    LIKELY,
    POINTISH,
    SURE,
    Heading,
    _dept_like,
    _reads_as_point,
    heading_role,
    looks_like_name,
    profile,
    risk_worded,
)
from xlproc.forms import META_PREFIX, load_spec
from xlproc.identity import (
    COUNTY_SEAT,
    HAN_NAME,
    NOT_A_FORM_SHEET,
    POST_PAIR,
    TITLE_BRACKET_HOLDER,
    caption_holder,
    caption_identity,
    dept_in_title,
    holder_in_title,
    is_post,
    oversees_line,
    post_and_holder_in_title,
    post_in_title,
    rare_holder_in_title,
    sheet_department,
    shortened,
    split_dept_title,
    split_unit_title,
    squeeze,
    unit_in_title,
)
from xlproc.issues import Issue, make_issue
from xlproc.locate_base import (
    _ALL_OF_US,
    _ANNEX,
    _BLANK_ITEMS,
    _CODE_HEAD,
    _DEFINES,
    _FOOTNOTE_MARKS,
    _HOLDER_MARK_SYMS,
    _LINE_LABEL,
    _MARK_END_STRIP,
    _PARENT_HEAD,
    _SALUTATION_LEAD_CELL,
    _SALUTATION_LEAD_WORDS,
    _WINDOW_WORDS,
    FieldDictionary,
    MindMap,
    PivotList,
    PointHolders,
    RawRisk,
    SheetResult,
    _addressed_holder,
    _applicant_line,
    _field_with_value,
    _full_type,
    _holder_value,
    _join_posts,
    _key,
    _labels_over_values,
    _paper_fields,
    _parse_fields,
    _parse_unit,
    _post_and_name,
    _post_label,
    _RiskMap,
    _Sheet,
    _signed_label,
    _signoff_cell,
    _Table,
    _window_key,
    tab_name,
)
from xlproc.locate_base import _BLANK_MEANS as _BLANK_MEANS
from xlproc.locate_base import _CN_ITEM as _CN_ITEM
from xlproc.locate_base import _CODE_SPLIT as _CODE_SPLIT
from xlproc.locate_base import _CODE_VALUE as _CODE_VALUE
from xlproc.locate_base import _DITTO as _DITTO
from xlproc.locate_base import _LEVEL_NAMED as _LEVEL_NAMED
from xlproc.locate_base import GROUP_ROSTER_SHEET as GROUP_ROSTER_SHEET
from xlproc.locate_base import RawForm as RawForm
from xlproc.locate_base import _aimed_parts as _aimed_parts
from xlproc.locate_base import _arrow_parts as _arrow_parts
from xlproc.locate_base import _ditto_said as _ditto_said
from xlproc.locate_base import _head_and_lines as _head_and_lines
from xlproc.locate_base import _legend_pair_re as _legend_pair_re
from xlproc.locate_base import _legend_words as _legend_words
from xlproc.locate_base import _measures_bracket as _measures_bracket
from xlproc.locate_base import _point_key as _point_key
from xlproc.locate_base import _point_numbers as _point_numbers
from xlproc.locate_base import _required_parts as _required_parts
from xlproc.locate_base import _row_seq as _row_seq
from xlproc.locate_base import _team_head as _team_head
from xlproc.locate_base import _unmarked as _unmarked
from xlproc.locate_base import chain_heading as chain_heading
from xlproc.locate_base import chained_holder as chained_holder
from xlproc.locate_base import field_of as field_of
from xlproc.locate_base import heading_bracket_holder as heading_bracket_holder
from xlproc.locate_base import holder_bracket as holder_bracket
from xlproc.locate_base import listed_holders as listed_holders
from xlproc.locate_base import lone_post_pair as lone_post_pair
from xlproc.locate_base import posts_to_sign_line as posts_to_sign_line
from xlproc.locate_base import roster_lookup as roster_lookup
from xlproc.locate_base import titled_types as titled_types
from xlproc.shadow import SHADOW as _SHADOW
from xlproc.text import (
    LazyRe,
    cell_ref,
    col_index,
    fold,
    label_key,
)

if TYPE_CHECKING:
    from xlproc.workbook import Grid
from xlproc.locate_body import _Body
from xlproc.locate_cards import _Cards
from xlproc.locate_cross import _Cross
from xlproc.locate_header import _Headers
from xlproc.locate_holders import _SEQ_HOLDER_KEY, _Holders
from xlproc.locate_levels import _Levels
from xlproc.locate_preamble import _Preamble, names_holders


def split_by_type(grids, config) -> bool:
    """Two sheets or more of a file, each titled by one type and by another than the others: one
    list split by type ('…思想道德风险点排查表', '…岗位职责风险点排查表')."""
    seen = []
    for g in grids:
        text = squeeze("".join("".join(row) for row in g.rows[:3]))
        got = titled_types(text, config)
        if len(got) == 1:
            seen.append(next(iter(got)))
    return len(seen) >= 2 and len(set(seen)) == len(seen)


def column_role(key: str) -> str | None:
    """The column role a header label names (used by the form filler)."""
    h = heading_role(key)
    return h.role if h and h.strength >= 2 else None


def _header_caption(text: str) -> bool:
    """A page header's section that names the table or its unit ('…财政所岗位廉政风险防控一览表',
    'XX县交通运输局'), not the body that issued the form ('中共XX县纪律检查委员会　XX县监察委员会
    制') nor a mark ('内部资料')."""
    if _ISSUER_MARK.search(text):
        return False
    got = _field_with_value(text)
    if got is not None and got[0] in ("person", "title", "dept_title", "head", "department"):
        # ('科室：归集信贷科', '岗位：科长　姓名：…': the sheet's holder, no caption; a 部门 that
        # is a whole body, '部门：XX县财政局', still names the unit)
        if got[0] != "department" or not unit_in_title(got[1]):
            return False
    return bool(unit_in_title(text) or dept_in_title(text))


def _named_again(line: str, later: list[str]) -> bool:
    """A title line that is only the unit's name, which a later title line names again
    ('某县财政局' over '某县财政局岗位廉政风险防控一览表'): the unit is named once, not joined
    twice ('某县财政局某县财政局'); so too a line of the unit and its 科室 that the title names
    again ('某县财政局预算股' over '某县财政局预算股岗位…一览表')."""
    s = squeeze(line)
    if len(s) < 4 or not any(s in squeeze(y) for y in later):
        return False
    unit = unit_in_title(s)
    return bool(unit) and (s == unit or s == unit + dept_in_title(s))


_ISSUER_MARK = re.compile(r"(?:监制|印制|制发|印发|制)\s*$|纪律检查委员会|监察委员会")


# the office of a unit that gathers its forms ('填报单位：局办公室', 'XX镇纪委(汇总)')
# a holder's labelled line ('主体责任人：所长　某某', '负责人：站长　某某'): a leader's, no 科室
_HOLDER_LABEL_LINE = LazyRe(r"^[\u4e00-\u9fff]{0,6}(?:责任人|负责人)[:：]")
_COMPILER = LazyRe(
    r"^(?:本|局|院|委|镇|乡|中心)?(办公室|党政办|党政综合办公室|综合办公室|综合办|纪委|纪工委|纪检组"
    r"|纪检监察室|监察室|综合科|综合股|政工科|人事科|组织人事科)$"
)


_OFFICE_WORDS = re.compile(r"办|纪|监察|综合|政工|人事")  # (words a gathering office's name has)


def _compiled_within(line: str, titled: str) -> str:
    """A 填报单位 line naming an office of the unit the title names, not a unit of its own: the
    office that gathered the forms ('局办公室', 'XX镇纪委（汇总）' under 'XX县XX镇…'), or ''."""
    line = re.sub(r"[(（][^()（）]*[)）]$", "", squeeze(line))
    if COUNTY_SEAT.search(titled):
        return ""  # a county's 政府办, 县委办 is a unit of its own
    # the office alone, or after the unit's name or the end of it ('XX镇' of 'XX县XX镇')
    for k in range(0, max(0, len(line) - 1)):
        m = _COMPILER.match(line[k:])
        if m and (k == 0 or titled.endswith(line[:k]) or (k >= 2 and line[:k] in titled)):
            return m.group(1)
    return ""


# the places a title names before a body: '岐山县', '宝鸡市岐山县'
# what a title may open with before the places it names: '附件2', '2025年度', '关于', '中共'
_TITLE_LEAD = LazyRe(r"^(?:附件\s*\d+\s*[:：]?|\d{4}\s*年度?|关于|中共|转发|印发)+")
_REGION_TAIL = LazyRe(r"(?:(?:(?![年度])[\u4e00-\u9fffX]){1,6}?(?:自治区|省|市|州|盟|区|县|旗))+$")


def _read_meta(grid) -> dict | None:
    """Our templates carry hidden metadata in row 1; take it out of the grid."""
    if not grid.rows:
        return None
    row = grid.rows[0]
    for c, v in enumerate(row):
        if v.startswith(META_PREFIX):
            row[c] = ""
            try:
                meta = json.loads(v[len(META_PREFIX) :])
                return meta if isinstance(meta, dict) else None
            except ValueError:
                return None
    return None


def locate_forms(
    grid, rel: str, config=None, continues=None, legend: str = "", split_types: bool = False,
    group_sheets: tuple = (), file_sheets: tuple = (),
) -> SheetResult:  # fmt: skip
    """Find every form on one sheet (``config`` gives the vocabularies the contents are
    judged by; the defaults when None). ``continues``: the last header of the sheet before
    (``SheetResult.header``), which a sheet of rows without a header of their own goes on;
    ``legend``: notes of the file's other sheets (a 填表说明 defining the level words);
    ``group_sheets``: the file's sheets named like a roster ('人员名单'), which may list the
    members of the groups a list names (``_holders_by_group``); ``file_sheets``: all the file's
    sheets, one of which may hold a permission grid of a list's holders (``_holders_by_grid``)."""
    if config is None:
        from xlproc.config import load_config

        config = load_config()
    args = (grid, rel, config, continues, legend, split_types, group_sheets, file_sheets)
    if not _SHADOW:
        return _locate(*args)
    objs, before = list(grid.rows), set(grid.__dict__)
    snap = [list(row) for row in objs]
    used = QUICK_USED[0]
    res = _locate(*args)
    if QUICK_USED[0] != used and QUICK[0]:
        _shadow_check(args, res, objs, snap, before)
    return res


# The template's quick route (``_Locator.quick``: our own template's table, nothing pasted): the
# probes for other programmes' shapes it passes over. QUICK[0] False turns every such gate off;
# QUICK_USED counts the tables read with them on. XLPROC_SHADOW=1: each sheet read so is read
# again with the gates off and any difference raises (the proof a new gate is sound: run
# benchmarks/same_results.py and the tests with it set). Costs nothing when unset.
QUICK = [True]
# the roles of our forms' columns (workbook_templates/forms.toml): no holder, 科室 nor other
_FORM_ROLES = frozenset(
    ("seq", "duty", "workflow", "risk_point", "risk_type", "risk_level", "measures")
)
QUICK_USED = [0]
SHADOW_FAILS: list[str] = []


def _locate(grid, rel, config, continues, legend, split_types, group_sheets, file_sheets):
    loc = _Locator(grid, rel, config, continues)
    loc.file_legend = legend
    loc.split_types = split_types
    loc.group_sheets = group_sheets
    loc.file_sheets = file_sheets
    res = loc.run()
    if len(res.forms) > 1:
        _card_copies(loc, res)
    res.point_holders = list(loc.point_holders.values())
    res.ranges_read = loc.ranges_read
    return res


def _shadow_check(args: tuple, res: SheetResult, objs: list, snap: list, before: set) -> None:
    """Read the sheet again from its cells as they were, the quick route's gates off: the same
    result and the same cells after, else AssertionError (recorded in SHADOW_FAILS too, as a
    reader's error may be caught and reported by the caller)."""
    grid = args[0]
    after = [list(row) for row in grid.rows]
    for row, cells in zip(objs, snap, strict=True):
        row[:] = cells
    grid.rows[:] = objs
    for k in set(grid.__dict__) - before:  # (caches taken during the first reading)
        del grid.__dict__[k]
    QUICK[0] = False
    try:
        full = _locate(*args)
    finally:
        QUICK[0] = True
    cells_same = [list(row) for row in grid.rows] == after
    if dataclasses.asdict(full) != dataclasses.asdict(res) or not cells_same:
        a, b = dataclasses.asdict(res), dataclasses.asdict(full)
        diff = [k for k in a if a[k] != b[k]] + ([] if cells_same else ["cells"])
        msg = f"quick route differs: {args[1]} [{grid.name}] {diff}"
        SHADOW_FAILS.append(msg)
        raise AssertionError(msg)


# what marks a card printed more than once ('（第二联　站存档）', '存根', '一式两份'), or the
# line cut between its copies ('✂…沿此线裁开…')
_COPY_MARK = re.compile(
    r"第[一二三四1-4]联|存根|回执|一式[两二三四2-4]份|此联|[✀✁✂✃✄]|沿[此虚]?线(?:裁|剪|撕)|(?:裁剪|剪切|裁切)线"
)
_CARD_COPY_NAME = re.compile(r"^[(（]?\s*(?:第[一二三四1-4]联|存根|回执|此联)")


def same_post(a: RawForm, b: RawForm) -> bool:
    """Forms ``a`` and ``b`` are of one post: the same 岗位 or name, and the same 科室, 岗位 and
    name as far as both give them (a later list replacing the posts it names, ``_posts_replaced``)."""
    if not (a.title and b.title) and not (a.person and b.person):
        return False  # (no post nor name to match by)
    return all(
        squeeze(x) == squeeze(y)
        for x, y in ((a.title, b.title), (a.person, b.person), (a.department, b.department))
        if x and y
    )


def _copy_named(text: str) -> bool:
    return len(text) <= 30 and bool(_CARD_COPY_NAME.match(fold(text)))


_CELL_ROW = re.compile(r"[A-Z]+(\d+)$")


def _copy_key(form: RawForm) -> tuple:
    """A card's holder and points, NFKC and spaces ignored: two copies of one card key alike."""

    def k(v: str) -> str:
        return "".join(fold(v).split())

    return (
        k(form.unit), k(form.department), k(form.title), k(form.person),
        tuple((k(x.risk_point), k(x.risk_level), k(x.risk_type), k(x.measures)) for x in form.risks),
    )  # fmt: skip


# a card's copy name in its title or a line of its own, and what follows it ('（第一联　本人留存）',
# '第二联 纪检留存', '存根'), and the dashes or cut marks of a cut line
_CARD_COPY_WORDS = re.compile(
    r"[(（][^()（）]*(?:联|存根|回执|留存|存档)[^()（）]*[)）]|(?:第[一二三四1-4]联|存根|回执).*$"
    r"|[-—－=＝_＿·.…✀✁✂✃✄\s]+"
)
# a holder field of a card's block: '姓名 | 某某', '持卡人：某某', '本人签字：某某'
_CARD_HOLDER_LABEL = re.compile(r"^(?:姓名|持卡人|责任人|本人签字|签字|签名|本人签名)[:：]?")


def _card_title(sh, top: int, head: int) -> tuple[str, int | None]:
    """A card's title line between ``top`` and its table's heading ``head`` (its copy name and
    cut marks left off: '濮思岚岗位廉政风险提示卡（第一联）' → '濮思岚岗位廉政风险提示卡') and its row;
    ('', None) where none is written (review 127h, finding 3)."""
    for r in range(top, head):
        cols = sh.nonempty(r)
        if len(cols) == 1:
            text = fold(sh.rows[r][cols[0]])
            said = _CARD_COPY_WORDS.sub("", text)
            if (
                len(re.findall(r"[\u4e00-\u9fff]", said)) >= 4
                and not re.search(
                    r"沿[此虚]?线|[裁剪切]线|一式[两二三四2-4]份|[:：]|签字|签名|^注", text
                )
            ):  # (not a cut line '✂ 沿虚线剪下', a note '本卡一式两份', the foot above '本人签字：')
                return said, r
    return "", None


def _card_holders(sh, top: int, end: int) -> set[str]:
    """The holders a card's name fields between rows ``top`` and ``end`` write ('姓名 | 某某',
    '本人签字：某某'): a block's own, to tell two people's cards from copies of one."""
    held: set[str] = set()
    for r in range(top, min(end + 1, len(sh.rows))):
        row = sh.rows[r]
        for c in sh.nonempty(r):
            text = "".join(fold(row[c]).split())
            m = _CARD_HOLDER_LABEL.match(text)
            if not m:
                continue
            v = text[m.end() :]
            if not v and m.group().rstrip(":：") in ("姓名", "持卡人", "责任人"):
                v = next(("".join(fold(row[x]).split()) for x in sh.nonempty(r) if x > c), "")
            if v and not _CARD_HOLDER_LABEL.match(v) and len(v) <= 12:
                held.add(v)
    return held


def _card_copies(loc: _Locator, res: SheetResult) -> None:
    """One card printed twice down a sheet (一式两份: '（第一联　本人留存）', a '✂ 沿此线裁开' cut
    line, '（第二联　站存档）' and the same card again): a later copy whose holder and points are
    an earlier one's is no second form — its rows are counted as reported and the issues of its
    rows withdrawn (CARD_COPY_SKIPPED); copies of one holder whose points differ are both read
    and warned (CARD_COPIES_DIFFER). Only where the sheet marks its copies ('第二联', '存根',
    '回执', '一式两份', a cut line): two people's cards, a card and its 整改 table, a list
    pasted page by page stay as they were."""
    forms = [f for f in res.forms if f.risks and f.style == "form"]
    holders: dict[tuple, list[RawForm]] = {}
    for f in forms:
        holders.setdefault(_copy_key(f)[:4], []).append(f)
    if all(len(v) < 2 for v in holders.values()):
        return  # (the cheap test first: no holder has two cards on the sheet)
    sh = loc.sh
    marked = [
        (r, c)
        for r in range(len(sh.rows))
        for c in sh.nonempty(r)[:2]
        if len(sh.rows[r][c]) <= 120 and _COPY_MARK.search(sh.rows[r][c])
    ]
    if not marked:
        return
    drop: list[RawForm] = []
    for same in holders.values():
        if len(same) < 2:
            continue
        first = same[0]
        start = 0  # (the first card's block: from the sheet's top)
        for before, f in zip(same, same[1:], strict=False):
            top = max(x.row for x in before.risks) + 1  # (the copy's block: under the one before)
            end = max(x.row for x in f.risks)
            if min(x.row for x in f.risks) < top:
                continue  # (copies side by side, '存根 | 骑缝线 | 持卡人联': FORM_SECOND_COPY's)
            # each block's title and name fields (its foot: the lines under its points to a
            # blank); the copy's block begins at its title, the one before's ends there
            was, _at = _card_title(sh, start, before.header_row)
            now, at = _card_title(sh, top, f.header_row)
            foot = end + 1
            while foot < len(sh.rows) and sh.nonempty(foot):
                foot += 1
            mine = top if at is None else at
            held = (_card_holders(sh, start, mine - 1), _card_holders(sh, mine, foot - 1))
            start = mine
            if (was and now and was != now) or (held[0] and held[1] and not held[0] & held[1]):
                first = f  # (titles or name fields naming other people: two people's cards)
                continue
            # (the copy's own name, '（第二联　站存档）', not a note saying '本卡一式两份')
            mark = next(
                ((r, c) for r, c in marked if top <= r <= end and _copy_named(sh.rows[r][c])), None
            )
            where = cell_ref(*mark) if mark else cell_ref(f.header_row, 0)
            if _copy_key(f) != _copy_key(first):
                a, b = set(_copy_key(f)[4]), set(_copy_key(first)[4])
                if 2 * len(a & b) < max(len(a), len(b)):
                    continue  # (the holder's other table, '整改措施表', not a copy of his card)
                res.issues.append(make_issue(
                    "CARD_COPIES_DIFFER", loc.rel, loc.grid.name, where,
                    value=f.person or f.title, field=cell_ref(first.header_row, 0),
                ))  # fmt: skip
                first = f
                continue
            drop.append(f)
            res.rows_reported += len(f.risks)
            res.issues[:] = [
                x for x in res.issues
                if x.code == "CARD_COPIES_DIFFER" or x.code == "CARD_COPY_SKIPPED"
                or not (x.source_sheet == loc.grid.name and (m := _CELL_ROW.match(x.cell))
                        and top < int(m.group(1)) <= end + 1)
            ]  # fmt: skip
            res.issues.append(make_issue(
                "CARD_COPY_SKIPPED", loc.rel, loc.grid.name, where,
                value=f.person or f.title, field=cell_ref(first.header_row, 0), rows=str(len(f.risks)),
            ))  # fmt: skip
    if drop:
        res.forms[:] = [f for f in res.forms if not any(f is d for d in drop)]


# a 序号 written in any of the styles a clerk types: '1', '1.', '1、', '（1）', '(1)', '第1项', '1号'
_SEQ_STYLED = re.compile(r"^(?:第\s*)?[（(]?\s*(\d{1,3})\s*[)）]?\s*(?:[.．、。]|号|项|条)?$")


def _seq_numbers(block: dict[str, int]) -> dict[str, int] | None:
    """A half's rows keyed by the number its 序号 cell writes ('1.' → '1'), or None where a cell
    writes a number otherwise ('FX-01', '1-1': codes) or two cells the same one; a cell with no
    digit (a caption, a group row '一、镇领导' across the table) is left out."""
    out: dict[str, int] = {}
    for v, r in block.items():
        m = _SEQ_STYLED.match(v.strip())
        if m is None and not any(ch.isdigit() for ch in v):
            continue
        if m is None or str(int(m.group(1))) in out:
            return None
        out[str(int(m.group(1)))] = r
    return out


def points_half_header(grid) -> tuple[int, int, dict[int, Heading | None]] | None:
    """The header of the left half of a table whose columns are cut over two sheets: a row of
    short headings naming a 序号, a risk text and some other known role (科室, 岗位, 责任人)
    but no type, level or measures (those stand on the other sheet), most of its cells known
    headings, within the sheet's first 12 rows: (row, 序号 column, headings), else None."""
    sh = _Sheet(grid)
    for r in range(min(len(sh.rows), 12)):
        if not sh.names_point(r):
            continue  # (the cheap test)
        cols = sh.nonempty(r)
        if len(cols) < 3 or any(len(sh.rows[r][c]) > 16 for c in cols):
            continue
        heads = {c: heading_role(k) if (k := sh.key(r, c)) and k != "\x00" else None for c in cols}
        known = {c: h for c, h in heads.items() if h is not None and h.strength >= 2}
        roles = {h.role for h in known.values()}
        seq = next((c for c, h in known.items() if h.role == "seq"), None)
        if seq is None or not roles & set(POINTISH) or roles & set(ANCHOR):
            continue
        if len(roles) < 3 or len(known) < 0.6 * len(cols):
            continue
        return r, seq, heads
    return None


def locate_points_half(
    grid, rel: str, config, header: tuple[int, int, dict[int, Heading | None]], legend: str = "",
    split_types: bool = False,
) -> SheetResult:  # fmt: skip
    """``locate_forms`` of a sheet whose header (``points_half_header``) holds the points but
    none of their types, levels or measures, read as a table because another sheet of the file
    holds those columns under the same 序号 (``collect._columns_split_over_sheets``)."""
    if config is None:
        from xlproc.config import load_config

        config = load_config()
    loc = _Locator(grid, rel, config)
    loc.file_legend = legend
    loc.split_types = split_types
    loc.half_header = header
    return loc.run()


class _Locator(_Preamble, _Levels, _Cross, _Cards, _Headers, _Holders, _Body):
    """One pass over one sheet: header rows first, then each form's preamble, table and tail."""

    def __init__(self, grid, rel: str, config, continues=None):
        self.grid, self.rel, self.config = grid, rel, config
        self.continues = continues
        self.labels: dict[int, str] | None = None  # the labels of a header given, not read
        self.sh = _Sheet(grid)
        self.spec = load_spec()
        self.issues: list[Issue] = []
        self.seen = self.reported = self.unplaced = 0
        self.repeated: set[int] = set()
        self.captions_told = False  # HOLDER_BY_TABLE_CAPTION said (once a sheet)
        # section rows naming several holders, their rows (``collect._holders_by_indent``)
        self.indent_groups: list = []
        self.skip: set[int] = set()  # titles of a table continued page by page
        self.handover_lines: set[int] = set()  # '…出纳岗由某某接任' lines read by the list
        self.code_legend: set[int] = set()  # rows of a legend of a column's codes (no stray rows)
        self.aside: dict[int, set[int]] = {}  # header row → columns of another programme's risks
        self.rows_aside: dict[int, int] = {}  # header row → a 一岗双责 list's class column
        self.outlined: set[int] = set()  # header rows whose staircase heads were told (once)
        self.matter_told: set[int] = set()  # header rows whose matters' holder brackets were told
        # the last level sub-row read by its count after the level words ('二级风险点：计2条')
        self.sub_row_tail: tuple[str, str, str] | None = None
        # … and by its level said in quotes or after 为/是/a colon ('风险等级为“高”的风险点')
        self.sub_row_worded: tuple[str, str, str] | None = None
        self.lone_holder_rows: set[int] = set()  # post-and-holder rows typed in the 序号 cell alone
        self.shaped_holder_rows: set[int] = set()  # '二、出纳　某某': a holder by its shape alone
        self._fields_after_posts: bool | None = None  # a group row '副局长　安全生产' in the sheet
        self.beside_map: _RiskMap | None = None  # a 风险坐标图 in the rows of the list being read
        self.staffing_rows: set[int] = set()  # a staffing grid's rows under a list of posts
        self.mention_rows: set[int] = set()  # a roster of the members a list's points @ mention
        self.approval_rows: set[int] = set()  # an OA form's 审批记录 under its list
        self.stacked: set[int] = (
            set()
        )  # rows whose holder cell is the post's above (``_stacked_holders``)
        self.part = False  # reading one of several tables side by side
        self.merged = False  # reading a union heading's synonym columns coalesced (once)
        self.grids_unread = False  # stacked grids whose holder rows differ (GRIDS_ROWS_DIFFER)
        self.stamps: list[tuple[int, str]] = []  # (row, unit) named on lines under the forms
        self.file_legend = ""  # notes on the file's other sheets
        self.group_sheets: tuple = ()  # the file's sheets that may list groups' members
        self.file_sheets: tuple = ()  # the file's sheets (a permission grid on another one)
        self.duty_holders: dict[tuple[str, str], str] = {}  # (post, 分工) → holder, a post two hold
        self.split_types = False  # the file's sheets are one list split by type
        # a header of points only, its other columns on another sheet (``locate_points_half``)
        self.half_header: tuple[int, int, dict[int, Heading | None]] | None = None
        self.panel: dict[str, tuple[str, str]] = {}  # a card's fields in a panel beside its table
        self.side_title: tuple[int, int, str] | None = None  # (rows, title) merged down its edge
        self.sheet_unit = ""  # the unit the sheet's first table was found to belong to
        self.held_posts: dict[str, str] = {}  # holder → post, from a line of who holds which
        self.tail_roster: dict[str, str] = {}  # post → holder, from such a line under a list
        # a roster's posts its status column leaves with several staff in post (``_roster_status``)
        self.roster_many: dict[str, list[str]] = {}
        # a post several staff hold, each told apart by his 分管工作: key → (cell, duty → name)
        self.roster_by_duty: dict[str, tuple[str, dict[str, str]]] = {}
        self.slot_rows: set[int] = set()  # the holder slots' rows of ``_rows_by_slot_role``
        self.roster_out: dict[str, tuple[str, str]] = {}  # (``_roster_status``)
        self.roster_changed: set[str] = set()
        self.sign_in_aside = False  # a meeting's sign-in set aside as no roster (``_roster_table``)
        # who stands where now by a table of staff moves under a list (``_moves_places``), and
        # its header's cell and caption
        self.moves_roster: dict[str, list[str]] = {}
        self.moves_said: tuple[str, str] = ("", "")
        # the info ``_holders_by_moves`` gave (its index in ``issues``), its table's words and the
        # holders it named ('科室岗位' → name): a post ``_list_forms`` places later is added
        self.moves_told: tuple[int, str, str, dict[str, str], dict[str, str]] | None = None
        self.signed_post = ""  # the post a holder's signature names before him, as written
        self.current_table: _Table | None = None  # the table whose rows are being read
        self.closed: set[int] = set()  # lines of a holder's pairs that closed the card above
        # a report's sign-off under its last table (its unit, then its date): no row, no stray
        self.unit_signoff_rows: set[int] = set()
        self.held_below = False  # the form's holder is named only on a line under its rows
        self.card_named = False  # the card being read names its holder on its lines above
        # the part of the printed page ('页眉', '页脚') that named the sheet's holder, once said;
        # the part naming the holder just read (``_footer_holder``)
        self.printed_holder = ""
        self.printed_at = ""
        # the table being read has its holder above it (its title, a 姓名 field, a panel): a
        # bracket closing a point that names someone is a note, not the point's holder
        self.holder_above = False
        self.years: list[int] = []  # the years the captions of the tables read so far name
        self.older_lists: list = []  # older years' tables set aside: ``SheetResult.older_lists``
        # returns pasted from mails (``_holders_by_mail_headers``): the row the next table's mails are
        # looked for from, the mails read (their first rows) and the headers warned (their cells)
        self.mail_floor = 0
        self.mails_read: set[int] = set()
        self.mails_warned: set[str] = set()
        self.quoted_col: int | None = None  # no risk column: the measures naming their points
        self.aimed_col: int | None = None  # no risk column: a 防控要点 closing on '，防止 point'
        self.last_table: _Table | None = None
        # tables of holders naming points by 序号, by first row (``_point_holders_at``)
        self.point_holders: dict[int, PointHolders] = {}
        self.ranges_read: set[int] = (
            set()
        )  # rows of rosters of 序号 ranges read (``_holders_by_range``)
        self.point_holder_rows: dict[int, int] = {}  # such a table's first row (its caption) → end
        # the cells of a roster keyed by the list's matter beside it (``_matter_roster_beside``)
        self.beside_roster_cells: set[tuple[int, int]] = set()
        # a column of cases with no heading beside a table: (header row, column) → its case rows
        self.unheaded_case_cells: dict[tuple[int, int], frozenset[int]] = {}
        self.point_holder_used: set[int] = set()  # such tables' rows: no holder's lines of a card
        self.other_rows: set[int] = set()  # tables of another kind's rows (``_other_table``)
        self.small_below: set[int] = set()  # their heading rows ending a list of no holder
        # a key of what each level means under a list: its heading row → its rows under it
        # ('风险等级 | 高 | 中 | 低' over '判定标准 | …': ``_level_key``)
        self.level_key_rows: dict[int, int] = {}
        self.ledger_heads: set[int] = set()  # other tables under a list (``_heading_under_list``)
        # those of them reported by another code (``_without_answer_blocks``)
        self.ledger_codes: dict[int, str] = {}
        # a titled record's heading row → the row after its last (``_titled_record``)
        self.record_until: dict[int, int] = {}
        self.level_heads: set[int] = (
            set()
        )  # header rows whose columns are levels (``_level_headers``)
        self._joined: tuple[int | None, int] = (
            None,
            -1,
        )  # (the point a wrapped row went on, its row)
        # (header row, end) → whether the table's own points each have a 序号 and a level
        self._spill_shapes: dict[tuple[int, int], bool] = {}
        self.own = False  # the table read is our own template's, nothing pasted (``_own_template``)
        self.quick = False  # … and the quick route's gates on (``QUICK``)

    def _set_aside_alone(self, caption: tuple[int, str, str]) -> None:
        """Warn of a table its caption sets aside (repealed, or no one's: ``_repealed_caption``)
        with no current list of the unit beside it: read as before, nothing lost silently."""
        code = "TABLE_REFERENCE_ALONE" if caption[2] == "reference" else "TABLE_SUPERSEDED_ALONE"
        at = cell_ref(caption[0], self.sh.nonempty(caption[0])[0])
        self.issues.append(make_issue(code, self.rel, self.grid.name, at, value=caption[1]))

    def _current_table_left(self, forms: list[RawForm], heads: list, i: int) -> bool:
        """Whether the sheet keeps a current table beside the repealed (or no one's reference)
        one at ``heads[i]``: one read above it, or one below whose caption marks no such list."""
        if any(f.risks for f in forms):
            return True
        return any(
            self._repealed_caption(heads[j - 1][0] + 1, heads[j][0])[0] < 0
            for j in range(i + 1, len(heads))
        )

    def _posts_replaced(self, forms: list[RawForm], replacing: list[list]) -> list[RawForm]:
        """Drop the rows of each post a later list replaces (``_replacing_caption``): the forms
        above it of a post (科室, 岗位, 姓名 — each as far as both name it) one of its forms holds;
        the other posts stand. Their rows are counted as reported, an info naming the caption."""
        gone: set[int] = set()
        for first, end, at, caption in replacing:
            end = len(forms) if end < 0 else end
            new = [f for f in forms[first:end] if f.risks]
            if not new:
                continue
            rows = 0
            for k, f in enumerate(forms[:first]):
                if k not in gone and f.risks and any(same_post(f, g) for g in new):
                    gone.add(k)
                    rows += len(f.risks)
            if rows:
                self.reported += rows
                self.issues.append(
                    make_issue("TABLE_POSTS_REPLACED", self.rel, self.grid.name,
                               cell_ref(at, self.sh.nonempty(at)[0]), value=caption,
                               rows=str(rows), sheet="")
                )  # fmt: skip
        return [f for k, f in enumerate(forms) if k not in gone]

    def _card_duties(self, form: RawForm, rows: list[int]) -> None:
        """A card's duty written in its preamble ('岗位职责 | 分管行政审批、路政执法', '所在科室 |
        局领导 | 分管工作 | …', '主要职责：…' in one cell), its table having no duty column: the
        form's duty, each point's and the grading's (DESIGN §4: 分管工作含“行政审批” → A); it had
        been passed over as a line of the preamble. Said once (DUTY_FROM_CARD_LINE)."""
        if any(rr.duty for rr in form.risks) or not form.risks:
            return
        sh = self.sh
        pairs: list[tuple[str, str, str]] = []  # (label, text, cell)
        for r in rows:
            cols = sh.nonempty(r)
            for i, c in enumerate(cols):
                cell = sh.rows[r][c]
                label, sep, text = cell.partition("：") if "：" in cell else cell.partition(":")
                if sep and text.strip() and len(label.strip()) <= 8:
                    at = c  # '岗位职责：分管行政审批' in one cell
                elif i + 1 < len(cols) and len(cell) <= 8:
                    label, text, at = cell, sh.rows[r][cols[i + 1]], cols[i + 1]
                else:
                    continue
                h = heading_role(_key(label))
                text = text.strip()
                if h is None or h.role != "duty" or h.strength < 2 or not text:
                    continue
                if field_of(_key(text)) or heading_role(_key(text)) is not None:
                    continue  # ('岗位职责 | 所在科室': the next label, no text)
                pairs.append((label_key(label), text, cell_ref(r, at)))
        if not pairs:
            return
        text = "\n".join(t for _l, t, _c in pairs)
        for rr in form.risks:
            rr.duty = text
        form.duty_texts = list(dict.fromkeys([*form.duty_texts, *((lb, t) for lb, t, _c in pairs)]))
        self.issues.append(
            make_issue("DUTY_FROM_CARD_LINE", self.rel, self.grid.name, pairs[0][2],
                       field=pairs[0][0], value=text.replace("\n", "；")[:60])
        )  # fmt: skip

    def _rare_title_holder(self, titles: list[str], pre_rows, got: tuple[str, str, str]) -> None:
        """Tell where a card's title glued its holder of a surname no list holds after the post
        and it was read whole ('…水务局副局长郁都甄澜岗位…': 副局长 | 郁都甄澜, not 副局长郁 |
        都甄澜; ``rare_holder_in_title``): one info, at the title's cell."""
        text = next((t for t in titles if post_and_holder_in_title(t)), "")
        if not text or rare_holder_in_title(text) != got:
            return
        sh = self.sh
        at = next(
            (cell_ref(r, c) for r in pre_rows for c in sh.nonempty(r) if sh.rows[r][c] in text), ""
        )
        self.issues.append(
            make_issue("HOLDER_IN_TITLE_RARE_NAME", self.rel, self.grid.name, at,
                       value=squeeze(text), post=got[1], person=got[2])
        )  # fmt: skip

    def _printed_header(self, h: int, headings: dict[int, Heading | None]) -> bool:
        """Header row ``h`` (our own template's, ``_own_template``) as the form prints it: each
        heading sure and of one of the form's roles, side by side with no blank or merged cell
        between or over them. The probes gated on ``quick`` look for headings, merges and
        columns such a header has not: on it they find nothing (``QUICK``)."""
        cols = sorted(headings)
        if not cols or cols[-1] - cols[0] + 1 != len(cols):
            return False
        if any(
            x is None or x.strength != SURE or x.role not in _FORM_ROLES for x in headings.values()
        ):
            return False
        return not any(r0 <= h <= r1 for r0, _c0, r1, _c1 in self.grid.merges or ())

    def run(self) -> SheetResult:
        if not self.part:
            self.side_title = self._side_title()  # (before anything reads the sheet's columns)
        sh = self.sh
        meta = _read_meta(self.grid)
        if meta and meta.get("form") == "instructions":
            return SheetResult([], [], 0, 0, 0)
        n = len(sh.rows)
        # our own template's form and nothing else on the sheet: no other shape's probe can
        # apply (a table or lines pasted under the form's printed end are read as before)
        own_row, beyond = self._own_template(meta)
        template = self.own = own_row >= 0 and beyond == n
        own_head = own_row if own_row >= 0 and beyond > own_row else -2  # (its header as printed)
        cards = self._point_cards() if not (self.part or template) else []
        if cards:  # '编号 | … | 风险点名称 | …' cards a point each, stacked down the sheet
            return SheetResult(cards, self.issues, self.seen, self.reported, self.unplaced)
        # '风险点名称 | …' over '序号 | 科室 | 岗位 | 姓名 | …': one sheet a point, its holders' table
        one_point = self._point_holders_table() if not (self.part or template) else []
        if one_point:
            return SheetResult(one_point, self.issues, self.seen, self.reported, self.unplaced)
        self.panel = (
            (self._side_panel() or self._right_panel()) if not (self.part or template) else {}
        )
        survey = (
            (
                self._survey_export()
                or self._task_export()
                or self._oa_step_export()
                or self._submission_export()
            )
            if not (self.part or template)
            else []
        )
        # '序号 | 提交答卷时间 | … | 1、您的姓名： | …': a survey platform's export; '任务ID | 标题 |
        # 任务类型 | … | 执行者 | …': a team task tool's; '流程编号 | 申报人 | … | 节点名称 | 处理人 | …':
        # an OA system's 流程明细, one row an approval step; '审批编号 | … | 发起人姓名 | … | 风险点明细':
        # an approval platform's export one row a submission, its 明细 table flattened in one cell
        if survey:
            return SheetResult(survey, self.issues, self.seen, self.reported, self.unplaced)
        heads = self._header_rows() or ([self.half_header] if self.half_header else [])
        if (
            heads
            and not (self.part or heads[0][0] == own_head)
            and (band := self._band_heading(heads[0][0] + 1))
            and band[0] == heads[0][0]
        ):
            heads = []  # ('岗位 | 姓名 | 类别 | 第一项 | 第二项': bands of labelled rows, no header)
        if (
            heads
            and not (self.part or heads[0][0] == own_head)
            and self._points_headed_by_levels(heads[0])
        ):
            heads = self._level_headers() or heads  # ('高风险点 | 中风险点 | 低风险点')
        if (
            heads
            and not (self.part or heads[0][0] == own_head)
            and heads[0][0] + 1 < n
            and self._year_time_columns(heads[0][0] + 1, sh.nonempty(heads[0][0] + 1))
            and (forms := self._dept_type_grid())
        ):  # ('风险点' merged over '第一季度 | …' beside a '防控措施' column: holders by times)
            return SheetResult(forms, self.issues, self.seen, self.reported, self.unplaced)
        for i, (h, depth, headings) in enumerate(heads if not (self.part or self.merged) else ()):
            # a list merged from several returns by a script: synonym columns side by side, each
            # filled on its own return's rows, and the script's unheaded index (``_union_heading``)
            end = heads[i + 1][0] if i + 1 < len(heads) else n
            merged = self._union_heading(h, headings, end, depth)
            if merged is not None:
                return merged
        for h, depth, headings in heads if not self.part else ():
            groups = _side_by_side(headings)
            if (
                groups
                and not self._stage_groups(h, depth, headings)
                and not self._own_holder_bands(h, depth, headings)
                and not self._year_band_spans(h, depth, headings)  # (two years' lists: one)
            ):
                return self._split(h, groups, meta, headings)
        if not heads:
            forms = (
                self._transposed()
                or self._records()
                or self._matrix()
                or self._point_groups()
                or self._dept_post_grid()
                or self._watch_grid()  # '被监督人' down × '监督人' over colleagues across
                or self._dept_type_grid()
                or self._stage_item_grid()  # '经办环节 | 补贴项目…' keyed by a '经办分工：' line
                # '一、风险点' / '二、风险等级' / '三、防控措施' over grids of the same holder rows and
                # '第一项 | 第二项' columns: a point's level and measures in the same cell position
                or self._position_grids()
                or self._labelled_points()
                or self._level_board()  # '高风险 | 中风险 | 低风险' over '【科室　岗位　姓名】' cards
                or self._pasted_outline()
                or self._relay_list()  # a WeChat 群接龙: '1. 站长　某某：point（高）；point（中）'
                # a printed questionnaire: '二、…风险点：' / '三、…风险等级…' / '四、…防控措施…' over
                # numbered answers '（1）…' paired by their numbers, the holder in question rows
                or self._answer_blocks()
                # a work-group chat export: '时间 | 发送人 | 消息内容', the sender's 群昵称
                # '科室-职务-姓名' the holder of his messages '风险点：…；等级：高；措施：…。'
                or self._chat_export()
                # one holder's prose 承诺 paragraph a row: '本人某某，任…局长，…风险点有：1.…（高风险）；
                # 2.…（中风险）。本人承诺：…' — holder, post, numbered points and levels in the sentence
                or self._pledge_paragraphs()
                # a 鱼骨图 drawn in cells: a spine of '━━' cells, bones slanting to it, a post and
                # holder at each bone's far end, its points along the bone closing in '（高）'
                or self._fishbone()
            )
            if forms:
                return SheetResult(forms, self.issues, self.seen, self.reported, self.unplaced)
            if self.grids_unread:  # (told unread: no other reading of their cells as points)
                return SheetResult([], self.issues, 0, 0, 0)
            if not self.part:
                joined = self._halves()
                if joined is not None:
                    return joined
            heads = (
                self._guessed_headers()
                or self._continued_header()
                or self._grid_headers()
                or self._level_headers()
            )
        if not heads and not self.part and self._point_holders_in(range(min(n, 60))):
            return SheetResult([], self.issues, 0, 0, 0)  # a sheet of whose the points are
        if not heads:
            if not NOT_A_FORM_SHEET.search(self.grid.name) and any(
                sh.names_point(r) for r in range(min(n, 60))
            ):
                self.issues.append(make_issue("SHEET_NO_TABLE", self.rel, self.grid.name))
            self.roster_shared = []
            self.roster_signed = None
            self.sign_in_aside = False  # (a meeting's sign-in: no roster, nor a chart's)
            roster, _rows = self._roster_table(list(range(min(n, 20))), full=True)
            # a post two or more staff hold (no status column saying who is in post): said where
            # a post-only list of another sheet asks for its holder (ROSTER_POST_SEVERAL_HOLDERS)
            several = {
                p: (cell_ref(x, 0), names)
                for x, p, names in self.roster_shared
                if p not in self.roster_many and roster.get(p) == ""
            }
            roster = roster or ({} if self.sign_in_aside else self._chart_roster())
            return SheetResult([], self.issues, 0, 0, 0, roster=roster,
                               roster_many=self.roster_many, roster_several=several,
                               roster_by_duty=self.roster_by_duty,
                               roster_out=self.roster_out,
                               roster_changed=self.roster_changed,
                               roster_signed=self.roster_signed if roster else None)  # fmt: skip
        forms: list[RawForm] = []
        pre_start = 0
        # '二、2025年动态调整岗位廉政风险点' over '说明：下表所列岗位…替换上表中该岗位的全部风险点': the
        # forms each such later list gave, [first, end), its caption's row and text
        replacing: list[list] = []
        for i, (h, depth, headings) in enumerate(heads):
            next_h = heads[i + 1][0] if i + 1 < len(heads) else n
            if replacing and replacing[-1][1] < 0:
                replacing[-1][1] = len(forms)
            # the probes skipped on the template's own table only, its rows up to the form's
            # printed end (the next header): not on a table pasted under it, nor where lines
            # pasted under the form's end fall in its rows ('各环节责任人：…', a 分工 table)
            template = self.own = h == own_row and beyond >= next_h
            # (and its header as printed: one row, the form's headings each sure, no cell of it
            # merged, nothing between them — the quick route's gates, ``QUICK``)
            quick = self.quick = (
                template and QUICK[0] and depth == 1 and self._printed_header(h, headings)
            )
            if quick:
                QUICK_USED[0] += 1
            # '风险等级调整情况' under a list on the sheet: its points' levels, no points of its own
            if (
                forms
                and not template
                and (changed_to := self._levels_by_change_table(h, depth, next_h, forms))
            ):
                pre_start = changed_to
                continue
            if not template and self._point_holders_at(h, next_h) is not None:
                continue  # a table of holders by point numbers, read as a header: no points
            # '… | 包保企业 | 廉政风险点 | … |  | 包保企业 | 包保责任人 | 职务': the roster beside is
            # looked up by the row's key, not read as more columns of the list's rows
            beside = None if template else self._matter_roster_beside(h, depth, headings, next_h)
            if beside is not None:
                headings = {c: x for c, x in headings.items() if c < beside[0]}
            # '附：2023年版原清单（已废止，仅供对照）' over the heading again under the current list:
            # the repealed old list kept to compare, its rows no one's points (skipped once read)
            # (not in one of tables side by side: which caption is over which, and whether the
            # current one is beside it, is not told by the part read — read as before the rule)
            # (so a list of no one in the unit: '一、…参考目录（供对照查找，不作为本单位风险点）' over an
            # upper-level catalogue pasted beside the unit's own list, a '填表示例', a '样表')
            repealed = (
                (-1, "", "") if template or self.part else self._repealed_caption(pre_start, h)
            )
            alone = None  # (a reference caption with no list beside: warned once read)
            if repealed[0] >= 0 and not self._current_table_left(forms, heads, i):
                if repealed[2] == "reference":
                    alone = repealed  # (unless its rows name the unit's holders, below)
                else:
                    self._set_aside_alone(repealed)
                repealed = (-1, "", "")  # (no current table beside it: read as before, warned)
            if repealed[0] < 0 and not (template or self.part) and any(f.risks for f in forms):
                floor = max((rr.row for f in forms for rr in f.risks if not rr.sheet), default=-1)
                at, caption = self._replacing_caption(max(floor + 1, pre_start - 6, 0), h)
                if at >= 0:
                    replacing.append([len(forms), -1, at, caption])
            n_issues = len(self.issues)
            if not template:  # (a heading row shifted one column off its rows)
                headings = self._heading_shifted(h, depth, headings, next_h)
            table = self._classify(h, depth, headings, next_h)
            if beside is not None and table.col_role.get(beside[1], "other") == "other":
                if "duty" not in table.roles:  # (the key a matter: each row's 业务事项)
                    table.roles["duty"] = beside[1]
                    table.col_role[beside[1]] = "duty"
            self._holder_headings(table, next_h)  # '序号 | 副局长 | 厍昶翀 | 风险点 | …' a block
            if not quick:  # (the form's headings name no one)
                self._bare_heading_holder(table, next_h)  # '… | 防控措施 | 总经理　张三' a table
            self._bracket_holders(table, next_h)  # '廉政风险点（办公室　主任　张三）' a block
            table.point_quoted = self._quoted_points(table, h + depth - 1)
            table.point_aimed = self._aimed_points(table, h + depth - 1)
            self._required_points(table, h + depth - 1)  # 'point，应…' under '风险点及防控要求'
            self.last_table = table
            pre_rows = list(range(pre_start, h))
            # whose the points below are, by number
            held = set() if template else self._point_holders_in(pre_rows)
            if held:
                pre_rows = [x for x in pre_rows if x not in held]
            side = self._side_tables(pre_rows)  # a table of duties or of family members above
            coded, code_rows = self._coded_posts(pre_rows, table)  # '岗位编号 | 科室 | 岗位 | 姓名'
            side |= code_rows
            # '风险编码 | 廉政风险点 | …' over 'S01-1' and a '岗位代码 | 所在股室 | 岗位 | 责任人' table
            # under (or above) it: the code table's rows are no rows of the list
            # '桩号 | K9+300' and no holder, under it '起止桩号 | K0+000—K18+600 | … | 姓名': the
            # roster's rows are no rows of the list (before the codes: its route is no post's code)
            # '平台账号 | 涉及角色' and no holder, under it '账号名称 | 运维管理员 | 内容编辑' a row an
            # account: the roster's rows are no rows of the list (the holder at key × role)
            # (our template's rows: no roster by ranges or by key × role; on its quick route no
            # holder's code, staff number or duty number keyed by a table either)
            prefixed = (
                set()
                if template
                else self._range_roster_rows(table, pre_rows, next_h)
                or self._key_role_roster_rows(table, pre_rows, next_h)
            ) or (set() if quick else self._prefix_code_rows(table, pre_rows, next_h))
            if prefixed:
                side |= prefixed
                self.skip |= prefixed
                self.code_legend |= prefixed
            if coded and table.roles.get("title") == coded[0]:
                del table.roles["title"]  # ('岗位代码' is the post's code, not the post)
                table.col_role[coded[0]] = "other"
            if side:
                pre_rows = [x for x in pre_rows if x not in side]
            table.post_labels, labelled = self._post_labels(pre_rows, table, next_h)
            staff = self._staff_lines(pre_rows) if "title" not in table.roles else {}
            stacked = _labels_over_values(sh, pre_rows)
            values = set(stacked.values())
            # '理事会主任⏎晁翕岷' boxes over '│' and 科室 boxes above a list naming no holder: an
            # organisation chart, its boxes the holders by 科室 and post (its rows no strays)
            chart, charted = self._chart_above(pre_rows, table) if table.is_list else ({}, set())
            if charted:
                pre_rows = [x for x in pre_rows if x not in charted]
            holders, listed = self._post_holders(pre_rows) if table.is_list else ({}, set())
            if chart:
                holders, listed = {**chart, **holders}, listed | charted
            # '科室 | 岗位 | 姓名 | 风险点数' over a list that names no holder nor 科室: whose its
            # rows are, in the table's order (``_holders_by_count_table``, once they are read)
            counted = (
                None
                if template or not table.roles.keys().isdisjoint(("person", "department"))
                else self._count_table(pre_rows)
            )
            # '本岗位在岗人员' over '序号 | 姓名 | 人员类别 | 到岗时间' above a post's card: who holds it
            crew, crew_rows = (
                self._crew_above(pre_rows) if not (table.is_list or template) else (("", ""), set())
            )
            listed = listed | crew_rows
            # '主驾驶员 | 萧翊琛 | 副驾驶员 | 甘璟珞' on a bus's card (一车一卡): its crew hold it
            crew_posts: dict[str, str] = {}
            crew_dept = ("", "")
            if not (crew[0] or table.is_list or template or meta):
                crew, crew_rows, crew_posts, crew_dept = self._crew_by_role(pre_rows)
                listed = listed | crew_rows
            # '被审计单位 | … | 索引号 | LZ-01' over a post's self-check: a working paper's header
            # block, its 编制人 the holder (its lines no rows outside the table)
            paper, paper_rows = (
                ({}, set()) if table.is_list or template or meta else _paper_fields(sh, pre_rows)
            )
            strays: list[int] = []
            for r in pre_rows:
                if (
                    # ('股长： | 甲 | 副股长： | 乙' ABOVE the table: no sign-off, a stray as before)
                    (
                        sh.kind(r) == "other"
                        or (sh.kind(r) == "signoff" and posts_to_sign_line(sh.rows[r]))
                    )
                    and r not in paper_rows
                    and not self._title_like(r)
                    and r not in values
                    and r not in listed
                    and r not in labelled
                    and not self._duty_line(r)  # '职权名称 | 取水许可 | …' above a power's table
                    and not self._labelled_values(r)  # '项目名称:… | 项目金额:48.6万元'
                    and not self._info_pairs(r)  # '联系人 | 邸见山 | 联系电话 | … | 填报日期 | …'
                    and not self._pledge_text(r)  # '…本人郑重承诺如下' across the form above it
                    and r != table.band_row  # '登记科　科长　张三' over its band: the holders
                    and not self._group_band(r, table)  # '收入环节 | 责任股室 | 支出环节' over it
                ):
                    strays.append(r)
            # '3 | 生态修复股 | 股长 | 宓泓缇 | …' over the heading: the list sorted with its heading
            # row in the range, the rows over it the table's (read from the top, the heading
            # passed over as a repeated one); only where stray rows stand over the heading
            sorted_over = self._sorted_over_heading(table, strays, next_h) if strays else []
            for r in strays:
                if r not in sorted_over:
                    self._unplace(r)
            if sorted_over:
                self.repeated.update(range(h, table.start))
                pre_rows = [x for x in pre_rows if x < sorted_over[0]]
                self.issues.append(
                    make_issue(
                        "HEADING_SORTED_INTO_ROWS", self.rel, self.grid.name,
                        cell_ref(h, table.first), value=str(len(sorted_over)),
                        rows="、".join(str(x + 1) for x in sorted_over),
                    )
                )  # fmt: skip
                table.start = sorted_over[0]
            if "risk_point" not in table.roles or (
                not meta and (self._counts_only(table, next_h) or self._level_scale(table, next_h))
            ):  # (our own template's table is the points' whatever they say: '0' is one)
                # '科室 | 风险点 | 等级' over counts ('5', '3个'): a summary of the points, no list
                # of them; reported once as another kind of table, its rows counted
                pre_start = self._other_table(table.start - 1, next_h)
                continue
            risk_map = None if template else self._risk_map_of(table, next_h)
            self.beside_map = None
            if risk_map is not None and risk_map.left >= 0:
                self.beside_map = risk_map  # beside the list, in its rows: its cells no strays
            elif risk_map is not None:
                self.skip |= risk_map.rows  # '发生可能性 | 高 | 1、3 | 8 | 2': the map's, no rows
            self.holder_above = bool(self.panel.get("person")) or any(
                (sh.kind(x) == "fields" and self._names_person(x))
                or post_and_holder_in_title(line := "".join(v for v in sh.rows[x] if v))
                or holder_in_title(line)
                for x in pre_rows[-20:]
            )  # ('…副局长戈沅澍岗位廉政风险点排查表', '姓名 | 戈沅澍' above the table)
            if not template:
                # '全体人员承诺： | 认真落实 | 上述防控措施， | …' typed across the list's cells under
                # its rows: the pledge's, no rows of the list
                self.skip |= self._pledge_across_cells(table, next_h)
            counts = len(self.issues), self.seen, self.reported, self.unplaced
            raw_rows, r = self._table(table, next_h)
            # (a list whose rows name the unit's holders applies to them: no one's list in no
            # reading, whatever its caption or a note by it says — read as before, not warned)
            named = repealed[2] != "repealed" and names_holders(raw_rows)
            if alone is not None and not named:
                self._set_aside_alone(alone)
            if repealed[2] == "reference" and named:
                repealed = (-1, "", "")
            if repealed[0] < 0 and not (template or self.part) and raw_rows and not named:
                # '注：以上为市局参考目录，不作为本单位风险点' right under the table: no one's list
                under = self._reference_note_under(r, next_h)
                if under[0] >= 0 and self._current_table_left(forms, heads, i):
                    repealed = (*under, "reference")
                elif under[0] >= 0:
                    self._set_aside_alone((*under, "reference"))
            # '企业名称 | 法定代表人 | 廉洁风险点 | …' (a 提示清单 of the park's firms): one outside
            # body a row, its own person where a holder would stand — no one's list in the unit
            outside = (
                (-1, "", "")
                if repealed[0] >= 0 or template or self.part or not raw_rows
                else self._outside_parties(table, h, pre_start, r)
            )
            if repealed[0] >= 0 or outside[0] >= 0:
                # (its rows counted as reported; the issues of its heading and rows withdrawn)
                self.issues[n_issues:] = [
                    x for x in self.issues[n_issues : counts[0]] if x.code == "ROW_UNPLACED"
                ]
                self.reported = counts[2] + self.seen - counts[1]
                self.unplaced = counts[3]
                if outside[0] >= 0:
                    self.issues.append(
                        make_issue("TABLE_OUTSIDE_PARTIES_SKIPPED", self.rel, self.grid.name,
                                   cell_ref(h, outside[0]), value=outside[1], field=outside[2],
                                   rows=str(self.seen - counts[1]))
                    )  # fmt: skip
                    _t, r = self._tail(r, next_h, table.is_list)
                    pre_start = r
                    continue
                code = (
                    "TABLE_REFERENCE_SKIPPED"
                    if repealed[2] == "reference"
                    else "TABLE_SUPERSEDED_SKIPPED"
                )
                self.issues.append(
                    make_issue(code, self.rel, self.grid.name,
                               cell_ref(repealed[0], sh.nonempty(repealed[0])[0]),
                               value=repealed[1], rows=str(self.seen - counts[1]))
                )  # fmt: skip
                _t, r = self._tail(r, next_h, table.is_list)
                pre_start = r
                continue
            if table.band_holders:
                self._band_holders_of(table, raw_rows)  # each band's points its holder's
            if (
                risk_map is not None
                and raw_rows
                and "risk_level" not in table.roles
                and not any(rr.risk_level for rr in raw_rows)
            ):
                self._levels_by_map(table, raw_rows, risk_map)  # each 序号's cell in the map
            if raw_rows and raw_rows[-1].risk_point[-1:] in _FOOTNOTE_MARKS:
                self._footnoted_points(table, raw_rows, r, next_h)  # '…不公①' over '①指…'
            if table.scope_holders and raw_rows:
                raw_rows = self._holders_by_scope_tag(table, raw_rows)  # '小学　某某⏎初中　某某'
            if table.holder_cells and raw_rows:
                self._holders_in_brackets(table, raw_rows)  # '…⏎（责任科室：…　责任人：…）'
            if table.counted_cells and raw_rows:
                self._holders_by_count(table, raw_rows)  # '本条起3条由总经理　某某负责'
            if (
                raw_rows
                and "measures" in table.roles
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and not self.holder_above
                and not any(rr.title or rr.person for rr in raw_rows)  # (a card's holder stands)
            ):
                # '防控措施（分解到人）' over '综合股　股长　某某：…⏎中心主任　某某：…': each line
                # its holder's own measure, the row's point his
                raw_rows = self._holders_by_measure_lines(table, raw_rows)
            if self.duty_holders and raw_rows:
                self._holders_by_duty(raw_rows)  # '副所长' two hold: the row's 分工 says whose
            if "person" in table.roles and raw_rows:
                self._specific_holders(table, raw_rows)  # '直接责任人' over several posts
            if (
                staff
                and "person" in table.roles
                and len(staff.keys() & {rr.person for rr in raw_rows}) >= 2
            ):
                for rr in raw_rows:  # '从琰澍　土地收储股股长，负责…' above: his 股 and post
                    if rr.person in staff:
                        dept, rr.title = staff[rr.person]
                        rr.department = rr.department or dept  # (the row's own 科室 stays)
            if raw_rows and table.header and "title" in table.roles:
                self._posts_by_tier(table, raw_rows)  # '岗位' over '领导岗位 | 中层岗位 | 一般岗位'
            if table.post_labels:
                for rr in raw_rows:  # '主岗' in the 岗位 column: the post the label names above
                    rr.title = table.post_labels.get(_post_label(rr.title), rr.title)
            if (
                raw_rows
                and table.header
                and any(_PARENT_HEAD.match(squeeze(v)) for v in table.header[1].values())
            ):
                raw_rows = self._tree_by_parent_codes(table, raw_rows)  # '编号 | 上级编号 | …'
            if raw_rows and "risk_type" not in table.roles and all(rr.risk_type for rr in raw_rows):
                # '（一）业务流程风险' over its points: the group rows gave every point its type
                no_type = cell_ref(table.row, table.first)
                self.issues = [
                    i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == no_type)
                ]
            if forms and raw_rows and self._keyed_measures(table, raw_rows, forms):
                # '序号 | 对应风险点 | 防控措施' over '1 | 1、2 | …': the measures of the points
                # above by their numbers, no points of its own
                self.reported += len(raw_rows)
                no_type = cell_ref(h, table.first)  # (a table of measures has no type to give)
                self.issues = [
                    i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == no_type)
                ]
                _t, r = self._tail(r, next_h, table.is_list)
                pre_start = r
                continue
            if raw_rows and "workflow" in table.roles and "person" in table.roles:
                # '风险环节 | 经办人 | 复核人 | 审批人': the row's stage says which of them holds it
                raw_rows = self._holders_by_stage(
                    table, raw_rows, [*range(pre_start, h), *range(r, next_h)], range(table.row, r)
                )
            elif raw_rows and ("person" in table.roles or "title" in table.roles) and not template:
                # '承办人 | 审核人 | 审批人' beside one point cell '承办：…（二级）⏎审核：…（一级）':
                # each line its stage's column's holder's (the columns read as posts with names,
                # or as holders)
                raw_rows = self._holders_picked_by_stage_lines(table, raw_rows)
            if (
                raw_rows
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and any(
                    rr.risk_point.rstrip(_MARK_END_STRIP)[-1:] in _HOLDER_MARK_LAST
                    for rr in raw_rows
                )
                and not any(rr.title or rr.person for rr in raw_rows)  # (a card's holder stands)
            ):
                # '…追加豪华配置※' over '注：…※—中心主任　钮璟翯；△—…': each mark's holder
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holder_marks(table, raw_rows, around, range(table.row, r))
            if (
                raw_rows
                and "seq" in table.roles
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and any(
                    _SEQ_OPEN & set(row[c][:6])
                    for rr in raw_rows
                    if (c := table.roles["seq"]) < len(row := self.sh.rows[rr.row])
                )
                and not any(rr.title or rr.person for rr in raw_rows)  # (a card's holder stands)
            ):
                # '3（院、会）' in the 序号 over '注：…院—院长　钭暄甯；会—会计　乜曌湲': each key's holder
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holder_keys_in_numbers(
                    table, raw_rows, around, range(table.row, r)
                )
            if (
                len(raw_rows) > 1
                and "seq" in table.roles
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and (c := table.roles["seq"]) < len(row := self.sh.rows[raw_rows[0].row])
                and (
                    (row[c][:1].isdigit() and _SEQ_COMPOSITE_CUE & set(row[c][1:4]))
                    or row[c][:1] in ("（", "(")
                    or (row[c][1:4][-1:].isdigit() and _SEQ_HOLDER_KEY.match(row[c]))
                )
                and not any(rr.title or rr.person for rr in raw_rows)  # (a card's holder stands)
            ):
                # '2-1' in the 编号 under '说明：编号前一位为责任人代号（1—主任　夔翀鹬；2—…）': the
                # first part's holder (the rows sorted by level, one holder's scattered); so '乙1'
                # under '说明：编号首字为责任人代号：甲—总经理　某某；乙—…' (a key glued to the number)
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holder_keys_in_numbers(
                    table, raw_rows, around, range(table.row, r), numbered=True
                )
            if (
                raw_rows
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and not any(rr.title or rr.person for rr in raw_rows)  # (a card's holder stands)
                and any("@" in rr.risk_point or "＠" in rr.risk_point for rr in raw_rows)
            ):
                # '…违规承诺优惠政策 @鄞澐璟' over '成员 | 部门 | 职务': each mention a holder
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_mentions(table, raw_rows, around)
            if (
                len(raw_rows) > 1
                and not quick  # (the template's holder is its form's: no roster, no register …)
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and not any(rr.title or rr.person for rr in raw_rows)  # ('保管员：…' read first)
            ):
                # '登记员在来访登记时…' over '附：中心人员名单' ('职务 | 姓名'): the post opening
                # each point's sentence, and its roster holder
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_post_opening(table, raw_rows, around)
            if len(raw_rows) > 1 and not (prefixed or quick):
                # '工作簿名称' over '资源保护科-护林员-臧屹沣.xlsx': a merge's returns, one form each
                raw_rows = self._holders_by_source_files(table, raw_rows)
            if raw_rows and not (prefixed or quick):
                # '发件人：连某 <…>' '主题：回复：…（药剂科　科主任）' over each mail's table: its sender's
                raw_rows = self._holders_by_mail_headers(table, raw_rows, next_h)
            if len(raw_rows) > 1 and not (prefixed or quick):
                # '风险编号 | 所在部门' over '主任·郗缃蕤-01 | 中心领导': the holder the code spells
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_spelled_in_codes(table, raw_rows, around)
            by_posts = raw_rows
            slotted = False
            if raw_rows and not template and "person" not in table.roles:
                # '行政责任人 | 所长　某某 | 技术责任人 | …' over (or under) '责任类别 | 技术': the
                # slot the row's word names holds its point (a 岗位 column keeps the row's post)
                by_posts = self._holders_by_slot_role(
                    table, raw_rows, list(range(pre_start, h)), list(range(r, next_h))
                )
                slotted = by_posts is not raw_rows  # (holders an earlier rule gave are no slots)
                raw_rows = by_posts
                if slotted:
                    listed = listed | self.slot_rows  # (the slots: no card holder for other rows)
            if raw_rows and not template and not slotted:
                # '适用人员 | 全体民警（所长、教导员除外）' over '附：本所民警名单' ('职务 | 姓名'):
                # every member whose post the cell names, but the excepted posts
                around = [*range(pre_start, h), *range(r, next_h)]
                by_posts = self._holders_by_posts_named(table, raw_rows, around, range(h, r))
            posts_held = by_posts is not raw_rows or slotted
            if posts_held:
                raw_rows = by_posts  # (the roster's members: no codes, no called names)
            # (or a '责任人' column read as 'other', '漆教导员、訾所长' taken for several posts)
            elif raw_rows and (
                (table.is_list and ("title" in table.roles or "person" in table.roles))
                or "other" in table.col_role.values()
            ):
                # '责任人 | 訾所长' under '所领导及警长：所长 訾霂棠　…': the roster's 所长 訾霂棠
                # (the roster under the rows may be merged across as the table's last line)
                under = min(r, max(rr.row for rr in raw_rows) + 1)
                raw_rows, called = self._holders_called(
                    table, raw_rows, [*range(pre_start, h), *range(under, next_h)]
                )
                listed = listed | called  # (the roster line: no caption, no 科室)
                signed: set[int] = set()
                if (
                    not called
                    and table.is_list
                    and "person" in table.roles
                    and "title" not in table.roles
                ):
                    # '姓名 | 黎翊澂' over '本人签字确认：大队长 黎翊澂　…': the line's post
                    raw_rows, signed = self._posts_from_signoff(
                        table, raw_rows, [*range(pre_start, h), *range(under, next_h)]
                    )
                    listed = listed | signed
                if not called and not signed and table.is_list:
                    # '责任人 | 单位负责人、统计负责人' over '单位负责人：那某 | 统计负责人：覃某 | …':
                    # the roles of a 统计报表's sign-off, whoever signs in each
                    raw_rows, signed = self._holders_by_signoff_roles(
                        table, raw_rows, [*range(pre_start, h), *range(under, next_h)]
                    )
                    listed = listed | signed
            if posts_held:
                pass  # (its holders the roster's members: no other roster's rule)
            elif raw_rows and table.range_roster is not None:
                # '路线编号 | 桩号' over 'X412 | K9+300': the holder of the range holding it
                raw_rows = self._holders_by_range(table, raw_rows)
            elif raw_rows and table.key_roles is not None:
                # '平台账号 | 涉及角色' over '“某某发布”公众号 | 内容编辑': the roster's cell at both
                raw_rows = self._holders_by_key_role(table, raw_rows)
            elif raw_rows and (
                "title" in table.roles
                or "person" in table.roles
                or prefixed
                or table.duty_numbers is not None  # (its duties table on a sheet of its own)
            ):
                # '责任岗位 | B、D' under 'A—馆长　籍湉岚；…', '责任人 | ①' under '代号 | 股室 | 岗位 | 姓名',
                # '风险编码 | S01-1' over '岗位代码 | 所在股室 | 岗位 | 责任人' (the code's holder)
                around = [*range(pre_start, h), *range(r, next_h)]
                if prefixed:
                    around = sorted({*around, *prefixed})
                raw_rows = self._holder_codes(table, raw_rows, around, range(table.row, r))
            elif raw_rows and "workflow" in table.roles:
                # '执法环节' and no post: '各环节责任人：接警受案—值班民警　张三；…' says whose
                # (our template's '工作流程' is no such stage: its holder is the form's)
                around = [*range(pre_start, h), *range(r, next_h)]
                # ('申请受理⏎（受理岗　某某）' down '办理流程': each node's bracket says whose)
                if not template and not self._holders_in_stage_nodes(table, raw_rows, False):
                    raw_rows = self._holders_by_stage(table, raw_rows, around, range(table.row, r))
                    if not any(rr.title or rr.person for rr in raw_rows):
                        self._holders_in_stage_nodes(table, raw_rows, True)  # ('（受理岗）')
            elif raw_rows and _window_keyed(table, raw_rows):
                # '窗口 | 窗口名称 | 廉政风险点' and no holder: the hall's plan ('1号窗口⏎企业开办⏎
                # 张三' boxes), a '窗口 | 姓名' table or a '1号窗口：张三；…' line says whose
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_stage(
                    table, raw_rows, around, range(table.row, r), "department"
                )
            elif (
                raw_rows
                and not template
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and ("duty" in table.roles or "other" in table.col_role.values())
            ):
                # '经营业务 | 廉政风险点' and no holder: a 业务分工表 under it ('岗位 | 姓名 | 农资配送
                # | …' over '主任 | 张三 | √') says whose, a ticked permission grid
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_grid(table, raw_rows, around, range(table.row, r))
            elif raw_rows and ("department" in table.roles or "unit" in table.roles):
                # '责任主体 | 局领导' and no post: a roster keyed by group says whose
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_group(table, raw_rows, around, range(table.row, r))
            if (
                raw_rows
                and not {"title", "person"} & table.roles.keys()
                and not any(rr.title or rr.person for rr in raw_rows)
                and ("department" in table.roles or "other" in table.col_role.values())
            ):
                # '诊疗组 | 郏翯筠主诊组' and no post: each group its leader's, named in its name
                raw_rows = self._holders_by_group_names(
                    table, raw_rows, [*range(pre_start, h), *range(r, next_h)]
                )
            if (
                raw_rows
                and not quick
                and not {"title", "person"} & table.roles.keys()
                and not any(rr.title or rr.person for rr in raw_rows)
            ):
                # '单笔支付金额 | 5万元以下' and no holder, under it '审批权限：5万元以下：支付审核岗
                # 张三；…' ('办公室分布：301室：大队长 李四　…'): the holder the line gives each value
                raw_rows = self._holders_by_column_key(
                    table, raw_rows, [*range(pre_start, h), *range(r, next_h)], range(table.row, r)
                )
            if (
                raw_rows
                and not quick
                and not {"title", "person", "department"} & table.roles.keys()
                and not any(rr.person for rr in raw_rows)
                and raw_rows[0].title
                and len({(rr.department, rr.title) for rr in raw_rows}) == 1
            ):
                # 'U盾编号 | 领用人 | 岗位 | 股室' right over the list, its first keeper's row read as
                # a card's fields: the rows keyed by the U盾 each row uses are its keepers'
                raw_rows = (
                    self._holders_by_custody_register(
                        table, raw_rows, [*range(pre_start, h), *range(r, next_h)], fields=True
                    )
                    or raw_rows
                )
            if (
                raw_rows
                and not quick
                and not {"title", "person"} & table.roles.keys()
                and not any(rr.title or rr.person for rr in raw_rows)
            ):
                # '廉政风险点' and no holder or key column, under it '注：涉及资金、票据的，由财务科
                # 会计　某某负责；…；其余由主任　某某负责': each point the holder of the words it holds
                raw_rows = self._holders_by_point_words(
                    table, raw_rows, [*range(pre_start, h), *range(r, next_h)], range(table.row, r)
                )
            if (
                raw_rows
                and "seq" in table.roles
                and self.grid.merges
                and not {"title", "person", "unit"} & table.roles.keys()
                and not any(rr.title or rr.person for rr in raw_rows)
            ):
                # '序号' merged down over each holder's rows holding '一⏎局长⏎百里湍', not
                # numbers: each row that holder's (a 科室 column beside it keeps its 科室)
                raw_rows = self._holders_in_numbers(table, raw_rows)
            if (
                raw_rows
                and self.unplaced
                and not {"title", "person"} & table.roles.keys()
                and not any(rr.person for rr in raw_rows)
            ):
                # a 公示牌's '（照片）' box beside its rows in an unheaded column, the holder's name
                # its caption ('梁丘沨岫' under it): each row his, the post the board title's
                raw_rows = self._holders_by_photo(table, raw_rows)
            if (
                raw_rows
                and self.unplaced
                and not {"title", "person", "department", "unit"} & table.roles.keys()
                and not any(rr.title or rr.person for rr in raw_rows)
            ):
                # '防控措施' and right of it, unheaded, '责任人：⏎中心主任⏎鄂翛崟' merged down
                # beside its rows: each row that holder's (no stray cells)
                raw_rows = self._holders_in_margin(table, raw_rows)
            if raw_rows and self.unplaced and not {"risk_level", "risk_type"} <= table.roles.keys():
                # no level column, and beside the rows, unheaded, '一级风险' merged down over
                # each level's rows (left of '序号' or right of the last): each row that level
                raw_rows = self._levels_in_margin(table, raw_rows)
            if (
                raw_rows
                and "title" in table.roles
                and not {"person", "department", "unit"} & table.roles.keys()
            ):
                # '岗位 | 廉政风险点' naming an outlet's posts only, and under it '营业网点 | 网点负责人
                # | 会计主管' a row an outlet: each row a point of its post's holder in every outlet
                raw_rows = self._posts_by_staffing_grid(
                    table, raw_rows, range(r, next_h), range(table.row, r)
                )
            if raw_rows and "title" in table.roles and not {"person", "unit"} & table.roles.keys():
                # '岗位 | 廉政风险点' of posts only, and under it '轮岗时段 | 售票员 | 检票员' a row
                # a period, the names at each post then: each post's points every one of them
                raw_rows = self._posts_by_rota(
                    table, raw_rows, range(r, next_h), range(table.row, r)
                )
            if raw_rows and "title" in table.roles and "person" in table.roles:
                # '各临床、医技科室 | 科主任 | 各科室主任' over common points: each 科主任's
                raw_rows = self._shared_by_post(table, raw_rows)
            if raw_rows and "title" in table.roles and "person" in table.roles:
                # '股室 | 岗位 | 姓名' with a block's common row '全股人员 | —', '股长、审核员 | —'
                raw_rows = self._shared_by_block_posts(table, raw_rows)
            if raw_rows and not any(rr.risk_level for rr in raw_rows) and "排" in self._legend:
                # '按风险等级由高到低排列，其中高风险点5个…' around this table (not another's)
                own = "\n".join(
                    "".join(sh.rows[x])
                    for x in range(pre_start, next_h)
                    if sh.kind(x) == "note" or len(sh.nonempty(x)) == 1  # (a subtitle too)
                )
                self._levels_by_rank(raw_rows, own)
            if r < next_h and (graded := self._grade_change_at(r, next_h)) is not None:
                # '岗位风险等级调整情况': posts' grades before and after, no points of its own
                r = self._post_grade_changes(graded, next_h, r)
            self.moves_roster = {}
            self.moves_told = None
            if r < next_h and (moved := self._post_moves_at(r, next_h)) is not None:
                # '人员岗位调整情况': '姓名 | 调整前岗位 | 调整后岗位', who moved, no points
                r = self._post_moves(moved, next_h, r)
            if r < next_h and (log := self._change_log_at(r, next_h)) is not None:
                # the holders now of the posts above ('岗位人员调整情况' under a '注：' line)
                r = self._changes(log, next_h, raw_rows, r)
            if self.grid.merges and any(
                "\n" in rr.risk_level or "\n" in rr.risk_type for rr in raw_rows
            ):
                # '一级⏎一级⏎三级' merged beside a holder's three points: one line a row
                self._merged_lines_by_row(table, raw_rows)
            # (the rows' levels (points) joined once in C by NULs, which no word holds: rows none of
            # which writes the word are passed over without a look at each)
            if (
                "seq" in table.roles
                and (
                    "同" in (rows_text := "\x00".join(map(attrgetter("risk_level"), raw_rows)))
                    or "与" in rows_text
                )
                and any(rr.risk_level[:1] in ("同", "与") for rr in raw_rows)
            ):
                self._levels_by_row_number(table, raw_rows)  # '同第1项', '同序号2' in 风险等级
            if not all(map(attrgetter("risk_level"), raw_rows)) and (
                _LEVEL_ONCE.search(self._legend) or _LEVEL_ONCE.search(self._level_heading(table))
            ):
                _levels_down_runs(raw_rows)  # '同一岗位…等级相同的，只在第一项填写等级，其余留空'
            if coded:
                self._posts_by_code(table, raw_rows, coded)
                table.sections = True  # (the rows name their posts, as group lines would: a list)
            if "seq" in table.roles and (
                "第" in (rows_text := "\x00".join(map(attrgetter("risk_point"), raw_rows)))
                or "序号" in rows_text
            ):
                raw_rows = self._cross_refs(table, raw_rows)  # '同内科科主任（第1—3项）'
            if raw_rows and ("person" in table.roles or "title" in table.roles):
                raw_rows = self._taken_over(raw_rows)  # '风险点、风险等级及防控措施同审计员敖璘骅'
                # '注：河道巡查员甲、乙的风险点…与丙相同，不再重复填写': holders in no row, a note's
                raw_rows = self._sharers_by_note(
                    raw_rows, [*range(pre_start, h), *range(r, next_h)]
                )
                raw_rows = self._shared_by_bracket(raw_rows)  # '…走过场（与组长殳珝澂共担）'
            if "risk_type" in table.roles and raw_rows and len(raw_rows[0].risk_type) == 1:
                self._type_initials(table, raw_rows)  # '思 | 制 | 岗': a character of the type
            if "seq" in table.roles and any("风险点" in rr.measures for rr in raw_rows):
                self._measures_lines_by_number(table, raw_rows)  # '针对风险点3：…⏎针对风险点4：…'
            if "person" in table.roles and "title" in table.roles and self.grid.merges:
                raw_rows = self._shared_by_all(table, raw_rows, r)  # names listed in a post's block
            year = self._caption_year(pre_rows)
            reviewed = any(
                _REVIEWED.search(sh.rows[x][c]) for x in pre_rows for c in sh.nonempty(x)
            ) or any(
                _REVIEWED.search(v) for v in (table.header[1].values() if table.header else ())
            )
            if year and self.years and year < max(self.years) and reviewed:
                # '二、2023年度…落实情况' under this year's table: last year's list, reviewed
                self.reported += len(raw_rows)
                self.issues.append(make_issue("TABLE_SET_ASIDE", self.rel, self.grid.name,
                                              cell_ref(h, table.first), value=f"{year}年"))  # fmt: skip
                self.older_lists.append(
                    (year, cell_ref(h, table.first),
                     [(rr.department, rr.title, rr.person) for rr in raw_rows])
                )  # fmt: skip
                _t, r = self._tail(r, next_h, table.is_list)
                pre_start = r
                continue
            if year:
                self.years.append(year)
            self._chained_holders(table, raw_rows)  # '人事股-股长-…' under '股室-岗位-姓名'
            # '不相容岗位（一） | 不相容岗位（二）' over '岗位 | 责任人' each: the row's point both holders'
            raw_rows = self._holders_in_pair_bands(table, raw_rows)
            # '责任人（旺季5—10月） | 责任人（淡季11—次年4月）': each period's holder holds the row
            raw_rows = self._holders_by_period_columns(table, raw_rows)
            raw_rows = self._holders_on_chain(table, raw_rows)  # '甲（科员）→乙（科长）→…'
            # '责任领导（所长 …／教导员 …）' over '√／—／√': one slot a holder named in the bracket
            raw_rows = self._holders_by_heading_slots(table, raw_rows)
            # '责任领导（①局长 …　②党组书记 …）' (or '注：责任领导栏中①为局长 …') over '①③': numbered holders
            raw_rows = self._holders_by_numbered_key(
                table, raw_rows, [*range(pre_start, h), *range(r, next_h)]
            )
            # '主任　甲（一级）⏎出纳　乙（二级）' under 责任岗位及责任人（风险等级）: each his own level
            raw_rows = self._holders_with_own_levels(table, raw_rows) or raw_rows
            by_counts = (
                counted is not None
                and bool(raw_rows)
                and self._holders_by_count_table(table, raw_rows, counted[:3])
            )
            if by_counts and counted is not None:
                # (its rows no strays, no fields of the form: a list of its holders' points)
                listed = listed | counted[3]
                cells = {cell_ref(x, sh.nonempty(x)[0]) for x in counted[3] if sh.nonempty(x)}
                self._withdraw_strays(cells, ("ROW_UNPLACED",))
            # '序号' 1 2 3 | 1 2 | 1 2 3 and a line '各段依次为：主任 …，副主任 …' above or under it
            by_restarts = (
                not by_counts
                and not template
                and bool(raw_rows)
                and self._holders_by_restarts(
                    table, raw_rows, [*reversed(pre_rows[-6:]), *range(r, min(r + 6, next_h))]
                )
            )
            listy = table.is_list or by_counts or by_restarts  # (settled once its rows are read)
            if table.dept_ticks:  # a row ticked under two 科室s is a point of each
                self.seen += sum(rr.department.count("\n") for rr in raw_rows)
                raw_rows = [
                    replace(rr, department=dept) if "\n" in rr.department else rr
                    for rr in raw_rows
                    for dept in rr.department.split("\n")
                ]
            if table.post_ticks and table.holder_depts:  # '办公室\t主任' a line each
                self.seen += sum(rr.title.count("\n") for rr in raw_rows)  # (counted per post)
                raw_rows = [
                    replace(rr, department=line.partition("\t")[0], title=line.partition("\t")[2])
                    if rr.title
                    else rr
                    for rr in raw_rows
                    for line in rr.title.split("\n")
                ]
            elif table.post_ticks:  # a row marked under two posts is a point of each
                self.seen += sum(rr.title.count("\n") for rr in raw_rows)  # (counted per post)
                # (each holder's own measures, where his column holds them, not a mark)
                own = {v: c for c, v in table.post_ticks.items()} if table.holder_measures else {}
                raw_rows = [
                    replace(
                        rr,
                        department=rr.department
                        or table.lane_depts.get(post)
                        or _ticked_part(post.partition("\t")[0])[0],
                        title=_ticked_part(post.partition("\t")[0])[1]
                        if not rr.department
                        else post.partition("\t")[0],
                        person=post.partition("\t")[2] or rr.person,
                        measures=self._holder_cell(rr.row, own[post])
                        if post in own
                        else rr.measures,
                    )
                    if "\n" in rr.title or "\t" in rr.title or _ticked_part(rr.title)[0]
                    else rr
                    for rr in raw_rows
                    for post in (rr.title.split("\n") if "\n" in rr.title else [rr.title])
                ]
            elif "title" in table.roles:
                raw_rows = self._boxed_posts(table, raw_rows)  # '☑主席　□副主席　☑办公室主任'
            if (
                listy
                and "risk_level" not in table.roles
                and "declared_grade" not in table.roles
                # (stage columns with no level bracket, ``stage_points``: the row's level, or these)
                and not (table.ticks or any(table.level_points.values()))
            ):
                self._sheet_level(pre_rows, raw_rows)  # a sheet of one level: '一级风险' tabs
            if listy and "risk_type" not in table.roles and not table.type_points:
                self._sheet_type(pre_rows, raw_rows, table)  # '思想道德风险' tabs
            if not (table.level_points or table.type_points):
                raw_rows = self._numbered_points(raw_rows)  # '1.…⏎2.…' beside '1.高⏎2.中'
            self._embedded(table, raw_rows)
            if listy:  # '查验场地调度（一级风险）' merged down 业务环节: its points' level
                self._stage_cell_levels(table, raw_rows)
            if listy and "department" not in table.roles:
                self._left_labels(raw_rows, table)  # '药剂科' merged down beside its section
            if listy and "person" in table.roles:
                self._successors(raw_rows, table)  # '备注 | 该岗位由蒯昉湄接任' beside the old name
                self._caretakers(raw_rows, table)  # '备注 | 岗位暂缺，现由站长逄樾岑负责'
                self._named_once(raw_rows, table)  # a post's holder written at its first row only
                self._self_rows(raw_rows, table, pre_rows)  # '本人' rows of the list's 填报人
            if listy and "title" in table.roles:
                raw_rows = self._holders_by_post_columns(table, raw_rows)  # 科主任 | 护士长 | …
                if "person" not in table.roles and self.grid.comments:
                    self._holders_in_comments(table, raw_rows)  # a 批注 '岗位责任人：…' on a post
            if listy:  # '登记年度 | 2024年' over '2025年', one 风险编号: the latest year's row
                raw_rows = self._points_by_year(table, raw_rows)
                self._case_ledger(table, raw_rows)  # '办理日期 | 2025.01.08': one row a case
            self._scale(table, raw_rows)
            if table.score_ticks:
                self._score_ticks_said(table, raw_rows)  # once a table, and the rows unclear
            if table.scale_row is not None:
                self._scale_marks_said(table, raw_rows)  # likewise
            if table.type_level_ticks:
                self._type_level_ticks_said(table, raw_rows)  # likewise
            if table.band_levels:
                self._band_levels_said(table, raw_rows)  # likewise
            if "risk_level" not in table.roles and not (
                table.ticks or any(table.level_points.values())
            ):
                self._marked_points(table, raw_rows)  # '★干预…' under '注：…标“★”的为一级…'
                self._level_codes(table, raw_rows)  # '风险编号 | Ⅱ-03' under '注：…“Ⅱ”为二级…'
                self._level_code_parts(table, raw_rows)  # 'CGS-LD-1-01' under '注：…风险等级代码…'
            if "risk_type" in table.roles:
                self._type_codes(table, raw_rows)  # 'A' … 'E' defined by a 填表说明 line
                self._type_named_in_class(table, raw_rows)  # '廉洁自律类（思想道德风险）'
                self._type_categories(
                    table, raw_rows
                )  # '决策类' under '注：决策类对应制度机制风险…'
                self._type_own_classes_unread(table, raw_rows)  # '廉政风险', no type anywhere
            elif not table.type_ticks:
                self._band_types(table, raw_rows)  # '思想道德风险' over '风险点 | 等级' pairs
                self._type_marked_points(table, raw_rows)  # '▲…' under '注：▲为思想道德风险…'

            self._type_level_crossed(table, raw_rows)  # '风险类型 | 二级 | 风险等级 | 业务流程风险'
            self._type_level_codes(table, raw_rows)  # '风险代码 | 制Ⅰ': a type and a level in one
            if listy:
                self._prefixed_codes(table, raw_rows)  # '风险编码 | ZD-01', 'ZD—制度机制风险
            in_cell = self._cell_fields(table, raw_rows)  # '部门：…⏎岗位：…⏎姓名：…' in one cell
            self._holder_lines(table, raw_rows)  # '…路段⏎庹翛沄' under 管养路段及责任人
            self._holder_profiles(table, raw_rows)  # '聂某某，男，…，现任…局长' under 基本情况
            by_numbers = self._holders_by_numbers_in_cell(table, raw_rows)  # '科长　张三（1、2）'
            if by_numbers is not None:
                raw_rows = by_numbers
            else:
                # '主任 甲⏎主任 甲⏎副主任 乙' merged beside three rows: one line a row, not shared
                by_row = self._holder_lines_by_row(table, raw_rows)
                # '股长⏎股长⏎股长' merged over three rows (WPS 合并内容): 股长 once, not glued
                self._identity_lines_by_row(table, raw_rows, by_row)
                rest = [rr for rr in raw_rows if id(rr) not in by_row] if by_row else raw_rows
                if rest:
                    read = self._posts_listed_in_cell(table, rest)  # '科长（…）、科员（…）'
                    raw_rows = (
                        sorted(
                            [rr for rr in raw_rows if id(rr) in by_row] + read, key=lambda x: x.row
                        )
                        if by_row
                        else read
                    )
            # '…凑数入库（郄）' beside '股长　郄昶崟⏎股员　夔洺翾': the bracket picks its holder
            raw_rows = self._holders_by_surname_tag(table, raw_rows)
            # '股长　叱伏列珂' under 直接责任人 on a 股长's row: the name is all after the space
            self._holder_after_own_post(table, raw_rows)
            # '出纳　纳合澜', '科员　纳合长' under 责任人 on an 出纳's, a 科员's row: the whole word after
            # the row's own post, a rare surname's or one whose given name writes a post
            self._holder_repeats_own_post(table, raw_rows)
            # '站长安全生产' under 岗位人员: a rank typed onto its line of work, a post held by no one
            self._rank_glued_field(table, raw_rows)
            # '镇长　大利稽珩' under 岗位及人员: the post before the space, the whole name after it
            self._post_spaced_unlisted(table, raw_rows)
            # '会计　王长' under 岗位及人员: a common surname's name whose given name writes a post
            if self._post_spaced_common(table, raw_rows):
                listy = True  # (its column of posts and holders taken back: a list after all)
            # '副局长叱卢琛' under 姓名: the rank typed onto a name of a surname no list knows
            self._rank_glued_onto_name(table, raw_rows)
            # '财务室出纳　徒单珂' under 岗位人员: the 科室, then the post, then the holder
            self._dept_before_post_in_cell(table, raw_rows)
            # '出纳　斡准长' under 岗位及人员 read as the posts' column (half its cells a post alone)
            self._post_spaced_in_posts_column(table, raw_rows)
            if table.handed_to and raw_rows:
                # '派驻纪检监察组审核意见 | 责任人调整为市场股股长敖湝岏': that row the named holder's
                self._handed_by_opinion(table, raw_rows)
            if listy and raw_rows and "seq" in table.roles and self._moves_items:
                # '注：…第8、9项风险点改由村委会副主任拓跋翀负责…' by the list: those rows his
                # (from its last row: a line merged across under it is read in the table)
                last = max(rr.row for rr in raw_rows) + 1
                self._moved_by_note(table, raw_rows, range(pre_start, h), range(last, next_h))
            if listy and raw_rows and self._swaps_posts:
                # '注：…陶某（检查员）与文某（审理员）岗位互换，本表姓名栏未改': each the other's rows
                last = max(rr.row for rr in raw_rows) + 1
                self._swapped_by_note(table, raw_rows, range(pre_start, h), range(last, next_h))
            if listy and raw_rows and self._hands_over_by_lines:
                # '岗位交接登记' and under it '1.2025年7月起，出纳岗由某某接任。': that post his now
                last = max(rr.row for rr in raw_rows) + 1
                self._handover_by_lines(table, raw_rows, range(pre_start, h), range(last, next_h))
            tail = r
            # (a card whose holder its own lines above name: a holder's line under it is the next's)
            self.card_named = not listy and any(
                sh.kind(x) == "fields" and self._names_person(x) for x in pre_rows
            )
            reviews, r = self._tail(r, next_h, listy)
            if raw_rows and "seq" in table.roles and r > raw_rows[-1].row + 1:
                # '1.短名：指…' under the list
                self._glossary(table, raw_rows, raw_rows[-1].row + 1, r)
            if listy and raw_rows and "person" not in table.roles:
                # '联系电话 | 0433-3221518' and no 姓名, under the list a 通讯录 '姓名 | 职务 |
                # 办公电话': each row the person of its number (before the post → name lookup)
                self._holders_by_roster_key(table, raw_rows, [*range(tail, next_h), *pre_rows])
            if listy:  # '附：岗位人员名单' and a small table of who holds which post
                below, r = self._roster_below(r, next_h, {squeeze(x.title) for x in raw_rows})
                holders = {**self.tail_roster, **below, **holders}
                if "person" not in table.roles:
                    holders = {**self._roster_beside(table, r), **holders}  # (right of the list)
                if (
                    not holders
                    and (self.moves_roster or self.file_sheets)
                    and "person" not in table.roles
                    and raw_rows
                    and not any(rr.person for rr in raw_rows)
                ):
                    # '股室 | 岗位' naming no one, and under it (or on a sheet of its own) '姓名 |
                    # 原股室 | 原岗位 | 现股室 | 现岗位' after a round of 轮岗: each post its one
                    # holder by his 现 place
                    if not self.moves_roster:
                        self._moves_on_other_sheet()
                    holders = self._holders_by_moves(raw_rows)
            pre_start = r
            unit = lined = _parse_unit(sh, pre_rows, stacked)
            filler = ""
            if unit:
                # '填报单位（人）：榉湾镇财政所　邰禾樾': the body and, after it, who fills it in
                unit = re.sub(r"^[(（]\s*人\s*[)）]\s*[:：]?\s*", "", unit)
                body, _sp, last = unit.rpartition(" ") if " " in unit else unit.rpartition("\u3000")
                if body.strip() and looks_like_name(last.strip()):
                    unit, filler = body.strip(), last.strip()
                lined = unit
            fields = _parse_fields(
                sh,
                [r for r in pre_rows if sh.kind(r) in ("fields", "other", "signoff", "unit")
                 and r not in listed],
                {r: v for r, v in stacked.items() if sh.kind(r) in ("fields", "other", "signoff", "unit")
                 and sh.kind(v) in ("fields", "other", "signoff", "unit")
                 and r not in listed and v not in listed},
            )  # fmt: skip
            if (
                listy
                and "person" in fields
                and any(
                    _applicant_line(tuple(filter(None, sh.rows[x]))) == fields["person"][0]
                    for x in pre_rows
                    if sh.kind(x) == "fields"
                )
            ):
                # '申请人 | 宓梓岚 | 申请部门 | 综合股' over a list of several posts: he applied
                # for them (his 科室 the posts'), no holder of theirs
                del fields["person"]
            if paper:
                unit = lined = unit or paper["unit"][0]
                for key in ("person", "department", "title"):
                    if key in paper:
                        fields.setdefault(key, paper[key])
            if not listy and "person" in fields and "title" in fields:
                self._card_values_swapped(fields)  # ('姓　名 | 所长 | 职　务 | 覃淇骞')
            if (
                not listy
                and not meta
                and fields.keys().isdisjoint(("person", "title", "head"))
                and table.roles.keys().isdisjoint(("person", "title"))
            ):
                # '股长： | 宓霁川 | 填表日期： | …' over a card with no holder column: the one
                # post to sign there and the name after it are the card's ('负责人： | …' alike)
                pair = lone_post_pair(sh, [x for x in pre_rows if x not in listed])
                if pair:
                    fields["title"], fields["person"] = pair
            if in_cell and not listy:
                for key, value in in_cell.items():
                    fields.setdefault(key, value)  # a card's '持卡人信息' column beside its rows
            if crew[0] and "person" not in fields:
                fields["person"] = crew
                if crew_posts:
                    fields.pop("head", None)
                    if len(set(crew_posts.values())) == 1:
                        fields["title"] = (next(iter(crew_posts.values())), crew[1])
                    if crew_dept[0]:
                        fields["department"] = crew_dept  # '所属班组 | 清运一班', said outright
                    self.issues.append(
                        make_issue(
                            "CARD_HELD_BY_CREW", self.rel, self.grid.name, crew[1],
                            value=crew[0], count=str(len(crew_posts)),
                        )
                    )  # fmt: skip
            for key, value in self.panel.items():
                fields.setdefault(key, value)  # '姓名 | 郄澹宁' in a panel left of the table
            if not listy and not meta and "person" not in fields and "head" not in fields:
                # '自查人：… | 所在部门：… | 岗　位：…' printed only in the page header (页眉) or
                # footer (页脚), or drawn in a text box above the table (.xlsx)
                lo = min(pre_rows, default=table.row)
                printed = self._footer_holder(lo, table.row)
                for key, value in printed.items():
                    fields.setdefault(key, value)  # (what the cells say stands)
                if printed and self.printed_at:
                    self._printed_holder_said(printed, fields)
            elif not listy and not meta and "person" in fields:
                # the cells name him, the page header another: a warning
                self._printed_holder_differs(min(pre_rows, default=table.row), table.row, fields)
            self.held_below = False
            if not listy:
                self.held_below = "person" not in fields
                # '所在处室：总务处　　职务：主任' under a pledge's table: its holder's 科室 and post
                # ('填表人：… | 所在科室：… | 职务：… | 填表日期：…' under a self-check likewise)
                below = _parse_fields(
                    sh,
                    [
                        x
                        for x in range(tail, r)
                        if (sh.kind(x) == "fields" or self._own_line(x))
                        and x not in self.point_holder_used
                        # ('姓名 | 分管工作' heading a roster under the rows: no holder's line)
                        and x not in self.other_rows
                    ],
                )
                for key in ("department", "title", "person", "head", "declared_grade"):
                    # (his name too: '自查人（签名）：李芳　　所在科室：办公室　　岗位：科员'; the
                    # 科室's head signing under another's form is no holder of it)
                    if key == "head" and ("person" in fields or "person" in below):
                        continue
                    if key in below and key not in fields and below[key][0]:
                        fields[key] = below[key]
                if below and "person" not in fields:
                    # '自查人（签名）： | 昝蔓汀 | 所在科室： | 救助科 | …': the one who signs them
                    signer = self._signed_by(
                        [x for x in range(tail, r) if x not in self.point_holder_used]
                    )
                    if signer:
                        fields["person"] = (signer, "")
            # (a holder named only under the rows: the form itself asked for no one)
            self.held_below = self.held_below and "person" in fields
            roster = POST_PAIR.findall(fields.get("person", ("", ""))[0])
            if listy and len(roster) >= 2 and all(looks_like_name(n) for _p, n in roster):
                # '岗位人员 | 院长:罗永福  报账员:蒋丽华 …': who holds each post, not one holder
                holders = {**{squeeze(p): n for p, n in roster}, **holders}
                del fields["person"]
            titles = []
            for pr in pre_rows:
                cols = sh.nonempty(pr)
                if sh.kind(pr) not in ("title", "other") or len(cols) > 2 or pr in listed:
                    continue  # ('站长　甄澍霖；副站长　郗晓桐': who holds which post)
                text = "".join(sh.rows[pr][c] for c in cols)
                if oversees_line(text):
                    continue  # ('分管工作 | 医疗康复部、特教部': what a leader oversees)
                if len(cols) == 2 and not _SALUTATION_LEAD_CELL.match(sh.rows[pr][cols[0]]):
                    titles.append(text)
                    continue
                # '致：水资源股股长蒯岷翚同志：' (or '致： | …' in two cells): a letter's
                # salutation names its holder (read by ``_addressed``), no caption; over a table
                # of its own holders it names his 科室 without its '致：'; one to many
                # ('致：各股室负责人：') names no 科室 at all
                lead = _SALUTATION_LEAD_WORDS.match(text)
                if lead and text[lead.end() :].startswith(_ALL_OF_US):
                    continue
                if _addressed_holder(text) is not None:
                    if not listy:
                        continue
                    text = text[lead.end() :] if lead else text
                titles.append(text)
            # an '附件1' line names no unit; joined to the title it would eat the first character
            # of one that begins with a numeral ('附件1' + '三台县…')
            titles = [x for x in titles if not _ANNEX.match(squeeze(x))]
            titles = [x for i, x in enumerate(titles) if not _named_again(x, titles[i + 1 :])]
            if not titles and self.side_title and self.side_title[0] <= h <= self.side_title[1]:
                titles = [self.side_title[2]]  # the title merged down the table's edge beside it
            if not titles and not self.sheet_unit and not unit:
                # nothing above the sheet's first table: a title printed in the page header
                # (页眉) names the unit and its part ('…乡财政所岗位廉政风险防控一览表')
                titles = [x for x in self.grid.page_header if _header_caption(x)]
            title_text = "".join(titles)
            # (the title's unit is read where the 单位 line may yield to it, or names none)
            titled_unit = (
                unit_in_title(title_text)
                if not unit or filler or _OFFICE_WORDS.search(unit)
                else ""
            )
            office = _compiled_within(unit, titled_unit) if unit and titled_unit else ""
            if office:  # '填报单位：局办公室' under 'XX区卫生健康局…': who filled it in
                unit = lined = titled_unit
            if filler:
                if not listy:  # (on a list he filled it in for the posts)
                    fields.setdefault("person", (filler, ""))
                part_of = unit_in_title(
                    unit
                )  # '榉湾镇财政所' under the title's 'XX县榉湾镇人民政府'
                if titled_unit and part_of and part_of in titled_unit and dept_in_title(unit):
                    fields.setdefault("department", (dept_in_title(unit), ""))
                    unit = lined = titled_unit
            if unit and (at := squeeze(title_text).find(squeeze(unit))) > 0:
                # '单　位 | 蔡家坡镇财政所' under '岐山县蔡家坡镇财政所…': the title's county too
                head = _TITLE_LEAD.sub("", squeeze(title_text)[:at])
                if _REGION_TAIL.fullmatch(head):
                    unit = lined = head + squeeze(unit)
            unit = unit or titled_unit
            if self.labels is not None and self.continues is not None:
                unit = unit or self.continues[2]  # a headerless sheet: the unit of the one before
            unit = unit or self.sheet_unit  # the sheet's title over its first table names it
            if not unit and not title_text:
                # no title and no 单位 line above: one under the table ('填报单位:XX县金溪镇水利
                # 管理站' by the signatures) names the unit
                unit = lined = _parse_unit(sh, list(range(tail, r)))
            self.sheet_unit = self.sheet_unit or unit
            # a caption just above the table may name its post or 科室; the title its 科室
            named: dict[str, str] = {}
            for text in titles:
                text, holder = caption_holder(text)
                got = caption_identity(text)
                if got:
                    named[got[0]] = got[1]
                    if holder:
                        named["person"] = holder
            titled = unit
            unit = self._captioned_unit(named, unit)
            if unit and unit == titled:
                named["_titled"] = unit  # the unit a title or 单位 line names, not a caption
            if unit and "department" not in named:
                # '单位:XX县市场监督管理局清河市场监督管理所': the unit and its 所
                u, d = unit_in_title(unit), dept_in_title(unit)
                if (
                    u
                    and d
                    and squeeze(unit) == u + d
                    and not COUNTY_SEAT.search(u)
                    and not (
                        u.endswith("委员会") and d == "办公室"
                    )  # '…禁毒委员会办公室': one body
                ):
                    unit, named["department"] = u, d
            if table.header is not None:
                table.header = (*table.header[:2], unit)
            if "department" not in named:
                # a sheet named for its 科室 (a workbook of a sheet per 科室) says more than a
                # title naming the whole body
                # ('主体责任人：所长　某某' over the list: a leader's line, never a 科室)
                dept_lines = [x for x in titles if not _HOLDER_LABEL_LINE.match(squeeze(x))]
                in_title = next((d for d in map(dept_in_title, reversed(dept_lines)) if d), "")
                in_name = sheet_department(self.grid.name)
                # a caption just above the table, under the sheet's title, names this table's
                # 科室 ('事故处理中队岗位廉政风险点' on a sheet of two 中队)
                caption = dept_in_title(dept_lines[-1]) if len(dept_lines) > 1 else ""
                dept = (
                    in_title
                    if caption or not in_name or in_name in in_title or shortened(in_name, in_title)
                    else in_name
                )
                if dept and not (lined and squeeze(lined).endswith(dept)):
                    # not the name the 单位 line ends with ('填报单位:XX旗自然资源局纳川镇自然
                    # 资源所' over '纳川镇自然资源所…排查表'): the unit's own, no part of it
                    named["department"] = dept
            d, post = named.get("department", ""), named.get("title", "")
            if d and post.startswith(d) and is_post(post[len(d) :]):
                named["title"] = post[len(d) :]  # '三、援助业务股股长　宓清扬': 股长 of that 股
            # '周立新同志岗位廉政风险防控卡': the card of one person
            in_title = next(filter(None, map(holder_in_title, titles)), "")
            self_named, where = self._self_named(pre_rows) if not listy else ("", None)
            if where and "title" not in fields and "title" not in named:
                u, d, post = where  # '本人厍文博,系XX县生态环境监测站现场监测室采样员': his post
                named["title"] = post
                if d:
                    named.setdefault("department", d)
                unit = unit or u
            if (
                not listy
                and "filler" in fields
                and "title" not in fields
                and not post_in_title(title_text)
                and fields.get("person", ("", ""))[0] == fields["filler"][0]
            ):
                # '填报单位：… 填表人：王强 部门：办公室' over a 科室's points, no post of his named:
                # the 科室's clerk, unless he signs under them as their holder
                fields = {k: v for k, v in fields.items() if k not in ("filler", "person")}
            if not listy and "person" not in fields and "person" not in named:
                # '自查人(签名):韩立军' under a personal form, '承诺人 | 宦知白' or '填表人 | 韩雪'
                # above it: its holder
                self.signed_post = ""
                signed = (
                    self._signed_by(range(tail, r))
                    or self._signed_by(pre_rows, above=True)
                    or in_title
                    or self_named
                )
                if signed and self.signed_post and "title" not in fields:
                    # '承诺人：XX局环境卫生管理所所长　恽拾遗': his unit, 科室 and post too
                    u, d, ttl = split_unit_title(self.signed_post)
                    if not u and d in ("党组", "党委", "党总支", "支部"):
                        d, ttl = "", self.signed_post  # '党组书记、局长': one post
                    named.setdefault("title", ttl)
                    if d:
                        named.setdefault("department", d)
                    if u and not unit:
                        unit = u
                own = [x for x in range(tail, r) if self._own_line(x)]
                filler = "" if signed else self._filled_by([*pre_rows, *own])
                if signed or filler:
                    named["person"] = signed or filler
                if filler:
                    named["_filler"] = filler
            if in_title and "person" not in fields and "person" not in named:
                named["person"] = in_title
            got = None if listy else next(filter(None, map(post_and_holder_in_title, titles)), None)
            if got and "person" not in fields and named.get("person", got[2]) == got[2]:
                named["person"] = got[2]  # '…中心副主任麦芷沅廉政风险防控卡': post, then holder
                if got[0]:
                    named.setdefault("department", got[0])
                named["title"] = got[1]
                self._rare_title_holder(titles, pre_rows, got)
            m = next(filter(None, map(TITLE_BRACKET_HOLDER.search, titles)), None)
            if m and m.group(1) and named.get("person") == m.group(2):
                d, post = split_dept_title(m.group(1))
                if d and "department" not in named:  # '…(营林科技术员　韩立新)'
                    named["department"] = d
                    named.setdefault("title", post)
            if holders:
                named["_holders"] = holders  # type: ignore[assignment]
            if listy:
                listed_forms = self._list_forms(table, raw_rows, unit, fields, title_text, named)
                if len(listed_forms) == 1 and not listed_forms[0].person:
                    # a pledge naming its post on its rows: the one who signs under it holds it
                    signed = self._signed_by(range(tail, r))
                    if signed:
                        listed_forms[0].person = signed
                        for rr in listed_forms[0].risks:
                            rr.person = signed
                # ('经办员（巫马栖棠、梁丘若棠）': a post of two holders, a form each)
                forms.extend(g for f in listed_forms for g in self._per_holder(f))
            else:
                forms.extend(
                    self._per_holder(
                        self._form(
                            table,
                            fields,
                            title_text,
                            raw_rows,
                            reviews,
                            unit,
                            None if forms else meta,
                            named,
                        )  # fmt: skip
                    )
                )
                for f in forms[-len(crew_posts) :] if crew_posts else ():
                    if f.person in crew_posts and len(set(crew_posts.values())) > 1:
                        f.title = crew_posts[f.person]  # '驾驶员 | … | 乘务员 | …': each his own
                if forms and not meta and not sh.grid.lacks("职责", "分管", "职权", "工作"):
                    self._card_duties(forms[-1], pre_rows)
        for r in range(pre_start, n):
            if r in self.code_legend:
                continue  # ('代号 | 科室 | 岗位 | 姓名' under the list: who its codes are)
            if r in self.handover_lines:
                continue  # ('1.2025年7月起，出纳岗由某某接任。' under the list: read, no stray)
            if sh.kind(r) in ("blank", "page", "signoff", "note", "review", "total"):
                if sh.kind(r) == "signoff":
                    self._stamp_line(r)
                continue
            if self._stamp(r) or r in self.unit_signoff_rows:
                continue
            self._unplace(r)
        if self.stamps:
            # 'XX县住房和城乡建设局' under a form: its unit, as a stamp (the first below its rows and
            # above the next form's)
            spans = [
                (min(rows), max(rows), f)
                for f in forms
                if (rows := [rr.row for rr in f.risks if not rr.sheet])
            ]
            starts = sorted(lo for lo, _hi, _f in spans)
            for _lo, hi, f in spans:
                # (one stamp at the foot of the sheet, no form below it, signs every form above)
                # (a sheet's one stamp signs every form above it)
                end = n if len(self.stamps) == 1 else next((s for s in starts if s > hi), n)
                f.unit = f.unit or next((v for r, v in sorted(self.stamps) if hi < r < end), "")
        if replacing:
            forms = self._posts_replaced(forms, replacing)
        if self.labels is not None and forms:
            f = forms[0]  # the rows a headerless sheet opens with, naming no one: the rest of
            if not (f.person or f.department or f.title):  # the last post of the sheet before
                f.continued = True
        res = SheetResult(_join_posts(forms), self.issues, self.seen, self.reported, self.unplaced)
        res.indent_groups = self.indent_groups
        res.older_lists = self.older_lists
        # a roster on the list's own sheet (above it) telling a post's several holders
        # apart by their 分管工作: applied by ``collect._holders_by_duty_on_sheet``
        res.roster_by_duty = self.roster_by_duty
        res.headerless = self.labels is not None
        if self.last_table is not None:
            res.header = self.last_table.header
        return res

    def _halves(self) -> SheetResult | None:
        """A wide table printed in two halves, one under the other, joined by 序号: the upper
        half names the risk point, the lower one its level, type or measures. The halves are
        read as one table; every cell keeps its own coordinates in issues. The lower half may
        list its numbers in any order, and write them in another style than the upper one ('1.',
        '（1）', '第1项' under 1, 2 …: joined by the number, TABLE_HALVES_NUMBERS_RESTYLED); a number
        one half has and the other lacks is warned at its cell (TABLE_BELOW_CODE_UNMATCHED)."""
        from xlproc.workbook import Grid

        sh = self.sh
        n = len(sh.rows)
        upper = lower = None
        for r in range(n):
            got = self._half_header(r)
            if got is None:
                continue
            seq, roles = got
            if upper is None and roles & set(POINTISH) and not roles & set(ANCHOR):
                upper = (r, seq)
            elif upper is not None and roles & set(ANCHOR) and not roles & set(POINTISH):
                lower = (r, seq)
                break
        if upper is None or lower is None:
            return None

        def block(h: int, seq: int, end: int) -> dict[str, int]:
            out: dict[str, int] = {}
            for r in range(h + 1, end):
                v = sh.rows[r][seq] if seq < len(sh.rows[r]) else ""
                if not v:
                    if sh.kind(r) in ("blank", "title", "page"):
                        continue
                    break
                out.setdefault(v, r)
            return out

        top = block(upper[0], upper[1], lower[0])
        bottom = block(lower[0], lower[1], n)
        taken = bottom  # (the lower half's rows, a note's '备注 | …' too: read through the upper)
        restyled = False
        if (
            top
            and bottom
            and len(set(top) & set(bottom)) < max(1, len(top) // 2)
            and not self.grid.lacks(".", "．", "、", "。", "第", "（", "(", "号", "项", "条")
        ):
            # the lower half numbering its rows in another style ('1.', '（1）', '第1项', '1、'
            # under the list's 1, 2 …): joined by the number, told once (TABLE_HALVES_NUMBERS_RESTYLED)
            top2, bottom2 = _seq_numbers(top), _seq_numbers(bottom)
            if top2 is not None and bottom2 is not None:
                top, bottom, restyled = top2, bottom2, True
        if not top or len(set(top) & set(bottom)) < max(1, len(top) // 2):
            return None
        width = max(len(row) for row in sh.rows)
        lower_cols = [c for c in sh.nonempty(lower[0]) if c != lower[1]]
        rows = [list(row) + [""] * (width - len(row)) for row in sh.rows]
        where: dict[tuple[int, int], tuple[int, int]] = {}
        pairs = [(upper[0], lower[0])] + [(r, bottom[k]) for k, r in top.items() if k in bottom]
        for k, (ru, rl) in enumerate(pairs):
            for j, c in enumerate(lower_cols):
                rows[ru].append(sh.rows[rl][c] if c < len(sh.rows[rl]) else "")
                where[(ru, width + j)] = (rl, c)
            if k == 0:
                pad = len(rows[ru])
        for r in range(n):
            rows[r] += [""] * (pad - len(rows[r]))
        used_lower = {lower[0], *bottom.values(), *taken.values()}
        for r in used_lower:  # read through the upper half
            rows[r] = [""] * pad
        merges = None
        if self.grid.merges is not None:
            merges = [m for m in self.grid.merges if m[0] not in used_lower]
        part = _Locator(Grid(self.grid.name, rows, merges, self.grid.hidden), self.rel, self.config)
        part.part = True
        res = part.run()
        by_row = dict(pairs)
        for form in res.forms:
            for rr in form.risks:
                cols, moved = dict(rr.cols), {}
                for role, c in rr.cols.items():
                    if c >= width and (rr.row, c) in where:
                        cols[role] = where[(rr.row, c)][1]
                        moved[role] = by_row.get(rr.row, rr.row)
                rr.cols, rr.rows = cols, moved or None
        for i in res.issues:
            m = re.match(r"^([A-Z]+)(\d+)$", i.cell or "")
            if m:
                c = col_index(m.group(1))
                r = int(m.group(2)) - 1
                if (r, c) in where:
                    r2, c2 = where[(r, c)]
                    new = cell_ref(r2, c2)
                    i.message = i.message.replace(f"!{i.cell}]", f"!{new}]", 1)
                    i.cell = new
        res.issues.append(
            make_issue(
                "TABLE_HALVES",
                self.rel,
                self.grid.name,
                cell_ref(lower[0], lower[1]),
                value=cell_ref(upper[0], upper[1]),
            )
        )
        if restyled:
            r0 = min(bottom.values())
            res.issues.append(
                make_issue("TABLE_HALVES_NUMBERS_RESTYLED", self.rel, self.grid.name,
                           cell_ref(r0, lower[1]), value=sh.rows[r0][lower[1]].strip(),
                           upper=cell_ref(min(top.values()), upper[1]),
                           count=str(len(set(top) & set(bottom))))
            )  # fmt: skip
        # a number of either half the other lacks: warned at its own cell (the lower one's row
        # joins no point; the upper one's point keeps its own blank fields)
        for k, r in top.items():
            if k not in bottom and _SEQ_STYLED.match(k.strip()):
                res.issues.append(
                    make_issue("TABLE_BELOW_CODE_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(r, upper[1]), value=sh.rows[r][upper[1]].strip(),
                               why="在下方的表中找不到,本行的风险点按原样读取")
                )  # fmt: skip
        for k, r in bottom.items():
            if k not in top and _SEQ_STYLED.match(k.strip()):
                res.issues.append(
                    make_issue("TABLE_BELOW_CODE_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(r, lower[1]), value=sh.rows[r][lower[1]].strip(),
                               why="在上方的清单中没有对应的风险点,本行未并入任何风险点")
                )  # fmt: skip
        return res

    def _union_heading(
        self, h: int, headings: dict, end: int, depth: int = 1
    ) -> SheetResult | None:
        """A list merged from several staff returns by a script (pandas ``concat`` → ``to_excel``):
        its heading is the union of the returns' headings, so synonyms of one field stand side by
        side ('股室 | … | 姓名 | 廉政风险点 | 风险等级 | 科室 | 责任人 | 风险点 | 风险级别'), each filled
        only on the rows of the returns that used it, and the script's index (0, 1, 2 …) stands
        unheaded left of the table. Read as ONE table, each role's synonym columns coalesced into
        its first (per row the filled one; two different values warned, the first kept), the
        index set aside (one info). Gate: the heading splits into groups side by side
        (``_side_by_side``) whose later groups repeat a risk text's role and an anchor of the
        first, every synonym risk-text column is filled on some rows, and row by row two
        synonyms of a role hold different values on at most one row in ten (a two-up list, two
        tables beside each other fill both on their shared rows: read as before). An unheaded
        column left of any table reading 0, 1, 2 … down its rows is set aside likewise."""
        sh = self.sh
        cols = sorted(c for c, x in headings.items() if x)
        if not cols:
            return None

        def cell(r: int, c: int) -> str:
            row = sh.rows[r]
            return row[c].strip() if c < len(row) else ""

        lo = cols[0]
        hi = max(headings) + 1
        starts = _side_by_side(headings)
        if not starts and not lo:
            return None  # (the cheap test: no synonyms side by side, no column left for an index)
        data = [
            r
            for r in range(h + 1, end)
            if any(cell(r, c) for c in range(lo, hi)) and r not in self.skip
        ]
        if len(data) < 3:
            return None
        # the script's index: an unheaded column left of the table reading 0, 1, 2 … down its rows
        index = [
            c
            for c in range(lo)
            if not cell(h, c)
            and all(_PANDAS_INDEX.match(cell(r, c)) for r in data)
            and [int(float(cell(r, c))) for r in data] == list(range(len(data)))
        ]
        width = max(len(row) for row in self.grid.rows)
        rows = [list(row) + [""] * (width - len(row)) for row in self.grid.rows]
        where: dict[tuple[int, int], tuple[int, int]] = {}
        told: list[Issue] = []
        roles_at: dict[str, list[int]] = {}
        if starts:
            edges = [lo, *starts, hi]
            groups = []
            for a, b in zip(edges, edges[1:], strict=False):
                g: dict[str, int] = {}
                for c in cols:
                    x = headings[c]
                    if a <= c < b and x.strength >= 2 and x.role != "other":
                        if x.role in g:
                            g = {}
                            break
                        g[x.role] = c
                groups.append(g)
            for g in groups:
                for role, c in g.items():
                    roles_at.setdefault(role, []).append(c)
            first = set(groups[0])
            point = next((p for p in POINTISH if p in first), None)
            if not all(
                g and point in g and set(g) & set(ANCHOR) and len(set(g) & first) >= 3
                for g in groups[1:]
            ):
                roles_at = {}
            shared = {role: cs for role, cs in roles_at.items() if len(cs) >= 2}
            differ = 0
            for r in data:
                if any(len({cell(r, c) for c in cs if cell(r, c)}) > 1 for cs in shared.values()):
                    differ += 1
            if (
                not shared
                or point not in shared
                # (a script's heading is one row of the returns' own words, each once: a band
                # row over it ('调整前 | 调整后', two years) or a heading repeated word for word
                # is two tables side by side, the later one replacing or continuing the first)
                or depth > 1
                or any(
                    len({"".join(cell(h, c).split()) for c in cs}) < len(cs)
                    for cs in shared.values()
                )
                or differ > len(data) // 10
                # each synonym of the point the only one filled on some row (a return that used
                # it): two copies of one list side by side fill both on every row (a sign-off
                # line under them, blank in both, is no such row)
                or not all(
                    any(
                        cell(r, c) and not any(cell(r, x) for x in shared[point] if x != c)
                        for r in data
                    )
                    for c in shared[point]
                )
            ):
                roles_at = {}
            roles_at = shared if roles_at else {}
        if not roles_at and not index:
            return None
        for cs in roles_at.values():
            keep = cs[0]
            for r in data:
                said = [(c, cell(r, c)) for c in cs if cell(r, c)]
                if said:
                    c0, v0 = said[0]
                    rows[r][keep] = self.grid.rows[r][c0]
                    if c0 != keep:
                        where[(r, keep)] = (r, c0)
                    for c1, v1 in said[1:]:
                        if v1 != v0:
                            told.append(make_issue("HEADING_SYNONYMS_DIFFER", self.rel, self.grid.name,
                                                   cell_ref(r, c1), value=v1, first=v0,
                                                   at=cell_ref(r, c0), heads=f"{cell(h, c0)}/{cell(h, c1)}"))  # fmt: skip
                for c in cs[1:]:
                    if c < len(rows[r]):
                        rows[r][c] = ""
            for c in cs[1:]:
                rows[h][c] = ""
        if roles_at:
            names = "；".join("/".join(cell(h, c) for c in cs) for cs in roles_at.values())
            told.insert(0, make_issue("HEADING_SYNONYMS_MERGED", self.rel, self.grid.name,
                                      cell_ref(h, lo), value=names))  # fmt: skip
        if index:
            for r in data:
                for c in index:
                    if c < len(rows[r]):
                        rows[r][c] = ""
            told.append(make_issue("INDEX_COLUMN_SET_ASIDE", self.rel, self.grid.name,
                                   cell_ref(data[0], index[0]),
                                   value=f"{cell_ref(data[0], index[0])}:{cell_ref(data[-1], index[-1])}"))  # fmt: skip
        part = _Locator(replace(self.grid, rows=rows), self.rel, self.config, self.continues)
        part.merged = True
        part.file_legend = self.file_legend
        part.split_types = self.split_types
        part.group_sheets = self.group_sheets
        part.file_sheets = self.file_sheets
        res = part.run()
        self.point_holders = part.point_holders
        self.ranges_read = part.ranges_read
        self._returns_keep_holders(h, headings, data, rows, roles_at, res)
        for form in res.forms:
            for rr in form.risks:
                rr.cols = {
                    role: where.get((rr.row, c), (rr.row, c))[1] for role, c in rr.cols.items()
                }
        for x in res.issues:
            m = re.match(r"^([A-Z]+)(\d+)$", x.cell or "")
            if m and (at := (int(m.group(2)) - 1, col_index(m.group(1)))) in where:
                new = cell_ref(*where[at])
                x.message = x.message.replace(f"!{x.cell}]", f"!{new}]", 1)
                x.cell = new
        res.issues[:0] = told
        return res

    def _returns_keep_holders(
        self, h: int, headings: dict, data: list[int], rows: list[list[str]], roles_at: dict, res
    ) -> None:
        """In a list merged from returns (``_union_heading``) whose 序号 restarts with each return,
        a 科室/岗位/姓名 blank on every row of one return is not the return's above: a value the
        reading carried into it from another return's rows is taken back (a post of its own from a
        roster or a line stays)."""
        seq = [c for c, x in headings.items() if x and x.role == "seq" and x.strength >= 2]
        if not seq:
            return
        seg_of: dict[int, int] = {}
        k, last = 0, None
        for r in data:
            said = rows[r][seq[0]].strip()
            n = _row_seq(said) if said and len(said) <= 6 else None
            if n is not None and last is not None and n <= last:
                k += 1  # (the 序号 starts again: the next return's rows)
            last = n if n is not None else last
            seg_of[r] = k
        if not k:
            return
        for role in _HOLDER_ORDER:
            cs = roles_at.get(role) or [
                c for c, x in headings.items() if x and x.role == role and x.strength >= 2
            ]
            if not cs:
                continue
            c = cs[0]
            values: dict[int, set[str]] = {}
            for r in data:
                values.setdefault(seg_of[r], set())
                if rows[r][c].strip():
                    values[seg_of[r]].add(rows[r][c].strip())
            blank = {s for s, vs in values.items() if not vs}
            if not blank:
                continue
            others = set().union(*values.values())
            for form in res.forms:
                gone = [rr for rr in form.risks if seg_of.get(rr.row, -1) in blank]
                for rr in gone:
                    if getattr(rr, role) in others:
                        setattr(rr, role, "")
                if gone and len(gone) == len(form.risks) and getattr(form, role) in others:
                    setattr(form, role, "")

    def _split(self, h: int, starts: list[int], meta, headings=None) -> SheetResult:
        """Tables side by side under one header row: read each from a copy of the sheet in
        which the other tables' columns are blank (coordinates stay those of the sheet); a
        title merged across them all goes with the first. One list laid out two-up in reading
        order (its 序号 running row by row across the blocks, ``_reading_order``) is read in
        序号 order: a blank 科室/岗位/姓名 goes on from the previous 序号, one form a holder."""
        from xlproc.workbook import Grid

        grid = self.grid
        edges = [0, *starts, 1 << 30]
        across = _reading_order(grid, h, edges, headings or {})
        if across is not None:
            grid = Grid(
                grid.name, across[1], _group_rows_per_block(across, edges, grid, h), grid.hidden
            )
        out = SheetResult([], [], 0, 0, 0)
        if across is not None:
            out.issues.append(make_issue("TABLE_HALVES_ROW_ORDER", self.rel, grid.name,
                                         cell_ref(h, min(headings or [0])),
                                         value=str(len(edges) - 1)))  # fmt: skip
        first_heads: tuple[str, ...] = ()
        # '高风险点 | 中风险点 | 低风险点' over the blocks: one form's points by level, the
        # holder's lines above them all read whole by each block
        levels = self._panel_levels(h, edges)
        above = h - 1 if levels else 0
        for i in range(len(edges) - 1):
            lo, hi = edges[i], edges[i + 1]
            rows = []
            for x, row in enumerate(grid.rows):  # each table keeps its own columns, captions above
                rows.append(
                    list(row)
                    if x < above
                    else [v if lo <= c < hi else "" for c, v in enumerate(row)]
                )
            merges = None
            if grid.merges is not None:
                merges = [m for m in grid.merges if (lo <= m[1] and m[3] < hi) or m[2] < above]
            sub = Grid(grid.name, rows, merges, grid.hidden)
            if i == 0 and meta:
                sub.rows[0] = list(grid.rows[0])
            part = _Locator(sub, self.rel, self.config)
            part.part = True
            res = part.run()
            heads = tuple(self.sh.key(h, c) for c in self.sh.nonempty(h) if lo <= c < hi)
            titled = any(  # a title or caption of its own over the block: a table of its own
                grid.rows[x][c] and not _CONTINUED_CAPTION.search(grid.rows[x][c])  # ('（续表）')
                for x in range(h)
                for c in range(lo, min(hi, len(grid.rows[x])))
            )
            if i and out.forms and res.forms and heads == first_heads and not titled:
                # one long list wrapped into blocks side by side (the same header over each): the
                # block's first rows naming no post go on with the last post of the block before
                last = out.forms[-1]
                while (
                    res.forms
                    and not (res.forms[0].person or res.forms[0].title or res.forms[0].department)
                    and res.forms[0].style == "list"
                ):
                    for rr in res.forms[0].risks:
                        rr.person, rr.title, rr.department = (
                            last.person,
                            last.title,
                            last.department,
                        )
                    last.risks.extend(res.forms.pop(0).risks)
                for f in res.forms:
                    f.unit = f.unit or last.unit  # (the title over the first block names it)
            if i == 0:
                first_heads = heads
            if levels:
                for f in res.forms:
                    for rr in f.risks:
                        rr.risk_level = rr.risk_level or levels[i]
                if (
                    i
                ):  # (the block's own word that it has no type column: the first block's says it)
                    res.issues = [x for x in res.issues if x.code != "TABLE_NO_TYPE"]
            out.forms.extend(res.forms)
            out.issues.extend(res.issues)
            out.rows_seen += res.rows_seen
            out.rows_reported += res.rows_reported
            out.unplaced += res.unplaced
        if across is not None:  # one form a holder, his points in 序号 order
            seqs = across[0]

            def seq_of(rr: RawRisk) -> int:
                c = rr.cols.get("risk_point", min(rr.cols.values(), default=0))
                i = next(k for k in range(len(edges) - 1) if edges[k] <= c < edges[k + 1])
                return seqs.get((rr.row, i), 1 << 30)

            held: dict[tuple, RawForm] = {}
            for f in out.forms:
                key = (f.unit, f.department, f.title, f.person)
                if key in held:
                    held[key].risks.extend(f.risks)
                else:
                    held[key] = f
            for f in held.values():
                f.risks.sort(key=seq_of)
            out.forms = sorted(held.values(), key=lambda f: min(map(seq_of, f.risks), default=0))
        if levels:  # one holder's form, its points gathered from the blocks
            joined: dict[tuple, RawForm] = {}
            for f in out.forms:
                key = (f.unit, f.department, f.title, f.person)
                if key in joined:
                    joined[key].risks.extend(f.risks)
                else:
                    joined[key] = f
            out.forms = list(joined.values())
        top = next((x for x in range(min(h, 6)) if self.sh.nonempty(x)), None)
        unit = unit_in_title("".join(grid.rows[top])) if top is not None else ""
        for f in out.forms if unit else ():
            f.unit = f.unit or unit  # the sheet's title over the blocks (a grid of cards) names it
        return out


# a pandas index as written to a sheet: 0, 1, 2 … (an int, or a float written 0.0)
_PANDAS_INDEX = LazyRe(r"^\d+(?:\.0)?$")
_CONTINUED_CAPTION = LazyRe(r"续表|[(（]续[)）]|接上表|续上")
_REVIEWED = LazyRe(r"落实情况|回头看|整改情况|执行情况|销号|落实结果")
_SEQ_OPEN = frozenset("（([［【")  # (the cheap test of keys bracketed in the 序号)
_SEQ_COMPOSITE_CUE = frozenset("-－—–.．")  # (the cheap test of a composite 编号 '2-1', '1.2')
_HOLDER_MARK_LAST = frozenset(_HOLDER_MARK_SYMS + "①②③④⑤⑥⑦⑧⑨⑩)）")  # (the cheap test)


def _window_keyed(t: _Table, rows: list[RawRisk]) -> bool:
    """A list whose only holder-like column is a window's number ('窗口 | 1号窗口', '窗口号 | 3')."""
    dc = t.roles.get("department")
    if dc is None or "title" in t.roles or "person" in t.roles or not t.header:
        return False
    h = t.header[0].get(dc)
    if h is None or not h.word.endswith(_WINDOW_WORDS):
        return False  # (the cheap test: '科室', '股室' are most such columns)
    said = [rr.department for rr in rows if rr.department.strip()]
    return bool(said) and all(_window_key(v) for v in said)


# a note saying a level is written at the first of a run of equal ones, the rest left blank
_LEVEL_ONCE = LazyRe(
    r"(?:只|仅)在第一(?:项|行|条)(?:填写?|标注|注明|写)(?:风险)?(?:等级|级别)"
    r"|(?:等级|级别)相同的?[^。；;\n]{0,12}(?:只|仅)(?:填写?|写|标注)第一(?:项|行|条)"
    r"|(?:等级|级别)[^。；;，,\n]{0,4}(?:留空|空白|空着|未填)的?[，,]?(?:表示|即|视为|为)?"
    r"(?:同上|与上一?(?:项|行|条)相同)"
    r"|(?:等级|级别)与上一?(?:项|行|条)相同的?不再填写?"
)


def _levels_down_runs(rows: list[RawRisk]) -> None:
    """A blank level under a post's point with one: the level above, of the same post and
    holder (where a note says a run of equal levels is written once)."""
    above = None
    for rr in rows:
        key = (rr.unit, rr.department, rr.title, rr.person)
        if rr.risk_level:
            above = (key, rr.risk_level)
        elif above is not None and above[0] == key:
            rr.risk_level = above[1]


# words of a tab that name no one: a copy, a version, a period, a kind of sheet
_NOT_TAB_NAME = LazyRe(
    r"模板|副本|汇总|样表|示例|说明|范本|稿$|版$|版本|[上下]半年|年度|季度|月份|[上本下]月|[周月年]报|新增|新表"
    r"|表格|表[一二三四五六七八九十]|[表单册]$|附件|修改|修订|合计|统计|目录|封面|\d"
)
_TAB_SPLIT = re.compile(r"\s*[-－—–_、/／]+\s*|\s+")


def tab_holder(sheet: str, loose: bool = False) -> tuple[str, str]:
    """(科室, holder) a sheet's tab names: '检验室-南宫絮' → ('检验室', '南宫絮'); a tab of a name
    alone → ('', name); else ('', ''). ``loose``: other tabs of the workbook are written so, and
    the name may be of a surname not listed ('办公室-怀芷汀')."""
    name = tab_name(sheet)
    if name:
        return "", name
    parts = [x for x in _TAB_SPLIT.split(sheet.strip()) if x]
    if len(parts) == 2:
        for dept, who in (parts, parts[::-1]):
            if not _dept_like(dept):
                continue
            if tab_name(who):
                return dept, tab_name(who)
            if (
                loose
                and HAN_NAME.match(who)
                and len(who) <= 4
                and not _dept_like(who)
                and not is_post(who)
                and not _NOT_TAB_NAME.search(who)
            ):
                return dept, who
    return "", ""


def card_front(grid: Grid) -> dict[str, str]:
    """The details a sheet without a table holds: the front of a card whose table is on the
    next sheet ('持卡人 | 向德贵 | 职务 | 站长', '所在单位 | …'): field → value, the unit too."""
    sh = _Sheet(grid)
    rows = [r for r in range(min(len(sh.rows), 40)) if sh.nonempty(r)]
    out = {f: v.strip() for f, (v, _cell) in _parse_fields(sh, rows).items() if v.strip()}
    if "person" not in out:
        _cover_holder(sh, rows, out)
    unit = _parse_unit(sh, rows)
    if not unit and out:  # a cover's lone line naming the body ('XX区XX街道便民服务中心')
        lone = (sh.rows[r][sh.nonempty(r)[0]] for r in rows if len(sh.nonempty(r)) == 1)
        unit = next((u for text in lone if (u := unit_in_title(text))), "")
    if unit:
        out.setdefault("unit", unit)
    return out


# the label of a cover's holder that is no header field of a table ('持 册 人： | 蓝灏屹' on a
# 岗位廉政风险防控手册's 封面, '手册持有人：…', '填报人：…' beside '岗位：…'); a reviewer's line
# ('审　　定： | …水利局　局长　莫某', '审核', '监督', '批准') names no holder and is no such label
_COVER_HOLDER_WORDS = ("持册人", "持本人", "手册持有人", "持有人", "使用人", "填报人", "填表人")
_COVER_HOLDER_LABEL = LazyRe(rf"^(?:{'|'.join(_COVER_HOLDER_WORDS)})$")
_COVER_INLINE_POST = LazyRe(r"^(.*?)\s+(?:职\s*务|岗\s*位)\s*[:：]\s*(\S+)\s*$")
# the same words spaced out as a label cell pads them ('持 册 人：…')
_COVER_HOLDER_SPACED = "|".join(r"\s*".join(w) for w in _COVER_HOLDER_WORDS)
_COVER_HOLDER_INLINE = LazyRe(rf"^\s*({_COVER_HOLDER_SPACED})\s*[:：]\s*(\S.*)$")


# who filled a cover in ('填报人', '填表人'): its holder only where the cover says the book is a
# post's or a person's ('岗位廉政风险防控手册', '个人…', '持册人'), never a unit's or a 科室's
_COVER_FILLER_LABEL = LazyRe(r"^填\s*[报表]\s*人")
_COVER_OWN_BOOK = LazyRe(
    r"(?:岗位|个人|本人)[^，。；:：]{0,10}(?:手册|清单|卡|表|台账)|持\s*册\s*人"
)
_COVER_UNIT_BOOK = LazyRe(r"(?:单位|科室|股室|部门|机关)[^，。；:：]{0,10}(?:手册|清单|卡|表|台账)")


def _cover_holder(sh: _Sheet, rows: list[int], out: dict[str, str]) -> None:
    """A cover's holder under a label no table's header uses ('持 册 人： | 蓝灏屹' over '岗　　位：
    | 站长'): taken into ``out`` with the cells it stands in (``cover_cells``), so that the list on
    the next sheet naming nobody is his (``_turn_over``); a cover naming two is left as it was.
    Only a cover that names a post too (the caller's cheap test) is looked at."""
    found: list[tuple[str, str]] = []
    fillers: dict[str, list[str]] = {}  # each name's labels ('填报人': who filled it in)
    posts: list[str] = []  # a post in a holder's own cell ('持册人：郗明远　　职务：站长')
    for r in rows:
        cols = sh.nonempty(r)
        for i, c in enumerate(cols[:2]):
            text = sh.rows[r][c]
            m = _COVER_HOLDER_INLINE.match(text)
            if m:  # '持册人：蓝灏屹' in one cell
                said = m.group(2)
                if p := _COVER_INLINE_POST.match(said):  # ('持册人：郗明远　　职务：站长')
                    said = p.group(1)
                    posts.append("".join(p.group(2).split()))
                found.append(("".join(said.split()), cell_ref(r, c)))
                fillers.setdefault(found[-1][0], []).append(m.group(1))
                break
            if _COVER_HOLDER_LABEL.match(label_key(text)) and i + 1 < len(cols):
                c2 = cols[i + 1]
                found.append(
                    ("".join(sh.rows[r][c2].split()), f"{cell_ref(r, c)}:{cell_ref(r, c2)}")
                )
                fillers.setdefault(found[-1][0], []).append(text)
                break
    names = {who for who, _cell in found if who}
    if len(names) != 1:
        return  # none, or two holders on one cover ('持册人：甲', '填报人：乙'): as before
    who = next(iter(names))
    if not looks_like_name(who):
        return
    if any(_COVER_FILLER_LABEL.match(label_key(fr)) for fr in fillers.get(who, [])):
        book = "".join("".join(sh.rows[r]) for r in rows)
        if _COVER_UNIT_BOOK.search(book) or not _COVER_OWN_BOOK.search(book):
            return  # ('单位廉政风险防控手册' filled in by a clerk: the unit's, no holder's)
    if "title" not in out and "dept_title" not in out:
        if len(set(posts)) != 1 or not is_post(posts[0]):
            return  # (a cover naming no post: as before)
        out["title"] = posts[0]
    out["person"] = who
    out["cover_cells"] = next(cell for name, cell in found if name == who)


_WATCHED = LazyRe(r"监督|督导|督查|分管|联系|检查")


_DIRECT = LazyRe(r"直接|承办|经办|具体")


def code_directory(grid: Grid) -> dict[str, list[tuple[str, str, str]]]:
    """A sheet listing who holds each power by its code ('职权编码 | 职权名称 | 承办股室 |
    承办岗位 | 责任人'), no risks on it: code → the (科室, post, holder) of each post holding it.
    Empty where the sheet is no such list (no code heading, or no post or holder beside it)."""
    got = code_table(grid)
    return {code: [who for _x, who in rows] for code, rows in got[2].items()} if got else {}


def code_table(
    grid: Grid, bare: bool = False
) -> tuple[int, int, dict[str, list[tuple[int, tuple[str, str, str]]]]] | None:
    """``code_directory``'s list with where it stands: its header row, its code column and code →
    [(row, (科室, post, holder))]. ``bare``: a heading '编号' alone may head the codes too (a
    register of posts, '编号 | 科室 | 岗位 | 姓名' over 'GW01' …: its values must be codes)."""
    sh = _Sheet(grid)
    merged = grid.merged_into
    for r in range(min(len(sh.rows), 10)):
        code_col, ids = None, {}
        for c in sh.nonempty(r):
            key = sh.key(r, c)
            if (
                code_col is None
                and _CODE_HEAD.search(key)
                and key != "序号"
                and (bare or key != "编号")
            ):
                if _WATCHED.search(key):
                    break  # ('监督的风险点编号': the risks each one watches, no holder of them)
                code_col = c
                continue
            h = heading_role(key)
            if h is not None and h.role in ("department", "title", "person") and h.strength >= 2:
                if h.role == "person" and _DIRECT.search(key):
                    ids["person"] = c  # '直接责任人', '承办人' beside '主要责任人': who does it
                else:
                    ids.setdefault(h.role, c)
        if code_col is None or not ({"title", "person"} & set(ids)):
            continue
        out: dict[str, list[tuple[int, tuple[str, str, str]]]] = {}

        def cell(x: int, c: int | None) -> str:
            if c is None:
                return ""
            v = sh.rows[x][c] if c < len(sh.rows[x]) else ""
            if not v and (x, c) in merged:  # merged down over the powers of one post
                top = merged[(x, c)]
                v = sh.rows[top[0]][top[1]]
            return squeeze(v)

        for x in range(r + 1, len(sh.rows)):
            # ('FX-01、FX-02、FX-03': the codes of every risk the post holds)
            codes = [c for c in re.split(r"[、,，;；/\s]+", cell(x, code_col)) if c]
            if not codes or not all(_CODE_VALUE.match(c) for c in codes):
                continue
            got = tuple(cell(x, ids.get(role)) for role in ("department", "title", "person"))
            for code in codes:
                if got not in (who for _x, who in out.setdefault(code, [])):
                    out[code].append((x, got))  # (a power two posts hold: the point is each's)
        return (r, code_col, out) if len(out) >= 2 else None
    return None


def file_legend(sheets: Iterable[Grid]) -> str:
    """The lines of ``sheets`` (a file's 填表说明 sheets) that define level words ('红为高风险,
    黄为中风险…'): the forms on the file's other sheets may use them."""
    return "\n".join(
        text for g in sheets for text in map("".join, g.rows)
        if _DEFINES.search(text) or _CATEGORY_LINE.search(text)
    )  # fmt: skip


# a line mapping a body's own type categories onto the types ('A类（决策类）对应制度机制风险'):
# an instructions sheet's line lent to every list (``_Levels._type_categories``)
_CATEGORY_LINE = LazyRe(r"类[）)”\"]?\s*(?:对应|归入|归为|归属|属于|划入|→)")


def _group_rows_per_block(across: tuple[dict, list], edges: list[int], grid, h: int) -> list | None:
    """A list two-up in reading order: a group row ('一、办公室') merged across the blocks among
    the items heads the items of every block on the rows under it, not the first block's only —
    its text is put in each block's first cell, merged over that block alone (``across``'s rows
    are changed in place); the sheet's merges so split, the others as they are."""
    rows = across[1]
    if not grid.merges or not across[0]:
        return grid.merges
    last = max(r for r, _i in across[0])  # (under the heading and over the last item: no footer)
    out = []
    for m in grid.merges:
        r0, c0, r1, c1 = m
        spans = [k for k in range(len(edges) - 1) if c0 < edges[k + 1] and c1 >= edges[k]]
        said = rows[r0][c0] if c0 < len(rows[r0]) else ""
        if len(spans) < 2 or not h < r0 < last or not said.strip():
            out.append(m)
            continue
        for k in spans:
            lo, hi = max(c0, edges[k]), min(c1, edges[k + 1] - 1)
            if lo < len(rows[r0]):
                rows[r0][lo] = said
            out.append((r0, lo, r1, hi))
    return out


_HOLDER_ORDER = ("department", "title", "person")  # (coarse to fine: a new 科室 starts anew)


def _reading_order(grid, h: int, edges: list[int], headings: dict) -> tuple[dict, list] | None:
    """Blocks side by side under one heading printed again over each, whose 序号 run ROW by
    row across them (1 left, 2 right, 3 left … — reading the rows left to right gives 1..n,
    reading each block down in turn does not): one list laid out two-up in reading order.
    Returns the 序号 of each (row, block) and a copy of the rows where each blank 科室/岗位/
    姓名 cell is filled from the item of the previous 序号 (a holder written on his first
    item only), else None: blocks of other headings, a block without 序号 or holder columns,
    numbers not 1..n row by row (numbered lines on rows below the run, a 说明's '1 | …', are not
    the list's), fewer than two rows holding items in two blocks, no blank holder cell to carry,
    or a holder column merged down against reading order (a merge whose value every item between
    its first and last 序号 leaves blank or repeats, a 科室 merged over its rows, is those items').
    A 序号 printed ahead on a row nobody filled gets nothing carried into it."""
    blocks = []
    for lo, hi in zip(edges, edges[1:], strict=False):
        cols = sorted(c for c, x in headings.items() if x and lo <= c < hi)
        roles = {headings[c].role: c for c in cols if headings[c].strength >= 2}
        blocks.append((tuple(headings[c].role for c in cols), roles))
    if len(blocks) < 2 or len({b[0] for b in blocks}) > 1 or "seq" not in blocks[0][1]:
        return None
    held = [role for role in _HOLDER_ORDER if role in blocks[0][1]]
    if not held:
        return None
    rows = grid.rows
    items = []  # (row, block, 序号)
    for r in range(h + 1, len(rows)):
        for i, (_, roles) in enumerate(blocks):
            c = roles["seq"]
            said = rows[r][c] if c < len(rows[r]) else ""
            n = _row_seq(said) if said and len(said) <= 6 else None
            if n is not None:
                items.append((r, i, n))
    start = items[0][2] if items else 0
    run = next((k for k, x in enumerate(items) if x[2] != start + k), len(items))
    if (
        run < len(items)
        and (
            min(r for r, _i, _n in items[run:]) <= items[run - 1][0]
            or any(  # (a number out of turn with a point beside it: a slip in the list, not a note)
                "risk_point" not in blocks[i][1]
                or (
                    rows[r][blocks[i][1]["risk_point"]]
                    if blocks[i][1]["risk_point"] < len(rows[r])
                    else ""
                ).strip()
                for r, i, _n in items[run:]
            )
        )
    ):
        return None
    items = items[:run]  # (numbered lines under the list, '说明：' then '1 | …', '2 | …': not its)
    by_row = [n for _r, _i, n in items]
    if len(items) < 4:
        return None
    by_block = [n for _r, _i, n in sorted(items, key=lambda x: (x[1], x[0]))]
    if by_block == by_row:
        return None  # (each block read down in turn: the long list wrapped, read as before)
    per_row: dict[int, int] = {}
    for r, _i, _n in items:
        per_row[r] = per_row.get(r, 0) + 1
    if sum(k >= 2 for k in per_row.values()) < 2:
        return None
    out = [list(row) for row in rows]
    seq = {(r, i): n for r, i, n in items}
    for r0, c0, r1, c1 in grid.merges or ():
        if r1 <= r0 or r1 <= h:
            continue
        for i, (_, roles) in enumerate(blocks):
            for role in held:
                if not c0 <= roles[role] <= c1:
                    continue
                # a holder merged down one block ('办公室' over the rows of its items in both
                # blocks): the merge's value is every covered item's, and so every item's between
                # them in 序号 order (each blank or the same); else that block is read down
                said = rows[r0][c0].strip() if c0 < len(rows[r0]) else ""
                ns = [seq[r, i] for r in range(r0, r1 + 1) if (r, i) in seq]
                if not ns or not said:
                    continue
                for r, k, n in items:
                    if min(ns) <= n <= max(ns):
                        c = blocks[k][1][role]
                        v = out[r][c].strip() if c < len(out[r]) else ""
                        if v and v != said and not (k == i and r0 <= r <= r1):
                            return None
                for r in range(max(r0, h + 1), r1 + 1):
                    if roles[role] < len(out[r]):
                        out[r][roles[role]] = said
    prev: dict[str, str] = {}
    filled = 0
    for r, i, _n in items:
        roles = blocks[i][1]
        lo, hi = edges[i], edges[i + 1]
        own = {roles["seq"], *(roles[role] for role in held)}
        if not any(v.strip() for c, v in enumerate(out[r][lo:hi], lo) if c not in own):
            continue  # (a 序号 printed ahead on a row not filled in: nothing to carry into)
        anew = False
        for role in held:
            c = roles[role]
            said = out[r][c].strip() if c < len(out[r]) else ""
            if said and _ditto_said(said) in _DITTO:
                said = ""  # ('同上', '〃' for 序号3 means 序号2's, as a blank does: not the cell above)
            if said:
                anew = anew or said != prev.get(role, "")
                prev[role] = said
            elif anew:
                prev.pop(role, None)  # (a new 科室 with no 岗位 yet: nothing of the last to carry)
            elif prev.get(role) and c < len(out[r]):
                out[r][c] = prev[role]
                filled += 1
    return (seq, out) if filled else None


def _side_by_side(headings: dict[int, Heading | None]) -> list[int]:
    """Where a header row holds two or more tables side by side, the first column of each
    table after the first (the column where the risk text's role starts to repeat), else []."""
    points = [c for c, h in headings.items() if h and h.role in POINTISH and h.strength >= 2]
    if len(points) < 2:
        return []
    counts: dict[str, int] = {}
    for h in headings.values():
        if h and h.strength >= 2 and h.role != "other":
            counts[h.role] = counts.get(h.role, 0) + 1
    cols = sorted(headings)
    gap = any(b - a > 1 for a, b in zip(cols, cols[1:], strict=False))
    if sum(1 for n in counts.values() if n > 1) < 2 and not gap:
        return []  # one repeated word ('风险事项' beside '风险表现') is not a second table
    starts: list[int] = []
    seen: set[str] = set()
    for i, c in enumerate(cols):
        h = headings[c]
        role = h.role if h and h.strength >= 2 else "other"
        gap = i > 0 and c - cols[i - 1] > 1
        if (role in seen and role != "other") or (
            gap and "risk_point" in seen and seen & set(ANCHOR)
        ):
            starts.append(c)
            seen = set()
        seen.add(role)
    # each table must have a risk text and an anchor of its own
    bounds = [cols[0], *starts, cols[-1] + 1]
    groups = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        roles = {headings[c].role for c in cols if lo <= c < hi and headings[c]}
        if not (roles & set(POINTISH)) or not (roles & set(ANCHOR)):
            return []
        groups.append(roles)
    # 风险点1 | 等级 | 风险点2 | 等级 after one post's columns: points across one row, one table
    risk_only = {"risk_point", "description", "risk_level", "risk_type", "measures", "other"}
    if groups[0] - risk_only and all(g <= risk_only for g in groups[1:]):
        return []
    return starts


def join_continued(forms: list[RawForm], before: RawForm | None) -> list[RawForm]:
    """A sheet's first form that is the rest of the form on the sheet before (a 续表 or a sheet
    named 第2页, naming no one, under the same headings) joins that form: its risk points keep
    the sheet they are on. Returns the forms still to be taken as forms of their own."""
    if not forms or before is None or not forms[0].continued or not before.risks:
        return forms
    first = forms[0]
    if not first.risks or set(first.risks[0].cols) != set(before.risks[-1].cols):
        return forms
    for rr in first.risks:
        rr.sheet = rr.sheet or first.sheet
    before.risks.extend(first.risks)
    before.duty_texts = list(dict.fromkeys([*before.duty_texts, *first.duty_texts]))
    return forms[1:]


def _ticked_part(post: str) -> tuple[str, str]:
    """A post column's heading that names its 部 too ('综合部部长'): (部, post); else ('', post).
    (A 支部's, a 村委会's post stays as written.)"""
    if "、" in post or "委" in post:
        return "", post  # ('党支部书记、村委会主任', '村委会副主任': posts as written)
    d, t = split_dept_title(post)
    if (
        d
        and t
        and _dept_like(d)
        and is_post(t)
        and d.endswith(("部", "科", "室", "股", "处"))
        and not d.endswith(("支部", "党总支"))
    ):
        return d, t
    return "", post


# --------------------------------------------------------------------------- field codes
# A list exported from a database keeps the database's column names as its heading
# ('XH | DWMC | GWMC | FXDMC | FXDJ'), their meaning given only by a data dictionary
# ('字段名 | 字段说明', one row a field) on another sheet or below the list.

_FIELD_CODE = LazyRe(r"[A-Za-z][A-Za-z0-9_]{1,39}")
# a dictionary's heading words: the column of codes and the column of their meanings are told
# apart by their contents (ASCII codes, Chinese meanings), as '字段名称' may be either
_CODE_HEADS = frozenset(
    ("字段名", "字段代码", "字段编码", "字段标识", "字段", "字段英文名", "英文字段名", "英文名",
     "英文名称", "列名", "列代码", "字段名称", "代码")
)  # fmt: skip
# the meaning columns, the shortest first: '中文名' beside a long '说明' is the name to read
_MEANING_HEADS = (
    "中文名", "字段中文名", "中文名称", "字段中文名称", "字段含义", "含义", "字段说明", "中文说明",
    "说明", "字段描述", "描述", "注释", "字段名称", "列名称", "名称",
)  # fmt: skip
# a dictionary is told by a heading word only these say
_DICTIONARY_WORDS = ("字段", "列名", "英文名")
_HAN_CHAR = LazyRe(r"[\u4e00-\u9fff]")


def _is_code(text: str) -> bool:
    return bool(text) and _FIELD_CODE.fullmatch(text) is not None


def data_dictionary(grid) -> FieldDictionary | None:
    """The data dictionary on ``grid`` ('字段名 | 字段说明 | 数据类型 …', one row a field), or None.

    The heading is a row with a code word and a meaning word (at least one saying 字段, 列名 or
    英文名); the code column is the one whose cells below are field codes, the meaning column
    the first of ``_MEANING_HEADS`` whose cells are Chinese. Three fields at least; a code the
    dictionary gives two meanings is left out (which one the list means is not known)."""
    rows = grid.rows
    for h, row in enumerate(rows):
        text = "\x00".join(row)
        if not any(w in text for w in _DICTIONARY_WORDS):
            continue  # (most rows: no cell by cell look)
        keys = [label_key(v) if v and len(v) <= 10 else "" for v in row]
        if not any(k and any(w in k for w in _DICTIONARY_WORDS) for k in keys):
            continue
        heads = [c for c, k in enumerate(keys) if k in _CODE_HEADS or k in _MEANING_HEADS]
        if len(heads) < 2:
            continue
        below = rows[h + 1 :]
        found = _dictionary_columns(keys, heads, below)
        if found is None:
            continue
        code_col, meaning_col = found
        meanings: dict[str, str] = {}
        twice: set[str] = set()
        last, misses = h, 0
        for r, line in enumerate(below, h + 1):
            code = line[code_col].strip() if code_col < len(line) else ""
            meaning = fold(line[meaning_col]) if meaning_col < len(line) else ""
            if _is_code(code) and _HAN_CHAR.search(meaning):
                key = code.upper()
                if meanings.get(key, meaning) != meaning:
                    twice.add(key)
                meanings.setdefault(key, meaning)
                last, misses = r, 0
            elif any(line):
                misses += 1
                if misses > 2:
                    break
        for key in twice:
            del meanings[key]
        if len(meanings) >= 3:
            top = h
            while top > 0 and h - top < 2 and 0 < sum(map(bool, rows[top - 1])) <= 1:
                top -= 1  # '附：数据字典' above it
            return FieldDictionary(grid.name, meanings, range(top, last + 1))
    return None


def _dictionary_columns(keys: list[str], heads: list[int], below: list[list[str]]):
    """(code column, meaning column) of a dictionary heading by its cells below, or None."""

    def cells(c: int) -> list[str]:
        out = []
        for line in below[:200]:
            v = line[c].strip() if c < len(line) else ""
            if v:
                out.append(v)
        return out

    code_col = next(
        (
            c
            for c in heads
            if keys[c] in _CODE_HEADS
            and (vs := cells(c))
            and sum(map(_is_code, vs)) >= max(3, 0.8 * len(vs))
        ),
        None,
    )
    if code_col is None:
        return None
    meaning = [
        (_MEANING_HEADS.index(keys[c]), c)
        for c in heads
        if c != code_col
        and keys[c] in _MEANING_HEADS
        and (vs := cells(c))
        and sum(bool(_HAN_CHAR.search(v)) for v in vs) >= 0.8 * len(vs)
    ]
    return (code_col, min(meaning)[1]) if meaning else None


def code_heading(grid) -> tuple[int, list[int]] | None:
    """(row, its columns) of a heading made of field codes ('XH | DWMC | BMMC | FXDMC …'): the
    sheet's first row of three cells or more (a title line above it aside), wholly codes, with
    Chinese written below it; None for any other sheet."""
    rows = grid.rows
    seen = 0
    for r, row in enumerate(rows):
        filled = [c for c, v in enumerate(row) if v]
        if not filled:
            continue
        seen += 1
        if len(filled) >= 3:
            if not all(_is_code(row[c].strip()) for c in filled):
                return None
            han = sum(
                1 for line in rows[r + 1 : r + 30] if any(_HAN_CHAR.search(v) for v in line if v)
            )
            return (r, filled) if han else None
        if seen >= 3:
            return None
    return None


def heading_by_dictionary(
    grid, heading: tuple[int, list[int]], dictionaries: list[FieldDictionary]
) -> tuple[object, dict[str, str]] | None:
    """A copy of ``grid`` whose heading of codes reads as the dictionary's meanings (codes it
    does not define stay as written; the rows of a dictionary on this sheet left blank), and
    the codes read; None when fewer than two of its codes are defined. The cells keep their
    places, so issues point at the sheet's own cells."""
    r, cols = heading
    meanings: dict[str, str] = {}
    for d in dictionaries:
        for code, meaning in d.meanings.items():
            meanings.setdefault(code, meaning)
    row = list(grid.rows[r])
    read: dict[str, str] = {}
    for c in cols:
        meaning = meanings.get(row[c].strip().upper())
        if meaning:
            read[row[c].strip()] = meaning
            row[c] = meaning
    if len(read) < 2:
        return None
    rows = [list(line) for line in grid.rows]
    rows[r] = row
    for d in dictionaries:
        if d.sheet == grid.name:
            for k in d.rows:
                if k != r and k < len(rows):
                    rows[k] = [""] * len(rows[k])
    return replace(grid, rows=rows), read


# a heading cell of a 栏次 number only: '1', '（2）', '第3栏'
_COLUMN_NUMBER_CELL = LazyRe(r"(?:第\s*)?[(（]?\s*(\d{1,2})\s*[)）]?\s*栏?")
# what may stand before the numbers in such a row: '序号 | 1 | 2 …', '栏次 | 1 | 2 …'
_COLUMN_NUMBER_LEADS = frozenset({"序号", "栏次", "栏目", "列次", "栏号", "编号", "项目"})
# a 填表说明 naming a numbered column: '第1栏填写所在股室', '第4栏为廉政风险点', '第2列：岗位'
_COLUMN_SAID = LazyRe(r"第\s*(\d{1,2})\s*[栏列]\s*(?:填写|填报|填列|填|写|为|是)?\s*[:：]?")
# the same as a numbered list in a line saying it is one: '说明：1.股室；2.岗位；3.姓名 …'
_COLUMN_LISTED = LazyRe(r"(?<![\d.．])(\d{1,2})\s*[.．、]\s*(?!\d)")


def _column_number_row(row: list[str]) -> dict[int, int] | None:
    """{column: its number} of a heading row of 栏次 numbers only ('序号 | 1 | 2 | 3 | 4', '第1栏 |
    第2栏 …'): three numbers at least, 1, 2, 3 … in order, after at most two labels ('序号',
    '栏次'); None for any other row."""
    filled = [c for c, v in enumerate(row) if v and v.strip()]
    if len(filled) < 3:
        return None
    got: dict[int, int] = {}
    for c in filled:
        m = _COLUMN_NUMBER_CELL.fullmatch(row[c].strip())
        if m is None:
            if got or c not in filled[:2] or label_key(row[c]) not in _COLUMN_NUMBER_LEADS:
                return None
            continue
        if int(m.group(1)) != len(got) + 1:
            return None
        got[c] = int(m.group(1))
    return got if len(got) >= 3 else None


def _columns_said(text: str) -> dict[int, str]:
    """{number: the words} a 填表说明 line gives the numbered columns ('第1栏填写所在股室，第2栏
    填写岗位名称 …', '说明：1.股室；2.岗位 …'); empty where it names none."""
    marks = list(_COLUMN_SAID.finditer(text)) if "第" in text else []
    if not marks and ("说明" in text or "注" in text):
        marks = list(_COLUMN_LISTED.finditer(text))
    said: dict[int, str] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        words = re.split(r"[，,；;。\n]", text[m.end() : end])[0].strip(" \u3000:：“”\"'、")
        if words:
            said.setdefault(int(m.group(1)), words)
    return said


def numbered_heading(grid) -> tuple[int, dict[int, str]] | None:
    """(row, {column: its words}) of a heading that is only the 栏次 numbers ('序号 | 1 | 2 | 3 |
    4 | 5 | 6', as a statistical report prints it), its columns named by a 填表说明 line above or
    under the table ('第1栏填写所在股室，第2栏填写岗位名称，…，第4栏填写廉政风险点 …'); None
    unless that line names three of the numbered columns by heading words, a risk point's among
    them. The first such row of the sheet (a 栏次 row under a named heading is read as it is)."""
    rows = grid.rows
    said: dict[int, str] | None = None
    for r, row in enumerate(rows[:60]):
        numbers = _column_number_row(row)
        if numbers is None:
            continue  # (most rows: the cheap test)
        if said is None:  # (the sheet's notes, looked for once: lines of one or two cells)
            said = {}
            for line in rows:
                cells = [v for v in line if v and v.strip()]
                if 0 < len(cells) <= 2 and any("栏" in v or "说明" in v for v in cells):
                    for n, words in _columns_said("\n".join(cells)).items():
                        said.setdefault(n, words)
            if not said:
                return None
        named = {c: said[n] for c, n in numbers.items() if n in said}
        roles = [h.role for w in named.values() if (h := heading_role(label_key(w)))]
        if len(roles) >= 3 and any(role in POINTISH for role in roles):
            return r, named
    return None


def heading_by_numbers(grid, heading: tuple[int, dict[int, str]]):
    """A copy of ``grid`` whose heading of 栏次 numbers reads as the words the 填表说明 gives
    them (``numbered_heading``); the cells keep their places, so issues point at the sheet's
    own cells."""
    r, named = heading
    rows = [list(line) for line in grid.rows]
    for c, words in named.items():
        rows[r][c] = words
    return replace(grid, rows=rows)


# a mind map (XMind, WPS 思维导图, 亿图) exported to Excel: the tree spread across columns by
# depth, one row a leaf, each node written once on the first row of its subtree (the rows
# below left blank, nothing merged); its heading, where it has one, names only the depth
# ('中心主题 | 分支主题 | 子主题 | 子主题', '一级主题 | 二级主题 …', '主题 | 子主题1 | 子主题2')
_MAP_DEPTH = LazyRe(
    r"(?:中心|分支|根|[一二三四五六七八九十\d]{1,2}级|子*)主题[\d一二三四五六七八九十]{0,2}"
)
# what a depth's role is written as in the heading a map is read under
_MAP_WORDS = {
    "department": "部门", "title": "岗位", "person": "姓名", "risk_point": "风险点",
    "description": "风险描述", "risk_level": "风险等级", "risk_type": "风险类型",
    "measures": "防控措施", "other": "备注",
}  # fmt: skip


def _map_node(text: str) -> tuple[str, str] | None:
    """A labelled node ('风险等级：高', '防控措施：…', '责任人：郗某'): (role, value), else None."""
    if "：" not in text and ":" not in text:
        return None  # (the cheap test)
    m = _LINE_LABEL.match(text)
    value = text[m.end() :].strip() if m is not None else ""
    if not value:
        return None
    h = heading_role(_key(m.group(1)))
    if h is None or h.strength < LIKELY or h.role not in _MAP_WORDS or h.role == "other":
        return None
    return h.role, value


# a work plan's branches: its periods ('第一季度', '3月', '上半年', '2025年'), no risk's grouping
_MAP_PERIOD = LazyRe(
    r"(?:\d{4}年)?(?:第?[一二三四1-4]季度|[一二三四五六七八九十\d]{1,3}月(?:份|上旬|中旬|下旬)?"
    r"|[上下]半年|全年|年[初中底末]|\d{4}年(?:度)?)(?:[:：].*)?"
)


def _map_signoff(line: list[str]) -> bool:
    """A sign-off line under a map ('制表人：… | 日期：…', '填报人：… | 审核人：…'): its first
    cell a sign-off's label."""
    first = next((v for v in line if v), "")
    return bool(first) and (_signoff_cell(first) or _signed_label(first))


def _map_dept_root(text: str) -> bool:
    """A root that reads as a 科室 ('药剂科', '院领导'), not the unit a central topic names
    ('县人民医院', '某县疾病预防控制中心'): a 科室 depth, not the title."""
    s = "".join(text.split())
    return (
        _dept_like(s)
        and not unit_in_title(s)
        and not (s[0] in "省市县区州旗镇乡某" and s[:2] != "市场")
    )


def _map_role(vals: list[str], config, point_seen: bool) -> str:
    """A depth's role by its nodes: level or type words, 部门 names, posts and holders
    ('部长　郗某'), names, else long texts (the points, a deeper one the measures)."""
    p = profile(vals, config)
    if p.level >= 0.8:
        return "risk_level"
    if p.type >= 0.8:
        return "risk_type"
    if p.post_name >= 0.5 or (p.post >= 0.6 and p.mean_len <= 12):
        return "title"
    if p.dept >= 0.6:
        return "department"
    if p.name >= 0.6:
        return "person"
    if p.mean_len >= 6:
        return "measures" if point_seen else "risk_point"
    return "other"


def mind_map(grid, config) -> MindMap | None:
    """A sheet that is a mind map exported to Excel, read as the list it draws; None for any
    other sheet. It must be such a map by its shape: a heading of depth words only, or with no
    heading a staircase from one central topic (a first row filled across, each later row's
    nodes one run of columns ending at its leaf) with labelled leaves ('风险等级：高'); and a
    risk one by its contents: a depth of points (long texts, or '风险点：…') and one of levels
    or types, or of measures under points that name what goes wrong (a work plan's or a task
    breakdown's tasks with their '措施：…' are no risks, nor a tree branching by quarter or
    month). A blank row then a sign-off ('制表人：…', '填报人：… | 审核人：…') ends the map; roots
    that read as 科室 ('药剂科') are a 科室 depth, not the central topic. Each depth's role comes from its nodes (``_map_role``) or their labels,
    the labels left off; a labelled node of another role than its depth's (siblings under a
    point: '风险等级：高', then '防控措施：…' below) goes to that role's column. The nodes above
    a point are carried down to it, those below it gathered onto its row; rows of no point are
    left blank. The cells keep their places."""
    rows = grid.rows
    top = next((r for r in range(min(len(rows), 4)) if any(rows[r])), None)
    if top is None:
        return None
    cols = [c for c, v in enumerate(rows[top]) if v]
    c0, c1 = cols[0], cols[-1]
    if len(cols) < 3 or c1 - c0 + 1 != len(cols):
        return None
    headed = all(_MAP_DEPTH.fullmatch(squeeze(rows[top][c])) for c in cols)
    if not headed and not any(_map_node(rows[top][c]) for c in cols[2:]):
        return None  # (the cheap tests first: depth words, or a labelled leaf on the first row)
    first = top + 1 if headed else top
    within = [m for m in grid.merges or () if m[2] >= first and c0 <= m[3] and m[1] <= c1]
    if any(cc0 != cc1 or r0 < first for r0, cc0, _r1, cc1 in within):
        return None  # (a merge across columns or from the heading; a parent merged down over
        # its subtree in one column is the map's own, its text in its first row)
    end = len(rows)
    for r in range(first + 1, len(rows)):  # (a blank row, then who made it and when: no node)
        if _map_signoff(rows[r]) and (not any(rows[r - 1]) or (c0 < len(rows[r]) and rows[r][c0])):
            end = r
            break
    body = [r for r in range(first, end) if any(rows[r])]
    if len(body) < 2 or not rows[body[0]][c0]:
        return None
    for r in body:  # each row's nodes one run of columns, within the map's
        line = [c for c, v in enumerate(rows[r]) if v]
        if line[0] < c0 or line[-1] > c1 or line[-1] - line[0] + 1 != len(line):
            return None
    roots = [r for r in body if rows[r][c0]]
    title = rows[roots[0]][c0] if len(roots) == 1 else ""
    # (roots that read as 科室, one or several: the 科室 depth, no central topic over them)
    branched = all(_map_dept_root(rows[r][c0]) for r in roots)
    if branched:
        title = ""
    elif not headed and not title:
        return None
    depths = list(range(c0 + 1 if title else c0, c1 + 1))
    role: dict[int, str] = {}  # depth → its role
    labelled: dict[tuple[int, int], tuple[str, str]] = {}
    point_seen = False
    for c in depths:
        vals = [rows[r][c] for r in body if rows[r][c]]
        nodes = {r: n for r in body if rows[r][c] and (n := _map_node(rows[r][c]))}
        if len(nodes) >= 0.6 * len(vals):
            said = [n[0] for n in nodes.values()]
            role[c] = max(dict.fromkeys(said), key=said.count)
            labelled.update({(r, c): n for r, n in nodes.items()})
        elif c == c0 and branched:
            role[c] = "department"
        else:
            role[c] = _map_role(vals, config, point_seen)
        point_seen = point_seen or role[c] == "risk_point"
    tagged = {n[0] for n in labelled.values()}
    said = set(role.values()) | tagged
    if "risk_point" not in said:
        return None
    pc = next((c for c in depths if role[c] == "risk_point"), None)
    if not (said & {"risk_level", "risk_type"} or "risk_point" in tagged):
        # measures alone (labelled or a deeper text) make no risk tree: a work plan's or a task
        # breakdown's tasks ('召开党组会…', '措施：每季度一次') read so too; the points must
        # name what goes wrong ('药品遴选收受回扣')
        points = [rows[r][pc] for r in body if pc is not None and rows[r][pc]]
        if "measures" not in said or sum(map(risk_worded, points)) * 2 < len(points):
            return None  # (long texts and a deeper text, no level: a meeting's topics, no risks)
    if any(
        role[c] != "risk_point"
        and (vs := [rows[r][c] for r in body if rows[r][c]])
        and all(_MAP_PERIOD.fullmatch(squeeze(v)) for v in vs)
        for c in depths
        if pc is None or c < pc
    ):
        return None  # ('第一季度', '3月' as branches: a work plan's periods, no risks' grouping)
    if pc is None:  # (a point only some siblings name: '风险点：…' under another depth)
        return None
    if not headed and (
        not tagged
        or pc == depths[0]
        or "\n" in title
        or (title and _holder_value(title) in ("person", "pair", "title"))
    ):
        return None  # (no branch above the points: a flow chart's boxes beside a holder's box)
    width = c1 + 1
    at = {role[c]: c for c in reversed(depths)}  # role → its column (the shallowest)
    for r0, c in sorted(labelled):
        if labelled[r0, c][0] not in at:
            at[labelled[r0, c][0]] = width  # a role only some siblings name: a column of its own
            width += 1
    out = [list(line) for line in rows]
    for r in body:
        out[r] = [""] * max(width, len(rows[r]))
    path: dict[int, tuple[int, str]] = {}  # depth → the node the row is under (its row, text)
    point_row = None
    for r in body:
        start = next(c for c, v in enumerate(rows[r]) if v)
        for c in depths:
            if c >= start:
                path[c] = (r, rows[r][c])
        if start <= pc:
            point_row = r if rows[r][pc] else None
        if point_row is None:
            continue  # a branch with no point under it: no row of the list
        for c in depths:
            if c >= pc:
                k, v = r, rows[r][c]
            elif r == point_row and c in path:
                k, v = path[c]  # (a node above the point, carried down to it)
            else:
                continue
            if not v:
                continue
            who, v = labelled.get((k, c), (role[c], v))
            dest = c if who == role[c] else at[who]
            cell = out[point_row][dest]
            out[point_row][dest] = f"{cell}\n{v}" if cell else v
    heading = {c: _MAP_WORDS[role[c]] for c in depths}
    heading.update({c: _MAP_WORDS[w] for w, c in at.items() if c > c1})
    header = None
    if headed:
        out[top] = [""] * max(width, len(rows[top]))
        for c, w in heading.items():
            out[top][c] = w
    else:
        header = ({c: heading_role(w) for c, w in heading.items()}, dict(heading), "")
    merges = [m for m in grid.merges or () if m not in within] if grid.merges else grid.merges
    seen = replace(grid, rows=out, merges=merges)
    return MindMap(seen, header, top, c0, title, [role[c] for c in depths])


# an Excel pivot table pasted as values (or saved as is) in its compact form: the field row's
# first cell '行标签' over ONE column in which every row field stands, one under another, each
# item on a row of its own with its subtotals ('局领导 | 3 | 1 |  | 4', '　局长 | 2 |  |  | 2'),
# the deepest the risk points ('　　　大额资金使用… |  | 1 |  | 1'), the columns a field's items
# ('一级 | 二级 | 三级 | 总计') under a corner naming the value ('计数项:廉政风险点 | 列标签')
_PIVOT_ROWS = LazyRe(r"^(?:行标签|Row\s*Labels)$", re.I)
_PIVOT_TOTAL = LazyRe(r"^(?:总计|Grand\s*Total)$", re.I)
_PIVOT_VALUE = LazyRe(r"^(?:计数项|求和项|Count\s+of|Sum\s+of)\s*[:：]?", re.I)
_PIVOT_COUNTED = LazyRe(r"^(?:计数项|Count\s+of)", re.I)
_PIVOT_CORNER = LazyRe(r"^(?:列标签|Column\s*Labels)$", re.I)
_PIVOT_SUBTOTAL = LazyRe(r"\S\s*(?:汇总|Total)$", re.I)  # (subtotals shown at a group's bottom)
_PIVOT_HOLDER = LazyRe(r"^(.+?)\s*[(（]([\u4e00-\u9fff·]{2,5})[)）]$")  # '股长（邝岷汧）'
_PIVOT_HEADS = {
    "department": ["科室"],
    "title": ["岗位"],
    "person": ["姓名"],
    "holder": ["岗位", "姓名"],
}
_PIVOT_ACROSS = {"risk_level": "风险等级", "risk_type": "风险类型"}


def pivot_field_row(grid) -> tuple[int, int] | None:
    """The cheap test: a '行标签' cell in the sheet's first 40 rows and 4 columns, with a
    '总计' or a value field ('计数项:…') to its right or in the corner row above: (row, column)."""
    for r, row in enumerate(grid.rows[:40]):
        for c, v in enumerate(row[:4]):
            if not v or v[0] not in "行Rr" or not _PIVOT_ROWS.match(v):
                continue  # (the cheap test first: '行标签' or 'Row Labels' opens so)
            beside = [x for x in row[c + 1 :] if x]
            above = [x for x in grid.rows[r - 1][c:] if x] if r else []
            if any(_PIVOT_TOTAL.match(x) or _PIVOT_VALUE.match(x) for x in beside) or any(
                _PIVOT_VALUE.match(x) for x in above
            ):
                return r, c
    return None


def _pivot_number(v: str) -> float | None:
    try:
        return float(v.replace(",", "")) if v else None
    except ValueError:
        return None


def _pivot_depths_by_totals(totals: list[float], deep: int) -> list[int] | None:
    """The depth of each row of a compact pivot of ``deep`` row fields told by its subtotals
    alone (a copy keeping no indent: .xls, .ods, a paste of the text): an item's rows under it
    add up to its total, the deepest rows are the points. None where they do not add up so."""
    depths: list[int] = []

    def node(i: int, d: int) -> int | None:  # (the row after item i's last row under it)
        depths.append(d)
        if d == deep - 1:
            return i + 1
        own, j, under = totals[i], i + 1, 0.0
        while under < own - 1e-9:
            if j >= len(totals):
                return None
            k = node(j, d + 1)
            if k is None:
                return None
            under, j = under + totals[j], k
        return j if abs(under - own) < 1e-9 else None

    i: int | None = 0
    while i is not None and i < len(totals):
        i = node(i, 0)
    return depths if i is not None else None


def _pivot_depths_by_indent(steps: list[int]) -> list[int] | None:
    """The depth of each row told by its cell's indent (Excel writes a field a step deeper than
    the one around it): the rank of its indent; None where a row goes more than a field deeper
    than the one above it or the first row is not the outermost."""
    ranks = {s: k for k, s in enumerate(sorted(set(steps)))}
    depths = [ranks[s] for s in steps]
    if len(ranks) < 2 or depths[0] != 0:
        return None
    if any(b > a + 1 for a, b in zip(depths, depths[1:], strict=False)):
        return None
    return depths


def _pivot_kind(text: str) -> str:
    """What an item of a row field names: 'holder' (a post and its holder in one item:
    '股长（邝岷汧）', '局长　邝翀峣'), 'title', 'person', 'department', or '' (a point, or else)."""
    if LEADERS_GROUP.match(text):
        return "department"  # ('院领导', '局领导': the leaders' group stands for their 科室)
    m = _PIVOT_HOLDER.match(text)
    if _post_and_name(text) or (m and is_post(m.group(1)) and not is_post(m.group(2))):
        return "holder"
    if is_post(text):
        return "title"
    if looks_like_name(text):
        return "person"
    if _dept_like(text):
        return "department"
    return ""


def _pivot_fields(texts: list[list[str]]) -> list[str] | None:
    """The role of each row field above the points, by what its items name (most of them):
    a field of short items right under the posts is their holders' (names the reader does not
    know), the outermost field of other words the 科室; None where a field names nothing known
    or two name the same."""
    roles: list[str] = []
    for d, every in enumerate(texts):
        items = [x for x in every if x not in _BLANK_ITEMS] or every  # ('(空白)': no one)
        kinds = [_pivot_kind(x) for x in items]
        best = max(("holder", "title", "person", "department"), key=kinds.count)
        if 2 * kinds.count(best) < len(kinds):
            best = ""
        if not best and roles and roles[-1] == "title" and all(2 <= len(x) <= 4 for x in items):
            best = "person"  # ('邝翀峣' under '局长', where the surname is not a common one)
        if not best and d == 0:
            best = "department"  # ('综合业务', '执法一中队': the outermost field, above the posts)
        if not best:
            return None
        roles.append(best)
    flat = [x for r in roles for x in (("title", "person") if r == "holder" else (r,))]
    return roles if len(flat) == len(set(flat)) else None


def compact_pivot(grid, config, indents: dict[int, int] | None = None) -> PivotList | None:
    """A pivot table in compact form (``pivot_field_row`` found its field row) read as the list
    it sums: one row a risk point (the deepest field's rows), its 科室, post and holder the items
    above it (told apart by the cells' ``indent``, steps by row, where the workbook keeps them,
    else by the subtotals), its level (or type) the column holding its count. The sheet is
    copied with the field row a heading ('廉政风险点 | 风险等级 | 科室 | 岗位 | 姓名'), each point
    row a row of the list and the item, subtotal and 总计 rows blank, the cells in their places
    (issues point at the sheet's own cells); None where it is no such list (a pivot of counts
    per 科室 or post, its leaves short labels or counted more than once or across columns, a
    count by level, items naming nothing known). The points alone, the one row field: a list
    of no 科室 (not paired as 科室 → point where every row counts 1)."""
    found = pivot_field_row(grid)
    if found is None:
        return None
    r, c = found
    head = grid.rows[r]
    above = grid.rows[r - 1] if r else []
    tc = next((k for k in range(c + 1, len(head)) if _PIVOT_TOTAL.match(head[k])), None)
    values = [k for k in range(c + 1, len(head)) if head[k] and _PIVOT_VALUE.match(head[k])]
    if tc is None and len(values) == 1:  # ('行标签 | 计数项:廉政风险点': no column field)
        tc, cols = values[0], []
    elif tc is None:
        return None
    else:
        cols = [k for k in range(c + 1, tc) if head[k]]
    counted = any(_PIVOT_COUNTED.match(x) for x in [*head, *above] if x)
    items = [head[k] for k in cols]
    named = [x for x in items if x not in _BLANK_ITEMS]
    if not named:
        across = ""
    elif all(config.level(x) for x in named):
        across = "risk_level"
    elif all(_full_type(x, config) or config.types(x)[0] and not config.types(x)[1] for x in named):
        across = "risk_type"
    else:
        return None  # (years, units, posts across: not what a point is)
    body: list[int] = []
    bottom: list[int] = []  # ('局领导 汇总': subtotals at a group's bottom)
    end = r + 1
    for k in range(r + 1, len(grid.rows)):
        label = grid.get(k, c).strip()
        end = k
        if not label or _PIVOT_TOTAL.match(label):
            break
        (bottom if _PIVOT_SUBTOTAL.search(label) else body).append(k)
    else:
        end = len(grid.rows)
    if len(body) < 3:
        return None
    totals = []
    for k in body:
        t = _pivot_number(grid.get(k, tc)) if tc is not None else None
        if t is None:
            t = sum(_pivot_number(grid.get(k, x)) or 0 for x in cols)
        totals.append(t)
    labels = [grid.get(k, c).strip() for k in body]
    kept = _pivot_depths_by_indent([indents.get(k, 0) for k in body]) if indents else None

    def twice(k: int, total: float) -> bool:  # (a point counted more than once, or across)
        return (counted and total != 1) or sum(1 for x in cols if _pivot_number(grid.get(k, x))) > 1

    def tallied(x: str) -> bool:  # (a level or a type: a summary of counts by level, no item)
        return bool(config.level(x)) or _full_type(x, config)

    def no_point(x: str) -> bool:  # (a post, a name, a 科室, a level, a short post-like label)
        s = "".join(x.split())
        return bool(_pivot_kind(x)) or tallied(x) or (len(s) <= 4 and not _reads_as_point(s))

    def tries() -> Iterator[list[int] | None]:
        yield kept  # (the indent first, where the workbook keeps it)
        # (else the subtotals, the deepest fields first; not where every row counts 1: an item
        # of 1 over one row of 1 is told from two points by nothing, a single field's rows)
        if all(t > 0 for t in totals) and not all(t == 1 for t in totals):
            yield from (_pivot_depths_by_totals(totals, deep) for deep in range(5, 1, -1))
        yield [0] * len(totals)  # (the points the only row field: no 科室, post or holder)

    fields = depths = None
    for ds in tries():
        if ds is None:
            continue
        deep = max(ds) + 1
        leaves = [(k, x, t) for k, x, d, t in zip(body, labels, ds, totals, strict=True)
                  if d == deep - 1]  # fmt: skip
        points = [x for _k, x, _t in leaves]
        if sum(1 for x in points if no_point(x)) * 2 > len(points):
            continue  # (the deepest field posts, names, 科室 or levels: counts per post, no list)
        many = sum(1 for k, x, t in leaves if x not in _BLANK_ITEMS and twice(k, t))
        if many >= 2 and many * 3 > len(points):
            continue  # (a point is counted once in one column: most counted more, a count table)
        outer = [[x for x, d in zip(labels, ds, strict=True) if d == e] for e in range(deep - 1)]
        if any(sum(1 for x in items if tallied(x)) * 2 > len(items) for items in outer):
            continue  # ('一级 | 2': a field of levels is no 科室, a count by level no list)
        fields = _pivot_fields(outer)
        if fields is not None:
            depths = ds
            break
    if fields is None or depths is None:
        return None
    by_indent = depths is kept
    # (the point stays in its own cell, the level beside it where the first item's count stands,
    # the holder's columns after them; no column field, a level column left blank: LEVEL_BLANK)
    heads = ["廉政风险点", _PIVOT_ACROSS[across or "risk_level"]]
    heads += [h for f in fields for h in _PIVOT_HEADS[f]] or ["科室"]  # (a list of 3 columns)
    rows = [list(line) for line in grid.rows]
    width = c + len(heads)

    def clear(k: int) -> list[str]:
        line = rows[k] + [""] * max(0, width - len(rows[k]))
        line[c:] = [""] * (len(line) - c)
        rows[k] = line
        return line

    if r and any(_PIVOT_VALUE.match(x) or _PIVOT_CORNER.match(x) for x in above if x):
        clear(r - 1)  # (the corner row: '计数项:廉政风险点 | 列标签')
    clear(r)[c:width] = heads
    held: dict[int, str] = {}
    said: list[tuple[int, int, str, str]] = []
    read: list[int] = []
    for k, label, d, total in zip(body, labels, depths, totals, strict=True):
        line = clear(k)
        if d < len(fields):
            held[d] = label
            for e in range(d + 1, len(fields)):
                held.pop(e, None)
            continue
        if label in _BLANK_ITEMS:
            continue
        got = {x: n for x in cols if (n := _pivot_number(grid.get(k, x)))}
        at = max(got, key=lambda x: got[x]) if got else None  # (the most, the first of equals)
        if twice(k, total):
            said.append((k, tc if tc is not None else c, label, f"{total:g}"))
        read.append(k)
        out = [label, head[at] if at is not None and head[at] not in _BLANK_ITEMS else ""]
        for e, f in enumerate(fields):
            v = held.get(e, "")
            out += _pivot_holder(v) if f == "holder" else [v]
        line[c:width] = out
    for k in bottom:
        clear(k)
    if end < len(rows) and _PIVOT_TOTAL.match(grid.get(end, c).strip()):
        clear(end)
    seen = replace(
        grid, rows=rows, merges=[m for m in grid.merges or () if m[2] < r - 1 or m[0] > end]
    )
    return PivotList(seen, r, c, by_indent, fields, across, items, said, read)


def _pivot_holder(text: str) -> list[str]:
    """The post and the holder an item names in one ('股长（邝岷汧）', '局长　邝翀峣')."""
    got = _post_and_name(text)
    if got:
        return list(got)
    m = _PIVOT_HOLDER.match(text)
    return [m.group(1).strip(), m.group(2)] if m else [text, ""]


# an Excel pivot table in its TABULAR form (以表格形式显示), pasted as values: every row field in a
# column of its own headed by the field's name ('风险等级 | 风险类别 | 股室 | 岗位 | 姓名 |
# 廉政风险点'), the value field last ('计数项:廉政风险点', 1 a row); an item's label written on
# the first row of its group only (not repeated: the cells under it blank for as long as it and
# every field left of it stay the same), '一级 汇总' rows closing a group and '总计' the table;
# in outline form an outer item on a row of its own above its group ('一级 | | … | 6')
_TABULAR_VALUE_FIRST = frozenset("计求CcSs")


@dataclass
class TabularPivot:
    """A tabular pivot read as the list it sums (``tabular_pivot``): the sheet rewritten."""

    grid: object  # a copy of the sheet: each blank label the one above, the subtotal rows blank
    row: int  # the field row
    col: int  # its first row field's column
    fields: list[str]  # the row fields' headings, outermost first
    filled: int  # the label cells filled from the row above
    closing: int  # the subtotal, group and total rows set aside
    missing: list[tuple[int, int]]  # blank label cells with no label above them in their group


def tabular_pivot(grid) -> TabularPivot | None:
    """A pivot table in tabular form read as the list it sums: a field row of two or more
    named row fields (no '行标签') and a value field ('计数项:…', '求和项:…') right of them, its
    body rows a count each; a blank row-field cell (and every blank cell left of the first
    filled one: labels are written once for their group) takes the label of the row above, a
    '… 汇总' row naming the group above it (or a '总计' row) closes the group and is left blank,
    as an outline form's group row is. None where no field row stands so, where no label was
    left unrepeated (a pivot repeating its labels reads as it stands), where no subtotal or
    total row closes a group, or where a subtotal names no group above it."""
    rows = grid.rows
    for r, row in enumerate(rows[:40]):
        v = next(
            (k for k, x in enumerate(row)
             if x and x[0] in _TABULAR_VALUE_FIRST and _PIVOT_VALUE.match(x)),
            None,
        )  # fmt: skip
        if v is None:
            continue
        c0 = next(k for k, x in enumerate(row) if x.strip())
        heads = [row[k].strip() for k in range(c0, v)]
        if len(heads) < 2 or not all(heads):
            continue
        if any(_PIVOT_ROWS.match(h) or _PIVOT_CORNER.match(h) for h in heads):
            continue  # (a compact pivot's '行标签', a column field's corner)
        return _tabular_body(grid, r, c0, v, heads)
    return None


def _tabular_body(grid, r: int, c0: int, v: int, heads: list[str]) -> TabularPivot | None:
    rows = grid.rows
    n = len(heads)
    out = [list(line) for line in rows]
    held: list[str | None] = [None] * n
    filled = closing = data = counted = 0
    pending: list[list[tuple[int, int]]] = [[] for _ in range(n)]  # (blank, nothing above yet)

    def clear(k: int) -> None:
        line = out[k] + [""] * max(0, v + 1 - len(out[k]))
        line[c0 : v + 1] = [""] * (v + 1 - c0)
        out[k] = line

    for k in range(r + 1, len(rows)):
        line = rows[k]
        cells = [line[c].strip() if c < len(line) else "" for c in range(c0, v)]
        value = line[v].strip() if v < len(line) else ""
        if not any(cells):
            if value:
                return None  # (a count with no label: not a pivot's body)
            break  # (the pivot ends at its first empty row)
        first = next(i for i, x in enumerate(cells) if x)
        label = cells[first]
        alone = not any(cells[first + 1 :])
        if alone and _PIVOT_TOTAL.match(label):
            clear(k)
            closing += 1
            break
        if alone and _PIVOT_SUBTOTAL.search(label):
            item = re.sub(r"\s*(?:汇总|Total)$", "", label, flags=re.I)
            if held[first] is None and pending[first]:
                for at in pending[first]:  # (the group's label left blank: its subtotal names it)
                    out[at[0]][at[1]] = item
                filled += len(pending[first])
                pending[first] = []
            elif held[first] != item:
                return None  # (a subtotal of no group above it: not a pivot)
            clear(k)
            closing += 1
            held[first:] = [None] * (n - first)
            continue
        if not cells[-1]:
            if not alone or first == n - 1:
                return None
            clear(k)  # (outline form: an outer item on a row of its own above its group)
            closing += 1
            held[first] = label
            held[first + 1 :] = [None] * (n - first - 1)
            continue
        data += 1
        counted += _pivot_number(value) is not None
        for i in range(first):
            if held[i]:
                out[k][c0 + i] = held[i]
                filled += 1
            else:
                pending[i].append((k, c0 + i))
        for i in range(first, n):
            held[i] = cells[i]
    if not filled or not closing or data < 2 or counted * 2 < data:
        return None
    missing = sorted(at for cells_of in pending for at in cells_of)
    seen = replace(grid, rows=out)
    return TabularPivot(seen, r, c0, heads, filled, closing, missing)
