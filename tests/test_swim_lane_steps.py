"""A swim-lane flow chart typed in cells: a heading naming a flow ('工作流程', '流程图', '办理环节')
merged over a lane column per holder, the lanes headed 'post⏎name' (or 'post　name', 'post（name）',
or a posts row over a names row); each row's STEP written in the lane of the holder who does it
(merged over two lanes: done by both; merged down over two rows: a step with two points), the
step's point, level and measures in columns on the same row; '↓' arrow rows and '开始' / '结束' rows
between and around the steps. Each row's point is a point of the holder(s) whose lane holds its
step (the step its workflow), one form a holder; the arrow and 开始/结束 rows are no rows at all.

Not the published batch's chart (batch581: a 农资公司's 购销 flow, '业务流程' over five 'post⏎name'
lanes, 高/中/低, '↓' rows, one 序号 column): a 县水务局's 工程项目 flow with 'post　name' lanes, an
extra 备注 column, '⇩' arrows and a '开始' merged over every lane; a 县医疗保障局's 基金结算 flow
under '流程图' with a posts row over a names row, ★★★/★★/★ and a step merged down over two
points; a 镇人民政府's 低保 flow under '办理环节' with 'post（name）' lanes, no 序号 and a '√' in a
second lane beside a step. The negatives: an ordinary list with one 工作流程 column and 开始/结束
rows, '业务流程' over stages (受理 | 审核 | 审批, not posts), and 'post⏎name' columns under
'业务流程' written on every row (each holder's part, no lanes) — all read as before. Written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def steps(got) -> dict[tuple[str, str], str]:
    r = got.risks
    return {(p, k): w for p, k, w in zip(r["person"], r["risk_point"], r["workflow"], strict=True)}


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert "POINT_BLANK" not in set(issues["code"]), issues.to_dict("records")


def test_lanes_post_and_name_in_one_cell_with_an_extra_column(tmp_path):
    # two heading rows: '工作流程' over four 'post　name' lanes; '开始' merged over every lane,
    # '⇩' rows in the lane the flow enters, a step merged over the 股长's and 财务股长's lanes,
    # 一级/二级/三级, a 备注 column after the measures
    rows = [["XX县水务局水利工程项目管理廉政风险防控流程图"],
            ["序号", "工作流程", None, None, None, "廉政风险点", "风险等级", "防控措施", "备注"],
            [None, "局长　邝予澈", "分管副局长　冼若薇", "建管股长　訾元朗", "财务股长　闵筱岚", None, None, None, None],
            [None, "开始", None, None, None, None, None, None, None],
            [None, None, None, "⇩", None, None, None, None, None],
            [1, None, None, "项目前期论证、编制预算", None, "虚增工程量，抬高项目预算", "二级", "预算经第三方评审。", None],
            [None, None, "⇩", None, None, None, None, None, None],
            [2, None, "组织招标、确定中标人", None, None, "泄露标底，为意向单位量身设置条件", "一级", "招标进入公共资源交易平台。", "重点"],
            [None, "⇩", None, None, None, None, None, None, None],
            [3, "党组会审定合同", None, None, None, "不经集体研究签订合同", "一级", "合同经党组会审定。", None],
            [None, None, None, "⇩", None, None, None, None, None],
            [4, None, None, "工程计量、进度款审核", None, "计量不实，超进度拨付工程款", "二级", "计量资料监理、股室双签。", None],
            [None, None, None, None, "⇩", None, None, None, None],
            [5, None, None, None, "竣工结算、资金拨付", "结算审核走过场，多付工程款", "一级", "结算经审计后拨付。", None],
            [None, None, None, None, "⇩", None, None, None, None],
            [None, None, None, None, "结束", None, None, None, None],
            ["注：环节写在哪个岗位栏内，即为该岗位的风险点。"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "B4:E4",
              "D12:E12", "A17:I17"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "訾元朗", "虚增工程量，抬高项目预算", "Ⅱ级"),
        ("分管副局长", "冼若薇", "泄露标底，为意向单位量身设置条件", "Ⅰ级"),
        ("局长", "邝予澈", "不经集体研究签订合同", "Ⅰ级"),
        ("股长", "訾元朗", "计量不实，超进度拨付工程款", "Ⅱ级"),
        ("股长", "闵筱岚", "计量不实，超进度拨付工程款", "Ⅱ级"),
        ("股长", "闵筱岚", "结算审核走过场，多付工程款", "Ⅰ级"),
    ])  # fmt: skip
    # ('建管股长': the 股 his 科室, as a mark under such a post says)
    held = dict(zip(got.risks["person"], got.risks["department"], strict=True))
    assert held["訾元朗"] == "建管股" and held["闵筱岚"] == "财务股" and held["邝予澈"] == ""
    said = steps(got)
    assert said[("冼若薇", "泄露标底，为意向单位量身设置条件")] == "组织招标、确定中标人"
    assert said[("闵筱岚", "计量不实，超进度拨付工程款")] == "工程计量、进度款审核"
    assert said[("邝予澈", "不经集体研究签订合同")] == "党组会审定合同"
    assert len(got.posts) == 4
    no_errors(got)
    c = got.counts()  # (the '⇩', '开始' and '结束' rows no rows seen)
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 6, c


def test_lanes_under_a_posts_row_and_a_names_row_a_step_over_two_points(tmp_path):
    # three heading rows: '流程图' over a posts row over a names row; the 基金股长's step merged
    # down over its two points; '↓↓' arrows, '流程开始' / '流程结束', ★★★/★★/★, no 序号
    rows = [["XX县医疗保障局医保基金结算廉政风险防控流程图"],
            ["流程图", None, None, None, "风险点", "等级", "防控措施"],
            ["局长", "副局长", "基金股长", "稽核员", None, None, None],
            ["霍思邈", "燕清砚", "仉岫云", "郜霁川", None, None, None],
            [None, None, None, "流程开始", None, None, None],
            [None, None, None, "定点机构费用初审", "降低审核标准，放任虚假票据", "★★", "初审清单化，抽查留痕。"],
            [None, None, None, "↓↓", None, None, None],
            [None, None, "复核结算数据", None, "篡改结算数据，多结少结", "★★★", "结算数据系统自动比对。"],
            [None, None, None, None, "收受定点机构好处费", "★★★", "签订廉洁承诺书，定期回访。"],
            [None, None, "↓↓", None, None, None, None],
            [None, "审签拨付", None, None, "违规审签超额拨付", "★★", "拨付经局务会通报。"],
            [None, "↓↓", None, None, None, None, None],
            ["年度清算审定", None, None, None, "清算中打招呼、说情", "★", "清算结果公开。"],
            ["流程结束", None, None, None, None, None, None]]  # fmt: skip
    merges = ["A1:G1", "A2:D2", "E2:E4", "F2:F4", "G2:G4", "C8:C9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("稽核员", "郜霁川", "降低审核标准，放任虚假票据", "Ⅱ级"),
        ("股长", "仉岫云", "篡改结算数据，多结少结", "Ⅰ级"),
        ("股长", "仉岫云", "收受定点机构好处费", "Ⅰ级"),
        ("副局长", "燕清砚", "违规审签超额拨付", "Ⅱ级"),
        ("局长", "霍思邈", "清算中打招呼、说情", "Ⅲ级"),
    ])  # fmt: skip
    assert steps(got)[("仉岫云", "收受定点机构好处费")] == "复核结算数据"
    assert len(got.posts) == 4
    no_errors(got)


def test_lanes_post_with_name_in_brackets_and_a_tick_beside_a_step(tmp_path):
    # '办理环节' over 'post（name）' lanes, no arrows, '开始'/'结束' only; a '√' in the 分管副镇长's
    # lane beside the 民政办主任's step: his point too, the step the one written; 高/中/低
    rows = [["XX镇人民政府最低生活保障审批廉政风险防控流程"],
            ["办理环节", None, None, "廉政风险点", "风险等级", "防控措施"],
            ["民政专干（郜霁川）", "民政办主任（闵筱岚）", "分管副镇长（霍思邈）", None, None, None],
            ["开始", None, None, None, None, None],
            ["受理申请、入户调查", None, None, "入户调查不实，优亲厚友", "中", "调查两人以上，全程记录。"],
            [None, "组织民主评议", None, "评议走过场，暗箱操作", "中", "评议结果村内公示。"],
            [None, "审核上报", "√", "审核把关不严，人情保、关系保", "高", "镇党委会研究，名单公示。"],
            [None, None, "结束", None, None, None]]  # fmt: skip
    merges = ["A1:F1", "A2:C2", "D2:D3", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("民政专干", "郜霁川", "入户调查不实，优亲厚友", "Ⅱ级"),
        ("民政办主任", "闵筱岚", "评议走过场，暗箱操作", "Ⅱ级"),
        ("民政办主任", "闵筱岚", "审核把关不严，人情保、关系保", "Ⅰ级"),
        ("分管副镇长", "霍思邈", "审核把关不严，人情保、关系保", "Ⅰ级"),
    ])  # fmt: skip
    assert steps(got)[("霍思邈", "审核把关不严，人情保、关系保")] == "审核上报"
    assert len(got.posts) == 3
    no_errors(got)


def test_an_ordinary_list_with_a_start_row_is_read_as_before(tmp_path):
    # one 工作流程 column beside 岗位 | 姓名, a '开始' and a '结束' row in it: as before (the
    # '开始' row no lane's, it is no step skipped); the chart's terminal boxes, alone on their
    # rows, are spacers (no POINT_BLANK since the flow-node rule)
    rows = [["XX县水务局岗位廉政风险防控表"],
            ["岗位", "姓名", "工作流程", "廉政风险点", "风险等级", "防控措施"],
            [None, None, "开始", None, None, None],
            ["建管股长", "訾元朗", "工程计量", "计量不实，超进度拨付工程款", "二级", "监理、股室双签。"],
            ["财务股长", "闵筱岚", "资金拨付", "结算审核走过场，多付工程款", "一级", "审计后拨付。"],
            [None, None, "结束", None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("建管股长", "訾元朗", "计量不实，超进度拨付工程款", "Ⅱ级"),
        ("财务股长", "闵筱岚", "结算审核走过场，多付工程款", "Ⅰ级"),
    ])  # fmt: skip
    assert "POINT_BLANK" not in set(got.issues["code"])


def test_a_flow_heading_over_stages_stays_the_rows_workflow(tmp_path):
    # '业务流程' over 受理 | 审核 | 审批 (stages, not posts) beside 岗位 | 姓名: the holder is the
    # row's own, the stages no holders
    rows = [["XX县医疗保障局股室廉政风险防控表"],
            ["岗位", "姓名", "业务流程", None, None, "廉政风险点", "风险等级", "防控措施"],
            [None, None, "受理", "审核", "审批", None, None, None],
            ["基金股长", "仉岫云", "受理结算申请", "复核数据", None, "篡改结算数据", "一级", "系统比对。"],
            ["稽核员", "郜霁川", None, "稽核票据", "报批", "放任虚假票据", "二级", "抽查留痕。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3"])
    assert read(got) == sorted([
        ("基金股长", "仉岫云", "篡改结算数据", "Ⅰ级"),
        ("稽核员", "郜霁川", "放任虚假票据", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2


# as the reader before the lanes read it (the columns extra workflow, no holder): not a chart
BEFORE_EVERY_ROW = [("", "", "入户调查不实", "Ⅱ级"), ("", "", "评议走过场", "Ⅱ级")]


def test_holders_columns_written_on_every_row_are_no_lanes(tmp_path):
    # '业务流程' over 'post⏎name' columns each written on every row (each holder's part of every
    # step, no lane left empty): not a swim-lane chart, read as before
    rows = [["XX镇人民政府低保审批廉政风险表"],
            ["序号", "业务流程", None, "廉政风险点", "风险等级", "防控措施"],
            [None, "民政专干\n郜霁川", "民政办主任\n闵筱岚", None, None, None],
            [1, "入户调查", "复核调查结果", "入户调查不实", "中", "两人以上调查。"],
            [2, "整理材料", "组织评议", "评议走过场", "中", "结果公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3"])
    assert read(got) == BEFORE_EVERY_ROW
    # the same under a posts row over a names row (three heading rows)
    rows[2:3] = [[None, "民政专干", "民政办主任", None, None, None],
                 [None, "郜霁川", "闵筱岚", None, None, None]]  # fmt: skip
    merges = ["A1:F1", "A2:A4", "B2:C2", "D2:D4", "E2:E4", "F2:F4"]
    got = run(tmp_path / "three", rows, merges)
    assert read(got) == BEFORE_EVERY_ROW


def test_what_the_eighty_ninth_review_found(tmp_path):
    """A point on a row after '结束' (or right after an arrow) stands in no lane: no lane's holder."""
    rows = [["XX县水务局水利工程项目管理廉政风险防控流程图"],
            ["序号", "工作流程", None, None, "廉政风险点", "风险等级", "防控措施"],
            [None, "局长\n邝予澈", "股长\n訾元朗", "会计\n闵筱岚", None, None, None],
            [1, None, "项目前期论证、编制预算", None, "虚增工程量，抬高项目预算", "二级", "预算经第三方评审。"],
            [None, "↓", None, None, None, None, None],
            [2, "党组会审定合同", None, None, "不经集体研究签订合同", "一级", "合同经党组会审定。"],
            [None, None, None, "↓", None, None, None],
            [3, None, None, "竣工结算、资金拨付", "结算审核走过场，多付工程款", "一级", "结算经审计后拨付。"],
            [None, None, None, "结束", None, None, None],
            [4, None, None, None, "违反中央八项规定精神，收受礼品礼金", "一级", "签订廉洁承诺书。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    held = {p: person for _t, person, p, _lv in read(got)}
    assert held["结算审核走过场，多付工程款"] == "闵筱岚"
    assert held["违反中央八项规定精神，收受礼品礼金"] == ""
