"""The four-hundred-and-fifty-ninth batch of published layouts (tests/published/batch459.py): seven
ordinary files as the 市场监管 bodies of one county (两当县) really send them — the 检验检测中心's file
in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the 知识产权服务中心's 责任清单 under group rows
``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 消费者权益保护委员会's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 城关镇市场监管所's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 站儿巷镇市场监管所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 西坡镇市场监管所's
清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 杨店镇市场监管所's 一览表 with 高/中/低 — and one
harder: the 市场监督管理局's 一览表 as posted with the holders' names MASKED (``苌某某``, ``亢某``; two
holders masked alike, told apart by 股室 and 岗位) under a ``注：…脱敏处理`` line
(``python tests/published/score.py --set batch459``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap22 at faf8407
(this worktree branched from dev at the same commit). ``score.py --set batch459``:
``TOTAL                      forms  29/29  points  53/53  recall 1.00 precision 1.00 (53/53)  levels  53/53  types  53/53  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  29/29  points  53/53  recall 1.00 precision 1.00 (53/53)  levels  53/53  types  53/53  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped, ``FILE_SKIPPED``).
All eight layouts read in full, with and without ``--strict``, the harder one included: in
``liangdang_market_bureau_masked_names``, sheet ``一览表``, the masked ``姓名`` cells (D4:D12) are
read as the holders as written (``酆某某``, ``苌某某``, ``亢某``, ``甯某某``), and the two ``苌某某`` are two
forms as the truth has them (posts.csv: ``局领导 | 苌某某 | 副局长`` and ``食品安全股 | 苌某某 | 股长``,
two points each); the ``注：公开时已对人员姓名作脱敏处理。`` line is no point; every point, level
and type is as the truth has it. No misses by cell in what score.py counts; no KIND of scored
mistake. Not scored: the reader says nothing of the masking (no issue names a masked holder),
so the export carries ``苌某某`` twice in one unit without a warning that these are not names;
issues.csv holds only ``TABLE_NO_TYPE`` infos (the untyped sheets) and ``GRADE_BLANK`` infos (the
cards and self-checks give no post grade), both true of the files. The harder shape turned out not
to be harder for the scored fields. The truth was not changed after measuring.

Nothing was generalised after this measurement: every layout read in full untuned; the
is_read test keeps it so.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch459 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MASK_HEAD,
    MASK_NAME,
    MASK_NOTE,
    MASK_ROWS,
    MASK_TAB,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TWIN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(459, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {MASK_NAME}
UNTYPED = {
    "liangdang_testing_center_two_sheets",
    "liangdang_chengguan_office_cards",
    "liangdang_zhanerxiang_office_selfchecks",
    "liangdang_xipo_office_every_row",
}
NOBODY = {"liangdang_consumer_council_posts"}
GAP = "\u3000"


def test_batch459_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=454, unit_words=(PLACE,), new_people=True)


def test_batch459_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch459_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch459_every_unit_is_of_liangdang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch459_masked_names_are_the_holders_as_written():
    name = MASK_NAME
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, MASK_TAB, level="风险等级") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name, MASK_TAB) == list(MASK_HEAD)
    # every holder is masked: a surname, then 某某 (某 for a two-character name)
    people = BATCH.holders(name)
    assert people and all(re.fullmatch(r"[\u4e00-\u9fff]某{1,2}", p) for p in people)
    # two holders masked alike: two forms, told apart by 股室 and 岗位
    twins = [f for f in BY_NAME[name]["truth"] if f["person"] == TWIN]
    assert {(f["department"], f["title"]) for f in twins} == {
        ("局领导", "副局长"),
        ("食品安全股", "股长"),
    }
    assert len([r for r in MASK_ROWS if r[3] == TWIN]) == 2
    # the note on the masking stands under the table and is no point
    rows = BATCH.sheet(name, MASK_TAB)["rows"]
    assert [MASK_NOTE] in [[c for c in row if c is not None] for row in rows]
    assert MASK_NOTE not in {p["risk_point"] for p in BATCH.points(name)}


def test_batch459_plain_tables_by_heading():
    cases = [
        ("liangdang_consumer_council_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("liangdang_yangdian_office_list", {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("liangdang_xipo_office_every_row", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "liangdang_consumer_council_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "liangdang_xipo_office_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    name = "liangdang_yangdian_office_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[5] for r in BATCH.table(name)} == set(HML)


def test_batch459_leaders_and_sections_in_two_sheets():
    name = "liangdang_testing_center_two_sheets"
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


def test_batch459_group_rows_give_the_department():
    name = "liangdang_ip_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch459_one_sheet_a_person():
    name = "liangdang_chengguan_office_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "liangdang_zhanerxiang_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch459_is_read(tmp_path):
    BATCH.is_read(tmp_path)
