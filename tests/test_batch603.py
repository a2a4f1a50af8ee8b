"""The six-hundred-and-third batch of published layouts (tests/published/batch603.py): seven
ordinary files as the housing bodies of one district (沙坡头区, 中卫市) really send them — the
房产服务中心's 一览表 in two sheets 中心领导/科室 with ``一级/二级/三级``, the 物业管理办公室's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 征收办's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 住房保障服务中心's
清单 under group rows with ``一级风险/二级风险/三级风险``, the 房产测绘队's 防控卡 one sheet a leader with
``★★★/★★/★``, the 房地产交易管理所's 一览表 with ``高风险/中风险/低风险``, the 住宅专项维修资金管理中心's
登记表 — and one harder: the 住房公积金管理部's 业务环节廉政风险点排查表, one row a point keyed by
``业务事项 | 办理环节`` with no holder column, the holders only in a second sheet's 业务岗位权限设置表
(事项 down, holders across, the stage each handles in the cells)
(``python tests/published/score.py --set batch603``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch). ``truth_is_self_consistent`` is called with ``fields_in="file"``: the harder
file's posts and holders stand on its second sheet (岗位权限设置), not on the list's.

Measured ONCE, untuned, with main's reader at 7fb154b (/work/snap10; this worktree branched from dev
at d2ebd08): TOTAL forms=0.818 recall=0.804 precision=0.804 levels=1.000 types=1.000 noise=0
(forms 27/33, points 45/56); with --strict the same: TOTAL forms=0.818 recall=0.804 precision=0.804
levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, also under --strict).

Missed, all in the harder ``shapotou_housing_fund_office_permission_grid.xlsx`` (forms 0/6, points
0/11, precision 0/11, noise 0): on sheet 风险点排查表 the reader read the list (heading A3:F3, rows
4–14) as ONE form of the unit with no 科室, no post and no holder (posts.csv F00001: only the unit
``中卫市住房公积金管理中心沙坡头区管理部``), all eleven points D4–D14 under it with the right levels
(E4–E14), ``业务事项`` (B4:B14, merged) and ``办理环节`` (C4–C14, ``经办/复核/审批``) used for nothing; the
second sheet 岗位权限设置 (``业务事项`` A2:A4 merged down, ``岗位`` B2:G2 merged across over the posts row B3:G3 and the names row B4:G4, the
stage cells B5:G8) was passed over without a word (no issue, no TABLE_OTHER). The truth has six
holders — 综合柜员 牧琰翀 (D4, D10), 综合柜员 宦璐汀 (D5, D7), 信贷审核员 牧霂岑 (D8), 财务会计 宦翥澜
(D11, D12), 副主任 牧珩湜 (D6, D13), 主任 宦沅琪 (D9, D14) — each found by looking up the row's
业务事项 in the permission grid and taking the column whose cell holds the row's 办理环节. Only issue:
TABLE_NO_TYPE (info) at A3. Kind: a list keyed by 业务事项 and 办理环节 whose holders stand only in a
separate 业务 × 岗位 permission matrix (stage words in the cells) is read as one holderless form, the
matrix ignored, so no point reaches any of its holders.

Not generalised in the stop that measured it (left for the next): holders found through a
business × post permission grid on another sheet, keyed by the row's business and its stage.

Generalised after this measurement: holders through a business × post permission grid keyed by business and stage, on the list's sheet or another (tests/test_holders_by_permission_grid.py; info HOLDER_BY_PERMISSION_GRID). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch603 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    NONE,
    PERMISSIONS,
    POINTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(603, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shapotou_housing_fund_office_permission_grid"}
TYPED = {
    "shapotou_property_management_office_posts",
    "shapotou_real_estate_trading_list",
    "shapotou_maintenance_fund_register",
}
NOBODY = {"shapotou_property_management_office_posts"}


def test_batch603_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=599, unit_words=("沙坡头区",), new_people=True)


def test_batch603_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), fields_in="file")
    assert RESAVED == ()


def test_batch603_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch603_every_unit_is_of_shapotou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("沙坡头区" in u for u in units)


def test_batch603_permission_grid_gives_the_holders():
    name = "shapotou_housing_fund_office_permission_grid"
    n = len(HOLDERS)
    grid = BATCH.filled(name, "岗位权限设置")
    assert grid[1][:2] == ["业务事项", "岗位"] and grid[1][2 : n + 1] == ["岗位"] * (n - 1)
    assert grid[2][1 : n + 1] == [post for post, _, _ in HOLDERS]
    assert grid[3][1 : n + 1] == [who for _, who, _ in HOLDERS]
    perms = {row[0]: row[1 : n + 1] for row in grid[4 : 4 + len(PERMISSIONS)]}
    assert perms == {b: list(s) for b, s in PERMISSIONS}
    table = BATCH.table(name, "风险点排查表")
    assert len(table) == len(POINTS)
    got = []
    for row in table:
        business, stage = row[1], row[2]
        picked = [j for j, s in enumerate(perms[business]) if s == stage]
        assert len(picked) == 1
        post, who, _tier = HOLDERS[picked[0]]
        got.append(("", post, who, row[3], HML[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no holder column in the list; one stage falls to different holders in different businesses
    assert not {who for _, who, _ in HOLDERS} & {c for row in table for c in row}
    assert len({perms[b].index("经办") for b in perms if "经办" in perms[b]}) > 1
    assert all(NONE in s for _, s in PERMISSIONS)
    assert len({post for post, _, _ in HOLDERS}) < n
    assert len(BY_NAME[name]["truth"]) == n


def test_batch603_plain_tables_by_heading():
    cases = [
        ("shapotou_real_estate_trading_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shapotou_maintenance_fund_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("shapotou_property_management_office_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "shapotou_property_service_centre_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "shapotou_property_management_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch603_group_rows_give_the_department():
    name = "shapotou_housing_security_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch603_one_sheet_a_person():
    name = "shapotou_expropriation_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shapotou_survey_team_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch603_is_read(tmp_path):
    BATCH.is_read(tmp_path)
