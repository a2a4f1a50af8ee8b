"""The seven-hundred-and-thirty-fifth batch of published layouts (tests/published/batch735.py): seven
ordinary files as the water and scenic-area bodies of one county (辉南县) really send them — the
水利局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 水政监察大队's 排查表 对岗不对人 with
``…风险`` types and 高/中/低, the 河湖管理站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
农村饮水安全管理站's 清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
杉松岗水库管理站's 防控卡 one sheet a person with ``★★★/★★/★``, the 龙湾景区游客服务中心's 一览表 with
``高风险/中风险/低风险``, the 龙湾景区票务中心's 登记表 — and one harder: the 龙湾景区管理中心's 岗位廉政风险
排查表, one row a point ordered BY BUSINESS (``业务类别`` merged down), ``责任岗位`` on every row and
``责任人`` written only at each post's FIRST row, blank at its later rows, a ``注：`` line saying so
(``python tests/published/score.py --set batch735``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 1cb5d7e (/work/snap30; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 33/33, points 56/56); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder one
too: in ``huinan_longwan_centre_first_mention.xlsx`` (sheet 排查表) the reader gave each blank
``责任人`` cell (D8, D10, D11, D12, D14, D15) the holder written at the first row of the same
``责任岗位`` — not the person on the row above — and made the six forms of the truth (主任 琚翕岚,
副主任 邝湝岵, 票务主管 琚蘩沚, 会计 邝澥珣, 工程管理员 琚飏霂, 执法队长 邝舣涔, two points each, right
levels); issues only info (COLUMN_GUESSED at B3 for ``业务类别``, TABLE_NO_TYPE). So the shape was,
in effect, already known to this reader (a post's name filled in from the same post elsewhere in
the table), though the README's 读得懂的表 does not describe it in these words. No miss.

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch735 import (
    BY_BUSINESS,
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(735, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"huinan_longwan_centre_first_mention"}
TYPED = {
    "huinan_water_inspection_posts",
    "huinan_longwan_visitor_list",
    "huinan_longwan_ticket_register",
}
NOBODY = {"huinan_water_inspection_posts"}


def test_batch735_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=734, unit_words=("辉南县",), new_people=True)


def test_batch735_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch735_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch735_every_unit_is_of_huinan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("辉南县") for u in units)


def test_batch735_name_only_at_the_post_first_row():
    name = "huinan_longwan_centre_first_mention"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:4] == ["序号", "业务类别", "责任岗位", "责任人"]
    table = BATCH.table(name)
    assert len(table) == len(BY_BUSINESS)
    seen, got = {}, []
    for row in table:
        post, who = row[2], row[3]
        assert post
        if post in seen:
            assert who is None
        else:
            assert who == HOLDERS[post][0]
            seen[post] = who
        got.append(("", post, seen[post], row[4], GRADES[row[5]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # a blank name is NOT the holder of the row above: the reading by carrying down differs
    carried, last = [], None
    for row in table:
        last = row[3] or last
        carried.append(("", row[2], last, row[4], GRADES[row[5]]))
    assert sorted(carried) != sorted(got)
    # a post's rows stand apart (not one run)
    posts = [row[2] for row in table]
    assert any(
        posts.index(p) + posts.count(p) - 1 != max(i for i, q in enumerate(posts) if q == p)
        for p in set(posts)
    )
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)


def test_batch735_plain_tables_by_heading():
    cases = [
        ("huinan_longwan_visitor_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huinan_longwan_ticket_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("huinan_water_inspection_posts", {"dept": "中队", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "huinan_water_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch735_group_rows_give_the_department():
    name = "huinan_rural_water_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch735_one_sheet_a_person():
    name = "huinan_river_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huinan_reservoir_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch735_is_read(tmp_path):
    BATCH.is_read(tmp_path)
