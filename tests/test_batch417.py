"""The four-hundred-and-seventeenth batch of published layouts (tests/published/batch417.py): seven
ordinary files as the 人社 and 医保 bodies of one district (汉滨区) really send them — the
人力资源和社会保障局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 医疗保障局's 责任清单 under
group rows ``一、局领导`` … with ``一级风险/二级风险/三级风险``, the 社会保险经办中心's 一览表 with ``部门``
merged, ``姓名`` before ``职务``, ``廉政风险点 | 风险描述`` and 高/中/低, the 五里镇劳动保障所's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 关庙镇劳动保障所's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 大竹园镇劳动保障所's 一览表 written out on every row, the type before the point and bare ``Ⅰ/Ⅱ/Ⅲ``,
the 恒口镇劳动保障所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险`` — and one
harder: the 就业服务中心's ordinary 一览表 whose ``防控措施`` cells hold only CODES (``A1、B1``) of a
catalogue ``附：防控措施代码表`` (``代码 | 防控措施``, one row a measure) standing below the list on the
same sheet (``python tests/published/score.py --set batch417``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(main's newest when the batch was done; this worktree branched from dev at the same 57d6eaa).
``score.py --set batch417``:
``TOTAL                      forms  37/37  points  63/63  recall 1.00 precision 1.00 (63/63)  levels  63/63  types  63/63  noise 12``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=12``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  63/63  recall 1.00 precision 1.00 (63/63)  levels  63/63  types  63/63  noise 12``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=12``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). ALL EIGHT layouts read every form, point, level and type, with ``--strict`` too;
the SEVEN ORDINARY ones read in full with no noise. The truth was not changed after measuring.

Missed, all in the harder ``hanbin_employment_center_measure_codes.xlsx`` (sheet 一览表; forms 5/5,
points 9/9, levels 9/9, types 9/9, noise 12): the catalogue below the list was not read as the
points' measures but reported as stray content — twelve warnings ROW_UNPLACED
(``表格之外的内容…未被收录;如是风险点,请填入表格的行中``), one a row: A16 ``附：防控措施代码表`` (the
caption), A17 ``代码 防控措施`` (the catalogue's heading), A18–A27 the ten measures ``A1 重大事项经中心主任
办公会集体研究，会议纪要存档。`` … ``C3 培训签到实行人脸识别，培训课时系统自动统计。`` (truth: no points,
no noise — a catalogue of the measures the codes name); and every point's ``measures`` in risks.csv is
the bare codes of its H cell (H4 ``A1、B1``, H5 ``A1、B2、B3``, H6 ``A4、B2``, H7 ``A2、C1、B1``, H8
``A2、C1``, H9 ``C3、A3、B2``, H10 ``B3``, H11 ``A2、B1``, H12 ``A3、C2``; truth: the catalogue's texts of
those codes, unscored). Kind: a measures column of codes is taken as the measures' text and the
catalogue of measures keyed by their own codes, standing below the list, is not recognised as a
legend of that column, so its rows are reported as unplaced content (12 warnings counted as noise)
and the codes are never resolved; the points themselves were all read.

Unscored besides: the 所长 and 副所长 of the 镇劳动保障所 (F00001, F00002, F00010, F00011, F00013,
F00035) read 中层岗位 (truth leader: the head of a unit of its own), and the 就业服务中心's
``窗口负责人`` (F00009) no tier (truth middle); the reader wrote the four 所 as unit ``汉滨区X镇``,
科室 ``劳动保障所`` (the scorer takes both ways as one). Every other unit, 科室, post and tier in
posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE on the untyped sheets,
GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: measures written as codes ('A1、B2') are spelt out by a catalogue
of them ('代码 | 防控措施', on the sheet under the list or on a sheet of its own; info MEASURES_BY_CODE),
only where every code is in it; the catalogue's rows are its legend, no rows out of place;
test_measures_written_as_codes_of_a_catalogue in tests/test_columns.py says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch417 import (
    BANDS,
    BARE,
    CATALOGUE,
    CATALOGUE_HEAD,
    CODES_CAPTION,
    CODES_COL,
    CODES_HEAD,
    CODES_NAME,
    CODES_NOTE,
    CODES_ROWS,
    CODES_TAB,
    CODES_UNIT,
    GRADES,
    LAYOUTS,
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
BATCH = Batch(417, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CODES_NAME}
UNTYPED = {
    "hanbin_hrss_bureau_two_sheets",
    "hanbin_wuli_labour_station_cards",
    "hanbin_guanmiao_labour_station_selfchecks",
}
NOBODY = {"hanbin_hengkou_labour_station_posts"}
STATIONS = {
    "hanbin_wuli_labour_station_cards",
    "hanbin_guanmiao_labour_station_selfchecks",
    "hanbin_dazhuyuan_labour_station_every_row",
    "hanbin_hengkou_labour_station_posts",
}
GAP = "\u3000"
CODE = re.compile(r"[ABC]\d")


def test_batch417_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=("汉滨区",), new_people=True)


def test_batch417_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch417_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch417_every_unit_is_of_hanbin_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("汉滨区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # a 镇劳动保障所 is a unit of its own, with no 科室
    for name in STATIONS:
        assert BY_NAME[name]["truth"][0]["unit"].endswith("镇劳动保障所")
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}, name


def _catalogue(rows):
    """The rows under the catalogue's heading: (code, measure)."""
    at = next(r for r, row in enumerate(rows) if tuple(row[:2]) == CATALOGUE_HEAD)
    return [(row[0], row[1]) for row in rows[at + 1 :] if row and row[0]]


