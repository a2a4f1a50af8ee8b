"""A list whose leaders are written once as '岗位　姓名' in one block merged ACROSS the 科室 | 岗位 |
姓名 columns (and down over their rows), the 科室 staff in their own columns: the block is its
rows' holder, read as post and name ('主任　岑沐霖', '副主任⏎邝澜汐', '党组书记：蔺霁川',
'訾泓旻（副主任）'), no 科室 (or the group's above it). A block that is a 科室 ('办公室'), a post
alone ('主任') or a group's label ('委领导') is read as before.

Not the published batch's file (a county's 农业农村局 with 局长/副局长 over 股室 rows, a full-width
space, 一级/二级/三级, no type column): a city's 卫生健康委员会 and 水务局, other posts and names,
高/中/低, ticks and ★ levels, one or two heading rows, an extra 风险类型 column, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> list[str]:
    i = got.issues
    return list(i[i["severity"] == "error"]["code"]) if len(i) else []


HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]


def test_one_heading_row_a_space_and_a_type_column(tmp_path):
    rows = [["XX市卫生健康委员会岗位廉政风险点及防控措施清单"],
            HEAD,
            [1, "主任 岑沐霖", None, None, "医疗机构设置审批中违规干预", "岗位职责", "高", "重大事项集体研究，全程留痕。"],
            [2, None, None, None, "大型医用设备采购中打招呼", "外部环境", "高", "采购全程纪检监督。"],
            [3, "副主任　邝澜汐", None, None, "公立医院巡查走过场", "业务流程", "中", "巡查问题清单化跟踪。"],
            [4, "医政医管科", "科长", "冼澈汀", "医师执业注册审核把关不严", "岗位职责", "中", "注册材料双人复核。"],
            [5, None, "科员", "甘沛霖", "医疗纠纷调处偏袒一方", "业务流程", "低", "调处过程录音存档。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "B3:D4", "B5:D5"])
    assert read(got) == sorted([
        ("", "主任", "岑沐霖", "医疗机构设置审批中违规干预", "Ⅰ级"),
        ("", "主任", "岑沐霖", "大型医用设备采购中打招呼", "Ⅰ级"),
        ("", "副主任", "邝澜汐", "公立医院巡查走过场", "Ⅱ级"),
        ("医政医管科", "科长", "冼澈汀", "医师执业注册审核把关不严", "Ⅱ级"),
        ("医政医管科", "科员", "甘沛霖", "医疗纠纷调处偏袒一方", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_two_heading_rows_a_newline_and_star_levels(tmp_path):
    rows = [["XX市水务局廉政风险防控一览表"],
            ["序号", "责任主体", None, None, "廉政风险点", "风险等级", "防控措施"],
            [None, "科室", "岗位", "姓名", None, None, None],
            [1, "局长\n阚霁远", None, None, "水利工程招投标中泄露标底", "★★★", "招标文件集体审定。"],
            [2, None, None, None, "河道采砂许可违规审批", "★★", "许可事项公开公示。"],
            [3, "副局长\n扈澄溪", None, None, "防汛物资采购虚报数量", "★★", "物资入库三方验收。"],
            [4, None, None, None, "水资源费减免不按规定", "★", "减免事项集体研究。"],
            [5, "水政监察科", "科长", "逯沐潇", "水事违法案件查处随意", "★★", "案件审理委员会审定。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B2:D2", "A2:A3", "E2:E3", "F2:F3", "G2:G3",
                               "B4:D5", "B6:D7"])  # fmt: skip
    assert read(got) == sorted([
        ("", "局长", "阚霁远", "水利工程招投标中泄露标底", "Ⅰ级"),
        ("", "局长", "阚霁远", "河道采砂许可违规审批", "Ⅱ级"),
        ("", "副局长", "扈澄溪", "防汛物资采购虚报数量", "Ⅱ级"),
        ("", "副局长", "扈澄溪", "水资源费减免不按规定", "Ⅲ级"),
        ("水政监察科", "科长", "逯沐潇", "水事违法案件查处随意", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_colon_and_a_name_with_his_post_in_brackets(tmp_path):
    rows = [["XX市卫生健康委员会廉政风险排查表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "党组书记：蔺霁川", None, None, "干部选拔任用把关不严", "一级", "严格执行选任程序。"],
            [2, "訾泓旻（副主任）", None, None, "疾控经费分配不公开", "二级", "经费分配集体研究并公示。"],
            [3, None, None, None, "卫生监督执法自由裁量过大", "二级", "执行裁量基准。"],
            [4, "财务科", "会计", "扈若澜", "报销凭证审核不严", "三级", "报销单据双人审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:D3", "B4:D5"])
    assert read(got) == sorted([
        ("", "党组书记", "蔺霁川", "干部选拔任用把关不严", "Ⅰ级"),
        ("", "副主任", "訾泓旻", "疾控经费分配不公开", "Ⅱ级"),
        ("", "副主任", "訾泓旻", "卫生监督执法自由裁量过大", "Ⅱ级"),
        ("财务科", "会计", "扈若澜", "报销凭证审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_department_merged_across_department_and_post_stays_a_department(tmp_path):
    """'办公室' across 科室:岗位 beside its holder's own name: the 科室, read as before."""
    rows = [["XX市水务局廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "办公室", None, "冼澈汀", "公务接待超标准", "低", "接待清单逐项审核。"],
            [2, "规划建设科", "科长", "甘沛霖", "规划审查中收受好处", "高", "审查意见集体会商。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:C3"])
    assert read(got) == sorted([
        ("办公室", "办公室", "冼澈汀", "公务接待超标准", "Ⅲ级"),
        ("规划建设科", "科长", "甘沛霖", "规划审查中收受好处", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_post_alone_merged_across_names_no_one(tmp_path):
    """'主任' across 科室:姓名: a post alone, no name to split off; read as before."""
    rows = [["XX市卫生健康委员会岗位廉政风险清单"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "主任", None, None, "重大项目决策个人说了算", "高", "重大事项集体决策。"],
            [2, "医政医管科", "科长", "冼澈汀", "医师执业注册审核把关不严", "中", "注册材料双人复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:D3"])
    assert read(got) == sorted([
        ("", "主任", "", "重大项目决策个人说了算", "Ⅰ级"),
        ("医政医管科", "科长", "冼澈汀", "医师执业注册审核把关不严", "Ⅱ级"),
    ])  # fmt: skip


def test_a_group_label_merged_across_names_no_one(tmp_path):
    """'委领导' across 科室:姓名 and down over its rows: a group's label, no post and name in it;
    the block's 科室, no post and no one (tests/test_group_blocks_and_grade_records.py)."""
    rows = [["XX市卫生健康委员会岗位廉政风险清单"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "委领导", None, None, "重大项目决策个人说了算", "高", "重大事项集体决策。"],
            [2, None, None, None, "违规插手工程项目", "高", "领导干部插手工程项目登记报告。"],
            [3, "医政医管科", "科长", "冼澈汀", "医师执业注册审核把关不严", "中", "注册材料双人复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:D4"])
    assert read(got) == sorted([
        ("委领导", "", "", "重大项目决策个人说了算", "Ⅰ级"),
        ("委领导", "", "", "违规插手工程项目", "Ⅰ级"),
        ("医政医管科", "科长", "冼澈汀", "医师执业注册审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
