"""The checks every batch's truth tests make, and the readers they look at a layout's sheets with,
in one place: they were copied from one tests/test_batchNN.py to the next.

A batch's test module keeps its test functions (their names, and its docstring with the scores,
are the batch's record); each test every batch has is one call with what is the batch's own, and
the batch's own tests read the sheets through the same object. A new batch copies
tests/test_batch96.py::

    BATCH = Batch(97, LAYOUTS, build, levels={**HML, **ROMAN})
    BY_NAME = BATCH.by_name

    def test_batch97_is_apart_from_the_earlier_batches():
        BATCH.is_apart(count=(8, 10), harder=HARDER, sees=94, places=PLACES)

    def test_batch97_truth_is_self_consistent():
        BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)

    def test_batch97_resaved_copies_carry_the_same_cells():
        BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED)

    def test_batch97_levels_and_types():
        BATCH.levels_and_types(untyped=UNTYPED, one_type=True)

    def test_batch97_holder_in_the_title():  # the batch's own
        rows = BATCH.filled(name, sheet)
        assert BATCH.by_heading(name, heads, level="等级") == BATCH.truth_rows(name)

    def test_ninety_seventh_batch_is_read(tmp_path):
        BATCH.is_read(tmp_path)

The checks assert what every batch so far keeps (names, sources and units no earlier batch used;
every truth value standing in its sheet; the scorer's keys unique …); their parameters say what a
batch keeps otherwise (its re-saved copies, its posts without a holder, its unlevelled or untyped
layouts …), and what a batch asserts beyond them stays in its module, after the call.
tests/test_shared_batch_checks.py feeds them broken layouts to show that they still fail.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from published.cells import built, cells, norm, squeezed_sources
from published.layouts import RESAVED as RESAVED_DIR
from published.layouts import TYPES, types_in

PUBLISHED = Path(__file__).resolve().parent
TIERS = ("leader", "middle", "general")
NOT_A_POINT = ("无", "/", "已整改", "√")  # a filled-in answer, never a risk point
FIELDS = ("department", "title", "person")


@functools.cache
def _batches_here() -> frozenset[str]:
    return frozenset(p.stem for p in PUBLISHED.glob("batch*.py"))


def earlier_modules(number: int) -> list[str]:
    """The published modules of the batches before ``number`` that are here (a batch built at
    the same time as another may not see it): layouts, heldout, batch3 …"""
    here = _batches_here()
    return ["layouts", "heldout"] + [f"batch{n}" for n in range(3, number) if f"batch{n}" in here]


@functools.cache
def _layouts_of(module: str) -> list[dict]:
    return importlib.import_module(f"published.{module}").LAYOUTS


def resaved_files(prefix: str, names: Iterable[str], exts=("xls", "ods")) -> set[str]:
    """The inbox names of the re-saved copies of ``names`` (each kept in every one of ``exts``)."""
    return {f"{prefix}{name}.{ext}" for name in names for ext in exts}


def same_cells(sheets: dict[str, set[str]], dates: bool = False) -> dict[str, set[str]]:
    """A number is a number however the format stores it (``1.0`` in .xlsx, ``1`` in .xls); with
    ``dates``, a date is a date (``1979-03-0100:00:00`` in .xlsx, ``1979-03-01`` in .ods)."""
    out = {}
    for n, cs in sheets.items():
        cs = {re.sub(r"^(\d+)\.0$", r"\1", c) for c in cs}
        if dates:
            cs = {re.sub(r"^(\d{4}-\d\d-\d\d)00:00:00$", r"\1", c) for c in cs}
        out[n] = cs
    return out


def _bounds(value, what: str, count) -> None:
    """``count`` is a number, or (at least, at most) with either end None."""
    lo, hi = (count, count) if isinstance(count, int) else count
    assert (lo is None or value >= lo) and (hi is None or value <= hi), (what, value, count)


class Batch:
    """One batch's layouts (``LAYOUTS``, ``build`` of tests/published/batchNN.py): the readers its
    tests look at the sheets with, and the checks every batch makes.

    ``levels`` maps the batch's level words to 1–3 (for ``by_heading``); ``padded`` False reads
    rows as they were written, not padded to the widest (the older modules compare whole rows)."""

    def __init__(self, number: int, layouts: list[dict], build, *, levels=None, padded=True):
        self.number, self.layouts, self.build = number, layouts, build
        self.by_name = {lay["name"]: lay for lay in layouts}
        self.levels = levels or {}
        self.padded = padded

    # ----------------------------------------------------------------- readers of the layouts

    def points(self, name, sheet=None) -> list[dict]:
        """The truth's points of a layout (of one sheet's forms)."""
        forms = self.by_name[name]["truth"]
        return [r for f in forms if sheet in (None, f["sheet"]) for r in f["risks"]]

    def truth_rows(self, name, sheet=None) -> list[tuple]:
        """(科室, 岗位, 姓名, 风险点, 级别) of every point, in the truth's order."""
        return [(f["department"], f["title"], f["person"], r["risk_point"], r["level"])
                for f in self.by_name[name]["truth"] if sheet in (None, f["sheet"])
                for r in f["risks"]]  # fmt: skip

    def post_rows(self, name, sheet=None) -> list[tuple]:
        """(科室, 岗位, 姓名) of every point, in the truth's order."""
        return [(f["department"], f["title"], f["person"]) for f in self.by_name[name]["truth"]
                if sheet in (None, f["sheet"]) for _ in f["risks"]]  # fmt: skip

    def sheet(self, name, sheet=0) -> dict:
        """A layout's sheet, by its place or its tab's name."""
        sheets = self.by_name[name]["sheets"]
        if isinstance(sheet, str):
            return next(s for s in sheets if s["name"] == sheet)
        return sheets[sheet]

    def filled(self, name, sheet=0) -> list[list]:
        """Every row (padded to the widest, if the batch reads so) with its merged-away cells
        filled from the top-left cell of the merge."""
        sh = self.sheet(name, sheet)
        width = max((len(row) for row in sh["rows"]), default=0) if self.padded else 0
        rows = [list(row) + [None] * (width - len(row)) for row in sh["rows"]]
        for r0, c0, r1, c1 in sh["merges"]:
            for r in range(r0, r1 + 1):
                rows[r].extend([None] * (c1 + 1 - len(rows[r])))
                for c in range(c0, c1 + 1):
                    rows[r][c] = rows[r0][c0]
        return rows

    def rows(self, name, sheet=0) -> list[list]:
        """The sheet's non-empty rows (spacer rows are written as [])."""
        return [row for row in self.sheet(name, sheet)["rows"] if any(c is not None for c in row)]

    def numbered(self, name, sheet=0, col=0) -> list[list]:
        """Table rows: those whose ``col`` cell is the running number (merges not filled)."""
        return [
            row for row in self.rows(name, sheet) if len(row) > col and isinstance(row[col], int)
        ]

    def table(self, name, sheet=0, col=0) -> list[list]:
        """The table's rows (merged cells filled): those whose ``col`` holds a running number."""
        rows = self.filled(name, sheet)
        return [row for row in rows if len(row) > col and isinstance(row[col], int)]

    def heading(self, name, sheet=0, first="序号") -> list:
        """The first row (as written) whose first cell is ``first``."""
        return next(row for row in self.sheet(name, sheet)["rows"] if row and row[0] == first)

    def holders(self, name) -> set[str]:
        """The holders the truth names in a layout."""
        return {f["person"] for f in self.by_name[name]["truth"]}

    def form(self, name, sheet=None) -> dict:
        """The layout's one form (on ``sheet``)."""
        forms = [f for f in self.by_name[name]["truth"] if sheet in (None, f["sheet"])]
        assert len(forms) == 1, (name, sheet)
        return forms[0]

    def answers(self, name, sheet=None) -> dict[str, tuple]:
        """The truth by point: risk_point -> (department, title, person, level, types)."""
        return {r["risk_point"]: (f["department"], f["title"], f["person"], r["level"], r["types"])
                for f in self.by_name[name]["truth"] if sheet in (None, f["sheet"])
                for r in f["risks"]}  # fmt: skip

    def check(self, name, table, point, holder, level, sheet=None, types=None) -> None:
        """The table's rows are the truth's points, row by row: ``point`` the column of the point,
        ``holder(row)`` the (department, title, person) the row names, ``level(row)`` its level,
        ``types`` the column of its types (else none)."""
        answers = self.answers(name, sheet)
        assert sorted(row[point] for row in table) == sorted(answers), name
        for row in table:
            dept, title, person, lv, typ = answers[row[point]]
            assert holder(row) == (dept, title, person), row
            assert level(row) == lv, row
            assert typ == (types_in(row[types]) if types is not None else []), row

    def merged(self, name, sheet, r, c0, c1) -> bool:
        """Whether one merge holds columns ``c0``–``c1`` of row ``r``."""
        merges = self.sheet(name, sheet)["merges"]
        return any(m[0] <= r <= m[2] and m[1] <= c0 and c1 <= m[3] for m in merges)

    def under(self, name, sheet, head, skip=(), stop=("注",), first_col=0) -> list[list]:
        """The filled rows under the heading ``head`` (the cells from ``first_col``, as wide as the
        heading), read on under a repeated heading, down to the first row that is no risk row: a
        blank row, a review label (``…意见``, ``…:``) or a line opening with one of ``stop``;
        rows whose first cell is in ``skip`` (a section line) are passed over."""
        out, inside = [], False
        for row in self.filled(name, sheet):
            part = row[first_col : first_col + len(head)]
            part += [None] * (len(head) - len(part))
            if tuple(part) == tuple(head):
                inside = True
                continue
            first = str(part[0]) if part[0] is not None else ""
            if first in skip:
                continue
            if not any(c not in (None, "") for c in part) or first.endswith(("意见", ":")):
                inside = False
            if first.startswith(stop):
                inside = False
            if inside:
                out.append(part)
        return out

    def points_under(self, name, sheet, head, levels, level_heads=("风险级别", "风险等级")):
        """The filled rows under the heading ``head`` whose level cell (headed one of
        ``level_heads``) is a level word of ``levels``, and every other non-empty row under it."""
        rows = self.filled(name, sheet)
        at = next(r for r, row in enumerate(rows) if tuple(row[: len(head)]) == tuple(head))
        level = head.index(next(h for h in head if h in level_heads))
        points, others = [], []
        for row in rows[at + 1 :]:
            part = (list(row) + [None] * len(head))[: len(head)]
            if part[level] in levels:
                points.append(part)
            elif any(c not in (None, "") for c in part):
                others.append(part)
        return points, others

    def files_of_units(self) -> dict[str, list[str]]:
        """Each unit's layouts (files); every layout is of one unit."""
        units = {}
        for lay in self.layouts:
            assert len({f["unit"] for f in lay["truth"]}) == 1, lay["name"]
            units.setdefault(lay["truth"][0]["unit"], []).append(lay["name"])
        return units

    def per_person_sheets(self) -> set[str]:
        """The layouts of several forms on several sheets (one sheet a person)."""
        return {
            lay["name"]
            for lay in self.layouts
            if len(lay["truth"]) > 1 and len({f["sheet"] for f in lay["truth"]}) > 1
        }

    def header(self, name, sheet=0, first="序号") -> int:
        """The index of the header row: the first whose first cell is ``first``."""
        rows = self.sheet(name, sheet)["rows"]
        return next(r for r, row in enumerate(rows) if row and row[0] == first)

    def by_heading(
        self,
        name,
        heads,
        sheet=0,
        level="风险等级",
        fixed=None,
        *,
        head=None,
        first="序号",
        end=None,
        skip=(),
        post=None,
        person=None,
    ) -> list[tuple]:
        """The rows under the header whose ``level`` column holds a level, as (科室, 岗位, 姓名,
        风险点, 级别) read by the headings ``heads`` names (dept, post, person, point; a field
        missing from ``heads`` reads ``fixed`` or ""). ``head`` is the header row if not the one
        ``first`` opens, ``end`` where the table stops, ``skip`` the 序号 of rows left out;
        ``post`` and ``person`` turn the cell as typed into the post or the holder."""
        rows = self.filled(name, sheet)
        head = self.header(name, sheet, first) if head is None else head
        fixed = fixed or {}
        at = {h: rows[head].index(h) for h in [*heads.values(), level]}
        out = []
        for row in rows[head + 1 : end]:
            if row[at[level]] not in self.levels or (skip and row[0] in skip):
                continue
            get = [
                row[at[heads[f]]] if f in heads else fixed.get(f, "")
                for f in ("dept", "post", "person", "point")
            ]
            if post:
                get[1] = post(get[1])
            if person:
                get[2] = person(get[2])
            out.append((*get, self.levels[row[at[level]]]))
        return out

    def types_by(
        self, name, column, sheet=0, level="风险等级", *, head=None, first="序号"
    ) -> list[list[str]]:
        """The types named in ``column`` of every row under the header whose ``level`` cell holds
        a level; ``head`` is the header row if not the one ``first`` opens (as in ``by_heading``)."""
        rows = self.filled(name, sheet)
        head = self.header(name, sheet, first) if head is None else head
        at, lv = rows[head].index(column), rows[head].index(level)
        return [types_in(row[at]) for row in rows[head + 1 :] if row[lv] in self.levels]

    # ------------------------------------------------------------------------- the checks

    def earlier(self, but: Iterable[int] = ()) -> list[dict]:
        """The layouts of every earlier batch here (but the batches ``but`` names)."""
        skip = {f"batch{n}" for n in but}
        return [
            lay
            for mod in earlier_modules(self.number)
            if mod not in skip
            for lay in _layouts_of(mod)
        ]

    def earlier_units(self) -> set[str]:
        """The units of every earlier batch here."""
        return {f["unit"] for lay in self.earlier() for f in lay["truth"]}

    def is_apart(
        self,
        *,
        count,
        harder=frozenset(),
        max_harder=1,
        sees=None,
        shares_sources_with=(),
        one_unit_each=True,
        new_units=True,
        unit_words=(),
        places=None,
        new_people=False,
    ) -> None:
        """The batch is new. Its layout names and sources are unique and in no earlier batch; each
        source is an http(s) address cited in no other module of tests/, the batch's own tests
        included (scheme and www./m./backend. left off; quotes and line breaks taken out of the
        text, so an address split over two lines is found too). It has ``count`` layouts (a
        number or (at least, at most)); the ``harder`` ones (at most ``max_harder``) and only
        they say so. ``sees``: batch3 … batch<sees - 1> must be here (every batch before this
        one by default; a batch built beside others sees fewer). ``shares_sources_with``:
        batches built at the same time from the same pages, left out of the source checks.
        ``one_unit_each``: as many units as layouts; ``new_units``: none an earlier batch's;
        ``unit_words``: words no earlier unit holds; ``places``: one place name a layout (in
        order), in its unit and in no earlier unit; ``new_people``: no holder an earlier batch
        names."""
        modules = earlier_modules(self.number)
        assert f"batch{self.number}" not in modules
        assert {f"batch{n}" for n in range(3, sees or self.number)} <= set(modules)
        earlier = self.earlier()
        names = [lay["name"] for lay in self.layouts]
        assert len(set(names)) == len(names), f"a layout name twice: {names}"
        _bounds(len(names), "layouts", count)
        again = set(names) & {lay["name"] for lay in earlier}
        assert not again, f"layout names of earlier batches: {sorted(again)}"
        sources = [lay["source"] for lay in self.layouts]
        assert len(set(sources)) == len(sources), f"a source cited twice: {sources}"
        assert all(s.startswith(("http://", "https://")) for s in sources), sources
        others = self.earlier(but=shares_sources_with)
        again = set(sources) & {lay["source"] for lay in others}
        assert not again, f"sources of earlier batches: {sorted(again)}"
        # the batch's own tests cite none either
        texts = squeezed_sources({f"batch{n}.py" for n in (self.number, *shares_sources_with)})
        for source in sources:
            bare = re.sub(r"^https?://(www\.|m\.|backend\.)?", "", source)
            # (the whole address: a longer one it begins is another page)
            cited = re.compile(re.escape(bare) + r"(?![\w%./-])")
            # (a plain substring test first: the pattern only where the address stands at all)
            assert not any(bare in text and cited.search(text) for text in texts), (
                f"cited elsewhere: {source}"
            )
        units = {f["unit"] for lay in self.layouts for f in lay["truth"]}
        earlier_units = self.earlier_units()
        if one_unit_each:
            assert len(units) == len(self.layouts), units
        if new_units:
            assert not units & earlier_units, units & earlier_units
        for word in unit_words:
            assert not any(word in u for u in earlier_units), word
        if places is not None:
            for lay, place in zip(self.layouts, places, strict=True):
                assert {f["unit"] for f in lay["truth"]} == {next(u for u in units if place in u)}
                assert not any(place in u for u in earlier_units), place
        if new_people:
            people = {f["person"] for lay in self.layouts for f in lay["truth"]} - {""}
            assert not people & {f["person"] for lay in earlier for f in lay["truth"]}
        harder = set(harder)
        assert harder <= set(names) and len(harder) <= max_harder, harder
        for lay in self.layouts:
            assert lay["what"].startswith("(harder)") == (lay["name"] in harder), lay["name"]

    def inbox(self) -> Path:
        """The batch built (once a session)."""
        return built(self.build)

    def truth(self) -> tuple[Path, dict]:
        """The built inbox and its truth.json."""
        inbox = self.inbox()
        return inbox, json.loads((inbox / "truth.json").read_text(encoding="utf-8"))

    def truth_is_self_consistent(
        self,
        *,
        copies: Iterable[str] = (),
        points=(3, 10),
        nobody: Iterable[str] | None = None,
        personal=False,
        some_nobody: Iterable[str] = (),
        known_by=("title",),
        tier_none=False,
        tier_by_post=False,
        untitled: Iterable[str] | None = None,
        unlevelled: Iterable[str] = (),
        blank_levels: Iterable[str] = (),
        one_unit=True,
        unit_in="sheet",
        fields_in="sheet",
        unnamed: Callable[[dict, str], bool] | None = None,
        whole_fields=False,
        points_in: Callable[[dict, dict], set] | None = None,
        whole_points=True,
        each: Callable[[dict, set, dict], None] | None = None,
    ) -> dict:
        """The truth agrees with itself and with the built files; returns truth.json.

        Always: the inbox holds truth.json, ``<layout>.xlsx`` for every layout and the re-saved
        ``copies`` (file names), and the truth names each of them. Each layout's name is
        [a-z0-9_]+, its source an http(s) address, its points ``points`` (a number or (at least,
        at most)), its unit one (unless ``one_unit`` is False), its forms different in sheet,
        科室, post or holder. Each form's sheet is in its file; its unit stands in its sheet
        (``unit_in`` "file": in a sheet of its file; None: not looked for); its 科室, post and
        holder inside a cell of the sheet (``fields_in`` "file": of a sheet of its file;
        ``whole_fields``: as a whole cell; ``unnamed(form, field)`` true: elsewhere, as in the
        tab's name); its tier leader/middle/general (``tier_none``: or None; ``tier_by_post``: a
        tier exactly when it names a post); its holder without spaces or brackets, and a form
        with no holder known by the fields ``known_by``. Each point is a whole cell of the form's
        sheet (``points_in(form, cells by sheet)``: of those cells; ``whole_points`` False: inside
        one) and no filled-in answer (无, /, √); its level 1–3 (None in the ``unlevelled``
        layouts, 1–3 or None in the ``blank_levels`` ones); its types known ones, in their order;
        (file, holder, point), the scorer's key, unique.

        ``nobody``: the layouts whose forms name no holder, throughout; ``some_nobody``: those
        where some do; every other layout names all its holders. ``personal``: every form names
        its holder, one form a holder in a file. ``untitled``: the layouts with forms naming no
        post, those forms without a tier. ``each(form, cells of its sheet, cells by sheet)``
        asserts what a batch adds for every form."""
        inbox, truth = self.truth()
        names = [lay["name"] for lay in self.layouts]
        files = {f"{name}.xlsx" for name in names} | set(copies)
        assert {f["file"] for f in truth["forms"]} == files
        assert {p.name for p in inbox.iterdir() if p.name != "truth.json"} == files
        assert {lay["name"] for lay in truth["layouts"]} == set(names)
        for lay in self.layouts:
            assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
            assert lay["source"].startswith(("http://", "https://")), lay["name"]
            _bounds(sum(len(f["risks"]) for f in lay["truth"]), lay["name"], points)
            if one_unit:
                assert len({f["unit"] for f in lay["truth"]}) == 1, lay["name"]
            tabs = {s["name"] for s in lay["sheets"]}
            forms = [(f["sheet"], f["department"], f["title"], f["person"]) for f in lay["truth"]]
            assert len(set(forms)) == len(forms), lay["name"]
            assert all(f["sheet"] in tabs and f["unit"] for f in lay["truth"]), lay["name"]
        unlevelled, blank_levels = set(unlevelled), set(blank_levels)
        tier_none = tier_none or tier_by_post or untitled is not None
        keys, seen = set(), {}
        for f in truth["forms"]:
            sheets = seen.setdefault(f["file"], cells(inbox / f["file"]))
            assert f["sheet"] in sheets, (f["file"], f["sheet"])
            here = sheets[f["sheet"]]
            book = set().union(*sheets.values())
            if unit_in:
                where = here if unit_in == "sheet" else book
                assert any(norm(f["unit"]) in c for c in where), (f["file"], "unit")
            where = here if fields_in == "sheet" else book
            for field in FIELDS:
                value = norm(f[field])
                named = value in where if whole_fields else any(value in c for c in where)
                elsewhere = unnamed is not None and unnamed(f, field)
                assert not value or named or elsewhere, (f["file"], field, f[field])
            assert f["tier"] in TIERS or (tier_none and f["tier"] is None), (f["file"], f["tier"])
            if tier_by_post:
                assert (f["tier"] is None) == (not f["title"]), f  # a post has a tier, no post none
            if untitled is not None and not f["title"]:
                assert f["tier"] is None, f  # no post, no tier
            assert f["person"] == norm(f["person"]), f["person"]  # no spaces, NFKC
            assert not any(b in f["person"] for b in "()（）"), f["person"]
            if not f["person"]:
                assert all(f[field] for field in known_by), (f["file"], known_by)
            assert f["risks"], f["file"]
            within = here if points_in is None else points_in(f, sheets)
            for r in f["risks"]:
                point = norm(r["risk_point"])
                if whole_points:
                    assert point in within, ("not a cell of its sheet", f["file"], r)
                else:
                    assert any(point in c for c in within), ("in no cell", f["file"], r)
                assert r["risk_point"] not in NOT_A_POINT, (f["file"], r)
                if f["layout"] in unlevelled:
                    allowed = (None,)
                else:
                    allowed = (1, 2, 3, None) if f["layout"] in blank_levels else (1, 2, 3)
                assert r["level"] in allowed, (f["file"], r)
                assert set(r["types"]) <= set(TYPES), (f["file"], r)
                assert r["types"] == types_in("".join(r["types"])), (f["file"], r)
                key = (f["file"], norm(f["person"]), norm(r["risk_point"]))
                assert key not in keys, key  # the scorer keys points by these
                keys.add(key)
            if each is not None:
                each(f, here, sheets)
        if personal:  # one form a holder in a file, every form with its holder
            nobody = () if nobody is None else nobody
            for file in {f["file"] for f in truth["forms"]}:
                people = [f["person"] for f in truth["forms"] if f["file"] == file]
                assert len(set(people)) == len(people), file
        if untitled is not None:
            assert {f["layout"] for f in truth["forms"] if not f["title"]} == set(untitled)
        if nobody is not None:
            nameless = {f["layout"] for f in truth["forms"] if not f["person"]}
            assert nameless == set(nobody) | set(some_nobody), nameless
            for name in nobody:  # 对岗不对人 throughout
                assert not any(f["person"] for f in self.by_name[name]["truth"]), name
        return truth

    def resaved_copies_carry_the_same_cells(self, prefix, resaved, *, at_least=4, dates=False):
        """Each kept layout (at least ``at_least`` of them, all the batch's) is in resaved/ as .xls
        AND .ods, and LibreOffice kept every cell (a number as a number; with ``dates``, a date as
        a date); resaved/ keeps no other copy of the batch's."""
        inbox = self.inbox()
        for name in resaved:
            original = cells(inbox / f"{name}.xlsx")
            for ext in ("xls", "ods"):
                path = RESAVED_DIR / f"{prefix}{name}.{ext}"
                assert path.is_file(), path
                assert same_cells(cells(path), dates) == same_cells(original, dates), (name, ext)
        assert len(resaved) >= at_least and set(resaved) <= set(self.by_name)
        kept = {p.name for p in RESAVED_DIR.glob(f"{prefix}*")}
        assert kept == resaved_files(prefix, resaved)

    def levels_and_types(
        self,
        *,
        typed=None,
        untyped=None,
        one_type=False,
        min_levels=2,
        unlevelled=frozenset(),
        skip_levels=frozenset(),
        skip_types=frozenset(),
    ) -> None:
        """Every layout grades its points 1–3 with at least ``min_levels`` of them (3: its whole
        scale), but the ``unlevelled`` ones, which grade none; the typed layouts (``typed``, or
        all but ``untyped``) type every point (``one_type``: with one type each), the others
        none. ``skip_levels``, ``skip_types``: layouts whose levels or types the batch checks
        itself."""
        assert (typed is None) != (untyped is None), "typed or untyped"
        typed = set(typed) if typed is not None else set(self.by_name) - set(untyped)
        assert typed <= set(self.by_name), typed - set(self.by_name)
        for name in self.by_name:
            levels = {r["level"] for r in self.points(name)}
            if name in unlevelled:
                assert levels == {None}, name
            elif name not in skip_levels:
                assert levels <= {1, 2, 3} and len(levels) >= min_levels, (name, levels)
            types = [r["types"] for r in self.points(name)]
            if name in skip_types:
                continue
            if name in typed:
                assert all(len(t) == 1 for t in types) if one_type else all(types), name
            else:
                assert not any(types), name

    def is_read(self, tmp_path) -> dict:
        """The reader reads the batch to the bars score.py sets for unseen layouts."""
        from published.score import read_to_the_bars

        return read_to_the_bars(self.build, tmp_path)
