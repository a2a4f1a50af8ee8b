"""The two-hundred-and-first batch of published layouts (tests/published/batch201.py): nine ordinary
lists as county bodies seldom or never used before really send them — a 县委政策研究室 清单 对岗不对人
with no 科室 column, a 直属机关工作委员会 一览表 with ``机关纪工委`` among its 科室, a 茶叶技术推广站
排查表 with ``★★★/★★/★``, a 经济责任审计中心's 自查表 one sheet a person, a 建设工程质量监督站 一览表 whose
``风险评估`` holds ``发生可能性 | 影响程度 | 风险等级``, a 社会科学界联合会 清单 with ``部室``, a 农村公路养护
中心 一览表 with ``风险程度`` 一级/二级/三级, a 计量检定测试所 排查表 under a one-cell ``单位：…　　填表人：…``
line — and one harder: an 电子政务中心's 一览表 with ``岗位责任人（A角）| 替岗人员（B角）``
(``python tests/published/score.py --set batch201``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at e13453a (main's newest when the batch was done): forms
1.000 (45/45), recall 1.000 (55/55), precision 1.000 (55/55), levels 1.000 (55/55), types 1.000
(55/55), noise 0; with --strict the same: forms 1.000 (45/45), recall 1.000 (55/55), precision
1.000 (55/55), levels 1.000 (55/55), types 1.000 (55/55), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed: nothing scored. (Not scored: the 机关纪工委's 书记 (宿穆清) gets no tier at all,
truth middle; every other tier and every unit name read right; the issues log holds only
TABLE_NO_TYPE for the two untyped tables and GRADE_BLANK for the three 自查表.)

Read right: the harder 电子政务中心's ``岗位责任人（A角）| 替岗人员（B角）`` — the A角 taken as the holder
of each of the six posts, no B角 taken for a holder although every B角 is the A角 of another row; the
质量监督站's two-row header with ``风险评估`` over ``发生可能性 | 影响程度 | 风险等级`` (the 风险等级 the
level though the other two disagree with it on most rows); the 政策研究室's posts with no 科室 column
kept as written (``综合科科长``, ``经济研究科科员``); ``机关纪工委`` as a 科室 of the 机关工委; the 茶叶站's
``★★★/★★/★``; the 审计中心's sheets one a person with ``Ⅰ级/Ⅱ级/Ⅲ级``; the 社科联's ``部室`` and
``高风险/中风险/低风险``; the 养护中心's ``风险程度`` 一级/二级/三级; the 计量所's one-cell
``单位：…　　填表人：…　　填表日期：…`` line (the 填表人 a holder only through her own rows), and the
compound surnames 澹台, 尉迟, 乐正, 巫马.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch201 import GRADES, LAYOUTS, PLACE, ROMAN, STARS, WORDS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **WORDS}
BATCH = Batch(201, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"egov_center_ab_roles"}
UNTYPED = {"tea_station_stars", "rural_road_center"}
NOBODY = {"policy_research_posts", "social_science_posts"}


def test_batch201_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=197, new_people=True)
    # every unit a body of 垫江县, a name no earlier unit holds
    assert all(PLACE in f["unit"] for lay in LAYOUTS for f in lay["truth"])
    assert not any(PLACE[:2] in u for u in BATCH.earlier_units())


def test_batch201_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch201_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch201_plain_tables_by_heading():
    cases = [
        ("organs_committee_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "风险点"}, "风险等级", "风险类别"),
        ("tea_station_stars",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", None),
        ("social_science_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险等级", "风险类型"),
        ("rural_road_center",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险程度", None),
        ("metrology_institute_line",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name
    assert "机关纪工委" in {f["department"] for f in BY_NAME["organs_committee_list"]["truth"]}
    # the 计量所's one-cell line names the 填表人, who is a holder only through her own rows
    name = "metrology_institute_line"
    line = BATCH.filled(name)[1]
    assert len(set(line)) == 1 and line[0].startswith(
        f"单位：{PLACE}计量检定测试所\u3000\u3000填表人："
    )
    filler = line[0].split("填表人：")[1].split("\u3000")[0]
    assert filler in BATCH.holders(name)
    # the 茶叶站's note reads the stars
    rows = BATCH.filled("tea_station_stars")
    assert any(r[0] and str(r[0]).startswith("注：★★★") for r in rows)


def test_batch201_posts_without_a_department():
    name = "policy_research_posts"
    head = BATCH.filled(name)[BATCH.header(name)]
    assert "科室" not in head and "部门" not in head
    got = BATCH.by_heading(name, {"post": "岗位", "point": "风险点"})
    assert got == BATCH.truth_rows(name)
    truth = BY_NAME[name]["truth"]
    assert all(f["department"] == "" and f["person"] == "" for f in truth)
    assert {"综合科科长", "经济研究科科员"} <= {f["title"] for f in truth}
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch201_cards_one_sheet_a_person():
    name = "audit_center_sheets"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1][:4] == ["姓名", f["person"], "职务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]


def test_batch201_assessment_under_a_two_row_header():
    name = "quality_station_assessment"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][6:9] == ["风险评估"] * 3
    assert rows[head + 1][6:9] == ["发生可能性", "影响程度", "风险等级"]
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"},
                           head=head + 1)  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", head=head + 1) == [
        p["types"] for p in BATCH.points(name)
    ]
    table = [r for r in rows[head + 2 :] if r[8] in HML]
    assert len(table) == len(BATCH.points(name))
    # the likelihood and the consequence are 高/中/低 too, and disagree with the level on most rows
    assert all(r[6] in HML and r[7] in HML for r in table)
    assert sum(r[6] != r[8] for r in table) >= 3 and sum(r[7] != r[8] for r in table) >= 2


def test_batch201_a_and_b_roles():
    name = "egov_center_ab_roles"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][3:5] == ["岗位责任人（A角）", "替岗人员（B角）"]
    got = BATCH.by_heading(
        name, {"dept": "科室", "post": "岗位", "person": "岗位责任人（A角）", "point": "风险点"}
    )
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]
    table = [r for r in rows[head + 1 :] if r[7] in HML]
    pairs = {(r[3], r[4]) for r in table}
    # every B角 stands in for a colleague and is the A角 of another row
    assert all(a != b for a, b in pairs)
    assert {b for _, b in pairs} == {a for a, _ in pairs} == BATCH.holders(name)


def test_two_hundred_and_first_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
