"""The two-hundred-and-ninety-eighth batch of published layouts (tests/published/batch298.py): seven
ordinary files as the 局 of one county (开江县) really send them — the 教育科技局's 一览表 under group
rows ``一、局领导`` … with ``一级/二级/三级``, the 卫生健康局's two sheets ``局领导 | 股室`` with
``高风险/中风险/低风险``, the 商务局's 防控卡 one sheet a holder with ``★★★/★★/★``, the 林业局's 责任清单
with ``Ⅰ级/Ⅱ级/Ⅲ级`` and a last ``责任领导`` column, the 司法局's 排查表 对岗不对人 with ``风险点 |
主要表现``, the 农业农村局's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 民政局's
一览表 with ``风险点 | 风险描述`` — and one harder: the 审计局's 登记表 with no type column, each point's
type only the two-letter prefix of its ``风险编码`` (``ZD-01``, ``WB-02`` …) that a note above the heading
defines (``python tests/published/score.py --set batch298``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 327f6c7 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch298``:
``TOTAL                      forms  45/45  points  73/73  recall 1.00 precision 1.00 (73/73)  levels  73/73  types  61/73  noise 1``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.836 noise=1``; with
``--strict`` the same:
``TOTAL                      forms  45/45  points  73/73  recall 1.00 precision 1.00 (73/73)  levels  73/73  types  61/73  noise 1``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.836 noise=1``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full, with and without ``--strict`` — every form, point, level and type;
the harder one reads every form (6/6), point (12/12) and level (12/12) but no type (0/12). The
truth was not changed after measuring.

Missed, all in the harder ``kaijiang_audit_coded_types.xlsx`` (sheet 登记表; heading row 4, rows
5–16): the reader took the table right — 股室 (C, merged), 岗位 and 姓名 (D, E, merged per person),
廉政风险点 (F), 风险等级 (G) and 防控措施 (H) — but read NO type for any point (risks.csv
``risk_type`` and ``raw_risk_type`` blank; TABLE_NO_TYPE at A4), and the ``风险编码`` column B was
dropped silently (no point, no section, no description). By cell (the code read, the type the
truth gives):

- B5 ``ZD-01`` (F5, 局长 郏湛珣): blank, truth 制度机制; B6 ``WB-01`` (F6): blank, truth 外部环境;
- B7 ``GW-01`` (F7, 副局长 璩沚漪): blank, truth 岗位职责; B8 ``SX-01`` (F8): blank, truth 思想道德;
- B9 ``YW-01`` (F9, 财政金融审计股 股长 隗澜澍): blank, truth 业务流程; B10 ``WB-02`` (F10): blank,
  truth 外部环境;
- B11 ``SX-02`` (F11, 审计员 咸琤若): blank, truth 思想道德; B12 ``YW-02`` (F12): blank, truth 业务流程;
- B13 ``ZD-02`` (F13, 经济责任审计股 股长 檀溯禾): blank, truth 制度机制; B14 ``GW-02`` (F14): blank,
  truth 岗位职责;
- B15 ``YW-03`` (F15, 办公室 主任 濮黛泠): blank, truth 业务流程; B16 ``ZD-03`` (F16): blank, truth
  制度机制;
- noise 1: the note A3 ``风险编码说明：编码前两位字母为风险类型代码（SX—思想道德风险，…`` (merged
  A3:H3) was reported as ROW_UNPLACED (warning, “表格之外的内容…未被收录”) — truth: no point, the
  legend of the codes.

Kind: a type given only as the letter prefix of a risk code (``ZD-01``) in a ``风险编码`` column, with
the prefixes defined by a note line above the heading, is not read — the code column is not taken
as the type and the note is not taken as its legend (it is reported as stray content instead).

Unscored besides: nothing — posts.csv gives every form of the batch the truth's unit, 科室, post
and holder, and the tier the judgement calls give (领导/中层/一般). The other issues are info only
(TABLE_NO_TYPE on the untyped tables — the 商务局's three cards, the 林业局's and the 民政局's
lists — and on the harder one, GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: types given by the letters of a code that a note defines, the note no
row outside the table (tests/test_columns.py::test_types_given_by_the_letters_of_a_code_a_note_defines).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch298 import (
    AUDIT_HEAD,
    BANDS,
    CODE_NOTE,
    CODES,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(298, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"kaijiang_audit_coded_types"}
UNTYPED = {"kaijiang_commerce_cards", "kaijiang_forestry_duties", "kaijiang_civil_affairs_list"}
NOBODY = {"kaijiang_justice_posts"}
GAP = "\u3000"


def test_batch298_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=297, unit_words=("开江县",), new_people=True)


def test_batch298_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch298_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch298_every_unit_is_a_bureau_of_kaijiang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS)
    assert all(u.startswith("开江县") and u.endswith("局") for u in units)


def test_batch298_type_only_in_the_code_prefix():
    name = "kaijiang_audit_coded_types"
    sheet = BATCH.sheet(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head]) == AUDIT_HEAD
    # NO type column, and no cell of the sheet names a type but the note above the heading
    assert not any("类型" in h or "类别" in h for h in AUDIT_HEAD)
    note = next(r for r, row in enumerate(rows) if row[0] == CODE_NOTE)
    assert note < head and BATCH.merged(name, 0, note, 0, len(AUDIT_HEAD) - 1)
    texts = [
        c for r, row in enumerate(sheet["rows"]) if r != note for c in row if isinstance(c, str)
    ]
    assert not any(t in c for t in TYPES for c in texts)
    # the note defines every code: its two letters, then the type
    for code, typ in CODES.items():
        assert f"{code}—{typ}风险" in CODE_NOTE
    assert set(CODES.values()) == set(TYPES)
    # each row's code is <two letters>-<two digits>, numbered in order within its type
    table = BATCH.table(name)
    codes = [row[1] for row in table]
    assert all(re.fullmatch(r"[A-Z]{2}-\d\d", c) for c in codes) and len(set(codes)) == len(codes)
    for prefix in CODES:
        numbers = [int(c[3:]) for c in codes if c[:2] == prefix]
        assert numbers == list(range(1, len(numbers) + 1)), prefix
    # the rows are ordered by 股室, not by type: the codes of a type are scattered
    prefixes = [c[:2] for c in codes]
    assert prefixes != sorted(prefixes)
    assert sum(a != b for a, b in zip(prefixes, prefixes[1:], strict=False)) >= len(codes) - 2
    # reading the type out of the code gives the truth's types; the rest reads as a plain table
    answers = BATCH.answers(name)
    for row in table:
        assert answers[row[5]][4] == [CODES[row[1][:2]]]
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the code, the note and the heading are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & (set(codes) | {CODE_NOTE} | set(AUDIT_HEAD))


def test_batch298_plain_tables_by_heading():
    cases = [
        ("kaijiang_justice_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("kaijiang_forestry_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("kaijiang_civil_affairs_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 主要表现 / 风险描述 none; the 司法局 names nobody
    for name, long in (
        ("kaijiang_justice_posts", "主要表现"),
        ("kaijiang_civil_affairs_list", "风险描述"),
    ):
        at = BATCH.heading(name).index(long)
        assert not {p["risk_point"] for p in BATCH.points(name)} & {
            r[at] for r in BATCH.table(name)
        }
    assert BATCH.holders("kaijiang_justice_posts") == {""}
    # the 林业局's 职责事项 is no point, its 责任领导 no holder but of a leader's own rows, and
    # its levels are Ⅰ级/Ⅱ级/Ⅲ级
    name = "kaijiang_forestry_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert not BATCH.holders(name) & {r[8] for r in table} - {r[3] for r in table}
    assert {r[6] for r in table} == set(ROMAN)
    name = "kaijiang_health_two_sheets"
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


def test_batch298_group_rows_give_the_department():
    name = "kaijiang_education_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(row[4])
    assert got == BATCH.truth_rows(name)
    assert [types_in(t) for t in types] == [r["types"] for r in BATCH.points(name)]


def test_batch298_one_sheet_a_person():
    name = "kaijiang_commerce_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]] and rows[3][0] == "岗位职责"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "kaijiang_agriculture_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间"]
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


def test_batch298_is_read(tmp_path):
    BATCH.is_read(tmp_path)
