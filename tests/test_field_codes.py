"""A list exported from a database: its heading the database's field codes, their meaning given
only by a data dictionary ('字段名 | 字段说明', one row a field) on another sheet or below it.

Each case is a small workbook written as a real file (xlsxwriter, openpyxl, an .ods) and read
back as ``collect_inbox`` reads it. The units, names, codes and dictionary headings here are not
those of tests/published/batch430.py, so a fix tuned on the batch's own text fails here.
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

UNIT = "临潭县林业和草原局"
# the list as a forestry platform names its columns (lower case, other initials)
LIST_HEAD = ["id", "dw", "ks", "gw", "xm", "fxnr", "fxlb", "fxjb", "gkcs", "cjsj"]
ROWS = [
    [1, UNIT, "局领导", "局长", "昝沛霖", "林地占用审核意见不经集体研究", "制度机制", "一级",
     "审核意见经局务会研究，结果公开。", "2025-09-01"],
    [2, UNIT, "资源管理股", "股长", "仉嘉澍", "采伐限额指标分配不公", "岗位职责", "二级",
     "指标分配方案公示，股室会审。", "2025-09-01"],
    [3, UNIT, "资源管理股", "股长", "仉嘉澍", "伐区验收走过场", "业务流程", "二级",
     "验收两人以上并拍照留存。", "2025-09-01"],
    [4, UNIT, "草原站", "技术员", "亓若渊", "草原补奖面积核定不实", "思想道德", "三级",
     "面积核定实地复核，村级公示。", "2025-09-01"],
]  # fmt: skip
POINTS = [
    "林地占用审核意见不经集体研究",
    "采伐限额指标分配不公",
    "伐区验收走过场",
    "草原补奖面积核定不实",
]
# a dictionary written '字段代码 | 中文名称 | 类型 | 说明': the meaning column by its contents
DICT_HEAD = ["编号", "字段代码", "中文名称", "类型", "说明"]
DICT_ROWS = [
    [1, "ID", "记录编号", "NUMBER", ""],
    [2, "DW", "单位", "VARCHAR2", ""],
    [3, "KS", "科室", "VARCHAR2", ""],
    [4, "GW", "岗位", "VARCHAR2", ""],
    [5, "XM", "姓名", "VARCHAR2", ""],
    [6, "FXNR", "风险点", "VARCHAR2", "岗位廉政风险点的内容"],
    [7, "FXLB", "风险类别", "VARCHAR2", ""],
    [8, "FXJB", "风险级别", "VARCHAR2", "一级/二级/三级"],
    [9, "GKCS", "防控措施", "VARCHAR2", ""],
    [10, "CJSJ", "创建时间", "DATE", "系统生成"],
]


def read(path: Path):
    """Collect the one file of ``path``'s folder in this process."""
    config = load_config()
    inbox = path.parent
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def codes(res, severity=None) -> list[tuple[str, str, str]]:
    df = res.issues
    if severity:
        df = df[df["severity"] == severity]
    return sorted(zip(df["code"], df["source_sheet"], df["cell"], strict=True))


def test_codes_read_through_a_dictionary_on_another_sheet(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "in" / "export.xlsx",
        {"T_LCFX_GW": [LIST_HEAD, *ROWS], "字段对照": [DICT_HEAD, *DICT_ROWS]},
    )
    res = read(path)
    assert res.risks["risk_point"].tolist() == POINTS
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert res.risks["source_sheet"].unique().tolist() == ["T_LCFX_GW"]
    posts = res.posts[["department", "title", "person"]].values.tolist()
    assert posts == [
        ["局领导", "局长", "昝沛霖"],
        ["资源管理股", "股长", "仉嘉澍"],
        ["草原站", "技术员", "亓若渊"],
    ]
    # the dictionary is no broken risk table; the reading is said once, at the heading
    got = codes(res)
    assert ("HEADING_BY_DICTIONARY", "T_LCFX_GW", "A1") in got
    assert not {c for c, _s, _c in got} & {"SHEET_NO_TABLE", "FILE_NO_FORM", "SHEET_FIELD_CODES"}
    said = res.issues[res.issues["code"] == "HEADING_BY_DICTIONARY"]["value"].tolist()
    assert len(said) == 1 and "fxnr=风险点" in said[0] and "字段对照" in said[0]
    # the rows' cells are the sheet's own: row 2 is the first point
    assert res.risks["source_row"].tolist()[0] in (2, "2")


