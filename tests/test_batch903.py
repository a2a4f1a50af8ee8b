"""The nine-hundred-and-third batch of published layouts (tests/published/batch903.py): seven
ordinary files as the culture and sports bodies of one county (额敏县) really send them — the
文体广旅局's 一览表 in two sheets 局领导/股室 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 体育运动中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 博物馆's 防控卡 one sheet a leader with ``★★★/★★/★``, the 广播电视台's 清单
under group rows ``一、台领导`` … with ``一级风险/二级风险/三级风险``, the 文化馆's 自查表 one sheet a
person with ``一级/二级/三级``, the 旅游服务中心's 一览表 with ``高风险/中风险/低风险``, the
杰勒阿尕什镇综合文化站's 登记表 — and one harder: the 图书馆's 一览表 whose ``风险等级`` cell is merged over
each person's rows and lists the person's levels one a line, unnumbered, in row order
(``python tests/published/score.py --set batch903``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 338bc790 (/work/snap59; this worktree branched from
main at b1918781), after the tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.902 types=1.000 noise=0 (forms 30/30, points 51/51, precision 51/51, levels 46/51, types
51/51); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.902
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``emin_library_levels_stacked.xlsx`` (sheet 一览表; forms 4/4, points
10/10, precision 10/10, levels 5/10, noise 0): the four holders and their ten points came out right
(F00013 馆领导 馆长 汝翀岫, F00014 馆领导 副馆长 隋璆琰, F00015 采编部 主任 汝瑧峦, F00016 流通部 管理员
隋琮屺), but every row of a merged level cell took the FIRST line's level, silently (raw_risk_level
the whole cell, no issue besides TABLE_NO_TYPE): F3:F5 ``一级⏎一级⏎三级`` read Ⅰ/Ⅰ/Ⅰ (F5
``接受供应商宴请和礼品`` is 三级), F6:F7 ``二级⏎一级`` read Ⅱ/Ⅱ (F7 ``馆藏图书剔旧处置不公开`` is 一级),
F8:F10 ``二级⏎一级⏎三级`` read Ⅱ/Ⅱ/Ⅱ (F9 ``图书到货验收数量、折扣不实`` is 一级, F10 ``赠书登记不全，
私自留用`` is 三级), F11:F12 ``二级⏎三级`` read Ⅱ/Ⅱ (F12 ``外借古籍、地方文献登记不全`` is 三级). So
the computed grades of F00014 and F00015 came out B (``含Ⅱ级风险点…``) where each holds a 一级 point
(A). Kind: a level cell merged over one holder's one-row points and listing one level a line,
unnumbered, in row order is read as one level (its first line) for every row under the merge,
without a warning, instead of giving the n-th line to the n-th row.

Unscored besides: the computed grades of the two holders above (B for A); the other issues are
info only (TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): a merged level cell whose
unnumbered lines, as many as the rows it spans, are those rows' levels in order.

Generalised after this measurement: a level (or type) cell merged over a holder's point rows and
listing one level a line, as many as the rows, gives its k-th line to the k-th row
(LEVEL_LINES_BY_ROW, TYPE_LINES_BY_ROW; lines over another count warned, LEVEL_LINES_ROWS_DIFFER),
tests/test_merged_level_lines.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch903 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STACKED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(903, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"emin_library_levels_stacked"}
TYPED = {
    "emin_sports_center_posts",
    "emin_tourism_center_list",
    "emin_jieleagash_station_register",
}
NOBODY = {"emin_sports_center_posts"}


def test_batch903_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("额敏县",), new_people=True)


def test_batch903_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch903_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch903_every_unit_is_of_emin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("额敏县") for u in units)


def test_batch903_level_cell_stacked_per_person():
    name = "emin_library_levels_stacked"
    sheet = BATCH.sheet(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    level_merges = sorted(m for m in sheet["merges"] if m[1] == 5 and m[3] == 5)
    assert len(level_merges) == len(STACKED)
    got = []
    for (r0, _, r1, _), (_dept, _post, who, _tier, points) in zip(
        level_merges, STACKED, strict=True
    ):
        lines = sheet["rows"][r0][5].split("\n")
        # one line a row of the merge, no numbering, every line a level word
        assert len(lines) == r1 - r0 + 1 == len(points)
        assert all(line in GRADES for line in lines)
        assert all(sheet["rows"][r][5] is None for r in range(r0 + 1, r1 + 1))
        # the person's own rows are exactly the merge's rows
        assert {rows[r][3] for r in range(r0, r1 + 1)} == {who}
        for r, line in zip(range(r0, r1 + 1), lines, strict=True):
            got.append((rows[r][1], rows[r][2], rows[r][3], rows[r][4], GRADES[line]))
    assert got == BATCH.truth_rows(name)
    # the levels differ within a person: the lines are no one level for the whole cell
    assert any(len({lv for _, lv, _ in points}) > 1 for *_, points in STACKED)
    assert len(BY_NAME[name]["truth"]) == len(STACKED)


def test_batch903_plain_tables_by_heading():
    cases = [
        ("emin_tourism_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("emin_jieleagash_station_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("emin_sports_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "emin_culture_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "emin_sports_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch903_group_rows_give_the_department():
    name = "emin_radio_tv_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch903_one_sheet_a_person():
    name = "emin_culture_hall_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "emin_museum_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch903_is_read(tmp_path):
    BATCH.is_read(tmp_path)
