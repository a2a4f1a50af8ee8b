"""The four-hundred-and-forty-ninth batch of published layouts (tests/published/batch449.py): seven
ordinary files as the 自然资源 bodies of one county (勉县) really send them — the 不动产登记中心's file
in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the 土地储备中心's 责任清单 under group rows
``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 国土空间规划服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 周家山镇自然资源所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 武侯镇自然资源所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
阜川镇自然资源所's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 新街子镇自然资源所's 一览表
with 高/中/低 — and one harder: the 自然资源局's 一览表 whose 责任人 cells write a holder who came this
year with the date of arrival bracketed after the name (``苌玥翀（2025年3月到岗）``), the name alone the
holder (``python tests/published/score.py --set batch449``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap19 at 4ae43e5
(this worktree branched from dev at the same commit). ``score.py --set batch449``:
``TOTAL                      forms  29/29  points  54/54  recall 1.00 precision 1.00 (54/54)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  29/29  points  54/54  recall 1.00 precision 1.00 (54/54)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped). All eight
layouts read in full, with and without ``--strict``, the harder one included: in
``mianxian_natural_resources_arrival_dates``, sheet ``一览表``, D6 (merged D6:D7)
``苌玥翀（2025年3月到岗）`` and D10 (merged D10:D11) ``亓翾珞（2025年5月到岗）`` are read as the holders
``苌玥翀`` (副局长, 局领导) and ``亓翾珞`` (科员, 执法监察股), the bracket dropped, as the truth has them.
The date of arrival is dropped silently: issues.csv says nothing on it (its only lines are
``TABLE_NO_TYPE`` for the untyped tables, ``GRADE_BLANK`` for the cards and self-checks, and
``FILE_SKIPPED`` for truth.json), and posts.csv keeps no trace of it. No misses by cell; no KIND
of mistake to report. The harder shape turned out not to be harder for this reader (a bracket
after a name that is not a known 职务 is taken off the holder). The truth was not changed after
measuring.

Nothing was generalised after this measurement: every layout read in full untuned; the
is_read test keeps it so.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch449 import (
    BANDS,
    BARE,
    CAME_HEAD,
    CAME_NAME,
    CAME_NOTE,
    CAME_ROWS,
    CAME_TAB,
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

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(449, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CAME_NAME}
UNTYPED = {
    "mianxian_registration_centre_two_sheets",
    "mianxian_zhoujiashan_office_cards",
    "mianxian_wuhou_office_selfchecks",
    "mianxian_fuchuan_office_every_row",
}
NOBODY = {"mianxian_planning_centre_posts"}
GAP = "\u3000"


def test_batch449_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=445, unit_words=(PLACE,), new_people=True)


def test_batch449_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch449_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch449_every_unit_is_of_mianxian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch449_holder_is_the_name_before_the_arrival_date():
    name = CAME_NAME
    rows = BATCH.sheet(name, CAME_TAB)["rows"]
    head = BATCH.header(name, CAME_TAB)
    assert tuple(rows[head]) == CAME_HEAD
    note = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert note == [CAME_NOTE] and "到岗时间" in CAME_NOTE
    # at least two holders came this year; their cells carry the date, their truth does not
    came = {(who, when) for _d, _p, _t, who, when, _pts in CAME_ROWS if when}
    assert len(came) >= 2
    cells = {r[3] for r in rows[head + 1 :] if isinstance(r[0], int) and r[3]}
    assert {f"{who}（{when}到岗）" for who, when in came} <= cells
    holders = BATCH.holders(name)
    assert holders == {who for _d, _p, _t, who, _w, _pts in CAME_ROWS}
    assert not any("（" in h or "到岗" in h for h in holders)
    # rebuild from the sheet: the holder is the cell up to its bracket
    filled = BATCH.filled(name, CAME_TAB)
    built = [
        (row[1], row[2], re.sub(r"（\d{4}年\d{1,2}月到岗）$", "", row[3]), row[4], HML[row[6]])
        for r, row in enumerate(filled)
        if r > head and isinstance(row[0], int)
    ]
    assert built == BATCH.truth_rows(name)
    table = [row for r, row in enumerate(filled) if r > head and isinstance(row[0], int)]
    assert [types_in(r[5]) for r in table] == [p["types"] for p in BATCH.points(name)]


def test_batch449_plain_tables_by_heading():
    cases = [
        ("mianxian_planning_centre_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("mianxian_xinjiezi_office_list", {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("mianxian_fuchuan_office_every_row", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "mianxian_planning_centre_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "mianxian_fuchuan_office_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    name = "mianxian_xinjiezi_office_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[5] for r in BATCH.table(name)} == set(HML)


def test_batch449_leaders_and_squads_in_two_sheets():
    name = "mianxian_registration_centre_two_sheets"
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


def test_batch449_group_rows_give_the_department():
    name = "mianxian_land_reserve_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch449_one_sheet_a_person():
    name = "mianxian_zhoujiashan_office_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "mianxian_wuhou_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch449_is_read(tmp_path):
    BATCH.is_read(tmp_path)