def test_meaning_column_first_extra_fields_and_a_field_it_lacks(tmp_path: Path) -> None:
    """'字段名称 | 字段名' (the Chinese first), fields the list has not, and one the dictionary
    lacks (``bz``, left as written)."""
    head = ["XH", "BMMC", "GWMC", "RYXM", "BZ", "FXMS", "FXDJ", "FKCS"]
    rows = [
        [1, "稽查科", "科长", "鄢知秋", "无", "案件线索处置不及时", "高", "线索登记、限时办结。"],
        [2, "稽查科", "科员", "宓星野", "", "执法检查中收受好处", "中", "两人执法、全程记录。"],
    ]
    dictionary = [
        ["字段名称", "字段名", "是否必填"],
        ["序号", "XH", "是"],
        ["部门名称", "BMMC", "是"],
        ["岗位名称", "GWMC", "是"],
        ["人员姓名", "RYXM", "是"],
        ["风险点描述", "FXMS", "是"],
        ["风险等级", "FXDJ", "是"],
        ["防控措施", "FKCS", "是"],
        ["审核状态", "SHZT", "否"],
        ["审核人", "SHR", "否"],
    ]
    path = write_workbook(
        tmp_path / "in" / "稽查.xlsx", {"EXPORT": [head, *rows], "Sheet2": dictionary}
    )
    res = read(path)
    assert res.risks["risk_point"].tolist() == ["案件线索处置不及时", "执法检查中收受好处"]
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    assert res.posts["person"].tolist() == ["鄢知秋", "宓星野"]
    assert res.posts["department"].tolist() == ["稽查科", "稽查科"]
    said = res.issues[res.issues["code"] == "HEADING_BY_DICTIONARY"]["value"].tolist()
    assert len(said) == 1 and "BZ" not in said[0] and "SHZT" not in said[0]


