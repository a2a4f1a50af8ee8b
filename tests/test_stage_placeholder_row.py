"""A table whose stages each carry their own ``责任岗位 | 廉政风险点 | 风险等级``, one row's first stage
left as placeholders ('/', '无', '不涉及': the stage has no point there) and its level standing in a later
stage: that row is no .csv row split at a comma (ROWS_SPLIT_AT_COMMA needs a level cell holding a
shifted piece, not a placeholder), so the point is its stage's post's, as the row writes it, and no
placeholder is glued onto it. A row really split at a comma is still joined again.

Not batch280's file (a 市场监管综合行政执法大队's 行政处罚 表, ``立案环节 | 调查取证环节 | 审核决定环节``,
'/' in the 简易程序 row's first and last stage): a county's 交通运输综合行政执法大队 with
``检查环节 | 处理环节 | 结案环节`` and '无' placeholders, a 自然资源局 with ``受理环节 | 审核环节 | 审批环节`` and ``不涉及``,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "防控表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def by_post(got) -> dict[str, list[tuple[str, str]]]:
    return {
        t: sorted(zip(g["risk_point"], g["risk_level"], strict=True))
        for t, g in got.risks.groupby("title")
    }


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_a_stage_of_placeholders_on_either_side_of_the_point(tmp_path):
    stages = ["检查环节", "处理环节", "结案环节"]
    rows = [["XX县交通运输综合行政执法大队执法事项廉政风险防控表"],
            ["序号", "执法事项", *[x for s in stages for x in (s, None, None)], "防控措施"],
            [None, None, *["责任岗位", "廉政风险点", "风险等级"] * 3, None],
            [1, "道路运输违法查处", "执法队员", "路检路查选择性执法", "中", "中队长", "违规减免处罚", "高",
             "法制员", "结案审核走过场", "低", "执法记录仪全程记录；处罚裁量集体讨论。"],
            [2, "超限超载查处", "执法队员", "称重数据弄虚作假", "高", "中队长", "对超限车辆放行不处罚", "高",
             "法制员", "卷宗归档不及时", "低", "称重数据自动上传；放行须两人签字。"],
            [3, "出租车违规查处（简易程序）", "无", "无", "无", "执法队员", "当场收缴罚款不开票据", "高",
             "无", "无", "无", "当场收缴使用统一票据，两日内缴库。"],
            [4, "客运站场检查", "执法队员", "检查中接受宴请", "中", "中队长", "整改复查走过场", "中",
             "法制员", "案卷评查打人情分", "低", "检查两人以上；复查结果公示。"],
            ["注：“无”表示该环节无廉政风险点。"],
            ["填表人：", None, None, "审核人：", None, None, None, "大队长（签字）："]]  # fmt: skip
    merges = ["A1:L1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:K2", "L2:L3", "A8:L8"]
    got = run(tmp_path, rows, merges)
    assert by_post(got) == {
        "执法队员": [("当场收缴罚款不开票据", "Ⅰ级"), ("检查中接受宴请", "Ⅱ级"),
                 ("称重数据弄虚作假", "Ⅰ级"), ("路检路查选择性执法", "Ⅱ级")],
        "中队长": [("对超限车辆放行不处罚", "Ⅰ级"), ("整改复查走过场", "Ⅱ级"), ("违规减免处罚", "Ⅰ级")],
        "法制员": [("卷宗归档不及时", "Ⅲ级"), ("案卷评查打人情分", "Ⅲ级"), ("结案审核走过场", "Ⅲ级")],
    }  # fmt: skip
    assert "ROWS_SPLIT_AT_COMMA" not in codes(got)


def test_stages_first_and_last_not_concerned(tmp_path):
    rows = [["XX县自然资源局审批事项廉政风险表"],
            ["序号", "审批事项", "受理环节", None, None, "审核环节", None, None, "审批环节", None, None, "防控措施"],
            [None, None, *["责任岗位", "廉政风险点", "风险等级"] * 3, None],
            [1, "建设用地规划许可", "窗口人员", "材料不全违规受理", "低", "股长", "降低审核标准", "高",
             "分管副局长", "违规签批", "高", "一次性告知；审核意见留痕。"],
            [2, "不动产首次登记", "不涉及", "不涉及", "不涉及", "登记员", "登簿审核把关不严", "高",
             "不涉及", "不涉及", "不涉及",
             "登簿前两人复核。"],
            [3, "采矿权延续", "窗口人员", "故意拖延受理", "中", "股长", "延续审核打招呼", "中",
             "分管副局长", "干预审批结果", "高", "限时受理；说情登记报告。"]]  # fmt: skip
    merges = ["A1:L1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:K2", "L2:L3"]
    got = run(tmp_path, rows, merges, sheet="审批事项")
    assert by_post(got) == {
        "窗口人员": [("故意拖延受理", "Ⅱ级"), ("材料不全违规受理", "Ⅲ级")],
        "股长": [("延续审核打招呼", "Ⅱ级"), ("降低审核标准", "Ⅰ级")],
        "登记员": [("登簿审核把关不严", "Ⅰ级")],
        "分管副局长": [("干预审批结果", "Ⅰ级"), ("违规签批", "Ⅰ级")],
    }  # fmt: skip
    assert "ROWS_SPLIT_AT_COMMA" not in codes(got)


def test_a_row_split_at_a_comma_is_still_joined(tmp_path):
    # (near miss: the level cell holds the point's shifted tail, no placeholder)
    rows = [["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "鄢听澜", "项目验收走过场", "一级", "验收两人以上签字"],
            [2, "会计", "蒯知远", "报销审核不严", "事后补录凭证", "二级", "报销三级审核"],
            [3, "出纳", "訾南星", "现金未及时缴存", "三级", "日清月结"]]  # fmt: skip
    got = run(tmp_path, rows, [], sheet="导出数据")
    assert by_post(got)["会计"] == [("报销审核不严,事后补录凭证", "Ⅱ级")]
    assert "ROWS_SPLIT_AT_COMMA" in codes(got)
