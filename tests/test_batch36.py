"""The thirty-sixth batch of published layouts (tests/published/batch36.py): nine tables whose levels
and types are written in other words and scales — colours 红色/橙色/黄色 under a 注, 红色/黄色/蓝色
defined by a line above the heading, 红/黄/绿 defined on a 填表说明 sheet, five star counts whose 注
puts ★★★ in 中, 重大风险/较大风险/一般风险 and 严重/较重/一般 with no legend, ``A级``/``B级``/``C级``
with the legend in the heading cell, a ``风险类别`` column of 一类风险/二类风险/三类风险, types
道德风险/制度风险/岗位风险/外部风险/业务风险 (``道德、岗位风险``, two lines in a cell) — in a 国企 pair, two
医院, a 初级中学, two 市场监督管理所 and two 税务分局; and one harder: a 税务分局 排查表 with no level
column, only 发生概率 × 影响程度 = 风险值 and a 注 of bands (``python tests/published/score.py --set
batch36``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 906ad98 (the exports are the same at f548e66): forms
1.000 (38/38), recall 1.000 (74/74), precision 1.000 (74/74), levels 0.392 (29/74), types 1.000
(74/74), noise 0; with --strict forms 0.947 (36/38), the rest the same. Missed:

- ``soe_invest_colour_legend_below`` levels 0/8: ``红色``/``橙色``/``黄色`` (G3:G10) are LEVEL_UNKNOWN
  errors, level blank; the 注 under the table (``红色为高风险,橙色为中风险,黄色为低风险``) is not read
  as a legend: ``_LEGEND_PAIR`` takes a letter, star or digit (1–3 characters) or a QUOTED Chinese
  word before 为, never an unquoted word like ``红色``;
- ``hospital_colour_legend_above`` levels 0/8: ``红色``/``黄色``/``蓝色`` (F4:F11) LEVEL_UNKNOWN; the
  legend is a line ABOVE the heading (A2, merged A:G) and pairs the words with ``—``
  (``红色—高风险``), neither of which the legend reading takes (it reads 注/说明 rows, pairs joined
  by 为/是/表示/代表/指/即/:/=);
- ``tax_branch_colour_instructions`` levels 0/8: ``红``/``黄``/``绿`` (排查表 G3:G10) LEVEL_UNKNOWN; the
  legend is on the workbook's FIRST sheet ``填表说明`` (A4 ``…用“红、黄、绿”填写:红为高风险,黄为中风险,
  绿为低风险``) — a legend is looked for only on the table's own sheet, and an unquoted ``红`` before
  为 would not be taken anyway;
- ``school_letters_legend_in_heading`` levels 0/8: the legend stands in the heading cell
  (G2 ``风险等级⏎（A级为高、B级为中、C级为低）``); headings are not read for a legend, so ``A级``/``B级``/
  ``C级`` are not level words, the column is judged ``其他`` (COLUMN_GUESSED at G2: heading like a
  level but contents not) and every point is a LEVEL_BLANK error (no level column at all);
- ``gas_company_five_stars`` levels 1/7: the five-step 注 (``★★★★★、★★★★为高风险,★★★为中风险,★★、
  ★为低风险``) is parsed as ★★★=高 (the last three stars of ``★★★★为高``; ``★★★为中`` then dropped as
  a repeat) and ★=低 (LEVEL_SCALE at G3 ``★★★=Ⅰ级、★=Ⅲ级``): ``★★★`` is read Ⅰ级 (truth 中), ``★★``
  falls back to the vocabulary's Ⅱ级 (truth 低), ``★★★★★``/``★★★★`` are LEVEL_UNKNOWN (truth 高); only
  ``★`` (Ⅲ级) is right;
- ``tax_branch_score_bands`` (harder) levels 2/9: the two-row heading's ``风险评估`` group is read as
  ONE level column (COLUMN_GUESSED at F2 ``风险评估发生概率``, its 1–3 digits being level words) with
  its three sub-columns joined (raw level ``3⏎3⏎9``), and the level is its first token, the
  发生概率 digit read as 1=Ⅰ级, 2=Ⅱ级, 3=Ⅲ级; the 注's bands (``风险值6—9为高风险,3—4为中风险,1—2为低
  风险``) are parsed only as 9=高, 4=中, 2=低 (single digits, not ranges) and not applied. The two
  right are coincidences (发生概率 2 where the 风险值 4 is 中);
- strict only, ``market_station_self_check_sheets`` forms 0/2: the 单位 field
  (B2 ``XX县市场监督管理局清河市场监督管理所``) is kept whole as the unit, not split into the 局 and its
  所 (the 科室); the 科室 comes instead from the 主要职责 line (邓国华, B4 ``负责全所监管执法和队伍管理,
  审批本所行政处罚案件。`` → ``监管执法和队伍管理,审批本所``) or from the title's generic word
  (田晓东, A1 ``市场监管所岗位廉政风险自查表`` → ``市场监管所``).

Read right: ``重大风险``/``较大风险``/``一般风险`` and ``严重``/``较重``/``一般`` with no legend; a ``风险类别``
column of ``一类风险``/``二类风险``/``三类风险`` as the level (COLUMN_GUESSED, no type column: TABLE_NO_TYPE);
every type word (``道德风险``, ``制度风险``, ``岗位风险``, ``外部风险``, ``业务风险``), two in a cell joined
by 、, on two lines, or sharing one 风险 (``道德、岗位风险``); the 填表说明 sheet (no points, no
holder); one sheet per person with the header block naming the holder; every form and point.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (legends of colours, '红色—高风险', of more stars than three named at
once, of score bands, '6—9为高风险', written above the table, in the heading or on the file's
填表说明 sheet; 风险值 is a level heading; a 单位 field naming the unit and its 所; batch12's
colour_levels_legend now reads its colours by its legend too): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch36 import (
    CLASSES,
    LAYOUTS,
    MAJOR,
    SERIOUS,
    band_level,
    build,
    stars_level,
    types_of,
)
from published.checks import Batch
from published.layouts import TYPES

BATCH = Batch(36, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"tax_branch_score_bands"}
UNTYPED = {"market_station_class_column"}
WORDS = {"高": 1, "中": 2, "低": 3}


def _levels(name, sheet=None):
    return [r["level"] for r in BATCH.points(name, sheet)]


def _texts(name, sheet=0):
    return [c for row in BATCH.sheet(name, sheet)["rows"] for c in row if isinstance(c, str)]


def _legend(name, pattern, sheet=0):
    """The words a legend on the sheet defines: ``pattern`` has two groups, the word and 高/中/低."""
    found = {}
    for text in _texts(name, sheet):
        for word, level in re.findall(pattern, text):
            found[word] = WORDS[level]
    return found


def _column(name, title, sheet=0):
    return [row[BATCH.heading(name, sheet).index(title)] for row in BATCH.table(name, sheet)]


def test_batch36_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, one_unit_each=False, new_units=False)


def test_batch36_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody={"hospital_colour_legend_above"})  # the one without names


def test_batch36_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, min_levels=3)  # each uses its whole scale
    for name in set(BY_NAME) - UNTYPED:  # several types in one cell somewhere
        assert any(len(r["types"]) == 2 for r in BATCH.points(name)), name


def test_batch36_types_are_the_sheets_words():
    for name in set(BY_NAME) - UNTYPED:
        lay = BY_NAME[name]
        sheet = len(lay["sheets"]) - 1 if name == "tax_branch_colour_instructions" else None
        sheets = [sheet] if sheet is not None else range(len(lay["sheets"]))
        cells = [row[BATCH.heading(name, s).index("风险类型" if "风险类型" in BATCH.heading(name, s)
                                              else "风险类别")]
                 for s in sheets for row in BATCH.table(name, s)]  # fmt: skip
        # the offices' own words, never the canonical names
        assert all("风险" in c and not any(t in c for t in TYPES) for c in cells), name
        assert [types_of(c) for c in cells] == [r["types"] for r in BATCH.points(name)], name
    shared = [c for name in ("school_letters_legend_in_heading", "market_station_self_check_sheets")
              for s in range(len(BY_NAME[name]["sheets"])) for row in BATCH.table(name, s)
              for c in row if isinstance(c, str) and re.fullmatch(r"..、..风险", c)]  # fmt: skip
    assert len(shared) >= 4  # '道德、岗位风险': the 风险 shared by two types
    lines = _column("enterprise_hospital_major_larger", "风险类型")
    assert any("\n" in c for c in lines)


def test_batch36_colours_follow_their_legends():
    soe = _legend("soe_invest_colour_legend_below", r"(.色)为(.)风险")
    assert soe == {"红色": 1, "橙色": 2, "黄色": 3}
    rows = BATCH.sheet("soe_invest_colour_legend_below")["rows"]
    note = next(i for i, row in enumerate(rows) if row and str(row[0]).startswith("注"))
    assert note > max(i for i, row in enumerate(rows) if row and isinstance(row[0], int))
    cells = _column("soe_invest_colour_legend_below", "风险等级")
    assert [soe[c] for c in cells] == _levels("soe_invest_colour_legend_below")

    above = _legend("hospital_colour_legend_above", r"(.色)—(.)风险")
    assert above == {"红色": 1, "黄色": 2, "蓝色": 3}
    rows = BATCH.sheet("hospital_colour_legend_above")["rows"]
    assert rows[1][0].startswith("风险等级标识") and rows[2][0] == "序号"  # above the heading
    cells = _column("hospital_colour_legend_above", "风险等级")
    assert [above[c] for c in cells] == _levels("hospital_colour_legend_above")

    name = "tax_branch_colour_instructions"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["填表说明", "排查表"]
    guide = _legend(name, r"([红黄绿])为(.)风险", sheet=0)
    assert guide == {"红": 1, "黄": 2, "绿": 3}
    assert not _legend(name, r"([红黄绿])为(.)风险", sheet=1)  # the form sheet defines nothing
    assert all(f["sheet"] == "排查表" for f in BY_NAME[name]["truth"])  # 填表说明: no points
    cells = _column(name, "风险等级", sheet=1)
    assert [guide[c] for c in cells] == _levels(name)


def test_batch36_stars_follow_the_five_step_note():
    name = "gas_company_five_stars"
    note = next(t for t in _texts(name) if t.startswith("注"))
    assert "★★★★★、★★★★为高风险" in note and "★★★为中风险" in note and "★★、★为低风险" in note
    cells = _column(name, "风险星级")
    assert {c.count("★") for c in cells} == {1, 2, 3, 4, 5} and all(set(c) == {"★"} for c in cells)
    assert [stars_level(c) for c in cells] == _levels(name)
    assert 2 in {lv for c, lv in zip(cells, _levels(name), strict=True) if c == "★★★"}


def test_batch36_words_without_a_legend():
    name = "enterprise_hospital_major_larger"
    assert not any(t.startswith("注") for t in _texts(name))
    cells = _column(name, "风险等级")
    assert set(cells) == set(MAJOR) and [MAJOR[c] for c in cells] == _levels(name)
    name = "market_station_self_check_sheets"
    for s, sheet in enumerate(BY_NAME[name]["sheets"]):
        assert not any(t.startswith("注") for t in _texts(name, s))
        cells = _column(name, "风险程度", s)
        assert [SERIOUS[c] for c in cells] == _levels(name, sheet["name"])
    assert set(_column(name, "风险程度", 0)) == set(SERIOUS)


def test_batch36_letters_legend_in_the_heading():
    name = "school_letters_legend_in_heading"
    head = BATCH.heading(name)
    level_col = next(h for h in head if h.startswith("风险等级"))
    legend = {f"{k}级": WORDS[v] for k, v in re.findall(r"([A-C])级为(.)", level_col)}
    assert legend == {"A级": 1, "B级": 2, "C级": 3}
    assert not any(t.startswith("注") for t in _texts(name))
    assert [legend[c] for c in _column(name, level_col)] == _levels(name)


def test_batch36_class_column_holds_the_levels():
    name = "market_station_class_column"
    head = BATCH.heading(name)
    assert "风险类别" in head and "风险等级" not in head and "风险类型" not in head
    legend = _legend(name, r"(.类风险)为(.)风险")
    assert legend == CLASSES == {"一类风险": 1, "二类风险": 2, "三类风险": 3}
    assert [legend[c] for c in _column(name, "风险类别")] == _levels(name)
    assert all(r["types"] == [] for r in BATCH.points(name))
    station = "城月市场监督管理所"
    assert BATCH.sheet(name)["rows"][0][0].startswith(BY_NAME[name]["truth"][0]["unit"] + station)
    assert [(station, row[1], row[2]) for row in BATCH.table(name)] == BATCH.post_rows(name)


def test_batch36_self_check_sheets_name_their_holders():
    name = "market_station_self_check_sheets"
    for s, sheet in enumerate(BY_NAME[name]["sheets"]):
        rows = sheet["rows"]
        assert rows[1][3] == "姓名" and rows[1][4] == sheet["name"]
        assert rows[2][0] == "职务"
        forms = [f for f in BY_NAME[name]["truth"] if f["sheet"] == sheet["name"]]
        assert len(forms) == 1 and forms[0]["person"] == sheet["name"]
        assert forms[0]["title"] == rows[2][1]
        assert forms[0]["department"] in rows[1][1] and rows[1][1].startswith(forms[0]["unit"])
        assert len(BATCH.table(name, s)) == len(forms[0]["risks"])


def test_batch36_score_bands():
    name = "tax_branch_score_bands"
    rows = BATCH.sheet(name)["rows"]
    assert rows[1][5] == "风险评估" and rows[2][5:8] == ["发生概率", "影响程度", "风险值"]
    assert not any("等级" in str(c) or "级别" in str(c) for row in rows[1:3] for c in row)
    bands = {}
    note = next(t for t in _texts(name) if t.startswith("注"))
    for lo, hi, level in re.findall(r"(\d)—(\d)为(.)风险", note):
        for v in range(int(lo), int(hi) + 1):
            bands[v] = WORDS[level]
    table = BATCH.table(name)
    for row in table:
        assert row[5] in (1, 2, 3) and row[6] in (1, 2, 3) and row[7] == row[5] * row[6]
        assert bands[row[7]] == band_level(row[7])
    assert [bands[row[7]] for row in table] == _levels(name)
    # the score is not the level: a 3 is 中, a 2 and a 1 are 低
    pairs = {(row[7], lv) for row, lv in zip(table, _levels(name), strict=True)}
    assert {(3, 2), (2, 3), (1, 3)} <= pairs
    assert [("城区税务分局", row[1], row[2]) for row in table] == BATCH.post_rows(name)


def test_thirty_sixth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
