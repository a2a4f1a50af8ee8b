"""An approval platform's export ONE ROW A SUBMISSION read as the submitter's form: 钉钉, 企业微信,
飞书 and 金数据 export an approval form's returns one row a submission, the platform's own columns
('审批单号', '审批状态', '申请时间', '当前审批人', '抄送人', …) beside the form's fields, and the form's
detail table (明细, 子表单) FLATTENED INTO ONE CELL of numbered items of '键：值' pairs. The reader
found no heading row (its point column is no point column by the ordinary words) and lost every
point. Now the submitter (发起人, 申请人, 提交人, 填写人) is the holder, his 部门 the 科室, the form's
岗位/职务 the post, each item a point with its own level, type and measures; the approvers hold
nothing; a submission withdrawn or refused is not read and said (SUBMISSION_WITHDRAWN), since its
submitter files again.

Not the published batch's export (a 公安 大队's 钉钉 export, '明细N：风险点：…；风险等级：一级；防控措施：…'
a line an item): a 县自然资源局's 企业微信 export under a title row, '子表单N' items with half-width
';' and other keys ('风险点名称', '等级', '风险类别', '措施'); a 县水利局's 飞书 export with no item
marks (a second 风险点 key starts the next item), pairs parted by '｜', one 已撤回 row beside its
resubmission; a 县统计局's 金数据 export re-saved as .ods, one key a line under '明细N' marks.
Written with tests/helpers.py and read as ``collect_inbox`` reads a file. Near-misses an ordinary
file has stay as before: a 一览表 whose 防控措施 cells hold numbered '1.…；2.…' lines beside
'填报人 | 审核人 | 填报时间' columns, and a plain list with a '流程编号' that never repeats.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "export.ods", {"Sheet1": rows})
    else:
        write_workbook(inbox / "export.xlsx", {"Sheet1": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WECOM = [
    ["某县自然资源局岗位廉政风险点申报（企业微信审批导出）"],
    ["审批单号", "申请人", "申请人部门", "申请时间", "审批状态", "当前审批人", "抄送人", "职务", "风险明细"],
    ["20250603000112", "麦璟烁", "不动产登记中心", "2025-06-03 09:12", "已通过", "", "阙珈宁", "主任",
     "子表单1：风险点名称：违规办理不动产抵押登记;等级：高;风险类别：岗位职责风险;措施：登记结果双人复核;每月抽查\n"
     "子表单2：风险点名称：泄露权利人登记信息;等级：中;风险类别：制度机制风险;措施：查询留痕，按季通报"],
    ["20250603000127", "阙珈宁", "局领导", "2025-06-03 10:40", "已通过", "", "", "副局长",
     "子表单1：风险点名称：干预土地出让底价确定;等级：高;风险类别：思想道德风险;措施：底价集体决策并留存纪要"],
]  # fmt: skip


def test_wecom_export_items_are_the_applicants_points(tmp_path):
    got = run(tmp_path, WECOM)
    assert read(got) == sorted([
        ("不动产登记中心", "主任", "麦璟烁", "违规办理不动产抵押登记", "Ⅰ级"),
        ("不动产登记中心", "主任", "麦璟烁", "泄露权利人登记信息", "Ⅱ级"),
        ("局领导", "副局长", "阙珈宁", "干预土地出让底价确定", "Ⅰ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r["risk_type"]) == {"岗位职责风险", "制度机制风险", "思想道德风险"}
    first = r[r["risk_point"] == "违规办理不动产抵押登记"].iloc[0]
    assert "双人复核" in first["measures"] and "每月抽查" in first["measures"]
    assert "SUBMISSION_EXPORT" in codes(got) and "SHEET_NO_TABLE" not in codes(got)
    no_errors(got)


FEISHU = [
    ["申请编号", "提交人", "提交人部门", "提交时间", "状态", "审批人", "岗位", "风险点清单"],
    ["FS0901", "殷澄霁", "农村水利股", "2025-09-01", "已撤回", "巫砚秋", "股长",
     "风险点：旧稿｜风险等级：低｜防控措施：无"],
    ["FS0902", "殷澄霁", "农村水利股", "2025-09-02", "已通过", "巫砚秋", "股长",
     "风险点：小型水利工程验收走过场｜风险等级：较高｜防控措施：验收邀请第三方参加\n"
     "风险点：项目资金拨付不按进度｜风险等级：一般｜防控措施：拨付凭监理签认"],
    ["FS0903", "巫砚秋", "局领导", "2025-09-02", "已通过", "殷澄霁", "副局长",
     "风险点：河道采砂许可违规审批｜风险等级：较高｜防控措施：许可集体研究，结果公示"],
]  # fmt: skip


def test_feishu_export_without_item_marks_and_a_withdrawn_row(tmp_path):
    got = run(tmp_path, FEISHU)
    points = [p for *_x, p, _l in read(got)]
    assert sorted(points) == sorted(
        ["小型水利工程验收走过场", "项目资金拨付不按进度", "河道采砂许可违规审批"]
    )
    assert {(d, t, p) for d, t, p, *_x in read(got)} == {
        ("农村水利股", "股长", "殷澄霁"),
        ("局领导", "副局长", "巫砚秋"),
    }  # (the approver column names no holder)
    got_codes = codes(got)
    assert {"SUBMISSION_EXPORT", "SUBMISSION_WITHDRAWN"} <= got_codes
    warned = got.issues[got.issues["code"] == "SUBMISSION_WITHDRAWN"].iloc[0]
    assert warned["cell"] == "E2" and "已撤回" in warned["message"]
    no_errors(got)


JSJ = [
    ["填写人", "部门", "职务", "明细", "提交时间", "更新时间", "审批状态"],
    ["詹屹珩", "综合核算股", "股长",
     "明细1\n风险点名称: 篡改、虚报统计数据\n风险级别: Ⅰ级\n防控措施: 数据审核留痕\n"
     "明细2\n风险点名称: 统计执法检查中徇私\n风险级别: Ⅱ级\n防控措施: 执法全程记录",
     "2025-10-08 15:00", "2025-10-09 09:00", "已完成"],
    ["禹曜岚", "综合核算股", "统计员",
     "明细1\n风险点名称: 泄露调查对象信息\n风险级别: Ⅲ级\n防控措施: 签订保密承诺",
     "2025-10-08 16:20", "2025-10-09 09:10", "已完成"],
]  # fmt: skip


def test_jinshuju_export_resaved_as_ods_one_key_a_line(tmp_path):
    got = run(tmp_path, JSJ, ods=True)
    assert read(got) == sorted([
        ("综合核算股", "股长", "詹屹珩", "篡改、虚报统计数据", "Ⅰ级"),
        ("综合核算股", "股长", "詹屹珩", "统计执法检查中徇私", "Ⅱ级"),
        ("综合核算股", "统计员", "禹曜岚", "泄露调查对象信息", "Ⅲ级"),
    ])  # fmt: skip
    assert "SUBMISSION_EXPORT" in codes(got)
    no_errors(got)


ORDINARY = [
    ["某县统计局廉政风险防控一览表"],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "填报人", "审核人", "填报时间"],
    [1, "综合核算股", "股长", "詹屹珩", "篡改、虚报统计数据", "高", "1.数据审核留痕；\n2.定期抽查复核", "詹屹珩", "禹曜岚",
     "2025-10-08"],
    [2, "综合核算股", "统计员", "禹曜岚", "泄露调查对象信息", "低", "1.签订保密承诺；\n2.资料专柜存放", "禹曜岚", "詹屹珩",
     "2025-10-08"],
]  # fmt: skip


def test_ordinary_list_with_numbered_measures_and_signoff_columns_as_before(tmp_path):
    got = run(tmp_path, ORDINARY)
    assert read(got) == sorted([
        ("综合核算股", "股长", "詹屹珩", "篡改、虚报统计数据", "Ⅰ级"),
        ("综合核算股", "统计员", "禹曜岚", "泄露调查对象信息", "Ⅲ级"),
    ])  # fmt: skip
    assert "SUBMISSION_EXPORT" not in codes(got)


NUMBERED = [
    ["流程编号", "申报人", "科室", "岗位", "风险点", "风险等级", "防控措施", "审批状态", "完成时间"],
    ["LC01", "麦璟烁", "不动产登记中心", "主任", "违规办理抵押登记", "高", "1.双人复核；2.每月抽查", "已完成", "2025-06-04"],
    ["LC02", "阙珈宁", "局领导", "副局长", "干预土地出让底价", "中", "1.集体决策；2.留存纪要", "已完成", "2025-06-04"],
]  # fmt: skip


def test_plain_list_with_platform_like_columns_as_before(tmp_path):
    got = run(tmp_path, NUMBERED)
    assert read(got) == sorted([
        ("不动产登记中心", "主任", "麦璟烁", "违规办理抵押登记", "Ⅰ级"),
        ("局领导", "副局长", "阙珈宁", "干预土地出让底价", "Ⅱ级"),
    ])  # fmt: skip
    assert "SUBMISSION_EXPORT" not in codes(got)


def test_codes_are_catalogued_in_chinese():
    for code in ("SUBMISSION_EXPORT", "SUBMISSION_WITHDRAWN"):
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])


def test_what_the_hundred_and_thirtieth_review_found_ordinary_list_with_a_clerks_columns(tmp_path):
    """An ordinary 一览表 ('序号 | 科室 | 岗位 | 姓名 | 风险点 | …') with the clerk's and the checker's
    columns beside it ('填报人 | 审核人 | 审批状态') and keyed text in its point cells ('风险点：…；表现：…')
    was taken for a platform's export: the clerk (填报人) became every point's holder and the measures
    column was lost. A sheet whose measures stand in a column of their own, none in the keyed
    cells, is an ordinary list and is read as before."""
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "填报人", "审核人", "审批状态"],
            [1, "财务股", "股长", "蔺知秋", "风险点：报销审核不严；表现：票据不全", "二级", "双人审核",
             "冉若澜", "鲜雨桐", "已审核"],
            [2, "办公室", "主任", "卜若溪", "风险点：公务接待超标准；表现：超标接待", "三级", "接待公示",
             "冉若澜", "鲜雨桐", "已审核"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "SUBMISSION_EXPORT" not in codes(got)
    assert {(d, t, p) for d, t, p, *_x in read(got)} == {
        ("财务股", "股长", "蔺知秋"),
        ("办公室", "主任", "卜若溪"),
    }
    assert set(got.risks["measures"]) == {"双人审核", "接待公示"}


def test_what_the_hundred_and_thirtieth_review_found_a_post_submitted_twice(tmp_path):
    """One submitter's two approved submissions for one post (a corrected form sent again, the old
    one approved too) had both read, the old points beside the new. A judgement call: the form is
    filed whole each time, so only the latest by its 发起时间 (the lower row where no time is given)
    is read and the earlier one is said unread (warning SUBMISSION_SUPERSEDED), as a withdrawn one
    is; the same person's submission for another post is read as well. The times compared by
    their numbers ('2025/10/3' after '2025/9/21'), not as text."""
    rows = [["审批编号", "发起人姓名", "发起人部门", "发起时间", "审批状态", "岗位", "风险明细"],
            ["2", "殷澄霁", "农村水利股", "2025/10/3 9:00", "已通过", "股长",
             "明细1：风险点：小型水利工程验收走过场；风险等级：高；防控措施：第三方验收"],
            ["1", "殷澄霁", "农村水利股", "2025/9/21 9:00", "已通过", "股长",
             "明细1：风险点：验收不严；风险等级：低；防控措施：无"],
            ["3", "殷澄霁", "农村水利股", "2025-09-02 09:00", "已通过", "工会主席",
             "明细1：风险点：工会经费使用不规范；风险等级：中；防控措施：经费公开"],
            ["4", "巫砚秋", "局领导", "2025-09-02 09:00", "已通过", "副局长",
             "明细1：风险点：河道采砂许可违规审批；风险等级：高；防控措施：集体研究"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("农村水利股", "股长", "殷澄霁", "小型水利工程验收走过场", "Ⅰ级"),
        ("农村水利股", "工会主席", "殷澄霁", "工会经费使用不规范", "Ⅱ级"),
        ("局领导", "副局长", "巫砚秋", "河道采砂许可违规审批", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "SUBMISSION_SUPERSEDED"]
    assert list(said["cell"]) == ["G3"] and "G2" in said["message"].iloc[0]
    assert "SUBMISSION_SUPERSEDED" in CATALOGUE and "SUBMISSION_SUPERSEDED" in SHORT


def test_what_the_hundred_and_thirtieth_review_found_a_forms_own_name_field(tmp_path):
    """A 金数据 export of a form that asks 姓名 itself, filled in by one clerk for two colleagues
    ('提交人' the clerk, '姓名' the holder): every point had the clerk as its holder. The form's own
    姓名 field is now the holder, the submitter only who filed it. (Such a sheet with its measures
    in a '防控措施' column of their own and none in the keyed cell is an ordinary list, read as
    before: the test of the clerk's columns above.)"""
    rows = [["序号", "提交人", "提交时间", "审批状态", "姓名", "部门", "职务", "风险点明细"],
            [1, "冉若澜", "2025-10-08 15:00", "已完成", "詹屹珩", "综合核算股", "股长",
             "明细1\n风险点名称: 篡改、虚报统计数据\n风险级别: Ⅰ级\n防控措施: 数据审核留痕\n"
             "明细2\n风险点名称: 统计执法检查中徇私\n风险级别: Ⅱ级\n防控措施: 执法全程记录"],
            [2, "冉若澜", "2025-10-08 16:20", "已完成", "禹曜岚", "综合核算股", "统计员",
             "明细1\n风险点名称: 泄露调查对象信息\n风险级别: Ⅲ级\n防控措施: 签订保密承诺"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("综合核算股", "股长", "詹屹珩", "篡改、虚报统计数据", "Ⅰ级"),
        ("综合核算股", "股长", "詹屹珩", "统计执法检查中徇私", "Ⅱ级"),
        ("综合核算股", "统计员", "禹曜岚", "泄露调查对象信息", "Ⅲ级"),
    ])  # fmt: skip
    assert "SUBMISSION_EXPORT" in codes(got)
    no_errors(got)
