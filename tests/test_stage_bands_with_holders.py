"""Stage bands across, each with its own holder column: one row a 业务事项, and over the columns
a merged band a stage of the work whose bracket names the post ('初审环节（科员）', '复核环节
（科长）', '审定环节（分管副主任）'), each band over its own '经办人 | 风险点 | 风险等级' ('复核人 …', '审批人 …'): each
band's point on a row is the point of that band's holder named on the same row, with the band's
post (the row's 科室 for a 科员 or 科长, none for a body's leader), not more points of the first
band's holder.

Not the published batch's file (a county's 农业农村局 with 经办/审核/审批 over 股员/股长/分管副局长,
高/中/低, 业务股室): a 医疗保障局 with 初审/复核/审定 over 科员/科长/分管副局长, 一级/二级/三级, a
科室 column; a 公积金管理中心 with two 阶段 bands, '责任人'/'审定人' and a type column in each
band, no shared 防控措施, 高/中/低; a 税务所 with '承办人'/'复核人', a 股室 column, a 备注 column
beside the bands and Ⅰ级/Ⅱ级 levels. Two tables that look a bit alike stay as before (stage
bands over a post column; bands of 岗位信息/风险信息 with no stage). Bands whose holder
headings repeat one known word ('姓名 | …' in every band) are read too, no longer split into
tables side by side (tests/test_post_bands_with_names.py). Written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "审核环节"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "stages.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def test_three_stages_post_in_bracket_leader_without_keshi(tmp_path):
    rows = [["XX县医疗保障局医保基金审核环节廉政风险点排查表"],
            ["序号", "科室", "业务事项", "初审环节（科员）", None, None, "复核环节（科长）", None, None,
             "审定环节（分管副局长）", None, None, "防控措施"],
            [None, None, None, "经办人", "风险点", "风险等级", "复核人", "风险点", "风险等级",
             "审批人", "风险点", "风险等级", None],
            [1, "待遇保障科", "门诊慢特病待遇认定", "荀岚翊", "病历材料审核不严，放宽认定标准", "二级",
             "蒯泓璟", "复核走过场，照单全收", "三级", "郦沛霆", "违规批准不符合条件的认定", "一级",
             "认定结果公示，专家评审。"],
            [2, "基金监管科", "定点医药机构违规费用追回", "甘祎澍", "现场检查通风报信", "一级",
             "聂砚澄", "追回金额随意减免", "一级", "郦沛霆", "对追回决定打招呼说情", "二级",
             "追回决定集体研究。"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2", "J2:L2", "M2:M3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("待遇保障科", "科员", "荀岚翊", "病历材料审核不严，放宽认定标准", "Ⅱ级"),
        ("待遇保障科", "科长", "蒯泓璟", "复核走过场，照单全收", "Ⅲ级"),
        ("", "副局长", "郦沛霆", "违规批准不符合条件的认定", "Ⅰ级"),
        ("基金监管科", "科员", "甘祎澍", "现场检查通风报信", "Ⅰ级"),
        ("基金监管科", "科长", "聂砚澄", "追回金额随意减免", "Ⅰ级"),
        ("", "副局长", "郦沛霆", "对追回决定打招呼说情", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "STAGE_BANDS_HOLDERS" in set(got.issues["code"])


def test_two_stages_name_columns_with_types(tmp_path):
    # '受理阶段（柜员）' | '审批阶段（科长）', over '责任人 | 风险点 | 风险类型 | 风险等级' and
    # '审定人 | …', no
    # shared 防控措施, 高/中/低; one 科长 over two rows of his 科室
    rows = [["XX市住房公积金管理中心提取审批岗位廉政风险排查表"],
            ["序号", "科室", "业务事项", "受理阶段（柜员）", None, None, None, "审批阶段（科长）", None, None,
             None],
            [None, None, None, "责任人", "风险点", "风险类型", "风险等级", "审定人", "风险点", "风险类型",
             "风险等级"],
            [1, "归集提取科", "租房提取", "满璐瑶", "租房证明审核不严，虚假提取", "岗位职责", "中",
             "伍骞岳", "违规审批大额提取", "岗位职责", "高"],
            [2, "归集提取科", "退休提取", "满璐瑶", "提取材料收受好处费", "思想道德", "低",
             "伍骞岳", "审批时优亲厚友", "思想道德", "中"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:K2"]
    got = run(tmp_path, rows, merges, sheet="提取审批")
    assert read(got) == sorted([
        ("归集提取科", "柜员", "满璐瑶", "租房证明审核不严，虚假提取", "Ⅱ级"),
        ("归集提取科", "柜员", "满璐瑶", "提取材料收受好处费", "Ⅲ级"),
        ("归集提取科", "科长", "伍骞岳", "违规审批大额提取", "Ⅰ级"),
        ("归集提取科", "科长", "伍骞岳", "审批时优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "STAGE_BANDS_HOLDERS" in set(got.issues["code"])


def test_stages_with_remark_column_and_roman_levels(tmp_path):
    # '初审环节（科员）' | '复核环节（所长）' over '承办人 | 风险点 | 风险等级' and
    # '复核人 | …', a 备注 column
    rows = [["XX区税务局第一税务所审核环节廉政风险点登记表"],
            ["序号", "股室", "业务事项", "初审环节（科员）", None, None, "复核环节（所长）", None, None, "备注"],
            [None, None, None, "承办人", "风险点", "风险等级", "复核人", "风险点", "风险等级", None],
            [1, "纳税服务股", "增值税留抵退税审核", "柏昀湛", "退税资料审核放宽尺度", "Ⅱ级",
             "冼靖峦", "复核中为企业违规退税打招呼", "Ⅰ级", None],
            [2, "税源管理股", "税收优惠备案核查", "卜茗汐", "优惠备案核查走过场", "Ⅲ级",
             "冼靖峦", "复核发现问题不纠正", "Ⅱ级", "新增"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2", "J2:J3"]
    got = run(tmp_path, rows, merges, sheet="审核环节")
    assert read(got) == sorted([
        ("纳税服务股", "科员", "柏昀湛", "退税资料审核放宽尺度", "Ⅱ级"),
        ("纳税服务股", "所长", "冼靖峦", "复核中为企业违规退税打招呼", "Ⅰ级"),
        ("税源管理股", "科员", "卜茗汐", "优惠备案核查走过场", "Ⅲ级"),
        ("税源管理股", "所长", "冼靖峦", "复核发现问题不纠正", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "STAGE_BANDS_HOLDERS" in set(got.issues["code"])


def test_stage_bands_of_posts_stay_stage_groups(tmp_path):
    # not this shape: each stage band over '责任岗位 | 廉政风险点 | 风险等级' (a post column, no
    # holder named), read as before as the stage's post's points
    rows = [["XX县自然资源局行政处罚环节廉政风险点排查表"],
            ["序号", "立案环节（科员）", None, None, "审批环节（分管副局长）", None, None, "防控措施"],
            [None, "责任岗位", "廉政风险点", "风险等级", "责任岗位", "廉政风险点", "风险等级", None],
            [1, "执法监察科科员", "对违法线索选择性立案", "二级", "副局长", "处罚决定审批打招呼", "一级",
             "集体研究。"],
            [2, "执法监察科科员", "立案材料不全即受理", "三级", "副局长", "减免罚款不经集体研究", "一级",
             "公开。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A2:A3", "B2:D2", "E2:G2", "H2:H3"], sheet="排查表")
    assert read(got) == sorted([
        ("", "副局长", "", "减免罚款不经集体研究", "Ⅰ级"),
        ("", "副局长", "", "处罚决定审批打招呼", "Ⅰ级"),
        ("", "执法监察科科员", "", "对违法线索选择性立案", "Ⅱ级"),
        ("", "执法监察科科员", "", "立案材料不全即受理", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "STAGE_BANDS_HOLDERS" not in set(got.issues["code"])


def test_info_bands_without_stage_stay_one_list(tmp_path):
    # not this shape: '岗位信息' over '岗位 | 姓名' and '风险信息' over '风险点 | 风险等级', no stage
    # in a band's heading: one list, a holder a row
    rows = [["XX县林业和草原局岗位廉政风险点一览表"],
            ["序号", "岗位信息", None, "风险信息", None, "防控措施"],
            [None, "岗位", "姓名", "风险点", "风险等级", None],
            [1, "林政股股长", "裘霁岚", "林木采伐许可审核不严", "高", "许可公示。"],
            [2, "造林股股员", "邝霈然", "造林验收面积虚报", "中", "第三方验收。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A2:A3", "B2:C2", "D2:E2", "F2:F3"], sheet="排查表")
    assert read(got) == sorted([
        ("", "林政股股长", "裘霁岚", "林木采伐许可审核不严", "Ⅰ级"),
        ("", "造林股股员", "邝霈然", "造林验收面积虚报", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "STAGE_BANDS_HOLDERS" not in set(got.issues["code"])
