"""A holders' cell printing the same staff on every row, a line a post and its holder, where
only the row's own holders are in BOLD (Excel rich text) and the others, plain, are helpers
(配合人员), a note saying so or not: each bold line holds the row's point (a form each), the
plain lines hold nothing. A cell all bold or all plain, the same line bold in every cell with
no note, and bold used for something else are read as before.

Not the published batch's file (a 市场服务中心 with 主任/副主任/市场管理员/收费员 under
'涉及岗位及人员', 高/中/低 and a '注：…字体加粗的为该风险点的直接责任人…' line): a county's
国有林场 and a 乡镇's 畜牧兽医站, other posts, names, headings (one or two rows), level words
(一级/二级/三级, Ⅰ级/Ⅱ级/Ⅲ级), 'post（name）' as well as 'post　name' lines, an extra column,
a holders' cell merged over two rows and a note in other words or none; written with xlsxwriter
``write_rich_string`` and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

import xlsxwriter

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_BY_BOLD_LINES"

# the 林场's staff, printed in every row's holders' cell
FOREST = [("场长", "隗砚秋"), ("副场长", "亓官澍"), ("护林员", "冼青禾"), ("会计", "郗雨蘅")]
# (风险点, 等级, bold lines of FOREST)
FOREST_ROWS = [
    ("林木采伐指标分配不公开，优亲厚友", "一级", (0, 1)),
    ("护林员巡护记录弄虚作假", "三级", (2,)),
    ("苗木采购不比价，指定供应商", "一级", (0, 3)),
    ("生态护林员补助发放不及时足额", "二级", (1, 3)),
    ("林区防火物资出入库不登记", "二级", (2,)),
]
LEVEL = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级", "Ⅰ级": "Ⅰ级", "Ⅱ级": "Ⅱ级", "Ⅲ级": "Ⅲ级"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def write_rich(path: Path, rows: list[list], merges: list[tuple[int, int, int, int]] = ()) -> Path:
    """One sheet; a cell given as a list of (text, bold) runs is written as rich text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "in_memory": True})
    ws = wb.add_worksheet("排查表")
    wrap = wb.add_format({"text_wrap": True, "font_name": "宋体", "font_size": 10})
    plain = wb.add_format({"font_name": "宋体", "font_size": 10})
    bold = wb.add_format({"font_name": "宋体", "font_size": 10, "bold": True})
    covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1)} - {(r0, c0) for r0, c0, _r1, _c1 in merges}  # fmt: skip

    def put(r: int, c: int, v) -> None:
        if isinstance(v, list):
            parts = []
            for text, strong in v:
                parts += [bold if strong else plain, text]
            ws.write_rich_string(r, c, *parts, wrap)
        elif isinstance(v, int):
            ws.write_number(r, c, v)
        else:
            ws.write_string(r, c, v, wrap)

    for r0, c0, r1, c1 in merges:
        ws.merge_range(r0, c0, r1, c1, "", wrap)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None and v != "" and (r, c) not in covered:
                put(r, c, v)
    wb.close()
    return path


def runs(staff, bold, line=lambda p, n: f"{p}\u3000{n}"):
    """The runs of a holders' cell: each staff line, bold where its index is in ``bold``."""
    return [
        (line(p, n) + ("\n" if k < len(staff) - 1 else ""), k in bold)
        for k, (p, n) in enumerate(staff)
    ]


def expected(staff, points):
    return sorted(
        (staff[k][0], staff[k][1], point, LEVEL[lv]) for point, lv, bold in points for k in bold
    )


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def forest(tmp_path: Path, note: str | None, **how) -> object:
    """The 林场's 排查表: a title, ``序号 | 风险点 | 风险等级 | 防控措施 | 相关岗位及人员``."""
    line = how.get("line", lambda p, n: f"{p}\u3000{n}")
    rows: list[list] = [["岚峪县国有林场廉政风险排查表"],
                        ["序号", "风险点", "风险等级", "防控措施", "相关岗位及人员"]]  # fmt: skip
    for i, (point, lv, bold) in enumerate(FOREST_ROWS, 1):
        cell = runs(FOREST, how.get("all_bold") or bold, line)
        rows.append([i, point, lv, "集体研究，全程留痕，结果公示。", cell])
    if note:
        rows.append([note])
    rows.append(["填表人：", None, "审核人：", None, "2025年7月"])
    merges = [(0, 0, 0, 4)] + ([(len(rows) - 2, 0, len(rows) - 2, 4)] if note else [])
    inbox = tmp_path / "inbox"
    write_rich(inbox / "linchang.xlsx", rows, merges)
    return _collect(inbox)


def test_bold_lines_with_a_note_are_the_rows_holders(tmp_path):
    got = forest(
        tmp_path, "注：“相关岗位及人员”栏中粗体标注的为该项风险的主要责任人，其余为协同人员。"
    )
    assert read(got) == expected(FOREST, FOREST_ROWS)
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == CODE]
    assert len(said) == 1 and said.iloc[0]["severity"] == "info"
    assert said.iloc[0]["cell"] == "E3" and "相关岗位及人员" in said.iloc[0]["message"]
    assert "HOLDERS_LISTED_WITH_POSTS" not in set(got.issues["code"])
    no_errors(got)


