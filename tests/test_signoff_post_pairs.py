"""A sign-off line of leaders' places under a list: ``局长： | 某某 | 分管副局长： | 某某`` (a post
with a colon, the name in the next cell), with or without a ``填表日期：`` pair, is the table's
sign-off, not one more row. Before, a line of three pairs was read as a point (post
``分管副局长：``, point ``填表日期：``, the date its level), and a line of two pairs raised
POINT_BLANK. A 县交通运输局's list here, not the reviewer's 市场监管局 (review 115b, r4e).
"""

from __future__ import annotations

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

LIST = [
    ["XX县交通运输局岗位廉政风险防控一览表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "宓霁川", "工程招标打招呼", "高", "集体研究"],
    [2, "局领导", "副局长", "亓澜舟", "养护资金拨付不及时", "中", "联签审批"],
    [3, "路政股", "路政员", "芮晴岚", "超限处罚随意减免", "中", "执法记录仪全程记录"],
]
READ = sorted(
    [
        ("局长", "宓霁川", "工程招标打招呼", "Ⅰ级"),
        ("副局长", "亓澜舟", "养护资金拨付不及时", "Ⅱ级"),
        ("路政员", "芮晴岚", "超限处罚随意减免", "Ⅱ级"),
    ]
)


def run(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"一览表": rows}, {"一览表": ["A1:G1"]})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_three_pairs_with_a_date_are_a_signoff(tmp_path):
    got = run(
        tmp_path,
        [*LIST, [], ["局长：", "宓霁川", "分管副局长：", "亓澜舟", "填表日期：", "2025年6月"]],
    )
    assert read(got) == READ
    assert not codes(got) & {"LEVEL_UNKNOWN", "MEASURES_BLANK", "POINT_BLANK"}


def test_two_pairs_of_leaders_alone_are_a_signoff(tmp_path):
    got = run(tmp_path, [*LIST, [], ["局长：", "宓霁川", "副局长：", "亓澜舟"]])
    assert read(got) == READ
    assert "POINT_BLANK" not in codes(got)


def test_places_to_sign_left_empty_and_no_blank_row(tmp_path):
    got = run(tmp_path, [*LIST, ["站长：", "", "书记：", "", "日期：", ""]])
    assert read(got) == READ
    assert "POINT_BLANK" not in codes(got)


def test_a_card_of_field_pairs_over_its_points_is_read_as_before(tmp_path):
    rows = [
        ["XX县交通运输局领导干部廉政风险防控卡"],
        ["姓名：", "宓霁川", "职务：", "局长", "科室：", "局领导"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "工程招标打招呼", "高", "集体研究"],
        [2, "公车私用", "低", "派车登记"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == [
        ("局长", "宓霁川", "公车私用", "Ⅲ级"),
        ("局长", "宓霁川", "工程招标打招呼", "Ⅰ级"),
    ]


def test_a_row_whose_post_cell_ends_in_a_colon_is_still_a_row(tmp_path):
    # one colon-ended post among full cells is a point's row, not a line of places to sign
    got = run(tmp_path, [*LIST, [4, "财务股", "会计：", "冼书白", "公款私存", "高", "定期对账"]])
    assert ("冼书白", "公款私存") in set(
        zip(got.risks["person"], got.risks["risk_point"], strict=True)
    )


# --- what the hundred and seventeenth review found ----------------------------------------------

REV117_TAIL = [
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "超限处罚随意减免", "高", "执法记录仪"],
    [2, "路政许可不按程序", "中", "窗口办理"],
]


def _rev117(tmp_path: Path, line: list[str]):
    inbox = tmp_path / "inbox"
    rows = [["XX县交通运输局路政股岗位廉政风险防控表"], line, *REV117_TAIL]
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": ["A1:D1"]})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_what_the_hundred_and_seventeenth_review_found_post_pairs_above_a_table(tmp_path):
    # '股长： | 宓霁川 | 副股长： | 芮晴岚' ABOVE the table: no sign-off; two holders, which one's
    # is not said: unplaced, as before the rule
    got = _rev117(tmp_path, ["股长：", "宓霁川", "副股长：", "芮晴岚"])
    assert read(got) == sorted(
        [("", "", "超限处罚随意减免", "Ⅰ级"), ("", "", "路政许可不按程序", "Ⅱ级")]
    )
    i = got.issues
    assert list(i[i["code"] == "ROW_UNPLACED"]["cell"]) == ["A2"]


def test_what_the_hundred_and_seventeenth_review_found_post_pairs_under_a_table_sign(tmp_path):
    # the same line UNDER the table's rows: the leaders' places to sign, no stray
    inbox = tmp_path / "inbox"
    rows = [["XX县交通运输局路政股岗位廉政风险防控表"], *REV117_TAIL,
            ["股长：", "宓霁川", "副股长：", "芮晴岚"]]  # fmt: skip
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": ["A1:D1"]})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert read(got) == sorted(
        [("", "", "超限处罚随意减免", "Ⅰ级"), ("", "", "路政许可不按程序", "Ⅱ级")]
    )
    assert "ROW_UNPLACED" not in codes(got)
