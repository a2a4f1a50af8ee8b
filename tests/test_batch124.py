"""The hundred-and-twenty-fourth batch of published layouts (tests/published/batch124.py): eight
ordinary files as county bodies of 高淳县 seldom used before really send them — a 档案馆 一览表, a
气象局 排查表 with ``Ⅰ级/Ⅱ级/Ⅲ级`` under a 填报单位 line, a 地震局 清单 对岗不对人 with no 科室 column,
a 机关事务管理局's personal forms whose labels carry full-width spaces (``姓　　名``), a 镇's 站所
一览表, a 镇's 排查表 under a ``单位：…镇`` line, a 锡剧团 一览表 with a short 风险点 beside its
``主要表现`` — and one harder: a 文化馆 排查表 with no level column, its rows grouped under section
rows ``一、高风险点`` / ``二、中风险点`` / ``三、低风险点``
(``python tests/published/score.py --set batch124``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 3b99f48 (main's newest when the batch was done): forms
1.000 (33/33), recall 1.000 (39/39), precision 1.000 (39/39), levels 1.000 (39/39), types 1.000
(39/39), noise 0; with --strict the same: forms 1.000 (33/33), recall 1.000 (39/39), precision
1.000 (39/39), levels 1.000 (39/39), types 1.000 (39/39), noise 0. The 8 files: eight .xlsx, no
re-saves. Missed: nothing.

Read right: the 档案馆's 科室 and per-person merges with ``…风险`` types; the 气象局's 填报单位 line and
``Ⅰ级/Ⅱ级/Ⅲ级``; the 地震局's posts 对岗不对人 with no 科室 column (``监测预报股股长`` kept whole,
一级/二级/三级); the 机关事务管理局's sheets per person with ``姓　　名``/``职　　务`` labels; the 镇's
站所 (水利站, 农业服务中心) under ``站所``/``责任人``; the other 镇's ``单位：…镇`` line with its 填表人
holding a post in the table; the 锡剧团's short 风险点 beside ``主要表现``; the harder 文化馆's levels
taken from the section rows ``一、高风险点``/``二、中风险点``/``三、低风险点``.

(Read in full before any change for it: nothing in this batch was generalised on.)

``archives_hall_list`` cites another page after the batch was merged: batch121, built at the same
time, cited the first one; the new one is a page on an archive's lending rules (借阅权限、审批、追溯).

Read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch124 import GAP, GRADES, LAYOUTS, PREFIX, RESAVED, ROMAN, SECTIONS, build
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES, **SECTIONS}
BATCH = Batch(124, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"culture_hall_level_sections"}
NOBODY = {"quake_bureau_posts"}


def test_batch124_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=121, unit_words=("高淳",))


def test_batch124_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch124_levels_and_types():
    BATCH.levels_and_types(untyped=(), one_type=True)


def test_batch124_every_unit_is_of_gaochun():
    assert all(f["unit"].startswith("高淳县") for lay in LAYOUTS for f in lay["truth"])


def test_batch124_levels_from_the_section_rows():
    name = "culture_hall_level_sections"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "风险等级" not in rows[head]
    got, level = [], None
    for r in rows[head + 1 :]:
        if r[0] in SECTIONS:
            assert len(set(r)) == 1
            level = SECTIONS[r[0]]
        elif isinstance(r[0], int):
            got.append((r[1], r[2], r[3], r[4], level))
    assert got == BATCH.truth_rows(name)
    assert {p["level"] for p in BATCH.points(name)} == {1, 2, 3}


def test_batch124_personal_forms_with_spaced_labels():
    name = "logistics_bureau_forms"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1][:4] == [f"姓{GAP}{GAP}名", f["person"], f"职{GAP}{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch124_plain_tables_by_heading():
    cases = [
        ("archives_hall_list", {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("weather_bureau_roman", {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("town_waterworks_stations", {"dept": "站所", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("town_unit_line_check",
         {"dept": "单位(科室)", "post": "职务", "person": "姓名", "point": "风险点"}),
        ("folk_art_group_short_long",
         {"dept": "组别", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("quake_bureau_posts", {"post": "岗位", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads, level="风险等级") == BATCH.truth_rows(name), name
    truth = BY_NAME["quake_bureau_posts"]["truth"]
    assert all(f["department"] == "" and f["person"] == "" for f in truth)
    assert "监测预报股股长" in {f["title"] for f in truth}
    # the 填表人 of the 镇's 排查表 holds a post in its table too
    rows = BATCH.filled("town_unit_line_check")
    assert rows[1][0] == "单位：高淳县薛湖镇" and rows[1][5] == "填表人：尉迟箬"
    assert "尉迟箬" in BATCH.holders("town_unit_line_check")


def test_hundred_and_twenty_fourth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
