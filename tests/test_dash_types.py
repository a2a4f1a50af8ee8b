"""A point cell CLOSING WITH ITS TYPE AFTER A DASH (``…——思想道德风险``, ``…—制度机制类``,
``…--岗位职责``, ``…－－业务流程类风险``, two types joined by ``、``) in a table with no type column (or
the row's type cell blank): the words after the dash are the point's type and no part of the
point. Said once a table (info TYPE_AFTER_DASH naming the first cell and the number of points). A
type's short form after the dash (``——制度``, ``——职责``) is read only where the table's dashes name
two types or more, or a note speaks of the dash. A type cell already written wins: the dash goes
where it names the same type, and a dash naming another type stays, with a warning
(TYPE_AFTER_DASH_DIFFERS). Before, the point kept the dash and the type in its text and had no type.

Not the published batch's file (batch989: a 人民医院's 一览表, 科室 and holders merged): a 县林业局's
list with the holder on every row and ``高/中/低``, a 县文旅局's with short forms, a 县统计局's with a
type column. Near-misses read as before: a holder after the dash (``——审单员　某某``), a description
after it (``未按规定比价——表现为只询一家``), a dash inside the point, a cell of numbered lines each
closing with its own dash and type (left whole), and short forms alone with no note.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"TYPE_AFTER_DASH", "TYPE_AFTER_DASH_DIFFERS"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "risk_point", "risk_type", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


FORESTRY = [
    ["县林业局廉政风险点一览表", None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "第五沄翊", "林木采伐指标分配暗箱操作——制度机制风险", "高", "指标分配集体研究并公示。"],
    [2, "资源股", "股长", "闾丘瑄", "林地征占用现场查验走过场 — 岗位职责类", "中", "查验两人到场。"],
    [3, "资源股", "科员", "第五琮", "造林补助面积核实不实--思想道德、外部环境", "中", "面积卫星比对。"],
    [4, "执法大队", "队员", "闾丘渟", "滥伐案件查处中以罚代刑－－业务流程类风险。", "低", "案件集体审议。"],
]  # fmt: skip
FORESTRY_READ = [
    ("第五沄翊", "林木采伐指标分配暗箱操作", "制度机制风险", "Ⅰ级"),
    ("闾丘瑄", "林地征占用现场查验走过场", "岗位职责风险", "Ⅱ级"),
    ("第五琮", "造林补助面积核实不实", "思想道德风险;外部环境风险", "Ⅱ级"),
    ("闾丘渟", "滥伐案件查处中以罚代刑", "业务流程风险", "Ⅲ级"),
]


def test_types_after_a_dash(tmp_path):
    got = run(tmp_path, FORESTRY)
    assert read(got) == FORESTRY_READ
    said = got.issues[got.issues["code"] == "TYPE_AFTER_DASH"]
    assert len(said) == 1 and said.iloc[0]["severity"] == "info"
    assert said.iloc[0]["cell"] == "E3" and said.iloc[0]["value"] == "4"
    assert "TABLE_NO_TYPE" not in codes(got) and "TYPE_UNKNOWN" not in codes(got)


def _culture(first: str, second: str, note: str | None) -> list:
    rows = [
        ["县文化旅游广电局岗位风险清单", None, None, None, None],
        ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["副局长", "第五璟", f"文物保护项目验收打招呼——{first}", "一级", "验收集体进行。"],
        ["市场股股长", "闾丘翀", f"演出许可审批拖延——{second}", "二级", "许可限时办结。"],
    ]
    if note:
        rows.append([note, None, None, None, None])
    return rows


def test_short_forms_where_two_types_or_a_note_say_so(tmp_path):
    got = run(tmp_path / "two", _culture("制度", "职责", None))
    assert [r[2] for r in read(got)] == ["制度机制风险", "岗位职责风险"]
    assert [r[1] for r in read(got)] == ["文物保护项目验收打招呼", "演出许可审批拖延"]
    got = run(tmp_path / "note", _culture("职责", "职责", "注：破折号后为风险类型。"))
    assert [r[2] for r in read(got)] == ["岗位职责风险", "岗位职责风险"]
    # one short form, no note: the dash stays, no type
    got = run(tmp_path / "alone", _culture("职责", "职责", None))
    assert [r[2] for r in read(got)] == ["", ""]
    assert read(got)[0][1] == "文物保护项目验收打招呼——职责"
    assert not codes(got) & NEW


def test_a_type_column_wins(tmp_path):
    rows = [
        ["县统计局廉政风险防控表", None, None, None, None, None],
        ["岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        ["局长", "第五澂", "统计数据审核中授意改数——思想道德风险", "思想道德", "高", "数据质量追溯。"],
        ["调查队员", "闾丘岫", "入户调查代填问卷——业务流程风险", "岗位职责", "中", "回访抽查。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == [
        ("第五澂", "统计数据审核中授意改数", "思想道德风险", "Ⅰ级"),
        ("闾丘岫", "入户调查代填问卷——业务流程风险", "岗位职责风险", "Ⅱ级"),
    ]
    warned = got.issues[got.issues["code"] == "TYPE_AFTER_DASH_DIFFERS"]
    assert len(warned) == 1 and warned.iloc[0]["severity"] == "warning"
    assert warned.iloc[0]["cell"] == "C4"


def test_near_misses_read_as_before(tmp_path):
    rows = [
        ["县审计局廉政风险点清单", None, None, None, None],
        ["序号", "岗位", "姓名", "风险点", "风险等级"],
        [1, "审计组长", "第五瀞", "未按规定比价——表现为只询一家", "高"],
        [2, "审计组长", "第五瀞", "审计发现问题——制度机制——未移送", "中"],
        [3, "审计员", "闾丘沨", "1.接受宴请——思想道德风险\n2.选择性取证——岗位职责风险", "中"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    points = [r[1] for r in read(got)]
    assert "未按规定比价——表现为只询一家" in points or "未按规定比价" in points
    assert "审计发现问题——制度机制——未移送" in points
    assert any(
        p.startswith("1.接受宴请——思想道德风险") or p == "接受宴请——思想道德风险" for p in points
    )
    assert not codes(got) & NEW
    assert all(r[2] == "" for r in read(got))


def test_a_holder_after_the_dash_is_still_the_holder(tmp_path):
    rows = [
        ["县海关业务风险点", None, None],
        ["序号", "廉政风险点", "风险等级"],
        [1, "对单证不符放行——审单员　第五翯", "高"],
        [2, "查验时收受货主财物——查验员　闾丘湉", "中"],
        [3, "退税审核不严——审核员　第五靓", "低"],
    ]
    got = run(tmp_path, rows)
    assert not codes(got) & NEW
    assert {r[0] for r in read(got)} == {"第五翯", "闾丘湉", "第五靓"}


def test_new_codes_are_catalogued():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["TYPE_AFTER_DASH"][0] == "info"
    assert CATALOGUE["TYPE_AFTER_DASH_DIFFERS"][0] == "warning"
