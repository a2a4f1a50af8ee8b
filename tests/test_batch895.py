"""The eight-hundred-and-ninety-fifth batch of published layouts (tests/published/batch895.py):
seven ordinary files as the market regulation bodies of one county (温宿县) really send them — the
市场监督管理局's 一览表 in two sheets 局领导/股室 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 食品药品检验站's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 计量检定所's 防控卡 one sheet a leader with ``★★★/★★/★``, the
质量技术服务中心's 清单 under group rows ``一、中心领导`` … with 高/中/低, the 佳木镇市场监管所's 自查表 one
sheet a person with ``一级风险/二级风险/三级风险``, the 托乎拉乡市场监管所's 一览表 with
``高风险/中风险/低风险``, the 消费者投诉举报中心's 登记表 — and one harder: the 知识产权服务中心's 一览表,
one row a person, whose 廉政风险点 cell is a numbered list and whose 风险等级 cell beside it is a
numbered list too, matched by number (``python tests/published/score.py --set batch895``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 38852ce8 (/work/snap58; this worktree branched from
main at the same commit), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 29/29, points 52/52, precision 52/52, levels 52/52, types
52/52); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full
(forms, points, levels and types all 1.00, noise 0), the seven ordinary ones and the harder one.

Missed: nothing. The harder ``wensu_ip_service_center_numbered_lines.xlsx`` (sheet 一览表; forms
4/4, points 10/10, levels 10/10) was read as the truth reads it: each numbered line of the
廉政风险点 cell a point without its number, graded by the line of the 风险等级 cell with the same
number (F00009 主任 乌湉珣 ``1.一级⏎2.一级⏎3.三级`` → Ⅰ级, Ⅰ级, Ⅲ级; F00010 科长 逢璆岱 ``1.二级⏎2.一级``
→ Ⅱ级, Ⅰ级; F00011, F00012 likewise), each point with the measures line of its number, and no
warning or hint about the shape (only TABLE_NO_TYPE, info). So the shape, though the README's
读得懂的表 and docs/layouts.md do not describe it, is already read.
Kind: none (no miss); what the docs lack is only the sentence for a level cell that is itself a
numbered list matched by number to the point cell (and the measures cell) beside it.

Unscored besides: no errors or warnings; the issues are info only (TABLE_NO_TYPE on the untyped
sheets, GRADE_BLANK on the cards and self-check sheets).

Not generalised in the stop that measured it (left for the next): nothing to generalise; the
catalogue could describe the shape (a one-row-a-person list whose 风险等级 and 防控措施 cells are
numbered lists matched to the 廉政风险点 cell's numbers), with this batch as its test.

Read in full untuned (every layout 1.00, --strict too): is_read below.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch895 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    NUMBERED,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(895, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wensu_ip_service_center_numbered_lines"}
TYPED = {
    "wensu_food_drug_testing_station_posts",
    "wensu_tuohula_town_station_list",
    "wensu_consumer_complaint_center_register",
}
NOBODY = {"wensu_food_drug_testing_station_posts"}


def test_batch895_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("温宿县",), new_people=True)


def _points_in(form, sheets):
    """The harder file's points are the numbered lines of its point cells, the number left off
    (the cells are normalised, their line breaks gone: split at the numbers)."""
    here = sheets[form["sheet"]]
    if form["file"].startswith("wensu_ip_service_center_numbered_lines"):
        return {part for c in here for part in re.split(r"\d+\.", c) if part}
    return here


def test_batch895_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch895_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch895_every_unit_is_of_wensu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("温宿县") for u in units)


def _lines(cell: str) -> dict[int, str]:
    """A numbered list in one cell: number -> the line's text without its number."""
    out = {}
    for line in cell.split("\n"):
        m = re.fullmatch(r"(\d+)\.(.+)", line)
        assert m, line
        out[int(m.group(1))] = m.group(2)
    return out


def test_batch895_levels_numbered_beside_the_points():
    name = "wensu_ip_service_center_numbered_lines"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    heading = rows[head]
    assert heading == ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = BATCH.table(name)
    assert [row[0] for row in table] == list(range(1, len(NUMBERED) + 1))
    got = []
    for row in table:
        points, levels, measures = _lines(row[4]), _lines(row[5]), _lines(row[6])
        # every point has the level and the measures of its own number, and no more lines
        assert list(points) == list(levels) == list(measures) == list(range(1, len(points) + 1))
        assert len(points) >= 2 and all(levels[n] in GRADES for n in points)
        got += [(row[1], row[2], row[3], points[n], GRADES[levels[n]]) for n in points]
    assert got == BATCH.truth_rows(name)
    # one form a person, one row a person; no cell is itself a level word
    assert len(BY_NAME[name]["truth"]) == len(table) == len(NUMBERED)
    assert not any(row[5] in LEVELS for row in table)


def test_batch895_plain_tables_by_heading():
    cases = [
        ("wensu_tuohula_town_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wensu_consumer_complaint_center_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("wensu_food_drug_testing_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wensu_market_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "wensu_food_drug_testing_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch895_group_rows_give_the_department():
    name = "wensu_quality_service_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch895_one_sheet_a_person():
    name = "wensu_jiamu_town_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wensu_metrology_institute_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch895_is_read(tmp_path):
    BATCH.is_read(tmp_path)
