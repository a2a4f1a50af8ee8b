"""No level column: each row names who supervises or approves its point (``监督责任人`` '局长 某某',
``审批层级`` '分管领导审批'), and a note under the table gives each of those posts a grade ('局长监督的
为高风险', '一级：主要负责人监督'): the row's level is its cell's grade; a cell whose post the note
does not grade has no level (LEVEL_BLANK, as before). The supervisors are no holders.

Not the published batch's table (a 旗医疗保障局 with 股室 / 监督责任人 '局长 某某' / '副局长 某某' and a
note '由局长直接监督的为一级风险点…由股室负责人（办公室主任）监督的为三级风险点'): a county's
市场监督管理局, 水利局 and 林业和草原局, other posts, names and level words, the post and the name
glued or split by a colon, the grades by 主要 / 分管 / 科室负责人, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "LEVEL_BY_SUPERVISOR_NOTE"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "防控表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def said(got) -> list[dict]:
    issues = got.issues
    return issues[issues["code"] == CODE].to_dict("records")


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT


def test_supervisor_post_and_name_graded_high_middle_low(tmp_path):
    # one heading row, the post and the name glued or split by a colon, 高/中/低 in the note
    rows = [["XX县市场监督管理局岗位廉政风险防控表"],
            ["科室", "岗位", "姓名", "廉政风险点", "防控措施", "监督责任人"],
            ["局领导", "副局长", "宓澜汐", "干预特种设备检验结论", "检验结论由检验机构独立出具。", "局长：樊沐霖"],
            ["食品安全股", "股长", "鄢晴川", "抽检时提前告知被检企业", "抽检计划保密，随机抽取。", "副局长宓澜汐"],
            ["食品安全股", "股长", "鄢晴川", "对不合格食品处置不到位", "处置结果局务会审定。", "局长：樊沐霖"],
            ["食品安全股", "科员", "郜若溪", "收受餐饮商户土特产", "签订廉洁承诺书。", "股长：鄢晴川"],
            ["注：风险等级依监督责任人职务确定，局长监督的为高风险，副局长监督的为中风险，股长监督的为低风险。"],
            ["制表：办公室", None, "审核：", None, "2025年8月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("副局长", "宓澜汐", "干预特种设备检验结论", "Ⅰ级"),
        ("股长", "鄢晴川", "抽检时提前告知被检企业", "Ⅱ级"),
        ("股长", "鄢晴川", "对不合格食品处置不到位", "Ⅰ级"),
        ("科员", "郜若溪", "收受餐饮商户土特产", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    info = said(got)
    assert len(info) == 1 and info[0]["severity"] == "info"
    assert "监督责任人" in info[0]["message"] and "A7" in info[0]["message"]
    assert "樊沐霖" not in set(got.risks["person"])  # (the supervisor holds nothing here)


def test_approval_tier_column_under_two_heading_rows(tmp_path):
    # 审批层级 '局长审批 / 分管领导审批 / 科长审批', a note '…审批事项为高风险', two heading rows
    rows = [["XX县水利局廉政风险点排查表"],
            ["序号", "责任岗位", None, "风险点", "防控措施", "审批层级", "备注"],
            [None, "岗位", "姓名", None, None, None, None],
            [1, "水资源股股长", "隗澄宇", "取水许可审查降低标准", "许可材料集体会审。", "局长审批", None],
            [2, "水资源股股长", "隗澄宇", "水资源费减免不按规定", "减免事项公示。", "分管领导审批", None],
            [3, "工程股科员", "滕沁雪", "工程计量签证弄虚作假", "计量双人复核。", "科长审批", "新增"],
            [4, "工程股科员", "滕沁雪", "质量检测委托指定单位", "检测单位比选产生。", "分管领导审批", None],
            ["注：局长审批事项为高风险；分管领导审批事项为中风险；科长审批事项为低风险。"]]  # fmt: skip
    got = run(
        tmp_path, rows, ["A1:G1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "A8:G8"]
    )
    assert read(got) == sorted([
        ("水资源股股长", "隗澄宇", "取水许可审查降低标准", "Ⅰ级"),
        ("水资源股股长", "隗澄宇", "水资源费减免不按规定", "Ⅱ级"),
        ("工程股科员", "滕沁雪", "工程计量签证弄虚作假", "Ⅲ级"),
        ("工程股科员", "滕沁雪", "质量检测委托指定单位", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert len(said(got)) == 1


def test_one_sentence_grading_principal_deputy_and_section_heads(tmp_path):
    # '一级：主要负责人监督；二级：分管负责人监督；三级：科室负责人监督': the cells name the posts
    # ('局长', '副局长', '科长'), the note the kinds of head
    rows = [["XX县林业和草原局岗位廉政风险分级防控一览表"],
            ["岗位", "姓名", "廉政风险点", "防控措施", "监督人"],
            ["副局长", "骞峤岚", "林地征占用审核把关不严", "审核意见局党组会研究。", "局长 宁霁松"],
            ["造林科科长", "阙芷汀", "造林补助验收虚报面积", "验收实地核查，结果公示。", "副局长 骞峤岚"],
            ["造林科科员", "芮聿珩", "苗木采购中收受供应商好处", "采购集中招标。", "造林科科长 阙芷汀"],
            ["造林科科员", "芮聿珩", "伪造验收记录", "验收资料双人签字。", "副局长 骞峤岚"],
            ["注：风险等级划分为一级：主要负责人监督；二级：分管负责人监督；三级：科室负责人监督。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("副局长", "骞峤岚", "林地征占用审核把关不严", "Ⅰ级"),
        ("造林科科长", "阙芷汀", "造林补助验收虚报面积", "Ⅱ级"),
        ("造林科科员", "芮聿珩", "苗木采购中收受供应商好处", "Ⅲ级"),
        ("造林科科员", "芮聿珩", "伪造验收记录", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert len(said(got)) == 1


def test_a_supervisor_the_note_does_not_grade_has_no_level(tmp_path):
    rows = [["XX县市场监督管理局岗位廉政风险防控表"],
            ["岗位", "姓名", "廉政风险点", "防控措施", "监督责任人"],
            ["股长", "鄢晴川", "抽检时提前告知被检企业", "抽检计划保密。", "副局长 宓澜汐"],
            ["股长", "鄢晴川", "对不合格食品处置不到位", "处置结果局务会审定。", "局长 樊沐霖"],
            ["科员", "郜若溪", "收受餐饮商户土特产", "签订廉洁承诺书。", "纪检组长 甄予墨"],
            ["注：局长监督的为一级风险，副局长监督的为二级风险。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == sorted([
        ("股长", "鄢晴川", "抽检时提前告知被检企业", "Ⅱ级"),
        ("股长", "鄢晴川", "对不合格食品处置不到位", "Ⅰ级"),
        ("科员", "郜若溪", "收受餐饮商户土特产", ""),
    ])  # fmt: skip
    assert [e["cell"] for e in errors(got) if e["code"] == "LEVEL_BLANK"] == ["E5"]
    assert len(said(got)) == 1


def test_a_level_column_of_its_own_is_read_as_before(tmp_path):
    # a 风险等级 column beside the 监督责任人 one (and the same kind of note): the column's levels
    rows = [["XX县水利局岗位廉政风险防控表"],
            ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "监督责任人"],
            ["水资源股股长", "隗澄宇", "取水许可审查降低标准", "二级", "许可材料集体会审。", "局长 蒯澹宁"],
            ["工程股科员", "滕沁雪", "工程计量签证弄虚作假", "三级", "计量双人复核。", "副局长 晏沛霖"],
            ["注：局长监督的为一级风险，副局长监督的为二级风险。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert read(got) == sorted([
        ("水资源股股长", "隗澄宇", "取水许可审查降低标准", "Ⅱ级"),
        ("工程股科员", "滕沁雪", "工程计量签证弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert not said(got)


def test_a_note_on_supervisors_with_no_grades_gives_no_level(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险防控表"],
            ["岗位", "姓名", "廉政风险点", "防控措施", "监督责任人"],
            ["造林科科长", "阙芷汀", "造林补助验收虚报面积", "验收实地核查。", "副局长 骞峤岚"],
            ["造林科科员", "芮聿珩", "伪造验收记录", "验收资料双人签字。", "造林科科长 阙芷汀"],
            ["注：监督责任人由局长监督分管副局长、分管副局长监督科室负责人，逐级落实监督责任。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("造林科科长", "阙芷汀", "造林补助验收虚报面积", ""),
        ("造林科科员", "芮聿珩", "伪造验收记录", ""),
    ])  # fmt: skip
    assert not said(got)
    assert {e["code"] for e in errors(got)} == {"LEVEL_BLANK"}
