"""The fifty-fourth batch of published layouts (tests/published/batch54.py): ten layouts of ordinary
personal forms from three bodies, several files per unit — a 市房屋征收与补偿服务中心 副主任's 附件2
with the 分管工作 typed again on every row and 高/中/低 in the 风险级别 column, its 征收一科 附件3 whose
level column mixes ``Ⅰ级``/``Ⅱ级`` with ``一级``/``二级``/``三级``, its 评估监督科 workbook of two 附件4 on
tabs ``附件4（吕斌）``/``附件4（宋娜）`` with 所在科室及职务 typed without a space; a 县救助管理站
站长's 附件2 whose 职务 reads ``县救助管理站站长``, its 街面救助科 附件3 with 工作流程 steps joined by
``→`` and one empty 防控措施, its workbook of three 自查表 on tabs ``1``/``2``/``3``; a 乡 副乡长's
附件2 with levels ``一级风险``… and the “三重一大” rows left empty, the 乡 安监站 附件3 with duties
numbered ``一、``/``二、``/``三、``, the 农经站 workbook of two signed 登记表 — and one harder: the
征收中心 补偿资金会计's 防控卡 whose holder, 科室, post and grade stand in ONE merged cell
(``python tests/published/score.py --set batch54``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at a45ccdd: forms 1.000 (14/14), recall 1.000 (59/59),
precision 1.000 (59/59), levels 1.000 (59/59), types 1.000 (59/59), noise 0; with --strict the
same (forms 14/14). Missed:

- nothing scored. All ten layouts, the harder one too, are read right in full.

Not scored, seen in the export: ``rescue_head_post_with_unit``'s leader form has department
``县救助管理站`` instead of ``领导班子``: the 职务 cell ``附件2!D4`` ``县救助管理站站长`` is split as a
科室 + post (the way ``秘书科机要员`` is), so the unit's own name becomes the leader's 科室; the post
``站长`` and the tier 领导岗位 are right (strict does not compare a leader's 科室). The three 附件3
with only a 负责人 (征收一科, 街面救助科, 安监站) get the title ``科室负责人`` (truth "" — not
compared). On the 防控卡 (``expropriation_card_fields_in_one_cell``) the merged ``岗位职责 | …`` line
A3 is read as the section of every point and its duty text is not kept (as batch52 saw on the
社会福利院's sheets). Issues, all as meant: GRADE_MISMATCH warnings where a declared 岗位风险等级 is
below the grade computed from the points (``附件4（吕斌）!F4`` Ⅱ级 vs A, ``附件4（宋娜）!F4`` Ⅲ级 vs B,
``街面救助科!F4`` Ⅱ级 vs A); MEASURES_BLANK (warning) at ``街面救助科!F9`` for the risk left without a
防控措施; TABLE_NO_TYPE and GRADE_BLANK infos on the three 自查表; GRADE_BLANK on the two 登记表.

Read right: ONE merged cell holding ``持卡人:曹文静　　所在科室:财务室　　岗位:补偿资金会计　　岗位风险
等级:一级`` (holder, 科室, post, declared grade A — strict too); a 分管工作 typed again on every row
(kept as the duty, no 科室) and 高/中/低 in a 附件2's 风险级别 column, the “三重一大”方面 line over an
empty row no point; a level column mixing ``Ⅰ级``/``Ⅱ级`` with ``一级``/``二级``/``三级`` (each cell on its
own); tabs ``附件4（吕斌）``/``附件4（宋娜）`` and 所在科室及职务 ``评估监督科评估复核员`` typed without a
space (科室 评估监督科, post 评估复核员, strict too); ``县救助管理站站长`` as the post 站长 (strict
too) and a type cell of two joined by ``、``; 工作流程 steps joined by ``→`` kept as the workflow and
a risk with an empty 防控措施 still a point; three 自查表 on tabs ``1``/``2``/``3`` as three forms
(the short 风险点 the point, 风险表现 the description, the 填表时间 row nothing); ONE 分管工作 cell
merged over every row, ``一级风险``/``二级风险``/``三级风险`` and the “三重一大”方面 line with two empty
template rows under it (no points, no issue); duties numbered ``一、``/``二、``/``三、`` kept as duties
(not group lines); ``所在站所 | 农经站`` as the 科室 and the signed ``本人签字: | 宁小红`` line no
point. Levels everywhere right, no noise.

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch54 import (
    CARD_HEAD,
    HEAD,
    LAYOUTS,
    LEADER_HEAD,
    MAJOR,
    MIXED,
    ORDINAL,
    ORDINAL_RISK,
    REGISTER_HEAD,
    ROMAN,
    SELF_HEAD,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

BATCH = Batch(54, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"expropriation_card_fields_in_one_cell"}
UNTYPED = {"rescue_staff_selfcheck_numbered_tabs"}
PER_PERSON_SHEETS = {
    "expropriation_review_staff_annex_tabs",
    "rescue_staff_selfcheck_numbered_tabs",
    "township_farm_economy_signed_registers",
}
# every earlier batch in this worktree: layouts.py, heldout.py, batch3.py … batch52.py


def test_batch54_is_apart_from_the_earlier_batches():
    words = ("征收", "救助", "石湾")
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=53, one_unit_each=False, unit_words=words)


def test_batch54_truth_is_self_consistent():
    truth = BATCH.truth_is_self_consistent(personal=True)
    for f in truth["forms"]:
        assert (f["department"] == "") == (f["tier"] == "leader"), f["file"]
        assert (f["title"] == "") == (f["tier"] == "middle"), f["file"]


def test_batch54_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED)


def test_batch54_several_files_per_unit():
    units = BATCH.files_of_units()
    assert len(units) == 3
    assert sorted(len(v) for v in units.values()) == [3, 3, 4]
    assert any(u.startswith("XX市") for u in units) and any(u.startswith("XX县") for u in units)
    assert any(u.endswith("乡人民政府") for u in units)
    assert BATCH.per_person_sheets() == PER_PERSON_SHEETS


def test_batch54_fields_in_one_cell():
    name = "expropriation_card_fields_in_one_cell"
    form = BATCH.form(name)
    rows = BATCH.sheet(name)["rows"]
    r = next(i for i, row in enumerate(rows) if row and str(row[0]).startswith("持卡人:"))
    assert rows[r][1:] == [None] * 4 and BATCH.merged(name, 0, r, 0, 4)
    pairs = dict(p.split(":", 1) for p in rows[r][0].split("\u3000\u3000"))
    assert pairs == {"持卡人": form["person"], "所在科室": form["department"],
                     "岗位": form["title"], "岗位风险等级": "一级"}  # fmt: skip
    assert form["tier"] == "general"
    # nowhere else on the card is the holder, 科室 or post named in a cell of its own
    alone = {c for row in rows for c in row if isinstance(c, str)}
    assert not alone & {form["person"], form["department"], form["title"], "持卡人"}
    table = BATCH.under(name, 0, CARD_HEAD)
    assert [row[1] for row in table] == [p["risk_point"] for p in form["risks"]]
    assert [types_in(row[2]) for row in table] == [p["types"] for p in form["risks"]]
    assert [HML[row[3]] for row in table] == [p["level"] for p in form["risks"]]
    assert BATCH.heading(name, 0, "持卡人签字:")[1] is None  # unsigned


def test_batch54_area_on_every_row():
    name = "expropriation_deputy_area_every_row"
    form = BATCH.form(name)
    assert form["tier"] == "leader" and form["title"] == "副主任" and form["department"] == ""
    head = BATCH.heading(name, 0, "姓名")
    assert head[1:4] == [form["person"], "职务", form["title"]] and head[5] == "Ⅰ级"
    rows = BATCH.under(name, 0, LEADER_HEAD, skip=(MAJOR,))
    raw = BATCH.sheet(name)["rows"]
    first = raw.index(list(LEADER_HEAD)) + 1
    assert all(row[1] is not None for row in raw[first : first + len(rows)])  # typed, not merged
    assert len({row[1] for row in rows}) == 2
    assert [row[2] for row in rows] == [p["risk_point"] for p in form["risks"]]
    assert {row[4] for row in rows} == set(HML)
    assert [HML[row[4]] for row in rows] == [p["level"] for p in form["risks"]]
    assert [types_in(row[3]) for row in rows] == [p["types"] for p in form["risks"]]
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    review = BATCH.heading(name, 0, "单位领导小组审查意见")
    assert review[2] == "同意" and review[5].startswith("2024年")


def test_batch54_mixed_level_notations():
    name = "expropriation_section_head_mixed_levels"
    form = BATCH.form(name)
    assert form["tier"] == "middle" and form["title"] == ""
    head = BATCH.heading(name, 0, "科室")
    assert head[1:4] == [form["department"], "负责人", form["person"]]
    rows = BATCH.under(name, 0, HEAD)
    cells = [row[4] for row in rows]
    assert set(cells) & set(ROMAN) and set(cells) & set(ORDINAL)
    assert [MIXED[c] for c in cells] == [p["level"] for p in form["risks"]]
    assert [row[2] for row in rows] == [p["risk_point"] for p in form["risks"]]
    assert [types_in(row[3]) for row in rows] == [p["types"] for p in form["risks"]]


def test_batch54_annex_and_name_tabs():
    name = "expropriation_review_staff_annex_tabs"
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == [f"附件4（{f['person']}）" for f in forms]
    for f in forms:
        head = BATCH.heading(name, f["sheet"], "姓名")
        assert head[1] == f["person"] and head[2] == "所在科室及职务"
        assert head[3] == f["department"] + f["title"]  # no space between
        assert f["tier"] == "general"
        rows = BATCH.under(name, f["sheet"], HEAD)
        assert [row[2] for row in rows] == [p["risk_point"] for p in f["risks"]]
        assert [ROMAN[row[4]] for row in rows] == [p["level"] for p in f["risks"]]
        assert [types_in(row[3]) for row in rows] == [p["types"] for p in f["risks"]]


def test_batch54_post_with_the_unit_in_front():
    name = "rescue_head_post_with_unit"
    form = BATCH.form(name)
    head = BATCH.heading(name, 0, "姓名")
    assert head[1] == form["person"] and head[2] == "职务"
    assert head[3] == "县救助管理站" + form["title"] and form["title"] == "站长"
    assert form["unit"].endswith("县救助管理站") and form["tier"] == "leader"
    rows = BATCH.under(name, 0, LEADER_HEAD, skip=(MAJOR,))
    assert [row[2] for row in rows] == [p["risk_point"] for p in form["risks"]]
    assert [ROMAN[row[4]] for row in rows] == [p["level"] for p in form["risks"]]
    assert [types_in(row[3]) for row in rows] == [p["types"] for p in form["risks"]]
    assert [len(p["types"]) for p in form["risks"]].count(2) == 1
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))


def test_batch54_arrow_steps_and_an_empty_measure():
    name = "rescue_street_head_arrow_steps"
    form = BATCH.form(name)
    assert form["tier"] == "middle" and form["title"] == ""
    rows = BATCH.under(name, 0, HEAD)
    assert sum("→" in row[1] for row in rows) == 3
    assert not any("→" in p["risk_point"] for p in form["risks"])
    assert [row[5] for row in rows].count(None) == 1
    assert [row[2] for row in rows] == [p["risk_point"] for p in form["risks"]]
    assert [HML[row[4]] for row in rows] == [p["level"] for p in form["risks"]]
    assert [types_in(row[3]) for row in rows] == [p["types"] for p in form["risks"]]


def test_batch54_numbered_tabs():
    name = "rescue_staff_selfcheck_numbered_tabs"
    forms = BY_NAME[name]["truth"]
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["1", "2", "3"]
    assert [f["sheet"] for f in forms] == ["1", "2", "3"] and len({f["person"] for f in forms}) == 3
    for f in forms:
        assert BATCH.heading(name, f["sheet"], "姓名")[1:4] == [
            f["person"],
            "科室",
            f["department"],
        ]
        assert BATCH.heading(name, f["sheet"], "岗位")[1:3] == [f["title"], "填表时间"]
        table = BATCH.under(name, f["sheet"], SELF_HEAD)
        assert [row[1] for row in table] == [p["risk_point"] for p in f["risks"]]
        assert all(len(row[1]) < len(row[2]) for row in table)  # the short name is the point
        assert [HML[row[3]] for row in table] == [p["level"] for p in f["risks"]]
        assert BATCH.heading(name, f["sheet"], "本人签字:")[1] is None


def test_batch54_one_area_cell_and_empty_major_rows():
    name = "township_deputy_empty_major_rows"
    form = BATCH.form(name)
    assert form["tier"] == "leader" and form["title"] == "副乡长"
    rows = BATCH.under(name, 0, LEADER_HEAD, skip=(MAJOR,))
    assert len({row[1] for row in rows}) == 1
    raw = BATCH.sheet(name)["rows"]
    first = raw.index(list(LEADER_HEAD)) + 1
    assert BATCH.merged(name, 0, first, 1, 1) and BATCH.merged(name, 0, first + len(rows) - 1, 1, 1)
    assert {row[4] for row in rows} == set(ORDINAL_RISK)
    assert [ORDINAL_RISK[row[4]] for row in rows] == [p["level"] for p in form["risks"]]
    assert [types_in(row[3]) for row in rows] == [p["types"] for p in form["risks"]]
    major = next(i for i, row in enumerate(raw) if row and row[0] == MAJOR)
    assert raw[major + 1] == [None] * 6 and raw[major + 2] == [None] * 6


def test_batch54_duties_numbered_with_chinese_numerals():
    name = "township_safety_head_numbered_duties"
    form = BATCH.form(name)
    assert form["tier"] == "middle" and form["department"] == "安监站"
    rows = BATCH.under(name, 0, HEAD)
    assert all(re.match(r"[一二三]、负责", row[0]) for row in rows)
    assert [d[0] for d in dict.fromkeys(row[0] for row in rows)] == ["一", "二", "三"]
    assert [row[2] for row in rows] == [p["risk_point"] for p in form["risks"]]
    assert [ROMAN[row[4]] for row in rows] == [p["level"] for p in form["risks"]]
    assert [types_in(row[3]) for row in rows] == [p["types"] for p in form["risks"]]


def test_batch54_signed_registers():
    name = "township_farm_economy_signed_registers"
    forms = BY_NAME[name]["truth"]
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == [f["person"] for f in forms]
    for f in forms:
        who = BATCH.heading(name, f["sheet"], "姓名")
        assert who == ["姓名", f["person"], "所在站所", f["department"], "职务", f["title"]]
        table = BATCH.under(name, f["sheet"], REGISTER_HEAD)
        assert [row[2] for row in table] == [p["risk_point"] for p in f["risks"]]
        assert [HML[row[4]] for row in table] == [p["level"] for p in f["risks"]]
        assert [types_in(row[3]) for row in table] == [p["types"] for p in f["risks"]]
        assert BATCH.heading(name, f["sheet"], "本人签字:")[1] == f["person"]  # signed
        assert f["tier"] == "general"


def test_fifty_fourth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
