"""A row whose 风险点 cell numbers its points (``1.…⏎2.…``, or on one line ``1、…；2、…``) beside a
风险等级 cell giving each number's level ON ONE LINE (``1.高 2.中``, ``1.中；2.低``, ``1、Ⅱ级；2、Ⅲ级``,
``1.低、2.中``) is a point a number, with the level of its number and the measures of its number
where the 防控措施 cell numbers them alike (info LEVELS_NUMBERED_ON_ONE_LINE, once a table). Before,
the cell was read as ONE point with its numbers and no level (LEVEL_UNKNOWN), or, run on with
``；``, split but each level keeping its number (``1.中``) and unread (batch1091's 财政局). Not that
batch's words: a 水务局's list with ``一级/二级/三级`` under ``风险级别``, a 中心学校's run on with
``Ⅱ级/Ⅲ级`` and a 卫生院's with ``１．高，２．低``; and the near-misses, read as before.
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


WATER = [
    ["某县水务局岗位廉政风险防控表", None, None, None, None, None],
    ["科室", "职务", "姓名", "风险点", "风险级别", "防控措施"],
    ["局领导", "局长", "令狐澈",
     "1.水利工程招标暗定中标人\n2.工程款拨付打招呼\n3.接受施工方宴请",
     "1.一级 2.一级 3.三级",
     "1.招标全程公开\n2.拨付集体审核\n3.签订承诺书"],
    ["水政监察大队", "队长", "宇文湉",
     "1.河道采砂许可放宽条件\n2.执法检查走过场",
     "1.二级 2.三级", "1.许可两人审查\n2.检查留存影像"],
]  # fmt: skip


def test_points_a_line_beside_levels_on_one_line(tmp_path):
    path = write_workbook(tmp_path / "水务局.xlsx", {"防控表": WATER})
    got, issues = _read(path)
    assert got == [
        ("令狐澈", "水利工程招标暗定中标人", "Ⅰ级", "招标全程公开"),
        ("令狐澈", "工程款拨付打招呼", "Ⅰ级", "拨付集体审核"),
        ("令狐澈", "接受施工方宴请", "Ⅲ级", "签订承诺书"),
        ("宇文湉", "河道采砂许可放宽条件", "Ⅱ级", "许可两人审查"),
        ("宇文湉", "执法检查走过场", "Ⅲ级", "检查留存影像"),
    ]
    codes = [c for c, _ in issues]
    assert ("LEVELS_NUMBERED_ON_ONE_LINE", "E3") in issues
    assert codes.count("LEVELS_NUMBERED_ON_ONE_LINE") == 1
    assert "LEVEL_UNKNOWN" not in codes


SCHOOL = [
    ["某乡中心学校廉政风险排查表", None, None, None, None, None],
    ["序号", "岗位", "责任人", "风险点", "等级", "防控措施"],
    [1, "校长", "慕容沅",
     "1、营养改善计划食材验收不严；2、校舍维修指定施工队",
     "1、Ⅱ级；2、Ⅲ级", "1、验收两人签字；2、维修比选公示"],
    [2, "报账员", "诸葛滢",
     "1、经费报销票据不全；2、公用经费挪作他用；3、收受供货商礼品",
     "1、Ⅲ级；2、Ⅱ级；3、Ⅲ级", "1、票据逐张审核；2、经费专账核算；3、签订承诺书"],
]  # fmt: skip


def test_points_run_on_beside_levels_run_on(tmp_path):
    path = write_workbook(tmp_path / "中心学校.xlsx", {"排查表": SCHOOL})
    got, issues = _read(path)
    assert [(w, p, lv) for w, p, lv, _ in got] == [
        ("慕容沅", "营养改善计划食材验收不严", "Ⅱ级"),
        ("慕容沅", "校舍维修指定施工队", "Ⅲ级"),
        ("诸葛滢", "经费报销票据不全", "Ⅲ级"),
        ("诸葛滢", "公用经费挪作他用", "Ⅱ级"),
        ("诸葛滢", "收受供货商礼品", "Ⅲ级"),
    ]
    codes = [c for c, _ in issues]
    assert codes.count("LEVELS_NUMBERED_ON_ONE_LINE") == 1
    assert "LEVEL_UNKNOWN" not in codes


CLINIC = [
    ["某镇卫生院岗位廉政风险防控卡", None, None, None],
    ["姓名：东方沄", None, "岗位：药房负责人", None],
    ["风险点", "风险等级", "防控措施", "备注"],
    ["１．药品验收不核对批号\n２．过期药品处置不登记", "１．高，２．低", "１．双人验收\n２．处置登记", None],
]  # fmt: skip


def test_full_width_numbers_and_commas(tmp_path):
    path = write_workbook(tmp_path / "卫生院.xlsx", {"防控卡": CLINIC})
    got, issues = _read(path)
    assert [(p, lv) for _, p, lv, _ in got] == [
        ("药品验收不核对批号", "Ⅰ级"),
        ("过期药品处置不登记", "Ⅲ级"),
    ]
    assert [c for c, _ in issues].count("LEVELS_NUMBERED_ON_ONE_LINE") == 1


def _near(tmp_path, point, level):
    rows = [
        ["科室", "职务", "姓名", "风险点", "风险级别", "防控措施"],
        ["办公室", "主任", "司徒涵", point, level, "集体研究"],
    ]
    got, issues = _read(write_workbook(tmp_path / "表.xlsx", {"表": rows}))
    return [(p, lv) for _, p, lv, _ in got], [c for c, _ in issues]


def test_near_miss_levels_a_line_as_before(tmp_path):
    got, codes = _near(tmp_path, "1.公车私用\n2.接待超标", "1.高\n2.中")
    assert got == [("公车私用", "Ⅰ级"), ("接待超标", "Ⅱ级")]
    assert "LEVELS_NUMBERED_ON_ONE_LINE" not in codes


def test_near_miss_one_level_for_numbered_parts(tmp_path):
    got, codes = _near(tmp_path, "1.公车私用\n2.接待超标", "高")
    assert len(got) == 1 and got[0][1] == "Ⅰ级"  # (numbered lines beside one level: one point)
    assert "LEVELS_NUMBERED_ON_ONE_LINE" not in codes


def test_near_miss_numbers_that_do_not_match(tmp_path):
    # three points, two levels: nothing paired, read as before
    got, codes = _near(tmp_path, "1.公车私用\n2.接待超标\n3.采购不比价", "1.高 2.中")
    assert len(got) == 1
    assert "LEVELS_NUMBERED_ON_ONE_LINE" not in codes
