"""The nine-hundred-and-eighty-ninth batch of published layouts (tests/published/batch989.py):
seven ordinary files as the 国有企业 and 事业单位 of one county (石门县) really send them — the
城市建设投资有限公司's 一览表 with ``部门`` merged, ``…风险`` types and 高/中/低, the 第一中学's 防控卡 one sheet
a person with short types and ``一级/二级/三级``, the 自来水有限责任公司's 清单 对岗不对人 with
``★★★/★★/★``, the 融媒体中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
疾病预防控制中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
公共资源交易中心's 一览表 with 责任人 on every row and ``较高/一般/较低``, the 国有资产投资经营有限公司's
排查表 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the 人民医院's 一览表 with no type
column whose every ``廉政风险点`` cell closes with its TYPE AFTER A DASH (``…——思想道德风险``,
``…—制度机制类``, ``…--岗位职责``, ``…－－业务流程类风险``)
(``python tests/published/score.py --set batch989``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e187c223 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but the last, which reads the batch): TOTAL
forms=1.000 recall=0.778 precision=0.778 levels=1.000 types=1.000 noise=0 (forms 30/30, points
42/54, precision 42/54, levels 42/42, types 42/42 — levels and types are scored on the points found
only); with --strict forms 29/30 (0.967), the rest the same. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0) — the 疾控中心's group rows ``二、免疫规划科``, ``三、检验科`` came out as 科室, the
交易中心's ``较高/一般/较低`` as 1/2/3, the 融媒体中心's ``高风险/中风险/低风险`` as 1/2/3, as the truth has
them. The one --strict miss is the 第一中学's card of 墨哈珈 (sheet 墨哈珈, ``职　务 | 教务处主任``): read
as 科室 ``教务处``, post ``主任`` where the truth keeps the card's post whole (``教务处主任``, no 科室);
the holder, points, levels and types are right — a split the reader makes on purpose (a 处's
主任 named with his 处), left as it is.

Missed, all in the harder ``shimen_hospital_dash_types.xlsx`` (forms 7/7, points 0/12, precision
0/12, levels 0/0, types 0/0, noise 0): EVERY point came out with its dash and type still in its
text and NO type (一览表!E3 ``医疗设备采购前向供应商透露参数、预算——制度机制风险``: truth point
``医疗设备采购前向供应商透露参数、预算``, type 制度机制; E5 ``…—岗位职责类``, E6 ``…--外部环境类风险``,
E8 ``…－－业务流程``, E10 ``…——岗位职责`` alike); the only issue said was TABLE_NO_TYPE (info, A2),
and the ``注：`` line saying the type follows the dash was not read (no ROW_UNPLACED either).
Forms, holders, 科室 and levels right.
Kind: a 风险点 cell CLOSING WITH ITS TYPE AFTER A DASH (``——``, ``—``, ``--``, ``－－``; the type as
``…风险``, ``…类``, ``…类风险`` or bare), in a table with no type column, is read as one point with
the dash and type in its text and no type; a general fix would take a closing dash followed by
nothing but a type name (of the vocabulary) off the point and read it as the point's type, where
the table has no type column (or the row's type cell is blank) — and leave alone a dash followed
by a holder (``——审单员　某某``, known) or a description (``风险点——表现形式``).

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a point cell closing with its type after a dash (``——``,
``—``, ``--``, ``－－``; ``…风险``, ``…类``, ``…类风险``, bare, or two types joined by ``、``) in a table
with no type column (or the row's type cell blank) reads the words after the dash as the point's
type, the dash and the type off the point; a type's short form (``——制度``, ``——职责``) only where
the table's dashes name two types or more or a note speaks of the dash; a type cell already
written wins (the dash taken off where it names the same type, kept with a warning where another,
TYPE_AFTER_DASH_DIFFERS); said once a table (TYPE_AFTER_DASH, info, at the first such cell: here
一览表!E3, 12 points); a holder after the dash (``——审单员　某某``), a description (``风险点——表现形式``),
a dash inside the point and a cell of numbered lines each closing with its own dash read as
before; and the ``风险点——表现形式`` split (a note naming the dash) no longer takes a type after the
dash for a description, tests/test_dash_types.py. Read 1.00 since (forms 30/30, points 54/54,
precision 54/54, levels 54/54, types 54/54, noise 0); --strict the same but forms 29/30, the
第一中学's ``教务处主任`` card above, left as it is (no other published batch's reading changed:
the 47 batches whose pages write a dash before a type word or a description, and the published and
heldout sets, score alike before and after).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch989 import (
    BY_DASH,
    DASHES,
    FAIR,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    dash_type,
)
from published.checks import Batch, norm
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **FAIR}
BATCH = Batch(989, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shimen_hospital_dash_types"}
TYPED = {
    "shimen_hospital_dash_types",
    "shimen_chengtou_list",
    "shimen_school_cards",
    "shimen_water_posts",
    "shimen_trading_center_list",
}
NOBODY = {"shimen_water_posts"}


def _points_in(form: dict, sheets: dict) -> set:
    """A form's sheet's cells, and in the harder file each point cell's text before the dash."""
    cells = set(sheets[form["sheet"]])
    if form["layout"] in HARDER:
        for lay in LAYOUTS:
            if lay["name"] in HARDER:
                for row in lay["sheets"][0]["rows"]:
                    if row and isinstance(row[0], int):
                        cells.add(norm(dash_type(row[4])[0]))
    return cells


def test_batch989_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=986, unit_words=("石门县",), new_people=True)


def test_batch989_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 16), points_in=_points_in)
    assert RESAVED == ()


def test_batch989_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch989_every_unit_is_of_shimen():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("石门县") for u in units)


def test_batch989_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("况后", "墨哈") for p in people)
    assert {p[:2] for p in people} == {"况后", "墨哈"}


def test_batch989_types_after_a_dash():
    name = "shimen_hospital_dash_types"
    head = BATCH.header(name, "一览表")
    rows = BATCH.filled(name, "一览表")
    assert rows[head] == ["序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    got = []
    for row in table:
        point, typ = dash_type(row[4])
        got.append((row[1], row[2], row[3], point, ROMAN[row[5]], [typ]))
    truth = [
        (*r, p["types"]) for r, p in zip(BATCH.truth_rows(name), BATCH.points(name), strict=True)
    ]
    assert got == truth
    # no type column; every type; every dash and every way of writing the type
    assert {typ for *_, (typ,) in got} == set(TYPES)
    assert {d for *_, pts in BY_DASH for _p, _t, d, _w, _l, _m in pts} == set(range(len(DASHES)))
    assert {w for *_, pts in BY_DASH for _p, _t, _d, w, _l, _m in pts} == {0, 1, 2, 3}
    # the type is no part of the point
    assert not any(t in p["risk_point"] for p in BATCH.points(name) for t in TYPES)
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and "破折号" in notes[0]


def test_batch989_plain_tables_by_heading():
    cases = [
        ("shimen_chengtou_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("shimen_trading_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("shimen_water_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "shimen_state_assets_screening"
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[5] for row in BATCH.table(name)}


def test_batch989_group_rows_give_the_department():
    name = "shimen_cdc_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch989_one_sheet_a_person():
    name = "shimen_media_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "职　务", "自查日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shimen_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch989_is_read(tmp_path):
    BATCH.is_read(tmp_path)
