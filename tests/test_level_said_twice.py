"""A level cell that says one level twice, in two of its spellings with no bracket round the
second ('Ⅰ级高风险', '高风险Ⅰ级', '二级/中', 'Ⅲ级 低', '一级★★★'), or with an ordinal '第' before
it ('第二级'), and the words '高等 / 低等' beside '中等': read as that level. Before, only the
bracketed form ('一级（高）') was known and each such cell was an error (``LEVEL_UNKNOWN``), the
post graded as though the point had no level.

Found by probing the level vocabulary, not in a published batch. The negatives: two different
levels in a cell ('Ⅰ级Ⅱ级', '高中'), a scale printed in a cell ('高 中 低'), a bare number ('11'),
a police rank or a title that opens with a level word ('一级警长', '高级工程师'): no level, as
before.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


@pytest.mark.parametrize(
    ("raw", "level"),
    [
        ("Ⅰ级高风险", "Ⅰ级"),
        ("高风险Ⅰ级", "Ⅰ级"),
        ("二级/中", "Ⅱ级"),
        ("中/二级", "Ⅱ级"),
        ("Ⅲ级 低", "Ⅲ级"),
        ("一级★★★", "Ⅰ级"),
        ("★★一般较高", "Ⅱ级"),
        ("第二级", "Ⅱ级"),
        ("第三级风险", "Ⅲ级"),
        ("高等", "Ⅰ级"),
        ("低等风险", "Ⅲ级"),
        # stars typed as an emoji or as asterisks
        ("⭐⭐⭐", "Ⅰ级"),
        ("***", "Ⅰ级"),
        ("＊＊", "Ⅱ级"),
    ],
)
def test_one_level_said_twice(raw, level):
    assert load_config().level(raw) == level


@pytest.mark.parametrize(
    "raw",
    [
        "Ⅰ级Ⅱ级",
        "高中",
        "高低",
        "11",
        "33",
        "一级警长",
        "高级工程师",
        "中层",
        "第一",
        "三级主任科员",
        "ll级",  # (a stroke misread: LEVEL_OCR_LOOKALIKE reads it, not this)
        "★★★★",  # (four stars: a scale of five, no level said twice)
        "高高",
        "一级一级",
        "****",
        "*高",
    ],
)
def test_two_levels_a_number_or_a_title_is_no_level(raw):
    assert load_config().level(raw) is None


def test_a_list_written_so_reads_its_levels(tmp_path: Path):
    rows = [
        ["XX县统计局岗位廉政风险点一览表"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["1", "综合股", "股长", "訾明川", "统计数据审核把关不严", "Ⅰ级高风险", "数据两级审核"],
        ["2", "综合股", "统计员", "訾秋禾", "调查对象信息泄露", "二级/中", "信息加密存储"],
        ["3", "普查中心", "主任", "訾望岳", "普查经费虚列支出", "第三级", "经费公示"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "统计局.xlsx", {"一览表": rows})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    r = got.risks
    assert list(zip(r["person"], r["risk_level"], strict=True)) == [
        ("訾明川", "Ⅰ级"),
        ("訾秋禾", "Ⅱ级"),
        ("訾望岳", "Ⅲ级"),
    ]
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("思想认识风险", "思想道德风险"),
        ("道德品质", "思想道德风险"),
        ("制度缺陷风险", "制度机制风险"),
        ("机制漏洞", "制度机制风险"),
    ],
)
def test_types_named_by_what_they_lack(raw, kind):
    # (the words beside the vocabulary's: 思想认识 and 道德品质 of 思想道德, 制度缺陷, 制度漏洞,
    # 机制缺陷 and 机制漏洞 of 制度机制)
    assert load_config().types(raw) == ([kind], [])


def test_a_stop_or_comma_after_a_level_or_a_type(tmp_path: Path):
    # '二级。', '一级；', '制度机制风险。': typed as a sentence, read as the word (before, each
    # was LEVEL_UNKNOWN / TYPE_UNKNOWN); '一、', '1.' stay no level (the numbers of a list)
    config = load_config()
    assert [config.level(x) for x in ("二级。", "一级；", "三级,", "高，")] == [
        "Ⅱ级",
        "Ⅰ级",
        "Ⅲ级",
        "Ⅰ级",
    ]
    assert config.level("一、") is None and config.level("1.") is None
    assert config.types("制度机制风险。") == (["制度机制风险"], [])
    rows = [
        ["XX县统计局岗位廉政风险点一览表"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "风险类型", "防控措施"],
        ["1", "综合股", "股长", "訾明川", "统计数据审核把关不严", "一级。", "岗位职责风险。", "两级审核"],
        ["2", "综合股", "统计员", "訾秋禾", "调查对象信息泄露", "二级；", "思想道德风险；", "加密存储"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "统计局.xlsx", {"一览表": rows})
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    r = got.risks
    assert list(zip(r["risk_level"], r["risk_type"], strict=True)) == [
        ("Ⅰ级", "岗位职责风险"),
        ("Ⅱ级", "思想道德风险"),
    ]
    assert not {"LEVEL_UNKNOWN", "TYPE_UNKNOWN"} & set(got.issues["code"])
