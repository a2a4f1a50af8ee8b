"""The three-hundred-and-seventy-fourth batch of published layouts (tests/published/batch374.py): seven
ordinary files as the 卫生 bodies of one county (蒲城县) really send them — the 卫生健康局's two sheets
``局领导 | 股室`` with ``一级/二级/三级``, the 中医医院's 防控卡 one sheet a holder with two rows of pairs,
``…风险`` types and ``★★★/★★/★``, the 龙池镇卫生院's 一览表 under group rows with short types and
高/中/低, the 罕井镇卫生院's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
孙镇中心卫生院's 责任清单 with ``一级风险/二级风险/三级风险`` and a last ``责任领导`` column, the 东庙村
卫生室's 自查表 one sheet a person with a label row over its values and ``高风险/中风险/低风险``, the
北社村卫生室's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 县医院's
一览表 whose risk column ``岗位职责及廉政风险点`` holds in every cell the DUTY FIRST and THEN THE POINT,
each on a labelled line (``职责：…⏎风险点：…``) (``python tests/published/score.py --set batch374``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 15b70e2
(main's and dev's newest when the batch was done; this worktree branched from dev at 15b70e2).
``score.py --set batch374``:
``TOTAL                      forms  38/38  points  56/69  recall 0.81 precision 0.81 (56/69)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=0.812 precision=0.812 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  37/38  points  56/69  recall 0.81 precision 0.81 (56/69)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=0.974 recall=0.812 precision=0.812 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type; with ``--strict`` six of them (the
东庙村卫生室's 自查表 misses one form's post, below). The truth was not changed after measuring.

Missed in the harder ``pucheng_county_hospital_duty_and_point_in_one_cell.xlsx`` (sheet 一览表):
points 0/13, precision 0/13 (forms 7/7: every 科室, post, holder and tier read right, F00004–F00010;
each row's level and type read right too, but unscored as no point matched). The reader took the
``岗位职责及廉政风险点`` column (E) for the point column and each WHOLE CELL for the point, duty line,
labels and all, with no issue raised — read ``职责：…。⏎风险点：X``, truth ``X``:

- E4 ``“三重一大”事项不经党委会集体研究，个人说了算``, E5 ``中层干部选拔任用中任人唯亲`` (院长 訾铎屹);
- E6 ``插手大型医用设备采购，为供应商打招呼``, E7 ``设备购置可行性论证走过场`` (副院长 佴湜嵩);
- E8 ``申购计划编制中设置倾向性技术参数``, E9 ``验收不严，以次充好`` (设备科 科主任 郏瑗笙);
- E10 ``虚报维修配件数量，外修单位选择不公开`` (设备科 工程师 缑暄柘);
- E11 ``新药遴选中接受药企宴请、回扣``, E12 ``违规统方，向医药代表提供医生用药数据`` (药剂科 科主任 亓玥蘅);
- E13 ``医疗纠纷处理中偏袒一方，收受当事人财物``, E14 ``手术分级授权把关不严`` (医务科 科长 禚珝檀);
- E15 ``医疗收入不及时入账，截留收入``, E16 ``虚增医保结算项目，套取医保基金`` (财务科 会计 蒯滢岫).

Kind (one): a joined ``岗位职责及廉政风险点`` cell that leads with a labelled duty line and puts the
point second under its own label (``职责：…⏎风险点：…``) is read as one point of the whole text — the
``风险点：`` label is not used to split the duty off (as ``风险点：…⏎防控措施：…`` splits off the
measures), so every point carries its duty and matches nothing.

Missed with ``--strict`` only, in ``pucheng_dongmiao_village_clinic_selfchecks.xlsx`` (sheet 亢烨霖):
the post of the 负责人 — posts.csv F00011 has title ``填表时间`` (the label at C2), truth ``负责人`` (the
value at B3 under the label ``岗　位`` at B2); person 亢烨霖 right. Kind: in a label row over a row of
values, a post cell reading ``负责人`` (a word that is also a label) is not taken as the value of
``岗　位``, and the post falls to the next label. The other two sheets (``乡村医生``) read right.

Unscored besides: both 村卫生室 were read as unit ``蒲城县陈庄镇东庙村`` / ``蒲城县尧山镇北社村`` with
科室 ``卫生室`` (truth: unit ``…村卫生室``, no 科室; the forms match by holder); the 负责人's tier is
中层岗位 in the 东庙村 file (from the post ``填表时间``) and blank in the 北社村 file (truth leader);
every other unit, 科室, post and tier as the truth has it. The other issues are info only
(TABLE_NO_TYPE on the three untyped sheets, GRADE_BLANK on the three cards and the three 自查表,
FILE_SKIPPED for truth.json).

Generalised after this measurement: a duty and its point labelled in one cell under '岗位职责及廉政风险点' ('职责：…⏎风险点：…'; tests/test_columns.py::test_a_duty_and_its_point_labelled_in_one_cell); the harder layout now reads in full. Not changed (--strict only): the post '负责人' under a '岗　位' label is taken for a label, so --strict stays at forms 37/38.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch374 import (
    BANDS,
    BARE,
    DUTY_HEAD,
    DUTY_LABEL,
    DUTY_ROWS,
    DUTY_UNIT,
    GRADES,
    LAYOUTS,
    POINT_LABEL,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(374, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
DUTY_FILE = "pucheng_county_hospital_duty_and_point_in_one_cell"
HARDER = {DUTY_FILE}
UNTYPED = {"pucheng_health_bureau_two_sheets", "pucheng_beishe_village_clinic_every_row"}
NOBODY = {"pucheng_hanjing_health_center_posts"}
VILLAGES = {"pucheng_dongmiao_village_clinic_selfchecks", "pucheng_beishe_village_clinic_every_row"}
GAP = "\u3000"


def _points_in(form, sheets):
    """The cells of the form's sheet, and the point line of each ``职责：…⏎风险点：…`` cell."""
    here, label = sheets[form["sheet"]], norm(POINT_LABEL)
    return here | {c.split(label, 1)[1] for c in here if label in c}


