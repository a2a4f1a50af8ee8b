"""A list with no level column whose note says each point takes its post's grade, and a grading of
posts (a level, then the posts of that level) that gives it: rows '高风险岗位 | 院长、副院长、药剂科
主任' under the list (over it, or on another sheet), a level merged down over rows of one post each,
or the note's own '一级岗位：…；二级岗位：…'. A post of a 科室 is written 科室+岗位, else the 岗位
alone when the grading names it under one level only.

Not the published batch's (a city's 住房和城乡建设局 with 局领导/供热管理科/建筑市场管理科 and
'一级风险岗位 | 局长、…' in a table under the list): a county's 人民医院 and a 水务局's 水利站, other
posts, names and level words (高/中/低风险岗位, Ⅰ级/Ⅱ级岗位, 一级岗位), the grading over the list, on
another sheet, merged down, or in the note, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


TITLE = ["XX县人民医院岗位廉政风险排查表"]
NOTE = ["说明：各岗位风险点的风险等级与所在岗位的风险等级一致，不再单独评定。"]
HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"]
LIST = [
    [1, "院领导", "院长", "褚沅霖", "大型医疗设备采购中指定品牌", "采购经院党委会集体研究，全程公开招标。"],
    [2, None, None, None, "基建项目插手工程分包", "工程项目进入县公共资源交易中心。"],
    [3, "院领导", "副院长", "嵇岚泱", "医用耗材准入把关不严", "耗材准入经药事委员会评审。"],
    [4, "药剂科", "主任", "褚霁澄", "药品遴选收受回扣", "药品遴选集体讨论，结果公示。"],
    [5, "财务科", "主任", "嵇沐晗", "医保结算审核走过场", "结算资料双人复核，按月抽查。"],
    [6, "财务科", "出纳", "褚槿汐", "收费现金不及时入账", "现金日清日结，票款核对。"],
]  # fmt: skip
WANT = {
    ("院长", "褚沅霖", "大型医疗设备采购中指定品牌"),
    ("院长", "褚沅霖", "基建项目插手工程分包"),
    ("副院长", "嵇岚泱", "医用耗材准入把关不严"),
    ("主任", "褚霁澄", "药品遴选收受回扣"),
    ("主任", "嵇沐晗", "医保结算审核走过场"),
    ("出纳", "褚槿汐", "收费现金不及时入账"),
}
LIST_MERGES = ["B4:B5", "C4:C5", "D4:D5"]  # (the list at rows 4–9 under title, note, heading)


def levelled(levels: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """WANT with each holder's level (by name)."""
    return sorted((post, who, point, levels[who]) for post, who, point in WANT)


LEVELS = {"褚沅霖": "Ⅰ级", "嵇岚泱": "Ⅰ级", "褚霁澄": "Ⅰ级", "嵇沐晗": "Ⅱ级", "褚槿汐": "Ⅲ级"}


