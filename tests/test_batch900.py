"""The nine-hundredth batch of published layouts (tests/published/batch900.py): seven ordinary
files as the emergency management bodies of one county (托里县) really send them — the 应急管理局's
一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 安全生产执法大队's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 矿山安全监管站's 防控卡 one sheet a leader with ``★★★/★★/★``, the
森林草原防火办公室's 清单 under group rows ``一、办公室领导`` … with ``一级风险/二级风险/三级风险``, the
救灾物资储备库's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 铁厂沟镇应急管理站's 一览表 with
``高风险/中风险/低风险``, the 庙尔沟镇应急管理站's 登记表 — and one harder: the 地震局's 一览表 come back
from a PDF printed with 打印行号列标, the print's column letters a row of cells above the table and
its row numbers a column of cells left of every row (``python tests/published/score.py --set batch900``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 38852ce8 (/work/snap58; this worktree branched from
main at 917a9be2), after the tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=1 (forms 29/29, points 48/48, precision 48/48, levels 48/48, types
48/48); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=1. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``tuoli_earthquake_bureau_print_labels.xlsx`` (sheet 一览表; forms 4/4,
points 7/7, precision 7/7, levels 7/7, types 7/7, noise 1): every point reached its holder with its
level (F00001 局领导 局长 苑翯珩, F00002 监测预报股 股长 郈淏岿, F00003 震害防御股 股长 苑溦昶, F00004
震害防御股 科员 郈瀛翀, as the truth), but the printed column letters at B1:H1 were reported as
content outside the table (warning ROW_UNPLACED at B1, ``A B C D E F G``: the one noise), the column
of printed row numbers was taken for the 序号 (info COLUMN_GUESSED at A3, heading ``2``, as 序号) and
the real ``序号`` at B3 for 其他 (info COLUMN_GUESSED), and, unscored, the printed row number ``1`` of
the title row was glued to the unit: every form's unit is ``1托里县地震局`` (posts.csv and
risks.csv), not ``托里县地震局``.
Kind: a print's row and column labels captured as cells around a table (a row of column letters
``A | B | …`` above it, a column of the sheet's row numbers left of every row) are read as table
content: the letter row is reported as stray content outside the table, the row-number column
displaces the real 序号, and the title row's number is taken into the unit's name.

Unscored besides: the unit ``1托里县地震局`` (above); the 镇 stations read as unit ``托里县铁厂沟镇`` /
``托里县庙尔沟镇`` with the 站's 科室 under it
(scored as matches); the 防火办's
``一、办公室领导`` read as 科室 ``办公室``; the cards' leaders under 科室 ``领导班子`` (truth: none; the
scorer accepts it); the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Not generalised in the stop that measured it (left for the next): a PDF-to-Excel copy printed with
打印行号列标 — a first row ``(blank) | A | B | C …`` and a first column of the printed row numbers
``1, 2, 3 …`` beside every row — dropped as a frame around the sheet (no stray content, the real
序号 kept, the title's row number no part of the unit).

Generalised after this measurement: a print's row numbers and column letters captured as cells around a
table (打印行号列标) dropped before reading (PRINT_LABELS_DROPPED), tests/test_print_row_column_labels.py.
Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch900 import (
    GRADES,
    HIGHS,
    LABELLED,
    LAYOUTS,
    LETTERS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(900, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tuoli_earthquake_bureau_print_labels"}
TYPED = {
    "tuoli_safety_enforcement_brigade_posts",
    "tuoli_tiechanggou_station_list",
    "tuoli_miaoergou_station_register",
}
NOBODY = {"tuoli_safety_enforcement_brigade_posts"}


def test_batch900_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("托里县",), new_people=True)


def test_batch900_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch900_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch900_every_unit_is_of_tuoli():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("托里县") for u in units)


def test_batch900_print_labels_around_the_table():
    name = "tuoli_earthquake_bureau_print_labels"
    rows = BATCH.filled(name)
    # the first row: an empty corner, then the printed column letters A … G
    assert rows[0][0] is None and rows[0][1:] == list(LETTERS[:7])
    # the first column: the printed row number of every row below, title and sign-off too
    assert [row[0] for row in rows[1:]] == list(range(1, len(rows)))
    head = next(i for i, row in enumerate(rows) if row[1] == "序号")
    assert rows[head][1:] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = [row for row in rows[head + 1 :] if isinstance(row[1], int)]
    assert [row[1] for row in table] == list(range(1, len(table) + 1))
    # the printed row numbers are not the 序号: they run ahead of it by the rows above the table
    assert all(row[0] == row[1] + head for row in table)
    got = [(row[2], row[3], row[4], row[5], GRADES[row[6]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert len(BY_NAME[name]["truth"]) == len(LABELLED)
    # the title and the sign-off line stand behind their row numbers too
    assert "一览表" in rows[1][1] and rows[-1][1].startswith("制表")


def test_batch900_plain_tables_by_heading():
    cases = [
        ("tuoli_tiechanggou_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("tuoli_miaoergou_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("tuoli_safety_enforcement_brigade_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "tuoli_emergency_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "tuoli_safety_enforcement_brigade_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch900_group_rows_give_the_department():
    name = "tuoli_fire_prevention_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch900_one_sheet_a_person():
    name = "tuoli_relief_depot_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "tuoli_mine_safety_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch900_is_read(tmp_path):
    BATCH.is_read(tmp_path)
