"""The three-hundred-and-twenty-first batch of published layouts (tests/published/batch321.py): seven
ordinary files as the 乡镇 bodies of one district (沙湾区) really send them — the 嘉农镇人民政府's
一览表 under group rows with ``一级/二级/三级``, the 太平镇便民服务中心's 责任清单 with ``窗口``,
``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 福禄镇财政所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
高/中/低, the 踏水镇农业服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 金鹰村's 自查表
one sheet a person with ``高风险/中风险/低风险``, the 铜茨镇人民政府's two sheets ``领导班子 | 站所办``
with ``一级风险/二级风险/三级风险``, the 谭坝镇农业服务中心's 一览表 with ``风险点 | 风险描述`` and bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 葫芦镇人民政府's 岗位廉政风险点及以案说险对照表, whose point cells go
on after a line break with a LABELLED WARNING CASE (``【以案说险】2023年，某镇…受到…处分。``), no part
of the point (``python tests/published/score.py --set batch321``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 231cf14 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch321``:
``TOTAL                      forms  38/38  points  57/64  recall 0.89 precision 0.89 (57/64)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=1.000 recall=0.891 precision=0.891 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  57/64  recall 0.89 precision 0.89 (57/64)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=1.000 recall=0.891 precision=0.891 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds all its forms (5/5: every 科室, post, holder and tier right) and the 3 points
written without a case (E8, E10, E13), each with its level and type, but reads each of the 7 cells
carrying a case whole, the case with it, so those 7 points are missed and 7 false ones are read in
their place (recall 3/10, precision 3/10). The truth was not changed after measuring.

Missed, all in the harder ``shawan_hulu_town_cases_in_point.xlsx``, sheet ``一览表`` (title row 1,
填报单位 row 2, header row 3 ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``,
the points in E4–E13). By cell (risks.csv; the form, level, type and measures of each row read right):

- E4 (镇领导 / 镇长 靳澍棠): read ``村级项目资金安排不经党政联席会议研究，个人决定⏎【以案说险】2022年，某镇
  镇长未经集体研究，…受到党内严重警告处分。``; truth ``村级项目资金安排不经党政联席会议研究，个人决定``;
- E5 (镇长 靳澍棠): read ``插手村级工程发包，为特定关系人承揽工程打招呼⏎【以案说险】2023年，某镇副镇长…
  被开除党籍、开除公职。``; truth ``插手村级工程发包，为特定关系人承揽工程打招呼``;
- E6 (社会事务办公室 / 民政专干 睢沨岫): read ``低保审核把关不严，优亲厚友、人情保⏎【以案说险】2023年，
  某镇社会事务办工作人员…受到政务记过处分。``; truth ``低保审核把关不严，优亲厚友、人情保``;
- E7 (民政专干 睢沨岫): read ``临时救助资金发放不公示，截留挪用⏎【以案说险】2021年，某镇民政工作人员…
  被移送司法机关。``; truth ``临时救助资金发放不公示，截留挪用``;
- E9 (财政所 / 所长 荀泱翊): read ``惠民惠农补贴“一卡通”发放审核不严，虚报冒领⏎【以案说险】2022年，某镇
  财政所工作人员…受到开除处分。``; truth ``惠民惠农补贴“一卡通”发放审核不严，虚报冒领``;
- E11 (财政所 / 出纳 禤湄芸): read ``坐支现金，白条抵库⏎【以案说险】2021年，某镇财政所出纳…被开除并移送
  司法机关。``; truth ``坐支现金，白条抵库``;
- E12 (党政办公室 / 主任 訾芷渟): read ``公务接待超标准、无公函接待⏎【以案说险】2023年，某镇党政办…受到
  党内警告处分。``; truth ``公务接待超标准、无公函接待``.

Each is one miss and one false point (the scorer keys a point by its text). Kind: a point cell that
goes on, after a line break, with a labelled warning case (``【以案说险】…``) is read whole — the case
kept as part of the point — instead of being cut at the label (neither the label, the title
``…及以案说险对照表`` nor the ``注：`` line saying the cases are no points is taken as a sign).

Unscored besides (posts.csv): the forms, posts and holders of all 38 forms are read as the truth has
them; differences: the 便民服务中心, the two 农业服务中心 and the 财政所 are read as units ``沙湾区太平镇``,
``沙湾区踏水镇``, ``沙湾区谭坝镇``, ``沙湾区福禄镇`` (the body itself taken for a 科室 of its 镇: the
财政所's posts get 科室 ``财政所`` and its 所长 reads 中层岗位, truth leader; the scorer counts a 站所
both ways); the 太平镇's 窗口负责人 has no tier (truth middle); the leaders under the group row
``一、镇领导`` and on the 铜茨镇's ``领导班子`` sheet have no 科室 (truth ``镇领导``, ``领导班子``), while the
村's 村党支部书记、村委会主任 gets 科室 ``领导班子`` (truth none). The issues are info only
(TABLE_NO_TYPE on five sheets, GRADE_BLANK on six forms, FILE_SKIPPED for truth.json); no error or
warning.

Generalised after this measurement: a case told under the point ('【以案说险】…', '典型案例：…') is no part of it (tests/test_columns.py::test_a_case_told_under_the_point_is_no_part_of_it).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch321 import (
    BANDS,
    BARE,
    CASE_LABEL,
    CASES,
    CASES_HEAD,
    CASES_NOTE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(321, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CASED = "shawan_hulu_town_cases_in_point"
HARDER = {CASED}
UNTYPED = {"shawan_niushi_village_selfchecks", "shawan_tongci_town_two_sheets"}
NOBODY = {"shawan_fulu_finance_posts"}
GAP = "\u3000"


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The harder file's points stand before the case label of their cell; the others whole."""
    here = sheets[form["sheet"]]
    if form["layout"] != CASED:
        return here
    return {c.split(norm(CASE_LABEL))[0] for c in here}


