"""The sixty-fourth batch of published layouts (tests/published/batch64.py): eight ordinary tables
of state-owned enterprises and public institutions — a 自来水公司 一览表 with ``…风险`` types, a 县城乡
供水公司 清单 对岗不对人 one sheet per 部门 under a ``部门:…`` line, a 县博物馆 一览表 with ``权力事项``
beside ``廉政风险点`` and levels ``Ⅰ/Ⅱ/Ⅲ`` without 级, a 国有粮食储备公司 表 whose level is a ``√``
under ``高 | 中 | 低``, a 林场 清单 by 科室/工区 with two-type cells, a 国有林技术服务中心 表 对岗不对人
with a trailing ``监督部门``, a 物业公司 清单 with both ``责任部门`` and ``责任人`` — and one harder: a
农村供水管理总站's 登记卡 per sheet whose trailing ``监督人`` names the 站长, not the holder
(``python tests/published/score.py --set batch64``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 3b2d901: forms 1.000 (29/29), recall 1.000 (40/40),
precision 1.000 (40/40), levels 1.000 (40/40), types 1.000 (40/40), noise 0; with --strict the
same: forms 1.000 (29/29), recall 1.000 (40/40), precision 1.000 (40/40), levels 1.000 (40/40),
types 1.000 (40/40), noise 0. Missed:

- nothing: no form, point, level or type of this batch was missed, in either mode.

Read right: the 自来水公司's 部门 merged and 岗位/责任人/岗位职责 merged per person with ``…风险``
types; the 供水公司's sheets per 部门 with the 部门 from each sheet's ``部门:…`` line and
``高风险/中风险/低风险``; the 博物馆's ``廉政风险点`` kept as the point beside ``权力事项``, ``Ⅰ/Ⅱ/Ⅲ``
without 级 and the holder from ``责任人`` with no post; the 粮食储备公司's ``√`` under ``高 | 中 | 低``
of the two-row header; the 林场's ``科室/工区`` and two-type cells, the 说明 line no point; the
技术服务中心's post list 对岗不对人 under ``填报单位:…`` with ``监督部门`` taken for no 部门; the 物业公司's
``责任部门`` and ``责任人`` together; the harder 登记卡's holder from the pairs above the table, the
``监督人`` column (the 站长) not taken for the holder (strict too).

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed.)
"""

import importlib
import json
from pathlib import Path

from published.batch64 import BARE_ROMAN, LAYOUTS, TICK, WORDS, build
from published.cells import built, squeezed_sources
from published.layouts import HML, types_in

TESTS = Path(__file__).parent
PUBLISHED = TESTS / "published"
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"rural_water_station_cards"}
TYPED = {"rural_water_station_cards", "water_company_posts", "forest_farm_sections",
         "forest_center_supervisors"}  # fmt: skip
NOBODY = {"county_water_dept_sheets", "forest_center_supervisors"}
EARLIER_MODULES = ["layouts", "heldout"] + [
    f"batch{n}" for n in range(3, 64) if (PUBLISHED / f"batch{n}.py").is_file()
]
EARLIER = [
    lay for mod in EARLIER_MODULES for lay in importlib.import_module(f"published.{mod}").LAYOUTS
]
LEVELS = {**HML, **WORDS, **BARE_ROMAN}


def _points(name, sheet=None):
    return [r for f in BY_NAME[name]["truth"] if sheet in (None, f["sheet"]) for r in f["risks"]]


def _truth_rows(name, sheet=None):
    return [(f["department"], f["title"], f["person"], r["risk_point"], r["level"])
            for f in BY_NAME[name]["truth"] if sheet in (None, f["sheet"])
            for r in f["risks"]]  # fmt: skip


def _sheet(name, sheet=0):
    sheets = BY_NAME[name]["sheets"]
    if isinstance(sheet, str):
        return next(s for s in sheets if s["name"] == sheet)
    return sheets[sheet]


def _filled(name, sheet=0):
    sh = _sheet(name, sheet)
    width = max(len(row) for row in sh["rows"])
    rows = [list(row) + [None] * (width - len(row)) for row in sh["rows"]]
    for r0, c0, r1, c1 in sh["merges"]:
        for r in range(r0, r1 + 1):
            rows[r].extend([None] * (c1 + 1 - len(rows[r])))
            for c in range(c0, c1 + 1):
                rows[r][c] = rows[r0][c0]
    return rows


def _header(name, sheet=0, first="序号"):
    rows = _sheet(name, sheet)["rows"]
    return next(r for r, row in enumerate(rows) if row and row[0] == first)


def _by_heading(name, heads, sheet=0, level="风险等级", head=None, fixed=None):
    rows = _filled(name, sheet)
    head = _header(name, sheet) if head is None else head
    fixed = fixed or {}
    at = {h: rows[head].index(h) for h in [*heads.values(), level]}
    out = []
    for row in rows[head + 1 :]:
        if row[at[level]] not in LEVELS:
            continue
        get = [
            row[at[heads[f]]] if f in heads else fixed.get(f, "")
            for f in ("dept", "post", "person", "point")
        ]
        out.append((*get, LEVELS[row[at[level]]]))
    return out


