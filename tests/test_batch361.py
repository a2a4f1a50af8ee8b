"""The three-hundred-and-sixty-first batch of published layouts (tests/published/batch361.py): seven
ordinary files as the 人力资源和社会保障 bodies of one district (未央区) really send them — the
人力资源和社会保障局's two sheets ``局领导 | 机关科室`` with ``一级/二级/三级``, the 劳动保障监察大队's 防控卡
one sheet a holder with two rows of pairs and ``★★★/★★/★``, the 就业服务中心's 一览表 under group rows
with short types and 高/中/低, the 城乡居民社会养老保险经办中心's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 劳动人事争议仲裁院's 自查表 one sheet a person with a label row over a
value row and ``高风险/中风险/低风险``, the 张家堡街道劳动保障服务站's 责任清单 with ``一级风险/二级风险/
三级风险`` and a last ``责任领导`` column, the 人才交流服务中心's 一览表 written out on every row with
bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 社会保险经办中心's 登记表 whose ``风险类型`` holds the digits
``1``–``5`` and ``风险等级`` the letters ``A/B/C``, their meaning written ONLY in the CELL COMMENTS
(批注) on those two header cells (``python tests/published/score.py --set batch361``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at b98af6a
(dev's newest when the batch was done, batch 358 on top; main's newest is f5cd0ec, an ancestor whose
reader b98af6a extends in ``xlproc/locate.py``; this worktree branched from dev at b98af6a).
``score.py --set batch361``:
``TOTAL                      forms  36/36  points  61/61  recall 1.00 precision 1.00 (61/61)  levels  52/61  types  52/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.852 types=0.852 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  61/61  recall 1.00 precision 1.00 (61/61)  levels  52/61  types  52/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.852 types=0.852 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``weiyang_social_insurance_comment_legend.xlsx``: levels 0/9 and types 0/9
(forms 6/6, points 9/9, precision 9/9 — the table itself was read in full: the six forms F00023–
F00028 with the truth's unit, 科室 from the merged B column, post, holder and tier, and all nine
points E5:E13 with their measures). On the sheet ``登记表`` every level and every type is blank
(risks.csv ``risk_level`` and ``risk_type`` empty, the codes kept only as ``raw_risk_level`` /
``raw_risk_type``), each reported as an ERROR: G5 ``A`` (truth 1), G6 ``B`` (2), G7 ``A`` (1), G8 ``B``
(2), G9 ``C`` (3), G10 ``A`` (1), G11 ``B`` (2), G12 ``A`` (1), G13 ``B`` (2) each ``LEVEL_UNKNOWN``
(“风险级别“A”无法识别”); F5 ``2`` (truth 制度机制), F6 ``2`` (制度机制), F7 ``3`` (岗位职责), F8 ``4``
(业务流程), F9 ``1`` (思想道德), F10 ``3`` (岗位职责), F11 ``5`` (外部环境), F12 ``4`` (业务流程), F13 ``1``
(思想道德) each ``TYPE_UNKNOWN`` (“风险类型“2”无法识别”) — eighteen error rows in issues.csv. The
legend is in the 批注 on F4 (``1—思想道德风险；…；5—外部环境风险``) and G4 (``A—一级（高）风险；B—二级
（中）风险；C—三级（低）风险``); the A14 note ``注：风险类型、风险等级请按表头批注所列代码填写。`` was rightly
no point. With no levels the six forms' computed grade is ``C`` (风险分值0), unscored.

Kind (one): a level and type legend written only in CELL COMMENTS (批注) on the header cells is not
read, so code letters ``A/B/C`` and code digits ``1``–``5`` stay unknown (reported as errors, as
for codes with no legend at all), though the table, its holders and points are read right.

Unscored besides, in an ordinary layout: the 张家堡街道劳动保障服务站's 责任清单 is read as the unit
``未央区张家堡街道`` with the 科室 ``劳动保障服务站`` (F00034–F00036; truth: unit ``未央区张家堡街道劳动保障
服务站``, no 科室) — the scorer counts the two spellings of a 街道's 站 as one, so the forms score — and
its 站长 gets the tier 中层岗位 (F00034; truth leader, the 站 a unit of its own). Every other unit,
科室, post and tier of the ordinary layouts is as the truth has it. The other issues are info only
(TABLE_NO_TYPE on the 局's two sheets, the three cards and the 人才交流服务中心's list; GRADE_BLANK on
the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: codes defined only in the comments (批注) on the header cells, read into the sheet's legend (tests/test_columns.py::test_codes_defined_in_the_comments_on_the_header_cells); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import openpyxl
from published.batch361 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    LEGEND_HEAD,
    LEGEND_NOTE,
    LEGEND_ROWS,
    LEGEND_UNIT,
    LEVEL_CODES,
    LEVEL_COMMENT,
    NAME_COMMENT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_CODES,
    TYPE_COMMENT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS, **LEVEL_CODES}
BATCH = Batch(361, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LEGEND_FILE = "weiyang_social_insurance_comment_legend"
HARDER = {LEGEND_FILE}
UNTYPED = {
    "weiyang_hrss_bureau_two_sheets",
    "weiyang_labor_inspection_cards",
    "weiyang_talent_center_every_row",
}
NOBODY = {"weiyang_pension_center_posts"}
GAP = "\u3000"


def test_batch361_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=359, unit_words=("未央区",), new_people=True)


def test_batch361_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 10))
    assert RESAVED == ()


def test_batch361_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch361_every_unit_is_of_weiyang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("未央区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch361_the_legend_is_only_in_the_header_comments():
    name = LEGEND_FILE
    inbox = BATCH.inbox()
    head = BATCH.header(name, "登记表")
    assert tuple(BATCH.sheet(name, "登记表")["rows"][head]) == LEGEND_HEAD
    # the comments stand on the header cells of 姓名, 风险类型 and 风险等级, and nowhere else
    ws = openpyxl.load_workbook(inbox / f"{name}.xlsx")["登记表"]
    notes = {
        (c.row - 1, c.column - 1): c.comment.text
        for row in ws.iter_rows()
        for c in row
        if c.comment
    }
    assert notes == {
        (head, LEGEND_HEAD.index("姓名")): NAME_COMMENT,
        (head, LEGEND_HEAD.index("风险类型")): TYPE_COMMENT,
        (head, LEGEND_HEAD.index("风险等级")): LEVEL_COMMENT,
    }
    # the comments read as the truth's legend: 1–5 the five types, A/B/C the three levels
    for code, typ in TYPE_CODES.items():
        assert f"{code}—{typ}风险" in TYPE_COMMENT
    assert list(TYPE_CODES.values()) == list(TYPES)
    for code, lv in LEVEL_CODES.items():
        assert f"{code}—{'一二三'[lv - 1]}级（{'高中低'[lv - 1]}）风险" in LEVEL_COMMENT
    # no cell of the file says what a code means: the only note points to the comments
    texts = set().union(*cells(inbox / f"{name}.xlsx").values())
    assert norm(LEGEND_NOTE) in texts
    for word in ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境", "高风险", "一级"):
        assert not any(word in c for c in texts), word
    assert not any("A—" in c or "A为" in c or "1—" in c for c in texts)
    # the table: codes only, read by the legend into the truth's types and levels
    table = BATCH.table(name, "登记表")
    assert {r[5] for r in table} <= {1, 2, 3, 4, 5} and {r[6] for r in table} == set(LEVEL_CODES)
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "登记表") == BATCH.truth_rows(name)
    types = [[TYPE_CODES[str(r[5])]] for r in table]
    assert types == [p["types"] for p in BATCH.points(name)]
    assert [(r[4], str(r[5]), r[6]) for r in table] == [
        (point, typ, lv) for *_, points in LEGEND_ROWS for point, typ, lv, _ in points
    ]
    form = next(f for f in BY_NAME[name]["truth"])
    assert form["unit"] == LEGEND_UNIT
    assert not {p["risk_point"] for p in BATCH.points(name)} & {LEGEND_NOTE}


def test_batch361_plain_tables_by_heading():
    cases = [
        ("weiyang_zhangjiabao_station_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("weiyang_pension_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类别"),
        ("weiyang_talent_center_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 站's last column names the 站长 on every row: a supervisor; the 站 has no 科室
    name = "weiyang_zhangjiabao_station_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[2] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(RISKS)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}  # 职责事项
    # the short 风险点 is the point, the long 风险表现 none; the 中心 names nobody
    name = "weiyang_pension_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # every row written out, nothing merged; bare grades read by the note
    name = "weiyang_talent_center_every_row"
    assert BATCH.sheet(name)["merges"] and all(
        m[0] == m[2] for m in BATCH.sheet(name)["merges"]
    )  # only the title and note lines are merged, across
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 局's two sheets
    name = "weiyang_hrss_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关科室") == BATCH.truth_rows(name, "机关科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch361_group_rows_give_the_department():
    name = "weiyang_employment_center_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch361_one_sheet_a_person():
    name = "weiyang_labor_inspection_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}  # 执法环节
    name = "weiyang_arbitration_selfchecks"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["Sheet1", "Sheet2", "Sheet3"]
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        states = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not states & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)
        assert all(types_in(r[2]) for r in BATCH.table(name, f["sheet"]))


def test_batch361_is_read(tmp_path):
    BATCH.is_read(tmp_path)
