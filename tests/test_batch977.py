"""The nine-hundred-and-seventy-seventh batch of published layouts (tests/published/batch977.py):
seven ordinary files as the 政府工作部门, 党委部门, 纪委监委 and one 镇 of one county (拜泉县) really send
them — the 县人民政府办公室's 一览表 with ``…风险`` types and 高/中/低, the 县委宣传部's 一览表 in two sheets
班子成员/股室 with ``一级风险/二级风险/三级风险``, the 县纪委监委's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 县水务局's 清单 under group rows ``一、局领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
县农村供水管理中心's 防控卡 one sheet a person with ``★★★/★★/★``, the 县教育局's 自查表 one sheet a person
with ``一级/二级/三级``, the 兴农镇人民政府's 一览表 — and one harder: the 县民政局's 一览表 whose risk
level is written ONCE A DUTY (``岗位职责`` merged over its points): on the duty's first row only with
the cells under it blank, merged over the duty's rows, or in brackets in the duty's own cell
(``1.审核城乡低保、特困供养申请（一级）``), a ``注：`` line giving every point its duty's level
(``python tests/published/score.py --set batch977``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 4a6072e3 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.881 types=1.000 noise=0 (forms 31/31, points 67/67, precision 67/67, levels 59/67, types
67/67); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.881
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``baiquan_civil_affairs_levels_by_duty.xlsx`` (forms 6/6, points 25/25,
precision 25/25, levels 17/25, types 25/25, noise 0): every point under a duty's FIRST row, where
the level cell is blank, came out with NO level, each an error LEVEL_BLANK at its cell (一览表!G):
G4 局长 公户翊澜's second point under ``1.主持全面工作，负责“三重一大”事项决策`` (truth 一级, G3 ``一级``),
G11 股长 公玉湛岚's under ``2.审批临时救助`` (二级), G13 and G15 科员 公户珝's under ``低保对象动态管理``
and ``救助资金发放台账管理`` (二级, 三级; the duty typed again on each row, not merged), G19 股长
公玉琰翀's under ``2.殡葬管理`` (二级), G21–G22 股员 公户沨's under ``1.审核养老机构建设、运营补贴``
(一级, 一级), G27 会计 公玉璆's under ``2.票据与账务管理`` (三级). The level merged over a duty's rows
(G5–G6, G23–G24) and the level in brackets in the duty's own merged cell (E7–E9 ``…（一级）``,
E16–E17 ``1.婚姻登记（三级）``, read as LEVEL_IN_STAGE_CELL, the brackets taken off the duty) read
right; the ``注：`` line saying every point under a duty takes the duty's level was not read. The
posts' grades came out from the levels read (A, A, B, B, A, B), one point short each where a row
was blank. Forms, holders, 科室, points and measures all right.
Kind: a level written once a duty — on the duty's first row only, the cells under it blank, the
duty's cell merged over its points (or typed again on each) — is read for the first point only,
the others blank; a general fix would give each point the level written on its duty's block when
a note says the level is by duty (every point under a duty takes its level), the block being the
duty cell's merge or a run of adjacent rows with the same duty text.

Unscored besides: the harder file's eight LEVEL_BLANK errors (above); the other issues are info
only (TABLE_NO_TYPE, GRADE_BLANK, LEVEL_IN_STAGE_CELL, FILE_SKIPPED for truth.json).

Generalised after this measurement: a list whose level is written once a duty — on the first row
of the duty's points only with the level cells under it blank, beside a ``岗位职责`` (``工作职责``,
``职权事项``) cell merged over those points or typed again on each — under a note saying every point
under a duty takes the duty's level (``该职责下的各风险点均执行该职责的风险等级``, ``同一职权事项内的
所有风险点统一按该事项的风险等级执行``, ``风险等级以职责为单位评定``) gives each blank row the one
level written in its duty's block (the duty cell's merge, or a run of one holder's adjacent rows with
the same duty text, a blank duty cell joining the row above; the same text coming back after
another duty, or for the next holder, is another block); said once a sheet (LEVEL_BY_DUTY, info, naming the level cells and the count of
points graded: here G3, G10, G12, G14, G18, G20, G26, 8 项); a duty with no level, two levels or
an unreadable one leaves its blank rows blank with a warning at each (LEVEL_BY_DUTY_UNCLEAR, no
LEVEL_BLANK besides); a note giving levels point by point (``逐条``, ``分别``) or a duty's level by its
points' highest, no note, or one duty label for the whole table read as before,
tests/test_levels_by_duty.py. Read 1.00 since (forms 31/31, points 67/67, precision 67/67, levels
67/67, types 67/67, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch977 import (
    BY_DUTY,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    duty_cell,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(977, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"baiquan_civil_affairs_levels_by_duty"}
TYPED = {
    "baiquan_government_office_list",
    "baiquan_discipline_posts",
    "baiquan_xingnong_town_list",
}
NOBODY = {"baiquan_discipline_posts"}


def test_batch977_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=957, unit_words=("拜泉县",), new_people=True)


def test_batch977_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 25))
    assert RESAVED == ()


def test_batch977_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch977_every_unit_is_of_baiquan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("拜泉县") for u in units)


def test_batch977_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("公户", "公玉") for p in people)
    assert {p[:2] for p in people} == {"公户", "公玉"}


def test_batch977_levels_written_once_a_duty():
    name = "baiquan_civil_affairs_levels_by_duty"
    rows = BATCH.filled(name, "一览表")
    head = BATCH.header(name, "一览表")
    assert rows[head] == [
        "序号",
        "股室",
        "岗位",
        "姓名",
        "岗位职责",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    written = BATCH.rows(name, "一览表")
    table = [(r, row) for r, row in enumerate(rows) if r > head and isinstance(row[0], int)]
    assert len(table) == sum(len(pts) for *_, duties in BY_DUTY for *_, pts in duties)
    got, k = [], 0
    hows = set()
    for _dept, _post, _who, _tier, duties in BY_DUTY:
        for duty, level, how, typed, points in duties:
            hows.add((how, typed))
            block = table[k : k + len(points)]
            k += len(points)
            top = block[0][0]
            # the duty's cell: merged over its rows, or typed again on each (the same text)
            assert {row[4] for _r, row in block} == {duty_cell(duty, level, how)}
            assert BATCH.merged(name, "一览表", top, 4, 4) == (len(points) > 1 and not typed)
            # the level: written once — on the first row, merged, or in the duty's cell
            levels = [written[r][6] for r, _row in block]
            if how == "duty":
                assert levels == [None] * len(points) and f"（{level}）" in written[top][4]
            else:
                assert levels[0] == level and levels[1:] == [None] * (len(points) - 1)
                assert BATCH.merged(name, "一览表", top, 6, 6) == (
                    how == "merged" and len(points) > 1
                )
            for _r, row in block:
                got.append((row[1], row[2], row[3], row[5], GRADES[level]))
    assert got == BATCH.truth_rows(name)
    assert hows >= {("first", False), ("first", True), ("merged", False), ("duty", False)}
    # most points have no level of their own in the level column as typed
    bare = sum(1 for r, _row in table if written[r][6] is None)
    assert bare > len(table) / 2
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and "职责" in notes[0] and "各风险点" in notes[0]
    assert all(not r["types"] for r in BATCH.points(name))
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch977_plain_tables_by_heading():
    cases = [
        ("baiquan_government_office_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("baiquan_xingnong_town_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类别"),
        ("baiquan_discipline_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "baiquan_propaganda_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "baiquan_discipline_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch977_group_rows_give_the_department():
    name = "baiquan_water_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch977_one_sheet_a_person():
    name = "baiquan_education_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "baiquan_water_supply_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch977_is_read(tmp_path):
    BATCH.is_read(tmp_path)
