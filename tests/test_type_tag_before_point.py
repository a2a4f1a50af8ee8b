"""A point's risk type written as a tag in brackets opening the point's cell.

A body's list has no 风险类型 column (or leaves a row's type blank); each point cell opens with
its type in brackets — '〔制度机制风险〕…', '[岗位职责类]…', '【道德】…' — and a note under the
table may say so. The tag is the type and no part of the point. A tag naming no type ('【重点】')
stays in the point; a type cell already written wins over the tag. The words here are not those of
tests/published: another unit (a county's 交通运输局), other brackets, other names and levels.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def run(tmp_path: Path, sheets, merges=None):
    """Write a workbook (xlsxwriter) and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(res) -> list[tuple[str, str, str]]:
    return res.risks[["risk_point", "risk_type", "risk_level"]].values.tolist()


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


TITLE = ["合阳县交通运输局岗位廉政风险排查表"]
HEAD = ["编号", "股室", "职务", "姓名", "风险点描述", "级别", "防范措施"]
PEOPLE = [
    ("局办公室", "主任", "鲜于珂"),
    ("运输管理股", "股长", "阚澍"),
    ("路政大队", "队员", "蔺翀"),
]
POINTS = [
    ("工程款拨付审核不严", "二级", "拨付资料三人会签，按月公示。"),
    ("公务用车私用", "三级", "车辆统一调度，行车记录留存。"),
    ("道路运输许可违规办理", "一级", "许可条件网上公开，办理留痕。"),
    ("收受运输企业礼金", "二级", "签订廉洁承诺书，节前提醒。"),
    ("超限车辆查处以罚代管", "一级", "执法记录仪全程记录，案件集体审理。"),
    ("扣押车辆放行随意", "二级", "放行需大队长审批，登记留存。"),
]


