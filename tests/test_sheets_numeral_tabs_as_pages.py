"""A list typed page by page on sheets named by bare numerals — ``一 | 二 | 三``, ``（一） | （二）``,
``壹 | 贰``, ``第一 | 第二`` — each sheet repeating the title and the header, the 序号 running on
from sheet to sheet, is one list: a page's first rows naming no one (科室, 岗位 and 姓名 blank, a
merge cannot cross sheets) go on with the last holder of the page before, as on pages named
``第2页`` or ``Sheet2`` (info SHEETS_NUMERAL_TABS_AS_PAGES). Before, bare numerals were taken
for tabs of their own names (``办公室 | 财务股``) and those rows were read as no one's
(FORM_NO_HOLDER; batch1029's 交通运输局). Not that batch's words: a 财政局's list on tabs
``（一） | （二）`` with 高/中/低, a 人民医院's list of posts on tabs ``壹 | 贰 | 叁`` with 一级/二级,
tabs ``第二 | 第一`` standing out of order; and the near-misses: sheets numbered each from 1,
sheets of different headings, a numeral tab beside a named one.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), post.get("title"), d["risk_point"], d["risk_level"]))
    return got, [i.code for i in r.issues]


FINANCE_HEAD = ["序号", "科室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
FINANCE_TITLE = ["某县财政局廉政风险防控清单", None, None, None, None, None, None]
FINANCE_1 = [
    FINANCE_TITLE,
    FINANCE_HEAD,
    [1, "局领导", "局长", "慕容昶", "预算追加审批个人说了算", "高", "追加事项党组会研究。"],
    [2, "局领导", "局长", None, "国库资金调度不按程序", "高", "调度两人审批。"],
    [3, "预算股", "股长", "端木翎", "部门预算审核打招呼", "中", "审核意见书面留存。"],
]
FINANCE_2 = [
    FINANCE_TITLE,
    FINANCE_HEAD,
    [4, None, None, None, "预算调整资料把关不严", "中", "调整资料两人复核。"],
    [5, "国库股", "会计", "宇文沁", "直接支付凭证审核不严", "低", "凭证系统比对。"],
]


def test_bracketed_numeral_tabs_are_pages(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx",
        {"（一）": FINANCE_1, "（二）": FINANCE_2},
        merges={"（一）": ["A1:G1", "B3:B4", "C3:C4", "D3:D4"], "（二）": ["A1:G1"]},
    )
    got, codes = _read(path)
    assert sorted(got) == sorted([
        ("慕容昶", "局长", "预算追加审批个人说了算", "Ⅰ级"),
        ("慕容昶", "局长", "国库资金调度不按程序", "Ⅰ级"),
        ("端木翎", "股长", "部门预算审核打招呼", "Ⅱ级"),
        ("端木翎", "股长", "预算调整资料把关不严", "Ⅱ级"),  # (the page before's last holder)
        ("宇文沁", "会计", "直接支付凭证审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert codes.count("SHEETS_NUMERAL_TABS_AS_PAGES") == 1
    assert "FORM_NO_HOLDER" not in codes and "FORM_DUPLICATE" not in codes


HOSPITAL_HEAD = ["序号", "科室", "岗位", "廉政风险点", "风险级别", "防控措施"]


def _hospital(rows):
    return [
        ["某县人民医院岗位廉政风险点一览表", None, None, None, None, None],
        HOSPITAL_HEAD,
        *rows,
    ]


def test_financial_numeral_tabs_of_a_list_of_posts(tmp_path):
    sheets = {
        "壹": _hospital([
            [1, "药剂科", "采购岗", "药品遴选收受回扣", "一级", "遴选委员会集体审定。"],
            [2, "药剂科", "采购岗", "耗材验收不认真", "二级", "两人验收。"],
        ]),
        "贰": _hospital([
            [3, None, None, "退货不登记", "二级", "退货台账管理。"],
            [4, "医务科", "科长", "医疗纠纷处理偏袒", "二级", "纠纷处理集体研究。"],
        ]),
        "叁": _hospital([
            [5, None, None, "手术分级授权放宽", "一级", "授权名单公示。"],
        ]),
    }  # fmt: skip
    path = write_workbook(tmp_path / "一览表.xlsx", sheets)
    got, codes = _read(path)
    by_post = {}
    for _who, post, point, level in got:
        by_post.setdefault(post, []).append((point, level))
    assert by_post == {
        "采购岗": [("药品遴选收受回扣", "Ⅰ级"), ("耗材验收不认真", "Ⅱ级"), ("退货不登记", "Ⅱ级")],
        "科长": [("医疗纠纷处理偏袒", "Ⅱ级"), ("手术分级授权放宽", "Ⅰ级")],
    }
    assert codes.count("SHEETS_NUMERAL_TABS_AS_PAGES") == 1
    assert "FORM_NO_HOLDER" not in codes


def test_numeral_tabs_out_of_order_are_read_by_their_numbers(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx", {"第二": FINANCE_2, "第一": FINANCE_1}, merges={"第一": ["B3:B4"]}
    )
    got, codes = _read(path)
    assert ("端木翎", "股长", "预算调整资料把关不严", "Ⅱ级") in got
    assert "SHEETS_NUMERAL_TABS_AS_PAGES" in codes and "SHEETS_BY_RUNNING_NUMBER" in codes
    assert "FORM_NO_HOLDER" not in codes


# --------------------------------------------------------------------------- near-misses


def test_numeral_tabs_numbered_each_from_one_are_tables_of_their_own(tmp_path):
    second = [row if not isinstance(row[0], int) else [row[0] - 3, *row[1:]] for row in FINANCE_2]
    path = write_workbook(tmp_path / "清单.xlsx", {"一": FINANCE_1, "二": second})
    got, codes = _read(path)
    assert "SHEETS_NUMERAL_TABS_AS_PAGES" not in codes
    assert (None, None, "预算调整资料把关不严", "Ⅱ级") in [
        (w or None, t or None, p, lv) for w, t, p, lv in got
    ]
    assert "FORM_NO_HOLDER" in codes  # (as before: no page before to go on from)


def test_numeral_tabs_of_different_headings_are_tables_of_their_own(tmp_path):
    other = [row[:5] + ["思想道德风险"] + row[5:] for row in FINANCE_2]
    other[1] = FINANCE_HEAD[:5] + ["风险类型"] + FINANCE_HEAD[5:]
    path = write_workbook(tmp_path / "清单.xlsx", {"一": FINANCE_1, "二": other})
    _got, codes = _read(path)
    assert "SHEETS_NUMERAL_TABS_AS_PAGES" not in codes
    assert "FORM_NO_HOLDER" in codes


def test_a_numeral_tab_beside_a_named_one_is_no_page(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"一": FINANCE_1, "预算股": FINANCE_2})
    got, codes = _read(path)
    assert "SHEETS_NUMERAL_TABS_AS_PAGES" not in codes
    # as before: a table of its own, its first row no one's (the tab names its 科室)
    assert ("", "", "预算调整资料把关不严", "Ⅱ级") in got
