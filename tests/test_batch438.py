"""The four-hundred-and-thirty-eighth batch of published layouts (tests/published/batch438.py): seven
ordinary files as the 林业 bodies of one county (吴起县) really send them — the 退耕还林工作站's file in
two sheets ``站领导``/``股室`` with ``一级/二级/三级``, the 林业技术推广站's 责任清单 under group rows
``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 国有林场's 防控卡 one sheet a holder with
``★★★/★★/★``, the 周湾镇林业站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
长官庙镇林业站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 白豹镇林业站's 清单 written
out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column, the 铁边城镇林业站's 一览表 with
高/中/低 — and one harder: the 林业局's 一览表 with no level column, each point's level given by its
``防控责任主体`` (局长 / 分管副局长 / 股室负责人) through a ``说明：`` line above the heading
(``python tests/published/score.py --set batch438``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap16 at 3f0a74a
(this worktree branched from dev at the same commit). ``score.py --set batch438``:
``TOTAL                      forms  32/32  points  56/56  recall 1.00 precision 1.00 (56/56)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same two lines. The 8 files: eight .xlsx, no re-saved copies. All eight layouts
read in full, the harder one too: no miss by cell. In the harder file the reader took the
``防控责任主体`` column (H3) as the level column, by content, from the ``说明：`` line above the
heading (COLUMN_GUESSED at H3: ``内容是表下说明定义的风险级别用语``) and read its three words in order
(LEVEL_SCALE at H3: ``局长=Ⅰ级、分管副局长=Ⅱ级、股室负责人=Ⅲ级``) — so the shape, though not written in
the README's 读得懂的表, is already read by the reader's note-defined level words (a note ranking
words that then mark their column as the level).

Generalised after this measurement: nothing to generalise: the reader took the 防控责任主体 column for the
level by its contents and the note, and read its three words in order.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch438 import (
    BANDS,
    BARE,
    CTRL_HEAD,
    CTRL_NAME,
    CTRL_NOTE,
    CTRL_TAB,
    CTRL_TIERS,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(438, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CTRL_NAME}
UNTYPED = {
    "wuqi_returning_farmland_station_two_sheets",
    "wuqi_forest_farm_cards",
    "wuqi_changguanmiao_station_selfchecks",
    "wuqi_baibao_station_every_row",
}
NOBODY = {"wuqi_zhouwan_station_posts"}
GAP = "\u3000"


def test_batch438_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=436, unit_words=(PLACE,), new_people=True)


def test_batch438_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch438_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch438_every_unit_is_of_wuqi_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch438_level_given_by_the_controller():
    name = CTRL_NAME
    rows = BATCH.sheet(name, CTRL_TAB)["rows"]
    head = BATCH.header(name, CTRL_TAB)
    assert tuple(rows[head]) == CTRL_HEAD
    # the note stands above the heading and names each controller with its level
    assert rows[head - 1][0] == CTRL_NOTE
    for ctrl, level in CTRL_TIERS.items():
        word = "一二三"[level - 1] + "级风险"
        assert re.search(f"由{ctrl}负责防控的为{word}", CTRL_NOTE), ctrl
    # no level column and no level word in any row of the table
    assert not any("等级" in str(c) or "级别" in str(c) for c in rows[head])
    table = BATCH.table(name, CTRL_TAB)
    assert not any(str(c) in LEVELS for row in table for c in row if c is not None)
    got = []
    for row in BATCH.filled(name, CTRL_TAB):
        if isinstance(row[0], int):
            got.append((row[1], row[2], row[3], row[4], CTRL_TIERS[row[7]]))
    assert got == BATCH.truth_rows(name)
    assert [[row[5]] for row in table] == [r["types"] for r in BATCH.points(name)]
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    # the controller is no post, no holder: some points are controlled above their own post
    posts = [(f["title"], p["level"]) for f in BY_NAME[name]["truth"] for p in f["risks"]]
    assert ("副局长", 1) in posts and ("股长", 2) in posts
    for f in BY_NAME[name]["truth"]:
        assert f["title"] not in CTRL_TIERS or f["title"] == "局长"
        assert f["person"] not in CTRL_TIERS


def test_batch438_plain_tables_by_heading():
    cases = [
        ("wuqi_zhouwan_station_posts", {"dept": "站室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wuqi_tiebiancheng_station_list",
         {"dept": "站室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("wuqi_baibao_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "wuqi_zhouwan_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "wuqi_baibao_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    table = BATCH.table(name)
    assert len({row[6] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][6]}
    assert {r[4] for r in table} == set(BARE)
    name = "wuqi_tiebiancheng_station_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch438_leaders_and_staff_in_two_sheets():
    name = "wuqi_returning_farmland_station_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "站领导",
        fixed={"dept": "站领导"},
    )
    assert got == BATCH.truth_rows(name, "站领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "站领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch438_group_rows_give_the_department():
    name = "wuqi_extension_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch438_one_sheet_a_person():
    name = "wuqi_forest_farm_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "wuqi_changguanmiao_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)


def test_batch438_is_read(tmp_path):
    BATCH.is_read(tmp_path)
