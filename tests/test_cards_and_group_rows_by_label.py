"""Two ordinary shapes read by their labels. A one-sheet-a-person card: a row of labels
('姓　名 | 所在部门 | 岗　位 | 填表日期') over a row of values, column under column, the 科室 a word
that is also a label of its kind ('窗口', '服务窗口') or ends as a place does ('…大厅', '…柜台'): each
value is its label's, and the date's label at the end ('填表日期', '填报时间') is never the post. A
list under group rows ('一、站领导', '三、社区网格员') with its own 岗位 column: a group row numbered
'一、' and alone on its row names the 科室 of the rows under it, also where it names a body of staff
by a post no row holds as written ('三、社区网格员' over rows of '网格员', '二、驾驶员' over rows of
'小车驾驶员'); a group row that is the rows' own post ('二、保洁员' over '保洁员') names none, as before.

Not the published batch's files (a 社会保障卡服务站's 自查表 with '服务窗口 | 窗口经办员' and a 镇医保
工作站's 清单 under '三、嘎查协管员'): a 住房公积金管理中心's and a 不动产登记中心's cards with
'高/中/低' and ticks, a 街道办事处's and a 公路养护站's lists with '一类/二类/三类' and '★', other posts
and names, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


UNIT = "临川区住房公积金管理中心"


def card(who: str, labels: list[str], values: list[str], points: list[tuple[str, str, str]]):
    rows = [
        [f"{UNIT}岗位廉政风险自查卡"],
        labels,
        values,
        ["序号", "风险点", "风险等级", "防控措施"],
    ]
    rows += [[i, p, lv, m] for i, (p, lv, m) in enumerate(points, 1)]
    return rows + [[], ["本人签字：", None, "主任审核："]]


def test_card_values_under_their_labels_whatever_they_end_in(tmp_path):
    sheets = {
        "鄢霁川": card("鄢霁川", ["姓　名", "所在部门", "岗　位", "填表日期"],
                     ["鄢霁川", "窗口", "综合柜员", "2024年9月"],
                     [("提取审核放宽条件", "高", "提取材料双人复核。"),
                      ("泄露缴存职工信息", "中", "系统账号专人专用。")]),
        "卜沅汐": card("卜沅汐", ["姓　名", "所在部门", "岗　位", "填表日期"],
                     ["卜沅汐", "归集服务大厅", "归集专员", "2024年9月"],
                     [("违规办理补缴", "中", "补缴须单位书面申请。")]),
        "屈澜之": card("屈澜之", ["姓　名", "所在部门", "岗　位", "填表日期"],
                     ["屈澜之", "贷款受理柜台", "贷款受理员", "2024年9月"],
                     [("贷款资料审核走过场", "高", "贷款资料三级审核。")]),
    }  # fmt: skip
    got = run(tmp_path, sheets, {k: ["A1:D1"] for k in sheets})
    assert read(got) == sorted([
        ("窗口", "综合柜员", "鄢霁川", "提取审核放宽条件", "Ⅰ级"),
        ("窗口", "综合柜员", "鄢霁川", "泄露缴存职工信息", "Ⅱ级"),
        ("归集服务大厅", "归集专员", "卜沅汐", "违规办理补缴", "Ⅱ级"),
        ("贷款受理柜台", "贷款受理员", "屈澜之", "贷款资料审核走过场", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_card_with_a_phone_column_and_the_filing_time_last(tmp_path):
    # '科　室' over '服务窗口', an extra '联系电话' before '填报时间'
    rows = [
        ["临川区不动产登记中心廉政风险防控卡"],
        ["姓名", "科　室", "职　务", "联系电话", "填报时间"],
        ["庾知遥", "服务窗口", "登记审核员", "0794-8231xxx", "2024年10月"],
        ["序号", "风险点", "风险等级", "防控措施", None],
        [1, "登记材料审核不严，违规办理", "高", "一审一核，系统留痕。", None],
        [2, "优先办理熟人业务", "低", "叫号办理，不得插队。", None],
    ]
    got = run(tmp_path, {"庾知遥": rows}, {"庾知遥": ["A1:E1"]})
    assert read(got) == sorted([
        ("服务窗口", "登记审核员", "庾知遥", "登记材料审核不严，违规办理", "Ⅰ级"),
        ("服务窗口", "登记审核员", "庾知遥", "优先办理熟人业务", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_card_with_ticked_levels_and_a_window_named_by_its_label_word(tmp_path):
    # the levels ticked under 高/中/低, the 科室 '所在窗口'-like '窗口' and the date first
    rows = [
        ["临川区不动产登记中心廉政风险防控卡"],
        ["填报时间", "姓名", "科室", "岗位", None, None],
        ["2024年10月", "宁攸宁", "窗口", "收件员", None, None],
        ["序号", "风险点", "高", "中", "低", "防控措施"],
        [1, "收件时索要好处", "√", None, None, "收件全程录像。"],
        [2, "材料缺件仍予收件", None, "√", None, "一次性告知清单。"],
    ]
    got = run(tmp_path, {"宁攸宁": rows}, {"宁攸宁": ["A1:F1"]})
    assert read(got) == sorted([
        ("窗口", "收件员", "宁攸宁", "收件时索要好处", "Ⅰ级"),
        ("窗口", "收件员", "宁攸宁", "材料缺件仍予收件", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_card_with_its_department_left_blank_keeps_the_unit(tmp_path):
    # no 部门 value: the 科室 stays the unit's, the post is still the 岗位's value
    sheets = {
        "阮清樾": card("阮清樾", ["姓　名", "所在部门", "岗　位", "填表日期"],
                     ["阮清樾", None, "稽核员", "2024年9月"],
                     [("稽核发现问题不报告", "中", "稽核台账月报。")]),
    }  # fmt: skip
    got = run(tmp_path, sheets, {k: ["A1:D1"] for k in sheets})
    r = got.risks
    assert list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("稽核员", "阮清樾", "稽核发现问题不报告", "Ⅱ级")
    ]
    assert set(r["department"]) <= {"", "住房公积金管理中心", UNIT}, set(r["department"])
    no_errors(got)


def group_list(title: str, groups: list[tuple[str, list[tuple[str, str, str, str]]]]):
    rows = [[title], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]]
    merges = ["A1:F1"]
    n = 0
    for caption, people in groups:
        rows.append([caption])
        merges.append(f"A{len(rows)}:F{len(rows)}")
        for post, who, point, lv in people:
            n += 1
            rows.append([n, post, who, point, lv, f"{point[:4]}，严格审核把关。"])
    rows.append(["制表：", None, "审核：", None, "2024年11月", None])
    return rows, merges


def test_group_rows_naming_a_body_of_staff_by_their_post(tmp_path):
    rows, merges = group_list("临川区荆公路街道办事处廉政风险防控责任清单", [
        ("一、街道领导", [("主任", "鲍沁岚", "重大事项不经集体研究", "一类")]),
        ("二、综合办公室", [("文书", "詹若棠", "公章使用不登记", "三类")]),
        ("三、社区网格员", [("网格员", "靳予澈", "低保入户核查走过场", "二类"),
                         ("网格员", "伍沐晴", "收受群众财物", "一类")]),
    ])  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": merges})
    assert read(got) == sorted([
        ("", "主任", "鲍沁岚", "重大事项不经集体研究", "Ⅰ级"),  # (the leaders: a tier, as before)
        ("综合办公室", "文书", "詹若棠", "公章使用不登记", "Ⅲ级"),
        ("社区网格员", "网格员", "靳予澈", "低保入户核查走过场", "Ⅱ级"),
        ("社区网格员", "网格员", "伍沐晴", "收受群众财物", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_group_row_of_drivers_after_the_leaders(tmp_path):
    # '二、驾驶员' over kinds of driver ('养护车驾驶员', '小车驾驶员'): the body they belong to
    rows, merges = group_list("临川区公路养护站岗位廉政风险点清单", [
        ("一、站领导", [("站长", "骆书沅", "养护工程发包不公开", "★★★")]),
        ("二、驾驶员", [("养护车驾驶员", "闻人渡", "公车私用", "★★"),
                      ("小车驾驶员", "简桐", "虚报加油费", "★")]),
    ])  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": merges})
    assert read(got) == sorted([
        ("站领导", "站长", "骆书沅", "养护工程发包不公开", "Ⅰ级"),
        ("驾驶员", "养护车驾驶员", "闻人渡", "公车私用", "Ⅱ级"),
        ("驾驶员", "小车驾驶员", "简桐", "虚报加油费", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_group_row_that_is_the_rows_own_post_as_before(tmp_path):
    # '二、保洁员' over rows of '保洁员' itself: it ends the leaders' group, names no 科室
    # (tests/test_columns.py's '二、收费员', batch 491's '二、路政员')
    rows, merges = group_list("临川区人民公园管理所岗位廉政风险点清单", [
        ("一、所领导", [("所长", "蔺知秋", "园内经营场地出租不公开", "高")]),
        ("二、保洁员", [("保洁员", "郜晚禾", "私自收取摊贩卫生费", "中")]),
    ])  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": merges})
    assert read(got) == sorted([
        ("所领导", "所长", "蔺知秋", "园内经营场地出租不公开", "Ⅰ级"),
        ("", "保洁员", "郜晚禾", "私自收取摊贩卫生费", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_group_row_of_the_leading_group_and_sub_captions_as_before(tmp_path):
    # '一、领导班子' names the leaders' group; '（一）驾驶员' under '二、综合科' is no 科室 of its own
    rows, merges = group_list("临川区公路养护站岗位廉政风险点清单", [
        ("一、领导班子", [("站长", "骆书沅", "养护工程发包不公开", "★★★")]),
        ("二、综合科", [("科长", "嵇若望", "物资采购不比价", "★★")]),
        ("（一）驾驶员", [("驾驶员", "闻人渡", "公车私用", "★★")]),
    ])  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": merges})
    assert read(got) == sorted([
        ("领导班子", "站长", "骆书沅", "养护工程发包不公开", "Ⅰ级"),
        ("综合科", "科长", "嵇若望", "物资采购不比价", "Ⅱ级"),
        ("综合科", "驾驶员", "闻人渡", "公车私用", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
