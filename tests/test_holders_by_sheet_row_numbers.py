"""A list with no 序号 and no 岗位 / 责任人 column, only '风险点 | 风险等级 | 防控措施', whose holders
are named in ONE note line by the WORKSHEET'S OWN ROW NUMBERS (the numbers Excel prints at the
left edge): '说明：第4—5行为站长　某某的风险点；第6—8行为…', '注：4-5行：院长　某某；6、7行由…负责；
其余各行为…的'. Each row is the holder's whose part names its row ('其余' the list's rows no other
part names), read through the roster of ranges keyed by the sheet's rows (HOLDERS_BY_ROW_NUMBERS);
a row no part names is told (HOLDER_ROW_UNMATCHED), its row no one's. A note citing rows for
something else ('说明：第5行为新增'), row numbers off the list (a list numbered 1, 2 … whose note's
'第1—2行' are its title rows), and a list with its own 岗位 / 姓名 columns: all as before.

Not the published batch's list (batch751, a 街道司法所's 排查表: 所长 / 副所长 / 司法助理员, 一级/二级/
三级, the note under the list, merged): a county's 气象观测站, a 乡镇卫生院 and a 县水文站, other
posts and names, 高/中/低 written, ticked under a two-row heading or as 高风险/中风险/低风险, the note
under the list in one cell or merged, or above it, an extra 备注 column; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": rows}, {"排查表": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


STATION = [
    ["XX县气象观测站岗位廉政风险点排查表"],
    ["填报单位：XX县气象观测站　　　　2025年6月"],
    ["风险点", "风险等级", "防控措施"],
    ["探测设备采购指定厂家，收受好处", "高", "采购集体研究，三家比价。"],  # row 4
    ["人工影响天气作业经费虚列", "中", "经费支出附作业记录和影像。"],  # row 5
    ["气象资料违规对外提供", "中", "资料提供审批登记，专人负责。"],  # row 6
    ["雷电防护检测报告出具不实", "高", "检测两人以上，报告复核。"],  # row 7
    ["值班补助虚报冒领", "低", "补助按排班表核发，每月公示。"],  # row 8
    ["说明：第4—5行为站长　欧阳翀的风险点；第6—8行为预报员　公孙澜的风险点。"],
]


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_ROW_NUMBERS", "HOLDER_ROW_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


def test_a_merged_note_under_the_list_names_each_rows_holder(tmp_path):
    got = run(tmp_path, STATION, ["A1:C1", "A2:C2", "A9:C9"])
    assert read(got) == sorted([
        ("站长", "欧阳翀", "探测设备采购指定厂家，收受好处", "Ⅰ级"),
        ("站长", "欧阳翀", "人工影响天气作业经费虚列", "Ⅱ级"),
        ("预报员", "公孙澜", "气象资料违规对外提供", "Ⅱ级"),
        ("预报员", "公孙澜", "雷电防护检测报告出具不实", "Ⅰ级"),
        ("预报员", "公孙澜", "值班补助虚报冒领", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_ROW_NUMBERS" in codes(got)
    assert "HOLDER_ROW_UNMATCHED" not in codes(got)
    no_errors(got)


def test_a_note_in_one_cell_under_ticked_levels_and_a_remarks_column(tmp_path):
    rows = [
        ["XX镇卫生院廉政风险排查表"],
        ["风险点", "风险等级", "", "", "防控措施", "备注"],
        ["", "高", "中", "低", "", ""],
        ["药品耗材采购收受回扣", "√", "", "", "集中带量采购，院务会研究。", ""],  # row 4
        ["基建维修项目化整为零", "√", "", "", "项目公开比选，结果公示。", ""],  # row 5
        ["处方外流，违规开药", "", "√", "", "处方点评，每月通报。", "2025年新增"],  # row 6
        ["药品入库验收不严", "", "√", "", "验收两人签字。", ""],  # row 7
        ["医保基金套取", "", "", "√", "医保结算每日对账。", ""],  # row 8
        ["注：4-5行：院长　慕容霁；6、7行由药房主任　尉迟岚负责；其余各行为会计　澹台檀的"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:D2", "E2:E3", "F2:F3"])
    assert read(got) == sorted([
        ("院长", "慕容霁", "药品耗材采购收受回扣", "Ⅰ级"),
        ("院长", "慕容霁", "基建维修项目化整为零", "Ⅰ级"),
        ("药房主任", "尉迟岚", "处方外流，违规开药", "Ⅱ级"),
        ("药房主任", "尉迟岚", "药品入库验收不严", "Ⅱ级"),
        ("会计", "澹台檀", "医保基金套取", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_ROW_NUMBERS" in codes(got)
    no_errors(got)


def test_a_note_above_the_list_and_a_row_no_part_names(tmp_path):
    rows = [
        ["XX县水文站岗位廉政风险点清单"],
        ["填表说明：第4行至第5行为站长　东方霁的风险点，第6行为测验员　闾丘澈的风险点。"],
        ["风险点", "风险等级", "防控措施"],
        ["水文测验外包暗箱操作", "高风险", "外包项目公开比选。"],  # row 4
        ["站房维修虚增工程量", "中风险", "维修工程量现场核验。"],  # row 5
        ["水位资料篡改", "高风险", "资料双人校核，留痕管理。"],  # row 6
        ["公务用车私用", "低风险", "派车登记，定期核查里程。"],  # row 7
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1", "A2:C2"])
    assert read(got) == sorted([
        ("站长", "东方霁", "水文测验外包暗箱操作", "Ⅰ级"),
        ("站长", "东方霁", "站房维修虚增工程量", "Ⅱ级"),
        ("测验员", "闾丘澈", "水位资料篡改", "Ⅰ级"),
        ("", "", "公务用车私用", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    left = issues[issues["code"] == "HOLDER_ROW_UNMATCHED"]
    assert len(left) == 1 and set(left["severity"]) == {"warning"}
    assert "第7行" in left["message"].iloc[0], left["message"].iloc[0]
    assert "HOLDERS_BY_ROW_NUMBERS" in codes(got)
    no_errors(got)


def test_a_note_citing_rows_for_something_else_names_no_holder(tmp_path):
    rows = [list(r) for r in STATION]
    rows[-1] = ["说明：第5行为新增风险点，第7—8行为2024年调整后的风险点，风险等级由站务会评定。"]
    got = run(tmp_path, rows, ["A1:C1", "A2:C2", "A9:C9"])
    assert {(t, p) for t, p, _x, _l in read(got)} == {("", "")}
    assert len(read(got)) == 5
    assert not codes(got) & {"HOLDERS_BY_ROW_NUMBERS", "HOLDER_ROW_UNMATCHED"}
    no_errors(got)


def test_row_numbers_off_the_list_name_no_holder(tmp_path):
    rows = [
        ["XX县气象观测站岗位廉政风险点排查表"],
        ["风险点", "风险等级", "防控措施"],
        ["探测设备采购指定厂家，收受好处", "高", "采购集体研究，三家比价。"],  # row 3
        ["人工影响天气作业经费虚列", "中", "经费支出附作业记录和影像。"],  # row 4
        ["气象资料违规对外提供", "中", "资料提供审批登记，专人负责。"],  # row 5
        ["说明：第1—2行为站长　欧阳翀的风险点；第3—5行为预报员　公孙澜的风险点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1", "A6:C6"])
    assert {(t, p) for t, p, _x, _l in read(got)} == {("", "")}
    assert len(read(got)) == 3
    assert not codes(got) & {"HOLDERS_BY_ROW_NUMBERS", "HOLDER_ROW_UNMATCHED"}
    no_errors(got)


def test_a_list_with_its_own_post_and_name_columns_is_read_from_them(tmp_path):
    rows = [
        ["XX县气象观测站岗位廉政风险点排查表"],
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["站长", "欧阳翀", "探测设备采购指定厂家，收受好处", "高", "采购集体研究。"],  # row 3
        ["站长", "欧阳翀", "人工影响天气作业经费虚列", "中", "经费支出附记录。"],  # row 4
        ["观测员", "公孙澜", "气象资料违规对外提供", "中", "资料提供审批登记。"],  # row 5
        ["说明：第3—4行为站长　欧阳翀的风险点；第5行为预报员　公孙澜的风险点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == sorted([
        ("站长", "欧阳翀", "探测设备采购指定厂家，收受好处", "Ⅰ级"),
        ("站长", "欧阳翀", "人工影响天气作业经费虚列", "Ⅱ级"),
        ("观测员", "公孙澜", "气象资料违规对外提供", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDERS_BY_ROW_NUMBERS", "HOLDER_ROW_UNMATCHED"}
    no_errors(got)


_POINTS = [["探测设备采购指定厂家", "高", "采购集体研究。"],
           ["人工影响天气作业经费虚列", "中", "经费支出附记录。"],
           ["气象资料违规对外提供", "中", "审批登记。"],
           ["雷电防护检测报告出具不实", "高", "报告复核。"],
           ["值班补助虚报冒领", "低", "每月公示。"]]  # fmt: skip
_HELD = sorted([("站长", "欧阳翀", "探测设备采购指定厂家", "Ⅰ级"),
                ("站长", "欧阳翀", "人工影响天气作业经费虚列", "Ⅱ级"),
                ("预报员", "公孙澜", "气象资料违规对外提供", "Ⅱ级"),
                ("预报员", "公孙澜", "雷电防护检测报告出具不实", "Ⅰ级"),
                ("预报员", "公孙澜", "值班补助虚报冒领", "Ⅲ级")])  # fmt: skip


def test_what_the_hundred_and_fourteenth_review_found_a_list_with_seq_makes_rows_unclear(tmp_path):
    for i, note in enumerate(["说明：第1—2行为站长　欧阳翀的风险点；第3—5行为预报员　公孙澜的风险点。",
                              "说明：第3—4行为站长　欧阳翀的风险点；第5—7行为预报员　公孙澜的风险点。"]):  # fmt: skip
        rows = [["XX县气象观测站岗位廉政风险点排查表"], ["序号", "风险点", "风险等级", "防控措施"]]
        rows += [[k, *r] for k, r in enumerate(_POINTS, 1)] + [[note]]
        got = run(tmp_path / str(i), rows, ["A1:D1", "A8:D8"])
        assert read(got) == sorted(("", "", p, lv) for _t, _n, p, lv in _HELD)
        assert "HOLDERS_BY_ROW_NUMBERS" not in codes(got)
        warned = got.issues[got.issues["code"] == "HOLDER_ROWS_OR_SEQ_UNCLEAR"]
        assert list(warned["cell"]) == ["A8"] and "序号" in warned["message"].iloc[0]


def test_what_the_hundred_and_fourteenth_review_found_labels_and_chinese_numerals_in_row_notes(
    tmp_path,
):
    for i, note in enumerate(["备注：第4~5行责任人：站长 欧阳翀；第6~8行责任人：预报员 公孙澜",
                              "说明：第四至五行为站长　欧阳翀的风险点；第六至八行为预报员　公孙澜的风险点。"]):  # fmt: skip
        rows = [["XX县气象观测站岗位廉政风险点排查表"], ["填报单位：XX县气象观测站"],
                ["风险点", "风险等级", "防控措施"], *_POINTS, [note]]  # fmt: skip
        got = run(tmp_path / str(i), rows, ["A1:C1", "A2:C2", "A9:C9"])
        assert read(got) == _HELD
        assert "HOLDERS_BY_ROW_NUMBERS" in codes(got)
        assert "HOLDER_ROW_UNMATCHED" not in codes(got)
        no_errors(got)
