"""The three-hundred-and-seventy-second batch of published layouts (tests/published/batch372.py):
seven ordinary files as the 交通 and 城建 bodies of one district (华州区) really send them — the
住房和城乡建设局's 一览表 under group rows with short types and 高/中/低, the 城市管理执法局's 防控卡 one
sheet a holder with two rows of pairs, ``…风险`` types and ``★★★/★★/★``, the 市政设施管理所's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 瓜坡镇规划建设站's 自查表 one sheet a person
with a label row over its values and ``高风险/中风险/低风险``, the 农村公路管理站's two sheets ``站领导 |
股室`` with ``一级/二级/三级``, the 建设工程质量安全监督站's 责任清单 with ``一级风险/二级风险/三级风险``
and a last ``责任领导`` column, the 交通运输综合执法大队's 一览表 written out on every row with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 交通运输局's 分级汇总表 with no level column, sorted by level, whose
levels are given only by the subtotal row closing each band (``一级风险点小计 | 4个``…)
(``python tests/published/score.py --set batch372``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 15b70e2
(dev's newest when the batch was done; main's newest is f5cd0ec, an ancestor of it; this worktree
branched from dev at 15b70e2). ``score.py --set batch372``:
``TOTAL                      forms  39/39  points  66/66  recall 1.00 precision 0.96 (66/69)  levels  53/66  types  66/66  noise 3``
and ``TOTAL forms=1.000 recall=1.000 precision=0.957 levels=0.803 types=1.000 noise=3``; with
``--strict`` the same:
``TOTAL                      forms  39/39  points  66/66  recall 1.00 precision 0.96 (66/69)  levels  53/66  types  66/66  noise 3``
and ``TOTAL forms=1.000 recall=1.000 precision=0.957 levels=0.803 types=1.000 noise=3``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``huazhou_transport_bureau_levels_by_band_subtotals.xlsx`` (sheet 汇总表;
forms 7/7, points 13/13, precision 13/16, levels 0/13, types 13/13, noise 3). Every holder, 股室,
post, tier, point and type of the 13 rows read right (posts.csv F00025–F00028, F00030, F00032,
F00033; one person's points from two bands one form, as the truth has it), and the ``合计`` row
(A19, ``合计 | 13个``) was passed over as no point; but:

- levels, blank, each with an error ``LEVEL_BLANK`` (``风险级别未填写``): truth 1 (closed by
  ``一级风险点小计`` at A7) E3 ``交通建设项目招标中打招呼、定向推荐施工单位``, E4 ``农村公路建设补助资金拨付
  审批把关不严``, E5 ``工程设计变更审核中为施工单位增加工程量``, E6 ``道路运输经营许可审核降低条件，收受
  申请人好处``; truth 2 (closed by ``二级风险点小计`` at A13) E8 ``重大事项和大额资金使用不经党组会集体
  研究``, E9 ``公路养护工程交工验收走过场``, E10 ``工程计量支付审核不严，超进度拨付工程款``, E11 ``出租
  汽车经营权配置中优亲厚友``, E12 ``交通专项资金核算不规范，挤占挪用``; truth 3 (closed by
  ``三级风险点小计`` at A18) E14 ``公务接待和公务用车超标准``, E15 ``报销票据审核不细，重复报销``, E16
  ``养护材料出入库登记不实``, E17 ``路况巡查记录弄虚作假``;
- three points too many: each subtotal row was read as a point row, its count the point and its
  merged label (A:D) the 科室, the post AND the holder — E7 ``4个`` (form F00029, 科室/岗位/责任人
  ``一级风险点小计``), E13 ``5个`` (F00031, ``二级风险点小计``), E18 ``4个`` (F00034, ``三级风险点小计``);
  truth: no points, no posts. Each also raised ``TYPE_BLANK`` (F7, F13, F18: the batch's noise 3),
  ``MEASURES_BLANK`` (G7, G13, G18) and ``LEVEL_BLANK`` (E7, E13, E18).

Kind (one): a list sorted by level whose only level is the subtotal row closing each band
(``一级风险点小计 | 4个``) is read as an ungraded list — the subtotal row (unlike ``合计``) is taken
for a row of points (its merged label for the 科室, post and holder, its count for the point) rather
than a subtotal, and its level is given neither to the band above it nor, as a group row, to the
band below, so every level is blank and each band adds a false point.

Unscored besides: the 瓜坡镇规划建设站's 自查表 were read as unit ``华州区瓜坡镇`` with 科室 ``规划建设站``
(the other way the scorer accepts for a 镇's 站所; the truth has unit ``华州区瓜坡镇规划建设站`` and no
科室), and so its ``站长`` as 中层岗位 (the 镇's 站所 head; the truth, taking the 站 as the unit, has him a
leader); every other unit, 科室, post and tier as the truth has it. The other issues are info only
(TABLE_NO_TYPE on the three untyped sheets, GRADE_BLANK on the three cards and the three 自查表,
FILE_SKIPPED for truth.json).

Generalised after this measurement: a subtotal of a level closing each band of a list sorted by level ('一级风险点小计 | 4个'; tests/test_columns.py::test_a_subtotal_of_a_level_closing_each_band_of_a_sorted_list); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch372 import (
    BAND_HEAD,
    BAND_LABELS,
    BAND_ROWS,
    BAND_UNIT,
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TOTAL,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(372, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BAND_FILE = "huazhou_transport_bureau_levels_by_band_subtotals"
HARDER = {BAND_FILE}
UNTYPED = {"huazhou_rural_road_station_two_sheets", "huazhou_transport_enforcement_every_row"}
NOBODY = {"huazhou_municipal_facilities_posts"}
GAP = "\u3000"


def test_batch372_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=371, unit_words=("华州区",), new_people=True)


def test_batch372_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch372_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch372_every_unit_is_of_huazhou_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("华州区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch372_levels_are_given_by_the_subtotal_closing_each_band():
    name = BAND_FILE
    sh = BATCH.sheet(name)
    head = BATCH.header(name)
    assert tuple(sh["rows"][head]) == BAND_HEAD
    assert not any(h in BAND_HEAD for h in ("风险等级", "风险级别", "等级", "级别"))
    table = BATCH.table(name)
    # no cell of the table is a level word, and no row of it says its level
    assert not any(c in LEVELS for row in table for c in row)
    assert not any(isinstance(c, str) and "级" in c for row in table for c in row[:5])
    # the rows as typed: the bands, each closed by its subtotal (merged over 序号…姓名), then 合计
    rows = BATCH.rows(name)
    at = rows.index(list(BAND_HEAD))
    body = rows[at + 1 :]
    got, band, level_of = [], [], {}
    for row in body:
        if isinstance(row[0], int):
            band.append(row)
        elif row[0] in BAND_LABELS.values():
            level = next(k for k, v in BAND_LABELS.items() if v == row[0])
            assert band and row[4] == f"{len(band)}个", row
            assert all(c is None for c in (*row[1:4], *row[5:])), row
            for r in band:
                level_of[r[4]] = level
            got.append(level)
            band = []
        elif row[0] == TOTAL:
            assert not band and row[4] == f"{len(table)}个"
            break
    assert got == [1, 2, 3] and len(level_of) == len(table)
    r0 = BATCH.header(name) + 1
    for r, row in enumerate(BATCH.sheet(name)["rows"][r0:], r0):
        if row and row[0] in (*BAND_LABELS.values(), TOTAL):
            assert BATCH.merged(name, 0, r, 0, 3)
    # 序号 running through the bands; nothing merged in the rows of points
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert all(m[0] == m[2] for m in sh["merges"])
    assert all(all(c is not None for c in row) for row in BATCH.numbered(name))
    # every point takes the level of the subtotal under its band
    assert {p: lv for *_, p, lv in BATCH.truth_rows(name)} == level_of
    assert {row[5]: row[0] for row in BAND_ROWS} == level_of
    # one person's points in several bands are one form
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len({(row[1], row[2], row[3]) for row in table})
    assert any(len({r["level"] for r in f["risks"]}) > 1 for f in forms)
    # 股室, post, holder and type by their columns
    heads = dict(zip(BAND_HEAD, range(len(BAND_HEAD)), strict=True))
    want = sorted(
        (row[heads["股室"]], row[heads["岗位"]], row[heads["姓名"]], row[4], level_of[row[4]])
        for row in table
    )
    assert sorted(BATCH.truth_rows(name)) == want
    answers = BATCH.answers(name)
    assert all(answers[row[4]][4] == types_in(row[5]) for row in table)
    assert forms[0]["unit"] == BAND_UNIT


def test_batch372_plain_tables_by_heading():
    cases = [
        ("huazhou_quality_supervision_station_duties",
         {"dept": "责任股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huazhou_municipal_facilities_posts", {"dept": "股室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("huazhou_transport_enforcement_every_row",
         {"dept": "中队", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 站长 on every row: a supervisor, holder of his own rows only
    name = "huazhou_quality_supervision_station_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "huazhou_municipal_facilities_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "huazhou_transport_enforcement_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 农村公路管理站's two sheets
    name = "huazhou_rural_road_station_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "站领导",
        fixed={"dept": "站领导"},
    )
    assert got == BATCH.truth_rows(name, "站领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "站领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch372_group_rows_give_the_department():
    name = "huazhou_housing_bureau_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    assert BATCH.rows(name)[0] == ["附件2"]


def test_batch372_one_sheet_a_person():
    name = "huazhou_urban_management_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在中队", f["department"], "持卡时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "huazhou_guapo_town_planning_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名"] * 2 + [f"职{GAP}务"] * 2 + ["填表时间"] * 2
        assert rows[2][:4] == [f["person"], f["person"], f["title"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and all(types_in(r[2]) for r in table)


def test_batch372_is_read(tmp_path):
    BATCH.is_read(tmp_path)
