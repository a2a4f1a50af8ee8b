"""The three-hundred-and-thirty-first batch of published layouts (tests/published/batch331.py): seven
ordinary files as the 乡镇 and 街道 of one city (邛崃市) really send them — the 平乐镇人民政府's two
sheets ``镇领导班子 | 站所办`` with ``一级/二级/三级``, the 文君街道办事处's 责任清单 under group rows with
``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 临邛街道综合行政执法队's 防控卡 one sheet a holder with
``★★★/★★/★``, the 夹关镇人民政府's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
禹王社区's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``一级风险/二级风险/三级风险``, the
火井镇人民政府's 一览表 with short types and 高/中/低, the 高何镇综合行政执法队's 一览表 with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 羊安街道便民服务中心's 政务服务事项廉政风险防控表, one row a service
matter, whose every ``廉政风险点`` cell holds several LINES, each ``岗位：风险点`` of its own post
(``python tests/published/score.py --set batch331``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at bf8246d (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch331``:
``TOTAL                      forms  35/41  points  59/74  recall 0.80 precision 0.91 (59/65)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=0.854 recall=0.797 precision=0.908 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  35/41  points  59/74  recall 0.80 precision 0.91 (59/65)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=0.854 recall=0.797 precision=0.908 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``qionglai_yangan_service_center_post_lines.xlsx`` (sheet ``防控表``: title
row 1, the ``填报单位（盖章）：…`` line row 2, header row 3 ``序号 | 服务事项 | 廉政风险点 | 风险等级 |
防控措施``, the six matters rows 4–9, the ``注：`` line row 10): forms 0/6, points 0/15, precision 0/6,
noise 0. The reader found the table and read ONE ROW A POINT: one form (posts.csv F00031: unit
``邛崃市羊安街道``, 科室 ``便民服务中心`` — the scorer takes that writing of the 中心's own file — but NO
POST, no tier) with six points, each the WHOLE cell of its row with only its FIRST line's post and
colon left off (the post dropped, not read as the title) and the other lines kept, line breaks and
``岗位：`` and all (risks.csv source rows 4–9); each row's level was read right (Ⅰ级, Ⅱ级, Ⅱ级, Ⅰ级,
Ⅲ级, Ⅲ级) but is not counted, its point being none of the truth's:

- C4: read ``对申请材料不全的低保申请违规受理，或故意拖延不予受理⏎民政专干：入户调查走过场，家庭经济状况
  核查不实⏎中心副主任：审核确认把关不严，为不符合条件的家庭签署同意意见`` (no post); truth three points —
  窗口受理员 ``对申请材料不全的低保申请违规受理，或故意拖延不予受理``, 民政专干 ``入户调查走过场，家庭经济状况
  核查不实``, 中心副主任 ``审核确认把关不严，为不符合条件的家庭签署同意意见`` — each level 1 (高);
- C5: read ``急难型救助申请不登记、不转办⏎民政专干：…⏎中心主任：…``; truth 窗口受理员, 民政专干 and
  中心主任 each one point, level 2 (中);
- C6: read ``资格认证不核实，致死亡人员家属冒领养老金⏎窗口受理员：…``; truth 社保专干 and 窗口受理员,
  level 2 (中);
- C7: read ``为材料不齐的建房申请出具受理回执⏎城建专干：…⏎中心副主任：…``; truth 窗口受理员, 城建专干 and
  中心副主任, level 1 (高);
- C8: read ``补贴对象残疾等级核对不实⏎社保专干：…``; truth 民政专干 and 社保专干, level 3 (低);
- C9: read ``高龄津贴发放名册年龄核对不实⏎中心主任：…``; truth 民政专干 and 中心主任, level 3 (低).

So the six truth forms (窗口受理员 with 4 points, 民政专干 4, 中心副主任 2, 中心主任 2, 社保专干 2, 城建专干 1)
are all missed, the 15 points missed and the 6 read false. Kind (one): a point cell of SEVERAL LINES,
each opening with ITS OWN POST (``岗位：风险点``), in a table whose rows are matters and which has no
post column, is read as one point of the row with no post — the first line's post is stripped as a
``保管员：…`` prefix would be, but neither taken as the post nor looked for at the head of the other
lines, which stay joined into the point.

Unscored besides: both 综合行政执法队 were read with the unit of their 镇 or 街道 (``邛崃市高何镇``,
F00001–F00005, and ``邛崃市临邛街道``, F00015–F00017; truth ``邛崃市高何镇综合行政执法队`` and
``邛崃市临邛街道综合行政执法队``), their 队领导/中队/组 科室 right; the 平乐镇's ``镇领导班子`` sheet gives its
three leaders no 科室 (F00018–F00020; truth ``镇领导班子``, from the tab and title) and the 文君街道's group
row ``一、街道领导`` gives its two leaders none (F00025–F00026; truth ``街道领导``) — ``--strict`` did not
count these. Every tier of the seven ordinary files is right. The other issues are info only
(TABLE_NO_TYPE on the 平乐镇's two sheets, the 文君街道's list, the three 自查表 and the harder file;
GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json); no error, no warning.

Generalised after this measurement: a cell of several posts' points, each line opening with its post ('受理员：…⏎民政员：…'), in a list with no post column (tests/test_columns.py::test_a_cell_of_several_posts_points_each_line_opening_with_its_post).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch331 import (
    BANDS,
    BARE,
    COLON,
    GRADES,
    LAYOUTS,
    LEVEL_COL,
    LINES_COL,
    LINES_HEAD,
    LINES_NOTE,
    MATTER_COL,
    MATTERS,
    POST_TIERS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    post_lines,
    split_lines,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(331, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LINES_FILE = "qionglai_yangan_service_center_post_lines"
HARDER = {LINES_FILE}
UNTYPED = {
    LINES_FILE,
    "qionglai_pingle_town_two_sheets",
    "qionglai_wenjun_street_groups",
    "qionglai_jiaguan_town_selfchecks",
}
NOBODY = {LINES_FILE, "qionglai_yuwang_community_posts"}
GAP = "\u3000"


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The cells of the form's sheet; in the harder file also each line's text after its post."""
    here = set(sheets[form["sheet"]])
    if form["layout"] == LINES_FILE:
        for row in BATCH.table(LINES_FILE):
            here |= {norm(point) for _post, point in split_lines(row[LINES_COL])}
    return here


