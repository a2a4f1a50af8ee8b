"""The two-hundred-and-ninetieth batch of published layouts (tests/published/batch290.py): seven
ordinary files as the 局/委/办 of one district (昭化区) really send them — the 发展和改革局's 一览表 with
short types and 高/中/低, the 人力资源和社会保障局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the
农业农村局's 防控卡 one sheet a holder with ``★★★/★★/★``, the 统计局's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 文化广电和旅游局's 防控表 under group rows with ``一级风险/二级风险/三级风险``, the
审计局's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 医疗保障局's 责任清单 written on
every row — and one harder: the 财政局's 一览表 with no level column, each point's level the FONT
COLOUR of its whole row (red 高, blue 中, the ordinary black 低) read by a ``注：`` line
(``python tests/published/score.py --set batch290``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at a8143b2 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch290``:
``TOTAL                      forms  41/41  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  58/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.806 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  41/41  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  58/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.806 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full (every form, point, level and type, with ``--strict`` too); the harder
one reads every form (its 股室, post, holder and tier), every point and every type, and no level.

Missed, all in the harder ``zhaohua_finance_font_colours.xlsx`` (sheet 一览表; levels 0/14): every
point's level read BLANK, each reported as an error LEVEL_BLANK ``风险级别未填写`` at its 廉政风险点 cell
(risks.csv ``risk_level`` and ``raw_risk_level`` empty), where the truth, from the font colour of the
row, is: E4 1 (red), E5 1 (red), E6 2 (blue), E7 3 (black), E8 1 (red), E9 2 (blue), E10 1 (red),
E11 1 (red), E12 2 (blue), E13 3 (black), E14 2 (blue), E15 3 (black), E16 2 (blue), E17 3 (black).
Kind: a level carried only by the FONT colour of the row's text (no level column, no fill, no level
word), read by a ``注：红色字体…蓝色字体…其余（黑色字体）…`` line, is not read: the reader finds no level
and the legend line under the table is read as no point and raises nothing (no issue, no
LEVEL_COLOURS or LEVEL_SCALE note).

Unscored besides: the 财政局's seven forms got the post grade ``C`` from ``风险分值0`` (posts.csv
F00021–F00027, n_level_1/2/3 all 0; with the truth's levels the 局长, the 预算股 and 国库股 股长 would
count 一级 points). Everything else in posts.csv is the truth's: every unit, 股室, post, holder and
tier. The other issues are info only (TABLE_NO_TYPE on the cards, the 文旅局's and 医保局's tables,
GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: levels shown only by the text's colour under a note, the rows in the
ordinary font at the rest's level (tests/test_columns.py::test_levels_shown_only_by_the_texts_colour).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import openpyxl
from published.batch290 import (
    BANDS,
    FINANCE,
    FONT_OF,
    FONTS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(290, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhaohua_finance_font_colours"}
UNTYPED = {
    "zhaohua_agriculture_cards",
    "zhaohua_culture_tourism_group_rows",
    "zhaohua_medical_security_duties",
}
NOBODY = {"zhaohua_audit_posts"}


def test_batch290_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=289, unit_words=("昭化区",), new_people=True)


def test_batch290_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch290_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch290_every_unit_is_of_zhaohua():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("昭化区") for u in units)


def test_batch290_levels_only_in_the_font_colour():
    name = "zhaohua_finance_font_colours"
    sheet = BATCH.sheet(name)
    head = BATCH.heading(name)
    assert head == ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施"]
    # no level column and no level word in any cell of the table
    words = set(LEVELS) | {"高", "中", "低", "红", "蓝"}
    table = BATCH.table(name)
    assert not any(isinstance(c, str) and c in words for row in table for c in row)
    fonts = dict(sheet["fonts"])
    levels = {v: k for k, v in FONT_OF.items()}
    got = [
        (row[1], row[2], row[3], row[4], levels[fonts.get(r)])
        for r, row in enumerate(BATCH.filled(name))
        if isinstance(row[0], int)
    ]
    assert got == BATCH.truth_rows(name)
    assert {lv for *_, lv in got} == {1, 2, 3}
    assert sum(len(p[4]) for p in FINANCE) == len(got)
    assert set(fonts.values()) == set(FONTS) and len(fonts) == sum(lv < 3 for *_, lv in got)
    types = [r["types"] for r in BATCH.points(name)]
    assert types == [[row[5]] for row in table]
    # the built file: every cell of a marked row in its colour, the other rows in no colour, no fill
    wb = openpyxl.load_workbook(BATCH.inbox() / f"{name}.xlsx")
    ws = wb[sheet["name"]]
    for r, row in enumerate(sheet["rows"]):
        if not isinstance(row[0], int):
            continue
        for c in range(len(head)):
            cell = ws.cell(r + 1, c + 1)
            font = cell.font.color
            colour = font.rgb if font is not None and font.type == "rgb" else None
            want = fonts.get(r)
            assert colour == (None if want is None else "FF" + want[1:]), (r, c, colour)
            assert cell.fill.fill_type is None, (r, c)
    legend = next(r[0] for r in BATCH.rows(name) if str(r[0]).startswith("注："))
    assert all(
        w in legend for w in ("红色字体", "高风险", "蓝色字体", "中风险", "黑色字体", "低风险")
    )


def test_batch290_plain_tables_by_heading():
    cases = [
        ("zhaohua_development_reform_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("zhaohua_audit_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhaohua_medical_security_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; no names
    name = "zhaohua_audit_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 职责事项 is no point; the 责任人 written on every row, no merges
    name = "zhaohua_medical_security_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.numbered(name) == BATCH.table(name)
    name = "zhaohua_hrss_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for sheet in ("局领导", "股室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]


def test_batch290_group_rows_give_the_department():
    name = "zhaohua_culture_tourism_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险描述 none
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}


def test_batch290_one_sheet_a_person():
    name = "zhaohua_agriculture_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓\u3000名", f["person"], "职\u3000务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhaohua_statistics_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2] == ["姓名", f["person"], "股室", f["department"], "职务", f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]


def test_batch290_is_read(tmp_path):
    BATCH.is_read(tmp_path)
