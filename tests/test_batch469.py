"""The four-hundred-and-sixty-ninth batch of published layouts (tests/published/batch469.py): seven
ordinary files as the 财政 bodies of one county (碌曲县) really send them — the 国库支付中心's 一览表
with 高/中/低 and short types, the 政府采购中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 财政投资评审中心's file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``,
the 玛艾镇财政所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 郎木寺镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 尕海镇 one's 责任清单 under group rows ``一、所领导`` … with
``一级风险/二级风险/三级风险``, the 西仓镇 one's 一览表 with 责任人 on every row — and one harder: the
财政局's 一览表 whose points are written as yes/no questions (``是否存在…的问题？``)
(``python tests/published/score.py --set batch469``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 293c6d7 (``/work/snap24``; this
worktree branched from dev at 293c6d7 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All
eight layouts read in full (24/24 forms, 42/42 points, levels and types all right), the harder
``luqu_finance_bureau_questions.xlsx`` too (4/4 forms, 7/7 points): each question cell of 廉政风险点
(E3:E9, ``是否存在…的问题？``) was read as the point, whole, ``是否`` and ``？`` kept, and no row was
taken for a heading or a yes/no field.

No miss by cell. In the export (``issues.csv``) only info lines: TABLE_NO_TYPE for the five untyped
files' sheets (the harder one's 一览表!A2 among them) and GRADE_BLANK for the 防控卡 and 自查表 holders
(no post level typed; computed by rule), as the truth expects; nothing names the questions. Kind:
none (a point written as a yes/no question is read as it stands).

Nothing was generalised after this measurement; the developers may add an is_read test.

Nothing was generalised after this measurement: every layout read in full untuned; the
is_read test keeps it so.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch469 import (
    BUREAU,
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
BATCH = Batch(469, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
QUESTIONS = "luqu_finance_bureau_questions"
HARDER = {QUESTIONS}
UNTYPED = {
    QUESTIONS,
    "luqu_review_center_two_sheets",
    "luqu_maai_office_cards",
    "luqu_langmusi_office_selfchecks",
    "luqu_gahai_office_group_rows",
}
NOBODY = {"luqu_procurement_center_posts"}


def test_batch469_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=466, unit_words=(PLACE,), new_people=True)


def test_batch469_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch469_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch469_every_unit_is_of_luqu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch469_points_written_as_questions():
    rows = BATCH.table(QUESTIONS)
    assert BATCH.heading(QUESTIONS) == ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级",
                                        "防控措施"]  # fmt: skip
    points = BATCH.points(QUESTIONS)
    assert len(rows) == len(points) == sum(len(p) for *_x, p in BUREAU)
    for row, p in zip(rows, points, strict=True):
        cell, measures = row[4], row[6]
        # the point is the whole question as typed: 是否 opening, a full-width ？ closing
        assert cell == p["risk_point"] and cell.startswith("是否") and cell.endswith("？")
        assert not measures.endswith("？") and HML[row[5]] == p["level"] and p["types"] == []
    # no earlier point is a question: the shape is new to the published batches
    for lay in BATCH.earlier():
        for f in lay["truth"]:
            assert not any(r["risk_point"].endswith("？") for r in f["risks"]), lay["name"]


def test_batch469_plain_tables_by_heading():
    cases = [
        ("luqu_treasury_center_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("luqu_procurement_center_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("luqu_xicang_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "luqu_procurement_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "luqu_review_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch469_group_rows_and_one_sheet_a_person():
    name = "luqu_gahai_office_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "luqu_maai_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "luqu_langmusi_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch469_is_read(tmp_path):
    BATCH.is_read(tmp_path)
