"""A group row over a person's points in a table with NO 岗位 nor 姓名 column that names the post
AND its holder — ``一、局长　某某（主持全面工作）`` (a space, a duty in brackets after it),
``二、副局长某某（分管财务）`` (no space: the post typed onto the name), ``三、办公室主任：某某`` (a
colon) — gives the rows under it that post and that holder, the bracketed duty neither (info
POST_HOLDER_ON_GROUP_ROW). Before, a duty other than ``分管…`` kept the name inside the post
(``局长某某``, no person), the unspaced row did too, and the colon row was read as the 科室
``办公室`` with no post nor person (batch1037's 交通运输局). Not that batch's words: a 水务站's list
under ``（一）`` rows, 一级/二级/三级, a surname the reader knows and one it does not; a 卫生院's rows
numbered ``1.``, an ASCII colon, a duty after an unspaced 药剂师, a type column, 高/中/低; and the near-misses (a 科室 row, a
科室 and a post, a meeting in brackets, a table with its own 岗位/姓名 columns).
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
            got.append(
                (post.get("department") or "", post.get("title") or "", post.get("person") or "",
                 d["risk_point"], d["risk_level"])
            )  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues]


WATER = [
    ["某县某镇水务站岗位廉政风险点一览表", None, None, None],
    ["序号", "主要风险点", "等级", "防控措施"],
    ["（一）站长　皇甫湛（负责站内全面工作）", None, None, None],
    [1, "小型水利工程指定施工队伍", "一级", "工程比选，站务会研究。"],
    [2, "抗旱物资调配优亲厚友", "二级", "调配方案公示。"],
    ["（二）副站长厍骞（协助站长管理工程质量）", None, None, None],
    [1, "隐蔽工程验收签字走过场", "二级", "验收留存影像。"],
    ["（三）会计：上官淇", None, None, None],
    [1, "水费收缴不及时入账", "三级", "票款日清日结。"],
]


def test_group_rows_name_post_and_holder_however_written(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": WATER}, merges={"一览表": ["A1:D1", "A3:D3", "A6:D6", "A8:D8"]})  # fmt: skip
    got, issues = _read(path)
    # (the 科室 is the body the title names, 水务站, as before: no group row names one)
    assert [x[1:] for x in got] == [
        ("站长", "皇甫湛", "小型水利工程指定施工队伍", "Ⅰ级"),
        ("站长", "皇甫湛", "抗旱物资调配优亲厚友", "Ⅱ级"),
        ("副站长", "厍骞", "隐蔽工程验收签字走过场", "Ⅱ级"),
        ("会计", "上官淇", "水费收缴不及时入账", "Ⅲ级"),
    ]  # fmt: skip
    told = [cell for code, cell in issues if code == "POST_HOLDER_ON_GROUP_ROW"]
    assert told == ["A3", "A6", "A8"]


CLINIC = [
    ["某镇卫生院廉政风险防控清单", None, None, None, None],
    ["序号", "廉政风险", "风险类型", "风险等级", "防控措施"],
    ["1.院长:欧阳澈", None, None, None, None],
    [1, "医疗设备采购指定品牌", "制度机制", "高", "设备集中采购。"],
    ["2.药剂师司马霏（负责药库管理）", None, None, None, None],
    [1, "药品出库不登记", "岗位职责", "中", "出库双人签字。"],
    [2, "收受医药代表礼品", "思想道德", "低", "签订廉洁承诺书。"],
]


def test_group_rows_with_an_ascii_colon_and_a_duty(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx", {"清单": CLINIC}, merges={"清单": ["A1:E1", "A3:E3", "A5:E5"]}
    )
    got, issues = _read(path)
    assert got == [
        ("", "院长", "欧阳澈", "医疗设备采购指定品牌", "Ⅰ级"),
        ("", "药剂师", "司马霏", "药品出库不登记", "Ⅱ级"),
        ("", "药剂师", "司马霏", "收受医药代表礼品", "Ⅲ级"),
    ]  # fmt: skip
    assert [c for c, _ in issues].count("POST_HOLDER_ON_GROUP_ROW") == 2


NEAR = [
    ["某县某局廉政风险点一览表", None, None, None],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    ["一、办公室", None, None, None],
    [1, "公务接待超标准", "中", "接待凭公函。"],
    ["二、财务股　会计", None, None, None],
    [1, "报销凭证审核不严", "高", "两人复核。"],
    ["三、局长办公会（集体决策事项）", None, None, None],
    [1, "重大事项未经集体研究", "高", "会议纪要存档。"],
]


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": NEAR}, merges={"一览表": ["A1:D1", "A3:D3", "A5:D5", "A7:D7"]})  # fmt: skip
    got, issues = _read(path)
    # a 科室, a 科室 and its post, a meeting: no one named, each read as before the rule
    assert got == [
        ("办公室", "", "", "公务接待超标准", "Ⅱ级"),
        ("财务股", "会计", "", "报销凭证审核不严", "Ⅰ级"),
        ("财务股", "局长办公会（集体决策事项）", "", "重大事项未经集体研究", "Ⅰ级"),
    ]  # fmt: skip
    assert "POST_HOLDER_ON_GROUP_ROW" not in [c for c, _ in issues]


OWN_COLUMNS = [
    ["某县某局廉政风险点一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    ["二、副局长　皇甫湛（主持全面工作）", None, None, None, None, None],
    [1, "副局长", "皇甫湛", "项目审批打招呼", "高", "审批集体研究。"],
    [2, "股长", "上官淇", "资金拨付不及时", "中", "按进度拨付。"],
]


def test_a_table_with_its_own_post_and_name_columns_reads_as_before(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": OWN_COLUMNS}, merges={"一览表": ["A1:F1", "A3:F3"]})  # fmt: skip
    got, issues = _read(path)
    assert {(t, p) for _d, t, p, _x, _l in got} == {("副局长", "皇甫湛"), ("股长", "上官淇")}
    assert "POST_HOLDER_ON_GROUP_ROW" not in [c for c, _ in issues]


NURSERY = [
    ["某县林业局岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    ["一、营林股", None, None, None, None, None],
    [1, "股长", "欧阳澈", "造林验收面积核定不实", "中", "验收两人以上。"],
    ["二、苗圃", None, None, None, None, None],
    [2, "技术员", "上官淇", "苗木出圃不登记", "低", "出圃台账管理。"],
]


def test_a_farm_group_row_is_a_department(tmp_path):
    # (batch1037's ordinary 林业局 list: '三、国有林场' kept the 股 above; a 苗圃 here)
    path = write_workbook(
        tmp_path / "清单.xlsx", {"清单": NURSERY}, merges={"清单": ["A1:F1", "A3:F3", "A5:F5"]}
    )
    got, issues = _read(path)
    assert got == [
        ("营林股", "股长", "欧阳澈", "造林验收面积核定不实", "Ⅱ级"),
        ("苗圃", "技术员", "上官淇", "苗木出圃不登记", "Ⅲ级"),
    ]  # fmt: skip
    assert "POST_HOLDER_ON_GROUP_ROW" not in [c for c, _ in issues]
