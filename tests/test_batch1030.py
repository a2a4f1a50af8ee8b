"""The one-thousand-and-thirtieth batch of published layouts (tests/published/batch1030.py): seven
ordinary files as the 乡镇, 村, 卫生院, 学校, 自然资源, 农业农村 and 市场监管 bodies of one county (贞丰县)
send them — the 者相镇人民政府's 清单, the 纳孔村's 清单 with ``职务 | 姓名`` on every row, the
北盘江镇卫生院's 排查表 with ``风险点 | 风险表现``, the 第二中学's 一览表, the 自然资源局's 清单 对岗不对人,
the 农业农村局's 清单 under group rows, the 市场监督管理局's 自查表 one sheet a person — and one harder:
the 审计局's 一览表 with, RIGHT UNDER its last row (no blank row, no title line), the 机关党支部's
UNTITLED, NUMBERED 学习 record as wide as the list (``序号 | 学习内容 | 学习形式 | 学习时间 | 参加人数 |
签到情况 | 备注`` over three numbered rows), its headings naming no holder, 科室 or role
(``python tests/published/score.py --set batch1030``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at a49c76d7 (main; this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=1.000
precision=0.907 levels=1.000 types=1.000 noise=0 (forms 23/23, points 39/39, precision 39/43,
levels 39/39, types 39/39 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 农业农村局's group rows as
科室, the 村's ``职务 | 姓名`` on every row, the 自然资源局's posts with no names, the 卫生院's short
``风险点`` beside ``风险表现``, the names of the surnames 莫舆 and 可地延, as the truth has them.

Missed, all in the harder ``zhenfeng_audit_bureau_study_record_right_under.xlsx`` (forms 3/3,
points 5/5, precision 5/9, noise 0): the record's heading (一览表!A8) and its three numbered rows
(A9:A11) were read as four more points of the list, by the list's columns — ``学习内容`` as a 科室,
``学习时间`` (and the dates under it) as the holder, ``学习形式`` as the post, ``参加人数`` (``11``,
``12``) as the point; ``签到情况`` and ``已签到`` gave LEVEL_UNKNOWN at F8:F11, the blank 备注
MEASURES_BLANK at G9 and G11. The TABLE_UNDER_LIST of batches 1001/1006/1010 takes a table under
a list only when a heading names a holder, a 科室 or a record's people by their part (主持人,
记录人, 参加人 …), batch1028's RECORD_TITLED_UNDER_LIST only under a title line naming a record,
and a blank row above the heading lets ``_foreign_header`` set it aside (TABLE_OTHER, the probe's);
right under the list's last row none holds. Kind: an UNTITLED, NUMBERED record under a list, right
under its rows, whose headings name no one (``学习内容 | 学习时间 | 签到``), read as points.

Generalised after this measurement: right under a list's last row (no blank row, no title line), a
row opening with ``序号`` whose other two to eleven headings are short and all of a ledger's or a
record's words (内容, 时间, 形式, 地点, 人数, 签到, 学时, 备注 …), one at least naming what the record
is of (学习, 谈话, 会议, 培训, 教育, 约谈, 宣讲, 党课, 讲座, 学法), none a risk list's (风险, 廉政, 防控,
隐患) nor a point's, level's, type's or description's heading, no name, date, number or level among
them, not the list's own header, over a row numbered again from 1 that is no heading row, ends
the list (``locate_header._numbered_record``, a third way of ``_heading_under_list``); the record is
reported once as the new info RECORD_NUMBERED_UNDER_LIST (here 一览表!A8, 3 rows, counted to the
填表人 line) and none of it is a point; behind the one-test gate ``grid.lacks(学习, 谈话, 会议, …)``.
tests/test_record_numbered_under_list.py: a 县税务局's 培训 record as wide as a list with a type
column (``序号 | 培训主题 | 培训地点 | 培训日期 | 学时 | 参训人数 | 备注``), a 乡's narrow 会议 record
(``序号 | 会议主题 | 会议时间 | 签到``, which gave POINT_BLANK rows) under a list of 一级/二级/三级, and
the near-misses read as before: a second list of points right under the rows, the record after a
blank row (TABLE_OTHER), rows numbered on from the list. Read 1.00 since (forms 23/23, points 39/39,
precision 39/39, levels 39/39, types 39/39, noise 0), --strict too; batches 1001, 1006, 1010, 1028,
1015, 1021, 1022, 983, 986, 998 and 334 (tables and records under lists) unchanged at 1.00,
--strict (1021's --strict forms 0.958 as at a49c76d7); ``benchmarks/same_results.py`` against main
at a49c76d7 finds no reading changed on 10,410 files (the 12 it lists differ only in ``.path``:
the base's tests/data were read from /work/main).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1030 import (
    AUDIT,
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RECORD,
    RECORD_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1030, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhenfeng_audit_bureau_study_record_right_under"}
TYPED = {
    "zhenfeng_zhexiang_town_list",
    "zhenfeng_second_school_list",
    "zhenfeng_natural_resources_posts",
}
NOBODY = {"zhenfeng_natural_resources_posts"}
SURNAMES = ("莫舆", "可地延")


def test_batch1030_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1029, unit_words=("贞丰县",), new_people=True)


def test_batch1030_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1030_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1030_every_unit_is_of_zhenfeng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("贞丰县") for u in units)


def test_batch1030_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    # 3 or 4 characters of 莫舆, 4 or 5 of 可地延: a 1–2 character given name
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1030_the_record_right_under_the_list_is_no_point():
    name = "zhenfeng_audit_bureau_study_record_right_under"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == list(HEAD)
    body = rows[at + 1 : at + 1 + len(AUDIT)]
    assert [row[0] for row in body] == list(range(1, 1 + len(AUDIT)))
    got = [(row[1], row[2], row[3], row[4], HML[row[5]]) for row in body]
    assert got == BATCH.truth_rows(name)
    # RIGHT under the list's last row: no blank row, no title line, the record's heading
    under = rows[at + 1 + len(AUDIT)]
    assert under == list(RECORD_HEAD) and len(under) == len(HEAD)
    # its headings name no holder, 科室 or part taken (主持人, 记录人 …), no point or level
    assert not any(h.endswith(("人", "人员", "对象")) for h in RECORD_HEAD)
    assert not any(w in h for h in RECORD_HEAD for w in ("姓名", "科", "股", "风险", "等级"))
    # over numbered rows, 1 on, reaching the list's point column and on
    recs = rows[at + 2 + len(AUDIT) : at + 2 + len(AUDIT) + len(RECORD)]
    assert [row[0] for row in recs] == [1, 2, 3]
    assert all(row[4] is not None and row[5] == "已签到" for row in recs)
    assert rows[at + 2 + len(AUDIT) + len(RECORD)][0] == "填表人："
    # none of the record is a point, and it names no one
    points = {r["risk_point"] for f in lay["truth"] for r in f["risks"]}
    assert len(points) == len(AUDIT)
    assert not points & {str(row[c]) for row in [RECORD_HEAD, *RECORD] for c in range(1, 7)}


def test_batch1030_plain_tables_by_heading():
    cases = [
        ("zhenfeng_zhexiang_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("zhenfeng_second_school_list",
         {"dept": "处室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("zhenfeng_beipanjiang_health_centre_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("zhenfeng_natural_resources_posts", {"dept": "股室", "post": "岗位", "point": "廉政风险点"}),
        ("zhenfeng_nakong_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1030_group_rows_give_the_department():
    name = "zhenfeng_agriculture_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1030_one_sheet_a_person():
    name = "zhenfeng_market_supervision_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1030_is_read(tmp_path):
    BATCH.is_read(tmp_path)
