"""The seven-hundred-and-eighty-seventh batch of published layouts (tests/published/batch787.py): seven
ordinary files as the urban management and housing bodies of one county (代县, 忻州市) really send
them — the 住房和城乡建设管理局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 环境卫生服务中心's
一览表 with ``高风险/中风险/低风险``, the 市政设施维护中心's 排查表 对岗不对人 with ``…风险`` types and 高/中/低,
the 建筑工程质量安全监督站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 园林绿化中心's 清单 under group
rows, the 住房保障服务中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the 城市管理综合行政执法大队's 登记表 —
and one harder: the 城市管理局's 一览表 whose merged ``股室人员`` cell lists each 股室's staff one a line
(``岗位　姓名``) while every row names only its post (``python tests/published/score.py --set batch787``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6671f67d (/work/snap40; this worktree branched from
dev at b77c7a70): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 34/34, points 51/51, precision 51/51); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. All eight layouts read in full (forms, points, levels and types all 1.00, noise 0),
the harder one too.

No miss. The harder ``daixian_urban_management_bureau_staff_cell.xlsx`` (sheet 一览表) read 7/7
forms and 10/10 points: the reader took the merged ``股室人员`` cells C4 (``副局长　冉甦祎⏎局长　厉彧朏``),
C7 and C10 as post–name lists and gave each row the person listed under the row's own 岗位
(D4:D13), with the info ``HOLDERS_LISTED_WITH_POSTS`` at C4. The shape was NOT new: docs/layouts.md
(读得懂的表, the paragraph at its line 433) already describes a last column ``科室人员``, merged down
over the 科室's rows, listing staff by post, each row taking the person of its own ``岗位``. The
helper that built this batch grepped for the key word but did not read the hits before choosing,
so this round has no harder file that is really new. Kind: none (a known shape, read as documented).

Unscored besides: the other issues are info only (TABLE_NO_TYPE etc.).

Not generalised in the stop that measured it (nothing to generalise: no miss).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch787 import (
    GAP,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF_CELLS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(787, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"daixian_urban_management_bureau_staff_cell"}
TYPED = {
    "daixian_sanitation_centre_list",
    "daixian_municipal_facilities_posts",
    "daixian_enforcement_brigade_register",
}
NOBODY = {"daixian_municipal_facilities_posts"}


def test_batch787_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=781, unit_words=("代县",), new_people=True)


def test_batch787_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch787_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch787_every_unit_is_of_daixian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("代县") for u in units)


def test_batch787_staff_cell_gives_the_holders():
    name = "daixian_urban_management_bureau_staff_cell"
    head = BATCH.header(name)
    assert BATCH.filled(name)[head][:4] == ["序号", "股室", "股室人员", "岗位"]
    got = []
    for row in BATCH.table(name):
        staff = dict(line.split(GAP) for line in row[2].split("\n"))
        got.append((row[1], row[3], staff[row[3]], row[4], GRADES[row[5]]))
    assert got == BATCH.truth_rows(name)
    # the cell's roll order is not the rows' order, and one cell holds several holders
    for _dept, staff, rows in STAFF_CELLS:
        order = list(dict.fromkeys(post for post, *_ in rows))
        assert [post for post, *_ in staff] != order and len(staff) > 1
        assert len({post for post, *_ in staff}) == len(staff)


def test_batch787_plain_tables_by_heading():
    cases = [
        ("daixian_sanitation_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("daixian_enforcement_brigade_register",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("daixian_municipal_facilities_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "daixian_housing_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch787_group_rows_give_the_department():
    name = "daixian_landscaping_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch787_one_sheet_a_person():
    name = "daixian_quality_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "daixian_housing_security_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch787_is_read(tmp_path):
    BATCH.is_read(tmp_path)
