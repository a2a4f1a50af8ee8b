"""Post columns under a merged holder heading ('责任人', '责任领导及责任人', '责任岗位及责任人' over
'局长 | 副局长 | 总工程师 | …'), one row a point, each cell the NAME of that post's holder whose
point the row is, blank or '/' where the post has none of it: the row is a point of each named
holder, his post the column's heading (one post's column may name different people on
different rows: each his own form); a blank cell is never filled from above.

Not the published batch's table (a 苏木人民政府's 领导班子责任分解表 with 党委书记 | 苏木达 | 副苏木达 |
经管站站长 and 高/中/低): a county 水利局's, a 街道办事处's and a 疾病预防控制中心's, other posts,
names, level words (★★★/★★/★, 一级/二级/三级, 高风险/中风险/低风险), a type column and a
title line, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads
a file. Ticks under post columns and a 科室 | 岗位 | 姓名 list under a merged 责任主体 stay as read.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "责任分解"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_four_post_columns_each_cell_a_name_and_a_type_column(tmp_path):
    # '责任领导及责任人' over four posts, a 风险类型 column between the points and the holders
    rows = [["XX县水利局领导班子廉政风险点及责任分解表"],
            ["编号", "风险点", "风险类型", "风险等级", "责任领导及责任人", None, None, None, "防控措施"],
            [None, None, None, None, "局长", "副局长", "总工程师", "水政监察大队长", None],
            [1, "水利工程招标中指定中标单位", "制度机制", "★★★", "扈霁川", "鞠沛然", None, None, "招标全程纪检监督"],
            [2, "工程变更签证把关不严", "岗位职责", "★★", None, "鞠沛然", "蔺澄溪", None, "变更集体会审"],
            [3, "河道采砂许可优亲厚友", "岗位职责", "★★★", "扈霁川", None, None, "逯望舒", "许可结果公示"],
            [4, "水行政处罚自由裁量随意", "思想道德", "★", None, None, None, "逯望舒", "执行裁量基准"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "扈霁川", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("局长", "扈霁川", "河道采砂许可优亲厚友", "Ⅰ级"),
        ("副局长", "鞠沛然", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("副局长", "鞠沛然", "工程变更签证把关不严", "Ⅱ级"),
        ("总工程师", "蔺澄溪", "工程变更签证把关不严", "Ⅱ级"),
        ("水政监察大队长", "逯望舒", "河道采砂许可优亲厚友", "Ⅰ级"),
        ("水政监察大队长", "逯望舒", "水行政处罚自由裁量随意", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["risk_point"], r["risk_type"], strict=True)) >= {
        ("水利工程招标中指定中标单位", "制度机制风险"),
        ("水行政处罚自由裁量随意", "思想道德风险"),
    }
    said = got.issues[got.issues["code"] == "HOLDER_NAMES_UNDER_POSTS"]
    assert list(said["cell"]) == ["E2"]
    assert "“总工程师”" in said["message"].iloc[0]
    assert not {"COLUMN_GUESSED", "HOLDERS_PLACE_UNCLEAR", "ROW_UNPLACED"} & codes(got)
    no_errors(got)


def test_one_post_column_names_two_people_on_different_rows(tmp_path):
    # '责任岗位及责任人' over three posts, the 副主任 column naming two 副主任 down its rows;
    # a blank 主任 cell under a named one is no point of his (not filled from above)
    rows = [["XX街道办事处廉政风险防控责任表"],
            ["填报单位：XX街道办事处", None, None, None, None, "2025年6月"],
            ["序号", "廉政风险点", "风险等级", "责任岗位及责任人", None, None],
            [None, None, None, "主任", "副主任", "城管中队长"],
            [1, "低保对象审核把关不严", "一级", "濮暄和", "宓晚澄", None],
            [2, "拆违执法选择性执法", "二级", None, "鄢知远", "晏沐阳"],
            [3, "社区工程项目验收走过场", "一级", None, "宓晚澄", None],
            [4, "临时救助资金发放不公开", "三级", "濮暄和", "鄢知远", None]]  # fmt: skip
    merges = ["A1:F1", "A2:E2", "A3:A4", "B3:B4", "C3:C4", "D3:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "濮暄和", "低保对象审核把关不严", "Ⅰ级"),
        ("主任", "濮暄和", "临时救助资金发放不公开", "Ⅲ级"),
        ("副主任", "宓晚澄", "低保对象审核把关不严", "Ⅰ级"),
        ("副主任", "宓晚澄", "社区工程项目验收走过场", "Ⅰ级"),
        ("副主任", "鄢知远", "拆违执法选择性执法", "Ⅱ级"),
        ("副主任", "鄢知远", "临时救助资金发放不公开", "Ⅲ级"),
        ("城管中队长", "晏沐阳", "拆违执法选择性执法", "Ⅱ级"),
    ])  # fmt: skip
    # the two 副主任 are two forms, not one
    r = got.risks
    assert len({(t, p) for t, p in zip(r["title"], r["person"], strict=True)}) == 4
    assert "HOLDER_NAMES_UNDER_POSTS" in codes(got)
    assert not {"COLUMN_GUESSED", "HOLDERS_PLACE_UNCLEAR", "ROW_UNPLACED"} & codes(got)
    no_errors(got)


def test_slash_for_none_and_two_names_in_one_cell(tmp_path):
    # '责任人' over three posts, '/' where the post has none of the row, one cell naming two
    # holders of the same post ('、'); 高风险/中风险/低风险
    rows = [["XX县疾病预防控制中心岗位廉政风险排查表"],
            ["序号", "风险点", "风险等级", "责任人", None, None, "防控措施"],
            [None, None, None, "主任", "检验科科长", "会计", None],
            [1, "疫苗出入库登记不实", "高风险", "/", "/", "訾予安", "双人盘点"],
            [2, "检验报告出具不规范", "中风险", "/", "甘棠溪、冼昊然", "/", "复核签字"],
            [3, "试剂采购不比价", "高风险", "楚逸尘", "甘棠溪", "/", "三家比价"],
            [4, "报销票据审核不严", "低风险", "/", "/", "訾予安", "逐张审核"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "楚逸尘", "试剂采购不比价", "Ⅰ级"),
        ("科长", "甘棠溪", "检验报告出具不规范", "Ⅱ级"),
        ("科长", "冼昊然", "检验报告出具不规范", "Ⅱ级"),
        ("科长", "甘棠溪", "试剂采购不比价", "Ⅰ级"),
        ("会计", "訾予安", "疫苗出入库登记不实", "Ⅰ级"),
        ("会计", "訾予安", "报销票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    # ('检验科科长': the 科室 and the post, as a tick's post heading reads)
    r = got.risks
    assert set(r["department"][r["person"] == "冼昊然"]) == {"检验科"}
    assert "HOLDER_NAMES_UNDER_POSTS" in codes(got)
    no_errors(got)


def test_ticks_under_post_columns_stay_as_read(tmp_path):
    # '√' under the posts (no names in the cells): the post that holds the row, as before
    rows = [["XX县水利局廉政风险点责任岗位表"],
            ["序号", "风险点", "风险等级", "责任人", None, None, "防控措施"],
            [None, None, None, "局长", "副局长", "总工程师", None],
            [1, "水利工程招标中指定中标单位", "一级", "√", "√", None, "纪检监督"],
            [2, "工程变更签证把关不严", "二级", None, "√", "√", "集体会审"],
            [3, "防汛物资采购不比价", "三级", None, None, "√", "三家比价"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("副局长", "", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("副局长", "", "工程变更签证把关不严", "Ⅱ级"),
        ("总工程师", "", "工程变更签证把关不严", "Ⅱ级"),
        ("总工程师", "", "防汛物资采购不比价", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_UNDER_POSTS" not in codes(got)
    no_errors(got)


def test_dept_post_name_list_under_a_merged_holder_heading_stays_as_read(tmp_path):
    # '责任主体' over 科室 | 岗位 | 姓名, one holder a row: an ordinary list
    rows = [["XX街道办事处廉政风险点登记表"],
            ["序号", "责任主体", None, None, "廉政风险点", "风险等级", "防控措施"],
            [None, "科室", "岗位", "姓名", None, None, None],
            [1, "民政办", "主任", "濮暄和", "低保对象审核把关不严", "一级", "集体评议"],
            [2, "民政办", "科员", "宓晚澄", "临时救助资金发放不公开", "二级", "公示"],
            [3, "城管中队", "中队长", "晏沐阳", "拆违执法选择性执法", "一级", "执法记录仪全程记录"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    r = got.risks
    assert sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    ) == sorted([
        ("民政办", "主任", "濮暄和", "低保对象审核把关不严", "Ⅰ级"),
        ("民政办", "科员", "宓晚澄", "临时救助资金发放不公开", "Ⅱ级"),
        ("城管中队", "中队长", "晏沐阳", "拆违执法选择性执法", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_UNDER_POSTS" not in codes(got)
    no_errors(got)


def test_one_name_column_under_a_holder_heading_beside_a_post_column_stays_as_read(tmp_path):
    # '责任人' over 岗位 | 姓名 (the post written in the cells, not the heading): as before
    rows = [["XX县疾病预防控制中心廉政风险点登记表"],
            ["序号", "风险点", "风险等级", "责任人", None, "防控措施"],
            [None, None, None, "岗位", "姓名", None],
            [1, "疫苗出入库登记不实", "高", "会计", "訾予安", "双人盘点"],
            [2, "试剂采购不比价", "中", "主任", "楚逸尘", "三家比价"]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("会计", "訾予安", "疫苗出入库登记不实", "Ⅰ级"),
        ("主任", "楚逸尘", "试剂采购不比价", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_UNDER_POSTS" not in codes(got)
    no_errors(got)


def _water(cells: list[tuple]) -> tuple[list[list], list[str]]:
    """The 水利局's table, the post columns' cells as given."""
    points = [("水利工程招标中指定中标单位", "制度机制", "★★★"), ("工程变更签证把关不严", "岗位职责", "★★"),
              ("河道采砂许可优亲厚友", "岗位职责", "★★★"), ("水行政处罚自由裁量随意", "思想道德", "★")]  # fmt: skip
    rows = [["XX县水利局领导班子廉政风险点及责任分解表"],
            ["编号", "风险点", "风险类型", "风险等级", "责任领导及责任人", None, None, None, "防控措施"],
            [None, None, None, None, "局长", "副局长", "总工程师", "水政监察大队长", None]]  # fmt: skip
    for i, ((p, k, lv), c) in enumerate(zip(points, cells, strict=True), 1):
        rows.append([i, p, k, lv, *c, "集体研究"])
    return rows, ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"]


def test_what_the_hundredth_review_found_ditto_is_the_name_above(tmp_path):
    # '同上' in a post column: the name above in that column (it used to drop the table back)
    rows, merges = _water([("扈霁川", "鞠沛然", None, None), (None, "同上", "蔺澄溪", None),
                           ("扈霁川", None, None, "逯望舒"), (None, None, None, "同上")])  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "扈霁川", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("局长", "扈霁川", "河道采砂许可优亲厚友", "Ⅰ级"),
        ("副局长", "鞠沛然", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("副局长", "鞠沛然", "工程变更签证把关不严", "Ⅱ级"),
        ("总工程师", "蔺澄溪", "工程变更签证把关不严", "Ⅱ级"),
        ("水政监察大队长", "逯望舒", "河道采砂许可优亲厚友", "Ⅰ级"),
        ("水政监察大队长", "逯望舒", "水行政处罚自由裁量随意", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_UNDER_POSTS" in codes(got)
    assert "同上" not in set(got.risks["person"])
    no_errors(got)


def test_what_the_hundredth_review_found_everyone_is_no_name(tmp_path):
    # '全体' / '均' under a post: all of that post, no one name (never a person '全体')
    from xlproc.columns import looks_like_name

    assert not looks_like_name("全体") and not looks_like_name("全部")
    rows, merges = _water([("扈霁川", "全体", None, None), (None, "鞠沛然", "均", None),
                           ("扈霁川", None, None, "逯望舒"), (None, None, None, "逯望舒")])  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "扈霁川", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("局长", "扈霁川", "河道采砂许可优亲厚友", "Ⅰ级"),
        ("副局长", "", "水利工程招标中指定中标单位", "Ⅰ级"),
        ("副局长", "鞠沛然", "工程变更签证把关不严", "Ⅱ级"),
        ("总工程师", "", "工程变更签证把关不严", "Ⅱ级"),
        ("水政监察大队长", "逯望舒", "河道采砂许可优亲厚友", "Ⅰ级"),
        ("水政监察大队长", "逯望舒", "水行政处罚自由裁量随意", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"全体", "均"} & set(got.risks["person"])
    assert "HOLDER_NAMES_UNDER_POSTS" in codes(got)
    no_errors(got)
