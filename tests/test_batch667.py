"""The six-hundred-and-sixty-seventh batch of published layouts (tests/published/batch667.py): seven
ordinary files as the weather bodies of one banner (苏尼特左旗) really send them — the 气象局's 一览表 in
two sheets 局领导/股室 with ``一级/二级/三级``, the 气象台's 排查表 对岗不对人 with ``…风险`` types, the
人工影响天气办公室's 防控卡 one sheet a leader with ``★★★/★★/★``, the 农牧业气象服务站's 清单 under group rows,
the 气象灾害防御中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 气象科技服务中心's 一览表 with
``高风险/中风险/低风险``, the 国家基本气象站's 登记表 — and one harder: the 人工影响天气作业站's 年度廉政风险点
动态调整表, ``上年风险等级`` beside ``等级变化`` (``↑/↓/—``) and no column of this year's grade, a ``注：``
line saying how the marks move the grade (``python tests/published/score.py --set batch667``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 74074fd (/work/snap22; this worktree branched from dev
at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.922 types=1.000
noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.922
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, only in the harder ``sonid_left_renying_station_level_change.xlsx`` (sheet 动态调整表; forms
4/4, points 9/9, precision 9/9, levels 5/9): the four rows whose ``等级变化`` (G) is an arrow — G4
``↑`` (F4 二级, truth 一级), G6 ``↑`` (F6 三级, truth 二级), G8 ``↓`` (F8 二级, truth 三级), G9 ``↑``
(F9 二级, truth 一级) — got the wrong level; the five rows with ``—`` (level unchanged) are right,
so the reader (judged from the counts; the export was not opened in the time allowed) took
``上年风险等级`` (F) as the level and ignored the ``等级变化`` marks and the ``注：`` line. Kind: a grade
of last year beside a change mark (↑/↓/—, defined by a note), this year's grade written nowhere,
is read as if last year's grade were the level.

Not generalised in the stop that measured it (left for the next): last year's grade moved by an
``等级变化`` mark per a note.

Generalised after this measurement: last year's grade moved by a change mark beside it (↑/↓/—, 上调/下调/不变), no column of this year's (LEVEL_BY_CHANGE_MARK info, LEVEL_CHANGE_MARK_UNCLEAR warning; tests/test_level_moved_by_change_mark.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch667 import (
    CHANGES,
    GRADES,
    HIGHS,
    LAYOUTS,
    MOVES,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    moved,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(667, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"sonid_left_renying_station_level_change"}
TYPED = {
    "sonid_left_observatory_posts",
    "sonid_left_tech_service_list",
    "sonid_left_weather_station_register",
}
NOBODY = {"sonid_left_observatory_posts"}


def test_batch667_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=667, unit_words=("苏尼特左旗",), new_people=True
    )


def test_batch667_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch667_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch667_every_unit_is_of_sonid_left():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("苏尼特左旗") for u in units)


def test_batch667_level_is_last_year_moved_by_the_mark():
    name = "sonid_left_renying_station_level_change"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][4:7] == ["廉政风险点", "上年风险等级", "等级变化"]
    assert not any("本年" in str(c) or "调整后" in str(c) for c in rows[head])
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    got = BATCH.by_heading(name, heads, level="上年风险等级")
    table = BATCH.table(name)
    assert len(got) == len(table)
    want = [
        (d, p, w, pt, last + MOVES[row[6]])
        for (d, p, w, pt, last), row in zip(got, table, strict=True)
    ]
    assert want == BATCH.truth_rows(name)
    # every mark is used, the arrows change some levels, the grades stay in 一级…三级
    marks = [r[6] for r in table]
    assert set(marks) == set(MOVES)
    assert sum(GRADES[r[5]] != moved(r[5], r[6]) for r in table) >= 4
    assert all(1 <= moved(r[5], r[6]) <= 3 for r in table)
    assert len(BY_NAME[name]["truth"]) == len(CHANGES)


def test_batch667_plain_tables_by_heading():
    cases = [
        ("sonid_left_tech_service_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("sonid_left_weather_station_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("sonid_left_observatory_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "sonid_left_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch667_group_rows_give_the_department():
    name = "sonid_left_agro_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch667_one_sheet_a_person():
    name = "sonid_left_defense_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "sonid_left_renying_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch667_is_read(tmp_path):
    BATCH.is_read(tmp_path)
