"""The eight-hundred-and-seventy-seventh batch of published layouts (tests/published/batch877.py):
seven ordinary files as the health and disease-control bodies of one county (于田县) really send
them — the 卫生健康委员会's 一览表 in two sheets 委领导/机关科室 with ``一级/二级/三级``, the 疾病预防控制中心's
排查表 对岗不对人 with ``…风险`` types and 高/中/低, the 妇幼保健计划生育服务中心's 自查表 one sheet a person
with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 卫生健康综合监督执法大队's 清单 under group rows ``一、大队领导`` … with
``一级风险/二级风险/三级风险``, the 木尕拉镇中心卫生院's 防控卡 one sheet a leader with ``★★★/★★/★``, the
维吾尔医医院's 一览表 with ``高风险/中风险/低风险``, the 急救中心's 登记表 — and one harder: the 人民医院's
岗位廉政风险防控登记表, an ordinary list whose ``风险等级`` cells hold the typed 风险值 (4 … 20) as
numbers and show 高风险/中风险/低风险 only through their custom number format
``[>=15]"高风险";[>=8]"中风险";"低风险"`` (``python tests/published/score.py --set batch877``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at a46b5876 (/work/snap55; this worktree branched
from dev at 19a906bd): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 36/36, points 53/53, levels 53/53, types 53/53); with --strict the same: TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies.

All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
one too: ``yutian_peoples_hospital_value_format.xlsx`` (sheet 登记表) forms 6/6, points 10/10,
levels 10/10 — the reader took each 风险等级 cell G6–G15 by the word its number format shows
(info ``WORDS_BY_FORMAT`` on 登记表: ``20显示为“高风险”``, ``12显示为“中风险”``, ``4显示为“低风险”`` …),
so 20/16/15 came out Ⅰ级, 12/9/8 Ⅱ级, 6/4 Ⅲ级, as the truth has. No miss, so no kind of
misreading to name. The harder shape was NOT new: docs/layouts.md's 读得懂的表 already describes
numbers shown as level words by the cell format (``[=3]"高";[=2]"中";"低"``, ``WORDS_BY_FORMAT``);
the grep before building looked for ``数字格式``/``自定义格式`` and missed ``单元格格式``. This batch
only adds that format conditions which are BANDS over a 风险值 (``[>=15]…;[>=8]…``) are read too.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED).

Not generalised in the stop that measured it (nothing missed; nothing to generalise).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import openpyxl
from published.batch877 import (
    GRADES,
    HIGHS,
    HOSPITAL,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VALUE_FORMAT,
    build,
    value_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(877, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yutian_peoples_hospital_value_format"}
TYPED = {
    "yutian_peoples_hospital_value_format",
    "yutian_cdc_posts",
    "yutian_uyghur_medicine_hospital_list",
    "yutian_emergency_centre_register",
}
NOBODY = {"yutian_cdc_posts"}


def test_batch877_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=876, unit_words=("于田县",), new_people=True)


def test_batch877_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch877_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch877_every_unit_is_of_yutian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("于田县") for u in units)


def test_batch877_levels_stand_only_in_the_number_format():
    name = "yutian_peoples_hospital_value_format"
    inbox = BATCH.inbox()
    ws = openpyxl.load_workbook(inbox / f"{name}.xlsx")["登记表"]
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == [
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    ]
    table = BATCH.table(name)
    got = []
    for i, row in enumerate(table):
        value = row[6]
        # the cell holds a number, no level word; its format shows the grade
        assert isinstance(value, int) and value not in (1, 2, 3)
        cell = ws.cell(head + 2 + i, 7)
        assert cell.value == value and cell.number_format == VALUE_FORMAT
        got.append((row[1], row[2], row[3], row[4], value_level(value)))
    assert got == BATCH.truth_rows(name)
    # every grade shown, and no level word anywhere in the sheet's cells
    assert {value_level(v) for *_, pts in HOSPITAL for _, _, v, _ in pts} == {1, 2, 3}
    words = {c for row in rows for c in row if isinstance(c, str)}
    assert not words & set(HIGHS) and not words & set(HML)


def test_batch877_plain_tables_by_heading():
    cases = [
        ("yutian_uyghur_medicine_hospital_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("yutian_emergency_centre_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("yutian_cdc_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yutian_health_commission_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "委领导") == BATCH.truth_rows(name, "委领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关科室") == BATCH.truth_rows(name, "机关科室")


def test_batch877_group_rows_give_the_department():
    name = "yutian_supervision_brigade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch877_one_sheet_a_person():
    name = "yutian_maternal_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yutian_mugala_health_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch877_is_read(tmp_path):
    BATCH.is_read(tmp_path)
