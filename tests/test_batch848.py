"""The eight-hundred-and-forty-eighth batch of published layouts (tests/published/batch848.py): seven
ordinary files as the 民族 and 乡村 bodies of one county (隆林各族自治县) really send them — the
民族宗教事务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 易地搬迁安置点管理办公室's 防控卡
one sheet a person with ``★★★/★★/★``, the 民族中学's 排查表 对岗不对人 with ``…风险`` types and 高/中/低,
the 德峨镇民族工作站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 少数民族语言翻译室's 清单 under
group rows ``一、室领导`` … with ``一级风险/二级风险/三级风险``, the 乡村振兴发展服务中心's 一览表 with
``高风险/中风险/低风险``, the 新州镇乡村振兴工作站's 登记表 with 高/中/低 — and one harder: the 乡村振兴局's
一览表 whose ``风险等级`` holds bare digits ``3 | 2 | 1`` and whose ``注：`` line turns the scale round
(``数字越大风险越高：3为高风险…1为低风险``) (``python tests/published/score.py --set batch848``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at be2422b3 (/work/snap50; this worktree branched from
dev at e0d1d412): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 28/28, points 48/48); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. ALL EIGHT READ IN
FULL (forms, points, levels and types all 1.00, noise 0), the seven ordinary layouts and the
harder one alike.

The harder ``longlin_rural_revitalisation_inverted_digits.xlsx`` (sheet 一览表) read in full: forms
4/4, points 7/7, levels 7/7. The reader took the bare digits in F4:F10 as one three-grade scale and
read it by the closing ``注：`` line (A12, ``数字越大风险越高：3为高风险，2为中风险，1为低风险``) as
``3=Ⅰ级、2=Ⅱ级、1=Ⅲ级`` (info LEVEL_SCALE at F3), the order the truth has; posts, names and 股室
(merged down) as the truth has them. A check by hand on a copy outside the batch with the ``注：``
line deleted (not measured, the batch unchanged) read the same digits the other way round
(``1=Ⅰ级`` … ``3=Ⅲ级``, no issue raised), so it is the note that turns the scale, not a default. No
misreading to report: the shape (a level column of bare digits whose note says the larger the
digit the higher the risk) is one the reader already reads, although docs/layouts.md does not
describe it in these words (it describes level words a note defines, ``A为高风险``).

Unscored besides: the other issues are info only (TABLE_NO_TYPE, LEVEL_SCALE).

Not generalised in the stop that measured it: nothing was missed, so nothing to generalise;
docs/layouts.md could name digit scales read by a note (``数字越大风险越高``).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch848 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    REVITALISATION,
    RISKS,
    ROMAN,
    STARS,
    UPWARD,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(848, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"longlin_rural_revitalisation_inverted_digits"}
TYPED = {
    "longlin_minzu_middle_school_posts",
    "longlin_revitalisation_centre_list",
    "longlin_xinzhou_station_register",
}
NOBODY = {"longlin_minzu_middle_school_posts"}


def test_batch848_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=846, unit_words=("隆林",), new_people=True)


def test_batch848_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))


def test_batch848_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch848_every_unit_is_of_longlin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("隆林各族自治县") for u in units)


def test_batch848_digits_run_upward_by_the_note():
    name = "longlin_rural_revitalisation_inverted_digits"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:7] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    note = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert len(note) == 1 and "数字越大风险越高" in note[0] and "3为高风险" in note[0]
    table = BATCH.table(name)
    digits = [row[5] for row in table]
    assert set(digits) == {1, 2, 3} and all(isinstance(d, int) for d in digits)
    got = [(row[1], row[2], row[3], row[4], UPWARD[row[5]]) for row in table]
    assert got == BATCH.truth_rows(name)
    # a 3 is the highest grade and a 1 the lowest: read as written the grades would be turned round
    assert UPWARD == {3: 1, 2: 2, 1: 3}
    assert sum(len(points) for *_, points in REVITALISATION) == len(table)


def test_batch848_plain_tables_by_heading():
    cases = [
        ("longlin_revitalisation_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("longlin_xinzhou_station_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("longlin_minzu_middle_school_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "longlin_ethnic_affairs_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch848_group_rows_give_the_department():
    name = "longlin_translation_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch848_one_sheet_a_person():
    name = "longlin_dee_ethnic_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在站所", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "longlin_relocation_site_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch848_is_read(tmp_path):
    BATCH.is_read(tmp_path)
