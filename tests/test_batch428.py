"""The four-hundred-and-twenty-eighth batch of published layouts (tests/published/batch428.py): seven
ordinary files as the 教育 bodies of one county (府谷县) really send them — the 府谷中学's file in two
sheets with ``一级/二级/三级``, the 职业中学's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 第一幼儿园's 防控卡 one sheet a holder with ``★★★/★★/★``, the 孤山镇中心学校's
自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 黄甫镇中心学校's 责任清单 under group rows ``一、校领导``
… with ``一级风险/二级风险/三级风险``, the 新民镇中心学校's 一览表 written out on every row, the type before
the point and bare ``Ⅰ/Ⅱ/Ⅲ``, the 哈镇中心学校's 一览表 with ``廉政风险点 | 风险描述`` and 高/中/低 — and one
harder: the 教育局's 一览表 with NO LEVEL COLUMN, each point's level told by the TYPEFACE of its cell
(bold 一级, underlined 二级, the ordinary font 三级) as a note under the table says
(``python tests/published/score.py --set batch428``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap14 at 93a683f
(this worktree branched from dev at the same commit). ``score.py --set batch428``:
``TOTAL                      forms  37/37  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  51/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.785 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  51/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.785 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED; the collector's check line ``文件 9 = 已读取 8 + 已跳过 1 + 无法读取 0;表格行 65 = 风险点 65``).
SEVEN layouts read in full — every form, point, level and type, with ``--strict`` too — all seven
ordinary ones; the harder one read every form, point and type but no level. The truth was not
changed after measuring.

Missed, all in the harder ``fugu_education_bureau_typeface_levels.xlsx`` (sheet 一览表; forms 7/7,
points 14/14, precision 14/14, types 14/14, levels 0/14, noise 0). The reader took the table right —
heading row 3, ``股室``, ``岗位``, ``姓名``, ``廉政风险点`` (E), ``风险类型`` and ``防控措施``, each of the
seven holders a form with the truth's unit, 股室, post and tier — but found no level column and did
not read the typeface of the point cells, so all fourteen points came out with NO LEVEL (risks.csv
``risk_level`` and ``raw_risk_level`` empty, F00001–F00007) and issues.csv has for each an error
LEVEL_BLANK at its point cell (``风险级别未填写;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级``):

- the BOLD cells, truth 1: E4 ``校长选任和教师调配中个人说了算`` and E5 ``校舍维修项目插手干预、指定施工单位``
  (局长 蒯珽樾), E8 ``暑期托管和赛事集训违规收费`` (副局长 笪霂瑀), E11 ``教师招聘资格审查把关不严`` (人事股
  股长 亓骎澄), E14 ``学生资助资金审核不严、虚报冒领`` (计划财务股 股长 逯芃璆);
- the UNDERLINED cells, truth 2: E7 ``招生录取中违规跨区招生、擅自扩大计划`` (副局长), E10 ``办公用品采购不
  询价、虚报数量`` (办公室 主任 郗韫箬), E12 ``职称评审推荐中优亲厚友`` (人事股 股长), E13 ``学校公用经费拨付
  不按生均标准`` (计划财务股 股长), E16 ``往来款项长期挂账不清理`` (会计 邰嵘湜);
- the cells in the ORDINARY font, truth 3: E6 ``对分管股室和学校廉政提醒不及时`` (局长), E9 ``公务接待超
  标准、无公函接待`` (办公室 主任), E15 ``报销凭证审核不严，虚列支出`` (会计), E17 ``教辅资料征订中推荐指定
  书目`` (基础教育股 科员 菅熠琮).

The merged note A18 (``注：本表不单列风险等级，以风险点字体区分：…``) and the 填表人/审核人 line were rightly
no points and raised nothing. Kind: the reader does not read a level told by the point cell's font
weight and underline (bold 一级, underlined 二级, ordinary 三级) under a note that says so, so a list
with no level column whose levels are typefaces is read with every level blank (LEVEL_BLANK).

Unscored besides: in the 孤山镇中心学校's 自查表 the 校长 and 总务主任 and on the 第一幼儿园's cards the 园长 and
后勤主任 came out with the 科室 ``领导班子`` (truth "": these one-sheet-a-person files name no 科室), and the
总务主任 and 后勤主任 as 领导岗位 (truth middle); every other unit, 科室, post and tier in posts.csv is the
truth's. The other issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED
for truth.json).

Generalised after this measurement: levels told only by the typeface of the point's cell under a
note saying so ('字体加粗的为一级风险点，加下划线的为二级…', '加粗并加下划线的为一级，加粗的为二级，其余为三级'; info LEVEL_TYPEFACE) are read
by the cell's font, a face the note does not name or two faces in a cell said (warning
LEVEL_TYPEFACE_UNCLEAR), .xls/.ods by FORMAT_UNREAD; tests/test_typeface_levels.py says it in other
words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

import openpyxl
from published.batch428 import (
    BANDS,
    BARE,
    FACE_HEAD,
    FACE_NAME,
    FACE_NOTE,
    FACE_POINT,
    FACE_TAB,
    FACE_UNIT,
    FACES,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(428, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {FACE_NAME}
UNTYPED = {
    "fugu_middle_school_two_sheets",
    "fugu_kindergarten_cards",
    "fugu_gushan_school_selfchecks",
}
NOBODY = {"fugu_vocational_school_posts"}
GAP = "\u3000"


def test_batch428_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=427, unit_words=(PLACE,), new_people=True)


def test_batch428_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch428_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch428_every_unit_is_of_fugu_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _faces_in_the_file():
    """(row, col) -> "bold" | "underline" for every cell of the harder sheet as the built .xlsx
    stores its font, and the cell values by (row, col) (1-based, as openpyxl counts)."""
    inbox = BATCH.inbox()
    ws = openpyxl.load_workbook(inbox / f"{FACE_NAME}.xlsx")[FACE_TAB]
    faces, values = {}, {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            values[(cell.row, cell.column)] = cell.value
            font = cell.font
            if font.b:
                faces[(cell.row, cell.column)] = "bold"
            elif font.u:
                faces[(cell.row, cell.column)] = "underline"
            assert not (font.b and font.u), cell.coordinate  # one mark a cell
            colour = font.color
            plain = colour is None or colour.type == "theme" or colour.rgb == "FF000000"
            assert plain, cell.coordinate  # the ordinary (theme) text colour, nothing coloured
            assert cell.fill.fill_type in (None, "none"), cell.coordinate  # nothing shaded
            assert not font.strike, cell.coordinate
    return faces, values


def test_batch428_level_is_the_typeface_of_the_point_cell():
    rows = BATCH.filled(FACE_NAME, FACE_TAB)
    head = next(r for r, row in enumerate(rows) if tuple(row) == FACE_HEAD)
    assert "风险等级" not in FACE_HEAD and not any(h.endswith(("等级", "级别")) for h in FACE_HEAD)
    faces, values = _faces_in_the_file()
    # only point cells carry a face; every other cell (numbers, names, types, measures) is plain
    assert {c for _, c in faces} == {FACE_POINT + 1}
    got = []
    for r, row in enumerate(rows[head + 1 :], head + 1):
        if not isinstance(row[0], int):
            continue
        point = row[FACE_POINT]
        assert values[(r + 1, FACE_POINT + 1)] == point
        level = FACES[faces.get((r + 1, FACE_POINT + 1))]
        got.append((row[1], row[2], row[3], point, level))
    assert got == BATCH.truth_rows(FACE_NAME)
    assert {g[4] for g in got} == {1, 2, 3}
    # no level word in any table row; the note says what the typefaces mean
    level_words = set(LEVELS) | {"一级风险点", "二级风险点", "三级风险点"}
    for row in rows[head + 1 :]:
        if isinstance(row[0], int):
            assert not any(str(c) in level_words for c in row if c is not None), row
            assert not re.search(r"[高中低]风险|[一二三]级", "".join(str(c) for c in row)), row
    assert any(row[0] == FACE_NOTE for row in rows)
    for phrase in ("字体加粗的为一级风险点", "加下划线的为二级风险点", "常规字体的为三级风险点"):
        assert phrase in FACE_NOTE
    # the levels are mixed within each person's points (but a one-point holder's)
    for f in BY_NAME[FACE_NAME]["truth"]:
        if len(f["risks"]) > 1:
            assert len({r["level"] for r in f["risks"]}) > 1, f["person"]
    assert BY_NAME[FACE_NAME]["truth"][0]["unit"] == FACE_UNIT
    typed = [types_in(row[FACE_HEAD.index("风险类型")]) for row in BATCH.table(FACE_NAME, FACE_TAB)]
    assert typed == [r["types"] for r in BATCH.points(FACE_NAME)]


def test_batch428_plain_tables_by_heading():
    cases = [
        ("fugu_hazhen_school_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("fugu_vocational_school_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("fugu_xinmin_school_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("fugu_hazhen_school_list", 4, 5),
        ("fugu_vocational_school_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "fugu_vocational_school_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    name = "fugu_hazhen_school_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 1, 1) in BATCH.sheet(name)["merges"]  # 校领导 over two rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "fugu_xinmin_school_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch428_leaders_and_staff_in_two_sheets():
    name = "fugu_middle_school_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "校领导",
        fixed={"dept": "校领导"},
    )
    assert got == BATCH.truth_rows(name, "校领导")
    assert BATCH.rows(name, "校领导")[0][0].endswith("校领导廉政风险防控表")
    heads = {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "处室") == BATCH.truth_rows(name, "处室")
    works = {r[3] for r in BATCH.table(name, "校领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch428_group_rows_give_the_department():
    name = "fugu_huangfu_school_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch428_one_sheet_a_person():
    name = "fugu_kindergarten_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "fugu_gushan_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["工作单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch428_is_read(tmp_path):
    BATCH.is_read(tmp_path)
