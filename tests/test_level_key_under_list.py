"""A key of what each level means, under a list on the same sheet — the list's level words across
one row labelled by a level's heading (``风险等级 | 高 | 中 | 低``, ``风险级别 | 一级 | 二级 | 三级``)
over rows of a short label and a text under each level (``判定标准 | 涉及…的 | … | …``, ``防控责任 |
主要领导 | 分管领导 | 股室负责人``), or the levels DOWN one column under a level's heading beside
headings no list has (``风险等级 | 判定标准 | 管控主体`` over ``高 | 涉及…的 | 局党组``, each level once)
— right under the rows or after a blank row, under a caption or not, its cells merged across two
columns or not, in the list's first columns or under its point column — ends the list: its rows
are no points, said once (info LEVEL_KEY_UNDER_LIST at its heading row). Before, its rows were read
as points (the level words as 科室, 岗位 and 姓名, the criteria as points, LEVEL_UNKNOWN,
MEASURES_BLANK), or, the levels down the point column, ``风险等级``, ``高``, ``中``, ``低`` as points of
the list's last person. The same check as batch1004's count block (``_small_table_shape`` in
xlproc/locate_preamble.py, ``_level_key``), after its cheap tests: short cells, a level's heading
first.

Not the published batch's file (batch1009: a 县自然资源局's 一览表 with a caption ``风险等级划分标准`` over
``风险等级 | 高 | 中 | 低``, each cell two columns merged, over ``判定标准 | …`` and ``防控责任 | …``): a
县市场监督管理局's list with ``风险级别 | 一级 | 二级 | 三级`` right under its rows over ``释义 | …`` and
``管控层级 | …``, a 县医疗保障局's with the levels down under its point column after a blank row,
a 县教育局's with ``等级 | 较高 | 一般 | 较低`` under a caption alone in a cell. Near-misses read as
before: counts under the levels (COUNT_BLOCK_BY_LEVEL), a second list whose heading opens with the
level (``风险等级 | 风险点 | 防控措施``), a level twice down the column.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "title", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


NOISE = {"LEVEL_BLANK", "LEVEL_UNKNOWN", "MEASURES_BLANK", "POINT_BLANK", "TYPE_BLANK"}

MARKET = [
    ["县市场监督管理局岗位廉政风险防控清单", None, None, None, None, None],
    ["科室", "岗位", "姓名", "风险点", "风险级别", "防控措施"],
    ["局领导", "局长", "呼延翚", "案件查办中说情打招呼", "一级", "案件集体审理，过问登记。"],
    ["食品生产科", "科长", "呼延瑢", "生产许可现场核查走过场", "二级", "核查两人以上，影像留存。"],
    ["食品生产科", "科长", "呼延瑢", "抽检样品调换", "二级", "抽检样品封存，双人签字。"],
    ["登记注册科", "科员", "夏侯湄", "登记材料审核收受好处", "三级", "窗口全程录像。"],
    ["风险级别", "一级", "二级", "三级", None, None],
    ["释义", "涉及行政处罚、许可审批，发生问题可能被追究刑事责任的",
     "涉及日常监管，发生问题可能受到党纪政务处分的", "内部事务，发生问题可能受到批评教育的", None, None],
    ["管控层级", "局党组", "分管领导", "科室负责人", None, None],
    ["填表人：", None, "审核人：", None, "2025年6月", None],
]  # fmt: skip

MARKET_READ = [
    ("呼延翚", "局长", "案件查办中说情打招呼", "Ⅰ级"),
    ("呼延瑢", "科长", "生产许可现场核查走过场", "Ⅱ级"),
    ("呼延瑢", "科长", "抽检样品调换", "Ⅱ级"),
    ("夏侯湄", "科员", "登记材料审核收受好处", "Ⅲ级"),
]


def test_a_key_right_under_the_rows_levels_across_is_no_points(tmp_path):
    got = run(tmp_path, MARKET)
    assert read(got) == MARKET_READ
    assert "LEVEL_KEY_UNDER_LIST" in codes(got)
    assert not codes(got) & NOISE
    said = got.issues[got.issues["code"] == "LEVEL_KEY_UNDER_LIST"]
    assert len(said) == 1 and said.iloc[0]["cell"] == "A7"
    assert "风险级别" in said.iloc[0]["value"]


def test_a_key_with_each_cell_merged_across_two_columns(tmp_path):
    rows = [[*r, "备注" if r[0] == "科室" else None] for r in MARKET[:6]]
    rows += [["风险级别", None, "一级", None, "二级", None, "三级"],
             ["释义", None, "涉及许可审批的", None, "涉及日常监管的", None, "内部事务性的"]]  # fmt: skip
    merges = [f"{a}{r}:{b}{r}" for r in (7, 8) for a, b in ("AB", "CD", "EF")]
    got = run(tmp_path, rows, merges)
    assert [p for _, _, p, _ in read(got)] == [p for _, _, p, _ in MARKET_READ]
    assert "LEVEL_KEY_UNDER_LIST" in codes(got)
    assert not codes(got) & NOISE


MEDICAL = [
    ["县医疗保障局岗位廉政风险点一览表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "基金监管股", "股长", "欧阳翊", "定点医药机构检查通风报信", "高", "检查“双随机”，结果公开。"],
    [2, "基金监管股", "股长", "欧阳翊", "违规使用基金查处降格处理", "中", "处理结果集体审议。"],
    [3, "待遇保障股", "科员", "澹台沛", "异地就医备案审核不严", "低", "备案材料双人审核。"],
    [None, None, None, None, None, None, None],
    [None, None, None, None, "风险等级", "判定标准", "管控主体"],
    [None, None, None, None, "高", "涉及基金拨付、定点准入，可能造成重大损失的", "局党组"],
    [None, None, None, None, "中", "涉及稽核检查，可能造成较大影响的", "分管领导"],
    [None, None, None, None, "低", "日常经办，影响较小的", "股室负责人"],
]  # fmt: skip


def test_a_key_with_the_levels_down_under_the_point_column(tmp_path):
    got = run(tmp_path, MEDICAL)
    assert read(got) == [
        ("欧阳翊", "股长", "定点医药机构检查通风报信", "Ⅰ级"),
        ("欧阳翊", "股长", "违规使用基金查处降格处理", "Ⅱ级"),
        ("澹台沛", "科员", "异地就医备案审核不严", "Ⅲ级"),
    ]
    assert "LEVEL_KEY_UNDER_LIST" in codes(got)
    assert not codes(got) & NOISE
    said = got.issues[got.issues["code"] == "LEVEL_KEY_UNDER_LIST"]
    assert said.iloc[0]["cell"] == "E7"


def test_a_key_under_a_caption_alone_in_a_cell(tmp_path):
    rows = [["县教育局岗位廉政风险防控清单", None, None, None, None, None],
            ["股室", "职务", "姓名", "风险点", "风险等级", "防控措施"],
            ["局领导", "副局长", "上官沄", "教师招聘面试打招呼", "较高", "面试全程录像。"],
            ["计财股", "会计", "上官琤", "学生资助资金发放不及时", "一般", "资助名单公示。"],
            ["人事股", "科员", "闻人湉", "职称评审材料把关不严", "较低", "评审结果公示。"],
            [None, None, None, "等级说明", None, None],
            ["等级", "较高", "一般", "较低", None, None],
            ["含义", "涉及人财物分配的", "涉及审核把关的", "日常服务性的", None, None]]  # fmt: skip
    got = run(tmp_path, rows)
    assert [p for _, _, p, _ in read(got)] == [
        "教师招聘面试打招呼",
        "学生资助资金发放不及时",
        "职称评审材料把关不严",
    ]
    assert "LEVEL_KEY_UNDER_LIST" in codes(got)
    assert not codes(got) & NOISE


def test_counts_under_the_levels_are_a_count_block_as_before(tmp_path):
    rows = [*MARKET[:6], ["风险级别", "一级", "二级", "三级", "合计", None],
            ["数量（个）", 1, 2, 1, 4, None]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == MARKET_READ
    assert "COUNT_BLOCK_BY_LEVEL" in codes(got) and "LEVEL_KEY_UNDER_LIST" not in codes(got)


def test_a_list_heading_opening_with_the_level_is_no_key(tmp_path):
    rows = [*MARKET[:6], [None] * 6,
            ["风险等级", "风险点", "防控措施", None, None, None],
            ["高", "执法车辆私用", "车辆定位管理"],
            ["中", "办公用品采购不比价", "三家比价"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "LEVEL_KEY_UNDER_LIST" not in codes(got)
    assert read(got)[:4] == MARKET_READ


def test_a_level_twice_down_the_column_is_no_key(tmp_path):
    rows = [*MEDICAL[:6],
            [None, None, None, None, "风险等级", "判定标准", "管控主体"],
            [None, None, None, None, "高", "涉及基金拨付的", "局党组"],
            [None, None, None, None, "高", "涉及定点准入的", "局党组"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "LEVEL_KEY_UNDER_LIST" not in codes(got)


def test_the_code_is_catalogued():
    assert "LEVEL_KEY_UNDER_LIST" in CATALOGUE and "LEVEL_KEY_UNDER_LIST" in SHORT
