"""The hundred-and-twenty-third batch of published layouts (tests/published/batch123.py): eight
grass-roots, public-institution and SOE files of 溧水县 (a 村's posts, a 社区's 清单, a 村's 干部 with
一级/二级/三级, a 镇 with its 站所 as 科室, a 水务集团 with ``一级风险``, a 污水处理厂 with Ⅰ级, a 中心小学
with stars, and — harder — a 幼儿园's two cards stacked on one sheet).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here (no test here reads the batch).

First measured untuned with the reader at 3b99f48 (main's newest when the batch was done): forms
1.000 (30/30), recall 1.000 (35/35), precision 1.000 (35/35), levels 1.000 (35/35), types 1.000
(35/35), noise 0; with --strict the same. Missed: none.

Read right: the 村's posts 对岗不对人 with no 科室; the 社区's 清单 with no 科室 column; the 村干部 with
职务/姓名 merged and 一级/二级/三级; the 镇's 站所 as 科室; the 水务集团's ``一级风险``; the 污水处理厂's
Ⅰ级 under a 填报单位 line; the 中心小学's stars with the note under them; the harder 幼儿园's two
stacked cards each under its own 姓名/职务 pair row.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch123 import GRADES, LAYOUTS, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

BATCH = Batch(123, LAYOUTS, build, levels={**HML, **GRADES, **RISKS, **ROMAN, **STARS})
BY_NAME = BATCH.by_name
HARDER = {"kindergarten_stacked_cards"}
NOBODY = {"village_posts_list"}
UNTYPED = {"village_posts_list"}


def test_batch123_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=121)


def test_batch123_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch123_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch123_town_stations_are_departments():
    truth = BY_NAME["town_stations_as_depts"]["truth"]
    assert {f["department"] for f in truth} == {"财政所", "农业服务中心", "村镇建设服务所"}
    assert {f["unit"] for f in truth} == {"溧水县晶桥镇人民政府"}


def test_batch123_stacked_cards_each_name_their_holder():
    rows = BATCH.filled("kindergarten_stacked_cards", "防控卡")
    pairs = [r for r in rows if r and r[0] == "姓名"]
    got = [(r[3], r[1]) for r in pairs]
    assert got == [
        (f["title"], f["person"]) for f in BY_NAME["kindergarten_stacked_cards"]["truth"]
    ]


def test_hundred_and_twenty_third_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
