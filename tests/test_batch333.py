"""The three-hundred-and-thirty-third batch of published layouts (tests/published/batch333.py): seven
ordinary files as the 文旅, 体育 and 广电 bodies of one county (大邑县) really send them — the
安仁古镇景区管理局's two sheets ``局领导 | 科室`` with ``一级/二级/三级``, the 图书馆's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 文化馆's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the
体育中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 广播电视台's
责任清单 under group rows with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 刘氏庄园博物馆's 一览表 with short
types and 高/中/低, the 融媒体中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
文化体育和旅游局's 岗位廉政风险防控一览表 with NO LEVEL COLUMN, whose level is written only as the
roman numeral opening each row's ``风险编号`` (``Ⅰ-01``, ``Ⅱ-03``, ``Ⅲ-02``; each grade numbered on
its own), as a ``注：`` line under the table says (``python tests/published/score.py --set
batch333``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at bf8246d (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch333``:
``TOTAL                      forms  38/38  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  55/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.786 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  55/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.786 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies. The seven ordinary layouts read in full — every form, point,
level and type — with ``--strict`` too. The truth was not changed after measuring (the batch
module's list of middle posts gained the 体育中心's ``部长``, which the truth already had as middle;
a docstring word, no truth value).

Missed, all in the harder ``dayi_culture_bureau_coded_levels.xlsx`` (sheet ``一览表``: title row 1,
the ``填报单位（盖章）：…`` line row 2, header row 3 ``风险编号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
风险类型 | 防控措施``, risk rows 4–18 with their codes in A4:A18, the ``注：`` line row 19): forms
7/7, points 15/15, types 15/15, precision 15/15 — every holder, 股室, post and tier right — but
LEVELS 0/15: every point was read with NO LEVEL (risks.csv ``risk_level`` and ``raw_risk_level``
blank) and a ``LEVEL_BLANK`` error (``风险级别未填写``) at its point cell:

- E4, E5, E7, E9, E13, E16 (codes A4 ``Ⅰ-01``, A5 ``Ⅰ-02``, A7 ``Ⅰ-03``, A9 ``Ⅰ-04``, A13 ``Ⅰ-05``,
  A16 ``Ⅰ-06``): read blank; truth 1 (一级, 高);
- E6, E8, E11, E14, E15, E17 (A6 ``Ⅱ-01``, A8 ``Ⅱ-02``, A11 ``Ⅱ-03``, A14 ``Ⅱ-04``, A15 ``Ⅱ-05``,
  A17 ``Ⅱ-06``): read blank; truth 2 (二级, 中);
- E10, E12, E18 (A10 ``Ⅲ-01``, A12 ``Ⅲ-02``, A18 ``Ⅲ-03``): read blank; truth 3 (三级, 低).

Kind (one): a level carried only as the first segment of the row's own risk code (``Ⅰ-01``, the
numeral the grade, the number run apart for each grade), as the ``注：`` line under the table says,
is not read: the code column is passed over as a numbering column, the note is not applied, so all
15 points are read unlevelled and flagged LEVEL_BLANK. The note row itself was rightly read as no
point and raised no stray-row issue.

Unscored besides: the 15 LEVEL_BLANK errors (they stand on points of the truth, so the score's
noise does not count them); the 7 forms of the harder file are graded ``C`` (风险分值0) for want of
levels. Units, 科室 and tiers are right throughout (posts.csv F00001–F00038). The other issues are
info only (TABLE_NO_TYPE on the 景区管理局's two sheets, the three 自查表 and the 广播电视台's list;
GRADE_BLANK on the three cards and the three 自查表).

Generalised after this measurement: a level given by the numeral opening each code where a note says so (info LEVEL_CODES; tests/test_columns.py::test_a_level_given_by_the_numeral_opening_each_code).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch333 import (
    BANDS,
    BARE,
    CODE_HEAD,
    CODE_NOTE,
    CODED,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    codes,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(333, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODED_FILE = "dayi_culture_bureau_coded_levels"
HARDER = {CODED_FILE}
UNTYPED = {
    "dayi_anren_scenic_bureau_two_sheets",
    "dayi_culture_center_selfchecks",
    "dayi_tv_station_groups",
}
NOBODY = {"dayi_sports_center_posts"}
GAP = "\u3000"


def test_batch333_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=330, unit_words=("大邑县",), new_people=True)


def test_batch333_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 15))
    assert RESAVED == ()


def test_batch333_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch333_every_unit_is_of_dayi():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("大邑县") for u in units)


def test_batch333_the_code_carries_the_level():
    name = CODED_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="风险编号")
    assert rows[head] == list(CODE_HEAD)
    # no level column, no level word in any risk row but the code's numeral
    assert not {"风险等级", "风险级别", "等级", "序号"} & set(rows[head])
    table = [row for row in rows[head + 1 :] if re.fullmatch(r"[ⅠⅡⅢ]-\d\d", str(row[0]))]
    assert [row[0] for row in table] == codes()
    words = ("（高）", "（中）", "（低）", "风险", "一级", "二级", "三级", "Ⅰ", "Ⅱ", "Ⅲ", "★")
    assert not any(w in str(c) for row in table for c in row[1:] for w in words)
    assert not any(c in LEVELS for row in table for c in row[1:])
    got = [(row[1], row[2], row[3], row[4], BARE[row[0][0]]) for row in table]
    assert got == BATCH.truth_rows(name)
    # each grade numbered on its own, 01 upwards, and the grades interleave down the table
    for grade in BARE:
        numbers = [int(c[2:]) for c in codes() if c[0] == grade]
        assert numbers == list(range(1, len(numbers) + 1)), grade
    grades = [c[0] for c in codes()]
    assert sum(a != b for a, b in zip(grades, grades[1:], strict=False)) >= 6
    assert set(grades) == set(BARE)
    # the note says the numeral is the grade; the codes are no points and no 科室
    assert any(r[0] == CODE_NOTE for r in rows)
    assert "Ⅰ”为一级风险（高）" in CODE_NOTE and "不另设风险等级栏" in CODE_NOTE
    points = {p["risk_point"] for p in BATCH.points(name)}
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert not set(codes()) & (points | depts)
    # every grade's codes run over several 股室
    for grade in BARE:
        assert len({row[1] for row in table if row[0][0] == grade}) >= 2, grade
    # the types stand in their own column, one short name a row
    answers = BATCH.answers(name)
    for row in table:
        assert answers[row[4]][4] == types_in(row[5]) and len(types_in(row[5])) == 1, row
    assert sum(len(p) for *_, p in CODED) == len(table)


def test_batch333_plain_tables_by_heading():
    cases = [
        ("dayi_manor_museum_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("dayi_sports_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("dayi_media_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 体育中心 names nobody
    name = "dayi_sports_center_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 融媒体中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 部门 on every row, no merges in the table
    name = "dayi_media_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 景区管理局's two sheets
    name = "dayi_anren_scenic_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch333_group_rows_give_the_department():
    name = "dayi_tv_station_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch333_one_sheet_a_person():
    name = "dayi_library_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "dayi_culture_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"部{GAP}门",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch333_is_read(tmp_path):
    BATCH.is_read(tmp_path)
