"""A list with no level column and, under it on the same sheet, a table of levels LAID ACROSS —
a row labelled ``风险等级`` (``风险级别``, ``等级``) whose other cells are the levels (``一级 | 二级 |
三级``, ``高 | 中 | 低``, ``Ⅰ级 …``), over a row labelled ``对应序号`` (``风险点编号``, ``包含风险点``)
listing under each level the list's 序号 it takes — grades each point by the column naming its
number (info LEVEL_BY_NUMBER_ACROSS at the levels' label; a list number no column names keeps
none, LEVEL_GROUP_NUMBER_UNMATCHED at its 序号). Before, the table was set aside as a key of
levels (LEVEL_KEY_UNDER_LIST) and every point left without a level (LEVEL_BLANK; batch1087's
水务局, ``风险等级 | 一级 | 二级 | 三级`` over ``对应序号 | 1、2、5 | …``). Not that batch's words: a
市场监督管理局's ``风险级别 | 高 | 中 | 低`` over ``风险点编号 | 1,3 | 2、5 | 4`` right under the list;
a 卫生健康局's ``等级 | Ⅰ级 | Ⅱ级 | Ⅲ级`` each merged over two columns, over ``包含风险点 | 第1-2项 |
第3项 | 第4项`` and a count row, one list number named by none; and the near-misses (a key of
levels laid across, a count row alone (``风险点数``, or ``风险点`` over one number a
level), a number under two levels, a number the list lacks),
which read as before.
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
            got.append((post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局廉政风险防控清单", None, None, None, None, None],
    ["序号", "风险点", "科室", "职务", "姓名", "防控措施"],
    [1, "食品经营许可审查放宽条件", "登记注册股", "股长", "公孙澈", "许可两人审查。"],
    [2, "案件查办选择性执法", "执法大队", "队员", "夏侯霖", "执法全程记录。"],
    [3, "特种设备检验收受好处", "特种设备股", "股长", "公孙澈", "检验结果公示。"],
    [4, "办公用品采购虚开发票", "办公室", "会计", "夏侯霁", "入库两人验收。"],
    [5, "抽检样品处置不登记", "执法大队", "队员", "夏侯霖", "样品台账管理。"],
    ["风险级别", "高", "中", "低", None, None],
    ["风险点编号", "1,3", "2、5", "4", None, None],
]


def test_levels_laid_across_right_under_the_list(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": MARKET})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("公孙澈", "食品经营许可审查放宽条件", "Ⅰ级"),
        ("夏侯霖", "案件查办选择性执法", "Ⅱ级"),
        ("公孙澈", "特种设备检验收受好处", "Ⅰ级"),
        ("夏侯霁", "办公用品采购虚开发票", "Ⅲ级"),
        ("夏侯霖", "抽检样品处置不登记", "Ⅱ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_BY_NUMBER_ACROSS", "A8") in issues
    assert "LEVEL_BLANK" not in codes and "LEVEL_KEY_UNDER_LIST" not in codes
    assert "LEVEL_GROUP_NUMBER_UNMATCHED" not in codes


HEALTH = [
    ["某县卫生健康局岗位廉政风险排查表", None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点描述", "防范措施", None],
    [1, "局领导", "局长", "令狐琰", "医疗机构设置审批干预", "审批集体研究。", None],
    [2, "局领导", "局长", "令狐琰", "卫生项目资金分配不公", "分配方案公示。", None],
    [3, "医政股", "股长", "诸葛瑗", "医师资格审核不严", "两人审核。", None],
    [4, "综合监督执法局", "执法员", "诸葛琮", "监督检查走过场", "随机抽查。", None],
    [5, "办公室", "出纳", "令狐瑶", "现金收入不入账", "日清日结。", None],
    [None, None, None, None, None, None, None],
    ["附：风险等级划分", None, None, None, None, None, None],
    ["等级", "Ⅰ级", None, "Ⅱ级", None, "Ⅲ级", None],
    ["包含风险点", "第1-2项", None, "第3项", None, "第4项", None],
    ["个数", 2, None, 1, None, 1, None],
]


def test_levels_merged_over_two_columns_with_a_count_row(tmp_path):
    merges = ["A1:G1", "A9:G9", "B10:C10", "D10:E10", "F10:G10", "B11:C11", "D11:E11", "F11:G11",
              "B12:C12", "D12:E12", "F12:G12"]  # fmt: skip
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": HEALTH}, merges={"排查表": merges})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("令狐琰", "医疗机构设置审批干预", "Ⅰ级"),
        ("令狐琰", "卫生项目资金分配不公", "Ⅰ级"),
        ("诸葛瑗", "医师资格审核不严", "Ⅱ级"),
        ("诸葛琮", "监督检查走过场", "Ⅲ级"),
        ("令狐瑶", "现金收入不入账", ""),  # (number 5: no column names it)
    ])  # fmt: skip
    assert ("LEVEL_BY_NUMBER_ACROSS", "A10") in issues
    assert ("LEVEL_GROUP_NUMBER_UNMATCHED", "A7") in issues
    codes = [c for c, _ in issues]
    assert codes.count("LEVEL_BLANK") == 1
    assert "LEVEL_KEY_UNDER_LIST" not in codes


def _near_miss(tmp_path, name, under):
    rows = [list(r) for r in MARKET[:7]] + [["风险级别", "高", "中", "低", None, None], under]
    path = write_workbook(tmp_path / f"{name}.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert all(not lv for _p, _pt, lv in got), name
    assert "LEVEL_BY_NUMBER_ACROSS" not in [c for c, _ in issues], name


def test_near_misses_read_as_before(tmp_path):
    # a key of levels laid across: words under each level
    _near_miss(tmp_path, "key", ["判定标准", "涉及审批和资金", "涉及监管", "日常事务", None, None])
    # how many points each level has: a count, no numbers of the list's
    _near_miss(tmp_path, "count", ["风险点数", "2", "2", "1", None, None])
    _near_miss(tmp_path, "points", ["风险点", "3", "2", "1", None, None])
    # a number under two levels
    _near_miss(tmp_path, "twice", ["对应序号", "1、3", "2、3", "4、5", None, None])
    # a number the list lacks
    _near_miss(tmp_path, "lacked", ["对应序号", "1、3", "2、5", "4、7", None, None])


def test_a_key_numbering_its_levels_reads_as_before(tmp_path):
    # (review) a key laid across whose row under the levels numbers the levels themselves
    # ('序号 | 1 | 2 | 3'), what each level means on the row under it: no numbers of the list's
    for name, label, nums, words in (
        ("key_seq", "序号", ["1", "2", "3"], ["涉及审批和资金", "涉及监管", "日常事务"]),
        ("key_no", "编号", ["1", "2", "3"], ["可能造成重大损失", "造成一定影响", "影响较小"]),
    ):
        rows = [list(r) for r in MARKET[:7]] + [
            ["风险级别", "高", "中", "低", None, None],
            [label, *nums, None, None],
            ["说明", *words, None, None],
        ]
        path = write_workbook(tmp_path / f"{name}.xlsx", {"清单": rows})
        got, issues = _read(path)
        assert all(not lv for _p, _pt, lv in got), name
        assert "LEVEL_BY_NUMBER_ACROSS" not in [c for c, _ in issues], name


def test_levels_labelled_as_grades(tmp_path):
    # (review) '风险等次' labels the levels as '风险等级' does (a key under that label is one already)
    rows = [list(r) for r in MARKET[:7]] + [
        ["风险等次", "一级", "二级", "三级", None, None],
        ["对应序号", "1、3", "2、5", "4", None, None],
    ]
    got, issues = _read(write_workbook(tmp_path / "grades.xlsx", {"清单": rows}))
    assert sorted((pt, lv) for _p, pt, lv in got) == sorted([
        ("食品经营许可审查放宽条件", "Ⅰ级"),
        ("案件查办选择性执法", "Ⅱ级"),
        ("特种设备检验收受好处", "Ⅰ级"),
        ("办公用品采购虚开发票", "Ⅲ级"),
        ("抽检样品处置不登记", "Ⅱ级"),
    ])  # fmt: skip
    assert ("LEVEL_BY_NUMBER_ACROSS", "A8") in issues
