"""A statistics block under a list, on the same sheet, counting the list's points by level with
the levels ACROSS one row — ``风险等级 | 一级 | 二级 | 三级 | 合计`` (or ``风险级别 | 高 | 中 | 低 |
小计``, ``等级 | Ⅰ级 | Ⅱ级 | Ⅲ级 | 总计``) over a row (or rows) of counts or their shares
(``数量（个） | 2 | 3 | 1 | 6``, ``占比 | 25% | 50% | …``), with or without a caption over it
(``风险点统计``, merged across or alone in any column), in the list's columns or shifted right —
ends the list: its rows are no points, said once (info COUNT_BLOCK_BY_LEVEL at its heading row).
Before, its rows were read as two more points of the list's last person (the level words taken
as 股室, 岗位 and 姓名, ``合计`` and the total as points), with blank level, type and measures.

Not the published batch's file (batch1004: a 县民政局's 一览表 with ``风险等级 | 一级 | 二级 | 三级 |
合计`` over ``数量（个）`` after a blank row and a merged caption): a 县审计局's list with 高/中/低 and
a share row right under its rows, a 县卫生健康局's with Ⅰ级/Ⅱ级/Ⅲ级 and the block under the list's
right-hand columns, its caption alone in the point column. Near-misses read as before: a table of
what each level means under the list (``风险等级 | 一级 | 二级 | 三级`` over texts), a count per 股室
(``股室 | 高 | 中 | 低 | 合计``, TABLE_OTHER as before).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "title", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


AUDIT = [
    ["县审计局岗位廉政风险防控清单", None, None, None, None, None],
    ["科室", "岗位", "姓名", "风险点", "风险级别", "防控措施"],
    ["局领导", "局长", "令狐檀", "审计结果定性打招呼说情", "高", "审计结果集体审定。"],
    ["经济责任审计股", "股长", "公冶澄", "审计发现问题瞒报不报", "中", "问题线索双人登记。"],
    ["经济责任审计股", "股长", "公冶澄", "接受被审计单位宴请", "中", "执行审计纪律八不准。"],
    ["办公室", "科员", "司徒沛", "办公用品采购不比价", "低", "采购三家比价。"],
    ["附：风险点数量统计", None, None, None, None, None],
    ["风险级别", "高", "中", "低", "小计", None],
    ["风险点数（个）", 1, 2, 1, 4, None],
    ["占比", "25%", "50%", "25%", "100%", None],
    ["填表人：", None, "审核人：", None, "2025年6月", None],
]  # fmt: skip

AUDIT_READ = [
    ("令狐檀", "局长", "审计结果定性打招呼说情", "Ⅰ级"),
    ("公冶澄", "股长", "审计发现问题瞒报不报", "Ⅱ级"),
    ("公冶澄", "股长", "接受被审计单位宴请", "Ⅱ级"),
    ("司徒沛", "科员", "办公用品采购不比价", "Ⅲ级"),
]


def test_a_block_right_under_the_rows_with_shares_is_no_points(tmp_path):
    got = run(tmp_path, AUDIT)
    assert read(got) == AUDIT_READ
    assert "COUNT_BLOCK_BY_LEVEL" in codes(got)
    assert not codes(got) & {"LEVEL_BLANK", "MEASURES_BLANK", "LEVEL_UNKNOWN"}
    said = got.issues[got.issues["code"] == "COUNT_BLOCK_BY_LEVEL"]
    assert len(said) == 1 and said.iloc[0]["cell"] == "A8"
    assert "风险级别" in said.iloc[0]["value"]


HEALTH = [
    ["县卫生健康局岗位廉政风险点一览表", None, None, None, None, None, None, None],
    ["序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
    [1, "医政医管股", "股长", "端木琛", "医疗机构校验降低标准", "岗位职责风险", "Ⅰ级", "校验结果公示。"],
    [2, "医政医管股", "股长", "端木琛", "医疗纠纷调处偏袒一方", "外部环境风险", "Ⅱ级", "调处两人以上。"],
    [3, "疾控股", "科员", "宇文岑", "疫苗出入库登记不全", "业务流程风险", "Ⅲ级", "出入库双人登记。"],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, "统计", None, None, None],
    [None, None, None, None, "等级", "Ⅰ级", "Ⅱ级", "Ⅲ级"],
    [None, None, None, None, "个数", 1, 1, 1],
]  # fmt: skip


def test_a_block_under_the_right_hand_columns_its_caption_alone(tmp_path):
    got = run(tmp_path, HEALTH)
    assert read(got) == [
        ("端木琛", "股长", "医疗机构校验降低标准", "Ⅰ级"),
        ("端木琛", "股长", "医疗纠纷调处偏袒一方", "Ⅱ级"),
        ("宇文岑", "科员", "疫苗出入库登记不全", "Ⅲ级"),
    ]
    assert "COUNT_BLOCK_BY_LEVEL" in codes(got)
    assert not codes(got) & {"LEVEL_BLANK", "MEASURES_BLANK", "TYPE_BLANK"}


def test_a_table_of_what_each_level_means_is_no_count_block(tmp_path):
    rows = [*AUDIT[:6],
            ["风险级别", "高", "中", "低", None, None],
            ["判定标准", "可能造成重大损失", "可能造成较大损失", "影响较小", None, None]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "COUNT_BLOCK_BY_LEVEL" not in codes(got)
    assert read(got)[:4] == AUDIT_READ


def test_a_count_per_department_is_another_table_as_before(tmp_path):
    rows = [*AUDIT[:6], [None] * 6,
            ["科室", "高", "中", "低", "合计", None],
            ["局领导", 1, 0, 0, 1, None],
            ["经济责任审计股", 0, 2, 0, 2, None]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == AUDIT_READ
    assert "TABLE_OTHER" in codes(got) and "COUNT_BLOCK_BY_LEVEL" not in codes(got)


def test_the_code_is_catalogued():
    assert "COUNT_BLOCK_BY_LEVEL" in CATALOGUE and "COUNT_BLOCK_BY_LEVEL" in SHORT
