"""The four-hundred-and-thirtieth batch of published layouts (tests/published/batch430.py): seven
ordinary files as the 商务 bodies of one county (靖边县) really send them — the 招商服务中心's 一览表
with ``姓名`` before ``岗位`` and 高/中/低, the 经济合作办公室's two sheets (``办领导``, ``科室``) with
``一级/二级/三级``, the 物流园区管理委员会's 排查表 对岗不对人 with ``高风险/中风险/低风险``, the
宁条梁镇商贸服务站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 东坑镇商贸服务站's 自查表 one sheet a
person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 红墩界镇商贸服务站's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 杨桥畔镇商贸服务站's 一览表 written out on every row, the type before
the point, bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任人`` column — and one harder: the 商务局's list PULLED OUT OF
THE PLATFORM'S DATABASE, its heading the database's FIELD CODES (``XH | DWMC | BMMC | GWMC | ZRRXM |
FXDMC | FXLX | FXDJ | FKCS | TBSJ``), their meaning given only by a ``数据字典`` sheet behind it
(``python tests/published/score.py --set batch430``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap14 at 93a683f
(this worktree branched from dev at the same commit). ``score.py --set batch430``:
``TOTAL                      forms  32/39  points  53/63  recall 0.84 precision 1.00 (53/53)  levels  53/53  types  53/53  noise 0``
and ``TOTAL forms=0.821 recall=0.841 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  32/39  points  53/63  recall 0.84 precision 1.00 (53/53)  levels  53/53  types  53/53  noise 0``
and ``TOTAL forms=0.821 recall=0.841 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one not at all. The truth was not changed after
measuring.

Missed, all in the harder ``jingbian_commerce_bureau_field_codes.xlsx`` (forms 0/7, points 0/10,
precision 0/0, noise 0). The reader found NO TABLE in the file: the list's sheet ``LZFX_GWFXD`` was
passed over without a word — its heading row A1:J1 ``XH | DWMC | BMMC | GWMC | ZRRXM | FXDMC | FXLX |
FXDJ | FKCS | TBSJ`` was not taken for a heading, so none of rows 2–11 was read: not the ten points
F2–F11 (``招商引资项目优惠政策兑现不经党组会集体研究`` … ``外经贸发展专项资金申报材料审核不严``), not their
levels H2–H11 (高/中/低) or types G2–G11, not the seven forms the truth reads from C, D and E (局领导 |
局长 | 厍澍岚, 局领导 | 副局长 | 禚昀珂, 办公室 | 主任 | 乜璟翃, 办公室 | 会计 | 笪芃霂, 市场运行股 | 股长 |
郗湛珧, 市场运行股 | 科员 | 虢淼澄, 对外贸易和电子商务股 | 股长 | 綦玙澈; unit ``靖边县商务局`` from B);
posts.csv and risks.csv have nothing of the file. issues.csv has only a warning SHEET_NO_TABLE on the
OTHER sheet, ``数据字典`` (``工作表像是防控表,但找不到表头行…``: the dictionary, whose 字段说明 column
names 风险点, 风险类型, 风险等级 and 防控措施, looked to it like a risk table without a heading), and a
warning FILE_NO_FORM for the file (``工作簿中未找到廉政风险识别和防控表…``).

Kind: the reader finds a heading only by its words, so a heading made of database field codes
(``BMMC``, ``FXDMC``, ``FXDJ`` …) is no heading and the whole list is dropped unseen — though its
columns' contents (高/中/低, the five types, names, 股室 and posts) would have been guessed as in a
heading it knew a word of — and it does not look the codes up in the ``数据字典`` sheet that defines
them (which it takes instead for a risk table that lost its heading).

Unscored besides: the three 商贸服务站 files without group rows were read with the unit cut at the
town and the 站 as its 科室 (``靖边县宁条梁镇`` | ``商贸服务站`` …; the scorer counts both writings of a
站's own file as one), and so their 站长 and 副站长 came out 中层岗位 (truth leader; the 红墩界镇 站长 under
``一、站领导`` came out 领导岗位). Every other unit, 科室, post and tier in posts.csv is the truth's. The
other issues are info only (TABLE_NO_TYPE on the eight untyped sheets, GRADE_BLANK, FILE_SKIPPED
for truth.json).

Generalised after this measurement: a heading made of a database's field codes ('XH | DWMC | BMMC |
GWMC | ZRRXM | FXDMC …') whose meanings a data dictionary gives ('字段名 | 字段说明', on another sheet or
under the list) is read as the meanings (info HEADING_BY_DICTIONARY); a heading of codes no
dictionary explains is said (warning SHEET_FIELD_CODES), no longer dropped in silence;
tests/test_field_codes.py says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch430 import (
    BANDS,
    BARE,
    CODE_FIELDS,
    CODES_HEAD,
    CODES_NAME,
    CODES_TAB,
    CODES_UNIT,
    DICT_HEAD,
    DICT_TAB,
    DICTIONARY,
    EXPORTED,
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
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(430, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CODES_NAME}
UNTYPED = {
    "jingbian_cooperation_office_two_sheets",
    "jingbian_ningtiaoliang_station_cards",
    "jingbian_dongkeng_station_selfchecks",
}
NOBODY = {"jingbian_logistics_park_posts"}
GAP = "\u3000"
HEADING_WORDS = (
    "序号",
    "单位",
    "科室",
    "股室",
    "部门",
    "岗位",
    "姓名",
    "职务",
    "责任人",
    "风险点",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
    "填报时间",
)


def test_batch430_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=427, unit_words=(PLACE,), new_people=True)


def test_batch430_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch430_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch430_every_unit_is_of_jingbian_and_stands_in_its_sheet():
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


def _records():
    """The harder list's rows under the heading of codes, as dicts by code."""
    rows = BATCH.sheet(CODES_NAME, CODES_TAB)["rows"]
    assert tuple(rows[0]) == CODES_HEAD  # no title: the heading of codes is the first row
    return [dict(zip(CODES_HEAD, row, strict=True)) for row in rows[1:]]


