"""The twenty-first batch of published layouts (tests/published/batch21.py): eleven everyday tables
from district and county units — a 计量检测研究院, a 县人民医院, a 村, a 区交通运输局, a 县林业局 股, a
县水利局, a 县财政局, a 农机化服务中心, a 县审计局 (personal sheets), a 县交通运输局 (leaders' cards)
and a 生态环境分局 (personal sheets) — with heading sets no earlier batch used together, two of them
harder (``python tests/published/score.py --set batch21``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at 6369f18: forms 0.803 (49/61), recall 0.780 (99/127),
precision 0.832 (99/119), levels 1.000 (99/99), types 1.000 (99/99), noise 0; with --strict forms
0.672 (41/61), the rest the same. Missed: in ``finance_keshi_major`` everything (8 forms, 10
points, SHEET_NO_TABLE then FILE_NO_FORM) — none of its heading words 风险内容, 风险分级, 防控要求 is
one the reader knows, so no heading row is found; with 风险分级 headed 风险等级, or 防控要求 headed
防控措施, all 8 forms and 10 points are read right (重大/较大/一般 included); in
``eco_selfcheck_signed`` every form and point (0/3, 0/8, 8 wrong) — the holder named only in the
``自查人(签名):…`` line under the table is not read, so the three forms have no person (department
and post from the ``所在股室:…　岗位:…`` line right, points and levels right), silently: no
FORM_NO_PERSON or other issue; worded 自查人:, 填表人: or 本人签名: the same; with ``姓名:…`` added to
the 所在股室 line all are read right; in ``transport_leader_cards`` every point (0/10, 12 wrong, 1
form lost) — the card with two rows per point (``风险点`` | text | ``风险等级`` | level, then ``防控措施``
| text) has no heading row: on 防控卡(1) and (3) the 分管工作 row and the first ``风险点`` row are read
as a two-row heading (COLUMN_GUESSED on ``主持局全面工作;…。重大事项决策不经党组集体研究``), the later
``风险点`` rows come out as points ``风险点\\n…\\n高`` and each ``防控措施`` row as a point with no level
(LEVEL_BLANK errors); on 防控卡(2) no table is found (SHEET_NO_TABLE) — given 防控卡(1)'s 分管工作
text it is misread the same way, so the pseudo-heading hangs on that paragraph's words —; with
the 分管工作 row removed or blanked no sheet is read at all (FILE_NO_FORM); strict only: in
``qc_institute_types`` all 8 forms — the heading 部室(中心) (also 部室, 部室（中心）) is not read as the 科室 column (no issue), and the
title's 研究院 (``XX市计量质量检测研究院岗位廉政风险排查表``) becomes every form's department with the
unit blank; headed 部门, 科室, 处室 or 部门(中心) the 部室 are read (the unit stays blank). Read right:
较高/一般/较低 (LEVEL_SCALE info), bare Ⅰ/Ⅱ/Ⅲ, ★★★/★★/★, 一级…三级, 重大/较大/一般, 高风险/中风险/低风险;
the two-row headings (廉洁风险 over 风险点 | 等级, 风险识别 over 风险类别 | 风险点 | 风险等级); ``…风险`` and
short type words, the 风险来源 column as types (COLUMN_GUESSED info); the 股 only in the title; the
村 posts without names; a holder under several 重点环节 rows apart; 科室/责任人 on every row; 监督主体,
分管领导 (watchers), 监督工作, 职责事项, 流程节点 and 权力事项 columns; the 注/说明 legend and 监督举报电话
lines; the personal sheets (.xlsx and the .ods copy) and the .xls copy. Not scored: the unit is
right from the title or 单位 fields everywhere but ``qc_institute_types`` (blank).

After generalising (a named risk text over a column of level words is a header, the level
column reported as guessed; a personal form signed by its holder — 自查人(签名):… — names him; a
paragraph heads no two-row header and records may start with their number, so the two-line
防控卡 are read as records; 风险分级, 防控要求 and 部室 headings): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch21 import (
    GRAVITY,
    LAYOUTS,
    ORDINAL,
    PREFIX,
    RISK_WORDS,
    ROMAN,
    ROMAN_BARE,
    SOFTENED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES

BATCH = Batch(21, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"transport_leader_cards", "eco_selfcheck_signed"}
TYPED = {"qc_institute_types", "farm_machine_types", "audit_personal_sheets"}
RESAVED = {"xls": "hospital_keshi_stars", "ods": "audit_personal_sheets"}


def _seen(name, cols):
    """(department, title, person) of each table row, from the given columns (None: "")."""
    return [tuple(row[c] if c is not None else "" for c in cols) for row in BATCH.table(name)]


def _forms_by_row(name):
    forms = BY_NAME[name]["truth"]
    return [(f["department"], f["title"], f["person"]) for f in forms for _ in f["risks"]]


def _form_of_point(name):
    """Each point's (department, title, person) and level, keyed by the point."""
    return {r["risk_point"]: ((f["department"], f["title"], f["person"]), r["level"])
            for f in BY_NAME[name]["truth"] for r in f["risks"]}  # fmt: skip


def test_batch21_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(10, 12), harder=HARDER, max_harder=2, new_units=False)


def test_batch21_truth_is_self_consistent(tmp_path):
    truth = BATCH.truth_is_self_consistent(
        copies={f"{PREFIX}{name}.{ext}" for ext, name in RESAVED.items()},
        points=(3, 15),
        nobody={"village_posts_ranks"},
        tier_none=True,
        # a leader's department is 领导班子 (the convention since batch13)
        unnamed=lambda f, field: (
            (field, f["tier"], f[field]) == ("department", "leader", "领导班子")
        ),
    )
    assert not any("、" in f["person"] for f in truth["forms"])
    # only the 村's posts go without a person (对岗不对人), each known by its post
    assert all(f["title"] and not f["department"] for f in truth["forms"] if not f["person"])


def test_batch21_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True, min_levels=3)


def test_batch21_softened_scale_and_suffixed_types():
    name = "qc_institute_types"
    rows = BATCH.rows(name)
    assert rows[0] == ["附件2"]
    assert rows[2][5:7] == ["廉政风险描述", "风险程度"]
    table = BATCH.table(name)
    assert {row[6] for row in table} == set(SOFTENED)  # 一般 is the middle of 较高/一般/较低
    assert [SOFTENED[row[6]] for row in table] == [r["level"] for r in BATCH.points(name)]
    assert all(row[4].endswith("风险") for row in table)
    assert [[row[4].removesuffix("风险")] for row in table] == [
        r["types"] for r in BATCH.points(name)
    ]
    assert _seen(name, (1, 2, 3)) == _forms_by_row(name)
    note = next(row[0] for row in rows if str(row[0]).startswith("注:"))
    assert "一般" in note and "岗位职责" in note
    assert note not in {r["risk_point"] for r in BATCH.points(name)}


def test_batch21_two_row_heading_and_keshi_on_every_row():
    name = "hospital_keshi_stars"
    sheet = BATCH.sheet(name)
    top, sub = sheet["rows"][1], sheet["rows"][2]
    assert (
        top[3] == "廉洁风险" and sub[3:5] == ["风险点", "等级"] and (1, 3, 1, 4) in sheet["merges"]
    )
    table = [row for row in sheet["rows"] if row and isinstance(row[0], int)]
    assert all(row[1] and row[6] for row in table)  # 科室 and 责任人 written on every row, no merge
    assert not any(r0 > 2 for r0, _c0, _r1, _c1 in sheet["merges"][:-1])
    assert [STARS[row[4]] for row in table] == [r["level"] for r in BATCH.points(name)]
    assert [(row[1], "", row[6]) for row in table] == _forms_by_row(name)
    assert not {row[2] for row in table} & {r["risk_point"] for r in BATCH.points(name)}
    legend = next(row[0] for row in sheet["rows"] if row and str(row[0]).startswith("说明:"))
    assert all(s in legend for s in STARS)


def test_batch21_village_posts_without_names():
    name = "village_posts_ranks"
    lay = BY_NAME[name]
    assert lay["sheets"][0]["rows"][0][0].startswith(lay["truth"][0]["unit"])  # the 村 in the title
    head = BATCH.rows(name)[1]
    assert head[2:4] == ["责任岗位", "可能存在的廉洁风险"] and head[6] == "监督主体"
    table = BATCH.table(name)
    assert {row[3]: (("", row[2], ""), ORDINAL[row[4]]) for row in table} == _form_of_point(name)
    watchers = {row[6] for row in table}
    assert not watchers & {f["title"] for f in lay["truth"]}
    powers = {row[1] for row in table}
    assert not (watchers | powers) & {r["risk_point"] for r in BATCH.points(name)}
    assert len({f["title"] for f in lay["truth"]}) == len(lay["truth"])


def test_batch21_stages_bare_roman_and_a_holder_rows_apart():
    name = "transport_stage_posts"
    table = BATCH.table(name)
    assert {row[5] for row in table} == set(ROMAN_BARE)
    assert {row[4]: (("", row[2], row[3]), ROMAN_BARE[row[5]]) for row in table} == _form_of_point(
        name
    )
    forms = BY_NAME[name]["truth"]
    for f in forms:  # a holder's rows under several 重点环节, not next to each other, make one form
        rows = [i for i, row in enumerate(table) if row[3] == f["person"]]
        assert [table[i][4] for i in rows] == [r["risk_point"] for r in f["risks"]]
        assert {table[i][2] for i in rows} == {f["title"]}
    apart = [f for f in forms if len(f["risks"]) > 1]
    assert any(len({row[1] for row in table if row[3] == f["person"]}) > 1 for f in apart)
    points = {r["risk_point"] for r in BATCH.points(name)}
    assert not ({row[1] for row in table} | {row[7] for row in table}) & points


def test_batch21_gu_only_in_the_title_and_names_on_every_row():
    name = "forestry_gu_yilan"
    sheet = BATCH.sheet(name)
    forms = BY_NAME[name]["truth"]
    assert {f["department"] for f in forms} == {"资源林政股"}
    assert sheet["rows"][0][0] == f"{forms[0]['unit']}资源林政股岗位廉政风险点一览表"
    table = [row for row in sheet["rows"] if row and isinstance(row[0], int)]
    assert all(row[1] and row[2] for row in table)
    assert all(m[0] < 3 for m in sheet["merges"])  # no merge in the table
    assert BATCH.rows(name)[2][3:5] == ["职责事项", "廉洁风险表现"]
    assert [row[4] for row in table] == [r["risk_point"] for r in BATCH.points(name)]
    assert [("资源林政股", row[1], row[2]) for row in table] == _forms_by_row(name)
    assert [HML[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]


def test_batch21_flow_nodes_merged_and_holders_merged():
    name = "water_flow_steps"
    table = BATCH.table(name)
    assert [ROMAN[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]
    assert [(row[1], "", row[7]) for row in table] == _forms_by_row(name)
    merged_cols = {c0 for r0, c0, r1, _c1 in BATCH.sheet(name)["merges"] if r1 > r0}
    assert merged_cols == {1, 2, 3, 7}
    points = {r["risk_point"] for r in BATCH.points(name)}
    assert not ({row[2] for row in table} | {row[3] for row in table}) & points


def test_batch21_gravity_scale_and_watchers():
    name = "finance_keshi_major"
    head = BATCH.rows(name)[2]
    assert head[4:8] == ["风险内容", "风险分级", "防控要求", "分管领导"]
    table = BATCH.table(name)
    assert [GRAVITY[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]
    assert _seen(name, (1, 2, 3)) == _forms_by_row(name)
    assert all(
        row[2] and row[3] for row in BATCH.sheet(name)["rows"] if row and isinstance(row[0], int)
    )
    assert not {row[7] for row in table} & BATCH.holders(name)


def test_batch21_spanned_heading_with_short_types():
    name = "farm_machine_types"
    sheet = BATCH.sheet(name)
    assert sheet["rows"][1][3] == "风险识别" and sheet["rows"][2][3:6] == [
        "风险类别",
        "风险点",
        "风险等级",
    ]
    table = BATCH.table(name)
    assert all(row[3] in TYPES for row in table)
    assert [[row[3]] for row in table] == [r["types"] for r in BATCH.points(name)]
    assert [("", row[1], row[2]) for row in table] == _forms_by_row(name)
    phone = [row[0] for row in sheet["rows"] if row and "电话" in str(row[0])]
    assert phone and not set(phone) & {r["risk_point"] for r in BATCH.points(name)}


def test_batch21_personal_sheets_with_a_source_column():
    lay = BY_NAME["audit_personal_sheets"]
    assert len(lay["sheets"]) == len(lay["truth"])
    for k, form in enumerate(lay["truth"]):
        sheet = lay["sheets"][k]
        assert sheet["name"] == form["person"] == sheet["rows"][1][1]
        assert sheet["rows"][1][3] == form["department"] and sheet["rows"][2][1] == form["title"]
        assert sheet["rows"][3][2] == "风险来源"
        table = BATCH.table(lay["name"], k)
        assert [row[1] for row in table] == [r["risk_point"] for r in form["risks"]]
        assert [[row[2]] for row in table] == [r["types"] for r in form["risks"]]
        assert [HML[row[3]] for row in table] == [r["level"] for r in form["risks"]]


def test_batch21_leader_cards_two_rows_per_point():
    lay = BY_NAME["transport_leader_cards"]
    assert len(lay["sheets"]) == len(lay["truth"])
    for k, form in enumerate(lay["truth"]):
        sheet = lay["sheets"][k]
        rows = sheet["rows"]
        assert not any(c == "序号" for row in rows for c in row)  # no heading row
        assert rows[1][1] == form["person"] and rows[1][3] == form["title"]
        assert form["department"] == "领导班子" and form["tier"] == "leader"
        point_rows = [r for r, row in enumerate(rows) if len(row) > 1 and row[1] == "风险点"]
        assert [rows[r][2] for r in point_rows] == [x["risk_point"] for x in form["risks"]]
        assert [HML[rows[r][5]] for r in point_rows] == [x["level"] for x in form["risks"]]
        for i, r in enumerate(point_rows, 1):
            assert (
                rows[r][0] == i
                and rows[r + 1][1] == "防控措施"
                and (r, 0, r + 1, 0) in sheet["merges"]
            )
            assert rows[r + 1][2] not in {x["risk_point"] for x in form["risks"]}
        area = rows[2]
        assert area[0] == "分管工作" and area[1] not in {x["risk_point"] for x in form["risks"]}


def test_batch21_holder_only_in_the_signature_line():
    lay = BY_NAME["eco_selfcheck_signed"]
    assert [s["name"] for s in lay["sheets"]] == [f"Sheet{k}" for k in range(1, 4)]
    for k, form in enumerate(lay["truth"]):
        rows = BATCH.rows(lay["name"], k)
        texts = [c for row in rows for c in row if isinstance(c, str)]
        assert not any("姓名" in c for c in texts)
        signed = [c for c in texts if form["person"] in c]
        assert signed == [f"自查人(签名):{form['person']}"]
        assert rows[1][0].startswith(f"所在股室:{form['department']}")
        assert rows[1][0].endswith(f"岗位:{form['title']}")
        table = BATCH.table(lay["name"], k)
        assert [row[1] for row in table] == [r["risk_point"] for r in form["risks"]]
        assert all(len(row[2]) > len(row[1]) for row in table)  # short name, long description
        assert [RISK_WORDS[row[3]] for row in table] == [r["level"] for r in form["risks"]]


def test_twenty_first_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
