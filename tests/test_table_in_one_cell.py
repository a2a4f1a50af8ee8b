"""A WHOLE TABLE PASTED INTO ONE CELL as text (pasted while the cell was being edited: its lines
parted by line breaks, the fields of each line by tabs, by ``|`` or by runs of spaces, its first
line a heading the reader knows): unfolded in place into rows and columns, as Excel's 分列 would,
and read as any table; each point reported at the cell that held the text (its ``source_row``
that cell's row, an issue about one of its lines naming the cell and the line), said once a cell
(info TABLE_IN_ONE_CELL_READ). Before, such a sheet read as no table at all (batch466's 民政局:
FILE_NO_FORM and a TABLE_IN_ONE_CELL warning). Not that batch's words: a 镇卫生院's list typed
with ``|`` (``部门 | 职务 | 姓名 | 风险点 | 风险等级 | 防范措施``, 一级/二级/三级), a 县自然资源局's
with runs of full-width spaces (one gap a tab) under a title and a 填报单位 row of their own
(``股室 | 岗位 | 责任人 | 主要风险点 | 风险类型 | 风险级别 | 防控措施``, 高风险/中风险/低风险), a
县教育局's with tabs in a cell merged over rows, one measure a quoted field of two lines as Excel
copies it. The near-misses read as before: a measures cell of tab-indented lines, a point cell of
numbered lines, a 说明 cell with a few tabs, a heading line whose fields are no headings, and a
pasted table sharing its row with other text (still only warned, TABLE_IN_ONE_CELL).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

UNFOLDED = "TABLE_IN_ONE_CELL_READ"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("department"), post.get("title"), post.get("person"),
                        d["risk_point"], d["risk_level"], d["source_row"]))  # fmt: skip
    return got, r.issues


CLINIC = [
    "| 序号 | 部门 | 职务 | 姓名 | 风险点 | 风险等级 | 防范措施 |",
    "|---|---|---|---|---|---|---|",
    "| 1 | 院办 | 院长 | 郗望舒 | 药品耗材采购中收受回扣 | 一级 | 采购集体议价，全程留痕 |",
    "| 2 | 院办 | 院长 | 郗望舒 | 基建项目指定施工单位 | 一级 | 招标委托代理机构 |",
    "| 3 | 药剂科 | 药剂师 | 訾澜清 | 处方调配中以次充好 | 二级 | 处方双人核对 |",
    "| 4 | 财务科 | 出纳 | 亓竹溪 | 挪用医疗收入现金 | 三级 | 日清月结，定期盘点 |",
]


def test_a_table_typed_with_bars_in_one_cell(tmp_path):
    rows = [["某镇卫生院岗位廉政风险防控一览表"], ["\n".join(CLINIC)], ["填表人：訾澜清"]]
    got, issues = _read(write_workbook(tmp_path / "卫生院.xlsx", {"一览表": rows}))
    assert got == [
        ("院办", "院长", "郗望舒", "药品耗材采购中收受回扣", "Ⅰ级", 2),
        ("院办", "院长", "郗望舒", "基建项目指定施工单位", "Ⅰ级", 2),
        ("药剂科", "药剂师", "訾澜清", "处方调配中以次充好", "Ⅱ级", 2),
        ("财务科", "出纳", "亓竹溪", "挪用医疗收入现金", "Ⅲ级", 2),
    ]
    said = [i for i in issues if i.code == UNFOLDED]
    assert [(i.cell, i.severity) for i in said] == [("A2", "info")]
    assert "竖线" in said[0].message and "5 行" in said[0].message  # (its rule line no row)
    assert not {"FILE_NO_FORM", "TABLE_IN_ONE_CELL"} & {i.code for i in issues}


LAND = [
    "股室　　岗位　　责任人　　主要风险点　　风险类型　　风险级别　　防控措施",
    "局领导　　局长　　敖霁川　　土地出让底价泄露　　岗位职责　　高风险　　底价集体确定、专人保管",
    "局领导　　局长　　敖霁川　　违规调整容积率　　制度机制　　高风险　　规划调整公示听证",
    "耕地保护股　　股长　　甄沐禾　　占补平衡验收走过场　　业务流程　　待评估　　实地联合验收",
    "测绘股\t测绘员　　卞星瑶　　测绘数据篡改　　思想道德　　低风险　　成果两级审核",
]


def test_a_table_typed_with_full_width_spaces_under_a_title_of_its_own(tmp_path):
    rows = [["某县自然资源局廉政风险点排查登记表", None, None, None, None, None, None],
            ["填报单位：某县自然资源局", None, None, None, None, None, None],
            ["\n".join(LAND), None, None, None, None, None, None],
            ["审核人：", None, "敖霁川", None, "2025年4月", None, None]]  # fmt: skip
    path = write_workbook(
        tmp_path / "自然资源局.xlsx", {"排查表": rows}, merges={"排查表": ["A1:G1", "A3:G3"]}
    )
    got, issues = _read(path)
    assert got == [
        ("局领导", "局长", "敖霁川", "土地出让底价泄露", "Ⅰ级", 3),
        ("局领导", "局长", "敖霁川", "违规调整容积率", "Ⅰ级", 3),
        ("耕地保护股", "股长", "甄沐禾", "占补平衡验收走过场", "", 3),
        ("测绘股", "测绘员", "卞星瑶", "测绘数据篡改", "Ⅲ级", 3),
    ]
    assert [i.cell for i in issues if i.code == UNFOLDED] == ["A3"]
    # the one level not understood: said at the cell that held the text, and its line
    (bad,) = [i for i in issues if i.code.startswith("LEVEL") and i.severity != "info"]
    assert bad.cell == "A3" and bad.message.startswith("[排查表!A3] (格内第 4 行)")
    assert "待评估" in bad.message
    # every issue on the sheet names a cell the sheet has (the text's, or a row it had)
    assert all(int("".join(filter(str.isdigit, i.cell))) <= 4 for i in issues if i.cell)


SCHOOL = [
    "序号\t科室\t岗位\t责任人\t风险内容\t等级\t措施",
    '1\t计财股\t股长\t冉知秋\t学生资助资金虚报冒领\tⅠ级\t"资助名单三级公示\n资金直达学生账户"',
    "2\t计财股\t会计\t蒯书宁\t食堂采购账目不清\tⅡ级\t采购台账月末核对",
    "3\t人事股\t股长\t阚望北\t教师招聘中打招呼\tⅠ级\t面试随机抽签、全程录像",
]


def test_a_table_with_tabs_in_a_cell_merged_over_rows(tmp_path):
    rows = [["某县教育局廉政风险防控表"] + [None] * 6] + [["\n".join(SCHOOL)] + [None] * 6]
    rows += [[None] * 7 for _ in range(3)] + [["制表：阚望北"] + [None] * 6]
    path = write_workbook(tmp_path / "教育局.xlsx", {"防控表": rows},
                          merges={"防控表": ["A1:G1", "A2:G5"]})  # fmt: skip
    r = read_file(path, path.name, load_config())
    measures = [dict(zip(ROW_KEYS, row, strict=True))["measures"] for f in r.risks for row in f]
    got, issues = _read(path)
    assert [(x[2], x[3], x[4], x[5]) for x in got] == [
        ("冉知秋", "学生资助资金虚报冒领", "Ⅰ级", 2),
        ("蒯书宁", "食堂采购账目不清", "Ⅱ级", 2),
        ("阚望北", "教师招聘中打招呼", "Ⅰ级", 2),
    ]
    assert measures[0] == "资助名单三级公示\n资金直达学生账户"  # (the quoted field, one cell)
    assert [i.cell for i in issues if i.code == UNFOLDED] == ["A2"]


# ---------------------------------------------------------------- near-misses, read as before

HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def test_near_misses_read_as_before(tmp_path):
    measures = "1.\t建立财务审批制度\n2.\t落实双人复核\n3.\t每月对账"
    points = "1.  擅自改变资金用途\n2.  虚报冒领补贴\n3.  截留挪用专项资金"
    note = "说明：\t1.风险等级分为高、中、低三级\n\t2.本表由各股室填写\n\t3.如有变动及时更新"
    rows = [["某县农业农村局岗位廉政风险一览表", None, None, None, None, None, None],
            HEAD,
            [1, "财务股", "会计", "仇映雪", "报销审核不严", "中", measures],
            [2, "项目股", "股长", "伏明川", points, "高", "项目资金专户管理"],
            [note, None, None, None, None, None, None]]  # fmt: skip
    path = write_workbook(tmp_path / "农业农村局.xlsx", {"一览表": rows},
                          merges={"一览表": ["A1:G1", "A5:G5"]})  # fmt: skip
    got, issues = _read(path)
    assert UNFOLDED not in {i.code for i in issues}
    assert [x[2] for x in got][:1] == ["仇映雪"] and {x[2] for x in got} == {"仇映雪", "伏明川"}
    assert all(x[5] in (3, 4) for x in got)  # (each on its own row: nothing moved)
    assert ("财务股", "会计", "仇映雪", "报销审核不严", "Ⅱ级", 3) in got
    # a cell whose first line parts by tabs into fields that are no headings: as it stands
    text = "一、目标\t任务\t时限\n1\t排查\t3月\n2\t整改\t6月\n3\t验收\t9月"
    rows = [["工作安排"], [text]]
    got, issues = _read(write_workbook(tmp_path / "安排.xlsx", {"S": rows}))
    assert got == [] and UNFOLDED not in {i.code for i in issues}


def test_a_cell_sharing_its_row_with_other_text_is_not_unfolded(tmp_path):
    text = "\n".join(x.replace(" | ", "\t").strip("| ") for x in CLINIC if "---" not in x)
    rows = [["某镇卫生院岗位廉政风险防控一览表", None], [text, "附：原表"]]
    got, issues = _read(write_workbook(tmp_path / "卫生院.xlsx", {"一览表": rows}))
    assert got == [] and UNFOLDED not in {i.code for i in issues}
    assert ("TABLE_IN_ONE_CELL", "A2") in [(i.code, i.cell) for i in issues]


def test_cells_reported_as_the_sheet_has_them():
    # (the block of an unfolded cell A2, 8 lines on rows 2–9 of the grid, 7 rows added: within
    # it the cell that held the text and its line, below it the row it was before)
    from xlproc.collect import FileResult, _cells_of_unfolded
    from xlproc.issues import make_issue

    res = FileResult("t.xlsx", "read")
    early = make_issue("MERGE_HIDDEN_VALUES", "t.xlsx", "S", "B3", value="x")
    res.issues = [
        early,
        make_issue("LEVEL_UNKNOWN", "t.xlsx", "S", "F5", value="待定"),
        make_issue("LEVEL_UNKNOWN", "t.xlsx", "S", "F11", value="待定"),
        make_issue("LEVEL_UNKNOWN", "t.xlsx", "S2", "F11", value="待定"),
        make_issue("MEASURES_BLANK", "t.xlsx", "S", "G3:G5", value="x"),
        make_issue("LEVELS_BY_ITEM_LABELS", "t.xlsx", "S", "E12", value="1）A2纸", count="1"),
    ]
    row = [""] * len(ROW_KEYS)
    at, sheet = ROW_KEYS.index("source_row"), ROW_KEYS.index("source_sheet")
    rows = []
    for s, n in (("S", 4), ("S", 12), ("S2", 12)):
        r = list(row)
        r[at], r[sheet] = n, s
        rows.append(tuple(r))
    res.risks = [rows]
    _cells_of_unfolded({"S": [(1, 0, 8, 7)]}, [early], res)
    assert [i.cell for i in res.issues] == ["B3", "A2", "F4", "F11", "A2", "E5"]
    # (the cell the message names again moved with it; a cell's own text left as it was)
    assert "自单元格 E5" in res.issues[-1].message and "A2纸" in res.issues[-1].message
    assert res.issues[1].message.startswith("[S!A2] (格内第 4 行)")
    assert res.issues[2].message.startswith("[S!F4] ")
    assert [r[at] for r in res.risks[0]] == [2, 5, 12]
