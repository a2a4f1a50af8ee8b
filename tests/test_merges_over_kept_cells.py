"""A cell merged down over rows (a 股室, a 岗位, a 责任人, a 风险等级 written once for a run of rows)
whose covered cells — not its top-left one — still store words of their own: the cells were
merged in LibreOffice or WPS keeping the contents of the hidden cells (保留隐藏单元格的内容) over
last year's copy, or a merge was typed over. What the sheet shows and prints is the top-left
value; the reader read each covered cell's own stored words instead, silently, so a former
holder's name became a second form, a 股室's old name split one person's form and a level since
changed replaced the shown one. Now every cell of such a merge reads as its top-left value, and
each merge whose covered cells store other words is said once (warning MERGE_HIDDEN_VALUES,
naming the merge, the covered cells and what they store), so the office can clean the file.

Not the published batch's file (batch972: a 乡人民政府's 一览表 merged over 科室, 姓名 and 一级/二级/
三级): a 县市场监督管理局's 排查表 with 高/中/低 whose 股室, 责任人 and 风险等级 merges hide a
股室's old name, a former 副局长 and a level; a 县教育体育局's 清单 as an .ods copy (its merges
spans in content.xml, the covered-table-cells holding text, as LibreOffice saves them) with
Ⅰ级/Ⅱ级/Ⅲ级; and a 乡镇卫生院's 对岗不对人 list whose 岗位 merge hides the post's old name. Written
with xlsxwriter (tests/helpers.py writes a merge's covered cells as the rows give them, no
format over them) and read back as ``collect_inbox`` reads a file. Near-misses an ordinary file
has, read exactly as before with nothing said: merges whose covered cells are empty (as Excel
leaves them); covered cells repeating the shown words (a copy filled in every cell, WPS's 合并内容
listing them a line each); a title merged across one row over other text (a merge across a
row, or a block wider than three columns, is no such cell).
"""

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from helpers import write_workbook
from python_calamine import CalamineWorkbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT, WARNING

CODE = "MERGE_HIDDEN_VALUES"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], name: str = "排查表.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, {"排查表": rows}, {"排查表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def forms(got) -> list[tuple[str, str, str]]:
    p = got.posts
    return sorted(zip(p["department"], p["title"], p["person"], strict=True))


def issues(got, code: str = CODE) -> list[dict]:
    return [i for i in got.issues.to_dict("records") if i["code"] == code]


def stored(path: Path, sheet: str) -> list[list]:
    """The cells as the file stores them, covered cells of merges included."""
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


# ------------------------------------------------------------------ a market regulator's list

MARKET_MERGES = ["A1:G1", "B3:B5", "C4:C5", "D4:D5", "B6:B7", "F6:F7"]


def market(hidden: dict[tuple[int, int], str | None]) -> list[list]:
    """The 县市场监督管理局's list; ``hidden`` the words its covered cells store (row, column)."""
    rows = [
        ["县市场监督管理局岗位廉政风险点排查表", None, None, None, None, None, None],
        ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", "夹谷澄", "行政处罚案件为当事人说情", "高", "重大案件集体审议。"],
        [2, None, "副局长", "夹谷潇", "食品抽检结果泄露给被检企业", "中", "抽检样品盲样编号。"],
        [3, None, None, None, "特种设备检验收受企业礼金", "低", "检验两人以上到场。"],
        [4, "登记注册股", "股长", "仉督涟", "企业登记材料审核放宽标准", "中", "登记材料双人复核。"],
        [5, None, "科员", "夹谷淙", "个体户注销中吃拿卡要", None, "办结时限公开。"],
        ["注：风险等级分高、中、低三档。", None, None, None, None, None, None],
    ]
    for (r, c), v in hidden.items():
        rows[r][c] = v
    return rows


MARKET_STALE = {(4, 1): "党组", (4, 3): "仉督沣", (6, 5): "高"}
MARKET_SAME = {(3, 1): "局领导", (4, 1): "局领导", (4, 2): "副局长", (4, 3): "夹谷潇",
               (6, 1): "登记注册股", (6, 5): "中"}  # fmt: skip
