"""A level cell written as the level word and then WHY, in the same line, after a colon, a
comma, a semicolon or a full stop (``一级：涉及资金量大``, ``高，自由裁量空间较大``, ``三级。发生概率较小``,
``中；有一定裁量空间``): the word opening the cell is the level, the rest its reason (kept in the raw
text, no level of its own). Said once a column (info LEVEL_WITH_REASON naming the first cell and
the number of cells). A column so written under a heading that names the reason too (``风险等级及定级
理由``) is the level column, not set aside for its contents. Before, each such cell was
LEVEL_UNKNOWN (an error) and the point had no level; under ``风险等级及定级理由`` the column was
guessed to be no field of ours (COLUMN_GUESSED) and every level blank.

Not the published batch's file (batch999: a 风景名胜区管理处's ``一级：…``, ``二级，…``, ``三级。…`` under
``风险等级``): a 县税务局's list of 高/中/低 with their reasons after ``：``, ``；`` and ``，``, and a
县水利局's ``Ⅰ级/Ⅱ级/Ⅲ级`` under ``风险等级及定级理由``. Near-misses read as before: cells the vocabulary
reads already (``二级。``, ``风险等级：中``, ``一级（涉及资金量大）``, no info), a level and a second level
(``一级，二级``), a cell listing levels (``高：2项，中：1项``) and a word that is no level (``待定：需集体研究``),
each still LEVEL_UNKNOWN.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "LEVEL_WITH_REASON"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "risk_point", "risk_level", "raw_risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def issues(got, code: str) -> list[tuple[str, str]]:
    found = got.issues[got.issues["code"] == code]
    return list(zip(found["cell"], found["message"], strict=True))


TAX = [
    ["县税务局岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "副局长", "钟离澂", "违规批准减免税", "高：涉及减免税审批，金额较大", "减免税集体审议。"],
    [2, "税源管理员", "闾丘翊", "纳税评估走过场", "中；有一定裁量空间", "评估结果复核。"],
    [3, "办税服务厅窗口", "闾丘沄", "办税中吃拿卡要", "低，接触纳税人多但权限小", "窗口全程录像。"],
]  # fmt: skip
WATER = [
    ["县水利局廉政风险点排查表", None, None, None, None],
    ["岗位", "姓名", "风险点", "风险等级及定级理由", "防控措施"],
    ["局长", "钟离翀", "水利工程招投标干预", "Ⅰ级：项目资金量大，决策权集中", "公开招标，领导干预登记。"],
    ["工程股股长", "钟离琰", "工程变更签证把关不严", "Ⅱ级，变更审核有裁量空间", "变更集体审核。"],
    ["会计", "闾丘珩", "报账票据审核不严", "Ⅲ级。经手金额小", "票据逐张审核。"],
]  # fmt: skip


def test_levels_with_reasons_read_by_their_first_word(tmp_path):
    got = run(tmp_path, TAX)
    assert read(got) == [
        ("钟离澂", "违规批准减免税", "Ⅰ级", "高：涉及减免税审批，金额较大"),
        ("闾丘翊", "纳税评估走过场", "Ⅱ级", "中；有一定裁量空间"),
        ("闾丘沄", "办税中吃拿卡要", "Ⅲ级", "低，接触纳税人多但权限小"),
    ]
    said = issues(got, CODE)
    assert len(said) == 1 and said[0][0] == "E3"
    assert "高：涉及减免税审批，金额较大" in said[0][1] and "共3格" in said[0][1]
    assert not set(got.issues["code"]) & {"LEVEL_UNKNOWN", "LEVEL_BLANK"}


def test_a_heading_naming_the_reason_too_is_the_level_column(tmp_path):
    got = run(tmp_path, WATER)
    assert [(p, lv) for p, _pt, lv, _raw in read(got)] == [
        ("钟离翀", "Ⅰ级"),
        ("钟离琰", "Ⅱ级"),
        ("闾丘珩", "Ⅲ级"),
    ]
    codes = set(got.issues["code"])
    assert CODE in codes and not codes & {"COLUMN_GUESSED", "LEVEL_UNKNOWN", "LEVEL_BLANK"}


def test_near_misses_read_as_before(tmp_path):
    rows = [
        ["县审计局岗位廉政风险防控一览表", None, None, None, None],
        ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["局长", "钟离瑄", "审计结果定性干预", "二级。", "审计结论集体审定。"],
        ["副局长", "钟离澍", "审计线索压案不查", "风险等级：中", "线索登记台账。"],
        ["审计员", "闾丘瑗", "审计中接受被审计单位宴请", "一级（涉及资金量大）", "廉洁承诺。"],
        ["审计员", "闾丘瑗", "审计底稿记录不实", "一级，二级", "底稿复核。"],
        ["审计员", "闾丘瑗", "审计发现问题隐瞒不报", "高：2项，中：1项", "问题清单复核。"],
        ["审计员", "闾丘瑗", "泄露审计工作秘密", "待定：需集体研究", "保密教育。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert [lv for _p, _pt, lv, _raw in read(got)] == ["Ⅱ级", "Ⅱ级", "Ⅰ级", "", "", ""]
    assert not issues(got, CODE)
    unknown = got.issues[got.issues["code"] == "LEVEL_UNKNOWN"]
    assert sorted(unknown["cell"]) == ["D6", "D7", "D8"]


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    assert "{value}" in CATALOGUE[CODE][1] and "{count}" in CATALOGUE[CODE][1]
