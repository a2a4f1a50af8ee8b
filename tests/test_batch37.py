"""The thirty-seventh batch of published layouts (tests/published/batch37.py): nine ordinary tables
as county bodies hand them back — a 民宗局 风险等级目录 grouped under ``一、高级风险事项`` lines with
the office in a trailing 管理责任部门 column, a 档案局 排查表 with 风险类型, a 林业局 一览表 with the
holder in a trailing 责任人 column and 一级/二级/三级, a 招商和投资促进中心 排查表 对岗不对人 by 工作环节,
a 妇联 排查表 with no 科室 column, a 科技局 一览表 with 股室负责人 and 分管领导, a 人防办 排查表 with
``√`` under 高/中/低, a 粮食和物资储备局 一览表 对岗不对人 with the 科室 on every row — and one
harder: a 供销合作社联合社 排查表 whose unit is only in the 填报单位 line, with 分管领导 watchers and
its 基层社/公司/市场 rows typed on into a second sheet with no heading
(``python tests/published/score.py --set batch37``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 479c60f: forms 1.000 (48/48), recall 1.000 (71/71),
precision 1.000 (71/71), levels 1.000 (71/71), types 1.000 (71/71), noise 0; with --strict the
same (forms 1.000, 48/48: every form found has its 科室 and post right). Missed — nothing the
scorer counts; the unit column of posts.csv/risks.csv (not scored) is wrong in three files:

- ``civil_defense_tick_levels`` unit "" (all 7 points): the title A1 ``XX县人民防空办公室岗位廉政
  风险点排查表`` names no unit for ``unit_in_title`` — after ``XX县`` no ``_UNIT_PART`` ends in
  ``办公室`` (办公室 counts only after a 县人民政府/县委, ``_COUNTY_SEAT``), so only the region is
  left and dropped;
- ``women_federation_no_office_column`` unit "" (all 6 points): the same for A1 ``XX县妇女联合会
  岗位廉政风险排查表`` — ``联合会`` is no unit ending (``_UNIT_PART``/``_UNIT_END`` know 委员会, not
  联合会; nor 联合社);
- ``supply_coop_unit_line_two_sheets`` unit ``XX县供销合作社联合社(盖章)`` on both sheets: the
  value of the ``填报单位：XX县供销合作社联合社（盖章）`` line (A2, ``_parse_unit``) keeps the
  ``（盖章）`` after the name (it only splits off a following 填报/日期/时间 label).

Also unscored: the 粮食和物资储备局's post ``文书`` gets no tier (not in ``_POST_TIERS``); the
人防办's tick columns F2/G2 ``风险等级``+``高``/``中`` are noted COLUMN_GUESSED ``其他`` (info), though
every ``√`` is read as its level.

Read right: the ``一、高级风险事项（4项）`` lines above a table with its own level column (no 科室,
no point) and the trailing ``管理责任部门`` as the 科室 of post-less, name-less forms; ``风险事项``
beside ``风险点`` (the 事项 set aside); 股室 merged with ``局领导`` first and one 风险类型 per point;
the holder in a trailing 责任人 column with no post column and 一级/二级/三级; 对岗不对人 by 工作环节
with a post merged over two 环节; a small office with no 科室 column; ``股室负责人`` as holder and
``分管领导`` merged over two 股室 as a watcher, the short 廉政风险点 beside 主要表现形式; ``√`` under
高/中/低; the 科室 written on every row with the same post twice, apart; the unit from a
``填报单位`` line under a title naming none, 分管领导 watchers, and the rows typed on into ``Sheet2``
with no title and no heading read as the same table (their 科室, posts and holders right).

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed; units the scorer does not count were then read from more titles:
'XX县人民防空办公室', 'XX县妇女联合会', and a 单位 line without its '(盖章)'.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch37 import LAYOUTS, ORDINAL, TICK, build
from published.checks import Batch
from published.layouts import HML, types_in

BATCH = Batch(37, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"supply_coop_unit_line_two_sheets"}
TYPED = {"archives_bureau_types", "women_federation_no_office_column", "grain_office_every_row"}


def _risks(name, sheet=None):
    return [r["risk_point"] for r in BATCH.points(name, sheet)]


def test_batch37_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=9, harder=HARDER, new_units=False)


def test_batch37_truth_is_self_consistent():
    truth = BATCH.truth_is_self_consistent(
        nobody={"ethnic_affairs_level_groups", "investment_center_steps", "grain_office_every_row"},
        known_by=(),
        tier_none=True,
        unit_in="file",  # the continued sheet has no title
    )
    for f in truth["forms"]:
        assert f["tier"] is None or f["title"], f  # no post, no tier
        assert f["person"] or f["title"] or f["department"], f["file"]  # known by post or office


def test_batch37_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch37_level_groups_and_office_column():
    name = "ethnic_affairs_level_groups"
    head = BATCH.heading(name)
    assert head[-1] == "管理责任部门" and head[3] == "风险等级"
    rows = BATCH.sheet(name)["rows"]
    captions = [r[0] for r in rows if r and isinstance(r[0], str) and re.match(r"[一二三]、", r[0])]
    assert captions == [
        "一、高级风险事项（4项）",
        "二、中级风险事项（3项）",
        "三、低级风险事项（2项）",
    ]
    # each group's rows carry the group's level in their own column
    group, got = None, []
    for r in rows:
        if r and r[0] in captions:
            group = {"高": 1, "中": 2, "低": 3}[r[0][2]]
        elif r and isinstance(r[0], int):
            assert HML[r[3]] == group
            got.append((r[5], "", ""))
    assert sorted(got) == sorted(BATCH.post_rows(name))  # the truth lists them form by form
    table = BATCH.table(name)
    assert sorted(row[2] for row in table) == sorted(_risks(name))
    assert any("1、" in row[2] and "2、" in row[2] for row in table)
    assert not set(captions) & set(_risks(name))
    count = rows[1][0]
    assert count.startswith("局机关廉政风险事项共9项") and len(table) == 9


def test_batch37_archives_types_and_leaders():
    name = "archives_bureau_types"
    table = BATCH.table(name)
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)
    assert [types_in(row[5]) for row in table] == [r["types"] for r in BATCH.points(name)]
    assert [HML[row[6]] for row in table] == [r["level"] for r in BATCH.points(name)]
    forms = BY_NAME[name]["truth"]
    assert {f["title"] for f in forms if f["tier"] == "leader"} == {"局长", "副局长"}
    assert all(f["department"] == "局领导" for f in forms if f["tier"] == "leader")
    sheet = BATCH.sheet(name)
    assert any(m[1] == 2 and m[2] > m[0] for m in sheet["merges"])  # a person's post merged
    assert any(r and r[0] == "填表人：" for r in sheet["rows"])


def test_batch37_forestry_holder_right_ordinal():
    name = "forestry_holder_right"
    head = BATCH.heading(name)
    assert head[-1] == "责任人" and "岗位" not in head
    table = BATCH.table(name)
    assert [(row[1], "", row[6]) for row in table] == BATCH.post_rows(name)
    assert {row[4] for row in table} == set(ORDINAL)
    assert [ORDINAL[row[4]] for row in table] == [r["level"] for r in BATCH.points(name)]
    # a 站 holds points of two people: the holder is the 责任人, not the 站
    by_dept = {}
    for row in table:
        by_dept.setdefault(row[1], set()).add(row[6])
    assert by_dept["林政资源股"] == {"龙海波", "甘雪梅"} and by_dept["城关林业站"] == {
        "周启明",
        "覃丽娟",
    }
    assert all(f["title"] == "" and f["tier"] is None for f in BY_NAME[name]["truth"])


def test_batch37_steps_posts_only():
    name = "investment_center_steps"
    head = BATCH.heading(name)
    assert head == ["序号", "工作环节", "岗位", "风险点", "风险等级", "防控措施"]
    table = BATCH.table(name)
    assert [("", row[2], "") for row in table] == BATCH.post_rows(name)
    assert [HML[row[4]] for row in table] == [r["level"] for r in BATCH.points(name)]
    assert BATCH.sheet(name)["name"] == "Sheet1"
    posts = [f["title"] for f in BY_NAME[name]["truth"]]
    assert len(posts) == len(set(posts)) == 6


def test_batch37_no_office_column():
    name = "women_federation_no_office_column"
    head = BATCH.heading(name)
    assert head[1] == "岗位" and "科室" not in head and "股室" not in head
    table = BATCH.table(name)
    assert [("", row[1], row[2]) for row in table] == BATCH.post_rows(name)
    assert [types_in(row[4]) for row in table] == [r["types"] for r in BATCH.points(name)]
    assert [HML[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]


def test_batch37_science_head_and_watching_leader():
    name = "science_bureau_head_and_leader"
    head = BATCH.heading(name)
    assert head[-2:] == ["股室负责人", "分管领导"]
    table = BATCH.table(name)
    assert [(row[1], "", row[6]) for row in table] == BATCH.post_rows(name)
    assert [row[2] for row in table] == _risks(name)  # the short point, not the 表现形式
    assert all(len(row[3]) > len(row[2]) for row in table)
    leaders = {row[7] for row in table}
    holders = {f["person"] for f in BY_NAME[name]["truth"]}
    assert len(leaders) == 2 and not leaders & holders
    # 彭学勤 is merged over the two 股室 he oversees
    sheet = BATCH.sheet(name)
    m = next(m for m in sheet["merges"] if m[1] == 7 and sheet["rows"][m[0]][7] == "彭学勤")
    assert {r[1] for r in BATCH.filled(name)[m[0] : m[2] + 1]} == {"科技项目股", "高新技术股"}


def test_batch37_tick_levels():
    name = "civil_defense_tick_levels"
    rows = BATCH.sheet(name)["rows"]
    i = next(k for k, r in enumerate(rows) if r and r[0] == "序号")
    assert rows[i][5] == "风险等级" and rows[i + 1][5:8] == ["高", "中", "低"]
    table = BATCH.table(name)
    assert all(sum(1 for c in row[5:8] if c == TICK) == 1 for row in table)
    got = [("高", "中", "低")[row[5:8].index(TICK)] for row in table]
    assert [HML[g] for g in got] == [r["level"] for r in BATCH.points(name)]
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)


def test_batch37_office_on_every_row():
    name = "grain_office_every_row"
    assert not any(m[1] == 1 for m in BATCH.sheet(name)["merges"])  # the 科室 is not merged
    table = BATCH.table(name)
    assert all(row[1] for row in BATCH.sheet(name)["rows"] if row and isinstance(row[0], int))
    assert sorted((row[1], row[3], "") for row in table) == sorted(BATCH.post_rows(name))
    by_point = {r["risk_point"]: r for r in BATCH.points(name)}
    assert [types_in(row[5]) for row in table] == [by_point[row[4]]["types"] for row in table]
    forms = {(f["department"], f["title"]): len(f["risks"]) for f in BY_NAME[name]["truth"]}
    assert forms[("储备粮管理股", "股长")] == 2 and ("应急物资股", "股长") in forms
    rows = [row[3] for row in table if row[1] == "储备粮管理股"]
    assert rows == ["股长", "监管员", "股长"]  # the same post twice, not in a run


def test_batch37_unit_line_watchers_and_continued_sheet():
    name = "supply_coop_unit_line_two_sheets"
    lay = BY_NAME[name]
    first, second = lay["sheets"]
    unit = lay["truth"][0]["unit"]
    assert first["rows"][0][0] == "岗位廉政风险点排查表" and unit not in first["rows"][0][0]
    assert first["rows"][1][0] == f"填报单位：{unit}（盖章）"
    # the second sheet goes straight on with numbered rows: no title, no heading
    assert isinstance(second["rows"][0][0], int) and not any(
        r and r[0] == "序号" for r in second["rows"]
    )
    t1, t2 = BATCH.table(name, 0), BATCH.table(name, 1)
    assert [row[0] for row in t1 + t2] == list(range(1, len(t1) + len(t2) + 1))
    assert [(row[1], row[2], row[3]) for row in t1] == BATCH.post_rows(name, first["name"])
    assert [(row[1], row[2], row[3]) for row in t2] == BATCH.post_rows(name, second["name"])
    assert {row[1] for row in t2} == {"城关基层社", "农资公司", "农贸市场"}
    watchers = {row[7] for row in t1 + t2}
    holders = {f["person"] for f in lay["truth"]}
    assert len(watchers) == 2 and not watchers & holders
    assert [HML[row[5]] for row in t1 + t2] == [r["level"] for r in BATCH.points(name)]


def test_thirty_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