def test_grading_rows_under_the_list_give_each_post_its_level(tmp_path):
    # 高/中/低风险岗位, the posts of a 科室 written 科室+岗位 ('药剂科主任' against '财务科主任')
    rows = [TITLE, NOTE, HEAD, *LIST, [],
            ["岗位风险等级划分"],
            ["等级", "岗位名称"],
            ["高风险岗位", "院长、副院长、药剂科主任"],
            ["中风险岗位", "财务科主任"],
            ["低风险岗位", "出纳"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1", "A2:F2", *LIST_MERGES]})
    assert read(got) == levelled(LEVELS)
    said = got.issues[got.issues["code"] == "LEVEL_BY_POST_GRADING"]
    assert len(said) == 1 and "院领导　院长=Ⅰ级" in said["value"].iloc[0]
    assert not {"ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    assert not errors(got)


def test_grading_over_the_list_in_several_cells_and_two_heading_rows(tmp_path):
    # the grading above the list, its posts one a cell ('Ⅰ级岗位 | 院长 | 副院长 | 药剂科主任'),
    # the list's heading two rows (责任人 over 岗位 | 姓名) and an extra 备注 column
    rows = [TITLE,
            ["Ⅰ级岗位", "院长", "副院长", "药剂科主任"],
            ["Ⅱ级岗位", "财务科主任"],
            ["Ⅲ级岗位", "财务科出纳"],
            ["注：风险点等级按所在岗位的岗位风险等级确定。"],
            ["序号", "科室", "责任人", None, "廉政风险点", "防控措施", "备注"],
            [None, None, "岗位", "姓名", None, None, None],
            *[[*r, None] for r in LIST]]  # fmt: skip
    merges = ["A1:G1", "A5:G5", "C6:D6", "A6:A7", "B6:B7", "E6:E7", "F6:F7", "G6:G7",
              "B8:B9", "C8:C9", "D8:D9"]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": merges})
    assert read(got) == levelled(LEVELS)
    assert "LEVEL_BY_POST_GRADING" in codes(got)
    assert not {"ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    assert not errors(got)


def test_grading_on_another_sheet_merged_down_over_a_post_a_row(tmp_path):
    # a 水利站's list (no 科室 column) and a sheet '岗位定级' whose level is merged down over
    # rows of one post each; the note says each point takes its post's level
    rows = [["XX县水务局城关水利站廉政风险点一览表"],
            ["注：风险点不单独定级，统一执行岗位风险等级。"],
            ["序号", "岗位", "姓名", "风险点", "防控措施"],
            [1, "站长", "蒯澍岚", "小型水利工程验收走过场", "验收邀请受益村代表参加。"],
            [2, "会计", "蒯沄汐", "工程款拨付不按进度", "拨付凭监理签认的进度单。"],
            [3, "技术员", "阙澈渝", "工程量签证虚增", "签证双人现场核量。"]]  # fmt: skip
    grades = [["岗位风险等级评定"],
              ["风险等级", "岗位"],
              ["一级岗位", "站长"],
              [None, "会计"],
              ["二级岗位", "技术员"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows, "岗位定级": grades},
              {"一览表": ["A1:E1", "A2:E2"], "岗位定级": ["A1:B1", "A3:A4"]})  # fmt: skip
    assert read(got) == sorted([
        ("站长", "蒯澍岚", "小型水利工程验收走过场", "Ⅰ级"),
        ("会计", "蒯沄汐", "工程款拨付不按进度", "Ⅰ级"),
        ("技术员", "阙澈渝", "工程量签证虚增", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_POST_GRADING" in codes(got)
    assert not {"ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    assert not errors(got)


def test_grading_written_in_the_note_line(tmp_path):
    # '一级风险岗位：…；二级风险岗位：…' in the note itself, under the list
    rows = [TITLE, HEAD, *LIST,
            ["注：风险点的风险等级按所在岗位的风险等级确定。一级风险岗位：院长、副院长、药剂科主任；"
             "二级风险岗位：财务科主任；三级风险岗位：出纳。"]]  # fmt: skip
    merges = ["A1:F1", "A9:F9", "B3:B4", "C3:C4", "D3:D4"]
    got = run(tmp_path, {"排查表": rows}, {"排查表": merges})
    assert read(got) == levelled(LEVELS)
    assert "LEVEL_BY_POST_GRADING" in codes(got)
    assert not {"ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    assert not errors(got)


def test_a_post_the_grading_leaves_out_keeps_its_blank_level(tmp_path):
    rows = [TITLE, NOTE, HEAD, *LIST, [],
            ["风险等级", "岗位"],
            ["高风险岗位", "院长、副院长、药剂科主任"],
            ["中风险岗位", "财务科主任"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1", "A2:F2", *LIST_MERGES]})
    assert read(got) == levelled({**LEVELS, "褚槿汐": ""})
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["E9"]


# --------------------------------------------------------------------------- as before


def test_a_grading_with_no_word_that_points_take_it_is_no_level(tmp_path):
    # the same grading under the list, no note: the posts' own grades, the points unlevelled
    rows = [TITLE, HEAD, *LIST, [],
            ["风险等级", "岗位"],
            ["高风险岗位", "院长、副院长、药剂科主任"],
            ["中风险岗位", "财务科主任"],
            ["低风险岗位", "出纳"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1", "B3:B4", "C3:C4", "D3:D4"]})
    assert read(got) == levelled(dict.fromkeys(LEVELS, ""))
    assert "LEVEL_BY_POST_GRADING" not in codes(got)
    assert "LEVEL_BLANK" in codes(got)


def test_a_list_with_its_own_levels_keeps_them(tmp_path):
    # a level column filled in: the grading and the note change nothing
    rows = [TITLE, NOTE,
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            *[[*r[:5], "三级", r[5]] for r in LIST], [],
            ["风险等级", "岗位"],
            ["高风险岗位", "院长、副院长、药剂科主任"],
            ["中风险岗位", "财务科主任"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:G1", "A2:G2", *LIST_MERGES]})
    assert read(got) == levelled(dict.fromkeys(LEVELS, "Ⅲ级"))
    assert "LEVEL_BY_POST_GRADING" not in codes(got)


def test_a_post_under_two_grades_is_not_guessed(tmp_path):
    # '主任' alone under two grades (both 科室 have one): neither 主任 takes a level
    rows = [TITLE, NOTE, HEAD, *LIST, [],
            ["风险等级", "岗位"],
            ["高风险岗位", "院长、副院长、主任"],
            ["中风险岗位", "主任、出纳"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1", "A2:F2", *LIST_MERGES]})
    assert read(got) == levelled({**LEVELS, "褚霁澄": "", "嵇沐晗": "", "褚槿汐": "Ⅱ级"})


def test_the_issue_is_catalogued():
    assert "LEVEL_BY_POST_GRADING" in CATALOGUE and "LEVEL_BY_POST_GRADING" in SHORT


PLAIN = [
    [1, "院领导", "院长", "褚沅霖", "大型医疗设备采购中指定品牌", "采购经院党委会集体研究，全程公开招标。"],
    [2, "院领导", "副院长", "嵇岚泱", "医用耗材准入把关不严", "耗材准入经药事委员会评审。"],
    [3, "药剂科", "主任", "褚霁澄", "药品遴选收受回扣", "药品遴选集体讨论，结果公示。"],
    [4, "财务科", "主任", "嵇沐晗", "医保结算审核走过场", "结算资料双人复核，按月抽查。"],
    [5, "财务科", "出纳", "褚槿汐", "收费现金不及时入账", "现金日清日结，票款核对。"],
]  # fmt: skip
PLAIN_READ = [
    ("主任", "嵇沐晗", "医保结算审核走过场", "Ⅱ级"),
    ("主任", "褚霁澄", "药品遴选收受回扣", "Ⅰ级"),
    ("出纳", "褚槿汐", "收费现金不及时入账", "Ⅲ级"),
    ("副院长", "嵇岚泱", "医用耗材准入把关不严", "Ⅰ级"),
    ("院长", "褚沅霖", "大型医疗设备采购中指定品牌", "Ⅰ级"),
]


def test_what_the_hundred_and_thirteenth_review_found_grading_rows_read_as_list_rows(tmp_path):
    # grading rows with no heading of their own under the list after a blank row, one post a
    # cell: read as rows of the list with no point (POINT_BLANK at E10–E12) before the grading
    # used them; the grading's, no issue and no row of the list seen
    rows = [TITLE, NOTE, HEAD, *PLAIN, [],
            ["一级风险岗位", "院长", "副院长", "药剂科主任"],
            ["二级风险岗位", "财务科主任"],
            ["三级风险岗位", "财务科出纳"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1", "A2:F2"]})
    assert read(got) == sorted(PLAIN_READ)
    assert "LEVEL_BY_POST_GRADING" in codes(got)
    assert not {"POINT_BLANK", "ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    assert not errors(got)
    assert got.counts()["rows_seen"] == 5 and got.counts()["unplaced"] == 0


def test_what_the_hundred_and_thirteenth_review_found_grading_by_kind_with_a_level_column(tmp_path):
    # a grading by 岗位类别 with its own level column ('岗位类别 | 岗位 | 风险等级' over '领导岗位 |
    # 院长、副院长 | 一级'): each post the level of its row's level cell
    rows = [TITLE, NOTE, HEAD, *PLAIN, [],
            ["岗位类别", "岗位", "风险等级"],
            ["领导岗位", "院长、副院长", "一级"],
            ["中层岗位", "药剂科主任、财务科主任", "二级"],
            ["一般岗位", "出纳", "三级"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1", "A2:F2"]})
    want = [(p, w, x, "Ⅱ级" if w == "褚霁澄" else lv) for p, w, x, lv in PLAIN_READ]
    assert read(got) == sorted(want)
    said = got.issues[got.issues["code"] == "LEVEL_BY_POST_GRADING"]
    assert list(said["cell"]) == ["A10"]
    assert not {"POINT_BLANK", "ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    assert not errors(got)
