"""What a leader, the public and a new coordinator see: issue names, formula-like text, 公示版,
one 科室 order, the round, the forms' deadline and authority. Workbooks are re-read."""

import csv

import pytest
from helpers import GENERAL_FORM, write_workbook

from xlproc.issues import CATALOGUE, NAMES, make_issue
from xlproc.stafftext import looks_like_formula


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_every_code_has_a_chinese_name_and_the_field_column_names_a_field():
    assert set(NAMES) == set(CATALOGUE)
    assert NAMES["TYPE_UNKNOWN"] == "风险类型无法识别"
    i = make_issue(
        "TYPE_UNKNOWN", "a.xlsx", "张三", "D7", field="思想道德风险、制度机制风险", value="廉洁"
    )
    assert i.field == "风险类型" and "思想道德风险、制度机制风险" in i.message
    assert make_issue("GRADE_MISMATCH", field="A", value="C", reason="r").field == "岗位风险等级"
    assert make_issue("MISSING_SUBMISSION", field="一般岗位", value="x").field == "报送情况"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('=HYPERLINK("http://x","y")', True), ("+86 123", True), ("-cmd|' /C calc'!A0", True),
        ("@SUM(A1)", True), ("详见 http://example.com/zd", True), ("见www.gov.cn", True),
        ("-", False), ("严格执行制度", False), ("Ⅰ级", False), ("1. 两人以上", False),
    ],
)  # fmt: skip
def test_formula_like_text(text, want):
    assert looks_like_formula(text) is want


def test_formula_like_text_is_flagged_wherever_it_appears(tmp_path):
    from xlproc.collect import collect_inbox

    rows = [list(r) for r in GENERAL_FORM]
    rows[3][3] = "=办公室科员"  # header field 所在科室及职务
    rows[5][2] = "+公文运转中泄露信息"  # C6 风险点
    rows[5][5] = '=HYPERLINK("http://example.com","点此查看制度")'  # F6
    rows[6][1] = "详见 www.example.com"  # B7 工作流程
    write_workbook(tmp_path / "in" / "a.xlsx", {"张三": rows})
    res = collect_inbox([tmp_path / "in"])
    got = {(i.cell, i.field) for i in res.issues.itertuples() if i.code == "TEXT_FORMULA_LIKE"}
    assert {("C6", "风险点"), ("F6", "防控措施"), ("B7", "工作流程")} <= got
    assert ("", "科室") in got or ("", "职务") in got
    assert all(
        i.severity == "warning" for i in res.issues.itertuples() if i.code == "TEXT_FORMULA_LIKE"
    )


# --- the public version -------------------------------------------------------------------


def _form(person, dept_title, rows):
    """A general form of ``person`` with risk ``rows`` (duty, workflow, point, type, level, measures)."""
    head = [r for r in GENERAL_FORM[:4]]
    head[3] = ["姓名", person, "所在科室及职务", dept_title, "岗位风险等级", "B"]
    return [*head, GENERAL_FORM[4], *rows, *GENERAL_FORM[7:]]


@pytest.fixture(scope="module")
def public_run(tmp_path_factory):
    from click.testing import CliRunner

    from xlproc.cli import main

    tmp = tmp_path_factory.mktemp("pub")
    same = ["负责公文收发", "收文", "公文运转中泄露信息", "岗位职责风险", "Ⅲ级", "严格保密"]
    write_workbook(tmp / "in" / "办公室.xlsx", {
        "张三": _form("张三", "办公室科员", [same, ["", "催办", "来文办理不及时", "岗位职责", "Ⅱ级", "建立台账"]]),
        "李四": _form("李四", "办公室科员", [
            ["负责会务", "会务", "公文运转中泄露信息。", "制度机制风险", "Ⅱ级", "严格保密"],
            ["", "结算", "会议费超标准报销", "制度机制风险", "Ⅱ级", "会议费预算管理"],
        ]),
        "王五": _form("王五", "办公室主任", [
            ["主持办公室工作", "审核", "审核把关不严", "岗位职责风险", "Ⅱ级", "双人复核"],
            ["", "采购", "采购中与供应商私下接触", "制度机制风险", "Ⅰ级", ""],
            ["", "公开", "信息公开不及时", "制度机制风险", "Ⅲ级", '=HYPERLINK("http://x.cn","制度")'],
        ]),
    })  # fmt: skip
    res = CliRunner().invoke(main, ["collect", str(tmp / "in"), "-o", str(tmp / "a.xlsx"), "--public",
                                    str(tmp / "p.xlsx"), "--export-dir", str(tmp / "exp")])  # fmt: skip
    assert res.exit_code == 0, res.output
    return tmp, res.output


def _public_rows(path):
    import openpyxl

    ws = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in ws[3]]
    rows = []
    for r in ws.iter_rows(min_row=4, values_only=True):
        if r[header.index("风险点")]:
            rows.append(dict(zip(header, r, strict=True)))
    return ws, header, rows


