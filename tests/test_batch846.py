"""The eight-hundred-and-forty-sixth batch of published layouts (tests/published/batch846.py): seven
ordinary files as the water and hydropower-resettlement bodies of one county (天峨县, 河池市, 广西壮族自治区)
really send them — the 水利局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 龙滩库区管理站's
防控卡 one sheet a person with ``★★★/★★/★``, the 农村饮水工程管理站's 排查表 对岗不对人 with ``…风险`` types and
高/中/低, the 河道采砂管理办公室's 清单 under group rows with ``一级风险/…``, the 水利工程建设管理站's 一览表 with
``部门 | 岗位 | 责任人`` on every row and ``高风险/中风险/低风险``, the 中小型水库管理所's 自查表 one sheet a person
with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 水政监察大队's 登记表 — and one harder: the 水库移民工作管理中心's 排查表 returned from
the 派驻纪检监察组's review, a ``自评等级`` column and a last ``派驻纪检监察组审核意见`` column whose ``调整为一级``
cells override the row's level and whose ``同意`` cells leave it
(``python tests/published/score.py --set batch846``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at be2422b3 (/work/snap50; this worktree branched from
dev at e0d1d412): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.929 types=1.000 noise=0
(forms 32/32, points 56/56, precision 56/56, levels 52/56); with --strict: TOTAL forms=0.969
recall=1.000 precision=1.000 levels=0.929 types=1.000 noise=0 (forms 31/32). The 8 files: eight
.xlsx, no re-saved copies. Six ordinary layouts read in full, --strict included (forms, points,
levels and types all 1.00, noise 0); the seventh, ``tiane_longtan_reservoir_station_cards``, reads
in full plain and misses one form with --strict.

Missed in the harder ``tiane_resettlement_center_review_column.xlsx`` (sheet 排查表; forms 5/5,
points 12/12, precision 12/12, levels 8/12, noise 0): the reader read the list as an ordinary
one-row-a-point table — the five holders, their 股室 and posts and all twelve points right — but
took every level from the ``自评等级`` column F and dropped the ``派驻纪检监察组审核意见`` column H
SILENTLY (no issue names H3 or any H cell; the only issue is TABLE_NO_TYPE, info). So the four
rows the reviewer changed kept their self-assessed grade: row 5 (主任 韩瀞翀, 项目资金不按验收结果拨付…:
F5 ``二级``, H5 ``调整为一级``) read 2 where the truth has 1; row 7 (副主任 颜璆岺, 移民信访件压案不办…:
F7 ``三级``, H7 ``调整为二级``) read 3 for 2; row 11 (股员 颜昶泷, 避险解困搬迁对象入户核查不实: F11
``三级``, H11 ``调整为二级``) read 3 for 2; row 14 (会计 韩珝瀛, 移民资金专户外存放或坐支: F14 ``二级``,
H14 ``调整为一级``) read 2 for 1 (and the forms' computed grades follow: 颜昶泷 C where his truth has a
二级 point). The merged ``注：…以派驻纪检监察组审核意见为准…`` line under the table was passed over as a
note. Kind: a per-row review-opinion column whose ``调整为…`` cells override the self-assessed level
in their own row is ignored, so every adjusted row keeps the grade the reviewer overruled, silently.

Missed with --strict only, in the ordinary ``tiane_longtan_reservoir_station_cards.xlsx`` (sheet
巡查员; forms 1/2 strict, all points, levels and types right): the card's ``所在股室`` line (A3:B3,
``库区巡查股``) came out as the 科室 ``巡查股`` (posts.csv F00006), the leading ``库区`` cut off — the
unit is the 龙滩库区管理站 — where the truth has ``库区巡查股``. Kind: a 科室 name that begins with a
word of the unit's own name (库区 of 龙滩库区管理站) is shortened as if it repeated the unit.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a per-row review-opinion column
(``审核意见`` ``同意`` / ``调整为一级``) setting the row's level over its ``自评等级``, and a 科室 whose
name opens with a word of the unit's name kept whole.

Generalised after this measurement: a per-row review-opinion column (同意 / 调整为一级) sets the row's level (LEVEL_BY_REVIEW_OPINION, LEVEL_REVIEW_OPINION_UNREAD); a card's 所在股室 beginning with a word of the unit's name (库区巡查股) is no longer cut, tests/test_level_by_review_opinion.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch846 import (
    AGREE,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    REVIEWED,
    RISKS,
    ROMAN,
    STARS,
    build,
    reviewed_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(846, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tiane_resettlement_center_review_column"}
TYPED = {
    "tiane_rural_water_station_posts",
    "tiane_construction_station_list",
    "tiane_water_inspection_brigade_register",
}
NOBODY = {"tiane_rural_water_station_posts"}


def test_batch846_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=846, unit_words=("天峨县",), new_people=True)


def test_batch846_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch846_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch846_every_unit_is_of_tiane():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("天峨县") for u in units)


def test_batch846_review_opinion_sets_the_level():
    name = "tiane_resettlement_center_review_column"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "自评等级", "防控措施",
                          "派驻纪检监察组审核意见"]  # fmt: skip
    table = BATCH.table(name)
    got = [(row[1], row[2], row[3], row[4], reviewed_level(row[5], row[7])) for row in table]
    assert got == BATCH.truth_rows(name)
    # the opinion changes some rows (up, never to the same grade) and leaves the rest
    changed = [row for row in table if row[7] != AGREE]
    assert 3 <= len(changed) < len(table)
    assert all(reviewed_level(row[5], row[7]) < GRADES[row[5]] for row in changed)
    assert sum(len(points) for *_, points in REVIEWED) == len(table)
    # the self-assessed column alone would give other levels
    own = [(row[1], row[2], row[3], row[4], GRADES[row[5]]) for row in table]
    assert own != BATCH.truth_rows(name)
    # no opinion is a point or a measure
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[7] for row in table}


def test_batch846_plain_tables_by_heading():
    cases = [
        ("tiane_construction_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("tiane_water_inspection_brigade_register",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("tiane_rural_water_station_posts", {"dept": "股室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "tiane_water_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch846_group_rows_give_the_department():
    name = "tiane_sand_mining_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch846_one_sheet_a_person():
    name = "tiane_reservoir_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "tiane_longtan_reservoir_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch846_is_read(tmp_path):
    BATCH.is_read(tmp_path)
