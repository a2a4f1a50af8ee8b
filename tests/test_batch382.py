"""The three-hundred-and-eighty-second batch of published layouts (tests/published/batch382.py): seven
ordinary files as the 住建 and 城管 bodies of one district (陈仓区) really send them — the
住房和城乡建设局's 一览表 with ``…风险`` types and ``一级/二级/三级``, the 城市管理执法局's two sheets
``局领导 | 科室及中队`` with 高/中/低, the 建筑工程质量安全监督站's 排查表 对岗不对人 with ``风险点 | 主要表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 环卫所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 房地产服务中心's
自查表 one sheet a person with ``高风险/中风险/低风险``, the 市政设施管理所's 责任清单 with bare ``Ⅰ/Ⅱ/Ⅲ``
and a last ``责任领导`` column, the 园林绿化管理站's 一览表 written out on every row with
``一级风险/二级风险/三级风险`` — and one harder: the 住房保障中心's 一览表 whose rows are grouped in an
Excel outline under the 股室 group rows above them and sent FOLDED, every detail row hidden by the
outline, with neither a filter nor a note (``python tests/published/score.py --set batch382``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap2 at b32ad2a
(dev's newest when the batch was done; this worktree branched from dev at b32ad2a).
``score.py --set batch382``:
``TOTAL                      forms  43/43  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  70/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  43/43  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  70/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with ``--strict`` too — the harder
``chencang_housing_security_center_folded.xlsx`` included (forms 8/8, points 13/13, precision
13/13, levels 13/13, types 13/13). The truth was not changed after measuring.

Missed: nothing. By cell, the folded file was read as if unfolded: the thirteen detail rows A5:G8,
A10:G12, A14:G16, A18:G20 (outline level 1, hidden) gave posts.csv F00008–F00015 with the 科室 of
the group row above each (``中心领导`` from A4 ``一、中心领导（共4个风险点）``, ``综合股`` from A9,
``分配审核股`` from A13, ``房源管理股`` from A17 — number and bracketed count left off), the post and
holder merged per person, every level and type as the truth has them; the group rows were no
points. No issue names the folded or hidden rows (the reader says nothing of the outline: it reads
hidden rows that neither a filter nor a note sets aside as rows like any other, which is the
truth's judgement call here). Kind: none — the shape is new to the README, not to the reader.

Unscored besides: every unit, 科室, post and tier in posts.csv is the truth's (局领导/中心领导/站领导/
所领导 as the 科室 of the leaders; 办公室主任, 股长, 中队长 中层岗位; 法制审核员, 材料保管员, 备案审核员 …
一般岗位). The other issues are info only (TABLE_NO_TYPE on the four untyped layouts' sheets,
GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing needed: the batch read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from openpyxl import load_workbook
from published.batch382 import (
    BANDS,
    BARE,
    FOLDED_GROUPS,
    FOLDED_HEAD,
    FOLDED_TAB,
    FOLDED_UNIT,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(382, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
FOLDED_FILE = "chencang_housing_security_center_folded"
HARDER = {FOLDED_FILE}
UNTYPED = {
    "chencang_urban_management_two_sheets",
    "chencang_sanitation_cards",
    "chencang_property_center_selfchecks",
    "chencang_landscaping_station_every_row",
}
NOBODY = {"chencang_quality_safety_station_posts"}
GAP = "\u3000"


def test_batch382_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=379, unit_words=("陈仓区",), new_people=True)


def test_batch382_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch382_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch382_every_unit_is_of_chencang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("陈仓区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch382_folded_outline_holds_the_whole_list():
    name = FOLDED_FILE
    lay = BY_NAME[name]
    sheet = BATCH.sheet(name, FOLDED_TAB)
    outline = sheet["outline"]
    assert outline["folded"] is True
    rows = BATCH.filled(name, FOLDED_TAB)
    head = BATCH.header(name, FOLDED_TAB)
    assert tuple(sheet["rows"][head]) == FOLDED_HEAD
    # the summary rows stand above their groups, merged across, and count the points folded
    got, dept = [], None
    for r in range(head + 1, len(rows)):
        row = rows[r]
        if r in outline["summaries"]:
            assert BATCH.merged(name, FOLDED_TAB, r, 0, 6)
            m = re.fullmatch(r"[一二三四]、(.+)（共(\d+)个风险点）", row[0])
            dept, count = m.group(1), int(m.group(2))
            group = [k for k in outline["details"] if r < k < r + count + 1]
            assert group == list(range(r + 1, r + 1 + count)), (r, count)
        elif r in outline["details"]:
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert {d for _, d, _ in FOLDED_GROUPS} == {f["department"] for f in lay["truth"]}
    assert len(outline["details"]) == len(BATCH.points(name)) == len(BATCH.table(name))
    assert BATCH.types_by(name, "风险类型", FOLDED_TAB) == [r["types"] for r in BATCH.points(name)]
    assert lay["truth"][0]["unit"] == FOLDED_UNIT
    # the file: every detail row hidden at outline level 1, every summary row shown and collapsed,
    # the summary rows above; no filter; nothing else hidden
    wb = load_workbook(BATCH.inbox() / f"{name}.xlsx")
    ws = wb[FOLDED_TAB]
    assert ws.sheet_properties.outlinePr.summaryBelow is False
    assert ws.auto_filter.ref is None and ws.sheet_state == "visible"
    for r in range(1, ws.max_row + 1):
        dim = ws.row_dimensions[r]
        if r - 1 in outline["details"]:
            assert dim.outline_level == 1 and dim.hidden, r
        else:
            assert dim.outline_level == 0 and not dim.hidden, r
            assert bool(dim.collapsed) == (r - 1 in outline["summaries"]), r
    wb.close()
    # no note says anything of hidden, folded or struck-off rows
    for row in sheet["rows"]:
        for c in row:
            assert not any(w in str(c or "") for w in ("隐藏", "折叠", "销号", "注")), c
    # what shows when the file is opened: the title, the 填报 line, the heading, the group rows,
    # the sign-off line — and no point
    shown = [row for r, row in enumerate(sheet["rows"]) if r not in outline["details"]]
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert len(shown) == 3 + len(FOLDED_GROUPS) + 1
    assert not points & {c for row in shown for c in row}


def test_batch382_plain_tables_by_heading():
    cases = [
        ("chencang_housing_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("chencang_quality_safety_station_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("chencang_municipal_facilities_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("chencang_landscaping_station_every_row",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 住建局's grades read by its note
    name = "chencang_housing_bureau_list"
    assert {r[6] for r in BATCH.table(name)} == set(GRADES)
    assert any(str(row[0]).startswith("注：风险等级分为一级") for row in BATCH.rows(name))
    # the 责任领导 column names two supervisors, each over several 股室, holder of his own rows only
    name = "chencang_municipal_facilities_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 2
    assert sum(row[-1] != row[3] for row in table) > len(table) // 2
    assert {r[7] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 主要表现 / 风险描述 none; nobody
    for name, desc in (
        ("chencang_quality_safety_station_posts", 4),
        ("chencang_landscaping_station_every_row", 5),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[desc] for row in table} and len(points) == len(table), name
        assert all(len(row[desc - 1]) < len(row[desc]) for row in table), name
    name = "chencang_quality_safety_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # every row written out, nothing merged down
    name = "chencang_landscaping_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(RISKS)


def test_batch382_leaders_and_staff_in_two_sheets():
    name = "chencang_urban_management_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室及中队") == BATCH.truth_rows(name, "科室及中队")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch382_one_sheet_a_person():
    name = "chencang_sanitation_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "chencang_property_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS)


def test_batch382_is_read(tmp_path):
    BATCH.is_read(tmp_path)
