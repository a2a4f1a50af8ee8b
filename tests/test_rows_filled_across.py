"""A sheet after WPS's 拆分并填充内容 (Excel's 取消合并并填充): no merge is left, and every row that
was one cell merged across — the title, the 填报单位 line, a group row naming the 科室 of the rows
under it, a '注：' line — holds its text in every cell of the row. Such a row is read as the merged
original is: a title, a filing line, a group row, a note (one info ``ROWS_FILLED_ACROSS`` a sheet),
never a row of the table whose holder, post and point are the row's text.

Not the published batch's file (a 港航服务中心 with 一、中心领导 / 二、港口管理科 and 高/中/低): a
county library (县图书馆), a water works (县自来水公司) and a museum (县博物馆), other posts and
names, the group rows numbered '（一）', '第二部分', '三、', the levels 一级/二级/三级, ticks under
'高 | 中 | 低' and '★★★/★★/★', one or two heading rows, post and name in two columns or in one
cell, an extra '备注' column, a sheet whose title is still merged; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. The negatives: the merged
original, a row of '无' or '以下空白' in every cell, a text filled across only a few cells of the
row: read as before, no ``ROWS_FILLED_ACROSS``.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
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


def across(text: str, n: int) -> list[str]:
    """A formerly merged row after 拆分并填充内容: its text in every one of ``n`` cells."""
    return [text] * n


LIBRARY = "XX县图书馆"
LIBRARY_TRUTH = sorted([
    ("馆领导", "馆长", "邝澄砚", "图书采购供应商选定个人说了算", "Ⅰ级"),
    ("馆领导", "馆长", "邝澄砚", "阅览室改造工程变更不经集体研究", "Ⅱ级"),
    ("馆领导", "副馆长", "晏若岫", "公益讲座经费虚列支出", "Ⅱ级"),
    ("采编部", "部长", "芈清澜", "采购验收数量把关不严", "Ⅰ级"),
    ("采编部", "馆员", "芈栖梧", "赠书登记不全，私自处置", "Ⅲ级"),
])  # fmt: skip


def _library_rows(n: int = 6) -> list[list]:
    rows = [across(f"{LIBRARY}岗位廉政风险点及防控措施清单", n),
            across(f"填报单位：{LIBRARY}　　　　　　　　填报日期：2025年5月", n),
            ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            across("（一）馆领导", n),
            ["1", "馆长", "邝澄砚", "图书采购供应商选定个人说了算", "一级", "采购按政府采购目录公开进行，馆务会集体研究。"],
            ["2", "馆长", "邝澄砚", "阅览室改造工程变更不经集体研究", "二级", "工程变更经馆务会研究并报主管局备案。"],
            ["3", "副馆长", "晏若岫", "公益讲座经费虚列支出", "二级", "讲座经费凭签到表和合同报销。"],
            across("（二）采编部", n),
            ["4", "部长", "芈清澜", "采购验收数量把关不严", "一级", "验收双人清点，验收单存档。"],
            ["5", "馆员", "芈栖梧", "赠书登记不全，私自处置", "三级", "赠书当日登记入账，定期盘点。"],
            across("注：风险等级分为一级、二级、三级，一级为最高。", n)]  # fmt: skip
    return [r[:n] for r in rows]


def test_title_group_rows_and_note_filled_across_read_as_merged(tmp_path):
    got = run(tmp_path, _library_rows())
    assert read(got) == LIBRARY_TRUTH
    assert set(got.posts["unit"]) == {LIBRARY}
    said = got.issues[got.issues["code"] == "ROWS_FILLED_ACROSS"]
    assert list(said["value"]) == ["5"]  # (title, 填报单位, two group rows, the note)
    assert not {"ROW_UNPLACED", "LEVEL_UNKNOWN", "TYPE_UNKNOWN", "LEVEL_BLANK"} & codes(got)
    no_errors(got)


def test_two_heading_rows_ticks_under_levels_and_a_merge_left(tmp_path):
    # a 自来水公司: the title still merged (only the body was unmerged and filled), a heading of
    # two rows ('风险等级' over '高 | 中 | 低', 序号/岗位/姓名 filled down both), levels ticked, the
    # group rows '第一部分　公司领导' / '第二部分　供水管网所'
    n = 8
    unit = "XX县自来水公司"
    rows = [[f"{unit}廉政风险防控登记表", None, None, None, None, None, None, None],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "风险等级", "风险等级", "防控措施"],
            ["序号", "岗位", "姓名", "廉政风险点", "高", "中", "低", "防控措施"],
            across("第一部分　公司领导", n),
            ["1", "经理", "宓岚汀", "管网改造工程发包搞暗箱操作", "√", None, None, "工程发包进入公共资源交易中心。"],
            ["2", "副经理", "宓砚秋", "水表采购验收走过场", None, "√", None, "验收邀请纪检人员到场。"],
            across("第二部分　供水管网所", n),
            ["3", "所长", "亓沐泽", "新装户接水收取好处费", "√", None, None, "接水流程和收费标准在营业厅公示。"],
            ["4", "抄表员", "亓若澜", "抄表估抄漏抄，人情水费", None, None, "√", "抄表数据定期轮岗复核。"],
            ["制表：", None, "审核：", None, None, None, "2025年6月", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"], sheet="登记表")
    assert read(got) == sorted([
        ("公司领导", "经理", "宓岚汀", "管网改造工程发包搞暗箱操作", "Ⅰ级"),
        ("公司领导", "副经理", "宓砚秋", "水表采购验收走过场", "Ⅱ级"),
        ("供水管网所", "所长", "亓沐泽", "新装户接水收取好处费", "Ⅰ级"),
        ("供水管网所", "抄表员", "亓若澜", "抄表估抄漏抄，人情水费", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "ROWS_FILLED_ACROSS"]
    assert list(said["value"]) == ["2"]  # (the two group rows; the heading rows are no such rows)
    assert "ROW_UNPLACED" not in codes(got)
    no_errors(got)


def test_post_and_name_in_one_cell_stars_and_a_remarks_column(tmp_path):
    # a 博物馆: '岗位及姓名' in one cell, ★ levels, a 备注 column, group rows '一、馆领导' … filled
    # across all seven cells, a '说明：' line filled across
    n = 7
    unit = "XX县博物馆"
    rows = [across(f"{unit}岗位廉政风险防控一览表", n),
            ["序号", "岗位及姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "备注"],
            across("一、馆领导", n),
            ["1", "馆长　司徒霁川", "文物征集定价不公开", "岗位职责", "★★★", "征集价格经专家评估并集体研究。", None],
            ["2", "馆长　司徒霁川", "展陈项目分拆规避招标", "制度机制", "★★", "项目立项和招标方式集体研究。", None],
            across("二、保管部", n),
            ["3", "主任　令狐沅芷", "藏品出入库手续不全", "业务流程", "★★★", "出入库双人经办，逐件登记。", "新增"],
            ["4", "保管员　令狐沅汐", "藏品清点走过场", "岗位职责", "★", "每年全面清点一次，结果报馆务会。", None],
            across("说明：★★★为一级风险，★★为二级风险，★为三级风险。", n)]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("馆领导", "馆长", "司徒霁川", "文物征集定价不公开", "Ⅰ级"),
        ("馆领导", "馆长", "司徒霁川", "展陈项目分拆规避招标", "Ⅱ级"),
        ("保管部", "主任", "令狐沅芷", "藏品出入库手续不全", "Ⅰ级"),
        ("保管部", "保管员", "令狐沅汐", "藏品清点走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.posts["unit"]) == {unit}
    said = got.issues[got.issues["code"] == "ROWS_FILLED_ACROSS"]
    assert list(said["value"]) == ["4"]
    assert not {"ROW_UNPLACED", "LEVEL_UNKNOWN"} & codes(got)
    no_errors(got)


# ------------------------------------------------------------------------------ as before


def test_the_merged_original_reads_the_same_and_says_nothing(tmp_path):
    rows = [[r[0]] + [None] * 5 if len(set(r)) == 1 else r for r in _library_rows()]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A4:F4", "A8:F8", "A11:F11"])
    assert read(got) == LIBRARY_TRUTH
    assert "ROWS_FILLED_ACROSS" not in codes(got)
    no_errors(got)


def test_rows_of_nothing_and_a_few_cells_alike_stay_as_they_were(tmp_path):
    # '无' in every cell of a row, '以下空白' filled across, and a '填表人：' line written in three
    # cells of a six-cell row: none is a row filled across
    n = 6
    rows = _library_rows(n)[:10] + [across("无", n), across("以下空白", n),
                                     across("填表人：芈清澜", 3) + [None] * 3]  # fmt: skip
    merged = [r if i >= 10 else ([r[0]] + [None] * 5 if len(set(r)) == 1 else r)
              for i, r in enumerate(rows)]  # fmt: skip
    got = run(tmp_path, merged, ["A1:F1", "A2:F2", "A4:F4", "A8:F8"])
    assert read(got) == LIBRARY_TRUTH
    assert "ROWS_FILLED_ACROSS" not in codes(got)
    no_errors(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["ROWS_FILLED_ACROSS"][0] == "info"
    assert "ROWS_FILLED_ACROSS" in SHORT


def test_what_the_hundred_and_fourteenth_review_found_group_rows_filled_from_column_b(tmp_path):
    # '| 办公室 | 办公室 | 办公室 | 办公室' with the 序号 column left blank: group rows filled
    # across from the second column to the last, each the 科室 of the rows under it
    title = f"{LIBRARY}岗位廉政风险防控表"
    rows = [
        across(title, 5),
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [None, *across("办公室", 4)],
        [1, "主任", "公务接待超标准", "高", "严格执行接待标准"],
        [None, *across("财务科", 4)],
        [2, "会计", "会计凭证审核不严", "中", "双人复核"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == [
        ("办公室", "主任", "", "公务接待超标准", "Ⅰ级"),
        ("财务科", "会计", "", "会计凭证审核不严", "Ⅱ级"),
    ]
    assert "ROWS_FILLED_ACROSS" in codes(got)
    assert not {"ROW_UNPLACED", "LEVEL_UNKNOWN"} & codes(got)
    no_errors(got)


def test_what_the_hundred_and_fourteenth_review_found_level_rows_filled_across(tmp_path):
    # '一级风险' in every cell of a four-column row, nothing else: a level's group row merged
    # across before, the rows under it of that level (not a data row of levels)
    title = f"{LIBRARY}岗位廉政风险防控表"
    rows = [
        across(title, 4),
        ["岗位", "风险点", "责任人", "防控措施"],
        across("一级风险", 4),
        ["主任", "公务接待超标准", "芈清澜", "严格执行接待标准"],
        across("二级风险", 4),
        ["会计", "会计凭证审核不严", "亓官砚", "双人复核"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == [
        ("", "主任", "芈清澜", "公务接待超标准", "Ⅰ级"),
        ("", "会计", "亓官砚", "会计凭证审核不严", "Ⅱ级"),
    ]
    assert "ROWS_FILLED_ACROSS" in codes(got)
    assert not {"ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    no_errors(got)
