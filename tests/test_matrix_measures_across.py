"""A matrix of posts down and points across whose cells hold each post's own MEASURES: one row a
post (科室 | 岗位 | 姓名 merged down over the heading rows), a heading naming points and measures
merged over the point columns with the points' texts under it, each point's level in a row of its
own ('风险级别' merged over the posts' columns, '高 | 中 | …' under the points) or closing the point
('…降低标准（Ⅰ级）'), and in each post's cell under a point that post's measures for it, or '√'
(its measures from a '防控措施' row under the posts, else none), '/' or nothing where the post has
no part. Each post is a form; its points are the columns its row fills.

Not the published batch's matrix (a 医疗保障局 with 序号 | 股室 | 岗位 | 姓名, '风险等级' and
'一级/二级/三级' in a row of their own, '/' for none): a 市场监督管理局 and a 市场监管所, other posts
(执法队员, 许可审批员, 稽查员), names, level words (高/中/低, Ⅰ级/Ⅱ级/Ⅲ级 in brackets), '不涉及' and
empty cells for none, a '备注' column, ticks; written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file. The negatives keep a matrix of levels in its cells (read
as before) and cells of sentences under a heading without measures, or with no level anywhere,
from being read as measures.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "防控矩阵"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "matrix.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


P1 = "食品经营许可现场核查降低标准、放宽条件"
P2 = "行政处罚案件自由裁量畸轻畸重、人情执法"
P3 = "执法检查前向经营户通风报信"
P4 = "收受检查对象宴请、购物卡"
M = {
    "执法1": "现场核查两人以上并全程执法记录仪记录。",
    "执法2": "裁量基准逐条对照，案件经法制审核后集体讨论。",
    "执法3": "检查对象双随机抽取，出发前才告知检查人员。",
    "队员2": "处罚决定书载明裁量理由，网上公示。",
    "队员4": "签订廉洁执法承诺书，不进经营户就餐。",
    "许可1": "许可条件和办理时限在窗口和网上公开。",
    "许可4": "审批全程网办，不与申请人私下接触。",
}


def level_row_rows() -> tuple[list[list], list[str]]:
    rows = [
        ["某县市场监督管理局岗位廉政风险防控对策矩阵"],
        ["科室", "职务", "姓名", "岗位廉政风险点及防控对策", None, None, None, "备注"],
        [None, None, None, P1, P2, P3, P4, None],
        ["风险级别", None, None, "高", "中", "高", "低", None],
        ["综合执法科", "科长", "蒯砚秋", M["执法1"], M["执法2"], M["执法3"], "不涉及", None],
        [None, "执法队员", "阙晗舟", "", M["队员2"], "/", M["队员4"], "持执法证"],
        ["行政许可科", "许可审批员", "亓映溪", M["许可1"], "/", "/", M["许可4"], None],
        ["注：各岗位只在本岗位涉及的风险点下填写防控对策，不涉及的填“不涉及”或“/”。"],
    ]
    return rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "A4:C4", "A5:A6", "A8:H8"]


LEVEL_ROW_TRUTH = sorted([
    ("科长", "蒯砚秋", P1, "Ⅰ级"),
    ("科长", "蒯砚秋", P2, "Ⅱ级"),
    ("科长", "蒯砚秋", P3, "Ⅰ级"),
    ("执法队员", "阙晗舟", P2, "Ⅱ级"),
    ("执法队员", "阙晗舟", P4, "Ⅲ级"),
    ("许可审批员", "亓映溪", P1, "Ⅰ级"),
    ("许可审批员", "亓映溪", P4, "Ⅲ级"),
])  # fmt: skip


def test_levels_in_a_row_of_their_own_and_measures_in_the_cells(tmp_path):
    rows, merges = level_row_rows()
    got = run(tmp_path, rows, merges)
    assert read(got) == LEVEL_ROW_TRUTH
    no_errors(got)
    r = got.risks
    mine = dict(zip(zip(r["person"], r["risk_point"], strict=True), r["measures"], strict=True))
    assert mine[("蒯砚秋", P2)] == M["执法2"]  # the post's own measures, not another's
    assert mine[("阙晗舟", P2)] == M["队员2"]
    assert set(r["department"]) == {"综合执法科", "行政许可科"}  # (科室 merged down)
    assert "持执法证" not in set(r["risk_point"])  # 备注 is no point
    c = got.counts()
    assert c["forms"] == 3 and c["rows_seen"] == c["risks"] == 7, c


def test_levels_closing_the_points(tmp_path):
    rows = [
        ["某县市场监管所岗位廉政风险及本岗位防控措施表"],
        ["序号", "部门", "岗位", "责任人", "廉政风险点及本岗位防控措施", None, None],
        [None, None, None, None, f"{P1}（Ⅰ级）", f"{P2}（Ⅱ级）", f"{P4}（Ⅲ级）"],
        [1, "所领导", "所长", "衡沐川", M["执法1"], M["执法2"], "/"],
        [2, "所领导", "副所长", "毌丘岚", "/", M["队员2"], M["队员4"]],
        [3, "许可组", "许可审批员", "昝语桐", M["许可1"], "/", M["许可4"]],
    ]
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "衡沐川", P1, "Ⅰ级"),
        ("所长", "衡沐川", P2, "Ⅱ级"),
        ("副所长", "毌丘岚", P2, "Ⅱ级"),
        ("副所长", "毌丘岚", P4, "Ⅲ级"),
        ("许可审批员", "昝语桐", P1, "Ⅰ级"),
        ("许可审批员", "昝语桐", P4, "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert M["许可4"] in set(got.risks["measures"])


def test_ticks_with_a_measures_row_under_the_posts(tmp_path):
    rows = [
        ["某县市场监督管理局稽查岗位廉政风险责任矩阵"],
        ["股室", "岗位", "姓名", "廉政风险点", None, None],
        [None, None, None, P2, P3, P4],
        ["风险等级", None, None, "中", "高", "低"],
        ["稽查大队", "大队长", "蒯临溪", "√", "√", None],
        ["稽查大队", "稽查员", "阙书禾", None, "√", "√"],
        ["防控措施", None, None, M["执法2"], M["执法3"], M["队员4"]],
    ]
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A4:C4", "A7:C7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("大队长", "蒯临溪", P2, "Ⅱ级"),
        ("大队长", "蒯临溪", P3, "Ⅰ级"),
        ("稽查员", "阙书禾", P3, "Ⅰ级"),
        ("稽查员", "阙书禾", P4, "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    r = got.risks
    assert dict(zip(r["risk_point"], r["measures"], strict=True))[P4] == M["队员4"]
    assert "√" not in set(r["measures"])


def test_ticks_with_levels_in_the_points_and_no_measures(tmp_path):
    rows = [
        ["某县市场监管所岗位廉政风险分布表"],
        ["部门", "岗位", "姓名", "岗位廉政风险点", None, None],
        [None, None, None, f"{P1}（高）", f"{P3}（高）", f"{P4}（低）"],
        ["所领导", "所长", "衡沐川", "√", "√", "√"],
        ["食品股", "科员", "昝语桐", "√", None, "/"],
    ]
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "衡沐川", P1, "Ⅰ级"),
        ("所长", "衡沐川", P3, "Ⅰ级"),
        ("所长", "衡沐川", P4, "Ⅲ级"),
        ("科员", "昝语桐", P1, "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "MEASURES_BLANK" in set(got.issues["code"])
    assert set(got.risks["measures"]) == {""}


def test_levels_in_the_cells_read_as_before(tmp_path):
    """(Negative) the matrix of levels: each cell the post's level of the point, the measures in
    a '防控措施' row; no level row, the cells' levels stand."""
    rows = [
        ["某县市场监督管理局岗位廉政风险评估矩阵"],
        ["科室", "岗位", "姓名", "廉政风险点及风险等级", None, None],
        [None, None, None, P1, P2, P3],
        ["综合执法科", "科长", "蒯砚秋", "高", "中", "/"],
        ["综合执法科", "执法队员", "阙晗舟", "/", "低", "中"],
        ["防控措施", None, None, M["执法1"], M["执法2"], M["执法3"]],
    ]
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A6:C6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科长", "蒯砚秋", P1, "Ⅰ级"),
        ("科长", "蒯砚秋", P2, "Ⅱ级"),
        ("执法队员", "阙晗舟", P2, "Ⅲ级"),
        ("执法队员", "阙晗舟", P3, "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_sentences_under_a_heading_without_measures_are_not_measures(tmp_path):
    """(Negative) '廉政风险点及主要表现' over sentences: how each post shows the point, not its
    measures; with the level row it is still no matrix of measures."""
    rows, merges = level_row_rows()
    rows[1][3] = "岗位廉政风险点及主要表现"
    got = run(tmp_path, rows, merges)
    assert read(got) == []  # (as before: no table found in it)
    assert "FILE_NO_FORM" in set(got.issues["code"])


def test_measures_with_no_level_anywhere_are_not_read_as_a_matrix(tmp_path):
    """(Negative) measures in the cells but no level row and no level closing the points: not
    this shape (the file stays as it was, no form)."""
    rows, merges = level_row_rows()
    del rows[3]
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "A4:A5", "A7:H7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == []
    assert "FILE_NO_FORM" in set(got.issues["code"])


def test_what_the_eighty_fifth_review_found(tmp_path):
    """A level row over cells that hold levels themselves is no post's row (each cell's level is
    the post's); a post's '同上' under a point is the measures of the post above; a heading naming
    its measures as 防范举措 (防控要求, 防控手段, 防范办法) is a heading of measures."""
    rows, merges = level_row_rows()
    rows[1][3] = "岗位廉政风险点"
    rows[4][3:7] = ["高", "中", "高", "/"]
    rows[5][3:7] = ["/", "中", "/", "低"]
    rows[6][3:7] = ["高", "/", "/", "低"]
    got = run(tmp_path / "a", rows, merges)
    assert "风险级别" not in set(got.risks["person"]) | set(got.risks["title"])
    assert len(got.risks) == 7
    rows, merges = level_row_rows()
    rows[1][3] = "岗位廉政风险点及防范举措"
    rows[6][6] = "同上"  # (the 许可审批员's measures for P4: the 执法队员's above)
    got = run(tmp_path / "b", rows, merges)
    assert read(got) == LEVEL_ROW_TRUTH
    r = got.risks
    mine = dict(zip(zip(r["person"], r["risk_point"], strict=True), r["measures"], strict=True))
    assert mine[("亓映溪", P4)] == M["队员4"]
    no_errors(got)
