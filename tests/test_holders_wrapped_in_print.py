"""A holders' cell whose line breaks are only a print's WRAPS: a table turned back into a sheet from
its PDF (a PDF转Excel tool keeps each printed line of a cell as a line break in it), a narrow
``责任人`` / ``姓名`` / ``经办人`` column listing two or three holders of a post in one cell, the wraps
falling inside the names (``欧阳明⏎远，司⏎马清和``), or wrapping one long name (``侯莫陈琤⏎瀚``). The
lines are joined back before any table is looked for, so the column reads as the names it lists
(each a holder of the row's points); said once a sheet (info HOLDERS_WRAPPED_JOINED at the first
such cell, with the count). Before, the column was judged no holders' column at all
(COLUMN_GUESSED, 其他) and every row came out as its post's alone, no one named.

Besides, the historical three-character compound surnames (阿史那, 破六韩, 步六孤, 侯莫陈, 可朱浑 …)
with a one- or two-character given name are names: a list of five-character names
(``步六孤琰澈、侯莫陈沨``) was no list of names either.

Not the published batch's file (batch1000: a 自然资源局's ``责任人`` four characters wide, 阿史那 and
破六韩, ``、``): a 县医疗保障局's ``姓名`` column three characters wide with common surnames and ``，``, a
县市场监督管理局's ``经办人`` with 步六孤/侯莫陈/可朱浑 names. Near-misses read as before: names one a line
(``钟离晗⏎万俟沅``), a line ending at its ``、``, one-line lists, a name over a word where the column's
lines show no print width (``滕昊⏎群众`` beside ``路遥⏎中共党员``), and the wraps of a point's or
measures' cell (no holders' column).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_WRAPPED_JOINED"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    return _collect(inbox)


def held(got) -> set[tuple[str, str, str]]:
    return {tuple(r) for r in got.risks[["title", "person", "risk_point"]].itertuples(index=False)}


def codes(got) -> list[str]:
    return list(got.issues["code"])


# a 医保局's 姓名 column three characters wide: common names, '，' between them
HEALTHCARE = [
    ["县医疗保障局岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "稽核岗", "欧阳明\n远，司\n马清和", "定点医药机构违规行为查处不严", "高", "稽核结果集体研判。"],
    [2, "稽核岗", "欧阳明\n远，司\n马清和", "收受定点机构好处", "中", "签订廉洁承诺。"],
    [3, "待遇审核岗", "宇文思\n齐，周\n子墨，\n唐一帆", "异地就医备案审核不严", "中", "备案材料双人审核。"],
    [4, "局长", "诸葛晨\n阳", "基金预算分配干预", "高", "预算集体研究。"],
    [5, "会计", "田甜", "基金支付审核走过场", "低", "支付复核。"],
]  # fmt: skip


def test_a_wrapped_list_of_common_names_reads_as_its_holders(tmp_path):
    got = run(tmp_path, HEALTHCARE)
    assert held(got) == {
        ("稽核岗", "欧阳明远", "定点医药机构违规行为查处不严"),
        ("稽核岗", "欧阳明远", "收受定点机构好处"),
        ("稽核岗", "司马清和", "定点医药机构违规行为查处不严"),
        ("稽核岗", "司马清和", "收受定点机构好处"),
        ("待遇审核岗", "宇文思齐", "异地就医备案审核不严"),
        ("待遇审核岗", "周子墨", "异地就医备案审核不严"),
        ("待遇审核岗", "唐一帆", "异地就医备案审核不严"),
        ("局长", "诸葛晨阳", "基金预算分配干预"),
        ("会计", "田甜", "基金支付审核走过场"),
    }
    assert codes(got).count(CODE) == 1
    issue = got.issues[got.issues["code"] == CODE].iloc[0]
    assert issue["cell"] == "C3" and issue["severity"] == "info"
    assert "欧阳明⏎远，司⏎马清和" in issue["message"] and "欧阳明远，司马清和" in issue["message"]
    assert "4格" in issue["message"]
    assert "COLUMN_GUESSED" not in codes(got)


# a 市场监管局's 经办人 column: three-character compound surnames, five characters a name
MARKET = [
    ["县市场监督管理局廉政风险防控清单", None, None, None, None, None],
    ["序号", "股室", "经办人", "风险点", "风险等级", "防控措施"],
    [1, "登记注册股", "步六孤琰\n澈、侯莫\n陈沨", "虚假登记材料审核放行", "一级", "材料核验，系统比对。"],
    [2, "稽查执法大队", "可朱浑翊、\n普六茹珩\n澍", "案件查办中通风报信", "二级", "案件集体审理。"],
    [3, "稽查执法大队", "侯莫陈琤\n瀚", "以罚代刑、降格处理", "一级", "移送标准公开。"],
]  # fmt: skip


def test_five_character_names_of_three_character_surnames(tmp_path):
    got = run(tmp_path, MARKET)
    people = {(d, p) for d, p in got.risks[["department", "person"]].itertuples(index=False)}
    assert people == {
        ("登记注册股", "步六孤琰澈"),
        ("登记注册股", "侯莫陈沨"),
        ("稽查执法大队", "可朱浑翊"),
        ("稽查执法大队", "普六茹珩澍"),
        ("稽查执法大队", "侯莫陈琤瀚"),
    }
    assert codes(got).count(CODE) == 1


def test_a_one_line_list_of_five_character_names(tmp_path):
    rows = [list(r) for r in MARKET]
    for r in rows[2:]:
        r[2] = r[2].replace("\n", "")
    got = run(tmp_path, rows)
    assert set(got.risks["person"]) == {
        "步六孤琰澈",
        "侯莫陈沨",
        "可朱浑翊",
        "普六茹珩澍",
        "侯莫陈琤瀚",
    }
    assert CODE not in codes(got)  # (nothing to join)


def test_names_one_a_line_or_broken_at_a_separator_are_left_be(tmp_path):
    rows = [
        ["县档案馆岗位廉政风险防控一览表", None, None, None, None],
        ["序号", "岗位", "责任人", "风险点", "风险等级"],
        [1, "保管岗", "钟离晗\n万俟沅", "档案借阅登记不全", "中"],
        [2, "利用岗", "梁丘若、\n宇文瀚", "违规提供查阅", "高"],
        [3, "征集岗", "韩墨", "征集经费报销不实", "低"],
        [4, "编研岗", "路遥\n中共党员", "编研经费虚列", "低"],
        [5, "编研岗", "滕昊\n群众", "编研资料外泄", "低"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert {"钟离晗", "万俟沅", "梁丘若", "宇文瀚", "韩墨"} <= set(got.risks["person"])
    # ('滕昊⏎群众': a line short of the column's widest, '中共党员', is no print's wrap: not
    # joined by this pass, the cell read as it was before)
    assert CODE not in codes(got)


def test_a_point_cell_wrapped_is_no_holders_cell(tmp_path):
    rows = [
        ["县气象局岗位廉政风险防控一览表", None, None, None, None],
        ["序号", "岗位", "姓名", "风险点", "风险等级"],
        [1, "观测岗", "滕昊", "观测数据\n篡改、瞒报", "中"],
        [2, "财务岗", "路遥", "报账审核\n不严", "低"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert set(got.risks["person"]) == {"滕昊", "路遥"}
    assert CODE not in codes(got)


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    assert CATALOGUE[CODE][0] == "info"
