"""The three-hundred-and-forty-eighth batch of published layouts (tests/published/batch348.py): seven
ordinary files as the 卫生健康 bodies of one district (武侯区) really send them — the
疾病预防控制中心's 一览表 with ``…风险`` types and 高/中/低, the 妇幼保健院's two sheets ``院领导 | 科室``
with ``一级/二级/三级``, the 医疗保障事务中心's 责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
玉林街道社区卫生服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 簇桥街道社区卫生服务中心's
自查表 one sheet a person with one row of three pairs and ``一级风险/二级风险/三级风险``, the
红牌楼街道社区卫生服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
晋阳街道社区卫生服务中心's 一览表 under group rows with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
卫生健康局's 对岗 一览表 of its 机关科室 whose holders stand only in a STAFFING GRID under it
(``序号 | 科室 | 科长 | 副科长 | 科员``, one row a 科室, one column a post, the holder's name at the
crossing, ``/`` where there is no such post) (``python tests/published/score.py --set batch348``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f5cd0ec (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch348``:
``TOTAL                      forms  36/46  points  59/73  recall 0.81 precision 0.77 (59/77)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=0.783 recall=0.808 precision=0.766 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/46  points  59/73  recall 0.81 precision 0.77 (59/77)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=0.783 recall=0.808 precision=0.766 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and
(unscored) every unit, 科室, post and tier as the truth has them. The truth was not changed after
measuring.

Missed, all in the harder ``wuhou_health_bureau_staffing_grid.xlsx`` (sheet ``一览表``: title row 1,
heading ``序号 | 科室 | 岗位 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施`` row 2, the 14 points in rows 3–16
with the 科室 in column B, the 岗位 in C and the 廉政风险点 in D; blank row 17, the line ``附：机关科室岗位
人员配备表`` A18:G18, the grid heading ``序号 | 科室 | 科长 | 副科长 | 科员`` row 19 (科员 E19:G19 merged),
the grid's four rows 20–23 (科室 B, 科长 C, 副科长 D, 科员 E:G merged), blank row 24, the 编制 line
row 25): forms 0/10, points 0/14, precision 0/18. Every one of the 14 points was read (risks.csv,
forms F00011–F00020), each with its right 科室, post, tier, type and level, one form a post as the
truth has it — but with NO holder: the grid was not used to give any post its holder, and was
read instead as MORE ROWS OF THE RISK TABLE, across the blank row and the ``附：…`` line:

- B3:D4 (办公室 | ``科长``: ``公文运转、机要保密中泄露未公开信息``, ``公务接待、会务费用超标准列支``): no holder
  (F00011); truth 庹翙岚 (C20, the crossing of 办公室 and 科长);
- B5:D5 (办公室 | ``科员``: ``政务信息公开前擅自对外提供``): no holder (F00012); truth 眭渼霏 (E20);
- B6:D7 (医政医管科 | ``科长``: ``医疗机构设置审批…``, ``医疗质量检查中…``): no holder (F00013); truth 蒯璩澄
  (C21);
- B8:D8 (医政医管科 | ``副科长``: ``医疗纠纷调处中偏袒一方…``): no holder (F00014); truth 阚霂苡 (D21);
- B9:D9 (医政医管科 | ``科员``: ``医师多机构执业备案材料审核不严``): no holder (F00015); truth 佴澧蓁 (E21);
- B10:D11 (疾病预防控制科 | ``科长``: ``重大疾病防控专项资金分配不公开``, ``传染病疫情报告督导走过场``): no
  holder (F00016); truth 亢旻岢 (C22);
- B12:D12 (疾病预防控制科 | ``科员``: ``免疫规划督导检查中…``): no holder (F00017); truth 訾芃沂 (E22);
- B13:D13 (规划财务科 | ``科长``: ``卫生健康项目预算安排…``): no holder (F00018); truth 昝筠湄 (C23);
- B14:D14 (规划财务科 | ``副科长``: ``直属单位大额资金支付…``): no holder (F00019); truth 暨昶漪 (D23);
- B15:D16 (规划财务科 | ``科员``: ``报销票据审核不严，虚列支出``, ``国有资产出租出借不报批``): no holder
  (F00020); truth 揭珝湉 (E23);
- row 19, the grid's HEADING, read as a risk row (F00021): 科室 ``科室`` (B19), post ``科长`` (C19), point
  ``副科长`` (D19), type ``科员`` (E19, TYPE_UNKNOWN), LEVEL_BLANK at F19, MEASURES_BLANK at G19; truth:
  no point;
- rows 20–23, the grid's rows, read as four forms whose POST is the 科长's name in C (F00022 ``庹翙岚``
  of 办公室, F00023 ``蒯璩澄`` of 医政医管科, F00024 ``亢旻岢`` of 疾病预防控制科, F00025 ``昝筠湄`` of
  规划财务科), each with one point taken from the 副科长 cell D (``/`` D20 and D22, ``阚霂苡`` D21,
  ``暨昶漪`` D23) and a type from the 科员 cell E (the 科员's name, TYPE_UNKNOWN E20:E23), LEVEL_BLANK
  at F20:F23 and MEASURES_BLANK at G20:G23; truth: no points, the names being the holders of the
  table's posts.

So all 10 forms and all 14 points (recall) are missed, and of the 18 points read (14 keyed without a
holder, the grid's 5 rows giving 4 keys, the two ``/`` one) none is right (precision 0/18); the levels
and types of the 14 rows were right but do not count, being unmatched. The posts left without a
holder were taken silently as 对岗不对人 (no FORM_NO_PERSON, no TABLE_OTHER); the grid's rows gave 10
errors (TYPE_UNKNOWN, LEVEL_BLANK) and 5 warnings (MEASURES_BLANK), none of them counted as noise.

Kind (one): a STAFFING GRID under an 对岗 table (``科室 | 科长 | 副科长 | 科员``, one row a 科室, one column a
post, the holder's name at the crossing, ``/`` for no such post) is not recognised as a roster: it is
read as more rows of the risk table above it, across a blank row and a merged ``附：…`` line, its
heading and names becoming posts, points and types, while the table's posts, the same post words in
every 科室, are left without holders instead of each taking the name at the crossing of its 科室's
row and its post's column.

Unscored besides: nothing in the ordinary layouts; in the harder file the 10 post forms have the
truth's 科室, post and tier. The other issues are info only (TABLE_NO_TYPE on the 妇幼保健院's two
sheets, the 医保事务中心's list and the 晋阳 中心's list; GRADE_BLANK on the three cards and the three
自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a grid of holders under the list, a row a 科室 and a column a post ('序号 | 科室 | 科长 | 副科长 | 科员'; tests/test_columns.py::test_a_grid_of_holders_a_row_a_keshi_and_a_column_a_post); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch348 import (
    BANDS,
    BARE,
    GRADES,
    GRID,
    GRID_HEAD,
    GRID_LINE,
    GRID_POSTS,
    LAYOUTS,
    POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TABLE_HEAD,
    TIERS,
    VACANT,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(348, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRID_FILE = "wuhou_health_bureau_staffing_grid"
HARDER = {GRID_FILE}
UNTYPED = {
    "wuhou_maternal_child_two_sheets",
    "wuhou_medical_insurance_center_duties",
    "wuhou_jinyang_health_center_groups",
}
NOBODY = {"wuhou_hongpailou_health_center_posts"}
GAP = "\u3000"


def test_batch348_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=347, unit_words=("武侯区",), new_people=True)


def test_batch348_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch348_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch348_every_unit_is_of_wuhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("武侯区") for u in units)


def test_batch348_holders_are_at_the_crossings_of_the_grid():
    name = GRID_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head]) == TABLE_HEAD
    # the risk table (the numbered rows above the grid's line) names no person: no 姓名
    # column, no grid name in any of its cells
    line = next(r for r, row in enumerate(rows) if row[0] == GRID_LINE)
    table = [row for row in rows[head + 1 : line] if isinstance(row[0], int)]
    assert len(table) == sum(len(points) for _d, _p, points in POSTS)
    names = {who for _dept, row in GRID for who in row} - {VACANT}
    assert len(names) == sum(who != VACANT for _d, row in GRID for who in row)  # each once
    assert not any(isinstance(c, str) and any(w in c for w in names) for r in table for c in r)
    # the grid under it: its line, then its heading, one row a 科室, the last post merged across
    assert BATCH.merged(name, 0, line, 0, len(TABLE_HEAD) - 1)
    assert not any(rows[line - 1]) and line > head + len(table)
    grid_head = line + 1
    width = len(GRID_HEAD)
    assert tuple(rows[grid_head][:width]) == GRID_HEAD
    assert BATCH.merged(name, 0, grid_head, width - 1, len(TABLE_HEAD) - 1)
    grid = {}
    for row in rows[grid_head + 1 : grid_head + 1 + len(GRID)]:
        assert isinstance(row[0], int)
        grid[row[1]] = dict(zip(GRID_POSTS, row[2:width], strict=True))
    assert grid == {d: dict(zip(GRID_POSTS, row, strict=True)) for d, row in GRID}
    # every post word stands in several 科室: only the crossing tells the holder
    for post in ("科长", "科员"):
        assert len({d for d, p, _ in POSTS if p == post}) > 1
    # each row of the risk table: its holder at the crossing of its 科室 and its post
    got = [(r[1], r[2], grid[r[1]][r[2]], r[3], HML[r[5]]) for r in table]
    assert got == BATCH.truth_rows(name)
    assert all(who != VACANT for _d, _p, who, _pt, _lv in got)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]
    # a vacant crossing is no form; every filled crossing is one
    forms = {(f["department"], f["title"]): f for f in BY_NAME[name]["truth"]}
    filled = {
        (d, p) for d, row in GRID for p, who in zip(GRID_POSTS, row, strict=True) if who != VACANT
    }
    assert set(forms) == filled
    assert all(f["tier"] == TIERS[f["title"]] for f in forms.values())
    # the grid is no point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {c for row in rows[line:] for c in row if isinstance(c, str)}


def test_batch348_plain_tables_by_heading():
    cases = [
        ("wuhou_cdc_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("wuhou_hongpailou_health_center_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wuhou_medical_insurance_center_duties",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 红牌楼 中心 names nobody
    name = "wuhou_hongpailou_health_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 医保事务中心: 职责事项 is no point
    name = "wuhou_medical_insurance_center_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 妇幼保健院's two sheets
    name = "wuhou_maternal_child_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "院领导")
    }


def test_batch348_group_rows_give_the_department():
    name = "wuhou_jinyang_health_center_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert any(str(row[0]).startswith("注：") for row in rows)


def test_batch348_one_sheet_a_person():
    name = "wuhou_yulin_health_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert rows[2][2] in ("分管工作", "岗位职责")
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}  # 分管工作, 岗位职责
    name = "wuhou_cuqiao_health_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"科{GAP}室",
            f["department"],
            f"岗{GAP}位",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(RISKS)


def test_batch348_is_read(tmp_path):
    BATCH.is_read(tmp_path)