def table(cells: list[str], note: str | None = None, head=HEAD, types=None) -> list[list[str]]:
    """A title, the header, two rows a person with the point cells given, a note line, a
    signature line."""
    rows = [TITLE, head]
    for i, (cell, (_p, level, measures)) in enumerate(zip(cells, POINTS, strict=True)):
        dept, post, who = PEOPLE[i // 2]
        typ = [types[i]] if types is not None else []
        rows.append([str(i + 1), dept, post, who, cell, *typ, level, measures])
    if note:
        rows.append([note])
    rows.append(["填报人：", "", "审核人：", "", "2025年7月"])
    return rows


def test_full_type_tags_in_other_brackets_are_the_types(tmp_path):
    """〔〕, ［］, [] and 【】 around full names or '…类', one after a level tag; no note: the tag is
    the type, the point the text after it, and the table is not told it has no type."""
    cells = [
        "〔制度机制风险〕工程款拨付审核不严",
        "［思想道德］ 公务用车私用",
        "[岗位职责类]道路运输许可违规办理",
        "【外部环境风险】收受运输企业礼金",
        "【业务流程】超限车辆查处以罚代管",
        "【岗位职责】扣押车辆放行随意",
    ]
    res = run(tmp_path, {"排查表": table(cells)})
    assert [p for p, _t, _l in read(res)] == [p for p, _l, _m in POINTS]
    assert [t for _p, t, _l in read(res)] == [
        "制度机制风险", "思想道德风险", "岗位职责风险", "外部环境风险", "业务流程风险", "岗位职责风险",
    ]  # fmt: skip
    assert [lv for _p, _t, lv in read(res)] == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅱ级"]
    got = codes(res)
    assert ("TYPE_TAGS", "E2") in got
    assert not [c for c, _ in got if c in ("TABLE_NO_TYPE", "TYPE_BLANK", "ROW_UNPLACED")]


def test_a_level_tag_and_a_type_tag_both_open_the_point(tmp_path):
    """'【一级】【制度机制】…' and '【思想道德】【二级】…' under no level column: both read."""
    head = [h for h in HEAD if h != "级别"]
    rows = [TITLE, head]
    cells = ["【一级】【制度机制】工程款拨付审核不严", "【思想道德】【三级】公务用车私用"]
    for i, cell in enumerate(cells):
        rows.append([str(i + 1), "局办公室", "主任", "鲜于珂", cell, POINTS[i][2]])
    res = run(tmp_path, {"排查表": rows})
    assert read(res) == [
        ["工程款拨付审核不严", "制度机制风险", "Ⅰ级"],
        ["公务用车私用", "思想道德风险", "Ⅲ级"],
    ]


def test_short_tags_of_several_types_or_under_a_note(tmp_path):
    """Short forms ('【道德】', '【制度】', '【岗位】') read where the tags name several types; one
    short word alone only where a note says the brackets hold the type."""
    cells = [
        f"【{w}】{p}" for w, (p, _l, _m) in zip(["制度", "道德", "岗位"] * 2, POINTS, strict=True)
    ]
    res = run(tmp_path, {"排查表": table(cells)})
    assert [t for _p, t, _l in read(res)] == ["制度机制风险", "思想道德风险", "岗位职责风险"] * 2
    assert [p for p, _t, _l in read(res)] == [p for p, _l, _m in POINTS]

    cells = [f"【岗位】{p}" for p, _l, _m in POINTS]
    res = run(tmp_path / "b", {"排查表": table(cells, note="说明：风险点前括号内注明风险类别。")})
    assert [t for _p, t, _l in read(res)] == ["岗位职责风险"] * 6
    assert ("TYPE_TAGS", "E2") in codes(res)


def test_one_short_word_and_no_note_is_left_as_read(tmp_path):
    """'【岗位】' on every row, no note: a post's tag or a type, not certain: nothing invented."""
    cells = [f"【岗位】{p}" for p, _l, _m in POINTS]
    res = run(tmp_path, {"排查表": table(cells)})
    assert [p for p, _t, _l in read(res)] == cells
    assert set(res.risks["risk_type"]) == {""}
    got = [c for c, _ in codes(res)]
    assert "TYPE_TAGS" not in got and "TABLE_NO_TYPE" in got


def test_tags_that_name_no_type_stay_in_the_point(tmp_path):
    """'【重点】', '【新增】', '【整改】', '（一）': no type; the cells read as before."""
    cells = [
        "【重点】工程款拨付审核不严",
        "【新增】公务用车私用",
        "【整改】道路运输许可违规办理",
        "（一）收受运输企业礼金",
        "超限车辆查处以罚代管",
        "扣押车辆放行随意（制度机制）",
    ]
    res = run(tmp_path, {"排查表": table(cells)})
    assert [p for p, _t, _l in read(res)] == [*cells[:5], "扣押车辆放行随意"]
    assert [t for _p, t, _l in read(res)] == [""] * 5 + ["制度机制风险"]
    got = [c for c, _ in codes(res)]
    assert "TYPE_TAGS" not in got and "TYPE_TAG_DIFFERS" not in got
    assert "TABLE_NO_TYPE" in got  # (one type among six: the table still has none)


def test_tags_on_some_rows_only(tmp_path):
    """Tags on two rows: those rows typed, the rest as they were; the table still told."""
    cells = [p for p, _l, _m in POINTS]
    cells[1] = f"【思想道德风险】{cells[1]}"
    cells[4] = f"【业务流程风险】{cells[4]}"
    res = run(tmp_path, {"排查表": table(cells)})
    assert [p for p, _t, _l in read(res)] == [p for p, _l, _m in POINTS]
    assert [t for _p, t, _l in read(res)] == ["", "思想道德风险", "", "", "业务流程风险", ""]
    got = [c for c, _ in codes(res)]
    assert "TYPE_TAGS" in got and "TABLE_NO_TYPE" in got


def test_a_type_column_wins_and_a_different_tag_is_said(tmp_path):
    """With a 风险类别 column: a blank cell takes the tag's type, a cell of the same type drops
    the tag, a cell of another type keeps both as read, with a warning at that point."""
    head = [*HEAD[:5], "风险类别", *HEAD[5:]]
    cells = [
        "【制度机制】工程款拨付审核不严",
        "【思想道德】公务用车私用",
        "【外部环境】道路运输许可违规办理",
        "收受运输企业礼金",
        "超限车辆查处以罚代管",
        "扣押车辆放行随意",
    ]
    types = ["", "思想道德风险", "岗位职责", "外部环境", "业务流程", "岗位职责"]
    res = run(tmp_path, {"排查表": table(cells, head=head, types=types)})
    assert read(res)[:3] == [
        ["工程款拨付审核不严", "制度机制风险", "Ⅱ级"],
        ["公务用车私用", "思想道德风险", "Ⅲ级"],
        ["【外部环境】道路运输许可违规办理", "岗位职责风险", "Ⅰ级"],
    ]
    got = codes(res)
    assert ("TYPE_TAG_DIFFERS", "E5") in got and ("TYPE_TAGS", "E2") in got
    warn = res.issues[res.issues["code"] == "TYPE_TAG_DIFFERS"]
    assert warn["severity"].tolist() == ["warning"] and "E5" in warn["message"].iloc[0]


def test_the_new_codes_are_catalogued():
    for code in ("TYPE_TAGS", "TYPE_TAG_DIFFERS"):
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "风险类型"
    assert CATALOGUE["TYPE_TAGS"][0] == "info" and CATALOGUE["TYPE_TAG_DIFFERS"][0] == "warning"


def test_no_department_column_a_type_tag_is_no_department(tmp_path):
    """No 科室 column: '【岗位职责】…' is a type, not a 科室's tag; a 科室's tag before the type's
    ('【办公室】【制度机制】…') gives the row's 科室, then its type."""
    rows = [
        ["某县水务局廉政风险点一览表"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    ]
    words = ["岗位职责", "业务流程", "办公室】【制度机制", "外部环境", "思想道德", "岗位职责"]
    for i, (w, (p, level, measures)) in enumerate(zip(words, POINTS, strict=True)):
        rows.append([str(i + 1), "科员", "闾丘晗", f"【{w}】{p}", level, measures])
    res = run(tmp_path, {"一览表": rows})
    got = {p: (t, d) for p, t, d in res.risks[["risk_point", "risk_type", "department"]].values}
    assert got == {
        "工程款拨付审核不严": ("岗位职责风险", ""),
        "公务用车私用": ("业务流程风险", ""),
        "道路运输许可违规办理": ("制度机制风险", "办公室"),
        "收受运输企业礼金": ("外部环境风险", ""),
        "超限车辆查处以罚代管": ("思想道德风险", ""),
        "扣押车辆放行随意": ("岗位职责风险", ""),
    }
    assert [c for c, _ in codes(res)] == ["TYPE_TAGS"]
