"""The four-hundred-and-seventy-ninth batch of published layouts (tests/published/batch479.py): seven
ordinary files as the 应急管理 bodies of one county (通渭县) really send them — the 应急救援指挥中心's
排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 安全生产执法大队's file in two sheets
``队领导``/``中队`` with ``一级/二级/三级``, the 地震局's 防控卡 one sheet a holder with ``★★★/★★/★``, the
平襄镇应急管理站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 马营镇 one's 责任清单 under
group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 鸡川镇 one's 一览表 with 责任人 on every
row, the 义岗川镇 one's 一览表 with ``一级/二级/三级`` — and one harder: the 应急管理局's 一览表 with no 股室
column, each staff member's 股室 written in a closing bracket after the post in the 岗位 cell
(``股长（安全生产综合监管股）``, ``科员（应急指挥股）``)
(``python tests/published/score.py --set batch479``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 62de7ae (``/work/snap27``; this
worktree branched from dev at 62de7ae too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict: TOTAL forms=0.850 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. Seven layouts read in
full, --strict too (15/15 forms, 29/29 points, levels and types all right). The harder
``tongwei_bureau_dept_in_post_bracket.xlsx`` reads all 10/10 points with 10/10 levels and types and
its 5/5 forms without --strict, but with --strict only 2/5 forms (the two leaders') — the misses by
cell, all on sheet ``一览表``:

- B7 (merged B7:B8) ``股长（安全生产综合监管股）``: read as post ``股长（安全生产综合监管股）`` with 科室 blank;
  truth post ``股长``, 科室 ``安全生产综合监管股`` (holder 钭沄翮 right);
- B9 (merged B9:B10) ``科员（应急指挥股）``: read as post ``科员（应急指挥股）``, 科室 blank; truth post
  ``科员``, 科室 ``应急指挥股`` (holder 郏栩湲 right);
- B11 (merged B11:B12) ``科员（防灾减灾股）``: read as post ``科员（防灾减灾股）``, 科室 blank; truth
  post ``科员``, 科室 ``防灾减灾股`` (holder 缑翯湜 right).

Kind of mistake (one): a 股室 bracketed after the post in the 岗位 cell is kept as part of the post
and not taken as the form's 科室 (the tiers were still read right: 中层岗位, 一般岗位).

Generalised after this measurement: a post with its 科室 bracketed after it ('股长（安全生产综合监管股）'), where
no 科室 column or field gives one, is read as the post and its 科室 (identity.post_of;
tests/test_columns.py test_a_post_with_its_keshi_bracketed_after_it, with '股长(文物保护股)', '会计（财务室）' and
'站长（兼）' left as it was).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch479 import (
    BUREAU,
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
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(479, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BRACKETED = "tongwei_bureau_dept_in_post_bracket"
HARDER = {BRACKETED}
UNTYPED = {
    "tongwei_enforcement_brigade_two_sheets",
    "tongwei_earthquake_bureau_cards",
    "tongwei_pingxiang_station_selfchecks",
    "tongwei_maying_station_group_rows",
}
NOBODY = {"tongwei_rescue_center_posts"}


def test_batch479_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=477, unit_words=(PLACE,), new_people=True)


def test_batch479_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch479_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch479_every_unit_is_of_tongwei():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch479_department_only_in_the_post_cells_bracket():
    rows = BATCH.filled(BRACKETED)
    assert rows[1] == ["序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    assert not any(w in str(v) for v in rows[1] for w in ("科室", "股室", "部门"))
    table = BATCH.table(BRACKETED)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_h, points in BUREAU)
    got, post, who = [], None, None
    for row in table:
        post, who = row[1] or post, row[2] or who
        m = re.fullmatch(r"(.+?)（(.+)）", post)
        title, dept = (m.group(1), m.group(2)) if m else (post, "")
        got.append((dept, title, who, row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(BRACKETED)
    depts = {f["department"] for f in BY_NAME[BRACKETED]["truth"]}
    assert "" in depts and len(depts - {""}) == 3
    assert all(f["department"] == "" for f in BY_NAME[BRACKETED]["truth"] if f["tier"] == "leader")


def test_batch479_plain_tables_by_heading():
    cases = [
        ("tongwei_rescue_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("tongwei_jichuan_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("tongwei_yigangchuan_station_list", {"post": "岗位", "person": "姓名", "point": "廉政风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("tongwei_rescue_center_posts") == {""}
    name = "tongwei_enforcement_brigade_two_sheets"
    got = BATCH.by_heading(name, {"dept": "中队", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "中队")  # fmt: skip
    assert got == BATCH.truth_rows(name, "中队")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "队领导",
                           fixed={"dept": "队领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "队领导")


def test_batch479_group_rows_and_one_sheet_a_person():
    name = "tongwei_maying_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "tongwei_earthquake_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "tongwei_pingxiang_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch479_is_read(tmp_path):
    BATCH.is_read(tmp_path)
