"""The five-hundred-and-ninety-eighth batch of published layouts (tests/published/batch598.py): seven
ordinary files as the 发展改革, 粮食 and 统计 bodies of one county (中宁县) really send them — the
发展和改革局's 一览表 in two sheets 局领导/股室 with 高/中/低, the 粮食和物资储备中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 价格认证中心's 自查表 one sheet a person with
``一级风险/二级风险/三级风险``, the 统计普查中心's 清单 under group rows ``一、中心领导`` … with
``一级/二级/三级``, the 国家粮食储备库's 防控卡 one sheet a leader with ``★★★/★★/★``, the 节能监察中心's
一览表 under ``附件3`` with ``高风险/中风险/低风险``, the 粮油应急保障中心's 登记表 — and one harder: the
统计局's 岗位廉政风险点一览表, one row a person, his points numbered one a line in one cell and their
levels one a line, unnumbered, in the 风险等级 cell beside it (the n-th line the n-th point's level)
(``python tests/published/score.py --set batch598``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 42aec8b (/work/snap9; score.py printed ``reader:
/work/snap9/xlproc/__init__.py``; this worktree branched from dev at 4139be4): ``TOTAL forms  32/32
points  57/57  recall 1.00 precision 1.00 (57/57)  levels  57/57  types  57/57  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the same:
``TOTAL forms  32/32  points  57/57  recall 1.00 precision 1.00 (57/57)  levels  57/57  types  57/57
noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The
8 files: eight .xlsx, no re-saved copies. All eight layouts read in full (forms, points, levels and
types all 1.00, noise 0), the harder one too: collect on the harder file alone (sheet 风险点一览表)
gave five forms, each person's numbered lines in E4:E8 split into his points (numbers left off), each
point with the level on the same line of F4:F8 and its measure from G4:G8, and only the info issue
TABLE_NO_TYPE at A3. The README's 读得懂的表 does not describe a level cell of one level a line paired
with the numbered points beside it, but the reader already reads it. So this harder layout is no
miss: no misreading to report.

Not generalised in the stop that measured it (nothing to generalise: no miss).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch598 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(598, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhongning_statistics_bureau_parallel_lines"}
TYPED = {
    "zhongning_grain_reserve_centre_posts",
    "zhongning_energy_centre_list",
    "zhongning_grain_emergency_register",
}
NOBODY = {"zhongning_grain_reserve_centre_posts"}
NUMBERED = re.compile(r"^(\d+)\.(.+)$")


def _lines(cell) -> list[str]:
    return str(cell).split("\n") if cell is not None else []


def _points_in(form: dict, by_sheet: dict) -> set:
    """The harder file's points are the numbered lines of its cells (their numbers left off)."""
    here = set(by_sheet[form["sheet"]])
    if not form["file"].endswith("zhongning_statistics_bureau_parallel_lines.xlsx"):
        return here
    rows = BATCH.filled("zhongning_statistics_bureau_parallel_lines", form["sheet"])
    lines = {NUMBERED.match(line) for row in rows for cell in row for line in _lines(cell)}
    return here | {norm(m.group(2)) for m in lines if m}


def test_batch598_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=591, unit_words=("中宁县",), new_people=True)


def test_batch598_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch598_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch598_every_unit_is_of_zhongning():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("中宁县") for u in units)


def test_batch598_level_lines_pair_with_point_lines():
    name = "zhongning_statistics_bureau_parallel_lines"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = BATCH.table(name)
    assert len(table) == len(STAFF)
    got = []
    for row in table:
        points, levels, measures = _lines(row[4]), _lines(row[5]), _lines(row[6])
        assert len(points) == len(levels) == len(measures) >= 2
        for n, (point, level, measure) in enumerate(zip(points, levels, measures, strict=True), 1):
            m = NUMBERED.match(point)
            assert m and int(m.group(1)) == n, point
            assert measure.startswith(f"{n}.")
            # the level lines are bare words, unnumbered
            assert level in GRADES, level
            got.append((row[1], row[2], row[3], m.group(2), GRADES[level]))
    assert got == BATCH.truth_rows(name)
    # one form a person, one row a person, and the level lines differ within some cells
    assert len(BY_NAME[name]["truth"]) == len(table)
    assert sum(len(set(_lines(row[5]))) > 1 for row in table) >= 3


def test_batch598_plain_tables_by_heading():
    cases = [
        ("zhongning_energy_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhongning_grain_emergency_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("zhongning_grain_reserve_centre_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhongning_development_reform_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "zhongning_grain_reserve_centre_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch598_group_rows_give_the_department():
    name = "zhongning_census_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch598_one_sheet_a_person():
    name = "zhongning_price_certification_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhongning_grain_depot_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch598_is_read(tmp_path):
    BATCH.is_read(tmp_path)
