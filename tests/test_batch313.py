"""The three-hundred-and-thirteenth batch of published layouts (tests/published/batch313.py): seven
ordinary files as the 街道办事处 of one district (顺庆区) and their 站所 and 社区 really send them —
the 中城街道办事处's 一览表 under group rows with ``一级/二级/三级``, the 西城街道城管中队's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 东南街道办事处's two sheets ``街道领导 | 内设机构`` with
``一级风险/二级风险/三级风险``, the 北城街道便民服务中心's 排查表 对岗不对人 with ``工作环节`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 东南街道下中坝社区's 责任清单 with ``职责事项`` and 高/中/低, the 舞凤街道办事处's
自查表 one sheet a person with ``高风险/中风险/低风险``, the 潆溪街道办事处's 一览表 with ``风险点 |
风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 和平路街道清泉社区's 自查表, one sheet a person,
each the same general list of eight points whose point cells open with a check box, ``☑`` (or ``√``)
before the holder's points and ``□`` before the others
(``python tests/published/score.py --set batch313``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6a5a49b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch313``:
``TOTAL                      forms  37/37  points  57/68  recall 0.84 precision 0.70 (57/81)  levels  57/57  types  57/57  noise 3``
and ``TOTAL forms=1.000 recall=0.838 precision=0.704 levels=1.000 types=1.000 noise=3``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  57/68  recall 0.84 precision 0.70 (57/81)  levels  57/57  types  57/57  noise 3``
and ``TOTAL forms=1.000 recall=0.838 precision=0.704 levels=1.000 types=1.000 noise=3``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds all its forms (3/3: every holder and post right) and reads NONE of its 11 points
(recall 0/11), taking all 24 rows of the three sheets as points (precision 0/24), with 3 noise. The
truth was not changed after measuring.

Missed, all in the harder ``shunqing_qingquan_ticked_checklist.xlsx`` (three sheets named by the
holder, each: title row 1, ``姓　名`` pairs row 2, ``填表时间`` row 3, the merged ``填表说明：`` line in
row 4, heading row 5, the general list in B6:B13, level in C). The reader took column B
``廉政风险点`` as the point column, as it should, gave every row the sheet's holder and post and read
every level right (高 → Ⅰ级 …), but kept each point cell WHOLE, its check box included, and read
every row as a point whether ticked or not. By cell (risks.csv), read as typed where the truth has
the text after the box, or no point at all:

- sheet 谯霂峣 (党委书记、居委会主任; ticked 1, 2, 4, 5, 7): B6 read ``☑低保、特困供养对象入户调查走过场，
  优亲厚友``, B7 ``☑民主评议会不按规定召开，评议记录事后补写``, B9 ``☑社区党组织服务群众经费报销票据不实``,
  B10 ``☑公益性岗位、网格员推荐中收受好处``, B12 ``☑老旧小区改造中接受施工方、物业公司宴请`` — truth the
  same texts without ``☑`` (5 missed, 5 false); B8 ``□临时救助金、慰问金发放不到人，虚报冒领``, B11
  ``□居民出具证明时吃拿卡要，故意刁难``, B13 ``□违规查询、泄露居民个人信息`` read as points — truth no
  point (3 false);
- sheet 蹇澧芃 (副主任; ticked 4, 6, 7): B9 ``☑社区党组织服务群众经费报销票据不实``, B11
  ``☑居民出具证明时吃拿卡要，故意刁难``, B12 ``☑老旧小区改造中接受施工方、物业公司宴请`` — truth without
  ``☑`` (3 missed, 3 false); B6, B7, B8, B10, B13 (``□…``) read as points — truth none (5 false);
- sheet 郇筠濛 (民政专干, ticking with ``√``; ticked 1, 2, 3): B6 ``√低保、特困供养对象入户调查走过场，
  优亲厚友``, B7 ``√民主评议会不按规定召开，评议记录事后补写``, B8 ``√临时救助金、慰问金发放不到人，虚报冒领``
  — truth without ``√`` (3 missed, 3 false); B9–B13 (``□…``) read as points — truth none (5 false).

Kind: a point cell opening with a check box is kept whole — the box is read as part of the point's
text (``☑``/``√``: the holder's point, but with the box, so it never matches) and an unticked box
(``□``) does not set the row aside, so the general list is read in full for every holder.

Noise (3): ROW_UNPLACED (warning) on A4 of each of the three sheets: the merged ``填表说明：…`` line
between the ``姓　名`` pairs and the heading — the line that says how to read the boxes — is reported
as content outside the table (``表格之外的内容…未被收录``); it is rightly no point, but a note above a
self-check's heading is warned about instead of being taken as the table's instructions.

Unscored besides (posts.csv of ``xlproc collect`` on the built inbox): the harder file's two 社区
leaders get the 科室 ``领导班子`` (the truth none); the 城管中队's and 便民服务中心's own files are read as
unit ``顺庆区西城街道`` / ``顺庆区北城街道`` with 科室 ``城管中队`` / ``便民服务中心`` (the scorer counts either
way), and the 便民服务中心's 主任 and 副主任 as 中层岗位 (the truth leaders; a 站所 head's tier is a
judgement call the batches disagree on); the 东南街道's sheet ``街道领导`` is read with the unit
``顺庆区东南街道办事处街道`` (the title ``顺庆区东南街道办事处街道领导廉政风险防控表``: the ``街道`` of ``街道领导``
run into the unit) and no 科室 for the two leaders (the truth ``街道领导``); on the 中城街道's list the
leaders under the group row ``一、街道领导`` get no 科室 and ``办事处主任`` is read as 中层岗位 (the truth a
leader). Every other unit, 科室, post and tier matches the truth. The other issues are info only
(TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and self-checks, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a general list each holder ticks in its point cells ('☑…' his point, '□…' none of his), a '填表说明：…' line above the table a note, and a title naming the body's own leaders by its short name (tests/test_columns.py::test_a_general_list_each_holder_ticks_in_the_point_cells, ::test_leaders_of_a_body_named_after_its_short_name_in_the_title).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch313 import (
    BANDS,
    BARE,
    CHECK_HEAD,
    CHECK_NOTE,
    CHECKERS,
    CHECKLIST,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICKED,
    TYPED_TICK,
    UNTICKED,
    boxed,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(313, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CHECKED = "shunqing_qingquan_ticked_checklist"
HARDER = {CHECKED}
UNTYPED = {
    CHECKED,
    "shunqing_dongnan_two_sheets",
    "shunqing_beicheng_service_posts",
    "shunqing_wufeng_selfchecks",
}
NOBODY = {"shunqing_beicheng_service_posts"}
GAP = "\u3000"
# a point cell as typed: a box, ticked or not, then the point
BOXED = re.compile(r"([☑√□])(\S.*)", re.S)


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The 清泉社区's point cells hold the point after the box."""
    here = sheets[form["sheet"]]
    if form["layout"] != CHECKED:
        return here
    return set(here) | {c[1:] for c in here if c[:1] in (TICKED, TYPED_TICK)}


