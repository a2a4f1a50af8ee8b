"""A dynamic ledger one row a point a year: a year column (``排查年度``, ``年份``, ``登记年度``) and,
mostly, a code column (``风险点编码``), each point assessed again entered on a row of its own under
its earlier year's row, the level changed between them. Each point is read ONCE, from the row of
its latest year (its level, text and measures); the earlier years' rows are superseded (info
POINT_EARLIER_YEAR), a point whose latest row says ``已撤销`` / ``不再列入`` is dropped (info
ROW_DELETED at that cell), and a point with only an earlier year's row is kept with a warning
(POINT_NOT_REREGISTERED). A list of one year, or with a 年度 column and no point on two years'
rows, is read as before: every row its own point.

Not the published batch's ledger (a 水库管理所 with 所长/副所长/会计, ``登记年度`` 2024年 over
2025年, 一级/二级/三级 and ``已销号`` in the level cell): a 县人民医院's and a 县市场监督管理局's
ledgers, 2023 over 2024, 高/中/低 and ``较大/一般`` words, a 科室 column, two heading rows, no code
column (one holder's point text), a separate 状态 column and a point not registered again,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "ledger.xlsx", {"台账": rows}, {"台账": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"]) if len(got.issues) else []


def errors(got) -> list[str]:
    i = got.issues
    return list(i[i["severity"] == "error"]["code"]) if len(i) else []


HOSPITAL = [
    ["XX县人民医院廉政风险点动态管理台账（2023—2024年度）"],
    ["填报科室：院办公室", None, None, None, None, "更新时间：2024年5月"],
    ["序号", "风险点编码", "排查年度", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "YY-01", "2023年度", "院领导", "院长", "柏砚泠", "大型医疗设备采购论证走过场", "中",
     "设备采购经院党委会集体研究。"],
    [2, "YY-01", "2024年度", "院领导", "院长", "柏砚泠", "大型医疗设备采购论证走过场、指定品牌", "高",
     "设备采购经院党委会集体研究，论证意见公示。"],
    [3, "YY-02", "2023年度", "药剂科", "主任", "鄢芷汀", "药品遴选收受药企好处", "高", "药事委员会集体遴选。"],
    [4, "YY-02", "2024年度", "药剂科", "主任", "鄢芷汀", "药品遴选收受药企好处", "中", "药事委员会集体遴选。"],
    [5, "YY-03", "2023年度", "药剂科", "主任", "鄢芷汀", "麻精药品账物不符", "中", "双人双锁管理。"],
    [6, "YY-03", "2024年度", "药剂科", "主任", "鄢芷汀", "麻精药品账物不符", "已撤销", "已纳入信息化追溯。"],
    [7, "YY-04", "2024年度", "总务科", "采购员", "满翊棠", "后勤物资采购拆分规避比价", "中",
     "物资采购三家比价，结果公示。"],
    ["注：同一编码每年登记一行，以2024年度为准；标“已撤销”的不再列入防控。"],
]  # fmt: skip
HOSPITAL_MERGES = ["A1:I1", "A11:I11"]


def test_latest_year_row_counts_and_struck_off_point_dropped(tmp_path):
    got = run(tmp_path, HOSPITAL, HOSPITAL_MERGES)
    assert read(got) == [
        ("主任", "鄢芷汀", "药品遴选收受药企好处", "Ⅱ级"),
        ("采购员", "满翊棠", "后勤物资采购拆分规避比价", "Ⅱ级"),
        ("院长", "柏砚泠", "大型医疗设备采购论证走过场、指定品牌", "Ⅰ级"),
    ]
    assert not errors(got)
    assert codes(got).count("POINT_EARLIER_YEAR") == 3
    deleted = got.issues[got.issues["code"] == "ROW_DELETED"]
    assert list(deleted["cell"]) == ["H9"] and list(deleted["value"]) == ["已撤销"]


def test_two_heading_rows_no_code_holder_point_text(tmp_path):
    rows = [
        ["XX县市场监督管理局岗位廉政风险点台账"],
        ["年份", "责任岗位", None, "廉政风险点", "风险等级", "防控措施", "备注"],
        [None, "岗位", "姓名", None, None, None, None],
        ["2023年", "局长", "阙沅澈", "行政处罚案件集体讨论走形式", "较大", "重大案件法制审核。", None],
        ["2023年", "稽查员", "訾岚汐", "现场检查吃拿卡要", "一般", "执法记录仪全程记录。", None],
        ["2024年", "局长", "阙沅澈", "行政处罚案件集体讨论走形式", "重大", "重大案件法制审核，集体讨论留痕。", None],
        ["2024年", "稽查员", "訾岚汐", "现场检查吃拿卡要", "较大", "执法记录仪全程记录。", None],
        ["2024年", "稽查员", "訾岚汐", "抽检不合格结果瞒报", "一般", "抽检结果系统自动推送。", "新增"],
    ]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == [
        ("局长", "阙沅澈", "行政处罚案件集体讨论走形式", "Ⅰ级"),
        ("稽查员", "訾岚汐", "抽检不合格结果瞒报", "Ⅲ级"),
        ("稽查员", "訾岚汐", "现场检查吃拿卡要", "Ⅱ级"),
    ]
    assert not errors(got)
    assert codes(got).count("POINT_EARLIER_YEAR") == 2


def test_status_column_and_point_not_registered_again(tmp_path):
    rows = [
        ["XX县人民医院检验科廉政风险台账"],
        ["编号", "登记年度", "岗位", "姓名", "风险点", "风险等级", "状态", "防控措施"],
        ["JY-1", "2023年", "检验科主任", "龚澍岚", "检验试剂采购收受回扣", "高", "在控", "试剂统一招标。"],
        ["JY-1", "2024年", "检验科主任", "龚澍岚", "检验试剂采购收受回扣", "高", "在控", "试剂统一招标，按月对账。"],
        ["JY-2", "2023年", "检验科主任", "龚澍岚", "外送检验机构选择不公开", "中", "在控", "外送机构院务会确定。"],
        ["JY-2", "2024年", "检验科主任", "龚澍岚", "外送检验机构选择不公开", "中", "不再列入", "外送机构院务会确定。"],
        ["JY-3", "2023年", "检验师", "冼漪涵", "私自出具检验报告", "低", "在控", "报告双人审核。"],
        ["JY-4", "2024年", "检验师", "冼漪涵", "检验结果人情修改", "中", "在控", "修改留痕。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == [
        ("检验师", "冼漪涵", "检验结果人情修改", "Ⅱ级"),
        ("检验师", "冼漪涵", "私自出具检验报告", "Ⅲ级"),
        ("检验科主任", "龚澍岚", "检验试剂采购收受回扣", "Ⅰ级"),
    ]
    assert not errors(got)
    deleted = got.issues[got.issues["code"] == "ROW_DELETED"]
    assert list(deleted["cell"]) == ["G6"]
    kept = got.issues[got.issues["code"] == "POINT_NOT_REREGISTERED"]
    assert list(kept["cell"]) == ["E7"] and list(kept["severity"]) == ["warning"]


def test_one_year_in_every_row_as_before(tmp_path):
    rows = [
        ["XX县人民医院岗位廉政风险点一览表"],
        ["序号", "风险点编码", "排查年度", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "YY-01", "2024年度", "院长", "柏砚泠", "大型医疗设备采购论证走过场", "高", "集体研究。"],
        [2, "YY-01", "2024年度", "院长", "柏砚泠", "基建项目变更不经集体研究", "中", "变更经院务会。"],
        [3, "YY-02", "2024年度", "收费员", "满翊棠", "收费不开票据截留现金", "高", "日清日结。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == [
        ("收费员", "满翊棠", "收费不开票据截留现金", "Ⅰ级"),
        ("院长", "柏砚泠", "基建项目变更不经集体研究", "Ⅱ级"),
        ("院长", "柏砚泠", "大型医疗设备采购论证走过场", "Ⅰ级"),
    ]
    assert not errors(got)
    assert not {"POINT_EARLIER_YEAR", "POINT_NOT_REREGISTERED"} & set(codes(got))


def test_year_column_without_repeated_points_as_before(tmp_path):
    rows = [
        ["XX县市场监督管理局廉政风险点清单"],
        ["序号", "年度", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "2023年", "局长", "阙沅澈", "行政处罚案件集体讨论走形式", "较大", "法制审核。"],
        [2, "2024年", "局长", "阙沅澈", "干预市场主体登记审批", "重大", "审批全程网办。"],
        [3, "2024年", "稽查员", "訾岚汐", "现场检查吃拿卡要", "一般", "执法记录仪全程记录。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == [
        ("局长", "阙沅澈", "干预市场主体登记审批", "Ⅰ级"),
        ("局长", "阙沅澈", "行政处罚案件集体讨论走形式", "Ⅱ级"),
        ("稽查员", "訾岚汐", "现场检查吃拿卡要", "Ⅲ级"),
    ]
    assert not errors(got)
    assert not {"POINT_EARLIER_YEAR", "POINT_NOT_REREGISTERED", "ROW_DELETED"} & set(codes(got))


def issues_of(got, code: str) -> list[tuple[str, str, str]]:
    i = got.issues
    i = i[i["code"] == code]
    return sorted(zip(i["severity"], i["cell"], i["value"], strict=True))


def test_what_the_hundred_and_nineteenth_review_found_numbers_restarting_each_year(tmp_path):
    """A 编号 restarting each year (1, 2 | 1, 2) is a 序号, no point's code: one point is one
    holder's point text (张三's 2024 point is not 王五's 2025 one)."""
    rows = [
        ["XX局2024—2025年度廉政风险点登记表"],
        ["编号", "年度", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "2024年", "办公室", "主任", "张三", "公车私用", "中", "车辆统一调度"],
        [2, "2024年", "财务科", "会计", "李四", "虚报冒领", "中", "双人复核"],
        [1, "2025年", "财务科", "出纳", "王五", "挪用公款", "高", "每日对账"],
        [2, "2025年", "财务科", "会计", "李四", "虚报冒领", "低", "双人复核"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == [
        ("主任", "张三", "公车私用", "Ⅱ级"),
        ("会计", "李四", "虚报冒领", "Ⅲ级"),
        ("出纳", "王五", "挪用公款", "Ⅰ级"),
    ]
    assert issues_of(got, "POINT_NOT_REREGISTERED") == [("warning", "F3", "2024年")]
    assert issues_of(got, "POINT_EARLIER_YEAR") == [("info", "F6", "2024年（第4行）")]
    assert not issues_of(got, "POINT_CODE_NOT_SAME")


def test_what_the_hundred_and_nineteenth_review_found_a_post_code_twice_a_year(tmp_path):
    """A 岗位编号 on two points of one holder in one year is no point's code: one holder's point
    text instead (公款吃喝, 2024 only, is kept and said; 公车私用 read from 2025)."""
    rows = [
        ["XX局廉政风险点动态台账"],
        ["岗位编号", "排查年度", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["GW-01", "2024年", "办公室", "主任", "张三", "公车私用", "中", "车辆统一调度"],
        ["GW-01", "2024年", "办公室", "主任", "张三", "公款吃喝", "中", "接待审批"],
        ["GW-01", "2025年", "办公室", "主任", "张三", "公车私用", "高", "车辆统一调度、GPS"],
        ["GW-02", "2025年", "财务科", "会计", "李四", "虚报冒领", "中", "双人复核"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == [
        ("主任", "张三", "公款吃喝", "Ⅱ级"),
        ("主任", "张三", "公车私用", "Ⅰ级"),
        ("会计", "李四", "虚报冒领", "Ⅱ级"),
    ]
    assert issues_of(got, "POINT_NOT_REREGISTERED") == [("warning", "F4", "2024年")]
    assert issues_of(got, "POINT_EARLIER_YEAR") == [("info", "F5", "2024年（第3行）")]


def test_what_the_hundred_and_nineteenth_review_found_a_code_on_two_points(tmp_path):
    """One code on two years' rows of different holders or different points is shared by
    mistake: no row merged, each its own point, a warning naming both rows; a code on rows of
    one holder's similar point text (reworded in the later year) still merges."""
    rows = [
        ["XX局廉政风险点登记表"],
        ["序号", "编号", "年度", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "A-01", "2024年", "办公室", "主任", "张三", "公车私用", "高", "车辆统一调度"],
        [2, "A-01", "2025年", "财务科", "会计", "李四", "虚报冒领", "中", "双人复核"],
        [3, "A-02", "2025年", "财务科", "出纳", "王五", "挪用公款", "高", "每日对账"],
        [4, "A-03", "2024年", "财务科", "出纳", "王五", "私设小金库", "中", "定期盘点"],
        [5, "A-03", "2025年", "财务科", "出纳", "王五", "现金保管不善", "低", "定期盘点"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1"])
    assert read(got) == [
        ("主任", "张三", "公车私用", "Ⅰ级"),
        ("会计", "李四", "虚报冒领", "Ⅱ级"),
        ("出纳", "王五", "挪用公款", "Ⅰ级"),
        ("出纳", "王五", "现金保管不善", "Ⅲ级"),
        ("出纳", "王五", "私设小金库", "Ⅱ级"),
    ]
    assert not errors(got)
    said = issues_of(got, "POINT_CODE_NOT_SAME")
    assert [(s, c, v) for s, c, v in said] == [("warning", "B4", "A-01"), ("warning", "B7", "A-03")]
    msgs = list(got.issues[got.issues["code"] == "POINT_CODE_NOT_SAME"]["message"])
    assert any("第3行" in m and "第4行" in m for m in msgs)
    assert codes(got).count("POINT_EARLIER_YEAR") == 0
    reworded = [
        ["XX局廉政风险点动态台账"],
        ["风险点编码", "排查年度", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["Z-01", "2024年度", "办公室", "主任", "张三", "公车私用", "中", "车辆统一调度"],
        ["Z-01", "2025年度", "办公室", "主任", "张三", "公务用车私用、违规加油", "高", "GPS"],
        ["Z-02", "2025年度", "财务科", "会计", "李四", "虚报冒领", "中", "双人复核"],
    ]  # fmt: skip
    got = run(tmp_path / "reworded", reworded, ["A1:H1"])
    assert read(got) == [
        ("主任", "张三", "公务用车私用、违规加油", "Ⅰ级"),
        ("会计", "李四", "虚报冒领", "Ⅱ级"),
    ]
    assert not issues_of(got, "POINT_CODE_NOT_SAME")
    assert issues_of(got, "POINT_EARLIER_YEAR") == [("info", "F4", "2024年（第3行）")]


def test_what_the_hundred_and_nineteenth_review_found_years_in_numerals_or_merged(tmp_path):
    """Years in Chinese numerals ('二〇二四年', '二〇二五年度') and a year merged down over its rows
    (B3:B4 2024年, B5:B6 2025年) are years as '2024年' is."""
    rows = [
        ["XX局廉政风险点动态台账"],
        ["风险点编码", "登记年度", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["Z-01", "二〇二四年", "办公室", "主任", "张三", "公车私用", "中", "车辆统一调度"],
        ["Z-01", "二〇二五年度", "办公室", "主任", "张三", "公车私用", "高", "车辆统一调度、GPS"],
        ["Z-02", "二〇二五年度", "财务科", "会计", "李四", "虚报冒领", "中", "双人复核"],
    ]  # fmt: skip
    got = run(tmp_path / "numerals", rows, ["A1:H1"])
    assert read(got) == [("主任", "张三", "公车私用", "Ⅰ级"), ("会计", "李四", "虚报冒领", "Ⅱ级")]
    assert issues_of(got, "POINT_EARLIER_YEAR") == [("info", "F4", "2024年（第3行）")]
    rows = [
        ["XX局廉政风险点动态台账"],
        ["风险编号", "年度", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["F-01", "2024年", "办公室", "主任", "张三", "公车私用", "中", "车辆统一调度"],
        ["F-02", None, "财务科", "会计", "李四", "虚报冒领", "中", "双人复核"],
        ["F-01", "2025年", "办公室", "主任", "张三", "公车私用", "高", "车辆统一调度、GPS"],
        ["F-02", None, "财务科", "会计", "李四", "虚报冒领", "低", "双人复核"],
    ]  # fmt: skip
    got = run(tmp_path / "merged", rows, ["A1:H1", "B3:B4", "B5:B6"])
    assert read(got) == [("主任", "张三", "公车私用", "Ⅰ级"), ("会计", "李四", "虚报冒领", "Ⅲ级")]
    assert codes(got).count("POINT_EARLIER_YEAR") == 2
    assert not errors(got)
