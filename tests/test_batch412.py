"""The four-hundred-and-twelfth batch of published layouts (tests/published/batch412.py): seven
ordinary files as the 卫生健康 bodies of one county (紫阳县) really send them — the 卫生健康局's 责任清单
under group rows ``一、局领导`` … with ``一级风险/二级风险/三级风险``, the 人民医院's two sheets ``院领导 |
职能科室`` with ``一级/二级/三级``, the 中医医院's 一览表 with ``科室`` merged, ``姓名`` before ``职务``,
``廉政风险点 | 风险描述`` and 高/中/低, the 蒿坪镇中心卫生院's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 焕古镇卫生院's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 洞河镇卫生院's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 红椿镇卫生院's 一览表 written out on every row, the
type before the point and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 疾病预防控制中心's ordinary 排查表 whose
LEVELS ARE CODES ``A/B/C`` WHOSE MEANING STANDS ONLY IN THE DATA-VALIDATION PROMPT (输入信息) of its
``风险等级`` cells (``python tests/published/score.py --set batch412``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(main's newest when the batch was done; this worktree branched from dev at 57d6eaa too).
``score.py --set batch412``:
``TOTAL                      forms  41/41  points  71/71  recall 1.00 precision 1.00 (71/71)  levels  60/71  types  71/71  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.845 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  41/41  points  71/71  recall 1.00 precision 1.00 (71/71)  levels  60/71  types  71/71  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.845 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form, point and type but no level. The
truth was not changed after measuring.

Missed, all in the harder ``ziyang_cdc_level_codes_in_dropdown_prompt.xlsx`` (sheet 排查表; forms
6/6, points 11/11, types 11/11, levels 0/11): every 风险等级 cell G4–G14 was left unread — risks.csv
has ``risk_level`` empty and ``raw_risk_level`` the code on all eleven rows (F00001–F00006), and
issues.csv has eleven errors LEVEL_UNKNOWN ``[排查表!G4] 风险级别“A”无法识别;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级``
… ``[排查表!G14]``; the truth is what each code means by the level cells' data-validation prompt
(``A—高风险（一级）；B—中风险（二级）；C—低风险（三级）``): G4 A (1), G5 B (2), G6 A (1), G7 A (1),
G8 B (2), G9 B (2), G10 C (3), G11 A (1), G12 B (2), G13 B (2), G14 C (3). Kind: the reader looks
for a code legend in cells, comments, text boxes, headers and other sheets but not in a cell's
data validation, so codes whose meaning the validation's input message alone gives are reported
as unknown levels (as it does, rightly, for ``A/B/C`` with no legend at all), and nothing in
issues.csv points at the prompt.

Unscored besides: in the 蒿坪镇中心卫生院's cards the 院长 (F00012) and the 副院长 (F00013) were given
the 科室 ``领导班子`` (truth: no 科室 — the cards name none); the 收费员 no 科室, as the truth. Every other
unit, 科室, post and tier in posts.csv is the truth's (局领导, 院领导 and 中心领导 as the 科室 of those
leaders; 股长, 科长, 科主任, 药房主任 and 办公室主任 中层岗位). The other issues are info only
(TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a sheet's data-validation input messages (the 输入信息 of a drop-
down, its title and prompt, from <dataValidation> and Excel's <x14:dataValidation>; not those
switched off) are part of the sheet's legend, as a text box is, so codes explained only there are
read; a .xls/.ods whose note sends the holder to the tips says so (warning PROMPTS_UNREAD);
tests/test_dropdown_prompts.py says it in other words (甲/乙/丙, 红/黄/蓝, Ⅰ类, type codes A–E; an unclear
prompt invents nothing).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import html
import re
import zipfile

import openpyxl
from published.batch412 import (
    BANDS,
    BARE,
    CODE_HEAD,
    CODE_LEVEL_COL,
    CODE_LIST,
    CODE_NAME,
    CODE_NOTE,
    CODE_PROMPT,
    CODE_PROMPT_TITLE,
    CODE_ROWS,
    CODE_TAB,
    CODE_TYPE_COL,
    CODE_UNIT,
    CODES,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_LIST,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS, **CODES}
BATCH = Batch(412, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CODE_NAME}
UNTYPED = {
    "ziyang_peoples_hospital_two_sheets",
    "ziyang_haoping_health_center_cards",
}
NOBODY = {"ziyang_donghe_health_center_posts"}
GAP = "\u3000"


def test_batch412_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=("紫阳县",), new_people=True)


def test_batch412_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch412_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch412_every_unit_is_of_ziyang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("紫阳县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _code_parts():
    path = BATCH.inbox() / f"{CODE_NAME}.xlsx"
    with zipfile.ZipFile(path) as z:
        return path, {name: z.read(name).decode("utf-8") for name in z.namelist()}


def _col(c: int) -> str:
    return "ABCDEFGHIJ"[c]


def test_batch412_level_codes_explained_only_in_the_validation_prompt():
    path, parts = _code_parts()
    sheet = parts["xl/worksheets/sheet1.xml"]
    rows = BATCH.filled(CODE_NAME, CODE_TAB)
    data = [r for r, row in enumerate(rows) if isinstance(row[0], int)]
    first, last = data[0] + 1, data[-1] + 1  # 1-based, as Excel writes a range
    # two list validations: the level codes with the legend as their input message, the types
    vals = re.findall(r"<dataValidation [^>]*>.*?</dataValidation>", sheet, re.S)
    assert len(vals) == 2
    level = next(v for v in vals if f'sqref="{_col(CODE_LEVEL_COL)}{first}:' in v)
    assert f'sqref="{_col(CODE_LEVEL_COL)}{first}:{_col(CODE_LEVEL_COL)}{last}"' in level
    assert 'type="list"' in level and 'showInputMessage="1"' in level
    assert f'promptTitle="{CODE_PROMPT_TITLE}"' in level
    prompt = html.unescape(re.search(r'prompt="([^"]*)"', level).group(1))
    assert prompt == CODE_PROMPT
    assert f'<formula1>"{",".join(CODE_LIST)}"</formula1>' in level
    kind = next(v for v in vals if v is not level)
    assert f'sqref="{_col(CODE_TYPE_COL)}{first}:{_col(CODE_TYPE_COL)}{last}"' in kind
    assert f'<formula1>"{",".join(TYPE_LIST)}"</formula1>' in kind
    # the prompt names each code's level; the truth reads them so
    for code, lv in CODES.items():
        word = {1: "高风险（一级）", 2: "中风险（二级）", 3: "低风险（三级）"}[lv]
        assert f"{code}—{word}" in CODE_PROMPT
    truth = BATCH.answers(CODE_NAME)
    for r in data:
        row = rows[r]
        assert row[CODE_LEVEL_COL] in CODE_LIST
        dept, post, who, lv, types = truth[row[4]]
        assert CODES[row[CODE_LEVEL_COL]] == lv and (row[1], row[2], row[3]) == (dept, post, who)
        assert types == [row[CODE_TYPE_COL]]
    assert {rows[r][CODE_LEVEL_COL] for r in data} == set(CODE_LIST)
    # no cell, comment, drawing, header/footer or defined name says what the codes mean
    assert not any(p.startswith(("xl/comments", "xl/drawings")) for p in parts)
    assert "<headerFooter" not in sheet and "<definedName" not in parts["xl/workbook.xml"]
    ws = openpyxl.load_workbook(path)[CODE_TAB]
    values = [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert not any(re.search(r"[ABC]\s*[—\-－：:为=]", v) for v in values)
    assert not any(w in v for v in values for w in ("高风险", "中风险", "低风险", "一级", "二级"))
    assert CODE_NOTE in values and "下拉列表和提示" in CODE_NOTE


def test_batch412_code_list_is_an_ordinary_list():
    name = CODE_NAME
    assert BATCH.heading(name, CODE_TAB) == list(CODE_HEAD)
    table = BATCH.table(name, CODE_TAB)
    got = [(r[1], r[2], r[3], r[4]) for r in table]
    assert got == [row[:4] for row in BATCH.truth_rows(name)]
    assert [[t] for t in (r[5] for r in table)] == [r["types"] for r in BATCH.points(name)]
    assert BY_NAME[name]["truth"][0]["unit"] == CODE_UNIT
    assert sum(len(p) for *_, p in CODE_ROWS) == len(table)
    merges = BATCH.sheet(name, CODE_TAB)["merges"]
    first = BATCH.header(name, CODE_TAB) + 1
    assert (first, 1, first + 2, 1) in merges  # 中心领导 over three rows
    # the other layouts carry no validation: the prompt is the harder file's alone
    assert [lay["name"] for lay in LAYOUTS if any("validations" in s for s in lay["sheets"])] == [
        name
    ]


def test_batch412_plain_tables_by_heading():
    cases = [
        ("ziyang_tcm_hospital_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("ziyang_donghe_health_center_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("ziyang_hongchun_health_center_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("ziyang_tcm_hospital_list", 4, 5),
        ("ziyang_donghe_health_center_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "ziyang_donghe_health_center_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 中医医院: 科室 merged, 姓名 BEFORE 职务, 高/中/低
    name = "ziyang_tcm_hospital_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 院领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "ziyang_hongchun_health_center_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch412_leaders_and_staff_in_two_sheets():
    name = "ziyang_peoples_hospital_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    assert BATCH.rows(name, "院领导")[0][0].endswith("院领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "职能科室") == BATCH.truth_rows(name, "职能科室")
    works = {r[3] for r in BATCH.table(name, "院领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {r[5] for r in BATCH.table(name, "职能科室")} <= set(GRADES)


def test_batch412_group_rows_give_the_department():
    name = "ziyang_health_bureau_duty_list"
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


def test_batch412_one_sheet_a_person():
    name = "ziyang_haoping_health_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "ziyang_huangu_health_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]] and rows[2][3] == "填表时间"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[6] for r in table} & points
        assert {r[4] for r in table} <= set(ROMAN)


def test_batch412_is_read(tmp_path):
    BATCH.is_read(tmp_path)
