"""The two-hundred-and-twenty-ninth batch of published layouts (tests/published/batch229.py): seven
ordinary files as the natural-resources, housing and agriculture bodies of one county (丹巴县)
really send them — a 自然资源局 一览表 with its 自然资源所 among the ``股室``, the 不动产登记中心's 排查表
with a ``工作环节`` column and no 科室 column, the 住建局's 清单 对岗不对人 cut by group rows ``二、建筑管理股``
…, the 农业农村局's 自查表 one sheet a person with two rows of pairs above, a 乡 林业站's 防控卡 with
``★★★/★★/★``, the 水利局's 一览表 with ``风险名称 | 风险描述`` and ``高风险/中风险/低风险``, the 生态环境局
丹巴分局's leaders and 股室 on two sheets — and one harder: the 林业和草原局's 排查表 whose ``廉政风险点``
is merged over four type sub-columns ``思想道德 | 岗位职责 | 制度机制 | 外部环境``, each risk written as
text under its type (``python tests/published/score.py --set batch229``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured once, untuned, with main's reader at 5fac5af (main's newest when the batch was done; the
worktree was cut at fdabd95, and the two commits between change no reading of shapes: a post's
levels counted with list.count, and the tier of a 执行局局长 and a 法警): forms 1.000 (44/44), recall
1.000 (72/72), precision 1.000 (72/72), levels 1.000 (72/72), types 1.000 (72/72), noise 0; with
--strict the same: forms 1.000 (44/44), recall 1.000 (72/72), precision 1.000 (72/72), levels
1.000 (72/72), types 1.000 (72/72), noise 0. The 8 files: eight .xlsx, no re-saved copies. Nothing
missed — the harder table too: each text under ``思想道德 | 岗位职责 | 制度机制 | 外部环境`` was read as a
point of its row's post and holder, typed by its sub-column, at its row's level, and the blank cells
gave no point.

Unscored, seen in the export (exp/posts.csv): the leaders of ``eco_branch_two_sheets`` get the
科室 ``分局领导`` from their tab's name (truth ""); the 不动产登记中心's ``中心主任`` (``realestate_center_steps``,
the unit's head) is tiered 中层 (truth leader). No issue but the expected infos (TABLE_NO_TYPE on
the untyped tables, GRADE_BLANK on the personal sheets).

Read in full untuned; nothing generalised on it (it reads 1.00 on every metric, --strict too).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch229 import (
    GAP,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_COLUMNS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES, **STARS, **RISKS}
BATCH = Batch(229, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"forestry_types_as_columns"}
UNTYPED = {"realestate_center_steps", "forest_station_cards"}
NOBODY = {"housing_bureau_groups"}
SOME_NOBODY = {"eco_branch_two_sheets"}


def test_batch229_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=229, unit_words=("丹巴",), new_people=True)


def test_batch229_truth_is_self_consistent():
    # the harder table's type columns carry 13 points
    BATCH.truth_is_self_consistent(nobody=NOBODY, some_nobody=SOME_NOBODY, points=(3, 13))
    assert RESAVED == ()


def test_batch229_levels_and_types():
    # the 分局's leaders' sheet has no type column, its 股室 sheet one: checked below
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, skip_types={"eco_branch_two_sheets"})
    for f in BY_NAME["eco_branch_two_sheets"]["truth"]:
        types = [p["types"] for p in f["risks"]]
        if f["sheet"] == "分局领导":
            assert types == [[]] * len(types) and f["department"] == ""
        else:
            assert all(len(k) == 1 for k in types) and not f["person"]


def test_batch229_every_unit_is_of_danba():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("丹巴" in u for u in units)
    assert sum(u.startswith("丹巴县") for u in units) == len(LAYOUTS) - 1  # and the 州's 分局


def test_batch229_plain_tables_by_heading():
    cases = [
        ("natres_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型", None),
        ("realestate_center_steps", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None, None),
        ("water_bureau_name_and_desc",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险名称"}, "风险类别", None),
        ("eco_branch_two_sheets", {"post": "职务", "person": "姓名", "point": "风险点"}, None, "分局领导"),
        ("eco_branch_two_sheets", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型", "股室"),
    ]  # fmt: skip
    for name, heads, typ, sheet in cases:
        got = BATCH.by_heading(name, heads, sheet or 0)
        assert got == BATCH.truth_rows(name, sheet), (name, sheet)
        if typ:
            points = [
                p for f in BY_NAME[name]["truth"] if sheet in (None, f["sheet"]) for p in f["risks"]
            ]
            assert BATCH.types_by(name, typ, sheet or 0) == [p["types"] for p in points], name
    # the 自然资源局's unit and date share one merged line above the header
    rows = BATCH.filled("natres_bureau_list")
    assert rows[2][0] == f"填报单位（盖章）：丹巴县自然资源局{GAP * 8}填报日期：2024年11月20日"
    assert len(set(rows[2])) == 1
    assert "杜鹃坪自然资源所" in {f["department"] for f in BY_NAME["natres_bureau_list"]["truth"]}
    # the 中心's 工作环节 is no point, and it has no 科室 column
    name = "realestate_center_steps"
    rows = BATCH.filled(name)
    head = rows[BATCH.header(name)]
    assert "科室" not in head and all(f["department"] == "" for f in BY_NAME[name]["truth"])
    steps = {r[1] for r in BATCH.table(name)}
    assert steps == {"全面管理", "申请受理", "权籍调查", "审核登簿", "缮证发证"}
    assert not steps & {p["risk_point"] for p in BATCH.points(name)}
    # the 水利局's point is the short 风险名称, never the long 风险描述
    name = "water_bureau_name_and_desc"
    descs = {r[5] for r in BATCH.table(name)}
    assert len(descs) == 8 and not descs & {p["risk_point"] for p in BATCH.points(name)}
    assert {r[7] for r in BATCH.table(name)} == set(RISKS)


def test_batch229_group_rows_give_the_office():
    name = "housing_bureau_groups"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], "", row[2], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch229_sheets_one_holder_each():
    name = "agri_bureau_self_checks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"] and rows[1][:2] == ["姓名", f["person"]]
        assert rows[2][:4] == ["所在股室", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]
    name = "forest_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["持卡人", f["person"], "所在站所", "杜鹃坪乡林业站", "职务", f["title"]]
        assert f["unit"] == "丹巴县杜鹃坪乡" and f["department"] == "林业站"
        fixed = {"dept": "林业站", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert rows[-2][0].startswith("注：★★★为高风险")


def test_batch229_risks_under_type_columns():
    name = "forestry_types_as_columns"
    rows = BATCH.sheet(name)["rows"]
    h = BATCH.header(name)
    assert rows[h][5] == "廉政风险点" and BATCH.merged(name, 0, h, 5, 8)
    assert tuple(rows[h + 1][5:9]) == TYPE_COLUMNS
    assert not any(c == "√" for r in rows for c in r)  # the risks are written, not ticked
    got = []
    for row in BATCH.table(name):
        for k, cell in zip(TYPE_COLUMNS, row[5:9], strict=True):
            if cell is not None:
                got.append((row[1], row[2], row[3], cell, HML[row[9]], [k]))
    want = [(f["department"], f["title"], f["person"], p["risk_point"], p["level"], p["types"])
            for f in BY_NAME[name]["truth"] for p in f["risks"]]  # fmt: skip
    assert sorted(got) == sorted(want) and len(want) == 13
    matters = {r[4] for r in BATCH.table(name)}
    assert not matters & {p["risk_point"] for p in BATCH.points(name)}
    blanks = sum(c is None for r in BATCH.table(name) for c in r[5:9])
    assert blanks == 4 * 7 - 13


def test_batch229_is_read(tmp_path):
    BATCH.is_read(tmp_path)
