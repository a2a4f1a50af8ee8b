"""A list one row a point whose ONE holder column is the table's last (or the last before a
'备注'), a point two or three share having its further holders typed on, one a cell, into the
unheaded columns right of the table, each written as that column's are ('监督员　某某', or a
bare name): each is another holder of the row's point, and one named only there gets his own form
(``HOLDERS_CONTINUED_UNHEADED``).

The layouts here are not the published batch's (a county 城市管理综合执法大队's 排查表 with
``所在中队 | 执法环节 | … | 责任人`` and 高/中/低): another unit and sector (a county 卫生健康局's
综合监督执法所 and 疾病预防控制中心), other posts and names, 一级/二级/三级 and ticks under
高 | 中 | 低, one or two heading rows, post and name in one line or on two, a names-only column
beside a 岗位 column, a '备注' last; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. What is not this shape (a holder column not the last, a roster
past a blank column, a status typed right of the table) reads as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

SP = "\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def outside(got) -> set[str]:
    i = got.issues
    return set(i[i["code"] == "CELL_OUTSIDE"]["cell"])


def test_the_code_is_catalogued():
    assert "HOLDERS_CONTINUED_UNHEADED" in CATALOGUE
    assert "HOLDERS_CONTINUED_UNHEADED" in SHORT


P1 = "卫生监督现场检查走过场，对违法行为视而不见"
P2 = "行政处罚自由裁量权滥用，同案不同罚"
P3 = "抽检样品不按规定送检，私自调换样品"
P4 = "监督信息泄露，向被检查单位通风报信"


def test_post_and_name_in_one_line_one_heading_row(tmp_path):
    rows = [["XX县卫生健康综合监督执法所岗位廉政风险点一览表"],
            ["序号", "科室", "廉政风险点", "风险类型", "风险等级", "防控措施", "岗位及责任人"],
            [1, "公共场所监督科", P1, "岗位职责", "二级", "检查全程记录，双人执法。",
             f"科长{SP}闵翊岚", f"监督员{SP}蒯沅芷"],
            [2, "法制稽查科", P2, "制度机制", "一级", "严格执行裁量基准，案件集体审议。",
             f"所长{SP}訾澄邈", f"副所长{SP}甘棠溪", f"科长{SP}阙泠霜"],
            [3, "公共场所监督科", P3, "岗位职责", "二级", "样品封存登记，专人送检。",
             f"监督员{SP}蒯沅芷"],
            [4, "法制稽查科", P4, "思想道德", "三级", "签订保密承诺，信息专人管理。",
             f"科长{SP}阙泠霜", f"监督员{SP}蔺霁川"],
            ["注：同一风险点有多名责任人的，在最后一列右侧逐格填写。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A7:G7"])
    assert read(got) == sorted([
        ("科长", "闵翊岚", P1, "Ⅱ级"), ("监督员", "蒯沅芷", P1, "Ⅱ级"),
        ("所长", "訾澄邈", P2, "Ⅰ级"), ("副所长", "甘棠溪", P2, "Ⅰ级"), ("科长", "阙泠霜", P2, "Ⅰ级"),
        ("监督员", "蒯沅芷", P3, "Ⅱ级"),
        ("科长", "阙泠霜", P4, "Ⅲ级"), ("监督员", "蔺霁川", P4, "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_CONTINUED_UNHEADED" in codes(got)
    assert not outside(got)
    no_errors(got)


Q1 = "疫苗出入库不登记，账物不符"
Q2 = "检测试剂采购指定品牌，收受回扣"
Q3 = "传染病疫情信息迟报、瞒报"


def test_names_beside_a_post_column_under_two_heading_rows_ticked_levels(tmp_path):
    rows = [["XX县疾病预防控制中心廉政风险排查表"],
            ["岗位", "风险点", "风险等级", None, None, "防控措施", "责任人"],
            [None, None, "高", "中", "低", None, None],
            ["免疫规划科科长", Q1, None, "√", None, "出入库双人核对，每月盘点。", "皇甫珺瑶", "鄢翰墨"],
            ["主任", Q2, "√", None, None, "采购集体决策，比价留痕。", "宓听澜"],
            ["疾控科科长", Q3, "√", None, None, "疫情网络直报，专人复核。", "禤晏清", "司寇霁月",
             "隗泊舟"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("免疫规划科科长", "皇甫珺瑶", Q1, "Ⅱ级"), ("免疫规划科科长", "鄢翰墨", Q1, "Ⅱ级"),
        ("主任", "宓听澜", Q2, "Ⅰ级"),
        ("疾控科科长", "禤晏清", Q3, "Ⅰ级"), ("疾控科科长", "司寇霁月", Q3, "Ⅰ级"),
        ("疾控科科长", "隗泊舟", Q3, "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_CONTINUED_UNHEADED" in codes(got)
    assert not outside(got)
    no_errors(got)


def test_post_over_name_in_a_cell_and_a_remarks_column_last(tmp_path):
    rows = [["XX县卫生健康局机关廉政风险点登记表"],
            ["序号", "风险点", "风险等级", "防控措施", "责任岗位及责任人", "备注"],
            [1, P2, "一级", "裁量基准公开。", "局长\n訾澄邈", None, "副局长\n甘棠溪"],
            [2, P4, "三级", "信息专人管理。", "办公室主任\n闵翊岚", "新增"],
            [3, P1, "二级", "双人检查。", "副局长\n甘棠溪", None, "医政股股长\n蔺霁川"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "訾澄邈", P2, "Ⅰ级"), ("副局长", "甘棠溪", P2, "Ⅰ级"),
        ("办公室主任", "闵翊岚", P4, "Ⅲ级"),
        ("副局长", "甘棠溪", P1, "Ⅱ级"), ("医政股股长", "蔺霁川", P1, "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_CONTINUED_UNHEADED" in codes(got)
    no_errors(got)


def test_a_holder_column_not_the_last_reads_as_before(tmp_path):
    rows = [["XX县卫生健康综合监督执法所岗位廉政风险点一览表"],
            ["序号", "岗位及责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, f"科长{SP}闵翊岚", P1, "二级", "双人执法。", f"监督员{SP}蒯沅芷"],
            [2, f"所长{SP}訾澄邈", P2, "一级", "集体审议。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([("科长", "闵翊岚", P1, "Ⅱ级"), ("所长", "訾澄邈", P2, "Ⅰ级")])
    assert "HOLDERS_CONTINUED_UNHEADED" not in codes(got)
    assert outside(got) == {"F3"}
    no_errors(got)


def test_a_roster_past_a_blank_column_and_a_status_right_of_the_table_read_as_before(tmp_path):
    rows = [["XX县疾病预防控制中心廉政风险排查表"],
            ["岗位", "风险点", "风险等级", "防控措施", "责任人"],
            ["主任", Q2, "一级", "集体决策。", "宓听澜", None, f"主任{SP}宓听澜"],
            ["疾控科科长", Q3, "一级", "专人复核。", "禤晏清", None, f"科长{SP}禤晏清"],
            ["免疫规划科科长", Q1, "二级", "每月盘点。", "皇甫珺瑶", "已整改"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "宓听澜", Q2, "Ⅰ级"), ("疾控科科长", "禤晏清", Q3, "Ⅰ级"),
        ("免疫规划科科长", "皇甫珺瑶", Q1, "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_CONTINUED_UNHEADED" not in codes(got)
    assert {"G3", "G4", "F5"} <= outside(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_fifth_review_found_a_supervisor_beside_every_row(tmp_path):
    # finding 4: the same person typed past 责任人 on every row (a supervising leader), or a
    # '分管副局长 某某' past a 岗位及责任人 column: no co-holder, CELL_OUTSIDE as before
    title = ["XX县卫生健康局岗位廉政风险点一览表"]
    head = ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人"]
    rows = [title, head,
            [1, "办公室", "主任", "公车私用", "二级", "登记", "鄢翊澂", "宓听澜"],
            [2, "财务科", "会计", "报销审核不严", "一级", "双人复核", "乜澜湲", "宓听澜"],
            [3, "财务科", "出纳", "坐支现金", "三级", "日清月结", "禤晏清", "宓听澜"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:G1"])
    assert read(got) == sorted([
        ("主任", "鄢翊澂", "公车私用", "Ⅱ级"),
        ("会计", "乜澜湲", "报销审核不严", "Ⅰ级"),
        ("出纳", "禤晏清", "坐支现金", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_CONTINUED_UNHEADED" not in codes(got)
    assert outside(got) == {"H3", "H4", "H5"}
    no_errors(got)
    for n, second in enumerate(("分管副局长 宓听澜", "分管副局长 司寇霁月")):
        rows = [title, ["序号", "科室", "风险点", "风险等级", "防控措施", "岗位及责任人"],
                [1, "办公室", "公车私用", "二级", "登记", "主任 鄢翊澂", "分管副局长 宓听澜"],
                [2, "财务科", "报销审核不严", "一级", "双人复核", "会计 乜澜湲", second]]  # fmt: skip
        got = run(tmp_path / f"b{n}", rows, ["A1:F1"])
        assert read(got) == sorted([
            ("主任", "鄢翊澂", "公车私用", "Ⅱ级"),
            ("会计", "乜澜湲", "报销审核不严", "Ⅰ级"),
        ])  # fmt: skip
        assert "HOLDERS_CONTINUED_UNHEADED" not in codes(got)
        assert outside(got) == {"G3", "G4"}
        no_errors(got)
    # finding 6 (its rule-4 part): a two-character co-holder ('李理') typed on beside names
    rows = [title, head,
            [1, "办公室", "主任", "公车私用", "二级", "登记", "张三", "李理"],
            [2, "财务科", "会计", "报销审核不严", "一级", "双人复核", "王五", None]]  # fmt: skip
    got = run(tmp_path / "c", rows, ["A1:G1"])
    assert read(got) == sorted([
        ("主任", "张三", "公车私用", "Ⅱ级"),
        ("主任", "李理", "公车私用", "Ⅱ级"),
        ("会计", "王五", "报销审核不严", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_CONTINUED_UNHEADED" in codes(got) and not outside(got)
    no_errors(got)
