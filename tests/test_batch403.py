"""The four-hundred-and-third batch of published layouts (tests/published/batch403.py): seven
ordinary files as the 林业 and 旅游 bodies of one county (太白县) really send them — the 林业局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 文化和旅游局's 责任清单 under group rows ``一、局领导`` …
with ``一级风险/二级风险/三级风险``, the 太白山景区服务中心's 一览表 with ``部门`` merged and 高/中/低, the
咀头镇林业站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 桃川镇林业站's 自查表 one sheet a person
with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 鹦鸽镇林业站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 靖口镇林业站's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last
``责任人`` column — and one harder: the 黄柏塬自然保护区管理站's 一览表 whose ``廉政风险点`` heading is one
cell merged over TWO FILLED COLUMNS, no second heading row, the left cell of each row the point's
short name and the right, headless, how it shows (``python tests/published/score.py --set batch403``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap8 at e2f2af5
(main's newest when the batch was done; this worktree branched from dev at e2f2af5).
``score.py --set batch403``:
``TOTAL                      forms  40/40  points  54/65  recall 0.83 precision 0.83 (54/65)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.831 precision=0.831 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  40/40  points  54/65  recall 0.83 precision 0.83 (54/65)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.831 precision=0.831 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
SEVEN ORDINARY layouts read in full: every form, point, level and type, with ``--strict`` too
(every 科室 and post as the scorer compares them). The harder one read every form (6/6: each
holder with his 股室 and post, from ``股室 | 岗位 | 姓名``) but none of its 11 points (0/11, precision
0/11). The truth was not changed after measuring.

Every scored miss is in the harder ``taibai_huangbaiyuan_station_named_points.xlsx`` (sheet 一览表,
rows 4–14, the two cells under the ``廉政风险点`` heading merged over E3:F3). On every row the reader
JOINED the two parts into one point, the name, a line break and how it shows (risks.csv
``risk_point``; ``description`` left blank), so the scorer's key never meets the truth's:

- E4+F4 (站长 郦岫桤): read ``保护区建设项目插手干预⏎在保护站基础设施…``; truth ``保护区建设项目插手干预``;
- E5+F5 (站长 郦岫桤): read ``生态补偿资金分配不公⏎对社区生态补偿资…``; truth ``生态补偿资金分配不公``;
- E6+F6 (副站长 阙崡柽): read ``违规同意进入核心区⏎对未经批准进入核…``; truth ``违规同意进入核心区``;
- E7+F7 (副站长 阙崡柽): read ``科研合作经费管理不严⏎与科研单位合作监…``; truth ``科研合作经费管理不严``;
- E8+F8 (股长 笪嵋楩): read ``案件线索压案不查⏎对巡护中发现的盗…``; truth ``案件线索压案不查``;
- E9+F9 (股长 笪嵋楩): read ``巡护记录审核走过场⏎对巡护员的巡护轨…``; truth ``巡护记录审核走过场``;
- E10+F10 (巡护员 隗峄椤): read ``巡护经费虚报冒领⏎虚报巡护天数和里…``; truth ``巡护经费虚报冒领``;
- E11+F11 (巡护员 隗峄椤): read ``私自放行违法人员⏎在卡点检查中收受…``; truth ``私自放行违法人员``;
- E12+F12 (股长 厍岍枞): read ``野生动物救护经费套取⏎虚报救护野生动物…``; truth ``野生动物救护经费套取``;
- E13+F13 (股长 厍岍枞): read ``宣传资料印制指定厂家⏎宣传手册、展板的…``; truth ``宣传资料印制指定厂家``;
- E14+F14 (会计 缑嵝梣): read ``管护资金支付审核不严⏎对天然林管护、护…``; truth ``管护资金支付审核不严``.

Their levels (G) and types (H) were read right on every row (the scorer does not count them, the
points being unmatched), and no issue was raised for the file (no COLUMN_GUESSED, nothing but
info). Kind: a point heading merged over two filled columns with no sub-heading is read as ONE
point column whose two cells are joined (as a heading over a sub-divided column is joined,
``防控措施`` over ``制度措施 | 监督措施``), so the point's short name and how it shows become one
point, instead of the left cell being the point and the right its description.

Unscored besides: the heads of the four 镇林业站 (站长 亓巉檗 F00021, 副站长 宓崦栩 F00022, 站长 钭巘樟
F00031, the 鹦鸽镇 站长 post F00034, 站长 敖岱桦 F00038, 副站长 俟峄梓 F00039) read as 中层岗位; the truth has
them leaders (heads of a 站 that is a unit of its own, as batch401's 所长). Kind: a 站长 read as the
head of a 站 inside a 镇 (the reader wrote the unit ``太白县X镇`` and the 科室 ``林业站``, one of the two
ways the scorer accepts for a 站所's own file), so a middle post. Every other unit, 科室, post and
tier in posts.csv is the truth's (局领导, 中心领导 and 站领导 as the 科室 of those leaders; 股长, 办公室主任,
森林防火办公室 主任 and 部长 中层岗位; the 管理站's 站长 and 副站长 领导岗位). The other issues are info only
(TABLE_NO_TYPE on the untyped cards, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a point heading merged over two columns with no sub-headings, a
short name a row on the left and a sentence on how it shows on the right, gives the point and its
description (locate._name_then_text;
tests/test_columns.py::test_a_point_heading_over_a_short_name_and_a_sentence). The batch now reads
in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch403 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    NAMED_HEAD,
    NAMED_NAME,
    NAMED_POINT,
    NAMED_ROWS,
    NAMED_SHOWS,
    NAMED_UNIT,
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
BATCH = Batch(403, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {NAMED_NAME}
UNTYPED = {"taibai_zuitou_station_cards"}
NOBODY = {"taibai_yingge_station_posts"}
GAP = "\u3000"


def test_batch403_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=403, unit_words=("太白县",), new_people=True)


def test_batch403_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch403_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch403_every_unit_is_of_taibai_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("太白县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch403_point_heading_over_the_name_and_how_it_shows():
    name = NAMED_NAME
    sheet = BATCH.sheet(name)
    head = BATCH.header(name)
    assert tuple(sheet["rows"][head]) == NAMED_HEAD
    # ONE heading cell over the two parts, and no second heading row
    assert (head, NAMED_POINT, head, NAMED_SHOWS) in sheet["merges"]
    assert sheet["rows"][head + 1][0] == 1
    table = BATCH.table(name)
    # the left part never merged down, each row its own; the right one longer on every row
    assert not any(m[1] == NAMED_POINT and m[0] != m[2] for m in sheet["merges"])
    lefts = [row[NAMED_POINT] for row in table]
    assert len(set(lefts)) == len(lefts) == sum(len(p) for *_, p in NAMED_ROWS)
    assert all(len(row[NAMED_POINT]) + 10 < len(row[NAMED_SHOWS]) for row in table)
    assert all(7 <= len(row[NAMED_POINT]) <= 13 for row in table)
    # the point is the left part; the right part is no point
    fixed = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, fixed) == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[NAMED_SHOWS] for row in table}
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    assert {row[7] for row in table} == set(HML)
    assert all(f["unit"] == NAMED_UNIT for f in BY_NAME[name]["truth"])


def test_batch403_plain_tables_by_heading():
    cases = [
        ("taibai_scenic_center_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("taibai_yingge_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("taibai_jingkou_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "taibai_yingge_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert all(len(row[2]) < len(row[3]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in table} == set(BANDS)
    # the scenic centre: 部门 merged, 岗位 and 姓名 merged per person, 高/中/低
    name = "taibai_scenic_center_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 中心领导 over three rows
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the holder LAST
    name = "taibai_jingkou_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head[-1] == "责任人" and head.index("防控措施") == len(head) - 2
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch403_leaders_and_staff_in_two_sheets():
    name = "taibai_forestry_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for sheet in ("局领导", "股室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {r[6] for r in BATCH.table(name, "股室")} <= set(GRADES)


def test_batch403_group_rows_give_the_department():
    name = "taibai_culture_tourism_bureau_groups"
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


def test_batch403_one_sheet_a_person():
    name = "taibai_zuitou_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "工作职责"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert not {rows[2][1]} & {p["risk_point"] for p in BATCH.points(name)}
    name = "taibai_taochuan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(ROMAN)
    # the 林业站 are units of their own: their heads are leaders, no 科室 anywhere
    for name in ("taibai_zuitou_station_cards", "taibai_taochuan_station_selfchecks",
                 "taibai_yingge_station_posts", "taibai_jingkou_station_every_row"):  # fmt: skip
        for f in BY_NAME[name]["truth"]:
            assert f["department"] == ""
            assert (f["tier"] == "leader") == (f["title"] in ("站长", "副站长")), f


def test_batch403_is_read(tmp_path):
    BATCH.is_read(tmp_path)
