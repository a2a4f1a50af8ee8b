"""The two-hundred-and-seventy-sixth batch of published layouts (tests/published/batch276.py): seven
ordinary files as the companies, enforcement bodies and 服务中心 of one county (德昌县) really send
them — the 交通运输综合行政执法大队's 一览表 with ``…风险`` types and 高/中/低, the 文化市场综合行政执法大队's
防控卡 one sheet a holder with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 生态环境保护综合行政执法大队's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``一级/二级/三级``, the 粮油购销有限责任公司's 清单 with ``一级风险/二级风险/三级风险``,
the 城市建设发展集团有限公司's two sheets (公司领导, 部门及子公司) with ``高风险/中风险/低风险``, the
供排水有限责任公司's 自查表 one sheet a person, the 退役军人服务中心's 一览表 with ``★★★/★★/★`` — and one
harder: the 公共资源交易服务中心's 防控表, one row a post, whose ``廉政风险点`` cell lists the post's points
numbered inside the one cell and whose ``风险等级`` cell lists their levels under the same numbers
(``python tests/published/score.py --set batch276``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at defcd3d (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (40/40) recall=1.000 (73/73) precision=1.000 (73/73)
levels=1.000 (73/73) types=1.000 (73/73) noise=0; with --strict the same: TOTAL forms=1.000 (40/40)
recall=1.000 (73/73) precision=1.000 (73/73) levels=1.000 (73/73) types=1.000 (73/73) noise=0. The 8
files: eight .xlsx, no re-saved copies. Every layout read in full, the harder one too: the
公共资源交易服务中心's numbered cells are split into their eleven points, each with the level of the
same number. Missed: none scored.

Unscored besides: every 科室, post, holder and tier right (40 forms); one unit wrong — the
城市建设发展集团有限公司's sheet ``部门及子公司`` (posts.csv F00029–F00032) is read with the unit
``德昌县城市建设发展集团有限公司部门及子公司`` (from its title ``…集团有限公司部门及子公司岗位廉洁风险防控表``;
truth ``德昌县城市建设发展集团有限公司``; its 科室 are right). Kind: a title naming the unit followed by
the scope of the sheet (``部门及子公司``) has the scope taken into the unit's name. The issues are
info only (TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the one-person cards and self-checks).

Read in full when measured; nothing to generalise on.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch276 import (
    BANDS,
    GRADES,
    LAYOUTS,
    NUMBERED,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TRADING_POSTS,
    build,
    numbered,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(276, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dechang_trading_center_numbered_cells"}
UNTYPED = {
    "dechang_trading_center_numbered_cells",
    "dechang_culture_enforcement_cards",
    "dechang_water_supply_selfchecks",
    "dechang_veterans_center_list",
}
NOBODY = {"dechang_eco_enforcement_posts"}


def test_batch276_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=273, unit_words=("德昌县",), new_people=True)


def test_batch276_truth_is_self_consistent():
    # the harder file's points stand inside a cell (one item of a numbered list)
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 12), whole_points=False)
    assert RESAVED == ()


def test_batch276_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch276_every_unit_is_of_dechang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("德昌县") for u in units)


def test_batch276_ordinary_points_are_whole_cells():
    for name in set(BY_NAME) - HARDER:
        cells = {c for sh in BY_NAME[name]["sheets"] for row in sh["rows"] for c in row}
        assert all(r["risk_point"] in cells for r in BATCH.points(name)), name


def test_batch276_numbered_cells_go_together_by_number():
    name = "dechang_trading_center_numbered_cells"
    rows = BATCH.filled(name)
    head = next(r for r, row in enumerate(rows) if row[0] == "序号")
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    got = []
    posts = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert len(posts) == len(TRADING_POSTS)
    for row in posts:
        points, levels, measures = (str(row[c]).split("\n") for c in (4, 5, 6))
        assert len(points) == len(levels) == len(measures)
        if len(points) > 1:  # numbered 1., 2., … in all three cells
            for i, (p, lv, m) in enumerate(zip(points, levels, measures, strict=True), 1):
                assert p.startswith(f"{i}.") and lv.startswith(f"{i}.") and m.startswith(f"{i}.")
        else:
            assert not NUMBERED.match(points[0]) and levels[0] in HML
        for p, lv in zip(points, levels, strict=True):
            got.append((row[1], row[2], row[3], NUMBERED.sub("", p), HML[NUMBERED.sub("", lv)]))
    assert got == BATCH.truth_rows(name)
    # several points share one cell: fewer rows than points, most posts have more than one
    assert len(posts) < len(got) and sum(len(p[4]) > 1 for p in TRADING_POSTS) >= 3
    assert numbered(["甲"]) == "甲" and numbered(["甲", "乙"]) == "1.甲\n2.乙"
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注："))
    assert "按序号一一对应" in note


def test_batch276_plain_tables_by_heading():
    cases = [
        ("dechang_transport_enforcement_list",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("dechang_grain_company_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, "风险类别"),
        ("dechang_veterans_center_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险描述 / 风险表现 none
    for name, desc in (("dechang_veterans_center_list", 5), ("dechang_eco_enforcement_posts", 4)):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[desc] for row in table}, name
    name = "dechang_eco_enforcement_posts"
    table = BATCH.table(name)
    assert [(row[1], row[2], "", row[3], GRADES[row[6]]) for row in table] == BATCH.truth_rows(name)
    assert BATCH.holders(name) == {""}
    name = "dechang_urban_group_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉洁风险点"}, "公司领导",
                           fixed={"dept": "公司领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "公司领导")
    heads = {"dept": "部门（子公司）", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}
    assert BATCH.by_heading(name, heads, "部门及子公司") == BATCH.truth_rows(name, "部门及子公司")


def test_batch276_one_sheet_a_person():
    name = "dechang_culture_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert [rows[1][0], rows[1][1], rows[1][2], rows[1][3]] == ["姓　名", f["person"], "职　务",
                                                                    f["title"]]  # fmt: skip
        assert rows[2][:2] == ["所在中队", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dechang_water_supply_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "部　门", "岗　位", "填表时间"]
        assert (
            rows[2][:3] == [f["person"], f["department"], f["title"]] and f["sheet"] == f["person"]
        )
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch276_is_read(tmp_path):
    BATCH.is_read(tmp_path)
