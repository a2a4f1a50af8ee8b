"""A STAGE ROW of control written BESIDE the point column — its label in the 序号 column (merged
across the point and holder cells or not, the point cell blank: ``一、事前防范``, ``（二）事中监管``,
``三、监督``), or in the point column with the stage's OWN MEASURES written in the measures cell
(``事中控制 | … | 关键环节全程留痕``) — over the points of that stage: no point, no row of a blank
point (POINT_BLANK), the stage of control (the workflow) of the points under it, to the next
such row; the measures it writes for its stage go with each point under it, after the point's
own, headed by the stage (``事前预防：…``); info CONTROL_STAGE_ROWS_ASIDE, once a table. Before, a
label in the 序号 column was a row with no point (POINT_BLANK; batch1043's 自然资源局) or was
silently lost, and a label in the point column writing measures was read as a point of its own
(no level, the first of no one). ``决策 | 执行 | 监督`` (``决策环节`` …) are stages of control too.
Not that batch's words: a 水务局's list under ``（一）事前预防`` in an unmerged 编号 cell with
高/中/低, a 卫生院's per-person list under ``决策环节 | 执行环节 | 监督环节`` in the point column
with the stage's measures and the holder's cells, a 统计局's ``二、事中监管`` merged across 序号
and 风险点 with no measures, Ⅰ级/Ⅱ级; and the near-misses.
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
            got.append(
                (post.get("person"), d["workflow"], d["risk_point"], d["risk_level"], d["measures"])
            )
    return got, [(i.code, i.cell) for i in r.issues]


WATER = [
    ["某县水务局廉政风险点清单", None, None, None, None, None, None],
    ["编号", "风险点名称", "所在股室", "岗位", "责任人", "等级", "防控办法"],
    ["（一）事前预防", None, None, None, None, None, "落实集体决策，项目信息公开。"],
    [1, "水利工程立项论证走过场", "规划股", "股长", "尉迟翀", "高", "专家论证留痕。"],
    [2, "农饮项目选址打招呼", "局领导", "副局长", "令狐澐", "中", "选址公示。"],
    ["（二）事中控制", None, None, None, None, None, "全过程留痕，纪检跟踪。"],
    [3, "河道采砂许可放宽条件", "河湖股", "科员", "尉迟琮", "高", "许可条件公开。"],
    ["（三）事后监督", None, None, None, None, None, None],
    [4, "水土保持补偿费减免不公", "局领导", "副局长", "令狐澐", "低", "减免集体研究。"],
]


def test_stage_rows_in_the_number_column_with_their_measures(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": WATER})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("尉迟翀", "事前预防", "水利工程立项论证走过场", "Ⅰ级",
         "专家论证留痕。\n事前预防：落实集体决策，项目信息公开。"),
        ("令狐澐", "事前预防", "农饮项目选址打招呼", "Ⅱ级",
         "选址公示。\n事前预防：落实集体决策，项目信息公开。"),
        ("尉迟琮", "事中控制", "河道采砂许可放宽条件", "Ⅰ级", "许可条件公开。\n事中控制：全过程留痕，纪检跟踪。"),
        ("令狐澐", "事后监督", "水土保持补偿费减免不公", "Ⅲ级", "减免集体研究。"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("CONTROL_STAGE_ROWS_ASIDE", "A3") in issues
    assert codes.count("CONTROL_STAGE_ROWS_ASIDE") == 1 and "CONTROL_STAGE_ROWS" not in codes
    assert not {"POINT_BLANK", "LEVEL_BLANK", "MEASURES_BLANK", "HOLDERS_PLACE_UNCLEAR"} & set(
        codes
    )


CLINIC = [
    ["某镇卫生院岗位廉洁风险自查表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "风险描述", "风险级别", "防范措施"],
    [None, "院长", "东方琬", "决策环节", None, "院务会集体研究，会议记录存档。"],
    [1, "院长", "东方琬", "设备采购指定品牌", "一级", "平台采购。"],
    [None, "院长", "东方琬", "执行环节", None, "采购验收两人以上。"],
    [2, "院长", "东方琬", "验收不到现场", "二级", "验收拍照。"],
    [None, "药剂科主任", "公孙霁", "监督环节", None, "每季度处方点评。"],
    [3, "药剂科主任", "公孙霁", "大处方不点评", "二级", None],
]


def test_decide_execute_supervise_rows_in_the_point_column_with_measures(tmp_path):
    path = write_workbook(tmp_path / "自查表.xlsx", {"自查表": CLINIC})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("东方琬", "决策环节", "设备采购指定品牌", "Ⅰ级", "平台采购。\n决策环节：院务会集体研究，会议记录存档。"),
        ("东方琬", "执行环节", "验收不到现场", "Ⅱ级", "验收拍照。\n执行环节：采购验收两人以上。"),
        ("公孙霁", "监督环节", "大处方不点评", "Ⅱ级", "监督环节：每季度处方点评。"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("CONTROL_STAGE_ROWS_ASIDE", "D3") in issues
    assert "LEVEL_BLANK" not in codes and "HOLDERS_PLACE_UNCLEAR" not in codes


STATS = [
    ["某县统计局岗位廉政风险防控表", None, None, None, None, None, None],
    ["序号", "廉政风险点", "科室", "职务", "姓名", "风险等级", "防控措施"],
    ["一、事前防范", None, None, None, None, None, None],
    [1, "统计执法检查对象选择不随机", "执法股", "股长", "皇甫沅", "Ⅱ级", "双随机抽取。"],
    ["二、事中监管", None, None, None, None, None, None],
    [2, "统计数据审核打招呼改数", "综合股", "科员", "皇甫湉", "Ⅰ级", "数据修改留痕。"],
    [3, "普查经费报销不实", "办公室", "主任", "夏侯瑗", "Ⅱ级", "两人复核。"],
]


def test_stage_rows_merged_across_number_and_point_without_measures(tmp_path):
    path = write_workbook(tmp_path / "防控表.xlsx", {"防控表": STATS},
                          merges={"防控表": ["A1:G1", "A3:B3", "A5:B5"]})  # fmt: skip
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("皇甫沅", "事前防范", "统计执法检查对象选择不随机", "Ⅱ级", "双随机抽取。"),
        ("皇甫湉", "事中监管", "统计数据审核打招呼改数", "Ⅰ级", "数据修改留痕。"),
        ("夏侯瑗", "事中监管", "普查经费报销不实", "Ⅱ级", "两人复核。"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("CONTROL_STAGE_ROWS_ASIDE", "A3") in issues and "POINT_BLANK" not in codes


def test_one_stage_row_alone_reads_as_before(tmp_path):
    # only one stage written so (no 事中 or 事后 row): no list of stages, read as before
    rows = [r[:] for i, r in enumerate(WATER) if i not in (5, 7)]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "CONTROL_STAGE_ROWS_ASIDE" not in codes and "POINT_BLANK" in codes
    assert not any(w for _, w, *_ in got)
    assert not any("落实集体决策" in m for *_, m in got)


def test_group_rows_naming_no_stage_read_as_before(tmp_path):
    # '（一）规划股 | … | 股室措施' over its points: a group row, no stage of control
    rows = [r[:] for r in WATER]
    rows[2][0], rows[5][0], rows[7][0] = "（一）规划股", "（二）河湖股", "（三）局领导"
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "CONTROL_STAGE_ROWS_ASIDE" not in codes and "CONTROL_STAGE_ROWS" not in codes
    assert not any(w for _, w, *_ in got)


def test_stage_rows_writing_a_level_read_as_before(tmp_path):
    # a stage row with a level (or a type) of its own is not a bare stage row: as before
    rows = [r[:] for r in WATER]
    for r in (2, 5, 7):
        rows[r][5] = "高"
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    _got, issues = _read(path)
    assert "CONTROL_STAGE_ROWS_ASIDE" not in [c for c, _ in issues]


def test_a_stage_beside_each_point_in_the_number_column_reads_as_before(tmp_path):
    # '事前 | 招标文件量身定制 | …': the number cell says each point's stage, the point written:
    # every row a point, none a stage row
    rows = [WATER[0], WATER[1]] + [
        ["事前", "招标文件量身定制", "规划股", "股长", "尉迟翀", "高", "文件会审。"],
        ["事中", "评标专家打招呼", "规划股", "股长", "尉迟翀", "中", "专家随机抽取。"],
        ["事后", "验收结算多计工程量", "规划股", "股长", "尉迟翀", "低", "审计结算。"],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert "CONTROL_STAGE_ROWS_ASIDE" not in [c for c, _ in issues]
    assert sorted(p for _, _, p, *_ in got) == sorted(
        ["招标文件量身定制", "评标专家打招呼", "验收结算多计工程量"]
    )
