"""A list whose only level column writes each point's level as a warning colour WORD ('红色',
'橙色预警', '黄', '绿灯'): the colours are levels, in the order a note or the heading gives them
('由低到高分为黄、橙、红', '红灯为高风险'), else by the usual warning order (红 > 橙 > 黄 > 蓝; 红灯 >
黄灯 > 绿灯) with one info saying the order assumed. A fourth colour beyond the three levels
(蓝 after 红橙黄) is the lowest, with a warning.

Not the published batch's file (a 教育考试院's 预警一览表, 科室 | 岗位 | 姓名, ``红色/橙色/黄色`` read by
'注：…红色最高'): a 县交通运输局 and its 路政/运管/执法 posts, other names, the colours written as
'红色预警', '红', '红灯', under '风险等级' / '预警级别' / '风险程度', with one or two heading rows,
post and name in one cell or two columns, an extra 责任领导 column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Colour words elsewhere (a
point's '红色旅游', a 备注 '红色标注为重点') and ordinary level words read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

TITLE = "XX县交通运输局岗位廉政风险等级一览表"


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"风险表": rows}, {"风险表": merges or []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> set[str]:
    i = got.issues
    if severity:
        i = i[i["severity"] == severity]
    return set(i["code"])


def no_errors(got) -> None:
    i = got.issues
    assert not len(i[i["severity"] == "error"]), i[i["severity"] == "error"].to_dict("records")


POINTS = [
    ("局长", "鄢翊珩", "重点工程招标中指定或暗示中标单位"),
    ("局长", "鄢翊珩", "超限运输车辆处罚说情打招呼"),
    ("路政股股长", "濮泓钧", "路政许可审批不按时限、吃拿卡要"),
    ("运管所所长", "靳沐岑", "营运证年审把关不严"),
    ("执法大队队员", "糜晗越", "现场执法不出示证件，罚款不开票"),
]


def test_colour_words_keyed_by_a_note_listing_them_low_to_high(tmp_path):
    """'红色预警' forms, one heading row, post and name in two columns; the note lists the colours
    from the lowest ('由低到高分为黄色、橙色、红色'), so 红色 is the top level."""
    lv = ["红色预警", "橙色预警", "橙色预警", "黄色预警", "红色预警"]
    rows = [[TITLE], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]]
    for n, ((post, who, point), w) in enumerate(zip(POINTS, lv, strict=True), 1):
        rows.append([n, post, who, point, w, "集体研究，全程留痕。"])
    rows.append(["说明：风险等级由低到高分为黄色、橙色、红色三个等级。"])
    got = run(tmp_path, rows, ["A1:F1", "A8:F8"])
    want = ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert read(got) == sorted(
        (p, w, pt, lvl) for (p, w, pt), lvl in zip(POINTS, want, strict=True)
    )
    no_errors(got)
    assert "LEVEL_BY_COLOUR_WORD" in codes(got, "info")


def test_bare_colour_characters_without_a_note_by_the_usual_order(tmp_path):
    """Two heading rows ('风险评估' over '预警级别'), post and name in one cell, '红/橙/黄' and no
    note: read by the usual warning order 红 > 橙 > 黄, said once."""
    lv = ["橙", "红", "黄", "橙", "黄"]
    rows = [
        [TITLE],
        ["序号", "岗位及姓名", "风险点", "风险评估", "防控措施"],
        [None, None, None, "预警级别", None],
    ]
    for n, ((post, who, point), w) in enumerate(zip(POINTS, lv, strict=True), 1):
        rows.append([n, f"{post} {who}", point, w, "公开办理，接受监督。"])
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "E2:E3"])
    want = ["Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅲ级"]
    assert read(got) == sorted(
        (p, w, pt, lvl) for (p, w, pt), lvl in zip(POINTS, want, strict=True)
    )
    no_errors(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_COLOUR_WORD"]
    assert len(said) == 1 and "红" in said.iloc[0]["message"]


def test_colour_words_keyed_by_the_heading_gloss(tmp_path):
    """'橙色风险' forms under '风险等级（红色为最高，黄色最低）', a 科室 column merged down, and
    only two of the colours used: the heading's order, 红 Ⅰ级 and 橙 Ⅱ级."""
    lv = ["红色风险", "橙色风险", "红色风险", "橙色风险", "橙色风险"]
    depts = ["局领导", "局领导", "路政股", "运管所", "执法大队"]
    rows = [
        [TITLE],
        ["科室", "岗位", "姓名", "廉政风险点", "风险等级（红色为最高，黄色最低）", "防控措施"],
    ]
    for dept, (post, who, point), w in zip(depts, POINTS, lv, strict=True):
        rows.append([dept, post, who, point, w, "建立台账，按月通报。"])
    got = run(tmp_path, rows, ["A1:F1", "A3:A4"])
    want = ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]
    assert read(got) == sorted(
        (p, w, pt, lvl) for (p, w, pt), lvl in zip(POINTS, want, strict=True)
    )
    no_errors(got)
    assert "LEVEL_BY_COLOUR_WORD" in codes(got, "info")


