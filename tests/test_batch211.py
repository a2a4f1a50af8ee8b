"""The two-hundred-and-eleventh batch of published layouts (tests/published/batch211.py): nine ordinary
files as grass-roots bodies, public institutions and county companies send them — a 救助管理站 一览表,
a 村's 村干部 清单 with levels ``A/B/C`` read by a note, a 镇水利站's own 排查表 titled with the 镇 and
its 站, a 社区卫生服务中心 清单 对岗不对人 with ``Ⅰ级（高）``, a 技工学校's 自查表 one sheet a person, a
医疗保障事务中心 一览表 with its holder columns after the measures and two-line cells naming two
holders, a 保安服务有限公司 一览表 with ``★★★/★★/★``, a 农村公路养护中心 一览表 with a ``站（股）``
column — three of them also as LibreOffice re-saves (.xls and .ods) — and one harder: a county
company's 排查评估表 whose ``风险评估`` header splits into ``发生可能性 | 影响程度 | 风险等级``, all three
filled with 高/中/低 (``python tests/published/score.py --set batch211``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 83db73b (main's newest when the batch was done): forms
1.000 (75/75), recall 1.000 (103/103), precision 1.000 (103/103), levels 1.000 (103/103), types
1.000 (103/103), noise 0; with --strict the same: forms 1.000 (75/75), recall 1.000 (103/103),
precision 1.000 (103/103), levels 1.000 (103/103), types 1.000 (103/103), noise 0. The 15 files:
nine .xlsx, three layouts also as .xls and .ods. Missed: nothing scored.

Not scored but seen in the export: the 村's ``村委会委员`` reads tier "" and ``村务监督委员会主任``
领导岗位, its ``村民小组组长`` (``共9人``, nobody) 中层岗位 (truth general for all three). Every unit
read right (``梁平区碧涔镇`` with 科室 ``水利站`` from the title alone). The issues log holds
TABLE_NO_TYPE for the five untyped tables, GRADE_BLANK for the 自查表, LEVEL_SCALE for the 村's
``A/B/C`` (``A=Ⅰ级、B=Ⅱ级、C=Ⅲ级``), a COLUMN_GUESSED for ``站（股）`` read as the 科室 (rightly), and
FORM_VERSION_TIE for the re-saved copies beside their .xlsx in one inbox.

Read right: the harder company table's ``风险评估`` header split ``发生可能性 | 影响程度 | 风险等级`` —
the level taken from ``风险等级`` on all eight rows, also on the five where it differs from one of
the other two, and the note under it no point; the 村's ``A/B/C`` by its note, ``共9人`` nobody, no
科室; the 镇水利站's own list (unit the 镇, 科室 the 站 from the title), ``各村水管员`` nobody, the short
``风险点`` beside ``风险表现``, Ⅰ级/Ⅱ级/Ⅲ级; the 社区卫生服务中心's ``Ⅰ级（高）`` and its posts 对岗不对人;
the 技工学校's 自查表 one sheet a person with the pairs above and the ``自查情况`` column no point (.xls,
.ods too); the 医保中心's holder columns after the measures and both two-line cells split into two
holders with the row's point each; the 保安 company's ``★★★/★★/★`` (.xls, .ods too); the 救助管理站's
merges (.xls, .ods too); the 养护中心's ``站（股）`` column and the one-character given name ``冼橦``.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch211 import (
    GRADES,
    LAYOUTS,
    LETTERS,
    MATRIX,
    PLACE,
    PREFIX,
    RESAVED,
    ROMAN,
    ROMAN_WORDS,
    STARS,
    build,
)
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **ROMAN_WORDS, **LETTERS, **STARS}
BATCH = Batch(211, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"urban_dev_company_risk_matrix"}
UNTYPED = {
    "urban_dev_company_risk_matrix",
    "village_cadre_abc_levels",
    "town_water_station_own_list",
    "medical_insurance_two_line_cells",
    "road_maintenance_stations",
}
NOBODY = {"community_health_center_posts"}
SOME_NOBODY = {"village_cadre_abc_levels", "town_water_station_own_list"}


def test_batch211_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=209, new_people=True)
    # every unit a body of 梁平区, a name no earlier unit holds
    assert all(f["unit"].startswith(PLACE) for lay in LAYOUTS for f in lay["truth"])
    assert not any(PLACE[:2] in u for u in BATCH.earlier_units())


def test_batch211_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY, some_nobody=SOME_NOBODY
    )


def test_batch211_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED, at_least=3)


def test_batch211_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch211_plain_tables_by_heading():
    full = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    cases = [
        ("relief_station_list", full, "风险等级", "风险类型"),
        ("security_company_stars", {**full, "dept": "部门"}, "风险等级", "风险类别"),
        ("road_maintenance_stations", {**full, "dept": "站（股）", "person": "责任人"}, "风险等级",
         None),
        ("community_health_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险等级", "风险类型"),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name
    # the 站（股） column holds the 中心's two 养护站 among its parts
    depts = {f["department"] for f in BY_NAME["road_maintenance_stations"]["truth"]}
    assert {"碧涔养护站", "蟠岭养护站", "工程股", "中心领导"} == depts
    # Ⅰ级（高） … every level word carries its Roman grade and its word
    rows = BATCH.filled("community_health_center_posts")
    assert {r[5] for r in rows if r[5] in ROMAN_WORDS} == set(ROMAN_WORDS)


def test_batch211_risk_matrix_three_level_columns():
    name = "urban_dev_company_risk_matrix"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:8] == ["风险评估"] * 3
    assert rows[head + 1][5:8] == ["发生可能性", "影响程度", "风险等级"]
    assert BATCH.merged(name, 0, head, 5, 7)
    got, differs = [], 0
    for r in rows[head + 2 :]:
        if r[7] in HML and isinstance(r[0], int):
            assert MATRIX[(r[5], r[6])] == r[7]
            differs += r[7] != r[5] or r[7] != r[6]
            got.append((r[1], r[2], r[3], r[4], HML[r[7]]))
    assert got == BATCH.truth_rows(name)
    assert differs == 5
    assert rows[-2][0].startswith("注：风险等级由发生可能性和影响程度")


def test_batch211_letters_and_nobody():
    name = "village_cadre_abc_levels"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head]
    got = BATCH.by_heading(
        name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        person=lambda who: "" if who.startswith("共") else who,
    )  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])
    assert {r[5] for r in rows[head + 1 :] if r[5] in LETTERS} == set(LETTERS)
    assert any(str(r[0]).startswith("注：风险等级A为高风险") for r in rows)
    name = "town_water_station_own_list"
    rows = BATCH.filled(name)
    assert rows[0][0] == f"{PLACE}碧涔镇水利站岗位廉政风险排查表"
    got = BATCH.by_heading(
        name, {"post": "岗位", "person": "姓名", "point": "风险点"}, fixed={"dept": "水利站"},
        person=lambda who: "" if who.startswith("各") else who,
    )  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {f"{PLACE}碧涔镇"}


def test_batch211_self_checks_one_sheet_a_person():
    name = "technical_school_self_checks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["department"]
        assert rows[1] == ["姓名", f["person"], "处室", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]
        head = BATCH.header(name, f["sheet"])
        states = {r[5] for r in rows[head + 1 :] if r[3] in HML}
        assert states <= {"未发现问题", "已整改"}


def test_batch211_two_holders_in_two_line_cells():
    name = "medical_insurance_two_line_cells"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][-3:] == ["责任科室", "责任岗位", "责任人"]
    assert rows[head].index("防控措施") < rows[head].index("责任科室")
    got, doubled = [], 0
    for r in rows[head + 1 :]:
        if r[3] in HML:
            lines = [str(c).split("\n") for c in r[5:8]]
            assert len({len(x) for x in lines}) == 1
            doubled += len(lines[0]) == 2
            for dept, post, who in zip(*lines, strict=True):
                got.append((dept, post, who, r[2], HML[r[3]]))
    assert doubled == 2
    assert sorted(got) == sorted(BATCH.truth_rows(name))


def test_two_hundred_and_eleventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
