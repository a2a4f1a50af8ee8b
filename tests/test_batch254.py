"""The two-hundred-and-fifty-fourth batch of published layouts (tests/published/batch254.py): seven
ordinary files as the 乡镇, 村/社区 and 站所 of one county (甘孜县) really send them — the 达扎镇财政所's
排查表 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 协德村's 小微权力 清单 with ``权力事项`` merged and
the holders written on every row, the 格龙乡林业站's 防控卡 one sheet a holder, the 仁达镇畜牧兽医站's
自查表 one sheet a person with ``一级风险/二级风险/三级风险`` and ``自查情况``, the 卡龙镇司法所's 一览表 with
a ``工作事项`` column and ``高风险/中风险/低风险``, the 格萨社区's 一览表 with ``★★★/★★/★`` read by a line
above the table, the 俄热村's 排查表 with ``姓名`` before ``职务`` — and one harder: the 觉日乡's ordinary
一览表 sent back in the county's template workbook, its cells validated against DROP-DOWN LISTS that
stand on a second, visible sheet ``下拉选项`` (five independent lists under ``站所（部门） | 岗位 |
岗位类别 | 风险类型 | 风险等级``) (``python tests/published/score.py --set batch254``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e6e0678 (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (36/36) recall=1.000 (68/68) precision=1.000 (68/68)
levels=1.000 (68/68) types=1.000 (68/68) noise=0; with --strict the same: TOTAL forms=1.000 (36/36)
recall=1.000 (68/68) precision=1.000 (68/68) levels=1.000 (68/68) types=1.000 (68/68) noise=0. The 8
files: eight .xlsx, no re-saved copies. All eight layouts read in full, --strict too; nothing missed.

The harder ``township_dropdown_lists`` read right: the ``下拉选项`` sheet gave no form, no point and
no issue; ``岗位类别`` was taken for a grouping of the posts, no post (COLUMN_GUESSED info ``一览表!D4``);
the validated cells read as the values they hold. Read right besides: the 财政所's short ``风险点``
beside ``风险表现`` with ``Ⅰ级/Ⅱ级/Ⅲ级`` and no type column (TABLE_NO_TYPE info), the 村's holders written
on every row a person's rows apart and the ``监督主体`` bodies (no holders), the 林业站's cards with
``持卡人 | … | 所在单位 | …``, the 畜牧兽医站's self-checks with the label row over the value row and
``自查情况``, the 司法所's ``工作事项`` column, the 社区's ``★★★/★★/★`` by the line above, the 俄热村's
``姓名`` before ``职务``.

Unscored besides (posts.csv): every 科室 and post right but the 司法所's; units and tiers differ
from this batch's conventions in 22 of the 36 forms — the 司法所 read as unit ``甘孜县卡龙镇``, 科室
``司法所`` and its 所长 中层岗位 (truth: ``甘孜县卡龙镇司法所`` a unit of its own, no 科室, the 所长 a
leader, as batches 45 and 72 took it); the 财政所's unit ``达扎镇`` from the ``单位：达扎镇财政所`` line
(truth ``甘孜县达扎镇``, the title's); the 觉日乡's unit ``甘孜县觉日乡人民政府`` from the 填报单位 line
(truth ``甘孜县觉日乡``, the title's); the 俄热村's unit ``俄热村党支部`` from its 填报单位 line (truth
``甘孜县雄坝乡俄热村``); the 村委会副主任, 村务监督委员会主任 (twice) and 居委会副主任 read as 领导岗位 (truth
middle, as batch228 took them).

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full when measured; nothing to generalise on.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch254 import (
    BANDS,
    GRADES,
    LAYOUTS,
    LISTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TOWNSHIP,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **BANDS, **STARS}
BATCH = Batch(254, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"township_dropdown_lists"}
UNTYPED = {"finance_office_checklist", "village_power_list"}


def test_batch254_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=253, unit_words=("甘孜县",), new_people=True)


def test_batch254_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=(), points=(3, 13))
    assert RESAVED == ()


def test_batch254_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch254_every_unit_is_of_ganzi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("甘孜县") for u in units)
    # a 乡镇's own 站/所 is its 科室; the 司法所 a unit of its own; 村 and 社区 no 科室
    depts = {lay["name"]: {f["department"] for f in lay["truth"]} for lay in LAYOUTS}
    assert depts["finance_office_checklist"] == {"财政所"}
    assert depts["gelong_forestry_cards"] == {"林业站"}
    assert depts["vet_station_self_checks"] == {"畜牧兽医站"}
    for name in ("justice_office_list", "village_power_list", "community_list",
                 "village_ranger_checklist"):  # fmt: skip
        assert depts[name] == {""}, name


def test_batch254_dropdown_lists_sheet_holds_no_point():
    name = "township_dropdown_lists"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表", "下拉选项"]
    assert {f["sheet"] for f in lay["truth"]} == {"一览表"}  # no form on the lists
    lists = BATCH.rows(name, "下拉选项")
    head = lists[0]
    assert head == list(LISTS)
    for c, col in enumerate(head):  # each column a list of its own, of its own length
        values = [row[c] for row in lists[1:] if c < len(row) and row[c] is not None]
        assert values == LISTS[col]
    assert len({len(v) for v in LISTS.values()}) > 2
    # the lists' rows pair values that are no post of the table
    posts = {(f["department"], f["title"]) for f in lay["truth"]}
    paired = {(row[0], row[1]) for row in lists[1:] if row[0] and row[1]}
    assert not paired <= posts
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not {c for row in lists for c in row if c} & points
    # every validated cell of the table holds a value of its list
    table_head = BATCH.heading(name, "一览表")
    rows = BATCH.table(name, "一览表")
    validations = lay["sheets"][0]["validations"]
    assert len(validations) == len(LISTS)
    first = BATCH.header(name, "一览表") + 1
    for r0, c, r1, source in validations:
        col = table_head[c]
        assert col in LISTS and "'下拉选项'!$" in source
        assert r0 == first and r1 == first + len(rows) - 1
        assert {row[c] for row in rows} <= set(LISTS[col])
    # read by its heading, the table is the truth
    heads = {"dept": "站所（部门）", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    got = BATCH.by_heading(name, heads, "一览表")
    assert got == BATCH.truth_rows(name)
    assert len(got) == sum(len(ps) for *_, ps in TOWNSHIP)
    assert BATCH.types_by(name, "风险类型", "一览表") == [p["types"] for p in BATCH.points(name)]


def test_batch254_plain_tables_by_heading():
    cases = [
        ("justice_office_list", {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("community_list", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("village_ranger_checklist", {"post": "职务", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("village_power_list",
         {"post": "责任岗位", "person": "责任人", "point": "廉洁风险点"}, None),
        ("finance_office_checklist", {"post": "岗位", "person": "姓名", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        fixed = {"dept": "财政所"} if name == "finance_office_checklist" else None
        got = BATCH.by_heading(name, heads, fixed=fixed)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    table = BATCH.table("finance_office_checklist")
    points = {p["risk_point"] for p in BATCH.points("finance_office_checklist")}
    assert {row[3] for row in table} == points and not points & {row[4] for row in table}
    # the 村's holders stand on every row, a person's rows apart; 监督主体 are bodies
    table = BATCH.table("village_power_list")
    people = [row[3] for row in table]
    assert all(people) and len(set(people)) < len(people)
    assert {row[7] for row in table} <= {"村务监督委员会", "乡纪委", "乡财政所"}
    assert not {row[7] for row in table} & BATCH.holders("village_power_list")


def test_batch254_sheets_one_holder_each():
    for f in BY_NAME["gelong_forestry_cards"]["truth"]:
        rows = BATCH.filled("gelong_forestry_cards", f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "岗位", f["title"]]
        assert rows[1][4:] == ["所在单位", "格龙乡林业站"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(
            "gelong_forestry_cards", {"point": "风险点"}, f["sheet"], fixed=fixed
        )
        assert got == BATCH.truth_rows("gelong_forestry_cards", f["sheet"])
    for f in BY_NAME["vet_station_self_checks"]["truth"]:
        rows = BATCH.filled("vet_station_self_checks", f["sheet"])
        assert rows[1][:5] == ["姓名", "性别", "民族", "职务", "联系电话"]
        assert rows[2][0] == f["person"] and rows[2][3] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(
            "vet_station_self_checks", {"point": "自查风险点"}, f["sheet"], fixed=fixed
        )
        assert got == BATCH.truth_rows("vet_station_self_checks", f["sheet"])
        answers = {r[5] for r in BATCH.table("vet_station_self_checks", f["sheet"])}
        assert answers <= {"未发现问题", "已整改"}


def test_batch254_is_read(tmp_path):
    BATCH.is_read(tmp_path)
