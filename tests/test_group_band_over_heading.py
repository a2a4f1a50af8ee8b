"""A row just over a table's heading naming its column groups, each cell merged across the
columns it heads ('征收环节 | 责任科室及人员 | 退付环节' over '风险点 | 等级 | 措施 | 科室 | 岗位 | 姓名
| …'): the heading's upper row, not content left outside the table (it was reported
ROW_UNPLACED). Batch 621's file is a 财政局's 收支 table; these are a 税务分局's and a 医保局's, and
a row over the heading that is content (not merged over the groups) is still reported.
Written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file."""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["风险点", "风险等级", "防控措施", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
ROWS = [
    ["XX税务分局征退两端廉政风险对照表"],
    ["征收环节", None, None, "责任科室及人员", None, None, "退付环节", None, None],
    HEAD,
    ["核定征收随意调整定额", "高", "定额调整集体审议", "征管股", "股长", "相望舒",
     "出口退税审核不严", "高", "退税审核双人复核"],
    ["延期缴纳审批把关不严", "中", "延期缴纳按权限审批", "征管股", "科员", "赫连沐川",
     "多退税款不追缴", "中", "退付台账逐月核对"],
]  # fmt: skip


def run(tmp_path: Path, rows, merges):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"对照表": rows}, {"对照表": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_a_band_of_group_names_over_the_heading_is_no_content(tmp_path):
    got = run(tmp_path, ROWS, ["A1:I1", "A2:C2", "D2:F2", "G2:I2"])
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
        ("相望舒", "核定征收随意调整定额"), ("相望舒", "出口退税审核不严"),
        ("赫连沐川", "延期缴纳审批把关不严"), ("赫连沐川", "多退税款不追缴"),
    ])  # fmt: skip
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_a_row_over_the_heading_merged_over_part_of_each_group_is_still_reported(tmp_path):
    # short cells merged over two of each group's three columns: points typed over the heading,
    # not its groups' names (reported, as before)
    rows = [*ROWS[:1], ["漏征漏管", None, None, "违规减免", None, None, "虚假退税", None, None],
            *ROWS[2:]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1", "A2:B2", "D2:E2", "G2:H2"])
    unplaced = got.issues[got.issues["code"] == "ROW_UNPLACED"]
    assert list(unplaced["cell"]) == ["A2"]
    assert len(got.risks) == 4


def test_what_the_ninety_fifth_review_found_a_last_group_left_unmerged(tmp_path):
    # '基本信息 | 风险内容 | 其他', the last over its single column (备注) left unmerged: still a
    # band of group names (it was reported ROW_UNPLACED)
    rows = [["XX税务分局廉政风险点排查表"],
            ["基本信息", None, None, None, "风险内容", None, None, "其他"],
            ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施", "备注"],
            [1, "征管股", "股长", "相望舒", "核定征收随意调整定额", "高", "定额调整集体审议", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:D2", "E2:G2"])
    r = got.risks
    assert list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("股长", "相望舒", "核定征收随意调整定额", "Ⅰ级")
    ]
    assert "ROW_UNPLACED" not in set(got.issues["code"])
    # two single cells, or a single one before the groups: not a band (reported, as before)
    rows[1] = ["基本信息", None, None, None, "风险内容", None, "等级", "其他"]
    got = run(tmp_path / "b", rows, ["A1:H1", "A2:D2", "E2:F2"])
    assert list(got.issues[got.issues["code"] == "ROW_UNPLACED"]["cell"]) == ["A2"]
    assert len(got.risks) == 1
