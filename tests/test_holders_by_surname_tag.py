"""A point shared by the people of one cell listing several (a 科室's staff merged over its rows,
'科长　阙沐泽⏎科员　乜雨桐', '所长：禚若川⏎副所长：鄂晚晴', or '禚若川、鄂晚晴' on every row) whose text
closes with a bracket naming which of them carry it: the surname ('（阙）'), surnames ('（阙、乜）'),
the full name or the post. The point is only theirs, the bracket taken off.

The layouts here are not the published batch's (a county's 乡村振兴综合服务中心 with 股室/股室人员,
surnames 郄/夔 and 一级/二级/三级): other units (a 水利局, a 市场监管所, a 医保局), other posts,
names and level words (高/中/低, ★, Ⅰ级), one or two heading rows, 科室 and staff in one column or
two, colon-labelled lines or a 责任人 cell of names, an extra 备注 column; written with xlsxwriter
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


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


STAFF_A = "科长　阙沐泽\n科员　乜雨桐"
STAFF_B = "科长　乜思远\n工程师　阙晓岚"


def test_merged_staff_cells_and_surname_brackets(tmp_path):
    rows = [["XX市水利局科室廉政风险点一览表"],
            ["序号", "科室", "科室人员", "风险点", "风险等级", "防控措施"],
            [1, "建设管理科", STAFF_A, "招标文件设置排他性条款（阙）", "高", "招标文件集体审查"],
            [2, None, None, "工程变更签证把关不严（阙、乜）", "中", "变更报局务会"],
            [3, None, None, "质量检测资料弄虚作假（乜）", "低", "检测资料抽查"],
            [4, "水资源科", STAFF_B, "取水许可审批吃拿卡要（乜）", "高", "审批结果公示"],
            [5, None, None, "水资源费核定人情减免（阙）", "中", "核定表双人复核"],
            ["注：风险点后括号内为承担该风险点人员的姓。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B5", "C3:C5", "B6:B7", "C6:C7", "A8:F8"])
    assert read(got) == sorted([
        ("科长", "阙沐泽", "招标文件设置排他性条款", "Ⅰ级"),
        ("科长", "阙沐泽", "工程变更签证把关不严", "Ⅱ级"),
        ("科员", "乜雨桐", "工程变更签证把关不严", "Ⅱ级"),
        ("科员", "乜雨桐", "质量检测资料弄虚作假", "Ⅲ级"),
        ("科长", "乜思远", "取水许可审批吃拿卡要", "Ⅰ级"),
        ("工程师", "阙晓岚", "水资源费核定人情减免", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_SURNAME_TAG"]
    assert len(said) == 1 and list(said["cell"]) == ["D3"]
    assert not errors(got) and "HOLDER_SURNAME_TAG_UNCLEAR" not in codes(got)


def test_two_heading_rows_colon_lines_full_names_and_posts(tmp_path):
    # two heading rows, '所长：…⏎副所长：…' lines; a bracket of full names, of a post, of a
    # surname and a given-name initial; ★ levels; an extra 备注 column
    rows = [["XX区市场监督管理所岗位廉政风险排查表"],
            ["序号", "股室", "股室人员", "廉政风险", None, "备注"],
            [None, None, None, "风险点", "等级", None],
            [1, "所领导", "所长：禚若川\n副所长：鄂晚晴", "行政处罚自由裁量不公（禚若川）", "★★★", None],
            [2, None, None, "案件线索瞒报不查（副所长）", "★★", "2025年新增"],
            [3, None, None, "抽检样品选择性送检（鄂晚）", "★", None],
            [4, None, None, "执法记录仪不按规定使用（禚、鄂）", "★★", None]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "B4:B7", "C4:C7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "禚若川", "行政处罚自由裁量不公", "Ⅰ级"),
        ("副所长", "鄂晚晴", "案件线索瞒报不查", "Ⅱ级"),
        ("副所长", "鄂晚晴", "抽检样品选择性送检", "Ⅲ级"),
        ("所长", "禚若川", "执法记录仪不按规定使用", "Ⅱ级"),
        ("副所长", "鄂晚晴", "执法记录仪不按规定使用", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SURNAME_TAG" in codes(got) and not errors(got)


def test_names_cell_on_every_row_and_roman_levels(tmp_path):
    # no merged cells: a 岗位 column and a 责任人 cell of two names written on each row
    rows = [["XX县医疗保障局基金股廉政风险点清单"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "基金股", "蔺霁川、冼澄邈", "定点医药机构协议审核不严（蔺）", "Ⅰ级", "集体评审"],
            [2, "基金股", "蔺霁川、冼澄邈", "医保基金拨付不按时序（冼）", "Ⅱ级", "拨付台账公开"],
            [3, "基金股", "蔺霁川、冼澄邈", "违规报销结算复核走过场（蔺、冼）", "Ⅲ级", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    r = got.risks
    assert sorted(zip(r["person"], r["risk_point"], r["risk_level"], strict=True)) == sorted([
        ("蔺霁川", "定点医药机构协议审核不严", "Ⅰ级"),
        ("冼澄邈", "医保基金拨付不按时序", "Ⅱ级"),
        ("蔺霁川", "违规报销结算复核走过场", "Ⅲ级"),
        ("冼澄邈", "违规报销结算复核走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SURNAME_TAG" in codes(got) and not errors(got)


def test_a_bracket_naming_someone_not_listed_keeps_the_row_shared(tmp_path):
    # '（阙、甘）': 甘 is none of the cell's people; the row stays both members', a warning
    rows = [["XX市水利局科室廉政风险点一览表"],
            ["序号", "科室", "科室人员", "风险点", "风险等级", "防控措施"],
            [1, "建设管理科", STAFF_A, "招标文件设置排他性条款（阙）", "高", "招标文件集体审查"],
            [2, None, None, "工程变更签证把关不严（阙、甘）", "中", "变更报局务会"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("科长", "阙沐泽", "招标文件设置排他性条款", "Ⅰ级"),
        ("科长", "阙沐泽", "工程变更签证把关不严（阙、甘）", "Ⅱ级"),
        ("科员", "乜雨桐", "工程变更签证把关不严（阙、甘）", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_SURNAME_TAG_UNCLEAR"]
    assert list(said["cell"]) == ["D4"] and list(said["severity"]) == ["warning"]


def test_ordinary_brackets_beside_a_staff_cell_stay_shared(tmp_path):
    # '（含小型水库）', '（重点）', '（2024年）': the point's own words, the row both members'
    rows = [["XX市水利局科室廉政风险点一览表"],
            ["序号", "科室", "科室人员", "风险点", "风险等级", "防控措施"],
            [1, "建设管理科", STAFF_A, "工程验收走过场（含小型水库）", "高", "验收组集体签字"],
            [2, None, None, "工程款拨付不按进度（重点）", "中", "拨付报局务会"],
            [3, None, None, "质量检测资料弄虚作假（2024年）", "低", "检测资料抽查"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B5", "C3:C5"])
    points = [
        "工程验收走过场（含小型水库）",
        "工程款拨付不按进度（重点）",
        "质量检测资料弄虚作假（2024年）",
    ]
    levels = ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert read(got) == sorted(
        [(t, n, p, lv) for t, n in (("科长", "阙沐泽"), ("科员", "乜雨桐"))
         for p, lv in zip(points, levels, strict=True)]
    )  # fmt: skip
    assert not {"HOLDERS_BY_SURNAME_TAG", "HOLDER_SURNAME_TAG_UNCLEAR"} & codes(got)
    assert not errors(got)


def test_a_single_holder_row_keeps_its_bracket(tmp_path):
    # one holder a row: a bracket of his surname is ordinary text, as before
    rows = [["XX县医疗保障局岗位廉政风险点清单"],
            ["序号", "岗位", "姓名", "风险点", "风险等级"],
            [1, "股长", "蔺霁川", "定点医药机构协议审核不严（蔺）", "高"],
            [2, "科员", "冼澄邈", "医保基金拨付不按时序（冼）", "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("股长", "蔺霁川", "定点医药机构协议审核不严（蔺）", "Ⅰ级"),
        ("科员", "冼澄邈", "医保基金拨付不按时序（冼）", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_SURNAME_TAG", "HOLDER_SURNAME_TAG_UNCLEAR"} & codes(got)
    assert not errors(got)


def test_the_codes_are_catalogued():
    assert CATALOGUE["HOLDERS_BY_SURNAME_TAG"][0] == "info" and SHORT["HOLDERS_BY_SURNAME_TAG"]
    assert CATALOGUE["HOLDER_SURNAME_TAG_UNCLEAR"][0] == "warning"
    assert SHORT["HOLDER_SURNAME_TAG_UNCLEAR"]


def test_what_the_hundred_and_twenty_first_review_found_level_words_in_brackets(tmp_path):
    # (3) a bracket that is wholly a level word ('（高）', '（较高）') is no surname tag, though a
    # holder's surname is 高: the row stays both holders', the bracket as written (no tag info)
    rows = [["XX局廉政风险点清单"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "高明、石磊", "公务接待超标准（高）", "高", "审批"],
            [2, "办公室", "高明、石磊", "公车私用（中）", "中", "登记"],
            [3, "办公室", "高明、石磊", "印章管理不严（低）", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:F1"])
    said = [
        ("公务接待超标准（高）", "Ⅰ级"),
        ("公车私用（中）", "Ⅱ级"),
        ("印章管理不严（低）", "Ⅲ级"),
    ]
    assert read(got) == sorted([("", n, p, lv) for n in ("高明", "石磊") for p, lv in said])
    assert not {"HOLDERS_BY_SURNAME_TAG", "HOLDER_SURNAME_TAG_UNCLEAR"} & codes(got)
    assert not errors(got)
    # the staff in one merged cell, post and name a line: the same
    rows = [["XX局廉政风险点清单"],
            ["序号", "科室", "科室人员", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任　高明\n科员　石磊", "公务接待超标准（高）", "高", "审批"],
            [2, None, None, "公车私用（中）", "中", "登记"],
            [3, None, None, "印章管理不严（低）", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:F1", "B3:B5", "C3:C5"])
    assert read(got) == sorted(
        [(t, n, p, lv) for t, n in (("主任", "高明"), ("科员", "石磊")) for p, lv in said]
    )
    assert not {"HOLDERS_BY_SURNAME_TAG", "HOLDER_SURNAME_TAG_UNCLEAR"} & codes(got)
    assert not errors(got)
    # one level word among surname tags: that row shared, the tagged one its holder's
    rows = [["XX局廉政风险点清单"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "高明、石磊", "公务接待超标准（较高）", "高", "审批"],
            [2, "办公室", "高明、石磊", "公车维修审核不严（石）", "中", "登记"],
            [3, "办公室", "高明、石磊", "印章管理不严", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "c", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "高明", "公务接待超标准（较高）", "Ⅰ级"),
        ("", "石磊", "公务接待超标准（较高）", "Ⅰ级"),
        ("", "石磊", "公车维修审核不严", "Ⅱ级"),
        ("", "高明", "印章管理不严", "Ⅲ级"),
        ("", "石磊", "印章管理不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SURNAME_TAG" in codes(got) and not errors(got)
