"""The point's and the measures' headings typed over each other's values: '风险点 | 防控措施'
over numbered measures, then short risk phrases. The contents decide which is which only where
both columns fit (``columns.swapped_point_and_measures``); otherwise the headings stand.

Each case is a real workbook (xlsxwriter; openpyxl and an .ods copy for one each) read back as
``collect_inbox`` does.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HEADINGS_POINT_MEASURES_SWAPPED"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list[str]]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets)
    return _collect(inbox)


def codes(res) -> set[str]:
    return set(res.issues["code"])


# a 市场监管所's list: the measures typed under '风险点', the points under '防控办法'
HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "风险类型", "防控办法"]
MEASURES = [
    "1、抽检样品一律由两人共同抽取封存；\n2、检验结果按规定公示。",
    "1、行政处罚案件集体讨论决定；\n2、处罚结果录入系统备案。",
    "（1）许可材料双人审核；\n（2）办理时限全程留痕。",
    "1.严禁接受服务对象宴请；\n2.签订廉洁从业承诺书。",
]
POINTS = [
    "抽检样品选择随意、检测结果不实",
    "行政处罚自由裁量权滥用",
    "许可审查把关不严、拖延办理",
    "接受企业吃请、收受礼金",
]
HOLDERS = [
    ("食品安全股", "股长", "濮筠珂"),
    ("食品安全股", "股长", "濮筠珂"),
    ("行政许可股", "科员", "訾澄岚"),
    ("行政许可股", "科员", "訾澄岚"),
]
LEVELS = ["高", "中", "中", "低"]
TYPES = ["岗位职责", "制度机制", "业务流程", "思想道德"]


def _rows(first: list[str], last: list[str], head: list[str] = HEAD) -> list[list[str]]:
    return [
        ["某县市场监督管理所廉政风险防控一览表"],
        head,
        *(
            [str(i + 1), *HOLDERS[i], first[i], LEVELS[i], TYPES[i], last[i]]
            for i in range(len(first))
        ),
    ]


def test_swapped_headings_read_by_contents(tmp_path: Path) -> None:
    res = run(tmp_path, {"一览表": _rows(MEASURES, POINTS)})
    assert res.risks["risk_point"].tolist() == POINTS
    assert res.risks["measures"].tolist() == MEASURES
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert res.risks["person"].tolist() == ["濮筠珂", "濮筠珂", "訾澄岚", "訾澄岚"]
    said = res.issues[res.issues["code"] == CODE]
    assert len(said) == 1  # once per table
    assert said["severity"].iloc[0] == "info"
    assert "对调两列表头" in said["message"].iloc[0]
    guessed = res.issues[res.issues["code"] == "COLUMN_GUESSED"]["message"].tolist()
    assert any("风险点" in m and "防控措施" in m for m in guessed)


def test_other_headings_and_one_line_measures(tmp_path: Path) -> None:
    """'廉政风险点及表现形式 | 预防措施', the measures numbered on one line: swapped too."""
    head = [*HEAD[:4], "廉政风险点及表现形式", "风险等级", "风险类型", "预防措施"]
    one_line = [m.replace("\n", "") for m in MEASURES]
    res = run(tmp_path, {"Sheet1": _rows(one_line, POINTS, head)})
    assert res.risks["risk_point"].tolist() == POINTS
    assert CODE in codes(res)


def test_written_by_openpyxl_with_description_heading(tmp_path: Path) -> None:
    """'风险描述 | 防控措施' (the only risk text is the point) in a file openpyxl wrote."""
    head = [*HEAD[:4], "风险描述", "风险等级", "风险类型", "防控措施"]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "防控表"
    for row in _rows(MEASURES, POINTS, head):
        ws.append(row)
    wb.save(inbox / "o.xlsx")
    res = _collect(inbox)
    assert res.risks["risk_point"].tolist() == POINTS
    assert res.risks["measures"].tolist() == MEASURES


def test_read_by_contents_in_an_ods_copy(tmp_path: Path) -> None:
    """A LibreOffice copy (.ods, values only): the contents decide there too."""
    inbox = tmp_path / "inbox"
    write_ods(inbox / "t.ods", {"一览表": _rows(MEASURES, POINTS)})
    res = _collect(inbox)
    assert res.risks["risk_point"].tolist() == POINTS
    assert CODE in codes(res)


def test_normal_list_short_measures_numbered_points(tmp_path: Path) -> None:
    """Numbered points and short measures ('集体研究') under their own headings: as headed."""
    points = ["1.审批把关不严\n2.违规收受好处", "1.擅自变更用途\n2.泄露评审信息", "1.优亲厚友\n2.走过场",
              "1.虚报数据\n2.拖延办理"]  # fmt: skip
    measures = ["集体研究", "结果公示", "双人复核", "定期抽查"]
    res = run(tmp_path, {"一览表": _rows(points, measures)})
    assert res.risks["measures"].tolist() == measures
    assert CODE not in codes(res)
    assert set(res.risks["risk_point"]) <= {*(x for p in points for x in p.split("\n")), *points}


def test_normal_list_as_headed(tmp_path: Path) -> None:
    """Short points and numbered measures where their headings say: nothing changes."""
    res = run(tmp_path, {"一览表": _rows(POINTS, MEASURES)})
    assert res.risks["risk_point"].tolist() == POINTS
    assert res.risks["measures"].tolist() == MEASURES
    assert CODE not in codes(res)


def test_only_one_column_fits_stays_as_headed(tmp_path: Path) -> None:
    """Measures under '风险点' but long measures, no risk phrases, under '防控措施': unclear, so
    the headings stand and nothing is invented."""
    more = [
        "严格执行抽检工作规范，抽检计划报局务会审定",
        "落实案件审核制度，重大案件法制审核",
        "规范许可流程，办理结果网上公开",
        "加强廉洁教育，定期开展谈心谈话",
    ]
    res = run(tmp_path, {"一览表": _rows(MEASURES, more)})
    assert CODE not in codes(res)
    assert res.risks["measures"].tolist() == more
    assert not set(res.risks["risk_point"]) & set(more)


def test_points_under_both_headings_stay(tmp_path: Path) -> None:
    """Short risk phrases under '防控措施' but points too under '风险点': not swapped."""
    others = ["抽检不规范", "处罚不公", "许可拖延", "吃拿卡要"]
    res = run(tmp_path, {"一览表": _rows(others, POINTS)})
    assert res.risks["risk_point"].tolist() == others
    assert CODE not in codes(res)


def test_code_in_catalogue() -> None:
    assert CODE in CATALOGUE and CODE in SHORT


def test_what_the_eighty_fourth_review_found(tmp_path):
    # points naming the task (a control word in passing) beside measures saying '把关': no swap
    rows = [["某县人社局岗位廉政风险防控一览表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "就业股", "股长", "骆澜曦", "创业担保贷款申请材料审核及贴息拨付", "高", "严格审核把关"],
            [2, "就业股", "股长", "骆澜曦", "公益性岗位人员认定及台账登记", "中", "集体研究，领导把关"],
            [3, "社保股", "科员", "宓沚汀", "养老保险待遇资格认证及审核发放", "中", "双人审核，层层把关"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_point"].tolist()[0] == "创业担保贷款申请材料审核及贴息拨付"
    assert "HEADINGS_POINT_MEASURES_SWAPPED" not in codes(res)
