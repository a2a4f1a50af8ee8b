"""The six-hundred-and-sixty-second batch of published layouts (tests/published/batch662.py): seven
ordinary files as the bodies of one mining district (白云鄂博矿区, 包头市) really send them — the
管理委员会's 一览表 in two sheets 班子成员/工作部门 with ``一级/二级/三级``, the 稀土资源监管所's 排查表 对岗不对人
with ``…风险`` types and 高/中/低, the 自然资源局's 一览表 under ``附件1`` with ``高风险/中风险/低风险``, the
应急管理局's 清单 under group rows with ``一级风险/…``, the 生态环境综合行政执法大队's 防控卡 one sheet a
person with ``★★★/★★/★``, the 财政局's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 工业和信息化局's
登记表 — and one harder: the 矿山地质环境监测站's 排查表 whose TITLE names the station's three holders as
post–name pairs (``…监测站站长葛翯渟、副站长奚瀞岚、监测员葛翀璟岗位廉政风险点排查表``) and whose table has
only a ``岗位`` column (``python tests/published/score.py --set batch662``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 378e780 (/work/snap21; this worktree branched from
dev at the same commit): TOTAL forms=0.903 recall=0.843 precision=0.843 levels=1.000 types=1.000
noise=0 (forms 28/31, points 43/51); with --strict the same: TOTAL forms=0.903 recall=0.843
precision=0.843 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``baiyun_monitoring_station_title_holders.xlsx`` (sheet 排查表; forms 0/3,
points 0/8, precision 0/8, noise 0): the reader found the table (heading A3), read all eight rows
B4–E11 with the right post (the merged 岗位 column: 站长 rows 4–6, 副站长 7–8, 监测员 9–11) and the
right level, and grouped them into three forms by post (posts.csv F00001–F00003) — but it left every
form's 责任人 EMPTY and gave each the 科室 ``站长葛翯渟、副站`` (a piece of the title A1
``白云鄂博矿区矿山地质环境监测站站长葛翯渟、副站长奚瀞岚、监测员葛翀璟岗位廉政风险点排查表``, cut after the
unit at the next ``站``), where the truth has no 科室 and the holders 站长 葛翯渟 (rows 4–6), 副站长
奚瀞岚 (7–8) and 监测员 葛翀璟 (9–11); so no form and no point matched (unscored besides: 站长 and 副站长
came out 中层岗位, the truth has leader). No issue was raised but TABLE_NO_TYPE (info). Kind: a
title naming several holders as post–name pairs, which the rows' 岗位 cells pick from, is not read
as a roster — the names are dropped and the rest of the title after the unit is taken for a 科室.

Not generalised in the stop that measured it (left for the next): holders named only in the title
as post–name pairs (``…站长某某、副站长某某、监测员某某…表``), each row's 岗位 picking its holder.

Generalised after this measurement: holders named in the title as post–name pairs are a roster the rows' 岗位 pick from, the title's 科室 only before the first pair (tests/test_holders_named_in_title.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch662 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STATION,
    STATION_ROWS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(662, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"baiyun_monitoring_station_title_holders"}
TYPED = {
    "baiyun_rare_earth_office_posts",
    "baiyun_natural_resources_list",
    "baiyun_industry_bureau_register",
}
NOBODY = {"baiyun_rare_earth_office_posts"}


def test_batch662_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=661, unit_words=("白云鄂博矿区",), new_people=True
    )


def test_batch662_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch662_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch662_every_unit_is_of_baiyun_obo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("白云鄂博矿区") for u in units)


def test_batch662_the_title_pairs_posts_with_holders():
    name = "baiyun_monitoring_station_title_holders"
    rows = BATCH.filled(name)
    title = rows[0][0]
    for post, who, _tier in STATION:
        assert f"{post}{who}" in title
    # the names stand in the title only, never in the table
    table = BATCH.table(name)
    assert len(table) == len(STATION_ROWS)
    assert not {who for _, who, _ in STATION} & {c for row in table for c in row}
    whose = {post: who for post, who, _ in STATION}
    got = [("", row[1], whose[row[1]], row[2], HML[row[3]]) for row in table]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(STATION)
    # every post has a single holder, every holder several points
    assert len(whose) == len(STATION)
    assert all(sum(row[1] == post for row in table) >= 2 for post in whose)


def test_batch662_plain_tables_by_heading():
    cases = [
        ("baiyun_natural_resources_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("baiyun_industry_bureau_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("baiyun_rare_earth_office_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "baiyun_committee_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "工作部门") == BATCH.truth_rows(name, "工作部门")


def test_batch662_group_rows_give_the_department():
    name = "baiyun_emergency_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch662_one_sheet_a_person():
    name = "baiyun_finance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "baiyun_enforcement_team_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch662_is_read(tmp_path):
    BATCH.is_read(tmp_path)
