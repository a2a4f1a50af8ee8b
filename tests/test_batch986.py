"""The nine-hundred-and-eighty-sixth batch of published layouts (tests/published/batch986.py):
seven ordinary files as the 政府工作部门, 事业单位 and one town of one county (宁陵县) really send them —
the 财政局's 一览表 with ``股室`` merged, ``…风险`` types and 高/中/低, the 人力资源和社会保障局's 防控卡 one
sheet a person with short types and ``一级/二级/三级``, the 医疗保障局's 清单 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 农业农村局's 自查表 one sheet a person with ``★★★/★★/★``, the 柳河镇人民政府's 清单 under group rows
``一、镇领导`` … with ``一级风险/二级风险/三级风险``, the 交通运输局's 一览表 with 责任人 on every row and
``重点防控/一般防控/常规防控``, the 公路事业发展中心's 排查表 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险`` — and one harder: the 住房和城乡建设局's 一览表, one row a person, whose
``廉政风险点`` cell lists his points one a line, each line numbered and opening with its TYPE as a label
(``1.思想道德风险：…⏎2.制度机制风险：…``), no type column
(``python tests/published/score.py --set batch986``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8119ff1e (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=0.741 precision=0.796
levels=1.000 types=1.000 noise=0 (forms 30/30, points 43/58, precision 43/54, levels 43/43, types
43/43 — levels and types are scored on the points found only); with --strict the same: TOTAL
forms=1.000 recall=0.741 precision=0.796 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0) — the 柳河镇's group rows ``二、财政所``, ``三、社会保障所`` came out as 科室 of the 镇, the
交通运输局's ``重点防控/一般防控/常规防控`` as 1/2/3, as the truth has them.

Missed, all in the harder ``ningling_housing_typed_lines.xlsx`` (forms 6/6, points 0/15, precision
0/11, levels 0/0, types 0/0, noise 0): NO point came out right and none had a type; the only issue
said was TABLE_NO_TYPE (info, A2). Where the ``风险等级`` cell is one word (一览表!F3 ``一级``, F5
``一级``, F7 ``二级``: 局长 钟吾澂翊, 质量安全股股长 钟吾岫, 城建股科员 钟吾琰澈) the whole typed cell
(E3, E5, E7) came out as ONE point, numbers and labels and all (``1.思想道德风险：收受房地产开发企业、
施工企业礼金礼品。⏎2.制度机制风险：…⏎3.外部环境风险：…``: truth three points, 思想道德/制度机制/外部环境,
each 一级; E5 truth two points, both 岗位职责; E7 two, 业务流程/思想道德), with no type. Where the
``风险等级`` cell numbers a level a line (F4 ``（一）一级⏎（二）二级⏎（三）二级``, F6 ``1、二级⏎…``, F8) the
cell was split line by line and each line took its level right, but kept its type label as part of
the point (``岗位职责风险：建筑工程施工许可审批把关不严。``: truth point ``建筑工程施工许可审批把关不严。``,
type 岗位职责), and no type was read: 8 points with the wrong text and no type (副局长 呼衍翮 3, 房产股股长
呼衍瑗 3, 建筑市场管理股科员 呼衍沅 2). The ``注：`` line saying the points are written one a line with
the type before the colon was not read (no ROW_UNPLACED either). Forms, holders, 科室 and levels
(where a line was found) right.
Kind: a 风险点 cell of numbered lines, each OPENING WITH ITS TYPE as a label (``1.思想道德风险：…``,
``（二）制度机制风险：…``, ``①岗位职责风险：…``), in a table with no type column, is taken as one point
(or, split by a numbered level cell, keeps the labels in its points); a general fix would split such
a cell into its lines, take each label's type for its line and take the label (and number) off the
point, giving each line the row's level (or the level its number names), and the 防控措施 cell's
numbered line of the same number as its measures.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a point cell listing a holder's points one a line, each line
opening with its type as a label (``1.思想道德风险：…``, ``（一）…``, ``①…``, ``1、…``, ``一、…``, or no
number; ``制度机制类风险：``; bare ``外部环境：`` where the lines name two types or more), in a table
with no type column (or its cell blank), reads a point a line, the number and the label off, the
label its type; a level cell numbered alike (``1.一级⏎2.二级``) or listing the lines' numbers by
grade (``一级：2⏎二级：1、3``) gives each line its own level, one level word all of them; a measures
cell numbered alike gives each its own measures; said once a table (POINTS_BY_TYPED_LINES, info, at
the first such cell: here 一览表!E3, 6 cells); a cell of numbered lines of which two or more carry a
``…风险：`` label and another none stays whole with a warning at its cell (TYPED_LINE_UNLABELLED); a
type column already filled, a cell of a duty's and a point's labels (``岗位职责：负责…⏎风险点：…``)
and one typed line alone read as before, tests/test_typed_point_lines.py. Read 1.00 since (forms
30/30, points 58/58, precision 58/58, levels 58/58, types 58/58, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch986 import (
    BY_LINES,
    GRADES,
    GUARDS,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    typed_lines,
)
from published.checks import Batch, norm
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **GUARDS}
BATCH = Batch(986, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ningling_housing_typed_lines"}
TYPED = {
    "ningling_housing_typed_lines",
    "ningling_finance_list",
    "ningling_social_security_cards",
    "ningling_medical_insurance_posts",
    "ningling_transport_list",
}
NOBODY = {"ningling_medical_insurance_posts"}


def _points_in(form: dict, sheets: dict) -> set:
    """A form's sheet's cells, and in the harder file each line of a typed cell, label and number off."""
    cells = set(sheets[form["sheet"]])
    if form["layout"] in HARDER:
        for lay in LAYOUTS:
            if lay["name"] in HARDER:
                for row in lay["sheets"][0]["rows"]:
                    if row and isinstance(row[0], int):
                        cells |= {norm(point) for _t, point in typed_lines(row[4])}
    return cells


def test_batch986_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=983, unit_words=("宁陵县",), new_people=True)


def test_batch986_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 16), points_in=_points_in)
    assert RESAVED == ()


def test_batch986_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch986_every_unit_is_of_ningling():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("宁陵县") for u in units)


def test_batch986_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("钟吾", "呼衍") for p in people)
    assert {p[:2] for p in people} == {"钟吾", "呼衍"}


def test_batch986_types_by_the_label_opening_each_line():
    name = "ningling_housing_typed_lines"
    head = BATCH.header(name, "一览表")
    rows = BATCH.filled(name, "一览表")
    assert rows[head] == ["序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert len(table) == len(BY_LINES)  # one row a person
    got = []
    for row in table:
        lines = typed_lines(row[4])
        levels = row[5].split("\n")
        assert len(levels) in (1, len(lines)), row
        measures = row[6].split("\n")
        assert len(measures) == len(lines), row  # the measures numbered alike
        for i, (typ, point) in enumerate(lines):
            lv = levels[i % len(levels)]
            lv = GRADES[lv[-2:]]
            got.append((row[1], row[2], row[3], point, lv, [typ]))
    truth = [
        (*r, p["types"]) for r, p in zip(BATCH.truth_rows(name), BATCH.points(name), strict=True)
    ]
    assert got == truth
    # no type column; every type once at least, one type on two lines of a cell
    assert {typ for *_, (typ,) in got} == set(TYPES)
    assert any(len({t for t, _p, _m in pts}) < len(pts) for *_, pts in BY_LINES)
    # several numberings, one level for all or one a line
    starts = {
        row[4][:3] if row[4][0] == "（" else row[4][:2] if row[4][0] == "1" else row[4][0]
        for row in table
    }
    assert starts == {"1.", "（一）", "①", "1、"}, starts
    assert {len(row[5].split("\n")) > 1 for row in table} == {True, False}
    # the label is no part of the point
    assert not any("风险：" in p["risk_point"] for p in BATCH.points(name))
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and "冒号前注明风险类型" in notes[0]


def test_batch986_plain_tables_by_heading():
    cases = [
        ("ningling_finance_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("ningling_transport_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("ningling_medical_insurance_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "ningling_highway_center_screening"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[5] for row in BATCH.table(name)}


def test_batch986_group_rows_give_the_department():
    name = "ningling_liuhe_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch986_one_sheet_a_person():
    name = "ningling_agriculture_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "自查日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "ningling_social_security_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch986_is_read(tmp_path):
    BATCH.is_read(tmp_path)
