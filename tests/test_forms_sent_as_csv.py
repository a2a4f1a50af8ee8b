"""Forms sent as text tables: Excel's 'CSV (逗号分隔)' on a Chinese Windows (GBK, CRLF, every line
padded with commas, a merged cell's value on its first line only), UTF-8 with and without a
byte-order mark, 'Unicode 文本' (UTF-16, tabs, .txt), a semicolon CSV, a .tsv.

Each is read as the one sheet it was saved from and must yield what the same table read as an
.xlsx (with its merges) yields; files near the shape (a note .txt, a roster .csv, junk named
.csv, an .xlsx renamed .csv) read as before or are reported, and nothing is invented where the
text cannot be decoded. The tables here are not batch 522's: another unit, other words.
"""

import csv
import io
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from helpers import tree_hash, write_workbook

from xlproc.cli import main
from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT
from xlproc.workbook import is_text_table, read_grids

UNIT = "临泽县市场监督管理局"
HEAD = ["编号", "所在股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施"]
# (股室, 岗位, 责任人, [(风险点, 类别, 等级, 措施)]): the measures hold an ASCII comma and a line
# break, so that a writer must quote them
HOLDERS = [
    ("登记注册股", "股长", "常沐阳", [
        ("为不符合条件的企业办理登记", "岗位职责", "高", "登记材料两人审核, 全程留痕"),
        ("泄露市场主体登记信息", "思想道德", "中", "1.信息查询实名登记；\n2.每季度抽查查询记录。"),
    ]),
    ("食品安全股", "科员", "庞星野", [
        ("抽检样品调包或弄虚作假", "业务流程", "中", "抽样双人进行，样品封存。"),
        ("检查时收受商户礼品", "外部环境", "低", "检查全程使用执法记录仪。"),
    ]),
]  # fmt: skip
WIDTH = len(HEAD)


def form_rows() -> tuple[list[list], list[str]]:
    """The sheet as the office filled it: (rows, merges) — 股室/岗位/责任人 merged per holder."""
    rows: list[list] = [[f"{UNIT}岗位廉政风险点及防控措施表"] + [""] * (WIDTH - 1), list(HEAD)]
    merges = ["A1:H1"]
    n = 0
    for dept, post, who, points in HOLDERS:
        first = len(rows)
        for i, (point, typ, lv, measures) in enumerate(points):
            n += 1
            lead = [dept, post, who] if i == 0 else ["", "", ""]
            rows.append([n, *lead, point, typ, lv, measures])
        last = len(rows) - 1
        if last > first:
            merges += [f"{c}{first + 1}:{c}{last + 1}" for c in "BCD"]
    rows.append(["填表人：", "", "审核人：", "", "", "", "2025年8月", ""])
    return rows, merges


