"""A SUMMARY GRID (科室 or 岗位 down, the levels across — ``高风险点 | 中风险点 | 低风险点``,
``Ⅰ级风险点 | Ⅱ级风险点 | Ⅲ级风险点`` —, each cell listing that row's points, naming no holder and
no measure) beside lists that WRITE their own levels, every item of every cell a point of those
lists under the same 科室 (post) at that column's level (words compared without numbering, spaces
and punctuation): the grid repeats the lists, it is their summary — no forms or points of its own
(info SUMMARY_GRID_REPEATS_LEVELS at the grid's heading). Before, it was read as a second,
nameless list, every point doubled under 科室 forms naming no one (batch1036's 自然资源局: one
sheet per 科室, each writing 一级/二级/三级, and a ``分级汇总`` sheet, ``1.…⏎2.…`` lines).

Not that batch's words: a 县市场监督管理局's two 股室 sheets (高/中/低) and a ``风险等级汇总`` grid
of 股室 with items parted by ``；``; a 镇's one list (科室 column, Ⅰ级/Ⅱ级) and a grid by POST
(``党政办主任``) numbered ``①…②…`` on one line. Near-misses, read as before: a grid listing one
point the lists lack, a grid listing one point at another level than its list's, a grid of counts.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, INFO, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, merges or {})
    return _collect(inbox)


def codes(got) -> set[str]:
    return set(got.issues["code"])


def on(got, sheet: str):
    return got.risks[got.risks["source_sheet"] == sheet]


HEAD = ["序号", "岗位", "责任人", "风险点", "等级", "防控措施"]
REGISTRY = [
    ["县市场监督管理局登记注册股廉政风险点", None, None, None, None, None],
    HEAD,
    [1, "股长", "闻人湉", "企业名称核准打招呼", "高", "核准集体审核。"],
    [2, "股长", "闻人湉", "虚假登记材料把关不严", "中", "材料两人复核。"],
    [3, "登记员", "闻人翀", "档案查询收取好处", "低", "查询登记留痕。"],
]  # fmt: skip
FOOD = [
    ["县市场监督管理局食品安全股廉政风险点", None, None, None, None, None],
    HEAD,
    [1, "股长", "东郭沅", "食品抽检样品调包", "高", "抽检双人双锁。"],
    [2, "检查员", "东郭璟", "小作坊检查通风报信", "中", "检查随机抽取对象。"],
]  # fmt: skip
MARKET_GRID = [
    ["县市场监督管理局风险等级汇总", None, None, None],
    ["股室", "高风险点", "中风险点", "低风险点"],
    ["登记注册股", "企业名称核准打招呼", "虚假登记材料把关不严", "档案查询收取好处"],
    ["食品安全股", "食品抽检样品调包", "小作坊检查通风报信", "—"],
]  # fmt: skip


def test_a_grid_repeating_two_levelled_sheets_is_their_summary(tmp_path):
    got = run(tmp_path, {"登记注册股": REGISTRY, "食品安全股": FOOD, "风险等级汇总": MARKET_GRID})
    assert len(on(got, "风险等级汇总")) == 0
    assert list(on(got, "登记注册股")["risk_level"]) == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert list(on(got, "食品安全股")["risk_level"]) == ["Ⅰ级", "Ⅱ级"]
    said = got.issues[got.issues["code"] == "SUMMARY_GRID_REPEATS_LEVELS"]
    assert len(said) == 1 and said.iloc[0]["source_sheet"] == "风险等级汇总"
    assert "5 个" in said.iloc[0]["message"] and "按科室分行" in said.iloc[0]["message"]
    assert not {"LEVEL_COLUMNS", "MEASURES_BLANK", "FORM_NO_PERSON"} & set(
        got.issues[got.issues["source_sheet"] == "风险等级汇总"]["code"]
    )


TOWN = [
    ["某镇岗位廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险级别", "防控措施"],
    [1, "党政办", "主任", "呼延琪", "公务接待超标准", "Ⅱ级", "接待一事一单。"],
    [2, "党政办", "主任", "呼延琪", "办公用品采购不比价", "Ⅱ级", "三家比价。"],
    [3, "财政所", "所长", "呼延瑀", "惠农资金拨付不及时", "Ⅰ级", "按进度拨付。"],
    [4, "财政所", "所长", "呼延瑀", "往来款长期挂账", "Ⅲ级", "每季清理。"],
]  # fmt: skip
TOWN_GRID = [
    ["分级汇总", None, None, None],
    ["岗位", "Ⅰ级风险点", "Ⅱ级风险点", "Ⅲ级风险点"],
    ["党政办主任", None, "①公务接待超标准②办公用品采购不比价", None],
    ["财政所所长", "①惠农资金拨付不及时", None, "①往来款长期挂账"],
]  # fmt: skip


def test_a_grid_by_post_numbered_on_one_line_beside_one_list(tmp_path):
    got = run(tmp_path, {"清单": TOWN, "分级汇总": TOWN_GRID})
    assert len(on(got, "分级汇总")) == 0
    assert list(on(got, "清单")["risk_level"]) == ["Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    assert "SUMMARY_GRID_REPEATS_LEVELS" in codes(got)
    said = got.issues[got.issues["code"] == "SUMMARY_GRID_REPEATS_LEVELS"].iloc[0]
    assert "岗位" in said["message"] and "4 个" in said["message"]


def test_a_grid_with_a_point_of_its_own_reads_as_before(tmp_path):
    grid = [row[:] for row in MARKET_GRID]
    grid[3][3] = "冷链食品追溯检查走过场"  # (no list has it)
    got = run(tmp_path, {"登记注册股": REGISTRY, "食品安全股": FOOD, "风险等级汇总": grid})
    assert len(on(got, "风险等级汇总")) == 6
    assert "SUMMARY_GRID_REPEATS_LEVELS" not in codes(got) and "LEVEL_COLUMNS" in codes(got)


def test_a_grid_grading_one_point_otherwise_reads_as_before(tmp_path):
    grid = [row[:] for row in TOWN_GRID]
    grid[3][1], grid[3][3] = "①往来款长期挂账", "①惠农资金拨付不及时"
    got = run(tmp_path, {"清单": TOWN, "分级汇总": grid})
    assert len(on(got, "分级汇总")) >= 3  # (read as its own list, as before)
    assert list(on(got, "清单")["risk_level"]) == ["Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    assert "SUMMARY_GRID_REPEATS_LEVELS" not in codes(got)


def test_a_grid_of_counts_beside_levelled_lists_reads_as_before(tmp_path):
    counts = [
        ["风险点统计", None, None, None],
        ["股室", "高风险点", "中风险点", "低风险点"],
        ["登记注册股", 1, 1, 1],
        ["食品安全股", 1, 1, 0],
    ]
    got = run(tmp_path, {"登记注册股": REGISTRY, "食品安全股": FOOD, "统计": counts})
    assert "SUMMARY_GRID_REPEATS_LEVELS" not in codes(got)
    assert len(on(got, "登记注册股")) == 3 and len(on(got, "食品安全股")) == 2


def test_the_code_is_catalogued_in_chinese():
    severity, template = CATALOGUE["SUMMARY_GRID_REPEATS_LEVELS"]
    assert severity == INFO and "分级汇总" in template and SHORT["SUMMARY_GRID_REPEATS_LEVELS"]
