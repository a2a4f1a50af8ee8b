"""A matrix of 科室 (or posts) down and points across whose cells NAME the holders: one row a
股室/处室 (or a 岗位), no 姓名 column; the points under one heading merged over them that says the
cells name the people ('廉政风险点及责任人', '…责任分解', '（格内填写责任岗位及人员）'); a row of
the points' levels under them ('风险级别' merged over the left columns, '高 | 中 | …'); maybe a
closing '防控措施' row; each cell the row's holders of the column's point ('股长 某某', two lines
for two, a name alone) or '—', '无', '/' or nothing where none. Each holder is a form with every
point whose cell names him, the column's level and measures.

Not the published batch's matrix (a 县人民医院 with 序号 | 科室, '廉洁风险点及责任人（格内填写本科室
直接责任岗位及人员）' over two heading rows, '风险等级' with 一级/二级/三级, '科长　某某' with an
ideographic space, '/' for none, a 防控措施 row): a 区交通运输局 and a 市水务局, their 股室 and
posts (股长, 站长, 科员, 质监员), other names, 高/中/低 and Ⅰ级/Ⅱ级 level words, '—', '无' and
empty cells for none, a '备注' column beside the matrix, rows keyed by 岗位 with names alone;
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. The
negatives keep a tick grid by 科室, a matrix of levels in its cells and an ordinary list whose
heading names 责任人 as they were read before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分解表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "duty.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


P1 = "公路养护工程量虚报多结"
P2 = "运输经营许可违规发放"
P3 = "超限检测数据人为修改"
P4 = "执法罚没款截留私分"


def test_one_heading_row_levels_row_and_dashes(tmp_path):
    # the heading over the points and the points in one block of two rows, '风险级别' merged A:B,
    # '高/中/低', '—' and empty for none, a holder in two columns is one form
    rows = [["XX区交通运输局廉政风险点责任分解表"],
            ["序号", "股室", "廉政风险点责任分解（格内写责任岗位及人员）", None, None, None],
            [None, None, P1, P2, P3, P4],
            ["风险级别", None, "高", "中", "中", "高"],
            [1, "公路股", "股长 郦沐岑", "—", None, "—"],
            [2, "运管股", "—", "股长 亓澜汐", "科员 亓若溪", "—"],
            [3, "执法大队", None, "—", "大队长 郦屿澈", "大队长 郦屿澈"],
            ["填表：办公室", None, "审核：", None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:F2", "A4:B4"])
    assert read(got) == sorted([
        ("公路股", "股长", "郦沐岑", P1, "Ⅰ级"),
        ("运管股", "股长", "亓澜汐", P2, "Ⅱ级"),
        ("运管股", "科员", "亓若溪", P3, "Ⅱ级"),
        ("执法大队", "大队长", "郦屿澈", P3, "Ⅱ级"),
        ("执法大队", "大队长", "郦屿澈", P4, "Ⅰ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == "HOLDERS_IN_MATRIX_CELLS"]
    assert list(said["cell"]) == ["C2"] and list(said["value"]) == ["4"]
    assert "HOLDERS_IN_MATRIX_CELLS" in CATALOGUE and "HOLDERS_IN_MATRIX_CELLS" in SHORT
    assert not {"SHEET_NO_TABLE", "FILE_NO_FORM", "ROW_UNPLACED"} & set(got.issues["code"])
    no_errors(got)


def test_two_line_cells_names_alone_measures_row_and_a_remark_column(tmp_path):
    # '廉政风险点及责任人' merged over three points, a '备注' column beside them, two holders in a
    # cell one a line, a name alone (no post), '无' for none, a closing '防控措施' row
    rows = [["XX市水务局廉政风险防控责任表"],
            ["编号", "处室", "廉政风险点及责任人", None, None, "备注"],
            [None, None, "水利工程招标设置排他性条款", "取水许可审批收受好处", "防汛物资采购以次充好", None],
            ["风险级别", None, "Ⅰ级", "Ⅱ级", "Ⅱ级", None],
            ["一", "建设管理处", "处长 司徒璟\n质监员 巫马翾", "无", "无", None],
            ["二", "水资源处", "无", "邴芷妍", "无", "兼管节水"],
            ["三", "防汛办", "无", "无", "主任 司徒璟\n科员 邴昭宁", None],
            ["防控措施", None, "招标文件经法规处合法性审查。", "审批结果网上公示。", "物资验收三人以上到场。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "A4:B4", "A8:B8"])
    assert read(got) == sorted([
        ("建设管理处", "处长", "司徒璟", "水利工程招标设置排他性条款", "Ⅰ级"),
        ("建设管理处", "质监员", "巫马翾", "水利工程招标设置排他性条款", "Ⅰ级"),
        ("水资源处", "", "邴芷妍", "取水许可审批收受好处", "Ⅱ级"),
        ("防汛办", "主任", "司徒璟", "防汛物资采购以次充好", "Ⅱ级"),
        ("防汛办", "科员", "邴昭宁", "防汛物资采购以次充好", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r[r["risk_point"] == "取水许可审批收受好处"]["measures"]) == {"审批结果网上公示。"}
    assert "兼管节水" not in set(r["risk_point"])
    no_errors(got)


def test_rows_keyed_by_post_with_names_in_the_cells(tmp_path):
    # one row a 岗位 (no 科室), the cells a name each: the post is the row's
    rows = [["XX镇财政所岗位风险点责任人一览"],
            ["序号", "岗位", "风险点及责任人", None, None],
            [None, None, "惠农补贴资金冒领套取", "专项资金拨付不按进度", "票据管理不严"],
            ["风险等级", None, "高", "高", "低"],
            [1, "所长", "羊舌澄", "羊舌澄", "/"],
            [2, "会计", "/", "令狐沅", "令狐沅"],
            [3, "出纳", "/", "/", "令狐湘"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:E2", "A4:B4"])
    assert read(got) == sorted([
        ("", "所长", "羊舌澄", "惠农补贴资金冒领套取", "Ⅰ级"),
        ("", "所长", "羊舌澄", "专项资金拨付不按进度", "Ⅰ级"),
        ("", "会计", "令狐沅", "专项资金拨付不按进度", "Ⅰ级"),
        ("", "会计", "令狐沅", "票据管理不严", "Ⅲ级"),
        ("", "出纳", "令狐湘", "票据管理不严", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    no_errors(got)


# ------------------------------------------------------------------ negatives: read as before


def test_ticks_in_a_dept_matrix_are_not_names(tmp_path):
    # the same shape with '√' in the cells: no holder is named, the matrix is not read as names
    rows = [["XX区交通运输局风险点责任分解表"],
            ["序号", "股室", "廉政风险点及责任人", None, None],
            [None, None, P1, P2, P3],
            ["风险级别", None, "高", "中", "中"],
            [1, "公路股", "√", None, None],
            [2, "运管股", None, "√", "√"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:E2", "A4:B4"])
    assert "HOLDERS_IN_MATRIX_CELLS" not in set(got.issues["code"])
    assert not any(p in {"郦沐岑"} for p in got.risks["person"])
    assert set(got.risks["person"]) <= {""}


def test_levels_in_the_cells_stay_a_matrix_of_posts(tmp_path):
    # 股室 | 岗位 | 姓名 with the levels in the cells: the existing matrix, one form a row
    rows = [["XX区交通运输局岗位廉政风险矩阵"],
            ["股室", "岗位", "姓名", "廉政风险点及责任人", None, None],
            [None, None, None, P1, P2, P3],
            ["公路股", "股长", "郦沐岑", "高", "/", "中"],
            ["运管股", "股长", "亓澜汐", "/", "中", "低"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"])
    assert read(got) == sorted([
        ("公路股", "股长", "郦沐岑", P1, "Ⅰ级"),
        ("公路股", "股长", "郦沐岑", P3, "Ⅱ级"),
        ("运管股", "股长", "亓澜汐", P2, "Ⅱ级"),
        ("运管股", "股长", "亓澜汐", P3, "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_MATRIX_CELLS" not in set(got.issues["code"])
    no_errors(got)


def test_an_ordinary_list_naming_holders_in_a_column(tmp_path):
    # one row a point, '责任人' a column of its own: an ordinary list
    rows = [["XX市水务局廉政风险点一览表"],
            ["序号", "处室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "建设管理处", "处长", "司徒璟", "水利工程招标设置排他性条款", "一级", "招标文件合法性审查。"],
            [2, "水资源处", "科员", "邴芷妍", "取水许可审批收受好处", "二级", "审批结果网上公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("建设管理处", "处长", "司徒璟", "水利工程招标设置排他性条款", "Ⅰ级"),
        ("水资源处", "科员", "邴芷妍", "取水许可审批收受好处", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_MATRIX_CELLS" not in set(got.issues["code"])
    no_errors(got)


# ------------------------------------------------------------------ review 123


def _matrix(cells: list[tuple[str, list]]) -> tuple[list[list], list[str]]:
    rows = [["XX区交通运输局廉政风险点责任分解表"],
            ["序号", "股室", "廉政风险点责任分解（格内写责任岗位及人员）", None, None, None],
            [None, None, P1, P2, P3, P4],
            ["风险级别", None, "高", "中", "中", "高"]]  # fmt: skip
    rows += [[i + 1, d, *cs] for i, (d, cs) in enumerate(cells)]
    return rows, ["A1:F1", "A2:A3", "B2:B3", "C2:F2", "A4:B4"]


def codes_at(got, code: str) -> list[str]:
    i = got.issues
    return sorted(i[i["code"] == code]["cell"])


def test_what_the_hundred_and_twenty_third_review_found_a_note_row_and_post_name_cells(tmp_path):
    # a '备注' row closing the cells is no row of holders; '科长：某某', '某某（科长）' and two pairs
    # on one line are posts and names; the table is read, not lost (FILE_NO_FORM)
    rows, merges = _matrix([("公路股", ["科长：郦沐岑", "/", "/", "郦沐岑（科长）"]),
                            ("运管股", ["/", "科长　亓澜汐　科员　亓若溪", "无", "/"])])  # fmt: skip
    rows.append(["备注", None, "多人的分行填写", None, None, None])
    got = run(tmp_path, rows, merges + ["A7:B7"])
    assert read(got) == sorted([
        ("公路股", "科长", "郦沐岑", P1, "Ⅰ级"),
        ("公路股", "科长", "郦沐岑", P4, "Ⅰ级"),
        ("运管股", "科长", "亓澜汐", P2, "Ⅱ级"),
        ("运管股", "科员", "亓若溪", P2, "Ⅱ级"),
    ])  # fmt: skip
    assert "多人的分行填写" not in set(got.risks["person"]) | set(got.risks["department"])
    assert not {"FILE_NO_FORM", "SHEET_NO_TABLE", "MATRIX_CELL_UNREAD"} & set(got.issues["code"])
    assert codes_at(got, "HOLDERS_IN_MATRIX_CELLS") == ["C2"]


def test_what_the_hundred_and_twenty_third_review_found_posts_alone_and_an_odd_cell(tmp_path):
    # cells holding posts only: the post of the row's 科室, no one named; one cell no holder can
    # be read from is said (its cell named), the rest read — the table is never dropped whole
    rows, merges = _matrix([("公路股", ["股长", "/", "/", "科员"]),
                            ("运管股", ["/", "股长", "见附件3第二页", "/"])])  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("公路股", "股长", "", P1, "Ⅰ级"),
        ("公路股", "科员", "", P4, "Ⅰ级"),
        ("运管股", "股长", "", P2, "Ⅱ级"),
    ])  # fmt: skip
    assert codes_at(got, "MATRIX_CELL_UNREAD") == ["E6"]
    assert "FILE_NO_FORM" not in set(got.issues["code"])
    assert "MATRIX_CELL_UNREAD" in CATALOGUE and "MATRIX_CELL_UNREAD" in SHORT


def test_what_the_hundred_and_twenty_third_review_found_ticks_and_levels_in_named_cells(tmp_path):
    # '√' under a heading saying the cells name holders: the row's 科室 holds the point, no one
    # named; a level word in a cell: the row's point at that level — no FILE_NO_FORM, no junk
    rows, merges = _matrix([("公路股", ["√", "", "", "√"]), ("运管股", ["", "√", "√", ""])])
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("公路股", "", "", P1, "Ⅰ级"),
        ("公路股", "", "", P4, "Ⅰ级"),
        ("运管股", "", "", P2, "Ⅱ级"),
        ("运管股", "", "", P3, "Ⅱ级"),
    ])  # fmt: skip
    assert "FILE_NO_FORM" not in set(got.issues["code"]) and "√" not in set(got.risks["person"])
    rows, merges = _matrix([("公路股", ["高", "", "", "中"]), ("运管股", ["", "低", "中", ""])])
    got = run(tmp_path / "levels", rows, merges)
    assert read(got) == sorted([
        ("公路股", "", "", P1, "Ⅰ级"),
        ("公路股", "", "", P4, "Ⅱ级"),
        ("运管股", "", "", P2, "Ⅲ级"),
        ("运管股", "", "", P3, "Ⅱ级"),
    ])  # fmt: skip
    assert "FILE_NO_FORM" not in set(got.issues["code"])
    assert not {"高", "低", "中"} & set(got.risks["person"])


def test_what_the_hundred_and_twenty_third_review_found_one_post_two_names_roles_and_a_group_row(
    tmp_path,
):
    # '科长张三、李四': 李四 a 科长 too, the cell's blank measures said once; '（A角）' is no part of
    # the name; a row keyed '分管领导' in column A (B empty) is its own, no 科室 carried down
    rows, merges = _matrix([("公路股", ["科长郦沐岑、郦若岑", "/", "/", "/"]),
                            ("运管股", ["/", "股长 亓澜汐（A角）", "/", "/"])])  # fmt: skip
    rows.append(["分管领导", None, "副局长　郝文涛", "/", "/", "副局长　郝文涛"])
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("公路股", "科长", "郦沐岑", P1, "Ⅰ级"),
        ("公路股", "科长", "郦若岑", P1, "Ⅰ级"),
        ("运管股", "股长", "亓澜汐", P2, "Ⅱ级"),
        ("", "副局长", "郝文涛", P1, "Ⅰ级"),
        ("", "副局长", "郝文涛", P4, "Ⅰ级"),
    ])  # fmt: skip
    assert codes_at(got, "MEASURES_BLANK") == ["C5", "C7", "D6", "F7"]
