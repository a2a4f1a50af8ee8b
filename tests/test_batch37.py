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
"""

import json
import re
from pathlib import Path

from published.batch3 import LAYOUTS as THIRD_BATCH
from published.batch4 import LAYOUTS as FOURTH_BATCH
from published.batch5 import LAYOUTS as FIFTH_BATCH
from published.batch6 import LAYOUTS as SIXTH_BATCH
from published.batch7 import LAYOUTS as SEVENTH_BATCH
from published.batch8 import LAYOUTS as EIGHTH_BATCH
from published.batch9 import LAYOUTS as NINTH_BATCH
from published.batch10 import LAYOUTS as TENTH_BATCH
from published.batch11 import LAYOUTS as ELEVENTH_BATCH
from published.batch12 import LAYOUTS as TWELFTH_BATCH
from published.batch13 import LAYOUTS as THIRTEENTH_BATCH
from published.batch14 import LAYOUTS as FOURTEENTH_BATCH
from published.batch15 import LAYOUTS as FIFTEENTH_BATCH
from published.batch16 import LAYOUTS as SIXTEENTH_BATCH
from published.batch17 import LAYOUTS as SEVENTEENTH_BATCH
from published.batch18 import LAYOUTS as EIGHTEENTH_BATCH
from published.batch19 import LAYOUTS as NINETEENTH_BATCH
from published.batch20 import LAYOUTS as TWENTIETH_BATCH
from published.batch21 import LAYOUTS as TWENTY_FIRST_BATCH
from published.batch22 import LAYOUTS as TWENTY_SECOND_BATCH
from published.batch23 import LAYOUTS as TWENTY_THIRD_BATCH
from published.batch24 import LAYOUTS as TWENTY_FOURTH_BATCH
from published.batch25 import LAYOUTS as TWENTY_FIFTH_BATCH
from published.batch26 import LAYOUTS as TWENTY_SIXTH_BATCH
from published.batch27 import LAYOUTS as TWENTY_SEVENTH_BATCH
from published.batch28 import LAYOUTS as TWENTY_EIGHTH_BATCH
from published.batch29 import LAYOUTS as TWENTY_NINTH_BATCH
from published.batch30 import LAYOUTS as THIRTIETH_BATCH
from published.batch31 import LAYOUTS as THIRTY_FIRST_BATCH
from published.batch32 import LAYOUTS as THIRTY_SECOND_BATCH
from published.batch34 import LAYOUTS as THIRTY_FOURTH_BATCH
from published.batch37 import LAYOUTS, ORDINAL, TICK, build
from published.cells import built, squeezed_sources
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import HML, types_in
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
TESTS = Path(__file__).parent
PUBLISHED = TESTS / "published"
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"supply_coop_unit_line_two_sheets"}
TYPED = {"archives_bureau_types", "women_federation_no_office_column", "grain_office_every_row"}
EARLIER = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
           + SEVENTH_BATCH + EIGHTH_BATCH + NINTH_BATCH + TENTH_BATCH + ELEVENTH_BATCH
           + TWELFTH_BATCH + THIRTEENTH_BATCH + FOURTEENTH_BATCH + FIFTEENTH_BATCH
           + SIXTEENTH_BATCH + SEVENTEENTH_BATCH + EIGHTEENTH_BATCH + NINETEENTH_BATCH
           + TWENTIETH_BATCH + TWENTY_FIRST_BATCH + TWENTY_SECOND_BATCH + TWENTY_THIRD_BATCH
           + TWENTY_FOURTH_BATCH + TWENTY_FIFTH_BATCH + TWENTY_SIXTH_BATCH
           + TWENTY_SEVENTH_BATCH + TWENTY_EIGHTH_BATCH + TWENTY_NINTH_BATCH + THIRTIETH_BATCH
           + THIRTY_FIRST_BATCH + THIRTY_SECOND_BATCH + THIRTY_FOURTH_BATCH)  # fmt: skip


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


def _heading(name, sheet=0):
    return next(row for row in _sheet(name, sheet)["rows"] if row and row[0] == "序号")


def _table(name, sheet=0):
    """The table's rows (merged cells filled): those whose first cell is a running number."""
    return [row for row in _filled(name, sheet) if row and isinstance(row[0], int)]


