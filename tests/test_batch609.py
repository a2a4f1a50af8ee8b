"""The six-hundred-and-ninth batch of published layouts (tests/published/batch609.py): seven
ordinary files as the vocational and higher-education bodies of one district (西夏区, 银川市) really
send them — the 技师学院's 一览表 in two sheets 院领导/科室 with ``一级/二级/三级``, the 中等职业学校's 排查表
对岗不对人 with ``风险点 | 风险表现``, the 职业技能培训中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 社区教育学院's 清单 under group rows ``一、学院领导`` … with ``一级风险/二级风险/三级风险``, the
教师教育培训中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the 成人中等专业学校's 一览表 with
``高风险/中风险/低风险``, the 职业教育中心's 登记表 — and one harder: the 职业技术学院's 中层干部廉政风险分类排查表,
one row a holder, ``廉政风险点及风险等级（按风险类型填写）`` merged over four type columns, each cell the
holder's points of that type numbered one a line with the level closing each in brackets
(``python tests/published/score.py --set batch609``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

``truth_is_self_consistent`` is called with ``whole_points=False``: the harder file's points stand
inside its numbered type cells (``1.…（一级）⏎2.…（二级）``), not as whole cells.

Measured ONCE, untuned, with main's reader at 2d46d80 (/work/snap11; score.py printed ``reader:
/work/snap11/xlproc/__init__.py``; this worktree branched from dev at dfb007a): ``TOTAL forms
33/33  points  44/57  recall 0.77 precision 0.79 (44/56)  levels  44/44  types  44/44  noise 0`` /
``TOTAL forms=1.000 recall=0.772 precision=0.786 levels=1.000 types=1.000 noise=0``; with --strict
the same: ``TOTAL forms  33/33  points  44/57  recall 0.77 precision 0.79 (44/56)  levels  44/44
types  44/44  noise 0`` / ``TOTAL forms=1.000 recall=0.772 precision=0.786 levels=1.000
types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts
read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``xixia_polytechnic_type_columns.xlsx`` (sheet 分类排查表; forms 4/4,
points 0/13, precision 0/12, noise 0, no issue reported): the reader found the holders (B5:D8, one
form each, 科室 and 处长 right), took each type column E–H as the type of what stands in it and read
the closing bracket as the level — but it read each CELL as ONE point and kept the running number:
``1.接受教材供应商宴请、礼品`` (E5), ``2.教材选用不经教材选用委员会集体审定`` (F5) and so on, eleven
one-line cells each one point with the number ``1.``–``3.`` left at its head (type and level right,
the bracket taken off), where the truth has the point without its number; and the two-line cell H5
(``3.技能等级认定考评员安排不回避（二级）⏎4.学生成绩更改审核把关不严（三级）``) came out as ONE point
``3.技能等级认定考评员安排不回避（二级）⏎4.学生成绩更改审核把关不严`` at 三级 (the last bracket's),
where the truth has two points, 二级 and 三级. So every one of the 13 points misses on its text
(12 read, 0 matched). Kind: in a cross table of holders down by risk types across, a type cell's
numbered lines are read as one point with its number kept, not split into numbered points each
with its own bracketed level.

Unscored besides: none (issues.csv empty for the file).

Not generalised in the stop that measured it (left for the next): holders down with risk types
across, several numbered points a cell each closing with its level in brackets.

Generalised after this measurement: numbered points in one cell each closing with its own level in brackets read as a point a line (tests/test_numbered_points_with_levels.py; info POINTS_NUMBERED_LEVELS). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch609 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_COLUMNS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(609, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xixia_polytechnic_type_columns"}
TYPED = {
    "xixia_polytechnic_type_columns",
    "xixia_secondary_vocational_school_posts",
    "xixia_adult_specialised_school_list",
    "xixia_vocational_education_centre_register",
}
NOBODY = {"xixia_secondary_vocational_school_posts"}


def test_batch609_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=607, unit_words=("西夏区",), new_people=True)


def test_batch609_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch609_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch609_every_unit_is_of_xixia():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("西夏区") for u in units)


def test_batch609_type_columns_give_the_types_and_the_brackets_the_levels():
    name = "xixia_polytechnic_type_columns"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    n = len(TYPE_COLUMNS)
    assert rows[head][4] == "廉政风险点及风险等级（按风险类型填写）"
    assert rows[head + 1][4 : 4 + n] == TYPE_COLUMNS
    table = BATCH.table(name)
    assert len(table) == len(HOLDERS)
    got = []
    for row in table:
        numbers = []
        for j, typ in enumerate(TYPE_COLUMNS):
            cell = row[4 + j]
            if cell == NONE:
                continue
            for line in cell.split("\n"):
                m = re.fullmatch(r"(\d+)\.(.+)（([一二三]级)）", line)
                assert m, line
                numbers.append(int(m[1]))
                got.append((row[1], row[2], row[3], m[2], GRADES[m[3]], types_in(typ)))
        assert numbers == list(range(1, len(numbers) + 1))  # numbered on along the row
    want = [(f["department"], f["title"], f["person"], r["risk_point"], r["level"], r["types"])
            for f in BY_NAME[name]["truth"] for r in f["risks"]]  # fmt: skip
    assert sorted(got) == sorted(want)
    # several points a cell somewhere, a '/' somewhere, every type column used
    assert any("\n" in (c or "") for row in table for c in row[4 : 4 + n])
    assert any(c == NONE for row in table for c in row[4 : 4 + n])
    assert {t for *_, ts in got for t in ts} == set(types_in("".join(TYPE_COLUMNS)))
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)


def test_batch609_plain_tables_by_heading():
    cases = [
        ("xixia_adult_specialised_school_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xixia_vocational_education_centre_register",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("xixia_secondary_vocational_school_posts",
         {"dept": "处室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xixia_technician_college_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "院领导") == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    name = "xixia_secondary_vocational_school_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch609_group_rows_give_the_department():
    name = "xixia_community_college_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch609_one_sheet_a_person():
    name = "xixia_skills_training_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xixia_teacher_training_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch609_is_read(tmp_path):
    BATCH.is_read(tmp_path)
