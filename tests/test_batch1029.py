"""The one-thousand-and-twenty-ninth batch of published layouts (tests/published/batch1029.py): seven
ordinary files as the 乡镇, 村, 水务, 学校, 卫生院, 市场监管 and 自然资源 bodies of one county (镇宁县)
send them — the 黄果树镇人民政府's 清单, the 高荡村's 清单 with ``职务 | 姓名`` on every row, the
水务局's 排查表 with ``风险点 | 风险表现``, the 民族中学's 自查表 one sheet a person, the
六马镇卫生院's 清单 对岗不对人, the 市场监督管理局's 清单 under group rows, the 自然资源局's 一览表 —
and one harder: the 交通运输局's 一览表 typed page by page on sheets named ``一 | 二 | 三``, each
repeating the title and the header, the 序号 running on, two holders' rows split across a sheet
break with ``股室 | 岗位 | 姓名`` blank at the top of the next sheet
(``python tests/published/score.py --set batch1029``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at a49c76d7 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.957 precision=0.957 levels=1.000 types=1.000 noise=0 (forms 26/26, points 44/46,
precision 44/46, levels 44/44, types 44/44 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
市场监督管理局's group rows as 科室 (``黄果树市场监管所`` too), the 村's ``职务 | 姓名`` on every row,
the 卫生院's posts with no names, the 水务局's short ``风险点`` beside ``风险表现``, the 自然资源局's
``备注`` column, the names of the surnames 兰提 and 叱门, as the truth has them.

Missed, all in the harder ``zhenning_transport_bureau_numeral_sheets.xlsx`` (forms 5/5, points
9/11, precision 9/11, noise 0): the first row of sheet ``二`` (二!E3, ``交工验收降低标准``, the
副局长 叱门澍's second point) and of sheet ``三`` (三!E3, ``质量抽检结果隐瞒不报``, the 股长 兰提琇's
third) were read as points of no one, each with a warning FORM_NO_HOLDER (``本表没有写科室、岗位和
姓名``): the three sheets were read as three tables, not as the pages of one list. The pages of
one list are known by tabs naming their page (``第2页``, ``P2``), or, when the 序号 run on under
one heading, by tabs naming nothing (``Sheet2``, ``2``); the bare numerals ``一 | 二 | 三`` were
taken for tabs of their own names (as ``办公室 | 财务股``). Kind: a list typed page by page on
sheets named by bare Chinese numerals, the first rows of a page naming no one, read as no one's.

Generalised after this measurement: the pages of one list known by their 序号 running on under
one heading (``collect._pages_of_one_list``) may now have tabs named by bare numerals —
``一 | 二 | 三``, ``（一） | （二）``, ``第一 | 第二``, ``壹 | 贰 | 叁``, every such tab of the run so
named — as they may have tabs naming nothing (``Sheet2``); they are read as pages, a page's first
rows naming no one going on with the last holder of the page before, with the new info
SHEETS_NUMERAL_TABS_AS_PAGES (here at sheet ``一``, naming ``一、二、三``). The numeral test
runs only on sheets already found to run on under one heading. tests/test_sheets_numeral_tabs_as_pages.py
(a 县财政局's list on tabs ``（一） | （二）`` with 高/中/低, a 县人民医院's list of posts on tabs
``壹 | 贰 | 叁`` with ``一级/二级``, tabs ``第二 | 第一`` out of order; and the near-misses:
numeral tabs numbered each from 1, numeral tabs of different headings, a numeral tab beside a
named one — read as before). Read 1.00 since (forms 26/26, points 46/46, precision 46/46, levels
46/46, types 46/46, noise 0), --strict too; batches 1018, 283, 30, 57, 74, 922, 983, 11, 20,
126, 157, 206, 534, 749, 1013 and 1025 (pages, 续表, page order, holders repeated on a page)
unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1029 import (
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    TABS,
    TRANSPORT,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1029, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhenning_transport_bureau_numeral_sheets"}
TYPED = {
    "zhenning_transport_bureau_numeral_sheets",
    "zhenning_huangguoshu_town_list",
    "zhenning_water_bureau_screening",
    "zhenning_liuma_health_centre_posts",
    "zhenning_natural_resources_list",
}
NOBODY = {"zhenning_liuma_health_centre_posts"}
SURNAMES = ("兰提", "叱门")


def _anywhere_in_file(form, cells_by_sheet):
    """A holder's points in the harder file stand on the sheets his rows run over."""
    return set().union(*cells_by_sheet.values())


def test_batch1029_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1029, unit_words=("镇宁县",), new_people=True)


def test_batch1029_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 16), fields_in="file", points_in=_anywhere_in_file
    )
    assert RESAVED == ()


def test_batch1029_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1029_every_unit_is_of_zhenning():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("镇宁县") for u in units)


def test_batch1029_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1029_the_numeral_sheets_are_pages_of_one_list():
    name = "zhenning_transport_bureau_numeral_sheets"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == list(TABS) == ["一", "二", "三"]
    got, holder, numbers = [], None, []
    for tab, page in zip(TABS, TRANSPORT, strict=True):
        rows = BATCH.filled(name, tab)
        # each sheet repeats the title and the header
        assert rows[0][0].endswith("岗位廉政风险防控一览表") and rows[1] == list(HEAD)
        body = [row for row in rows[2:] if isinstance(row[0], int)]
        assert len(body) == len(page)
        for k, row in enumerate(body):
            numbers.append(row[0])
            if row[3]:
                holder = (row[1], row[2], row[3])
            elif k == 0:  # a holder's rows going on from the sheet before: 股室, 岗位, 姓名 blank
                assert row[1] is None and row[2] is None and holder is not None
            got.append((*holder, row[4], GRADES[row[6]]))
    # the 序号 run on from sheet to sheet
    assert numbers == list(range(1, len(numbers) + 1))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # two holders are split across a sheet break, and each is one form
    split = [p[0][:3] for p in TRANSPORT[1:]]
    assert split == [TRANSPORT[0][-1][:3], TRANSPORT[1][-1][:3]]
    forms = {f["person"]: f for f in lay["truth"]}
    assert len(forms) == len(lay["truth"]) == 5
    assert [forms[who]["sheet"] for _d, _p, who in split] == ["一", "二"]
    assert [len(forms[who]["risks"]) for _d, _p, who in split] == [2, 3]


def test_batch1029_plain_tables_by_heading():
    cases = [
        ("zhenning_huangguoshu_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("zhenning_natural_resources_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("zhenning_water_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("zhenning_liuma_health_centre_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("zhenning_gaodang_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1029_group_rows_give_the_department():
    name = "zhenning_market_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1029_one_sheet_a_person():
    name = "zhenning_minzu_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1029_is_read(tmp_path):
    BATCH.is_read(tmp_path)
