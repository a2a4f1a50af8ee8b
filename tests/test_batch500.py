"""The five-hundredth batch of published layouts (tests/published/batch500.py): seven ordinary
files as the 卫生健康 bodies of one city (华亭市) really send them — the 卫生健康局's file in two
sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 第一人民医院's 一览表 with 高/中/低 and short
types, the 中医医院's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 安口镇卫生院's
防控卡 one sheet a holder with ``★★★/★★/★``, the 西华镇卫生院's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 马峡镇卫生院's 责任清单 under group rows ``一、领导岗位`` … with
``一级风险/二级风险/三级风险``, the 策底镇卫生院's 一览表 with 责任人 on every row — and one harder:
the 疾病预防控制中心's 风险点清单 with no type or level column, each point's type and level given
only on a second sheet ``分类定级表`` keyed by its ``风险编号`` (``python tests/published/score.py
--set batch500``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 931f0ab (``/work/snap32``; this
worktree branched from dev at 931f0ab too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.833 types=0.833 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.833 types=0.833 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (15/15 forms, 30/30 points, levels and types all right).

Missed, all in the harder ``huating_cdc_grading_sheet_by_code.xlsx``: on sheet 风险点清单 the
reader found the three holders (中心领导 / 主任 / 樊翛璆, 免疫规划科 / 科长 / 禚沺琇, 检验科 /
检验员 / 郏濛瑄) and all six points, E3:E8, with their measures, but no level and no type for any
of them: E3 ``物资采购决策个人说了算`` read with level blank and no type (truth 一级, 制度机制), E4
``干预疫苗配送单位选定`` blank (truth 二级, 思想道德), E5 ``疫苗出入库登记不实`` blank (truth 一级,
业务流程), E6 ``接种单位考核打分随意`` blank (truth 二级, 岗位职责), E7 ``检测数据擅自修改`` blank
(truth 二级, 岗位职责), E8 ``接受送检单位宴请`` blank (truth 三级, 外部环境); so 6 levels and 6
types are missed. issues.csv holds six LEVEL_BLANK errors (E3–E8, ``风险级别未填写``) and one
TABLE_NO_TYPE note for 风险点清单!A2; the sheet 分类定级表 (A4:D9 ``JK01 | 制度机制 | 一级 | …``)
is passed over silently — no point, no note, no hint that it grades the list. Kind: a type and a
level given only on a second sheet keyed by the point's plain 风险编号 are not joined to the
points — the list reads as ungraded and untyped, the grading sheet is ignored.

Generalised after this measurement: a sheet with no point text whose rows give the type, level or
measures against the list's code column ('风险编号 | 风险类型 | 风险等级 | 定级依据', in another order) fills those
blanks for the listed points of the same code, extending the 序号 second-page join
(collect._second_page; info SHEET_JOINED_BY_CODE, warning SHEET_CODE_UNMATCHED for a code missing,
given twice or matching no point; tests/test_grades_on_another_sheet_by_code.py, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch500 import (
    CDC,
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
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(500, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRADED = "huating_cdc_grading_sheet_by_code"
HARDER = {GRADED}
UNTYPED = {
    "huating_health_bureau_two_sheets",
    "huating_ankou_cards",
    "huating_xihua_selfchecks",
    "huating_maxia_group_rows",
}
NOBODY = {"huating_tcm_hospital_posts"}


def test_batch500_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=499, unit_words=(PLACE,), new_people=True)


def test_batch500_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch500_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch500_every_unit_is_of_huating():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch500_every_point_but_the_harder_ones_is_a_whole_cell():
    for lay in LAYOUTS:
        if lay["name"] in HARDER:
            continue
        texts = {c for s in lay["sheets"] for row in s["rows"] for c in row if isinstance(c, str)}
        assert all(p["risk_point"] in texts for p in BATCH.points(lay["name"])), lay["name"]


def test_batch500_type_and_level_only_on_the_grading_sheet_by_code():
    lay = BY_NAME[GRADED]
    assert [s["name"] for s in lay["sheets"]] == ["风险点清单", "分类定级表"]
    head = BATCH.heading(GRADED, 0, first="风险编号")
    assert head == ["风险编号", "科室", "岗位", "责任人", "廉政风险点", "防控措施"]
    assert not any(w in h for h in head for w in ("类型", "类别", "等级", "级别"))
    rows = [r for r in BATCH.filled(GRADED, 0) if r and str(r[0]).startswith("JK")]
    grade = {r[0]: r for r in BATCH.filled(GRADED, 1) if r and str(r[0]).startswith("JK")}
    assert BATCH.heading(GRADED, 1, first="风险编号") == [
        "风险编号",
        "风险类型",
        "风险等级",
        "定级依据",
    ]
    assert len(rows) == len(grade) == len(CDC) == 6
    assert [r[0] for r in rows] != list(grade)  # another order
    points = {r[4] for r in rows}
    assert not any(c in points for r in grade.values() for c in r)  # no point text repeated
    got = [(r[1], r[2], r[3], r[4], types_in(grade[r[0]][1]), GRADES[grade[r[0]][2]]) for r in rows]
    want = [(r[0], r[1], r[2], p["risk_point"], p["types"], p["level"])
            for r, p in zip(BATCH.truth_rows(GRADED), BATCH.points(GRADED), strict=True)]  # fmt: skip
    assert got == want
    assert {f["sheet"] for f in lay["truth"]} == {"风险点清单"}


def test_batch500_plain_tables_by_heading():
    cases = [
        ("huating_first_hospital_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huating_tcm_hospital_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huating_cedi_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("huating_tcm_hospital_posts") == {""}
    name = "huating_health_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch500_group_rows_and_one_sheet_a_person():
    name = "huating_maxia_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "huating_ankou_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huating_xihua_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch500_is_read(tmp_path):
    BATCH.is_read(tmp_path)
