"""The five-hundred-and-fifty-fourth batch of published layouts (tests/published/batch554.py): seven
ordinary files as the 林草 bodies of one county (祁连县) really send them — the 国有林场's file in two
sheets ``场领导``/``股室`` with ``一级/二级/三级``, the 森林病虫害防治检疫站's 一览表 with 科室/岗位/责任人
merged and ``高风险/中风险/低风险``, the 草原监理站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 八宝镇林业工作站's 自查表 one sheet a person with 高/中/低, the 峨堡镇林业工作站's
防控卡 one sheet a holder with ``★★★/★★/★``, the 默勒镇林业工作站's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 扎麻什乡林业工作站's 责任清单 with ``职责事项`` — and one harder: the
林业和草原局's 一览表 sorted by level, its first column ``风险等级`` merged down over each level's
section, so each holder comes back in two or three non-adjacent runs
(``python tests/published/score.py --set batch554``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 3fd9adb (``/work/snap45``; this
worktree branched from dev at dd430b6): ``TOTAL                      forms  20/20  points  40/40
recall 1.00 precision 1.00 (40/40)  levels  40/40  types  40/40  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the same: ``TOTAL
forms  20/20  points  40/40  recall 1.00 precision 1.00 (40/40)  levels  40/40  types  40/40  noise
0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8
files: eight .xlsx, no re-saved copies. All eight layouts read in full, --strict too, the harder
one included: ``qilian_bureau_sorted_by_level.xlsx`` (sheet 一览表) gives three forms, each holder's
runs of the three level sections gathered into one (局领导/局长/豆翃澍 3 points, 资源管理股/股长/渠沄玥
3, 生态修复股/科员/綦珝湲 3), every level taken from the merged ``风险等级`` cell of its section (A3:A5
一级, A6:A8 二级, A9:A11 三级). No point was missed and none extra: the harder shape is, as the module
docstring feared, already within what the reader does (the nearest known shape, a holder split into
runs by a merged column down the left, carries over to a level column); it is no new kind.

Not scored, seen in posts.csv: the four 林业工作站 are cut to the town — unit ``祁连县八宝镇`` /
``…峨堡镇`` / ``…默勒镇`` / ``…扎麻什乡`` (truth ``…八宝镇林业工作站`` etc.); the 峨堡镇 cards and the
扎麻什乡 list get the 科室 ``林业工作站`` (truth none) and their 站长 the tier 中层岗位 (truth leader);
every other unit, 科室, post and tier is as the truth. issues.csv has only info lines
(``TABLE_NO_TYPE``, ``GRADE_BLANK``, ``FILE_SKIPPED`` for truth.json).

Nothing was generalised after this measurement: the batch read in full, the level sections
merged down the left too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch554 import (
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SORTED,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(554, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEAD = "qilian_bureau_sorted_by_level"
HARDER = {HEAD}
UNTYPED = {
    HEAD,
    "qilian_forest_farm_two_sheets",
    "qilian_babao_station_selfchecks",
    "qilian_ebao_station_cards",
    "qilian_moile_station_group_rows",
    "qilian_zhamashi_station_duty_list",
}
NOBODY = {"qilian_grassland_station_posts"}


def test_batch554_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=551, unit_words=(PLACE,), new_people=True)


def test_batch554_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch554_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch554_every_unit_is_of_qilian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch554_sorted_by_level_with_holders_coming_back():
    rows = BATCH.filled(HEAD)
    assert ["风险等级", "序号", "股室", "岗位", "责任人", "廉政风险点", "防控措施"] in rows
    got, level, holder = [], None, None
    for row in rows:
        if isinstance(row[1], int):
            level = row[0] if row[0] is not None else level
            if row[2] is not None:
                holder = (row[2], row[3], row[4])
            got.append((*holder, row[5], GRADES[level]))
    truth = sorted(BATCH.truth_rows(HEAD), key=lambda r: (r[:3], got.index(r)))
    assert sorted(got, key=lambda r: (r[:3], got.index(r))) == truth
    assert [lv for lv, _ in SORTED] == ["一级", "二级", "三级"]
    typed = [row for row in BY_NAME[HEAD]["sheets"][0]["rows"] if isinstance(row[1], int)]
    runs = [tuple(row[2:5]) for row in typed if row[2] is not None]
    assert len(set(runs)) == 3 and len(runs) == 8
    assert all(runs[i] != runs[i + 1] for i in range(len(runs) - 1))
    assert len(BY_NAME[HEAD]["truth"]) == 3
    sh = BY_NAME[HEAD]["sheets"][0]
    assert sum(1 for r0, c0, r1, c1 in sh["merges"] if c0 == c1 == 0 and r1 > r0) == 3


def test_batch554_plain_tables_by_heading():
    cases = [
        ("qilian_grassland_station_posts", {"dept": "部门", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("qilian_pest_station_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                      "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("qilian_grassland_station_posts") == {""}
    name = "qilian_zhamashi_station_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "qilian_forest_farm_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "场领导", fixed={"dept": "场领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "场领导")


def test_batch554_group_rows_and_one_sheet_a_person():
    name = "qilian_moile_station_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "qilian_ebao_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "qilian_babao_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在部门"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch554_is_read(tmp_path):
    BATCH.is_read(tmp_path)
