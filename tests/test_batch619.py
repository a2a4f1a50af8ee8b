"""The six-hundred-and-nineteenth batch of published layouts (tests/published/batch619.py): seven
ordinary files as the ecology and natural-resources bodies of one banner (乌拉特前旗) really send them —
the 自然资源局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 不动产登记中心's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 环境监测站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 国土空间规划
服务中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 生态环境保护综合行政
执法大队's 防控卡 one sheet a leader with ``★★★/★★/★``, the 自然资源综合行政执法大队's 一览表 with
``高风险/中风险/低风险``, the 乌拉山镇自然资源所's 登记表 — and one harder: the 生态环境分局's 廉政风险点台账,
one row a point with no 股室/岗位/姓名 column, each holder's rows CLOSED by a merged foot row
``以上风险点　责任股室：…　责任岗位：…　责任人：…`` (``python tests/published/score.py --set batch619``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3c7eee8 (/work/snap14; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 33/33, points 53/53, precision 53/53); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. All eight layouts read in full (forms, points, levels and types all 1.00, noise 0),
the harder ``wulateqianqi_eco_branch_foot_rows`` too (forms 4/4, points 9/9): the reader already
gives each merged foot row ``以上风险点　责任股室：…　责任岗位：…　责任人：…`` to the point rows above it,
so this shape, though the README's 读得懂的表 does not describe it, is no miss.

No misses, so no kind of misreading to record.

Not generalised in the stop that measured it (nothing missed; left for the next: a README line on
holders named in foot rows ``以上…责任人：…`` closing each block).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch619 import (
    BLOCKS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(619, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wulateqianqi_eco_branch_foot_rows"}
TYPED = {
    "wulateqianqi_registration_centre_posts",
    "wulateqianqi_resources_enforcement_list",
    "wulateqianqi_town_resources_office_register",
}
NOBODY = {"wulateqianqi_registration_centre_posts"}


def test_batch619_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=619, unit_words=("乌拉特前旗",), new_people=True
    )


def test_batch619_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch619_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch619_every_unit_is_of_wulateqianqi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("乌拉特前旗" in u for u in units)


def test_batch619_foot_rows_give_the_holders():
    name = "wulateqianqi_eco_branch_foot_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:5] == ["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"]
    got, pending, feet = [], [], 0
    for row in rows[head + 1 :]:
        if isinstance(row[0], int):
            pending.append((row[2], HML[row[3]]))
        elif isinstance(row[0], str) and row[0].startswith("以上风险点"):
            text = row[0]
            dept = text.split("责任股室：")[1].split("\u3000")[0] if "责任股室：" in text else ""
            post = text.split("责任岗位：")[1].split("\u3000")[0]
            who = text.split("责任人：")[1]
            got += [(dept, post, who, point, lv) for point, lv in pending]
            pending, feet = [], feet + 1
    assert not pending and feet == len(BLOCKS)
    assert got == BATCH.truth_rows(name)
    # the rows above the first foot row have no label row over them
    assert isinstance(rows[head + 1][0], int)
    assert len(BY_NAME[name]["truth"]) == len(BLOCKS)


def test_batch619_plain_tables_by_heading():
    cases = [
        ("wulateqianqi_resources_enforcement_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wulateqianqi_town_resources_office_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("wulateqianqi_registration_centre_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wulateqianqi_natural_resources_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "wulateqianqi_registration_centre_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch619_group_rows_give_the_department():
    name = "wulateqianqi_planning_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch619_one_sheet_a_person():
    name = "wulateqianqi_monitoring_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wulateqianqi_eco_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch619_is_read(tmp_path):
    BATCH.is_read(tmp_path)
