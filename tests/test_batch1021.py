"""The one-thousand-and-twenty-first batch of published layouts (tests/published/batch1021.py):
seven ordinary files as the 乡镇, 村, 文旅, 农业, 林业, 自然资源 and 烟草 bodies of one county (瓮安县)
send them — the 猴场镇人民政府's 清单 under group rows, the 金竹村's 清单 with ``职务 | 姓名`` on every
row, the 文体广电旅游局's 一览表, the 农业农村局's 责任清单, the 林业局's 清单 对岗不对人, the 自然资源局's
排查表 with ``风险点 | 风险表现``, the 烟草专卖局's 自查表 one sheet a person — and one harder: the
民政局's 一览表 with a separate ``自查结果`` block under it (``序号 | 廉政风险点 | 是否存在 | 整改措施``)
(``python tests/published/score.py --set batch1021``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with r5base's reader at bcbea565 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=1.000
precision=0.932 levels=1.000 types=1.000 noise=0 (forms 24/24, points 41/41, precision 41/44, levels
41/41, types 41/41 — levels and types are scored on the points found only); with --strict forms
23/24 (0.958), the rest the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0) — the 猴场镇's group rows
``二、农业服务中心``, ``三、社会事务办`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on every row, the
林业局's posts with no names, the 自然资源局's short ``风险点`` beside ``风险表现``, the three-character
surname 纥豆陵 in every column and sheet name, as the truth has them; --strict, the 烟草专卖局's
自查表 of ``拔列沅瑀`` (``烟叶站站长``) is read as 科室 ``烟叶站``, post ``站长`` (the reader's
convention for a 职务 naming its own 站/科, as with batch957's ``药剂科科长``): this batch's own
convention keeps the whole 职务 and no 科室, and is left so.

Missed, all in the harder ``wengan_civil_affairs_selfcheck_block.xlsx`` (forms 3/3, points 6/6,
precision 6/9, levels 6/6, types 6/6, noise 0): the ``自查结果`` block under the list — a label merged
across (A10), its heading ``序号 | 廉政风险点 | 是否存在 | 整改措施`` in A–D (A11) and three rows
numbered 1–3 again naming points of the list with ``是/否`` — was read as a second table of the
same form: its three rows THREE MORE POINTS with no 科室, post nor holder (``低保对象认定优亲厚友``,
``临时救助审批超标准``, ``殡葬服务收费不公示`` a second time), each with LEVEL_BLANK (B12–B14 as
reported) and a second TABLE_NO_TYPE at A11. Kind: a self-check's results typed as a table of their
own under a list (``自查结果``, ``自查情况``: ``序号 | 廉政风险点 | 是否存在 | 整改措施``), naming no
holder, no 科室 and no level, its rows answering for points listed above, is read as more points;
``_heading_under_list`` knows a ledger under a list only by a holder's or 科室's heading
(TABLE_UNDER_LIST), and a heading with a risk point's heading it leaves to the list.

Generalised after this measurement: a table further down the sheet under a list, its heading a
point's and an answer's (``是否存在``, ``是否发现``, ``有无问题``, ``自查情况``, ``存在与否``) and no
holder's, 科室's, post's nor level's, every point of its rows one of the list's above and one answer
at least 是/否, 有/无, 已发现/未发现, is a self-check's answers to the list: its header is no table's
(``_Headers._without_answer_blocks``, kept in ``ledger_heads``), the list ends at it and ``_tail``
reports it once (info ANSWERS_UNDER_LIST at its heading, here 一览表!A11, three rows; a set-aside
table, ``SET_ASIDE_TABLES``); its rows are no points (the cheap test first: an answer's heading
among the second header's words). A 自查表 with a ``是否存在`` column and no list above, and such a
table whose points are not the list's, are read as before. tests/test_answers_under_list.py (a
交通运输局's ``排查结果`` over ``编号 | 廉政风险点 | 是否发现 | 整改措施`` answered ``未发现/已发现``, a
卫生院's ``序号 | 风险点 | 有无问题 | 整改情况`` right under its rows, and the near-misses). Read
1.00 since (forms 24/24, points 41/41, precision 41/41, levels 41/41, types 41/41, noise 0); --strict
forms 23/24, the 烟叶站站长 convention above, unchanged. Batches 983, 976, 975, 974, 1016, 1013, 1009
and 1018 unchanged, --strict (975 forms 0.968, its own convention), each compared with r5base's
reader.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1021 import (
    CIVIL,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SELFCHECK,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1021, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wengan_civil_affairs_selfcheck_block"}
TYPED = {
    "wengan_culture_bureau_list",
    "wengan_agriculture_duty_list",
    "wengan_forestry_bureau_posts",
}
NOBODY = {"wengan_forestry_bureau_posts"}
SURNAMES = ("纥豆陵", "拔列")


def test_batch1021_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1018, unit_words=("瓮安县",), new_people=True)


def test_batch1021_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1021_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1021_every_unit_is_of_wengan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("瓮安县") for u in units)


def test_batch1021_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1021_selfcheck_block_under_the_list():
    name = "wengan_civil_affairs_selfcheck_block"
    rows = BATCH.filled(name, "一览表")
    heads = [r for r, row in enumerate(rows) if row and row[0] == "序号"]
    assert len(heads) == 2
    h, h2 = heads
    assert rows[h] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    listed = [r for r in range(h + 1, h2) if rows[r] and isinstance(rows[r][0], int)]
    got = [tuple(rows[r][1:6]) for r in listed]
    assert got == [(d, p, w, pt, lv) for d, p, w, _t, pt, lv, _m in CIVIL]
    # a blank row, then the label 自查结果 merged across, then its own heading in A–D
    assert not any(rows[listed[-1] + 1])
    assert {v for v in rows[h2 - 1] if v} == {"自查结果"}  # (filled across its merge)
    assert rows[h2][:4] == ["序号", "廉政风险点", "是否存在", "整改措施"] and not any(rows[h2][4:])
    below = [tuple(rows[r][:4]) for r in range(h2 + 1, h2 + 1 + len(SELFCHECK))]
    assert below == list(SELFCHECK)
    # its points are the list's own, answered 是/否; no holder, no level
    points = {pt for *_x, pt, _lv, _m in CIVIL}
    assert all(pt in points and ans in ("是", "否") for _n, pt, ans, _m in SELFCHECK)
    assert BATCH.truth_rows(name) == [(d, p, w, pt, HML[lv]) for d, p, w, _t, pt, lv, _m in CIVIL]


def test_batch1021_plain_tables_by_heading():
    cases = [
        ("wengan_culture_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("wengan_agriculture_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("wengan_forestry_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("wengan_natural_resources_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("wengan_jinzhu_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1021_group_rows_give_the_department():
    name = "wengan_houchang_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1021_one_sheet_a_person():
    name = "wengan_tobacco_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1021_is_read(tmp_path):
    BATCH.is_read(tmp_path)
