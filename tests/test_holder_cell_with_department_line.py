"""A holder's cell of two or three lines: his name and his 科室 ('滕沛琰⏎药剂科', '药剂科⏎滕沛琰'),
maybe his post too ('药剂科主任　滕沛琰⏎药剂科'), in a list whose 责任人 column names the holder of
each row. The name is the holder, the 科室 line his department, the post line his post, in any
order, and the column stays the holder column (it was read as 其他 for its 科室 lines, every holder
lost, or the 科室 glued onto the name).

The reviewer's example was a county hospital's list (药剂科, 医务科, '一级'); here it is other units
(a 市场监督管理局, a 水务局, a 中学), other 科室, posts and names, the levels written '高/中/低',
'重大/较高/一般' and '★', with a type column or none, one heading row or two, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. The negatives are cells of two
lines that are not this shape and read as before: two holders one a line (with or without their
posts), and a post over its holder.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def guessed(got) -> list[str]:
    return list(got.issues[got.issues["code"] == "COLUMN_GUESSED"]["message"])


def test_name_then_department_in_every_row(tmp_path):
    rows = [["XX县市场监督管理局廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            ["1", "抽检样品选择性送检", "高", "岑皓轩\n食品安全监管股", "随机抽样，双人送检"],
            ["2", "行政处罚自由裁量过宽", "中", "司徒婧妍\n法规股", "执行裁量基准"],
            ["3", "特种设备检验走过场", "低", "糜子骞\n特种设备安全监察股", "检验记录留痕"],
            ["4", "登记材料审查不严", "中", "岑皓轩\n食品安全监管股", "一次告知，限时办结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("食品安全监管股", "", "岑皓轩", "抽检样品选择性送检", "Ⅰ级"),
        ("食品安全监管股", "", "岑皓轩", "登记材料审查不严", "Ⅱ级"),
        ("法规股", "", "司徒婧妍", "行政处罚自由裁量过宽", "Ⅱ级"),
        ("特种设备安全监察股", "", "糜子骞", "特种设备检验走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert not guessed(got)
    assert not errors(got)


def test_department_then_name_under_two_heading_rows_with_a_type_column(tmp_path):
    # '风险点' and '风险等级' under a merged '廉政风险', the holder's heading merged down both rows;
    # each holder's cell his 科室 first, his name on the next line
    rows = [["XX县水务局岗位廉政风险排查登记表"],
            ["序号", "廉政风险", None, "风险类型", "责任人员", "防控措施"],
            [None, "风险点", "风险等级", None, None, None],
            ["1", "水资源费征收减免不规范", "重大", "岗位职责", "水政监察大队\n闾丘雨桐", "减免集体研究"],
            ["2", "工程变更签证把关不严", "重大", "制度机制", "建设管理科\n郗向晚", "变更分级审批"],
            ["3", "取水许可审批超时限", "较高", "岗位职责", "行政审批办\n眭承泽", "限时办结"],
            ["4", "防汛物资出入库不登记", "一般", "思想道德", "建设管理科\n郗向晚", "台账月查"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3"])
    assert read(got) == sorted([
        ("水政监察大队", "", "闾丘雨桐", "水资源费征收减免不规范", "Ⅰ级"),
        ("建设管理科", "", "郗向晚", "工程变更签证把关不严", "Ⅰ级"),
        ("建设管理科", "", "郗向晚", "防汛物资出入库不登记", "Ⅲ级"),
        ("行政审批办", "", "眭承泽", "取水许可审批超时限", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "制度机制风险", "思想道德风险"}
    assert not guessed(got)
    assert not errors(got)


def test_post_name_and_department_lines_in_any_order_and_a_mix_of_rows(tmp_path):
    # a post and the name on one line over the 科室; the 科室, the post, the name a line each;
    # the name over the 科室; an extra column of deadlines after the measures
    rows = [["XX市第三中学廉政风险防控清单"],
            ["序号", "风险点", "风险等级", "责任人", "防控措施", "完成时限"],
            ["1", "招生录取暗箱操作", "★★★", "教务处主任　梅若谷\n教务处", "招生结果公示", "2025年9月"],
            ["2", "食堂采购以次充好", "★★", "总务处\n副主任\n甯予安", "定点采购，验收留样", "长期"],
            ["3", "教辅资料违规征订", "★", "邬星阑\n教务处", "自愿征订，家长签字", "长期"],
            ["4", "评优评先优亲厚友", "★★", "政教处\n亓官澜", "评审结果公示", "每学期"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("教务处", "教务处主任", "梅若谷", "招生录取暗箱操作", "Ⅰ级"),
        ("总务处", "副主任", "甯予安", "食堂采购以次充好", "Ⅱ级"),
        ("教务处", "", "邬星阑", "教辅资料违规征订", "Ⅲ级"),
        ("政教处", "", "亓官澜", "评优评先优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert not guessed(got)
    assert not errors(got)


NEG_TITLE = ["XX县供销合作社联合社岗位廉政风险排查表"]
NEG_HEAD = ["序号", "风险点", "风险等级", "风险类型", "责任人员", "防控措施"]


def test_two_holders_a_line_each_stay_two_holders(tmp_path):
    # '理事长　濮阳澈⏎会计　阙芷汀': two posts and their holders, each holding the row's point
    rows = [NEG_TITLE, NEG_HEAD,
            ["1", "社有资产出租不公开", "高", "制度机制", "理事长　濮阳澈\n会计　阙芷汀", "公开招租"],
            ["2", "报销票据审核不严", "中", "岗位职责", "出纳　栾霁雯\n会计　阙芷汀", "双人复核"],
            ["3", "项目资金挪用", "低", "岗位职责", "理事长　濮阳澈\n出纳　栾霁雯", "专户管理"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "理事长", "濮阳澈", "社有资产出租不公开", "Ⅰ级"),
        ("", "会计", "阙芷汀", "社有资产出租不公开", "Ⅰ级"),
        ("", "出纳", "栾霁雯", "报销票据审核不严", "Ⅱ级"),
        ("", "会计", "阙芷汀", "报销票据审核不严", "Ⅱ级"),
        ("", "理事长", "濮阳澈", "项目资金挪用", "Ⅲ级"),
        ("", "出纳", "栾霁雯", "项目资金挪用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_LISTED_WITH_POSTS" in set(got.issues["code"])
    assert not errors(got)

    # bare names one a line, no post, no 科室: each a holder of the row
    rows = [NEG_TITLE, NEG_HEAD,
            ["1", "社有资产出租不公开", "高", "制度机制", "濮阳澈\n阙芷汀", "公开招租"],
            ["2", "报销票据审核不严", "中", "岗位职责", "栾霁雯\n阙芷汀", "双人复核"],
            ["3", "项目资金挪用", "低", "岗位职责", "濮阳澈", "专户管理"]]  # fmt: skip
    got = run(tmp_path / "bare", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "", "濮阳澈", "社有资产出租不公开", "Ⅰ级"),
        ("", "", "阙芷汀", "社有资产出租不公开", "Ⅰ级"),
        ("", "", "栾霁雯", "报销票据审核不严", "Ⅱ级"),
        ("", "", "阙芷汀", "报销票据审核不严", "Ⅱ级"),
        ("", "", "濮阳澈", "项目资金挪用", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_post_over_its_holder_reads_as_before(tmp_path):
    # '理事长⏎濮阳澈': the post, its holder on the next line; no 科室 line, no department
    rows = [NEG_TITLE, NEG_HEAD,
            ["1", "社有资产出租不公开", "高", "制度机制", "理事长\n濮阳澈", "公开招租"],
            ["2", "报销票据审核不严", "中", "岗位职责", "出纳\n栾霁雯", "双人复核"],
            ["3", "项目资金挪用", "低", "岗位职责", "会计\n阙芷汀", "专户管理"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "理事长", "濮阳澈", "社有资产出租不公开", "Ⅰ级"),
        ("", "出纳", "栾霁雯", "报销票据审核不严", "Ⅱ级"),
        ("", "会计", "阙芷汀", "项目资金挪用", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_long_post_over_its_holder_keeps_the_holders_column(tmp_path):
    # '财务部部长⏎栾霁雯': a 科室's head over his name; the cells' length made the column 其他
    # and every holder was lost (found by the review of this rule)
    rows = [["XX市公共交通集团有限公司廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            ["1", "资金支付不按审批权限", "一级", "财务部部长\n栾霁雯", "分级审批，网银双人复核"],
            ["2", "监督检查走过场", "二级", "监事会主任\n阙芷汀", "检查记录留痕"],
            ["3", "车辆维修虚列项目", "一级", "机务部部长\n濮阳澈", "维修项目验收公示"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert [(t, p) for _d, t, p, *_x in read(got)] == sorted(
        [("财务部部长", "栾霁雯"), ("监事会主任", "阙芷汀"), ("机务部部长", "濮阳澈")]
    )
    assert not guessed(got) and not errors(got)


def test_departments_over_posts_without_names_stay_no_holders(tmp_path):
    # '财务部⏎部长': a 科室 and a post, no one named: a responsibility column of posts, as before
    rows = [["XX市公共交通集团有限公司廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            ["1", "资金支付不按审批权限", "一级", "财务部\n部长", "分级审批"],
            ["2", "监督检查走过场", "二级", "监事会\n主任", "检查记录留痕"],
            ["3", "车辆维修虚列项目", "一级", "机务部\n部长", "维修项目验收公示"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert {p for _d, _t, p, *_x in read(got)} == {""}


def test_what_the_hundred_and_second_review_found_a_department_over_two_names(tmp_path):
    rows = [["XX县市场监督管理局廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            ["1", "抽检样品选择性送检", "高", "办公室\n岑皓轩、司徒婧妍", "随机抽样"],
            ["2", "行政处罚自由裁量过宽", "中", "法规股\n糜子骞", "执行裁量基准"],
            ["3", "特种设备检验走过场", "低", "办公室\n岑皓轩、司徒婧妍", "检验记录留痕"],
            ["4", "登记材料审查不严", "中", "特种设备股\n糜子骞、栾霁雯", "限时办结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("办公室", "", "岑皓轩", "抽检样品选择性送检", "Ⅰ级"),
        ("办公室", "", "司徒婧妍", "抽检样品选择性送检", "Ⅰ级"),
        ("法规股", "", "糜子骞", "行政处罚自由裁量过宽", "Ⅱ级"),
        ("办公室", "", "岑皓轩", "特种设备检验走过场", "Ⅲ级"),
        ("办公室", "", "司徒婧妍", "特种设备检验走过场", "Ⅲ级"),
        ("特种设备股", "", "糜子骞", "登记材料审查不严", "Ⅱ级"),
        ("特种设备股", "", "栾霁雯", "登记材料审查不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not guessed(got)


def test_what_the_hundred_and_second_review_found_a_date_line_under_the_name(tmp_path):
    rows = [["XX县市场监督管理局廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            ["1", "抽检样品选择性送检", "高", "岑皓轩\n2025.3", "随机抽样"],
            ["2", "行政处罚自由裁量过宽", "中", "司徒婧妍\n2025年3月", "执行裁量基准"],
            ["3", "特种设备检验走过场", "低", "糜子骞\n2025.4", "检验记录留痕"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "岑皓轩", "抽检样品选择性送检", "Ⅰ级"),
        ("", "", "司徒婧妍", "行政处罚自由裁量过宽", "Ⅱ级"),
        ("", "", "糜子骞", "特种设备检验走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert not guessed(got)
