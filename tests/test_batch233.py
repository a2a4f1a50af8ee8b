"""The two-hundred-and-thirty-third batch of published layouts (tests/published/batch233.py): eight
ordinary files as the emergency, transport and road bodies of one county (新龙县) really send them —
the 交通运输局's 一览表 with 股室 and ``…风险`` types, the 公路养护段's 排查表 对岗不对人 with ``岗位职责`` and
``一级/二级/三级``, the 运管所's 自查表 one sheet a person with ``高风险/中风险/低风险`` and a ``自查情况``
column, the 执法大队's 清单 with ``执法人员`` and ``执法证号`` merged per person and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
消防救援大队's 防控卡 with ``工作环节`` and ``★★★/★★/★``, the 气象局's two sheets (局领导, 内设机构) with
``风险名称 | 风险描述`` and ``一级风险/二级风险/三级风险``, the 防震减灾中心's 责任清单 with the holder last in
``责任股室 | 责任岗位 | 责任人``, the 应急物资储备中心's 排查表 with ``风险等级`` over ``高 | 中 | 低`` ticked
``√`` — and one harder: the 应急管理局's 岗位廉政风险辨识评估矩阵表, ONE ROW A POST and the risk points as
the sub-headings of six columns under ``廉政风险点及风险等级（按岗位逐项评定）``, each cell the level of that
risk for the row's post or ``/``, a ``防控措施`` row under the posts
(``python tests/published/score.py --set batch233``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c6c42f6 (main's newest when the batch was done; this
worktree branched from 1616c16; the two commits between change only README.md and CHANGELOG.md):
TOTAL forms=0.848 (39/46) recall=0.739 (65/88) precision=1.000 (65/65) levels=1.000 (65/65)
types=1.000 (65/65) noise=0; with --strict: TOTAL forms=0.848 (39/46) recall=0.739 (65/88)
precision=1.000 (65/65) levels=1.000 (65/65) types=1.000 (65/65) noise=0. The 9 files: nine .xlsx,
no re-saved copies. Eight layouts read in full (--strict too). Missed:

- ``emergency_post_risk_matrix`` (harder; forms 0/7, points 0/23, nothing read): no header row is
  found on ``辨识矩阵`` — a warning SHEET_NO_TABLE (找不到表头行) and FILE_NO_FORM, no posts and no
  risks. Row 3 (``A3:D3`` 序号/股室/岗位/姓名 merged down to row 4, ``E3`` ``廉政风险点及风险等级（按岗位
  逐项评定）`` merged over ``E3:J3``, ``K3`` 备注) has one compound risk heading and no level, type or
  measure heading of its own; row 4 ``E4:J4`` holds the six risk points themselves
  (``安全生产执法检查降格处理、以罚代管`` …), not heading words; ``防控措施`` stands only as the label
  ``A12`` of the last row (merged ``A12:D12``), the measures in ``E12:J12``. Truth: seven forms, one a
  row 5–11 (局领导 局长 泽仁多吉 … 办公室 会计 冼听雪), each point the sub-heading of a column whose cell in
  that row is 高/中/低 (``/`` no point), level the cell's — 23 points. Kind: a matrix turned the other
  way from the known post-column ones — posts as ROWS, the risk points as the SUB-HEADINGS of the
  columns under a merged ``…风险点及风险等级`` heading, the cells levels — is not recognised as a table
  at all (the header search wants risk, level/type/measure headings as words in one row).

Unscored: the 公路养护段's ``段长`` and ``副段长`` (部门 ``段领导``) read as 中层岗位 (truth leader, the heads
of a 段 that is its own unit); the 气象局's ``局领导`` sheet read with 科室 ``局领导`` from the tab (truth "",
accepted).

Read right: the 交通运输局's 股室 with ``…风险`` types under a ``填报单位（盖章）`` line; the 养护段's
对岗不对人 with ``岗位职责`` (no point) and ``一级/二级/三级``; the 运管所's pairs over two rows with
``高风险/中风险/低风险`` and ``自查情况`` (no point); the 执法大队's ``执法人员`` with ``执法证号`` beside it
and ``Ⅰ级/Ⅱ级/Ⅲ级``; the 消防 cards' ``工作环节`` (no point), ``★★★/★★/★`` and ``大队长`` whole; the
气象局's two sheets with ``风险名称 | 风险描述`` (the short name the point) and ``一级风险…``; the 防震减灾中心's
holder last in ``责任股室 | 责任岗位 | 责任人``; the 物资储备中心's ``高 | 中 | 低`` ticked ``√``. Every unit
right.

Generalised after the measurement, by kind and with tests in other words in tests/test_columns.py (the matrix of posts by risks, levels in its cells (``_matrix``)): the batch now reads 1.00 on every metric, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch233 import (
    BANDS,
    GRADES,
    LAYOUTS,
    MATRIX_POSTS,
    NONE,
    RESAVED,
    RISK_COLUMNS,
    RISK_GRADES,
    ROMAN,
    STARS,
    TICK,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **BANDS, **ROMAN, **STARS, **RISK_GRADES}
BATCH = Batch(233, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"emergency_post_risk_matrix"}
UNTYPED = {
    "emergency_post_risk_matrix",
    "highway_maintenance_checklist",
    "relief_supplies_ticked_levels",
}
NOBODY = {"highway_maintenance_checklist"}


def test_batch233_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=233, unit_words=("新龙",), new_people=True)


def test_batch233_truth_is_self_consistent():
    # the harder matrix's seven post rows carry 23 points
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(3, 23))
    assert RESAVED == ()


def test_batch233_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch233_every_unit_is_of_xinlong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("新龙县") for u in units)


def test_batch233_plain_tables_by_heading():
    cases = [
        ("transport_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别", None, 0),
        ("highway_maintenance_checklist", {"dept": "部门", "post": "岗位", "point": "廉政风险点"}, None,
         None, 0),
        ("transport_enforcement_cert_numbers",
         {"dept": "执法中队", "post": "岗位", "person": "执法人员", "point": "风险点"}, "风险类别", None, 0),
        ("seismic_center_duty_list",
         {"dept": "责任股室", "post": "责任岗位", "person": "责任人", "point": "风险点"}, "风险类型", None, 0),
        ("meteorology_two_sheets", {"post": "职务", "person": "姓名", "point": "风险名称"}, "风险类别",
         None, "局领导"),
        ("meteorology_two_sheets",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险名称"}, "风险类别", None, "内设机构"),
    ]  # fmt: skip
    for name, heads, typ, fixed, sheet in cases:
        got = BATCH.by_heading(name, heads, sheet, fixed=fixed)
        want = BATCH.truth_rows(name, None if sheet == 0 else sheet)
        assert sorted(got) == sorted(want), (name, sheet)
        if typ:
            types = dict(zip((g[3] for g in got), BATCH.types_by(name, typ, sheet), strict=True))
            for p in BATCH.points(name, None if sheet == 0 else sheet):
                assert types[p["risk_point"]] == p["types"], (name, p)
    # the 养护段 names no holder; ``岗位职责`` and ``备注`` are no points
    assert BATCH.holders("highway_maintenance_checklist") == {""}
    rows = BATCH.filled("highway_maintenance_checklist")
    head = BATCH.header("highway_maintenance_checklist")
    duties = {r[3] for r in rows[head + 1 :] if isinstance(r[0], int)}
    assert not duties & {p["risk_point"] for p in BATCH.points("highway_maintenance_checklist")}
    assert all(r[7] is None for r in rows[head + 1 :] if isinstance(r[0], int))
    # the 执法证号 stand merged per person beside the 执法人员, never a point or a holder
    rows = BATCH.table("transport_enforcement_cert_numbers")
    certs = {(r[3], r[4]) for r in rows}
    assert len(certs) == len({r[3] for r in rows}) == 6 and all(c.isdigit() for _, c in certs)
    # the 气象局's point is the short 风险名称, never the long 风险描述
    for sheet in ("局领导", "内设机构"):
        rows = BATCH.filled("meteorology_two_sheets", sheet)
        head = BATCH.header("meteorology_two_sheets", sheet)
        d = rows[head].index("风险描述")
        descs = {r[d] for r in rows[head + 1 :] if isinstance(r[0], int)}
        points = {p["risk_point"] for p in BATCH.points("meteorology_two_sheets", sheet)}
        assert descs and not descs & points and all(len(p) <= 6 for p in points)
    assert {f["department"] for f in BY_NAME["meteorology_two_sheets"]["truth"]
            if f["sheet"] == "局领导"} == {""}  # fmt: skip


def test_batch233_sheets_one_holder_each():
    for name in ("transport_management_self_check", "fire_rescue_station_cards"):
        for f in BY_NAME[name]["truth"]:
            rows = BATCH.filled(name, f["sheet"])
            if name == "transport_management_self_check":
                assert rows[1] == ["姓  名", f["person"], "所在股室", f["department"], "职  务",
                                   f["title"]]  # fmt: skip
                assert rows[2][0] == "政治面貌"
            else:
                assert rows[1] == ["持卡人", f["person"], "职务", f["title"], "所在部门",
                                   f["department"]]  # fmt: skip
            fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
            got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
            assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch233_ticked_level_columns():
    name = "relief_supplies_ticked_levels"
    rows = BATCH.sheet(name)["rows"]
    head = BATCH.header(name)
    assert rows[head][5] == "风险等级" and BATCH.merged(name, 0, head, 5, 7)
    assert rows[head + 1][5:8] == ["高", "中", "低"]
    got = []
    for row in BATCH.table(name):
        marks = row[5:8]
        assert marks.count(TICK) == 1 and marks.count(None) == 2, row
        got.append(("", row[1], row[2], row[4], marks.index(TICK) + 1))
    assert got == BATCH.truth_rows(name)


def test_batch233_posts_as_rows_risks_as_columns():
    name = "emergency_post_risk_matrix"
    rows = BATCH.sheet(name)["rows"]
    head = BATCH.header(name)
    k = len(RISK_COLUMNS)
    assert rows[head][4] == "廉政风险点及风险等级（按岗位逐项评定）" and BATCH.merged(
        name, 0, head, 4, 3 + k
    )
    assert rows[head + 1][4 : 4 + k] == [point for point, _ in RISK_COLUMNS]
    assert not any(c in ("风险点", "廉政风险点", "风险等级") for r in rows for c in r if c)
    filled = BATCH.filled(name)
    truth = {(f["department"], f["title"], f["person"]): f for f in BY_NAME[name]["truth"]}
    assert len(truth) == len(MATRIX_POSTS)
    for row in filled[head + 2 :]:
        if not (row and isinstance(row[0], int)):
            continue
        f = truth[(row[1], row[2], row[3])]
        want = [(point, HML[cell]) for (point, _), cell in zip(RISK_COLUMNS, row[4 : 4 + k],
                                                                 strict=True) if cell != NONE]  # fmt: skip
        assert all(cell in HML or cell == NONE for cell in row[4 : 4 + k]), row
        assert [(p["risk_point"], p["level"]) for p in f["risks"]] == want
        assert all(p["types"] == [] for p in f["risks"])
    # the 防控措施 row under the posts is no form: its cells are the columns' measures
    measures = next(r for r in filled if r[0] == "防控措施")
    assert measures[4 : 4 + k] == [m for _, m in RISK_COLUMNS]
    assert not any(f["title"] == "防控措施" for f in truth.values())
    # a risk several posts carry at different levels: the level is the cell's
    by_point = {}
    for f in truth.values():
        for p in f["risks"]:
            by_point.setdefault(p["risk_point"], set()).add(p["level"])
    assert set(by_point) == {point for point, _ in RISK_COLUMNS}
    assert sum(len(levels) > 1 for levels in by_point.values()) >= 4
    assert sum(len(f["risks"]) for f in truth.values()) == 23
    tiers = {f["title"]: f["tier"] for f in truth.values()}
    assert tiers == {"局长": "leader", "副局长": "leader", "股长": "middle", "执法人员": "general",
                     "会计": "general"}  # fmt: skip


def test_batch233_is_read(tmp_path):
    BATCH.is_read(tmp_path)
