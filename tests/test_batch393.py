"""The three-hundred-and-ninety-third batch of published layouts (tests/published/batch393.py): seven
ordinary files as the 市场监管 and 商务 bodies of one county (礼泉县) really send them — the 商务局's
一览表 under ``附件1`` with ``…风险`` types, the 烟霞市场监管所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 城关市场监管所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
检验检测中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 招商服务中心's 责任清单 under
group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 市场监管综合行政执法大队's two sheets
``大队领导 | 中队`` with ``一级/二级/三级``, the 商贸流通服务中心's 一览表 written out on every row with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 市场监督管理局's 排查表 sorted by type into five stacked blocks whose
type is only the word heading the risk column of each block's own heading row
(``思想道德风险点``, ``制度机制风险点`` …; no type column) (``python tests/published/score.py --set
batch393``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap5 at 7ceb217
(dev's newest when the batch was done; this worktree branched from dev at 7ceb217).
``score.py --set batch393``:
``TOTAL                      forms  37/41  points  67/67  recall 1.00 precision 1.00 (67/67)  levels  67/67  types  52/67  noise 0``
and ``TOTAL forms=0.902 recall=1.000 precision=1.000 levels=1.000 types=0.776 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/41  points  67/67  recall 1.00 precision 1.00 (67/67)  levels  67/67  types  52/67  noise 0``
and ``TOTAL forms=0.902 recall=1.000 precision=1.000 levels=1.000 types=0.776 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). Six
of the seven ordinary layouts read in full — every form, point, level and type, with ``--strict``
too (the 商务局's list, the 烟霞所's cards, the 检验检测中心's 自查表, the 招商服务中心's 责任清单, the
执法大队's two sheets, the 商贸流通服务中心's list); the seventh, the 城关所's 排查表, reads every point,
level and type but none of its four forms. The truth was not changed after measuring.

Missed:

(a) the harder ``liquan_market_bureau_type_blocks.xlsx`` (sheet 排查表; forms 9/9, points 15/15,
levels 15/15, TYPES 0/15, noise 0): the reader took the first heading (A3:G3) as the table's
heading, the risk column E under ``思想道德风险点``, read the four later headings (A7:G7, A11:G11,
A15:G15, A19:G19: ``制度机制风险点``, ``岗位职责风险点``, ``业务流程风险点``, ``外部环境风险点`` in E) as
repeated headings, and read every row right — 股室, post, holder, point and level, each holder's
rows of several blocks one form (posts.csv F00023–F00031) — but gave NO point a type: risks.csv's
``risk_type`` (and ``raw_risk_type``) is blank for E4–E6 (truth 思想道德), E8–E10 (制度机制),
E12–E14 (岗位职责), E16–E18 (业务流程) and E20–E22 (外部环境), and the sheet has one info
``TABLE_NO_TYPE`` at A3 (no TYPE_BLANK, so no noise). Kind: a list cut into stacked blocks whose
repeated heading rows name the TYPE in the risk column's heading is read as one table with no type
column — the word heading each block is dropped instead of typing the rows under it.

(b) ``liquan_chengguan_station_posts.xlsx`` (sheet 排查表; forms 0/4, points 6/6, levels and types
right): the reader split the title ``礼泉县市场监督管理局城关市场监管所岗位廉政风险点排查表`` (A1) into the
unit ``礼泉县市场监督管理局`` and the 科室 ``城关市场监管所`` for the four posts 所长, 副所长, 食品安全监管员,
协管员 (posts.csv F00001–F00004; truth: unit ``礼泉县市场监督管理局城关市场监管所``, 科室 "", as the
batch's stated call and batch345's and batch378's); the list names no holder, so the forms are
matched by 科室 and post, and score.py accepts the 站所 written both ways only under a 镇, 乡 or
街道, not under a 局. Kind: the known difference of convention on a 局's 市场监管所 (the README notes
it for batch345), which costs forms only where no holder is named — the 烟霞所's cards, read the
same way (F00039–F00041, unit ``礼泉县市场监督管理局``, 科室 ``烟霞市场监管所``), match by their holders.

Unscored besides: the 所长 and 副所长 of the 城关所 and the 所长 of the 烟霞所 read as 中层岗位 (truth
leader, the 所 being a unit of its own); every other unit, 科室, post and tier in posts.csv is the
truth's (局领导, 中心领导 and 大队领导 as the 科室 of the leaders; 股长 and 中队长 中层岗位; 科员, 会计, 出纳,
食品安全监管员, 市场监管员, 协管员, 检验员, 检定员, 执法队员, 信息员 一般岗位). The other issues are info only
(TABLE_NO_TYPE on the two untyped layouts' sheets and on the harder sheet, GRADE_BLANK on the cards
and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: blocks of a list each headed by its type in the point column's
heading ('思想道德风险点', '制度机制风险点') give their rows that type (locate._heading_type; a lone generic
'岗位职责风险点' over a whole list types nothing;
tests/test_columns.py::test_blocks_of_a_list_each_headed_by_its_type). Forms stay 37/41 by the 站所
convention (the 局's 市场监管所 read as its 科室, batch 345's case), so the batch has no is_read test
(score.py --set batch393: forms 37/41, all else 1.00).

Generalised after this measurement (again, the forms): the 城关市场监管所's list is read by the
站所 convention (the 所 after its 局 in the title is the 局's 科室), the truth has the 所 as a unit; the
two writings name the same posts, and score.py now takes them as one form for a 局's 所 as it does
for a 镇's 站所 and a 局's 分局 (batch345's case; tests/test_score_station_writings.py). Neither reader
nor truth changed. The batch now reads 1.00 on every metric, ``--strict`` too, and has its is_read
test.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch393 import (
    BANDS,
    BARE,
    BLOCK_COLS,
    BLOCK_HEADS,
    BLOCK_TAB,
    BLOCK_UNIT,
    BLOCKS,
    GRADES,
    LAYOUTS,
    POINT_COL,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(393, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BLOCK_FILE = "liquan_market_bureau_type_blocks"
HARDER = {BLOCK_FILE}
UNTYPED = {"liquan_yanxia_station_cards", "liquan_enforcement_brigade_two_sheets"}
NOBODY = {"liquan_chengguan_station_posts"}
STATIONS = {"liquan_yanxia_station_cards", "liquan_chengguan_station_posts"}
GAP = "\u3000"


def test_batch393_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=391, unit_words=("礼泉县",), new_people=True)


def test_batch393_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 15))
    assert RESAVED == ()


def test_batch393_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch393_every_unit_is_of_liquan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("礼泉县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # the two 市场监管所 are units of their own, with no 科室
    for name in STATIONS:
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}, name
        assert BY_NAME[name]["truth"][0]["unit"].endswith("市场监管所"), name


def test_batch393_type_blocks():
    name = BLOCK_FILE
    sheet = BATCH.sheet(name, BLOCK_TAB)
    rows = sheet["rows"]
    assert BY_NAME[name]["truth"][0]["unit"] == BLOCK_UNIT
    # five heading rows, equal but for the word heading the risk column, one a type
    heads = [r for r, row in enumerate(rows) if row and row[0] == "序号"]
    assert len(heads) == len(BLOCKS) == len(TYPES)
    words = [rows[r][POINT_COL] for r in heads]
    assert words == [w for w, _ in BLOCKS] == list(BLOCK_HEADS)
    assert [BLOCK_HEADS[w] for w in words] == list(TYPES)
    for r in heads:
        assert [c for i, c in enumerate(rows[r]) if i != POINT_COL] == [
            c for c in BLOCK_COLS if c is not None
        ]
        assert rows[r][POINT_COL].endswith("风险点")
    # no type column, no group or caption row, no blank row between the blocks
    assert not any("类型" in str(c) or "类别" in str(c) for r in heads for c in rows[r])
    assert heads == sorted(heads) and all(
        rows[r] and isinstance(rows[r][0], int)
        for r in range(heads[0] + 1, heads[-1])
        if r not in heads
    )
    assert not any(m[0] >= heads[0] for m in sheet["merges"])  # nothing merged in the table
    # every row: its type the heading above it, its level its own 风险等级 cell
    got, types, numbers = [], [], []
    word = None
    for r in range(heads[0], len(rows)):
        row = rows[r]
        if r in heads:
            word, numbers = row[POINT_COL], numbers + [[]]
            continue
        if row and isinstance(row[0], int):
            n, dept, post, who, point, lv, _measures = row
            numbers[-1].append(n)
            got.append((dept, post, who, point, HML[lv]))
            types.append((point, [BLOCK_HEADS[word]]))
    # (the truth lists a form's points together: one person's rows of several blocks)
    assert sorted(got) == sorted(BATCH.truth_rows(name)) and len(got) == len(set(got))
    answers = BATCH.answers(name)
    assert all(answers[point][4] == typ for point, typ in types)
    assert all(ns == list(range(1, len(ns) + 1)) for ns in numbers)  # 序号 from 1 in each block
    # one person's points in several blocks are one form; 股室, 岗位 and 姓名 on every row
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len(STAFF) < len(got)
    assert {(f["department"], f["title"], f["person"]) for f in forms} == {
        (d, p, w) for w, (d, p, _tier) in STAFF.items()
    }
    spread = {w: {word for word, rs in BLOCKS for who, *_ in rs if who == w} for w in STAFF}
    assert sum(len(b) > 1 for b in spread.values()) >= 5
    assert {r[5] for r in BATCH.numbered(name, BLOCK_TAB)} == set(HML)


def test_batch393_plain_tables_by_heading():
    cases = [
        ("liquan_commerce_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("liquan_chengguan_station_posts", {"post": "岗位", "point": "风险点"}),
        ("liquan_trade_service_center_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.rows("liquan_commerce_bureau_list")[0] == ["附件1"]
    assert {r[6] for r in BATCH.table("liquan_commerce_bureau_list")} == set(HML)
    # the short 风险点 is the point, the long 风险表现 none; nobody
    name = "liquan_chengguan_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert all(len(row[2]) < len(row[3]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "liquan_trade_service_center_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch393_leaders_and_squadrons_in_two_sheets():
    name = "liquan_enforcement_brigade_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "大队领导",
        fixed={"dept": "大队领导"},
    )
    assert got == BATCH.truth_rows(name, "大队领导")
    assert BATCH.rows(name, "大队领导")[0][0].endswith("大队领导廉政风险防控表")
    heads = {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "中队") == BATCH.truth_rows(name, "中队")
    works = {r[3] for r in BATCH.table(name, "大队领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r[5] for r in BATCH.table(name, "中队")} == set(GRADES)


def test_batch393_group_rows_give_the_department():
    name = "liquan_investment_center_duties"
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


def test_batch393_one_sheet_a_person():
    name = "liquan_yanxia_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[1][4] == "负责片区" and rows[2][0].startswith("岗位职责：")
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {rows[2][0], rows[1][5]}  # 岗位职责, 负责片区 no points
    name = "liquan_testing_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"], "所在科室",
                           f["department"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch393_is_read(tmp_path):
    BATCH.is_read(tmp_path)
