"""A holder's cell writing his rank or title straight onto his name, no space between
(``三级主任科员可朱浑曜``, ``科长库狄沨`` under 责任人 or 姓名), the name of a compound surname the
reader does not list: the name is all after the rank, however rare its surname (info
HOLDER_RANK_GLUED; before, the post typed onto a name, ``identity._post_run_name``, cut the name at
the known surname after the rank: ``三级主任科员可`` | ``朱浑曜``, batch1033's 自然资源局). The
post stays the row's own; a table with no post column takes the rank written. Not that batch's
words: a 县市场监督管理局's 清单 with a 岗位 column and ``Ⅰ级/Ⅱ级/Ⅲ级``, a 镇's 排查表 with no post
column and 高/中/低; and the near-misses (a common surname glued on, a spaced rank, a post of its
own before the name) read as before, with no info.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department"), post.get("title"), post.get("person"), len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, [(i.code, i.cell) for i in r.issues], r.issues


MARKET = [
    ["某县市场监督管理局岗位廉政风险防控清单", *[None] * 6],
    ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "登记注册股", "登记审核岗", "三级主任科员可朱浑曜", "企业登记材料审核放宽", "Ⅱ级", "两级审核"],
    [2, "登记注册股", "登记审核岗", "三级主任科员可朱浑曜", "违规代办收取费用", "Ⅲ级", "窗口公示"],
    [3, "执法稽查大队", "稽查岗", "科长库狄沨", "案件查办降格处理", "Ⅰ级", "集体审议"],
    [4, "食品股", "抽检岗", "一级科员乞伏瑾", "抽检样品选择打招呼", "Ⅱ级", "随机抽样"],
    [5, "办公室", "综合岗", "孙倩", "公务接待超标准", "Ⅲ级", "接待清单"],
]  # fmt: skip


def test_the_whole_word_after_the_rank_is_the_holder(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": MARKET})
    got, codes, issues = _read(path)
    assert got == sorted([
        ("登记注册股", "登记审核岗", "可朱浑曜", 2),
        ("执法稽查大队", "稽查岗", "库狄沨", 1),
        ("食品股", "抽检岗", "乞伏瑾", 1),
        ("办公室", "综合岗", "孙倩", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == "HOLDER_RANK_GLUED"]
    assert len(said) == 1 and said[0].cell == "D3"
    assert "3 人" in said[0].message and "可朱浑曜" in said[0].message


TOWN = [
    ["某镇岗位廉政风险排查表", *[None] * 4],
    ["序号", "科室", "姓名", "风险点", "风险等级"],
    [1, "财政所", "出纳员可朱浑琳", "现金收支不及时入账", "中"],
    [2, "财政所", "出纳员可朱浑琳", "备用金借支不审批", "低"],
    [3, "农业服务中心", "驾驶员库狄岚", "公车私用", "低"],
]


def test_without_a_post_column_the_rank_is_the_post(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": TOWN})
    got, codes, _ = _read(path)
    assert got == sorted([
        ("财政所", "出纳员", "可朱浑琳", 2),
        ("农业服务中心", "驾驶员", "库狄岚", 1),
    ])  # fmt: skip
    assert ("HOLDER_RANK_GLUED", "C3") in codes


def test_near_misses_read_as_before(tmp_path):
    rows = [list(r) for r in MARKET]
    rows[2][3] = rows[3][3] = "副局长王强"  # a common surname: read so already
    rows[4][3] = "科长\u3000库狄沨"  # the space says where the name starts
    rows[5][3] = "局长助理贺兰澈"  # a post of its own before the name
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, codes, _ = _read(path)
    assert got == sorted([
        ("登记注册股", "登记审核岗", "王强", 2),
        ("执法稽查大队", "稽查岗", "库狄沨", 1),
        ("食品股", "抽检岗", "贺兰澈", 1),
        ("办公室", "综合岗", "孙倩", 1),
    ])  # fmt: skip
    assert "HOLDER_RANK_GLUED" not in [c for c, _ in codes]
