"""The six-hundred-and-twenty-third batch of published layouts (tests/published/batch623.py): seven
ordinary files as the audit and statistics bodies of one banner (阿拉善右旗) really send them — the
审计局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 统计局's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 普查中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 政府投资审计中心's
清单 under group rows with ``一级风险/…``, the 统计调查队's 防控卡 with ``★★★/★★/★``, the
统计执法监督大队's 一览表 with ``高风险/中风险/低风险``, the 社情民意调查中心's 登记表 — and one harder:
the 经济责任审计中心's 一览表 where a person's one row says ``风险点、风险等级及防控措施同审计员<colleague>``
(``python tests/published/score.py --set batch623``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3c7eee8 (/work/snap14; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=0.909 precision=0.962 levels=1.000 types=1.000
noise=0 (forms 32/32, points 50/55, precision 50/52, levels 50/50); with --strict the same: TOTAL
forms=1.000 recall=0.909 precision=0.962 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0).

Missed, all in the harder ``alxa_right_economic_audit_centre_same_as.xlsx`` (sheet 一览表; forms 7/7,
points 9/14, precision 9/11, levels of the matched 9/9, noise 0): the two reference rows, row 9
(审计一科 审计员 伊峤珣, E9:G9 merged ``风险点、风险等级及防控措施同审计员敖璘骅``) and row 13 (审计二科 审计员
伊瑱岑, E13:G13 ``…同审计员敖翯岑``), were each read as ONE point whose text is the reference sentence
itself, with no level (error LEVEL_BLANK at F9 and F13) and no measures (warning MEASURES_BLANK at G9,
G13; posts.csv F00004 and F00007, one point each, level-free, grade C "风险分值0"), where the truth
gives 伊峤珣 copies of 敖璘骅's three points (rows 6–8: Ⅰ/Ⅱ/Ⅲ级 = 一级/二级/三级) and 伊瑱岑 copies of
敖翯岑's two (rows 11–12: 一级, 三级) — 5 points missed, 2 false. Kind: a row that takes over a NAMED
COLLEAGUE's whole block (``…同审计员<name>``, point/level/measures cells merged) is read as a literal
point without level, instead of copying the colleague's points and levels to the row's holder; the
holder, post and 科室 of the row are read right.

Unscored besides: TABLE_NO_TYPE (info).

Not generalised in the stop that measured it (left for the next): a row whose point cell refers to
another holder's whole block by his name (``同审计员某某``, ``与某某相同``).

Generalised after this measurement: a row whose point (merged over its level and measures) says `…同审计员某某`, `同某某`, `与副局长某某相同` or `参照出纳岗位` takes a copy of every point of the colleague it names (`POINTS_TAKEN_FROM_COLLEAGUE`; none or several matching warned `POINTS_COLLEAGUE_UNMATCHED`; `tests/test_points_taken_from_a_colleague.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch623 import (
    CENTRE,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    same_as_text,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(623, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"alxa_right_economic_audit_centre_same_as"}
TYPED = {
    "alxa_right_statistics_bureau_posts",
    "alxa_right_enforcement_brigade_list",
    "alxa_right_opinion_survey_register",
}
NOBODY = {"alxa_right_statistics_bureau_posts"}


def test_batch623_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=619, unit_words=("阿拉善右旗",), new_people=True
    )


def test_batch623_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch623_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch623_every_unit_is_of_alxa_right():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("阿拉善右旗") for u in units)


def test_batch623_same_as_rows_copy_the_named_block():
    name = "alxa_right_economic_audit_centre_same_as"
    table = BATCH.table(name)
    blocks: dict[str, list] = {}
    refs = []
    for row in table:
        if row[4] and row[4].startswith("风险点、风险等级及防控措施同审计员"):
            assert row[5] in (None, row[4]) and row[6] in (None, row[4])
            refs.append(row)
        else:
            blocks.setdefault(row[3], []).append((row[4], GRADES[row[5]]))
    assert len(refs) == 2
    got = [(d, p, w, pt, lv) for d, p, w, pt, lv in BATCH.truth_rows(name)]
    # every reference row's holder has exactly the named colleague's points and levels
    for _d, _p, who, _t, pts in CENTRE:
        if isinstance(pts, str):
            row = next(r for r in refs if r[4] == same_as_text(pts))
            assert row[3] == who or row[3] is None
            mine = sorted((pt, lv) for _d2, _p2, w, pt, lv in got if w == who)
            assert mine == sorted(blocks[pts])
    assert len({r[2] for r in got}) == len(CENTRE)


def test_batch623_plain_tables_by_heading():
    cases = [
        ("alxa_right_enforcement_brigade_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("alxa_right_opinion_survey_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("alxa_right_statistics_bureau_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "alxa_right_audit_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch623_group_rows_give_the_department():
    name = "alxa_right_investment_audit_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch623_one_sheet_a_person():
    name = "alxa_right_census_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
    name = "alxa_right_survey_team_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]


def test_batch623_is_read(tmp_path):
    BATCH.is_read(tmp_path)
