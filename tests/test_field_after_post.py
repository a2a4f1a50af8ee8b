"""A group row naming a post and, apart from it, the field of work the post oversees — '一、副局长
安全生产', '（二）副主任　综合协调' — over that post's points, in a list with no 岗位 nor 姓名 column:
the post is '分管安全生产副局长', no one is named (the field had been read as a person, 安 a
surname's), and two such posts are two forms; info FIELD_AFTER_POST at the group row. A name
after the post ('一、局长　王建国', '二、副局长　欧阳建设') is still its holder.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config


def _posts(path: Path):
    r = read_file(path, path.name, load_config())
    got = [(p["title"], p["person"], p["n_risks"]) for p in r.posts]
    return got, [(i.code, i.cell) for i in r.issues]


HEAD = ["序号", "廉政风险点", "风险等级", "防控措施"]


def test_fields_after_posts_are_two_posts_of_no_one(tmp_path):
    rows = [
        ["某县应急管理局廉政风险防控清单"],
        HEAD,
        ["一、副局长　安全生产"],
        [1, "执法检查选择性执法", "二级", "双随机抽查。"],
        [2, "隐患整改验收把关不严", "三级", "集体验收。"],
        ["二、副局长　应急救援"],
        [3, "救灾物资分配不公", "一级", "公开公示。"],
    ]
    got, issues = _posts(write_workbook(tmp_path / "清单.xlsx", {"清单": rows}))
    assert got == [("分管安全生产副局长", "", 2), ("分管应急救援副局长", "", 1)]
    assert ("FIELD_AFTER_POST", "A3") in issues and ("FIELD_AFTER_POST", "A6") in issues


def test_other_words_and_levels(tmp_path):
    rows = [
        ["某镇人民政府岗位廉政风险排查表"],
        HEAD,
        ["（一）副镇长　城乡建设"],
        [1, "项目验收把关不严", "高", "联合验收。"],
        ["（二）副主任　综合协调"],
        [2, "公务接待超标准", "低", "按标准审核。"],
    ]
    got, issues = _posts(write_workbook(tmp_path / "排查表.xlsx", {"排查表": rows}))
    assert got == [("分管城乡建设副镇长", "", 1), ("分管综合协调副主任", "", 1)]
    assert [c for c, _ in issues].count("FIELD_AFTER_POST") == 2


def test_names_after_posts_are_holders_still(tmp_path):
    rows = [
        ["某县应急管理局廉政风险防控清单"],
        HEAD,
        ["一、局长　王建国"],
        [1, "重大事项决策不民主", "一级", "集体决策。"],
        ["二、副局长　欧阳建设"],
        [2, "执法检查选择性执法", "二级", "双随机抽查。"],
    ]
    got, issues = _posts(write_workbook(tmp_path / "清单.xlsx", {"清单": rows}))
    assert got == [("局长", "王建国", 1), ("副局长", "欧阳建设", 1)]
    assert "FIELD_AFTER_POST" not in [c for c, _ in issues]
