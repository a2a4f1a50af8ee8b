"""A point heading merged over two or three unheaded columns ('风险点描述', '廉政风险点'), each
row's point typed in ONE of them, staggered like an outline: a note under the table that maps
the columns' order to levels ('左起第一列…为高风险', '三列从左至右依次为一、二、三级', '按风险
等级由高到低错列填写') makes each filled cell a point and its column its level (info
``LEVEL_BY_POINT_COLUMN``); without such a note the filled cell is still the point, its level
unknown, and the table gets one warning (``POINT_COLUMNS_UNSAID``). Tables that only look alike
read as before: '风险点' over '内容 | 主次', a point merged across its row's two cells, headed
'一级风险点 | 二级风险点 | 三级风险点' columns, a heading over a point and its 表现 filled on every row.

Not the published batch's list (a county's 财政事务中心, 科室 | 岗位 | 姓名 in one heading row and
'廉政风险点' over three columns, a note '填在第一列的为一级风险点…'): a 县水利局's 工程建设管理站
and a 乡镇卫生院, other posts, names and level words, two heading rows or one, the post and name
in one cell or two, a type column and a 备注 column beside, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "防控表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


# two heading rows: '风险点描述' merged over both rows and three columns; 股室 merged down
WATER = [
    ["县水利局工程建设管理站岗位廉政风险防控登记表"],
    ["序号", "股室", "岗位", "责任人", "风险点描述", None, None, "防控措施"],
    [None, None, None, None, None, None, None, None],
    [
        1,
        "站领导",
        "站长",
        "相里骞",
        "工程变更签证由个人拍板",
        None,
        None,
        "变更签证经站务会集体研究。",
    ],
    [2, "站领导", "站长", "相里骞", None, "验收时对隐蔽工程不到场", None, "隐蔽工程验收影像留档。"],
    [3, "质量安全股", "股长", "闾丘湛", None, None, "质量检测报告审核不细", "检测报告双人复核。"],
    [
        4,
        "质量安全股",
        "股长",
        "闾丘湛",
        "接受施工单位宴请，放松监管",
        None,
        None,
        "签订廉洁承诺书。",
    ],
    [5, "质量安全股", "监督员", "司寇暄", None, "巡查记录事后补记", None, "巡查记录当日上传系统。"],
    [
        6,
        "质量安全股",
        "监督员",
        "司寇暄",
        None,
        None,
        "对整改回复不核实即销号",
        "整改销号现场复查。",
    ],
    ["说明：风险点分三列填写，三列从左至右依次为高、中、低风险。"],
    ["填表人：", None, None, "审核人："],
]
WATER_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G3", "H2:H3", "B4:B5",
                "B6:B9", "A10:H10"]  # fmt: skip
WATER_READ = [
    ("监督员", "司寇暄", "对整改回复不核实即销号", "Ⅲ级"),
    ("监督员", "司寇暄", "巡查记录事后补记", "Ⅱ级"),
    ("站长", "相里骞", "工程变更签证由个人拍板", "Ⅰ级"),
    ("站长", "相里骞", "验收时对隐蔽工程不到场", "Ⅱ级"),
    ("股长", "闾丘湛", "接受施工单位宴请，放松监管", "Ⅰ级"),
    ("股长", "闾丘湛", "质量检测报告审核不细", "Ⅲ级"),
]


def test_three_columns_in_order_under_two_heading_rows(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == sorted(WATER_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_POINT_COLUMN" in codes(got)
    assert "POINT_BLANK" not in codes(got)


# one heading row, post and name in one cell, a type column and a 备注 beside; the note by
# direction, the columns '/' where not used
CLINIC = [
    ["某镇卫生院岗位廉政风险点排查表"],
    ["序号", "岗位及姓名", "风险类型", "廉政风险点", None, None, "防控措施", "备注"],
    [
        1,
        "院长　宇文漪",
        "制度机制",
        "药品采购不走集中平台",
        "/",
        "/",
        "纳入县域医共体统一采购。",
        "",
    ],
    [2, "院长　宇文漪", "思想道德", "/", "接受医药代表请托", "/", "签订拒收回扣承诺书。", ""],
    [3, "药房主任　东方琤", "岗位职责", "/", "/", "药品效期管理不严", "每月盘点近效期药品。", ""],
    [4, "药房主任　东方琤", "制度机制", "/", "处方调配不复核", "/", "调配双人核对签字。", "新增"],
    [5, "收费员　公冶淇", "岗位职责", "截留挂号费现金", "/", "/", "日清日结，票款一致。", ""],
    ["注：廉政风险点按风险等级由高到低错列填写。"],
]
CLINIC_MERGES = ["A1:H1", "D2:F2", "A8:H8"]


def test_one_heading_row_post_and_name_in_one_cell_and_a_note_by_direction(tmp_path):
    got = run(tmp_path, CLINIC, CLINIC_MERGES)
    assert read(got) == sorted([
        ("院长", "宇文漪", "药品采购不走集中平台", "Ⅰ级"),
        ("院长", "宇文漪", "接受医药代表请托", "Ⅱ级"),
        ("药房主任", "东方琤", "药品效期管理不严", "Ⅲ级"),
        ("药房主任", "东方琤", "处方调配不复核", "Ⅱ级"),
        ("收费员", "公冶淇", "截留挂号费现金", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_POINT_COLUMN" in codes(got)


def test_two_columns_left_and_right_and_a_row_filling_both(tmp_path):
    """Two columns named left and right; a row with a whole point in each is two points, a
    point run on from one column into the next ('…、' | '…') is one, at its first column's."""
    rows = [
        ["县水利局工程建设管理站岗位风险点一览表"],
        ["序号", "岗位", "姓名", "风险点", None, "防控措施"],
        [1, "站长", "相里骞", "工程款拨付审批把关不严", None, "拨付经站务会研究。"],
        [2, "站长", "相里骞", None, "外出考察变相旅游", "考察计划报局审批。"],
        [3, "监督员", "司寇暄", "抽检取样由施工方代办", "检测结果不公开", "取样全程见证。"],
        [4, "监督员", "司寇暄", None, "发现问题不报告、", "问题清单周报。"],
        [5, "财务员", "闾丘湛", "报账凭证审核走过场、", "附件不全也报销", "附件不全一律退回。"],
        [6, "财务员", "闾丘湛", None, "备用金长期不清", "备用金按月清理。"],
        ["注：左列填写一级风险点，右列填写二级风险点。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "D2:E2", "A9:F9"])
    assert read(got) == sorted([
        ("站长", "相里骞", "工程款拨付审批把关不严", "Ⅰ级"),
        ("站长", "相里骞", "外出考察变相旅游", "Ⅱ级"),
        ("监督员", "司寇暄", "抽检取样由施工方代办", "Ⅰ级"),
        ("监督员", "司寇暄", "检测结果不公开", "Ⅱ级"),
        ("监督员", "司寇暄", "发现问题不报告、", "Ⅱ级"),
        ("财务员", "闾丘湛", "报账凭证审核走过场、附件不全也报销", "Ⅰ级"),
        ("财务员", "闾丘湛", "备用金长期不清", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_no_note_reads_the_points_with_no_level_and_one_warning(tmp_path):
    rows = [list(r) for r in WATER[:-2]] + [["填表人：", None, None, "审核人："]]
    got = run(tmp_path, rows, WATER_MERGES[:-1])
    assert read(got) == sorted((post, who, point, "") for post, who, point, _lv in WATER_READ)
    assert "POINT_BLANK" not in codes(got)
    assert {e["code"] for e in errors(got)} == {"LEVEL_BLANK"}
    warned = got.issues[got.issues["code"] == "POINT_COLUMNS_UNSAID"]
    assert len(warned) == 1 and warned.iloc[0]["severity"] == "warning"
    assert "LEVEL_BY_POINT_COLUMN" not in codes(got)


def test_the_codes_are_catalogued():
    for code in ("LEVEL_BY_POINT_COLUMN", "POINT_COLUMNS_UNSAID"):
        assert code in CATALOGUE and code in SHORT


# ---------------------------------------------------------------- alike, read as before


def test_point_over_content_and_weight_sub_headings_reads_as_before(tmp_path):
    rows = [
        ["某镇卫生院岗位风险点清单"],
        ["序号", "岗位", "姓名", "风险点", None, "风险等级", "防控措施"],
        [None, None, None, "内容", "主次", None, None],
        [1, "院长", "宇文漪", "药品采购不走集中平台", "主要", "一级", "统一采购。"],
        [2, "院长", "宇文漪", "接受医药代表请托", "次要", "二级", "签订承诺书。"],
        [3, "收费员", "公冶淇", "截留挂号费现金", "主要", "一级", "日清日结。"],
    ]
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("院长", "宇文漪", "药品采购不走集中平台", "Ⅰ级"),
        ("院长", "宇文漪", "接受医药代表请托", "Ⅱ级"),
        ("收费员", "公冶淇", "截留挂号费现金", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert not {"LEVEL_BY_POINT_COLUMN", "POINT_COLUMNS_UNSAID"} & codes(got)


def test_a_point_merged_across_its_two_cells_reads_as_before(tmp_path):
    rows = [
        ["县水利局工程建设管理站廉政风险点表"],
        ["序号", "岗位", "姓名", "廉政风险点", None, "风险等级", "防控措施"],
        [1, "站长", "相里骞", "工程变更签证由个人拍板", None, "高", "集体研究。"],
        [2, "股长", "闾丘湛", "质量检测报告审核不细", None, "中", "双人复核。"],
        [3, "监督员", "司寇暄", "巡查记录事后补记", None, "低", "当日上传。"],
        ["注：左列为一级，右列为二级。"],
    ]
    merges = ["A1:G1", "D2:E2", "D3:E3", "D4:E4", "D5:E5", "A6:G6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("站长", "相里骞", "工程变更签证由个人拍板", "Ⅰ级"),
        ("股长", "闾丘湛", "质量检测报告审核不细", "Ⅱ级"),
        ("监督员", "司寇暄", "巡查记录事后补记", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert not {"LEVEL_BY_POINT_COLUMN", "POINT_COLUMNS_UNSAID"} & codes(got)


def test_headed_level_point_columns_read_as_before(tmp_path):
    rows = [
        ["某镇卫生院分级风险点表"],
        ["序号", "岗位", "姓名", "一级风险点", "二级风险点", "三级风险点", "防控措施"],
        [1, "院长", "宇文漪", "药品采购不走集中平台", None, None, "统一采购。"],
        [2, "院长", "宇文漪", None, "接受医药代表请托", None, "签订承诺书。"],
        [3, "收费员", "公冶淇", None, None, "挂号费票据保管不善", "专柜保管。"],
        [4, "收费员", "公冶淇", None, "截留挂号费现金", None, "日清日结。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("院长", "宇文漪", "药品采购不走集中平台", "Ⅰ级"),
        ("院长", "宇文漪", "接受医药代表请托", "Ⅱ级"),
        ("收费员", "公冶淇", "挂号费票据保管不善", "Ⅲ级"),
        ("收费员", "公冶淇", "截留挂号费现金", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert not {"LEVEL_BY_POINT_COLUMN", "POINT_COLUMNS_UNSAID"} & codes(got)


def test_a_heading_over_a_point_and_its_signs_filled_on_every_row_reads_as_before(tmp_path):
    rows = [
        ["县水利局工程建设管理站风险点表"],
        ["序号", "岗位", "姓名", "廉政风险点", None, None, "风险等级", "防控措施"],
        [1, "站长", "相里骞", "工程变更", "签证由个人拍板", "造成投资失控", "高", "集体研究。"],
        [2, "股长", "闾丘湛", "质量检测", "报告审核不细", "质量隐患", "中", "双人复核。"],
        [3, "监督员", "司寇暄", "日常巡查", "记录事后补记", "问题漏报", "低", "当日上传。"],
    ]
    got = run(tmp_path, rows, ["A1:H1", "D2:F2"])
    assert not {"LEVEL_BY_POINT_COLUMN", "POINT_COLUMNS_UNSAID"} & codes(got)
    assert [lv for *_x, lv in read(got)] and {lv for *_x, lv in read(got)} <= {"Ⅰ级", "Ⅱ级", "Ⅲ级"}
    assert len(read(got)) == 3
    assert not errors(got), errors(got)


# --------------------------------------------------------------------------- the 127th review

_REVIEW127_TITLE = ["某局岗位廉政风险点清单"]


def _review127_rows(head: str, level: bool) -> list[list]:
    lv = (["三级"], ["一级"], ["二级"]) if level else ([], [], [])
    return [
        _REVIEW127_TITLE,
        ["序号", "岗位", "姓名", head, None, None, *(["风险等级"] if level else []), "防控措施"],
        [1, "局长", "柴昀澍", "项目审批个人说了算", None, None, *lv[0], "集体研究。"],
        [2, "会计", "戴沁瑶", None, "报账附件不全也报销", None, *lv[1], "逐笔审核。"],
        [3, "出纳", "储霖翾", None, None, "票据保管不善", *lv[2], "专柜保管。"],
    ]


def test_what_the_hundred_and_twenty_seventh_review_found_a_level_column_beside(tmp_path):
    # staggered columns AND a 风险等级 column: each row's filled cell its point, the column's
    # level; the note's other level for the column told at the level cell
    rows = [
        *_review127_rows("廉政风险点", True),
        ["注：风险点分三列填写，三列从左至右依次为一级、二级、三级风险。"],
    ]
    got = run(tmp_path, rows, ["A1:H1", "D2:F2", "A6:H6"])
    assert read(got) == sorted([
        ("局长", "柴昀澍", "项目审批个人说了算", "Ⅲ级"),
        ("会计", "戴沁瑶", "报账附件不全也报销", "Ⅰ级"),
        ("出纳", "储霖翾", "票据保管不善", "Ⅱ级"),
    ])  # fmt: skip
    issues = got.issues
    differ = issues[issues["code"] == "POINT_COLUMN_LEVEL_DIFFERS"]
    assert list(differ["cell"]) == ["G3", "G4", "G5"]
    assert set(differ["severity"]) == {"warning"}
    assert not {"POINT_BLANK", "LEVEL_BY_POINT_COLUMN", "POINT_COLUMNS_UNSAID"} & codes(got)
    assert not errors(got)
    assert "POINT_COLUMN_LEVEL_DIFFERS" in CATALOGUE and "POINT_COLUMN_LEVEL_DIFFERS" in SHORT


def test_what_the_hundred_and_twenty_seventh_review_found_a_level_column_no_note(tmp_path):
    got = run(tmp_path, _review127_rows("廉政风险点", True), ["A1:H1", "D2:F2"])
    assert read(got) == sorted([
        ("局长", "柴昀澍", "项目审批个人说了算", "Ⅲ级"),
        ("会计", "戴沁瑶", "报账附件不全也报销", "Ⅰ级"),
        ("出纳", "储霖翾", "票据保管不善", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"POINT_BLANK", "POINT_COLUMN_LEVEL_DIFFERS", "POINT_COLUMNS_UNSAID"} & codes(got)
    assert not errors(got)


_REVIEW127_READ = sorted([
    ("局长", "柴昀澍", "项目审批个人说了算", "Ⅰ级"),
    ("会计", "戴沁瑶", "报账附件不全也报销", "Ⅱ级"),
    ("出纳", "储霖翾", "票据保管不善", "Ⅲ级"),
])  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_the_level_said_first(tmp_path):
    rows = [
        *_review127_rows("廉政风险点", False),
        ["说明：高风险填在左列，中风险填在中间列，低风险填在右列。"],
    ]
    got = run(tmp_path, rows, ["A1:G1", "D2:F2", "A6:G6"])
    assert read(got) == _REVIEW127_READ
    assert "LEVEL_BY_POINT_COLUMN" in codes(got)
    assert "POINT_COLUMNS_UNSAID" not in codes(got)
    assert not errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_the_gloss_in_the_heading(tmp_path):
    got = run(tmp_path, _review127_rows("廉政风险点（左起依次为高、中、低风险）", False),
              ["A1:G1", "D2:F2"])  # fmt: skip
    assert read(got) == _REVIEW127_READ
    assert "LEVEL_BY_POINT_COLUMN" in codes(got)
    assert "POINT_COLUMNS_UNSAID" not in codes(got)
    assert not errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_blank_first_sub_column(tmp_path):
    # '风险点及表现' merged over three columns and a 风险等级 column: a row leaving the first
    # sub-column blank has its point in the next, not a blank point (read before as POINT_BLANK)
    rows = [
        _REVIEW127_TITLE,
        ["序号", "岗位", "姓名", "风险点及表现", None, None, "风险等级", "防控措施"],
        [1, "局长", "柴昀澍", "项目审批", "个人说了算", "造成损失", "高", "集体研究。"],
        [2, "会计", "戴沁瑶", "报账审核", None, None, "中", "逐笔审核。"],
        [3, "出纳", "储霖翾", None, "公款私存", None, "中", "日清月结。"],
    ]
    got = run(tmp_path, rows, ["A1:H1", "D2:F2"])
    assert read(got) == sorted([
        ("局长", "柴昀澍", "项目审批\n个人说了算\n造成损失", "Ⅰ级"),
        ("会计", "戴沁瑶", "报账审核", "Ⅱ级"),
        ("出纳", "储霖翾", "公款私存", "Ⅱ级"),
    ])  # fmt: skip
    assert "POINT_BLANK" not in codes(got)
    assert not errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_run_on_rows_beside_a_level(tmp_path):
    # beside a 风险等级 column, rows of the second column's text alone (no 序号, holder or level)
    # run on under the point above: no staggered reading (as before the rule)
    rows = [
        _REVIEW127_TITLE,
        ["序号", "岗位", "姓名", "风险点", None, "风险等级", "防控措施"],
        [1, "局长", "柴昀澍", "项目审批", None, "高", "集体研究。"],
        [None, None, None, None, "个人说了算，不经集体研究", None, None],
        [2, "会计", "戴沁瑶", "报账审核", None, "中", "逐笔审核。"],
        [None, None, None, None, "附件不全也报销", None, None],
    ]
    got = run(tmp_path, rows, ["A1:G1", "D2:E2"])
    assert read(got) == sorted([
        ("局长", "柴昀澍", "项目审批", "Ⅰ级"),
        ("会计", "戴沁瑶", "报账审核", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
