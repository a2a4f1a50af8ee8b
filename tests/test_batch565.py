"""The five-hundred-and-sixty-fifth batch of published layouts (tests/published/batch565.py): seven
ordinary files as the 退役军人事务 and 信访 bodies of one county (班玛县) really send them — the
退役军人事务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 退役军人服务中心's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 赛来塘镇退役军人服务站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
人民来访接待中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 光荣院's
防控卡 one sheet a leader with ``★★★/★★/★``, the 灯塔乡退役军人服务站's 一览表 with ``高风险/中风险/低风险``,
the 矛盾纠纷调处化解中心's 登记表 — and one harder: the 信访局's 信访事项办理流程廉政风险防控图, a flow strip of
steps across (``办理环节`` over ``承办股室``, ``承办岗位`` and ``承办人``) above a risk list keyed by the
step only (``python tests/published/score.py --set batch565``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at ae77b89 (/work/snap2, the developers' frozen reader;
this worktree branched from dev at the same commit): TOTAL forms=0.839 recall=0.786
precision=0.786 levels=1.000 types=1.000 noise=3; with --strict the same: TOTAL forms=0.839
recall=0.786 precision=0.786 levels=1.000 types=1.000 noise=3. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``banma_petition_bureau_flow_strip_holders.xlsx`` (sheet 防控图; forms 0/5,
points 0/12, precision 0/12, noise 3): the reader found the list's heading (row 8) and read all
twelve rows C9–C20 as points with the right levels, types, measures and ``办理环节`` (its ``workflow``
column), but gave them ALL to ONE made-up form with no holder — posts.csv F00001, 科室
``来访接待股``, post ``科室负责人`` (a stand-in title), no person — taking the strip's ``承办股室`` row
(A4, with ``来访接待股`` merged over B4:C4) as a ``label | value`` pair above the table, and setting
the strip's other three rows aside as ROW_UNPLACED (A3 ``办理环节 …``, A5 ``承办岗位 …``, A6 ``承办人 …``:
the noise). The truth has five holders, found by looking each row's step up in the strip:
来访接待股 接访员 璩翾岷 (来访登记: C9, C10), 来访接待股 股长 酆珝沅 (受理告知: C11, C12), 办信股 股长
璩澂昀 (交办转送 and 来信办理, merged D4:E6: C13, C14, C15), 督查股 股长 酆霈琰 (督查督办: C16, C17) and
局领导 副局长 璩湜岍 (复查复核: C18, C19, C20). Kind: a list keyed by the procedure STEP, whose holders
are given by a flow strip of steps across above it (``办理环节`` over ``承办股室 / 承办岗位 / 承办人``),
is read as one list of one holderless post, its first label row taken for the form's 科室 and the
strip's step-to-holder link never made.

Unscored besides: the other issues are info only (TABLE_NO_TYPE on the untyped files, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): a strip of procedure steps
across with their 承办股室, 承办岗位 and 承办人 in rows under them, and a list below whose rows name
only the step.

Generalised after this measurement: the same rule as 563's reads the flow strip of steps across
(tests/test_holders_by_stage.py). Read 1.00 since.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch565 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STEP_POINTS,
    STEPS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(565, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"banma_petition_bureau_flow_strip_holders"}
TYPED = {
    "banma_petition_bureau_flow_strip_holders",
    "banma_veterans_service_centre_posts",
    "banma_dengta_station_list",
    "banma_mediation_centre_register",
}
NOBODY = {"banma_veterans_service_centre_posts"}


def test_batch565_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=563, unit_words=("班玛县",), new_people=True)


def test_batch565_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch565_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch565_every_unit_is_of_banma():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("班玛县") for u in units)


def test_batch565_the_strip_gives_the_holders():
    name = "banma_petition_bureau_flow_strip_holders"
    rows = BATCH.filled(name)
    labels = [r[0] for r in rows]
    top = labels.index("办理环节")
    assert labels[top : top + 4] == ["办理环节", "承办股室", "承办岗位", "承办人"]
    n = len(STEPS)
    # the strip, merged cells filled: one column a step
    strip = {}
    for j in range(n):
        step, dept, post, who = (rows[top + k][1 + j] for k in range(4))
        strip[step] = (dept, post, who)
    assert strip == {s: (d, p, w) for s, d, p, w, _ in STEPS}
    # the list keys its rows by the step only, no 股室/岗位/姓名 column
    head = BATCH.header(name)
    assert rows[head][:6] == ["序号", "办理环节", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    table = BATCH.table(name)
    assert len(table) == len(STEP_POINTS)
    got = []
    for row in table:
        dept, post, who = strip[row[1]]
        got.append((dept, post, who, row[2], GRADES[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # one holder handles two steps, and every step has a point
    holders = [who for *_, who, _ in STEPS]
    assert len(set(holders)) == len(holders) - 1
    assert {s for s, *_ in STEP_POINTS} == set(strip)
    assert len(BY_NAME[name]["truth"]) == len(set(holders))


def test_batch565_plain_tables_by_heading():
    cases = [
        ("banma_dengta_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("banma_mediation_centre_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("banma_veterans_service_centre_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "banma_veterans_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "banma_veterans_service_centre_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch565_group_rows_give_the_department():
    name = "banma_reception_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch565_one_sheet_a_person():
    name = "banma_sailaitang_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "banma_honour_home_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch565_is_read(tmp_path):
    BATCH.is_read(tmp_path)
