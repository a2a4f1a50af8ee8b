"""The three-hundred-and-thirtieth batch of published layouts (tests/published/batch330.py): seven
ordinary files as the 开发区 and 园区 bodies of one district (前锋区) really send them — the
经济开发区's 招商局's 一览表 with short types and 高/中/低, its 规划建设局's two sheets ``局领导 | 科室``
with ``一级/二级/三级``, its 企业服务中心's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``,
the 产业园区开发建设有限公司's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
物流园区运营管理有限公司's 防控卡 one sheet a holder with ``★★★/★★/★``, the 征地拆迁服务中心's 责任清单
under group rows with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 新桥工业园区管理委员会's 一览表 with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 经济开发区管理委员会's 廉政风险点岗位责任分解表, laid out by risk, whose
header has no risk column and whose GROUP ROWS ARE THE POINTS, each followed by the posts it
touches with their own level and measure (``python tests/published/score.py --set batch330``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fee93cd (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch330``:
``TOTAL                      forms  33/40  points  57/69  recall 0.83 precision 1.00 (57/57)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=0.825 recall=0.826 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  33/40  points  57/69  recall 0.83 precision 1.00 (57/57)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=0.825 recall=0.826 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too, and
every unit, 科室, post, holder and tier of their 33 forms as the truth has them (posts.csv
F00001–F00033). The truth was not changed after measuring.

Missed, all in the harder ``qianfeng_zone_committee_points_as_groups.xlsx`` (sheet 责任分解表; forms
0/7, points 0/12, nothing read, so precision is untouched and noise 0): the reader found NO TABLE
on the sheet — one warning FILE_NO_FORM (``工作簿中未找到廉政风险识别和防控表(没有“风险点”“风险级别”等
表头)``), no row of posts.csv or risks.csv from the file, no ROW_UNPLACED. By cell, what the truth
has and the reader left unread:

- the header A3:F3 ``序号 | 责任部门 | 责任岗位 | 责任人 | 风险等级 | 本岗位防控措施`` was not taken
  for a header (it names a level and a measure but no risk column);
- group row A4 (``一、“三重一大”事项不经党工委会议集体研究，个人说了算``) over rows 5–6: truth points of
  管委会领导/主任 濮翊澂 (一级, E5) and 党政综合办公室/主任 笪晅榆 (二级, E6);
- group row A7 (``二、入园项目土地出让条件量身定制…``) over rows 8–10: 副主任 郇岫霖 (一级), 土地和征收部
  部长 亢漪蘅 (一级), 项目服务部 科员 厍琮岍 (二级);
- group row A11 (``三、征地拆迁补偿面积、地上附着物虚增…``) over rows 12–13: 亢漪蘅 (一级), 财政金融部
  会计 禚湉萦 (二级);
- group row A14 (``四、园区基础设施项目资金不按进度拨付…``) over rows 15–17: 郇岫霖 (二级), 财政金融部
  部长 逯翮澜 (一级), 禚湉萦 (二级);
- group row A18 (``五、入园企业“以商招商”奖励兑现不按协议审核``) over rows 19–20: 厍琮岍 (二级), 逯翮澜
  (二级).

All 7 forms and all 12 points are missed (read: nothing). Kind: a list laid out by risk, whose
header has no risk column and whose risk points stand only in merged group rows ``一、…`` above the
posts they touch, is not recognised as a risk table at all, so the whole file is reported as
holding no form.

Unscored besides: nothing wrong — the units, 科室 and tiers of the 33 forms read are the truth's.
The other issues are info only (TABLE_NO_TYPE on the 规划建设局's two sheets and the 征地拆迁服务中心's
list; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json); no error.

Generalised after this measurement: a list laid out by risk, each point a numbered group row over the posts it touches, the header naming no risk column (tests/test_columns.py::test_a_list_by_risk_whose_group_lines_are_the_points).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch330 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    NUMERALS,
    RESAVED,
    RISKS,
    ROMAN,
    SPLIT_HEAD,
    SPLIT_NOTE,
    SPLIT_POINTS,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(330, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SPLIT = "qianfeng_zone_committee_points_as_groups"
HARDER = {SPLIT}
UNTYPED = {
    SPLIT,
    "qianfeng_planning_construction_two_sheets",
    "qianfeng_land_requisition_center_groups",
}
NOBODY = {"qianfeng_park_development_company_posts"}
GAP = "\u3000"


def _group_points() -> set[str]:
    """The harder file's group-row points, their ``一、`` left off."""
    return {point for point, _ in SPLIT_POINTS}


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The cells of a form's sheet, and in the harder file the group rows without their number."""
    here = set(sheets[form["sheet"]])
    if form["layout"] == SPLIT:
        here |= {norm(p) for p in _group_points()}
    return here


