"""The three-hundred-and-twenty-seventh batch of published layouts (tests/published/batch327.py): seven
ordinary files as the 乡镇 and 村 of one district (金口河区) really send them — the 金河镇人民政府's
一览表 with short types and 高/中/低, the 和平彝族乡人民政府's two sheets ``乡领导班子 | 站所`` with
``一级/二级/三级``, the 共安彝族乡人民政府's 防控卡 one sheet a holder with ``★★★/★★/★``, the 五池村's
责任清单 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 永胜乡卫生院's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``高风险/中风险/低风险``, the 金河镇中心校's 自查表 one sheet a person with
``一级风险/二级风险/三级风险``, the 胜利村's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
永和镇人民政府's 一览表 whose ``廉政风险点`` heading is one cell merged over two filled columns, the
left the work item (merged down), the right, headless, the point
(``python tests/published/score.py --set batch327``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fee93cd (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch327``:
``TOTAL                      forms  38/38  points  56/70  recall 0.80 precision 0.80 (56/70)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=0.800 precision=0.800 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  56/70  recall 0.80 precision 0.80 (56/70)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=0.800 precision=0.800 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``jinkouhe_yonghe_town_split_point_heading.xlsx`` (sheet 一览表; forms 6/6,
points 0/14, precision 0/14, noise 0). The reader found the table (heading row 3) and read every
form right — unit 金口河区永和镇人民政府, 科室 from B, post from C, holder from D, tiers 领导/领导/中层/
一般/中层/一般 as the truth has them (posts.csv F00028–F00033) — and every type (G4:G17) and level
(H4:H17, 高 → Ⅰ级 …) of the 14 rows; but it took the two columns under the merged ``廉政风险点``
heading (E3:F3) as ONE point column and JOINED their cells: every risk_point is the work item, a
line break, and the point (risks.csv, source rows 4–17):

- E4+F4: read ``重大事项决策⏎避险搬迁安置点选址不经党委会集体研究``; truth ``避险搬迁安置点选址不经党委会集体
  研究`` (F4); so E4 (merged E4:E5) + F5, E6 + F6 for 佴溱岚;
- E7 (merged E7:E8) + F7, F8 for 厍澜翊 (``农村建房审批⏎…``); E9 + F9, E10 (merged E10:E11) + F10,
  F11 for 笪屿潼; E12 + F12, E13 + F13 for 缑淼岑; E14 (merged E14:E15) + F14, F15 for 逄泓霁; E16 +
  F16, E17 + F17 for 麴沛琅 — each read as ``<work item>⏎<point>``, truth the F cell alone.

The 14 points are missed and the 14 read false (the scorer keys a point by its text), so their
levels and types, right, are not counted. Kind: a point heading merged across two FILLED columns with
no sub-headings is read as one column whose sub-columns are joined into the point (as the README's
``防控措施`` over ``制度措施 | 监督措施``), so the work item on the left is prefixed to every point instead
of being left out.

Unscored besides: the 和平彝族乡's ``乡领导班子`` sheet gives its two leaders no 科室 (F00004–F00005;
truth ``乡领导班子``, from the tab and title); in the 五池村's list the group row ``三、村级其他工作人员``
is taken as the 科室 of the 村文书 and 村报账员 (F00026–F00027; truth none, a 村 has no 科室) and the
村务监督委员会主任 is read 领导岗位 (F00025; truth middle). The other issues are info only (TABLE_NO_TYPE
on the 和平彝族乡's two sheets, the 五池村's list and the three 自查表; GRADE_BLANK on the three cards and
the three 自查表; FILE_SKIPPED for truth.json); no error, no warning.

Generalised after this measurement: a point heading merged over a work item merged down over its points and the point itself: the right column is the point (tests/test_columns.py::test_a_point_heading_merged_over_a_work_item_and_the_point).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch327 import (
    BANDS,
    BARE,
    GRADES,
    ITEM_COL,
    LAYOUTS,
    POINT_COL,
    RESAVED,
    RISKS,
    ROMAN,
    SPLIT_HEAD,
    SPLIT_ROWS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(327, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SPLIT = "jinkouhe_yonghe_town_split_point_heading"
HARDER = {SPLIT}
UNTYPED = {
    "jinkouhe_heping_township_two_sheets",
    "jinkouhe_wuchi_village_groups",
    "jinkouhe_jinhe_school_selfchecks",
}
NOBODY = {"jinkouhe_yongsheng_health_center_posts"}
GAP = "\u3000"


def test_batch327_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=327, unit_words=("金口河区",), new_people=True)


def test_batch327_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 14))
    assert RESAVED == ()


def test_batch327_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch327_every_unit_is_of_jinkouhe():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("金口河区") for u in units)
    kinds = ("镇人民政府", "乡人民政府", "村", "卫生院", "中心校")
    assert all(u.endswith(kinds) for u in units)


def test_batch327_one_point_heading_over_the_work_item_and_the_point():
    name = SPLIT
    sh = BATCH.sheet(name)
    head = BATCH.header(name)
    # the heading: 廉政风险点 written once, merged over two columns, nothing under the merge
    assert sh["rows"][head] == list(SPLIT_HEAD)
    assert (head, ITEM_COL, head, POINT_COL) in sh["merges"]
    assert sh["rows"][head][POINT_COL] is None
    assert not any(r[:1] == ["序号"] for r in sh["rows"][head + 1 :])  # no second heading row
    # the point is the right cell, whole; the work item (left) is no point
    table = BATCH.table(name)
    points = [p["risk_point"] for p in BATCH.points(name)]
    assert [r[POINT_COL] for r in table] == points
    items = {r[ITEM_COL] for r in table}
    assert not items & set(points)
    assert all(len(i) < min(map(len, points)) for i in items)  # the work item is the shorter
    # read by the written heading, the 廉政风险点 column is the work item: right post, wrong point
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    got = BATCH.by_heading(name, heads)
    assert [g[3] for g in got] == [r[ITEM_COL] for r in table]
    fixed = [
        (d, p, who, r[POINT_COL], lv) for (d, p, who, _item, lv), r in zip(got, table, strict=True)
    ]
    assert fixed == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    # a work item merged down over several points of ONE holder, never across two
    merged = [m for m in sh["merges"] if m[1] == m[3] == ITEM_COL and m[0] > head]
    assert len(merged) >= 4
    holders = [(r[1], r[2], r[3]) for r in BATCH.filled(name)]
    for r0, _c0, r1, _c1 in merged:
        assert len({holders[r] for r in range(r0, r1 + 1)}) == 1
    # several work items under one holder: the item does not stand for the holder's points
    by_holder = {}
    for r in table:
        by_holder.setdefault((r[1], r[2], r[3]), set()).add(r[ITEM_COL])
    assert sum(len(v) > 1 for v in by_holder.values()) >= 3
    assert len(BY_NAME[name]["truth"]) == len(SPLIT_ROWS)


def test_batch327_plain_tables_by_heading():
    cases = [
        ("jinkouhe_jinhe_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("jinkouhe_yongsheng_health_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("jinkouhe_shengli_village_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 卫生院 names nobody
    name = "jinkouhe_yongsheng_health_center_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 胜利村: bare Ⅰ/Ⅱ/Ⅲ read by its note; 岗位 and 责任人 on every row, no merges, no 科室
    name = "jinkouhe_shengli_village_list"
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the 和平彝族乡's two sheets
    name = "jinkouhe_heping_township_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "乡领导班子",
        fixed={"dept": "乡领导班子"},
    )
    assert got == BATCH.truth_rows(name, "乡领导班子")
    heads = {"dept": "站所", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站所") == BATCH.truth_rows(name, "站所")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "乡领导班子")
    }


def test_batch327_village_group_rows_are_no_department():
    name = "jinkouhe_wuchi_village_groups"
    rows, got, groups = BATCH.filled(name), [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            groups.append(row[0])
        elif isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert len(groups) == 3
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch327_one_sheet_a_person():
    name = "jinkouhe_gongan_township_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "jinkouhe_jinhe_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"处{GAP}室", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch327_is_read(tmp_path):
    BATCH.is_read(tmp_path)