def test_batch64_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert 8 <= len(names) <= 10 and len(set(names)) == len(names)
    assert {f"batch{n}" for n in range(3, 61)} <= set(EARLIER_MODULES)
    assert not set(names) & {lay["name"] for lay in EARLIER}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert all(s.startswith(("http://", "https://")) for s in sources)
    assert not set(sources) & {lay["source"] for lay in EARLIER}
    joined = squeezed_sources({"batch64.py", "test_batch64.py"})
    for source in sources:
        host_path = source.split("//", 1)[1]
        assert not any(host_path in text for text in joined), source
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert not units & {f["unit"] for lay in EARLIER for f in lay["truth"]}
    assert HARDER <= set(names) and len(HARDER) <= 1
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch64_truth_is_self_consistent():
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    files = {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    assert {p.name for p in inbox.iterdir() if p.suffix == ".xlsx"} == files
    assert {f["file"] for f in truth["forms"]} == files
    for lay in LAYOUTS:
        n = sum(len(f["risks"]) for f in lay["truth"])
        assert 3 <= n <= 10, lay["name"]
        sheets = {s["name"] for s in lay["sheets"]}
        keys = set()
        for f in lay["truth"]:
            assert f["sheet"] in sheets and f["unit"] and f["risks"]
            assert (f["person"] == "") == (lay["name"] in NOBODY), (lay["name"], f)
            key = (f["sheet"], f["department"], f["title"], f["person"])
            assert key not in keys
            keys.add(key)
            for r in f["risks"]:
                assert r["risk_point"] and r["level"] in (1, 2, 3)
                assert all(t in types_in("".join(r["types"])) for t in r["types"])


def test_batch64_levels_and_types():
    for name in BY_NAME:
        levels = [r["level"] for r in _points(name)]
        assert len(set(levels)) >= 2, name
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in TYPED else not any(types), name


def test_batch64_ticks_sheets_and_cards():
    name = "grain_reserve_ticks"
    rows = _filled(name)
    head = _header(name)
    assert rows[head][5:8] == ["风险等级"] * 3 and rows[head + 1][5:8] == ["高", "中", "低"]
    got = []
    for row in rows[head + 2 :]:
        ticks = [c for c in (5, 6, 7) if row[c] == TICK]
        if ticks:
            assert len(ticks) == 1
            got.append((row[1], row[2], row[3], row[4], ticks[0] - 4))
    assert got == _truth_rows(name)
    name = "county_water_dept_sheets"
    for sheet in _sheet_names(name):
        rows = _filled(name, sheet)
        assert rows[1][0] == f"部门:{sheet}"
        head = _header(name, sheet)
        got = [(sheet, r[1], "", r[2], WORDS[r[3]]) for r in rows[head + 1 :] if r[3] in WORDS]
        assert got == _truth_rows(name, sheet)
    name = "rural_water_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = _filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "职务", f["title"], "科室", f["department"]]
        head = _header(name, f["sheet"])
        sups = {r[5] for r in rows[head + 1 :] if r[3] in HML}
        assert len(sups) == 1 and f["person"] not in sups and f["sheet"] == f["person"]
        got = [(f["department"], f["title"], f["person"], r[1], HML[r[3]])
               for r in rows[head + 1 :] if r[3] in HML]  # fmt: skip
        assert got == _truth_rows(name, f["sheet"])


def test_batch64_plain_tables_by_heading():
    cases = [
        ("water_company_posts", {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"},
         {}, "序号", "风险等级"),
        ("museum_power_items", {"dept": "部室", "person": "责任人", "point": "廉政风险点"}, {}, "序号",
         "等级"),
        ("forest_farm_sections", {"dept": "科室/工区", "post": "岗位", "person": "姓名", "point": "风险点"},
         {}, "序号", "风险等级"),
        ("forest_center_supervisors", {"post": "岗位名称", "point": "廉政风险点"}, {}, "序号", "风险等级"),
        ("property_company_both", {"dept": "责任部门", "person": "责任人", "point": "风险点"}, {}, "序号",
         "风险等级"),
    ]  # fmt: skip
    for name, heads, fixed, first, level in cases:
        head = _header(name, first=first)
        got = _by_heading(name, heads, head=head, fixed=fixed, level=level)
        assert sorted(got) == sorted(_truth_rows(name)), name
    rows = _filled("forest_center_supervisors")
    assert rows[1][0].startswith("填报单位:") and rows[1][4].startswith("填报时间:")
    sups = {row[7] for row in rows if row[5] in HML}
    assert not sups & {f["department"] for f in BY_NAME["forest_center_supervisors"]["truth"]}
    rows = _filled("museum_power_items")
    assert {row[4] for row in rows if row[4] in BARE_ROMAN} == set(BARE_ROMAN)
    assert not any(types_in(row[2]) for row in rows if row[4] in BARE_ROMAN)
    note = _filled("forest_farm_sections")[-1][0]
    assert note.startswith("说明:") and types_in(note) == [
        "思想道德",
        "制度机制",
        "岗位职责",
        "业务流程",
        "外部环境",
    ]


def _sheet_names(name):
    return [s["name"] for s in BY_NAME[name]["sheets"]]


def test_sixty_fourth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