def test_public_is_grouped_by_post_with_identical_points_once(public_run):
    tmp, _ = public_run
    ws, header, rows = _public_rows(tmp / "p.xlsx")
    points = [r["风险点"] for r in rows]
    # 科员: 张三 and 李四 hold one post; their common point once, at its highest level
    assert points.count("公文运转中泄露信息") == 1
    shared = next(r for r in rows if r["风险点"] == "公文运转中泄露信息")
    assert shared["风险级别"] == "Ⅱ级" and shared["风险类型"] == "制度机制风险、岗位职责风险"
    assert {"来文办理不及时", "会议费超标准报销", "审核把关不严"} <= set(points)
    # one block per post, its cells merged down; names never appear
    merged = {str(m) for m in ws.merged_cells.ranges}
    first = 4 + points.index("公文运转中泄露信息")
    assert f"A{first}:A{first + 2}" in merged  # 序号 of the 科员 block: three points
    dept_col = "ABCDEFGHIJK"[header.index("科室")]
    assert f"{dept_col}{first}:{dept_col}{first + 2}" in merged
    seqs = [r["序号"] for r in rows if r["序号"] is not None]
    assert seqs == [1, 2]  # 主任 and 科员 (in the order read), each numbered once
    duty = ws.cell(first, header.index("岗位职责/分管工作") + 1).value
    assert "负责公文收发" in duty and "负责会务" in duty  # both holders' duties
    blob = " ".join(str(v) for r in rows for v in r.values())
    assert "张三" not in blob and "李四" not in blob and "王五" not in blob


def test_public_leaves_out_incomplete_and_formula_rows_and_says_so(public_run):
    tmp, output = public_run
    _, _, rows = _public_rows(tmp / "p.xlsx")
    points = [r["风险点"] for r in rows]
    assert "采购中与供应商私下接触" not in points  # measures blank
    assert "信息公开不及时" not in points  # a formula in place of measures
    assert not any(str(v).startswith("=") for r in rows for v in r.values() if v)
    issues = _csv(tmp / "exp" / "issues.csv")
    public = {(i["code"], i["field"]) for i in issues if i["code"].startswith("PUBLIC_")}
    assert public == {("PUBLIC_INCOMPLETE", "防控措施"), ("PUBLIC_TEXT", "防控措施")}
    assert "公示版:2 个风险点未列入(填写不全 1 个,含公式或链接 1 个)" in output
    import openpyxl

    listed = [
        r
        for r in openpyxl.load_workbook(tmp / "a.xlsx")["问题清单"].iter_rows(
            min_row=3, values_only=True
        )
    ]
    names = {r[1] for r in listed}
    assert {"未公示:填写不全", "未公示:公式或链接", "疑似公式或链接"} <= names


# --- one 科室 order, the round --------------------------------------------------------------


def _runs(values):
    """Values with consecutive repeats removed: the order in which 科室 appear."""
    out = []
    for v in values:
        if v and (not out or out[-1] != v):
            out.append(v)
    return out


def _column(ws, header_row, name):
    header = [c.value for c in ws[header_row]]
    col = header.index(name)
    return [r[col] for r in ws.iter_rows(min_row=header_row + 1, values_only=True)]


