"""Fuzzing the TABLES, not the bytes: sound workbooks whose cells are mutated (rows dropped or
doubled, columns inserted or swapped, the sheet turned on its side, the readers' key words put
in odd cells: ``tests/gridfuzz.py``) are each read or reported — ``read_file`` raises nothing
and reports no 内部错误. Seeds: the first batch of published layouts, the held-out batch and
the sample inbox.

80 cases in the normal run, 3,000 with XLPROC_SLOW=1 (``XLPROC_GRID_FUZZ_CASES`` and
``XLPROC_FUZZ_SEED`` override). Two kinds such a run found are pinned below: a column numbered
①②③ (``'①'.isdigit()`` is true, ``int('①')`` fails: the sheet was lost to 内部错误), and a table
read with neither the role asked for nor a point column (an issue's cell raised KeyError
outside the sheet's guard: the whole file was lost).
"""

import os
import sys
from pathlib import Path

import gridfuzz
from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config

ROOT = Path(__file__).resolve().parent.parent
CASES = int(
    os.environ.get("XLPROC_GRID_FUZZ_CASES") or (3000 if os.environ.get("XLPROC_SLOW") else 80)
)
SEED = int(os.environ.get("XLPROC_FUZZ_SEED") or 20261202)


def _seeds(tmp_path: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "tests"))
    from published import heldout, layouts

    layouts.build(tmp_path / "layouts")
    heldout.build(tmp_path / "heldout")
    found = [*tmp_path.rglob("*"), *(ROOT / "samples" / "inbox").iterdir()]
    return sorted(p for p in found if p.suffix.lower() in (".xlsx", ".xls", ".ods")
                  and not p.name.startswith("~$"))  # fmt: skip


def _internal(result) -> list[str]:
    return [str(i.value) for i in result.issues if "内部错误" in str(i.value or "")]


def test_mutated_tables_are_each_read_or_reported(tmp_path):
    config = load_config()
    seeds = _seeds(tmp_path / "seeds")
    assert len(seeds) >= 30
    out = tmp_path / "cases"
    out.mkdir()
    bad = []
    for k, (name, done, sheets) in enumerate(gridfuzz.cases(seeds, CASES, SEED)):
        path = out / f"case{k}.xlsx"
        gridfuzz.write(path, sheets)
        try:
            got = _internal(read_file(path, path.name, config))
        except Exception as e:  # noqa: BLE001 — what the test is for
            got = [f"{type(e).__name__}: {e}"]
        if got:
            bad.append((k, name, done, got))
    assert not bad, bad[:5]


def test_rows_numbered_with_circled_numbers_under_a_heading_shifted_left(tmp_path):
    # the heading lost its 序号 cell (右侧单元格左移); the rows are numbered ①②③④
    rows = [["股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"]]
    for n, point in zip("①②③④", ["档案借阅不登记", "印章使用不审批", "车辆私用", "会议费虚列"],
                        strict=True):  # fmt: skip
        rows.append([n, "办公室", "副主任", "宇文清晏", point, "制度机制", "二级", "登记审批"])
    path = tmp_path / "list.xlsx"
    write_workbook(path, {"一览表": rows})
    got = read_file(path, path.name, load_config())
    assert not _internal(got)
    points = [r[8] for form in got.risks for r in form]
    assert points == ["档案借阅不登记", "印章使用不审批", "车辆私用", "会议费虚列"]
    assert "HEADING_SHIFTED" in {i.code for i in got.issues}


def test_a_side_table_read_without_its_point_row_does_not_lose_the_file(tmp_path):
    # a 执法大队's table turned on its side, its 风险点 label pushed one column right of the
    # others (a cell inserted): the rows read, their issues cite cells, nothing raised
    rows = [
        ["某县生态环境保护综合行政执法大队", "序号", "1", "2", "3", "编制：法制审核股"],
        ["", "股室（中队）", "大队领导", "执法一中队", "法制审核股", ""],
        ["", "", "岗位", "大队长", "中队长", "股长"],
        ["", "", "风险点", "重大案件处理", "现场检查", "处罚裁量审核"],
        ["", "风险表现", "重大案件个人拍板", "检查走过场", "裁量畸轻畸重", ""],
        ["", "风险类型", "制度机制", "岗位职责", "制度机制", ""],
        ["", "", "风险等级", "一级", "二级", "二级"],
        ["", "", "防控措施", "集体讨论", "全程记录", "严格执行裁量基准"],
    ]
    path = tmp_path / "side.xlsx"
    write_workbook(path, {"防控表": rows})
    got = read_file(path, path.name, load_config())  # (raised KeyError before)
    assert not _internal(got)
    assert got.issues or got.risks
