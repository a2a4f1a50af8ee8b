"""The two-hundred-and-nineteenth batch of published layouts (tests/published/batch219.py): nine
files as grass-roots bodies, public institutions and county companies of 双桥区 really send them — a
中心小学 一览表 with a ``分管校长`` column of names beside the holder, a 村's 小微权力 清单 对岗不对人 by
``权力事项`` and ``责任岗位``, a 幼儿园's 排查及整改记录表 with a second column of names ``整改责任人`` and
``整改时限``/``完成情况`` (a shape the README does not describe), a 自来水公司 排查表 one sheet a 部门 with
★★★/★★/★, a 镇's 站所 一览表 with ``站所负责人`` beside ``姓名``, a 社区居委会's 清单 对岗不对人 with
``主要职责`` and ``较高/一般/较低``, a 中医院 排查登记表 whose level splits into ``科室自评 | 院纪委复核``, a
乡's 防控卡 one sheet a person with pairs above the table — and one harder: a 城投集团's 登记表 after the
risk matrix R=L×S, ``发生可能性（L） | 影响程度（S）`` written 高/中/低 beside the ``风险等级``
(``python tests/published/score.py --set batch219``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at e1df75d (main's newest when the batch was done): forms
1.000 (55/55), recall 1.000 (74/74), precision 1.000 (74/74), levels 1.000 (74/74), types 1.000
(74/74), noise 0; with --strict the same: forms 1.000 (55/55), recall 1.000 (74/74), precision
1.000 (74/74), levels 1.000 (74/74), types 1.000 (74/74), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed: nothing scored.

- Not scored: ``community_duties_scale``'s unit is read as ``榕荫社区`` from the title
  ``榕荫社区工作者岗位廉洁风险清单``, not the full name on the merged line under it
  ``社区（盖章）：双桥区桥东街道榕荫社区居民委员会``.
- Not scored (tiers, judgement calls of this batch): ``居委会副主任``, ``村委会副主任`` and
  ``村务监督委员会主任`` read 领导岗位 (truth middle).

Read right: the harder 城投集团 登记表 — the level taken from ``风险等级`` only, not from
``发生可能性（L）``/``影响程度（S）`` written 高/中/低 (they differ on four rows), the number
``风险值（R=L×S）`` no level, the short ``风险事项`` the point beside ``风险描述``; the 幼儿园's
``整改责任人`` names (the 园长 and 副园长, holders of their own rows) taken for no holder,
``整改时限``/``完成情况`` no point; the 中心小学's ``分管校长`` and the 镇's ``站所负责人`` names no
holders; the 中医院's ``科室自评 | 院纪委复核`` read from 复核 (three rows differ); the 村's and the
社区's posts 对岗不对人 with department "" (``较高/一般/较低`` read by LEVEL_SCALE); the 自来水公司's
sheets per 部门 with ★★★/★★/★; the 乡's cards with ``所在站办`` pairs above the table.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch219 import GRADES, LAYOUTS, PLACE, PREFIX, RESAVED, ROMAN, SCALE, STARS, build
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES, **STARS, **SCALE}
BATCH = Batch(219, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"urban_invest_risk_matrix"}
UNTYPED = {
    "urban_invest_risk_matrix",
    "village_small_power",
    "kindergarten_rectify_record",
    "community_duties_scale",
}
NOBODY = {"village_small_power", "community_duties_scale"}


def test_batch219_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=216, new_people=True)
    assert not any(PLACE in u for u in BATCH.earlier_units())
    assert all(f["unit"].startswith(PLACE) for lay in LAYOUTS for f in lay["truth"])


def _tab_is_the_department(form, field):
    """The 自来水公司's 部门 stands only in its sheet's tab."""
    return (
        form["layout"] == "water_company_dept_sheets"
        and field == "department"
        and form["sheet"] == form["department"]
    )


def test_batch219_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY, unnamed=_tab_is_the_department
    )
    assert RESAVED == ()


def test_batch219_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch219_plain_tables_by_heading():
    full = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    cases = [
        ("school_supervising_head", {**full, "dept": "处室", "person": "责任人"}, "风险等级"),
        ("village_small_power", {"post": "责任岗位", "point": "风险点"}, "风险等级"),
        ("kindergarten_rectify_record",
         {**full, "dept": "部门", "person": "责任人", "point": "排查发现的风险点"}, "风险等级"),
        ("town_station_heads", {**full, "dept": "站所"}, "风险等级"),
        ("community_duties_scale", {"post": "岗位", "point": "廉洁风险点"}, "风险等级"),
        ("urban_invest_risk_matrix",
         {**full, "dept": "部门", "person": "责任人", "point": "风险事项"}, "风险等级"),
    ]  # fmt: skip
    for name, heads, level in cases:
        got = BATCH.by_heading(name, heads, level=level)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name
    for name, column in [
        ("school_supervising_head", "风险类型"),
        ("town_station_heads", "风险类别"),
    ]:
        assert BATCH.types_by(name, column) == [p["types"] for p in BATCH.points(name)], name
    for name in NOBODY:
        assert all(f["department"] == "" and f["person"] == "" for f in BY_NAME[name]["truth"])


def test_batch219_second_columns_of_names_are_no_holders():
    """``分管校长``, ``站所负责人`` and ``整改责任人`` hold names, some of them holders elsewhere in
    the table, and differ from the row's holder on most rows."""
    for name, column, holder in [
        ("school_supervising_head", "分管校长", "责任人"),
        ("town_station_heads", "站所负责人", "姓名"),
        ("kindergarten_rectify_record", "整改责任人", "责任人"),
    ]:
        rows = BATCH.filled(name)
        head = BATCH.header(name)
        c, h = rows[head].index(column), rows[head].index(holder)
        pairs = [(r[c], r[h]) for r in rows[head + 1 :] if isinstance(r[0], int)]
        others = {a for a, _ in pairs if a}
        assert others and any(a and a != b for a, b in pairs), name
        assert others & BATCH.holders(name), name  # one of them holds a form too
        assert [b for _, b in pairs] == [x[2] for x in BATCH.truth_rows(name)], name
    rows = BATCH.filled("kindergarten_rectify_record")
    head = BATCH.header("kindergarten_rectify_record")
    assert rows[head][-3:] == ["整改时限", "整改责任人", "完成情况"]
    assert {r[-1] for r in rows[head + 1 :] if isinstance(r[0], int)} == {"已完成", "持续整改"}


