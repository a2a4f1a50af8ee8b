"""A list with no level column whose points are scored by several raters side by side (under a
merged '综合评分', '个人自评 | 科室互评 | 分管领导评定 …', or '评分人1 | 评分人2 …') and a note under
it grading each point by the MEAN (or the SUM) of those scores: each row's level is the note's
band of the combined score; one info per table names the columns and the note.

Not the published batch's file (a 医疗保障局's 评议定级表, ``本人自评 | 股室评议 | 局党组评定`` in
10分制, 一级/二级/三级 by a mean of 8 and 6): a 县自然资源局's lists, other posts, names, four
raters on a 5分制 graded 高/中/低风险, one heading row with numbered raters and a sum, a printed
平均分 column and an extra 备注 column, a level column kept beside the scores; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "scores.xlsx", {"评分表": rows}, {"评分表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


FOUR = [
    ["县自然资源局廉政风险点综合评分表"],
    ["序号", "岗位", "姓名", "风险点", "综合评分（5分制）", None, None, None, "防控措施"],
    [None, None, None, None, "个人自评", "科室互评", "分管领导评定", "群众测评", None],
    [1, "不动产登记员", "庞晓岚", "登记审核不严，违规办证", 5, 4, 5, 4, "双人审核，系统留痕。"],
    [2, "不动产登记员", "庞晓岚", "泄露权利人信息", 3, 4, 3, 4, "查询实名登记。"],
    [3, "执法监察员", "柯景行", "发现违法用地不制止", 4, 4, 3, 3, "巡查轨迹上传。"],
    [4, "执法监察员", "柯景行", "收受当事人财物", 5, 5, 4, 4, "执法全程记录。"],
    [5, "测绘管理员", "邬若楠", "测绘成果审核走过场", 2, 3, 3, 3, "抽查复核。"],
    [6, "测绘管理员", "邬若楠", "资质审查放宽条件", 3, 3, 2, 2, "集体研究。"],
    ["说明：风险等级按四项评分的平均分确定：平均分4.5分（含）以上为高风险，3.5分（含）至4.5分为中风险，"
     "低于3.5分为低风险。"],
]  # fmt: skip
FOUR_MERGES = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "A10:I10"]
FOUR_READ = sorted([
    ("不动产登记员", "庞晓岚", "登记审核不严，违规办证", "Ⅰ级"),  # mean 4.5: 4.5（含）以上
    ("不动产登记员", "庞晓岚", "泄露权利人信息", "Ⅱ级"),  # 3.5: 3.5（含）至4.5
    ("执法监察员", "柯景行", "发现违法用地不制止", "Ⅱ级"),  # 3.5
    ("执法监察员", "柯景行", "收受当事人财物", "Ⅰ级"),  # 4.5
    ("测绘管理员", "邬若楠", "测绘成果审核走过场", "Ⅲ级"),  # 2.75: 低于3.5
    ("测绘管理员", "邬若楠", "资质审查放宽条件", "Ⅲ级"),  # 2.5
])  # fmt: skip


def test_four_raters_under_a_merged_heading_graded_by_their_mean(tmp_path):
    got = run(tmp_path, FOUR, FOUR_MERGES)
    assert read(got) == FOUR_READ
    no_errors(got)
    assert codes(got).count("LEVEL_BY_MEAN_SCORE") == 1
    said = got.issues[got.issues["code"] == "LEVEL_BY_MEAN_SCORE"].iloc[0]["message"]
    assert "个人自评" in said and "群众测评" in said and "平均分4.5分" in said


def test_numbered_raters_in_one_heading_row_graded_by_their_sum(tmp_path):
    rows = [
        ["林草站岗位风险评分"],
        ["岗位", "责任人", "风险点", "评分人1", "评分人2", "评分人3", "防控措施"],
        ["林木采伐审批", "闵书澈", "超限额审批采伐", 9, 9, 8, "限额公示。"],
        ["林木采伐审批", "闵书澈", "现场查验不到位", 7, 6, 6, "两人查验。"],
        ["护林员管理", "詹嘉禾", "虚报护林员补助", 6, 5, 6, "补助公示。"],
        ["注：三项打分之和≥24分为一级风险，18分（含）至24分为二级风险，18分以下为三级风险。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A6:G6"])
    assert read(got) == sorted([
        ("林木采伐审批", "闵书澈", "超限额审批采伐", "Ⅰ级"),  # 26
        ("林木采伐审批", "闵书澈", "现场查验不到位", "Ⅱ级"),  # 19
        ("护林员管理", "詹嘉禾", "虚报护林员补助", "Ⅲ级"),  # 17
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("LEVEL_BY_MEAN_SCORE") == 1


def test_a_printed_mean_and_a_missing_score(tmp_path):
    rows = [list(r) for r in FOUR]
    rows[1] = [*rows[1][:8], "平均分", "防控措施", "备注"]
    rows[2] = [*rows[2][:8], None, None, None]
    for r in range(3, 9):
        scores = rows[r][4:8]
        rows[r] = [*rows[r][:8], sum(scores) / 4, rows[r][8], ""]
    rows[4][5] = ""  # 泄露权利人信息: 科室互评 left blank, its 平均分 blank too
    rows[4][8] = ""
    rows[9] = [rows[9][0]]
    merges = [
        "A1:K1",
        "A2:A3",
        "B2:B3",
        "C2:C3",
        "D2:D3",
        "E2:H2",
        "I2:I3",
        "J2:J3",
        "K2:K3",
        "A10:K10",
    ]
    got = run(tmp_path, rows, merges)
    want = [x for x in FOUR_READ if x[2] != "泄露权利人信息"]
    want.append(("不动产登记员", "庞晓岚", "泄露权利人信息", ""))
    assert read(got) == sorted(want)
    issues = got.issues
    missing = issues[issues["code"] == "LEVEL_RATER_SCORE_MISSING"]
    assert list(missing["cell"]) == ["F5"], issues.to_dict("records")
    assert "LEVEL_MEAN_SCORE_DIFFERS" not in codes(got)


def test_a_level_column_beside_the_scores_is_kept_and_checked(tmp_path):
    rows = [list(r) for r in FOUR]
    rows[1] = [*rows[1][:8], "风险等级", "防控措施"]
    rows[2] = [*rows[2][:8], None, None]
    levels = ["高风险", "中风险", "中风险", "高风险", "低风险", "中风险"]  # the last differs
    for r in range(3, 9):
        rows[r] = [*rows[r][:8], levels[r - 3], rows[r][8]]
    merges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "J2:J3", "A10:J10"]
    got = run(tmp_path, rows, merges)
    want = [x for x in FOUR_READ if x[2] != "资质审查放宽条件"]
    want.append(("测绘管理员", "邬若楠", "资质审查放宽条件", "Ⅱ级"))
    assert read(got) == sorted(want)
    no_errors(got)
    differs = got.issues[got.issues["code"] == "LEVEL_MEAN_SCORE_DIFFERS"]
    assert list(differs["cell"]) == ["I9"], got.issues.to_dict("records")
    assert "LEVEL_BY_MEAN_SCORE" not in codes(got)


def test_raters_scores_without_a_note_give_no_level_but_are_said(tmp_path):
    rows = [list(r) for r in FOUR[:9]]
    got = run(tmp_path, rows, FOUR_MERGES[:-1])
    assert [x[3] for x in read(got)] == [""] * 6
    assert codes(got).count("LEVEL_RATER_SCORES_UNUSED") == 1


def test_an_ordinary_level_column_beside_a_self_check_column_reads_as_before(tmp_path):
    rows = [
        ["规划股风险点一览表"],
        ["岗位", "姓名", "风险点", "自查情况", "风险等级", "防控措施"],
        ["规划审批", "霍清禾", "违规调整容积率", "已整改", "高", "集体审议。"],
        ["规划审批", "霍清禾", "批后监管缺位", "无问题", "中", "定期巡查。"],
        ["注：风险等级分高、中、低三级。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert read(got) == sorted([
        ("规划审批", "霍清禾", "违规调整容积率", "Ⅰ级"),
        ("规划审批", "霍清禾", "批后监管缺位", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"LEVEL_BY_MEAN_SCORE", "LEVEL_RATER_SCORES_UNUSED"} & set(codes(got))


def test_weighted_factors_read_as_before(tmp_path):
    rows = [
        ["矿产股风险评估表"],
        ["岗位", "姓名", "风险点", "发生概率（权重50%）", "危害程度（权重50%）", "防控措施"],
        ["矿权管理", "蔺朝晖", "违规出让矿权", 5, 4, "公开出让。"],
        ["矿权管理", "蔺朝晖", "年检走过场", 2, 3, "抽查复核。"],
        ["说明：综合得分4.0分及以上为一级风险，3.0分（含）至4.0分为二级风险，3.0分以下为三级风险。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert read(got) == sorted([
        ("矿权管理", "蔺朝晖", "违规出让矿权", "Ⅰ级"),
        ("矿权管理", "蔺朝晖", "年检走过场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_FACTORS" in codes(got)
    assert not {"LEVEL_BY_MEAN_SCORE", "LEVEL_RATER_SCORES_UNUSED"} & set(codes(got))


# review 124: scores written with their unit ('8.5分'); a note naming one rater's column as the basis
RATERS_WITH_UNIT = [
    ["县市场监督管理局廉政风险点登记表"],
    ["序号", "岗位", "姓名", "风险点", "风险评议得分", None, None, "防控措施"],
    [None, None, None, None, "本人自评", "股室评议", "局党组评定", None],
    [1, "局长", "张明远", "决策不民主", "8.5分", "9分", "9.5分", "集体决策"],
    [2, "副局长", "李思源", "审批不严", "7分", "6.5分", "7分", "双人审核"],
    [3, "科员", "王晓东", "泄露信息", "5分", "4.5分", "5分", "保密"],
]  # fmt: skip
RATERS_WITH_UNIT_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]


def test_what_the_hundred_and_twenty_fourth_review_found_scores_written_with_fen(tmp_path):
    rows = [*RATERS_WITH_UNIT, ["注：三项评分平均分8分（含）以上为一级风险，6分（含）至8分为二级风险，"
                                "6分以下为三级风险。"]]  # fmt: skip
    got = run(tmp_path, rows, [*RATERS_WITH_UNIT_MERGES, "A7:H7"])
    assert read(got) == sorted([
        ("局长", "张明远", "决策不民主", "Ⅰ级"),  # mean 9
        ("副局长", "李思源", "审批不严", "Ⅱ级"),  # 6.83
        ("科员", "王晓东", "泄露信息", "Ⅲ级"),  # 4.83
    ])  # fmt: skip
    assert list(got.posts["department"]) == ["", "", ""]  # (股室评议 | 9分: no 科室)
    no_errors(got)
    assert codes(got).count("LEVEL_BY_MEAN_SCORE") == 1
    assert "COLUMN_GUESSED" not in codes(got)


def test_what_the_hundred_and_twenty_fourth_review_found_a_score_column_is_no_department(tmp_path):
    # no note: the scores give no level (as before), but 股室评议 | 9分 is no 科室 either
    got = run(tmp_path, RATERS_WITH_UNIT, RATERS_WITH_UNIT_MERGES)
    assert read(got) == sorted([
        ("局长", "张明远", "决策不民主", ""),
        ("副局长", "李思源", "审批不严", ""),
        ("科员", "王晓东", "泄露信息", ""),
    ])  # fmt: skip
    assert list(got.posts["department"]) == ["", "", ""]
    assert codes(got).count("LEVEL_RATER_SCORES_UNUSED") == 1
    assert codes(got).count("LEVEL_BLANK") == 3


def test_what_the_hundred_and_twenty_fourth_review_found_one_rater_named_as_the_basis(tmp_path):
    rows = [["县医疗保障局岗位廉政风险评估表"],
            ["序号", "岗位", "姓名", "风险点", "本人自评", "股室评议", "局党组评定", "防控措施"],
            [1, "局长", "张明远", "决策不民主", 9, 9, 9, "集体决策"],
            [2, "副局长", "李思源", "审批不严", 6, 6, 7, "双人审核"],
            [3, "科员", "王晓东", "泄露信息", 7, 4, 5, "保密"],
            ["注：风险等级以局党组评定分值为准，8分以上为一级风险，6至8分为二级风险，6分以下为三级风险。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A6:H6"])
    assert read(got) == sorted([
        ("局长", "张明远", "决策不民主", "Ⅰ级"),  # 局党组评定 9
        ("副局长", "李思源", "审批不严", "Ⅱ级"),  # 7 (本人自评 6 would say Ⅱ级 too, mean 6.3)
        ("科员", "王晓东", "泄露信息", "Ⅲ级"),  # 5 (本人自评 7: not the basis)
    ])  # fmt: skip
    assert list(got.posts["department"]) == ["", "", ""]
    no_errors(got)
    assert codes(got).count("LEVEL_BY_RATER_SCORE") == 1
    assert not {"LEVEL_RATER_SCORES_UNUSED", "LEVEL_BY_MEAN_SCORE", "COLUMN_GUESSED",
                "LEVEL_SCALE"} & set(codes(got))  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_BY_RATER_SCORE"].iloc[0]["message"]
    assert "“局党组评定”列" in said and "以局党组评定分值为准" in said
    assert CATALOGUE["LEVEL_BY_RATER_SCORE"][0] == "info" and "LEVEL_BY_RATER_SCORE" in SHORT
