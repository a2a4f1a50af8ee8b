"""The one-thousand-and-ninetieth batch of published layouts (tests/published/batch1090.py):
seven ordinary files as the 镇, 村, 文旅, 纪念馆, 卫生院 and 学校 bodies of one county (昭通市威信县)
send them — the 扎西镇人民政府's 一览表, the 旧城镇人民政府's 清单 with ``职务 | 姓名`` on every row, the
水田镇水田村民委员会's 清单, the 文化和旅游局's 排查表 with ``责任人`` on every row, the 扎西会议纪念馆's
清单 对岗不对人, the 罗布镇卫生院's 防控卡 under group rows, the 第二小学's 自查表 one sheet a person —
and one harder: the 卫生健康局's 防控卡, one sheet a person, each holder named ONLY in the tab
(``哥舒琰-局长``, ``拔延沅-办公室主任``, ``哥舒瑶-医政医管股股长``), as the file he sent it in was named
(``python tests/published/score.py --set batch1090``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 04d8e6d6 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=0.870
recall=0.829 precision=0.829 levels=1.000 types=1.000 noise=0 (forms 20/23, points 34/41,
precision 34/41, levels 34/34, types 34/34 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's ``（一）`` group rows as 科室, the 镇's ``职务 | 姓名`` on every row, the 村's ``职务 | 姓名``
merged, the 纪念馆's posts with no names, the 文旅局's ``责任人`` on every row, the 小学's sheets a
person, the names of the surnames 哥舒 and 拔延, as the truth has them.

The one miss is the harder ``weixin_health_bureau_tab_named_cards.xlsx``: forms 0/3, points 0/7,
precision 0/7. Each card was read as a form of the unit (from the title) with its points, levels
and measures, but with NO holder, no post and no 科室 (one TABLE_NO_TYPE info a sheet, nothing
else): the tabs ``哥舒琰-局长``, ``拔延沅-办公室主任``, ``哥舒瑶-医政医管股股长`` were not read, so all
7 points are nobody's. The probes of the assigned kinds (the module docstring of
published/batch1090.py): (a), (b) and (c) read right at HEAD; (d), a card naming its holder only
in the tab and the file name, read as here, so (d) was taken.

Generalised after this measurement: a sheet whose forms name no holder and no post in its cells,
whose tab spells a name and a post (``姓名-科室岗位``, ``科室岗位-姓名`` or ``科室-岗位-姓名`` in any
order, split at ``-``, ``_``, ``·`` or a space; a part naming the unit with its place or the form,
and a copy's ``(1)``/``副本``, left off), is that person's, the post split from its 科室
(``办公室主任`` → 办公室, 主任); a workbook of one such card on ``Sheet1`` is read by its FILE name so
(``…县卫生健康局-拔延沅-财务股股长.xlsx``) — ``collect._holders_by_tab_or_file_name`` after
``_names_from_tabs`` (which reads a tab of a name alone or ``科室-姓名``, never ``姓名-岗位``), info
HOLDER_BY_TAB_OR_FILE_NAME once a file. A name of a surname the reader does not know goes by its
shape (two to four Han characters of no post, 科室, place, level, type or field-of-work word) and
is taken only where another tab names another person so or the file's name names the same one.
Gated by the sheet's forms having no holder and no post (one test a sheet). ``办公室-主任``,
``安全生产-副局长``, one tab of a name by shape in a file named otherwise, a file named for the list,
and a card naming its holder in a cell read as before; tests/test_holder_in_tab_or_file_name.py
(a 交通运输局's two cards, ``序号 | 风险点 | 等级 | 防控措施``, ``一级/二级``, surnames the reader does
not know; a 市场监督管理局's one card on ``Sheet1`` named in its file only, ``Ⅰ级/Ⅱ级``; a 财政所's card
on a tab ``王芳_会计``; the near-misses; the three cases fail with the reader at 04d8e6d6, the
near-misses pass there). This batch reads 1.00 now (forms 23/23, points 41/41, precision 41/41,
levels 41/41, types 41/41, noise 0), --strict too; batches 1029, 993, 980, 922, 897, 882, 851,
785 and 1082 (tabs as pages, per-person sheets, tabs keyed by code, merged returns named by their
source files, cover sheets) unchanged at 1.00; benchmarks/same_results.py against the base pickle
(main before this round): 10,743 files, no result changed — the 12 files it lists (tests/data/…)
differ only in ``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1090 import (
    CARDS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1090, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"weixin_health_bureau_tab_named_cards"}
TYPED = {
    "weixin_zhaxi_town_list",
    "weixin_shuitian_village_list",
    "weixin_zhaxi_memorial_posts",
}
NOBODY = {"weixin_zhaxi_memorial_posts"}
SURNAMES = ("哥舒", "拔延")


def test_batch1090_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1089, unit_words=("威信",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def _in_tab(form: dict, field: str) -> bool:
    """The harder file's holder, 科室 and post stand in the tab's name only."""
    return form["layout"] in HARDER and form[field] in form["sheet"]


def test_batch1090_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in, unnamed=_in_tab
    )
    assert RESAVED == ()


def test_batch1090_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1090_every_unit_is_of_weixin_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("昭通市威信县") for u in units)


def test_batch1090_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1090_holder_is_only_in_the_tab():
    name = "weixin_health_bureau_tab_named_cards"
    tabs = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert tabs == [tab for tab, *_ in CARDS]
    for tab, dept, post, who, _tier, points in CARDS:
        # the tab is 姓名-科室岗位, and nothing on the sheet names him, his 科室 or his post
        assert tab == f"{who}-{dept}{post}"
        rows = BATCH.filled(name, tab)
        text = "".join(str(v) for row in rows for v in row if v is not None)
        assert who not in text and (not dept or dept not in text)
        assert rows[1] == ["序号", "廉政风险点", "风险等级", "防控措施"]
        got = [(dept, post, who, r[1], HML[r[2]]) for r in rows if isinstance(r[0], int)]
        assert got == BATCH.truth_rows(name, tab) and len(got) == len(points)


def test_batch1090_plain_tables_by_heading():
    cases = [
        ("weixin_zhaxi_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("weixin_culture_tourism_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("weixin_zhaxi_memorial_posts", {"dept": "部门", "post": "岗位", "point": "廉政风险点"}),
        ("weixin_jiucheng_town_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
        ("weixin_shuitian_village_list", {"post": "职务", "person": "姓名", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1090_group_rows_give_the_department():
    name = "weixin_luobu_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:3] in ("（一）", "（二）", "（三）"):
            dept = row[0][3:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1090_one_sheet_a_person():
    name = "weixin_no2_primary_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1090_is_read(tmp_path):
    BATCH.is_read(tmp_path)
