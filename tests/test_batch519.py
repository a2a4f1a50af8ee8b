"""The five-hundred-and-nineteenth batch of published layouts (tests/published/batch519.py): seven
ordinary files as the 水务 and 农业 bodies of one county (靖远县) really send them — the 水务局's
一览表 with 科室/岗位/责任人 on every row and 高/中/低, the 农业农村局's file in two sheets
``局领导``/``科室`` with ``一级/二级/三级``, the 农业技术推广中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 东湾镇农业综合服务中心's 自查表 one sheet a person with ``高风险/中风险/低风险``,
the 北湾镇农业综合服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
乌兰镇农业综合服务中心's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the
刘川镇农业综合服务中心's 责任清单 with ``职责事项`` — and one harder: the 灌溉管理所's platform export,
the unit given only in a column ``单位名称（统一社会信用代码）`` merged down the table, its cell the
unit's name with the code bracketed on a second line (``python tests/published/score.py --set
batch519``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at aa6bdba (``/work/snap37``; this
worktree branched from dev at aa6bdba too): ``TOTAL                      forms  22/22  points
38/38  recall 1.00 precision 1.00 (38/38)  levels  38/38  types  38/38  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  22/22  points  38/38  recall 1.00 precision 1.00 (38/38)
levels  38/38  types  38/38  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All eight
layouts read in full, --strict too, the harder one included (forms 3/3, points 6/6): no scored
miss, so no miss by cell to list.

Not scored, seen in posts.csv: in the harder ``jingyuan_irrigation_unit_credit_code.xlsx`` (sheet
导出数据, the unit cell B3 merged down) the unit is read as ``靖远县灌溉管理所(12620421MB0R3857XK)``,
the code kept in the unit (the truth: ``靖远县灌溉管理所``); kind: a registration code bracketed
after the unit's name is not taken off the unit. The four 镇农业综合服务中心 are read under the unit
``靖远县…镇`` (the truth: ``靖远县…镇农业综合服务中心``); 刘川镇's list, which names no 科室, gets the
科室 ``农业综合服务中心`` and its 副主任 is read as 中层岗位 (the truth: no 科室, a leader); the
农业技术推广中心's 主任 card gets the 科室 ``领导班子`` (the truth: none). issues.csv holds only
TABLE_NO_TYPE and GRADE_BLANK notes and FILE_SKIPPED for truth.json.

Nothing was generalised after this measurement: the batch read in full untuned; it has its
is_read test.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch519 import (
    CODE,
    GRADES,
    IRRIGATION,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    UNIT_HEAD,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(519, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODED = "jingyuan_irrigation_unit_credit_code"
HARDER = {CODED}
UNTYPED = {
    "jingyuan_agri_bureau_two_sheets",
    "jingyuan_agritech_cards",
    "jingyuan_dongwan_selfchecks",
    "jingyuan_wulan_group_rows",
    "jingyuan_liuchuan_duty_list",
}
NOBODY = {"jingyuan_beiwan_posts"}


def test_batch519_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=517, unit_words=(PLACE,), new_people=True)


def test_batch519_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch519_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch519_every_unit_is_of_jingyuan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch519_unit_only_in_the_coded_column():
    head = BATCH.heading(CODED)
    assert head == ["序号", UNIT_HEAD, "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级",
                    "防控措施"]  # fmt: skip
    (unit,) = {f["unit"] for f in BY_NAME[CODED]["truth"]}
    sheet = BATCH.sheet(CODED)
    texts = [c for row in sheet["rows"] for c in row if isinstance(c, str)]
    named = [c for c in texts if unit in c or PLACE in c]
    assert named == [f"{unit}\n（{CODE}）"] and len(CODE) == 18
    first = BATCH.header(CODED) + 1
    n = sum(len(ps) for *_x, ps in IRRIGATION)
    assert (first, 1, first + n - 1, 1) in sheet["merges"]
    got = BATCH.by_heading(
        CODED, {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    )
    assert got == BATCH.truth_rows(CODED)
    assert BATCH.types_by(CODED, "风险类型") == [r["types"] for r in BATCH.points(CODED)]


def test_batch519_plain_tables_by_heading():
    cases = [
        ("jingyuan_beiwan_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("jingyuan_water_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                        "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("jingyuan_beiwan_posts") == {""}
    name = "jingyuan_liuchuan_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "jingyuan_agri_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch519_group_rows_and_one_sheet_a_person():
    name = "jingyuan_wulan_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "jingyuan_agritech_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "jingyuan_dongwan_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch519_is_read(tmp_path):
    BATCH.is_read(tmp_path)