def test_traffic_lights_with_an_extra_column(tmp_path):
    """'红灯/黄灯/绿灯' under '风险程度', a 责任领导 column besides; the note says only the top
    and bottom ('红灯为高风险，绿灯为低风险'): 黄灯 the middle."""
    lv = ["红灯", "黄灯", "绿灯", "黄灯", "红灯"]
    rows = [[TITLE], ["序号", "岗位", "姓名", "风险点", "风险程度", "防控措施", "责任领导"]]
    for n, ((post, who, point), w) in enumerate(zip(POINTS, lv, strict=True), 1):
        rows.append([n, post, who, point, w, "定期检查，通报结果。", "郗局长"])
    rows.append(["注：红灯为高风险，绿灯为低风险。"])
    got = run(tmp_path, rows, ["A1:G1", "A8:G8"])
    want = ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"]
    assert read(got) == sorted(
        (p, w, pt, lvl) for (p, w, pt), lvl in zip(POINTS, want, strict=True)
    )
    no_errors(got)


def test_a_fourth_colour_is_the_lowest_with_a_warning(tmp_path):
    """'红色/橙色/黄色/蓝色' (the four-step warning scale) and no note: 蓝色 joins 黄色 at the
    lowest of the programme's three levels, with a warning."""
    lv = ["红色", "橙色", "黄色", "蓝色", "红色"]
    rows = [[TITLE], ["序号", "岗位", "姓名", "风险点", "预警等级", "防控措施"]]
    for n, ((post, who, point), w) in enumerate(zip(POINTS, lv, strict=True), 1):
        rows.append([n, post, who, point, w, "严格执行制度。"])
    got = run(tmp_path, rows, ["A1:F1"])
    want = ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅲ级", "Ⅰ级"]
    assert read(got) == sorted(
        (p, w, pt, lvl) for (p, w, pt), lvl in zip(POINTS, want, strict=True)
    )
    no_errors(got)
    assert "LEVEL_COLOUR_FOURTH" in codes(got, "warning")


