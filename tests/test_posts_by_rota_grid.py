"""A list of posts with no holders ('岗位 | 廉政风险点 | 风险等级 | 防控措施') and a rota of those posts
under it, beside it or on a sheet of its own ('班次 | 收费员 | 监控员 | 票证管理员', one row a period,
each cell the names standing at that post then, people moving between posts): each post's points
are every person the rota puts under it, one form a person and post (one standing at two posts
has two), the rota's rows no points, one info naming the rota.

Not the published batch's file (a 景区 票务中心 with 售票员/检票员/票务稽核员, '轮岗时段', 高/中/低
and the rota under a blank row and a title): a county's 公路收费站 and a 博物馆's 讲解部, other posts
and names, '班次', '月份', '轮次' and '时段＼岗位' for the period, 一级/二级/三级, ★★★/★★/★ and
Ⅰ级/Ⅱ级/Ⅲ级, names a line or split by '，', a '备注' column, a '/' for no one, the rota with no gap
or title, beside the list past an empty column or on its own sheet; and lists that look a bit
alike (a staffing grid of outlets, a 值班表 of leaders, a list naming its holders) read as before.
Written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


TOLL = [
    ["XX县公路收费站收费班岗位廉政风险点一览表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "收费员", "对超限车辆少收通行费", "一级", "收费数据系统自动比对"],
    [2, "收费员", "私放关系车辆免费通行", "二级", "免费车辆凭证登记，录像留存"],
    [3, "监控员", "删改收费车道监控录像", "一级", "录像双备份，删改留痕"],
    [4, "票证管理员", "通行卡、票据领用不登记", "二级", "票证领用双人签字"],
    [5, "票证管理员", "作废票据不及时核销", "三级", "作废票据每月集中核销"],
]


def _toll(held: dict[str, list[str]]) -> list[tuple[str, str, str, str]]:
    lv = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}
    return sorted(
        (post, who, point, lv[level])
        for _n, post, point, level, _m in TOLL[2:]
        for who in held[post]
    )


def test_rota_under_the_list_gives_each_post_everyone_on_it(tmp_path):
    # '班次' rows after a blank row and a title, names split by '、', one person at two posts
    rows = [*TOLL,
            [],
            ["收费班轮岗安排表"],
            ["班次", "收费员", "监控员", "票证管理员"],
            ["第一季度", "亓沛岚、鄢澄远", "佴霁川", "亓曦和"],
            ["第二季度", "佴霁川、亓沛岚", "鄢澄远", "亓曦和"],
            ["注：各岗位风险点由轮岗期间在该岗位的人员共同承担。"],
            ["填表人：", None, "站长（签字）："]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:E1", "A9:E9", "A13:E13"]})
    assert read(got) == _toll({
        "收费员": ["亓沛岚", "鄢澄远", "佴霁川"],
        "监控员": ["佴霁川", "鄢澄远"],
        "票证管理员": ["亓曦和"],
    })  # fmt: skip
    assert len(got.posts) == 6  # (one form a person and post: 佴霁川 and 鄢澄远 have two)
    said = got.issues[got.issues["code"] == "POSTS_BY_ROTA_GRID"]
    assert list(said["cell"]) == ["A10"] and list(said["severity"]) == ["info"]
    assert "收费员=亓沛岚、鄢澄远、佴霁川" in said["value"].iloc[0]
    assert codes(got) <= {"POSTS_BY_ROTA_GRID", "TABLE_NO_TYPE"}


def test_rota_right_under_with_a_remark_column_names_a_line_and_no_one(tmp_path):
    # no gap nor title, '月份' rows, names a line in a cell, '/' for no one, a '备注' column;
    # the list's own 科室 column kept
    rows = [["XX县公路收费站岗位廉政风险防控表"],
            ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "收费班", "收费员", "对超限车辆少收通行费", "★★★", "收费数据系统自动比对"],
            [2, "收费班", "监控员", "删改收费车道监控录像", "★★", "录像双备份，删改留痕"],
            [3, "收费班", "票证管理员", "作废票据不及时核销", "★", "作废票据每月集中核销"],
            ["月份", "收费员", "监控员", "票证管理员", "备注"],
            ["1—4月", "亓沛岚\n鄢澄远", "佴霁川", "/", "票证由站长代管"],
            ["5—8月", "佴霁川", "亓沛岚", "亓曦和", None],
            ["9—12月", "鄢澄远", "亓沛岚", "亓曦和", None]]  # fmt: skip
    got = run(tmp_path, {"防控表": rows}, {"防控表": ["A1:F1"]})
    assert read(got) == sorted([
        ("收费员", "亓沛岚", "对超限车辆少收通行费", "Ⅰ级"),
        ("收费员", "鄢澄远", "对超限车辆少收通行费", "Ⅰ级"),
        ("收费员", "佴霁川", "对超限车辆少收通行费", "Ⅰ级"),
        ("监控员", "佴霁川", "删改收费车道监控录像", "Ⅱ级"),
        ("监控员", "亓沛岚", "删改收费车道监控录像", "Ⅱ级"),
        ("票证管理员", "亓曦和", "作废票据不及时核销", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"收费班"}
    assert codes(got) <= {"POSTS_BY_ROTA_GRID", "TABLE_NO_TYPE"}
    assert not errors(got)


def test_rota_on_a_sheet_of_its_own(tmp_path):
    # a 博物馆's list on one sheet, '轮次' rows on another, names split by '，'
    points = [
        ["XX市博物馆讲解部岗位廉政风险点排查表"],
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "讲解员", "私自带团收取讲解费", "Ⅱ级", "讲解一律经前台派单"],
        [2, "讲解员", "为熟人免票带入展厅", "Ⅲ级", "入馆一律验票"],
        [3, "展厅值守员", "夜间擅自放人进馆", "Ⅰ级", "夜间进出登记并报告"],
    ]
    rota = [["讲解部轮岗安排"],
            ["轮次", "讲解员", "展厅值守员"],
            ["第一轮", "宓瀛曈，郗澂翾", "甘棠溪"],
            ["第二轮", "甘棠溪", "宓瀛曈"]]  # fmt: skip
    got = run(tmp_path, {"排查表": points, "轮岗安排": rota},
              {"排查表": ["A1:E1"], "轮岗安排": ["A1:C1"]})  # fmt: skip
    assert read(got) == sorted([
        ("讲解员", "宓瀛曈", "私自带团收取讲解费", "Ⅱ级"),
        ("讲解员", "宓瀛曈", "为熟人免票带入展厅", "Ⅲ级"),
        ("讲解员", "郗澂翾", "私自带团收取讲解费", "Ⅱ级"),
        ("讲解员", "郗澂翾", "为熟人免票带入展厅", "Ⅲ级"),
        ("讲解员", "甘棠溪", "私自带团收取讲解费", "Ⅱ级"),
        ("讲解员", "甘棠溪", "为熟人免票带入展厅", "Ⅲ级"),
        ("展厅值守员", "甘棠溪", "夜间擅自放人进馆", "Ⅰ级"),
        ("展厅值守员", "宓瀛曈", "夜间擅自放人进馆", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "POSTS_BY_ROTA_GRID"]
    assert list(said["source_sheet"]) == ["轮岗安排"] and list(said["cell"]) == ["A2"]
    assert not errors(got)


def test_rota_beside_the_list_with_a_corner(tmp_path):
    # '时段＼岗位' in the corner, right of the list's rows past an empty column
    rows = [["XX县公路收费站收费班岗位廉政风险点一览表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "收费员", "对超限车辆少收通行费", "一级", "收费数据系统自动比对", None,
             "时段＼岗位", "收费员", "监控员"],
            [2, "收费员", "私放关系车辆免费通行", "二级", "免费车辆凭证登记，录像留存", None,
             "上半年", "亓沛岚", "鄢澄远"],
            [3, "监控员", "删改收费车道监控录像", "一级", "录像双备份，删改留痕", None,
             "下半年", "鄢澄远", "亓沛岚"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:I1"]})
    assert read(got) == sorted([
        ("收费员", "亓沛岚", "对超限车辆少收通行费", "Ⅰ级"),
        ("收费员", "亓沛岚", "私放关系车辆免费通行", "Ⅱ级"),
        ("收费员", "鄢澄远", "对超限车辆少收通行费", "Ⅰ级"),
        ("收费员", "鄢澄远", "私放关系车辆免费通行", "Ⅱ级"),
        ("监控员", "鄢澄远", "删改收费车道监控录像", "Ⅰ级"),
        ("监控员", "亓沛岚", "删改收费车道监控录像", "Ⅰ级"),
    ])  # fmt: skip
    # (its cells are read, none left over as outside the table)
    assert codes(got) == {"POSTS_BY_ROTA_GRID", "TABLE_NO_TYPE"}
    assert not errors(got)


def test_a_staffing_grid_of_outlets_is_read_as_before(tmp_path):
    # '序号 | 收费站 | 收费员 | 监控员' one row an outlet: the staffing grid, no rota
    rows = [["XX县公路管理段收费岗位廉政风险点一览表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "收费员", "对超限车辆少收通行费", "一级", "收费数据系统自动比对"],
            [2, "监控员", "删改收费车道监控录像", "二级", "录像双备份，删改留痕"],
            [],
            ["各收费站岗位人员"],
            ["序号", "收费站", "收费员", "监控员"],
            [1, "城东收费站", "亓沛岚", "佴霁川"],
            [2, "河口收费站", "鄢澄远", "亓曦和"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:E1"]})
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], strict=True)) == sorted([
        ("城东收费站", "收费员", "亓沛岚"), ("城东收费站", "监控员", "佴霁川"),
        ("河口收费站", "收费员", "鄢澄远"), ("河口收费站", "监控员", "亓曦和"),
    ])  # fmt: skip
    assert "POSTS_BY_STAFFING_GRID" in codes(got) and "POSTS_BY_ROTA_GRID" not in codes(got)


def test_a_duty_roster_of_other_columns_and_a_list_naming_holders_are_read_as_before(tmp_path):
    # '值班时间 | 带班领导 | 值班人员' under a post-only list: its headings are no posts of it
    rows = [*TOLL,
            [],
            ["值班时间", "带班领导", "值班人员"],
            ["1月", "亓沛岚", "鄢澄远"],
            ["2月", "佴霁川", "亓曦和"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:E1"]})
    assert "POSTS_BY_ROTA_GRID" not in codes(got)
    assert set(got.risks["person"]) == {""}
    assert set(read(got)) >= {(p, "", pt, {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}[lv])
                              for _n, p, pt, lv, _m in TOLL[2:]}  # fmt: skip
    # a list naming its own holders, a rota of its posts under it: the names stand as written
    rows = [["XX县公路收费站岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "收费员", "亓沛岚", "对超限车辆少收通行费", "一级", "收费数据系统自动比对"],
            [2, "监控员", "佴霁川", "删改收费车道监控录像", "二级", "录像双备份，删改留痕"],
            [],
            ["班次", "收费员", "监控员"],
            ["上半年", "亓沛岚", "佴霁川"],
            ["下半年", "鄢澄远", "亓曦和"]]  # fmt: skip
    got = run(tmp_path / "named", {"一览表": rows}, {"一览表": ["A1:F1"]})
    assert "POSTS_BY_ROTA_GRID" not in codes(got)
    assert sorted(zip(got.risks["title"], got.risks["person"], strict=True)) == [
        ("收费员", "亓沛岚"), ("监控员", "佴霁川"),
    ]  # fmt: skip


def test_the_code_is_catalogued():
    assert CATALOGUE["POSTS_BY_ROTA_GRID"][0] == "info" and "POSTS_BY_ROTA_GRID" in SHORT
