"""A list printed as a controlled record of a quality system: above it the body's name merged over
two rows beside `文件编号 | … | 版本号 | …` and `生效日期 | … | 页码 | …`, a title, and a line of who wrote,
checked and approved the document (`编写人 | … | 审核人 | … | 批准人 | …`). The block is the document's,
no row outside the table and no holder (its rows were ROW_UNPLACED, batch 656). Here a 县医院's
药事委员会 list; a sentence above the table is still reported. Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file."""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"]
BODY = [[1, "药剂科主任", "药品遴选收受回扣", "高", "遴选结果集体票决"],
        [2, "采购员", "采购中与供应商私下接触", "中", "采购全程留痕"]]  # fmt: skip


def run(tmp_path: Path, rows, merges):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"记录": rows}, {"记录": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_a_document_control_block_above_the_list_is_no_content(tmp_path):
    rows = [["XX县人民医院", None, "文件编号", "XYY-YJ-JL-012", "版本号", "第3版"],
            [None, None, "生效日期", "2025年4月1日", "页　码", "第1页　共1页"],
            ["药事管理岗位廉政风险排查记录"],
            ["编写人", "宁霁川", "审核人", "向沅澧", "批准人", "宁望舒"],
            HEAD, *BODY]  # fmt: skip
    got = run(tmp_path, rows, ["A1:B2", "A3:F3"])
    assert sorted(zip(got.risks["title"], got.risks["risk_point"], strict=True)) == sorted(
        [("药剂科主任", "药品遴选收受回扣"), ("采购员", "采购中与供应商私下接触")]
    )
    assert "ROW_UNPLACED" not in set(got.issues["code"])
    assert not set(got.risks["person"]) - {""}  # (the writer and approvers hold no point)


def test_pairs_that_are_no_document_control_are_still_reported(tmp_path):
    # '药品名称 | … | 采购数量 | …' beside the body's name: content, reported as before
    rows = [["XX县人民医院", None, "药品名称", "阿莫西林胶囊", "采购数量", "2000盒"],
            [None, None, "供货单位", "某某医药公司", "采购日期", "2025年4月1日"],
            ["药事管理岗位廉政风险排查记录"], HEAD, *BODY]  # fmt: skip
    got = run(tmp_path, rows, ["A1:B2", "A3:F3"])
    assert "ROW_UNPLACED" in set(got.issues["code"])
