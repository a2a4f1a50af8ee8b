"""The three-hundred-and-thirty-ninth batch of published layouts (tests/published/batch339.py): seven
ordinary files as the 街道 and 社区 bodies of one district (郫都区) really send them — the
犀浦街道办事处's two sheets ``街道领导 | 内设机构`` with 高/中/低, the 唐昌街道便民服务中心's 一览表 with
short types and ``高风险/中风险/低风险``, the 团结街道综合行政执法队's 防控卡 one sheet a holder with
``★★★/★★/★``, the 安德街道社区卫生服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 清溪社区's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the
郫筒街道办事处's 责任清单 under group rows with ``职责事项`` and ``一级/二级/三级``, the
红光街道社区卫生服务中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 蜀锦社区居民委员会's 一览表
with NO 防控措施 column, whose measures stand ONE ROW A PERSON under his points, a row without
序号 inside his merged 岗位 and 姓名 whose risk cells are one merged cell ``防控措施：⏎1.…⏎2.…``
(``python tests/published/score.py --set batch339``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c0e96b6 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch339``:
``TOTAL                      forms  38/38  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  68/68  types  68/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  68/68  types  68/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with ``--strict`` too — the harder one
included. The truth was not changed after measuring.

No scored miss. What the reader got wrong is unscored, and most of it is in the harder
``pidu_shujin_community_measure_rows.xlsx`` (sheet ``一览表``: title row 1, the ``填报单位（盖章）：…``
line row 2, the header row 3 ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级``, the points in
rows 4–6, 8–9, 11–12, 14–15, 17–18, the measures rows D7:F7, D10:F10, D13:F13, D16:F16, D19:F19, the
``注：`` line row 20, the 填表人 line row 21). The eleven points were read right, each with its
holder, level and type (posts.csv F00019–F00023), and the five measures rows were rightly NOT
read as points, but they were dropped WITHOUT A TRACE: not one measure reached any point (the
``measures`` column of risks.csv is blank for all eleven; truth: each point's measures are its
person's row below it), the rows are neither reported as outside the table nor counted (the
check line says ``表格行 68 = 风险点 68 + 已报告问题行 0;表格外内容 0 处``), and instead every point got
a FALSE warning MEASURES_BLANK (``风险点“…”未填写防控措施;请补填``) at D4, D5, D6, D8, D9, D11, D12,
D14, D15, D17, D18 — eleven warnings telling the 社区 to fill in measures it did write.

Kind (one, unscored): a list with no measures column whose measures are written ONE ROW A PERSON,
merged over the risk cells under that person's points and labelled ``防控措施：``, is read as a
list without measures — the measures rows are silently passed over instead of being attached to
the points above them, and each of those points is flagged as having none.

Unscored besides: the 唐昌街道便民服务中心's and the 团结街道综合行政执法队's files were given the
unit of their 街道 (``郫都区唐昌街道``, F00024–F00028; ``郫都区团结街道``, F00029–F00031; truth
``郫都区唐昌街道便民服务中心``, ``郫都区团结街道综合行政执法队``) with their own 科室 kept (``中心领导``, the
窗口; ``队领导``, ``法制审核组``, ``执法一中队``), the 中心 and the 队 lost from the unit; the leaders'
科室 ``街道领导`` was left blank on the 犀浦街道's sheet (F00032–F00034) and under the 郫筒街道's
group row (F00010–F00011), and the 清溪社区's 党委书记、居委会主任 and 居委会副主任 were given the 科室
``领导班子`` (F00016–F00017; truth blank) — the scorer does not weigh a leader's 科室. Units, tiers
and the other 科室 of every form are as the truth has them. The other issues are info only
(TABLE_NO_TYPE on the 犀浦街道's two sheets, the 郫筒街道's list and the three 自查表; GRADE_BLANK on
the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a row of measures in the point column after a holder's points ('防控措施：⏎1.…', unscored; tests/test_columns.py::test_a_row_of_measures_in_the_point_column_after_a_holders_points).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch339 import (
    BANDS,
    BARE,
    BLOCK_HEAD,
    BLOCK_NOTE,
    GRADES,
    LAYOUTS,
    LEVEL_COL,
    MEASURES_LABEL,
    POINT_COL,
    RESAVED,
    RISKS,
    ROMAN,
    SHUJIN,
    STARS,
    build,
    measures_text,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(339, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
MEASURE_FILE = "pidu_shujin_community_measure_rows"
HARDER = {MEASURE_FILE}
UNTYPED = {
    "pidu_xipu_subdistrict_two_sheets",
    "pidu_qingxi_community_selfchecks",
    "pidu_pitong_subdistrict_groups",
}
NOBODY = {"pidu_ande_health_center_posts"}
GAP = "\u3000"


def test_batch339_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, unit_words=("郫都区",), new_people=True)


def test_batch339_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch339_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch339_every_unit_is_of_pidu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("郫都区") for u in units)
    assert all(("街道" in u) for u in units)


def test_batch339_measures_stand_in_a_row_under_each_persons_points():
    name = MEASURE_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(BLOCK_HEAD)
    assert not any("措施" in h for h in BLOCK_HEAD)  # no measures column
    body = rows[head + 1 :]
    points, measures = [], []
    for r, row in enumerate(body, head + 1):
        if isinstance(row[0], int):
            points.append((r, row))
        elif isinstance(row[POINT_COL], str) and row[POINT_COL].startswith(MEASURES_LABEL):
            measures.append((r, row))
    # one measures row a person, right under the person's last point, merged over the point,
    # type and level cells, with no 序号, inside the person's merged 岗位 and 姓名
    assert len(measures) == len(SHUJIN)
    for (r, row), (post, who, _, pts, ms) in zip(measures, SHUJIN, strict=True):
        assert row[0] is None and row[1:3] == [post, who]
        assert row[POINT_COL] == row[POINT_COL + 1] == row[LEVEL_COL] == measures_text(ms)
        assert BATCH.merged(name, 0, r, POINT_COL, LEVEL_COL)
        assert BATCH.merged(name, 0, r, 1, 1) and BATCH.merged(name, 0, r, 2, 2)
        above = [p for p in points if p[0] < r and p[1][1:3] == [post, who]]
        assert len(above) == len(pts) and above[-1][0] == r - 1
        assert row[POINT_COL].count("\n") == len(ms)
    # the points are the numbered rows, their holder the merged 岗位 and 姓名
    got = [("", row[1], row[2], row[POINT_COL], HML[row[LEVEL_COL]]) for _, row in points]
    assert got == BATCH.truth_rows(name)
    assert [r["types"] for r in BATCH.points(name)] == [types_in(row[4]) for _, row in points]
    assert [row[0] for _, row in points] == list(range(1, len(points) + 1))
    # the measures rows hold no point, and no point opens with the label
    truth_points = {p["risk_point"] for p in BATCH.points(name)}
    assert not truth_points & {row[POINT_COL] for _, row in measures}
    assert not any(p.startswith(MEASURES_LABEL) for p in truth_points)
    assert any(row[0] == BLOCK_NOTE for row in rows)


def test_batch339_plain_tables_by_heading():
    cases = [
        ("pidu_tangchang_service_center_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("pidu_ande_health_center_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("pidu_hongguang_health_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 卫生服务中心 names nobody
    name = "pidu_ande_health_center_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # bare Ⅰ/Ⅱ/Ⅲ read by its note; 科室 on every row, no merges in the table
    name = "pidu_hongguang_health_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    assert {r[6] for r in BATCH.table("pidu_tangchang_service_center_list")} == set(BANDS)
    # the 犀浦街道's two sheets
    name = "pidu_xipu_subdistrict_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "街道领导",
        fixed={"dept": "街道领导"},
    )
    assert got == BATCH.truth_rows(name, "街道领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "街道领导")
    }


def test_batch339_group_rows_give_the_department():
    name = "pidu_pitong_subdistrict_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], GRADES[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch339_one_sheet_a_person():
    name = "pidu_tuanjie_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "pidu_qingxi_community_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"职{GAP}务", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] and f["department"] == ""
        assert f["sheet"] == f["person"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch339_is_read(tmp_path):
    BATCH.is_read(tmp_path)
