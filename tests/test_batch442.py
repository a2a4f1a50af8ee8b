"""The four-hundred-and-forty-second batch of published layouts (tests/published/batch442.py): seven
ordinary files as the 卫生健康 bodies of one county (略阳县) really send them — the 县医院's file in
two sheets ``院领导``/``科室`` with ``一级/二级/三级``, the 中医医院's 责任清单 under group rows ``一、院领导``
… with ``一级风险/二级风险/三级风险``, the 妇幼保健计划生育服务中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 两河口镇卫生院's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
接官亭镇卫生院's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 白水江镇卫生院's 清单 written
out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column, the 徐家坪镇卫生院's 一览表 with
高/中/低 — and one harder: the 卫生健康局's 一览表 with no level column, each point's level given
only by a ``监控频次`` column (每月/每季度/每半年) that a note under the table ties to 一级/二级/三级
(``python tests/published/score.py --set batch442``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap17 at 8e78fe1
(this worktree branched from dev at the same commit). ``score.py --set batch442``:
``TOTAL                      forms  32/32  points  56/56  recall 1.00 precision 1.00 (56/56)  levels  47/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.839 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  32/32  points  56/56  recall 1.00 precision 1.00 (56/56)  levels  47/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.839 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped). Seven layouts
read in full, with and without ``--strict``: every ordinary one. The harder one,
``lueyang_health_bureau_level_by_frequency``, read its 5 forms, its 9 points and their types in
full but NO LEVEL (levels 0/9). Misses by cell (sheet ``一览表``, points in rows 4–12):

- E4–E12 (every point): level read blank, issues.csv LEVEL_BLANK ``风险级别未填写`` at the
  point's cell; truth 1 for the ``每月`` rows (E4, E6, E8, E11), 2 for ``每季度`` (E5, E7, E10),
  3 for ``每半年`` (E9, E12). KIND: a level given only by a monitoring-frequency column
  (``监控频次``) that a note under the table maps to 一级/二级/三级 is not read — the reader
  neither takes the column as the level nor applies the note's frequency→level mapping.

Nothing else off. The truth was not changed after measuring.

Generalised after this measurement: a column whose few values a note ties to levels with the level
first ('一级风险点每月监控一次，二级风险点每季度监控一次…') is the level column, read by the note;
test_a_level_column_a_note_ties_to_its_values in tests/test_columns.py says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch442 import (
    BANDS,
    BARE,
    CYCLES,
    FREQ_HEAD,
    FREQ_NAME,
    FREQ_NOTE,
    FREQ_TAB,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**CYCLES, **HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(442, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {FREQ_NAME}
UNTYPED = {
    "lueyang_county_hospital_two_sheets",
    "lueyang_mch_center_cards",
    "lueyang_jieguanting_clinic_selfchecks",
    "lueyang_baishuijiang_clinic_every_row",
}
NOBODY = {"lueyang_lianghekou_clinic_posts"}
GAP = "\u3000"


def test_batch442_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=441, unit_words=(PLACE,), new_people=True)


def test_batch442_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch442_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch442_every_unit_is_of_lueyang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch442_level_given_by_monitoring_frequency():
    name = FREQ_NAME
    rows = BATCH.sheet(name, FREQ_TAB)["rows"]
    head = BATCH.header(name, FREQ_TAB)
    assert tuple(rows[head]) == FREQ_HEAD
    assert not any("等级" in h or "级别" in h for h in FREQ_HEAD)
    table = BATCH.table(name, FREQ_TAB)
    assert {r[6] for r in table} == set(CYCLES)
    # the note ties each frequency to its level, in words
    note = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert note == [FREQ_NOTE]
    for cycle, level in CYCLES.items():
        grade = "一二三"[level - 1] + "级风险点" + cycle
        assert grade in FREQ_NOTE, grade
    # rebuild from the sheet: the level is the frequency's
    want = BATCH.truth_rows(name)
    filled = BATCH.filled(name, FREQ_TAB)
    built = [
        (row[1], row[2], row[3], row[4], CYCLES[row[6]])
        for r, row in enumerate(filled)
        if r > head and isinstance(row[0], int)
    ]
    assert built == want
    assert [types_in(r[5]) for r in table] == [r["types"] for r in BATCH.points(name)]
    assert sorted({p["level"] for p in BATCH.points(name)}) == [1, 2, 3]


def test_batch442_plain_tables_by_heading():
    cases = [
        ("lueyang_lianghekou_clinic_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("lueyang_xujiaping_clinic_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("lueyang_baishuijiang_clinic_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "lueyang_lianghekou_clinic_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "lueyang_baishuijiang_clinic_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    table = BATCH.table(name)
    assert len({row[6] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][6]}
    assert {r[4] for r in table} == set(BARE)
    name = "lueyang_xujiaping_clinic_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch442_leaders_and_squads_in_two_sheets():
    name = "lueyang_county_hospital_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "院领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch442_group_rows_give_the_department():
    name = "lueyang_tcm_hospital_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch442_one_sheet_a_person():
    name = "lueyang_mch_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lueyang_jieguanting_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch442_is_read(tmp_path):
    BATCH.is_read(tmp_path)
