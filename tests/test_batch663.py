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

Measured ONCE, untuned, with main's reader at 378e780 (/work/snap21; this worktree branched from dev
at the same commit): TOTAL forms=0.968 recall=0.891 precision=1.000 levels=0.939 types=1.000 noise=0
(forms 30/31, points 49/55, precision 49/49, levels 46/49); with --strict TOTAL forms=0.903
recall=0.891 precision=1.000 levels=0.939 types=1.000 noise=0 (forms 28/31). The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0, plain and --strict).

Missed, all in the harder ``zxbq_herders_union_paired_lines.xlsx`` (sheet 风险点; forms 4/5, --strict
2/5, points 7/13, precision 7/7, levels 4/7): the reader took column C (``责任人``, COLUMN_GUESSED at C3
as 岗位) as ONE holder a cell and column D as ONE level a cell, so each of the seven rows B4–B10 came
out once: a one-line cell (C5 ``理事长　郝霁岷``, C8 ``会计　毕沅翯``) read right; a cell of several lines
was read as one holder whose name is the LAST line's name and whose post is everything before it run
together (C4 -> 毕沅翯 ``理事长郝霁岷会计``, C7 -> 毕岍澂 ``理事郝珝潆监事长``, C9 -> 毕沅翯
``出纳郝琤岢会计``, C10 -> 郝琤岢 ``理事郝珝潆出纳``; C6's three lines went to 理事长 郝霁岷), each with
the FIRST line of its 风险等级 cell (D4 ``一级⏎二级`` -> 1, D6 ``二级⏎二级⏎一级`` -> 2, D7 -> 1, D9 -> 1,
D10 -> 2) where the truth has five holders — 理事长 郝霁岷 (B4 1, B5 1, B6 2), 会计 毕沅翯 (B4 2, B6 1,
B8 2, B9 3), 监事长 毕岍澂 (B6 2, B7 3), 理事 郝珝潆 (B7 1, B10 2), 出纳 郝琤岢 (B9 1, B10 2) — 13
points; 理事 郝珝潆 got no form at all, and the ``注：`` line saying the levels follow the holders'
order was not used. Kind: a shared point's holders listed one a line in one cell, with an unlabelled
level cell pairing one level a line with them by order, is read as a single holder (post lines
glued, last name kept) with the first level, so the point reaches one made-up holder instead of each
listed holder with his own level.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): holders one a line in a 责任人
cell as several holders of the row's point, and a 风险等级 cell of bare levels one a line paired
with them by order.

Generalised after this measurement: a shared point's holders one a line in one cell paired by order with a bare level cell one level a line; one level for all; a count that does not match warns HOLDER_LEVELS_UNPAIRED (tests/test_holders_one_a_line_paired_levels.py). Read 1.00 since, --strict too.

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
        for holder, lv in zip(holders, levels, strict=True):
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


def test_batch663_is_read(tmp_path):
    BATCH.is_read(tmp_path)
