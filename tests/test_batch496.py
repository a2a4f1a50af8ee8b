"""The four-hundred-and-ninety-sixth batch of published layouts (tests/published/batch496.py):
seven ordinary files as the 人力资源和社会保障 bodies of one county (灵台县) really send them — the
人力资源和社会保障局's 一览表 with 高/中/低 and short types, the 社会保险事业服务中心's file in two sheets
``中心领导``/``股室`` with ``一级/二级/三级``, the 就业服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 人事考试中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
劳动保障监察大队's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 社会保险事业服务中心's
责任清单 under group rows ``一、领导岗位`` … with ``一级风险/二级风险/三级风险``, the 人事考试中心's 一览表
with 责任人 on every row — and one harder: the 劳动保障监察大队's 排查表 with no level column, its rows
sorted by level and each level's run closed by a merged footer row ``以上为一级风险点（共3项）``
(``python tests/published/score.py --set batch496``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 7944820 (``/work/snap31``; this
worktree branched from dev at 7944820 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.789 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.789 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).

Missed, all in the harder ``lingtai_inspection_level_footers.xlsx`` (sheet 排查表; forms 3/3,
points 8/8, precision 8/8, types 8/8, levels 0/8): the reader found the three holders (貊翊洹,
仝湲珩, 郗璠沚, a holder's rows scattered over the levels rightly gathered into one form) and all
eight points with their types and measures, but left EVERY LEVEL BLANK: D3 ``欠薪案件立案与否个人
说了算``, D4 ``调查取证中为用人单位隐瞒欠薪事实``, D5 ``违规减免用人单位罚款`` read with no level (truth 1,
from the footer A6 ``以上为一级风险点（共3项）``); D7 ``欠薪黑名单列入移出把关不严``, D8 ``接受用人单位宴请
礼品``, D9 ``投诉举报件压案不办`` read with no level (truth 2, from A10 ``以上为二级风险点（共3项）``); D11
``泄露举报人信息``, D12 ``执法文书送达不规范`` read with no level (truth 3, from A13 ``以上为三级风险点（共2
项）``). Kind: a level written in a merged footer row CLOSING the run it grades is dropped as a
sub-total line — neither taken as a level for the rows above nor (as a group row) for the rows
below — so a list without a level column reads unlevelled. issues.csv says so only as eight
``LEVEL_BLANK`` errors (``[排查表!D3] 风险级别未填写`` …), no word that the footers name the levels.

Generalised after this measurement: a lone line inside or just under a table saying the rows above
are of one level ('以上为一级风险点（共3项）', '以上2项为高风险', '上述风险点为二级风险') gives that level (or a type so named,
the type) to the rows since the previous such line that have none; a count that disagrees is said;
lines naming no level, a post's grade or more than a level give nothing (info LEVEL_BY_FOOTER,
warning LEVEL_FOOTER_COUNT; tests/test_level_footer_rows.py, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch496 import (
    GRADES,
    INSPECTION,
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
BATCH = Batch(496, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
FOOTERS = "lingtai_inspection_level_footers"
HARDER = {FOOTERS}
UNTYPED = {
    "lingtai_social_insurance_two_sheets",
    "lingtai_exam_cards",
    "lingtai_inspection_selfchecks",
    "lingtai_social_insurance_group_rows",
}
NOBODY = {"lingtai_employment_posts"}


def test_batch496_is_apart_from_the_earlier_batches():
    # eight files of five bodies: three bodies send two files each
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=490, one_unit_each=False,
                   unit_words=(PLACE,), new_people=True)  # fmt: skip


def test_batch496_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch496_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch496_five_bodies_of_lingtai():
    units = BATCH.files_of_units()
    assert len(units) == 5 and all(u.startswith(PLACE) for u in units)
    assert sorted(len(v) for v in units.values()) == [1, 1, 2, 2, 2]


def test_batch496_levels_given_by_the_footer_below():
    rows = BATCH.sheet(FOOTERS, 0)["rows"]
    merges = set(BATCH.sheet(FOOTERS, 0)["merges"])
    heading = BATCH.heading(FOOTERS)
    assert not any("等级" in str(h) or "级别" in str(h) for h in heading)  # no level column
    got, run = [], []
    for r, row in enumerate(rows):
        if isinstance(row[0], int):
            run.append((r, row))
        elif isinstance(row[0], str) and row[0].startswith("以上为"):
            assert (r, 0, r, len(row) - 1) in merges and row[1:] == [None] * (len(row) - 1)
            lv = row[0][3:5]
            assert row[0] == f"以上为{lv}风险点（共{len(run)}项）" and run
            got += [("", x[1], x[2], x[3], GRADES[lv], types_in(x[4])) for _r, x in run]
            run = []
    assert not run  # every point is closed by a footer
    # the truth keeps a holder's points together (one form): compare as sets of points
    assert sorted(g[:5] for g in got) == sorted(BATCH.truth_rows(FOOTERS))
    types = {r["risk_point"]: r["types"] for r in BATCH.points(FOOTERS)}
    assert all(types[g[3]] == g[5] for g in got) and len(types) == len(got)
    assert [lv for lv, _ in INSPECTION] == ["一级", "二级", "三级"]
    assert len(BY_NAME[FOOTERS]["truth"]) == 3  # a holder's scattered rows are one form


def test_batch496_plain_tables_by_heading():
    cases = [
        ("lingtai_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("lingtai_employment_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("lingtai_exam_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("lingtai_employment_posts") == {""}
    name = "lingtai_social_insurance_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch496_group_rows_and_one_sheet_a_person():
    name = "lingtai_social_insurance_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "lingtai_exam_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lingtai_inspection_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch496_is_read(tmp_path):
    BATCH.is_read(tmp_path)
