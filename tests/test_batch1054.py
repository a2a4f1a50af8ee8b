"""The one-thousand-and-fifty-fourth batch of published layouts (tests/published/batch1054.py): seven
ordinary files as the 镇, 村, 自然资源, 交通, 卫生院, 学校 and 文旅 bodies of one county-level city
(黔西南州兴义市) send them — the 敬南镇人民政府's 清单, the 纳灰村's 清单 with ``职务 | 姓名`` on every
row, the 自然资源局's 排查表 with ``风险点 | 主要表现``, the 交通运输局's 清单 对岗不对人, the 顶效镇卫生院's
防控卡 under group rows, the 马岭镇中学's 自查表 one sheet a person, the 文化广电旅游局's 一览表 — and one
harder: the 财政局's printed 岗位廉政风险自查问卷, one sheet a person, asking only for the risk
points, each answer carrying its own level (``1. 报账凭证审核不严（风险等级：高）``, ``① …（等级：二级）``,
``1.…——高风险``), the measures a separate question or not asked
(``python tests/published/score.py --set batch1054``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 6d3f2561 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=0.913
recall=0.810 precision=0.944 levels=1.000 types=1.000 noise=0 (forms 21/23, points 34/42,
precision 34/36, levels 34/34, types 34/34 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 村's ``职务 | 姓名`` on every row, the 交通运输局's posts with no
names, the 自然资源局's short ``风险点`` beside ``主要表现``, the 学校's sheets a person, the names of
the surnames 勿忸于 and 莫多娄, as the truth has them.

The harder ``xingyi_finance_level_in_answers.xlsx`` read 1 form of 3 and no point of 8 (precision
0/2): the two sheets whose points' question names the level too (``…并在每条后注明风险等级（高、
中、低）：``, ``…风险点及其等级（一级、二级、三级）：``) read as nothing — the questionnaire reader
(``_answer_blocks``) took such a question for the LEVELS' question and found no points asked, and
the second sheet asks no measures either; the third (``…存在哪些廉政风险点？`` over
``1.政府采购项目预算审核干预——高风险``, a measures question below) read its holder and two points
with ``——高风险`` left in the point's text and no level (LEVEL_BLANK twice): the level inside an
answer is read by no rule. The probe run before building (the same three wordings on a 局's
sheets) read the same way.

Generalised after this measurement: a questionnaire asking only for the points, each answer
carrying its own level, is read by ``_answer_block``: a points' question that names the level
too (``…风险点，并在每条后注明风险等级``, ``…风险点及其等级``) is the points' question where no
points' question came above it and it rates nothing listed above (``上述``, ``评定`` …: still the
levels' question); each points' answer whose level the levels' block does not give is read by
``_answer_level`` — a level in a bracket closing or opening it (labelled ``风险等级：``/``等级：`` or
not), after a dash, after a space as a level's own word, or in a clause closing its sentence —
the level words taken off the point, the level its level; a questionnaire with no levels' nor
measures' question is read where at least half its points carry a level so (info
QUESTIONNAIRE_LEVEL_IN_ANSWER, once a questionnaire, naming the first such answer and how many
carry none; the sheet's words gated by ``grid.lacks``). Points whose levels are answered under a
levels' question keep their text; fewer than half carrying a level and nothing else asked reads
nothing as before; tests/test_questionnaire_level_in_answer.py (a 疾控中心's 排查问卷 with
``（一）`` questions, ``【一级】`` and ``　二级风险`` closing the answers, one answer with no level,
``防范措施`` asked apart; a 街道办's 问答, ``第一题：``, ``1、…，风险等级为中。`` and ``【低】…``, no
measures asked; two such copies stacked on one sheet; and the near-misses). This batch reads 1.00
(forms 23/23, points 42/42, precision 42/42, levels 42/42, types 42/42, noise 0), --strict too;
batches 711, 713, 738, 466, 780, 861, 896, 926, 946, 1047 and 1053 unchanged at 1.00 (--strict);
benchmarks/same_results.py against main at cb0d3b99: 10,608 files, no result changed (12
tests/data files differ only in the base pickle's .path).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch1054 import (
    ASKED,
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
BATCH = Batch(1054, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xingyi_finance_level_in_answers"}
TYPED = {
    "xingyi_jingnan_town_list",
    "xingyi_transport_bureau_posts",
    "xingyi_culture_tourism_list",
}
NOBODY = {"xingyi_transport_bureau_posts"}
SURNAMES = ("勿忸于", "莫多娄")


def test_batch1054_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1054, unit_words=("兴义",), new_people=True)


def test_batch1054_truth_is_self_consistent():
    # the questionnaire's points stand inside their answer cells, its holder after a label
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 8), fields_in="file", whole_points=False
    )
    assert RESAVED == ()


def test_batch1054_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1054_every_unit_is_of_xingyi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("黔西南州兴义市") for u in units)


def test_batch1054_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


# an answer: its number, the point, the level words closing it
_ANSWER = re.compile(
    r"^(?:\d\.\s?|[①-⑨]\s)(?P<point>.+?)(?:（(?:风险)?等级：(?P<a>[^）]+)）|——(?P<b>\S+))$"
)


def test_batch1054_each_answer_carries_its_own_level():
    name = "xingyi_finance_level_in_answers"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == [a[2] for a in ASKED]
    got = []
    for sheet, (_d, _p, _w, _t, asked, _s, _wr, measures_q, items) in zip(
        lay["sheets"], ASKED, strict=True
    ):
        rows = [list(dict.fromkeys(c for c in row if c is not None)) for row in sheet["rows"]]
        dept = rows[2][0].removeprefix("所在科室：")
        post = rows[2][1].removeprefix("岗　　位：")
        who = rows[3][0].removeprefix("姓　　名：")
        assert rows[3][1].startswith("填写日期：") and who == sheet["name"]
        assert rows[4] == [asked] and rows[-1][0].startswith("填写人")
        end = rows.index([measures_q]) if measures_q else len(rows) - 1
        answers = [row[0] for row in rows[5:end]]
        assert len(answers) == len(items)
        for text in answers:
            m = _ANSWER.match(text)
            assert m, text
            got.append((dept, post, who, m.group("point"), LEVELS[m.group("a") or m.group("b")]))
        if measures_q:  # the measures, numbered as the points, carry no level
            measures = [row[0] for row in rows[end + 1 : -1]]
            assert len(measures) == len(items) and not any(_ANSWER.match(x) for x in measures)
    assert got == BATCH.truth_rows(name)
    # the points' question names the level on two sheets, not on the third
    assert ["等级" in a[4] for a in ASKED] == [True, True, False]
    assert [a[7] is not None for a in ASKED] == [True, False, True]
    assert {f["tier"] for f in lay["truth"]} == {"leader", "middle", "general"}


def test_batch1054_plain_tables_by_heading():
    cases = [
        ("xingyi_jingnan_town_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "等级"),
        ("xingyi_culture_tourism_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险等级"),
        ("xingyi_natural_resources_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险等级"),
        ("xingyi_transport_bureau_posts",
         {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险等级"),
        ("xingyi_nahui_village_list",
         {"post": "职务", "person": "姓名", "point": "风险点"}, "风险等级"),
    ]  # fmt: skip
    for name, heads, level in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name


def test_batch1054_group_rows_give_the_department():
    name = "xingyi_dingxiao_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1054_one_sheet_a_person():
    name = "xingyi_maling_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1054_is_read(tmp_path):
    BATCH.is_read(tmp_path)
