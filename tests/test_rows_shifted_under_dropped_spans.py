"""A list saved from a web page by a tool that drops row spans: the spanned 科室/岗位/姓名 cells
stand on the first row of their run only, and every row under them is SHIFTED LEFT by the cells
it lacks (a holder's later point from column A or B, a new holder of the same 科室 with his post
where the 科室 stands), no cell merged. Such rows are moved right to fit the heading's last
columns (a level under the level, risk text under the point, a name under 姓名) and take the
cells they lack from the row above.

Not the published batch's file (a 公务用车服务中心 with 中心领导/调度股, 主任/驾驶员 and 高/中/低,
序号 first, one heading row): a county's 自然资源局 and a 中医院, other posts and names, level
words 一级/二级/三级 and 较高/一般, a 备注 column after the measures, a two-row heading, a
post lacking only its second holder's 科室 and post, no 序号 column; written with xlsxwriter
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


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "web.xlsx", {"Sheet1": rows}, {"Sheet1": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "股室", "职务", "姓名", "风险点", "风险等级", "防控措施"]

LAND = [
    ["某县自然资源局岗位廉政风险点一览表"],
    ["来源：县纪委监委驻局纪检组　发布日期：2025-03-02"],
    HEAD,
    [
        1,
        "局领导",
        "局长",
        "郗砚舟",
        "土地出让底价泄露，干预招拍挂",
        "一级",
        "出让底价集体研究，全程留痕。",
    ],
    [2, "用地审批违规打招呼", "二级", "审批事项上会研究，记录存档。"],
    [3, "副局长", "冼叶澜", "矿产资源开采监管放松", "二级", "开采现场季度巡查，台账公开。"],
    [4, "测绘股", "股长", "甘霁川", "测绘成果验收走过场", "三级", "验收双人复核，成果抽检。"],
    [5, "测绘项目委托不按程序", "二级", "委托项目公开比选。"],
    ["注：风险等级分一级、二级、三级。"],
]


def test_rows_shifted_left_are_realigned_under_their_holders(tmp_path):
    got = run(tmp_path, LAND)
    assert read(got) == sorted([
        ("局长", "郗砚舟", "土地出让底价泄露，干预招拍挂", "Ⅰ级"),
        ("局长", "郗砚舟", "用地审批违规打招呼", "Ⅱ级"),
        ("副局长", "冼叶澜", "矿产资源开采监管放松", "Ⅱ级"),
        ("股长", "甘霁川", "测绘成果验收走过场", "Ⅲ级"),
        ("股长", "甘霁川", "测绘项目委托不按程序", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks[got.risks["title"] == "副局长"]["department"]) == {"局领导"}
    no_errors(got)
    assert "ROWS_SHIFTED_REALIGNED" in codes(got)
    assert "POINT_BLANK" not in codes(got)
    assert "ROWS_SHIFTED_REALIGNED" in CATALOGUE and "ROWS_SHIFTED_REALIGNED" in SHORT


HOSPITAL = [
    ["某县中医院岗位廉洁风险排查表"],
    ["科室", "岗位", "姓名", "风险点描述", "风险等级", "防控措施", "备注"],
    [
        "药剂科",
        "药剂科主任",
        "蔺之遥",
        "药品遴选收受厂商好处",
        "较高",
        "药事会集体遴选，全程记录。",
        "",
    ],
    ["处方点评流于形式", "一般", "点评结果院内通报。"],
    ["药库管理员", "阚星澈", "药品入库验收不严", "一般", "入库双人验收签字。"],
    [
        "设备科",
        "设备科长",
        "谯沐言",
        "设备采购参数指向特定品牌",
        "较高",
        "参数论证公开征求意见。",
        "新增",
    ],
]


def test_a_remarks_column_after_the_measures_and_no_seq(tmp_path):
    """No 序号, a 备注 column after the measures: the short rows end at the measures."""
    got = run(tmp_path, HOSPITAL)
    rows = read(got)
    lv = {p: level for _t, _n, p, level in rows}
    assert sorted((t, n, p) for t, n, p, _l in rows) == sorted([
        ("药剂科主任", "蔺之遥", "药品遴选收受厂商好处"),
        ("药剂科主任", "蔺之遥", "处方点评流于形式"),
        ("药库管理员", "阚星澈", "药品入库验收不严"),
        ("设备科长", "谯沐言", "设备采购参数指向特定品牌"),
    ])  # fmt: skip
    assert lv["处方点评流于形式"] == lv["药品入库验收不严"] != lv["药品遴选收受厂商好处"]
    dept = dict(zip(got.risks["person"], got.risks["department"], strict=True))
    assert dept["阚星澈"] == "药剂科"
    no_errors(got)
    assert "ROWS_SHIFTED_REALIGNED" in codes(got)


def test_two_heading_rows_and_a_second_holder_of_one_post(tmp_path):
    """A two-row heading ('责任主体' over 科室/岗位/姓名); a post held by two, the second holder's
    row lacking 科室 and post (shifted two cells)."""
    rows = [
        ["某县自然资源局廉政风险防控表"],
        ["序号", "责任主体", None, None, "风险点", "风险等级", "防控措施"],
        [None, "股室", "职务", "姓名", None, None, None],
        [
            1,
            "执法监察大队",
            "执法队员",
            "滕栖梧",
            "违法用地查处以罚代拆",
            "二级",
            "处罚决定集体审议。",
        ],
        [2, "巫澹宁", "执法过程选择性查处", "二级", "执法全程记录仪留存。"],
        [3, "违法线索瞒案不报", "一级", "线索台账月度核对。"],
    ]
    got = run(tmp_path, rows, ["B2:D2", "A2:A3", "E2:E3", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("执法队员", "滕栖梧", "违法用地查处以罚代拆", "Ⅱ级"),
        ("执法队员", "巫澹宁", "执法过程选择性查处", "Ⅱ级"),
        ("执法队员", "巫澹宁", "违法线索瞒案不报", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROWS_SHIFTED_REALIGNED" in codes(got)


def test_rows_short_of_their_measures_stand_as_they_are(tmp_path):
    """Rows whose measures are left blank (their cells under their headings) and a 科室 left
    blank under a merged one: an ordinary list, not shifted."""
    rows = [
        ["某县自然资源局岗位廉政风险点一览表"],
        HEAD,
        [1, "不动产登记中心", "主任", "郗砚舟", "登记资料审核把关不严", "二级", None],
        [2, "不动产登记中心", "登记员", "冼叶澜", "违规查询登记信息", "三级", None],
        [3, None, "登记员", "甘霁川", "办件超时限不预警", "三级", "办件系统超时提醒。"],
    ]
    got = run(tmp_path, rows, ["B3:B5"])
    assert read(got) == sorted([
        ("主任", "郗砚舟", "登记资料审核把关不严", "Ⅱ级"),
        ("登记员", "冼叶澜", "违规查询登记信息", "Ⅲ级"),
        ("登记员", "甘霁川", "办件超时限不预警", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROWS_SHIFTED_REALIGNED" not in codes(got)


def test_a_sign_off_line_and_a_second_heading_stay_as_before(tmp_path):
    """A sign-off line short of the heading and a second table under its own heading: read as
    today, nothing realigned."""
    rows = [
        ["某县中医院岗位廉洁风险排查表"],
        ["科室", "岗位", "姓名", "风险点描述", "风险等级", "防控措施"],
        ["药剂科", "药剂科主任", "蔺之遥", "药品遴选收受厂商好处", "较高", "药事会集体遴选。"],
        ["科室", "岗位", "姓名", "风险点描述", "风险等级", "防控措施"],
        ["设备科", "设备科长", "谯沐言", "设备采购参数指向特定品牌", "一般", "参数论证公开。"],
        ["填表人：", "阚星澈", "审核人：", "蔺之遥"],
    ]
    got = run(tmp_path, rows)
    rows_read = read(got)
    assert sorted((t, n, p) for t, n, p, _l in rows_read) == sorted([
        ("药剂科主任", "蔺之遥", "药品遴选收受厂商好处"),
        ("设备科长", "谯沐言", "设备采购参数指向特定品牌"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROWS_SHIFTED_REALIGNED" not in codes(got)
