"""A ``风险类型`` column holding only CIRCLED NUMBERS (``①``, ``③``; two in a cell run together
``①③`` or parted ``②、④``), keyed on the sheet — in the heading cell's brackets with each number run
straight into its word (``风险类型（①思想道德风险 ②制度机制风险 …）``), or in a note under the list
(``注：①为思想道德风险，②为制度机制风险…``) — reads each number as the type the key gives it (info
TYPE_CIRCLED_CODES). Before, every such cell was TYPE_UNKNOWN: TYPE_CODES takes letters, 甲乙丙 and
digits keyed with a separator (``A—…``), not circled numbers (batch1039's 住建局). Not that batch's
words: a 县水务局's list keyed in a note with ``为``, 一级/二级/三级, codes parted by ``、``; a 街道办's
list keyed in the heading, Ⅰ级/Ⅱ级, by post with no names; and the near-misses — no key, a number
the key leaves out, a key of levels — read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person") or post.get("title"), d["risk_point"], d["risk_type"]))
    return sorted(got), [(i.code, i.cell) for i in r.issues]


WATER_HEAD = ["序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"]


def _water(codes, note):
    rows = [
        ["某县水务局廉政风险点排查表", None, None, None, None, None, None, None],
        WATER_HEAD,
        [1, "局领导", "局长", "公孙沣", "小型水库除险加固项目干预招标", codes[0], "一级", "招标全程公开。"],
        [2, "水政监察大队", "大队长", "东方漪", "河道采砂执法放任不管", codes[1], "二级", "执法记录仪全程记录。"],
        [3, "水政监察大队", "队员", "东方澍", "取水许可现场核查不到位", codes[2], "三级", "核查两人到场。"],
    ]  # fmt: skip
    if note:
        rows.append([note, None, None, None, None, None, None, None])
    return rows


WATER_NOTE = (
    "注：风险类型栏中，①为思想道德风险，②为制度机制风险，③为岗位职责风险，④为外部环境风险。"
)


def test_circled_codes_keyed_in_a_note(tmp_path):
    rows = _water(["②、④", "③", "①③"], WATER_NOTE)
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": rows})
    got, issues = _read(path)
    assert got == sorted([
        ("公孙沣", "小型水库除险加固项目干预招标", "制度机制风险;外部环境风险"),
        ("东方漪", "河道采砂执法放任不管", "岗位职责风险"),
        ("东方澍", "取水许可现场核查不到位", "思想道德风险;岗位职责风险"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("TYPE_CIRCLED_CODES", "F2") in issues and codes.count("TYPE_CIRCLED_CODES") == 1
    assert "TYPE_UNKNOWN" not in codes


STREET = [
    ["某街道办事处岗位廉政风险防控清单", None, None, None, None, None],
    [
        "序号",
        "岗位",
        "廉政风险点",
        "风险类别（①道德风险②制度风险③岗位风险）",
        "风险级别",
        "防控措施",
    ],
    [1, "主任", "辖区老旧小区改造项目指定施工方", "②", "Ⅰ级", "项目集体研究。"],
    [2, "城管执法岗", "占道经营处罚随意", "③", "Ⅱ级", "处罚按裁量基准。"],
    [3, "民政岗", "临时救助审核优亲厚友", "①③", "Ⅱ级", "救助对象公示。"],
]


def test_circled_codes_keyed_in_the_heading(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": STREET})
    got, issues = _read(path)
    assert got == sorted([
        ("主任", "辖区老旧小区改造项目指定施工方", "制度机制风险"),
        ("城管执法岗", "占道经营处罚随意", "岗位职责风险"),
        ("民政岗", "临时救助审核优亲厚友", "思想道德风险;岗位职责风险"),
    ])  # fmt: skip
    assert ("TYPE_CIRCLED_CODES", "D2") in issues
    assert "TYPE_UNKNOWN" not in [c for c, _ in issues]


def test_no_key_reads_as_before(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": _water(["②", "③", "①"], None)})
    got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "TYPE_CIRCLED_CODES" not in codes and codes.count("TYPE_UNKNOWN") == 3


def test_a_number_the_key_leaves_out_reads_as_before(tmp_path):
    note = "注：①为思想道德风险，②为制度机制风险，③为岗位职责风险。"
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": _water(["②", "⑤", "①"], note)})
    _got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "TYPE_CIRCLED_CODES" not in codes and codes.count("TYPE_UNKNOWN") == 3


def test_a_key_of_levels_reads_as_before(tmp_path):
    note = "注：①为高风险，②为中风险，③为低风险。"
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": _water(["②", "③", "①"], note)})
    _got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "TYPE_CIRCLED_CODES" not in codes and "TYPE_UNKNOWN" in codes


def test_type_words_read_as_before(tmp_path):
    rows = _water(["制度机制风险", "岗位职责风险", "思想道德风险"], WATER_NOTE)
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": rows})
    got, issues = _read(path)
    assert [t for *_, t in got] == ["岗位职责风险", "思想道德风险", "制度机制风险"]
    assert "TYPE_CIRCLED_CODES" not in [c for c, _ in issues]