def test_batch219_level_columns_beside_the_level():
    # the hospital: 自评 and 复核 under one 风险等级, the truth the 复核
    name = "hospital_review_level"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][6:8] == ["风险等级", "风险等级"] and rows[head + 1][6:8] == [
        "科室自评",
        "院纪委复核",
    ]
    table = [r for r in rows[head + 2 :] if isinstance(r[0], int)]
    assert [HML[r[7]] for r in table] == [p["level"] for p in BATCH.points(name)]
    assert sum(r[6] != r[7] for r in table) == 3
    got = [(r[1], r[2], r[3], r[4], HML[r[7]]) for r in table]
    assert got == BATCH.truth_rows(name)
    # the risk matrix: L and S written like levels, the level only under 风险等级
    name = "urban_invest_risk_matrix"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    at = {
        h: rows[head].index(h)
        for h in ("发生可能性（L）", "影响程度（S）", "风险值（R=L×S）", "风险等级")
    }
    table = [r for r in rows[head + 1 :] if isinstance(r[0], int)]
    score = {"高": 3, "中": 2, "低": 1}
    for r in table:
        assert (
            r[at["风险值（R=L×S）"]]
            == score[r[at["发生可能性（L）"]]] * score[r[at["影响程度（S）"]]]
        )
    lv = [HML[r[at["风险等级"]]] for r in table]
    assert lv == [p["level"] for p in BATCH.points(name)]
    assert sum(HML[r[at["发生可能性（L）"]]] != x for r, x in zip(table, lv, strict=True)) >= 4


def test_batch219_sheets_per_part_and_per_person():
    name = "water_company_dept_sheets"
    for sheet in [s["name"] for s in BY_NAME[name]["sheets"]]:
        head = BATCH.header(name, sheet)
        assert "部门" not in BATCH.filled(name, sheet)[head]
        got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉洁风险点"}, sheet,
                               fixed={"dept": sheet})  # fmt: skip
        assert got == BATCH.truth_rows(name, sheet)
        assert BATCH.types_by(name, "风险类别", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    name = "township_cards_pairs"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "所在站办", f["department"]]
        assert rows[2][:2] == ["职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_two_hundred_and_nineteenth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
