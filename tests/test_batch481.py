"""The four-hundred-and-eighty-first batch of published layouts (tests/published/batch481.py): seven
ordinary files as the 统计和审计 bodies of one county (漳县) really send them — the 统计局's 一览表
with 高/中/低 and short types, the 统计普查中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 经济责任审计中心's file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``,
the 武阳镇统计站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 三岔镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 盐井镇 one's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 新寺镇 one's 一览表 with 责任人 on every row — and one harder: the
审计局's 一览表 whose 廉政风险点 cells hold short names only, each point's description written
under the table in a glossary keyed by 序号 (``风险点释义：`` then ``1.短名：指…。`` a merged line a
point) (``python tests/published/score.py --set batch481``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 62de7ae (``/work/snap27``; this
worktree branched from dev at 62de7ae too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (19/19 forms, 36/36 points, levels and types all right), the
harder ``zhangxian_audit_bureau_glossary_below.xlsx`` too (3/3 forms, 6/6 points, 6/6 levels,
6/6 types): the short names in the 廉政风险点 cells were read as the points, and neither the
``风险点释义：`` line nor any of the six glossary lines under it (一览表 A9–A15) was taken as a point
or a holder. No miss by cell.

Not scored but seen in the export: the harder file's points carry NO description (risks.csv's
``description`` is empty for all 6): the glossary's ``N.短名：指…。`` lines are not joined to the
points by 序号 or by name, and no issue says they were passed over. issues.csv holds info lines
only (``TABLE_NO_TYPE`` for the untyped tables, ``GRADE_BLANK``, ``FILE_SKIPPED`` for truth.json).

Generalised after this measurement: (unscored) a glossary under the list keyed by 序号, each line
naming a row's point by its number and its very words, gives that point its description
(locate._glossary, info POINTS_GLOSSED; tests/test_columns.py
test_a_glossary_of_the_points_by_number_under_the_list, under '名词解释：' with a numbered note that
names no point left as it was).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch481 import (
    BUREAU,
    GLOSSARY_HEAD,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(481, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GLOSSED = "zhangxian_audit_bureau_glossary_below"
HARDER = {GLOSSED}
UNTYPED = {
    "zhangxian_audit_center_two_sheets",
    "zhangxian_wuyang_station_cards",
    "zhangxian_sancha_station_selfchecks",
    "zhangxian_yanjing_station_group_rows",
}
NOBODY = {"zhangxian_census_center_posts"}


def test_batch481_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=479, unit_words=(PLACE,), new_people=True)


def test_batch481_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch481_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch481_every_unit_is_of_zhangxian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch481_descriptions_only_in_the_glossary_below():
    rows = BATCH.filled(GLOSSED)
    head = BATCH.header(GLOSSED)
    assert rows[head] == [
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    ]
    table = BATCH.table(GLOSSED)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_h, points in BUREAU)
    got = [(row[1], row[2], row[3], row[4], HML[row[6]]) for row in table]
    assert got == BATCH.truth_rows(GLOSSED)
    truth = [p["risk_point"] for p in BATCH.points(GLOSSED)]
    # the glossary: its head line, then one merged line a point, keyed by 序号, restating the name
    at = next(r for r, row in enumerate(rows) if row[0] == GLOSSARY_HEAD)
    assert at == head + len(table) + 1 and BATCH.merged(GLOSSED, 0, at, 0, 7)
    meanings = [m for *_h, points in BUREAU for _p, m, *_rest in points]
    for k, (point, meaning) in enumerate(zip(truth, meanings, strict=True), 1):
        r = at + k
        assert BATCH.merged(GLOSSED, 0, r, 0, 7)
        assert rows[r][0] == f"{k}.{point}：{meaning}" and meaning.startswith("指")
        assert meaning not in str(table[k - 1]) and point not in meaning
    assert rows[at + len(truth) + 1][0] == "填表人："


def test_batch481_plain_tables_by_heading():
    cases = [
        ("zhangxian_statistics_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhangxian_census_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhangxian_xinsi_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        (GLOSSED, {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("zhangxian_census_center_posts") == {""}
    name = "zhangxian_audit_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch481_group_rows_and_one_sheet_a_person():
    name = "zhangxian_yanjing_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "zhangxian_wuyang_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhangxian_sancha_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch481_is_read(tmp_path):
    BATCH.is_read(tmp_path)
