"""The thirty-fourth batch of published layouts (tests/published/batch34.py): nine tables whose
cells hold two things at once — a 法院 ``风险点及等级`` with the level in brackets after the point,
a 法院 清单 with a ``风险编号`` column and the type in brackets after the point and its holder in
责任部门/责任岗位/责任人 columns, a 公安分局 ``防控措施及责任人`` naming the holder, a 派出所 whose type
and level share one ``风险类别及等级`` cell, a 司法局 whose level is a ``【一级】`` tag at the start of
the point, a 司法局 with the 责任领导/责任科室/责任人 triple, a 供电公司 ``风险点（风险类型）`` 对岗不对人,
a 农商银行 with ``风险编号`` ``FX-01`` and ``岗位及人员`` ``出纳：薛文亮`` — and one harder: a 农商银行
支行 whose ``防控措施及责任人`` names the 支行行长/会计主管 (watchers, holders of their own rows) beside
``岗位及人员`` and ``风险点及等级`` ``…【高】`` (``python tests/published/score.py --set batch34``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at f548e66: forms 0.439 (18/41), recall 0.333 (21/63),
precision 0.636 (21/33), levels 0.714 (15/21), types 0.714 (15/21), noise 0; with --strict the
same (forms 0.439, 18/41: every form found has its 科室 and post right). Missed:

- ``court_point_level_brackets`` forms 0/6, points 0/9 (FILE_NO_FORM): the heading
  ``风险点及等级`` (E2) is read by its tail word as the LEVEL column (``heading_role`` →
  risk_level, word 等级), so the header row has no risk-text column and is no header; the
  whole sheet is dropped. Had it been read, the points would still carry ``（高）``/``(低)``;
- ``bank_branch_measure_owner_watches`` forms 0/5, points 0/8 (FILE_NO_FORM): the same —
  ``风险点及等级`` (C3) → risk_level; besides, ``岗位及人员`` (B3) and ``防控措施及责任人`` (E3) both
  head as person (tail 人员/责任人), so nothing names a risk text;
- ``justice_level_tag_in_point`` forms 0/4, points 0/7 (FILE_NO_FORM): ``label_key`` drops the
  brackets of ``廉政风险点（注明等级）`` (E2) to ``廉政风险点注明等级``, whose tail 等级 makes it the
  level column; no risk-text column, no header. (The ``【一级】`` tags at the start of the points
  would need stripping and reading as the level too);
- ``power_type_after_point`` forms 0/4, points 0/6 (FILE_NO_FORM): ``风险点（风险类型）`` (D2) keys
  to ``风险点风险类型`` → risk_type; no risk-text column, no header;
- ``court_numbered_type_suffix`` points 0/6, precision 0/6, types 0/6 unscored: the table is
  read (forms 4/4, holders from 责任部门/责任岗位/责任人 right, levels 一级→Ⅰ级 right) but every
  point keeps its type in brackets (``违规批准缓交、减交、免交诉讼费（岗位职责风险）``) and
  risk_type is empty (TABLE_NO_TYPE); the bracketed type after the point is neither cut off
  nor read as the type;
- ``police_measures_name_holder`` forms 1/5, points 1/7, precision 1/7: ``防控措施及责任人`` (F2)
  heads as person (tail 责任人); its contents are sentences, so it is guessed ``其他``
  (COLUMN_GUESSED) and dropped — the measures are lost (7 MEASURES_BLANK warnings) and the
  ``责任人：熊国栋`` at the end of each cell names no holder: every post gets person "", so only
  the 户籍窗口 (``责任人：窗口当班民警``, truth person "") matches;
- ``police_type_level_cell`` levels 0/6, types 0/6: ``风险类别及等级`` (E2) heads as level, but
  its cells ``岗位职责/中``, ``思想道德、外部环境/高`` are no level words, so it is guessed ``其他``
  and dropped (COLUMN_GUESSED): 6 LEVEL_BLANK errors, TABLE_NO_TYPE; points and forms right.

Read right: ``岗位及人员`` ``出纳：薛文亮`` split into post and holder (either colon) beside a
``风险编号`` ``FX-01`` column (no point, no noise), Ⅰ级/Ⅱ级/Ⅲ级; a ``风险编号`` ``LA-01`` column and
the 责任部门/责任岗位/责任人 columns naming 科室, post and holder; the 责任领导/责任科室/责任人 triple
(责任领导 a watcher, 责任科室 the 科室, 责任人 the holder, no post); the 派出所 named in the title
after the 分局 as the 科室.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a heading qualified in brackets is that heading, '风险点(注明等级)'; two roles
joined by 及/和/与 head one column holding the first, '风险点及等级', '风险类别及等级', '防控措施及责任人';
a level in brackets at either end of a point, a type after it, a level after the types and a
holder at the end of the measures are read where their own cell is empty; 银行/支行/庭 in titles):
1.00 on every metric, strict too.
"""

