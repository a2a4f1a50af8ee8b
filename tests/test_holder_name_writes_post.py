"""A column naming the post and its holder in one cell (``职务姓名``, ``岗位人员``, ``岗位及姓名``,
``职务　姓名``) whose cells write the post, a space (half- or full-width) and a holder of a surname
no list holds, where the holder's given name is a character that also writes a post, a 科室 or a
duty (``会计　叱干长``, ``稽查员 素和科``, ``药剂师　乞伏员``): where another holder of the same
surname is so written in a cell of the file (``所长　叱干澈``, on this sheet or another), the post
is all before the space and the holder all after it (info HOLDER_NAME_WRITES_POST, once a
table). Before, ``post_spaced_unlisted_name`` took the word after the space for a post (its
last character a post's) and the whole cell was read as a holder with no post (``会计叱干长``;
batch1072's 华溪镇). Not that batch's words: a 市场监督管理所's 一览表 under ``职务姓名`` with
``高风险/中风险/低风险``; a 中心卫生院's two sheets, the surname's other holder on the other one,
``一级/二级/三级``; and the near-misses — a post or a field after the space (``科员　安全员``), such a
name with no other holder of its surname in the file, a listed surname's name (``会计 王长``) —
read as before (checked to read the same with the reader at c37b90c3).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import post_spaced_headed_name, spaced_name_heads

CODE = "HOLDER_NAME_WRITES_POST"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department"), post.get("title"), post.get("person"), len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, r.issues


MARKET = [
    ["某县市场监督管理局某某市场监督管理所岗位廉政风险防控一览表", *[None] * 5],
    ["序号", "股室", "职务姓名", "风险点", "风险等级", "防控措施"],
    [1, "所领导", "所长　叱干澈", "食品经营许可现场核查走过场", "高风险", "核查两人到场，留存影像。"],
    [2, "所领导", "副所长 素和琪岚", "案件查处降格处理", "高风险", "案件集体研判。"],
    [3, "综合组", "会计　叱干长", "罚没款入账不及时", "中风险", "罚没款当日入账。"],
    [4, "稽查组", "稽查员 素和科", "检查前通风报信", "中风险", "双随机抽查，检查留痕。"],
    [5, "稽查组", "监管员　叱干师", "接受经营户宴请", "低风险", "签订廉洁承诺书。"],
]  # fmt: skip


def test_given_names_writing_posts_beside_their_surnames(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": MARKET})
    got, issues = _read(path)
    assert got == sorted([
        ("所领导", "所长", "叱干澈", 1),
        ("所领导", "副所长", "素和琪岚", 1),
        ("综合组", "会计", "叱干长", 1),
        ("稽查组", "稽查员", "素和科", 1),
        ("稽查组", "监管员", "叱干师", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C5"
    assert "3 格" in said[0].message and "职务姓名" in said[0].message
    assert "“会计”" in said[0].message and "“叱干长”" in said[0].message


LEADERS = [
    ["某乡中心卫生院院领导廉政风险防控清单", *[None] * 4],
    ["序号", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "院长　乞伏心悦", "药品耗材采购个人决定", "一级", "采购院务会研究。"],
    [2, "副院长 渴烛浑琪", "绩效分配不公开", "二级", "分配方案公示。"],
]  # fmt: skip
ROOMS = [
    ["某乡中心卫生院科室廉政风险防控清单", *[None] * 5],
    ["序号", "科室", "岗位及姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "药房", "药剂师　乞伏员", "药品验收把关不严", "二级", "验收两人签字。"],
    [2, "药房", None, "过期药品处置不登记", "三级", "处置登记，按月核对。"],
    [3, "收费室", "收费员 渴烛浑长", "医保结算数据不实", "二级", "结算数据按月核对。"],
    [4, "公卫科", "公卫医生　乞伏琛", "家庭医生签约数据造假", "三级", "随机回访核实。"],
]  # fmt: skip


def test_the_surnames_other_holder_on_another_sheet(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx", {"院领导": LEADERS, "科室": ROOMS}, merges={"科室": ["C3:C4"]}
    )
    got, issues = _read(path)
    assert got == sorted([
        ("", "院长", "乞伏心悦", 1),
        ("", "副院长", "渴烛浑琪", 1),
        ("药房", "药剂师", "乞伏员", 2),
        ("收费室", "收费员", "渴烛浑长", 1),
        ("公卫科", "公卫医生", "乞伏琛", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C3" and said[0].source_sheet == "科室"
    assert "2 格" in said[0].message and "岗位及姓名" in said[0].message


NEAR = [
    ["某镇农业综合服务中心岗位廉政风险防控清单", *[None] * 5],
    ["序号", "站所", "职务　姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心", "主任　叱干澈", "项目验收走过场", "高", "验收两人到场。"],
    [2, "中心", "科员　安全员", "安全检查走过场", "中", "检查留痕。"],
    [3, "财务室", "会计　吐万长", "报账审核不严", "中", "两人复核。"],
    [4, "财务室", "出纳 王长", "现金坐收坐支", "低", "日清日结。"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": NEAR})
    got, issues = _read(path)
    # (as the reader at c37b90c3 read them: no other holder of 吐万 in the file, 安全员 a post;
    # ``出纳 王长``, a listed surname's, is no holder of this rule's either way)
    assert got == sorted([
        ("中心", "", "科员安全员", 1),
        ("中心", "主任", "叱干澈", 1),
        ("财务室", "", "会计吐万长", 1),
        ("财务室", "", "出纳王长", 1),
    ])  # fmt: skip
    assert not any(i.code == CODE for i in issues)


def test_the_cell_test():
    heads = frozenset(spaced_name_heads("叱干澈") + spaced_name_heads("尼庞古珩"))
    assert heads == {"叱干", "尼庞", "尼庞古"}
    assert post_spaced_headed_name("会计　叱干长", heads) == ("会计", "叱干长")
    assert post_spaced_headed_name("站长 尼庞古员", heads) == ("站长", "尼庞古员")
    assert post_spaced_headed_name("会计　吐万长", heads) is None  # (no such surname held)
    assert post_spaced_headed_name("科员　安全员", heads) is None
    assert post_spaced_headed_name("会计　叱干长", frozenset()) is None
    assert post_spaced_headed_name("叱干长", heads) is None  # (no post, no space)
    assert post_spaced_headed_name("综合办　叱干长", heads) is None  # (a 科室 before the space)
    assert post_spaced_headed_name("会计\n叱干长", heads) is None  # (a line each)
