"""A level cell printing the whole choice of grades on every row ('Ⅰ级　Ⅱ级　Ⅲ级', '高/中/低',
'高风险　中风险　低风险'), the grades that do NOT apply STRUCK THROUGH (Excel rich text, 删除线) and the
one left plain the level: each row takes the word left standing (LEVEL_STRUCK_WORDS, said once
per table), not LEVEL_UNKNOWN for the plain text of the whole choice. A cell with no strike, with
every word struck, or with two words left standing is read as before (no level, LEVEL_UNKNOWN).

Not the published batch's file (a 公共机构节能管理办公室's 排查表 with ``一级　二级　三级`` under
'风险等级（不适用的划去）' and a '注：…删除线' line): a 县自然资源局's 不动产登记中心 登记表 with
Roman grades and a note in other words, a 乡镇卫生院's list with ``高/中/低`` parted by '/', the
level column BEFORE the point and a 风险类型 column, and a 县文化馆's list with ``高风险　中风险　低风险``
and no note at all. Written with ``helpers.write_workbook`` and the level cells then rewritten
as rich text (openpyxl CellRichText, InlineFont(strike=True)); read back as ``collect_inbox``
reads a file. Only .xlsx keeps the runs: an .xls or .ods copy stays as before.
"""

from pathlib import Path

import openpyxl
from helpers import write_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "LEVEL_STRUCK_WORDS"
STRUCK = InlineFont(strike=True)
PLAIN = InlineFont()


def choice(words: list[str], left: set[str], gap: str = "　") -> tuple:
    """A level cell: the words printed, all but ``left`` to be struck through."""
    return ("rich", words, left, gap)


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], sheet: str = "登记表"):
    """Write the rows through ``write_workbook`` (the choice cells as their plain text), then
    rewrite the choice cells as rich text, the unused words struck."""
    path = tmp_path / "inbox" / "表.xlsx"
    plain = [[(v[3].join(v[1]) if isinstance(v, tuple) else v) for v in row] for row in rows]
    write_workbook(path, {sheet: plain})
    wb = openpyxl.load_workbook(path, rich_text=True)
    ws = wb[sheet]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if isinstance(v, tuple):
                _tag, words, left, gap = v
                parts: list = []
                for i, w in enumerate(words):
                    if i:
                        parts.append(TextBlock(PLAIN, gap))
                    parts.append(TextBlock(PLAIN if w in left else STRUCK, w))
                ws.cell(row=r, column=c).value = CellRichText(parts)
    wb.save(path)
    return _collect(tmp_path / "inbox")


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return sorted(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


ROMAN = ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
ESTATE = [
    ("登记股", "股长", "覃砚舟", "不动产登记审核中降低标准", "Ⅰ级"),
    ("登记股", "股长", "覃砚舟", "违规查询权利人登记信息", "Ⅱ级"),
    ("权籍调查股", "测绘员", "籍晚晴", "权籍调查数据弄虚作假", "Ⅰ级"),
    ("权籍调查股", "测绘员", "籍晚晴", "收受测绘委托方好处", "Ⅲ级"),
]


def estate_rows(left=lambda lv: {lv}) -> list[list]:
    rows: list[list] = [
        ["县自然资源局不动产登记中心廉政风险点登记表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级（请划去不符合的等级）", "防控措施"],
    ]
    for i, (dept, post, who, point, lv) in enumerate(ESTATE, 1):
        rows.append([i, dept, post, who, point, choice(ROMAN, left(lv)), "双人审核，全程留痕。"])
    rows.append(["备注：风险等级栏用删除线划去不符合的两级，保留的为评定等级。"])
    return rows


def test_roman_grades_struck_but_one(tmp_path):
    got = run(tmp_path, estate_rows())
    assert read(got) == sorted((who, point, lv) for _d, _p, who, point, lv in ESTATE)
    assert codes(got).count(CODE) == 1 and "LEVEL_UNKNOWN" not in codes(got)
    said = got.issues[got.issues["code"] == CODE]["message"].iloc[0]
    assert "Ⅰ级=Ⅰ级" in said and "Ⅲ级=Ⅲ级" in said and "F3" in said


HML = ["高", "中", "低"]
CLINIC = [
    ("院长", "庹景行", "药品耗材采购中收受回扣", "高"),
    ("院长", "庹景行", "基本公共卫生项目资金挪用", "中"),
    ("药剂师", "蒯语桐", "药品出入库账实不符", "中"),
    ("收费员", "郜清禾", "收费不开票据、截留现金", "低"),
]


def test_hml_by_slash_level_column_before_the_point(tmp_path):
    rows: list[list] = [
        ["某镇卫生院岗位廉政风险排查表"],
        ["序号", "岗位", "责任人", "风险等级", "风险类型", "廉政风险点", "防控措施", "监督责任人"],
    ]
    for i, (post, who, point, lv) in enumerate(CLINIC, 1):
        rows.append(
            [i, post, who, choice(HML, {lv}, "/"), "岗位职责", point, "定期公示。", "纪检员"]
        )
    got = run(tmp_path, rows, "排查表")
    want = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}
    assert read(got) == sorted((who, point, want[lv]) for _p, who, point, lv in CLINIC)
    assert codes(got).count(CODE) == 1 and "LEVEL_UNKNOWN" not in codes(got)


