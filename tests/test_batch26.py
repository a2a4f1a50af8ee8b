"""The twenty-sixth batch of published layouts (tests/published/batch26.py): ten tables from
sectors the earlier batches drew on little — a 住房公积金管理中心, a 县气象局, a 县融媒体中心 and its 融媒
公司, a 开发区管委会, a 政务服务中心, a 国有林场, a 水库管理所, a 博物馆 and a 人防办 — each in its own
staff's words, two of them harder (``python tests/published/score.py --set batch26``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at c3c3693: forms 0.897 (35/39), recall 0.889 (64/72),
precision 0.941 (64/68), levels 1.000 (64/64), types 1.000 (64/64), noise 0; with --strict forms
0.769 (30/39), the rest the same. Missed:

- ``zhengwu_ab_posts`` (harder), 2/6 forms, 3/11 points, precision 3/7: a 姓名 cell naming two
  holders on two lines (``A岗:周敏`` / ``B岗:高翔``) is read as ONE person, ``A岗:周敏B岗:高翔`` (the
  line break dropped, the A岗/B岗 marks kept), so neither holder's form is found and the window's
  points go to that joined name; the 首席审批员 and 帮代办员 (one name each) are read right;
- strict only: ``kaifaqu_section_rows`` (harder) 0/5 forms: the section rows
  (``一、招商服务局(分管副主任:夏立群)``) are passed over without an issue — every form's department
  is blank — though the rows under them are read whole (every holder, point and level right, the
  分管副主任 never a holder); the two 局长 also get tier 领导岗位 (the truth has middle).

Read right: the five types written with 风险 (风险类型, 风险类别); a short 风险点 beside a long 风险表现
(the short one kept; MEASURES_BLANK, warning, on each of its seven rows — it has no measures
column); 一级/二级/三级 with a 注 line; ★★★/★★/★ with their legend; the 分管领导 column merged per
股室 and the header-block 分管领导/分管馆领导 (watchers, never holders); the 林场's posts without a name
column (对岗不对人, person "") with 龙王庙管理区 as a 科室; the 水库管理所's and the 博物馆's one-form
sheets named for the post, the 主要职责 paragraph no point; the 人防办's window as a 科室 and its 备注
no point. Not scored: units — blank for the 林场, the 人防办 and the 政务服务中心 (each named only in the
title), cut to ``XX经济开发区管委`` (``会`` lost); tiers — the 博物馆's 藏品保管员 and 藏品征集员 get
领导岗位, the 台长, 窗口负责人, 记者 and 主持人 none.

After generalising ('A岗:周敏' and 'B岗:高翔' in one cell are two holders; a caption naming a 局,
or a 科室 with another name in brackets, heads its rows as their 科室, a '(分管副主任:…)' after
it dropped; 管委会 ends a unit): 1.00 on every metric, strict too, no noise.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch26 import LAYOUTS, ORDINAL, PREFIX, STARS, build
from published.checks import Batch
from published.layouts import HML

BATCH = Batch(26, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"kaifaqu_section_rows", "zhengwu_ab_posts"}
TYPED = {"housing_fund_typed", "rongmeiti_short_and_long"}
NAMELESS = {"forest_farm_posts_only"}  # 对岗不对人: no name column at all


def _seen(name, dept_col, title_col, person_col, sheet=0):
    """(department, title, person) of each table row, in the order of the sheet."""
    return [
        (row[dept_col] if dept_col is not None else "", row[title_col],
         row[person_col] if person_col is not None else "")
        for row in BATCH.table(name, sheet)
    ]  # fmt: skip


def _header(name, sheet=0):
    """A form's header block: label → value, from the rows above the 序号 heading."""
    out = {}
    for row in BATCH.sheet(name, sheet)["rows"]:
        if row and row[0] == "序号":
            break
        cells = [c for c in row if c is not None]
        out.update(zip(cells[0::2], cells[1::2], strict=False))
    return out


def test_batch26_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=10, harder=HARDER, max_harder=2, new_units=False)


def test_batch26_truth_is_self_consistent(tmp_path):
    copies = {p.name for p in BATCH.inbox().iterdir() if p.name.startswith(PREFIX)}
    truth = BATCH.truth_is_self_consistent(copies=copies, points=(3, 12), nobody=NAMELESS)
    assert not any("岗" in f["person"] for f in truth["forms"])


def test_batch26_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch26_section_rows_name_the_bureau_and_its_watcher():
    name = "kaifaqu_section_rows"
    rows = BATCH.sheet(name)["rows"]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]
    bureau, leaders, seen = None, set(), []
    for row in filter(None, rows):
        m = re.fullmatch(r"[一二三四五]、(.+)\(分管副主任:(.+)\)", str(row[0] or ""))
        if m:
            bureau = m.group(1).split("(")[0]  # its other name in brackets is not its name
            leaders.add(m.group(2))
        elif isinstance(row[0], int):
            seen.append(bureau)
    assert len(leaders) == 2 and not leaders & BATCH.holders(name)
    assert seen == [d for d, _, _ in BATCH.post_rows(name)]
    assert {f["tier"] for f in BY_NAME[name]["truth"] if f["title"] == "局长"} == {"middle"}


