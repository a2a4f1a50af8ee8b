"""The seven-hundred-and-fifty-fourth batch of published layouts (tests/published/batch754.py): seven
ordinary files as the statistics and audit bodies of one district (大洼区) really send them — the
统计局's 一览表 under ``附件1`` with ``一级/二级/三级``, the 政府投资审计中心's 排查表 对岗不对人 with 高/中/低,
the 普查中心's 清单 under group rows ``一、中心领导`` … with ``高风险/中风险/低风险``, the 农村社会经济调查队's
自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 经济社会调查监测中心's 一览表 in two sheets
中心领导/科室 with ``★★★/★★/★``, the 经济责任审计中心's 防控卡 one sheet a person with
``一级风险/二级风险/三级风险``, the 审计服务中心's 登记表 — and one harder: the 审计局's 岗位廉政风险点自查
on its AUDIT WORKING-PAPER template, one sheet a person (tabs ``LZ-01`` … by 索引号), the holder only
as the ``编制人`` of the paper's header block, the post only inside the ``审计（核查）事项`` sentence, a
``复核人`` who is no holder of that paper (``python tests/published/score.py --set batch754``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f85d2e0 (/work/snap33; this worktree branched from
dev at 00166be): TOTAL forms=0.862 recall=0.782 precision=0.782 levels=1.000 types=1.000 noise=8;
with --strict the same: TOTAL forms=0.862 recall=0.782 precision=0.782 levels=1.000 types=1.000
noise=8. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``dawa_audit_bureau_working_papers.xlsx`` (sheets LZ-01 … LZ-04; forms 0/4,
points 0/12, precision 0/12, noise 8): the reader found each sheet's table at its heading row 6
(``序号 | 廉政风险点 | 风险等级 | 防控措施 | 核查情况``) and read all twelve points B7–B9 of each sheet with
their right levels (高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and measures, but as four forms with NOTHING else — no unit,
科室, post or holder (posts.csv F00001–F00004, one a sheet, every field but the file and sheet
empty): the header block above the table was not read as naming anyone — rows 2 and 3
(``被审计单位 | 大洼区审计局 | 索引号 | LZ-0N`` and ``审计（核查）事项 | <科室><岗位>岗位廉政风险点自查 |
页　次 | 1/1``) were reported as content outside the table (ROW_UNPLACED at A2 and A3 of each sheet,
the 8 noise) and rows 4 and 5 (``编制人 | 亢楮言 | 日　期 | …``, ``复核人 | 邴篁溪 | 日　期 | …``) and the
``复核意见：…`` line (A10) were dropped without a word; where the truth has the 编制人 as holder of
each paper — 副局长 亢楮言 (LZ-01), 经济责任审计科 科长 邴樗年 (LZ-02), 经济责任审计科 审计员
亢蘧然 (LZ-03), 固定资产投资审计科 科长 邴荇洲 (LZ-04) — in the unit 大洼区审计局, the post and 科室 taken
from the 事项 sentence. Kind: an audit working-paper header block (被审计单位 | 索引号 / 审计事项 | 页次 /
编制人 | 日期 / 复核人 | 日期) over a one-person table is not read as the form's label rows, so the
编制人 is not taken as the holder (nor the 被审计单位 as the unit, nor the post out of the 事项
sentence) and every point is left with no holder, post or unit.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a working-paper header block
whose 编制人 is the holder and whose 复核人 is not, the unit in its 被审计单位 cell and the post and
科室 only inside the 审计（核查）事项 sentence.

Generalised after this measurement: an audit working-paper header block (被审计单位, 审计（核查）事项 naming 科室 and post, 编制人, 复核人) over a one-person table is read as the form's label rows, the 编制人 its holder, the 复核人 none (tests/test_audit_paper_header.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch754 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    PAPERS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(754, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dawa_audit_bureau_working_papers"}
TYPED = {
    "dawa_statistics_bureau_list",
    "dawa_investment_audit_center_posts",
    "dawa_audit_service_center_register",
}
NOBODY = {"dawa_investment_audit_center_posts"}


def test_batch754_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=751, unit_words=("大洼区",), new_people=True)


def test_batch754_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch754_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch754_every_unit_is_of_dawa():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("大洼区") for u in units)


def test_batch754_working_papers_give_the_holder_as_their_author():
    name = "dawa_audit_bureau_working_papers"
    truth = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in truth] == [p[0] for p in PAPERS]
    holders = {f["person"] for f in truth}
    for f, (index, dept, post, who, _tier, reviewer, _dates, points) in zip(
        truth, PAPERS, strict=True
    ):
        rows = BATCH.filled(name, index)
        assert rows[0][0] == "审计工作底稿"
        assert rows[1][0] == "被审计单位" and rows[1][3:5] == ["索引号", index]
        assert rows[2][0] == "审计（核查）事项" and rows[2][1] == f"{dept}{post}岗位廉政风险点自查"
        assert rows[3][:2] == ["编制人", who] and rows[4][:2] == ["复核人", reviewer]
        # the holder is the 编制人, never the 复核人; the post only inside the 事项 sentence
        assert (f["person"], f["department"], f["title"]) == (who, dept, post)
        assert reviewer != who
        assert not any(cell == post for row in rows for cell in row)
        got = BATCH.by_heading(
            name, {"point": "廉政风险点"}, index, fixed={"dept": dept, "post": post, "person": who}
        )
        assert got == BATCH.truth_rows(name, index)
        assert [r["risk_point"] for r in f["risks"]] == [p[0] for p in points]
    # every reviewer but the 局长 is the holder of another paper; the 局长 holds none
    reviewers = {p[5] for p in PAPERS}
    assert len(reviewers - holders) == 1 and len(reviewers & holders) >= 2


def test_batch754_plain_tables_by_heading():
    cases = [
        ("dawa_statistics_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("dawa_audit_service_center_register",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("dawa_investment_audit_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "dawa_monitoring_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch754_group_rows_give_the_department():
    name = "dawa_census_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch754_one_sheet_a_person():
    name = "dawa_rural_survey_team_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在组", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dawa_economic_audit_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch754_is_read(tmp_path):
    BATCH.is_read(tmp_path)