def test_batch321_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=313, unit_words=("沙湾区",), new_people=True)


def test_batch321_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 13), points_in=_points_in)
    assert RESAVED == ()


def test_batch321_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch321_every_unit_is_of_shawan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("沙湾区") for u in units)
    assert all(
        u.endswith(("镇人民政府", "便民服务中心", "财政所", "农业服务中心", "村民委员会"))
        for u in units
    )


def test_batch321_cases_are_no_part_of_the_points():
    name = CASED
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head]) == CASES_HEAD
    table = BATCH.table(name)
    cells = [row[4] for row in table]
    # most point cells carry a labelled case after a line break, a few none
    cased = [c for c in cells if CASE_LABEL in c]
    assert len(cased) >= len(cells) - 4 and len(cased) < len(cells)
    for c in cased:
        point, case = c.split(f"\n{CASE_LABEL}")
        assert point and "\n" not in point and case.endswith("。")
        assert "某镇" in case and any(w in case for w in ("处分", "开除", "司法机关"))
    # the truth's points are the text before the label, in order, and nothing of a case
    points = [p["risk_point"] for p in BATCH.points(name)]
    assert points == [c.split(f"\n{CASE_LABEL}")[0] for c in cells]
    assert not any(CASE_LABEL in p or "某镇" in p or "处分" in p for p in points)
    assert len(points) == sum(len(p[-1]) for p in CASES)
    # the rest of the row is an ordinary 一览表's
    assert [(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]] == [
        (d, post, who) for d, post, who, _tier, _points in CASES
    ]
    got = [(row[1], row[2], row[3], HML[row[6]]) for row in table]
    assert got == [(d, t, p, lv) for d, t, p, _pt, lv in BATCH.truth_rows(name)]
    assert [types_in(row[5]) for row in table] == [r["types"] for r in BATCH.points(name)]
    # the note under the table says the cases are no points
    assert any(row[0] == CASES_NOTE for row in BATCH.rows(name))
    assert "不列入风险点" in CASES_NOTE
    assert BATCH.rows(name)[0][0].endswith("岗位廉政风险点及以案说险对照表")


def test_batch321_plain_tables_by_heading():
    cases = [
        ("shawan_taiping_service_duties",
         {"dept": "窗口", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shawan_fulu_finance_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("shawan_tanba_agri_desc",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 is no point; the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, col in (
        ("shawan_taiping_service_duties", 4),
        ("shawan_fulu_finance_posts", 3),
        ("shawan_tanba_agri_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 财政所 names nobody and no 科室
    name = "shawan_fulu_finance_posts"
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    # levels: Ⅰ级/Ⅱ级/Ⅲ级, and bare Ⅰ/Ⅱ/Ⅲ read by the 谭坝镇's note
    assert {r[7] for r in BATCH.table("shawan_taiping_service_duties")} == set(ROMAN)
    name = "shawan_tanba_agri_desc"
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 铜茨镇's two sheets
    name = "shawan_tongci_town_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "领导班子",
        fixed={"dept": "领导班子"},
    )
    assert got == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "站所办") == BATCH.truth_rows(name, "站所办")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "领导班子")
    }


def test_batch321_group_rows_give_the_department():
    name = "shawan_jianong_town_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch321_one_sheet_a_person():
    name = "shawan_tashui_agri_cards"
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
    name = "shawan_niushi_village_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"职{GAP}务", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        assert f["sheet"] == f["person"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch321_is_read(tmp_path):
    BATCH.is_read(tmp_path)
