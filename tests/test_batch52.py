"""The fifty-second batch of published layouts (tests/published/batch52.py): nine ordinary tables as
they arrive from county bodies' 二级单位 — a 劳动人事争议仲裁院 排查登记表 with ``姓名`` before
``职务`` and a 主要职责 column, a 检验检测中心 一览表 with levels typed ``I级``/``II级``/``III级`` in the
letter I, a 烈士陵园管理所 排查表 对岗不对人 with a blank row between posts and a 合计 row of counts,
an 急救中心 排查表 whose 股室 heading is typed ``股市``, a 特殊教育学校 一览表 with every heading wrapped
with Alt+Enter, a 建设工程质量安全监督站 一览表 with 责任科室/责任岗位/责任人 trailing and the heading
repeated on the second page, a 社会福利院's personal 自查表 on tabs ``周立华``, ``周立华 (2)``,
``护理部`` and a blank ``模板``, a 农业技术推广中心 一览表 with a two-row header and one level typed
``底`` — three of them also as LibreOffice re-saves (.xls and .ods) — and one harder: a 河道管理所's
return of the 水利局's template with the ``示例`` row still standing above its own rows
(``python tests/published/score.py --set batch52``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at d76f521: forms 1.000 (82/82), recall 1.000 (113/113),
precision 0.991 (113/114), levels 0.991 (112/113), types 1.000 (113/113), noise 0; with --strict
the same (forms 82/82). The 15 files: nine .xlsx, three layouts also as .xls and .ods. Missed:

- ``river_office_example_row`` (the harder one), precision 7/8: the 局's template example row
  ``排查表!A4:I4`` (``示例 | 办公室 | 主任 | 张三 | 公务接待超标准、超范围 | 制度机制 | 中 | … |
  填写时请删除本行``) is read as a point of its own, making an extra form ``张三`` (办公室 主任, Ⅱ级,
  posts.csv) beside the five real ones. Nothing sets it apart for the reader: its 序号 cell says
  ``示例`` instead of a number, its 姓名 is the placeholder ``张三``, its 备注 says
  ``填写时请删除本行``, and the 填表说明 sheet's line ``4.表中示例行仅供参考,填写时请删除。`` names it;
  no issue is raised for the row. Every real row (所领导/工程股/河道巡查队/办公室, the merged
  岗位/姓名) is read right, and the unit is the 填报单位 line's ``XX县河道管理所`` (not the 局 of the
  title ``XX县水利局所属单位…``).
- ``agri_tech_two_row_head``, levels 7/8: ``农技中心!G11`` typed ``底`` (the pinyin neighbour of
  低, in a column of 高/中/低) gets no level: LEVEL_UNKNOWN (error) ``风险级别“底”无法识别``;
  truth 3. The point, its holder (路平, 农技推广站, 农技员) and type are right.

Not scored, seen in the export: the head of a 二级单位 written as ``所长`` (河道管理所, 烈士陵园
管理所 with its ``副所长``) or as ``主任`` in a ``中心领导`` 科室 (检验检测中心, 急救中心, 农业技术推广
中心) is tiered 中层岗位 (truth leader; the 院长s are read 领导岗位); ``庭长`` and ``组长`` get no tier
(truth middle). On the 社会福利院's personal sheets the merged ``岗位职责 | …`` line is read as the
section of every point (``分管工作`` on the 院长's sheet, ``岗位职责`` on the others) and the duty text
is not kept. The LibreOffice copies give FORM_VERSION_TIE (error, 45 in all) against their .xlsx,
as in batch44 and batch48.

Read right: the 仲裁院's ``姓名`` before ``职务`` with a 主要职责 column merged per person (kept as
the duty), 备注 merged, the 合计 sentence no point; the 检验检测中心's ``I级``/``II级``/``III级``
typed in the letter I, a type cell of two (``思想道德、外部环境``), the real date cell beside
``填报日期:``; the 烈士陵园管理所's post-first list 对岗不对人 with blank rows between posts and a
合计 row holding ``6个岗位``/``8个风险点``/counts by level (no point, no post); the 急救中心's heading
``股市`` taken as 科室 by content (COLUMN_GUESSED, 88%), the 股 typed on every row, types ``…风险``;
the 特殊教育学校's headings all wrapped with Alt+Enter, blank rows between 处室; the 质量安全监督站's
trailing ``责任科室 | 责任岗位 | 责任人`` with the 股长 two rows apart one form and the 组长 on both
sides of the repeated heading one form, 监督环节 kept as the workflow; the 社会福利院's sheets
``周立华``/``周立华 (2)``/``护理部`` each its 姓名 label's person (葛敏 on the copied tab), ``职务:院长``
in one cell, the ``无`` row no point, the blank ``模板`` set aside (SHEET_BLANK_FORM); the 农技中心's
two-row header ``责任主体`` over ``站室 | 岗位 | 姓名`` and its 合计 row; strict too, everywhere. All
three re-saved layouts read as their .xlsx in .xls and .ods.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a row whose 序号 says 示例 is an example, reported once with ROW_EXAMPLE):
1.00 on every metric but levels 0.99, strict too; the level typed '底' stays a LEVEL_UNKNOWN error
(a word not in the vocabulary is reported, not guessed).

Generalised after this measurement (again, once the reasons for the last misses were looked into):
a level of 高/中/低 typed with its pinyin neighbour by the input method (``底`` for 低, ``钟`` for 中,
``搞风险`` for 高风险), in a table whose other level cells read in the same words (two at least), is read
as the level it stands for, one info a table (LEVEL_PINYIN_SLIP, here ``农技中心!G11``, ``底`` → 低 =
truth 3); a slip among ``一级/二级/三级``, a character that says a level of its own (``重``), or too
few other cells stay LEVEL_UNKNOWN (tests/test_level_pinyin_slip.py). A human reader takes ``底`` in a
column of 高/中/低 for 低 without a second thought; the truth (3) stands. The batch now reads 1.00 on
every metric, ``--strict`` too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch52 import LATIN, LAYOUTS, ORDINAL, PREFIX, RESAVED, build
from published.checks import Batch, resaved_files
from published.layouts import HML, types_in

LEVELS = {**HML, **ORDINAL, **LATIN, "底": 3}
BATCH = Batch(52, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"river_office_example_row"}
TYPED = {"river_office_example_row", "inspection_center_latin_levels",
         "emergency_center_gushi_typo", "welfare_home_personal_sheets",
         "agri_tech_two_row_head"}  # fmt: skip
NOBODY = {"martyrs_cemetery_posts_first"}


def _header(name, sheet=0):
    rows = BATCH.sheet(name, sheet)["rows"]
    return next(r for r, row in enumerate(rows) if row and str(row[0]).startswith("序"))


def _by_heading(name, heads, sheet=0, level="风险等级", head=None, skip=()):
    """BATCH.by_heading under this batch's header row (its first cell 序…); rows whose 序号 is in
    ``skip`` left out."""
    head = _header(name, sheet) if head is None else head
    return BATCH.by_heading(name, heads, sheet, level, head=head, skip=skip)


def test_batch52_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=49)


def test_batch52_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch52_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED, at_least=2)


def test_batch52_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch52_example_row_is_no_point():
    name = "river_office_example_row"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["填表说明", "排查表"]
    assert all(f["sheet"] == "排查表" for f in BY_NAME[name]["truth"])
    rows = BATCH.filled(name, "排查表")
    head = _header(name, "排查表")
    example = rows[head + 1]
    assert example[0] == "示例" and example[3] == "张三" and example[-1] == "填写时请删除本行"
    truth = BY_NAME[name]["truth"]
    assert "张三" not in {f["person"] for f in truth}
    assert example[4] not in {p["risk_point"] for p in BATCH.points(name)}
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert _by_heading(name, heads, "排查表", skip=("示例",)) == BATCH.truth_rows(name)
    col = rows[head].index("风险类型")
    table = [row for row in rows[head + 2 :] if row[6] in HML]
    assert [types_in(row[col]) for row in table] == [p["types"] for p in BATCH.points(name)]
    unit = truth[0]["unit"]
    assert rows[0][0].startswith("XX县水利局") and unit not in rows[0][0]
    assert rows[head - 1][0] == f"填报单位:{unit}"  # the 所 only in the 填报单位 line


def test_batch52_name_before_post():
    name = "arbitration_court_name_first"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head][1:5] == ["科室", "姓名", "职务", "主要职责"]
    heads = {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert _by_heading(name, heads) == BATCH.truth_rows(name)
    assert rows[head - 1][0].startswith("填报单位(盖章)") and rows[head - 1][5].startswith(
        "填报时间"
    )
    total = next(row[0] for row in rows[head + 1 :] if str(row[0]).startswith("合计"))
    assert f"风险点{len(BATCH.points(name))}个" in total
    duties = {row[4] for row in rows[head + 1 :] if row[6] in HML}
    assert all("\n" in d for d in duties)  # Alt+Enter items, no points
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}


def test_batch52_latin_levels():
    name = "inspection_center_latin_levels"
    rows = BATCH.filled(name)
    head = _header(name)
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}
    assert _by_heading(name, heads) == BATCH.truth_rows(name)
    table = [row for row in rows[head + 1 :] if row[6] in LATIN]
    assert len(table) == len(BATCH.points(name))
    assert all(set(row[6][:-1]) == {"I"} for row in table)  # the letter I, not Ⅰ/Ⅱ/Ⅲ
    col = rows[head].index("风险类别")
    assert [types_in(row[col]) for row in table] == [p["types"] for p in BATCH.points(name)]
    assert sum(1 for p in BATCH.points(name) if len(p["types"]) == 2) == 1
    date_row = BATCH.sheet(name)["rows"][head - 1]
    assert date_row[5] == "填报日期:" and date_row[6].year == 2024  # a real date cell


def test_batch52_posts_first_blank_rows_and_counts():
    name = "martyrs_cemetery_posts_first"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head][1:4] == ["岗位名称", "岗位职责", "风险点"]
    heads = {"post": "岗位名称", "point": "风险点"}
    assert _by_heading(name, heads) == BATCH.truth_rows(name)
    raw = BATCH.sheet(name)["rows"]
    blanks = [r for r in range(head + 1, len(raw)) if not any(v is not None for v in raw[r])]
    assert len(blanks) == 5  # one between each of the six posts
    total = next(row for row in rows[head + 1 :] if row[0] == "合计")
    assert total[1] == "6个岗位" and total[3] == f"{len(BATCH.points(name))}个风险点"
    assert total[4] not in LEVELS
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch52_gushi_heading():
    name = "emergency_center_gushi_typo"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head][1] == "股市" and "股室" not in rows[head]
    heads = {"dept": "股市", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert _by_heading(name, heads) == BATCH.truth_rows(name)
    raw = BATCH.sheet(name)["rows"]
    assert all(raw[r][1] for r in range(head + 1, head + 1 + len(BATCH.points(name))))  # every row
    assert not any(c0 == c1 == 1 for r0, c0, r1, c1 in BATCH.sheet(name)["merges"])
    col = rows[head].index("风险类型")
    table = [row for row in rows[head + 1 :] if row[6] in HML]
    assert all(row[col].endswith("风险") for row in table)
    assert [types_in(row[col]) for row in table] == [p["types"] for p in BATCH.points(name)]
    assert raw[-1][4] == "填报日期:2024.4.2" and head == 1  # the 填报 line below, none above


def test_batch52_wrapped_heads():
    name = "special_school_wrapped_heads"
    rows = BATCH.filled(name)
    head = _header(name)
    assert all("\n" in h for h in rows[head])
    heads = {
        "dept": "处\n室",
        "post": "岗位\n名称",
        "person": "责任人\n姓名",
        "point": "廉政\n风险点",
    }
    assert _by_heading(name, heads, level="风险\n等级") == BATCH.truth_rows(name)
    raw = BATCH.sheet(name)["rows"]
    blanks = [r for r in range(head + 1, len(raw)) if not any(v is not None for v in raw[r])]
    assert len(blanks) == 3  # between the four 处室
    assert str(raw[-2][0]).startswith("合计") and f"风险点{len(BATCH.points(name))}个" in raw[-2][0]


def test_batch52_trailing_holder_and_repeated_heading():
    name = "quality_station_trailing_holder"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head][-4:] == ["责任科室", "责任岗位", "责任人", "备注"]
    again = [r for r in range(head + 1, len(rows)) if rows[r] == rows[head]]
    assert len(again) == 1
    heads = {"dept": "责任科室", "post": "责任岗位", "person": "责任人", "point": "廉政风险点"}
    assert sorted(_by_heading(name, heads)) == sorted(BATCH.truth_rows(name))  # the truth by form
    for r0, _c0, r1, _c1 in BATCH.sheet(name)["merges"]:
        assert not r0 < again[0] <= r1  # no merge over the page break
    holder = next(f for f in BY_NAME[name]["truth"] if f["title"] == "股长")
    assert len(holder["risks"]) == 2
    at = [r for r in range(head + 1, len(rows)) if rows[r][7] == holder["person"]]
    assert at[1] - at[0] > 1  # two rows apart


def test_batch52_personal_sheets():
    name = "welfare_home_personal_sheets"
    sheets = BY_NAME[name]["sheets"]
    assert [s["name"] for s in sheets] == ["周立华", "周立华 (2)", "护理部", "模板"]
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == ["周立华", "周立华 (2)", "护理部"]
    for f in forms:
        rows = BATCH.filled(name, f["sheet"])
        label = rows[1]
        assert label[0] == "姓名:" and label[2] == "科室:"
        assert (label[1], label[3], label[4]) == (
            f["person"],
            f["department"],
            f"职务:{f['title']}",
        )
        head = _header(name, f["sheet"])
        table = [row for row in rows[head + 1 :] if row[3] in HML]
        got = [(row[1], types_in(row[2]), HML[row[3]]) for row in table]
        assert got == [(p["risk_point"], p["types"], p["level"]) for p in f["risks"]]
    assert forms[1]["person"] != forms[0]["person"]  # the copied tab holds another person
    nursing = BATCH.filled(name, "护理部")
    assert any(row[1] == "无" and row[3] is None for row in nursing)
    blank = BATCH.filled(name, "模板")
    assert blank[1][1] is None and not any(row[1] for row in blank[_header(name, "模板") + 1 :])


def test_batch52_two_row_head_and_typo_level():
    name = "agri_tech_two_row_head"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head][1:4] == ["责任主体"] * 3 and rows[head + 1][1:4] == ["站室", "岗位", "姓名"]
    got = []
    for row in rows[head + 2 :]:
        if row[6] in LEVELS:
            got.append((row[1], row[2], row[3], row[4], LEVELS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert [row[6] for row in rows[head + 2 :]].count("底") == 1
    col = rows[head].index("风险类别")
    table = [row for row in rows[head + 2 :] if row[6] in LEVELS]
    assert [types_in(row[col]) for row in table] == [p["types"] for p in BATCH.points(name)]
    assert rows[1][0].startswith("填报单位") and "填报日期" in rows[1][0]  # one merged cell


def test_fifty_second_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
