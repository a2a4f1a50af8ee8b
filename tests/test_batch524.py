"""The five-hundred-and-twenty-fourth batch of published layouts (tests/published/batch524.py):
seven ordinary files as the 商务 and 供销 bodies of one county (榆中县) really send them — the
供销合作社联合社's file in two sheets ``社领导``/``科室`` with ``一级/二级/三级``, the 招商服务中心's
排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 粮油购销公司's 责任清单 under
group rows with ``一级风险/二级风险/三级风险``, the 城关镇商贸服务站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 和平镇商贸服务站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
夏官营镇商贸服务站's 责任清单 with ``职责事项`` and 高/中/低, the 金崖镇商贸服务站's 一览表 with
``…风险`` types — and one harder: the 商务局's 一览表, each level written only as a coloured-circle
emoji (🔴/🟡/🟢) keyed by a legend line above the heading
(``python tests/published/score.py --set batch524``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 2df6f1d (``/work/snap38``; this
worktree branched from dev at 2df6f1d too): ``TOTAL                      forms  20/20  points
36/36  recall 1.00 precision 1.00 (36/36)  levels  31/36  types  36/36  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.861 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  20/20  points  36/36  recall 1.00 precision 1.00 (36/36)
levels  31/36  types  36/36  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.861 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (17/17 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``yuzhong_commerce_emoji_levels.xlsx`` (sheet 一览表; forms 3/3, points
5/5, types 5/5, levels 0/5): the reader found the three holders, their 股室, posts, every point,
type and measure, but read no level: G4 ``🔴`` read as no level (truth 1), G5 ``🟡`` none (truth
2), G6 ``🔴`` none (truth 1), G7 ``🟢`` none (truth 3), G8 ``🟡`` none (truth 2); issues.csv
reports each as an error ``LEVEL_UNKNOWN`` (``风险级别“🔴”无法识别``), the legend line
``风险等级：🔴高风险　🟡中风险　🟢低风险`` left unused. Kind: a level written as a coloured-circle
emoji, keyed to 高/中/低 by a legend line above the heading, is not read as a level.

Not scored, seen in posts.csv: the three 镇商贸服务站 whose files name no 科室 (城关镇, 夏官营镇,
金崖镇) are read under the unit ``榆中县…镇`` with the 科室 ``商贸服务站`` and their 站长 as 中层岗位
(the truth: unit ``榆中县…镇商贸服务站``, the 站长 a leader); the 和平镇 one's unit is read as
``榆中县和平镇`` (its 科室 ``站领导``/``综合组`` and 站长's tier right).

Generalised after this measurement: marks glued to the levels they stand for in a line above the
heading ('风险等级：🔴高风险　🟡中风险　🟢低风险'; emoji circles and squares, also ●/■/▲ in a note) are a legend: a
level column of those marks reads by it (locate._GLUED_MARK in _legend and _read_legend_levels;
tests/test_columns.py::test_levels_as_coloured_emoji_a_line_above_explains).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch524 import (
    EMOJI,
    EMOJI_ROWS,
    GRADES,
    LAYOUTS,
    LEGEND,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS, **EMOJI}
BATCH = Batch(524, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
EMOJIS = "yuzhong_commerce_emoji_levels"
HARDER = {EMOJIS}
UNTYPED = {
    "yuzhong_coop_two_sheets",
    "yuzhong_grain_group_rows",
    "yuzhong_chengguan_cards",
    "yuzhong_heping_selfchecks",
    "yuzhong_xiaguanying_duty_list",
}
NOBODY = {"yuzhong_invest_center_posts"}


def test_batch524_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=522, unit_words=(PLACE,), new_people=True)


def test_batch524_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch524_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch524_every_unit_is_of_yuzhong():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch524_levels_only_as_emoji_under_the_legend():
    rows = BATCH.filled(EMOJIS)
    assert set(rows[1]) == {LEGEND}
    assert all(e in LEGEND for e in EMOJI)
    assert all(ord(e) > 0xFFFF for e in EMOJI)
    head = BATCH.heading(EMOJIS)
    assert head == ["序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施"]
    cells = [row[6] for row in rows if isinstance(row[0], int)]
    assert cells == [lv for *_x, ps in EMOJI_ROWS for _p, _t, lv, _m in ps]
    assert set(cells) == set(EMOJI)
    assert [EMOJI[c] for c in cells] == [r["level"] for r in BATCH.points(EMOJIS)]
    texts = [c for row in rows for c in row if isinstance(c, str)]
    assert not any(w in c for c in texts if c != LEGEND for w in ("高风险", "中风险", "低风险"))
    heads = {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}
    got = BATCH.by_heading(EMOJIS, heads)
    assert [g[:4] for g in got] == [r[:4] for r in BATCH.truth_rows(EMOJIS)]
    assert BATCH.types_by(EMOJIS, "风险类型") == [r["types"] for r in BATCH.points(EMOJIS)]


def test_batch524_plain_tables_by_heading():
    cases = [
        ("yuzhong_invest_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yuzhong_jinya_list", {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("yuzhong_invest_center_posts") == {""}
    name = "yuzhong_xiaguanying_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "yuzhong_coop_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "社领导", fixed={"dept": "社领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "社领导")


def test_batch524_group_rows_and_one_sheet_a_person():
    name = "yuzhong_grain_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "yuzhong_chengguan_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yuzhong_heping_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在股室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch524_is_read(tmp_path):
    BATCH.is_read(tmp_path)
