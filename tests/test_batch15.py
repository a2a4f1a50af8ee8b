"""The fifteenth batch of published layouts (tests/published/batch15.py): six everyday tables worded
with heading words no earlier batch used, and four a little unusual
(``python tests/published/score.py --set batch15``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at e71b609: forms 0.900 (27/30), recall 0.774 (48/62),
precision 0.906 (48/53), levels 1.000, types 1.000, noise 1; with --strict forms 0.800 (24/30), the
rest the same (7 of 10 layouts perfect: five of the six everyday ones, and of the unusual ones the
word-and-letter levels 高(A) and the two cards side by side). Missed: ``audit_bureau_list`` not
found at all (FILE_NO_FORM — no header row recognised in 所属部门/岗位职务/姓名/可能产生的风险/
风险等级评定/防范办法); in ``police_ditto_cells`` ``同上`` taken literally: the two continuation rows
of the first holder and the second row of the next one read into one form whose person and post
are 同上 (3 points lost), and the 警组 column not read as the 科室 (department the
派出所 of the title, so strict 0/3); in ``soe_points_across`` only 风险点1 of each row read for the
row's holder, 风险点2 ignored, 风险点3 read as a second table with no holder (one form without a
person, the 防控措施 attached there, a POINT_BLANK warning).
After generalising on each kind (more 风险点 and 科室 headings; 同上 cells repeat the row above;
points across one row, 风险点1 | 等级 | 风险点2 | 等级; tests in test_columns.py with other
words): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

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
from published.batch15 import HML, LAYOUTS, ORDINAL, build
from published.cells import norm as _norm
from published.checks import Batch
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

BATCH = Batch(15, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {
    "park_word_letter_level",
    "tax_cards_side_by_side",
    "police_ditto_cells",
    "soe_points_across",
}
TYPED = {"soe_types_list"}
ANONYMOUS = {"edu_bureau_posts"}  # posts only, no names
EARLIER = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
           + SEVENTH_BATCH + EIGHTH_BATCH + NINTH_BATCH + TENTH_BATCH + ELEVENTH_BATCH
           + TWELFTH_BATCH + THIRTEENTH_BATCH + FOURTEENTH_BATCH)  # fmt: skip


def test_batch15_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=10, harder=HARDER, max_harder=len(HARDER), new_units=False)


def test_batch15_everyday_headings_are_new_words():
    """The everyday layouts name their 科室/post/holder/point/level/measure columns with words no
    earlier batch wrote in any cell (序号, 姓名, 岗位 and 风险等级 excepted)."""
    earlier = {_norm(c) for lay in EARLIER for sh in lay["sheets"] for row in sh["rows"]
               for c in row if isinstance(c, str)}  # fmt: skip
    common = {"序号", "姓名", "岗位", "风险等级"}
    for lay in LAYOUTS:
        if lay["name"] in HARDER:
            continue
        header = next(row for row in BATCH.rows(lay["name"]) if row[0] == "序号")
        new = [c for c in header if c not in common]
        assert len(new) >= 3, lay["name"]
        assert not {_norm(c) for c in new} & earlier, (lay["name"], set(new) & earlier)


def test_batch15_truth_is_self_consistent(tmp_path):
    truth = BATCH.truth_is_self_consistent(points=(3, 20), nobody=ANONYMOUS)
    assert all(f["title"] and f["department"] for f in truth["forms"])  # its post and 科室


def test_batch15_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, min_levels=3)


def test_batch15_cards_hold_name_and_post_fields():
    lay = BY_NAME["treasury_cards"]
    assert len(lay["truth"]) == len(lay["sheets"]) >= 2
    for k, form in enumerate(lay["truth"]):
        rows = BATCH.rows(lay["name"], k)
        fields = {row[i]: row[i + 1] for row in rows[1:3] for i in (0, 2)}
        assert fields["姓名"] == form["person"] == lay["sheets"][k]["name"]
        assert fields["职位"] == form["title"] and fields["所属部门"] == form["department"]
        assert [row[1] for row in BATCH.numbered(lay["name"], k)] == [
            r["risk_point"] for r in form["risks"]
        ]


def test_batch15_word_and_letter_level():
    lay = BY_NAME["park_word_letter_level"]
    rows = BATCH.numbered(lay["name"])
    levels = [row[5] for row in rows]
    assert all(re.fullmatch(r"[高中低][（(][ABC][）)]", v) for v in levels), levels
    assert any("（" in v for v in levels) and any("(" in v for v in levels)
    letter = {"A": 1, "B": 2, "C": 3}
    for v, r in zip(levels, BATCH.points(lay["name"]), strict=True):
        assert HML[v[0]] == letter[v[2]] == r["level"]


def test_batch15_cards_side_by_side():
    lay = BY_NAME["tax_cards_side_by_side"]
    rows = BATCH.sheet(lay["name"])["rows"]
    assert all(len(row) == 9 and row[4] is None for row in rows)  # column E stays empty
    assert len(lay["truth"]) == 2 and {f["sheet"] for f in lay["truth"]} == {
        lay["sheets"][0]["name"]
    }
    for form, c in zip(lay["truth"], (0, 5), strict=True):
        assert rows[1][c : c + 4] == ["姓名", form["person"], "职务", form["title"]]
        assert rows[2][c + 1] == form["department"]
        points = [row[c + 1] for row in rows if isinstance(row[c], int)]
        assert points == [r["risk_point"] for r in form["risks"]]


def test_batch15_ditto_repeats_the_row_above():
    lay = BY_NAME["police_ditto_cells"]
    assert not BATCH.sheet(lay["name"])["merges"][1:]  # the title's merge only
    rows = BATCH.numbered(lay["name"])
    assert sum(c == "同上" for row in rows for c in row[1:4]) >= 5
    resolved, prev = [], None
    for row in rows:
        cur = [p if c == "同上" else c for c, p in zip(row[1:4], prev or row[1:4], strict=True)]
        resolved.append(tuple(cur))
        prev = cur
    expected = [
        (f["department"], f["title"], f["person"]) for f in lay["truth"] for _ in f["risks"]
    ]
    assert resolved == expected
    assert [ORDINAL[row[5]] for row in rows] == [r["level"] for r in BATCH.points(lay["name"])]


def test_batch15_points_across():
    lay = BY_NAME["soe_points_across"]
    header = next(row for row in BATCH.rows(lay["name"]) if row[0] == "序号")
    assert header[4:10] == ["风险点1", "风险等级", "风险点2", "风险等级", "风险点3", "风险等级"]
    rows = BATCH.numbered(lay["name"])
    assert len(rows) == len(lay["truth"]) and any(row[8] is None for row in rows)
    for row, form in zip(rows, lay["truth"], strict=True):
        assert row[3] == form["person"]
        pairs = [(row[c], HML[row[c + 1]]) for c in (4, 6, 8) if row[c]]
        assert pairs == [(r["risk_point"], r["level"]) for r in form["risks"]]


def test_fifteenth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
