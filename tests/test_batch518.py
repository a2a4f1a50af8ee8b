"""The five-hundred-and-eighteenth batch of published layouts (tests/published/batch518.py): seven
ordinary files as the 人社 and 医保 bodies of one district (平川区) really send them — the
人力资源和社会保障局's 一览表 with 科室/岗位/责任人 on every row and 高/中/低, the 医疗保障局's file in two
sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 就业服务中心's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 社会保险事务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
医疗保障服务中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 劳动人事争议仲裁院's 责任清单
under group rows with ``一级风险/二级风险/三级风险``, the 人才服务中心's 责任清单 with ``职责事项`` and bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 劳动保障监察大队's 公示表 laying each post out as a band of four
labelled rows (``廉政风险点 / 风险类型 / 风险等级 / 防控措施``) with the post's points across the columns
(``python tests/published/score.py --set batch518``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 154a410 (``/work/snap36``; this
worktree branched from dev at 154a410 too): ``TOTAL                      forms  18/21  points
31/38  recall 0.82 precision 0.97 (31/32)  levels  31/31  types  31/31  noise 0`` / ``TOTAL
forms=0.857 recall=0.816 precision=0.969 levels=1.000 types=1.000 noise=0``; with --strict:
``TOTAL                      forms  17/21  points  31/38  recall 0.82 precision 0.97 (31/32)
levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=0.810 recall=0.816 precision=0.969
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full (18/18 forms, 31/31 points, levels and types all right); with
--strict six of them, the seventh short of one form's 科室.

Missed in the harder ``pingchuan_inspection_post_bands.xlsx`` (sheet 公示表; forms 0/3, points 0/7):
the reader did not see the bands. It made ONE form of the whole sheet, its person ``项目第一项第二项
第三项`` (the heading cells D2:G2 run together) and its post ``隗澍琰`` (the second band's holder,
C7), and ONE point at row 7, ``专项检查提前透露检查对象 工资保证金返还把关不严`` (E7 and F7 joined; truth: two
points of 中队长 隗澍琰, ``专项检查提前透露检查对象`` 二级 业务流程 and ``工资保证金返还把关不严`` 二级 制度机制), its
level ``二级 三级`` and type ``岗位职责`` taken from the third band (E12:F13) and its measures from the
third band's measures row (E14:F14). The first band (大队长 禚瑆漪, E3:G3, three points 一级/一级/二级) and
the third (监察员 郜沄珺, E11:F11, two points 二级/三级) were not read at all, and no issue was
reported for the file. Kind: per-post bands of labelled rows, the post's points across the
columns and each point's fields under it, are not read as records (the first band is taken into
the heading, the rest as one run-together row).

Missed with --strict only, in ``pingchuan_arbitration_group_rows.xlsx`` (sheet 责任清单): the
仲裁员 逄潆瑄 (B7/C7, under the group row ``二、仲裁庭`` at A6) was read in the 科室 ``院领导`` of the
group above (truth ``仲裁庭``); the points, levels and post are right. Kind: a group row naming a
仲裁庭 (a 院's 庭) is not taken as a 科室, so the previous group's 科室 runs on.

Generalised after this measurement: per-post bands of labelled rows under a heading of holder
columns, a label column and numbered item columns ('项目 | 第一项 | 第二项'): each item column with a point
in a band is one point of that band's holder, its type, level and measures from the same column (the
sideways reader _transposed extended; info TABLE_POST_BANDS;
tests/test_post_bands_of_labelled_rows.py). Later, the --strict miss: a group row's 庭 ('二、仲裁庭',
'一、调解一庭') names a 科室 as a 科/股/室 does (identity.caption_identity, columns._dept_like; a
家庭 is none; tests/test_columns.py::test_a_courts_division_in_a_group_row_or_a_keshi_column_is_the_keshi).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch518 import (
    BAND,
    BARE,
    GRADES,
    INSPECTION,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SLOTS,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **STARS, **RISKS, **WORDS}
BATCH = Batch(518, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BANDS = "pingchuan_inspection_post_bands"
HARDER = {BANDS}
UNTYPED = {
    "pingchuan_healthcare_two_sheets",
    "pingchuan_insurance_cards",
    "pingchuan_medical_selfchecks",
    "pingchuan_arbitration_group_rows",
    "pingchuan_talent_duty_list",
}
NOBODY = {"pingchuan_jobs_posts"}


def test_batch518_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=510, unit_words=(PLACE,), new_people=True)


def test_batch518_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=True)
    assert RESAVED == ()


def test_batch518_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch518_every_unit_is_of_pingchuan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch518_post_bands_hold_the_points_across():
    assert BATCH.heading(BANDS) == ["序号", "岗位", "姓名", "项　目", *SLOTS]
    rows = BATCH.filled(BANDS)
    start = next(i for i, row in enumerate(rows) if row[3] == "项　目") + 1
    got, post, who = [], None, None
    for k, (p, w, _tier, points) in enumerate(INSPECTION):
        band = rows[start + 4 * k : start + 4 * k + 4]
        assert [row[3] for row in band] == list(BAND)
        post, who = band[0][1], band[0][2]
        assert (post, who) == (p, w)
        for c in range(4, 4 + len(SLOTS)):
            col = [row[c] for row in band]
            if col[0] is None:
                assert col == [None] * 4
                continue
            got.append(("", post, who, col[0], GRADES[col[2]]))
        assert len([row for row in band[:1] for c in row[4:] if c]) == len(points)
    assert got == BATCH.truth_rows(BANDS)
    types = [[t] for _p, _w, _t, ps in INSPECTION for _pt, t, _lv, _m in ps]
    assert types == [r["types"] for r in BATCH.points(BANDS)]


def test_batch518_plain_tables_by_heading():
    cases = [
        ("pingchuan_jobs_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("pingchuan_hrss_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                 "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("pingchuan_jobs_posts") == {""}
    name = "pingchuan_talent_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "pingchuan_healthcare_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch518_group_rows_and_one_sheet_a_person():
    name = "pingchuan_arbitration_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "pingchuan_insurance_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "pingchuan_medical_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch518_is_read(tmp_path):
    BATCH.is_read(tmp_path)
