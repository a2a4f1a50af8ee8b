"""The four-hundred-and-nineteenth batch of published layouts (tests/published/batch419.py): seven
ordinary files as the 教育 bodies of one city (子长市) really send them — the 教育局's 一览表 under group
rows ``一、局领导`` … with ``一级风险/二级风险/三级风险``, the 子长中学's 防控卡 one sheet a holder with
``★★★/★★/★``, the 教学研究室's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``,
the 玉家湾镇中心小学's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 安定镇中心小学's 责任清单 with
``处室`` merged, ``岗位 | 责任人`` and 高/中/低, the 杨家园则镇中心小学's 一览表 written out on every row,
the type before the point and bare ``Ⅰ/Ⅱ/Ⅲ``, the 李家岔镇中心小学's two sheets ``校领导 | 处室`` with
``一级/二级/三级`` — and one harder: the 实验小学's 一览表 with NO 处室 COLUMN, the 处室 of each row
given only by a 【】 TAG OPENING THE POINT'S CELL (``【教务处】学籍变更…``; three posts ``主任`` told
apart by nothing else) (``python tests/published/score.py --set batch419``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap12 at 6101176
(main's newest when the batch was done; this worktree branched from dev at the same 6101176).
``score.py --set batch419``:
``TOTAL                      forms  40/40  points  54/67  recall 0.81 precision 0.81 (54/67)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.806 precision=0.806 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  34/40  points  54/67  recall 0.81 precision 0.81 (54/67)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=0.850 recall=0.806 precision=0.806 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form (holder and post) but no point and
no 处室. The truth was not changed after measuring.

Missed, all in the harder ``zichang_experimental_primary_dept_tags.xlsx`` (sheet 一览表; forms 8/8,
with ``--strict`` 2/8; points 0/13; precision 0/13; noise 0):

- every point was read WITH ITS TAG as part of the point's text: D4 ``【校长室】“三重一大”事项不经校务会集体
  研究，个人说了算`` (risks.csv, F00012 訾璟霈), D5 ``【校长室】教师职称推荐…`` (F00012), D6 ``【校长室】校舍维修…``
  (F00013 郇曜湛), D7 and D8 ``【教务处】学籍变更、转学手续审核把关不严``, ``【教务处】课后服务课时统计不实…``
  (F00014 眭茳玥), D9 ``【教务处】教辅资料征订…`` (F00015 逄霡宁), D10 and D11 ``【德育处】“三好学生”…``,
  ``【德育处】研学活动…`` (F00016 甯瀚骐), D12 ``【德育处】家庭经济困难学生…`` (F00017 仉璐葭), D13 and D14
  ``【总务处】食堂大宗食材…``, ``【总务处】固定资产处置…`` (F00018 禚骧沅), D15 and D16 ``【总务处】报销票据…``,
  ``【总务处】代收代管费用…`` (F00019 阚珞瀛) — the truth: the text after the tag (``学籍变更、转学手续审核把关
  不严`` …); so none of the 13 matched (recall 0/13, precision 0/13), though each came with the right
  holder, post, level (Ⅰ/Ⅱ/Ⅲ as 高/中/低) and type, and no issue was raised on the file;
- so no form got its 处室: all eight posts of the file have ``department`` empty in posts.csv
  (F00012–F00019; truth ``校长室`` for 校长 訾璟霈 and 副校长 郇曜湛, ``教务处`` for 主任 眭茳玥 and 干事 逄霡宁,
  ``德育处`` for 主任 甯瀚骐 and 干事 仉璐葭, ``总务处`` for 主任 禚骧沅 and 会计 阚珞瀛); with ``--strict`` the six
  forms below the leaders miss (the two leaders pass: a leader's 科室 is not compared) — the three
  ``主任`` kept apart only by their names.

Kind: the reader does not read a 【】 tag opening the point's cell as the row's 科室 — it keeps the
tag in the point (as it keeps a stage ``【立案环节】``), so a list whose 处室 are given only by such tags
loses every point's text and every 处室.

Unscored besides: the 实验小学's three ``主任`` (F00014, F00016, F00018) and the 杨家园则镇中心小学's 教导主任
and 总务主任 (F00035, F00036; no 处室 in that file) came out 领导岗位 (truth middle). Every other unit,
科室, post and tier in posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE on the
untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a 科室's tag opening the point's cell ('【教务处】…', '〔办公室〕…',
'[财务股]…') where the row gives no 科室 is the row's 科室, the point the text after it (a stage's tag,
'【立案环节】', stays); test_a_tag_opening_the_point_names_its_part in tests/test_columns.py says it in
other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch419 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TAGGED,
    TAGS_HEAD,
    TAGS_NAME,
    TAGS_NOTE,
    TAGS_UNIT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(419, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {TAGS_NAME}
UNTYPED = {
    "zichang_middle_school_cards",
    "zichang_yujiawan_primary_selfchecks",
    "zichang_lijiacha_primary_two_sheets",
}
NOBODY = {"zichang_teaching_research_posts"}
TAG = re.compile(r"^【([^】]+)】(.+)$", re.S)


def test_batch419_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=(PLACE,), new_people=True)


def _tagged_points(form, sheets):
    """The harder file's points stand in their cells after the 【处室】 tag; the others whole."""
    here = sheets[form["sheet"]]
    if form["layout"] != TAGS_NAME:
        return here
    return {m.group(2) for c in here if (m := TAG.match(c))}


