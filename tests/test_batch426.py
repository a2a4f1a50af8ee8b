"""The four-hundred-and-twenty-sixth batch of published layouts (tests/published/batch426.py): seven
ordinary files as the 退役军人 and 民政 bodies of one county (志丹县) really send them — the 民政局's
一览表 with ``股室`` merged, ``廉政风险点 | 风险描述`` and 高/中/低, the 社会福利院's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 光荣院's two sheets ``院领导 | 科室`` with
``一级/二级/三级``, the 杏河镇退役军人服务站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
顺宁镇退役军人服务站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 旦八镇退役军人服务站's 责任清单
under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 金丁镇退役军人服务站's 一览表
written out on every row, the type before the point and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
退役军人事务局's list EXPORTED FLAT FROM A PLATFORM, one row a node (单位, 科室, 岗位, 风险点) joined to
its parent ONLY BY A ``上级编号`` code, the rows in code order so that no point stands under its post
(``python tests/published/score.py --set batch426``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap13 at de001a2
(this worktree branched from dev at the same commit). ``score.py --set batch426``:
``TOTAL                      forms  36/36  points  52/61  recall 0.85 precision 0.71 (52/73)  levels  52/52  types  52/52  noise 12``
and ``TOTAL forms=1.000 recall=0.852 precision=0.712 levels=1.000 types=1.000 noise=12``; with
``--strict``:
``TOTAL                      forms  29/36  points  52/61  recall 0.85 precision 0.71 (52/73)  levels  52/52  types  52/52  noise 12``
and ``TOTAL forms=0.806 recall=0.852 precision=0.712 levels=1.000 types=1.000 noise=12``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one found its seven holders but almost nothing else.
The truth was not changed after measuring.

Missed, all in the harder ``zhidan_veterans_bureau_parent_codes.xlsx`` (sheet 风险防控台账; forms 7/7,
with ``--strict`` 0/7; points 2/11; precision 2/23; levels and types 2/2; noise 12). The reader took
the sheet as one plain list under the heading row 1, ``名称`` (E1) guessed as the point column
(COLUMN_GUESSED ``此列是措施左侧最长的文字``), ``编号`` (B1), ``上级编号`` (C1) and ``类别`` (D1) as
``其他``, and read every row down by position, a holder carried down from the last ``责任人`` above:

- the twelve NODE rows were read as POINTS (risks.csv rows 2–13, no type, level or measures): E2
  ``志丹县退役军人事务局`` (the 单位 node) and the four 科室 E3 ``局领导``, E4 ``办公室``, E5 ``拥军优抚股``,
  E6 ``移交安置和就业创业股`` as points of a form with no unit, 科室, post or holder (posts.csv F00022),
  and each post row E7–E13 as a point NAMED BY ITS POST of a form of its holder (F7–F13): ``局长`` of
  佴翾澂 (F00023), ``副局长`` of 隗珵滢 (F00024), ``主任`` of 蔺琮岫 (F00025), ``会计`` of 邝旻璟 (F00026),
  ``股长`` of 贲彧洺 (F00027), ``科员`` of 仉渼珝 (F00028), ``股长`` of 戢昶涴 (F00029); the truth: no points,
  the unit, 科室, posts and holders of the rows that point at them. issues.csv has for each of rows
  2–13 an error LEVEL_BLANK (H2…H13, ``风险级别未填写``), an error TYPE_BLANK (G2…G13, the twelve counted
  as noise) and a warning MEASURES_BLANK (I2 ``风险点“志丹县退役军人事务局”未填写防控措施`` …);
- ALL ELEVEN POINTS (rows 14–24) went to 戢昶涴, the holder of the last post row above them (F00029,
  股长, no 科室), though their ``上级编号`` name other posts: E14 ``困难退役军人帮扶援助资金分配不经党组会集体
  研究`` and E21 ``干部选任和年度考核中个人说了算`` (truth 局领导 | 局长 | 佴翾澂), E15 ``烈士纪念设施维修工程
  插手干预、指定施工单位`` (局领导 | 副局长 | 隗珵滢), E16 ``“八一”走访慰问品采购不询价、虚报数量`` (办公室 |
  主任 | 蔺琮岫), E17 ``优抚资金专户往来款项长期挂账不清理`` and E22 ``报销凭证审核不严，虚列会议培训支出``
  (办公室 | 会计 | 邝旻璟), E18 ``优抚对象身份认定和伤残等级评定把关不严`` and E23 ``定期抚恤补助对象死亡后
  未及时停发`` (拥军优抚股 | 股长 | 贲彧洺), E19 ``优待证办理中收受好处、优亲厚友`` (拥军优抚股 | 科员 |
  仉渼珝); only E20 and E24 (移交安置和就业创业股 | 股长 | 戢昶涴) are his, the two points matched, their
  levels and types right;
- so no form of the file has a unit, 科室, post or tier (posts.csv F00022–F00029 blank but the
  holder; truth ``志丹县退役军人事务局``, the 科室 and posts above), and with ``--strict`` all seven miss.

Kind: the reader does not read a parent-code column, so a flat export whose rows are nodes joined
to their parents only by ``编号 | 上级编号`` is read as a list by position — the unit, 科室 and post
nodes become points (with blank-level, blank-type and blank-measures issues) and every point goes
to the holder of the last post row above it, not to the post its ``上级编号`` names.

Unscored besides: the three 退役军人服务站 files without group rows were read with the unit cut at the
town and the 站 as its 科室 (``志丹县杏河镇`` | ``退役军人服务站`` …; the scorer counts both writings of a
站's own file as one), and so their 站长 and 副站长 came out 中层岗位 (truth leader; the 旦八镇 站长 under
``一、站领导`` came out 领导岗位). Every other unit, 科室, post and tier in posts.csv is the truth's. The
other issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a tree exported flat, a row a node that names its parent only by
the parent's code ('编号 | 上级编号 | 类别 | 名称 | 责任人 | …'), gives each point the post, holder, 科室 and unit
above it by the codes, the unit's, 科室's and posts' rows no points (the rows as read where the codes
make no tree); test_a_tree_exported_flat_by_parent_codes in tests/test_columns.py says it in other
words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch426 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    NODES,
    NODES_HEAD,
    NODES_NAME,
    NODES_TAB,
    NODES_UNIT,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    ROOT_CODE,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(426, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {NODES_NAME}
UNTYPED = {
    "zhidan_honour_home_two_sheets",
    "zhidan_xinghe_station_cards",
    "zhidan_shunning_station_selfchecks",
}
NOBODY = {"zhidan_welfare_home_posts"}
GAP = "\u3000"


def test_batch426_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=419, unit_words=(PLACE,), new_people=True)


def test_batch426_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch426_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch426_every_unit_is_of_zhidan_and_stands_in_its_sheet():
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


def _nodes():
    """The harder sheet's rows under the heading, as dicts by heading."""
    rows = BATCH.sheet(NODES_NAME, NODES_TAB)["rows"]
    assert tuple(rows[0]) == NODES_HEAD  # no title: the heading is the first row
    return [dict(zip(NODES_HEAD, row, strict=True)) for row in rows[1:]]


