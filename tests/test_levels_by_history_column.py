"""A list with NO level column but a free-text column saying how each risk came to light
(``问题来源``, ``以往查处情况``, ``近三年问题发生情况`` …: '2022年市委巡察指出…', '群众投诉', '局机关自查
发现…', '未出现'), and a ``注：`` line (under the list or over it) grading by the kind of evidence
it cites ('被巡视巡察或审计发现问题的，定为一级；因群众投诉、举报或单位自查发现问题的，定为二级；
以往未出现问题的，定为三级'): each row takes the level of the clause whose kind its cell cites
(巡察/巡视, 审计, 纪委/纪检, 信访/来信/举报/投诉, 内部检查/稽核/自查/督查, 未发生/未出现 …, or the
note's quoted words), the column the note names by its heading or whose cells hold the note's
kinds, said once (info LEVEL_BY_HISTORY_WORDS naming the column and the note); a cell citing no
clause's kind keeps its blank level with a warning (LEVEL_HISTORY_UNMATCHED), a cell citing two
kinds of different levels takes the higher with a warning (LEVEL_HISTORY_TWO) — as the words of
a point are read (LEVEL_BY_POINT_WORDS), but the words of another column. Before, the column was
dropped without a word and every point came out with no level (LEVEL_BLANK).

Not the published batch's file (batch963: a 医疗保障服务中心's ``近三年问题发生情况`` under a note
'经巡察、审计指出过问题的为一级风险…'): a 县林业和草原局's ``问题来源`` graded 一级/二级/三级 by a note
under the list, one cell citing nothing the note names; a 县自然资源局's ``以往查处情况`` to the LEFT
of the point, the note OVER the list, 高/中/低, one cell citing both a 举报 and the 纪委; and the
林业局's list as an .ods copy on the second sheet behind a cover sheet. Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Near-misses an ordinary file
has, read exactly as before: the same note over a list with no such column (the 防控措施 naming
巡察、审计 and 举报: no history), and a list writing its own 风险等级 beside a 问题来源 column that the
note would grade otherwise (the level column wins, nothing said).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_BY_HISTORY_WORDS", "LEVEL_HISTORY_UNMATCHED", "LEVEL_HISTORY_TWO"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "排查表.xlsx", sheets, merges or {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


FOREST_NOTE = (
    "注：风险等级依据问题来源评定：被巡视巡察或审计发现问题的，定为一级；因群众投诉、举报或单位自查"
    "发现问题的，定为二级；以往未出现问题的，定为三级。"
)
FOREST = [
    ["县林业和草原局岗位廉政风险排查表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "风险点", "问题来源", "防控措施"],
    [1, "局领导", "局长", "钟离澹", "林地征占用审核中打招呼", "2022年市委第三巡察组指出林地审核把关不严", "林地审核集体研究。"],
    [2, "资源管理股", "股长", "钟离湛", "采伐指标分配优亲厚友", "2023年县审计局专项审计发现指标分配不公开", "指标分配张榜公示。"],
    [3, "资源管理股", "科员", "司寇沅", "伐区验收走过场", "2024年群众电话投诉", "验收两人以上到场。"],
    [4, "生态修复股", "股长", "司寇潆", "造林补贴虚报面积", "2023年局机关自查发现个别地块面积不实", "补贴面积卫星核验。"],
    [5, "生态修复股", "科员", "钟离沚", "苗木采购吃回扣", "以往未出现", "苗木统一招标采购。"],
    [6, "林政执法队", "队长", "司寇淇", "滥伐案件以罚代刑", "2024年市局专项督导组提出", "案件移送台账。"],
    [FOREST_NOTE, None, None, None, None, None, None],
]  # fmt: skip


def test_source_column_graded_by_a_note_under_the_list(tmp_path):
    got = run(tmp_path, {"排查表": FOREST})
    assert levels(got) == [
        ("林地征占用审核中打招呼", "Ⅰ级"),
        ("采伐指标分配优亲厚友", "Ⅰ级"),
        ("伐区验收走过场", "Ⅱ级"),
        ("造林补贴虚报面积", "Ⅱ级"),
        ("苗木采购吃回扣", "Ⅲ级"),
        ("滥伐案件以罚代刑", ""),
    ]
    said = issue(got, "LEVEL_BY_HISTORY_WORDS")
    assert len(said) == 1 and list(said["cell"]) == ["F2"]
    assert "问题来源" in said["message"].iloc[0] and "依据问题来源评定" in said["message"].iloc[0]
    assert said["severity"].iloc[0] == issue(got, "TABLE_NO_TYPE")["severity"].iloc[0]
    unmatched = issue(got, "LEVEL_HISTORY_UNMATCHED")
    assert list(unmatched["cell"]) == ["F8"] and "专项督导组" in unmatched["message"].iloc[0]
    assert unmatched["severity"].iloc[0] != said["severity"].iloc[0]
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["E8"]
    assert "LEVEL_HISTORY_TWO" not in codes(got)


LAND = [
    ["县自然资源局廉政风险点排查表", None, None, None, None, None],
    ["注：按以往查处情况确定风险等级，经纪委或巡察查处的为高风险；经信访反映的为中风险；未发生的为低风险。", None, None, None, None, None],
    ["序号", "岗位", "姓名", "以往查处情况", "廉政风险点", "防范措施"],
    [1, "副局长", "端木霁", "2021年县纪委查处违规审批1起", "土地出让中违规降低门槛", "出让方案集体决策。"],
    [2, "副局长", "端木霁", "近五年未发生", "规划调整为开发商说情", "规划调整公开听证。"],
    [3, "测绘股股长", "东郭霭", "2023年群众来信反映测绘数据造假", "测绘成果验收放水", "验收结果抽查复核。"],
    [4, "执法监察大队长", "东郭霓", "2022年群众举报，经县纪委立案查处", "违法占地查处不力", "卫片图斑逐一销号。"],
    [5, "不动产登记中心主任", "端木霈", "未发生", "插队办理不动产登记", "登记全程留痕。"],
]  # fmt: skip


def test_history_left_of_the_point_and_a_note_over_the_list(tmp_path):
    got = run(tmp_path, {"一览表": LAND}, {"一览表": ["B4:B5", "C4:C5"]})
    assert levels(got) == [
        ("土地出让中违规降低门槛", "Ⅰ级"),
        ("规划调整为开发商说情", "Ⅲ级"),
        ("测绘成果验收放水", "Ⅱ级"),
        ("违法占地查处不力", "Ⅰ级"),
        ("插队办理不动产登记", "Ⅲ级"),
    ]
    said = issue(got, "LEVEL_BY_HISTORY_WORDS")
    assert len(said) == 1 and list(said["cell"]) == ["D3"]
    assert "以往查处情况" in said["message"].iloc[0]
    two = issue(got, "LEVEL_HISTORY_TWO")
    assert list(two["cell"]) == ["D7"]
    assert not {"LEVEL_BLANK", "LEVEL_HISTORY_UNMATCHED"} & codes(got)
    # the history is no point
    assert not set(got.risks["risk_point"]) & {row[3] for row in LAND[3:]}


def test_source_column_in_an_ods_copy_behind_a_cover(tmp_path):
    inbox = tmp_path / "inbox"
    cover = [["县林业和草原局"], ["岗位廉政风险排查材料"], ["2025年4月"]]
    write_ods(inbox / "林草局.ods", {"封面": cover, "排查表": FOREST})
    got = _collect(inbox)
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", ""]
    said = issue(got, "LEVEL_BY_HISTORY_WORDS")
    assert len(said) == 1 and list(said["source_sheet"]) == ["排查表"]


# a near-miss: the same kind of note, but no column of the list says where a risk came from;
# the measures name 巡察、审计 and 举报 (how the risk is watched, no history)
PLAIN_NOTE = [
    ["县农业农村局廉政风险点一览表", None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "廉政风险点", "防控措施"],
    [1, "局领导", "局长", "百里沣", "农机购置补贴审批打招呼", "主动接受巡察、审计监督。"],
    [2, "计财股", "股长", "百里澍", "项目资金拨付不及时", "设立举报电话，公开受理举报。"],
    [3, "计财股", "会计", "夹谷汀", "报销凭证把关不严", "主动接受巡察、审计监督。"],
    [4, "农经股", "股长", "夹谷沄", "土地流转合同审核不严", "设立举报电话，公开受理举报。"],
    ["注：风险等级按近三年问题发生情况确定：经巡察、审计指出过问题的为一级风险；经信访举报反映的为二级风险；未发生问题的为三级风险。", None, None, None, None, None],
]  # fmt: skip


def test_a_note_no_column_answers_reads_as_before(tmp_path):
    got = run(tmp_path, {"一览表": PLAIN_NOTE})
    assert [lv for _p, lv in levels(got)] == ["", "", "", ""]
    assert not NEW & codes(got)
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["E3", "E4", "E5", "E6"]


# a near-miss: an ordinary list writing its own levels beside a 问题来源 column
WRITTEN = [
    ["县统计局廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "职务", "姓名", "风险点", "问题来源", "风险等级", "防控措施"],
    [1, "局长", "呼延澈", "统计数据干预", "2023年市委巡察指出", "二级", "数据质量终身负责。"],
    [2, "统计员", "呼延渺", "普查补贴发放不实", "2024年群众举报", "一级", "补贴名单公示。"],
    [3, "统计员", "夹谷涟", "调查户名单泄露", "未发生", "二级", "名单加密保管。"],
    [FOREST_NOTE, None, None, None, None, None, None],
]  # fmt: skip


def test_a_written_level_column_wins_and_nothing_is_said(tmp_path):
    got = run(tmp_path, {"一览表": WRITTEN})
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅰ级", "Ⅱ级"]
    assert not NEW & codes(got)
    assert not {"LEVEL_BLANK", "LEVEL_POINT_WORDS_DIFFERS"} & codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])


AUDIT_LIST = [
    ["县审计局岗位廉政风险点排查表"],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "以往发生情况", "防控措施"],
    [1, "经责股", "股长", "令狐霁", "审计发现问题隐瞒不报", "2023年市委巡察反馈", "问题清单集体审定"],
    [2, "经责股", "科员", "令狐澈", "审计取证不充分", "无", "取证双人复核"],
    [3, "投资股", "股长", "慕容珩", "工程结算审计收受好处", "2024年接群众举报", "结算审计复核"],
    [4, "投资股", "科员", "慕容翊", "审计资料保管不善泄密", "近三年未发生", "资料专柜保管"],
]  # fmt: skip
AUDIT_NOTE = (
    "风险等级按以往发生情况确定：经巡察、审计发现的为一级；经信访举报、内部检查发现的为二级；"
    "未发生的为三级。"
)
AUDIT_LEVELS = [
    ("审计发现问题隐瞒不报", "Ⅰ级"),
    ("审计取证不充分", "Ⅲ级"),
    ("工程结算审计收受好处", "Ⅱ级"),
    ("审计资料保管不善泄密", "Ⅲ级"),
]


def test_a_cell_saying_only_none_and_a_note_on_the_instructions_sheet(tmp_path):
    # ('无' is the note's 未发生; the list's title and points name 审计 too: no note of theirs)
    got = run(tmp_path / "under", {"排查表": AUDIT_LIST + [[f"注：{AUDIT_NOTE}"]]})
    assert levels(got) == AUDIT_LEVELS
    assert not {"LEVEL_HISTORY_UNMATCHED", "LEVEL_BLANK"} & codes(got)
    notes = [["填表说明"], ["1.本表由各股室如实填写。"], [f"2.{AUDIT_NOTE}"]]
    got = run(tmp_path / "apart", {"填表说明": notes, "排查表": AUDIT_LIST})
    assert levels(got) == AUDIT_LEVELS
    assert list(issue(got, "LEVEL_BY_HISTORY_WORDS")["cell"]) == ["F2"]
