"""The two-hundred-and-ninety-seventh batch of published layouts (tests/published/batch297.py):
seven ordinary files as the 乡镇, 街道, 站所, 村 and 社区 of one county (宣汉县) really send them — the
普光镇人民政府's two sheets ``领导班子 | 站所办`` with ``一级/二级/三级``, the 东乡街道办事处's 一览表 under
group rows with ``一级风险/二级风险/三级风险``, the 滨河社区's 责任清单 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
君塘镇便民服务中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 胡家镇畜牧兽医站's
排查表 对岗不对人 with ``风险点 | 主要表现`` and 高/中/低, the 峰城镇农业综合服务中心's 一览表 with
``风险点 | 风险描述`` and ``★★★/★★/★``, the 土黄镇林业站's 防控卡 one sheet a holder with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 樊哙镇岩门村's 村干部廉洁风险防控清单, whose ``岗位`` column names only
the collective ``村“两委”成员`` and ``村务监督委员会成员`` and whose every ``廉洁风险点`` ends with its
holder's name in brackets (``…（鄢璟琤）``, once two names), the table having no 姓名 column
(``python tests/published/score.py --set batch297``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 327f6c7 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch297``:
``TOTAL                      forms  34/41  points  63/77  recall 0.82 precision 0.83 (63/76)  levels  63/63  types  63/63  noise 0``
and ``TOTAL forms=0.829 recall=0.818 precision=0.829 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  34/41  points  63/77  recall 0.82 precision 0.83 (63/76)  levels  63/63  types  63/63  noise 0``
and ``TOTAL forms=0.829 recall=0.818 precision=0.829 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one reads nothing of what the truth asks (forms 0/7, points 0/14, precision 0/13). The truth
was not changed after measuring.

Missed, all in the harder ``xuanhan_yanmen_village_holders_in_brackets.xlsx`` (sheet 清单): the
reader found the table (heading row 2), its thirteen rows and their levels (高/中/低 → Ⅰ/Ⅱ/Ⅲ级, all
right) and the two 岗位 blocks, but read each block as ONE post with NO holder and kept each holder's
bracket in the point. By cell (posts.csv and risks.csv of ``xlproc collect`` on the built inbox):

- B3:B12 ``村“两委”成员``: one form F00035, title ``村“两委”成员``, person blank, tier blank (truth: five
  forms, 鄢璟琤, 钭霈嵘, 郤铄昶, 缑靓萏 and 隗翕耘, each post ``村“两委”成员``, leader); its ten points read
  with the bracket: D3 ``村集体机动地发包不公开，低价发包给亲友（鄢璟琤）`` (truth ``村集体机动地发包不公开，
  低价发包给亲友`` of 鄢璟琤), D4 ``…（钭霈嵘）``, D5 ``…（郤铄昶）``, D6 ``…（鄢璟琤）``, D7
  ``村级开支白条入账、虚列开支（缑靓萏、鄢璟琤）`` (truth: the point ``村级开支白条入账、虚列开支`` of 缑靓萏
  AND of 鄢璟琤, two truth points), D8 ``…（隗翕耘）``, D9 ``…（钭霈嵘）``, D10 ``…（隗翕耘）``, D11
  ``…（缑靓萏）``, D12 ``…（钭霈嵘）``;
- B13:B15 ``村务监督委员会成员``: one form F00036, person blank, tier blank (truth: 仉蘩颀 and 笪蘅珣, middle);
  D13 ``…（仉蘩颀）``, D14 ``…（仉蘩颀）``, D15 ``…（笪蘅珣）`` read with the bracket.

So the fourteen truth points (keyed by holder and point) are all missed, and the thirteen points read
(keyed by a blank holder and the bracketed text) all count against precision. No issue was raised for
the file but TABLE_NO_TYPE (info): no FORM_NO_PERSON, no COLUMN_GUESSED (noise 0). The ``注：`` line
(row 16) saying what the brackets are, and the 签字 line (row 17), were rightly no points. Kind: a
holder's name written in brackets at the END of the risk-point cell, under a collective 岗位
(``村“两委”成员``) and with no 姓名 column, is kept as part of the point instead of being cut off as the
point's holder (two names in one bracket each holding the point), so a list of several people reads
as one nameless post per block.

Unscored besides (posts.csv), by cell:

- ``xuanhan_binhe_community_duties.xlsx`` (sheet 责任清单): the post ``社区居务监督委员会主任`` (B10,
  F00005) read as 领导岗位 (truth middle, as the earlier batches took a 居务/村务监督委员会主任). Kind: a
  监督委员会's 主任 taken for the 社区's head (a convention difference, as in batch281).
- ``xuanhan_puguang_town_two_sheets.xlsx`` (sheet 领导班子): the four leaders F00024–F00027 read with
  no 科室 (truth ``领导班子``, from the tab and the title ``…领导班子成员…``); ``--strict`` does not
  compare a leader's 科室. Kind: a leaders' sheet named ``领导班子`` is not taken as their 科室.
- ``xuanhan_hujia_vet_station_posts.xlsx`` and ``xuanhan_tuhuang_forestry_cards.xlsx``: the 站 written
  unit ``宣汉县胡家镇`` / ``宣汉县土黄镇`` with 科室 ``畜牧兽医站`` / ``林业站`` (F00017–F00020, F00032–F00034;
  truth: the 站 is the unit, no 科室 — the scorer takes both as one), and each 站长 (F00017, F00032)
  read 中层岗位 (truth leader, the 站's head in its own file); the 便民服务中心 and 农业综合服务中心 read
  unit ``宣汉县君塘镇`` / ``宣汉县峰城镇`` (F00021–F00023, F00012–F00016; truth the 中心), their 窗口 and
  股 kept as 科室. Kind: a 站所's own file read as its 镇's (the convention difference batches 270 and
  281 noted).

The other issues are info only (TABLE_NO_TYPE on the four untyped tables, GRADE_BLANK on the
self-checks and cards).

Generalised after this measurement: points that end with their holders' names in brackets, where no column
names the holder (tests/test_columns.py::test_points_that_end_with_their_holders_in_brackets).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch297 import (
    BANDS,
    BARE,
    BLOCK_TIERS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VILLAGE_BLOCKS,
    VILLAGE_HEAD,
    VILLAGE_NOTE,
    bracketed,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(297, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
VILLAGE = "xuanhan_yanmen_village_holders_in_brackets"
HARDER = {VILLAGE}
UNTYPED = {
    VILLAGE,
    "xuanhan_binhe_community_duties",
    "xuanhan_hujia_vet_station_posts",
    "xuanhan_tuhuang_forestry_cards",
}
NOBODY = {"xuanhan_hujia_vet_station_posts"}
GAP = "\u3000"
# a cell as typed: ``…（鄢璟琤）`` or ``…（缑靓萏、鄢璟琤）`` — the point, then its holder(s)
HELD = re.compile(r"(.+)（([^（）]+)）")
# the same cell as normalised (NFKC): ``…(鄢璟琤)``
HELD_NORM = re.compile(r"\([^()]+\)$")


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The 岩门村's ``廉洁风险点`` cell ``…（X）`` holds the point before the bracket."""
    here = sheets[form["sheet"]]
    if form["layout"] != VILLAGE:
        return here
    return {HELD_NORM.sub("", c) for c in here if HELD_NORM.search(c)}


