"""A row holding nothing but a labelled measure in the point's column (``防控措施：…``,
``预防措施：…``, ``措施:…``) right under a point whose measures cell is blank or absent — its 序号,
科室, post, name, level and measures cells BLANK (not merged over, not typed again) — is that
point's measures, no point (info MEASURES_LABEL_ROW_UNDER_POINT, once a table). Before, such rows
were read as points of their own with a LEVEL_BLANK each (the probe of batch1061: a 水务局's list,
each point's row followed by its ``防控措施：…`` row); a row of the holder's (his name or post cell
written on it or merged over it) was read so already. Not that batch's words: a 医疗保障局's
清单 under ``风险点描述 | 风险级别`` with a blank 防控措施 column, 一级/二级; a 镇中心学校's 排查表
with no measures column, the name only on each person's first row, Ⅰ级/Ⅱ级; and the near-misses.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"], d["measures"]))
    return got, [(i.code, i.cell) for i in r.issues]


MEDICAL = [
    ["某县医疗保障局岗位廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "科室", "职务", "责任人", "风险点描述", "风险级别", "防控措施"],
    [1, "局领导", "局长", "慕容翙", "定点医药机构准入个人说了算", "一级", None],
    [None, None, None, None, "预防措施：准入评估专家评审，局务会集体研究。", None, None],
    [2, "基金监管股", "股长", "东方湜", "飞行检查发现问题降格处理", "一级", None],
    [None, None, None, None, "防控措施：检查结果集体审议，处理意见公开。", None, None],
    [3, "基金监管股", "股长", "东方湜", "接受定点药店宴请", "二级", None],
    [None, None, None, None, "措施:签订廉洁承诺书。", None, None],
]


def test_measure_rows_under_points_blank_measures_column(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": MEDICAL})
    got, issues = _read(path)
    assert got == [
        ("慕容翙", "定点医药机构准入个人说了算", "Ⅰ级", "准入评估专家评审，局务会集体研究。"),
        ("东方湜", "飞行检查发现问题降格处理", "Ⅰ级", "检查结果集体审议，处理意见公开。"),
        ("东方湜", "接受定点药店宴请", "Ⅱ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("MEASURES_LABEL_ROW_UNDER_POINT", "E4") in issues
    assert codes.count("MEASURES_LABEL_ROW_UNDER_POINT") == 1
    assert "LEVEL_BLANK" not in codes and "MEASURES_BLANK" not in codes


SCHOOL = [
    ["某镇中心学校廉政风险点排查表", None, None, None, None, None],
    ["序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级"],
    [1, "校领导", "校长", "令狐澴", "营养改善计划食材招标指定供应商", "Ⅰ级"],
    [None, None, None, None, "防控措施：1.食材公开招标；\n2.家长代表参与验收。", None],
    [2, None, None, None, "防控措施不落实，校服征订收取回扣", "Ⅱ级"],
    [None, None, None, None, "措施：校服征订家长自愿，不统一代购。", None],
    [3, "总务处", "主任", "端木淼", "校舍维修不比价", "Ⅱ级"],
    [None, None, None, None, "防控措施：维修三家比价，验收留痕。", None],
]


def test_measure_rows_no_measures_column_names_carried(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": SCHOOL})
    got, issues = _read(path)
    assert got == [
        ("令狐澴", "营养改善计划食材招标指定供应商", "Ⅰ级", "1.食材公开招标；\n2.家长代表参与验收。"),
        ("令狐澴", "防控措施不落实，校服征订收取回扣", "Ⅱ级", "校服征订家长自愿，不统一代购。"),
        ("端木淼", "校舍维修不比价", "Ⅱ级", "维修三家比价，验收留痕。"),
    ]  # fmt: skip
    codes = [c for c, _ in issues]
    assert codes.count("MEASURES_LABEL_ROW_UNDER_POINT") == 1
    assert "LEVEL_BLANK" not in codes


def test_department_merged_over_the_measure_rows(tmp_path):
    # the 科室 merged down over its rows, post and name blank on the measure rows: still bare
    rows = [list(row) for row in MEDICAL]
    rows[6][1] = None
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows}, merges={"清单": ["B5:B8"]})
    got, issues = _read(path)
    assert [(w, m) for w, _p, _l, m in got] == [
        ("慕容翙", "准入评估专家评审，局务会集体研究。"),
        ("东方湜", "检查结果集体审议，处理意见公开。"),
        ("东方湜", "签订廉洁承诺书。"),
    ]
    assert [c for c, _ in issues].count("MEASURES_LABEL_ROW_UNDER_POINT") == 1


def test_merged_holder_cells_read_as_before_without_the_note(tmp_path):
    # the holder's cells merged over his measure rows: the rule of his rows, no new note
    path = write_workbook(
        tmp_path / "清单.xlsx",
        {"清单": MEDICAL},
        merges={"清单": ["B3:B4", "C3:C4", "D3:D4", "B5:B8", "C5:C8", "D5:D8"]},
    )
    got, issues = _read(path)
    assert [m for *_, m in got] == [
        "准入评估专家评审，局务会集体研究。", "检查结果集体审议，处理意见公开。", "签订廉洁承诺书。",
    ]  # fmt: skip
    assert "MEASURES_LABEL_ROW_UNDER_POINT" not in [c for c, _ in issues]


def _near(rows):
    head = [["某县医疗保障局岗位廉政风险防控清单", None, None, None, None, None, None],
            ["序号", "科室", "职务", "责任人", "风险点描述", "风险级别", "防控措施"]]  # fmt: skip
    return head + rows


def test_near_misses_read_as_before(tmp_path):
    cases = {
        # the point above has its own measures: the row below is read as before (a point)
        "own.xlsx": _near([
            [1, "基金监管股", "股长", "东方湜", "飞行检查发现问题降格处理", "一级", "结果集体审议。"],
            [None, None, None, None, "防控措施：处理意见公开。", None, None],
        ]),
        # a level on the measure row: not a row of measures alone, read as before
        "level.xlsx": _near([
            [1, "基金监管股", "股长", "东方湜", "飞行检查发现问题降格处理", "一级", None],
            [None, None, None, None, "防控措施：处理意见公开。", "二级", None],
        ]),
        # its own 序号: read as before
        "seq.xlsx": _near([
            [1, "基金监管股", "股长", "东方湜", "飞行检查发现问题降格处理", "一级", None],
            [2, None, None, None, "防控措施：处理意见公开。", None, None],
        ]),
    }  # fmt: skip
    for name, rows in cases.items():
        path = write_workbook(tmp_path / name, {"清单": rows})
        got, issues = _read(path)
        assert "MEASURES_LABEL_ROW_UNDER_POINT" not in [c for c, _ in issues], name
        assert len(got) == 2, (name, got)
    # a 防控措施 column: its cells are the measures, and a real point opening with the words
    path = write_workbook(tmp_path / "col.xlsx", {"清单": _near([
        [1, "局领导", "局长", "慕容翙", "防控措施不落实，准入把关不严", "一级", "准入集体研究。"],
        [2, None, None, None, "协议签订前私下接触", "二级", "签订过程留痕。"],
    ])})  # fmt: skip
    got, issues = _read(path)
    assert got == [
        ("慕容翙", "防控措施不落实，准入把关不严", "Ⅰ级", "准入集体研究。"),
        ("慕容翙", "协议签订前私下接触", "Ⅱ级", "签订过程留痕。"),
    ]
    assert "MEASURES_LABEL_ROW_UNDER_POINT" not in [c for c, _ in issues]


def test_a_closing_line_for_every_row_is_no_points_measures(tmp_path):
    rows = [
        ["某县统计局岗位廉政风险防控清单", None, None, None, None],
        ["序号", "岗位", "姓名", "风险点", "风险等级"],
        [1, "局长", "王明", "统计数据审核个人说了算", "高"],
        [2, "会计", "李红", "报销凭证审核不严", "中"],
        [None, None, None, "防控措施：以上各岗位均严格执行内控制度", None],
    ]
    got, issues = _read(write_workbook(tmp_path / "清单.xlsx", {"清单": rows}))
    # (no measures of 李红's point: the line is read as it was before this rule, a row of its own)
    assert [(p, x, m) for p, x, _lv, m in got][:2] == [
        ("王明", "统计数据审核个人说了算", ""),
        ("李红", "报销凭证审核不严", ""),
    ]
    assert "MEASURES_LABEL_ROW_UNDER_POINT" not in {c for c, _cell in issues}
