"""A sheet tab naming a body's leaders (``局领导``, ``院领导``, ``部领导``, ``中心领导``) is their tier.

A workbook may put its leaders' list on a sheet of its own whose tab says whose leaders they are;
the tab is no 科室 of the unit, so the leaders' 科室 stays blank (as under a ``领导班子`` tab) unless
the rows name one. A tab naming a real 科室 (``办公室``, ``财务科``) still gives its rows that 科室.
The words are not those of tests/published: other units, sectors, posts and names.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, sheets):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def sheet(title: str, rows: list[tuple], head=HEAD) -> list[list]:
    return [[title], head, *[[i + 1, *r] for i, r in enumerate(rows)]]


def read(res) -> list[tuple[str, str, str]]:
    return [tuple(x) for x in res.risks[["unit", "department", "tier"]].values.tolist()]


def test_bureau_leaders_tab_gives_no_department(tmp_path):
    rows = [
        ("局长", "闵樾川", "专项资金分配个人说了算", "一级", "资金分配集体研究。"),
        ("副局长", "甘若汀", "分管股室审批把关不严", "二级", "审批事项双人复核。"),
    ]
    res = run(tmp_path, {"局领导": sheet("黑水县财政局岗位廉政风险防控一览表", rows)})
    assert read(res) == [("黑水县财政局", "", "领导岗位")] * 2


def test_hospital_leaders_tab_gives_no_department(tmp_path):
    rows = [
        ("院长", "潘砚秋", "大型设备采购指定品牌", "高", "采购论证会集体决策。"),
        ("副院长", "詹暮雪", "药品耗材准入把关不严", "中", "药事委员会集体审议。"),
    ]
    res = run(tmp_path, {"院领导": sheet("金川县人民医院廉政风险点排查表", rows)})
    assert read(res) == [("金川县人民医院", "", "领导岗位")] * 2


def test_centre_leaders_tab_beside_a_department_tab(tmp_path):
    lead = [("主任", "邝怀瑜", "中心重大事项未经集体研究", "一级", "落实“三重一大”制度。")]
    staff = [("会计", "祁晚舟", "报销票据审核不严", "二级", "票据三级审核。")]
    res = run(
        tmp_path,
        {
            "中心领导": sheet("壤塘县政务服务中心廉政风险防控一览表", lead),
            "财务室": sheet("壤塘县政务服务中心财务室廉政风险防控一览表", staff),
        },
    )
    got = read(res)
    assert got[0] == ("壤塘县政务服务中心", "", "领导岗位")
    assert got[1][:2] == ("壤塘县政务服务中心", "财务室")


def test_ministry_style_leaders_tab(tmp_path):
    rows = [("部长", "阎听澜", "干部考察走过场", "一级", "考察组集体研判。")]
    res = run(tmp_path, {"部领导": sheet("中共松潘县委组织部廉政风险防控一览表", rows)})
    assert read(res) == [("中共松潘县委组织部", "", "领导岗位")]


def test_office_tab_is_still_the_department(tmp_path):
    """Negative: a tab naming a real 科室 gives its rows that 科室, as before."""
    rows = [
        ("主任", "蒲青禾", "公务接待超标准", "二级", "接待清单报批。"),
        ("文秘", "鄢书遥", "公文处理泄密", "三级", "涉密文件专人管理。"),
    ]
    res = run(tmp_path, {"办公室": sheet("黑水县财政局岗位廉政风险防控一览表", rows)})
    assert [x[:2] for x in read(res)] == [("黑水县财政局", "办公室")] * 2


def test_leaders_named_by_the_rows_keep_their_department(tmp_path):
    """Negative: a 科室 column naming the leaders' group ('局领导') is what the rows say."""
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [
        ("局领导", "局长", "闵樾川", "专项资金分配个人说了算", "一级", "资金分配集体研究。"),
        ("预算股", "股长", "甘若汀", "预算调整把关不严", "二级", "预算调整集体审议。"),
    ]
    res = run(tmp_path, {"局领导": sheet("黑水县财政局岗位廉政风险防控一览表", rows, head)})
    assert [x[1] for x in read(res)] == ["局领导", "预算股"]
