"""A RACI chart: one row a point, a heading merged across one column a holder (``责任分工（R负责
A审批　C协办　I知情）``), the holders' posts and names under it (two heading rows, or 'post⏎name' in
one cell), a letter in every holder cell; only the holders whose letter the legend (in the
heading or a ``注：`` line) says 负责/责任/主责/执行 hold the row's point, a copy each; the others
(审批, 协办, 知情) hold nothing.

Not the published batch's chart (a 湿地自然保护区管理局 with 局长 … 管护站站长, 高/中/低, the legend in
the heading and a ``注：`` line, R/A/C/I): a county 医疗保障局 and a 人民医院, other posts and names,
``一级/二级/三级`` and ``★★★/★★/★``, a 风险类型 column, the legend written ``R—负责`` or ``R=责任人`` or
``A执行`` (another letter holding), written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. A ``●主责　○配合`` matrix and ticks under posts read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分工"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "chart.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    """(post, person, point, level); a post written with its 股 ('基金监管股股长') is read as that
    股's 股长, as everywhere."""
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


POINTS = [
    ("定点医药机构协议管理中降低准入条件", "一级", "制度机制风险", ("A", "R", "C", "I")),
    ("医保基金稽核中对违规线索压案不查", "一级", "岗位职责风险", ("I", "A", "R", "C")),
    ("异地就医备案审核把关不严", "二级", "岗位职责风险", ("I", "C", "A", "R")),
    ("接受定点机构宴请、红包", "三级", "思想道德风险", ("R", "C", "R", "C")),
]
HOLDERS = [
    ("局长", "亓昀璟"),
    ("副局长", "逄翊骞"),
    ("基金监管股股长", "亓澍岚"),
    ("经办中心主任", "逄珩霁"),
]
WANT = sorted([
    ("副局长", "逄翊骞", "定点医药机构协议管理中降低准入条件", "Ⅰ级"),
    ("股长", "亓澍岚", "医保基金稽核中对违规线索压案不查", "Ⅰ级"),
    ("经办中心主任", "逄珩霁", "异地就医备案审核把关不严", "Ⅱ级"),
    ("局长", "亓昀璟", "接受定点机构宴请、红包", "Ⅲ级"),
    ("股长", "亓澍岚", "接受定点机构宴请、红包", "Ⅲ级"),
])  # fmt: skip


def _three_rows(head: str, note: str | None = None) -> tuple[list[list], list[str]]:
    """序号 | 廉政风险点 | 风险类型 | 风险等级 | head over posts over names | 防控措施."""
    rows = [
        ["XX县医疗保障局廉政风险防控责任分工表"],
        ["序号", "廉政风险点", "风险类型", "风险等级", head, None, None, None, "防控措施"],
        [None, None, None, None, *(p for p, _ in HOLDERS), None],
        [None, None, None, None, *(n for _, n in HOLDERS), None],
    ]
    for i, (point, lv, kind, letters) in enumerate(POINTS, 1):
        rows.append([i, point, kind, lv, *letters, "集体研究，全程留痕。"])
    merges = ["A1:I1", "E2:H2", "A2:A4", "B2:B4", "C2:C4", "D2:D4", "I2:I4"]
    if note:
        rows.append([note])
        merges.append(f"A{len(rows)}:I{len(rows)}")
    return rows, merges


def test_the_legend_in_the_heading_names_the_holders_letter(tmp_path):
    rows, merges = _three_rows("责任分工（R—负责　A—审批　C—配合　I—知情）")
    got = run(tmp_path, rows, merges)
    assert read(got) == WANT
    assert set(got.risks[got.risks["person"] == "亓澍岚"]["department"]) == {"基金监管股"}
    assert "HOLDERS_BY_RACI" in codes(got)
    assert "HOLDERS_RACI_NONE" not in codes(got)
    no_errors(got)


def test_the_legend_in_a_note_under_the_chart(tmp_path):
    rows, merges = _three_rows(
        "防控责任分工", "注：R=责任人，A=审批人，C=协助人，I=知情人；风险等级分一级、二级、三级。"
    )
    got = run(tmp_path, rows, merges)
    assert read(got) == WANT
    assert "HOLDERS_BY_RACI" in codes(got)
    no_errors(got)


def test_post_and_name_in_one_heading_cell_and_another_letter_holding(tmp_path):
    """Two heading rows ('院长⏎逄湉玥' a cell), ★ levels, the legend's 执行 letter 'A' holds; a
    row with no 'A' is nobody's point and warns at its first holder cell."""
    rows = [
        ["XX县人民医院廉政风险分工表"],
        ["序号", "风险点", "风险等级", "岗位分工（A执行　B审核　C知情）", None, None, "防控措施"],
        [None, None, None, "院长\n逄湉玥", "药剂科主任\n亓骁沄", "财务科科长\n逄珩霁", None],
        [1, "药品遴选中收受供应商回扣", "★★★", "B", "A", "C", "药事委员会集体遴选。"],
        [2, "医疗收费不按标准执行", "★★", "C", "B", "A", "收费项目每月自查。"],
        [3, "大型设备采购论证走过场", "★★★", "A", "C", "A", "论证专家随机抽取。"],
        [4, "院务公开内容不全", "★", "B", "C", "C", "公开清单逐项核对。"],
    ]
    merges = ["A1:G1", "D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "亓骁沄", "药品遴选中收受供应商回扣", "Ⅰ级"),
        ("科长", "逄珩霁", "医疗收费不按标准执行", "Ⅱ级"),
        ("院长", "逄湉玥", "大型设备采购论证走过场", "Ⅰ级"),
        ("科长", "逄珩霁", "大型设备采购论证走过场", "Ⅰ级"),
        ("", "", "院务公开内容不全", "Ⅲ级"),  # (kept, nobody's: the warning asks for its 'A')
    ])  # fmt: skip
    assert set(got.risks[got.risks["person"] == "逄珩霁"]["department"]) == {"财务科"}
    assert "HOLDERS_BY_RACI" in codes(got)
    warned = got.issues[got.issues["code"] == "HOLDERS_RACI_NONE"]
    assert list(warned["cell"]) == ["D7"], warned.to_dict("records")
    no_errors(got)


