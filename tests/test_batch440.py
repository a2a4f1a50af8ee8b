"""The four-hundred-and-fortieth batch of published layouts (tests/published/batch440.py): seven
ordinary files as the 城市管理 bodies of one district (宝塔区) really send them — the
城市管理综合执法大队's file in two sheets ``大队领导``/``中队`` with ``一级/二级/三级``, the
市政工程维护处's 责任清单 under group rows ``一、处领导`` … with ``一级风险/二级风险/三级风险``, the
园林绿化中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 环境卫生管理所's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 凤凰山街道城管中队's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 宝塔山街道城管中队's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and
a last ``责任领导`` column, the 园林绿化养护所's 一览表 with 高/中/低 — and one harder: the
城市管理执法局's 一览表 whose leaders' rows merge ``科室 | 岗位`` across into one block holding the post
(``python tests/published/score.py --set batch440``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap16 at 3f0a74a
(this worktree branched from dev at the same commit). ``score.py --set batch440``:
``TOTAL                      forms  35/35  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  35/35  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). All eight layouts read in full, with and without ``--strict``, the harder one
included: in ``baota_urban_admin_leaders_merged_across.xlsx`` the B:C blocks were read as the
leaders' posts with no 科室 (posts.csv F00029 局长 厍翀滢, F00030 副局长 笪汭瑾, both 领导岗位), the
科室 rows as written. No misses. Unscored besides: nothing off — the issues are info only
(TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json). The truth was
not changed after measuring.

Generalised after this measurement: nothing to generalise: the reader took the leaders' merged 科室-
and-岗位 blocks as their posts with no 科室.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch440 import (
    ACROSS_HEAD,
    ACROSS_NAME,
    ACROSS_ROWS,
    ACROSS_TAB,
    BANDS,
    BARE,
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
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(440, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {ACROSS_NAME}
UNTYPED = {
    "baota_enforcement_brigade_two_sheets",
    "baota_greening_center_cards",
    "baota_fenghuangshan_squad_selfchecks",
    "baota_baotashan_squad_every_row",
}
NOBODY = {"baota_sanitation_posts"}
GAP = "\u3000"


def test_batch440_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=436, unit_words=(PLACE,), new_people=True)


def test_batch440_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch440_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch440_every_unit_is_of_baota():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch440_leaders_rows_merge_department_and_post_across():
    name = ACROSS_NAME
    rows = BATCH.sheet(name, ACROSS_TAB)["rows"]
    head = BATCH.header(name, ACROSS_TAB)
    assert tuple(rows[head]) == ACROSS_HEAD
    merges = BATCH.sheet(name, ACROSS_TAB)["merges"]
    across = [m for m in merges if m[1] == 1 and m[3] == 2 and m[0] > head]
    leaders = [r for r in ACROSS_ROWS if r[0] is None]
    assert len(across) == len(leaders) >= 2
    for (r0, _c0, r1, _c1), (_dept, post, tier, who, points) in zip(across, leaders, strict=True):
        assert rows[r0][1] == post and rows[r0][2] is None and rows[r0][3] == who
        assert r1 - r0 + 1 == len(points) and tier == "leader"
    # rebuild from the sheet: a row under a B:C block has no 科室, its post the block's text
    want = BATCH.truth_rows(name)
    built = []
    filled = BATCH.filled(name, ACROSS_TAB)
    for r, row in enumerate(filled):
        if r <= head or not isinstance(row[0], int):
            continue
        block = any(m[0] <= r <= m[2] for m in across)
        dept, post = ("", row[1]) if block else (row[1], row[2])
        built.append((dept, post, row[3], row[4], HML[row[6]]))
    assert built == want
    # the 科室 column shows a post on the leaders' rows, never a 科室
    for f in BY_NAME[name]["truth"]:
        if f["tier"] == "leader":
            assert f["department"] == "" and f["title"] in ("局长", "副局长")
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch440_plain_tables_by_heading():
    cases = [
        ("baota_sanitation_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("baota_greening_upkeep_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("baota_baotashan_squad_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "baota_sanitation_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "baota_baotashan_squad_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    table = BATCH.table(name)
    assert len({row[6] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][6]}
    assert {r[4] for r in table} == set(BARE)
    name = "baota_greening_upkeep_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch440_leaders_and_squads_in_two_sheets():
    name = "baota_enforcement_brigade_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "大队领导",
        fixed={"dept": "大队领导"},
    )
    assert got == BATCH.truth_rows(name, "大队领导")
    heads = {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "中队") == BATCH.truth_rows(name, "中队")
    works = {r[3] for r in BATCH.table(name, "大队领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch440_group_rows_give_the_department():
    name = "baota_municipal_works_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch440_one_sheet_a_person():
    name = "baota_greening_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "baota_fenghuangshan_squad_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch440_is_read(tmp_path):
    BATCH.is_read(tmp_path)
