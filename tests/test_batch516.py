"""The five-hundred-and-sixteenth batch of published layouts (tests/published/batch516.py): seven
ordinary files as the 畜牧 and 草原 bodies of one county (肃北县) really send them — the
畜牧兽医局's 一览表 with 科室/岗位/责任人 on every row and 高/中/低, the 草原站's file in two sheets
``站领导``/``组室`` with ``一级/二级/三级``, the 畜牧技术推广站's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 党城湾镇畜牧兽医站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
石包城乡畜牧兽医站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 马鬃山镇畜牧兽医站's
责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 盐池湾乡畜牧兽医站's 责任清单 with
``职责事项`` — and one harder: the 动物疫病预防控制中心's 一览表 whose levels are written as degrees,
``高度/中度/低度``, under the plain ``风险等级`` with no note
(``python tests/published/score.py --set batch516``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 154a410 (``/work/snap36``; this
worktree branched from dev at 154a410 too): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  31/37  types  37/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.838 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  31/37  types  37/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.838 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (18/18 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``subei_cdc_degree_levels.xlsx`` (sheet 一览表; forms 3/3, points 6/6,
types 6/6, levels 0/6): the reader found the three holders, their 科室, posts, tiers, every point,
type and measure, but left every level blank and reported it unreadable (issues.csv LEVEL_UNKNOWN
``风险级别“…”无法识别``): G3 read blank from ``高度`` (truth 1), G4 blank from ``中度`` (truth 2), G5
blank from ``高度`` (truth 1), G6 blank from ``中度`` (truth 2), G7 blank from ``中度`` (truth 2), G8
blank from ``低度`` (truth 3). Kind: the degree words ``高度/中度/低度`` of a plain ``风险等级`` column
are not in the reader's level words, so the levels are left blank as unknown.

Generalised after this measurement: the level words 高度/中度/低度 (also with 风险) are in the default
vocabulary (workbook_templates/defaults.toml;
tests/test_columns.py::test_levels_written_as_degrees_are_high_middle_low).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch516 import (
    CDC,
    DEGREES,
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
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS, **DEGREES}
BATCH = Batch(516, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
DEGREE = "subei_cdc_degree_levels"
HARDER = {DEGREE}
UNTYPED = {
    "subei_grassland_two_sheets",
    "subei_dangchengwan_cards",
    "subei_shibaocheng_selfchecks",
    "subei_mazongshan_group_rows",
    "subei_yanchiwan_duty_list",
}
NOBODY = {"subei_extension_posts"}


def test_batch516_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=514, unit_words=(PLACE,), new_people=True)


def test_batch516_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch516_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch516_every_unit_is_of_subei():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch516_levels_only_as_degrees_in_the_harder_file():
    head = BATCH.heading(DEGREE)
    assert head == [
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    ]
    texts = [c for row in BATCH.filled(DEGREE) for c in row if isinstance(c, str)]
    assert not any(c.startswith("注") for c in texts)
    col = head.index("风险等级")
    words = [row[col] for row in BATCH.filled(DEGREE) if isinstance(row[0], int)]
    assert set(words) == set(DEGREES) and len(words) == sum(len(ps) for *_x, ps in CDC)
    assert [DEGREES[w] for w in words] == [r["level"] for r in BATCH.points(DEGREE)]
    other = set(HML) | set(GRADES) | set(ROMAN) | set(RISKS) | set(WORDS)
    assert not any(c in other for c in texts)
    got = BATCH.by_heading(
        DEGREE, {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    )
    assert got == BATCH.truth_rows(DEGREE)
    assert BATCH.types_by(DEGREE, "风险类型") == [r["types"] for r in BATCH.points(DEGREE)]


def test_batch516_plain_tables_by_heading():
    cases = [
        ("subei_extension_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("subei_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                               "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("subei_extension_posts") == {""}
    name = "subei_yanchiwan_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "subei_grassland_two_sheets"
    got = BATCH.by_heading(name, {"dept": "组室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "组室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "组室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "站领导", fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch516_group_rows_and_one_sheet_a_person():
    name = "subei_mazongshan_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "subei_dangchengwan_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "subei_shibaocheng_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在组室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch516_is_read(tmp_path):
    BATCH.is_read(tmp_path)
