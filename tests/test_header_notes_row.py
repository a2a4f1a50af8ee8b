"""A row under a table's header that only annotates its columns belongs to the header: each
cell a short note in brackets ('（主要表现）' under 风险点, '（万元）' under 涉及资金, '（高/中/低）'
under 风险等级), or each column's number written in brackets, circled or after 栏 ('(1) | (2) |
…', '① | ② | …', '栏1 | 栏2 | …', '第1栏 | …' — as plain 1, 2, 3 already were). It had been
read as a point ('（主要表现）', or '(5)' held by '(4)') with errors at its cells.

Found by probing the header reader, not in a batch: a 县审计局's list with a units row, a
县水务局's with its columns numbered; other posts, names and words than the probe's. A bracketed
group number ('（一）' beside a 科室), columns numbered out of order and a row of the template's
brackets filled in ('（乐正书瑶）' under 姓名, '（低）' under 风险等级) read as before.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "涉及金额", "防控措施"]
BODY = [
    [
        1,
        "经责审计股",
        "股长",
        "羊舌昭宁",
        "审计发现问题隐瞒不报",
        "岗位职责",
        "高",
        "300",
        "集体复核",
    ],
    [2, "经责审计股", "股长", "羊舌昭宁", "接受被审计单位宴请", "思想道德", "中", "", "廉洁承诺"],
    [3, "投资审计股", "审计员", "公孙砚秋", "工程结算审减不实", "制度机制", "低", "80", "交叉复审"],
]


def _collect(tmp_path: Path, under: list):
    rows = [["XX县审计局岗位廉政风险防控一览表"], HEAD, under, *BODY]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"一览表": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


@pytest.mark.parametrize(
    "under",
    [
        ["", "", "", "", "（主要表现）", "", "", "（万元）", ""],
        ["", "", "", "", "(具体表现)", "（类别）", "（高/中/低）", "(元)", "（制度措施）"],
        [f"({i})" for i in range(1, 10)],
        list("①②③④⑤⑥⑦⑧⑨"),
        [f"栏{i}" for i in range(1, 10)],
        [f"第{i}栏" for i in range(1, 10)],
    ],
)
def test_a_row_annotating_the_columns_is_no_point(tmp_path: Path, under: list):
    got = _collect(tmp_path, under)
    assert got.risks["risk_point"].tolist() == [r[4] for r in BODY]
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.posts["person"].tolist() == ["羊舌昭宁", "公孙砚秋"]
    issues = got.issues
    assert not len(issues[issues["severity"] != "info"]), issues.to_dict("records")


def test_a_group_number_or_numbers_out_of_order_read_as_before(tmp_path: Path):
    got = _collect(tmp_path / "a", ["（一）", "经责审计股", "", "", "", "", "", "", ""])
    assert got.risks["risk_point"].tolist() == [r[4] for r in BODY]
    got = _collect(tmp_path / "b", ["(1)", "(2)", "(4)", "(3)", "(5)", "(6)", "(7)", "(8)", "(9)"])
    # (not the columns' numbers: a row as written, with its errors)
    assert "(5)" in got.risks["risk_point"].tolist()
    assert "LEVEL_UNKNOWN" in set(got.issues["code"])
    # the template's brackets filled in: a level and a name where the header asks for them
    row = [
        None,
        "（综合股）",
        "（科员）",
        "（乐正书瑶）",
        "（公车私用）",
        "（思想道德）",
        "（低）",
        None,
        "（登记）",
    ]
    got = _collect(tmp_path / "c", row)
    assert len(got.risks) == 4
