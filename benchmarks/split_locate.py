"""Split the one-module reader ``xlproc/locate.py`` into modules named for what they do.

The reader grew to one module of ≈20,000 lines, most of it one class ``_Locator``. This script
does the split mechanically, so that it can be redone on a newer ``locate.py`` (one that gained
or changed methods on another branch) instead of being redone by hand:

* every module-level statement (regexes, constants, helper functions, the dataclasses, ``_Sheet``,
  ``_Table`` …) goes to ``xlproc/locate_base.py``, in its order, with the comments and blank lines
  before it, except those that need ``_Locator`` (``locate_forms`` …) and the public functions
  (and then the helpers) that only such code uses: those stay in ``xlproc/locate.py``;
* each method of ``_Locator`` goes to the mixin module whose NAME RULES (``RULES`` below, first
  match wins) match its name, else to ``DEFAULT``; a method that names something defined in
  ``locate.py`` itself (``_Locator``) stays in the class there, as do ``__init__`` and ``run``;
* ``xlproc/locate.py`` keeps the public entry points and ``class _Locator(<the mixins>)``, and
  re-exports every name that code or tests of the repository take from ``xlproc.locate``
  (found by scanning ``xlproc``, ``tests`` and ``benchmarks``: ``from xlproc.locate import …``,
  ``locate.X`` after ``from xlproc import locate``, and ``"xlproc.locate.X"`` strings);
* each module imports exactly the names its code uses (from ``locate_base``, or from where
  ``locate.py`` imported them); ``ruff check --select I,F401 --fix`` and ``ruff format`` then
  settle the import blocks (the copied code is left as it was: it was formatted already).

Source text is copied line for line (comments, blank lines and ``# fmt: skip`` markers kept), so
a method's text in its new module is the text it had in ``locate.py``.

Rerun on a newer ``locate.py`` (the one-module form, e.g. ``git show dev:xlproc/locate.py``)::

    git show dev:xlproc/locate.py > /tmp/locate_unsplit.py
    python benchmarks/split_locate.py --src /tmp/locate_unsplit.py --out xlproc

``--src`` defaults to ``xlproc/locate.py`` (refused once it is the split form). Check with
``python benchmarks/split_locate.py --list`` which module each method goes to.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASE = "locate_base"
PACKAGE = "xlproc"

# (module, mixin class, docstring of the module, name rules): a method goes to the first module
# one of whose rules (a regular expression matched against the WHOLE method name) matches it.
# Explicit names come before the patterns of a later module that would also take them.
RULES: list[tuple[str, str, str, list[str]]] = [
    (
        "locate_preamble",
        "_Preamble",
        "What lies around a risk table and makes a form of it: titles, captions and section\n"
        "lines, the fields and labels above a table (who fills it, whose it is, the staff lines),\n"
        "the tail below it (review boxes, sign-off lines, stamps, pledges, notes), and the\n"
        "assembling of a form (``_form``) or of a list's forms (``_list_forms``) from them.",
        [
            r"_sign\w*",
            r"_signed_by",
            r"_block_signer",
            r"_info_pairs",
            r"_labelled_values",
            r"_self_named",
            r"_addressed",
            r"_own_line",
            r"_filled_by",
            r"_stamp\w*",
            r"_pledge_\w+",
            r"_paragraph",
            r"_tail",
            r"_maybe_tail",
            r"_staff_lines",
            r"_posts_by_tier",
            r"_post_labels",
            r"_title_like",
            r"_duty_line",
            r"_tier",
            r"_form",
            r"_list_forms",
            r"_section",
            r"_group_of_posts",
            r"_group_row",
            r"_captioned_unit",
            r"_caption_names",
            r"_caption_year",
            r"_sheet_dept_of_title",
            r"_numbered_caption",
            r"_outside",
            r"_other_table",
            r"_precedes_header",
            r"_header_follows",
            r"_note_goes_on",
            r"_fields_group",
            r"_pairs_group",
            r"_rows_resume",
            r"_unit_above",
        ],
    ),
    (
        "locate_levels",
        "_Levels",
        "Levels and types not written in a column of their own: read from a legend or note on\n"
        "the sheet (``_legend`` …), from codes and marks a legend defines, from a configured\n"
        "scale, from tags and clauses in the point's cell, from factor scores (likelihood ×\n"
        "impact, LEC products), from a risk map printed on the sheet, from a rank or the tab.",
        [
            r"_legend\w*",
            r"_read_legend_levels",
            r"_level_said_column",
            r"_level_named",
            r"_values_defined",
            r"_key_pairs",
            r"_level_codes",
            r"_type_codes",
            r"_type_level_codes",
            r"_code_keys",
            r"_code_parts",
            r"_prefixed_codes",
            r"_sheet_type",
            r"_sheet_level",
            r"_marked_points",
            r"_type_marked_points",
            r"_scale",
            r"_level_scale",
            r"_type_tags",
            r"_type_initials",
            r"_clauses_said",
            r"_factor_\w+",
            r"_matrix_level",
            r"_level_scores",
            r"_scores_said",
            r"_scored_level",
            r"_printed_level_grid",
            r"_level_grid_head",
            r"_risk_map\w*",
            r"_map_\w+",
            r"_levels_by_\w+",
            r"_level_sections",
            r"_numbered_points",
            r"_glossary",
            r"_footnoted_points",
            r"_embedded",
            r"_level_heading",
        ],
    ),
    (
        "locate_cross",
        "_Cross",
        "Tables not laid out as a list of rows: tables on their side (``_transposed``), matrices of\n"
        "posts by risks, cross tables of type or level by holder, bands of points or holders\n"
        "across, type × level grids of ticks, point groups and columns a post or part each.",
        [
            r"_transposed",
            r"_band_\w+",
            r"_said_\w+",
            r"_matrix\w*",
            r"_point_groups?",
            r"_point_group_forms",
            r"_post_form",
            r"_type_run",
            r"_caption_says_points",
            r"_type_caption",
            r"_level_tagged",
            r"_holder_heads",
            r"_heads_above",
            r"_label_row",
            r"_pairs",
            r"_grid_(?!holders$|roster$)\w+",
            r"_type_rows_grid",
            r"_type_level_\w+",
            r"_level_type_grid",
            r"_ticks_beside_level",
            r"_names_row_under",
            r"_holder_bands",
            r"_stage_groups",
            r"_across",
            r"_per_column",
            r"_named_columns",
            r"_mark_columns",
            r"_next_group",
            r"_kinds_ticked",
        ],
    ),
    (
        "locate_cards",
        "_Cards",
        "Sheets of cards and records rather than one list: point cards, records of label lines\n"
        "(and long key | field | value exports), labelled boxes, panels and side titles beside a\n"
        "table, and the holder a card names in a text box, a page footer, a comment or the lines\n"
        "above it. (A table printed in halves, ``_halves``, and tables side by side, ``_split``,\n"
        "read a part of the sheet with a ``_Locator`` of its own: they stay in ``locate.py``.)",
        [
            r"_point_cards",
            r"_records",
            r"_numbers_lines",
            r"_long_heading",
            r"_record_holders",
            r"_labelled_points",
            r"_half\w*",
            r"_panel_levels",
            r"_split",
            r"_side_title",
            r"_side_panel",
            r"_right_panel",
            r"_card_above",
            r"_boxed_holder",
            r"_footer_holder",
            r"_holders_in_comments",
            r"_open_span",
            r"_holders_named",
            r"_crew_above",
            r"_holder_line",
            r"_own_fields",
        ],
    ),
    (
        "locate_header",
        "_Headers",
        "Finding header rows and settling what each column holds: ``_header_rows`` and the\n"
        "headers kept, repeated or extended up; guessed headers and columns read by their\n"
        "contents; ``_classify`` (each column's role from its heading and cells) and the\n"
        "column-level readings it asks for (a point's cells that also give its measures, how it\n"
        "shows or its name; score ticks; votes; lanes; columns spanning several roles).",
        [
            r"_header\w*",
            r"_keep",
            r"_per_holder",
            r"_holder_between",
            r"_overtyped_copy",
            r"_holder_headings",
            r"_bracket_holders",
            r"_guessed\w*",
            r"_\w+_point_column",
            r"_aimed_points",
            r"_required_points",
            r"_parted_said",
            r"_quoted_points",
            r"_level_headers",
            r"_points_headed_by_levels",
            r"_levels_under",
            r"_criteria_\w+",
            r"_continued_header",
            r"_same_below",
            r"_data_below",
            r"_level_column",
            r"_unnamed_text_column",
            r"_held_over",
            r"_latest_sub_column",
            r"_extend_up",
            r"_starts_with_field",
            r"_numbered_like_points",
            r"_unheaded_measures",
            r"_classify",
            r"_point_measures_swapped",
            r"_finer_keshi",
            r"_one_level",
            r"_one_type",
            r"_current_point",
            r"_posts_with_levels",
            r"_point_holders",
            r"_point_posts",
            r"_types_under",
            r"_score_\w+",
            r"_point_measures",
            r"_name_then_text",
            r"_point_then_measures",
            r"_point_dash",
            r"_point_colon",
            r"_point_tag",
            r"_level_grid",
            r"_measure_kinds",
            r"_level_votes",
            r"_voted_level",
            r"_not_integrity",
            r"_foreign_header",
            r"_holder_heading_rows",
            r"_lane_heading_rows",
            r"_helper_marks",
            r"_identity_spans",
            r"_spanning",
            r"_answer_column",
            r"_own_cols",
            r"_left_labels",
            r"_split_by",
            r"_point_and_measures",
            r"_bullets_unclear",
            r"_counts_only",
        ],
    ),
    (
        "locate_holders",
        "_Holders",
        "Who holds which post, read from elsewhere than a holder column of the row itself:\n"
        "rosters and tables of holders above, beside or below a list (by post, by point\n"
        "numbers, by codes, by groups, by stages and windows, by staffing grids), charts and\n"
        "swim lanes, change logs and successors, holders chained, listed or bracketed in\n"
        "a cell, and runs or blocks of rows that share one holder.",
        [
            r"_holders?_\w+",
            r"_roster_\w+",
            r"_post_holders\w*",
            r"_point_holders_\w+",
            r"_chart_roster",
            r"_grid_holders",
            r"_grid_roster",
            r"_code_table_head",
            r"_code_rows",
            r"_coded_posts",
            r"_posts_by_\w+",
            r"_prefix_code_rows",
            r"_staffing_grid",
            r"_stage_\w+",
            r"_change_log_head",
            r"_changes",
            r"_specific_holders",
            r"_tree_by_parent_codes",
            r"_lane_\w+",
            r"_stacked_holders",
            r"_post_over_name",
            r"_side_tables",
            r"_numbers_grid",
            r"_chained_holders",
            r"_posts_listed_in_cell",
            r"_boxed_posts",
            r"_cell_fields",
            r"_shared_by_\w+",
            r"_successors",
            r"_names_successors",
            r"_caretakers",
            r"_moves_items",
            r"_moved_by_note",
            r"_named_once",
            r"_written_out",
            r"_handed_over",
            r"_hold_run",
            r"_close_run",
            r"_centred_blocks",
            r"_footed_blocks",
            r"_names_person",
            r"_remarks",
        ],
    ),
]
# every method no rule takes: the risk rows under a header (``_table``) and its per-row helpers
DEFAULT = (
    "locate_body",
    "_Body",
    "The risk rows under a header: ``_table`` and the per-row helpers it asks (is a row data,\n"
    "a group line, the rest of the row above, a cross-reference, one of several points in a\n"
    "cell, its measures keyed by number …). Also every ``_Locator`` method no name rule of\n"
    "``benchmarks/split_locate.py`` assigns elsewhere.",
)
# methods that stay in ``_Locator`` in locate.py whatever their name
KEEP_METHODS = {"__init__", "run"}

HEADER_NOTE = """
The reader is split into modules named for what they do (by ``benchmarks/split_locate.py``,
which is rerun rather than edited by hand): ``locate_base`` holds the sheet model (``_Sheet``,
``_Table``, ``RawRisk``, ``RawForm``, ``SheetResult`` …) and the module-level regexes, constants
and helpers; the mixins
{mixins}
hold the methods of ``_Locator`` by family; this module
keeps the entry points and ``_Locator`` itself (``__init__``, ``run``) and re-exports the names
other code takes from ``xlproc.locate``.
"""


# names taken before any pattern of RULES (methods added after the first split, by family)
FIRST: dict[str, list[str]] = {
    "locate_cards": [r"_card_tiles", r"_card_blocks", r"_card_forms"],
    "locate_levels": [
        r"_control_tiers",
        r"_tier_level",
        r"_counts?_\w+",
        r"_level_order_noted",
        r"_level_counts",
        r"_counted_level",
        r"_beside_map",
        r"_weighted_\w+",
        r"_weights_row\w*",
    ],
    "locate_holders": [
        r"_level_holders",
        r"_level_tiers",
        r"_names_of_points",
        r"_staff_number_rows",
        r"_range_roster_rows",
        r"_permission_grid_of",
        r"_posts_across_outlets",
    ],
    "locate_header": [r"_own_template", r"_type_headed_points", r"_point_within"],
    "locate_preamble": [r"_small_table_head"],
}


def _rule_of(name: str) -> tuple[str, str, str]:
    for module, cls, doc, _pats in RULES:
        if any(re.fullmatch(p, name) for p in FIRST.get(module, ())):
            return module, cls, doc
    for module, cls, doc, pats in RULES:
        if any(re.fullmatch(p, name) for p in pats):
            return module, cls, doc
    return DEFAULT


def _names_in(node: ast.AST) -> set[str]:
    """Every bare name the code of ``node`` reads or binds (its free names among them)."""
    out = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            out.add(n.id)
    return out


def _defined(node: ast.stmt) -> set[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    out = set()
    targets = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        targets = [node.target]
    for t in targets:
        for n in ast.walk(t):
            if isinstance(n, ast.Name):
                out.add(n.id)
    return out


def _start(node: ast.stmt) -> int:
    decos = getattr(node, "decorator_list", None)
    return min([d.lineno for d in decos] + [node.lineno]) if decos else node.lineno


def _segments(nodes: list[ast.stmt], first: int) -> list[tuple[ast.stmt, int, int]]:
    """(node, first line, last line), 1-based: each node with the comments and blank lines
    between it and the node before (the first from line ``first``)."""
    out = []
    lo = first
    for n in nodes:
        assert _start(n) >= lo
        out.append((n, lo, n.end_lineno))
        lo = n.end_lineno + 1
    return out


def _import_bindings(stmts: list[ast.stmt], in_checking: bool = False) -> dict:
    """name → (kind, module, original name, only under TYPE_CHECKING) of locate.py's imports."""
    out: dict[str, tuple] = {}
    for s in stmts:
        if isinstance(s, ast.Import):
            for a in s.names:
                name = a.asname or a.name.split(".")[0]
                out.setdefault(name, ("import", a.name, a.asname, in_checking))
        elif isinstance(s, ast.ImportFrom):
            assert s.level == 0, "relative import in locate.py"
            for a in s.names:
                if a.name == "annotations" and s.module == "__future__":
                    continue
                out.setdefault(a.asname or a.name, ("from", s.module, a.name, in_checking))
        elif isinstance(s, ast.If):
            for k, v in _import_bindings(s.body, True).items():
                out.setdefault(k, v)
    return out


