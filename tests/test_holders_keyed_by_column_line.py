"""A list with no post or holder column, one of whose columns names a KEY in each row (an amount
band, a window, a shift), and a line above or under it giving each key's holder ('审批权限：1万元
以下：稽核岗 欧阳晗玥；…', '当班安排：白班—值班长 钟离彦、夜班—…'): each row is the point of
its key's holder; a row whose key the line leaves out stays as read, with a warning.

Not the published batches' files (a 国库支付中心's 单笔支付金额 bands in a '的由…审核审批' sentence,
a 执法大队's 办公室 rooms): a 医疗保障局's reimbursement bands, a 政务服务中心's windows with a
窗口名称 column, a 供水公司's shifts of 白班/夜班 with ticks for levels, other posts, names and
level words, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads
a file. The look-alikes — a 注 line defining the level words, a line keying rooms the list does
not have — read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_the_codes_are_catalogued():
    assert {"HOLDERS_BY_COLUMN_KEY", "HOLDER_COLUMN_KEY_UNMATCHED"} <= CATALOGUE.keys()
    assert {"HOLDERS_BY_COLUMN_KEY", "HOLDER_COLUMN_KEY_UNMATCHED"} <= SHORT.keys()


BANDS = [
    ["XX县医疗保障局医保基金报销审核廉政风险点一览表"],
    [
        "审批权限：1万元以下：稽核岗 欧阳晗玥；1万元（含）至10万元：副局长 上官砚秋；10万元以上：局长 司马昭宁"
    ],
    ["序号", "报销金额", "廉政风险点", "风险等级", "防控措施"],
    [1, "1万元以下", "门诊慢病报销材料审核不严", "三级", "材料清单化，逐项核对。"],
    [2, "1万元以下", "异地就医备案随意放宽", "三级", "备案条件公示。"],
    [3, "1万元（含）至10万元", "住院费用明细审核走过场", "二级", "智能审核加人工抽查。"],
    [4, "10万元以上", "大额报销不经集体研究", "一级", "大额报销提交局务会研究。"],
    [5, "10万元以上", "特殊药品报销优亲厚友", "一级", "特药报销名单公示。"],
]


def test_amount_bands_keyed_by_a_line_above(tmp_path):
    got = run(tmp_path, BANDS, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("稽核岗", "欧阳晗玥", "门诊慢病报销材料审核不严", "Ⅲ级"),
        ("稽核岗", "欧阳晗玥", "异地就医备案随意放宽", "Ⅲ级"),
        ("副局长", "上官砚秋", "住院费用明细审核走过场", "Ⅱ级"),
        ("局长", "司马昭宁", "大额报销不经集体研究", "Ⅰ级"),
        ("局长", "司马昭宁", "特殊药品报销优亲厚友", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_COLUMN_KEY" in codes(got)
    no_errors(got)


WINDOWS = [
    ["XX县政务服务中心窗口廉政风险防控表"],
    ["序号", "服务窗口", "业务名称", "廉政风险点", "风险等级", "防控措施"],
    [1, "1号窗口", "企业开办", "违规为不符合条件的企业办理登记", "中", "一次告知，限时办结。"],
    [2, "2号窗口", "不动产登记", "登记材料审核不严", "高", "受理审核分离。"],
    [3, "2号窗口", "不动产登记", "泄露权利人信息", "中", "查询留痕。"],
    [4, "3号窗口", "社保经办", "违规办理待遇认证", "低", "系统比对，定期抽查。"],
    ["窗口人员：1号窗口：综合受理员 诸葛明远　2号窗口：登记员 夏侯清越　3号窗口：经办员 公孙若溪"],
]


def test_windows_keyed_by_a_line_under(tmp_path):
    got = run(tmp_path, WINDOWS, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("综合受理员", "诸葛明远", "违规为不符合条件的企业办理登记", "Ⅱ级"),
        ("登记员", "夏侯清越", "登记材料审核不严", "Ⅰ级"),
        ("登记员", "夏侯清越", "泄露权利人信息", "Ⅱ级"),
        ("经办员", "公孙若溪", "违规办理待遇认证", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


SHIFTS = [
    ["XX县供水公司调度中心岗位廉政风险排查表"],
    ["序号", "风险点", "当班班次", "风险等级", None, None, "防控措施"],
    [None, None, None, "高", "中", "低", None],
    [1, "夜间擅自调整管网压力", "夜班", "√", None, None, "调度指令录音留存。"],
    [2, "违规为用户开闸供水", "夜班", None, "√", None, "开闸凭工单。"],
    [3, "水质检测数据造假", "白班", "√", None, None, "检测数据自动上传。"],
    [4, "抄表数据随意更改", "白班", None, None, "√", "抄表数据双人复核。"],
    ["当班责任人：白班—值班长 令狐知远、夜班—值班调度员 慕容清和"],
]


def test_shifts_keyed_by_a_line_under_two_heading_rows_and_ticks(tmp_path):
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A8:G8"]
    got = run(tmp_path, SHIFTS, merges)
    assert read(got) == sorted([
        ("值班调度员", "慕容清和", "夜间擅自调整管网压力", "Ⅰ级"),
        ("值班调度员", "慕容清和", "违规为用户开闸供水", "Ⅱ级"),
        ("值班长", "令狐知远", "水质检测数据造假", "Ⅰ级"),
        ("值班长", "令狐知远", "抄表数据随意更改", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_COLUMN_KEY" in codes(got)
    no_errors(got)


def test_a_key_the_line_leaves_out_stays_as_read_with_a_warning(tmp_path):
    rows = [r[:] for r in BANDS]
    rows.append([6, "20万元以上", "跨年度费用重复报销", "二级", "跨年费用逐笔核对。"])
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    mine = [x for x in read(got) if x[0]]
    assert len(mine) == 5
    assert ("", "", "跨年度费用重复报销", "Ⅱ级") in read(got)
    assert "HOLDER_COLUMN_KEY_UNMATCHED" in codes(got)
    no_errors(got)


def test_a_note_of_level_words_is_no_key_line(tmp_path):
    rows = [
        ["XX县供水公司营业所廉政风险点清单"],
        ["序号", "风险点", "风险程度", "防控措施"],
        [1, "违规减免水费", "高", "减免经集体研究。"],
        [2, "收费不开票据", "中", "收费一律开具票据。"],
        [3, "抄表不到户估抄", "低", "抄表拍照上传。"],
        ["注：高：可能造成重大损失 应重点防控；中：可能造成一定损失；低：影响较小"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert not {"HOLDERS_BY_COLUMN_KEY", "HOLDER_COLUMN_KEY_UNMATCHED"} & codes(got)
    assert all(not t and not p for t, p, _x, _l in read(got))
    no_errors(got)


def test_a_line_keying_rooms_the_list_has_not_is_no_key_line(tmp_path):
    rows = [
        ["XX县水利局重点岗位廉政风险防控表"],
        ["序号", "廉政风险点", "风险等级", "办公室", "防控措施"],
        [1, "水利工程招标设置倾向性条款", "一级", "101室", "招标文件集体审定。"],
        [2, "工程变更审核把关不严", "二级", "102室", "变更经专家论证。"],
        [3, "河道采砂许可违规审批", "一级", "102室", "许可结果公示。"],
        ["办公室分布：201室：局长 皇甫承泽　202室：副局长 东方映雪　203室：科员 南宫若岚"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert not {"HOLDERS_BY_COLUMN_KEY", "HOLDER_COLUMN_KEY_UNMATCHED"} & codes(got)
    assert all(not t and not p for t, p, _x, _l in read(got))
    no_errors(got)


# the hundred and eighth review: a line of who SUPERVISES each 股室 names no holders (the rows
# keep their 科室, no one's); where the line does name holders of a 窗口 column read as the 科室,
# the rows keep that 科室
def dept_read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def test_what_the_hundred_and_eighth_review_found_a_supervisors_line_names_no_holders(tmp_path):
    for label in ("监督责任", "纪检监督", "分管领导"):
        rows = [
            ["某县政务服务中心廉政风险点一览表"],
            [f"{label}：工程股：纪检员 罗梓涵；财务股：纪检员 邓文博"],
            ["序号", "股室", "廉政风险点", "风险等级", "防控措施"],
            [1, "工程股", "违规办理支付", "高", "双人复核"],
            [2, "财务股", "大额支付不经集体研究", "中", "集体研究"],
        ]
        got = run(tmp_path / label, rows, ["A1:E1", "A2:E2"])
        assert dept_read(got) == sorted([
            ("工程股", "", "", "违规办理支付", "Ⅰ级"),
            ("财务股", "", "", "大额支付不经集体研究", "Ⅱ级"),
        ]), label  # fmt: skip
        assert not {"HOLDERS_BY_COLUMN_KEY", "HOLDER_COLUMN_KEY_UNMATCHED"} & codes(got)
        no_errors(got)


def test_what_the_hundred_and_eighth_review_found_named_windows_keep_their_keshi(tmp_path):
    rows = [
        ["某县政务服务中心廉政风险点一览表"],
        ["窗口分工：不动产窗口：受理员 罗梓涵；社保窗口：受理员 邓文博；税务窗口：审核员 萧雨桐"],
        ["序号", "窗口", "廉政风险点", "风险等级", "防控措施"],
        [1, "不动产窗口", "违规办理登记", "高", "双人复核"],
        [2, "社保窗口", "收受办事群众好处", "中", "评价器监督"],
        [3, "税务窗口", "优亲厚友", "低", "排号办理"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert dept_read(got) == sorted([
        ("不动产窗口", "受理员", "罗梓涵", "违规办理登记", "Ⅰ级"),
        ("社保窗口", "受理员", "邓文博", "收受办事群众好处", "Ⅱ级"),
        ("税务窗口", "审核员", "萧雨桐", "优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_COLUMN_KEY" in codes(got)
    no_errors(got)
