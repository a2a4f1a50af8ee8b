"""A list with no level column sorted by level, its bands parted only by divider rows ('————',
'- - -', '＝＝＝', '******', merged across or in one cell) that a note over or under it explains
('注：本表按风险等级由高到低排列，以分隔线分为…'; '双线以上为高风险点，双线以下为中风险点'):
each band's rows take the band's level (info ``LEVEL_BY_DIVIDERS``), the dividers are no rows.

Not the published batch's list (a 区接待服务中心 with 科室 | 岗位 | 姓名 on every row, three bands
high to low parted by '————' merged across, the note naming the 横线 at the foot): a county's
不动产登记中心 and a 乡镇 水利站 here, other posts and names, 高/中/低 and 一级/二级 words, bands low to
high, two bands, dividers of '- - -' in one cell, '＝＝＝' and '******' merged, the post and name in
one cell, two heading rows, an extra 风险类型 column and the note over the list; written with
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


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


# 不动产登记中心: 岗位 | 姓名 on every row, three bands
P1 = ("主任", "濮昀彧", "登记簿更正不经集体研究，个人决定", "更正登记一律提交中心主任办公会研究。")
P2 = (
    "登记科科长",
    "訾沣曦",
    "审核把关不严，为材料不全的申请办理登记",
    "实行受理、审核、登簿三岗分离。",
)
P3 = ("窗口受理员", "亓睿骞", "对群众吃拿卡要，故意刁难拖延", "公开办理时限，设置评价器。")
P4 = ("测绘员", "濮霈珩", "测绘成果弄虚作假，多算少算面积", "测绘成果抽检复核，留存影像。")
P5 = ("窗口受理员", "亓睿骞", "违规查询泄露权利人信息", "查询须登记身份，系统全程留痕。")
P6 = ("登记科科长", "訾沣曦", "档案资料借阅不登记", "建立借阅台账，按月清点。")


def _row(n, p, sep=None):
    post, who, point, measures = p
    if sep:
        return [n, f"{post}{sep}{who}", point, measures]
    return [n, post, who, point, measures]


def test_three_bands_low_to_high_dashes_in_one_cell_post_and_name_in_one_cell(tmp_path):
    rows = [
        ["XX县不动产登记中心廉政风险点排查表"],
        ["序号", "岗位及责任人", "风险点", "防控措施"],
        _row(1, P6, "　"), _row(2, P4, "　"),
        ["- - - - - -"],
        _row(3, P5, "　"), _row(4, P3, "　"),
        ["- - - - - -"],
        _row(5, P2, "　"), _row(6, P1, "　"),
        ["说明：表中风险点按风险等级由低到高排列，用虚线分为三级、二级、一级。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A10:D10"])
    assert read(got) == sorted([
        ("登记科科长", "訾沣曦", P6[2], "Ⅲ级"), ("测绘员", "濮霈珩", P4[2], "Ⅲ级"),
        ("窗口受理员", "亓睿骞", P5[2], "Ⅱ级"), ("窗口受理员", "亓睿骞", P3[2], "Ⅱ级"),
        ("登记科科长", "訾沣曦", P2[2], "Ⅰ级"), ("主任", "濮昀彧", P1[2], "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_DIVIDERS" in codes(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 6, c


def test_two_bands_by_their_places_double_line_merged(tmp_path):
    rows = [
        ["XX县不动产登记中心廉政风险点清单"],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        _row(1, P1), _row(2, P2), _row(3, P4),
        ["＝＝＝＝＝＝＝＝＝＝＝＝"],
        _row(4, P3), _row(5, P5),
        ["注：双线以上为高风险点，双线以下为中风险点。"],
        ["填表人：", None, "审核人："],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6", "A9:E9"])
    assert read(got) == sorted([
        ("主任", "濮昀彧", P1[2], "Ⅰ级"), ("登记科科长", "訾沣曦", P2[2], "Ⅰ级"),
        ("测绘员", "濮霈珩", P4[2], "Ⅰ级"),
        ("窗口受理员", "亓睿骞", P3[2], "Ⅱ级"), ("窗口受理员", "亓睿骞", P5[2], "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_DIVIDERS" in codes(got)


def test_two_heading_rows_a_type_column_stars_and_the_note_over_the_list(tmp_path):
    rows = [
        ["XX镇水利站廉政风险点一览表"],
        ["本表风险点按风险等级从高到低排列，以星号行隔开，依次为一级风险、二级风险。"],
        ["序号", "责任主体", None, "廉政风险点", "风险类型", "防控措施"],
        [None, "岗位", "姓名", None, None, None],
        [1, "站长", "仉澍翀", "小型水利工程发包暗箱操作", "岗位职责", "发包结果镇党委会研究并公示。"],
        [2, "会计", "仉沄笙", "水费收取不入账，坐收坐支", "制度机制", "水费票款每周解缴镇财政所。"],
        ["******"],
        [3, "技术员", "谯瀚邈", "工程验收不到现场，签字走过场", "岗位职责", "验收留存现场影像资料。"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:F2", "B3:C3", "A3:A4", "D3:D4", "E3:E4", "F3:F4", "A7:F7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("站长", "仉澍翀", "小型水利工程发包暗箱操作", "Ⅰ级"),
        ("会计", "仉沄笙", "水费收取不入账，坐收坐支", "Ⅰ级"),
        ("技术员", "谯瀚邈", "工程验收不到现场，签字走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_DIVIDERS" in codes(got)


def test_dividers_without_a_note_stay_unread(tmp_path):
    rows = [
        ["XX县不动产登记中心廉政风险点清单"],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        _row(1, P1), _row(2, P2),
        ["————————————"],
        _row(3, P3), _row(4, P5),
        ["注：本表由中心综合科负责解释。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5", "A8:E8"])
    assert [lv for *_, lv in read(got)] == [""] * 4
    assert "LEVEL_BY_DIVIDERS" not in codes(got)


def test_dividers_short_of_the_levels_the_note_names_stay_unread(tmp_path):
    rows = [
        ["XX县不动产登记中心廉政风险点清单"],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        _row(1, P1), _row(2, P2),
        ["————————————"],
        _row(3, P3), _row(4, P5),
        ["注：本表按风险等级由高到低排列，以横线分为一级、二级、三级。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5", "A8:E8"])
    assert [lv for *_, lv in read(got)] == [""] * 4
    assert "LEVEL_BY_DIVIDERS" not in codes(got)


def test_a_list_with_its_own_level_column_keeps_it(tmp_path):
    rows = [
        ["XX县不动产登记中心廉政风险点清单"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, *P1[:3], "二级", P1[3]], [2, *P2[:3], "三级", P2[3]],
        ["————————————"],
        [3, *P3[:3], "一级", P3[3]], [4, *P5[:3], "二级", P5[3]],
        ["注：本表按风险等级由高到低排列，以横线分为两段，横线以上为一级，横线以下为二级。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A5:F5", "A8:F8"])
    assert read(got) == sorted([
        ("主任", "濮昀彧", P1[2], "Ⅱ级"), ("登记科科长", "訾沣曦", P2[2], "Ⅲ级"),
        ("窗口受理员", "亓睿骞", P3[2], "Ⅰ级"), ("窗口受理员", "亓睿骞", P5[2], "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_DIVIDERS" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["LEVEL_BY_DIVIDERS"][0] == "info"
    assert SHORT["LEVEL_BY_DIVIDERS"]