def _import_lines(wanted: dict[str, tuple], reexport: set[str] = frozenset()) -> list[str]:
    """Import statements for ``wanted`` (name → binding); ``reexport``: as ``X as X``."""
    runtime: dict[str, list[str]] = {}
    checking: dict[str, list[str]] = {}
    plain: list[str] = []
    for name, (kind, module, orig, only_checking) in sorted(wanted.items()):
        if kind == "import":
            line = f"import {module}" + (f" as {orig}" if orig else "")
            plain.append(line)
            continue
        alias = name if (orig != name or name in reexport) else None
        text = f"{orig} as {alias}" if alias else orig
        (checking if only_checking else runtime).setdefault(module, []).append(text)
    lines = ["from __future__ import annotations", ""]
    lines += sorted(set(plain))
    for module, names in sorted(runtime.items()):
        lines.append(f"from {module} import {', '.join(names)}")
    if checking:
        lines += ["", "if TYPE_CHECKING:"]
        for module, names in sorted(checking.items()):
            lines.append(f"    from {module} import {', '.join(names)}")
    return lines


def _external_names(repo: Path, skip: set[Path]) -> set[str]:
    """Names code and tests of the repository take from ``xlproc.locate``."""
    out: set[str] = set()
    files = []
    for sub in ("xlproc", "tests", "benchmarks"):
        files += sorted((repo / sub).rglob("*.py"))
    for path in files:
        if (
            path.resolve() in skip
            or re.fullmatch(r"locate(_\w+)?\.py", path.name)
            and (path.parent.name == PACKAGE)
        ):
            continue
        text = path.read_text("utf-8")
        if "locate" not in text:
            continue
        out.update(re.findall(r"xlproc\.locate\.(\w+)", text))
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        aliases = set()
        for n in ast.walk(tree):
            if isinstance(n, ast.ImportFrom) and n.module == "xlproc.locate":
                out.update(a.name for a in n.names)
            elif isinstance(n, ast.ImportFrom) and n.module == "xlproc":
                aliases.update(a.asname or a.name for a in n.names if a.name == "locate")
            elif isinstance(n, ast.Import):
                aliases.update(a.asname for a in n.names if a.name == "xlproc.locate" and a.asname)
        if aliases:
            for n in ast.walk(tree):
                if (
                    isinstance(n, ast.Attribute)
                    and isinstance(n.value, ast.Name)
                    and n.value.id in aliases
                ):
                    out.add(n.attr)
    return out


