"""The three-hundred-and-ninetieth batch of published layouts (tests/published/batch390.py): seven
ordinary files as the 水利 and 环保 bodies of one county (三原县) really send them — the
生态环境分局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 水土保持工作站's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 冶峪河灌区管理站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 环境监测站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
河湖管理站's 责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
农村供水管理站's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 水政监察大队's 一览表 under
``附件1`` with ``…风险`` types — and one harder: the 水利局's 登记表 whose heading is two rows of
different fields over the same columns and whose every point takes TWO ROWS (the first row the
股室, post, holder, point, type and level; the second the 主要表现 under B–D and the 防控措施 under
E–G) (``python tests/published/score.py --set batch390``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap4 at 2c19fec
(dev's newest when the batch was done; this worktree branched from dev at 2c19fec).
``score.py --set batch390``:
``TOTAL                      forms  37/37  points  51/63  recall 0.81 precision 0.73 (51/70)  levels  51/51  types  51/51  noise 12``
and ``TOTAL forms=1.000 recall=0.810 precision=0.729 levels=1.000 types=1.000 noise=12``; with
``--strict``:
``TOTAL                      forms  32/37  points  51/63  recall 0.81 precision 0.73 (51/70)  levels  51/51  types  51/51  noise 12``
and ``TOTAL forms=0.865 recall=0.810 precision=0.729 levels=1.000 types=1.000 noise=12``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
seven ordinary layouts read in full — every form, point, level and type, with ``--strict`` too.
The truth was not changed after measuring.

Missed, all in the harder ``sanyuan_water_bureau_two_line_records.xlsx`` (sheet 登记表; forms 7/7,
``--strict`` 2/7, points 0/12, precision 0/19, noise 12): the reader took the heading's two rows
(A3:G4) as ONE two-row heading whose second row splits the first, so column B (``股室`` over
``主要表现``, a heading ending in 表现) became the RISK column and column E (``风险点`` over
``防控措施``) the MEASURES column, C and D staying 岗位 and 姓名. So (a) on every record's first row
the 股室 cell was read as the point and the true point as its measures: risks.csv for B5/E5 reads
point ``局领导``, measures ``水利工程项目安排搞个人说了算`` (truth: point ``水利工程项目安排搞个人说了算``,
科室 ``局领导``), B7 ``局领导`` (truth E7 ``插手干预工程招标和施工分包``), B9/B11 ``局领导`` for 郗汭霁,
B13 ``办公室`` for 厍昀涟, B15/B17 ``办公室`` for 逄溦芸, B19/B21 ``建设管理股`` for 蔺渫川, B23
``建设管理股`` for 芈湜珩, B25/B27 ``水政水资源股`` for 钭沣骞 — the holder (D), post (C), type (F) and
level (G) of each of these rows right (宓澂峄 局长 领导岗位 制度机制风险 Ⅰ级 …), but the form's 科室
blank (posts.csv F00026, F00029, F00032, F00034, F00037, F00040, F00042; truth 局领导, 办公室,
建设管理股, 水政水资源股), which is why ``--strict`` keeps only the two leaders' forms; the seven holders'
twelve points become seven keys (a holder's two rows share the point ``局领导`` …); (b) every record's
second row (B6:D6, B8:D8 … B28:D28, the 主要表现 merged over 股室/岗位/姓名) was read as a record of
its own: a form whose holder, post and point are all the 主要表现 sentence (the merge fills C and D)
and whose measures are the 防控措施 (E6:G6 …) — twelve extra forms (posts.csv F00027, F00028,
F00030, F00031, F00033, F00035, F00036, F00038, F00039, F00041, F00043, F00044, tier blank, grade C),
each with an error LEVEL_BLANK at G6, G8 … G28 and TYPE_BLANK at F6 … F28 (the twelve TYPE_BLANK
are the noise 12; truth: no point, no form, no issue). Kind: a list whose heading is two rows of
DIFFERENT fields over the same columns, each record two rows read the same way, is read as a
two-row heading of sub-columns and one-row records — the first row's fields land under the combined heading (股室+主要表现 read as the
risk, 风险点+防控措施 as the measures) and each record's second row becomes a record of its own.

Unscored besides: every unit, 科室, post and tier in posts.csv for the seven ordinary layouts is the
truth's (局领导, 站领导 and 大队领导 as the 科室 of the leaders; 股长 and 中队长 中层岗位; 配水员, 水费收缴员,
分析员, 采样员, 巡河员, 水质检测员, 维修员, 收费员, 监督员, 执法队员 一般岗位). The other issues are info
only (TABLE_NO_TYPE on the two untyped layouts' sheets, GRADE_BLANK on the cards and the 自查表,
FILE_SKIPPED for truth.json).

Generalised after this measurement: a header's second line naming other fields, each merged across
columns of other roles ('主要表现' under 股室…姓名, '防控措施' under 风险点…等级), gives each record's second row
those fields (locate._Sheet._second_line;
tests/test_columns.py::test_two_line_records_under_a_two_line_header_of_other_fields). The batch now
reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch390 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TWO_LINE_HEAD,
    TWO_LINE_ROWS,
    TWO_LINE_SECOND,
    TWO_LINE_TAB,
    TWO_LINE_UNIT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(390, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TWO_LINE_FILE = "sanyuan_water_bureau_two_line_records"
HARDER = {TWO_LINE_FILE}
UNTYPED = {"sanyuan_ecology_branch_two_sheets", "sanyuan_soil_water_station_cards"}
NOBODY = {"sanyuan_irrigation_station_posts"}
GAP = "\u3000"


def test_batch390_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=386, unit_words=("三原县",), new_people=True)


def test_batch390_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch390_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch390_every_unit_is_of_sanyuan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("三原县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch390_two_line_records():
    name = TWO_LINE_FILE
    sheet = BATCH.sheet(name, TWO_LINE_TAB)
    rows, merges = sheet["rows"], set(sheet["merges"])
    head = BATCH.header(name, TWO_LINE_TAB)
    assert tuple(rows[head]) == TWO_LINE_HEAD
    # the heading's second row: two labels over the same columns, 序号 merged down both rows
    assert rows[head + 1] == [None, TWO_LINE_SECOND[0], None, None, TWO_LINE_SECOND[1], None, None]
    assert {
        (head, 0, head + 1, 0),
        (head + 1, 1, head + 1, 3),
        (head + 1, 4, head + 1, 6),
    } <= merges
    assert BY_NAME[name]["truth"][0]["unit"] == TWO_LINE_UNIT
    # every point two rows: a first row read by the heading's first row …
    firsts = [r for r in range(head + 2, len(rows)) if rows[r] and isinstance(rows[r][0], int)]
    got = []
    for r in firsts:
        n, dept, post, who, point, typ, lv = rows[r]
        got.append((dept, post, who, point, HML[lv]))
        # … and a second row under it: 主要表现 over B–D, 防控措施 over E–G, the number merged down
        second = rows[r + 1]
        assert second[0] is None and second[2:4] == [None, None] and second[5:] == [None, None]
        assert isinstance(second[1], str) and isinstance(second[4], str)
        assert {(r, 0, r + 1, 0), (r + 1, 1, r + 1, 3), (r + 1, 4, r + 1, 6)} <= merges
    assert got == BATCH.truth_rows(name)
    assert [n for n, r in enumerate(firsts, 1)] == [rows[r][0] for r in firsts]
    assert [b - a for a, b in zip(firsts, firsts[1:], strict=False)] == [2] * (len(firsts) - 1)
    # the second rows are no points, no 股室, no post, no holder
    seconds = {rows[r + 1][c] for r in firsts for c in (1, 4)}
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not seconds & points
    forms = BY_NAME[name]["truth"]
    assert not seconds & {f[k] for f in forms for k in ("department", "title", "person")}
    assert all(len(rows[r + 1][1]) > len(rows[r][4]) for r in firsts)  # the long 主要表现
    # types short, levels 高/中/低, 股室, 岗位 and 姓名 typed again on every first row
    assert [[t] for t in (rows[r][5] for r in firsts)] == [p["types"] for p in BATCH.points(name)]
    assert {rows[r][6] for r in firsts} == set(HML)
    people = [(d, p, w) for d, p, w, _, pts in TWO_LINE_ROWS for _ in pts]
    assert [tuple(rows[r][1:4]) for r in firsts] == people
    assert not any(m[1] in (1, 2, 3) and m[0] != m[2] for m in merges)  # nothing merged down


def test_batch390_plain_tables_by_heading():
    cases = [
        ("sanyuan_irrigation_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}),
        ("sanyuan_rural_water_station_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("sanyuan_water_enforcement_brigade_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "sanyuan_irrigation_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "sanyuan_rural_water_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "sanyuan_water_enforcement_brigade_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch390_leaders_and_staff_in_two_sheets():
    name = "sanyuan_ecology_branch_two_sheets"
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
    assert {r[5] for r in BATCH.table(name, "股室")} == set(GRADES)


def test_batch390_group_rows_give_the_department():
    name = "sanyuan_river_lake_station_duties"
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


def test_batch390_one_sheet_a_person():
    name = "sanyuan_soil_water_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"], "所在股室",
                           f["department"]]  # fmt: skip
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert not {p["risk_point"] for p in BATCH.points(name)} & {rows[2][0]}
    name = "sanyuan_monitoring_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"], "所在科室",
                           f["department"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch390_is_read(tmp_path):
    BATCH.is_read(tmp_path)
