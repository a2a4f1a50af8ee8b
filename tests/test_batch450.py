"""The four-hundred-and-fiftieth batch of published layouts (tests/published/batch450.py): seven
ordinary files as the 应急管理 bodies of one district (南郑区) really send them — the 应急管理局's file
in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 安全生产执法大队's 责任清单 under group rows
``一、大队领导`` … with ``一级风险/二级风险/三级风险``, the 应急救援指挥中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 大河坎镇应急管理站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 协税镇应急管理站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 黄官镇应急管理站's 清单
written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column, the 红庙镇应急管理站's 一览表
with 高/中/低 — and one harder: the 防灾减灾服务中心's 一览表 with a 高/中/低 level column and NO type
column, each point's type given only by its cell's FILL COLOUR, read by a note under the table
(``python tests/published/score.py --set batch450``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap19 at 4ae43e5
(this worktree branched from dev at the same commit). ``score.py --set batch450``:
``TOTAL                      forms  25/25  points  44/44  recall 1.00 precision 1.00 (44/44)  levels  44/44  types  37/44  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.841 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  25/25  points  44/44  recall 1.00 precision 1.00 (44/44)  levels  44/44  types  37/44  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.841 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). The seven ordinary layouts read in full, with and without ``--strict``. The harder
one, ``nanzheng_relief_center_type_fills.xlsx``, read its forms (4/4), points (7/7) and levels
(7/7) in full but no type (types 0/7) — sheet ``一览表``, every point left untyped where the truth
types it by its cell's fill: E3 ``救灾物资采购不经集体研究、指定供应商`` (green) read with no type, truth
制度机制; E4 ``物资储备库维修工程中收受施工方好处`` (yellow) none, truth 思想道德; E5
``救灾物资入库验收不严、数量不符`` (blue) none, truth 岗位职责; E6 ``物资调拨出库不凭调令、手续不全``
(orange) none, truth 业务流程; E7 ``过期物资报废处置中私自变卖`` (orange) none, truth 业务流程; E8
``受灾群众救助名单审核中接受请托`` (purple) none, truth 外部环境; E9 ``减灾示范社区创建评审打人情分``
(yellow) none, truth 思想道德. The only issue on the file is ``info TABLE_NO_TYPE`` at A2 (表中没有“风险类型”列).
Kind of mistake: the reader takes a type only from words (a column, codes, group rows, notes
by number) and reads fills only as levels, so types given by a cell's fill colour under a legend
are not read at all (a missed field, no wrong reading: the colours were rightly NOT taken for
levels, the 高/中/低 column stood). No precision lost, no noise. The truth was not changed after
measuring.

Generalised after this measurement: types given by the point cells' colours under a note naming
types ('黄色为思想道德风险…', tests/test_type_fills.py; info TYPE_BY_COLOUR, warning TYPE_COLOUR_UNCLEAR):
score.py --set batch450 reads all 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch450 import (
    BANDS,
    BARE,
    FILLS_COL,
    FILLS_HEAD,
    FILLS_NAME,
    FILLS_NOTE,
    FILLS_ROWS,
    FILLS_TAB,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_FILLS,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(450, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {FILLS_NAME}
UNTYPED = {
    "nanzheng_emergency_bureau_two_sheets",
    "nanzheng_command_center_cards",
    "nanzheng_xieshui_station_selfchecks",
    "nanzheng_huangguan_station_every_row",
}
NOBODY = {"nanzheng_dahekan_station_posts"}
GAP = "\u3000"


def test_batch450_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=449, unit_words=(PLACE,), new_people=True)


def test_batch450_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 14))
    assert RESAVED == ()


def test_batch450_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch450_every_unit_is_of_nanzheng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch450_types_only_by_fill():
    name = FILLS_NAME
    sheet = BATCH.sheet(name, FILLS_TAB)
    assert BATCH.heading(name, FILLS_TAB) == list(FILLS_HEAD)
    # no type word in any cell but the note's
    cells = [c for row in sheet["rows"] for c in row if isinstance(c, str) and c != FILLS_NOTE]
    assert not any(t in c for c in cells for t in TYPES)
    assert all(f"{colour}为{t}风险" in FILLS_NOTE for colour, t in
               zip(("黄色", "绿色", "蓝色", "橙色", "紫色"), TYPE_FILLS.values(), strict=True))  # fmt: skip
    fills = {(r, c): colour for r, c, colour in sheet["fills"]}
    assert {c for _, c in fills} == {FILLS_COL} and set(fills.values()) == set(TYPE_FILLS)
    got = [
        (sheet["rows"][r][FILLS_COL], [TYPE_FILLS[colour]], HML[sheet["rows"][r][5]])
        for (r, _), colour in sorted(fills.items())
    ]
    want = [(p["risk_point"], p["types"], p["level"]) for p in BATCH.points(name)]
    assert got == want and len(got) == sum(len(p) for *_, p in FILLS_ROWS)
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, FILLS_TAB) == BATCH.truth_rows(name)
    tiers = {"主任": "leader", "科长": "middle", "保管员": "general"}
    assert all(f["tier"] == tiers[f["title"]] for f in BY_NAME[name]["truth"])


def test_batch450_plain_tables_by_heading():
    cases = [
        ("nanzheng_dahekan_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("nanzheng_hongmiao_station_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("nanzheng_huangguan_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "nanzheng_dahekan_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "nanzheng_huangguan_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    table = BATCH.table(name)
    assert len({row[6] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][6]}
    name = "nanzheng_hongmiao_station_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[5] for r in BATCH.table(name)} == {"高", "中", "低"}


def test_batch450_leaders_and_offices_in_two_sheets():
    name = "nanzheng_emergency_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch450_group_rows_give_the_department():
    name = "nanzheng_enforcement_brigade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch450_one_sheet_a_person():
    name = "nanzheng_command_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
    name = "nanzheng_xieshui_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]


def test_batch450_is_read(tmp_path):
    BATCH.is_read(tmp_path)
