"""The nine-hundred-and-sixtieth batch of published layouts (tests/published/batch960.py): seven
ordinary files as the 住建和城管 bodies of one county (双湖县) really send them — the 住房和城乡建设局's
一览表 in two sheets 局领导/内设股室 with 高/中/低 and short types, the 市政管理所's 防控卡 one sheet a
person with ``一级/二级/三级``, the 环境卫生管理站's 排查表 对岗不对人 with ``风险点 | 风险描述`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 供排水站's 清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``,
the 建设工程质量安全监督站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 措折罗玛镇环卫站's
一览表 with ``★★★/★★/★``, the 雅曲乡供水站's 登记表 — and one harder: the 城市管理综合执法大队's 清单
with no level column, a ``注：`` line saying the points listed in the 大队's 《重点风险点》 are 一级 and
the rest 二级, and a second sheet ``重点风险点`` repeating five of the list's points word for word
(``python tests/published/score.py --set batch960``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 4566a8ac (/work/snap69; this worktree branched
from the same commit), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.804 types=1.000 noise=0 (forms 29/29, points 51/51, precision 51/51, levels 41/51, types
51/51); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.804
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts
read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``shuanghu_enforcement_key_points_sheet.xlsx`` (forms 5/5, points
10/10, precision 10/10, levels 0/10, types 10/10, noise 0): the list ``风险点清单`` has no level
column and the reader found no level anywhere: every point came out with none (LEVEL_BLANK at
风险点清单!E3–E12, "风险级别未填写"), F00004 大队长 轩辕璘, F00005 中队长 公孙翙, F00006 执法队员
轩辕岍, F00007 中队长 公孙燊, F00008 执法队员 轩辕崧, two points each; the truth gives 一级 to the
five points the second sheet ``重点风险点`` repeats word for word (E3 ``重大行政处罚案件个人说了算…``,
E5 ``默许他人冒用城管名义向摊贩收取摊位费``, E7 ``接受流动摊贩财物…``, E10 ``违法建设处罚裁量畸轻畸重``,
E12 ``收受施工方好处，拆除违建时放水``) and 二级 to the other five (E4, E6, E8, E9, E11), as the
``注：`` line under the list says (列入大队《重点风险点》表的为一级风险，其余为二级风险). The note itself
was neither read nor reported (no issue names A13), and the second sheet was set aside as a
sheet with no table (SHEET_NO_TABLE at 重点风险点, "找不到表头行": its heading
``重点廉政风险点`` and no level column), so it gave no extra forms or points either. Forms, holders
and points all right.
Kind: levels given by a point's membership in a separate 重点 list on another sheet (a list that
repeats some of the main list's points word for word and carries no level of its own), with a
note giving the members one level and the rest another, are not read: the points stay without a
level.

Unscored besides: the harder file's ten LEVEL_BLANK errors and one SHEET_NO_TABLE warning (above);
the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): a note saying the points listed
in a named 重点 (key) list are of one level and the rest of another, joined to the list by the
key sheet's 科室/岗位 and point text (the key sheet itself no table, its 监督责任人 no holder).

Generalised after this measurement: a list with no level written whose note says the points in a
separate 重点 list are of one level and the rest of another, that list on another sheet (its tab
or title naming 重点) repeating some of the list's points word for word or but for spaces and
punctuation: each point takes the members' level where the key sheet holds its words, the note's
other level where not, the key sheet no points or holders of its own, a key point the list lacks
said (LEVELS_BY_KEY_LIST, KEY_POINT_NOT_LISTED), tests/test_levels_by_key_list_sheet.py. Read 1.00
since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch960 import (
    ENFORCERS,
    GRADES,
    HIGHS,
    KEY,
    KEY_POINTS,
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
BATCH = Batch(960, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shuanghu_enforcement_key_points_sheet"}
TYPED = {
    "shuanghu_housing_bureau_two_sheets",
    "shuanghu_sanitation_station_posts",
    "shuanghu_cuozheluoma_sanitation_list",
    "shuanghu_yaqu_water_station_register",
}
NOBODY = {"shuanghu_sanitation_station_posts"}


def test_batch960_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=951, unit_words=("双湖县",), new_people=True)


def test_batch960_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch960_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch960_every_unit_is_of_shuanghu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("双湖县") for u in units)


def test_batch960_levels_by_a_key_points_sheet():
    name = "shuanghu_enforcement_key_points_sheet"
    rows = BATCH.filled(name, "风险点清单")
    head = BATCH.header(name, "风险点清单")
    assert rows[head] == ["序号", "中队", "岗位", "姓名", "廉政风险点", "防控措施"]
    # no level column, and no level word in any cell of the list
    assert not any(c in LEVELS for row in rows for c in row)
    assert any(isinstance(row[0], str) and row[0].startswith("注：") and "重点风险点" in row[0]
               for row in rows)  # fmt: skip
    # the key sheet: a subset of the list's points, word for word, in its own order
    key = BATCH.filled(name, "重点风险点")
    kh = BATCH.header(name, "重点风险点")
    assert key[kh] == ["序号", "中队", "岗位", "重点廉政风险点", "监督责任人"]
    listed = [(row[1], row[2], row[3]) for row in key[kh + 1 :] if isinstance(row[0], int)]
    assert set(listed) == KEY and len(listed) == len(KEY_POINTS)
    assert not any(c in LEVELS for row in key for c in row)
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    got = [(row[1], row[2], row[3], row[4], 1 if (row[1], row[2], row[4]) in KEY else 2)
           for row in table]  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert KEY <= {(row[1], row[2], row[4]) for row in table}
    in_list = [(d, p, pt) for d, p, _, pt, _ in got if (d, p, pt) in KEY]
    assert in_list != listed
    assert {lv for *_, lv in got} == {1, 2}
    assert len(BY_NAME[name]["truth"]) == len(ENFORCERS)
    # the key sheet names no holder and holds no point; its 监督责任人 are posts
    assert not {f["sheet"] for f in BY_NAME[name]["truth"]} - {"风险点清单"}
    holders = BATCH.holders(name)
    assert not any(row[4] in holders for row in key[kh + 1 :] if isinstance(row[0], int))


def test_batch960_plain_tables_by_heading():
    cases = [
        ("shuanghu_cuozheluoma_sanitation_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shuanghu_yaqu_water_station_register",
         {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("shuanghu_sanitation_station_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "shuanghu_housing_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设股室") == BATCH.truth_rows(name, "内设股室")
    # the short 风险点 is the point, the long 风险描述 none
    name = "shuanghu_sanitation_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch960_group_rows_give_the_department():
    name = "shuanghu_water_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch960_one_sheet_a_person():
    name = "shuanghu_quality_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "科　室", "职　务", "填报日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shuanghu_municipal_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "岗位", f["title"]]
        assert rows[2][:2] == ["部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_nine_hundred_and_sixtieth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
