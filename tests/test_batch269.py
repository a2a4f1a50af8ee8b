"""The two-hundred-and-sixty-ninth batch of published layouts (tests/published/batch269.py): eight
ordinary files as the 局, 委, 办 and 事业单位 of one county (越西县) really send them — the 行政审批局's
一览表 with ``…风险`` types and 高/中/低, the 蚕桑发展中心's 排查登记表 with ``风险点 | 风险表现`` and
``一级/二级/三级``, the 供销合作社联合社's 责任清单 对岗不对人 with ``职责事项``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a ``责任
领导`` column of posts, the 水利局's 自查表 one sheet a person with two rows of label pairs, the 发展和改革局's
防控卡 one sheet a leader with ``★★★/★★/★``, the 司法局's two sheets (局机关, 司法所) with ``高风险/中风险/
低风险``, the 退役军人事务局's 排查登记表 with a ``备注`` and a row saying only ``无``, the 文化馆's 一览表
under group rows with ``一级风险/二级风险/三级风险`` and a ``监督人`` column of names — and one harder: the
财政局's 一览表 drafted in Word and pasted into Excel, every cell of several paragraphs split over as
many rows and the others merged over them, so that the ``岗位及责任人`` cell's post and holder stand in
two rows of one column (``python tests/published/score.py --set batch269``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c3ca358 (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (51/51) recall=1.000 (79/79) precision=1.000 (79/79)
levels=1.000 (79/79) types=1.000 (79/79) noise=0; with --strict the same: TOTAL forms=1.000 (51/51)
recall=1.000 (79/79) precision=1.000 (79/79) levels=1.000 (79/79) types=1.000 (79/79) noise=0. The 9
files: nine .xlsx, no re-saved copies. All nine layouts, the harder one too, read in full (--strict
too). Missed: nothing.

- ``yuexi_finance_word_paste`` (harder; forms 8/8, points 9/9, levels 9/9, types 9/9): each Word row's
  post (``Sheet1!C6`` 局长, ``C8`` 副局长, …) and the holder in the row under it (``C7`` 蒙峤旸, ``C9``
  伏瀛洲, …, the merged ``C16:C17`` 祁岷樾) are read as one post and its holder, the merged ``序号``,
  ``风险点``, type and level give one point a group, and the numbered 防控措施 rows are joined into that
  point's measures (``1.…；/2.…；/3.…``); the two-row heading (``F4`` 风险等级 over ``F5`` ``（高/中/低）``)
  and the paragraphs in column A above and below the table raise nothing.

Unscored besides: every unit and 科室 right but one, and every tier but three — the 发展和改革局's
cards (no 科室 on them, truth "") are read with the 科室 ``领导班子``; the 供销合作社联合社's
``理事会主任``, ``理事会副主任`` and ``监事会主任`` (in the 部门 ``理事会``/``监事会``, truth leader) are read
as 中层岗位 (a 主任 of a 部门 taken for a middle post). The issues are info only (TABLE_NO_TYPE on the
untyped tables, GRADE_BLANK on the one-person cards and self-checks, one COLUMN_GUESSED: the heading
``司法所`` of ``司法所!B2`` read as 科室 by its content).

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full when measured; nothing to generalise on (its harder layout, a Word table pasted a
paragraph a row, is the kind generalised on after batch 258).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch269 import (
    BANDS,
    DRC,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WATER,
    WORD_ROWS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(269, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yuexi_finance_word_paste"}
UNTYPED = {
    "yuexi_sericulture_center_register",
    "yuexi_water_bureau_selfchecks",
    "yuexi_drc_leader_cards",
    "yuexi_culture_hall_list",
}
NOBODY = {"yuexi_supply_coop_duties"}


def test_batch269_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=269, unit_words=("越西县",), new_people=True)


def test_batch269_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(8, 10))
    assert RESAVED == ()


def test_batch269_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch269_every_unit_is_of_yuexi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("越西县") for u in units)


def test_batch269_word_paste_post_over_holder():
    name = "yuexi_finance_word_paste"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    # the heading over two rows: only 风险等级 has a second paragraph
    assert rows[head] == [
        "序号",
        "股室",
        "岗位及责任人",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    ]
    assert rows[head + 1] == [*rows[head][:5], "（高/中/低）", rows[head][6]]
    assert BATCH.merged(name, 0, head, 0, 0) and not BATCH.merged(name, 0, head, 5, 5)
    # the paragraphs above and below the table stand in column A alone, unmerged
    for r in (0, 1, 2, len(rows) - 2, len(rows) - 1):
        raw = BATCH.sheet(name)["rows"][r]
        assert len(raw) == 1 and not BATCH.merged(name, 0, r, 0, 1)
    # each Word row: 序号 merged over its rows, post in the first row, the holder under it
    got, groups = [], {}
    for r, row in enumerate(rows[head + 2 : -2], head + 2):
        groups.setdefault(row[0], []).append(r)
    assert list(groups) == list(range(1, len(WORD_ROWS) + 1))
    for n, rs in groups.items():
        dept, post, who, _tier, point, typ, lv, measures = WORD_ROWS[n - 1]
        assert len(rs) == max(2, len(measures)) and BATCH.merged(name, 0, rs[0], 0, 0)
        first, second = rows[rs[0]], rows[rs[1]]
        assert (first[2], second[2]) == (post, who)
        assert first[3] == second[3] == point and first[5] == lv  # merged down
        assert [rows[r][6] for r in rs][: len(measures)] == measures
        got.append((first[1], first[2], second[2], first[3], HML[first[5]]))
        assert types_in(first[4]) == BATCH.answers(name)[point][4]
    assert got == BATCH.truth_rows(name)
    # no measure is a point, and the holder's row carries no point of its own in the raw cells
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {m for *_, ms in WORD_ROWS for m in ms}
    raw = BATCH.sheet(name)["rows"]
    assert all(raw[rs[1]][3] is None and raw[rs[1]][0] is None for rs in groups.values())


def test_batch269_plain_tables_by_heading():
    cases = [
        ("yuexi_approval_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("yuexi_sericulture_center_register",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
        ("yuexi_supply_coop_duties",
         {"dept": "部门", "post": "岗位", "point": "廉洁风险点"}, "风险类型"),
        ("yuexi_veterans_register",
         {"dept": "股室（中心）", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    name = "yuexi_sericulture_center_register"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert {row[4] for row in table} == points and not points & {row[5] for row in table}
    assert all(len(row[4]) < len(row[5]) for row in table)
    # the 供销社 names nobody; 职责事项 and 责任领导 are no points
    name = "yuexi_supply_coop_duties"
    table = BATCH.table(name)
    assert BATCH.holders(name) == {""}
    assert {row[8] for row in table} == {"/", "理事会主任", "理事会副主任", "监事会主任"}
    assert not {row[3] for row in table} & {p["risk_point"] for p in BATCH.points(name)}
    # the 无 row is no point and its holder no form
    name = "yuexi_veterans_register"
    table = BATCH.table(name)
    nothing = [row for row in table if row[4] == "无"]
    assert len(nothing) == 1 and nothing[0][3] not in BATCH.holders(name)
    assert [row[8] for row in table].count("新增") == 2
    # the 司法局's two sheets read alike, each by its own 科室 heading
    name = "yuexi_justice_two_sheets"
    for tab, dept in (("局机关", "股室"), ("司法所", "司法所")):
        heads = {"dept": dept, "post": "岗位", "person": "责任人", "point": "风险点"}
        assert BATCH.by_heading(name, heads, tab) == BATCH.truth_rows(name, tab)
        assert BATCH.types_by(name, "风险类别", tab) == [
            r["types"] for r in BATCH.points(name, tab)
        ]


def test_batch269_group_rows_and_watchers():
    name = "yuexi_culture_hall_list"
    dept, got, watchers = None, [], set()
    for row in BATCH.filled(name)[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
            watchers.add(row[6])
    assert got == BATCH.truth_rows(name)
    holders = BATCH.holders(name)
    leaders = {f["person"] for f in BY_NAME[name]["truth"] if f["tier"] == "leader"}
    # the 监督人 are the two leaders (or /), each of whom holds rows of their own
    assert watchers == leaders | {"/"} and leaders <= holders


def test_batch269_one_sheet_a_person():
    name = "yuexi_water_bureau_selfchecks"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == [w[0] for w in WATER]
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:2] == ["姓　名", f["person"]]
        assert rows[2][:4] == ["所在股室", f["department"], "职　务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert not {r[1] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in f["risks"]
        }
    name = "yuexi_drc_leader_cards"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == [d[0] for d in DRC]
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert (
            rows[1] == ["持卡人", f["person"], "职　务", f["title"]] and f["sheet"] == f["person"]
        )
        assert rows[2][0] == "分管工作"
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch269_is_read(tmp_path):
    BATCH.is_read(tmp_path)
