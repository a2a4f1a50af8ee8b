"""The six-hundred-and-sixty-ninth batch of published layouts (tests/published/batch669.py): seven
ordinary files as the social insurance and medical insurance bodies of one banner (西乌珠穆沁旗)
really send them — the 社会保险事业管理局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the
医疗保险经办中心's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 社会保障卡服务站's 自查表 one sheet a
person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 巴彦花镇医保工作站's 清单 under group rows ``一、工作站领导`` … with
``一级风险/二级风险/三级风险``, the 医疗保障基金监管中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the
社会保障服务中心's 一览表 with ``高风险/中风险/低风险``, the 浩勒图高勒镇社会保障服务站's 登记表 — and one
harder: the 医疗保障局's 岗位廉政风险点分级防控表 with no level column, each row's level given by the
post of its ``监督责任人`` through a ``注：`` line (``python tests/published/score.py --set batch669``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 74074fd (/work/snap22; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.815 types=1.000
noise=0 (forms 31/31, points 54/54, levels 44/54); with --strict: TOTAL forms=0.903 recall=1.000
precision=1.000 levels=0.815 types=1.000 noise=0 (forms 28/31). The 8 files: eight .xlsx, no
re-saved copies. Read in full, plain and strict: the 社会保险事业管理局's two sheets, the
医疗保险经办中心's 排查表, the 医疗保障基金监管中心's cards, the 社会保障服务中心's 一览表 and the
浩勒图高勒镇社会保障服务站's 登记表 (forms, points, levels and types all 1.00, noise 0); the
巴彦花镇医保工作站's 清单 and the 社会保障卡服务站's 自查表 read in full plain but not strict.

Missed:

- ``xiwu_medical_security_bureau_supervisors.xlsx`` (the harder file; sheet 分级防控表; forms 5/5,
  points 10/10, precision 10/10, levels 0/10): every row was read with the right holder, 股室, post,
  point and measures, but with NO level — LEVEL_BLANK errors at E4–E13 — where the truth has
  E4, E5, E6, E10 一级 (监督责任人 G ``局长 晁岍翎``), E7, E8, E11, E13 二级 (``副局长 荀澔珺``) and E9,
  E12 三级 (``股长 晁沄嵩``, ``办公室主任 晁霡岚``), as the ``注：`` line (A14) says; the 监督责任人 column
  (G4:G13) was rightly left out as no holder. Kind: a level given only by the post of the row's
  监督责任人, read through a note, is not read: the note is passed over and every level is blank.
- ``xiwu_card_service_station_selfchecks.xlsx`` (strict only; forms 1/3 strict): on the sheets
  荀岫沨 and 晁沨璎 the label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` (A2:D2) over the values
  (A3:D3: name, ``服务窗口``, ``窗口经办员``, ``2025年5月``) was read with the post ``填表时间`` (the label
  D2) and the 科室 ``社会保障卡服务站`` (the unit's tail), where the truth has 科室 ``服务窗口`` (B3) and
  post ``窗口经办员`` (C3); the sheet 晁珝琤 (``服务站 | 站长``) read right. Kind: in a one-sheet-a-person
  label card, a 所在部门 value ending in 窗口 and a post ending in 经办员 are not paired with their
  labels, so a label is taken for the post and the 科室 falls back to the unit.
- ``xiwu_bayanhua_station_group_rows.xlsx`` (strict only; forms 2/3 strict): the 协管员 荀沅琦 (row
  under the group row A10 ``三、嘎查协管员``) was given the 科室 ``医保工作站`` (the title's tail; the
  unit read as ``西乌珠穆沁旗巴彦花镇``) where the truth has ``嘎查协管员``. Kind: a group row naming a
  body of staff by its post (嘎查协管员) is not taken as the 科室 of the rows under it.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK); the 站长 of the two
stations were typed 中层岗位 where the truth has leader (tiers are not scored).

Not generalised in the stop that measured it (left for the next): a level set by the post of the
row's 监督责任人 through a note; the 窗口 card values; a group row named by a post.

Generalised after this measurement: a level set by the row's supervisor's post through a note (LEVEL_BY_SUPERVISOR_NOTE; tests/test_level_by_supervisor_note.py); the ordinary misses too: a card's 部门 value that is itself a label word (服务窗口) pairs with its label, a date label is never the post, and a group row naming general staff (三、嘎查协管员) is its rows' 科室 when no row's post is that word (tests/test_cards_and_group_rows_by_label.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch669 import (
    GRADED,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    SUPERVISED,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(669, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xiwu_medical_security_bureau_supervisors"}
TYPED = {
    "xiwu_medical_insurance_center_posts",
    "xiwu_social_security_service_center_list",
    "xiwu_haoletu_station_register",
}
NOBODY = {"xiwu_medical_insurance_center_posts"}


def test_batch669_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=667, unit_words=("西乌珠穆沁旗",), new_people=True
    )


def test_batch669_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch669_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch669_every_unit_is_of_xiwu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("西乌珠穆沁旗") for u in units)


def test_batch669_supervisors_give_the_levels():
    name = "xiwu_medical_security_bureau_supervisors"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施", "监督责任人"]
    by_post = {post: level for (post, _), level in SUPERVISED.items()}
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注："))
    for word, level in (("局长直接监督的为一级", 1), ("副局长监督的为二级", 2), ("股室负责人", 3)):
        assert word in note and level in by_post.values()
    got = []
    for row in BATCH.table(name):
        post, who = row[6].split(" ")
        got.append((row[1], row[2], row[3], row[4], by_post[post]))
    assert got == BATCH.truth_rows(name)
    assert len(got) == len(GRADED) and {lv for *_, lv in got} == {1, 2, 3}
    # the supervisors are no holders of their rows; two of them hold points of their own
    holders = BATCH.holders(name)
    bosses = {who for _, who in SUPERVISED}
    assert all(row[3] != row[6].split(" ")[1] for row in BATCH.table(name))
    assert len(bosses & holders) == 2 and len(bosses - holders) == 2


def test_batch669_plain_tables_by_heading():
    cases = [
        ("xiwu_social_security_service_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xiwu_haoletu_station_register",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("xiwu_medical_insurance_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xiwu_social_insurance_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "xiwu_medical_insurance_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch669_group_rows_give_the_department():
    name = "xiwu_bayanhua_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch669_one_sheet_a_person():
    name = "xiwu_card_service_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xiwu_fund_supervision_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch669_is_read(tmp_path):
    BATCH.is_read(tmp_path)
