"""One row a business matter, its holders in the row's stage columns ('经办人 | 复核人 | 审批人',
under '办理人员' or not, each cell 'post⏎name' or 'post　name'), and ONE point cell split into
lines, each opened by its stage's label ('经办：', '复核：', '批准：' …) and closed by its own level
in a bracket: each line is a point of the holder in the column its label names, on the same row.

The layouts here are not the published batch's (a city's 农机服务中心 with 承办人 | 审核人 | 审批人,
'承办：/审核：/审批：' and （一级）…): a county's 医疗保障局, 住房公积金 and 不动产登记 desks, other
posts and names, labels in other words than the headings (受理 under 受理人, 复核 under 审核人, 批准
under 审批人), levels 高/中/低 and 一级风险…, a second heading row, a level column, a 股室 column,
measures split by stage too, and tables that look a bit alike but are not this shape (read as
before), written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a
file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "业务"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"]) if "severity" in i else set()


def test_one_heading_row_post_over_name_levels_high_low(tmp_path):
    rows = [["XX县医疗保障局医保经办业务廉政风险防控表"],
            ["序号", "经办事项", "经办人", "复核人", "审批人", "分环节风险点（注明等级）", "防控措施", "备注"],
            [1, "异地就医费用报销", "经办员\n郗霁川", "科长\n甘沐澜", "副局长\n訾岚汐",
             "经办：对报销票据真伪审核不严（高）\n复核：复核把关流于形式（中）\n审批：为熟人违规加快审批（中）",
             "票据联网核验，三级签字。", None],
            [2, "定点医药机构协议管理", "稽核员\n蔺澄邈", "科长\n甘沐澜", "局长\n冼棠溪",
             "经办：现场检查走过场，收受机构礼品（高）\n审批：违规同意机构纳入定点（高）",
             "双人检查，集体研究。", "新增"],
            [3, "医保个人账户清退", "经办员\n郗霁川", "科长\n甘沐澜", "副局长\n訾岚汐",
             "经办：虚构清退材料套取个人账户资金（中）\n复核：清退台账核对不严（低）",
             "清退资金原路返回。", None],
            ["注：风险点按经办、复核、审批环节分行填写，由本行该环节人员负责。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A6:H6"])
    assert read(got) == sorted([
        ("经办员", "郗霁川", "对报销票据真伪审核不严", "Ⅰ级"),
        ("经办员", "郗霁川", "虚构清退材料套取个人账户资金", "Ⅱ级"),
        ("科长", "甘沐澜", "复核把关流于形式", "Ⅱ级"),
        ("科长", "甘沐澜", "清退台账核对不严", "Ⅲ级"),
        ("副局长", "訾岚汐", "为熟人违规加快审批", "Ⅱ级"),
        ("稽核员", "蔺澄邈", "现场检查走过场，收受机构礼品", "Ⅰ级"),
        ("局长", "冼棠溪", "违规同意机构纳入定点", "Ⅰ级"),
    ])  # fmt: skip
    assert len(got.posts) == 5
    said = got.issues[got.issues["code"] == "HOLDERS_BY_STAGE_LINES"]
    assert list(said["cell"]) == ["F3"]
    assert "HOLDERS_BY_STAGE_LINES" in CATALOGUE and "HOLDERS_BY_STAGE_LINES" in SHORT
    assert not errors(got)
    assert not {"ROW_UNPLACED", "HOLDER_STAGE_NOT_PICKED", "POINT_BLANK"} & codes(got)


def test_two_heading_rows_labels_in_other_words_and_a_line_typed_on(tmp_path):
    # '办理人员' merged over '受理人 | 审核人 | 审批人', post and name in one cell; the lines say
    # '受理：', '复核：' (the 审核人's), '批准：' (the 审批人's); one line typed on in the next
    rows = [["XX县住房公积金管理中心业务环节廉政风险点"],
            ["编号", "业务名称", "办理人员", None, None, "风险点", "风险等级", "防控措施"],
            [None, None, "受理人", "审核人", "审批人", None, None, None],
            ["GJ-01", "公积金提取", "柜员　栾沛霖", "科长　宓琤翊", "副主任　闵翃澍",
             "受理：放宽提取条件，\n为不符合条件者办理提取\n复核：对购房合同真伪核查不严\n批准：授意违规提取", "二级风险", "提取材料联网核验"],
            ["GJ-02", "公积金贷款", "信贷员　栾沛霆", "科长　宓琤翊", "主任　闵翾澈",
             "受理：收受好处降低贷款准入（一级风险）\n复核：贷前调查不实（一级风险）\n批准：干预贷款额度核定（二级风险）", None, "贷款集体审议"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3", "H2:H3"])
    assert read(got) == sorted([
        ("柜员", "栾沛霖", "放宽提取条件，为不符合条件者办理提取", "Ⅱ级"),
        ("科长", "宓琤翊", "对购房合同真伪核查不严", "Ⅱ级"),
        ("副主任", "闵翃澍", "授意违规提取", "Ⅱ级"),
        ("信贷员", "栾沛霆", "收受好处降低贷款准入", "Ⅰ级"),
        ("科长", "宓琤翊", "贷前调查不实", "Ⅰ级"),
        ("主任", "闵翾澈", "干预贷款额度核定", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_STAGE_LINES" in codes(got)
    assert not errors(got)
    assert not {"ROW_UNPLACED", "HOLDER_STAGE_NOT_PICKED"} & codes(got)


def test_a_dept_column_measures_by_stage_and_a_stage_with_no_holder(tmp_path):
    # a 股室 column; measures written by stage too; the second row's 审批 line names an empty
    # 审批人 cell: that row stays as read (its first column's holder), with a warning
    rows = [["XX县不动产登记中心廉政风险防控一览表"],
            ["股室", "登记事项", "承办人", "复核人", "审批人", "各环节风险点", "防控措施"],
            ["登记股", "首次登记", "登记员\n褚霁沄", "股长\n阙曦岚", "分管副主任\n阙沛澜",
             "承办：受理材料不全的申请（三级）\n复核：违规出具登记审核意见（二级）\n审批：授意为违法建筑办证（一级）",
             "承办：一次性告知清单\n复核：双人复核留痕\n审批：集体会审"],
            ["登记股", "抵押登记", "登记员\n褚霁沄", "股长\n阙曦岚", None,
             "承办：收受中介好处插队办理（二级）\n审批：违规注销抵押（一级）", "窗口排号，全程录像。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    r = got.risks
    got_rows = sorted(zip(r["department"], r["title"], r["person"], r["risk_point"],
                          r["risk_level"], r["measures"], strict=True))  # fmt: skip
    assert ("登记股", "登记员", "褚霁沄", "受理材料不全的申请", "Ⅲ级", "一次性告知清单") in got_rows
    assert ("登记股", "股长", "阙曦岚", "违规出具登记审核意见", "Ⅱ级", "双人复核留痕") in got_rows
    # (a leader: no 科室; '分管' off his post)
    assert ("", "副主任", "阙沛澜", "授意为违法建筑办证", "Ⅰ级", "集体会审") in got_rows
    assert len(got_rows) == 4
    kept = [x for x in got_rows if x[2] == "褚霁沄" and "插队" in x[3]]
    assert len(kept) == 1 and "审批：违规注销抵押" in kept[0][3]
    said = got.issues[got.issues["code"] == "HOLDER_STAGE_NOT_PICKED"]
    assert list(said["cell"]) == ["F4"] and "审批" in said["message"].iloc[0]
    assert "HOLDERS_BY_STAGE_LINES" in codes(got)
    assert not errors(got)


def test_stage_columns_beside_points_with_no_labels_read_as_before(tmp_path):
    # the same columns, but the point cell numbered, no stage labels: the first column's holder
    rows = [["XX县医疗保障局基金监管廉政风险点"],
            ["序号", "业务", "经办人", "复核人", "审批人", "廉政风险点", "风险等级"],
            [1, "基金拨付", "会计\n郗霁川", "科长\n甘沐澜", "局长\n冼棠溪",
             "1.虚列支出套取基金\n2.拨付不及时吃拿卡要", "高"],
            [2, "稽核检查", "稽核员\n蔺澄邈", "科长\n甘沐澜", "局长\n冼棠溪", "检查中选择性执法", "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert "HOLDERS_BY_STAGE_LINES" not in codes(got)
    assert read(got) == EXPECT_UNLABELLED
    assert not errors(got)


EXPECT_UNLABELLED = [
    ("会计", "郗霁川", "1.虚列支出套取基金\n2.拨付不及时吃拿卡要", "Ⅰ级"),
    ("稽核员", "蔺澄邈", "检查中选择性执法", "Ⅱ级"),
]


def test_one_holder_column_with_step_labels_read_as_before(tmp_path):
    # one 责任人 column, the point cell's lines labelled '受理：…⏎审查：…': no stage columns to pick
    rows = [["XX县市场监管局窗口廉政风险点"],
            ["序号", "岗位", "责任人", "廉政风险点", "风险等级"],
            [1, "登记窗口", "庹翛沄", "受理：对材料不全的申请违规受理\n审查：审查把关不严", "二级"],
            [2, "许可窗口", "蔺霁川", "受理：违规收费\n审查：降低许可条件", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDERS_BY_STAGE_LINES" not in codes(got)
    assert read(got) == EXPECT_ONE_HOLDER
    assert not errors(got)


EXPECT_ONE_HOLDER = [
    ("登记窗口", "庹翛沄", "受理：对材料不全的申请违规受理\n审查：审查把关不严", "Ⅱ级"),
    ("许可窗口", "蔺霁川", "受理：违规收费\n审查：降低许可条件", "Ⅰ级"),
]


def test_stage_columns_with_shown_and_measures_lines_read_as_before(tmp_path):
    # stage columns, but the lines labelled '表现：…⏎措施：…': no stage of theirs
    rows = [["XX县住房公积金管理中心廉政风险防控表"],
            ["序号", "事项", "经办人", "审核人", "审批人", "廉政风险点", "风险等级"],
            [1, "提取", "柜员\n栾沛霖", "科长\n宓琤翊", "主任\n闵翾澈",
             "表现：违规放宽提取条件\n措施：提取审批双人复核", "二级"],
            [2, "贷款", "信贷员\n栾沛霆", "科长\n宓琤翊", "主任\n闵翾澈",
             "表现：贷前调查不实\n措施：贷款集体审议", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert "HOLDERS_BY_STAGE_LINES" not in codes(got)
    assert read(got) == EXPECT_SHOWN
    assert not errors(got)


EXPECT_SHOWN = [
    ("信贷员", "栾沛霆", "贷前调查不实", "Ⅰ级"),
    ("柜员", "栾沛霖", "违规放宽提取条件", "Ⅱ级"),
]


def test_stage_columns_read_as_lines_of_holders_give_way_to_the_stage_lines(tmp_path):
    """Every stage cell a clean 'post　name' under a merged heading ('经办人员' over '经办人 |
    复核人 | 审批人') also reads as holders' lines each holding the whole point (HOLDER_LINES);
    point cells written a line a stage say otherwise: each line its stage's holder's (found when
    '信贷员' stopped passing for a name and the lines' reading took such a table first)."""
    rows = [["XX县不动产登记中心业务环节廉政风险点"],
            ["序号", "事项", "经办人员", None, None, "风险点", "防控措施"],
            [None, None, "经办人", "复核人", "审批人", None, None],
            [1, "抵押登记", "登记员　蔺沐溪", "股长　隗澹宁", "主任　訾翊辰",
             "经办：受理材料不全的申请（中）\n复核：对抵押合同审查不严（高）\n审批：越权批准登记（高）", "系统留痕"],
            [2, "更正登记", "登记员　蔺沐溪", "股长　隗澹宁", "主任　訾翊辰",
             "经办：擅自更改登记信息（高）\n复核：核查走过场（低）", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("登记员", "蔺沐溪", "受理材料不全的申请", "Ⅱ级"),
        ("股长", "隗澹宁", "对抵押合同审查不严", "Ⅰ级"),
        ("主任", "訾翊辰", "越权批准登记", "Ⅰ级"),
        ("登记员", "蔺沐溪", "擅自更改登记信息", "Ⅰ级"),
        ("股长", "隗澹宁", "核查走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_LINES" not in codes(got)
    assert not errors(got)


def test_what_the_hundred_and_twelfth_review_found(tmp_path):
    # the stage lines numbered ('1.承办：…'), typed on one line apart by '；', or labelled in 【】
    # ('【承办】…', which had also been read as the row's 科室 '承办'): read alike
    head = ["序号", "业务事项", "承办人", "审核人", "审批人", "风险点", "风险等级", "防控措施"]
    people = [("农机员\n鲍知远", "科长\n闵若溪", "主任\n宓海川"),
              ("会计\n艾雨桐", "科长\n闵若溪", "主任\n宓海川")]  # fmt: skip
    items = ["农机购置补贴审核", "补贴资金拨付"]
    lines = [
        [("承办", "补贴资料审核不严", "二级"), ("审核", "复核流于形式", "三级"),
         ("审批", "违规审批", "一级")],
        [("承办", "虚列拨付对象", "一级"), ("审核", "台账核对不严", "二级")],
    ]  # fmt: skip
    want = sorted([
        ("农机员", "鲍知远", "补贴资料审核不严", "Ⅱ级"),
        ("科长", "闵若溪", "复核流于形式", "Ⅲ级"),
        ("主任", "宓海川", "违规审批", "Ⅰ级"),
        ("会计", "艾雨桐", "虚列拨付对象", "Ⅰ级"),
        ("科长", "闵若溪", "台账核对不严", "Ⅱ级"),
    ])  # fmt: skip
    writings = {
        "numbered": lambda ls: "\n".join(
            f"{i}.{s}：{p}（{lv}）" for i, (s, p, lv) in enumerate(ls, 1)
        ),
        "semicolons": lambda ls: "；".join(f"{s}：{p}（{lv}）" for s, p, lv in ls),
        "brackets": lambda ls: "\n".join(f"【{s}】{p}（{lv}）" for s, p, lv in ls),
    }
    for name, write in writings.items():
        rows = [["XX市农机服务中心业务廉政风险防控表"], head]
        for i, (item, (a, b, c), ls) in enumerate(zip(items, people, lines, strict=True), 1):
            rows.append([i, item, a, b, c, write(ls), "二级", "双人查验"])
        got = run(tmp_path / name, rows)
        assert read(got) == want, name
        assert set(got.risks["department"]) == {""}, name
        assert "HOLDERS_BY_STAGE_LINES" in codes(got), name
        assert "HOLDER_STAGE_NOT_PICKED" not in codes(got), name
        assert not errors(got), name
    # a single stage's prose, numbered under its label, is no such cell: as before
    rows = [["XX市农机服务中心业务廉政风险防控表"], head]
    for i, (item, (a, b, c)) in enumerate(zip(items, people, strict=True), 1):
        rows.append(
            [i, item, a, b, c, "审核：\n1.资料审核不严\n2.复核流于形式", "二级", "双人查验"]
        )
    got = run(tmp_path / "prose", rows)
    assert "HOLDERS_BY_STAGE_LINES" not in codes(got)
    assert sorted(got.risks["person"]) == ["艾雨桐", "鲍知远"]
