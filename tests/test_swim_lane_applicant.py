"""A swim-lane flow chart with an applicant's lane and the lanes' 股室 over them: a heading naming a
flow ('业务流程', '办理环节', '流程图') merged over the lanes, a row of each lane's 股室 under it
(merged over the lanes of one 股室) over a row of 'post⏎name' a lane — or the lanes headed at once
— and a first lane for the one the procedure serves ('服务对象', '申请单位', '企业（个人）') with no
post and no name. Each row's point is a point of the holder(s) whose lane holds its step, his 科室
the 股室 over his lane; a step in the applicant's lane is nobody's: with no point it is no row,
with one a point of no holder (none invented). '开始：…' / '结束：…' rows (merged across the lanes
or in the applicant's lane), arrow rows and a step with no point beside it ('公示：…') are no rows
and no POINT_BLANK.

Not the published batch's chart (batch580: a 文体广电和旅游局's 经营高危险性体育项目许可, '办　理　流　程'
over '申请人 | 行政审批股 | 群众体育股 | 局领导' over 'post⏎name' lanes, 高/中/低, '↓' rows, the
applicant's 开始/结束 in its own lane): a 县人力资源和社会保障局's 就业补贴 flow under '业务流程' with
'服务对象' merged down two heading rows, a '开始' merged across every lane, '⇩' arrows, 一级/二级/三级
and an extra 备注 column; a 县市场监督管理局's 食品经营许可 under '办理环节' with the lanes headed in ONE
row ('申请单位 | post　name | …', no 股室 row) and a point in the applicant's lane; a 县自然资源局's
不动产登记 under '流程图' with a 序号 column, a 股室 a lane (none merged), '企业（个人）', ★★★/★★/★
and a '√' in a leader's lane beside a step. The negatives: posts without names under the 股室 row,
and '办理流程' over '申请人 | 受理 | 审核' stages beside the row's own 岗位 | 姓名 — read as before.
Written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "flow.xlsx", {"流程图": rows}, {"流程图": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def held_in(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["person"], r["department"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert "POINT_BLANK" not in set(issues["code"]), issues.to_dict("records")


def test_lanes_under_their_gushi_row_with_the_served_ones_lane(tmp_path):
    # '业务流程' over '服务对象' (merged down) | 就业股 (over two lanes) | 财务股 | 局领导 (over two),
    # 'post⏎name' under them; '开始：…' merged across every lane, '⇩' rows, a step over two lanes,
    # a 公示 step with no point, the served one's '结束：…'; 一级/二级/三级 and a 备注 column
    rows = [["XX县人力资源和社会保障局就业创业补贴申领廉政风险防控流程图"],
            ["业务流程", None, None, None, None, None, "风险点", "风险等级", "防控措施", "备注"],
            ["服务对象", "就业股", None, "财务股", "局领导", None, None, None, None, None],
            [None, "经办员\n阙思淼", "股长\n蔺晓岚", "会计\n卞景行", "分管副局长\n戚雨桐", "局长\n宓澄宇",
             None, None, None, None],
            ["开始：服务对象提交补贴申请及相关材料", None, None, None, None, None, None, None, None, None],
            [None, "⇩", None, None, None, None, None, None, None, None],
            [None, "初审：核对申请材料、录入系统", None, None, None, None,
             "降低申领条件，为不符合条件人员违规受理", "二级", "申领条件清单化，一次性告知。", None],
            [None, "⇩", None, None, None, None, None, None, None, None],
            [None, "实地核查：核实吸纳就业人数", None, None, None, None,
             "核查不实，虚报吸纳就业人数", "一级", "两人以上核查，社保缴费比对。", "重点"],
            [None, None, "⇩", None, None, None, None, None, None, None],
            [None, None, "复审：复核申请材料", None, None, None,
             "复审把关不严，优亲厚友", "二级", "复审意见写明依据。", None],
            [None, None, "公示：在局门户网站公示7日", None, None, None, None, None, None, None],
            [None, None, None, None, "⇩", None, None, None, None, None],
            [None, None, None, None, "审批：分管副局长审批", None,
             "打招呼干预审批结果", "二级", "干预情况如实记录报告。", None],
            [None, None, None, None, "集体研究：党组会研究大额补贴", None,
             "大额补贴不经集体研究", "一级", "大额补贴一律上党组会。", None],
            [None, None, None, "⇩", None, None, None, None, None, None],
            [None, None, None, "拨付：补贴资金拨付到账", None, None,
             "截留、挪用补贴资金", "一级", "资金直达个人账户。", None],
            ["结束：服务对象确认到账", None, None, None, None, None, None, None, None, None],
            ["注：环节写在哪个岗位栏内，即为该岗位的风险点；跨栏的环节由所跨岗位共同办理。"]]  # fmt: skip
    merges = ["A1:J1", "A2:F2", "G2:G4", "H2:H4", "I2:I4", "J2:J4", "A3:A4", "B3:C3", "E3:F3",
              "A5:F5", "B9:C9", "E15:F15", "A19:J19"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("经办员", "阙思淼", "降低申领条件，为不符合条件人员违规受理", "Ⅱ级"),
        ("经办员", "阙思淼", "核查不实，虚报吸纳就业人数", "Ⅰ级"),
        ("股长", "蔺晓岚", "核查不实，虚报吸纳就业人数", "Ⅰ级"),
        ("股长", "蔺晓岚", "复审把关不严，优亲厚友", "Ⅱ级"),
        ("分管副局长", "戚雨桐", "打招呼干预审批结果", "Ⅱ级"),
        ("分管副局长", "戚雨桐", "大额补贴不经集体研究", "Ⅰ级"),
        ("局长", "宓澄宇", "大额补贴不经集体研究", "Ⅰ级"),
        ("会计", "卞景行", "截留、挪用补贴资金", "Ⅰ级"),
    ])  # fmt: skip
    held = held_in(got)
    assert held["阙思淼"] == held["蔺晓岚"] == "就业股" and held["卞景行"] == "财务股"
    assert held["戚雨桐"] == held["宓澄宇"] == "局领导"
    r = got.risks
    said = dict(zip(zip(r["person"], r["risk_point"], strict=True), r["workflow"], strict=True))
    assert said[("蔺晓岚", "核查不实，虚报吸纳就业人数")] == "实地核查：核实吸纳就业人数"
    assert len(got.posts) == 5
    no_errors(got)
    c = got.counts()  # (the 开始, ⇩, 公示 and 结束 rows no rows seen)
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 8, c


def test_lanes_headed_in_one_row_a_point_in_the_applicants_lane(tmp_path):
    # '办理环节' over '申请单位 | 受理员　name | 审查员　name | 科长　name' (no 股室 row); the
    # applicant's first step has a point of its own: a point of no holder, none invented; '↓'
    # rows, 高/中/低, no 开始/结束
    rows = [["XX县市场监督管理局食品经营许可廉政风险防控流程"],
            ["办理环节", None, None, None, "廉政风险点", "风险等级", "防控措施"],
            ["申请单位", "受理员　晏舒禾", "审查员　糜嘉树", "科长　阙思淼", None, None, None],
            ["提交申请：通过政务网上传材料", None, None, None,
             "借中介代办之名，内外勾结伪造材料", "低", "网上申报，材料真实性承诺。"],
            [None, "↓", None, None, None, None, None],
            [None, "受理：审查材料是否齐全", None, None, "对熟人申请放宽受理条件", "中", "受理标准公开。"],
            [None, None, "↓", None, None, None, None],
            [None, None, "现场核查：核查经营场所", None, "核查中吃拿卡要", "高", "核查两人以上，记录存档。"],
            [None, None, None, "↓", None, None, None],
            [None, None, None, "审定：签发许可决定", "超时限审批，刁难申请人", "中", "时限网上可查。"]]  # fmt: skip
    merges = ["A1:G1", "A2:D2", "E2:E3", "F2:F3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "", "借中介代办之名，内外勾结伪造材料", "Ⅲ级"),
        ("受理员", "晏舒禾", "对熟人申请放宽受理条件", "Ⅱ级"),
        ("审查员", "糜嘉树", "核查中吃拿卡要", "Ⅰ级"),
        ("科长", "阙思淼", "超时限审批，刁难申请人", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    said = dict(zip(r["risk_point"], r["workflow"], strict=True))
    assert said["借中介代办之名，内外勾结伪造材料"] == "提交申请：通过政务网上传材料"
    no_errors(got)


def test_lanes_each_its_own_gushi_with_a_seq_column_and_a_tick(tmp_path):
    # a 序号 column, '流程图' over '企业（个人）' | 办公室 | 登记股 | 局领导 (no 股室 merged) over
    # 'post⏎name'; '开始' merged over every lane, '↓' rows, a '√' in the 局长's lane beside the
    # 登记股长's step: his point too; ★★★/★★/★
    rows = [["XX县自然资源局不动产登记廉政风险防控流程图"],
            ["序号", "流程图", None, None, None, "风险点", "风险等级", "防控措施"],
            [None, "企业（个人）", "办公室", "登记股", "局领导", None, None, None],
            [None, None, "收件员\n戚雨桐", "股长\n宓澄宇", "局长\n卞景行", None, None, None],
            [None, "开始", None, None, None, None, None, None],
            [None, "递交登记申请", None, None, None, None, None, None],
            [None, None, "↓", None, None, None, None, None],
            [1, None, "收件：核验身份、收取材料", None, None, "收件时对材料缺失的申请违规收件", "★★", "收件清单化。"],
            [None, None, None, "↓", None, None, None, None],
            [2, None, None, "审核登簿：审查权属、登簿", "√", "违规登簿，一房多证", "★★★", "登簿双人复核，局长签批。"],
            [None, None, None, "↓", None, None, None, None],
            [None, None, None, "结束", None, None, None, None]]  # fmt: skip
    merges = ["A1:H1", "A2:A4", "B2:E2", "F2:F4", "G2:G4", "H2:H4", "B3:B4", "B5:E5"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("收件员", "戚雨桐", "收件时对材料缺失的申请违规收件", "Ⅱ级"),
        ("股长", "宓澄宇", "违规登簿，一房多证", "Ⅰ级"),
        ("局长", "卞景行", "违规登簿，一房多证", "Ⅰ级"),
    ])  # fmt: skip
    held = held_in(got)
    assert held == {"戚雨桐": "办公室", "宓澄宇": "登记股", "卞景行": "局领导"}
    no_errors(got)


# as the reader before the applicant's lane read it (the lanes extra columns, the first lane's
# step the workflow carried down, no holder): not a chart of holders
BEFORE_POSTS_ONLY = [
    ("", "", "打招呼干预审批", "Ⅰ级"),
    ("", "", "违规受理不符合条件的申请", "Ⅱ级"),
]


def test_posts_without_names_under_a_gushi_row_are_read_as_before(tmp_path):
    # '业务流程' over '服务对象 | 就业股 | 局领导' over posts with no names: no holders to give,
    # not this chart — read as the reader read it before the applicant's lane
    rows = [["XX县人力资源和社会保障局就业补贴廉政风险防控流程图"],
            ["业务流程", None, None, "风险点", "风险等级", "防控措施"],
            ["服务对象", "就业股", "局领导", None, None, None],
            [None, "经办员", "局长", None, None, None],
            ["提交申请", None, None, None, None, None],
            [None, "初审材料", None, "违规受理不符合条件的申请", "二级", "条件清单化。"],
            [None, None, "审批", "打招呼干预审批", "一级", "干预留痕。"]]  # fmt: skip
    merges = ["A1:F1", "A2:C2", "D2:D4", "E2:E4", "F2:F4", "A3:A4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == BEFORE_POSTS_ONLY
    assert sorted(got.issues[got.issues["code"] == "POINT_BLANK"]["cell"]) == ["D4", "D5"]


def test_applicant_over_stages_beside_own_holders_is_read_as_before(tmp_path):
    # '办理流程' over '申请人 | 受理 | 审核' (stages, not posts) beside the row's own 岗位 | 姓名:
    # the holder is the row's, no lanes
    rows = [["XX县市场监督管理局股室廉政风险防控表"],
            ["岗位", "姓名", "办理流程", None, None, "廉政风险点", "风险等级", "防控措施"],
            [None, None, "申请人", "受理", "审核", None, None, None],
            ["受理员", "晏舒禾", "提交材料", "受理登记", None, "对熟人放宽受理条件", "中", "标准公开。"],
            ["审查员", "糜嘉树", None, None, "现场核查", "核查中吃拿卡要", "高", "两人核查。"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("受理员", "晏舒禾", "对熟人放宽受理条件", "Ⅱ级"),
        ("审查员", "糜嘉树", "核查中吃拿卡要", "Ⅰ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
