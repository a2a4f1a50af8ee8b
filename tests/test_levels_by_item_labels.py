"""A point cell numbering a person's points in another style than ①/（1） — ``1）``/``1)``, ``A.``/``A、``
or ``（一）``/``(一)`` — a line (or ``1）…；2）…`` on one line) beside a level cell giving EACH point its
level by the same numbers — on one line (``1）高 2）高 3）中``), grouped (``（一）（三）高（二）中``) or a
line each (``A.中⏎B.低``) — reads as a point a number, each with the level its number is given and
its measures where they are numbered alike (info LEVELS_BY_ITEM_LABELS, once a table). Before,
the whole cell was one point with no level and LEVEL_UNKNOWN at the level cell (batch1047's
市场监督管理局). Not that batch's words: a 林业局's ``1)`` points beside ``1)一级；2)三级`` and a
``1）…；2）…`` line beside ``1）2）二级``; a 人民医院's ``A、`` points beside ``A、C、Ⅰ级；B、Ⅱ级``; a 司法局's
``(一)`` points beside ``(一)较高(二)一般``; and the near-misses, which read as before: numbered
sub-items (``1.1 …``, ``（1）…``) under ONE level (one point), a ``2)`` of a date inside a point,
level marks missing a point's number, points numbered in another style than the level cell,
``1）…⏎2）…`` beside ``1）高⏎2）中`` (read line by line as ever, no new issue).
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
            got.append((post.get("person"), d["risk_point"], d["risk_level"], d["measures"]))
    return got, [(i.code, i.cell) for i in r.issues]


FORESTRY = [
    ["某县林业局岗位廉政风险排查表", None, None, None, None, None],
    ["所在股室", "职务", "责任人", "岗位风险点", "风险级别", "防范措施"],
    ["资源管理股", "股长", "欧阳澂",
     "1)林木采伐指标分配不公\n2)征占用林地审核放宽\n3)接受林农土特产",
     "1)一级；2)一级；3)三级",
     "1)指标分配集体研究并公示\n2)审核意见两人签署\n3)签订廉洁承诺书"],
    ["森林防火办", "专干", "皇甫湛", "1）防火物资采购不比价；2）扑火补助发放不实", "1）2）二级",
     "物资采购三家比价，补助名单公示。"],
    ["办公室", "出纳", "司马霏", "备用金不按规定存放", "三级", "备用金限额管理。"],
]  # fmt: skip


def test_arabic_marks_with_a_closing_bracket(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "排查表.xlsx", {"排查表": FORESTRY}))
    assert got == [
        ("欧阳澂", "林木采伐指标分配不公", "Ⅰ级", "指标分配集体研究并公示"),
        ("欧阳澂", "征占用林地审核放宽", "Ⅰ级", "审核意见两人签署"),
        ("欧阳澂", "接受林农土特产", "Ⅲ级", "签订廉洁承诺书"),
        ("皇甫湛", "防火物资采购不比价", "Ⅱ级", "物资采购三家比价，补助名单公示。"),
        ("皇甫湛", "扑火补助发放不实", "Ⅱ级", "物资采购三家比价，补助名单公示。"),
        ("司马霏", "备用金不按规定存放", "Ⅲ级", "备用金限额管理。"),
    ]
    codes = [c for c, _ in issues]
    assert ("LEVELS_BY_ITEM_LABELS", "E3") in issues and codes.count("LEVELS_BY_ITEM_LABELS") == 1
    assert "LEVEL_UNKNOWN" not in codes


HOSPITAL = [
    ["某县人民医院廉政风险防控登记表", None, None, None, None, None, None],
    ["编号", "科室", "岗位", "姓名", "风险描述", "等级", "控制办法"],
    [1, "设备科", "科长", "上官淇",
     "A、大型设备参数设置倾向\nB、维保合同续签不比选\nC、验收签字走过场",
     "A、C、Ⅰ级；B、Ⅱ级", "A、参数论证会审\nB、续签前询价\nC、验收三人签字"],
    [2, "医务科", "副科长", "诸葛沅", "(一)进修名额分配不公\n(二)医疗纠纷调解偏袒",
     "(一)较高(二)一般", "名额公开分配，调解全程记录。"],
]  # fmt: skip


def test_letter_and_chinese_numeral_marks(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "登记表.xlsx", {"表": HOSPITAL}))
    assert got == [
        ("上官淇", "大型设备参数设置倾向", "Ⅰ级", "参数论证会审"),
        ("上官淇", "维保合同续签不比选", "Ⅱ级", "续签前询价"),
        ("上官淇", "验收签字走过场", "Ⅰ级", "验收三人签字"),
        ("诸葛沅", "进修名额分配不公", "Ⅱ级", "名额公开分配，调解全程记录。"),
        ("诸葛沅", "医疗纠纷调解偏袒", "Ⅲ级", "名额公开分配，调解全程记录。"),
    ]
    assert ("LEVELS_BY_ITEM_LABELS", "F3") in issues
    assert "LEVEL_UNKNOWN" not in [c for c, _ in issues]


def test_a_date_inside_a_point_is_no_mark(tmp_path):
    rows = [list(r) for r in FORESTRY[:2]]
    rows.append(["营林股", "技术员", "东方璟",
                 "1）造林补助截至2024.2)底未拨付；2）苗木验收不到场", "1）中 2）低", "按月拨付，到场验收。"])  # fmt: skip
    got, _ = _read(write_workbook(tmp_path / "date.xlsx", {"表": rows}))
    assert got == [
        ("东方璟", "造林补助截至2024.2)底未拨付", "Ⅱ级", "按月拨付，到场验收。"),
        ("东方璟", "苗木验收不到场", "Ⅲ级", "按月拨付，到场验收。"),
    ]


def test_near_misses_read_as_before(tmp_path):
    head = [list(r) for r in FORESTRY[:2]]
    # numbered sub-items under ONE level: one point, the whole cell
    for name, cell in (("sub", "1.1 采伐证核发超限额\n1.2 伐区验收不到场"),
                       ("bracketed", "（1）采伐证核发超限额\n（2）伐区验收不到场")):  # fmt: skip
        rows = [*head, ["资源管理股", "科员", "慕容翊", cell, "二级", "限额管理。"]]
        got, issues = _read(write_workbook(tmp_path / f"{name}.xlsx", {"表": rows}))
        assert [(point, lv) for _, point, lv, _ in got] == [(cell, "Ⅱ级")], name
        assert not {"LEVELS_BY_ITEM_LABELS", "LEVEL_UNKNOWN"} & {c for c, _ in issues}, name
    # a date's '2)' in ONE point beside level marks; level marks missing a point's number;
    # points numbered in another style than the level cell's: one point, no level, as before
    for name, cell, levels in (
        ("date", "造林补助截至2024.2)底未拨付", "1）中 2）低"),
        ("short", "A.采伐证核发超限额\nB.伐区验收不到场", "A.中"),
        ("styles", "①采伐证核发超限额\n②伐区验收不到场", "1）中 2）低"),
    ):
        rows = [*head, ["资源管理股", "科员", "慕容翊", cell, levels, "限额管理。"]]
        got, issues = _read(write_workbook(tmp_path / f"{name}.xlsx", {"表": rows}))
        codes = [c for c, _ in issues]
        assert len(got) == 1 and got[0][1] == cell and got[0][2] == "", (name, got)
        assert "LEVEL_UNKNOWN" in codes and "LEVELS_BY_ITEM_LABELS" not in codes, name
    # '1）…⏎2）…' beside '1）高⏎2）中': line by line, as ever, with no new issue
    rows = [*head, ["资源管理股", "科员", "慕容翊", "1）采伐证核发超限额\n2）伐区验收不到场",
                    "1）高\n2）中", "1）限额管理\n2）到场验收"]]  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "lines.xlsx", {"表": rows}))
    assert got == [
        ("慕容翊", "采伐证核发超限额", "Ⅰ级", "限额管理"),
        ("慕容翊", "伐区验收不到场", "Ⅱ级", "到场验收"),
    ]
    assert "LEVELS_BY_ITEM_LABELS" not in [c for c, _ in issues]


def test_the_code_is_catalogued():
    from xlproc.issues import CATALOGUE, INFO, ITEMS, SHORT, make_issue

    code = "LEVELS_BY_ITEM_LABELS"
    assert CATALOGUE[code][0] == INFO and ITEMS[code] == "风险级别" and SHORT[code]
    said = make_issue(code, "a.xlsx", "表", "E3", value="1）高2）中", count="1", given="2").message
    assert all(x in said for x in ("E3", "1）高2）中", "1 行", "2 个"))
