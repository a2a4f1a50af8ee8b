"""The hundred-and-fifty-sixth batch of published layouts (tests/published/batch156.py): nine
ordinary files as county bodies of 井研县 send them, one harder (a 镇's 防控卡 whose 岗位 field runs
the 所 and the post together).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here (no test here reads the batch).

First measured untuned with the reader at 4d0dc8d (main's newest when the batch was done): forms
1.000 (31/31), recall 1.000 (38/38), precision 1.000 (38/38), levels 1.000 (38/38), types 1.000
(38/38), noise 0; with --strict the same. Missed: nothing.

Read right: every layout — the 镇's ``岗位：财政所所长　　姓名：…`` line (科室 财政所, post 所长), the
科协's posts with no 科室 column, the 图书馆's untyped list, the 气象局's per-person pairs, Ⅰ级/Ⅱ级/Ⅲ级 and
一级/二级/三级, ``…风险`` types, the 科技局's sheets per 股室 under ``股室：…``.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch156 import GRADES, LAYOUTS, ROMAN, build
from published.checks import Batch
from published.layouts import HML

BATCH = Batch(156, LAYOUTS, build, levels={**HML, **ROMAN, **GRADES})
BY_NAME = BATCH.by_name
HARDER = {"town_post_in_one_cell"}
UNTYPED = {"library_untyped_list"}
NOBODY = {"cast_posts_no_dept"}


def test_batch156_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=153)


def test_batch156_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch156_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch156_post_and_holder_in_one_line():
    for f in BY_NAME["town_post_in_one_cell"]["truth"]:
        rows = BATCH.filled("town_post_in_one_cell", f["sheet"])
        assert rows[1][0] == f"岗位：{f['department']}{f['title']}\u3000\u3000姓名：{f['person']}"


def test_batch156_list_without_dept_column():
    truth = BY_NAME["cast_posts_no_dept"]["truth"]
    assert all(f["department"] == "" and f["person"] == "" for f in truth)


def test_hundred_and_fifty_sixth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
