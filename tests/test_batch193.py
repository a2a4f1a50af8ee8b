"""The hundred-and-ninety-third batch of published layouts (tests/published/batch193.py): nine
ordinary lists as county bodies of an invented 涪陵区 send them — the 区委老干部局's 一览表 under one
merged ``填报单位（盖章）：…　　　填报时间：…`` line, a 劳动人事争议仲裁院 排查表 with a short ``风险点``
beside ``风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` (both also as LibreOffice re-saves, .xls and .ods), the 侨联's
清单 对岗不对人 with 一级/二级/三级, a 人才服务中心 一览表 with ``岗位职责`` merged per person and headings
broken over two lines, the 政法委's 排查表 with blank rows between its 科室 and an empty ``责任人签字``
column, a 融媒体中心 清单 whose 科室 stand only in group rows ``一、新闻采编部``, a 园林绿化管理所 一览表
with ``★★★/★★/★``, a 大数据发展局 一览表 with its 区大数据中心 in the 科室 column and types ``…类`` — and
one harder: the 党史研究室's 一览表 under a bare title, its unit named only in the 落款 under the
table (``python tests/published/score.py --set batch193``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 4ec0adb (main's newest when the batch was done): forms
1.000 (71/71), recall 1.000 (82/82), precision 1.000 (82/82), levels 1.000 (82/82), types 1.000
(82/82), noise 0; with --strict the same: forms 1.000 (71/71), recall 1.000 (82/82), precision
1.000 (82/82), levels 1.000 (82/82), types 1.000 (82/82), noise 0. The 13 files: nine .xlsx, two
layouts also as .xls and .ods. Missed (not scored — score.py does not compare units — but seen in
the export):

- ``party_history_seal_line`` (harder; unit of 6/6 forms): every form of ``Sheet1`` is exported
  with unit "" — 科室, posts, holders, tiers, all 7 points, levels and types right, and no issue
  raised. The unit stands only in the 落款 ``Sheet1!F11`` ``中共涪陵区委党史研究室`` (merged F11:H11,
  over ``2024年7月15日`` in F12), under the table and its blank row; the bare title
  ``岗位廉政风险防控一览表`` names none. A 落款 under a table is not looked at for the unit: the
  same line in column A unmerged, or written ``单位（盖章）：中共涪陵区委党史研究室``, still gives unit
  ""; with the unit put into the title all six forms get it.

The re-saved copies stand beside their .xlsx in the scored inbox, so each of their forms raises a
FORM_VERSION_TIE error (three identical copies; expected, no miss). Otherwise the issues log holds
only infos: TABLE_NO_TYPE for the 侨联's list, COLUMN_GUESSED for the empty ``责任人签字`` column
(read as 其他), FILE_SKIPPED for truth.json.

Read right: the 老干部局's merged ``填报单位（盖章）：…　　　填报时间：…`` line and per-person merges
(.xls, .ods too); the 仲裁院's short ``风险点`` beside ``风险表现``, holder under ``责任人``, ``Ⅰ级/Ⅱ级/
Ⅲ级`` (.xls, .ods too); the 侨联's posts 对岗不对人 with ``附件3``, ``（2024年度）`` and ``说明：…`` no
point, 一级/二级/三级; the 人才服务中心's ``岗位职责`` merged per person, two-line headings, ``备注``
no point; the 政法委's blank rows between 科室 (one table) and its empty ``责任人签字`` column (no
holder taken from it); the 融媒体中心's 科室 from the group rows ``一、新闻采编部`` with 序号 restarting
and ``高风险/中风险/低风险``; the 园林所's ``★★★/★★/★`` and the blank row above its header; the
大数据发展局's ``区大数据中心`` as a 科室 of the 局 (its 主任 中层) and ``…类`` types; every tier, and the
units of the other eight layouts.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a body's name alone under the rows, `中共涪陵区委党史研究室`, is the stamp that names the unit, not a caption): 1.00 on every metric, strict too, noise 0; the units in the export right.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch193 import (
    GAP,
    GRADES,
    LAYOUTS,
    PREFIX,
    RESAVED,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES, **STARS, **WORDS}
BATCH = Batch(193, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"party_history_seal_line"}
UNTYPED = {"overseas_chinese_posts"}
NOBODY = {"overseas_chinese_posts"}


def test_batch193_is_apart_from_the_earlier_batches():
    assert PREFIX == "b193_"
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=190, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all("涪陵区" in u for u in units), units
    assert not any("涪陵" in u for u in BATCH.earlier_units())


def test_batch193_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch193_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED, at_least=2)


def test_batch193_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch193_unit_only_in_the_seal_line():
    name = "party_history_seal_line"
    rows = BATCH.filled(name)
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert rows[0][0] == "岗位廉政风险防控一览表"
    where = [
        (r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if v and unit in str(v)
    ]
    # the unit is named once: the 落款 under the table, merged over the right columns
    assert len({r for r, _ in where}) == 1
    r = where[0][0]
    assert r > BATCH.header(name) and rows[r][5] == unit and rows[r][0] is None
    assert BATCH.merged(name, 0, r, 5, 7)
    assert rows[r + 1][5] == "2024年7月15日"
    assert BY_NAME[name]["sheets"][0]["name"] == "Sheet1"
    got = BATCH.by_heading(
        name, {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    )
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch193_plain_tables_by_heading():
    cases = [
        ("veteran_cadres_form_line",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("arbitration_short_and_long",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险等级", "风险类别"),
        ("overseas_chinese_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险等级", None),
        ("talent_center_duty_merged",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险\n等级", "风险\n类别"),
        ("politics_law_spacers",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("landscaping_stars_note",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("big_data_bureau_center",
         {"dept": "科室（单位）", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类别"),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name


def test_batch193_form_line_and_short_points():
    name = "veteran_cadres_form_line"
    rows = BATCH.filled(name)
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert rows[1][0] == f"填报单位（盖章）：{unit}{GAP * 3}填报时间：2024年6月"
    assert len(set(rows[1])) == 1
    name = "arbitration_short_and_long"
    head = BATCH.heading(name)
    assert head[4:6] == ["风险点", "风险表现"]
    for r in BATCH.table(name):
        assert len(r[4]) < len(r[5])
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch193_notes_spacers_and_empty_columns():
    name = "overseas_chinese_posts"
    rows = BATCH.rows(name)
    assert rows[0] == ["附件3"] and rows[2][0] == "（2024年度）"
    assert all(f["person"] == "" for f in BY_NAME[name]["truth"])
    note = next(r[0] for r in rows if r and str(r[0]).startswith("说明"))
    assert note not in {p["risk_point"] for p in BATCH.points(name)}
    name = "talent_center_duty_merged"
    head = BATCH.heading(name)
    assert head[4] == "岗位\n职责" and head[-1] == "备注"
    assert {r[-1] for r in BATCH.table(name)} == {"新增", None}
    name = "politics_law_spacers"
    rows = BATCH.sheet(name)["rows"]
    head = BATCH.header(name)
    assert rows[head][-1] == "责任人签字"
    table = [r for r in rows[head + 1 :] if r and isinstance(r[0], int)]
    assert len(table) == 6 and all(r[-1] is None for r in table)
    blanks = [k for k in range(head + 1, head + 9) if rows[k] == []]
    assert len(blanks) == 2
    name = "landscaping_stars_note"
    rows = BATCH.sheet(name)["rows"]
    assert rows[1] == [] and rows[2][0] == "序号"
    assert any(r and str(r[0]).startswith("注：风险等级★★★为高") for r in rows)


def test_batch193_group_rows_and_own_center():
    name = "media_center_group_rows"
    rows = BATCH.rows(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head] and rows[head][2] == "岗位责任人"
    groups = [r[0] for r in rows[head + 1 :] if r and isinstance(r[0], str) and "、" in r[0]]
    depts = list(dict.fromkeys(f["department"] for f in BY_NAME[name]["truth"]))
    assert groups == [f"{o}、{d}" for o, d in zip("一二三", depts, strict=True)]
    assert [r[0] for r in rows[head + 1 :] if r and isinstance(r[0], int)] == [1, 2] * 3
    got = [(d, r[1], r[2], r[3], WORDS[r[5]]) for d, r in _grouped(rows[head + 1 :])]
    assert got == BATCH.truth_rows(name)
    name = "big_data_bureau_center"
    truth = BY_NAME[name]["truth"]
    assert {f["unit"] for f in truth} == {"涪陵区大数据发展局"}
    assert "区大数据中心" in {f["department"] for f in truth}
    assert {
        f["tier"] for f in truth if f["department"] == "区大数据中心" and f["title"] == "主任"
    } == {"middle"}
    assert all(r[5].endswith("类") for r in BATCH.table(name))


def _grouped(rows):
    dept = None
    for r in rows:
        if r and isinstance(r[0], str) and "、" in r[0]:
            dept = r[0].split("、", 1)[1]
        elif r and isinstance(r[0], int):
            yield dept, r


def test_hundred_and_ninety_third_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
