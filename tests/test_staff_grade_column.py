"""A `岗位等级` column in a 事业单位's list may hold the staff member's own 岗位等级 (管理七级,
专业技术十二级, 工勤技能四级) or a civil servant's 职级 (四级主任科员), not the post's risk grade
A/B/C: it is read as another column, with no GRADE_UNKNOWN per row. A `岗位等级` column of A/B/C
stays the declared grade."""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "股室", "岗位", "岗位等级", "姓名", "廉政风险点", "风险等级", "防控措施"]


def _read(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "list.xlsx", {"一览表": [["某县社会保险服务中心岗位廉政风险点一览表"], HEAD, *rows]}
    )
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_staff_grades_are_no_declared_grade(tmp_path):
    rows = [
        [1, "稽核股", "股长", "管理八级", "祖沄", "稽核中放松审核标准", "一级", "双人复核"],
        [2, "征缴股", "科员", "专业技术十二级", "查湉", "违规办理补缴", "二级", "系统留痕"],
        [3, "待遇股", "科员", "四级主任科员", "祖澄", "违规认定待遇资格", "一级", "集体审核"],
        [4, "办公室", "驾驶员", "工勤技能四级", "查洺", "公车私用", "三级", "定点停放"],
    ]
    got = _read(tmp_path, rows)
    codes = list(got.issues["code"])
    assert "GRADE_UNKNOWN" not in codes
    assert sorted(got.posts["person"]) == sorted(["祖沄", "查湉", "祖澄", "查洺"])
    assert set(got.posts["declared_grade"]) == {""}
    assert list(got.risks["risk_level"]) == ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]


def test_a_declared_grade_column_of_abc_stays(tmp_path):
    rows = [
        [1, "稽核股", "股长", "A", "祖沄", "稽核中放松审核标准", "一级", "双人复核"],
        [2, "征缴股", "科员", "B", "查湉", "违规办理补缴", "二级", "系统留痕"],
    ]
    got = _read(tmp_path, rows)
    by = dict(zip(got.posts["person"], got.posts["declared_grade"], strict=True))
    assert by == {"祖沄": "A", "查湉": "B"}
