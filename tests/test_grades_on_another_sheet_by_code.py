"""A list whose points' type and level (and maybe measures) are given only on ANOTHER SHEET,
keyed by the point's plain code.

One sheet holds '代码 | 股室 | 岗位 | 姓名 | 风险点 | 防控措施' (no type or level column), another
'代码 | 风险类别 | 风险级别 | 评级说明' — one row per code, in another order, no point text. Each
point takes the row of its own code (``collect._second_page`` → ``_joined_by_code``,
SHEET_JOINED_BY_CODE); a code not on the other sheet, or given there twice with other values,
leaves its point as read and is said (SHEET_CODE_UNMATCHED). Each case is a real .xlsx
(xlsxwriter or openpyxl) or .ods read back as ``collect_inbox`` reads it, in other words than the
published batch (another unit, other headings, codes, level words and tab names).
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, NAMES

UNIT = "XX县水务局"
LIST = [
    [f"{UNIT}岗位廉政风险台账"],
    ["代码", "股室", "岗位", "姓名", "风险点", "防控措施"],
    ["SW-A1", "局领导", "局长", "亓官澈", "水利工程招标暗箱操作", "招标全程公开"],
    ["SW-A2", "局领导", "局长", "亓官澈", "工程款拨付优亲厚友", "拨付集体审批"],
    ["SW-B1", "建管股", "股长", "仉墨池", "工程变更签证把关不严", "变更三方会签"],
    ["SW-C1", "水政股", "执法员", "夹谷篱", "水事案件查处以罚代刑", "案件集体审理"],
    ["填表人：", "", "审核人："],
]
GRADES = [
    [f"{UNIT}风险评级表"],
    ["代码", "风险类别", "风险级别", "评级说明"],
    ["SW-C1", "外部环境", "低", "发生概率小"],
    ["SW-A1", "制度机制", "高", "资金量大"],
    ["SW-B1", "业务流程", "中", "环节较多"],
    ["SW-A2", "岗位职责", "高", "权力集中"],
]
TRUTH = [
    ("水利工程招标暗箱操作", "Ⅰ级", "制度机制风险", "招标全程公开"),
    ("工程款拨付优亲厚友", "Ⅰ级", "岗位职责风险", "拨付集体审批"),
    ("工程变更签证把关不严", "Ⅱ级", "业务流程风险", "变更三方会签"),
    ("水事案件查处以罚代刑", "Ⅲ级", "外部环境风险", "案件集体审理"),
]


def read(path: Path):
    """Collect the one workbook in ``path``'s folder as ``collect_inbox`` does, in this process."""
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([path.parent]))
    return assemble(results, config, [path.parent])


def codes(res, severity=None) -> set[str]:
    df = res.issues
    if severity:
        df = df[df["severity"] == severity]
    return set(df["code"])


def said(res) -> list[tuple]:
    r = res.risks
    cols = ["risk_point", "risk_level", "risk_type", "measures"]
    return list(zip(*(r[c] for c in cols), strict=True))


def at(res, code: str) -> list[tuple]:
    df = res.issues[res.issues["code"] == code]
    return list(zip(df["source_sheet"], df["cell"], df["value"], strict=True))


def test_the_codes_are_catalogued_with_names():
    assert CATALOGUE["SHEET_JOINED_BY_CODE"][0] == "info"
    assert CATALOGUE["SHEET_CODE_UNMATCHED"][0] == "warning"
    assert NAMES["SHEET_JOINED_BY_CODE"] and NAMES["SHEET_CODE_UNMATCHED"]
    msg = CATALOGUE["SHEET_JOINED_BY_CODE"][1].format(field="台账", value="风险类型", key="代码")
    assert "“台账”" in msg and "“代码”" in msg


def test_type_and_level_by_code_join_the_points(tmp_path):
    # xlsxwriter; the grading sheet in another order, 高/中/低 and short types
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"风险台账": LIST, "风险评级": GRADES})
    got = read(path)
    assert said(got) == TRUTH
    assert at(got, "SHEET_JOINED_BY_CODE") == [("风险评级", "A2", "风险类型、风险级别")]
    assert (
        "“风险台账”"
        in got.issues.loc[got.issues["code"] == "SHEET_JOINED_BY_CODE", "message"].iloc[0]
    )
    assert not codes(got) & {"LEVEL_BLANK", "TABLE_NO_TYPE", "SHEET_CODE_UNMATCHED", "FILE_NO_FORM"}
    assert not codes(got, "error") and not codes(got, "warning")
    # the points are the list's: its holders, its sheet; the 评级说明 is no point
    assert set(got.risks["source_sheet"]) == {"风险台账"}
    assert set(got.risks["person"]) == {"亓官澈", "仉墨池", "夹谷篱"}


