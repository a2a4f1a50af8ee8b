"""A list graded by two factors (a likelihood and an impact, each 高/中/低) and no level column,
with the grid that looks a level up printed apart under the list ('发生可能性＼影响程度 | 高 | 中 |
低' over '高 | 一级 | 一级 | 二级' …): the grid decides each pair's level, and its rows are no
risk rows (no made-up holders, no points '二级'). Without a grid the usual matrix stands.

Not the published batch's list (a 财政投资评审中心 with 科室 | 岗位 | 姓名 and the usual grid): a
county hospital's 后勤 list with 可能性 | 严重程度, a grid that is NOT the usual one (中×中 is 一级
here, 高×低 三级), a corner the other way round ('严重程度/可能性') and one with no corner; written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"评估": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


HEAD = [["XX县人民医院后勤保障部廉政风险评估表"],
        ["序号", "岗位", "姓名", "风险点", "可能性", "严重程度", "防控措施"]]  # fmt: skip
LIST = [
    ["1", "后勤主任", "鄷彦泓", "物资采购指定供应商", "高", "低", "采购三家比价，结果公示。"],
    ["2", "后勤主任", "鄷彦泓", "维修工程验收走过场", "中", "中", "验收两人以上签字。"],
    ["3", "库管员", "芮澹宁", "出入库登记不实", "低", "高", "每月盘点，账实核对。"],
    ["4", "库管员", "芮澹宁", "过期物资处置不登记", "低", "低", "处置经科室审批并登记。"],
]  # fmt: skip
# likelihood down, severity across; not the usual matrix (中×中 一级, 高×低 三级)
GRID = [
    [],
    ["风险等级查定表"],
    [None, "可能性/严重程度", "高", "中", "低"],
    [None, "高", "一级", "一级", "三级"],
    [None, "中", "一级", "一级", "三级"],
    [None, "低", "二级", "三级", "三级"],
    ["制表：后勤保障部", None, None, "2025年6月"],
]  # fmt: skip


def test_the_printed_grid_decides_each_pair_and_its_rows_are_no_risks(tmp_path):
    got = run(tmp_path, HEAD + LIST + GRID)
    assert read(got) == sorted([
        ("后勤主任", "鄷彦泓", "物资采购指定供应商", "Ⅲ级"),
        ("后勤主任", "鄷彦泓", "维修工程验收走过场", "Ⅰ级"),
        ("库管员", "芮澹宁", "出入库登记不实", "Ⅱ级"),
        ("库管员", "芮澹宁", "过期物资处置不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.issues[got.issues["severity"] == "error"]["code"]) == set()
    assert len(got.posts) == 2


def test_a_corner_naming_the_impact_first_turns_the_grid(tmp_path):
    grid = [list(r) for r in GRID]
    grid[2] = [None, "严重程度＼可能性", "高", "中", "低"]  # severity down, likelihood across
    got = run(tmp_path, HEAD + LIST + grid)
    levels = {p: lv for _t, _n, p, lv in read(got)}
    # (高 likelihood, 低 severity) is now the grid's (低 down, 高 across): 二级
    assert levels["物资采购指定供应商"] == "Ⅱ级"
    assert levels["出入库登记不实"] == "Ⅲ级"  # (低, 高) → (高 down, 低 across): 三级
    assert len(got.posts) == 2


def test_a_grid_with_no_corner_runs_the_likelihood_down(tmp_path):
    grid = [list(r) for r in GRID]
    grid[2] = [None, None, "高", "中", "低"]
    got = run(tmp_path, HEAD + LIST + grid)
    levels = {p: lv for _t, _n, p, lv in read(got)}
    assert levels["维修工程验收走过场"] == "Ⅰ级" and levels["物资采购指定供应商"] == "Ⅲ级"
    assert len(got.posts) == 2


def test_without_a_grid_the_usual_matrix_stands(tmp_path):
    got = run(tmp_path, HEAD + LIST + [GRID[-1]])
    levels = {p: lv for _t, _n, p, lv in read(got)}
    assert levels == {
        "物资采购指定供应商": "Ⅱ级",  # 高×低: 3 → 二级
        "维修工程验收走过场": "Ⅱ级",  # 中×中: 4 → 二级
        "出入库登记不实": "Ⅱ级",
        "过期物资处置不登记": "Ⅲ级",
    }


def test_a_list_with_a_level_column_keeps_it_whatever_grid_is_printed(tmp_path):
    head = [HEAD[0], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]]
    rows = [[a, b, c, d, lv, m] for (a, b, c, d, _l, _s, m), lv in
            zip(LIST, ["一级", "二级", "三级", "三级"], strict=True)]  # fmt: skip
    got = run(tmp_path, head + rows + GRID)
    levels = [lv for _t, _n, _p, lv in read(got)]
    assert sorted(levels) == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert len(got.posts) == 2


def test_what_the_eighty_fifth_review_found(tmp_path):
    """A grid of counts is no level grid (the usual matrix stands, its rows no risks); a grid
    headed by scores of 1–3 reads 3 as the most, as the factor columns do; a grid printed under
    the factor columns themselves does not spoil the columns' reading."""
    pad = [None] * 8
    counts = [[], pad + ["风险点分布（个）"], pad + ["可能性/严重程度", "高", "中", "低"],
              pad + ["高", "2", "1", "1"], pad + ["中", "1", "3", "2"], pad + ["低", "1", "2", "3"]]  # fmt: skip
    got = run(tmp_path / "a", HEAD + LIST + counts)
    usual = ["Ⅱ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]  # (高×低, 中×中, 低×高, 低×低)
    assert dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)) == dict(
        zip([r[3] for r in LIST], usual, strict=True)
    )
    assert len(got.posts) == 2
    scored = [[*r[:4], {"高": "3", "中": "2", "低": "1"}[r[4]], {"高": "3", "中": "2", "低": "1"}[r[5]], r[6]]
              for r in LIST]  # fmt: skip
    grid = [[], pad + ["风险等级判定表"], pad + ["可能性/严重程度", "3", "2", "1"],
            pad + ["3", "一级", "一级", "三级"], pad + ["2", "一级", "一级", "三级"],
            pad + ["1", "二级", "三级", "三级"]]  # fmt: skip
    got = run(tmp_path / "b", HEAD + scored + grid)
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels["维修工程验收走过场"] == "Ⅰ级"  # (2, 2): this grid's 一级, not the usual 二级
    assert levels["过期物资处置不登记"] == "Ⅲ级"  # (1, 1): the least, not the most
    under = [[], [None, "风险等级判定表"], [None, "可能性/严重程度", "3", "2", "1"],
             [None, "3", "一级", "一级", "三级"], [None, "2", "一级", "一级", "三级"],
             [None, "1", "二级", "三级", "三级"]]  # fmt: skip
    got = run(tmp_path / "c", HEAD + scored + under)
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels["维修工程验收走过场"] == "Ⅰ级" and levels["出入库登记不实"] == "Ⅱ级"
    assert len(got.posts) == 2
