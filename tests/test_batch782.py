"""The seven-hundred-and-eighty-second batch of published layouts (tests/published/batch782.py):
seven ordinary files as the natural resources and planning bodies of one county (五台县) really send
them — the 自然资源局's 一览表 under ``附件1`` with ``一级/二级/三级``, the 不动产登记中心's 防控卡 one sheet a
person with 高/中/低, the 矿产资源管理所's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 自然资源综合行政执法队's
清单 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 土地收购储备中心's 自查表 one sheet a person with ``★★★/★★/★``,
the 国土整治服务中心's 一览表 with 部门/岗位/责任人 on every row, the 地质环境监测站's 一览表 in two sheets with
``一级风险/二级风险/三级风险`` — and one harder: the 国土空间规划服务中心's 廉政风险点清单 in three sheets named
``表1 | 表2 | 表3`` with no level column, each row's level the colour of its sheet's tab (red, orange,
yellow) per a ``说明：`` line (``python tests/published/score.py --set batch782``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at d52327c1 (/work/snap39; this worktree branched from dev
at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.833 types=1.000 noise=0;
with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.833 types=1.000
noise=0 (forms 36/36, points 54/54, levels 45/54). The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``wutai_spatial_planning_centre_tab_colours.xlsx`` (levels 0/9; forms 4/4,
points 9/9, precision 9/9, noise 0): the reader read the three sheets 表1, 表2, 表3 as three plain
lists (heading at 表1!A3, 表2!A2, 表3!A2; 科室, 岗位, 姓名, point and measures all right) and gave every
row NO level — nine ``LEVEL_BLANK`` errors at 表1!E4:E6, 表2!E3:E5, 表3!E3:E5 (risks.csv risk_level
blank, posts.csv n_level_1..3 all 0, computed grade ``C``) — where the truth has 一级 for the three
rows of 表1 (red tab), 二级 for the three of 表2 (orange tab) and 三级 for the three of 表3 (yellow
tab), as the ``说明：`` line merged at 表1!A2 says (``以工作表标签颜色区分：红色标签为一级风险，橙色标签为二级风险，
黄色标签为三级风险``); the 说明 line itself was passed over silently (no point, no issue). Besides, the
holders standing on two or three sheets (戚蒨瑱 on 表1/表2, 阙甯赜 on 表1/表2/表3, 戚珣蔚 on 表1/表2) came out
as one form a sheet (posts.csv F00001–F00008, eight forms for four holders) with seven
``FORM_DUPLICATE`` warnings; the scorer counts forms by holder, so that costs nothing here. Kind: a
level carried only by the tab colour of neutrally named sheets (folded by a note on the first sheet)
is not read — the reader reads no tab colour — so every point of a sheets-by-level workbook whose
tabs are not NAMED by level is left without a level.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a level by the worksheet's tab
colour folded by a note (红色标签为一级风险…), and one holder's rows on several sheets by level taken as
one form.

Generalised after this measurement: levels by sheet tab colour folded by a note (LEVEL_BY_TAB_COLOUR) are read, and the sheets so levelled are one list (one form a holder across them). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import openpyxl
from published.batch782 import (
    GRADES,
    HARDER_NAME,
    HIGHS,
    LAYOUTS,
    PLANNING_ROWS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TAB_COLOURS,
    TAB_LEVELS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(782, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {HARDER_NAME}
TYPED = {
    "wutai_natural_resources_bureau_list",
    "wutai_mineral_resources_office_posts",
    "wutai_land_consolidation_centre_list",
}
NOBODY = {"wutai_mineral_resources_office_posts"}


def _whole_file(form, sheets):
    """The harder file's forms: their points stand on every sheet of the file."""
    if form["layout"] == HARDER_NAME:
        return set().union(*sheets.values())
    return sheets[form["sheet"]]


def test_batch782_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=781, unit_words=("五台县",), new_people=True)


def test_batch782_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_whole_file)
    assert RESAVED == ()


def test_batch782_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch782_every_unit_is_of_wutai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("五台县") for u in units)


def test_batch782_tab_colours_give_the_levels():
    inbox = BATCH.inbox()
    wb = openpyxl.load_workbook(inbox / f"{HARDER_NAME}.xlsx")
    assert [ws.title for ws in wb] == list(TAB_COLOURS)
    assert {ws.title: ws.sheet_properties.tabColor.rgb for ws in wb} == TAB_COLOURS
    # no level word in any cell or tab: the colour is the only level
    words = {w for w in LEVELS if len(w) > 1} | {"级"}
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if isinstance(v, str) and not v.startswith("说明："):
                    assert v not in LEVELS and not any(w in v for w in words), v
    got = []
    for tab in TAB_COLOURS:
        for row in BATCH.table(HARDER_NAME, tab):
            got.append((row[4], TAB_LEVELS[tab]))
    assert got == [(row[5], TAB_LEVELS[row[0]]) for row in PLANNING_ROWS]
    # a holder's points on several sheets, one form a holder
    truth = BY_NAME[HARDER_NAME]["truth"]
    assert len({f["person"] for f in truth}) == len(truth)
    sheets_of = {}
    for tab, _d, _p, who, *_rest in PLANNING_ROWS:
        sheets_of.setdefault(who, set()).add(tab)
    assert sum(len(s) > 1 for s in sheets_of.values()) >= 2
    assert sorted(
        (f["person"], r["risk_point"], r["level"]) for f in truth for r in f["risks"]
    ) == sorted((who, point, TAB_LEVELS[tab]) for tab, _d, _p, who, _t, point, _m in PLANNING_ROWS)


def test_batch782_plain_tables_by_heading():
    cases = [
        ("wutai_land_consolidation_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wutai_natural_resources_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("wutai_mineral_resources_office_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wutai_geological_monitoring_station_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站领导") == BATCH.truth_rows(name, "站领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "业务股室") == BATCH.truth_rows(name, "业务股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "wutai_mineral_resources_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch782_group_rows_give_the_department():
    name = "wutai_enforcement_team_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch782_one_sheet_a_person():
    name = "wutai_land_reserve_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wutai_real_estate_registration_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch782_is_read(tmp_path):
    BATCH.is_read(tmp_path)
