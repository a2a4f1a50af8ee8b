"""The five-hundred-and-fourth batch of published layouts (tests/published/batch504.py): seven
ordinary files as the 应急管理 and 消防 bodies of one county (天祝县) really send them — the
森林消防大队's 防控卡 one sheet a holder with ``★★★/★★/★``, the 安全生产执法大队's file in two sheets
``大队领导``/``中队`` with ``一级/二级/三级``, the 地震局's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 华藏寺镇应急管理站's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 打柴沟镇应急管理站's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 安远镇应急管理站's 一览表 with 责任人 on every row, the 哈溪镇应急管理站's
责任清单 with ``职责事项`` — and one harder: the 应急管理局's 一览表 whose ``风险类型 | 风险等级``
headings stand over each other's values (level words under 风险类型, type names under 风险等级)
(``python tests/published/score.py --set batch504``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 8dadc41 (``/work/snap33``; this
worktree branched from dev at 8dadc41 too): ``TOTAL                      forms  20/20  points  37/37
recall 1.00 precision 1.00 (37/37)  levels  37/37  types  37/37  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full (20/20 forms,
37/37 points, levels and types all right), the harder one included.

No misses. The harder ``tianzhu_emergency_swapped_heads.xlsx`` (sheet 一览表) read in full: forms 3/3
(局领导 / 局长 / 逄霂珩, 危化品和非煤矿山安全监管股 / 股长 / 郗湜琰, 综合减灾股 / 科员 / 殳漪玳), points 6/6,
levels 6/6 and types 6/6 — the reader already judges a known heading's column by its contents:
issues.csv has two infos ``COLUMN_GUESSED`` (F2 ``风险类型`` read as 风险级别, "100% 的内容是风险级别的
写法"; G2 ``风险等级`` read as 风险类型), and risks.csv gives E3 ``安全生产行政处罚案件干预说情`` the type
制度机制风险 and the level Ⅰ级 from F3 ``一级`` / G3 ``制度机制风险``, and so on for rows 4–8. So the shape
is not new to the reader, though the README's 读得懂的表 does not name it (it names the content guess
only for headings the reader does not know, ``危害程度``). The other issues were infos only
(``GRADE_BLANK`` for the post grade of the card and 自查表 holders, computed by rule,
``TABLE_NO_TYPE`` for the untyped tables, ``FILE_SKIPPED`` truth.json).

Nothing was generalised after this measurement: the batch read in full untuned; it has its
is_read test.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch504 import (
    EMERGENCY,
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
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(504, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SWAPPED = "tianzhu_emergency_swapped_heads"
HARDER = {SWAPPED}
UNTYPED = {
    "tianzhu_forest_fire_cards",
    "tianzhu_enforcement_two_sheets",
    "tianzhu_huazangsi_group_rows",
    "tianzhu_dachaigou_selfchecks",
    "tianzhu_haxi_duty_list",
}
NOBODY = {"tianzhu_earthquake_posts"}


def test_batch504_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=502, unit_words=(PLACE,), new_people=True)


def test_batch504_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch504_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch504_every_unit_is_of_tianzhu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch504_swapped_type_and_level_heads():
    heading = BATCH.heading(SWAPPED)
    assert heading[5:7] == ["风险类型", "风险等级"]
    rows = BATCH.table(SWAPPED)
    assert len(rows) == sum(len(ps) for *_x, ps in EMERGENCY) == 6
    got = []
    for row in rows:
        under_type, under_level = row[5], row[6]
        assert under_type in GRADES and not types_in(under_type)  # a level under 风险类型
        assert (
            under_level not in LEVELS and len(types_in(under_level)) == 1
        )  # a type under 风险等级
        assert under_level.endswith("风险") and under_level[:-2] in TYPES
        got.append((row[4], GRADES[under_type], types_in(under_level)))
    truth = BATCH.points(SWAPPED)
    assert got == [(p["risk_point"], p["level"], p["types"]) for p in truth]
    assert [r[:3] for r in BATCH.truth_rows(SWAPPED)] == [
        (d, p, w) for d, p, w, _t, ps in EMERGENCY for _ in ps
    ]


def test_batch504_plain_tables_by_heading():
    cases = [
        ("tianzhu_earthquake_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("tianzhu_anyuan_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("tianzhu_earthquake_posts") == {""}
    name = "tianzhu_haxi_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "tianzhu_enforcement_two_sheets"
    got = BATCH.by_heading(name, {"dept": "中队", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "中队")  # fmt: skip
    assert got == BATCH.truth_rows(name, "中队")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "大队领导", fixed={"dept": "大队领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "大队领导")


def test_batch504_group_rows_and_one_sheet_a_person():
    name = "tianzhu_huazangsi_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "tianzhu_forest_fire_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "tianzhu_dachaigou_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch504_is_read(tmp_path):
    BATCH.is_read(tmp_path)
