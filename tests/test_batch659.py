"""The six-hundred-and-fifty-ninth batch of published layouts (tests/published/batch659.py): seven
ordinary files as the grassland and livestock-trade bodies of one city (锡林浩特市, 锡林郭勒盟) really
send them — the 草原监督管理所's 一览表 with ``一级/二级/三级`` and short types, the 畜产品质量检测站's
排查表 对岗不对人, the 动物卫生监督所's 防控卡 one sheet a person with ``★★★/★★/★``, the 草原工作站's 清单
under group rows with ``高风险/中风险/低风险``, the 农牧和科技局's 一览表 in two sheets with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 动物疫病预防控制中心's 自查表 one sheet a person with ``一级风险/…``, the 畜牧工作站's 一览表 under
``附件1`` — and one harder: the 牲畜交易市场管理所's 岗位廉政风险点统计表 whose heading row is only the
栏次 numbers ``序号 | 1 | 2 | 3 | 4 | 5 | 6``, the columns named by a ``填表说明`` line above the table
(``python tests/published/score.py --set batch659``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fe1699a (/work/snap20; this worktree branched from
dev at the same commit): TOTAL forms=0.833 recall=0.824 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 25/30, points 42/51); with --strict the same: TOTAL forms=0.833 recall=0.824
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``xilinhot_livestock_market_column_numbers.xlsx`` (sheet 统计表; forms
0/5, points 0/9, nothing exported): the reader found no table at all — one warning FILE_NO_FORM
(“没有‘风险点’‘风险级别’等表头”) for the file — because the heading row A5:G5 is only
``序号 | 1 | 2 | 3 | 4 | 5 | 6`` and the column names stand only in the 填表说明 line A4
(第1栏 股室, 第2栏 岗位, 第3栏 姓名, 第4栏 廉政风险点, 第5栏 风险等级, 第6栏 防控措施); the truth has
five holders (所长 冉骁甯, 副所长 卢昶瑀, 交易服务股 股长 冉玹翾, 司磅员 卢翀霈, 财务股 收费员 冉湝珣),
9 points in B6:G14, 高/中/低. Kind: a statistical-report table whose heading is only the 栏次
numbers, its columns named by a 填表说明 line above it, is not recognised as a table, so the whole
file is dropped.

Not generalised in the stop that measured it (left for the next): a heading row of column numbers
named by a ``第N栏填写…`` note.

Generalised after this measurement: a heading of column numbers (`序号 | 1 | 2 | …`) named by a 填表说明 line (`第1栏填写所在股室，第2栏填写岗位名称…`) is read with the words the line gives each column (`HEADING_BY_COLUMN_NOTE`; `tests/test_heading_by_column_numbers.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch659 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MARKET,
    NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(659, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xilinhot_livestock_market_column_numbers"}
TYPED = {"xilinhot_grassland_supervision_list", "xilinhot_livestock_station_list"}
NOBODY = {"xilinhot_product_testing_posts"}


def test_batch659_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=655, unit_words=("锡林浩特市",), new_people=True
    )


def test_batch659_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch659_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch659_every_unit_is_of_xilinhot():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("锡林浩特市") for u in units)


def test_batch659_column_numbers_named_by_the_note():
    name = "xilinhot_livestock_market_column_numbers"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", 1, 2, 3, 4, 5, 6]
    assert rows[head - 1][0] == NOTE
    # the note names every numbered column, and no heading row names them
    for k, word in enumerate(("股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"), 1):
        assert f"第{k}栏填写" in NOTE and word in NOTE.split(f"第{k}栏")[1].split("，")[0]
        assert all(word not in str(cell) for row in rows[head:] for cell in row if cell)
    fixed = {"dept": 1, "post": 2, "person": 3, "point": 4}
    dept = post = who = None
    got = []
    for row in BATCH.table(name):
        dept, post, who = row[1] or dept, row[2] or post, row[3] or who
        got.append((dept, post, who, row[fixed["point"]], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert len(got) == sum(len(points) for *_, points in MARKET)


def test_batch659_plain_tables_by_heading():
    cases = [
        ("xilinhot_grassland_supervision_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("xilinhot_livestock_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xilinhot_product_testing_posts"
    heads = {"dept": "科室", "post": "岗位", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "xilinhot_agriculture_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch659_group_rows_give_the_department():
    name = "xilinhot_grassland_station_group_rows"
    dept, post, who, got = None, None, None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            post, who = row[1] or post, row[2] or who
            got.append((dept, post, who, row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch659_one_sheet_a_person():
    name = "xilinhot_disease_control_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xilinhot_animal_health_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch659_is_read(tmp_path):
    BATCH.is_read(tmp_path)
