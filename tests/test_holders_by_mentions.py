"""A list kept as an online sheet and exported: no 科室, post or holder column, each point's cell
closing with one or more @ mentions ('…违规发放补助 @濮澄岚', '… @濮澄岚 @郜沐泠', full-width
'＠' too), each mentioned member a holder of the point (the point the text before the first @);
a roster of the members ('成员 | 部门 | 职务', '姓名 | 科室 | 岗位') under the list or on another
sheet gives each name's 科室 and post, and its rows are no risk rows. A name the roster lacks,
or no roster at all, is the name alone.

Not the published batch's file (a 企业服务中心 with 中心领导 / 企业服务部 and 高/中/低 over a
'协作成员' roster): a county's 疾病预防控制中心, 档案馆 and 文化馆, other posts, names and level
words (一级/二级/三级, ticks under 高 | 中 | 低), the roster with plain names and a 科室 merged
down, on a sheet of its own, or none, an extra column of remarks; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_mentions_resolved_by_a_roster_under_the_list(tmp_path):
    rows = [
        ["XX县疾病预防控制中心廉政风险点清单（协作表格导出）"],
        ["编号", "廉政风险点", "风险级别", "防控措施", "更新人"],
        [1, "疫苗出入库登记不实，私自调拨 @濮澄岚", "一级", "出入库双人核对，系统留痕。", "办公室"],
        [2, "检验检测报告违规出具、篡改数据 @郜沐泠 @滕翊岚", "一级", "报告三级审核，原始记录存档。", "办公室"],
        [3, "专项经费报销把关不严 @濮澄岚", "二级", "报销凭证逐笔审核，超标准不予报销。", "办公室"],
        [4, "试剂耗材验收以次充好 @滕翊岚", "三级", "验收由科室和后勤双人签字。", "办公室"],
        [],
        ["协同人员"],
        ["姓名", "科室", "岗位"],
        ["濮澄岚", "中心领导", "主任"],
        ["郜沐泠", "检验科", "科长"],
        ["滕翊岚", None, "检验员"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", "B11:B12"]})
    assert read(got) == sorted([
        ("中心领导", "主任", "濮澄岚", "疫苗出入库登记不实，私自调拨", "Ⅰ级"),
        ("中心领导", "主任", "濮澄岚", "专项经费报销把关不严", "Ⅱ级"),
        ("检验科", "科长", "郜沐泠", "检验检测报告违规出具、篡改数据", "Ⅰ级"),
        # (the 科室 merged down over its two members)
        ("检验科", "检验员", "滕翊岚", "检验检测报告违规出具、篡改数据", "Ⅰ级"),
        ("检验科", "检验员", "滕翊岚", "试剂耗材验收以次充好", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert not {"ROW_UNPLACED", "LEVEL_UNKNOWN", "MEASURES_BLANK"} & codes(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_MENTIONS"]
    assert list(said["cell"]) == ["B3"]
    assert "郜沐泠=检验科科长" in said["message"].iloc[0]
    assert set(got.posts["person"]) == {"濮澄岚", "郜沐泠", "滕翊岚"}


def test_full_width_mentions_and_no_roster_give_the_names_alone(tmp_path):
    # two heading rows, the level a tick under 高 | 中 | 低, '＠' typed full-width
    rows = [
        ["XX县档案馆岗位廉政风险排查表"],
        ["序号", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, "高", "中", "低", None],
        [1, "档案查阅不登记，违规提供利用＠蔺霏然", "√", None, None, "查阅一律登记，涉密档案审批。"],
        [2, "数字化外包项目验收走过场 ＠蔺霏然 ＠暨沄舟", None, "√", None, "验收组集体验收，结果公示。"],
        [3, "档案销毁不按程序，私自处置 ＠暨沄舟", None, None, "√", "销毁清册报批，两人监销。"],
    ]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"]})
    assert read(got) == sorted([
        ("", "", "蔺霏然", "档案查阅不登记，违规提供利用", "Ⅰ级"),
        ("", "", "蔺霏然", "数字化外包项目验收走过场", "Ⅱ级"),
        ("", "", "暨沄舟", "数字化外包项目验收走过场", "Ⅱ级"),
        ("", "", "暨沄舟", "档案销毁不按程序，私自处置", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_MENTIONS"]
    assert len(said) == 1 and "成员名单" not in said["message"].iloc[0]


def test_the_roster_on_a_sheet_of_its_own_and_an_extra_column(tmp_path):
    rows = [
        ["XX县文化馆廉政风险防控清单"],
        ["序号", "风险点", "等级", "防控措施", "备注"],
        [1, "非遗项目申报材料审核不严 @鲜于沐岚", "高", "专家评审，结果公示。", "在线表格"],
        [2, "培训班收费不开票据   @淳于霁川   @鲜于沐岚", "中", "收费统一开具票据。", None],
        [3, "场馆出借不按规定收费 @冼芷汀", "低", "出借审批，收费入账。", None],
    ]  # fmt: skip
    members = [
        ["成员", "部门", "职务"],
        ["@淳于霁川", "馆领导", "馆长"],
        ["@鲜于沐岚", "群文部", "部长"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": rows, "成员": members}, {"清单": ["A1:E1"]})
    assert read(got) == sorted([
        ("群文部", "部长", "鲜于沐岚", "非遗项目申报材料审核不严", "Ⅰ级"),
        ("群文部", "部长", "鲜于沐岚", "培训班收费不开票据", "Ⅱ级"),
        ("馆领导", "馆长", "淳于霁川", "培训班收费不开票据", "Ⅱ级"),
        # (a name the roster lacks: the name alone)
        ("", "", "冼芷汀", "场馆出借不按规定收费", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_MENTIONS"]
    assert "成员!A1" in said["message"].iloc[0]


def test_an_address_in_the_measures_is_no_mention(tmp_path):
    rows = [
        ["XX县疾病预防控制中心廉政风险点清单"],
        ["序号", "风险点", "风险级别", "防控措施"],
        [1, "疫苗出入库登记不实", "一级", "出入库双人核对；问题线索发送至jiwei@xxcdc.gov.cn。"],
        [2, "专项经费报销把关不严", "二级", "报销凭证逐笔审核，举报邮箱 jubao@xxcdc.gov.cn"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:D1"]})
    assert read(got) == sorted([
        ("", "", "", "疫苗出入库登记不实", "Ⅰ级"),
        ("", "", "", "专项经费报销把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MENTIONS" not in codes(got)
    assert not errors(got), errors(got)
    assert any("jubao@xxcdc.gov.cn" in m for m in got.risks["measures"])


def test_an_at_sign_inside_a_quoted_account_stays_in_the_point(tmp_path):
    rows = [
        ["XX县文化馆岗位廉政风险点一览表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "办公室", "主任", "冼芷汀", "“@XX文化馆发布”公众号信息审核把关不严", "中", "三审三校。"],
        [2, "群文部", "部长", "鲜于沐岚", "活动经费虚列支出", "高", "经费公开，集体研究。"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1"]})
    assert read(got) == sorted([
        ("办公室", "主任", "冼芷汀", "“@XX文化馆发布”公众号信息审核把关不严", "Ⅱ级"),
        ("群文部", "部长", "鲜于沐岚", "活动经费虚列支出", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MENTIONS" not in codes(got)
    assert not errors(got), errors(got)


def test_an_account_closing_a_point_of_a_list_without_holders_is_no_mention(tmp_path):
    # one point closes with an account's name ('…＠XX发布'): no name, and most points mention
    # no one, so the list reads as before
    rows = [
        ["XX县档案馆岗位廉政风险排查表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "政务新媒体信息发布未经审核＠档案馆发布", "中", "信息发布三审。"],
        [2, "档案查阅不登记", "高", "查阅一律登记。"],
        [3, "档案销毁不按程序", "低", "销毁清册报批。"],
    ]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:D1"]})
    assert read(got) == sorted([
        ("", "", "", "政务新媒体信息发布未经审核＠档案馆发布", "Ⅱ级"),
        ("", "", "", "档案查阅不登记", "Ⅰ级"),
        ("", "", "", "档案销毁不按程序", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MENTIONS" not in codes(got)
    assert not errors(got), errors(got)


def test_the_code_is_catalogued():
    assert "HOLDERS_BY_MENTIONS" in CATALOGUE and "HOLDERS_BY_MENTIONS" in SHORT


_HEAD = [["XX县图书馆廉政风险防控清单"], ["序号", "风险点", "等级", "防控措施"]]


def test_what_the_hundred_and_sixth_review_found_bodies_and_outsiders_mentioned_are_no_holders(
    tmp_path,
):
    # (4) '@文旅局', '@图书馆', '@王老板', '@申请人', '@施工方', '@包工头', '@商户', '@项目方':
    # an account or someone outside, no holder; such a row stays as written (its text untouched)
    outsiders = ["文旅局", "图书馆", "王老板", "申请人", "施工方", "包工头", "商户", "项目方"]
    for k, who in enumerate(outsiders):
        rows = [
            *_HEAD,
            [1, "图书采购指定书商 @濮沐澄", "高", "公开招标"],
            [2, f"私下转发内部文件给@{who}", "中", "保密"],
            [3, "场地出借不收费 @郜霁岚", "低", "审批入账"],
        ]
        got = run(tmp_path / str(k), {"清单": rows})
        assert read(got) == [
            ("", "", "", f"私下转发内部文件给@{who}", "Ⅱ级"),
            ("", "", "濮沐澄", "图书采购指定书商", "Ⅰ级"),
            ("", "", "郜霁岚", "场地出借不收费", "Ⅲ级"),
        ], who
        assert "HOLDERS_BY_MENTIONS" in set(got.issues["code"])
    # a roster naming such a mention makes it a member ('@王老板' listed: his)
    rows = [
        *_HEAD,
        [1, "图书采购指定书商 @濮沐澄", "高", "公开招标"],
        [2, "私下转发内部文件 @郜霁岚", "中", "保密"],
        [],
        ["姓名", "科室", "岗位"],
        ["濮沐澄", "采编部", "部长"],
        ["郜霁岚", "办公室", "主任"],
    ]
    got = run(tmp_path / "roster", {"清单": rows})
    assert read(got) == [
        ("办公室", "主任", "郜霁岚", "私下转发内部文件", "Ⅱ级"),
        ("采编部", "部长", "濮沐澄", "图书采购指定书商", "Ⅰ级"),
    ]


def test_what_the_hundred_and_sixth_review_found_mentions_apart_by_commas_or_closed_by_a_stop(
    tmp_path,
):
    # (5) '… @甲，@乙', '… @乙。', '… @甲、@乙': each mention a holder, the point the text before
    # the first @ (none left in it)
    rows = [
        *_HEAD,
        [1, "古籍修复经费虚报 @濮沐澄，@郜霁岚", "高", "专家评审"],
        [2, "培训收费不开票据 @郜霁岚。", "中", "统一开票"],
        [3, "场地出借不收费 @訾芷汀、@郜霁岚", "低", "审批入账"],
        [4, "读者押金挪用 @訾芷汀；@濮沐澄", "低", "专户管理"],
    ]
    got = run(tmp_path, {"清单": rows})
    assert read(got) == sorted(
        [
            ("", "", "濮沐澄", "古籍修复经费虚报", "Ⅰ级"),
            ("", "", "濮沐澄", "读者押金挪用", "Ⅲ级"),
            ("", "", "訾芷汀", "场地出借不收费", "Ⅲ级"),
            ("", "", "訾芷汀", "读者押金挪用", "Ⅲ级"),
            ("", "", "郜霁岚", "古籍修复经费虚报", "Ⅰ级"),
            ("", "", "郜霁岚", "培训收费不开票据", "Ⅱ级"),
            ("", "", "郜霁岚", "场地出借不收费", "Ⅲ级"),
        ]
    )
    assert "HOLDERS_BY_MENTIONS" in set(got.issues["code"])


def test_what_the_hundred_and_sixth_review_found_a_roster_above_the_list_is_no_stray(tmp_path):
    # (7) the roster above the list: its rows (the last one too) no stray rows
    rows = [
        ["XX县图书馆廉政风险防控清单"],
        ["姓名", "部门", "职务"],
        ["濮沐澄", "采编部", "部长"],
        ["郜霁岚", "馆领导", "馆长"],
        [],
        ["序号", "风险点", "等级", "防控措施"],
        [1, "图书采购指定书商 @濮沐澄", "高", "公开招标"],
        [2, "培训收费不开票据 @郜霁岚", "中", "统一开票"],
        [3, "场地出借不收费 @濮沐澄", "低", "审批入账"],
    ]
    got = run(tmp_path, {"清单": rows})
    assert read(got) == [
        ("采编部", "部长", "濮沐澄", "图书采购指定书商", "Ⅰ级"),
        ("采编部", "部长", "濮沐澄", "场地出借不收费", "Ⅲ级"),
        ("馆领导", "馆长", "郜霁岚", "培训收费不开票据", "Ⅱ级"),
    ]
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_mentions_with_a_post_in_brackets_or_a_space_after_the_at(tmp_path):
    # '@鲜于沐岚(部长)': the bracket is his post where no roster says; '@ 冼芷汀': a space typed
    # after the @ (both were kept as the points' text)
    rows = [["XX县文化馆廉政风险防控清单"], ["序号", "风险点", "等级", "防控措施"],
            [1, "非遗申报审核不严 @鲜于沐岚(部长)", "高", "专家评审"],
            [2, "培训收费不开票据 @ 冼芷汀", "中", "统一开票"],
            [3, "场馆出借不收费 @冼芷汀、@鲜于沐岚（部长）", "低", "审批入账"]]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": ["A1:D1"]})
    got = _collect(inbox)
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("", "冼芷汀", "培训收费不开票据"),
        ("", "冼芷汀", "场馆出借不收费"),
        ("部长", "鲜于沐岚", "场馆出借不收费"),
        ("部长", "鲜于沐岚", "非遗申报审核不严"),
    ])  # fmt: skip
