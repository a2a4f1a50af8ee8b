"""A list whose every record takes two lines under a heading of two lines, each heading line
naming the cells of the record line in its place: the upper line '序号 | 科室 | 岗位 | 廉政风险点 |
风险类型' over the point's 科室, post, text and type, the lower '（序号） | 姓名 | 风险等级 | 防控措施' over
the holder's name, the level and the measures. Each pair of lines is one record with the roles of
both; a heading of a group merged over its sub-headings ('风险等级' over '高 | 中 | 低', '责任人' over
'姓名 | 职务') stays a heading over one-line records.

Not the published batch's file (a county's 库区移民后期扶持办公室, 办领导/规划项目股…, 主任/副主任/股长,
``一级/二级/三级``, 序号 merged down and 防控措施 merged over two columns): a 县林业和草原局, a 乡镇
卫生院 and a 县市场监督管理局所, other posts, names and level words (高/中/低, ★★★/★★/★,
Ⅰ级/Ⅱ级/Ⅲ级), with no 序号, the type on the lower line, the lower line's cells in another order
and an extra 备注 column, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "登记表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def test_seq_merged_down_over_each_record(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险登记表"],
            ["序号", "股室", "职务", "风险点", "风险类别", ""],
            ["", "责任人", "风险级别", "防范措施", "", ""],
            [1, "局领导", "局长", "林地征占用审核把关不严，为亲友违规办理", "岗位职责", ""],
            ["", "仝霁川", "高", "林地审核事项经党组会集体研究，结果公示。", "", ""],
            [2, "资源股", "股长", "林木采伐许可证超限额核发", "业务流程", ""],
            ["", "郗澜岚", "中", "采伐限额台账管理，系统留痕。", "", ""],
            [3, "资源股", "股长", "伐区验收走过场", "制度机制", ""],
            ["", "郗澜岚", "低", "验收两人以上到场，留存影像。", "", ""]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "D3:E3", "A4:A5", "D5:E5", "A6:A7", "D7:E7", "A8:A9", "D9:E9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "仝霁川", "林地征占用审核把关不严，为亲友违规办理", "Ⅰ级"),
        ("股长", "郗澜岚", "林木采伐许可证超限额核发", "Ⅱ级"),
        ("股长", "郗澜岚", "伐区验收走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert got.risks["department"].tolist().count("资源股") == 2
    assert "采伐限额台账管理，系统留痕。" in got.risks["measures"].tolist()
    assert "RECORDS_IN_TWO_LINES" in codes(got)
    assert not errors(got), errors(got)


def test_no_seq_column_stars_and_a_note_under_it(tmp_path):
    rows = [["XX镇卫生院岗位廉政风险防控登记表"],
            ["科室", "岗位", "廉政风险点", "风险类型"],
            ["姓名", "风险等级", "防控措施", ""],
            ["院办", "院长", "药品耗材采购中收受回扣", "岗位职责"],
            ["扈沛昀", "★★★", "采购纳入县医共体统一平台。", ""],
            ["收费室", "收费员", "收费不开票据，截留现金", "业务流程"],
            ["逯澄远", "★★", "每日对账，票款一致。", ""],
            ["注：每个风险点占上下两行，上行填科室、岗位、风险点和类型，下行填姓名、等级和措施。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A8:D8"])
    assert read(got) == sorted([
        ("院长", "扈沛昀", "药品耗材采购中收受回扣", "Ⅰ级"),
        ("收费员", "逯澄远", "收费不开票据，截留现金", "Ⅱ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == ["业务流程风险", "岗位职责风险"]
    assert "RECORDS_IN_TWO_LINES" in codes(got)
    assert not errors(got), errors(got)


def test_type_and_level_on_the_lower_line_in_another_order(tmp_path):
    rows = [["XX县市场监督管理局城关所岗位廉政风险排查表"],
            ["编号", "所在科室", "岗位名称", "廉政风险点", "风险类型", "备注"],
            ["", "责任人", "防控措施", "风险等级", "", ""],
            [1, "城关所", "所长", "行政处罚案件降格处理，以罚代管", "制度机制", ""],
            ["", "宓瀚之", "处罚案件集体讨论，法制审核。", "Ⅰ级", "", ""],
            [2, "城关所", "执法员", "食品经营许可现场核查走过场", "岗位职责", ""],
            ["", "廉书屹", "核查两人以上，现场拍照上传。", "Ⅲ级", "", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "宓瀚之", "行政处罚案件降格处理，以罚代管", "Ⅰ级"),
        ("执法员", "廉书屹", "食品经营许可现场核查走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert sorted(got.risks["measures"]) == [
        "处罚案件集体讨论，法制审核。",
        "核查两人以上，现场拍照上传。",
    ]
    assert "RECORDS_IN_TWO_LINES" in codes(got)
    assert not errors(got), errors(got)


def test_type_on_the_lower_line(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险登记表"],
            ["序号", "股室", "岗位", "廉政风险点", "风险等级"],
            ["", "姓名", "风险类型", "防控措施", ""],
            [1, "造林股", "技术员", "造林验收虚报成活率", "二级"],
            ["", "欧阳澈", "业务流程", "验收抽查比例不低于百分之二十。", ""],
            [2, "办公室", "会计", "报销票据审核不严", "三级"],
            ["", "阙沁禾", "岗位职责", "票据双人复核，月度对账。", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "D3:E3", "D5:E5", "D7:E7"])
    assert read(got) == sorted([
        ("技术员", "欧阳澈", "造林验收虚报成活率", "Ⅱ级"),
        ("会计", "阙沁禾", "报销票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == ["业务流程风险", "岗位职责风险"]
    assert "RECORDS_IN_TWO_LINES" in codes(got)
    assert not errors(got), errors(got)


def test_a_group_merged_over_sub_headings_heads_one_line_records(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险防控一览表"],
            ["序号", "责任人", "", "廉政风险点", "风险等级", "", "", "防控措施"],
            ["", "姓名", "职务", "", "高", "中", "低", ""],
            [1, "仝霁川", "局长", "林地征占用审核把关不严", "√", "", "", "党组会集体研究"],
            [2, "郗澜岚", "股长", "林木采伐许可证超限额核发", "", "√", "", "系统留痕"],
            [3, "欧阳澈", "技术员", "造林验收虚报成活率", "", "", "√", "抽查复核"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:C2", "D2:D3", "E2:G2", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "仝霁川", "林地征占用审核把关不严", "Ⅰ级"),
        ("股长", "郗澜岚", "林木采伐许可证超限额核发", "Ⅱ级"),
        ("技术员", "欧阳澈", "造林验收虚报成活率", "Ⅲ级"),
    ])  # fmt: skip
    assert "RECORDS_IN_TWO_LINES" not in codes(got)
    assert not errors(got), errors(got)


def test_a_row_of_more_measures_under_a_point_is_no_lower_line(tmp_path):
    rows = [["XX镇卫生院岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "院办", "院长", "扈沛昀", "药品耗材采购中收受回扣", "高", "1.采购纳入统一平台"],
            ["", "", "", "", "", "", "2.采购结果院务会通报"],
            [2, "收费室", "收费员", "逯澄远", "收费不开票据，截留现金", "中", "每日对账"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("院长", "扈沛昀", "药品耗材采购中收受回扣", "Ⅰ级"),
        ("收费员", "逯澄远", "收费不开票据，截留现金", "Ⅱ级"),
    ])  # fmt: skip
    assert sorted(got.risks["measures"]) == ["1.采购纳入统一平台\n2.采购结果院务会通报", "每日对账"]
    assert "RECORDS_IN_TWO_LINES" not in codes(got)
    assert not errors(got), errors(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["RECORDS_IN_TWO_LINES"][0] == "info" and SHORT["RECORDS_IN_TWO_LINES"]


def test_what_the_hundred_and_first_review_found_a_record_without_its_lower_line(tmp_path):
    rows = [["XX镇卫生院岗位廉政风险防控登记表"],
            ["序号", "科室", "岗位", "廉政风险点", "风险类型"],
            ["", "姓名", "风险等级", "防控措施", ""],
            [1, "院办", "院长", "药品耗材采购中收受回扣", "岗位职责"],
            ["", "扈沛昀", "高", "采购纳入统一平台。", ""],
            [2, "收费室", "收费员", "收费不开票据截留现金", "业务流程"],
            [3, "药剂科", "药剂员", "处方调配中私自换药", "岗位职责"],
            ["", "宗霁霏", "低", "调配与复核分设两人。", ""],
            [4, "后勤科", "科长", "维修工程虚报工程量", "制度机制"],
            ["", "滕沛琰", "中", "工程量由第三方审核。", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("院长", "扈沛昀", "药品耗材采购中收受回扣", "Ⅰ级"),
        ("收费员", "", "收费不开票据截留现金", ""),
        ("药剂员", "宗霁霏", "处方调配中私自换药", "Ⅲ级"),
        ("科长", "滕沛琰", "维修工程虚报工程量", "Ⅱ级"),
    ])  # fmt: skip
    assert "RECORDS_IN_TWO_LINES" in codes(got)
    # (the record without its lower line: no level, said at its cell, as for a last record)
    assert [(e["code"], e["cell"]) for e in errors(got)] == [("LEVEL_BLANK", "D6")]


def test_what_the_hundred_and_first_review_found_a_lower_line_of_blank_measures(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险登记表"],
            ["序号", "股室", "职务", "风险点", "风险类别"],
            ["", "责任人", "风险级别", "防范措施", ""],
            [1, "局领导", "局长", "林地征占用审核把关不严", "岗位职责"],
            ["", "仝霁川", "高", "经党组会集体研究，结果公示。", ""],
            [2, "资源股", "股长", "林木采伐许可证超限额核发", "业务流程"],
            ["", "郗澜岚", "中", None, ""],
            [3, "资源股", "股长", "伐区验收走过场", "制度机制"],
            ["", "郗澜岚", "低", "两人以上到场，留存影像。", ""]]  # fmt: skip
    merges = ["A1:E1", "A2:A3", "D3:E3", "A4:A5", "D5:E5", "A6:A7", "A8:A9", "D9:E9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "仝霁川", "林地征占用审核把关不严", "Ⅰ级"),
        ("股长", "郗澜岚", "林木采伐许可证超限额核发", "Ⅱ级"),
        ("股长", "郗澜岚", "伐区验收走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "RECORDS_IN_TWO_LINES" in codes(got)
    assert not errors(got), errors(got)
    assert [i["cell"] for i in got.issues.to_dict("records") if i["code"] == "MEASURES_BLANK"] == [
        "D7"
    ]