def test_batch330_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=327, unit_words=("前锋区",), new_people=True)


def test_batch330_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 13), points_in=_points_in)
    assert RESAVED == ()


def test_batch330_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch330_every_unit_is_of_qianfeng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("前锋区") for u in units)


def test_batch330_points_are_the_group_rows():
    name = SPLIT
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(SPLIT_HEAD)
    # no column of the header names a risk
    assert not any("风险点" in h or "风险事项" in h for h in SPLIT_HEAD)
    got, point, groups = [], None, []
    for r, row in enumerate(rows[head + 1 :], head + 1):
        first = row[0]
        if isinstance(first, str) and first[:2] in {f"{c}、" for c in NUMERALS}:
            # a group row merged across the table holds the point and nothing else
            assert BATCH.merged(name, 0, r, 0, len(SPLIT_HEAD) - 1), r
            point = first[2:]
            groups.append(point)
        elif isinstance(first, int):
            assert point is not None
            got.append((row[1], row[2], row[3], point, GRADES[row[4]]))
        elif first == SPLIT_NOTE:
            point = None
    assert groups == [p for p, _ in SPLIT_POINTS]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the rows: nothing merged below the header but the group rows and the note
    merges = [m for m in BATCH.sheet(name)["merges"] if m[0] > head]
    assert all(m[0] == m[2] and m[1] == 0 for m in merges)
    # one point several holders, one holder several groups
    holders_of = {p: {post[2] for post in posts} for p, posts in SPLIT_POINTS}
    assert all(len(h) >= 2 for h in holders_of.values())
    groups_of = {}
    for p, posts in SPLIT_POINTS:
        for post in posts:
            groups_of.setdefault(post[2], []).append(p)
    assert sum(len(g) > 1 for g in groups_of.values()) >= 4
    assert len(BY_NAME[name]["truth"]) == len(groups_of)
    # a holder's level of one point can differ from another holder's
    assert any(len({post[4] for post in posts}) > 1 for _, posts in SPLIT_POINTS)
    # the measures are no points
    assert not {row[5] for row in BATCH.table(name)} & _group_points()
    assert all(
        f["risks"] and all(r["types"] == [] for r in f["risks"]) for f in BY_NAME[name]["truth"]
    )


def test_batch330_ordinary_points_are_whole_cells():
    for lay in LAYOUTS:
        if lay["name"] == SPLIT:
            continue
        for sheet in lay["sheets"]:
            cells = {c for row in sheet["rows"] for c in row if isinstance(c, str)}
            for p in BATCH.points(lay["name"], sheet["name"]):
                assert p["risk_point"] in cells, (lay["name"], p)


def test_batch330_plain_tables_by_heading():
    cases = [
        ("qianfeng_investment_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("qianfeng_park_development_company_posts",
         {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("qianfeng_industrial_park_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the company names nobody
    name = "qianfeng_park_development_company_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 工业园区: bare Ⅰ/Ⅱ/Ⅲ read by its note; 部门 on every row, no merges in the table
    name = "qianfeng_industrial_park_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 规划建设局's two sheets
    name = "qianfeng_planning_construction_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch330_group_rows_give_the_department():
    name = "qianfeng_land_requisition_center_groups"
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


def test_batch330_one_sheet_a_person():
    name = "qianfeng_logistics_park_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "qianfeng_enterprise_service_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch330_is_read(tmp_path):
    BATCH.is_read(tmp_path)
