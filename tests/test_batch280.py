"""The two-hundred-and-eightieth batch of published layouts (tests/published/batch280.py): seven
ordinary files as the companies, enforcement bodies and 服务中心 of one county (平武县) really send
them — the 城市投资建设有限公司's 清单 with ``一级/二级/三级``, the 污水处理有限公司's 防控表 under group
rows ``一、公司领导`` … with ``一级风险/二级风险/三级风险``, the 应急管理综合行政执法大队's 防控卡 one sheet a
holder with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 殡仪服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现``, the
农村供水工程管理站's 自查表 one sheet a person, the 自来水有限责任公司's 一览表 with ``★★★/★★/★``, the
水利工程建设服务中心's 责任清单 with a last ``责任领导`` column — and one harder: the
市场监管综合行政执法大队's 行政处罚 防控表, one row an 执法事项, whose stage groups ``立案环节``,
``调查取证环节``, ``审核决定环节`` each carry their own ``责任岗位 | 廉政风险点 | 风险等级``
(``python tests/published/score.py --set batch280``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e9bc74f (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=0.972 (35/36) recall=1.000 (66/66) precision=0.985 (66/67)
levels=1.000 (66/66) types=1.000 (66/66) noise=0; with --strict the same: TOTAL forms=0.972 (35/36)
recall=1.000 (66/66) precision=0.985 (66/67) levels=1.000 (66/66) types=1.000 (66/66) noise=0. The 8
files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full.

Missed, all in the harder ``pingwu_market_enforcement_stage_posts.xlsx`` (sheet 防控表; forms 4/5,
points 13/13, precision 13/14): the reader split the row at the stage groups into three side-by-side
tables (B–E, F–H, I–L) — so every point went to the post of its own group, with its own level —
but (a) in the first table it took the ``执法事项`` column (B3, COLUMN_GUESSED ``80% 的内容是科室名称``)
as the 科室, so the 立案环节 points were read one form a row: 中队长 in three forms with 科室
``特种设备安全违法案件查处`` (D6), ``价格违法案件查处`` (D7), ``计量违法案件查处`` (D9) (posts.csv
F00009–F00011; truth one form 中队长, no 科室) and the 执法队员's D5 in a form of its own (F00008, 科室
``食品安全违法案件查处``) apart from his other five points (F00016); the missed form is 中队长's;
(b) the ``/`` of the 简易程序 row in the third group (I8:K8) was read as a point ``/`` (F00015, no
post, level ``/`` → LEVEL_UNKNOWN at K8; truth: no point), though the same ``/`` in the first group
(C8:E8) was not. Kind: a table whose stage groups each carry a ``责任岗位`` column is read as
side-by-side tables, each taking the leftmost unknown column (``执法事项``) as its 科室 and treating a
row of ``/`` placeholders as a point in a group that has the measures column.

Unscored besides: the second and third tables (F–L) lost the unit (posts.csv F00012–F00016, unit
blank; truth ``平武县市场监管综合行政执法大队``) and the 防控措施 (MEASURES_BLANK for the first two
groups, D5…G9); 副大队长 and 大队长 read as 中层岗位 (truth leader); in the 城市投资建设有限公司's list the
post ``现场代表`` has no tier (F00033; truth general). The other issues are info only (TABLE_NO_TYPE,
GRADE_BLANK).

Generalised in the next stop (bc70b63): stages each merged over their own 责任岗位 | 廉政风险点 | 风险等级 are one
table, each stage's point its own post's, a ``/`` group no point; ``…案件查处`` ends as an office does but is no
科室 (tests/test_columns.py::test_stages_each_with_a_post_column_of_their_own,
test_a_matter_ending_as_an_office_does_is_no_department); the batch now reads 1.00 on every metric.

Generalised after this measurement (again; re-measured on main at cb0d3b99, 65/66): since the rule for rows of an unquoted .csv split at a
comma (ROWS_SPLIT_AT_COMMA, 79a5e02b) the 简易程序 row 8 — ``/ | / | /`` under 立案环节, its point and
level ``高`` under 调查取证环节, ``/ | / | /`` under 审核决定环节 — was taken for a split row (no level word
under the first stage's 风险等级, one three columns right) and read as one point
``/,/,执法队员,当场收缴罚款不出具专用票据，罚款不按时上缴`` with no post (recall and precision 65/66). A
level cell that is a placeholder (``/``, ``无``, ``不涉及``: the stage has no point) now never makes a row
a split one, so the row reads as the stages write it: the point 执法队员's, Ⅰ级
(tests/test_stage_placeholder_row.py). The batch reads 1.00 again, ``--strict`` too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch280 import (
    GRADES,
    LAYOUTS,
    MATTERS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STAGES,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS}
BATCH = Batch(280, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"pingwu_market_enforcement_stage_posts"}
UNTYPED = {
    "pingwu_market_enforcement_stage_posts",
    "pingwu_sewage_group_rows",
    "pingwu_emergency_enforcement_cards",
    "pingwu_rural_water_station_selfchecks",
    "pingwu_water_works_center_duties",
}
NOBODY = {"pingwu_market_enforcement_stage_posts", "pingwu_funeral_center_posts"}


def test_batch280_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=277, unit_words=("平武县",), new_people=True)


def test_batch280_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch280_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch280_every_unit_is_of_pingwu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("平武县") for u in units)


def test_batch280_stage_groups_carry_their_own_posts():
    name = "pingwu_market_enforcement_stage_posts"
    rows = BATCH.filled(name)
    head = next(r for r, row in enumerate(rows) if row[0] == "序号")
    assert rows[head][2:11] == [s for s in STAGES for _ in range(3)]
    assert rows[head + 1][2:11] == ["责任岗位", "廉政风险点", "风险等级"] * 3
    got = []
    table = BATCH.table(name)
    assert len(table) == len(MATTERS)
    for row in table:
        for g in range(len(STAGES)):
            post, point, lv = row[2 + 3 * g : 5 + 3 * g]
            if point == NONE:
                assert post == lv == NONE
                continue
            got.append(("", post, "", point, HML[lv]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # one row several posts, one post several rows: rows are not forms
    posts_in_rows = [{row[2 + 3 * g] for g in range(3)} - {NONE} for row in table]
    assert sum(len(p) > 1 for p in posts_in_rows) >= 3
    assert len(BY_NAME[name]["truth"]) < len(got)


def test_batch280_plain_tables_by_heading():
    cases = [
        ("pingwu_urban_investment_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, "风险类别"),
        ("pingwu_tap_water_company_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, "风险类型"),
        ("pingwu_water_works_center_duties",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, None),
        ("pingwu_funeral_center_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names one supervisor, the holder of his own rows only
    name = "pingwu_water_works_center_duties"
    table = BATCH.table(name)
    assert len({row[8] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][8]}
    # the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, desc in (("pingwu_funeral_center_posts", 4), ("pingwu_sewage_group_rows", 4)):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[desc] for row in BATCH.table(name)}, name


def test_batch280_group_rows_give_the_department():
    name = "pingwu_sewage_group_rows"
    rows = BATCH.filled(name)
    dept, got = None, []
    for row in rows:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch280_one_sheet_a_person():
    name = "pingwu_emergency_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "pingwu_rural_water_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "股　室", "岗　位", "填表时间"]
        assert (
            rows[2][:3] == [f["person"], f["department"], f["title"]] == [f["sheet"], *rows[2][1:3]]
        )
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch280_is_read(tmp_path):
    BATCH.is_read(tmp_path)