MARKET_READ = sorted([
    ("局领导", "局长", "夹谷澄", "行政处罚案件为当事人说情", "Ⅰ级"),
    ("局领导", "副局长", "夹谷潇", "食品抽检结果泄露给被检企业", "Ⅱ级"),
    ("局领导", "副局长", "夹谷潇", "特种设备检验收受企业礼金", "Ⅲ级"),
    ("登记注册股", "股长", "仉督涟", "企业登记材料审核放宽标准", "Ⅱ级"),
    ("登记注册股", "科员", "夹谷淙", "个体户注销中吃拿卡要", "Ⅱ级"),
])  # fmt: skip


def test_a_former_holder_an_old_name_and_a_level_hidden_under_merges(tmp_path):
    # the shown words where they are the same, last year's where they are not
    got = run(tmp_path, market({**MARKET_SAME, **MARKET_STALE}), MARKET_MERGES)
    raw = stored(tmp_path / "inbox" / "排查表.xlsx", "排查表")
    assert [raw[r][c] for r, c in MARKET_STALE] == list(MARKET_STALE.values())  # (stored)
    assert read(got) == MARKET_READ
    assert forms(got) == sorted({row[:3] for row in MARKET_READ})  # (no 仉督沣, no 党组)
    said = issues(got)
    assert [(i["cell"], i["value"], i["severity"]) for i in said] == [
        ("B5", "党组", "warning"), ("D5", "仉督沣", "warning"), ("F7", "高", "warning"),
    ]  # fmt: skip
    assert {i["field"] for i in said} == {ITEMS[CODE]}
    message = said[0]["message"]
    assert "B3:B5" in message and "“局领导”" in message and "“党组”" in message
    assert "C4:C5" not in " ".join(i["message"] for i in said)  # (it hides the shown words)
    assert "F6:F7" in said[2]["message"] and "“中”" in said[2]["message"]


def test_empty_or_repeating_covered_cells_read_as_before_and_nothing_is_said(tmp_path):
    for k, hidden in enumerate(({}, MARKET_SAME)):
        got = run(tmp_path / str(k), market(hidden), MARKET_MERGES)
        assert read(got) == MARKET_READ, k
        assert not issues(got), k


def test_a_title_merged_across_one_row_over_other_text_is_read_as_before(tmp_path):
    # (a merge across one row is a title, a heading or a label: its covered cells as before)
    rows = market({})
    rows[0][4] = "（2023年版）"
    got = run(tmp_path, rows, MARKET_MERGES)
    assert read(got) == MARKET_READ
    assert not issues(got)


def test_wps_merged_contents_listed_a_line_each_are_no_hidden_words(tmp_path):
    # WPS's 合并内容: the top cell lists every row's words a line each; a covered cell storing
    # one of those lines hides nothing the merge does not show
    rows = market({(4, 2): "副局长"})
    rows[3][2] = "副局长\n副局长"
    got = run(tmp_path, rows, MARKET_MERGES)
    assert not issues(got)
    assert {(t, p) for _d, t, p, *_ in read(got)} >= {("副局长", "夹谷潇")}


# ------------------------------------------------------------------ a post list, no names


CLINIC = [
    ["乡镇卫生院岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位", "风险点", "风险等级", "防控措施"],
    [1, "药房调剂员", "药品出入库账实不符", "二级", "每月盘点，账实核对。"],
    [2, "药剂员", "接受医药代表宴请或回扣", "一级", "医药代表接待登记。"],
    [3, "药剂员", "过期药品私自处置", "三级", "过期药品集中销毁。"],
    [4, "收费员", "收费不开票据，截留现金", "一级", "日结日清，票款核对。"],
    [5, "收费员", "违规减免医疗费用", "二级", "减免须院长审批。"],
]


def test_a_posts_old_name_hidden_under_its_merge_splits_no_form(tmp_path):
    got = run(tmp_path, [list(r) for r in CLINIC], ["A1:E1", "B3:B5", "B6:B7"], "清单.xlsx")
    assert sorted(set(got.risks["title"])) == ["收费员", "药房调剂员"]
    assert list(got.risks["title"]).count("药房调剂员") == 3
    said = issues(got)
    assert [(i["cell"], i["value"]) for i in said] == [("B4", "药剂员")]
    assert "B4、B5" in said[0]["message"]  # (one warning a merge, naming its cells)
    assert dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)) == {
        "药品出入库账实不符": "Ⅱ级", "接受医药代表宴请或回扣": "Ⅰ级", "过期药品私自处置": "Ⅲ级",
        "收费不开票据，截留现金": "Ⅰ级", "违规减免医疗费用": "Ⅱ级",
    }  # fmt: skip


