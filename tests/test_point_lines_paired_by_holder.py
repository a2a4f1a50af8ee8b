"""One row a 环节 whose 岗位, 责任人 and 风险点 cells each hold two or three lines (Alt+Enter), and the
风险等级 cell as many bare levels one a line, PAIRED BY ORDER: line n of the point cell is the
point of the holder on line n of the post and holder cells, at the level on line n (its measures
too where that cell has as many lines); a point cell of one line is every listed holder's, each at
the level on his line, as before (``HOLDER_LEVELS_UNPAIRED`` machinery). With no level column the
lines pair so only where every such row of the table has as many point lines as holders.

Not the published batch's file (a 石墨产业园区管委会 with 主任/副主任/项目专员, 高/中/低, one heading
row, separate 岗位 and 责任人 columns and a ``注：`` saying the columns pair by line): a county
水库管理处, a 港航事业发展中心 and a 乡镇 农村供水站, other posts, names and level words (一级/二级,
★★★/★★/★, none), post and name in one cell, two heading rows, an extra 备注 column, measures paired
by line, no note, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "防控表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got, blank_levels: bool = False) -> None:
    """No error; with ``blank_levels`` (a table with no level column) but the LEVEL_BLANK each
    point of such a table is given, as it always was."""
    issues = got.issues
    bad = issues[issues["severity"] == "error"]
    if blank_levels:
        bad = bad[bad["code"] != "LEVEL_BLANK"]
    assert not len(bad), bad.to_dict("records")


RESERVOIR = [
    ["临泉县水库管理处岗位廉政风险防控表", None, None, None, None, None, None, None],
    ["序号", "工作环节", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "备注"],
    [1, "除险加固工程", "处长\n工程股长", "蒯泓湜\n郜沄翊",
     "指定除险加固工程施工队伍\n隐蔽工程验收不到场签字", "一级\n二级",
     "工程一律公开招标，隐蔽工程验收全程录像。", None],
    [2, "水费征收", "副处长\n收费员", "仉澄岫\n郜沄翊",
     "擅自减免灌区农业水费\n收取水费不开具票据", "二级\n一级",
     "减免须经处务会研究，票款每日核对。", "新增"],
    [3, "防汛物资管理", "仓库保管员", "蒯淏沣", "防汛物资出入库不登记", "三级",
     "出入库双人签字，季度盘点。", None],
]  # fmt: skip


def test_two_lines_of_points_each_the_holder_on_its_line(tmp_path):
    got = run(tmp_path, RESERVOIR, ["A1:H1"])
    assert read(got) == sorted([
        ("处长", "蒯泓湜", "指定除险加固工程施工队伍", "Ⅰ级"),
        ("工程股长", "郜沄翊", "隐蔽工程验收不到场签字", "Ⅱ级"),
        ("副处长", "仉澄岫", "擅自减免灌区农业水费", "Ⅱ级"),
        ("收费员", "郜沄翊", "收取水费不开具票据", "Ⅰ级"),
        ("仓库保管员", "蒯淏沣", "防汛物资出入库不登记", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    # (a measures cell of one line is the row's, each holder's point keeps it)
    assert set(r[r["person"] == "郜沄翊"]["measures"]) == {
        "工程一律公开招标，隐蔽工程验收全程录像。",
        "减免须经处务会研究，票款每日核对。",
    }
    said = got.issues[got.issues["code"] == "HOLDER_POINT_LINES_PAIRED"]
    assert list(said["cell"]) == ["E3"]
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)
    no_errors(got)


# two heading rows, post and name in ONE cell a line each, stars, and a measures cell of as many
# lines as the points: each line its own point's
PORT = [
    ["淮滨县港航事业发展中心廉政风险点登记表", None, None, None, None, None],
    ["序号", "业务环节", "岗位及责任人", "风险情况", None, "防控措施"],
    [None, None, None, "风险点", "等级", None],
    [1, "船舶检验发证", "主任　濮翊澂\n验船师　訾岍沄\n验船师　庹沨淏",
     "干预船舶检验结论，为关系户放宽标准\n检验现场不到位，凭照片出具报告\n收受船东财物后降低检验项目",
     "★★★\n★★\n★★★",
     "检验结论实行集体复核\n现场检验全程佩戴执法记录仪\n检验项目清单化，逐项签字",
     ],
    [2, "航道养护项目", "副主任　濮霂岑\n航道科长　蒯翊沣",
     "养护项目化整为零规避招标\n养护工程量核定不实", "★★\n★",
     "项目按年度计划公开采购，工程量第三方审核。"],
]  # fmt: skip


def test_post_and_name_in_one_cell_three_lines_with_measures_paired(tmp_path):
    got = run(tmp_path, PORT, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("主任", "濮翊澂", "干预船舶检验结论，为关系户放宽标准", "Ⅰ级"),
        ("验船师", "訾岍沄", "检验现场不到位，凭照片出具报告", "Ⅱ级"),
        ("验船师", "庹沨淏", "收受船东财物后降低检验项目", "Ⅰ级"),
        ("副主任", "濮霂岑", "养护项目化整为零规避招标", "Ⅱ级"),
        ("航道科长", "蒯翊沣", "养护工程量核定不实", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    by_person = dict(zip(r["person"], r["measures"], strict=True))
    assert by_person["濮翊澂"] == "检验结论实行集体复核"
    assert by_person["訾岍沄"] == "现场检验全程佩戴执法记录仪"
    assert by_person["庹沨淏"] == "检验项目清单化，逐项签字"
    # (two measures lines' worth written as one text: the row's, both holders')
    assert (
        by_person["濮霂岑"] == by_person["蒯翊沣"] == "项目按年度计划公开采购，工程量第三方审核。"
    )
    no_errors(got)


# no level column at all: every row of several holders has as many point lines
WATER_STATION = [
    ["郸城县汲冢镇农村供水站廉政风险排查表", None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "站长\n会计", "勾澍岺\n冼沅翀", "供水设施维修指定亲友承接\n维修费用报销把关不严", "维修实行比价，报销附验收单。"],
    [2, "站长\n抄表员", "勾澍岺\n蒯翚岍", "农户新装水表收取好处费\n抄表数量虚报少报", "装表费用公示，抄表数据抽查。"],
    [3, "水质检测员", "冼翯泷", "水质检测数据造假", "检测报告双人复核。"],
]  # fmt: skip


def test_no_level_column_pairs_lines_where_every_row_does(tmp_path):
    got = run(tmp_path, WATER_STATION, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "勾澍岺", "供水设施维修指定亲友承接", ""),
        ("会计", "冼沅翀", "维修费用报销把关不严", ""),
        ("站长", "勾澍岺", "农户新装水表收取好处费", ""),
        ("抄表员", "蒯翚岍", "抄表数量虚报少报", ""),
        ("水质检测员", "冼翯泷", "水质检测数据造假", ""),
    ])  # fmt: skip
    assert "HOLDER_POINT_LINES_PAIRED" in codes(got)
    no_errors(got, blank_levels=True)


def test_one_point_line_of_two_holders_stays_each_ones_at_his_level(tmp_path):
    # as before: one point, two holders each at the level on his line
    rows = [
        ["临泉县水库管理处岗位廉政风险防控表", None, None, None, None, None],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "处长\n工程股长", "蒯泓湜\n郜沄翊", "工程变更签证不经集体研究", "一级\n二级", "变更一律上会。"],
        [2, "收费员", "仉澄岫", "截留挪用水费", "二级", "票款每日核对。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("处长", "蒯泓湜", "工程变更签证不经集体研究", "Ⅰ级"),
        ("工程股长", "郜沄翊", "工程变更签证不经集体研究", "Ⅱ级"),
        ("收费员", "仉澄岫", "截留挪用水费", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_POINT_LINES_PAIRED" not in codes(got)
    no_errors(got)


def test_two_lines_under_one_holder_or_run_on_stay_one_point(tmp_path):
    # one holder's point typed on in the next line of its cell: one point, as before; two
    # holders beside a point whose first line runs on ('…，') and ONE level: one shared point
    rows = [
        ["淮滨县港航事业发展中心廉政风险点登记表", None, None, None, None, None],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "主任", "濮翊澂", "港口岸线使用审批中\n为关系企业提前透露信息", "一级", "审批结果公示。"],
        [2, "验船师\n验船师", "訾岍沄\n庹沨淏", "船舶检验收费标准执行不严，\n多收少收检验费", "二级",
         "收费标准上墙公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "濮翊澂", "港口岸线使用审批中\n为关系企业提前透露信息", "Ⅰ级"),
        ("验船师", "訾岍沄", "船舶检验收费标准执行不严，\n多收少收检验费", "Ⅱ级"),
        ("验船师", "庹沨淏", "船舶检验收费标准执行不严，\n多收少收检验费", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_POINT_LINES_PAIRED" not in codes(got)
    no_errors(got)


def test_no_level_column_and_one_row_of_lines_stays_shared(tmp_path):
    # with no level to pair by, a single row of two holders and two point lines may be one
    # point wrapped: as before, the whole cell each holder's
    rows = [
        ["郸城县汲冢镇农村供水站廉政风险排查表", None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        [1, "站长\n会计", "勾澍岺\n冼沅翀", "供水补助资金拨付不及时\n挤占挪用补助资金", "资金专户管理。"],
        [2, "水质检测员", "冼翯泷", "水质检测数据造假", "检测报告双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "勾澍岺", "供水补助资金拨付不及时\n挤占挪用补助资金", ""),
        ("会计", "冼沅翀", "供水补助资金拨付不及时\n挤占挪用补助资金", ""),
        ("水质检测员", "冼翯泷", "水质检测数据造假", ""),
    ])  # fmt: skip
    assert "HOLDER_POINT_LINES_PAIRED" not in codes(got)
    no_errors(got, blank_levels=True)


def test_the_issue_is_catalogued():
    assert "HOLDER_POINT_LINES_PAIRED" in CATALOGUE and "HOLDER_POINT_LINES_PAIRED" in SHORT


def test_what_the_hundred_and_eleventh_review_found_numbered_and_closed_lines(tmp_path):
    # numbered point lines beside as many holders and levels: each holder his line's point
    head = ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
    tail = [2, "会计", "王小红", "违规报销", "二级", "严格审核。"]
    rows = [["XX县财政局岗位廉政风险防控表"], head,
            [1, "局长\n副局长", "张建国\n李明华", "1.违规审批资金\n2.泄露招标信息", "一级\n二级", "集体研究。"],
            tail]  # fmt: skip
    want = sorted([
        ("局长", "张建国", "违规审批资金", "Ⅰ级"),
        ("副局长", "李明华", "泄露招标信息", "Ⅱ级"),
        ("会计", "王小红", "违规报销", "Ⅱ级"),
    ])  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == want
    assert "HOLDER_POINT_LINES_PAIRED" in codes(got)
    no_errors(got)
    # lines closed by '；' and '。': paired, the marks off
    rows[2] = [
        1,
        "局长\n副局长",
        "张建国\n李明华",
        "违规审批资金；\n泄露招标信息。",
        "一级\n二级",
        "集体研究。",
    ]
    got = run(tmp_path / "2", rows, ["A1:F1"])
    assert read(got) == want
    assert "HOLDER_POINT_LINES_PAIRED" in codes(got)
    no_errors(got)
    # a first line ending in '，' runs on: one point wrapped, each holder's at his level
    rows[2] = [
        1,
        "局长\n副局长",
        "张建国\n李明华",
        "在资金分配中违规审批，\n泄露招标信息。",
        "一级\n二级",
        "集体研究。",
    ]
    got = run(tmp_path / "3", rows, ["A1:F1"])
    assert "HOLDER_POINT_LINES_PAIRED" not in codes(got)
    assert [p for _t, _n, p, _lv in read(got)].count("在资金分配中违规审批，\n泄露招标信息。") == 2
