"""The four-hundred-and-fifty-third batch of published layouts (tests/published/batch453.py): seven
ordinary files as the 人社 bodies of one district (耀州区) really send them — the 社会保险经办中心's file
in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the 就业服务中心's 责任清单 under group rows
``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 劳动保障监察大队's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 小丘镇劳动保障所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 孙塬镇劳动保障所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
瑶曲镇劳动保障所's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 照金镇劳动保障所's 一览表
with 高/中/低 — and one harder: the 人力资源和社会保障局's 一览表 whose ``防控措施`` is merged over
``人防 | 制防 | 技防 | 群防`` and written as nothing but ``√`` ticks in the kinds that apply, no
measure text anywhere (``python tests/published/score.py --set batch453``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap20 at 0103841
(this worktree branched from dev at the same commit). ``score.py --set batch453``:
``TOTAL                      forms  29/29  points  54/54  recall 1.00 precision 1.00 (54/54)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  29/29  points  54/54  recall 1.00 precision 1.00 (54/54)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped). All eight
layouts read in full, with and without ``--strict``, the harder one included: in
``yaozhou_hrss_measures_ticked``, sheet ``一览表``, the ticks under ``人防 | 制防 | 技防 | 群防`` (H5:K14)
are taken neither as types, levels, posts nor points; every point, type (from F) and level (from
G) is as the truth has it. No misses by cell in what score.py counts; no KIND of scored mistake.

Not scored, but seen in risks.csv and issues.csv: the MEASURES of the harder file are read badly.
The reader keeps only the bare ticks joined by line breaks (``√⏎√``), dropping the kind each tick
stands under (so ``人防、制防`` becomes ``√⏎√``), and it reads the measure cells only when the first
sub-column H (``人防``) holds a tick: the five rows whose ``人防`` is empty (H5, H8, H9, H11, H13 —
``重大清欠事项不经党组会集体研究``, ``联合检查结果不按规定公开``, ``劳动合同备案审查走过场``,
``事业单位招聘资格审查把关不严``, ``专项资金拨付不及时、截留挪用``, each ticking ``制防`` and more)
get an empty ``measures`` and a false ``MEASURES_BLANK`` warning (``未填写防控措施;请补填``). KIND:
measures written as ticks under named kinds are read as the cells' text, not as the kinds' names,
and a measure heading merged over sub-columns yields nothing for a row whose first sub-column is
empty (the rows with ``人防`` ticked get all their ticks, the others none). The harder shape turned out not to be harder for the scored fields. The truth was
not changed after measuring.

Generalised after this measurement: measures ticked under kinds of measure ('人防 | 制防 | 技防 | 群防'
under 防控措施, tests/test_measure_kinds_ticked.py): each row's measures are the ticked kinds' names, no
false MEASURES_BLANK.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch453 import (
    BANDS,
    BARE,
    GRADES,
    KINDS,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICK,
    TICK_HEAD,
    TICK_NAME,
    TICK_NOTE,
    TICK_ROWS,
    TICK_TAB,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(453, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {TICK_NAME}
UNTYPED = {
    "yaozhou_social_insurance_two_sheets",
    "yaozhou_xiaoqiu_office_cards",
    "yaozhou_sunyuan_office_selfchecks",
    "yaozhou_yaoqu_office_every_row",
}
NOBODY = {"yaozhou_inspection_brigade_posts"}
GAP = "\u3000"


def test_batch453_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=449, unit_words=(PLACE,), new_people=True)


def test_batch453_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch453_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch453_every_unit_is_of_yaozhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch453_measures_are_ticks_only():
    name = TICK_NAME
    rows = BATCH.sheet(name, TICK_TAB)["rows"]
    head = BATCH.header(name, TICK_TAB)
    width = len(TICK_HEAD) - 1
    assert tuple(rows[head][: width + 1]) == TICK_HEAD
    assert tuple(rows[head + 1][width:]) == KINDS
    assert all(c is None for c in rows[head + 1][:width])
    note = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert note == [TICK_NOTE] and all(k in TICK_NOTE for k in KINDS)
    filled = BATCH.filled(name, TICK_TAB)
    table = [row for r, row in enumerate(filled) if r > head + 1 and isinstance(row[0], int)]
    # no measure text: every measure cell is a tick or empty, and each row ticks one to three
    ticks = [row[width:] for row in table]
    assert all(set(t) <= {TICK, None} and 1 <= t.count(TICK) <= 3 for t in ticks)
    assert all(any(t[i] == TICK for t in ticks) for i in range(len(KINDS)))
    want = [kinds for *_x, pts in TICK_ROWS for *_y, kinds in pts]
    assert [tuple(k for k, v in zip(KINDS, t, strict=True) if v) for t in ticks] == want
    built = [(row[1], row[2], row[3], row[4], HML[row[6]]) for row in table]
    assert built == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in table] == [p["types"] for p in BATCH.points(name)]
    assert not {p["risk_point"] for p in BATCH.points(name)} & {TICK, *KINDS}


def test_batch453_plain_tables_by_heading():
    cases = [
        ("yaozhou_inspection_brigade_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("yaozhou_zhaojin_office_list", {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("yaozhou_yaoqu_office_every_row", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "yaozhou_inspection_brigade_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "yaozhou_yaoqu_office_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    name = "yaozhou_zhaojin_office_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[5] for r in BATCH.table(name)} == set(HML)


def test_batch453_leaders_and_sections_in_two_sheets():
    name = "yaozhou_social_insurance_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "中心领导",
        fixed={"dept": "中心领导"},
    )
    assert got == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "中心领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch453_group_rows_give_the_department():
    name = "yaozhou_employment_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch453_one_sheet_a_person():
    name = "yaozhou_xiaoqiu_office_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yaozhou_sunyuan_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch453_is_read(tmp_path):
    BATCH.is_read(tmp_path)
