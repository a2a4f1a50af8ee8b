"""The three-hundred-and-thirty-fifth batch of published layouts (tests/published/batch335.py): seven
ordinary files as the 镇 and 村 of one county (金堂县) really send them — the 五凤镇人民政府's two
sheets ``镇领导 | 内设机构`` with ``一级/二级/三级``, the 石堰村's 村干部 一览表 with short types and
高/中/低, the 桂湾村's 防控卡 one sheet a holder with ``★★★/★★/★``, the 太平社区's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 福兴镇农业服务中心's 责任清单 under group rows
with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 淮口街道社区卫生服务中心's 自查表 one sheet a person with
``一级风险/二级风险/三级风险``, the 柏林村's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
转龙镇人民政府's 2025年度 一览表（修订稿） whose points were REWORDED IN PLACE, the words taken out
struck through and the words put in typed in red inside the same cell, so that a point is its
cell's text less the struck words (``python tests/published/score.py --set batch335``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at cccc634 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch335``:
``TOTAL                      forms  35/35  points  58/64  recall 0.91 precision 0.91 (58/64)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=1.000 recall=0.906 precision=0.906 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  35/35  points  58/64  recall 0.91 precision 0.91 (58/64)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=1.000 recall=0.906 precision=0.906 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``jintang_zhuanlong_town_revised_strikes.xlsx`` (sheet ``一览表``: title row
1, the ``填报单位（盖章）：…`` line row 2, the header row 3, the fourteen rows 4–17 (廉政风险点 in column
E, 防控措施 in H), the ``注：`` line A18, the 填表人 line row 19): forms 7/7 (``--strict`` 7/7), points
8/14, precision 8/14, levels and types 8/8 of the points matched. The eight points whose cells
carry no struck words read right; each of the six edited 廉政风险点 cells was read as its WHOLE
text, the struck words kept in the point beside the red ones that replace them:

- E4 (笪濛岫, posts.csv F00029): read ``重大事项不经党政联席会议不经党委会集体研究，个人说了算``; truth
  ``重大事项不经党委会集体研究，个人说了算`` (``不经党政联席会议`` struck);
- E6 (厍翊沄, F00030): read ``插手村集体资产、资源发包和租赁，为关系人谋取利益，收受好处``; truth
  ``插手村集体资产、资源发包和租赁，为关系人谋取利益`` (the tail ``，收受好处`` struck);
- E8 (璩沅曦, F00031): read ``村级工程项目验收把关不严、验收资料不全``; truth
  ``村级工程项目验收把关不严`` (the tail ``、验收资料不全`` struck, nothing put in its place);
- E10 (隗霁汀, F00032): read ``村级财务农村集体“三资”监管平台数据录入不及时、不真实``; truth
  ``农村集体“三资”监管平台数据录入不及时、不真实`` (the head ``村级财务`` struck);
- E12 (酆岚沚, F00033): read ``救灾物资发放不登记⏎救灾物资和临时救助金发放不登记、不公示``; truth
  ``救灾物资和临时救助金发放不登记、不公示`` (the whole first line struck, the red sentence after the
  line break);
- E14 (昝沐溦, F00034): read ``低保对象评议入户核查走过场，优亲厚友``; truth
  ``低保对象入户核查走过场，优亲厚友`` (``评议`` struck).

Each is one missed point and one point read that is none (six and six). The rows' 科室, 岗位, 姓名,
types (F column) and levels (G column) were read right, no row was dropped as deleted (the note's
``加删除线`` did not set the ROW_STRUCK rule off), and the ``注：`` line A18 was rightly no point.

Kind (one): a point reworded in place by its FONT — the words taken out struck through and the
new ones in red inside the same cell, under a note saying so — is read as the cell's whole text,
the struck words kept; the reader does not drop struck runs from a point cell (as it does for a
holder's name, HOLDER_STRUCK). The same happened, unscored, to the two edited 防控措施 cells (H5 read
``考核结果在机关内部通报在镇政务公开栏公示。``, H11 ``村集体资金支出每季度每月核查一次，…``).

Unscored besides: the 福兴镇农业服务中心's forms were read with the unit ``金堂县福兴镇`` (truth
``金堂县福兴镇农业服务中心``); the 五凤镇's three leaders with no 科室 (truth ``镇领导``, the tab's name)
and the 桂湾村's 村委会主任 with the 科室 ``领导班子`` (truth none); the 社区居务监督委员会主任 (F00022)
and the 村务监督委员会主任 (F00003) read as 领导岗位 (truth middle, as batches 297 and 301 took them).
The other issues are info only (TABLE_NO_TYPE on the 五凤镇's two sheets, the 桂湾村's three cards and
the 农业服务中心's list; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for
truth.json).

Generalised after this measurement: words struck through inside point and measures cells are taken out where a note says struck words are deleted (info WORDS_STRUCK; tests/test_columns.py::test_words_struck_through_inside_a_point_are_taken_out).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import openpyxl
from published.batch335 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RED,
    RESAVED,
    REVISED_HEAD,
    REVISED_NOTE,
    RISKS,
    ROMAN,
    STARS,
    STRUCK,
    ZHUANLONG,
    build,
    revised,
    whole,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(335, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
REVISED_FILE = "jintang_zhuanlong_town_revised_strikes"
HARDER = {REVISED_FILE}
UNTYPED = {
    "jintang_wufeng_town_two_sheets",
    "jintang_guiwan_village_cards",
    "jintang_fuxing_agri_center_groups",
}
NOBODY = {"jintang_taiping_community_posts"}
GAP = "\u3000"


def _revised_points(form: dict, sheets: dict) -> set:
    """The cells of a form's sheet, and in the harder file the revised wording of its rich cells."""
    here = set(sheets[form["sheet"]])
    if form["layout"] == REVISED_FILE:
        here |= {norm(revised(p)) for *_, points in ZHUANLONG for p, *_ in points}
    return here


def test_batch335_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=335, unit_words=("金堂县",), new_people=True)


def test_batch335_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), points_in=_revised_points)
    assert RESAVED == ()


def test_batch335_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch335_every_unit_is_of_jintang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("金堂县") for u in units)


def test_batch335_a_point_is_its_cell_less_the_struck_words():
    name = REVISED_FILE
    sheet = BATCH.sheet(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(REVISED_HEAD)
    rich = {(r, c): parts for r, c, parts in sheet["rich"]}
    table = [(r, row) for r, row in enumerate(rows) if isinstance(row[0], int)]
    # the rows are the truth's points: the point is the cell less its struck words
    got = []
    for r, row in table:
        cell = rich.get((r, 4), row[4])
        assert whole(cell) == row[4]  # the row keeps the cell's whole text
        got.append((row[1], row[2], row[3], revised(cell), HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    answers = BATCH.answers(name)
    for r, row in table:
        assert answers[revised(rich.get((r, 4), row[4]))][4] == types_in(row[5])
    # six point cells and two measures cells are edited; none is struck as a whole
    edited = {c: [rc for rc in rich if rc[1] == c] for c in (4, 7)}
    assert len(edited[4]) == 6 and len(edited[7]) == 2 and set(rich) == {*edited[4], *edited[7]}
    for parts in rich.values():
        marks = {mark for _text, mark in parts}
        assert STRUCK in marks and marks != {STRUCK}
    # the point is not the cell's whole text where words are struck, and keeps every red word
    points = {p["risk_point"] for p in BATCH.points(name)}
    for (_r, c), parts in rich.items():
        if c != 4:
            continue
        assert whole(parts) not in points and revised(parts) in points
        assert all(text.strip() in revised(parts) for text, mark in parts if mark == RED)
        assert not any(text in revised(parts) for text, mark in parts if mark == STRUCK)
    # every row stays a point: 14 rows, 14 points, one form a person
    assert len(table) == len(points) == 14 and len(BY_NAME[name]["truth"]) == 7
    assert (
        any(row[0] == REVISED_NOTE for row in rows)
        and "加删除线的文字为本次删去的内容" in REVISED_NOTE
    )
    # the built file holds the fonts: struck parts struck, red parts red
    inbox = BATCH.inbox()
    wb = openpyxl.load_workbook(inbox / f"{name}.xlsx", rich_text=True)
    ws = wb["一览表"]
    for (r, c), parts in rich.items():
        value = ws.cell(r + 1, c + 1).value
        runs = [(str(run.text), run.font) for run in value if hasattr(run, "font")]
        struck = "".join(t for t, font in runs if font is not None and font.strike)
        assert struck == "".join(t for t, mark in parts if mark == STRUCK), (r, c)
        assert str(value) == whole(parts)


def test_batch335_plain_tables_by_heading():
    cases = [
        ("jintang_shiyan_village_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("jintang_taiping_community_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("jintang_bailin_village_list",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 社区 names nobody
    name = "jintang_taiping_community_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    # the 柏林村: bare Ⅰ/Ⅱ/Ⅲ read by its note; 责任人 on every row, no merges in the table
    name = "jintang_bailin_village_list"
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 五凤镇's two sheets
    name = "jintang_wufeng_town_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "镇领导",
        fixed={"dept": "镇领导"},
    )
    assert got == BATCH.truth_rows(name, "镇领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "镇领导")
    }


def test_batch335_group_rows_give_the_department():
    name = "jintang_fuxing_agri_center_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch335_one_sheet_a_person():
    name = "jintang_guiwan_village_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "分管工作" and f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        found = {r[1] for r in BATCH.table(name, f["sheet"])}
        assert rows[2][1] not in found  # 分管工作 is no point
    name = "jintang_huaikou_chc_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch335_is_read(tmp_path):
    BATCH.is_read(tmp_path)
