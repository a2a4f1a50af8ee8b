"""A type column written wholly in the body's OWN classes (``廉政风险``, ``履职风险``, ``作风风险``;
``决策类``, ``执行类``) on a sheet that names no configured type anywhere and maps no class onto
one: its points keep no type, with ONE info for the table (TYPE_OWN_CLASSES_UNREAD) at the
column's heading, not an error a row. Before, every row's class was reported TYPE_UNKNOWN
(batch1065's 林业和草原局). Not that batch's words: an 审计局's 清单 under ``风险分类`` with
``决策类``/``执行类``/``廉洁自律类``, 一级/二级; a 供销合作社's 排查表 under ``类型`` with ``廉洁风险``,
``服务风险``, ``管理风险`` merged per person, Ⅰ级/Ⅲ级; and the near-misses, which read as before.
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


AUDIT = [
    ["某县审计局岗位廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "科室", "岗位", "姓名", "风险分类", "风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "慕容澂", "决策类", "审计计划安排受人请托", "一级", "计划党组会研究。"],
    [
        2,
        "经济责任审计股",
        "股长",
        "令狐湛",
        "执行类",
        "审计发现问题隐瞒不报",
        "一级",
        "底稿三级复核。",
    ],
    [
        3,
        "经济责任审计股",
        "审计员",
        "独孤淇",
        "廉洁自律类",
        "接受被审计单位宴请",
        "二级",
        "签订廉洁承诺。",
    ],
    [4, "办公室", "科员", "独孤霏", "执行类", "审计档案借阅不登记", "二级", "借阅登记。"],
]


def test_own_classes_ending_lei_keep_no_type(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": AUDIT})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("慕容澂", "审计计划安排受人请托", "", "Ⅰ级"),
        ("令狐湛", "审计发现问题隐瞒不报", "", "Ⅰ级"),
        ("独孤淇", "接受被审计单位宴请", "", "Ⅱ级"),
        ("独孤霏", "审计档案借阅不登记", "", "Ⅱ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("TYPE_OWN_CLASSES_UNREAD", "E2") in issues
    assert codes.count("TYPE_OWN_CLASSES_UNREAD") == 1
    assert "TYPE_UNKNOWN" not in codes and "TYPE_BLANK" not in codes


COOP = [
    ["某县供销合作社联合社廉政风险点排查表", None, None, None, None, None],
    ["姓名", "职务", "类型", "廉政风险点", "等级", "防控措施"],
    ["宇文珺", "理事会主任", "廉洁风险", "社有资产处置个人说了算", "Ⅰ级", "资产处置集体研究。"],
    [None, None, "管理风险", "下属企业负责人选任不经程序", "Ⅰ级", "选任按程序公示。"],
    ["端木瑶", "财务人员", "服务风险", "农资补贴结算拖延", "Ⅲ级", "结算限时办结。"],
    [None, None, "管理风险", "现金收支不入账", "Ⅰ级", "收支日清月结。"],
]


def test_own_classes_ending_fengxian_with_holders_merged(tmp_path):
    path = write_workbook(
        tmp_path / "排查表.xlsx",
        {"排查表": COOP},
        merges={"排查表": ["A3:A4", "B3:B4", "A5:A6", "B5:B6"]},
    )
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("宇文珺", "社有资产处置个人说了算", "", "Ⅰ级"),
        ("宇文珺", "下属企业负责人选任不经程序", "", "Ⅰ级"),
        ("端木瑶", "农资补贴结算拖延", "", "Ⅲ级"),
        ("端木瑶", "现金收支不入账", "", "Ⅰ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert codes.count("TYPE_OWN_CLASSES_UNREAD") == 1
    assert ("TYPE_OWN_CLASSES_UNREAD", "C2") in issues
    assert "TYPE_UNKNOWN" not in codes


def _codes(tmp_path, rows, name="表.xlsx"):
    got, issues = _read(write_workbook(tmp_path / name, {"表": rows}))
    return got, [c for c, _ in issues]


def test_a_column_mixing_types_and_classes_reads_as_before(tmp_path):
    rows = [list(r) for r in AUDIT]
    rows[2][4] = "制度机制风险"
    got, codes = _codes(tmp_path, rows)
    assert "TYPE_OWN_CLASSES_UNREAD" not in codes
    assert codes.count("TYPE_UNKNOWN") == 3
    assert ("慕容澂", "审计计划安排受人请托", "制度机制风险", "Ⅰ级") in got


def test_a_sheet_naming_a_type_reads_as_before(tmp_path):
    rows = [list(r) for r in AUDIT]
    rows.append(
        [
            "注：风险类型请按思想道德、制度机制、岗位职责填写。",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ]
    )
    _, codes = _codes(tmp_path, rows)
    assert "TYPE_OWN_CLASSES_UNREAD" not in codes
    assert codes.count("TYPE_UNKNOWN") == 4


def test_one_class_on_every_row_reads_as_before(tmp_path):
    rows = [list(r) for r in AUDIT]
    for r in rows[2:]:
        r[4] = "廉政风险"
    _, codes = _codes(tmp_path, rows)
    assert "TYPE_OWN_CLASSES_UNREAD" not in codes
    assert codes.count("TYPE_UNKNOWN") == 4


def test_a_note_mapping_the_classes_still_maps(tmp_path):
    rows = [list(r) for r in AUDIT]
    rows.append(["注：决策类对应制度机制风险，执行类对应业务流程风险，廉洁自律类对应思想道德风险。",
                 None, None, None, None, None, None, None])  # fmt: skip
    got, codes = _codes(tmp_path, rows)
    assert "TYPE_OWN_CLASSES_UNREAD" not in codes and "TYPE_BY_OWN_CATEGORY" in codes
    assert ("独孤淇", "接受被审计单位宴请", "思想道德风险", "Ⅱ级") in got


def test_level_words_in_the_type_column_are_no_classes(tmp_path):
    rows = [list(r) for r in AUDIT]
    rows[2][4], rows[3][4], rows[4][4], rows[5][4] = "高风险", "中风险", "高风险", "低风险"
    _, codes = _codes(tmp_path, rows)
    assert "TYPE_OWN_CLASSES_UNREAD" not in codes


def test_the_classes_are_kept_as_written(tmp_path):
    # (no type read, but nothing lost: each row's class stays in raw_risk_type for the archive)
    path = write_workbook(tmp_path / "审计局.xlsx", {"清单": AUDIT})
    r = read_file(path, path.name, load_config())
    raw = [
        dict(zip(ROW_KEYS, row, strict=True))["raw_risk_type"] for form in r.risks for row in form
    ]
    assert sorted(raw) == sorted(["决策类", "执行类", "廉洁自律类", "执行类"])
