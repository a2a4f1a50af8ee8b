"""The three-hundred-and-seventy-ninth batch of published layouts (tests/published/batch379.py): seven
ordinary files as the 教育 and 体育 bodies of one county (合阳县) really send them — the 教育局's 一览表
under group rows with short types and 高/中/低, the 城关小学's 自查表 one sheet a person with ``高风险/
中风险/低风险``, the 教育技术装备中心's 排查表 对岗不对人 with ``风险点 | 主要表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 体育运动中心's 防控卡 one sheet a holder with ``…风险`` types and ``★★★/★★/★``, the 学生资助管理中心's
责任清单 with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column, the 青少年业余体育学校's two sheets
``校领导 | 训练科`` with ``一级风险/二级风险/三级风险``, the 教学研究室's 一览表 written out on every row with
``一级/二级/三级`` — and one harder: the 合阳中学's 一览表 in which two different staff bear the same
name, told apart by ``（大）`` and ``（小）`` after it (``python tests/published/score.py --set batch379``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap2 at b32ad2a
(main's and dev's newest when the batch was done; this worktree branched from dev at b32ad2a).
``score.py --set batch379``:
``TOTAL                      forms  39/39  points  67/67  recall 1.00 precision 1.00 (67/67)  levels  67/67  types  67/67  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  39/39  points  67/67  recall 1.00 precision 1.00 (67/67)  levels  67/67  types  67/67  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with ``--strict`` too; the truth was not
changed after measuring.

No miss, by cell or otherwise. In the harder ``heyang_middle_school_same_names.xlsx`` (forms 8/8,
points 15/15) the reader read ``逯曦珩（大）`` (一览表!D9) and ``逯曦珩（小）`` (D15) as the holder
``逯曦珩`` of two forms — posts.csv F00018 (教务处, 教务干事, 一般岗位, E9–E10) and F00021 (总务处,
食堂管理员, 一般岗位, E15–E16) — each with its own two points and levels, with no issue and no
FORM_DUPLICATE; the ``注：`` line under the table was no point. So the shape, new to the README, is
read already: the bracketed mark is dropped from the name and the two people stay apart by 处室 and
post (the mark itself, which tells them apart in the file, is in no column of the export).

Unscored, also as the truth has it: every unit (``合阳县…`` as in each title), every 科室 (``局领导``,
``校领导``, ``中心领导``, the 股, 处, 部 and 科; none for the 资助中心 and the 教研室) and every tier. The
issues are info only: TABLE_NO_TYPE on the three untyped sheets (城关小学 校长/总务主任/报账员 A4,
业余体校 校领导/训练科 A2), GRADE_BLANK on the 自查表 and the cards, FILE_SKIPPED for truth.json.

Generalised after this measurement: nothing needed: the batch read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch379 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MARKS,
    RESAVED,
    RISKS,
    ROMAN,
    SCHOOL,
    SCHOOL_HEAD,
    SCHOOL_ROWS,
    STARS,
    TWIN,
    TWIN_NOTE,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(379, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TWINS_FILE = "heyang_middle_school_same_names"
HARDER = {TWINS_FILE}
UNTYPED = {"heyang_chengguan_primary_selfchecks", "heyang_sports_school_two_sheets"}
NOBODY = {"heyang_equipment_center_posts"}
GAP = "\u3000"


def test_batch379_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=376, unit_words=("合阳县",), new_people=True)


def test_batch379_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch379_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch379_every_unit_is_of_heyang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("合阳县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # the 资助中心 and the 教研室 have no 科室
    for name in ("heyang_student_aid_duties", "heyang_teaching_research_every_row"):
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}, name


def test_batch379_one_name_two_people():
    name = TWINS_FILE
    lay = BY_NAME[name]
    assert lay["truth"][0]["unit"] == SCHOOL
    assert BATCH.heading(name) == list(SCHOOL_HEAD)
    # the table as written: the name cell carries the mark, the truth the bare name
    table = BATCH.table(name)
    shown = sorted({row[3] for row in table if row[3].startswith(TWIN)})
    assert shown == sorted(f"{TWIN}{m}" for m in MARKS)
    heads = {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}
    bare = lambda cell: cell.removesuffix(MARKS[0]).removesuffix(MARKS[1])  # noqa: E731
    assert BATCH.by_heading(name, heads, person=bare) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    # two forms of the one name, in two 处室 and two posts, each with points of its own
    twins = [f for f in lay["truth"] if f["person"] == TWIN]
    assert len(twins) == 2
    assert len({f["department"] for f in twins}) == 2 and len({f["title"] for f in twins}) == 2
    assert all(f["tier"] == "general" for f in twins)
    a, b = ({r["risk_point"] for r in f["risks"]} for f in twins)
    assert a and b and not a & b
    # the mark is the only difference between the two names as written; nobody else has a mark
    assert sum(1 for _, _, shown, who, *_ in SCHOOL_ROWS if shown != who) == 2
    assert all(who == TWIN for _, _, shown, who, *_ in SCHOOL_ROWS if shown != who)
    # the note under the table says so; it is no point
    rows = BATCH.rows(name)
    assert any(row[0] == TWIN_NOTE for row in rows)
    assert TWIN_NOTE not in {r["risk_point"] for r in BATCH.points(name)}
    assert all(f["person"] and "（" not in f["person"] for f in lay["truth"])


def test_batch379_plain_tables_by_heading():
    cases = [
        ("heyang_student_aid_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("heyang_equipment_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("heyang_teaching_research_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 主任 on every row: a supervisor, holder of his own rows only
    name = "heyang_student_aid_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[2] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 主要表现 none; nobody
    name = "heyang_equipment_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; 主要职责 no point
    name = "heyang_teaching_research_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert {r[6] for r in table} == set(GRADES)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}
    # the 业余体校's two sheets
    name = "heyang_sports_school_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "校领导",
        fixed={"dept": "校领导"},
    )
    assert got == BATCH.truth_rows(name, "校领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "训练科") == BATCH.truth_rows(name, "训练科")
    works = {r[3] for r in BATCH.table(name, "校领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch379_group_rows_give_the_department():
    name = "heyang_bureau_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch379_one_sheet_a_person():
    name = "heyang_sports_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "heyang_chengguan_primary_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在处室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and not any(types_in(r[2]) for r in table)


def test_batch379_is_read(tmp_path):
    BATCH.is_read(tmp_path)