def test_measures_too_where_the_list_lacks_them_merged_and_ods(tmp_path):
    # openpyxl with merged holders, then the same rows as an .ods: the list has no type, level
    # or measures (no table on its own); the second sheet gives all three against the same
    # codes; the key headed the same on both, a code typed with a space
    left = [["某街道办事处廉政风险点一览"], ["风险点编号", "科室", "岗位", "责任人", "风险点"],
            ["JD 01", "城管科", "科长", "闾丘棠", "占道经营处罚随意"],
            ["JD 02", "城管科", "科长", "闾丘棠", "违建拆除选择性执法"],
            ["JD 03", "民政科", "科员", "东郭苒", "低保审核优亲厚友"]]  # fmt: skip
    right = [["风险点编号", "风险类型", "风险等级", "防控措施"],
             ["JD03", "思想道德", "二级", "三级审核公示"],
             ["JD01", "岗位职责", "一级", "处罚标准公开"],
             ["JD02", "制度机制", "一级", "拆违计划公示"]]  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一览表"
    for row in left:
        ws.append(row)
    for rng in ("B3:B4", "C3:C4", "D3:D4"):
        ws.merge_cells(rng)
    more = wb.create_sheet("定级及措施")
    for row in right:
        more.append(row)
    path = tmp_path / "x" / "t.xlsx"
    path.parent.mkdir(parents=True)
    wb.save(path)
    for p in (path, write_ods(tmp_path / "o" / "t.ods", {"一览表": left, "定级及措施": right})):
        got = read(p)
        assert said(got) == [
            ("占道经营处罚随意", "Ⅰ级", "岗位职责风险", "处罚标准公开"),
            ("违建拆除选择性执法", "Ⅰ级", "制度机制风险", "拆违计划公示"),
            ("低保审核优亲厚友", "Ⅱ级", "思想道德风险", "三级审核公示"),
        ], p
        assert list(got.risks["person"]) == ["闾丘棠", "闾丘棠", "东郭苒"], p
        assert set(got.risks["source_sheet"]) == {"一览表"}, p
        assert codes(got, "info") >= {"SHEET_JOINED_BY_CODE"}, p
        assert not codes(got, "error") and not codes(got, "warning"), p
        assert not codes(got) & {"SHEET_NO_TABLE", "TABLE_NO_TYPE", "FILE_NO_FORM"}, p
    # one code of the list not on the other sheet: the list stays no table, as before
    right[1][0] = "JD04"
    got = read(write_workbook(tmp_path / "y" / "t.xlsx", {"一览表": left, "定级及措施": right}))
    assert got.risks.empty and "SHEET_NO_TABLE" in codes(got)
    assert "SHEET_JOINED_BY_CODE" not in codes(got)


def test_a_code_missing_or_given_twice_otherwise_is_left_as_read_and_said(tmp_path):
    grades = [
        GRADES[1],
        ["SW-A1", "制度机制", "高", ""],
        ["SW-A2", "岗位职责", "高", ""],
        ["SW-A2", "岗位职责", "低", "复核后调整"],  # twice, another level: which is meant?
        ["SW-D9", "业务流程", "中", ""],  # no point of the list has this code
        # SW-C1 missing
        ["SW-B1", "业务流程", "中", ""],
    ]
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"风险台账": LIST, "风险评级": grades})
    got = read(path)
    assert said(got) == [
        TRUTH[0],
        ("工程款拨付优亲厚友", "", "", "拨付集体审批"),  # nothing invented
        TRUTH[2],
        ("水事案件查处以罚代刑", "", "", "案件集体审理"),
    ]
    assert "SHEET_JOINED_BY_CODE" in codes(got, "info")
    assert at(got, "SHEET_CODE_UNMATCHED") == [
        ("风险台账", "A4", "SW-A2"),
        ("风险台账", "A6", "SW-C1"),
        ("风险评级", "A5", "SW-D9"),
    ]
    assert "SHEET_CODE_UNMATCHED" in codes(got, "warning")
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert sorted(blank["cell"]) == ["E4", "E6"]


def test_a_sheet_of_other_codes_or_a_list_of_its_own_reads_as_before(tmp_path):
    # codes matching none of the list's (a table of measure codes): nothing joined
    other = [["措施代码", "防控措施", "风险级别"], ["CS-1", "公开招标", "高"], ["CS-2", "集体研究", "中"],
             ["CS-3", "定期轮岗", "低"]]  # fmt: skip
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"风险台账": LIST, "措施库": other})
    got = read(path)
    assert set(got.risks["risk_level"]) == {""} and set(got.risks["risk_type"]) == {""}
    assert "LEVEL_BLANK" in codes(got, "error") and "TABLE_NO_TYPE" in codes(got, "info")
    assert not codes(got) & {"SHEET_JOINED_BY_CODE", "SHEET_CODE_UNMATCHED"}
    # a second list numbered 1…n of its own points beside a list numbered 1…n: two lists
    numbered = [["序号", "股室", "岗位", "姓名", "风险点", "防控措施"],
                [1, "办公室", "主任", "欧阳翀", "公车私用", "派车登记"],
                [2, "办公室", "主任", "欧阳翀", "接待超标", "公函接待"]]  # fmt: skip
    own = [["序号", "风险点", "风险类型", "风险等级"], [1, "报销把关不严", "岗位职责", "高"],
           [2, "票据管理混乱", "制度机制", "低"]]  # fmt: skip
    path = write_workbook(tmp_path / "b" / "t.xlsx", {"办公室": numbered, "财务室": own})
    got = read(path)
    by_point = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert by_point == {
        "公车私用": "",
        "接待超标": "",
        "报销把关不严": "Ⅰ级",
        "票据管理混乱": "Ⅲ级",
    }
    assert not codes(got) & {"SHEET_JOINED_BY_CODE", "SHEET_JOINED", "SHEET_CODE_UNMATCHED"}


