"""The four-hundred-and-forty-sixth batch of published layouts (tests/published/batch446.py): seven
ordinary files as the 水利 bodies of one county (西乡县) really send them — the 水利局's file in two
sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 水土保持站's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 河湖管护中心's 责任清单 under group rows ``一、中心领导`` … with
``一级风险/二级风险/三级风险``, the 龙池水库管理站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
堰口镇水利站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 私渡镇水利站's 清单 written
out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 柳树镇水利站's 一览表 with 高/中/低 — and one harder: the
五里坝水库管理站's 评定表 grading only the posts (``岗位风险等级`` merged per person), a note under it
passing each post's grade to its points (``python tests/published/score.py --set batch446``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap18 at 5ee333d
(this worktree branched from dev at the same commit). ``score.py --set batch446``:
``TOTAL                      forms  21/21  points  38/38  recall 1.00 precision 1.00 (38/38)  levels  33/38  types  38/38  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.868 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  21/21  points  38/38  recall 1.00 precision 1.00 (38/38)  levels  33/38  types  38/38  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.868 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json. The seven ordinary
layouts read in full, with and without ``--strict``. The harder one,
``xixiang_wuliba_reservoir_post_grade.xlsx``, read every form (3/3), point (5/5) and type (5/5)
but no level (levels 0/5) — sheet ``评定表``: the points in E3 and E4 (``除险加固工程发包不经集体研究``,
``大坝维修养护经费虚列支出``, 站长 禚沅璆, truth 1 from the ``岗位风险等级`` ``一级`` in D3, merged D3:D4),
E5 and E6 (``防汛物资采购报销票据不实``, ``灌溉水费收入不及时入账``, 会计 笪溁琯, truth 2 from ``二级`` in D5)
and E7 (``放水时为熟人多放、先放``, 闸门管理员 鄞浠瑭, truth 3 from ``三级`` in D7) were read with NO
level (``error LEVEL_BLANK`` 风险级别未填写 on E3–E7), and D3/D5 were read as the posts' declared grades
A/B (``warning GRADE_MISMATCH``, computed C from a score of 0). Kind of mistake: the reader takes a
``岗位风险等级`` column only as the post's grade and does not read the note under the table that gives
the post's grade to its points, so every point of the file is left without a level (no wrong level,
no lost point, no noise). Not scored, seen in the export: three 站长 are tiered against the truth's calls (五里坝's and the
水土保持站's read 中层岗位, truth leader; 柳树镇's read 领导岗位, truth middle), and
most units are written ``西乡``. The truth was not changed after measuring.

Generalised after this measurement: a post's level a note passes to its points ('风险点等级与所在岗位风险等级一致',
tests/test_post_level_to_points.py; info LEVEL_BY_POST), and a county named with 乡 inside ('西乡县',
tests/test_combo_boxes.py::test_counties_named_with_a_township_word_inside): score.py --set batch446
reads all 1.00, the units now whole.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch446 import (
    BANDS,
    BARE,
    GRADE_HEAD,
    GRADE_NAME,
    GRADE_NOTE,
    GRADE_ROWS,
    GRADE_TAB,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(446, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {GRADE_NAME}
UNTYPED = {
    "xixiang_water_bureau_two_sheets",
    "xixiang_longchi_reservoir_cards",
    "xixiang_yankou_station_selfchecks",
    "xixiang_sidu_station_every_row",
}
NOBODY = {"xixiang_soil_station_posts"}
GAP = "\u3000"


def test_batch446_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=445, unit_words=(PLACE,), new_people=True)


def test_batch446_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 14))
    assert RESAVED == ()


def test_batch446_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch446_every_unit_is_of_xixiang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch446_only_the_post_is_graded():
    name = GRADE_NAME
    assert BATCH.heading(name, GRADE_TAB) == list(GRADE_HEAD)
    assert "风险等级" not in GRADE_HEAD and "岗位风险等级" in GRADE_HEAD
    table = BATCH.table(name, GRADE_TAB)
    # every point takes the 岗位风险等级 merged over its holder's rows, as the note says
    got = [("", row[1], row[2], row[4], GRADES[row[3]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert len(got) == sum(len(p) for *_, p in GRADE_ROWS)
    assert [r["types"] for r in BATCH.points(name)] == [[row[5]] for row in table]
    notes = [row[0] for row in BATCH.rows(name, GRADE_TAB) if row[0] == GRADE_NOTE]
    assert len(notes) == 1 and "岗位风险等级确定" in GRADE_NOTE
    merges = BATCH.sheet(name, GRADE_TAB)["merges"]
    assert any(c0 == 3 and r1 > r0 for r0, c0, r1, _ in merges)
    for f in BY_NAME[name]["truth"]:
        assert f["department"] == ""
        assert f["tier"] == ("leader" if f["title"] == "站长" else "general")


def test_batch446_plain_tables_by_heading():
    cases = [
        ("xixiang_soil_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("xixiang_liushu_station_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("xixiang_sidu_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "xixiang_soil_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "xixiang_sidu_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    name = "xixiang_liushu_station_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[5] for r in BATCH.table(name)} == {"高", "中", "低"}


def test_batch446_leaders_and_offices_in_two_sheets():
    name = "xixiang_water_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch446_group_rows_give_the_department():
    name = "xixiang_river_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch446_one_sheet_a_person():
    name = "xixiang_longchi_reservoir_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
    name = "xixiang_yankou_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]


def test_batch446_is_read(tmp_path):
    BATCH.is_read(tmp_path)
