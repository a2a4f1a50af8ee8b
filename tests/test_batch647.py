"""The six-hundred-and-forty-seventh batch of published layouts (tests/published/batch647.py): seven
ordinary files as the tourism bodies of one county (凉城县) really send them, and one harder: the
岱海旅游区管理委员会's 领导班子廉政风险防控表 whose levels stand only in sub-rows ``【高风险】`` … inside each
leader's merged block (``python tests/published/score.py --set batch647``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 364b7cd (/work/snap18; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=0.942 levels=0.796 types=1.000
noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000 precision=0.942 levels=0.796
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``liangcheng_daihai_committee_level_rows.xlsx`` (sheet 班子成员; forms 3/3,
points 10/10, precision 10/13, levels 0/10): the reader read the seven level sub-rows (D4, D7, D9,
D11, D14, D16, D18: ``【高风险】``/``【中风险】``/``【低风险】`` merged over D:E, no 序号) as POINTS — each a
point with an empty text whose level is the sub-row's own (Ⅰ/Ⅱ/Ⅲ级, MEASURES_BLANK at E4 …), three of
them scored as extra points (precision 10/13) — and left the ten real point rows under them
(D5, D6, D8, D10, D12, D13, D15, D17, D19, D20) unlevelled (LEVEL_BLANK), where the truth gives
each the level of the sub-row above it in the same leader's block. Kind: level sub-rows inside
merged holder blocks (a 【高风险】 row heading the points below it) are read as rows of the table,
not as group rows that carry a level down to the next sub-row. Besides (unscored): the 填报单位 line
``…党政办公室`` was taken as the leaders' 科室 and 主任/副主任 as 中层岗位.

Unscored besides: TABLE_NO_TYPE (info) on the ordinary files without a type column.

Not generalised in the stop that measured it (left for the next): level sub-rows
(``【高风险】``/``【中风险】``/``【低风险】``) inside each holder's merged block giving their level to the
point rows below them.

Generalised after this measurement: level sub-rows inside each holder's block (`【高风险】`, `一级风险点：`, `（二级）`, no 序号, no level column) are no points and give their level to the points below them until the next sub-row or holder (`tests/test_level_sub_rows_in_blocks.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch647 import (
    COMMITTEE,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    SUBROWS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **SUBROWS}
BATCH = Batch(647, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"liangcheng_daihai_committee_level_rows"}
TYPED = {"liangcheng_tourism_company_two_sheets", "liangcheng_visitor_centre_posts"}
NOBODY = {"liangcheng_visitor_centre_posts"}


def test_batch647_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=643, unit_words=("凉城县",), new_people=True)


def test_batch647_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch647_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch647_every_unit_is_of_liangcheng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("凉城县") for u in units)


def test_batch647_level_subrows_give_the_levels():
    name = "liangcheng_daihai_committee_level_rows"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][:5] == ["序号", "姓名", "职务", "廉政风险点", "防控措施"]
    got, level = [], None
    for row in rows[head + 1 :]:
        if row[3] in SUBROWS:
            assert row[0] is None
            level = SUBROWS[row[3]]
        elif isinstance(row[0], int):
            got.append(("", row[2], row[1], row[3], level))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no level column: the sub-rows are the only place a level stands
    assert not any(cell in LEVELS for row in BATCH.table(name) for cell in row)
    assert len(BY_NAME[name]["truth"]) == len(COMMITTEE)


def test_batch647_plain_tables_by_heading():
    cases = [
        ("liangcheng_scenic_office_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("liangcheng_laohushan_register",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("liangcheng_visitor_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
    name = "liangcheng_visitor_centre_posts"
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    name = "liangcheng_tourism_company_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "公司领导") == BATCH.truth_rows(name, "公司领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")


def test_batch647_group_rows_give_the_department():
    name = "liangcheng_ticket_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch647_one_sheet_a_person():
    name = "liangcheng_hotspring_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "liangcheng_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch647_is_read(tmp_path):
    BATCH.is_read(tmp_path)
