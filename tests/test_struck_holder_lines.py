"""A holders' cell printing the same staff on every row, a line a post and its holder, where
the lines of the persons the row's point does NOT concern are STRUCK THROUGH (Excel rich text,
删除线), a note saying so or the struck lines changing from row to row: each line left standing
holds the row's point (a form each), a struck line holds nothing. A cell with no struck line,
the same line struck in every cell with no note, and a struck word in a point cell are read as
before. And a numbered group row over a first row that looks like a label and its value
('负责人 | 姓名 | …') is still its rows' 科室, not the tail of the unit's name.

Not the published batch's file (a 政务服务中心 with 主任/副主任/受理员/审核员/帮办代办员 under
'涉及岗位及人员', 高/中/低 and a '注：…用删除线划去的人员不涉及本条风险点' line; a 镇便民服务中心
under '二、综合受理窗口'): a county's 医疗保障事业服务中心, a 乡镇's 农业综合服务站 and a 街道's
社区服务中心, other posts, names, headings (one or two rows), level words (一级/二级/三级,
Ⅰ级/Ⅱ级/Ⅲ级, 较高/一般/较低), 'post（name）' as well as 'post　name' lines, an extra column, a
holders' cell merged over two rows and a note in other words or none; written with xlsxwriter
``write_rich_string`` and read back as ``collect_inbox`` reads a file. (An .xls keeps no runs:
there every line stays a holder, as before.)
"""

from pathlib import Path

import xlsxwriter
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_BY_STRUCK_LINES"

# the 医保服务中心's staff, printed in every row's holders' cell
CLINIC = [("主任", "闵晗溪"), ("结算员", "冉知秋"), ("稽核员", "邬星野"), ("会计", "阙若岚")]
# (风险点, 等级, indexes of CLINIC left standing — the others struck)
CLINIC_ROWS = [
    ("定点医药机构协议管理不严，违规准入", "一级", (0, 2)),
    ("医疗费用零星报销审核把关不严", "二级", (1,)),
    ("基金结算不按协议拨付，优亲厚友", "一级", (0, 1, 3)),
    ("稽核发现问题不移交、不处理", "二级", (2,)),
    ("票据和财务凭证保管不善", "三级", (3,)),
]
LEVEL = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级", "Ⅰ级": "Ⅰ级", "Ⅱ级": "Ⅱ级", "Ⅲ级": "Ⅲ级",
         "较高": "Ⅰ级", "一般": "Ⅱ级", "较低": "Ⅲ级"}  # fmt: skip


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def write_rich(path: Path, rows: list[list], merges: list[tuple[int, int, int, int]] = ()) -> Path:
    """One sheet; a cell given as a list of (text, struck) runs is written as rich text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "in_memory": True})
    ws = wb.add_worksheet("排查表")
    wrap = wb.add_format({"text_wrap": True, "font_name": "宋体", "font_size": 10})
    plain = wb.add_format({"font_name": "宋体", "font_size": 10})
    struck = wb.add_format({"font_name": "宋体", "font_size": 10, "font_strikeout": True})
    covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1)} - {(r0, c0) for r0, c0, _r1, _c1 in merges}  # fmt: skip

    def put(r: int, c: int, v) -> None:
        if isinstance(v, list) and len(v) > 1:
            parts = []
            for text, strike in v:
                parts += [struck if strike else plain, text]
            ws.write_rich_string(r, c, *parts, wrap)
        elif isinstance(v, list):
            ws.write_string(r, c, v[0][0], wrap)
        elif isinstance(v, int):
            ws.write_number(r, c, v)
        else:
            ws.write_string(r, c, v, wrap)

    for r0, c0, r1, c1 in merges:
        ws.merge_range(r0, c0, r1, c1, "", wrap)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None and v != "" and (r, c) not in covered:
                put(r, c, v)
    wb.close()
    return path


def runs(staff, standing, line=lambda p, n: f"{p}\u3000{n}"):
    """The runs of a holders' cell: each staff line, struck where its index is not standing."""
    return [
        (line(p, n) + ("\n" if k < len(staff) - 1 else ""), k not in standing)
        for k, (p, n) in enumerate(staff)
    ]


def expected(staff, points):
    return sorted(
        (staff[k][0], staff[k][1], point, LEVEL[lv]) for point, lv, standing in points
        for k in standing
    )  # fmt: skip


