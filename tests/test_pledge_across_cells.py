"""A pledge (or any such sentence) TYPED ACROSS A LIST'S OWN CELLS under its rows, a piece of the
sentence in each cell and nothing merged, as tabbed in from Word: its first row opens, in its first
filled cell, with a pledge's words ending on a colon or alone (``本人郑重承诺：``, ``我们承诺如下：``,
``全体人员承诺：``), holds three pieces or more and no level word under the level heading; the rows
going on under it with no 序号, no level and no sign-off are its too, up to the piece ending the
sentence (``。``, ``！``). Such rows are no rows of the list (info PLEDGE_ACROSS_CELLS at the first
piece, once a run). Before, the first row was one more point whose 科室, 岗位 and 姓名 were pieces
of the sentence (LEVEL_UNKNOWN at whatever piece stood under the level heading).

Not the published batch's file (batch1016: a 市场监督管理局's ``全体人员承诺：`` over two rows of a
seven-column 一览表): a 县税务局's ``本人郑重承诺：`` in the 序号 column over three rows ending on
``！``, a 卫生院's list with no 序号 column and ``我们承诺如下：`` over one row, with ``承诺人（签名）：``
under it. Near-misses read as before: a point ``违规承诺减免税费`` with its level, a pledge's first
row whose sentence never ends (its pieces kept as a row), a pledge written in one cell merged across
the form, a list with no pledge.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    cols = ["department", "title", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


TAX_HEAD = [
    ["县税务局岗位廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险级别", "防控措施"],
    [1, "征收管理股", "股长", "亓官澄", "违规承诺减免税费", "高", "减免事项集体审议。"],
    [2, "征收管理股", "股长", "亓官澄", "核定征收定额人情核定", "中", "定额公示，随机复核。"],
    [3, "纳税服务股", "办税员", "羊舌珩", "代开发票审核不严", "低", "两人复核。"],
]  # fmt: skip
TAX = [
    (("征收管理股", "股长", "亓官澄", "违规承诺减免税费", "Ⅰ级")),
    (("征收管理股", "股长", "亓官澄", "核定征收定额人情核定", "Ⅱ级")),
    (("纳税服务股", "办税员", "羊舌珩", "代开发票审核不严", "Ⅲ级")),
]


def test_a_pledge_over_three_rows_in_the_seq_column_is_no_point(tmp_path):
    got = run(tmp_path, TAX_HEAD + [
        ["本人郑重承诺：", "恪守", "税收法律法规，", "不吃请", "不收礼，不利用职务之便为亲友谋利，", None, None],
        [None, "自觉", "接受纳税人", "和社会", "各界的监督，", None, None],
        [None, "违者", "甘愿接受", "党纪政纪处分！", None, None, None],
        [None, None, None, "承诺人（签名）：", None, "2025年6月", None],
    ])  # fmt: skip
    assert read(got) == TAX
    issues = got.issues[got.issues["code"] == "PLEDGE_ACROSS_CELLS"]
    assert len(issues) == 1
    assert issues.iloc[0]["cell"] == "A6" and "共 3 行" in issues.iloc[0]["message"]
    assert "LEVEL_UNKNOWN" not in codes(got)


def test_a_pledge_under_a_list_with_no_seq_column_is_no_point(tmp_path):
    got = run(tmp_path, [
        ["县中心卫生院廉政风险点一览表", None, None, None, None, None],
        ["科室", "职务", "姓名", "廉政风险点", "等级", "防控措施"],
        ["院办", "院长", "闾丘翎", "药品耗材采购指定供应商", "一级", "集中采购，集体决策。"],
        ["药房", "药剂员", "拓跋琰", "药品出入库账实不符", "三级", "月度盘点。"],
        ["我们承诺如下：", "严格执行", "上述措施，", "廉洁行医，", "绝不收受红包回扣。", None],
        ["承诺人（签名）：", None, None, None, None, None],
    ])  # fmt: skip
    assert read(got) == [
        ("院办", "院长", "闾丘翎", "药品耗材采购指定供应商", "Ⅰ级"),
        ("药房", "药剂员", "拓跋琰", "药品出入库账实不符", "Ⅲ级"),
    ]
    assert "PLEDGE_ACROSS_CELLS" in codes(got)


def test_near_misses_read_as_before(tmp_path):
    # no pledge: the point '违规承诺减免税费' with its level stays a point, no issue
    got = run(tmp_path / "a", TAX_HEAD)
    assert read(got) == TAX and "PLEDGE_ACROSS_CELLS" not in codes(got)
    # a sentence never ended: its pieces are kept as a row, as before
    got = run(tmp_path / "b", TAX_HEAD + [
        ["本人承诺：", "恪守", "税收法律法规", "不吃请", "不收礼", None, None],
    ])  # fmt: skip
    assert "PLEDGE_ACROSS_CELLS" not in codes(got)
    assert len(read(got)) == len(TAX) + 1
    # a pledge in one cell merged across the form: part of the form, no point, no such issue
    got = run(
        tmp_path / "c",
        TAX_HEAD + [["本人郑重承诺：恪守税收法律法规，不吃请不收礼，自觉接受监督，违者甘愿接受处分。",
                     None, None, None, None, None, None]],
        ["A6:G6"],
    )  # fmt: skip
    assert read(got) == TAX and "PLEDGE_ACROSS_CELLS" not in codes(got)


def test_the_code_is_catalogued():
    assert "PLEDGE_ACROSS_CELLS" in CATALOGUE and "PLEDGE_ACROSS_CELLS" in SHORT
    assert CATALOGUE["PLEDGE_ACROSS_CELLS"][0] == "info"
