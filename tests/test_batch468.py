"""The four-hundred-and-sixty-eighth batch of published layouts (tests/published/batch468.py): seven
ordinary files as the 文旅 bodies of one county (迭部县) really send them — the 图书馆's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 文化馆's file in two sheets ``馆领导``/``部室`` with
``一级/二级/三级``, the 景区管理局's 一览表 with 高/中/低 and short types, the 电尕镇综合文化站's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 旺藏镇 one's 自查表 one sheet a person with ``高风险/中风险/低风险``,
the 腊子口镇 one's 责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 益哇镇
one's 一览表 with 责任人 on every row — and one harder: the 文化和旅游局's 一览表 whose ``风险等级`` heading is
merged across three narrow unheaded columns and each level drawn one ``★`` a cell from the left
(``python tests/published/score.py --set batch468``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 293c6d7 (``/work/snap24``; this
worktree branched from dev at 293c6d7 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All
eight layouts read in full (25/25 forms, 43/43 points, levels and types all right), the harder
``diebu_culture_bureau_star_cells.xlsx`` too (4/4 forms, 7/7 points, 7/7 levels): each row's star
cells under the merged ``风险等级`` heading (G3:I9) were taken together and counted, three stars Ⅰ级,
two Ⅱ级, one Ⅲ级; no issue was raised for the file.

No miss by cell. Not scored but seen in the export (``risks.csv``): the harder file's
``raw_risk_level`` is the star cells joined by line breaks (``★⏎★⏎★``), not the stars as one
``★★★``; ``risk_level`` is right. The other issues are the usual hints (``TABLE_NO_TYPE`` on the
untyped sheets, ``GRADE_BLANK`` on the one-sheet-a-person files).

Nothing was generalised after this measurement: every layout read in full untuned.

Nothing was generalised after this measurement: every layout read in full untuned; the
is_read test keeps it so.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch468 import (
    BUREAU,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STAR,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(468, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BARS = "diebu_culture_bureau_star_cells"
HARDER = {BARS}
UNTYPED = {
    "diebu_cultural_center_two_sheets",
    "diebu_diangga_station_cards",
    "diebu_wangzang_station_selfchecks",
    "diebu_lazikou_station_group_rows",
}
NOBODY = {"diebu_library_posts"}


def test_batch468_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=467, unit_words=(PLACE,), new_people=True)


def test_batch468_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch468_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch468_every_unit_is_of_diebu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch468_levels_are_star_cells_counted():
    sheet = BATCH.sheet(BARS)
    rows = BATCH.table(BARS)
    head = BATCH.header(BARS)
    assert BATCH.heading(BARS) == ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型",
                                   "风险等级", None, None, "防控措施"]  # fmt: skip
    # the level heading is merged across the three star columns, with no sub-heading under it
    assert (head, 6, head, 8) in [tuple(m) for m in sheet["merges"]]
    points = BATCH.points(BARS)
    assert len(rows) == len(points) == sum(len(p) for *_x, p in BUREAU)
    seen = set()
    for row, p in zip(rows, points, strict=True):
        cells = row[6:9]
        # every filled cell is one star, the filled ones the leftmost, at least one
        assert all(c in (STAR, None) for c in cells) and cells[0] == STAR
        filled = sum(c == STAR for c in cells)
        assert cells == [STAR] * filled + [None] * (3 - filled)
        assert p["level"] == 4 - filled and row[4] == p["risk_point"]
        assert types_in(row[5]) == p["types"]
        seen.add(filled)
    assert seen == {1, 2, 3}
    note = [
        r[0] for r in BATCH.filled(BARS) if r and isinstance(r[0], str) and r[0].startswith("注")
    ]
    assert note == ["注：风险等级以★的个数表示，★★★为高风险，★★为中风险，★为低风险。"]


def test_batch468_plain_tables_by_heading():
    cases = [
        ("diebu_scenic_area_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("diebu_library_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("diebu_yiwa_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "diebu_library_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "diebu_cultural_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "部室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "部室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "部室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "馆领导",
                           fixed={"dept": "馆领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "馆领导")


def test_batch468_group_rows_and_one_sheet_a_person():
    name = "diebu_lazikou_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "diebu_diangga_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "diebu_wangzang_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch468_is_read(tmp_path):
    BATCH.is_read(tmp_path)
