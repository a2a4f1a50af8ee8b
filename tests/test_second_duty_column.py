"""A list with two duty columns side by side — the post's duty and the matter or power the points
come under, headed so (``岗位职责 | 职权事项``, ``主要职责 | 业务事项``, ``权力事项 | 职责要求``) —
keeps the matter as the points' workflow instead of dropping the second column as "another column
already taken for the duty". It is
graded on: a ``行政处罚`` written only there raises the post to A, as DESIGN §4 searches the
workflow cells too (info COLUMN_GUESSED at its heading says so). A list that already has a
workflow column, or two duty columns neither (or both) headed as a matter, read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, collect_inbox, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["duty"], d["workflow"], d["risk_point"]))
    return got, [(i.code, i.cell, i.message) for i in r.issues]


WATER = [
    ["某县水务局岗位廉政风险防控一览表"],
    ["序号", "科室", "岗位", "姓名", "岗位职责", "职权事项", "风险点", "风险等级", "防控措施"],
    [1, "水政股", "股长", "欧阳明", "负责水政执法", "行政处罚", "自由裁量不规范", "二级", "执行裁量基准。"],
    [2, "水政股", "股长", "欧阳明", "负责水政执法", "涉水案件调查", "选择性执法", "三级", "双随机检查。"],
    [3, "办公室", "科员", "司马亮", "负责公文收发", "文件流转", "泄露未公开文件", "三级", "登记签收。"],
]  # fmt: skip


def test_the_matter_column_is_kept_as_the_workflow(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": WATER})
    got, issues = _read(path)
    assert got == [
        ("欧阳明", "负责水政执法", "行政处罚", "自由裁量不规范"),
        ("欧阳明", "负责水政执法", "涉水案件调查", "选择性执法"),
        ("司马亮", "负责公文收发", "文件流转", "泄露未公开文件"),
    ]
    said = [m for code, cell, m in issues if code == "COLUMN_GUESSED" and cell == "F2"]
    assert len(said) == 1 and "工作流程" in said[0] and "岗位职责" in said[0]


def test_a_power_written_only_there_grades_the_post(tmp_path):
    write_workbook(tmp_path / "in" / "一览表.xlsx", {"一览表": WATER})
    posts = {p["person"]: p for p in collect_inbox([tmp_path / "in"], jobs=1).post_records}
    assert posts["欧阳明"]["computed_grade"] == "A"  # 行政处罚, not in the duty cell
    assert "行政处罚" in posts["欧阳明"]["grade_reason"]
    assert posts["司马亮"]["computed_grade"] == "C"  # one Ⅲ级 point, no power named


HOSPITAL = [
    ["某县人民医院中层岗位廉政风险排查表"],
    ["科室", "职务", "责任人", "主要职责", "业务事项", "廉政风险点", "等级", "防范措施"],
    ["药剂科", "主任", "上官澜", "药品管理", "药品遴选", "收受药商回扣", "高", "集体遴选。"],
    ["药剂科", "主任", "上官澜", "药品管理", "处方点评", "点评流于形式", "低", "交叉点评。"],
    ["设备科", "科长", "皇甫清", "设备管理", "设备采购", "参数量身定做", "中", "论证公开。"],
]  # fmt: skip


def test_other_words_and_levels(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": HOSPITAL})
    got, _ = _read(path)
    assert got == [
        ("上官澜", "药品管理", "药品遴选", "收受药商回扣"),
        ("上官澜", "药品管理", "处方点评", "点评流于形式"),
        ("皇甫清", "设备管理", "设备采购", "参数量身定做"),
    ]


def test_a_list_with_its_own_workflow_column_reads_as_before(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "岗位职责", "职权事项", "业务流程", "风险点", "风险等级", "防控措施"],
        [1, "股长", "欧阳明", "负责水政执法", "行政处罚", "立案", "自由裁量不规范", "二级", "执行裁量基准。"],
    ]  # fmt: skip
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": rows})
    got, issues = _read(path)
    assert got == [("欧阳明", "负责水政执法", "立案", "自由裁量不规范")]
    assert any(code == "COLUMN_GUESSED" and cell == "E1" for code, cell, _ in issues)


def test_the_matter_column_first(tmp_path):
    """The matter on the left, the duty's requirements on its right: still the matter is the
    workflow, the requirements the duty."""
    rows = [
        ["责任处室", "权力事项", "职责要求", "可能出现的风险", "风险等级", "防控措施", "责任人"],
        ["审批科", "公租房资格审核", "严格按准入条件审核", "降低条件审核", "一级", "联审公示。", "欧阳明"],
    ]  # fmt: skip
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, _ = _read(path)
    assert got == [("欧阳明", "严格按准入条件审核", "公租房资格审核", "降低条件审核")]


def test_two_duty_columns_neither_a_matter_read_as_before(tmp_path):
    rows = [
        ["岗位", "姓名", "主要职责", "工作内容", "风险点", "风险等级", "防控措施"],
        ["股长", "欧阳明", "负责水政执法", "巡查河道", "选择性执法", "二级", "双随机检查。"],
    ]  # fmt: skip
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": rows})
    got, issues = _read(path)
    assert got == [("欧阳明", "负责水政执法", "", "选择性执法")]
    assert any(code == "COLUMN_GUESSED" and cell == "D1" for code, cell, _ in issues)


def test_types_as_columns_keep_their_duty_column(tmp_path):
    """'岗位职责' among type sub-columns is a type's column, no second duty: 工作事项 stays the
    duty."""
    rows = [
        ["序号", "岗位", "姓名", "工作事项", "廉政风险点", None, None, "风险等级", "防控措施"],
        [None, None, None, None, "思想道德", "岗位职责", "制度机制", None, None],
        [1, "股长", "欧阳明", "林木采伐许可审核", None, "超范围发放许可", None, "二级", "集体审核。"],
    ]  # fmt: skip
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": rows})
    got, _ = _read(path)
    assert [(p, d, w) for p, d, w, _ in got] == [("欧阳明", "林木采伐许可审核", "")]
