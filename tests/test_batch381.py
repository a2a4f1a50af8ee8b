"""The three-hundred-and-eighty-first batch of published layouts (tests/published/batch381.py): seven
ordinary files as the 民政 and 社保 bodies of one district (渭滨区) really send them — the 民政局's
一览表 under group rows with short types and 高/中/低, the 社会福利院's two sheets ``院领导 | 科室`` with
``一级风险/二级风险/三级风险``, the 社会保险经办中心's 排查表 对岗不对人 with ``风险点 | 主要表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 殡仪馆's 防控卡 one sheet a holder with ``…风险`` types and ``★★★/★★/★``, the
经二路街道 社会事务办's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 清姜街道 社会事务办's
一览表 written out on every row with ``一级/二级/三级``, the 金陵街道 社会事务办's 责任清单 with bare
``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column — and one harder: the 桥南街道 社会事务办's 排查表 whose
风险类型 cells hold only codes ``A``–``E`` and 风险等级 cells only ``红/黄/蓝``, their meaning given
only by the template's 填表说明 in a FLOATING TEXT BOX drawn on the sheet
(``python tests/published/score.py --set batch381``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap2 at b32ad2a
(dev's newest when the batch was done, main being at d32c7db; this worktree branched from dev at
b32ad2a). ``score.py --set batch381``:
``TOTAL                      forms  41/41  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  60/68  types  60/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.882 types=0.882 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  41/41  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  60/68  types  60/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.882 types=0.882 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``weibin_qiaonan_office_legend_in_textbox.xlsx`` (sheet 排查表; forms 4/4,
points 8/8, precision 8/8, levels 0/8, types 0/8): every form, post, holder and point was read
(posts.csv F00018–F00021: 主任 邰翎骞, 城乡居民养老保险专干 鄢芊珞, 社会救助专干 滑嵩屹, 优抚专干 矫璇芷,
unit ``渭滨区桥南街道办事处``, 科室 ``社会事务办``), but no level and no type: risks.csv keeps
``risk_level`` and ``risk_type`` blank with the raw code and colour, and issues.csv has one error a
cell, LEVEL_UNKNOWN (``风险级别“红”无法识别``) and TYPE_UNKNOWN (``风险类型“A”无法识别``). By cell (read
→ truth):

- F4 ``A`` → type none (truth 思想道德), G4 ``红`` → level none (truth 1);
- F5 ``B`` → none (制度机制), G5 ``黄`` → none (2);
- F6 ``C`` → none (岗位职责), G6 ``红`` → none (1);
- F7 ``D`` → none (业务流程), G7 ``黄`` → none (2);
- F8 ``E`` → none (外部环境), G8 ``蓝`` → none (3);
- F9 ``C`` → none (岗位职责), G9 ``黄`` → none (2);
- F10 ``B`` → none (制度机制), G10 ``蓝`` → none (3);
- F11 ``A`` → none (思想道德), G11 ``红`` → none (1).

Kind (one): a legend typed in a floating text box (a drawing shape, not a cell or a comment) is not
read, so the type codes ``A``–``E`` and the colour words ``红/黄/蓝`` it explains stay unknown — each
reported as an error instead of being decoded (nothing is guessed wrongly; no level or type is
read at all).

Unscored besides: the 金陵街道's 残疾人专职委员 (翟翙岚, F00017) has no tier (truth general). Every
other unit, 科室, post and tier as the truth has it (the four 社会事务办 as 科室 of their 街道办事处, 主任
and 副主任 中层岗位). The other issues are info only (TABLE_NO_TYPE on the five untyped sheets,
GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: the same rule: the 填表说明 drawn in a text box under the table
stands as a note under it, and its codes and colours give the types and levels
(tests/test_columns.py::test_a_text_box_over_empty_cells_reads_as_its_corner_cell). The batch now
reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import zipfile

from published.batch381 import (
    BANDS,
    BARE,
    COLOURS,
    GRADES,
    LAYOUTS,
    LEGEND,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TEXTBOX_DEPT,
    TEXTBOX_HEAD,
    TEXTBOX_ROWS,
    TEXTBOX_TAB,
    TEXTBOX_UNIT,
    TYPE_CODES,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS, **COLOURS}
BATCH = Batch(381, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TEXTBOX_FILE = "weibin_qiaonan_office_legend_in_textbox"
HARDER = {TEXTBOX_FILE}
UNTYPED = {"weibin_welfare_home_two_sheets", "weibin_jingerlu_office_selfchecks"}
NOBODY = {"weibin_social_insurance_center_posts"}
STREETS = {
    TEXTBOX_FILE,
    "weibin_jingerlu_office_selfchecks",
    "weibin_qingjiang_office_every_row",
    "weibin_jinling_office_duties",
}
GAP = "\u3000"


def test_batch381_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=379, unit_words=("渭滨区",), new_people=True)


def test_batch381_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch381_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch381_every_unit_is_of_weibin_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("渭滨区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # a 街道's 社会事务办 is a 科室 of its 街道办事处, named in the title after it
    for name in STREETS:
        unit = BY_NAME[name]["truth"][0]["unit"]
        assert unit.endswith("街道办事处"), name
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {"社会事务办"}, name
        title = BATCH.rows(name, 0)[0 if name != "weibin_qingjiang_office_every_row" else 1][0]
        assert title.startswith(f"{unit}社会事务办"), (name, title)


def test_batch381_legend_stands_only_in_a_text_box():
    name = TEXTBOX_FILE
    lay = BY_NAME[name]
    assert lay["truth"][0]["unit"] == TEXTBOX_UNIT
    assert [s["name"] for s in lay["sheets"]] == [TEXTBOX_TAB]
    # the file draws one text box holding the legend, anchored under the sign-off line
    boxes = BATCH.sheet(name)["textboxes"]
    assert len(boxes) == 1 and boxes[0][2] == LEGEND
    assert boxes[0][0] > len(BATCH.sheet(name)["rows"]) - 1
    path = BATCH.inbox() / f"{name}.xlsx"
    with zipfile.ZipFile(path) as z:
        drawings = [n for n in z.namelist() if n.startswith("xl/drawings/drawing")]
        assert drawings == ["xl/drawings/drawing1.xml"]
        xml = z.read(drawings[0]).decode("utf-8")
        assert 'txBox="1"' in xml and "<xdr:txBody>" in xml
        for part in ("A—思想道德风险", "E—外部环境风险", "红—高风险", "蓝—低风险"):
            assert part in xml, part
        assert not any(n.startswith("xl/comments") for n in z.namelist())  # no 批注
    # no cell of the workbook holds the legend, a type name or a level word
    book = set().union(*cells(path).values())
    for c in book:
        assert not any(t in c for t in TYPES), c
        assert not any(w in c for w in ("高风险", "中风险", "低风险", "说明", "注：", "注:")), c
        assert c not in HML and c not in GRADES and c not in ROMAN, c
    # the heading as typed; the codes and colours are the truth's types and levels by the legend
    assert tuple(BATCH.heading(name)) == TEXTBOX_HEAD
    table = BATCH.table(name)
    assert {r[5] for r in table} == set(TYPE_CODES) and {r[6] for r in table} == set(COLOURS)
    truth = BATCH.answers(name)
    assert len(table) == len(truth) == sum(len(p) for *_, p in TEXTBOX_ROWS)
    for row in table:
        dept, post, person, level, types = truth[row[4]]
        assert (dept, post, person) == (TEXTBOX_DEPT, row[1], row[2]), row
        assert types == [TYPE_CODES[row[5]]] and level == COLOURS[row[6]], row
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {t for r in BATCH.points(name) for t in r["types"]} == set(TYPES)
    # 工作职责 is no point; the 填报单位 line and the sign-off are none either
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}


def test_batch381_plain_tables_by_heading():
    cases = [
        ("weibin_jinling_office_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("weibin_social_insurance_center_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("weibin_qingjiang_office_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        fixed = {} if "dept" in heads else {"dept": "社会事务办"}
        assert BATCH.by_heading(name, heads, fixed=fixed) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 街道's 分管副主任 on every row: a supervisor holding no row
    name = "weibin_jinling_office_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert table[0][-1] not in BATCH.holders(name)
    assert {r[6] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 主要表现 none; nobody
    name = "weibin_social_insurance_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; 主要职责 no point
    name = "weibin_qingjiang_office_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert {r[6] for r in table} == set(GRADES)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}
    # the 福利院's two sheets
    name = "weibin_welfare_home_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "院领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch381_group_rows_give_the_department():
    name = "weibin_civil_affairs_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch381_one_sheet_a_person():
    name = "weibin_funeral_home_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "weibin_jingerlu_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", "社会事务办"]
        fixed = {"dept": "社会事务办", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and not any(types_in(r[2]) for r in table)


def test_batch381_is_read(tmp_path):
    BATCH.is_read(tmp_path)
