"""The four-hundred-and-fifty-sixth batch of published layouts (tests/published/batch456.py): seven
ordinary files as the 卫生健康 bodies of one district (王益区) really send them — the 卫生健康局's file in
two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 疾病预防控制中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 妇幼保健院's 责任清单 under group rows ``一、院领导`` …
with ``一级风险/二级风险/三级风险``, the 七一路街道社区卫生服务中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 红旗街街道 centre's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 桃园街道
centre's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 青年路街道 centre's 一览表 with 高/中/低 —
and one harder: the 区人民医院's 一览表 with no level column, each point's level written inside a
sentence in its ``备注`` cell (``列为一级风险点，纳入院纪委重点监督``)
(``python tests/published/score.py --set batch456``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap21 at ed1019a
(this worktree branched from dev at the same commit). ``score.py --set batch456``:
``TOTAL                      forms  27/27  points  49/49  recall 1.00 precision 1.00 (49/49)  levels  40/49  types  49/49  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.816 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  27/27  points  49/49  recall 1.00 precision 1.00 (49/49)  levels  40/49  types  49/49  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.816 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped). The seven
ordinary layouts read in full, with and without ``--strict``. The harder one,
``wangyi_hospital_level_in_remarks``, reads every form (科室, 岗位, 姓名), every point and every type
right but NO LEVEL (levels 0/9): sheet ``一览表``, the ``备注`` cells H3:H11 are passed over and every
point is read with a blank level, reported as an error ``LEVEL_BLANK`` on its point cell E3:E11
(``风险级别未填写;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级``), and every post gets ``风险分值0 → C``. By cell (read → truth):
E3/H3 ``列为一级风险点，纳入院纪委重点监督`` blank → 1; E4/H4 ``二级风险点，每半年报告一次`` blank → 2;
E5/H5 ``列为一级风险点，…`` blank → 1; E6/H6 ``二级风险点，科室每季度自查一次`` blank → 2; E7/H7
``属三级风险点（本年新增）`` blank → 3; E8/H8 ``二级风险点，…`` blank → 2; E9/H9 ``属三级风险点`` blank → 3;
E10/H10 ``列为一级风险点，…`` blank → 1; E11/H11 ``属三级风险点（本年新增）`` blank → 3. The merged
``注：各风险点的风险等级在备注栏注明。`` (row 12) is rightly no point, but it is not used either. KIND:
a level written inside a sentence in a ``备注`` remark (with no level column, under a note pointing
to the 备注栏) is not read as the level — the reader takes levels only from a level column whose
cells are level words, from marks or notes of the known kinds, never from words within a remark.
Not scored: the LEVEL_BLANK message offers ``Ⅰ级、Ⅱ级 或 Ⅲ级``, a scale the file never uses. The
truth was not changed after measuring.

Generalised after this measurement: a level written inside a sentence of the column a note names
('风险等级在备注栏注明' over '列为一级风险点，…', tests/test_levels_in_remarks.py; info LEVEL_IN_REMARKS): score.py
--set batch456 reads all 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch456 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PLACE,
    REMARK_GRADES,
    REMARK_HEAD,
    REMARK_NAME,
    REMARK_NOTE,
    REMARK_ROWS,
    REMARK_TAB,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(456, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {REMARK_NAME}
UNTYPED = {
    "wangyi_health_bureau_two_sheets",
    "wangyi_qiyilu_centre_cards",
    "wangyi_hongqijie_centre_selfchecks",
    "wangyi_taoyuan_centre_every_row",
}
NOBODY = {"wangyi_cdc_posts"}
GAP = "\u3000"


def test_batch456_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=453, unit_words=(PLACE,), new_people=True)


def test_batch456_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch456_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch456_every_unit_is_of_wangyi():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch456_levels_only_in_the_remarks():
    name = REMARK_NAME
    rows = BATCH.sheet(name, REMARK_TAB)["rows"]
    head = BATCH.header(name, REMARK_TAB)
    assert tuple(rows[head]) == REMARK_HEAD
    assert not {"风险等级", "风险级别", "等级", "级别"} & set(REMARK_HEAD)
    note = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert note == [REMARK_NOTE] and "备注" in REMARK_NOTE
    table = [
        row
        for r, row in enumerate(BATCH.filled(name, REMARK_TAB))
        if r > head and isinstance(row[0], int)
    ]
    remarks = [row[7] for row in table]
    # every remark is a sentence naming exactly one grade, never the grade word alone
    for remark in remarks:
        assert sum(k in remark for k in REMARK_GRADES) == 1 and remark not in REMARK_GRADES
        assert not any(remark == w for w in LEVELS)
    assert {next(v for k, v in REMARK_GRADES.items() if k in r) for r in remarks} == {1, 2, 3}
    got = [
        (row[1], row[2], row[3], row[4], next(v for k, v in REMARK_GRADES.items() if k in row[7]))
        for row in table
    ]
    assert got == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in table] == [p["types"] for p in BATCH.points(name)]
    want = [remark for *_x, pts in REMARK_ROWS for *_y, remark in pts]
    assert remarks == want
    assert not {p["risk_point"] for p in BATCH.points(name)} & set(remarks)


def test_batch456_plain_tables_by_heading():
    cases = [
        ("wangyi_cdc_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("wangyi_qingnianlu_centre_list", {"post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类型"),
        ("wangyi_taoyuan_centre_every_row", {"post": "岗位", "person": "责任人", "point": "廉洁风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "wangyi_cdc_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "wangyi_taoyuan_centre_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    name = "wangyi_qingnianlu_centre_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[5] for r in BATCH.table(name)} == set(HML)


def test_batch456_leaders_and_sections_in_two_sheets():
    name = "wangyi_health_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch456_group_rows_give_the_department():
    name = "wangyi_maternal_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch456_one_sheet_a_person():
    name = "wangyi_qiyilu_centre_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wangyi_hongqijie_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch456_is_read(tmp_path):
    BATCH.is_read(tmp_path)
