"""The four-hundred-and-seventh batch of published layouts (tests/published/batch407.py): seven
ordinary files as the 民政 and 乡村振兴 bodies of one county (丹凤县) really send them — the
乡村振兴局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 乡村振兴服务中心's 责任清单 under group
rows ``一、中心领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 社会救助服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 殡葬管理所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
棣花镇社会事务办公室's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 商镇社会事务办公室's
一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任人`` column, the
竹林关镇社会事务办公室's 责任清单 with 高/中/低 — and one harder: the 民政局's ordinary 一览表 whose narrow
``序号``, ``股室``, ``岗位`` and ``姓名`` columns are TYPED ONE CHARACTER A LINE (``社⏎会⏎救⏎助⏎股``,
``副⏎局⏎长``, ``璩⏎翾⏎岍``) (``python tests/published/score.py --set batch407``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap9 at 374b57a
(main's newest when the batch was done; this worktree branched from dev at 018c882).
``score.py --set batch407``:
``TOTAL                      forms  43/43  points  75/75  recall 1.00 precision 1.00 (75/75)  levels  75/75  types  75/75  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  43/43  points  75/75  recall 1.00 precision 1.00 (75/75)  levels  75/75  types  75/75  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full — every form, point, level and type, with ``--strict`` too (every 科室
and post as the scorer compares them) — the harder one included. The truth was not changed after
measuring.

No miss, scored or unscored. In the harder ``danfeng_civil_affairs_vertical_names.xlsx`` every
one-character-a-line cell was read as its word: the headings ``序⏎号``, ``股⏎室``, ``岗⏎位``, ``姓⏎名``
were taken as the table's heading (no COLUMN_GUESSED), and posts.csv F00001–F00010 give the ten
forms with 科室 ``局领导``, ``社会救助股``, ``社会事务股``, ``养老服务股``, ``办公室``, posts ``局长``,
``副局长``, ``股长``, ``科员``, ``主任``, ``会计`` and holders ``璩翾岍`` … ``禚沅芷`` whole (no line read as
a second person or a post), with the truth's tiers; risks.csv gives its fifteen points with their
types, levels and measures. Every unit, 科室, post and tier in posts.csv is the truth's (局领导, 中心领导
and 所领导 as the 科室 of those leaders; each 镇's ``社会事务办公室`` as the 科室 of ``丹凤县…镇人民政府``,
taken from the 自查表's ``所在科室`` and from the lists' titles; 局长, 副局长, 主任 and 副主任 of a 中心,
所长 and 副所长 领导岗位; 股长, 科长 and the offices' 主任 中层岗位; the rest 一般岗位). The issues are
info only (TABLE_NO_TYPE on the seven untyped sheets, GRADE_BLANK on the cards and the 自查表,
FILE_SKIPPED for truth.json); nothing outside a table, no measure left blank. One oddity, not
scored: risks.csv's ``section`` column on the 殡葬管理所's cards reads ``分管工作`` (the two 所领导) and
``岗位职责`` (the others), words the cards do not hold (they carry only ``所在股室`` and ``联系电话``
above the table).

Generalised after this measurement: nothing needed: the batch read in full untuned.

Generalised after this measurement: nothing needed: the batch read in full untuned on the final
reader.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

import openpyxl
from published.batch407 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VERTICAL_COLS,
    VERTICAL_HEAD,
    VERTICAL_NAME,
    VERTICAL_ROWS,
    VERTICAL_UNIT,
    build,
    vertical,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(407, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {VERTICAL_NAME}
UNTYPED = {
    "danfeng_rural_revitalization_two_sheets",
    "danfeng_funeral_office_cards",
    "danfeng_zhulinguan_social_office_duties",
}
NOBODY = {"danfeng_relief_center_posts"}
GAP = "\u3000"


def test_batch407_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=403, unit_words=("丹凤县",), new_people=True)


def test_batch407_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 15))
    assert RESAVED == ()


def test_batch407_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch407_every_unit_is_of_danfeng_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("丹凤县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # the 镇's 社会事务办公室: the unit is the 镇, the office its 科室
    towns = [lay for lay in LAYOUTS if "social_office" in lay["name"]]
    assert len(towns) == 3
    for lay in towns:
        assert {f["department"] for f in lay["truth"]} == {"社会事务办公室"}
        assert lay["truth"][0]["unit"].endswith("镇人民政府")


def test_batch407_harder_cells_are_typed_one_character_a_line():
    name = VERTICAL_NAME
    sh = BATCH.sheet(name)
    head = BATCH.header(name, first=vertical("序号"))
    assert sh["rows"][head] == [
        vertical(h) if c in VERTICAL_COLS else h for c, h in enumerate(VERTICAL_HEAD)
    ]
    # every 股室, post and holder cell (as written, before filling merges) is its word one
    # character a line: lines of one character, as many as the word has
    table = [row for row in sh["rows"][head + 1 :] if isinstance(row[0], int)]
    written = {c for row in table for c in row[1:4] if c is not None}
    words = {w for dept, post, who, *_ in VERTICAL_ROWS for w in (dept, post, who)}
    assert written == {vertical(w) for w in words}
    for cell in written:
        lines = cell.split("\n")
        assert len(lines) >= 2 and all(len(x) == 1 for x in lines), cell
    # every holder three characters, so three lines; every one a different person
    people = [who for _, _, who, *_ in VERTICAL_ROWS]
    assert all(len(p) == 3 for p in people) and len(set(people)) == len(people)
    # the truth reads each as its word (line breaks taken out), never as two things
    rows = BATCH.filled(name)
    got = []
    for row in rows[head + 1 :]:
        if row[6] in HML:
            d, p, w = ("".join(x.split("\n")) for x in row[1:4])
            got.append((d, p, w, row[4], HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", head=head) == [r["types"] for r in BATCH.points(name)]
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # the wide columns are written as usual: no point holds a line break
    assert not any("\n" in r["risk_point"] for r in BATCH.points(name))
    assert BY_NAME[name]["truth"][0]["unit"] == VERTICAL_UNIT
    # the 股室 merged over its runs, post and holder per person
    merges = sh["merges"]
    first = head + 1
    assert (first, 1, first + 4, 1) in merges  # 局⏎领⏎导 over five rows
    assert (first, 3, first + 1, 3) in merges  # 局长's name over his two points


def test_batch407_harder_file_keeps_the_line_breaks():
    path = BATCH.inbox() / f"{VERTICAL_NAME}.xlsx"
    ws = openpyxl.load_workbook(path).active
    values = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert vertical("社会救助股") in values and vertical("璩翾岍") in values
    assert vertical("姓名") in values and "姓名" not in values
    cell = next(c for row in ws.iter_rows() for c in row if c.value == vertical("副局长"))
    assert cell.alignment.wrap_text and cell.alignment.horizontal == "center"
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert all(widths[c] < 6 for c in "ABC")  # 序号, 股室, 岗位 (and 姓名, grouped with C): narrow


def test_batch407_plain_tables_by_heading():
    cases = [
        (
            "danfeng_relief_center_posts",
            {"dept": "科室", "post": "岗位", "point": "风险点"},
            "风险类型",
        ),
    ]
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "danfeng_relief_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    assert BATCH.rows(name)[0] == ["附件2"]
    # the 商镇: every row written out, nothing merged below the title; the holder LAST; 科室 by title
    name = "danfeng_shangzhen_social_office_every_row"
    fixed = {"dept": "社会事务办公室"}
    heads = {"post": "岗位", "person": "责任人", "point": "风险点"}
    assert BATCH.by_heading(name, heads, fixed=fixed) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head[-1] == "责任人" and "科室" not in head
    assert BATCH.rows(name)[0][0] == "丹凤县商镇人民政府社会事务办公室岗位廉政风险防控一览表"
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 竹林关镇: 岗位 and 责任人 merged per person, 职权内容 no point, 高/中/低
    name = "danfeng_zhulinguan_social_office_duties"
    heads = {"post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, fixed=fixed) == BATCH.truth_rows(name)
    powers = {row[2] for row in BATCH.table(name)}
    assert not powers & {p["risk_point"] for p in BATCH.points(name)}
    assert BATCH.heading(name)[-1] == "责任人"
    assert {r[4] for r in BATCH.table(name)} == set(HML)


def test_batch407_leaders_and_staff_in_two_sheets():
    name = "danfeng_rural_revitalization_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    head = BATCH.heading(name, "局领导")
    assert head.index("职务") + 1 == head.index("姓名")  # 职务 BEFORE 姓名
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(GRADES)


def test_batch407_group_rows_give_the_department():
    name = "danfeng_rural_service_center_groups"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch407_one_sheet_a_person():
    name = "danfeng_funeral_office_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["tier"] in ("leader", "general")
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]] and rows[2][2] == "联系电话"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "danfeng_dihua_social_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["unit"] == "丹凤县棣花镇人民政府"
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2] == [f"姓{GAP}名", f["person"], "所在科室", f["department"],
                           f"岗{GAP}位", f["title"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(RISKS)


def test_batch407_is_read(tmp_path):
    BATCH.is_read(tmp_path)