def everyone(staff, points):
    return expected(staff, [(p, lv, range(len(staff))) for p, lv, _s in points])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def clinic(tmp_path: Path, note: str | None, **how) -> object:
    """The 医保服务中心's 排查表: a title, ``序号 | 风险点 | 风险等级 | 防控措施 | 岗位人员``."""
    line = how.get("line", lambda p, n: f"{p}\u3000{n}")
    rows: list[list] = [["澜沧县医疗保障事业服务中心廉政风险排查表"],
                        ["序号", "风险点", "风险等级", "防控措施", "岗位人员"]]  # fmt: skip
    for i, (point, lv, standing) in enumerate(CLINIC_ROWS, 1):
        cell = runs(CLINIC, how.get("standing", standing), line)
        if how.get("flat"):  # (the same lines in a plain string: no runs, as an .xls gives)
            cell = "".join(t for t, _s in cell)
        rows.append([i, point, lv, "集体研究，双人复核，结果公示。", cell])
    if note:
        rows.append([note])
    rows.append(["填表人：", None, "审核人：", None, "2025年9月"])
    merges = [(0, 0, 0, 4)] + ([(len(rows) - 2, 0, len(rows) - 2, 4)] if note else [])
    inbox = tmp_path / "inbox"
    write_rich(inbox / "yibao.xlsx", rows, merges)
    return _collect(inbox)


def test_lines_left_standing_under_a_note_are_the_rows_holders(tmp_path):
    got = clinic(tmp_path, "注：岗位人员栏内划横线的，表示该岗位不涉及此风险点。")
    assert read(got) == expected(CLINIC, CLINIC_ROWS)
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == CODE]
    assert len(said) == 1 and said.iloc[0]["severity"] == "info"
    assert said.iloc[0]["cell"] == "E3" and "岗位人员" in said.iloc[0]["message"]
    codes = set(got.issues["code"])
    assert "HOLDERS_LISTED_WITH_POSTS" not in codes and "HOLDER_STRUCK" not in codes
    no_errors(got)


def test_struck_lines_without_a_note_and_two_heading_rows(tmp_path):
    """No note; the heading in two rows, 'post（name）' lines, Ⅰ级/Ⅱ级/Ⅲ级, another column."""
    staff = [("站长", "嵇云岫"), ("技术员", "訾禾川"), ("农机监理员", "穆清漪")]
    points = [("耕地地力保护补贴面积核实不实", "Ⅰ级", (0, 1)),
              ("农机购置补贴机具核验走过场", "Ⅰ级", (2,)),
              ("化肥农药减量项目物资发放不登记", "Ⅱ级", (1,)),
              ("农业技术培训虚报参训人数", "Ⅲ级", (0,))]  # fmt: skip
    rows: list[list] = [["梧溪镇农业综合服务站岗位廉政风险防控表"],
                        ["序号", "业务环节", "风险防控", None, None, "责任岗位（人员）", "备注"],
                        [None, None, "风险表现", "等级", "防控措施", None, None]]  # fmt: skip
    for i, (point, lv, standing) in enumerate(points, 1):
        cell = runs(staff, standing, lambda p, n: f"{p}（{n}）")
        rows.append([i, "惠农补贴", point, lv, "村级公示，镇级抽查，台账备查。", cell, ""])
    merges = [(0, 0, 0, 6), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 2, 5), (1, 6, 2, 6)]
    inbox = tmp_path / "inbox"
    write_rich(inbox / "nongye.xlsx", rows, merges)
    got = _collect(inbox)
    assert read(got) == expected(staff, points)
    assert CODE in set(got.issues["code"])
    no_errors(got)


def test_one_line_standing_in_a_cell_merged_over_two_rows(tmp_path):
    """较高/一般/较低; a holders' cell merged over two rows; a note in other words."""
    staff = [*CLINIC, ("出纳", "郦晚棠")]
    points = [("异地就医备案材料把关不严", "较高", (1,)),
              ("异地就医费用手工报销重复支付", "较高", (1,)),
              ("出纳现金日记账不日清月结", "一般", (4,)),
              ("医保信息系统权限不按规定管理", "较低", (0, 2))]  # fmt: skip
    rows: list[list] = [["澜沧县医疗保障事业服务中心廉政风险排查表"],
                        ["序号", "业务事项", "风险点", "风险等级", "防控措施", "岗位人员"]]  # fmt: skip
    for i, (point, lv, standing) in enumerate(points, 1):
        cell = None if i == 2 else runs(staff, standing)
        rows.append([i, "基金支付", point, lv, "按程序办理，资料存档。", cell])
    rows.append(["注：已用删除线划去的岗位人员与该项风险无关。"])
    merges = [(0, 0, 0, 5), (2, 5, 3, 5), (6, 0, 6, 5)]
    inbox = tmp_path / "inbox"
    write_rich(inbox / "yibao.xlsx", rows, merges)
    got = _collect(inbox)
    assert read(got) == expected(staff, points)
    assert len(got.posts) == 4
    assert CODE in set(got.issues["code"])
    no_errors(got)


