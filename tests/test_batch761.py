"""The seven-hundred-and-sixty-first batch of published layouts (tests/published/batch761.py): seven
ordinary files as the 信访 bodies of one city (新民市) really send them — the 人民来访接待中心's 一览表
with ``一级/二级/三级``, the 网上信访服务中心's 排查表 对岗不对人, the 大民屯镇信访办's 防控卡 one sheet a
person with ``★★★/★★/★``, the 兴隆镇信访办's 清单 under group rows, the 胡台镇信访办's 自查表 with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 梁山镇信访办's two sheets 镇领导/信访办, the 社会矛盾纠纷调处化解中心's 一览表 with
``高风险/中风险/低风险`` — and one harder: the 信访局's 局领导接访日廉政风险防控表, one row a point keyed by
the weekday of the reception day (``接访日`` merged), no holder column, the leaders only in a
``局领导接访日安排`` grid under the list (weekdays across over the day's ``局长　某某``)
(``python tests/published/score.py --set batch761``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at aea2518 (/work/snap35; this worktree branched from
dev at the same commit): TOTAL forms=0.833 recall=0.783 precision=0.750 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.833 recall=0.783 precision=0.750 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``xinmin_petition_bureau_reception_days.xlsx`` (sheet 接访日; forms 0/4,
points 0/10, precision 0/12): the reader read the list (rows 4–13, 接访日 merged in B) as ONE form
F00001 with no post and no person, 科室 guessed ``领导班子`` (section ``分管工作``), its ten points
D4–D13 all there with the right levels — but it never used the ``局领导接访日安排`` grid under the
list: the weekday row (A16:F16 ``接访日 | 星期一 | … | 星期五``) and the leaders row (A17:F17
``接访领导 | 局长　钭翃琨 | 副局长　鄞茈瑱 | …``) were read as two more rows of the table, points
``星期三`` (D16) and ``副局长　钭崿珽`` (D17) with ``星期五``/``局长　钭翃琨`` as measures and
``星期四``/``副局长　鄞翛璘`` as levels (LEVEL_UNKNOWN at E16, E17). The truth has four leaders,
局长 钭翃琨 (星期一 and 星期五: D4, D5, D12, D13), 副局长 鄞茈瑱 (星期二: D6, D7), 副局长 钭崿珽
(星期三: D8, D9) and 副局长 鄞翛璘 (星期四: D10, D11), no 科室. Kind: a list keyed by the weekday of
the leaders' reception day whose holders stand only in a weekday grid across under it is read as
one holder-less form, the grid taken for two more points, so no point reaches its leader.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a list keyed by 接访日 (weekday)
with a weekday × leader grid under it naming each day's holder.

Generalised after this measurement: a key grid under a list keyed by a column's values (星期一 | 星期二 … over each day's 局长　某某, or keys down a column beside their holders) gives each row its value's holder (HOLDERS_BY_KEY_GRID; tests/test_holders_by_key_grid.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch761 import (
    DAYS,
    GRADES,
    HIGHS,
    LAYOUTS,
    ON_DUTY,
    RECEPTION,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(761, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xinmin_petition_bureau_reception_days"}
TYPED = {"xinmin_online_petition_posts", "xinmin_mediation_center_list"}
NOBODY = {"xinmin_online_petition_posts"}


def test_batch761_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=761, unit_words=("新民市",), new_people=True)


def test_batch761_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch761_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch761_every_unit_is_of_xinmin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("新民市") for u in units)


def test_batch761_weekday_grid_gives_the_holders():
    name = "xinmin_petition_bureau_reception_days"
    rows = BATCH.filled(name)
    grid = next(i for i, row in enumerate(rows) if row[0] == "接访日" and row[1] == DAYS[0])
    assert rows[grid][1:6] == DAYS
    who = dict(zip(rows[grid][1:6], rows[grid + 1][1:6], strict=True))
    assert rows[grid + 1][0] == "接访领导"
    table = BATCH.table(name)
    assert len(table) == len(RECEPTION)
    got = []
    for row in table:
        post, name_ = who[row[1]].split("\u3000")
        assert (post, name_) == ON_DUTY[row[1]]
        got.append(("", post, name_, row[3], HML[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the list names no holder; the 局长 is on two days and one form
    assert not {n for _, n in ON_DUTY.values()} & {c for row in table for c in row}
    assert len(BY_NAME[name]["truth"]) == len(set(ON_DUTY.values())) < len(DAYS)


def test_batch761_plain_tables_by_heading():
    cases = [
        ("xinmin_mediation_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xinmin_online_petition_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xinmin_reception_center_list"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "xinmin_liangshan_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "镇领导") == BATCH.truth_rows(name, "镇领导")
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    fixed = {"dept": "信访办"}
    assert BATCH.by_heading(name, heads, "信访办", fixed=fixed) == BATCH.truth_rows(name, "信访办")


def test_batch761_group_rows_give_the_department():
    name = "xinmin_xinglong_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = "" if row[0] == "一、镇领导" else row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch761_one_sheet_a_person():
    name = "xinmin_hutai_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xinmin_damintun_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch761_is_read(tmp_path):
    BATCH.is_read(tmp_path)
