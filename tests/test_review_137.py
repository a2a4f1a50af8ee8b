"""Review of the round's new readings (batches 977–982): shapes a coordinator sends that the new
rules misread, each written with xlsxwriter (tests/helpers.py) and read back as ``read_file`` reads
a file.

- POST_ON_PAPER_SET_ASIDE: an actual post's cell saying only that nothing changed ('不变', '同编制
  岗位', '一致', '同左', '—') is the post on paper held, never a post named '不变' or none at all.
  '编制岗位 | 现任岗位' ('目前岗位') is such a pair too (was read by its post on paper).
- MEASURE_ROWS_UNDER_POINT: a line closing the table typed in its measures column under a last point
  whose measures are blank ('（以下无内容）', '本表一式三份…', '分管领导签字', a date) is no measure
  of that point.
- TYPES_LEVELS_BY_STATISTICS: a legend of scores ('等级 | 分值区间', '高 | 4-5', '中 | 2-3') beside
  a list with no level column names no 序号; nor do ranges under no 序号 heading with no count.
  A table right under the list with no heading of its own is said at its own first cell, the
  list's last point no heading of it (its 序号 and texts read as the table's headings).
- HANDOVER_AFTER_FILING: a line naming the former holder and a successor who holds another post
  of the list ('…股长端木湛调任，由端木澈接任') hands the former holder's post over; the successor
  named in it is no second former holder making the line unmatched. A line naming its post after
  the verb ('由某某接任出纳岗位'), or a date inside the post's phrase ('出纳岗位自2025年7月起由…',
  '办公室主任：2025年8月由…'), hands that post over (were HANDOVER_UNMATCHED).
- LEVEL_BY_DUTY: rows naming two holders in one cell ('公良澈、公良湛'), the duty typed on each row
  or merged over its rows, are graded by duty for each holder (were left LEVEL_BLANK).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def read(tmp_path: Path, sheets: dict, merges: dict | None = None, name: str = "清单.xlsx"):
    path = write_workbook(tmp_path / name, sheets, merges or {})
    return read_file(path, name, load_config())


def field(res, key: str) -> list[str]:
    k = ROW_KEYS.index(key)
    return [r[k] for rs in res.risks for r in rs]


def codes(res) -> set[str]:
    return {i.code for i in res.issues}


# 借用 staff: the actual column says only 'as on paper' for those not lent
LENT = [
    ["县自然资源局廉政风险防控台账", None, None, None, None, None, None],
    ["股室", "责任人", "定编岗位", "实际岗位", "风险点", "风险等级", "防控措施"],
    ["测绘股", "欧阳澈", "测绘员", "不动产登记窗口", "登记材料审查不严", "一级", "双人复核。"],
    ["测绘股", "欧阳湛", "股长", "与编制一致", "测绘成果验收放水", "二级", "集体验收。"],
    ["执法大队", "欧阳汐", "队员", "无变化", "执法选择性处罚", "一级", "执法全过程记录。"],
    ["执法大队", "欧阳溪", "中队长", "同左", "查处线索压案不办", "一级", "线索台账管理。"],
    ["执法大队", "欧阳渝", "内勤", "—", "罚没票据管理不严", "三级", "票据专人保管。"],
]  # fmt: skip


def test_an_actual_post_saying_unchanged_is_the_post_on_paper(tmp_path):
    res = read(tmp_path, {"台账": LENT})
    assert field(res, "title") == ["不动产登记窗口", "股长", "队员", "中队长", "内勤"]
    assert field(res, "person") == ["欧阳澈", "欧阳湛", "欧阳汐", "欧阳溪", "欧阳渝"]
    assert "POST_ON_PAPER_SET_ASIDE" in codes(res)


def _closing(line: str) -> list[list]:
    return [
        ["县统计局廉政风险点登记表", None, None, None, None, None],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
        [1, "综合股", "股长", "令狐澄", "统计数据人为干预", "数据审核留痕。"],
        [2, "普查中心", "主任", "令狐湛", "普查经费虚列", None],
        [None, None, None, None, None, line],
    ]


def test_a_closing_line_under_the_last_point_is_no_measure(tmp_path):
    closing = (
        "（以下无内容）",
        "本表一式三份，报县纪委监委驻局纪检组备案",
        "分管领导签字",
        "2025年4月",
    )
    for k, line in enumerate(closing):
        res = read(tmp_path / str(k), {"登记表": _closing(line)})
        assert field(res, "measures") == ["数据审核留痕。", ""]
        assert "MEASURE_ROWS_UNDER_POINT" not in codes(res)
    # a measure so written under that point still joins it, a numbered one in brackets too
    for k, line in enumerate(("经费支出逐笔公示。", "（1）执行《普查经费管理办法（试行）》")):
        res = read(tmp_path / f"m{k}", {"登记表": _closing(line)})
        assert field(res, "measures") == ["数据审核留痕。", line]
        assert "MEASURE_ROWS_UNDER_POINT" in codes(res)


def _scored(n: int) -> list[list]:
    rows = [["序号", "股室", "岗位", "廉政风险点", "防控措施"]]
    for k in range(1, n + 1):
        rows.append([k, "市场股", "股员", f"市场巡查第{k}类事项走过场", "巡查记录上传平台。"])
    return rows


def test_a_legend_of_scores_names_no_numbers(tmp_path):
    legend = [["等级", "分值区间"], ["高", "4-5"], ["中", "2-3"], ["低", "1"]]
    res = read(tmp_path / "a", {"排查表": _scored(6), "评分标准": legend})
    assert field(res, "risk_level") == [""] * 6
    assert not {"TYPES_LEVELS_BY_STATISTICS", "STATISTICS_NUMBER_UNMATCHED"} & codes(res)
    # the same ranges under the list, no heading of their own and no count: a legend too
    rows = _scored(6) + [[None] * 5, ["高风险", "4-6"], ["中风险", "2-3"], ["低风险", "1"]]
    res = read(tmp_path / "b", {"排查表": rows})
    assert field(res, "risk_level") == [""] * 6
    assert "TYPES_LEVELS_BY_STATISTICS" not in codes(res)
    # counted and named by 序号, as the round reads it
    stats = [["等级", "个数", "对应序号"], ["高", 2, "4-5"], ["中", 3, "1-3"], ["低", 1, "6"]]
    res = read(tmp_path / "c", {"排查表": _scored(6), "统计": stats})
    assert field(res, "risk_level") == ["Ⅱ级"] * 3 + ["Ⅰ级"] * 2 + ["Ⅲ级"]


HANDED = [
    ["县医保局廉政风险防控一览表", None, None, None, None],
    ["股室", "岗位", "姓名", "风险点", "防控措施"],
    ["基金监管股", "股长", "端木湛", "违规拨付医保基金", "拨付三级审核。"],
    ["基金监管股", "稽核员", "端木澈", "稽核发现问题不移交", "问题台账销号。"],
    ["待遇保障股", "股长", "端木汐", "违规认定慢特病待遇", "认定结果公示。"],
]  # fmt: skip
HANDOVER_LINES = [
    ["岗位交接登记"],
    ["1.2025年8月起，基金监管股股长端木湛调任，由端木澈接任。"],
]


def test_a_successor_holding_another_post_is_no_former_holder(tmp_path):
    under = HANDED + [[None] * 5] + [[x[0], None, None, None, None] for x in HANDOVER_LINES]
    for k, sheets in enumerate(({"一览表": under}, {"一览表": HANDED, "交接": HANDOVER_LINES})):
        res = read(tmp_path / str(k), sheets)
        assert field(res, "person") == ["端木澈", "端木澈", "端木汐"]
        assert "HANDOVER_AFTER_FILING" in codes(res)
        assert "HANDOVER_UNMATCHED" not in codes(res)


BY_DUTY = [
    ["县林业局岗位职责廉政风险排查表", None, None, None, None, None],
    ["股室", "岗位", "姓名", "岗位职责", "风险点", "风险等级"],
    ["资源股", "护林员", "公良澈、公良湛", "林木采伐巡查", "发现盗伐不报告", "二级"],
    ["资源股", "护林员", "公良澈、公良湛", "林木采伐巡查", "收受好处放任滥伐", None],
    ["资源股", "护林员", "公良澈、公良湛", "生态补偿核实", "虚报补偿面积", "一级"],
    ["资源股", "护林员", "公良澈、公良湛", "生态补偿核实", "优亲厚友确定对象", None],
    ["说明：同一职责下的所有风险点统一按该职责的风险等级执行。", None, None, None, None, None],
]  # fmt: skip


def test_rows_of_two_holders_graded_by_their_duty(tmp_path):
    for k, merges in enumerate((None, {"排查表": ["D3:D4", "D5:D6"]})):
        res = read(tmp_path / str(k), {"排查表": BY_DUTY}, merges)
        assert [p["person"] for p in res.posts] == ["公良澈", "公良湛"]
        assert field(res, "risk_level") == ["Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅰ级"] * 2
        assert "LEVEL_BY_DUTY" in codes(res)
        assert not {"LEVEL_BLANK", "LEVEL_BY_DUTY_UNCLEAR"} & codes(res)


def test_a_table_with_no_heading_right_under_the_list(tmp_path):
    rows = _scored(5)
    rows[-1][-1] = None  # (the last point's measures blank: its warning kept)
    rows += [["一级风险", 2, "1、2"], ["二级风险", 2, "3、4"], ["三级风险", 1, "5"]]
    res = read(tmp_path, {"排查表": rows})
    assert field(res, "risk_level") == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    said = [i for i in res.issues if i.code == "TYPES_LEVELS_BY_STATISTICS"]
    assert [i.cell for i in said] == ["C7"]
    assert [i.cell for i in res.issues if i.code == "MEASURES_BLANK"] == ["E6"]


AFTER_VERB = [
    ["县人社局廉政风险防控一览表", None, None, None, None],
    ["股室", "岗位", "姓名", "风险点", "防控措施"],
    ["办公室", "出纳", "上官澈", "挪用社保资金", "日清月结。"],
    ["办公室", "主任", "上官湛", "公务接待超标准", "接待清单公示。"],
    ["就业股", "股长", "上官汐", "虚报就业补贴", "补贴名单公示。"],
    [None, None, None, None, None],
    ["岗位交接登记", None, None, None, None],
    ["1.2025年7月起，由上官溪接任出纳岗位。", None, None, None, None],
    ["2.办公室主任：2025年8月由上官渝接任", None, None, None, None],
    ["3.就业股股长自2025年9月起由上官沛接替", None, None, None, None],
]  # fmt: skip


def test_a_post_after_the_verb_or_a_date_inside_its_phrase(tmp_path):
    res = read(tmp_path, {"一览表": AFTER_VERB})
    assert field(res, "person") == ["上官溪", "上官渝", "上官沛"]
    assert "HANDOVER_AFTER_FILING" in codes(res)
    assert "HANDOVER_UNMATCHED" not in codes(res)


def test_the_post_held_now_beside_the_one_on_paper(tmp_path):
    for k, actual in enumerate(("现任岗位", "目前岗位")):
        rows = [
            ["股室", "姓名", "编制岗位", actual, "风险点", "防控措施"],
            ["档案室", "慕容澈", "档案员", "出纳", "坐支现金", "日清月结。"],
            ["档案室", "慕容湛", "档案员", "不变", "档案借阅不登记", "借阅台账。"],
        ]
        res = read(tmp_path / str(k), {"清单": rows})
        assert field(res, "title") == ["出纳", "档案员"]
        assert "POST_ON_PAPER_SET_ASIDE" in codes(res)