def split(src_path: Path, out_dir: Path, repo: Path, listing: bool = False) -> dict[str, str]:
    text = src_path.read_text("utf-8")
    lines = text.splitlines(keepends=True)
    tree = ast.parse(text)
    body = tree.body
    doc_node = body[0]
    assert isinstance(doc_node, ast.Expr) and isinstance(doc_node.value, ast.Constant)
    # the import section: imports and ``if TYPE_CHECKING:`` before the first other statement
    i = 1
    while i < len(body) and (
        isinstance(body[i], (ast.Import, ast.ImportFrom))
        or isinstance(body[i], ast.If)
        and ast.unparse(body[i].test) == "TYPE_CHECKING"
    ):
        i += 1
    imports = _import_bindings(body[1:i])
    stmts = _segments(body[i:], body[i - 1].end_lineno + 1)
    loc = [s for s in stmts if isinstance(s[0], ast.ClassDef) and s[0].name == "_Locator"]
    if len(loc) != 1:
        sys.exit("no one class _Locator at module level")
    cls = loc[0][0]
    if cls.bases:
        sys.exit(f"{src_path}: _Locator has bases already: this is the split form, not the source")

    defined_by = {}  # name → index of the statement binding it (the last)
    for k, (n, _, _) in enumerate(stmts):
        for name in _defined(n):
            defined_by[name] = k
    refs = [_names_in(n) for n, _, _ in stmts]

    # methods
    members = cls.body
    first = members[0]
    has_doc = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    head_end = first.end_lineno if has_doc else cls.lineno
    for m in members[1 if has_doc else 0 :]:
        if not isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)):
            sys.exit(f"line {m.lineno}: _Locator holds a statement other than a method")
    methods = _segments(members[1 if has_doc else 0 :], head_end + 1)
    mrefs = [_names_in(m) for m, _, _ in methods]
    names = [m.name for m, _, _ in methods]
    if len(set(names)) != len(names):
        sys.exit("a method of _Locator is defined twice: its second would win; fix that first")
    if any(re.fullmatch(r"__\w+(?<!__)", n) for n in names) or re.search(
        r"\bself\.__[a-z]\w*(?<!__)\b", text
    ):
        sys.exit("a name-mangled (__x) attribute: it would be mangled by the mixin's name")
    if any(isinstance(n, ast.Global) for n in ast.walk(tree)):
        # a module global rebound by a function would be rebound in one module only
        sys.exit("a 'global' statement: a name rebound at run time cannot be split safely")
    if "".join(lines[body[-1].end_lineno :]).strip():
        sys.exit("text after the last statement: say where it goes first")

    # statements staying in locate.py: what needs _Locator, then the public functions and
    # classes (and then helpers) only code staying there uses
    local = {stmts.index(loc[0])}
    changed = True
    while changed:
        changed = False
        local_names = {x for k in local for x in _defined(stmts[k][0])}
        for k in range(len(stmts)):
            if k not in local and refs[k] & local_names:
                local.add(k)
                changed = True
    users: dict[int, set] = {k: set() for k in range(len(stmts))}
    for k in range(len(stmts)):
        for name in refs[k]:
            j = defined_by.get(name)
            if j is not None and j != k:
                users[j].add(("s", k))
    for mi in range(len(methods)):
        for name in mrefs[mi]:
            j = defined_by.get(name)
            if j is not None:
                users[j].add(("m", mi))
    external = _external_names(repo, {out_dir.resolve() / "locate.py"})
    # a method naming something that stays in locate.py (``_Locator``) stays in _Locator there;
    # a public function, or a helper, whose every user stays there, stays there too
    while True:
        local_names = {x for k in local for x in _defined(stmts[k][0])}
        stays = {
            mi for mi in range(len(methods)) if names[mi] in KEEP_METHODS or mrefs[mi] & local_names
        }
        grown = False
        for k, (n, _, _) in enumerate(stmts):
            if k in local or isinstance(n, ast.ClassDef):
                continue  # classes (the sheet model, the dataclasses) go to the base
            public_def = isinstance(n, ast.FunctionDef) and not n.name.startswith("_")
            if not users[k] and not public_def:
                continue  # no code here uses it (tests may): the base
            if all(
                (kind == "s" and j in local) or (kind == "m" and j in stays) for kind, j in users[k]
            ):
                local.add(k)
                grown = True
        if not grown:
            break

    # modules of the methods
    assign: dict[str, list[int]] = {}
    info: dict[str, tuple[str, str]] = {}
    kept = []
    for mi, name in enumerate(names):
        if mi in stays:
            kept.append(mi)
            continue
        module, mcls, mdoc = _rule_of(name)
        assign.setdefault(module, []).append(mi)
        info[module] = (mcls, mdoc)
    order = [r[0] for r in RULES if r[0] in assign] + ([DEFAULT[0]] if DEFAULT[0] in assign else [])
    if listing:
        for module in order:
            print(f"{module} ({info[module][0]}): {len(assign[module])} methods")
            print("   ", " ".join(names[mi] for mi in assign[module]))
        print("locate (_Locator):", " ".join(names[mi] for mi in kept))
        print("locate, module level:", " ".join(sorted(local_names)))
        return {}

    base_names = {x for k in range(len(stmts)) if k not in local for x in _defined(stmts[k][0])}
    builtin = set(dir(builtins))

    def wanted_for(used: set[str], own: set[str], from_base: bool) -> dict[str, tuple]:
        out = {}
        for name in used - own:
            if from_base and name in base_names:
                out[name] = ("from", f"{PACKAGE}.{BASE}", name, False)
            elif name in imports:
                out[name] = imports[name]
            elif name in base_names or name in local_names:
                raise SystemExit(f"{name}: needed where it cannot be imported from")
            elif name not in builtin:
                pass  # a local name of some function
        if any(b[3] for b in out.values()):
            out["TYPE_CHECKING"] = ("from", "typing", "TYPE_CHECKING", False)
        return out

    def text_of(lo: int, hi: int) -> str:
        return "".join(lines[lo - 1 : hi])

    files: dict[str, str] = {}
    doc_text = text_of(1, doc_node.end_lineno)

    # the base module
    base_body = [k for k in range(len(stmts)) if k not in local]
    used = set().union(*(refs[k] for k in base_body))
    base_doc = (
        '"""The sheet model and the module-level helpers of the reader (``xlproc.locate``).\n\n'
        "``_Sheet`` (a sheet's cells as text, merges, rows' kinds), ``_Table`` (one header and\n"
        "its columns' roles), ``RawRisk``, ``RawForm``, ``SheetResult``, ``PointHolder`` …, the\n"
        "regexes and constants naming what headings, labels and cells say, and the helper\n"
        "functions on cell texts that the mixins of ``_Locator`` (``locate_*.py``) and\n"
        "``locate.py`` use. Split out of ``locate.py`` by ``benchmarks/split_locate.py``: the\n"
        "statements are in their order there; rerun the script rather than edit the split by\n"
        'hand while other branches still change the one-module form.\n"""\n'
    )
    parts = [base_doc, "\n"]
    parts += [s + "\n" for s in _import_lines(wanted_for(used, base_names, False))]
    for k in base_body:
        _, lo, hi = stmts[k]
        parts.append(text_of(lo, hi))
    files[f"{BASE}.py"] = "".join(parts)

    # the mixins
    for module in order:
        mcls, mdoc = info[module]
        mis = assign[module]
        used = set().union(*(mrefs[mi] for mi in mis))
        parts = [
            f'"""{mdoc}\n\nA mixin of ``xlproc.locate._Locator``; split out of ``locate.py``',
            " by\n``benchmarks/split_locate.py`` (its name rules decide what goes here).\n",
            '"""\n\n',
        ]
        parts += [s + "\n" for s in _import_lines(wanted_for(used, set(), True))]
        parts.append(f"\n\nclass {mcls}:\n")
        parts.append(
            '    """Methods of ``_Locator`` (``xlproc.locate``): see the module\'s docstring."""\n'
        )
        for mi in mis:
            m, lo, hi = methods[mi]
            seg = text_of(lo, hi)
            if not seg.startswith("\n"):
                seg = "\n" + seg
            parts.append(seg)
        files[f"{module}.py"] = "".join(parts)

    # locate.py
    mixins = [info[m][0] for m in order]
    listed = ", ".join(f"``{m}``" for m in order)
    note = HEADER_NOTE.format(mixins=textwrap.fill(listed, 96, break_on_hyphens=False))
    doc = doc_text.rstrip()
    assert doc.endswith('"""')
    doc = doc[:-3].rstrip("\n") + "\n" + note + '"""\n'
    used = set().union(*(refs[k] for k in local)) | set().union(*(mrefs[mi] for mi in kept))
    reexport = {n for n in external if n in base_names or (n in imports and n not in local_names)}
    wanted = wanted_for(used | reexport, local_names, True)
    parts = [doc, "\n"]
    parts += [s + "\n" for s in _import_lines(wanted, reexport)]
    for module in order:
        parts.append(f"from {PACKAGE}.{module} import {info[module][0]}\n")
    for k in sorted(local):
        n, lo, hi = stmts[k]
        if n is cls:
            head = text_of(lo, cls.lineno - 1)
            parts.append(head)
            parts.append(f"class _Locator({', '.join(mixins)}):\n")
            parts.append(text_of(cls.lineno + 1, head_end))
            for mi in kept:
                m, mlo, mhi = methods[mi]
                parts.append(text_of(mlo, mhi))
            tail = text_of(cls.end_lineno + 1, hi)
            parts.append(tail)
        else:
            parts.append(text_of(lo, hi))
    files["locate.py"] = "".join(parts)
    if cls.lineno != cls.body[0].lineno - 1 and not has_doc:
        raise SystemExit("unexpected class header layout")
    if lines[cls.lineno - 1].strip() != "class _Locator:":
        raise SystemExit("the class line of _Locator is not 'class _Locator:'")
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / PACKAGE / "locate.py")
    ap.add_argument("--out", type=Path, default=REPO / PACKAGE)
    ap.add_argument("--repo", type=Path, default=REPO, help="scanned for uses of xlproc.locate")
    ap.add_argument("--list", action="store_true", help="only say which module each method goes")
    args = ap.parse_args()
    files = split(args.src, args.out, args.repo, args.list)
    if args.list:
        return
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("locate_*.py"):
        if old.name not in files:
            old.unlink()
    paths = []
    for name, body in files.items():
        path = args.out / name
        path.write_text(body, "utf-8")
        paths.append(str(path))
    ruff = shutil.which("ruff")
    if not ruff:
        sys.exit("ruff not found: the imports are unsorted and unformatted")
    cfg = ["--config", str(REPO / "pyproject.toml")]
    subprocess.run(
        [ruff, "check", *cfg, "--select", "I,F401", "--fix", "--quiet", *paths], check=False
    )
    subprocess.run([ruff, "format", *cfg, "--quiet", *paths], check=True)
    for p in paths:
        print(f"{sum(1 for _ in open(p, encoding='utf-8')):6} {p}")


if __name__ == "__main__":
    main()
