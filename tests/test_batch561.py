"""The five-hundred-and-sixty-first batch of published layouts (tests/published/batch561.py): seven
ordinary files as the human resources, social security and medical insurance bodies of one county
(贵南县) really send them — the 人力资源和社会保障局's 一览表 in two sheets 局领导/股室 with
``一级/二级/三级``, the 就业服务局's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 社会保险服务中心's
自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 医疗保障服务中心's 清单 under group rows
``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 劳动保障监察大队's 防控卡 one sheet a leader
with ``★★★/★★/★``, the 劳动人事争议仲裁院's 一览表 with ``高风险/中风险/低风险``, the 人才交流服务中心's
登记表 — and one harder: the 医疗保障局's 岗位廉政风险防控责任矩阵表, one row a post and one column a
point, the points' levels in a heading row of their own and in each cell the post's own measure
for that point or ``/`` (``python tests/published/score.py --set batch561``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at cc498a9 (/work/snap; this worktree branched from
main): TOTAL forms=0.839 recall=0.772 precision=1.000 levels=1.000 types=1.000 noise=0; with
--strict the same: TOTAL forms=0.839 recall=0.772 precision=1.000 levels=1.000 types=1.000
noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too).

Missed, all in the harder ``guinan_medical_security_bureau_duty_matrix.xlsx`` (sheet 责任矩阵;
forms 0/5, points 0/13, precision 0/0, noise 0): the reader found no table in the workbook at all —
one warning FILE_NO_FORM (“工作簿中未找到廉政风险识别和防控表”), no posts row, no risks row, no issue
on any cell. Neither the heading rows 3–5 (A3:D4 ``序号 | 股室 | 岗位 | 姓名`` merged down, E3:J3
``廉政风险点及本岗位防控措施`` merged across, the six points in E4:J4, ``风险等级`` merged A5:D5 with
``一级/一级/一级/二级/二级/三级`` in E5:J5) nor the five post rows 6–10 were taken as a table. The truth
has five holders, 13 points: 局领导 局长 厍翀峤 (E4, F4, J4), 局领导 副局长 缑湄珏 (E4, F4, G4), 基金监管股
股长 厍嵘朏 (F4, G4, I4), 医药服务股 股长 缑璟沅 (E4, H4) and 办公室 会计 厍珞汧 (I4, J4), each point with
the level under it in row 5 (the cells E6:J10 hold each post's own measure or ``/``). Kind: a
matrix with the POINTS as column headings (their levels in a heading row of their own) and each
post's MEASURES in the cells (``/`` where not involved) is not recognised as a risk table at all,
so the whole file is dropped and none of its points reaches any of its holders.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): points across as column
headings with a level row under them, posts down, a filled measure cell making the column's point
the row's post's, ``/`` making it none.

Generalised after this measurement: a post-a-row matrix with the points across, their levels in a
row of their own or closing the points, each post's own measures or a tick in the cells
(tests/test_matrix_measures_across.py). Read 1.00 since.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch561 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    NONE,
    POINTS,
    POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(561, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"guinan_medical_security_bureau_duty_matrix"}
TYPED = {
    "guinan_employment_bureau_posts",
    "guinan_arbitration_court_list",
    "guinan_talent_center_register",
}
NOBODY = {"guinan_employment_bureau_posts"}


def test_batch561_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=555, unit_words=("贵南县",), new_people=True)


def test_batch561_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch561_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch561_every_unit_is_of_guinan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("贵南县") for u in units)


def test_batch561_matrix_cells_give_the_points():
    name = "guinan_medical_security_bureau_duty_matrix"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    n = len(POINTS)
    assert rows[head][4 : 4 + n] == ["廉政风险点及本岗位防控措施"] * n
    assert rows[head + 1][4 : 4 + n] == [point for point, _ in POINTS]
    assert rows[head + 2][:4] == ["风险等级"] * 4
    assert rows[head + 2][4 : 4 + n] == [level for _, level in POINTS]
    table = [row for row in rows[head + 3 :] if isinstance(row[0], int)]
    assert len(table) == len(POSTS)
    got = []
    for row in table:
        for j, (point, level) in enumerate(POINTS):
            cell = row[4 + j]
            assert cell and (cell == NONE or cell.endswith("。")), cell  # a measure or not involved
            if cell != NONE:
                got.append((row[1], row[2], row[3], point, GRADES[level]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # every point has a post, most two or more; no measure is a point
    shares = [sum(row[4 + j] != NONE for row in table) for j in range(n)]
    assert min(shares) >= 1 and sum(s >= 2 for s in shares) >= n - 1
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4 + j] for row in table for j in range(n)}
    assert len(BY_NAME[name]["truth"]) == len(POSTS)


def test_batch561_plain_tables_by_heading():
    cases = [
        ("guinan_arbitration_court_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("guinan_talent_center_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("guinan_employment_bureau_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "guinan_hrss_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "guinan_employment_bureau_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch561_group_rows_give_the_department():
    name = "guinan_medical_insurance_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch561_one_sheet_a_person():
    name = "guinan_social_insurance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "guinan_labour_inspection_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch561_is_read(tmp_path):
    BATCH.is_read(tmp_path)
