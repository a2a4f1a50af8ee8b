"""A 风险等级 (or 风险类型) cell merged down beside one holder's points and listing one level (one
type) a line, unnumbered, in row order: the k-th line is the k-th row's (LEVEL_LINES_BY_ROW,
TYPE_LINES_BY_ROW), where the reader gave every row under the merge the first line, silently,
and so graded a holder of a high point by his first point's level.

Why these files: the published batch (a 县图书馆's 一览表, ``一级/二级/三级``) is one office's way of
saving a column width; any office merging the level cell per person writes it so, in its own
words. Here a 不动产登记中心's list with ``高/中/低`` under ``风险级别``, a 乡镇卫生院's with ``Ⅰ级/Ⅱ级/Ⅲ级``
written before the point with a blank line among them and no 科室 column, a 水务站's re-saved as
.ods with ``★★★/★★/★``, and a 林场's merged 风险类型 listing one type a line. The near-misses an
ordinary file has are read as before: a merged cell of ONE level is the whole block's; lines of
levels over another count of rows are warned (LEVEL_LINES_ROWS_DIFFER), not guessed; a merged
cell whose second line is a note ('高⏎（涉及资金）') is no list of levels; a cell of two levels
one a line on a row of its own (not merged) is that row's, as before.

Written with xlsxwriter (tests/helpers.py) and a hand-built .ods whose merges are spans in
content.xml, as LibreOffice saves them, read back as ``collect_inbox`` reads a file.
"""

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return sorted(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def issues(got, code: str) -> list[dict]:
    found = got.issues
    return found[found["code"] == code].to_dict("records")


def grades(got) -> dict[str, str]:
    p = got.posts
    return dict(zip(p["person"], p["computed_grade"], strict=True))


REGISTRY = [
    ["城西区不动产登记中心岗位廉政风险点排查表"],
    ["序号", "科室", "职务", "责任人", "风险点", "风险级别", "防控措施"],
    [1, "登记科", "科长", "闫昕彤", "违规办理抵押登记", "中\n高\n低", "登记审核双人复核。"],
    [2, None, None, None, "为中介插队办件", None, "按取号顺序办理，窗口视频监控。"],
    [3, None, None, None, "收受办事群众礼品", None, "签订廉洁承诺书。"],
    [
        4,
        "档案科",
        "档案员",
        "皮卓航",
        "违规查询、泄露权籍档案",
        "低\n中",
        "查询凭证登记，系统留痕。",
    ],
    [5, None, None, None, "档案借出不登记", None, "借阅审批，按期催还。"],
]
REGISTRY_MERGES = ["A1:G1", "B3:B5", "C3:C5", "D3:D5", "F3:F5", "B6:B7", "C6:C7", "D6:D7", "F6:F7"]


def test_levels_one_a_line_go_to_the_rows_in_order(tmp_path):
    got = run(tmp_path, REGISTRY, REGISTRY_MERGES)
    assert read(got) == sorted([
        ("闫昕彤", "违规办理抵押登记", "Ⅱ级"),
        ("闫昕彤", "为中介插队办件", "Ⅰ级"),
        ("闫昕彤", "收受办事群众礼品", "Ⅲ级"),
        ("皮卓航", "违规查询、泄露权籍档案", "Ⅲ级"),
        ("皮卓航", "档案借出不登记", "Ⅱ级"),
    ])  # fmt: skip
    said = issues(got, "LEVEL_LINES_BY_ROW")
    assert [i["cell"] for i in said] == ["F3", "F6"] and {i["severity"] for i in said} == {"info"}
    assert "中⏎高⏎低" in said[0]["message"] and "风险级别" in said[0]["message"]
    assert not issues(got, "LEVEL_LINES_ROWS_DIFFER")
    # 闫昕彤 holds a 高 point: his post is graded by it, not by his first point's 中
    assert grades(got)["闫昕彤"] == "A"


CLINIC = [
    ["南岭乡卫生院廉政风险防控一览表"],
    ["岗位", "姓名", "等级", "风险点", "防控措施"],
    ["院长", "侯若汐", "Ⅲ级\n\nⅠ级", "接受医药代表宴请", "严格执行九项准则。"],
    [None, None, None, "药品耗材采购指定供应商", "集中采购，院务会研究。"],
    ["药房负责人", "全嘉树", "Ⅱ级\nⅡ级\nⅠ级", "药品出入库账实不符", "每月盘点。"],
    [None, None, None, "过期药品处置不规范", "报废清单公示。"],
    [None, None, None, "私自向外调拨药品", "调拨登记，按月核对。"],
]


def test_levels_before_the_point_a_blank_line_among_them(tmp_path):
    got = run(tmp_path, CLINIC, ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "A5:A7", "B5:B7", "C5:C7"])
    assert read(got) == sorted([
        ("侯若汐", "接受医药代表宴请", "Ⅲ级"),
        ("侯若汐", "药品耗材采购指定供应商", "Ⅰ级"),
        ("全嘉树", "药品出入库账实不符", "Ⅱ级"),
        ("全嘉树", "过期药品处置不规范", "Ⅱ级"),
        ("全嘉树", "私自向外调拨药品", "Ⅰ级"),
    ])  # fmt: skip
    assert [i["cell"] for i in issues(got, "LEVEL_LINES_BY_ROW")] == ["C3", "C5"]


