"""A list's holder cell naming a post's several holders by the first of them and a head count
('樊清越等3人'), the members listed only in a note under the table or on a roster sheet — by the
count ('其中巡堤员3人：…'), by the post ('闸门运行工：…') or by the first member ('“滕沐阳等两人”即…'):
each listed member holds the row's points, a form each; a list of another count, or none, leaves
the first member alone as before, with a warning.

The layouts here are not the published batch's (a county's 机关事务服务中心 with 驾驶员/采购员,
``一级/二级/三级`` and a ``注：1.…`` line naming groups by their first member): a county's 水利局 with
巡堤员, 闸门运行工, 水质检测员, levels ``高/中/低`` and ``★★★/★★/★``, one or two heading rows, an extra
``备注`` column, the count in digits or in words, a roster on a sheet of its own; written with
xlsxwriter (tests/helpers.py), read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "水利局.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[tuple[str, str]]:
    return sorted(zip(got.issues["code"], got.issues["cell"], strict=True))


def severities(got) -> set[str]:
    return set(got.issues["severity"])


TITLE = ["XX县水利局岗位廉政风险点一览表"]
HEAD = ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]


def test_a_count_note_names_each_member_of_the_group(tmp_path):
    rows = [TITLE, HEAD,
            [1, "堤防管理股", "股长", "祁砚舟", "堤防工程验收把关不严", "高", "验收集体签字。"],
            [2, "堤防管理股", "巡堤员", "樊清越等3人", "巡查记录弄虚作假", "中", "巡查轨迹留痕。"],
            [3, "堤防管理股", "巡堤员", None, "发现险情隐瞒不报", "高", "险情一小时内报告。"],
            ["注：其中巡堤员3人：樊清越、柏澄怀、汲星澜。"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1", "D4:D5", "B3:B5", "C4:C5", "A6:G6"]})
    assert read(got) == sorted([
        ("股长", "祁砚舟", "堤防工程验收把关不严", "Ⅰ级"),
        *((("巡堤员", who, "巡查记录弄虚作假", "Ⅱ级")) for who in ("樊清越", "柏澄怀", "汲星澜")),
        *((("巡堤员", who, "发现险情隐瞒不报", "Ⅰ级")) for who in ("樊清越", "柏澄怀", "汲星澜")),
    ])  # fmt: skip
    assert ("HOLDERS_BY_GROUP_NOTE", "A6") in codes(got)
    assert "error" not in severities(got) and "warning" not in severities(got)


def test_a_post_note_with_two_heading_rows_and_an_extra_column(tmp_path):
    rows = [TITLE,
            ["序号", "岗位信息", None, None, "廉政风险点", "风险等级", "防控措施", "备注"],
            [None, "股室", "岗位", "责任人", None, None, None, None],
            [1, "水闸管理所", "所长", "阙知遥", "维修项目化整为零规避招标", "★★★", "项目公开比选。", None],
            [2, "水闸管理所", "闸门运行工", "蒯予安等2名", "私自为他人调度放水收取好处", "★★", "调度指令书面下达。", "轮班"],
            [None, None, None, None, None, None, None, None],
            ["说明：闸门运行工：蒯予安、滕沐阳；风险等级★★★为高、★★为中、★为低。"]]  # fmt: skip
    merges = ["A1:H1", "B2:D2", "A2:A3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "A7:H7"]
    got = run(tmp_path, {"一览表": rows}, {"一览表": merges})
    assert read(got) == sorted([
        ("所长", "阙知遥", "维修项目化整为零规避招标", "Ⅰ级"),
        ("闸门运行工", "蒯予安", "私自为他人调度放水收取好处", "Ⅱ级"),
        ("闸门运行工", "滕沐阳", "私自为他人调度放水收取好处", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_NOTE" in {c for c, _x in codes(got)}
    assert "error" not in severities(got)


def test_a_roster_sheet_names_the_group_by_its_first_member_in_words(tmp_path):
    rows = [TITLE, HEAD,
            [1, "水质监测站", "站长", "冼朗清", "检测报告签发不审核", "中", "报告双人复核。"],
            [2, "水质监测站", "水质检测员", "滕沐阳等两人", "篡改检测数据", "高", "数据自动上传。"]]  # fmt: skip
    roster = [["人员名单"], ["“滕沐阳等两人”即水质监测站水质检测员滕沐阳、甘棠溪"]]
    got = run(tmp_path, {"一览表": rows, "名单": roster}, {"一览表": ["A1:G1"]})
    assert read(got) == sorted([
        ("站长", "冼朗清", "检测报告签发不审核", "Ⅱ级"),
        ("水质检测员", "滕沐阳", "篡改检测数据", "Ⅰ级"),
        ("水质检测员", "甘棠溪", "篡改检测数据", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_NOTE" in {c for c, _x in codes(got)}
    assert "error" not in severities(got)


def test_a_note_of_another_count_leaves_the_first_member_with_a_warning(tmp_path):
    rows = [TITLE, HEAD,
            [1, "堤防管理股", "巡堤员", "樊清越等3人", "巡查记录弄虚作假", "中", "巡查轨迹留痕。"],
            ["注：巡堤员：樊清越、柏澄怀。"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1", "A4:G4"]})
    assert read(got) == [("巡堤员", "樊清越", "巡查记录弄虚作假", "Ⅱ级")]
    assert ("HOLDER_GROUP_COUNT_DIFFERS", "D3") in codes(got)
    assert "HOLDERS_BY_GROUP_NOTE" not in {c for c, _x in codes(got)}
    assert "error" not in severities(got)


def test_no_note_leaves_the_first_member_and_says_the_others_are_unnamed(tmp_path):
    rows = [TITLE, HEAD,
            [1, "水闸管理所", "闸门运行工", "蒯予安等2人", "私自为他人调度放水收取好处", "中", "调度指令书面下达。"],
            ["注：风险等级分高、中、低三级。"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1", "A4:G4"]})
    assert read(got) == [("闸门运行工", "蒯予安", "私自为他人调度放水收取好处", "Ⅱ级")]
    assert ("HOLDER_GROUP_UNNAMED", "D3") in codes(got)
    assert "error" not in severities(got)


def test_cells_near_the_shape_read_as_before(tmp_path):
    # no count ('等同志'), a bracketed '（等）', '等' in a point, and a note listing the post of
    # another 股室 that leaves out the cell's first member: nothing said of groups
    rows = [TITLE, HEAD,
            [1, "堤防管理股", "巡堤员", "樊清越等同志", "巡查记录弄虚作假", "中", "巡查轨迹留痕。"],
            [2, "水闸管理所", "闸门运行工", "蒯予安（等）", "调度放水、收费等环节吃拿卡要", "高", "调度指令书面下达。"],
            [3, "水质监测站", "水质检测员", "滕沐阳", "篡改检测数据", "高", "数据自动上传。"],
            ["注：巡堤员：柏澄怀、汲星澜（二〇二六年调入）。"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1", "A6:G6"]})
    said = {c for c, _x in codes(got)}
    assert (
        not {"HOLDERS_BY_GROUP_NOTE", "HOLDER_GROUP_COUNT_DIFFERS", "HOLDER_GROUP_UNNAMED"} & said
    )
    assert ("水质检测员", "滕沐阳", "篡改检测数据", "Ⅰ级") in read(got)
    assert len({p for _t, p, _x, _l in read(got)}) == 3
    assert "error" not in severities(got)


def test_the_new_codes_are_catalogued():
    for code in ("HOLDERS_BY_GROUP_NOTE", "HOLDER_GROUP_COUNT_DIFFERS", "HOLDER_GROUP_UNNAMED"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_twenty_seventh_review_found_two_names_before_deng(tmp_path):
    # '樊清越、柏澄怀等3人' with a note listing all three: the third member by the note
    few = [1, "堤防股", "巡堤员", "樊清越、柏澄怀等3人", "巡查记录弄虚作假", "中", "轨迹留痕"]
    rows = [TITLE, HEAD, few, ["注：其中巡堤员3人：樊清越、柏澄怀、汲星澜。"]]
    got = run(tmp_path / "count", {"一览表": rows}, {"一览表": ["A1:G1", "A4:G4"]})
    assert read(got) == sorted(
        ("巡堤员", who, "巡查记录弄虚作假", "Ⅱ级") for who in ("樊清越", "柏澄怀", "汲星澜")
    )
    assert "HOLDERS_BY_GROUP_NOTE" in {c for c, _x in codes(got)}
    assert "warning" not in severities(got) and "error" not in severities(got)
    # the note written by the cell itself ('“樊清越、柏澄怀等3人”指…')
    rows = [TITLE, HEAD, few, ["注：“樊清越、柏澄怀等3人”指樊清越、柏澄怀、汲星澜。"]]
    got = run(tmp_path / "cell", {"一览表": rows}, {"一览表": ["A1:G1", "A4:G4"]})
    assert {p for _t, p, _x, _l in read(got)} == {"樊清越", "柏澄怀", "汲星澜"}
    # no note: the two written, the third said unnamed at the cell
    rows = [TITLE, HEAD, few, ["注：风险等级分高、中、低三级。"]]
    got = run(tmp_path / "none", {"一览表": rows}, {"一览表": ["A1:G1", "A4:G4"]})
    assert read(got) == sorted(
        ("巡堤员", who, "巡查记录弄虚作假", "Ⅱ级") for who in ("樊清越", "柏澄怀")
    )
    assert ("HOLDER_GROUP_UNNAMED", "D3") in codes(got)
    unnamed = got.issues[got.issues["code"] == "HOLDER_GROUP_UNNAMED"]
    assert "其余 1 人" in unnamed["message"].iloc[0]
    # a note of another count: the two written, warned
    rows = [TITLE, HEAD, few, ["注：巡堤员：樊清越、柏澄怀。"]]
    got = run(tmp_path / "other", {"一览表": rows}, {"一览表": ["A1:G1", "A4:G4"]})
    assert {p for _t, p, _x, _l in read(got)} == {"樊清越", "柏澄怀"}
    assert ("HOLDER_GROUP_COUNT_DIFFERS", "D3") in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_bracketed_note_and_roster_table(
    tmp_path,
):
    row = [1, "堤防股", "巡堤员", "樊清越等3人", "巡查记录弄虚作假", "中", "轨迹留痕"]
    three = sorted(
        ("巡堤员", who, "巡查记录弄虚作假", "Ⅱ级") for who in ("樊清越", "柏澄怀", "汲星澜")
    )
    # the members in brackets after the group: '注：樊清越等3人（樊清越、柏澄怀、汲星澜）。'
    rows = [TITLE, HEAD, row, ["注：樊清越等3人（樊清越、柏澄怀、汲星澜）。"]]
    got = run(tmp_path / "paren", {"表": rows}, {"表": ["A1:G1"]})
    assert read(got) == three
    assert ("HOLDERS_BY_GROUP_NOTE", "A4") in codes(got)
    assert "HOLDER_GROUP_UNNAMED" not in {c for c, _x in codes(got)}
    # a plain roster sheet '序号 | 岗位 | 姓名' listing the three
    roster = [["序号", "岗位", "姓名"], [1, "巡堤员", "樊清越"], [2, "巡堤员", "柏澄怀"],
              [3, "巡堤员", "汲星澜"]]  # fmt: skip
    got = run(
        tmp_path / "roster", {"表": [TITLE, HEAD, row], "人员名单": roster}, {"表": ["A1:G1"]}
    )
    assert read(got) == three
    assert "HOLDERS_BY_GROUP_NOTE" in {c for c, _x in codes(got)}
    assert "warning" not in severities(got) and "error" not in severities(got)
    # a roster of two for that post: the first alone, warned
    got = run(
        tmp_path / "short", {"表": [TITLE, HEAD, row], "人员名单": roster[:3]}, {"表": ["A1:G1"]}
    )
    assert read(got) == [("巡堤员", "樊清越", "巡查记录弄虚作假", "Ⅱ级")]
    assert ("HOLDER_GROUP_COUNT_DIFFERS", "D3") in codes(got)
