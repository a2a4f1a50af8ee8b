"""Two or more equal holder bands on each row, a post and a name a band: one row a point (a
duty's risk of two hands held by one, or of the holders colluding) that belongs to EVERY band's
holder alike, each under the post written beside his name in his own band ('不相容职务A' and
'不相容职务B' merged over '职务 | 姓名' each; '经办 | 审核 | 审批' over '岗位 | 姓名' each; no band
heading but '岗位一 | 姓名一 | 岗位二 | 姓名二', '主办岗位 | 主办人 | 协办岗位 | 协办人'), not one band's
post with another band's name.

Not the published batch's file (a 区民政局's 不相容岗位（一）/（二） over '岗位 | 责任人', 高/中/低,
社会救助 posts, surnames 麴/宦): a 县水利局 with 不相容职务A/B over '职务 | 姓名' and 一级/二级/三级;
a 县医疗保障局 with three stage bands 经办/审核/审批 and a 科室 column, ★★★/★★/★; a 镇财政所 with
one heading row '岗位一 | 姓名一 | 岗位二 | 姓名二', a row whose second band is left blank, and
Ⅰ级/Ⅱ级; a 县公路段 with '主办岗位 | 主办人 | 协办岗位 | 协办人' and a 备注 column. Two tables that look a
bit alike stay as before (one '岗位 | 姓名' pair beside a '分管领导' column, or beside a '监督岗位 |
监督人' pair; stage bands each with its own point, ``_holder_bands``). Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "不相容职务"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "pairs.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_two_merged_bands_of_post_and_name_each_hold_the_row(tmp_path):
    rows = [["XX县水利局不相容职务分离廉政风险排查表"],
            ["序号", "业务环节", "不相容职务A", None, "不相容职务B", None, "廉政风险点", "风险等级", "防控措施"],
            [None, None, "职务", "姓名", "职务", "姓名", None, None, None],
            [1, "工程款支付", "财务股股长", "訾澜珂", "工程股股长", "亓砚澍", "虚报工程量套取资金", "一级",
             "工程量第三方复核。"],
            [2, "物资采购", "采购员", "甄霁柔", "财务股股长", "訾澜珂", "采购验收合谋以次充好", "二级",
             "验收双人签字。"],
            [3, "现金收付", "出纳", "邝沐晗", "会计", "甄霁柔", "坐支挪用现金", "一级", "日清月结。"],
            ["注：同一业务环节的两个职务不得由一人担任。"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3", "H2:H3", "I2:I3", "A7:I7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("财务股股长", "訾澜珂", "虚报工程量套取资金", "Ⅰ级"),
        ("工程股股长", "亓砚澍", "虚报工程量套取资金", "Ⅰ级"),
        ("采购员", "甄霁柔", "采购验收合谋以次充好", "Ⅱ级"),
        ("财务股股长", "訾澜珂", "采购验收合谋以次充好", "Ⅱ级"),
        ("出纳", "邝沐晗", "坐支挪用现金", "Ⅰ级"),
        ("会计", "甄霁柔", "坐支挪用现金", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_IN_PAIR_BANDS"]
    assert list(said["cell"]) == ["C2"]
    assert "不相容职务A | 不相容职务B" in said["message"].iloc[0]
    assert "COLUMN_GUESSED" not in codes(got)
    # 訾澜珂 in band A on one row and in band B on another: one form with both points
    assert len(got.posts) == 5
    assert "HOLDERS_IN_PAIR_BANDS" in CATALOGUE and "HOLDERS_IN_PAIR_BANDS" in SHORT


def test_three_stage_bands_of_post_and_name_with_a_keshi_column(tmp_path):
    rows = [["XX县医疗保障局基金支付环节廉政风险防控表"],
            ["序号", "科室", "经办", None, "审核", None, "审批", None, "风险点", "风险等级"],
            [None, None, "岗位", "姓名", "岗位", "姓名", "岗位", "姓名", None, None],
            [1, "待遇保障科", "科员", "聂砚澄", "科长", "蒯泓璟", "副局长", "郦沛霆", "虚增结算费用",
             "★★★"],
            [2, "基金监管科", "科员", "荀岚翊", "科长", "甘祎澍", "副局长", "郦沛霆", "追回款项随意减免",
             "★★"]]  # fmt: skip
    merges = ["A1:J1", "A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2", "I2:I3", "J2:J3"]
    got = run(tmp_path, rows, merges, sheet="支付环节")
    assert read(got) == sorted([
        ("科员", "聂砚澄", "虚增结算费用", "Ⅰ级"),
        ("科长", "蒯泓璟", "虚增结算费用", "Ⅰ级"),
        ("副局长", "郦沛霆", "虚增结算费用", "Ⅰ级"),
        ("科员", "荀岚翊", "追回款项随意减免", "Ⅱ级"),
        ("科长", "甘祎澍", "追回款项随意减免", "Ⅱ级"),
        ("副局长", "郦沛霆", "追回款项随意减免", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "HOLDERS_IN_PAIR_BANDS" in codes(got)
    r = got.risks
    depts = set(zip(r["person"], r["department"], strict=True))
    assert ("聂砚澄", "待遇保障科") in depts and ("甘祎澍", "基金监管科") in depts


def test_marked_pairs_in_one_heading_row_a_second_band_left_blank(tmp_path):
    rows = [["XX镇财政所不相容岗位风险点一览表"],
            ["序号", "岗位一", "姓名一", "岗位二", "姓名二", "风险点", "风险等级"],
            [1, "会计", "郜沂宁", "出纳", "翟芃霏", "票据保管与收款一人经手", "Ⅰ级"],
            [2, "报账员", "阙曦禾", "会计", "郜沂宁", "报销单据审核放松", "Ⅱ级"],
            [3, "所长", "翟望川", None, None, "资金调拨个人说了算", "Ⅰ级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="财政所")
    assert read(got) == sorted([
        ("会计", "郜沂宁", "票据保管与收款一人经手", "Ⅰ级"),
        ("出纳", "翟芃霏", "票据保管与收款一人经手", "Ⅰ级"),
        ("报账员", "阙曦禾", "报销单据审核放松", "Ⅱ级"),
        ("会计", "郜沂宁", "报销单据审核放松", "Ⅱ级"),
        ("所长", "翟望川", "资金调拨个人说了算", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "HOLDERS_IN_PAIR_BANDS" in codes(got)


def test_lead_and_assisting_pairs_with_a_remarks_column(tmp_path):
    rows = [["XX县公路段养护工程廉政风险点登记表"],
            ["序号", "工作事项", "主办岗位", "主办人", "协办岗位", "协办人", "风险点", "风险等级", "备注"],
            [1, "养护材料验收", "材料员", "戚澹远", "技术员", "甯晗钰", "验收签字不见实物", "高", None],
            [2, "计量支付", "技术员", "甯晗钰", "段长", "柏溯野", "计量放水多算工程量", "中", "重点"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1"], sheet="养护工程")
    assert read(got) == sorted([
        ("材料员", "戚澹远", "验收签字不见实物", "Ⅰ级"),
        ("技术员", "甯晗钰", "验收签字不见实物", "Ⅰ级"),
        ("技术员", "甯晗钰", "计量放水多算工程量", "Ⅱ级"),
        ("段长", "柏溯野", "计量放水多算工程量", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "HOLDERS_IN_PAIR_BANDS" in codes(got)


def test_one_post_name_pair_beside_a_leader_column_stays_as_before(tmp_path):
    rows = [["XX县水利局岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "分管领导"],
            [1, "工程股股长", "亓砚澍", "招标文件量身定制", "一级", "副局长 訾澜珂"],
            [2, "会计", "甄霁柔", "虚列支出", "二级", "副局长 訾澜珂"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"], sheet="一览表")
    assert read(got) == sorted([
        ("工程股股长", "亓砚澍", "招标文件量身定制", "Ⅰ级"),
        ("会计", "甄霁柔", "虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "HOLDERS_IN_PAIR_BANDS" not in codes(got)


def test_stage_bands_each_with_its_own_point_stay_as_before(tmp_path):
    rows = [["XX县医疗保障局审核环节廉政风险排查表"],
            ["序号", "科室", "业务事项", "初审环节（科员）", None, None, "审定环节（科长）", None, None],
            [None, None, None, "经办人", "风险点", "风险等级", "审批人", "风险点", "风险等级"],
            [1, "待遇保障科", "慢特病认定", "荀岚翊", "病历审核不严", "二级", "蒯泓璟", "违规批准认定",
             "一级"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2"]
    got = run(tmp_path, rows, merges, sheet="审核环节")
    assert read(got) == sorted([
        ("科员", "荀岚翊", "病历审核不严", "Ⅱ级"),
        ("科长", "蒯泓璟", "违规批准认定", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "STAGE_BANDS_HOLDERS" in codes(got)
    assert "HOLDERS_IN_PAIR_BANDS" not in codes(got)


def test_a_supervisor_pair_beside_the_holder_pair_is_not_a_second_holder(tmp_path):
    rows = [["XX县水利局工程建设廉政风险点一览表"],
            ["序号", "责任岗位", "责任人", "廉政风险点", "风险等级", "监督岗位", "监督人"],
            [1, "工程股股长", "亓砚澍", "招标文件量身定制", "一级", "纪检组长", "訾澜珂"],
            [2, "会计", "甄霁柔", "虚列支出", "二级", "纪检组长", "訾澜珂"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="工程建设")
    assert "HOLDERS_IN_PAIR_BANDS" not in codes(got)
    assert ("纪检组长", "訾澜珂") not in set(
        zip(got.risks["title"], got.risks["person"], strict=True)
    )
    assert not errors(got)


def test_what_the_hundred_and_eleventh_review_found_an_overseer_band_and_names_first(tmp_path):
    # a third '监督岗位' band over '岗位 | 责任人': the two 不相容 bands are the pairs, the
    # overseer's band left out (its 纪检员 holds no point), not band one's post with his name
    rows = [["XX县民政局岗位廉政风险防控表"],
            ["序号", "不相容岗位（一）", None, "不相容岗位（二）", None, "监督岗位", None, "廉政风险点", "风险等级", "防控措施"],
            [None, "岗位", "责任人", "岗位", "责任人", "岗位", "责任人", None, None, None],
            [1, "救助股长", "张建国", "出纳", "王小红", "纪检员", "赵一鸣", "合谋套取救助资金", "一级", "分离。"],
            [2, "会计", "孙丽", "出纳", "王小红", "纪检员", "赵一鸣", "账款不符", "二级", "对账。"]]  # fmt: skip
    merges = ["A1:J1", "B2:C2", "D2:E2", "F2:G2", "A2:A3", "H2:H3", "I2:I3", "J2:J3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("救助股长", "张建国", "合谋套取救助资金", "Ⅰ级"),
        ("出纳", "王小红", "合谋套取救助资金", "Ⅰ级"),
        ("会计", "孙丽", "账款不符", "Ⅱ级"),
        ("出纳", "王小红", "账款不符", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_PAIR_BANDS" in codes(got)
    assert "COLUMN_GUESSED" not in codes(got)
    assert not errors(got)
    # '责任人 | 岗位' under each band heading: the name first, read alike
    rows = [["XX县民政局岗位廉政风险防控表"],
            ["序号", "不相容岗位（一）", None, "不相容岗位（二）", None, "廉政风险点", "风险等级", "防控措施"],
            [None, "责任人", "岗位", "责任人", "岗位", None, None, None],
            [1, "张建国", "救助股长", "王小红", "出纳", "合谋套取救助资金", "一级", "分离。"],
            [2, "赵一鸣", "会计", "王小红", "出纳", "账款不符", "二级", "对账。"]]  # fmt: skip
    merges = ["A1:H1", "B2:C2", "D2:E2", "A2:A3", "F2:F3", "G2:G3", "H2:H3"]
    got = run(tmp_path / "2", rows, merges)
    assert read(got) == sorted([
        ("救助股长", "张建国", "合谋套取救助资金", "Ⅰ级"),
        ("出纳", "王小红", "合谋套取救助资金", "Ⅰ级"),
        ("会计", "赵一鸣", "账款不符", "Ⅱ级"),
        ("出纳", "王小红", "账款不符", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_PAIR_BANDS" in codes(got)
    assert "COLUMN_GUESSED" not in codes(got)
    assert not errors(got)
