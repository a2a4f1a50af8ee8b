"""A list whose holder column holds bare names (``编号 | 姓名 | 风险点 | …``, no 岗位 or 职务 column),
each name's post given only in a line under or above it that pairs posts and full names: a
closing sign-off line (``本人签字确认：所长 禚书珩　副所长 亓若澜　…``, ``签字：禚书珩（所长）、…``) or
a roster line over the list (``班子成员：…``). Each name the line gives takes its post (and its 科室
where the line writes one); a name the line lacks keeps no post, a name only the line gives adds
nothing; a list with its own 岗位 column, or a line of names only, reads as before.

Not the published batch's file (a 盐政稽查大队 with 大队长/稽查员, the surnames 黎 and 莫, 高/中/低
and the line under a ``注：`` line): a county's 动物卫生监督所 (所长, 副所长, 兽医师, 检疫员), the
surnames 禚 and 亓, 一级/二级/三级, ticks under 高|中|低 and ★ levels, the line under the list, over
it or with a bracketed post, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

UNIT = "XX县动物卫生监督所"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_a_closing_signoff_line_of_post_name_pairs_gives_each_merged_name_its_post(tmp_path):
    rows = [[f"{UNIT}岗位廉政风险点排查表"],
            ["编号", "姓名", "风险点描述", "等级", "防控措施"],
            [1, "禚书珩", "动物检疫证明出具不实，收受好处", "一级", "检疫全程留痕，出证双人复核。"],
            [2, None, "执法罚款随意减免", "二级", "减免集体研究，结果公示。"],
            [3, "亓若澜", "无害化处理补助审核把关不严", "二级", "补助名单公示，纪检抽查。"],
            [4, "禚沐晴", "产地检疫不到场，隔空出证", "一级", "检疫定位打卡，视频留存。"],
            [5, None, "接受养殖户宴请", "三级", "签订廉洁承诺书。"],
            ["本人签字确认：所长 禚书珩　副所长 亓若澜　兽医师 禚沐晴"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B4", "B6:B7", "A8:E8"])
    assert read(got) == sorted([
        ("所长", "禚书珩", "动物检疫证明出具不实，收受好处", "Ⅰ级"),
        ("所长", "禚书珩", "执法罚款随意减免", "Ⅱ级"),
        ("副所长", "亓若澜", "无害化处理补助审核把关不严", "Ⅱ级"),
        ("兽医师", "禚沐晴", "产地检疫不到场，隔空出证", "Ⅰ级"),
        ("兽医师", "禚沐晴", "接受养殖户宴请", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "POSTS_FROM_SIGNOFF_LINE"]
    assert list(said["cell"]) == ["A8"]
    assert "禚书珩=所长" in said["value"].iloc[0]
    tiers = dict(zip(got.posts["person"], got.posts["tier"], strict=True))
    assert tiers == {"禚书珩": "领导岗位", "亓若澜": "领导岗位", "禚沐晴": "一般岗位"}, tiers
    no_errors(got)


def test_bracketed_posts_after_the_names_and_ticks_under_two_heading_rows(tmp_path):
    # the names repeated on every row, the levels ticked under 高|中|低, the line giving a name
    # the list has not (亓景曜) and the list a name the line has not (禚听澜)
    rows = [[f"{UNIT}廉政风险防控登记表"],
            ["序号", "姓名", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, "高", "中", "低", None],
            [1, "亓若澜", "调运监管检查走过场", "√", None, None, "跨省调运全程追溯。"],
            [2, "亓若澜", "违规发放畜禽标识", None, "√", None, "标识领用登记台账。"],
            [3, "禚沐晴", "检疫收费不开票据", None, None, "√", "票款每日核对。"],
            [4, "禚听澜", "样品送检调包", None, "√", None, "送检样品双人封签。"],
            ["签字：亓若澜（副所长）、禚沐晴（检疫员）、亓景曜（兽医师）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A8:G8"])
    assert read(got) == sorted([
        ("副所长", "亓若澜", "调运监管检查走过场", "Ⅰ级"),
        ("副所长", "亓若澜", "违规发放畜禽标识", "Ⅱ级"),
        ("检疫员", "禚沐晴", "检疫收费不开票据", "Ⅲ级"),
        ("", "禚听澜", "样品送检调包", "Ⅱ级"),
    ])  # fmt: skip
    assert "亓景曜" not in set(got.risks["person"])
    assert "POSTS_FROM_SIGNOFF_LINE" in codes(got)
    no_errors(got)


def test_a_roster_line_over_the_list_with_a_department_and_an_extra_column(tmp_path):
    rows = [[f"{UNIT}廉政风险点清单"],
            ["班子成员：所长 禚书珩　副所长 亓若澜　综合股股长 禚沐晴"],
            ["序号", "姓名", "风险点", "风险级别", "防控措施", "备注"],
            [1, "禚书珩", "重大事项不经集体研究", "★★★", "落实三重一大制度。", None],
            [2, "亓若澜", "执法案件办理人情案", "★★", "案件法制审核。", "重点"],
            [3, "禚沐晴", "公务用车私用", "★", "用车登记审批。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("所长", "禚书珩", "重大事项不经集体研究", "Ⅰ级"),
        ("副所长", "亓若澜", "执法案件办理人情案", "Ⅱ级"),
        ("股长", "禚沐晴", "公务用车私用", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert dict(zip(r["person"], r["department"], strict=True))["禚沐晴"] == "综合股"
    assert "POSTS_FROM_SIGNOFF_LINE" in codes(got)
    no_errors(got)


def test_the_signoff_label_in_a_cell_of_its_own_beside_the_pairs(tmp_path):
    # '签名确认： | 副所长 亓若澜　检疫员 禚沐晴' under the list, one name the line has not
    rows = [[f"{UNIT}廉政风险点一览表"],
            ["序号", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "亓若澜", "违规发放畜禽标识", "二级", "标识领用登记台账。"],
            [2, "禚沐晴", "检疫收费不开票据", "三级", "票款每日核对。"],
            [3, "亓景曜", "样品送检调包", "二级", "送检样品双人封签。"],
            [None],
            ["签名确认：", "副所长 亓若澜　检疫员 禚沐晴"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B7:E7"])
    assert read(got) == sorted([
        ("副所长", "亓若澜", "违规发放畜禽标识", "Ⅱ级"),
        ("检疫员", "禚沐晴", "检疫收费不开票据", "Ⅲ级"),
        ("", "亓景曜", "样品送检调包", "Ⅱ级"),
    ])  # fmt: skip
    assert "POSTS_FROM_SIGNOFF_LINE" in codes(got)
    no_errors(got)


def test_a_list_with_its_own_post_column_ignores_the_line(tmp_path):
    rows = [[f"{UNIT}岗位廉政风险点排查表"],
            ["编号", "岗位", "姓名", "风险点描述", "等级", "防控措施"],
            [1, "站长", "禚书珩", "动物检疫证明出具不实", "一级", "出证双人复核。"],
            [2, "检疫员", "亓若澜", "产地检疫不到场", "二级", "检疫定位打卡。"],
            ["本人签字确认：所长 禚书珩　副所长 亓若澜"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert read(got) == sorted([
        ("站长", "禚书珩", "动物检疫证明出具不实", "Ⅰ级"),
        ("检疫员", "亓若澜", "产地检疫不到场", "Ⅱ级"),
    ])  # fmt: skip
    assert "POSTS_FROM_SIGNOFF_LINE" not in codes(got)
    no_errors(got)


def test_a_signoff_line_of_names_only_gives_no_posts(tmp_path):
    rows = [[f"{UNIT}岗位廉政风险点排查表"],
            ["编号", "姓名", "风险点描述", "等级", "防控措施"],
            [1, "禚书珩", "动物检疫证明出具不实", "一级", "出证双人复核。"],
            [2, "亓若澜", "产地检疫不到场", "二级", "检疫定位打卡。"],
            ["本人签字确认：禚书珩　亓若澜"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("", "禚书珩", "动物检疫证明出具不实", "Ⅰ级"),
        ("", "亓若澜", "产地检疫不到场", "Ⅱ级"),
    ])  # fmt: skip
    assert "POSTS_FROM_SIGNOFF_LINE" not in codes(got)
    no_errors(got)


def test_the_code_is_catalogued():
    assert "POSTS_FROM_SIGNOFF_LINE" in CATALOGUE and "POSTS_FROM_SIGNOFF_LINE" in SHORT
