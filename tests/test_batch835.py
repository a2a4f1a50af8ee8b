"""The eight-hundred-and-thirty-fifth batch of published layouts (tests/published/batch835.py): seven
ordinary files as the finance bodies of one county (孟连傣族拉祜族佤族自治县) really send them — the
国库集中支付中心's 一览表 under ``附件1`` with ``一级/二级/三级``, the 财政投资评审中心's 防控卡 one sheet a
person with ``★★★/★★/★``, the 政府采购管理办's 排查表 对岗不对人 with ``风险点 | 具体表现``, the
非税收入管理局's 登记表 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 娜允镇财政所's 自查表 one sheet a person, the
勐马镇财政所's 清单 under group rows with ``高风险/中风险/低风险``, the 芒信镇财政所's 一览表 in two
sheets 所长/工作人员 with ``一级风险/二级风险/三级风险`` — and one harder: the 财政局's 岗位廉政风险点排查表
with no level column for the points, each holder's ``岗位风险等级`` merged beside his rows and a
``风险主次`` (主要/次要) cell a row, the point's level composed from the two by a ``注：`` under the table
(``python tests/published/score.py --set batch835``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at dbff90dc (/work/snap47; this worktree branched from
dev at 86f6799a): TOTAL forms=0.889 recall=1.000 precision=1.000 levels=0.906 types=1.000 noise=0
(forms 24/27, points 53/53, levels 48/53, types 53/53); with --strict the same: TOTAL forms=0.889
recall=1.000 precision=1.000 levels=0.906 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. Six ordinary layouts read in full (forms, points, levels and types all 1.00, noise
0): the 国库集中支付中心's 一览表, the 财政投资评审中心's cards, the 非税收入管理局's 登记表, the
娜允镇财政所's 自查表, the 勐马镇财政所's group-row 清单 and the 芒信镇财政所's two sheets.

Missed in an ORDINARY file, ``menglian_procurement_office_posts.xlsx`` (sheet 排查表; forms 0/3,
points 6/6, levels and types 1.00): the three posts of the 对岗不对人 list (主任 B3:B4, 监管员
B5:B7, 合同备案员 B8) came out in posts.csv (F00019–F00021) with unit ``孟连傣族拉祜族佤族自治县政府`` and
department ``采购管理办``, where the truth has the unit ``孟连傣族拉祜族佤族自治县政府采购管理办`` (title
A1 ``…政府采购管理办岗位廉政风险点排查表``) and no 科室, so no post-only form matched. Kind: a unit
named ``县政府采购管理办`` is cut after ``县政府`` — the unit's own name read as the county government
with a 科室 ``采购管理办`` — so a 对岗不对人 list's forms land in the wrong unit and department.

Missed in the harder ``menglian_finance_bureau_post_grades.xlsx`` (sheet 排查表; forms 5/5, points
10/10, levels 5/10, noise 0): the reader took the ``风险主次`` column (G3, COLUMN_GUESSED as 风险级别)
for the level column and read its two words in order as ``主要=Ⅱ级、次要=Ⅲ级`` (LEVEL_SCALE at G3),
and took ``岗位风险等级`` (E4:E13, merged per person) for each holder's declared post grade only
(GRADE_MISMATCH warnings at E4, E6, E12); so the 局长 刁翚岄 (G4 主要, G5 次要 under an 一级 post,
truth 一级/二级) and the 副局长 晏骙沩 (G6, G7, truth 一级/二级) came out Ⅱ级/Ⅲ级, and the 股员
刁岍旻's 主要 point (G12 under a 三级 post, truth 三级) came out Ⅱ级; the two 二级 posts' rows (G8:G11)
and G13 came out right by coincidence. The ``注：`` that composes the level from the post grade and the
主次 mark (A14) was read as no rule. Kind: a point level composed, through a note, from the holder's
merged post grade and a per-row 主要/次要 mark is read as if the 主次 mark alone were a two-word level
scale, the post grade left as a declared post grade only.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED, LEVEL_SCALE) and the
three GRADE_MISMATCH warnings above.

Not generalised in the stop that measured it (left for the next): a level composed from a post
grade and a per-row 主次 mark by a note; a unit named ``县政府采购管理办`` cut after ``县政府``.

Generalised after this measurement: a point level composed by a note from the holder's merged 岗位风险等级 and a 主要/次要 mark (LEVEL_BY_POST_GRADE_AND_MARK); the ordinary miss, a county government's office named short with 办 cut after 政府, fixed in identity (tests/test_older_misreadings_seen_today.py), tests/test_levels_by_post_grade_and_mark.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch835 import (
    COMPOSED,
    GRADED,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(835, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"menglian_finance_bureau_post_grades"}
TYPED = {
    "menglian_treasury_center_list",
    "menglian_procurement_office_posts",
    "menglian_nontax_bureau_register",
}
NOBODY = {"menglian_procurement_office_posts"}


def test_batch835_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9),
        harder=HARDER,
        sees=831,
        unit_words=("孟连傣族拉祜族佤族自治县",),
        new_people=True,
    )


def test_batch835_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch835_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch835_every_unit_is_of_menglian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(
        u.startswith("孟连傣族拉祜族佤族自治县") for u in units
    )


def test_batch835_level_composed_from_post_grade_and_rank():
    name = "menglian_finance_bureau_post_grades"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == [
        "序号",
        "股室",
        "岗位",
        "姓名",
        "岗位风险等级",
        "廉政风险点",
        "风险主次",
        "防控措施",
    ]
    got, dept, post, who, grade = [], None, None, None, None
    for row in BATCH.table(name):
        dept, post, who, grade = (
            (row[1] or dept),
            (row[2] or post),
            (row[3] or who),
            (row[4] or grade),
        )
        got.append((dept, post, who, row[5], COMPOSED[(grade, row[6])]))
    assert got == BATCH.truth_rows(name)
    # no level column, and neither the post grade nor the rank alone gives the level
    assert not any(h in rows[head] for h in ("风险等级", "风险级别", "等级"))
    pairs = {(g, r) for _d, _p, _w, _t, g, pts in GRADED for _pt, r, _m in pts}
    assert {COMPOSED[("一级", "次要")], COMPOSED[("二级", "主要")]} == {2} and len(pairs) >= 5
    assert any("岗位风险等级和风险主次" in str(r[0]) for r in rows)
    assert len(BY_NAME[name]["truth"]) == len(GRADED)


def test_batch835_plain_tables_by_heading():
    cases = [
        ("menglian_treasury_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("menglian_nontax_bureau_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("menglian_procurement_office_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "menglian_mangxin_office_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "所长") == BATCH.truth_rows(name, "所长")
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "工作人员") == BATCH.truth_rows(name, "工作人员")
    # the short 风险点 is the point, the long 具体表现 none
    name = "menglian_procurement_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch835_group_rows_give_the_department():
    name = "menglian_mengma_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch835_one_sheet_a_person():
    name = "menglian_nayun_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在单位", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["unit"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "menglian_review_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch835_is_read(tmp_path):
    BATCH.is_read(tmp_path)
