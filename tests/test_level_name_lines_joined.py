"""A table converted from a PDF to Excel (WPS or Adobe 'PDF转Excel') WITH a 序号 column, each
printed line of a cell its OWN ROW, whose LEVEL word breaks at the narrow 风险等级 column
(``较高风`` over ``险``, ``中风`` over ``险``) and whose 姓名 breaks though the column is wider than
that line (``慕容`` over ``雪`` where ``慕容婉`` fits; ``欧阳明`` over ``远``, as long as the column's
longest name): the rest stands in the row under the numbered record, its 序号, 科室 and 岗位 blank,
beside the point's or the measures' rests or alone. Before, the level's rest made the row a record
of its own (LEVEL_UNKNOWN ``较高风`` and ``险``, the point's rest beside it a point of its own, the
point above cut short) and the name's rest was lost (a person ``慕容``). Now the level's and the
name's rests are joined back to the record's cells before any table is looked for, the row's
cells emptied, so the rest of the row reads as the record's lines (RECORD_LINES_AS_ROWS); said
once a sheet (info LEVEL_NAME_LINES_JOINED).

Not the published batch's file (batch1077: a 镇人民政府's 一览表, ``序号 | 科室 | 岗位 | 姓名 |
廉政风险点 | 风险等级 | 防控措施``, ``一级风险/…`` and ``高风险/较高风险/一般风险``, ``散答`` over ``澜``):
a 县卫生健康局's 排查表 under ``编号 | 股室 | 职务 | 责任人 | 风险点 | 风险级别 | 防控措施`` with
``较高风险/中等风险/一般风险``; a 中心学校's 清单 ``序号 | 部门 | 岗位 | 姓名 | 风险点 | 等级 | 措施``
with ``高风险/中风险/低风险`` broken ``中风`` over ``险`` and a name printed to the column's width
going on (``欧阳明`` over ``远``) under a level on one line. Near-misses read as before (checked
with the reader before this change, main at b3a513d5): a second holder on the row under a numbered record (序号 blank, no
level; his 岗位 written, or only his name); a level of its own (``中`` under ``高``) on a row with
no 序号; a Word table's rows under a 序号 and a level merged down.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

N = None
NEW = "LEVEL_NAME_LINES_JOINED"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "排查表.xlsx", {"排查表": rows}, merges={"排查表": merges} if merges else None
    )
    return _collect(inbox)


def read(got) -> list[tuple]:
    cols = ["department", "title", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


HEALTH = [
    ["县卫生健康局廉政风险点排查表", N, N, N, N, N, N],
    ["编号", "股室", "职务", "责任人", "风险点", "风险级别", "防控措施"],
    [1, "局领导", "局长", "慕容婉", "医疗机构设置审批打招呼", "较高风", "审批集体研究，"],
    [N, N, N, N, N, "险", "结果公示。"],
    [2, "医政股", "股长", "慕容", "医师执业注册审核", "中等风", "注册两人审核。"],
    [N, N, N, "雪", "不严", "险", N],
    [3, "医政股", "股长", "慕容", "接受医疗机构宴请", "一般风", "签订廉洁承诺书。"],
    [N, N, N, "雪", N, "险", N],
    [4, "财务股", "会计", "令狐青", "专项经费拨付不及时", "较高风", "经费按月对账，"],
    [N, N, N, N, "", "险", "按季公示。"],
    ["填表人：", N, N, "审核人：", N, N, "2025年9月"],
]


def test_broken_levels_and_a_broken_name_join_their_records(tmp_path):
    got = run(tmp_path, HEALTH)
    assert NEW in codes(got)
    assert not codes(got) & {"LEVEL_UNKNOWN", "LEVEL_BLANK", "POINT_BLANK"}
    assert read(got) == [
        ("局领导", "局长", "慕容婉", "医疗机构设置审批打招呼", "Ⅱ级"),
        ("医政股", "股长", "慕容雪", "医师执业注册审核不严", "Ⅱ级"),
        ("医政股", "股长", "慕容雪", "接受医疗机构宴请", "Ⅲ级"),
        ("财务股", "会计", "令狐青", "专项经费拨付不及时", "Ⅱ级"),
    ]
    issue = got.issues[got.issues["code"] == NEW].iloc[0]
    assert issue["cell"] == "F3" and "较高风" in issue["message"] and "4" not in issue["cell"]


SCHOOL = [
    ["镇中心学校岗位廉政风险防控清单", N, N, N, N, N, N],
    ["序号", "部门", "岗位", "姓名", "风险点", "等级", "措施"],
    [1, "校领导", "校长", "上官林", "食堂大宗物资采购不公开", "高", "公开招标采购。"],
    [2, "总务处", "主任", "欧阳明", "校舍维修工程量签证不实", "中风", "签证两人到场，"],
    [N, N, N, "远", N, "险", "影像留存。"],
    [3, "总务处", "主任", "欧阳明", "资产处置不报批", "低", "处置经校务会研究。"],
    [N, N, N, "远", "", N, N],
    [4, "教务处", "干事", "上官瑜", "教辅资料征订收受回扣", "中风", "征订自愿。"],
    [N, N, N, N, N, "险", N],
]


def test_a_name_printed_to_the_column_width_goes_on(tmp_path):
    got = run(tmp_path, SCHOOL)
    assert NEW in codes(got)
    assert not codes(got) & {"LEVEL_UNKNOWN", "LEVEL_BLANK", "POINT_BLANK"}
    assert read(got) == [
        ("校领导", "校长", "上官林", "食堂大宗物资采购不公开", "Ⅰ级"),
        ("总务处", "主任", "欧阳明远", "校舍维修工程量签证不实", "Ⅱ级"),
        ("总务处", "主任", "欧阳明远", "资产处置不报批", "Ⅲ级"),
        ("教务处", "干事", "上官瑜", "教辅资料征订收受回扣", "Ⅱ级"),
    ]


# near-misses: (rows, merges, what they read as, before and after)
SECOND_POST = [
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "办公室", "主任", "司马青", "公务接待超标准", "高", "按标准接待。"],
    [N, N, "副主任", "司马蓝", N, N, N],
    [2, "财务室", "会计", "诸葛兰", "票据审核不严", "中", "两人审核。"],
]
SECOND_NAME = [
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "办公室", "科员", "王五", "公车使用登记不全", "中", "按月公示。"],
    [N, N, N, "李四", N, N, N],
    [2, "财务室", "出纳", "赵六", "现金坐支", "低", "日清日结。"],
]
OWN_LEVEL = [
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "办公室", "主任", "司马青", "公务接待超标准", "高", "按标准接待。"],
    [N, N, N, N, "公车私用", "中", "派车登记。"],
    [2, "财务室", "会计", "诸葛兰", "票据审核不严", "中", "两人审核。"],
]
WORD = [
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "办公室", "主任", "司马", "公务接待超标准", "较高风险", "按标准接待。"],
    [N, N, N, "青", "公车私用", N, "派车登记。"],
    [2, "财务室", "会计", "司马蓝", "票据审核不严", "一般风险", "两人审核。"],
]


def _before(tmp_path: Path, rows: list, merges: list[str] | None = None) -> list[tuple]:
    got = run(tmp_path, rows, merges)
    assert NEW not in codes(got)
    return read(got)


def test_near_misses_read_as_before(tmp_path):
    assert _before(tmp_path / "a", SECOND_POST)[:1] == [
        ("办公室", "主任", "司马青", "公务接待超标准", "Ⅰ级")
    ]
    assert ("办公室", "科员", "王五", "公车使用登记不全", "Ⅱ级") in _before(
        tmp_path / "b", SECOND_NAME
    )
    got = _before(tmp_path / "c", OWN_LEVEL)
    assert ("办公室", "主任", "司马青", "公务接待超标准", "Ⅰ级") in got
    assert any(r[3] == "公车私用" and r[4] == "Ⅱ级" for r in got)
    got = _before(tmp_path / "d", WORD, ["A2:A3", "F2:F3"])
    assert all(r[2] != "司马青" for r in got)


def test_the_code_is_named():
    assert NEW in CATALOGUE and NEW in SHORT


def test_a_second_holders_whole_name_under_a_longer_name_is_no_rest(tmp_path):
    # (review of this rule: '李强' under '张晓明', as long as the column's longest name, is a
    # second holder's whole name — a listed surname and a given name — not the rest of '张晓明';
    # read as before, the name kept and the row a POINT_BLANK)
    for k, (first, second) in enumerate((("张晓明", "李强"), ("欧阳志", "王芳"))):
        rows = [
            ["编号", "股室", "职务", "责任人", "风险点", "风险级别", "防控措施"],
            [1, "办公室", "主任", first, "公务接待超标准", "高", "严格标准"],
            [N, N, N, second, N, N, N],
            [2, "财务股", "会计", "赵敏", "报销审核不严", "中", "两人复核"],
        ]
        got = run(tmp_path / str(k), rows)
        assert [r[2] for r in read(got)] == [first, "赵敏"]
        assert NEW not in codes(got) and "POINT_BLANK" in codes(got)