import json
import re
from pathlib import Path

from published.batch3 import LAYOUTS as THIRD_BATCH
from published.batch4 import LAYOUTS as FOURTH_BATCH
from published.batch5 import LAYOUTS as FIFTH_BATCH
from published.batch6 import LAYOUTS as SIXTH_BATCH
from published.batch7 import LAYOUTS as SEVENTH_BATCH
from published.batch8 import LAYOUTS as EIGHTH_BATCH
from published.batch9 import LAYOUTS as NINTH_BATCH
from published.batch10 import LAYOUTS as TENTH_BATCH
from published.batch11 import LAYOUTS as ELEVENTH_BATCH
from published.batch12 import LAYOUTS as TWELFTH_BATCH
from published.batch13 import LAYOUTS as THIRTEENTH_BATCH
from published.batch14 import LAYOUTS as FOURTEENTH_BATCH
from published.batch15 import LAYOUTS as FIFTEENTH_BATCH
from published.batch16 import LAYOUTS as SIXTEENTH_BATCH
from published.batch17 import LAYOUTS as SEVENTEENTH_BATCH
from published.batch18 import LAYOUTS as EIGHTEENTH_BATCH
from published.batch19 import LAYOUTS as NINETEENTH_BATCH
from published.batch20 import LAYOUTS as TWENTIETH_BATCH
from published.batch21 import LAYOUTS as TWENTY_FIRST_BATCH
from published.batch22 import LAYOUTS as TWENTY_SECOND_BATCH
from published.batch23 import LAYOUTS as TWENTY_THIRD_BATCH
from published.batch24 import LAYOUTS as TWENTY_FOURTH_BATCH
from published.batch25 import LAYOUTS as TWENTY_FIFTH_BATCH
from published.batch26 import LAYOUTS as TWENTY_SIXTH_BATCH
from published.batch27 import LAYOUTS as TWENTY_SEVENTH_BATCH
from published.batch28 import LAYOUTS as TWENTY_EIGHTH_BATCH
from published.batch29 import LAYOUTS as TWENTY_NINTH_BATCH
from published.batch30 import LAYOUTS as THIRTIETH_BATCH
from published.batch31 import LAYOUTS as THIRTY_FIRST_BATCH
from published.batch32 import LAYOUTS as THIRTY_SECOND_BATCH
from published.batch34 import LAYOUTS, ORDINAL, ROMAN, build
from published.cells import built, squeezed_sources
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import HML, types_in
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
TESTS = Path(__file__).parent
PUBLISHED = TESTS / "published"
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"bank_branch_measure_owner_watches"}
TYPED = {
    "bank_branch_measure_owner_watches",
    "court_numbered_type_suffix",
    "police_type_level_cell",
    "justice_level_tag_in_point",
    "power_type_after_point",
}
EARLIER = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
           + SEVENTH_BATCH + EIGHTH_BATCH + NINTH_BATCH + TENTH_BATCH + ELEVENTH_BATCH
           + TWELFTH_BATCH + THIRTEENTH_BATCH + FOURTEENTH_BATCH + FIFTEENTH_BATCH
           + SIXTEENTH_BATCH + SEVENTEENTH_BATCH + EIGHTEENTH_BATCH + NINETEENTH_BATCH
           + TWENTIETH_BATCH + TWENTY_FIRST_BATCH + TWENTY_SECOND_BATCH + TWENTY_THIRD_BATCH
           + TWENTY_FOURTH_BATCH + TWENTY_FIFTH_BATCH + TWENTY_SIXTH_BATCH
           + TWENTY_SEVENTH_BATCH + TWENTY_EIGHTH_BATCH + TWENTY_NINTH_BATCH + THIRTIETH_BATCH
           + THIRTY_FIRST_BATCH + THIRTY_SECOND_BATCH)  # fmt: skip
