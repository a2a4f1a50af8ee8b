"""A template's fill-in hint row left right under a table's header and NUMBERED like a data row
(``1 | 填写科室全称 | 填写岗位名称 | 简述风险表现 | 一级/二级/三级 | 简述措施``): its 序号 cell a bare
``1``, each other cell restating its heading or saying how to fill the column in, one at least
saying how (``填写…``, ``简述…``, ``注明…``, ``按…填写``, ``高/中/低``). It is part of the header, no
point (info HEADER_HINT_ROW_NUMBERED at its first cell). Before, the number kept it a row of data
(batch1019's HEADER_EXPLAINS_ROW only for a blank or bracketed 序号): a point of a person
``填写本人姓名`` in a 科室 ``填写股室全称``, LEVEL_UNKNOWN at its level cell.

Not the published batch's file (batch1025: a 县医疗保障局's ``1 | 填写股室全称 | 填写岗位名称 |
填写本人姓名 | 简述风险表现 | 一级/二级/三级 | 简述防控措施``, the staff's rows numbered on 2, 3, …): a
县档案馆's hint row ``1.`` over rows numbered again from 1, a 县统计局's list of posts (no 姓名)
with a type column. Near-misses read as before: a numbered first row whose cells only restate
their headings (no word of how to fill them in), and a numbered row of data whose point and
measures happen to say ``填写``/``填报`` beside a name and a level that read.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got):
    cols = ["department", "title", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def _codes(got) -> list[tuple[str, str]]:
    return [(i.code, i.cell) for i in got.issues.itertuples() if i.code.startswith("HEADER_")]


ARCHIVE_HEAD = ["序号", "科室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
ARCHIVE_BODY = [
    [1, "档案管理科", "科长", "钟离昶", "档案查阅违规提供复制件", "高", "查阅登记，复制审批"],
    [2, "档案管理科", "科员", "澹台沁", "进馆档案接收把关不严", "中", "交接清单双人核对"],
    [3, "办公室", "主任", "钟离昶", "办公用品采购不比价", "低", "三家比价，定期公示"],
]
ARCHIVE_READ = [
    ("档案管理科", "科长", "钟离昶", "档案查阅违规提供复制件", "Ⅰ级"),
    ("档案管理科", "科员", "澹台沁", "进馆档案接收把关不严", "Ⅱ级"),
    ("办公室", "主任", "钟离昶", "办公用品采购不比价", "Ⅲ级"),
]


def test_archive_hint_row_numbered_one_over_rows_numbered_again(tmp_path):
    hint = [
        "1.",
        "填写所在科室全称",
        "填写职务",
        "注明责任人姓名",
        "逐条列出风险点",
        "按高/中/低填写",
        "对应的防控措施",
    ]
    rows = [["县档案馆岗位廉政风险点排查表"], ARCHIVE_HEAD, hint, *ARCHIVE_BODY]
    got = _collect(tmp_path, rows)
    assert sorted(_read(got)) == sorted(ARCHIVE_READ)
    assert _codes(got) == [("HEADER_HINT_ROW_NUMBERED", "A3")]
    assert not any(i.code == "LEVEL_UNKNOWN" for i in got.issues.itertuples())


def test_statistics_posts_hint_row_with_a_type_column(tmp_path):
    head = ["序号", "处室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    hint = [
        1,
        "填写处室全称",
        "填写岗位全称",
        "简述主要风险",
        "思想道德/制度机制/岗位职责",
        "一级/二级/三级",
        "简述防控办法",
    ]
    body = [
        [
            2,
            "综合统计股",
            "数据审核岗",
            "统计数据审核弄虚作假",
            "岗位职责风险",
            "一级",
            "数据两级审核",
        ],
        [
            3,
            "综合统计股",
            "数据审核岗",
            "泄露未公开统计数据",
            "制度机制风险",
            "二级",
            "涉密数据专人保管",
        ],
        [4, "普查中心", "普查员", "普查补助虚报冒领", "思想道德风险", "三级", "补助名单公示"],
    ]
    got = _collect(tmp_path, [["县统计局岗位廉政风险防控清单"], head, hint, *body])
    assert sorted(_read(got)) == sorted([
        ("综合统计股", "数据审核岗", "", "统计数据审核弄虚作假", "Ⅰ级"),
        ("综合统计股", "数据审核岗", "", "泄露未公开统计数据", "Ⅱ级"),
        ("普查中心", "普查员", "", "普查补助虚报冒领", "Ⅲ级"),
    ])  # fmt: skip
    assert _codes(got) == [("HEADER_HINT_ROW_NUMBERED", "A3")]


def test_numbered_row_only_restating_its_headings_is_a_row(tmp_path):
    head = ["序号", "科室", "岗位", "风险点", "防控措施"]
    rows = [
        ["县地震局廉政风险点清单"],
        head,
        [1, "监测科室", "监测岗位", "监测风险点排查不实", "落实防控措施"],
        [2, "办公室", "出纳", "现金收付不入账", "日清月结"],
    ]
    got = _collect(tmp_path, rows)
    points = [r[3] for r in _read(got)]
    assert "监测风险点排查不实" in points and "现金收付不入账" in points
    assert _codes(got) == []


def test_numbered_row_of_data_saying_fill_in_is_a_row(tmp_path):
    body = [
        [1, "统计科", "科员", "澹台沁", "统计报表未如实填写", "中", "按规定填报，科长复核"],
        [2, "办公室", "主任", "钟离昶", "公务接待超标准", "低", "接待清单公示"],
    ]
    got = _collect(tmp_path, [["县档案馆岗位廉政风险点排查表"], ARCHIVE_HEAD, *body])
    assert sorted(_read(got)) == sorted([
        ("统计科", "科员", "澹台沁", "统计报表未如实填写", "Ⅱ级"),
        ("办公室", "主任", "钟离昶", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    assert _codes(got) == []


def test_catalogue_has_the_code():
    assert "HEADER_HINT_ROW_NUMBERED" in CATALOGUE and "HEADER_HINT_ROW_NUMBERED" in SHORT
