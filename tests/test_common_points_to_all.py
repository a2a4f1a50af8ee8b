"""A sheet of points common to the whole staff, naming no holder and claimed by no number
('通用风险点': '序号 | 通用风险点 | 风险等级 | 防控措施'), with a note saying they apply to everyone
('说明：以上通用风险点全体干部职工均适用', '（即“个人风险点”表所列人员）', on the common sheet or
under the other sheet's list): every holder of the other sheet holds each common point besides
his own, with its level and measures from the common sheet, said once (``COMMON_POINTS_TO_ALL``).
Without such a note the common points stay no one's, with no post guessed from the title's
'干部职工', and that is said (``COMMON_POINTS_UNAPPLIED``).

Not the published batch's file (a 县统计局 with '共性风险点' / '岗位风险点', ``一级/二级/三级``, a
'注：…适用于本局全体干部职工（即“岗位风险点”表所列人员）' line under the common list): here a
县林业局, a 水库管理所 and a 乡镇卫生院, other tabs, posts and names, ``高/中/低`` and
``★★★/★★/★``, the note under the holders' list or in the common sheet's title row, the holders'
sheet first, an extra 风险类型 column, post and name in one row per person or merged down —
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


FOREST_COMMON = [
    ["XX县林业局全体干部职工通用廉政风险点"],
    ["序号", "通用风险点", "风险等级", "防控措施"],
    [1, "利用林木采伐审批之便收受好处", "高", "采伐审批网上公示，集体审核"],
    [2, "公务接待超标准、违规报销", "中", "接待清单与发票逐项核对"],
    [3, "工作时间擅离岗位、违规兼职", "低", "考勤抽查，兼职登记备案"],
    ["说明：以上通用风险点全体干部职工均适用，不再逐人填写。"],
]
FOREST_OWN = [
    ["XX县林业局个人廉政风险点登记表"],
    ["科室", "岗位", "姓名", "个人风险点", "风险等级", "防控措施"],
    ["局领导", "局长", "郜琬瑜", "生态公益林补偿资金分配不公开", "高", "分配方案党组会研究并公示"],
    ["林政股", "股长", "厍澄宇", "林地征占用现场查验走过场", "中", "查验双人到场，影像留存"],
    [None, None, None, "违规办理木材运输证", "中", "运输证网上开具，全程留痕"],
    ["护林站", "护林员", "佴若溪", "巡山记录造假，虚报巡护天数", "低", "巡护轨迹手机定位核查"],
]
FOREST_COMMON_POINTS = [
    ("利用林木采伐审批之便收受好处", "Ⅰ级"),
    ("公务接待超标准、违规报销", "Ⅱ级"),
    ("工作时间擅离岗位、违规兼职", "Ⅲ级"),
]


def _forest_truth() -> list[tuple[str, str, str, str]]:
    own = [
        ("局长", "郜琬瑜", "生态公益林补偿资金分配不公开", "Ⅰ级"),
        ("股长", "厍澄宇", "林地征占用现场查验走过场", "Ⅱ级"),
        ("股长", "厍澄宇", "违规办理木材运输证", "Ⅱ级"),
        ("护林员", "佴若溪", "巡山记录造假，虚报巡护天数", "Ⅲ级"),
    ]
    holders = [("局长", "郜琬瑜"), ("股长", "厍澄宇"), ("护林员", "佴若溪")]
    return sorted(own + [(t, p, pt, lv) for t, p in holders for pt, lv in FOREST_COMMON_POINTS])


def test_common_sheet_applied_to_all_by_its_own_note(tmp_path):
    got = run(tmp_path, {"通用风险点": FOREST_COMMON, "个人风险点": FOREST_OWN},
              {"通用风险点": ["A1:D1", "A6:D6"], "个人风险点": ["A1:F1", "A4:A5", "B4:B5", "C4:C5"]})  # fmt: skip
    assert read(got) == _forest_truth()
    said = got.issues[got.issues["code"] == "COMMON_POINTS_TO_ALL"]
    assert len(said) == 1, got.issues.to_dict("records")
    assert said.iloc[0]["severity"] == "info"
    assert not errors(got), got.issues.to_dict("records")
    assert "COMMON_POINTS_UNAPPLIED" not in codes(got)


RESERVOIR_OWN = [
    ["XX水库管理所岗位廉政风险点排查表"],
    ["岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
    ["所长", "鞠曼汀", "除险加固工程变更签证把关不严", "业务流程", "★★★", "变更签证所务会集体研究"],
    ["工程股长", "糜向晨", "工程计量多计少扣", "岗位职责", "★★", "计量双人复核，监理签字"],
    ["闸门运行工", "仉书禾", "调度指令执行不记录", "岗位职责", "★", "调度指令台账逐条登记"],
    ["注：“共性风险”表所列各项各岗位均涉及，不再逐岗填写。"],
]
RESERVOIR_COMMON = [
    ["XX水库管理所共性风险点清单"],
    ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "库区渔业承包中优亲厚友", "制度机制", "★★★", "承包公开招标"],
    [2, "防汛物资出入库不登记", "业务流程", "★★", "物资出入库双人签字"],
]


def test_note_under_the_holders_list_applies_the_common_tab(tmp_path):
    got = run(tmp_path, {"岗位风险": RESERVOIR_OWN, "共性风险": RESERVOIR_COMMON},
              {"岗位风险": ["A1:F1", "A6:F6"], "共性风险": ["A1:E1"]})  # fmt: skip
    holders = [("所长", "鞠曼汀"), ("工程股长", "糜向晨"), ("闸门运行工", "仉书禾")]
    common = [("库区渔业承包中优亲厚友", "Ⅰ级"), ("防汛物资出入库不登记", "Ⅱ级")]
    assert read(got) == sorted([
        ("所长", "鞠曼汀", "除险加固工程变更签证把关不严", "Ⅰ级"),
        ("工程股长", "糜向晨", "工程计量多计少扣", "Ⅱ级"),
        ("闸门运行工", "仉书禾", "调度指令执行不记录", "Ⅲ级"),
    ] + [(t, p, pt, lv) for t, p in holders for pt, lv in common])  # fmt: skip
    assert (got.issues["code"] == "COMMON_POINTS_TO_ALL").sum() == 1
    assert not errors(got), got.issues.to_dict("records")


CLINIC_COMMON = [
    ["XX镇卫生院通用廉政风险点（即“岗位风险”表所列人员均适用）"],
    ["序号", "通用风险点", "等级", "防控措施"],
    [1, "收受药品耗材供应商回扣", "高", "药品耗材统一平台采购"],
    [2, "违规收取患者红包", "中", "签订医德医风承诺书"],
]
CLINIC_OWN = [
    ["XX镇卫生院岗位廉政风险点一览表"],
    ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"],
    ["院办", "院长", "禚沐晞", "绩效工资分配方案不公开", "高", "方案职工大会通过", None],
    ["药房", "药剂员", "晁予澈", "处方外调配药品", "中", "处方双人核对", "兼库管"],
    [None, None, None, "药品效期管理不到位", "低", "每月盘点近效期药品", None],
]


def test_title_naming_the_holders_tab_applies_the_points(tmp_path):
    got = run(tmp_path, {"通用风险": CLINIC_COMMON, "岗位风险": CLINIC_OWN},
              {"通用风险": ["A1:D1"], "岗位风险": ["A1:G1", "A4:A5", "B4:B5", "C4:C5"]})  # fmt: skip
    holders = [("院长", "禚沐晞"), ("药剂员", "晁予澈")]
    common = [("收受药品耗材供应商回扣", "Ⅰ级"), ("违规收取患者红包", "Ⅱ级")]
    assert read(got) == sorted([
        ("院长", "禚沐晞", "绩效工资分配方案不公开", "Ⅰ级"),
        ("药剂员", "晁予澈", "处方外调配药品", "Ⅱ级"),
        ("药剂员", "晁予澈", "药品效期管理不到位", "Ⅲ级"),
    ] + [(t, p, pt, lv) for t, p in holders for pt, lv in common])  # fmt: skip
    assert (got.issues["code"] == "COMMON_POINTS_TO_ALL").sum() == 1
    assert not errors(got), got.issues.to_dict("records")


def test_without_a_note_the_common_points_are_no_ones_and_said(tmp_path):
    common = [list(r) for r in FOREST_COMMON[:-1]]
    got = run(tmp_path, {"通用风险点": common, "个人风险点": FOREST_OWN},
              {"通用风险点": ["A1:D1"], "个人风险点": ["A1:F1", "A4:A5", "B4:B5", "C4:C5"]})  # fmt: skip
    mine = [t for t in read(got) if t[1]]
    assert mine == sorted(t for t in _forest_truth() if t[2] not in dict(FOREST_COMMON_POINTS))
    nobody = [t for t in read(got) if not t[1]]
    # (no post '干部' read off the title '…全体干部职工通用廉政风险点')
    assert nobody == sorted(("", "", pt, lv) for pt, lv in FOREST_COMMON_POINTS)
    assert "COMMON_POINTS_TO_ALL" not in codes(got)
    assert (got.issues["code"] == "COMMON_POINTS_UNAPPLIED").sum() == 1
    assert not errors(got), got.issues.to_dict("records")


def test_a_note_not_about_the_common_sheet_applies_nothing(tmp_path):
    common = [list(r) for r in FOREST_COMMON[:-1]]
    own = [list(r) for r in FOREST_OWN] + [["注：本表适用于全体在编人员填报，聘用人员另行登记。"]]
    got = run(tmp_path, {"通用风险点": common, "个人风险点": own},
              {"通用风险点": ["A1:D1"], "个人风险点": ["A1:F1", "A4:A5", "B4:B5", "C4:C5", "A7:F7"]})  # fmt: skip
    own_only = sorted(t for t in _forest_truth() if t[2] not in dict(FOREST_COMMON_POINTS))
    assert [t for t in read(got) if t[1]] == own_only
    assert sorted(t for t in read(got) if not t[1]) == sorted(
        ("", "", pt, lv) for pt, lv in FOREST_COMMON_POINTS
    )
    assert "COMMON_POINTS_TO_ALL" not in codes(got)
    assert "COMMON_POINTS_UNAPPLIED" in codes(got)
    assert not errors(got), got.issues.to_dict("records")


def test_common_sheet_claimed_by_number_stays_claimed(tmp_path):
    """A claim column wins over the note: each holder takes the numbers he writes, no more (the
    title's '干部职工' no longer stands as a post keeping the claim rule off)."""
    claims = [None, "涉及通用风险点（序号）", "1、3", "2", None, None]
    own = [r[:] + [x] for r, x in zip(FOREST_OWN, claims, strict=True)]
    got = run(tmp_path, {"通用风险点": FOREST_COMMON, "个人风险点": own},
              {"通用风险点": ["A1:D1", "A6:D6"],
               "个人风险点": ["A1:G1", "A4:A5", "B4:B5", "C4:C5", "G4:G5"]})  # fmt: skip
    assert read(got) == sorted([
        ("局长", "郜琬瑜", "生态公益林补偿资金分配不公开", "Ⅰ级"),
        ("局长", "郜琬瑜", "利用林木采伐审批之便收受好处", "Ⅰ级"),
        ("局长", "郜琬瑜", "工作时间擅离岗位、违规兼职", "Ⅲ级"),
        ("股长", "厍澄宇", "林地征占用现场查验走过场", "Ⅱ级"),
        ("股长", "厍澄宇", "违规办理木材运输证", "Ⅱ级"),
        ("股长", "厍澄宇", "公务接待超标准、违规报销", "Ⅱ级"),
        ("护林员", "佴若溪", "巡山记录造假，虚报巡护天数", "Ⅲ级"),
    ])  # fmt: skip
    assert "SHARED_POINTS_CLAIMED" in codes(got)
    assert not {"COMMON_POINTS_TO_ALL", "COMMON_POINTS_UNAPPLIED"} & codes(got)
    assert not errors(got), got.issues.to_dict("records")


def test_single_common_list_is_its_own_form(tmp_path):
    """No holders elsewhere: the common list is read as before, its title's post kept."""
    got = run(tmp_path, {"通用风险点": FOREST_COMMON}, {"通用风险点": ["A1:D1", "A6:D6"]})
    assert read(got) == sorted(("干部", "", pt, lv) for pt, lv in FOREST_COMMON_POINTS)
    assert not {"COMMON_POINTS_TO_ALL", "COMMON_POINTS_UNAPPLIED"} & codes(got)
    assert not errors(got), got.issues.to_dict("records")


def test_common_list_under_a_collective_holder_as_before(tmp_path):
    """A common list whose rows name their holders ('各股室负责人') is no holder-less sheet."""
    common = [
        ["XX县林业局共性廉政风险点"],
        ["序号", "适用岗位", "共性风险点", "风险等级", "防控措施"],
        [1, "各股室负责人", "审核把关不严，签字走过场", "中", "审核留痕，责任倒查"],
        [2, "各股室负责人", "违规插手项目资金分配", "高", "资金分配集体研究"],
        ["说明：以上共性风险点全体股室负责人均适用。"],
    ]
    got = run(tmp_path, {"共性风险点": common, "个人风险点": FOREST_OWN},
              {"共性风险点": ["A1:E1", "A5:E5"],
               "个人风险点": ["A1:F1", "A4:A5", "B4:B5", "C4:C5"]})  # fmt: skip
    assert read(got) == sorted([
        ("各股室负责人", "", "审核把关不严，签字走过场", "Ⅱ级"),
        ("各股室负责人", "", "违规插手项目资金分配", "Ⅰ级"),
        ("局长", "郜琬瑜", "生态公益林补偿资金分配不公开", "Ⅰ级"),
        ("股长", "厍澄宇", "林地征占用现场查验走过场", "Ⅱ级"),
        ("股长", "厍澄宇", "违规办理木材运输证", "Ⅱ级"),
        ("护林员", "佴若溪", "巡山记录造假，虚报巡护天数", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"COMMON_POINTS_TO_ALL", "COMMON_POINTS_UNAPPLIED"} & codes(got)
    assert not errors(got), got.issues.to_dict("records")


def test_codes_are_catalogued():
    for code in ("COMMON_POINTS_TO_ALL", "COMMON_POINTS_UNAPPLIED"):
        assert code in CATALOGUE and code in SHORT


def test_a_note_naming_some_of_the_staff_applies_nothing(tmp_path):
    """'全体班子成员均适用' names the leaders only: no point is given to every holder."""
    common = [list(r) for r in FOREST_COMMON[:-1]] + [["说明：以上通用风险点全体班子成员均适用。"]]
    got = run(tmp_path, {"通用风险点": common, "个人风险点": FOREST_OWN},
              {"通用风险点": ["A1:D1", "A6:D6"],
               "个人风险点": ["A1:F1", "A4:A5", "B4:B5", "C4:C5"]})  # fmt: skip
    own_only = sorted(t for t in _forest_truth() if t[2] not in dict(FOREST_COMMON_POINTS))
    assert [t for t in read(got) if t[1]] == own_only
    assert "COMMON_POINTS_TO_ALL" not in codes(got)
    assert not errors(got), got.issues.to_dict("records")


def test_a_note_naming_one_tab_gives_the_points_to_its_holders_only(tmp_path):
    """'（即“岗位风险”表所列人员）' with a third sheet of others: that tab's holders only."""
    board = [
        ["XX镇卫生院领导班子廉政风险点"],
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["党支部书记", "宓清和", "干部选任中优亲厚友", "高", "选任全程纪实"],
    ]
    got = run(tmp_path, {"通用风险": CLINIC_COMMON, "岗位风险": CLINIC_OWN, "领导班子": board},
              {"通用风险": ["A1:D1"], "岗位风险": ["A1:G1", "A4:A5", "B4:B5", "C4:C5"],
               "领导班子": ["A1:E1"]})  # fmt: skip
    holders = [("院长", "禚沐晞"), ("药剂员", "晁予澈")]
    common = [("收受药品耗材供应商回扣", "Ⅰ级"), ("违规收取患者红包", "Ⅱ级")]
    assert read(got) == sorted([
        ("院长", "禚沐晞", "绩效工资分配方案不公开", "Ⅰ级"),
        ("药剂员", "晁予澈", "处方外调配药品", "Ⅱ级"),
        ("药剂员", "晁予澈", "药品效期管理不到位", "Ⅲ级"),
        ("党支部书记", "宓清和", "干部选任中优亲厚友", "Ⅰ级"),
    ] + [(t, p, pt, lv) for t, p in holders for pt, lv in common])  # fmt: skip
    assert (got.issues["code"] == "COMMON_POINTS_TO_ALL").sum() == 1
    assert not errors(got), got.issues.to_dict("records")
