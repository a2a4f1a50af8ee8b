"""The one-thousand-and-twenty-fourth batch of published layouts (tests/published/batch1024.py): seven
ordinary files as the 乡镇, 村, 学校, 卫生院, 交通, 市场监管 and 文旅 bodies of one county (开阳县) send
them — the 南江乡人民政府's 清单 under group rows, the 马头村's 清单 with ``职务 | 姓名`` on every row, the
第一中学's 一览表, the 南龙乡卫生院's 排查表 with ``风险点 | 风险表现``, the 交通运输局's 清单 对岗不对人,
the 市场监督管理局's 责任清单, the 文化广电旅游局's 自查表 one sheet a person — and one harder: the
自然资源局's 一览表 whose point column is headed ``廉政隐患`` and which has a column of 典型案例 (short
case stories) right beside 防控措施 (``python tests/published/score.py --set batch1024``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 4c3a98df (main's merge of g1023; this worktree branched
from that commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.833 precision=0.833 levels=1.000 types=1.000 noise=0 (forms 25/25, points 35/42,
precision 35/42, levels 35/35, types 35/35 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
南江乡's group rows ``二、党政办``, ``三、农业服务中心`` as 科室 of the 乡, the 村's ``职务 | 姓名`` on
every row, the 交通运输局's posts with no names, the 卫生院's short ``风险点`` beside ``风险表现``,
the 文旅局's sheets a person, the names of the surnames 俟吕陵 and 兰台, as the truth has them.

Missed, all in the harder ``kaiyang_natural_resources_case_column.xlsx`` (forms 4/4, points 0/7,
precision 0/7, noise 0): the 典型案例 column (一览表!G2) was taken for the POINT column — info
COLUMN_GUESSED ``表头“典型案例”所在列按内容判断为“风险点”(…此列是措施左侧最长的文字)`` — so each of
the 7 points came out as its case story (``某县自然资源局原局长为开发商量身设定土地挂牌条件，收受好处费
38万元，被开除党籍…``), and the real points under the unusual heading ``廉政隐患`` (E) were dropped
without a word; levels (F) and measures (H) were read right. An earlier probe found the same
kind read as the MEASURES: a 典型案例 column beside measures headed ``工作要求`` guessed as 防控措施
by content, and a case column under one heading with the measures (``风险防控`` merged over ``防控措施
| 典型案例``, or ``防控措施及警示案例``) joined into each measures cell. Kind: a column of case stories
(``典型案例``, ``警示案例``, ``案例``, ``以案说险`` …) beside the measures, which the reader's guess by
content prefers as the point (the longest text left of the measures) or the measures, or joins
into the measures; a case column is never either.

Generalised after this measurement: a column headed as cases told as stories — a heading ending
in 案例 (``典型案例``, ``警示案例``, ``案例``, ``相关案例``, ``违纪违法典型案例``, ``廉政风险案例``;
``案例警示``, ``案例剖析``), ``以案说险``, ``以案示警``, ``以案明纪``, ``反面典型``, joined to no field of
ours before it (``防控措施及警示案例`` stays the measures) — is a known heading of no field
(``columns.heading_role``: ``other``), and under a heading across (``风险防控`` or
``防控措施及警示案例`` merged over ``防控措施 | 警示案例``) a column whose own sub-heading names cases
is no part of the measures (``locate_header._classify``, behind ``grid.lacks("案", "反面")``). So the
guess by contents never takes it for the point (``_unnamed_text_column``: the point headed
``廉政隐患`` or ``主要问题`` is guessed among the other columns), nor for the measures
(``_measures_by_position``: ``工作要求`` is), nor joins it into them. The column is set aside and
said once, at its own heading's cell, with its first case (new info CASE_COLUMN_SET_ASIDE; here
一览表!G2). ``以案促改措施`` and ``典型案例及防控措施`` (ending in the measures) read as before; an empty
case column is said nothing. tests/test_case_column.py (a 县卫生健康局's ``主要问题 | 风险级别 |
以案说险 | 管控措施`` with 一级/二级/三级, a 县税务局's two-row header ``风险防控`` over ``防控措施 |
警示案例`` with Ⅰ级/Ⅱ级, a 县粮食局's ``违纪违法典型案例`` beside an unknown ``工作要求``, and the
near-misses). Read 1.00 since (forms 25/25, points 42/42, precision 42/42, levels 42/42, types
42/42, noise 0), --strict too; batches 973 (a numbered 典型案例 table under the list), 321 and 375
(``【以案说险】``/``典型案例：`` lines in the point cells), 1021 (a 警示案例 table), 1010, 242, 319, 80
(cases named in cells), 1023 and 1025 unchanged at 1.00, --strict too (1021's --strict forms 23/24
as before, its own convention); the earlier batches built under /tmp/speed/batches and
tests/data (9,757 files) read to the same results as before (benchmarks/same_results.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1024 import (
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RESOURCES,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1024, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"kaiyang_natural_resources_case_column"}
TYPED = {
    "kaiyang_first_middle_school_list",
    "kaiyang_transport_bureau_posts",
    "kaiyang_market_bureau_duty_list",
}
NOBODY = {"kaiyang_transport_bureau_posts"}
SURNAMES = ("俟吕陵", "兰台")


def test_batch1024_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1023, unit_words=("开阳县",), new_people=True)


def test_batch1024_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1024_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1024_every_unit_is_of_kaiyang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("开阳县") for u in units)


def test_batch1024_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    # a 3-char surname and a 2-char one, each with a given name of one or two characters
    assert all(1 <= len(p) - len(next(s for s in SURNAMES if p.startswith(s))) <= 2 for p in people)


def test_batch1024_the_case_column_is_no_point_and_no_measures():
    name = "kaiyang_natural_resources_case_column"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == list(HEAD)
    case, measures, point = HEAD.index("典型案例"), HEAD.index("防控措施"), HEAD.index("廉政隐患")
    assert measures == case + 1  # the case column stands right beside 防控措施
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert len(body) == len(RESOURCES)
    for row in body:
        # a case story: longer than the point, of some other body (``某县…``), ending in a penalty
        assert row[case].startswith("某") and len(row[case]) > len(row[point]) + 10
        assert any(w in row[case] for w in ("处分", "开除", "诫勉", "撤职"))
        assert row[case] != row[measures]
    got = [(row[1], row[2], row[3], row[4], HML[row[5]]) for row in body]
    assert got == BATCH.truth_rows(name)
    # no point of the truth is (or holds) a case story
    points = {r["risk_point"] for f in lay["truth"] for r in f["risks"]}
    assert not any(p.startswith("某") or "处分" in p for p in points)
    assert len(points) == len(RESOURCES)


def test_batch1024_plain_tables_by_heading():
    cases = [
        ("kaiyang_first_middle_school_list",
         {"dept": "处室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("kaiyang_nanlong_health_centre_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("kaiyang_transport_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("kaiyang_market_bureau_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("kaiyang_matou_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
        ("kaiyang_natural_resources_case_column",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政隐患"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1024_group_rows_give_the_department():
    name = "kaiyang_nanjiang_township_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1024_one_sheet_a_person():
    name = "kaiyang_tourism_bureau_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1024_is_read(tmp_path):
    BATCH.is_read(tmp_path)
