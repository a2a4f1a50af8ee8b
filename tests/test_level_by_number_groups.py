"""A list with NO level column followed on its sheet by a small table grouping the list's 序号 by
level, its numbers' cells written with 第…项 and 至 (``中风险 | 第2、4至6、9项``), or its numbers'
column named by the points it holds (``风险级别 | 包含风险点``), or one group naming a number the
list lacks: each point takes the level of the group naming its number (info
LEVEL_BY_NUMBER_GROUPS at the numbers' heading); a number the list lacks, a number named by two
groups (no level) and a list number no group names are warned at their cells
(LEVEL_GROUP_NUMBER_UNMATCHED). Before, ``第1、3、8项`` gave number 3 alone, a ``包含风险点``
column no levels at all (LEVEL_KEY_UNDER_LIST), and a number the list lacks no table of levels
(batch1076's 因远镇). Not that batch's words: a 市场监督管理局's ``级别 | 风险点编号`` over
``Ⅰ级 | 第1、4、5项``, ``Ⅱ级 | 第2至3项`` (before: point 4 alone graded); a 中学's ``等级 | 所含风险点``
over ``高 | 1,2``, ``中 | 3～5``, ``低 | 6、7`` with a 7 it lacks (before: no level at all); a
卫生院's ``第2项`` under two levels and a 5 in none (before: the same levels, read as a statistics
table, TYPES_LEVELS_BY_STATISTICS with STATISTICS_NUMBER_UNMATCHED); and the near-misses, which
read as before (checked with the reader at 0a266f03).
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
            got.append((post.get("title"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局岗位廉政风险点台账", None, None, None, None, None],
    ["序号", "科室", "职务", "姓名", "风险点", "防控措施"],
    [1, "局领导", "局长", "令狐沅", "执法案件干预说情", "案件集体审理。"],
    [2, "登记注册股", "股长", "慕容澈", "登记材料审查放宽", "初审复审分离。"],
    [3, "登记注册股", "股长", "慕容澈", "泄露企业信息", "信息查询留痕。"],
    [4, "食品安全股", "股员", "令狐渝", "抽检样品调换", "抽检两人到场。"],
    [5, "办公室", "会计", "慕容湘", "报账票据把关不严", "票据两人审核。"],
    [None, None, None, None, None, None],
    ["风险等级评定", None, None, None, None, None],
    ["级别", "风险点编号", None, None, None, None],
    ["Ⅰ级", "第1、4、5项", None, None, None, None],
    ["Ⅱ级", "第2至3项", None, None, None, None],
]


def test_groups_worded_with_items_give_the_levels(tmp_path):
    path = write_workbook(tmp_path / "台账.xlsx", {"台账": MARKET})
    got, issues = _read(path)
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅰ级"]
    codes = [c for c, _ in issues]
    assert ("LEVEL_BY_NUMBER_GROUPS", "B10") in issues
    assert "LEVEL_BLANK" not in codes and "LEVEL_GROUP_NUMBER_UNMATCHED" not in codes
    assert "LEVEL_KEY_UNDER_LIST" not in codes and "ROW_UNPLACED" not in codes


SCHOOL = [
    ["序号", "岗位", "廉政风险点", "防控措施"],
    [1, "校长", "校舍维修工程指定施工方", "工程比选，集体研究。"],
    [2, "校长", "教师招聘暗箱操作", "招聘全程公开。"],
    [3, "总务主任", "食堂采购虚报数量", "验收两人签字。"],
    [4, "总务主任", "固定资产处置不报批", "处置报批公示。"],
    [5, "教务主任", "评优评先不公开", "结果公示。"],
    [6, "报账员", "票据报销审核不严", "票据复核。"],
    [None, None, None, None],
    ["等级", "所含风险点", None, None],
    ["高", "1,2", None, None],
    ["中", "3～5", None, None],
    ["低", "6、7", None, None],
]


def test_a_group_naming_a_number_the_list_lacks_is_warned(tmp_path):
    path = write_workbook(tmp_path / "自查表.xlsx", {"Sheet1": SCHOOL})
    got, issues = _read(path)
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert ("LEVEL_BY_NUMBER_GROUPS", "B9") in issues
    assert ("LEVEL_GROUP_NUMBER_UNMATCHED", "B12") in issues  # (its 7)
    assert [c for c, _ in issues].count("LEVEL_GROUP_NUMBER_UNMATCHED") == 1


CLINIC = [
    ["某乡卫生院廉政风险防控清单", None, None, None],
    ["序号", "岗位", "风险点", "防控措施"],
    [1, "院长", "药品采购个人决定", "院务会研究。"],
    [2, "药剂员", "药品出入库不登记", "按日登记。"],
    [3, "收费员", "现金收入不入账", "日清日结。"],
    [4, "收费员", "医保结算不实", "按月核对。"],
    [5, "公卫医生", "随访数据造假", "随机回访。"],
    [None, None, None, None],
    ["风险等级", "风险点序号", None, None],
    ["一级风险", "第1、2项", None, None],
    ["二级风险", "第2、3项", None, None],
    ["三级风险", "第4项", None, None],
]


def test_a_number_under_two_levels_and_one_under_none_are_warned(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": CLINIC})
    got, issues = _read(path)
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "", "Ⅱ级", "Ⅲ级", ""]
    unmatched = [cell for c, cell in issues if c == "LEVEL_GROUP_NUMBER_UNMATCHED"]
    assert sorted(unmatched) == ["A7", "B10", "B11"]  # (5 in no group; 2 in two)
    assert ("LEVEL_BY_NUMBER_GROUPS", "B9") in issues


def _near(tmp_path, name, below):
    rows = [r[:] for r in CLINIC[:8]] + below
    path = write_workbook(tmp_path / f"{name}.xlsx", {"清单": rows})
    return _read(path)


def test_near_misses_read_as_before(tmp_path):
    # a legend of the levels in words under '风险点': no numbers, no levels
    got, issues = _near(tmp_path, "legend", [
        ["风险等级", "风险点", None, None],
        ["一级", "涉及资金、人事的风险点", None, None],
        ["二级", "涉及审批、执法的风险点", None, None],
    ])  # fmt: skip
    assert all(lv == "" for _t, _p, lv in got)
    assert not {c for c, _ in issues} & {"LEVEL_BY_NUMBER_GROUPS", "LEVEL_GROUP_NUMBER_UNMATCHED"}
    # the plain table of levels, bare numbers under '风险点序号': LEVEL_BY_NUMBER as before
    got, issues = _near(tmp_path, "plain", [
        ["风险等级", "风险点序号", None, None],
        ["一级", "1、3", None, None],
        ["二级", "2、4-5", None, None],
    ])  # fmt: skip
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]
    codes = {c for c, _ in issues}
    assert "LEVEL_BY_NUMBER" in codes and "LEVEL_BY_NUMBER_GROUPS" not in codes
    # numbers mostly another list's: no table of levels of this one
    got, issues = _near(tmp_path, "other", [
        ["风险等级", "包含风险点", None, None],
        ["一级", "第11、12、13项", None, None],
        ["二级", "第1、14项", None, None],
    ])  # fmt: skip
    assert all(lv == "" for _t, _p, lv in got)
    assert "LEVEL_BY_NUMBER_GROUPS" not in {c for c, _ in issues}


def test_a_count_table_under_points_gives_no_levels(tmp_path):
    # (review of this rule: '风险等级 | 风险点' over '高风险 | 2', '低风险 | 3' counts the list's
    # points by level — single numbers whose total is the list's count, no cell listing two —
    # and '等级 | 所含风险点 | 占比' with a '合计' row likewise; read as before, no levels)
    got, issues = _near(tmp_path, "count", [
        ["风险等级", "风险点", None, None],
        ["高风险", "2", None, None],
        ["低风险", "3", None, None],
    ])  # fmt: skip
    assert all(lv == "" for _t, _p, lv in got)
    codes = {c for c, _ in issues}
    assert not codes & {"LEVEL_BY_NUMBER_GROUPS", "LEVEL_GROUP_NUMBER_UNMATCHED"}
    got, issues = _near(tmp_path, "share", [
        ["等级", "所含风险点", "占比", None],
        ["一级", "1", "20%", None],
        ["二级", "4", "80%", None],
        ["合计", "5", "100%", None],
    ])  # fmt: skip
    assert all(lv == "" for _t, _p, lv in got)
    codes = {c for c, _ in issues}
    assert not codes & {"LEVEL_BY_NUMBER_GROUPS", "LEVEL_GROUP_NUMBER_UNMATCHED"}
