"""A 环节 row — one cell naming the stage (``一、受理环节``, ``（二）评审阶段``; merged across the
number, point and holder cells or not), the point and measures cells empty — whose LEVEL stands
ALONE in the table's own level column (``三级``, ``高``, ``Ⅱ级``) over points whose level cells are
blank gives its stage and level to the points under it, to the next 环节 row, across holders; it
is no point itself (info LEVEL_ALONE_ON_STAGE_ROWS). Before, the points came out with no level
(LEVEL_BLANK) and the 环节 rows were reported as POINT_BLANK (batch1023's 住建局). Not that batch's
words: a 交通运输局's list under ``（一）立项阶段`` rows not merged, 高/中/低; a 医疗保障局's under
``1.申报环节`` merged across with holders merged down, Ⅱ级; and the near-misses.
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
            got.append((post.get("person"), d["workflow"], d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


HEAD = ["序号", "风险点", "所在股室", "职务", "姓名", "风险级别", "防控措施"]
ROADS = [
    ["某县交通运输局廉政风险点一览表", None, None, None, None, None, None],
    HEAD,
    ["（一）立项阶段", None, None, None, None, "高", None],
    [1, "农村公路项目库入库打招呼", "规划股", "股长", "欧阳澂", None, "入库集体研究。"],
    [2, "项目前期经费虚列", "局领导", "副局长", "皇甫湛", None, "经费据实报账。"],
    ["（二）建设阶段", None, None, None, None, "中", None],
    [3, "工程变更签证把关不严", "建管股", "股员", "上官淇", None, "变更两人复核。"],
    ["（三）验收阶段", None, None, None, None, "低", None],
    [4, "交工验收只看资料", "建管股", "股员", "上官淇", None, "验收影像存档。"],
    [5, "质保金返还拖延索要好处", "财务股", "会计", "司马霏", "中", "按合同返还。"],
]


def test_unmerged_stage_rows_give_their_level(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": ROADS})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("欧阳澂", "立项阶段", "农村公路项目库入库打招呼", "Ⅰ级"),
        ("皇甫湛", "立项阶段", "项目前期经费虚列", "Ⅰ级"),
        ("上官淇", "建设阶段", "工程变更签证把关不严", "Ⅱ级"),
        ("上官淇", "验收阶段", "交工验收只看资料", "Ⅲ级"),
        ("司马霏", "验收阶段", "质保金返还拖延索要好处", "Ⅱ级"),  # (its own level wins)
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_ALONE_ON_STAGE_ROWS", "F3") in issues
    assert codes.count("LEVEL_ALONE_ON_STAGE_ROWS") == 1
    assert "POINT_BLANK" not in codes and "LEVEL_BLANK" not in codes


MEDICAL = [
    ["某县医疗保障局岗位廉政风险防控表", None, None, None, None, None],
    ["序号", "风险点", "科室", "岗位", "风险等级", "防控措施"],
    ["1.申报环节", None, None, None, "Ⅱ级", None],
    [1, "定点机构申报材料审核不严", "医药服务股", "股长", None, "材料两人复核。"],
    [2, "协议签订前私下接触", "医药服务股", "股长", None, "签订过程留痕。"],
    ["2.结算环节", None, None, None, "Ⅰ级", None],
    [3, "医保基金结算虚增", "基金股", "会计", None, "结算数据系统比对。"],
]


def test_merged_stage_rows_with_holders_merged_down(tmp_path):
    path = write_workbook(
        tmp_path / "防控表.xlsx",
        {"表": MEDICAL},
        merges={"表": ["A3:D3", "A6:D6", "C4:C5", "D4:D5"]},
    )
    got, issues = _read(path)
    assert [(w, p, lv) for _, w, p, lv in got] == [
        ("申报环节", "定点机构申报材料审核不严", "Ⅱ级"),
        ("申报环节", "协议签订前私下接触", "Ⅱ级"),
        ("结算环节", "医保基金结算虚增", "Ⅰ级"),
    ]
    assert ("LEVEL_ALONE_ON_STAGE_ROWS", "E3") in issues
    assert "POINT_BLANK" not in [c for c, _ in issues]


def test_near_misses_read_as_before(tmp_path):
    # points writing their own levels under the stage rows: the stage rows are not these
    own = [list(r) for r in ROADS]
    for r in (3, 4, 6, 8):
        own[r][5] = "中"
    got, issues = _read(write_workbook(tmp_path / "own.xlsx", {"一览表": own}))
    assert all(lv == "Ⅱ级" for *_, lv in got) and len(got) == 5
    assert "LEVEL_ALONE_ON_STAGE_ROWS" not in [c for c, _ in issues]
    # a group row naming an office, not a stage, or a stage row writing measures too: that row
    # reads as before (its points keep a blank level), the later stage rows still give theirs
    office = [list(r) for r in ROADS]
    office[2][0] = "一、规划股"
    busy = [list(r) for r in ROADS]
    busy[2][6] = "立项集体研究。"
    for name, rows in (("office", office), ("busy", busy)):
        got, issues = _read(write_workbook(tmp_path / f"{name}.xlsx", {"一览表": rows}))
        assert got[:2] == [
            ("欧阳澂", "", "农村公路项目库入库打招呼", ""),
            ("皇甫湛", "", "项目前期经费虚列", ""),
        ], name
        assert ("LEVEL_BLANK", "F4") in issues and ("LEVEL_ALONE_ON_STAGE_ROWS", "F6") in issues
        assert ("上官淇", "建设阶段", "工程变更签证把关不严", "Ⅱ级") in got
