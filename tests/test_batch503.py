"""The five-hundred-and-third batch of published layouts (tests/published/batch503.py): seven
ordinary files as the 文化和旅游 bodies of one county (古浪县) really send them — the 图书馆's file in
two sheets ``馆领导``/``部室`` with ``一级/二级/三级``, the 博物馆's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 文化馆's 责任清单 under group rows ``一、馆领导`` … with
``一级风险/二级风险/三级风险``, the 景区管理中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
文物保护中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 非物质文化遗产保护中心's
一览表 with 责任人 on every row, the 文化市场综合行政执法队's 责任清单 with ``职责事项`` — and one
harder: the 文化和旅游局's 一览表 whose ``责任人`` cell, for two posts handed over during the year,
names the old and the new holder joined by an arrow (``郗澂翾→宓瀛曈``, the second the present
holder, as a ``注：`` line says) (``python tests/published/score.py --set batch503``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 8dadc41 (``/work/snap33``; this
worktree branched from dev at 8dadc41 too): ``TOTAL                      forms  18/20  points  35/39
recall 0.90 precision 0.90 (35/39)  levels  35/35  types  35/35  noise 0`` / ``TOTAL forms=0.900
recall=0.897 precision=0.897 levels=1.000 types=1.000 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(16/16 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``gulang_bureau_handover_arrow.xlsx`` (sheet 一览表; forms 2/4, points
4/8, precision 4/8): the reader found the four posts (局领导 / 局长, 办公室 / 主任, 文物股 / 股长,
文化旅游股 / 科员), every point, type and level (risks.csv 高→Ⅰ级 …, short types → ``…风险``), and
the two plain holders (眭翙澪, 邴湦琤), but took each arrow cell WHOLE as the holder's name:
D3 (merged D3:D4) read person ``郗澂翾→宓瀛曈`` (truth ``宓瀛曈``), so the 局长's form and its two
points (E3 ``文旅项目资金安排个人说了算``, E4 ``插手文旅基础设施工程发包``) are missed; D7 (merged
D7:D8) read person ``酆霂璠→璩蕤珝`` (truth ``璩蕤珝``), so the 股长's form and its two points (E7
``文物保护工程验收把关不严``, E8 ``文物安全巡查走过场``) are missed; the four points are counted
wrong and their levels and types go unscored. Kind: a holder cell of two names joined by ``→``
(former → present, a 注 line saying so) is not split — the whole cell is taken as one person's
name. issues.csv held nothing for the file (no warning of a name with an arrow in it).

Generalised after this measurement: a holder's cell of two names joined by an arrow ('郗澂翾→宓瀛曈') is
the present holder's, the name the arrow points to (a note saying the name before the arrow is the
present one turns it round; anything but two names stays as written; info HOLDER_HANDED_OVER;
tests/test_columns.py test_a_post_handed_over_in_the_year_is_the_present_holders, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch503 import (
    ARROW,
    BUREAU,
    GRADES,
    LAYOUTS,
    NOTE,
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
BATCH = Batch(503, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HANDOVER = "gulang_bureau_handover_arrow"
HARDER = {HANDOVER}
UNTYPED = {
    "gulang_library_two_sheets",
    "gulang_culture_center_group_rows",
    "gulang_scenic_cards",
    "gulang_relics_selfchecks",
    "gulang_enforcement_duty_list",
}
NOBODY = {"gulang_museum_posts"}


def test_batch503_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=500, unit_words=(PLACE,), new_people=True)


def test_batch503_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=True)
    assert RESAVED == ()


def test_batch503_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch503_every_unit_is_of_gulang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch503_handover_arrow_names_the_present_holder():
    rows = BATCH.table(HANDOVER)
    assert BATCH.heading(HANDOVER)[3] == "责任人"
    assert len(rows) == sum(len(ps) for *_x, ps in BUREAU) == 8
    got, holder = [], None
    arrows = set()
    for row in rows:
        if row[3] is not None:
            holder = row[3]
        if ARROW in holder:
            old, new = holder.split(ARROW)
            assert old and new and "（" not in holder and "\n" not in holder
            arrows.add(holder)
            holder_now = new
        else:
            holder_now = holder
        got.append((holder_now, row[4], HML[row[6]], types_in(row[5])))
    assert len(arrows) == 2
    truth = BATCH.truth_rows(HANDOVER)
    assert [(g[0], g[1]) for g in got] == [(r[2], r[3]) for r in truth]
    assert [(g[2], g[3]) for g in got] == [(p["level"], p["types"]) for p in BATCH.points(HANDOVER)]
    formers = {old for _d, _p, old, *_r in BUREAU if old}
    assert len(formers) == 2 and not formers & BATCH.holders(HANDOVER)
    texts = [c for row in BATCH.filled(HANDOVER) for c in row if isinstance(c, str)]
    assert NOTE in texts and ARROW in NOTE


def test_batch503_plain_tables_by_heading():
    cases = [
        ("gulang_museum_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("gulang_heritage_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("gulang_museum_posts") == {""}
    name = "gulang_enforcement_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "gulang_library_two_sheets"
    got = BATCH.by_heading(name, {"dept": "部室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "部室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "部室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "馆领导", fixed={"dept": "馆领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "馆领导")


def test_batch503_group_rows_and_one_sheet_a_person():
    name = "gulang_culture_center_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "gulang_scenic_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "gulang_relics_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch503_is_read(tmp_path):
    BATCH.is_read(tmp_path)
