"""An Excel pivot table in its TABULAR form (以表格形式显示), pasted as values: every row field in a
column of its own headed by the field's name, the value field last ('求和项:数量', 'Count of …',
one a row), an item's label written on the first row of its group only — the cells under it blank
for as long as it and every field left of it stay the same —, '… 汇总' rows closing a group and
'总计' the table (in outline form an outer item on a row of its own above its group). Read as the
list it sums: each blank label the one above it within its group (the level, the type, the 科室,
the post, the holder), the subtotal rows no points; said once a sheet (PIVOT_TABULAR_READ), and
at a blank label with nothing above it to repeat (PIVOT_LABEL_MISSING).

Not the published batch's pivot (a county 水利局, fields 风险等级 | 风险类别 | 股室 | 岗位 | 姓名 |
廉政风险点 under '计数项:廉政风险点', 一级/二级/三级, '一级 汇总'): a 县人民医院 with the level an
inner field (科室 | 职务 | 责任人 | 风险级别 | 风险点) under '求和项:数量' and 高/中/低, a 乡镇's
list in outline form with Ⅰ级… and an English 'Count of', a pivot whose labels are repeated, an
ordinary list with blank levels and a 小计 row, a subtotal naming no group; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], sheet="透视表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows})
    return _collect(inbox)


def read(got) -> list[tuple]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"],
            r["risk_type"], strict=True)
    )  # fmt: skip


def codes(got, severity: str | None = None) -> list[str]:
    i = got.issues
    return sorted(i[i["severity"] == severity]["code"] if severity else i["code"])


def said(got, code: str):
    return got.issues[got.issues["code"] == code]


HEAD = ["科室", "职务", "责任人", "风险类型", "风险级别", "风险点", "求和项:数量"]
# the hospital's source list: (科室, 职务, 责任人, 类型, 级别, 风险点)
HOSPITAL = [
    ("药剂科", "主任", "段干珏", "制度机制风险", "高", "药品遴选中收受医药代表回扣"),
    ("药剂科", "主任", "段干珏", "制度机制风险", "中", "临时采购药品审批把关不严"),
    ("药剂科", "主任", "段干珏", "岗位职责风险", "中", "处方点评走过场"),
    ("药剂科", "主任", "段干珏", "岗位职责风险", "中", "抗菌药物使用监测不实"),
    ("药剂科", "药师", "百里湫", "岗位职责风险", "低", "药品效期管理不到位"),
    ("设备科", "科长", "段干瑀", "外部环境风险", "高", "设备招标中泄露标底"),
    ("设备科", "科长", "段干瑀", "业务流程风险", "低", "设备验收签字不全"),
    ("设备科", "采购员", "百里峤", "外部环境风险", "中", "耗材采购接受供应商宴请"),
]


def outline_rows(records, repeat=False, subtotal=True) -> list[list]:
    """The tabular pivot of ``records`` (in order): labels written once for their group (or on
    every row, ``repeat``), a '<科室> 汇总' row closing each 科室, '总计' the table."""
    out, prev = [], None
    for rec in records:
        if subtotal and prev is not None and rec[0] != prev[0]:
            out.append(
                [f"{prev[0]} 汇总", "", "", "", "", "", sum(1 for x in records if x[0] == prev[0])]
            )
        row, same = [], prev is not None and not repeat
        for i, value in enumerate(rec):
            same = same and prev[i] == value
            row.append("" if same and i < len(rec) - 1 else value)
        out.append([*row, 1])
        prev = rec
    if subtotal:
        out.append(
            [f"{prev[0]} 汇总", "", "", "", "", "", sum(1 for x in records if x[0] == prev[0])]
        )
    out.append(["总计", "", "", "", "", "", len(records)])
    return out


WANT = sorted(
    (dept, post, who, point, {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}[lv], typ)
    for dept, post, who, typ, lv, point in HOSPITAL
)


def test_tabular_pivot_blank_labels_take_the_one_above_within_their_group(tmp_path):
    rows = [["县人民医院岗位廉政风险点汇总（数据透视表）"], [], HEAD, *outline_rows(HOSPITAL)]
    body = rows[3:]
    # the level an inner field: blank under its first row where the post and type stay the same
    assert body[1][:5] == ["", "", "", "", "中"] and body[3][:5] == ["", "", "", "", ""]
    assert body[5][0] == "药剂科 汇总"
    got = run(tmp_path, rows)
    assert read(got) == WANT
    assert len(got.posts) == 4
    assert "LEVEL_BLANK" not in codes(got) and "TYPE_BLANK" not in codes(got)
    assert codes(got, "error") == []
    told = said(got, "PIVOT_TABULAR_READ")
    assert list(told["cell"]) == ["A3"]
    assert "科室、职务、责任人、风险类型、风险级别、风险点" in told["value"].iloc[0]
    assert "PIVOT_LABEL_MISSING" not in codes(got)
    assert set(got.risks["source_row"]) == {4, 5, 6, 7, 8, 10, 11, 12}  # (no subtotal a point)
    for code in ("PIVOT_TABULAR_READ", "PIVOT_LABEL_MISSING"):
        assert code in CATALOGUE and code in SHORT


def test_outline_form_group_rows_above_and_an_english_count(tmp_path):
    # a 镇's list in outline form: each level on a row of its own above its group (with its count)
    rows = [
        ["马场镇人民政府廉政风险点（按等级）"],
        ["风险等级", "站所", "岗位", "姓名", "风险点", "Count of 风险点"],
        ["Ⅰ级", "", "", "", "", 3],
        ["", "财政所", "所长", "澹台昀", "村级资金支付审核不严", 1],
        ["", "", "", "", "惠农资金发放冒领", 1],
        ["", "国土所", "所长", "澹台昉", "宅基地审批优亲厚友", 1],
        ["Ⅱ级", "", "", "", "", 2],
        ["", "财政所", "会计", "公西琇", "票据保管不善", 1],
        ["", "国土所", "所长", "澹台昉", "违法占地巡查不报", 1],
        ["总计", "", "", "", "", 5],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("财政所", "所长", "澹台昀", "村级资金支付审核不严", "Ⅰ级", ""),
        ("财政所", "所长", "澹台昀", "惠农资金发放冒领", "Ⅰ级", ""),
        ("国土所", "所长", "澹台昉", "宅基地审批优亲厚友", "Ⅰ级", ""),
        ("财政所", "会计", "公西琇", "票据保管不善", "Ⅱ级", ""),
        ("国土所", "所长", "澹台昉", "违法占地巡查不报", "Ⅱ级", ""),
    ])  # fmt: skip
    assert list(said(got, "PIVOT_TABULAR_READ")["cell"]) == ["A2"]
    assert "LEVEL_BLANK" not in codes(got)


def test_a_blank_group_label_is_named_by_its_subtotal(tmp_path):
    rows = [["县人民医院岗位廉政风险点汇总"], HEAD, *outline_rows(HOSPITAL)]
    at = next(i for i, r in enumerate(rows) if r[0] == "药剂科 汇总") + 1
    assert rows[at][0] == "设备科"
    rows[at][0] = ""  # ('设备科' left blank, the '设备科 汇总' under its group names it)
    got = run(tmp_path, rows)
    assert read(got) == WANT
    assert "PIVOT_TABULAR_READ" in codes(got) and "PIVOT_LABEL_MISSING" not in codes(got)


def test_a_blank_label_with_nothing_above_it_is_said(tmp_path):
    rows = [["县人民医院岗位廉政风险点汇总"], HEAD, *outline_rows(HOSPITAL, subtotal=False)]
    assert rows[2][0] == "药剂科"
    rows[2][0] = ""  # (no 科室 above the first group, and no subtotal to name it)
    got = run(tmp_path, rows)
    missing = said(got, "PIVOT_LABEL_MISSING")
    drug = [f"A{i + 1}" for i, r in enumerate(rows) if len(r) > 5 and r[0] == "" and r[5]]
    drug = drug[: sum(1 for x in HOSPITAL if x[0] == "药剂科")]
    assert list(missing["cell"]) == drug and set(missing["severity"]) == {"warning"}
    assert "PIVOT_TABULAR_READ" in codes(got)
    # the levels and types are read all the same
    assert set(got.risks["risk_level"]) == {"Ⅰ级", "Ⅱ级", "Ⅲ级"}
    assert (got.risks["risk_type"] != "").all()


def test_a_pivot_repeating_its_labels_reads_as_it_stands(tmp_path):
    rows = [["县人民医院岗位廉政风险点汇总"], HEAD, *outline_rows(HOSPITAL, repeat=True)]
    got = run(tmp_path, rows)
    assert read(got) == WANT
    assert "PIVOT_TABULAR_READ" not in codes(got)


def test_an_ordinary_list_with_blank_levels_keeps_them_blank(tmp_path):
    # no value field: a 小计 row and a blank level are a list's, not a pivot's
    rows = [
        ["县人民医院岗位廉政风险防控一览表"],
        ["科室", "职务", "责任人", "风险类型", "风险级别", "风险点", "防控措施"],
        ["药剂科", "主任", "段干珏", "制度机制风险", "高", "药品遴选中收受医药代表回扣", "集体遴选"],
        ["药剂科", "药师", "百里湫", "岗位职责风险", "", "药品效期管理不到位", "每月盘点"],
        ["小计", "", "", "", "", "", "2项"],
        ["设备科", "科长", "段干瑀", "外部环境风险", "高", "设备招标中泄露标底", "保密承诺"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert "PIVOT_TABULAR_READ" not in codes(got)
    blank = got.risks[got.risks["risk_point"] == "药品效期管理不到位"]
    assert list(blank["risk_level"]) == [""]
    assert "LEVEL_BLANK" in codes(got)


def test_a_subtotal_naming_no_group_above_is_no_pivot(tmp_path):
    rows = [["县人民医院岗位廉政风险点汇总"], HEAD, *outline_rows(HOSPITAL)]
    at = next(i for i, r in enumerate(rows) if r[0] == "药剂科 汇总")
    rows[at][0] = "检验科 汇总"  # (no group '检验科' above it)
    got = run(tmp_path, rows)
    assert "PIVOT_TABULAR_READ" not in codes(got)
    assert "LEVEL_BLANK" in codes(got)
