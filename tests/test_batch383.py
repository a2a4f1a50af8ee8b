"""The three-hundred-and-eighty-third batch of published layouts (tests/published/batch383.py): seven
ordinary files as the 卫生健康 bodies of one district (凤翔区) really send them — the 卫生健康局's 一览表
with ``…风险`` types and ``一级/二级/三级``, the 中医医院's two sheets ``院领导 | 科室`` with 高/中/低, the
疾病预防控制中心's 排查表 对岗不对人 with ``风险点 | 主要表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 柳林镇卫生院's 防控卡
one sheet a holder with ``★★★/★★/★``, the 横水镇卫生院's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 彪角镇卫生院's 责任清单 with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column,
the 陈村镇卫生院's 一览表 under group rows ``一、院领导`` … with ``一级风险/二级风险/三级风险`` — and one
harder: the 人民医院's 一览表 in which a post sharing a point written higher up for another post
writes only a cross-reference to that row's 序号 (``同第2项``, ``同第10项``, ``同序号14``) in its
廉洁风险点 and 防控措施 cells (``python tests/published/score.py --set batch383``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap3 at 1412688
(dev's newest when the batch was done; this worktree branched from dev at 1412688).
``score.py --set batch383``:
``TOTAL                      forms  44/44  points  74/75  recall 0.99 precision 0.99 (74/75)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=0.987 precision=0.987 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  44/44  points  74/75  recall 0.99 precision 0.99 (74/75)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=0.987 precision=0.987 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too; the
harder ``fengxiang_peoples_hospital_cross_refs.xlsx`` read forms 10/10, points 18/19, precision
18/19, levels 18/18, types 18/18. The truth was not changed after measuring.

The harder shape is NOT new (found after measuring, when two of its three references were read
right): it is a variant of batch271's harder layout (``同内科科主任（第1—3项）``), which the README's
读得懂的表 names in its account of batches 269–272 and the reader generalised (``locate._cross_refs``,
pattern ``同…第N项``); see the module docstring's CORRECTION. What is new here is only the wording
``同序号N`` and a single reference in an ordinary unmerged row.

Missed, one cell, in ``fengxiang_peoples_hospital_cross_refs.xlsx`` (sheet 一览表):

- E19 (序号 16, the 采购员 宦璇沚, form F00036): read the point ``同序号14`` as written (its level
  Ⅱ级 and type 业务流程风险 from F19/G19, measures ``同序号14`` from H19); truth: the point of 序号 14,
  E17 ``设备验收不严，以次充好``, for 宦璇沚 (level 2, type 业务流程) — one point missed, one false point.
  Kind: the reader resolves a cross-reference only in the ``同…第N项`` wording, so ``同序号N`` stays a
  literal point.

Read right: E7 ``同第2项`` (副院长 佴澍珩, F00030) as E5 ``插手干预药品、医用耗材和医疗设备采购`` and E15
``同第10项`` (药库管理员 訾珮潆, F00034) as E13 ``违规统计医师用药量提供给医药代表``, each with the
referenced row's measures (the level and type taken from the referenced row, here the same as the
row's own). No issue names the references.

Unscored besides: the 陈村镇卫生院's unit read as ``凤翔区陈村`` in all five of its forms (posts.csv
F00012–F00016; truth ``凤翔区陈村镇卫生院``, title ``凤翔区陈村镇卫生院岗位廉政风险防控一览表`` in A1) — a
town's name ending in 村 (陈村镇) cut as if a village; every 科室, post and tier in posts.csv is the
truth's (院领导/局领导/中心领导 as the leaders' 科室; 科长, 科主任, 股长, 办公室主任, 组长 中层岗位; 采购员,
药库管理员, 公卫医生 … 一般岗位). The other issues are info only (TABLE_NO_TYPE on the untyped
sheets, GRADE_BLANK on the cards and 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a cross-reference written '同序号14' (or '同第4条', '同第4') is read as
'同第14项' is: the point of that row for this row's holder (the wording of locate._CROSS_REF); a town
whose name ends in 村 ('陈村镇') keeps its 镇, so '凤翔区陈村镇卫生院' is the unit. The batch now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch383 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    REF,
    REFS_HEAD,
    REFS_ROWS,
    REFS_TAB,
    REFS_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(383, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
REFS_FILE = "fengxiang_peoples_hospital_cross_refs"
HARDER = {REFS_FILE}
UNTYPED = {
    "fengxiang_tcm_hospital_two_sheets",
    "fengxiang_liulin_health_center_cards",
    "fengxiang_chencun_health_center_groups",
}
NOBODY = {"fengxiang_cdc_posts"}
GAP = "\u3000"


def test_batch383_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=383, unit_words=("凤翔区",), new_people=True)


def test_batch383_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 20))
    assert RESAVED == ()


def test_batch383_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch383_every_unit_is_of_fengxiang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("凤翔区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch383_points_written_as_references_to_another_row():
    name = REFS_FILE
    assert BATCH.heading(name, REFS_TAB) == list(REFS_HEAD)
    assert BY_NAME[name]["truth"][0]["unit"] == REFS_UNIT
    table = BATCH.table(name, REFS_TAB)
    by_number = {row[0]: row for row in table}
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    truth = BATCH.truth_rows(name)
    assert len(truth) == len(table) == sum(len(p) for *_, p in REFS_ROWS)
    refs = 0
    for row, (dept, post, person, point, level) in zip(table, truth, strict=True):
        assert (row[1], row[2], row[3], HML[row[6]]) == (dept, post, person, level), row
        m = REF.fullmatch(row[4])
        if not m:
            assert point == row[4], row  # a point written out is the cell's whole text
            continue
        refs += 1
        target = by_number[int(m.group(1))]
        # the reference names an earlier row, not the one just above, of ANOTHER holder; the
        # point is that row's text, the measures cell the same reference; type and level as there
        assert target[0] < row[0] - 1 and target[3] != row[3], row
        assert not REF.fullmatch(target[4]), target  # no reference to a reference
        assert point == target[4] and row[7] == row[4], row
        assert (row[5], row[6]) == (target[5], target[6]), row
    assert refs == 3
    # the wordings vary (同第N项, 同序号N); no note explains them; nobody names a point twice
    shown = {row[4] for row in table if REF.fullmatch(row[4])}
    assert any(s.startswith("同第") for s in shown) and any(s.startswith("同序号") for s in shown)
    assert not any("注" in str(c or "") for row in BATCH.rows(name, REFS_TAB) for c in row)
    keys = [(f["person"], r["risk_point"]) for f in BY_NAME[name]["truth"] for r in f["risks"]]
    assert len(set(keys)) == len(keys)
    assert BATCH.types_by(name, "风险类型", REFS_TAB) == [r["types"] for r in BATCH.points(name)]


def test_batch383_plain_tables_by_heading():
    cases = [
        ("fengxiang_health_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("fengxiang_cdc_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("fengxiang_biaojiao_health_center_duties",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "fengxiang_health_bureau_list"
    assert {r[6] for r in BATCH.table(name)} == set(GRADES)
    assert any(str(row[0]).startswith("注：风险等级分为一级") for row in BATCH.rows(name))
    # the 责任领导 column names two supervisors, each over several 科室, holder of his own rows only
    name = "fengxiang_biaojiao_health_center_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 2
    assert sum(row[-1] != row[3] for row in table) > len(table) // 2
    assert {r[7] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point, the long 主要表现 none; nobody named
    name = "fengxiang_cdc_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)


def test_batch383_group_rows_give_the_department():
    name = "fengxiang_chencun_health_center_groups"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    got, dept = [], None
    for row in rows[head + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            assert len(set(row)) == 1  # merged across
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
            assert len(row[3]) < len(row[4])  # the short 风险点, the long 风险描述
    assert got == BATCH.truth_rows(name)
    assert {r[5] for r in BATCH.table(name)} == set(RISKS)


def test_batch383_leaders_and_staff_in_two_sheets():
    name = "fengxiang_tcm_hospital_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    assert BATCH.rows(name, "院领导")[0][0].endswith("院领导廉洁风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "院领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch383_one_sheet_a_person():
    name = "fengxiang_liulin_health_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "fengxiang_hengshui_health_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"科{GAP}室", f["department"], f"岗{GAP}位",
                           f["title"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert len({r[1] for r in table}) == 1  # 岗位职责 merged over the rows, no point
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]


def test_batch383_is_read(tmp_path):
    BATCH.is_read(tmp_path)
