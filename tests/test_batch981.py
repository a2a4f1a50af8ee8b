"""The nine-hundred-and-eighty-first batch of published layouts (tests/published/batch981.py):
seven ordinary files as the 政府工作部门 and 事业单位 of one county (资中县) really send them — the
交通运输局's 一览表 whose ``科室`` column names its ``交通运输综合行政执法大队`` beside ``局领导`` and its
股, with ``…风险`` types and ``一级/二级/三级``, the 血橙产业发展中心's 防控卡 one sheet a person with short
types and 高/中/低, the 水务局's 排查表 with ``风险点名称 | 风险表现形式`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
应急管理局's 清单 对岗不对人 with ``高风险/中风险/低风险``, the 文化广播电视和旅游局's 自查表 one sheet a
person with ``★★★/★★/★``, the 市场监督管理局's 清单 under group rows ``一、局领导`` … with
``一级风险/二级风险/三级风险``, the 农业农村局's 一览表 with 责任人 on every row — and one harder: the
住房和城乡建设局's 清单 with a ``风险点编号`` for each point and no level column, whose note says the
levels are in an annex (``注：风险等级见附件2《廉政风险点等级索引表》。``) and whose second sheet
``附件2`` lists each code with its level in another order, with a ``合计`` row
(``python tests/published/score.py --set batch981``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f492add0 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 32/32, points 58/58, precision 58/58, levels 58/58, types
58/58); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full
(forms, points, levels and types all 1.00, noise 0) — the 交通运输局's ``交通运输综合行政执法大队`` in
its ``科室`` column and the 市场监督管理局's ``三、城区市场监督管理所`` group row came out as 科室 of their
局, as the truth has them.

No cell missed; the harder ``zizhong_housing_levels_by_annex_index.xlsx`` (forms 6/6, points 13/13,
precision 13/13, levels 13/13, types 13/13, noise 0) was read by the existing join of a 分类定级表 by
code (SHEET_JOINED_BY_CODE, info at 附件2!A3: the ``附件2`` sheet has no point text, its
``风险点编号`` column's codes are the list's, its levels joined into the list's points), so every
point took its code's level. What it got wrong is only said, not scored: the index's ``合计 | 13项``
row was taken for a code the list does not have (a warning SHEET_CODE_UNMATCHED at 附件2!A17, value
``合计``), and the same ``附件2`` sheet, already joined, was warned a second time as a sheet that
looks like a table without a heading row (a warning SHEET_NO_TABLE on 附件2); the list's
``注：风险等级见附件2《廉政风险点等级索引表》。`` (A16), which says where the levels are, was not read
(the join was made by the codes alone, and said as a join of a 定级表, not as the annex the note
names); the ``风险点编号`` heading came out as a column ``其他`` (COLUMN_GUESSED, info, E2).
Kind: an annex index named by the list's note (``风险等级见附件2《…》``) is read only because its codes
happen to match, its total row is warned as an unmatched code, the sheet is warned as a broken
table though it was read, and nothing tells the reader of the report that the levels came from the
annex the note names; a general fix would read the note naming the annex and the index sheet it
names (by sheet name or title) together: each point takes its code's level (said once a table),
the index's 合计 row and the sheet no warnings, a code missing from the index a warning at its
point (no LEVEL_BLANK besides), and a note naming an annex sheet the file does not have one
warning.

Unscored besides: the two warnings above; the other issues are info only (TABLE_NO_TYPE,
COLUMN_GUESSED, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a list with no level column whose points each carry a code,
its note saying the levels stand in an annex (``风险等级见附件2《…》``, ``详见附表1“…”``, ``按《风险等级
索引》确定``), and a sheet that is that annex by its tab or the lines over its table (the same number,
``附件二`` as ``附件2``, or the same name, a closing 表 or not) listing the codes with their levels:
each point takes its code's level through the existing join by code, said once a list at its note
instead of as a join of a 定级表 (LEVELS_BY_ANNEX_INDEX, info: here 风险点清单!A16, 13 points); a
``合计``/``总计`` row under any such sheet's codes is no code (no SHEET_CODE_UNMATCHED), and a sheet read
as the list's grading is no table to warn of (no SHEET_NO_TABLE); a code the annex lacks keeps a
blank level with a warning at its point (ANNEX_INDEX_CODE_MISSING, no LEVEL_BLANK besides); a note
naming an annex the file does not have is warned once (ANNEX_INDEX_SHEET_MISSING), the levels blank
as before; the same index with no note, a note naming an annex of no grading, a list writing its
own levels read as before, tests/test_levels_by_annex_index.py. Read 1.00 since, as before (forms
32/32, points 58/58, precision 58/58, levels 58/58, types 58/58, noise 0), --strict too, the two
warnings gone (the file's issues now LEVELS_BY_ANNEX_INDEX, TABLE_NO_TYPE and COLUMN_GUESSED, info).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch981 import (
    BY_ANNEX,
    GRADES,
    HIGHS,
    INDEX_LEVELS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    index_rows,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(981, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zizhong_housing_levels_by_annex_index"}
TYPED = {
    "zizhong_transport_enforcement_as_department",
    "zizhong_blood_orange_centre_cards",
    "zizhong_emergency_posts",
    "zizhong_market_supervision_group_rows",
}
NOBODY = {"zizhong_emergency_posts"}


def test_batch981_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=980, unit_words=("资中县",), new_people=True)


def test_batch981_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 13))
    assert RESAVED == ()


def test_batch981_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch981_every_unit_is_of_zizhong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("资中县") for u in units)


def test_batch981_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("即墨", "公坚") for p in people)
    assert {p[:2] for p in people} == {"即墨", "公坚"}


def test_batch981_levels_by_the_annex_index():
    name = "zizhong_housing_levels_by_annex_index"
    rows = BATCH.filled(name, "风险点清单")
    head = BATCH.header(name, "风险点清单")
    assert rows[head] == ["序号", "科室", "岗位", "姓名", "风险点编号", "廉政风险点", "防控措施"]
    # the list has no level and no type anywhere
    assert not any(c in LEVELS for row in rows for c in row)
    assert not any(types_in(c) for row in rows for c in row if isinstance(c, str))
    table = BATCH.table(name, "风险点清单")
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_, points in BY_ANNEX)
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert notes == ["注：风险等级见附件2《廉政风险点等级索引表》。"]
    # the annex, read by its headings: each code once, with its level, in another order
    index = BATCH.filled(name, "附件2")
    assert index[0][0] == "附件2" and index[1][0] == "廉政风险点等级索引表"
    at = BATCH.header(name, "附件2", first="风险点编号")
    assert index[at] == ["风险点编号", "风险等级"]
    graded = {row[0]: row[1] for row in index[at + 1 :] if row[1] in INDEX_LEVELS}
    assert len(graded) == len(table) == len([r for r in index[at + 1 :] if r[0] != "合计"])
    codes = [row[4] for row in table]
    assert sorted(graded) == sorted(codes) and list(graded) != codes
    assert [(c, lv) for c, lv in graded.items()] == index_rows()
    got = [(row[1], row[2], row[3], row[5], INDEX_LEVELS[graded[row[4]]]) for row in table]
    assert got == BATCH.truth_rows(name, "风险点清单")
    assert set(graded.values()) == set(INDEX_LEVELS)
    assert index[-1] == ["合计", f"{len(table)}项"]
    # the code is no point, the annex's rows no points either
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & (set(codes) | {"合计"})
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"风险点清单"}
    assert all(not r["types"] for r in BATCH.points(name))


def test_batch981_plain_tables_by_heading():
    cases = [
        ("zizhong_transport_enforcement_as_department",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("zizhong_emergency_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zizhong_water_short_points"
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点名称"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short 风险点名称 is the point, the long 风险表现形式 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[5] for row in BATCH.table(name)}
    name = "zizhong_agriculture_list"
    heads = {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)


def test_batch981_enforcement_team_is_a_department_of_the_bureau():
    name = "zizhong_transport_enforcement_as_department"
    forms = BY_NAME[name]["truth"]
    assert {f["unit"] for f in forms} == {"资中县交通运输局"}
    teams = {f["department"] for f in forms if f["department"].endswith("大队")}
    assert teams == {"交通运输综合行政执法大队"}
    assert {f["tier"] for f in forms if f["title"] == "大队长"} == {"middle"}
    assert {f["tier"] for f in forms if f["title"] == "执法队员"} == {"general"}


def test_batch981_group_rows_give_the_department():
    name = "zizhong_market_supervision_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert "城区市场监督管理所" in {f["department"] for f in BY_NAME[name]["truth"]}


def test_batch981_one_sheet_a_person():
    name = "zizhong_culture_tourism_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zizhong_blood_orange_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "岗位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [r["types"] for r in f["risks"]]


def test_batch981_is_read(tmp_path):
    BATCH.is_read(tmp_path)
