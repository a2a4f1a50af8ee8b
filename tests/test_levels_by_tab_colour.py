"""A list split into neutrally named sheets with no level column, each sheet's level the colour
of its worksheet TAB as a note says ('以工作表标签颜色区分：红色标签为一级风险…'): each row takes
its sheet's tab's level (LEVEL_BY_TAB_COLOUR), and a holder on several of the sheets is one form,
as with tabs named '一级风险'. Tabs coloured under no note, and a note giving the CELLS' fills
levels, stay as before.

Not the published batch's file (a 国土空间规划服务中心's 表1/表2/表3 tabbed red, orange, yellow
under a 说明 merged above the heading): a county 医疗保障局's 经办中心 and a 市场监督管理所, other
posts, names and level words (高/中/低, 一级/二级/三级), sheets named 第一部分/Sheet2/续表, the note
under the table or on the last sheet, tabs coloured by ARGB, by the theme and by the old palette,
one or two heading rows, post and name in one cell or apart, an extra 风险类型 column; written with
xlsxwriter (tests/helpers.py), the tabs coloured with openpyxl, read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

import openpyxl
from helpers import write_workbook
from openpyxl.styles import Color, PatternFill

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, tabs: dict, merges: dict | None = None, fills=None):
    """``tabs``: sheet → a Color for its tab; ``fills``: sheet → {cell: ARGB} solid fills."""
    inbox = tmp_path / "inbox"
    path = write_workbook(inbox / "list.xlsx", sheets, merges or {})
    wb = openpyxl.load_workbook(path)
    for name, colour in tabs.items():
        wb[name].sheet_properties.tabColor = colour
    for name, cells in (fills or {}).items():
        for cell, rgb in cells.items():
            wb[name][cell].fill = PatternFill("solid", fgColor=rgb)
    wb.save(path)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"]
CLINIC = {
    "第一部分": [
        ["XX县医疗保障事务中心廉政风险点一览表"],
        HEAD,
        [
            "1",
            "稽核股",
            "股长",
            "訾沐晗",
            "协议医药机构检查走过场，查处不严",
            "双人稽核，问题清单闭环销号。",
        ],
        ["2", "待遇股", "科员", "雍绮岚", "违规办理异地就医备案", "备案资料留档，按月抽查。"],
        ["注：工作表标签为红色的为高风险，黄色的为中风险，绿色的为低风险。"],
    ],
    "Sheet2": [
        HEAD,
        ["1", "稽核股", "股长", "訾沐晗", "泄露参保人员信息", "系统分级授权，查询留痕。"],
        ["2", "基金股", "会计", "閆晟睿", "基金拨付审核不严", "拨付三级审核。"],
    ],
    "续表": [
        HEAD,
        ["1", "待遇股", "科员", "雍绮岚", "接待办事群众态度生硬", "首问负责，群众评议。"],
    ],
}
CLINIC_READ = sorted([
    ("股长", "訾沐晗", "协议医药机构检查走过场，查处不严", "Ⅰ级"),
    ("科员", "雍绮岚", "违规办理异地就医备案", "Ⅰ级"),
    ("股长", "訾沐晗", "泄露参保人员信息", "Ⅱ级"),
    ("会计", "閆晟睿", "基金拨付审核不严", "Ⅱ级"),
    ("科员", "雍绮岚", "接待办事群众态度生硬", "Ⅲ级"),
])  # fmt: skip
CLINIC_TABS = {"第一部分": Color(rgb="FFE60012"), "Sheet2": Color(rgb="FFFFE100"), "续表": Color(rgb="FF00B050")}  # fmt: skip


def test_each_sheet_takes_its_tabs_level_and_a_holder_is_one_form(tmp_path):
    got = run(tmp_path, CLINIC, CLINIC_TABS, {"第一部分": ["A1:F1", "A5:F5"]})
    assert read(got) == CLINIC_READ
    no_errors(got)
    assert "LEVEL_BY_TAB_COLOUR" in codes(got)
    assert "FORM_DUPLICATE" not in codes(got)
    # 訾沐晗 on 第一部分 and Sheet2, 雍绮岚 on 第一部分 and 续表: three holders, three forms
    assert got.posts["person"].value_counts().to_dict() == {"訾沐晗": 1, "雍绮岚": 1, "閆晟睿": 1}


MARKET = {
    "一": [
        ["XX市场监督管理所岗位廉政风险防控表"],
        ["序号", "责任人", "", "风险点", "风险类型", "防控措施"],
        ["", "岗位", "姓名", "", "", ""],
        ["1", "所长", "仉砚秋", "行政处罚自由裁量不当", "岗位职责风险", "处罚案件集体审议。"],
        ["2", "执法员", "宓清和", "抽检时接受商户宴请", "思想道德风险", "执法全程记录仪。"],
    ],
    "二": [
        ["序号", "责任人", "", "风险点", "风险类型", "防控措施"],
        ["", "岗位", "姓名", "", "", ""],
        ["1", "执法员", "宓清和", "投诉举报处置拖延", "制度机制风险", "限时办结，回访。"],
        ["2", "登记员", "漆昭远", "登记注册材料把关不严", "岗位职责风险", "一次性告知，双人复核。"],
        [
            "说明：标签页颜色表示风险等级，红色标签页—一级风险，橙色标签页—二级风险，绿色标签页—三级风险"
        ],
    ],
}


def test_two_heading_rows_theme_colours_and_the_note_on_the_last_sheet(tmp_path):
    merges = {"一": ["A1:F1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3"],
              "二": ["B1:C1", "A1:A2", "D1:D2", "E1:E2", "F1:F2", "A7:F7"]}  # fmt: skip
    # the theme's accent2 (C0504D, a red) and accent6 (F79646, an orange)
    tabs = {"一": Color(theme=5), "二": Color(theme=9)}
    got = run(tmp_path, MARKET, tabs, merges)
    assert read(got) == sorted([
        ("所长", "仉砚秋", "行政处罚自由裁量不当", "Ⅰ级"),
        ("执法员", "宓清和", "抽检时接受商户宴请", "Ⅰ级"),
        ("执法员", "宓清和", "投诉举报处置拖延", "Ⅱ级"),
        ("登记员", "漆昭远", "登记注册材料把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "FORM_DUPLICATE" not in codes(got)


def test_post_and_name_in_one_cell_and_old_palette_tabs(tmp_path):
    head = ["序号", "岗位及责任人", "风险点描述", "防控措施"]
    sheets = {
        "A": [
            ["以工作表标签颜色区分：红色标签为高风险，黄色标签为中风险，蓝色标签为低风险"],
            head,
            ["1", "财务室主任　岑语桐", "报销票据审核不严", "逐张审核，主任复核。"],
        ],
        "B": [head, ["1", "出纳　官明远", "公款私存", "日清月结，定期盘点。"]],
        "C": [head, ["1", "财务室主任　岑语桐", "固定资产处置不公开", "集体研究，公开处置。"]],
    }
    tabs = {"A": Color(indexed=10), "B": Color(indexed=13), "C": Color(indexed=12)}
    got = run(tmp_path, sheets, tabs, {"A": ["A1:D1"]})
    assert read(got) == sorted([
        ("财务室主任", "岑语桐", "报销票据审核不严", "Ⅰ级"),
        ("出纳", "官明远", "公款私存", "Ⅱ级"),
        ("财务室主任", "岑语桐", "固定资产处置不公开", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "FORM_DUPLICATE" not in codes(got)


def test_coloured_tabs_under_no_note_give_no_level(tmp_path):
    sheets = {k: [r for r in v if not str(r[0]).startswith("注")] for k, v in CLINIC.items()}
    got = run(tmp_path, sheets, CLINIC_TABS, {"第一部分": ["A1:F1"]})
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_BY_TAB_COLOUR" not in codes(got)
    assert "LEVEL_BLANK" in codes(got)
    assert len(got.posts) == 5  # (a form a sheet, as before)


def test_a_note_on_the_cells_fills_is_read_by_the_fills_not_the_tabs(tmp_path):
    sheets = {k: [list(r) for r in v] for k, v in CLINIC.items()}
    sheets["第一部分"][4] = [
        "注：风险点单元格底色标示风险等级，红色为高风险，黄色为中风险，绿色为低风险。"
    ]
    fills = {"第一部分": {"E3": "FFFF0000", "E4": "FF00B050"},
             "Sheet2": {"E2": "FFFFFF00", "E3": "FFFF0000"}, "续表": {"E2": "FFFFFF00"}}  # fmt: skip
    # the tabs all red: a note on the fills says nothing of them
    tabs = dict.fromkeys(CLINIC, Color(rgb="FFFF0000"))
    got = run(tmp_path, sheets, tabs, {"第一部分": ["A1:F1", "A5:F5"]}, fills)
    assert codes(got) == {"LEVEL_COLOURS", "LEVEL_BLANK", "TABLE_NO_TYPE"}
    # as before: the first sheet's fills by its note, the other sheets' rows no level; a form a sheet
    assert read(got) == sorted([
        ("股长", "訾沐晗", "协议医药机构检查走过场，查处不严", "Ⅰ级"),
        ("科员", "雍绮岚", "违规办理异地就医备案", "Ⅲ级"),
        ("股长", "訾沐晗", "泄露参保人员信息", ""),
        ("会计", "閆晟睿", "基金拨付审核不严", ""),
        ("科员", "雍绮岚", "接待办事群众态度生硬", ""),
    ])  # fmt: skip
    assert len(got.posts) == 5


# --- what the hundred and seventeenth review found ----------------------------------------------

REV117_HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"]
REV117 = {
    "一": [["XX县档案馆廉政风险点一览表"], REV117_HEAD,
          [1, "办公室", "主任", "欧阳澈", "公务接待超标准", "接待清单公开"],
          [2, "保管科", "科长", "司马岚", "档案借阅不登记", "借阅登记"],
          ["注：工作表标签为红色的为高风险，黄色的为中风险，绿色的为低风险。"]],
    "二": [REV117_HEAD, [1, "综合科", "主任", "欧阳澈", "公车私用", "派车登记"],
          [2, "利用科", "科员", "上官昀", "泄露档案信息", "保密承诺"]],
    "三": [REV117_HEAD, [1, "保管科", "科长", "司马岚", "档案销毁不监销", "双人监销"]],
}  # fmt: skip
REV117_TABS = {
    "一": Color(rgb="FFFF0000"),
    "二": Color(rgb="FFFFFF00"),
    "三": Color(rgb="FF00B050"),
}


def test_what_the_hundred_and_seventeenth_review_found_one_name_under_two_offices(tmp_path):
    # 欧阳澈 主任 of 办公室 on the red sheet and of 综合科 on the yellow: his two posts, no copy
    # sent twice; 司马岚 of 保管科 on two sheets: one form
    got = run(tmp_path, REV117, REV117_TABS, {"一": ["A1:F1", "A5:F5"]})
    assert read(got) == sorted([
        ("主任", "欧阳澈", "公务接待超标准", "Ⅰ级"),
        ("主任", "欧阳澈", "公车私用", "Ⅱ级"),
        ("科长", "司马岚", "档案借阅不登记", "Ⅰ级"),
        ("科长", "司马岚", "档案销毁不监销", "Ⅲ级"),
        ("科员", "上官昀", "泄露档案信息", "Ⅱ级"),
    ])  # fmt: skip
    p = got.posts
    assert sorted(zip(p["department"], p["person"], strict=True)) == sorted(
        [("办公室", "欧阳澈"), ("综合科", "欧阳澈"), ("保管科", "司马岚"), ("利用科", "上官昀")]
    )
    assert "FORM_DUPLICATE" not in codes(got)
    assert "LEVEL_BY_TAB_COLOUR" in codes(got)
    no_errors(got)


def test_what_the_hundred_and_seventeenth_review_found_a_sheet_with_its_own_levels(tmp_path):
    # the third sheet has a level column: its levels kept, the message names the sheets that
    # took their tab's
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    sheets = {
        "一": [["XX县档案馆廉政风险点一览表"], REV117_HEAD,
              [1, "办公室", "主任", "欧阳澈", "公务接待超标准", "接待清单公开"],
              ["注：工作表标签红色为一级风险，橙色为二级风险，黄色为三级风险。"]],
        "二": [REV117_HEAD, [1, "利用科", "科员", "上官昀", "泄露档案信息", "保密承诺"]],
        "三": [head, [1, "保管科", "科长", "司马岚", "档案借阅不登记", "一级", "借阅登记"]],
    }  # fmt: skip
    tabs = {"一": Color(rgb="FFFF0000"), "二": Color(rgb="FFFFC000"), "三": Color(rgb="FFFFFF00")}
    got = run(tmp_path, sheets, tabs, {"一": ["A1:F1", "A4:F4"]})
    assert read(got) == sorted([
        ("主任", "欧阳澈", "公务接待超标准", "Ⅰ级"),
        ("科员", "上官昀", "泄露档案信息", "Ⅱ级"),
        ("科长", "司马岚", "档案借阅不登记", "Ⅰ级"),
    ])  # fmt: skip
    i = got.issues
    said = i[i["code"] == "LEVEL_BY_TAB_COLOUR"]["message"]
    assert len(said) == 1
    message = said.iloc[0]
    assert "工作表“一”、“二”没有填写风险级别" in message
    assert "本工作簿没有风险级别列" not in message
    no_errors(got)
