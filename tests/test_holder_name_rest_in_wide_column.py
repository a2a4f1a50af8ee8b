"""A table converted from a PDF to Excel (WPS or Adobe 'PDF转Excel'), each printed line of a cell
its OWN ROW, whose 责任人 (姓名) column the converter made two cells WIDE — its heading merged across
two columns (and the records' names merged across them too), or followed by a column of no
heading that no record writes in — and a holder's name broken where the printed column ended:
the name's first line on the record's row, its rest ALONE on the row under it, in the name's
column or one column right (a centred line starts right of where the converter split the
column), nothing else on that row. Before, the half name was read as the holder and the rest
as a row of no point (POINT_BLANK): the PDF-line rules leave a row with a merge over it, and a
rest in the unheaded column is in none of their columns. Now the rest is joined to the record's
name before any table is looked for, the row emptied; said once a sheet (info
HOLDER_NAME_REST_IN_WIDE_COLUMN).

Not the published batch's file (batch1084: a 财政局's 一览表, ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 |
风险等级 | 防控措施`` with 责任人 merged D:E, ``高风险/中风险/低风险``, ``陀满`` over ``晓``): a 县卫生健康局's
排查表 under ``编号 | 股室 | 职务 | 负责人 | 风险点 | 风险级别 | 防控措施``, 负责人 merged D:E, with
``一级/二级/三级`` and two-line names ``慕容`` over ``雪``, ``令狐`` over ``青松`` (the rest
row merged or not); a 中心学校's 清单 WITHOUT 序号, ``部门 | 岗位 | 姓名 | (no heading) | 主要风险点 |
等级 | 措施``, no merge at all, the rests one column right
(``欧阳`` over ``岚``; ``上官`` over ``瑜`` in the name's own column), 高/中/低.
Near-misses read as before (checked with the reader before this change, main at 4bbfd35d): a
second holder's whole name alone under a record (``李强`` under ``张晓明``; ``兀林答珩`` under
``陀满晓``); a typed table's block, 序号 merged down over the second line; a line in a column of
no heading that the records write in too (a 备注 with no heading); a one-cell 姓名 column whose
next column has a heading; a line that is the start of another holder's name the column writes;
``同上`` alone under a record; a line that is the holder's post (``局长`` under ``尼庞古``, the PDF's
second line of '尼庞古⏎局长') or says how he holds it (``挂职``, ``借调`` in the unheaded column).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

N = None
NEW = "HOLDER_NAME_REST_IN_WIDE_COLUMN"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "排查表.xlsx", {"Table 1": rows}, merges={"Table 1": merges} if merges else None
    )
    return _collect(inbox)


def read(got) -> list[tuple]:
    cols = ["department", "title", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


HEALTH = [
    ["县卫生健康局廉政风险点排查表", N, N, N, N, N, N, N],
    ["编号", "股室", "职务", "负责人", N, "风险点", "风险级别", "防控措施"],
    [1, "局领导", "局长", "慕容", N, "医疗机构设置审批打招呼", "一级", "审批集体研究。"],
    [N, N, N, "雪", N, N, N, N],
    [2, "医政股", "股长", "令狐", N, "医师执业注册审核不严", "二级", "注册两人审核。"],
    [N, N, N, "青松", N, N, N, N],
    [3, "医政股", "股长", "令狐", N, "接受医疗机构宴请", "三级", "签订廉洁承诺书。"],
    [N, N, N, "青松", N, N, N, N],
    [4, "财务股", "会计", "慕容婉", N, "专项经费拨付不及时", "一级", "经费按月对账。"],
    ["填表人：", N, N, "审核人：", N, N, "2025年9月", N],
]
# the heading's and each record's 负责人 merged D:E; the first rest's row too, the others not
HEALTH_MERGES = ["A1:H1", "D2:E2", "D3:E3", "D4:E4", "D5:E5", "D7:E7", "D9:E9"]


def test_a_rest_alone_under_a_merged_wide_name_joins_it(tmp_path):
    got = run(tmp_path, HEALTH, HEALTH_MERGES)
    assert NEW in codes(got)
    assert not codes(got) & {"POINT_BLANK", "LEVEL_BLANK", "ROW_UNPLACED"}
    assert read(got) == [
        ("局领导", "局长", "慕容雪", "医疗机构设置审批打招呼", "Ⅰ级"),
        ("医政股", "股长", "令狐青松", "医师执业注册审核不严", "Ⅱ级"),
        ("医政股", "股长", "令狐青松", "接受医疗机构宴请", "Ⅲ级"),
        ("财务股", "会计", "慕容婉", "专项经费拨付不及时", "Ⅰ级"),
    ]
    issues = got.issues[got.issues["code"] == NEW]
    assert len(issues) == 1
    issue = issues.iloc[0]
    assert issue["cell"] == "D3" and issue["severity"] == "info"
    assert (
        "慕容" in issue["message"] and "慕容雪" in issue["message"] and "3 处" in issue["message"]
    )


SCHOOL = [
    ["镇中心学校岗位廉政风险防控清单", N, N, N, N, N, N],
    ["部门", "岗位", "姓名", N, "主要风险点", "等级", "措施"],
    ["校领导", "校长", "上官林", N, "食堂大宗物资采购不公开", "高", "公开招标采购。"],
    ["总务处", "主任", "欧阳", N, "校舍维修工程量签证不实", "中", "签证两人到场。"],
    [N, N, N, "岚", N, N, N],
    ["总务处", "主任", "欧阳", N, "资产处置不报批", "低", "处置经校务会研究。"],
    [N, N, N, "岚", N, N, N],
    ["教务处", "干事", "上官", N, "教辅资料征订收受回扣", "中", "征订自愿。"],
    [N, N, "瑜", N, N, N, N],
]


def test_a_rest_one_column_right_under_an_unmerged_name_joins_it(tmp_path):
    got = run(tmp_path, SCHOOL, ["A1:G1"])
    assert NEW in codes(got)
    assert not codes(got) & {"POINT_BLANK", "LEVEL_BLANK", "ROW_UNPLACED"}
    assert read(got) == [
        ("校领导", "校长", "上官林", "食堂大宗物资采购不公开", "Ⅰ级"),
        ("总务处", "主任", "欧阳岚", "校舍维修工程量签证不实", "Ⅱ级"),
        ("总务处", "主任", "欧阳岚", "资产处置不报批", "Ⅲ级"),
        ("教务处", "干事", "上官瑜", "教辅资料征订收受回扣", "Ⅱ级"),
    ]


# near-misses: each read as the reader before this change read it
HEAD = ["序号", "科室", "岗位", "责任人", N, "廉政风险点", "风险等级", "防控措施"]
SECOND_HOLDER = [
    HEAD,
    [1, "办公室", "主任", "张晓明", N, "公务接待超标准", "高", "严格标准。"],
    [N, N, N, "李强", N, N, N, N],
    [2, "财务股", "会计", "陀满晓", N, "报销审核不严", "中", "两人复核。"],
    [N, N, N, "兀林答珩", N, N, N, N],
    [3, "财务股", "出纳", "赵敏", N, "现金坐支", "低", "日清日结。"],
]
SECOND_MERGES = ["D1:E1", "D2:E2", "D4:E4", "D6:E6"]
BLOCK = [
    HEAD,
    [1, "办公室", "主任", "司马", N, "公务接待超标准", "高", "严格标准。"],
    [N, N, N, "青", N, N, N, N],
    [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
]
BLOCK_MERGES = ["D1:E1", "D2:E2", "A2:A3"]
NOTE_COLUMN = [
    ["序号", "科室", "岗位", "姓名", N, "廉政风险点", "风险等级", "防控措施"],
    [1, "办公室", "主任", "司马", "兼", "公务接待超标准", "高", "严格标准。"],
    [N, N, N, N, "青", N, N, N],
    [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
]
ONE_CELL = [
    ["序号", "科室", "岗位", "姓名", "备注", "廉政风险点", "风险等级", "防控措施"],
    [1, "办公室", "主任", "司马", N, "公务接待超标准", "高", "严格标准。"],
    [N, N, N, N, "青", N, N, N],
    [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
]
ANOTHERS_START = [
    HEAD,
    [1, "办公室", "主任", "兀林答", N, "公务接待超标准", "高", "严格标准。"],
    [N, N, N, "陀满", N, N, N, N],
    [2, "财务股", "会计", "陀满琪", N, "报销审核不严", "中", "两人复核。"],
]
ANOTHERS_MERGES = ["D1:E1", "D2:E2", "D4:E4"]


def _before(tmp_path: Path, rows: list, merges: list[str] | None = None) -> list[tuple]:
    got = run(tmp_path, rows, merges)
    assert NEW not in codes(got)
    return read(got)


def test_a_second_holders_whole_name_is_no_rest(tmp_path):
    got = _before(tmp_path, SECOND_HOLDER, SECOND_MERGES)
    assert [r[2] for r in got] == ["张晓明", "陀满晓", "赵敏"]


def test_a_typed_block_merged_down_is_left_as_it_was(tmp_path):
    got = _before(tmp_path, BLOCK, BLOCK_MERGES)
    assert all(r[2] != "司马青" for r in got)


def test_a_column_the_records_write_in_or_headed_is_no_span(tmp_path):
    for k, rows in enumerate((NOTE_COLUMN, ONE_CELL)):
        got = _before(tmp_path / str(k), rows)
        assert ("办公室", "主任", "司马", "公务接待超标准", "Ⅰ级") in got, k


def test_the_start_of_another_holders_name_is_no_rest(tmp_path):
    got = _before(tmp_path, ANOTHERS_START, ANOTHERS_MERGES)
    assert [r[2] for r in got if r[3] == "公务接待超标准"] == ["兀林答"]


def test_a_ditto_alone_under_a_record_is_no_rest(tmp_path):
    rows = [
        HEAD,
        [1, "办公室", "主任", "司马青", N, "公务接待超标准", "高", "严格标准。"],
        [N, N, N, "同上", N, N, N, N],
        [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
    ]
    got = _before(tmp_path, rows, ["D1:E1", "D2:E2", "D4:E4"])
    assert [r[2] for r in got if r[3] == "公务接待超标准"] == ["司马青"]


def test_the_code_is_named():
    assert NEW in CATALOGUE and NEW in SHORT and ITEMS[NEW] == "责任人"


# a line alone under the name that is the holder's post, or says how he holds it: no rest
POST_LINE = [
    ["县审计局廉政风险点排查表", N, N, N, N, N, N, N],
    ["序号", "科室", "职务", "负责人", N, "风险点", "风险级别", "防控措施"],
    [1, "局领导", "局长", "尼庞古", N, "审计结果定性打招呼", "一级", "审计结论集体审定。"],
    [N, N, N, "局长", N, N, N, N],
    [2, "经责股", "股长", "温迪罕沅", N, "审计取证不全", "二级", "取证两人以上。"],
    [N, N, N, "股长", N, N, N, N],
    [3, "办公室", "会计", "钱多多", N, "公务卡报销不实", "三级", "报销两级审核。"],
]
POST_LINE_MERGES = ["A1:H1", "D2:E2", "D3:E3", "D5:E5", "D7:E7"]
HELD_NOTE = [
    ["序号", "科室", "职务", "姓名", N, "风险点", "风险级别", "防控措施"],
    [1, "局领导", "副局长", "尼庞古", N, "审计结果定性打招呼", "一级", "审计结论集体审定。"],
    [N, N, N, N, "挂职", N, N, N],
    [2, "经责股", "股长", "温迪罕沅", N, "审计取证不全", "二级", "取证两人以上。"],
    [N, N, N, N, "借调", N, N, N],
    [3, "办公室", "会计", "钱多多", N, "公务卡报销不实", "三级", "报销两级审核。"],
]


def test_a_post_or_how_it_is_held_under_the_name_is_no_rest(tmp_path):
    got = _before(tmp_path / "post", POST_LINE, POST_LINE_MERGES)
    assert [r[2] for r in got] == ["尼庞古", "温迪罕沅", "钱多多"]
    got = _before(tmp_path / "held", HELD_NOTE)
    assert [r[2] for r in got] == ["尼庞古", "温迪罕沅", "钱多多"]


# the holder's column headed '人员' alone (as the reader reads it): the same rests
STAFF = [
    ["县司法局廉政风险点排查表", N, N, N, N, N, N, N],
    ["序号", "科室", "职务", "人员", N, "风险点", "风险级别", "防控措施"],
    [1, "局领导", "局长", "尉迟", N, "法律援助案件指派打招呼", "一级", "指派集体研究。"],
    [N, N, N, "恭", N, N, N, N],
    [2, "社区矫正股", "股长", "长孙", N, "矫正对象请假审批不严", "二级", "审批两人审核。"],
    [N, N, N, "无忌", N, N, N, N],
    [3, "办公室", "会计", "钱多多", N, "公务卡报销不实", "三级", "报销两级审核。"],
]
STAFF_MERGES = ["A1:H1", "D2:E2", "D3:E3", "D5:E5", "D7:E7"]


def test_a_holders_column_headed_staff_alone(tmp_path):
    got = run(tmp_path, STAFF, STAFF_MERGES)
    assert NEW in codes(got) and "POINT_BLANK" not in codes(got)
    assert list(got.risks["person"]) == [
        "尉迟恭",
        "长孙无忌",
        "钱多多",
    ]
