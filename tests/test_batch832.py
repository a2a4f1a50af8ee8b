"""The eight-hundred-and-thirty-second batch of published layouts (tests/published/batch832.py):
seven ordinary files as the housing and urban-rural construction bodies of one county (保德县)
really send them — the 建筑工程质量安全监督站's 排查表 对岗不对人 with 高/中/低, the 房产服务中心's 一览表
with ``高风险/中风险/低风险``, the 住房保障服务中心's 防控卡 one sheet a person with ``★★★/★★/★``, the
燃气热力管理办公室's 清单 under group rows ``一、办领导`` … with ``一级风险/二级风险/三级风险``, the
城市供热服务中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 城乡建设服务中心's 一览表 in two
sheets 中心领导/股室 with ``一级/二级/三级``, the 村镇建设服务中心's 登记表 — and one harder: the
住房和城乡建设局's 一览表 whose holder block ``责任股室 | 责任岗位 | 责任人`` stands APART, across an
empty column to the right of ``序号 | 廉政风险点 | 风险等级 | 防控措施``, answering the list row by row
(``python tests/published/score.py --set batch832``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at dbff90dc (/work/snap47; this worktree branched
from dev at 86f6799a): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 29/29, points 49/49); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the seven
ordinary ones and the harder one alike.

The harder ``baode_housing_bureau_duty_block_apart.xlsx`` (sheet 一览表) read in full, so its
shape is in effect already known: the reader took the caption row (``风险识别及防控`` A3:D3,
``责任落实`` F3:H3) as no heading, row 4 (A4:H4, E4 empty) as ONE heading across the empty column
E, and each row's 责任股室/责任岗位/责任人 (F/G/H, merged down over each holder's rows) as that
row's holder: five forms exactly as the truth has them — 局领导 局长 充霂翀 (B5, B6, 一级),
局领导 副局长 乜沨珝 (B7, 一级), 建筑市场管理股 股长 充琤岵 (B8, B9, 二级), 建筑市场管理股 股员
乜瀞昀 (B10, 二级), 招投标监督股 股员 充珣沅 (B11, 三级); the ``注：`` and 制表 lines are no points.
The only issue is info TABLE_NO_TYPE at A4 (and FILE_SKIPPED for truth.json). Kind: none — a
holder block set off across an empty, headless column on the same heading row, aligned row by
row with the list, is read as one table with the empty column ignored; no misreading.

Not generalised in the stop that measured it: nothing to generalise (no miss); the shape may
be added to the README's 读得懂的表 as known (a holder block beside the list across an empty
column, row by row, no key).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch832 import (
    APART,
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
BATCH = Batch(832, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"baode_housing_bureau_duty_block_apart"}
TYPED = {
    "baode_quality_safety_station_posts",
    "baode_property_service_center_list",
    "baode_village_construction_center_register",
}
NOBODY = {"baode_quality_safety_station_posts"}


def test_batch832_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=831, unit_words=("保德县",), new_people=True)


def test_batch832_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch832_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch832_every_unit_is_of_baode():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("保德县") for u in units)


def test_batch832_holder_block_stands_apart_row_by_row():
    name = "baode_housing_bureau_duty_block_apart"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:4] == ["序号", "廉政风险点", "风险等级", "防控措施"]
    assert rows[head][4] is None and rows[head][5:8] == ["责任股室", "责任岗位", "责任人"]
    assert rows[head - 1][0] == "风险识别及防控" and rows[head - 1][5] == "责任落实"
    table = BATCH.table(name)
    assert len(table) == len(APART)
    # the empty column holds nothing anywhere on the sheet
    assert all(len(row) < 5 or row[4] is None for row in BATCH.rows(name))
    got = [(row[5], row[6], row[7], row[1], GRADES[row[2]]) for row in table]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several rows a holder: the holder cells are merged down, the row is the key
    assert len({(d, p, w) for *_, d, p, w, _ in APART}) < len(APART)
    assert len(BY_NAME[name]["truth"]) == 5


def test_batch832_plain_tables_by_heading():
    cases = [
        ("baode_property_service_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("baode_village_construction_center_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("baode_quality_safety_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "baode_construction_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch832_group_rows_give_the_department():
    name = "baode_gas_heat_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch832_one_sheet_a_person():
    name = "baode_heating_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "baode_housing_security_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch832_is_read(tmp_path):
    BATCH.is_read(tmp_path)
