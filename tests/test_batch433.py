"""The four-hundred-and-thirty-third batch of published layouts (tests/published/batch433.py): seven
ordinary files as the 政务服务 and 信访 bodies of one county (米脂县) really send them — the 信访局's file
in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 12345便民服务热线中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 公共资源交易中心's 一览表 under group rows ``一、中心领导`` …
with ``高风险/中风险/低风险``, the 杨家沟镇便民服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
沙家店镇便民服务中心's 自查表 one sheet a person with 高/中/低, the 龙镇便民服务中心's 责任清单 with
``一级风险/二级风险/三级风险``, the 桃镇便民服务中心's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and
a last ``责任领导`` column — and one harder: the 政务服务中心's 一览表 whose 窗口 staff, sent by the
进驻部门, are written with THEIR OWN UNIT in brackets under the name (``笪珩樾⏎（县市场监管局）``)
(``python tests/published/score.py --set batch433``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap15 at 6978032
(this worktree branched from dev at the same commit). ``score.py --set batch433``:
``TOTAL                      forms  34/34  points  58/58  recall 1.00 precision 1.00 (58/58)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  34/34  points  58/58  recall 1.00 precision 1.00 (58/58)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). ALL EIGHT layouts read in full — every form, point, level and type, with ``--strict``
too — the harder one included: each ``姓名⏎（所在单位）`` cell was read as the holder by the name, the
bracketed unit left out of the person, the post, the 科室 and the unit (posts.csv: unit
``米脂县政务服务中心``, 科室 ``市场准入窗口`` / ``社保医保窗口`` / ``不动产登记窗口``, posts 首席代表, 受理员,
审核员 as the truth's), with no issue raised for it. No scored miss; the truth was not changed after
measuring.

Unscored besides (posts.csv): the post ``首席代表`` (笪珩樾, harder file) and ``综合窗口负责人`` (嵇湄瑄,
龙镇 list) came out with no tier (truth middle); the four town 便民服务中心 files were read with the
unit cut at the town and the 中心 as its 科室 (``米脂县杨家沟镇`` | ``便民服务中心`` …; the scorer counts
both writings of a town body's own file as one), and so the 杨家沟镇 主任 and 副主任 and the 沙家店镇 and
龙镇 主任 came out 中层岗位 (truth leader: the README's standing convention that a 镇's 站所 is the town's
科室, on which the batches differ); in the 桃镇 list the unit was ``米脂县桃镇`` with the 部门 cells as
科室 (``中心领导`` …, its 主任 领导岗位). Every other unit, 科室, post and tier is the truth's. The issues
are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Kind: none scored; a holder's own unit written in brackets under his name is read right as it
stands (the reader takes the name as the holder and drops the bracket), so this shape is no new
difficulty for the reader at 6978032.

Generalised after this measurement: nothing to generalise: the reader took the holder's name and
left the bracketed home unit on the line below it aside.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch433 import (
    BANDS,
    BARE,
    GRADES,
    HOME_HEAD,
    HOME_NAME,
    HOME_NOTE,
    HOME_PERSON,
    HOME_ROWS,
    HOME_TAB,
    HOME_UNIT,
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
BATCH = Batch(433, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {HOME_NAME}
UNTYPED = {
    "mizhi_petition_bureau_two_sheets",
    "mizhi_yangjiagou_cards",
    "mizhi_shajiadian_selfchecks",
    "mizhi_taozhen_every_row",
}
NOBODY = {"mizhi_hotline_posts"}
GAP = "\u3000"


def test_batch433_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=427, unit_words=(PLACE,), new_people=True)


def test_batch433_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch433_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch433_every_unit_is_of_mizhi_and_stands_in_its_sheet():
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


def test_batch433_holders_with_their_own_unit_under_the_name():
    name = HOME_NAME
    head = BATCH.heading(name, HOME_TAB)
    assert tuple(head) == HOME_HEAD
    table = BATCH.table(name, HOME_TAB)
    homes = {who: home for _, _, who, home, _, _ in HOME_ROWS}
    # each 工作人员 cell: the name, and under it the unit he belongs to in brackets (or nothing)
    for row in table:
        cell = row[HOME_PERSON]
        m = re.fullmatch(r"([\u4e00-\u9fff]{3})(?:\n（(.+)）)?", cell)
        assert m, cell
        assert homes[m.group(1)] == m.group(2), cell
    sent = {who for who, home in homes.items() if home}
    assert len(sent) >= 3 and len(set(homes.values()) - {None}) == 3
    # the bracketed units are no unit, 科室 or post of the truth, and the holder is the name alone
    forms = BY_NAME[name]["truth"]
    assert {f["unit"] for f in forms} == {HOME_UNIT}
    for f in forms:
        assert f["person"] in homes and "（" not in f["person"]
        for home in set(homes.values()) - {None}:
            assert home not in (f["department"], f["title"]) and home not in f["unit"]
    got = [(row[1], row[2], row[HOME_PERSON].split("\n")[0], row[4], HML[row[6]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert [[row[5]] for row in table] == [p["types"] for p in BATCH.points(name)]
    # the note says how the cell is written, and it is no point
    assert any(row[0] == HOME_NOTE for row in BATCH.rows(name, HOME_TAB))
    assert HOME_NOTE not in {p["risk_point"] for p in BATCH.points(name)}
    # the 中心's own staff hold the leaders' and the 综合股's posts, the sent ones the 窗口 posts
    for f in forms:
        assert (f["person"] in sent) == f["department"].endswith("窗口"), f


def test_batch433_plain_tables_by_heading():
    cases = [
        ("mizhi_hotline_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("mizhi_longzhen_duty_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类型"),
        ("mizhi_taozhen_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    name = "mizhi_hotline_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    # 职责事项 no point
    name = "mizhi_longzhen_duty_list"
    assert not {row[3] for row in BATCH.table(name)} & {p["risk_point"] for p in BATCH.points(name)}
    # every row written out, nothing merged below the title; the 责任领导 one supervisor
    name = "mizhi_taozhen_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert len({row[7] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][7]}
    assert {r[5] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch433_leaders_and_staff_in_two_sheets():
    name = "mizhi_petition_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch433_group_rows_give_the_department():
    name = "mizhi_trading_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BANDS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch433_one_sheet_a_person():
    name = "mizhi_yangjiagou_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "mizhi_shajiadian_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"岗{GAP}位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[4] for r in BATCH.table(name, f["sheet"])} & points  # 自查情况 no point


def test_batch433_is_read(tmp_path):
    BATCH.is_read(tmp_path)
