"""The four-hundred-and-forty-third batch of published layouts (tests/published/batch443.py): seven
ordinary files as the 农业 bodies of one county (镇巴县) really send them — the 畜牧产业发展中心's file
in two sheets ``中心领导``/``股室``, the 茶叶发展中心's 责任清单 under group rows, the 检验检测站's 防控卡
one sheet a holder, the 泾洋镇 station's 排查表 对岗不对人, the 渔渡镇 station's 自查表 one sheet a
person, the 长岭镇 station's 清单 written out on every row, the 盐场镇 station's 一览表 — and one
harder: the 农业农村局's 一览表 with no risk column, each point quoted at the head of its measures
cell (``针对“…”的风险：…``) (``python tests/published/score.py --set batch443``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap17 at 8e78fe1
(this worktree branched from dev at the same commit). ``score.py --set batch443``:
``TOTAL                      forms  22/27  points  33/41  recall 0.80 precision 1.00 (33/33)  levels  33/33  types  33/33  noise 0``
and ``TOTAL forms=0.815 recall=0.805 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  22/27  points  33/41  recall 0.80 precision 1.00 (33/33)  levels  33/33  types  33/33  noise 0``
and ``TOTAL forms=0.815 recall=0.805 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json. The seven ordinary
layouts read in full.

Missed, all in the harder ``zhenba_agri_bureau_point_quoted_in_measures.xlsx`` (sheet 一览表; forms
0/5, points 0/8): the file was not read at all — issues.csv gives one warning FILE_NO_FORM
(``工作簿中未找到廉政风险识别和防控表(没有“风险点”“风险级别”等表头)``), so no cell of G4:G11 (each
``针对“<point>”的风险：<measures>``; truth: the quoted text is the point, level F, type E, holder D)
was read, and no post (局长 亓沄翯, 副局长 郜洺瑄, 计划财务股 股长/会计, 农业机械化股 股长) made a form. Kind:
a heading with no risk column of its own (``风险类型 | 风险等级 | 针对风险点的防控措施``) is not taken
for a header row, so a table whose points stand quoted inside the measures cells yields nothing.
The truth was not changed after measuring.

Generalised after this measurement: a list whose only risk column is the measures, each cell naming
its point ('针对“…”的风险：…', tests/test_quoted_points.py; info POINTS_IN_MEASURES, warning
POINT_NOT_NAMED): the file reads in full (score.py --set batch443: all 1.00).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch443 import (
    BANDS,
    BARE,
    CLOSE,
    GRADES,
    LAYOUTS,
    OPEN,
    PLACE,
    QUOTED_HEAD,
    QUOTED_NAME,
    QUOTED_ROWS,
    QUOTED_TAB,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(443, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {QUOTED_NAME}
UNTYPED = {
    "zhenba_livestock_center_two_sheets",
    "zhenba_testing_station_cards",
    "zhenba_yudu_station_selfchecks",
    "zhenba_changling_station_every_row",
}
NOBODY = {"zhenba_jingyang_station_posts"}
GAP = "\u3000"


def test_batch443_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=441, unit_words=(PLACE,), new_people=True)


def test_batch443_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 14), whole_points=False)
    assert RESAVED == ()


def test_batch443_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch443_every_unit_is_of_zhenba():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch443_point_quoted_at_the_head_of_its_measures():
    name = QUOTED_NAME
    head = BATCH.header(name, QUOTED_TAB)
    assert tuple(BATCH.sheet(name, QUOTED_TAB)["rows"][head]) == QUOTED_HEAD
    assert not any("风险点" == h for h in QUOTED_HEAD)
    pattern = re.compile(re.escape(OPEN) + r"(.+?)" + re.escape(CLOSE) + r"(.+)")
    built = []
    for row in BATCH.table(name, QUOTED_TAB):
        m = pattern.fullmatch(row[6])
        assert m and m.group(2), row[6]
        built.append((row[1], row[2], row[3], m.group(1), HML[row[5]]))
    assert built == BATCH.truth_rows(name)
    assert len(built) == sum(len(r[4]) for r in QUOTED_ROWS)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch443_plain_tables_by_heading():
    cases = [
        ("zhenba_jingyang_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhenba_yanchang_station_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("zhenba_changling_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "zhenba_jingyang_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "zhenba_changling_station_every_row"
    table = BATCH.table(name)
    assert len({row[6] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][6]}


def test_batch443_leaders_and_offices_in_two_sheets():
    name = "zhenba_livestock_center_two_sheets"
    got = BATCH.by_heading(
        name, {"post": "职务", "person": "姓名", "point": "风险点"}, "中心领导",
        fixed={"dept": "中心领导"},
    )  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch443_group_rows_give_the_department():
    name = "zhenba_tea_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch443_one_sheet_a_person():
    name = "zhenba_testing_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhenba_yudu_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch443_is_read(tmp_path):
    BATCH.is_read(tmp_path)