HEADS = ("序号", "风险编号")


def _points(name, person=None):
    return [r for f in BY_NAME[name]["truth"] if person in (None, f["person"]) for r in f["risks"]]


def _sheet(name, sheet=0):
    return BY_NAME[name]["sheets"][sheet]


def _filled(name, sheet=0):
    """Every row with its merged-away cells filled from the top-left cell of the merge."""
    sh = _sheet(name, sheet)
    rows = [list(row) for row in sh["rows"]]
    for r0, c0, r1, c1 in sh["merges"]:
        for r in range(r0, r1 + 1):
            rows[r].extend([None] * (c1 + 1 - len(rows[r])))
            for c in range(c0, c1 + 1):
                rows[r][c] = rows[r0][c0]
    return rows


def _heading(name, sheet=0):
    return next(row for row in _sheet(name, sheet)["rows"] if row and row[0] in HEADS)


def _table(name, sheet=0):
    """The table's rows (merged cells filled): those under the heading whose first cell is a
    running number or a risk code (``FX-01``, ``LA-01``)."""
    return [row for row in _filled(name, sheet) if row and row[0] is not None
            and re.fullmatch(r"\d+|[A-Z]{2}-\d{2}", str(row[0]))]  # fmt: skip


def _truth_rows(name):
    return [(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]
            for _ in f["risks"]]  # fmt: skip


def _risks(name):
    return [r["risk_point"] for r in _points(name)]


