"""A risk list with no 科室, post or name column whose ``岗位序号`` column (``对应岗位序号``, ``所属岗位（序号）``,
``责任人序号``) holds the running NUMBER of a row of a roster of posts (``序号 | 科室 | 岗位 | 姓名``) on
another sheet of the file or above the list on its own: each point is the point of the holder(s) of
that roster row, his 科室 and post from it (a roster cell naming two, ``甲／乙``, each a copy), the
roster's rows no points and no stray rows, one info for the table (HOLDERS_BY_POST_NUMBERS); a
number the roster lacks leaves its point with no one, a warning at its cell (POST_NUMBER_UNMATCHED).

Not the published batch's file (a 政务服务中心 with ``岗位设置`` = ``序号 | 窗口 | 岗位 | 工作人员`` and a
``风险点`` sheet's ``岗位序号``, 高/中/低, ``…风险`` types): a 县档案馆, a 县水利局's 水政监察大队 and a 镇
财政所, other posts and names, the column headed ``所属岗位（序号）``, ``对应岗位序号`` or ``责任人序号``,
the roster headed ``序号 | 股室 | 职务 | 责任人`` or ``序号 | 部门 | 岗位名称 | 在岗人员``, on its own
sheet or above the list, two people written ``甲／乙``, ``一级/二级/三级`` and ★ levels, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


ARCHIVE_ROSTER = [
    ["县档案馆岗位及人员"],
    ["序号", "股室", "职务", "责任人"],
    [1, "馆领导", "馆长", "闵沛棠"],
    [2, "档案接收征集股", "股长", "屈汐珩"],
    [3, "档案利用服务股", "查档接待员", "喻澜舟／焦珮瑶"],
    [4, "办公室", "会计", "谌栩宁"],
]
ARCHIVE_POINTS = [
    ["县档案馆廉政风险点一览表"],
    ["序号", "所属岗位（序号）", "风险点", "风险等级", "防控措施"],
    [1, 3, "违规为他人查阅、复制未开放档案", "一级", "查档凭证件登记，复制件加盖印章。"],
    [2, 1, "档案数字化外包项目指定承包商", "一级", "外包项目公开招标，馆务会研究。"],
    [3, 4, "办公经费报销把关不严", "二级", "报销两人审核，按季公开。"],
    [4, 2, "接收档案时降低移交质量要求", "二级", "移交清单逐件核对，双方签字。"],
    [5, 3, "收受查档人财物、出具证明随意", "三级", "出具证明统一编号登记。"],
]
ARCHIVE_WANT = sorted([
    ("档案利用服务股", "查档接待员", "喻澜舟", "违规为他人查阅、复制未开放档案", "Ⅰ级"),
    ("档案利用服务股", "查档接待员", "焦珮瑶", "违规为他人查阅、复制未开放档案", "Ⅰ级"),
    ("馆领导", "馆长", "闵沛棠", "档案数字化外包项目指定承包商", "Ⅰ级"),
    ("办公室", "会计", "谌栩宁", "办公经费报销把关不严", "Ⅱ级"),
    ("档案接收征集股", "股长", "屈汐珩", "接收档案时降低移交质量要求", "Ⅱ级"),
    ("档案利用服务股", "查档接待员", "喻澜舟", "收受查档人财物、出具证明随意", "Ⅲ级"),
    ("档案利用服务股", "查档接待员", "焦珮瑶", "收受查档人财物、出具证明随意", "Ⅲ级"),
])  # fmt: skip


def test_a_roster_on_its_own_sheet_gives_each_numbered_point_its_holders(tmp_path):
    got = run(tmp_path, {"人员分工": ARCHIVE_ROSTER, "风险点": ARCHIVE_POINTS})
    no_errors(got)
    assert read(got) == ARCHIVE_WANT
    assert "HOLDERS_BY_POST_NUMBERS" in codes(got)
    assert "POST_NUMBER_UNMATCHED" not in codes(got)
    info = got.issues[got.issues["code"] == "HOLDERS_BY_POST_NUMBERS"].iloc[0]
    assert info["severity"] == "info" and info["source_sheet"] == "人员分工"


def test_the_list_sheet_first_reads_the_same(tmp_path):
    got = run(tmp_path, {"风险点": ARCHIVE_POINTS, "人员分工": ARCHIVE_ROSTER})
    assert read(got) == ARCHIVE_WANT


def test_a_roster_above_the_list_on_its_sheet(tmp_path):
    rows = [
        ["县水利局水政监察大队廉政风险防控表"],
        ["一、岗位及责任人"],
        ["序号", "部门", "岗位名称", "在岗人员"],
        [1, "大队领导", "大队长", "宓霁川"],
        [2, "执法一中队", "水政监察员", "訾琬澄"],
        [3, "执法一中队", "中队长", "郗昀泽"],
        [],
        ["二、廉政风险点"],
        ["序号", "对应岗位序号", "廉政风险点", "风险等级", "防控措施"],
        [1, 2, "河道采砂巡查发现问题不制止", "★★★", "巡查轨迹上传，视频留存。"],
        [2, 1, "水行政处罚案件说情减免", "★★★", "重大案件集体讨论。"],
        [3, 3, "取水许可监督检查走过场", "★★", "检查结果公示，抽查复核。"],
        [4, 2, "接受采砂业主宴请", "★", "签订廉洁承诺书。"],
    ]
    got = run(tmp_path, {"防控表": rows})
    no_errors(got)
    assert read(got) == sorted([
        ("执法一中队", "水政监察员", "訾琬澄", "河道采砂巡查发现问题不制止", "Ⅰ级"),
        ("大队领导", "大队长", "宓霁川", "水行政处罚案件说情减免", "Ⅰ级"),
        ("执法一中队", "中队长", "郗昀泽", "取水许可监督检查走过场", "Ⅱ级"),
        ("执法一中队", "水政监察员", "訾琬澄", "接受采砂业主宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_POST_NUMBERS" in codes(got)
    assert not {"ROW_UNPLACED", "TABLE_STRAY_ROWS"} & codes(got)


FINANCE_ROSTER = [
    ["序号", "股室", "职务", "姓名"],
    [1, "所领导", "所长", "缑泠川"],
    [2, "会计核算股", "会计", "綦毋翾"],
    [3, "会计核算股", "出纳", "仉岫然"],
]


def test_a_number_the_roster_lacks_is_warned_and_given_to_no_one(tmp_path):
    points = [
        ["序号", "责任人序号", "廉政风险点", "风险等级", "防控措施"],
        [1, 1, "惠农补贴资金拨付审批把关不严", "一级", "资金拨付集体研究。"],
        [2, 3, "现金收付不及时入账", "二级", "日清月结，定期盘点。"],
        [3, 7, "财政票据领用登记不全", "三级", "票据专人保管。"],
        [4, 2, "会计凭证审核流于形式", "二级", "凭证复核签字。"],
    ]
    got = run(tmp_path, {"岗位表": FINANCE_ROSTER, "风险点": points})
    no_errors(got)
    rows = read(got)
    assert ("", "", "", "财政票据领用登记不全", "Ⅲ级") in rows
    assert ("所领导", "所长", "缑泠川", "惠农补贴资金拨付审批把关不严", "Ⅰ级") in rows
    assert ("会计核算股", "出纳", "仉岫然", "现金收付不及时入账", "Ⅱ级") in rows
    assert ("会计核算股", "会计", "綦毋翾", "会计凭证审核流于形式", "Ⅱ级") in rows
    warn = got.issues[got.issues["code"] == "POST_NUMBER_UNMATCHED"]
    assert len(warn) == 1 and warn.iloc[0]["cell"] == "B4" and warn.iloc[0]["severity"] == "warning"


def test_a_list_naming_its_own_holders_reads_as_before(tmp_path):
    points = [
        ["序号", "岗位序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, 1, "所长", "缑泠川", "惠农补贴资金拨付审批把关不严", "一级", "资金拨付集体研究。"],
        [2, 3, "出纳", "仉岫然", "现金收付不及时入账", "二级", "日清月结。"],
    ]
    got = run(tmp_path, {"岗位表": FINANCE_ROSTER, "风险点": points})
    assert "HOLDERS_BY_POST_NUMBERS" not in codes(got)
    assert {(t, p) for _d, t, p, _x, _l in read(got)} == {("所长", "缑泠川"), ("出纳", "仉岫然")}


def test_a_plain_number_column_with_no_such_heading_reads_as_before(tmp_path):
    points = [
        ["序号", "页码", "廉政风险点", "风险等级", "防控措施"],
        [1, 1, "惠农补贴资金拨付审批把关不严", "一级", "资金拨付集体研究。"],
        [2, 3, "现金收付不及时入账", "二级", "日清月结。"],
    ]
    got = run(tmp_path, {"岗位表": FINANCE_ROSTER, "风险点": points})
    assert "HOLDERS_BY_POST_NUMBERS" not in codes(got)
    # (the roster's first holder taken, as before)
    assert {p for _d, _t, p, _x, _l in read(got)} <= {"", "缑泠川"}


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_POST_NUMBERS", "POST_NUMBER_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "责任人"
