"""The nine-hundred-and-twentieth batch of published layouts (tests/published/batch920.py): seven
ordinary files as the science, technology and industry bodies of one county (措勤县) really send
them — the 科学技术和信息化局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 科技服务中心's
排查表 对岗不对人 with ``风险点 | 风险表现``, the 中小企业服务中心's 防控卡 one sheet a leader with
``★★★/★★/★``, the 信息化服务中心's 清单 under group rows ``一、中心领导`` … with
``一级风险/二级风险/三级风险``, the 农牧科技推广站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
曲洛乡科技服务站's 一览表 with ``高风险/中风险/低风险``, the 磁石乡科技服务站's 登记表 — and one harder:
the 无线电管理站's 排查表 whose levels are written on the four-step 安全生产 scale
``重大风险/较大风险/一般风险/低风险`` and folded into three by the ``注：`` line under it (重大、较大 →
一级, 一般 → 二级, 低 → 三级) (``python tests/published/score.py --set batch920``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c21c0454 (/work/snap62; this worktree branched from
main at 6f807df5), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.917 types=1.000 noise=0 (forms 28/28, points 48/48, precision 48/48, levels 44/48, types
48/48); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.917
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``cuoqin_radio_station_four_step_levels.xlsx`` (sheet 排查表; forms 3/3,
points 7/7, precision 7/7, levels 3/7, noise 0): the three forms (F00014 站领导 站长 植翀岫, F00015
频率台站股 股长 於琤岚, F00016 监测执法股 监测员 植沨璟) and all seven points came out right, but the
levels were read on the three-step scale 重大 = Ⅰ级, 较大 = Ⅱ级, 一般 = Ⅲ级 and the fourth step 低风险
as Ⅲ级, the ``注：`` line at A10 (``…重大风险、较大风险按一级廉政风险管控，一般风险按二级廉政风险管控，
低风险按三级廉政风险管控。``) unread: F4 ``较大风险`` (``监测设备采购中指定品牌、倾向特定供应商``) and
F5 ``较大风险`` (``频率占用费核定不实，擅自减免、缓缴``) came out Ⅱ级 (truth 1), F6 ``一般风险``
(``电台执照核发不按规定查验设备``) and F8 ``一般风险`` (``台站年检审验走过场，放宽检测标准``) Ⅲ级
(truth 2); F3 and F7 ``重大风险`` (Ⅰ级) and F9 ``低风险`` (Ⅲ级) were right. No issue names the level
words or the note (only TABLE_NO_TYPE at A2). Kind: a four-step level scale (重大/较大/一般/低, the
安全生产 风险分级管控 words) that a note under the table folds into the three integrity levels is read
word by word on the usual three-step meaning, so every step the note moves up (较大 → 一级, 一般 →
二级) comes out one level too low, silently.

Unscored besides: the issues are info only (TABLE_NO_TYPE on the five untyped layouts' sheets,
GRADE_BLANK on the five 自查表 and 防控卡 sheets, which write no post grade, FILE_SKIPPED for
truth.json); no warning on the harder file's levels.

Not generalised in the stop that measured it (left for the next): a level column written on the
four-step scale ``重大风险/较大风险/一般风险/低风险`` with a note saying which steps are managed as
which of the three levels (``重大风险、较大风险按一级…管控，一般风险按二级…，低风险按三级…``).

Generalised after this measurement: a note pairing each known level word with 一级/二级/三级 (a
four-step 重大/较大/一般/低 scale folded into three) is applied to the level cells
(LEVEL_FOLDED_BY_NOTE; a note pairing some words only warns, LEVEL_NOTE_MAPS_SOME),
tests/test_levels_folded_by_note.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch920 import (
    FOLD_NOTE,
    FOUR_STEP,
    FOUR_STEP_ROWS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **FOUR_STEP}
BATCH = Batch(920, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"cuoqin_radio_station_four_step_levels"}
TYPED = {
    "cuoqin_science_service_center_posts",
    "cuoqin_quluo_township_station_list",
    "cuoqin_cishi_township_station_register",
}
NOBODY = {"cuoqin_science_service_center_posts"}


def test_batch920_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("措勤县",), new_people=True)


def test_batch920_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch920_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch920_every_unit_is_of_cuoqin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("措勤县") for u in units)


def test_batch920_four_step_levels_folded_by_the_note():
    name = "cuoqin_radio_station_four_step_levels"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # every level word is one of the four steps, and all four are used
    words = [row[5] for row in table]
    assert set(words) == set(FOUR_STEP)
    # the note under the table names the four steps and folds them into three
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert notes == [FOLD_NOTE]
    for word in FOUR_STEP:
        assert word in FOLD_NOTE
    assert "重大风险、较大风险按一级" in FOLD_NOTE and "一般风险按二级" in FOLD_NOTE
    assert "低风险按三级" in FOLD_NOTE
    # the truth reads the levels by the note, not by the three-step 重大/较大/一般 = 1/2/3
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    got = [r["level"] for r in BATCH.points(name)]
    assert got == [FOUR_STEP[w] for w in words]
    three_step = {"重大风险": 1, "较大风险": 2, "一般风险": 3, "低风险": 3}
    assert sum(FOUR_STEP[w] != three_step[w] for w in words) >= 3
    assert len(BY_NAME[name]["truth"]) == len(FOUR_STEP_ROWS)


def test_batch920_plain_tables_by_heading():
    cases = [
        ("cuoqin_quluo_township_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("cuoqin_cishi_township_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("cuoqin_science_service_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "cuoqin_science_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "cuoqin_science_service_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch920_group_rows_give_the_department():
    name = "cuoqin_info_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch920_one_sheet_a_person():
    name = "cuoqin_extension_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "cuoqin_sme_service_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch920_is_read(tmp_path):
    BATCH.is_read(tmp_path)
