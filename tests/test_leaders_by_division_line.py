"""A leaders' list keyed only by the 科室 each row's point lies in ('序号 | 分管科室 | 廉政风险点 |
风险等级 | 防控措施', no post or name column), its leaders standing only in a prose 分工 line
('主任某某主持全面工作，分管A、B；副主任某某分管C、D'): each row's point is the leader's whose
clause names its 科室, a form a leader with no 科室; a row naming two leaders' 科室 is each one's.

Not the published batch's file (batch640: a 农贸市场服务中心 with 主任/副主任, 分管科室 and 高/中/低
in one merged line above the heading): a county library (馆长/副馆长, 联系科室, 一级/二级/三级, the
line above and a 科室 no one 分管), a 水文站 (站长/副站长, two heading rows, the line under as
'注：…', 高风险/中风险/低风险) and a 疾控中心 (主任/副主任, one clause a line in one cell, a
分管科室 column and a 风险类型 column, ★★★/★★/★), other names, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "班子"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def departments(got) -> set[str]:
    return set(got.risks["department"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_a_line_above_names_each_leaders_divisions(tmp_path):
    rows = [["XX县图书馆领导班子廉政风险点一览表"],
            ["班子成员分工：馆长　蒯澜汀：主持馆内全面工作，分管办公室、财务科；副馆长阙泠峤分管采编部、"
             "流通部；副馆长甄漪蘅分管少儿部、古籍部工作。"],
            ["序号", "联系科室", "风险点", "风险等级", "防控措施"],
            [1, "财务科", "图书采购经费支付不按合同进度", "一级", "支付凭证经馆长办公会审定。"],
            [2, "采编部", "图书采购中指定书商、收受回扣", "一级", "采购纳入县政府采购平台。"],
            [3, "流通部", "外借押金收取不入账", "二级", "押金统一由财务科开票收取。"],
            [4, "少儿部", "少儿活动赞助款物不登记", "二级", "赞助款物登记造册并公示。"],
            [5, "古籍部", "古籍修复项目委托不公开", "一级", "修复项目公开比选。"],
            [6, "办公室、流通部", "公务用车私用", "三级", "派车单审批，月底核对里程。"],
            ["填报：办公室", None, "审核：", None, "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("馆长", "蒯澜汀", "图书采购经费支付不按合同进度", "Ⅰ级"),
        ("馆长", "蒯澜汀", "公务用车私用", "Ⅲ级"),
        ("副馆长", "阙泠峤", "图书采购中指定书商、收受回扣", "Ⅰ级"),
        ("副馆长", "阙泠峤", "外借押金收取不入账", "Ⅱ级"),
        ("副馆长", "阙泠峤", "公务用车私用", "Ⅲ级"),
        ("副馆长", "甄漪蘅", "少儿活动赞助款物不登记", "Ⅱ级"),
        ("副馆长", "甄漪蘅", "古籍修复项目委托不公开", "Ⅰ级"),
    ])  # fmt: skip
    assert departments(got) == {""}  # (the 科室 is the leader's field of charge, not his own)
    assert "LEADERS_BY_DIVISION_LINE" in codes(got)
    assert "LEADER_DIVISION_UNNAMED" not in codes(got)
    no_errors(got)


def test_a_division_no_clause_names_is_said_and_stays(tmp_path):
    rows = [["XX县图书馆领导班子廉政风险点一览表"],
            ["领导分工：馆长蒯澜汀主持全面工作，分管办公室；副馆长阙泠峤分管采编部、流通部。"],
            ["序号", "分管科室", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "公务接待超标准", "二级", "接待审批单制度。"],
            [2, "采编部", "图书采购中指定书商", "一级", "采购纳入县政府采购平台。"],
            [3, "流通部", "外借押金收取不入账", "二级", "押金统一开票收取。"],
            [4, "数字资源部", "数据库采购验收走过场", "二级", "验收双人签字。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    points = read(got)
    assert ("馆长", "蒯澜汀", "公务接待超标准", "Ⅱ级") in points
    assert ("副馆长", "阙泠峤", "图书采购中指定书商", "Ⅰ级") in points
    assert ("副馆长", "阙泠峤", "外借押金收取不入账", "Ⅱ级") in points
    assert len(points) == 4
    issues = got.issues
    unnamed = issues[issues["code"] == "LEADER_DIVISION_UNNAMED"]
    assert list(unnamed["cell"]) == ["B7"] and list(unnamed["value"]) == ["数字资源部"]
    assert list(unnamed["severity"]) == ["warning"]
    no_errors(got)


def test_a_note_under_two_heading_rows_names_the_leaders(tmp_path):
    rows = [["XX水文站领导班子廉政风险防控清单"],
            ["序号", "分管科室", "廉政风险", None, "防控措施"],
            [None, None, "风险点", "风险等级", None],
            [1, "测验科", "水文测验数据受人请托改动", "高风险", "原始记录双人签字，数据系统留痕。"],
            [2, "测验科", "测站设备采购指定供应商", "中风险", "采购纳入政府采购平台。"],
            [3, "综合科", "办公用品采购虚开发票", "中风险", "采购清单月底公示。"],
            [4, "水情科", "水情信息发布前泄露", "低风险", "发布前站长审签。"],
            ["注：站长　郜渟渊　主持全站工作，分管综合科；副站长　邝岑溪　分管测验科、水情科。"],
            ["制表：综合科", None, None, None, "2025年4月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A8:E8"])
    assert read(got) == sorted([
        ("站长", "郜渟渊", "办公用品采购虚开发票", "Ⅱ级"),
        ("副站长", "邝岑溪", "水文测验数据受人请托改动", "Ⅰ级"),
        ("副站长", "邝岑溪", "测站设备采购指定供应商", "Ⅱ级"),
        ("副站长", "邝岑溪", "水情信息发布前泄露", "Ⅲ级"),
    ])  # fmt: skip
    assert departments(got) == {""}
    assert "LEADERS_BY_DIVISION_LINE" in codes(got)
    no_errors(got)


def test_one_clause_a_line_in_a_cell_over_a_division_in_charge_column(tmp_path):
    # (was a plain '科室' column: since the 98th review a plain 科室 is the rows' own, see below)
    rows = [["XX县疾病预防控制中心班子成员廉政风险排查表"],
            ["班子成员分工：\n主任　宓笙遥　主持中心全面工作，分管办公室、财务科\n"
             "副主任　庹沅汐　分管检验科、免疫规划科\n副主任　茹霁桐　分管疾病控制科"],
            ["序号", "分管科室", "廉政风险点", "风险类型", "风险等级", "防控措施"],
            [1, "财务科", "专项经费挤占挪用", "制度机制", "★★★", "专项经费专账核算。"],
            [2, "检验科", "检验试剂采购收受回扣", "岗位职责", "★★★", "试剂集中带量采购。"],
            [3, "免疫规划科", "疫苗出入库不按规定登记", "岗位职责", "★★", "疫苗追溯系统全程留痕。"],
            [4, "疾病控制科", "疫情信息迟报漏报", "岗位职责", "★", "网络直报每日核查。"],
            [5, "办公室", "公务接待超标准", "思想道德", "★★", "接待审批单制度。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("主任", "宓笙遥", "专项经费挤占挪用", "Ⅰ级"),
        ("主任", "宓笙遥", "公务接待超标准", "Ⅱ级"),
        ("副主任", "庹沅汐", "检验试剂采购收受回扣", "Ⅰ级"),
        ("副主任", "庹沅汐", "疫苗出入库不按规定登记", "Ⅱ级"),
        ("副主任", "茹霁桐", "疫情信息迟报漏报", "Ⅲ级"),
    ])  # fmt: skip
    assert departments(got) == {""}
    assert "LEADERS_BY_DIVISION_LINE" in codes(got)
    no_errors(got)


def test_a_list_with_its_own_leaders_column_is_read_as_before(tmp_path):
    rows = [["XX县图书馆廉政风险点一览表"],
            ["班子成员分工：馆长蒯澜汀主持全面工作，分管办公室；副馆长阙泠峤分管采编部、流通部。"],
            ["序号", "分管科室", "风险点", "风险等级", "防控措施", "分管领导"],
            [1, "办公室", "公务接待超标准", "二级", "接待审批单制度。", "蒯澜汀"],
            [2, "采编部", "图书采购中指定书商", "一级", "采购纳入县政府采购平台。", "阙泠峤"],
            [3, "流通部", "外借押金收取不入账", "二级", "押金统一开票收取。", "阙泠峤"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert "LEADERS_BY_DIVISION_LINE" not in codes(got)
    assert read(got) == sorted([  # (the column's names, as before; no line read over them)
        ("", "蒯澜汀", "公务接待超标准", "Ⅱ级"),
        ("", "阙泠峤", "图书采购中指定书商", "Ⅰ级"),
        ("", "阙泠峤", "外借押金收取不入账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_line_over_a_list_naming_its_holders_is_read_as_before(tmp_path):
    rows = [["XX水文站廉政风险防控清单"],
            ["领导分工：站长郜渟渊主持全站工作，分管综合科；副站长邝岑溪分管测验科、水情科。"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "测验科", "科长", "殳沐阳", "水文测验数据受人请托改动", "高风险", "原始记录双人签字。"],
            [2, "综合科", "会计", "禚星遥", "办公用品采购虚开发票", "中风险", "采购清单月底公示。"],
            [3, "水情科", "科员", "谯岚汐", "水情信息发布前泄露", "低风险", "发布前站长审签。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:G2"])
    assert read(got) == sorted([
        ("科长", "殳沐阳", "水文测验数据受人请托改动", "Ⅰ级"),
        ("会计", "禚星遥", "办公用品采购虚开发票", "Ⅱ级"),
        ("科员", "谯岚汐", "水情信息发布前泄露", "Ⅲ级"),
    ])  # fmt: skip
    assert departments(got) == {"测验科", "综合科", "水情科"}
    assert "LEADERS_BY_DIVISION_LINE" not in codes(got)
    no_errors(got)


def test_a_line_of_other_divisions_leaves_the_list_as_it_was(tmp_path):
    rows = [["XX县图书馆科室廉政风险点一览表"],
            ["班子成员分工：馆长蒯澜汀主持全面工作，分管人事、党建工作；副馆长阙泠峤分管安全生产。"],
            ["序号", "科室", "风险点", "风险等级", "防控措施"],
            [1, "采编部", "图书采购中指定书商", "一级", "采购纳入县政府采购平台。"],
            [2, "流通部", "外借押金收取不入账", "二级", "押金统一开票收取。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert "LEADERS_BY_DIVISION_LINE" not in codes(got)
    assert not any(got.risks["person"]) and not any(got.risks["title"])
    assert departments(got) == {"采编部", "流通部"}
    no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("LEADERS_BY_DIVISION_LINE", "LEADER_DIVISION_UNNAMED"):
        assert code in CATALOGUE and code in SHORT


LIBRARY_LINE = "领导分工：馆长蒯澜汀主持全面工作，分管办公室；副馆长阙泠峤分管采编部、流通部。"
LIBRARY_ROWS = [[1, "办公室", "公务接待超标准", "二级", "审批。"],
                [2, "采编部", "图书采购收受回扣", "一级", "平台采购。"],
                [3, "流通部", "外借押金不入账", "二级", "开票。"]]  # fmt: skip


def test_what_the_ninety_eighth_review_found_a_plain_keshi_column_is_the_rows_own(tmp_path):
    for title in ("XX县图书馆各科室廉政风险点一览表", "XX县图书馆领导班子廉政风险点一览表"):
        rows = [[title], [LIBRARY_LINE], ["序号", "科室", "风险点", "风险等级", "防控措施"],
                *LIBRARY_ROWS]  # fmt: skip
        got = run(tmp_path / title, rows, ["A1:E1", "A2:E2"])
        assert read(got) == sorted([  # (as before the rule: the 科室's own points)
            ("", "", "公务接待超标准", "Ⅱ级"),
            ("", "", "图书采购收受回扣", "Ⅰ级"),
            ("", "", "外借押金不入账", "Ⅱ级"),
        ])  # fmt: skip
        assert departments(got) == {"办公室", "采编部", "流通部"}
        assert not codes(got) & {"LEADERS_BY_DIVISION_LINE", "FORM_DUPLICATE"}
        no_errors(got)


def test_what_the_ninety_eighth_review_found_forms_split_by_keshi_are_one_per_leader(
    tmp_path, monkeypatch
):
    # whatever the gate: a table read as a form per 科室 (here by letting a plain '科室' in) gives
    # one form per leader, not one per 科室 of his, and no FORM_DUPLICATE against itself
    import xlproc.collect as collect
    from xlproc.text import LazyRe

    monkeypatch.setattr(collect, "_CHARGE_HEAD", LazyRe(r"^(?:分管|联系)?(?:科室)$"))
    rows = [["XX县图书馆各科室廉政风险点一览表"], [LIBRARY_LINE],
            ["序号", "科室", "风险点", "风险等级", "防控措施"], *LIBRARY_ROWS]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("馆长", "蒯澜汀", "公务接待超标准", "Ⅱ级"),
        ("副馆长", "阙泠峤", "图书采购收受回扣", "Ⅰ级"),
        ("副馆长", "阙泠峤", "外借押金不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert "FORM_DUPLICATE" not in codes(got)
    no_errors(got)


def test_what_the_ninety_eighth_review_found_the_name_before_the_post(tmp_path):
    rows = [["XX县图书馆领导班子廉政风险点一览表"],
            ["领导分工：蒯澜汀馆长主持全面工作，分管办公室；阙泠峤副馆长分管采编部、流通部。"],
            ["序号", "分管科室", "风险点", "风险等级", "防控措施"], *LIBRARY_ROWS]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("馆长", "蒯澜汀", "公务接待超标准", "Ⅱ级"),
        ("副馆长", "阙泠峤", "图书采购收受回扣", "Ⅰ级"),
        ("副馆长", "阙泠峤", "外借押金不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert departments(got) == {""}
    assert "LEADERS_BY_DIVISION_LINE" in codes(got)
    no_errors(got)


def test_what_the_ninety_eighth_review_found_the_whole_is_the_one_who_presides(tmp_path):
    rows = [["XX县图书馆领导班子廉政风险点一览表"],
            ["班子成员分工：馆长蒯澜汀主持馆内全面工作，分管办公室、财务科；副馆长阙泠峤协助馆长分管"
             "财务科，分管采编部。"],
            ["序号", "分管科室", "风险点", "风险等级", "防控措施"],
            [1, "财务科", "经费支付不按合同进度", "一级", "审定。"],
            [2, "采编部", "图书采购收受回扣", "一级", "平台采购。"],
            [3, "全局", "干部选拔任用不规范", "一级", "集体研究。"],
            [4, "全面工作", "重大事项不经集体研究", "一级", "议事规则。"],
            [5, "办公室", "公务接待超标准", "二级", "审批。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("馆长", "蒯澜汀", "经费支付不按合同进度", "Ⅰ级"),
        ("副馆长", "阙泠峤", "经费支付不按合同进度", "Ⅰ级"),
        ("副馆长", "阙泠峤", "图书采购收受回扣", "Ⅰ级"),
        ("馆长", "蒯澜汀", "干部选拔任用不规范", "Ⅰ级"),
        ("馆长", "蒯澜汀", "重大事项不经集体研究", "Ⅰ级"),
        ("馆长", "蒯澜汀", "公务接待超标准", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEADER_DIVISION_UNNAMED" not in codes(got)
    no_errors(got)


def test_what_the_ninety_eighth_review_found_the_whole_with_no_one_presiding_is_said(tmp_path):
    rows = [["XX县图书馆领导班子廉政风险点一览表"],
            ["领导分工：副馆长甄漪蘅分管办公室；副馆长阙泠峤分管采编部、流通部。"],
            ["序号", "分管科室", "风险点", "风险等级", "防控措施"],
            *LIBRARY_ROWS, [4, "全局", "干部选拔任用不规范", "一级", "集体研究。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("副馆长", "甄漪蘅", "公务接待超标准", "Ⅱ级"),
        ("副馆长", "阙泠峤", "图书采购收受回扣", "Ⅰ级"),
        ("副馆长", "阙泠峤", "外借押金不入账", "Ⅱ级"),
        ("", "", "干部选拔任用不规范", "Ⅰ级"),
    ])  # fmt: skip
    unnamed = got.issues[got.issues["code"] == "LEADER_DIVISION_UNNAMED"]
    assert list(unnamed["message"].str.contains("B7")) == [True]
    no_errors(got)
