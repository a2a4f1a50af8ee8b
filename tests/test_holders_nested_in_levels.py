"""Level sections nesting holder rows: a list with no 科室, 岗位, 责任人 or 等级 column, cut by
level rows ('一、一级风险点（重点防控）', '二、…') and, inside each level, by holder rows
('（一）局领导　局长　某某', '稽核股　股长　某某', '股长　某某'), the same holders again under
every level. A level row ends the holder above it; a holder row names the holder of the rows
under it, to the next holder or level row; one holder under several levels is one form.

Not the published batch's file (a 生态环境技术服务中心 with 中心领导/审核科, 主任/科长/审核员 and
'一、一级风险点（…）' rows with ordinals '（一）' everywhere): a 医疗保障局, a 人民医院 and a
市场监督管理局, other posts and names, rows with no ordinals, '高风险/中风险/低风险' level rows,
a post and a name only, an extra 备注 column, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分级清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def across(rows: list[list], width: int) -> list[str]:
    """Every lone line merged across the table, as such lists print them."""
    last = "ABCDEFG"[width - 1]
    return [f"A{i}:{last}{i}" for i, row in enumerate(rows, 1) if len([v for v in row if v]) == 1]


def test_ordinal_holder_rows_nested_in_level_rows(tmp_path):
    g = "\u3000"
    rows = [
        ["XX县医疗保障局廉政风险点分级防控清单"],
        ["序号", "廉政风险点", "风险类别", "防控措施"],
        ["一、一级风险点（重点监控）"],
        [f"（一）局领导{g}局长{g}种澜汐"],
        [1, "定点医药机构准入评估中打招呼、说情", "岗位职责风险", "准入评估集体研究，结果公示。"],
        [f"（二）基金监管股{g}股长{g}邴霁舟"],
        [2, "医保基金检查中选择性执法", "岗位职责风险", "检查对象随机抽取，执法全程记录。"],
        [f"（三）基金监管股{g}稽核员{g}撒沐岚"],
        [3, "稽核发现的违规问题瞒案不报", "岗位职责风险", "稽核结果双人复核，按月通报。"],
        ["二、二级风险点（一般监控）"],
        [f"（一）局领导{g}局长{g}种澜汐"],
        [4, "干部选拔任用个人说了算", "制度机制风险", "选任事项党组集体决定。"],
        [f"（二）基金监管股{g}稽核员{g}撒沐岚"],
        [5, "向定点药店泄露检查计划", "思想道德风险", "检查计划保密，临时通知。"],
        ["三、三级风险点（常规监控）"],
        [f"（一）基金监管股{g}股长{g}邴霁舟"],
        [6, "接受被检查单位礼品礼金", "思想道德风险", "签订廉洁承诺，节前提醒。"],
        ["注：一级风险点由局长直接监管。"],
    ]
    got = run(tmp_path, rows, across(rows, 4))
    assert read(got) == sorted([
        ("局领导", "局长", "种澜汐", "定点医药机构准入评估中打招呼、说情", "Ⅰ级"),
        ("局领导", "局长", "种澜汐", "干部选拔任用个人说了算", "Ⅱ级"),
        ("基金监管股", "股长", "邴霁舟", "医保基金检查中选择性执法", "Ⅰ级"),
        ("基金监管股", "股长", "邴霁舟", "接受被检查单位礼品礼金", "Ⅲ级"),
        ("基金监管股", "稽核员", "撒沐岚", "稽核发现的违规问题瞒案不报", "Ⅰ级"),
        ("基金监管股", "稽核员", "撒沐岚", "向定点药店泄露检查计划", "Ⅱ级"),
    ])  # fmt: skip
    # one holder under several levels: one form
    assert len(got.posts) == 3
    assert not set(got.risks["section"]) - {""}
    no_errors(got)


def test_holder_rows_of_no_ordinals_post_and_name_only(tmp_path):
    # no ordinals on the holder rows, a post and a name only (no 科室), spaces between them,
    # an extra 备注 column; the sheet's name '院领导' names their tier, no 科室 (a leaders' tab is no
    # 科室: tests/test_leaders_tab_is_no_department.py)
    rows = [
        ["XX县人民医院领导班子廉政风险分级防控表"],
        ["序号", "风险点", "风险类型", "防控措施", "备注"],
        ["一、一级风险点"],
        ["院长  线沛瑶"],
        [1, "大型医疗设备采购中收受回扣", "岗位职责风险", "采购进入公共资源交易平台。", None],
        ["副院长  尉迟晗"],
        [2, "药品遴选中为指定企业开绿灯", "岗位职责风险", "药事委员会集体遴选。", None],
        ["二、二级风险点"],
        ["院长  线沛瑶"],
        [3, "基建项目变更签证把关不严", "制度机制风险", "变更签证院务会审定。", None],
        ["副院长  尉迟晗"],
        [4, "职称推荐中优亲厚友", "制度机制风险", "推荐结果公示五个工作日。", "新增"],
        [5, "外出学习费用报销不实", "制度机制风险", "报销凭证财务复核。", None],
    ]
    got = run(tmp_path, rows, across(rows, 5), sheet="院领导")
    assert read(got) == sorted([
        ("", "院长", "线沛瑶", "大型医疗设备采购中收受回扣", "Ⅰ级"),
        ("", "院长", "线沛瑶", "基建项目变更签证把关不严", "Ⅱ级"),
        ("", "副院长", "尉迟晗", "药品遴选中为指定企业开绿灯", "Ⅰ级"),
        ("", "副院长", "尉迟晗", "职称推荐中优亲厚友", "Ⅱ级"),
        ("", "副院长", "尉迟晗", "外出学习费用报销不实", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    no_errors(got)


def test_high_middle_low_level_rows_over_holder_rows(tmp_path):
    # '高风险' level rows, two heading rows, holders '科室　岗位　姓名' with ordinals '1.'
    g = "\u3000"
    rows = [
        ["XX市市场监督管理局岗位廉政风险分级表"],
        ["序号", "廉政风险", None, None],
        [None, "风险点", "风险类型", "防控措施"],
        ["一、高风险"],
        [f"1.登记注册科{g}科长{g}过芷澄"],
        [1, "企业登记材料审查放宽标准", "岗位职责风险", "登记材料双人审核。"],
        [2, "为关系企业违规办理变更登记", "岗位职责风险", "变更登记全程留痕。"],
        [f"2.执法稽查科{g}科员{g}亓霈然"],
        [3, "案件查办中以罚代刑", "岗位职责风险", "案件移送情况按月报告。"],
        ["二、中风险"],
        [f"1.执法稽查科{g}科员{g}亓霈然"],
        [4, "罚没物品处置不规范", "制度机制风险", "罚没物品统一拍卖。"],
        ["三、低风险"],
        [f"1.登记注册科{g}科长{g}过芷澄"],
        [5, "工作时间接受企业宴请", "思想道德风险", "执行八项规定精神。"],
    ]
    merges = ["B2:D2", "A2:A3", *(m for m in across(rows, 4) if m not in ("A2:D2",))]
    got = run(tmp_path, rows, merges, sheet="分级")
    assert read(got) == sorted([
        ("登记注册科", "科长", "过芷澄", "企业登记材料审查放宽标准", "Ⅰ级"),
        ("登记注册科", "科长", "过芷澄", "为关系企业违规办理变更登记", "Ⅰ级"),
        ("登记注册科", "科长", "过芷澄", "工作时间接受企业宴请", "Ⅲ级"),
        ("执法稽查科", "科员", "亓霈然", "案件查办中以罚代刑", "Ⅰ级"),
        ("执法稽查科", "科员", "亓霈然", "罚没物品处置不规范", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    no_errors(got)


# --- as before ------------------------------------------------------------------------------

DEPT_ROWS = [
    ["XX县医疗保障局股室廉政风险分级清单"],
    ["序号", "岗位", "廉政风险点", "防控措施"],
    ["一、一级风险点"],
    ["（一）办公室"],
    [1, "主任", "公务用车私用", "车辆使用登记审批。"],
    ["（二）待遇保障股"],
    [2, "股长", "医疗救助对象审核把关不严", "救助对象公示。"],
    ["二、二级风险点"],
    ["（一）待遇保障股"],
    [3, "科员", "报销材料审核走过场", "材料双人复核。"],
]


def test_department_group_rows_under_level_rows_read_as_before(tmp_path):
    # group rows of a 科室 only under the level rows (the 岗位 a column): the 科室 of the rows
    got = run(tmp_path, DEPT_ROWS, across(DEPT_ROWS, 4))
    assert sorted(zip(got.risks["department"], got.risks["title"], got.risks["risk_point"],
                      got.risks["risk_level"], strict=True)) == sorted([
        ("办公室", "主任", "公务用车私用", "Ⅰ级"),
        ("待遇保障股", "股长", "医疗救助对象审核把关不严", "Ⅰ级"),
        ("待遇保障股", "科员", "报销材料审核走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_level_sub_rows_inside_holder_rows_read_as_before(tmp_path):
    # the other way round: holder rows outside, level rows inside each holder's block
    g = "\u3000"
    rows = [
        ["XX县医疗保障局领导班子廉政风险点"],
        ["序号", "廉政风险点", "防控措施"],
        [f"一、局长{g}郜澜汐"],
        ["（一）一级风险点"],
        [1, "定点医药机构准入评估中打招呼、说情", "准入评估集体研究。"],
        ["（二）二级风险点"],
        [2, "干部选拔任用个人说了算", "选任事项党组集体决定。"],
        [f"二、副局长{g}邴霁舟"],
        ["（一）一级风险点"],
        [3, "医保基金检查中选择性执法", "检查对象随机抽取。"],
        ["（二）三级风险点"],
        [4, "接受被检查单位礼品礼金", "节前廉洁提醒。"],
    ]
    got = run(tmp_path, rows, across(rows, 3))
    assert read(got) == sorted([
        ("", "局长", "郜澜汐", "定点医药机构准入评估中打招呼、说情", "Ⅰ级"),
        ("", "局长", "郜澜汐", "干部选拔任用个人说了算", "Ⅱ级"),
        ("", "副局长", "邴霁舟", "医保基金检查中选择性执法", "Ⅰ级"),
        ("", "副局长", "邴霁舟", "接受被检查单位礼品礼金", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_hundred_and_ninth_review_found_rows_not_merged_across(tmp_path):
    # level and holder rows written in column A only, no merges: read as when merged
    g = "\u3000"
    rows = [
        ["XX县医疗保障局廉政风险分级清单"],
        ["序号", "廉政风险点", "风险类别", "防控措施"],
        ["一、一级风险点"],
        [f"（一）局领导{g}局长{g}种澜汐"],
        [1, "准入评估打招呼", "岗位职责风险", "集体研究"],
        [f"（二）基金监管股{g}股长{g}邴霁舟"],
        [2, "选择性执法", "岗位职责风险", "随机抽取"],
        ["二、二级风险点"],
        [f"（一）基金监管股{g}股长{g}邴霁舟"],
        [3, "报销不实", "制度机制风险", "复核"],
    ]
    for name, merges in (("plain", []), ("merged", across(rows, 4))):
        got = run(tmp_path / name, rows, merges)
        assert read(got) == sorted([
            ("局领导", "局长", "种澜汐", "准入评估打招呼", "Ⅰ级"),
            ("基金监管股", "股长", "邴霁舟", "选择性执法", "Ⅰ级"),
            ("基金监管股", "股长", "邴霁舟", "报销不实", "Ⅱ级"),
        ]), name  # fmt: skip
        no_errors(got)
