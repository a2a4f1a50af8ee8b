"""A list naming each business's handlers in one column a stage ('承办人 | 审核人 | 审批人',
'经办人（受理员）| 复核人（科长）', '初审 | 复审 | 审定'), and a per-row stage cell ('所在环节',
'岗位环节', '风险环节': 承办 / 审核 / 审批) saying which of them holds the row's point: the point is
that handler's (one form a handler), his post the column's bracket or a note's ('说明：承办人为各科
室登记员，…'), a leader's with no 科室. A row whose stage cell names no such column stays the first
holder column's, with a warning; a list with no stage cell, or with process steps over one holder
column, reads as before.

Not the published batch's file (a 社会保险事业管理中心 with 经办人 | 复核人 | 审批人 and posts in a
``注：`` line, 高/中/低): a 不动产登记中心, a 公共资源交易中心 and a 财政局's 国库股, other posts,
names and level words (一级/二级/三级, ★), one or two heading rows, an extra column, names with
their posts in the cells, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["person"], r["department"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


def test_posts_in_a_note_under_the_list(tmp_path):
    # one heading row, the stage '所在环节' cell, the three handlers merged down over the
    # business, the posts only in a '说明：' line (a 各科室 before the post, a 分管 leader)
    rows = [["XX县不动产登记中心登记业务廉政风险点排查表"],
            ["序号", "业务科室", "办理事项", "所在环节", "承办人", "审核人", "审批人", "风险点",
             "风险等级", "防控措施"],
            [1, "登记一科", "国有建设用地使用权首次登记", "承办", "璩沐晗", "薄砚舟", "訾望川",
             "受理时对权籍调查成果审查不严", "二级", "权籍资料与调查成果逐项比对。"],
            [2, None, None, "审核", None, None, None, "审核意见随意出具，对瑕疵材料放行", "一级",
             "审核意见全程留痕，定期抽查。"],
            [3, None, None, "审批", None, None, None, "违规为不符合条件的项目核发证书", "一级",
             "核发证书前集体会审。"],
            [4, "登记二科", "抵押权登记", "承办", "阚霁柔", "逯澄远", "訾望川",
             "为关系人抵押登记插队办理", "三级", "按受理顺序办理，系统自动排号。"],
            [5, None, None, "审核", None, None, None, "对虚假抵押合同审核不严", "二级",
             "合同与金融机构双向核实。"],
            ["说明：承办人为各科室登记员，审核人为科长，审批人为分管副主任；所在环节即风险点所在的办理环节。"],
            ["填表人：", None, None, "审核人：", None, None, "日期："]]  # fmt: skip
    merges = ["A1:J1", "B3:B5", "C3:C5", "E3:E5", "F3:F5", "G3:G5", "B6:B7", "C6:C7",
              "E6:E7", "F6:F7", "G6:G7", "A8:J8"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("登记员", "璩沐晗", "受理时对权籍调查成果审查不严", "Ⅱ级"),
        ("科长", "薄砚舟", "审核意见随意出具，对瑕疵材料放行", "Ⅰ级"),
        ("副主任", "訾望川", "违规为不符合条件的项目核发证书", "Ⅰ级"),
        ("登记员", "阚霁柔", "为关系人抵押登记插队办理", "Ⅲ级"),
        ("科长", "逯澄远", "对虚假抵押合同审核不严", "Ⅱ级"),
    ])  # fmt: skip
    d = depts(got)
    assert (d["璩沐晗"], d["薄砚舟"], d["阚霁柔"], d["逯澄远"]) == ("登记一科", "登记一科", "登记二科", "登记二科")  # fmt: skip
    assert d["訾望川"] in ("", "XX县不动产登记中心")  # (a 分管 leader: no 科室 of the row's)
    assert len(got.posts) == 5
    said = got.issues[got.issues["code"] == "HOLDER_PICKED_BY_STAGE"]
    assert list(said["cell"]) == ["D2"]
    assert "审核=审核人（科长）" in said["value"].iloc[0]
    assert "HOLDER_STAGE_NOT_PICKED" not in codes(got)
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_posts_in_the_headings_two_heading_rows_and_a_remarks_column(tmp_path):
    # '办理人员' merged over '经办人（交易员）| 复核人（科长）| 审批人（分管主任）', the stage cell
    # '风险环节' written '复核环节'; 高/中/低 and a 备注 column after the measures
    rows = [["XX县公共资源交易中心交易服务环节廉政风险排查表"],
            ["序号", "交易类别", "风险环节", "办理人员", None, None, "廉政风险点", "风险等级",
             "防控措施", "备注"],
            [None, None, None, "经办人（交易员）", "复核人（科长）", "审批人（分管主任）", None,
             None, None, None],
            [1, "工程建设项目", "经办环节", "郜蔓菁", "仉望舒", "薛临渊",
             "泄露投标人名称、数量等保密信息", "高", "开标前投标信息加密，专人保管。", None],
            [2, None, "复核环节", None, None, None, "对招标文件中的排斥性条款不予纠正", "中",
             "招标文件复核清单逐项勾选。", None],
            [3, "政府采购项目", "审批环节", "扈沛昀", "仉望舒", "薛临渊",
             "违规同意变更评标专家抽取方式", "高", "专家抽取变更须集体研究。", "重点"],
            [4, None, "经办环节", None, None, None, "为供应商围标串标提供便利", "中",
             "场地分区管理，全程录像。", None]]  # fmt: skip
    merges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "I2:I3", "J2:J3",
              "B4:B5", "D4:D5", "E4:E5", "F4:F5", "B6:B7", "D6:D7", "E6:E7", "F6:F7"]  # fmt: skip
    got = run(tmp_path, rows, merges, "交易服务")
    assert read(got) == sorted([
        ("交易员", "郜蔓菁", "泄露投标人名称、数量等保密信息", "Ⅰ级"),
        ("科长", "仉望舒", "对招标文件中的排斥性条款不予纠正", "Ⅱ级"),
        ("主任", "薛临渊", "违规同意变更评标专家抽取方式", "Ⅰ级"),
        ("交易员", "扈沛昀", "为供应商围标串标提供便利", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    assert "HOLDER_PICKED_BY_STAGE" in codes(got)
    assert "HOLDER_STAGE_NOT_PICKED" not in codes(got)
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_stage_words_first_second_final_review_and_posts_in_the_cells(tmp_path):
    # '初审 | 复审 | 审定' each cell a post and a name ('会计　蔺霁川'), the stage cell '岗位环节',
    # ★★★/★★/★ levels, no merges in the body (each row names its handlers again)
    rows = [["XX县财政局国库股集中支付业务风险点排查表"],
            ["序号", "支付事项", "岗位环节", "初审", "复审", "审定", "风险点", "风险等级", "防控措施"],
            [1, "直接支付", "初审", "会计　蔺霁川", "股长　甘棠溪", "副局长　冼澄邈",
             "对无预算、超预算的支付申请不予审查", "★★", "支付申请与指标系统自动比对。"],
            [2, "直接支付", "审定", "会计　蔺霁川", "股长　甘棠溪", "副局长　冼澄邈",
             "大额资金支付不经集体研究", "★★★", "五十万元以上支付报局党组会研究。"],
            [3, "授权支付", "复审", "出纳　訾沛岚", "股长　甘棠溪", "副局长　冼澄邈",
             "复审不核对收款人账户信息", "★★", "收款账户与合同约定逐项核对。"],
            [4, "授权支付", "初审", "出纳　訾沛岚", "股长　甘棠溪", "副局长　冼澄邈",
             "支付凭证保管不善", "★", "凭证专柜保管，定期装订归档。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1"], "国库支付")
    assert read(got) == sorted([
        ("会计", "蔺霁川", "对无预算、超预算的支付申请不予审查", "Ⅱ级"),
        ("副局长", "冼澄邈", "大额资金支付不经集体研究", "Ⅰ级"),
        ("股长", "甘棠溪", "复审不核对收款人账户信息", "Ⅱ级"),
        ("出纳", "訾沛岚", "支付凭证保管不善", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    assert "HOLDER_PICKED_BY_STAGE" in codes(got)
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_a_blank_stage_cell_stays_the_first_handlers_with_a_warning(tmp_path):
    rows = [["XX县不动产登记中心登记业务廉政风险点排查表"],
            ["序号", "业务科室", "所在环节", "承办人", "审核人", "审批人", "风险点", "风险等级"],
            [1, "登记一科", "承办", "璩沐晗", "薄砚舟", "訾望川", "受理时对申请材料审查不严", "二级"],
            [2, "登记一科", "审核", "璩沐晗", "薄砚舟", "訾望川", "审核意见随意出具", "一级"],
            [3, "登记一科", None, "璩沐晗", "薄砚舟", "訾望川", "登记簿保管不善", "三级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("", "璩沐晗", "受理时对申请材料审查不严", "Ⅱ级"),
        ("", "薄砚舟", "审核意见随意出具", "Ⅰ级"),
        ("", "璩沐晗", "登记簿保管不善", "Ⅲ级"),  # (as the first column reads it)
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_STAGE_NOT_PICKED"]
    assert list(said["cell"]) == ["C5"] and list(said["severity"]) == ["warning"]
    assert not errors(got)


def test_handler_and_checker_columns_with_no_stage_cell_read_as_before(tmp_path):
    # '经办人 | 审核人' and no stage cell: the 经办人 holds every row, the 审核人 no one
    rows = [["XX县水务局河道采砂管理廉政风险点登记表"],
            ["序号", "股室", "岗位", "经办人", "审核人", "风险点", "风险等级", "防控措施"],
            [1, "河湖股", "科员", "逄砚秋", "阙楚瑶", "采砂许可现场核验走过场", "二级", "两人以上现场核验。"],
            [2, "河湖股", "科员", "逄砚秋", "阙楚瑶", "对超范围采砂查处不力", "一级", "巡查记录每周上报。"],
            [3, "水政监察大队", "队员", "乜星澜", "阙楚瑶", "罚款不开票据", "一级", "罚缴分离。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"], "登记表")
    assert read(got) == sorted([
        ("科员", "逄砚秋", "采砂许可现场核验走过场", "Ⅱ级"),
        ("科员", "逄砚秋", "对超范围采砂查处不力", "Ⅰ级"),
        ("队员", "乜星澜", "罚款不开票据", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDER_PICKED_BY_STAGE", "HOLDER_STAGE_NOT_PICKED"} & codes(got)
    assert not errors(got)


def test_process_steps_over_one_holder_column_read_as_before(tmp_path):
    # '风险环节' of process steps (受理 / 审查 / 决定) and ONE holder column: the steps are the
    # workflow, the 责任人 holds the row
    rows = [["XX县市场监督管理局行政许可廉政风险防控表"],
            ["序号", "科室", "岗位", "责任人", "风险环节", "风险点", "风险等级", "防控措施"],
            [1, "行政审批股", "股长", "郗晓桐", "受理", "对不符合条件的申请违规受理", "二级", "一次性告知。"],
            [2, "行政审批股", "股长", "郗晓桐", "审查", "现场核查不到位", "一级", "双人核查。"],
            [3, "行政审批股", "股长", "郗晓桐", "决定", "超时限作出许可决定", "三级", "系统限时提醒。"],
            [4, "食品生产股", "科员", "甄澍霖", "审查", "对食品生产条件审查走过场", "一级", "审查记录留痕。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"], "许可")
    assert read(got) == sorted([
        ("股长", "郗晓桐", "对不符合条件的申请违规受理", "Ⅱ级"),
        ("股长", "郗晓桐", "现场核查不到位", "Ⅰ级"),
        ("股长", "郗晓桐", "超时限作出许可决定", "Ⅲ级"),
        ("科员", "甄澍霖", "对食品生产条件审查走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert sorted(got.risks["workflow"]) == ["决定", "受理", "审查", "审查"]
    assert not {"HOLDER_PICKED_BY_STAGE", "HOLDER_STAGE_NOT_PICKED"} & codes(got)
    assert not errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDER_PICKED_BY_STAGE", "HOLDER_STAGE_NOT_PICKED"):
        assert code in CATALOGUE and code in SHORT
