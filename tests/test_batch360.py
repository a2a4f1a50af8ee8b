"""The three-hundred-and-sixtieth batch of published layouts (tests/published/batch360.py): seven
ordinary files as the 民政 bodies of one district (莲湖区) really send them — the 民政局's two sheets
``局领导 | 内设科室`` with ``一级/二级/三级``, the 救助管理站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 社会福利院's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
殡仪服务中心's 排查表 对岗不对人 with ``风险点 | 表现形式`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 北院门街道办事处's
社会事务办公室 责任清单 with ``一级风险/二级风险/三级风险`` and a last ``分管领导`` column, the
青年路街道办事处's 一览表 under group rows with 高/中/低, the 未成年人救助保护中心's 一览表 with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 桃园路街道办事处's 社会事务办公室 岗位廉政风险分级公示表, one sheet a
person, whose points stand in THREE SIDE-BY-SIDE PANELS captioned ``高风险点 | 中风险点 | 低风险点``,
each with its own ``序号 | 风险点 | 防控措施`` heading, the caption the only place the level is given
(``python tests/published/score.py --set batch360``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b98af6a (the newest checked out in /work/snap when
the batch was done; this worktree branched from dev at the same commit). ``score.py --set batch360``:
``TOTAL                      forms  34/34  points  58/66  recall 0.88 precision 0.88 (58/66)  levels  53/58  types  58/58  noise 0``
and ``TOTAL forms=1.000 recall=0.879 precision=0.879 levels=0.914 types=1.000 noise=0``; with ``--strict``:
``TOTAL                      forms  31/34  points  58/66  recall 0.88 precision 0.88 (58/66)  levels  53/58  types  58/58  noise 0``
and ``TOTAL forms=0.912 recall=0.879 precision=0.879 levels=0.914 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). All seven ordinary layouts read in full, with ``--strict`` too (forms, points,
levels and types). The truth was not changed after measuring.

Missed in the harder ``lianhu_taoyuanlu_social_affairs_level_panels.xlsx`` (forms 3/3, with
``--strict`` 0/3; points 5/13, precision 5/13; levels 0/5): on each of the three sheets the three
panels were read as THREE SEPARATE TABLES side by side (A:C, D:F, G:I, each with its own heading
row 4), every point's text and measures right, but NO LEVEL anywhere — the captions ``高风险点`` (A3),
``中风险点`` (D3) and ``低风险点`` (G3) were not taken as the level of the panels under them, and every
point got ``LEVEL_BLANK`` (an error “风险级别未填写”) at its cell (B5, B6, E5, E6, H5 on ``主任``; B5, B6,
E5, H5 on ``低保专干``; B5, E5, E6, H5 on ``殡葬改革专干``). The pairs row ``姓　名 | … | 岗　位 | … |
所在科室 | …`` was cut at the panel borders too:
- the ``高风险点`` panel (A:C) kept the holder and the 科室 (F00029 ``夔澄溪``, F00032 ``勾瑞泠``, F00035
  ``邝芷漪``, 科室 ``社会事务办公室``) but NO POST (the value D2 of ``岗　位`` C2 fell in the next panel;
  truth ``主任``/``低保专干``/``殡葬改革专干``, tier middle/general/general) — so its five points (B5, B6 on
  each of the first two sheets, B5 on the third) count as found, with level blank (truth 1), and
  the three forms miss with ``--strict`` for the post;
- the ``中风险点`` panel (D:F) became a form with NO HOLDER, the post ``科室负责人`` (中层岗位) and the
  科室 ``社会事务办公室`` (F00030, F00033, F00036; section ``岗位职责``), so its five points (E5, E6; E5;
  E5, E6; truth the sheet's holder, level 2) are keyed to nobody: missed, and five false points;
  the three such forms are reported as ``FORM_DUPLICATE`` (“社会事务办公室科室负责人 的表提交了不止一份”);
- the ``低风险点`` panel (G:I) became a form with NO HOLDER, NO POST and NO 科室 (F00031, F00034,
  F00037), its three points (H5 on each sheet; truth the sheet's holder, level 3) missed, three false
  points.
Besides, ``TABLE_NO_TYPE`` is reported three times a sheet (A4, D4, G4), as for three tables.
Kind: three level panels side by side on one sheet, each a sub-table with its own ``序号 | 风险点 |
防控措施`` heading under a merged level caption, are read as three unrelated tables: the caption is
not taken as the level of its panel's points, and the holder's pairs row above is split at the panel
borders, so only the first panel keeps the holder (without his post) and the others are left with
no holder.

Unscored besides: in the 殡仪服务中心's list the 接运班's ``班长`` is 一般岗位 (F00013; truth middle); the
青年路街道's group row ``一、街道领导`` gives its 副主任 no 科室 (F00021; truth ``街道领导``); the units,
the other 科室 and tiers are as the truth has them. The other issues are info only (TABLE_NO_TYPE on
the 民政局's two sheets, the three cards and the 中心's list; GRADE_BLANK on the three cards and the
three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: blocks of tables side by side each captioned by its level ('高风险点 | 中风险点 | 低风险点'), the holder's line above them all, one form (tests/test_columns.py::test_blocks_side_by_side_each_captioned_by_its_level); the batch now reads in full, under --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch360 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PANEL_CAPTIONS,
    PANEL_DEPT,
    PANEL_HEAD,
    PANEL_PEOPLE,
    PANEL_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(360, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
PANELS_FILE = "lianhu_taoyuanlu_social_affairs_level_panels"
HARDER = {PANELS_FILE}
UNTYPED = {
    PANELS_FILE,
    "lianhu_civil_affairs_bureau_two_sheets",
    "lianhu_relief_station_cards",
    "lianhu_minor_protection_center_list",
}
NOBODY = {"lianhu_funeral_center_posts"}
GAP = "\u3000"


def test_batch360_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=359, unit_words=("莲湖区",), new_people=True)


def test_batch360_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 13))
    assert RESAVED == ()


def test_batch360_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch360_every_unit_is_of_lianhu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("莲湖区") for u in units)


def test_batch360_the_panel_caption_is_the_level():
    name = PANELS_FILE
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == [p[0] for p in PANEL_PEOPLE]
    for tab, who, post, tier, panels in PANEL_PEOPLE:
        rows = BATCH.filled(name, tab)
        assert PANEL_UNIT in rows[0][0] and PANEL_DEPT in rows[0][0]
        assert rows[1][:6] == [f"姓{GAP}名", who, f"岗{GAP}位", post, "所在科室", PANEL_DEPT]
        captions = list(PANEL_CAPTIONS)
        assert rows[2] == [c for c in captions for _ in range(3)]  # merged over three columns
        for g in range(3):
            assert BATCH.merged(name, tab, 2, 3 * g, 3 * g + 2)
        assert tuple(rows[3]) == PANEL_HEAD * 3
        # no level and no type is written anywhere in the table but the captions
        body = [c for row in rows[4:] for c in row if c is not None]
        assert not any(str(c) in LEVELS or str(c) in PANEL_CAPTIONS for c in body)
        assert not any(isinstance(c, str) and c.startswith("注") for c in body)
        # read panel by panel: each point's level is its panel's caption, each panel numbered 1…
        got, lengths = [], []
        for g, cap in enumerate(captions):
            cells = [row[3 * g : 3 * g + 3] for row in rows[4:] if isinstance(row[3 * g], int)]
            assert [c[0] for c in cells] == list(range(1, len(cells) + 1))
            assert all(c[1] and c[2] for c in cells)
            lengths.append(len(cells))
            assert [c[1] for c in cells] == [point for point, _ in panels[cap]]
            got += [(PANEL_DEPT, post, who, c[1], PANEL_CAPTIONS[cap]) for c in cells]
        assert got == BATCH.truth_rows(name, tab)
        assert len(set(lengths)) > 1  # panels of unequal length: blanks below the shorter ones
        assert {lv for *_, lv in got} == {1, 2, 3}
        form = BATCH.form(name, tab)
        assert form["tier"] == tier and form["sheet"] == tab
        # a sheet's row holds several unrelated points: some row has three
        assert any(all(isinstance(row[3 * g], int) for g in range(3)) for row in rows[4:])
        measures = {row[3 * g + 2] for row in rows[4:] for g in range(3)} - {None}
        assert not measures & {p["risk_point"] for p in BATCH.points(name)}
        # below: the 监督电话 and 公示时间 lines, no points
        tail = [row[0] for row in BATCH.rows(name, tab)[-2:]]
        assert tail[0].startswith("监督电话") and tail[1].startswith("公示时间")


def test_batch360_plain_tables_by_heading():
    cases = [
        ("lianhu_beiyuanmen_social_affairs_duties",
         {"dept": "责任科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("lianhu_funeral_center_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类别"),
        ("lianhu_minor_protection_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 街道's last column names its 副主任 on every row: a supervisor, no holder of the list
    name = "lianhu_beiyuanmen_social_affairs_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "分管领导" and len({row[-1] for row in table}) == 1
    assert table[0][-1] not in BATCH.holders(name)
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point, the long 表现形式 none; the 中心 names nobody
    name = "lianhu_funeral_center_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # bare grades read by the note
    name = "lianhu_minor_protection_center_list"
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 民政局's two sheets: the name before the post on the leaders' sheet
    name = "lianhu_civil_affairs_bureau_two_sheets"
    assert BATCH.heading(name, "局领导")[1:3] == ["姓名", "职务"]
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设科室") == BATCH.truth_rows(name, "内设科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch360_group_rows_give_the_department():
    name = "lianhu_qingnianlu_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch360_one_sheet_a_person():
    name = "lianhu_relief_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "lianhu_welfare_home_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]  # the tab is the holder's name
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], "所在科室", f["department"]]
        assert rows[2][:2] == [f"岗{GAP}位", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(BANDS) and {r[5] for r in table} == {None}


def test_batch360_is_read(tmp_path):
    BATCH.is_read(tmp_path)