def as_listed(got) -> None:
    """Read as before: every listed line's copy of every point (one nameless form of the list)."""
    assert len(got.risks) == len(CLINIC) * len(CLINIC_ROWS)
    assert "HOLDERS_LISTED_WITH_POSTS" in set(got.issues["code"])
    assert CODE not in set(got.issues["code"])


def test_no_struck_line_reads_every_line_as_before(tmp_path):
    got = clinic(tmp_path, None, standing=(0, 1, 2, 3))
    flat = clinic(tmp_path / "flat", None, flat=True)
    assert read(got) == read(flat)
    as_listed(got)
    no_errors(got)


def test_the_same_line_struck_in_every_cell_without_a_note_reads_as_before(tmp_path):
    got = clinic(tmp_path, None, standing=(0, 1, 2))
    flat = clinic(tmp_path / "flat", None, flat=True)
    assert read(got) == read(flat)
    as_listed(got)


def test_a_struck_word_in_the_point_cell_reads_as_before(tmp_path):
    """Struck words in the point cells, the holders' cells plain: the holders as listed."""

    def sheet(path: Path, struck: bool) -> object:
        rows: list[list] = [["澜沧县医疗保障事业服务中心廉政风险排查表"],
                            ["序号", "风险点", "风险等级", "防控措施", "岗位人员"]]  # fmt: skip
        plain = "".join(t for t, _s in runs(CLINIC, range(len(CLINIC))))
        for i, (point, lv, _standing) in enumerate(CLINIC_ROWS, 1):
            cell = [(point, False), ("（初稿）", True)] if struck else point + "（初稿）"
            rows.append([i, cell, lv, "集体研究。", plain])
        write_rich(path / "inbox" / "yibao.xlsx", rows, [(0, 0, 0, 4)])
        return _collect(path / "inbox")

    got, flat = sheet(tmp_path, True), sheet(tmp_path / "flat", False)
    assert len(got.risks) == len(flat.risks) == len(CLINIC) * len(CLINIC_ROWS)
    assert sorted(got.risks["risk_level"]) == sorted(flat.risks["risk_level"])
    assert CODE not in set(got.issues["code"])


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    assert "{field}" in CATALOGUE[CODE][1] and "{value}" in CATALOGUE[CODE][1]


def test_a_numbered_group_over_a_head_row_is_its_rows_keshi(tmp_path):
    """Groups named like windows ('二、社保医保窗口') in a 社区服务中心 whose name ends as a 科室
    might; the second group's first row '科室负责人 | 姓名 | …' reads like a label and its value."""
    unit = "青岚街道社区服务中心"
    rows = [
        [f"{unit}廉洁风险防控责任清单"],
        ["序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"],
        ["一、中心班子"],
        [1, "主任", "殷晚晴", "社区公益项目资金安排个人说了算", "一级", "班子集体研究，结果公示。"],
        ["二、社保医保窗口"],
        [2, "科室负责人", "逄知远", "高龄津贴资格审核把关不严", "一级", "入户核查，名单公示。"],
        [3, "办事员", "阎川柏", "办事推诿，不一次性告知", "二级", "一次性告知单签字确认。"],
        [4, None, None, "违规收取复印费", "三级", "收费项目上墙公示。"],
        ["三、网格管理站"],
        [5, "网格员", "暨青芷", "网格走访台账弄虚作假", "二级", "台账抽查，群众回访。"],
        ["制表：", None, "审核：", None, "2025年8月"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "shequ.xlsx", {"清单": rows},
                   {"清单": ["A1:F1", "A3:F3", "A5:F5", "B7:B8", "C7:C8", "A9:F9"]})  # fmt: skip
    got = _collect(inbox)
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("中心班子", "主任", "殷晚晴", "社区公益项目资金安排个人说了算"),
        ("社保医保窗口", "科室负责人", "逄知远", "高龄津贴资格审核把关不严"),
        ("社保医保窗口", "办事员", "阎川柏", "办事推诿，不一次性告知"),
        ("社保医保窗口", "办事员", "阎川柏", "违规收取复印费"),
        ("网格管理站", "网格员", "暨青芷", "网格走访台账弄虚作假"),
    ])  # fmt: skip
    no_errors(got)


# --- what the hundred and ninth review found: names alone (no posts), and a row all struck

NAMES = ["闵晗溪", "冉知秋", "邬星野"]
NAME_ROWS = [("协议管理不严", "一级", (0, 2)), ("零星报销审核不严", "二级", (1,)),
             ("基金结算优亲厚友", "一级", (0, 1))]  # fmt: skip


def names_sheet(tmp_path: Path, cell, note: str | None = "注：划删除线的人员不涉及该风险点。"):
    rows: list[list] = [["澜沧县医疗保障事业服务中心廉政风险排查表"],
                        ["序号", "风险点", "风险等级", "防控措施", "岗位人员"]]  # fmt: skip
    for i, (point, lv, standing) in enumerate(NAME_ROWS, 1):
        rows.append([i, point, lv, "集体研究", cell(standing)])
    merges = [(0, 0, 0, 4)]
    if note:
        rows.append([note])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    inbox = tmp_path / "inbox"
    write_rich(inbox / "t.xlsx", rows, merges)
    return _collect(inbox)


