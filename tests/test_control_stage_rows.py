"""A STAGE ROW of control inside a list — ``事前防范``, ``二、事中控制``, ``（三）事后监督：``, ``事后`` —
the label ALONE in the point column (not merged; the row's other cells blank but its holder's),
over the points of that stage, of one holder or several: the stage of control (the workflow) of
the points under it, to the next such row; it is no point itself, nor the tail of the point above
(info CONTROL_STAGE_ROWS, once a table). Before, the first stage row was read as a point of no
one (LEVEL_BLANK, MEASURES_BLANK) and the later ones glued onto the text of the point above them
(batch1038's 住建局: ``…核验不实事中控制``). Two stages at least must be written so. Not that
batch's words: a 市场监管局's list under ``一、事前预防 | 二、事中监管 | 三、事后问责`` with Ⅰ级/Ⅱ级 and
a type column, a 林业站's per-person stage rows ``事前 | 事中 | 事后`` with the holder's cells written
on them too, 高/中/低; and the near-misses.
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


HEAD = ["序号", "所在股室", "职务", "姓名", "风险点描述", "风险类型", "等级", "防范措施"]
MARKET = [
    ["某县市场监督管理局廉政风险点清单", None, None, None, None, None, None, None],
    HEAD,
    [None, None, None, None, "一、事前预防", None, None, None],
    [1, "登记注册股", "股长", "呼延璟", "企业登记材料审核放宽", "岗位职责", "Ⅱ级", "两人审核。"],
    [2, "局领导", "副局长", "独孤湜", "许可审批打招呼", "外部环境", "Ⅰ级", "过问登记。"],
    [None, None, None, None, "二、事中监管", None, None, None],
    [3, "稽查大队", "队员", "慕容瀚", "抽查对象选择不随机", "业务流程", "Ⅱ级", "系统摇号。"],
    [None, None, None, None, "三、事后问责", None, None, None],
    [4, "稽查大队", "队员", "慕容瀚", "罚没款不及时上缴", "制度机制", "Ⅱ级", "票款分离。"],
    [5, "局领导", "副局长", "独孤湜", "处罚结果说情", "思想道德", "Ⅰ级", "集体审议。"],
]


def test_stage_rows_across_holders(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": MARKET})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("呼延璟", "事前预防", "企业登记材料审核放宽", "Ⅱ级"),
        ("独孤湜", "事前预防", "许可审批打招呼", "Ⅰ级"),
        ("慕容瀚", "事中监管", "抽查对象选择不随机", "Ⅱ级"),
        ("慕容瀚", "事后问责", "罚没款不及时上缴", "Ⅱ级"),
        ("独孤湜", "事后问责", "处罚结果说情", "Ⅰ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("CONTROL_STAGE_ROWS", "E3") in issues and codes.count("CONTROL_STAGE_ROWS") == 1
    assert not {"POINT_BLANK", "LEVEL_BLANK", "MEASURES_BLANK", "HOLDERS_PLACE_UNCLEAR"} & set(
        codes
    )


FOREST = [
    ["某镇林业站岗位廉政风险自查表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险", "风险程度", "防控办法"],
    [None, "站长", "上官湉", "事前", None, None],
    [1, "站长", "上官湉", "采伐指标分配不公", "高", "指标公示。"],
    [None, "站长", "上官湉", "事后：", None, None],
    [2, "站长", "上官湉", "伐区验收不到现场", "中", "验收拍照存档。"],
    [None, "护林员", "司马霁", "事中", None, None],
    [3, "护林员", "司马霁", "巡山记录补写", "低", "轨迹核对。"],
]


def test_stage_rows_per_person_with_holder_cells(tmp_path):
    path = write_workbook(tmp_path / "自查表.xlsx", {"自查表": FOREST})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("上官湉", "事前", "采伐指标分配不公", "Ⅰ级"),
        ("上官湉", "事后", "伐区验收不到现场", "Ⅱ级"),
        ("司马霁", "事中", "巡山记录补写", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("CONTROL_STAGE_ROWS", "D3") in issues
    assert "LEVEL_BLANK" not in codes and "MEASURES_BLANK" not in codes


def test_one_stage_row_alone_reads_as_before(tmp_path):
    # only one stage written so (no 事中 or 事后 row): no list of stages, read as before
    rows = [r[:] for i, r in enumerate(MARKET) if i not in (5, 7)]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert "CONTROL_STAGE_ROWS" not in [c for c, _ in issues]
    assert not any(w == "事前预防" for _, w, _, _ in got)


def test_a_point_naming_a_stage_in_its_words_reads_as_before(tmp_path):
    # '事前审批把关不严' and '事后补办手续' are points, with their own 序号, level and measures
    rows = [r[:] for r in MARKET[:2]] + [
        [1, "登记注册股", "股长", "呼延璟", "事前审批把关不严", "岗位职责", "Ⅱ级", "两人审核。"],
        [2, "稽查大队", "队员", "慕容瀚", "事后补办手续", "业务流程", "Ⅱ级", "系统留痕。"],
        [3, "稽查大队", "队员", "慕容瀚", "事中监管", "业务流程", "Ⅱ级", "随机抽查。"],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert "CONTROL_STAGE_ROWS" not in [c for c, _ in issues]
    assert sorted(p for _, _, p, _ in got) == sorted(
        ["事前审批把关不严", "事后补办手续", "事中监管"]
    )


def test_stage_rows_writing_their_measures_give_them_to_their_points(tmp_path):
    # a stage row with the stage's measures written beside it (since batch1043): still the
    # stage of the points under it, no point; its measures go with them (CONTROL_STAGE_ROWS_ASIDE,
    # tests/test_control_stage_rows_aside.py), not CONTROL_STAGE_ROWS
    rows = [r[:] for r in MARKET]
    for r in (2, 5, 7):
        rows[r][7] = "健全制度。"
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "CONTROL_STAGE_ROWS" not in codes and ("CONTROL_STAGE_ROWS_ASIDE", "E3") in issues
    assert sorted(p for _, _, p, _ in got) == sorted(r[4] for r in MARKET if isinstance(r[0], int))