# ------------------------------------------------------------------ an .ods copy


def _ods(path: Path, rows: list[list], spans: dict[tuple[int, int], int]) -> Path:
    """A one-sheet .ods as LibreOffice saves it keeping the hidden cells' contents: a merged cell
    spans rows in content.xml, the cells it covers are covered-table-cells holding what the rows
    give them; ``spans`` maps a merged cell to its rows."""
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    body = ['<table:table table:name="清单">']
    for r, row in enumerate(rows):
        body.append("<table:table-row>")
        for c, v in enumerate(row):
            tag = "table:covered-table-cell" if (r, c) in covered else "table:table-cell"
            span = f' table:number-rows-spanned="{spans[(r, c)]}"' if (r, c) in spans else ""
            if v is None:
                body.append(f"<{tag}{span}/>")
                continue
            body.append(f'<{tag} office:value-type="string"{span}>'
                        f"<text:p>{escape(str(v))}</text:p></{tag}>")  # fmt: skip
        body.append("</table:table-row>")
    body.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:spreadsheet>{''.join(body)}</office:spreadsheet></office:body>"
               "</office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)  # fmt: skip
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


SCHOOLS = [
    ["县教育体育局廉政风险防控清单", None, None, None, None, None],
    ["序号", "科室", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "计划财务股", "闾丘棠", "学校食堂大宗食材采购指定供应商", "Ⅰ级", "食材统一招标。"],
    [2, "财务室", "闾丘棠", "教育经费拨付优亲厚友", "Ⅰ级", "拨付方案局务会研究。"],
    [3, "财务室", "闾丘檀", "营养改善计划资金套取", "Ⅲ级", "资金专户管理。"],
    [4, "人事股", "夹谷桐", "教师招聘资格审查不严", "Ⅱ级", "资格审查两人复核。"],
]
# 科室 merged over the 计划财务股's three rows (the covered two storing its old name 财务室), 姓名
# over 闾丘棠's two (the covered one the same), 风险等级 over the first two (the covered one set
# to last year's Ⅲ级 in the test); 夹谷桐's row on its own
SCHOOL_SPANS = {(2, 1): 3, (2, 2): 2, (2, 4): 2}


def test_an_ods_copy_keeping_the_hidden_cells_reads_as_it_shows(tmp_path):
    rows = [list(r) for r in SCHOOLS]
    rows[3][4] = "Ⅲ级"  # (the level merged over the first two rows: last year's, hidden)
    path = _ods(tmp_path / "inbox" / "清单.ods", rows, SCHOOL_SPANS)
    assert stored(path, "清单")[3][1] == "财务室"  # (stored in the covered cell, as kept)
    got = _collect(tmp_path / "inbox")
    assert read(got) == sorted([
        ("计划财务股", "", "闾丘棠", "学校食堂大宗食材采购指定供应商", "Ⅰ级"),
        ("计划财务股", "", "闾丘棠", "教育经费拨付优亲厚友", "Ⅰ级"),
        ("计划财务股", "", "闾丘檀", "营养改善计划资金套取", "Ⅲ级"),
        ("人事股", "", "夹谷桐", "教师招聘资格审查不严", "Ⅱ级"),
    ])  # fmt: skip
    said = issues(got)
    assert [(i["cell"], i["value"]) for i in said] == [("B4", "财务室"), ("E4", "Ⅲ级")]
    assert "B4、B5" in said[0]["message"]
    # the same copy with its covered cells empty: read the same, nothing said
    for (r, c), n in SCHOOL_SPANS.items():
        for k in range(1, n):
            rows[r + k][c] = None
    _ods(tmp_path / "plain" / "清单.ods", rows, SCHOOL_SPANS)
    plain = _collect(tmp_path / "plain")
    assert read(plain) == read(got) and not issues(plain)


def test_the_code_is_catalogued_in_chinese():
    severity, template = CATALOGUE[CODE]
    assert severity == WARNING and SHORT[CODE] and ITEMS[CODE] == "单元格"
    assert all(slot in template for slot in ("{merge}", "{shown}", "{cells}", "{value}"))
