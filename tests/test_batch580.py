"""The five-hundred-and-eightieth batch of published layouts (tests/published/batch580.py): seven
ordinary files as the 体育 and 青少年 bodies of one city (合作市) really send them — the 全民健身中心's
一览表 in two sheets 中心领导/科室 with ``一级/二级/三级``, the 体育场馆管理所's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 青少年活动中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
共青团合作市委员会's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 业余体育学校's 清单 under group
rows ``一、学校领导`` … with ``一级风险/二级风险/三级风险``, the 当周街道文体站's 一览表 with
``高风险/中风险/低风险``, the 勒秀镇文体站's 登记表 — and one harder: the 文体广电和旅游局's 经营高危险性
体育项目许可 权力运行流程图 drawn as a SWIMLANE chart, one row a step whose box stands in the lane
(``post⏎name``) of the post that does it, merged over two lanes for a joint step, ``↓`` rows between,
the step's risk at the right (``python tests/published/score.py --set batch580``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3025a52 (/work/snap6; this worktree branched from
dev at af6a1c8): ``TOTAL                      forms  28/33  points  45/55  recall 0.82 precision 0.85
(45/53)  levels  45/45  types  45/45  noise 14`` / ``TOTAL forms=0.848 recall=0.818 precision=0.849
levels=1.000 types=1.000 noise=14``; with --strict the same: ``TOTAL forms  28/33  points  45/55
recall 0.82 precision 0.85 (45/53)  levels  45/45  types  45/45  noise 14`` / ``TOTAL forms=0.848
recall=0.818 precision=0.849 levels=1.000 types=1.000 noise=14``. The 8 files: eight .xlsx, no
re-saved copies. All seven ordinary layouts read in full, --strict too (全民健身中心 two sheets,
体育场馆管理所 对岗不对人, 青少年活动中心 cards, 团市委 self-checks, 业余体育学校 group rows, 当周街道文体站
list, 勒秀镇文体站 register: 28/28 forms, 45/45 points, levels and types all right, noise 0).

Missed, all in the harder ``hezuo_sports_bureau_swimlane_flow.xlsx`` (sheet 流程图; forms 0/5,
points 0/10, precision 0/8, noise 14): the reader took rows 3–4 (``办　理　流　程`` over the lanes'
股室 row) as the heading and read column A (``办　理　流　程`` over ``申请人``) as the 工作流程 column
and the lane columns B–F as nothing of a post (B, C, E, headed ``办　理　流　程行政审批股``,
``…群众体育股``, ``…局领导``, guessed ``其他``: COLUMN_GUESSED at B3, C3, E3), so the lanes were
dropped and nothing in a row named a holder: the eight risk rows
(G8 受理, G10 现场核查, G12 审核, G14 审查, G16 集体研究, G18 决定, G20 送达, G24 事后监管) came out as
eight points — text, level (高/中/低 → Ⅰ/Ⅱ/Ⅲ) and measures right — of ONE made-up form with no
person (posts.csv F00001: 合作市文体广电和旅游局 / 群众体育股, taken from the ``承办股室：群众体育股``
line / title ``科室负责人`` / 中层岗位), each with the workflow ``开始：提交申请书…`` of A6 carried down,
where the truth has five holders, one a lane: 行政审批股 受理员 郇璟沨 (G8, G20), 群众体育股 科员
邬翀澈 (G10, G24), 群众体育股 股长 郇岷琰 (G10, G12), 局领导 副局长 邬昶珺 (G14, G16) and 局领导 局长
郇澍霆 (G16, G18) — ten points, the joint steps C10:D10 and E16:F16 each two holders'. The lane
heading row 5 (``受理员⏎郇璟沨`` …) was read as a table row without a point (POINT_BLANK G5), and so
were the applicant's steps (G6 开始, G26 结束), the step without risk (G22 公示) and the ten ``↓``
rows (G7, G9, … G25): the 14 noise. Kind: a swimlane flow chart — one row a step whose box (text,
not a tick) stands in the lane (``post⏎name`` under a 股室 row) of the post that does it, merged
over two lanes for a joint step, ``↓`` rows between — is read as an ordinary list with a workflow
column, the lane columns dropped as ``其他``, so no point reaches any holder and the lane-name row,
the arrow rows and the riskless steps become blank rows.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): a swimlane chart's lanes as
holders, the step box's column (or the lanes its merge spans) giving the row's holder(s), arrow
rows and an applicant's lane as no points.

Generalised after this measurement: the swim-lane rule of 581 extended to a 股室 row over the
post⏎name row and an applicant's lane of no holder (tests/test_swim_lane_applicant.py). Read 1.00
since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch580 import (
    APPLICANT,
    ARROW,
    GRADES,
    HIGHS,
    LANES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STEPS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(580, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"hezuo_sports_bureau_swimlane_flow"}
TYPED = {
    "hezuo_stadium_office_posts",
    "hezuo_dangzhou_station_list",
    "hezuo_lexiu_station_register",
}
NOBODY = {"hezuo_stadium_office_posts"}
# 合作市 is batch472's place too: the words no earlier unit holds are the city's new bodies
UNIT_WORDS = ("合作市文体", "合作市全民健身", "合作市体育", "合作市青少年", "共青团合作市",
              "合作市业余体育", "合作市当周", "文体站")  # fmt: skip


def test_batch580_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=579, unit_words=UNIT_WORDS, new_people=True)


def test_batch580_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch580_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch580_every_unit_is_of_hezuo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("合作市" in u for u in units)
    assert all(any(w in u for w in UNIT_WORDS) for u in units)


def test_batch580_lanes_give_the_holders():
    name = "hezuo_sports_bureau_swimlane_flow"
    sh = BATCH.sheet(name)
    rows = BATCH.filled(name)
    top = next(r for r, row in enumerate(rows) if row[0] == "办　理　流　程")
    n = 1 + len(LANES)
    assert rows[top][:n] == ["办　理　流　程"] * n
    assert rows[top][n:] == ["廉政风险点", "风险等级", "防控措施"]
    assert rows[top + 1][:n] == [APPLICANT] + [d for d, _, _, _ in LANES]
    assert rows[top + 2][0] == APPLICANT
    assert rows[top + 2][1:n] == [f"{post}\n{who}" for _, post, who, _ in LANES]
    # the body: step rows (a box in one lane or merged over two) and ↓ rows between
    body = [
        (r, row)
        for r, row in enumerate(rows)
        if r > top + 2 and not str(row[0]).startswith(("注", "监督"))
    ]
    steps = [(r, row) for r, row in body if any(c not in (None, ARROW) for c in row[:n])]
    arrows = [row for _, row in body if any(c == ARROW for c in row[:n])]
    assert len(steps) == len(STEPS) and len(arrows) == len(STEPS) - 1
    assert all(
        all(c is None for c in row[n:]) and sum(c == ARROW for c in row[:n]) == 1 for row in arrows
    )
    got = []
    for (r, row), (c0, c1, box, point, _lv, _m) in zip(steps, STEPS, strict=True):
        lanes = [c for c in range(n) if row[c] == box]
        assert lanes == list(range(c0, c1 + 1)), (r, lanes)
        assert (c1 > c0) == BATCH.merged(name, sh["name"], r, c0, c1)
        assert row[n] == point
        if point is None:
            assert row[n + 1] is None and row[n + 2] is None
            continue
        assert 0 not in lanes  # the applicant's lane carries no point
        for c in lanes:
            post, who = rows[top + 2][c].split("\n")
            got.append((rows[top + 1][c], post, who, point, HML[row[n + 1]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # a joint step is two holders' point, and every lane but the applicant's holds a point
    assert sum(c1 > c0 for c0, c1, _b, p, _l, _m in STEPS if p) == 2
    assert len(BY_NAME[name]["truth"]) == len(LANES)
    # the step's words are no part of any point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {s[2] for s in STEPS}


def test_batch580_plain_tables_by_heading():
    cases = [
        ("hezuo_dangzhou_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("hezuo_lexiu_station_register", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("hezuo_stadium_office_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "hezuo_fitness_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "hezuo_stadium_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch580_group_rows_give_the_department():
    name = "hezuo_sports_school_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch580_one_sheet_a_person():
    name = "hezuo_youth_league_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "职　务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "hezuo_youth_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch580_is_read(tmp_path):
    BATCH.is_read(tmp_path)
