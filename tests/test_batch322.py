"""The three-hundred-and-twenty-second batch of published layouts (tests/published/batch322.py):
seven ordinary files as the 民政 and 人社 bodies of one county (马边彝族自治县) really send them — the
人力资源和社会保障局's 一览表 under group rows with ``一级/二级/三级``, the 社会保险事业管理中心's 排查表
对岗不对人 with ``风险点 | 风险表现`` and 高/中/低, the 就业服务中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 社会福利院's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 殡仪馆's
责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 劳动保障监察大队's two sheets ``大队领导 | 中队`` with
``一级风险/二级风险/三级风险``, the 救助管理站's 一览表 with ``风险点 | 风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ`` —
and one harder: the 民政局's 一览表 cut into BLOCKS BY SUPERVISING LEADER, each opened by a line
``二、副局长　邴翊淙（分管社会救助股，…）`` under which the leader's own points come first with 股室,
岗位 and 姓名 empty and then the named rows of the 股室 he supervises
(``python tests/published/score.py --set batch322``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 231cf14 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch322``:
``TOTAL                      forms  42/45  points  67/73  recall 0.92 precision 0.92 (67/73)  levels  67/67  types  67/67  noise 0``
and ``TOTAL forms=0.933 recall=0.918 precision=0.918 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/45  points  67/73  recall 0.92 precision 0.92 (67/73)  levels  67/67  types  67/67  noise 0``
and ``TOTAL forms=0.933 recall=0.918 precision=0.918 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one reads all 16 of its points as points, with their levels and types, and all six forms of
its 股室 holders (办公室 主任 and 会计, 社会救助股 股长 and 经办员, 养老服务和社会事务股 股长, 婚姻登记处
登记员), but none of its three leaders (forms 6/9, points 10/16, precision 10/16). The truth was not
changed after measuring.

Missed, all in the harder ``mabian_civil_affairs_leader_blocks.xlsx``, sheet ``一览表`` (header row 4
``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``; block lines A5, A12, A18
merged across A:H): the reader passed over each block line (no point, no issue, no holder taken from
it) and gave the leader's own rows, whose B:D are empty, to whatever stood above them. By cell
(risks.csv):

- E6, E7 (under A5 ``一、局长　甯澍岚（主持全面工作，分管办公室）``): read as a form of their own with NO
  股室, NO post and NO person (posts.csv F00001, unit only), levels Ⅰ级/Ⅱ级 and types right; truth:
  局长 甯澍岚 (leader);
- E13, E14 (under A12 ``二、副局长　邴翊淙（分管社会救助股，联系县救助管理站）``): read as points of
  办公室 会计 汲湉珂 (F00003, carried down from B10:D11 of the block before, across the block line);
  truth: 副局长 邴翊淙;
- E19, E20 (under A18 ``三、副局长　殳曜岑（分管养老服务和社会事务股、婚姻登记处，…）``): read as points of
  社会救助股 经办员 邰芃霂 (F00005, carried down from B17:D17 across the block line); truth: 副局长 殳曜岑.

So 6 points missed and the same 6 read under a wrong or no holder (the scorer keys points by
holder), and the three leaders' forms missed. Kind: a block line naming a supervising leader (post,
full-width space, name, bracketed 分管 list) is taken for a section caption, so the empty 股室/岗位/
姓名 cells of the leader's own rows right under it are carried down from the last named row of the
block before (or left blank in the first block) instead of being given to the leader the line
names.

Unscored besides (posts.csv): every other form's unit, 科室, post and tier are read as the truth
has them. The misreading is silent: no issue for the harder file at all (F00001, with no person,
raises no FORM_NO_PERSON). The issues are info only (TABLE_NO_TYPE on the 福利院's three and the
监察大队's two sheets; GRADE_BLANK on six forms; FILE_SKIPPED for truth.json); no error or warning.

Generalised after this measurement: a group line naming a post and its holder ('二、副局长　邴翊淙（分管…）') in a list with post and holder columns: his the rows below naming none, nothing carried across it (tests/test_columns.py::test_a_group_line_naming_a_leader_over_his_rows_and_those_he_oversees).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch322 import (
    BANDS,
    BARE,
    BLOCK_HEAD,
    BLOCK_NOTE,
    BLOCKS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(322, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BLOCKED = "mabian_civil_affairs_leader_blocks"
HARDER = {BLOCKED}
UNTYPED = {"mabian_welfare_home_selfchecks", "mabian_labour_inspection_two_sheets"}
NOBODY = {"mabian_social_insurance_posts"}
GAP = "\u3000"


def test_batch322_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=313, unit_words=("马边彝族自治县",), new_people=True
    )


def test_batch322_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch322_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch322_every_unit_is_of_mabian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("马边彝族自治县") for u in units)


def test_batch322_blocks_by_supervising_leader():
    name = BLOCKED
    rows = BATCH.filled(name)
    typed = BATCH.sheet(name)["rows"]
    head = BATCH.header(name)
    assert rows[head] == list(BLOCK_HEAD)
    # read the blocks as the judgement call says: a block line names a leader (post, a full-width
    # space, the name, then the bracket); the unnamed rows under it are his, the rest their own
    lines = [line for line, *_ in BLOCKS]
    got, types, leader, seen = [], [], None, []
    for r in range(head + 1, len(rows)):
        row = rows[r]
        if row[0] in lines:
            assert all(c == row[0] for c in row)  # merged across
            post_name = row[0].split("、", 1)[1].split("（", 1)[0]
            leader = tuple(post_name.split(GAP))
            seen.append(leader)
            continue
        if not isinstance(row[0], int):
            continue
        if (
            typed[r][1] is None and rows[r][1] is None
        ):  # no 股室 written or merged into: the leader's
            assert rows[r][2] is None and rows[r][3] is None
            got.append(("", leader[0], leader[1], row[4], HML[row[6]]))
        else:
            got.append((row[1], row[2], row[3], row[4], HML[row[6]]))
        types.append(types_in(row[5]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert seen == [(post, who) for _line, post, who, *_ in BLOCKS]
    # the leaders' own rows follow straight on the named rows of the block before, unmerged
    merges = BATCH.sheet(name)["merges"]
    for r, row in enumerate(typed):
        if row and row[0] in lines[1:]:
            above, below = r - 1, r + 1
            assert isinstance(typed[above][0], int) and rows[above][3]  # a named row before
            assert typed[below][1] is None and typed[below][3] is None
            assert not any(m[0] <= below <= m[2] and m[1] in (1, 2, 3) for m in merges)
    # a block holds several holders; the leader holds two points, none of the 股室's
    for _line, post, who, own, people in BLOCKS:
        form = next(f for f in BY_NAME[name]["truth"] if f["person"] == who)
        assert (form["department"], form["title"], form["tier"]) == ("", post, "leader")
        assert [r["risk_point"] for r in form["risks"]] == [p[0] for p in own]
        for dept, _post, holder, _tier, _points in people:
            assert holder != who and dept in _line  # the bracket names the 股室 he supervises
    # the note and the sign-off are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert BLOCK_NOTE not in points and not points & set(lines)
    assert any(r and r[0] == BLOCK_NOTE for r in typed)


def test_batch322_plain_tables_by_heading():
    cases = [
        ("mabian_funeral_home_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("mabian_social_insurance_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("mabian_relief_station_desc",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 is no point; the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, col in (
        ("mabian_funeral_home_duties", 4),
        ("mabian_social_insurance_posts", 4),
        ("mabian_relief_station_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 社保中心 names nobody
    name = "mabian_social_insurance_posts"
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    # levels: Ⅰ级/Ⅱ级/Ⅲ级, and bare Ⅰ/Ⅱ/Ⅲ read by the 救助站's note
    assert {r[7] for r in BATCH.table("mabian_funeral_home_duties")} == set(ROMAN)
    name = "mabian_relief_station_desc"
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 监察大队's two sheets
    name = "mabian_labour_inspection_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "大队领导",
        fixed={"dept": "大队领导"},
    )
    assert got == BATCH.truth_rows(name, "大队领导")
    heads = {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "中队") == BATCH.truth_rows(name, "中队")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "大队领导")
    }


def test_batch322_group_rows_give_the_department():
    name = "mabian_hrss_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch322_one_sheet_a_person():
    name = "mabian_employment_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "mabian_welfare_home_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch322_is_read(tmp_path):
    BATCH.is_read(tmp_path)
