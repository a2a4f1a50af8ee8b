"""The seven-hundred-and-ninety-eighth batch of published layouts (tests/published/batch798.py):
seven ordinary files as the natural resources bodies of one county (栾川县) really send them — the
自然资源局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 土地储备中心's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 测绘地理信息中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
矿产资源服务中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
陶湾自然资源所's 防控卡 one sheet a person with ``★★★/★★/★``, the 合峪自然资源所's 一览表 with
``高风险/中风险/低风险``, the 自然资源执法监察大队's 登记表 — and one harder: the 不动产登记中心's
登记办理流程廉政风险防控图, a vertical flow chart down column A whose node cells (merged over the
node's points) bracket the node's post and holder (``申请受理⏎（受理岗　某某）``), ``↓`` rows between
the nodes, no 岗位 or 姓名 column (``python tests/published/score.py --set batch798``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7aa0f28a (/work/snap42; this worktree branched from
dev at the same commit): TOTAL forms=0.848 recall=0.843 precision=0.843 levels=1.000 types=1.000
noise=4 (forms 28/33, points 43/51); with --strict the same: TOTAL forms=0.848 recall=0.843
precision=0.843 levels=1.000 types=1.000 noise=4. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full, plain and --strict (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``luanchuan_registration_center_flow_nodes.xlsx`` (sheet 登记流程; forms
0/5, points 0/8, precision 0/8, noise 4): the reader found the heading (row 3) and read all eight
points (C4, C5, C7, C8, C10, C12, C14, C15) with their right levels (D) and measures (E), but took
the ``办理流程`` column A as the workflow only: each node cell (A4:A5 ``申请受理⏎（受理岗　笪骧磬）``,
A7:A8 ``审核⏎（审核岗　仝蕤岵）``, A10 ``登簿⏎（登簿岗　笪鹂篁）``, A12 ``缮证⏎（缮证岗　仝翦峄）``,
A14:A15 ``发证归档⏎（发证岗　笪黉楠）``) went whole, bracket and all, into the ``workflow`` field of
its rows, and every point landed in ONE form without 科室, post or holder (posts.csv F00018: unit
栾川县不动产登记中心, person and title empty, 8 points), where the truth has five forms, 受理岗 笪骧磬
(C4, C5), 审核岗 仝蕤岵 (C7, C8), 登簿岗 笪鹂篁 (C10), 缮证岗 仝翦峄 (C12) and 发证岗 笪黉楠 (C14,
C15); the four arrow-only rows between the nodes (A6, A9, A11, A13 ``↓``) were read as rows of the
table without a point (POINT_BLANK at C6, C9, C11, C13: the noise). Kind: a vertical flow chart
down the left column whose node boxes bracket the node's post and holder is read as a plain
办理环节 column — the bracket is kept as stage text, no post or holder is taken from it, so all the
chart's points fall into one holder-less form, and the ``↓`` connector rows are taken for
point-less rows.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a single flow column down the
left (``办理流程``) whose node cells, merged over the node's points, name the node's post and holder
in a bracket on their second line, with ``↓`` connector rows between the nodes.

Generalised after this measurement: flow nodes down a stage column whose cells bracket the post and holder (`申请受理⏎（受理岗　某某）`) give each row that holder, the step alone its stage (`HOLDER_IN_CELL_BRACKET`); arrow-only rows and `开始`/`结束` boxes are spacers; two holders in a bracket, half-width and labelled brackets, arrow rows carrying a point too (`FLOW_BOX_POINT_UNHELD`) (`tests/test_flow_node_brackets.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch798 import (
    ARROW,
    GAP,
    GRADES,
    HIGHS,
    LAYOUTS,
    NODES,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(798, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"luanchuan_registration_center_flow_nodes"}
TYPED = {
    "luanchuan_land_reserve_posts",
    "luanchuan_heyu_station_list",
    "luanchuan_enforcement_register",
}
NOBODY = {"luanchuan_land_reserve_posts"}


def test_batch798_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=798, unit_words=("栾川县",), new_people=True)


def test_batch798_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch798_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch798_every_unit_is_of_luanchuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("栾川县") for u in units)


def test_batch798_flow_nodes_give_the_holders():
    name = "luanchuan_registration_center_flow_nodes"
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="办理流程")
    assert rows[head] == ["办理流程", "序号", "廉政风险点", "风险等级", "防控措施"]
    got, node, arrows = [], None, 0
    for row in rows[head + 1 :]:
        if row[0] == ARROW:
            assert all(v is None for v in row[1:5])
            arrows += 1
            node = None
            continue
        if not isinstance(row[1], int):
            break
        if isinstance(row[0], str):
            stage, rest = row[0].split("\n")
            post, who = rest.strip("（）").split(GAP)
            node = (stage, post, who)
        assert node is not None
        got.append(("", node[1], node[2], row[2], GRADES[row[3]]))
    assert arrows == len(NODES) - 1
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the holders stand only in the nodes: no 岗位 or 姓名 heading
    assert not {"岗位", "姓名", "责任人"} & set(rows[head])
    assert len(BY_NAME[name]["truth"]) == len(NODES)


def test_batch798_plain_tables_by_heading():
    cases = [
        ("luanchuan_heyu_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("luanchuan_enforcement_register",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("luanchuan_land_reserve_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "luanchuan_resources_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "luanchuan_land_reserve_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch798_group_rows_give_the_department():
    name = "luanchuan_mineral_service_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch798_one_sheet_a_person():
    name = "luanchuan_surveying_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "luanchuan_taowan_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch798_is_read(tmp_path):
    BATCH.is_read(tmp_path)
