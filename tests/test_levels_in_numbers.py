"""A list with no level column whose 序号 cells carry each row's level after the number
('1（高）', '2【Ⅱ级】', '3★★', '4-二级风险'), with a note under the list saying so or none: each
row takes that level (one info LEVEL_IN_NUMBERS naming the column), the 序号 staying its number.
A bracket that is no level ('1（2）' a sub-number, '3（制度）' a type word) and a list with its own
level column are read as before.

Not the published batch's list (a 县统计局's 一览表, ``1（一级）`` in full-width brackets over a
``注：序号后括号内为该风险点的风险等级`` line, 股室 and 岗位/姓名 merged per person): a 县医疗保障局's
and a 乡镇卫生院's lists, other posts and names, half-width and square brackets, 高/中/低, Ⅰ级,
stars and a level after a dash, post and name in one cell, two heading rows and an extra column;
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


TITLE = ["XX县医疗保障局岗位廉政风险点清单"]


def test_half_width_brackets_high_middle_low_with_a_note(tmp_path):
    rows = [TITLE,
            ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"],
            ["1(高)", "基金监管股", "股长", "闵霁澜", "飞行检查前向定点医院通风报信", "检查名单随机抽取，全程记录"],
            ["2(中)", "基金监管股", "股长", "闵霁澜", "违规骗保案件查处降格处理", "集体审理，结果公开"],
            ["3(中)", "待遇保障股", "经办员", "隗澍棠", "慢特病认定标准把握不严", "双人复核，定期抽查"],
            ["4(低)", "待遇保障股", "经办员", "隗澍棠", "报销材料受理不一次性告知", "执行一次性告知制度"],
            ["注：序号后括号内为风险等级（高、中、低）。"],
            ["制表：", None, "审核：", None, "2025年8月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("股长", "闵霁澜", "飞行检查前向定点医院通风报信", "Ⅰ级"),
        ("股长", "闵霁澜", "违规骗保案件查处降格处理", "Ⅱ级"),
        ("经办员", "隗澍棠", "慢特病认定标准把握不严", "Ⅱ级"),
        ("经办员", "隗澍棠", "报销材料受理不一次性告知", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_IN_NUMBERS"]
    assert list(said["cell"]) == ["A3"]
    assert "序号" in said["message"].iloc[0]
    assert not errors(got)


def test_two_heading_rows_post_and_name_in_one_cell_square_brackets_no_note(tmp_path):
    rows = [TITLE,
            ["编号", "责任人", "廉政风险点", "风险类型", "防控措施"],
            [None, "职务及姓名", None, None, None],
            ["1【Ⅰ级】", "局长　褚昀溪", "定点医药机构准入把关不严", "岗位职责", "准入集体评审"],
            ["2【Ⅱ级】", "局长　褚昀溪", "医保目录外项目违规支付", "制度机制", "系统智能审核"],
            ["3【Ⅲ级】", "出纳　阙澄宁", "基金支付不按程序审批", "制度机制", "支付双人双签"],
            ["4【Ⅱ级】", "出纳　阙澄宁", "坐收坐支医保资金", "思想道德", "专户管理，按月对账"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "C2:C3", "D2:D3", "E2:E3"])
    assert read(got) == sorted([
        ("局长", "褚昀溪", "定点医药机构准入把关不严", "Ⅰ级"),
        ("局长", "褚昀溪", "医保目录外项目违规支付", "Ⅱ级"),
        ("出纳", "阙澄宁", "基金支付不按程序审批", "Ⅲ级"),
        ("出纳", "阙澄宁", "坐收坐支医保资金", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_IN_NUMBERS"]
    assert len(said) == 1 and "编号" in said["message"].iloc[0]
    assert not errors(got)


def test_stars_and_a_level_after_a_dash_with_an_extra_column(tmp_path):
    rows = [["XX镇卫生院岗位廉政风险排查表"],
            ["序号", "岗位", "姓名", "工作环节", "风险点", "防控措施"],
            ["1★★★", "院长", "佘沅芷", "药品采购", "收受医药代表回扣", "阳光采购，集体议价"],
            ["2★★", "院长", "佘沅芷", "人事招聘", "招聘中优亲厚友", "公开招聘，纪检全程监督"],
            ["3-二级风险", "药房管理员", "戚珩澈", "药品入库", "入库验收把关不严", "双人验收签字"],
            ["4-三级风险", "药房管理员", "戚珩澈", "药品盘点", "盘点走过场，账实不符", "按月盘点，院办抽查"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("院长", "佘沅芷", "收受医药代表回扣", "Ⅰ级"),
        ("院长", "佘沅芷", "招聘中优亲厚友", "Ⅱ级"),
        ("药房管理员", "戚珩澈", "入库验收把关不严", "Ⅱ级"),
        ("药房管理员", "戚珩澈", "盘点走过场，账实不符", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_IN_NUMBERS" in codes(got)
    assert not errors(got)


def test_a_level_column_wins_over_a_bracket_in_the_number(tmp_path):
    # the list has its own level column: the 序号's bracket is not read (as before)
    rows = [TITLE,
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["1（一级）", "稽核员", "甄沐阳", "稽核数据选择性上报", "二级", "数据全量留痕"],
            ["2（二级）", "稽核员", "甄沐阳", "稽核发现问题不移交", "二级", "问题台账销号管理"],
            ["3（一级）", "稽核员", "甄沐阳", "接受被稽核单位宴请", "一级", "签订廉洁承诺书"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("稽核员", "甄沐阳", "稽核数据选择性上报", "Ⅱ级"),
        ("稽核员", "甄沐阳", "稽核发现问题不移交", "Ⅱ级"),
        ("稽核员", "甄沐阳", "接受被稽核单位宴请", "Ⅰ级"),
    ])  # fmt: skip
    assert "LEVEL_IN_NUMBERS" not in codes(got)
    assert not errors(got)


def test_sub_numbers_and_type_words_in_brackets_are_no_levels(tmp_path):
    # '1（1）' a sub-number and '3（制度）' a type word: no level, blank as before
    for marks in (["1（1）", "1（2）", "2（1）"], ["1（制度）", "2（岗位）", "3（制度）"]):
        rows = [TITLE,
                ["序号", "岗位", "姓名", "风险点", "防控措施"],
                [marks[0], "会计", "宓婉清", "报销凭证审核不严", "凭证三级审核"],
                [marks[1], "会计", "宓婉清", "私设小金库", "定期审计"],
                [marks[2], "会计", "宓婉清", "票据管理混乱", "专人领用登记"]]  # fmt: skip
        got = run(tmp_path / marks[0], rows, ["A1:E1"])
        assert read(got) == sorted([
            ("会计", "宓婉清", "报销凭证审核不严", ""),
            ("会计", "宓婉清", "私设小金库", ""),
            ("会计", "宓婉清", "票据管理混乱", ""),
        ])  # fmt: skip
        assert "LEVEL_IN_NUMBERS" not in codes(got)
        assert "LEVEL_BLANK" in codes(got)


# what the hundred and eighteenth review found
_BUREAU = [("基金监管股", "股长", "闵霁澜", "飞行检查前向定点医院通风报信"),
           ("基金监管股", "股长", "闵霁澜", "违规骗保案件查处降格处理"),
           ("待遇保障股", "经办员", "隗澍棠", "慢特病认定标准把握不严"),
           ("待遇保障股", "经办员", "隗澍棠", "报销材料受理不一次性告知")]  # fmt: skip


def _bureau(tmp_path: Path, seqs: list[str], head: str = "序号"):
    rows = [TITLE, [head, "科室", "岗位", "姓名", "风险点", "防控措施"]]
    rows += [[s, *p, "集体审理"] for s, p in zip(seqs, _BUREAU, strict=True)]
    return run(tmp_path, rows, ["A1:F1"])


def test_what_the_hundred_and_eighteenth_review_found_one_non_level_bracket(tmp_path):
    # '3（新增）' among levels: the levels read, row 3 blank (LEVEL_BLANK as before)
    got = _bureau(tmp_path, ["1（高）", "2（中）", "3（新增）", "4（低）"])
    levels = ["Ⅰ级", "Ⅱ级", "", "Ⅲ级"]
    assert read(got) == sorted(
        (p[1], p[2], p[3], lv) for p, lv in zip(_BUREAU, levels, strict=True)
    )
    assert "LEVEL_IN_NUMBERS" in codes(got)
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["E5"]


def test_what_the_hundred_and_eighteenth_review_found_mostly_no_levels_read_as_before(tmp_path):
    got = _bureau(tmp_path, ["1（新增）", "2（修订）", "3（高）", "4"])
    assert read(got) == sorted((p[1], p[2], p[3], "") for p in _BUREAU)
    assert "LEVEL_IN_NUMBERS" not in codes(got)


def test_what_the_hundred_and_eighteenth_review_found_stars_after_outline_numbers_and_codes(
    tmp_path,
):
    levels = ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅲ级"]
    for head, seqs in (("序号", ["1-1★★", "1-2★", "2-1★★★", "2-2★"]),
                       ("编号", ["FX-01★★", "FX-02★", "FX-03★★★", "FX-04★"])):  # fmt: skip
        got = _bureau(tmp_path / seqs[0][:2], seqs, head)
        assert read(got) == sorted(
            (p[1], p[2], p[3], lv) for p, lv in zip(_BUREAU, levels, strict=True)
        )
        assert "LEVEL_IN_NUMBERS" in codes(got) and "LEVEL_BLANK" not in codes(got)


def test_what_the_hundred_and_eighteenth_review_found_words_after_a_code_stay_unread(tmp_path):
    got = _bureau(tmp_path, ["FX-01高", "FX-02中", "FX-03高", "FX-04低"], "编号")
    assert read(got) == sorted((p[1], p[2], p[3], "") for p in _BUREAU)
    assert "LEVEL_IN_NUMBERS" not in codes(got)
