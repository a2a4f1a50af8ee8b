"""A level cell printing every grade of the scale ('一级　二级　三级', 'Ⅰ　Ⅱ　Ⅲ'), the assessed one
marked only by its own run's font (Excel rich text: red, underlined, bold or larger), a note
usually saying so: each row takes the marked grade, not the first printed one; a cell with no
grade marked (or two) gets no level and an error naming it, never its first word.

Not the published batch's file (a 森林防火指挥部办公室's 排查表, ``高　中　低`` with the grade bold and
red, 岗位 and 姓名 merged per person): a 县医疗保障局's 登记表 with a 股室 column and a 类型 column,
``一级　二级　三级`` marked red only; a 水务局 list under two heading rows marking ``Ⅰ　Ⅱ　Ⅲ`` by
underline alone, the mark often on the last word; a 供销合作社's cards whose post and name share
one cell, marked by a larger size. Written with openpyxl (CellRichText/TextBlock/InlineFont) and
read back as ``collect_inbox`` reads a file; one copy re-saved as .xls through LibreOffice.
"""

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

GAP = "　"
RED = InlineFont(color="FFFF0000")
PLAIN = InlineFont()


def printed(words: list[str], marked: str | None, font: InlineFont = RED) -> CellRichText:
    """The cell '一级　二级　三级' as a pre-printed form holds it, ``marked`` in ``font``."""
    parts: list = []
    for i, w in enumerate(words):
        if i:
            parts.append(TextBlock(PLAIN, GAP))
        parts.append(TextBlock(font if w == marked else PLAIN, w))
    return CellRichText(parts)


def _read(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def write(path: Path, rows: list[list], merges: list[str] = (), sheet: str = "登记表") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
    for m in merges:
        ws.merge_cells(m)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def run(tmp_path: Path, rows: list[list], merges: list[str] = ()):
    write(tmp_path / "inbox" / "表.xlsx", rows, merges)
    return _read(tmp_path / "inbox")


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


NUMS = ["一级", "二级", "三级"]
MEDICAL = [
    ("基金监管股", "股长", "邝予绮", "定点医药机构违规问题查处不到位，以罚代管", "一级"),
    ("基金监管股", "股长", "邝予绮", "飞行检查前泄露检查安排", "二级"),
    ("待遇保障股", "经办员", "雍望舒", "异地就医备案审核把关不严", "三级"),
    ("待遇保障股", "经办员", "雍望舒", "慢特病认定中优亲厚友", "二级"),
]


def medical_rows(mark=lambda level: printed(NUMS, level)) -> list[list]:
    rows: list[list] = [
        ["县医疗保障局廉政风险点排查登记表"],
        ["序号", "股室", "职务", "姓名", "风险点描述", "风险类型", "风险等级", "防控措施"],
    ]
    for i, (dept, post, who, point, level) in enumerate(MEDICAL, 1):
        rows.append([i, dept, post, who, point, "岗位职责", mark(level), "集体研究，结果公示。"])
    rows.append(["说明：风险等级栏中红色字体的等级为评定等级。"])
    return rows


MEDICAL_MERGES = ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]