def test_one_department_order_in_every_sheet(tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from xlproc.cli import main
    from xlproc.resources import data_dir

    samples = data_dir("samples")
    args = ["collect", str(samples / "inbox"), "--roster", str(samples / "roster.csv"), "-o",
            str(tmp_path / "a.xlsx"), "--public", str(tmp_path / "p.xlsx")]  # fmt: skip
    assert CliRunner().invoke(main, args).exit_code == 0
    roster = _runs(r["科室"] for r in _csv(samples / "roster.csv"))
    answered = [d for d in roster if d != "财务科"]  # 财务科 has not answered
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert _runs(_column(wb["岗位档案"], 2, "科室")) == answered
    assert _runs(_column(wb["风险点明细"], 2, "科室")) == answered
    assert _runs(_column(wb["报送情况"], 2, "科室")) == roster
    summary = [r[1] for r in wb["汇总"].iter_rows(min_row=5, values_only=True)]
    first_pivot = summary[: summary.index(None)]
    assert _runs(d for d in first_pivot if d != "") == answered
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[0]
    assert _runs(_column(ws, 3, "科室")) == answered
    overview = [r[3] for r in wb["总览"].iter_rows(min_row=6, max_row=15, values_only=True)]
    assert _runs(overview) == [*roster, "合计"]


def test_without_a_roster_the_leaders_come_first(tmp_path):
    import openpyxl

    from xlproc.collect import collect_inbox
    from xlproc.report import write_outputs

    rows = [list(r) for r in GENERAL_FORM]
    for name, dept in (("a.xlsx", "人事科"), ("b.xlsx", "领导班子"), ("c.xlsx", "办公室")):
        r = [list(x) for x in rows]
        r[3] = ["姓名", name[0], "所在科室及职务", f"{dept}科员", "岗位风险等级", "B"]
        write_workbook(tmp_path / "in" / name, {name[0]: r})
    res = collect_inbox([tmp_path / "in"])
    write_outputs(res, str(tmp_path / "a.xlsx"), None, str(tmp_path / "p.xlsx"))
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert _runs(_column(wb["岗位档案"], 2, "科室")) == ["领导班子", "人事科", "办公室"]
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[0]
    assert _runs(_column(ws, 3, "科室")) == ["领导班子", "人事科", "办公室"]


def test_round_title_and_date(tmp_path, monkeypatch):
    import openpyxl
    from click.testing import CliRunner

    from xlproc.cli import main

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")  # 2025-06-15
    write_workbook(tmp_path / "in" / "a.xlsx", {"张三": GENERAL_FORM})
    out = tmp_path / "a.xlsx"
    res = CliRunner().invoke(main, ["collect", str(tmp_path / "in"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["总览"]
    assert ws["A1"].value.startswith("2025年度岗位廉政风险排查")  # the default, from the year
    assert "2025年6月15日" in ws["A2"].value
    cfg = tmp_path / "x.toml"
    cfg.write_text('[round]\ntitle = "2025年度廉政风险再排查"\n', encoding="utf-8")
    args = ["collect", str(tmp_path / "in"), "-o", str(out), "--public", str(tmp_path / "p.xlsx")]
    assert CliRunner().invoke(main, [*args, "--config", str(cfg)]).exit_code == 0
    assert openpyxl.load_workbook(out)["总览"]["A1"].value.startswith("2025年度廉政风险再排查")
    assert (
        CliRunner().invoke(main, [*args, "--config", str(cfg), "--title", "专项排查"]).exit_code
        == 0
    )
    assert openpyxl.load_workbook(out)["总览"]["A1"].value.startswith("专项排查")
    pub = openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[0]
    assert "专项排查" in pub["A2"].value and "2025年6月15日" in pub["A2"].value


# --- the forms ---------------------------------------------------------------------------


def _texts(ws):
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_deadline_and_authority_come_from_the_configuration(tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from xlproc.cli import main

    roster = tmp_path / "r.csv"
    roster.write_text("单位,科室,姓名,职务,岗位层级\nXX县财政局,领导班子,王一,局长,领导\n"
                      "XX县财政局,办公室,李二,主任,中层\nXX县财政局,办公室,赵三,科员,一般\n", encoding="utf-8")  # fmt: skip
    default = tmp_path / "d"
    assert (
        CliRunner()
        .invoke(main, ["templates", "--roster", str(roster), "-o", str(default)])
        .exit_code
        == 0
    )
    wb = openpyxl.load_workbook(default / "XX县财政局" / "办公室.xlsx")
    assert "注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。" in _texts(wb["赵三"])
    cfg = tmp_path / "x.toml"
    cfg.write_text('[round]\ndeadline = "7月15日"\nauthority = "县纪委监委"\n', encoding="utf-8")
    out = tmp_path / "o"
    res = CliRunner().invoke(
        main, ["templates", "--roster", str(roster), "-o", str(out), "--config", str(cfg)]
    )
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out / "XX县财政局" / "办公室.xlsx")
    assert "注:此表一式三份,务于7月15日前报县纪委监委及所在派驻纪检组、监察室。" in _texts(
        wb["赵三"]
    )
    assert "注:此表一式三份,于7月15日前报县纪委监委。" in _texts(wb["李二"])
    guide = " ".join(_texts(wb["填表说明"]))
    assert "请于7月15日前" in guide and "报县纪委监委" in guide
    assert "6月底" not in guide and "区纪委" not in guide
    leader = openpyxl.load_workbook(out / "XX县财政局" / "领导班子.xlsx")["王一"]
    assert "注:此表一式三份,于7月15日前报县纪委监委。" in _texts(leader)
    # the forms are still read: the note closes the table whatever it says
    from xlproc.collect import collect_inbox

    res = collect_inbox([out])
    assert len(res.posts) == 3 and res.counts()["unplaced"] == 0


def test_the_run_date_is_today_unless_source_date_epoch_is_set(tmp_path, monkeypatch):
    import datetime as dt

    from xlproc.rounds import date_zh, round_of, run_datetime

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now().replace(microsecond=0)
    assert before <= run_datetime() <= dt.datetime.now()
    assert round_of().title == f"{before.year}年度岗位廉政风险排查"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    assert date_zh(run_datetime()) == "2025年6月15日"
    assert (round_of().deadline, round_of().authority) == ("6月底", "区纪委")


def test_a_table_without_a_type_column_is_still_published(tmp_path):
    from xlproc.collect import collect_inbox
    from xlproc.public import plan_public

    rows = [[v for c, v in enumerate(r) if c != 3] if len(r) == 6 and i >= 4 else list(r)
            for i, r in enumerate(GENERAL_FORM)]  # fmt: skip
    write_workbook(tmp_path / "in" / "a.xlsx", {"张三": rows})
    res = collect_inbox([tmp_path / "in"])
    assert len(res.risks) == 2 and set(res.risks["risk_type"]) == {""}
    assert "TYPE_BLANK" not in set(res.issues["code"])  # no type column: not a mistake of a row
    plan = plan_public(res)
    assert plan.n_points == 2 and not plan.issues
