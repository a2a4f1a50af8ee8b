"""The five-hundred-and-twenty-sixth batch of published layouts (tests/published/batch526.py): seven
ordinary files as the 科技 and 工信 bodies of one district (安宁区) really send them — the
科学技术局's 一览表 with 科室/岗位/责任人 merged and 高/中/低, the 科技创新服务中心's file in two sheets
``中心领导``/``科室`` with ``一级/二级/三级``, the 中小企业服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 工业园区管委会's 防控卡 one sheet a holder with
``★★★/★★/★``, the 高新区管委会's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
生产力促进中心's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the
工业经济运行监测中心's 责任清单 with ``职责事项`` — and one harder: the 工业和信息化局's workbook
holding one list twice on two shown sheets, ``清单`` (merged) and ``打印版`` (the same rows, nothing
merged) (``python tests/published/score.py --set batch526``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 2df6f1d (``/work/snap38``; this
worktree branched from dev at 2df6f1d too): ``TOTAL                      forms  21/21  points  36/36
recall 1.00 precision 1.00 (36/36)  levels  36/36  types  36/36  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the same: ``TOTAL
forms  21/21  points  36/36  recall 1.00 precision 1.00 (36/36)  levels  36/36  types  36/36  noise
0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8
files: eight .xlsx, no re-saved copies. All eight layouts read in full by the score, the harder one
too (forms 3/3, points 5/5); no miss by cell.

Not scored, seen in posts.csv and issues.csv: in the harder
``anning_industry_list_and_print_copy.xlsx`` the reader read the ``打印版`` tab as a second copy of
each post — posts.csv F00008–F00010 (副局长 隗骎珩, 科长 蒯翊湝, 科员 沃玥铖, source_sheet 打印版) beside
F00005–F00007 (清单), the same 5 points again — and issued six FORM_DUPLICATE warnings (``… 的表提交了不止
一份(另见 …[打印版]),两份都已收录;请确认以哪一份为准``, one each way for each holder); the truth (one
form a post, on ``清单``) counts the copy as no post or point. Kind: a whole list shown again on a
second, unmerged sheet is collected twice (flagged, not set aside), which score.py does not count
against forms or precision. The other issues are info only (TABLE_NO_TYPE, GRADE_BLANK).

Generalised after this measurement: (unscored) a shown sheet giving the same holders, points and
levels as one before it, spaces and punctuation aside (the list typed out again as '打印版'), is read
once and said (collect._set_aside; info SHEET_SECOND_COPY;
tests/test_columns.py::test_a_list_typed_out_again_on_a_second_sheet_is_read_once).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch526 import (
    COPY,
    GRADES,
    HEAD,
    LAYOUTS,
    LISTED,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SHOWN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(526, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TWICE = "anning_industry_list_and_print_copy"
HARDER = {TWICE}
UNTYPED = {
    "anning_innovation_center_two_sheets",
    "anning_industrial_park_cards",
    "anning_hightech_park_selfchecks",
    "anning_productivity_center_group_rows",
    "anning_monitoring_center_duty_list",
}
NOBODY = {"anning_sme_center_posts"}


def test_batch526_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=522, unit_words=(PLACE,), new_people=True)


def test_batch526_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch526_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch526_every_unit_is_of_anning():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch526_one_list_on_two_shown_sheets():
    lay = BY_NAME[TWICE]
    assert [s["name"] for s in lay["sheets"]] == [SHOWN, COPY]
    shown, copy = lay["sheets"]
    assert copy["merges"] == [(0, 0, 0, len(HEAD) - 1)]
    assert len(shown["merges"]) > 1
    assert BATCH.heading(TWICE, SHOWN) == list(HEAD) == BATCH.heading(TWICE, COPY)
    # the copy is the list typed out again: every row of it, the shown sheet's merged cells filled
    assert BATCH.filled(TWICE, SHOWN) == BATCH.filled(TWICE, COPY)
    assert all(c is not None for row in copy["rows"][1:-1] for c in row)
    assert {f["sheet"] for f in lay["truth"]} == {SHOWN}
    heads = {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    for sheet in (SHOWN, COPY):
        assert BATCH.by_heading(TWICE, heads, sheet) == BATCH.truth_rows(TWICE, SHOWN)
    assert BATCH.types_by(TWICE, "风险类型") == [r["types"] for r in BATCH.points(TWICE)]
    assert len(BATCH.points(TWICE)) == len(LISTED)


def test_batch526_plain_tables_by_heading():
    cases = [
        ("anning_sme_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("anning_science_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                        "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("anning_sme_center_posts") == {""}
    name = "anning_monitoring_center_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "anning_innovation_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch526_group_rows_and_one_sheet_a_person():
    name = "anning_productivity_center_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "anning_industrial_park_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "anning_hightech_park_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch526_is_read(tmp_path):
    BATCH.is_read(tmp_path)
