"""The two-hundred-and-twelfth batch of published layouts (tests/published/batch212.py): nine files
as bodies of 武隆区 really send them, most of several sheets — a 水土保持站 file whose first sheet is a
count table ``汇总`` before the list ``明细``, a 旅游集团's list as its office system exports it
(``查询条件：…`` in A1, ``共 8 条记录`` under it), a 镇's 站所 lists one sheet a 站所 behind a ``封面``, the
区委政策研究室's 自查表 one sheet a person behind the blank ``模板``, a 游客集散中心 一览表 behind a
``填表说明`` sheet (``Ⅰ级/Ⅱ级/Ⅲ级``), a 地震局 清单 对岗不对人 behind a ``岗位职责`` sheet, a 公路事务中心
清单 by ``岗位类别`` with ``风险名称``/``风险描述``/``监测指标``, a 大数据发展中心's template list with its
``下拉选项`` sheet of option lists still in (a shape the README does not describe) — and one harder:
a 国防动员办公室's 排查表 kept as two sheets ``2024年`` and ``2025年`` under the same title, the year only
in the tab and the 填报时间 line (``python tests/published/score.py --set batch212``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 83db73b (main's newest when the batch was done): forms
1.000 (53/53), recall 1.000 (68/68), precision 1.000 (68/68), levels 1.000 (68/68), types 1.000
(68/68), noise 0; with --strict the same: forms 1.000 (53/53), recall 1.000 (68/68), precision
1.000 (68/68), levels 1.000 (68/68), types 1.000 (68/68), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed: nothing scored.

- Not scored: ``tourism_group_system_export``'s unit is read as the whole A1 line
  ``查询条件:所属单位=武隆区喀斯特旅游集团有限公司`` (the ``查询条件:`` label and ``所属单位=`` kept), not
  ``武隆区喀斯特旅游集团有限公司``: a ``label=value`` pair after a ``查询条件：`` label is not split.
- Not scored: the ``汇总`` count table of ``soil_station_summary_first`` draws a TABLE_NO_TYPE
  (``汇总!A2``) beside its TABLE_OTHER (``汇总!E3``), as if it were a risk table without types.

Read right: the harder 国防动员办公室 file — the ``2024年`` sheet set aside (SHEET_SET_ASIDE) by the
tab and 填报时间 years with the title the same, only ``2025年`` read, 敖鹭汀 in no form; the
水土保持站's ``汇总`` count table before ``明细`` (TABLE_OTHER, no point, no form); the export's header in
row 2 with every cell repeated, ``已提交``/timestamps and ``共 8 条记录`` no point; the 镇's 站所 sheets
behind the ``封面`` (the 镇 the unit, each 站所 its 科室, 所长/主任 中层); the 政研室's per-person sheets
behind the blank ``模板`` (SHEET_BLANK_FORM); the 游客集散中心's ``填表说明`` sheet and empty ``Sheet3``
with ``Ⅰ级/Ⅱ级/Ⅲ级``; the 地震局's ``岗位职责`` sheet (no form) and posts with the 股 in them, 一级/二级/
三级; the 公路事务中心's ``岗位类别`` as the post and ``风险名称`` as the point beside ``风险描述`` and
``监测指标``; the 大数据发展中心's ``下拉选项`` sheet of option lists (no form, no point, no issue) and the
填报人 also a holder. Every tier right.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch212 import GRADES, LAYOUTS, PLACE, PREFIX, RESAVED, ROMAN, TOWN, build
from published.checks import Batch, resaved_files
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **ROMAN, **GRADES}
BATCH = Batch(212, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"civil_defense_tab_years"}
UNTYPED = {"road_center_post_categories"}
NOBODY = {"earthquake_bureau_duties_sheet", "road_center_post_categories"}


def test_batch212_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=209, new_people=True)
    assert not any(PLACE[:2] in u for u in BATCH.earlier_units())
    assert all(PLACE in f["unit"] for lay in LAYOUTS for f in lay["truth"])


def test_batch212_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch212_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch212_two_years_in_one_file():
    name = "civil_defense_tab_years"
    sheets = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert sheets == ["2024年", "2025年"]
    old, new = BATCH.filled(name, "2024年"), BATCH.filled(name, "2025年")
    assert old[0] == new[0] and not re.search(r"\d{4}", old[0][0])  # one title, no year
    assert old[1][5] == "填报时间：2024年2月" and new[1][5] == "填报时间：2025年2月"
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"2025年"}
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "2025年") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "2025年") == [p["types"] for p in BATCH.points(name)]
    last = BATCH.by_heading(name, heads, "2024年")
    gone = {r[2] for r in last} - BATCH.holders(name)
    assert gone == {"敖鹭汀"}
    same = {r[3] for r in last} & {p["risk_point"] for p in BATCH.points(name)}
    assert 0 < len(same) < len(last)  # some points kept word for word, some reworded


def test_batch212_count_sheet_before_the_list():
    name = "soil_station_summary_first"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["汇总", "明细"]
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"明细"}
    heads = {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}
    rows = BATCH.by_heading(name, heads, "明细")
    assert rows == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别", "明细") == [p["types"] for p in BATCH.points(name)]
    counts = BATCH.numbered(name, "汇总")
    for _n, dept, posts, total, high, mid, low in counts:
        mine = [r for r in rows if r[0] == dept]
        assert posts == len({r[1] for r in mine}) and total == len(mine)
        assert [high, mid, low] == [sum(r[4] == k for r in mine) for k in (1, 2, 3)]
    assert [r[1] for r in counts] == list(dict.fromkeys(r[0] for r in rows))
    total = next(r for r in BATCH.sheet(name, "汇总")["rows"] if r and r[0] == "合计")
    assert total[3] == len(rows)


def test_batch212_system_export():
    name = "tourism_group_system_export"
    sh = BATCH.sheet(name)
    assert sh["merges"] == [] and sh["name"] == "导出数据"
    rows = sh["rows"]
    assert rows[0][0].startswith("查询条件：所属单位=") and len(rows[0]) == 1
    assert rows[-1] == [f"共 {len(BATCH.points(name))} 条记录"]
    heads = {"dept": "所属部门", "post": "岗位名称", "person": "责任人", "point": "风险点描述"}
    assert BATCH.by_heading(name, heads, head=1) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别", head=1) == [p["types"] for p in BATCH.points(name)]
    table = [r for r in rows[2:-1]]
    assert all(r[8] == "已提交" and re.fullmatch(r"2025-03-12 \d\d:\d\d:\d\d", r[9]) for r in table)


def test_batch212_station_sheets_and_cover():
    name = "township_station_sheets"
    sheets = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert sheets == ["封面", "财政所", "农业服务中心", "社会事务办"]
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == set(sheets[1:])
    for station in sheets[1:]:
        rows = BATCH.filled(name, station)
        assert rows[0][0] == f"{TOWN}{station}岗位廉政风险点一览表"
        assert rows[1][0] == f"填报单位：{PLACE}{TOWN}人民政府"
        assert "科室" not in rows[BATCH.header(name, station)]
        heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
        got = BATCH.by_heading(name, heads, station, fixed={"dept": station})
        assert got == BATCH.truth_rows(name, station)
        assert BATCH.types_by(name, "风险类型", station) == [
            p["types"] for p in BATCH.points(name, station)
        ]
    assert {f["tier"] for f in BY_NAME[name]["truth"] if f["title"] in ("所长", "主任")} == {
        "middle"
    }


def test_batch212_personal_sheets_behind_the_template():
    name = "policy_office_personal_sheets"
    sheets = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert sheets[0] == "模板" and sheets[1:] == [f["person"] for f in BY_NAME[name]["truth"]]
    blank = BATCH.filled(name, "模板")
    assert blank[1] == ["姓名", None, "科室", None, None] and blank[2][1] is None
    assert not any(isinstance(c, str) and len(c) > 10 for row in blank[3:] for c in row[1:2])
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "科室", f["department"], None]
        assert rows[2][:2] == ["职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]


def test_batch212_option_lists_sheet():
    name = "bigdata_center_dropdown_sheet"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["填报表", "下拉选项"]
    opts = BATCH.rows(name, "下拉选项")
    assert opts[0] == ["所属科室", "风险类型", "风险等级"]
    assert [r[1] for r in opts[1:]] == list(TYPES)
    assert [r[2] for r in opts[1:] if r[2]] == ["高", "中", "低"]
    depts = [r[0] for r in opts[1:] if r[0]]
    assert {f["department"] for f in BY_NAME[name]["truth"]} == set(depts)
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"填报表"}
    heads = {"dept": "所属科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "填报表") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "填报表") == [p["types"] for p in BATCH.points(name)]
    assert BATCH.filled(name, "填报表")[1][4] == "填报人：弓雪棠"
    assert "弓雪棠" in BATCH.holders(name)


def test_batch212_notes_and_duties_sheets():
    name = "visitor_center_notes_sheet"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["填表说明", "一览表", "Sheet3"]
    notes = [r[0] for r in BATCH.rows(name, "填表说明")]
    assert types_in(notes[2]) == list(TYPES) and "Ⅰ级为高风险" in notes[3]
    assert BATCH.sheet(name, "Sheet3")["rows"] == []
    heads = {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "一览表") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "一览表") == [p["types"] for p in BATCH.points(name)]
    name = "earthquake_bureau_duties_sheet"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["岗位职责", "风险清单"]
    duties = BATCH.numbered(name, "岗位职责")
    assert [r[1] for r in duties] == list(dict.fromkeys(f["title"] for f in BY_NAME[name]["truth"]))
    rows = BATCH.filled(name, "风险清单")
    assert rows[0][0] == "附件2" and "科室" not in rows[BATCH.header(name, "风险清单")]
    got = BATCH.by_heading(name, {"post": "岗位", "point": "风险点"}, "风险清单")
    assert got == BATCH.truth_rows(name)
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])
    assert any("股" in f["title"] for f in BY_NAME[name]["truth"])


def test_batch212_post_categories_and_short_names():
    name = "road_center_post_categories"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == [
        "序号",
        "岗位类别",
        "风险名称",
        "风险描述",
        "风险等级",
        "防控措施",
        "监测指标",
    ]
    got = BATCH.by_heading(name, {"post": "岗位类别", "point": "风险名称"})
    assert got == BATCH.truth_rows(name)
    table = BATCH.table(name)
    assert all(re.match(r"\d\.1", r[3]) for r in table)  # the numbered description is no point
    tiers = {f["title"]: f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {"领导班子成员": "leader", "中层管理人员": "middle", "招标采购人员": "general",
                     "财务人员": "general"}  # fmt: skip


def test_two_hundred_and_twelfth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
