"""The four-hundred-and-eightieth batch of published layouts (tests/published/batch480.py): seven
ordinary files as the 退役军人事务 bodies of one county (甘谷县) really send them — the 退役军人服务中心's
一览表 with 高/中/低 and short types, the 光荣院's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 烈士陵园管理所's file in two sheets ``所领导``/``科室`` with ``一级/二级/三级``, the
新兴镇退役军人服务站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 磐安镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 大像山镇 one's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 安远镇 one's 一览表 with 责任人 on every row — and one harder: the
退役军人事务局's 排查表 with no level column, each point carrying only its rank ``风险排序`` (1…9,
scattered) and a ``注：`` line giving levels by bands of rank (第1—3位 一级, 第4—6位 二级, 第7位及以后
三级) (``python tests/published/score.py --set batch480``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 62de7ae (``/work/snap27``; this
worktree branched from dev at 62de7ae too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.769 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.769 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
Seven layouts read in full (16/16 forms, 30/30 points, levels and types all right). The harder
``gangu_bureau_level_by_rank.xlsx`` read its forms, points and types in full (4/4 forms, 9/9
points, 9/9 types) but NO level (0/9).

Misses by cell, all in the harder file's sheet ``排查表`` (rows 3–11, the ``风险排序`` cells G3–G11
holding 2, 5, 4, 1, 6, 3, 7, 9, 8):

- E3, E6, E8 (ranks 2, 1, 3): level read blank, truth 1 (一级, ranks 1–3);
- E4, E5, E7 (ranks 5, 4, 6): level read blank, truth 2 (二级, ranks 4–6);
- E9, E10, E11 (ranks 7, 9, 8): level read blank, truth 3 (三级, rank 7 and after).

Kind of mistake (one): a level given only as a rank whose bands a ``注：`` line defines is not
read — the ``风险排序`` column was guessed ``其他`` (issues.csv ``COLUMN_GUESSED`` at G2, "已有另一列作为
序号"), the note's bands were not heeded, and every point got no level (``LEVEL_BLANK`` errors on
E3–E11); the ranks were at least not misread as levels. Nothing else in issues.csv points at
this batch's truth.

Generalised after this measurement: a level given by a rank column (headed 风险排序/排名/位次…, or 1…n out
of row order that is no 序号) and a note of rank bands in any wording ('第1—3位', '前三位', '第7位及以后', '其余')
gives each point its band's level; a rank no band covers or two bands give stays blank; ranks alone
are no levels (collect._levels_by_rank_bands, info LEVEL_BY_RANK_BANDS;
tests/test_level_by_rank_bands.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch480 import (
    BUREAU,
    GRADES,
    LAYOUTS,
    PLACE,
    RANK_HEAD,
    RANK_NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
    rank_level,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(480, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
RANKED = "gangu_bureau_level_by_rank"
HARDER = {RANKED}
UNTYPED = {
    "gangu_cemetery_two_sheets",
    "gangu_xinxing_station_cards",
    "gangu_panan_station_selfchecks",
    "gangu_daxiangshan_station_group_rows",
}
NOBODY = {"gangu_honor_home_posts"}


def test_batch480_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=478, unit_words=(PLACE,), new_people=True)


def test_batch480_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch480_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED - {RANKED}, one_type=True, min_levels=3)


def test_batch480_every_unit_is_of_gangu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch480_levels_only_by_the_band_of_rank():
    rows = BATCH.filled(RANKED)
    head = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", RANK_HEAD, "防控措施"]
    assert rows[1] == head
    assert not any("等级" in str(v) or "级别" in str(v) for v in rows[1])
    table = BATCH.table(RANKED)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    ranks = [row[6] for row in table]
    # every rank once, 1…n, and NOT in the order of the rows (nor of 序号)
    assert sorted(ranks) == list(range(1, len(table) + 1)) and ranks != sorted(ranks)
    assert ranks != [row[0] for row in table]
    got = [(row[1], row[2], row[3], row[4], rank_level(row[6])) for row in table]
    assert got == BATCH.truth_rows(RANKED)
    assert [rank_level(r) for r in range(1, 10)] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert {rank_level(r) for *_p, r, _m in (p for *_h, ps in BUREAU for p in ps)} == {1, 2, 3}
    assert [types_in(row[5]) for row in table] == [r["types"] for r in BATCH.points(RANKED)]
    assert [RANK_NOTE] == [r[0] for r in rows if r[0] and str(r[0]).startswith("注：")]
    # no cell of the table holds a level word: the levels are only in the note
    words = [w for w in LEVELS if len(w) > 1]
    assert not any(w in str(v) for row in table for v in row for w in words)


def test_batch480_plain_tables_by_heading():
    cases = [
        ("gangu_service_center_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("gangu_honor_home_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("gangu_anyuan_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("gangu_honor_home_posts") == {""}
    name = "gangu_cemetery_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "所领导",
                           fixed={"dept": "所领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "所领导")


def test_batch480_group_rows_and_one_sheet_a_person():
    name = "gangu_daxiangshan_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "gangu_xinxing_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "gangu_panan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch480_is_read(tmp_path):
    BATCH.is_read(tmp_path)
