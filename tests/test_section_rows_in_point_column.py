"""A plain list (序号 | 风险点 | 风险等级 | 防控措施) whose group rows are typed in the POINT column
('一、财务管理' in B, its 序号, level and measures blank, merged across nothing) over its numbered
points: each such row is the group's row it is when typed in the 序号 column, no point (no
LEVEL_BLANK, no invented point). A real point numbered '一、…' with its own level or measures, a
lone unnumbered cell there ('车辆管理') and group rows merged across read as before.

Not the assignment's table (a 镇财政所's 清单 with 财务管理/资金管理 and 一级/二级): a 县自然资源局's,
a 县市场监管局's with a 风险类型 column and 岗位/姓名 columns, and a 水务局's with levels ticked under
高/中/低, other posts, names and level words, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def test_numbered_sections_in_the_point_column_are_no_points(tmp_path):
    rows = [
        ["XX县自然资源局廉政风险点排查表"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [None, "一、土地出让", None, None],
        [1, "出让底价泄露", "高", "底价集体确定，全程保密"],
        [2, "违规调整容积率", "中", "规委会审议，结果公示"],
        [None, "二、不动产登记", None, None],
        [3, "违规办理登记", "低", "双人审核，系统留痕"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "", "出让底价泄露", "Ⅰ级"),
        ("", "", "违规调整容积率", "Ⅱ级"),
        ("", "", "违规办理登记", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "MEASURES_BLANK" not in set(got.issues["code"])


def test_bracketed_sections_with_types_and_holders(tmp_path):
    rows = [
        ["某县市场监督管理局岗位廉政风险点登记表"],
        ["序号", "岗位", "姓名", "风险类型", "风险点", "风险等级", "防控措施"],
        [None, None, None, None, "（一）行政执法", None, None],
        [1, "执法大队长", "韦澜舟", "岗位职责", "案件查办中说情打招呼", "高", "全程记录，集体审议"],
        [2, "执法队员", "诸葛昕", "制度机制", "自由裁量权行使不规范", "中", "严格执行裁量基准"],
        [None, None, None, None, "（二）许可审批", None, None],
        [3, "审批科科长", "仲砚秋", "岗位职责", "违规办理许可", "高", "集体审议，限时办结"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("执法大队长", "韦澜舟", "案件查办中说情打招呼", "Ⅰ级"),
        ("执法队员", "诸葛昕", "自由裁量权行使不规范", "Ⅱ级"),
        ("审批科科长", "仲砚秋", "违规办理许可", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_part_sections_over_ticked_levels_in_two_heading_rows(tmp_path):
    rows = [
        ["XX县水务局机关廉政风险点清单"],
        ["序号", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, "高", "中", "低", None],
        [None, "第一部分　工程建设", None, None, None, None],
        [1, "招标中围标串标", "√", None, None, "全流程电子招标"],
        [2, "工程变更不按程序", None, "√", None, "变更集体研究"],
        [None, "第二部分　后勤保障", None, None, None, None],
        [3, "公车私用", None, None, "√", "北斗定位，台账登记"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("", "", "招标中围标串标", "Ⅰ级"),
        ("", "", "工程变更不按程序", "Ⅱ级"),
        ("", "", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_a_real_point_numbered_like_a_section_stays_a_point(tmp_path):
    rows = [
        ["XX街道综合执法队风险表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "一、资料审核把关不严", "中", "双人审核"],
        [None, "二、罚没物资处置不当", "低", None],
        [2, "违规减免罚款", "高", "集体研究并公示"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "", "一、资料审核把关不严", "Ⅱ级"),
        ("", "", "二、罚没物资处置不当", "Ⅲ级"),
        ("", "", "违规减免罚款", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_an_unnumbered_lone_cell_in_the_point_column_reads_as_before(tmp_path):
    rows = [
        ["XX街道综合执法队风险表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "违规减免罚款", "高", "集体研究并公示"],
        [None, "车辆管理", None, None],
        [2, "公车私用", "中", "北斗定位"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    # (as before this rule: no numbering, so no group row of this rule's)
    assert "车辆管理" in "".join(got.risks["risk_point"])


def test_group_rows_merged_across_read_as_before(tmp_path):
    rows = [
        ["XX县林业局风险点一览表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [None, "一、林木采伐", None, None],
        [1, "违规发放采伐证", "高", "网上公示"],
        [None, "二、林地审批", None, None],
        [2, "违规占用林地", "中", "现场核查"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "B3:D3", "B5:D5"])
    assert read(got) == sorted([
        ("", "", "违规发放采伐证", "Ⅰ级"),
        ("", "", "违规占用林地", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_numbered_lines_alone_with_no_point_of_their_own_level_read_as_before(tmp_path):
    rows = [
        ["XX县林业局风险点一览表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [None, "一、违规发放采伐证", None, None],
        [None, "二、违规占用林地", None, None],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert sorted(got.risks["risk_point"]) == ["一、违规发放采伐证", "二、违规占用林地"]
