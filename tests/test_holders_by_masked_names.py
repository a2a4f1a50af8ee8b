"""A list put up for 公示 whose holders are MASKED (脱敏: '滕*瑶', '庞**', '庞某某', '欧阳○娜' —
the surname kept, perhaps the last character, marks for the rest), the full names only in a roster
on another sheet of the file (姓名 with its 科室 and post): each masked holder is the one roster
person of the row's 科室 and post whose name the mask fits, two holders of one post told apart by
the mask alone; one info a table. A mask two roster people fit stays as written, with a warning;
a file of no roster reads its masks as written (batch328's '郗*珣'), and full names are untouched.

The layouts here are not the published batch's (a county 人民医院's 公示稿, 科室 | 岗位 | 责任人 with
'韦*翾', 高/中/低, a roster sheet '人员名单（内部）'): a county's 市场监督管理局 and 住房和城乡建设局, other
posts, names, level words, sheet names and column orders, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "t.xlsx", sheets, merges or {k: [] for k in sheets})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


LIST_TITLE = ["XX县市场监督管理局岗位廉政风险点公示表"]
ROSTER = [
    ["干部花名册（不公开）"],
    ["序号", "姓名", "所在股室", "职务", "办公电话"],
    [1, "滕岚瑶", "局领导", "局长", "5521001"],
    [2, "庞澍琛", "局领导", "副局长", "5521002"],
    [3, "滕沐琛", "局领导", "副局长", "5521003"],
    [4, "庞汐禾", "食品安全股", "股长", "5521011"],
    [5, "欧阳婳娜", "食品安全股", "科员", "5521012"],
    [6, "庞煦娜", "食品安全股", "科员", "5521012"],
]


def test_surname_star_last_character_two_deputies_told_apart_by_the_mask(tmp_path):
    rows = [LIST_TITLE,
            ["序号", "股室", "职务", "姓名", "风险点", "等级", "防控措施"],
            [1, "局领导", "局长", "滕*瑶", "行政处罚案件不经集体审理", "一级", "重大案件集体讨论"],
            [2, "局领导", "副局长", "庞*琛", "为被检查企业通风报信", "一级", "双随机抽查"],
            [3, "局领导", "副局长", "滕*琛", "特种设备检验把关不严", "二级", "检验结果复核"],
            [4, "食品安全股", "股长", "庞*禾", "许可现场核查走过场", "二级", "核查留痕"],
            [5, "食品安全股", "科员", "欧阳*娜", "抽检样品调包", "三级", "双人抽样"],
            [6, "食品安全股", "科员", "庞*娜", "投诉举报处理拖延", "三级", "限时办结"],
            ["注：姓名已脱敏，完整名单见“干部花名册”。"]]  # fmt: skip
    got = run(tmp_path, {"公示": rows, "干部花名册": ROSTER})
    assert read(got) == sorted([
        ("局长", "滕岚瑶", "行政处罚案件不经集体审理", "Ⅰ级"),
        ("副局长", "庞澍琛", "为被检查企业通风报信", "Ⅰ级"),
        ("副局长", "滕沐琛", "特种设备检验把关不严", "Ⅱ级"),
        ("股长", "庞汐禾", "许可现场核查走过场", "Ⅱ级"),
        ("科员", "欧阳婳娜", "抽检样品调包", "Ⅲ级"),
        ("科员", "庞煦娜", "投诉举报处理拖延", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_MASKED_NAME"]
    assert len(said) == 1 and "滕*琛→滕沐琛" in said["message"].iloc[0]
    assert not errors(got) and "HOLDER_MASKED_UNRESOLVED" not in codes(got)
    assert "HOLDERS_BY_MASKED_NAME" in CATALOGUE and "HOLDERS_BY_MASKED_NAME" in SHORT


def test_marks_for_every_hidden_character_and_merged_holder_cells(tmp_path):
    # '庞**', '滕○○' with no last character kept: the length and the surname tell; the holder
    # cells merged down each person's rows, an extra 岗位职责 column, 高/中/低
    rows = [LIST_TITLE,
            ["股室", "职务", "姓名", "岗位职责", "廉政风险点", "风险等级"],
            ["局领导", "局长", "滕○○", "主持全面工作", "重大事项个人说了算", "高"],
            [None, None, None, None, "干部选拔任用把关不严", "中"],
            ["食品安全股", "股长", "庞**", "食品许可", "许可现场核查走过场", "中"],
            [None, None, None, None, "违规发放许可证", "高"]]  # fmt: skip
    merges = {"公示": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "A5:A6", "B5:B6", "C5:C6", "D5:D6"],
              "干部花名册": []}  # fmt: skip
    got = run(tmp_path, {"公示": rows, "干部花名册": ROSTER}, merges)
    assert read(got) == sorted([
        ("局长", "滕岚瑶", "重大事项个人说了算", "Ⅰ级"),
        ("局长", "滕岚瑶", "干部选拔任用把关不严", "Ⅱ级"),
        ("股长", "庞汐禾", "许可现场核查走过场", "Ⅱ级"),
        ("股长", "庞汐禾", "违规发放许可证", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MASKED_NAME" in codes(got) and not errors(got)


def test_x_marks_and_a_roster_with_the_post_before_the_name(tmp_path):
    # another body (住建局), 'XX' and '某某' marks, the roster '人员名单' as 部门 | 岗位 | 姓名
    roster = [["序号", "部门", "岗位", "姓名"],
              [1, "建筑市场股", "股长", "诸葛沁源"],
              [2, "质量安全站", "站长", "毋珂岚"],
              [3, "质量安全站", "副站长", "毋峤屹"]]  # fmt: skip
    rows = [["XX县住房和城乡建设局廉政风险防控一览表"],
            ["部门", "岗位", "责任人", "风险点", "风险等级"],
            ["建筑市场股", "股长", "诸葛XX", "招标文件设置排他性条款", "一级风险"],
            ["质量安全站", "站长", "毋X岚", "竣工验收降低标准", "二级风险"],
            ["质量安全站", "副站长", "毋某某", "安全检查隐患不督促整改", "三级风险"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows, "人员名单": roster})
    assert read(got) == sorted([
        ("股长", "诸葛沁源", "招标文件设置排他性条款", "Ⅰ级"),
        ("站长", "毋珂岚", "竣工验收降低标准", "Ⅱ级"),
        ("副站长", "毋峤屹", "安全检查隐患不督促整改", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_no_roster_masked_names_read_as_written(tmp_path):
    rows = [LIST_TITLE,
            ["序号", "股室", "职务", "姓名", "风险点", "等级"],
            [1, "局领导", "局长", "滕*瑶", "行政处罚案件不经集体审理", "一级"],
            [2, "局领导", "副局长", "庞*琛", "为被检查企业通风报信", "二级"]]  # fmt: skip
    got = run(tmp_path, {"公示": rows})
    assert read(got) == sorted([
        ("局长", "滕*瑶", "行政处罚案件不经集体审理", "Ⅰ级"),
        ("副局长", "庞*琛", "为被检查企业通风报信", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_MASKED_NAME", "HOLDER_MASKED_UNRESOLVED"} & codes(got)
    assert not errors(got)


def test_full_names_beside_a_roster_untouched(tmp_path):
    rows = [LIST_TITLE,
            ["序号", "股室", "职务", "姓名", "风险点", "等级"],
            [1, "局领导", "局长", "滕岚瑶", "行政处罚案件不经集体审理", "一级"],
            [2, "食品安全股", "科员", "庞煦娜", "投诉举报处理拖延", "三级"]]  # fmt: skip
    got = run(tmp_path, {"公示": rows, "干部花名册": ROSTER})
    assert read(got) == sorted([
        ("局长", "滕岚瑶", "行政处罚案件不经集体审理", "Ⅰ级"),
        ("科员", "庞煦娜", "投诉举报处理拖延", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_MASKED_NAME", "HOLDER_MASKED_UNRESOLVED"} & codes(got)
    assert not errors(got)


def test_a_mask_two_roster_people_fit_stays_as_written_with_a_warning(tmp_path):
    # a second 科员 '庞溪娜' added: '庞*娜' fits both (欧阳婳娜, four characters, fits neither)
    roster = ROSTER + [[7, "庞溪娜", "食品安全股", "科员", "5521013"]]
    rows = [LIST_TITLE,
            ["序号", "股室", "职务", "姓名", "风险点", "等级"],
            [1, "食品安全股", "科员", "庞*娜", "投诉举报处理拖延", "三级"]]  # fmt: skip
    got = run(tmp_path, {"公示": rows, "干部花名册": roster})
    assert read(got) == [("科员", "庞*娜", "投诉举报处理拖延", "Ⅲ级")]
    said = got.issues[got.issues["code"] == "HOLDER_MASKED_UNRESOLVED"]
    assert len(said) == 1 and "庞煦娜、庞溪娜" in said["message"].iloc[0]
    assert not errors(got)
