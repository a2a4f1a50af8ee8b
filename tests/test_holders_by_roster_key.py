"""Holders keyed by a column's values through a roster: a list with 科室 and 岗位 columns but no
姓名, one column of numbers on its rows (an office telephone merged over a holder's rows, a 工号),
and a roster under or above the list, or on a sheet of its own, naming whose number is whose
('姓名 | 职务 | 办公电话'). Each row is that roster row's person, so two holders of one post stay
apart; a number the roster lacks keeps the row's post, with a warning.

Not the published batch's file (batch726: a 苹果梨良种苗木繁育站's 公示表, 联系电话 '0433-…' keyed
by a 通讯录 under it, 一级/二级/三级): a county 水务集团's 供水营业所 and a 社区卫生服务中心, other
posts (收费员, 抄表员, 药剂师, 出纳), other names, level words 高/中/低 and 高风险/中风险/低风险, numbers with
spaces or none, a 工号 roster ABOVE the list (read by the 人员编号 rule, ``HOLDER_CODES``, as
before: kept here as the 工号 case), room numbers '2-105' keyed to a roster writing '2105', a roster
on another sheet; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = [
    ["XX县水务集团城东供水营业所廉政风险点公示表"],
    ["序号", "科室", "岗位", "办公电话", "廉政风险点", "风险等级", "防控措施"],
    [
        1,
        "营业室",
        "收费员",
        "0575-86021134",
        "收取水费不开票据，截留资金",
        "高",
        "每日日结，票款核对。",
    ],
    [2, "营业室", "收费员", "0575-86021134", "违规减免违约金", "中", "减免须经所长审批。"],
    [
        3,
        "营业室",
        "收费员",
        "0575-86021139",
        "私自调整用户水价类别",
        "高",
        "调价系统留痕，月度抽查。",
    ],
    [4, "营业室", "收费员", "0575-86021139", "泄露用户信息", "低", "签订保密承诺书。"],
    [
        5,
        "抄表班",
        "抄表员",
        "0575-86021142",
        "估抄、漏抄为用户少计水量",
        "中",
        "抄表照片上传，交叉复核。",
    ],
    [None],
    ["附：营业所通讯录"],
    ["序号", "姓名", "职务", "办公电话"],
    [1, "鞠沅澈", "收费员", "0575-86021134"],
    [2, "栾霏昀", "收费员", "0575-86021139"],
    [3, "鞠湛岑", "抄表员", "0575-86021142"],
]
WATER_MERGES = ["A1:G1", "B3:B6", "D3:D4", "D5:D6", "A9:G9"]


def test_office_numbers_merged_keyed_by_a_directory_under_the_list(tmp_path):
    got = run(tmp_path, {"公示表": WATER}, {"公示表": WATER_MERGES})
    assert read(got) == sorted([
        ("收费员", "鞠沅澈", "收取水费不开票据，截留资金", "Ⅰ级"),
        ("收费员", "鞠沅澈", "违规减免违约金", "Ⅱ级"),
        ("收费员", "栾霏昀", "私自调整用户水价类别", "Ⅰ级"),
        ("收费员", "栾霏昀", "泄露用户信息", "Ⅲ级"),
        ("抄表员", "鞠湛岑", "估抄、漏抄为用户少计水量", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_ROSTER_KEY" in codes(got)


def test_a_number_the_directory_lacks_keeps_its_post_with_a_warning(tmp_path):
    rows = [list(r) for r in WATER]
    rows[6][3] = "0575-86021199"  # (not in the 通讯录)
    got = run(tmp_path, {"公示表": rows}, {"公示表": WATER_MERGES})
    # (the 抄表员's row keeps its post, the 通讯录's one 抄表员 its holder by post as before)
    assert read(got) == sorted([
        ("收费员", "鞠沅澈", "收取水费不开票据，截留资金", "Ⅰ级"),
        ("收费员", "鞠沅澈", "违规减免违约金", "Ⅱ级"),
        ("收费员", "栾霏昀", "私自调整用户水价类别", "Ⅰ级"),
        ("收费员", "栾霏昀", "泄露用户信息", "Ⅲ级"),
        ("抄表员", "鞠湛岑", "估抄、漏抄为用户少计水量", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_ROSTER_KEY_UNMATCHED" in codes(got)
    no_errors(got)


CLINIC_STAFF = [
    ["XX区社区卫生服务中心岗位人员工号"],
    ["工号", "姓名", "岗位"],
    ["WS021", "阙芷沣", "药剂师"],
    ["WS034", "阙澹宁", "药剂师"],
    ["WS047", "郦蘅芷", "出纳"],
    [None],
    ["XX区社区卫生服务中心廉政风险防控一览表"],
    ["科室", "岗位", "工号", "风险点", "风险等级", "防控措施"],
    ["药剂科", "药剂师", "WS021", "药品验收把关不严", "高风险", "双人验收，留存记录。"],
    ["药剂科", "药剂师", "WS034", "违规调剂处方外药品", "中风险", "处方点评每月一次。"],
    ["药剂科", "药剂师", "WS034", "过期药品处置不规范", "低风险", "销毁登记并拍照。"],
    ["财务科", "出纳", "WS047", "挪用备用金", "高风险", "每周盘点库存现金。"],
]


def test_staff_numbers_each_row_keyed_by_a_roster_above_the_list(tmp_path):
    got = run(tmp_path, {"一览表": CLINIC_STAFF}, {"一览表": ["A1:C1", "A7:F7"]})
    assert read(got) == sorted([
        ("药剂师", "阙芷沣", "药品验收把关不严", "Ⅰ级"),
        ("药剂师", "阙澹宁", "违规调剂处方外药品", "Ⅱ级"),
        ("药剂师", "阙澹宁", "过期药品处置不规范", "Ⅲ级"),
        ("出纳", "郦蘅芷", "挪用备用金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


LIST_ONLY = [
    ["XX县水务集团城西供水营业所廉政风险点登记表"],
    ["序号", "所属科室", "岗位名称", "联系电话", "廉政风险点", "风险等级", "防控措施"],
    [
        1,
        "营业室",
        "收费员",
        "0575 8603 2211",
        "收取水费不开票据，截留资金",
        "高",
        "每日日结，票款核对。",
    ],
    [2, "营业室", "收费员", "0575 8603 2211", "违规减免违约金", "中", "减免须经所长审批。"],
    [3, "营业室", "收费员", "0575 8603 2218", "私自调整用户水价类别", "高", "调价系统留痕。"],
    [4, "营业室", "收费员", "0575 8603 2218", "泄露用户信息", "低", "签订保密承诺书。"],
]
DIRECTORY_SHEET = [
    ["城西供水营业所通讯录"],
    ["姓名", "职务", "联系电话"],
    ["鞠沅芷", "收费员", "0575-86032211"],
    ["栾霏澈", "收费员", "0575-86032218"],
    ["鞠湛沣", "所长", "0575-86032201"],
]


def test_a_directory_on_a_sheet_of_its_own(tmp_path):
    got = run(
        tmp_path,
        {"登记表": LIST_ONLY, "通讯录": DIRECTORY_SHEET},
        {"登记表": ["A1:G1", "B3:B6", "D3:D4", "D5:D6"], "通讯录": ["A1:C1"]},
    )
    assert read(got) == sorted([
        ("收费员", "鞠沅芷", "收取水费不开票据，截留资金", "Ⅰ级"),
        ("收费员", "鞠沅芷", "违规减免违约金", "Ⅱ级"),
        ("收费员", "栾霏澈", "私自调整用户水价类别", "Ⅰ级"),
        ("收费员", "栾霏澈", "泄露用户信息", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_ROSTER_KEY" in codes(got)


def test_a_directory_whose_numbers_the_list_does_not_carry_names_by_post(tmp_path):
    rows = [
        ["XX县水务集团城南供水营业所廉政风险点公示表"],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "营业室", "收费员", "收取水费不开票据，截留资金", "高", "每日日结，票款核对。"],
        [2, "抄表班", "抄表员", "估抄、漏抄为用户少计水量", "中", "抄表照片上传。"],
        [None],
        ["附：营业所通讯录"],
        ["序号", "姓名", "职务", "办公电话"],
        [1, "鞠沅澈", "收费员", "0575-86021134"],
        [2, "鞠湛岑", "抄表员", "0575-86021142"],
    ]
    got = run(tmp_path, {"公示表": rows}, {"公示表": ["A1:F1", "A6:F6"]})
    assert read(got) == sorted([
        ("收费员", "鞠沅澈", "收取水费不开票据，截留资金", "Ⅰ级"),
        ("抄表员", "鞠湛岑", "估抄、漏抄为用户少计水量", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_ROSTER_KEY" not in codes(got)


def test_a_phone_column_beside_a_real_name_column_reads_as_before(tmp_path):
    rows = [
        ["XX县水务集团城北供水营业所廉政风险点公示表"],
        ["序号", "科室", "岗位", "姓名", "联系电话", "廉政风险点", "风险等级", "防控措施"],
        [
            1,
            "营业室",
            "收费员",
            "栾沐晗",
            "0575-86021134",
            "收取水费不开票据，截留资金",
            "高",
            "每日日结。",
        ],
        [2, "营业室", "收费员", "栾沐晗", "0575-86021134", "违规减免违约金", "中", "减免须审批。"],
        [
            3,
            "抄表班",
            "抄表员",
            "鞠澄泓",
            "0575-86021142",
            "估抄、漏抄为用户少计水量",
            "中",
            "照片上传。",
        ],
        [None],
        ["附：营业所通讯录"],
        ["序号", "姓名", "职务", "办公电话"],
        [1, "鞠沅澈", "收费员", "0575-86021134"],
        [2, "鞠湛岑", "抄表员", "0575-86021142"],
    ]
    got = run(tmp_path, {"公示表": rows}, {"公示表": ["A1:H1", "A7:H7"]})
    assert read(got) == sorted([
        ("收费员", "栾沐晗", "收取水费不开票据，截留资金", "Ⅰ级"),
        ("收费员", "栾沐晗", "违规减免违约金", "Ⅱ级"),
        ("抄表员", "鞠澄泓", "估抄、漏抄为用户少计水量", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_ROSTER_KEY" not in codes(got)


ROOMS = [
    ["XX区社区卫生服务中心廉政风险防控一览表"],
    ["科室", "岗位", "房间号", "风险点", "风险等级", "防控措施"],
    ["药剂科", "药剂师", "2-105", "药品验收把关不严", "高风险", "双人验收，留存记录。"],
    ["药剂科", "药剂师", "2-108", "违规调剂处方外药品", "中风险", "处方点评每月一次。"],
    ["药剂科", "药剂师", "2-108", "过期药品处置不规范", "低风险", "销毁登记并拍照。"],
    ["财务科", "出纳", "3-201", "挪用备用金", "高风险", "每周盘点库存现金。"],
    [None],
    ["人员", "岗位", "房间号"],
    ["阙芷沣", "药剂师", "2105"],
    ["阙澹宁", "药剂师", "2108"],
    ["郦蘅芷", "出纳", "3201"],
]


def test_room_numbers_keyed_by_a_roster_under_the_list_written_without_dashes(tmp_path):
    got = run(tmp_path, {"一览表": ROOMS}, {"一览表": ["A1:F1"]})
    assert read(got) == sorted([
        ("药剂师", "阙芷沣", "药品验收把关不严", "Ⅰ级"),
        ("药剂师", "阙澹宁", "违规调剂处方外药品", "Ⅱ级"),
        ("药剂师", "阙澹宁", "过期药品处置不规范", "Ⅲ级"),
        ("出纳", "郦蘅芷", "挪用备用金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_ROSTER_KEY" in codes(got)
