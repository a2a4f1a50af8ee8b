"""The eight-hundred-and-second batch of published layouts (tests/published/batch802.py): seven
ordinary files as the veterans' affairs bodies of one county-level city (灵宝市) really send them —
the 退役军人事务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 退役军人服务中心's 清单
under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 阳平镇 station's 防控卡 one sheet
a person with ``★★★/★★/★``, the 豫灵镇 station's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 故县镇
station's 一览表 with ``高风险/中风险/低风险``, the 英烈纪念馆's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 函谷关镇 station's 登记表 — and one harder: the 烈士陵园管理所's 岗位廉政风险评估表,
two level columns on either side of the measures, ``固有风险等级（防控前）`` (the point's level, per the
``注：`` line) and ``剩余风险等级（防控后）`` (no level of the point)
(``python tests/published/score.py --set batch802``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7aa0f28a (/work/snap42; this worktree branched from
dev at 32dc0ddb): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.843 types=1.000 noise=0
(forms 27/27, points 51/51, levels 43/51, types 51/51); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.843 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0).

Missed, all in the harder ``lingbao_martyrs_cemetery_before_after.xlsx`` (sheet 评估表; forms 4/4,
points 8/8, precision 8/8, levels 0/8, noise 0): the holders (B/C merged per person) and the eight
points D4–D11 came out right, but no point got a level. The reader took column E
(``固有风险等级（防控前）``, the column that holds the levels) for the POST's grade: COLUMN_GUESSED at
E3 ("按内容判断为“岗位风险等级”(内容是岗位风险等级 A/B/C)"), so posts.csv declares each holder's
grade from his first row's E cell (靳翯翀 A from E4, 皇甫沨翊 A from E6, 靳珣湄 B from E8, 皇甫岍霈 C
from E10; GRADE_MISMATCH warnings at E4, E6, E8 against a computed C from a score of 0); column G
(``剩余风险等级（防控后）``) was dropped without an issue; and every row was left without a risk
level, LEVEL_BLANK at D4–D11 (risk_level and raw_risk_level empty in risks.csv), where the truth
has each point's level from E (一级 D4, D5, D6; 二级 D7, D8, D9, D11; 三级 D10). Kind: a point graded
twice, before and after the measures, in two level columns on either side of 防控措施 whose headings
are not the plain ``风险等级`` — the before-measures column is taken for the post's A/B/C grade and the
after-measures column dropped, so no point gets a level (a reader that took the later column, as it
does for ``自查 | 审定``, would get most of them one grade too low).

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): two level columns before and
after the measures (固有/剩余, 防控前/防控后), the level being the one before the measures per a
note.

Generalised after this measurement: a point graded before and after its measures (`固有…（防控前）| 防控措施 | 剩余…（防控后）`): the before column is the level, not the post's grade, the after one no field, a note can pick the after one (`LEVEL_BEFORE_MEASURES`) (`tests/test_levels_before_after_measures.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch802 import (
    AFTER,
    BEFORE,
    CEMETERY,
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
BATCH = Batch(802, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"lingbao_martyrs_cemetery_before_after"}
TYPED = {
    "lingbao_yuling_station_posts",
    "lingbao_guxian_station_list",
    "lingbao_hanguguan_station_register",
}
NOBODY = {"lingbao_yuling_station_posts"}


def test_batch802_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=802, unit_words=("灵宝市",), new_people=True)


def test_batch802_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch802_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch802_every_unit_is_of_lingbao():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("灵宝市") for u in units)


def test_batch802_level_is_the_one_before_the_measures():
    name = "lingbao_martyrs_cemetery_before_after"
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, level=BEFORE) == BATCH.truth_rows(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    at_before, at_after = rows[head].index(BEFORE), rows[head].index(AFTER)
    assert at_before < rows[head].index("防控措施") < at_after
    table = BATCH.table(name)
    n = sum(len(points) for *_, points in CEMETERY)
    assert len(table) == n
    # the two grades differ on most rows and agree on some: the later one is never the level
    differ = sum(row[at_before] != row[at_after] for row in table)
    assert differ >= n // 2 and differ < n
    assert all(GRADES[row[at_after]] >= GRADES[row[at_before]] for row in table)
    assert len(BY_NAME[name]["truth"]) == len(CEMETERY)


def test_batch802_plain_tables_by_heading():
    cases = [
        ("lingbao_guxian_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("lingbao_hanguguan_station_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("lingbao_yuling_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "lingbao_veterans_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "lingbao_yuling_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch802_group_rows_give_the_department():
    name = "lingbao_service_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch802_one_sheet_a_person():
    name = "lingbao_memorial_hall_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lingbao_yangping_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch802_is_read(tmp_path):
    BATCH.is_read(tmp_path)
