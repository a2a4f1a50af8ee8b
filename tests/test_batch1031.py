"""The one-thousand-and-thirty-first batch of published layouts (tests/published/batch1031.py): seven
ordinary files as the 乡镇, 村, 卫生院, 学校, 乡村振兴, 供销 and 市场监管 bodies of one county-level city
(兴仁市) send them — the 巴铃镇人民政府's 清单, the 双龙村's 小微权力清单 with ``职务 | 姓名`` on every row,
the 下山镇卫生院's 自查表 one sheet a person, the 回龙镇中心学校's 清单 under group rows, the 乡村振兴局's
清单 对岗不对人, the 供销合作社联合社's 排查表 with ``风险点 | 风险表现``, the 市场监督管理局's 一览表 with
``★★★/★★/★`` — and one harder: the 农业农村局's 一览表 whose plain ``风险等级`` cells each carry two
review stages' levels, each LABELLED IN THE CELL (``自评：二级⏎审定：一级``)
(``python tests/published/score.py --set batch1031``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at a49c76d7 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.927 types=1.000 noise=0 (forms 24/24, points 41/41,
precision 41/41, levels 38/41, types 41/41 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
回龙镇中心学校's group rows as 科室, the 村's ``职务 | 姓名`` on every row, the 乡村振兴局's posts with
no names, the 供销社's short ``风险点`` beside ``风险表现``, the 市场监管局's ``★★★/★★/★``, the
卫生院's one sheet a person, the names of the surnames 屈突 and 是贲, as the truth has them.

Missed, all in the harder ``xingren_agriculture_bureau_stage_labels.xlsx`` (forms 4/4, points
7/7, precision 7/7, levels 4/7, noise 0): each ``风险等级`` cell ``自评：X⏎审定：Y`` was read as its
FIRST level, the self-rating, SILENTLY (no issue at all): 一览表!G4 ``自评：二级⏎审定：一级`` read
Ⅱ级 (truth Ⅰ级), G6 ``自评：三级⏎审定：二级`` read Ⅲ级 (truth Ⅱ级), G8 ``自评：二级⏎审定：三级``
read Ⅱ级 (truth Ⅲ级); the four cells whose two stages agree read right by chance. batch-era
LEVEL_BY_STAGE reads stages only where the HEADING names them in order; a plain ``风险等级`` over
cells that label each stage themselves fell to the level word lookup, which takes the first
level word of a cell. Kind: the review stages' levels labelled inside each level cell, read as the
self-rating.

Generalised after this measurement: a level cell that labels each review stage's level in itself
(``collect._levels_by_stage_labels``, after ``_levels_by_stage``; gated on a rating step's words —
自评, 初评, 审定, 核定, 终评, 复核 … — being writable in the sheet) — two labels or more, all
different, each a rating step with the body that rates before it (``本人自评``, ``局党组审定``,
``院纪委复核``; a body alone before a colon), each followed by one level word and nothing else up to
the next label, parted by a line break, a space, ``/``, ``；`` or ``，`` (``自评：二级⏎审定：一级``,
``本人自评二级；局党组审定一级``, ``初评：中 核定：高``, ``自评Ⅱ级/审定Ⅰ级``) — reads as the ruling
stage's level: the one a ``注：…以…为准`` line names (``_final_stage``, as LEVEL_BY_STAGE), else
the one labelled as settling (审定, 核定, 终评, 确定), else the last; said as the new info
LEVEL_BY_STAGE_LABELS, once a table, naming the first cell whose stages differ (here 一览表!G4)
and the count; tests/test_level_stage_labels.py (a 县自然资源局's ``初评：中 核定：高`` on one line,
a 县人民医院's three stages ``科室初评Ⅱ级；院纪委复核Ⅰ级；院党委终评Ⅱ级`` with a note naming the
复核 one, and the near-misses: one label only ``审定：一级``, words between ``经集体研究确定为一级``,
a label over no level ``审定：待定``, plain levels, and stages the heading names, still
LEVEL_BY_STAGE). Read 1.00 since (forms 24/24, points 41/41, precision 41/41, levels 41/41,
types 41/41, noise 0), --strict too; batches 19, 229, 231, 272, 802, 846, 873, 893, 950, 999,
1005, 1007, 1023 and 1025 (the stage, review-opinion, 自查 | 审定 and level-with-reason kinds)
unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1031 import (
    AGRICULTURE,
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    staged,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS, **STARS}
BATCH = Batch(1031, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xingren_agriculture_bureau_stage_labels"}
TYPED = {
    "xingren_agriculture_bureau_stage_labels",
    "xingren_baling_town_list",
    "xingren_rural_revitalisation_posts",
    "xingren_supply_coop_screening",
    "xingren_market_bureau_list",
}
NOBODY = {"xingren_rural_revitalisation_posts"}
SURNAMES = ("屈突", "是贲")


def test_batch1031_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1029, unit_words=("兴仁市",), new_people=True)


def test_batch1031_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1031_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1031_every_unit_is_of_xingren():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("兴仁市") for u in units)


def test_batch1031_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1031_each_level_cell_labels_both_stages():
    name = "xingren_agriculture_bureau_stage_labels"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == list(HEAD)
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in body] == list(range(1, 1 + len(AGRICULTURE)))
    got = []
    for row in body:
        own, ruled = row[6].split("\n")
        # each line labels its stage, the self-rating first, the ruling one second
        assert own.startswith("自评：") and ruled.startswith("审定：")
        assert own[3:] in GRADES and ruled[3:] in GRADES
        got.append((row[1], row[2], row[3], row[4], GRADES[ruled[3:]]))
    assert got == BATCH.truth_rows(name)
    # the truth takes the 审定 level; some cells' 自评 level differs, both ways
    differ = [(GRADES[o], GRADES[r]) for *_x, o, r, _m in AGRICULTURE if o != r]
    assert any(o > r for o, r in differ) and any(o < r for o, r in differ)
    assert [row[6] for row in body] == [staged(o, r) for *_x, o, r, _m in AGRICULTURE]


def test_batch1031_plain_tables_by_heading():
    cases = [
        ("xingren_baling_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("xingren_market_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("xingren_supply_coop_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("xingren_rural_revitalisation_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("xingren_shuanglong_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1031_group_rows_give_the_department():
    name = "xingren_huilong_school_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1031_one_sheet_a_person():
    name = "xingren_xiashan_health_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1031_is_read(tmp_path):
    BATCH.is_read(tmp_path)
