"""One holder's same point on several rows: a ledger one row a CASE handled ('受理日期 | 案件编号 |
申请人 | 承办人 | 廉政风险提示 | 风险等级'), where a recurring risk is logged again on each case,
or an ordinary list where a point is typed twice by mistake. Either is ONE point (the first row's
cell; of levels that differ the highest; measures that differ joined): an info for the ledger
(POINT_REPEATED_CASES), a warning for the list (POINT_REPEATED); the post's counts and grade
count it once.

Not the published batch's ledger (a 退役军人服务中心's 业务经办…登记台账 with 办理日期, 服务对象,
经办人 and 高/中/低): a 不动产登记中心's and a 医疗保障局's case ledgers and a 市场监管所's list,
other posts and invented names, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级`` and ticks under ``高 | 中 | 低``,
a 案件编号 or a 受理时间 as the case column, post and name in one cell or two columns, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def said(got, code: str):
    return got.issues[got.issues["code"] == code]


def counts(got) -> dict[str, tuple[int, int, int, int]]:
    p = got.posts
    return {
        who: (int(n), int(a), int(b), int(c))
        for who, n, a, b, c in zip(
            p["person"], p["n_risks"], p["n_level_1"], p["n_level_2"], p["n_level_3"], strict=True
        )
    }


def no_errors(got) -> None:
    assert not set(got.issues[got.issues["severity"] == "error"]["code"])
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_codes_are_catalogued():
    for code in ("POINT_REPEATED_CASES", "POINT_REPEATED"):
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["POINT_REPEATED_CASES"][0] == "info"
    assert CATALOGUE["POINT_REPEATED"][0] == "warning"


def test_case_ledger_by_date_reads_a_recurring_point_once(tmp_path):
    # one heading row, the 承办人's rows interleaved in date order; '…不一次性告知。' typed with
    # a stop on its second case: the same point
    rows = [["XX市不动产登记中心业务受理廉政风险提示台账"],
            ["序号", "受理日期", "案件编号", "申请人", "岗位", "承办人", "廉政风险提示", "风险等级"],
            [1, "2025-03-02", "BDC2025-0031", "滕向荣", "受理员", "鞠瑶岑",
             "材料不全不一次性告知，故意刁难", "二级"],
            [2, "2025-03-05", "BDC2025-0047", "阙德茂", "审核员", "郦沐川",
             "审核中为关系人降低标准登簿", "一级"],
            [3, "2025-03-11", "BDC2025-0052", "詹丽华", "受理员", "鞠瑶岑",
             "材料不全不一次性告知，故意刁难。", "二级"],
            [4, "2025-03-18", "BDC2025-0066", "蒯春生", "审核员", "郦沐川",
             "审核中为关系人降低标准登簿", "一级"],
            [5, "2025-03-20", "BDC2025-0071", "荀玉梅", "受理员", "鞠瑶岑",
             "收受申请人购物卡", "三级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("受理员", "鞠瑶岑", "材料不全不一次性告知，故意刁难", "Ⅱ级"),
        ("受理员", "鞠瑶岑", "收受申请人购物卡", "Ⅲ级"),
        ("审核员", "郦沐川", "审核中为关系人降低标准登簿", "Ⅰ级"),
    ])  # fmt: skip
    assert counts(got) == {"鞠瑶岑": (2, 0, 1, 1), "郦沐川": (1, 1, 0, 0)}
    info = said(got, "POINT_REPEATED_CASES")
    assert sorted(info["cell"]) == ["G3", "G4"]
    assert "G3、G5" in " ".join(info["message"]) and "G4、G6" in " ".join(info["message"])
    assert not len(said(got, "POINT_REPEATED"))
    no_errors(got)


def test_case_ledger_by_case_number_takes_the_highest_level_and_joins_measures(tmp_path):
    # a 受理时间 and 案件编号, a measures column: the second case logged the point one level
    # higher and with another measure
    rows = [["XX县医疗保障局医保待遇经办廉政风险登记台账"],
            ["受理时间", "案件编号", "参保人", "经办岗位", "经办人", "风险点", "风险等级", "防控措施"],
            ["2025年4月1日", "YB-0412", "缪淑芬", "稽核员", "芮澜翊", "对定点医药机构违规行为查处不力",
             "Ⅱ级", "双人现场稽核"],
            ["2025年4月9日", "YB-0433", "梁秀珍", "待遇审核员", "甄湛岚", "异地就医备案材料把关不严",
             "Ⅲ级", "按清单逐项核验"],
            ["2025年4月22日", "YB-0461", "邰国庆", "稽核员", "芮澜翊", "对定点医药机构违规行为查处不力",
             "Ⅰ级", "稽核结果集体研究"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("稽核员", "芮澜翊", "对定点医药机构违规行为查处不力", "Ⅰ级"),
        ("待遇审核员", "甄湛岚", "异地就医备案材料把关不严", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    kept = r[r["person"] == "芮澜翊"]
    assert list(kept["measures"]) == ["双人现场稽核\n稽核结果集体研究"]
    assert list(kept["source_row"]) == [3]
    assert counts(got)["芮澜翊"] == (1, 1, 0, 0)
    info = said(got, "POINT_REPEATED_CASES")
    assert list(info["cell"]) == ["F3"]
    assert "已取最高的Ⅰ级" in info["message"].iloc[0]
    no_errors(got)


def test_ordinary_list_with_a_point_typed_twice_warns_and_counts_once(tmp_path):
    # no case column: a list of posts with ticks under 高 | 中 | 低, one point typed again
    rows = [["XX镇市场监管所岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, None, "高", "中", "低", None],
            [1, "所长", "仉昊霆", "行政处罚案件不经集体讨论", "√", None, None, "重大案件集体审议"],
            [2, "所长", "仉昊霆", "接受被检查单位宴请", None, "√", None, "执行廉洁纪律"],
            [3, "所长", "仉昊霆", "行政处罚案件不经集体讨论", "√", None, None, "重大案件集体审议"],
            [4, "食品安全监管员", "邬晴岚", "抽检样品选择性送检", None, "√", None, "抽检计划公开"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"])
    assert read(got) == sorted([
        ("所长", "仉昊霆", "行政处罚案件不经集体讨论", "Ⅰ级"),
        ("所长", "仉昊霆", "接受被检查单位宴请", "Ⅱ级"),
        ("食品安全监管员", "邬晴岚", "抽检样品选择性送检", "Ⅱ级"),
    ])  # fmt: skip
    assert counts(got)["仉昊霆"] == (2, 1, 1, 0)
    warn = said(got, "POINT_REPEATED")
    assert list(warn["cell"]) == ["D4"] and "D4、D6" in warn["message"].iloc[0]
    assert list(warn["severity"]) == ["warning"]
    assert not len(said(got, "POINT_REPEATED_CASES"))
    no_errors(got)


def test_same_point_of_two_holders_stays_two_points(tmp_path):
    # negative: two 承办人 meet the same risk: each his own point, no repeat said
    rows = [["XX市不动产登记中心业务受理廉政风险提示台账"],
            ["序号", "受理日期", "申请人", "岗位", "承办人", "廉政风险提示", "风险等级"],
            [1, "2025-05-06", "左春兰", "受理员", "亓雨桐", "收受申请人购物卡", "三级"],
            [2, "2025-05-09", "席建军", "受理员", "訾沐言", "收受申请人购物卡", "三级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("受理员", "亓雨桐", "收受申请人购物卡", "Ⅲ级"),
        ("受理员", "訾沐言", "收受申请人购物卡", "Ⅲ级"),
    ])  # fmt: skip
    assert not len(said(got, "POINT_REPEATED_CASES")) and not len(said(got, "POINT_REPEATED"))
    no_errors(got)


def test_same_words_under_two_duties_of_one_holder_stay_two_points(tmp_path):
    # negative: an ordinary list by 职责, the same words under two duties, measures apart
    rows = [["XX镇市场监管所岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施"],
            [1, "执法员", "宓泽川", "特种设备监督检查", "检查走过场，降低标准", "二级", "双随机抽查"],
            [2, "执法员", "宓泽川", "计量器具监督检查", "检查走过场，降低标准", "三级", "检查记录存档"],
            [3, "执法员", "宓泽川", "投诉举报处理", "压案不办", "二级", "限时办结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("执法员", "宓泽川", "检查走过场，降低标准", "Ⅱ级"),
        ("执法员", "宓泽川", "检查走过场，降低标准", "Ⅲ级"),
        ("执法员", "宓泽川", "压案不办", "Ⅱ级"),
    ])  # fmt: skip
    assert counts(got)["宓泽川"] == (3, 0, 2, 1)
    assert not len(said(got, "POINT_REPEATED_CASES")) and not len(said(got, "POINT_REPEATED"))
    no_errors(got)


def test_yearly_ledger_still_reads_the_latest_year_without_a_repeat(tmp_path):
    # negative: a 登记年度 ledger's rows supersede (POINT_EARLIER_YEAR), no repeat said
    rows = [["XX县医疗保障局岗位廉政风险动态管理台账"],
            ["登记年度", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["2024年", "基金会计", "郜清漪", "医保基金拨付不按审批金额", "二级", "双人复核"],
            ["2025年", "基金会计", "郜清漪", "医保基金拨付不按审批金额", "一级", "拨付结果公示"],
            ["2025年", "基金会计", "郜清漪", "票据管理混乱", "三级", "票据专人保管"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("基金会计", "郜清漪", "医保基金拨付不按审批金额", "Ⅰ级"),
        ("基金会计", "郜清漪", "票据管理混乱", "Ⅲ级"),
    ])  # fmt: skip
    assert len(said(got, "POINT_EARLIER_YEAR")) == 1
    assert not len(said(got, "POINT_REPEATED_CASES")) and not len(said(got, "POINT_REPEATED"))
    no_errors(got)


def test_what_the_hundred_and_twenty_fifth_review_found_two_types_and_unnamed_posts(tmp_path):
    # finding 3: the same words under two 风险类型 are two points (no type lost from the counts)
    title = ["XX县财政局岗位廉政风险点一览表"]
    rows = [title, ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "国库股", "股长", "王科", "执行制度不严", "思想道德风险", "二级", "学习教育"],
            [2, "国库股", "股长", "王科", "执行制度不严", "制度机制风险", "二级", "完善制度"],
            [3, "国库股", "会计", "李理", "账务处理不及时", "岗位职责风险", "三级", "日清月结"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:H1"])
    assert read(got) == sorted([
        ("股长", "王科", "执行制度不严", "Ⅱ级"),
        ("股长", "王科", "执行制度不严", "Ⅱ级"),
        ("会计", "李理", "账务处理不及时", "Ⅲ级"),
    ])  # fmt: skip
    assert len(set(got.risks[got.risks["person"] == "王科"]["risk_type"])) == 2
    assert counts(got)["王科"] == (2, 0, 2, 0)
    assert not len(said(got, "POINT_REPEATED"))
    no_errors(got)
    # finding 8: a post-only list (no name column): two identical 科员 rows may be two 科员
    rows = [title, ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "科员", "公文处理泄密", "二级", "保密教育"],
            [2, "办公室", "科员", "公文处理泄密", "二级", "保密教育"],
            [3, "办公室", "主任", "公车私用", "二级", "登记"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("科员", "", "公文处理泄密", "Ⅱ级"),
        ("科员", "", "公文处理泄密", "Ⅱ级"),
        ("主任", "", "公车私用", "Ⅱ级"),
    ])  # fmt: skip
    assert not len(said(got, "POINT_REPEATED")) and not len(said(got, "POINT_REPEATED_CASES"))
    no_errors(got)
