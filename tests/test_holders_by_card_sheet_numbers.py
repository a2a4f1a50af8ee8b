"""A list whose only holder column gives codes ('责任人编号 | LZ-03', two in a cell
'LZ-02；LZ-05') or names, each the NAME of another sheet of the file that is one person's card
(a 廉政信息卡 of label cells: 编号, 姓名, 科室, 职务, often a table of his family after) holding
no points: each code's card holds the row's point, a form a card, and the cards give no forms
of their own.

Not the published batch's file (a 国营农牧场's 廉政档案 numbered ``EH-LZ-01`` under
``责任人廉政档案编号``, 高/中/低, the cards ``档案编号 | 姓　名 | 所在科室 | 现任职务`` in pairs): a
county 水务局 and a 县医院, other posts and names, 一级/二级/三级 and ticks, codes ``LZ-03`` and
the holders' own names as tab names, cards with labels over values and cards before the list,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
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


def card(code: str, name: str, dept: str, post: str) -> list[list]:
    """A 干部廉政信息卡 in label pairs, his family after (whose names are not his)."""
    return [
        ["XX县水务局干部廉政信息卡"],
        ["编　号", code, "填卡日期", "2025年4月"],
        ["姓　名", name, "性　别", "男"],
        ["所在股室", dept, "职　务", post],
        ["主要社会关系"],
        ["称谓", "姓名", "工作单位及职务"],
        ["妻子", "聂晚晴", "县第二中学教师"],
        ["本人签字：", None, "日期："],
    ]


CARDS = {
    "LZ-01": ("龚澈", "局领导", "局长"),
    "LZ-02": ("樊屿", "局领导", "副局长"),
    "LZ-03": ("阎霁", "水政监察大队", "大队长"),
    "LZ-05": ("郜湄", "农村水利股", "股长"),
}


def water_bureau(rows: list[list], cards_first: bool = False) -> dict[str, list[list]]:
    cards = {code: card(code, *CARDS[code]) for code in CARDS}
    return {**cards, "风险点台账": rows} if cards_first else {"风险点台账": rows, **cards}


# (cards bound before the list: the last card's front is not the list's holder)
@pytest.mark.parametrize("cards_first", [False, True])
def test_codes_naming_card_sheets_are_the_holders(tmp_path, cards_first):
    rows = [
        ["XX县水务局岗位廉政风险点台账"],
        ["序号", "风险点", "风险等级", "防控措施", "责任人编号"],
        [1, "重大水利项目招标中暗箱操作", "一级", "招标全程公开，纪检全程监督", "LZ-01"],
        [2, "河道采砂许可审批把关不严", "二级", "许可结果公示，集体研究", "LZ-02"],
        [3, "水事违法案件查处以罚代刑", "一级", "案件集体审理，法制审核", "LZ-03"],
        [4, "执法中吃拿卡要", "三级", "执法全程记录，定期回访", "LZ-03"],
        [5, "农田水利补助资金分配不公", "二级", "资金分配方案公示", "LZ-05"],
        ["注：责任人填写廉政信息卡编号，各人信息卡见后附工作表（表名即编号）。"],
    ]
    got = run(tmp_path, water_bureau(rows, cards_first), {"风险点台账": ["A1:E1", "A8:E8"]})
    assert read(got) == sorted([
        ("局领导", "局长", "龚澈", "重大水利项目招标中暗箱操作", "Ⅰ级"),
        ("局领导", "副局长", "樊屿", "河道采砂许可审批把关不严", "Ⅱ级"),
        ("水政监察大队", "大队长", "阎霁", "水事违法案件查处以罚代刑", "Ⅰ级"),
        ("水政监察大队", "大队长", "阎霁", "执法中吃拿卡要", "Ⅲ级"),
        ("农村水利股", "股长", "郜湄", "农田水利补助资金分配不公", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_CARD_SHEETS" in codes(got)
    assert "HOLDER_CARD_SHEET_MISSING" not in codes(got)
    assert not (set(got.issues["source_sheet"]) & set(CARDS))  # (the cards: no form, no issue)
    assert len(got.posts) == 4
    no_errors(got)


def test_two_codes_in_a_cell_give_the_point_to_both_and_a_code_of_no_sheet_is_warned(tmp_path):
    rows = [
        ["XX县水务局岗位廉政风险点台账"],
        ["序号", "业务", "风险点", "风险等级", None, "防控措施", "责任人信息卡编号", "备注"],
        [None, None, None, "等级", "说明", None, None, None],
        [1, "工程", "工程变更签证不经集体研究", "一级", "涉及资金大", "变更分级审批", "LZ-01；LZ-02", None],
        [2, "水政", "采砂现场监管缺位", "二级", None, "视频监控全覆盖", " LZ-03 / LZ-05 ", "新增"],
        [3, "水政", "水资源费减免随意", "二级", None, "减免集体审核", "LZ-09", None],
    ]  # fmt: skip
    merges = {
        "风险点台账": ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "H2:H3"]
    }
    got = run(tmp_path, water_bureau(rows), merges)
    held = [x for x in read(got) if x[2]]
    assert held == sorted([
        ("局领导", "局长", "龚澈", "工程变更签证不经集体研究", "Ⅰ级"),
        ("局领导", "副局长", "樊屿", "工程变更签证不经集体研究", "Ⅰ级"),
        ("水政监察大队", "大队长", "阎霁", "采砂现场监管缺位", "Ⅱ级"),
        ("农村水利股", "股长", "郜湄", "采砂现场监管缺位", "Ⅱ级"),
    ])  # fmt: skip
    # the code of no card: the row as it stands, no holder, and a warning at its cell
    assert [x[3] for x in read(got) if not x[2]] == ["水资源费减免随意"]
    missing = got.issues[got.issues["code"] == "HOLDER_CARD_SHEET_MISSING"]
    assert list(missing["cell"]) == ["G6"] and list(missing["value"]) == ["LZ-09"]
    assert list(missing["severity"]) == ["warning"]
    no_errors(got)


def hospital_card(name: str, dept: str, post: str) -> list[list]:
    """A 县医院's 岗位廉政卡, labels over values, the card sheet named by its holder's name."""
    return [
        ["XX县人民医院岗位廉政卡"],
        ["姓名", "科室", "职务"],
        [name, dept, post],
        ["家庭成员", None, None],
        ["关系", "姓名", "工作单位"],
        ["儿子", "芮沐阳", "在读"],
    ]


def test_cards_named_by_the_holders_names_before_the_list(tmp_path):
    rows = [
        ["XX县人民医院岗位廉政风险清单"],
        ["风险点", "风险等级", None, None, "防控措施", "责任人"],
        [None, "高", "中", "低", None, None],
        ["药品耗材遴选中收受回扣", "✓", None, None, "遴选集体决策，全程留痕", "郦岚"],
        ["医保基金违规结算", None, "✓", None, "医保智能审核", "郦岚"],
        ["设备验收走过场", None, None, "✓", "验收双人签字", "闵樾"],
    ]
    sheets = {
        "郦岚": hospital_card("郦岚", "药剂科", "主任"),
        "闵樾": hospital_card("闵樾", "设备科", "科长"),
        "风险清单": rows,
    }
    merges = {"风险清单": ["A1:F1", "A2:A3", "B2:D2", "E2:E3", "F2:F3"]}
    got = run(tmp_path, sheets, merges)
    assert read(got) == sorted([
        ("药剂科", "主任", "郦岚", "药品耗材遴选中收受回扣", "Ⅰ级"),
        ("药剂科", "主任", "郦岚", "医保基金违规结算", "Ⅱ级"),
        ("设备科", "科长", "闵樾", "设备验收走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_CARD_SHEETS" in codes(got)
    no_errors(got)


def test_numbers_equal_to_tabs_of_lists_are_no_holders(tmp_path):
    """A 序号 whose numbers happen to be the tab names of other lists ('1', '2'): no cards."""
    summary = [
        ["XX县水务局风险点汇总"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "项目资金拨付审核不严", "一级", "资金拨付集体审核"],
        [2, "防汛物资采购虚高", "二级", "物资采购公开比价"],
    ]
    lst = [
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["财务股", "股长", "岑濯", "报销凭证审核不严", "二级", "报销三签"],
    ]
    second = [
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["防汛办", "主任", "殳澜", "防汛物资调拨不登记", "三级", "调拨台账"],
    ]
    got = run(tmp_path, {"汇总": summary, "1": lst, "2": second}, {"汇总": ["A1:D1"]})
    assert read(got) == sorted([
        ("", "", "", "项目资金拨付审核不严", "Ⅰ级"),
        ("", "", "", "防汛物资采购虚高", "Ⅱ级"),
        ("财务股", "股长", "岑濯", "报销凭证审核不严", "Ⅱ级"),
        ("防汛办", "主任", "殳澜", "防汛物资调拨不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_CARD_SHEETS", "HOLDER_CARD_SHEET_MISSING"} & codes(got)


def test_a_list_naming_its_holders_keeps_them_beside_their_cards(tmp_path):
    rows = [
        ["XX县水务局岗位廉政风险点台账"],
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["水政监察大队", "副大队长", "阎霁", "执法中吃拿卡要", "三级", "执法全程记录"],
        ["农村水利股", "副股长", "郜湄", "农田水利补助资金分配不公", "二级", "资金分配方案公示"],
    ]
    sheets = {
        "台账": rows,
        "阎霁": card("LZ-03", "阎霁", "水政监察大队", "大队长"),
        "郜湄": card("LZ-05", "郜湄", "农村水利股", "股长"),
    }
    got = run(tmp_path, sheets, {"台账": ["A1:F1"]})
    assert read(got) == sorted([
        ("水政监察大队", "副大队长", "阎霁", "执法中吃拿卡要", "Ⅲ级"),
        ("农村水利股", "副股长", "郜湄", "农田水利补助资金分配不公", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_CARD_SHEETS", "HOLDER_CARD_SHEET_MISSING"} & codes(got)
    no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_CARD_SHEETS", "HOLDER_CARD_SHEET_MISSING"):
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "责任人"


_REV103_DEPT_LIST = [
    ["科室", "风险点", "风险等级", "防控措施"],
    ["办公室", "公务接待超标准", "二级", "接待审批"],
    ["办公室", "办公用品采购不比价", "三级", "比价"],
    ["统计股", "统计数据弄虚作假", "一级", "数据双审"],
]


def _rev103_staff(dept: str, people: list[tuple[str, str]]) -> list[list]:
    return [[dept + "人员名单"], ["序号", "姓名", "职务"]] + [
        [i + 1, n, p] for i, (n, p) in enumerate(people)
    ]


def test_what_the_hundred_and_third_review_found_a_department_column_names_no_card(tmp_path):
    staff = {
        "办公室": _rev103_staff("办公室", [("柏泠溪", "主任"), ("庞沐", "科员")]),
        "统计股": _rev103_staff("统计股", [("童屿澈", "股长"), ("郁沐岚", "统计员")]),
    }
    one = {
        "办公室": [["办公室人员"], ["姓名", "柏泠溪"], ["职务", "主任"]],
        "统计股": [["统计股人员"], ["姓名", "童屿澈"], ["职务", "股长"]],
    }
    for name, tabs in (("staff", staff), ("one", one)):
        got = run(tmp_path / name, {"清单": _REV103_DEPT_LIST, **tabs})
        assert read(got) == sorted([
            ("办公室", "", "", "公务接待超标准", "Ⅱ级"),
            ("办公室", "", "", "办公用品采购不比价", "Ⅲ级"),
            ("统计股", "", "", "统计数据弄虚作假", "Ⅰ级"),
        ]), name  # fmt: skip
        assert "HOLDERS_BY_CARD_SHEETS" not in codes(got), name
        no_errors(got)
    # (a code column naming a sheet of a 科室's staff: no one's card either)
    got = run(tmp_path / "codes", {
        "清单": [["序号", "风险点", "风险等级", "防控措施", "责任人编号"],
                 [1, "公务接待超标准", "二级", "接待审批", "BGS"],
                 [2, "统计数据弄虚作假", "一级", "数据双审", "TJG"]],
        "BGS": staff["办公室"], "TJG": staff["统计股"],
    })  # fmt: skip
    assert [x[2] for x in read(got)] == ["", ""]
    assert "HOLDERS_BY_CARD_SHEETS" not in codes(got)


def _rev103_card(code: str, name: str, dept: str, post: str) -> list[list]:
    return [
        ["廉政档案"],
        ["档案编号", code],
        ["姓名", name, "性别", "男"],
        ["科室", dept, "职务", post],
    ]


@pytest.mark.parametrize(
    ("cells", "tabs"),
    [
        (("LZ－01", "LZ—02"), ("LZ-01", "LZ-02")),  # (full-width and long dashes)
        (("LZ-01", "LZ-02"), ("LZ-01柏泠溪", "LZ-02童屿澈")),  # (tabs: the code, then the name)
        (("lz－01", "LZ-02"), ("LZ-01 柏泠溪", "LZ-02童屿澈")),
    ],
)
def test_what_the_hundred_and_third_review_found_codes_written_otherwise_than_the_tabs(
    tmp_path, cells, tabs
):
    got = run(tmp_path, {
        "清单": [["序号", "风险点", "风险等级", "防控措施", "责任人档案编号"],
                 [1, "公务接待超标准", "二级", "接待审批", cells[0]],
                 [2, "统计数据弄虚作假", "一级", "数据双审", cells[1]]],
        tabs[0]: _rev103_card("LZ-01", "柏泠溪", "办公室", "主任"),
        tabs[1]: _rev103_card("LZ-02", "童屿澈", "统计股", "股长"),
    })  # fmt: skip
    assert read(got) == sorted([
        ("办公室", "主任", "柏泠溪", "公务接待超标准", "Ⅱ级"),
        ("统计股", "股长", "童屿澈", "统计数据弄虚作假", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_CARD_SHEETS" in codes(got)
    assert "HOLDER_CARD_SHEET_MISSING" not in codes(got)
    no_errors(got)
