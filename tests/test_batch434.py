"""The four-hundred-and-thirty-fourth batch of published layouts (tests/published/batch434.py): seven
ordinary files as the 气象 and 防灾 bodies of one county (佳县) really send them — the 气象局's file in
two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 地震局's 一览表 with 高/中/低 and short types, the
人工影响天气办公室's 防控卡 one sheet a holder with ``★★★/★★/★``, the 防雷减灾中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 佳芦镇气象信息服务站's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 坑镇气象信息服务站's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 防震减灾服务中心's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and
a last ``责任领导`` column — and one harder: the 气象台's 一览表 whose 风险类型 cells are codes ``1``…``5``
and 风险等级 cells codes ``A/B/C``, the key to both printed ONLY IN THE SHEET'S PAGE FOOTER
(``python tests/published/score.py --set batch434``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap15 at 6978032
(this worktree branched from dev at the same commit). ``score.py --set batch434``:
``TOTAL                      forms  36/36  points  62/62  recall 1.00 precision 1.00 (62/62)  levels  51/62  types  51/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.823 types=0.823 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  62/62  recall 1.00 precision 1.00 (62/62)  levels  51/62  types  51/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.823 types=0.823 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form, point, holder, 科室 and post, but
no level and no type. The truth was not changed after measuring.

Missed, all in the harder ``jiaxian_observatory_footer_codes.xlsx`` (sheet 一览表; forms 6/6, points
11/11, precision 11/11, LEVELS 0/11, TYPES 0/11): every 风险等级 cell was read as an unknown level,
an error LEVEL_UNKNOWN each (``[一览表!G4] 风险级别“A”无法识别;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级`` …), and every
风险类型 cell as an unknown type, an error TYPE_UNKNOWN each (``[一览表!F4] 风险类型“2”无法识别;…``),
where the truth reads both codes by the page footer's key (raw_risk_type / raw_risk_level kept in
risks.csv, risk_type and risk_level blank):

- F4 ``2``/G4 ``A`` (truth 制度机制, 1) ``气象探测设备和业务系统采购不经台务会集体研究``, F5 ``4``/G5 ``A``
  (业务流程, 1) ``专业气象服务合同由个人商定、收费不入账`` — 台领导 | 台长 | 隗砚澄;
- F6 ``3``/G6 ``B`` (岗位职责, 2) ``重大天气过程决策服务材料报送迟报、瞒报`` — 台领导 | 副台长 | 厍沅霏;
- F7 ``1``/G7 ``A`` (思想道德, 1) ``为关系单位提前透露未发布的预报预警信息``, F8 ``4``/G8 ``B`` (业务流程, 2)
  ``服务对象选择和服务效益评价弄虚作假`` — 预报服务组 | 组长 | 阚翊漪;
- F9 ``5``/G9 ``B`` (外部环境, 2) ``为商业活动出具气象证明收受好处``, F10 ``3``/G10 ``C`` (岗位职责, 3)
  ``值班记录补写、交接班走过场`` — 预报服务组 | 预报员 | 蒯珝沨;
- F11 ``1``/G11 ``B`` (思想道德, 2) ``自动气象站维护材料虚报数量``, F12 ``2``/G12 ``C`` (制度机制, 3)
  ``观测数据人为修改、缺测不报`` — 观测保障组 | 观测员 | 糜曦岑;
- F13 ``2``/G13 ``B`` (制度机制, 2) ``专项业务经费挤占挪用``, F14 ``4``/G14 ``C`` (业务流程, 3)
  ``报销凭证审核不严，虚列差旅费`` — 综合组 | 会计 | 庾沄笙.

Kind: the reader does not read a sheet's PAGE FOOTER as a key to the codes of its type and level
columns (``&L风险类型代码：1—思想道德风险；…&R风险等级代码：A—高风险；B—中风险；C—低风险``), so a list
whose codes are explained only there has every type and every level unknown (two errors a point);
everything else of the file reads right.

Unscored besides: the 人工影响天气办公室's cards of the 主任 and 副主任 came out with the 科室
``领导班子`` (posts.csv F00034, F00035; truth "", the cards naming no 科室); the two 气象信息服务站
files were read with the unit cut at the town and the 站 (or its group) as its 科室 (``佳县佳芦镇`` |
``气象信息服务站``; ``佳县坑镇`` | ``站领导`` …; the scorer counts both writings of a 站's own file as
one), and so the 佳芦镇 站长 came out 中层岗位 (F00005; truth leader; the 坑镇 站长 under ``一、站领导``
came out 领导岗位). Every other unit, 科室, post and tier in posts.csv is the truth's. The other issues
are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a sheet's printed page header and footer (页眉/页脚), where they
define levels or codes ('风险类型代码：1—思想道德风险；…', '风险等级代码：A—高风险；…'), are part of its legend, as text
boxes and drop-down prompts are; test_codes_explained_in_the_page_footer in tests/test_columns.py
says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import html
import re
import zipfile

from published.batch434 import (
    BANDS,
    BARE,
    CODE_FOOTER,
    CODE_HEAD,
    CODE_NAME,
    CODE_TAB,
    GRADES,
    LAYOUTS,
    LEVEL_CODES,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_CODES,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(434, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CODE_NAME}
UNTYPED = {
    "jiaxian_weather_bureau_two_sheets",
    "jiaxian_weather_modification_cards",
    "jiaxian_quake_service_center_every_row",
}
NOBODY = {"jiaxian_lightning_center_posts"}
GAP = "\u3000"


def test_batch434_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=433, unit_words=(PLACE,), new_people=True)


def test_batch434_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch434_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch434_every_unit_is_of_jiaxian_and_stands_in_its_sheet():
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


def _footer(name):
    """The page footer of the harder sheet as written in the built .xlsx (its own XML)."""
    with zipfile.ZipFile(BATCH.inbox() / f"{name}.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    found = re.search(r"<oddFooter>(.*?)</oddFooter>", xml, re.S)
    return html.unescape(found.group(1)) if found else None


def test_batch434_codes_keyed_only_in_the_page_footer():
    name = CODE_NAME
    head = BATCH.heading(name, CODE_TAB)
    assert tuple(head) == CODE_HEAD
    table = BATCH.table(name, CODE_TAB)
    # the cells hold codes only: type digits 1–5 (numbers), level letters A/B/C
    assert {row[5] for row in table} == set(TYPE_CODES)
    assert all(isinstance(row[5], int) for row in table)
    assert {row[6] for row in table} == set(LEVEL_CODES)
    # the codes read by the footer's key are the truth, row by row
    got = [(row[1], row[2], row[3], row[4], LEVEL_CODES[row[6]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert [[TYPE_CODES[row[5]]] for row in table] == [r["types"] for r in BATCH.points(name)]
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {t for r in BATCH.points(name) for t in r["types"]} == set(TYPES)
    # the built file carries the footer: left the type key, centre the page, right the level key
    footer = _footer(name)
    assert footer == CODE_FOOTER
    left, rest = footer.removeprefix("&L").split("&C")
    centre, right = rest.split("&R")
    for code, typ in TYPE_CODES.items():
        assert f"{code}—{typ}风险" in left
    for code, level in LEVEL_CODES.items():
        assert f"{code}—{('高', '中', '低')[level - 1]}风险" in right
    assert "&P" in centre and "&N" in centre
    # no cell of the workbook says what the codes mean, and nothing but the footer does
    sheets = cells(BATCH.inbox() / f"{name}.xlsx")
    assert set(sheets) == {CODE_TAB}
    for c in sheets[CODE_TAB]:
        assert not re.search(
            r"思想道德|制度机制|岗位职责|业务流程|外部环境|[高中低]风险|代码|页脚", c
        ), c
    with zipfile.ZipFile(BATCH.inbox() / f"{name}.xlsx") as z:
        parts = z.namelist()
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert not any(re.search(r"comments|drawing|vmlDrawing", p) for p in parts), parts
    assert "<dataValidation" not in xml
    # the header row repeats on every printed page
    with zipfile.ZipFile(BATCH.inbox() / f"{name}.xlsx") as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
    assert "_xlnm.Print_Titles" in book


def test_batch434_plain_tables_by_heading():
    cases = [
        ("jiaxian_lightning_center_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("jiaxian_earthquake_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("jiaxian_quake_service_center_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    name = "jiaxian_lightning_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    # every row written out, nothing merged below the title; the 责任领导 one supervisor
    name = "jiaxian_quake_service_center_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert len({row[7] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][7]}
    assert {r[5] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "jiaxian_earthquake_bureau_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch434_leaders_and_staff_in_two_sheets():
    name = "jiaxian_weather_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch434_group_rows_give_the_department():
    name = "jiaxian_kengzhen_station_group_rows"
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


def test_batch434_one_sheet_a_person():
    name = "jiaxian_weather_modification_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[0][0].endswith(f"{f['title']}岗位廉政风险防控卡")
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "岗位职责"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        duty = rows[2][1]
        assert duty not in {p["risk_point"] for p in BATCH.points(name)}  # 岗位职责 no point
    name = "jiaxian_jialu_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[5] for r in table} & points  # 自查情况 no point
        assert {r[3] for r in table} <= set(BANDS)


def test_batch434_is_read(tmp_path):
    BATCH.is_read(tmp_path)
