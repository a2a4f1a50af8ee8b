"""The six-hundred-and-fifteenth batch of published layouts (tests/published/batch615.py): seven
ordinary files as the 农牧 and 水利 bodies of one county (五原县) really send them — the 农牧局's 一览表 in
two sheets 局领导/股室 with ``一级/二级/三级``, the 农业技术推广中心's 排查表 对岗不对人 with ``…风险`` types,
the 农牧业综合行政执法大队's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 塔布灌域管理所's 清单 under
group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the 水利事业发展中心's 防控卡 one sheet a
leader with ``★★★/★★/★``, the 节约用水服务中心's 一览表 with ``高风险/中风险/低风险``, the
水利工程建设服务中心's 登记表 — and one harder: the 水利局's 廉政风险点登记表, ONE RECORD A POINT stacked
down one sheet, seven label rows a block (``编　　号 | 所在股室 | 岗　　位 | 责 任 人 | 风 险 点 | 风险等级 |
防控措施``, the value merged across B:D), a blank row between blocks
(``python tests/published/score.py --set batch615``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 0913bd6 (/work/snap13; this worktree branched from
dev at 1b3d09a): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 31/31, points 51/51); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
``wuyuan_water_bureau_stacked_records`` too (forms 6/6, points 10/10): the reader took each block of
seven label rows (label in A, value merged B:D) as a record and gathered a holder's scattered blocks
into one form. Kind: none missed — the vertical record a point, stacked down the sheet, is read as
the 防控卡's label rows already are, so this harder shape turned out to be within what the reader
knows (the README does not describe it in words, but its label-row reading covers it).

Not generalised in the stop that measured it (nothing to generalise: no miss).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch615 import (
    GRADES,
    HIGHS,
    LABELS,
    LAYOUTS,
    RECORDS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(615, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wuyuan_water_bureau_stacked_records"}
TYPED = {
    "wuyuan_agritech_center_posts",
    "wuyuan_water_saving_center_list",
    "wuyuan_water_works_register",
}
NOBODY = {"wuyuan_agritech_center_posts"}


def test_batch615_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=615, unit_words=("五原县",), new_people=True)


def test_batch615_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch615_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch615_every_unit_is_of_wuyuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("五原县") for u in units)


def test_batch615_stacked_records_give_the_points():
    name = "wuyuan_water_bureau_stacked_records"
    rows = BATCH.filled(name)
    got, block = [], {}
    for row in rows:
        if row and row[0] in LABELS:
            block[row[0]] = row[1]
            if row[0] == LABELS[-1]:
                got.append((block[LABELS[1]], block[LABELS[2]], block[LABELS[3]], block[LABELS[4]],
                            HML[block[LABELS[5]]]))  # fmt: skip
                block = {}
    assert len(got) == len(RECORDS)
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # a holder's blocks are not all next to each other, and no row holds two labels
    order = [who for _, _, who, _, _ in got]
    assert any(
        order[i] != order[i + 1] and order[i] in order[i + 2 :] for i in range(len(order) - 2)
    )
    assert all(sum(1 for c in row if c in LABELS) <= 1 for row in rows)


def test_batch615_plain_tables_by_heading():
    cases = [
        ("wuyuan_water_saving_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wuyuan_water_works_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("wuyuan_agritech_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wuyuan_agriculture_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch615_group_rows_give_the_department():
    name = "wuyuan_irrigation_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch615_one_sheet_a_person():
    name = "wuyuan_enforcement_brigade_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在中队", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wuyuan_water_development_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch615_is_read(tmp_path):
    BATCH.is_read(tmp_path)
