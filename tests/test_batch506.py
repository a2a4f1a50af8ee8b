"""The five-hundred-and-sixth batch of published layouts (tests/published/batch506.py): seven
ordinary files as the 统计 and 审计 bodies of one county (山丹县) really send them — the 统计局's file
in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 普查中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 经济责任审计中心's 责任清单 under group rows ``一、中心领导`` …
with ``一级风险/二级风险/三级风险``, the 清泉镇统计站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
位奇镇统计站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 东乐镇统计站's 一览表 with 责任人
on every row, the 陈户镇统计站's 责任清单 with ``职责事项`` — and one harder: the 审计局's 一览表 whose
科室, 岗位 and 姓名 columns are merged column by column over their own runs, so that one ``科员`` cell
is merged over two holders of two 科室 (``python tests/published/score.py --set batch506``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 8dadc41 (``/work/snap33``; this
worktree branched from dev at 8dadc41 too): ``TOTAL                      forms  21/21  points  41/41
recall 1.00 precision 1.00 (41/41)  levels  41/41  types  41/41  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full, the harder
one included: ``shandan_audit_merged_by_column.xlsx`` (sheet 一览表) gave five posts, 局领导 / 局长 /
鞠昶砜, 财政审计股 / 股长 / 邗湜琬, 财政审计股 / 科员 / 沈涴珙, 经济责任审计股 / 科员 / 郗淯瑱 and
经济责任审计股 / 股长 / 濮澂琚 — the ``科员`` of the merged C7:C10 given to both holders, each in his
own 科室 — with all ten points, levels and types right.

No misses, so no kind of mistake to name: a post cell merged across a 科室 boundary (merges of
neighbouring columns that do not nest) is already read as the value of each row it covers.
issues.csv held only the usual info lines (TABLE_NO_TYPE for the untyped lists, GRADE_BLANK for
the cards) and nothing for the harder file.

Nothing was generalised after this measurement: the batch read in full untuned; it has its
is_read test.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch506 import (
    AUDIT,
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
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(506, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
MERGED = "shandan_audit_merged_by_column"
HARDER = {MERGED}
UNTYPED = {
    "shandan_statistics_two_sheets",
    "shandan_accountability_group_rows",
    "shandan_qingquan_cards",
    "shandan_weiqi_selfchecks",
    "shandan_chenhu_duty_list",
}
NOBODY = {"shandan_census_posts"}


def test_batch506_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=502, unit_words=(PLACE,), new_people=True)


def test_batch506_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=True)
    assert RESAVED == ()


def test_batch506_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch506_every_unit_is_of_shandan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch506_post_merged_across_the_department_boundary():
    sheet = BY_NAME[MERGED]["sheets"][0]
    merges = set(sheet["merges"])
    assert (6, 2, 9, 2) in merges  # C7:C10, the one 科员 over two holders of two 科室
    assert (4, 1, 7, 1) in merges and (8, 1, 11, 1) in merges  # 科室 break between rows 8 and 9
    assert (6, 3, 7, 3) in merges and (8, 3, 9, 3) in merges  # 姓名 break there too
    assert sheet["rows"][8][1] == "经济责任审计股" and sheet["rows"][8][2] is None
    # filled by the merges, each row's 科室/岗位/姓名 are the truth's
    rows = BATCH.table(MERGED)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (d, p, w) for d, p, w, _t, ps in AUDIT for _ in ps
    ]
    assert [r[:3] for r in BATCH.truth_rows(MERGED)] == [
        (d, p, w) for d, p, w, _t, ps in AUDIT for _ in ps
    ]
    assert [(r[4], HML[r[6]], types_in(r[5])) for r in rows] == [
        (p["risk_point"], p["level"], p["types"]) for p in BATCH.points(MERGED)
    ]
    forms = [(f["department"], f["title"], f["person"]) for f in BY_NAME[MERGED]["truth"]]
    assert ("财政审计股", "科员", "沈涴珙") in forms and (
        "经济责任审计股",
        "科员",
        "郗淯瑱",
    ) in forms
    assert len(forms) == len(AUDIT) == 5


def test_batch506_plain_tables_by_heading():
    cases = [
        ("shandan_census_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("shandan_dongle_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("shandan_census_posts") == {""}
    name = "shandan_chenhu_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "shandan_statistics_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch506_group_rows_and_one_sheet_a_person():
    name = "shandan_accountability_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "shandan_qingquan_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shandan_weiqi_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch506_is_read(tmp_path):
    BATCH.is_read(tmp_path)
