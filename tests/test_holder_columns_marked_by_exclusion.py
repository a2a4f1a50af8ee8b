"""Holder columns marked by EXCLUSION: one list of common points, one column a holder
('post⏎name', or a name alone) under a merged group heading, and the heading or a note saying
the mark means the point is NOT his ('本人不涉及的划“✗”', '注：打“×”的为本人不涉及',
'／表示不涉及'): each holder holds every row he did NOT mark. Without such words the marks under
holder columns keep holding ('√': ticked = his), and a 是否涉及 answer column of '×'/'√' stays
the answer column it was.

Not the published batch's file (a 林业和草原局's 班子成员 with 局长 / 副局长 and 高/中/低): a
county's 卫生健康委员会, a 医疗保障局 and a 人民医院, other posts, names, level words (一级…,
★★★…, Ⅰ级…), a type column, a name-only heading row, a note under the table, '／' as the mark,
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "班子"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


X = "✗"


def test_crossed_under_post_and_name_headings_the_blank_rows_are_each_holders(tmp_path):
    # two heading rows, the group heading saying the mark ('✗'), a type column between, one
    # row crossed by nobody (all three's) and one column never crossed (every row his)
    rows = [
        ["XX县卫生健康委员会党组成员廉政风险点认领表"],
        ["序号", "廉政风险点", "风险类型", "风险等级", "委领导（本人不涉及的划“✗”）", None, None, "防控措施"],
        [None, None, None, None, "主任\n郦澄霁", "副主任\n蒯沛岚", "纪检组长\n甘霂川", None],
        [1, "医疗机构设置审批中降低标准", "岗位职责", "一级", None, X, None, "审批集体研究，结果公示。"],
        [2, "公共卫生项目资金分配不公", "制度机制", "一级", None, None, None, "资金分配方案党组会研究。"],
        [3, "卫生监督执法中选择性执法", "岗位职责", "二级", X, None, None, "执法全过程记录。"],
        [4, "医疗设备采购指定品牌", "制度机制", "二级", X, X, None, "进场交易，专家随机抽取。"],
        [5, "接受医疗机构宴请", "思想道德", "三级", None, X, None, "签订廉洁承诺书。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"])
    assert read(got) == sorted([
        ("主任", "郦澄霁", "医疗机构设置审批中降低标准", "Ⅰ级"),
        ("主任", "郦澄霁", "公共卫生项目资金分配不公", "Ⅰ级"),
        ("主任", "郦澄霁", "接受医疗机构宴请", "Ⅲ级"),
        ("副主任", "蒯沛岚", "公共卫生项目资金分配不公", "Ⅰ级"),
        ("副主任", "蒯沛岚", "卫生监督执法中选择性执法", "Ⅱ级"),
        ("纪检组长", "甘霂川", "医疗机构设置审批中降低标准", "Ⅰ级"),
        ("纪检组长", "甘霂川", "公共卫生项目资金分配不公", "Ⅰ级"),
        ("纪检组长", "甘霂川", "卫生监督执法中选择性执法", "Ⅱ级"),
        ("纪检组长", "甘霂川", "医疗设备采购指定品牌", "Ⅱ级"),
        ("纪检组长", "甘霂川", "接受医疗机构宴请", "Ⅲ级"),
    ])  # fmt: skip
    # (the group heading is no 科室)
    assert set(got.risks["department"]) == {""}
    said = got.issues[got.issues["code"] == "HOLDERS_BY_EXCLUSION"]
    assert list(said["cell"]) == ["E2"]
    assert "“纪检组长 甘霂川”一栏没有打记号" in said["message"].iloc[0]
    assert not errors(got)


def test_a_note_under_the_table_and_names_alone_over_the_columns(tmp_path):
    # the group heading says nothing ('党组成员'); the note under the table does; the heading
    # cells are names alone (no post); levels as stars
    rows = [
        ["XX县医疗保障局领导班子廉政风险点"],
        ["编号", "风险点", "等级", "党组成员", None, "措施"],
        [None, None, None, "郗翰澄", "宓岚汐", None],
        ["1", "定点医药机构准入把关不严", "★★★", None, "×", "准入评估集体研究。"],
        ["2", "医保基金结算审核走过场", "★★", "×", None, "结算实行双人复核。"],
        ["3", "违规调整医保目录待遇", "★★★", None, None, "调整方案报市局审定。"],
        ["注：打“×”的为本人不涉及，其余均为本人风险点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "A7:F7"])
    assert read(got) == sorted([
        ("", "郗翰澄", "定点医药机构准入把关不严", "Ⅰ级"),
        ("", "郗翰澄", "违规调整医保目录待遇", "Ⅰ级"),
        ("", "宓岚汐", "医保基金结算审核走过场", "Ⅱ级"),
        ("", "宓岚汐", "违规调整医保目录待遇", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_EXCLUSION" in codes(got)
    assert not errors(got)


def test_a_slash_as_the_mark_and_an_extra_column_after(tmp_path):
    # '／表示不涉及' in the heading, '／' the mark, a 备注 column after the measures
    rows = [
        ["XX县人民医院院级领导廉政风险防控表"],
        ["序号", "风险点", "风险等级", "责任领导（／表示不涉及）", None, None, "防控措施", "备注"],
        [None, None, None, "院长\n訾霁棠", "副院长\n訾沄璆", "副院长\n鄢翊澜", None, None],
        [1, "药品耗材遴选中收受回扣", "Ⅰ级", None, "／", None, "遴选集体决策。", None],
        [2, "基建工程变更签证不严", "Ⅰ级", "／", None, "／", "变更经院务会研究。", "新增"],
        [3, "职称评聘暗箱操作", "Ⅱ级", None, "／", "／", "评聘结果公示。", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"])
    assert read(got) == sorted([
        ("院长", "訾霁棠", "药品耗材遴选中收受回扣", "Ⅰ级"),
        ("院长", "訾霁棠", "职称评聘暗箱操作", "Ⅱ级"),
        ("副院长", "訾沄璆", "基建工程变更签证不严", "Ⅰ级"),
        ("副院长", "鄢翊澜", "药品耗材遴选中收受回扣", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_EXCLUSION" in codes(got)
    assert not errors(got)


def test_ticks_under_the_same_columns_without_exclusion_words_hold_as_before(tmp_path):
    # the same post⏎name columns under a holders' heading, '√' and no word of exclusion: the
    # ticked rows are his (the tick rule), nothing read by exclusion
    rows = [
        ["XX县卫生健康委员会党组成员廉政风险点认领表"],
        ["序号", "廉政风险点", "风险等级", "责任岗位", None, "防控措施"],
        [None, None, None, "主任\n郦澄霁", "副主任\n蒯沛岚", None],
        [1, "医疗机构设置审批中降低标准", "一级", "√", None, "审批集体研究，结果公示。"],
        [2, "卫生监督执法中选择性执法", "二级", None, "√", "执法全过程记录。"],
        [3, "医疗设备采购指定品牌", "二级", "√", "√", "进场交易。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("主任", "郦澄霁", "医疗机构设置审批中降低标准", "Ⅰ级"),
        ("主任", "郦澄霁", "医疗设备采购指定品牌", "Ⅱ级"),
        ("副主任", "蒯沛岚", "卫生监督执法中选择性执法", "Ⅱ级"),
        ("副主任", "蒯沛岚", "医疗设备采购指定品牌", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_EXCLUSION" not in codes(got)
    assert not errors(got)


def test_an_answer_column_of_crosses_and_ticks_stays_the_answer_column(tmp_path):
    # one 是否涉及 column of '×' / '√' beside a post and a name column, a note saying '×' is
    # 不涉及: the answer column rule (a '×' row no point of his), no holder columns
    rows = [
        ["XX县医疗保障局岗位廉政风险排查表"],
        ["序号", "岗位", "姓名", "廉政风险点", "本岗位是否涉及", "风险等级", "防控措施"],
        [1, "基金监管股股长", "郗翰澄", "飞行检查走漏风声", "√", "一级", "检查名单临时抽取。"],
        [2, "基金监管股股长", "郗翰澄", "违规处理医保投诉", "×", "二级", "投诉处理登记备查。"],
        [3, "基金监管股股长", "郗翰澄", "接受定点机构宴请", "√", "三级", "签订承诺书。"],
        ["注：涉及的打“√”，不涉及的打“×”。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "A6:G6"], sheet="排查表")
    assert read(got) == sorted([
        ("基金监管股股长", "郗翰澄", "飞行检查走漏风声", "Ⅰ级"),
        ("基金监管股股长", "郗翰澄", "接受定点机构宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_EXCLUSION" not in codes(got)
    assert not errors(got)


def test_crosses_under_holders_without_exclusion_words_are_not_read_by_exclusion(tmp_path):
    # '×' under the leaders but no heading or note saying what it means: not read as exclusion
    rows = [
        ["XX县人民医院院级领导廉政风险防控表"],
        ["序号", "风险点", "风险等级", "院领导", None, "防控措施"],
        [None, None, None, "院长\n訾霁棠", "副院长\n訾沄璆", None],
        [1, "药品耗材遴选中收受回扣", "Ⅰ级", None, "×", "遴选集体决策。"],
        [2, "职称评聘暗箱操作", "Ⅱ级", "×", None, "评聘结果公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"])
    assert "HOLDERS_BY_EXCLUSION" not in codes(got)
    assert not {p for _, p, _, _ in read(got)} & {"訾霁棠", "訾沄璆"}


def test_the_new_code_is_catalogued():
    assert "HOLDERS_BY_EXCLUSION" in CATALOGUE and "HOLDERS_BY_EXCLUSION" in SHORT


def _crossed(head: str, note: str | None = None, mark: str = "×"):
    rows = [
        ["XX县农业农村局班子成员廉政风险点"],
        ["序号", "风险点", "风险等级", head, None, "防控措施"],
        [None, None, None, "局长\n蔺沐澄", "副局长\n眭霁岚", None],
        [1, "惠农补贴发放优亲厚友", "一级", mark, None, "张榜公示"],
        [2, "项目验收走过场", "一级", mark, mark, "联合验收"],
        [3, "农资抽检选择性执法", "二级", None, mark, "全程记录"],
    ]
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]
    if note:
        rows.append([note])
        merges.append(f"A{len(rows)}:F{len(rows)}")
    return rows, merges


_AS_WRITTEN = [
    ("", "", "农资抽检选择性执法", "Ⅱ级"),
    ("", "", "惠农补贴发放优亲厚友", "Ⅰ级"),
    ("", "", "项目验收走过场", "Ⅰ级"),
]


def test_what_the_hundred_and_sixth_review_found_a_legend_saying_the_cross_marks_involvement(
    tmp_path,
):
    # (1) '本人涉及的打“×”，不涉及的不打“×”', '不涉及留空、涉及打“×”', '不涉及的无需打“×”，涉及的请
    # 打“×”': the cross holds, no exclusion (each holder got exactly the wrong points); the rows as
    # before, a warning at the heading
    for k, (head, note) in enumerate(
        [
            ("班子成员（本人涉及的打“×”，不涉及的不打“×”）", None),
            ("班子成员（本人不涉及留空、涉及打“×”）", None),
            ("班子成员", "注：本人不涉及的无需打“×”，涉及的请打“×”。"),
        ]
    ):
        got = run(tmp_path / str(k), *_crossed(head, note))
        assert read(got) == _AS_WRITTEN, head
        assert "HOLDERS_BY_EXCLUSION" not in codes(got)
        assert "HOLDER_MARKS_SAID_INVOLVED" in set(
            got.issues[got.issues["severity"] == "warning"]["code"]
        ), head
        assert errors(got) == set()
    # the plain legend still reads by exclusion
    got = run(tmp_path / "plain", *_crossed("班子成员（本人不涉及的打“×”）"))
    assert read(got) == [
        ("", "", "项目验收走过场", "Ⅰ级"),  # (crossed under both: no one's)
        ("副局长", "眭霁岚", "惠农补贴发放优亲厚友", "Ⅰ级"),
        ("局长", "蔺沐澄", "农资抽检选择性执法", "Ⅱ级"),
    ]
    assert "HOLDERS_BY_EXCLUSION" in codes(got)
    assert "HOLDER_MARKS_SAID_INVOLVED" not in codes(got)
    assert "HOLDER_MARKS_SAID_INVOLVED" in CATALOGUE and "HOLDER_MARKS_SAID_INVOLVED" in SHORT


def test_what_the_hundred_and_sixth_review_found_a_note_of_the_units_points_is_no_legend(tmp_path):
    # (2) '注：表中风险点本单位不涉及的打“×”后删除。' over columns of 'X' meaning 'holds': a note of
    # the unit's points, not of the holder; the rows as before
    got = run(tmp_path, *_crossed("班子成员", "注：表中风险点本单位不涉及的打“×”后删除。", "X"))
    assert read(got) == _AS_WRITTEN
    assert "HOLDERS_BY_EXCLUSION" not in codes(got)
    assert errors(got) == set()
    # a note of the holder reads as before ('注：本人不涉及的打“×”。')
    got = run(tmp_path / "own", *_crossed("班子成员", "注：本人不涉及的打“×”。"))
    assert ("局长", "蔺沐澄", "农资抽检选择性执法", "Ⅱ级") in read(got)
    assert "HOLDERS_BY_EXCLUSION" in codes(got)


def test_legends_written_with_a_dash_or_single_quotes(tmp_path):
    # '×—本人不涉及' under the table, '（本人不涉及的画‘×’）' in the heading: the same exclusion
    for k, (head, note) in enumerate([
        ("班子成员", "注：×—本人不涉及。"),
        ("班子成员（本人不涉及的画‘×’）", None),
    ]):  # fmt: skip
        got = run(tmp_path / str(k), *_crossed(head, note))
        assert read(got) == [
            ("", "", "项目验收走过场", "Ⅰ级"),
            ("副局长", "眭霁岚", "惠农补贴发放优亲厚友", "Ⅰ级"),
            ("局长", "蔺沐澄", "农资抽检选择性执法", "Ⅱ级"),
        ], head
        assert "HOLDERS_BY_EXCLUSION" in codes(got)
