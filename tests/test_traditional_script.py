"""A list written throughout in traditional characters (正体字/繁体: a copy for 台胞 or 港澳
readers, WPS's 简转繁): its headings ('崗位 | 廉政風險點 | 風險等級'), level words ('較高',
'中風險') and post words ('科長') are read through their simplified forms, while every value —
unit, post, name, point — keeps the text as written; one info SHEET_TRADITIONAL_SCRIPT says so.

Not the published batch's list (a county's 招商服务中心, '序號 | 股室 | 崗位 | 姓名', 一級/二級/三級,
股室/崗位/姓名 merged per person): a 人民醫院's and a 港澳事務服務站's lists, other posts and
names, levels in 高/中/低 words, ticks under a two-row '風險等級' heading, post and name in one
cell and an extra 備註 column; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives stay as before: a simplified list whose names are
written with traditional characters ('陳', '葉') is not switched, and a traditional 通訊錄 names
no points.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清單"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


# one heading row; 科室/崗位/姓名 in three columns, merged per person; levels '較高/一般/較低'
HOSPITAL = [
    ["平和縣人民醫院崗位廉潔風險防控清單"],
    ["序號", "科室", "崗位", "姓名", "風險點", "風險類別", "風險等級", "防控措施"],
    [
        "1",
        "藥劑科",
        "科長",
        "甘沐晴",
        "藥品採購中收受供應商回扣",
        "崗位職責",
        "較高",
        "實行集中帶量採購，雙人驗收。",
    ],
    [
        "2",
        "藥劑科",
        "科長",
        "甘沐晴",
        "擅自調整藥品庫存帳目",
        "制度機制",
        "一般",
        "每月盤點，帳實相符。",
    ],
    ["3", "藥劑科", "藥師", "溫子墨", "處方審核把關不嚴", "業務流程", "較低", "處方點評每月公示。"],
    [
        "4",
        "財務科",
        "出納",
        "龔若汐",
        "收費不開票據，截留現金",
        "業務流程",
        "較高",
        "每日對帳，票款一致。",
    ],
]
HOSPITAL_MERGES = ["A1:H1", "B3:B5", "C3:C4", "D3:D4"]
HOSPITAL_READ = sorted([
    ("科長", "甘沐晴", "藥品採購中收受供應商回扣", "Ⅰ级"),
    ("科長", "甘沐晴", "擅自調整藥品庫存帳目", "Ⅱ级"),
    ("藥師", "溫子墨", "處方審核把關不嚴", "Ⅲ级"),
    ("出納", "龔若汐", "收費不開票據，截留現金", "Ⅰ级"),
])  # fmt: skip


def test_a_traditional_list_is_read_as_written(tmp_path):
    got = run(tmp_path, HOSPITAL, HOSPITAL_MERGES)
    assert read(got) == HOSPITAL_READ
    no_errors(got)
    assert "SHEET_TRADITIONAL_SCRIPT" in codes(got)
    assert "LEVEL_SCALE" in codes(got)  # '較高/一般/較低' read as the scale '较高/一般/较低' is
    assert set(got.risks["department"]) == {"藥劑科", "財務科"}


# two heading rows: '風險等級' merged over '高 | 中 | 低' ticked with '√'; an extra 備註 column
TICKED = [
    ["港澳事務服務站廉政風險點排查表"],
    ["崗位", "姓名", "廉政風險點", "風險等級", None, None, "防控措施", "備註"],
    [None, None, None, "高", "中", "低", None, None],
    [
        "站長",
        "岳景行",
        "審批來往港澳通行證件時優親厚友",
        "√",
        None,
        None,
        "審批結果逐件公示。",
        None,
    ],
    ["站長", "岳景行", "接受服務對象宴請", None, "√", None, "嚴格執行中央八項規定。", "新增"],
    ["辦事員", "應書瑤", "違規代辦證件收取費用", None, None, "√", "收費標準上牆公開。", None],
]
TICKED_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "A4:A5", "B4:B5"]


def test_ticks_under_a_two_row_traditional_heading(tmp_path):
    got = run(tmp_path, TICKED, TICKED_MERGES, sheet="排查表")
    assert read(got) == sorted([
        ("站長", "岳景行", "審批來往港澳通行證件時優親厚友", "Ⅰ级"),
        ("站長", "岳景行", "接受服務對象宴請", "Ⅱ级"),
        ("辦事員", "應書瑤", "違規代辦證件收取費用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHEET_TRADITIONAL_SCRIPT" in codes(got)


# post and name in one cell ('科長 魏澤川'), levels '高風險/中風險/低風險', a '註：' line below
ONE_CELL = [
    ["單位：平和縣人民醫院"],
    ["序號", "崗位及姓名", "廉政風險點", "風險等級", "防控措施"],
    ["1", "醫務科科長 魏澤川", "醫療糾紛處理中偏袒一方", "高風險", "糾紛處理集體研究。"],
    ["2", "醫務科科長 魏澤川", "違規出具診斷證明", "中風險", "診斷證明雙人核對。"],
    ["3", "設備科科長 卓以寧", "設備招標設置傾向性條件", "低風險", "招標文件法律顧問審核。"],
    ["註：風險等級分高、中、低三級。"],
]


def test_post_and_name_in_one_traditional_cell(tmp_path):
    got = run(tmp_path, ONE_CELL, ["A1:E1", "B3:B4", "A6:E6"])
    got_read = read(got)
    assert got_read == sorted([
        ("醫務科科長", "魏澤川", "醫療糾紛處理中偏袒一方", "Ⅰ级"),
        ("醫務科科長", "魏澤川", "違規出具診斷證明", "Ⅱ级"),
        ("設備科科長", "卓以寧", "設備招標設置傾向性條件", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHEET_TRADITIONAL_SCRIPT" in codes(got)


# negatives: a simplified list whose names are written with traditional characters ('陳', '葉')
SIMPLIFIED = [
    ["平和县人民医院岗位廉洁风险防控清单"],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
    [
        "1",
        "药剂科",
        "科长",
        "陳沐晴",
        "药品采购中收受供应商回扣",
        "岗位职责",
        "较高",
        "实行集中带量采购。",
    ],
    ["2", "财务科", "出纳", "葉若汐", "收费不开票据，截留现金", "业务流程", "较低", "每日对账。"],
]


def test_a_simplified_list_with_traditional_names_is_not_switched(tmp_path):
    got = run(tmp_path, SIMPLIFIED, ["A1:H1"])
    assert read(got) == sorted([
        ("科长", "陳沐晴", "药品采购中收受供应商回扣", "Ⅱ级"),
        ("出纳", "葉若汐", "收费不开票据，截留现金", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHEET_TRADITIONAL_SCRIPT" not in codes(got)


def test_a_simplified_list_reads_as_before(tmp_path):
    rows = [[v.replace("陳", "陈").replace("葉", "叶") if isinstance(v, str) else v for v in r]
            for r in SIMPLIFIED]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("科长", "陈沐晴", "药品采购中收受供应商回扣", "Ⅱ级"),
        ("出纳", "叶若汐", "收费不开票据，截留现金", "Ⅲ级"),
    ])  # fmt: skip
    assert "SHEET_TRADITIONAL_SCRIPT" not in codes(got)


def test_a_traditional_roster_names_no_points(tmp_path):
    rows = [
        ["港澳事務服務站通訊錄"],
        ["序號", "姓名", "職務", "聯繫電話", "備註"],
        ["1", "岳景行", "站長", "13800000001", None],
        ["2", "應書瑤", "辦事員", "13800000002", "兼檔案管理"],
    ]
    got = run(tmp_path, rows, ["A1:E1"], sheet="通訊錄")
    assert read(got) == []
    no_errors(got)
    assert "SHEET_TRADITIONAL_SCRIPT" not in codes(got)


# the hundred and twenty-fifth review: the identity tests (posts, names, 科室, total rows) of a
# traditional sheet take the simplified form of its text, its values kept as written
REVIEW125_TITLE = ["平和縣財政局崗位廉潔風險防控清單"]


def test_what_the_hundred_and_twenty_fifth_review_found_posts_in_a_holder_column(tmp_path):
    # posts under '責任人' are posts, as '股长'/'会计' are in the simplified list: no one named
    rows = [
        REVIEW125_TITLE,
        ["序號", "科室", "風險點", "風險等級", "防控措施", "責任人"],
        ["1", "國庫股", "資金撥付審核不嚴", "高", "雙人複核", "股長"],
        ["2", "國庫股", "賬務處理不及時", "低", "日清月結", "會計"],
    ]
    got = run(tmp_path, rows, ["A1:F1"], sheet="表")
    assert read(got) == sorted([
        ("股長", "", "資金撥付審核不嚴", "Ⅰ级"),
        ("會計", "", "賬務處理不及時", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert {"SHEET_TRADITIONAL_SCRIPT", "COLUMN_GUESSED"} <= codes(got)
    assert set(got.risks["department"]) == {"國庫股"}


def test_what_the_hundred_and_twenty_fifth_review_found_signoff_roles_are_posts(tmp_path):
    # '單位負責人' / '統計負責人' under '責任人' are roles (posts), no one's name
    rows = [
        ["XX縣統計局崗位廉政風險點統計表"],
        ["序號", "風險點", "責任人", "風險等級", "防控措施"],
        ["1", "統計數據弄虛作假", "單位負責人", "高", "數據雙人審核"],
        ["2", "統計執法選擇性檢查", "統計負責人", "中", "執法全程記錄"],
    ]
    got = run(tmp_path, rows, ["A1:E1"], sheet="表")
    assert read(got) == sorted([
        ("單位負責人", "", "統計數據弄虛作假", "Ⅰ级"),
        ("統計負責人", "", "統計執法選擇性檢查", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "COLUMN_GUESSED" in codes(got)


def test_what_the_hundred_and_twenty_fifth_review_found_total_rows(tmp_path):
    # '合計 | … | 2項' and '小計 | … | 2' count the rows above; '註：…' is a note
    head = [REVIEW125_TITLE, ["序號", "科室", "崗位", "姓名", "風險點", "風險等級", "防控措施"]]
    body = [
        ["1", "國庫股", "股長", "陳志遠", "資金撥付審核不嚴", "高", "雙人複核"],
        ["2", "國庫股", "會計", "葉若汐", "賬務處理不及時", "低", "日清月結"],
    ]
    want = sorted([
        ("股長", "陳志遠", "資金撥付審核不嚴", "Ⅰ级"),
        ("會計", "葉若汐", "賬務處理不及時", "Ⅲ级"),
    ])  # fmt: skip
    for i, tail in enumerate((
        [["合計", "", "", "", "2項", "", ""], ["註：風險等級分高、中、低三級。"]],
        [["小計", "", "", "", "2", "", ""]],
    )):  # fmt: skip
        got = run(tmp_path / str(i), head + body + tail, ["A1:G1", "A6:G6"][: 1 + (i == 0)])
        assert read(got) == want
        no_errors(got)
        assert not {"LEVEL_BLANK", "MEASURES_BLANK"} & codes(got)
        assert "SHEET_TRADITIONAL_SCRIPT" in codes(got)


def test_what_the_hundred_and_twenty_fifth_review_found_traditional_names(tmp_path):
    from xlproc.columns import looks_like_name
    from xlproc.identity import is_post, split_dept_title

    assert looks_like_name("陳志遠") and looks_like_name("葉若汐")
    assert not looks_like_name("股長") and not looks_like_name("會計")
    assert is_post("股長") and is_post("會計") and is_post("單位負責人")
    assert split_dept_title("國庫股股長") == ("國庫股", "股長")  # each part as written
    # post and name in one cell, a co-holder in the unheaded column beside it
    rows = [
        REVIEW125_TITLE,
        ["序號", "風險點", "風險等級", "防控措施", "崗位及責任人"],
        ["1", "資金撥付審核不嚴", "高", "雙人複核", "股長 陳志遠", "會計 葉若汐"],
        ["2", "賬務處理不及時", "低", "日清月結", "會計 葉若汐"],
    ]
    got = run(tmp_path, rows, ["A1:E1"], sheet="表")
    assert read(got) == sorted([
        ("股長", "陳志遠", "資金撥付審核不嚴", "Ⅰ级"),
        ("會計", "葉若汐", "資金撥付審核不嚴", "Ⅰ级"),
        ("會計", "葉若汐", "賬務處理不及時", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert {"HOLDERS_CONTINUED_UNHEADED", "COLUMN_GUESSED"} <= codes(got)
    assert "CELL_OUTSIDE" not in codes(got)


def test_what_the_hundred_and_twenty_fifth_review_found_one_traditional_heading(tmp_path):
    # a simplified list with one heading copied in traditional characters: no SHEET_TRADITIONAL_SCRIPT
    rows = [
        ["平和县财政局岗位廉洁风险防控清单"],
        ["序号", "科室", "岗位", "姓名", "風險點", "风险等级", "防控措施"],
        ["1", "国库股", "股长", "陈志远", "资金拨付审核不严", "高", "双人复核"],
        ["2", "国库股", "会计", "叶若汐", "账务处理不及时", "低", "日清月结"],
    ]
    got = run(tmp_path, rows, ["A1:G1"], sheet="表")
    assert read(got) == sorted([
        ("股长", "陈志远", "资金拨付审核不严", "Ⅰ级"),
        ("会计", "叶若汐", "账务处理不及时", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHEET_TRADITIONAL_SCRIPT" not in codes(got)


def test_a_traditional_report_form_signed_under_names_its_signing_roles(tmp_path):
    # the roles in the 責任人 column resolved by the sign-off row below, each role as written, the
    # signers' names (surnames 繆, 閔 whose simplified forms the keys take) as written
    rows = [["平和縣統計局崗位廉政風險點統計表"],
            ["序號", "風險點", "責任人", "風險等級", "防控措施"],
            ["1", "統計數據弄虛作假", "單位負責人", "高", "數據雙人審核"],
            ["2", "統計執法選擇性檢查", "統計負責人", "中", "執法全程記錄"],
            ["單位負責人：繆知遙", "", "統計負責人：閔若汐", "", "報出日期：2025年7月5日"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == [
        ("單位負責人", "繆知遙", "統計數據弄虛作假"),
        ("統計負責人", "閔若汐", "統計執法選擇性檢查"),
    ]
