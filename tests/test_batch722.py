"""The seven-hundred-and-twenty-second batch of published layouts (tests/published/batch722.py):
seven ordinary files as the cultural relics and world-heritage bodies of one city (集安市, of 通化市,
吉林省) really send them — the 高句丽遗址管理处's 一览表 with ``一级/二级/三级``, the 博物馆's 防控卡 one
sheet a leader with ``★★★/★★/★``, the 世界文化遗产监测中心's 排查表 对岗不对人 with ``…风险`` types and
高/中/低, the 文物保护研究所's 清单 under group rows with ``高风险/中风险/低风险``, the 文物管理所's 自查表
one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 文化广播电视和旅游局's 一览表 in two sheets 局领导/科室 with
``一级风险/…``, the 文化市场综合行政执法大队's 一览表 under ``附件3`` — and one harder: the 文物局's
廉政风险点汇总表, three 科室 sections stacked on one sheet, each a group row and ITS OWN heading row in
its own column order (``python tests/published/score.py --set batch722``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 30bc7ea (/work/snap28; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 32/32, points 55/55); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.

All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the seven
ordinary ones and the harder one alike.

No misses. The harder ``jian_relics_bureau_pasted_sections.xlsx`` (sheet 汇总) was read right: the
reader took each heading row (A4 ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, A11 ``序号 |
姓名 | 职务 | 风险等级 | 风险点 | 防控措施``, A18 ``序号 | 风险点 | 防控措施 | 等级 | 责任岗位 | 责任人``)
as the start of a table of its own with its own column map (one TABLE_NO_TYPE info at each of A4,
A11, A18), and each group row (``一、办公室`` …) as the 科室 of the rows under it: six forms, 11 points,
all with the right 科室, post, name and level (posts.csv F00001–F00006). Kind: none — sections on one
sheet whose headings put the same fields in different column orders are already read as separate
tables, each by its own heading; this shape does not test anything the reader lacks.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch722 import (
    GRADES,
    HEADINGS,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SECTIONS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(722, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jian_relics_bureau_pasted_sections"}
TYPED = {"jian_heritage_monitoring_posts", "jian_law_enforcement_brigade_list"}
NOBODY = {"jian_heritage_monitoring_posts"}


def test_batch722_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=720, unit_words=("集安市",), new_people=True)


def test_batch722_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch722_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch722_every_unit_is_of_jian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("集安市") for u in units)


def test_batch722_each_section_is_read_by_its_own_heading():
    name = "jian_relics_bureau_pasted_sections"
    rows = BATCH.filled(name)
    got, dept, fields = [], None, None
    headings = {tuple(label for label, _ in h): [f for _, f in h] for h in HEADINGS}
    seen = []
    for row in rows:
        cells = tuple(row[:6])
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif cells in headings:
            fields = headings[cells]
            seen.append(cells)
        elif isinstance(row[0], int):
            rec = dict(zip(fields, row[:6], strict=True))
            got.append((dept, rec["post"], rec["who"], rec["point"], GRADES[rec["level"]]))
    assert got == BATCH.truth_rows(name)
    # three headings, all different orders of the same fields, each section numbered from 1
    assert len(seen) == 3 and len(set(seen)) == 3
    assert all(sorted(f for _, f in h) == sorted(f for _, f in HEADINGS[0]) for h in HEADINGS)
    assert [row[0] for row in BATCH.table(name)].count(1) == len(SECTIONS)
    # one column holds posts, names and points in different sections
    assert [h[1][1] for h in HEADINGS] == ["post", "who", "point"]


def test_batch722_plain_tables_by_heading():
    cases = [
        ("jian_koguryo_sites_office_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("jian_law_enforcement_brigade_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("jian_heritage_monitoring_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
    for name in TYPED:
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    name = "jian_culture_tourism_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch722_group_rows_give_the_department():
    name = "jian_conservation_institute_groups"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch722_one_sheet_a_person():
    name = "jian_relics_management_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "jian_museum_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch722_is_read(tmp_path):
    BATCH.is_read(tmp_path)
