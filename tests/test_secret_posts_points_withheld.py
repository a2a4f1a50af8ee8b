"""A list whose numbered row of a secret post (涉密岗位: 档案保密员, 机要员, 涉密计算机管理员 …)
names its 科室, post and holder, but whose point cell — one merge over 风险点, 风险等级 and
防控措施, or the point cell alone with the others blank — says the post's points are withheld
from this list, reported elsewhere (``另文上报``, ``单独报送``, ``不在本表填列``, ``详见涉密台账``):
no risk point, and the post makes no form of this file; an info POINTS_WITHHELD a post names
its cell and the post. Before, the sentence was read as the post's one risk point (LEVEL_BLANK,
MEASURES_BLANK, a form graded C).

Not the published batch's file (batch959: a 测绘队's 一览表 whose 涉密测绘成果管理员 and 保密员 say,
merged over three cells, ``…以纸质件另行报送，不在本表填列。`` with a ``注：`` line): a
县档案馆's 一览表 whose 档案保密员 says ``…另文上报县保密局…`` merged over 风险点/风险等级/防控措施;
a 县统计局's 清单 in another order (姓名 first, 风险级别 last, the list on the second sheet after
a 填报说明) whose 机要员's point cell alone says ``详见涉密台账`` and whose 涉密计算机管理员's says
``单独报送``, the level and measures left blank; and a 县气象局's .ods copy (no merges) whose
机要通信员's cell says ``不在本表填列``; a 县公安局's 清单 under group rows (``一、指挥中心``) whose 主任, with a point of
his own, has a further row naming no one saying the rest are reported apart, and whose 机要员's
cell, merged over level and measures, says ``详见涉密台账``. Written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Near-misses an ordinary file has, read as before: points that
happen to say 另行 or 报送 (``报送统计数据弄虚作假``, ``涉密文件另行保管不严``, ``数据另行报送不及时``)
graded and met, or with a blank level, stay points.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, INFO, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, merges or {})
    return _collect(inbox)


def points(got) -> list[tuple[str, str, str]]:
    return list(
        zip(got.risks["person"], got.risks["risk_point"], got.risks["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


ARCHIVES_NOTE = "本岗位系涉密岗位，其廉政风险点及防控措施按规定另文上报县保密局，不在本表公开。"
ARCHIVES = {
    "一览表": [
        ["县档案馆岗位廉政风险点一览表", None, None, None, None, None, None],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "馆领导", "馆长", "欧阳澈", "档案数字化外包指定承接单位", "高", "外包项目集体决策，公开比选。"],
        [2, "保管利用科", "科长", "欧阳沁", "违规提供未开放档案查阅", "中", "查阅实行审批登记。"],
        [3, "保管利用科", "档案保密员", "司徒岚", ARCHIVES_NOTE, None, None],
        [4, "办公室", "会计", "司徒霁", "报销票据审核把关不严", "低", "票据双人复核。"],
        ["注：涉密岗位的廉政风险点另文上报，本表不予填列。", None, None, None, None, None, None],
    ],
}  # fmt: skip


def test_merged_withheld_cell_of_a_secret_post_is_no_point(tmp_path):
    got = run(tmp_path, ARCHIVES, {"一览表": ["E5:G5"]})
    assert points(got) == [
        ("欧阳澈", "档案数字化外包指定承接单位", "Ⅰ级"),
        ("欧阳沁", "违规提供未开放档案查阅", "Ⅱ级"),
        ("司徒霁", "报销票据审核把关不严", "Ⅲ级"),
    ]
    assert "司徒岚" not in set(got.posts["person"])
    said = issue(got, "POINTS_WITHHELD")
    assert list(said["cell"]) == ["E5"] and list(said["severity"]) == [INFO]
    assert "档案保密员" in said["message"].iloc[0] and "司徒岚" in said["message"].iloc[0]
    assert not {"LEVEL_BLANK", "MEASURES_BLANK"} & codes(got)


STATS = {
    "填报说明": [
        ["填报说明"],
        ["一、按岗位逐条填写廉政风险点。"],
        ["二、风险级别分一级、二级、三级。"],
    ],
    "风险清单": [
        ["县统计局廉政风险防控清单", None, None, None, None, None],
        ["序号", "姓名", "岗位", "股室", "风险点", "防控措施", "风险级别"],
        [1, "公孙骁", "局长", "局领导", "统计执法检查选择性执法", "执法对象随机抽取。", "一级"],
        [2, "公孙黎", "机要员", "办公室", "详见涉密台账", None, None],
        [3, "令狐晏", "涉密计算机管理员", "办公室", "涉密岗位，风险点单独报送", None, None],
        [4, "令狐梧", "统计员", "综合股", "报送统计数据弄虚作假", "数据逐级审核签字。", "二级"],
        [5, "令狐梧", "统计员", "综合股", "涉密文件另行保管不严", "涉密文件专柜存放。", "三级"],
    ],
}  # fmt: skip


def test_point_cell_alone_in_another_order_on_a_later_sheet(tmp_path):
    got = run(tmp_path, STATS)
    assert points(got) == [
        ("公孙骁", "统计执法检查选择性执法", "Ⅰ级"),
        ("令狐梧", "报送统计数据弄虚作假", "Ⅱ级"),
        ("令狐梧", "涉密文件另行保管不严", "Ⅲ级"),
    ]
    assert not {"公孙黎", "令狐晏"} & set(got.posts["person"])
    said = issue(got, "POINTS_WITHHELD")
    assert list(said["cell"]) == ["E4", "E5"] and set(said["source_sheet"]) == {"风险清单"}
    assert not {"LEVEL_BLANK", "MEASURES_BLANK"} & codes(got)


WEATHER = {
    "岗位风险": [
        ["县气象局廉政风险点排查表", None, None, None, None, None],
        ["序号", "部门", "岗位名称", "责任人", "风险点", "等级", "措施"],
        [1, "局领导", "局长", "上官砚", "气象设施建设项目干预招标", "高", "重大项目集体研究。"],
        [2, "办公室", "机要通信员", "上官蘅", "该岗位风险点按保密要求不在本表填列。", None, None],
        [3, "观测站", "站长", "上官澜", "观测资料审核把关不严", "中", "资料三级审核。"],
    ],
}  # fmt: skip


def test_withheld_post_in_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "气象局.ods", WEATHER)
    got = _collect(inbox)
    assert points(got) == [
        ("上官砚", "气象设施建设项目干预招标", "Ⅰ级"),
        ("上官澜", "观测资料审核把关不严", "Ⅱ级"),
    ]
    assert "上官蘅" not in set(got.posts["person"])
    assert list(issue(got, "POINTS_WITHHELD")["cell"]) == ["E4"]


POLICE = {
    "清单": [
        ["县公安局岗位廉政风险防控清单", None, None, None, None, None],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["一、指挥中心", None, None, None, None, None],
        [1, "主任", "东方曜", "警情指令调度优亲厚友", "中", "指令全程留痕。"],
        [2, None, None, "其余涉及涉密通信的风险点另行报送。", None, None],
        ["二、机要室", None, None, None, None, None],
        [3, "机要员", "东方岫", "涉密岗位，风险点及措施详见涉密台账", None, None],
    ],
}  # fmt: skip


def test_group_rows_and_a_holder_s_further_row_withheld(tmp_path):
    got = run(tmp_path, POLICE, {"清单": ["A3:F3", "A6:F6", "D7:F7"]})
    assert points(got) == [("东方曜", "警情指令调度优亲厚友", "Ⅱ级")]
    forms = got.posts[got.posts["person"] == "东方曜"]
    assert len(forms) == 1 and "东方岫" not in set(got.posts["person"])
    said = issue(got, "POINTS_WITHHELD")
    assert list(said["cell"]) == ["D5", "D7"]
    assert "东方曜" in said["message"].iloc[0] and "机要员" in said["message"].iloc[1]


REPORTING = {
    "一览表": [
        ["县发展和改革局廉政风险点一览表", None, None, None, None, None, None],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "统计股", "统计员", "皇甫澄", "统计数据另行报送不及时", None, "报送时限纳入考核。"],
        [2, "统计股", "统计员", "皇甫澄", "项目申报材料另行上报弄虚作假", "中", "材料三级审核。"],
        [3, "办公室", "保密员", "皇甫沅", "涉密文件另行保管不严", None, None],
    ],
}  # fmt: skip


def test_points_of_reporting_stay_points(tmp_path):
    got = run(tmp_path, REPORTING)
    assert [p for _w, p, _lv in points(got)] == [
        "统计数据另行报送不及时",
        "项目申报材料另行上报弄虚作假",
        "涉密文件另行保管不严",
    ]
    assert "皇甫沅" in set(got.posts["person"])
    assert "POINTS_WITHHELD" not in codes(got)
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["F3", "F5"]


def test_nothing_rows_and_a_note_read_as_before(tmp_path):
    sheets = {
        "一览表": [
            ["县审计局廉政风险点一览表", None, None, None, None, None, None],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "局领导", "局长", "钟离朔", "审计发现问题不移送", "高", "移送事项集体研究。"],
            [2, "办公室", "保密员", "钟离霁", "无", None, None],
            [3, "经责股", "审计员", "钟离岫", "审计报告另行报送前泄露审计结果", "中", "报告定稿前专人保管。"],
            ["注：本表由各股室填报，汇总后报县纪委监委派驻纪检组。", None, None, None, None, None, None],
        ],
    }  # fmt: skip
    got = run(tmp_path, sheets)
    assert points(got) == [
        ("钟离朔", "审计发现问题不移送", "Ⅰ级"),
        ("钟离岫", "审计报告另行报送前泄露审计结果", "Ⅱ级"),
    ]
    assert "POINTS_WITHHELD" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["POINTS_WITHHELD"][0] == INFO and SHORT["POINTS_WITHHELD"]
