"""The three-hundred-and-sixth batch of published layouts (tests/published/batch306.py): seven
ordinary files as the 局/委/办 of one city (什邡市) really send them — the 发展和改革局's 一览表 with
高/中/低, the 住房和城乡建设局's 防控卡 one sheet a holder with ``★★★/★★/★``, the 市场监督管理局's
自查表 one sheet a person with ``一级/二级/三级``, the 农业农村局's 责任清单 with ``职责事项`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 交通运输局's 排查表 对岗不对人 with ``风险点 | 表现形式`` and
``一级风险/二级风险/三级风险``, the 卫生健康局's two sheets ``局领导 | 股室`` with
``高风险/中风险/低风险``, the 文化广播电视和旅游局's 防控表 under group rows with bare ``Ⅰ/Ⅱ/Ⅲ`` — and
one harder: the 自然资源局's 一览表 with no level heading, whose ``风险性质`` holds the types and whose
``风险类别`` holds the levels ``Ⅰ类/Ⅱ类/Ⅲ类`` (``python tests/published/score.py --set batch306``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 325d59f (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch306``:
``TOTAL                      forms  43/43  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  43/43  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). ALL EIGHT
layouts read in full — every form, point, level and type — with ``--strict`` too, the harder one
included (7/7 forms, 13/13 points, levels 13/13, types 13/13). The truth was not changed after
measuring.

No miss, by cell or otherwise. In the harder ``shifang_natural_resources_class_nature.xlsx`` (sheet
一览表, heading row 3) the reader took F ``风险性质`` as the type column and judged G ``风险类别`` by
its contents to be the level column (COLUMN_GUESSED at G3, info: ``表头“风险类别”所在列按内容判断为
“风险级别”(100% 的内容是风险级别的写法)``), reading ``Ⅰ类/Ⅱ类/Ⅲ类`` as Ⅰ级/Ⅱ级/Ⅲ级: so the shape, though
the README does not describe it, falls under its rule that a column of level words is a level
column whatever its heading — the batch finds no new kind of mistake.

Unscored besides (posts.csv of ``xlproc collect`` on the built inbox): all 43 forms have the
truth's unit, 科室, post, holder and tier (the 卫生健康局's leaders the 科室 ``局领导`` from their
sheet, the 文广旅局's from the group row ``一、局领导``, the 住建局's 股长 a 中层岗位). The other issues are
info only: TABLE_NO_TYPE on the six untyped sheets (农业农村局, 卫生健康局 ×2, 市场监督管理局 ×3),
GRADE_BLANK on the cards and self-checks, and the one COLUMN_GUESSED above; noise 0.

Nothing to generalise: the batch read in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch306 import (
    BANDS,
    BARE,
    CLASS_HEAD,
    CLASS_NOTE,
    CLASSES,
    GRADES,
    LAND,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS, **CLASSES}
BATCH = Batch(306, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CLASSED = "shifang_natural_resources_class_nature"
HARDER = {CLASSED}
UNTYPED = {
    "shifang_market_selfchecks",
    "shifang_agriculture_duties",
    "shifang_health_two_sheets",
}
NOBODY = {"shifang_transport_posts"}
GAP = "\u3000"


def test_batch306_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=305, unit_words=("什邡市",), new_people=True)


def test_batch306_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 13))
    assert RESAVED == ()


def test_batch306_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch306_every_unit_is_of_shifang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("什邡市") for u in units)
    assert all(u.endswith("局") for u in units)


def test_batch306_level_under_one_type_word_type_under_another():
    name = CLASSED
    assert BATCH.heading(name) == list(CLASS_HEAD)
    # no level heading: nothing in the heading says 等级, 级别 or 等次
    assert not any(w in h for h in CLASS_HEAD for w in ("等级", "级别", "等次"))
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, level="风险类别") == BATCH.truth_rows(name)
    got = BATCH.types_by(name, "风险性质", level="风险类别")
    assert got == [r["types"] for r in BATCH.points(name)]
    table = BATCH.table(name)
    at = CLASS_HEAD.index
    # 风险类别 holds only the classes, every one; 风险性质 only the five types, every one
    assert {r[at("风险类别")] for r in table} == set(CLASSES)
    assert not any(types_in(r[at("风险类别")]) for r in table)
    assert {r[at("风险性质")] for r in table} == {f"{t}风险" for t in TYPES}
    assert not any(r[at("风险性质")] in LEVELS for r in table)
    # the note says which is which; it and the measures are no points
    rows = [[c for c in row if c is not None] for row in BATCH.rows(name)]
    assert [CLASS_NOTE] in rows
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & ({r[at("防控措施")] for r in table} | {CLASS_NOTE})
    # 股室 merged down its posts, 岗位 and 姓名 per person
    forms = BY_NAME[name]["truth"]
    assert len(forms) == sum(len(people) for _d, people in LAND) == 7
    assert {f["department"] for f in forms} == {d for d, _p in LAND}
    head = BATCH.header(name)
    merges = BATCH.sheet(name)["merges"]
    assert (head + 1, 1, head + 3, 1) in merges  # 局领导 over its three rows
    assert (head + 1, 3, head + 2, 3) in merges  # the 局长's name over his two


def test_batch306_plain_tables_by_heading():
    cases = [
        ("shifang_reform_grain_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("shifang_agriculture_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("shifang_transport_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 表现形式 none; the 交通运输局 names nobody
    name = "shifang_transport_posts"
    at = BATCH.heading(name).index("表现形式")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # 职责事项 is no point
    name = "shifang_agriculture_duties"
    at = BATCH.heading(name).index("职责事项")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 卫生健康局's two sheets
    name = "shifang_health_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # 分管工作 is no point
    work = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & work


def test_batch306_group_rows_give_the_department():
    name = "shifang_culture_group_rows"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))


def test_batch306_one_sheet_a_person():
    name = "shifang_housing_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在股室", f["department"], "分管工作"]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "shifang_market_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            "所在股所",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查结果 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch306_is_read(tmp_path):
    BATCH.is_read(tmp_path)
