"""Records of a point each in a long ("key | field | value") export under one heading row.

A system's export of a register: under a title, ONE heading row naming no field of a point
('流水号 | 字段名称 | 填写内容', '要素 | 内容'), then each point as a run of rows, the field's
name in the label column as data ('所在股室', '职务', '姓名', '廉政风险点', …) and its value
beside it; the key column (if any) repeats the record's code on each of its rows, and a change
of key opens the next record. Each record's holder fields name its holder, a form per holder,
as for the stacked label blocks of tests/test_stacked_point_blocks.py. The words here are not
those of tests/published: another unit, other headings, labels, posts, names and codes.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

TITLE = "岚皋县交通运输局公路养护段廉洁风险台账"
LABELS = ("所在股室", "职　　务", "姓　　名", "廉政风险点", "风险类别", "风险级别", "防范措施")
# (股室, 职务, 姓名, 廉政风险点, 风险类别, 风险级别, 防范措施)
RECORDS = [
    ("养护股", "股长", "缑沣翊", "养护工程计量虚增", "岗位职责", "高", "计量两人现场核定，影像留存。"),
    ("养护股", "股长", "缑沣翊", "指定材料供应商", "思想道德", "中", "材料采购比价，结果公示。"),
    ("路政股", "路政员", "訾澹昀", "超限运输罚没不入账", "业务流程", "高", "罚没票据统一领用核销。"),
    ("财务股", "出纳", "仉翾沛", "公路养护资金挪用", "制度机制", "中", "资金支付双签，月末对账。"),
    ("路政股", "路政员", "訾澹昀", "路产损坏赔偿私了", "外部环境", "低", "赔偿案件系统登记，票据闭环。"),
]  # fmt: skip
LEVELS = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}
HOLDERS = sorted(
    [
        ["养护股", "股长", "缑沣翊", 2],
        ["路政股", "路政员", "訾澹昀", 2],
        ["财务股", "出纳", "仉翾沛", 1],
    ]
)


def read(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows, merges=None, name="台账.xlsx"):
    """Write one sheet (xlsxwriter) and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, {"台账": rows}, {"台账": merges or []})
    return read(inbox)


def holders(res) -> list[list]:
    return sorted(res.posts[["department", "title", "person", "n_risks"]].values.tolist())


def whose(res) -> dict[str, str]:
    """Each point → the name of the form it was read into."""
    people = dict(zip(res.posts["form_id"], res.posts["person"], strict=True))
    return {
        p: people[f] for p, f in zip(res.risks["risk_point"], res.risks["form_id"], strict=True)
    }


def long_rows(
    records=RECORDS,
    heading=("流水号", "字段名称", "填写内容", "备　注"),
    order=(3, 4, 5, 6, 0, 1, 2),
    key="GL-2025-{:03d}",
) -> list[list]:
    """A title, a 填报 line, the heading, then each record's fields down the rows in ``order``
    (indices into LABELS), its key on every row when ``key``; no empty rows between records."""
    rows: list[list] = [[TITLE], ["填报单位：岚皋县交通运输局公路养护段　　导出日期：2025-07-01"]]
    rows.append(list(heading))
    for n, rec in enumerate(records, 1):
        for i in order:
            line = [LABELS[i], rec[i], "系统导出" if i == 3 else ""]
            rows.append(([key.format(n)] if key else []) + line)
    rows.append(["制表人：", "", "负责人："])
    return rows


def test_long_export_keyed_reads_a_form_per_holder(tmp_path):
    """The holder's fields after the point's, a remark column beside the values: a form per
    holder, each point its own record's; the key, the labels, the remarks and the heading are
    no points, and the points are read from the value column."""
    got = run(tmp_path, long_rows())
    assert holders(got) == HOLDERS
    assert whose(got) == {r[3]: r[2] for r in RECORDS}
    risks = got.risks.set_index("risk_point")
    assert {p: risks.loc[p, "risk_level"] for p in risks.index} == {
        r[3]: LEVELS[r[5]] for r in RECORDS
    }
    assert risks.loc["公路养护资金挪用", "measures"] == RECORDS[3][6]
    assert risks.loc["养护工程计量虚增", "raw_risk_type"] == "岗位职责"
    first = got.risks["source_row"].min()
    assert first == 4  # the first record's 廉政风险点 line, under the heading on row 3
    assert not set(got.issues["code"]) & {"SHEET_NO_TABLE", "FILE_NO_FORM"}


def test_records_split_where_the_key_changes(tmp_path):
    """Records whose field sets differ (the second of a holder names no holder; the next
    names only 职务 and 姓名, keeping the 股室 above): the key, written once and merged over
    the record's rows, is what parts them."""
    rows: list[list] = [[TITLE], ["记录编号", "要　素", "内　容"]]
    merges = []
    plan = [
        (RECORDS[0], (0, 1, 2, 3, 5, 6)),
        (RECORDS[1], (3, 5, 6)),
        (RECORDS[2], (1, 2, 3, 5, 6)),
    ]
    for n, (rec, fields) in enumerate(plan, 1):
        top = len(rows)
        for j, i in enumerate(fields):
            rows.append([f"YH{n:02d}" if j == 0 else "", LABELS[i], rec[i]])
        merges.append(f"A{top + 1}:A{len(rows)}")
    got = run(tmp_path, rows, merges)
    assert holders(got) == [["养护股", "股长", "缑沣翊", 2], ["养护股", "路政员", "訾澹昀", 1]]
    assert whose(got) == {r[3]: r[2] for r, _f in plan}


