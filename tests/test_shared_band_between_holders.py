"""Bands of two holders side by side with a band of their SHARED points among them: each
named band ('窗口登记员　缪霖舟（独有）' over '风险点 | 风险等级') gives its points to the holder
its heading names, the band headed by no one but saying it is shared ('两岗共有风险点',
'共性风险（两岗共担）') gives each of its points to every named holder of the row of bands; the
bands are filled top-down each on its own (a blank cell in a band is a spacer, no point).

Not the published batch's comparison (a 道路运输管理所's 受理岗 | 审核岗 and 出纳岗 | 会计岗, the
shared band in the middle, ``一级/二级/三级``): a 市场监督管理局's 登记注册股 and a 住房公积金
管理中心's 提取科, other posts and names, 高/中/低 and ``Ⅰ级/…`` levels, a 防控措施 column in each
band, the shared band at the right end, a name run into its post, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Tables that look a bit alike
— two equal 不相容岗位 bands over '岗位 | 责任人', a list printed in two halves with the same
holder columns in each, holder bands with no shared band — read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "登记注册股"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "pairs.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


# the levels as read back: 高/中/低 (and 一级/…) come out as Ⅰ级/Ⅱ级/Ⅲ级
AS_READ = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def want(*rows: tuple[str, str, str, str]) -> list[tuple[str, str, str, str]]:
    return sorted((post, who, point, AS_READ.get(lv, lv)) for post, who, point, lv in rows)


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# two heading rows, the shared band in the middle, 高/中/低, bands of different lengths
MIDDLE = [
    ["XX市市场监督管理局登记注册股不相容岗位廉政风险比对表"],
    [
        "序号",
        "窗口登记员　缪霖舟（独有）",
        None,
        "两岗共有风险点",
        None,
        "核准员　阙棠溪（独有）",
        None,
    ],
    [None, "风险点", "风险等级", "风险点", "风险等级", "风险点", "风险等级"],
    [
        1,
        "受理材料时故意刁难、吃拿卡要",
        "中",
        "泄露企业登记信息",
        "高",
        "对不符合条件的申请违规核准",
        "高",
    ],
    [2, "代办中介插队办理", "低", "超时限办理不说明理由", "中", None, None],
    [3, None, None, "与代办中介串通", "高", None, None],
    ["注：中栏为两岗共有的风险点。"],
]
MIDDLE_MERGES = ["A1:G1", "A2:A3", "B2:C2", "D2:E2", "F2:G2", "A7:G7"]


def test_shared_band_in_the_middle_is_both_holders(tmp_path):
    got = run(tmp_path, MIDDLE, MIDDLE_MERGES)
    shared = [("泄露企业登记信息", "高"), ("超时限办理不说明理由", "中"), ("与代办中介串通", "高")]
    rows = [("窗口登记员", "缪霖舟", p, lv) for p, lv in shared] + [
        ("核准员", "阙棠溪", p, lv) for p, lv in shared
    ]
    rows += [
        ("窗口登记员", "缪霖舟", "受理材料时故意刁难、吃拿卡要", "中"),
        ("窗口登记员", "缪霖舟", "代办中介插队办理", "低"),
        ("核准员", "阙棠溪", "对不符合条件的申请违规核准", "高"),
    ]
    assert read(got) == want(*rows)
    no_errors(got)
    assert codes(got).count("SHARED_BAND_BOTH_HOLDERS") == 1
    assert "SHARED_BAND_BOTH_HOLDERS" in CATALOGUE and "SHARED_BAND_BOTH_HOLDERS" in SHORT
    assert set(got.risks["department"]) == {"登记注册股"}  # (the title's 股, both holders')


# a 防控措施 column in each band, ``Ⅰ级/Ⅱ级/Ⅲ级``, the name run into its post, '（本岗独有风险）'
MEASURED = [
    ["XX市住房公积金管理中心提取科不相容岗位风险对照表"],
    ["填报单位：提取科　　　　填报时间：2025年6月"],
    ["序号", "提取经办岗缪槿舟（本岗独有风险）", None, None, "共性风险（两岗共担）", None, None,
     "提取复核岗阙沅汐（本岗独有风险）", None, None],
    [None, "风险点", "等级", "防控措施", "风险点", "等级", "防控措施", "风险点", "等级", "防控措施"],
    [1, "虚构购房合同违规提取", "Ⅰ级", "合同网签核验。", "人情审批、放宽提取条件", "Ⅱ级", "双人经办。",
     "复核流于形式", "Ⅱ级", "系统留痕抽查。"],
    [2, "泄露缴存人信息", "Ⅲ级", "权限分级管理。", None, None, None,
     "违规撤销已复核业务", "Ⅰ级", "撤销须科长审批。"],
]  # fmt: skip
MEASURED_MERGES = ["A1:J1", "A2:J2", "A3:A4", "B3:D3", "E3:G3", "H3:J3"]


def test_shared_band_with_measures_and_names_run_into_posts(tmp_path):
    got = run(tmp_path, MEASURED, MEASURED_MERGES, sheet="提取科")
    assert read(got) == want(*[
        ("提取经办岗", "缪槿舟", "虚构购房合同违规提取", "Ⅰ级"),
        ("提取经办岗", "缪槿舟", "泄露缴存人信息", "Ⅲ级"),
        ("提取经办岗", "缪槿舟", "人情审批、放宽提取条件", "Ⅱ级"),
        ("提取复核岗", "阙沅汐", "人情审批、放宽提取条件", "Ⅱ级"),
        ("提取复核岗", "阙沅汐", "复核流于形式", "Ⅱ级"),
        ("提取复核岗", "阙沅汐", "违规撤销已复核业务", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHARED_BAND_BOTH_HOLDERS" in codes(got)
    r = got.risks
    assert set(r[r["risk_point"] == "人情审批、放宽提取条件"]["measures"]) == {"双人经办。"}


# the shared band at the right end, no bracket on the named bands, one heading row of bands
RIGHT = [
    ["XX县财政局国库股岗位廉政风险分栏表"],
    ["支付经办员　缪澈宁", None, "支付审核员　阙舒窈", None, "两岗共同风险", None],
    ["风险点", "等级", "风险点", "等级", "风险点", "等级"],
    ["无预算无计划支付", "高", "审核把关不严", "中", "篡改支付凭证", "高"],
    [None, None, "对违规支付不予纠正", "高", None, None],
]
RIGHT_MERGES = ["A1:F1", "A2:B2", "C2:D2", "E2:F2"]


def test_shared_band_at_the_end_is_every_named_holder(tmp_path):
    got = run(tmp_path, RIGHT, RIGHT_MERGES, sheet="国库股")
    assert read(got) == want(*[
        ("支付经办员", "缪澈宁", "无预算无计划支付", "高"),
        ("支付经办员", "缪澈宁", "篡改支付凭证", "高"),
        ("支付审核员", "阙舒窈", "审核把关不严", "中"),
        ("支付审核员", "阙舒窈", "对违规支付不予纠正", "高"),
        ("支付审核员", "阙舒窈", "篡改支付凭证", "高"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHARED_BAND_BOTH_HOLDERS" in codes(got)


# --------------------------------------------------------------------------- as before

# two equal 不相容岗位 bands over '岗位 | 责任人': the row's point both holders' (no shared band)
PAIR = [
    ["XX县医疗保障局不相容岗位廉政风险防控表"],
    ["序号", "风险点", "不相容岗位（一）", None, "不相容岗位（二）", None, "风险等级"],
    [None, None, "岗位", "责任人", "岗位", "责任人", None],
    [1, "医保基金拨付不按进度", "会计", "缪沁岚", "出纳", "阙星澜", "高"],
    [2, "定点机构稽核走过场", "稽核员", "缪岫白", "稽核股股长", "阙星澜", "中"],
]
PAIR_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3"]


def test_two_incompatible_post_bands_read_as_before(tmp_path):
    got = run(tmp_path, PAIR, PAIR_MERGES, sheet="不相容岗位")
    assert read(got) == want(*[
        ("会计", "缪沁岚", "医保基金拨付不按进度", "高"),
        ("出纳", "阙星澜", "医保基金拨付不按进度", "高"),
        ("稽核员", "缪岫白", "定点机构稽核走过场", "中"),
        ("稽核股股长", "阙星澜", "定点机构稽核走过场", "中"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHARED_BAND_BOTH_HOLDERS" not in codes(got)


# a list printed in two halves: the same holder columns in each half, no band naming anyone
HALVES = [
    ["XX县林业局岗位廉政风险点一览表"],
    ["岗位", "姓名", "风险点", "等级", "岗位", "姓名", "风险点", "等级"],
    ["林政股股长", "缪翊清", "采伐许可违规审批", "高", "护林员", "阙晏舟", "巡护记录弄虚作假", "低"],
    ["资源股股员", "缪蘅芷", "林地征占用现场核查不实", "中", "护林员", "阙晏舟", "盗伐线索隐瞒不报", "中"],
]  # fmt: skip
HALVES_MERGES = ["A1:H1"]


def test_list_printed_in_two_halves_reads_as_before(tmp_path):
    got = run(tmp_path, HALVES, HALVES_MERGES, sheet="一览表")
    assert read(got) == want(*[
        ("林政股股长", "缪翊清", "采伐许可违规审批", "高"),
        ("资源股股员", "缪蘅芷", "林地征占用现场核查不实", "中"),
        ("护林员", "阙晏舟", "巡护记录弄虚作假", "低"),
        ("护林员", "阙晏舟", "盗伐线索隐瞒不报", "中"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHARED_BAND_BOTH_HOLDERS" not in codes(got)


# holder bands across with no shared band: each band its holder's only
OWN = [
    ["XX县审计局股室负责人廉政风险点表"],
    ["序号", "经责审计股　股长　缪泠川", None, "财政审计股　股长　阙砚秋", None],
    [None, "廉政风险点", "风险等级", "廉政风险点", "风险等级"],
    [1, "审计发现问题隐瞒不报", "高", "审计报告定性避重就轻", "高"],
    [2, "接受被审计单位宴请", "中", None, None],
]
OWN_MERGES = ["A1:E1", "A2:A3", "B2:C2", "D2:E2"]


def test_holder_bands_without_a_shared_band_read_as_before(tmp_path):
    got = run(tmp_path, OWN, OWN_MERGES, sheet="股室")
    assert read(got) == want(*[
        ("股长", "缪泠川", "审计发现问题隐瞒不报", "高"),
        ("股长", "缪泠川", "接受被审计单位宴请", "中"),
        ("股长", "阙砚秋", "审计报告定性避重就轻", "高"),
    ])  # fmt: skip
    no_errors(got)
    assert "SHARED_BAND_BOTH_HOLDERS" not in codes(got)
