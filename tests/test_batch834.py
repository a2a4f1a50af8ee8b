"""The eight-hundred-and-thirty-fourth batch of published layouts (tests/published/batch834.py):
seven ordinary files as the veterans' affairs bodies of one county (神池县) really send them — the
退役军人事务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 光荣院's 防控卡 one sheet a
leader with ``★★★/★★/★``, the 烈士陵园管理所's 排查表 对岗不对人 with ``…风险`` types and 高/中/低, the
双拥工作领导小组办公室's 清单 under group rows ``一、办公室领导`` … with ``一级风险/二级风险/三级风险``, the
龙泉镇退役军人服务站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 八角镇退役军人服务站's 一览表 with
``高风险/中风险/低风险``, the 军队离退休干部休养所's 登记表 — and one harder: the 退役军人服务中心's
业务经办廉政风险提示登记台账, one row a CASE handled (``办理日期 | 业务事项 | 服务对象 | 经办股室 | 岗位 |
经办人 | 廉政风险提示 | 风险等级``), the holders' rows interleaved in date order, a recurring 风险提示
logged again on each case of the same business, and a second column of people's names (``服务对象``,
the veterans served) that holds nothing (``python tests/published/score.py --set batch834``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at dbff90dc (/work/snap47; this worktree branched from
dev at 86f6799a): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 30/30, points 52/52); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
ALL EIGHT LAYOUTS READ IN FULL (forms, points, levels and types all 1.00, noise 0), the harder one
included: the harder file's shape is read.

No miss to report. What the export shows for the harder
``shenchi_veterans_service_center_ledger.xlsx`` (sheet 登记台账), which score.py does not see: the
reader took ``经办人`` (G3) as the holder with ``经办股室`` and ``岗位`` as 科室 and post, left
``服务对象`` (D4:D15) alone (no issue, no holder), read ``业务事项`` as the duty — four forms, right —
but kept a point logged on two cases TWICE: risks.csv has 12 rows for the 9 points (隆菽岏 H4 and
H7, 沃鹂笙 H6 and H11, 沃檗川 H10 and H13 each the same 风险提示 twice, same level), and posts.csv
counts them (隆菽岏 n_risks=4, n_level_1=2 where he has 3 points, one of them 一级; 沃鹂笙 n_risks=3,
n_level_1=2 where he has 2 points, one 一级; 沃檗川 n_level_2=2 where he has one 二级), so score and
the counts behind computed_grade are inflated; no issue names the repeat. score.py keys points by
(file, holder, point) and so scores them 9/9. Kind (unscored): a ledger of cases whose same point
comes back on several rows of one holder is read one row a point, the repeats kept as points of
their own instead of one point. Besides: MEASURES_BLANK on all 12 rows (the ledger has no 防控措施
column; warnings, unscored) and TABLE_NO_TYPE (info).

Not generalised in the stop that measured it (left for the next): one holder's rows repeating
the same point (a case ledger), to be read as one point.

Generalised after this measurement: (the batch scored 1.00 untuned, but a holder's repeated point was counted twice in posts.csv) one holder's same point on several rows is one point (POINT_REPEATED_CASES in a case ledger, POINT_REPEATED warning in a list), tests/test_points_repeated_by_holder.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch834 import (
    CASES,
    GRADES,
    HANDLERS,
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
BATCH = Batch(834, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shenchi_veterans_service_center_ledger"}
TYPED = {
    "shenchi_martyrs_cemetery_posts",
    "shenchi_bajiao_station_list",
    "shenchi_veteran_cadres_home_register",
}
NOBODY = {"shenchi_martyrs_cemetery_posts"}


def test_batch834_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=831, unit_words=("神池县",), new_people=True)


def test_batch834_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch834_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch834_every_unit_is_of_shenchi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("神池县") for u in units)


def test_batch834_ledger_cases_give_each_handler_his_distinct_points():
    name = "shenchi_veterans_service_center_ledger"
    head = BATCH.filled(name)[BATCH.header(name)]
    assert head[3:9] == ["服务对象", "经办股室", "岗位", "经办人", "廉政风险提示", "风险等级"]
    table = BATCH.table(name)
    assert len(table) == len(CASES)
    got = []
    for row in table:
        key = (row[4], row[5], row[6], row[7], HML[row[8]])
        if key not in got:
            got.append(key)
    want = BATCH.truth_rows(name)
    assert sorted(got) == sorted(want)
    # a point logged on two cases is one point, with one level
    assert len(table) - len(want) == 3
    # the 服务对象 are people's names, none a holder; the holders' rows interleave
    holders = {who for _d, _p, who, _t in HANDLERS.values()}
    assert all(len(row[3]) == 3 for row in table) and not {row[3] for row in table} & holders
    order = [row[6] for row in table]
    assert sum(a != b for a, b in zip(order, order[1:], strict=False)) >= 8
    assert len(BY_NAME[name]["truth"]) == len(HANDLERS)


def test_batch834_plain_tables_by_heading():
    cases = [
        ("shenchi_bajiao_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shenchi_veteran_cadres_home_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("shenchi_martyrs_cemetery_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "shenchi_veterans_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch834_group_rows_give_the_department():
    name = "shenchi_double_support_office_groups"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch834_one_sheet_a_person():
    name = "shenchi_longquan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shenchi_glory_home_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch834_is_read(tmp_path):
    BATCH.is_read(tmp_path)
