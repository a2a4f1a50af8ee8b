"""A workbook of a sheet per 科室 whose title names only the unit takes each sheet's 科室 from its
tab — also where the tab writes more than the 科室: a table's number before it ('表2-国土空间规划股',
'附表1、办公室', '（一）办公室', '二、执法大队') or a copy's number, a head count or the kind of list
after it ('规划股(2)', '办公室（3人）', '财务股清单', '规划股风险点', '办公室岗位'). Before, the
decoration stayed in the 科室 ('表2-国土空间规划股', '一、办公室') or the 科室 was lost (batch1056's
probe). Tabs naming no 科室 ('关键岗位', '局领导', '中层岗位', 'Sheet1', '清单') stay so.
"""

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import sheet_department


def _sheet(unit: str, post: str, level: str) -> list[list]:
    return [
        [f"{unit}岗位廉政风险防控清单", None, None, None, None],
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, post, "审核把关不严", level, "集体研究"],
        [2, post, "收受服务对象财物", level, "签订承诺书"],
    ]


def _departments(tmp_path, tabs: dict[str, str], unit: str, level: str) -> list[tuple[str, str]]:
    sheets = {tab: _sheet(unit, post, level) for tab, post in tabs.items()}
    path = write_workbook(tmp_path / "清单.xlsx", sheets)
    r = read_file(path, path.name, load_config())
    return [(p["department"], p["title"]) for p in r.posts]


def test_numbered_tabs_of_a_bureau(tmp_path):
    tabs = {"表1-办公室": "主任", "表2-国土空间规划股": "股长", "附表3、执法大队": "大队长"}
    got = _departments(tmp_path, tabs, "某县自然资源局", "高")
    assert got == [("办公室", "主任"), ("国土空间规划股", "股长"), ("执法大队", "大队长")]


def test_tabs_with_counts_and_kinds_of_a_hospital(tmp_path):
    tabs = {
        "（一）药剂科": "科长",
        "医务科（3人）": "科长",
        "财务科清单": "会计",
        "检验科(2)": "技师",
    }
    got = _departments(tmp_path, tabs, "某县人民医院", "二级")
    assert got == [("药剂科", "科长"), ("医务科", "科长"), ("财务科", "会计"), ("检验科", "技师")]


def test_what_no_tab_names():
    assert sheet_department("关键岗位") == ""
    assert sheet_department("局领导") == ""
    assert sheet_department("二、局领导") == ""
    assert sheet_department("中层岗位") == ""
    assert sheet_department("清单") == ""
    assert sheet_department("Sheet1") == ""
    assert sheet_department("1.综合办公室") == "综合办公室"  # (as before)
    assert sheet_department("规划股风险点") == "规划股"