def test_plain_numbers_join_only_a_sheet_saying_it_grades_all_of_one_list(tmp_path):
    numbered = [["序号", "股室", "岗位", "姓名", "风险点", "防控措施"],
                [1, "办公室", "主任", "欧阳翀", "公车私用", "派车登记"],
                [2, "办公室", "主任", "欧阳翀", "接待超标", "公函接待"],
                [3, "财务股", "会计", "皇甫沅", "虚列支出", "凭证复核"]]  # fmt: skip
    grading = [["风险等级评定"], ["序号", "风险等级", "风险类型"], [3, "高", "岗位职责"],
               [1, "中", "思想道德"], [2, "低", "制度机制"]]  # fmt: skip
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"台账": numbered, "定级": grading})
    got = read(path)
    assert list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)) == [
        ("公车私用", "Ⅱ级"), ("接待超标", "Ⅲ级"), ("虚列支出", "Ⅰ级")]  # fmt: skip
    assert "SHEET_JOINED_BY_CODE" in codes(got, "info")
    # a 评定标准 numbered 1…3 beside the same list: a scale, not the points' levels
    norms = [["风险等级评定标准"], ["序号", "风险等级", "风险类型"], [1, "高", "岗位职责"],
             [2, "中", "思想道德"], [3, "低", "制度机制"]]  # fmt: skip
    # a grading sheet whose numbers are not the list's, all of them
    fewer = [grading[0], grading[1], grading[2], grading[3]]
    for name, sheet in (("norms", norms), ("fewer", fewer)):
        path = write_workbook(tmp_path / name / "t.xlsx", {"台账": numbered, "定级": sheet})
        got = read(path)
        assert set(got.risks["risk_level"]) == {""}, name
        assert not codes(got) & {"SHEET_JOINED_BY_CODE", "SHEET_CODE_UNMATCHED"}, name


def test_a_list_giving_its_own_type_and_level_keeps_them(tmp_path):
    # the list has both columns: the other sheet only repeats (or differs): the list's stand
    own = [LIST[0], [*LIST[1][:5], "风险类别", "风险级别"]]
    own += [[*r[:5], t, lv] for r, t, lv in zip(LIST[2:6], ("廉洁自律", "制度机制", "业务流程", "外部环境"),
                                                 ("中", "高", "中", "低"), strict=True)]  # fmt: skip
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"风险台账": own, "风险评级": GRADES})
    got = read(path)
    assert list(got.risks["risk_level"]) == ["Ⅱ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "SHEET_JOINED_BY_CODE" not in codes(got)


def test_a_level_the_other_sheet_gives_otherwise_is_warned(tmp_path):
    # the list grades its points but writes no measures; the other sheet gives measures and, for
    # one code, another level: the measures are joined, the list's level stands, the
    # disagreement warned at the list's level cell (CODE_TABLE_LEVEL_DIFFERS)
    own = [LIST[0], [*LIST[1][:5], "风险级别"]]
    own += [[*r[:5], lv] for r, lv in zip(LIST[2:6], ("高", "高", "中", "低"), strict=True)]
    sheet = [
        [f"{UNIT}风险防控措施表"],
        ["代码", "风险级别", "防控措施"],
        ["SW-C1", "低", "案件集体审理"],
        ["SW-A1", "高", "招标全程公开"],
        ["SW-B1", "高", "变更三方会签"],
        ["SW-A2", "一级", "拨付集体审批"],
    ]
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"风险台账": own, "措施": sheet})
    got = read(path)
    assert list(got.risks["risk_level"]) == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert list(got.risks["measures"]) == [t[3] for t in TRUTH]
    assert "SHEET_JOINED_BY_CODE" in codes(got)
    assert at(got, "CODE_TABLE_LEVEL_DIFFERS") == [("风险台账", "F5", "SW-B1")]
    assert (
        CATALOGUE["CODE_TABLE_LEVEL_DIFFERS"][0] == "warning" and NAMES["CODE_TABLE_LEVEL_DIFFERS"]
    )