def test_batch426_nodes_are_joined_only_by_their_parent_codes():
    nodes = _nodes()
    by_code = {n["编号"]: n for n in nodes}
    assert len(by_code) == len(nodes)  # codes unique
    assert [n["序号"] for n in nodes] == list(range(1, len(nodes) + 1))
    assert [int(n["编号"]) for n in nodes] == sorted(int(n["编号"]) for n in nodes)
    # reading the tree by the parent codes alone gives the truth
    got = []
    for n in nodes:
        if n["类别"] != "风险点":
            continue
        post = by_code[n["上级编号"]]
        dept = by_code[post["上级编号"]]
        unit = by_code[dept["上级编号"]]
        assert (post["类别"], dept["类别"], unit["类别"]) == ("岗位", "科室", "单位")
        assert unit["名称"] == NODES_UNIT and unit["上级编号"] == ROOT_CODE
        got.append((dept["名称"], post["名称"], post["责任人"], n["名称"], HML[n["风险等级"]]))
    assert sorted(got) == sorted(BATCH.truth_rows(NODES_NAME))  # the truth groups them by form
    points = [n for n in nodes if n["类别"] == "风险点"]
    answers = BATCH.answers(NODES_NAME)
    assert all(answers[n["名称"]][4] == [n["风险类型"]] for n in points)
    # only the point rows carry a type, level and measures; only the post rows a holder
    for n in nodes:
        is_point = n["类别"] == "风险点"
        assert all((n[h] is not None) == is_point for h in ("风险类型", "风险等级", "防控措施")), n
        assert (n["责任人"] is not None) == (n["类别"] == "岗位"), n
    # the kinds stand in blocks (unit, 科室, posts, points): NO point stands under its post
    kinds = [n["类别"] for n in nodes]
    assert kinds == sorted(kinds, key=["单位", "科室", "岗位", "风险点"].index)
    last_post = max(i for i, k in enumerate(kinds) if k == "岗位")
    assert all(i > last_post for i, k in enumerate(kinds) if k == "风险点")
    # and one post's points are not together (two rounds of 排查)
    parents = [n["上级编号"] for n in points]
    runs = [p for i, p in enumerate(parents) if i == 0 or parents[i - 1] != p]
    assert len(runs) > len(set(parents))
    # the 科室 and posts of the truth are those of NODES, the nodes no points
    assert {f["department"] for f in BY_NAME[NODES_NAME]["truth"]} == {d for d, _ in NODES}
    named = {n["名称"] for n in nodes if n["类别"] != "风险点"}
    assert not named & {p["risk_point"] for p in BATCH.points(NODES_NAME)}
    # nothing but the codes: no merges, no number words, dotted codes or labels in the names
    assert BATCH.sheet(NODES_NAME, NODES_TAB)["merges"] == []
    for n in nodes:
        assert not re.match(
            r"\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]", n["名称"]
        )
        assert "：" not in n["名称"] and not re.fullmatch(r"[\d.]+", n["名称"])
        assert re.fullmatch(r"\d{4}", n["编号"]) and re.fullmatch(r"\d+", n["上级编号"])


def test_batch426_plain_tables_by_heading():
    cases = [
        ("zhidan_civil_affairs_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("zhidan_welfare_home_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhidan_jinding_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("zhidan_civil_affairs_bureau_list", 4, 5),
        ("zhidan_welfare_home_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "zhidan_welfare_home_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    name = "zhidan_civil_affairs_bureau_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 1, 1) in BATCH.sheet(name)["merges"]  # 局领导 over two rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "zhidan_jinding_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch426_leaders_and_staff_in_two_sheets():
    name = "zhidan_honour_home_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    assert BATCH.rows(name, "院领导")[0][0].endswith("院领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "院领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch426_group_rows_give_the_department():
    name = "zhidan_danba_station_group_rows"
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


def test_batch426_one_sheet_a_person():
    name = "zhidan_xinghe_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "zhidan_shunning_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["工作单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch426_is_read(tmp_path):
    BATCH.is_read(tmp_path)
