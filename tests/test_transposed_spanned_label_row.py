"""A list laid on its side (each column one point, the labels down the first column) whose
``科室``, ``岗位`` or ``责任人`` row holds ONE value merged across that post's columns (``岗位 |
局长`` over B:C) — a block of one post, so the row has a label and one value only — reads that
value as every one of those columns' (info TRANSPOSED_SPANNED_LABEL_ROW); where such blocks stand
one under the other, each with its own label column, the lower ones take the unit of the title
above. Before, the row was read as a line of fields above the table: its holder dropped where his
surname is rare, and the lower block's unit blank (batch1082's 水务局). Not that batch's words: a
供销合作社's ``部门 | 职务 | 姓名`` blocks with ``一级/二级/三级``, a 交通运输局's single block with
``股室 | 责任人`` and ``Ⅰ级/Ⅱ级``; and near-misses: a card's ``岗位 | 局长`` field merged over the
form (no point row under it), and a block of two posts, read as before.
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
            got.append((post.get("unit"), post.get("department"), post.get("title"),
                        post.get("person"), d["risk_point"], d["risk_level"]))  # fmt: skip
    return sorted(got), [(i.code, i.cell) for i in r.issues]


UNIT = "某县供销合作社联合社"
COOP = [
    [f"{UNIT}岗位廉政风险防控表", None, None, None],
    ["部门", "社领导", None, None],
    ["职务", "主任", None, None],
    ["姓名", "呼延翀", None, None],
    ["廉政风险点", "社有资产出租不公开竞价", "基层社改造项目指定施工方", None],
    ["风险等级", "一级", "二级", None],
    ["防控措施", "出租公开竞价。", "项目集体研究。", None],
    ["部门", "财务审计科", None, None],
    ["职务", "科长", None, "会计"],
    ["姓名", "端木澍", None, "东郭琰"],
    ["廉政风险点", "审计发现问题隐瞒不报", "往来款项清理不及时", "报销凭证审核不严"],
    ["风险等级", "二级", "三级", "三级"],
    ["防控措施", "审计报告集体审定。", "往来款按季清理。", "凭证两人审核。"],
]
COOP_MERGES = ["A1:D1", "B2:C2", "B3:C3", "B4:C4", "B8:D8", "B9:C9", "B10:C10"]


def test_blocks_one_under_the_other_each_post_merged_over_its_columns(tmp_path):
    path = write_workbook(tmp_path / "供销社.xlsx", {"表": COOP}, merges={"表": COOP_MERGES})
    got, issues = _read(path)
    assert got == sorted([
        (UNIT, "社领导", "主任", "呼延翀", "社有资产出租不公开竞价", "Ⅰ级"),
        (UNIT, "社领导", "主任", "呼延翀", "基层社改造项目指定施工方", "Ⅱ级"),
        (UNIT, "财务审计科", "科长", "端木澍", "审计发现问题隐瞒不报", "Ⅱ级"),
        (UNIT, "财务审计科", "科长", "端木澍", "往来款项清理不及时", "Ⅲ级"),
        (UNIT, "财务审计科", "会计", "东郭琰", "报销凭证审核不严", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("TRANSPOSED_SPANNED_LABEL_ROW", "B2") in issues
    assert codes.count("TRANSPOSED_SPANNED_LABEL_ROW") == 1


ROADS = [
    ["某县交通运输局廉政风险点表（横排）", None, None, None],
    ["股室", "建设管理股", None, None],
    ["责任人", "赫连霁", None, None],
    ["风险点", "工程变更签证把关不严", "交工验收只看资料", "质保金返还拖延"],
    ["风险等级", "Ⅰ级", "Ⅱ级", "Ⅱ级"],
    ["防控措施", "变更两人复核。", "验收影像存档。", "按合同返还。"],
]


def test_one_block_its_department_and_holder_merged_across(tmp_path):
    path = write_workbook(
        tmp_path / "交通.xlsx", {"表": ROADS}, merges={"表": ["A1:D1", "B2:D2", "B3:D3"]}
    )
    got, issues = _read(path)
    assert [(d, who, p, lv) for _u, d, _t, who, p, lv in got] == sorted([
        ("建设管理股", "赫连霁", "工程变更签证把关不严", "Ⅰ级"),
        ("建设管理股", "赫连霁", "交工验收只看资料", "Ⅱ级"),
        ("建设管理股", "赫连霁", "质保金返还拖延", "Ⅱ级"),
    ])  # fmt: skip
    assert ("TRANSPOSED_SPANNED_LABEL_ROW", "B2") in issues


CARD = [
    ["某县统计局岗位廉政风险防控卡", None, None, None],
    ["岗位", "局长", None, None],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    [1, "统计数据审核打招呼", "高", "数据两级审核。"],
    [2, "统计执法检查通风报信", "中", "检查两人以上。"],
]


def test_near_miss_a_card_field_merged_over_the_form(tmp_path):
    path = write_workbook(tmp_path / "卡.xlsx", {"卡": CARD}, merges={"卡": ["A1:D1", "B2:D2"]})
    got, issues = _read(path)
    assert [(t, p, lv) for _u, _d, t, _w, p, lv in got] == sorted([
        ("局长", "统计数据审核打招呼", "Ⅰ级"),
        ("局长", "统计执法检查通风报信", "Ⅱ级"),
    ])  # fmt: skip
    assert "TRANSPOSED_SPANNED_LABEL_ROW" not in [c for c, _ in issues]


TWO_POSTS = [
    ["某县文旅局岗位廉政风险表", None, None, None],
    ["岗位", "局长", "股长", None],
    ["责任人", "慕容珂", "令狐沅", None],
    ["风险点", "文物修缮项目指定施工方", "演出审批降低标准", None],
    ["风险等级", "高", "中", None],
    ["防控措施", "项目公开招标。", "审批两级审核。", None],
]


def test_near_miss_two_posts_a_value_a_column(tmp_path):
    path = write_workbook(tmp_path / "文旅.xlsx", {"表": TWO_POSTS}, merges={"表": ["A1:D1"]})
    got, issues = _read(path)
    assert [(t, w, p, lv) for _u, _d, t, w, p, lv in got] == sorted([
        ("局长", "慕容珂", "文物修缮项目指定施工方", "Ⅰ级"),
        ("股长", "令狐沅", "演出审批降低标准", "Ⅱ级"),
    ])  # fmt: skip
    assert "TRANSPOSED_SPANNED_LABEL_ROW" not in [c for c, _ in issues]
