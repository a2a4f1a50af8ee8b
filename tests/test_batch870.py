"""The eight-hundred-and-seventieth batch of published layouts (tests/published/batch870.py): seven
ordinary files as the human resources and social security bodies of one county (墨玉县) really send
them — the 人力资源和社会保障局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 劳动保障监察大队's
排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 就业服务中心's 清单 under group rows
``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 职业技能培训中心's 自查表 one sheet a person with
高/中/低, the 喀拉喀什镇社会保障所's 防控卡 one sheet a person with ``★★★/★★/★``, the 喀尔赛镇劳动保障事务所's
一览表 with ``附件1`` and ``部门 | 岗位 | 责任人`` on every row, the 扎瓦镇社会保障服务站's 登记表 with
``高风险/中风险/低风险`` — and one harder: the 社会保险服务中心's 工作人员廉政风险点登记表, one row a person
with three ``风险点（…） | 等级`` slots across, a person with more than three points going on in the row
under his own with ``序号 | 岗位 | 姓名`` EMPTY and the slots starting again from ``风险点（一）``
(``python tests/published/score.py --set batch870``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 61e2bf20 (/work/snap53; this worktree branched from
dev at 57f1f679): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 29/29, points 59/59, precision 59/59, levels 59/59, types 59/59); with --strict the same:
TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. All eight layouts read in full (forms, points, levels and types all 1.00,
noise 0), the harder one included.

No misses. The harder ``moyu_social_insurance_center_wrapped_rows.xlsx`` (sheet 登记表) read in full
(forms 4/4, points 14/14, precision 14/14, levels 14/14): the reader took ``风险点（一） | 等级 |
风险点（二） | 等级 | 风险点（三） | 等级`` as three point/level pairs of the row's holder and carried
the holder of the row above into the overflow rows whose ``序号 | 岗位 | 姓名`` are empty (A5:C5 under
主任 伍翎澍, A8:C8 under 综合柜员 伍湛珣): posts.csv F00001 主任 伍翎澍 5 points (rows 4–5), F00002 副主任
冉岱霏 3 (row 6), F00003 综合柜员 伍湛珣 4 (rows 7–8), F00004 稽核员 冉瑀汀 2 (row 9), each level from
the 等级 beside its slot; the empty slots (H5, F8, H8, H9 and their 等级) gave no points; the ``注：`` line
and the sign-off were no points. Kind: none — overflow rows with empty holder cells under a
one-row-a-person table with point/level pairs across are already read by the pairs-across rule and
the blank-holder carry-down, so this shape is in fact known (the harder file reads in full).

Unscored besides: the other issues are info or warnings only (TABLE_NO_TYPE, MEASURES_BLANK on
every slot of the harder file, which has no 防控措施 column).

Not generalised in the stop that measured it (nothing to generalise: no miss).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch870 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SLOTS,
    STAFF,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(870, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"moyu_social_insurance_center_wrapped_rows"}
TYPED = {"moyu_labour_inspection_posts", "moyu_zawa_town_register"}
NOBODY = {"moyu_labour_inspection_posts"}


def test_batch870_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=866, unit_words=("墨玉县",), new_people=True)


def test_batch870_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch870_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch870_every_unit_is_of_moyu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("墨玉县") for u in units)


def test_batch870_overflow_rows_belong_to_the_person_above():
    name = "moyu_social_insurance_center_wrapped_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    heads = rows[head]
    assert heads[:3] == ["序号", "岗位", "姓名"]
    assert heads[3::2] == ["风险点（一）", "风险点（二）", "风险点（三）"]
    assert heads[4::2] == ["等级"] * SLOTS
    got, holder, overflow = [], None, 0
    for row in rows[head + 1 :]:
        if isinstance(row[0], str) and row[0].startswith(("注", "填表")):
            break
        if row[0] is not None:
            assert isinstance(row[0], int) and row[1] and row[2]
            holder = (row[1], row[2])
        else:
            # an overflow row: the holder cells empty, not merged, its own levels
            assert row[1] is None and row[2] is None and row[3] and row[4] in HML
            overflow += 1
        for k in range(SLOTS):
            point, lv = row[3 + 2 * k], row[4 + 2 * k]
            assert (point is None) == (lv is None)
            if point is not None:
                got.append(("", holder[0], holder[1], point, HML[lv]))
    assert got == BATCH.truth_rows(name)
    assert overflow >= 2 and len(BY_NAME[name]["truth"]) == len(STAFF)
    # no merged cells in the table's holder columns
    first = head + 1
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] >= first and m[1] <= 2 and m[3] <= 2]


def test_batch870_plain_tables_by_heading():
    cases = [
        ("moyu_kaerser_town_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("moyu_zawa_town_register",
         {"dept": "工作组", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("moyu_labour_inspection_posts", {"dept": "中队", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "moyu_hrss_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "moyu_labour_inspection_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch870_group_rows_give_the_department():
    name = "moyu_employment_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch870_one_sheet_a_person():
    name = "moyu_skills_training_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "moyu_karakax_town_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch870_is_read(tmp_path):
    BATCH.is_read(tmp_path)
