"""The three-hundred-and-thirty-sixth batch of published layouts (tests/published/batch336.py): seven
ordinary files as the 教育 and 科技 bodies of one city (简阳市) really send them — the 教育局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 科学技术局's 一览表 with short types and 高/中/低, the
生产力促进中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ``, the 石桥中学's 责任清单 under group rows with ``职责事项`` and
``高风险/中风险/低风险``, the 高级职业中学's 防控卡 one sheet a holder with ``★★★/★★/★``, the
教育研究室's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 学生资助管理中心's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the 禾丰中学's 2025年度 一览表
whose ``责任人`` cells name, for the posts that changed hands at the new 学年, EACH TERM'S HOLDER
labelled only by the term (``2024—2025学年：…⏎2025—2026学年：…``, ``2025年春季学期：…⏎2025年秋季学期：…``)
(``python tests/published/score.py --set batch336``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at cccc634 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch336``:
``TOTAL                      forms  37/42  points  64/73  recall 0.88 precision 0.88 (64/73)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=0.881 recall=0.877 precision=0.877 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/42  points  64/73  recall 0.88 precision 0.88 (64/73)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=0.881 recall=0.877 precision=0.877 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and
(unscored) every unit, 科室, post and tier right as well. The truth was not changed after
measuring.

Missed, all in the harder ``jianyang_hefeng_school_term_holders.xlsx`` (sheet ``一览表``: title row 1,
the ``填报单位（盖章）：…`` line row 2, the header row 3, the list in rows 4–16 with 责任人 in column D
merged per post, the ``注：`` line A17, the 填表人 line row 18): forms 3/8, points 4/13, precision
4/13, levels and types 4/4 of the points matched. Only the three posts whose 责任人 cell is one name
read right (郄洺漪 E4–E5, 厍翊檠 E8, 郏芮岫 E16).

The five cells naming each term's holder were read WHOLE as the person, the line break dropped and
the term labels kept, so no form names the holder now and each post's points stand under a
"person" that is no one:

- D6:D7 (校领导 副校长) ``2024—2025学年：禚颀桉⏎2025—2026学年：訾沅彤``: read person
  ``2024—2025学年：禚颀桉2025—2026学年：訾沅彤`` (posts.csv F00009) for E6, E7; truth 訾沅彤;
- D9:D10 (教务处 主任) ``2024—2025学年：訾沅彤⏎2025—2026学年：昝晗砚``: read as the whole cell
  (F00011) for E9, E10; truth 昝晗砚;
- D11 (教务处 副主任) ``2024—2025学年：昝晗砚⏎2025—2026学年：逯赜暄``: read as the whole cell (F00012)
  for E11; truth 逯赜暄;
- D12:D13 (总务处 主任, newest first) ``2025—2026学年：缑霁杼⏎2024—2025学年：蒯韫珺``: read as the whole
  cell (F00013) for E12, E13; truth 缑霁杼;
- D14:D15 (总务处 出纳, by 学期) ``2025年春季学期：虢淇蔓⏎2025年秋季学期：殳煜棻``: read as the whole
  cell (F00014) for E14, E15; truth 殳煜棻.

So five forms missed and nine points missed (recall) and read under a wrong holder (precision);
the 处室, posts, tiers, levels and types of those rows were read right (the rows were kept
together as the right posts), and no issue was raised on any of these cells (no warning that the
person is no name).

Kind (one): a 责任人 cell of several lines ``<term>：<name>`` — successive holders labelled only by
the 学年 or 学期 each held the post — is taken as one person, the cell's text, instead of the one
name whose term is the present one (the term the 填报时间 falls in), whatever the order of the
lines; neither the former holders nor the present ones are told apart.

Unscored besides: nothing else differs from the truth (units, 科室, posts and tiers of every
matched form are right). The issues are info only (TABLE_NO_TYPE on the 教育局's two sheets, the
石桥中学's list and the three 自查表; GRADE_BLANK on the three cards and the three 自查表;
FILE_SKIPPED for truth.json).

Generalised after this measurement: a holder cell naming each term's holder ('2024—2025学年：…⏎2025—2026学年：…') takes the latest term's (tests/test_columns.py::test_a_holder_cell_naming_each_terms_holder).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch336 import (
    BANDS,
    BARE,
    GRADES,
    HEFENG,
    LAYOUTS,
    PRESENT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TERM_HEAD,
    TERM_NOTE,
    build,
    holder,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(336, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TERM_FILE = "jianyang_hefeng_school_term_holders"
HARDER = {TERM_FILE}
UNTYPED = {
    "jianyang_education_bureau_two_sheets",
    "jianyang_shiqiao_school_groups",
    "jianyang_teaching_research_selfchecks",
}
NOBODY = {"jianyang_student_aid_center_posts"}
GAP = "\u3000"


def test_batch336_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=334, unit_words=("简阳市",), new_people=True)


def test_batch336_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 13))
    assert RESAVED == ()


def test_batch336_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch336_every_unit_is_of_jianyang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("简阳市") for u in units)


def test_batch336_the_present_term_names_the_holder():
    name = TERM_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(TERM_HEAD)
    listed = BATCH.table(name)
    assert all(row[3] for row in listed)
    assert any(row[0] == TERM_NOTE for row in rows) and "学年" in TERM_NOTE
    assert any("填报时间：2025年10月" in str(row[0]) for row in rows[:head])
    # every row's holder: the name of the line labelled with the present term, else the cell
    got = []
    for r in listed:
        lines = r[3].split("\n")
        if len(lines) > 1:
            labelled = dict(line.split("：") for line in lines)
            assert len(labelled) == 2 and len(set(labelled) & set(PRESENT)) == 1, r[3]
            who = next(labelled[p] for p in PRESENT if p in labelled)
        else:
            assert "：" not in r[3]
            who = r[3]
        got.append((r[1], r[2], who, r[4], HML[r[6]]))
        assert BATCH.answers(name)[r[4]][4] == types_in(r[5]) and len(types_in(r[5])) == 1
    assert got == BATCH.truth_rows(name)
    assert [holder(r[3]) for r in listed] == [g[2] for g in got]
    # no 现/原, 现任, 调离 in the cells: only the terms tell the present holder
    cells = {r[3] for r in listed}
    assert not any(w in c for c in cells for w in ("现", "原", "调", "任"))
    changed = [c for c in cells if "\n" in c]
    assert len(changed) == 5
    # one cell typed newest first, one by 学期
    assert any(c.split("\n")[0].startswith("2025—2026学年") for c in changed)
    assert any("秋季学期" in c for c in changed)
    # a chain: two people stand in two cells each, and hold only their present post
    named = {}
    for c in cells:
        for line in c.split("\n"):
            named.setdefault(line.split("：")[-1], set()).add(c)
    twice = {who for who, cs in named.items() if len(cs) == 2}
    assert twice == {"訾沅彤", "昝晗砚"}
    forms = {f["person"]: f for f in BY_NAME[name]["truth"]}
    assert (forms["訾沅彤"]["department"], forms["訾沅彤"]["title"]) == ("校领导", "副校长")
    assert (forms["昝晗砚"]["department"], forms["昝晗砚"]["title"]) == ("教务处", "主任")
    # the past terms' holders hold nothing here
    assert not {"禚颀桉", "蒯韫珺", "虢淇蔓"} & set(forms)
    assert len(forms) == len(HEFENG) == 8
    # two 副校长 in 校领导, told apart by their holders
    vice = [f for f in BY_NAME[name]["truth"] if f["title"] == "副校长"]
    assert {f["person"] for f in vice} == {"訾沅彤", "厍翊檠"}


def test_batch336_plain_tables_by_heading():
    cases = [
        ("jianyang_science_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("jianyang_productivity_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("jianyang_student_aid_center_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 资助中心 names nobody
    name = "jianyang_student_aid_center_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 科室 on every row, no merges in the table
    name = "jianyang_productivity_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 教育局's two sheets
    name = "jianyang_education_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch336_group_rows_give_the_department():
    name = "jianyang_shiqiao_school_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], BANDS[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "责任人", "职责事项", "廉政风险点"]


def test_batch336_one_sheet_a_person():
    name = "jianyang_vocational_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在处室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "jianyang_teaching_research_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch336_is_read(tmp_path):
    BATCH.is_read(tmp_path)