def test_batch34_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) == 9 and len(set(names)) == len(names)
    assert not set(names) & {lay["name"] for lay in EARLIER}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert all(s.startswith(("http://", "https://")) for s in sources)
    assert not set(sources) & {lay["source"] for lay in EARLIER}
    # nor cited anywhere else: another batch's file, a test module
    texts = squeezed_sources({"batch34.py", "test_batch34.py"})
    for source in sources:
        assert not any(source in text for text in texts), source
    assert HARDER <= set(names) and len(HARDER) <= 1
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch34_truth_is_self_consistent():
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in truth["forms"]} == {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    assert {lay["name"] for lay in truth["layouts"]} == set(BY_NAME)
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 10, lay["name"]
    keys = set()
    cells = {}
    for f in truth["forms"]:
        assert (inbox / f["file"]).is_file(), f["file"]
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        assert any(_norm(f["unit"]) in c for c in here), (f["file"], "unit")
        for field in ("department", "title", "person"):
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert f["person"] == re.sub(r"\s+", "", f["person"]), f["person"]
        if not f["person"]:
            assert f["title"], f["file"]  # a post without a named holder is known by its post
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert any(_norm(r["risk_point"]) in c for c in here), (f["file"], r)
            # the truth's point is the text without the level, type or code written into it
            assert not re.search(r"[（(【\[].*[）)】\]]$", r["risk_point"]), r["risk_point"]
            assert not re.search(r"[高中低]$|[一二三]级|[A-Z]{2}-\d", r["risk_point"]), r
            assert not any(t in r["risk_point"] for t in TYPES), r["risk_point"]
            assert r["level"] in (1, 2, 3)
            assert set(r["types"]) <= set(TYPES)
            key = (f["file"], _norm(f["person"]), _norm(r["risk_point"]))
            assert key not in keys, key  # the scorer keys points by these
            keys.add(key)
    nobody = {(f["layout"], f["title"]) for f in truth["forms"] if not f["person"]}
    power = {("power_type_after_point", f["title"])
             for f in BY_NAME["power_type_after_point"]["truth"]}  # fmt: skip
    assert nobody == power | {("police_measures_name_holder", "户籍窗口")}


def test_batch34_levels_and_types():
    for name in BY_NAME:
        levels = {r["level"] for r in _points(name)}
        assert levels <= {1, 2, 3} and len(levels) >= 2, name
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in TYPED else not any(types), name


def test_batch34_level_in_brackets_after_the_point():
    name = "court_point_level_brackets"
    assert _heading(name)[4] == "风险点及等级"
    table = _table(name)
    tails = [re.search(r"[（(][高中低][）)]$", row[4]).group() for row in table]
    assert {"（高）", "（中）", "(中)", "(低)"} <= set(tails)
    assert [row[4].removesuffix(tail) for row, tail in zip(table, tails, strict=True)] == _risks(
        name
    )
    assert [HML[tail[1]] for tail in tails] == [r["level"] for r in _points(name)]
    assert [(row[1], row[2], row[3]) for row in table] == _truth_rows(name)


def test_batch34_code_column_and_type_after_the_point():
    name = "court_numbered_type_suffix"
    head = _heading(name)
    assert head[0] == "风险编号" and head[-3:] == ["责任部门", "责任岗位", "责任人"]
    table = _table(name)
    assert all(re.fullmatch(r"[A-Z]{2}-\d{2}", row[0]) for row in table)
    tails = [re.search(r"（[^（]+风险）$", row[2]).group() for row in table]
    assert [row[2].removesuffix(tail) for row, tail in zip(table, tails, strict=True)] == _risks(
        name
    )
    assert [types_in(tail) for tail in tails] == [r["types"] for r in _points(name)]
    assert [ORDINAL[row[3]] for row in table] == [r["level"] for r in _points(name)]
    assert [(row[5], row[6], row[7]) for row in table] == _truth_rows(name)


def test_batch34_measures_cell_names_the_holder():
    name = "police_measures_name_holder"
    head = _heading(name)
    assert head[-1] == "防控措施及责任人" and "姓名" not in head
    table = _table(name)
    owners = [re.search(r"\n责任人：(.+)$", row[5]).group(1) for row in table]
    assert "窗口当班民警" in owners
    holders = ["" if o == "窗口当班民警" else o for o in owners]
    assert [(row[1], row[2], who) for row, who in zip(table, holders, strict=True)] == _truth_rows(
        name
    )
    assert [row[3] for row in table] == _risks(name)
    assert [HML[row[4]] for row in table] == [r["level"] for r in _points(name)]


def test_batch34_type_and_level_in_one_cell():
    name = "police_type_level_cell"
    assert _heading(name)[4] == "风险类别及等级"
    table = _table(name)
    parts = [row[4].split("/") for row in table]
    assert any("、" in typ for typ, _ in parts)
    assert [types_in(typ) for typ, _ in parts] == [r["types"] for r in _points(name)]
    assert [HML[lv] for _, lv in parts] == [r["level"] for r in _points(name)]
    forms = BY_NAME[name]["truth"]
    title = _sheet(name)["rows"][0][0]
    assert title.startswith(forms[0]["unit"] + "江北派出所")
    assert [("江北派出所", row[1], row[2]) for row in table] == _truth_rows(name)


def test_batch34_level_tag_at_the_start_of_the_point():
    name = "justice_level_tag_in_point"
    head = _heading(name)
    assert head[4] == "廉政风险点（注明等级）" and not any("等级" in h for h in head[5:])
    table = _table(name)
    tags = [re.match(r"【([一二三]级)】", row[4]).group() for row in table]
    assert [row[4].removeprefix(tag) for row, tag in zip(table, tags, strict=True)] == _risks(name)
    assert [ORDINAL[tag[1:-1]] for tag in tags] == [r["level"] for r in _points(name)]
    assert [types_in(row[5]) for row in table] == [r["types"] for r in _points(name)]
    assert [(row[1], row[2], row[3]) for row in table] == _truth_rows(name)


def test_batch34_leader_office_holder_triple():
    name = "justice_leader_office_holder"
    head = _heading(name)
    assert head[-3:] == ["责任领导", "责任科室", "责任人"] and "岗位" not in "".join(head)
    table = _table(name)
    assert [(row[6], "", row[7]) for row in table] == _truth_rows(name)
    forms = BY_NAME[name]["truth"]
    assert all(f["tier"] is None for f in forms)
    leaders = {row[5] for row in table}
    assert len(leaders) == 2 and not leaders & {f["person"] for f in forms}
    for leader in leaders:  # each oversees two offices
        assert len({row[6] for row in table if row[5] == leader}) == 2
    assert [HML[row[3]] for row in table] == [r["level"] for r in _points(name)]


def test_batch34_type_in_brackets_no_names():
    name = "power_type_after_point"
    assert _heading(name)[3] == "风险点（风险类型）"
    table = _table(name)
    tails = [re.search(r"（[^（]+）$", row[3]).group() for row in table]
    assert [row[3].removesuffix(tail) for row, tail in zip(table, tails, strict=True)] == _risks(
        name
    )
    assert [types_in(tail) for tail in tails] == [r["types"] for r in _points(name)]
    assert sum(1 for tail in tails if "、" in tail) == 2
    assert [(row[1], row[2], "") for row in table] == _truth_rows(name)
    assert [HML[row[4]] for row in table] == [r["level"] for r in _points(name)]


def test_batch34_post_and_person_in_one_cell_with_codes():
    name = "bank_post_colon_person_numbered"
    head = _heading(name)
    assert head[0] == "风险编号" and head[2] == "岗位及人员"
    table = _table(name)
    assert [row[0] for row in table] == [f"FX-{k:02d}" for k in range(1, len(table) + 1)]
    pairs = [re.split(r"[：:]", row[2]) for row in table]
    assert sum(1 for row in table if ":" in row[2]) == 1
    assert [
        (row[1], post, who) for row, (post, who) in zip(table, pairs, strict=True)
    ] == _truth_rows(name)
    assert [row[3] for row in table] == _risks(name)
    assert [ROMAN[row[4]] for row in table] == [r["level"] for r in _points(name)]


def test_batch34_measure_owner_is_a_watcher():
    name = "bank_branch_measure_owner_watches"
    head = _heading(name)
    assert list(head[1:]) == ["岗位及人员", "风险点及等级", "风险类型", "防控措施及责任人"]
    table = _table(name)
    forms = BY_NAME[name]["truth"]
    assert {f["department"] for f in forms} == {"城东支行"}
    assert _sheet(name)["rows"][0][0].startswith(forms[0]["unit"] + "城东支行")
    pairs = [row[1].split("：") for row in table]
    assert [("城东支行", post, who) for post, who in pairs] == _truth_rows(name)
    tails = [re.search(r"【[高中低]】$", row[2]).group() for row in table]
    assert [row[2].removesuffix(tail) for row, tail in zip(table, tails, strict=True)] == _risks(
        name
    )
    assert [HML[tail[1]] for tail in tails] == [r["level"] for r in _points(name)]
    assert [types_in(row[3]) for row in table] == [r["types"] for r in _points(name)]
    owners = [re.search(r"\n责任人：(.+)$", row[4]).group(1) for row in table]
    holders = [who for _, who in pairs]
    # the 责任人 are holders of their own rows, and name the points of others they watch
    assert set(owners) <= set(holders)
    assert sum(1 for o, h in zip(owners, holders, strict=True) if o != h) >= 4
    for owner in set(owners):
        own = [r["risk_point"] for r in _points(name, owner)]
        assert own == [row[2].removesuffix(t) for row, t, h in zip(table, tails, holders, strict=True)
                       if h == owner]  # fmt: skip
        assert len(own) < owners.count(owner)


def test_thirty_fourth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
