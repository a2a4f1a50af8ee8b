"""A table converted from a PDF (WPS or Adobe 'PDF转Excel'), each printed line of a cell its OWN
ROW: a numbered, graded record goes on over the rows under it, their 序号, holder and level cells
blank, holding only the rest of its texts. Two rests were not joined before: the rest of the TYPE
WORD broken at a narrow column's width (``制度机`` over ``制风险``, ``思想道德`` over ``风险``,
``制度`` over ``机制`` over ``风险``) — the row joining a point's rest was refused for its type cell,
and each half read as a point of its own with an unknown type — and a row of ONLY the measures'
rest after a row already joined (a warning POINT_BLANK, its words lost). Now the type's rest joins
the type (the two halves read as one known type, the rest alone no other type), with or without
the point's or the measures' rest on its row, and a measures-only row after a joined row joins
the measures; said once a table (info RECORD_LINES_AS_ROWS naming the first such cell and the
number of rows).

Not the published batch's file (batch987: a 自然资源局's list of ``序号 | 股室 | 岗位 | 姓名 |
廉政风险点 | 风险类型 | 风险等级 | 防控措施``, types broken 3 + 3): a 县审计局's list with no type column
and a measures-only row after a point's rest, and a 县统计局's with ``风险类别`` broken 4 + 2 and 2 + 2 +
2 over three rows, 高/中/低 and the heading repeated under a page line. Near-misses read as before:
a row naming a second whole type under a whole one, a row with its own whole type and no level, a
measures-only row under a point's own row whose measures are written (POINT_BLANK), and a ``注：``
line after a joined row.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

N = None
NEW = "RECORD_LINES_AS_ROWS"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    cols = ["person", "risk_point", "risk_type", "risk_level", "measures"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


# no type column: a point's rest, then a row of only the measures' rest
AUDIT = [
    ["县审计局岗位廉政风险防控一览表", N, N, N, N, N],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "局长", "司寇翀", "审计项目计划安排", "一级", "审计计划经局党组"],
    [N, N, N, "个人说了算", N, N],
    [N, N, N, N, N, "会议研究。"],
    [2, "局长", "司寇翀", "审计发现问题线索", "二级", "问题线索移送登记，"],
    [N, N, N, "隐瞒不报", N, "定期通报。"],
    [3, "审计员", "司寇珩", "现场审计接受被审计单位宴请", "三级", "签订廉洁承诺。"],
]
AUDIT_READ = [
    ("司寇翀", "审计项目计划安排个人说了算", "", "Ⅰ级", "审计计划经局党组\n会议研究。"),
    ("司寇翀", "审计发现问题线索隐瞒不报", "", "Ⅱ级", "问题线索移送登记，定期通报。"),
    ("司寇珩", "现场审计接受被审计单位宴请", "", "Ⅲ级", "签订廉洁承诺。"),
]

# '思想道德' over '风险', '制度' over '机制' over '风险', the type's rest alone with the measures'
# rest; the heading repeated on the second page under a page line
STATS = [
    ["县统计局廉政风险点排查表", N, N, N, N, N, N],
    ["序号", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
    [1, "局长", "公冶澂", "统计执法检查中", "思想道德", "高", "执法检查全程"],
    [N, N, N, "收受调查对象礼品", "风险", N, "记录，结果公开。"],
    [2, "局长", "公冶澂", "统计数据审核评估", "制度", "高", "数据评估集体"],
    [N, N, N, "个人说了算", "机制", N, "研究，"],
    [N, N, N, N, "风险", N, "留存记录。"],
    ["第 1 页", N, N, N, N, N, N],
    ["序号", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
    [3, "统计员", "公冶沅", "普查员劳务费发放不实", "岗位", "中", "劳务费按考勤"],
    [N, N, N, N, "职责", N, "发放，名单公示。"],
    [4, "统计员", "公冶沅", "调查样本轮换打招呼", "外部环境风险", "低", "样本轮换系统随机抽取。"],
]
STATS_READ = [
    ("公冶澂", "统计执法检查中收受调查对象礼品", "思想道德风险", "Ⅰ级", "执法检查全程\n记录，结果公开。"),
    ("公冶澂", "统计数据审核评估个人说了算", "制度机制风险", "Ⅰ级", "数据评估集体\n研究，留存记录。"),
    ("公冶沅", "普查员劳务费发放不实", "岗位职责风险", "Ⅱ级", "劳务费按考勤\n发放，名单公示。"),
    ("公冶沅", "调查样本轮换打招呼", "外部环境风险", "Ⅲ级", "样本轮换系统随机抽取。"),
]  # fmt: skip


def test_the_code_is_catalogued():
    assert NEW in CATALOGUE and NEW in SHORT
    assert set(CATALOGUE) == set(SHORT)


def test_a_measures_only_row_after_a_points_rest_joins_the_measures(tmp_path):
    got = run(tmp_path, AUDIT)
    assert read(got) == AUDIT_READ
    assert "POINT_BLANK" not in codes(got)
    said = got.issues[got.issues["code"] == NEW]
    assert list(said["cell"]) == ["F5"] and list(said["severity"]) == ["info"]


def test_a_type_word_broken_over_rows_is_one_type(tmp_path):
    got = run(tmp_path, STATS)
    assert read(got) == STATS_READ
    assert not {"TYPE_UNKNOWN", "LEVEL_BLANK", "POINT_BLANK"} & codes(got)
    said = got.issues[got.issues["code"] == NEW]
    assert len(said) >= 1 and set(said["severity"]) == {"info"}
    assert list(said["cell"])[0] == "E4"


def test_a_second_whole_type_under_a_whole_one_is_no_rest(tmp_path):
    rows = [list(r) for r in STATS[:2]] + [
        [1, "局长", "公冶澂", "统计执法检查中", "思想道德风险", "高", "执法检查全程记录。"],
        [N, N, N, "收受调查对象礼品", "岗位职责风险", N, "结果公开。"],
    ]
    got = run(tmp_path, rows)
    points = [p for _w, p, *_ in read(got)]
    assert points == ["统计执法检查中", "收受调查对象礼品"]  # two points, as before
    assert NEW not in codes(got)


def test_a_row_of_its_own_type_and_no_level_stays_a_point(tmp_path):
    rows = [list(r) for r in AUDIT[:2]]
    rows = [
        ["县统计局廉政风险点排查表", N, N, N, N, N, N],
        ["序号", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
        [1, "局长", "公冶澂", "统计执法检查收受礼品", "思想道德", "高", "执法全程记录。"],
        [2, "局长", "公冶澂", "统计数据评估个人说了算", "制度机制", N, "集体研究。"],
        [3, "统计员", "公冶沅", "劳务费发放不实", "岗位职责", "中", "名单公示。"],
    ]
    got = run(tmp_path, rows)
    assert [p for _w, p, *_ in read(got)] == [
        "统计执法检查收受礼品", "统计数据评估个人说了算", "劳务费发放不实",
    ]  # fmt: skip
    assert "LEVEL_BLANK" in codes(got) and NEW not in codes(got)


def test_a_lone_measure_under_a_points_own_measures_is_as_before(tmp_path):
    rows = [list(r) for r in AUDIT[:2]] + [
        [1, "局长", "司寇翀", "审计项目计划安排个人说了算", "一级", "审计计划经局党组研究。"],
        [N, N, N, N, N, "计划执行情况公开。"],
        [2, "审计员", "司寇珩", "现场审计接受宴请", "三级", "签订廉洁承诺。"],
    ]
    got = run(tmp_path, rows)
    assert [m for *_x, m in read(got)] == ["审计计划经局党组研究。", "签订廉洁承诺。"]
    assert "POINT_BLANK" in codes(got) and NEW not in codes(got)


def test_a_note_after_a_joined_row_is_no_measure(tmp_path):
    rows = [list(r) for r in AUDIT[:7]] + [
        [N, N, N, N, N, "注：风险等级一级为最高。"],
        ["填表：办公室", N, N, "审核：", N, N],
    ]
    got = run(tmp_path, rows)
    assert read(got) == AUDIT_READ[:2]  # the note no measure of the point above
    said = got.issues[got.issues["code"] == NEW]
    assert len(said) == 1
