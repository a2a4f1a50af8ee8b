"""A point shared by several posts (their posts one a line under 责任岗位, their holders one a line
under 责任人) whose 风险等级 cell gives each post its own level, one a line and labelled by the post
('副主任：二级⏎采购员：一级'): each holder's copy of the point takes his post's level (every copy took
the first line's, batch 649). Here a 县疾控中心's list, other posts and level words; a level cell of
one level, or lines that are not post-labelled, is as before. Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file."""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "廉政风险点", "责任岗位", "责任人", "风险等级", "防控措施"]


def run(tmp_path: Path, rows):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": ["A1:F1"]})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got):
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def test_each_post_takes_its_own_level_from_the_labelled_lines(tmp_path):
    rows = [["XX县疾病预防控制中心廉政风险防控清单"], HEAD,
            [1, "疫苗采购收受回扣", "主任\n采购员", "詹沅澧\n嵇翊岚", "主任：高\n采购员：中", "集体决策，全程留痕"],
            [2, "检测收费不入账", "收费员", "嵇望舒", "中", "日清月结"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "詹沅澧", "疫苗采购收受回扣", "Ⅰ级"),
        ("采购员", "嵇翊岚", "疫苗采购收受回扣", "Ⅱ级"),
        ("收费员", "嵇望舒", "检测收费不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])


def test_one_level_for_a_shared_point_is_every_holders(tmp_path):
    rows = [["XX县疾病预防控制中心廉政风险防控清单"], HEAD,
            [1, "疫苗采购收受回扣", "主任\n采购员", "詹沅澧\n嵇翊岚", "高", "集体决策，全程留痕"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "詹沅澧", "疫苗采购收受回扣", "Ⅰ级"), ("采购员", "嵇翊岚", "疫苗采购收受回扣", "Ⅰ级"),
    ])  # fmt: skip
