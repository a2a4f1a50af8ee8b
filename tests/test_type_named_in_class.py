"""A type cell written in the body's OWN class that names, in the same cell, the configured type
the class belongs to — in brackets after the class (``廉洁自律类（思想道德风险）``,
``作风纪律类【思想道德风险】``), after a dash, slash or colon (``权力运行类—制度机制风险``,
``服务窗口类/岗位职责``), or before ``为主`` (``以岗位职责风险为主``) — with no note mapping the
classes, is read as the type(s) it names, the class set aside (info TYPE_NAMED_IN_CLASS, once a
table at the first such cell). Before, each such cell was the error TYPE_UNKNOWN and its point kept
no type (batch1044's 自然资源局). Not that batch's words: a 林业局's list with ``风险类型`` and
``一级/二级/三级``, a 中心学校's with ``风险类别``, Ⅰ/Ⅱ/Ⅲ and a cell naming two types; and the
near-misses: a level or a stage before the bracket, ``…为主，兼有…``, a class with no type named,
and classes mapped by a note (TYPE_BY_OWN_CATEGORY, as before).
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
            got.append((post.get("person"), d["risk_point"], d["risk_type"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


FORESTRY = [
    ["某县林业局岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "局长", "欧阳澂", "林木采伐指标分配打招呼", "权力运行类—制度机制风险", "一级", "指标分配集体研究。"],
    [2, "局长", "欧阳澂", "收受林业企业购物卡", "作风纪律类【思想道德风险】", "二级", "签订廉洁承诺书。"],
    [3, "护林员", "皇甫湛", "巡护记录补写造假", "以岗位职责风险为主", "三级", "巡护轨迹定位留痕。"],
    [4, "护林员", "皇甫湛", "生态护林员补助冒领", "业务流程风险", "二级", "补助名单公示。"],
]  # fmt: skip


def test_own_classes_naming_their_type_after_a_dash_or_bracket(tmp_path):
    path = write_workbook(tmp_path / "林业局.xlsx", {"一览表": FORESTRY})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("欧阳澂", "林木采伐指标分配打招呼", "制度机制风险", "Ⅰ级"),
        ("欧阳澂", "收受林业企业购物卡", "思想道德风险", "Ⅱ级"),
        ("皇甫湛", "巡护记录补写造假", "岗位职责风险", "Ⅲ级"),
        ("皇甫湛", "生态护林员补助冒领", "业务流程风险", "Ⅱ级"),  # (a plain type: as before)
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("TYPE_NAMED_IN_CLASS", "E3") in issues
    assert codes.count("TYPE_NAMED_IN_CLASS") == 1
    assert "TYPE_UNKNOWN" not in codes and "TYPE_BLANK" not in codes


SCHOOL = [
    ["某县中心学校廉政风险排查表", None, None, None, None, None, None],
    ["序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级"],
    [1, "总务处", "主任", "司马霏", "食堂大宗食材采购不比价", "服务保障类/岗位职责", "Ⅰ"],
    [2, "总务处", "主任", "司马霏", "校服征订收受回扣", "廉洁从业类（思想道德、岗位职责）", "Ⅰ"],
    [3, "教务处", "干事", "上官淇", "学籍变更材料审核不严", "制度落实类：制度机制", "Ⅱ"],
    [4, "教务处", "干事", "上官淇", "课后服务费收取不公开", "思想道德风险", "Ⅲ"],
]  # fmt: skip


def test_own_classes_naming_two_types_and_after_a_slash_or_colon(tmp_path):
    path = write_workbook(
        tmp_path / "中心学校.xlsx", {"排查表": SCHOOL}, merges={"排查表": ["B3:B4"]}
    )
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("司马霏", "食堂大宗食材采购不比价", "岗位职责风险", "Ⅰ级"),
        ("司马霏", "校服征订收受回扣", "思想道德风险;岗位职责风险", "Ⅰ级"),
        ("上官淇", "学籍变更材料审核不严", "制度机制风险", "Ⅱ级"),
        ("上官淇", "课后服务费收取不公开", "思想道德风险", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("TYPE_NAMED_IN_CLASS", "F3") in issues and codes.count("TYPE_NAMED_IN_CLASS") == 1
    assert "TYPE_UNKNOWN" not in codes


NEAR = [
    ["某县水务局廉政风险点清单", None, None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级"],
    [1, "股长", "欧阳澂", "河道采砂许可审批打招呼", "高（思想道德风险）", "高"],
    [2, "股长", "欧阳澂", "水利工程验收走过场", "审批环节（制度机制风险）", "中"],
    [3, "科员", "皇甫湛", "水资源费征收不足额", "思想道德风险为主，兼有岗位职责风险", "中"],
    [4, "科员", "皇甫湛", "取水许可现场核查缺位", "其他类（见备注）", "低"],
    [5, "科员", "皇甫湛", "防汛物资出入库不登记", "岗位职责风险", "低"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "水务局.xlsx", {"清单": NEAR})
    got, issues = _read(path)
    types = {p: t for _, p, t, _ in got}
    assert types["防汛物资出入库不登记"] == "岗位职责风险"
    assert not any(types[p] for p in types if p != "防汛物资出入库不登记")
    unknown = sorted(c for code, c in issues if code == "TYPE_UNKNOWN")
    assert unknown == ["E3", "E4", "E5", "E6"]
    assert "TYPE_NAMED_IN_CLASS" not in [c for c, _ in issues]


MAPPED = [
    ["某县统计局岗位廉政风险防控表", None, None, None, None],
    ["序号", "岗位", "风险点", "风险类别", "风险等级"],
    [1, "统计员", "统计数据人为调整", "执行类", "高"],
    [2, "统计员", "接受调查对象宴请", "作风类", "中"],
    [3, "统计员", "普查经费报销凭证不全", "执行类", "低"],
    ["注：执行类对应岗位职责风险，作风类归入思想道德风险。", None, None, None, None],
]


def test_classes_mapped_by_a_note_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "统计局.xlsx", {"表": MAPPED})
    got, issues = _read(path)
    assert sorted((p, t) for _, p, t, _ in got) == sorted([
        ("统计数据人为调整", "岗位职责风险"),
        ("接受调查对象宴请", "思想道德风险"),
        ("普查经费报销凭证不全", "岗位职责风险"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert "TYPE_BY_OWN_CATEGORY" in codes and "TYPE_NAMED_IN_CLASS" not in codes