def test_batch417_measures_are_codes_of_a_catalogue_below():
    name = CODES_NAME
    rows = BATCH.filled(name, CODES_TAB)
    assert BATCH.heading(name, CODES_TAB) == list(CODES_HEAD)
    table = BATCH.table(name, CODES_TAB)
    # the points are the list's rows, as in an ordinary list
    got = [(r[1], r[2], r[3], r[4], HML[r[6]]) for r in table]
    assert got == BATCH.truth_rows(name)
    assert [[t] for t in (r[5] for r in table)] == [r["types"] for r in BATCH.points(name)]
    assert BY_NAME[name]["truth"][0]["unit"] == CODES_UNIT
    assert sum(len(p) for *_, p in CODES_ROWS) == len(table)
    # every 防控措施 cell is codes only, joined by 、, each one of the catalogue
    catalogue = dict(_catalogue(BATCH.sheet(name, CODES_TAB)["rows"]))
    assert list(catalogue.items()) == CATALOGUE
    used = []
    for row in table:
        codes = row[CODES_COL].split("、")
        assert all(CODE.fullmatch(c) for c in codes) and 1 <= len(codes) <= 3, row
        assert set(codes) <= set(catalogue), row
        used += codes
    assert sum(len(row[CODES_COL].split("、")) >= 2 for row in table) >= len(table) - 1
    assert max(used.count(c) for c in catalogue) >= 3  # measures shared by several points
    assert {c[0] for c in used} == {"A", "B", "C"}
    # the note, the caption and the catalogue stand below the list, in that order
    texts = [row[0] for row in rows]
    note, caption = texts.index(CODES_NOTE), texts.index(CODES_CAPTION)
    last = max(r for r, row in enumerate(rows) if isinstance(row[0], int))
    head = next(r for r, row in enumerate(rows) if tuple(row[:2]) == CATALOGUE_HEAD)
    assert last < note < caption < head
    assert BATCH.merged(name, CODES_TAB, head, 1, len(CODES_HEAD) - 1)
    # the catalogue's measures and the codes are no points, nor anywhere in the point rows
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & set(catalogue.values()) and not points & set(catalogue)
    assert not any(m in str(c) for row in table for c in row for m in catalogue.values())


def test_batch417_plain_tables_by_heading():
    cases = [
        ("hanbin_social_insurance_center_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("hanbin_hengkou_labour_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("hanbin_dazhuyuan_labour_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("hanbin_social_insurance_center_list", 4, 5),
        ("hanbin_hengkou_labour_station_posts", 2, 3),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "hanbin_hengkou_labour_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    name = "hanbin_social_insurance_center_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    name = "hanbin_dazhuyuan_labour_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点") and "科室" not in head
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch417_leaders_and_staff_in_two_sheets():
    name = "hanbin_hrss_bureau_two_sheets"
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


def test_batch417_group_rows_give_the_department():
    name = "hanbin_medical_security_bureau_duty_list"
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


def test_batch417_one_sheet_a_person():
    name = "hanbin_wuli_labour_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "hanbin_guanmiao_labour_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch417_is_read(tmp_path):
    BATCH.is_read(tmp_path)
