"""The eight-hundred-and-forty-first batch of published layouts (tests/published/batch841.py): seven
ordinary files as the agriculture and rural-affairs bodies of one county (松溪县, 南平市, 福建省) really
send them — the 茶平乡农业服务中心's 一览表 under ``附件1`` with 高/中/低, the 茶叶发展中心's 防控卡 one sheet
a leader with ``★★★/★★/★``, the 农产品质量安全检验检测站's 排查表 对岗不对人 with ``…风险`` types and
``一级/二级/三级``, the 动物疫病预防控制中心's 清单 under group rows with ``一级风险/…``, the 农业综合行政执法
大队's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 郑墩镇农业服务中心's 登记表 with ``部门 | 岗位 |
责任人`` on every row and ``高风险/中风险/低风险``, the 农业技术推广站's two-sheet 一览表 — and one harder:
the 农业农村局's 一览表 SORTED BY LEVEL, ``股室`` and ``岗位`` on every row, the ``责任人`` written only on
the first row a post appears on (its later rows, scattered among other holders' rows, left blank),
as a ``注：`` line says (``python tests/published/score.py --set batch841``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 76fba447 (/work/snap49; this worktree branched from
dev at 921066c4): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 27/27, points 57/57, precision 57/57); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. All eight layouts read in full (forms, points, levels and types all 1.00, noise
0), the harder one too.

The harder ``songxi_agri_bureau_sorted_first_named.xlsx`` (sheet 一览表) read in full: the export
(collect on the built inbox) has its five holders F00001–F00005 — 局长 兰翙徵 (E4, E8), 计划财务股
股长 兰漪蘅 (E5, E10, E14), 副局长 戚湉珂 (E6, E12), 种植业股 股长 戚珣琬 (E7, E11, E15), 农村经济股 股长
兰澍苡 (E9, E13, E16) — each blank ``责任人`` row taken by its own 股室 and 岗位 (not from the row
above), levels ``一级/二级/三级`` right, the ``注：`` and 制表/审核 lines no points; the only issue is
the info TABLE_NO_TYPE at A3. So a level-sorted list whose holder cell is filled only at a post's
first appearance is no new shape for this reader (a blank 责任人 under a post already named in the
table falls to that post's holder); the round has no harder miss.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (nothing missed; nothing to generalise).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch841 import (
    BUREAU,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SORTED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(841, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"songxi_agri_bureau_sorted_first_named"}
TYPED = {
    "songxi_chaping_service_centre_list",
    "songxi_quality_station_posts",
    "songxi_zhengdun_service_centre_register",
}
NOBODY = {"songxi_quality_station_posts"}


def test_batch841_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=841, unit_words=("松溪县",), new_people=True)


def test_batch841_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch841_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch841_every_unit_is_of_songxi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("松溪县") for u in units)


def test_batch841_holder_only_on_a_posts_first_row():
    name = "songxi_agri_bureau_sorted_first_named"
    head = BATCH.header(name)
    assert BATCH.filled(name)[head][:4] == ["序号", "股室", "岗位", "责任人"]
    table = BATCH.table(name)
    assert len(table) == len(SORTED)
    # sorted by level, and the holder looked up by the post's first row, not the row above
    assert [GRADES[row[5]] for row in table] == sorted(GRADES[row[5]] for row in table)
    named, got = {}, []
    for row in table:
        key = (row[1], row[2])
        if row[3] is not None:
            assert key not in named
            named[key] = row[3]
        got.append((row[1], row[2], named[key], row[4], GRADES[row[5]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(named) == len(BUREAU) == len(BY_NAME[name]["truth"])
    # at least three blank holder cells sit under another post's row
    blanks = [i for i, row in enumerate(table) if row[3] is None]
    assert (
        sum((table[i - 1][1], table[i - 1][2]) != (table[i][1], table[i][2]) for i in blanks) >= 3
    )
    assert any("第一次出现时填写" in str(r[0]) for r in BATCH.filled(name))


def test_batch841_plain_tables_by_heading():
    cases = [
        ("songxi_zhengdun_service_centre_register",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("songxi_quality_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "songxi_chaping_service_centre_list"
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, level="等级") == BATCH.truth_rows(name)
    name = "songxi_agri_tech_station_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站领导") == BATCH.truth_rows(name, "站领导")
    heads = {"dept": "业务组", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "业务组") == BATCH.truth_rows(name, "业务组")


def test_batch841_group_rows_give_the_department():
    name = "songxi_animal_disease_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch841_one_sheet_a_person():
    name = "songxi_enforcement_brigade_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在中队", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "songxi_tea_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch841_is_read(tmp_path):
    BATCH.is_read(tmp_path)
