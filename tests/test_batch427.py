"""The four-hundred-and-twenty-seventh batch of published layouts (tests/published/batch427.py): seven
ordinary files as the 能源 and 发改 bodies of one city (神木市) really send them — the 能源局's 责任清单
with ``股室`` merged, ``职责事项`` and ``一级/二级/三级``, the 发展和改革局's two sheets ``局领导 | 股室``
with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 煤炭安全生产服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
节能监察中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
大柳塔镇能源服务站's 自查表 one sheet a person with ``高级/中级/低级``, the 店塔镇能源服务站's 责任清单
under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 中鸡镇能源服务站's 一览表
written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 孙家岔镇能源服务站's 自查表 of
staff who each hold a MAIN AND A SIDE POST, named only in the fields ``主　岗 | … | 兼　岗 | …`` above
the table, each row's ``岗位`` cell holding only the label ``主岗`` or ``兼岗``, the two posts' points
interleaved by level (``python tests/published/score.py --set batch427``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap14 at 93a683f
(this worktree branched from dev at the same commit). ``score.py --set batch427``:
``TOTAL                      forms  38/38  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  68/68  types  68/68  noise 3``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=3``; with
``--strict``:
``TOTAL                      forms  32/38  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  68/68  types  68/68  noise 3``
and ``TOTAL forms=0.842 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=3``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one reads in full WITHOUT ``--strict`` (every holder, point,
level; the scorer matches a named holder's form by the holder alone) and misses all six forms with
it. The truth was not changed after measuring.

Missed, all in the harder ``shenmu_sunjiacha_station_main_side_posts.xlsx`` (forms 6/6, with
``--strict`` 0/6; points 13/13, precision 13/13, levels 13/13; noise 3). The reader read each
sheet's table under its heading (row 4) and split every holder's rows into TWO forms by the word in
the ``岗位`` column — the same split as the truth's, every point in the right one — but took that
word itself as the post:

- sheet 訾岑滢: B5, B7, B9 ``主岗`` read as the post ``主岗`` (posts.csv F00029; truth ``站长``, tier
  leader) and B6, B8 ``兼岗`` as the post ``兼岗`` (F00030; truth ``燃气安全检查员``, general);
- sheet 郏晞淼: B6, B8 ``主岗`` → post ``主岗`` (F00032; truth ``技术员``), B5, B7 ``兼岗`` → post
  ``兼岗`` (F00031; truth ``统计员``);
- sheet 聂璘岙: B5, B7 ``主岗`` → post ``主岗`` (F00033; truth ``补贴核查员``), B6, B8 ``兼岗`` → post
  ``兼岗`` (F00034; truth ``报账员``);
- all six forms without a tier (truth leader for the 站长, general for the rest);
- the fields row that names the posts, A3 of each sheet (``主　岗 站长 兼　岗 燃气安全检查员``,
  ``主　岗 技术员 兼　岗 统计员``, ``主　岗 补贴核查员 兼　岗 报账员``), was reported as a warning
  ROW_UNPLACED (``表格外内容…未被收录``), the three counted as noise.

Kind: a post cell that holds only a field LABEL (``主岗``/``兼岗``) is read as the post's name, not
looked up in the labelled fields above the table that name the main and the side post, and that
fields row is reported as content outside the table.

Unscored besides: the stations' own files were read with the unit cut at the town and the 站 as its
科室 (``神木市孙家岔镇`` | ``能源服务站``, and so for 大柳塔镇 and 中鸡镇; the scorer counts both writings of
a 站's own file as one), and so the 大柳塔镇 and 中鸡镇 站长 and the 中鸡镇 副站长 came out 中层岗位
(truth leader; the 店塔镇 站长 under ``一、站领导`` came out 领导岗位). Every other unit, 科室, post and
tier in posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE on the untyped
sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: posts a person holds named by labels above his table ('主　岗 | 站长
| 兼　岗 | 燃气安全检查员'; '第二岗位', '兼任职务') give the 岗位 column's '主岗', '兼岗' their posts, and that row is no
row out of place; test_posts_named_by_labels_above_the_table in tests/test_columns.py says it in
other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch427 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MAIN,
    PLACE,
    RANKS,
    RESAVED,
    RISKS,
    ROMAN,
    SIDE,
    SIDE_HEAD,
    SIDE_NAME,
    SIDE_PEOPLE,
    SIDE_UNIT,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **RANKS, **STARS, **RISKS}
BATCH = Batch(427, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {SIDE_NAME}
UNTYPED = {
    SIDE_NAME,
    "shenmu_drc_two_sheets",
    "shenmu_coal_safety_center_cards",
    "shenmu_diantai_station_group_rows",
}
NOBODY = {"shenmu_energy_saving_center_posts"}
GAP = "\u3000"


def test_batch427_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=427, unit_words=(PLACE,), new_people=True)


def test_batch427_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch427_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch427_every_unit_is_of_shenmu_and_stands_in_its_sheet():
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


def test_batch427_main_and_side_posts_by_the_label_in_each_row():
    forms = BY_NAME[SIDE_NAME]["truth"]
    assert {f["unit"] for f in forms} == {SIDE_UNIT}
    assert [s["name"] for s in BY_NAME[SIDE_NAME]["sheets"]] == [p[0] for p in SIDE_PEOPLE]
    for who, main, _mt, side, _st, _check, _points in SIDE_PEOPLE:
        rows = BATCH.filled(SIDE_NAME, who)
        assert rows[1][:5] == [f"姓{GAP}名", who, who, "所在单位", SIDE_UNIT]
        assert rows[2][:5] == [f"主{GAP}岗", main, main, f"兼{GAP}岗", side]
        assert tuple(rows[3]) == SIDE_HEAD
        # the labels above, spaces out, are the words the rows carry
        fields = {norm(rows[2][0]): rows[2][1], norm(rows[2][3]): rows[2][4]}
        assert set(fields) == {MAIN, SIDE}
        table = BATCH.table(SIDE_NAME, who)
        # the 岗位 column holds only the labels, never a post
        assert {r[1] for r in table} == {MAIN, SIDE}
        assert not {r[1] for r in table} & {main, side}
        # the posts are named once each, in the fields row, nowhere in the table
        named = [c for row in BATCH.sheet(SIDE_NAME, who)["rows"] for c in row if c in (main, side)]
        assert sorted(named) == sorted([main, side])
        # reading each row's label through the fields gives the truth: two forms, one holder
        got = [("", fields[r[1]], who, r[2], HML[r[3]]) for r in table]
        assert sorted(got) == sorted(BATCH.truth_rows(SIDE_NAME, who))
        mine = [f for f in forms if f["sheet"] == who]
        assert sorted(f["title"] for f in mine) == sorted([main, side])
        assert {f["person"] for f in mine} == {who} and {f["department"] for f in mine} == {""}
        # rows by level, highest first, and the two posts' points interleaved (no one run each)
        levels = [HML[r[3]] for r in table]
        assert levels == sorted(levels)
        tags = [r[1] for r in table]
        runs = [t for i, t in enumerate(tags) if i == 0 or tags[i - 1] != t]
        assert len(runs) > 2, tags
        # nothing merged below the fields rows: no merged post cell groups the rows
        head = BATCH.header(SIDE_NAME, who)
        assert all(m[0] == m[2] for m in BATCH.sheet(SIDE_NAME, who)["merges"] if m[0] > head)
        # 自查情况 is no point
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(SIDE_NAME)}
    tiers = {(f["title"], f["tier"]) for f in forms}
    assert ("站长", "leader") in tiers and all(t == "general" for p, t in tiers if p != "站长")


def test_batch427_plain_tables_by_heading():
    cases = [
        ("shenmu_energy_bureau_duty_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("shenmu_energy_saving_center_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("shenmu_zhongji_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 no point
    name = "shenmu_energy_bureau_duty_list"
    assert not {r[4] for r in BATCH.table(name)} & {p["risk_point"] for p in BATCH.points(name)}
    assert {r[7] for r in BATCH.table(name)} == set(GRADES)
    # the short point is the point (one row each), the long 风险表现 none; no names
    name = "shenmu_energy_saving_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # every row written out, nothing merged below the title lines
    name = "shenmu_zhongji_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch427_leaders_and_staff_in_two_sheets():
    name = "shenmu_drc_two_sheets"
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
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch427_group_rows_give_the_department():
    name = "shenmu_diantai_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch427_one_sheet_a_person():
    name = "shenmu_coal_safety_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "shenmu_daliuta_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"岗{GAP}位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        types = [r["types"] for r in BATCH.points(name, f["sheet"])]
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == types
        assert {r[3] for r in table} <= set(RANKS)
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}


def test_batch427_is_read(tmp_path):
    BATCH.is_read(tmp_path)
