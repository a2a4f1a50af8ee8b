"""The six-hundred-and-sixty-third batch of published layouts (tests/published/batch663.py): seven
ordinary files as the 苏木 and 牧民合作社 bodies of one banner (正镶白旗) really send them — the
伊和淖尔苏木's 一览表 in two sheets, the 畜牧兽医站's 排查表 对岗不对人, the 草原工作站's 自查表 one sheet a
person, the 乌兰察布苏木's 清单 under group rows, the 宝力根陶海苏木's 防控卡, the 明安图镇中心's 一览表, the
星耀镇中心's 登记表 — and one harder: the 牧民专业合作社联合社's 一览表, one row a point, its 责任人 cell
listing holders one a line and its 风险等级 cell their levels one a line, unlabelled, paired by order
(``python tests/published/score.py --set batch663``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

MEASUREMENT

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch663 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    PAIRED,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(663, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zxbq_herders_union_paired_lines"}
TYPED = {
    "zxbq_veterinary_station_posts",
    "zxbq_mingantu_service_centre_list",
    "zxbq_xingyao_centre_register",
}
NOBODY = {"zxbq_veterinary_station_posts"}


def test_batch663_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=661, unit_words=("正镶白旗",), new_people=True)


def test_batch663_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch663_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch663_every_unit_is_of_zhengxiangbai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("正镶白旗") for u in units)


def test_batch663_levels_pair_with_holders_by_line():
    name = "zxbq_herders_union_paired_lines"
    table = BATCH.table(name)
    assert len(table) == len(PAIRED)
    got = []
    for row in table:
        holders, levels = row[2].split("\n"), row[3].split("\n")
        assert len(holders) == len(levels)
        for holder, lv in zip(holders, levels):
            post, who = holder.split("\u3000")
            got.append(("", post, who, row[1], GRADES[lv]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a row, and in some row the holders' levels differ
    assert sum(len(h) > 1 for _, h, _ in PAIRED) >= 4
    assert any(len({lv for *_, lv in h}) > 1 for _, h, _ in PAIRED)


def test_batch663_plain_tables_by_heading():
    cases = [
        ("zxbq_mingantu_service_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zxbq_xingyao_centre_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("zxbq_veterinary_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zxbq_yihenaoer_sumu_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "苏木领导") == BATCH.truth_rows(name, "苏木领导")
    heads = {"dept": "站所", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站所") == BATCH.truth_rows(name, "站所")


def test_batch663_group_rows_give_the_department():
    name = "zxbq_wulanchabu_sumu_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch663_one_sheet_a_person():
    name = "zxbq_grassland_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zxbq_baoligentaohai_sumu_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
