"""The four-hundred-and-seventy-third batch of published layouts (tests/published/batch473.py): seven
ordinary files as the 农业农村 bodies of one county (临洮县) really send them — the 农业技术推广中心's
一览表 with 高/中/低 and short types, the 畜牧兽医站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 农村经营管理站's file in two sheets ``站领导``/``科室`` with ``一级/二级/三级``, the
洮阳镇农业综合服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 八里铺镇 one's 自查表 one sheet
a person with ``高风险/中风险/低风险``, the 新添镇 one's 责任清单 under group rows ``一、中心领导`` … with
``一级风险/二级风险/三级风险``, the 辛店镇 one's 一览表 with 责任人 on every row — and one harder: the
农业农村局's 一览表 whose ``防控措施`` is one cell merged down over each holder's points, its lines keyed
to the points by their 序号 (``针对风险点3：…；⏎针对风险点4：…；``)
(``python tests/published/score.py --set batch473``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 1c2959f (``/work/snap25``; this
worktree branched from dev at 1c2959f too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (20/20 forms, 39/39 points, levels and types all right), the
harder ``lintao_bureau_keyed_measures.xlsx`` too (4/4 forms, 9/9 points, 9/9 levels, 9/9 types):
the merged ``针对风险点N：…`` cells were not taken for points. No miss by cell.

Not scored but seen in the export (risks.csv): each of the harder file's points carries the WHOLE
merged 防控措施 cell of its holder (e.g. the rows of points 1 and 2 both carry ``针对风险点1：…；⏎
针对风险点2：…；``) — the measures are not split by the ``针对风险点N`` key to the point numbered N.
issues.csv holds only info lines (``TABLE_NO_TYPE`` for the untyped tables, ``GRADE_BLANK``).

Every layout read in full untuned as scored; the is_read test keeps it so.

Generalised after this measurement (unscored): each point now keeps only its own lines of the merged measures
cell, where every line is keyed by the points' 序号 and the keys are exactly the 序号 of the rows the
cell serves (locate._measures_lines_by_number, info MEASURES_LINES_BY_NUMBER; tests/test_columns.py
test_measures_merged_over_a_holders_points_keyed_to_them_by_number, in other words and with two
cases read as before).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch473 import (
    BUREAU,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(473, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
KEYED = "lintao_bureau_keyed_measures"
HARDER = {KEYED}
UNTYPED = {
    "lintao_management_station_two_sheets",
    "lintao_taoyang_center_cards",
    "lintao_balipu_center_selfchecks",
    "lintao_xintian_center_group_rows",
}
NOBODY = {"lintao_veterinary_station_posts"}


def test_batch473_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=470, unit_words=(PLACE,), new_people=True)


def test_batch473_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch473_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch473_every_unit_is_of_lintao():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch473_measures_keyed_to_the_points_by_number():
    rows = BATCH.filled(KEYED)
    assert rows[1][7] == "防控措施"
    table = BATCH.table(KEYED)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_h, points in BUREAU)
    got, keyed = [], {}
    for row in table:
        got.append((row[1], row[2], row[3], row[4], HML[row[6]]))
        nums = [int(re.match(r"针对风险点(\d+)：", line).group(1)) for line in row[7].split("\n")]
        assert row[0] in nums
        keyed.setdefault(row[7], nums)
    assert got == BATCH.truth_rows(KEYED)
    # one measures cell a holder, merged down, naming exactly the 序号 of that holder's points
    assert len(keyed) == len(BUREAU)
    header = BATCH.header(KEYED)
    for nums, (*_h, points) in zip(keyed.values(), BUREAU, strict=True):
        assert nums == list(range(nums[0], nums[0] + len(points)))
        r = header + nums[0]
        assert BATCH.sheet(KEYED)["rows"][r][7] is not None
        assert all(BATCH.merged(KEYED, 0, r + k, 7, 7) for k in range(1, len(points)))
    truth = {p["risk_point"] for p in BATCH.points(KEYED)}
    assert not {row[7] for row in table} & truth


def test_batch473_plain_tables_by_heading():
    cases = [
        ("lintao_extension_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("lintao_veterinary_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("lintao_xindian_center_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        (KEYED, {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "lintao_veterinary_station_posts"
    assert BATCH.holders(name) == {""}
    name = "lintao_management_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "站领导",
                           fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch473_group_rows_and_one_sheet_a_person():
    name = "lintao_xintian_center_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "lintao_taoyang_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lintao_balipu_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch473_is_read(tmp_path):
    BATCH.is_read(tmp_path)
