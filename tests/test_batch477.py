"""The four-hundred-and-seventy-seventh batch of published layouts (tests/published/batch477.py): seven
ordinary files as the 交通运输 bodies of one county (临夏县) really send them — the 公路管理段's
一览表 with 高/中/低 and short types, the 道路运输服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 农村公路管理站's file in two sheets ``站领导``/``科室`` with ``一级/二级/三级``,
the 韩集镇交通管理站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 土桥镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 尹集镇 one's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 莲花镇 one's 一览表 with 责任人 on every row — and one harder: the
交通运输局's 一览表 with no 防控措施 column, each point's measures written only in a cell comment
(批注) on its 廉政风险点 cell (``Administrator:⏎防控措施：1.…；⏎2.…。``)
(``python tests/published/score.py --set batch477``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 0fba802 (``/work/snap26``; this
worktree branched from dev at 0fba802 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (20/20 forms, 38/38 points, levels and types all right), the
harder ``linxia_bureau_measures_in_comments.xlsx`` too (4/4 forms, 8/8 points, 8/8 levels, 8/8
types): the point cells were read by their text, the comments not taken into the points. No miss
by cell.

Not scored but seen in the export: the harder file's points carry NO measures (risks.csv's
``measures`` is empty for all 8), and issues.csv warns ``MEASURES_BLANK`` on every point cell
(一览表 E3–E10, ``防控措施``) — the measures written in the point cells' comments (``防控措施：1.…``)
are not read, nor is the ``注：…以批注形式标注在风险点单元格`` line heeded. The rest of issues.csv is
info lines only (``TABLE_NO_TYPE`` for the untyped tables, ``GRADE_BLANK``).

Generalised after this measurement: (unscored) where a point has no measures, a cell comment on its
point cell (or its blank measures cell, or another cell of its row) gives them, where the comment
labels them ('防控措施：…') or a note says the comments are the measures; the author line is dropped;
reviewers' remarks, names and legends are no measures (collect._measures_in_comments, info
MEASURES_IN_COMMENTS and MEASURES_COMMENTS_UNCLEAR, FORMAT_UNREAD for .xls/.ods;
tests/test_measures_in_comments.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch477 import (
    BUREAU,
    COMMENT_LABEL,
    COMMENT_NOTE,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(477, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
COMMENTED = "linxia_bureau_measures_in_comments"
HARDER = {COMMENTED}
UNTYPED = {
    "linxia_rural_road_station_two_sheets",
    "linxia_hanji_station_cards",
    "linxia_tuqiao_station_selfchecks",
    "linxia_yinji_station_group_rows",
}
NOBODY = {"linxia_transport_center_posts"}


def test_batch477_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=475, unit_words=(PLACE,), new_people=True)


def test_batch477_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch477_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch477_every_unit_is_of_linxia():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch477_measures_only_in_the_point_cells_comments():
    rows = BATCH.filled(COMMENTED)
    assert rows[1] == ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级"]
    assert not any("措施" in str(v) for v in rows[1])
    table = BATCH.table(COMMENTED)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_h, points in BUREAU)
    got = [(row[1], row[2], row[3], row[4], HML[row[6]]) for row in table]
    assert got == BATCH.truth_rows(COMMENTED)
    comments = BATCH.sheet(COMMENTED)["comments"]
    header = BATCH.header(COMMENTED)
    # one comment on every point cell and nowhere else, holding that point's measures only
    assert set(comments) == {(header + k, 4) for k in range(1, len(table) + 1)}
    measures = [m for *_h, points in BUREAU for *_p, m in points]
    truth = {p["risk_point"] for p in BATCH.points(COMMENTED)}
    for k, ms in enumerate(measures, 1):
        text = comments[(header + k, 4)]
        assert text.startswith(f"Administrator:\n{COMMENT_LABEL}1.")
        assert all(m in text for m in ms)
        assert not any(p in text for p in truth)
    assert [COMMENT_NOTE] == [r[0] for r in rows if r[0] and str(r[0]).startswith("注：")]


def test_batch477_plain_tables_by_heading():
    cases = [
        ("linxia_highway_section_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("linxia_transport_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("linxia_lianhua_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        (COMMENTED, {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("linxia_transport_center_posts") == {""}
    name = "linxia_rural_road_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "站领导",
                           fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch477_group_rows_and_one_sheet_a_person():
    name = "linxia_yinji_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "linxia_hanji_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "linxia_tuqiao_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch477_is_read(tmp_path):
    BATCH.is_read(tmp_path)
