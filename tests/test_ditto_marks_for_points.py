"""A point several holders share, written once: the other holders' rows write a ditto mark
(``〃``, ``同上``, or ``＂``) in its 风险点 (and 风险等级, 防控措施) cells. Each such row holds the
point of the row above, with its level and measures (the mark was read as the point's text).

Batch 681's 市场监管所 wrote ``〃`` under 高/中/低 with a ``注：`` line; here a 县疾控中心 and a 乡镇
财政所, other posts and names, ``同上`` and a typed ``＂`` too, a ditto under a ditto, and a row whose
only dittos are in its 科室 and 岗位 cells (its point its own, as before).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"风险点": rows}, {"风险点": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], r["measures"],
                      strict=True))  # fmt: skip


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def test_ditto_marks_under_a_shared_point(tmp_path):
    rows = [["某县疾病预防控制中心岗位廉政风险点排查表"], HEAD,
            ["1", "主任", "仉沐霖", "疫苗采购中收受回扣", "一级", "集中采购，全程留痕"],
            ["2", "副主任", "仉湛然", "〃", "〃", "〃"],
            ["3", "采购员", "郗澄溪", "〃", "〃", "〃"],
            ["4", "采购员", "郗澄溪", "验收把关不严", "二级", "双人验收"],
            ["注：“〃”表示与上一行相同。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("主任", "仉沐霖", "疫苗采购中收受回扣", "Ⅰ级", "集中采购，全程留痕"),
        ("副主任", "仉湛然", "疫苗采购中收受回扣", "Ⅰ级", "集中采购，全程留痕"),
        ("采购员", "郗澄溪", "疫苗采购中收受回扣", "Ⅰ级", "集中采购，全程留痕"),
        ("采购员", "郗澄溪", "验收把关不严", "Ⅱ级", "双人验收"),
    ])  # fmt: skip
    assert not errors(got)


def test_tongshang_and_a_typed_quote_for_the_point(tmp_path):
    rows = [["某乡财政所岗位廉政风险点一览表"], HEAD,
            ["1", "所长", "仉澈岚", "资金拨付不按程序", "高", "集体研究"],
            ["2", "会计", "郗沐川", "同上", "同上", "同上"],
            ["3", "出纳", "郗湉雯", "＂", "＂", "＂"],
            ["4", "出纳", "郗湉雯", "公款私存", "中", "每月对账"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert [(t, p) for t, _n, p, _l, _m in read(got)].count(("会计", "资金拨付不按程序")) == 1
    assert ("出纳", "郗湉雯", "资金拨付不按程序", "Ⅰ级", "集体研究") in read(got)
    assert not errors(got)


def test_dittos_only_in_the_holders_cells_keep_the_rows_point(tmp_path):
    # '同上' in 岗位 is the post above; the row's point is its own (as before)
    rows = [["某乡财政所岗位廉政风险点一览表"], HEAD,
            ["1", "会计", "郗沐川", "记账凭证附件不全", "低", "交叉复核"],
            ["2", "同上", "同上", "会计档案管理不规范", "低", "专人保管"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("会计", "郗沐川", "记账凭证附件不全", "Ⅲ级", "交叉复核"),
        ("会计", "郗沐川", "会计档案管理不规范", "Ⅲ级", "专人保管"),
    ])  # fmt: skip


def codes_at(got, code: str) -> list[str]:
    issues = got.issues
    return list(issues[issues["code"] == code]["cell"])


def test_what_the_hundred_and_fifth_review_found_dittos_written_otherwise(tmp_path):
    # '同 上' (a space inside), '〃〃' (doubled), '”' / '“' alone: the point above (were kept as
    # the point's text)
    for i, mark in enumerate(("同 上", "〃〃", "”", "“", "同　上")):
        rows = [["某乡财政所岗位廉政风险点一览表"], HEAD,
                ["1", "所长", "仉澈岚", "资金拨付不按程序", "高", "集体研究"],
                ["2", "会计", "郗沐川", mark, "高", "集体研究"]]  # fmt: skip
        got = run(tmp_path / str(i), rows, ["A1:F1"])
        assert read(got) == sorted([
            ("所长", "仉澈岚", "资金拨付不按程序", "Ⅰ级", "集体研究"),
            ("会计", "郗沐川", "资金拨付不按程序", "Ⅰ级", "集体研究"),
        ]), mark  # fmt: skip
        assert not errors(got) and not codes_at(got, "POINT_DITTO_NONE_ABOVE"), mark


def test_what_the_hundred_and_fifth_review_found_a_ditto_with_no_row_above(tmp_path):
    # '同上' in the first data row: kept as written, as before, but its cell named
    rows = [["某乡财政所岗位廉政风险点一览表"], HEAD,
            ["1", "所长", "仉澈岚", "同上", "高", "集体研究"],
            ["2", "会计", "郗沐川", "公款私存", "中", "每月对账"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "仉澈岚", "同上", "Ⅰ级", "集体研究"),
        ("会计", "郗沐川", "公款私存", "Ⅱ级", "每月对账"),
    ])  # fmt: skip
    assert codes_at(got, "POINT_DITTO_NONE_ABOVE") == ["D3"]
    assert {"POINT_DITTO_NONE_ABOVE"} <= CATALOGUE.keys() & SHORT.keys() & ITEMS.keys()
    assert not errors(got)
