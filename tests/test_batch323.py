"""The three-hundred-and-twenty-third batch of published layouts (tests/published/batch323.py): seven
ordinary files as the 自然资源 and 生态环境 bodies of one district (雁江区) really send them — the
自然资源局's two sheets ``局领导 | 股室`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 临江自然资源所's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 保和自然资源所's 自查表 one sheet a person with ``高风险/中风险/低风险``,
the 中和自然资源所's 一览表 with ``风险点 | 风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ``, the 林业站's 一览表 under group
rows with ``一级/二级/三级``, the 丹山林业站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and 高/中/低,
the 不动产登记中心's 责任清单 with ``职责事项`` and ``一级风险/二级风险/三级风险`` — and one harder: the
生态环境分局's 一览表 whose ``风险等级`` is written only on the first point of each run of equal
levels within a holder, the cells below left blank by rule (a ``注：`` line says so)
(``python tests/published/score.py --set batch323``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 231cf14 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch323``:
``TOTAL                      forms  42/42  points  76/76  recall 1.00 precision 1.00 (76/76)  levels  70/76  types  76/76  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.921 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  76/76  recall 1.00 precision 1.00 (76/76)  levels  70/76  types  76/76  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.921 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds all its forms (6/6: every 股室, post and holder right), all 16 points with their
types, and the 10 levels that are written (高 → Ⅰ级, 中 → Ⅱ级, 低 → Ⅲ级), but none of the 6 levels
left blank by the note's rule (levels 10/16). The truth was not changed after measuring.

Missed, all in the harder ``yanjiang_ecology_levels_once_a_run.xlsx``, sheet ``一览表`` (heading
row 3, the level column G, the note merged over A20:H20): the reader read each blank level cell
as a missing level — ``risk_level`` empty in risks.csv and an error LEVEL_BLANK ``风险级别未填写``
for the cell — and did not read the ``注：`` line's rule that a blank level is the level written
above it within the same holder. By cell (read: blank, LEVEL_BLANK), the truth's level:

- G5 (序号 2, 分局领导 局长 鞠翯川, ``为企业打招呼，干预环境执法检查和案件查处``): 高 → Ⅰ级, from G4;
- G9 (序号 6, 分局领导 副局长 仉澜漪, ``接受管理对象宴请和礼品礼金``): 中 → Ⅱ级, from G8;
- G11 (序号 8, 执法大队 大队长 亢昶屿, ``自由裁量权行使不规范，同案不同罚``): 高 → Ⅰ级, from G10;
- G14 (序号 11, 执法大队 执法队员 郏璞岑, ``调查取证不规范，证据缺失或文书不全``): 中 → Ⅱ级, from G13;
- G16 (序号 13, 环评股 股长 晏蕤汀, ``向环评编制单位泄露审查意见或为其介绍业务``): 中 → Ⅱ级, from G15;
- G18 (序号 15, 监测站 监测员 柴濯芊, ``现场采样点位随意变更，样品不按规定保存``): 高 → Ⅰ级, from G17.

Kind: a level written only at the head of each run of equal levels within a holder, the cells
below left blank by a note's rule (not merged, not ``同上``), is read as six missing levels instead
of the level above.

Unscored besides (posts.csv): the three 自然资源所 files are read as the unit ``雁江区自然资源局``
with the 科室 ``临江自然资源所`` / ``保和自然资源所`` / ``中和自然资源所`` (truth: the 所 a unit of its own, no
科室; score.py counts the two writings as one form), and so their 所长 (临江, 中和) and 副所长 (保和)
are read as 中层岗位 (truth leader, by this batch's judgement call that a 所 is a unit of its own);
every other unit, 科室, post and tier is read as the truth has it. The issues are the six
LEVEL_BLANK errors above and info only (TABLE_NO_TYPE on five sheets, GRADE_BLANK on six forms,
FILE_SKIPPED for truth.json); no warning.

Generalised after this measurement: a level written once for a run of equal levels of a post, where a note says so, holds for the blanks below (tests/test_columns.py::test_a_level_written_once_for_a_run_of_equal_levels).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch323 import (
    BANDS,
    BARE,
    ECOLOGY,
    ECOLOGY_HEAD,
    ECOLOGY_NOTE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(323, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
ONCE = "yanjiang_ecology_levels_once_a_run"
HARDER = {ONCE}
UNTYPED = {"yanjiang_natural_resources_two_sheets", "yanjiang_baohe_resources_selfchecks"}
NOBODY = {"yanjiang_danshan_forestry_posts"}
GAP = "\u3000"


def test_batch323_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=321, unit_words=("雁江区",), new_people=True)


def test_batch323_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 16))
    assert RESAVED == ()


def test_batch323_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch323_every_unit_is_of_yanjiang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("雁江区") for u in units)
    kinds = ("自然资源局", "自然资源所", "生态环境分局", "林业站", "不动产登记中心")
    assert all(u.endswith(kinds) for u in units)


def test_batch323_level_written_once_a_run():
    name = ONCE
    assert BATCH.heading(name) == list(ECOLOGY_HEAD)
    table = BATCH.table(name)  # merged 股室/岗位/姓名 filled; the level cells are not merged
    assert [r[4] for r in table] == [p["risk_point"] for p in BATCH.points(name)]
    head = BATCH.header(name)
    merges = BATCH.sheet(name)["merges"]
    assert not any(m[1] <= 6 <= m[3] and head < m[0] < m[2] for m in merges)  # none down col G
    # read the note's rule: a blank level is the level above it within the same holder
    got, blanks, holder, level = [], 0, None, None
    for row in table:
        who = (row[1], row[2], row[3])
        if who != holder:
            assert row[6] in HML, row  # every holder's first point has its level written
            holder = who
        if row[6] is None:
            blanks += 1
        else:
            level = HML[row[6]]
        got.append((row[1], row[2], row[3], row[4], level))
    assert got == BATCH.truth_rows(name)
    assert blanks == 6 and len(table) == 16
    # the holders' points run from high to low, and a written level always changes the level
    for _dept, _post, _who, _tier, points in ECOLOGY:
        lv = [HML[p[2]] for p in points]
        assert lv == sorted(lv)
    written = [row[6] for row in table]
    for a, b, ra, rb in zip(written, written[1:], table, table[1:], strict=False):
        if a is not None and b is not None and ra[1:4] == rb[1:4]:
            assert a != b, (ra, rb)
    # no 同上 / 〃 in the level column; the note stands under the table
    assert not {c for c in written if c is not None} - set(HML)
    assert any(r[0] == ECOLOGY_NOTE for r in BATCH.rows(name))
    assert [types_in(r[5]) for r in table] == [r["types"] for r in BATCH.points(name)]


def test_batch323_plain_tables_by_heading():
    cases = [
        ("yanjiang_realestate_registry_duties",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("yanjiang_danshan_forestry_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("yanjiang_zhonghe_resources_desc", {"post": "岗位", "person": "姓名", "point": "风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 is no point; the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, col in (
        ("yanjiang_realestate_registry_duties", 4),
        ("yanjiang_danshan_forestry_posts", 3),
        ("yanjiang_zhonghe_resources_desc", 4),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 丹山林业站 names nobody and has no 科室; the 中和所 has no 科室 column either
    name = "yanjiang_danshan_forestry_posts"
    assert BATCH.holders(name) == {""}
    assert not {"姓名", "责任人", "股室", "科室"} & set(BATCH.heading(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    name = "yanjiang_zhonghe_resources_desc"
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    assert {r[7] for r in BATCH.table("yanjiang_realestate_registry_duties")} == set(RISKS)
    # the 自然资源局's two sheets
    name = "yanjiang_natural_resources_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch323_group_rows_give_the_department():
    name = "yanjiang_forestry_station_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch323_one_sheet_a_person():
    name = "yanjiang_linjiang_resources_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "岗位职责" and f["department"] == ""
        assert f["sheet"] == f["title"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        # 岗位职责 is no point
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "yanjiang_baohe_resources_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "职务", f["title"], "填表时间", "2025年9月"]
        assert f["sheet"] == f["person"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch323_is_read(tmp_path):
    BATCH.is_read(tmp_path)
