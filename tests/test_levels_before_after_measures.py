"""A point graded twice, before and after its measures: one level column qualified 固有/初始/原始/
防控前/控制前/措施前, the measures, another qualified 剩余/残余/防控后/控制后/措施后. The one before
the measures is the point's level (never the post's A/B/C grade its contents may look like), the
one after is no field of the point (an info ``LEVEL_BEFORE_MEASURES`` names both); a note taking
the one after (``以防控后等级为准``) takes it. A plain ``风险等级`` beside them, ``自查等级 | 审定等级``
and a real ``岗位风险等级`` column read as before.

Not the published batch's file (a 烈士陵园管理所's 评估表 with ``固有风险等级（防控前）`` and
``剩余风险等级（防控后）``, ``一级/二级/三级``, 岗位 and 姓名 merged per person): a county water
supply company (县自来水公司) and a 供销合作社, other posts and names, ``高/中/低`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
headings ``初始风险等级 | 残余风险等级``, ``风险级别`` over ``措施前 | 措施后`` in two heading rows,
post and name in one cell, an extra 风险类型 column, written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险识别"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "water.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# (岗位, 姓名, 风险点, 类型, before, 措施, after)
WATER = [
    ("经理", "覃砚舟", "管网改造工程分包不经班子集体决策", "制度机制", "高", "工程分包经经理办公会研究并留存纪要。", "中"),
    ("经理", "覃砚舟", "水价调整测算资料把关不严", "岗位职责", "中", "水价测算委托第三方复核。", "低"),
    ("抄表员", "邝棠溪", "抄表数据人情估抄、少抄", "岗位职责", "高", "抄表数据每月系统比对、抽查复核。", "低"),
    ("抄表员", "邝棠溪", "违规减免用户水费", "思想道德", "低", "减免水费须审批并公示。", "低"),
    ("采购员", "闵翊澄", "管材阀门采购收受供应商回扣", "思想道德", "高", "采购三人询价，入库验收双签。", "中"),
]  # fmt: skip
LEVELS = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}


def _water_rows(before: str, after: str, note: str) -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["XX县自来水公司岗位廉政风险识别评估表"],
        ["序号", "岗位", "姓名", "风险点", "风险类型", before, "防控措施", after],
    ]
    for n, (post, who, point, kind, b, m, a) in enumerate(WATER, 1):
        rows.append([n, post, who, point, kind, b, m, a])
    rows.append([note])
    merges = ["A1:H1", "B3:B4", "C3:C4", "B5:B6", "C5:C6", f"A{len(rows)}:H{len(rows)}"]
    return rows, merges


def _truth(col: int) -> list[tuple[str, str, str, str]]:
    return sorted((p, w, pt, LEVELS[(b, a)[col]]) for p, w, pt, _k, b, _m, a in WATER)


def test_initial_before_residual_after_takes_the_initial(tmp_path):
    rows, merges = _water_rows("初始风险等级", "残余风险等级", "注：风险等级按初始风险评定。")
    got = run(tmp_path, rows, merges)
    assert read(got) == _truth(0)
    no_errors(got)
    assert codes(got).count("LEVEL_BEFORE_MEASURES") == 1
    assert "GRADE_MISMATCH" not in codes(got)
    said = got.issues[got.issues["code"] == "LEVEL_BEFORE_MEASURES"].iloc[0]
    assert "初始风险等级" in said["message"] and "残余风险等级" in said["message"]
    # the residual grade is kept out of every field
    assert not any("中" == v or "低" == v for v in got.risks["measures"])


def test_a_note_taking_the_grade_after_the_measures(tmp_path):
    rows, merges = _water_rows(
        "原始风险等级（控制前）", "剩余风险等级（控制后）", "注：本表风险等级以剩余风险等级为准。"
    )
    got = run(tmp_path, rows, merges)
    assert read(got) == _truth(1)
    no_errors(got)
    assert codes(got).count("LEVEL_BEFORE_MEASURES") == 1


# 供销合作社: '风险级别' over '措施前 | 措施后' in two heading rows, post and name in one cell
COOP = [
    ("主任\n郜沅汐", "农资经营网点承包收取好处费", "Ⅰ级", "承包经社务会研究，合同公开。", "Ⅱ级"),
    ("主任\n郜沅汐", "社有资产出租价格暗箱操作", "Ⅱ级", "资产出租公开竞价。", "Ⅲ级"),
    ("会计\n甘霂川", "化肥储备补贴资金挪用", "Ⅰ级", "补贴资金专户管理，月度对账。", "Ⅰ级"),
    ("仓管员\n郗楠栎", "储备农资出入库虚报损耗", "Ⅲ级", "出入库双人签字，季度盘点。", "Ⅲ级"),
]  # fmt: skip


def _coop_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["XX县供销合作社廉政风险点排查表"],
        ["序号", "岗位及责任人", "廉政风险点", "风险级别", "防控措施", "风险级别"],
        [None, None, None, "措施前", None, "措施后"],
    ]
    for n, (holder, point, b, m, a) in enumerate(COOP, 1):
        rows.append([n, holder, point, b, m, a])
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "E2:E3", "B4:B5"]
    return rows, merges


def test_two_heading_rows_post_and_name_in_one_cell(tmp_path):
    rows, merges = _coop_rows()
    got = run(tmp_path, rows, merges, "排查表")
    want = sorted((h.split("\n")[0], h.split("\n")[1], point, b) for h, point, b, _m, _a in COOP)
    assert read(got) == want
    no_errors(got)
    assert codes(got).count("LEVEL_BEFORE_MEASURES") == 1


def test_after_note_in_the_header_of_two_rows(tmp_path):
    rows, merges = _coop_rows()
    rows.append(["说明：风险级别以措施后等级为准。"])
    merges.append(f"A{len(rows)}:F{len(rows)}")
    got = run(tmp_path, rows, merges, "排查表")
    want = sorted((h.split("\n")[0], h.split("\n")[1], point, a) for h, point, _b, _m, a in COOP)
    assert read(got) == want
    no_errors(got)


# --------------------------------------------------------------------------- as before


def test_a_plain_level_column_beside_a_residual_one_wins(tmp_path):
    rows, merges = _water_rows("风险等级", "剩余风险等级", "注：风险等级分高、中、低三级。")
    got = run(tmp_path, rows, merges)
    assert read(got) == _truth(0)
    no_errors(got)
    assert "LEVEL_BEFORE_MEASURES" not in codes(got)


def test_self_assessed_and_settled_grades_read_as_before(tmp_path):
    rows, merges = _water_rows("自查等级", "审定等级", "注：风险等级经公司党支部审定。")
    got = run(tmp_path, rows, merges)
    assert read(got) == _truth(1)  # the settled one, as before
    assert "LEVEL_BEFORE_MEASURES" not in codes(got)


def test_a_post_grade_column_and_a_lone_before_column(tmp_path):
    rows: list[list] = [
        ["XX县自来水公司岗位廉政风险识别评估表"],
        ["序号", "岗位", "姓名", "岗位风险等级", "风险点", "风险等级（防控前）", "防控措施"],
    ]
    grades = {"经理": "A", "抄表员": "B", "采购员": "C"}
    for n, (post, who, point, _k, b, m, _a) in enumerate(WATER, 1):
        rows.append([n, post, who, grades[post], point, b, m])
    merges = ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == _truth(0)
    no_errors(got)
    assert "LEVEL_BEFORE_MEASURES" not in codes(got)


def test_grades_before_and_after_an_adjustment_read_as_before(tmp_path):
    rows, merges = _water_rows("调整前风险等级", "调整后风险等级", "注：风险等级经年度复核调整。")
    got = run(tmp_path, rows, merges)
    assert read(got) == _truth(1)  # the adjusted one, as before
    assert "LEVEL_BEFORE_MEASURES" not in codes(got)


# ------------------------------------------------ what the hundred and twentieth review found


def test_what_the_hundred_and_twentieth_review_found_letters_before_levels_after(tmp_path):
    # 'A/B/C' in the 防控前 column (no level word at all), 高/中/低 in the 防控后 one: the after
    # column is the level, said in the info (no LEVEL_UNKNOWN on every row)
    rows = [
        ["XX县自来水公司岗位廉政风险识别评估表"],
        ["岗位", "姓名", "风险点", "防控前风险等级", "防控措施", "防控后风险等级"],
        ["经理", "覃砚舟", "管网改造工程分包", "A", "集体决策。", "中"],
        ["抄表员", "邝棠溪", "抄表数据人情估抄", "B", "系统比对。", "低"],
        ["采购员", "闵翊澄", "采购收受回扣", "C", "三人询价。", "低"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("经理", "覃砚舟", "管网改造工程分包", "Ⅱ级"),
        ("抄表员", "邝棠溪", "抄表数据人情估抄", "Ⅲ级"),
        ("采购员", "闵翊澄", "采购收受回扣", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_BEFORE_MEASURES"]
    assert list(said["cell"]) == ["F2"]
    assert "防控前一栏没有填风险级别" in said["message"].iloc[0]
    assert "LEVEL_UNKNOWN" not in codes(got)
    no_errors(got)
