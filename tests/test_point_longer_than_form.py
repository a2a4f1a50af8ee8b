"""A column headed as the point (``风险点``, ``廉政风险点``, ``风险名称``) beside one headed as how a
risk shows (``表现形式``, ``主要表现``, ``风险表现``) is the point, though its cells run longer — the
form naming a KIND of misconduct in four characters (``优亲厚友``, ``吃拿卡要``) beside a point
written as a whole sentence; the headings say which is which (info POINT_LONGER_THAN_FORM at the
point's heading). Before, the reader took the shorter column for the point whatever its heading
said (``columns._resolve_point``: a point over 1.5 times as long as a description lost to it), so
every point came out as its form (batch1042's 自然资源局). Not that batch's words: a 卫生健康局's
list of posts with ``廉政风险点 | 主要表现`` and a type column; a 镇's list with ``风险表现`` LEFT of
``风险名称`` and names; and the near-misses — headings that do not say which is which
(``风险内容 | 风险说明``, ``风险点 | 风险描述``) read by length as before, a short point beside a long
form reads as before with no info.
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


HEALTH = [
    ["某县卫生健康局岗位廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "岗位", "廉政风险点", "主要表现", "风险类型", "风险等级", "防控措施"],
    [1, "医政股股长", "医疗机构执业登记时对不具备条件的申请人予以登记", "滥用职权", "岗位职责风险",
     "高", "登记材料两人复核，结果公示。"],
    [2, "医政股股长", "医疗纠纷调处中偏袒医疗机构一方并收受好处", "利益输送", "思想道德风险",
     "中", "调处过程全程记录。"],
    [3, "财务室会计", "公共卫生项目经费拨付时不按绩效评价结果拨付", "违规审批", "制度机制风险",
     "中", "拨付依据评价结果，集体审定。"],
    [4, "财务室会计", "报销中对超标准差旅费用不予核减照单全收", "失职失察", "业务流程风险",
     "低", "差旅标准系统控制。"],
]  # fmt: skip


def test_point_column_kept_though_longer_than_main_form(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "清单.xlsx", {"清单": HEALTH}))
    assert got == [
        ("医政股股长", "", "医疗机构执业登记时对不具备条件的申请人予以登记", "Ⅰ级"),
        ("医政股股长", "", "医疗纠纷调处中偏袒医疗机构一方并收受好处", "Ⅱ级"),
        ("财务室会计", "", "公共卫生项目经费拨付时不按绩效评价结果拨付", "Ⅱ级"),
        ("财务室会计", "", "报销中对超标准差旅费用不予核减照单全收", "Ⅲ级"),
    ]
    assert ("POINT_LONGER_THAN_FORM", "C2") in issues
    assert "COLUMN_GUESSED" not in [c for c, _ in issues]


TOWN = [
    ["某镇人民政府廉政风险排查表", None, None, None, None, None],
    ["序号", "职务", "姓名", "风险表现", "风险名称", "等级"],
    [1, "副镇长", "宇文翛", "暗箱操作", "镇级小型工程项目发包不按规定比选施工队伍", "Ⅰ级"],
    [2, "副镇长", "宇文翛", "以权谋私", "征地补偿款发放时为亲友多算补偿面积", "Ⅰ级"],
    [3, "民政办主任", "令狐澈", "优亲厚友", "低保对象评议时把不符合条件的亲属纳入", "Ⅱ级"],
]


def test_form_left_of_the_named_point_with_holders(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"表": TOWN}, merges={"表": ["B3:B4", "C3:C4"]})
    got, issues = _read(path)
    assert got == [
        ("副镇长", "宇文翛", "镇级小型工程项目发包不按规定比选施工队伍", "Ⅰ级"),
        ("副镇长", "宇文翛", "征地补偿款发放时为亲友多算补偿面积", "Ⅰ级"),
        ("民政办主任", "令狐澈", "低保对象评议时把不符合条件的亲属纳入", "Ⅱ级"),
    ]
    assert ("POINT_LONGER_THAN_FORM", "E2") in issues


def test_near_misses_read_as_before(tmp_path):
    # headings that do not say which is which: the shorter column is the point, as before
    for point_head, form_head in (("风险内容", "风险说明"), ("风险点", "风险描述")):
        rows = [list(r) for r in HEALTH]
        rows[1][2], rows[1][3] = point_head, form_head
        got, issues = _read(write_workbook(tmp_path / f"{form_head}.xlsx", {"清单": rows}))
        assert [p for _, _, p, _ in got] == ["滥用职权", "利益输送", "违规审批", "失职失察"], (
            form_head
        )
        codes = [c for c, _ in issues]
        assert "POINT_LONGER_THAN_FORM" not in codes and "COLUMN_GUESSED" in codes, form_head
    # a short point beside a long form: the point, as always, and nothing said
    rows = [list(r) for r in HEALTH]
    for r in rows[2:]:
        r[2], r[3] = r[3], r[2]
    got, issues = _read(write_workbook(tmp_path / "short.xlsx", {"清单": rows}))
    assert [p for _, _, p, _ in got] == ["滥用职权", "利益输送", "违规审批", "失职失察"]
    assert "POINT_LONGER_THAN_FORM" not in [c for c, _ in issues]