def test_bold_lines_without_a_note_and_two_heading_rows(tmp_path):
    """No note; the heading in two rows, 'post（name）' lines, Ⅰ级/Ⅱ级/Ⅲ级, another column."""
    staff = [("站长", "甄岫岚"), ("防疫员", "仉墨池"), ("检疫员", "亢知遥")]
    points = [("动物检疫出证不到场查验", "Ⅰ级", (2,)),
              ("强制免疫疫苗发放登记不实", "Ⅱ级", (1,)),
              ("病死畜禽无害化处理补助虚报冒领", "Ⅰ级", (0, 1)),
              ("兽药经营监督检查走过场", "Ⅲ级", (0,))]  # fmt: skip
    rows: list[list] = [["柘川镇畜牧兽医站岗位廉政风险防控表"],
                        ["序号", "工作环节", "风险防控", None, None, "责任岗位（人员）"],
                        [None, None, "风险表现", "等级", "防控措施", None]]  # fmt: skip
    for i, (point, lv, bold) in enumerate(points, 1):
        cell = runs(staff, bold, lambda p, n: f"{p}（{n}）")
        rows.append([i, "检疫防疫", point, lv, "双人到场，台账备查。", cell])
    merges = [(0, 0, 0, 5), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 2, 5)]
    inbox = tmp_path / "inbox"
    write_rich(inbox / "shouyi.xlsx", rows, merges)
    got = _collect(inbox)
    assert read(got) == expected(staff, points)
    assert CODE in set(got.issues["code"])
    no_errors(got)


def test_one_bold_line_of_five_in_a_cell_merged_over_two_rows(tmp_path):
    staff = [*FOREST, ("出纳", "郗澄碧")]
    points = [("林下经济项目申报材料把关不严", "一级", (1,)),
              ("林下经济项目补助资金拨付不按进度", "一级", (1,)),
              ("出纳现金日记账不日清月结", "二级", (4,)),
              ("林地占用审核现场踏勘不实", "三级", (0,))]  # fmt: skip
    rows: list[list] = [["岚峪县国有林场廉政风险排查表"],
                        ["序号", "业务事项", "风险点", "风险等级", "防控措施", "相关岗位及人员", "备注"]]  # fmt: skip
    for i, (point, lv, bold) in enumerate(points, 1):
        cell = None if i == 2 else runs(staff, bold)
        rows.append([i, "项目资金", point, lv, "按程序办理，资料存档。", cell, ""])
    rows.append(["注：加粗者为该风险点的责任人。"])
    merges = [(0, 0, 0, 6), (2, 5, 3, 5), (6, 0, 6, 6)]
    inbox = tmp_path / "inbox"
    write_rich(inbox / "linchang.xlsx", rows, merges)
    got = _collect(inbox)
    assert read(got) == expected(staff, points)
    assert len(got.posts) == 3
    no_errors(got)


def test_every_line_bold_reads_as_before(tmp_path):
    got = forest(tmp_path, None, all_bold=(0, 1, 2, 3))
    plain = forest(tmp_path / "plain", None, all_bold=(9,))  # (every line plain)
    assert read(got) == read(plain)
    assert len(read(got)) == len(FOREST) * len(FOREST_ROWS)  # (every listed line, as before)
    assert CODE not in set(got.issues["code"])


def test_the_same_line_bold_in_every_cell_without_a_note_is_the_style(tmp_path):
    got = forest(tmp_path, None, all_bold=(0,))
    assert len(read(got)) == len(FOREST) * len(FOREST_ROWS)
    assert CODE not in set(got.issues["code"])


def test_bold_for_a_level_in_the_point_cell_reads_as_before(tmp_path):
    """Bold marking the level words of the point cells, the holders' cell one post a row."""
    rows: list[list] = [["岚峪县国有林场廉政风险排查表"],
                        ["序号", "风险点", "防控措施", "责任岗位", "责任人"]]  # fmt: skip
    for i, ((point, lv, _bold), (post, who)) in enumerate(
        zip(FOREST_ROWS, FOREST * 2, strict=False), 1
    ):
        cell = [(f"【{lv}】", True), (point, False)]
        rows.append([i, cell, "集体研究，结果公示。", post, who])
    rows.append(["注：风险点前加粗的为该风险点的风险等级。"])
    inbox = tmp_path / "inbox"
    write_rich(inbox / "linchang.xlsx", rows, [(0, 0, 0, 4)])
    got = _collect(inbox)
    flat = [[c if not isinstance(c, list) else "".join(t for t, _b in c) for c in row]
            for row in rows]  # fmt: skip
    again = tmp_path / "again"
    write_rich(again / "linchang.xlsx", flat, [(0, 0, 0, 4)])
    assert read(got) == read(_collect(again))
    assert len(got.posts) == 4 and CODE not in set(got.issues["code"])
    no_errors(got)


def test_the_code_is_catalogued():
    assert CATALOGUE[CODE][0] == "info" and SHORT[CODE]
