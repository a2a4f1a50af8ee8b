"""A point cell listing a holder's points ONE A LINE, each line opening with its TYPE as a label
(``1.思想道德风险：…⏎2.制度机制风险：…``, ``（一）岗位职责风险：…``, ``①外部环境：…``, or no numbers at
all), in a table with no type column (or its cell blank): a point each line, the number and the label
off, the label its type; the level cell numbered alike (``1.一级⏎2.二级``) or listing the lines'
numbers by grade (``一级：1⏎二级：2``) gives each line its own level, one level word all of them; the
measures cell numbered alike gives each its own measures. Said once a table (info
POINTS_BY_TYPED_LINES naming the first cell and the number of cells). A cell of numbered lines of
which two or more open with a ``…风险：`` label and another does not is kept whole, with a warning
at its cell (TYPED_LINE_UNLABELLED). Before, the cell was one point with no type (or, beside a
numbered level cell, a point a line with the label left in it and no type).

Not the published batch's file (batch986: a 住房和城乡建设局's one row a person with ``1.`` / ``（一）``
/ ``①`` / ``1、`` numbering): a 县水务局's list with no numbers on the lines and measures numbered
``（1）``, a 县市场监督管理局's with ``一、…类风险：`` labels and bare type names after ``①``, levels
listed by line numbers. Near-misses read as before: a type column already filled, a cell of a
duty's and a point's labels (``岗位职责：负责…⏎风险点：…``), one typed line alone in its cell, and a
cell whose lines are not all typed (kept whole, warned).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"POINTS_BY_TYPED_LINES", "TYPED_LINE_UNLABELLED"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    cols = ["person", "risk_point", "risk_type", "risk_level", "measures"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


# lines with no numbers, one level for all, measures numbered '（1）'
WATER = [
    ["县水务局岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "局长", "亓官澄", "思想道德风险：接受工程承包方宴请。\n业务流程风险：水利项目验收走过场。", "高",
     "（1）执行廉洁纪律。\n（2）验收组集体验收。"],
    [2, "水政监察大队大队长", "羊舌珩", "外部环境风险：采砂执法中说情减免处罚。\n岗位职责风险：河道巡查不到位。", "中",
     "执法全程记录，巡查日志月查。"],
    ["注：风险点按类型分行填写，冒号前为风险类型。", None, None, None, None, None],
]  # fmt: skip
WATER_READ = [
    ("亓官澄", "接受工程承包方宴请。", "思想道德风险", "Ⅰ级", "执行廉洁纪律。"),
    ("亓官澄", "水利项目验收走过场。", "业务流程风险", "Ⅰ级", "验收组集体验收。"),
    ("羊舌珩", "采砂执法中说情减免处罚。", "外部环境风险", "Ⅱ级", "执法全程记录，巡查日志月查。"),
    ("羊舌珩", "河道巡查不到位。", "岗位职责风险", "Ⅱ级", "执法全程记录，巡查日志月查。"),
]

# '一、…类风险：' and '①' with bare type names; the levels listed by the lines' numbers
MARKET = [
    ["县市场监督管理局廉政风险点排查表", None, None, None, None],
    ["职务", "姓名", "风险点", "风险级别", "防控措施"],
    ["副局长", "亓官翊", "一、制度机制类风险：食品生产许可审批个人说了算\n二、思想道德类风险：收受企业购物卡",
     "1.一级\n2.二级", "1.许可集体审查\n2.廉洁承诺"],
    ["所长", "羊舌沄", "①外部环境：监管对象请托打招呼\n②制度机制：抽检任务分配不公\n③思想道德：接受吃请",
     "一级：2\n二级：1、3", "按制度执行"],
]  # fmt: skip
MARKET_READ = [
    ("亓官翊", "食品生产许可审批个人说了算", "制度机制风险", "Ⅰ级", "许可集体审查"),
    ("亓官翊", "收受企业购物卡", "思想道德风险", "Ⅱ级", "廉洁承诺"),
    ("羊舌沄", "监管对象请托打招呼", "外部环境风险", "Ⅱ级", "按制度执行"),
    ("羊舌沄", "抽检任务分配不公", "制度机制风险", "Ⅰ级", "按制度执行"),
    ("羊舌沄", "接受吃请", "思想道德风险", "Ⅱ级", "按制度执行"),
]


def test_typed_lines_without_numbers(tmp_path):
    got = run(tmp_path, WATER)
    assert read(got) == WATER_READ
    said = got.issues[got.issues["code"] == "POINTS_BY_TYPED_LINES"]
    assert len(said) == 1 and said.iloc[0]["severity"] == "info"
    assert said.iloc[0]["cell"] == "D3" and said.iloc[0]["value"] == "2"
    assert "TYPE_UNKNOWN" not in codes(got) and "TABLE_NO_TYPE" not in codes(got)


def test_typed_lines_with_class_words_and_bare_names(tmp_path):
    got = run(tmp_path, MARKET)
    assert read(got) == MARKET_READ
    assert "POINTS_BY_TYPED_LINES" in codes(got)
    assert not codes(got) & {"LEVEL_UNKNOWN", "TYPE_UNKNOWN", "TYPED_LINE_UNLABELLED"}


def test_a_line_with_no_label_keeps_the_cell_whole(tmp_path):
    rows = [
        ["县水务局岗位廉政风险防控清单", None, None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "局长", "亓官澄", "1.思想道德风险：接受宴请。\n2.验收走过场。\n3.制度机制风险：资金分配不公。", "高", "措施。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert len(got.risks) == 1 and got.risks.iloc[0]["risk_type"] == ""
    warned = got.issues[got.issues["code"] == "TYPED_LINE_UNLABELLED"]
    assert len(warned) == 1 and warned.iloc[0]["severity"] == "warning"
    assert warned.iloc[0]["cell"] == "D3" and warned.iloc[0]["value"] == "2"
    assert "POINTS_BY_TYPED_LINES" not in codes(got)


def test_near_misses_read_as_before(tmp_path):
    rows = [
        ["县水务局岗位廉政风险防控清单", None, None, None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
        [1, "局长", "亓官澄", "1.思想道德风险：接受宴请。\n2.业务流程风险：验收走过场。", "制度机制", "高", "措施。"],
        [2, "会计", "羊舌珩", "岗位职责：负责财务报账\n风险点：报账审核不严", None, "中", "措施。"],
        [3, "出纳", "亓官湉", "思想道德风险：挪用公款", None, "低", "措施。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert not codes(got) & NEW
    typed = dict(zip(got.risks["person"], got.risks["risk_type"], strict=True))
    assert len(got.risks) == 3
    assert typed["亓官澄"] == "制度机制风险"  # (the type column wins, the cell whole)
    assert typed["羊舌珩"] == ""  # (a duty's label: no type)
    assert typed["亓官湉"] == "思想道德风险"  # (one typed line: the point's type, as before)
    points = dict(zip(got.risks["person"], got.risks["risk_point"], strict=True))
    assert points["亓官澄"].startswith("1.思想道德风险：") and points["亓官湉"] == "挪用公款"


def test_new_codes_are_catalogued():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["POINTS_BY_TYPED_LINES"][0] == "info"
    assert CATALOGUE["TYPED_LINE_UNLABELLED"][0] == "warning"
