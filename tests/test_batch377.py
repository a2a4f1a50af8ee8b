"""The three-hundred-and-seventy-seventh batch of published layouts (tests/published/batch377.py): seven
ordinary files as the 农业 and 粮食 bodies of one county (大荔县) really send them — the 农业农村局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 农业技术推广中心's 一览表 under group rows with short
types and 高/中/低, the 农业机械管理站's 防控卡 one sheet a holder with two rows of pairs, ``…风险`` types
and ``★★★/★★/★``, the 动物卫生监督所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 农业综合行政执法大队's 责任清单 with ``一级风险/二级风险/三级风险`` and a last ``责任领导`` column, the
动物疫病预防控制中心's 自查表 one sheet a person with a label row over its values and ``高风险/中风险/
低风险``, the 粮食购销有限公司's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
粮食储备库's 分级分类防控表 with NO level and NO type column, whose rows stand under NESTED GROUP ROWS,
an outer ``一、一级风险点`` giving the level and inner ``（一）业务流程风险`` rows giving the type
(``python tests/published/score.py --set batch377``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at d32c7db
(dev's newest when the batch was done; this worktree branched from dev at d32c7db).
``score.py --set batch377``:
``TOTAL                      forms  40/40  points  73/73  recall 1.00 precision 1.00 (73/73)  levels  73/73  types  73/73  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  40/40  points  73/73  recall 1.00 precision 1.00 (73/73)  levels  73/73  types  73/73  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with and without ``--strict`` — the
harder one included: no miss to list by cell. The truth was not changed after measuring.

The harder ``dali_grain_reserve_level_then_type_groups.xlsx`` (sheet 分级分类表) read 7/7 forms and
13/13 points: each point took its level from the OUTER group row (risks.csv raw_risk_level
``一级风险点``/``二级风险点``/``三级风险点`` → Ⅰ级/Ⅱ级/Ⅲ级) and its type from the INNER one (raw_risk_type
``业务流程风险`` … for rows 6–27), the type groups did not end the level's scope, the group rows
were read as neither points nor 科室, and each person's points spread over several groups made one
form. So the nested level-then-type group rows are a shape the reader at d32c7db already reads,
though the README's 读得懂的表 does not describe it.

Unscored besides: every unit, 科室, post and tier as the truth has it (posts.csv F00001–F00040).
The issues are info only: TABLE_NO_TYPE on the 农业农村局's two sheets, on the 执法大队's list, AND on
the harder sheet (A3, “表中没有‘风险类型’列”, though every point there got its type from the inner
group rows — a message that is true of the columns but not of the reading); GRADE_BLANK on the three
cards and the three 自查表; FILE_SKIPPED for truth.json.

Generalised after this measurement: no TABLE_NO_TYPE where the type group rows gave every point its
type (tests/test_columns.py::test_type_group_rows_giving_every_point_its_type_leave_no_word_of_a_mis
sing_type). The batch reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch377 import (
    BANDS,
    BARE,
    DEPOT,
    GRADES,
    GROUPED_HEAD,
    GROUPED_UNIT,
    GROUPS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(377, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GROUPED_FILE = "dali_grain_reserve_level_then_type_groups"
HARDER = {GROUPED_FILE}
UNTYPED = {"dali_agri_bureau_two_sheets", "dali_agri_enforcement_duties"}
NOBODY = {"dali_animal_health_supervision_posts"}
OUTER = {"一级风险点": 1, "二级风险点": 2, "三级风险点": 3}
GAP = "\u3000"


def test_batch377_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=375, unit_words=("大荔县",), new_people=True)


def test_batch377_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch377_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch377_every_unit_is_of_dali_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("大荔县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch377_level_and_type_from_nested_group_rows():
    name = GROUPED_FILE
    head = BATCH.header(name)
    assert tuple(BATCH.sheet(name)["rows"][head]) == GROUPED_HEAD
    # no level and no type column: the headings name neither
    assert not any("等级" in h or "级别" in h or "类型" in h or "类别" in h for h in GROUPED_HEAD)
    rows = BATCH.filled(name)
    level = typ = None
    got, types, outers, inners = [], [], [], []
    for r, row in enumerate(rows[head + 1 :], head + 1):
        first = row[0]
        if isinstance(first, str) and first[1:2] == "、" and first[2:] in OUTER:
            level, typ = OUTER[first[2:]], None  # an outer row opens a level, no type yet
            outers.append(first)
            assert BATCH.merged(name, 0, r, 0, len(GROUPED_HEAD) - 1)
        elif isinstance(first, str) and first.startswith("（") and first.endswith("风险"):
            assert level is not None  # an inner row stands under an outer one
            typ = types_in(first)
            assert len(typ) == 1 and first.endswith(f"{typ[0]}风险"), first
            inners.append(first)
            assert BATCH.merged(name, 0, r, 0, len(GROUPED_HEAD) - 1)
        elif isinstance(first, int):
            assert level is not None and typ is not None, row
            got.append((row[1], row[2], row[3], row[4], level))
            types.append(typ)
    # (the truth holds a person's points together, the sheet holds them by level and type)
    pairs = zip(BATCH.truth_rows(name), BATCH.points(name), strict=True)
    truth = [(*row, p["types"]) for row, p in pairs]
    assert sorted((*g, t) for g, t in zip(got, types, strict=True)) == sorted(truth)
    # three levels, each with its own type groups numbered afresh
    assert outers == [g[0] for g in GROUPS] and len(outers) == 3
    assert [g[-1] for g in got] == sorted(g[-1] for g in got)
    assert sum(i.startswith("（一）") for i in inners) == len(outers)
    assert len(inners) > len(outers) and set(TYPES) == {types_in(i)[0] for i in inners}
    # a type group row recurs under several levels: the type does not give the level
    by_type = {}
    for (*_, lv), (t,) in zip(got, types, strict=True):
        by_type.setdefault(t, set()).add(lv)
    assert sum(len(lvs) > 1 for lvs in by_type.values()) >= 3
    # one person's points spread over several groups, one form a person
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len(DEPOT)
    assert sum(len({r["level"] for r in f["risks"]}) > 1 for f in forms) >= 4
    assert {f["unit"] for f in forms} == {GROUPED_UNIT}
    # the group rows are no points and no 科室
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & set(outers + inners)
    assert not {f["department"] for f in forms} & set(outers + inners)
    # nothing merged down in the table: 部门, 岗位 and 姓名 stand on every row
    table = BATCH.numbered(name)
    assert len(table) == len(got) and all(all(c for c in row[:6]) for row in table)
    assert any(str(row[0]).startswith("注：风险点按等级分为一级（高）") for row in BATCH.rows(name))


def test_batch377_plain_tables_by_heading():
    cases = [
        ("dali_agri_enforcement_duties",
         {"dept": "中队", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("dali_animal_health_supervision_posts", {"dept": "股室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("dali_grain_trading_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 大队长 on every row: a supervisor, holder of his own rows only
    name = "dali_agri_enforcement_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "dali_animal_health_supervision_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "dali_grain_trading_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 农业农村局's two sheets
    name = "dali_agri_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch377_group_rows_give_the_department():
    name = "dali_agri_tech_center_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch377_one_sheet_a_person():
    name = "dali_farm_machinery_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在股室", f["department"], "持卡时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "dali_animal_disease_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and all(types_in(r[2]) for r in table)


def test_batch377_is_read(tmp_path):
    BATCH.is_read(tmp_path)
