"""The hundred-and-twentieth batch of published layouts (tests/published/batch120.py): eight ordinary
files as county bodies seldom or never used before really send them — a 图书馆 自查表 per sheet with
one row of pairs above the table, a 财政局 一览表 with two town 财政所 among its 科室 and ``Ⅰ级/Ⅱ级/Ⅲ级``,
a 保密局 清单 对岗不对人 with no 科室 column and 一级/二级/三级, a 档案馆 一览表 whose level column is headed
``风险程度`` — those four also as LibreOffice re-saves (.xls and .ods) — a 疾控中心 排查表 with a
``填报科室:`` line above the header, a 光荣院 排查表 whose columns begin with the holder, a 退役军人事务局
一览表 with a ``分管领导`` column, and one harder: a 医保局 一览表 whose 责任人 cell holds post and holder
with one space (``股长 昝砚秋``) (``python tests/published/score.py --set batch120``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at fdf0a06 (main's newest when the batch was done): forms
1.000 (64/64), recall 1.000 (98/98), precision 1.000 (98/98), levels 1.000 (98/98), types 1.000
(98/98), noise 0; with --strict the same: forms 1.000 (64/64), recall 1.000 (98/98), precision
1.000 (98/98), levels 1.000 (98/98), types 1.000 (98/98), noise 0. The 16 files: eight .xlsx, four
layouts also as .xls and .ods. Missed: nothing.

Read right: the 医保局's ``股长 昝砚秋`` cells under 责任人 split into post and holder (COLUMN_GUESSED
info for ``Sheet1!G2``), 事项名称 taken for no point, the 廉政风险点及描述 text as the point; the 图书馆's
row of pairs ``姓名 | … | 所在部室 | … | 岗位 | …`` above each sheet's table (.xls, .ods too); the
财政局's ``汇澜镇财政所`` and ``芦泾镇财政所`` as 科室 of the 局, ``…风险`` types and ``Ⅰ级/Ⅱ级/Ⅲ级``
(.xls, .ods too); the 保密局's posts 对岗不对人 as written with department "", 一级/二级/三级 (.xls,
.ods too); the 档案馆's ``风险程度`` column as the level (.xls, .ods too); the 疾控中心's ``填报科室:``
line above the header taken for no 科室; the 光荣院's columns beginning with the holder; the 退役军人
事务局's ``分管领导`` column taken for no holder. Tiers (not scored) all as the truth has them.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch120 import GRADES, LAYOUTS, PREFIX, RESAVED, ROMAN, SPACE, build
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES}
BATCH = Batch(120, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"medical_insurance_duty_last"}
UNTYPED = {"medical_insurance_duty_last", "secrecy_bureau_posts"}
NOBODY = {"secrecy_bureau_posts"}


def test_batch120_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=117)


def test_batch120_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch120_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED)


def test_batch120_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch120_every_unit_is_of_qidong():
    assert all(f["unit"].startswith("启东县") for lay in LAYOUTS for f in lay["truth"])


def test_batch120_post_and_holder_in_the_duty_cell():
    name = "medical_insurance_duty_last"
    heads = {"dept": "责任科室", "post": "责任人", "person": "责任人", "point": "廉政风险点及描述"}
    got = BATCH.by_heading(
        name, heads, level="等级",
        post=lambda c: c.split(SPACE)[0], person=lambda c: c.split(SPACE)[1],
    )  # fmt: skip
    assert got == BATCH.truth_rows(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][1] == "事项名称"
    posts = {f["title"] for f in BY_NAME[name]["truth"]}
    for post in posts:  # the post stands only in the 责任人 cells
        assert not any(c == post for row in rows for c in row)


def test_batch120_pairs_above_the_table():
    name = "library_pairs_per_sheet"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1] == ["姓名", f["person"], "所在部室", f["department"], "岗位", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [r["types"] for r in f["risks"]]


def test_batch120_plain_tables_by_heading():
    cases = [
        ("finance_town_offices",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类别"),
        ("secrecy_bureau_posts", {"post": "岗位", "point": "廉政风险点"}, "风险等级", None),
        ("archives_degree_column",
         {"dept": "部室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险程度", "风险类型"),
        ("disease_control_merged",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类别"),
        ("honour_home_holder_first",
         {"dept": "所在股室", "post": "职务", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("veterans_bureau_leader_column",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name
    depts = {f["department"] for f in BY_NAME["finance_town_offices"]["truth"]}
    assert {"汇澜镇财政所", "芦泾镇财政所"} <= depts
    truth = BY_NAME["secrecy_bureau_posts"]["truth"]
    assert "科室" not in BATCH.filled("secrecy_bureau_posts")[BATCH.header("secrecy_bureau_posts")]
    assert all(f["department"] == "" and f["person"] == "" for f in truth)
    assert {r["level"] for r in BATCH.points("secrecy_bureau_posts")} == {1, 2, 3}
    name = "veterans_bureau_leader_column"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][-1] == "分管领导"
    leader = next(f for f in BY_NAME[name]["truth"] if f["title"] == "副局长")
    assert {r[-1] for r in rows[head + 1 :]} == {None, leader["person"]}


def test_hundred_and_twentieth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
