"""The five-hundred-and-forty-second batch of published layouts (tests/published/batch542.py): seven
ordinary files as the 自然资源 and 测绘 bodies of one city (嘉峪关市) really send them — the 自然资源局's
file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 不动产登记中心's 一览表 with
科室/岗位/责任人 merged and 高/中/低, the 土地储备中心's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 峪泉镇自然资源所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
文殊镇自然资源所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 新城镇自然资源所's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 基础测绘地理信息中心's 责任清单 with
``职责事项`` — and one harder: the 测绘院's 一览表 on a sheet shown right to left, typed to read
naturally on screen, so its columns are stored in reverse (A 防控措施 … H 序号)
(``python tests/published/score.py --set batch542``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f549bc1 (``/work/snap42``; this
worktree branched from dev at f549bc1 too): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  37/37  types  37/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  37/37  types  37/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All eight
layouts read in full, --strict too, the harder one included (21/21 forms, 37/37 points, levels
and types all right).

No misses. The harder ``jiayuguan_survey_institute_right_to_left.xlsx`` (sheet 一览表) read as the
truth has it: the reader takes the columns by their heading cells wherever they stand, so the
reversed storage (A 防控措施 … H 序号) and the ``rightToLeft`` view cost it nothing; posts.csv
gives the three forms 院领导/院长/亓鹭汀 (领导岗位), 质量检查室/室主任/雒沅芷 (中层岗位),
成果管理室/管理员/甯霁川 (一般岗位), and issues.csv says nothing of the file. The only issues are
infos on the other files (``TABLE_NO_TYPE`` on the five untyped files, ``GRADE_BLANK`` on the
cards and self-checks, ``FILE_SKIPPED`` truth.json), none a mistake. Kind: none; the harder shape
turned out not to be hard for this reader (it was chosen after a search of the README and the
earlier batches found every other candidate already known).

Nothing was generalised after this measurement: the batch read in full, the right-to-left sheet
too (columns are found by their headings wherever they stand).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import zipfile

from published.batch542 import (
    GRADES,
    LAYOUTS,
    MIRRORED,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    RTL,
    SHOWN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(542, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {RTL}
UNTYPED = {
    "jiayuguan_bureau_two_sheets",
    "jiayuguan_reserve_center_group_rows",
    "jiayuguan_yuquan_office_cards",
    "jiayuguan_wenshu_office_selfchecks",
    "jiayuguan_geoinfo_center_duty_list",
}
NOBODY = {"jiayuguan_xincheng_office_posts"}


def test_batch542_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=538, unit_words=(PLACE,), new_people=True)


def test_batch542_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch542_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch542_every_unit_is_of_jiayuguan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch542_columns_stored_in_reverse_on_a_right_to_left_sheet(tmp_path):
    head = BATCH.heading(RTL, first="防控措施")
    assert head == list(reversed(SHOWN))
    assert head[0] == "防控措施" and head[-1] == "序号"
    heads = {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(RTL, heads, first="防控措施") == BATCH.truth_rows(RTL)
    assert BATCH.types_by(RTL, "风险类型", first="防控措施") == [
        r["types"] for r in BATCH.points(RTL)
    ]
    rows = [row for row in BATCH.filled(RTL) if isinstance(row[-1], int)]
    assert [row[-1] for row in rows] == list(range(1, 7))
    assert [row[3] for row in rows] == [p for *_x, ps in MIRRORED for p, *_y in ps]
    out = build(tmp_path)
    with zipfile.ZipFile(out / f"b542_{RTL}.xlsx" if (out / f"b542_{RTL}.xlsx").exists()
                         else out / f"{RTL}.xlsx") as z:  # fmt: skip
        assert b'<sheetView rightToLeft="1"' in z.read("xl/worksheets/sheet1.xml")
    others = [p for p in out.glob("*.xlsx") if RTL not in p.name]
    assert len(others) == 7
    for p in others:
        with zipfile.ZipFile(p) as z:
            assert all(b"rightToLeft" not in z.read(n) for n in z.namelist()
                       if n.startswith("xl/worksheets/"))  # fmt: skip


def test_batch542_plain_tables_by_heading():
    cases = [
        ("jiayuguan_xincheng_office_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("jiayuguan_registry_center_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                            "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("jiayuguan_xincheng_office_posts") == {""}
    name = "jiayuguan_geoinfo_center_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "jiayuguan_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch542_group_rows_and_one_sheet_a_person():
    name = "jiayuguan_reserve_center_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "jiayuguan_yuquan_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "jiayuguan_wenshu_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch542_is_read(tmp_path):
    BATCH.is_read(tmp_path)
