"""The eight-hundred-and-seventeenth batch of published layouts (tests/published/batch817.py): seven
ordinary files as the 机关事务 bodies of one county (万安县) really send them — the 机关事务服务中心's
一览表 in two sheets 中心领导/股室 with ``一级/二级/三级``, the 公共机构节能办公室's 排查表 对岗不对人 with
``…风险`` types, the 接待办公室's 清单 under group rows ``一、办领导`` … with ``一级风险/二级风险/三级风险``,
the 机关食堂's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 机关物业服务所's 一览表 with
``高风险/中风险/低风险``, the 行政中心后勤服务站's 防控卡 one sheet a leader with ``★★★/★★/★``, the
机关会务服务中心's 登记表 — and one harder: the 公务用车服务中心's 一览表 saved from a web page whose row
spans were dropped, so every row under a spanned 科室/岗位/姓名 cell is shifted left by the cells it
lacks (``python tests/published/score.py --set batch817``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 2a4cfb9f (/work/snap45; this worktree branched from
dev at 746e23a6): TOTAL forms=0.931 recall=0.904 precision=0.959 levels=1.000 types=1.000 noise=3;
with --strict the same: TOTAL forms=0.931 recall=0.904 precision=0.959 levels=1.000 types=1.000
noise=3 (forms 27/29, points 47/52, precision 47/49). The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

A truth mistake of ours was fixed before the count above (and measured once more): the first run
had the 领导 cells (``办领导``, ``中心领导``, ``所领导`` in a 科室/部门 column and the group row ``一、办领导``)
as no 科室, against the batches' convention that such a cell is the leaders' 科室; the reader had
read them as the 科室 and lost one form of the 节能办 (a post-only list, where the 科室 is the key).
The first run was otherwise the same (TOTAL forms=0.897 recall=0.904 precision=0.959).

Missed, all in the harder ``wanan_official_car_centre_web_rows.xlsx`` (sheet Sheet1, heading row 3,
rows 4–11; forms 3/5, points 3/8, precision 3/5, noise 3): the reader read the three full rows
(A4:G4 宓珣瑀, A7:G7 宓翾澂, A11:G11 宓沄琤) right, but no shifted row. The rows shifted three cells
left (a holder's later points: B5 ``车辆定点维修企业选定暗箱操作``, B8 ``异地用车申请审核不严``, B10
``公车不按规定停放…``, each with its level in C and measures in D) were read as rows with no point
(POINT_BLANK at E5, E8, E10 — the noise), so those points of 宓珣瑀, 宓翾澂 and 蒙霁骞 were lost; the
rows shifted one cell left (a new holder of the same 科室: B6 ``副主任`` C6 ``蒙祎璘`` D6 point E6 ``中``
F6 measures, and B9 ``驾驶员`` C9 ``蒙霁骞`` …) were read by the heading's columns as two made-up forms
(posts.csv F00019 and F00021: 科室 ``副主任``/``驾驶员``, the POINT TEXT as the person, the name as the
post, the level ``中`` as the risk point, the measures as its level — LEVEL_UNKNOWN at F6, F9,
MEASURES_BLANK at G6, G9), where the truth has 副主任 蒙祎璘 (中心领导, 1 point) and 驾驶员 蒙霁骞 (调度股,
2 points) and the lost points under 主任 宓珣瑀 and 股长 宓翾澂. Kind: a web table saved without its
row spans — every row under a spanned 科室/岗位/姓名 cell shifted left by the cells it lacks — is
read column by column under the heading, so the shifted rows' points fall under 科室 or 姓名 and
are lost or turned into made-up holders instead of being realigned to the right and given the
holder above.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): rows shifted left under the
dropped spans of a web table (realigning a short row to the right by its level cell and giving it
the holder and 科室 of the span above).

Generalised after this measurement: rows shifted left under a web table's dropped row spans are realigned to the heading's last columns and take the cells they lack from the row above (`ROWS_SHIFTED_REALIGNED`) (`tests/test_rows_shifted_under_dropped_spans.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch817 import (
    CAR_ROWS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(817, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wanan_official_car_centre_web_rows"}
TYPED = {
    "wanan_energy_office_posts",
    "wanan_property_office_list",
    "wanan_conference_centre_register",
}
NOBODY = {"wanan_energy_office_posts"}


def test_batch817_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=817, unit_words=("万安县",), new_people=True)


def test_batch817_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch817_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch817_every_unit_is_of_wanan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("万安县") for u in units)


def test_batch817_shifted_rows_belong_to_the_span_above():
    name = "wanan_official_car_centre_web_rows"
    rows = BATCH.filled(name)
    head = next(i for i, row in enumerate(rows) if row[:2] == ["序号", "科室"])
    assert rows[head] == ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    posts = {post for _, post, _, _, _ in CAR_ROWS}
    depts = {dept for dept, *_ in CAR_ROWS}
    got, dept, post, who, shifted = [], None, None, None, {1: 0, 3: 0}
    for row in rows[head + 1 :]:
        if not isinstance(row[0], int):
            continue
        cells = [c for c in row[1:] if c is not None]
        if cells[0] in depts:
            dept, post, who, cells = cells[0], cells[1], cells[2], cells[3:]
        elif cells[0] in posts:
            post, who, cells = cells[0], cells[1], cells[2:]
            shifted[1] += 1
        else:
            shifted[3] += 1
        assert len(cells) == 3 and all(c is None for c in row[1 + 3 + len(cells) - 3 + 3 :])
        got.append((dept, post, who, cells[0], HML[cells[1]]))
    assert got == BATCH.truth_rows(name)
    # rows of both kinds, and no merged cell in the table
    assert shifted[1] >= 2 and shifted[3] >= 2
    assert not BY_NAME[name]["sheets"][0]["merges"]


def test_batch817_plain_tables_by_heading():
    cases = [
        ("wanan_property_office_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wanan_conference_centre_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("wanan_energy_office_posts", {"dept": "股室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name


def test_batch817_one_sheet_a_person():
    name = "wanan_canteen_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在班组", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
    name = "wanan_logistics_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]


def test_batch817_is_read(tmp_path):
    BATCH.is_read(tmp_path)
