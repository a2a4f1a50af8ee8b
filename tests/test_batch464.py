"""The four-hundred-and-sixty-fourth batch of published layouts (tests/published/batch464.py): seven
ordinary files as the 卫生健康 bodies of one county (舟曲县) really send them — the 卫生健康局's 一览表
with 高/中/低 and short types, the 疾病预防控制中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 藏医院's file in two sheets ``院领导``/``科室`` with ``一级/二级/三级``, the
大川镇卫生院's 防控卡 one sheet a holder with ``★★★/★★/★``, the 峰迭镇卫生院's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 立节镇卫生院's 责任清单 under group rows ``一、院领导`` …
with ``一级风险/二级风险/三级风险``, the 东山镇卫生院's 一览表 with 责任人 on every row — and one
harder: the 人民医院's 分类汇总表, one row a post, its points sorted into column bands by type
(``思想道德风险`` … ``外部环境风险`` each over ``风险点 | 等级``), the type given only by the band
(``python tests/published/score.py --set batch464``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f310d86 (``/work/snap23``; this
worktree branched from dev at f310d86 too): TOTAL forms=1.000 recall=1.000 precision=0.941
levels=1.000 types=0.771 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=0.941 levels=1.000 types=0.771 noise=0. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (22/22 forms, 37/37 points, levels and types all right).

Missed, all in the harder ``zhouqu_hospital_type_bands.xlsx`` (sheet ``汇总表``; title row 1,
heading rows 2–3, posts rows 4–8; bands E:F 思想道德, G:H 制度机制, I:J 岗位职责, K:L 业务流程,
M:N 外部环境): all five forms and all eleven points were read with the right 科室, post, holder and
level (the band's ``风险点 | 等级`` pairs are read as several points of one row), but

- types 0/11: every point was read with no type (info TABLE_NO_TYPE at A2: “表中没有‘风险类型’列”),
  e.g. E4 ``收受医药企业宴请、礼金`` (truth 思想道德), G4 ``大型医用设备购置不经院党委会研究`` (truth
  制度机制), K6 ``招标参数设置指向特定品牌`` (truth 业务流程), M8 ``接受供应商请托提前付款`` (truth
  外部环境). Kind: the band heading over a point's sub-column (``思想道德风险`` merged over
  ``风险点 | 等级``) is not taken as the point's type — the heading row above the sub-headings is
  read only as grouping;
- precision 11/14: the ``/`` in the FIRST band's point cell was read as a point, E5, E6 and E8 (rows
  of 厍瑄漪, 蒯琇岙, 揭瓒芃, truth: no point), each with an error LEVEL_UNKNOWN on F5/F6/F8
  (“风险级别‘/’无法识别”); the ``/`` of the other bands (G5, G6, I4 …) were rightly skipped. Kind: a
  ``/`` (none of this kind) in the first point column of a row of several point columns is taken as
  a point and its ``/`` level as an unknown level.

Generalised after this measurement: '/' in the first band is no point
(tests/test_columns.py::test_a_slash_in_the_first_group_of_point_columns_is_no_point), and groups of
point columns under bands naming types give each point its band's type
(tests/test_columns.py::test_groups_of_point_columns_under_bands_of_types): score.py --set batch464
reads all 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch464 import (
    BAND_FIRST,
    BANDS,
    GRADES,
    HOSPITAL,
    LAYOUTS,
    NONE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(464, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BANDED = "zhouqu_hospital_type_bands"
HARDER = {BANDED}
UNTYPED = {
    "zhouqu_tibetan_hospital_two_sheets",
    "zhouqu_dachuan_clinic_cards",
    "zhouqu_fengdie_clinic_selfchecks",
    "zhouqu_lijie_clinic_group_rows",
}
NOBODY = {"zhouqu_cdc_posts"}


def test_batch464_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=462, unit_words=(PLACE,), new_people=True)


def test_batch464_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 12))
    assert RESAVED == ()


def test_batch464_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch464_every_unit_is_of_zhouqu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch464_points_sorted_into_bands_by_type():
    rows = BATCH.filled(BANDED)
    top = next(i for i, r in enumerate(rows) if r[0] == "序号")
    head, sub = BATCH.rows(BANDED)[top], BATCH.rows(BANDED)[top + 1]
    assert head[:BAND_FIRST] == ["序号", "科室", "岗位", "责任人"] and head[-1] == "主要防控措施"
    assert [head[BAND_FIRST + 2 * i] for i in range(len(BANDS))] == list(BANDS)
    assert all(head[BAND_FIRST + 2 * i + 1] is None for i in range(len(BANDS)))
    assert all(BATCH.merged(BANDED, 0, top, BAND_FIRST + 2 * i, BAND_FIRST + 2 * i + 1)
               for i in range(len(BANDS)))  # fmt: skip
    assert sub[BAND_FIRST:-1] == ["风险点", "等级"] * len(BANDS)
    # no type column and no level column outside the bands
    assert not any(c in LEVELS for c in head + sub)
    got, dept = [], None
    table = BATCH.table(BANDED)
    for row in table:
        dept = row[1] or dept
        for i, band in enumerate(BANDS):
            point, lv = row[BAND_FIRST + 2 * i], row[BAND_FIRST + 2 * i + 1]
            assert (point == NONE) == (lv == NONE)
            if point != NONE:
                got.append((dept, row[2], row[3], point, HML[lv], types_in(band)))
    want = [(*r, p["types"]) for r, p in zip(BATCH.truth_rows(BANDED), BATCH.points(BANDED),
                                             strict=True)]  # fmt: skip
    assert got == want
    assert len(table) == len(HOSPITAL)
    assert all(2 <= sum(c != NONE for c in r[BAND_FIRST:-1:2]) <= 3 for r in table)


def test_batch464_plain_tables_by_heading():
    cases = [
        ("zhouqu_health_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhouqu_cdc_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhouqu_dongshan_clinic_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhouqu_cdc_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "zhouqu_tibetan_hospital_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "院领导",
                           fixed={"dept": "院领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "院领导")


def test_batch464_group_rows_and_one_sheet_a_person():
    name = "zhouqu_lijie_clinic_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "zhouqu_dachuan_clinic_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhouqu_fengdie_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch464_is_read(tmp_path):
    BATCH.is_read(tmp_path)
