"""The eight-hundred-and-eighty-third batch of published layouts (tests/published/batch883.py): seven
ordinary files as the 气象 and 防灾 bodies of one county (疏附县) really send them — the 气象局's 一览表 in
two sheets 局领导/股室 with ``一级/二级/三级``, the 防灾减灾服务中心's 一览表 under ``附件2`` with 高/中/低,
the 地震局's 防控卡 one sheet a leader with ``★★★/★★/★``, the 地震监测中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 水文监测站's 清单 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 吾库萨克镇气象信息服务站's
自查表 one sheet a person with ``一级风险/…``, the 塔什米里克乡气象信息服务站's 一览表 — and one harder: the
人工影响天气办公室's 岗位廉政风险点排查汇总表, one row a holder giving only his counts (all, and
``一级 | 二级 | 三级`` under ``其中``), the points themselves written only in a cell comment (批注) on
his ``排查风险点（项）`` cell, one numbered line a point ending in ``（一级）``
(``python tests/published/score.py --set batch883``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 20e96560 (/work/snap56; this worktree branched from
dev at 3eac31b1): TOTAL forms=0.828 recall=0.788 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 24/29, points 41/52, precision 41/41, levels 41/41, types 41/41); with --strict the same:
TOTAL forms=0.828 recall=0.788 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files:
eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels
and types all 1.00, noise 0; --strict too).

Missed, all of it in the harder ``shufu_weather_modification_office_counts_with_comments.xlsx``
(sheet 汇总表; forms 0/5, points 0/11, nothing read, noise 0): the reader found no table in the
workbook at all — one issue, FILE_NO_FORM (工作簿中未找到廉政风险识别和防控表, 没有“风险点”“风险级别”等
表头), no row of posts.csv or risks.csv. The heading (rows 3–4: ``序号 | 岗位 | 姓名 | 排查风险点（项） |
其中`` over ``一级 | 二级 | 三级 | 备注``) has no point column, the five holder rows (B5:C9, 主任 申璟翀,
副主任 闵琰沨, 作业指挥员 申翊琮, 弹药库管员 闵淏珺, 会计 申沄霈) carry only numbers (D5:G9) and
``详见批注`` (H5:H9), and the points stand only in the comments on D5–D9 (``Administrator:⏎1.人影作业装备
和弹药采购不经集体研究（一级）⏎2.…``), which the reader reads only for a level, a holder or measures on
a list it has already found; the truth has the five holders with 3, 2, 2, 2 and 2 points (11 in
all, 4 一级, 4 二级, 3 三级). Kind: a count roster (one row a holder, counts of all points and per
grade) whose POINTS, each with its level in a closing bracket, are written only as numbered lines
in a cell comment on the holder's count cell is not taken for a risk table, so no holder and no
point is read.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, and FILE_SKIPPED for
truth.json when the whole inbox is collected by hand).

Not generalised in the stop that measured it (left for the next): points (and their levels)
written only in comments on a count roster's cells, one numbered line a point.

Generalised after this measurement: points only in a comment (批注) on a holder's count cell, one numbered line a point ending in its level (POINTS_IN_COMMENTS, POINTS_COMMENTS_UNMATCHED), tests/test_points_in_count_comments.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

import openpyxl
from published.batch883 import (
    COUNT_HEAD,
    COUNTED,
    GRADES,
    HIGHS,
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

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(883, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shufu_weather_modification_office_counts_with_comments"}
TYPED = {"shufu_disaster_reduction_center_list", "shufu_seismic_monitoring_center_posts"}
NOBODY = {"shufu_seismic_monitoring_center_posts"}


def test_batch883_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=881, unit_words=("疏附县",), new_people=True)


def _points_in(f: dict, sheets: dict) -> set:
    """The harder file's points stand in its comments (numbered lines, level bracket closing)."""
    name = f["file"].removesuffix(".xlsx")
    if name not in HARDER:
        return sheets[f["sheet"]]
    lines = (ln for sh in BY_NAME[name]["sheets"] for text in sh["comments"].values()
             for ln in text.split("\n")[1:])  # fmt: skip
    return {norm(re.fullmatch(r"\d+\.(.+)（[一二三]级）", ln).group(1)) for ln in lines}


def test_batch883_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch883_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch883_every_unit_is_of_shufu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("疏附县") for u in units)


def test_batch883_points_stand_only_in_the_comments(tmp_path):
    name = "shufu_weather_modification_office_counts_with_comments"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:4] == ["序号", "岗位", "姓名", COUNT_HEAD]
    assert rows[head + 1][4:7] == ["一级", "二级", "三级"]
    # no point's text in any cell of the sheet
    texts = {str(v) for row in rows for v in row if v is not None}
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not any(p in s for p in points for s in texts)
    # the comments, as the built file holds them, give every point of the row's holder
    inbox = build(tmp_path)
    ws = openpyxl.load_workbook(inbox / f"{name}.xlsx").worksheets[0]
    got = []
    for row in ws.iter_rows():
        cell = row[3]
        if cell.comment is None:
            continue
        post, who = row[1].value, row[2].value
        lines = cell.comment.text.split("\n")[1:]
        assert cell.value == len(lines)
        per = [sum(1 for ln in lines if ln.endswith(f"（{g}）")) for g in ("一级", "二级", "三级")]
        assert [row[c].value for c in (4, 5, 6)] == per
        for ln in lines:
            m = re.fullmatch(r"\d+\.(.+)（(一级|二级|三级)）", ln)
            assert m, ln
            got.append(("", post, who, m.group(1), GRADES[m.group(2)]))
    assert len(got) == sum(len(points) for *_, points in COUNTED)
    assert sorted(got) == sorted(BATCH.truth_rows(name))


def test_batch883_plain_tables_by_heading():
    cases = [
        ("shufu_disaster_reduction_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("shufu_seismic_monitoring_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "shufu_tashimilike_weather_station_list"
    heads = {"post": "岗位", "person": "责任人", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "shufu_meteorological_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "shufu_seismic_monitoring_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch883_group_rows_give_the_department():
    name = "shufu_hydrology_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch883_one_sheet_a_person():
    name = "shufu_wukusake_weather_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shufu_earthquake_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch883_is_read(tmp_path):
    BATCH.is_read(tmp_path)
