"""A level cell writing the assessed SCORE first and the level in brackets after it (``9分（一级）``,
``6分(二级)``, ``得分9.5（高）``, ``评分：4分【低】``): the bracketed word is the level, the score kept in the
raw text (no level of its own). Said once a column (info LEVEL_AFTER_SCORE naming the first cell and
the number of cells). Where the sheet's note bands the scores (``综合得分9分及以上为高风险，6分（含）至9分
为中风险…``), a score the note puts in another level than the one written keeps the written level,
with a warning at its cell (LEVEL_SCORE_BAND_DIFFERS). Before, each such cell was LEVEL_UNKNOWN (an
error) and the point had no level.

Not the published batch's file (batch1005: a 档案馆's ``9分（一级）``, ``6分(二级)`` under ``风险等级`` with
``8—10分为一级风险…``): a 县市场监督管理局's 高/中/低 after ``得分``, ``分`` and ``评分：`` with decimals and
``【】``, a 县卫生健康局's ``Ⅰ级/Ⅱ级`` after scores out of 100 with no note, and a 县交通运输局's list one
of whose scores the note puts in another level. Near-misses read as before: the level first and the
score after it (``一级（9分）``, read by the vocabulary, no info), a bracket holding no level
(``9分（待定）``) or a bare number (``9（3）``), each still LEVEL_UNKNOWN.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "LEVEL_AFTER_SCORE"
DIFFERS = "LEVEL_SCORE_BAND_DIFFERS"


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


MARKET = [
    ["县市场监督管理局岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "副局长", "公孙澂", "食品经营许可违规审批", "得分9.5（高）", "许可集体审议。"],
    [2, "执法队长", "公孙翊", "执法检查中随意减免处罚", "7分(中风险)", "执法全程记录。"],
    [3, "登记窗口", "令狐沄", "市场主体登记中吃拿卡要", "评分：4分【低】", "窗口全程录像。"],
    ["注：风险等级按综合得分确定，综合得分9分及以上为高风险，6分（含）至9分为中风险，6分以下为低风险。"],
]  # fmt: skip
HEALTH = [
    ["县卫生健康局廉政风险点排查表", None, None, None, None],
    ["岗位", "姓名", "风险点", "风险级别", "防控措施"],
    ["局长", "令狐翀", "医疗设备采购干预选定供应商", "85分（Ⅰ级）", "设备采购公开招标。"],
    ["医政股股长", "令狐琰", "医疗机构校验把关不严", "70分(Ⅱ级)", "校验两人审核。"],
]  # fmt: skip
TRANSPORT = [
    ["县交通运输局廉政风险点排查表", None, None, None, None],
    ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
    ["副局长", "公孙珩", "农村公路项目验收走过场", "9分（一级）", "验收组集体验收。"],
    ["路政员", "令狐瑗", "超限运输查处放任", "8分（二级）", "查处全程记录。"],
    ["注：8—10分为一级风险，5—7分为二级风险，1—4分为三级风险。"],
]  # fmt: skip


def test_the_level_in_brackets_after_a_score_is_read(tmp_path):
    got = run(tmp_path, MARKET)
    assert read(got) == [
        ("公孙澂", "食品经营许可违规审批", "Ⅰ级", "得分9.5（高）"),
        ("公孙翊", "执法检查中随意减免处罚", "Ⅱ级", "7分(中风险)"),
        ("令狐沄", "市场主体登记中吃拿卡要", "Ⅲ级", "评分：4分【低】"),
    ]
    said = issues(got, CODE)
    assert len(said) == 1 and said[0][0] == "E3"
    assert "得分9.5（高）" in said[0][1] and "共3格" in said[0][1]
    # the note's bands agree with every level written: no warning
    assert not set(got.issues["code"]) & {"LEVEL_UNKNOWN", "LEVEL_BLANK", DIFFERS}


def test_scores_with_no_note_read_by_their_bracket(tmp_path):
    got = run(tmp_path, HEALTH)
    assert [r[2] for r in read(got)] == ["Ⅰ级", "Ⅱ级"]
    assert [c for c, _m in issues(got, CODE)] == ["D3"]
    assert not set(got.issues["code"]) & {"LEVEL_UNKNOWN", DIFFERS}


def test_a_score_the_note_puts_in_another_level_is_said(tmp_path):
    got = run(tmp_path, TRANSPORT)
    # the written level is kept; the score 8 the note puts in 一级 is said at its cell
    assert [r[2] for r in read(got)] == ["Ⅰ级", "Ⅱ级"]
    differs = issues(got, DIFFERS)
    assert [c for c, _m in differs] == ["D4"]
    assert "8分（二级）" in differs[0][1] and "Ⅰ级" in differs[0][1]
    sev = got.issues[got.issues["code"] == DIFFERS]["severity"].tolist()
    assert sev == ["warning"]


def test_near_misses_read_as_before(tmp_path):
    rows = [
        ["县统计局廉政风险防控一览表", None, None, None, None],
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["局长", "公孙瀛", "统计数据弄虚作假", "一级（9分）", "数据审核留痕。"],
        ["统计员", "令狐沨", "普查经费报销不严", "9分（待定）", "报销逐张审核。"],
        ["统计员", "令狐沨", "调查对象信息泄露", "9（3）", "信息专人保管。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert [r[2] for r in read(got)] == ["Ⅰ级", "", ""]
    assert not issues(got, CODE)
    unknown = got.issues[got.issues["code"] == "LEVEL_UNKNOWN"]["cell"].tolist()
    assert unknown == ["D4", "D5"]


def test_the_codes_are_catalogued():
    for code in (CODE, DIFFERS):
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE[CODE][0] == "info" and CATALOGUE[DIFFERS][0] == "warning"
