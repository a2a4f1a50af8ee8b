"""A list with no 岗位/责任人 column, exported from an online form: one column packs who submitted
each row as label：value pairs ('提交人：…｜职务：…｜提交时间：…', a pair a line, '填报人：…；部门：…；
岗位：…'). The submitter's label (提交人, 填报人, 填写人, 姓名, 责任人) gives the row its holder, 职务/岗位
his post and 科室/部门 his 科室; the other pairs (时间, 电话, IP) are left.

Not the published batch's file (a 财政审计中心's 清单, ``序号 | 风险点 | 风险等级 | 防控措施 | 填报信息``
with 一级/二级/三级 and 总经理 …): a county's 中医院, 水务局 and 中学, other posts, names and level
words, the packed column elsewhere, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives keep reading as before: a 备注 of prose about 提交,
a 联系方式 column beside a real 责任人 column, one clerk's name on every row with no post.
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
    write_workbook(inbox / "export.xlsx", {"导出数据": rows}, {"导出数据": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_bar_separated_submitter_and_post(tmp_path):
    # the packed column first, a 备注 column after the measures; 高/中/低
    got = run(tmp_path, [
        ["某县中医院廉政风险点登记表（问卷导出）"],
        ["提交信息", "编号", "廉政风险点", "风险级别", "防控办法", "备注"],
        ["提交人：濮阳芷汀｜职务：药剂科主任｜提交时间：2025-03-02 09:15:20", 1,
         "药品遴选收受供应商好处", "高", "药事委员会集体遴选，全程留痕", ""],
        ["提交人：濮阳芷汀｜职务：药剂科主任｜提交时间：2025-03-02 09:15:20", 2,
         "药品出入库账实不符", "中", "每月盘点，双人复核", "新增"],
        ["提交人：蔺桐岚｜职务：收费员｜IP：10.2.3.4", 3,
         "收费截留挪用现金", "高", "票款日清日结，财务抽查", ""],
    ], ["A1:F1"])  # fmt: skip
    assert read(got) == sorted([
        ("药剂科主任", "濮阳芷汀", "药品遴选收受供应商好处", "Ⅰ级"),
        ("药剂科主任", "濮阳芷汀", "药品出入库账实不符", "Ⅱ级"),
        ("收费员", "蔺桐岚", "收费截留挪用现金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert got.counts()["forms"] == 2


def test_one_pair_a_line(tmp_path):
    # two heading rows (风险评估 merged over 等级 | 类型), the pairs on lines, 姓名 and 科室; ★
    cell = "姓名：{}\n科室：{}\n岗位：{}\n提交时间：2025/04/{}"
    got = run(tmp_path, [
        ["序号", "风险内容", "风险评估", None, "应对措施", "填报详情"],
        [None, None, "等级", "类型", None, None],
        [1, "项目验收走过场", "★★★", "岗位职责", "验收邀请第三方参加", cell.format("巫马砚秋", "工程股", "股长", "08")],
        [2, "工程款超进度拨付", "★★", "制度机制", "按监理计量拨付", cell.format("巫马砚秋", "工程股", "股长", "08")],
        [3, "取水许可审批吃拿卡要", "★★★", "思想道德", "审批事项网上公开", cell.format("鄂溪棠", "水资源股", "科员", "09")],
    ], ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"])  # fmt: skip
    assert read(got) == sorted([
        ("股长", "巫马砚秋", "项目验收走过场", "Ⅰ级"),
        ("股长", "巫马砚秋", "工程款超进度拨付", "Ⅱ级"),
        ("科员", "鄂溪棠", "取水许可审批吃拿卡要", "Ⅰ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"工程股", "水资源股"}
    no_errors(got)


def test_filler_with_department_and_post(tmp_path):
    # '填报人：…；部门：…；岗位：…' under 填报情况, ticks under 风险等级 over 高 | 中 | 低
    got = run(tmp_path, [
        ["某中学岗位廉洁风险清单"],
        ["序号", "风险点", "风险等级", None, None, "防控措施", "填报情况"],
        [None, None, "高", "中", "低", None, None],
        [1, "招生录取暗箱操作", "√", "", "", "招生结果公示", "填报人：宰父沐晴；部门：教务处；岗位：主任；电话：13900001111"],
        [2, "食堂原料采购以次充好", "", "√", "", "验收双人签字", "填报人：暨星澜；部门：后勤处；岗位：管理员；电话：13900002222"],
        [3, "教辅资料违规征订", "", "", "√", "征订报备教育局", "填报人：宰父沐晴；部门：教务处；岗位：主任；电话：13900001111"],
    ], ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"])  # fmt: skip
    got_rows = read(got)
    assert [(t, p, x) for t, p, x, _lv in got_rows] == sorted([
        ("主任", "宰父沐晴", "招生录取暗箱操作"),
        ("管理员", "暨星澜", "食堂原料采购以次充好"),
        ("主任", "宰父沐晴", "教辅资料违规征订"),
    ])  # fmt: skip
    assert {x: lv for _t, _p, x, lv in got_rows} == {
        "招生录取暗箱操作": "Ⅰ级", "食堂原料采购以次充好": "Ⅱ级", "教辅资料违规征订": "Ⅲ级",
    }  # fmt: skip
    assert set(got.risks["department"]) == {"教务处", "后勤处"}
    no_errors(got)


def test_remark_prose_about_submitting_is_no_holder(tmp_path):
    rows = [
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "公车私用", "中", "车辆定位监控", "经科室讨论后提交：已报分管领导审阅"],
        [2, "会议费虚列开支", "高", "会议费凭签到表报销", "提交时间：5月，补充说明：待修订"],
        [3, "办公用品采购不比价", "低", "三家比价", ""],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("", "", "公车私用", "Ⅱ级"),
        ("", "", "会议费虚列开支", "Ⅰ级"),
        ("", "", "办公用品采购不比价", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_contact_column_beside_a_holder_column_stands(tmp_path):
    rows = [
        ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施", "联系方式"],
        [
            1,
            "出纳",
            "冼若溪",
            "现金坐支挪用",
            "高",
            "日清月结",
            "联系人：澹台霁｜电话：0476-1234567",
        ],
        [
            2,
            "会计",
            "钭语桐",
            "虚假报销",
            "中",
            "票据审核双签",
            "联系人：澹台霁｜职务：办事员｜电话：0476-1234567",
        ],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("出纳", "冼若溪", "现金坐支挪用", "Ⅰ级"),
        ("会计", "钭语桐", "虚假报销", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_one_clerk_on_every_row_is_no_holder(tmp_path):
    rows = [
        ["序号", "风险点", "风险等级", "防控措施", "填报信息"],
        [1, "执法检查选择性执法", "高", "双随机抽查", "填报人：仉涵煦｜提交时间：2025-06-01"],
        [2, "罚没款不入账", "高", "票款分离", "填报人：仉涵煦｜提交时间：2025-06-01"],
    ]
    got = run(tmp_path, rows)
    assert {(t, p) for t, p, _x, _lv in read(got)} == {("", "")}
    no_errors(got)


def test_what_the_hundred_and_eighth_review_found_one_clerk_with_a_department_is_no_holder(
    tmp_path,
):
    # the same 填表人 on every row with a 部门 pair: a 部门 alone is no post, the clerk no holder
    rows = [
        ["某县财政局廉政风险点清单"],
        ["序号", "风险点", "风险等级", "防控措施", "填报信息"],
        [1, "预算编制随意调整", "高", "集体研究", "填表人：罗梓涵；部门：办公室；时间：2025-03-02"],
        [2, "资金拨付不按进度", "中", "按进度拨付", "填表人：罗梓涵；部门：办公室；时间：2025-03-02"],
        [3, "政府采购指定供应商", "高", "公开招标", "填表人：罗梓涵；部门：办公室；时间：2025-03-02"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "预算编制随意调整", "Ⅰ级"),
        ("", "", "资金拨付不按进度", "Ⅱ级"),
        ("", "", "政府采购指定供应商", "Ⅰ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {""}
    assert "COLUMN_GUESSED" not in set(got.issues["code"])
    no_errors(got)


def test_what_the_hundred_and_eighth_review_found_comma_separated_pairs(tmp_path):
    # '，' and '、' between the pairs, each part opening with its label and a colon
    rows = [
        ["某县财政局廉政风险点清单"],
        ["序号", "风险点", "风险等级", "防控措施", "填报信息"],
        [1, "预算编制随意调整", "高", "集体研究", "填报人：罗梓涵，岗位：预算股长，时间：2025-03-02"],
        [2, "资金拨付不按进度", "中", "按进度拨付", "填报人：萧雨桐、岗位：会计、时间：2025-03-02"],
        [3, "票据管理不严", "低", "专人保管", "填报人：萧雨桐，岗位：会计，时间：2025-03-03"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("预算股长", "罗梓涵", "预算编制随意调整", "Ⅰ级"),
        ("会计", "萧雨桐", "资金拨付不按进度", "Ⅱ级"),
        ("会计", "萧雨桐", "票据管理不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
