"""The nine-hundred-and-ninety-fourth batch of published layouts (tests/published/batch994.py):
seven ordinary files as the 民族宗教 and 文化 bodies and 乡镇 of one county (通道县) really send them — the
民族宗教事务局's 一览表 with ``科室`` merged, ``…风险`` types and 高/中/低, the 文化旅游广电体育局's 排查表 with
``股室 | 岗位 | 姓名`` on every row and ``一级/二级/三级``, the 县图书馆's 防控卡 one sheet a person with
``★★★/★★/★``, the 县文化馆's 清单 对岗不对人 with ``一级风险/二级风险/三级风险``, a 村's 责任清单 with
``高风险/中风险/低风险``, the 乡财政所's 自查表 one sheet a person, the 县档案馆's 清单 under group rows
``一、馆领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the 大高坪苗族乡人民政府's list with NO level
column whose levels are given per POST in a small ``岗位 | 风险等级`` table beside it, one row a post,
which every point of that post inherits (``python tests/published/score.py --set batch994``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with lead's reader at 4417da4c (this worktree branched from that commit,
xlproc/ untouched): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.898 types=1.000
noise=0 (forms 28/28, points 49/49, precision 49/49, levels 44/49, types 49/49 — levels and types
are scored on the points found only); with --strict forms 26/28 (0.929), the rest the same. The
8 files: eight .xlsx, no re-saved copies. Six ordinary layouts read in full, --strict too (the
民宗局's merged ``科室``, the 文旅广体局's ``股室`` on every row, the 文化馆's posts with no names, the 村's
``职务 | 姓名`` with no 科室, the 财政所's cards, the 档案馆's group rows ``一、馆领导`` … as 科室). The
县图书馆's cards read in full too, but --strict 1/3 forms: the tabs ``采编部主任`` and ``流通部管理员``
were split into 科室 ``采编部``/``流通部`` and post ``主任``/``管理员``, and the 馆长's card given the 科室
``领导班子``, where the truth keeps the card's post whole and names no 科室 (a truth convention, not
the kind measured here; left as it is).

Missed, all in the harder ``tongdao_dagaoping_township_post_levels.xlsx`` (forms 6/6, points 9/9,
levels 4/9): the small ``岗位 | 风险等级`` table beside the list (一览表!I2:J7) was read as two more
columns of the list, row by row — its ``岗位`` column guessed to be "其他" (COLUMN_GUESSED, info, at
I2), its ``风险等级`` column taken as each LIST ROW's level: the list's rows 3–7 took the level of the
small table's row beside them (right for 4 of them only by chance: 乡长 ×2, the second 副乡长, the
党政办主任; the first 副乡长 read 三级 for 二级), and the rows 8–11 beside no small-table row had no level
(LEVEL_BLANK, error, J8–J11: the 民政专干's two 一级 and the 建设专干's two 三级). The ``注：`` line saying
each post's points take the level of the table on the right was not read. The truth has 9 points
in 6 forms, every point at its post's level.
Kind: a list with no level column whose levels are given per POST in a small two-column table
``岗位 | 风险等级`` beside or under it (one row a post, in its own order) is read row by row as
part of the list, or not at all; a general fix would read such a table as a key and give every
point of a post the level of its post's row (as LEVEL_BY_POST_GRADING does for a grading table
one row a level), the small table no points.

Generalised after this measurement: a list with no level column and a small table ``岗位 | 风险等级``
(``职务 | 风险级别``, ``岗位名称 | 等级``), one row a post in its own order, beside the list (its heading
in the list's heading row, right of the list's post column) or under it (a caption such as
``各岗位风险点等级`` above it too) gives every point of a post the level of its post's row, said
once at the small table's heading (LEVEL_BY_POST_TABLE, info: here 一览表!I2, "9 个风险点"); the
small table's column beside the list's rows is no level of theirs, its heading and rows no points
and no stray rows; a post the small table lacks keeps no level (LEVEL_BLANK at its point); a list
with a level column of its own, or a small table of posts mostly not the list's, reads as before
— tests/test_level_by_post_table.py (a 卫生院, a 水利站, a 供销社). Read 1.00 since (forms 28/28,
points 49/49, precision 49/49, levels 49/49, types 49/49, noise 0; --strict forms 26/28, the
图书馆 cards' 科室 convention above, not this kind); batch983, batch446, batch750, batch448,
batch986, batch993, batch11, batch29 and the default set score the same, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch994 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    POST_LEVELS,
    POST_POINTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(994, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tongdao_dagaoping_township_post_levels"}
TYPED = {
    "tongdao_dagaoping_township_post_levels",
    "tongdao_ethnic_religious_bureau_list",
    "tongdao_culture_tourism_bureau_screening",
    "tongdao_cultural_centre_posts",
    "tongdao_village_duty_list",
    "tongdao_archives_group_rows",
}
NOBODY = {"tongdao_cultural_centre_posts"}
SURNAMES = ("叱罗", "贺赖")


def _surname(person: str) -> str:
    return next(s for s in SURNAMES if person.startswith(s))


def test_batch994_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=993, unit_words=("通道县",), new_people=True)


def test_batch994_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 16))
    assert RESAVED == ()


def test_batch994_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch994_every_unit_is_of_tongdao():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("通道县") for u in units)


def test_batch994_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {_surname(p) for p in people} == set(SURNAMES)


def test_batch994_points_take_their_posts_level_from_the_small_table():
    name = "tongdao_dagaoping_township_post_levels"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:7] == ["序号", "站所", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"]
    assert rows[head][8:10] == ["岗位", "风险等级"]
    # the list has no level column; the small table beside it, one row a post
    small = [row[8:10] for row in rows[head + 1 :] if len(row) > 9 and row[8]]
    assert [tuple(r) for r in small] == POST_LEVELS
    level_of = {post: GRADES[lv] for post, lv in small}
    assert len(level_of) == len(small)
    # not in the list's order: the row beside a point is not its post's
    beside = [row[2] != row[8] for row in rows[head + 1 :] if isinstance(row[0], int) and row[8]]
    assert any(beside)
    got = [
        (dept, post, who, point, level_of[post])
        for dept, post, who, _t, point, _ty, _m in POST_POINTS
    ]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert {post for _d, post, *_x in POST_POINTS} == set(level_of)
    # two 副乡长 share the post and its level
    deputies = {f["person"]: f for f in BY_NAME[name]["truth"] if f["title"] == "副乡长"}
    assert len(deputies) == 2
    assert {r["level"] for f in deputies.values() for r in f["risks"]} == {GRADES["二级"]}


def test_batch994_plain_tables_by_heading():
    cases = [
        ("tongdao_ethnic_religious_bureau_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("tongdao_culture_tourism_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("tongdao_village_duty_list",
         {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("tongdao_cultural_centre_posts", {"dept": "部室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name


def test_batch994_group_rows_give_the_department():
    name = "tongdao_archives_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch994_one_sheet_a_person():
    name = "tongdao_township_finance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "tongdao_library_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职　务", f["title"]]
        assert f["sheet"] == f["title"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch994_is_read(tmp_path):
    BATCH.is_read(tmp_path)
