"""The four-hundred-and-seventy-second batch of published layouts (tests/published/batch472.py): seven
ordinary files as the 住房和城乡建设 bodies of one city (合作市) really send them — the 住房公积金管理部's
一览表 with 高/中/低 and short types, the 城市管理综合执法局's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 建筑工程质量安全监督站's file in two sheets ``站领导``/``科室`` with ``一级/二级/三级``,
the 那吾镇村镇建设管理站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 勒秀镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 佐盖多玛乡 one's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 卡加道乡 one's 一览表 with 责任人 on every row — and one harder: the
住房和城乡建设局's 一览表 with no type and no level column, each point cell holding the point and,
on labelled lines under it, ``风险类型：…风险`` and ``风险等级：一级`` (``python tests/published/score.py
--set batch472``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 1c2959f (``/work/snap25``; this
worktree branched from dev at 1c2959f too): TOTAL forms=1.000 recall=0.811 precision=0.811
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=0.811
precision=0.811 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right). The
harder ``hezuo_housing_bureau_labelled_points.xlsx`` (sheet 一览表; title row 1, heading row 2, points
in E3–E9) found its 3/3 forms (股室, 岗位, 姓名 and tier all right) but 0/7 points, 0 levels, 0 types:

- every point was read as the WHOLE three-line cell, labels and all: E3 read
  ``重大工程项目安排不经集体研究⏎风险类型：制度机制风险⏎风险等级：一级``, truth ``重大工程项目安排不经集体研究``
  (制度机制, 1); likewise E4 ``插手工程招标投标`` (思想道德, 1), E5 ``施工许可审查降低条件`` (岗位职责, 1), E6
  ``资质核查走过场`` (业务流程, 2), E7 ``接受施工企业宴请`` (外部环境, 3), E8 ``商品房预售资金拨付审核不严``
  (业务流程, 2), E9 ``物业企业考评优亲厚友`` (岗位职责, 3) — seven points read, none matching, so both
  recall and precision lose seven;
- no level was read: ``LEVEL_BLANK`` (error) at E3…E9, though each cell names its level after
  ``风险等级：``; every form graded C with score 0 (posts.csv F00001–F00003);
- no type was read: ``TABLE_NO_TYPE`` (info) at A2, though each cell names its type after ``风险类型：``.

Kind: labelled ``风险类型：…`` / ``风险等级：…`` lines under the point inside the point cell are not
split off when the table has no type or level column — the cell is kept whole as the point, and its
type and level are lost.

Generalised after this measurement: a point written first without a label, then its type, level or
measures on labelled lines below it in the same cell, each line read into its own column where that
column is blank (locate._labelled_lines' unlabelled lead; a description labelled after the point
stays part of it; tests/test_columns.py
test_a_point_first_then_its_type_level_and_measures_labelled_below_it).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch472 import (
    BUREAU,
    GRADES,
    LAYOUTS,
    LEVEL_LABEL,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_LABEL,
    WORDS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(472, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LABELLED = "hezuo_housing_bureau_labelled_points"
HARDER = {LABELLED}
UNTYPED = {
    "hezuo_quality_station_two_sheets",
    "hezuo_nawu_station_cards",
    "hezuo_lexiu_station_selfchecks",
    "hezuo_zuogaiduoma_station_group_rows",
}
NOBODY = {"hezuo_urban_enforcement_posts"}


def test_batch472_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=471, unit_words=(PLACE,), new_people=True)


def _labelled_points(form, sheets):
    """The harder file's points are their cells' text before ``风险类型：``; the others whole."""
    here = sheets[form["sheet"]]
    if form["layout"] != LABELLED:
        return here
    label = norm(TYPE_LABEL)
    return {c.split(label)[0] for c in here if label in c}


def test_batch472_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), points_in=_labelled_points)
    assert RESAVED == ()


def test_batch472_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch472_every_unit_is_of_hezuo():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch472_point_cells_carry_their_type_and_level_on_labelled_lines():
    heading = BATCH.heading(LABELLED)
    assert heading == ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"]
    assert not any("类型" in h or "等级" in h or "级别" in h for h in heading)
    got = []
    for row in BATCH.table(LABELLED):
        point, typ, level = row[4].split("\n")
        assert typ.startswith(TYPE_LABEL) and typ.endswith("风险")
        assert level.startswith(LEVEL_LABEL)
        assert "：" not in point
        got.append((point, [typ[len(TYPE_LABEL) : -2]], GRADES[level[len(LEVEL_LABEL) :]]))
    want = [(p["risk_point"], p["types"], p["level"]) for p in BATCH.points(LABELLED)]
    assert got == want
    assert len(got) == sum(len(points) for *_rest, points in BUREAU)
    assert {lv for _p, _t, lv in got} == {1, 2, 3}


def test_batch472_plain_tables_by_heading():
    cases = [
        ("hezuo_housing_fund_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("hezuo_urban_enforcement_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("hezuo_kajiadao_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("hezuo_urban_enforcement_posts") == {""}
    name = "hezuo_quality_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "站领导",
                           fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch472_group_rows_and_one_sheet_a_person():
    name = "hezuo_zuogaiduoma_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "hezuo_nawu_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "hezuo_lexiu_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch472_is_read(tmp_path):
    BATCH.is_read(tmp_path)
