"""A holders' cell of a point listing one holder a line, each line closing with that holder's own
level of the point in a bracket ('主任　池翊岚（一级）⏎代理会计　双霁珩（二级）'), under a heading
naming a holder (and often the level: '责任岗位及责任人（风险等级）', '责任人及风险等级') and with no
filled level column: the point is each listed holder's, at the level in his own bracket.

Not the published batch's list (a 旗's 农村集体“三资”委托代理服务中心, one heading row, '岗位　姓名
（一级）' a line, 一级/二级/三级 and no level column): a county's 市场监督管理局, other posts and
names, 高/中/低, Ⅰ级 and ★ levels, names alone, '岗位：姓名' pairs on one line, a heading of two
rows, a merged 工作事项, a 备注 column and a blank 风险等级 column beside; and two lists that look
a bit alike (a 科室 or a time in the holder's bracket, a level column filled) read as before.
Written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": rows}, {"排查表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


TITLE = ["XX县市场监督管理局岗位廉政风险点排查表"]


def test_names_alone_each_with_his_level_under_holder_and_level_heading(tmp_path):
    # '责任人及风险等级' over names only, '阚澄宇（高）⏎郦沁禾（中）'; 工作事项 merged down, a 备注
    rows = [TITLE,
            ["序号", "工作事项", "风险点", "责任人及风险等级", "防控措施", "备注"],
            [1, "行政许可", "许可审查降低标准", "阚澄宇（高）\n郦沁禾（中）", "审查过程全程留痕", None],
            [2, None, "许可办理吃拿卡要", "郦沁禾（低）", "办理时限公开", None],
            [3, "行政处罚", "自由裁量畸轻畸重", "宓书岩（中）\n阚澄宇（低）\n隗星遥（高）", "裁量基准公开",
             "每季度评估"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4"])
    assert read(got) == sorted([
        ("", "阚澄宇", "许可审查降低标准", "Ⅰ级"),
        ("", "阚澄宇", "自由裁量畸轻畸重", "Ⅲ级"),
        ("", "郦沁禾", "许可审查降低标准", "Ⅱ级"),
        ("", "郦沁禾", "许可办理吃拿卡要", "Ⅲ级"),
        ("", "宓书岩", "自由裁量畸轻畸重", "Ⅱ级"),
        ("", "隗星遥", "自由裁量畸轻畸重", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_WITH_OWN_LEVELS"]
    assert list(said["cell"]) == ["D3"]
    assert not errors(got)
    assert not {"LEVEL_BLANK", "COLUMN_GUESSED", "ROW_UNPLACED"} & codes(got)


def test_post_colon_name_pairs_on_one_line_under_two_heading_rows(tmp_path):
    # '责任岗位及责任人' over '（等级）' in a second heading row; two holders on one line
    # '股长：宓书岩（Ⅰ级）、检验员：牟砚之（Ⅱ级）'
    rows = [TITLE,
            ["序号", "风险点", "责任岗位及责任人", "防控措施"],
            [None, None, "（等级）", None],
            [1, "抽检样品调包", "股长：宓书岩（Ⅰ级）、检验员：牟砚之（Ⅱ级）", "双人取样封样"],
            [2, "检验数据篡改", "检验员：牟砚之（Ⅰ级）", "数据系统自动上传"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:A3", "B2:B3", "D2:D3"])
    assert read(got) == sorted([
        ("股长", "宓书岩", "抽检样品调包", "Ⅰ级"),
        ("检验员", "牟砚之", "抽检样品调包", "Ⅱ级"),
        ("检验员", "牟砚之", "检验数据篡改", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_WITH_OWN_LEVELS" in codes(got)
    assert not errors(got)
    assert not {"LEVEL_BLANK", "COLUMN_GUESSED"} & codes(got)


def test_stars_in_brackets_beside_a_blank_level_column(tmp_path):
    # a 风险等级 column printed but left blank; the levels are the holders' brackets ('★★★')
    rows = [TITLE,
            ["序号", "岗位职责", "风险点", "责任人（风险等级）", "风险等级", "防控措施"],
            [1, "执法检查", "检查前通风报信", "执法股长　鞠望川（★★★）\n执法员　龚若汐（★★）", None,
             "随机抽取检查对象"],
            [2, "案件办理", "选择性执法", "执法员　龚若汐（★）", None, "案件集体审议"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("执法股长", "鞠望川", "检查前通风报信", "Ⅰ级"),
        ("执法员", "龚若汐", "检查前通风报信", "Ⅱ级"),
        ("执法员", "龚若汐", "选择性执法", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_WITH_OWN_LEVELS" in codes(got)
    assert not errors(got)
    assert not {"LEVEL_BLANK", "COLUMN_GUESSED"} & codes(got)


def test_a_department_in_the_holders_bracket_is_no_level(tmp_path):
    # '阚澄宇（办公室）': his 科室, the levels in their own column, read as before
    rows = [TITLE,
            ["序号", "风险点", "责任人", "风险等级", "防控措施"],
            [1, "公章使用不登记", "阚澄宇（办公室）", "高", "用印审批登记"],
            [2, "执法证件借用", "郦沁禾（执法股）", "低", "证件统一保管"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], r["risk_level"],
                      strict=True)) == sorted([
        ("办公室", "阚澄宇", "公章使用不登记", "Ⅰ级"),
        ("执法股", "郦沁禾", "执法证件借用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_WITH_OWN_LEVELS" not in codes(got)
    assert not errors(got)


def test_times_in_brackets_beside_a_filled_level_column(tmp_path):
    # '阚澄宇（1—6月）⏎郦沁禾（7—12月）': who holds the post when, the level its column's
    rows = [TITLE,
            ["序号", "风险点", "责任人（在岗时段）", "风险等级", "防控措施"],
            [1, "许可审查降低标准", "阚澄宇（1—6月）\n郦沁禾（7—12月）", "一级", "全程留痕"],
            [2, "许可办理吃拿卡要", "阚澄宇（1—6月）\n郦沁禾（7—12月）", "三级", "时限公开"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "阚澄宇", "许可审查降低标准", "Ⅰ级"),
        ("", "阚澄宇", "许可办理吃拿卡要", "Ⅲ级"),
        ("", "郦沁禾", "许可审查降低标准", "Ⅰ级"),
        ("", "郦沁禾", "许可办理吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_TURN" in codes(got)
    assert "HOLDERS_WITH_OWN_LEVELS" not in codes(got)
    assert not errors(got)


def test_code_is_catalogued():
    assert CATALOGUE["HOLDERS_WITH_OWN_LEVELS"][0] == "info"
    assert SHORT["HOLDERS_WITH_OWN_LEVELS"]


def test_what_the_hundred_and_ninth_review_found_a_bracket_of_no_level(tmp_path):
    # '阚澄宇（2025年调入）' on one row, '郦沁禾（一级）' on the other under 责任人（风险等级）: the
    # rule reads the row whose bracket is a level; the other keeps its holder, the date dropped
    # (no post), its level missing
    rows = [TITLE,
            ["序号", "风险点", "责任人（风险等级）", "防控措施"],
            [1, "公章使用不登记", "阚澄宇（2025年调入）", "用印审批登记"],
            [2, "执法证件借用", "郦沁禾（一级）", "证件统一保管"]]  # fmt: skip
    got = run(tmp_path / "mixed", rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "阚澄宇", "公章使用不登记", ""),
        ("", "郦沁禾", "执法证件借用", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_WITH_OWN_LEVELS" in codes(got)
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["B3"]
    # anywhere: a date in the bracket after a holder's name is no post
    rows = [TITLE,
            ["序号", "风险点", "责任人", "风险等级", "防控措施"],
            [1, "公章使用不登记", "阚澄宇（2025年调入）", "高", "用印审批登记"],
            [2, "执法证件借用", "郦沁禾（2024年9月任职）", "低", "证件统一保管"]]  # fmt: skip
    got = run(tmp_path / "dated", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "阚澄宇", "公章使用不登记", "Ⅰ级"),
        ("", "郦沁禾", "执法证件借用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_WITH_OWN_LEVELS" not in codes(got)
    assert not errors(got)
