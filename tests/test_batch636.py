"""The six-hundred-and-thirty-sixth batch of published layouts (tests/published/batch636.py): seven
ordinary files as the tobacco and salt bodies of one district (集宁区) really send them, and one
harder: the 盐政稽查大队's 一览表 whose holders are bare names, their posts only in a closing
``本人签字确认：大队长 黎翊澂　…`` line (``python tests/published/score.py --set batch636``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 9d47785 (/work/snap16; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0; with --strict: TOTAL forms=0.867 (26/30) recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full, --strict too (forms, points, levels and types all 1.00, noise 0).

Missed, only under --strict, in the harder ``jining_salt_inspection_signoff_posts.xlsx`` (sheet
一览表; forms 0/4 strict, points 8/8, levels 8/8): the reader found the four holders from the merged
姓名 column B4:B11 and gave each his two points (C4–C11) with the right levels, but left every
holder's post (posts.csv ``title``) and tier empty — it did not read the sign-off line A13
``本人签字确认：大队长 黎翊澂　副大队长 莫琤岚　稽查员 黎沄璠　稽查员 莫霁珩``, where the truth takes
黎翊澂 大队长, 莫琤岚 副大队长, 黎沄璠 稽查员, 莫霁珩 稽查员 (the line raised no issue and no noise).
Kind: a list whose holder column holds bare names, the posts given only as post–name pairs in the
closing sign-off line, is read with the names but without posts, so every form lacks its post.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): posts of a name-only holder
column taken from a closing ``本人签字确认：职务 姓名　…`` line.

Generalised after this measurement: a name-only list whose posts stand only in a closing sign-off line (`本人签字确认：大队长 黎翊澂　副大队长 莫琤岚…`) or a roster line above takes each named holder's post (and 科室) from it (`POSTS_FROM_SIGNOFF_LINE`; `tests/test_posts_from_the_signoff_line.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch636 import (
    GRADES,
    HIGHS,
    INSPECTORS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(636, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jining_salt_inspection_signoff_posts"}
TYPED = {
    "jining_tobacco_marketing_posts",
    "jining_salt_bureau_list",
    "jining_salt_reserve_register",
}
NOBODY = {"jining_tobacco_marketing_posts"}


def test_batch636_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=632, unit_words=("集宁区",), new_people=True)


def test_batch636_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch636_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch636_every_unit_is_of_jining():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("集宁区") for u in units)


def test_batch636_signoff_line_gives_the_posts():
    name = "jining_salt_inspection_signoff_posts"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:5] == ["序号", "姓名", "廉政风险点", "风险等级", "防控措施"]
    sign = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("本人签字确认："))
    pairs = [p.split(" ") for p in sign.split("：", 1)[1].split("\u3000")]
    posts = {who: post for post, who in pairs}
    assert posts == {who: post for post, who, _t, _p in INSPECTORS}
    got, who = [], None
    for row in BATCH.table(name):
        who = row[1] or who
        got.append(("", posts[who], who, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no post anywhere but the sign-off line
    assert not any(
        post in str(c) for r in rows if r[0] != sign for c in r for post in posts.values()
    )


def test_batch636_is_read(tmp_path):
    BATCH.is_read(tmp_path)
