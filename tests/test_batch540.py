"""The five-hundred-and-fortieth batch of published layouts (tests/published/batch540.py): seven
ordinary files as the 人社 and 医保 bodies of one county (永昌县) really send them — the
人力资源和社会保障局's file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 就业服务中心's
一览表 with 科室/岗位/责任人 merged and 高/中/低, the 社会保险事业服务中心's 责任清单 under group rows
with ``一级风险/二级风险/三级风险``, the 河西堡镇劳动保障事务所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 朱王堡镇劳动保障事务所's 自查表 one sheet a person with ``高风险/中风险/低风险``,
the 东寨镇劳动保障事务所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
水源镇劳动保障事务所's 责任清单 with ``职责事项`` — and one harder: the 医疗保障局's 一览表, whose only
level column is ``防控等级`` written ``重点防控/一般防控/常规防控``, with no note
(``python tests/published/score.py --set batch540``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f549bc1 (``/work/snap42``; this
worktree branched from dev at f549bc1 too): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  31/37  types  37/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.838 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  31/37  types  37/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.838 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full, --strict too (18/18 forms, 31/31 points, levels and types all
right).

Missed, in the harder ``yongchang_medical_insurance_control_grades.xlsx`` (sheet 一览表; forms
3/3, points 6/6, types 6/6, levels 0/6): the reader found the three holders, their 股室, posts,
points and types, but judged the ``防控等级`` column (G2) to be ``其他`` (COLUMN_GUESSED: 表头像是
风险类型或级别,但内容不是) and read every level blank (LEVEL_BLANK on E3–E8): G3 ``重点防控`` read
blank (truth 1), G4 ``一般防控`` blank (truth 2), G5 ``重点防控`` blank (truth 1), G6 ``一般防控``
blank (truth 2), G7 ``一般防控`` blank (truth 2), G8 ``常规防控`` blank (truth 3). Kind: a point's
level written as the grade of control (``重点防控/一般防控/常规防控`` under ``防控等级``) is not taken
as a level word, so the column is dropped and no level is read.

Not scored, seen in posts.csv/risks.csv: the 医疗保障局's types are read from the short types as
``制度机制风险`` … and its 科员 is 一般岗位, as the truth has it.

Generalised after this measurement: levels written as how closely a point is watched ('重点防控 / 一般防控 /
常规防控', and the same with 管控 and 监控) are levels Ⅰ/Ⅱ/Ⅲ in the default vocabulary
(workbook_templates/defaults.toml), so a 防控等级 column of them is the level column
(tests/test_level_columns.py::test_levels_written_as_how_closely_a_point_is_watched, a 管控等级 of two
grades and a 监控 word).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch540 import (
    CONTROL,
    CONTROLLED,
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

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS, **CONTROL}
BATCH = Batch(540, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRADED = "yongchang_medical_insurance_control_grades"
HARDER = {GRADED}
UNTYPED = {
    "yongchang_hrss_bureau_two_sheets",
    "yongchang_social_insurance_group_rows",
    "yongchang_hexipu_office_cards",
    "yongchang_zhuwangpu_office_selfchecks",
    "yongchang_shuiyuan_office_duty_list",
}
NOBODY = {"yongchang_dongzhai_office_posts"}


def test_batch540_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=537, unit_words=(PLACE,), new_people=True)


def test_batch540_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch540_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch540_every_unit_is_of_yongchang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch540_level_is_the_grade_of_control():
    head = BATCH.heading(GRADED)
    assert head == [
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类型",
        "防控等级",
        "防控措施",
    ]
    rows = [row for row in BATCH.filled(GRADED) if isinstance(row[0], int)]
    assert len(rows) == 6
    # the level cells hold only the three control words, each used; no risk-level word anywhere
    assert {row[6] for row in rows} == set(CONTROL)
    text = "".join(str(c) for row in BATCH.filled(GRADED) for c in row if c)
    for w in ("风险等级", "高风险", "一级", "注："):
        assert w not in text, w
    heads = {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    got = BATCH.by_heading(GRADED, heads, level="防控等级")
    assert got == BATCH.truth_rows(GRADED)
    assert [row[6] for row in rows] == [g for *_x, ps in CONTROLLED for _p, _t, g, _m in ps]
    assert BATCH.types_by(GRADED, "风险类型", level="防控等级") == [
        r["types"] for r in BATCH.points(GRADED)
    ]


def test_batch540_plain_tables_by_heading():
    cases = [
        ("yongchang_dongzhai_office_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yongchang_employment_center_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                              "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("yongchang_dongzhai_office_posts") == {""}
    name = "yongchang_shuiyuan_office_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "yongchang_hrss_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch540_group_rows_and_one_sheet_a_person():
    name = "yongchang_social_insurance_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "yongchang_hexipu_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yongchang_zhuwangpu_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch540_is_read(tmp_path):
    BATCH.is_read(tmp_path)
