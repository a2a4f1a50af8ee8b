"""The eight-hundred-and-eightieth batch of published layouts (tests/published/batch880.py): seven
ordinary files as the 政务服务 and 审批 bodies of one county (洛浦县) really send them — the
行政审批服务局's 一览表 in two sheets 局领导/股室 with 高/中/低, the 12345政务服务便民热线中心's 排查表 对岗不对人
with ``…风险`` types and ``一级/二级/三级``, the 营商环境建设办公室's 防控卡 one sheet a person with
``★★★/★★/★``, the 洛浦镇便民服务中心's 清单 under group rows ``一、中心领导`` … with
``一级风险/二级风险/三级风险``, the 山普鲁镇便民服务中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
拜什托格拉克乡便民服务中心's 一览表 with ``附件1``, ``部门 | 岗位 | 责任人`` on every row and
``高风险/中风险/低风险``, the 布亚乡便民服务中心's 登记表 — and one harder: the
政务服务和公共资源交易中心's 岗位廉政风险点一览表 whose merged 科室/岗位/姓名 cells were unmerged and whose
rows were then sorted by 序号 DESCENDING, so each person's post and name stand on the LAST row of his
block with his other rows blank above it (``python tests/published/score.py --set batch880``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at a46b5876 (/work/snap55; this worktree branched from
dev at 19a906bd): TOTAL forms=1.000 recall=0.926 precision=0.926 levels=1.000 types=1.000 noise=0
(forms 33/33, points 50/54, precision 50/54, levels 50/50, types 50/50); with --strict: TOTAL
forms=0.939 recall=0.926 precision=0.926 levels=1.000 types=1.000 noise=0 (forms 31/33). The 8
files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0, plain and --strict).

Missed, all in the harder ``lop_trading_center_sorted_descending.xlsx`` (sheet 一览表; forms 6/6,
--strict 4/6; points 6/10, precision 6/10; levels 6/6; noise 0): the reader found the heading A3:G3
and read the ten rows A4:G13 (序号 10 down to 1) TOP-DOWN, carrying every blank 科室/岗位/姓名 cell
DOWN from the row above as for a merged or ditto column, where the 注 line A14 says the merged cells
were unmerged and the rows sorted 降序, so each blank belongs to the named row BELOW it. The six
rows naming a holder (A4 练翯沅, A6 尹甯璁, A7 练岍淇, A9 尹昶翮, A11 练珺湉, A13 尹翾澍) were read
with their own point right; the four blank rows went to the holder above: E5 (向办事企业推荐指定中介机构,
truth 政务服务科 科长 尹甯璁) to 综合窗口受理员 练翯沅, E8 (违规退还或截留投标保证金, truth 交易服务科 科长
尹昶翮) to 场地管理员 练岍淇, E10 (审批授权事项监管缺位…, truth 中心领导 副主任 练珺湉) to 科长 尹昶翮, E12
(插手干预公共资源交易项目进场…, truth 中心领导 主任 尹翾澍) to 副主任 练珺湉 — four points lost and four
given to the wrong holder, levels right. The 科室 carried down the same way: 练翯沅 (B4, first
row) got no 科室 (truth 政务服务科), 练岍淇 (B7) 政务服务科 (truth 交易服务科), 练珺湉 (B11) 交易服务科
(truth 中心领导, and tier 中层岗位 where the truth has leader) — the two --strict form misses. Kind: a
list whose unmerged 科室/岗位/姓名 columns were reversed by a descending sort of 序号 is read with blank
cells carried down from the row above, so every block's rows above its named last row go to the
previous block's holder and 科室.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK on the cards and
self-check sheets, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): a list sorted by 序号 descending
after unmerging, whose blank holder and 科室 cells carry UP from the named row below.

Generalised after this measurement: a list unmerged and then sorted by 序号 descending carries blank identity cells UP from the nearest named row below (HOLDERS_CARRIED_UP), tests/test_holders_carried_up_descending.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch880 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TRADING,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(880, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"lop_trading_center_sorted_descending"}
TYPED = {
    "lop_hotline_center_posts",
    "lop_baishi_center_list",
    "lop_buya_center_register",
}
NOBODY = {"lop_hotline_center_posts"}


def test_batch880_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=876, unit_words=("洛浦县",), new_people=True)


def test_batch880_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch880_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch880_every_unit_is_of_luopu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("洛浦县") for u in units)


def test_batch880_blank_cells_carry_up_from_the_named_row_below():
    name = "lop_trading_center_sorted_descending"
    table = BATCH.table(name)
    numbers = [row[0] for row in table]
    assert numbers == sorted(numbers, reverse=True) == list(range(len(table), 0, -1))
    # read bottom-up, carrying each named cell up over the blank ones above it
    got, dept, post, who = [], None, None, None
    for row in reversed(table):
        dept = row[1] or dept
        if row[2]:
            post, who = row[2], row[3]
        got.append((dept, post, who, row[4], GRADES[row[5]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # every block's name stands on its last row; read top-down the blanks would go astray
    assert table[0][3] is not None and table[0][1] is None
    assert sum(1 for row in table if row[3] is None) >= 4
    assert len(BY_NAME[name]["truth"]) == len(TRADING)
    assert "降序" in BATCH.filled(name)[len(table) + 3][0]


def test_batch880_plain_tables_by_heading():
    cases = [
        ("lop_baishi_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("lop_buya_center_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("lop_hotline_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "lop_approval_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch880_group_rows_give_the_department():
    name = "lop_town_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch880_one_sheet_a_person():
    name = "lop_shanpulu_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在岗位组", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lop_business_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch880_is_read(tmp_path):
    BATCH.is_read(tmp_path)
