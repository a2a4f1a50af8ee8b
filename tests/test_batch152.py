"""The hundred-and-fifty-second batch of published layouts (tests/published/batch152.py): eight
ordinary files as county bodies of 三台县 seldom used before send them — a 图书馆 一览表, the 科协's
清单 对岗不对人 with no 科室 column, the 残联's personal 自查表 per sheet, a 气象局 排查表 with 高/中/低
ticked in three columns, a 文化馆 一览表 with short and long risk and 责任人 after the level, a 镇's
一览表 with its 站/所, a 气象台 排查表 with no 科室 column, and one harder: a 残疾人就业服务所's 自查表
whose holder stands only in a line ``岗位：…　　责任人：…`` above the table
(``python tests/published/score.py --set batch152``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 904eeb2 (main's newest when the batch was done): forms
1.000 (26/26), recall 1.000 (37/37), precision 1.000 (37/37), levels 1.000 (37/37), types 1.000
(37/37), noise 0; with --strict the same: forms 1.000 (26/26), recall 1.000 (37/37), precision
1.000 (37/37), levels 1.000 (37/37), types 1.000 (37/37), noise 0. The 8 files are .xlsx only.
Missed: nothing.

Read right: the 图书馆's 部室 and per-person merges with ``…风险`` types; the 科协's posts 对岗不对人
with their 部 written in and no 科室 column, 一级/二级/三级, the 注 line no point; the 残联's sheets per
person with 姓名/职务/部门 pairs (``会领导`` no 科室) and Ⅰ级/Ⅱ级/Ⅲ级; the 气象局's 高/中/低 ticked with
``√`` under a two-row header; the 文化馆's short 风险点 beside the long 风险表现, 责任人 after the level;
the 镇's 站/所 as its 科室 under ``站所（办）`` with ``高风险/中风险/低风险``; the 气象台's posts with no
科室 column; the harder 自查表's holder in the line ``岗位：…　　责任人：…`` and 科室 in ``所在股室：…``.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch152 import GAP, GRADES, LAYOUTS, PREFIX, RESAVED, ROMAN, WORDS, build
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **WORDS}
BATCH = Batch(152, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"employment_office_line_above"}
NOBODY = {"sci_assoc_posts"}
UNTYPED = {"weather_bureau_ticks", "culture_hall_short_and_long", "observatory_no_dept"}


def test_batch152_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=149, unit_words=("三台",), new_people=True)


def test_batch152_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch152_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch152_every_unit_is_of_santai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert all(u.startswith("三台县") for u in units)


def test_batch152_plain_tables_by_heading():
    cases = [
        ("library_list", {"dept": "部室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("sci_assoc_posts", {"post": "岗位", "point": "风险点"}),
        ("zixi_town_station_rows",
         {"dept": "站所（办）", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("culture_hall_short_and_long",
         {"dept": "部室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("observatory_no_dept", {"post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads, level="风险等级") == BATCH.truth_rows(name), name
    for name in ("sci_assoc_posts", "observatory_no_dept"):
        assert all(f["department"] == "" for f in BY_NAME[name]["truth"])
        assert "科室" not in BATCH.filled(name)[BATCH.header(name)]


def test_batch152_ticked_levels():
    name = "weather_bureau_ticks"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head + 1][5:8] == ["高", "中", "低"]
    got = [r[5:8].index("√") + 1 for r in rows[head + 2 :] if "√" in r[5:8]]
    assert got == [p["level"] for p in BATCH.points(name)]


def test_batch152_holder_above_the_table():
    name = "employment_office_line_above"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"岗位：{f['title']}{GAP}责任人：{f['person']}"
        assert rows[2][0] == f"所在股室：{f['department'] or '所领导'}"
        assert not any(f["person"] in str(c) for row in rows[3:] for c in row)
    name = "disabled_fed_self_checks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"] and rows[1][:4] == [
            "姓名",
            f["person"],
            "职务",
            f["title"],
        ]


def test_hundred_and_fifty_second_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
