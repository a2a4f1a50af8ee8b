"""A table with NO level column whose levels are marks written before the MEASURES, not before the
points (``▲▲▲　项目公开招标…``, ``●●　…``, ``★　…``), a note below (or above) saying what each mark
or run of marks is (``▲▲▲为一级风险``, ``★、☆分别为一级、二级``, ``未标注的为三级``): each row whose
measures open with a mark the note defines is at its level, the mark taken off the measures; the
unmarked rows at the level the note gives them, else blank as before. Said once a table (info
LEVEL_MARKS_ON_MEASURES at the measures heading, naming the marks and the rows). Only where no
point carries such a mark (marks on the points read as before, LEVEL_MARKS), most rows' measures
(at least two) open with a defined mark, and no measures cell opens with a mark the note does not
define. Before, every point had no level (LEVEL_BLANK) and the marks stayed in the measures.

Not the published batch's file (batch1017: a 水务局's ``▲▲▲/▲▲/▲`` and ``防控措施前“▲”的个数``): a
县自然资源局's ``●●●/●●/●`` with the note ABOVE the table, a 县教育局's ``★/☆`` given ``分别为`` with
the unmarked rows ``未标注的为三级``. Near-misses read as before: a level column already there, marks
on the points (LEVEL_MARKS), one measures cell opening with a mark the note does not give, and
measures opening with marks where no note defines any.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = "LEVEL_MARKS_ON_MEASURES"


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "risk_point", "risk_level", "measures"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


# the note above the table; '●●●/●●/●'
LAND = [
    ["县自然资源局岗位廉政风险防控一览表", None, None, None, None],
    ["说明：措施前标●●●的为一级风险，●●的为二级风险，●的为三级风险。", None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "局长", "拓跋翀澜", "土地出让底价泄露", "●●●出让底价集体确定，专人保管。"],
    [2, "副局长", "宇文沨琬", "不动产登记违规加急办理", "●●加急办理审批登记。"],
    [3, "测绘员", "拓跋璆", "测绘成果数据篡改", "● 成果两人复核。"],
]  # fmt: skip
LAND_READ = [
    ("拓跋翀澜", "土地出让底价泄露", "Ⅰ级", "出让底价集体确定，专人保管。"),
    ("宇文沨琬", "不动产登记违规加急办理", "Ⅱ级", "加急办理审批登记。"),
    ("拓跋璆", "测绘成果数据篡改", "Ⅲ级", "成果两人复核。"),
]

# '★、☆分别为一级、二级', the unmarked third
SCHOOL = [
    ["县教育局廉政风险点排查表", None, None, None, None],
    ["序号", "股室", "姓名", "风险点", "防控措施"],
    [1, "计财股", "宇文澈", "营养改善计划资金截留", "★资金直拨学校，定期审计。"],
    [2, "计财股", "宇文澈", "校舍维修项目拆分发包", "☆维修项目按规定比选。"],
    [3, "人事股", "拓跋琛", "教师招聘面试打招呼", "面试抽签确定考官。"],
    [4, "基教股", "拓跋沅", "招生划片优亲厚友", "☆划片方案向社会公示。"],
    ["注：★、☆分别为一级、二级风险，未标注的为三级风险。", None, None, None, None],
]  # fmt: skip
SCHOOL_READ = [
    ("宇文澈", "营养改善计划资金截留", "Ⅰ级", "资金直拨学校，定期审计。"),
    ("宇文澈", "校舍维修项目拆分发包", "Ⅱ级", "维修项目按规定比选。"),
    ("拓跋琛", "教师招聘面试打招呼", "Ⅲ级", "面试抽签确定考官。"),
    ("拓跋沅", "招生划片优亲厚友", "Ⅱ级", "划片方案向社会公示。"),
]


def test_marks_on_the_measures_by_a_note_above(tmp_path):
    got = run(tmp_path, LAND)
    assert read(got) == LAND_READ
    said = got.issues[got.issues["code"] == NEW]
    assert len(said) == 1 and said.iloc[0]["severity"] == "info"
    assert said.iloc[0]["cell"] == "E3" and "●●●=Ⅰ级" in said.iloc[0]["value"]
    assert "LEVEL_BLANK" not in codes(got)


def test_marks_given_respectively_and_the_unmarked_level(tmp_path):
    got = run(tmp_path, SCHOOL)
    assert read(got) == SCHOOL_READ
    assert NEW in codes(got) and "LEVEL_BLANK" not in codes(got)


def test_a_level_column_is_read_as_before(tmp_path):
    rows = [r[:4] + ["二级", r[4]] if isinstance(r[0], int) else r for r in LAND]
    rows[2] = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    got = run(tmp_path, rows)
    assert {lv for *_, lv, _m in read(got)} == {"Ⅱ级"}
    assert NEW not in codes(got)


def test_marks_on_the_points_are_read_as_before(tmp_path):
    rows = [list(r) for r in LAND]
    for r in rows[3:]:
        mark, rest = r[4][: len(r[4]) - len(r[4].lstrip("●"))], r[4].lstrip("● ")
        r[3], r[4] = mark + r[3], rest
    got = run(tmp_path, rows)
    assert [x[2] for x in read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_MARKS" in codes(got) and NEW not in codes(got)


def test_a_mark_the_note_does_not_give_reads_nothing(tmp_path):
    rows = [list(r) for r in LAND]
    rows[5][4] = "■ 成果两人复核。"
    got = run(tmp_path, rows)
    assert {x[2] for x in read(got)} == {""}
    assert NEW not in codes(got) and "LEVEL_BLANK" in codes(got)


def test_marks_without_a_note_read_nothing(tmp_path):
    rows = [list(r) for r in LAND]
    rows[1] = ["填报单位：县自然资源局", None, None, None, None]
    got = run(tmp_path, rows)
    assert {x[2] for x in read(got)} == {""}
    assert NEW not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE[NEW][0] == "info" and NEW in SHORT