def test_no_key_column_records_split_where_the_first_label_comes_back(tmp_path):
    """'指标 | 数值' with no key column: a record opens where its first label recurs; a
    value wrapped onto a line of its own (no label) is no caption and opens nothing."""
    rows = long_rows(heading=("指标名称", "数值"), order=(0, 1, 2, 3, 4, 5, 6), key="")
    rows = [row[:2] for row in rows]
    rows.insert(3 + 7 + 7, ["", "（续）每季度抽查一次。"])  # after the second record's measures
    got = run(tmp_path, rows)
    assert holders(got) == HOLDERS
    assert whose(got) == {r[3]: r[2] for r in RECORDS}


def test_a_field_left_blank_is_as_above(tmp_path):
    """A record writes its 职务 and 姓名 labels with no value: the record above's."""
    recs = [RECORDS[0], ("养护股", "", "", *RECORDS[1][3:]), RECORDS[2]]
    got = run(tmp_path, long_rows(recs, order=(0, 1, 2, 3, 4, 5, 6)))
    assert holders(got) == [["养护股", "股长", "缑沣翊", 2], ["路政股", "路政员", "訾澹昀", 1]]


def test_records_before_any_holder_borrow_none(tmp_path):
    """Unclear: the first record leaves its holder fields empty and nothing above names one;
    it keeps no holder (the next record's is not borrowed) and is said so."""
    recs = [("", "", "", *RECORDS[0][3:]), *RECORDS[2:4]]
    got = run(tmp_path, long_rows(recs, order=(0, 1, 2, 3, 4, 5, 6)))
    assert whose(got)["养护工程计量虚增"] == ""
    assert whose(got)["超限运输罚没不入账"] == "訾澹昀"
    assert "FORM_NO_PERSON" in set(got.issues["code"])


def test_an_unread_level_is_said_at_its_value_cell(tmp_path):
    """A level the reader cannot map is left as written and its issue points at the value
    cell (column C, under the 填写内容 heading), not at the label or the key."""
    recs = [RECORDS[0], (*RECORDS[1][:5], "待评估", RECORDS[1][6])]
    got = run(tmp_path, long_rows(recs))
    risks = got.risks.set_index("risk_point")
    assert risks.loc["指定材料供应商", "raw_risk_level"] == "待评估"
    said = got.issues[got.issues["value"] == "待评估"]
    assert len(said) and set(said["cell"]) == {"C13"}


def test_work_items_under_project_and_content_are_no_points(tmp_path):
    """Negative: '序号 | 项目 | 内容' listing works (项目 a road's name, 内容 what is built):
    no field labels, no points; the sheet is refused as before."""
    rows = [
        ["岚皋县2025年农村公路建设项目表"],
        ["序号", "项　目", "内　容"],
        [1, "蔺河至民主公路提升工程", "路面加宽至6.5米，新建防护栏3公里"],
        [2, "四季镇通组路硬化", "新建水泥路面4.2公里"],
        [3, "佐龙桥危桥改造", "拆除重建中桥一座"],
    ]
    got = run(tmp_path, rows)
    assert got.risks.empty and got.posts.empty
    assert "FILE_NO_FORM" in set(got.issues["code"])


def test_a_card_of_details_under_project_and_content_reads_as_before(tmp_path):
    """Negative: one holder's card as '项目 | 内容' (姓名, 职务, 股室 once, then the points'
    lines): one form, its points; nothing split."""
    rows: list[list] = [[TITLE], ["项　目", "内　容"]]
    rows += [["姓　　名", "缑沣翊"], ["职　　务", "股长"], ["所在股室", "养护股"]]
    for rec in RECORDS[:2]:
        rows += [[LABELS[i], rec[i]] for i in (3, 4, 5, 6)]
    got = run(tmp_path, rows)
    assert holders(got) == [["养护股", "股长", "缑沣翊", 2]]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    """The export re-saved by LibreOffice as .xlsx, .xls and .ods reads the same (the records
    are read from the cells' text, not from any part of the .xlsx)."""
    src = tmp_path / "src" / "台账.xlsx"
    write_workbook(src, {"台账": long_rows()})
    for fmt in ("xlsx", "xls", "ods"):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
        got = read(tmp_path / fmt)
        assert holders(got) == HOLDERS, fmt
        assert whose(got) == {r[3]: r[2] for r in RECORDS}, fmt


def test_the_unit_above_the_records_and_each_posts_tier(tmp_path):
    """The unit the 填报 line (or the title) names is every record's; each post has its tier."""
    res = run(tmp_path, long_rows())
    assert set(res.posts["unit"]) == {"岚皋县交通运输局公路养护段"}
    tiers = dict(zip(res.posts["title"], res.posts["tier"], strict=True))
    assert tiers["股长"] == "中层岗位" and tiers["出纳"] == "一般岗位"


def test_a_number_on_every_line_is_no_record_key(tmp_path):
    """Review 80's gap: a '序号' numbering every line of the export (1, 2, 3 … down all the
    records' fields) keys no record: records part where their first label comes back, each
    its own holder's, as with no key column."""
    rows = long_rows(heading=("序号", "项目", "内容"), order=(0, 1, 2, 3, 4, 5, 6), key="")
    for n, row in enumerate(rows[3:-1], 1):
        row[:] = [n, *row[:2]]
    got = run(tmp_path, rows)
    assert holders(got) == HOLDERS
    assert whose(got) == {r[3]: r[2] for r in RECORDS}
