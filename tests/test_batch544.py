"""The five-hundred-and-forty-fourth batch of published layouts (tests/published/batch544.py): seven
ordinary files as the 国资 and 国有企业 bodies of one county (大通回族土族自治县) really send them — the
国有资产服务中心's file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the 城投公司资产经营分公司's
一览表 with 部门/岗位/责任人 merged and ``高风险/中风险/低风险``, the 水务有限公司's 责任清单 under group rows
with 高/中/低, the 城区污水处理厂's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
供热有限公司's 防控卡 one sheet a holder with ``★★★/★★/★``, the 公共交通有限公司's 责任清单 with
``一级风险/二级风险/三级风险``, the 维修保养厂's 自查表 one sheet a person — and one harder: the
城市投资建设有限公司's 廉洁风险登记表 whose ``风险等级`` cells are the bare letters ``H``/``M``/``L``
(``python tests/published/score.py --set batch544``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at aa1567d (``/work/snap43``; this
worktree branched from dev at aa1567d too): ``TOTAL                      forms  23/23  points
38/38  recall 1.00 precision 1.00 (38/38)  levels  32/38  types  38/38  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.842 types=1.000 noise=0``; with --strict:
``TOTAL                      forms  22/23  points  38/38  recall 1.00 precision 1.00 (38/38)
levels  32/38  types  38/38  noise 0`` / ``TOTAL forms=0.957 recall=1.000 precision=1.000
levels=0.842 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. Six ordinary
layouts read in full, --strict too (国有资产服务中心 two sheets, 资产经营分公司, 水务 group rows,
污水处理厂 对岗不对人, 供热 cards, 公交 list); the seventh (维修保养厂 self-checks) in full but for
one 科室 under --strict.

Missed, in the harder ``datong_urban_invest_hml_letters.xlsx`` (sheet 风险登记表; forms 3/3, points
6/6, types 6/6, levels 0/6): every level is left blank and raised as an error
(``LEVEL_UNKNOWN``, 风险级别“H”无法识别): G3 ``H`` (truth 1), G4 ``M`` (truth 2), G5 ``H`` (truth 1),
G6 ``M`` (truth 2), G7 ``M`` (truth 2), G8 ``L`` (truth 3). Kind: the bare High/Medium/Low
initials ``H/M/L`` are not among the level words the reader knows, and with no note it does not
read them (as it rightly does not guess ``A/B/C``).

Missed under --strict, in ``datong_bus_repair_selfchecks.xlsx`` (sheet 勾澈珩): the 科室 C3
``保养车间`` under the label ``所在车间`` (B2..C2 ``岗　位 | 所在车间``) is not read (posts.csv 科室
empty; truth ``保养车间``). Kind: the label ``所在车间`` is not known as a 科室 label as
``所在科室`` is. (On sheet 缑霖翊 the leader's C3 ``厂部`` is read as ``领导班子``; the score does not
count a leader's 科室.)

Not scored, seen in posts.csv: the two 厂's units are read without the 厂
(``大通回族土族自治县公共交通有限公司`` for the 维修保养厂, ``大通回族土族自治县水务有限公司`` for the
城区污水处理厂; truth ``…维修保养厂``, ``…城区污水处理厂``); the 污水处理厂's 班长 is read 一般岗位 (truth
middle); the 供热 副总经理's 科室 is read ``领导班子`` where the truth has none; the other bodies'
units, 科室 and tiers are as the truth.

Generalised after this measurement: levels written as the initials of High, Medium and Low ('H/M/L',
any case, and the whole English words) are levels Ⅰ/Ⅱ/Ⅲ of the default vocabulary
(tests/test_level_columns.py::test_levels_as_the_initials_of_high_medium_low); '所在车间' and '所在庭'
label a 科室 as '所在股室' does, and a 车间 ends a 科室's name
(tests/test_columns.py::test_a_workshop_named_under_its_label_on_a_card_is_the_keshi).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch544 import (
    GRADES,
    LAYOUTS,
    LETTERS,
    PLACE,
    REGISTER,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS, **LETTERS}
BATCH = Batch(544, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HML_LETTERS = "datong_urban_invest_hml_letters"
HARDER = {HML_LETTERS}
UNTYPED = {
    "datong_assets_centre_two_sheets",
    "datong_water_group_rows",
    "datong_heating_cards",
    "datong_bus_repair_selfchecks",
}
NOBODY = {"datong_sewage_plant_posts"}


def test_batch544_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=541, unit_words=(PLACE,), new_people=True)


def test_batch544_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch544_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch544_every_unit_is_of_datong():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch544_levels_are_bare_letters():
    head = BATCH.heading(HML_LETTERS)
    assert head == [
        "序号",
        "部门",
        "岗位",
        "责任人",
        "廉洁风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    ]
    rows = [row for row in BATCH.filled(HML_LETTERS) if isinstance(row[0], int)]
    assert len(rows) == 6
    assert [row[6] for row in rows] == [lv for *_x, ps in REGISTER for _p, _t, lv, _m in ps]
    assert {row[6] for row in rows} == {"H", "M", "L"}
    # no note, legend or bracket anywhere tells what the letters mean
    text = "".join(str(c) for row in BATCH.filled(HML_LETTERS) for c in row if c is not None)
    assert not any(w in text for w in ("注", "说明", "高风险", "High", "（H"))
    assert [r["level"] for r in BATCH.points(HML_LETTERS)] == [LETTERS[row[6]] for row in rows]
    heads = {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}
    assert BATCH.by_heading(HML_LETTERS, heads) == BATCH.truth_rows(HML_LETTERS)
    assert BATCH.types_by(HML_LETTERS, "风险类别") == [
        r["types"] for r in BATCH.points(HML_LETTERS)
    ]


def test_batch544_plain_tables_by_heading():
    cases = [
        ("datong_sewage_plant_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("datong_invest_leasing_branch_list", {"dept": "部门", "post": "岗位", "person": "责任人",
                                               "point": "风险点"}, "风险类型"),
        ("datong_bus_duty_list", {"dept": "部门", "post": "岗位", "person": "姓名",
                                  "point": "廉洁风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("datong_sewage_plant_posts") == {""}
    name = "datong_assets_centre_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch544_group_rows_and_one_sheet_a_person():
    name = "datong_water_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "datong_heating_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉洁风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "datong_bus_repair_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在车间"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch544_is_read(tmp_path):
    BATCH.is_read(tmp_path)
