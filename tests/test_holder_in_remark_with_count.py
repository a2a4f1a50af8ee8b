"""A list with no 岗位 / 责任人 column whose holders are named once, in a cell of the first row of
each holder's block with the count of its rows: '本条起3条由所长　某某负责' in the 备注, '以下2项由…
负责' closing the measures, '第1—3项由…负责' beside the 序号. That row and the next, the count in
all, are his; a remark saying no count ('由办公室负责解释') is no holder's, and a count that does
not fit the rows (past the table's end) is told, the rows read as before.

Not the published batch's list (a 城市建设投资公司's 风险清单, 备注 '本条起3条由总经理　某某负责',
一级/二级/三级): a county's 疾病预防控制中心 and 水利站, other posts and names, other level words,
one or two heading rows, the count in Chinese numerals, in the measures or as a range of 序号,
an extra column; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
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
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_COUNT", "HOLDER_COUNT_UNFIT"):
        assert code in CATALOGUE and code in SHORT


def test_remark_counts_the_rows_from_its_own(tmp_path):
    rows = [
        ["XX县疾病预防控制中心廉政风险点排查表"],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "疫苗出入库登记不实，虚报损耗", "高", "出入库双人核对，月末盘点。", "本条起三条由主任　甘沐澄负责"],
        [2, "检测试剂采购指定品牌", "中", "采购需求集体研究，公开比选。", ""],
        [3, "职称评聘暗箱操作", "中", "评聘方案公示，结果公示五日。", "2024年调整"],
        [4, "检验报告出具不实，收受好处", "高", "报告三级审核，留存原始记录。", "本条起2条由检验科科长　晏北辰负责"],
        [5, "样本外送检测费用虚列", "低", "外送清单每月与财务核对。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "甘沐澄", "疫苗出入库登记不实，虚报损耗", "Ⅰ级"),
        ("主任", "甘沐澄", "检测试剂采购指定品牌", "Ⅱ级"),
        ("主任", "甘沐澄", "职称评聘暗箱操作", "Ⅱ级"),
        ("检验科科长", "晏北辰", "检验报告出具不实，收受好处", "Ⅰ级"),
        ("检验科科长", "晏北辰", "样本外送检测费用虚列", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_COUNT" in codes(got) and "HOLDER_COUNT_UNFIT" not in codes(got)
    no_errors(got)


def test_count_closing_the_measures_cell(tmp_path):
    rows = [
        ["XX镇水利站岗位廉政风险防控一览表"],
        ["填报日期：2025年3月"],
        ["编号", "廉政风险点", "风险级别", "防控措施", "监督方式"],
        ["1", "河道采砂许可把关不严", "一级", "许可事项集体审议。以下2项由站长　鲍清越负责。", "纪检监督"],
        ["2", "工程验收走过场", "二级", "验收邀请受益村代表参加。", "群众监督"],
        ["3", "防汛物资采购虚报数量", "二级", "物资入库拍照留档。以下1项由会计　滕若溪负责", "审计监督"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("站长", "鲍清越", "河道采砂许可把关不严", "Ⅰ级"),
        ("站长", "鲍清越", "工程验收走过场", "Ⅱ级"),
        ("会计", "滕若溪", "防汛物资采购虚报数量", "Ⅱ级"),
    ])  # fmt: skip
    measures = sorted(got.risks["measures"])
    assert measures == sorted(
        ["许可事项集体审议。", "验收邀请受益村代表参加。", "物资入库拍照留档。"]
    )
    no_errors(got)


def test_range_of_numbers_in_the_remark(tmp_path):
    rows = [
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "预防接种门诊收费不规范", "二级风险", "收费项目公示，票据统一管理。", "第1—3项由副主任　庞知远负责"],
        [2, "健康证办理不检即发", "一级风险", "办证信息系统留痕。", ""],
        [3, "公共卫生项目资金挪用", "一级风险", "专款专用，季度审计。", ""],
        [4, "实验室废弃物处置费虚增", "三级风险", "处置合同公开比选。", "第4-4项由后勤科科员　卓星禾负责"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("副主任", "庞知远", "预防接种门诊收费不规范", "Ⅱ级"),
        ("副主任", "庞知远", "健康证办理不检即发", "Ⅰ级"),
        ("副主任", "庞知远", "公共卫生项目资金挪用", "Ⅰ级"),
        ("后勤科科员", "卓星禾", "实验室废弃物处置费虚增", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_remark_with_no_count_is_no_holder(tmp_path):
    rows = [
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "灌溉用水计量造假", "高", "水表每月抄录公示。", "由办公室负责解释"],
        [2, "水利补助资金发放不公", "中", "补助名单张榜公示。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("", "", "灌溉用水计量造假", "Ⅰ级"),
        ("", "", "水利补助资金发放不公", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_COUNT", "HOLDER_COUNT_UNFIT"} & codes(got)
    no_errors(got)


def test_count_past_the_tables_end_is_told(tmp_path):
    rows = [
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "灌溉用水计量造假", "高", "水表每月抄录公示。", "本条起4条由站长　鲍清越负责"],
        [2, "水利补助资金发放不公", "中", "补助名单张榜公示。", ""],
        [3, "小型水库巡查记录补写", "低", "巡查定位打卡。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("", "", "灌溉用水计量造假", "Ⅰ级"),
        ("", "", "水利补助资金发放不公", "Ⅱ级"),
        ("", "", "小型水库巡查记录补写", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    told = issues[issues["code"] == "HOLDER_COUNT_UNFIT"]
    assert list(told["cell"]) == ["E2"] and list(told["severity"]) == ["warning"]
    assert "HOLDERS_BY_COUNT" not in codes(got)
    no_errors(got)


def test_holder_columns_stand(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"],
        [1, "站长", "鲍清越", "灌溉用水计量造假", "高", "水表每月抄录公示。", "本条起2条由会计　滕若溪负责"],
        [2, "会计", "滕若溪", "水利补助资金发放不公", "中", "补助名单张榜公示。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("站长", "鲍清越", "灌溉用水计量造假", "Ⅰ级"),
        ("会计", "滕若溪", "水利补助资金发放不公", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_COUNT", "HOLDER_COUNT_UNFIT"} & codes(got)
    no_errors(got)


def test_what_the_hundred_and_seventh_review_found_two_holders_in_one_count(tmp_path):
    # '本条起2条由站长　鲍清越、会计　滕若溪负责': two holders of one count are no post
    # '站长鲍清越、会计滕若溪' (they were glued into it); the rows read as before
    rows = [["XX县水利站廉政风险点排查表"], ["序号", "风险点", "风险等级", "防控措施", "备注"],
            [1, "灌溉用水计量造假", "高", "水表每月抄录公示。", "本条起2条由站长　鲍清越、会计　滕若溪负责"],
            [2, "水利补助资金发放不公", "中", "补助名单张榜公示。", ""],
            [3, "小型水库巡查记录补写", "低", "巡查定位打卡。", ""]]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows})
    got = _collect(inbox)
    assert not any("、" in t for t in got.risks["title"])
    assert "HOLDERS_BY_COUNT" not in set(got.issues["code"])
