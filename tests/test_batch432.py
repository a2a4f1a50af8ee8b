"""The four-hundred-and-thirty-second batch of published layouts (tests/published/batch432.py): seven
ordinary files as the 文物 and 文化 bodies of one county (绥德县) really send them — the
文化和旅游局's file in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 文物管理所's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 非物质文化遗产保护中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 名州镇综合文化站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
义合镇综合文化站's 责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
文化馆's 一览表 with 高/中/低, the 革命历史纪念馆's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a
last ``责任领导`` column — and one harder: the 博物馆's 一览表 printed in black and white, with NO LEVEL
COLUMN, each point's level given only by the TYPEFACE of its cell (bold and underlined 一级, bold
二级, plain 三级), as a note under the table says (``python tests/published/score.py --set batch432``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap14 at 93a683f
(this worktree branched from dev at the same commit). ``score.py --set batch432``:
``TOTAL                      forms  37/37  points  62/62  recall 1.00 precision 1.00 (62/62)  levels  51/62  types  62/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.823 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  62/62  recall 1.00 precision 1.00 (62/62)  levels  51/62  types  62/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.823 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form, point, holder, 科室, post and type,
but no level. The truth was not changed after measuring.

Missed, all in the harder ``suide_museum_typeface_levels.xlsx`` (sheet 一览表; forms 7/7, points
11/11, precision 11/11, types 11/11, LEVELS 0/11): every ``廉政风险点`` cell's level was read BLANK,
each with an error LEVEL_BLANK (``[一览表!E4] 风险级别未填写;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级`` …), where the truth
reads the cell's typeface by the ``注：`` line:

- E4 ``文物征集项目和专项经费使用不经馆务会集体研究`` (bold and underlined; truth 1), E5 ``布展工程指定施工单位、
  化整为零规避招标`` (bold and underlined; 1) — 馆领导 | 馆长 | 蔺瑭岷;
- E6 ``文物鉴定专家小组名单由个人确定`` (bold; 2) — 馆领导 | 副馆长 | 訾溱瑶;
- E7 ``征集文物估价虚高，与出让人串通`` (bold and underlined; 1), E8 ``藏品出库借展手续不全`` (bold; 2) —
  藏品保管部 | 部长 | 逯珺汐;
- E9 ``库房藏品账物不符，私自调换藏品`` (bold; 2), E10 ``藏品拍照、资料外传牟利`` (plain; 3) — 藏品保管部 |
  保管员 | 禚峤岚;
- E11 ``临时展览合作方选择不公开`` (bold; 2) — 陈列展览部 | 部长 | 亓霁澐;
- E12 ``为旅行团有偿讲解、收取好处`` (plain; 3) — 社会教育部 | 讲解员 | 笪苒泱;
- E13 ``文物保护专项资金挤占挪用`` (bold; 2), E14 ``报销凭证审核不严，虚列展览费用`` (plain; 3) — 办公室 |
  会计 | 昝沚璎.

Kind: the reader does not take a point cell's FONT WEIGHT AND UNDERLINE as its level, nor read a note
that gives levels by typeface (``加粗并加下划线的为一级风险点，加粗的为二级风险点，常规字体的为三级风险点``), so
a list with no level column, levelled only by typeface for a black-and-white print, has every level
blank (an error a point); everything else of the file reads right. Its posts came out with grade C,
``风险分值0`` (posts.csv F00022–F00028), as no point has a level.

Unscored besides: the 非物质文化遗产保护中心's cards of the 主任 and 副主任 came out with the 科室
``领导班子`` (posts.csv F00013, F00014; truth "", the card's 所在单位 being the 中心 itself); the two
综合文化站 files were read with the unit cut at the town and the 站 as its 科室 (``绥德县名州镇`` |
``综合文化站``; ``绥德县义合镇`` | ``站领导`` …; the scorer counts both writings of a 站's own file as one),
and so the 名州镇 站长 came out 中层岗位 (F00020; truth leader; the 义合镇 站长 under ``一、站领导`` came out
领导岗位). Every other unit, 科室, post and tier in posts.csv is the truth's. The other issues are info
only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: levels told only by the typeface of the point's cell under a
note saying so ('字体加粗的为一级风险点，加下划线的为二级…', '加粗并加下划线的为一级，加粗的为二级，其余为三级'; info LEVEL_TYPEFACE) are read
by the cell's font, a face the note does not name or two faces in a cell said (warning
LEVEL_TYPEFACE_UNCLEAR), .xls/.ods by FORMAT_UNREAD; tests/test_typeface_levels.py says it in other
words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from published.batch432 import (
    BANDS,
    BARE,
    FACE_HEAD,
    FACE_LEVELS,
    FACE_NAME,
    FACE_NOTE,
    FACE_POINT,
    FACE_TAB,
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
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(432, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {FACE_NAME}
UNTYPED = {
    "suide_culture_tourism_bureau_two_sheets",
    "suide_ich_center_cards",
    "suide_mingzhou_station_selfchecks",
    "suide_memorial_hall_every_row",
}
NOBODY = {"suide_relics_office_posts"}
GAP = "\u3000"


def test_batch432_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=427, unit_words=(PLACE,), new_people=True)


def test_batch432_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch432_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch432_every_unit_is_of_suide_and_stands_in_its_sheet():
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


def _fonts(name):
    """The typeface of each 廉政风险点 cell of the harder sheet as written in the built .xlsx:
    {point text: (bold, underline)}, read from the file's own XML (styles and shared strings)."""
    from xml.etree import ElementTree as ET

    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(BATCH.inbox() / f"{name}.xlsx") as z:
        styles = ET.fromstring(z.read("xl/styles.xml"))
        strings = [
            "".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t"))
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)
        ]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    fonts = [
        (f.find("m:b", ns) is not None, f.find("m:u", ns) is not None)
        for f in styles.find("m:fonts", ns).findall("m:font", ns)
    ]
    xfs = [int(x.get("fontId", 0)) for x in styles.find("m:cellXfs", ns).findall("m:xf", ns)]
    col = "ABCDEFGHIJ"[FACE_POINT]
    out = {}
    for c in sheet.iter(f"{{{ns['m']}}}c"):
        if re.fullmatch(col + r"\d+", c.get("r")) and c.get("t") == "s":
            text = strings[int(c.find("m:v", ns).text)]
            out[text] = fonts[xfs[int(c.get("s", 0))]]
    return out


