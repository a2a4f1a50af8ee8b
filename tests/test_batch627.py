"""The six-hundred-and-twenty-seventh batch of published layouts (tests/published/batch627.py): seven
ordinary files as the grain and materials reserve bodies of one banner (乌审旗) really send them —
the 粮食和物资储备局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 国家粮食储备库's 排查表
对岗不对人 with ``风险点 | 风险表现``, the 粮油质量检测站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 储备粮管理有限公司's 清单 under group rows ``一、公司领导`` … with ``一级风险/二级风险/三级风险``, the
嘎鲁图粮食收储库's 防控卡 one sheet a leader with ``★★★/★★/★``, the 应急物资储备库's 一览表 with
``高风险/中风险/低风险``, the 粮食收储公司's 登记表 — and one harder: the 中心粮库's 业务环节廉政风险防控表,
one row a point, its last cell ``责任链（经办→审核→审批）`` chaining two or three holders with ``→``, each
``name（post）``, every holder on the chain a holder of the row's point
(``python tests/published/score.py --set batch627``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 9696dfc (/work/snap15; this worktree branched from
dev at a1fa7a9): TOTAL forms=0.811 recall=0.772 precision=0.880 levels=1.000 types=1.000 noise=0;
with --strict the same: TOTAL forms=0.811 recall=0.772 precision=0.880 levels=1.000 types=1.000
noise=0 (forms 30/37, points 44/57, precision 44/50). The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0, plain
and --strict).

Missed, all in the harder ``uxin_central_depot_duty_chain.xlsx`` (sheet 风险防控表; forms 0/7,
points 0/13, precision 0/6, noise 0): the reader took row 3 as the heading and read the six points
C4–C9 with the right levels (D4–D9, 高/中 → Ⅰ级/Ⅱ级) and measures (E4–E9), ``业务环节`` (B4–B9) as the
workflow, but left the last column ``责任链（经办→审核→审批）`` (F3; cells F4–F9 such as
``利琤湉（检斤员）→爨霂澍（副主任）→利岍昶（主任）``) unread — not as a holder column, not as ``其他``,
no issue about it — so all six points came out as ONE form (posts.csv F00001) with no person, no
post and no 科室 (unit ``乌审旗中心``), where the truth has seven holders from the chains: 检斤员
利琤湉 (C4), 副主任 爨霂澍 (C4, C5, C8), 主任 利岍昶 (C4, C6, C7, C9), 化验员 爨琬沨 (C5), 保管员 利珣瀚
(C6), 统计员 爨翀淏 (C7, C8) and 会计 利潆琇 (C9), 13 points in all; only TABLE_NO_TYPE (A3) was
reported. Kind: a holders cell chaining the handling, checking and approving holders with ``→``
(``name（post）`` each link, every link a holder of the row's point) is not recognised as a holder
column at all, so the list is read as one anonymous form and no point reaches any of its holders.

Unscored besides: the unit of the harder file was cut to ``乌审旗中心`` (the truth ``乌审旗中心粮库``).

Not generalised in the stop that measured it (left for the next): a 责任链 cell chaining two or
three holders with arrows, each ``name（post）``, every link a holder of the row's point.

Generalised after this measurement: a holders' chain cell (`责任链（经办→审核→审批）` over `利琤湉（检斤员）→爨霂澍（副主任）→利岍昶（主任）`) gives the row's point to every linked holder, one copy each (`HOLDERS_ON_CHAIN`; two bare names under 姓名 stay a handover; `tests/test_holders_in_a_chain_cell.py`); `乌审旗中心粮库` is one unit. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch627 import (
    ARROW,
    CHAIN,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(627, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"uxin_central_depot_duty_chain"}
TYPED = {
    "uxin_reserve_depot_posts",
    "uxin_emergency_store_list",
    "uxin_grain_company_register",
}
NOBODY = {"uxin_reserve_depot_posts"}


def test_batch627_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=627, unit_words=("乌审旗",), new_people=True)


def test_batch627_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch627_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch627_every_unit_is_of_uxin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("乌审旗") for u in units)


def test_batch627_chains_give_the_holders():
    name = "uxin_central_depot_duty_chain"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5] == "责任链（经办→审核→审批）"
    table = BATCH.table(name)
    assert len(table) == len(CHAIN)
    got = []
    for row in table:
        links = row[5].split(ARROW)
        assert 2 <= len(links) <= 3
        for link in links:
            who, post = re.fullmatch(r"(.+?)（(.+)）", link).groups()
            got.append(("", post, who, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a row, and a holder on many chains at different places
    assert all(len(row[5].split(ARROW)) > 1 for row in table)
    assert len(BY_NAME[name]["truth"]) == len({h for *_x, chain, _m in CHAIN for h in chain})


def test_batch627_plain_tables_by_heading():
    cases = [
        ("uxin_emergency_store_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("uxin_grain_company_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("uxin_reserve_depot_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "uxin_grain_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "uxin_reserve_depot_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch627_group_rows_give_the_department():
    name = "uxin_reserve_company_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch627_one_sheet_a_person():
    name = "uxin_quality_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "uxin_galutu_depot_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch627_is_read(tmp_path):
    BATCH.is_read(tmp_path)
