"""A holders' cell of lines labelled by their share of the row's point: the lead line
('主责：主任　鄂某某', '牵头：', '主办：', '第一责任人：') names the row's holder — his 科室, post and
name as any holder's cell is read — and the assisting lines ('协责：', '配合：', '协办：', '协助：',
'参与：') name no holder, as a 配合岗位 column names none. A cell with no lead line is read as
written, with a warning at it; the column gets one info issue.

Not the published batch's list (a 移民事务服务中心's 责任清单 with ``主责：`` over ``协责：``, 高/中/低):
a 林业和草原局's and its 林场's lists, other posts and names, the labels 牵头/配合, 主办/协办 and
第一责任人/参与, levels 一级/二级/三级, Ⅰ/Ⅱ/Ⅲ and ★, one or two heading rows, a 科室 column beside
the holder's or none, a watcher's line among the labelled ones and a 备注 column, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. Cells that look a
bit alike but are not this shape (a 直接责任人 over a 领导责任人, a team's 牵头人 over its 协助人)
read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

G = "\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"责任清单": rows}, {"责任清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["person"], r["department"], strict=True))


def codes(got, severity: str | None = None) -> list[str]:
    i = got.issues
    if severity is not None:
        i = i[i["severity"] == severity]
    return list(i["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# one heading row, 牵头/配合, the 科室 written on the lead line, a 备注 column after the holders'
ONE_ROW = [
    ["XX县林业和草原局廉政风险点及防控责任清单"],
    ["序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任人", "备注"],
    [1, "林木采伐许可", "超限额、超范围核发采伐许可证", "一级", "采伐指标网上公示，股室会审。",
     f"牵头：营林股{G}股长{G}仉沐宸\n配合：营林股{G}技术员{G}伏澜清", ""],
    [2, "林木采伐许可", "伐区验收不到现场", "二级", "验收两人以上，留存影像。",
     f"牵头：资源股{G}技术员{G}伏澜清\n配合：营林股{G}股长{G}仉沐宸\n配合：办公室{G}科员{G}卞若岚", ""],
    [3, "生态护林员管理", "护林员选聘优亲厚友", "一级", "选聘结果在村公示七日。",
     f"牵头：副局长{G}郦云舒\n配合：资源股{G}技术员{G}伏澜清", "新增"],
    [4, "财务管理", "造林补助资金拨付不及时、截留", "三级", "补助资金直达农户一卡通。",
     f"牵头：办公室{G}会计{G}苗婧妍", ""],
    ["注：“牵头”为该风险点的责任人，“配合”为协助落实措施的人员。"],
]  # fmt: skip


def test_the_lead_line_holds_the_row_its_dept_post_and_name(tmp_path):
    got = run(tmp_path, ONE_ROW, ["A1:G1", "A7:G7"])
    assert read(got) == sorted([
        ("股长", "仉沐宸", "超限额、超范围核发采伐许可证", "Ⅰ级"),
        ("技术员", "伏澜清", "伐区验收不到现场", "Ⅱ级"),
        ("副局长", "郦云舒", "护林员选聘优亲厚友", "Ⅰ级"),
        ("会计", "苗婧妍", "造林补助资金拨付不及时、截留", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {"仉沐宸": "营林股", "伏澜清": "资源股", "郦云舒": "", "苗婧妍": "办公室"}
    no_errors(got)
    assert codes(got).count("HOLDER_BY_LEAD_LINE") == 1
    assert "HOLDER_NO_LEAD_LINE" not in codes(got)
    assert "卞若岚" not in set(got.risks["person"])  # (配合 only: no holder)


# two heading rows ('防控责任' over '责任科室 | 责任人'), 主办/协办/协助, the lead line a post and a
# name beside the 科室 column, a watcher's line among them, 高/中/低
TWO_ROWS = [
    ["XX县国有林场廉洁风险防控清单"],
    ["序号", "风险点", "风险等级", "防控措施", "防控责任", None],
    [None, None, None, None, "责任科室", "责任人"],
    [1, "木材销售不公开竞价，低价处置", "高", "木材销售一律进场交易。", "经营科",
     f"主办：科长{G}宓知远\n协办：统计员{G}闫书瑶\n监督：纪检员{G}柏思源"],
    [2, "苗圃用工虚报人数套取劳务费", "中", "用工实名登记，工资直发。", "经营科",
     f"主办：统计员{G}闫书瑶\n协助：科长{G}宓知远"],
    [3, "公务用车私用", "低", "派车单登记，节假日封存。", "综合办",
     f"主办：主任{G}蓝启航\n协办：驾驶员{G}卞若岚"],
]  # fmt: skip


def test_two_heading_rows_the_dept_from_its_column_a_watchers_line_none(tmp_path):
    got = run(tmp_path, TWO_ROWS, ["A1:F1", "E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"])
    assert read(got) == sorted([
        ("科长", "宓知远", "木材销售不公开竞价，低价处置", "Ⅰ级"),
        ("统计员", "闫书瑶", "苗圃用工虚报人数套取劳务费", "Ⅱ级"),
        ("主任", "蓝启航", "公务用车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {"宓知远": "经营科", "闫书瑶": "经营科", "蓝启航": "综合办"}
    no_errors(got)
    assert codes(got).count("HOLDER_BY_LEAD_LINE") == 1


# a 岗位 column, the labelled lines bare names (第一责任人/参与), ★ levels; one cell leads no one
NAMES_ONLY = [
    ["XX县林业和草原局森林防火站廉政风险排查表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人员"],
    [1, "站长", "防火物资采购不比价", "★★★", "物资采购三家比价，集体研究。", "第一责任人：柏思源\n参与：蓝启航"],
    [2, "防火专干", "防火检查走过场，隐患不整改", "★★", "检查留痕，隐患限期销号。", "第一责任人：蓝启航\n参与：柏思源"],
    [3, "防火专干", "扑火补助发放不公开", "★", "补助名单公示。", "参与：蓝启航"],
]  # fmt: skip


def test_bare_names_the_post_from_its_column_a_cell_without_lead_warned(tmp_path):
    got = run(tmp_path, NAMES_ONLY, ["A1:F1"])
    # the two first rows their lead lines' holders' only (no copy for the 参与 one); the third,
    # no lead line, read as written ('参与：蓝启航': his name) and warned
    assert read(got) == sorted([
        ("站长", "柏思源", "防火物资采购不比价", "Ⅰ级"),
        ("防火专干", "蓝启航", "防火检查走过场，隐患不整改", "Ⅱ级"),
        ("防火专干", "蓝启航", "扑火补助发放不公开", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDER_BY_LEAD_LINE") == 1
    i = got.issues
    warned = i[i["code"] == "HOLDER_NO_LEAD_LINE"]
    assert list(warned["cell"]) == ["F5"] and list(warned["severity"]) == ["warning"]


# not this shape: a 直接责任人 over a 领导责任人 (who watches), as before
WATCHED = [
    ["XX县林业和草原局廉政风险点登记表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人"],
    [1, "股长", "林地征占用审核把关不严", "一级", "现场查验，集体审议。", "直接责任人：仉沐宸\n领导责任人：郦云舒"],
    [2, "会计", "报销票据审核不严", "二级", "票据三审。", "直接责任人：苗婧妍\n领导责任人：郦云舒"],
]  # fmt: skip


def test_a_direct_holder_over_a_watching_leader_reads_as_before(tmp_path):
    got = run(tmp_path, WATCHED, ["A1:F1"])
    assert read(got) == sorted([
        ("股长", "仉沐宸", "林地征占用审核把关不严", "Ⅰ级"),
        ("会计", "苗婧妍", "报销票据审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_LEAD_LINE" not in codes(got)


# not this shape: a team's cell, its 牵头人 over its 协助人 (``_team_head``), as before
TEAM = [
    ["XX县林业和草原局执法大队廉政风险防控表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人"],
    [1, "中队长", "案件查处随意减轻处罚", "一级", "处罚案件集体讨论。", "牵头人：宓知远\n协助人：闫书瑶、卞若岚"],
    [2, "执法员", "执法检查吃拿卡要", "二级", "两人执法，全程记录。", "牵头人：闫书瑶\n协助人：卞若岚"],
]  # fmt: skip


def test_a_teams_head_over_its_helpers_reads_as_before(tmp_path):
    got = run(tmp_path, TEAM, ["A1:F1"])
    assert read(got) == sorted([
        ("中队长", "宓知远", "案件查处随意减轻处罚", "Ⅰ级"),
        ("执法员", "闫书瑶", "执法检查吃拿卡要", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_TEAM_HEAD" in codes(got)
    assert "HOLDER_BY_LEAD_LINE" not in codes(got)


# not this shape: plain holders' cells beside a 配合人员 column, as before
PLAIN = [
    ["XX县林业和草原局廉政风险防控责任表"],
    ["序号", "廉政风险点", "风险等级", "防控措施", "责任人", "配合人员"],
    [1, "种苗质量抽检弄虚作假", "一级", "抽检双人双签。", f"营林股{G}股长{G}仉沐宸", f"营林股{G}技术员{G}伏澜清"],
    [2, "退耕还林验收不实", "二级", "验收结果公示。", f"资源股{G}技术员{G}伏澜清", f"营林股{G}股长{G}仉沐宸"],
]  # fmt: skip


def test_plain_holders_beside_a_helpers_column_read_as_before(tmp_path):
    got = run(tmp_path, PLAIN, ["A1:F1"])
    assert read(got) == sorted([
        ("营林股股长", "仉沐宸", "种苗质量抽检弄虚作假", "Ⅰ级"),
        ("资源股技术员", "伏澜清", "退耕还林验收不实", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_LEAD_LINE" not in codes(got)


def test_the_codes_are_catalogued():
    assert CATALOGUE["HOLDER_BY_LEAD_LINE"][0] == "info" and SHORT["HOLDER_BY_LEAD_LINE"]
    assert CATALOGUE["HOLDER_NO_LEAD_LINE"][0] == "warning" and SHORT["HOLDER_NO_LEAD_LINE"]


# not this shape: the labelled lines name 科室 only, no one ('主责：营林股⏎配合：资源股'), as before
DEPTS_ONLY = [
    ["XX县林业和草原局廉政风险防控责任分工表"],
    ["序号", "廉政风险点", "风险等级", "防控措施", "责任人"],
    [1, "林权登记审核不严", "一级", "材料双人审核。", "主责：营林股\n配合：资源股"],
    [2, "项目资金拨付不及时", "二级", "资金按进度拨付。", "主责：办公室\n配合：营林股"],
]  # fmt: skip


def test_lines_labelled_over_departments_only_read_as_before(tmp_path):
    got = run(tmp_path, DEPTS_ONLY, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "林权登记审核不严", "Ⅰ级"),
        ("", "", "项目资金拨付不及时", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_LEAD_LINE" not in codes(got)


def _held(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


# the 113th review's rows: a 林业和草原局's list, a 责任人 column, the points one a row
_REVIEW_HEAD = ["序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任人"]
_REVIEW_POINTS = [("超限额核发采伐许可证", "一级"), ("补助资金截留", "二级"),
                  ("伐区验收不到现场", "三级"), ("护林员选聘优亲厚友", "一级")]  # fmt: skip


def _review(tmp_path: Path, cells: list[str]):
    rows = [["XX县林业和草原局廉政风险点及防控责任清单"], _REVIEW_HEAD]
    for i, cell in enumerate(cells):
        point, level = _REVIEW_POINTS[i]
        rows.append([i + 1, "事项", point, level, "公示。", cell])
    return run(tmp_path, rows, ["A1:F1"])


def test_what_the_hundred_and_thirteenth_review_found_a_lead_dept_is_no_name(tmp_path):
    # '主责科室：营林股⏎配合科室：资源股' beside a lead line naming a holder: the 科室 is the
    # row's 科室, never a person
    got = _review(tmp_path, ["主责科室：营林股\n配合科室：资源股", "主责科室：办公室\n配合科室：财务股",
                             f"主责：办公室{G}会计{G}苗婧妍\n配合：财务股"])  # fmt: skip
    assert _held(got) == sorted([
        ("营林股", "", "", "超限额核发采伐许可证", "Ⅰ级"),
        ("办公室", "", "", "补助资金截留", "Ⅱ级"),
        ("办公室", "会计", "苗婧妍", "伐区验收不到现场", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got).count("HOLDER_BY_LEAD_LINE") == 1
    no_errors(got)


def test_what_the_hundred_and_thirteenth_review_found_a_labelled_cell_among_others(tmp_path):
    # (a) one labelled cell among plain names: read by its lead line, its helper no holder and
    # no label in the post
    got = _review(
        tmp_path, ["仉沐宸", f"主责：股长{G}仉沐宸\n配合：技术员{G}伏澜清", "苗婧妍", "伏澜清"]
    )
    assert _held(got) == sorted([
        ("", "", "仉沐宸", "超限额核发采伐许可证", "Ⅰ级"),
        ("", "股长", "仉沐宸", "补助资金截留", "Ⅱ级"),
        ("", "", "苗婧妍", "伐区验收不到现场", "Ⅲ级"),
        ("", "", "伏澜清", "护林员选聘优亲厚友", "Ⅰ级"),
    ])  # fmt: skip
    assert codes(got).count("HOLDER_BY_LEAD_LINE") == 1
    no_errors(got)
    # (b) lead lines naming posts only: the lead's post, no person, no label in it
    got = _review(tmp_path / "posts", ["主责：局长\n配合：股长", "主责：副局长\n配合：会计",
                                       f"主责：股长{G}仉沐宸\n配合：技术员{G}伏澜清"])  # fmt: skip
    assert _held(got) == sorted([
        ("", "局长", "", "超限额核发采伐许可证", "Ⅰ级"),
        ("", "副局长", "", "补助资金截留", "Ⅱ级"),
        ("", "股长", "仉沐宸", "伐区验收不到现场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
