"""A list that has its own level column, sent back after review with a note under it CHANGING
the levels of the rows it numbers ('复核意见：序号3由中风险上调为高风险', '2—4项改为三级',
'第1项、第5项应为一级') while the level cells were not retyped: the note is the later word, so
those rows take its level (info LEVEL_CHANGED_BY_NOTE, old → new); a number naming no row is a
warning at the note's cell (LEVEL_CHANGE_UNMATCHED). A note with no change verb ('第2项为一级'),
a count ('其中2项调整为…'), a change of something else ('第3项防控措施调整为…') or a list with no
level column reads as before.

Not the published batch's list (a 人工影响天气办公室 with 一级/二级/三级 and a 纪检组's
'审核意见：…第2项风险等级调整为一级，第5、7项调整为三级'): a county's 水务局 and 乡镇 bodies,
other posts and names, 高/中/低风险, ★, ticked level columns and Ⅰ/Ⅱ/Ⅲ级, one or two heading
rows, post and name in one cell, an extra type column, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
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


WATER = [
    ["XX县水务局岗位廉政风险点排查一览表"],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "蒯澜汐", "水利工程招标中打招呼、定中标人", "高风险", "招标全程进交易平台"],
    [2, "局领导", "局长", "蒯澜汐", "河道采砂许可违规审批", "中风险", "采砂许可集体研究"],
    [3, "水政监察大队", "大队长", "戚朗澈", "查处非法采砂选择性执法", "中风险", "执法全程记录"],
    [4, "水政监察大队", "大队长", "戚朗澈", "罚没款不及时上缴", "低风险", "罚没款直缴财政"],
    [5, "供水股", "股长", "郝沁予", "农村供水工程验收走过场", "中风险", "验收邀请群众代表参加"],
    [6, "供水股", "股长", "郝沁予", "水费减免不按规定审批", "中风险", "减免事项公示"],
]  # fmt: skip
# (股室, 岗位 and 姓名 merged down each holder's two rows)
WATER_MERGES = ["A1:G1"] + [f"{c}{r}:{c}{r + 1}" for r in (3, 5, 7) for c in "BCD"]

WANT_BEFORE = [
    ("局长", "蒯澜汐", "水利工程招标中打招呼、定中标人", "Ⅰ级"),
    ("局长", "蒯澜汐", "河道采砂许可违规审批", "Ⅱ级"),
    ("大队长", "戚朗澈", "查处非法采砂选择性执法", "Ⅱ级"),
    ("大队长", "戚朗澈", "罚没款不及时上缴", "Ⅲ级"),
    ("股长", "郝沁予", "农村供水工程验收走过场", "Ⅱ级"),
    ("股长", "郝沁予", "水费减免不按规定审批", "Ⅱ级"),
]


def test_a_review_note_by_number_up_and_down_overrides_the_cells(tmp_path):
    # '序号3由中风险上调为高风险；序号6下调为低风险' in a merged 复核意见 block, a 复核人 line
    rows = WATER + [
        [],
        ["复核意见", "经局党组复核：序号3由中风险上调为高风险；序号6下调为低风险，其余同意。"],
        ["复核人：", None, "局纪检组", None, None, "2025年8月1日"],
    ]
    got = run(tmp_path, rows, WATER_MERGES + ["B10:G10"])
    want = dict(((p, lv) for _, _, p, lv in WANT_BEFORE))
    want["查处非法采砂选择性执法"] = "Ⅰ级"
    want["水费减免不按规定审批"] = "Ⅲ级"
    assert read(got) == sorted((t, n, p, want[p]) for t, n, p, _ in WANT_BEFORE)
    said = got.issues[got.issues["code"] == "LEVEL_CHANGED_BY_NOTE"]
    assert list(said["cell"]) == ["B10"]
    assert said["value"].iloc[0] == "第3项:Ⅱ级→Ⅰ级;第6项:Ⅱ级→Ⅲ级"
    assert "LEVEL_CHANGE_UNMATCHED" not in codes(got)
    assert not errors(got)


def test_post_and_name_in_one_cell_stars_and_a_range_without_its_di(tmp_path):
    # one cell '岗位及姓名' ('站长⏎柏星遥'), levels '★★★/★★/★', a note '2—4项改为低风险' with no 第
    # (the note in words, the cells in stars)
    rows = [
        ["XX镇农业综合服务站廉政风险防控一览表"],
        ["序号", "岗位及姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "站长\n柏星遥", "惠农补贴发放优亲厚友", "★★★", "补贴名单村内公示"],
        [2, "站长\n柏星遥", "农机购置补贴审核不严", "★★", "补贴审核双人签字"],
        [3, "会计\n隗若岚", "专项资金挪作他用", "★★", "资金专户管理"],
        [4, "会计\n隗若岚", "报销票据审核不严", "★★", "报销经站长审签"],
        [5, "技术员\n廉昭宁", "良种推广指定供应商", "★★", "良种统一采购"],
        ["注：★★★为高风险，★★为中风险，★为低风险。"],
        ["审定意见：2—4项改为低风险，其余维持。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A8:E8", "A9:E9"])
    assert read(got) == sorted([
        ("站长", "柏星遥", "惠农补贴发放优亲厚友", "Ⅰ级"),
        ("站长", "柏星遥", "农机购置补贴审核不严", "Ⅲ级"),
        ("会计", "隗若岚", "专项资金挪作他用", "Ⅲ级"),
        ("会计", "隗若岚", "报销票据审核不严", "Ⅲ级"),
        ("技术员", "廉昭宁", "良种推广指定供应商", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_CHANGED_BY_NOTE"]
    assert said["value"].iloc[0] == "第2项:Ⅱ级→Ⅲ级;第3项:Ⅱ级→Ⅲ级;第4项:Ⅱ级→Ⅲ级"
    assert not errors(got)


def test_two_heading_rows_a_type_column_and_a_number_naming_no_row(tmp_path):
    # '风险评估' over '风险类型 | 风险等级', Ⅰ/Ⅱ/Ⅲ级; '第1项、第5项应为Ⅰ级；第9项调整为Ⅱ级':
    # rows 1 and 5 change, 9 names no row (a warning at the note's cell, the rest still read)
    rows = [
        ["XX县水文站岗位廉政风险等级表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险评估", None, "防控措施"],
        [None, None, None, None, None, "风险类型", "风险等级", None],
        [1, "测验科", "科长", "宓雨桐", "测站建设项目验收不严", "制度机制", "Ⅱ级", "验收邀请第三方"],
        [2, "测验科", "科长", "宓雨桐", "水文资料对外提供不登记", "岗位职责", "Ⅲ级", "资料提供审批登记"],
        [3, "测验科", "测验员", "宦一苇", "测验数据随意修改", "岗位职责", "Ⅰ级", "数据修改留痕"],
        [4, "综合科", "出纳", "巫晗煦", "现金日记账登记不及时", "岗位职责", "Ⅲ级", "日清月结"],
        [5, "综合科", "出纳", "巫晗煦", "公款私存", "思想道德", "Ⅱ级", "银行账户统一管理"],
        [None],
        ["审核意见：第1项、第5项应为Ⅰ级；第9项调整为Ⅱ级。"],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:H3", "A10:H10"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科长", "宓雨桐", "测站建设项目验收不严", "Ⅰ级"),
        ("科长", "宓雨桐", "水文资料对外提供不登记", "Ⅲ级"),
        ("测验员", "宦一苇", "测验数据随意修改", "Ⅰ级"),
        ("出纳", "巫晗煦", "现金日记账登记不及时", "Ⅲ级"),
        ("出纳", "巫晗煦", "公款私存", "Ⅰ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == sorted(
        ["制度机制风险", "岗位职责风险", "岗位职责风险", "岗位职责风险", "思想道德风险"]
    )
    said = got.issues[got.issues["code"] == "LEVEL_CHANGED_BY_NOTE"]
    assert said["value"].iloc[0] == "第1项:Ⅱ级→Ⅰ级;第5项:Ⅱ级→Ⅰ级"
    left = got.issues[got.issues["code"] == "LEVEL_CHANGE_UNMATCHED"]
    assert list(left["cell"]) == ["A10"] and list(left["value"]) == ["9"]
    assert list(left["severity"]) == ["warning"]
    assert not errors(got)


def test_a_note_without_a_change_verb_leaves_the_cells(tmp_path):
    # '注：第2项为高风险' under a list that has levels: the cell wins, as before
    rows = WATER + [["注：第2项为高风险，第4项为中风险。"]]
    got = run(tmp_path, rows, WATER_MERGES + ["A9:G9"])
    assert read(got) == sorted(WANT_BEFORE)
    assert not {"LEVEL_CHANGED_BY_NOTE", "LEVEL_CHANGE_UNMATCHED"} & codes(got)


def test_counts_other_fields_and_lists_without_levels_read_as_before(tmp_path):
    # a count ('其中2项调整为低风险'), a change of the measures ('第3项防控措施调整为…'): no level
    rows = WATER + [["复核意见：共排查6项，其中2项调整为低风险管理；第3项防控措施调整为双人执法。"]]
    got = run(tmp_path / "a", rows, WATER_MERGES + ["A9:G9"])
    assert read(got) == sorted(WANT_BEFORE)
    assert not {"LEVEL_CHANGED_BY_NOTE", "LEVEL_CHANGE_UNMATCHED"} & codes(got)
    # a list with no level column: a change note gives no levels (as before)
    rows = [[c for k, c in enumerate(r) if k != 5] for r in WATER]
    rows.append(["审核意见：第2项调整为高风险。"])
    got = run(tmp_path / "b", rows, ["A1:F1"] + WATER_MERGES[1:] + ["A9:F9"])
    assert set(got.risks["risk_level"]) == {""}
    assert not {"LEVEL_CHANGED_BY_NOTE", "LEVEL_CHANGE_UNMATCHED"} & codes(got)
