"""The four-hundred-and-fifty-first batch of published layouts (tests/published/batch451.py): seven
ordinary files as the 城市管理 bodies of one district (汉台区) really send them — the 城市管理执法局's
file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 环境卫生服务中心's 责任清单 under group
rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 园林绿化中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 市政设施维护中心's 一览表 with 高/中/低, the 东大街街道
城管执法中队's 防控卡 one sheet a holder with ``★★★/★★/★``, the 汉中路街道中队's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 中山街街道中队's 清单 written out on every row with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 北关街道城管执法中队's 一览表 whose 责任人 cells write a post held by
several as one name and the count (``厍骞璆等6人``), the name alone the holder
(``python tests/published/score.py --set batch451``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap20 at 0103841
(this worktree branched from dev at the same commit). ``score.py --set batch451``:
``TOTAL                      forms  28/30  points  49/54  recall 0.91 precision 0.91 (49/54)  levels  49/49  types  49/49  noise 0``
and ``TOTAL forms=0.933 recall=0.907 precision=0.907 levels=1.000 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  28/30  points  49/54  recall 0.91 precision 0.91 (49/54)  levels  49/49  types  49/49  noise 0``
and ``TOTAL forms=0.933 recall=0.907 precision=0.907 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped). The seven
ordinary layouts read in full, with and without ``--strict``; the harder one,
``hantai_beiguan_squad_first_of_many``, read 3/5 forms and 4/9 points, every miss in its 责任人
column on sheet ``一览表``:

- C7 (merged C7:C9) ``厍骞璆等6人`` is read as the holder ``厍骞璆等6人`` (执法队员, its three points in
  rows 7–9); the truth is ``厍骞璆``;
- C10 (merged C10:C11) ``逄珝暐等9人`` is read as the holder ``逄珝暐等9人`` (协管员, its two points in
  rows 10–11); the truth is ``逄珝暐``.

KIND of mistake (one, twice): a holder cell giving one name and the count of the post's holders
(``…等N人``) is taken whole as the person's name — the ``等N人`` is not taken off. The points, their
levels and types are read right (the five points count as misses only because their forms carry
the wrong person, hence recall and precision both 4/9); nothing is said of it in issues.csv
(no line for this file). Unscored, seen in posts.csv: the file's unit is read as ``汉台区北关街道``
with the 科室 ``城管执法中队`` (the truth: the unit ``汉台区北关街道城管执法中队``, no 科室), and its
中队长 and 副中队长 get the tier ``中层岗位`` (the truth: leaders). The truth was not changed after
measuring.

Generalised after this measurement: a holder named first of several ('厍骞璆等6人',
tests/test_columns.py::test_a_holder_named_first_of_several): score.py --set batch451 reads all
1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch451 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MANY_HEAD,
    MANY_NAME,
    MANY_NOTE,
    MANY_ROWS,
    MANY_TAB,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(451, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {MANY_NAME}
UNTYPED = {
    "hantai_enforcement_bureau_two_sheets",
    "hantai_dongdajie_squad_cards",
    "hantai_hanzhonglu_squad_selfchecks",
    "hantai_zhongshanjie_squad_every_row",
}
NOBODY = {"hantai_greening_centre_posts"}
GAP = "\u3000"


def test_batch451_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, unit_words=(PLACE,), new_people=True)


def test_batch451_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch451_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch451_every_unit_is_of_hantai():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch451_holder_is_the_name_before_the_count():
    name = MANY_NAME
    rows = BATCH.sheet(name, MANY_TAB)["rows"]
    head = BATCH.header(name, MANY_TAB)
    assert tuple(rows[head]) == MANY_HEAD
    note = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert note == [MANY_NOTE] and "人数" in MANY_NOTE
    # at least two posts are held by several; their cells carry the count, their truth does not
    many = {(who, count) for _p, _t, who, count, _pts in MANY_ROWS if count}
    assert len(many) >= 2 and all(count > 1 for _w, count in many)
    cells = {r[2] for r in rows[head + 1 :] if isinstance(r[0], int) and r[2]}
    assert {f"{who}等{count}人" for who, count in many} <= cells
    holders = BATCH.holders(name)
    assert holders == {who for _p, _t, who, _c, _pts in MANY_ROWS}
    assert not any("等" in h or "人" in h[1:] for h in holders)
    # rebuild from the sheet: the holder is the cell up to its count
    filled = BATCH.filled(name, MANY_TAB)
    built = [
        ("", row[1], re.sub(r"等\d+人$", "", row[2]), row[3], HML[row[5]])
        for r, row in enumerate(filled)
        if r > head and isinstance(row[0], int)
    ]
    assert built == BATCH.truth_rows(name)
    table = [row for r, row in enumerate(filled) if r > head and isinstance(row[0], int)]
    assert [types_in(r[4]) for r in table] == [p["types"] for p in BATCH.points(name)]


def test_batch451_plain_tables_by_heading():
    cases = [
        ("hantai_greening_centre_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("hantai_municipal_centre_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("hantai_zhongshanjie_squad_every_row", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "hantai_greening_centre_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "hantai_zhongshanjie_squad_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    name = "hantai_municipal_centre_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch451_leaders_and_sections_in_two_sheets():
    name = "hantai_enforcement_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch451_group_rows_give_the_department():
    name = "hantai_sanitation_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch451_one_sheet_a_person():
    name = "hantai_dongdajie_squad_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "hantai_hanzhonglu_squad_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch451_is_read(tmp_path):
    BATCH.is_read(tmp_path)
