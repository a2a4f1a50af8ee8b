"""The three-hundred-and-fifty-sixth batch of published layouts (tests/published/batch356.py): seven
ordinary files as the 应急管理 bodies of one district (涪城区) really send them — the 应急管理局's two
sheets ``局领导 | 机关股室`` with ``一级/二级/三级``, the 安全生产执法大队's 防控卡 one sheet a holder with
one row of three pairs and ``★★★/★★/★``, the 森林防灭火指挥部办公室's 排查表 对岗不对人 with ``风险点 |
表现形式`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 城厢街道办事处's 应急管理 自查表 one sheet a person with a label row
over a value row and ``高风险/中风险/低风险``, the 工区街道办事处's 一览表 under group rows with 高/中/低,
the 防汛抗旱指挥部办公室's 责任清单 with ``责任股室`` and ``职责事项`` and bare ``Ⅰ/Ⅱ/Ⅲ``, the
应急物资储备中心's 一览表 with ``一级风险/二级风险/三级风险`` and a last ``责任领导`` column — and one
harder: the 应急救援中心's 个人 岗位廉政风险防控手册, a workbook whose holder, 科室 and post are written
ONLY on its ``封面`` sheet (``姓　　名：…``, ``所在科室：…``, ``职　　务：…``), its ``风险防控表`` naming
nobody (``python tests/published/score.py --set batch356``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/score at 555e35c
(dev's newest when the batch was done, batch 353 on top; main's newest is f5cd0ec, an ancestor
whose reader 555e35c extends, chiefly in ``xlproc/locate.py``; this worktree branched from dev at
555e35c).
``score.py --set batch356``:
``TOTAL                      forms  30/31  points  54/61  recall 0.89 precision 0.89 (54/61)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=0.968 recall=0.885 precision=0.885 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  30/31  points  54/61  recall 0.89 precision 0.89 (54/61)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=0.968 recall=0.885 precision=0.885 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``fucheng_rescue_center_cover_holder.xlsx``: forms 0/1, points 0/7,
precision 0/7. The cover ``封面`` (A1:A10: the unit, ``岗位廉政风险防控手册``, ``（个人）``, a blank A4,
A5 ``姓　　名：帅珽旻``, A6 ``所在科室：装备保障股``, A7 ``职　　务：股长``, A8 ``填报日期：2025年9月``, a blank
A9, A10 the 印制 line) and the ``岗位职责`` sheet were passed over silently (no form, no issue — rightly
no points). On ``风险防控表`` (title A1:F1, heading row 2, the points C3:C9, the empty ``本人签名：`` row 11)
the table itself was read in full: one form F00024 with the unit ``涪城区应急救援中心`` (from the title)
and all seven points, each with the truth's level (高/中/低 → Ⅰ/Ⅱ/Ⅲ, E3:E9), type (D3:D9), 工作环节
(B3:B9, as ``workflow``) and measures (F3:F9). But the form has NO holder, NO 科室, NO post and no tier
(posts.csv F00024: department, person, title, tier all blank); truth: person ``帅珽旻``, 科室
``装备保障股``, post ``股长``, tier middle, as the cover names them. As the scorer keys a point by
(file, holder, point), the seven points read count as seven missed and seven false (C3 ``装备采购需求
量身定制，指定品牌型号`` … C9 ``接受装备供应商宴请和礼品``), and the form as missed. No issue was raised
for the missing holder (issues.csv has nothing for this file).

Kind (one): a holder, 科室 and post written only on a ``封面`` sheet of free label lines
(``姓　　名：…``, ``所在科室：…``, ``职　　务：…``, one cell each) are not carried to the one form of the
workbook's risk sheet, which names none of them: the form is read as a post-less, holder-less form
of the unit, silently.

Unscored besides, in an ordinary layout: the 工区街道办事处's 一览表 (``fucheng_gongqu_street_groups``)
reads its 副主任 缪璘湲 with NO 科室 (posts.csv F00019; truth ``街道领导``, the group row ``一、街道领导``
A3:G3), silently (no issue); the other two group rows (``二、应急管理办``, ``三、综合行政执法队``) gave
their 科室. The lenient and strict scores do not ask a leader's 科室. Every other unit, 科室, post
and tier of the ordinary layouts is as the truth has it. The other issues are info only
(TABLE_NO_TYPE on the 应急管理局's two sheets and the 防汛办's list; GRADE_BLANK on the three cards and
the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a cover sheet naming the holder past a sheet of duties (tests/test_columns.py::test_a_cover_sheet_naming_the_holder_past_a_sheet_of_duties); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch356 import (
    BANDS,
    BARE,
    COVER_HEAD,
    COVER_HOLDER,
    COVER_LINES,
    COVER_POINTS,
    COVER_UNIT,
    DUTIES,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(356, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
COVER_FILE = "fucheng_rescue_center_cover_holder"
HARDER = {COVER_FILE}
UNTYPED = {"fucheng_emergency_bureau_two_sheets", "fucheng_flood_office_duties"}
NOBODY = {"fucheng_forest_fire_office_posts"}
GAP = "\u3000"


def _on_the_cover(form: dict, field: str) -> bool:
    """The harder file's holder, 科室 and post stand on its ``封面`` sheet, not on the points'."""
    if form["layout"] != COVER_FILE:
        return False
    lines = [norm(line) for line in COVER_LINES if line]
    return any(norm(form[field]) in line for line in lines)


def test_batch356_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=353, unit_words=("涪城区",), new_people=True)


def test_batch356_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), unnamed=_on_the_cover)
    assert RESAVED == ()


def test_batch356_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch356_every_unit_is_of_fucheng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("涪城区") for u in units)


def test_batch356_holder_only_on_the_cover():
    name = COVER_FILE
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["封面", "岗位职责", "风险防控表"]
    # the cover: one column of lines, the holder's three as ``label：value`` in one cell each
    cover = BATCH.sheet(name, "封面")
    assert all(len(row) <= 1 for row in cover["rows"]) and not cover["merges"]
    lines = [row[0] for row in cover["rows"] if row]
    assert lines == [line for line in COVER_LINES if line]
    form = BATCH.form(name)
    assert form["sheet"] == "风险防控表" and form["unit"] == COVER_UNIT
    for label, field in (("姓名", "person"), ("所在科室", "department"), ("职务", "title")):
        line = next(x for x in lines if x.replace(GAP, "").startswith(label + "："))
        assert line.split("：", 1)[1] == form[field] == COVER_HOLDER[field]
    assert form["tier"] == COVER_HOLDER["tier"]
    # the points' sheet names no holder, 科室 or post anywhere, and its tab is no name
    rows = BATCH.filled(name, "风险防控表")
    text = "".join(str(c) for row in rows for c in row if c is not None)
    for field in ("person", "department", "title"):
        assert form[field] not in text, field
    assert "风险防控表" not in COVER_HOLDER.values()
    assert COVER_UNIT in rows[0][0]
    # its heading and rows are the truth's points; 工作环节 no point; the signature line is empty
    assert tuple(BATCH.heading(name, "风险防控表")) == COVER_HEAD
    fixed = {"dept": form["department"], "post": form["title"], "person": form["person"]}
    got = BATCH.by_heading(name, {"point": "廉政风险点"}, "风险防控表", fixed=fixed)
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "风险防控表") == [
        r["types"] for r in BATCH.points(name)
    ]
    assert len(got) == len(COVER_POINTS)
    steps = {row[1] for row in BATCH.table(name, "风险防控表")}
    assert not steps & {p["risk_point"] for p in BATCH.points(name)}
    assert rows[-1][0] == "本人签名：" and not any(c for c in rows[-1][1:4])
    # the duties sheet: no risk column, no point
    duties = BATCH.filled(name, "岗位职责")
    assert duties[1] == ["序号", "岗位职责"] and [r[1] for r in duties[2:]] == DUTIES
    assert not set(DUTIES) & {p["risk_point"] for p in BATCH.points(name)}


def test_batch356_plain_tables_by_heading():
    cases = [
        ("fucheng_reserve_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("fucheng_forest_fire_office_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类别"),
        ("fucheng_flood_office_duties",
         {"dept": "责任股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 储备中心's last column names the 分管 leader: a supervisor, not the holder of most rows
    name = "fucheng_reserve_center_list"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导"
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(RISKS)
    # the short 风险点 is the point, the long 表现形式 none; the 森防办 names nobody
    name = "fucheng_forest_fire_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 防汛办's list: 职责事项 no point, bare grades read by the note
    name = "fucheng_flood_office_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 应急管理局's two sheets
    name = "fucheng_emergency_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"person": "姓名", "post": "职务", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关股室") == BATCH.truth_rows(name, "机关股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch356_group_rows_give_the_department():
    name = "fucheng_gongqu_street_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch356_one_sheet_a_person():
    name = "fucheng_safety_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            "所在中队",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[4] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        steps = {r[1] for r in BATCH.table(name, f["sheet"])}
        assert not steps & {p["risk_point"] for p in BATCH.points(name)}  # 执法环节 no point
    name = "fucheng_chengxiang_street_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", "所在科室", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)


def test_batch356_is_read(tmp_path):
    BATCH.is_read(tmp_path)
