"""A grid of 科室 down by risk types across, each cell that 科室's points of that type one a line,
each line closing with its level in brackets and its holder after a dash ('1、…（二级）——经理　某某'):
each line is a point of its row's 科室, of its column's type, at its bracket's level, held by the
post and name after its dash (by the row's 岗位 | 姓名 where the grid has them); a form a holder.

Not the published batch's grid (a city's 环境卫生管理处, 处领导/清扫保洁科/…, a band over five types,
``1.…（中）——主任　某某``): a county 供水公司 with 经理室/营业科/管网科 and other posts and names,
two or three types (short names too), ``一级/二级/三级`` and ``高/中/低``, bands or none, lines
numbered ``1、``/``(1)`` or not at all, an extra 防控措施 column, and 岗位 | 姓名 columns instead of
dashes — written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a
file. A tally of counts under the types, and a grid whose lines name no holder, stay as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "grid.xlsx", {"风险分布": rows}, {"风险分布": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


BANDED = [
    ["XX县供水有限责任公司廉洁风险点分布表"],
    ["序号", "部　门", "廉洁风险点（等级）——岗位　姓名", None, None],
    [None, None, "思想道德", "制度机制", "外部环境"],
    [1, "经理室",
     "1、利用职务便利为亲友承揽管网工程（一级）——经理　郦澄岳",
     "1、大额资金支付不经班子集体研究（一级）——经理　郦澄岳\n2、物资采购验收签字把关不严（二级）——副经理　鄢晗霏",
     "无"],
    [2, "营业科", "无",
     "1、水费减免审批不按规定公示（二级）——科长　竺沐岚",
     "1、用户说情少抄水量、少收水费（二级）——抄表员　缪屿澄\n2、接受用户吃请，违规接水（三级）——抄表员　缪屿澄"],
    [3, "管网科", "1、私自为施工单位提供管网资料（三级）——科长　邴霁川", "无", "无"],
    ["注：括号内为风险等级，破折号后为责任岗位及姓名。"],
]  # fmt: skip
BANDED_MERGES = ["A1:E1", "A2:A3", "B2:B3", "C2:E2", "A7:E7"]


def test_a_banded_grid_gives_each_line_its_holder(tmp_path):
    got = run(tmp_path, BANDED, BANDED_MERGES)
    assert read(got) == sorted([
        ("经理室", "经理", "郦澄岳", "利用职务便利为亲友承揽管网工程", "Ⅰ级"),
        ("经理室", "经理", "郦澄岳", "大额资金支付不经班子集体研究", "Ⅰ级"),
        ("经理室", "副经理", "鄢晗霏", "物资采购验收签字把关不严", "Ⅱ级"),
        ("营业科", "科长", "竺沐岚", "水费减免审批不按规定公示", "Ⅱ级"),
        ("营业科", "抄表员", "缪屿澄", "用户说情少抄水量、少收水费", "Ⅱ级"),
        ("营业科", "抄表员", "缪屿澄", "接受用户吃请，违规接水", "Ⅲ级"),
        ("管网科", "科长", "邴霁川", "私自为施工单位提供管网资料", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    typed = dict(zip(r["risk_point"], r["risk_type"], strict=True))
    assert "思想道德" in typed["利用职务便利为亲友承揽管网工程"]
    assert "外部环境" in typed["接受用户吃请，违规接水"]
    assert "DEPT_TYPE_GRID" in codes(got) and "DEPT_TYPE_GRID_NO_HOLDER" not in codes(got)
    assert {"DEPT_TYPE_GRID", "DEPT_TYPE_GRID_NO_HOLDER"} <= CATALOGUE.keys() & SHORT.keys()
    no_errors(got)
    assert len({(d, t, p) for d, t, p, *_x in read(got)}) == 5  # a form a holder


def test_types_in_the_header_row_and_levels_high_to_low(tmp_path):
    rows = [
        ["XX县供水公司各科室廉洁风险分布"],
        ["科室", "思想道德风险", "制度机制风险", "业务流程风险"],
        ["营业科",
         "(1)收受安装户好处费(高)——科长 竺沐岚",
         "/",
         "(1)新装用户报装插队办理(中)——报装员 柏絮宁\n(2)水表更换不登记台账(低)——报装员 柏絮宁"],
        ["化验室", "/", "(1)水质检测数据人为修改(高)——主任 檀沁瑜\n(2)药剂采购验收不严(中)——主任 檀沁瑜、化验员 蒲念溪", "/"],
        ["注：括号内为风险等级，“——”后为责任岗位及姓名。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A5:D5"])
    assert read(got) == sorted([
        ("营业科", "科长", "竺沐岚", "收受安装户好处费", "Ⅰ级"),
        ("营业科", "报装员", "柏絮宁", "新装用户报装插队办理", "Ⅱ级"),
        ("营业科", "报装员", "柏絮宁", "水表更换不登记台账", "Ⅲ级"),
        ("化验室", "主任", "檀沁瑜", "水质检测数据人为修改", "Ⅰ级"),
        ("化验室", "主任", "檀沁瑜", "药剂采购验收不严", "Ⅱ级"),
        ("化验室", "化验员", "蒲念溪", "药剂采购验收不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "DEPT_TYPE_GRID" in codes(got)
    no_errors(got)


def test_unnumbered_lines_an_extra_measures_column_and_a_line_with_no_holder(tmp_path):
    rows = [
        ["XX县供水公司廉洁风险分布表"],
        ["股室", "岗位职责风险", "业务流程风险", "防控措施"],
        ["管网科",
         "管网巡查走过场，漏损不上报（中）——巡线员　柯沛然",
         "抢修材料虚报多领（高）——科长　邴霁川\n工程量签证不实（高）",
         "巡查轨迹留痕，材料按单领用。"],
        ["财务科", "/", "水费收入不及时入账（中）——出纳　祁芷汀", "日清日结，双人对账。"],
        ["填表人：", "", "审核人：", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("管网科", "巡线员", "柯沛然", "管网巡查走过场，漏损不上报", "Ⅱ级"),
        ("管网科", "科长", "邴霁川", "抢修材料虚报多领", "Ⅰ级"),
        ("管网科", "", "", "工程量签证不实", "Ⅰ级"),
        ("财务科", "出纳", "祁芷汀", "水费收入不及时入账", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["水费收入不及时入账"] == "日清日结，双人对账。"
    issues = got.issues
    warned = issues[issues["code"] == "DEPT_TYPE_GRID_NO_HOLDER"]
    assert list(warned["cell"]) == ["C3"], issues.to_dict("records")
    no_errors(got)


def test_holder_columns_instead_of_dashes(tmp_path):
    rows = [
        ["XX县供水公司中层干部廉洁风险分类表"],
        ["科室", "岗位", "姓名", "廉洁风险点（风险等级）", None],
        [None, None, None, "制度机制风险", "岗位职责风险"],
        ["营业科", "科长", "竺沐岚", "1.水费减免不按规定审批（二级）", "2.营业收费稽核不严（三级）"],
        ["管网科", "科长", "邴霁川", "/", "1.管网工程验收降低标准（一级）\n2.抢修费用审核把关不严（二级）"],
    ]  # fmt: skip
    merges = ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("营业科", "科长", "竺沐岚", "水费减免不按规定审批", "Ⅱ级"),
        ("营业科", "科长", "竺沐岚", "营业收费稽核不严", "Ⅲ级"),
        ("管网科", "科长", "邴霁川", "管网工程验收降低标准", "Ⅰ级"),
        ("管网科", "科长", "邴霁川", "抢修费用审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_tally_of_counts_under_the_types_stays_as_before(tmp_path):
    rows = [
        ["XX县供水公司廉洁风险点统计表"],
        ["科室", "思想道德风险", "制度机制风险", "岗位职责风险"],
        ["营业科", "3", "2", "1"],
        ["管网科", "1", "2", "2"],
        ["合计", "4", "4", "3"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == []
    assert "DEPT_TYPE_GRID" not in codes(got)


def test_lines_naming_no_holder_stay_as_before(tmp_path):
    rows = [["\n".join(x.split("——")[0] for x in c.split("\n")) if isinstance(c, str) else c
             for c in row] for row in BANDED]  # fmt: skip
    rows[1][2] = "廉洁风险点（等级）"
    got = run(tmp_path, rows, BANDED_MERGES)
    assert read(got) == []
    assert not {"DEPT_TYPE_GRID", "DEPT_TYPE_GRID_NO_HOLDER"} & codes(got)


def test_what_the_hundred_and_fifth_review_found_other_separators_before_the_holder(tmp_path):
    # a single em dash, '～'/'~', '－' or '，责任人：' before the holder: each line its holder
    # (the grid was left unread, FILE_NO_FORM, for any of them but '——'/'--')
    for sep in ("—", "～", "~", "－", "，责任人：", "--"):
        rows = [
            ["XX县供水公司廉洁风险分布"],
            ["科室", "思想道德风险", "制度机制风险"],
            ["营业科", f"1、收受安装户好处费（高）{sep}科长 竺沐岚",
             f"1、报装插队办理（中）{sep}报装员 柏絮宁"],
            ["财务科", "/", f"1、公款私存（高）{sep}出纳 祁芷汀"],
        ]  # fmt: skip
        got = run(tmp_path / str(len(sep)) / sep.encode().hex(), rows, ["A1:C1"])
        assert read(got) == sorted([
            ("营业科", "科长", "竺沐岚", "收受安装户好处费", "Ⅰ级"),
            ("营业科", "报装员", "柏絮宁", "报装插队办理", "Ⅱ级"),
            ("财务科", "出纳", "祁芷汀", "公款私存", "Ⅰ级"),
        ]), sep  # fmt: skip
        assert "DEPT_TYPE_GRID" in codes(got) and "FILE_NO_FORM" not in codes(got), sep
        no_errors(got)