def test_batch297_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, unit_words=("宣汉县",), new_people=True)


def test_batch297_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16), points_in=_points_in)
    assert RESAVED == ()


def test_batch297_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch297_every_unit_is_of_xuanhan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("宣汉县") for u in units)


def test_batch297_holders_in_brackets_after_the_points():
    name = VILLAGE
    assert BATCH.heading(name) == list(VILLAGE_HEAD)
    # no 姓名 or 责任人 column: nothing in the heading names a person
    assert not any(w in h for h in VILLAGE_HEAD for w in ("姓名", "责任人", "人员"))
    table = BATCH.table(name)
    got, holders_of = [], {}
    for _n, block, _power, cell, lv, _measures in table:
        m = HELD.fullmatch(cell)
        assert m, cell  # every point ends with its holder(s), once
        point, names = m.group(1), m.group(2).split("、")
        assert not re.search(r"[（(]", point), cell
        assert all(len(who) == 3 for who in names), cell
        for who in names:
            got.append(("", block, who, point, HML[lv]))
            holders_of.setdefault(who, []).append(_n)
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the 岗位 column names two collective blocks, each merged down its rows, no one post
    blocks = [b for b, _rows in VILLAGE_BLOCKS]
    assert {row[1] for row in table} == set(blocks) == set(BLOCK_TIERS)
    rows = BATCH.sheet(name)["rows"]
    head = BATCH.header(name)
    at = head + 1
    for _block, brows in VILLAGE_BLOCKS:
        assert BATCH.merged(name, 0, at, 1, 1) and BATCH.merged(name, 0, at + len(brows) - 1, 1, 1)
        assert (at, 1, at + len(brows) - 1, 1) in BATCH.sheet(name)["merges"]
        at += len(brows)
    # one form a holder, its post the block's, its tier the block's; one point held by two
    forms = BY_NAME[name]["truth"]
    assert len({f["person"] for f in forms}) == len(forms) == len(holders_of) == 7
    for f in forms:
        assert f["tier"] == BLOCK_TIERS[f["title"]] and f["department"] == ""
    two = [row for row in table if "、" in HELD.fullmatch(row[3]).group(2)]
    assert len(two) == 1
    # a holder's points stand on rows apart (the rows follow the 权力事项, not the person)
    assert any(max(ns) - min(ns) >= 3 for ns in holders_of.values())
    # the point is the text before the bracket: no truth point is a whole cell of the sheet
    cells = {c for row in rows for c in row if isinstance(c, str)}
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & cells
    power, point, holders, _lv, _m = VILLAGE_BLOCKS[0][1][0]
    assert bracketed(point, holders) in cells
    # 权力事项 and 防控措施 are no points; the note says what the brackets are
    assert not points & ({r[2] for r in table} | {r[5] for r in table})
    assert [VILLAGE_NOTE] in [[c for c in row if c is not None] for row in rows]
    assert VILLAGE_NOTE.startswith("注：") and {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch297_plain_tables_by_heading():
    cases = [
        ("xuanhan_binhe_community_duties",
         {"post": "岗位", "person": "责任人", "point": "廉洁风险点"}, None),
        ("xuanhan_hujia_vet_station_posts", {"post": "岗位", "point": "风险点"}, None),
        ("xuanhan_fengcheng_agri_center_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 主要表现 / 风险描述 none; the 畜牧兽医站 names nobody
    for name, long in (
        ("xuanhan_hujia_vet_station_posts", "主要表现"),
        ("xuanhan_fengcheng_agri_center_list", "风险描述"),
    ):
        at = BATCH.heading(name).index(long)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {r[at] for r in BATCH.table(name)}, name
    assert BATCH.holders("xuanhan_hujia_vet_station_posts") == {""}
    # the 社区's 职责事项 is no point; the 中心's stars are read by its note
    name = "xuanhan_binhe_community_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    name = "xuanhan_fengcheng_agri_center_list"
    assert {r[7] for r in BATCH.table(name)} == set(STARS)
    assert any(str(row[0]).startswith("注：风险等级★★★为高风险") for row in BATCH.rows(name))
    # the 普光镇's two sheets: the 领导班子 sheet is its leaders' 科室
    name = "xuanhan_puguang_town_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "领导班子",
        fixed={"dept": "领导班子"},
    )
    assert got == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "站所办") == BATCH.truth_rows(name, "站所办")
    for sheet in ("领导班子", "站所办"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "领导班子")
    }


def test_batch297_group_rows_give_the_department():
    name = "xuanhan_dongxiang_street_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]


def test_batch297_one_sheet_a_person():
    name = "xuanhan_juntang_service_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }
    name = "xuanhan_tuhuang_forestry_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "岗位职责" and f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(BARE)
        assert any(
            str(row[0]).startswith("注：风险等级Ⅰ为高风险") for row in BATCH.rows(name, f["sheet"])
        )


def test_batch297_is_read(tmp_path):
    BATCH.is_read(tmp_path)
