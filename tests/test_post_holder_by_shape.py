"""A holder whose surname the reader does not list, marked by nothing but the cell's shape: a
group row naming a post, a space and four or five characters (``二、出纳　土难琤岚``, no colon, no
duty in brackets) in a list with no 岗位 nor 姓名 column holds the points under it (info
POST_HOLDER_BY_SHAPE); a rank typed straight onto such a name in a holder cell (``副所长土难澈``,
no listed surname in it at all) is the post and the holder (HOLDER_RANK_GLUED). Before, the
group row was read as a post ``出纳土难琤岚`` holding no one, and the glued cell as a person
``副所长土难澈`` of no post (batch1045's 白泥镇财政所). Not that batch's words: a 县水务局's 站 list
with ``（一）站长 可频澜琪`` (a half-width space), 一级/二级; a 乡 卫生院's list with ``1.院长　吐奚琬瑜``
typed in the 序号 cell alone, Ⅰ级/Ⅱ级; a 粮食储备库's 责任人 cells ``保管员吐奚琬瑜``; and the
near-misses: a post and its line of work (``副局长　安全生产``, ``主任　综合协调``,
``副局长　城乡环卫`` in a table of such fields), a 科室 and a post, a work matter, a glued line of work
(``副站长乡村振兴``, ``主任综合协调``).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("title"), post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


WATER = [
    ["某县水务局农村供水管理站廉政风险防控表", None, None, None],
    ["编号", "风险点", "等级", "防控措施"],
    ["（一）站长 可频澜琪", None, None, None],
    [1, "供水工程维修指定施工队", "一级", "维修项目比选，站务会研究。"],
    [2, "水费减免个人说了算", "一级", "减免名单公示。"],
    ["（二）水质检测员 吐奚琬瑜", None, None, None],
    [3, "水质检测数据弄虚作假", "二级", "检测两人复核，原始记录存档。"],
]


def test_group_rows_name_holders_by_their_shape(tmp_path):
    path = write_workbook(
        tmp_path / "供水站.xlsx", {"表": WATER}, merges={"表": ["A1:D1", "A3:D3", "A6:D6"]}
    )
    got, issues = _read(path)
    assert got == [
        ("站长", "可频澜琪", "供水工程维修指定施工队", "Ⅰ级"),
        ("站长", "可频澜琪", "水费减免个人说了算", "Ⅰ级"),
        ("水质检测员", "吐奚琬瑜", "水质检测数据弄虚作假", "Ⅱ级"),
    ]
    assert ("POST_HOLDER_BY_SHAPE", "A3") in issues and ("POST_HOLDER_BY_SHAPE", "A6") in issues


CLINIC = [
    ["某乡卫生院岗位廉政风险点一览表", None, None, None, None],
    ["序号", "廉政风险点", "风险级别", "防控措施", "备注"],
    ["1.院长　吐奚琬瑜", None, None, None, None],
    ["（1）", "药品耗材采购干预", "Ⅰ级", "集中采购，院务会研究。", None],
    ["2.药房管理员　可频澜琪", None, None, None, None],
    ["（1）", "药品出入库不登记", "Ⅱ级", "出入库日清，月度盘点。", None],
    ["（2）", "过期药品处置不规范", "Ⅱ级", "处置登记，两人监销。", None],
]


def test_group_rows_typed_in_the_number_cell_alone(tmp_path):
    path = write_workbook(
        tmp_path / "卫生院.xlsx", {"一览表": CLINIC}, merges={"一览表": ["A1:E1"]}
    )
    got, issues = _read(path)
    assert [(t, p, lv) for t, p, _, lv in got] == [
        ("院长", "吐奚琬瑜", "Ⅰ级"),
        ("药房管理员", "可频澜琪", "Ⅱ级"),
        ("药房管理员", "可频澜琪", "Ⅱ级"),
    ]
    assert [c for c, _ in issues].count("POST_HOLDER_BY_SHAPE") == 2


GRAIN = [
    ["某县粮食储备库廉政风险排查表", None, None, None, None],
    ["序号", "部门", "责任人", "风险点", "风险等级"],
    [1, "仓储科", "保管员吐奚琬瑜", "粮食出入库数量不实", "高"],
    [2, "仓储科", "副科长可频澜", "轮换粮源指定供应商", "中"],
]


def test_rank_glued_onto_a_name_of_no_listed_surname(tmp_path):
    path = write_workbook(tmp_path / "储备库.xlsx", {"表": GRAIN})
    got, issues = _read(path)
    assert [(t, p) for t, p, _, _ in got] == [("保管员", "吐奚琬瑜"), ("副科长", "可频澜")]
    assert ("HOLDER_RANK_GLUED", "C3") in issues


FIELDS = [
    ["某县应急管理局廉政风险防控一览表", None, None, None],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    ["一、副局长　安全生产", None, None, None],
    [1, "执法检查走过场", "高", "检查留痕。"],
    ["二、副局长　城乡环卫", None, None, None],
    [2, "保洁服务考核打招呼", "中", "考核结果公示。"],
    ["三、主任　综合协调", None, None, None],
    [3, "会议费超标准列支", "低", "据实报账。"],
]


def test_a_post_and_its_line_of_work_stay_posts(tmp_path):
    path = write_workbook(
        tmp_path / "应急局.xlsx",
        {"表": FIELDS},
        merges={"表": ["A1:D1", "A3:D3", "A5:D5", "A7:D7"]},
    )
    got, issues = _read(path)
    assert {p for _, p, _, _ in got} == {""}
    assert all(code != "POST_HOLDER_BY_SHAPE" for code, _ in issues)
    assert len(got) == 3


MATTERS = [
    ["某镇财政所廉政风险防控表", None, None, None],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    ["一、财务股　会计", None, None, None],
    [1, "凭证审核不严", "高", "两人复核。"],
    ["二、出纳　现金收付", None, None, None],
    [2, "现金不及时入账", "中", "日清月结。"],
    ["三、副镇长　森林防火", None, None, None],
    [3, "防火物资采购不比价", "低", "三家比价。"],
]


def test_a_department_a_work_matter_and_a_field_are_no_holders(tmp_path):
    path = write_workbook(
        tmp_path / "财政所.xlsx",
        {"表": MATTERS},
        merges={"表": ["A1:D1", "A3:D3", "A5:D5", "A7:D7"]},
    )
    got, issues = _read(path)
    assert {p for _, p, _, _ in got} == {""}
    assert all(code != "POST_HOLDER_BY_SHAPE" for code, _ in issues)


GLUED_FIELD = [
    ["某县农业农村局廉政风险排查表", None, None, None, None],
    ["序号", "股室", "责任人", "风险点", "风险等级"],
    [1, "产业股", "副站长乡村振兴", "衔接资金分配不公", "中"],
    [2, "办公室", "主任综合协调", "会议费超标准列支", "低"],
]


def test_a_rank_glued_onto_a_line_of_work_is_no_holder(tmp_path):
    path = write_workbook(tmp_path / "农业局.xlsx", {"表": GLUED_FIELD})
    got, issues = _read(path)
    assert all(code != "HOLDER_RANK_GLUED" for code, _ in issues)
    # no holder: the rank and its line of work are one post, held by no one named (before
    # batch1052 the whole cell was taken for a holder's name; POST_RANK_GLUED_FIELD)
    assert [(t, p) for t, p, _, _ in got] == [("副站长乡村振兴", ""), ("主任综合协调", "")]
