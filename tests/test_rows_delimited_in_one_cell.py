"""A table saved as text and pasted into a sheet without 分列: the heading line and every record
whole in one cell down one column, the fields parted by ASCII ',' (or a tab, or '|'). Each line
is parted as a .csv line is (a quoted field keeps its commas, a full-width '，' is text) and read
as the table (info ROWS_DELIMITED_IN_ONE_CELL); a record of another number of fields is kept as
far as it goes and said by its cell (warning ROW_FIELDS_UNEVEN).

Not the published batch's file (a 市场监督管理局 with 科室/岗位/姓名, 一级/二级/三级, commas only,
the text in column A): a county's 交通运输局 and a 乡镇 水务站, other posts, names and level words
(高/中/低, ★), tabs, '|' and quoted fields, the text in column B, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"Sheet1": rows}, {"Sheet1": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_comma_records_down_column_a_under_a_merged_title(tmp_path):
    rows = [
        ["XX县交通运输局岗位廉政风险防控台账"],
        ["序号,股室,岗位,姓名,风险点,风险等级,防控措施"],
        ["1,路政股,股长,郗望舒,超限车辆处罚随意，以罚代管,高,处罚标准上墙，案卷月评"],
        ["2,路政股,路政员,郗望舒,路产赔偿收费不开票,中,票据统一领用核销"],
        ["3,运管股,股长,詹澈远,道路运输许可把关不严,中,许可材料双人审核"],
        ["4,运管股,稽查员,蒯雨桐,查扣车辆私自放行,高,放行须分管领导签批"],
        ["注：本表由各股室填报，办公室汇总。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "郗望舒", "超限车辆处罚随意，以罚代管", "Ⅰ级"),
        ("路政员", "郗望舒", "路产赔偿收费不开票", "Ⅱ级"),
        ("股长", "詹澈远", "道路运输许可把关不严", "Ⅱ级"),
        ("稽查员", "蒯雨桐", "查扣车辆私自放行", "Ⅰ级"),
    ])  # fmt: skip
    assert "ROWS_DELIMITED_IN_ONE_CELL" in codes(got)
    assert "ROW_FIELDS_UNEVEN" not in codes(got)
    assert "FILE_NO_FORM" not in codes(got)
    no_errors(got)


def test_tab_records_in_column_b_with_two_title_lines(tmp_path):
    rows = [
        ["", "XX镇水务站"],
        ["", "岗位廉政风险点排查表"],
        ["", "岗位\t责任人\t廉政风险点\t风险等级\t防控措施"],
        ["", "站长\t滕沐川\t小型水利工程验收走过场\t★★★\t验收邀请村民代表参加"],
        ["", "站长\t滕沐川\t抗旱物资分配优亲厚友\t★★\t分配名单张榜公示"],
        ["", "水管员\t訾晚晴\t水费收缴截留挪用\t★\t收费日清日结"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("站长", "滕沐川", "小型水利工程验收走过场", "Ⅰ级"),
        ("站长", "滕沐川", "抗旱物资分配优亲厚友", "Ⅱ级"),
        ("水管员", "訾晚晴", "水费收缴截留挪用", "Ⅲ级"),
    ])  # fmt: skip
    assert "ROWS_DELIMITED_IN_ONE_CELL" in codes(got)
    no_errors(got)


def test_quoted_fields_keep_their_commas(tmp_path):
    rows = [
        ["XX县交通运输局执法大队廉政风险一览表"],
        ["岗位,姓名,风险点,风险等级,防控措施"],
        ['大队长,蒯雨桐,"案件查处,说情打招呼",高,"说情登记,全程留痕"'],
        ['执法员,甄若溪,"现场检查不亮证,不记录",低,执法记录仪全程录像'],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("大队长", "蒯雨桐", "案件查处,说情打招呼", "Ⅰ级"),
        ("执法员", "甄若溪", "现场检查不亮证,不记录", "Ⅲ级"),
    ])  # fmt: skip
    assert "ROW_FIELDS_UNEVEN" not in codes(got)
    no_errors(got)


def test_pipes_and_a_short_record_said_by_its_cell(tmp_path):
    rows = [
        ["XX县交通运输局机关岗位廉政风险表"],
        ["序号|岗位|姓名|风险点|风险等级|防控措施|备注"],
        ["1|财务股长|詹澈远|专项资金拨付不按进度|高|资金拨付集体研究|"],
        ["2|出纳|甄若溪|现金保管不善|中"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("财务股长", "詹澈远", "专项资金拨付不按进度", "Ⅰ级"),
        ("出纳", "甄若溪", "现金保管不善", "Ⅱ级"),
    ])  # fmt: skip
    uneven = got.issues[got.issues["code"] == "ROW_FIELDS_UNEVEN"]
    assert uneven["cell"].tolist() == ["A4"]
    assert "ROWS_DELIMITED_IN_ONE_CELL" in codes(got)
    no_errors(got)


def test_a_one_column_list_of_prose_with_commas_is_no_table(tmp_path):
    rows = [
        ["XX县交通运输局廉政风险防控工作要求"],
        ["一、各股室要对照岗位职责,逐项查找廉政风险点,明确风险等级,制定防控措施。"],
        ["二、风险点要具体,防控措施要管用,责任要落实到人,不得照抄照搬。"],
        ["三、排查结果经局党组审定后,在局内公示,接受干部职工监督。"],
    ]
    got = run(tmp_path, rows)
    assert got.risks.empty
    assert not {"ROWS_DELIMITED_IN_ONE_CELL", "ROW_FIELDS_UNEVEN"} & codes(got)


def test_a_note_with_commas_under_a_real_table_stays_a_note(tmp_path):
    rows = [
        ["XX镇水务站岗位廉政风险点排查表"],
        ["岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        ["站长", "滕沐川", "小型水利工程验收走过场", "高", "验收邀请村民代表参加"],
        ["水管员", "訾晚晴", "水费收缴截留挪用", "低", "收费日清日结"],
        ["说明：风险等级,分高,中,低,三级,防控措施,每季度检查一次。"],
    ]
    got = run(tmp_path, rows, ["A5:E5"])
    assert read(got) == sorted([
        ("站长", "滕沐川", "小型水利工程验收走过场", "Ⅰ级"),
        ("水管员", "訾晚晴", "水费收缴截留挪用", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"ROWS_DELIMITED_IN_ONE_CELL", "ROW_FIELDS_UNEVEN"} & codes(got)
    no_errors(got)


def test_the_new_codes_are_catalogued():
    for code in ("ROWS_DELIMITED_IN_ONE_CELL", "ROW_FIELDS_UNEVEN"):
        assert code in CATALOGUE and code in SHORT
