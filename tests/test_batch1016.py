"""The one-thousand-and-sixteenth batch of published layouts (tests/published/batch1016.py): seven
ordinary files as the 乡镇, 村, 文旅, 农业, 水务, 自然资源 and 医疗 bodies of one county (长顺县) send
them — the 广顺镇人民政府's 清单 under group rows, the 马场村's 清单 with ``职务 | 姓名`` on every row,
the 文体广电旅游局's 一览表, the 农业农村局's 责任清单, the 水务局's 清单 对岗不对人, the 自然资源局's
排查表 with ``风险点 | 风险表现``, the 人民医院's 自查表 one sheet a person — and one harder: the
市场监督管理局's 一览表 whose last rows are a pledge typed across the table's cells, a piece of the
sentence in each (``python tests/published/score.py --set batch1016``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with r4base's reader at 0a78253b (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=1.000
precision=0.976 levels=1.000 types=1.000 noise=0 (forms 24/24, points 41/41, precision 41/42, levels
41/41, types 41/41 — levels and types are scored on the points found only); with --strict the same.
The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0, --strict too) — the 广顺镇's group rows ``二、农业服务中心``,
``三、财政所`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on every row, the 水务局's posts with no names,
the 自然资源局's short ``风险点`` beside ``风险表现``, the three-character surname 若口引 in every
column and sheet name, as the truth has them.

Missed, all in the harder ``changshun_market_pledge_across_cells.xlsx`` (forms 3/3, points 6/6,
precision 6/7, levels 6/6, types 6/6, noise 0): the pledge's first row typed across the table's cells
(``全体人员承诺： | 认真落实 | 上述防控措施， | 自觉遵守 | 廉洁自律各项规定，… | 接受 | 组织和群众监
督，``) was read as ONE MORE POINT of a holder made of its pieces — 科室 ``认真落实``, 岗位 ``上述防控措施，``,
姓名 ``自觉遵守``, the point ``廉洁自律各项规定，不以权谋私，不收受管理服务对象礼品礼金，``, measures
``组织和群众监督，`` — a fourth form, with LEVEL_UNKNOWN at F9 (``接受`` under 风险等级) as its only
trace; its second row (``如有违反， | 自愿接受 | 组织处理。``, nothing under 廉政风险点) and the
``承诺人（签字）：`` line were passed over, as they should. Kind: a pledge (or any sentence) typed
across a list's own columns under its rows, a piece in each cell and nothing merged, opening with a
pledge's words in the first column (``本人承诺：``, ``全体人员承诺：``, ``我们郑重承诺``), is read as a
row of the list; the reader knows such a paragraph in ONE cell merged across the form (``廉政承诺 |
本人郑重承诺……``), not split over the cells where its pieces look like a holder, a point and its
measures.

Generalised after this measurement: rows under a list's points holding a pledge typed across the
list's own cells, a piece in each and nothing merged — the first opening in its first filled cell
with a pledge's words ending on a colon or alone (``全体人员承诺：``, ``本人郑重承诺``, ``我们承诺如下：``),
three pieces or more, no level word under the level heading; the rows going on under it with no
序号, no level and no sign-off up to the piece ending the sentence (``。``, ``！``) — are no rows of
the list (info PLEDGE_ACROSS_CELLS at the first piece: here 一览表!A9, two rows); a sentence never
ended, a pledge merged in one cell and a point ``违规承诺…`` with its level read as before (a cheap
test first: ``承诺`` once in the table's text). tests/test_pledge_across_cells.py (a 县税务局's
``本人郑重承诺：`` in the 序号 column over three rows ending on ``！``, a 卫生院's list with no 序号
column and ``我们承诺如下：``, and the near-misses). Read 1.00 since (forms 24/24, points 41/41,
precision 41/41, levels 41/41, types 41/41, noise 0), --strict too; batches 983, 976, 974, 124, 121,
222, 1013 and 1009 unchanged at 1.00, --strict, and 975 unchanged (forms 0.968 --strict, its own
convention), each compared with r4base's reader.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1016 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MARKET,
    PLEDGE,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1016, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"changshun_market_pledge_across_cells"}
TYPED = {
    "changshun_culture_bureau_list",
    "changshun_agriculture_duty_list",
    "changshun_water_bureau_posts",
}
NOBODY = {"changshun_water_bureau_posts"}
SURNAMES = ("拓王", "若口引")


def test_batch1016_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("长顺县",), new_people=True)


def test_batch1016_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1016_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1016_every_unit_is_of_changshun():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("长顺县") for u in units)


def test_batch1016_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1016_pledge_typed_across_the_cells_under_the_list():
    name = "changshun_market_pledge_across_cells"
    rows = BATCH.filled(name, "一览表")
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[h] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    listed = [r for r in range(h + 1, len(rows)) if isinstance(rows[r][0], int)]
    got = [tuple(rows[r][1:6]) for r in listed]
    assert got == [(d, p, w, pt, lv) for d, p, w, _t, pt, lv, _m in MARKET]
    # the pledge: right under the list, its pieces one a cell, in the list's own columns, no merge
    tail = rows[listed[-1] + 1 : listed[-1] + 1 + len(PLEDGE)]
    assert [[v or "" for v in row] for row in tail] == [[v or "" for v in row] for row in PLEDGE]
    assert PLEDGE[0][0].endswith("承诺：") and PLEDGE[-1][3].endswith("。")
    assert all(sum(1 for v in row if v) >= 3 for row in PLEDGE)
    sheet = BY_NAME[name]["sheets"][0]
    last_point = listed[-1]
    assert not any(r0 > last_point for r0, _c0, _r1, _c1 in sheet["merges"])
    # pieces stand under 股室, 岗位, 姓名 and 廉政风险点; no level word under 风险等级
    assert all(row[c] for row in PLEDGE[:1] for c in (1, 2, 3, 4))
    assert all(row[5] not in LEVELS for row in PLEDGE)
    assert BATCH.truth_rows(name) == [(d, p, w, pt, HML[lv]) for d, p, w, _t, pt, lv, _m in MARKET]


def test_batch1016_plain_tables_by_heading():
    cases = [
        ("changshun_culture_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("changshun_agriculture_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("changshun_water_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("changshun_natural_resources_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("changshun_machang_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1016_group_rows_give_the_department():
    name = "changshun_guangshun_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1016_one_sheet_a_person():
    name = "changshun_hospital_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1016_is_read(tmp_path):
    BATCH.is_read(tmp_path)
