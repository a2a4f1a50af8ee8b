"""One row a point, its holders listed one a line in the 责任人 cell ('经理　邰澍铭⏎财务主管　甯沅芷',
post then name, or names alone), its 风险等级 cell giving their levels one a line with no post
before them ('Ⅰ级⏎Ⅱ级', '高⏎中'), paired by order: the point is each listed holder's, at the level
on his line; a single level is every holder's; lines that do not match the holders in number give
each the first level and a warning naming the cell (``HOLDER_LEVELS_UNPAIRED``).

Not the published batch's file (a 牧民专业合作社联合社 with 理事长/监事长/会计/出纳 and 一级/二级/三级
in one heading row): a county 城乡供水有限公司 and a 社区卫生服务中心, other posts, names and level
words, two heading rows, an extra 备注 column, names without posts, written with xlsxwriter
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


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = [
    ["沭阳县城乡供水有限公司廉洁风险点排查表", None, None, None, None, None],
    ["序号", "廉洁风险点", "责任人", "风险等级", "防控措施", "备注"],
    [1, "管网改造工程验收把关不严，虚增工程量", "经理　邰澍铭\n工程部主管　鞠泠沣",
     "Ⅰ级\nⅡ级", "工程量由审计公司复核，验收三方签字。", None],
    [2, "水表抄录不实，人情减免水费", "抄表员　瞿岚昉", "Ⅱ级", "抄表数据每月随机抽查复抄。", "新增"],
    [3, "备用金挪作他用，公款私存", "财务主管　甯沅芷\n经理　邰澍铭\n出纳　宓翎澈",
     "Ⅱ级\nⅠ级\nⅢ级", "备用金月末清零，大额支出走对公账户。", None],
    ["注：风险点有几位责任人的，风险等级按责任人顺序逐行填写。", None, None, None, None, None],
]  # fmt: skip


def test_post_and_name_lines_take_their_own_levels_by_order(tmp_path):
    got = run(tmp_path, WATER, ["A1:F1", "A6:F6"])
    assert read(got) == sorted([
        ("经理", "邰澍铭", "管网改造工程验收把关不严，虚增工程量", "Ⅰ级"),
        ("工程部主管", "鞠泠沣", "管网改造工程验收把关不严，虚增工程量", "Ⅱ级"),
        ("抄表员", "瞿岚昉", "水表抄录不实，人情减免水费", "Ⅱ级"),
        ("财务主管", "甯沅芷", "备用金挪作他用，公款私存", "Ⅱ级"),
        ("经理", "邰澍铭", "备用金挪作他用，公款私存", "Ⅰ级"),
        ("出纳", "宓翎澈", "备用金挪作他用，公款私存", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


CLINIC = [
    ["城南街道社区卫生服务中心廉政风险防控一览表", None, None, None, None],
    ["科室", "风险点", "责任人员", "风险评估", "防控措施"],
    [None, None, None, "等级", None],
    ["药剂科", "药品入库验收不严，收受供货方财物", "滕沛琰\n宗霁霏", "高\n中",
     "入库双人验收，供货方签署廉洁承诺书。"],
    ["收费室", "收费不开票据，截留现金", "巫岑渝", "中", "收费日结，票款每日核对。"],
    ["药剂科", "处方调配中私自更换药品", "宗霁霏\n滕沛琰", "低\n高", "调配与复核分设两人。"],
]  # fmt: skip


def test_name_lines_beside_high_middle_low_two_heading_rows(tmp_path):
    got = run(tmp_path, CLINIC, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "E2:E3"])
    r = read(got)
    assert [x[1:] for x in r] == sorted([
        ("滕沛琰", "药品入库验收不严，收受供货方财物", "Ⅰ级"),
        ("宗霁霏", "药品入库验收不严，收受供货方财物", "Ⅱ级"),
        ("巫岑渝", "收费不开票据，截留现金", "Ⅱ级"),
        ("宗霁霏", "处方调配中私自更换药品", "Ⅲ级"),
        ("滕沛琰", "处方调配中私自更换药品", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_one_level_for_all_the_holders_of_a_line_cell(tmp_path):
    rows = [list(r) for r in WATER]
    rows[2] = [1, "管网改造工程验收把关不严，虚增工程量", "经理　邰澍铭\n工程部主管　鞠泠沣", "Ⅰ级",
               "工程量由审计公司复核，验收三方签字。", None]  # fmt: skip
    got = run(tmp_path, rows[:5], ["A1:F1"])
    assert ("经理", "邰澍铭", "管网改造工程验收把关不严，虚增工程量", "Ⅰ级") in read(got)
    assert ("工程部主管", "鞠泠沣", "管网改造工程验收把关不严，虚增工程量", "Ⅰ级") in read(got)
    assert len(read(got)) == 6
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


def test_levels_not_matching_the_holders_take_the_first_and_warn(tmp_path):
    rows = [list(r) for r in WATER]
    rows[4] = [3, "备用金挪作他用，公款私存", "财务主管　甯沅芷\n出纳　宓翎澈", "Ⅱ级\nⅠ级\nⅢ级",
               "备用金月末清零，大额支出走对公账户。", None]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert ("财务主管", "甯沅芷", "备用金挪作他用，公款私存", "Ⅱ级") in read(got)
    assert ("出纳", "宓翎澈", "备用金挪作他用，公款私存", "Ⅱ级") in read(got)
    issues = got.issues
    hit = issues[issues["code"] == "HOLDER_LEVELS_UNPAIRED"]
    assert list(hit["cell"]) == ["D5"], issues.to_dict("records")
    assert list(hit["severity"]) == ["warning"]
    assert "Ⅱ级⏎Ⅰ级⏎Ⅲ级" in hit["message"].iloc[0] and "2 人" in hit["message"].iloc[0]
    no_errors(got)


def test_name_lines_beside_more_levels_take_the_first_and_warn(tmp_path):
    rows = [list(r) for r in CLINIC]
    rows[5] = [
        "药剂科",
        "处方调配中私自更换药品",
        "宗霁霏\n滕沛琰",
        "低\n高\n中",
        "调配与复核分设两人。",
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "E2:E3"])
    r = [x[1:] for x in read(got)]
    assert ("宗霁霏", "处方调配中私自更换药品", "Ⅲ级") in r
    assert ("滕沛琰", "处方调配中私自更换药品", "Ⅲ级") in r
    assert len(r) == 5
    hit = got.issues[got.issues["code"] == "HOLDER_LEVELS_UNPAIRED"]
    assert list(hit["cell"]) == ["D6"], got.issues.to_dict("records")
    no_errors(got)


def test_a_second_line_of_phone_is_one_holder(tmp_path):
    """'药剂科主任　滕沛琰⏎13905271468': one holder and his phone, not two holders (the two lines
    of the level cell beside him are not paired with anyone: its first is his, as before)."""
    rows = [
        ["城南街道社区卫生服务中心廉政风险防控一览表", None, None, None],
        ["岗位", "风险点", "责任人", "风险等级"],
        ["药剂科主任", "药品入库验收不严，收受供货方财物", "药剂科主任　滕沛琰\n13905271468", "高\n中"],
        ["收费员", "收费不开票据，截留现金", "巫岑渝\n13862075519", "中"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("药剂科主任", "滕沛琰", "药品入库验收不严，收受供货方财物", "Ⅰ级"),
        ("收费员", "巫岑渝", "收费不开票据，截留现金", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


def test_a_second_line_of_department_is_no_second_holder(tmp_path):
    """'药剂科主任　滕沛琰⏎药剂科': the second line names his 科室, no holder of its own."""
    rows = [
        ["城南街道社区卫生服务中心廉政风险防控一览表", None, None, None],
        ["岗位", "风险点", "责任人", "风险等级"],
        ["药剂科主任", "药品入库验收不严，收受供货方财物", "药剂科主任　滕沛琰\n药剂科", "高\n中"],
        ["收费员", "收费不开票据，截留现金", "巫岑渝", "中"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    r = read(got)
    assert len(r) == 2 and {x[3] for x in r} == {"Ⅰ级", "Ⅱ级"}, r
    assert not any(x[1] == "药剂科" for x in r), r
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


def test_a_level_and_its_gloss_on_two_lines_is_one_level(tmp_path):
    rows = [list(r) for r in CLINIC]
    rows[4] = [
        "收费室",
        "收费不开票据，截留现金",
        "巫岑渝",
        "中\n（较高）",
        "收费日结，票款每日核对。",
    ]
    rows[3] = ["药剂科", "药品入库验收不严，收受供货方财物", "滕沛琰\n宗霁霏", "高\n（重点）",
               "入库双人验收，供货方签署廉洁承诺书。"]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "E2:E3"])
    r = [x[1:] for x in read(got)]
    assert ("巫岑渝", "收费不开票据，截留现金", "Ⅱ级") in r
    assert ("滕沛琰", "药品入库验收不严，收受供货方财物", "Ⅰ级") in r
    assert ("宗霁霏", "药品入库验收不严，收受供货方财物", "Ⅰ级") in r
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


def test_the_new_code_is_catalogued():
    assert CATALOGUE["HOLDER_LEVELS_UNPAIRED"][0] == "warning"
    assert SHORT["HOLDER_LEVELS_UNPAIRED"]


def _clinic_rows(cells: list[tuple[str, str]]) -> list[list]:
    rows: list[list] = [
        ["城南街道社区卫生服务中心廉政风险防控一览表", None, None, None, None],
        ["序号", "风险点", "责任人", "风险等级", "防控措施"],
    ]
    for i, (held, level) in enumerate(cells, 1):
        rows.append([i, f"风险点{'甲乙丙丁戊'[i - 1]}收受财物", held, level, "双人验收"])
    return rows


def test_what_the_hundred_and_first_review_found_name_then_post_in_brackets(tmp_path):
    rows = _clinic_rows(
        [("滕沛琰（主任）\n宗霁霏（副主任）", "高\n中"), ("巫岑渝（收费员）", "中")]
    )
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "滕沛琰", "风险点甲收受财物", "Ⅰ级"),
        ("副主任", "宗霁霏", "风险点甲收受财物", "Ⅱ级"),
        ("收费员", "巫岑渝", "风险点乙收受财物", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


def test_what_the_hundred_and_first_review_found_post_glued_to_the_name(tmp_path):
    rows = _clinic_rows([("主任滕沛琰\n副主任宗霁霏", "高\n中"), ("巫岑渝", "中")])
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "滕沛琰", "风险点甲收受财物", "Ⅰ级"),
        ("副主任", "宗霁霏", "风险点甲收受财物", "Ⅱ级"),
        ("", "巫岑渝", "风险点乙收受财物", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


def test_what_the_hundred_and_first_review_found_a_phone_line_under_the_names(tmp_path):
    rows = _clinic_rows([("滕沛琰\n宗霁霏\n13905271468", "高\n中"), ("巫岑渝", "中")])
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "滕沛琰", "风险点甲收受财物", "Ⅰ级"),
        ("", "宗霁霏", "风险点甲收受财物", "Ⅱ级"),
        ("", "巫岑渝", "风险点乙收受财物", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)


def test_what_the_hundred_and_first_review_found_glossed_or_numbered_levels(tmp_path):
    for level in ("Ⅰ级（高）\nⅡ级（中）", "1.高\n2.中"):
        rows = _clinic_rows([("主任　滕沛琰\n副主任　宗霁霏", level), ("巫岑渝", "Ⅱ级（中）")])
        got = run(tmp_path / str(len(level)), rows, ["A1:E1"])
        assert read(got) == sorted([
            ("主任", "滕沛琰", "风险点甲收受财物", "Ⅰ级"),
            ("副主任", "宗霁霏", "风险点甲收受财物", "Ⅱ级"),
            ("", "巫岑渝", "风险点乙收受财物", "Ⅱ级"),
        ]), level  # fmt: skip
        no_errors(got)
        assert "HOLDER_LEVELS_UNPAIRED" not in codes(got)
        assert "LEVEL_UNKNOWN" not in codes(got)