def test_main_and_helping_marks_read_as_before(tmp_path):
    """'●主责　○配合' under posts: the ● holders, as before; no RACI issue."""
    rows, merges = _three_rows("责任人（●主责　○配合）")
    marks = {"R": "●", "A": "○", "C": "○", "I": ""}
    for r in rows[4:]:
        r[4:8] = [marks[v] for v in r[4:8]]
    got = run(tmp_path, rows, merges)
    assert read(got) == WANT
    assert not {"HOLDERS_BY_RACI", "HOLDERS_RACI_NONE"} & codes(got)
    no_errors(got)


def test_ticks_under_posts_read_as_before(tmp_path):
    """'√' under the posts of 责任岗位: every ticked post holds the row."""
    rows, merges = _three_rows("责任岗位")
    for r in rows[4:]:
        r[4:8] = ["√" if v in ("R", "A") else "" for v in r[4:8]]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("副局长", "逄翊骞", "定点医药机构协议管理中降低准入条件", "Ⅰ级"),
        ("局长", "亓昀璟", "定点医药机构协议管理中降低准入条件", "Ⅰ级"),
        ("副局长", "逄翊骞", "医保基金稽核中对违规线索压案不查", "Ⅰ级"),
        ("股长", "亓澍岚", "医保基金稽核中对违规线索压案不查", "Ⅰ级"),
        ("股长", "亓澍岚", "异地就医备案审核把关不严", "Ⅱ级"),
        ("经办中心主任", "逄珩霁", "异地就医备案审核把关不严", "Ⅱ级"),
        ("局长", "亓昀璟", "接受定点机构宴请、红包", "Ⅲ级"),
        ("股长", "亓澍岚", "接受定点机构宴请、红包", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_RACI", "HOLDERS_RACI_NONE"} & codes(got)
    no_errors(got)


def test_letters_with_no_legend_read_as_before(tmp_path):
    """Letters under the posts and no legend saying what they mean: no RACI reading."""
    rows, merges = _three_rows("责任分工")
    got = run(tmp_path, rows, merges)
    assert not {"HOLDERS_BY_RACI", "HOLDERS_RACI_NONE"} & codes(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_RACI", "HOLDERS_RACI_NONE"):
        assert code in CATALOGUE and code in SHORT


def _chart(
    head: str, letters: list[tuple], note: str | None = None
) -> tuple[list[list], list[str]]:
    """``_three_rows`` with each row's letters as given."""
    rows, merges = _three_rows(head, note)
    for r, said in zip(range(4, 8), letters, strict=True):
        rows[r][4:8] = list(said)
    return rows, merges


def test_what_the_hundredth_review_found_two_letters_in_one_cell(tmp_path):
    # 'R/A' (and 'R、A') in one cell: each letter read, the owning one holds
    for two in ("R/A", "R、A"):
        letters = [p[3] for p in POINTS]
        letters[1] = ("I", "A", two, "C")
        rows, merges = _chart("责任分工（R负责　A审批　C协办　I知情）", letters)
        got = run(tmp_path / two.replace("/", "_"), rows, merges)
        assert read(got) == WANT, two
        assert "HOLDERS_BY_RACI" in codes(got)
        assert "HOLDERS_RACI_NONE" not in codes(got)
        no_errors(got)


def test_what_the_hundredth_review_found_full_width_and_lower_case_letters(tmp_path):
    # 'Ｒ Ａ Ｃ Ｉ' in the legend and the cells; 'r a c i' in the cells under an upper-case note
    wide = [tuple(chr(ord(x) + 0xFEE0) for x in p[3]) for p in POINTS]
    rows, merges = _chart("责任分工（Ｒ负责　Ａ审批　Ｃ协办　Ｉ知情）", wide)
    got = run(tmp_path / "wide", rows, merges)
    assert read(got) == WANT
    assert "HOLDERS_BY_RACI" in codes(got)
    no_errors(got)
    lower = [tuple(x.lower() for x in p[3]) for p in POINTS]
    rows, merges = _chart("责任分工", lower, "注：R负责，A审批，C协办，I知情。")
    got = run(tmp_path / "lower", rows, merges)
    assert read(got) == WANT
    assert "HOLDERS_BY_RACI" in codes(got)
    no_errors(got)