def test_batch432_levels_only_in_the_typeface_of_the_point():
    name = FACE_NAME
    head = BATCH.heading(name, FACE_TAB)
    assert tuple(head) == FACE_HEAD
    assert not any("等级" in h or "级别" in h for h in head)  # no level column
    table = BATCH.table(name, FACE_TAB)
    faces = {(r, c): face for r, c, face in BATCH.sheet(name, FACE_TAB)["faces"]}
    rows = BATCH.sheet(name, FACE_TAB)["rows"]
    got = []
    for r, row in enumerate(rows):
        if not (row and isinstance(row[0], int)):
            continue
        got.append(FACE_LEVELS[faces.get((r, FACE_POINT))])
    assert got == [p["level"] for p in BATCH.points(name)]
    assert {p["level"] for p in BATCH.points(name)} == {1, 2, 3}
    # only point cells carry a typeface, and the text carries no level word, mark or bracket
    assert {c for _, c in faces} == {FACE_POINT}
    for row in table:
        assert not re.search(r"[高中低]风险|[一二三]级|[ⅠⅡⅢ★☆（(【]", row[FACE_POINT]), row
    # the note reads the typefaces, and it is no point
    assert any(row[0] == FACE_NOTE for row in BATCH.rows(name, FACE_TAB))
    assert FACE_NOTE not in {p["risk_point"] for p in BATCH.points(name)}
    # the built file carries the typefaces: bold+underline 1, bold 2, plain 3
    fonts = _fonts(name)
    want = {(True, True): 1, (True, False): 2, (False, False): 3}
    answers = BATCH.answers(name)
    assert {p: want[fonts[p]] for p in answers} == {p: a[3] for p, a in answers.items()}
    # 部室, 岗位, 姓名 and types read by the headings
    heads = {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert [r[:4] for r in BATCH.truth_rows(name)] == [
        (row[1], row[2], row[3], row[4]) for row in table
    ]
    assert set(heads.values()) <= set(head)
    assert [a[4] for a in answers.values()] == [[row[5]] for row in table]


def test_batch432_plain_tables_by_heading():
    cases = [
        ("suide_relics_office_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("suide_culture_center_list",
         {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("suide_memorial_hall_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    name = "suide_relics_office_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    # every row written out, nothing merged below the title; the 责任领导 one supervisor
    name = "suide_memorial_hall_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert len({row[7] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][7]}
    assert {r[5] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "suide_culture_center_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch432_leaders_and_staff_in_two_sheets():
    name = "suide_culture_tourism_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch432_group_rows_give_the_department():
    name = "suide_yihe_station_group_rows"
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


def test_batch432_one_sheet_a_person():
    name = "suide_ich_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "suide_mingzhou_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"岗{GAP}位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[4] for r in table} & points  # 自查情况 no point
        assert {r[2] for r in table} <= set(BANDS)


def test_batch432_is_read(tmp_path):
    BATCH.is_read(tmp_path)
