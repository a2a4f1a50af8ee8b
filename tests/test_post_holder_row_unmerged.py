"""A group row naming a post AND its holder over that person's points, in a list with NO 岗位 nor
姓名 column, typed in the first cell alone — the 序号 (编号) cell, merged across nothing, the rest of
its row blank — is that post and holder's group row as when merged across the table
(POST_HOLDER_ON_GROUP_ROW): the rows under it are that person's (info POST_HOLDER_ROW_UNMERGED).
Before, such a row was read as the work matter of the rows under it and its points as no one's
(batch1041's 中医医院: ``一、院长　莫侯澈（主持全面工作）`` in A3 alone). And, merged or not, a holder
of four or five characters whose compound surname no list holds (``会计：吐火罗珩``,
``副院长　吐火罗湉（分管…）``) is that holder where a colon or a duty said after it marks the words as
a name (a space alone may part a post from its field). Not that batch's words: a 司法所's rows
numbered ``1.`` with an ASCII colon, 一级/二级/三级, no type column, a holder of the surname 屋引;
a school's ``（一）`` rows under an ``编号`` column with a type column and 高/中/低; and the
near-misses (a 科室, a work matter, a meeting, a post and its field typed the same way; a space
alone before a rare four-character name; a table with its own 岗位/姓名 columns).
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


JUSTICE = [
    ["某县某镇司法所岗位廉政风险点一览表", None, None, None],
    ["序号", "主要风险点", "风险等级", "防控措施"],
    ["1.所长:屋引琤岚", None, None, None],
    [1, "人民调解补贴发放优亲厚友", "一级", "补贴按调解卷宗核发，所务会研究。"],
    [2, "社区矫正对象请假审批放宽", "二级", "请假审批两级签字。"],
    ["2.助理员:庾湛（负责法律援助受理）", None, None, None],
    [1, "法律援助申请审查走过场", "二级", "审查材料存档备查。"],
    [2, "接受当事人吃请", "三级", "签订廉洁承诺书。"],
]


def test_rows_in_the_first_cell_alone_name_post_and_holder(tmp_path):
    path = write_workbook(
        tmp_path / "一览表.xlsx", {"一览表": JUSTICE}, merges={"一览表": ["A1:D1"]}
    )
    got, issues = _read(path)
    assert [x[1:] for x in got] == [
        ("所长", "屋引琤岚", "人民调解补贴发放优亲厚友", "Ⅰ级"),
        ("所长", "屋引琤岚", "社区矫正对象请假审批放宽", "Ⅱ级"),
        ("助理员", "庾湛", "法律援助申请审查走过场", "Ⅱ级"),
        ("助理员", "庾湛", "接受当事人吃请", "Ⅲ级"),
    ]  # fmt: skip
    told = [cell for code, cell in issues if code == "POST_HOLDER_ROW_UNMERGED"]
    assert told == ["A3", "A6"]
    assert "POST_HOLDER_ON_GROUP_ROW" not in [c for c, _ in issues]


SCHOOL = [
    ["某县某小学廉政风险防控清单", None, None, None, None],
    ["编号", "廉政风险", "风险类型", "风险等级", "防控措施"],
    ["（一）校长　闻人翊（全面负责学校工作）", None, None, None, None],
    [1, "教辅资料征订指定书商", "外部环境", "高", "征订自愿，家长委员会监督。"],
    ["（二）总务主任：库狄岚澄", None, None, None, None],
    [1, "食堂食材验收不严", "岗位职责", "中", "验收两人签字，留样备查。"],
    [2, "维修工程不比价", "制度机制", "低", "三家比价，结果公示。"],
]


def test_a_numbered_column_a_type_column_and_a_rare_name_after_a_colon(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": SCHOOL}, merges={"清单": ["A1:E1"]})
    got, issues = _read(path)
    assert [x[1:] for x in got] == [
        ("校长", "闻人翊", "教辅资料征订指定书商", "Ⅰ级"),
        ("总务主任", "库狄岚澄", "食堂食材验收不严", "Ⅱ级"),
        ("总务主任", "库狄岚澄", "维修工程不比价", "Ⅲ级"),
    ]  # fmt: skip
    assert [c for c, _ in issues].count("POST_HOLDER_ROW_UNMERGED") == 2


def test_a_rare_name_merged_across_is_read_too(tmp_path):
    # (merged across, the rule of batch1037: the colon or the duty marks the rare name)
    rows = [list(r) for r in JUSTICE]
    rows[5] = ["2.副所长　屋引翀澜（分管社区矫正）", None, None, None]
    path = write_workbook(
        tmp_path / "一览表.xlsx", {"一览表": rows}, merges={"一览表": ["A1:D1", "A3:D3", "A6:D6"]}
    )
    got, issues = _read(path)
    assert {(t, p) for _d, t, p, _x, _l in got} == {("所长", "屋引琤岚"), ("副所长", "屋引翀澜")}
    told = [cell for code, cell in issues if code == "POST_HOLDER_ON_GROUP_ROW"]
    assert told == ["A3", "A6"]
    assert "POST_HOLDER_ROW_UNMERGED" not in [c for c, _ in issues]


NEAR = [
    ["某县某局廉政风险点一览表", None, None, None],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    ["一、工程建设管理", None, None, None],
    [1, "工程变更签证把关不严", "高", "变更集体研究。"],
    ["二、出纳　屋引琤岚", None, None, None],
    [1, "现金不及时入账", "低", "日清日结。"],
    ["三、局长办公会（集体决策事项）", None, None, None],
    [1, "重大事项未经集体研究", "高", "会议纪要存档。"],
    ["四、副局长　安全生产", None, None, None],
    [1, "安全检查走过场", "中", "检查留存记录。"],
]


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": NEAR}, merges={"一览表": ["A1:D1"]})
    got, issues = _read(path)
    # a work matter, a space alone before a rare name of four characters, a meeting: no one,
    # each read as before the rule; a post and its field: that post (FIELD_AFTER_POST), as before
    assert [x[1:3] for x in got] == [("", "")] * 3 + [("分管安全生产副局长", "")]
    assert not {"POST_HOLDER_ROW_UNMERGED", "POST_HOLDER_ON_GROUP_ROW"} & {c for c, _ in issues}


OWN_COLUMNS = [
    ["某县某局廉政风险点一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    ["一、局长　闻人翊（主持全面工作）", None, None, None, None, None],
    [1, "局长", "闻人翊", "项目审批打招呼", "高", "审批集体研究。"],
    [2, "股长", "庾湛", "资金拨付不及时", "中", "按进度拨付。"],
]


def test_a_table_with_its_own_post_and_name_columns_reads_as_before(tmp_path):
    path = write_workbook(
        tmp_path / "一览表.xlsx", {"一览表": OWN_COLUMNS}, merges={"一览表": ["A1:F1"]}
    )
    got, issues = _read(path)
    assert {(t, p) for _d, t, p, _x, _l in got} == {("局长", "闻人翊"), ("股长", "庾湛")}
    assert "POST_HOLDER_ROW_UNMERGED" not in [c for c, _ in issues]