def _ods(path: Path, rows: list[list], spans: dict[tuple[int, int], int]) -> Path:
    """A one-sheet .ods as LibreOffice saves it: a merged cell spans rows in content.xml, the
    cells it covers are covered-table-cells; ``spans`` maps a merged cell to its rows."""
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    body = ['<table:table table:name="清单">']
    for r, row in enumerate(rows):
        body.append("<table:table-row>")
        for c, v in enumerate(row):
            if (r, c) in covered:
                body.append("<table:covered-table-cell/>")
                continue
            span = f' table:number-rows-spanned="{spans[(r, c)]}"' if (r, c) in spans else ""
            if v is None:
                body.append(f"<table:table-cell{span}/>")
                continue
            paras = "".join(f"<text:p>{escape(str(x))}</text:p>" for x in str(v).split("\n"))
            body.append(
                f'<table:table-cell office:value-type="string"{span}>{paras}</table:table-cell>'
            )
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


WATER = [
    ["东坝镇水务站岗位廉政风险点清单"],
    ["序号", "部门", "岗位", "姓名", "风险内容", "风险等级", "防控措施"],
    [1, "水务站", "站长", "段沐阳", "小型水利工程验收走过场", "★\n★★★", "验收邀请村民代表参加。"],
    [2, "水务站", "站长", "段沐阳", "防汛物资采购不公开", None, "采购比价，公示结果。"],
    [3, "水务站", "水管员", "覃一诺", "抄表收费截留水费", "★★\n★", "水费开票，当日入账。"],
    [4, "水务站", "水管员", "覃一诺", "违规为亲友减免水费", None, "减免事项站务会研究。"],
]


def test_an_ods_copy_reads_its_merged_level_lines_by_row(tmp_path):
    inbox = tmp_path / "inbox"
    _ods(inbox / "水务站.ods", WATER, {(0, 0): 1, (2, 5): 2, (4, 5): 2})
    got = _collect(inbox)
    assert read(got) == sorted([
        ("段沐阳", "小型水利工程验收走过场", "Ⅲ级"),
        ("段沐阳", "防汛物资采购不公开", "Ⅰ级"),
        ("覃一诺", "抄表收费截留水费", "Ⅱ级"),
        ("覃一诺", "违规为亲友减免水费", "Ⅲ级"),
    ])  # fmt: skip
    assert [i["cell"] for i in issues(got, "LEVEL_LINES_BY_ROW")] == ["F3", "F5"]


FOREST = [
    ["红石林场廉政风险防控登记表"],
    ["序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施"],
    [
        1,
        "场长",
        "褚梓萱",
        "林木采伐指标分配不公",
        "制度机制\n岗位职责",
        "高",
        "指标分配场务会研究并公示。",
    ],
    [2, None, None, "接受木材商吃请", None, "中", "签订廉洁承诺书。"],
    [
        3,
        "护林员",
        "喻景行",
        "盗伐林木案件隐瞒不报",
        "岗位职责\n思想道德",
        "中",
        "巡护记录每日上传。",
    ],
    [4, None, None, "收受好处放任乱占林地", None, "高", "巡护片区定期轮换。"],
]


FOREST_MERGES = ["A1:G1", "B3:B4", "C3:C4", "E3:E4", "B5:B6", "C5:C6", "E5:E6"]


def forest_levels_merged() -> tuple[list[list], list[str]]:
    """FOREST with its levels merged over each holder's rows too, one a line (the office writes
    the block one line a point: the evidence a type cell of one type a line is by row too)."""
    rows = [list(x) for x in FOREST]
    rows[2][5], rows[3][5], rows[4][5], rows[5][5] = "高\n中", None, "中\n高", None
    return rows, [*FOREST_MERGES, "F3:F4", "F5:F6"]


