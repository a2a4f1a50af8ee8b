"""The four-hundred-and-sixty-first batch of published layouts (tests/published/batch461.py): seven
ordinary files as the 水务 bodies of one county (礼县) really send them — the 水利工程建设管理站's
file in two sheets ``站领导``/``股室`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 水土保持站's 责任清单 under group rows
``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 供水管理站's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 城关镇水务站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 盐官镇水务站's 自查表 one sheet a person with ``一级/二级/三级``, the 石桥镇水务站's
清单 written out on every row with 高/中/低, the 祁山镇水务站's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one
harder: the 水务局's 一览表 whose one risk column ``廉政风险表现（括号内为风险点）`` writes how each risk
shows first and the point's short name in a closing bracket
(``python tests/published/score.py --set batch461``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap22 at faf8407
(this worktree branched from dev at the same commit). ``score.py --set batch461``:
``TOTAL                      forms  28/28  points  41/51  recall 0.80 precision 0.80 (41/51)  levels  41/41  types  41/41  noise 0``
and ``TOTAL forms=1.000 recall=0.804 precision=0.804 levels=1.000 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  28/28  points  41/51  recall 0.80 precision 0.80 (41/51)  levels  41/41  types  41/41  noise 0``
and ``TOTAL forms=1.000 recall=0.804 precision=0.804 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped). The seven
ordinary layouts read in full, with and without ``--strict``. The harder one,
``lixian_water_bureau_bracketed_points``, reads its 5 forms right (科室, 岗位, 姓名, tier) but
0/10 points: in sheet ``一览表`` every cell of the risk column E4:E13 is read WHOLE as the point,
e.g. E4 read ``重大水利项目安排和大额资金使用不经党组会研究，个人说了算（重大事项决策不民主）``, truth
``重大事项决策不民主``; E5 read ``在工程招标中为熟人企业打招呼、定调子（插手工程招标）``, truth
``插手工程招标``; E6 … ``（干预取水许可审批）``, truth ``干预取水许可审批``; E7 … ``（采砂许可以权谋私）``,
truth ``采砂许可以权谋私``; E8 … ``（取水许可受理把关不严）``, truth ``取水许可受理把关不严``; E9 …
``（水资源费核定不实）``, truth ``水资源费核定不实``; E10 … ``（河湖巡查失职）``, truth ``河湖巡查失职``; E11 …
``（涉河项目审查不严）``, truth ``涉河项目审查不严``; E12 … ``（专项资金拨付违规）``, truth
``专项资金拨付违规``; E13 … ``（报销审核不严）``, truth ``报销审核不严``. KIND (one kind, ten cells): a
short point name written in the closing bracket AFTER its description, as the heading
``廉政风险表现（括号内为风险点）`` says, is not split off — the whole cell is kept as the point and
nothing goes to ``description``. The levels of those rows (F4:F13, 高/中/低) and the holders were
read as the truth has them (risks.csv), but score.py counts levels only on matched points
(``levels 0/0``). issues.csv has only the ``TABLE_NO_TYPE`` info at A3 for this file. The
truth was not changed after measuring.

Generalised after this measurement: the point in a bracket closing how it shows, as the heading says
('廉政风险表现（括号内为风险点）', tests/test_columns.py::test_the_point_in_a_bracket_closing_how_it_shows):
score.py --set batch461 reads all 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch461 import (
    BANDS,
    BARE,
    BRACKET_COL,
    BRACKET_HEAD,
    BRACKET_NAME,
    BRACKET_ROWS,
    BRACKET_TAB,
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
BATCH = Batch(461, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {BRACKET_NAME}
UNTYPED = {
    BRACKET_NAME,
    "lixian_construction_station_two_sheets",
    "lixian_chengguan_station_cards",
    "lixian_yanguan_station_selfchecks",
    "lixian_qishan_station_list",
}
NOBODY = {"lixian_supply_station_posts"}
GAP = "\u3000"


def test_batch461_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=458, unit_words=(PLACE,), new_people=True)


def test_batch461_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch461_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch461_every_unit_is_of_lixian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch461_point_is_the_closing_bracket():
    name = BRACKET_NAME
    head = BATCH.header(name, BRACKET_TAB)
    rows = BATCH.rows(name, BRACKET_TAB)
    assert tuple(rows[head]) == BRACKET_HEAD and "括号内为风险点" in rows[head][BRACKET_COL]
    filled = BATCH.filled(name, BRACKET_TAB)
    body = [row for r, row in enumerate(filled) if r > head and isinstance(row[0], int)]
    got = []
    for row in body:
        m = re.fullmatch(r"(.+)（([^（）]+)）", row[BRACKET_COL])
        assert m, row[BRACKET_COL]
        show, point = m.groups()
        # the sentence before the bracket is longer than the short name inside it
        assert len(show) > len(point) and "（" not in show
        got.append((row[1], row[2], row[3], point, HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[BRACKET_COL] for row in body}
    assert len(body) == sum(len(ps) for *_x, ps in BRACKET_ROWS)


def test_batch461_plain_tables_by_heading():
    cases = [
        ("lixian_supply_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("lixian_shiqiao_station_every_row", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("lixian_qishan_station_list", {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "lixian_supply_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "lixian_shiqiao_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    name = "lixian_qishan_station_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[4] for r in BATCH.table(name)} == set(BARE)


def test_batch461_leaders_and_sections_in_two_sheets():
    name = "lixian_construction_station_two_sheets"
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
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch461_group_rows_give_the_department():
    name = "lixian_soil_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch461_one_sheet_a_person():
    name = "lixian_chengguan_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lixian_yanguan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch461_is_read(tmp_path):
    BATCH.is_read(tmp_path)
