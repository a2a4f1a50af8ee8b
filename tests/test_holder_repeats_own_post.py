"""A holders' column (``责任人``, ``岗位责任人``, ``责任人员``, ``直接责任人``) beside the list's own
``岗位`` (``职务``) column whose cells write the row's post again before the holder — after a
space, full- or half-width, or typed straight on (``出纳　纳合澜``, ``报账员纳合主``) — where the
holder's name is one the other rules do not take: a surname no list holds whose characters also
write work (``纳合``, ``徒单``: the cell was read whole as a name, ``出纳纳合澜``), or a given name
that writes a post or a 科室 (``科员　纳合长``, ``药剂师 徒单员``), taken where another holder of
its surname is so written in the column or in the file. The post is the row's 岗位, the holder
the whole word after it (info HOLDER_REPEATS_OWN_POST, once a table). A column of such cells
whose heading guess set it aside (COLUMN_GUESSED ``内容是岗位或科室``) is the holders' again where
most of its cells so read. Before, batch1075's 财政局 lost 7 of its 9 forms. Not that batch's
words: a 乡卫生院's ``岗位 | 责任人员`` with ``Ⅰ级/Ⅱ级/Ⅲ级`` (read before as ``单珂``,
``药剂师徒单员``); a 局's ``股室 | 职务 | 岗位责任人`` with ``高风险/中风险/低风险``, the surnames' other
holders written on another sheet (its column guessed away before, no holder at all); and the near-misses — a field of work after the post (``科员　安全管理``), such a
name with no other holder of its surname in the file, a listed surname's name, a cell naming
another post than its row's — read as before (checked to read the same with the reader at
3fa6ab96).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import headed_name_after_post, unlisted_name_after_post

CODE = "HOLDER_REPEATS_OWN_POST"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department"), post.get("title"), post.get("person"), len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, r.issues


CLINIC = [
    ["某乡卫生院岗位廉政风险防控一览表", *[None] * 5],
    ["序号", "岗位", "责任人员", "风险点", "风险级别", "防控措施"],
    [1, "院长", "院长　徒单珂", "药品耗材采购个人决定", "Ⅰ级", "采购院务会研究。"],
    [2, "院长", "院长　徒单珂", "绩效分配不公开", "Ⅰ级", "分配方案公示。"],
    [3, "药剂师", "药剂师 徒单员", "药品验收把关不严", "Ⅱ级", "验收两人签字。"],
    [4, "收费员", "收费员徒单琪", "医保结算数据不实", "Ⅱ级", "结算数据按月核对。"],
    [5, "公卫医生", "公卫医生　徒单澜", "家庭医生签约数据造假", "Ⅲ级", "随机回访核实。"],
]  # fmt: skip


def test_a_rare_surname_after_the_rows_own_post(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": CLINIC})
    got, issues = _read(path)
    people = sorted((t, p, n) for _d, t, p, n in got)
    assert people == sorted([
        ("院长", "徒单珂", 2),
        ("药剂师", "徒单员", 1),
        ("收费员", "徒单琪", 1),
        ("公卫医生", "徒单澜", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C3"
    assert "责任人员" in said[0].message and "“院长”" in said[0].message
    assert "“徒单珂”" in said[0].message


LEADERS = [
    ["某县民政局局领导廉政风险防控清单", *[None] * 5],
    ["序号", "职务", "岗位责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "局长", "局长　仆散琛", "养老机构补助分配个人说了算", "高风险", "党组会集体研究。"],
    [2, "副局长", "副局长 徒单琦", "低保审批把关不严", "中风险", "审批结果公示。"],
]  # fmt: skip
DIVISIONS = [
    ["某县民政局股室廉政风险防控清单", *[None] * 6],
    ["序号", "股室", "职务", "岗位责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "社会救助股", "股长", "股长　仆散长", "临时救助审核不严", "高风险", "入户核查两人以上。"],
    [2, "社会救助股", "科员", "科员　徒单科", "救助资料归档不全", "低风险", "资料按月归档。"],
    [3, "财务室", "出纳", "出纳　徒单瑶", "现金坐收坐支", "中风险", "收入日清日结。"],
]  # fmt: skip


def test_names_writing_posts_beside_their_surnames(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"局领导": LEADERS, "股室": DIVISIONS})
    got, issues = _read(path)
    assert [g for g in got if g[0] != "局领导" and g[1] not in ("局长", "副局长")] == sorted([
        ("社会救助股", "股长", "仆散长", 1),
        ("社会救助股", "科员", "徒单科", 1),
        ("财务室", "出纳", "徒单瑶", 1),
    ])  # fmt: skip
    assert {(t, p) for _d, t, p, _n in got if t in ("局长", "副局长")} == {
        ("局长", "仆散琛"),
        ("副局长", "徒单琦"),
    }
    said = [i for i in issues if i.code == CODE]
    assert [(i.source_sheet, i.cell) for i in said] == [("局领导", "C4"), ("股室", "D3")]
    assert "3 格" in said[1].message and "岗位责任人" in said[1].message
    # (the 股室 sheet's column, set aside by the heading guess, is the holders' again)
    assert not [i for i in issues if i.code == "COLUMN_GUESSED" and i.source_sheet == "股室"]


NEAR = [
    ["某镇岗位廉政风险点排查表", *[None] * 6],
    ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
    [1, "党政办", "科员", "科员　安全管理", "安全检查走过场", "中", "检查留痕。"],
    [2, "党政办", "主任", "主任 综合协调", "公务接待超标准", "中", "一事一单。"],
    [3, "财政所", "会计", "会计 王长", "票据审核不严", "高", "两人复核。"],
    [4, "财政所", "出纳", "出纳　仆散长", "现金坐支", "高", "日清日结。"],
    [5, "农业站", "农技员", "站长　蒲察珂", "补贴核实不实", "低", "入户核实。"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": NEAR})
    got, issues = _read(path)
    assert got == BEFORE
    assert not [i for i in issues if i.code == CODE]


# (as the reader at 3fa6ab96 reads them, '会计王长' and '出纳仆散长' whole included)
BEFORE = sorted([
    ("党政办", "主任", "主任综合协调", 1),
    ("党政办", "科员", "科员安全管理", 1),
    ("农业站", "农技员", "蒲察珂", 1),
    ("财政所", "会计", "会计王长", 1),
    ("财政所", "出纳", "出纳仆散长", 1),
])  # fmt: skip


def test_the_name_tests():
    assert unlisted_name_after_post("纳合澜") and unlisted_name_after_post("徒单珂")
    assert not unlisted_name_after_post("安全管理") and not unlisted_name_after_post("纳合长")
    heads = frozenset({"纳合", "徒单"})
    assert headed_name_after_post("纳合长", heads) and headed_name_after_post("徒单科", heads)
    assert not headed_name_after_post("石盏长", heads)
    assert not headed_name_after_post("纳合", heads)


# (review 59: a cell starting with its row's post that runs on into a longer post — '出纳员李四'
# on an 出纳's row — names the holder after the longer post, not '员李四')
LONGER = [
    ["某县财政局廉政风险防控一览表", *[None] * 6],
    ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "局长　纳合珩", "重大资金拨付个人决定", "一级", "集体研究"],
    [2, "国库股", "出纳", "出纳员李四", "现金坐收坐支", "三级", "日清日结"],
    [3, "统计股", "统计", "统计员王芳", "统计数据造假", "二级", "交叉核对"],
    [4, "办公室", "驾驶", "驾驶员王强", "公车私用", "二级", "统一调度"],
    [5, "国库股", "会计", "会计　纳合澜", "账务处理不规范", "三级", "按月对账"],
]  # fmt: skip
LONGER_2 = [
    ["某乡卫生院岗位廉政风险防控清单", *[None] * 5],
    ["序号", "岗位", "责任人员", "风险点", "风险级别", "防控措施"],
    [1, "院长", "院长　徒单珂", "药品采购个人决定", "Ⅰ级", "院务会研究。"],
    [2, "收费", "收费员赵敏", "医保结算数据不实", "Ⅱ级", "按月核对。"],
    [3, "药剂", "药剂师孙琳", "药品验收把关不严", "Ⅱ级", "两人签字。"],
    [4, "会计", "会计　徒单澜", "账务处理不规范", "Ⅲ级", "按月对账。"],
]  # fmt: skip


def test_a_longer_post_is_no_part_of_the_holder(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "a.xlsx", {"Sheet1": LONGER}))
    people = {(t, p) for _d, t, p, _n in got}
    assert {("出纳", "李四"), ("统计", "王芳"), ("驾驶", "王强")} <= people
    assert ("局长", "纳合珩") in people and ("会计", "纳合澜") in people
    assert not [p for _t, p in people if p.startswith(("员", "师"))]
    got, issues = _read(write_workbook(tmp_path / "b.xlsx", {"清单": LONGER_2}))
    people = {(t, p) for _d, t, p, _n in got}
    assert {("收费", "赵敏"), ("药剂", "孙琳")} <= people
    assert ("院长", "徒单珂") in people and ("会计", "徒单澜") in people
    assert not [p for _t, p in people if p.startswith(("员", "师"))]
