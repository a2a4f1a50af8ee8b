"""The seven-hundred-and-twenty-third batch of published layouts (tests/published/batch723.py): seven
ordinary files as the 农业 and 粮食收购 bodies of one county (呼玛县) really send them — the
农业农村局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 农机推广站's 排查表 对岗不对人 with
``…风险`` types and 高/中/低, the 种子管理站's 防控卡 one sheet a person with ``★★★/★★/★``, the
农业技术推广中心's 清单 under group rows with ``一级风险/…``, the 粮食和物资储备中心's 一览表 with
``高风险/中风险/低风险``, the 农业综合行政执法大队's 登记表, the 韩家园镇农业综合服务中心's 自查表 with
``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the 粮食储备库's 粮食收购环节廉政风险排查表, one row a point with a
``岗位`` column and no name column, each row's holder written only as the typed signature with a date
in the last column ``岗位人员确认（签字、日期）`` (``python tests/published/score.py --set batch723``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 30bc7ea (/work/snap28; this worktree branched from
dev at the same commit): TOTAL forms=0.788 recall=0.840 precision=0.840 levels=1.000 types=1.000
noise=0 (forms 26/33, points 42/50); with --strict: TOTAL forms=0.697 recall=0.840 precision=0.840
levels=1.000 types=1.000 noise=0 (forms 23/33). The 8 files: eight .xlsx, no re-saved copies.
Six ordinary layouts read in full plain and strict (forms, points, levels and types all 1.00,
noise 0); the seventh, ``huma_hanjiayuan_service_center_selfchecks``, reads in full plain (points,
levels 6/6) but its forms are 0/3 with --strict: on each sheet (竺岚琤, 蓟淏萦, 竺琇岷) the label row
``姓　名 | 所在岗位 | 职　务 | 填表时间`` over ``竺岚琤 | 中心领导 | 主任 | 2025年5月`` (A2:D3) was read
with title = the ``所在岗位`` cell B3 (``中心领导``, ``农经岗``, ``农技岗``) and 科室 = ``农业综合服务中心``
(the unit split as 呼玛县韩家园镇 + 农业综合服务中心), the ``职务`` cell C3 (主任, 农经员, 农技员) dropped,
where the truth has 科室 = the ``所在岗位`` cell and post = the ``职务`` cell. Kind: a label that says
岗位 over a 科室-like value beside a 职务 label is read as the post — a labelling ambiguity of this
batch's own making (the model batch558 wrote ``所在组室``) rather than a weakness; the truth was
left as built.

Missed, all in the harder ``huma_grain_depot_row_signatures.xlsx`` (sheet 排查表; forms 0/7, points
0/8, precision 0/8, noise 0): the reader took the heading row 3 (``序号 | 收购环节 | 岗位 | 风险点 |
风险等级 | 防控措施 | 岗位人员确认（签字、日期）``) and read column G as ``其他`` (COLUMN_GUESSED at G3:
"表头像是责任人,但内容是岗位或科室"), so the signatures ``竺曜泓　2025.4.8`` … in G4:G11 were dropped
and the list read 对岗不对人: five nameless forms by post (posts.csv F00001 检验员 with D4, D5, D6
— three points of two people pooled; F00002 司磅员 D7; F00003 保管员 D8, D9 — two people pooled;
F00004 结算员 D10; F00005 库主任 D11), every point with the right level and 收购环节 as workflow,
where the truth has seven holders: 检验员 竺曜泓 (D4, D5), 检验员 蓟昶瑜 (D6), 司磅员 竺霁岫 (D7),
保管员 蓟珣澈 (D8), 保管员 竺溟珂 (D9), 结算员 蓟岑璟 (D10), 库主任 竺翊淇 (D11). Kind: a per-row
confirmation column inside the table, whose typed signature with a date is the only place the
row's holder is written, is taken for a note column, so the list is read as posts without people
and holders sharing a post are pooled into one form.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): a ``…确认（签字、日期）`` column
whose cells are ``name　date`` as the row's holder.

Generalised after this measurement: a column headed 签字/签名/确认 whose cells are a name with the date signed is the holder column, the date dropped; unsigned rows told (ROW_UNSIGNED; tests/test_holders_by_signature_column.py). Under --strict the 汉家园 自查表s still miss three forms' 科室 and post (the 所在岗位 label over a 科室 value beside 职务: the batch's own wording; not fitted). Read 1.00 since plain.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch723 import (
    DEPOT,
    GAP,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SIGNED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(723, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"huma_grain_depot_row_signatures"}
TYPED = {
    "huma_agri_machinery_station_posts",
    "huma_grain_reserve_center_list",
    "huma_agri_enforcement_register",
}
NOBODY = {"huma_agri_machinery_station_posts"}


def test_batch723_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=720, unit_words=("呼玛县",), new_people=True)


def test_batch723_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch723_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch723_every_unit_is_of_huma():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("呼玛县") for u in units)


def test_batch723_signatures_give_the_holders():
    name = "huma_grain_depot_row_signatures"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "收购环节", "岗位", "风险点", "风险等级", "防控措施", SIGNED]
    assert not any("姓名" in str(c) or c == "责任人" for c in rows[head])
    table = BATCH.table(name)
    assert len(table) == len(DEPOT)
    got = []
    for row in table:
        who, day = row[6].split(GAP)
        assert day.startswith("2025.")
        got.append(("", row[2], who, row[3], HML[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # two holders of one post told apart by their signatures only
    inspectors = {row[6].split(GAP)[0] for row in table if row[2] == "检验员"}
    assert len(inspectors) == 2
    assert len(BY_NAME[name]["truth"]) == len({r[6].split(GAP)[0] for r in table})


def test_batch723_plain_tables_by_heading():
    cases = [
        ("huma_grain_reserve_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huma_agri_enforcement_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("huma_agri_machinery_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "huma_agriculture_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch723_group_rows_give_the_department():
    name = "huma_tech_extension_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch723_one_sheet_a_person():
    name = "huma_hanjiayuan_service_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在岗位", "职　务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huma_seed_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch723_is_read(tmp_path):
    BATCH.is_read(tmp_path)
