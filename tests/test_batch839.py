"""The eight-hundred-and-thirty-ninth batch of published layouts (tests/published/batch839.py): seven
ordinary files as the city management bodies of one county (寿宁县) really send them — the 城市管理局's
一览表 under ``附件1`` with ``一级/二级/三级``, the 环境卫生管理所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 市政设施维护中心's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 停车管理办公室's
清单 under group rows ``一、办领导`` … with ``一级风险/二级风险/三级风险``, the 园林绿化管理所's 自查表 one
sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 数字化城市管理指挥中心's 一览表 with ``高风险/中风险/低风险``, the
建筑垃圾管理所's 登记表 — and one harder: the 城市管理综合执法大队's 排查表, one row a point, the one
``责任人`` column last, a shared point's further holders typed on, one a cell, into the unheaded
columns right of the table (``python tests/published/score.py --set batch839``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at dfc93b1b (/work/snap48, the developers' newest reader;
this worktree branched from dev at adf0b610): TOTAL forms=0.971 recall=0.897 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 33/34, points 52/58, levels 52/52, types 52/52); with --strict
the same: TOTAL forms=0.971 recall=0.897 precision=1.000 levels=1.000 types=1.000 noise=0. The 8
files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0): the 城市管理局's 一览表, the 环境卫生管理所's cards, the
市政设施维护中心's 对岗不对人 排查表, the 停车管理办公室's group-row 清单, the 园林绿化管理所's 自查表, the
数字化城市管理指挥中心's 一览表 and the 建筑垃圾管理所's 登记表.

Missed, all in the harder ``shouning_enforcement_brigade_holders_overflow.xlsx`` (sheet 排查表; forms
6/7, points 8/14, precision 8/8, levels 8/8, noise 0): the reader took the heading row 3 as the
table's width, ended the table at G (``责任人``, COLUMN_GUESSED at G3 as 岗位 plus 人名, rightly split),
and read every row's point once, for the one holder under ``责任人`` only; the six holder cells typed
on past it were reported as CELL_OUTSIDE warnings (``表格右侧(最后一列为 G 列)的内容…不属于任何列,
未被收录``) and dropped: H4 ``副大队长　漆霂渟`` (D4 重大行政处罚案件不经集体讨论，个人定案, 高: read only
for 大队长 冀霂濯, posts.csv F00001), H6 ``执法队员　漆陟昰`` and I6 ``执法队员　冀晞飏`` (D6 对占道经营
选择性执法…, 高: only for 中队长 冀鹓炘, F00003), H7 ``执法队员　冀晞飏`` (D7 当场收缴罚款不开具专用票据…,
高: only for 执法队员 漆陟昰, F00004), H9 and H11 ``执法队员　冀浟谞`` (D9 对未经审批的户外广告设施…, 中;
D11 执法时故意不开启执法记录仪…, 低: only for 中队长 漆暄锃, F00005). The truth has those six points
for those holders too, 14 in all; the 一中队 执法队员 冀晞飏, who stands only in the unheaded cells
(I6, H7), got no form at all. The ``注：`` line (A12) saying further holders go in the blank cells
right of ``责任人`` was read as no rule (and rightly as no point). Kind: a shared point's further
holders typed on, one a cell, into the unheaded columns after the last (``责任人``) column are taken
for content outside the table, so the point reaches only its first holder and a holder named only
there is lost.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED) and the six
CELL_OUTSIDE warnings above.

Not generalised in the stop that measured it (left for the next): holders continued past the last
heading into unheaded cells, one a cell, as a ``注：`` under the table tells them to.

Generalised after this measurement: further holders typed one a cell into unheaded columns past the last 责任人 column (HOLDERS_CONTINUED_UNHEADED), tests/test_holders_continued_unheaded.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch839 import (
    BRIGADE,
    GRADES,
    HIGHS,
    LAYOUTS,
    OVERFLOW,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(839, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shouning_enforcement_brigade_holders_overflow"}
TYPED = {
    "shouning_city_management_bureau_list",
    "shouning_municipal_facilities_posts",
    "shouning_digital_command_centre_list",
    "shouning_construction_waste_register",
}
NOBODY = {"shouning_municipal_facilities_posts"}


def test_batch839_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=836, unit_words=("寿宁县",), new_people=True)


def test_batch839_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch839_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch839_every_unit_is_of_shouning():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("寿宁县") for u in units)


def test_batch839_holders_run_on_past_the_heading():
    name = "shouning_enforcement_brigade_holders_overflow"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    heading = ["序号", "所在中队", "执法环节", "廉政风险点", "风险等级", "防控措施", "责任人"]
    width = len(heading)
    # the heading ends at 责任人: the cells after it are unheaded
    assert rows[head][:width] == heading and not any(rows[head][width:])
    table = BATCH.table(name)
    assert len(table) == len(OVERFLOW)
    by_cell = {f"{post}\u3000{who}": (post, who) for post, who, _tier in BRIGADE.values()}
    got = []
    for row in table:
        cells = [c for c in row[width - 1 :] if c]
        assert cells and all(c in by_cell for c in cells)
        assert all(c is None for c in row[width - 1 + len(cells) :])  # typed on with no gap
        for c in cells:
            post, who = by_cell[c]
            got.append((row[1], post, who, row[3], HML[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several rows run past the heading, one by two cells; a holder stands under 责任人 in some
    # rows and only in the unheaded cells in others
    past = [row for row in table if row[width]]
    assert len(past) >= 4 and any(row[width + 1] for row in table)
    for post, who, _tier in BRIGADE.values():
        cell = f"{post}\u3000{who}"
        assert any(cell in row[width - 1 :] for row in table)
    assert any(row[width - 1] == "执法队员\u3000漆陟昰" for row in table)
    assert any(row[width] == "执法队员\u3000漆陟昰" for row in table)
    # the 注 under the table says so
    assert any("右侧空白格内依次填写" in str(r[0]) for r in rows)
    assert len(BY_NAME[name]["truth"]) == len(BRIGADE)


def test_batch839_plain_tables_by_heading():
    cases = [
        ("shouning_city_management_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("shouning_digital_command_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shouning_construction_waste_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("shouning_municipal_facilities_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    name = "shouning_municipal_facilities_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch839_group_rows_give_the_department():
    name = "shouning_parking_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch839_one_sheet_a_person():
    name = "shouning_landscaping_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填报日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shouning_sanitation_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["持卡人", f["person"], "所在股室", f["department"], "职　务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch839_is_read(tmp_path):
    BATCH.is_read(tmp_path)
