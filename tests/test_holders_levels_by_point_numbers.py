"""A list of points with no holder and no level column ('序号 | 风险点 | 防控措施') and, under it,
beside it or on another sheet, a grid one row a holder (科室 / 岗位 / 姓名) with a column a grade
('一级风险点 | 二级风险点 | 三级风险点', '高风险事项 | …', 'Ⅰ级风险点序号 | …') whose cells list the
NUMBERS of the list's points that holder has at that grade ('1、3', '4—5', '—' none): each
numbered point is a point of every holder naming it, at the grade of the column it stands in.

The layouts here are not the published batch's (a city's 第三初级中学 with 处室 | 岗位 | 姓名,
一级/二级/三级风险点 under a 清单 about 校服 and 食堂): a county's 卫生健康局, a 街道办事处 and a
水务局, other posts and names, 高/中/低, Ⅰ级/Ⅱ级 and two grades only, the grid on its own sheet, with
no 科室 column, with an extra 职务 column and a 备注, single numbers and a 注 saying 序号 —
written with xlsxwriter (tests/helpers.py), read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {name: [] for name in sheets})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


HEALTH = [
    ("医疗机构校验走过场，为关系人放宽条件", "校验材料双人审核，结果在局网站公示。"),
    ("卫生监督执法中选择性处罚、以罚代管", "执法全过程记录，处罚案件集体审议。"),
    ("药品耗材集中采购中收受回扣", "采购进入县公共资源交易平台，全程留痕。"),
    ("公共卫生补助资金虚报冒领", "补助资金按季度抽查，与村卫生室逐户核对。"),
    ("职称评审推荐中优亲厚友", "推荐名单经党组会研究，公示不少于5个工作日。"),
]


def _health_list() -> list[list]:
    rows = [["XX县卫生健康局廉政风险点清单", None, None],
            ["序号", "风险点", "防控措施"]]  # fmt: skip
    rows += [[i, p, m] for i, (p, m) in enumerate(HEALTH, 1)]
    return rows


def test_grid_under_the_list_high_middle_low_shared_points(tmp_path):
    # 高/中/低 grades named '…风险事项', a range '1—2', a point (2) two holders' at two grades,
    # the 科室 merged down over its two people
    rows = _health_list() + [
        [None, None, None],
        ["岗位风险分级表", None, None, None, None, None],
        ["科室", "职务", "姓名", "高风险事项", "中风险事项", "低风险事项"],
        ["局领导", "局长", "蒯望舒", "1—2", "5", "/"],
        [None, "副局长", "郜星澜", "3", "2、4", "/"],
        ["卫生监督所", "所长", "佘砚秋", "/", "/", "2"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:C1", "A11:A12"]})
    p = [h[0] for h in HEALTH]
    assert read(got) == sorted([
        ("局领导", "局长", "蒯望舒", p[0], "Ⅰ级"),
        ("局领导", "局长", "蒯望舒", p[1], "Ⅰ级"),
        ("局领导", "局长", "蒯望舒", p[4], "Ⅱ级"),
        ("局领导", "副局长", "郜星澜", p[2], "Ⅰ级"),
        ("局领导", "副局长", "郜星澜", p[1], "Ⅱ级"),
        ("局领导", "副局长", "郜星澜", p[3], "Ⅱ级"),
        ("卫生监督所", "所长", "佘砚秋", p[1], "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDERS_AND_LEVELS_BY_POINT_NUMBERS"]
    assert list(said["cell"]) == ["D10"]
    assert not errors(got)
    assert not {"TABLE_OTHER", "ROW_UNPLACED"} & codes(got)


def test_grid_on_its_own_sheet_no_department_single_numbers_and_a_note(tmp_path):
    # the grid on a sheet of its own: 岗位 | 姓名 only, 'Ⅰ级风险点序号 | Ⅱ级风险点序号 |
    # Ⅲ级风险点序号 | 备注', one number a cell, a 注 saying they are the list's 序号
    grid = [
        ["岗位", "姓名", "Ⅰ级风险点序号", "Ⅱ级风险点序号", "Ⅲ级风险点序号", "备注"],
        ["党组书记", "覃映雪", "5", "无", "无", None],
        ["监督科科长", "殳晚晴", "无", "2", "无", "兼法规"],
        ["规划财务科科长", "麴青岚", "3", "无", "4", None],
        ["办公室主任", "钭远帆", "无", "无", "1", None],
        ["注：表中数字为风险点清单的序号。"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": _health_list(), "分级": grid})
    p = [h[0] for h in HEALTH]
    assert read(got) == sorted([
        ("", "党组书记", "覃映雪", p[4], "Ⅰ级"),
        ("", "监督科科长", "殳晚晴", p[1], "Ⅱ级"),
        ("", "规划财务科科长", "麴青岚", p[2], "Ⅰ级"),
        ("", "规划财务科科长", "麴青岚", p[3], "Ⅲ级"),
        ("", "办公室主任", "钭远帆", p[0], "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_AND_LEVELS_BY_POINT_NUMBERS" in codes(got)
    assert not errors(got)


def test_two_grades_an_extra_column_and_a_number_naming_no_row(tmp_path):
    # a 街道's list, its grid with 序号 and 职务 besides 部门/姓名, two grades only ('一级风险点 |
    # 二级风险点'), post and name in separate columns; '9' names no row: a warning at its cell
    rows = [
        ["XX街道办事处廉政风险点清单"],
        ["序号", "廉政风险点", "防控措施"],
        [1, "低保对象审核把关不严，人情保、关系保", "低保评议入户调查，结果张榜公示。"],
        [2, "拆迁补偿面积测量弄虚作假", "测量由第三方进行，数据两人复核。"],
        [3, "社区工程项目化整为零规避招标", "工程项目一律进平台，纪工委全程监督。"],
        ["风险点责任分解"],
        ["序号", "部门", "姓名", "职务", "一级风险点", "二级风险点"],
        [1, "党政办", "荀暮云", "主任", "3", "1、9"],
        [2, "民政办", "仉听澜", "主任", "1", "2"],
    ]  # fmt: skip
    got = run(tmp_path, {"Sheet1": rows})
    p = [r[1] for r in rows[2:5]]
    assert read(got) == sorted([
        ("党政办", "主任", "荀暮云", p[2], "Ⅰ级"),
        ("党政办", "主任", "荀暮云", p[0], "Ⅱ级"),
        ("民政办", "主任", "仉听澜", p[0], "Ⅰ级"),
        ("民政办", "主任", "仉听澜", p[1], "Ⅱ级"),
    ])  # fmt: skip
    bad = got.issues[got.issues["code"] == "HOLDER_NUMBERS_UNMATCHED"]
    assert list(bad["cell"]) == ["F8"] and list(bad["value"]) == ["9"]
    assert set(bad["severity"]) == {"warning"}
    assert not errors(got)


def test_grade_columns_holding_the_points_words_stay_a_list(tmp_path):
    # '科室 | 岗位 | 姓名 | 一级风险点 | 二级风险点': the grade columns hold the points themselves,
    # one holder a row — a list read as before, no grid of numbers
    rows = [
        ["XX县水务局岗位廉政风险点"],
        ["科室", "岗位", "姓名", "一级风险点", "二级风险点"],
        ["建管股", "股长", "隗听松", "水利工程验收降低标准", "工程款拨付审核不严"],
        ["水政监察大队", "大队长", "嵇映川", "河道采砂许可暗箱操作", "执法检查走过场"],
    ]  # fmt: skip
    got = run(tmp_path, {"Sheet1": rows})
    assert read(got) == sorted([
        ("建管股", "股长", "隗听松", "水利工程验收降低标准", "Ⅰ级"),
        ("建管股", "股长", "隗听松", "工程款拨付审核不严", "Ⅱ级"),
        ("水政监察大队", "大队长", "嵇映川", "河道采砂许可暗箱操作", "Ⅰ级"),
        ("水政监察大队", "大队长", "嵇映川", "执法检查走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_AND_LEVELS_BY_POINT_NUMBERS" not in codes(got)
    assert not errors(got)


def test_counts_of_each_grade_under_a_graded_list_name_no_points(tmp_path):
    # a 汇总 of how many points each holder has at each grade ('2 | 1 | 0'), under a list that
    # names its holders and levels: counts, not 序号 — the list read as it is
    rows = [
        ["XX县水务局廉政风险点汇总"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "局长", "隗听松", "重大项目决策不民主", "高", "集体研究决定。"],
        [2, "局长", "隗听松", "干部选任把关不严", "中", "任前公示。"],
        [3, "财务股股长", "嵇映川", "报销审核不严", "中", "两人复核。"],
        [None],
        ["岗位", "姓名", "高风险点", "中风险点", "低风险点"],
        ["局长", "隗听松", "1", "1", "0"],
        ["财务股股长", "嵇映川", "0", "1", "0"],
    ]  # fmt: skip
    got = run(tmp_path, {"Sheet1": rows})
    assert read(got) == sorted([
        ("", "局长", "隗听松", "重大项目决策不民主", "Ⅰ级"),
        ("", "局长", "隗听松", "干部选任把关不严", "Ⅱ级"),
        ("", "财务股股长", "嵇映川", "报销审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_AND_LEVELS_BY_POINT_NUMBERS", "HOLDERS_BY_POINT_NUMBERS"} & codes(got)


def test_the_code_is_catalogued():
    assert "HOLDERS_AND_LEVELS_BY_POINT_NUMBERS" in CATALOGUE
    assert "HOLDERS_AND_LEVELS_BY_POINT_NUMBERS" in SHORT


def test_what_the_hundred_and_fourteenth_review_found_a_count_grid_over_another_tables_seq_head(
    tmp_path,
):
    # a count of each grade's points ('2 | 1 | —'), the NEXT table's '序号' heading within three
    # rows under it: that heading is no note of this grid — counts, read as before
    points = [
        "医疗机构校验走过场",
        "选择性处罚",
        "集中采购收受回扣",
        "补助资金虚报冒领",
        "职称评审优亲厚友",
    ]
    rows = [["XX县卫生健康局廉政风险点清单"], ["序号", "风险点", "防控措施"]]
    rows += [[i, p, f"措施{i}"] for i, p in enumerate(points, 1)]
    rows += [[None], ["各岗位风险点数量统计"], ["岗位", "姓名", "一级风险点", "二级风险点", "三级风险点"],
             ["局长", "蒯望舒", "2", "1", "—"], ["科长", "郜星澜", "1", "2", "1"], [None],
             ["序号", "整改事项", "完成时限"], [1, "完善制度", "6月底"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert read(got) == sorted(("", "", "", p, "") for p in points)
    assert "TABLE_OTHER" in codes(got)
    assert not {"HOLDERS_AND_LEVELS_BY_POINT_NUMBERS", "HOLDERS_BY_POINT_NUMBERS"} & codes(got)
