"""The three-hundred-and-twenty-ninth batch of published layouts (tests/published/batch329.py): seven
ordinary files as the 农业 and 林业 bodies of one district (达川区) really send them — the 林业局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 农机站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 石桥镇林业站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 动物疫病预防控制中心's 自查表 one sheet a person with
``一级风险/二级风险/三级风险``, the 农村经营管理站's 责任清单 under group rows with ``职责事项`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 森林病虫害防治检疫站's 一览表 with short types and 高/中/低, the
农产品质量安全检测站's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 农业农村局's
职权事项廉政风险防控一览表 with NO LEVEL COLUMN, whose level is written ONCE A SECTION, in brackets at
the end of the caption row naming each 职权事项 (``一、高标准农田建设项目管理（风险等级：高）``), for
every risk row under it (``python tests/published/score.py --set batch329``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fee93cd (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch329``:
``TOTAL                      forms  41/41  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  54/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.771 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  41/41  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  54/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.771 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``dachuan_agriculture_bureau_item_levels.xlsx`` (sheet ``一览表``: title row
1, the ``填报单位（盖章）：…`` line row 2, header row 3, captions A4, A9, A13, A17, A21 merged across
A–G, the ``注：`` line row 25): forms 10/10, points 16/16, types 16/16, precision 16/16 — every
holder, 股室, post and tier right, and the three holders who come back under a second caption each
read as ONE form (posts.csv F00001 阚钧澔 rows 5 and 14, F00004 逯芃锴 rows 10 and 18, F00006
甯语柠 rows 12 and 23) — but LEVELS 0/16: every point was read with NO LEVEL (risks.csv
``risk_level`` blank) and a ``LEVEL_BLANK`` error (``风险级别未填写``) at its point cell, the table
having no level column:

- E5, E6, E7, E8 (block A4 ``一、高标准农田建设项目管理（风险等级：高）``): read blank; truth 1 (高);
- E10, E11, E12 (block A9 ``二、耕地地力保护补贴发放（风险等级：中）``): read blank; truth 2 (中);
- E14, E15, E16 (block A13 ``三、农业综合行政执法（风险等级：高）``): read blank; truth 1 (高);
- E18, E19, E20 (block A17 ``四、农药和农作物种子经营许可（风险等级：中）``): read blank; truth 2 (中);
- E22, E23, E24 (block A21 ``五、机关财务和公务接待管理（风险等级：低）``): read blank; truth 3 (低).

Kind (one): a level written ONCE A SECTION — in brackets after the name of a 职权事项 on a caption
row, for every risk row down to the next caption, as the ``注：`` line says — is not carried to the
rows: the caption rows are passed over silently (no point, no 科室, rightly; but no ``section``
either, and no level), so all 16 points are read unlevelled and flagged LEVEL_BLANK. The caption
rows themselves were rightly read as no points and no 科室, and no stray-row issue was raised.

Unscored besides: the 16 LEVEL_BLANK errors (the score's noise does not count them: they stand on
points of the truth); the 10 forms of the harder file are graded ``C`` (风险分值0) for want of
levels; the 石桥镇林业站's list was read as unit ``达川区石桥镇`` with 科室 ``林业站`` (truth unit
``达川区石桥镇林业站``, no 科室 — the scorer counts the two writings of a 站所 as one) and so its
``站长`` as 中层岗位 (truth leader); the 检测站's ``质量负责人`` has no tier (F00030; truth general). The
other issues are info only (TABLE_NO_TYPE on the 林业局's two sheets, the 农经站's list and the
three 自查表; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a grade closing a matter's caption ('一、…（风险等级：高）') is its rows' level where the list has no level column (tests/test_columns.py::test_a_grade_closing_a_matters_caption_is_its_rows_level).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch329 import (
    BANDS,
    BARE,
    GRADES,
    ITEM_HEAD,
    ITEM_NOTE,
    ITEMS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    caption,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(329, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
ITEMS_FILE = "dachuan_agriculture_bureau_item_levels"
HARDER = {ITEMS_FILE}
UNTYPED = {
    "dachuan_forestry_bureau_two_sheets",
    "dachuan_animal_disease_center_selfchecks",
    "dachuan_rural_management_station_groups",
}
NOBODY = {"dachuan_shiqiao_forestry_station_posts"}
GAP = "\u3000"


def test_batch329_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=327, unit_words=("达川区",), new_people=True)


def test_batch329_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 16))
    assert RESAVED == ()


def test_batch329_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch329_every_unit_is_of_dachuan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("达川区") for u in units)


def test_batch329_the_caption_grades_its_block():
    name = ITEMS_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(ITEM_HEAD)
    # no level column, no level word in any risk row
    assert not {"风险等级", "风险级别", "等级"} & set(rows[head])
    captions = {caption(item, grade): HML[grade] for item, grade, _ in ITEMS}
    got, level, seen = [], None, []
    for row in rows[head + 1 :]:
        if row[0] in captions:
            assert all(c == row[0] for c in row)  # merged across the table
            level = captions[row[0]]
            seen.append(row[0])
        elif isinstance(row[0], int):
            assert not any(w in str(c) for c in row for w in ("（高）", "（中）", "（低）"))
            got.append((row[1], row[2], row[3], row[4], level))
    assert sorted(got) == sorted(BATCH.truth_rows(name))  # (a form's points kept together)
    assert seen == list(captions) and len(set(captions.values())) == 3
    assert [r[0] for r in BATCH.table(name)] == list(range(1, len(got) + 1))  # 序号 run on
    # the caption ends with its grade in full-width brackets; the note says the rows take it
    assert all(re.search(r"（风险等级：[高中低]）$", c) for c in captions)
    assert any(r[0] == ITEM_NOTE for r in rows)
    # the captions are no points, their 事项 no 科室 (each block names other 股室)
    points = {p["risk_point"] for p in BATCH.points(name)}
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert not set(captions) & points
    assert not {item for item, _, _ in ITEMS} & depts
    # holders under two captions hold one form, with each block's grade
    forms = {f["person"]: f for f in BY_NAME[name]["truth"]}
    assert len(forms) == len(BY_NAME[name]["truth"])
    blocks = {}
    for _item, grade, people in ITEMS:
        for _dept, _post, who, _tier, _points in people:
            blocks.setdefault(who, []).append(HML[grade])
    twice = {who: lv for who, lv in blocks.items() if len(lv) > 1}
    assert set(twice) == {"阚钧澔", "逯芃锴", "甯语柠"}
    assert {r["level"] for r in forms["甯语柠"]["risks"]} == {2, 3}
    for who, lv in twice.items():
        assert sorted({r["level"] for r in forms[who]["risks"]}) == sorted(set(lv))
    # the types stand in their own column, one short name a row
    answers = BATCH.answers(name)
    for row in BATCH.table(name):
        assert answers[row[4]][4] == types_in(row[5]) and len(types_in(row[5])) == 1, row


def test_batch329_plain_tables_by_heading():
    cases = [
        ("dachuan_forest_pest_station_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("dachuan_shiqiao_forestry_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("dachuan_produce_testing_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 林业站 names nobody, has no 科室
    name = "dachuan_shiqiao_forestry_station_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert "姓名" not in BATCH.heading(name) and "股室" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    # the 检测站: bare Ⅰ/Ⅱ/Ⅲ read by its note; 部门 on every row, no merges in the table
    name = "dachuan_produce_testing_station_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 林业局's two sheets
    name = "dachuan_forestry_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch329_group_rows_give_the_department():
    name = "dachuan_rural_management_station_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch329_one_sheet_a_person():
    name = "dachuan_farm_machinery_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "dachuan_animal_disease_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch329_is_read(tmp_path):
    BATCH.is_read(tmp_path)