def test_batch430_heading_is_field_codes_only():
    sheet = BATCH.sheet(CODES_NAME, CODES_TAB)
    assert sheet["merges"] == []  # nothing merged
    assert all(re.fullmatch(r"[A-Z]{2,6}", code) for code in CODES_HEAD)
    # not one cell of the list's sheet is a heading word: the meaning is elsewhere
    texts = {c for row in sheet["rows"] for c in row if isinstance(c, str)}
    assert not texts & set(HEADING_WORDS)
    assert not texts & {m for m, *_ in DICTIONARY.values()}  # nor a field's description
    # every row is a point, written out in full (unit, 股室, post, holder on every row)
    records = _records()
    assert [r["XH"] for r in records] == list(range(1, len(records) + 1))
    assert all(all(r[code] is not None for code in CODES_HEAD) for r in records)
    assert {r["DWMC"] for r in records} == {CODES_UNIT}
    assert {r["TBSJ"] for r in records} == {EXPORTED}
    assert {r["FXDJ"] for r in records} == set(HML)
    assert {r["FXLX"] for r in records} <= set(TYPES)


def test_batch430_data_dictionary_gives_the_truth():
    rows = BATCH.sheet(CODES_NAME, DICT_TAB)["rows"]
    assert tuple(rows[0]) == DICT_HEAD
    fields = {row[1]: row[2] for row in rows[1:]}
    assert list(fields) == list(CODES_HEAD)  # one row a field, in the list's order
    assert all(fields[code] == DICTIONARY[code][0] for code in CODES_HEAD)
    # reading the list by the dictionary's meanings gives the truth, row by row
    meaning = {"部门（股室）名称": "dept", "岗位名称": "post", "责任人姓名": "person",
               "廉政风险点名称": "point"}  # fmt: skip
    by_field = {meaning[m]: code for code, m in fields.items() if m in meaning}
    assert {v: k for k, v in by_field.items()} == CODE_FIELDS
    level = next(code for code, m in fields.items() if m == "风险等级")
    kind = next(code for code, m in fields.items() if m == "风险类型")
    got = [
        (*(r[by_field[f]] for f in ("dept", "post", "person", "point")), HML[r[level]])
        for r in _records()
    ]
    assert got == BATCH.truth_rows(CODES_NAME)
    assert [[r[kind]] for r in _records()] == [p["types"] for p in BATCH.points(CODES_NAME)]
    # the dictionary is no table of points: no form on it, none of its cells a point
    assert {f["sheet"] for f in BY_NAME[CODES_NAME]["truth"]} == {CODES_TAB}
    dict_cells = {c for row in rows for c in row if isinstance(c, str)}
    assert not dict_cells & {p["risk_point"] for p in BATCH.points(CODES_NAME)}
    # the level words of FXDJ are written only in the dictionary's 备注
    assert any(row[5] == "高/中/低" for row in rows[1:])


def test_batch430_plain_tables_by_heading():
    cases = [
        ("jingbian_investment_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("jingbian_logistics_park_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("jingbian_yangqiaopan_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("jingbian_investment_center_list", 4, 5),
        ("jingbian_logistics_park_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "jingbian_investment_center_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("岗位")  # the name BEFORE the post
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 中心领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    name = "jingbian_logistics_park_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # every row written out, nothing merged below the title lines; the type BEFORE the point,
    # the holder in the LAST column
    name = "jingbian_yangqiaopan_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点") and head[-1] == "责任人"
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch430_leaders_and_staff_in_two_sheets():
    name = "jingbian_cooperation_office_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "办领导",
        fixed={"dept": "办领导"},
    )
    assert got == BATCH.truth_rows(name, "办领导")
    assert BATCH.rows(name, "办领导")[0][0].endswith("办领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "办领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch430_group_rows_give_the_department():
    name = "jingbian_hongdunjie_station_group_rows"
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


def test_batch430_one_sheet_a_person():
    name = "jingbian_ningtiaoliang_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "jingbian_dongkeng_station_selfchecks"
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


def test_batch430_is_read(tmp_path):
    BATCH.is_read(tmp_path)
