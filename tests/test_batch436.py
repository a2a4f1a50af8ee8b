"""The four-hundred-and-thirty-sixth batch of published layouts (tests/published/batch436.py): seven
ordinary files as the 档案 and 史志 bodies of one county (清涧县) really send them — the
党史研究室's file in two sheets ``室领导``/``科室`` with ``一级/二级/三级``, the 地方志办公室's 责任清单
under group rows ``一、办领导`` … with ``一级风险/二级风险/三级风险``, the 档案管理服务中心's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 城建档案馆's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 宽州镇档案室's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
折家坪镇档案室's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column, the
方志馆's 一览表 with 高/中/低 — and one harder: the 档案馆's 一览表 whose ``岗位`` is merged across
``领导岗位 | 中层岗位 | 一般岗位``, each row's post written in the one sub-column of its tier
(``python tests/published/score.py --set batch436``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap15 at 6978032
(this worktree branched from dev at the same commit). ``score.py --set batch436``:
``TOTAL                      forms  36/36  points  62/62  recall 1.00 precision 1.00 (62/62)  levels  62/62  types  62/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  29/36  points  62/62  recall 1.00 precision 1.00 (62/62)  levels  62/62  types  62/62  noise 0``
and ``TOTAL forms=0.806 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). Every layout reads in full without ``--strict`` (every form by its holder, every
point, level and type); with ``--strict`` SIX layouts read in full — the 党史研究室's, 地方志办公室's,
档案管理服务中心's, 城建档案馆's, 折家坪镇档案室's and 方志馆's — and two lose forms on the post. The truth
was not changed after measuring.

Missed with ``--strict`` only:

- in the harder ``qingjian_archives_tier_columns.xlsx`` (sheet 一览表; forms 2/8, points 13/13, levels
  and types all right): the reader took the first sub-column ``领导岗位`` (C) as THE ``岗位`` column and
  set the other two aside (info COLUMN_GUESSED at D3 and E3: ``表头“岗位中层岗位”…按内容判断为“其他”
  (已有另一列作为“岗位”)``), so 馆长 (C5) and 副馆长 (C7) came out right and every post written under
  ``中层岗位`` or ``一般岗位`` came out BLANK (posts.csv F00006–F00011, tier blank too), where the truth
  reads the one filled sub-column: D9 ``科长`` (接收征集科 | 盖珩漪; truth 科长, middle), E11 ``科员``
  (接收征集科 | 扶昶澜; 科员, general), D12 ``科长`` (保管利用科 | 戢岫琮; 科长, middle), E14 ``查档接待员``
  (保管利用科 | 弘沅霁; 查档接待员, general), D16 ``主任`` (办公室 | 宦澧芃; 主任, middle), E17 ``会计``
  (办公室 | 沃珏岚; 会计, general). Kind: a ``岗位`` heading merged over ``领导岗位 | 中层岗位 | 一般岗位``,
  each row writing its post in the sub-column of its tier, is read as one post column (the first)
  and two unknown ones, so the posts of the middle and general tiers are lost (their holders, 科室,
  points, levels and types are all read right);
- in ``qingjian_kuanzhou_archives_selfchecks.xlsx`` (sheet 晁沛珈; forms 1/2): the post B3
  ``档案室负责人`` was split into the 科室 ``档案室`` and the post ``负责人`` (posts.csv F00022, unit
  ``清涧县宽州镇``; truth post ``档案室负责人``, the 档案室 itself the unit, no 科室). Kind: a 镇档案室's own
  file is read as the 镇's 科室 ``档案室`` (as the reader does with a 镇's 站所), and its head's post
  ``档案室负责人`` loses the 档案室 as a 科室 prefix — the truth, as the README says of ``中心主任``,
  keeps the unit's own head's post whole.

Unscored besides: the two 镇档案室 files (宽州镇 F00022–F00023, 折家坪镇 F00034–F00036) were read as unit
``清涧县宽州镇``/``清涧县折家坪镇`` with 科室 ``档案室`` (truth unit ``清涧县宽州镇档案室``/
``清涧县折家坪镇档案室``, no 科室; the scorer's 站所 rule covers …所/站/中心/队, not …室, but persons
match and the truth names no 科室, so no form is lost); the 档案管理服务中心's 主任 and 副主任 came
out with the 科室 ``领导班子`` (F00001, F00002; truth ""); ``档案室负责人`` came out with no tier
(F00022; truth middle) and the six harder-file posts above with none. The other issues are info only
(TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: '岗位' merged over the sub-headings '领导岗位 | 中层岗位 | 一般岗位', each row
writing its post in its tier's column, gives the post whichever column holds it and the tier that
column names; test_posts_written_under_their_tiers_sub_heading in tests/test_columns.py says it in
other words. (--strict keeps 35/36: '档案室负责人' of a 镇档案室 split into 科室 and post, the 站所 convention.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch436 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TIER_COLS,
    TIER_HEAD,
    TIER_NAME,
    TIER_SUBHEAD,
    TIER_TAB,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(436, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {TIER_NAME}
UNTYPED = {
    "qingjian_party_history_two_sheets",
    "qingjian_archives_service_cards",
    "qingjian_kuanzhou_archives_selfchecks",
    "qingjian_zhejiaping_archives_every_row",
}
NOBODY = {"qingjian_urban_archives_posts"}
GAP = "\u3000"


def test_batch436_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=433, unit_words=(PLACE,), new_people=True)


def test_batch436_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch436_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch436_every_unit_is_of_qingjian_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(PLACE in u for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch436_post_written_under_the_column_of_its_tier():
    name = TIER_NAME
    rows = BATCH.sheet(name, TIER_TAB)["rows"]
    head = BATCH.header(name, TIER_TAB)
    assert tuple(rows[head]) == TIER_HEAD
    assert tuple(rows[head + 1][2:5]) == TIER_SUBHEAD
    assert all(c is None for i, c in enumerate(rows[head + 1]) if i not in (2, 3, 4))
    assert BATCH.merged(name, TIER_TAB, head, 2, 4)  # 岗位 over the three sub-headings
    tiers = {col: tier for tier, col in TIER_COLS.items()}
    filled = BATCH.filled(name, TIER_TAB)
    got, seen = [], set()
    for row in filled:
        if not isinstance(row[0], int):
            continue
        posts = [c for c in (2, 3, 4) if row[c] is not None]
        assert len(posts) == 1, row  # one sub-column a row, the others blank
        col = posts[0]
        seen.add(col)
        got.append((row[1], row[col], row[5], row[6], HML[row[8]], tiers[col], [row[7]]))
    want = [
        (f["department"], f["title"], f["person"], p["risk_point"], p["level"], f["tier"],
         p["types"])
        for f in BY_NAME[name]["truth"] for p in f["risks"]
    ]  # fmt: skip
    assert got == want
    assert seen == {2, 3, 4}  # every tier has posts
    # the post column moves: no sub-column holds a post on every row
    table = BATCH.table(name, TIER_TAB)
    assert all(any(row[c] is None for row in table) for c in (2, 3, 4))
    # the same post word (主任 / 科长) is never under two tiers
    by_post = {}
    for _dept, post, *_rest, tier, _ in got:
        by_post.setdefault(post, set()).add(tier)
    assert all(len(t) == 1 for t in by_post.values())
    # the sub-headings are no posts, no 科室
    for f in BY_NAME[name]["truth"]:
        assert f["title"] not in TIER_SUBHEAD and f["department"] not in TIER_SUBHEAD


def test_batch436_plain_tables_by_heading():
    cases = [
        ("qingjian_urban_archives_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("qingjian_gazetteer_hall_list",
         {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("qingjian_zhejiaping_archives_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    name = "qingjian_urban_archives_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    # every row written out, nothing merged below the title; the 责任领导 one supervisor
    name = "qingjian_zhejiaping_archives_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert len({row[6] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][6]}
    assert {r[4] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "qingjian_gazetteer_hall_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch436_leaders_and_staff_in_two_sheets():
    name = "qingjian_party_history_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "室领导",
        fixed={"dept": "室领导"},
    )
    assert got == BATCH.truth_rows(name, "室领导")
    assert BATCH.rows(name, "室领导")[0][0].endswith("室领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "室领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch436_group_rows_give_the_department():
    name = "qingjian_gazetteer_office_group_rows"
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


def test_batch436_one_sheet_a_person():
    name = "qingjian_archives_service_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "qingjian_kuanzhou_archives_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"岗{GAP}位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[4] for r in table} & points  # 自查情况 no point
        assert {r[2] for r in table} <= set(BANDS)


def test_batch436_is_read(tmp_path):
    BATCH.is_read(tmp_path)
