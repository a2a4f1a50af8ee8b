"""The three-hundred-and-eighteenth batch of published layouts (tests/published/batch318.py): seven
ordinary files as the 教育 bodies of one city (峨眉山市) really send them — the 教育局's two sheets
``局领导 | 股室`` with ``一级/二级/三级``, the 第一中学's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 实验小学's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 第一幼儿园's 排查表 对岗不对人
with ``工作环节`` and 高/中/低, the 教师进修学校's 防控表 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
第二中学's 责任清单 with ``职责事项`` and ``一级风险/二级风险/三级风险``, the 第三小学's 一览表 with
``风险点 | 风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 职业技术学校's 一览表, which has no
type column, the type of every point given by its 序号 in a ``注：`` line below the table
(``python tests/published/score.py --set batch318``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6a5a49b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch318``:
``TOTAL                      forms  36/36  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  58/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.806 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  58/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.806 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds all its forms (6/6: every 处室, post, holder and tier right), all its 14 points
with their levels (高 → Ⅰ级, 中 → Ⅱ级, 低 → Ⅲ级), and none of their types (types 0/14). The truth
was not changed after measuring.

Missed, all in the harder ``emeishan_vocational_types_by_number.xlsx`` (sheet 一览表, heading row 3,
points in E4:E17, the note in A18 merged over A18:G18): the reader found no type column, said so
once (TABLE_NO_TYPE at A3, info) and left ``risk_type`` blank on all 14 rows; the merged ``注：`` line
in A18 was rightly taken as no point and no issue, but its first sentence, which gives each 序号
its type, was not read. By cell (risks.csv, read blank), the truth's type:

- E4 (序号 1, 校长 郗沅澍): 思想道德; E5 (2, 校长): 制度机制;
- E6 (3, 副校长 蔺琤岫): 岗位职责; E7 (4, 副校长): 业务流程;
- E8 (5, 实训处 主任 亓昶湉): 思想道德; E9 (6, 主任): 岗位职责;
- E10 (7, 实训处 实训管理员 缑珝岚): 制度机制; E11 (8, 实训管理员): 制度机制 (the range ``7—8``);
- E12 (9, 招生就业处 主任 隗澔蘅): 业务流程; E13 (10, 主任): 外部环境; E14 (11, 主任): 思想道德;
- E15 (12, 总务处 报账员 阙瀞屾): 业务流程; E16 (13, 报账员): 岗位职责; E17 (14, 报账员): 外部环境.

Kind: a table without a type column whose note below gives the RISK TYPE BY 序号 (``第1、5、11项为
思想道德风险；第2、7—8项为制度机制风险；…``) is read as untyped — the note that gives types by number
is not read, as the one that gives levels by number (LEVEL_BY_NUMBER) is.

Unscored besides (posts.csv): every unit, 科室, post and tier of the 36 forms is read as the truth has
it (``局领导`` and ``校领导`` included; the 幼儿园's four posts with no 科室 and no holder). The issues
are info only (TABLE_NO_TYPE on the six untyped sheets — the harder one's among them — GRADE_BLANK
on the six forms of the 防控卡 and 自查表 sheets, FILE_SKIPPED for truth.json); no error or warning.

Generalised after this measurement: types given by 序号 in a note under a list without a type column (info TYPE_BY_NUMBER; tests/test_columns.py::test_types_given_by_number_in_a_note_under_a_list_without_a_type_column).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch318 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    NUMBER_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_NOTE,
    TYPE_NUMBERS,
    VOCATIONAL,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(318, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BY_NUMBER = "emeishan_vocational_types_by_number"
HARDER = {BY_NUMBER}
UNTYPED = {"emeishan_bureau_two_sheets", "emeishan_primary_selfchecks"}
NOBODY = {"emeishan_kindergarten_posts"}
GAP = "\u3000"
# one clause of the note: ``第2、7—8项为制度机制风险``
CLAUSE = re.compile(r"第([\d、—]+)项为(\S+?)风险")


def _note_types(note: str) -> dict[int, str]:
    """序号 -> type, read from the note as a person reads it."""
    out = {}
    for numbers, typ in CLAUSE.findall(note):
        for part in numbers.split("、"):
            lo, _, hi = part.partition("—")
            for n in range(int(lo), int(hi or lo) + 1):
                assert n not in out, n  # each 序号 named once
                out[n] = typ
    return out


def test_batch318_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=313, unit_words=("峨眉山市",), new_people=True)


def test_batch318_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 14))
    assert RESAVED == ()


def test_batch318_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch318_every_unit_is_of_emeishan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("峨眉山市") for u in units)
    # the city's 教育 bodies only
    assert all(u.endswith(("教育局", "中学", "小学", "幼儿园", "学校")) for u in units)


def test_batch318_types_given_by_number_in_the_note():
    name = BY_NUMBER
    assert BATCH.heading(name) == list(NUMBER_HEAD)
    assert not set(NUMBER_HEAD) & {"风险类型", "风险类别", *TYPES}  # no type column
    table = BATCH.table(name)
    # the note below the table, merged across, gives each 序号 its type
    rows = [[c for c in row if c is not None] for row in BATCH.sheet(name)["rows"]]
    assert [TYPE_NOTE] in rows
    at = next(r for r, row in enumerate(BATCH.sheet(name)["rows"]) if row[0] == TYPE_NOTE)
    assert BATCH.merged(name, 0, at, 0, len(NUMBER_HEAD) - 1)
    types = _note_types(TYPE_NOTE)
    assert sorted(types) == [row[0] for row in table] == list(range(1, len(table) + 1))
    assert set(types.values()) == set(TYPES)  # every type, each a short name
    assert "第2、7—8项为制度机制风险" in TYPE_NOTE  # a range among single numbers
    got = [(dept, post, who, point, HML[lv]) for _n, dept, post, who, point, lv, _m in table]
    assert got == BATCH.truth_rows(name)
    assert [r["types"] for r in BATCH.points(name)] == [[types[row[0]]] for row in table]
    # no cell of a row names a type; the note and sign-off are no points
    assert not any(types_in(str(c)) for row in table for c in row)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {TYPE_NOTE, "填表人：", "审核人：", "校长（签字）："}
    # TYPE_NUMBERS and the rows agree: 14 points, six holders merged per person
    assert len(table) == sum(len(p) for *_x, p in VOCATIONAL) == 14
    assert sum(len(items) for _t, items in TYPE_NUMBERS) == 13  # 7—8 written once
    head = BATCH.header(name)
    assert (head + 1, 1, head + 4, 1) in BATCH.sheet(name)["merges"]  # 校领导: two leaders


def test_batch318_plain_tables_by_heading():
    cases = [
        ("emeishan_middle_school_duties",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, "风险类别"),
        ("emeishan_kindergarten_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("emeishan_primary_desc",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 and 工作环节 are no points; the short 风险点 is the point, the long 风险描述 none
    for name, col in (
        ("emeishan_middle_school_duties", 4),
        ("emeishan_kindergarten_posts", 2),
        ("emeishan_primary_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 幼儿园 names nobody and no 科室
    name = "emeishan_kindergarten_posts"
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert "姓名" not in BATCH.heading(name) and "科室" not in BATCH.heading(name)
    # bare Ⅰ/Ⅱ/Ⅲ read by the 第三小学's note
    name = "emeishan_primary_desc"
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 教育局's two sheets
    name = "emeishan_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch318_group_rows_give_the_department():
    name = "emeishan_teacher_school_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch318_one_sheet_a_person():
    name = "emeishan_middle_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在处室", f["department"], "分管工作"]
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 分管工作 is no point
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "emeishan_primary_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", "所在部门", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch318_is_read(tmp_path):
    BATCH.is_read(tmp_path)
