"""The three-hundred-and-sixty-sixth batch of published layouts (tests/published/batch366.py): seven
ordinary files as the 机关事务 and 政务 bodies of one district (高陵区) really send them — the
机关事务服务中心's two sheets ``中心领导 | 内设科室`` with ``一级/二级/三级``, the 公共资源交易中心's 一览表
written out on every row with short types and 高/中/低, the 政务服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 接待办's 防控卡 one sheet a holder with ``★★★/★★/★``, the
公务用车服务中心's 自查表 one sheet a person with a label row over a value row and ``高风险/中风险/
低风险``, the 12345热线中心's 责任清单 with ``一级风险/二级风险/三级风险`` and a last ``责任领导`` column,
the 政务大数据服务中心's 一览表 under group rows with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 档案馆's
一览表 drafted as a Word outline, with no 科室, 岗位 or 姓名 column, its holders given by TWO NESTED
LEVELS OF GROUP ROWS (``一、办公室`` the 科室, ``（一）主任　昝樨棻`` under it the post and holder)
(``python tests/published/score.py --set batch366``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 8cbcc79
(dev's newest when the batch was done; main's newest is f5cd0ec, an ancestor; this worktree
branched from dev at 8cbcc79). ``score.py --set batch366``:
``TOTAL                      forms  38/38  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with ``--strict`` too — the harder
``gaoling_archives_nested_group_rows.xlsx`` included: the reader took each outer group row
(``一、馆领导`` … ``四、保管利用科``) as the 科室 and each inner ``（一）…　…`` row as the post and
holder of the points under it (posts.csv F00007–F00014: 馆领导/馆长/郏蘅沚 … 保管利用科/档案管理员/
郤玙蘅, all thirteen points with their levels and types, the ``section`` column left blank). The
truth was not changed after measuring.

Missed: nothing, scored or unscored. Every unit, 科室, post and tier in posts.csv is as the truth
has it (the 档案馆's 办公室 主任 中层岗位, the 接待办's 主任 with 科室 ``办领导`` 领导岗位, the 热线中心's
主任 the holder of his own rows only, not of the 责任领导 column). The issues are info only:
TABLE_NO_TYPE (7: the 机关事务服务中心's two sheets, the 接待办's three cards, the 热线中心's list and
the 大数据服务中心's list), GRADE_BLANK (6: the three cards and the three 自查表), FILE_SKIPPED
(truth.json). Kind: none — the nested group rows, though the README's 读得懂的表 does not describe
them, are already read by the rules for one level of each (``一、办公室`` as 科室, a group row
``post　name`` as post and holder), which nest as they stand.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch366 import (
    BANDS,
    BARE,
    GRADES,
    INNER,
    LAYOUTS,
    NESTED,
    NESTED_HEAD,
    OUTER,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(366, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
NESTED_FILE = "gaoling_archives_nested_group_rows"
HARDER = {NESTED_FILE}
UNTYPED = {
    "gaoling_affairs_center_two_sheets",
    "gaoling_reception_office_cards",
    "gaoling_hotline_center_duties",
    "gaoling_data_center_group_rows",
}
NOBODY = {"gaoling_service_center_posts"}
GAP = "\u3000"


def test_batch366_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=362, unit_words=("高陵区",), new_people=True)


def test_batch366_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch366_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch366_every_unit_is_of_gaoling_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("高陵区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch366_nested_group_rows_give_the_department_post_and_holder():
    name = NESTED_FILE
    head = BATCH.header(name)
    assert tuple(BATCH.sheet(name)["rows"][head]) == NESTED_HEAD
    assert not {"科室", "岗位", "姓名", "责任人", "部门"} & set(NESTED_HEAD)  # no holder column
    rows = BATCH.filled(name)
    dept = post = who = None
    got, outer, inner = [], 0, 0
    for r, row in enumerate(rows[head + 1 :], head + 1):
        first = row[0]
        if isinstance(first, str) and first[:2] in {f"{o}、" for o in OUTER}:
            assert BATCH.merged(name, 0, r, 0, len(NESTED_HEAD) - 1)
            dept, post, who, outer = first[2:], None, None, outer + 1
        elif isinstance(first, str) and first.startswith(INNER):
            assert BATCH.merged(name, 0, r, 0, len(NESTED_HEAD) - 1)
            post, who = first[len("（一）") :].split(GAP)
            inner += 1
        elif isinstance(first, int):
            assert dept and post and who, row  # every point under an outer and an inner row
            got.append((dept, post, who, row[1], HML[row[3]]))
    assert got == BATCH.truth_rows(name)
    assert outer == len(NESTED) and inner == len(BY_NAME[name]["truth"])
    assert [r["types"] for r in BATCH.points(name)] == [types_in(r[2]) for r in BATCH.table(name)]
    # the inner numbering restarts under each 科室, the points' numbering under each holder
    expected_inner = [
        f"{INNER[p]}{post}{GAP}{who}"
        for _, people in NESTED
        for p, (post, who, _, _) in enumerate(people)
    ]
    assert [t for t in texts_of(name) if t.startswith(INNER)] == expected_inner
    numbers = [r[0] for r in BATCH.table(name)]
    assert numbers.count(1) == len(BY_NAME[name]["truth"])
    # the group rows are no points, and each holder stands nowhere but in his inner row
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & set(texts_of(name))
    for f in BY_NAME[name]["truth"]:
        assert [t for t in texts_of(name) if f["person"] in t] == [
            t for t in expected_inner if t.endswith(f"{f['title']}{GAP}{f['person']}")
        ]


def texts_of(name) -> list[str]:
    """The texts in column A of a layout's first sheet (titles, group rows, sign-off lines)."""
    return [row[0] for row in BATCH.rows(name) if isinstance(row[0], str)]


def test_batch366_plain_tables_by_heading():
    cases = [
        ("gaoling_trading_center_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("gaoling_service_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类别"),
        ("gaoling_hotline_center_duties",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 热线中心's last column names the 主任 on every row: a supervisor
    name = "gaoling_hotline_center_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point, the long 风险表现 none; the 中心 names nobody
    name = "gaoling_service_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # every row written out, nothing merged but the title
    name = "gaoling_trading_center_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # the 机关事务服务中心's two sheets
    name = "gaoling_affairs_center_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "中心领导",
        fixed={"dept": "中心领导"},
    )
    assert got == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设科室") == BATCH.truth_rows(name, "内设科室")
    works = {r[3] for r in BATCH.table(name, "中心领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch366_group_rows_give_the_department():
    name = "gaoling_data_center_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 5)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch366_one_sheet_a_person():
    name = "gaoling_reception_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}  # 工作环节
    name = "gaoling_official_car_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS)


def test_batch366_is_read(tmp_path):
    BATCH.is_read(tmp_path)
