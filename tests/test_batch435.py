"""The four-hundred-and-thirty-fifth batch of published layouts (tests/published/batch435.py): seven
ordinary files as the 供销 and 粮食 bodies of one county (吴堡县) really send them — the
粮食和物资储备局's file in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 供销合作社联合社's
一览表 with 高/中/低, the 粮食储备库's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
农资公司's 防控卡 one sheet a holder with ``★★★/★★/★``, the 辛家沟镇供销社's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 郭家沟镇供销社's 责任清单 under group rows ``一、社领导`` … with
``一级风险/二级风险/三级风险``, the 张家山镇供销社's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` —
and one harder: the 粮油购销公司's 一览表 whose ONE column ``廉洁风险点、表现形式及防控措施`` holds in each
cell three paragraphs, the short point (unlabelled), ``表现形式：…`` and ``防控措施：…``, with no
measures column (``python tests/published/score.py --set batch435``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap15 at 6978032
(this worktree branched from dev at the same commit). ``score.py --set batch435``:
``TOTAL                      forms  31/38  points  55/67  recall 0.82 precision 1.00 (55/55)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=0.816 recall=0.821 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  31/38  points  55/67  recall 0.82 precision 1.00 (55/55)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=0.816 recall=0.821 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read NOTHING (forms 0/7, points 0/12). The truth was
not changed after measuring.

Missed, all in the harder ``wubu_grain_company_three_part_cells.xlsx`` (sheet 一览表): the reader
found no table in the file at all — one warning FILE_NO_FORM (``工作簿中未找到廉政风险识别和防控表(没有
“风险点”“风险级别”等表头)``), no form, no point, no other issue — so every point of column E is
missed, with its form (truth: the first paragraph of the cell, before ``表现形式：…⏎防控措施：…``):

- E4 ``地方储备粮轮换方案决定`` (一级; 1), E5 ``收购资金调度使用`` (一级; 1) — 公司领导 | 总经理 | 扈澹珣;
- E6 ``粮食销售客户确定`` (二级; 2) — 公司领导 | 副总经理 | 冼旻湛;
- E7 ``收购计划和收购点安排`` (二级; 2), E8 ``虚购虚销`` (一级; 1) — 购销业务部 | 部长 | 缑溦璠;
- E9 ``粮食收购检斤过磅`` (二级; 2) — 购销业务部 | 检斤员 | 郏潼菀;
- E10 ``粮食质量定等`` (二级; 2), E11 ``出入库质量检验报告出具`` (三级; 3) — 购销业务部 | 质检员 | 宓槿澂;
- E12 ``粮食出入库和损耗核销`` (二级; 2), E13 ``仓储设施维修`` (三级; 3) — 仓储部 | 保管员 | 瞿沩翎;
- E14 ``收购款结算支付`` (二级; 2), E15 ``费用报销审核`` (三级; 3) — 财务部 | 会计 | 阚泱琰.

Kind: the heading ``廉洁风险点、表现形式及防控措施`` — three fields joined by ``、`` and ``及`` in one
column, the only risk column, beside no measures column — is not taken as a risk column, so the
row ``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点、表现形式及防控措施 | 风险类型 | 风险等级`` is no heading and the
whole list is lost (FILE_NO_FORM); how the reader would then split the three-part cells (the point
before ``表现形式：``, not all before ``防控措施：``) could not be seen.

Unscored besides: the two 镇供销社 files that write the 社 only in their titles and name no 科室 in
their rows were read with the unit cut at the town: the 郭家沟镇 list as ``吴堡县郭家沟镇`` with its
group rows as 科室 (posts.csv F00017–F00020; truth unit ``吴堡县郭家沟镇供销社``), the 辛家沟镇 self-checks
as ``吴堡县辛家沟镇`` with the 主任's 科室 ``领导班子`` and the 会计's blank (F00027, F00028; truth unit
``吴堡县辛家沟镇供销社``, 科室 ""); the scorer counts them as the truth's forms (the 站所 convention), and
their tiers are the truth's. The 张家山镇供销社's list kept the 社 in its unit (F00029–F00031). Every
other unit, 科室, post and tier in posts.csv is the truth's. The other issues are info only
(TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a heading naming three fields in one column ('廉洁风险点、表现形式及防控措施')
heads the point's column, and a '表现形式：' ('主要表现：') line between the point and its '防控措施：' line is how
the point shows; test_a_cell_of_point_how_it_shows_and_measures in tests/test_columns.py says it in
other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch435 import (
    BANDS,
    BARE,
    CELL_COL,
    CELL_HEAD,
    CELL_NAME,
    CELL_NOTE,
    CELL_ROWS,
    CELL_TAB,
    GRADES,
    LAYOUTS,
    MEASURES,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SHOWS,
    STARS,
    build,
    cell_text,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(435, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CELL_NAME}
UNTYPED = {
    "wubu_grain_bureau_two_sheets",
    "wubu_agri_supplies_cards",
    "wubu_xinjiagou_coop_selfchecks",
}
NOBODY = {"wubu_grain_depot_posts"}
GAP = "\u3000"


def _points_in(form: dict, sheets: dict) -> set[str]:
    """Where a form's points stand: a whole cell of its sheet; in the harder list the FIRST
    PARAGRAPH of a three-part cell that stands whole in the built sheet."""
    here = sheets[form["sheet"]]
    if form["layout"] != CELL_NAME:
        return here
    firsts = set()
    for row in BATCH.table(CELL_NAME, CELL_TAB):
        assert norm(row[CELL_COL]) in here, row  # the whole cell, as built
        firsts.add(norm(row[CELL_COL].split("\n")[0]))
    return firsts


def test_batch435_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=433, unit_words=(PLACE,), new_people=True)


def test_batch435_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch435_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch435_every_unit_is_of_wubu_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch435_three_parts_in_one_cell():
    name = CELL_NAME
    head = BATCH.heading(name, CELL_TAB)
    assert tuple(head) == CELL_HEAD
    # no measures column and no description column: the one column names all three
    assert not any(h in ("防控措施", "风险表现", "表现形式", "风险描述") for h in head)
    table = BATCH.table(name, CELL_TAB)
    points = BATCH.points(name)
    assert len(table) == len(points) == sum(len(p[4]) for p in CELL_ROWS)
    got = []
    for row, p in zip(table, points, strict=True):
        parts = row[CELL_COL].split("\n")
        assert len(parts) == 3, row
        point, shows, measures = parts
        # the point: the first paragraph, unlabelled, unnumbered, no closing stop
        assert point == p["risk_point"] and "：" not in point and not point.endswith("。")
        assert not re.match(r"\d|[（(①]", point)
        # then how it shows (longer than the point), then the measures, each after its label
        assert shows.startswith(SHOWS) and len(shows) - len(SHOWS) > len(point)
        assert measures.startswith(MEASURES) and measures.endswith("。")
        assert re.match(r"1\.", measures[len(MEASURES) :])
        assert p["risk_point"] not in shows + measures
        got.append((row[1], row[2], row[3], point, GRADES[row[6]]))
        assert p["types"] == [row[5]] and p["level"] == GRADES[row[6]]
    assert got == BATCH.truth_rows(name)
    # the cells as built are those three paragraphs
    for *_, items in CELL_ROWS:
        for point, shows, measures, *_ in items:
            text = cell_text(point, shows, measures)
            assert any(row[CELL_COL] == text for row in table), point
    # the note says how the column is written, and it is no point
    assert any(row[0] == CELL_NOTE for row in BATCH.rows(name, CELL_TAB))
    assert CELL_NOTE not in {p["risk_point"] for p in points}
    assert {p["level"] for p in points} == {1, 2, 3}


def test_batch435_plain_tables_by_heading():
    cases = [
        ("wubu_grain_depot_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wubu_supply_coop_union_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("wubu_zhangjiashan_coop_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; no names
    name = "wubu_grain_depot_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    # every row written out, nothing merged below the title; the type before the point
    name = "wubu_zhangjiashan_coop_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") < head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "wubu_supply_coop_union_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch435_leaders_and_staff_in_two_sheets():
    name = "wubu_grain_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch435_group_rows_give_the_department():
    name = "wubu_guojiagou_coop_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch435_one_sheet_a_person():
    name = "wubu_agri_supplies_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "wubu_xinjiagou_coop_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"岗{GAP}位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[4] for r in table} & points  # 自查情况 no point
        assert {r[2] for r in table} <= set(BANDS)


def test_batch435_is_read(tmp_path):
    BATCH.is_read(tmp_path)
