"""Holder cells that print only a hyperlink's caption ('点击查看', '详见', '查看'), each linking to
the holder's row on a roster sheet of the same file: the caption is no name; the holder is the
姓名 of the row linked to (his 职务 the post where the list has no post column). A caption with
no link, or in a format whose links are not read (.ods), keeps no holder, with a warning.

Not the published batch's file (a 湿地保护区管理站's 电子台账, ``点击查看`` links into ``人员信息``
``序号 | 姓名 | 职务 | 联系电话`` at column A, ``高/中/低``): a county 市场监督管理局's 市场监管所,
other posts and names, a roster ``人员名单`` with its columns in another order (``序号 | 职务 | 姓名
| 所在股室``), links to the name cell or the row's first cell, written as ``location`` or as a
relationship '#人员名单!A4', captions ``详见``, ``查看``, ``点击查看详情``, levels ``一级/二级/三级``
and ``★★★/★★/★``, holder cells merged over a person's rows and an extra 备注 column; written with
xlsxwriter (tests/helpers.py) and openpyxl, read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook
from openpyxl import load_workbook
from openpyxl.worksheet.hyperlink import Hyperlink

from xlproc.collect import assemble, discover, read_file
from xlproc.columns import looks_like_name
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict, links: dict[tuple[str, str], str]):
    """``links``: (sheet, cell) → where it points ("'人员名单'!C4" a location, '#人员名单!A4' a
    relationship's target, 'https://…' an outside address)."""
    inbox = tmp_path / "inbox"
    path = write_workbook(inbox / "t.xlsx", sheets, merges)
    if links:
        wb = load_workbook(path)
        for (sheet, ref), to in links.items():
            cell = wb[sheet][ref]
            if to.startswith(("#", "http")):
                cell.hyperlink = to  # (a relationship: its target '#人员名单!A4' or an address)
            else:
                cell.hyperlink = Hyperlink(ref=ref, location=to, display=str(cell.value))
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


ROSTER = [
    ["市场监管所人员名单"],
    ["序号", "职务", "姓名", "所在股室"],
    [1, "所长", "郄霁川", "所领导"],
    [2, "食品安全监管员", "甯沐岚", "食品股"],
    [3, "食品安全监管员", "逄昀澈", "食品股"],
    [4, "特种设备监管员", "仉书珩", "特设股"],
]
# the roster's rows (1-based, as Excel names them) by name
AT = {"郄霁川": 3, "甯沐岚": 4, "逄昀澈": 5, "仉书珩": 6}

LIST = [
    ["XX县市场监督管理局城关市场监管所廉政风险防控登记表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人"],
    [1, "所长", "行政处罚自由裁量不按基准", "一级", "重大案件集体讨论。", "详见"],
    [2, "食品安全监管员", "日常检查事先通风报信", "二级", "检查对象随机抽取。", "详见"],
    [3, "食品安全监管员", "抽检样品调包或不送检", "一级", "抽样双人到场签封。", "详见"],
    [4, "特种设备监管员", "电梯检验结论不核查", "三级", "检验报告逐份登记。", "详见"],
    ["注：责任人详见“人员名单”工作表。"],
]
WHO = {3: "郄霁川", 4: "甯沐岚", 5: "逄昀澈", 6: "仉书珩"}  # the list's row → its holder

TRUTH = sorted([
    ("所长", "郄霁川", "行政处罚自由裁量不按基准", "Ⅰ级"),
    ("食品安全监管员", "甯沐岚", "日常检查事先通风报信", "Ⅱ级"),
    ("食品安全监管员", "逄昀澈", "抽检样品调包或不送检", "Ⅰ级"),
    ("特种设备监管员", "仉书珩", "电梯检验结论不核查", "Ⅲ级"),
])  # fmt: skip


def test_captions_linking_to_the_name_cell_read_the_roster_row(tmp_path):
    """One heading row, a post column, '详见' in every 责任人 cell, each a location link to the
    name cell (column C) of its holder's row; two 食品安全监管员 told apart by their links."""
    links = {("登记表", f"F{r}"): f"'人员名单'!C{AT[n]}" for r, n in WHO.items()}
    got = run(tmp_path, {"登记表": LIST, "人员名单": ROSTER},
              {"登记表": ["A1:F1", "A8:F8"], "人员名单": ["A1:D1"]}, links)  # fmt: skip
    assert read(got) == TRUTH
    assert "HOLDER_BY_LINK" in codes(got) and "HOLDER_LINK_UNREAD" not in codes(got)
    no_errors(got)


def test_relationship_links_and_no_post_column_take_the_roster_post(tmp_path):
    """No post column: the post is the roster row's 职务; captions '查看' ('查' a surname's),
    stars for levels, links stored as relationships to '#人员名单!A…' (the row's first cell)."""
    rows = [
        ["城关市场监管所廉政风险点台账"],
        ["序号", "廉政风险点", "风险等级", "防控措施", "责任人"],
        [1, "行政处罚自由裁量不按基准", "★★★", "重大案件集体讨论。", "查看"],
        [2, "日常检查事先通风报信", "★★", "检查对象随机抽取。", "查看"],
        [3, "抽检样品调包或不送检", "★★★", "抽样双人到场签封。", "查看"],
        [4, "电梯检验结论不核查", "★", "检验报告逐份登记。", "查看"],
        ["说明：★★★为一级风险，★★为二级风险，★为三级风险。"],
    ]
    links = {("台账", f"E{r}"): f"#人员名单!A{AT[n]}" for r, n in WHO.items()}
    got = run(tmp_path, {"台账": rows, "人员名单": ROSTER},
              {"台账": ["A1:E1", "A8:E8"], "人员名单": ["A1:D1"]}, links)  # fmt: skip
    assert read(got) == TRUTH
    assert "HOLDER_BY_LINK" in codes(got)
    no_errors(got)


def test_a_merged_caption_over_a_holders_rows_and_a_remarks_column(tmp_path):
    """Two heading rows (the level merged over '等级 | 说明'), the caption '点击查看详情' merged
    down over each holder's rows, the link on its top cell, and a 备注 column."""
    rows = [
        ["城关市场监管所岗位廉政风险排查表"],
        ["序号", "岗位", "廉政风险点", "风险等级", None, "防控措施", "责任人", "备注"],
        [None, None, None, "等级", "说明", None, None, None],
        [1, "所长", "行政处罚自由裁量不按基准", "一级", "涉案金额大", "重大案件集体讨论。", "点击查看详情", ""],
        [2, "所长", "执法车辆公车私用", "三级", "", "车辆派单登记。", None, "新增"],
        [3, "食品安全监管员", "日常检查事先通风报信", "二级", "", "检查对象随机抽取。", "点击查看详情", ""],
        [4, "食品安全监管员", "抽检样品调包或不送检", "一级", "", "抽样双人到场签封。", "点击查看详情", ""],
        [5, "食品安全监管员", "许可现场核查走过场", "二级", "", "核查全程记录。", None, ""],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "H2:H3",
              "B4:B5", "G4:G5", "G7:G8"]  # fmt: skip
    links = {
        ("排查表", "G4"): f"'人员名单'!A{AT['郄霁川']}",
        ("排查表", "G6"): f"'人员名单'!A{AT['甯沐岚']}",
        ("排查表", "G7"): f"'人员名单'!A{AT['逄昀澈']}",
    }
    got = run(tmp_path, {"排查表": rows, "人员名单": ROSTER},
              {"排查表": merges, "人员名单": ["A1:D1"]}, links)  # fmt: skip
    assert read(got) == sorted([
        ("所长", "郄霁川", "行政处罚自由裁量不按基准", "Ⅰ级"),
        ("所长", "郄霁川", "执法车辆公车私用", "Ⅲ级"),
        ("食品安全监管员", "甯沐岚", "日常检查事先通风报信", "Ⅱ级"),
        ("食品安全监管员", "逄昀澈", "抽检样品调包或不送检", "Ⅰ级"),
        ("食品安全监管员", "逄昀澈", "许可现场核查走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_caption_with_no_link_keeps_no_holder_with_a_warning(tmp_path):
    """One caption's link missing (or pointing at the roster's heading row): those rows keep
    their post and no holder, with a warning; the others are read."""
    links = {("登记表", f"F{r}"): f"'人员名单'!C{AT[n]}" for r, n in WHO.items() if r != 6}
    links[("登记表", "F5")] = "'人员名单'!C2"  # (the heading row: no one)
    got = run(tmp_path, {"登记表": LIST, "人员名单": ROSTER},
              {"登记表": ["A1:F1", "A8:F8"], "人员名单": ["A1:D1"]}, links)  # fmt: skip
    got_rows = read(got)
    assert ("所长", "郄霁川", "行政处罚自由裁量不按基准", "Ⅰ级") in got_rows
    assert ("食品安全监管员", "甯沐岚", "日常检查事先通风报信", "Ⅱ级") in got_rows
    assert all(p != "详见" for _t, p, _x, _l in got_rows)
    assert {"HOLDER_BY_LINK", "HOLDER_LINK_UNREAD"} <= codes(got)
    no_errors(got)


def test_an_ods_copy_reads_the_caption_as_no_name(tmp_path):
    """An .ods copy (links not read): the caption is no name, a warning."""
    inbox = tmp_path / "inbox"
    write_ods(inbox / "t.ods", {"登记表": LIST, "人员名单": ROSTER})
    got = _collect(inbox)
    assert all(p != "详见" for p in got.risks["person"])
    assert len(got.risks) == 4
    assert "HOLDER_LINK_UNREAD" in codes(got)
    no_errors(got)


def test_link_captions_are_no_names():
    for caption in ("点击查看", "查看", "详见附表", "见附件", "单击此处查看详情", "详见"):
        assert not looks_like_name(caption), caption
    assert looks_like_name("查雨桐") and looks_like_name("郄霁川")


def test_the_codes_are_catalogued():
    for code in ("HOLDER_BY_LINK", "HOLDER_LINK_UNREAD"):
        assert code in CATALOGUE and code in SHORT


# ------------------------------------------------------------------ not this shape: as before


def test_a_remarks_column_of_captions_linking_to_documents_is_as_before(tmp_path):
    """A 备注 column of '点击查看' linking to documents (an outside address, another sheet's
    制度 text): the holders are the names in the 责任人 column, as without the links."""
    rows = [
        ["XX县市场监督管理局城关市场监管所廉政风险防控登记表"],
        ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人", "备注"],
        [1, "所长", "行政处罚自由裁量不按基准", "一级", "重大案件集体讨论。", "郄霁川", "点击查看"],
        [2, "食品安全监管员", "日常检查事先通风报信", "二级", "检查对象随机抽取。", "甯沐岚", "点击查看"],
        [3, "食品安全监管员", "抽检样品调包或不送检", "一级", "抽样双人到场签封。", "逄昀澈", "点击查看"],
        [4, "特种设备监管员", "电梯检验结论不核查", "三级", "检验报告逐份登记。", "仉书珩", "点击查看"],
    ]  # fmt: skip
    docs = [["制度文件"], ["1", "行政处罚裁量基准"], ["2", "双随机抽查细则"]]
    links = {("登记表", "G3"): "https://example.gov.cn/zd/1.html", ("登记表", "G4"): "'制度'!B2",
             ("登记表", "G5"): "'制度'!B3", ("登记表", "G6"): "#制度!B2"}  # fmt: skip
    with_links = run(tmp_path / "a", {"登记表": rows, "制度": docs}, {"登记表": ["A1:G1"]}, links)
    plain = run(tmp_path / "b", {"登记表": rows, "制度": docs}, {"登记表": ["A1:G1"]}, {})
    assert read(with_links) == read(plain) == TRUTH
    assert not {"HOLDER_BY_LINK", "HOLDER_LINK_UNREAD"} & codes(with_links)
    no_errors(with_links)


def test_a_real_name_that_is_also_a_link_stands(tmp_path):
    """The 责任人 cells print the names and also link to the roster (even to another row):
    the name written stands."""
    rows = [list(r) for r in LIST[:-1]]
    for r, n in WHO.items():
        rows[r - 1][5] = n
    links = {("登记表", f"F{r}"): f"'人员名单'!C{AT['仉书珩']}" for r in WHO}
    got = run(tmp_path, {"登记表": rows, "人员名单": ROSTER},
              {"登记表": ["A1:F1"], "人员名单": ["A1:D1"]}, links)  # fmt: skip
    assert read(got) == TRUTH
    assert not {"HOLDER_BY_LINK", "HOLDER_LINK_UNREAD"} & codes(got)
    no_errors(got)


def test_what_the_hundred_and_tenth_review_found_a_link_to_the_heading_names_no_one(tmp_path):
    """Captions linking to the roster's heading row ('序号' cell) or to its 姓名 heading cell, or
    to its title row: no row of a holder, so no holder ('序号' is no name) and a warning."""
    rows = [
        ["XX县市场监督管理局城关市场监管所廉政风险防控登记表"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "所长", "点击查看", "处罚裁量不按基准", "一级", "集体讨论。"],
        [2, "监管员", "点击查看", "检查通风报信", "二级", "随机抽取。"],
        [3, "监管员", "点击查看", "抽检样品调包", "三级", "双人签封。"],
    ]
    links = {
        ("表", "C3"): "'人员名单'!A2",
        ("表", "C4"): "'人员名单'!C2",
        ("表", "C5"): "'人员名单'!A1",
    }
    got = run(
        tmp_path, {"表": rows, "人员名单": ROSTER}, {"表": ["A1:F1"], "人员名单": ["A1:D1"]}, links
    )
    assert read(got) == sorted([
        ("所长", "", "处罚裁量不按基准", "Ⅰ级"),
        ("监管员", "", "检查通风报信", "Ⅱ级"),
        ("监管员", "", "抽检样品调包", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_LINK_UNREAD" in codes(got) and "HOLDER_BY_LINK" not in codes(got)
    assert "序号" not in set(got.risks["person"])
    no_errors(got)


def test_what_the_hundred_and_tenth_review_found_a_link_to_a_data_row_still_reads(tmp_path):
    """The same roster linked at its data rows' 序号 cells: their holders, as before."""
    rows = [
        ["XX县市场监督管理局城关市场监管所廉政风险防控登记表"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "所长", "点击查看", "处罚裁量不按基准", "一级", "集体讨论。"],
        [2, "食品安全监管员", "点击查看", "检查通风报信", "二级", "随机抽取。"],
    ]
    links = {("表", "C3"): "'人员名单'!A3", ("表", "C4"): "'人员名单'!A4"}
    got = run(
        tmp_path, {"表": rows, "人员名单": ROSTER}, {"表": ["A1:F1"], "人员名单": ["A1:D1"]}, links
    )
    assert read(got) == sorted([
        ("所长", "郄霁川", "处罚裁量不按基准", "Ⅰ级"),
        ("食品安全监管员", "甯沐岚", "检查通风报信", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_LINK" in codes(got) and "HOLDER_LINK_UNREAD" not in codes(got)


def test_what_the_hundred_and_tenth_review_found_a_data_row_with_a_heading_like_post(tmp_path):
    """A roster row whose 职务 reads like a heading word ('股室负责人') is still a data row."""
    roster = [
        ["人员名单"],
        ["序号", "职务", "姓名", "所在股室"],
        [1, "股室负责人", "逄昀澈", "食品股"],
    ]
    rows = [
        ["XX县市场监督管理局城关市场监管所廉政风险防控登记表"],
        ["序号", "廉政风险点", "风险等级", "防控措施", "责任人"],
        [1, "日常检查事先通风报信", "二级", "随机抽取。", "点击查看"],
    ]
    links = {("表", "E3"): "'人员名单'!C3"}
    got = run(
        tmp_path, {"表": rows, "人员名单": roster}, {"表": ["A1:E1"], "人员名单": ["A1:D1"]}, links
    )
    assert read(got) == [("股室负责人", "逄昀澈", "日常检查事先通风报信", "Ⅱ级")]
    assert "HOLDER_BY_LINK" in codes(got) and "HOLDER_LINK_UNREAD" not in codes(got)
