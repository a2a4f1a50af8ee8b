"""The four-hundred-and-ninety-fifth batch of published layouts (tests/published/batch495.py):
seven ordinary files as the 教育 bodies of one county (泾川县) really send them — the 第一中学's file
in two sheets ``校领导``/``处室`` with ``一级/二级/三级``, the 职业教育中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 教育资助管理中心's 一览表 with 高/中/低 and short types,
the 城关镇中心小学's 防控卡 one sheet a holder with ``★★★/★★/★``, the 玉都镇中心小学's 自查表 one
sheet a person with ``高风险/中风险/低风险``, the 高平镇中心小学's 责任清单 under group rows
``一、学校领导`` … with ``一级风险/二级风险/三级风险``, the 荔堡镇中心小学's 一览表 with 责任人 on every
row — and one harder: the 教育局's 一览表 whose only holder column ``责任主体（股室-岗位-姓名）``
chains 股室, post and name by hyphens in one cell (``人事股-股长-鄄翃沚``)
(``python tests/published/score.py --set batch495``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 7944820 (``/work/snap31``; this
worktree branched from dev at 7944820 too): TOTAL forms=0.842 recall=0.833 precision=0.833
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.842 recall=0.833
precision=0.833 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).

Missed, all in the harder ``jingchuan_bureau_chained_holder.xlsx`` (sheet 一览表; forms 0/3,
points 0/6, precision 0/6; levels and types 0/0 only because no form matched): the reader found
the three holders' runs and read all six points (C3–C8), their types (D) and levels (E) right,
each run a form of its own, but took the WHOLE ``责任主体（股室-岗位-姓名）`` cell as the 科室 and left
post and holder empty: B3 (merged B3:B4) read as department ``局领导-局长-郗澐翥``, title "" and
person "" (truth: 局领导 / 局长 / 郗澐翥); B5 (B5:B6) as ``人事股-股长-鄄翃沚`` (truth: 人事股 / 股长 /
鄄翃沚); B7 (B7:B8) as ``计划财务股-会计-汲沄翚`` (truth: 计划财务股 / 会计 / 汲沄翚); so all three
forms and all six points are counted wrong. Kind: a holder column whose heading spells out
``股室-岗位-姓名`` and whose cells chain the three by hyphens is read as a 科室 column, its cell not
split by the heading's pattern, so no post and no holder are read. issues.csv held nothing for the
file (no warning that the 科室 cells held a post and a name).

Generalised after this measurement: a holder column whose heading names the order of the 科室, post
and name joined by one separator ('责任主体（股室-岗位-姓名）', '责任人（科室/职务/姓名）', '科室·岗位·姓名') is split by that
order; without such a heading only where every filled cell is plainly 科室-岗位-姓名
(locate._chained_holders; info HOLDER_CHAINED, warning HOLDER_CHAINED_UNCLEAR;
tests/test_chained_holder_column.py, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch495 import (
    BUREAU,
    CHAIN_HEAD,
    GRADES,
    LAYOUTS,
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
BATCH = Batch(495, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CHAINED = "jingchuan_bureau_chained_holder"
HARDER = {CHAINED}
UNTYPED = {
    "jingchuan_first_middle_two_sheets",
    "jingchuan_chengguan_cards",
    "jingchuan_yudu_selfchecks",
    "jingchuan_gaoping_group_rows",
}
NOBODY = {"jingchuan_vocational_posts"}


def test_batch495_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=490, unit_words=(PLACE,), new_people=True)


def test_batch495_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch495_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch495_every_unit_is_of_jingchuan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch495_one_chained_holder_cell():
    sheet = BATCH.sheet(CHAINED, 0)
    rows, merges = sheet["rows"], set(sheet["merges"])
    head = BATCH.heading(CHAINED)
    assert head[1] == CHAIN_HEAD
    assert not {"股室", "岗位", "姓名", "责任人", "科室"} & set(head)
    got, holder, r0 = [], None, None
    for r, row in enumerate(rows):
        if not isinstance(row[0], int):
            continue
        if row[1] is not None:
            holder, r0 = row[1], r
            assert holder.count("-") == 2
        dept, post, who = holder.split("-")
        got.append((dept, post, who, row[2], GRADES[row[4]]))
        assert types_in(row[3]) == [row[3]]
        if row[1] is None:
            assert any(m[0] == r0 and m[1] == 1 and m[2] >= r for m in merges)
    assert got == BATCH.truth_rows(CHAINED)
    assert len(BY_NAME[CHAINED]["truth"]) == len(BUREAU) == 3


def test_batch495_plain_tables_by_heading():
    cases = [
        ("jingchuan_aid_centre_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("jingchuan_vocational_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("jingchuan_libao_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("jingchuan_vocational_posts") == {""}
    name = "jingchuan_first_middle_two_sheets"
    got = BATCH.by_heading(name, {"dept": "处室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "处室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "处室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "校领导", fixed={"dept": "校领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "校领导")
    points = {p["risk_point"] for p in BATCH.points("jingchuan_vocational_posts")}
    assert not points & {row[4] for row in BATCH.table("jingchuan_vocational_posts")}


def test_batch495_group_rows_and_one_sheet_a_person():
    name = "jingchuan_gaoping_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "jingchuan_chengguan_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "jingchuan_yudu_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch495_is_read(tmp_path):
    BATCH.is_read(tmp_path)
