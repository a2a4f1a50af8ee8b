"""The six-hundred-and-forty-fourth batch of published layouts (tests/published/batch644.py): seven
ordinary files as the 城乡供水 bodies of one county (化德县, 乌兰察布市) really send them — the 自来水公司's
一览表 in two sheets 公司领导/部门 with ``一级/二级/三级``, the 农村饮水安全管理站's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 污水处理厂's 清单 under group rows ``一、厂领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 城区水厂's
防控卡 one sheet a leader with ``★★★/★★/★``, the 城乡供水服务中心's 自查表 one sheet a person with 高/中/低,
the 农村供水水质检测中心's 一览表 with ``一级风险/二级风险/三级风险``, the 长顺镇供水站's 登记表 — and one
harder: the 自来水公司营业所's 岗位廉政风险点及轮岗责任表, one row a point, ``责任人（按月轮岗）`` merged
over twelve month columns, each holder's months one merged bar carrying his name
(``python tests/published/score.py --set batch644``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 364b7cd (/work/snap18; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 31/31, points 55/55); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
``huade_water_business_office_rota.xlsx`` too: no miss to describe.

How the harder file was read (sheet 轮岗责任表): the reader took ``责任人（按月轮岗）`` over ``1月`` (E3) as
the 责任人 column and F3–P3 (``…2月`` … ``…12月``) as ``其他`` (COLUMN_GUESSED, info), yet each row's
merged bars reached their holders — the 所长's bar E:P (喻琮翮, rows 5–7), the 收费员's E:J and K:P
(蒲霁岫, 喻昶澐, rows 8–9), the 抄表员's E:H, I:L and M:P (蒲瑨岚, 喻沨璟, 蒲珩湉, rows 10–11) — six
forms, 13 points, right levels, as the truth has; it reads them, it seems, by the rule for
``责任人`` merged over section columns (``小学部 | 初中部``, one holder a cell, a cell merged across them the
whole unit's), the months standing for the sections. Unscored besides: the unit came out
``化德县自来水公司`` with the 科室 ``营业所`` (the truth: unit ``化德县自来水公司营业所``, no 科室) and so the 所长 as
``中层岗位`` (the truth: leader); TABLE_NO_TYPE and the COLUMN_GUESSED infos are info only. Kind
(none scored): a rota drawn as merged name bars across a twelve-month band is read as holder
columns under one merged ``责任人``, which gives the same holders.

Not generalised in the stop that measured it: nothing to generalise for the score (read 1.00); the
month band's own reading (months as a rota, not as sections) and the 营业所 split off its company
are left as they are.

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch644 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MONTHS,
    RESAVED,
    RISKS,
    ROMAN,
    ROTA,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(644, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"huade_water_business_office_rota"}
TYPED = {
    "huade_rural_water_station_posts",
    "huade_water_quality_center_list",
    "huade_changshun_station_register",
}
NOBODY = {"huade_rural_water_station_posts"}


def test_batch644_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=643, unit_words=("化德县",), new_people=True)


def test_batch644_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch644_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch644_every_unit_is_of_huade():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("化德县") for u in units)


def test_batch644_month_bars_give_the_holders():
    name = "huade_water_business_office_rota"
    sheet = BATCH.sheet(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][4] == "责任人（按月轮岗）" and rows[head + 1][4:16] == MONTHS
    assert (head, 4, head, 15) in [tuple(m) for m in sheet["merges"]]
    bars = {}
    for r0, c0, r1, c1 in sheet["merges"]:
        if r0 == r1 and 4 <= c0 and c1 <= 15 and r0 > head + 1:
            bars[(r0, c0)] = c1
    table = BATCH.table(name)
    written = BATCH.numbered(name)  # merges not filled: a bar's name in its first month only
    assert len(table) == len(written) == sum(len(points) for *_, points in ROTA)
    got, first = [], head + 2
    for k, (row, bare) in enumerate(zip(table, written, strict=True)):
        r = first + k
        post = row[1]
        names = [(c, bare[c]) for c in range(4, 16) if bare[c] is not None]
        assert names
        covered = []
        for c, who in names:
            covered += list(range(c, bars.get((r, c), c) + 1))
            got.append(("", post, who, row[2], HML[row[3]]))
        assert covered == list(range(4, 16))  # the bars fill the year, no month twice
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # a post of several holders in turn, and a holder of all twelve months
    assert any(len(rota) == 3 for _, _, rota, _ in ROTA)
    assert any(rota == [(1, 12, rota[0][2])] for _, _, rota, _ in ROTA)
    assert len(BY_NAME[name]["truth"]) == sum(len(rota) for _, _, rota, _ in ROTA)


def test_batch644_plain_tables_by_heading():
    cases = [
        ("huade_water_quality_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huade_changshun_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("huade_rural_water_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "huade_water_company_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "公司领导") == BATCH.truth_rows(name, "公司领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")
    # the short 风险点 is the point, the long 风险表现 none
    name = "huade_rural_water_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch644_group_rows_give_the_department():
    name = "huade_sewage_plant_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch644_one_sheet_a_person():
    name = "huade_supply_service_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huade_city_waterworks_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch644_is_read(tmp_path):
    BATCH.is_read(tmp_path)
