"""The twenty-seventh batch of published layouts (tests/published/batch27.py): eight tables of the
kinds district and county units most often return — four list tables with 科室/岗位/姓名 (a 县交通
运输局's 股室 list with a 分管领导 column, its 工程建设 table with two header rows and a vacant post, a
区税务局's 高压线/警戒线/斑马线 table (harder), a 社区's 对岗不对人 小微权力 list), two personal forms (a
派出所 民警's, a 乡 农经股 会计's with the 股 in the title), a 镇's leaders' cards stacked on one sheet
and a 村's table whose levels are ✓ ticks under 高/中/低 (``python tests/published/score.py --set
batch27``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at 443dbaf: forms 0.917 (22/24), recall 0.902 (37/41),
precision 0.822 (37/45), levels 0.838 (31/37), types 1.000 (37/37), noise 0; with --strict forms
0.875 (21/24), the rest the same. Missed:

- ``zhen_leader_cards``, 1/3 forms, 2/6 points, precision 2/10: only the first card is read as a
  form (周文斌, 党委书记, right); the next card's ``姓名 | 郑丽华 | 职务 | 镇长`` and ``分管工作`` rows are
  read as rows of the first card's table (``郑丽华`` and the 分管工作 text become points of 周文斌,
  ``职务`` an unknown level), and the second and third cards' points come out with no person, unit
  or post at all (郑丽华's and 何志远's forms not found);
- ``shuiwu_three_lines`` (harder), levels 0/6: a 风险线别 column of 高压线/警戒线/斑马线 is not taken as
  the level column, so every level is blank (LEVEL_BLANK on each row) though the 注 below defines
  them; holders, posts and points all right;
- strict only: ``nongjing_gu_title_form``: the 农经股 named in the title after the unit
  (``XX乡人民政府农经股岗位廉政风险防控表``) is not taken as the form's 科室 (department blank); the
  unit, holder, post and points right, the header block's 岗位风险等级 二级 read as the declared grade
  B (GRADE_MISMATCH against the computed A), not as a level.

Read right: the 分管领导 column merged per 股室 (watchers, never holders); two header rows
(岗位信息/廉政风险 over their columns); a 姓名 cell saying 空缺 (no holder); 一级/二级/三级, Ⅰ级/Ⅱ级/
Ⅲ级, 高风险/中风险/低风险; the 社区's posts without a name column, its unit from the title; the 派出所
form's header block; the ✓ ticks under 高/中/低. Not scored: units — the 镇's cards give
``中共XX镇委员会`` (the truth has ``XX镇``).

After generalising (stacked cards: a 姓名 line opens the next card's form; a legend defining
quoted words as levels, '“高压线”为一级风险', makes their column the level column; a personal
form without a 科室 field takes the title's 科室): 1.00 on every metric, strict too, no noise.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch27 import LAYOUTS, LINES, ORDINAL, PREFIX, ROMAN, WORDED, build
from published.checks import Batch
from published.layouts import HML

BATCH = Batch(27, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"shuiwu_three_lines"}
NAMELESS = {"shequ_weiquanli_posts", "gongcheng_two_row_header"}  # 对岗不对人; a vacant post


def _seen(name, dept_col, title_col, person_col, sheet=0):
    return [
        (row[dept_col] if dept_col is not None else "", row[title_col],
         row[person_col] if person_col is not None else "")
        for row in BATCH.table(name, sheet)
    ]  # fmt: skip


def test_batch27_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=8, harder=HARDER, max_harder=len(HARDER), one_unit_each=False, new_units=False
    )


def test_batch27_truth_is_self_consistent():
    copies = {p.name for p in BATCH.inbox().iterdir() if p.name.startswith(PREFIX)}
    truth = BATCH.truth_is_self_consistent(
        copies=copies,
        nobody={"shequ_weiquanli_posts"},  # 对岗不对人
        some_nobody={"gongcheng_two_row_header"},  # a vacant post
    )
    assert {f["layout"] for f in truth["forms"] if not f["person"]} == NAMELESS
    assert not any("岗" in f["person"] for f in truth["forms"])


def test_batch27_list_tables_read_by_their_columns():
    name = "jiaotong_gushi_fenguan"
    assert _seen(name, 1, 2, 3) == BATCH.post_rows(name)
    table = BATCH.table(name)
    leaders = {row[7] for row in table}
    assert len(leaders) == 2 and not leaders & BATCH.holders(name)
    assert [HML[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]

    name = "gongcheng_two_row_header"
    rows = BATCH.sheet(name)["rows"]
    assert rows[1][1] == "岗位信息" and rows[2][1:4] == ["科室", "岗位", "姓名"]
    expect = [(d, t, "" if p == "空缺" else p) for d, t, p in _seen(name, 1, 2, 3)]
    assert expect == BATCH.post_rows(name) and "空缺" in {row[3] for row in BATCH.table(name)}
    assert [ORDINAL[row[5]] for row in BATCH.table(name)] == [
        r["level"] for r in BATCH.points(name)
    ]

    name = "shuiwu_three_lines"
    assert _seen(name, 1, 2, 3) == BATCH.post_rows(name)
    assert [LINES[row[5]] for row in BATCH.table(name)] == [r["level"] for r in BATCH.points(name)]
    note = next(row[0] for row in BATCH.sheet(name)["rows"] if row and str(row[0]).startswith("注"))
    assert all(f"“{w}”为{k}级风险" in note for w, k in zip(LINES, "一二三", strict=True))

    name = "shequ_weiquanli_posts"
    assert "姓名" not in BATCH.sheet(name)["rows"][1]
    assert _seen(name, None, 2, None) == BATCH.post_rows(name)
    assert [WORDED[row[4]] for row in BATCH.table(name)] == [r["level"] for r in BATCH.points(name)]
    assert BY_NAME[name]["truth"][0]["unit"] in BATCH.sheet(name)["rows"][0][0]


def test_batch27_forms_and_cards():
    f = BY_NAME["paichusuo_person_form"]["truth"][0]
    rows = BATCH.sheet("paichusuo_person_form")["rows"]
    assert rows[1] == ["单位", f["unit"], "部门", f["department"]]
    assert rows[2] == ["姓名", f["person"], "岗位", f["title"]]

    name = "nongjing_gu_title_form"
    f = BY_NAME[name]["truth"][0]
    rows = BATCH.sheet(name)["rows"]
    assert rows[0][0] == f"{f['unit']}{f['department']}岗位廉政风险防控表"
    assert rows[2][:2] == ["岗位风险等级", "二级"]
    assert rows[2][3].split()[-1] not in BATCH.holders(name)
    assert [ROMAN[row[3]] for row in BATCH.table(name)] == [r["level"] for r in f["risks"]]

    name = "zhen_leader_cards"
    rows = BATCH.sheet(name)["rows"]
    heads = [row for row in rows if row and row[0] == "姓名"]
    assert [(row[1], row[3]) for row in heads] == [
        (f["person"], f["title"]) for f in BY_NAME[name]["truth"]
    ]
    duties = {row[1] for row in rows if row and row[0] == "分管工作"}
    assert len(duties) == 3 and not duties & {r["risk_point"] for r in BATCH.points(name)}
    assert {f["tier"] for f in BY_NAME[name]["truth"]} == {"leader"}


def test_batch27_tick_levels():
    name = "cun_tick_levels"
    rows = BATCH.sheet(name)["rows"]
    assert rows[1][5] == "风险等级" and rows[2][5:8] == ["高", "中", "低"]
    table = BATCH.table(name)
    ticked = {row[4]: row[5:8].index("√") + 1 for row in table}
    assert ticked == {r["risk_point"]: r["level"] for r in BATCH.points(name)}
    assert all(row[5:8].count("√") == 1 for row in table)
    assert sorted(_seen(name, None, 2, 3)) == sorted(BATCH.post_rows(name))


def test_twenty_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