def test_batch26_ab_posts_name_two_holders():
    name = "zhengwu_ab_posts"
    assert BATCH.heading(name)[1:4] == ["窗口", "岗位", "姓名"]
    table = BATCH.table(name)
    expect = []
    for row in table:
        names = re.findall(r"[AB]岗:(\S+)", row[3]) or [row[3]]
        expect += [(row[1], row[2], who) for who in names]
    got = BATCH.post_rows(name)
    assert sorted(got) == sorted(expect)
    pairs = [row[3] for row in table if "A岗" in row[3]]
    assert pairs and all("\n" in cell for cell in pairs)
    # each of a pair holds the same points
    by_person = {}
    for f in BY_NAME[name]["truth"]:
        by_person[f["person"]] = [r["risk_point"] for r in f["risks"]]
    assert by_person["周敏"] == by_person["高翔"] and by_person["韦丽娜"] == by_person["戚浩"]


def test_batch26_typed_lists():
    name = "housing_fund_typed"
    assert BATCH.heading(name)[4] == "风险类型"
    assert [row[4].removesuffix("风险") for row in BATCH.table(name)] == [
        r["types"][0] for r in BATCH.points(name)
    ]
    assert _seen(name, 1, 2, 3) == BATCH.post_rows(name)
    name = "rongmeiti_short_and_long"
    assert BATCH.heading(name)[4:8] == ["风险类别", "风险点", "风险表现", "风险等级"]
    table = BATCH.table(name)
    assert [row[5] for row in table] == [r["risk_point"] for r in BATCH.points(name)]
    assert all(len(row[6]) > len(row[5]) for row in table)
    assert _seen(name, 1, 2, 3) == BATCH.post_rows(name)


def test_batch26_meteorology_leaders_watch():
    name = "meteorology_fenguan"
    assert BATCH.sheet(name)["name"] == "Sheet1"
    assert BATCH.heading(name)[3] == "责任人" and BATCH.heading(name)[7] == "分管领导"
    table = BATCH.table(name)
    assert _seen(name, 1, 2, 3) == BATCH.post_rows(name)
    leaders = {row[7] for row in table}
    assert len(leaders) == 2 and not leaders & BATCH.holders(name)
    assert [ORDINAL[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]


def test_batch26_forest_farm_posts_only_with_stars():
    name = "forest_farm_posts_only"
    head = BATCH.heading(name)
    assert "姓名" not in head and head[1:3] == ["科室", "岗位"]
    table = BATCH.table(name)
    assert _seen(name, 1, 2, None) == BATCH.post_rows(name)
    assert [STARS[row[4]] for row in table] == [r["level"] for r in BATCH.points(name)]
    legend = next(
        row[0] for row in BATCH.sheet(name)["rows"] if row and str(row[0]).startswith("注")
    )
    assert all(f"{s}为{w}风险" in legend for s, w in zip(STARS, "高中低", strict=True))
    assert "管理区" in table[-1][1]


def test_batch26_forms_with_header_blocks():
    for name, watcher_key in (("rongmei_company_form", "分管领导"), ("museum_cards", "分管馆领导"),
                              ("reservoir_post_sheets", None)):  # fmt: skip
        for k, sh in enumerate(BY_NAME[name]["sheets"]):
            head = _header(name, k)
            forms = [f for f in BY_NAME[name]["truth"] if f["sheet"] == sh["name"]]
            assert len(forms) == 1, (name, sh["name"])
            f = forms[0]
            assert head["姓名"] == f["person"] and head["岗位"] == f["title"]
            assert head.get("部门", "") == f["department"]
            if watcher_key:
                assert head[watcher_key].split()[-1] not in BATCH.holders(name)
            if name != "rongmei_company_form":
                assert sh["name"] == f["title"]  # the tab is named for the post
            levels = [HML[row[2]] for row in BATCH.table(name, k)]
            assert levels == [r["level"] for r in f["risks"]]
    duties = [_header("reservoir_post_sheets", k)["主要职责"] for k in range(2)]
    assert all(len(d) > 20 for d in duties)
    points = {r["risk_point"] for r in BATCH.points("reservoir_post_sheets")}
    assert not set(duties) & points


def test_batch26_window_and_remarks():
    name = "renfang_window_remarks"
    assert BATCH.heading(name)[7] == "备注"
    table = BATCH.table(name)
    assert _seen(name, 1, 2, 3) == BATCH.post_rows(name)
    notes = {row[7] for row in table} - {None}
    assert notes == {"进驻市政务服务大厅"}
    assert not notes & {r["risk_point"] for r in BATCH.points(name)}
    assert table[0][1].endswith("窗口")


def test_twenty_sixth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
