"""The four-hundred-and-eighty-eighth batch of published layouts (tests/published/batch488.py): seven
ordinary files as the 水务 bodies of one county (环县) really send them — the 水务局's 一览表 with
高/中/低 and short types, the 水利工作站's file in two sheets ``站领导``/``股室`` with ``一级/二级/三级``,
the 水土保持工作站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 曲子镇水务站's
防控卡 one sheet a holder with ``★★★/★★/★``, the 木钵镇 one's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 洪德镇 one's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 甜水镇 one's 一览表 with 责任人 on every row — and one harder: the
农村饮水安全管理站's 一览表 with no level column, its points' levels given only by a ``岗位类别`` column
(``领导岗位/中层岗位/一般岗位``) and a ``注：`` line mapping the categories to 一级/二级/三级
(``python tests/published/score.py --set batch488``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f515a43 (``/work/snap29``; this
worktree branched from dev at f515a43 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.833 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.833 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).
The harder ``huanxian_rural_water_level_by_post_category.xlsx`` read 4/4 forms, 6/6 points and
6/6 types but 0/6 levels:

- 一览表 F3 and F4 (站长 晁漭璁, 岗位类别 ``领导岗位``): level read blank (error ``LEVEL_BLANK``
  "风险级别未填写"), truth 1 (一级, by the ``注：`` line for 领导岗位);
- 一览表 F5 (股长 蔺沭瑱, ``中层岗位``): read blank, truth 2;
- 一览表 F6 (水质检测员 郗浈琇, ``一般岗位``), F7 and F8 (收费员 荀泱璘, ``一般岗位``): read blank,
  truth 3.

Kind of mistake, one for all six: the level given only by the post's category (a ``岗位类别``
column of ``领导岗位/中层岗位/一般岗位``, which the reader rightly took for the post's kind,
``COLUMN_GUESSED`` on C2, and wrote into ``tier``) and a note under the table mapping the
categories to levels, category first, is not read — the ``注：`` line is passed over without an
issue, and each point is reported as having no level.

Not scored but seen in the export: posts.csv gives the four posts ``computed_grade`` C from a
score of 0, since no point has a level; issues.csv otherwise holds info lines only
(``TABLE_NO_TYPE`` for the untyped tables, ``GRADE_BLANK``, ``FILE_SKIPPED`` for truth.json).

Generalised after this measurement: points with no level under a note giving each kind of post its
points' level, the kind first, take their form's kind's level where two kinds at least are each
given one level (collect._levels_from_tier, info LEVEL_BY_TIER; tests/test_columns.py
test_levels_a_note_gives_by_the_kind_of_post, with '高风险/中风险/低风险' and a note giving no one level left
unread).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch488 import (
    CATEGORY,
    GRADES,
    LAYOUTS,
    NOTE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    RURAL,
    STARS,
    TIERS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(488, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
RURAL_NAME = "huanxian_rural_water_level_by_post_category"
HARDER = {RURAL_NAME}
UNTYPED = {
    "huanxian_water_station_two_sheets",
    "huanxian_quzi_station_cards",
    "huanxian_mubo_station_selfchecks",
    "huanxian_hongde_station_group_rows",
}
NOBODY = {"huanxian_soil_station_posts"}


def test_batch488_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=486, unit_words=(PLACE,), new_people=True)


def test_batch488_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch488_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch488_every_unit_is_of_huanxian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch488_level_by_post_category():
    rows = BATCH.filled(RURAL_NAME)
    head = BATCH.header(RURAL_NAME)
    assert rows[head] == [
        "序号",
        "股室",
        "岗位类别",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类型",
        "防控措施",
    ]
    assert not any("等级" in str(c) for c in rows[head])
    # the note under the table ties each category to a level, category first
    raw = BATCH.sheet(RURAL_NAME, 0)["rows"]
    assert [NOTE] in [[c for c in row if c is not None] for row in raw]
    for cat, level in CATEGORY.items():
        assert f"{cat}的风险点为{'一二三'[level - 1]}级风险" in NOTE
    table = BATCH.table(RURAL_NAME)
    got, cats = [], []
    dept = cat = post = who = None
    for row in table:
        dept, cat, post, who = (row[c] if row[c] is not None else v
                                for c, v in ((1, dept), (2, cat), (3, post), (4, who)))  # fmt: skip
        got.append((dept, post, who, row[5], CATEGORY[cat]))
        cats.append(cat)
    assert got == BATCH.truth_rows(RURAL_NAME)
    assert {f["tier"] for f in BY_NAME[RURAL_NAME]["truth"]} == set(TIERS.values())
    for f in BY_NAME[RURAL_NAME]["truth"]:
        cat = next(
            c for d, c, p, w, _ in RURAL if (d, p, w) == (f["department"], f["title"], f["person"])
        )
        assert f["tier"] == TIERS[cat]
        assert {r["level"] for r in f["risks"]} == {CATEGORY[cat]}
    truth = {p["risk_point"] for p in BATCH.points(RURAL_NAME)}
    assert not set(cats) & truth


def test_batch488_plain_tables_by_heading():
    cases = [
        ("huanxian_water_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huanxian_soil_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huanxian_tianshui_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("huanxian_soil_station_posts") == {""}
    name = "huanxian_water_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "站领导",
                           fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch488_group_rows_and_one_sheet_a_person():
    name = "huanxian_hongde_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "huanxian_quzi_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huanxian_mubo_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch488_is_read(tmp_path):
    BATCH.is_read(tmp_path)
