"""A SELF-CHECK'S ANSWERS TYPED AS A TABLE OF THEIR OWN UNDER A LIST: further down the sheet,
under the list's rows (after a blank row, a label such as ``自查结果`` or none), a heading names a
point and an answer (``是否存在``, ``有无问题``, ``是否发现``, ``自查情况``) and no holder, 科室, post
nor level; every point of its rows is one of the list's above, its answers 是/否, 有/无. Its rows
answer for the list's points and are no points of their own (info ANSWERS_UNDER_LIST at the
heading, once). Before, each was one more point with no 科室, post nor holder, LEVEL_BLANK beside it.

Not the published batch's file (batch1021: a 民政局's ``自查结果`` over ``序号 | 廉政风险点 | 是否存在
| 整改措施``): a 卫生院's list with ``序号 | 风险点 | 有无问题 | 整改情况`` right under its rows and no
label, and a 交通运输局's ``排查结果`` over ``编号 | 廉政风险点 | 是否发现 | 整改措施`` answered
``未发现/已发现``. Near-misses read as before: such a table right under the rows with no label (another
table, TABLE_OTHER, as before), one whose points are NOT the list's (TABLE_OTHER as before), and a 自查表 with a ``是否存在`` column and no list above it.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def points(got) -> list[tuple[str, str, str, str]]:
    cols = ["department", "title", "person", "risk_point"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> list[tuple[str, str]]:
    return list(zip(got.issues["code"], got.issues["cell"], strict=True))


CLINIC = [
    ["县中心卫生院岗位廉政风险排查表", None, None, None, None, None],
    ["科室", "岗位", "责任人", "风险点", "风险级别", "防控措施"],
    ["院办", "院长", "宇文翾", "药品耗材采购收受回扣", "一级", "集中采购，集体议价。"],
    ["药房", "药剂员", "宇文翾珂", "处方药品私自外流", "二级", "出入库每日对账。"],
    ["收费室", "收费员", "尉迟璎", "收费不开票据", "三级", "票据编号核销。"],
]  # fmt: skip
CLINIC_READ = [
    ("院办", "院长", "宇文翾", "药品耗材采购收受回扣"),
    ("药房", "药剂员", "宇文翾珂", "处方药品私自外流"),
    ("收费室", "收费员", "尉迟璎", "收费不开票据"),
]


def test_answers_right_under_the_list_no_label(tmp_path):
    rows = CLINIC + [
        [None] * 6,
        ["序号", "风险点", "有无问题", "整改情况", None, None],
        [1, "药品耗材采购收受回扣", "无", "坚持集中采购。", None, None],
        [2, "收费不开票据", "有", "已追补票据并通报。", None, None],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert points(got) == CLINIC_READ
    # (right under the rows, no label: taken for another table before this kind was known, and
    # reported as such still, TABLE_OTHER; its rows no points either way)
    assert {c for c, cell in codes(got) if cell == "A7"} <= {"TABLE_OTHER", "ANSWERS_UNDER_LIST"}
    assert not {"LEVEL_BLANK", "LEVEL_UNKNOWN"} & {c for c, _ in codes(got)}


TRANSPORT = [
    ["县交通运输局廉政风险防控一览表", None, None, None, None, None, None],
    ["编号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "慕容璩", "农村公路建设项目干预招标", "高", "招标公开，过问登记。"],
    [2, "运输管理股", "股长", "慕容璩璘", "客运线路审批暗箱操作", "中", "审批结果公示。"],
    [3, "路政大队", "队员", "端木琤", "超限运输罚款不开票", "低", "罚没收入专户管理。"],
]  # fmt: skip


def test_answers_under_a_label_found_or_not(tmp_path):
    rows = TRANSPORT + [
        [None] * 7,
        ["排查结果", None, None, None, None, None, None],
        ["编号", "廉政风险点", "是否发现", "整改措施", None, None, None],
        [1, "客运线路审批暗箱操作", "未发现", "继续公示审批结果。", None, None, None],
        [2, "超限运输罚款不开票", "已发现", "补开票据，约谈当事人。", None, None, None],
        [3, "农村公路建设项目干预招标", "未发现", "落实过问登记。", None, None, None],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A8:G8"])
    assert points(got) == [
        ("局领导", "局长", "慕容璩", "农村公路建设项目干预招标"),
        ("运输管理股", "股长", "慕容璩璘", "客运线路审批暗箱操作"),
        ("路政大队", "队员", "端木琤", "超限运输罚款不开票"),
    ]
    assert ("ANSWERS_UNDER_LIST", "A8") in codes(got)


def test_new_points_under_the_list_are_read_as_before(tmp_path):
    # (a second table whose points are not the list's: read as before, another table under
    # the list, TABLE_OTHER; not taken for the list's answers)
    rows = CLINIC + [
        [None] * 6,
        ["序号", "风险点", "有无问题", "整改情况", None, None],
        [1, "体检费用私收不入账", "有", "收费统一入账。", None, None],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert points(got) == CLINIC_READ
    assert "ANSWERS_UNDER_LIST" not in {c for c, _ in codes(got)}


def test_a_selfcheck_with_an_answer_column_alone_is_read(tmp_path):
    rows = [
        ["县中心卫生院岗位廉政风险自查表", None, None, None, None],
        ["序号", "风险点", "风险级别", "是否存在", "整改措施"],
        [1, "药品耗材采购收受回扣", "一级", "是", "集中采购。"],
        [2, "处方药品私自外流", "二级", "否", "每日对账。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert [p[3] for p in points(got)] == ["药品耗材采购收受回扣", "处方药品私自外流"]
    assert "ANSWERS_UNDER_LIST" not in {c for c, _ in codes(got)}


def test_answers_under_list_in_the_catalogue():
    assert "ANSWERS_UNDER_LIST" in CATALOGUE and "ANSWERS_UNDER_LIST" in SHORT