def test_batch374_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=371, unit_words=("蒲城县",), new_people=True)


def test_batch374_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch374_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch374_every_unit_is_of_pucheng_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("蒲城县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # a 村卫生室 has no 科室
    for name in VILLAGES:
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}, name


def test_batch374_duty_then_point_in_one_cell():
    name = DUTY_FILE
    head = BATCH.header(name)
    assert tuple(BATCH.sheet(name)["rows"][head]) == DUTY_HEAD
    # no other heading names a risk: the joined one, led by the duty, is the only risk column
    at = DUTY_HEAD.index("岗位职责及廉政风险点")
    assert DUTY_HEAD[at].startswith("岗位职责及")
    assert not any("风险点" in h for i, h in enumerate(DUTY_HEAD) if i != at)
    table = BATCH.table(name)
    got = []
    for row in table:
        duty, point = row[at].split("\n")
        # two labelled lines, the duty first and the point second
        assert duty.startswith(DUTY_LABEL) and duty.endswith("。"), row
        assert point.startswith(POINT_LABEL) and POINT_LABEL not in point[len(POINT_LABEL) :], row
        assert DUTY_LABEL not in point and POINT_LABEL not in duty, row
        got.append((row[1], row[2], row[3], point[len(POINT_LABEL) :], HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    # the point is the second line without its label: no whole cell, no duty, is a point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert len(points) == len(table)
    assert not points & {row[at] for row in table}
    assert not any(DUTY_LABEL in p or POINT_LABEL in p for p in points)
    duties = {d for *_, pts in DUTY_ROWS for d, *_ in pts}
    assert not points & duties and len(duties) == len(table)
    assert [r["types"] for r in BATCH.points(name)] == [types_in(row[5]) for row in table]
    assert all(len(types_in(row[5])) == 1 for row in table)
    assert BY_NAME[name]["truth"][0]["unit"] == DUTY_UNIT
    # the 科室 merged, the post and the name merged per person
    assert sum(len(p) for *_, p in DUTY_ROWS) == len(table)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {d for d, *_ in DUTY_ROWS}
    merges = BATCH.sheet(name)["merges"]
    assert any(m[1] == m[3] == 1 and m[2] > m[0] for m in merges)
    assert any(m[1] == m[3] == 3 and m[2] > m[0] for m in merges)


def test_batch374_plain_tables_by_heading():
    cases = [
        ("pucheng_sunzhen_central_health_center_duties",
         {"dept": "责任科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("pucheng_hanjing_health_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("pucheng_beishe_village_clinic_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 院长 on every row: a supervisor, holder of his own rows only
    name = "pucheng_sunzhen_central_health_center_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "pucheng_hanjing_health_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "pucheng_beishe_village_clinic_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 卫健局's two sheets
    name = "pucheng_health_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch374_group_rows_give_the_department():
    name = "pucheng_longchi_health_center_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch374_one_sheet_a_person():
    name = "pucheng_tcm_hospital_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在科室", f["department"], "持卡时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "pucheng_dongmiao_village_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and not f["department"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"岗{GAP}位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and all(types_in(r[2]) for r in table)


def test_batch374_is_read(tmp_path):
    BATCH.is_read(tmp_path)
