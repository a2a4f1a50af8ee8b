"""The hundred-and-twenty-first batch of published layouts (tests/published/batch121.py): eight
ordinary lists as county bodies send them — a 档案馆 一览表, the 县委党校's 清单 对岗不对人 with
一级/二级/三级, the 总工会's 排查表 under ``填报单位 | 填报时间`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, a 统计局 一览表
with a short 风险点 beside a long 风险表现形式, the 侨联's list with no 科室 column, the 残联's sheet per
部, the 老干部局's 排查表 with 高风险/中风险/低风险 and a 备注 — and one harder: the 编办's 一览表
whose level is ticked ``√`` under ``高 | 中 | 低`` (``python tests/published/score.py --set batch121``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 3b99f48 (main's newest when the batch was done): forms
1.000 (36/36), recall 1.000 (38/38), precision 1.000 (38/38), levels 1.000 (38/38), types 1.000
(38/38), noise 0; with --strict: forms 0.944 (34/36), recall 1.000 (38/38), precision 1.000
(38/38), levels 1.000 (38/38), types 1.000 (38/38), noise 0. Eight .xlsx, no re-saved copies. Missed:

- ``disabled_federation_sheets`` (strict only; forms 2/4, points 5/5): on the tab ``康复部`` both
  forms (部长 巫马青禾, 科员 蔺晚舟) are read with department "" although the title ``康复部!A1``
  ``丹阳县残疾人联合会康复部岗位廉政风险防控一览表`` and the tab name the 部; the same shape on the tab
  ``教育就业部`` (title ``…联合会教育就业部岗位…``) gives department 教育就业部. Only the 部 of the
  first sheet is lost; unit, posts, holders, points, levels and types are right.

Read right: the 档案馆's merged 科室 and per-person merges; the 党校's posts 对岗不对人 with
一级/二级/三级 under ``附件1``; the 总工会's ``填报单位 | 填报时间`` line, 责任人, ``…风险`` types and
Ⅰ级/Ⅱ级/Ⅲ级; the 统计局's short 风险点 taken over the long 风险表现形式; the 侨联's posts with no 科室
column (``办公室主任``, ``联络部部长`` kept whole, department "", ``鲜于昭华``); the 老干部局's
高风险/中风险/低风险 and ``备注``; the harder 编办's ticked ``√`` levels under ``高 | 中 | 低``.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a 部 after a federation's name is its 部, '…残疾人联合会康复部'): 1.00 on every
metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch121 import GRADES, LAYOUTS, ROMAN, TICK, WORDS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES, **WORDS}
BATCH = Batch(121, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"staffing_office_tick_levels"}
NOBODY = {"party_school_grade_list"}


def test_batch121_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=118)


def test_batch121_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch121_levels_and_types():
    BATCH.levels_and_types(untyped=set(), one_type=True, skip_levels=HARDER)


def test_batch121_plain_tables_by_heading():
    cases = [
        ("archives_plain_list", {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("trade_union_form_line",
         {"dept": "部室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("statistics_short_and_long",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("veteran_cadres_word_levels",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("party_school_grade_list", {"dept": "科室", "post": "岗位", "point": "风险点"}),
        ("overseas_chinese_no_dept", {"post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads, level="风险等级") == BATCH.truth_rows(name), name
    assert all(f["department"] == "" for f in BY_NAME["overseas_chinese_no_dept"]["truth"])
    for sheet in ("康复部", "教育就业部"):
        got = BATCH.by_heading("disabled_federation_sheets",
                               {"post": "岗位", "person": "姓名", "point": "风险点"}, sheet,
                               level="风险等级", fixed={"dept": sheet})  # fmt: skip
        assert got == BATCH.truth_rows("disabled_federation_sheets", sheet)


def test_batch121_ticked_levels():
    name = "staffing_office_tick_levels"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][6] == "风险等级" and rows[head + 1][6:9] == ["高", "中", "低"]
    got = [
        1 + [c == TICK for c in r[6:9]].index(True)
        for r in rows[head + 2 :]
        if isinstance(r[0], int)
    ]
    assert all(
        sum(c == TICK for c in r[6:9]) == 1 for r in rows[head + 2 :] if isinstance(r[0], int)
    )
    assert got == [p["level"] for p in BATCH.points(name)]


def test_hundred_and_twenty_first_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
