"""The four-hundred-and-eighty-fifth batch of published layouts (tests/published/batch485.py): seven
ordinary files as the 文化广电和旅游 bodies of one county (清水县) really send them — the
文体广电和旅游局's 一览表 with 高/中/低 and short types, the 文化馆's file in two sheets ``馆领导``/``科室``
with ``一级/二级/三级``, the 旅游服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 红堡镇综合文化站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 白驼镇 one's
自查表 one sheet a person with ``高风险/中风险/低风险``, the 金集镇 one's 责任清单 under group rows
``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 秦亭镇 one's 一览表 with 责任人 on every row —
and one harder: the 博物馆's 一览表 whose points each take three rows, the 序号, 廉政风险点 and 风险等级
merged down over them and a ``防控阶段`` column ``事前 | 事中 | 事后`` labelling one measure a row
(``python tests/published/score.py --set batch485``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at a044b78 (``/work/snap28``; this
worktree branched from dev at a044b78 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (19/19 forms, 35/35 points, levels and types all right), the
harder ``qingshui_museum_measures_by_stage_rows.xlsx`` too (3/3 forms, 5/5 points, 5/5 levels,
5/5 types): each point merged down over its three stage rows was read once (risks.csv
source_row 3, 6, 9, 12, 15), none of the ``事前``/``事中``/``事后`` rows became a point of its own,
and the ``防控阶段`` column was taken for no point, type or holder. No miss by cell.

Not scored but seen in the export: the three stage rows' measures are joined into the point's
``measures`` one a line, in order, but the stage words are dropped (``征集文物由专家组评估定价。⏎
征集过程全程录像、两人以上经办。⏎征集档案报县文体广电和旅游局备案。``: which measure is 事前, 事中 or 事后
is lost), and no issue says the ``防控阶段`` column was passed over. issues.csv holds info lines only
(``TABLE_NO_TYPE`` for the untyped tables, ``GRADE_BLANK``, ``FILE_SKIPPED`` for truth.json).

Generalised after this measurement: (unscored) measures split by stage rows (事前 | 事中 | 事后 in a
column no role claims, beside each row's measure under a point merged down) keep their stage word
when joined ('事中：…'; locate._stage_column, _row_values; tests/test_columns.py
test_measures_by_stage_rows_keep_their_stage).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch485 import (
    GRADES,
    LAYOUTS,
    MUSEUM,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STAGES,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(485, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
STAGED = "qingshui_museum_measures_by_stage_rows"
HARDER = {STAGED}
UNTYPED = {
    STAGED,
    "qingshui_culture_hall_two_sheets",
    "qingshui_hongbao_station_cards",
    "qingshui_baituo_station_selfchecks",
    "qingshui_jinji_station_group_rows",
}
NOBODY = {"qingshui_tourist_center_posts"}


def test_batch485_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=483, unit_words=(PLACE,), new_people=True)


def test_batch485_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch485_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch485_every_unit_is_of_qingshui():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch485_measures_by_stage_on_rows():
    rows = BATCH.filled(STAGED)
    head = BATCH.header(STAGED)
    assert rows[head] == [
        "序号",
        "部门",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险等级",
        "防控阶段",
        "防控措施",
    ]
    table = BATCH.table(STAGED)
    points = [p for *_h, ps in MUSEUM for p in ps]
    assert len(table) == len(STAGES) * len(points)
    # three rows a point: 序号, point and level merged over them, one stage and measure a row
    for k, (point, _lv, measures) in enumerate(points):
        block = table[len(STAGES) * k : len(STAGES) * (k + 1)]
        assert {row[0] for row in block} == {k + 1} and {row[4] for row in block} == {point}
        assert [row[6] for row in block] == list(STAGES)
        assert [row[7] for row in block] == list(measures)
        r = head + 1 + len(STAGES) * k
        for c in (0, 4, 5):
            assert BATCH.merged(STAGED, 0, r + len(STAGES) - 1, c, c)
            assert BATCH.sheet(STAGED, 0)["rows"][r + 1][c] is None
    got = [(row[1], row[2], row[3], row[4], HML[row[5]]) for row in table[:: len(STAGES)]]
    assert got == BATCH.truth_rows(STAGED)
    truth = [p["risk_point"] for p in BATCH.points(STAGED)]
    assert not {row[6] for row in table} & set(truth)
    assert all(p["types"] == [] for p in BATCH.points(STAGED))


def test_batch485_plain_tables_by_heading():
    cases = [
        ("qingshui_culture_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("qingshui_tourist_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("qingshui_qinting_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("qingshui_tourist_center_posts") == {""}
    name = "qingshui_culture_hall_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "馆领导",
                           fixed={"dept": "馆领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "馆领导")


def test_batch485_group_rows_and_one_sheet_a_person():
    name = "qingshui_jinji_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "qingshui_hongbao_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "qingshui_baituo_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch485_is_read(tmp_path):
    BATCH.is_read(tmp_path)
