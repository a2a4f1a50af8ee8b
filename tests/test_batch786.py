"""The seven-hundred-and-eighty-sixth batch of published layouts (tests/published/batch786.py): seven
ordinary files as the audit and statistics bodies of one county (静乐县) really send them — the
审计局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 投资审计中心's 排查表 对岗不对人 with
``…风险`` types and 高/中/低, the 经济责任审计中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the
社会经济调查队's 清单 under group rows ``一、队领导`` … with ``一级风险/二级风险/三级风险``, the 普查中心's
自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 统计执法大队's 一览表 with ``高风险/中风险/低风险``,
the 鹅城镇统计站's 登记表 — and one harder: the 统计局's 一览表 with no level column, each point's
level written in a bracket after its number in the 序号 cell (``1（一级）``), read by a ``注：`` line
(``python tests/published/score.py --set batch786``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6671f67d (/work/snap40; this worktree branched from
dev at b77c7a70): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.860 types=1.000 noise=0
(forms 29/29, points 50/50, levels 43/50, types 50/50); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.860 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``jingle_statistics_bureau_level_in_number.xlsx`` (sheet 一览表; forms 4/4,
points 7/7, levels 0/7, noise 0): the reader found the heading (row 3), the four holders (股室,
岗位, 姓名 merged per person: 局长 亢翯湄, 股长 郜澂屺, 统计员 亢琤翙, 统计员 郜岍霂) and all seven points
(E4–E10) with their measures, but took the 序号 cells A4–A10 (``1（一级）``, ``2（二级）``, ``3（一级）``,
``4（二级）``, ``5（二级）``, ``6（三级）``, ``7（二级）``) as bare numbers: every point came out with
no level (risks.csv risk_level and raw_risk_level empty; seven errors LEVEL_BLANK at E4–E10, each
form graded ``C`` with score 0 in posts.csv), and the ``注：序号后括号内为该风险点的风险等级…`` line
was passed over, where the truth has the levels 1, 2, 1, 2, 2, 3, 2 written in those brackets.
Kind: a list with no level column whose level word stands in a bracket after the number in the
序号 cell, explained by a note, is read as a list without levels — the bracket is dropped with the
number and the note is not used.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): the level written in a
bracket after the 序号 (``1（一级）``) with a note saying so.

Generalised after this measurement: the level written in a bracket after the 序号 (1（一级）) or after it (1-高) is read when the list has no level column (LEVEL_IN_NUMBERS). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch786 import (
    BUREAU,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(786, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jingle_statistics_bureau_level_in_number"}
TYPED = {
    "jingle_investment_audit_posts",
    "jingle_enforcement_team_list",
    "jingle_echeng_station_register",
}
NOBODY = {"jingle_investment_audit_posts"}


def test_batch786_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=781, unit_words=("静乐县",), new_people=True)


def test_batch786_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch786_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch786_every_unit_is_of_jingle():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("静乐县") for u in units)


def test_batch786_level_in_the_number_cell():
    name = "jingle_statistics_bureau_level_in_number"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"]
    got = []
    for row in rows[head + 1 :]:
        m = re.fullmatch(r"(\d+)（(一级|二级|三级)）", str(row[0]))
        if not m:
            continue
        got.append((row[1], row[2], row[3], row[4], GRADES[m.group(2)]))
    assert got == BATCH.truth_rows(name)
    assert len(got) == sum(len(points) for *_, points in BUREAU)
    assert len({lv for *_, lv in got}) == 3
    # the note says what the bracket is; no level column, no point carries the bracket
    assert any(isinstance(r[0], str) and "序号后括号内为该风险点的风险等级" in r[0] for r in rows)
    assert not any("级）" in p["risk_point"] for p in BATCH.points(name))


def test_batch786_plain_tables_by_heading():
    cases = [
        ("jingle_enforcement_team_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("jingle_echeng_station_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("jingle_investment_audit_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "jingle_audit_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch786_group_rows_give_the_department():
    name = "jingle_survey_team_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch786_one_sheet_a_person():
    name = "jingle_census_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "jingle_economic_responsibility_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch786_is_read(tmp_path):
    BATCH.is_read(tmp_path)