def test_colour_words_in_points_and_remarks_read_as_before(tmp_path):
    """'红色旅游' in a point and '红色标注为重点' in a 备注 column, the levels '一级/二级/三级':
    read as ever, no colour reading."""
    lv = ["一级", "二级", "二级", "三级", "一级"]
    rows = [[TITLE], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"]]
    for n, ((post, who, point), w) in enumerate(zip(POINTS, lv, strict=True), 1):
        point = point if n != 2 else "红色旅游公路项目资金拨付不及时"
        rows.append([n, post, who, point, w, "集体研究。", "红色标注为重点" if n == 1 else ""])
    got = run(tmp_path, rows, ["A1:G1"])
    points = [
        (p, w, pt if i != 1 else "红色旅游公路项目资金拨付不及时")
        for i, (p, w, pt) in enumerate(POINTS)
    ]
    want = ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert read(got) == sorted(
        (p, w, pt, lvl) for (p, w, pt), lvl in zip(points, want, strict=True)
    )
    no_errors(got)
    assert not codes(got) & {"LEVEL_BY_COLOUR_WORD", "LEVEL_COLOUR_FOURTH"}


def test_a_colour_note_over_ordinary_levels_reads_as_before(tmp_path):
    """'高/中/低' levels and a note on highlighting ('注：红色字体为新增风险点'), a 备注 column of
    '黄色' marks: the levels as written, no colour reading."""
    lv = ["高", "中", "中", "低", "高"]
    rows = [[TITLE], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"]]
    for n, ((post, who, point), w) in enumerate(zip(POINTS, lv, strict=True), 1):
        rows.append([n, post, who, point, w, "集体研究。", "黄色" if n % 2 else "红色"])
    rows.append(["注：红色字体为新增风险点。"])
    got = run(tmp_path, rows, ["A1:G1", "A8:G8"])
    want = ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert read(got) == sorted(
        (p, w, pt, lvl) for (p, w, pt), lvl in zip(POINTS, want, strict=True)
    )
    no_errors(got)
    assert not codes(got) & {"LEVEL_BY_COLOUR_WORD", "LEVEL_COLOUR_FOURTH"}


# --- review 127: a note pairing colours with levels decides; one fixed usual scale; our own form ---

T127 = ["XX县教育局岗位廉政风险点一览表"]
H127 = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
ROWS127 = [
    [1, "局长", "赵一", "招生计划分配不公", "红色", "a"],
    [2, "办公室主任", "钱二", "公务接待超标准", "橙色", "b"],
    [3, "会计", "孙三", "票据审核不严", "橙色", "c"],
    [4, "出纳", "李四", "资金挪用", "黄色", "d"],
    [5, "招生办主任", "周五", "考试泄密", "红色", "e"],
]


def _read127(tmp_path, note, rows=ROWS127):
    return run(tmp_path, [T127, H127, *rows, *([[note]] if note else [])])


def _want127(levels):
    return sorted((r[1], r[2], r[3], lv) for r, lv in zip(ROWS127, levels, strict=True))


def test_what_the_hundred_and_twenty_seventh_review_found_a_note_pairing_colours_decides(
    tmp_path,
):
    """'Ⅰ级（黄色）、Ⅱ级（橙色）、Ⅲ级（红色）' or '红色、橙色、黄色分别对应三级、二级、一级' pairs each
    colour with its level: 黄 Ⅰ级, 橙 Ⅱ级, 红 Ⅲ级 as the note says, not the usual 红 > 橙 > 黄."""
    want = _want127(["Ⅲ级", "Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"])
    for i, note in enumerate(
        [
            "注：风险等级分为Ⅰ级（黄色）、Ⅱ级（橙色）、Ⅲ级（红色）。",
            "注：红色、橙色、黄色分别对应三级、二级、一级风险，一级风险最高。",
            "注：黄色为一级风险，橙色为二级风险，红色为三级风险。",
        ]
    ):
        got = _read127(tmp_path / str(i), note)
        assert read(got) == want, note
        no_errors(got)
        # (a note '黄色为一级风险…' defines the words as any legend does: LEVEL_SCALE)
        said = got.issues[got.issues["code"].isin(["LEVEL_BY_COLOUR_WORD", "LEVEL_SCALE"])]
        assert len(said) == 1 and "黄色=Ⅰ级" in said.iloc[0]["message"]


def test_what_the_hundred_and_twenty_seventh_review_found_inconsistent_pairs_not_guessed(
    tmp_path,
):
    """A note pairing two colours with one level (or a colour with two) is not guessed at:
    the levels are unread (LEVEL_UNKNOWN as before the rule); a note pairing only some colours
    against the usual order likewise."""
    for i, note in enumerate(
        [
            "注：风险等级分为Ⅰ级（黄色）、Ⅱ级（黄色）、Ⅲ级（红色）。",
            "注：红色为三级风险。",
        ]
    ):
        got = _read127(tmp_path / str(i), note)
        assert {lv for *_, lv in read(got)} == {""}, note
        assert "LEVEL_BY_COLOUR_WORD" not in codes(got)
        assert "LEVEL_UNKNOWN" in codes(got)


def _coloured127(colours):
    return [r[:4] + [c] + r[5:] for r, c in zip(ROWS127, colours, strict=True)]


def test_what_the_hundred_and_twenty_seventh_review_found_one_fixed_usual_scale(tmp_path):
    """No note: each colour at its one place on the usual scale whatever else is present —
    橙/黄/蓝 are Ⅱ/Ⅲ/Ⅲ (蓝 with LEVEL_COLOUR_FOURTH), not Ⅰ/Ⅱ/Ⅲ; 橙/黄 alone Ⅱ/Ⅲ as
    well; 黄/蓝 and 红/黄 (黄 Ⅱ on a three-colour light, Ⅲ on 红 > 橙 > 黄) are not read."""
    place = {"红色": "Ⅰ级", "橙色": "Ⅱ级", "黄色": "Ⅲ级", "蓝色": "Ⅲ级"}
    for name, colours in (
        ("a", ["橙色", "黄色", "蓝色", "橙色", "黄色"]),
        ("b", ["橙色", "黄色", "黄色", "橙色", "黄色"]),
    ):
        rows = _coloured127(colours)
        got = _read127(tmp_path / name, None, rows)
        assert read(got) == sorted((r[1], r[2], r[3], place[r[4]]) for r in rows)
        no_errors(got)
        assert "LEVEL_BY_COLOUR_WORD" in codes(got, "info")
        assert ("LEVEL_COLOUR_FOURTH" in codes(got, "warning")) == (name == "a")
    for name, colours in (
        ("c", ["黄色", "蓝色", "蓝色", "黄色", "黄色"]),
        ("d", ["红色", "黄色", "黄色", "红色", "黄色"]),  # (黄 Ⅱ on a light, Ⅲ under 橙: no guess)
    ):
        got = _read127(tmp_path / name, None, _coloured127(colours))
        assert {lv for *_, lv in read(got)} == {""}
        assert "LEVEL_BY_COLOUR_WORD" not in codes(got)
    # a full three-colour set without 橙 ('红/黄/蓝', as '红灯/黄灯/绿灯'): 黄 the middle
    rows = _coloured127(["红色", "黄色", "蓝色", "黄色", "红色"])
    got = _read127(tmp_path / "e", None, rows)
    light = {"红色": "Ⅰ级", "黄色": "Ⅱ级", "蓝色": "Ⅲ级"}
    assert read(got) == sorted((r[1], r[2], r[3], light[r[4]]) for r in rows)
    assert "LEVEL_COLOUR_FOURTH" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_our_own_form_keeps_its_levels(
    tmp_path,
):
    """Our own template's form filled with 红色/黄色/橙色 in 风险级别: its instructions define
    Ⅰ/Ⅱ/Ⅲ级, so no usual colour order there — LEVEL_UNKNOWN as before the rule."""
    import openpyxl

    from xlproc.fill import Entry, fill_workbook
    from xlproc.templates import build_blank

    src = next(p for p in build_blank(tmp_path / "blank") if p.name.startswith("附件3"))
    dst = tmp_path / "inbox" / "办公室.xlsx"
    sheet = openpyxl.load_workbook(src).sheetnames[1]
    filled = [
        {"duty": "负责文秘", "workflow": "收文登记", "risk_point": "泄露涉密文件",
         "risk_type": "岗位职责", "risk_level": "红色", "measures": "严格登记。"},
        {"workflow": "公文流转", "risk_point": "延误办理", "risk_type": "制度机制",
         "risk_level": "黄色", "measures": "限时办结。"},
        {"workflow": "印章管理", "risk_point": "违规用印", "risk_type": "制度机制",
         "risk_level": "橙色", "measures": "登记用印。"},
    ]  # fmt: skip
    fill_workbook(src, dst, {sheet: Entry(rows=filled)})
    wb = openpyxl.load_workbook(dst)
    ws = wb[sheet]
    ws["B4"], ws["D4"] = "办公室", "张三"
    wb.save(dst)
    config = load_config()
    inbox = dst.parent
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert sorted(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)) == [
        ("延误办理", ""),
        ("泄露涉密文件", ""),
        ("违规用印", ""),
    ]
    assert "LEVEL_BY_COLOUR_WORD" not in codes(got)
    assert "LEVEL_UNKNOWN" in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_bracketed_and_longer_colours(tmp_path):
    """'红色（高）' (the bracket's level word wins: '红色（低）' is Ⅲ级), '红色风险等级', and one '/'
    among the colours (that row as before, the others read)."""
    rows = _coloured127(["红色（高）", "橙色（中）", "红色（低）", "黄色（低）", "红色（高）"])
    got = _read127(tmp_path / "a", None, rows)
    assert [lv for *_, lv in sorted(read(got), key=lambda x: x[2])] == [
        lv for _, lv in sorted(zip([r[3] for r in rows], ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅲ级", "Ⅰ级"],
                                   strict=True))
    ]  # fmt: skip
    assert "LEVEL_BY_COLOUR_WORD" in codes(got, "info")
    rows = _coloured127(
        ["红色风险等级", "橙色风险等级", "橙色风险等级", "黄色风险等级", "红色风险等级"]
    )
    got = _read127(tmp_path / "b", None, rows)
    assert read(got) == _want127(["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"])
    rows = _coloured127(["红色", "橙色", "/", "黄色", "红色"])
    got = _read127(tmp_path / "c", None, rows)
    levels = {pt: lv for _p, _w, pt, lv in read(got)}
    assert [levels[r[3]] for r in ROWS127 if r[3] != "票据审核不严"] == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert levels["票据审核不严"] == ""
