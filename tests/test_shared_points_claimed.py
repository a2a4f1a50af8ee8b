"""Points the whole unit shares, listed on one sheet by 序号 and naming no holder ('通用风险点':
'序号 | 通用风险点 | 风险等级 | 防控措施'), claimed by number by the holders of another sheet in a
column beside their own points ('所涉通用风险（序号）', '1,3', merged down over a holder's rows):
each claimed row is a point of each holder naming it, with its level and measures from the shared
sheet; the shared sheet is no nameless form of its own, and a row no one claims stays as read,
said at its cell.

Not the published batch's file (a 县水务局 with '共性风险点' / '岗位风险点', 股室/岗位/姓名,
'涉及共性风险点（序号）' as column E, ``一级/二级/三级``, '1、2'): here a 县市场监督管理局 and a
卫生健康局's 卫生监督所, other tabs, posts and names, the claiming column last or under a two-row
heading, the holders' sheet first, ``高/中/低`` and ``★★★/★★/★``, numbers written '1,3', '1-2',
'第1、4项' — written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a
file.
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


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


SHARED = [
    ["XX县市场监督管理局通用廉政风险点"],
    ["序号", "通用风险点", "风险等级", "防控措施"],
    [1, "利用检查执法之便接受企业吃请", "高", "执法全程记录，落实廉洁回访"],
    [2, "违规泄露企业商业秘密和举报人信息", "中", "签订保密承诺，案卷专人保管"],
    [3, "工作日午间饮酒、公车私用", "低", "公车定位管理，节假日明察暗访"],
]
OWN = [
    ["XX县市场监督管理局岗位廉政风险点排查表"],
    ["科室", "职务", "姓名", "个人岗位风险点", "等级", "防控措施", "所涉通用风险（序号）"],
    ["局领导", "局长", "蒯望舒", "重大案件处罚不经集体讨论", "高", "重大案件集体审议", "1,3"],
    ["食品安全股", "股长", "禚晴岚", "抽检样品选择性送检", "中", "抽检计划随机确定", "1-2"],
    [None, None, None, "对问题食品处置不到位", "中", "处置结果公示", None],
    ["登记注册股", "股员", "鄂知微", "为关系人企业登记开绿灯", "中", "登记材料双人审核", "2"],
]


def test_shared_sheet_claimed_by_a_last_column_of_numbers(tmp_path):
    got = run(tmp_path, {"通用风险点": SHARED, "岗位风险点": OWN},
              {"通用风险点": ["A1:D1"], "岗位风险点": ["A1:G1", "A4:A5", "B4:B5", "C4:C5", "G4:G5"]})  # fmt: skip
    assert read(got) == sorted([
        ("局长", "蒯望舒", "重大案件处罚不经集体讨论", "Ⅰ级"),
        ("局长", "蒯望舒", "利用检查执法之便接受企业吃请", "Ⅰ级"),
        ("局长", "蒯望舒", "工作日午间饮酒、公车私用", "Ⅲ级"),
        ("股长", "禚晴岚", "抽检样品选择性送检", "Ⅱ级"),
        ("股长", "禚晴岚", "对问题食品处置不到位", "Ⅱ级"),
        ("股长", "禚晴岚", "利用检查执法之便接受企业吃请", "Ⅰ级"),
        ("股长", "禚晴岚", "违规泄露企业商业秘密和举报人信息", "Ⅱ级"),
        ("股员", "鄂知微", "为关系人企业登记开绿灯", "Ⅱ级"),
        ("股员", "鄂知微", "违规泄露企业商业秘密和举报人信息", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "SHARED_POINTS_CLAIMED"]
    assert list(said["cell"]) == ["G2"] and list(said["source_sheet"]) == ["岗位风险点"]
    assert "3人、3个共性风险点" in said["message"].iloc[0]
    assert not errors(got)
    assert not {"SHARED_POINT_UNCLAIMED", "SHARED_NUMBER_UNMATCHED", "FORM_NO_PERSON"} & codes(got)
    measures = got.risks[got.risks["risk_point"] == "工作日午间饮酒、公车私用"]["measures"]
    assert list(measures) == ["公车定位管理，节假日明察暗访"]


def test_two_heading_rows_and_the_holders_sheet_first(tmp_path):
    # '通用风险' over '序号' beside '本岗位风险' over '风险点 | 级别'; the holders' sheet first
    own = [
        ["XX县卫生健康局卫生监督所岗位廉政风险防控表"],
        ["科室", "岗位", "姓名", "通用风险", "本岗位风险", None, "防控措施"],
        [None, None, None, "序号", "风险点", "级别", None],
        ["所领导", "所长", "穆清和", "1、2", "行政处罚自由裁量权滥用", "★★★", "裁量基准公开"],
        [
            "公共卫生科",
            "监督员",
            "阙听澜",
            "2",
            "现场检查发现问题不记录",
            "★★",
            "执法记录仪全程记录",
        ],
        [None, None, None, None, "对检查对象吃拿卡要", "★★", "廉洁监督卡随文书送达"],
    ]
    shared = [
        ["所内共性风险点一览"],
        ["序号", "风险点", "级别", "防控措施"],
        [1, "干部选任和评先评优中搞暗箱操作", "★★★", "结果公示"],
        [2, "收受管理服务对象红包购物卡", "★★", "廉洁承诺"],
    ]
    got = run(tmp_path, {"岗位风险": own, "共性风险": shared},
              {"岗位风险": ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "E2:F2", "G2:G3",
                           "A5:A6", "B5:B6", "C5:C6", "D5:D6"], "共性风险": ["A1:D1"]})  # fmt: skip
    assert read(got) == sorted([
        ("所长", "穆清和", "行政处罚自由裁量权滥用", "Ⅰ级"),
        ("所长", "穆清和", "干部选任和评先评优中搞暗箱操作", "Ⅰ级"),
        ("所长", "穆清和", "收受管理服务对象红包购物卡", "Ⅱ级"),
        ("监督员", "阙听澜", "现场检查发现问题不记录", "Ⅱ级"),
        ("监督员", "阙听澜", "对检查对象吃拿卡要", "Ⅱ级"),
        ("监督员", "阙听澜", "收受管理服务对象红包购物卡", "Ⅱ级"),
    ])  # fmt: skip
    assert "SHARED_POINTS_CLAIMED" in codes(got)
    assert not errors(got)
    assert not {"SHARED_POINT_UNCLAIMED", "FORM_NO_PERSON"} & codes(got)


def test_a_row_no_one_claims_stays_and_a_number_of_no_row_is_said(tmp_path):
    own = [
        ["科室", "职务", "姓名", "个人岗位风险点", "等级", "防控措施", "所涉通用风险（序号）"],
        ["局领导", "副局长", "蒯望舒", "特种设备检验结论干预", "高", "检验结论复核", "第1、4项"],
        ["计量股", "股长", "禚晴岚", "计量检定收费不开票", "中", "收费统一开票", "1"],
    ]
    got = run(tmp_path, {"通用风险点": SHARED, "岗位风险点": own}, {"通用风险点": ["A1:D1"]})
    assert read(got) == sorted([
        ("副局长", "蒯望舒", "特种设备检验结论干预", "Ⅰ级"),
        ("副局长", "蒯望舒", "利用检查执法之便接受企业吃请", "Ⅰ级"),
        ("股长", "禚晴岚", "计量检定收费不开票", "Ⅱ级"),
        ("股长", "禚晴岚", "利用检查执法之便接受企业吃请", "Ⅰ级"),
        # (no one names 2 and 3: they stay as read, no one's)
        ("", "", "违规泄露企业商业秘密和举报人信息", "Ⅱ级"),
        ("", "", "工作日午间饮酒、公车私用", "Ⅲ级"),
    ])  # fmt: skip
    unclaimed = got.issues[got.issues["code"] == "SHARED_POINT_UNCLAIMED"]
    assert list(unclaimed["cell"]) == ["B4", "B5"]
    assert set(unclaimed["source_sheet"]) == {"通用风险点"}
    unknown = got.issues[got.issues["code"] == "SHARED_NUMBER_UNMATCHED"]
    assert list(unknown["cell"]) == ["G2"] and list(unknown["value"]) == ["4"]
    assert not errors(got)


def test_numbers_under_a_remarks_heading_claim_nothing(tmp_path):
    # the same numbers under '备注' (no 共性/通用 word): another table's numbers, read as before
    own = [[("备注" if x == "所涉通用风险（序号）" else x) for x in row] for row in OWN]
    got = run(tmp_path, {"通用风险点": SHARED, "岗位风险点": own},
              {"通用风险点": ["A1:D1"], "岗位风险点": ["A1:G1", "A4:A5", "B4:B5", "C4:C5", "G4:G5"]})  # fmt: skip
    assert read(got) == sorted([
        ("局长", "蒯望舒", "重大案件处罚不经集体讨论", "Ⅰ级"),
        ("股长", "禚晴岚", "抽检样品选择性送检", "Ⅱ级"),
        ("股长", "禚晴岚", "对问题食品处置不到位", "Ⅱ级"),
        ("股员", "鄂知微", "为关系人企业登记开绿灯", "Ⅱ级"),
        ("", "", "利用检查执法之便接受企业吃请", "Ⅰ级"),
        ("", "", "违规泄露企业商业秘密和举报人信息", "Ⅱ级"),
        ("", "", "工作日午间饮酒、公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"SHARED_POINTS_CLAIMED", "SHARED_POINT_UNCLAIMED"} & codes(got)


def test_a_shared_column_of_words_and_a_sheet_naming_holders_claim_nothing(tmp_path):
    # '共性风险' holding words, not numbers, beside a second sheet whose rows name their holders
    own = [
        ["科室", "职务", "姓名", "个人岗位风险点", "等级", "防控措施", "共性风险"],
        [
            "局领导",
            "局长",
            "蒯望舒",
            "重大案件处罚不经集体讨论",
            "高",
            "重大案件集体审议",
            "廉洁自律",
        ],
        ["计量股", "股长", "禚晴岚", "计量检定收费不开票", "中", "收费统一开票", "公车使用"],
    ]
    other = [
        ["序号", "科室", "职务", "姓名", "风险点", "等级", "防控措施"],
        [1, "登记注册股", "股员", "鄂知微", "为关系人企业登记开绿灯", "中", "登记材料双人审核"],
        [2, "登记注册股", "股员", "鄂知微", "登记档案外借不登记", "低", "档案借阅登记"],
    ]
    got = run(tmp_path, {"岗位风险点": own, "登记注册股": other}, {})
    assert read(got) == sorted([
        ("局长", "蒯望舒", "重大案件处罚不经集体讨论", "Ⅰ级"),
        ("股长", "禚晴岚", "计量检定收费不开票", "Ⅱ级"),
        ("股员", "鄂知微", "为关系人企业登记开绿灯", "Ⅱ级"),
        ("股员", "鄂知微", "登记档案外借不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert not {
        "SHARED_POINTS_CLAIMED",
        "SHARED_POINT_UNCLAIMED",
        "SHARED_NUMBER_UNMATCHED",
    } & codes(got)


def test_the_codes_are_catalogued():
    for code in ("SHARED_POINTS_CLAIMED", "SHARED_POINT_UNCLAIMED", "SHARED_NUMBER_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT
