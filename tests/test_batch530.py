"""The five-hundred-and-thirtieth batch of published layouts (tests/published/batch530.py): seven
ordinary files as the 水利 and 移民 bodies of one county (永靖县) really send them — the 水务局's
一览表 with 科室/岗位/责任人 merged and 高/中/低, the 刘家峡库区管理站's file in two sheets
``站领导``/``科室`` with ``一级/二级/三级``, the 水土保持站's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 刘家峡镇水利站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
盐锅峡镇水利站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 太极镇水利站's 责任清单
under group rows with ``一级风险/二级风险/三级风险``, the 岘塬镇水利站's 责任清单 with ``职责事项`` — and
one harder: the 移民安置服务中心's list ORGANISED BY POINT, each row's ``责任岗位及责任人`` cell listing
several posts each with its holder in brackets (``科长（郄昶瀚）、科员（晁珈懿）``)
(``python tests/published/score.py --set batch530``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 410b0db (``/work/snap39``; this
worktree branched from dev at 410b0db too): ``TOTAL                      forms  18/24  points
31/42  recall 0.74 precision 0.82 (31/38)  levels  31/31  types  31/31  noise 0`` / ``TOTAL
forms=0.750 recall=0.738 precision=0.816 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  18/24  points  31/42  recall 0.74 precision 0.82 (31/38)
levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=0.750 recall=0.738 precision=0.816
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (18/18 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``yongjing_resettlement_shared_points.xlsx`` (sheet 一览表; forms 0/6,
points 0/11, precision 0/7): the reader took the ``责任岗位及责任人`` column G for no holder at all
(issues.csv: COLUMN_GUESSED at G2, info, ``表头像是责任人,但内容是岗位或科室`` → 其他) and read the seven
rows as three forms of the ``责任科室`` alone, no post and no person — F00007 科室 ``中心领导`` (B3
``后期扶持项目立项安排``, B4 ``扶持项目验收走过场``), F00008 ``后期扶持科`` (B5 ``扶持人口核定不实``, B6
``直补资金发放名册审核不严``, B7 ``接受项目村宴请``), F00009 ``财务科`` (B8 ``扶持资金拨付不按进度``, B9
``现金和票据保管不善``) — with every level, type and measure right. The truth gives six holder
forms: G3 ``主任（眭翯峤）、副主任（蒯湛璆）``, G4 ``副主任（蒯湛璆）``, G5 and G6 ``科长（郄昶瀚）、科员（晁珈懿）``,
G7 ``科员（晁珈懿）``, G8 ``会计（璩泷玥）、出纳（笪霂琰）``, G9 ``出纳（笪霂琰）``; so each point was read
once under no person where the truth has it once per listed holder (11 points), and every read
point counts as an extra one (the person does not match). Kind: a holder cell listing several
posts, each with its holder in brackets and parted by ``、``, is not split into holders; the
column is dropped as not a holder column and the rows fall to their 科室 with no person.

Not scored, seen in posts.csv: the three 科室 forms have no post and no tier; issues.csv says
nothing of the ``注：`` line.

Generalised after this measurement: a '责任岗位及责任人' cell listing several posts each with its holder in
brackets ('科长（郄昶瀚）、科员（晁珈懿）') on rows with no post of their own gives the point to each listed
holder, a form each (locate; info HOLDERS_LISTED_WITH_POSTS;
tests/test_holder_cells_of_posts_and_names.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch530 import (
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SHARED,
    SHARED_HEAD,
    SHARED_NOTE,
    STAFF,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(530, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SHARED_NAME = "yongjing_resettlement_shared_points"
HARDER = {SHARED_NAME}
UNTYPED = {
    "yongjing_reservoir_station_two_sheets",
    "yongjing_liujiaxia_town_cards",
    "yongjing_yanguoxia_town_selfchecks",
    "yongjing_taiji_town_group_rows",
    "yongjing_xianyuan_town_duty_list",
}
NOBODY = {"yongjing_soil_station_posts"}


def test_batch530_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=523, unit_words=(PLACE,), new_people=True)


def test_batch530_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 12), whole_points=False)
    assert RESAVED == ()


def test_batch530_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch530_every_unit_is_of_yongjing():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch530_each_listed_post_holds_the_point():
    head = BATCH.heading(SHARED_NAME)
    assert head == [
        "序号",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任科室",
        SHARED_HEAD,
    ]
    rows = [row for row in BATCH.filled(SHARED_NAME) if isinstance(row[0], int)]
    assert len(rows) == len(SHARED)
    by_post = {(d, p): (d, p, n) for d, p, n, _t in STAFF.values()}
    got = []
    for row in rows:
        for item in row[6].split("、"):
            post, name = item.rstrip("）").split("（")
            dept, post2, name2 = by_post[(row[5], post)]
            assert name == name2
            got.append((dept, post, name, row[1], HML[row[3]]))
    # the truth holds every listed pair, gathered by holder in the list's order
    order = list(dict.fromkeys((d, p, n) for d, p, n, _pt, _lv in got))
    gathered = [g for h in order for g in got if g[:3] == h]
    assert gathered == BATCH.truth_rows(SHARED_NAME)
    assert sum(len(row[6].split("、")) > 1 for row in rows) >= 3
    assert len(order) == len(STAFF)
    raw = BY_NAME[SHARED_NAME]["sheets"][0]["rows"]
    assert [SHARED_NOTE] in [[c for c in row if c is not None] for row in raw]


def test_batch530_plain_tables_by_heading():
    cases = [
        ("yongjing_soil_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yongjing_water_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                        "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("yongjing_soil_station_posts") == {""}
    name = "yongjing_xianyuan_town_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "yongjing_reservoir_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "站领导", fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch530_group_rows_and_one_sheet_a_person():
    name = "yongjing_taiji_town_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "yongjing_liujiaxia_town_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yongjing_yanguoxia_town_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch530_is_read(tmp_path):
    BATCH.is_read(tmp_path)
