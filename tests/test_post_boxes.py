"""A list of one row a point whose 责任岗位 cell prints EVERY post of the unit behind a box, the
posts bearing the row's point ticked ('局长√　副局长□　办公室主任□　出纳√', '■院长⏎☐副院长⏎…'):
the row is a point of each ticked post, one form a post, its holder from a roster on the sheet
(a '职　务 | … ' over '姓　名 | …' block above, a small table under the list, '岗位人员：馆长　…；…'
in one cell) or none (对岗不对人). A row with no box ticked keeps its point on no post (a
warning naming the cell).

Not the published batch's table (a 县总工会's 认定表, '☑主席　□副主席 …', the roster above in
岗　位 / 姓　名 rows): a 县水务局's 机关, a 乡镇卫生院 and a 县图书馆, other posts, names, level words
(一级/二级/三级, 高/中/低, Ⅰ级/Ⅱ级/Ⅲ级), boxes after the word or before it, one cell a line or all
on one line, one or two heading rows, a type column; written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file. The look-alikes (boxes for the TYPE and the
LEVEL beside a plain post column, a card's label row offering posts with one ticked) read as
before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "认定表"):
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


def test_ticks_after_the_word_with_the_roster_above_in_two_rows(tmp_path):
    rows = [["XX县水务局机关廉政风险点认定表"],
            ["职　务", "局长", "副局长", "办公室主任", "出纳"],
            ["姓　名", "郗沐澜", "濮昀笙", "隗芊蔚", "笪景珩"],
            [],
            ["编号", "廉政风险点", "风险类型", "风险等级", "涉及岗位（在相应岗位后打√）", "防控措施"],
            [1, "水利工程项目招标中暗箱操作", "制度机制", "一级", "局长√　副局长√　办公室主任□　出纳□",
             "招标全程进入县公共资源交易平台。"],
            [2, "水资源费征收减免不按标准", "岗位职责", "二级", "局长□　副局长√　办公室主任□　出纳√",
             "减免事项集体研究并公示。"],
            [3, "办公用品采购虚开发票", "思想道德", "三级", "局长□　副局长□　办公室主任√　出纳□",
             "采购凭证双人签字，按月对账。"],
            ["注：打√的岗位为该风险点的责任岗位。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A9:F9"])
    assert read(got) == sorted([
        ("局长", "郗沐澜", "水利工程项目招标中暗箱操作", "Ⅰ级"),
        ("副局长", "濮昀笙", "水利工程项目招标中暗箱操作", "Ⅰ级"),
        ("副局长", "濮昀笙", "水资源费征收减免不按标准", "Ⅱ级"),
        ("出纳", "笪景珩", "水资源费征收减免不按标准", "Ⅱ级"),
        ("办公室主任", "隗芊蔚", "办公用品采购虚开发票", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POST_BOXES" in codes(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 5, c


def test_boxes_a_line_each_under_two_heading_rows_with_the_roster_below(tmp_path):
    rows = [["XX镇卫生院岗位廉政风险点一览表"],
            ["序号", "风险点", "风险等级", "责任岗位", "防控措施", None],
            [None, None, None, None, "事前防范", "事后监督"],
            [1, "药品采购收受回扣", "高", "■院长\n☐副院长\n■药房组长\n☐收费员",
             "药品统一在省平台采购。", "每季度抽查采购台账。"],
            [2, "收费不开票据截留现金", "中", "☐院长\n☐副院长\n☐药房组长\n■收费员",
             "收费系统自动开票。", "每日对账。"],
            [3, "绩效考核分配优亲厚友", "低", "■院长\n■副院长\n☐药房组长\n☐收费员",
             "绩效方案职工大会通过。", "分配结果公示。"],
            [],
            ["附：岗位人员名单"],
            ["岗位", "姓名"],
            ["院长", "阙泓毓"],
            ["副院长", "隗霁安"],
            ["药房组长", "濮澄霏"],
            ["收费员", "郗璟瑜"]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"]
    got = run(tmp_path, rows, merges, sheet="一览表")
    assert read(got) == sorted([
        ("院长", "阙泓毓", "药品采购收受回扣", "Ⅰ级"),
        ("药房组长", "濮澄霏", "药品采购收受回扣", "Ⅰ级"),
        ("收费员", "郗璟瑜", "收费不开票据截留现金", "Ⅱ级"),
        ("院长", "阙泓毓", "绩效考核分配优亲厚友", "Ⅲ级"),
        ("副院长", "隗霁安", "绩效考核分配优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_pairs_in_one_cell_name_the_holders(tmp_path):
    rows = [["XX县图书馆岗位廉政风险排查表"],
            ["岗位人员：馆长　笪沛霖；副馆长　阙婉清；采编部主任　郗若岚；会计　濮宸睿"],
            ["序号", "业务环节", "廉政风险点", "等级", "岗位（请在□内打☑）", "防控措施"],
            [1, "图书采购", "图书采购指定书商，收受回扣", "Ⅰ级", "☑馆长 □副馆长 ☑采编部主任 □会计",
             "采购公开招标，验收两人以上。"],
            [2, "经费报销", "虚列讲座劳务费", "Ⅱ级", "□馆长 ☑副馆长 □采编部主任 ☑会计",
             "劳务费按标准发放，签收留存。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"], sheet="排查表")
    assert read(got) == sorted([
        ("馆长", "笪沛霖", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("采编部主任", "郗若岚", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("副馆长", "阙婉清", "虚列讲座劳务费", "Ⅱ级"),
        ("会计", "濮宸睿", "虚列讲座劳务费", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_no_roster_reads_posts_and_a_row_ticked_nowhere_is_warned(tmp_path):
    rows = [["XX县图书馆岗位廉政风险排查表"],
            ["序号", "风险点", "风险等级", "责任岗位（可多选）", "防控措施"],
            [1, "图书采购指定书商，收受回扣", "高", "☑馆长　☐副馆长　☑采编部主任", "采购公开招标。"],
            [2, "古籍修复外包不比价", "中", "☐馆长　☐副馆长　☐采编部主任", "外包三家比价。"],
            [3, "读者押金挪作他用", "低", "☐馆长　☑副馆长　☐采编部主任", "押金专户管理。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"], sheet="排查表")
    assert read(got) == sorted([
        ("馆长", "", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("采编部主任", "", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("", "", "古籍修复外包不比价", "Ⅱ级"),
        ("副馆长", "", "读者押金挪作他用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    warned = got.issues[got.issues["code"] == "POST_BOXES_NONE_TICKED"]
    assert list(warned["cell"]) == ["D4"], got.issues.to_dict("records")


def test_boxes_for_the_type_and_the_level_beside_plain_posts_read_as_before(tmp_path):
    rows = [["XX县水务局岗位廉政风险防控一览表"],
            ["科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            ["办公室", "主任", "隗芊蔚", "公车私用", "□思想道德　☑制度机制　□岗位职责", "□高　☑中　□低",
             "公车统一调度。"],
            ["财务股", "出纳", "笪景珩", "坐支现金", "□思想道德　☑制度机制　☑岗位职责", "☑高　□中　□低",
             "收支两条线。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="一览表")
    assert read(got) == sorted([
        ("主任", "隗芊蔚", "公车私用", "Ⅱ级"),
        ("出纳", "笪景珩", "坐支现金", "Ⅰ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == ["制度机制风险", "制度机制风险;岗位职责风险"]
    no_errors(got)
    assert not codes(got) & {"POST_BOXES", "POST_BOXES_NONE_TICKED"}


def test_a_cards_label_row_offering_posts_with_one_ticked_reads_as_before(tmp_path):
    rows = [["XX镇卫生院岗位廉政风险防控卡"],
            ["姓　名", "阙泓毓", "岗　位", "☑院长　□副院长　□药房组长"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "药品采购收受回扣", "高", "统一在省平台采购。"],
            [2, "大型设备购置不经集体研究", "中", "院务会集体决策。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"], sheet="防控卡")
    assert read(got) == sorted([
        ("院长", "阙泓毓", "药品采购收受回扣", "Ⅰ级"),
        ("院长", "阙泓毓", "大型设备购置不经集体研究", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not codes(got) & {"POST_BOXES", "POST_BOXES_NONE_TICKED"}


def test_the_codes_are_catalogued():
    for code in ("POST_BOXES", "POST_BOXES_NONE_TICKED"):
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["POST_BOXES"][0] == "info"
    assert CATALOGUE["POST_BOXES_NONE_TICKED"][0] == "warning"


def test_what_the_eighty_sixth_review_found(tmp_path):
    """'□' as a bullet before every post of the column, none ticked anywhere: read as written
    (no post is wiped, no warning a row)."""
    rows = [["XX县林草局廉政风险点认定表"],
            ["编号", "廉政风险点", "风险类型", "风险等级", "责任岗位", "防控措施"],
            [1, "造林项目验收走过场", "岗位职责", "一级", "□局长　□副局长", "验收集体研究。"],
            [2, "林木采伐许可违规审批", "制度机制", "一级", "□副局长　□资源股股长", "审批公示。"],
            [3, "生态护林员选聘优亲厚友", "思想道德", "二级", "□资源股股长　□出纳", "选聘公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert all(t.strip() for t in got.risks["title"])
    assert "POST_BOXES_NONE_TICKED" not in codes(got) and "POST_BOXES" not in codes(got)
