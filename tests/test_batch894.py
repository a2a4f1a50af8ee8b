"""The eight-hundred-and-ninety-fourth batch of published layouts (tests/published/batch894.py):
seven ordinary files as the land and forestry bodies of one county (乌什县) really send them — the
自然资源局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 不动产登记中心's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 国有林场's 防控卡 one sheet a leader with ``★★★/★★/★``, the 林业工作站's
清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 地质环境监测站's 自查表 one
sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 土地储备中心's 一览表 with ``高风险/中风险/低风险``, the 测绘队's
登记表 — and one harder: the 亚科瑞克乡自然资源所's 一览表 with a HIDDEN COLUMN, last year's 风险等级
kept out of sight beside the shown, re-graded 风险等级 under the same heading
(``python tests/published/score.py --set batch894``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 38852ce8 (/work/snap58; this worktree branched from
the same commit), after the tests here passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.915 types=1.000 noise=0 (forms 28/28, points 47/47, precision 47/47, levels 43/47, types
47/47); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.915
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``wushi_yakeruike_land_office_hidden_level_column.xlsx`` (sheet 一览表;
forms 4/4, points 8/8, precision 8/8, levels 4/8, noise 0): the reader took the HIDDEN column E
(the first ``风险等级``, last year's grades) for the level column and set the SHOWN column F (the
second ``风险等级``, the current grades) aside, COLUMN_GUESSED at F2 as 其他 (``表头“风险等级”所在列按
内容判断为“其他”``); no issue names the hidden column. So every point carries E's grade: where E and
F agree (rows 4, 8, 9, 10) the level is right, where they differ it is wrong — F00025 晋玹翊 所长
``群测群防监测员选聘优亲厚友`` Ⅱ级 (raw ``中`` from E3; F3 ``高``, truth 1), F00026 冷琸岍 副所长
``地质灾害隐患点监测补助发放不按考核结果`` Ⅲ级 (E5 ``低``; F5 ``中``, truth 2) and
``土地卫片图斑核查结果弄虚作假`` Ⅱ级 (E6 ``中``; F6 ``高``, truth 1), F00027 晋琰翀 国土管理员
``发现违法占地不制止、不上报`` Ⅰ级 (E7 ``高``; F7 ``中``, truth 2). Holders, posts and points all right.
Kind: a column hidden in Excel (隐藏列) is read like a shown one; where it is a stale copy of a shown
column under the same heading, the reader takes the first (hidden) one as the field and guesses
the shown one away, so the values nobody sees on screen or paper are the ones recorded.

Unscored besides: in the harder file the unit came out as ``乌什县亚科瑞克乡`` with the 科室
``自然资源所`` (the truth: unit ``乌什县亚科瑞克乡自然资源所``, no 科室), and 所长 and 副所长 as 中层岗位
(the truth: leader); the 国有林场's card holders got the 科室 ``领导班子`` and the 自然资源局's leaders
``局领导`` (the truth: none); the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED,
GRADE_BLANK, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): hidden columns (the ``hidden``
flag of a column in the sheet XML) — a hidden copy of a shown column under the same heading to be
set aside for the shown one, with a note, rather than read as the field.

Generalised after this measurement: a column hidden in Excel (隐藏列) beside a shown one headed for
the same field is set aside for the shown one, and a hidden column alone in its field is read as
before, each with one info (COLUMN_HIDDEN_SET_ASIDE, COLUMN_HIDDEN_READ), tests/test_hidden_columns.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch894 import (
    GRADES,
    HIDDEN,
    HIDDEN_COL,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    hidden_columns,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(894, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wushi_yakeruike_land_office_hidden_level_column"}
TYPED = {
    "wushi_real_estate_registration_posts",
    "wushi_land_reserve_center_list",
    "wushi_survey_team_register",
}
NOBODY = {"wushi_real_estate_registration_posts"}


def test_batch894_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("乌什县",), new_people=True)


def test_batch894_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 14))
    assert RESAVED == ()


def test_batch894_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch894_every_unit_is_of_wushi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("乌什县") for u in units)


def test_batch894_hidden_stale_level_column(tmp_path):
    name = "wushi_yakeruike_land_office_hidden_level_column"
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="序号")
    heading = rows[head]
    assert heading == ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "风险等级", "防控措施"]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # the level is the SHOWN column (F); the hidden one (E) is last year's, differing on half the rows
    got = [("", row[1], row[2], row[3], HML[row[5]]) for row in table]
    assert got == BATCH.truth_rows(name)
    differ = [row for row in table if row[4] != row[5]]
    assert 0 < len(differ) * 2 <= len(table) + 1 and all(row[4] in HML for row in table)
    assert len(BY_NAME[name]["truth"]) == len(HIDDEN)
    # in the built file column E is hidden, and only it
    out = build(tmp_path)
    assert hidden_columns(out / f"{name}.xlsx", "一览表") == {HIDDEN_COL}
    assert hidden_columns(out / "wushi_survey_team_register.xlsx", "登记表") == set()


def test_batch894_plain_tables_by_heading():
    cases = [
        ("wushi_land_reserve_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wushi_survey_team_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("wushi_real_estate_registration_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wushi_natural_resources_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "wushi_real_estate_registration_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch894_group_rows_give_the_department():
    name = "wushi_forestry_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch894_one_sheet_a_person():
    name = "wushi_geo_monitoring_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wushi_state_forest_farm_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch894_is_read(tmp_path):
    BATCH.is_read(tmp_path)
