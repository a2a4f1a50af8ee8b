"""The three-hundred-and-sixty-fifth batch of published layouts (tests/published/batch365.py): seven
ordinary files as the 国有企业 and 国资 bodies of one district (阎良区) really send them — the
水务集团's 防控卡 one sheet a holder with two rows of pairs and ``★★★/★★/★``, the 公共交通有限责任公司's
一览表 under group rows with short types and 高/中/低, the 国有资产监督管理办公室's two sheets ``办领导 |
内设科室`` with ``一级/二级/三级``, the 现代农业产业园管理委员会's 责任清单 with ``一级风险/二级风险/三级风险``
and a last ``分管领导`` column, the 国有资本投资运营有限公司's 自查表 one sheet a person with a label row
over a value row and ``高风险/中风险/低风险``, the 污水处理有限公司's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 产业园投资开发有限公司's 一览表 written out on every row with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 城市建设投资集团's 排查表 whose short ``廉洁风险点`` is merged down over
the two or three rows of its ``主要表现形式``, each row with its own level and measures, so that each
row's 表现形式 is a point and the merged 风险点 only their heading
(``python tests/published/score.py --set batch365``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 8cbcc79
(dev's newest when the batch was done; main's newest is f5cd0ec, an ancestor of it; this worktree
branched from dev at 8cbcc79). ``score.py --set batch365``:
``TOTAL                      forms  37/37  points  55/69  recall 0.80 precision 0.90 (55/61)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=1.000 recall=0.797 precision=0.902 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  55/69  recall 0.80 precision 0.90 (55/61)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=1.000 recall=0.797 precision=0.902 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too; their
units, 科室 and tiers (unscored) are the truth's as well. The truth was not changed after measuring.

Missed, all in the harder ``yanliang_urban_investment_merged_points.xlsx`` (sheet 排查表): points
0/14, precision 0/6 (forms 5/5: the five holders, their 部门, posts and tiers read right, F00030–
F00034). The reader read each merged ``廉洁风险点`` as ONE point and folded the rows under it into it
— the short heading as ``risk_point``, the rows' 主要表现形式 joined as its ``description``, their
measures joined, and the HIGHEST of their levels:

- E4 ``重大事项决策`` (E4:E6 merged) read as one point, level Ⅰ (risks.csv row 4); truth three points
  F4 ``投融资项目不经党支部前置研究直接提交董事会`` (1), F5 ``会前私下定调，以个人意见代替集体决策`` (1),
  F6 ``会议纪要与决策内容不一致，事后补记`` (2);
- E7 ``工程变更`` (E7:E8) read as one point, Ⅰ; truth F7 ``设计变更未经论证即实施，先干后批`` (1), F8
  ``拆分变更金额规避审批权限`` (1);
- E9 ``现场签证`` (E9:E10) read as one point, Ⅰ; truth F9 ``签证工程量与现场实际不符，虚增工程量`` (1),
  F10 ``签证资料事后补办、倒签日期`` (2);
- E11 ``隐蔽工程验收`` (E11:E12) read as one point, Ⅱ; truth F11 ``不到现场即在隐蔽工程验收记录上签字``
  (2), F12 ``接受施工单位宴请后放松验收标准`` (3);
- E13 ``招标文件编制`` (E13:E15) read as one point, Ⅰ; truth F13 ``设置倾向性资格条件，量身定制评分办法``
  (1), F14 ``向潜在投标人泄露招标控制价和评标信息`` (1), F15 ``评标专家抽取过程中打招呼、递条子`` (2);
- E16 ``工程款支付`` (E16:E17) read as one point, Ⅱ; truth F16 ``不按合同约定和计量结果支付进度款`` (2),
  F17 ``超付工程款未及时发现和追回`` (3).

No issue was raised for any of it (only TABLE_NO_TYPE at A3, info). Kind (one): a short 风险点 merged
down over several rows of one holder, each row with its own level and measures, is read as one
point described by the rows (the short heading the point, the rows' 表现形式 its description, the
highest level), not as the heading of as many points as it has rows — so every point of such a
table is missed and replaced by its heading, and the levels of the lower rows are lost.

Unscored besides: nothing (every unit, 科室, post and tier of the batch as the truth has it); the
other issues are info only (TABLE_NO_TYPE on the seven untyped sheets, GRADE_BLANK on the three cards
and the three 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a short point merged over rows of its forms each with its own level and measures, each row a point (tests/test_columns.py::test_a_short_point_merged_over_rows_each_with_its_own_level); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch365 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MERGED_HEAD,
    MERGED_ROWS,
    MERGED_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(365, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
MERGED_FILE = "yanliang_urban_investment_merged_points"
HARDER = {MERGED_FILE}
UNTYPED = {
    MERGED_FILE,
    "yanliang_water_group_cards",
    "yanliang_sasac_two_sheets",
    "yanliang_park_platform_every_row",
}
NOBODY = {"yanliang_sewage_company_posts"}
GAP = "\u3000"


def test_batch365_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=363, unit_words=("阎良区",), new_people=True)


def test_batch365_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch365_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch365_every_unit_is_of_yanliang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("阎良区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch365_merged_points_head_rows_that_each_carry_a_level():
    name = MERGED_FILE
    sh = BATCH.sheet(name)
    head = BATCH.header(name)
    assert tuple(sh["rows"][head]) == MERGED_HEAD
    # every 廉洁风险点 is merged down over two or three rows of its 主要表现形式, 序号 with it
    spans = {(m[0], m[2]) for m in sh["merges"] if m[1] == m[3] == MERGED_HEAD.index("廉洁风险点")}
    numbers = {(m[0], m[2]) for m in sh["merges"] if m[1] == m[3] == 0}
    groups = [g for *_, gs in MERGED_ROWS for g in gs]
    assert len(spans) == len(groups) and spans == numbers
    assert all(2 <= e - s + 1 <= 3 for s, e in spans)
    table = BATCH.table(name)
    assert [r[0] for r in table] == [i for i, (_, shows) in enumerate(groups, 1) for _ in shows]
    # the level and the measures are one a row, and differ within a 风险点
    assert any(len({lv for _, lv, _ in shows}) > 1 for _, shows in groups)
    assert not any(BATCH.merged(name, 0, r, 6, 6) or BATCH.merged(name, 0, r, 7, 7)
                   for r in range(head + 1, head + 1 + len(table)))  # fmt: skip
    # the points are the rows' 主要表现形式; the merged 风险点 is none of them
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "主要表现形式"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {r[4] for r in table}
    assert len(points) == len(table)
    # read the usual way (one row a point, the short column the point) the keys would repeat
    keys = [(r[3], r[4]) for r in table]
    assert len(set(keys)) < len(keys)
    form = BY_NAME[name]["truth"][0]
    assert form["unit"] == MERGED_UNIT and "风险类型" not in MERGED_HEAD
    assert not any(p["types"] for p in BATCH.points(name))


def test_batch365_plain_tables_by_heading():
    cases = [
        ("yanliang_agri_park_duties",
         {"dept": "责任部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("yanliang_sewage_company_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yanliang_park_platform_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 管委会's last column names its 副主任 on every row: a supervisor, holder of his own row
    name = "yanliang_agri_park_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "分管领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody named
    name = "yanliang_sewage_company_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "yanliang_park_platform_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 国资办's two sheets
    name = "yanliang_sasac_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "办领导",
        fixed={"dept": "办领导"},
    )
    assert got == BATCH.truth_rows(name, "办领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设科室") == BATCH.truth_rows(name, "内设科室")
    works = {r[3] for r in BATCH.table(name, "办领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch365_group_rows_give_the_department():
    name = "yanliang_bus_company_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch365_one_sheet_a_person():
    name = "yanliang_water_group_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在部门", f["department"], "持卡时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "yanliang_capital_company_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and all(types_in(r[2]) for r in table)


def test_batch365_is_read(tmp_path):
    BATCH.is_read(tmp_path)
