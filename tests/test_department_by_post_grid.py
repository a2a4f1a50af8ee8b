"""A grid of 科室 across by posts down: a corner naming both axes ('岗位＼部门', '科室/岗位', '部门⏎
岗位' under a diagonal), the 科室 along its row, the posts down its column, each cell that 科室's
post's points numbered and closing with their levels ('1.…（一级）⏎2.…（二级）'), '/' or '无' for
none; a merged '防控措施：…' row under it gives the measures of all. A form a filled cell, no person.

Not the published batch's grid (a 航天接待服务中心 with 综合部 | 客房部 | 餐饮部 | 车辆调度部 across,
部长 | 主管 | 专员 down and （高）/（中）/（低））: a county 人民医院 and a 水务局, other 科室 and posts,
其他 level words (一级/二级/三级, 高风险/低风险), ①② numbers, a slash or a two-line corner, a
measures row labelled in its own cell, and the grid turned (posts across, 科室 down); written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "分布"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HOSPITAL = [
    ["XX县人民医院科室岗位廉政风险点分布表"],
    ["科室/岗位", "药剂科", "财务科", "后勤保障科"],
    [
        "科长",
        "1.药品遴选中收受供应商好处（一级）\n2.药品采购量人为调整（二级）",
        "1.违规审批大额资金支付（一级）",
        "1.维修工程不经比选直接发包（一级）",
    ],
    ["副科长", "1.药品验收把关不严（二级）", "/", "1.物资入库数量虚报（二级）\n2.食堂采购价格虚高（三级）"],
    ["科员", "无", "1.收费票据管理不严，截留现金（二级）", "/"],
    ["防控措施：药品、物资采购一律进入县公共资源交易平台；大额支付经院长办公会研究。", None, None, None],
    ["注：“/”表示该科室该岗位无廉政风险点。"],
]  # fmt: skip
HOSPITAL_READ = sorted([
    ("药剂科", "科长", "", "药品遴选中收受供应商好处", "Ⅰ级"),
    ("药剂科", "科长", "", "药品采购量人为调整", "Ⅱ级"),
    ("药剂科", "副科长", "", "药品验收把关不严", "Ⅱ级"),
    ("财务科", "科长", "", "违规审批大额资金支付", "Ⅰ级"),
    ("财务科", "科员", "", "收费票据管理不严，截留现金", "Ⅱ级"),
    ("后勤保障科", "科长", "", "维修工程不经比选直接发包", "Ⅰ级"),
    ("后勤保障科", "副科长", "", "物资入库数量虚报", "Ⅱ级"),
    ("后勤保障科", "副科长", "", "食堂采购价格虚高", "Ⅲ级"),
])  # fmt: skip


def test_departments_across_posts_down_a_form_a_cell(tmp_path):
    got = run(tmp_path, HOSPITAL, ["A1:D1", "A6:D6", "A7:D7"])
    assert read(got) == HOSPITAL_READ
    no_errors(got)
    codes = set(got.issues["code"])
    assert "DEPT_POST_GRID" in codes and "FILE_NO_FORM" not in codes
    assert set(got.risks["measures"]) == {
        "药品、物资采购一律进入县公共资源交易平台；大额支付经院长办公会研究。"
    }
    assert "DEPT_POST_GRID" in CATALOGUE and "DEPT_POST_GRID" in SHORT


def test_a_two_line_corner_circled_numbers_and_a_measures_label_cell(tmp_path):
    """'部门⏎岗位' under a diagonal, ①② numbers on one line, 高风险/低风险 words, a title and a
    填报单位 line above, a '防控措施 | …' row with its label in a cell of its own."""
    rows = [
        ["XX县水务局各股室岗位廉政风险点分布表"],
        ["填报单位：XX县水务局"],
        ["部门\n岗位", "水政监察大队", "农村水利股", "计划财务股", "办公室"],
        [
            "股长",
            "①河道采砂许可违规审批（高风险）②执法中随意减免罚款（低风险）",
            "①灌区项目验收走过场（高风险）",
            "①专项资金违规拨付（高风险）",
            "—",
        ],
        ["一般干部", "①巡查发现问题不报告（低风险）", "—", "—", "①公务接待超标准（低风险）"],
        ["防控措施", "许可、处罚一律两人以上集体研究，结果公示。", None, None, None],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:E2", "B6:E6"])
    assert read(got) == sorted([
        ("水政监察大队", "股长", "", "河道采砂许可违规审批", "Ⅰ级"),
        ("水政监察大队", "股长", "", "执法中随意减免罚款", "Ⅲ级"),
        ("水政监察大队", "一般干部", "", "巡查发现问题不报告", "Ⅲ级"),
        ("农村水利股", "股长", "", "灌区项目验收走过场", "Ⅰ级"),
        ("计划财务股", "股长", "", "专项资金违规拨付", "Ⅰ级"),
        ("办公室", "一般干部", "", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert set(got.risks["measures"]) == {"许可、处罚一律两人以上集体研究，结果公示。"}


def test_posts_across_departments_down_read_the_same(tmp_path):
    rows = [
        ["岗位＼科室", "科长", "副科长", "科员"],
        [
            "药剂科",
            "1.药品遴选中收受供应商好处（一级）\n2.药品采购量人为调整（二级）",
            "1.药品验收把关不严（二级）",
            "无",
        ],
        ["财务科", "1.违规审批大额资金支付（一级）", "/", "1.收费票据管理不严，截留现金（二级）"],
        [
            "后勤保障科",
            "1.维修工程不经比选直接发包（一级）",
            "1.物资入库数量虚报（二级）\n2.食堂采购价格虚高（三级）",
            "/",
        ],
    ]
    got = run(tmp_path, rows)
    assert read(got) == HOSPITAL_READ
    no_errors(got)
    assert "DEPT_POST_GRID" in set(got.issues["code"])


def test_a_post_by_level_cross_table_is_not_this_grid(tmp_path):
    """A 岗位 × 级别 cross table (holders across, levels down the corner's column) reads as
    before: a form a holder's column, not this grid."""
    rows = [
        ["XX县人民医院岗位廉政风险等级表"],
        ["岗位\n风险级别", "药剂科", "财务科", "后勤保障科"],
        [None, "科长", "科长", "科长"],
        [None, "郗望舒", "甘靖涵", "闻人骁"],
        ["高风险", "1.药品遴选中收受供应商好处", "1.违规审批大额资金支付", None],
        ["中风险", "1.药品采购量人为调整", None, "1.维修工程不经比选直接发包"],
        ["低风险", None, "1.报销审核不严", None],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A2:A4"])
    assert "DEPT_POST_GRID" not in set(got.issues["code"])
    assert read(got) == sorted([
        ("药剂科", "科长", "郗望舒", "药品遴选中收受供应商好处", "Ⅰ级"),
        ("药剂科", "科长", "郗望舒", "药品采购量人为调整", "Ⅱ级"),
        ("财务科", "科长", "甘靖涵", "违规审批大额资金支付", "Ⅰ级"),
        ("财务科", "科长", "甘靖涵", "报销审核不严", "Ⅲ级"),
        ("后勤保障科", "科长", "闻人骁", "维修工程不经比选直接发包", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_staffing_grid_of_names_is_not_this_grid(tmp_path):
    """科室 across, posts down, a NAME in each cell: a staffing grid, no points (as before)."""
    rows = [
        ["XX县人民医院科室人员分布表"],
        ["岗位＼科室", "药剂科", "财务科", "后勤保障科"],
        ["科长", "郗望舒", "甘靖涵", "闻人骁"],
        ["副科长", "宓岚", "/", "仉书砚"],
        ["科员", "/", "訾雨桐", "/"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert "DEPT_POST_GRID" not in set(got.issues["code"])
    assert len(got.risks) == 0
