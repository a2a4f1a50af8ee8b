"""A list one row a point with no 科室, 岗位 or 姓名 column, whose holders stand only at the head of
the lines of its measures cell ('营林股　股长　某某：…⏎场长　某某：…'), each line that holder's own
measure: the row's point goes to every holder opening one of its lines (one form a holder across
rows), his measure his own line's, with one info (HOLDERS_BY_MEASURE_LINES) for the table.

Not the published batch's table (a 口岸服务中心's 分解表 with 高/中/低 and ``防控措施（分解到人）``):
a county's 国有林场, other posts, names and level words, a heading saying ``落实到人`` or nothing
at all, tick columns for the level, a glued ``副场长姓名：``, an extra 备注 column and a measure typed
on two lines, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a
file. Numbered measures, posts alone and tables with their own holder columns are read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "linechang.xlsx", {"措施表": rows}, {"措施表": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = ["XX县国有林场廉政风险防控措施表"]
FOOT = ["制表：场办公室", None, "审核：", None, "2025年8月"]


def test_a_heading_saying_to_each_person_reads_each_lines_holder(tmp_path):
    rows = [TITLE,
            ["编号", "工作环节", "风险点", "等级", "防控措施（落实到人）"],
            [1, "林木采伐", "超出采伐限额发证，收受好处",  "一级",
             "场长　汲昶翊：采伐指标经场务会集体研究。\n营林股　股长　蒯霁涵：发证前现场核验伐区。"],
            [2, "护林管护", "护林员脱岗漏巡，虚报巡护记录", "二级",
             "营林股　护林员　郜沅琛：巡护轨迹每日上传，不得代签。"],
            [3, "苗木采购", "苗木采购不比价，以次充好", "二级",
             "副场长郗澜蔚：采购方案事前审定。\n财务股　会计　蒯霁涵：比价记录与发票一并入账。"],
            [4, "公务用车", "公车私用", "三级", "场长　汲昶翊：车辆派遣登记，节假日封存。"],
            FOOT]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("场长", "汲昶翊", "超出采伐限额发证，收受好处", "Ⅰ级"),
        ("股长", "蒯霁涵", "超出采伐限额发证，收受好处", "Ⅰ级"),
        ("护林员", "郜沅琛", "护林员脱岗漏巡，虚报巡护记录", "Ⅱ级"),
        ("副场长", "郗澜蔚", "苗木采购不比价，以次充好", "Ⅱ级"),
        ("会计", "蒯霁涵", "苗木采购不比价，以次充好", "Ⅱ级"),
        ("场长", "汲昶翊", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    mine = r[(r["person"] == "蒯霁涵") & (r["title"] == "股长")]
    assert list(mine["department"]) == ["营林股"]
    assert list(mine["measures"]) == ["发证前现场核验伐区。"]
    assert "HOLDERS_BY_MEASURE_LINES" in codes(got)
    assert "MEASURE_LINE_NO_HOLDER" not in codes(got)
    no_errors(got)


def test_no_heading_words_two_heading_rows_ticks_and_a_note_column(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", None, None, "防控措施", "备注"],
            [None, None, "高", "中", "低", None, None],
            [1, "林权流转审核把关不严", "√", None, None,
             "林政股　股长　阙沛瑶：流转合同逐份审核，\n不符合条件的一律退回。\n场长　汲昶翊：流转结果场务会通报。", None],
            [2, "森林防火物资管理混乱，账实不符", None, "√", None,
             "防火办　保管员　郜沅琛：物资出入库双人登记。", "每季盘点"],
            [3, "生态补偿资金发放不公开", None, None, "√",
             "财务股　出纳　郦晗昱：补偿名单张榜公示后发放。\n林政股　股长　阙沛瑶：核对补偿面积。", None],
            FOOT]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("股长", "阙沛瑶", "林权流转审核把关不严", "Ⅰ级"),
        ("场长", "汲昶翊", "林权流转审核把关不严", "Ⅰ级"),
        ("保管员", "郜沅琛", "森林防火物资管理混乱，账实不符", "Ⅱ级"),
        ("出纳", "郦晗昱", "生态补偿资金发放不公开", "Ⅲ级"),
        ("股长", "阙沛瑶", "生态补偿资金发放不公开", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    first = r[(r["person"] == "阙沛瑶") & (r["risk_level"] == "Ⅰ级")]
    assert list(first["measures"]) == ["流转合同逐份审核，\n不符合条件的一律退回。"]
    assert "HOLDERS_BY_MEASURE_LINES" in codes(got)
    no_errors(got)


def test_a_line_with_no_holder_is_warned_and_the_point_stays_with_those_read(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", "防控措施（分解到人）"],
            [1, "木材检尺弄虚作假", "一级",
             "检尺组　检尺员　鄢翎珂：检尺数据当场录入系统。\n要求：每车抽检不少于一成。"],
            [2, "林下经济项目申报材料把关不严", "二级",
             "场长　汲昶翊：项目申报经场务会研究。\n营林股　股长　蒯霁涵：实地核查项目现场。"],
            FOOT]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("检尺员", "鄢翎珂", "木材检尺弄虚作假", "Ⅰ级"),
        ("场长", "汲昶翊", "林下经济项目申报材料把关不严", "Ⅱ级"),
        ("股长", "蒯霁涵", "林下经济项目申报材料把关不严", "Ⅱ级"),
    ])  # fmt: skip
    issues = got.issues
    warned = issues[issues["code"] == "MEASURE_LINE_NO_HOLDER"]
    assert list(warned["cell"]) == ["D3"], warned.to_dict("records")
    no_errors(got)


def test_posts_alone_under_a_heading_saying_to_each_post_hold_the_points(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", "防控措施（分解到岗）"],
            [1, "采伐作业设计弄虚作假", "一级", "场长：设计方案集体审定。\n技术员：现场复核伐区界线。"],
            [2, "木材销售价格随意调整", "二级", "会计：销售价格按挂牌价执行。"],
            FOOT]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("场长", "", "采伐作业设计弄虚作假", "Ⅰ级"),
        ("技术员", "", "采伐作业设计弄虚作假", "Ⅰ级"),
        ("会计", "", "木材销售价格随意调整", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_numbered_measures_are_read_as_before(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", "防控措施（分解到人）"],
            [1, "采伐指标分配不公", "一级", "1.指标分配方案公示。\n2.场务会集体研究。"],
            [2, "护林员选聘优亲厚友", "二级", "1.选聘公开报名。\n2.结果张榜公示。"],
            FOOT]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "", "采伐指标分配不公", "Ⅰ级"),
        ("", "", "护林员选聘优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MEASURE_LINES" not in codes(got)
    no_errors(got)


def test_posts_alone_with_no_heading_words_are_read_as_before(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "采伐作业设计弄虚作假", "一级", "场长：设计方案集体审定。\n技术员：现场复核伐区界线。"],
            [2, "木材销售价格随意调整", "二级", "会计：销售价格按挂牌价执行。"],
            FOOT]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert [x[2:] for x in read(got)] == sorted([
        ("采伐作业设计弄虚作假", "Ⅰ级"),
        ("木材销售价格随意调整", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MEASURE_LINES" not in codes(got)
    no_errors(got)


def test_a_table_with_its_own_holder_columns_is_read_as_before(tmp_path):
    rows = [TITLE,
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施（落实到人）"],
            [1, "场长", "汲昶翊", "采伐指标分配不公", "一级",
             "场长　汲昶翊：指标分配集体研究。\n营林股　股长　蒯霁涵：分配结果公示。"],
            [2, "会计", "郦晗昱", "报销凭证审核不严", "二级", "财务股　会计　郦晗昱：凭证三签。"],
            FOOT]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("场长", "汲昶翊", "采伐指标分配不公", "Ⅰ级"),
        ("会计", "郦晗昱", "报销凭证审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MEASURE_LINES" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_sixth_review_found_a_label_opening_the_line(tmp_path):
    # '责任人' before the holder is dropped, never his 科室 or post; '监督人' opens no holder, his
    # line kept after the holder's own measure
    rows = [TITLE,
            ["编号", "工作环节", "风险点", "等级", "防控措施（落实到人）"],
            [1, "环节", "超出采伐限额发证", "一级",
             "监督人　纪检组长　汲昶翊：每季度检查。\n责任人　股长　蒯霁涵：现场核验。"],
            [2, "环节", "护林员脱岗漏巡", "一级",
             "监督人　纪检组长　汲昶翊：抽查轨迹。\n责任人　护林员　郜沅琛：轨迹上传。"],
            [3, "环节", "苗木采购不比价", "一级",
             "分管领导　副场长　郗澜蔚：审定。\n责任人　会计　蒯霁涵：比价入账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("股长", "蒯霁涵", "超出采伐限额发证", "Ⅰ级"),
        ("护林员", "郜沅琛", "护林员脱岗漏巡", "Ⅰ级"),
        ("会计", "蒯霁涵", "苗木采购不比价", "Ⅰ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r["department"]) == {""}
    # (the overseer's line no holder's own, but kept after the holder's measure: nothing lost)
    assert list(r["measures"]) == [
        "现场核验。\n监督人　纪检组长　汲昶翊：每季度检查。",
        "轨迹上传。\n监督人　纪检组长　汲昶翊：抽查轨迹。",
        "比价入账。\n分管领导　副场长　郗澜蔚：审定。",
    ]
    assert "HOLDERS_BY_MEASURE_LINES" in codes(got)
    assert "MEASURE_LINE_NO_HOLDER" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_sixth_review_found_two_holders_on_one_line(tmp_path):
    # a line cut at '；' where a holder and a colon follow; numbered lines each opening with a
    # holder and a name before its post in brackets read too
    want = sorted([
        ("场长", "汲昶翊", "超出采伐限额发证", "Ⅰ级"),
        ("股长", "蒯霁涵", "超出采伐限额发证", "Ⅰ级"),
        ("护林员", "郜沅琛", "护林员脱岗漏巡", "Ⅰ级"),
        ("副场长", "郗澜蔚", "苗木采购不比价", "Ⅰ级"),
        ("会计", "蒯霁涵", "苗木采购不比价", "Ⅰ级"),
    ])  # fmt: skip
    for i, cells in enumerate((
        ["场长　汲昶翊：集体研究；营林股　股长　蒯霁涵：现场核验。", "营林股　护林员　郜沅琛：轨迹上传。",
         "副场长　郗澜蔚：事前审定；财务股　会计　蒯霁涵：比价入账。"],
        ["1.场长　汲昶翊：集体研究。\n2.营林股　股长　蒯霁涵：现场核验。", "1.营林股　护林员　郜沅琛：轨迹上传。",
         "1.副场长　郗澜蔚：事前审定。\n2.财务股　会计　蒯霁涵：比价入账。"],
        ["汲昶翊（场长）：集体研究。\n蒯霁涵（营林股股长）：现场核验。", "郜沅琛（护林员）：轨迹上传。",
         "郗澜蔚（副场长）：事前审定。\n蒯霁涵（会计）：比价入账。"],
    )):  # fmt: skip
        rows = [TITLE, ["编号", "工作环节", "风险点", "等级", "防控措施（分解到人）"]]
        pts = ["超出采伐限额发证", "护林员脱岗漏巡", "苗木采购不比价"]
        rows += [[k + 1, "环节", pts[k], "一级", c] for k, c in enumerate(cells)]
        got = run(tmp_path / str(i), rows, ["A1:E1"])
        assert read(got) == want, cells
        r = got.risks
        mine = dict(zip(zip(r["person"], r["risk_point"], strict=True), r["measures"], strict=True))
        assert mine[("汲昶翊", "超出采伐限额发证")].startswith("集体研究"), cells
        assert mine[("蒯霁涵", "超出采伐限额发证")] == "现场核验。", cells
        assert "HOLDERS_BY_MEASURE_LINES" in codes(got)
        no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_MEASURE_LINES", "MEASURE_LINE_NO_HOLDER"):
        assert code in CATALOGUE and code in SHORT
