"""The four-hundred-and-forty-first batch of published layouts (tests/published/batch441.py): seven
ordinary files as the 教育 bodies of one county (宁强县) really send them — the 教育体育局's 一览表 with
高/中/低, the 第一中学's 防控表 under group rows ``一、校级领导`` … with ``一级/二级/三级``, the
燕子砭镇中心学校's 防控卡 one sheet a holder with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 实验小学's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``★★★/★★/★``, the 大安镇中心学校's 自查表 one sheet a person, the
阳平关镇中心学校's 责任清单 with a last ``责任领导`` column, the 胡家坝镇中心学校's two sheets 学校领导/处室 —
and one harder: the 天津高级中学's 一览表 whose ``姓名`` cells carry the holder's 职称 in brackets
(``蒯砚汀（一级教师）``) beside a ``岗位`` column (``python tests/published/score.py --set batch441``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 8e78fe1 (checked out in /work/snap17;
this worktree branched from dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 30/30, points 47/47); with --strict the same: TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx,
no re-saved copies. All eight layouts read in full, the harder one included: in
``ningqiang_tianjin_high_names_with_ranks.xlsx`` the reader took the name before the bracket as the
holder (posts.csv F00021–F00024: 郗沅朔, 蒯砚汀, 眭泠霁, 豆箬川), the ``岗位`` cell as the post, and no
level from ``（一级教师）``/``（二级教师）``.

Missed: nothing, by cell or otherwise. Unscored besides: every post's tier as the truth has it
(校长 领导岗位, 主任 中层岗位, 教师 and 报账员 一般岗位 in the harder file); issues.csv holds only
information notes (6 TABLE_NO_TYPE, 4 GRADE_BLANK, 1 FILE_SKIPPED for truth.json). So the harder shape, a 职称 bracketed in
the holder's cell beside a post column, is already within what the reader does, though the README
does not describe it.

Generalised after this measurement: nothing to generalise: the reader took the name before the
bracketed grade ('（一级教师）') as the holder and no level from it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch441 import (
    GRADES,
    HIGH,
    LAYOUTS,
    RANKED,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGH}
BATCH = Batch(441, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ningqiang_tianjin_high_names_with_ranks"}
UNTYPED = {
    "ningqiang_no1_middle_group_rows",
    "ningqiang_yanziban_school_cards",
    "ningqiang_daan_school_selfchecks",
    "ningqiang_yangpingguan_school_duties",
}
NOBODY = {"ningqiang_experimental_primary_posts"}


def test_batch441_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=438, unit_words=("宁强县",), new_people=True)


def test_batch441_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 8))
    assert RESAVED == ()


def test_batch441_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch441_every_unit_is_of_ningqiang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("宁强县") for u in units)


def test_batch441_names_carry_their_ranks_in_brackets():
    name = "ningqiang_tianjin_high_names_with_ranks"
    cells = {row[3] for row in BATCH.table(name)}
    assert cells == {f"{who}（{rank}）" for _, _, who, rank, _ in RANKED}
    # the bracket is a rank, never the post; some ranks begin with a level word
    assert {f["person"] for f in BY_NAME[name]["truth"]} == {who for _, _, who, _, _ in RANKED}
    assert {f["title"] for f in BY_NAME[name]["truth"]} == {post for _, post, _, _, _ in RANKED}
    assert sum(rank[:2] in GRADES for *_, rank, _ in RANKED) >= 2
    got = BATCH.by_heading(
        name,
        {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"},
        person=lambda cell: cell.split("（")[0],
    )
    assert got == BATCH.truth_rows(name)


def test_batch441_plain_tables_by_heading():
    cases = [
        ("ningqiang_edu_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("ningqiang_yangpingguan_school_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("ningqiang_experimental_primary_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
    name = "ningqiang_yangpingguan_school_duties"
    table = BATCH.table(name)
    assert len({row[8] for row in table}) == 1


def test_batch441_group_rows_give_the_department():
    name = "ningqiang_no1_middle_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch441_one_sheet_a_person():
    name = "ningqiang_yanziban_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
    name = "ningqiang_daan_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch441_is_read(tmp_path):
    BATCH.is_read(tmp_path)
