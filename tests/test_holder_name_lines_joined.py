"""A table converted from a PDF to Excel (WPS or Adobe 'PDF转Excel'), each printed line of a cell
its OWN ROW, whose long 科室 (岗位) names break at the narrow column's width too: the rest of the
name (``股`` under ``国土空间规划``) stands in the 科室 cell of the row under the record, beside the
point's or the measures' rest, or alone, the row's 序号, level, 岗位 and 姓名 blank. Before, the
row was refused as the record's rest for its 科室 cell: beside the point's rest it read as a point
of its own (科室 ``股``, no holder, LEVEL_BLANK), the point above cut short; beside the measures'
rest or alone as a row with no point (POINT_BLANK), the measures' line lost; the 科室 of the
holder the name's first line. Now such a line is joined back to the record's cell before any
table is looked for (each line but the last as long as the column's longest cell, at least four
characters; the rest no longer; characters only), the row's cell emptied, so the record's rest
reads as one and the name whole; said once a sheet (info HOLDER_NAME_LINES_JOINED).

Not the published batch's file (batch1070: a 自然资源局's 一览表, ``序号 | 科室 | 岗位 | 姓名 |
廉政风险点 | 风险等级 | 防控措施``, 高/中/低): a 县卫生健康局's 排查表 under ``编号 | 股室 | 职务 |
责任人 | 风险点 | 风险类型 | 风险级别 | 防控措施`` with 一级/二级/三级, its 股室 broken beside the point's
and the type's rests; a 镇中心学校's 清单 with ``岗位`` broken (``学生资助管理`` over ``专干``) and
Ⅰ级/Ⅱ级, a 科室's rest alone under the page's repeated heading. Near-misses read as before (checked
with the reader at 70e9dc06): a second holder's row under a shared point (its 岗位 and 姓名
written); a short 科室 line (``办公室`` over ``档案``: the column printed wider); a table with no
序号 column; a Word table's rows under a 序号 and a level merged down (the name under the post).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

N = None
NEW = "HOLDER_NAME_LINES_JOINED"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "排查表.xlsx", {"排查表": rows})
    return _collect(inbox)


def read(got) -> list[tuple]:
    cols = ["department", "title", "person", "risk_point", "risk_type", "risk_level", "measures"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


HEALTH = [
    ["县卫生健康局廉政风险点排查表", N, N, N, N, N, N, N],
    ["编号", "股室", "职务", "责任人", "风险点", "风险类型", "风险级别", "防控措施"],
    [1, "局领导", "局长", "祁连翃", "医疗机构设置审批", "制度机制风险", "一级", "审批集体研究，"],
    [N, N, N, N, "打招呼", N, N, "结果公示。"],
    [2, "疾病预防控制", "股长", "祁连澐", "疫苗出入库台账", "岗位职责", "二级", "台账两人核对，"],
    [N, "股", N, N, "登记不实", "风险", N, "按月盘点。"],
    [
        3,
        "疾病预防控制",
        "股长",
        "祁连澐",
        "接受供货商宴请",
        "思想道德风险",
        "三级",
        "签订廉洁承诺书。",
    ],
    [N, "股", N, N, N, N, N, N],
    [
        4,
        "医政医管",
        "科员",
        "祁连琇",
        "医师执业注册审核不严",
        "业务流程风险",
        "二级",
        "注册材料两级审核。",
    ],
]
HEALTH_READ = [
    ("局领导", "局长", "祁连翃", "医疗机构设置审批打招呼", "制度机制风险", "Ⅰ级", "审批集体研究，结果公示。"),
    ("疾病预防控制股", "股长", "祁连澐", "疫苗出入库台账登记不实", "岗位职责风险", "Ⅱ级",
     "台账两人核对，按月盘点。"),
    ("疾病预防控制股", "股长", "祁连澐", "接受供货商宴请", "思想道德风险", "Ⅲ级", "签订廉洁承诺书。"),
    ("医政医管", "科员", "祁连琇", "医师执业注册审核不严", "业务流程风险", "Ⅱ级", "注册材料两级审核。"),
]  # fmt: skip


def test_a_broken_department_joins_its_record(tmp_path):
    got = run(tmp_path, HEALTH)
    assert read(got) == HEALTH_READ
    assert NEW in codes(got)
    assert not codes(got) & {"LEVEL_BLANK", "POINT_BLANK", "TYPE_UNKNOWN"}
    issue = got.issues[got.issues["code"] == NEW].iloc[0]
    assert (
        issue["cell"] == "B5"
        and "疾病预防控制股" in issue["message"]
        and "2 处" in issue["message"]
    )


HEAD = ["序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
SCHOOL = [
    ["镇中心学校岗位廉政风险防控清单", N, N, N, N, N, N],
    HEAD,
    [1, "校长室", "校长", "夹谷琰", "基建项目指定施工", "Ⅰ级", "项目比选，"],
    [N, N, N, N, "单位", N, "结果公示。"],
    [2, "学生资助管理", "学生资助管理", "夹谷湉", "资助对象认定", "Ⅰ级", "认定结果公示。"],
    [N, "中心", "专干", N, "优亲厚友", N, N],
    [3, "后勤保障服务", "食堂管理员", "夹谷珩", "食材验收", "Ⅱ级", "验收两人签字，"],
    [N, "中心", N, N, "不严", N, "留存记录。"],
    [4, "后勤保障服务", "食堂管理员", "夹谷珩", "收受供货商礼品", "Ⅱ级", "签订廉洁承诺书。"],
    HEAD,
    [N, "中心", N, N, N, N, N],
    [5, "校长室", "副校长", "夹谷琰", "教辅征订收受回扣", "Ⅱ级", "征订自愿。"],
]
SCHOOL_READ = [
    ("校长室", "校长", "夹谷琰", "基建项目指定施工单位", "", "Ⅰ级", "项目比选，结果公示。"),
    ("学生资助管理中心", "学生资助管理专干", "夹谷湉", "资助对象认定优亲厚友", "", "Ⅰ级", "认定结果公示。"),
    ("后勤保障服务中心", "食堂管理员", "夹谷珩", "食材验收不严", "", "Ⅱ级", "验收两人签字，留存记录。"),
    ("后勤保障服务中心", "食堂管理员", "夹谷珩", "收受供货商礼品", "", "Ⅱ级", "签订廉洁承诺书。"),
    ("校长室", "副校长", "夹谷琰", "教辅征订收受回扣", "", "Ⅱ级", "征订自愿。"),
]  # fmt: skip


def test_a_broken_post_and_department_join_a_page_break_between(tmp_path):
    got = run(tmp_path, SCHOOL)
    assert read(got) == SCHOOL_READ
    assert NEW in codes(got)
    assert not codes(got) & {"LEVEL_BLANK", "POINT_BLANK"}


# near-misses: each reads as it did before the rule (70e9dc06)
SHARED = [  # a second holder's row under a shared point: 岗位 and 姓名 written
    ["县财政局岗位廉政风险防控一览表", N, N, N, N, N, N],
    HEAD,
    [1, "国库支付中心", "主任", "梁丘翀", "国库集中支付审核不严", "中", "两人审核。"],
    [N, "会计核算中心", "会计", "梁丘澜", N, N, N],
    [2, "办公室", "主任", "梁丘琇", "公务接待超标准", "低", "按公函接待。"],
]
SHORT_LINE = [  # '办公室' over '档案': a short line, the column printed wider — no wrap
    ["县档案馆岗位廉政风险防控一览表", N, N, N, N, N, N],
    HEAD,
    [1, "档案接收征集科", "科长", "梁丘翀", "档案接收把关不严", "中", "接收两人核对。"],
    [2, "办公室", "主任", "梁丘琇", "公务用车私用", "低", "派车登记，"],
    [N, "档案", N, N, "违规借阅", N, "定点停放。"],
]
NO_SEQ = [  # no 序号 column
    ["县林草局岗位廉政风险防控一览表", N, N, N, N, N],
    HEAD[1:],
    ["森林资源管理", "股长", "梁丘翀", "林木采伐审批", "高", "审批集体研究，"],
    ["股", N, N, "放宽条件", N, "结果公示。"],
    ["办公室", "主任", "梁丘琇", "公务用车私用", "低", "派车登记。"],
]


# a Word table pasted into Excel: each paragraph a row, the 岗位 cell's post over the holder's
# name in the row under it, 序号 and level merged down over the point's rows (batch258's shape)
WORD = [
    ["镇岗位廉政风险防控一览表", N, N, N, N, N, N],
    HEAD,
    [1, "经管站", "经管站站长", N, "村级账务审核不严", "高", "1.报账单据逐笔审核；"],
    [N, N, "梁丘澄", N, N, N, "2.每季度公开收支明细。"],
    [2, "经管站", "出纳", "梁丘琇", "现金坐支", "中", "收入当日存入银行。"],
]
WORD_MERGES = ["A3:A4", "E3:E4", "F3:F4", "D3:D4"]


def test_merged_rows_of_a_pasted_word_table_read_as_before(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", {"一览表": WORD}, merges={"一览表": WORD_MERGES})
    got = _collect(inbox)
    assert NEW not in codes(got)
    assert [r[1] for r in read(got)] == ["经管站站长", "梁丘澄", "出纳"]  # (as at 70e9dc06)


def test_near_misses_read_as_before(tmp_path):
    for k, (rows, depts, said) in enumerate([
        (SHARED, ["国库支付中心", "办公室"], {"POINT_BLANK"}),
        (SHORT_LINE, ["档案接收征集科", "办公室", "档案"], {"LEVEL_BLANK"}),
        (NO_SEQ, ["森林资源管理", "股", "办公室"], {"LEVEL_BLANK"}),
    ]):  # fmt: skip
        got = run(tmp_path / str(k), rows)
        assert NEW not in codes(got), k
        assert [r[0] for r in read(got)] == depts, k
        assert said <= codes(got), k


def test_the_code_is_named():
    assert NEW in CATALOGUE and NEW in SHORT


# posts listed under a numbered row, 序号 blank on theirs (an ordinary table, no PDF's lines): each
# its own post — no 科室's or 岗位's name broken (review of batch1070's rule)
UNDER_NO_LEVEL = [  # no level column: no record graded
    ["县审计局岗位廉政风险防控表", N, N, N, N],
    ["编号", "股室", "职务", "廉政风险点", "防控措施"],
    [1, "综合股", "综合股股长", "公务接待超标准", "接待清单报账"],
    [N, N, "收发员", "机要文件外传", "保密登记"],
    [N, N, "司机", "公车私用", "派车登记"],
    [2, "经济责任审计股", "审计员", "审计发现问题不报告", "两级复核"],
    [N, N, "统计员", "数据造假", "数据复核"],
]
UNDER_LEVEL_BLANK = [  # a level column, the post under the record's row ungraded
    ["县水务局岗位廉政风险防控表", N, N, N, N, N],
    ["序号", "部门", "岗位", "风险点", "风险等级", "防控措施"],
    [1, "行政科", "行政科科长", "采购不比价", "高", "三家比价"],
    [N, N, "出纳", "公款私存", N, "按月盘点"],
    [2, "水政监察大队", "队员", "执法不公", "中", "执法全程记录"],
]
UNDER_OWN_MEASURES = [  # the row under: a point of its own and measures of its own
    ["县机关事务中心岗位廉政风险防控表", N, N, N, N, N],
    ["序号", "部门", "岗位", "风险点", "风险等级", "防控措施"],
    [1, "后勤服务中心", "后勤服务中心主任", "食堂采购虚报", "中", "采购公开比价"],
    [N, N, "物业管理", "物业费收取不规范", N, "收费公示"],
    [2, "财务室", "会计", "虚列支出", "低", "定期对账"],
]


def test_posts_listed_under_a_numbered_row_stay_apart(tmp_path):
    for k, (rows, posts, said) in enumerate([
        (UNDER_NO_LEVEL, ["综合股股长", "收发员", "司机", "审计员", "统计员"], set()),
        (UNDER_LEVEL_BLANK, ["行政科科长", "出纳", "队员"], {"LEVEL_BLANK"}),
        (UNDER_OWN_MEASURES, ["后勤服务中心主任", "物业管理", "会计"], {"LEVEL_BLANK"}),
    ]):  # fmt: skip
        got = run(tmp_path / str(k), rows)
        assert NEW not in codes(got), k
        assert [r[1] for r in read(got)] == posts, k
        assert len(got.risks) == len(posts), k
        assert said <= codes(got), k


def test_the_probe_wording_stays_apart(tmp_path):
    rows = [
        ["岗位廉政风险防控表", N, N, N, N, N],
        ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "办公室", "办公室主任", "违规使用公务用车办私事", "Ⅱ级", "车辆统一登记"],
        [N, N, "文书", "泄露未公开文件内容", N, "保密教育"],
        [2, "财务股", "会计", "虚列支出套取资金", "Ⅰ级", "定期对账"],
    ]
    got = run(tmp_path, rows)
    assert NEW not in codes(got)
    assert [r[1] for r in read(got)] == ["办公室主任", "文书", "会计"]
    assert [r[3] for r in read(got)] == [
        "违规使用公务用车办私事",
        "泄露未公开文件内容",
        "虚列支出套取资金",
    ]
    assert "LEVEL_BLANK" in codes(got)
