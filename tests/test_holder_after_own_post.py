"""A holders' column (``直接责任人``, ``岗位责任人``, ``责任人``) beside the list's own 岗位 whose cells
write the row's post again, a space, then the holder (``股长　叱伏列珂`` on a 股长's row): the name
is all that follows the space, however rare its surname (info HOLDER_AFTER_OWN_POST where a name
read otherwise before: the post typed straight onto a name was cut by the surnames the reader
knows, ``副局长叱`` | ``伏列琛``, batch1032's 自然资源局); and such a column is the holders', not a
second post column lost to the one headed 岗位 (COLUMN_GUESSED with the reason; before, the list
named no one). Not that batch's words: a 县水务局's 一览表 with ``第一责任人 | 直接责任人`` and
``一级/二级/三级``, a 中学's list with one ``岗位责任人`` column and ``Ⅰ级/Ⅱ级``; and the near-misses.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config

SP = "\u3000"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department"), post.get("title"), post.get("person"), len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, [(i.code, i.cell) for i in r.issues], r.issues


WATER = [
    ["某县水务局岗位廉政风险防控一览表", *[None] * 7],
    ["序号", "科室", "职务", "风险点", "级别", "措施", "第一责任人", "直接责任人"],
    [1, "局领导", "局长", "水利工程招标指定中标人", "一级", "集体研究", f"局长{SP}俟力伐瑛", f"局长{SP}俟力伐瑛"],
    [2, "水政股", "股长", "河道采砂许可审核放宽", "二级", "两人审核", f"局长{SP}俟力伐瑛", f"股长{SP}乙弗嵘"],
    [3, "水政股", "股长", "涉河建设项目检查走过场", "二级", "全程记录", f"局长{SP}俟力伐瑛", f"股长{SP}乙弗嵘"],
    [4, "水利站", "技术员", "小型水利工程验收签字不实", "三级", "验收影像存档", f"局长{SP}俟力伐瑛", f"技术员{SP}库狄曜珩"],
]  # fmt: skip


def test_the_whole_word_after_the_post_is_the_holder(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": WATER})
    got, codes, issues = _read(path)
    assert got == sorted([
        ("局领导", "局长", "俟力伐瑛", 1),
        ("水政股", "股长", "乙弗嵘", 2),
        ("水利站", "技术员", "库狄曜珩", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == "HOLDER_AFTER_OWN_POST"]
    assert len(said) == 1 and said[0].cell.startswith("H")


SCHOOL = [
    ["某县第二中学岗位廉政风险排查表", *[None] * 5],
    ["序号", "处室", "岗位", "岗位责任人", "廉政风险点", "风险等级"],
    [1, "总务处", "会计", "会计 赵丽", "报销凭证审核不严", "Ⅱ级"],
    [2, "总务处", "出纳", "出纳 孙倩", "现金日记账登记不及时", "Ⅱ级"],
    [3, "教务处", "主任", "主任 王建国", "分班接受家长请托", "Ⅰ级"],
]


def test_a_holders_column_of_posts_and_names_is_not_a_second_post_column(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": SCHOOL})
    got, codes, issues = _read(path)
    assert got == sorted([
        ("总务处", "会计", "赵丽", 1),
        ("总务处", "出纳", "孙倩", 1),
        ("教务处", "主任", "王建国", 1),
    ])  # fmt: skip
    guessed = [i for i in issues if i.code == "COLUMN_GUESSED" and i.cell == "D2"]
    assert guessed and "空格后是姓名" in guessed[0].message
    assert "HOLDER_AFTER_OWN_POST" not in [c for c, _ in codes]  # (common names: read so already)


def test_a_vacant_post_after_the_space_names_no_one(tmp_path):
    rows = [list(r) for r in SCHOOL]
    rows[3][3] = "出纳 空缺"
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": rows})
    got, codes, _ = _read(path)
    assert ("总务处", "出纳", "", 1) in got
    assert "HOLDER_AFTER_OWN_POST" not in [c for c, _ in codes]


def test_a_name_column_beside_keeps_the_holders(tmp_path):
    # a 姓名 column of bare names beside '分管领导 | 副局长 王强': the 姓名 column holds the posts
    rows = [
        ["某县统计局岗位廉政风险防控清单", *[None] * 6],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "分管领导"],
        [1, "综合股", "股长", "俟力伐瑛", "统计数据审核把关不严", "高", "副局长 王强"],
        [2, "综合股", "统计员", "乙弗嵘", "调查样本替换不报告", "中", "副局长 王强"],
        [3, "普查中心", "主任", "库狄曜珩", "普查经费报账不实", "中", "副局长 王强"],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, codes, _ = _read(path)
    assert {g[2] for g in got} == {"俟力伐瑛", "乙弗嵘", "库狄曜珩"}
    assert "HOLDER_AFTER_OWN_POST" not in [c for c, _ in codes]


def test_the_direct_column_beats_the_first_one(tmp_path):
    rows = [list(r) for r in WATER]
    for r in rows[2:]:
        r[7] = f"{r[2]}{SP}王{'建国' if r[2] == '局长' else '丽'}"
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": rows})
    got, codes, _ = _read(path)
    assert {g[2] for g in got} == {"王建国", "王丽"}
    assert "HOLDER_AFTER_OWN_POST" not in [c for c, _ in codes]


def test_a_supervisors_post_before_the_name_holds_no_row(tmp_path):
    # '站长 俟力伐瑛' over 技术员, 会计 rows: another post than the row's, a supervisor (review 84):
    # no holder of the rows, as before
    rows = [list(r) for r in SCHOOL]
    for r in rows[2:]:
        r[3] = "副校长 王建国"
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": rows})
    got, codes, _ = _read(path)
    assert {g[2] for g in got} == {""}
    assert "HOLDER_AFTER_OWN_POST" not in [c for c, _ in codes]
