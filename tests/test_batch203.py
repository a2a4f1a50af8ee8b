"""The two-hundred-and-third batch of published layouts (tests/published/batch203.py): nine files as
grass-roots bodies, public institutions and county companies of kinds seldom used before send
them — a 镇's 站所 一览表 under a generic title whose unit stands only in the ``填报单位（盖章）：…``
line under the table, a 县公共交通公司 一览表 with a ``工号`` column and ``Ⅰ级/Ⅱ级/Ⅲ级``, a 九年制学校's
营养改善计划 排查表 by 工作环节 with ``责任岗位 | 责任人`` last, a 县汽车客运站 一览表 with an ``在岗人数``
column and posts of several people naming nobody, a 社区居委会 清单 对岗不对人 with the ``责任岗位``
last, a 镇畜牧兽医站's 防控卡 one sheet a post, a 灌区管理站 一览表 with a two-row header, a
区域性中心敬老院 排查表 with no 科室 column — and one harder: a 村股份经济合作社's 清单 of posts whose
holders stand only in one merged line ``理事长：…　　副理事长：…　　监事长：…　　报账员：…`` above it
(``python tests/published/score.py --set batch203``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at e13453a (main's newest when the batch was done): forms
1.000 (47/47), recall 1.000 (62/62), precision 1.000 (62/62), levels 1.000 (62/62), types 1.000
(62/62), noise 0; with --strict the same: forms 1.000 (47/47), recall 1.000 (62/62), precision
1.000 (62/62), levels 1.000 (62/62), types 1.000 (62/62), noise 0. The 9 files: nine .xlsx (this
batch keeps no re-saved copies). Missed: nothing scored. Not scored, for the record:

- tiers: ``车辆保修厂`` 厂长 (bus_company_job_number), ``副理事长`` (coop_roster_line) and ``总务主任``
  (nutrition_school_links) read 领导岗位, truth middle.
- ``irrigation_station_two_rows``: an info ``TABLE_NO_TYPE`` at ``Sheet1!A2`` although the 风险类型
  under the merged ``廉政风险`` (second header row) is read for all 7 points.

Read right: the 镇's 站所 list whose unit stands only in ``填报单位（盖章）：云阳县栌溪镇人民政府`` under
the table (unit, 站所 as 科室, holders; strict too); the harder 合作社's holders taken from the one
merged line ``理事长：…　　副理事长：…　　监事长：…　　报账员：…`` above a table of posts; the 公交公司's
``工号`` column (no holder, no point) and ``Ⅰ级/Ⅱ级/Ⅲ级``; the 客运站's ``在岗人数`` numbers and its posts
of several people naming nobody; the 学校's ``工作环节`` merged with ``责任岗位 | 责任人`` last; the
社区's 对岗不对人 ``责任岗位`` last and its 监督电话 line; the 畜牧兽医站's cards (the 镇 the unit, the 站
its 科室); the 灌区管理站's two-row header; the 敬老院's table without a 科室 column and its ``备注``.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch203 import GAP, GRADES, LAYOUTS, ROMAN, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES}
BATCH = Batch(203, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"coop_roster_line"}
UNTYPED = {"nutrition_school_links", "vet_station_cards"}
NOBODY = {"community_duty_list"}
SOME_NOBODY = {"bus_station_headcount"}


def test_batch203_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=201, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(u.startswith("云阳县") for u in units), units


def test_batch203_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, some_nobody=SOME_NOBODY)


def test_batch203_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch203_unit_only_in_the_line_under_the_table():
    name = "town_station_footer_unit"
    unit = BY_NAME[name]["truth"][0]["unit"]
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[0][0] == "基层站所岗位廉政风险点排查一览表" and len(set(rows[0])) == 1
    last = rows[-1]
    assert last[0] == f"填报单位（盖章）：{unit}" and last[4] == "填报人："
    assert last[6].startswith("填报日期：")
    assert not any(unit in str(c) for row in rows[:-1] for c in row if c)
    assert not any("云阳" in str(c) for row in rows[: head + 1] for c in row if c)
    heads = {"dept": "站所", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {
        "水管站", "综合文化站", "畜牧兽医站", "农业服务中心"
    }  # fmt: skip


def test_batch203_holders_only_in_the_roster_line():
    name = "coop_roster_line"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert head == 2 and len(set(rows[1])) == 1
    pairs = [part.split("：") for part in rows[1][0].split(GAP)]
    roster = dict(pairs)
    assert len(roster) == len(pairs) == 4
    assert "姓名" not in rows[head] and "科室" not in rows[head]
    got = BATCH.by_heading(name, {"post": "岗位", "point": "风险点"})
    assert [(d, p, roster[p], pt, lv) for d, p, _, pt, lv in got] == BATCH.truth_rows(name)
    for who in roster.values():
        assert not any(who in str(c) for row in rows[2:] for c in row if c)
    assert BATCH.types_by(name, "风险类别") == [p["types"] for p in BATCH.points(name)]


def test_batch203_headcount_and_job_numbers_are_no_holders():
    name = "bus_station_headcount"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    at = rows[head].index("在岗人数")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    got = BATCH.by_heading(name, heads, person=lambda c: c or "")
    assert got == BATCH.truth_rows(name)
    for row in rows[head + 1 :]:
        if row[7] in GRADES:
            assert isinstance(row[at], int)
            assert (row[at] == 1) == bool(row[4]), row
    assert {f["person"] for f in BY_NAME[name]["truth"] if f["title"] in ("售票员", "检票员")} == {
        ""
    }
    name = "bus_company_job_number"
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    codes = {r[3] for r in rows[head + 1 :] if r[7] in ROMAN}
    assert all(c.startswith("YYGJ") for c in codes) and len(codes) == len(BY_NAME[name]["truth"])


def test_batch203_posts_without_a_department_column():
    name = "nutrition_school_links"
    heads = {"post": "责任岗位", "person": "责任人", "point": "风险点"}
    assert sorted(BATCH.by_heading(name, heads)) == sorted(BATCH.truth_rows(name))
    posts = [p for _, p, *_ in BATCH.truth_rows(name)]
    assert posts.count("总务主任") == 2 and posts.count("保管员") == 2
    name = "community_duty_list"
    assert BATCH.by_heading(name, {"post": "责任岗位", "point": "风险点"}) == BATCH.truth_rows(name)
    assert BATCH.filled(name)[-2][0].startswith("监督电话：")
    name = "nursing_home_no_dept"
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])


def test_batch203_two_row_header_and_cards():
    name = "irrigation_station_two_rows"
    rows = BATCH.filled(name)
    assert rows[1][4:7] == ["廉政风险"] * 3 and rows[2][4:7] == ["风险点", "风险类型", "风险等级"]
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, head=2) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", head=2) == [p["types"] for p in BATCH.points(name)]
    name = "vet_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["title"] and f["department"] == "畜牧兽医站"
        assert rows[1][:4] == ["姓名", f["person"], "职务", f["title"]]
        assert rows[2][0] == "岗位职责"
        assert rows[0][0] == f"{f['unit']}畜牧兽医站岗位廉政风险防控卡"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_two_hundred_and_third_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