def test_grades_printed_in_full_the_assessed_one_red(tmp_path):
    got = run(tmp_path, medical_rows(), MEDICAL_MERGES)
    assert read(got) == sorted([
        ("股长", "邝予绮", "定点医药机构违规问题查处不到位，以罚代管", "Ⅰ级"),
        ("股长", "邝予绮", "飞行检查前泄露检查安排", "Ⅱ级"),
        ("经办员", "雍望舒", "异地就医备案审核把关不严", "Ⅲ级"),
        ("经办员", "雍望舒", "慢特病认定中优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_MARKED_WORD" in set(got.issues["code"])


ROMAN = ["Ⅰ", "Ⅱ", "Ⅲ"]
WATER = [
    ("水资源股", "取水许可审批", "卜砚秋", "取水许可审批中降低条件", "Ⅲ"),
    ("水资源股", "取水许可审批", "卜砚秋", "水资源费征收中人情减免", "Ⅲ"),
    ("工程建设股", "工程质量监督", "臧启航", "隐蔽工程验收走过场", "Ⅰ"),
    ("工程建设股", "工程质量监督", "臧启航", "接受施工单位宴请", "Ⅱ"),
]


def test_two_heading_rows_underline_only_the_mark_often_last(tmp_path):
    under = InlineFont(u="single")
    rows: list[list] = [
        ["县水务局岗位廉政风险防控清单"],
        ["序号", "责任股室", "岗位信息", None, "风险点", "风险评估", "防控措施"],
        [None, None, "岗位", "责任人", None, "风险等级", None],
    ]
    for i, (dept, post, who, point, level) in enumerate(WATER, 1):
        rows.append([i, dept, post, who, point, printed(ROMAN, level, under), "严格执行审批程序。"])
    rows.append(["注：风险等级一栏加下划线的为本条风险点评定的等级。"])
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("取水许可审批", "卜砚秋", "取水许可审批中降低条件", "Ⅲ级"),
        ("取水许可审批", "卜砚秋", "水资源费征收中人情减免", "Ⅲ级"),
        ("工程质量监督", "臧启航", "隐蔽工程验收走过场", "Ⅰ级"),
        ("工程质量监督", "臧启航", "接受施工单位宴请", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


HML3 = ["高", "中", "低"]


def test_marked_by_a_larger_size_no_note_an_extra_column(tmp_path):
    big = InlineFont(sz=16)
    small = InlineFont(sz=11)

    def cell(level: str) -> CellRichText:
        parts: list = []
        for i, w in enumerate(HML3):
            if i:
                parts.append(TextBlock(small, GAP))
            parts.append(TextBlock(big if w == level else small, w))
        return CellRichText(parts)

    rows: list[list] = [
        ["县供销合作社岗位廉政风险排查表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督人", "备注"],
        [1, "财务会计", "晏知微", "虚列支出套取资金", cell("高"), "票据双审。", "社主任", ""],
        [2, "财务会计", "晏知微", "往来款长期挂账不清理", cell("低"), "每季度清理。", "社主任", ""],
        [3, "农资经营部经理", "钮澈言", "农资进货收受回扣", cell("中"), "比价采购。", "副主任", ""],
    ]
    merges = ["A1:H1", "B3:B4", "C3:C4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("财务会计", "晏知微", "虚列支出套取资金", "Ⅰ级"),
        ("财务会计", "晏知微", "往来款长期挂账不清理", "Ⅲ级"),
        ("农资经营部经理", "钮澈言", "农资进货收受回扣", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_no_grade_marked_or_two_is_no_level_and_an_error(tmp_path):
    def mark(level: str):
        if level == "一级":
            return GAP.join(NUMS)  # plain text: nothing marked
        if level == "二级":  # two words red
            return CellRichText([TextBlock(RED, "一级"), TextBlock(PLAIN, GAP),
                                 TextBlock(RED, "二级"), TextBlock(PLAIN, GAP + "三级")])  # fmt: skip
        return printed(NUMS, level)

    got = run(tmp_path, medical_rows(mark), MEDICAL_MERGES)
    assert read(got) == sorted([
        ("股长", "邝予绮", "定点医药机构违规问题查处不到位，以罚代管", ""),
        ("股长", "邝予绮", "飞行检查前泄露检查安排", ""),
        ("经办员", "雍望舒", "异地就医备案审核把关不严", "Ⅲ级"),
        ("经办员", "雍望舒", "慢特病认定中优亲厚友", ""),
    ])  # fmt: skip
    bad = errors(got)
    assert sorted(i["cell"] for i in bad) == ["G3", "G4", "G6"], bad
    assert {i["code"] for i in bad} == {"LEVEL_UNKNOWN"}, bad


# --- not this shape: as before ---------------------------------------------------------------


def test_one_grade_a_cell_whole_cell_red_bold_reads_as_written(tmp_path):
    rows = medical_rows(lambda level: level)
    got = run_styled(tmp_path, rows)
    assert read(got) == sorted([
        ("股长", "邝予绮", "定点医药机构违规问题查处不到位，以罚代管", "Ⅰ级"),
        ("股长", "邝予绮", "飞行检查前泄露检查安排", "Ⅱ级"),
        ("经办员", "雍望舒", "异地就医备案审核把关不严", "Ⅲ级"),
        ("经办员", "雍望舒", "慢特病认定中优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_MARKED_WORD" not in set(got.issues["code"])


def run_styled(tmp_path: Path, rows: list[list]):
    path = write(tmp_path / "inbox" / "表.xlsx", rows, MEDICAL_MERGES)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for r in range(3, 7):
        ws.cell(row=r, column=7).font = Font(bold=True, color="FFFF0000")
    wb.save(path)
    return _read(tmp_path / "inbox")


def test_adjusted_level_boxes_and_a_level_said_twice_stay_as_read(tmp_path):
    cells = {"一级": "高风险（中）", "二级": "□高 ☑中 □低", "三级": "Ⅲ级 较低"}
    rows = medical_rows(lambda level: cells[level])
    rows[5][6] = CellRichText([TextBlock(InlineFont(b=True), "Ⅱ级"), TextBlock(PLAIN, " 中等")])
    got = run(tmp_path, rows, MEDICAL_MERGES)
    assert read(got) == sorted([
        ("股长", "邝予绮", "定点医药机构违规问题查处不到位，以罚代管", "Ⅰ级"),
        ("股长", "邝予绮", "飞行检查前泄露检查安排", "Ⅱ级"),
        ("经办员", "雍望舒", "异地就医备案审核把关不严", "Ⅲ级"),
        ("经办员", "雍望舒", "慢特病认定中优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_MARKED_WORD" not in set(got.issues["code"])


def test_which_cells_list_the_grades():
    listed = load_config().levels.grades_listed
    assert [c for _w, c in listed("一级　二级　三级")] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert [c for _w, c in listed("高风险 低风险")] == ["Ⅰ级", "Ⅲ级"]
    # ('高⏎中': levels one a line, paired with holders or points one a line, not a scale)
    for one in (
        "高",
        "Ⅱ级 较高",
        "高 (中)",
        "Ⅰ级 较高",
        "高☑　中□　低□",
        "高风险（中）",
        "高\n中",
        "一级\n二级\n三级",
    ):
        assert not listed(one), one


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    src = write(tmp_path / "src" / "表.xlsx", medical_rows(), MEDICAL_MERGES)
    for fmt in ("xlsx", "xls"):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    got = _read(tmp_path / "xlsx")
    assert sorted(got.risks["risk_level"]) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # the .xls reader sees no runs: the cells stay without a level, said, not read as 一级
    got = _read(tmp_path / "xls")
    assert set(got.risks["risk_level"]) == {""}
    assert {i["code"] for i in errors(got)} == {"LEVEL_UNKNOWN"}


def test_xlsxwriter_rich_strings_marked_bold_red_in_a_smaller_size(tmp_path):
    """As Excel and xlsxwriter write them (shared strings; a first run with no font of its own,
    the others in the template's face, the marked one bold, red and a point smaller than the
    rest, 宋体 where they are Calibri): weight and colour mark the grade, the sizes say nothing.
    (batch800's file, read without tuning, was of this kind.)"""
    import xlsxwriter

    path = tmp_path / "inbox" / "公积金中心.xlsx"
    path.parent.mkdir(parents=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("一览表")
    mark = wb.add_format({"bold": True, "font_color": "red", "font_size": 10, "font_name": "宋体"})
    plain = wb.add_format({"font_size": 11, "font_name": "Calibri"})
    cell = wb.add_format({"font_size": 10, "font_name": "宋体"})
    ws.write_row(0, 0, ["XX县住房公积金中心廉政风险点一览表"])
    ws.write_row(1, 0, ["岗位", "姓名", "风险点", "风险等级", "防控措施"])
    people = [("主任", "郗澹如", "违规审批贷款", "高"), ("会计", "逯南乔", "挪用归集资金", "中"),
              ("审核员", "郗晏清", "审核把关不严", "低"), ("会计", "逯南乔", "违规提取", "高")]  # fmt: skip
    for r, (post, who, point, grade) in enumerate(people, 2):
        ws.write_row(r, 0, [post, who, point])
        parts: list = []
        for i, w in enumerate(["高", "中", "低"]):
            if i:
                parts += [plain, GAP]
            if w == grade:
                parts += [mark, w]
            elif i == 0:
                parts.append(w)  # (a first run with no format of its own: the cell's)
            else:
                parts += [plain, w]
        ws.write_rich_string(r, 3, *parts, cell)
        ws.write(r, 4, "集体研究，全程留痕。")
    ws.write(6, 0, "注：风险等级以红色加粗字标示。")
    wb.close()
    got = _read(path.parent)
    r = got.risks
    assert sorted(zip(r["person"], r["risk_point"], r["risk_level"], strict=True)) == sorted([
        ("郗澹如", "违规审批贷款", "Ⅰ级"), ("逯南乔", "挪用归集资金", "Ⅱ级"),
        ("郗晏清", "审核把关不严", "Ⅲ级"), ("逯南乔", "违规提取", "Ⅰ级"),
    ])  # fmt: skip
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])


def _three_rows(levels: list) -> list[list]:
    rows: list[list] = [
        ["XX局廉政风险点登记表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    ]
    people = [("办公室", "主任", "张三", "公车私用"), ("财务科", "会计", "李四", "虚报冒领"),
              ("财务科", "出纳", "王五", "挪用公款")]  # fmt: skip
    for i, ((dept, post, who, point), lv) in enumerate(zip(people, levels, strict=True), 1):
        rows.append([i, dept, post, who, point, lv, "集体研究。"])
    return rows


def _unknown_cells(got) -> list[tuple[str, str]]:
    return sorted((i["cell"], i["value"]) for i in errors(got) if i["code"] == "LEVEL_UNKNOWN")


def test_what_the_hundred_and_nineteenth_review_found_scales_outside_the_vocabulary(tmp_path):
    """'较高　一般　较低' (two words of one level) and '一级　二级　三级　四级' (a fourth grade the
    vocabulary has not) print a scale: never read as the first word; the marked word's own level
    is the level, a marked word outside the vocabulary ('四级') no level and an error."""
    plain = run(tmp_path / "plain", _three_rows(["较高　一般　较低", "一级　二级　三级　四级", "中"]),
                ["A1:G1"])  # fmt: skip
    assert read(plain) == [
        ("主任", "张三", "公车私用", ""),
        ("会计", "李四", "虚报冒领", ""),
        ("出纳", "王五", "挪用公款", "Ⅱ级"),
    ]
    assert _unknown_cells(plain) == [("F3", "较高　一般　较低"), ("F4", "一级　二级　三级　四级")]
    marked = run(tmp_path / "marked", _three_rows([printed(["较高", "一般", "较低"], "较低"),
                 printed(["一级", "二级", "三级", "四级"], "四级"),
                 printed(["一级", "二级", "三级", "四级"], "二级")]), ["A1:G1"])  # fmt: skip
    assert read(marked) == [
        ("主任", "张三", "公车私用", "Ⅲ级"),
        ("会计", "李四", "虚报冒领", ""),
        ("出纳", "王五", "挪用公款", "Ⅱ级"),
    ]
    assert _unknown_cells(marked) == [("F4", "一级　二级　三级　四级")]
    listed = load_config().levels.grades_listed
    assert [c for _w, c in listed("较高　一般　较低")] == ["Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert [c for _w, c in listed("一级 二级 三级 四级")] == ["Ⅰ级", "Ⅱ级", "Ⅲ级", ""]
    for one in ("较高 一般", "一级 四级", "一级 二级 较大 五级", "高 中 措施"):
        assert not listed(one), one


def test_what_the_hundred_and_nineteenth_review_found_grades_parted_by_slashes(tmp_path):
    """Grades parted by '/', '／', '、' or '|' are words as those parted by spaces: the marked one
    is the level; plain '高/中/低' stays without a level, said."""

    def parted(words: list[str], sep: str, marked: str) -> CellRichText:
        parts: list = []
        for i, w in enumerate(words):
            if i:
                parts.append(TextBlock(PLAIN, sep))
            parts.append(TextBlock(RED if w == marked else PLAIN, w))
        return CellRichText(parts)

    got = run(tmp_path, _three_rows([parted(["高", "中", "低"], "/", "中"),
              parted(["高", "中", "低"], "、", "低"), "高/中/低"]), ["A1:G1"])  # fmt: skip
    assert read(got) == [
        ("主任", "张三", "公车私用", "Ⅱ级"),
        ("会计", "李四", "虚报冒领", "Ⅲ级"),
        ("出纳", "王五", "挪用公款", ""),
    ]
    assert _unknown_cells(got) == [("F5", "高/中/低")]
    assert "LEVEL_MARKED_WORD" in set(got.issues["code"])
    listed = load_config().levels.grades_listed
    for cell in ("高/中/低", "高／中／低", "高、中、低", "一级|二级|三级"):
        assert len(listed(cell)) == 3, cell
