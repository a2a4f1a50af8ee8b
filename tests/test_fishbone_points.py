"""A 鱼骨图 drawn in cells (batch710's harder kind): a spine row of line-drawing runs with its head
at one end, bones slanting up and down to it towards the head, a post and its holder at each
bone's far end and the bone's points in the cells between, each closing in its level. One form a
bone (info FISHBONE_POINTS, once a sheet, naming cells inside the drawing on no bone). Not
batch710's words: a 卫生院's drawing with its head on the LEFT (bones slanting left), a spine of
'─', holders written '会计：某某' and a post alone, 一级/二级 levels, a point with no level and a
stray note inside the drawing; and the near-misses: a list with a '━━' divider row, a drawing of
one bone, reading as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "FISHBONE_POINTS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("title"), post.get("person"), d["risk_point"], d["risk_level"],
                        d["source_row"]))  # fmt: skip
    return sorted(got), r.issues


def _sheet(cells: dict[tuple[int, int], str], rows: int, cols: int) -> list[list]:
    return [[cells.get((r, c)) for c in range(cols)] for r in range(rows)]


# the head '风险点' at the left end of the spine: bones slant left as they near it
CLINIC = {
    (0, 0): "某镇卫生院廉政风险鱼骨图",
    (2, 4): "会计：尸突澜",
    (3, 3): "医保基金结算审核不严（一级）",
    (4, 2): "虚开住院发票报销",
    (2, 8): "药房负责人",
    (3, 7): "药品验收走过场（二级）",
    (4, 6): "收受医药代表回扣（一级）",
    (5, 0): "风险点",
    **{(5, c): "────" for c in range(1, 10)},
    (6, 6): "疫苗出入库登记不实（二级）",
    (7, 7): "防保员　库仁沅",
    (7, 2): "（图中方框为责任岗位）",
    (9, 0): "制图人：",
}


def test_clinic_drawing_head_on_the_left(tmp_path):
    path = write_workbook(tmp_path / "鱼骨图.xlsx", {"鱼骨图": _sheet(CLINIC, 10, 11)})
    got, issues = _read(path)
    assert got == sorted([
        ("会计", "尸突澜", "医保基金结算审核不严", "Ⅰ级", 4),
        ("会计", "尸突澜", "虚开住院发票报销", "", 5),
        ("药房负责人", "", "药品验收走过场", "Ⅱ级", 4),
        ("药房负责人", "", "收受医药代表回扣", "Ⅰ级", 5),
        ("防保员", "库仁沅", "疫苗出入库登记不实", "Ⅱ级", 7),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].severity == "info" and said[0].cell == "E3"
    assert "1 个没有写级别" in said[0].message
    assert "C8" in said[0].message  # (the note inside the drawing, on no bone: named)
    assert [i.cell for i in issues if i.code == "LEVEL_BLANK"] == ["C5"]
    assert not {"SHEET_NO_TABLE", "FILE_NO_FORM"} & {i.code for i in issues}


# batch710's shape in other words: head on the right, '━' spine, 高/中/低
BUREAU = {
    (0, 0): "某县农业农村局执法大队廉政风险点鱼骨图",
    (2, 0): "大队长　尸突翀",
    (3, 1): "重大案件不经集体讨论（高）",
    (4, 2): "以罚代刑、降格处理（高）",
    (2, 4): "执法员　库仁琤",
    (3, 5): "执法中接受吃请（中）",
    **{(5, c): "━━━━" for c in range(0, 9)},
    (5, 9): "廉政风险",
    (6, 2): "罚没物品处置不公开（中）",
    (7, 1): "内勤　尸突沅",
}


def test_bureau_drawing_head_on_the_right(tmp_path):
    path = write_workbook(tmp_path / "执法大队.xlsx", {"Sheet1": _sheet(BUREAU, 9, 10)})
    got, issues = _read(path)
    assert [(t, p, x, lv) for t, p, x, lv, _r in got] == sorted([
        ("大队长", "尸突翀", "重大案件不经集体讨论", "Ⅰ级"),
        ("大队长", "尸突翀", "以罚代刑、降格处理", "Ⅰ级"),
        ("执法员", "库仁琤", "执法中接受吃请", "Ⅱ级"),
        ("内勤", "尸突沅", "罚没物品处置不公开", "Ⅱ级"),
    ])  # fmt: skip
    assert [i.code for i in issues].count(CODE) == 1


LIST_WITH_DIVIDER = [
    ["某局岗位廉政风险防控一览表", None, None, None],
    ["岗位", "风险点", "风险等级", "防控措施"],
    ["局长", "重大事项个人说了算", "高", "集体决策"],
    ["━━━━", "━━━━", "━━━━", "━━━━"],
    ["会计", "报销审核不严", "中", "双人复核"],
]


def test_a_list_with_a_divider_row_reads_as_before(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "一览表.xlsx", {"一览表": LIST_WITH_DIVIDER}))
    assert [(t, x, lv) for t, _p, x, lv, _r in got] == sorted(
        [("局长", "重大事项个人说了算", "Ⅰ级"), ("会计", "报销审核不严", "Ⅱ级")]
    )
    assert CODE not in {i.code for i in issues}


def test_one_bone_is_no_drawing_to_read(tmp_path):
    one = {k: v for k, v in BUREAU.items() if k[1] not in (4, 5) and k[0] < 5 or k[0] == 5}
    path = write_workbook(tmp_path / "一根.xlsx", {"Sheet1": _sheet(one, 6, 10)})
    _got, issues = _read(path)
    assert CODE not in {i.code for i in issues}
