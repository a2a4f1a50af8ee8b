"""The seven-hundred-and-ninety-sixth batch of published layouts (tests/published/batch796.py): seven
ordinary files as the 水利 bodies of one city (林州市) really send them — the 水利局's 一览表 with
``一级/二级/三级`` and ``…风险`` types, the 红旗渠灌区管理处's 防控卡 one sheet a person with ``★★★/★★/★``,
the 水资源管理中心's 排查表 对岗不对人 with ``高风险/中风险/低风险``, the 河湖管护中心's 清单 under group rows
``一、中心领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 水土保持站's 自查表 one sheet a person with 高/中/低, the
农村饮水安全管理站's 一览表 with ``一级风险/二级风险/三级风险``, the 水利工程建设管理站's 一览表 in two sheets
站领导/业务股室 — and one harder: the 南谷洞水库管理所's 廉政风险点动态管理台账, one row a point a
year (``登记年度`` 2024年 over 2025年, the point typed again, levels changed, points new in 2025, one
``已销号``), the 2025 row counting by a ``注：`` line
(``python tests/published/score.py --set batch796``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7aa0f28a (/work/snap42; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=0.979 levels=0.936 types=1.000
noise=0 (forms 26/26, points 47/47, precision 47/48, levels 44/47, types 47/47); with --strict the
same: TOTAL forms=1.000 recall=1.000 precision=0.979 levels=0.936 types=1.000 noise=0. The 8 files:
eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels
and types all 1.00, noise 0, --strict too).

A truth fix, measured once more: the first measurement gave --strict forms 25/26 because our truth
kept the 红旗渠灌区管理处 card's 职务 ``灌溉科科长`` whole as the post with no 科室, where the earlier
batches' convention (batch767's ``营业科科长``) reads 科室 ``灌溉科`` and post ``科长`` — as the reader
did. Our mistake, not the reader's: the truth now has 灌溉科 / 科长 and the layout is unchanged; the
numbers above are from the second run (plain was the same in both).

Missed, all in the harder ``linzhou_nanguduo_reservoir_yearly_ledger.xlsx`` (sheet 动态管理台账;
forms 3/3, points 7/7, precision 7/8, levels 4/7, noise 0): the reader took the table (heading row
3, data rows 4–17) as an ordinary list one row a point and ignored the ``登记年度`` column C (no
issue names it; ``风险编号`` B3 COLUMN_GUESSED as 其他) and the ``注：`` line, so each of the 14 rows
became a point of its holder — 亓峪澴 (所长) 6 rows, 仉岍澧 (副所长) 5, 亓瀍珮 (会计) 3, where the truth
has 3, 3 and 2 (the posts.csv counts and grades are made of the doubled rows: 所长 three Ⅰ级). Each
point's 2024 row (F4, F6, F8, F10, F13, F15) and its 2025 row (F5, F7, F9, F11, F14, F16) are the
same point twice, the 2024 level written beside it first: NGD-02 F6/G6 ``二级`` (2024) over G7
``一级`` (2025, the truth), NGD-04 G10 ``三级`` over G11 ``二级``, NGD-06 G13 ``二级`` over G14 ``三级`` —
scored on the 2024 level, the three level misses; and NGD-03 ``库区鱼类养殖承包经营权违规发包``, struck
off in 2025 (G9 ``已销号``, error LEVEL_UNKNOWN at G9, read with no level) and read from F8 with the
2024 level Ⅱ级, is a point the truth does not have (the precision miss). Kind: a long-form yearly
ledger — one point on several rows, one a year, told apart by a 登记年度 column, the latest year's
row counting and ``已销号`` closing a point — is read as an ordinary list, each year's row a point of
its own, the superseded years' levels kept beside the current one and a struck-off point kept.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): a 登记年度 (年度) column splitting
one point over year rows, the latest year's row taken by the note, ``已销号`` dropping the point.

Generalised after this measurement: a yearly ledger (a `登记年度`/`排查年度`/`年度`/`年份` column, one row a point a year) is read once per point from its latest year's row; earlier years' rows are superseded (`POINT_EARLIER_YEAR`), `已销号` drops the point (`ROW_DELETED`), a point only in an earlier year is kept (`POINT_NOT_REREGISTERED`); a code groups rows only where it is one point's (`POINT_CODE_NOT_SAME`), years in Chinese numerals and merged down too (`tests/test_points_by_latest_year.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch796 import (
    CURRENT,
    GRADES,
    HIGHS,
    LAYOUTS,
    LEDGER,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STRUCK,
    YEARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(796, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"linzhou_nanguduo_reservoir_yearly_ledger"}
TYPED = {
    "linzhou_water_bureau_list",
    "linzhou_water_resources_center_posts",
    "linzhou_rural_water_station_list",
}
NOBODY = {"linzhou_water_resources_center_posts"}


def test_batch796_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=796, unit_words=("林州市",), new_people=True)


def test_batch796_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch796_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch796_every_unit_is_of_linzhou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("林州市") for u in units)


def test_batch796_the_latest_year_row_is_the_point():
    name = "linzhou_nanguduo_reservoir_yearly_ledger"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:8] == [
        "序号",
        "风险编号",
        "登记年度",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    table = BATCH.table(name)
    # one row a point a year, 序号 running on over every row
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert {row[2] for row in table} == set(YEARS)
    by_code: dict[str, list] = {}
    for row in table:
        by_code.setdefault(row[1], []).append(row)
    got = []
    for rows_of in by_code.values():
        years = [row[2] for row in rows_of]
        assert years == sorted(years) and years[-1] == CURRENT
        # the point, holder and measures typed again on each year's row
        assert len({(row[3], row[4], row[5], row[7]) for row in rows_of}) == 1
        last = rows_of[-1]
        if last[6] != STRUCK:
            got.append(("", last[3], last[4], last[5], GRADES[last[6]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the two years' rows differ in level somewhere, some points are new, one is struck off
    twice = [r for r in by_code.values() if len(r) == 2]
    assert sum(r[0][6] != r[1][6] for r in twice) >= 3
    assert sum(len(r) == 1 for r in by_code.values()) >= 2
    assert sum(r[-1][6] == STRUCK for r in by_code.values()) == 1
    assert len(table) > sum(len(f["risks"]) for f in BY_NAME[name]["truth"]) + 3
    assert len(by_code) == len(LEDGER)


def test_batch796_plain_tables_by_heading():
    cases = [
        ("linzhou_water_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("linzhou_rural_water_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("linzhou_water_resources_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "linzhou_construction_station_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站领导") == BATCH.truth_rows(name, "站领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "业务股室") == BATCH.truth_rows(name, "业务股室")


def test_batch796_group_rows_give_the_department():
    name = "linzhou_river_lake_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch796_one_sheet_a_person():
    name = "linzhou_soil_water_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "linzhou_hongqiqu_irrigation_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch796_is_read(tmp_path):
    BATCH.is_read(tmp_path)
