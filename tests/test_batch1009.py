"""The one-thousand-and-ninth batch of published layouts (tests/published/batch1009.py): seven
ordinary files as the 畜牧, 交通, 文化 and 乡村 bodies of one county (三穗县) send them — the
三穗鸭产业发展中心's 排查表 with ``风险点 | 风险表现``, the 农业农村局's 一览表, the 台烈镇人民政府's 清单 under
group rows, the 颇洞村's 清单 with ``职务 | 姓名`` on every row, the 动物疫病预防控制中心's 自查表 one sheet a
person, the 交通运输局's 清单 对岗不对人, the 公路管理段's 责任清单 — and one harder: the 自然资源局's 一览表
with a KEY OF WHAT EACH LEVEL MEANS under it on the same sheet (a caption ``风险等级划分标准``, a row
``风险等级 | 高 | 中 | 低`` over rows ``判定标准 | …`` and ``防控责任 | …``, each cell two columns merged)
(``python tests/published/score.py --set batch1009``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at afc8fba3 (r3base: main plus batches 999–1008; this
worktree branched from that commit, xlproc/ untouched), after these tests passed (but ``is_read``):
TOTAL forms=1.000 recall=1.000 precision=0.932 levels=1.000 types=1.000 noise=3 (forms 24/24,
points 41/41, precision 41/44, levels 41/41, types 41/41 — levels and types are scored on the
points found only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All
seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict
too) — the 中心's short ``风险点`` beside its long ``风险表现``, the 农业农村局's merged 股室 and people, the
台烈镇's group rows ``二、畜牧兽医站``, ``三、自然资源所`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on every
row, the 中心's self-checks one sheet a person, the 交通运输局's posts with no names, the 公路管理段's
short types.

Missed, all in the harder ``sansui_natural_resources_list_with_level_key.xlsx`` (forms 3/3, points
6/6, precision 6/9, noise 3): the six points were read, and so were the three rows of the level key
under them, as three more points of a made-up holder: 一览表!A11 ``风险等级 | 高 | 中 | 低`` (each
two columns merged) as 科室 ``风险等级``, 职务 and 姓名 ``高`` and a point ``中`` at level Ⅲ级 (its ``低``
in the 风险等级 column), A12 ``判定标准 | …`` and A13 ``防控责任 | 主要领导 | 分管领导 | 股室负责人`` as
points ``涉及一般审批、执法检查…`` and ``分管领导`` with LEVEL_UNKNOWN at G12, G13 (the criteria and
``股室负责人`` under 风险等级), TYPE_BLANK at F11–F13 and MEASURES_BLANK at H11–H13; the caption
``风险等级划分标准`` merged across A10:H10 was passed over. The key is not seen as a table of its own:
docs/layouts.md's 等级划分表 stands alone with the level in the first column, one row a level
(TABLE_OTHER), and batch1004's block under a list (COUNT_BLOCK_BY_LEVEL) wants counts or shares
under the levels ("级别下面写的不是个数的(各级的判定标准、说明文字)不按此读"). A probe before building
(the key unmerged right under the rows, after a blank row and a caption with a second row of
criteria, and the levels DOWN the 科室 column or down the point column) showed the same for the
levels across (their rows read as points, LEVEL_BLANK, MEASURES_BLANK); the levels down under the
科室 column read right, but under the point column ``风险等级``, ``高``, ``中``, ``低`` were read as four
points of the list's last person. Kind: a key of what each level means under a list on the same
sheet — the list's level words across one row labelled by a level heading (``风险等级 | 高 | 中 |
低``) over rows of criteria texts (``判定标准 | …``, ``防控责任 | …``), or the levels down one column
under such a heading beside their criteria — is read as risk points; a general fix would end the
list at such a heading row, as batch1004's count block does, and set the key aside with a note.

Generalised after this measurement: a key of what each level means under a list on the same
sheet — the levels across one row labelled by a level's heading, each once (``风险等级 | 高 | 中 |
低``, ``风险级别 | 一级 | 二级 | 三级``, ``等级 | 较高 | 一般 | 较低``), over rows of a short label and a
text under each level (``判定标准 | …``, ``释义 | …``, ``防控责任 | 主要领导 | …``), or the levels down
one column under a level's heading beside headings no list has (``风险等级 | 判定标准 | 管控主体`` over
``高 | …``, each level once, at least two) — right under the rows or after a blank row, under a
caption merged across or alone in a cell, its cells merged two columns or not, in the list's first
columns or under its point column — ends the list, its rows no points, said once (info
LEVEL_KEY_UNDER_LIST at its heading row: here 一览表!A11, "风险等级 高 中 低"); its rows fill only the
heading's columns, a sign-off line under them is read as before. The check stands beside
batch1004's count block in ``_small_table_shape`` (xlproc/locate_preamble.py, ``_level_key``,
after its cheap tests: short cells, a level's heading first), one table of the two codes
(``_LEVEL_BLOCKS``); tests/test_level_key_under_list.py. Counts under the levels
(COUNT_BLOCK_BY_LEVEL), a second list whose heading opens with the level (``风险等级 | 风险点 | 防控
措施``) and a level twice down the column read as before. Read 1.00 since (forms 24/24, points
41/41, precision 41/41, levels 41/41, types 41/41, noise 0; --strict the same); batch983, 1004 and
the batches with small tables, counts or level criteria under or beside their lists (980, 981,
968, 956, 883, 650, 406, and 3, 11, 15, 149, 156, 168, 249, 298, 320, 322, 338, 364, 368, 378,
403, 422, 440, 472, 491, 544, 548, 603, 683, 763, 809, 813, 820, 971, 982, whose pages name a
判定标准, 等级说明 or 等级划分) score the same as r3base's reader (all 1.00), --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1009 import (
    GRADES,
    HIGHS,
    KEY_CAPTION,
    KEY_HEAD,
    KEY_ROWS,
    LANDS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1009, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"sansui_natural_resources_list_with_level_key"}
TYPED = {
    "sansui_natural_resources_list_with_level_key",
    "sansui_agriculture_bureau_list",
    "sansui_transport_bureau_posts",
    "sansui_highway_section_duty_list",
}
NOBODY = {"sansui_transport_bureau_posts"}
SURNAMES = ("独孤浑", "尸利")


def test_batch1009_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("三穗县",), new_people=True)


def test_batch1009_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1009_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1009_every_unit_is_of_sansui():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("三穗县") for u in units)


def test_batch1009_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    # a given name after the surname, one or two characters
    assert all(1 <= len(p) - len(next(s for s in SURNAMES if p.startswith(s))) <= 2 for p in people)


def test_batch1009_level_key_under_the_list_says_what_each_level_means():
    name = "sansui_natural_resources_list_with_level_key"
    sheet = BY_NAME[name]["sheets"][0]
    rows, merges = sheet["rows"], set(sheet["merges"])
    cap = next(r for r, row in enumerate(rows) if row[0] == KEY_CAPTION)
    assert all(v is None for v in rows[cap - 1])  # a blank row between the list and the key
    assert (cap, 0, cap, 7) in merges
    head = rows[cap + 1]
    assert tuple(head[c] for c in (0, 2, 4, 6)) == KEY_HEAD
    for k, want in enumerate(KEY_ROWS, 2):
        assert tuple(rows[cap + k][c] for c in (0, 2, 4, 6)) == want
    for r in range(cap + 1, cap + 2 + len(KEY_ROWS)):
        assert {(r, c, r, c + 1) for c in (0, 2, 4, 6)} <= merges  # each cell two columns
    # the key's level words are the list's levels, and they stand in the 序号/股室/职务/姓名 columns
    assert set(KEY_HEAD[1:]) == {row[6] for row in LANDS}
    assert [rows[1][c] for c in (2, 4, 6)] == ["职务", "廉政风险点", "风险等级"]
    # its criteria are long texts, no counts
    assert all(len(v) > 12 for v in KEY_ROWS[0][1:])
    truth = BATCH.truth_rows(name)
    assert len(truth) == len(LANDS)
    assert truth == BATCH.by_heading(
        name, {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, end=cap
    )
    # read on past the list, the key's ``风险等级 | 高 | 中 | 低`` (低 under 风险等级) looks like a row
    assert len(BATCH.by_heading(name, {"point": "廉政风险点"})) > len(LANDS)


def test_batch1009_plain_tables_by_heading():
    cases = [
        ("sansui_agriculture_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("sansui_highway_section_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("sansui_transport_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("sansui_duck_center_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("sansui_podong_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1009_group_rows_give_the_department():
    name = "sansui_tailie_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1009_one_sheet_a_person():
    name = "sansui_animal_disease_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1009_is_read(tmp_path):
    BATCH.is_read(tmp_path)
