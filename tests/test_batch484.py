"""The four-hundred-and-eighty-fourth batch of published layouts (tests/published/batch484.py): seven
ordinary files as the 住房公积金 and 不动产 bodies of one county (陇西县) really send them — the
不动产登记中心's 一览表 with 高/中/低 and short types, the 房产服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 物业管理办公室's file in two sheets ``办公室领导``/``科室``
with ``一级/二级/三级``, the 巩昌镇规划建设站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 文峰镇
one's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 首阳镇 one's 责任清单 under group rows
``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 菜子镇 one's 一览表 with 责任人 on every row —
and one harder: the 住房公积金管理中心's 一览表 with no type column, ``分类防控措施`` merged over five
sub-columns ``思想道德风险 | … | 外部环境风险`` and each row's measures written in the one sub-column
of its point's type (``python tests/published/score.py --set batch484``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at a044b78 (``/work/snap28``; this
worktree branched from dev at a044b78 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=0.816 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=0.816 noise=0. The 8 files: eight .xlsx, no re-saved copies.
Seven layouts read in full (16/16 forms, 31/31 points, levels and types all right): every
ordinary one. The harder ``longxi_fund_center_measures_by_type.xlsx`` read 3/3 forms, 7/7
points and 7/7 levels, but 0/7 types — every miss is of that one kind: the reader read only the
first sub-column ``思想道德风险`` (G) under ``分类防控措施`` as THE measures column and took no type
from where a row's measures stand, so each point's type is read BLANK (risks.csv ``risk_type``
empty) where the truth is the heading of its filled sub-column:

- 一览表 G4 (``思想道德风险``) for ``贷款额度审批打招呼``: read no type, truth 思想道德 (its measures
  were read, as measures only);
- 一览表 H5 (``制度机制风险``) for ``增值收益分配不按规定``: read no type, truth 制度机制;
- 一览表 I6 (``岗位职责风险``) for ``缴存基数核定把关不严``: read no type, truth 岗位职责;
- 一览表 J7 (``业务流程风险``) for ``违规为不符合条件者办理提取``: read no type, truth 业务流程;
- 一览表 K8 (``外部环境风险``) for ``接受缴存单位吃请``: read no type, truth 外部环境;
- 一览表 J9 (``业务流程风险``) for ``贷款资料审核不严``: read no type, truth 业务流程;
- 一览表 I10 (``岗位职责风险``) for ``逾期贷款催收不力``: read no type, truth 岗位职责.

Not scored but seen in the export: the six rows whose measures stand in H–K carry NO measures
(risks.csv ``measures`` empty) and each gets a warning ``MEASURES_BLANK`` (G5–G10, ``未填写防控措施``)
though its measures are written two to four cells to the right; the file also gets
``TABLE_NO_TYPE`` (A2) though its types are given by the sub-column headings; the ``注：`` line
under the table (A11) was taken as no point. issues.csv holds nothing else for the batch but info
lines (``TABLE_NO_TYPE`` for the untyped tables, ``GRADE_BLANK``, ``FILE_SKIPPED`` for truth.json).

Generalised after this measurement: measures placed under their point's type (a measures heading
merged over type sub-headings, each row's measures in one of them) give each point its measures and,
from the column they stand in, its type (locate._classify's type_measures, read in _table;
tests/test_columns.py test_measures_placed_under_their_points_type, with '/' in a column not its
own).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch484 import (
    FUND,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_HEADS,
    TYPE_NOTE,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(484, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BY_TYPE = "longxi_fund_center_measures_by_type"
HARDER = {BY_TYPE}
UNTYPED = {
    "longxi_property_office_two_sheets",
    "longxi_gongchang_station_cards",
    "longxi_wenfeng_station_selfchecks",
    "longxi_shouyang_station_group_rows",
}
NOBODY = {"longxi_housing_service_posts"}


def test_batch484_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=482, unit_words=(PLACE,), new_people=True)


def test_batch484_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch484_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch484_every_unit_is_of_longxi():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch484_types_only_by_where_the_measures_stand():
    rows = BATCH.filled(BY_TYPE)
    head = BATCH.header(BY_TYPE)
    assert (
        rows[head]
        == ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级"] + ["分类防控措施"] * 5
    )
    assert rows[head + 1] == [
        "序号",
        "科室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险等级",
        *TYPE_HEADS,
    ]
    assert BATCH.merged(BY_TYPE, 0, head, 6, 10)
    assert all(BATCH.merged(BY_TYPE, 0, head, c, c) for c in range(6))
    # no type column: no cell of the table names a type but the sub-headings
    table = BATCH.table(BY_TYPE)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_h, points in FUND)
    assert not any(types_in(c) for row in table for c in row[:6] if isinstance(c, str))
    got = [(row[1], row[2], row[3], row[4], HML[row[5]]) for row in table]
    assert got == BATCH.truth_rows(BY_TYPE)
    truth = BATCH.points(BY_TYPE)
    for row, p in zip(table, truth, strict=True):
        filled = [c for c in range(6, 11) if row[c] is not None]
        assert len(filled) == 1, row
        assert p["types"] == [TYPE_HEADS[filled[0] - 6].removesuffix("风险")], row
    assert len({tuple(p["types"]) for p in truth}) == 5
    at = head + 2 + len(table)
    assert rows[at][0] == TYPE_NOTE and BATCH.merged(BY_TYPE, 0, at, 0, 10)
    assert rows[at + 1][0] == "填表人："


def test_batch484_plain_tables_by_heading():
    cases = [
        ("longxi_registry_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("longxi_housing_service_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("longxi_caizi_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("longxi_housing_service_posts") == {""}
    name = "longxi_property_office_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "办公室领导",
                           fixed={"dept": "办公室领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "办公室领导")


def test_batch484_group_rows_and_one_sheet_a_person():
    name = "longxi_shouyang_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "longxi_gongchang_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "longxi_wenfeng_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch484_is_read(tmp_path):
    BATCH.is_read(tmp_path)
