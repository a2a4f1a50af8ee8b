"""A column naming the post and its holder in one cell (``岗位人员``, ``岗位及人员``, no 岗位 column of
its own) whose cells for the posts named for no one write the RANK typed straight onto the post's
FIELD OF WORK, no separator (``股长项目管理``, ``出纳费用收缴``, ``组长公共卫生``): the whole cell is one
post, held by no one named (info POST_RANK_GLUED_FIELD, once a table). Before, the field's first
characters, a listed surname's, were taken for a name: ``站长安全生产`` read as post ``站长`` and holder
``安全生产`` (HOLDER_RANK_GLUED), ``出纳现金收付`` as ``出纳现`` | ``金收付``, ``主任文化宣传`` as a holder
with no post (batch1052's 塘头镇). Not that batch's words: a 县交通运输局's 一览表 under ``岗位及人员``
with ``一级/二级/三级`` and a 局长 named a line below his post; a 乡卫生院's 清单 under ``岗位人员``
merged down, ``Ⅰ级/Ⅱ级``, beside ``院长　皇甫湛``; and the near-misses — a rank glued onto a name
of a listed surname (``股长王明``, ``出纳李红梅``) or of one no list holds (``副局长叱卢琛``), a
compound surname (``会计欧阳建设``), the same glued cells under a plain ``岗位`` column beside a
``姓名`` column — read as before, with no info.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import rank_then_field

CODE = "POST_RANK_GLUED_FIELD"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department"), post.get("title"), post.get("person"), len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, r.issues


ROADS = [
    ["某县交通运输局岗位廉政风险防控一览表", *[None] * 5],
    ["序号", "股室", "岗位及人员", "风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长\n欧阳澂", "农村公路建设项目干预招标", "一级", "项目公开招标，过问登记。"],
    [2, "规划建设股", "股长项目管理", "项目库入库打招呼", "一级", "入库集体研究。"],
    [3, "规划建设股", "股长项目管理", "工程变更签证把关不严", "二级", "变更两人复核。"],
    [4, "财务股", "会计资金核算", "养护资金拨付不按进度", "二级", "拨付附计量单。"],
    [5, "办公室", "主任党建工作", "党建经费报账不实", "三级", "经费按实列支。"],
]  # fmt: skip


def test_a_rank_glued_to_its_field_is_one_post_held_by_no_one(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": ROADS})
    got, issues = _read(path)
    assert got == sorted([
        ("局领导", "局长", "欧阳澂", 1),
        ("规划建设股", "股长项目管理", "", 2),
        ("财务股", "会计资金核算", "", 1),
        ("办公室", "主任党建工作", "", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C4"
    assert "3 格" in said[0].message and "岗位及人员" in said[0].message
    assert "“股长”" in said[0].message and "“项目管理”" in said[0].message
    assert not any(i.code == "HOLDER_RANK_GLUED" for i in issues)


CLINIC = [
    ["某乡卫生院岗位廉政风险防控清单", *[None] * 5],
    ["序号", "科室", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "院领导", "院长　皇甫湛", "医疗设备采购个人说了算", "Ⅰ级", "院务会集体研究。"],
    [2, "财务室", "出纳费用收缴", "门诊收费不及时入账", "Ⅰ级", "日清日结。"],
    [3, None, None, "退费审核不严", "Ⅱ级", "退费两人签字。"],
    [4, "公共卫生科", "组长公共卫生", "慢病随访数据虚报", "Ⅱ级", "电话回访抽查。"],
    [5, "药房", "药剂员\n上官淇", "药品出入库账实不符", "Ⅱ级", "月度盘点。"],
]  # fmt: skip


def test_merged_down_beside_named_holders(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx", {"清单": CLINIC}, merges={"清单": ["B4:B5", "C4:C5"]}
    )
    got, issues = _read(path)
    assert got == sorted([
        ("院领导", "院长", "皇甫湛", 1),
        ("财务室", "出纳费用收缴", "", 2),
        ("公共卫生科", "组长公共卫生", "", 1),
        ("药房", "药剂员", "上官淇", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C4" and "2 格" in said[0].message


NEAR = [
    ["某县民政局岗位廉政风险防控清单", *[None] * 5],
    ["序号", "科室", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "社会救助股", "股长王明", "低保审核优亲厚友", "高", "集体评议。"],
    [2, "财务室", "出纳李红梅", "坐支现金", "高", "日清月结。"],
    [3, "局领导", "副局长叱卢琛", "救助资金分配个人说了算", "高", "党组会研究。"],
    [4, "财务室", "会计欧阳建设", "报账审核不严", "中", "两人复核。"],
]  # fmt: skip


def test_a_rank_glued_to_a_name_reads_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": NEAR})
    got, issues = _read(path)
    assert got == sorted([
        ("社会救助股", "股长", "王明", 1),
        ("财务室", "出纳", "李红梅", 1),
        ("局领导", "副局长", "叱卢琛", 1),
        ("财务室", "会计", "欧阳建设", 1),
    ])  # fmt: skip
    assert not any(i.code == CODE for i in issues)


POSTS = [
    ["某县水务局岗位廉政风险防控清单", *[None] * 6],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "水政监察大队", "股长安全生产", "皇甫湛", "水库安全检查走过场", "高", "检查两人以上。"],
    [2, "财务股", "出纳现金收付", "上官淇", "坐支挪用现金", "中", "日清月结。"],
    [3, "办公室", "主任文化宣传", None, "宣传经费报账不实", "低", "报账附清单。"],
]  # fmt: skip


def test_under_a_plain_post_column_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": POSTS})
    got, issues = _read(path)
    assert got == sorted([
        ("水政监察大队", "股长安全生产", "皇甫湛", 1),
        ("财务股", "出纳现金收付", "上官淇", 1),
        ("办公室", "主任文化宣传", "", 1),
    ])  # fmt: skip
    assert not any(i.code == CODE for i in issues)


def test_rank_then_field():
    assert rank_then_field("股长安全生产") == ("股长", "安全生产")
    assert rank_then_field("出纳现金收付") == ("出纳", "现金收付")
    assert rank_then_field("站长林业管护") == ("站长", "林业管护")
    assert rank_then_field("办公室主任文化宣传") == ("办公室主任", "文化宣传")
    for cell in ("股长王明", "出纳李红梅", "副局长叱卢琛", "会计欧阳建设", "局长助理王强",
                 "村会计栾沁雪", "股长　安全生产", "安全生产", "股长"):  # fmt: skip
        assert rank_then_field(cell) is None, cell
