"""A table on its side (每列一个风险点) whose labels stand in TWO columns: a list with a two-row header
(``基本信息`` over ``科室 | 职务 | 责任人``, ``风险内容`` over ``风险点 | 风险等级``, ``防控措施`` merged down both
rows) turned by 选择性粘贴—转置, so that each group is merged DOWN the first column over the labels in
the second, and a label of one row is merged ACROSS both. Read as the side table it is, the labels
taken from the second column, the groups set aside; said once a table (info
SIDE_TABLE_LABEL_GROUPS at the first group, naming the groups). Before, the table was not found at
all (SHEET_NO_TABLE, FILE_NO_FORM).

Not the published batch's file (batch1003: a 林业局's ``责任主体`` / ``风险识别`` over 股室, 岗位, 姓名
merged across each person's columns, ``…风险`` types, 高/中/低): a 县卫生健康局's ``基本信息`` / ``风险内容``
groups with ``一级/二级/三级`` and no types, a 县审计局's ONE group beside labels merged across, the
group column not the first. Near-misses read as before: a side table whose labels are in one column
(some merged across two), and an upright list whose 科室 is merged down its first column.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "防控表.xlsx", {"防控表": rows}, {"防控表": merges})
    return _collect(inbox)


def read(got) -> list[tuple]:
    cols = ["department", "title", "person", "risk_point", "risk_level", "measures"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


HEALTH = [
    ["县卫生健康局岗位廉政风险防控表", None, None, None, None],
    ["序号", None, 1, 2, 3],
    ["基本信息", "科室", "医政股", "医政股", "基层卫生股"],
    [None, "职务", "股长", "股长", "科员"],
    [None, "责任人", "宇文璟澄", "宇文璟澄", "南门翊"],
    ["风险内容", "风险点", "医疗机构校验走过场", "接受医药企业宴请", "村医补助发放不实"],
    [None, "风险等级", "一级", "二级", "三级"],
    ["防控措施", None, "校验现场两人核查。", "签订廉洁承诺书。", "补助名单公示。"],
]  # fmt: skip


def test_two_label_columns_read_as_a_side_table(tmp_path):
    got = run(tmp_path, HEALTH, ["A1:E1", "A2:B2", "A3:A5", "A6:A7", "A8:B8"])
    assert read(got) == [
        ("医政股", "股长", "宇文璟澄", "医疗机构校验走过场", "Ⅰ级", "校验现场两人核查。"),
        ("医政股", "股长", "宇文璟澄", "接受医药企业宴请", "Ⅱ级", "签订廉洁承诺书。"),
        ("基层卫生股", "科员", "南门翊", "村医补助发放不实", "Ⅲ级", "补助名单公示。"),
    ]
    said = got.issues[got.issues["code"] == "SIDE_TABLE_LABEL_GROUPS"]
    assert list(said["cell"]) == ["A3"]
    assert "“基本信息”、“风险内容”" in said["message"].iloc[0] and "B列" in said["message"].iloc[0]
    assert not codes(got) & {"SHEET_NO_TABLE", "FILE_NO_FORM", "ROW_UNPLACED"}


def test_one_group_beside_labels_merged_across_not_in_the_first_column(tmp_path):
    rows = [
        [None, "县审计局岗位廉政风险防控表", None, None, None],
        [None, "责任人员", "岗位", "审计组长", "审计组长"],
        [None, None, "姓名", "令狐沅", "令狐沅"],
        [None, "廉政风险点", None, "审计发现问题不如实报告", "接受被审计单位宴请"],
        [None, "风险等级", None, "高", "中"],
        [None, "防控措施", None, "审计报告集体审定。", "执行审计纪律“八不准”。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["B1:E1", "B2:B3", "B4:C4", "B5:C5", "B6:C6"])
    assert read(got) == [
        ("", "审计组长", "令狐沅", "审计发现问题不如实报告", "Ⅰ级", "审计报告集体审定。"),
        ("", "审计组长", "令狐沅", "接受被审计单位宴请", "Ⅱ级", "执行审计纪律“八不准”。"),
    ]
    said = got.issues[got.issues["code"] == "SIDE_TABLE_LABEL_GROUPS"]
    assert list(said["cell"]) == ["B2"] and "C列" in said["message"].iloc[0]


def test_labels_in_one_column_read_as_before(tmp_path):
    # (a side table whose labels are in column A, some merged across A:B: no groups, no word)
    rows = [
        ["县卫生健康局岗位廉政风险防控表", None, None, None, None],
        ["科室", None, "医政股", "医政股", "基层卫生股"],
        ["职务", None, "股长", "股长", "科员"],
        ["责任人", None, "宇文璟澄", "宇文璟澄", "南门翊"],
        ["风险点", None, "医疗机构校验走过场", "接受医药企业宴请", "村医补助发放不实"],
        ["风险等级", None, "一级", "二级", "三级"],
        ["防控措施", None, "校验现场两人核查。", "签订廉洁承诺书。", "补助名单公示。"],
    ]  # fmt: skip
    before = run(tmp_path / "a", rows, ["A1:E1"])
    after = run(tmp_path / "b", rows, ["A1:E1", "A2:B2", "A5:B5", "A7:B7"])
    assert len(read(before)) == 3 and read(after) == read(before)
    assert "SIDE_TABLE_LABEL_GROUPS" not in codes(before) | codes(after)


def test_an_upright_list_with_its_first_column_merged_reads_as_before(tmp_path):
    rows = [
        ["县卫生健康局岗位廉政风险防控一览表", None, None, None, None, None],
        ["科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["医政股", "股长", "宇文璟澄", "医疗机构校验走过场", "一级", "校验现场两人核查。"],
        [None, "股长", "宇文璟澄", "接受医药企业宴请", "二级", "签订廉洁承诺书。"],
        ["基层卫生股", "科员", "南门翊", "村医补助发放不实", "三级", "补助名单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:A4"])
    assert [r[:5] for r in read(got)] == [
        ("医政股", "股长", "宇文璟澄", "医疗机构校验走过场", "Ⅰ级"),
        ("医政股", "股长", "宇文璟澄", "接受医药企业宴请", "Ⅱ级"),
        ("基层卫生股", "科员", "南门翊", "村医补助发放不实", "Ⅲ级"),
    ]
    assert "SIDE_TABLE_LABEL_GROUPS" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["SIDE_TABLE_LABEL_GROUPS"][0] == "info"
    assert "SIDE_TABLE_LABEL_GROUPS" in SHORT