def excel_csv(rows: list[list], encoding: str, delimiter: str = ",", crlf: bool = True) -> bytes:
    """The rows as Excel's 'CSV' / '文本文件' writes them: every line as wide as the widest,
    quotes only where needed, numbers as their text."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    width = max(map(len, rows))
    for r in rows:
        w.writerow([("" if v is None else v) for v in r] + [""] * (width - len(r)))
    return out.getvalue().encode(encoding)


def collect(inbox: Path, config=None):
    """Read the inbox as ``collect_inbox`` does, the files in this process."""
    config = config or load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(res) -> tuple[list, list]:
    posts = sorted(zip(res.posts["unit"], res.posts["department"], res.posts["title"],
                       res.posts["person"], strict=True))  # fmt: skip
    r = res.risks
    risks = sorted(zip(r["person"], r["risk_point"], r["risk_type"], r["risk_level"],
                       r["measures"], strict=True))  # fmt: skip
    return posts, risks


def codes(res, file: str | None = None) -> list[tuple[str, str]]:
    df = res.issues
    if file is not None:
        df = df[df["source_file"] == file]
    return sorted(zip(df["severity"], df["code"], strict=True))


@pytest.fixture(scope="module")
def as_xlsx(tmp_path_factory) -> tuple[list, list]:
    """What the same sheet read as an .xlsx with its merges yields: the measure of the rest."""
    inbox = tmp_path_factory.mktemp("xlsx") / "inbox"
    rows, merges = form_rows()
    write_workbook(inbox / "市场监管局.xlsx", {"一览表": rows}, {"一览表": merges})
    res = collect(inbox)
    got = read(res)
    assert len(got[0]) == 2 and len(got[1]) == 4, got
    assert [c for s, c in codes(res) if s != "info"] == []
    return got


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "crlf", "how"),
    [
        ("市场监管局.csv", "gbk", ",", True, "GBK 编码、逗号分隔"),  # Excel, Chinese Windows
        ("市场监管局.csv", "utf-8-sig", ",", True, "UTF-8 编码、逗号分隔"),  # 'CSV UTF-8'
        ("市场监管局.csv", "utf-8", ",", False, "UTF-8 编码、逗号分隔"),  # LibreOffice, a system
        ("市场监管局.csv", "utf-8", ";", True, "UTF-8 编码、分号分隔"),  # a semicolon locale
        # Excel's 'Unicode 文本'
        ("市场监管局.txt", "utf-16", "\t", True, "Unicode(UTF-16) 编码、制表符分隔"),
        ("市场监管局.txt", "gbk", "\t", True, "GBK 编码、制表符分隔"),  # 文本文件(制表符分隔)
        ("市场监管局.tsv", "gb18030", "\t", False, "GBK 编码、制表符分隔"),
    ],
)
def test_a_form_sent_as_text_reads_as_its_sheet(tmp_path, as_xlsx, name, encoding, delimiter,
                                                crlf, how):  # fmt: skip
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows, _merges = form_rows()
    (inbox / name).write_bytes(excel_csv(rows, encoding, delimiter, crlf))
    res = collect(inbox)
    assert [f.status for f in res.files] == ["read"]
    assert read(res) == as_xlsx
    assert codes(res) == [("info", "FILE_TEXT_TABLE")]
    issue = res.issues.iloc[0]
    assert issue["value"] == how and how in issue["message"] and issue["source_file"] == name
    assert set(res.posts["source_sheet"]) == {"市场监管局"}  # the sheet is named after the file
    # the quoted measures keep their comma and their line break
    measures = set(res.risks["measures"])
    assert "登记材料两人审核, 全程留痕" in measures
    assert "1.信息查询实名登记；\n2.每季度抽查查询记录。" in measures
    assert res.counts()["read"] == 1 and res.counts()["risks"] == 4


def test_issue_cells_point_at_the_text_lines(tmp_path):
    """A wrong level in the CSV is named by its cell as Excel shows the file (line = row)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows, _merges = form_rows()
    rows[5][6] = "很高"  # G6: the 食品安全股 holder's second point
    (inbox / "市场监管局.csv").write_bytes(excel_csv(rows, "gbk"))
    res = collect(inbox)
    bad = res.issues[res.issues["code"] == "LEVEL_UNKNOWN"]
    assert list(bad["cell"]) == ["G6"] and list(bad["source_sheet"]) == ["市场监管局"]