def test_what_the_hundred_and_ninth_review_found_struck_names_alone_one_a_line(tmp_path):
    # '闵晗溪⏎~~冉知秋~~⏎邬星野' and the note: the names left standing hold the point (it was
    # every name on every point, silently)
    got = names_sheet(tmp_path, lambda s: runs([(n, "") for n in NAMES], s, lambda p, n: p))
    assert read(got) == sorted([
        ("", "闵晗溪", "协议管理不严", "Ⅰ级"), ("", "邬星野", "协议管理不严", "Ⅰ级"),
        ("", "冉知秋", "零星报销审核不严", "Ⅱ级"),
        ("", "闵晗溪", "基金结算优亲厚友", "Ⅰ级"), ("", "冉知秋", "基金结算优亲厚友", "Ⅰ级"),
    ])  # fmt: skip
    issues = got.issues
    said = issues[issues["code"] == CODE]
    assert list(said["cell"]) == ["E3"] and list(said["field"]) == ["责任人"]
    assert "闵晗溪、邬星野" in said["message"].iloc[0]
    no_errors(got)


def test_what_the_hundred_and_ninth_review_found_struck_names_parted_by_dunhao(tmp_path):
    def cell(s):
        return [(n + ("、" if k < 2 else ""), k not in s) for k, n in enumerate(NAMES)]

    got = names_sheet(tmp_path, cell)
    assert read(got) == sorted([
        ("", "闵晗溪", "协议管理不严", "Ⅰ级"), ("", "邬星野", "协议管理不严", "Ⅰ级"),
        ("", "冉知秋", "零星报销审核不严", "Ⅱ级"),
        ("", "闵晗溪", "基金结算优亲厚友", "Ⅰ级"), ("", "冉知秋", "基金结算优亲厚友", "Ⅰ级"),
    ])  # fmt: skip
    assert CODE in set(got.issues["code"])
    no_errors(got)


def test_what_the_hundred_and_ninth_review_found_struck_names_with_no_note_read_as_before(
    tmp_path,
):
    # names alone struck, no note: may be those who left — every name on every point, as before
    got = names_sheet(tmp_path, lambda s: runs([(n, "") for n in NAMES], s, lambda p, n: p), None)
    assert read(got) == sorted(("", n, p, LEVEL[lv]) for p, lv, _s in NAME_ROWS for n in NAMES)
    assert CODE not in set(got.issues["code"])


def test_what_the_hundred_and_ninth_review_found_a_row_whose_every_line_is_struck(tmp_path):
    # the 2nd row's every post–name line struck: nobody holds it — kept once with no holder and
    # a warning at its cell (it went to everyone)
    staff = [("主任", "闵晗溪"), ("结算员", "冉知秋"), ("稽核员", "邬星野")]
    rows: list[list] = [["澜沧县医疗保障事业服务中心廉政风险排查表"],
                        ["序号", "风险点", "风险等级", "防控措施", "岗位人员"]]  # fmt: skip
    for i, (point, lv, standing) in enumerate(NAME_ROWS, 1):
        rows.append([i, point, lv, "集体研究", runs(staff, () if i == 2 else standing)])
    inbox = tmp_path / "inbox"
    write_rich(inbox / "t.xlsx", rows, [(0, 0, 0, 4)])
    got = _collect(inbox)
    assert read(got) == sorted([
        ("主任", "闵晗溪", "协议管理不严", "Ⅰ级"), ("稽核员", "邬星野", "协议管理不严", "Ⅰ级"),
        ("", "", "零星报销审核不严", "Ⅱ级"),
        ("主任", "闵晗溪", "基金结算优亲厚友", "Ⅰ级"), ("结算员", "冉知秋", "基金结算优亲厚友", "Ⅰ级"),
    ])  # fmt: skip
    issues = got.issues
    gone = issues[issues["code"] == "HOLDERS_ALL_STRUCK"]
    assert list(gone["cell"]) == ["E4"] and list(gone["severity"]) == ["warning"]
    assert "主任　闵晗溪、结算员　冉知秋、稽核员　邬星野" in gone["message"].iloc[0]
    assert list(issues[issues["code"] == CODE]["cell"]) == ["E3"]
    no_errors(got)


def test_what_the_hundred_and_ninth_review_found_the_new_code_is_catalogued():
    assert CATALOGUE["HOLDERS_ALL_STRUCK"][0] == "warning"
    assert "HOLDERS_ALL_STRUCK" in SHORT
