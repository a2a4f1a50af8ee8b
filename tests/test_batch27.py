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
"""

import importlib
import json
import re
from pathlib import Path

from published.batch27 import LAYOUTS, LINES, ORDINAL, PREFIX, ROMAN, WORDED, build
from published.cells import built, squeezed_sources
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.layouts import HML

TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
PUBLISHED = Path(__file__).parent / "published"
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"shuiwu_three_lines"}
NAMELESS = {"shequ_weiquanli_posts", "gongcheng_two_row_header"}  # 对岗不对人; a vacant post
EARLIER_MODULES = ["layouts", "heldout"] + [f"batch{k}" for k in range(3, 27)]
EARLIER = [
    lay for m in EARLIER_MODULES for lay in importlib.import_module(f"published.{m}").LAYOUTS
]


def _points(name, sheet=None):
    return [r for f in BY_NAME[name]["truth"] if sheet in (None, f["sheet"]) for r in f["risks"]]


def _sheet(name, sheet=0):
    return BY_NAME[name]["sheets"][sheet]


def _filled(name, sheet=0):
    """Every row with its merged-away cells filled from the top-left cell of the merge."""
    sh = _sheet(name, sheet)
    rows = [list(row) for row in sh["rows"]]
    for r0, c0, r1, c1 in sh["merges"]:
        for r in range(r0, r1 + 1):
            rows[r].extend([None] * (c1 + 1 - len(rows[r])))
            for c in range(c0, c1 + 1):
                rows[r][c] = rows[r0][c0]
    return rows


def _table(name, sheet=0):
    """The table's rows (merged cells filled): those whose first cell is the running number."""
    return [row for row in _filled(name, sheet) if row and isinstance(row[0], int)]


def _holders(name):
    return {f["person"] for f in BY_NAME[name]["truth"]}


def _seen(name, dept_col, title_col, person_col, sheet=0):
    return [
        (row[dept_col] if dept_col is not None else "", row[title_col],
         row[person_col] if person_col is not None else "")
        for row in _table(name, sheet)
    ]  # fmt: skip


def _truth_rows(name):
    return [(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]
            for _ in f["risks"]]  # fmt: skip


def test_batch27_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) == 8 and len(set(names)) == len(names)
    assert not set(names) & {lay["name"] for lay in EARLIER}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in EARLIER}
    others = squeezed_sources({"batch27.py"})
    for source in sources:
        assert source.startswith("http")
        assert not any(source in text for text in others), source
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch27_truth_is_self_consistent():
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    files = {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    files |= {p.name for p in inbox.iterdir() if p.name.startswith(PREFIX)}
    assert {f["file"] for f in truth["forms"]} == files
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 10, lay["name"]
    keys, cells = set(), {}
    for f in truth["forms"]:
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        assert any(_norm(f["unit"]) in c for c in here), (f["file"], "unit")
        for field in ("department", "title", "person"):
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert f["person"] == f["person"].strip() and "岗" not in f["person"], f["person"]
        if not f["person"]:
            assert f["title"], f["file"]
        for r in f["risks"]:
            assert any(_norm(r["risk_point"]) in c for c in here), (f["file"], r)
            assert r["level"] in (1, 2, 3) and set(r["types"]) <= set(TYPES)
            key = (f["file"], _norm(f["person"]), _norm(r["risk_point"]))
            assert key not in keys, key
            keys.add(key)
    assert {f["layout"] for f in truth["forms"] if not f["person"]} == NAMELESS


def test_batch27_list_tables_read_by_their_columns():
    name = "jiaotong_gushi_fenguan"
    assert _seen(name, 1, 2, 3) == _truth_rows(name)
    table = _table(name)
    leaders = {row[7] for row in table}
    assert len(leaders) == 2 and not leaders & _holders(name)
    assert [HML[row[5]] for row in table] == [r["level"] for r in _points(name)]

    name = "gongcheng_two_row_header"
    rows = _sheet(name)["rows"]
    assert rows[1][1] == "岗位信息" and rows[2][1:4] == ["科室", "岗位", "姓名"]
    expect = [(d, t, "" if p == "空缺" else p) for d, t, p in _seen(name, 1, 2, 3)]
    assert expect == _truth_rows(name) and "空缺" in {row[3] for row in _table(name)}
    assert [ORDINAL[row[5]] for row in _table(name)] == [r["level"] for r in _points(name)]

    name = "shuiwu_three_lines"
    assert _seen(name, 1, 2, 3) == _truth_rows(name)
    assert [LINES[row[5]] for row in _table(name)] == [r["level"] for r in _points(name)]
    note = next(row[0] for row in _sheet(name)["rows"] if row and str(row[0]).startswith("注"))
    assert all(f"“{w}”为{k}级风险" in note for w, k in zip(LINES, "一二三", strict=True))

    name = "shequ_weiquanli_posts"
    assert "姓名" not in _sheet(name)["rows"][1]
    assert _seen(name, None, 2, None) == _truth_rows(name)
    assert [WORDED[row[4]] for row in _table(name)] == [r["level"] for r in _points(name)]
    assert BY_NAME[name]["truth"][0]["unit"] in _sheet(name)["rows"][0][0]


def test_batch27_forms_and_cards():
    f = BY_NAME["paichusuo_person_form"]["truth"][0]
    rows = _sheet("paichusuo_person_form")["rows"]
    assert rows[1] == ["单位", f["unit"], "部门", f["department"]]
    assert rows[2] == ["姓名", f["person"], "岗位", f["title"]]

    name = "nongjing_gu_title_form"
    f = BY_NAME[name]["truth"][0]
    rows = _sheet(name)["rows"]
    assert rows[0][0] == f"{f['unit']}{f['department']}岗位廉政风险防控表"
    assert rows[2][:2] == ["岗位风险等级", "二级"]
    assert rows[2][3].split()[-1] not in _holders(name)
    assert [ROMAN[row[3]] for row in _table(name)] == [r["level"] for r in f["risks"]]

    name = "zhen_leader_cards"
    rows = _sheet(name)["rows"]
    heads = [row for row in rows if row and row[0] == "姓名"]
    assert [(row[1], row[3]) for row in heads] == [
        (f["person"], f["title"]) for f in BY_NAME[name]["truth"]
    ]
    duties = {row[1] for row in rows if row and row[0] == "分管工作"}
    assert len(duties) == 3 and not duties & {r["risk_point"] for r in _points(name)}
    assert {f["tier"] for f in BY_NAME[name]["truth"]} == {"leader"}


def test_batch27_tick_levels():
    name = "cun_tick_levels"
    rows = _sheet(name)["rows"]
    assert rows[1][5] == "风险等级" and rows[2][5:8] == ["高", "中", "低"]
    table = _table(name)
    ticked = {row[4]: row[5:8].index("√") + 1 for row in table}
    assert ticked == {r["risk_point"]: r["level"] for r in _points(name)}
    assert all(row[5:8].count("√") == 1 for row in table)
    assert sorted(_seen(name, None, 2, 3)) == sorted(_truth_rows(name))


def test_twenty_seventh_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