def test_feedback_copy_of_a_csv_is_a_new_xlsx_and_the_csv_is_untouched(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows, _merges = form_rows()
    rows[3][6] = "特高"  # G4
    (inbox / "市场监管局.csv").write_bytes(excel_csv(rows, "gbk"))
    before = tree_hash(inbox)
    fb = tmp_path / "退回"
    res = CliRunner().invoke(main, ["collect", str(inbox), "-o", str(tmp_path / "a.xlsx"),
                                    "--feedback-dir", str(fb)])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert tree_hash(inbox) == before
    made = sorted(p for p in fb.glob("*.xlsx") if p.name != "退回清单.xlsx")
    assert [p.name for p in made] == ["市场监管局.xlsx"]
    ws = openpyxl.load_workbook(made[0])["市场监管局"]
    assert ws["G4"].value == "特高" and ws["G4"].comment is not None
    assert ws["E3"].value == "为不符合条件的企业办理登记"


def test_the_check_summary_counts_the_csv_as_read(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows, _merges = form_rows()
    (inbox / "市场监管局.csv").write_bytes(excel_csv(rows, "gbk"))
    (inbox / "收文说明.txt").write_text("各股室：附件为本局的防控表，请查收。\r\n", encoding="gbk")
    res = CliRunner().invoke(main, ["check", str(inbox)])
    assert res.exit_code == 0, res.output
    assert "已读取 1" in res.output and "已跳过 1" in res.output


def test_the_workbench_reads_a_kept_copy_by_its_name(tmp_path):
    """The workbench keeps a file under its hash, no extension: its name says it is a CSV."""
    rows, _merges = form_rows()
    blob = tmp_path / "0f3a9c"
    blob.write_bytes(excel_csv(rows, "gbk"))
    grids, bad = read_grids(blob, "股室/市场监管局.csv", 1 << 30, 100)
    assert bad is None and [g.name for g in grids] == ["市场监管局"]
    assert grids[0].rows[2][:4] == ["1", "登记注册股", "股长", "常沐阳"]
    assert grids[0].merges is None  # (not known: a CSV keeps none)


# --------------------------------------------------------------------------- near the shape


def test_a_note_named_txt_is_still_skipped_and_a_tab_table_txt_is_read(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    note = inbox / "请查收.txt"
    note.write_text("王科长：\n\t附件是我股的排查表，\t请查收。\n谢谢\n", encoding="utf-8")
    assert not is_text_table(note)
    table = inbox / "排查表.txt"
    rows, _merges = form_rows()
    table.write_bytes(excel_csv(rows, "utf-16", "\t"))
    assert is_text_table(table)
    res = collect(inbox)
    by = {f.rel: f.status for f in res.files}
    assert by == {"请查收.txt": "skipped", "排查表.txt": "read"}
    assert codes(res, "请查收.txt") == [("info", "FILE_SKIPPED")]
    assert len(res.posts) == 2


def test_an_xlsx_form_reads_as_before(tmp_path):
    inbox = tmp_path / "inbox"
    rows, merges = form_rows()
    write_workbook(inbox / "市场监管局.xlsx", {"一览表": rows}, {"一览表": merges})
    res = collect(inbox)
    assert "FILE_TEXT_TABLE" not in set(res.issues["code"]) and len(res.posts) == 2


def test_a_roster_csv_in_the_inbox_reads_as_a_roster_xlsx_does(tmp_path):
    roster = [["单位", "科室", "姓名", "职务", "岗位层级"],
              [UNIT, "登记注册股", "常沐阳", "股长", "中层岗位"],
              [UNIT, "食品安全股", "庞星野", "科员", "一般岗位"]]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "花名册.xlsx", {"Sheet1": roster})
    (inbox / "人员名单.csv").write_bytes(excel_csv(roster, "gbk"))
    res = collect(inbox)
    assert [f.status for f in res.files] == ["read", "read"] and res.posts.empty
    as_csv = [c for c in codes(res, "人员名单.csv") if c != ("info", "FILE_TEXT_TABLE")]
    assert as_csv == codes(res, "花名册.xlsx") and ("warning", "FILE_NO_FORM") in as_csv


def test_an_xlsx_renamed_csv_is_read_as_the_workbook_it_is(tmp_path):
    inbox = tmp_path / "inbox"
    rows, merges = form_rows()
    write_workbook(inbox / "x.xlsx", {"一览表": rows}, {"一览表": merges}).rename(inbox / "y.csv")
    res = collect(inbox)
    assert [f.status for f in res.files] == ["read"] and len(res.posts) == 2
    assert set(res.posts["source_sheet"]) == {"一览表"}
    assert "FILE_TEXT_TABLE" not in set(res.issues["code"])


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "FILE_EMPTY"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "FILE_NOT_WORKBOOK"),  # a picture
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "FILE_NOT_WORKBOOK"),
        (bytes(range(256)) * 8, "FILE_UNREADABLE"),  # junk: NULs and bytes no text has
        (b"<html><table><tr><td>\xe5\xb2\x97</td></tr></table></html>", "FILE_NOT_WORKBOOK"),
    ],
)
def test_junk_named_csv_is_reported_not_read(tmp_path, data, code):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "表.csv").write_bytes(data)
    res = collect(inbox)
    assert [f.status for f in res.files] == ["unreadable"]
    assert codes(res) == [("error", code)] and res.posts.empty


