"""A list whose only level-like column is headed as a post's grade ('岗位等级', '岗位风险等级')
but holds level words ('一级/二级/三级', 'Ⅰ级/Ⅱ级/Ⅲ级') that differ from row to row within one
post: the points' levels, since a post has one grade. Held-out batches showed such a column read
as each holder's declared grade (the first row's) and every point's level blank (LEVEL_BLANK).
It is now judged by its contents (locate_header ``_post_grade_varying_levels``) and said as a
column guessed (COLUMN_GUESSED, info). A 岗位等级 column of staff grades ('管理七级') beside a
风险等级 column, or a grade repeated on each of a post's rows, stays what it was.

Written with xlsxwriter (tests/helpers.py) in other units, posts and names than the batches that
showed the shape, and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _read(tmp_path: Path, title: str, head: list, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": [[title], head, *rows]})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _levels(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def _codes(got, severity: str) -> list[str]:
    i = got.issues
    return list(i[i["severity"] == severity]["code"])


def _guessed(got) -> list[tuple[str, str]]:
    i = got.issues
    i = i[i["code"] == "COLUMN_GUESSED"]
    return list(zip(i["cell"], i["value"], strict=True))


def test_a_post_grade_column_of_levels_varying_within_a_post_is_the_level(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "风险点", "岗位等级", "防控措施"]
    rows = [
        [1, "工程股", "股长", "鲜于望舒", "招标中泄露标底", "一级", "标底密封，集体研究"],
        [2, "工程股", "股长", "鲜于望舒", "验收降低标准", "二级", "第三方参与验收"],
        [3, "工程股", "股长", "鲜于望舒", "工程款拨付不及时", "三级", "按合同节点拨付"],
        [4, "财务股", "会计", "鲜于晴川", "报销审核不严", "二级", "三级审核"],
        [5, "财务股", "会计", "鲜于晴川", "公款私存", "一级", "定期对账"],
    ]
    got = _read(tmp_path, "某县水利局岗位廉政风险排查表", head, rows)
    assert _levels(got) == [
        ("鲜于望舒", "招标中泄露标底", "Ⅰ级"),
        ("鲜于望舒", "验收降低标准", "Ⅱ级"),
        ("鲜于望舒", "工程款拨付不及时", "Ⅲ级"),
        ("鲜于晴川", "报销审核不严", "Ⅱ级"),
        ("鲜于晴川", "公款私存", "Ⅰ级"),
    ]
    assert set(got.posts["declared_grade"]) == {""}
    assert _codes(got, "error") == []
    assert _guessed(got) == [("F2", "岗位等级")]


def test_roman_levels_under_a_post_risk_grade_heading_merged_holders(tmp_path):
    head = ["序号", "股室", "岗位名称", "责任人", "岗位风险等级", "廉政风险点", "风险类型", "措施"]
    rows = [
        [1, "医政股", "股长", "尉迟安澜", "Ⅱ级", "医疗机构校验走过场", "岗位职责", "现场核查"],
        [2, None, None, None, "Ⅰ级", "执业注册收受好处", "思想道德", "网上办理"],
        [3, "疾控股", "科员", "尉迟清歌", "Ⅲ级", "疫苗出入库登记不实", "业务流程", "双人登记"],
        [4, None, None, None, "Ⅱ级", "防疫物资发放优亲厚友", "思想道德", "名单公示"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "list.xlsx",
        {"排查表": [["某县卫生健康局廉政风险排查表"], head, *rows]},
        {"排查表": ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]},
    )
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert _levels(got) == [
        ("尉迟安澜", "医疗机构校验走过场", "Ⅱ级"),
        ("尉迟安澜", "执业注册收受好处", "Ⅰ级"),
        ("尉迟清歌", "疫苗出入库登记不实", "Ⅲ级"),
        ("尉迟清歌", "防疫物资发放优亲厚友", "Ⅱ级"),
    ]
    assert set(got.posts["declared_grade"]) == {""}
    assert _codes(got, "error") == []
    assert _guessed(got) == [("E2", "岗位风险等级")]


def test_level_words_with_risk_under_a_post_grade_one_post_among_several(tmp_path):
    head = ["序号", "部门", "岗位", "姓名", "廉政风险点", "岗位等级", "防控措施"]
    rows = [
        [1, "林政股", "股长", "南宫若水", "林木采伐许可违规审批", "一级风险", "限时公开办理"],
        [2, "林政股", "股长", "南宫若水", "林地征占用审核走过场", "二级风险", "现场踏勘"],
        [3, "资源站", "护林员", "南宫暮云", "巡护记录造假", "三级风险", "定位打卡"],
        [4, "办公室", "主任", "南宫听雪", "公务接待超标准", "二级风险", "接待清单"],
    ]
    got = _read(tmp_path, "某县林业局廉政风险点清单", head, rows)
    assert _levels(got) == [
        ("南宫若水", "林木采伐许可违规审批", "Ⅰ级"),
        ("南宫若水", "林地征占用审核走过场", "Ⅱ级"),
        ("南宫暮云", "巡护记录造假", "Ⅲ级"),
        ("南宫听雪", "公务接待超标准", "Ⅱ级"),
    ]
    assert set(got.posts["declared_grade"]) == {""}
    assert _codes(got, "error") == []


def test_staff_grades_beside_a_level_column_stay_other(tmp_path):
    head = ["序号", "股室", "岗位", "岗位等级", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [
        [1, "征收股", "股长", "管理七级", "第五秋实", "违规减免税费", "一级", "集体审批"],
        [2, "征收股", "股长", "管理七级", "第五秋实", "征收台账不实", "二级", "系统比对"],
        [3, "综合股", "科员", "专技十级", "第五春和", "资料审核不严", "三级", "双人复核"],
    ]
    got = _read(tmp_path, "某县医疗保障局廉政风险排查表", head, rows)
    assert [x[2] for x in _levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert set(got.posts["declared_grade"]) == {""}
    # (said as before: the staff grades read as another column, not as levels)
    assert not any("同一岗位各行" in m for m in got.issues["message"])


def test_a_grade_constant_within_each_post_stays_the_posts(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "风险点", "岗位风险等级", "防控措施"]
    rows = [
        [1, "审批股", "股长", "欧阳知秋", "审批中吃拿卡要", "一级", "一次性告知"],
        [2, "审批股", "股长", "欧阳知秋", "违规变更审批事项", "一级", "集体研究"],
        [3, "窗口", "受理员", "欧阳映雪", "受理不及时", "三级", "限时办结"],
        [4, "窗口", "受理员", "欧阳映雪", "泄露申请人信息", "三级", "保密承诺"],
    ]
    got = _read(tmp_path, "某县行政审批局廉政风险排查表", head, rows)
    by = dict(zip(got.posts["person"], got.posts["declared_grade"], strict=True))
    assert by == {"欧阳知秋": "A", "欧阳映雪": "C"}
    assert set(got.risks["risk_level"]) == {""}
    assert _guessed(got) == []
