"""The nine-hundred-and-fifty-third batch of published layouts (tests/published/batch953.py): seven
ordinary files as the health bodies of one county (申扎县) really send them — the 卫生健康委员会's 一览表
in two sheets 委领导/股室 with ``一级/二级/三级``, the 疾病预防控制中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 藏医院's 防控卡 one sheet a leader with ``★★★/★★/★``, the 妇幼保健院's 清单
under group rows ``一、院领导`` … with ``一级风险/二级风险/三级风险``, the 卫生监督所's 自查表 one sheet
a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 雄梅镇卫生院's 一览表 with ``高风险/中风险/低风险``, the 买巴乡卫生院's
登记表 — and one harder: the 人民医院's 风险识别登记表 that splits every risk in three cells
``风险源 | 风险事件 | 风险后果`` under a merged ``风险识别`` heading, the point the 风险事件
(``python tests/published/score.py --set batch953``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3293f458 (/work/snap68; this worktree branched from
main at the same commit), after these tests passed: TOTAL forms=0.867 recall=0.857 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 26/30, points 42/49, precision 42/42, levels 42/42, types
42/42); with --strict the same: TOTAL forms=0.867 recall=0.857 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``shenzha_people_hospital_risk_event.xlsx`` (sheet 登记表; forms 0/4,
points 0/7, precision 0/0, noise 0): the reader found NO table in the file at all — one warning
``FILE_NO_FORM`` (文件: 工作簿中未找到廉政风险识别和防控表(没有“风险点”“风险级别”等表头)), no form id, no
point, no issue at any cell. The heading (row 2 ``序号 | 科室 | 岗位 | 姓名 | 风险识别`` (E2:G2 merged) ``|
风险等级 | 防控措施``, row 3 ``风险源 | 风险事件 | 风险后果`` in E3:G3, A2:A3 … D2:D3, H2:H3, I2:I3 merged)
was not taken for a risk table: neither ``风险识别`` nor any of ``风险源 | 风险事件 | 风险后果`` was read
as the point column, so the rows under it (e.g. E4 ``大型医疗设备采购``, F4
``大型医疗设备采购中授意设定倾向性参数，为特定供应商谋利``, G4 ``国有资金损失，设备闲置浪费``, H4 ``一级``)
were never read. The truth has four holders (院领导 院长 姜翯澂, 院领导 副院长 白翊霁, 药剂科 科主任 姜沄翃,
财务科 收费员 白珝玥), seven points (the 风险事件 cells F4:F10), levels from H.
Kind: a risk split in three cells ``风险源 | 风险事件 | 风险后果`` under one merged ``风险识别`` heading (a
two-row heading whose point column is named only by unknown words) is not recognised as a risk table,
so the whole file is dropped with FILE_NO_FORM instead of reading the 风险事件 as the point.

Unscored besides: the harder file's FILE_NO_FORM warning (above); the other issues are info only
(TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): a two-row heading ``风险识别`` over
``风险源 | 风险事件 | 风险后果`` — read the 风险事件 as the point, the 风险源 and 风险后果 as neither points
nor measures.

Generalised after this measurement: a 风险识别 register's ``风险源 | 风险事件 | 风险后果`` (and kin:
风险情形/风险表现, 风险因素/致险因素, 可能后果/危害后果) reads the event as the point, the source as its
description, the consequence as no field (POINT_BY_RISK_EVENT), tests/test_risk_event_as_point.py.
Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch953 import (
    EVENTS,
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
BATCH = Batch(953, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shenzha_people_hospital_risk_event"}
TYPED = {
    "shenzha_cdc_posts",
    "shenzha_xiongmei_clinic_list",
    "shenzha_maiba_clinic_register",
}
NOBODY = {"shenzha_cdc_posts"}


def test_batch953_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=951, unit_words=("申扎县",), new_people=True)


def test_batch953_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch953_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch953_every_unit_is_of_shenzha():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("申扎县") for u in units)


def test_batch953_risk_split_source_event_consequence():
    name = "shenzha_people_hospital_risk_event"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == [
        "序号",
        "科室",
        "岗位",
        "姓名",
        "风险识别",
        "风险识别",
        "风险识别",
        "风险等级",
        "防控措施",
    ]
    assert rows[head + 1][4:7] == ["风险源", "风险事件", "风险后果"]
    assert BATCH.merged(name, 0, head, 4, 6) and not BATCH.merged(name, 0, head + 1, 4, 5)
    table = BATCH.table(name)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # the point is the 风险事件 (column F); the 风险源 and the 风险后果 are no points
    got = [(row[1], row[2], row[3], row[5], GRADES[row[7]]) for row in table]
    assert got == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & ({row[4] for row in table} | {row[6] for row in table})
    assert all(len(row[4]) < len(row[5]) for row in table)
    assert len(BY_NAME[name]["truth"]) == len(EVENTS)
    assert all(p["types"] == [] for p in BATCH.points(name))


def test_batch953_plain_tables_by_heading():
    cases = [
        ("shenzha_xiongmei_clinic_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("shenzha_maiba_clinic_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("shenzha_cdc_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "shenzha_health_commission_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "委领导") == BATCH.truth_rows(name, "委领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "shenzha_cdc_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch953_group_rows_give_the_department():
    name = "shenzha_mch_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch953_one_sheet_a_person():
    name = "shenzha_health_supervision_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shenzha_tibetan_hospital_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch953_is_read(tmp_path):
    BATCH.is_read(tmp_path)
