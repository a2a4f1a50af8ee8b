"""The one-thousand-and-fortieth batch of published layouts (tests/published/batch1040.py): seven
ordinary files as the 乡镇, 村, 教育, 卫生, 应急, 林业 and 学校 bodies of one county (水城区) send them —
the 玉舍镇人民政府's 清单, the 俄戛村's 排查表 with ``职务 | 姓名`` on every row, the 教育局's 一览表,
the 发耳镇卫生院's 清单 under group rows, the 应急管理局's 清单 对岗不对人, the 林业局's 排查表 with
``风险点 | 风险表现``, the 第二中学's 防控卡 one sheet a person — and one harder: the 自然资源局's
一览表 whose every 廉政风险点 cell writes the point, then, unbracketed, what it rests on, on its own
line (``…⏎依据：《…》第…条``) or after the point's full stop (``…。政策依据：…``)
(``python tests/published/score.py --set batch1040``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 4e88da48 (main at this worktree's branch point, xlproc/
untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=0.829
precision=0.829 levels=1.000 types=1.000 noise=0 (forms 24/24, points 34/41, precision 34/41,
levels 34/34, types 34/34 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 卫生院's group rows as 科室,
the 村's ``职务 | 姓名`` on every row, the 应急管理局's posts with no names, the 林业局's short
``风险点`` beside ``风险表现``, the 中学's cards with ``姓名 | 职务 | 所在处室`` over their values and
``监督人`` no holder, the names of the surnames 乌洛兰 and 纥突邻, as the truth has them.

Missed, all in the harder ``shuicheng_natural_resources_basis_lines.xlsx`` (forms 4/4, points
0/7, precision 0/7, noise 0): every point was read as its whole cell, the 依据 with it —
``国有建设用地出让底价确定个人说了算⏎依据：《中华人民共和国土地管理法实施条例》第四十一条`` (一览表!E3),
``占补平衡指标验收把关不严；⏎法律依据：…``, ``耕地“非农化”图斑核查瞒报。政策依据：…`` — so no point
matched (the forms, their levels and measures were read right). POINT_NOTE_BRACKET takes a 依据
for the point's note only when it closes the cell in a labelled bracket (``…（依据：《…》）``). Kind:
a point cell closing with its labelled 依据 UNBRACKETED, on its own line or after the point's full
stop, read as part of the point.

Generalised after this measurement: a point cell closing with what the point rests on, labelled
(``依据``, ``法律依据``, ``政策依据``, ``法规依据``, ``依据文件`` — up to four characters before ``依据``)
but UNBRACKETED, on a line of its own (``…⏎依据：…``, ``…；⏎法律依据：…``) or after the point's own
full stop or semicolon (``…。政策依据：…``), now gives the point before it (a closing ``。``/``；``
left off) and the label with its text as the point's description, as batch517's bracketed
``（依据：…）`` already did (``locate_base._note_line``, asked in ``locate_body`` only of sheets that
can write ``依据`` — ``grid.lacks`` — and of cells holding it); said once a table as the new info
POINT_NOTE_LINE (here 一览表!E3). A label opening the cell, several numbered points or fewer than
four characters before it, ``依据`` with no colon (``依据《…》审批时…``), a short note and a later
line of its own field (``⏎风险等级：…``) read as before. tests/test_point_note_line.py (a 县市场监督
管理局's ``执法依据：`` and ``依据文件：`` lines under ``风险点`` with ``Ⅰ级/Ⅱ级``, a 县水务局's ``。依据文件：``
and ``；政策依据：`` beside its own ``表现形式`` column with 高/中/低, and the near-misses). Read 1.00
since (forms 24/24, points 41/41, precision 41/41, levels 41/41, types 41/41, noise 0), --strict
too; batches 353, 513, 517, 521, 529 (the bracketed notes and measures), 1023, 1025 and 1036
unchanged, --strict; benchmarks/same_results.py against main at the branch point: 10410 files,
no result changed (only the paths of tests/data, read from another checkout).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch1040 import (
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RESOURCES,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1040, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shuicheng_natural_resources_basis_lines"}
TYPED = {
    "shuicheng_yushe_town_list",
    "shuicheng_education_bureau_list",
    "shuicheng_emergency_bureau_posts",
}
NOBODY = {"shuicheng_emergency_bureau_posts"}
SURNAMES = ("乌洛兰", "纥突邻")


def test_batch1040_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1037, unit_words=("水城区",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    """The cells of the form's sheet, and in the harder file each point cell's words before its
    labelled 依据 (the cells come without their line breaks; a closing ``。``/``；`` left off)."""
    cells = sheets[form["sheet"]]
    return set(cells) | {
        re.split(r"[。；;]?(?:法律|政策|法规)?依据[：:]", c)[0] for c in cells if "依据" in str(c)
    }


def test_batch1040_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 16), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1040_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1040_every_unit_is_of_shuicheng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("水城区") for u in units)


def test_batch1040_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1040_the_basis_is_no_part_of_the_point():
    name = "shuicheng_natural_resources_basis_lines"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == list(HEAD)
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in body] == list(range(1, 1 + len(RESOURCES)))
    shown = set()
    for row, (_d, _p, _w, _t, point, joint, basis, _lv, _m) in zip(body, RESOURCES, strict=True):
        # every point cell: the point, then (a line break or its full stop) a labelled 依据
        assert row[4] == f"{point}{joint}{basis}" and row[4].startswith(point)
        label, said = basis.split("：", 1)
        assert label.endswith("依据") and said.startswith("《")
        assert "（" not in row[4][len(point) :]  # (unbracketed: no POINT_NOTE_BRACKET)
        shown.add(joint)
    assert shown == {"\n", "；\n", "。"}
    got = [(row[1], row[2], row[3], row[4].split(j)[0], GRADES[row[5]])
           for row, j in zip(body, [r[5] for r in RESOURCES], strict=True)]  # fmt: skip
    assert got == BATCH.truth_rows(name)
    points = {r["risk_point"] for f in lay["truth"] for r in f["risks"]}
    assert not any("依据" in p or "《" in p for p in points)
    assert len(points) == len(RESOURCES)


def test_batch1040_plain_tables_by_heading():
    cases = [
        ("shuicheng_yushe_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("shuicheng_education_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("shuicheng_forestry_bureau_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("shuicheng_emergency_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("shuicheng_ega_village_screening", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1040_group_rows_give_the_department():
    name = "shuicheng_faer_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1040_one_sheet_a_person():
    name = "shuicheng_second_middle_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓名", "职务", "所在处室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert rows[3][-1] == "监督人"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1040_is_read(tmp_path):
    BATCH.is_read(tmp_path)