def test_batch331_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=331, unit_words=("邛崃市",), new_people=True)


def test_batch331_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 16), points_in=_points_in)
    assert RESAVED == ()


def test_batch331_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch331_every_unit_is_of_qionglai():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("邛崃市") for u in units)
    kinds = ("镇人民政府", "街道办事处", "便民服务中心", "综合行政执法队", "社区")
    assert all(any(u.endswith(k) for k in kinds) for u in units), units


def test_batch331_each_line_of_a_point_cell_is_a_post_s_point():
    name = LINES_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(LINES_HEAD)
    # no post, name or 科室 column: the post is written only at the head of its line
    assert not {"岗位", "姓名", "责任人", "科室", "部门", "责任岗位"} & set(rows[head])
    table = BATCH.table(name)
    assert [r[MATTER_COL] for r in table] == [m for m, _, _, _ in MATTERS]
    got = []
    for row, (_matter, lv, lines, _measures) in zip(table, MATTERS, strict=True):
        assert row[LINES_COL] == post_lines(lines)
        parts = split_lines(row[LINES_COL])
        assert len(parts) >= 2  # every cell several lines, one a post
        assert len({post for post, _ in parts}) == len(parts)  # each line another post
        assert all(post in POST_TIERS and point and COLON not in point for post, point in parts)
        assert row[LEVEL_COL] == lv
        got += [("", post, "", point, HML[lv]) for post, point in parts]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # one form a post, its points spread over several rows (matters)
    forms = BY_NAME[name]["truth"]
    assert {f["title"] for f in forms} == set(POST_TIERS)
    assert all(f["tier"] == POST_TIERS[f["title"]] and not f["department"] for f in forms)
    spread = {
        f["title"]: {r[MATTER_COL] for r in table if f"{f['title']}{COLON}" in r[LINES_COL]}
        for f in forms
    }
    assert spread["窗口受理员"] == {m for m, _, lines, _ in MATTERS if "窗口受理员" in dict(lines)}
    assert len(spread["窗口受理员"]) == 4 and len(spread["民政专干"]) == 4
    assert sum(len(s) > 1 for s in spread.values()) >= 4
    assert {r["level"] for r in next(f for f in forms if f["title"] == "窗口受理员")["risks"]} == {
        1,
        2,
    }
    # the matters, the measures and the note are no points; the post is no part of a point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {r[MATTER_COL] for r in table}
    assert not any(p.startswith(tuple(POST_TIERS)) for p in points)
    assert any(r[0] == LINES_NOTE for r in rows)


def test_batch331_plain_tables_by_heading():
    cases = [
        ("qionglai_huojing_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("qionglai_yuwang_community_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("qionglai_gaohe_enforcement_team_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 社区 names nobody, has no 科室
    name = "qionglai_yuwang_community_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert "姓名" not in BATCH.heading(name) and "科室" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(RISKS)
    # the 高何镇 执法队: bare Ⅰ/Ⅱ/Ⅲ read by its note; 部门 on every row, no merges in the table
    name = "qionglai_gaohe_enforcement_team_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 平乐镇's two sheets
    name = "qionglai_pingle_town_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "镇领导班子",
        fixed={"dept": "镇领导班子"},
    )
    assert got == BATCH.truth_rows(name, "镇领导班子")
    heads = {"dept": "站所办", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站所办") == BATCH.truth_rows(name, "站所办")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "镇领导班子")
    }  # 分管工作 is no point


def test_batch331_group_rows_give_the_department():
    name = "qionglai_wenjun_street_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch331_one_sheet_a_person():
    name = "qionglai_linqiong_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "qionglai_jiaguan_town_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch331_is_read(tmp_path):
    BATCH.is_read(tmp_path)
