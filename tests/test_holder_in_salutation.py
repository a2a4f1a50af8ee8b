"""Stacked 岗位廉政风险提示单 letters, one a holder: each opens with a salutation on a line of its
own ('致：登记注册股股长 郗若岚同志：', '尊敬的副局长扈沛昀同志：', '致：副局长阚霁柔：') — the only
place its holder is written — then the letter's own small table naming nobody, and may close with
a 提示人 line naming its sender. The salutation names the holder of the rows below it: his 科室 and
post when it writes them, the words '致：', '尊敬的', '同志', '先生'/'女士' no part of them.

Not the published batch's file (a 旗水利局's 提示单 with 水资源股/河湖管理股, 局长 and 股长,
一级/二级/三级, one heading row): a county's 市场监督管理局 with 登记注册股, 食品安全监管股 and
办公室, other posts and names, 高/中/低 written out or ticked under a heading row of two, an extra
风险类型 column, a space between post and name, a salutation without 同志 and one with 女士,
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
    write_workbook(inbox / "letters.xlsx", {"提示单": rows}, {"提示单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def depts(got) -> dict[str, set[str]]:
    r = got.risks
    out: dict[str, set[str]] = {}
    for person, dept in zip(r["person"], r["department"], strict=True):
        out.setdefault(person, set()).add(dept)
    return out


TITLE = "XX县市场监督管理局岗位廉政风险提示单"
SAY = "　　经排查，你所在岗位存在以下廉政风险，请认真防范："
SENDER = "　　提示人：纪检组长 邝沐晴　　2025年6月"


def test_two_letters_each_to_a_post_and_name_of_a_section(tmp_path):
    rows = [
        [TITLE],
        [],
        ["致：登记注册股股长 郗若岚同志："],
        [SAY],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "企业登记材料审核不严，为不符合条件者办理登记", "高", "登记实行审核、核准两岗分离。"],
        [2, "为中介代办开“绿色通道”收受好处", "中", "窗口办件全程录像，代办件抽查。"],
        [SENDER],
        [],
        ["致：食品安全监管股科员逯澄远同志："],
        [SAY],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "日常检查发现问题不记录、不移交", "高", "检查记录当日上传平台。"],
        [2, "抽检样品选择性送检", "低", "抽检计划随机生成，双人抽样。"],
        [SENDER],
    ]
    merges = ["A1:D1", "A3:D3", "A4:D4", "A8:D8", "A10:D10", "A11:D11", "A15:D15"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "郗若岚", "企业登记材料审核不严，为不符合条件者办理登记", "Ⅰ级"),
        ("股长", "郗若岚", "为中介代办开“绿色通道”收受好处", "Ⅱ级"),
        ("科员", "逯澄远", "日常检查发现问题不记录、不移交", "Ⅰ级"),
        ("科员", "逯澄远", "抽检样品选择性送检", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {"郗若岚": {"登记注册股"}, "逯澄远": {"食品安全监管股"}}
    no_errors(got)


def test_a_respectful_salutation_over_ticked_levels_and_a_type_column(tmp_path):
    rows = [
        [TITLE],
        ["尊敬的副局长扈沛昀同志："],
        ["序号", "风险点", "风险类型", "风险等级", None, None, "防控措施"],
        [None, None, None, "高", "中", "低", None],
        [1, "分管领域行政处罚案件说情打招呼", "岗位职责", "√", None, None, "重大案件集体审议。"],
        [
            2,
            "特种设备检验机构选定中指定关系单位",
            "制度机制",
            None,
            "√",
            None,
            "检验机构公开遴选。",
        ],
        [SENDER],
    ]
    merges = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A7:G7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("副局长", "扈沛昀", "分管领域行政处罚案件说情打招呼", "Ⅰ级"),
        ("副局长", "扈沛昀", "特种设备检验机构选定中指定关系单位", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_leader_without_comrade_and_a_clerk_as_madam(tmp_path):
    rows = [
        [TITLE],
        ["致：副局长阚霁柔："],
        [SAY],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "价格监督检查中降低处罚标准", "高", "处罚裁量对照基准，法制审核。", None],
        [SENDER],
        ["致：办公室出纳 樊语桐女士："],
        [SAY],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "公款私存、挪用备用金", "中", "每月盘点现金，账款核对。", None],
        [2, "报销票据审核走过场", "低", "报销双签，票据逐张登记。", "新增"],
        [SENDER],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:E2", "A3:E3", "A6:E6", "A7:E7", "A8:E8", "A12:E12"])
    assert read(got) == sorted([
        ("副局长", "阚霁柔", "价格监督检查中降低处罚标准", "Ⅰ级"),
        ("出纳", "樊语桐", "公款私存、挪用备用金", "Ⅱ级"),
        ("出纳", "樊语桐", "报销票据审核走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got)["樊语桐"] == {"办公室"}
    no_errors(got)


def test_a_circular_to_all_sections_names_no_holder(tmp_path):
    rows = [
        [TITLE],
        ["致：各股室、各单位："],
        ["　　现将各岗位廉政风险点提示如下，请对照落实："],
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "窗口受理员", "受理时故意刁难、吃拿卡要", "中", "办件限时，群众评价。"],
        [2, "执法人员", "执法检查中徇私放过违法行为", "高", "执法记录仪全程记录。"],
        [SENDER],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:E2", "A3:E3", "A7:E7"])
    assert read(got) == sorted([
        ("窗口受理员", "", "受理时故意刁难、吃拿卡要", "Ⅱ级"),
        ("执法人员", "", "执法检查中徇私放过违法行为", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_the_sender_under_a_table_is_no_holder(tmp_path):
    rows = [
        [TITLE],
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "药品监管员", "药品经营许可现场核查走过场", "高", "现场核查双人进行并留影像。"],
        [2, "药品监管员", "投诉举报处置拖延", "低", "举报件限期办结。"],
        ["提示人：纪检组长邝沐晴"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("药品监管员", "", "药品经营许可现场核查走过场", "Ⅰ级"),
        ("药品监管员", "", "投诉举报处置拖延", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


H_REV105 = ["序号", "风险点", "风险等级", "防控措施"]
SAY_REV105 = ["　　经排查，你所在岗位存在以下廉政风险："]


def test_what_the_hundred_and_fifth_review_found_a_salutation_in_two_cells(tmp_path):
    # '致： | 办公室主任鲍明远同志：': one salutation, its holder read (was missed)
    rows = [
        ["XX局岗位廉政风险提示单"], ["致：", "办公室主任鲍明远同志："], SAY_REV105, H_REV105,
        [1, "公务接待超标准", "二级", "严格审批"], [2, "公车私用", "三级", "定点停放"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:D3"])
    assert read(got) == [
        ("主任", "鲍明远", "公务接待超标准", "Ⅱ级"),
        ("主任", "鲍明远", "公车私用", "Ⅲ级"),
    ]
    assert depts(got) == {"鲍明远": {"办公室"}}
    no_errors(got)


def test_what_the_hundred_and_fifth_review_found_the_lead_kept_in_the_department(tmp_path):
    # (a) over a table of its own holders: the 科室 '办公室', not '致：办公室'
    rows = [
        ["XX局岗位廉政风险提示单"], ["致：办公室主任鲍明远同志："],
        ["　　经排查，你科室存在以下廉政风险："],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "科员", "岑立新", "公务接待超标准", "二级", "严格审批"],
    ]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:F1", "A2:F2", "A3:F3"])
    assert read(got) == [("科员", "岑立新", "公务接待超标准", "Ⅱ级")]
    assert depts(got) == {"岑立新": {"办公室"}}
    no_errors(got)
    # (b) a second letter to many ('致：各股室负责人：'): no 科室 ('致：各股' was read), no holder
    rows = [
        ["XX局岗位廉政风险提示单"], ["致：办公室主任鲍明远同志："], SAY_REV105, H_REV105,
        [1, "公务接待超标准", "二级", "严格审批"], [],
        ["致：各股室负责人："], ["　　以下为共性廉政风险："], H_REV105,
        [1, "违规收受礼品礼金", "二级", "签订承诺书"],
    ]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:D1", "A2:D2", "A3:D3", "A7:D7", "A8:D8"])
    assert read(got) == [
        ("", "", "违规收受礼品礼金", "Ⅱ级"),
        ("主任", "鲍明远", "公务接待超标准", "Ⅱ级"),
    ]
    assert depts(got) == {"鲍明远": {"办公室"}, "": {""}}
    no_errors(got)
