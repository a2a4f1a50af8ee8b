"""The four-hundred-and-second batch of published layouts (tests/published/batch402.py): seven
ordinary files as the 教育 and 文旅 bodies of one county (武功县) really send them — the 教育局's two
sheets ``局领导 | 股室`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 武功中学's 一览表 with ``处室`` merged and 高/中/低, the
普集镇中心学校's 自查表 one sheet a person with ``一级/二级/三级``, the 文化和旅游局's 责任清单 under group
rows ``一、局领导`` … with ``一级风险/二级风险/三级风险``, the 文化馆's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``高风险/中风险/低风险``, the 文化市场综合执法大队's 防控卡 one sheet a holder with
``★★★/★★/★``, the 长宁镇中心学校's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last
``责任人`` column — and one harder: the 图书馆's 防控卡, one sheet a holder, each PRINTED AS A FORM IN TWO
PARTS SIDE BY SIDE (``第一联　存根`` in A–D, ``第二联　持卡人联`` in F–I, cell for cell the same card,
a ``骑缝线`` column between) (``python tests/published/score.py --set batch402``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap7 at 3cb47fc
(dev's and main's newest when the batch was done; this worktree branched from dev at 3cb47fc).
``score.py --set batch402``:
``TOTAL                      forms  40/40  points  74/74  recall 1.00 precision 1.00 (74/74)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  40/40  points  74/74  recall 1.00 precision 1.00 (74/74)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full — every form, point, level and type, with ``--strict`` too (every 科室
and post as the scorer compares them) — the harder one included, as the scorer counts it. The
truth was not changed after measuring.

No scored miss. The harder ``wugong_library_cards_in_two_parts.xlsx`` was NOT read as one card a
sheet, but the scorer cannot see it (it keys a point by file, holder and point text, and a form by
its holder): on every sheet the reader found two tables side by side, the stub's (heading A6:D6,
points B7:D9) and the holder's part's (heading F6:I6, points G7:I9), and read each as a form of its
own — posts.csv F00028 and F00029 (sheet 馆长: 馆领导, 馆长, 蓟濉玚), F00030 and F00031 (副馆长, 宓澧玥),
F00032 and F00033 (采编部, 采编部主任, 敖泷琬), F00034 and F00035 (借阅部, 借阅部管理员, 俟湉琇), each
with the card's three points (rows 7–9, levels and measures right) — so risks.csv holds 24 rows for
the truth's 12 points (each point twice, from B7 and from G7 …), and issues.csv eight FORM_DUPLICATE
warnings (two a sheet: ``蓟濉玚 的表提交了不止一份(另见 …[馆长]),两份都已收录;请确认以哪一份为准``)
asking the user which of the two to keep; the truth has ONE form a sheet and each point once. The
``骑⏎缝⏎线`` seam (column E, merged E1:E10), ``第一联　存根（…）``, ``第二联　持卡人联（…）``, ``编号：…``,
``持卡人签收：`` and ``监督电话：12388`` were read as no point and no holder, rightly. Kind: a card
printed in two parts side by side (存根 and 持卡人联, cell for cell the same) is read as two
submissions of the same holder's form, both kept, every point counted twice in the archive, with a
warning instead of the copy being recognised and read once.

Unscored besides: one tier — the 文化市场综合执法大队's ``大队长`` (郜澜峄, posts.csv F00011, 所在中队
``大队部``) read as 中层岗位; the truth has him a leader (the head of the 大队, a unit of its own, as
batch280's 大队长). The 普集镇中心学校's 校长 was read with 科室 ``领导班子`` (F00042; truth no 科室, which
the scorer matches for a leader). Every other unit, 科室, post and tier in posts.csv is the truth's
(局领导, 校领导, 学校领导, 馆领导 and 大队部 as the 科室 of those leaders; 股长, 处 主任, 教导主任,
总务主任, 部 主任 and 中队长 中层岗位). The other issues are info only (TABLE_NO_TYPE on the untyped
sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing scored; a card printed twice side by side (存根 | 持卡人联,
the same cell for cell) is now read once, with one info FORM_SECOND_COPY
(collect._copies_side_by_side; tests/test_columns.py::test_one_card_printed_twice_side_by_side).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch402 import (
    BANDS,
    BARE,
    CARD_HEAD,
    GRADES,
    LAYOUTS,
    PART_WIDTH,
    PARTS,
    RESAVED,
    RISKS,
    ROMAN,
    SEAM,
    SEAM_TEXT,
    STARS,
    TWO_PARTS_CARDS,
    TWO_PARTS_NAME,
    TWO_PARTS_UNIT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(402, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {TWO_PARTS_NAME}
UNTYPED = {TWO_PARTS_NAME, "wugong_education_bureau_two_sheets", "wugong_culture_enforcement_cards"}
NOBODY = {"wugong_cultural_center_posts"}
GAP = "\u3000"


def test_batch402_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=399, unit_words=("武功县",), new_people=True)


def test_batch402_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch402_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch402_every_unit_is_of_wugong_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("武功县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _parts(sheet):
    """The two parts of a card sheet (merged cells filled) and its seam column."""
    rows = BATCH.filled(TWO_PARTS_NAME, sheet)
    left = [row[:PART_WIDTH] for row in rows]
    right = [row[SEAM + 1 : SEAM + 1 + PART_WIDTH] for row in rows]
    return left, right, [row[SEAM] for row in rows]


def test_batch402_two_parts_are_one_card():
    name = TWO_PARTS_NAME
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == [c[0] for c in TWO_PARTS_CARDS]  # one form a sheet
    for post, who, dept, tier, number, points in TWO_PARTS_CARDS:
        f = BATCH.form(name, post)
        assert (f["department"], f["title"], f["person"], f["tier"]) == (dept, post, who, tier)
        assert f["unit"] == TWO_PARTS_UNIT
        left, right, seam = _parts(post)
        # the same card cell for cell, but the line naming the part and the line closing it
        assert left[1][0] == PARTS[0] and right[1][0] == PARTS[1]
        assert left[-1][0] == "持卡人签收：" and right[-1][0].startswith("监督电话：")
        assert [r for i, r in enumerate(left) if i not in (1, len(left) - 1)] == [
            r for i, r in enumerate(right) if i not in (1, len(right) - 1)
        ]
        assert left[2][0] == f"编号：{number}"
        assert left[3] == [f"姓{GAP}名", who, f"岗{GAP}位", post]
        assert left[4][:2] == ["所在部门", dept]
        # the seam: one cell merged over the whole card, no point and nobody
        assert set(seam) == {SEAM_TEXT}
        sheet = BATCH.sheet(name, post)
        assert (0, SEAM, len(sheet["rows"]) - 1, SEAM) in sheet["merges"]
        # each part's table is the truth's points, once each
        fixed = {"dept": dept, "post": post, "person": who}
        got = BATCH.by_heading(name, {"point": "风险点"}, post, fixed=fixed)
        assert got == BATCH.truth_rows(name, post)
        head = BATCH.header(name, post)
        assert left[head] == right[head] == list(CARD_HEAD)
        table = [r for r in left[head + 1 :] if isinstance(r[0], int)]
        assert table == [r for r in right[head + 1 :] if isinstance(r[0], int)]
        assert [(r[1], HML[r[2]]) for r in table] == [
            (p["risk_point"], p["level"]) for p in BATCH.points(name, post)
        ]
        assert [(r[1], r[2], r[3]) for r in table] == points
        # every point stands twice on the sheet (once a part), and nowhere else
        texts = [c for row in sheet["rows"] for c in row if isinstance(c, str)]
        for p in BATCH.points(name, post):
            assert texts.count(p["risk_point"]) == 2, p
    assert len({f["person"] for f in forms}) == len(forms)


def test_batch402_plain_tables_by_heading():
    cases = [
        ("wugong_middle_school_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("wugong_cultural_center_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wugong_changning_central_school_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "wugong_cultural_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # the middle school: 处室 merged, 岗位 and 姓名 merged per person, 高/中/低
    name = "wugong_middle_school_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 校领导 over three rows
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the holder LAST
    name = "wugong_changning_central_school_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head[-1] == "责任人" and head.index("防控措施") == len(head) - 2
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch402_leaders_and_staff_in_two_sheets():
    name = "wugong_education_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(ROMAN)


def test_batch402_group_rows_give_the_department():
    name = "wugong_culture_tourism_bureau_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch402_one_sheet_a_person():
    name = "wugong_culture_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["tier"] in ("leader", "middle", "general")
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]] and rows[2][2] == "执法证号"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert not {rows[2][3]} & {p["risk_point"] for p in BATCH.points(name)}
    name = "wugong_puji_central_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(GRADES)


def test_batch402_is_read(tmp_path):
    BATCH.is_read(tmp_path)
