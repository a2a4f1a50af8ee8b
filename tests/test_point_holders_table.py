"""One sheet a key point (重点廉政风险点“一点一策”): a label block naming the point and no holder
('风险点 | …', '风险类别 | …', '表现形式 | …', the values merged across), under it a caption
and a small table of the point's holders ('序号 | 所在股室 | 职务 | 责任人 | 风险级别 | 个人防控措施'),
each row a holder of that one point with his own level and measures (else the block's); the
same holder on several sheets one form (POINT_HOLDERS_TABLE). A card naming its own holder
('责任人 | …') and ordinary lists are read as before, the rows of a table under a card reported.

The layouts here are not the published batch's (a 景区管委会 with ``编号 | 第N项``, ``风险点名称``,
``涉及岗位及人员`` and 一级/二级/三级): a county's 市场监督管理局 and a 卫生健康局, other posts,
names and level words (高/中/低, ★), one heading row or two ('责任人员' merged over '股室 | 岗位 |
姓名'), post and name in one cell, a level in the block and none in the table, an extra column
('联系电话'), written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads.
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


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


UNIT = "XX县市场监督管理局"
POINT_A = "食品经营许可现场核查走过场，为关系户违规发证"
POINT_B = "行政处罚自由裁量不规范，人情执法、以罚代管"


def _sheet(point: str, kind: str, shows: str, holders: list[list]) -> list[list]:
    return [
        [f"{UNIT}重点廉政风险点防控表"],
        ["风险点", point, None, None, None, None],
        ["风险类别", kind, None, "风险级别", "高", None],
        ["表现形式", shows, None, None, None, None],
        ["岗位人员"],
        ["序号", "所在股室", "职务", "责任人", "风险级别", "个人防控措施"],
        *holders,
        ["监督：局纪检监察组"],
    ]


SHEET_MERGES = ["A1:F1", "B2:F2", "B3:C3", "E3:F3", "B4:F4", "A5:F5"]


def test_two_sheets_one_heading_row_each_row_a_holder_joined_across(tmp_path):
    a = _sheet(POINT_A, "岗位职责风险", "核查不到现场，材料不全即通过。", [
        [1, "局领导", "副局长", "蒯泓渊", "中", "许可审批集体研究，抽查核查记录。"],
        [2, "食品经营股", "股长", "邝沁瑶", "高", "核查两人以上，留存影像资料。"],
    ])  # fmt: skip
    b = _sheet(POINT_B, "制度机制风险", "同案不同罚，降低处罚标准。", [
        [1, "局领导", "副局长", "蒯泓渊", "高", "重大案件法制审核、集体讨论。"],
        [2, "执法稽查大队", "队员", "靳朗轩", "", "严格执行裁量基准。"],
    ])  # fmt: skip
    got = run(tmp_path, {"许可": a, "处罚": b}, {"许可": SHEET_MERGES, "处罚": SHEET_MERGES})
    assert read(got) == sorted([
        ("副局长", "蒯泓渊", POINT_A, "Ⅱ级"),
        ("股长", "邝沁瑶", POINT_A, "Ⅰ级"),
        ("副局长", "蒯泓渊", POINT_B, "Ⅰ级"),
        ("队员", "靳朗轩", POINT_B, "Ⅰ级"),  # (no level of his own: the block's 高)
    ])  # fmt: skip
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "制度机制风险"}
    assert not errors(got)
    assert "FORM_DUPLICATE" not in codes(got)
    assert "POINT_HOLDERS_TABLE" in codes(got)
    assert len(set(got.posts["person"])) == 3  # (the 副局长 on both sheets: one form)


def test_two_heading_rows_post_and_name_in_one_cell_and_an_extra_column(tmp_path):
    rows = [
        ["XX县卫生健康局“一点一策”防控表"],
        ["主要风险点", "医疗机构校验把关不严，违规通过校验", None, None, None],
        ["风险类别", "业务流程风险", None, None, None],
        ["责任岗位及人员"],
        ["序号", "责任人员", None, "风险等级", "防控措施"],
        [None, "股室", "岗位及姓名", None, None],
        [1, "医政医管股", "股长 殳澜清", "★★★", "校验材料双人审核，结果公示。"],
        [2, "医政医管股", "科员 喻竹溪", "★★", "现场检查记录全程留痕。"],
        [3, "卫生监督所", "所长 麴沐阳", "★", "抽查校验结果，发现问题约谈。"],
    ]
    merges = ["A1:E1", "B2:E2", "B3:E3", "A4:E4", "A5:A6", "B5:C5", "D5:D6", "E5:E6"]
    got = run(tmp_path, {"医政": rows}, {"医政": merges})
    point = "医疗机构校验把关不严，违规通过校验"
    assert read(got) == sorted([
        ("股长", "殳澜清", point, "Ⅰ级"),
        ("科员", "喻竹溪", point, "Ⅱ级"),
        ("所长", "麴沐阳", point, "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POINT_HOLDERS_TABLE" in codes(got)


def test_level_in_the_block_none_in_the_table_and_a_phone_column(tmp_path):
    rows = [
        [f"{UNIT}重点风险防控卡"],
        ["重点风险", "特种设备检验报告审核不严，出具不实报告", None, None, None, None],
        ["风险级别", "中", None, "风险类别", "岗位职责风险", None],
        ["防控措施", "报告三级审核，抽查复核。", None, None, None, None],
        ["序号", "股室", "岗位", "姓名", "联系电话", "备注"],
        [1, "特种设备安全股", "股长", "闫澈宁", "13800000001", ""],
        [2, "特种设备安全股", "检验员", "乜栎桐", "13800000002", "兼"],
    ]
    merges = ["A1:F1", "B2:F2", "B3:C3", "E3:F3", "B4:F4"]
    got = run(tmp_path, {"特设": rows}, {"特设": merges})
    point = "特种设备检验报告审核不严，出具不实报告"
    assert read(got) == sorted([
        ("股长", "闫澈宁", point, "Ⅱ级"),
        ("检验员", "乜栎桐", point, "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["measures"]) == {"报告三级审核，抽查复核。"}
    assert not errors(got)


def test_a_card_naming_its_own_holder_is_read_as_before(tmp_path):
    rows = [
        [f"{UNIT}廉政风险点登记表"],
        ["股室", "价格监督检查股", "岗位", "股长"],
        ["责任人", "郜晗昱", "风险等级", "中"],
        ["风险点", "价格检查中选择性执法，收受被检查单位礼品", None, None],
        ["防控措施", "检查两人以上，全程记录，结果公开。", None, None],
    ]
    got = run(tmp_path, {"登记表": rows}, {"登记表": ["A1:D1", "B4:D4", "B5:D5"]})
    assert read(got) == [
        ("股长", "郜晗昱", "价格检查中选择性执法，收受被检查单位礼品", "Ⅱ级"),
    ]
    assert "POINT_HOLDERS_TABLE" not in codes(got)
    assert not errors(got)


def test_an_ordinary_list_with_a_point_column_is_read_as_before(tmp_path):
    rows = [
        [f"{UNIT}廉政风险点一览表"],
        ["风险类别", "岗位职责风险", None, None, None, None, None],
        ["序号", "所在股室", "职务", "责任人", "风险点", "风险级别", "个人防控措施"],
        [1, "登记注册股", "股长", "芮霏然", "登记材料审核不严，虚假登记", "中", "双人审核。"],
        [2, "登记注册股", "科员", "殷翎舟", "为熟人插队办理", "低", "按序办理，公开排号。"],
    ]
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1"]})
    assert read(got) == sorted([
        ("股长", "芮霏然", "登记材料审核不严，虚假登记", "Ⅱ级"),
        ("科员", "殷翎舟", "为熟人插队办理", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINT_HOLDERS_TABLE" not in codes(got)
    assert not errors(got)


def test_a_family_table_under_a_point_block_is_no_holders_table(tmp_path):
    # '称谓 | 姓名 | 工作单位及职务': no level nor measures, no holders of the point
    rows = [
        [f"{UNIT}领导干部廉政风险卡"],
        ["姓名", "訾淮安", "职务", "局长"],
        ["风险点", "干部选拔任用中打招呼、说情", None, None],
        ["风险等级", "高", "防控措施", "严格执行选任程序，全程纪实。"],
        ["家庭主要成员"],
        ["序号", "称谓", "姓名", "工作单位及职务"],
        [1, "配偶", "沈芷若", "县第二中学教师"],
    ]
    got = run(tmp_path, {"风险卡": rows}, {"风险卡": ["A1:D1", "B3:D3", "A5:D5"]})
    assert read(got) == [("局长", "訾淮安", "干部选拔任用中打招呼、说情", "Ⅰ级")]
    assert "POINT_HOLDERS_TABLE" not in codes(got)
    assert not errors(got)


def test_the_code_is_catalogued():
    assert "POINT_HOLDERS_TABLE" in CATALOGUE and "POINT_HOLDERS_TABLE" in SHORT


def test_a_table_under_a_card_naming_its_holder_is_reported_not_read_as_labels(tmp_path):
    # the card's own 责任人: its card as before; the heading row under it no label | value pairs
    # ('岗位' → '姓名' was read as the card's post) and the table's rows said, not dropped
    rows = [
        [f"{UNIT}廉政风险点登记表"],
        ["责任人", "郜晗昱", "岗位", "股长"],
        ["风险点", "网络交易监测中对投诉线索压案不查", None, None],
        ["风险等级", "高", "防控措施", "线索台账化管理，按月通报办结情况。"],
        ["协办人员"],
        ["序号", "股室", "岗位", "姓名"],
        [1, "网络交易监管股", "科员", "尉迟澜"],
        [2, "网络交易监管股", "科员", "公冶朔"],
    ]
    got = run(tmp_path, {"登记表": rows}, {"登记表": ["A1:D1", "B3:D3", "A5:D5"]})
    assert read(got) == [("股长", "郜晗昱", "网络交易监测中对投诉线索压案不查", "Ⅰ级")]
    assert "POINT_HOLDERS_TABLE" not in codes(got)
    assert "TABLE_OTHER" in codes(got)
    assert not errors(got)


def _watch_sheet(caption: str, head: list, rows: list[list]) -> list[list]:
    return [
        [f"{UNIT}重点廉政风险点防控表"],
        ["风险点", POINT_A, None, None, None, None],
        ["风险类别", "岗位职责风险", None, "风险级别", "高", None],
        ["表现形式", "核查不到现场，材料不全即通过。", None, None, None, None],
        [caption],
        head,
        *rows,
        ["监督：局纪检监察组"],
    ]


def test_what_the_hundred_and_twenty_sixth_review_found_supervisors_and_tasks_are_no_holders(
    tmp_path,
):
    """A '监督责任人' table (… | 监督方式 | 联系电话) or a '整改任务分解' one (整改措施 | … | 责任人 |
    完成时限) under a point's block names who watches or rectifies it: no holders of the point."""
    sup = _watch_sheet(
        "监督责任人",
        ["序号", "所在股室", "职务", "姓名", "监督方式", "联系电话"],
        [[1, "纪检监察组", "组长", "蒯泓渊", "日常监督", "5521001"],
         [2, "纪检监察组", "副组长", "邝沁瑶", "专项检查", "5521002"]],
    )  # fmt: skip
    task = _watch_sheet(
        "整改任务分解",
        ["序号", "整改措施", "责任股室", "职务", "责任人", "完成时限"],
        [[1, "建立核查台账", "食品经营股", "股长", "邝沁瑶", "2025年6月"],
         [2, "开展专项检查", "局领导", "副局长", "蒯泓渊", "2025年9月"]],
    )  # fmt: skip
    got = run(tmp_path / "sup", {"点": sup}, {"点": SHEET_MERGES})
    assert read(got) == []  # (as before: the supervisors' rows unplaced, said)
    assert "POINT_HOLDERS_TABLE" not in codes(got) and "ROW_UNPLACED" in codes(got)
    got = run(tmp_path / "task", {"点": task}, {"点": SHEET_MERGES})
    assert "POINT_HOLDERS_TABLE" not in codes(got)
    assert {(post, who) for post, who, _p, _l in read(got)} == {("", "")}  # (read as before)