def test_undecodable_text_is_named_and_nothing_is_guessed(tmp_path):
    """A CSV in a Western code page ('Café' in cp1252) decodes neither as UTF-8 nor as GBK:
    no cell is read with a guessed encoding; the issue names the file and the fix."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = "No.,Poste,Risque,Niveau,Mesures\r\n1,Caissière,Café offert,élevé,Contrôle\r\n"
    (inbox / "x.csv").write_bytes(text.encode("cp1252"))
    res = collect(inbox)
    assert [f.status for f in res.files] == ["unreadable"]
    assert codes(res) == [("error", "FILE_UNREADABLE")] and res.posts.empty
    msg = res.issues.iloc[0]["message"]
    assert "编码" in msg and "UTF-8" in msg and "GBK" in msg and ".xlsx" in msg
    assert res.issues.iloc[0]["source_file"] == "x.csv"


def test_an_empty_and_a_blank_csv_do_not_crash(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.csv").write_bytes(b"\xef\xbb\xbf")  # Excel's CSV UTF-8 of an empty sheet
    (inbox / "b.csv").write_bytes(b",,,\r\n,,,\r\n")
    res = collect(inbox)
    assert [f.status for f in res.files] == ["read", "read"] and res.posts.empty
    for f in ("a.csv", "b.csv"):
        assert ("warning", "FILE_NO_FORM") in codes(res, f)


def test_a_csv_too_large_for_a_sheet_is_refused_as_a_sheet_is(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows, _merges = form_rows()
    rows += [[str(i)] * WIDTH for i in range(20)]
    (inbox / "市场监管局.csv").write_bytes(excel_csv(rows, "gbk"))
    res = collect(inbox, replace(load_config(), max_sheet_cells=100))
    assert ("error", "SHEET_TOO_LARGE") in codes(res) and res.posts.empty


def test_colours_a_note_promises_are_said_unread_in_a_csv(tmp_path):
    """A note giving the cells' colours a meaning cannot be followed in a CSV: said, as for .xls."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows, _merges = form_rows()
    for r in rows[2:6]:
        r[6] = ""
    rows.append(["注：风险等级以单元格底色标示，红色为高风险，黄色为中风险，绿色为低风险。"])
    (inbox / "市场监管局.csv").write_bytes(excel_csv(rows, "gbk"))
    res = collect(inbox)
    unread = res.issues[res.issues["code"] == "FORMAT_UNREAD"]
    assert len(unread) == 1 and ".csv" in unread.iloc[0]["message"]
    assert set(res.risks["risk_level"]) == {""}  # no level taken from nowhere


def test_the_new_code_is_in_the_catalogue():
    severity, template = CATALOGUE["FILE_TEXT_TABLE"]
    assert severity == "info" and "{value}" in template and SHORT["FILE_TEXT_TABLE"]


def test_what_the_eighty_second_review_found(tmp_path):
    """Review 82: a CSV beside the workbook of its name is that workbook saved as text, read
    once (the workbook; FILE_TEXT_TWIN); our own exports dropped back into the inbox
    (risks.csv, the archive's detail sheet saved as CSV) are no forms (FILE_OWN_OUTPUT)."""
    inbox = tmp_path / "twin"
    inbox.mkdir()
    rows, merges = form_rows()
    (inbox / "市场监管局.csv").write_bytes(excel_csv(rows, "utf-8-sig"))
    write_workbook(inbox / "市场监管局.xlsx", {"一览表": rows}, {"一览表": merges})
    got = collect(inbox)
    assert set(got.risks["source_file"]) == {"市场监管局.xlsx"}
    assert ("info", "FILE_TEXT_TWIN") in codes(got, "市场监管局.csv")
    assert "FORM_VERSION_TIE" not in set(got.issues["code"])

    own = tmp_path / "own"
    res = CliRunner().invoke(main, ["collect", str(inbox), "-o", str(tmp_path / "a.xlsx"),
                                    "--export-dir", str(own)])  # fmt: skip
    assert res.exit_code == 0, res.output
    again = tmp_path / "again"
    again.mkdir()
    for name in ("risks.csv", "posts.csv", "issues.csv"):
        (again / name).write_bytes((own / name).read_bytes())
    detail = [["单位", "科室", "姓名", "职务", "风险点", "风险级别", "来源文件", "工作表", "行号"],
              [UNIT, "登记股", "某某", "股长", "违规登记", "Ⅰ级", "a.xlsx", "一览表", "3"]]  # fmt: skip
    (again / "风险点明细.csv").write_bytes(excel_csv(detail, "gbk"))
    got = collect(again)
    assert got.risks.empty
    assert {c for _s, c in codes(got)} == {"FILE_OWN_OUTPUT"}
