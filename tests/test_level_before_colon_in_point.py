"""A point whose level opens its own cell before a colon — ``高：违规审批…``, ``一级：…``,
``Ⅱ级:…``, ``高风险：…`` — where the table's level column is blank on its row or absent: the word
before the colon is the point's level and no part of its words (info LEVEL_BEFORE_COLON_IN_POINT,
one a table). Before, the points came out WITH the mark and no level (LEVEL_BLANK a row;
batch1068's 民政局, ``高：``/``中：``/``低:`` under a blank ``风险等级``). The bracketed marks
(``【高】…``, ``（一级）…``, LEVEL_TAGS) and ``一级风险点：…`` with no level column read before. Not that
batch's words: a 水务局's 排查表 with ``一级：``/``二级：``/``三级：`` and no level column; a 中医医院's
清单 with ``高风险：``/``中风险：``/``低风险：`` (one half-width colon) under a blank ``风险级别`` merged
per person; a filled level column saying the same (the mark taken off) or another (as read, a
warning); and the near-misses — a stage or a class before the colon (``事前：``, ``廉政风险：``),
``低保：``, one such row only, a point too short after the mark — read as before.
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
            got.append((post.get("person") or post.get("title"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


WATER = [
    ["某县水务局廉政风险点排查表", None, None, None, None],
    ["编号", "所在股室", "职务", "风险点描述", "防范措施"],
    [1, "局领导", "副局长", "一级：小型水库除险加固工程指定施工单位", "工程公开招标。"],
    [2, "建设管理股", "股长", "二级：水利工程质量验收降低标准", "验收专家参与。"],
    [3, "建设管理股", "股长", "二级：工程款拨付不按合同进度", "拨付两人审核。"],
    [4, "水政监察大队", "执法员", "三级：河道采砂巡查走过场", "巡查轨迹留痕。"],
]


def test_grades_before_the_colon_with_no_level_column(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": WATER})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("副局长", "小型水库除险加固工程指定施工单位", "Ⅰ级"),
        ("股长", "水利工程质量验收降低标准", "Ⅱ级"),
        ("股长", "工程款拨付不按合同进度", "Ⅱ级"),
        ("执法员", "河道采砂巡查走过场", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_BEFORE_COLON_IN_POINT", "D3") in issues
    assert codes.count("LEVEL_BEFORE_COLON_IN_POINT") == 1
    assert "LEVEL_BLANK" not in codes


HOSPITAL = [
    ["某县中医医院岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "科室", "岗位", "责任人", "廉洁风险", "风险级别", "防控办法"],
    [1, "院办", "院长", "尉迟霁", "高风险：大型设备采购干预评标", None, "采购集体决策。"],
    [2, "院办", "院长", "尉迟霁", "中风险:基建项目变更不经论证", None, "变更论证留档。"],
    [3, "药剂科", "科主任", "公冶澄", "高风险：药品遴选收受回扣", None, "药事会集体遴选。"],
    [4, "药剂科", "科主任", "公冶澄", "低风险：处方点评走过场", None, "点评结果公示。"],
]


def test_risk_words_before_the_colon_under_a_blank_level_column(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx",
        {"清单": HOSPITAL},
        merges={"清单": ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]},
    )
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("尉迟霁", "大型设备采购干预评标", "Ⅰ级"),
        ("尉迟霁", "基建项目变更不经论证", "Ⅱ级"),
        ("公冶澄", "药品遴选收受回扣", "Ⅰ级"),
        ("公冶澄", "处方点评走过场", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_BEFORE_COLON_IN_POINT", "E3") in issues
    assert "LEVEL_BLANK" not in codes


def test_a_filled_level_column_wins_and_a_differing_mark_is_left(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "所长", "尉迟霁", "Ⅱ级：税费减免审批放宽条件", "Ⅱ级", "集体审批。"],
        [2, "会计", "公冶澄", "Ⅲ级：票据核销不及时", "Ⅲ级", "按月核销。"],
        [3, "会计", "公冶澄", "Ⅲ级：现金坐支挪用", "Ⅰ级", "收支两条线。"],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("尉迟霁", "税费减免审批放宽条件", "Ⅱ级"),
        ("公冶澄", "票据核销不及时", "Ⅲ级"),
        ("公冶澄", "Ⅲ级：现金坐支挪用", "Ⅰ级"),  # (its column says another: as read)
    ])  # fmt: skip
    assert ("LEVEL_BEFORE_COLON_IN_POINT", "D2") in issues
    assert ("LEVEL_JOINED_DIFFERS", "D4") in issues


HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def _near(tmp_path, points, levels=("", "", "")):
    rows = [HEAD] + [
        [n, "股长", "尉迟霁", p, lv or None, "两人复核。"]
        for n, (p, lv) in enumerate(zip(points, levels, strict=True), 1)
    ]
    path = write_workbook(tmp_path / "近似.xlsx", {"表": rows})
    got, issues = _read(path)
    assert "LEVEL_BEFORE_COLON_IN_POINT" not in [c for c, _ in issues]
    return sorted((p, lv) for _, p, lv in got)


def test_near_misses_read_as_before(tmp_path):
    # a stage or a class of risk before the colon: no level, the words as written
    for points in (
        ["事前：审核把关不严格", "事中：现场查验走过场", "事后：资料归档不及时"],
        ["廉政风险：收受服务对象礼品", "履职风险：审核把关不严格", "作风风险：办事推诿拖延"],
    ):
        assert _near(tmp_path, points) == sorted((p, "") for p in points)
    # a short name before the colon ('低保：…'): the name is the point, as before; no level
    points = ["低保：审核对象优亲厚友", "医保：报销材料审核不实", "临时救助：金额随意确定"]
    assert _near(tmp_path, points) == sorted([("低保", ""), ("医保", ""), ("临时救助", "")])
    # one row so written among others with their levels: as read
    points = ["高：违规审批建设项目", "审核把关不严格", "现场查验走过场"]
    assert _near(tmp_path, points, ("", "二级", "三级")) == sorted(
        [("高：违规审批建设项目", ""), ("审核把关不严格", "Ⅱ级"), ("现场查验走过场", "Ⅲ级")]
    )
    # too little left of the point after the mark
    points = ["高：宴请", "中：送礼", "低：迟到"]
    assert _near(tmp_path, points) == sorted((p, "") for p in points)


# review 59: a 职称's grades before the colon are no levels ('高级：', '中级：', '初级：', '副高级：')
TITLES = [
    ["某县教育体育局岗位廉政风险排查表", None, None, None, None],
    ["编号", "股室", "岗位", "风险点描述", "防范措施"],
    [1, "人事股", "股长", "副高级：教师职称推荐材料审核把关不严",
     "推荐结果公示。"],
    [2, "人事股", "干事", "中级：教师职称申报资格审查走过场", "资格复核。"],
    [3, "人事股", "干事", "初级：新任教师职称认定不公示", "认定公示。"],
]  # fmt: skip

TWO_GRADES = [
    ["某县卫生健康局岗位廉政风险排查表", None, None, None, None, None],
    ["编号", "股室", "岗位", "风险点描述", "风险等级", "防范措施"],
    [1, "人事股", "股长", "高级：卫生专业技术职称评审把关不严", "二级", "评审集体研究。"],
    [2, "人事股", "干事", "中级：卫生专业技术资格申报审查不严", "三级", "资格复核。"],
]  # fmt: skip

TWO_GRADES_BLANK = [row[:4] + row[5:] for row in TWO_GRADES]


def test_a_title_grade_before_the_colon_is_no_level(tmp_path):
    path = write_workbook(tmp_path / "titles.xlsx", {"排查表": TITLES})
    got, issues = _read(path)
    assert all(point.endswith(("不严", "走过场", "不公示")) and point[:2] in ("副高", "中级", "初级")
               and not level for _who, point, level in got), got  # fmt: skip
    assert "LEVEL_BEFORE_COLON_IN_POINT" not in [c for c, _ in issues]
    path = write_workbook(tmp_path / "blank.xlsx", {"排查表": TWO_GRADES_BLANK})
    got, issues = _read(path)
    assert sorted(p for _w, p, _lv in got) == sorted(r[3] for r in TWO_GRADES[2:])
    assert not any(level for *_x, level in got)
    assert "LEVEL_BEFORE_COLON_IN_POINT" not in [c for c, _ in issues]
    path = write_workbook(tmp_path / "filled.xlsx", {"排查表": TWO_GRADES})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("股长", "高级：卫生专业技术职称评审把关不严", "Ⅱ级"),
        ("干事", "中级：卫生专业技术资格申报审查不严", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert "LEVEL_BEFORE_COLON_IN_POINT" not in codes and "LEVEL_JOINED_DIFFERS" not in codes
