"""The nine-hundred-and-seventy-ninth batch of published layouts (tests/published/batch979.py):
seven ordinary files as the 县直部门 and 事业单位 of one county (文县, 陇南市) really send them — the
林业和草原局's 一览表 with ``…风险`` types and 高/中/低, the 文化馆's 防控卡 one sheet a person with
``一级/二级/三级``, the 水务局's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
油橄榄产业开发办公室's 清单 under group rows ``一、办领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 融媒体中心's 自查表
one sheet a person with ``★★★/★★/★``, the 民政局's 一览表 in two sheets 班子成员/股室 with
``一级风险/二级风险/三级风险``, the 花椒产业发展中心's 一览表 — and one harder: the 碧口镇中心卫生院's 一览表
where each point has one row and its 防控措施 are written one a row in the rows below it, only the
measures cell filled (``python tests/published/score.py --set batch979``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 4a6072e3 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=16 (forms 30/30, points 51/51, precision 51/51, levels 51/51, types
51/51); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=16. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``wenxian_bikou_health_centre_measure_rows.xlsx`` (forms 5/5, points 9/9,
precision 9/9, levels 9/9, types 9/9, noise 16): of the nineteen measure rows under the nine points
(一览表!H4–H30, only the 防控措施 cell their own), sixteen came out as rows with no point, each a
warning POINT_BLANK at its point cell (E5, E6, E10, E11, E13–E15, E17, E18, E22, E23, E25, E26,
E28–E30: the 科室, 岗位 and 姓名 spread over them from their merges, so they read as a holder's row
without a point), their measures lost; the first of them (H4 ``1.药品耗材一律通过省级平台阳光采购；``,
alone in its row) was taken for a SECTION line and its text written as the ``section`` of every
later point of the sheet (eight points, 院内基建维修… to 家庭医生签约…); only the two rows under a
point whose first measure stood on its own row (H8 under G7's ``1.万元以上…``, H20 under H19's
``1.精麻药品…``) were joined to it as the measure cell's run-on lines. So seven of the nine points came
out with NO measures, each a warning MEASURES_BLANK at its measure cell (H3, H9, H12, H16, H21, H24,
H27, truth ``1.…⏎2.…`` from the rows below), and the two others with theirs. Forms, holders, 科室,
points, levels and types all right.
Kind: a run of rows whose only own cell is the 防控措施 cell (numbered ``1.``, ``2.``…, the holder's
cells at most inside merges from above), directly under a point's row, is taken as rows of points
with no text (or its first as a section heading), not as that point's measures written one a row;
a general fix would join such a run, in order, to the measures of the point directly above it
(after the point row's own measure, if any), once a sheet said as an info.

Unscored besides: the harder file's seven MEASURES_BLANK warnings (above); the other issues are info
only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a point on a row of its own whose own 防控措施 cell is blank,
with its measures written one a row in the rows right under it (only the measures cell each row's
own — the holder's cells at most inside merges from above —, nothing merged over it; ``1.…``,
``（2）…`` or unnumbered), takes those rows, in order, as its measures: no rows of points without
text, the first no section line; said once a table (MEASURE_ROWS_UNDER_POINT, info, naming the
first such cell and the count of rows and points: here H4, 17 rows under 7 points); a point whose
own cell holds ``1.…`` goes on with ``2.…`` as before (numbered lines). Measures typed above their
points (a measures-only row over the table's first point), a ``备注`` cell alone, a table whose note
says blank points share the point above (POINT_BLANK_SHARES_ABOVE) and a lone measure under a point
that has its own read as before, tests/test_measure_rows_under_point.py. Read 1.00 since (forms
30/30, points 51/51, precision 51/51, levels 51/51, types 51/51, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch979 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MEASURE_ROWS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(979, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wenxian_bikou_health_centre_measure_rows"}
TYPED = {
    "wenxian_bikou_health_centre_measure_rows",
    "wenxian_forestry_list",
    "wenxian_water_posts",
    "wenxian_pepper_centre_list",
}
NOBODY = {"wenxian_water_posts"}


def test_batch979_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=976, new_people=True)
    # (兴文县's bodies hold the word 文县: no earlier unit is a body of 文县 itself)
    assert not any(u.startswith("文县") for u in BATCH.earlier_units())


def test_batch979_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 10))
    assert RESAVED == ()


def test_batch979_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch979_every_unit_is_of_wenxian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("文县") for u in units)


def test_batch979_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("季孙", "公门") for p in people)
    assert {p[:2] for p in people} == {"季孙", "公门"}


def test_batch979_measures_one_a_row_under_their_point():
    name = "wenxian_bikou_health_centre_measure_rows"
    head = BATCH.header(name, "一览表")
    written = BATCH.sheet(name, "一览表")["rows"]
    assert written[head] == [
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "风险类型", "防控措施", "备注",
    ]  # fmt: skip
    filled = BATCH.filled(name, "一览表")
    # the table's rows down to the note: a point row has a 序号; the rows under it only a measure
    got, measures, point = [], {}, None
    for raw, row in zip(written[head + 1 :], filled[head + 1 :], strict=True):
        if isinstance(row[0], str) and row[0].startswith("注："):
            break
        if isinstance(raw[0], int):
            point = row[4]
            got.append((row[1], row[2], row[3], row[4], HML[row[5]]))
            measures[point] = [row[7]] if row[7] else []
        else:
            # only the measures cell is the row's own: 序号, point, level, type, 备注 blank, the
            # holder's cells inside merges from above, nothing merged over the measure
            assert [i for i, c in enumerate(raw) if c not in (None, "")] == [7], raw
            assert not BATCH.merged(name, "一览表", written.index(raw), 7, 7)
            measures[point].append(raw[7])
    assert got == BATCH.truth_rows(name)
    want = {p: ms for *_, points in MEASURE_ROWS for p, *_r, ms in points}
    assert measures == want
    assert all(m[:2] == f"{i}." for ms in want.values() for i, m in enumerate(ms, 1))
    # a few points keep their first measure on their own row, the rest none
    on_row = [p for *_, points in MEASURE_ROWS for p, *_x, first, _m in points if first]
    assert 1 <= len(on_row) < len(want)
    assert all(len(ms) >= 2 for ms in want.values())
    # the 备注 cell is filled on some point rows, never on a measure row
    notes = [row[8] for row in written[head + 1 :] if len(row) > 8 and row[8]]
    assert notes and all(isinstance(r[0], int) for r in written[head + 1 :] if len(r) > 8 and r[8])
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch979_plain_tables_by_heading():
    cases = [
        ("wenxian_forestry_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("wenxian_pepper_centre_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类别"),
        ("wenxian_water_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wenxian_civil_affairs_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "wenxian_water_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch979_group_rows_give_the_department():
    name = "wenxian_olive_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch979_one_sheet_a_person():
    name = "wenxian_media_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "职　务", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wenxian_culture_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch979_is_read(tmp_path):
    BATCH.is_read(tmp_path)
