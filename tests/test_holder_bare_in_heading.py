"""A holder written bare in a heading cell of his block's table: '序号 | 廉政风险点 | 风险等级 |
防控措施 | 站长　司马砚舟' (a post and a name, a 科室 before them, or only a name), no label, no
bracket, over a column the point rows leave empty; a few such tables stacked down one sheet, or
only one, the holder's cell last or first. Each block is that holder's form.

The layouts here are not the published batch's (a city company's 清单 with 总经理/部长/会计 and
一级/二级/三级): a county's 水利局 and its stations, other posts and names (compound surnames
欧阳, 司马, 上官), 高/中/低 and ★ levels, one or two heading rows, ticks in level columns, an
extra 风险类型 column; written with xlsxwriter (tests/helpers.py), read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ERROR, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == ERROR]["code"])


TITLE = ["XX县水利局廉政风险防控清单"]


def test_stacked_blocks_each_closed_by_post_and_name(tmp_path):
    rows = [TITLE,
            ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "局长　司马砚舟"],
            [1, "水利工程招投标暗箱操作", "制度机制", "高", "招标全程公开，纪检监督", None],
            [2, "项目资金拨付个人说了算", "岗位职责", "高", "资金拨付集体研究", None],
            [],
            ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "河道管理站站长　欧阳澜汐"],
            [1, "河道采砂许可收受好处", "岗位职责", "中", "采砂许可公开公示", None],
            [2, "违法采砂查处选择性执法", "外部环境", "低", "执法全程记录", None],
            [],
            ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "出纳　上官沁禾"],
            [1, "挪用公款", "思想道德", "中", "日清月结，定期盘点", None],
            ["填表人：", None, "审核人：", None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "司马砚舟", "水利工程招投标暗箱操作", "Ⅰ级"),
        ("局长", "司马砚舟", "项目资金拨付个人说了算", "Ⅰ级"),
        ("河道管理站站长", "欧阳澜汐", "河道采砂许可收受好处", "Ⅱ级"),
        ("河道管理站站长", "欧阳澜汐", "违法采砂查处选择性执法", "Ⅲ级"),
        ("出纳", "上官沁禾", "挪用公款", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "HOLDER_IN_HEADING_UNCLEAR" not in codes(got)


def test_only_a_name_over_two_heading_rows_and_ticked_levels(tmp_path):
    # '风险等级' merged over 高 | 中 | 低, one tick a row; the holder's name alone in the last
    # cell, merged down both heading rows; each block's heading its own table
    rows = [["XX县水利局工程质量监督站廉政风险防控清单"],
            ["序号", "风险点", "风险等级", None, None, "司马砚舟"],
            [None, None, "高", "中", "低", None],
            [1, "质量检测数据造假", "√", None, None, None],
            [2, "验收签字不到场", None, "√", None, None],
            ["序号", "风险点", "风险等级", None, None, "欧阳澜汐"],
            [None, None, "高", "中", "低", None],
            [1, "监督抽检收受好处", None, None, "√", None]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "A6:A7", "B6:B7", "C6:E6", "F6:F7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "司马砚舟", "质量检测数据造假", "Ⅰ级"),
        ("", "司马砚舟", "验收签字不到场", "Ⅱ级"),
        ("", "欧阳澜汐", "监督抽检收受好处", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BARE_IN_HEADING" in codes(got)
    assert not errors(got)


def test_keshi_post_and_name_first_before_the_number(tmp_path):
    # the holder's cell opens the heading row, left of 序号, ★ levels
    rows = [TITLE,
            ["水资源股　股长　上官沁禾", "序号", "风险点", "风险等级", "防控措施"],
            [None, 1, "取水许可审批把关不严", "★★★", "审批集体研究"],
            [None, 2, "水资源费减免违规", "★★", "减免一律公示"],
            ["办公室　主任　司马砚舟", "序号", "风险点", "风险等级", "防控措施"],
            [None, 1, "公务用车私用", "★", "车辆安装定位"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"],
                      strict=True)) == sorted([
        ("水资源股", "股长", "上官沁禾", "取水许可审批把关不严", "Ⅰ级"),
        ("水资源股", "股长", "上官沁禾", "水资源费减免违规", "Ⅱ级"),
        ("办公室", "主任", "司马砚舟", "公务用车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_one_table_only_its_holder_last(tmp_path):
    rows = [["XX县水利局廉政风险防控表"],
            ["序号", "廉政风险点", "风险等级", "防控措施", "农村供水站　站长　欧阳澜汐"],
            [1, "供水工程维修虚报工程量", "高", "维修工程量现场核实", None],
            [2, "水费收缴截留", "中", "水费线上缴纳，日清日结", ""],
            ["填表人：", None, "审核人：", None, "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"],
                      strict=True)) == sorted([
        ("农村供水站", "站长", "欧阳澜汐", "供水工程维修虚报工程量", "Ⅰ级"),
        ("农村供水站", "站长", "欧阳澜汐", "水费收缴截留", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_BARE_IN_HEADING"]
    assert list(said["cell"]) == ["E2"]
    assert "HOLDER_BARE_IN_HEADING" in CATALOGUE and "HOLDER_BARE_IN_HEADING" in SHORT
    assert "科室、岗位、姓名" in said["message"].iloc[0] and "欧阳澜汐" in said["message"].iloc[0]
    assert not errors(got)


def test_a_remarks_heading_over_empty_cells_names_no_one(tmp_path):
    # '备注' a heading word; '时间', '盖章' words the name rules let pass alone; '分管领导　…'
    # who oversees the rows, not whose they are
    for i, last in enumerate(["备注", "时间", "盖章", "分管领导　郦望舒"]):
        rows = [TITLE,
                ["序号", "廉政风险点", "风险等级", "防控措施", last],
                [1, "供水工程维修虚报工程量", "高", "维修工程量现场核实", None],
                [2, "水费收缴截留", "中", "水费线上缴纳", None]]  # fmt: skip
        got = run(tmp_path / str(i), rows, ["A1:E1"])
        assert read(got) == sorted([
            ("", "", "供水工程维修虚报工程量", "Ⅰ级"),
            ("", "", "水费收缴截留", "Ⅱ级"),
        ]), last  # fmt: skip
        assert "HOLDER_BARE_IN_HEADING" not in codes(got)


def test_a_post_alone_or_a_holder_heading_over_names_as_before(tmp_path):
    # '站长' alone over an empty column: a post, no holder named; '责任人' over names: the rows'
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控措施", "站长"],
            [1, "供水工程维修虚报工程量", "高", "维修工程量现场核实", None],
            [2, "水费收缴截留", "中", "水费线上缴纳", None]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:E1"])
    assert "HOLDER_BARE_IN_HEADING" not in codes(got)
    assert set(got.risks["person"]) == {""}
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控措施", "责任人"],
            [1, "供水工程维修虚报工程量", "高", "维修工程量现场核实", "欧阳澜汐"],
            [2, "水费收缴截留", "中", "水费线上缴纳", "司马砚舟"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "欧阳澜汐", "供水工程维修虚报工程量", "Ⅰ级"),
        ("", "司马砚舟", "水费收缴截留", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_BARE_IN_HEADING" not in codes(got)
    assert not errors(got)


def test_a_name_heading_over_a_written_column_is_that_column(tmp_path):
    # the name's column holds ticks under it: no empty column, no holder of the table
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控措施", "上官沁禾"],
            [1, "供水工程维修虚报工程量", "高", "维修工程量现场核实", "√"],
            [2, "水费收缴截留", "中", "水费线上缴纳", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDER_BARE_IN_HEADING" not in codes(got)
