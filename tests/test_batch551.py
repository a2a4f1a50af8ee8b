"""The five-hundred-and-fifty-first batch of published layouts (tests/published/batch551.py): seven
ordinary files as the 民政 and 残联 bodies of one county (循化撒拉族自治县) really send them — the
残疾人联合会's file in two sheets ``领导``/``科室`` with ``一级/二级/三级``, the 社会福利中心's 一览表 with
部室/岗位/责任人 merged and ``高风险/中风险/低风险``, the 殡葬管理所's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 查汗都斯乡民政办's 防控卡 one sheet a holder with ``★★★/★★/★``, the
清水乡民政办's 自查表 one sheet a person with 高/中/低, the 道帏藏族乡民政办's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 文都藏族乡民政办's 责任清单 with ``职责事项`` — and one
harder: the 民政局's list whose every ``岗位`` cell is a duty clause + ``的`` + the post title
(``分管社会救助工作的副局长``, ``负责低保审核确认的股长``)
(``python tests/published/score.py --set batch551``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 3fd9adb (``/work/snap45``; this
worktree branched from dev at dd430b6): ``TOTAL                      forms  23/23  points  42/42
recall 1.00 precision 1.00 (42/42)  levels  42/42  types  42/42  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict:
``TOTAL                      forms  18/23  points  42/42  recall 1.00 precision 1.00 (42/42)
levels  42/42  types  42/42  noise 0`` / ``TOTAL forms=0.783 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full, --strict too (残联 two sheets, 社会福利中心 list, 殡葬管理所 group
rows, 查汗都斯乡 cards, 清水乡 self-checks, 道帏藏族乡 对岗不对人, 文都藏族乡 list: 18/18 forms, 32/32
points, levels and types all right); the harder file reads in full by default (5/5 forms, 10/10
points, levels and types right).

Missed, only under --strict, in the harder ``xunhua_civil_bureau_post_by_duty.xlsx`` (sheet 一览表;
forms 0/5, points 10/10): every post was read as the whole 岗位 cell — C3 ``主持全面工作的局长``
(truth ``局长``), C5 ``分管社会救助工作的副局长`` (truth ``副局长``), C7 ``负责低保审核确认的股长`` (truth
``股长``), C9 ``负责福彩公益金项目初审的股长`` (truth ``股长``), C11 ``负责救助资金拨付核算的会计`` (truth
``会计``); the 股室 (局领导, 社会救助股, 社会事务股, 办公室), holders and tiers (领导/中层/一般) are right,
and issues.csv says nothing of these cells. Kind: a 岗位 cell written as a duty clause + ``的`` +
the post title is taken whole as the post — the title at the end after the last ``的`` is not
cut from the duty that leads it.

Not scored, seen in posts.csv: the four 乡民政办 are cut to the township — unit
``循化撒拉族自治县查汗都斯乡`` / ``…清水乡`` / ``…道帏藏族乡`` / ``…文都藏族乡`` (truth ``…民政办``); the
查汗都斯乡 cards and the 文都藏族乡 list get the 科室 ``民政办`` (truth none) and their 主任 the tier
中层岗位 (truth leader); the 残联's ``领导`` sheet gets no 科室 (truth ``领导``); every other unit,
科室, post and tier is as the truth.

Generalised after this measurement: a post cell naming the post after what its holder does
('分管社会救助工作的副局长', '负责低保审核确认的股长') gives the post after the last 的 and keeps the clause before it as
the post's duty (tests/test_columns.py::test_a_post_written_after_what_its_holder_does).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch551 import (
    DUTY_POSTS,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(551, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEAD = "xunhua_civil_bureau_post_by_duty"
HARDER = {HEAD}
UNTYPED = {
    "xunhua_disabled_federation_two_sheets",
    "xunhua_funeral_office_group_rows",
    "xunhua_chahandusi_office_cards",
    "xunhua_qingshui_office_selfchecks",
    "xunhua_wendu_office_duty_list",
}
NOBODY = {"xunhua_daowei_office_posts"}


def test_batch551_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=550, unit_words=(PLACE,), new_people=True)


def test_batch551_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch551_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch551_every_unit_is_of_xunhua():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch551_post_is_the_title_after_the_duty_clause():
    rows = BATCH.filled(HEAD)
    heading = ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    assert heading in rows
    got, holder = [], None
    for row in rows:
        if isinstance(row[0], int):
            if row[2] is not None:
                shown = row[2]
                assert shown.startswith(("主持", "分管", "负责")) and "的" in shown
                assert not any(s in shown for s in "（()、/：")
                holder = (row[1], shown.rsplit("的", 1)[1], row[3])
            got.append((*holder, row[4], HML[row[6]]))
    assert BATCH.truth_rows(HEAD) == got
    titles = [f["title"] for f in BY_NAME[HEAD]["truth"]]
    assert titles == [title for _d, _s, title, *_r in DUTY_POSTS]
    assert titles.count("股长") == 2 and len(set(titles)) == 4
    assert BATCH.types_by(HEAD, "风险类型") == [r["types"] for r in BATCH.points(HEAD)]
    assert all(len(types_in(typ)) == 1 for *_x, pts in DUTY_POSTS for _p, typ, _l, _m in pts)


def test_batch551_plain_tables_by_heading():
    cases = [
        ("xunhua_daowei_office_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xunhua_welfare_centre_list", {"dept": "部室", "post": "岗位", "person": "责任人",
                                        "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("xunhua_daowei_office_posts") == {""}
    name = "xunhua_wendu_office_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "xunhua_disabled_federation_two_sheets"
    got = BATCH.by_heading(name, {"dept": "部室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "领导", fixed={"dept": "领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "领导")


def test_batch551_group_rows_and_one_sheet_a_person():
    name = "xunhua_funeral_office_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "xunhua_chahandusi_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xunhua_qingshui_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在部门"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch551_is_read(tmp_path):
    BATCH.is_read(tmp_path)
