"""The two-hundred-and-ninety-fourth batch of published layouts (tests/published/batch294.py): seven
ordinary files as the 局 of one county (平昌县) really send them — the 应急管理局's 一览表 with short types
and 高/中/低, the 住房和城乡建设局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the
自然资源和规划局's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
退役军人事务局's 防控卡 one sheet a holder with ``★★★/★★/★``, the 信访局's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 水利局's 防控表 under group rows with ``一级风险/二级风险/三级风险``, the
医疗保障局's 责任清单 with a last ``责任领导`` column — and one harder: the 交通运输局's 一览表 with no
level column, each ``廉政风险点`` cell ending with its own level in full-width brackets ``…（Ⅱ级）``,
a ``注：`` line saying so (``python tests/published/score.py --set batch294``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 91a35f9 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch294``:
``TOTAL                      forms  40/40  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  40/40  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). All eight
layouts read in full, with ``--strict`` too — every form, point, level and type, the harder one
included: in ``pingchang_transport_level_in_point.xlsx`` (sheet 一览表) every ``廉政风险点`` cell
E4…E15 was read as the text before its bracket with the bracket's level (risks.csv ``risk_point``
``交通建设项目发包、大额资金安排不经党组会集体研究，个人说了算``, ``risk_level`` Ⅰ级, ``raw_risk_level``
Ⅰ级 …), the six holders as six forms with their 股室, posts and tiers, the ``注：`` line and the
填表人/审核人 line no points. The truth was not changed after measuring.

No scored miss, and no unscored one: posts.csv of ``xlproc collect`` on the built inbox gives every
form the truth's unit, 科室 (``局领导`` for the leaders, the group rows' 股 without their numbers, the
cards' 所在股室, the self-checks' 股　室) and tier (局长/副局长 领导岗位, 股长 中层岗位, the rest 一般岗位);
the 自然资源和规划局's six posts have no holder, and the 医疗保障局's last column ``责任领导`` (I3…I11)
made no holder (竺湜岚 holds only the rows of his own). The
issues are info only: TABLE_NO_TYPE on the three untyped tables (排查表!A2, 责任清单!A2, each self-check's
A4) and GRADE_BLANK on the cards and self-checks. No issue at all is raised on the harder file: the
level cut off the end of each point is not flagged (no LEVEL_… hint), though the header says
nothing of levels.

Nothing to generalise: the batch read in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch294 import (
    BANDS,
    GRADES,
    LAYOUTS,
    LEAD,
    LEVEL_NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TRANSPORT,
    build,
    with_level,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(294, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BRACKETED = "pingchang_transport_level_in_point"
HARDER = {BRACKETED}
UNTYPED = {
    "pingchang_land_posts",
    "pingchang_petition_selfchecks",
    "pingchang_medical_security_duties",
}
NOBODY = {"pingchang_land_posts"}
GAP = "\u3000"
# a cell as normalised (NFKC): ``…（Ⅱ级）`` reads ``…(II级)``
MARK = re.compile(r"\((I|II|III)级\)$")


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The 交通运输局's ``廉政风险点`` cell ``…（Ⅱ级）`` holds the point before the bracket."""
    here = sheets[form["sheet"]]
    if form["layout"] != BRACKETED:
        return here
    return {MARK.sub("", c) for c in here if MARK.search(c)}


def test_batch294_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=293, unit_words=("平昌县",), new_people=True)


def test_batch294_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch294_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch294_every_unit_is_of_pingchang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("平昌县") for u in units)


def test_batch294_levels_at_the_end_of_the_points():
    name = BRACKETED
    head = BATCH.heading(name)
    assert head == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"]
    # no level column, no heading naming a level
    assert not any("等级" in h or "级别" in h for h in head)
    table = BATCH.table(name)
    got, types = [], []
    for row in table:
        cell = row[4]
        m = re.fullmatch(r"(.+)（(Ⅰ级|Ⅱ级|Ⅲ级)）", cell)
        assert m, cell  # every point ends with its level, once
        assert not re.search(r"[（(]", m.group(1)), cell
        got.append((row[1], row[2], row[3], m.group(1), ROMAN[m.group(2)]))
        types.append(types_in(row[5]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    # the point is the text before the bracket: no truth point is a whole cell of the sheet
    cells = {c for row in BATCH.sheet(name)["rows"] for c in row if isinstance(c, str)}
    assert not {p["risk_point"] for p in BATCH.points(name)} & cells
    assert with_level(TRANSPORT[0][4][0][0], "Ⅰ级") in cells
    # all three levels are used, and the note under the table says what the brackets are
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    rows = BATCH.rows(name)
    assert rows[-2][0] == LEVEL_NOTE and LEVEL_NOTE.startswith("注：")
    assert BATCH.merged(name, 0, len(BATCH.sheet(name)["rows"]) - 2, 0, 6)


def test_batch294_plain_tables_by_heading():
    cases = [
        ("pingchang_emergency_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("pingchang_land_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, None),
        ("pingchang_medical_security_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 自然资源和规划局 names nobody
    name = "pingchang_land_posts"
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 医保局's 职责事项 is no point and its 责任领导 holds only the rows of his own
    name = "pingchang_medical_security_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    for row in table:
        assert BATCH.answers(name)[row[5]][2] == row[3] != row[8]
    name = "pingchang_housing_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        LEAD,
        fixed={"dept": LEAD},
    )
    assert got == BATCH.truth_rows(name, LEAD)
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for sheet in (LEAD, "股室"):
        assert BATCH.types_by(name, "风险类别", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    # 分管工作 is no point
    work = {r[3] for r in BATCH.table(name, LEAD)}
    assert not {p["risk_point"] for p in BATCH.points(name)} & work


def test_batch294_group_rows_give_the_department():
    name = "pingchang_water_group_rows"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert {f["department"] for f in BY_NAME[name]["truth"]} >= {LEAD}


def test_batch294_one_sheet_a_person():
    name = "pingchang_veterans_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在股室", f["department"], "分管工作"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 分管工作 is no point
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "pingchang_petition_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名", f["person"], f"股{GAP}室", f["department"], f"职{GAP}务", f["title"]
        ]  # fmt: skip
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        assert not {r[4] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch294_is_read(tmp_path):
    BATCH.is_read(tmp_path)
