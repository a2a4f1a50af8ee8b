"""The four-hundred-and-fourth batch of published layouts (tests/published/batch404.py): seven
ordinary files as the 农业科技 bodies of one district (杨陵区) really send them — the 农业农村局's two
sheets ``局领导 | 科室`` with ``一级/二级/三级``, the 农业科技推广中心's 一览表 with ``科室`` merged and
高/中/低, the 种业服务中心's 责任清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``,
the 农产品质量检测中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
大寨街道农业服务站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 杨陵街道农业服务站's 自查表 one
sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 揉谷镇农业综合服务站's 一览表 written out on every row with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 李台街道农业服务站's 一览表 whose ``编制所在单位`` column gives, beside
each holder, the OTHER unit where his 编制 lies (the 街道办事处, the 推广中心 or one of its 站, the
检测中心, 西北农林科技大学), while every post is the station's own
(``python tests/published/score.py --set batch404``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap8 at e2f2af5
(dev's newest when the batch was done; this worktree branched from dev at e2f2af5).
``score.py --set batch404``:
``TOTAL                      forms  42/42  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  70/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  70/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full as the scorer counts them — every form, point, level and type, with
``--strict`` too — the harder one included. The truth was not changed after measuring.

No scored miss. The harder ``yangling_lidai_station_home_units.xlsx`` was NOT read as the truth
has it, but the scorer cannot see it (``--strict`` compares the 科室 of a named holder only where
the truth names one, and here the truth's 科室 is empty, the station being a unit of its own): on
sheet 一览表 the reader took the ``编制所在单位`` column (D3, the holders' own units) as the 科室
column, silently (no COLUMN_GUESSED, no issue at all for the file), so every form's 科室 is ANOTHER
unit's name — posts.csv F00019 站长 笪浛琪 and F00024 报账员 隗湝瓀 with unit ``杨陵区李台街道`` and
科室 ``办事处`` (D4:D5 and D12:D13 ``杨陵区李台街道办事处`` cut into a unit and a 科室), F00020 副站长 昝泖瑨
科室 ``杨陵区农业科技推广中心`` (D6), F00021 农技员 宓汧琲 科室 ``杨陵区农业科技推广中心植保植检站``
(D7:D8), F00022 农产品质量安全监管员 鄂漹璆 科室 ``杨陵区农产品质量检测中心`` (D9:D10), F00023 科技特派员
厍澋珽 科室 ``西北农林科技大学`` (D11); the truth: unit ``杨陵区李台街道农业服务站``, no 科室 (or, as
the reader writes the other 站 files and the scorer accepts, unit ``杨陵区李台街道`` with 科室
``农业服务站``) for all six. Posts, holders, the ten points (rows 4–13), their levels and types
are right, and the ``注：`` line (row 14) was read as no point. Kind: a column giving each holder's
OWN unit (where his 编制 lies), different from the unit of the post, is read as the rows' 科室
column, so the station's posts are filed under the 街道办事处, the 推广中心 and its 站, the 检测中心 and
a university, and the station itself is lost from every form.

Unscored besides: the 站长 and 副站长 of the four 服务站 files (posts.csv F00009, F00019, F00020,
F00025, F00026, F00035) read as 中层岗位; the truth has them leaders (each 服务站 a unit of its own, as
batch400's 站长), the reader reading each 站 as the 科室 ``农业服务站`` / ``农业综合服务站`` of the 街道 or
镇 (unit ``杨陵区大寨街道``, ``杨陵区杨陵街道``, ``杨陵区揉谷镇``, ``杨陵区李台街道``), which the scorer
counts as the same. Every other unit, 科室, post and tier in posts.csv is the truth's (局领导 and
中心领导 as the 科室 of those leaders; the 推广中心's 站, the 局's 科, the 种业服务中心's 科 and 室, the
检测中心's 科 and 室 as 科室; 科长, the 站长 of a 站 in the 推广中心, the 主任 of the 种子检验室 and of the
综合办公室 中层岗位). The other issues are info only (TABLE_NO_TYPE and GRADE_BLANK on the untyped
cards and self-checks, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing scored; a column of where each holder is staffed
('编制所在单位', '人事关系所在单位', '派出单位') is no unit or 科室 column (workbook_templates/forms.toml,
columns.other;
tests/test_columns.py::test_a_column_of_where_each_holder_is_staffed_is_no_department).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch404 import (
    BANDS,
    BARE,
    GRADES,
    HOME_HEAD,
    HOME_NAME,
    HOME_NOTE,
    HOME_PEOPLE,
    HOME_UNIT,
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
BATCH = Batch(404, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {HOME_NAME}
UNTYPED = {"yangling_dazhai_station_cards", "yangling_street_station_selfchecks"}
NOBODY = {"yangling_testing_center_posts"}
GAP = "\u3000"


def test_batch404_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=402, unit_words=("杨陵区",), new_people=True)


def test_batch404_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch404_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch404_every_unit_is_of_yangling_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("杨陵区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch404_home_units_are_not_the_unit_of_the_post():
    name = HOME_NAME
    assert BATCH.heading(name) == list(HOME_HEAD)
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    table = BATCH.table(name)
    homes = {row[3] for row in table}
    assert homes == {home for _post, _who, home, _tier, _points in HOME_PEOPLE}
    # every home unit is another unit than the file's; the station is the unit of every form
    assert HOME_UNIT not in homes and len(homes) >= 4
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {HOME_UNIT}
    # no form has a 科室, and no home unit is a 科室, a post, a holder or a point
    forms = BY_NAME[name]["truth"]
    assert {f["department"] for f in forms} == {""}
    named = {f["title"] for f in forms} | {f["person"] for f in forms}
    assert not homes & (named | {p["risk_point"] for p in BATCH.points(name)})
    # a home unit of the 推广中心's 站 is written in full, a unit and a 科室 of it
    assert any(h.endswith("植保植检站") and h.startswith("杨陵区农业科技推广中心") for h in homes)
    # the three columns merged per person, the note below the table
    first = BATCH.header(name) + 1
    merges = BATCH.sheet(name)["merges"]
    for c in (1, 2, 3):
        assert (first, c, first + 1, c) in merges  # 站长's two rows
    assert any(row[0] == HOME_NOTE for row in BATCH.rows(name))
    assert {r[6] for r in table} == set(HML)
    assert [f["tier"] for f in forms] == [p[3] for p in HOME_PEOPLE]


def test_batch404_plain_tables_by_heading():
    cases = [
        ("yangling_extension_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("yangling_testing_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yangling_rougu_station_every_row", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "yangling_testing_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # the 推广中心: 科室 merged, 岗位 and 姓名 merged per person, 高/中/低
    name = "yangling_extension_center_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 中心领导 over three rows
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines
    name = "yangling_rougu_station_every_row"
    assert BATCH.rows(name)[0] == ["附件2"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch404_leaders_and_staff_in_two_sheets():
    name = "yangling_agri_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    for sheet in ("局领导", "科室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    assert {r[6] for r in BATCH.table(name, "科室")} <= set(GRADES)


def test_batch404_group_rows_give_the_department():
    name = "yangling_seed_center_duties"
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


def test_batch404_one_sheet_a_person():
    name = "yangling_dazhai_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "工作职责"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "yangling_street_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[2] for r in table} <= set(ROMAN)


def test_batch404_is_read(tmp_path):
    BATCH.is_read(tmp_path)
