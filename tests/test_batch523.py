"""The five-hundred-and-twenty-third batch of published layouts (tests/published/batch523.py): seven
ordinary files as the 住建 and 交通 bodies of one county (皋兰县) really send them — the
住房和城乡建设局's 一览表 with 股室/岗位/责任人 merged and 高/中/低, the 交通运输局's file in two
sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 公路养护段's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 石洞镇村镇建设服务中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 什川镇 center's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
水阜镇 center's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 黑石镇 center's
责任清单 with ``职责事项`` — and one harder: the 建筑工程质量安全监督站's 一览表, each 监督组's
``责任人`` cell a team by labelled roles ``组长：…⏎组员：…、…``
(``python tests/published/score.py --set batch523``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 2df6f1d (``/work/snap38``; this
worktree branched from dev at 2df6f1d too): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 0.82 (37/45)  levels  37/37  types  37/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=0.822 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 0.82 (37/45)
levels  37/37  types  37/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=0.822
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (18/18 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``gaolan_quality_station_team_holder.xlsx`` (sheet 一览表; forms 3/3,
points 6/6, precision 6/14): the reader found the 站长 and both 组长 with their 科室, posts, points,
levels and types, but read each team cell as THREE holders: D5 (merged D5:D6)
``组长：郜昉珩⏎组员：隗翚煦、睢瑷翯`` gave forms for 郜昉珩 (truth) and also for 隗翚煦 and 睢瑷翯
(监督一组, 质量监督员, each with both points E5, E6); D7 (merged D7:D8) ``组长：庹璠骁⏎组员：蒯暄瑀、
亓翀煊`` gave 庹璠骁 (truth) and also 蒯暄瑀 and 亓翀煊 (监督二组, 安全监督员, points E7, E8); so four
extra forms and eight extra points (the truth: the 组员 hold no post; issues.csv says nothing of
the cells). Kind: the ``组员：`` line of a labelled team cell is read as more holders of the post,
not as people working under the 组长 who holds it.

Not scored, seen in posts.csv: the four 镇村镇建设服务中心 are read under the unit ``皋兰县…镇`` with
the 科室 ``村镇建设服务中心`` where no 科室 is written (the truth: unit ``皋兰县…镇村镇建设服务中心``;
the 石洞镇 and 黑石镇 files name no 科室), and the 石洞镇 and 黑石镇 主任 are read as 中层岗位 (the
truth: a leader).

Generalised after this measurement: a holder cell of a team ('组长：X⏎组员：Y、Z', '负责人：…；协助人：…') is the
head's post alone; the members hold no post of their own, their line kept in the head's duties
(locate._shared_holders; info HOLDER_TEAM_HEAD; tests/test_team_leader_and_members.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch523 import (
    GRADES,
    HEAD,
    LAYOUTS,
    MEMBERS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TEAMS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(523, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TEAM = "gaolan_quality_station_team_holder"
HARDER = {TEAM}
UNTYPED = {
    "gaolan_transport_two_sheets",
    "gaolan_shidong_cards",
    "gaolan_shichuan_selfchecks",
    "gaolan_shuifu_group_rows",
    "gaolan_heishi_duty_list",
}
NOBODY = {"gaolan_road_maintenance_posts"}


def test_batch523_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=521, unit_words=(PLACE,), new_people=True)


def test_batch523_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=True)
    assert RESAVED == ()


def test_batch523_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch523_every_unit_is_of_gaolan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch523_team_cells_name_the_head_first():
    head = BATCH.heading(TEAM)
    assert head == [
        "序号",
        "科室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    ]
    holders = [row[3] for row in BATCH.filled(TEAM) if isinstance(row[0], int)]
    teams = [c for c in holders if HEAD in c]
    assert len(teams) == sum(len(ps) for *_x, members, _t, ps in TEAMS if members)
    for cell in teams:
        first, second = cell.split("\n")
        assert first.startswith(HEAD) and second.startswith(MEMBERS)
    people = {f["person"] for f in BY_NAME[TEAM]["truth"]}
    members = {m for *_x, ms, _t, _p in TEAMS for m in ms}
    assert not people & members
    assert {c.split("\n")[0][len(HEAD) :] for c in teams} <= people
    got = BATCH.by_heading(
        TEAM, {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    )
    cut = [(d, p, w.split("\n")[0].removeprefix(HEAD), point, lv) for d, p, w, point, lv in got]
    assert cut == BATCH.truth_rows(TEAM)
    assert BATCH.types_by(TEAM, "风险类型") == [r["types"] for r in BATCH.points(TEAM)]


def test_batch523_plain_tables_by_heading():
    cases = [
        ("gaolan_road_maintenance_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("gaolan_housing_bureau_list", {"dept": "股室", "post": "岗位", "person": "责任人",
                                        "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("gaolan_road_maintenance_posts") == {""}
    name = "gaolan_heishi_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "gaolan_transport_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch523_group_rows_and_one_sheet_a_person():
    name = "gaolan_shuifu_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "gaolan_shidong_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "gaolan_shichuan_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch523_is_read(tmp_path):
    BATCH.is_read(tmp_path)
