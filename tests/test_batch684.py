"""The six-hundred-and-eighty-fourth batch of published layouts (tests/published/batch684.py): seven
ordinary files as the 城市管理 and 园林 bodies of one city (乌兰浩特市) really send them — the
城市管理综合执法局's 一览表 in two sheets 局领导/科室 with ``一级/二级/三级``, the 执法一大队's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 罕山公园管理处's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
垃圾无害化处理场's 清单 under group rows ``一、场领导`` … with ``一级风险/二级风险/三级风险``, the
园林绿化中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the 市政设施管理所's 一览表 with
``高风险/中风险/低风险``, the 执法二大队's 登记表 — and one harder: the 环境卫生管理处's 廉政风险点分布表, a
cross table of 科室 down by risk types across, each cell the 科室's points of that type one a line,
each line closed by ``（高）——科长　某某`` (its level and its holder)
(``python tests/published/score.py --set batch684``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8a4ec59 (/work/snap24; this worktree branched from
dev at 945c842): TOTAL forms=0.806 recall=0.789 precision=1.000 levels=1.000 types=1.000 noise=0;
with --strict the same: TOTAL forms=0.806 recall=0.789 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 29/36, points 45/57). The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0):
``wulanhaote_bureau_two_sheets`` (10/10), ``wulanhaote_first_brigade_posts`` (6/6, 对岗不对人),
``wulanhaote_park_selfchecks`` (6/6), ``wulanhaote_landfill_group_rows`` (6/6),
``wulanhaote_greening_center_cards`` (5/5), ``wulanhaote_municipal_facilities_list`` (6/6) and
``wulanhaote_second_brigade_register`` (6/6).

The one miss is the harder ``wulanhaote_sanitation_dept_type_cross.xlsx`` (sheet 分布表): forms 0/7,
points 0/12. The reader found no form in the file at all: issues.csv has only
``FILE_NO_FORM`` (warning, "工作簿中未找到廉政风险识别和防控表(没有“风险点”“风险级别”等表头)") and posts.csv
and risks.csv have no row of it. The sheet: title A1:G1; heading A2:A3 ``序号`` and B2:B3 ``科　室``
merged down, the band C2:G2 ``廉政风险点（风险等级）——责任岗位　责任人`` merged over the type row C3:G3
(``思想道德风险 | 制度机制风险 | 岗位职责风险 | 业务流程风险 | 外部环境风险``); the data rows 4–7 one a 科室
(处领导, 清扫保洁科, 收集运输科, 财务科), each cell C4:G7 either ``/`` or the 科室's points of that type one
a line, ``1.接受环卫作业公司宴请、礼品礼金（中）——主任　滕翙岚``; the ``注：`` line A8:G8. The truth has seven
forms (主任 滕翙岚 and 副主任 扈琮湜 of 处领导, 科长 滕珽澜 and 质量考核员 扈昀澈 of 清扫保洁科, 科长 滕玥璠 and
调度员 扈湛霁 of 收集运输科, 会计 滕珮琨 of 财务科), 12 points, each typed by its column and levelled by
its bracket. KIND: a 科室-by-risk-type cross table with no 风险点, 岗位 or 姓名 column (the point, level
and holder written together in each line of a type cell, ``…（高）——post　name``) is not recognised as a
form: the type columns under a band naming 风险点/风险等级/责任人 are not taken for point columns, so
the whole file is skipped as holding no form.

Not generalised in the stop that measured it.

Generalised after this measurement: a 科室 × risk-type grid whose cells list points one a line, each with its bracketed level and its holder after a dash (DEPT_TYPE_GRID info, DEPT_TYPE_GRID_NO_HOLDER warning; tests/test_dept_by_type_grid_with_holders.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch684 import (
    CROSS,
    CROSS_TYPES,
    GRADES,
    HIGHS,
    LAYOUTS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(684, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wulanhaote_sanitation_dept_type_cross"}
TYPED = {
    "wulanhaote_sanitation_dept_type_cross",
    "wulanhaote_first_brigade_posts",
    "wulanhaote_municipal_facilities_list",
    "wulanhaote_second_brigade_register",
}
NOBODY = {"wulanhaote_first_brigade_posts"}


def test_batch684_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=680, unit_words=("乌兰浩特",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The cells of the form's sheet, and in the cross table each numbered line of a cell with
    its closing level and holder cut off."""
    cells = set(sheets[form["sheet"]])
    for cell in list(cells):
        for part in re.split(r"\d+\.", cell):
            cells.add(re.sub(r"\([高中低]\)——.*$", "", part))
    return cells


def test_batch684_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch684_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch684_every_unit_is_of_wulanhaote():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("乌兰浩特市") for u in units)


def test_batch684_cross_cells_give_holders_types_and_levels():
    name = "wulanhaote_sanitation_dept_type_cross"
    rows = BATCH.filled(name)
    head = next(i for i, row in enumerate(rows) if row[2 : 2 + len(CROSS_TYPES)] == CROSS_TYPES)
    line = re.compile(r"^\d+\.(.+)（([高中低])）——(\S+)\u3000(\S+)$")
    got, holders = [], set()
    for row in rows[head + 1 :]:
        if not isinstance(row[0], int):
            continue
        dept = row[1]
        for typ, cell in zip(CROSS_TYPES, row[2 : 2 + len(CROSS_TYPES)], strict=True):
            if cell == NONE:
                continue
            for text in cell.split("\n"):
                m = line.match(text)
                assert m, text
                point, lv, post, who = m.groups()
                got.append((dept, post, who, point, HML[lv], tuple(types_in(typ))))
                holders.add((dept, who))
    want = [
        (f["department"], f["title"], f["person"], r["risk_point"], r["level"], tuple(r["types"]))
        for f in BY_NAME[name]["truth"]
        for r in f["risks"]
    ]
    assert sorted(got) == sorted(want)
    # several holders share a row, and a holder's points stand in several type cells
    assert len(holders) == len(BY_NAME[name]["truth"]) > len(CROSS)
    assert any(len({typ for typ, lines in cells.items() for *_x, who in lines if who == 0}) > 1
               for _d, _h, cells in CROSS)  # fmt: skip


def test_batch684_plain_tables_by_heading():
    cases = [
        ("wulanhaote_municipal_facilities_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wulanhaote_second_brigade_register",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("wulanhaote_first_brigade_posts", {"dept": "中队", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wulanhaote_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "wulanhaote_first_brigade_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch684_group_rows_give_the_department():
    name = "wulanhaote_landfill_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch684_one_sheet_a_person():
    name = "wulanhaote_park_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wulanhaote_greening_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch684_is_read(tmp_path):
    BATCH.is_read(tmp_path)
