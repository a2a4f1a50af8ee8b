"""The one-thousand-and-sixty-eighth batch of published layouts (tests/published/batch1068.py): seven
ordinary files as the 镇, 村, 教体, 自然资源, 市场监管, 卫生院 and 学校 bodies of one county (曲靖市富源县)
send them — the 营上镇人民政府's 清单, the 黄泥村's 清单 with ``职务 | 姓名`` on every row, the
教育体育局's 一览表, the 自然资源局's 排查表 with ``风险点 | 风险表现``, the 市场监督管理局's 清单 对岗不对人,
the 十八连山镇卫生院's 防控卡 under group rows, the 第一中学's 自查表 one sheet a person — and one
harder: the 民政局's 一览表 whose ``风险等级`` column is blank and whose every 廉政风险点 cell starts with
its level and a colon (``高：违规审批…``, ``中：接受服务对象宴请``, ``低:…``)
(``python tests/published/score.py --set batch1068``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at b3a513d5 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.791 precision=0.791 levels=1.000 types=1.000 noise=0 (forms 24/24, points 34/43,
precision 34/43, levels 34/34, types 34/34 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 村's ``职务 | 姓名`` on every row, the 市场监督管理局's posts with no
names, the 自然资源局's short ``风险点`` beside ``风险表现``, the 中学's sheets a person, the names of
the surnames 裴满 and 乌古论, as the truth has them.

The one miss is the harder ``fuyuan_civil_affairs_level_before_colon.xlsx``: forms 4/4 but points
0/9 — every point read WITH its mark (``高：违规审批养老机构建设补贴``, ``低:公务接待费用报账不实``), so
none matches the truth's point, and no level (nine ``LEVEL_BLANK``, F3…F11). The probe run before
building (a 某局's 一览表 of three rows under ``廉政风险点 | 风险等级 | 防控措施``) gave the same for
``高：``/``中：``/``低：`` with the level column blank, for ``高风险：`` and for ``一级：``/``二级：`` with
no level column (``三级风险：`` alone was read); the bracketed marks of the assigned kind —
``【高】…``, ``（一级）…``, ``（一级风险）…``, ``[Ⅱ级] …``, the level column blank or absent — already read
right at HEAD (LEVEL_TAGS, the mark out of the point), so the batch's harder file takes the colon
form of the kind.

Generalised after this measurement: a point whose level opens its own cell before a colon —
a level's own word (``高``, ``中``, ``一级``, ``Ⅱ级``, ``高风险``, ``一级风险点``), full-width or half-width
colon, four characters or more of the point left, one line — where the level column is blank on
its row or absent, and two rows or more of the table (or its only row) so written, takes that
level, the word and colon taken off the point: one info for the table at the first such cell
(LEVEL_BEFORE_COLON_IN_POINT, naming the count and the words; ``locate_levels._colon_levels``,
asked in ``_embedded`` after ``_joined_levels``, gated by one ``grid.lacks("：", ":")``). A filled
level column wins: the mark taken off where it says the same, both left as read with
LEVEL_JOINED_DIFFERS where it says another. A stage, a class or a short name before the colon
(``事前：``, ``廉政风险：``, ``低保：``), one such row among others, and too little left after the
mark read as before; tests/test_level_before_colon_in_point.py (a 水务局's 排查表 with
``一级：``/``二级：``/``三级：`` and no level column; a 中医医院's 清单 with ``高风险：``/``中风险:``/
``低风险：`` under a blank ``风险级别``, holders merged; the filled column; the near-misses). This
batch reads 1.00 (forms 24/24, points 43/43, precision 43/43, levels 43/43, types 43/43, noise 0),
--strict too, the harder file with one LEVEL_BEFORE_COLON_IN_POINT and no LEVEL_BLANK; batches
1011, 1014, 777, 988, 1007, 1051, 1064 and 1065 unchanged at 1.00 (--strict too);
benchmarks/same_results.py: 10743 files compared, no result changed (the 12 files it lists, all
of tests/data/, differ in their ``.path`` only: the checkout's directory).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1068 import (
    CIVIL,
    GRADES,
    HEAD,
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
BATCH = Batch(1068, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"fuyuan_civil_affairs_level_before_colon"}
TYPED = {
    "fuyuan_yingshang_town_list",
    "fuyuan_education_bureau_list",
    "fuyuan_market_regulation_posts",
}
NOBODY = {"fuyuan_market_regulation_posts"}
SURNAMES = ("乌古论", "裴满")


def test_batch1068_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1065, unit_words=("富源",), new_people=True)


def test_batch1068_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", whole_points=False
    )
    assert RESAVED == ()


def test_batch1068_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1068_every_unit_is_of_fuyuan_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("曲靖市富源县") for u in units)


def test_batch1068_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1068_levels_stand_before_a_colon_in_the_point_cells():
    name = "fuyuan_civil_affairs_level_before_colon"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert tuple(rows[at]) == HEAD
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in body] == list(range(1, 1 + len(CIVIL)))
    # the 风险等级 column is blank on every row
    assert all(row[5] in (None, "") for row in body)
    # every point cell starts with 高/中/低 and a colon (full-width, one half-width)
    colons = [row[4][1] for row in body]
    assert all(row[4][0] in HML for row in body) and set(colons) == {"：", ":"}
    assert colons.count(":") == 1
    # the truth: the level from the mark, the mark kept out of the point
    want = [(row[1], row[2], row[3], row[4][2:], HML[row[4][0]]) for row in body]
    assert sorted(want) == sorted(BATCH.truth_rows(name))
    # (a point may start with 低 itself: 低保对象…; no colon follows it there)
    assert all(r["risk_point"][1:2] not in "：:" for f in lay["truth"] for r in f["risks"])
    assert {HML[row[4][0]] for row in body} == {1, 2, 3}


def test_batch1068_plain_tables_by_heading():
    cases = [
        ("fuyuan_yingshang_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("fuyuan_education_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("fuyuan_natural_resources_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("fuyuan_market_regulation_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("fuyuan_huangni_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1068_group_rows_give_the_department():
    name = "fuyuan_shibalianshan_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1068_one_sheet_a_person():
    name = "fuyuan_first_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1068_is_read(tmp_path):
    BATCH.is_read(tmp_path)
