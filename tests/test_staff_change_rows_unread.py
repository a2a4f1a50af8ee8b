"""A table of who took over which post under a list whose header is taken ('岗位 | 原任 | 现任 |
时间') and not one row under it read as a change: its rows read as a signature line's (a label's
colon after the post, '（签字）' by the new holder's name) or with no former holder and no 科室.
Such rows were dropped without a word; each is now a ROW_UNPLACED warning at its first cell (the
list's holders kept as written). Kept as before: a change table that reads (HOLDERS_CHANGED, no
stray row) and a real sign-off line under a list with no change header (nothing said).

Not the shape the developers first met (a list with '局长： | 张三 | 李四 | 2025年3月' under
'人员变动情况'): here a 县林业和草原局 and a 县人民医院, other 科室, posts and names, levels
written ``高/中/低`` and ``一级/二级``, the caption merged over two to five columns, a 科室 column
in the change table or none, a second row under the first, a 备注 column; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def unplaced(got) -> list[tuple[str, str]]:
    i = got.issues
    said = i[i["code"] == "ROW_UNPLACED"]
    return sorted(zip(said["cell"], said["severity"], strict=True), key=lambda x: int(x[0][1:]))


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


FOREST = [["XX县林业和草原局岗位廉政风险防控清单"],
          ["股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
          ["局领导", "局长", "濮阳蘅", "林地占用审批说情打招呼", "高", "重大审批集体研究"],
          ["资源股", "股长", "仉督瑶", "采伐指标分配不公", "中", "指标分配公示"],
          ["防火办", "主任", "羊舌骞", "防火物资采购虚报", "低", "物资入库双人验收"]]  # fmt: skip

FOREST_READ = sorted([
    ("局长", "濮阳蘅", "林地占用审批说情打招呼", "Ⅰ级"),
    ("股长", "仉督瑶", "采伐指标分配不公", "Ⅱ级"),
    ("主任", "羊舌骞", "防火物资采购虚报", "Ⅲ级"),
])  # fmt: skip


def test_rows_with_a_labels_colon_under_a_change_header_are_said(tmp_path):
    # '股长： | 仉督瑶 | 宇文蘅 | 2025年6月' is taken for a signature line: no change is read
    rows = [*FOREST, [],
            ["岗位人员变动"],
            ["岗位", "原任责任人", "现任责任人", "变动时间"],
            ["股长：", "仉督瑶", "宇文蘅", "2025年6月"],
            ["主任：", "羊舌骞", "拓跋沅", "2025年9月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:D7"])
    assert read(got) == FOREST_READ  # (the holders as written: no change read)
    assert unplaced(got) == [("A9", "warning"), ("A10", "warning")]
    assert "HOLDERS_CHANGED" not in set(got.issues["code"])
    assert not errors(got)


def test_a_change_with_no_former_holder_and_no_dept_under_a_dept_heading(tmp_path):
    # '科室 | 岗位 | 离任人员 | 接任人员 | 交接日期 | 备注' right under the list with no caption,
    # its row naming only the post and who took it ('科长 |  | 乐正澈'): which 科室's 科长 and
    # whose place it is are not said, so no change is read — said at its cell, not dropped
    rows = [["XX县人民医院岗位廉政风险点登记表"],
            ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["药剂科", "主任", "东方霁", "药品遴选收受回扣", "一级", "药事委员会集体遴选"],
            ["设备科", "科长", "呼延朔", "设备验收把关不严", "二级", "第三方参与验收"],
            [],
            ["科室", "岗位", "离任人员", "接任人员", "交接日期", "备注"],
            ["", "科长", "", "乐正澈", "2025年2月", "轮岗"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "东方霁", "药品遴选收受回扣", "Ⅰ级"),
        ("科长", "呼延朔", "设备验收把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert unplaced(got) == [("B7", "warning")]
    assert "HOLDERS_CHANGED" not in set(got.issues["code"])
    assert not errors(got)


def test_a_new_holder_signing_in_his_cell(tmp_path):
    # '主任 | 羊舌骞 | 拓跋沅（签字） | 2025年9月': the signature's word makes it a sign-off line
    rows = [*FOREST, [],
            ["防火办人员调整情况"],
            ["岗位", "原任", "现任", "时间"],
            ["主任", "羊舌骞", "拓跋沅（签字）", "2025年9月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:B7"])
    assert read(got) == FOREST_READ
    assert unplaced(got) == [("A9", "warning")]
    assert "HOLDERS_CHANGED" not in set(got.issues["code"])
    assert not errors(got)


def test_a_good_change_table_still_changes_the_holders(tmp_path):
    rows = [*FOREST, [],
            ["岗位人员变动"],
            ["岗位", "原任责任人", "现任责任人", "变动时间"],
            ["股长", "仉督瑶", "宇文蘅", "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:D7"])
    assert read(got) == sorted([
        ("局长", "濮阳蘅", "林地占用审批说情打招呼", "Ⅰ级"),
        ("股长", "宇文蘅", "采伐指标分配不公", "Ⅱ级"),
        ("主任", "羊舌骞", "防火物资采购虚报", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_CHANGED"]["message"]
    assert len(said) == 1 and "仉督瑶→宇文蘅" in said.iloc[0]
    assert unplaced(got) == []
    assert not errors(got)


def test_a_sign_off_line_under_a_list_with_no_change_header_stays_silent(tmp_path):
    rows = [*FOREST, [],
            ["填表人：", "仉督瑶", "审核人：", "濮阳蘅", "填报日期：", "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == FOREST_READ
    assert unplaced(got) == []
    assert not errors(got)
