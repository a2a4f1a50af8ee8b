"""A list of 工作事项 with no 科室, post or name column, its holders written only as prose in a
'责任分工' cell merged over each 事项's rows ('…牵头负责；…具体负责。'): the one who handles the
matter (具体负责, 具体承办, 经办, 负责落实 …) holds its points, his 科室 and post from the words
before his name; the leader who 牵头, 负总责 or 分管 holds none.

Not the published batch's list (a 中学's 工作事项 with 副校长/校长 leading and 处 主任 handling,
``牵头负责；…具体负责。`` under '责任分工', 高/中/低): a county 自然资源局 and a 市场监管所, other
posts, names and level words, the role written after the name or with 由 before it, on two lines,
two holders in one cell, under '职责分工' or two heading rows, an extra 备注 column; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> set[str]:
    i = got.issues
    return set(i["code"] if severity is None else i[i["severity"] == severity]["code"])


def no_errors(got) -> None:
    i = got.issues
    assert not len(i[i["severity"] == "error"]), i.to_dict("records")


BUREAU = [
    ["XX县自然资源局重点工作事项廉政风险防控一览表"],
    ["序号", "工作事项", "风险点", "风险等级", "防控措施", "职责分工"],
    [1, "不动产登记", "材料不全违规办理登记", "一级", "登记材料两级审核。",
     "副局长鞠沛然牵头；不动产登记股股长訾晗负责落实。"],
    [2, "不动产登记", "泄露权利人登记信息", "二级", "查询留痕，定期抽查。", None],
    [3, "地籍测绘", "测绘成果弄虚作假", "二级", "成果抽检复核。",
     "局长宓承泽负总责，地籍测绘股科员厍怡宁具体经办。"],
    [4, "地籍测绘", "收受测绘单位财物", "三级", "签订廉洁承诺书。", None],
    ["注：牵头、负总责的为领导责任。"],
]  # fmt: skip


def test_the_one_who_handles_the_matter_holds_its_points(tmp_path):
    got = run(tmp_path, BUREAU, ["A1:F1", "B3:B4", "F3:F4", "B5:B6", "F5:F6", "A7:F7"])
    assert read(got) == sorted([
        ("股长", "訾晗", "材料不全违规办理登记", "Ⅰ级"),
        ("股长", "訾晗", "泄露权利人登记信息", "Ⅱ级"),
        ("科员", "厍怡宁", "测绘成果弄虚作假", "Ⅱ级"),
        ("科员", "厍怡宁", "收受测绘单位财物", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["department"], r["person"], strict=True)) == {
        ("不动产登记股", "訾晗"),
        ("地籍测绘股", "厍怡宁"),
    }
    no_errors(got)
    assert "HOLDERS_BY_DUTY_PROSE" in codes(got, "info")
    assert "DUTY_PROSE_NO_HOLDER" not in codes(got)
    assert not set(got.risks["person"]) & {"鞠沛然", "宓承泽"}


OFFICE = [
    ["XX市场监督管理所廉政风险点排查表"],
    ["序号", "工作事项", "廉政风险", None, "风险等级", "责任分工"],
    [None, None, "风险点", "防控措施", None, None],
    [1, "行政许可", "许可审查降低标准", "审查与决定分离。", "高", "由科长郦景澄具体承办，\n副所长逄曜分管"],
    [2, "行政许可", "许可时限超期不办", "限时办结，超时预警。", "中", None],
    [3, "案件查办", "办人情案、关系案", "案件集体审理。", "高", "副所长仉牧之分管，由执法中队队长戚鸿远具体承办。"],
    [4, "案件查办", "罚没物品处置不规范", "罚没物品统一入库、公开拍卖。", "低", None],
]  # fmt: skip


def test_the_role_written_first_with_by_on_two_lines_and_two_heading_rows(tmp_path):
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3",
              "B4:B5", "F4:F5", "B6:B7", "F6:F7"]  # fmt: skip
    got = run(tmp_path, OFFICE, merges)
    assert read(got) == sorted([
        ("科长", "郦景澄", "许可审查降低标准", "Ⅰ级"),
        ("科长", "郦景澄", "许可时限超期不办", "Ⅱ级"),
        ("队长", "戚鸿远", "办人情案、关系案", "Ⅰ级"),
        ("队长", "戚鸿远", "罚没物品处置不规范", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_DUTY_PROSE" in codes(got, "info")


FUNDS = [
    ["XX县自然资源局财务管理廉政风险清单"],
    ["序号", "工作事项", "廉政风险点", "风险等级", "防控措施", "责任分工", "备注"],
    [1, "资金支付", "虚列支出套取资金", "一级", "支付凭证双人复核。",
     "副局长鞠沛然分管；会计阚书瑶、出纳骆念慈具体负责。", "每季度"],
    [2, "资金支付", "公款私存", "二级", "账户统一管理。", None, None],
    [3, "资产管理", "资产处置不按程序", "二级", "处置经集体研究。", "副局长鞠沛然分管。", None],
]  # fmt: skip


def test_a_cell_of_two_handlers_gives_each_and_a_leader_alone_is_said(tmp_path):
    got = run(tmp_path, FUNDS, ["A1:G1", "B3:B4", "F3:F4"])
    assert read(got) == sorted([
        ("会计", "阚书瑶", "虚列支出套取资金", "Ⅰ级"),
        ("会计", "阚书瑶", "公款私存", "Ⅱ级"),
        ("出纳", "骆念慈", "虚列支出套取资金", "Ⅰ级"),
        ("出纳", "骆念慈", "公款私存", "Ⅱ级"),
        ("", "", "资产处置不按程序", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    issues = got.issues
    warned = issues[issues["code"] == "DUTY_PROSE_NO_HOLDER"]
    assert list(warned["cell"]) == ["F5"], warned.to_dict("records")
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


PLAIN = [
    ["XX县自然资源局廉政风险防控一览表"],
    ["序号", "工作事项", "风险点", "风险等级", "防控措施", "责任分工"],
    [1, "公文管理", "违规泄露涉密文件", "二级", "涉密文件专人管理。", "办公室"],
    [2, "经费报销", "虚开发票报销", "一级", "报销三级审核。", "财务股"],
]  # fmt: skip


def test_a_column_of_posts_under_the_heading_is_read_as_before(tmp_path):
    got = run(tmp_path, PLAIN, ["A1:F1"])
    assert read(got) == sorted([
        ("", "", "违规泄露涉密文件", "Ⅱ级"),
        ("", "", "虚开发票报销", "Ⅰ级"),
    ])  # fmt: skip
    assert list(got.risks["department"]) == ["办公室", "财务股"]  # (the column read as 科室)
    no_errors(got)
    assert not codes(got) & {"HOLDERS_BY_DUTY_PROSE", "DUTY_PROSE_NO_HOLDER"}


NOTED = [
    ["XX县第二小学廉政风险防控清单"],
    ["序号", "工作事项", "风险点", "风险等级", "防控措施", "备注"],
    [1, "招生入学", "违规招收择校生", "一级", "招生结果公示。", "副校长宓承泽分管"],
    [2, "招生入学", "违规收取赞助费", "二级", "收费项目公示。", None],
    [3, "食堂管理", "食材采购吃回扣", "一级", "询价比价，定期公示。", "副校长宓承泽分管"],
]  # fmt: skip


def test_a_note_naming_a_leader_only_is_read_as_before(tmp_path):
    merges = ["A1:F1", "B3:B4", "F3:F4"]
    got = run(tmp_path, NOTED, merges)
    assert read(got) == sorted([
        ("", "", "违规招收择校生", "Ⅰ级"),
        ("", "", "违规收取赞助费", "Ⅱ级"),
        ("", "", "食材采购吃回扣", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not codes(got) & {"HOLDERS_BY_DUTY_PROSE", "DUTY_PROSE_NO_HOLDER"}


def test_what_the_hundred_and_third_review_found_the_name_then_tongzhi_then_post_in_brackets(
    tmp_path,
):
    rows = [
        ["某县统计局廉政风险清单"],
        ["序号", "工作事项", "风险点", "风险等级", "防控措施", "责任分工"],
        [1, "公务接待", "接待超标准", "二级", "接待审批", "柏泠溪同志（办公室主任）具体负责"],
        [2, "统计调查", "数据弄虚作假", "一级", "数据双审",
         "副局长庞沐牵头；童屿澈（统计股股长）具体负责"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "柏泠溪", "接待超标准", "Ⅱ级"),
        ("股长", "童屿澈", "数据弄虚作假", "Ⅰ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["department"], r["person"], strict=True)) == {
        ("办公室", "柏泠溪"),
        ("统计股", "童屿澈"),
    }
    no_errors(got)
    assert "HOLDERS_BY_DUTY_PROSE" in codes(got, "info")
    assert "DUTY_PROSE_NO_HOLDER" not in codes(got)


def test_what_the_hundred_and_third_review_found_the_roles_written_as_labels(tmp_path):
    rows = [
        ["某县统计局廉政风险清单"],
        ["序号", "工作事项", "风险点", "风险等级", "防控措施", "责任分工"],
        [1, "公务接待", "接待超标准", "二级", "接待审批",
         "牵头领导：副局长柏泠溪；具体责任人：办公室主任庞沐"],
        [2, "统计调查", "数据弄虚作假", "一级", "数据双审",
         "分管领导：副局长童屿澈；经办人：统计股股长郁沐岚"],
        [3, "财务管理", "虚列支出", "一级", "双人复核", "主要领导：局长宓承泽；监督人：纪检组长厍怡宁"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "庞沐", "接待超标准", "Ⅱ级"),
        ("股长", "郁沐岚", "数据弄虚作假", "Ⅰ级"),
        ("", "", "虚列支出", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_DUTY_PROSE" in codes(got, "info")
    issues = got.issues
    warned = issues[issues["code"] == "DUTY_PROSE_NO_HOLDER"]
    assert list(warned["cell"]) == ["F5"], warned.to_dict("records")
    assert not set(got.risks["person"]) & {"柏泠溪", "童屿澈", "宓承泽", "厍怡宁"}


def test_what_the_hundred_and_third_review_found_the_duty_on_a_matters_first_row_only(tmp_path):
    rows = [
        ["某县统计局廉政风险清单"],
        ["序号", "工作事项", "风险点", "风险等级", "防控措施", "责任分工"],
        [1, "公务接待", "接待超标准", "二级", "接待审批", "副局长柏泠溪牵头；办公室主任庞沐具体负责"],
        [2, "公务接待", "公车私用", "三级", "派车登记", None],
        [3, "统计调查", "数据弄虚作假", "一级", "数据双审",
         "副局长童屿澈牵头；统计股股长郁沐岚具体负责"],
        [4, "统计调查", "泄露调查对象信息", "三级", "保密", None],
        [5, "财务管理", "虚列支出", "一级", "双人复核", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "庞沐", "接待超标准", "Ⅱ级"),
        ("主任", "庞沐", "公车私用", "Ⅲ级"),
        ("股长", "郁沐岚", "数据弄虚作假", "Ⅰ级"),
        ("股长", "郁沐岚", "泄露调查对象信息", "Ⅲ级"),
        ("", "", "虚列支出", "Ⅰ级"),  # (another 事项: no one's, said)
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_DUTY_PROSE" in codes(got, "info")
    issues = got.issues
    warned = issues[issues["code"] == "DUTY_PROSE_BLANK"]
    assert list(warned["cell"]) == ["F7"], warned.to_dict("records")
    assert list(warned["severity"]) == ["warning"]
    assert "DUTY_PROSE_NO_HOLDER" not in codes(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c
