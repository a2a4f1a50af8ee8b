"""The three-hundred-and-second batch of published layouts (tests/published/batch302.py): seven
ordinary files as the 局 of one county (岳池县) really send them — the 审计局's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 民政局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``,
the 人力资源和社会保障局's 一览表 under group rows ``一、局领导`` … with 高/中/低, the 水利局's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``一级风险/二级风险/三级风险``, the 应急管理局's 责任清单 with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 统计局's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
退役军人事务局's 防控表 written on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 医疗保障局's
一览表 with no level column, the level of each point written in brackets at the end of its
``风险类型`` cell (``业务流程（高）``) and explained by a ``注：`` line
(``python tests/published/score.py --set batch302``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b1069c3 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch302``:
``TOTAL                      forms  50/50  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  60/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.833 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  50/50  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  60/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.833 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full, with ``--strict`` too — every form, point, level and type. The harder
one read every form, point and type but no level. The truth was not changed after measuring.

Missed, all in the harder ``yuechi_medical_security_level_in_type.xlsx`` (sheet 一览表; forms 8/8,
points 12/12, types 12/12, levels 0/12): the 风险类型 cells F4:F15 — ``外部环境（高）`` (F4),
``岗位职责（高）`` (F5), ``业务流程（中）`` (F6), ``思想道德（低）`` (F7), ``岗位职责（高）`` (F8),
``制度机制（中）`` (F9), ``业务流程（中）`` (F10), ``制度机制（中）`` (F11), ``业务流程（高）`` (F12),
``思想道德（低）`` (F13), ``制度机制（中）`` (F14), ``岗位职责（中）`` (F15) — were read as the type only
(risk_type ``外部环境风险`` … right, raw_risk_type the whole cell) and the level left BLANK for all
twelve points (risks.csv risk_level and raw_risk_level empty; an error LEVEL_BLANK ``风险级别未填写``
at each point's cell E4…E15); truth: the bracket's word, 高 → 1 (F4, F5, F8, F12), 中 → 2 (F6, F9,
F10, F11, F14, F15), 低 → 3 (F7, F13), as the ``注：`` line A16 says. Kind: with no level column, a
level written in brackets at the end of the cell under a plain ``风险类型`` heading is dropped — the
reader cuts the bracket off to read the type but takes no level from it (nor from the note that
explains it), and reports every point's level as not filled in.

Unscored (posts.csv of ``xlproc collect`` on the built inbox): all 50 forms match the truth in unit,
科室, post, holder and tier (the leaders' ``局领导``, the 审计室主任's card with 科室
``固定资产投资审计室`` and post ``主任``, the 水利局's posts with no person). The other issues are info
only (TABLE_NO_TYPE on the 应急管理局's list, GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: a level in brackets after the type, no level column
(tests/test_columns.py::test_a_level_in_brackets_after_the_type).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch302 import (
    BANDS,
    BARE,
    GRADES,
    HEAD_TYPED,
    LAYOUTS,
    MEDICAL,
    NOTE_TYPED,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(302, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yuechi_medical_security_level_in_type"}
UNTYPED = {"yuechi_emergency_duties"}
NOBODY = {"yuechi_water_posts"}
GAP = "\u3000"


def test_batch302_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=301, unit_words=("岳池县",), new_people=True)


def test_batch302_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch302_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch302_every_unit_is_of_yuechi():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("岳池县") for u in units)
    assert all(u.endswith(("局", "委", "办", "委员会", "办公室")) for u in units)


def test_batch302_level_written_in_the_type_cell():
    name = "yuechi_medical_security_level_in_type"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert tuple(rows[head]) == HEAD_TYPED
    # no level column: no heading speaks of a level, and no cell of the table is a level word
    assert not any("等级" in h or "级别" in h for h in HEAD_TYPED)
    table = BATCH.table(name)
    assert not {c for row in table for c in row} & set(LEVELS)
    # every type cell is a type with the level in full-width brackets after it
    at = HEAD_TYPED.index("风险类型")
    got = []
    for row in table:
        m = re.fullmatch(r"(\S+?)（([高中低])）", row[at])
        assert m, row[at]
        assert types_in(m[1]) == [m[1]]
        got.append((row[1], row[2], row[3], row[4], HML[m[2]], types_in(m[1])))
    want = [(f["department"], f["title"], f["person"], r["risk_point"], r["level"], r["types"])
            for f in BY_NAME[name]["truth"] for r in f["risks"]]  # fmt: skip
    assert got == want
    assert {lv for *_, lv, _t in got} == {1, 2, 3}
    # the note under the table says what the bracket is; it is no point
    assert any(row[0] == NOTE_TYPED for row in BATCH.rows(name))
    assert "括号" in NOTE_TYPED and "风险等级" in NOTE_TYPED
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert NOTE_TYPED not in points and not points & {row[at] for row in table}
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {d for d, _p in MEDICAL}


def test_batch302_plain_tables_by_heading():
    cases = [
        ("yuechi_water_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yuechi_emergency_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("yuechi_veterans_every_row",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 水利局 names nobody
    name = "yuechi_water_posts"
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 应急管理局's 职责事项 is no point, its levels Ⅰ级/Ⅱ级/Ⅲ级
    name = "yuechi_emergency_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert {r[6] for r in table} == set(ROMAN)
    # the 退役军人事务局 writes 股室, 岗位 and 姓名 on every row (no merge), bare Ⅰ/Ⅱ/Ⅲ by its note
    name = "yuechi_veterans_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])  # only lines across
    assert all(r[1] and r[2] and r[3] for r in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    name = "yuechi_civil_affairs_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for sheet in ("局领导", "股室"):
        assert BATCH.types_by(name, "风险类别", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
        assert {r[6] for r in BATCH.table(name, sheet)} <= set(GRADES)


def test_batch302_group_rows_give_the_department():
    name = "yuechi_hrss_group_rows"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
            types.append(row[4])
    assert got == BATCH.truth_rows(name)
    assert [types_in(t) for t in types] == [r["types"] for r in BATCH.points(name)]


def test_batch302_one_sheet_a_person():
    name = "yuechi_audit_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在科室", f["department"], "岗位职责"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 岗位职责 is no point
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "yuechi_statistics_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"股{GAP}室", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch302_is_read(tmp_path):
    BATCH.is_read(tmp_path)
