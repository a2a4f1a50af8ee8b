"""A list one row a matter whose holders' cell names, line by line, each holder and the numbers of
the row's points that are his ('股长　祁澜（1、2）⏎核查员　郜屿（2）'), beside a point cell numbering
them one a line ('1.…（高）⏎2.…（中）', or a 风险等级 cell '1.一级⏎2.二级' beside): each point is
each naming holder's, a holder's points gather from several rows.

The layouts here are not the published batch's (a district 行政审批服务局 with 首席代表/审批员 and
一级/二级 closing its points, batch631): a county 市场监督管理局's 许可股 and 执法大队 with other
posts and names, 高/中/低 in brackets, a level column beside, numbers after a colon, a line with no
numbers, a 备注 column and a title merged across, written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "事项清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


TITLE = ["XX县市场监督管理局行政许可及执法事项廉政风险防控清单"]
HEAD = ["序号", "承办股室", "事项名称", "廉政风险点（逐条编号，括号内为等级）",
        "责任岗位及责任人（括号内为负责的风险点序号）", "防控措施"]  # fmt: skip


def test_levels_closing_the_points_no_level_column(tmp_path):
    rows = [TITLE, HEAD,
            [1, "食品经营许可股", "食品经营许可", "1.现场核查不到位、照片代替核查（中）\n2.收受申请人礼品礼金（高）\n"
             "3.许可证延期办理不告知（低）", "股长　祁澜（1、2）\n核查员　郜屿（1、3）", "双人核查，全程记录。"],
            [2, None, "食品小作坊登记", "1.登记材料把关不严（中）\n2.超时限办理、压件（低）",
             "核查员　郜屿（2）\n股长　祁澜", "限时办结，超期预警。"],
            [3, "综合执法大队", "市场违法案件查办", "1.案件线索瞒案不报（高）\n2.罚款自由裁量畸轻畸重（中）",
             "大队长　荀沛川（1）\n执法队员　闵晗（1、2）", "线索统一登记，重大案件集体审议。"],
            ["注：一个事项有几名责任人的，在各人后括号内写明其负责的风险点序号。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "A6:F6"])
    assert read(got) == sorted([
        ("食品经营许可股", "股长", "祁澜", "现场核查不到位、照片代替核查", "Ⅱ级"),
        ("食品经营许可股", "股长", "祁澜", "收受申请人礼品礼金", "Ⅰ级"),
        ("食品经营许可股", "核查员", "郜屿", "现场核查不到位、照片代替核查", "Ⅱ级"),
        ("食品经营许可股", "核查员", "郜屿", "许可证延期办理不告知", "Ⅲ级"),
        ("食品经营许可股", "核查员", "郜屿", "超时限办理、压件", "Ⅲ级"),
        # (a line with no numbers: all the row's points)
        ("食品经营许可股", "股长", "祁澜", "登记材料把关不严", "Ⅱ级"),
        ("食品经营许可股", "股长", "祁澜", "超时限办理、压件", "Ⅲ级"),
        ("综合执法大队", "大队长", "荀沛川", "案件线索瞒案不报", "Ⅰ级"),
        ("综合执法大队", "执法队员", "闵晗", "案件线索瞒案不报", "Ⅰ级"),
        ("综合执法大队", "执法队员", "闵晗", "罚款自由裁量畸轻畸重", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4  # (a holder's points from two rows: one form)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_NUMBERS_IN_CELL"]
    assert list(said["cell"]) == ["E3"]
    assert not errors(got) and "HOLDER_CELL_NUMBERS_UNMATCHED" not in codes(got)
    assert "COLUMN_GUESSED" not in codes(got)


def test_a_level_column_beside_and_an_extra_column(tmp_path):
    rows = [TITLE,
            ["序号", "承办股室", "事项名称", "廉政风险点", "风险等级", "责任岗位及责任人", "防控措施", "备注"],
            [1, "特种设备安全监察股", "特种设备使用登记", "1.登记资料审查走过场\n2.向企业推荐指定检验机构",
             "1.二级\n2.一级", "股长　邝晏清（1、2）\n监察员　隗知远（1）", "资料审查留痕。", "—"],
            [2, "特种设备安全监察股", "电梯维保监督检查", "1.检查中接受宴请\n2.隐患整改不跟踪",
             "1.一级\n2.三级", "监察员　隗知远（1,2）", "检查两人以上，整改销号。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("特种设备安全监察股", "股长", "邝晏清", "登记资料审查走过场", "Ⅱ级"),
        ("特种设备安全监察股", "股长", "邝晏清", "向企业推荐指定检验机构", "Ⅰ级"),
        ("特种设备安全监察股", "监察员", "隗知远", "登记资料审查走过场", "Ⅱ级"),
        ("特种设备安全监察股", "监察员", "隗知远", "检查中接受宴请", "Ⅰ级"),
        ("特种设备安全监察股", "监察员", "隗知远", "隐患整改不跟踪", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_NUMBERS_IN_CELL" in codes(got)
    assert not errors(got)


def test_numbers_after_a_colon_and_a_number_naming_no_point(tmp_path):
    rows = [TITLE, HEAD,
            [1, "广告监管股", "户外广告审查", "①审查标准宽严不一（中）\n②为广告主说情打招呼（高）",
             "股长 仉星澜：1、2\n科员 訾若溪：2、3", "审查意见集体讨论。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("广告监管股", "股长", "仉星澜", "审查标准宽严不一", "Ⅱ级"),
        ("广告监管股", "股长", "仉星澜", "为广告主说情打招呼", "Ⅰ级"),
        ("广告监管股", "科员", "訾若溪", "为广告主说情打招呼", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_CELL_NUMBERS_UNMATCHED"]
    assert list(said["cell"]) == ["E3"] and list(said["value"]) == ["3"]
    assert not errors(got)


def test_bracketed_notes_that_are_no_numbers_read_as_before(tmp_path):
    # '荀沛川（兼）': the bracket names no point; the cell is not this shape
    rows = [TITLE, HEAD,
            [1, "综合执法大队", "市场违法案件查办", "1.案件线索瞒案不报（高）\n2.罚款自由裁量畸轻畸重（中）",
             "荀沛川（兼）\n闵晗", "重大案件集体审议。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert [p for *_x, p, _l in read(got)] == ["案件线索瞒案不报", "罚款自由裁量畸轻畸重"]
    assert {x[2] for x in read(got)} == {""}  # (no holder read from it, as before)
    assert "HOLDERS_BY_NUMBERS_IN_CELL" not in codes(got)


def test_numbers_beside_an_unnumbered_point_read_as_before(tmp_path):
    rows = [TITLE,
            ["序号", "承办股室", "事项名称", "廉政风险点", "风险等级", "责任岗位及责任人（括号内为负责的风险点序号）", "防控措施"],
            [1, "食品经营许可股", "食品经营许可", "现场核查不到位", "中", "股长　祁澜（1）", "双人核查。"],
            [2, "食品经营许可股", "食品小作坊登记", "超时限办理、压件", "低", "核查员　郜屿（2）", "限时办结。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert [p for *_x, p, _l in read(got)] == ["现场核查不到位", "超时限办理、压件"]
    assert "HOLDERS_BY_NUMBERS_IN_CELL" not in codes(got)
    assert "HOLDER_CELL_NUMBERS_UNMATCHED" not in codes(got)


def test_codes_catalogued():
    for code in ("HOLDERS_BY_NUMBERS_IN_CELL", "HOLDER_CELL_NUMBERS_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT
