"""The three-hundred-and-fifty-first batch of published layouts (tests/published/batch351.py): seven
ordinary files as the 财政 and 审计 bodies of one new area (天府新区) really send them — the
财政金融局's 一览表 with ``…风险`` types before the point and 高/中/低, the 统计局's two sheets ``局领导 |
科室`` with ``一级/二级/三级``, the 国有资产服务中心's 责任清单 with ``部门`` and ``职责事项`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 华阳街道财政所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
财政投资评审中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
国库集中支付中心's 一览表 under group rows with ``一级风险/二级风险/三级风险``, the 煎茶街道财政所's
自查表 one sheet a person with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 审计局's 重点岗位廉政风险提醒卡,
written by the 派驻纪检监察组 TO each holder, the holder only as the salutation ``X同志：`` and his
科室 and post only in the second person (``你所在的财政审计科科长岗位…``) (``python
tests/published/score.py --set batch351``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f5cd0ec (main's newest when the batch was done; this
worktree branched from dev). ``score.py --set batch351``:
``TOTAL                      forms  32/36  points  55/64  recall 0.86 precision 0.86 (55/64)  levels  55/55  types  55/55  noise 2``
and ``TOTAL forms=0.889 recall=0.859 precision=0.859 levels=1.000 types=1.000 noise=2``; with
``--strict`` the same:
``TOTAL                      forms  32/36  points  55/64  recall 0.86 precision 0.86 (55/64)  levels  55/55  types  55/55  noise 2``
and ``TOTAL forms=0.889 recall=0.859 precision=0.859 levels=1.000 types=1.000 noise=2``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``tianfu_audit_bureau_reminder_cards.xlsx`` (sheets ``Sheet1`` … ``Sheet4``:
title row 1, the salutation row 2 merged A2:D2, the paragraph row 3 merged A3:D3, heading ``序号 |
风险点 | 风险等级 | 防范措施`` row 4, the risk rows from row 5 with the point in column B, then the
sender's 落款, a date and ``签收人： | 签收日期：``): forms 0/4, points 0/9, precision 0/9, noise 2. Every
risk row was read as a point — B5:B7 on Sheet1, B5:B6 on Sheet2, Sheet3 and Sheet4, each with its
right level (C, 高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and its measures (D), the unit right (``天府新区审计局``, not the
sender) — but each sheet's points went to a form with NO person, NO 科室, NO post and NO tier
(posts.csv F00001–F00004), so none is keyed to its holder: truth Sheet1 副局长 笪玥泠 (leader, no
科室; 3 points), Sheet2 财政审计科 科长 郏珺彤 (middle; 2), Sheet3 经济责任审计科 审计员 酆晗璐 (general; 2),
Sheet4 办公室 会计 仉芷涓 (general; 2). The salutations A2 (``笪玥泠同志：``, ``郏珺彤同志：``, ``酆晗璐同志：``,
``仉芷涓同志：``) were neither read nor reported; the paragraphs A3 (``…你所在的财政审计科科长岗位…``,
``…你所在的经济责任审计科审计员岗位…``) were reported as ROW_UNPLACED on Sheet2 and Sheet3 (warnings:
the noise 2) and those on Sheet1 (``…你所在的副局长岗位…``) and Sheet4 (``…你所在的办公室会计岗位…``) were
dropped silently; no FORM_NO_PERSON was raised for the four nameless forms. Kind: a holder named
only as the ADDRESSEE of a notice (the salutation ``X同志：`` on a line of its own) and his 科室 and
post given only in a second-person sentence (``你所在的…岗位``) are not read, so the sheet's rows
become a form of nobody, with no post, without a warning.

Unscored besides: the 所长 of the 华阳街道财政所 and the 所长 and 副所长 of the 煎茶街道财政所 are read as
中层岗位 (truth leader); both 财政所 files are written unit ``天府新区…街道`` with 科室 ``财政所`` (truth unit
``天府新区…街道财政所``, no 科室; the scorer takes the two as the same). The other issues are info only
(TABLE_NO_TYPE on the 统计局's two sheets, the 中心's 责任清单, the three cards and the four 提醒卡;
GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a notice addressed to its holder ('X同志：' on a line of its own, '你所在的…岗位' in its letter; tests/test_columns.py::test_a_notice_addressed_to_the_holder_naming_his_post_in_a_sentence), and a sender's line under the rows with none after is no group line; the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch351 import (
    ADDRESSEES,
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    LETTER_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    SENDER,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(351, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LETTERS = "tianfu_audit_bureau_reminder_cards"
HARDER = {LETTERS}
UNTYPED = {
    LETTERS,
    "tianfu_statistics_bureau_two_sheets",
    "tianfu_state_assets_center_duties",
    "tianfu_huayang_finance_office_cards",
}
NOBODY = {"tianfu_fiscal_review_center_posts"}
GAP = "\u3000"


def test_batch351_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=351, unit_words=("天府新区",), new_people=True)


def test_batch351_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch351_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch351_every_unit_is_of_tianfu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("天府新区") for u in units)


def test_batch351_the_holder_is_only_the_addressee():
    name = LETTERS
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == [f"Sheet{i}" for i in range(1, len(ADDRESSEES) + 1)]
    for f, (who, dept, post, tier, _points) in zip(forms, ADDRESSEES, strict=True):
        assert (f["person"], f["department"], f["title"], f["tier"]) == (who, dept, post, tier)
        rows = BATCH.filled(name, f["sheet"])
        cells = [c for row in rows for c in row if isinstance(c, str)]
        # the salutation alone names the holder, merged across, with no label
        assert rows[1] == [f"{who}同志："] * len(LETTER_HEAD)
        assert [c for c in cells if who in c] == [f"{who}同志："] * len(LETTER_HEAD)
        # the 科室 and post only inside the second-person sentence
        assert f"你所在的{dept}{post}岗位" in rows[2][0]
        assert not any(c in (dept, post) for c in cells if c)
        assert not any(
            lab in c for c in cells for lab in ("姓名", "姓　名", "职务", "科室", "持卡人")
        )
        # the table under its heading; the sender and the empty receipt line below
        fixed = {"dept": dept, "post": post, "person": who}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert tuple(BATCH.heading(name, f["sheet"])) == LETTER_HEAD
        assert [SENDER] * len(LETTER_HEAD) in rows
        assert rows[-1] == ["签收人：", None, "签收日期：", None]
        assert f["unit"] in rows[0][0] and f["unit"] not in SENDER
    # the sentence, the sender and the receipt line are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not any(SENDER in p or "签收" in p or "你所在" in p for p in points)


def test_batch351_plain_tables_by_heading():
    cases = [
        ("tianfu_finance_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("tianfu_fiscal_review_center_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("tianfu_state_assets_center_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the bureau's type column stands before the point
    head = BATCH.heading("tianfu_finance_bureau_list")
    assert head.index("风险类型") < head.index("廉政风险点")
    # the short 风险点 is the point, the long 风险表现 none; the center names nobody
    name = "tianfu_fiscal_review_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    forms = [(f["department"], f["title"]) for f in BY_NAME[name]["truth"]]
    assert ("评审一科", "评审员") in forms and ("评审二科", "评审员") in forms
    # the 中心's 职责事项 is no point
    name = "tianfu_state_assets_center_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 统计局's two sheets
    name = "tianfu_statistics_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch351_group_rows_give_the_department():
    name = "tianfu_treasury_center_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]


def test_batch351_one_sheet_a_person():
    name = "tianfu_huayang_finance_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert (
            rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
            and f["sheet"] == f["title"]
        )
        assert rows[2][0] == "岗位职责" and f["department"] == ""
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        steps = {r[1] for r in BATCH.table(name, f["sheet"])} | {rows[2][1]}
        assert not steps & {p["risk_point"] for p in BATCH.points(name)}  # 工作环节, 岗位职责
    name = "tianfu_jiancha_finance_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][::2] == [f"姓{GAP}名", f"职{GAP}务", "填表时间"]
        assert rows[2][::2] == [f["person"], f["title"], "2025年9月"] and f["sheet"] == f["person"]
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BARE)


def test_batch351_is_read(tmp_path):
    BATCH.is_read(tmp_path)