def _truth_rows(name, sheet=None):
    return [(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]
            if sheet in (None, f["sheet"]) for _ in f["risks"]]  # fmt: skip


def _risks(name, sheet=None):
    return [r["risk_point"] for r in _points(name, sheet)]


def test_batch37_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) == 9 and len(set(names)) == len(names)
    assert not set(names) & {lay["name"] for lay in EARLIER}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert all(s.startswith(("http://", "https://")) for s in sources)
    assert not set(sources) & {lay["source"] for lay in EARLIER}
    # nor cited anywhere else: another batch's file, a test module (scheme left off)
    texts = squeezed_sources({"batch37.py", "test_batch37.py"})
    for source in sources:
        bare = re.sub(r"^https?://", "", source)
        assert not any(bare in text for text in texts), source
    assert HARDER <= set(names) and len(HARDER) <= 1
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch37_truth_is_self_consistent():
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in truth["forms"]} == {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    assert {lay["name"] for lay in truth["layouts"]} == set(BY_NAME)
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 10, lay["name"]
    keys = set()
    cells = {}
    for f in truth["forms"]:
        assert (inbox / f["file"]).is_file(), f["file"]
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        # the unit is written somewhere in the file (the continued sheet has no title)
        assert any(_norm(f["unit"]) in c for s in sheets.values() for c in s), (f["file"], "unit")
        for field in ("department", "title", "person"):
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert f["tier"] is None or f["title"], f  # no post, no tier
        assert f["person"] == re.sub(r"\s+", "", f["person"]), f["person"]
        if not f["person"]:
            assert f["title"] or f["department"], f["file"]  # known by its post or its office
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert _norm(r["risk_point"]) in here, (f["file"], r)  # a cell's whole text
            assert r["level"] in (1, 2, 3)
            assert set(r["types"]) <= set(TYPES)
            key = (f["file"], _norm(f["person"]), _norm(r["risk_point"]))
            assert key not in keys, key  # the scorer keys points by these
            keys.add(key)
    nobody = {f["layout"] for f in truth["forms"] if not f["person"]}
    assert nobody == {
        "ethnic_affairs_level_groups",
        "investment_center_steps",
        "grain_office_every_row",
    }
    for name in nobody:  # 对岗不对人 throughout
        assert all(not f["person"] for f in BY_NAME[name]["truth"]), name


def test_batch37_levels_and_types():
    for name in BY_NAME:
        levels = [r["level"] for r in _points(name)]
        assert set(levels) <= {1, 2, 3} and len(set(levels)) >= 2, name
        types = [r["types"] for r in _points(name)]
        assert all(len(t) == 1 for t in types) if name in TYPED else not any(types), name


def test_batch37_level_groups_and_office_column():
    name = "ethnic_affairs_level_groups"
    head = _heading(name)
    assert head[-1] == "管理责任部门" and head[3] == "风险等级"
    rows = _sheet(name)["rows"]
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
    assert sorted(got) == sorted(_truth_rows(name))  # the truth lists them form by form
    table = _table(name)
    assert sorted(row[2] for row in table) == sorted(_risks(name))
    assert any("1、" in row[2] and "2、" in row[2] for row in table)
    assert not set(captions) & set(_risks(name))
    count = rows[1][0]
    assert count.startswith("局机关廉政风险事项共9项") and len(table) == 9


def test_batch37_archives_types_and_leaders():
    name = "archives_bureau_types"
    table = _table(name)
    assert [(row[1], row[2], row[3]) for row in table] == _truth_rows(name)
    assert [types_in(row[5]) for row in table] == [r["types"] for r in _points(name)]
    assert [HML[row[6]] for row in table] == [r["level"] for r in _points(name)]
    forms = BY_NAME[name]["truth"]
    assert {f["title"] for f in forms if f["tier"] == "leader"} == {"局长", "副局长"}
    assert all(f["department"] == "局领导" for f in forms if f["tier"] == "leader")
    sheet = _sheet(name)
    assert any(m[1] == 2 and m[2] > m[0] for m in sheet["merges"])  # a person's post merged
    assert any(r and r[0] == "填表人：" for r in sheet["rows"])


def test_batch37_forestry_holder_right_ordinal():
    name = "forestry_holder_right"
    head = _heading(name)
    assert head[-1] == "责任人" and "岗位" not in head
    table = _table(name)
    assert [(row[1], "", row[6]) for row in table] == _truth_rows(name)
    assert {row[4] for row in table} == set(ORDINAL)
    assert [ORDINAL[row[4]] for row in table] == [r["level"] for r in _points(name)]
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
    head = _heading(name)
    assert head == ["序号", "工作环节", "岗位", "风险点", "风险等级", "防控措施"]
    table = _table(name)
    assert [("", row[2], "") for row in table] == _truth_rows(name)
    assert [HML[row[4]] for row in table] == [r["level"] for r in _points(name)]
    assert _sheet(name)["name"] == "Sheet1"
    posts = [f["title"] for f in BY_NAME[name]["truth"]]
    assert len(posts) == len(set(posts)) == 6


def test_batch37_no_office_column():
    name = "women_federation_no_office_column"
    head = _heading(name)
    assert head[1] == "岗位" and "科室" not in head and "股室" not in head
    table = _table(name)
    assert [("", row[1], row[2]) for row in table] == _truth_rows(name)
    assert [types_in(row[4]) for row in table] == [r["types"] for r in _points(name)]
    assert [HML[row[5]] for row in table] == [r["level"] for r in _points(name)]


def test_batch37_science_head_and_watching_leader():
    name = "science_bureau_head_and_leader"
    head = _heading(name)
    assert head[-2:] == ["股室负责人", "分管领导"]
    table = _table(name)
    assert [(row[1], "", row[6]) for row in table] == _truth_rows(name)
    assert [row[2] for row in table] == _risks(name)  # the short point, not the 表现形式
    assert all(len(row[3]) > len(row[2]) for row in table)
    leaders = {row[7] for row in table}
    holders = {f["person"] for f in BY_NAME[name]["truth"]}
    assert len(leaders) == 2 and not leaders & holders
    # 彭学勤 is merged over the two 股室 he oversees
    sheet = _sheet(name)
    m = next(m for m in sheet["merges"] if m[1] == 7 and sheet["rows"][m[0]][7] == "彭学勤")
    assert {r[1] for r in _filled(name)[m[0] : m[2] + 1]} == {"科技项目股", "高新技术股"}


def test_batch37_tick_levels():
    name = "civil_defense_tick_levels"
    rows = _sheet(name)["rows"]
    i = next(k for k, r in enumerate(rows) if r and r[0] == "序号")
    assert rows[i][5] == "风险等级" and rows[i + 1][5:8] == ["高", "中", "低"]
    table = _table(name)
    assert all(sum(1 for c in row[5:8] if c == TICK) == 1 for row in table)
    got = [("高", "中", "低")[row[5:8].index(TICK)] for row in table]
    assert [HML[g] for g in got] == [r["level"] for r in _points(name)]
    assert [(row[1], row[2], row[3]) for row in table] == _truth_rows(name)


def test_batch37_office_on_every_row():
    name = "grain_office_every_row"
    assert not any(m[1] == 1 for m in _sheet(name)["merges"])  # the 科室 is not merged
    table = _table(name)
    assert all(row[1] for row in _sheet(name)["rows"] if row and isinstance(row[0], int))
    assert sorted((row[1], row[3], "") for row in table) == sorted(_truth_rows(name))
    by_point = {r["risk_point"]: r for r in _points(name)}
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
    t1, t2 = _table(name, 0), _table(name, 1)
    assert [row[0] for row in t1 + t2] == list(range(1, len(t1) + len(t2) + 1))
    assert [(row[1], row[2], row[3]) for row in t1] == _truth_rows(name, first["name"])
    assert [(row[1], row[2], row[3]) for row in t2] == _truth_rows(name, second["name"])
    assert {row[1] for row in t2} == {"城关基层社", "农资公司", "农贸市场"}
    watchers = {row[7] for row in t1 + t2}
    holders = {f["person"] for f in lay["truth"]}
    assert len(watchers) == 2 and not watchers & holders
    assert [HML[row[5]] for row in t1 + t2] == [r["level"] for r in _points(name)]


def test_thirty_seventh_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
