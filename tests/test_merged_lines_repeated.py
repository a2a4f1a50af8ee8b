"""A 科室, 岗位 or holder's cell merged down over its rows with WPS's 合并内容 (not 合并相同单元格):
the merged cell keeps every covered row's value, one a line ('水政监察大队⏎水政监察大队⏎水政监察
大队', '大队长⏎大队长'). Lines all the same are that value once, not one word glued from them; a
merged cell of as many lines as rows, one repeated ('副科长⏎副科长⏎科员'), gives each row its line.

Not the published batch's file (a county 市场监督管理局 with 股室/岗位/姓名, 股长 and 执法人员, 高/中/低
under one heading row): a 区水利局 and its 科/队/站, other posts, names and level words (一级…, ★…),
a heading of two rows, post and name in one cell, a 备注 column, written with xlsxwriter
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_code_is_catalogued():
    assert "MERGED_LINES_BY_ROW" in CATALOGUE and "MERGED_LINES_BY_ROW" in SHORT


def test_two_heading_rows_merged_dept_post_and_name_repeating_their_value(tmp_path):
    q = "水政监察大队"
    rows = [["XX区水利局岗位廉政风险防控台账"],
            ["序号", "责任主体", None, None, "廉政风险点", "风险等级", "防控措施", "备注"],
            [None, "科室", "职务", "姓名", None, None, None, None],
            [1, f"{q}\n{q}\n{q}", "大队长\n大队长", "阙沅樾\n阙沅樾", "河道采砂执法选择性查处",
             "一级", "执法全过程记录，案件集体审议。", None],
            [2, None, None, None, "违法建设案件久拖不结", "二级", "建立案件办理时限台账。", None],
            [3, None, "队员", "郦晗霁", "现场检查接受当事人宴请", "三级", "检查两人以上同行。", "新任"],
            [4, "规划计划科", "科长", "濮澜洲", "项目前期工作经费安排不公", "二级",
             "经费安排经局务会研究。", None]]  # fmt: skip
    merges = ["A1:H1", "B2:D2", "A2:A3", "E2:E3", "F2:F3", "G2:G3", "H2:H3",
              "B4:B6", "C4:C5", "D4:D5"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        (q, "大队长", "阙沅樾", "河道采砂执法选择性查处", "Ⅰ级"),
        (q, "大队长", "阙沅樾", "违法建设案件久拖不结", "Ⅱ级"),
        (q, "队员", "郦晗霁", "现场检查接受当事人宴请", "Ⅲ级"),
        ("规划计划科", "科长", "濮澜洲", "项目前期工作经费安排不公", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "MERGED_LINES_BY_ROW"]
    assert list(said["cell"]) == ["B4"]
    assert not errors(got)


def test_post_and_name_in_one_cell_and_stars(tmp_path):
    s = "工程建设管理站"
    rows = [["XX区水利局廉政风险点登记表"],
            ["序号", "科室", "岗位及责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, f"{s}\n{s}", "站长　钭骁岑\n站长　钭骁岑", "隐蔽工程验收不到场签字", "★★★",
             "隐蔽工程验收留存影像资料。"],
            [2, None, None, "设计变更审核把关不严", "★★", "变更经技术组会审。"],
            [3, "财务室", "出纳　寇汐蓁", "库存现金账实不符", "★", "每月盘点现金。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        (s, "站长", "钭骁岑", "隐蔽工程验收不到场签字", "Ⅰ级"),
        (s, "站长", "钭骁岑", "设计变更审核把关不严", "Ⅱ级"),
        ("财务室", "出纳", "寇汐蓁", "库存现金账实不符", "Ⅲ级"),
    ])  # fmt: skip
    assert "MERGED_LINES_BY_ROW" in codes(got)
    assert not errors(got)


def test_two_runs_joined_in_one_merge_and_a_plain_cell_repeating(tmp_path):
    # 岗位 merged over a 副科长's two rows and a 科员's one ('副科长⏎副科长⏎科员'); a plain cell
    # '会计⏎会计' of one row
    d = "河湖管理科"
    rows = [["XX区水利局岗位廉政风险排查表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, f"{d}\n{d}\n{d}", "副科长\n副科长\n科员", "闵彦璟\n闵彦璟\n帅沐桐",
             "河长制考核打分不客观", "岗位职责", "二级", "考核结果集体评定。"],
            [2, None, None, None, "涉河项目审查降低标准", "制度机制", "一级", "审查意见两人会签。"],
            [3, None, None, None, "巡河记录弄虚作假", "岗位职责", "三级", "巡河轨迹系统留痕。"],
            [4, "办公室", "会计\n会计", "訾芃琛", "虚列支出套取资金", "制度机制", "二级",
             "报销凭证分管领导审签。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "B3:B5", "C3:C5", "D3:D5"])
    assert read(got) == sorted([
        (d, "副科长", "闵彦璟", "河长制考核打分不客观", "Ⅱ级"),
        (d, "副科长", "闵彦璟", "涉河项目审查降低标准", "Ⅰ级"),
        (d, "科员", "帅沐桐", "巡河记录弄虚作假", "Ⅲ级"),
        ("办公室", "会计", "訾芃琛", "虚列支出套取资金", "Ⅱ级"),
    ])  # fmt: skip
    assert "MERGED_LINES_BY_ROW" in codes(got)
    assert not errors(got)


# ------------------------------------------------------------------ as before: not this shape


NEG_ONE_ROW = [["XX区水利局岗位廉政风险防控表"],
               ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
               [1, "办公室\n财务室", "科长", "冀昀澍", "公务接待超标准", "二级", "接待清单审批。"],
               [2, "水资源科", "科长\n（兼）出纳", "段泠沣", "取水许可审查把关不严", "一级",
                "审查结果公示。"],
               [3, "水土保持站", "站长", "涂翊航\n苗若溪", "水保方案审查收受好处", "一级",
                "方案专家评审。"]]  # fmt: skip


def test_different_lines_of_one_row_read_as_before(tmp_path):
    # two 科室 of one row, a post and its note, two holders of one row: not a merge's lines
    # (the 科室 glued as the reader has always read it)
    got = run(tmp_path, NEG_ONE_ROW, ["A1:G1"])
    assert read(got) == sorted([
        ("办公室财务室", "科长", "冀昀澍", "公务接待超标准", "Ⅱ级"),
        ("水资源科", "科长（兼）出纳", "段泠沣", "取水许可审查把关不严", "Ⅰ级"),
        ("水土保持站", "站长", "涂翊航", "水保方案审查收受好处", "Ⅰ级"),
        ("水土保持站", "站长", "苗若溪", "水保方案审查收受好处", "Ⅰ级"),
    ])  # fmt: skip
    assert "MERGED_LINES_BY_ROW" not in codes(got)
    assert not errors(got)


def test_merged_posts_all_different_and_points_repeating_read_as_before(tmp_path):
    # a merged 岗位 cell of two different posts over two rows, no note pairing them by row; a
    # point's cell repeating its line (a point is kept as written)
    rows = [["XX区水利局岗位廉政风险防控表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "农村水利科", "科长\n副科长", "缪澈岚", "农田水利项目验收走过场", "二级",
             "验收邀请受益村参加。"],
            [2, None, None, "缪澈岚", "项目资金拨付不按进度", "三级", "拨付凭进度报告。"],
            [3, "防汛抗旱办公室", "主任", "谷滢舟", "防汛物资采购\n防汛物资采购", "一级",
             "物资采购公开招标。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("农村水利科", "科长副科长", "缪澈岚", "农田水利项目验收走过场", "Ⅱ级"),
        ("农村水利科", "科长副科长", "缪澈岚", "项目资金拨付不按进度", "Ⅲ级"),
        ("防汛抗旱办公室", "主任", "谷滢舟", "防汛物资采购\n防汛物资采购", "Ⅰ级"),
    ])  # fmt: skip
    assert "MERGED_LINES_BY_ROW" not in codes(got)
    assert not errors(got)


R127_T2 = ["县市场监督管理局岗位廉政风险点清单"]
R127_H2 = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def test_what_the_hundred_and_twenty_seventh_review_found_posts_by_row_beside_names_not_by_row(
    tmp_path,
):
    """Finding 4: a post cell of lines as many as its rows beside a person cell listing as many
    names, merged over the same rows, is not split by row: post line k goes with name k, each
    sharing all 3 points (as before the rule)."""
    rows = [R127_T2, R127_H2,
            [1, "执法股", "科员\n科员\n办事员", "濮湛珩\n訾沁瑶\n戚翙珂", "选择性执法", "高", "全程记录。"],
            [2, None, None, None, "接受宴请", "中", "两人同行。"],
            [3, None, None, None, "泄露举报人信息", "低", "保密制度。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "D3:D5"])
    assert not errors(got)
    people = {"濮湛珩": "科员", "訾沁瑶": "科员", "戚翙珂": "办事员"}
    points = {"选择性执法": "Ⅰ级", "接受宴请": "Ⅱ级", "泄露举报人信息": "Ⅲ级"}
    assert read(got) == sorted(
        ("执法股", post, name, p, lv) for name, post in people.items() for p, lv in points.items()
    )
    assert "MERGED_LINES_BY_ROW" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_one_holder_given_several_posts(tmp_path):
    """Finding 5: one name merged over the span beside '科员⏎科员⏎办事员' is his posts, each once
    ('科员、办事员'), on every row; a bracket line ('股长⏎股长⏎（兼）会计') is never a post of its own."""
    rows = [R127_T2, R127_H2,
            [1, "执法股", "科员\n科员\n办事员", "濮湛珩", "选择性执法", "高", "全程记录。"],
            [2, None, None, None, "接受宴请", "中", "两人同行。"],
            [3, None, None, None, "泄露举报人信息", "低", "保密制度。"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:G1", "B3:B5", "C3:C5", "D3:D5"])
    assert not errors(got)
    assert read(got) == sorted([
        ("执法股", "科员、办事员", "濮湛珩", "选择性执法", "Ⅰ级"),
        ("执法股", "科员、办事员", "濮湛珩", "接受宴请", "Ⅱ级"),
        ("执法股", "科员、办事员", "濮湛珩", "泄露举报人信息", "Ⅲ级"),
    ])  # fmt: skip
    rows[2][2] = "股长\n股长\n（兼）会计"
    got = run(tmp_path / "b", rows, ["A1:G1", "B3:B5", "C3:C5", "D3:D5"])
    assert not errors(got)
    assert read(got) == sorted([
        ("执法股", "股长（兼）会计", "濮湛珩", "选择性执法", "Ⅰ级"),
        ("执法股", "股长（兼）会计", "濮湛珩", "接受宴请", "Ⅱ级"),
        ("执法股", "股长（兼）会计", "濮湛珩", "泄露举报人信息", "Ⅲ级"),
    ])  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_a_name_note_splitting_other_columns(
    tmp_path,
):
    """Finding 6: a note pairing the 姓名 column by row does not split a 科室 cell of two lines
    beside one name merged over the rows: 科室 reads as before ('办公室财务室' both rows)."""
    rows = [R127_T2, R127_H2,
            [1, "办公室\n财务室", "主任", "濮湛珩", "公务接待超标准", "中", "严格标准。"],
            [2, None, None, None, "报销审核不严", "中", "双人审核。"],
            ["注：“姓名”栏按行填写，每行对应右侧同一行的风险点。"]]  # fmt: skip
    merges = ["A1:G1", "B3:B4", "C3:C4", "D3:D4"]
    got = run(tmp_path / "a", rows, merges)
    before = run(tmp_path / "b", rows[:-1], merges)  # (no note: the rule never split it)
    assert not errors(got)
    assert read(got) == read(before)
    assert {d for d, *_ in read(got)} == {read(before)[0][0]} and "财务室" in read(got)[0][0]
    assert [(p, n, q, lv) for _d, p, n, q, lv in read(got)] == [
        ("主任", "濮湛珩", "公务接待超标准", "Ⅱ级"),
        ("主任", "濮湛珩", "报销审核不严", "Ⅱ级"),
    ]
