"""A list with no level column whose levels stand only in a bracketed tag opening (or closing)
each row's 防控措施 or 风险点 cell, the same few tags down the list: the tag is the row's level
where the vocabulary knows its words ('【重点防控】') or a note folds them to levels ('说明：〔党组
监管〕对应高风险…'); the tag is taken off the text and one info (LEVEL_TAGS) says how it was read.

Not the published batch's file (a 交通运输局's 一览表 with 【局级管控】/【股室管控】/【岗位自控】 opening
the measures under a '注：…的为一级风险点' line): a county 医疗保障局 and a 疾病预防控制中心, other
posts, names and tags, 〔〕 and ［］ brackets, a tag closing the measures, a tag opening the point,
two heading rows and an extra 备注 column, written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file. Tables that look a bit alike read as before: a level column
beside tagged measures, and stage tags ('【事前】') opening the measures.
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
    write_workbook(inbox / "list.xlsx", {"风险点": rows}, {"风险点": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_tags_opening_the_measures_folded_by_a_note(tmp_path):
    rows = [
        ["某县医疗保障局岗位廉政风险防控表"],
        ["科室", "岗位", "姓名", "廉政风险点", "防控措施"],
        [
            "局领导",
            "局长",
            "宓翊衡",
            "定点医药机构准入中收受好处",
            "〔党组监管〕准入评估集体研究，结果公示。",
        ],
        ["局领导", "局长", "宓翊衡", "基金预算调整不经集体决策", "〔党组监管〕预算调整上党组会。"],
        [
            "基金监管股",
            "股长",
            "戚沅蓁",
            "飞行检查发现问题不处理",
            "〔股室监管〕检查问题台账销号管理。",
        ],
        [
            "待遇保障股",
            "经办员",
            "蔺昕珂",
            "异地就医备案材料审核不严",
            "〔个人自律〕备案材料双人复核。",
        ],
        ["说明：〔党组监管〕对应高风险，〔股室监管〕对应中风险，〔个人自律〕对应低风险。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("局长", "宓翊衡", "定点医药机构准入中收受好处", "Ⅰ级"),
        ("局长", "宓翊衡", "基金预算调整不经集体决策", "Ⅰ级"),
        ("股长", "戚沅蓁", "飞行检查发现问题不处理", "Ⅱ级"),
        ("经办员", "蔺昕珂", "异地就医备案材料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert not any(m.startswith("〔") for m in got.risks["measures"]), list(got.risks["measures"])
    assert not errors(got), errors(got)
    assert "LEVEL_TAGS" in codes(got)


def test_vocabulary_tags_closing_the_measures_under_two_heading_rows(tmp_path):
    rows = [
        ["某县疾病预防控制中心廉政风险点一览表"],
        ["责任岗位", None, "风险防控", None],
        ["岗位", "姓名", "风险点", "防控措施"],
        ["主任", "汲晗昱", "疫苗采购指定供应商", "疫苗一律省平台采购，班子集体研究。【重点防控】"],
        ["主任", "汲晗昱", "实验室设备验收走过场", "验收邀请纪检人员到场。【重点防控】"],
        ["检验科科长", "芮朔宁", "检测报告随意更改数据", "报告实行三级审核。【一般防控】"],
        ["会计", "禚黎舒", "报销票据审核不严", "票据双人审核，按月对账。【一般防控】"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A2:B2", "C2:D2"])
    assert read(got) == sorted([
        ("主任", "汲晗昱", "疫苗采购指定供应商", "Ⅰ级"),
        ("主任", "汲晗昱", "实验室设备验收走过场", "Ⅰ级"),
        ("检验科科长", "芮朔宁", "检测报告随意更改数据", "Ⅱ级"),
        ("会计", "禚黎舒", "报销票据审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not any("防控】" in m for m in got.risks["measures"]), list(got.risks["measures"])
    assert not errors(got), errors(got)


def test_tags_opening_the_point_with_an_extra_column(tmp_path):
    rows = [
        ["某县医疗保障事务中心岗位廉政风险点"],
        ["序号", "岗位", "姓名", "风险点", "防控措施", "备注"],
        [
            1,
            "主任",
            "宓棠玥",
            "［领导把关］医保结算资金拨付不按程序",
            "拨付经主任办公会研究。",
            None,
        ],
        [2, "稽核员", "戚霁川", "［科室把关］稽核发现违规不移交", "稽核结果每月通报。", "新增"],
        [3, "稽核员", "戚霁川", "［科室把关］对定点药店检查走过场", "检查全程记录。", None],
        ["注：风险点前标［领导把关］的属于一级风险，标［科室把关］的属于二级风险。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert read(got) == sorted([
        ("主任", "宓棠玥", "医保结算资金拨付不按程序", "Ⅰ级"),
        ("稽核员", "戚霁川", "稽核发现违规不移交", "Ⅱ级"),
        ("稽核员", "戚霁川", "对定点药店检查走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_TAGS" in codes(got)


def test_level_words_closing_the_measures_in_round_brackets(tmp_path):
    rows = [
        ["某县医疗保障局岗位廉政风险防控表"],
        ["岗位", "姓名", "风险点", "防控措施"],
        ["局长", "宓翊衡", "定点医药机构准入中收受好处", "准入评估集体研究，结果公示（高风险）"],
        ["股长", "戚沅蓁", "飞行检查发现问题不处理", "检查问题台账销号管理（中风险）。"],
        ["经办员", "蔺昕珂", "异地就医备案材料审核不严", "备案材料双人复核（低风险）"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("局长", "宓翊衡", "定点医药机构准入中收受好处", "Ⅰ级"),
        ("股长", "戚沅蓁", "飞行检查发现问题不处理", "Ⅱ级"),
        ("经办员", "蔺昕珂", "异地就医备案材料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert not any("风险）" in m for m in got.risks["measures"]), list(got.risks["measures"])
    assert not errors(got), errors(got)


def test_a_level_column_beside_tagged_measures_decides(tmp_path):
    rows = [
        ["某县医疗保障局岗位廉政风险防控表"],
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["局长", "宓翊衡", "定点医药机构准入中收受好处", "二级", "〔党组监管〕准入评估集体研究。"],
        ["股长", "戚沅蓁", "飞行检查发现问题不处理", "三级", "〔股室监管〕检查问题台账销号管理。"],
        ["说明：〔党组监管〕对应高风险，〔股室监管〕对应中风险。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("局长", "宓翊衡", "定点医药机构准入中收受好处", "Ⅱ级"),
        ("股长", "戚沅蓁", "飞行检查发现问题不处理", "Ⅲ级"),
    ])  # fmt: skip
    assert all(m.startswith("〔") for m in got.risks["measures"]), list(got.risks["measures"])
    assert "LEVEL_TAGS" not in codes(got)
    assert not errors(got), errors(got)


def test_stage_tags_opening_the_measures_are_no_level(tmp_path):
    rows = [
        ["某县疾病预防控制中心廉政风险点一览表"],
        ["岗位", "姓名", "风险点", "防控措施"],
        ["主任", "汲晗昱", "疫苗采购指定供应商", "【事前】采购计划班子集体研究。"],
        ["检验科科长", "芮朔宁", "检测报告随意更改数据", "【事中】报告实行三级审核。"],
        ["会计", "禚黎舒", "报销票据审核不严", "【事后】按月对账，审计抽查。"],
        ["注：一级风险由中心班子监控，二级风险由科室监控。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("主任", "汲晗昱", "疫苗采购指定供应商", ""),
        ("检验科科长", "芮朔宁", "检测报告随意更改数据", ""),
        ("会计", "禚黎舒", "报销票据审核不严", ""),
    ])  # fmt: skip
    assert all(m.startswith("【事") for m in got.risks["measures"]), list(got.risks["measures"])
    assert "LEVEL_TAGS" not in codes(got)


def test_sources_opening_the_measures_are_no_level(tmp_path):
    rows = [
        ["某县医疗保障局岗位廉政风险防控表"],
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [
            "局长",
            "宓翊衡",
            "基金预算调整不经集体决策",
            "一级",
            "（依据《基金预算管理办法》）预算调整上党组会。",
        ],
        [
            "股长",
            "戚沅蓁",
            "飞行检查发现问题不处理",
            "二级",
            "（依据《飞行检查办法》）问题台账销号管理。",
        ],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("局长", "宓翊衡", "基金预算调整不经集体决策", "Ⅰ级"),
        ("股长", "戚沅蓁", "飞行检查发现问题不处理", "Ⅱ级"),
    ])  # fmt: skip
    assert all(m.startswith("（依据") for m in got.risks["measures"]), list(got.risks["measures"])
    assert not errors(got), errors(got)


def _pair_rows(first: str, second: str) -> list[list]:
    return [
        ["科室", "岗位", "责任人", "风险点", "风险类型", "防控措施"],
        ["办公室", "主任", "籍慕岚", "公车私用", "岗位职责", first],
        ["财务科", "会计", "戚照雪", "虚列支出", "制度机制", second],
    ]


def test_what_the_hundred_and_sixteenth_review_found_two_control_grades(tmp_path):
    # 重点/一般 and 重点防控/一般防控, opening or closing the measures: the two grades of one
    # scale, Ⅰ级 and Ⅱ级 alike (not 一般 = Ⅲ级 on one row and no level on the other), the tag
    # off the text
    want = sorted([("主任", "籍慕岚", "公车私用", "Ⅰ级"), ("会计", "戚照雪", "虚列支出", "Ⅱ级")])
    for i, (first, second) in enumerate(
        [
            ("【重点】严格派车审批。", "【一般】双人复核。"),
            ("【重点防控】严格派车审批。", "【一般防控】双人复核。"),
            ("严格派车审批。（重点）", "双人复核。（一般）"),
        ]
    ):
        got = run(tmp_path / str(i), _pair_rows(first, second), [])
        assert read(got) == want, (first, read(got))
        assert set(got.risks["measures"]) == {"严格派车审批。", "双人复核。"}
        assert "LEVEL_TAGS" in codes(got)
        assert "LEVEL_BLANK" not in codes(got)
        assert not errors(got)


def test_what_the_hundred_and_sixteenth_review_found_numbers_are_no_level_tags(tmp_path):
    # '(1)' / '（二）' opening the measures, a note defining 1/2/3 (or 一级/二级): a list's
    # number, never a level tag; the rows read as before, levels blank
    for i, (first, second, note) in enumerate(
        [
            ("(1)严格派车审批。", "(2)双人复核。", "注：1为高风险，2为中风险，3为低风险。"),
            (
                "（一）严格派车审批。",
                "（二）双人复核。",
                "注：风险等级分为一级（高）、二级（中）、三级（低）。",
            ),
        ]
    ):
        rows = [*_pair_rows(first, second), ["", "", "", note, "", ""]]
        got = run(tmp_path / str(i), rows, [])
        assert read(got) == sorted(
            [("主任", "籍慕岚", "公车私用", ""), ("会计", "戚照雪", "虚列支出", "")]
        )
        assert set(got.risks["measures"]) == {first, second}
        assert "LEVEL_TAGS" not in codes(got)
        assert list(got.issues[got.issues["code"] == "LEVEL_BLANK"]["cell"]) == ["D2", "D3"]