WORDS = ["高风险", "中风险", "低风险"]
CULTURE = [
    ("馆长", "鲜于墨", "群众文化活动经费虚列支出", "高风险"),
    ("馆长", "鲜于墨", "非遗项目申报中优亲厚友", "中风险"),
    ("会计", "恽书瑶", "报销凭证审核不严", "低风险"),
]


def test_three_words_no_note(tmp_path):
    rows: list[list] = [
        ["县文化馆廉政风险防控一览表"],
        ["序号", "职务", "姓名", "廉政风险点", "等级", "防控措施"],
    ]
    for i, (post, who, point, lv) in enumerate(CULTURE, 1):
        rows.append([i, post, who, point, choice(WORDS, {lv}), "集体研究。"])
    got = run(tmp_path, rows, "一览表")
    want = {"高风险": "Ⅰ级", "中风险": "Ⅱ级", "低风险": "Ⅲ级"}
    assert read(got) == sorted((who, point, want[lv]) for _p, who, point, lv in CULTURE)
    assert codes(got).count(CODE) == 1


def test_no_strike_reads_as_before(tmp_path):
    """The printed choice with nothing struck (an unfilled form): no level, LEVEL_UNKNOWN."""
    got = run(tmp_path, estate_rows(left=lambda lv: set(ROMAN)))
    assert set(got.risks["risk_level"]) == {""}
    assert CODE not in codes(got) and codes(got).count("LEVEL_UNKNOWN") == len(ESTATE)


def test_two_left_or_all_struck_read_as_before(tmp_path):
    """Two words left standing, or every word struck: which level is meant is not said."""
    left = {"Ⅰ级": {"Ⅰ级", "Ⅱ级"}, "Ⅱ级": set(), "Ⅲ级": {"Ⅱ级", "Ⅲ级"}}
    got = run(tmp_path, estate_rows(left=lambda lv: left[lv]))
    assert set(got.risks["risk_level"]) == {""}
    assert CODE not in codes(got) and codes(got).count("LEVEL_UNKNOWN") == len(ESTATE)


def test_code_is_catalogued_in_chinese():
    assert CODE in CATALOGUE and CODE in SHORT
    assert "删除线" in CATALOGUE[CODE][1] and "{value}" in CATALOGUE[CODE][1]


def test_what_the_hundred_and_twenty_ninth_review_found_bold_heads_of_each_office(tmp_path):
    """Since ``_lines_by_face`` reads inline rich strings (as openpyxl and some other tools save
    them), the bold-holders rule reaches files it did not: a 一览表 whose '责任岗位及责任人' cell lists
    the 科室's own staff, its head in bold as a matter of style ('**科长　甄子墨**⏎科员　闻人川' on the
    办公室 rows, '**股长　公孙策**⏎会计　宗政岚' on the 财务股 rows), no note, had every point given
    to the bold head alone (HOLDERS_BY_BOLD_LINES), the 科员 and 会计 dropped, because the bold
    lines 'differed' from row to row. Judgement: with no note, the bold lines must change among
    cells printing the SAME lines (the same staff on every row, as the layout is): cells of other
    staff, each bolding its head, are the sheet's style; every listed holder is kept, as before."""
    bold, plain = InlineFont(b=True), InlineFont()

    def staff(lines):
        return CellRichText(
            [
                TextBlock(bold if b else plain, ("\n" if i else "") + t)
                for i, (t, b) in enumerate(lines)
            ]
        )

    office = [("科长　甄子墨", True), ("科员　闻人川", False)]
    finance = [("股长　公孙策", True), ("会计　宗政岚", False)]
    rows = [
        ["县档案馆岗位廉政风险点一览表"],
        ["序号", "科室", "廉政风险点", "风险等级", "责任岗位及责任人", "防控措施"],
        [1, "办公室", "公文审核把关不严", "二级", office, "复核后签发"],
        [2, "办公室", "印章使用不登记", "三级", office, "用印登记"],
        [3, "财务股", "资金拨付不按程序", "一级", finance, "集体研究"],
        [4, "财务股", "报销审核不严", "二级", finance, "双人复核"],
    ]  # fmt: skip
    path = tmp_path / "inbox" / "表.xlsx"
    text = [[("\n".join(t for t, _b in v) if isinstance(v, list) else v) for v in r] for r in rows]
    write_workbook(path, {"一览表": text})
    wb = openpyxl.load_workbook(path, rich_text=True)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if isinstance(v, list):
                wb["一览表"].cell(row=r, column=c).value = staff(v)
    wb.save(path)
    got = _collect(tmp_path / "inbox")
    codes = set(got.issues["code"])
    assert "HOLDERS_BY_BOLD_LINES" not in codes
    assert sorted(set(got.risks["person"])) == sorted(["甄子墨", "闻人川", "公孙策", "宗政岚"])
