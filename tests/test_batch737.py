"""The seven-hundred-and-thirty-seventh batch of published layouts (tests/published/batch737.py):
seven ordinary files as the 矿泉水 产业 and 生态 bodies of one county (靖宇县) really send them — the
矿泉水水源保护区管理局's 一览表 in two sheets 局领导/业务科室 with ``一级/二级/三级``, the 矿泉水产业园区管理委员会's
排查表 对岗不对人 with ``风险点 | 风险表现``, the 矿泉水产业发展服务中心's 防控卡 one sheet a person with
``★★★/★★/★``, the 水源保护站's 清单 under group rows ``一、站领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 生态环境监测站's
自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 政务服务中心生态环境窗口's 一览表 with
``风险类型`` and 高/中/低, the 矿泉水检验检测中心's 一览表 with ``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the
生态环境分局's 岗位廉政风险点汇总表, one row a 科室, the 风险点 cell holding holder lines ``局长　弭翾峋`` each
over his numbered points ``1.……（一级）`` (``python tests/published/score.py --set batch737``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch). ``truth_is_self_consistent`` is called with ``whole_points=False``: the
harder file's points stand inside the 科室's one cell.

Measured ONCE, untuned, with main's reader at 1cb5d7e (/work/snap30; this worktree branched from
dev at the same commit): TOTAL forms=0.815 recall=0.771 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 22/27, points 37/48, precision 37/37); with --strict the same: TOTAL forms=0.815
recall=0.771 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``jingyu_ecology_branch_cells_by_office.xlsx`` (sheet 汇总表; forms 0/5,
points 0/11, precision 0/0, noise 0): the reader found no table at all — one warning
FILE_NO_FORM (“工作簿中未找到廉政风险识别和防控表”), no form, no risk row, no issue on any cell. The
heading row A3:D3 ``序号 | 科室 | 岗位廉政风险点（按人员逐条填写，括注等级） | 主要防控措施`` was not taken for a
heading, so the three 科室 rows B4:D6 (``局领导``, ``环境执法大队``, ``环评与排污许可科``), whose C cells hold
the holder lines ``局长　弭翾峋`` … over the numbered points ``1.……（一级）`` and whose D cells the
numbered measures, were never read; the truth has five holders — 局长 弭翾峋 (2 points), 副局长
蓟岍澂 (2) in C4, 大队长 弭芃湜 (2), 执法队员 蓟沺翀 (3) in C5, 科长 弭瑑沄 (2) in C6 — 11 points with
levels from the closing brackets. Kind: a list one row a 科室 whose 风险点 cell splits its numbered
points among several holders by holder sub-heading lines (post　name) is not recognised as a table
(its long bracketed 风险点 heading with 按人员逐条填写 is not matched), so the whole file is lost.

Unscored besides: the other files' issues are info only (TABLE_NO_TYPE, GRADE_BLANK, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): a 风险点 heading carrying a
bracketed filling note, holder sub-heading lines inside one 科室 cell over numbered points with
bracketed levels, a measures cell numbered the same way.

Generalised after this measurement: a heading whose bracket only says how to fill the column (岗位廉政风险点（按人员逐条填写，括注等级）) is that heading; a point cell whose bare post–name lines head each holder's numbered points with bracketed levels gives each holder his points, the row's 科室 kept (tests/test_holder_lines_in_office_cell.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch737 import (
    CN,
    GRADES,
    HIGHS,
    LAYOUTS,
    OFFICES,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(737, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jingyu_ecology_branch_cells_by_office"}
TYPED = {"jingyu_approval_window_list"}
NOBODY = {"jingyu_industrial_park_posts"}


def test_batch737_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=734, unit_words=("靖宇县",), new_people=True)


def test_batch737_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch737_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch737_every_unit_is_of_jingyu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("靖宇县") for u in units)


def test_batch737_holder_lines_split_the_office_cell():
    name = "jingyu_ecology_branch_cells_by_office"
    levels = {v: k for k, v in CN.items()}
    got, numbers = [], []
    for row in BATCH.filled(name):
        if not isinstance(row[0], int):
            continue
        dept, holder = row[1], None
        for line in row[2].split("\n"):
            m = re.fullmatch(r"(\d+)\.(.+)（(.级)）", line)
            if m:
                numbers.append(int(m.group(1)))
                got.append((dept, *holder, m.group(2), levels[m.group(3)]))
            else:
                holder = tuple(line.split("\u3000"))
                assert len(holder) == 2 and "." not in line and "：" not in line
        # the measures cell numbers its lines as the points cell does
        meas = [int(x.split(".")[0]) for x in row[3].split("\n")]
        assert meas == numbers[-len(meas) :]
    assert got == BATCH.truth_rows(name)
    assert len(BY_NAME[name]["truth"]) == sum(len(h) for _, h in OFFICES)
    # at least one 科室 cell holds more than one holder
    assert any(len(h) > 1 for _, h in OFFICES)


def test_batch737_plain_tables_by_heading():
    name = "jingyu_approval_window_list"
    heads = {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    name = "jingyu_industrial_park_posts"
    assert BATCH.by_heading(
        name, {"dept": "科室", "post": "岗位", "point": "风险点"}
    ) == BATCH.truth_rows(name)
    name = "jingyu_testing_center_list"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "jingyu_reserve_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "业务科室") == BATCH.truth_rows(name, "业务科室")


def test_batch737_group_rows_give_the_department():
    name = "jingyu_water_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch737_one_sheet_a_person():
    name = "jingyu_monitoring_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
    name = "jingyu_service_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]


def test_batch737_is_read(tmp_path):
    BATCH.is_read(tmp_path)
