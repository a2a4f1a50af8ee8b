"""The nine-hundred-and-forty-seventh batch of published layouts (tests/published/batch947.py):
seven ordinary files as the industrial park and investment bodies of one district (达孜区) really
send them — the 工业园区管理委员会's 一览表 in two sheets 管委会领导/部室 with ``一级/二级/三级``, the
招商引资服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 园区规划建设局's 防控卡 one sheet a leader
with ``★★★/★★/★``, the 园区安全生产监管站's 清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 园区财政金融局's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
德庆镇招商服务站's 一览表 with ``高风险/中风险/低风险``, the 塔杰乡招商服务站's 登记表 — and one harder: the
园区企业服务局's workbook whose own 岗位 list stands beside a list of the same shape of the park's
ENTERPRISES' own integrity risks (one firm a row, its 法定代表人 where a holder would stand), which
holds no form (``python tests/published/score.py --set batch947``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8f90b49d (/work/snap67; this worktree branched from
main at the same commit; measured after these tests passed): TOTAL forms=1.000 recall=1.000
precision=0.909 levels=1.000 types=1.000 noise=0 (forms 29/29, points 50/50, precision 50/55,
levels 50/50, types 50/50); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=0.909
levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, precision 1.00, noise 0).

Missed, all in the harder ``dazi_enterprise_bureau_firms_list_beside.xlsx`` (forms 4/4, points 8/8,
precision 8/13, levels 8/8, noise 0): sheet 岗位风险 read right (F00004 局领导 局长 富翯峣, F00005
企业服务股 股长 强琚湛, F00006 政策兑现股 专员 富璘峄, F00007 要素保障股 科员 强翊岨, two points each, levels
from F); but sheet 企业提示 (the 入园企业廉洁经营风险提示清单, ``序号 | 企业名称 | 法定代表人 | 廉洁风险点 |
风险等级 | 防范措施`` at A3:F3, five firms in rows 4–8) was read as a list of five more forms: C
``法定代表人`` COLUMN_GUESSED as 责任人(姓名) at C3 ("100% 的内容是人名"), and each firm's
legal representative became a holder with the firm's own risk as his point — F00008 次仁多吉
``向园区工作人员赠送礼品礼金、购物卡`` Ⅰ级 (E4 ``高``), F00009 格桑卓嘎 ``虚报投资额、产值套取招商奖补资金`` Ⅰ级,
F00010 扎西平措 ``邀请园区干部出入私人会所、由企业买单`` Ⅱ级, F00011 卓玛央宗 ``以借款、理财名义向干部输送利益``
Ⅱ级, F00012 索朗旺堆 ``转租标准化厂房谋取差价`` Ⅲ级 — all with unit, 科室 and post blank (the title
``达孜工业园区入园企业廉洁经营风险提示清单`` gave no unit; the 企业名称 column B was left silently) and the
measures from F. The truth has no form on that sheet: the rows are the service objects' own risks.
Kind: a second list of the same shape in one workbook whose rows are the SERVICE OBJECTS' own
integrity risks (one firm a row, its 法定代表人 where a holder would stand, no caption calling it
a reference) is read as the unit's list, its outside person column taken for the holder, so each
firm's representative becomes a form of the unit.

Unscored besides: no warning or error in the whole batch; the issues are info only (TABLE_NO_TYPE,
COLUMN_GUESSED at 企业提示!C3, GRADE_BLANK, FILE_SKIPPED for truth.json); the five extra forms
carry no unit, which the reader did not flag.

Not generalised in the stop that measured it (left for the next): a list of the service objects'
(firms', applicants') own risks beside the unit's list — one object a row, its 法定代表人/负责人 in
the person column and no column of the unit's staff — set apart from the unit's forms.

Generalised after this measurement: a list of outside bodies (企业名称/商户名称/供应商 with their
法定代表人/经营者, no column of the unit's staff) set aside with one warning
(TABLE_OUTSIDE_PARTIES_SKIPPED), tests/test_outside_parties_list.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch947 import (
    FIRMS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(947, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dazi_enterprise_bureau_firms_list_beside"}
TYPED = {
    "dazi_investment_centre_posts",
    "dazi_deqing_town_station_list",
    "dazi_tajie_township_station_register",
}
NOBODY = {"dazi_investment_centre_posts"}


def test_batch947_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=946, unit_words=("达孜区",), new_people=True)


def test_batch947_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch947_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch947_every_unit_is_of_dazi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("达孜区") for u in units)


def test_batch947_firms_list_holds_no_form():
    name = "dazi_enterprise_bureau_firms_list_beside"
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "岗位风险") == BATCH.truth_rows(name)
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"岗位风险"}
    assert len(BY_NAME[name]["truth"]) == len(STAFF)
    rows = BATCH.filled(name, "企业提示")
    head = next(i for i, row in enumerate(rows) if row[0] == "序号")
    assert rows[head] == ["序号", "企业名称", "法定代表人", "廉洁风险点", "风险等级", "防范措施"]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [tuple(row[1:]) for row in table] == FIRMS
    # the firms' rows are of the same shape as a list, but none is a staff point or holder
    points = {p["risk_point"] for p in BATCH.points(name)}
    people = {f["person"] for f in BY_NAME[name]["truth"]}
    assert not points & {row[3] for row in table}
    assert not people & {row[2] for row in table}
    assert all(row[4] in HML for row in table) and all("有限公司" in row[1] for row in table)


def test_batch947_plain_tables_by_heading():
    cases = [
        ("dazi_deqing_town_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("dazi_tajie_township_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("dazi_investment_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "dazi_park_committee_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "管委会领导") == BATCH.truth_rows(name, "管委会领导")
    heads = {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "部室") == BATCH.truth_rows(name, "部室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "dazi_investment_centre_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch947_group_rows_give_the_department():
    name = "dazi_safety_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch947_one_sheet_a_person():
    name = "dazi_finance_bureau_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dazi_planning_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch947_is_read(tmp_path):
    BATCH.is_read(tmp_path)
