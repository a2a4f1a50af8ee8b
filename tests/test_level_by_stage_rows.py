"""A 环节 row — the stage column filled, the point, 序号 and measures cells empty — whose stage ends
with a level after a dash, a colon, a bar, a space or in brackets (``造林项目审批——一级风险``,
``矿权出让审查：高风险``, ``现场核查【Ⅱ级】``) gives, in a table with no level column, its stage and
level to the points under it (to the next 环节 row, or the next holder); it is no point itself
(info LEVEL_BY_STAGE_ROWS). Before, the points came out with no level (LEVEL_BLANK) and the 环节
row was reported as POINT_BLANK (batch1020's 林业局). Not that batch's words: a 自然资源局's list
under ``业务环节`` with ``：高风险`` rows and holders written on every row, a 住建局's under
``办理环节`` with bracketed ``【Ⅱ级】`` and merged holders; and the near-misses.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config
from xlproc.locate_base import _stage_row_level


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["workflow"], d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


HEAD = ["序号", "股室", "职务", "姓名", "业务环节", "风险点", "防控措施"]
LAND = [
    ["某县自然资源局廉政风险点清单", None, None, None, None, None, None],
    HEAD,
    [None, "局领导", "局长", "欧阳澂", "矿权出让审查：高风险", None, None],
    [1, "局领导", "局长", "欧阳澂", None, "出让底价泄露", "底价集体确定，专人保管。"],
    [2, "局领导", "局长", "欧阳澂", None, "干预竞买人资格审查", "资格审查两人复核。"],
    [None, "用途管制股", "股长", "皇甫湛", "用地预审：中风险", None, None],
    [3, "用途管制股", "股长", "皇甫湛", None, "预审意见降低标准", "预审结果股室会审。"],
    [None, "用途管制股", "股长", "皇甫湛", "批后监管：低风险", None, None],
    [4, "用途管制股", "股长", "皇甫湛", None, "巡查记录补写", "巡查定位留痕。"],
    [5, "用途管制股", "股长", "皇甫湛", None, "发现违法用地不上报", "线索台账管理。"],
]


def test_colon_stage_rows_give_their_points_a_level(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": LAND})
    got, issues = _read(path)
    assert got == [
        ("欧阳澂", "矿权出让审查", "出让底价泄露", "Ⅰ级"),
        ("欧阳澂", "矿权出让审查", "干预竞买人资格审查", "Ⅰ级"),
        ("皇甫湛", "用地预审", "预审意见降低标准", "Ⅱ级"),
        ("皇甫湛", "批后监管", "巡查记录补写", "Ⅲ级"),
        ("皇甫湛", "批后监管", "发现违法用地不上报", "Ⅲ级"),
    ]
    codes = [c for c, _ in issues]
    assert ("LEVEL_BY_STAGE_ROWS", "E3") in issues and codes.count("LEVEL_BY_STAGE_ROWS") == 1
    assert "POINT_BLANK" not in codes and "LEVEL_BLANK" not in codes


BUILD = [
    ["某县住房和城乡建设局岗位廉政风险排查表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "办理环节", "廉政风险点", "防控措施"],
    [None, "质监站站长", "司徒翎", "竣工验收监督【Ⅰ级】", None, None],
    [1, None, None, None, "验收不到现场即签字", "验收两人以上到场。"],
    [2, None, None, None, "对质量问题隐瞒不报", "问题台账销号管理。"],
    [None, None, None, "现场核查　二级", None, None],
    [3, None, None, None, "核查记录弄虚作假", "核查全程影像记录。"],
    [None, "资料员", "公孙瑶", "档案归集——三级风险", None, None],
    [4, None, None, None, "档案借阅不登记", "借阅审批登记。"],
]


def test_bracket_and_space_stage_rows_under_merged_holders(tmp_path):
    path = write_workbook(
        tmp_path / "排查表.xlsx",
        {"排查表": BUILD},
        {"排查表": ["B3:B7", "C3:C7", "B8:B9", "C8:C9"]},
    )
    got, issues = _read(path)
    assert got == [
        ("司徒翎", "竣工验收监督", "验收不到现场即签字", "Ⅰ级"),
        ("司徒翎", "竣工验收监督", "对质量问题隐瞒不报", "Ⅰ级"),
        ("司徒翎", "现场核查", "核查记录弄虚作假", "Ⅱ级"),
        ("公孙瑶", "档案归集", "档案借阅不登记", "Ⅲ级"),
    ]
    codes = [c for c, _ in issues]
    assert "LEVEL_BY_STAGE_ROWS" in codes and "POINT_BLANK" not in codes


def test_a_stage_row_with_no_level_gives_none(tmp_path):
    rows = [list(x) for x in LAND]
    rows[2][4], rows[5][4], rows[7][4] = "矿权出让审查", "用地预审", "批后监管"
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert all(lv == "" for *_, lv in got)
    assert "LEVEL_BY_STAGE_ROWS" not in [c for c, _ in issues]


def test_a_level_column_is_read_as_before(tmp_path):
    rows = [
        x[:6] + ["风险等级" if x[0] == "序号" else ("三级" if x[5] else None)] + x[6:] for x in LAND
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert got and all(lv == "Ⅲ级" for *_, lv in got)
    assert "LEVEL_BY_STAGE_ROWS" not in [c for c, _ in issues]


def test_a_stage_row_with_measures_is_no_stage_row(tmp_path):
    rows = [list(x) for x in LAND]
    rows[2][6] = "出让方案集体研究。"  # words on the row beside the stage: not a 环节 row alone
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    _got, issues = _read(path)
    assert ("LEVEL_BY_STAGE_ROWS", "E3") not in issues


def test_the_stage_and_its_level():
    from xlproc.config import load_config

    config = load_config()
    assert _stage_row_level("造林项目审批——一级风险", config) == ("造林项目审批", "一级风险")
    assert _stage_row_level("矿权出让审查：高风险", config) == ("矿权出让审查", "高风险")
    assert _stage_row_level("现场核查　二级", config) == ("现场核查", "二级")
    assert _stage_row_level("立项（风险等级：高）", config) == ("立项", "高")
    assert _stage_row_level("审批（2024年）", config) is None
    assert _stage_row_level("事前：审核", config) is None
    assert _stage_row_level("一级：二级", config) is None
    assert _stage_row_level("项目审批", config) is None
