"""The eight-hundred-and-eighty-seventh batch of published layouts (tests/published/batch887.py): seven
ordinary files as the 交通运输 bodies of one county (叶城县) really send them — the 公路管理站's 一览表 with
``…风险`` types and ``一级/二级/三级``, the 道路运输管理所's 防控卡 one sheet a person with 高/中/低, the
交通运输综合行政执法大队's 排查表 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 农村公路养护中心's 清单 under group rows
``一、中心领导`` … with ``★★★/★★/★``, the 交通建设工程质量监督站's 自查表 with ``高风险/中风险/低风险``, the
柯克亚乡交通管理站's 一览表 with ``一级风险/二级风险/三级风险``, the 公路超限运输检测站's 登记表 in two sheets
站领导/班组 — and one harder: the 交通运输局's “三单合一” 权责清单与廉政风险防控清单, a two-row heading banding
``权力清单 | 责任清单 | 风险防控清单``, one row a point, the 职权 merged over its points, each row its own
责任岗位 and 责任人 (``python tests/published/score.py --set batch887``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 917d4b5e (/work/snap57; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 32/32, points 51/51, precision 51/51); with --strict: TOTAL forms=0.844
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0 (forms 27/32, points 51/51). The 8
files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0, also under --strict). The harder file read in full in the plain
measure (all 8 points, holders, 科室 from the merged ``承办股室``, levels; ``职权类型`` rightly no type:
COLUMN_GUESSED at C3 as 其他, TABLE_NO_TYPE at A3) — the band heading itself is known ground.

Missed, only under --strict, all in the harder ``yecheng_transport_bureau_three_lists.xlsx`` (sheet
三单合一; forms 2/7, points 8/8, precision 8/8): the ``责任事项`` column (G3:G4, under the ``责任清单``
band) was glued onto the post for six of the eight rows — posts.csv titles ``科员负责受理申请、一次性告知``
(E6+G6, F00002 邢琚翃), ``股长负责组织计量审核`` (E7+G7, F00003 霍珺泷), ``科员负责计量资料汇总`` (E8+G8,
F00004 邢昶琊), ``股长负责设计变更初审`` (E9+G9, F00005 霍珺泷 again), ``股长负责案件法制审核`` (E10+G10,
F00006 霍砺岑), ``科员负责罚没款收缴登记`` (E11+G11, F00007 邢湛珝) — while the two rows with the longer
duty text (G5 ``负责审核申请材料、提出许可意见``, G12 ``负责组织检查、下达整改通知``) kept the bare ``股长``
(F00001 霍澂岫, F00008 霍翾琰) and their duty was dropped (the ``duty`` field holds the 职权名称 on every
row). So 霍珺泷 (建设股 股长, rows 7 and 9) came out as two forms with two different titles, and the
truth's seven holders (运输股 股长 霍澂岫, 运输股 科员 邢琚翃, 建设股 股长 霍珺泷 ×2 points, 建设股 科员 邢昶琊,
法制股 股长 霍砺岑, 法制股 科员 邢湛珝, 安全股 股长 霍翾琰) match by title only twice; no issue names it. Kind: a
duty column (``责任事项``) banded under ``责任清单`` beside ``责任岗位 | 责任人`` is taken as part of the post
when its text is short, so the post becomes ``岗位+职责`` and one holder with two duties splits in two.

Unscored besides: the other issues are info only (COLUMN_GUESSED at C3, TABLE_NO_TYPE at A3).

Not generalised in the stop that measured it (left for the next): a ``责任事项`` (duty) column beside
``责任岗位 | 责任人`` under a ``责任清单`` band heading, which is the post's duty, not part of its name.

Generalised after this measurement: a duty column (责任事项, 责任内容) under a 责任清单 band beside 责任岗位 | 责任人 is never part of the post, tests/test_duty_under_holder_band.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch887 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    POWERS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(887, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yecheng_transport_bureau_three_lists"}
TYPED = {
    "yecheng_highway_station_list",
    "yecheng_rural_road_centre_group_rows",
    "yecheng_overload_station_two_sheets",
}
NOBODY = {"yecheng_enforcement_brigade_posts"}


def test_batch887_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=886, unit_words=("叶城县",), new_people=True)


def test_batch887_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch887_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch887_every_unit_is_of_yecheng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("叶城县") for u in units)


def test_batch887_three_lists_rows_are_the_holders_points():
    name = "yecheng_transport_bureau_three_lists"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:10] == ["序号", *["权力清单"] * 3, *["责任清单"] * 3, *["风险防控清单"] * 3]
    assert rows[head + 1][1:10] == ["职权名称", "职权类型", "承办股室", "责任岗位", "责任人", "责任事项",
                                    "廉政风险点", "风险等级", "防控措施"]  # fmt: skip
    table = BATCH.table(name)
    got = [(row[3], row[4], row[5], row[7], GRADES[row[8]]) for row in table]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the 职权 is merged over two or three points, and its kind is no risk type
    assert all(len(rows_) >= 1 for *_, rows_ in POWERS) and sum(len(r) > 1 for *_, r in POWERS) >= 3
    assert all(not p["types"] for p in BATCH.points(name))
    # one 股长 holds two rows of one 职权, and every holder stands under one 股室 only
    holders = {}
    for row in table:
        holders.setdefault(row[5], set()).add(row[3])
    assert all(len(d) == 1 for d in holders.values())
    assert len(BY_NAME[name]["truth"]) == len(holders) < len(table)


def test_batch887_plain_tables_by_heading():
    cases = [
        ("yecheng_highway_station_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yecheng_enforcement_brigade_posts"
    heads = {"dept": "中队", "post": "岗位", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "yecheng_quality_station_selfcheck"
    heads = {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "yecheng_kekeya_station_list"
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "yecheng_overload_station_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站领导") == BATCH.truth_rows(name, "站领导")
    heads = {"dept": "班组", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班组") == BATCH.truth_rows(name, "班组")


def test_batch887_group_rows_give_the_department():
    name = "yecheng_rural_road_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch887_one_sheet_a_person():
    name = "yecheng_road_transport_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch887_is_read(tmp_path):
    BATCH.is_read(tmp_path)