def test_batch419_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_tagged_points)
    assert RESAVED == ()


def test_batch419_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch419_every_unit_is_of_zichang_and_stands_in_its_sheet():
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


def test_batch419_department_only_in_the_tag():
    name = TAGS_NAME
    head = BATCH.heading(name)
    assert tuple(head) == TAGS_HEAD and not any("处室" in h or "科室" in h for h in head)
    got = []
    for row in BATCH.table(name):
        m = TAG.match(row[3])
        assert m, row
        got.append((m.group(1), row[1], row[2], m.group(2), HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    # the posts alone do not tell the 处室: three 主任, two 干事, each of another 处室
    posts = {}
    for dept, post, *_ in TAGGED:
        posts.setdefault(post, set()).add(dept)
    assert posts["主任"] == {"教务处", "德育处", "总务处"} and posts["干事"] == {"教务处", "德育处"}
    # the tag is no part of the truth's point, and the 处室 stands nowhere else in the sheet
    for p in BATCH.points(name):
        assert "【" not in p["risk_point"] and "】" not in p["risk_point"]
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert depts == {"校长室", "教务处", "德育处", "总务处"}
    for row in BATCH.rows(name):
        for c in row:
            if isinstance(c, str) and not TAG.match(c) and c != TAGS_NOTE:
                assert not any(d in c for d in depts), c
    assert any(row[0] == TAGS_NOTE for row in BATCH.rows(name))
    assert BY_NAME[name]["truth"][0]["unit"] == TAGS_UNIT
    # 岗位 and 姓名 merged per person
    first = BATCH.header(name) + 1
    assert (first, 1, first + 1, 1) in BATCH.sheet(name)["merges"]
    assert (first, 2, first + 1, 2) in BATCH.sheet(name)["merges"]


def test_batch419_plain_tables_by_heading():
    cases = [
        ("zichang_anding_primary_duty_list",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zichang_teaching_research_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zichang_yangjiayuanze_primary_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point, the long 风险表现 none; no names
    name = "zichang_teaching_research_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # 职责事项 no point
    name = "zichang_anding_primary_duty_list"
    assert not {r[4] for r in BATCH.table(name)} & {p["risk_point"] for p in BATCH.points(name)}
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "zichang_yangjiayuanze_primary_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch419_group_rows_give_the_department():
    name = "zichang_education_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    assert {r[5] for r in BATCH.table(name)} == set(RISKS)


def test_batch419_leaders_and_staff_in_two_sheets():
    name = "zichang_lijiacha_primary_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "校领导",
        fixed={"dept": "校领导"},
    )
    assert got == BATCH.truth_rows(name, "校领导")
    heads = {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "处室") == BATCH.truth_rows(name, "处室")
    works = {r[3] for r in BATCH.table(name, "校领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch419_one_sheet_a_person():
    name = "zichang_middle_school_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职\u3000务", f["title"]]
        assert rows[2][:2] == ["所在处室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "zichang_yujiawan_primary_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == ["姓\u3000名", f["person"], f["person"], "职\u3000务", f["title"]]
        assert rows[2][:2] == ["所在处室", f["department"]] and rows[2][3] == "填表时间"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch419_is_read(tmp_path):
    BATCH.is_read(tmp_path)