def test_dictionary_below_the_list_on_the_same_sheet(tmp_path: Path) -> None:
    """Written with openpyxl: the dictionary under the list, a caption line above it; its rows
    are no points."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "导出结果"
    ws.append(LIST_HEAD)
    for row in ROWS:
        ws.append(row)
    ws.append([])
    ws.append(["附：数据字典"])
    ws.append(DICT_HEAD)
    for row in DICT_ROWS:
        ws.append(row)
    path = tmp_path / "in" / "same.xlsx"
    path.parent.mkdir(parents=True)
    wb.save(path)
    res = read(path)
    assert res.risks["risk_point"].tolist() == POINTS
    assert len(res.posts) == 3
    got = {c for c, _s, _c in codes(res)}
    assert "HEADING_BY_DICTIONARY" in got and "ROW_UNPLACED" not in got


def test_two_lists_one_dictionary_said_once_and_an_ods(tmp_path: Path) -> None:
    """Two exported sheets and one dictionary (an .ods, as LibreOffice saves it): both read,
    the reading said once for the file."""
    second = [[5, UNIT, "办公室", "会计", "郜予安", "公务卡报销审核不严", "制度机制", "三级",
               "报销三签，每月对账。", "2025-09-02"]]  # fmt: skip
    path = write_ods(
        tmp_path / "in" / "two.ods",
        {
            "GW_A": [LIST_HEAD, *ROWS],
            "GW_B": [[c.upper() for c in LIST_HEAD], *second],
            "数据字典": [DICT_HEAD, *DICT_ROWS],
        },
    )
    res = read(path)
    assert res.risks["risk_point"].tolist() == [*POINTS, "公务卡报销审核不严"]
    assert res.posts["person"].tolist()[-1] == "郜予安"
    said = [c for c, _s, _c in codes(res) if c == "HEADING_BY_DICTIONARY"]
    assert said == ["HEADING_BY_DICTIONARY"]


def test_codes_without_a_dictionary_are_said(tmp_path: Path) -> None:
    """No dictionary: nothing is guessed, but the sheet is not dropped without a word."""
    path = write_workbook(tmp_path / "in" / "bare.xlsx", {"T_LCFX_GW": [LIST_HEAD, *ROWS]})
    res = read(path)
    assert res.risks.empty
    got = codes(res)
    assert ("SHEET_FIELD_CODES", "T_LCFX_GW", "A1") in got
    assert ("FILE_NO_FORM", "", "") in got
    value = res.issues[res.issues["code"] == "SHEET_FIELD_CODES"]["value"].iloc[0]
    assert value.startswith("id、dw、ks")


def test_a_code_given_two_meanings_is_left_as_written(tmp_path: Path) -> None:
    """A dictionary of two tables giving ``FXNR`` two meanings: which one the list means is
    unclear, so the dictionary does not name that column (its code stays, and the column is
    only guessed by its contents, as any heading the reader knows no word of, and said so)."""
    twice = [*DICT_ROWS, [11, "FXNR", "风险防控内容说明", "VARCHAR2", "另一张表"]]
    path = write_workbook(
        tmp_path / "in" / "twice.xlsx",
        {"T_LCFX_GW": [LIST_HEAD, *ROWS], "数据字典": [DICT_HEAD, *twice]},
    )
    res = read(path)
    said = res.issues[res.issues["code"] == "HEADING_BY_DICTIONARY"]["value"].tolist()
    assert len(said) == 1 and "fxnr" not in said[0] and "fxjb=风险级别" in said[0]
    assert ("COLUMN_GUESSED", "T_LCFX_GW", "F1") in codes(res)
    assert "SHEET_NO_TABLE" not in {c for c, _s, _c in codes(res)}


def test_a_dictionary_of_another_table_reads_nothing(tmp_path: Path) -> None:
    """The file's dictionary defines other codes (one in common): nothing is read through it,
    and the sheet is said unread; a '字段 | 说明' sheet of Chinese words is no dictionary."""
    other = [["字段名", "字段含义"], ["DWDM", "单位代码"], ["XM", "姓名"], ["SFZH", "身份证号"],
             ["LXDH", "联系电话"]]  # fmt: skip
    words = [
        ["字段", "说明"],
        ["风险点", "填写岗位风险"],
        ["风险级别", "高中低"],
        ["防控措施", "写明措施"],
    ]
    path = write_workbook(
        tmp_path / "in" / "other.xlsx",
        {"T_LCFX_GW": [LIST_HEAD, *ROWS], "人员表字典": other, "填写提示": words},
    )
    res = read(path)
    assert res.risks.empty
    got = {c for c, _s, _c in codes(res)}
    assert "SHEET_FIELD_CODES" in got and "HEADING_BY_DICTIONARY" not in got


def test_worded_heading_beside_a_dictionary_reads_as_before(tmp_path: Path) -> None:
    """A list whose heading is already words beside a dictionary sheet: read by its words,
    nothing said; a sheet of bare codes and numbers is no list."""
    worded = [
        "序号",
        "单位",
        "科室",
        "岗位",
        "姓名",
        "风险点",
        "风险类别",
        "风险级别",
        "防控措施",
        "创建时间",
    ]
    path = write_workbook(
        tmp_path / "in" / "worded.xlsx",
        {
            "一览表": [worded, *ROWS],
            "数据字典": [DICT_HEAD, *DICT_ROWS],
            "lookup": [["AA", "BB", "CC"], [1, 2, 3], [4, 5, 6]],
        },
    )
    res = read(path)
    assert res.risks["risk_point"].tolist() == POINTS
    got = {c for c, _s, _c in codes(res)}
    assert not got & {"HEADING_BY_DICTIONARY", "SHEET_FIELD_CODES", "SHEET_NO_TABLE"}


def test_the_codes_are_catalogued() -> None:
    for code in ("HEADING_BY_DICTIONARY", "SHEET_FIELD_CODES"):
        assert code in CATALOGUE and SHORT[code]
    assert CATALOGUE["HEADING_BY_DICTIONARY"][0] == "info"
    assert CATALOGUE["SHEET_FIELD_CODES"][0] == "warning"
