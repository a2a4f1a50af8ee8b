"""The five-hundred-and-forty-third batch of published layouts (tests/published/batch543.py): seven
ordinary files as the 气象 and 防灾 bodies of one district (湟中区) really send them — the 地震局's
file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 人工影响天气办公室's 一览表 with
科室/岗位/责任人 merged and ``高风险/中风险/低风险``, the 防灾减灾中心's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 鲁沙尔镇农业综合服务中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 多巴镇农业综合服务中心's 自查表 one sheet a person with 高/中/低, the
田家寨镇农业综合服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
李家山镇农业综合服务中心's 责任清单 with ``职责事项`` — and one harder: the 气象局's 一览表 whose
``责任人`` heading is merged over ``姓 | 名`` sub-headings, each holder's surname and given name in
two cells (``python tests/published/score.py --set batch543``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at aa1567d (``/work/snap43``; this
worktree branched from dev at aa1567d too): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  37/37  types  37/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  37/37  types  37/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All eight
layouts read in full, --strict too, the harder one included: no miss by cell.

The harder ``huangzhong_weather_bureau_name_in_two_cells.xlsx`` (sheet 一览表) read 3/3 forms and
6/6 points: posts.csv joins the ``姓`` and ``名`` cells (``闻人珣琰``, ``郗湉沅``, ``蒯翯琤``, the
compound surname kept whole), with 科室, posts and tiers right; issues.csv notes only
``COLUMN_GUESSED`` at E2 (the ``名`` column, read as the heading ``责任人名``, judged ``其他``
beside the 责任人 column). So the reader already handles a name split over ``姓 | 名`` under one
merged ``责任人`` heading (it is not a new kind to it, though the README does not name it).

Not scored, seen in posts.csv: the four 镇 centres' unit is read without the centre
(``湟中区鲁沙尔镇``, ``湟中区多巴镇``, ``湟中区田家寨镇``, ``湟中区李家山镇``; truth
``…镇农业综合服务中心``) and ``农业综合服务中心`` taken as the 科室 where the truth has none
(鲁沙尔镇 cards, 李家山镇 list); the 主任 of 鲁沙尔镇, 多巴镇 and 李家山镇 are read 中层岗位
(truth leader: the 中心 is a unit of its own), the 田家寨镇 主任 领导岗位 as the truth has it; the
other bodies' units, 科室 and tiers are as the truth.

Nothing was generalised after this measurement: the batch read in full, the 姓 | 名 columns
too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch543 import (
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SPLIT,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(543, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TWO = "huangzhong_weather_bureau_name_in_two_cells"
HARDER = {TWO}
UNTYPED = {
    "huangzhong_quake_bureau_two_sheets",
    "huangzhong_disaster_centre_group_rows",
    "huangzhong_lushaer_centre_cards",
    "huangzhong_duoba_centre_selfchecks",
    "huangzhong_lijiashan_centre_duty_list",
}
NOBODY = {"huangzhong_tianjiazhai_centre_posts"}


def test_batch543_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=537, unit_words=(PLACE,), new_people=True)


def test_batch543_truth_is_self_consistent():
    # the harder file's holders stand in no one cell: the 姓 and 名 cells joined
    BATCH.truth_is_self_consistent(
        nobody=NOBODY,
        points=(4, 10),
        whole_points=False,
        unnamed=lambda f, field: f["file"] == f"{TWO}.xlsx" and field == "person",
    )
    assert RESAVED == ()


def test_batch543_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch543_every_unit_is_of_huangzhong():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch543_holder_split_into_surname_and_given_name():
    rows = BATCH.filled(TWO)
    top = next(i for i, row in enumerate(rows) if row[0] == "序号")
    assert rows[top] == ["序号", "科室", "岗位", "责任人", "责任人", "廉政风险点", "风险类型", "风险等级",
                         "防控措施"]  # fmt: skip
    assert rows[top + 1][3:5] == ["姓", "名"]
    assert BATCH.merged(TWO, 0, top, 3, 4)
    recs = [row for row in rows if isinstance(row[0], int)]
    assert len(recs) == 6
    # the holder is the 姓 cell and the 名 cell joined; neither alone is any holder
    got = [(r[1], r[2], r[3] + r[4], r[5], HML[r[7]]) for r in recs]
    assert got == BATCH.truth_rows(TWO)
    people = BATCH.holders(TWO)
    assert people == {s + g for _d, _p, s, g, _t, _ps in SPLIT}
    assert not ({r[3] for r in recs} | {r[4] for r in recs}) & people
    assert all(len(r[4]) == 2 for r in recs) and any(len(r[3]) == 2 for r in recs)
    assert BATCH.types_by(TWO, "风险类型") == [r["types"] for r in BATCH.points(TWO)]


def test_batch543_plain_tables_by_heading():
    cases = [
        ("huangzhong_tianjiazhai_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("huangzhong_weather_modification_office_list", {"dept": "科室", "post": "岗位",
                                                         "person": "责任人", "point": "风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("huangzhong_tianjiazhai_centre_posts") == {""}
    name = "huangzhong_lijiashan_centre_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "huangzhong_quake_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch543_group_rows_and_one_sheet_a_person():
    name = "huangzhong_disaster_centre_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "huangzhong_lushaer_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huangzhong_duoba_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch543_is_read(tmp_path):
    BATCH.is_read(tmp_path)
