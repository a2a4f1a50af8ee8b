"""The six-hundred-and-twenty-ninth batch of published layouts (tests/published/batch629.py): seven
ordinary files as the 街道 and 社区 bodies of one city district (东胜区, 鄂尔多斯市) really send them —
the 交通街道办事处's 一览表 in two sheets 班子成员/科室站所 with ``一级/二级/三级``, the 网格化管理服务中心's
排查表 对岗不对人 with ``…风险`` types, the 民族街社区居委会's 清单 under group rows with
``高风险/中风险/低风险``, the 万佳社区居委会's 防控卡 one sheet a person with ``★★★/★★/★``, the
公园街道办事处's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 纺织街道办事处's 一览表 with
``附件1`` and 责任人 on every row, the 建设街道办事处's 登记表 — and one harder: the
富兴街道便民服务中心's 岗位廉政风险防控表, a ``岗位职责`` table (``职责序号 | 岗位职责 | 岗位 | 姓名``) over
a risk list whose ``对应职责`` cell cites duty numbers (``职责1、职责2、职责6``), the holders of the cited
duties being the point's holders (``python tests/published/score.py --set batch629``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 9696dfc (/work/snap15; this worktree branched from
dev at a1fa7a9): TOTAL forms=0.867 recall=0.815 precision=0.917 levels=1.000 types=1.000 noise=5
(forms 26/30, points 44/54, precision 44/48); with --strict the same: TOTAL forms=0.867
recall=0.815 precision=0.917 levels=1.000 types=1.000 noise=5. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``dongsheng_fuxing_service_centre_duty_numbers.xlsx`` (sheet 风险防控表;
forms 1/5, points 3/13, precision 3/7, noise 5): the reader took the 岗位职责 table's FIRST duty row
(A4:D4, ``1 | 主持中心全面工作… | 主任 | 辛翮岚``) as the holder of the whole sheet and read the risk
list below (rows 13–19, heading A12:E12) as one form of 主任 辛翮岚 (posts.csv F00001, unit
``东胜区富兴街道``, 科室 ``便民服务中心``, section ``岗位职责``), all seven points his, each with the
right level, the ``对应职责`` cell (C13:C19, ``职责1、职责2、职责6`` …) kept only as the point's
``duty`` text; the other five duty rows A5:D9 (民政专干 游沅蘅 twice, 社保专干 辛琤湄, 综合窗口 辛靓翾,
副主任 游霈岑) came out as ROW_UNPLACED (the noise 5). The truth has five holders: 辛翮岚 (B13, B18,
B19), 游沅蘅 (B13, B14, B16, B18 — duties 2 and 4), 辛琤湄 (B15, B19), 辛靓翾 (B17, B19) and
游霈岑 (B13, B16), 13 points; so 辛翮岚's three came right and his four others (B14–B17) are
extra. Kind: a risk list keyed by DUTY NUMBERS to a 岗位职责 table above it (``职责序号 | 岗位职责 |
岗位 | 姓名``) is read as one person's list headed by the first duty row, the 对应职责 numbers
never resolved to the duties' holders.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): a 岗位职责 table of numbered
duties with their holders, and a risk list whose 对应职责 cell cites those numbers, one point
going to every holder of a cited duty (once each).

Generalised after this measurement: a risk list with no holder column whose `对应职责` cells cite duty numbers (`职责1、职责2`, `2、5`, `第1、3项`) gives each point to every holder of a duty it cites, through a duties table (`职责序号 | 岗位职责 | 岗位 | 姓名`) above or below it on the sheet (`HOLDERS_BY_DUTY_NUMBERS`, a number naming no duty warned `DUTY_NUMBER_UNMATCHED`; `tests/test_holders_by_duty_numbers.py`); the duties table's rows are no stray rows. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch629 import (
    DUTIES,
    GRADES,
    HIGHS,
    LAYOUTS,
    POINTS,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(629, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dongsheng_fuxing_service_centre_duty_numbers"}
TYPED = {
    "dongsheng_grid_centre_posts",
    "dongsheng_fangzhi_street_list",
    "dongsheng_jianshe_street_register",
}
NOBODY = {"dongsheng_grid_centre_posts"}


def test_batch629_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=627, unit_words=("东胜区",), new_people=True)


def test_batch629_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch629_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch629_every_unit_is_of_dongsheng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("东胜区") for u in units)


def test_batch629_duty_numbers_give_the_holders():
    name = "dongsheng_fuxing_service_centre_duty_numbers"
    rows = BATCH.filled(name)
    top = next(i for i, row in enumerate(rows) if row[0] == "职责序号")
    assert rows[top][:4] == ["职责序号", "岗位职责", "岗位", "姓名"]
    duties = {}
    for row in rows[top + 1 :]:
        if not isinstance(row[0], int):
            break
        duties[row[0]] = (row[2], row[3])
    assert len(duties) == len(DUTIES)
    head = next(i for i, row in enumerate(rows) if row[0] == "序号")
    assert rows[head][:5] == ["序号", "廉政风险点", "对应职责", "风险等级", "防控措施"]
    got = set()
    for row in rows[head + 1 :]:
        if not isinstance(row[0], int):
            break
        for cite in row[2].split("、"):
            post, who = duties[int(cite.removeprefix("职责"))]
            got.add(("", post, who, row[1], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a point, and one holder of two cited duties has the point once
    assert sum(len({duties[c][1] for c in cites}) > 1 for _p, cites, _l, _m in POINTS) >= 3
    assert any(len({duties[c][1] for c in cites}) < len(cites) for _p, cites, _l, _m in POINTS)
    assert len(BATCH.truth_rows(name)) == len(got)


def test_batch629_plain_tables_by_heading():
    cases = [
        ("dongsheng_fangzhi_street_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("dongsheng_jianshe_street_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("dongsheng_grid_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "dongsheng_jiaotong_street_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室站所") == BATCH.truth_rows(name, "科室站所")


def test_batch629_group_rows_give_the_department():
    name = "dongsheng_minzujie_community_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch629_one_sheet_a_person():
    name = "dongsheng_gongyuan_street_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dongsheng_wanjia_community_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch629_is_read(tmp_path):
    BATCH.is_read(tmp_path)
