"""A row's 风险点 cell numbering its points ON ONE LINE (``①…；②…``, ``①…②…``, ``1.…；2.…``,
``（1）…，（2）…``, ``1、… 2、…``, ``一是…；二是…``) beside a 风险等级 cell giving one level A LINE, as
many lines as points (``高⏎中``, ``二级⏎三级``, ``Ⅰ级⏎Ⅲ级``), is a point a number, each with the level
of its line in turn, and the measures of its number where the 防控措施 cell numbers them alike
(info LEVEL_LINES_BESIDE_RUN_ON_POINTS, once a sheet). Before, a cell the reader does not part
itself (``①…；②…``, ``①…②…``, ``1、… 2、…``) was read as ONE point with the first line's level,
and a cell it parts (``1.…；2.…``, ``（1）…；（2）…``, ``一是…；二是…``) gave every point the FIRST
line's level (batch1092's 交通运输局). Not that batch's words: a 市场监督管理局's 清单 under
``主要风险点 | 风险级别 | 管控措施``, ``二级⏎三级``; a 中心学校's 排查表 with ``Ⅰ级⏎Ⅲ级`` and
``1.…；2.…；3.…``, ``一是…；二是…``; a 供销社's card, ``1、… 2、…`` parted by a space beside
``高⏎低``; and the near-misses (one level beside them, more lines than points, ``防控前：高⏎防控后：低``,
parts under four characters, points a line), which read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "LEVEL_LINES_BESIDE_RUN_ON_POINTS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"], d["measures"]))
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "所在股室", "职务", "姓名", "主要风险点", "风险级别", "管控措施"],
    [1, "注册许可股", "股长", "欧阳澂", "①食品经营许可现场核查走过场；②为申请人指定代办中介",
     "二级\n三级", "①核查两人以上并留存影像；②公开办事指南，禁止指定中介"],
    [2, "执法稽查大队", "队员", "上官淇", "①抽检样品调包②案件查办中通风报信",
     "二级\n二级", "抽检全程录像，案件信息分级保密。"],
]  # fmt: skip


def test_circled_points_on_one_line_take_their_line_of_levels(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": MARKET})
    got, issues = _read(path)
    assert got == [
        ("欧阳澂", "食品经营许可现场核查走过场", "Ⅱ级", "核查两人以上并留存影像"),
        ("欧阳澂", "为申请人指定代办中介", "Ⅲ级", "公开办事指南，禁止指定中介"),
        ("上官淇", "抽检样品调包", "Ⅱ级", "抽检全程录像，案件信息分级保密。"),
        ("上官淇", "案件查办中通风报信", "Ⅱ级", "抽检全程录像，案件信息分级保密。"),
    ]
    assert [c for c, _ in issues].count(CODE) == 1 and (CODE, "E3") in issues


SCHOOL = [
    ["某镇中心学校廉政风险排查表", None, None, None, None, None],
    ["序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
    [1, "校领导", "校长", "司马霏", "1.营养餐食材采购指定供应商；2.基建维修项目化整为零；3.教师调动收受好处",
     "Ⅰ级\nⅡ级\nⅢ级", "1.食材公开招标；2.维修项目按规定比选；3.调动结果公示"],
    [2, "总务处", "主任", "皇甫湛", "一是校产出租不公开；二是食堂账目不清",
     "Ⅰ级\nⅢ级", "出租公开竞价，账目每月公示。"],
]  # fmt: skip


def test_points_the_reader_parts_take_their_line_of_levels(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": SCHOOL})
    got, issues = _read(path)
    assert [(w, p, lv) for w, p, lv, _ in got] == [
        ("司马霏", "营养餐食材采购指定供应商", "Ⅰ级"),
        ("司马霏", "基建维修项目化整为零", "Ⅱ级"),
        ("司马霏", "教师调动收受好处", "Ⅲ级"),
        ("皇甫湛", "校产出租不公开", "Ⅰ级"),
        ("皇甫湛", "食堂账目不清", "Ⅲ级"),
    ]
    assert got[1][3] == "维修项目按规定比选"
    assert [c for c, _ in issues].count(CODE) == 1


CO_OP = [
    ["某县供销合作社联合社岗位廉政风险防控卡", None, None, None, None],
    ["岗位", "姓名", "廉政风险点", "等级", "措施"],
    ["会计", "令狐琰", "1、农资补贴账目不实 2、往来款项长期挂账", "高\n低",
     "1、账目月结月清 2、往来款季度清理"],
]  # fmt: skip


def test_points_parted_by_a_space_take_their_line_of_levels(tmp_path):
    path = write_workbook(tmp_path / "防控卡.xlsx", {"卡": CO_OP})
    got, issues = _read(path)
    assert got == [
        ("令狐琰", "农资补贴账目不实", "Ⅰ级", "账目月结月清"),
        ("令狐琰", "往来款项长期挂账", "Ⅲ级", "往来款季度清理"),
    ]
    assert (CODE, "C3") in issues


NEAR = [
    ["某县市场监督管理局岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "所在股室", "职务", "姓名", "主要风险点", "风险级别", "管控措施"],
    # one level beside points on one line: one point's parts, as ever
    [1, "注册许可股", "股长", "欧阳澂", "①许可审查不严；②超时限办理", "二级", "审查两人复核。"],
    # three lines of levels beside two points: read as before
    [2, "执法稽查大队", "队员", "上官淇", "①抽检样品调包②案件查办中通风报信", "二级\n三级\n三级",
     "抽检全程录像。"],
    # readings of one point over lines ('防控前：高⏎防控后：低'): one point
    [3, "办公室", "主任", "司马霏", "①公车私用；②公务接待超标", "防控前：高\n防控后：低", "公车定点停放。"],
    # parts shorter than four characters: one point
    [4, "办公室", "出纳", "皇甫湛", "①收款②付款", "高\n中", "日清日结。"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": NEAR})
    got, issues = _read(path)
    points = [p for _, p, _, _ in got]
    assert "①许可审查不严；②超时限办理" in points
    assert "①抽检样品调包②案件查办中通风报信" in points
    assert "①公车私用；②公务接待超标" in points
    assert "①收款②付款" in points
    assert CODE not in [c for c, _ in issues]


def test_points_a_line_beside_levels_a_line_read_as_before(tmp_path):
    rows = [MARKET[0], MARKET[1],
            [1, "注册许可股", "股长", "欧阳澂", "①许可现场核查走过场\n②为申请人指定代办中介", "二级\n三级",
             "①核查两人以上\n②禁止指定中介"]]  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "清单.xlsx", {"清单": rows}))
    assert [(p, lv) for _, p, lv, _ in got] == [
        ("许可现场核查走过场", "Ⅱ级"),
        ("为申请人指定代办中介", "Ⅲ级"),
    ]
    assert CODE not in [c for c, _ in issues]
