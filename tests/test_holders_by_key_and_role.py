"""A list with no post or holder column, each row naming a KEY (an account, a 村) and a ROLE on
it ('涉及角色 | 内容编辑', '环节 | 审核'), and a roster of key × role under or above it (a row a
key, a column a role, each cell the holder): a row's holder is the roster's cell at its key's
row and its role's column; one person holding roles on several keys is one form. The roster's
rows are no rows of the list.

Not the published batch's file (a 旗 政务新媒体中心's 平台账号 × ``运维管理员 | 内容编辑 | 终审人``
with cells '姓名（职务）' under the list): a county 医疗保障局's 医保经办系统 accounts × ``录入员 |
复核员 | 审批人``, a 镇 民政办's 低保 list of 村 × ``经办 | 审核`` with cells '职务　姓名' above the
list, a 住建局's 公积金 accounts with a role headed within its roster's heading and an extra
column; other names and level words, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


ACCOUNT_ROWS = [
    ["XX县医疗保障局医保经办系统账号廉政风险防控表"],
    ["序号", "系统账号", "涉及角色", "廉政风险点", "风险等级", "防控措施"],
    [1, "门诊慢特病审核账号", "录入员", "为不符合条件人员违规录入病种", "二级", "录入资料双人核对"],
    [2, None, "复核员", "复核走过场，收受申请人财物", "一级", "复核意见留痕，抽查复评"],
    [3, None, "审批人", "违规审批异地就医备案", "一级", "集体研判，定期公示"],
    [4, "医疗费用报销账号", "录入员", "虚增报销金额", "一级", "票据原件核验"],
    [5, None, "复核员", "对超标准费用不予剔除", "二级", "系统智能审核提示"],
    [6, None, "审批人", "越权审批大额报销", "一级", "大额报销集体审议"],
    [],
    ["附：医保经办系统账号岗位责任表"],
    ["账号名称", "录入员", "复核员", "审批人"],
    ["门诊慢特病审核账号", "闵若汀（科员）", "庹嘉树（副股长）", "阙望晨（股长）"],
    ["医疗费用报销账号", "芮知秋（科员）", "庹嘉树（副股长）", "阙望晨（股长）"],
    ["填表人：", None, "审核人：", "2025年5月"],
]
ACCOUNT_MERGES = ["A1:F1", "B3:B5", "B6:B8", "A10:F10"]


def test_accounts_by_roles_in_a_roster_under_the_list(tmp_path):
    got = run(tmp_path, ACCOUNT_ROWS, ACCOUNT_MERGES)
    assert read(got) == sorted([
        ("科员", "闵若汀", "为不符合条件人员违规录入病种", "Ⅱ级"),
        ("副股长", "庹嘉树", "复核走过场，收受申请人财物", "Ⅰ级"),
        ("股长", "阙望晨", "违规审批异地就医备案", "Ⅰ级"),
        ("科员", "芮知秋", "虚增报销金额", "Ⅰ级"),
        ("副股长", "庹嘉树", "对超标准费用不予剔除", "Ⅱ级"),
        ("股长", "阙望晨", "越权审批大额报销", "Ⅰ级"),
    ])  # fmt: skip
    # one form a holder, 庹嘉树 and 阙望晨 each across both accounts
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == "HOLDERS_BY_KEY_AND_ROLE"]
    assert list(said["cell"]) == ["A11"]
    assert "门诊慢特病审核账号：录入员=科员 闵若汀" in said["value"].iloc[0]
    kept = {"LEVEL_UNKNOWN", "MEASURES_BLANK", "ROW_UNPLACED", "KEY_ROLE_NOT_IN_ROSTER"}
    assert not kept & codes(got)
    assert not errors(got), errors(got)


def test_villages_by_steps_in_a_roster_above_the_list_post_then_name(tmp_path):
    # the roster first ('村名 | 经办 | 审核', cells '职务　姓名'), the list under it, 村名 written
    # on every row, the levels 高/中/低
    rows = [
        ["XX镇民政办最低生活保障审核审批廉政风险防控表"],
        ["各村低保经办审核责任人"],
        ["村名", "经办", "审核"],
        ["东沟村", "村会计　宓乘风", "村支书　亓晓岚"],
        ["西岔村", "村文书　綦砚池", "村主任　仉慕白"],
        [],
        ["序号", "村名", "环节", "廉政风险点", "风险等级", "防控措施"],
        [1, "东沟村", "经办", "优亲厚友，为亲属违规申报", "高", "申报材料公示七天"],
        [2, "东沟村", "审核", "入户调查走过场", "中", "镇村干部联合入户"],
        [3, "西岔村", "经办", "收受申请人好处费", "高", "签订廉洁承诺"],
        [4, "西岔村", "审核", "评议会议不按规定召开", "低", "评议全程录像"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:C2"])
    assert read(got) == sorted([
        ("村会计", "宓乘风", "优亲厚友，为亲属违规申报", "Ⅰ级"),
        ("村支书", "亓晓岚", "入户调查走过场", "Ⅱ级"),
        ("村文书", "綦砚池", "收受申请人好处费", "Ⅰ级"),
        ("村主任", "仉慕白", "评议会议不按规定召开", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_KEY_AND_ROLE" in codes(got)
    assert not {"ROW_UNPLACED", "KEY_ROLE_NOT_IN_ROSTER"} & codes(got)
    assert not errors(got), errors(got)


def test_roles_within_the_rosters_headings_an_extra_column_and_a_cell_left_empty(tmp_path):
    # '初审' in the list, '初审人员' over the roster's column; a 备注 column; a (key, role) whose
    # roster cell is empty: that row as read, with a warning at its role cell
    rows = [
        ["XX县住房公积金管理中心业务账号廉政风险清单"],
        ["序号", "业务账号", "办理角色", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, "提取业务账号", "初审", "违规为不符合条件人员办理提取", "较高", "要件齐全方可受理", None],
        [2, None, "复审", "复审不严，骗提套取", "高", "大额提取电话回访", "重点"],
        [3, "贷款业务账号", "初审", "贷款资料审查不严", "较高", "征信逐笔查询", None],
        [4, None, "复审", "违规放宽贷款条件", "高", "贷审会集体研究", None],
        [],
        ["附：业务账号岗位人员表"],
        ["业务账号", "初审人员", "复审人员"],
        ["提取业务账号", "戚鸣岐（科员）", "喻听澜（科长）"],
        ["贷款业务账号", "戚鸣岐（科员）", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "B5:B6", "A8:G8"])
    r = read(got)
    assert [x for x in r if x[1]] == sorted([
        ("科员", "戚鸣岐", "违规为不符合条件人员办理提取", "Ⅱ级"),
        ("科长", "喻听澜", "复审不严，骗提套取", "Ⅰ级"),
        ("科员", "戚鸣岐", "贷款资料审查不严", "Ⅱ级"),
    ])  # fmt: skip
    assert [x for x in r if not x[1]] == [("", "", "违规放宽贷款条件", "Ⅰ级")]
    warned = got.issues[got.issues["code"] == "KEY_ROLE_NOT_IN_ROSTER"]
    assert list(warned["cell"]) == ["C6"]
    assert "贷款业务账号" in warned["message"].iloc[0]
    assert "HOLDERS_BY_KEY_AND_ROLE" in codes(got)
    assert not {"LEVEL_UNKNOWN", "MEASURES_BLANK"} & codes(got)
    assert not errors(got), errors(got)


def test_a_list_with_its_own_name_column_reads_its_own_holders(tmp_path):
    # '姓名' in the list: its holders its own; the roster under it is no key × role roster
    rows = [list(r) for r in ACCOUNT_ROWS]
    rows[1] = ["序号", "系统账号", "涉及角色", "姓名", "廉政风险点", "风险等级", "防控措施"]
    names = ["闵若汀", "庹嘉树", "阙望晨", "芮知秋", "庹嘉树", "阙望晨"]
    for i, name in zip(range(2, 8), names, strict=True):
        rows[i] = [*rows[i][:3], name, *rows[i][3:]]
    got = run(tmp_path, rows, ACCOUNT_MERGES)
    assert "HOLDERS_BY_KEY_AND_ROLE" not in codes(got)
    own = {(p, pt) for _t, p, pt, _lv in read(got)}
    assert {("闵若汀", "为不符合条件人员违规录入病种"), ("阙望晨", "越权审批大额报销")} <= own


def test_a_role_column_with_no_roster_stays_holderless(tmp_path):
    rows = [
        ["XX镇民政办临时救助廉政风险防控表"],
        ["序号", "村名", "环节", "廉政风险点", "风险等级", "防控措施"],
        [1, "东沟村", "经办", "虚报冒领救助金", "高", "救助名单公示"],
        [2, "西岔村", "审核", "审核把关不严", "中", "镇级抽查复核"],
        ["注：各村经办人、审核人见镇民政办备案名单。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert read(got) == sorted([
        ("", "", "虚报冒领救助金", "Ⅰ级"),
        ("", "", "审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_KEY_AND_ROLE", "KEY_ROLE_NOT_IN_ROSTER"} & codes(got)


def test_a_roster_of_other_keys_is_no_roster_of_the_list(tmp_path):
    # a table under the list whose headings are the roles but whose rows are no keys of the
    # list (a 值班 table by weeks): not its holders
    rows = [list(r) for r in ACCOUNT_ROWS[:9]]
    rows += [
        ["附：节假日值班安排"],
        ["值班时段", "录入员", "复核员", "审批人"],
        ["第一周", "闵若汀（科员）", "庹嘉树（副股长）", "阙望晨（股长）"],
        ["第二周", "芮知秋（科员）", "庹嘉树（副股长）", "阙望晨（股长）"],
    ]
    got = run(tmp_path, rows, ACCOUNT_MERGES)
    assert "HOLDERS_BY_KEY_AND_ROLE" not in codes(got)
    assert not any(p for _t, p, _pt, _lv in read(got) if _pt.startswith("违规审批"))


def test_what_the_hundredth_review_found_a_roster_matching_most_keys(tmp_path):
    # the roster names one account differently ('医疗费用报销审核账号'), or another account in its
    # place: the roster still holds the list; the rows of the account it lacks stay as read,
    # each with a warning; the roster's rows are no risks
    for other in ("医疗费用报销审核账号", "住院费用结算账号"):
        rows = [list(r) for r in ACCOUNT_ROWS]
        rows[12][0] = other
        got = run(tmp_path / other, rows, ACCOUNT_MERGES)
        assert read(got) == sorted([
            ("科员", "闵若汀", "为不符合条件人员违规录入病种", "Ⅱ级"),
            ("副股长", "庹嘉树", "复核走过场，收受申请人财物", "Ⅰ级"),
            ("股长", "阙望晨", "违规审批异地就医备案", "Ⅰ级"),
            ("", "", "虚增报销金额", "Ⅰ级"),
            ("", "", "对超标准费用不予剔除", "Ⅱ级"),
            ("", "", "越权审批大额报销", "Ⅰ级"),
        ]), other  # fmt: skip
        assert "HOLDERS_BY_KEY_AND_ROLE" in codes(got)
        warned = got.issues[got.issues["code"] == "KEY_ROLE_NOT_IN_ROSTER"]
        assert sorted(warned["cell"]) == ["C6", "C7", "C8"]
        assert not {"LEVEL_BLANK", "MEASURES_BLANK", "ROW_UNPLACED"} & codes(got)
        assert not errors(got), errors(got)
