"""The five-hundred-and-sixty-eighth batch of published layouts (tests/published/batch568.py): seven
ordinary files as the 生态环境 and 自然保护地 bodies of one county (玛多县) really send them — the
生态环境局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 环境监测站's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 生态环境综合行政执法大队's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
湿地保护站's 清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 扎陵湖乡生态管护站's
防控卡 one sheet a leader with ``★★★/★★/★``, the 黄河乡生态管护站's 一览表 with ``高风险/中风险/低风险``, the
花石峡镇生态管护站's 登记表 — and one harder: the 鄂陵湖保护管理站's 岗位廉政风险防控表, one row a point,
with a band of twelve month columns under ``风险高发时段`` ticked ``●`` between the point and its level
(``python tests/published/score.py --set batch568``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8f74a54 (/work/snap3; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 31/31, points 54/54); with --strict: TOTAL forms=0.903 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 28/31). The 8 files: eight .xlsx, no re-saved copies.
Plain, all eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the
harder ``maduo_eling_lake_station_month_band`` too: the reader took 序号/岗位/责任人/廉政风险点 and
风险等级/防控措施 either side of the band as the table, gave each of the nine rows (防控表 D5–D13) to
its holder with its level, and left the twelve month columns E–P (``风险高发时段`` over ``1月 … 12月``,
the ``●``) out of every point, level, type and measure — silently, without even an info issue.

Missed, only with --strict, in ``maduo_huashixia_station_register.xlsx`` (sheet 登记表; forms 1/4,
points 6/6): the ``组室`` column (B2, values ``站领导``, ``管护组``, ``综合组`` merged down B3–B8) was
dropped without an issue (no COLUMN_GUESSED), and every form got the 科室 from the title instead —
unit ``玛多县花石峡镇``, department ``生态管护站`` (posts.csv F00018–F00021) — where the truth has the
unit ``玛多县花石峡镇生态管护站`` and the 科室 ``管护组`` (组长 沃岚翯, B5; 管护员 皇甫涴琪, B6–B7) and
``综合组`` (出纳 沃翾瑢, B8); the 站长 (科室 ``站领导``) matches only because a leader's 科室 is not
compared. Kind: a 科室 column headed ``组室`` (the 组 of a small station) is not known as a 科室
heading, so the 组 is lost and the station named in the title is split into a 镇 unit and a 科室.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK); in the same
花石峡镇 file the 站长 came out ``中层岗位`` (the truth: leader).

Not generalised in the stop that measured it (left for the next): a ``组室`` heading as the 科室
column; a band of month columns ticked ``●`` (read right, but passed over without a note).

Generalised after this measurement: a column headed 组室 is the 科室
(tests/test_level_columns.py::test_a_column_headed_zushi_is_the_keshi); the month band was read
untuned. Read 1.00, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch568 import (
    BAND,
    DOT,
    GRADES,
    HIGHS,
    LAYOUTS,
    MONTHS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(568, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"maduo_eling_lake_station_month_band"}
TYPED = {
    "maduo_monitoring_station_posts",
    "maduo_huanghe_station_list",
    "maduo_huashixia_station_register",
}
NOBODY = {"maduo_monitoring_station_posts"}


def test_batch568_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=567, unit_words=("玛多县",), new_people=True)


def test_batch568_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch568_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch568_every_unit_is_of_maduo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("玛多县") for u in units)


def test_batch568_month_band_is_no_part_of_the_points():
    name = "maduo_eling_lake_station_month_band"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    band = rows[head].index("风险高发时段")
    n = len(MONTHS)
    assert rows[head][band : band + n] == ["风险高发时段"] * n
    assert rows[head + 1][band : band + n] == MONTHS
    assert BATCH.merged(name, 0, head, band, band + n - 1)
    # the ordinary columns either side of the band give the truth, row by row
    heads = {"post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    table = BATCH.table(name)
    assert len(table) == sum(len(points) for *_, points in BAND)
    for row in table:
        ticks = row[band : band + n]
        assert set(ticks) <= {DOT, None} and ticks.count(DOT) >= 2, row
    # some risks run high all the year, most in a few months only
    counts = [row[band : band + n].count(DOT) for row in table]
    assert n in counts and min(counts) < n
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert len(BY_NAME[name]["truth"]) == len(BAND)


def test_batch568_plain_tables_by_heading():
    cases = [
        ("maduo_huanghe_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("maduo_huashixia_station_register",
         {"dept": "组室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("maduo_monitoring_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "maduo_ecology_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "maduo_monitoring_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch568_group_rows_give_the_department():
    name = "maduo_wetland_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch568_one_sheet_a_person():
    name = "maduo_enforcement_brigade_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在中队", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "maduo_zhalinghu_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch568_is_read(tmp_path):
    BATCH.is_read(tmp_path)
