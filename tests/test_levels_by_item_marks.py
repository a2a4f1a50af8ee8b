"""A point cell numbering a person's points ①, ②, … a line (or ``（1）``, or ``①…；②…`` on one line)
beside a level cell giving EACH point its level by the same number — on one line
(``①一级②一级③二级``), grouped (``①②二级③一级``), a line each (``①二级⏎②三级``) — reads as a point a
number, each with the level its number is given and its measures where they are numbered alike
(info LEVELS_BY_ITEM_MARKS, once a table). Before, the whole cell was one point with no level and
LEVEL_UNKNOWN at the level cell (batch1027's 自然资源局). Circled points beside unnumbered level
lines (``高⏎低``) read as ``1.…⏎2.…`` points beside them always did. Not that batch's words: a
市场监督管理局's list with 高/中/低 marked ``①高，②中，③低``; a 街道办事处's with ``（1）`` points and
``（1）（3）Ⅰ级（2）Ⅱ级``; a 供销社's ``①…；②…`` on one line beside ``①一级风险②三级风险``; and the
near-misses, which read as before: ``①…；②…`` under ONE level (one point, batch148's call), level
marks that miss a point's number, a level mark beside a point not numbered.
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


MARKET = [
    ["某县市场监督管理局岗位廉政风险排查表", None, None, None, None, None],
    ["所在科室", "职务", "责任人", "岗位风险点", "风险级别", "防范措施"],
    ["特种设备股", "股长", "欧阳澂",
     "①电梯检验报告审核放水\n②事故调查结论打招呼\n③接受使用单位宴请",
     "①高，②中，③低",
     "①报告两人复核\n②调查结论集体审议\n③签订廉洁承诺书"],
    ["食品股", "监管员", "皇甫湛", "①许可现场核查走过场\n②抽检样品调包", "①中 ②高",
     "①核查留存影像\n②抽检全程记录"],
    ["办公室", "出纳", "司马霏", "备用金不按规定存放", "低", "备用金限额管理。"],
]  # fmt: skip


def test_circled_points_take_the_level_of_their_mark(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "排查表.xlsx", {"排查表": MARKET}))
    assert got == [
        ("欧阳澂", "电梯检验报告审核放水", "Ⅰ级", "报告两人复核"),
        ("欧阳澂", "事故调查结论打招呼", "Ⅱ级", "调查结论集体审议"),
        ("欧阳澂", "接受使用单位宴请", "Ⅲ级", "签订廉洁承诺书"),
        ("皇甫湛", "许可现场核查走过场", "Ⅱ级", "核查留存影像"),
        ("皇甫湛", "抽检样品调包", "Ⅰ级", "抽检全程记录"),
        ("司马霏", "备用金不按规定存放", "Ⅲ级", "备用金限额管理。"),
    ]
    codes = [c for c, _ in issues]
    assert ("LEVELS_BY_ITEM_MARKS", "E3") in issues and codes.count("LEVELS_BY_ITEM_MARKS") == 1
    assert "LEVEL_UNKNOWN" not in codes


STREET = [
    ["某街道办事处廉政风险防控卡汇总表", None, None, None, None, None, None],
    ["序号", "部门", "岗位", "姓名", "风险内容", "等级", "措施"],
    [1, "社区管理办", "主任", "上官淇",
     "（1）社区公益岗人选内定\n（2）惠民资金发放不公示\n（3）协管员考勤代签",
     "（1）（3）Ⅰ级（2）Ⅱ级", "集体研究，结果公示。"],
    [2, "城管中队", "队员", "诸葛沅", "①占道经营处罚随意\n②暂扣物品私自处置",
     "①②Ⅱ级", "处罚两人以上，物品登记。"],
]  # fmt: skip


def test_bracketed_and_grouped_marks(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "汇总表.xlsx", {"表": STREET}))
    assert [(p, point, lv) for p, point, lv, _ in got] == [
        ("上官淇", "社区公益岗人选内定", "Ⅰ级"),
        ("上官淇", "惠民资金发放不公示", "Ⅱ级"),
        ("上官淇", "协管员考勤代签", "Ⅰ级"),
        ("诸葛沅", "占道经营处罚随意", "Ⅱ级"),
        ("诸葛沅", "暂扣物品私自处置", "Ⅱ级"),
    ]
    assert all(m == "集体研究，结果公示。" for p, *_, m in got if p == "上官淇")  # one for all
    assert ("LEVELS_BY_ITEM_MARKS", "F3") in issues


COOP = [
    ["某县供销合作社联合社岗位廉政风险点", None, None, None, None],
    ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
    ["理事会主任", "东方璟", "①社有资产出租不公开竞价；②项目资金安排个人说了算",
     "①一级风险②三级风险", "①出租公开竞价；②资金安排集体研究"],
    ["会计", "慕容翊", "①票据审核不严\n②账外设账", "二级\n一级", "①两人复核\n②定期审计"],
]  # fmt: skip


def test_points_on_one_line_and_unnumbered_level_lines(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "风险点.xlsx", {"表": COOP}))
    assert got == [
        ("东方璟", "社有资产出租不公开竞价", "Ⅰ级", "出租公开竞价"),
        ("东方璟", "项目资金安排个人说了算", "Ⅲ级", "资金安排集体研究"),
        ("慕容翊", "票据审核不严", "Ⅱ级", "两人复核"),  # (``①…⏎②…`` beside ``二级⏎一级``)
        ("慕容翊", "账外设账", "Ⅰ级", "定期审计"),
    ]
    assert ("LEVELS_BY_ITEM_MARKS", "D3") in issues


def test_near_misses_read_as_before(tmp_path):
    # ``①…；②…`` under ONE level: one point (batch148's call)
    one = [list(r) for r in COOP[:3]]
    one[2][3] = "一级"
    got, issues = _read(write_workbook(tmp_path / "one.xlsx", {"表": one}))
    assert [(point, lv) for _, point, lv, _ in got] == [
        ("①社有资产出租不公开竞价；②项目资金安排个人说了算", "Ⅰ级")
    ]
    assert "LEVELS_BY_ITEM_MARKS" not in [c for c, _ in issues]
    # level marks missing a point's number, or a mark beside a point not numbered: as before
    short = [list(r) for r in MARKET[:3]]
    short[2][4] = "①高，②中"
    bare = [list(r) for r in MARKET[:2]] + [list(MARKET[4])]
    bare[2][4] = "①低"
    for name, rows in (("short", short), ("bare", bare)):
        got, issues = _read(write_workbook(tmp_path / f"{name}.xlsx", {"表": rows}))
        codes = [c for c, _ in issues]
        assert len(got) == 1 and got[0][2] == "", (name, got)
        assert "LEVEL_UNKNOWN" in codes and "LEVELS_BY_ITEM_MARKS" not in codes, name


def test_the_code_is_catalogued():
    from xlproc.issues import CATALOGUE, INFO, ITEMS, SHORT, make_issue

    code = "LEVELS_BY_ITEM_MARKS"
    assert CATALOGUE[code][0] == INFO and ITEMS[code] == "风险级别" and SHORT[code]
    said = make_issue(code, "a.xlsx", "表", "E3", value="①高②中", count="1", given="2").message
    assert all(x in said for x in ("E3", "①高②中", "1 行", "2 个"))
