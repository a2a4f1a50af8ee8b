"""The sixty-first batch of published layouts (tests/published/batch61.py): eight ordinary tables of
city, county and district bodies no earlier batch drew on — a 市水文局 一览表 with types written
``…风险``, a 区大数据管理局 排查表 对岗不对人 with ``岗位职责`` and ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, a 市文联
责任清单 (a short ``风险点`` beside its ``主要表现形式``, ``责任人`` names, no 岗位), a 市档案馆
登记表 named only in its ``填报单位：`` line, a 区残联 一览表 with no 科室 column and bare
``Ⅰ``/``Ⅱ``/``Ⅲ``, a 县自然保护区管理局 一览表 with a 管理站, a 备注 column and a 签字 line, a 区委
网信办 一览表 whose name column stands before the post — and one harder: a 县政协机关 一览表 in two
sections (``一、机关领导``, ``二、机关各委室``), numbering restarting, a ``注：`` line below
(``python tests/published/score.py --set batch61``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 3b2d901: forms 1.000 (35/35), recall 1.000 (44/44),
precision 1.000 (44/44), levels 1.000 (44/44), types 1.000 (44/44), noise 0; with --strict the
same: forms 1.000 (35/35), recall 1.000 (44/44), precision 1.000 (44/44), levels 1.000 (44/44),
types 1.000 (44/44), noise 0. Missed:

- nothing: no form, point, level or type of the eight layouts was missed, normal or strict.

Read right: the harder one's two sections (the ``一、机关领导``/``二、机关各委室`` lines and the
``注：`` line no points, numbering restarting at 1 without parting a form, 丁怀远's two rows one
form); the 水文局's types written ``制度机制风险``/``岗位职责风险``/…; the 大数据管理局's
``Ⅰ级``/``Ⅱ级``/``Ⅲ级`` with the merged ``岗位职责`` not taken as the point, the table 对岗不对人
(four post forms, two 股长 in different 股室 kept apart); the 文联's short ``风险点`` taken over its
``主要表现形式``, ``责任人`` as holder with no post; the 档案馆's unit from the ``填报单位：`` line,
that line and its 填报日期 no point; the 残联's forms with no 科室 and its bare ``Ⅰ``/``Ⅱ``/``Ⅲ``;
the 保护区's 管理站 站长 over two rows, the 备注 and the 签字 line no points; the 网信办's 姓名 before
职务.

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed.)

(Nothing missed.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch61 import LAYOUTS, PREFIX, ROMAN, build
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

BATCH = Batch(61, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"cppcc_office_sections_restart"}
TYPED = {"hydrology_bureau_typed", "disabled_federation_no_department"}
NOBODY = {"big_data_bureau_post_duty_roman"}


def test_batch61_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER)
    assert PREFIX == "b61_"


def test_batch61_truth_is_self_consistent():
    truth = BATCH.truth_is_self_consistent(
        nobody=NOBODY, tier_none=True, whole_fields=True, known_by=("title", "department")
    )
    assert all((f["tier"] is None) == (not f["title"]) for f in truth["forms"])


def test_batch61_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch61_sections_restart_numbering():
    name = "cppcc_office_sections_restart"
    rows = BATCH.sheet(name)["rows"]
    sections = [
        r
        for r, row in enumerate(rows)
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、")
    ]
    assert [rows[r][0] for r in sections] == ["一、机关领导", "二、机关各委室"]
    assert sections[0] == BATCH.header(name) + 1
    assert rows[-1][0].startswith("注：")
    table = BATCH.table(name)
    assert [r[0] for r in table] == [1, 2, 3, 1, 2, 3, 4]
    assert [(r[1], r[2], r[3], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    assert sum(1 for f in BY_NAME[name]["truth"] if f["person"] == "丁怀远") == 1
    assert len(BATCH.points(name)) == 7


def test_batch61_plain_typed_and_named_tables():
    name = "hydrology_bureau_typed"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[1:6] == ["科室", "岗位", "姓名", "风险点", "风险类型"]
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in table] == [p["types"] for p in BATCH.points(name)]
    assert all(r[5].endswith("风险") for r in table)
    assert {p["types"][0] for p in BATCH.points(name)} == set(TYPES)
    name = "cyberspace_office_name_before_post"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[1:4] == ["科室", "姓名", "职务"]
    table = BATCH.table(name)
    assert [(r[1], r[3], r[2], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    name = "nature_reserve_stations_remarks"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[-1] == "备注"
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    assert BATCH.sheet(name)["rows"][-1][0].startswith("单位主要负责人")
    assert not {r[7] for r in table if r[7]} & {p["risk_point"] for p in BATCH.points(name)}


def test_batch61_post_only_roman_levels():
    name = "big_data_bureau_post_duty_roman"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[1:5] == ["股室", "岗位", "岗位职责", "廉政风险点"] and "姓名" not in head
    table = BATCH.table(name)
    assert [(r[1], r[2], "", r[4], ROMAN[r[5]]) for r in table] == BATCH.truth_rows(name)
    assert {r[5] for r in table} == {"Ⅰ级", "Ⅱ级", "Ⅲ级"}
    assert not {r[3] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    assert len(BY_NAME[name]["truth"]) == 4


def test_batch61_short_point_beside_its_description():
    name = "literary_federation_short_and_long"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head == ["序号", "部门", "风险点", "主要表现形式", "风险等级", "防控措施", "责任人"]
    table = BATCH.table(name)
    assert [(r[1], "", r[6], r[2], HML[r[4]]) for r in table] == BATCH.truth_rows(name)
    assert all(len(r[2]) < len(r[3]) for r in table)
    assert all(f["title"] == "" and f["tier"] is None for f in BY_NAME[name]["truth"])


def test_batch61_unit_in_the_filing_line():
    name = "archives_filing_unit_line"
    rows = BATCH.sheet(name)["rows"]
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert unit not in rows[0][0]  # the title does not name the body
    assert rows[1][0] == f"填报单位：{unit}（盖章）" and rows[1][4].startswith("填报日期：")
    assert BATCH.header(name) == 2
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)


def test_batch61_no_department_column():
    name = "disabled_federation_no_department"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[1:3] == ["岗位", "姓名"] and "科室" not in head and "部门" not in head
    table = BATCH.table(name)
    assert [("", r[1], r[2], r[4], ROMAN[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in table] == [p["types"] for p in BATCH.points(name)]
    assert {r[6] for r in table} == {"Ⅰ", "Ⅱ", "Ⅲ"}
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])


def test_sixty_first_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
