"""Department (科室) columns under one merged heading of 科室 and post ('责任科室及岗位' over
'院领导 | 医务科 | 药剂科 | 财务科'), one row a point, each cell naming only the posts of that
科室 who answer for it ('科长', '科长、药师'), blank or '/' where the 科室 has none of it: a
copy of the row for each post, its 科室 the column's heading, the holder the one a roster under
the table names for that 科室 and post; with no roster the form is the post (对岗不对人).

Not the published batch's sheet (a 旗融媒体中心's 责任部门及岗位 over 中心领导 | 办公室 | 新闻采编部
| …, 高/中/低, a ``附：人员名单`` of 部门 | 岗位 | 姓名): a 县中医院's and a 县疾控中心's lists,
other 科室, posts, names and level words (一级/二级/三级, ★), headings '责任科室及岗位' and
'涉及部门和岗位', a roster of 科室 | 职务 | 姓名, a type column, a 备注 column, posts parted by '，'
and two 科室 sharing a post word ('科长'), written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file. Negatives: post columns under a merged 责任人 whose cells
are names, and a merged 涉及科室 over 科室 columns of ticks, both read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分解表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
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


HOSPITAL = [
    ["县中医院廉政风险点分解表"],
    ["序号", "风险点", "风险等级", "责任科室及岗位", None, None, None, "防控措施"],
    [None, None, None, "院领导", "医务科", "药剂科", "财务科", None],
    [1, "药品遴选中收受供货商好处", "一级", "副院长", None, "科长，药师", None, "药事会集体遴选，全程留痕。"],
    [2, "医疗纠纷处理中私了收费", "二级", None, "科长", None, "科长", "纠纷统一由医务科登记，赔付走账。"],
    [3, "虚开检查项目套取医保基金", "一级", "院长", "科长", None, None, "医保智能审核，月度通报。"],
    [4, "药品盘点做假账", "三级", None, None, "药师", "会计", "月末双人盘点，账实核对。"],
]  # fmt: skip
HOSPITAL_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3"]
HOSPITAL_ROSTER = [
    [],
    ["附：科室岗位人员表"],
    ["序号", "科室", "职务", "姓名"],
    [1, "院领导", "院长", "阎昶霁"],
    [2, "院领导", "副院长", "邬若暄"],
    [3, "医务科", "科长", "阎骞舟"],
    [4, "药剂科", "科长", "邬澈灵"],
    [5, "药剂科", "药师", "阎蕴棠"],
    [6, "财务科", "科长", "邬翊辰"],
    [7, "财务科", "会计", "阎沁予"],
]


def test_posts_under_dept_columns_held_by_the_roster_under_the_table(tmp_path):
    got = run(tmp_path, HOSPITAL + HOSPITAL_ROSTER, HOSPITAL_MERGES + ["A10:H10"])
    assert read(got) == sorted([
        ("院领导", "副院长", "邬若暄", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("药剂科", "科长", "邬澈灵", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("药剂科", "药师", "阎蕴棠", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("医务科", "科长", "阎骞舟", "医疗纠纷处理中私了收费", "Ⅱ级"),
        ("财务科", "科长", "邬翊辰", "医疗纠纷处理中私了收费", "Ⅱ级"),
        ("院领导", "院长", "阎昶霁", "虚开检查项目套取医保基金", "Ⅰ级"),
        ("医务科", "科长", "阎骞舟", "虚开检查项目套取医保基金", "Ⅰ级"),
        ("药剂科", "药师", "阎蕴棠", "药品盘点做假账", "Ⅲ级"),
        ("财务科", "会计", "阎沁予", "药品盘点做假账", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_POSTS_UNDER_DEPTS" in codes(got)
    assert "COLUMN_GUESSED" not in codes(got)


def test_posts_under_dept_columns_with_no_roster_are_the_posts(tmp_path):
    got = run(tmp_path, HOSPITAL, HOSPITAL_MERGES)
    assert read(got) == sorted([
        ("院领导", "副院长", "", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("药剂科", "科长", "", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("药剂科", "药师", "", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("医务科", "科长", "", "医疗纠纷处理中私了收费", "Ⅱ级"),
        ("财务科", "科长", "", "医疗纠纷处理中私了收费", "Ⅱ级"),
        ("院领导", "院长", "", "虚开检查项目套取医保基金", "Ⅰ级"),
        ("医务科", "科长", "", "虚开检查项目套取医保基金", "Ⅰ级"),
        ("药剂科", "药师", "", "药品盘点做假账", "Ⅲ级"),
        ("财务科", "会计", "", "药品盘点做假账", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_other_words_a_type_column_a_remarks_column_and_slashes(tmp_path):
    """'涉及部门和岗位' over four 科室 between a type column and a 备注 column, ★ levels, '/' where
    a 科室 has none of the row, a roster of 部门 | 岗位 | 姓名 under a '注：' line."""
    rows = [
        ["县疾病预防控制中心廉政风险点排查表"],
        ["序号", "廉政风险点", "风险类型", "风险等级", "涉及部门和岗位", None, None, None, "防控措施", "备注"],
        [None, None, None, None, "中心领导", "检验科", "免疫规划科", "办公室", None, None],
        [1, "检验试剂采购指定供应商", "制度机制", "★★★", "主任", "科长", "/", "/", "试剂采购集体议价。", ""],
        [2, "疫苗出入库登记不实", "岗位职责", "★★", "/", "/", "科长、冷链管理员", "/", "出入库双人复核。", ""],
        [3, "公务用车私用", "思想道德", "★", "/", "/", "/", "主任、驾驶员", "用车登记，GPS定位。", "新增"],
        ["注：各部门栏内填写承担该风险点的岗位。"],
        [],
        ["附：人员名单"],
        ["序号", "部门", "岗位", "姓名"],
        [1, "中心领导", "主任", "卞澜汐"],
        [2, "检验科", "科长", "戚昀朗"],
        [3, "免疫规划科", "科长", "卞晞岳"],
        [4, "免疫规划科", "冷链管理员", "戚芷岚"],
        [5, "办公室", "主任", "卞景澄"],
        [6, "办公室", "驾驶员", "戚禾钰"],
    ]  # fmt: skip
    merges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "J2:J3", "A7:J7"]
    got = run(tmp_path, rows, merges, sheet="排查表")
    assert read(got) == sorted([
        ("中心领导", "主任", "卞澜汐", "检验试剂采购指定供应商", "Ⅰ级"),
        ("检验科", "科长", "戚昀朗", "检验试剂采购指定供应商", "Ⅰ级"),
        ("免疫规划科", "科长", "卞晞岳", "疫苗出入库登记不实", "Ⅱ级"),
        ("免疫规划科", "冷链管理员", "戚芷岚", "疫苗出入库登记不实", "Ⅱ级"),
        ("办公室", "主任", "卞景澄", "公务用车私用", "Ⅲ级"),
        ("办公室", "驾驶员", "戚禾钰", "公务用车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_POSTS_UNDER_DEPTS" in codes(got)


def test_post_columns_whose_cells_are_names_read_as_before(tmp_path):
    """'责任人' over post columns, each cell a NAME: the names' own rule, no 科室 columns."""
    rows = [
        ["县中医院廉政风险点分解表"],
        ["序号", "风险点", "风险等级", "责任人", None, None, "防控措施"],
        [None, None, None, "院长", "副院长", "药剂科科长", None],
        [1, "药品遴选中收受供货商好处", "一级", None, "邬若暄", "邬澈灵", "药事会集体遴选。"],
        [2, "虚开检查项目套取医保基金", "一级", "阎昶霁", None, None, "医保智能审核。"],
        [3, "药品盘点做假账", "三级", None, None, "邬澈灵", "月末双人盘点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("", "副院长", "邬若暄", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("药剂科", "科长", "邬澈灵", "药品遴选中收受供货商好处", "Ⅰ级"),
        ("", "院长", "阎昶霁", "虚开检查项目套取医保基金", "Ⅰ级"),
        ("药剂科", "科长", "邬澈灵", "药品盘点做假账", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_NAMES_UNDER_POSTS" in codes(got)
    assert "HOLDER_POSTS_UNDER_DEPTS" not in codes(got)


TICKED = [
    ["县疾病预防控制中心廉政风险点一览表"],
    ["序号", "风险点", "风险等级", "涉及科室", None, None, "防控措施"],
    [None, None, None, "检验科", "免疫规划科", "办公室", None],
    [1, "检验试剂采购指定供应商", "一级", "√", None, None, "试剂采购集体议价。"],
    [2, "疫苗出入库登记不实", "二级", None, "√", None, "出入库双人复核。"],
    [3, "公务用车私用", "三级", None, None, "√", "用车登记。"],
]  # fmt: skip
TICKED_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]


def test_dept_tick_columns_under_a_merged_dept_heading_read_as_before(tmp_path):
    """'涉及科室' over 科室 columns of ticks ('√'): no posts in the cells, not this shape (the
    points, levels and no post or holder, as before; which 科室 the tick makes is not this rule's)."""
    got = run(tmp_path, TICKED, TICKED_MERGES)
    assert "HOLDER_POSTS_UNDER_DEPTS" not in codes(got)
    no_errors(got)
    assert sorted((t, p, pt, lv) for _d, t, p, pt, lv in read(got)) == sorted([
        ("", "", "检验试剂采购指定供应商", "Ⅰ级"),
        ("", "", "疫苗出入库登记不实", "Ⅱ级"),
        ("", "", "公务用车私用", "Ⅲ级"),
    ])  # fmt: skip


def test_a_dept_and_post_heading_over_dept_columns_of_names_is_not_this_shape(tmp_path):
    """'责任科室及岗位' over 科室 columns whose cells are names ('阎骞舟'), not posts: not read
    as posts (whatever the names' reading, no '科长'-less post is made of a name)."""
    rows = [list(r) for r in HOSPITAL]
    rows[3] = [
        1,
        "药品遴选中收受供货商好处",
        "一级",
        "邬若暄",
        None,
        "邬澈灵",
        None,
        "药事会集体遴选。",
    ]
    rows[4] = [2, "医疗纠纷处理中私了收费", "二级", None, "阎骞舟", None, "邬翊辰", "赔付走账。"]
    rows[5] = [
        3,
        "虚开检查项目套取医保基金",
        "一级",
        "阎昶霁",
        "阎骞舟",
        None,
        None,
        "医保智能审核。",
    ]
    rows[6] = [4, "药品盘点做假账", "三级", None, None, "阎蕴棠", "阎沁予", "月末双人盘点。"]
    got = run(tmp_path, rows, HOSPITAL_MERGES)
    assert "HOLDER_POSTS_UNDER_DEPTS" not in codes(got)
    assert set(got.risks["title"]) == {""}
    assert len(got.risks) == 4


_CLINIC = [
    ["县中医院廉政风险点分解表"],
    ["序号", "风险点", "风险等级", "责任部门及岗位", None, None, "防控措施"],
    [None, None, None, "院领导", "医务科", "药剂科", None],
    [1, "药品遴选收受好处", "一级", "副院长", None, "科长、药师", "集体遴选"],
    [2, "医疗纠纷私了", "二级", None, "科长", None, "登记"],
    [],
    ["附：人员名单"],
    ["部门", "岗位", "姓名"],
]
_CLINIC_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]


def test_what_the_hundred_and_eighth_review_found_a_post_the_roster_leaves_out(tmp_path):
    # the roster names no 药剂科 药师: that post keeps no holder, with a warning at its cell
    roster = [
        ["院领导", "副院长", "邬若暄"],
        ["医务科", "科长", "阎骞舟"],
        ["药剂科", "科长", "邬澈灵"],
    ]
    got = run(tmp_path, _CLINIC + roster, _CLINIC_MERGES)
    assert read(got) == sorted([
        ("院领导", "副院长", "邬若暄", "药品遴选收受好处", "Ⅰ级"),
        ("药剂科", "科长", "邬澈灵", "药品遴选收受好处", "Ⅰ级"),
        ("药剂科", "药师", "", "药品遴选收受好处", "Ⅰ级"),
        ("医务科", "科长", "阎骞舟", "医疗纠纷私了", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "DEPT_POST_NOT_IN_ROSTER"]
    assert list(said["cell"]) == ["F4"] and list(said["severity"]) == ["warning"]
    assert list(said["value"]) == ["药师"] and "没有列出" in said["message"].iloc[0]


def test_what_the_hundred_and_eighth_review_found_a_post_the_roster_lists_twice(tmp_path):
    # two 院领导 副院长 on the roster: whose is the row? no one's, with a warning at its cell
    roster = [
        ["院领导", "副院长", "邬若暄"],
        ["院领导", "副院长", "阎昶霁"],
        ["医务科", "科长", "阎骞舟"],
        ["药剂科", "科长", "邬澈灵"],
        ["药剂科", "药师", "阎蕴棠"],
    ]
    got = run(tmp_path, _CLINIC + roster, _CLINIC_MERGES)
    assert read(got) == sorted([
        ("院领导", "副院长", "", "药品遴选收受好处", "Ⅰ级"),
        ("药剂科", "科长", "邬澈灵", "药品遴选收受好处", "Ⅰ级"),
        ("药剂科", "药师", "阎蕴棠", "药品遴选收受好处", "Ⅰ级"),
        ("医务科", "科长", "阎骞舟", "医疗纠纷私了", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "DEPT_POST_NOT_IN_ROSTER"]
    assert list(said["cell"]) == ["D4"] and list(said["value"]) == ["副院长"]
    assert "不止一位" in said["message"].iloc[0]