def test_batch313_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=309, unit_words=("顺庆区",), new_people=True)


def test_batch313_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 11), points_in=_points_in)
    assert RESAVED == ()


def test_batch313_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch313_every_unit_is_of_shunqing():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("顺庆区") for u in units)


def test_batch313_ticked_boxes_open_the_point_cells():
    name = CHECKED
    sheets = BY_NAME[name]["sheets"]
    assert [s["name"] for s in sheets] == [who for who, *_ in CHECKERS]
    ticked_rows = 0
    for who, post, tier, ticks, tick in CHECKERS:
        rows = BATCH.filled(name, who)
        assert rows[1] == [f"姓{GAP}名", who, f"职{GAP}务", post]
        assert [rows[3][0]] == [CHECK_NOTE] and rows[4] == list(CHECK_HEAD)
        table = BATCH.table(name, who)
        # the same general list on every sheet, in the same order, with the same levels
        assert [(BOXED.fullmatch(r[1]).group(2), r[2], r[3]) for r in table] == CHECKLIST
        got = []
        for n, cell, lv, _measures in table:
            box, point = BOXED.fullmatch(cell).groups()
            assert box in (tick, UNTICKED), cell  # one way of ticking a sheet
            assert (box != UNTICKED) == (n in ticks)
            assert cell == boxed(point, n in ticks, tick)
            if box != UNTICKED:
                got.append(("", post, who, point, HML[lv]))
        assert got == BATCH.truth_rows(name, who)
        assert {f["tier"] for f in BY_NAME[name]["truth"] if f["sheet"] == who} == {tier}
        ticked_rows += len(got)
        # no truth point holds a box; an unticked point is no point of this holder
        points = [r["risk_point"] for r in BATCH.points(name, who)]
        assert not any(b in p for p in points for b in (TICKED, TYPED_TICK, UNTICKED))
        unticked = {BOXED.fullmatch(r[1]).group(2) for r in table if r[1].startswith(UNTICKED)}
        assert unticked and not unticked & set(points)
        assert CHECK_NOTE not in points
    assert ticked_rows == 11 and len(CHECKERS) * len(CHECKLIST) == 24
    # one holder typed ``√`` over the box, the others ``☑``
    assert [c[4] for c in CHECKERS].count(TYPED_TICK) == 1
    # a point ticked by two holders is a point of each
    by_point = {}
    for f in BY_NAME[name]["truth"]:
        for r in f["risks"]:
            by_point.setdefault(r["risk_point"], []).append(f["person"])
    assert any(len(v) > 1 for v in by_point.values())


def test_batch313_plain_tables_by_heading():
    cases = [
        ("shunqing_xiazhongba_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shunqing_beicheng_service_posts", {"post": "岗位", "point": "廉政风险点"}, None),
        ("shunqing_yingxi_desc",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 and 工作环节 are no points; the short 风险点 is the point, the long 风险描述 none
    for name, col in (
        ("shunqing_xiazhongba_duties", 3),
        ("shunqing_beicheng_service_posts", 2),
        ("shunqing_yingxi_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 便民服务中心 names nobody and no 科室; the 社区 names no 科室
    name = "shunqing_beicheng_service_posts"
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert "科室" not in BATCH.heading(name) and "姓名" not in BATCH.heading(name)
    for name in ("shunqing_xiazhongba_duties", CHECKED):
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}, name
    # levels: Ⅰ级/Ⅱ级/Ⅲ级, and bare Ⅰ/Ⅱ/Ⅲ read by the 潆溪街道's note
    assert {r[4] for r in BATCH.table("shunqing_beicheng_service_posts")} == set(ROMAN)
    name = "shunqing_yingxi_desc"
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    name = "shunqing_dongnan_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "街道领导",
        fixed={"dept": "街道领导"},
    )
    assert got == BATCH.truth_rows(name, "街道领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "街道领导")
    }


def test_batch313_group_rows_give_the_department():
    name = "shunqing_zhongcheng_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch313_one_sheet_a_person():
    name = "shunqing_xicheng_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert str(rows[2][0]).startswith("岗位职责：")
        assert f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 岗位职责 is no point
        assert rows[2][0] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "shunqing_wufeng_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"科{GAP}室", f["department"]]
        assert rows[2][:4] == [f"职{GAP}务", f["title"], "填表时间", "2025年7月"]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch313_is_read(tmp_path):
    BATCH.is_read(tmp_path)