def test_types_one_a_line_go_to_the_rows_in_order(tmp_path):
    """(Since review rev129f: with the level cell beside read line by line, see below.)"""
    got = run(tmp_path, *forest_levels_merged())
    r = got.risks
    assert sorted(zip(r["person"], r["risk_point"], r["risk_type"], strict=True)) == sorted([
        ("褚梓萱", "林木采伐指标分配不公", "制度机制风险"),
        ("褚梓萱", "接受木材商吃请", "岗位职责风险"),
        ("喻景行", "盗伐林木案件隐瞒不报", "岗位职责风险"),
        ("喻景行", "收受好处放任乱占林地", "思想道德风险"),
    ])  # fmt: skip
    assert [i["cell"] for i in issues(got, "TYPE_LINES_BY_ROW")] == ["E3", "E5"]


def test_one_level_merged_over_a_block_is_the_whole_blocks(tmp_path):
    rows = [list(x) for x in REGISTRY]
    rows[2][5], rows[5][5] = "高", "低"
    got = run(tmp_path, rows, REGISTRY_MERGES)
    levels = {p: lv for p, _pt, lv in read(got)}
    assert levels == {"闫昕彤": "Ⅰ级", "皮卓航": "Ⅲ级"}
    assert not issues(got, "LEVEL_LINES_BY_ROW") and not issues(got, "LEVEL_LINES_ROWS_DIFFER")


def test_level_lines_over_another_count_of_rows_are_warned_not_guessed(tmp_path):
    rows = [list(x) for x in REGISTRY]
    rows[2][5] = "中\n高"  # two levels beside three points: which is whose, it does not say
    got = run(tmp_path, rows, REGISTRY_MERGES)
    levels = {(p, pt): lv for p, pt, lv in read(got)}
    assert {
        levels[("闫昕彤", pt)] for pt in ("违规办理抵押登记", "为中介插队办件", "收受办事群众礼品")
    } == {"Ⅱ级"}
    warned = issues(got, "LEVEL_LINES_ROWS_DIFFER")
    assert [(i["cell"], i["severity"]) for i in warned] == [("F3", "warning")]
    assert "只有 3 行风险点" in warned[0]["message"]
    # the other holder's cell, as many lines as rows, is still read line by line
    assert [i["cell"] for i in issues(got, "LEVEL_LINES_BY_ROW")] == ["F6"]


def test_a_note_line_or_an_unmerged_cell_is_no_list_of_levels(tmp_path):
    rows = [list(x) for x in REGISTRY]
    rows[2][5] = "高\n（涉及资金）"  # a level and its note, merged over the block
    got = run(tmp_path, rows, REGISTRY_MERGES)
    levels = {(p, pt): lv for p, pt, lv in read(got)}
    assert {
        levels[("闫昕彤", pt)] for pt in ("违规办理抵押登记", "为中介插队办件", "收受办事群众礼品")
    } == {"Ⅰ级"}
    assert [i["cell"] for i in issues(got, "LEVEL_LINES_BY_ROW")] == ["F6"]
    assert not issues(got, "LEVEL_LINES_ROWS_DIFFER")
    # no merge at all: each row's own cell, two lines in one row's cell read as before
    plain = [list(x) for x in REGISTRY]
    for r, (who, lv) in enumerate([("闫昕彤", "中"), ("闫昕彤", "高"), ("闫昕彤", "低\n中"),
                                   ("皮卓航", "低"), ("皮卓航", "中")], start=2):  # fmt: skip
        plain[r][1:4] = [
            "登记科" if who == "闫昕彤" else "档案科",
            "科长" if who == "闫昕彤" else "档案员",
            who,
        ]
        plain[r][5] = lv
    got = run(tmp_path / "plain", plain, ["A1:G1"])
    assert not issues(got, "LEVEL_LINES_BY_ROW") and not issues(got, "LEVEL_LINES_ROWS_DIFFER")
    levels = {(p, pt): lv for p, pt, lv in read(got)}
    assert levels[("闫昕彤", "收受办事群众礼品")] == "Ⅲ级"


