"""The four-hundred-and-ninety-eighth batch of published layouts (tests/published/batch498.py):
seven ordinary files as the 农业农村 bodies of one county (静宁县) really send them — the
农业农村局's 一览表 with 高/中/低 and short types, the 农业技术推广中心's file in two sheets
``中心领导``/``股室`` with ``一级/二级/三级``, the 畜牧兽医中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 威戎镇农业综合服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
城川镇农业综合服务中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
仁大镇农业综合服务中心's 责任清单 under group rows ``一、领导岗位`` … with ``一级风险/二级风险/三级风险``,
the 界石铺镇农业综合服务中心's 一览表 with 责任人 on every row — and one harder: the 农村经营管理站's
台账 as a long export, one heading row ``记录编号 | 项　目 | 内　容`` over seven rows a point sharing
one 记录编号, the field names as data in the 项目 column (``python tests/published/score.py --set batch498``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 7944820 (``/work/snap31``; this
worktree branched from dev at 7944820 too): TOTAL forms=0.842 recall=0.833 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.842 recall=0.833
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).

Missed, all in the harder ``jingning_jingguan_station_long_export.xlsx`` (sheet 台账; forms 0/3,
points 0/6): the reader read NOTHING from the file — posts.csv and risks.csv hold no row of it;
issues.csv gives SHEET_NO_TABLE (台账: no heading row of 风险点/风险类型/风险级别/防控措施) and
FILE_NO_FORM. So all six points are missed: C7 ``村级审计项目安排由个人决定`` and C14 ``干预审计结论``
(truth: 站领导 / 站长 / 郗曈蘅, C4–C6 and C11–C13, 一级 / 二级), C21 ``村级财务审计走过场`` and C28
``接受村组宴请`` (truth: 审计股 / 股长 / 璩沄翮, 一级 / 二级), C35 ``土地承包合同鉴证把关不严`` and C42
``泄露承包纠纷当事人信息`` (truth: 合同管理股 / 办事员 / 粟滟琚, 二级 / 三级); the forms of all three
holders are missed. Kind: a long export whose heading row is ``记录编号 | 项　目 | 内　容`` — the field
names (科室, 岗位, 责任人, 风险点, 风险类型, 风险等级, 防控措施) written as data down the 项目 column, one
run of seven rows per 记录编号 — is not recognised as a table at all (the heading names no field),
so the file is refused rather than read as records keyed by 记录编号; no wrong point was read
(precision stays 1.00).

Generalised after this measurement: a long export of records under one heading row ('记录编号 | 项目 |
内容', '字段 | 值', '指标 | 数值') is read by batch 494's records reader from its label and value columns: a
record each time the key changes (or the first field name comes back), each record its holder's
(locate._long_heading; tests/test_records_in_long_form.py, in other words); issues on a record's
type, level or measures point at their value cells.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch498 import (
    FIELDS,
    GRADES,
    HEADING,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STATION,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(498, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LONG = "jingning_jingguan_station_long_export"
HARDER = {LONG}
UNTYPED = {
    "jingning_extension_two_sheets",
    "jingning_weirong_cards",
    "jingning_chengchuan_selfchecks",
    "jingning_renda_group_rows",
}
NOBODY = {"jingning_animal_husbandry_posts"}


def test_batch498_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=495, unit_words=(PLACE,), new_people=True)


def test_batch498_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch498_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch498_every_unit_is_of_jingning():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch498_one_run_of_rows_a_record_in_a_long_export():
    sheet = BATCH.sheet(LONG, 0)
    rows, merges = sheet["rows"], sheet["merges"]
    heads = [r for r, row in enumerate(rows) if tuple(row) == HEADING]
    assert len(heads) == 1 and not any(row[0] == "序号" for row in rows)
    data = rows[heads[0] + 1 :]
    assert all(row[0] and row[1] and row[2] for row in data)  # no empty rows, key on every row
    assert not [m for m in merges if m[0] > heads[0]]  # nothing merged under the heading
    keys = list(dict.fromkeys(row[0] for row in data))
    points = [(d, p, w, pt) for d, p, w, _t, ps in STATION for pt in ps]
    assert len(keys) == len(points) == 6 and len(data) == 6 * len(FIELDS)
    got = []
    for k, key in enumerate(keys):
        block = [row for row in data if row[0] == key]
        assert key == f"JG-{k + 1:02d}" and [row[1] for row in block] == list(FIELDS)
        assert data[k * len(FIELDS) : (k + 1) * len(FIELDS)] == block  # consecutive
        values = {row[1]: row[2] for row in block}
        got.append((values["科室"], values["岗位"], values["责任人"], values["风险点"],
                    GRADES[values["风险等级"]], types_in(values["风险类型"])))  # fmt: skip
    assert [g[:5] for g in got] == BATCH.truth_rows(LONG)
    assert [g[5] for g in got] == [r["types"] for r in BATCH.points(LONG)]
    assert len(BY_NAME[LONG]["truth"]) == 3


def test_batch498_plain_tables_by_heading():
    cases = [
        ("jingning_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("jingning_animal_husbandry_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("jingning_jieshipu_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("jingning_animal_husbandry_posts") == {""}
    name = "jingning_extension_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")
    points = {p["risk_point"] for p in BATCH.points("jingning_animal_husbandry_posts")}
    assert not points & {row[4] for row in BATCH.table("jingning_animal_husbandry_posts")}


def test_batch498_group_rows_and_one_sheet_a_person():
    name = "jingning_renda_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "jingning_weirong_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "jingning_chengchuan_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch498_is_read(tmp_path):
    BATCH.is_read(tmp_path)
