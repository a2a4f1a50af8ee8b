"""A list whose 责任人 cell for a vacant post names the colleague acting for it ('空缺（由副院长
某某兼管）', '由护理部主任某某暂代（岗位空缺）', '待配备，由组长　某某代行职责'): the post's points
are the acting colleague's, under the vacant post and its 科室 (a form apart from his own), his
name taken out of the phrase (one info a table); a vacancy naming no one has no holder; a phrase
naming no one by name ('空缺（由会计兼）') gives no name and a warning at its cell.

Not the published batch's file (a 公路管理段 with 段长/股长, 一级/二级/三级 and '空缺（由…代管）'): a
镇中心卫生院's lists, other posts, names, level words (高/中/低, ★) and arrangements (one or two
heading rows, 岗位 and 姓名 in one cell or two, a 备注 column), written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

GAP = "\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str, str]]:
    r = got.risks
    return set(zip(r["department"], r["title"], r["person"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = "XX镇中心卫生院岗位廉政风险防控一览表"


def test_vacant_posts_read_as_the_acting_colleagues(tmp_path):
    """One heading row, 科室/岗位/责任人 merged down per post; two vacant posts, one acting
    colleague written 'post　name' after '由', the other 'name' glued to his post."""
    rows = [
        [TITLE],
        ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "院领导", "院长", f"空缺（由副院长{GAP}蒯翊岚兼管）", "药品耗材采购中收受回扣", "高", "纳入县医共体统一采购平台。"],
        [2, "院领导", "院长", f"空缺（由副院长{GAP}蒯翊岚兼管）", "基建项目发包个人说了算", "高", "院务会集体研究。"],
        [3, "院领导", "副院长", "蒯翊岚", "绩效分配不按方案，优亲厚友", "中", "方案职代会通过并公示。"],
        [4, "药剂科", "主任", "郗沐岚", "药品验收把关不严，以次充好", "中", "验收双人签字。"],
        [5, "收费室", "收费员", "暂缺，暂由药剂科主任郗沐岚代管", "收费不开票据，截留现金", "高", "每日对账。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C4", "D3:D4"])
    assert read(got) == sorted([
        ("院长", "蒯翊岚", "药品耗材采购中收受回扣", "Ⅰ级"),
        ("院长", "蒯翊岚", "基建项目发包个人说了算", "Ⅰ级"),
        ("副院长", "蒯翊岚", "绩效分配不按方案，优亲厚友", "Ⅱ级"),
        ("主任", "郗沐岚", "药品验收把关不严，以次充好", "Ⅱ级"),
        ("收费员", "郗沐岚", "收费不开票据，截留现金", "Ⅰ级"),
    ])  # fmt: skip
    assert ("院领导", "院长", "蒯翊岚") in depts(got)
    assert ("收费室", "收费员", "郗沐岚") in depts(got)
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDER_ACTING_FOR_VACANT"]
    assert len(said) == 1, codes(got)
    assert said.iloc[0]["cell"] == "D3" and "D7" in said.iloc[0]["message"]
    assert "HOLDER_ACTING_UNREAD" not in codes(got)


def test_two_heading_rows_and_the_vacancy_closing_the_cell(tmp_path):
    """'责任主体' over '岗位 | 姓名', the vacancy in a bracket after the stand-in
    ('由护理部主任　庾澄澈暂代（岗位空缺）'), ★ levels."""
    rows = [
        [TITLE],
        ["序号", "责任主体", None, "廉政风险点", "风险等级", "防控措施"],
        [None, "岗位", "姓名", None, None, None],
        [1, "护理部主任", "庾澄澈", "护理人员排班优亲厚友", "★★", "排班表公示。"],
        [2, "护士长", f"由护理部主任{GAP}庾澄澈暂代（岗位空缺）", "耗材领用不登记，私自处置", "★★★", "耗材出入库台账。"],
        [3, "护士长", f"由护理部主任{GAP}庾澄澈暂代（岗位空缺）", "护理质量考核打人情分", "★", "考核双人打分。"],
        [4, "医保专干", "訾静姝", "医保报销审核不严，套取基金", "★★★", "系统智能审核。"],
    ]  # fmt: skip
    merges = ["A1:F1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3", "B5:B6", "C5:C6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("护理部主任", "庾澄澈", "护理人员排班优亲厚友", "Ⅱ级"),
        ("护士长", "庾澄澈", "耗材领用不登记，私自处置", "Ⅰ级"),
        ("护士长", "庾澄澈", "护理质量考核打人情分", "Ⅲ级"),
        ("医保专干", "訾静姝", "医保报销审核不严，套取基金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDER_ACTING_FOR_VACANT") == 1


def test_post_and_holder_in_one_cell_with_a_remarks_column(tmp_path):
    """'岗位及责任人' in one column ('post　name', or the post's vacancy and its stand-in after
    '待配备，'), a 备注 column; a bare '空缺' and a vacancy with a note naming no one stay posts
    with no holder."""
    rows = [
        [TITLE],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, "公共卫生科科长", "冼楚航", "公卫项目资金虚报冒领", "高", "资金使用公开。", None],
        [2, "会计", f"待配备，由公共卫生科科长{GAP}冼楚航代行职责", "报销单据审核不严", "中", "经办、审核、审批三签。", "2025年3月起"],
        [3, "出纳", "空缺", "公款私存、坐支现金", "高", "定期盘点库存现金。", None],
        [4, "采购员", "暂缺（待招录）", "采购验收不到场", "低", "采购验收两人以上。", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("公共卫生科科长", "冼楚航", "公卫项目资金虚报冒领", "Ⅰ级"),
        ("会计", "冼楚航", "报销单据审核不严", "Ⅱ级"),
        ("出纳", "", "公款私存、坐支现金", "Ⅰ级"),
        ("采购员", "", "采购验收不到场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_ACTING_FOR_VACANT" in codes(got)
    assert "HOLDER_ACTING_UNREAD" not in codes(got)


def test_a_stand_in_named_by_post_only_is_no_name(tmp_path):
    """'空缺（由会计兼）': who acts for it is not named: no holder, a warning at its cell."""
    rows = [
        [TITLE],
        ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "财务室", "会计", "笪语桐", "报销单据审核不严", "中", "三签制度。"],
        [2, "财务室", "出纳", "空缺（由会计兼）", "公款私存、坐支现金", "高", "定期盘点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("会计", "笪语桐", "报销单据审核不严", "Ⅱ级"),
        ("出纳", "", "公款私存、坐支现金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    warned = got.issues[got.issues["code"] == "HOLDER_ACTING_UNREAD"]
    assert list(warned["cell"]) == ["D4"], got.issues.to_dict("records")
    assert "HOLDER_ACTING_FOR_VACANT" not in codes(got)


def test_an_ordinary_list_with_concurrent_holders_reads_as_before(tmp_path):
    """'缪雁书（兼）' and a point speaking of a vacancy ('岗位空缺期间公章由他人代管') are no
    vacant post's holder cell: read as before, no info."""
    rows = [
        [TITLE],
        ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "办公室", "主任", "缪雁书", "岗位空缺期间公章由他人代管，管理失控", "中", "公章使用登记。"],
        [2, "办公室", "档案管理员", "缪雁书（兼）", "病历档案随意借阅", "低", "借阅审批登记。"],
        [3, "检验科", "科长", "宓知远", "检验结果出具不规范", "中", "双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("主任", "缪雁书", "岗位空缺期间公章由他人代管，管理失控", "Ⅱ级"),
        ("档案管理员", "缪雁书", "病历档案随意借阅", "Ⅲ级"),
        ("科长", "宓知远", "检验结果出具不规范", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDER_ACTING_FOR_VACANT", "HOLDER_ACTING_UNREAD"} & set(codes(got))


def test_a_blank_holder_with_a_remark_naming_the_caretaker_reads_as_before(tmp_path):
    """The vacancy said in the 备注 beside a blank 姓名 ('岗位暂缺，现由站长…负责'), not in the
    holder's cell: read as before (the caretaker from the remark), no info of this shape."""
    rows = [
        [TITLE],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, "站长", "冼楚航", "疫苗出入库不登记", "高", "冷链台账。", None],
        [2, "预防接种员", None, "接种费用私收不入账", "中", "收费公开。", "岗位暂缺，现由站长冼楚航负责"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("站长", "冼楚航", "疫苗出入库不登记", "Ⅰ级"),
        ("预防接种员", "冼楚航", "接种费用私收不入账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDER_ACTING_FOR_VACANT", "HOLDER_ACTING_UNREAD"} & set(codes(got))


def test_the_codes_are_catalogued():
    for code in ("HOLDER_ACTING_FOR_VACANT", "HOLDER_ACTING_UNREAD"):
        assert code in CATALOGUE and code in SHORT


# the 113th review's rows: a 公路管理段's list, its four posts held, two more cells after them
_ROAD = "XX县公路管理段岗位廉政风险防控一览表"
_ROAD_HEAD = ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
_ROAD_ROWS = [[1, "段领导", "段长", "羿琡澪", "工程发包个人说了算", "高", "集体研究。"],
              [2, "段领导", "副段长", "丌璈淯", "养护计划随意调整", "中", "计划公示。"],
              [3, "财务股", "出纳", "濮岚汐", "现金超限额", "低", "每日盘点。"],
              [4, "路政股", "路政员", "卞若岚", "巡查吃拿卡要", "中", "两人执法。"]]  # fmt: skip
_ROAD_HELD = [("段长", "羿琡澪", "工程发包个人说了算", "Ⅰ级"),
              ("副段长", "丌璈淯", "养护计划随意调整", "Ⅱ级"),
              ("出纳", "濮岚汐", "现金超限额", "Ⅲ级"),
              ("路政员", "卞若岚", "巡查吃拿卡要", "Ⅱ级")]  # fmt: skip


def _road(tmp_path: Path, cells: list[str]):
    rows = [[_ROAD], _ROAD_HEAD, *[r[:] for r in _ROAD_ROWS]]
    for i, (dept, cell) in enumerate(zip(("养护股", "路政股", "财务股"), cells, strict=False)):
        rows.append([5 + i, dept, "股长", cell, f"风险点{i}项目验收走过场", "高", "双人验收。"])
    return run(tmp_path, rows, ["A1:G1"])


def test_what_the_hundred_and_thirteenth_review_found_a_name_before_the_vacancy_holds(tmp_path):
    # '羿琡澪（岗位空缺）', '濮岚汐（本岗位暂缺）', '卞若岚（缺编）': a name written first is the
    # holder, as before; no stand-in, no warning
    got = _road(tmp_path, ["羿琡澪（岗位空缺）", "濮岚汐（本岗位暂缺）", "卞若岚（缺编）"])
    assert read(got) == sorted([*_ROAD_HELD,
        ("股长", "羿琡澪", "风险点0项目验收走过场", "Ⅰ级"),
        ("股长", "濮岚汐", "风险点1项目验收走过场", "Ⅰ级"),
        ("股长", "卞若岚", "风险点2项目验收走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDER_ACTING_UNREAD", "HOLDER_ACTING_FOR_VACANT"} & set(codes(got))
    no_errors(got)


def test_what_the_hundred_and_thirteenth_review_found_rare_surnames_run_onto_the_post(tmp_path):
    # '空缺（由副段长丌璈淯代管）', '空缺，暂由养护股股长丌璈淯兼任': a surname no list holds,
    # typed straight after the acting colleague's own post
    got = _road(tmp_path, ["空缺（由副段长丌璈淯代管）", "空缺，暂由养护股股长丌璈淯兼任"])
    assert read(got) == sorted([*_ROAD_HELD,
        ("股长", "丌璈淯", "风险点0项目验收走过场", "Ⅰ级"),
        ("股长", "丌璈淯", "风险点1项目验收走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert ("养护股", "股长", "丌璈淯") in depts(got) and ("路政股", "股长", "丌璈淯") in depts(got)
    assert "HOLDER_ACTING_UNREAD" not in codes(got)
    assert codes(got).count("HOLDER_ACTING_FOR_VACANT") == 1
    no_errors(got)


def test_what_the_hundred_and_thirteenth_review_found_other_wordings_of_a_stand_in(tmp_path):
    # '空岗，…' (空岗 the vacancy), '暂无（…兼）', a remark after the stand-in's clause, '暂管', '代'
    for i, cells in enumerate([
        [f"空岗，由副段长{GAP}丌璈淯代管", f"暂无（由副段长{GAP}丌璈淯兼）",
         f"空缺（由副段长{GAP}丌璈淯代管，待补充）"],
        ["空缺（由丌璈淯暂管）", "空缺（丌璈淯代）"],
    ]):  # fmt: skip
        got = _road(tmp_path / str(i), cells)
        acting = [("股长", "丌璈淯", f"风险点{n}项目验收走过场", "Ⅰ级") for n in range(len(cells))]
        assert read(got) == sorted([*_ROAD_HELD, *acting]), cells
        assert "HOLDER_ACTING_UNREAD" not in codes(got)
        assert codes(got).count("HOLDER_ACTING_FOR_VACANT") == 1
        no_errors(got)