def test_what_the_hundred_and_twenty_ninth_review_found_a_bracketed_line_is_a_note(tmp_path):
    """'中⏎（重点）' merged over a holder's two points: a 中 level for his block, the bracketed
    line a note on it (a 重点 post), no second level. The rule gave the second point Ⅰ级 (a
    bracketed word the level vocabulary knows); a line wholly in brackets is now no level of its
    own and the cell is read as before, the first line every row's."""
    rows = [list(x) for x in REGISTRY]
    rows[5][5] = "中\n（重点）"
    got = run(tmp_path, rows, REGISTRY_MERGES)
    levels = {(p, pt): lv for p, pt, lv in read(got)}
    assert {levels[("皮卓航", pt)] for pt in ("违规查询、泄露权籍档案", "档案借出不登记")} == {
        "Ⅱ级"
    }
    assert [i["cell"] for i in issues(got, "LEVEL_LINES_BY_ROW")] == ["F3"]
    assert not [i for i in issues(got, "LEVEL_LINES_ROWS_DIFFER") if i["cell"] == "F6"]


def test_what_the_hundred_and_twenty_ninth_review_found_a_holders_types_are_every_rows(tmp_path):
    """A judgement call. A point may have several types, so a 风险类型 cell merged over a
    holder's rows listing one type a line is his types, every row's (as before the rule), unless
    something says they are one a point: a type written twice, or the level cell beside the same
    rows read line by line. The rule had split FOREST's '制度机制⏎岗位职责' by row on the count
    alone, and warned TYPE_LINES_ROWS_DIFFER (a warning) on an ordinary block of three points
    with its two types merged beside them."""
    got = run(tmp_path, FOREST, FOREST_MERGES)
    r = got.risks
    assert sorted(zip(r["person"], r["risk_type"], strict=True)) == sorted([
        ("褚梓萱", "制度机制风险;岗位职责风险"), ("褚梓萱", "制度机制风险;岗位职责风险"),
        ("喻景行", "岗位职责风险;思想道德风险"), ("喻景行", "岗位职责风险;思想道德风险"),
    ])  # fmt: skip
    assert not issues(got, "TYPE_LINES_BY_ROW") and not issues(got, "TYPE_LINES_ROWS_DIFFER")
    # three points, two types merged beside them: nothing to warn of
    rows = [list(x) for x in FOREST[:4]]
    rows.insert(4, [3, None, None, "违规发放林木采伐许可证", None, "高", "集体审批。"])
    got = run(tmp_path / "three", rows, ["A1:G1", "B3:B5", "C3:C5", "E3:E5"])
    assert set(got.risks["risk_type"]) == {"制度机制风险;岗位职责风险"}
    assert not issues(got, "TYPE_LINES_BY_ROW") and not issues(got, "TYPE_LINES_ROWS_DIFFER")
    # a type written twice is one a point
    rows[2][4] = "岗位职责\n制度机制\n岗位职责"
    got = run(tmp_path / "twice", rows, ["A1:G1", "B3:B5", "C3:C5", "E3:E5"])
    r = got.risks
    assert dict(zip(r["risk_point"], r["risk_type"], strict=True)) == {
        "林木采伐指标分配不公": "岗位职责风险",
        "接受木材商吃请": "制度机制风险",
        "违规发放林木采伐许可证": "岗位职责风险",
    }
    assert [i["cell"] for i in issues(got, "TYPE_LINES_BY_ROW")] == ["E3"]


def test_what_the_hundred_and_twenty_ninth_review_found_numbered_or_stopped_lines(tmp_path):
    """The same merged cell written '1.中⏎2.高⏎3.低' (numbered 1, 2, 3 in turn) or '中；⏎高；⏎低；'
    (a stop after each) is the same list of levels one a row: each was left unread, an error a
    row (LEVEL_UNKNOWN), the lines being no level word alone. Lines numbered out of turn are
    still no such list."""
    for level in ("1.中\n2.高\n3.低", "（1）中\n（2）高\n（3）低", "中；\n高；\n低。"):
        rows = [list(x) for x in REGISTRY]
        rows[2][5] = level
        got = run(tmp_path / str(len(level)) / level[:2], rows, REGISTRY_MERGES)
        assert [x for x in read(got) if x[0] == "闫昕彤"] == sorted([
            ("闫昕彤", "违规办理抵押登记", "Ⅱ级"),
            ("闫昕彤", "为中介插队办件", "Ⅰ级"),
            ("闫昕彤", "收受办事群众礼品", "Ⅲ级"),
        ]), level  # fmt: skip
        assert [i["cell"] for i in issues(got, "LEVEL_LINES_BY_ROW")] == ["F3", "F6"], level
        assert not issues(got, "LEVEL_UNKNOWN"), level
    rows = [list(x) for x in REGISTRY]
    rows[2][5] = "2.中\n1.高\n3.低"
    got = run(tmp_path / "out_of_turn", rows, REGISTRY_MERGES)
    assert [i["cell"] for i in issues(got, "LEVEL_LINES_BY_ROW")] == ["F6"]
