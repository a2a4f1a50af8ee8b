"""A point's text spilling into the next row goes on with the point above (``_spill_table``), but a
date alone under the point column ('2025年12月', '2024.6') or a piece on the line of the sign-offs
('制表： | 审核： | …' written elsewhere on that row, as in a list printed in two columns on one
sheet, the labels under the left block and the date under the right one's point column) is no
piece of the point: the point stays as written. A real piece under the merged holder is still
joined.

Not batch458's file (a 住房和城乡建设局's 一览表 in two columns, 高/中/低, the date under the right
block's 廉政风险点): a county's 卫生健康局 in two columns with ``一级/二级/三级`` and a dotted date, and a
文化和旅游局's one-block list with a date alone under its last point, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def points(got) -> set[tuple[str, str]]:
    r = got.risks
    return set(zip(r["person"], r["risk_point"], strict=True))


def test_a_dotted_date_under_the_right_blocks_point_column(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级"]
    rows = [["XX县卫生健康局岗位廉政风险防控一览表"],
            [*head, None, *head],
            [1, "局领导", "局长", "东方既白", "医疗机构设置审批打招呼", "一级", None,
             5, "医政股", "股长", "慕容清晏", "医师执业注册审核不严", "二级"],
            [2, None, None, None, "卫生项目资金分配不经集体研究", "一级", None,
             6, None, None, None, "医疗纠纷调处偏袒一方", "二级"],
            [3, "财务室", "会计", "欧阳砚池", "报账凭证审核不严", "三级", None,
             7, "监督股", "监督员", "上官望舒", "监督检查走过场", "一级"],
            [4, None, None, None, "专项资金拨付不及时", "二级", None,
             8, None, None, None, "发现问题不移交查处", "二级"],
            ["制表人：", None, "审核人：", None, None, None, None, None, None, None, None, "2025.3", None]]  # fmt: skip
    merges = ["A1:M1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6",
              "I3:I4", "J3:J4", "K3:K4", "I5:I6", "J5:J6", "K5:K6"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert ("上官望舒", "发现问题不移交查处") in points(got)
    assert not any("2025" in p for _who, p in points(got))
    assert len(points(got)) == 8


def test_a_date_alone_under_the_last_point(tmp_path):
    rows = [["XX县文化和旅游局廉政风险点一览表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "市场股", "股长", "司马听澜", "演出审批中为关系人开绿灯", "高", "审批结果公示。"],
            [2, None, None, None, "文化市场检查走过场", "中", "检查两人以上。"],
            [3, "办公室", "主任", "诸葛望川", "公务接待超标准", "中", "接待清单公开。"],
            [4, None, None, None, "公车私用", "低", "公车定位管理。"],
            [None, None, None, None, "2024年6月", None, None]]  # fmt: skip
    merges = ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]
    got = run(tmp_path, rows, merges)
    assert ("诸葛望川", "公车私用") in points(got)
    assert not any("2024" in p for _who, p in points(got))


def test_a_real_piece_under_the_holder_is_still_joined(tmp_path):
    rows = [["XX县文化和旅游局廉政风险点一览表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "市场股", "股长", "司马听澜", "演出审批中为关系人开绿灯", "高", "审批结果公示。"],
            [2, None, None, None, "文化市场检查中接受经营者", "中", "检查两人以上。"],
            [None, None, None, None, "宴请和礼品", None, None],
            [3, "办公室", "主任", "诸葛望川", "公务接待超标准", "中", "接待清单公开。"],
            [4, None, None, None, "公车私用", "低", "公车定位管理。"]]  # fmt: skip
    merges = ["A1:G1", "B3:B5", "C3:C5", "D3:D5", "B6:B7", "C6:C7", "D6:D7"]
    got = run(tmp_path, rows, merges)
    assert ("司马听澜", "文化市场检查中接受经营者宴请和礼品") in points(got)
    assert len(points(got)) == 4
