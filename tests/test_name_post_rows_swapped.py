"""A list headed ``职务 | 姓名`` (``岗位 | 责任人`` …) whose two cells are typed the other way round
on SOME persons' rows only — the list put together from each member's own rows, pasted as each
typed them — under a heading right for the rest: a row whose post cell holds a 2–4-character
personal name and whose holder cell a post (a bare ``出纳``, ``会计``, ``文书`` too) is read the other
way round, when other rows of the table stand as headed; said once a table (info
NAME_POST_ROWS_SWAPPED naming the cells, a merged run as one range). Before, such rows were read
as written: the post came out as the holder and the name as the post, their points lost to the
person who wrote them (with HOLDER_CELL_NAMES_POST at a long post, with no word at a bare one).

And, apart, a closing line opening with ``汇总：`` (``汇总人：``), who put the list together, is a
sign-off line like ``制表：``/``编制：``, also where a post follows ``审核：`` in the point column: no
point of the last holder.

Not the published batch's file (batch974: a 村's “两委” 一览表, 职务 and 姓名 merged per member, the
副书记's and the 文书's rows swapped, a ``汇总：文书 | 审核：村党支部书记`` line): a 乡卫生院's list with
no merges, one 出纳's row swapped and a ``汇总人：`` line; a 县供销社's list merged per person, the
会计's run swapped; and the 卫生院's list as an .ods copy. Near-misses read exactly as before: a row
whose two cells are both names, a row whose two cells are both posts, and a list swapped on every
row (the heading's matter: nothing said here); ``汇总`` bare heading a totals row and a point
that mentions 汇总.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, INFO, SHORT

CODE = "NAME_POST_ROWS_SWAPPED"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", sheets, merges or {})
    return _collect(inbox)


def held(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["title"], r["risk_point"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


CLINIC = [
    ["乡卫生院岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "院长", "巫马澄", "药品耗材采购收受回扣", "高", "采购集体议价，结果公示。"],
    [2, "副院长", "巫马湉", "医保基金结算审核把关不严", "中", "结算单据双人复核。"],
    [3, "南门沚", "出纳", "现金收入不及时入账", "中", "当日现金当日存入银行。"],
    [4, "药房负责人", "南门漪", "过期药品处置不登记", "低", "过期药品登记销毁。"],
    ["汇总人：办公室", None, "复核：党支部副书记", None, "2024年12月", None],
]  # fmt: skip
CLINIC_HELD = [
    ("巫马澄", "院长", "药品耗材采购收受回扣"),
    ("巫马湉", "副院长", "医保基金结算审核把关不严"),
    ("南门沚", "出纳", "现金收入不及时入账"),
    ("南门漪", "药房负责人", "过期药品处置不登记"),
]


def test_one_row_swapped_in_a_list_with_no_merges(tmp_path):
    got = run(tmp_path, {"一览表": CLINIC})
    assert held(got) == CLINIC_HELD
    said = issue(got, CODE)
    assert len(said) == 1 and list(said["cell"]) == ["B5"] and list(said["severity"]) == [INFO]
    assert "B5:C5" in said["message"].iloc[0] and "南门沚" in said["message"].iloc[0]
    assert not {"HOLDER_CELL_NAMES_POST", "POINT_BLANK", "TYPE_BLANK"} & codes(got)
    # (the 汇总人/复核 line is a sign-off, no point of 南门漪's)
    assert len(got.risks) == 4


CO_OP = [
    ["县供销合作社联合社廉政风险点排查表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "领导班子", "主任", "东郭岚", "社有资产出租不公开", "一级", "出租一律公开招租。"],
    [2, "领导班子", "主任", "东郭岚", "干预农资储备招标", "一级", "招标全程纪检监督。"],
    [3, "财务股", "东郭霂", "会计", "往来款长期挂账不清理", "二级", "每季度清理往来款项。"],
    [4, "财务股", "东郭霂", "会计", "记账凭证附件不全", "三级", "凭证附件逐笔审核。"],
    [5, "业务股", "股长", "南门淙", "农资质量抽检走过场", "二级", "抽检结果公开。"],
    [6, "业务股", "股长", "南门淙", "助农项目验收不严", "三级", "验收两人以上到场。"],
]  # fmt: skip
CO_OP_MERGES = {
    "排查表": ["C3:C4", "D3:D4", "C5:C6", "D5:D6", "C7:C8", "D7:D8", "B3:B4", "B5:B6", "B7:B8"]
}


def test_a_merged_run_swapped_said_as_one_range(tmp_path):
    got = run(tmp_path, {"排查表": CO_OP}, CO_OP_MERGES)
    assert [(p, t) for p, t, _ in held(got)] == [
        ("东郭岚", "主任"), ("东郭岚", "主任"), ("东郭霂", "会计"), ("东郭霂", "会计"),
        ("南门淙", "股长"), ("南门淙", "股长"),
    ]  # fmt: skip
    said = issue(got, CODE)
    assert len(said) == 1 and list(said["cell"]) == ["C5"]
    assert "C5:D6（东郭霂｜会计）" in said["message"].iloc[0]
    assert set(got.risks["department"]) == {"领导班子", "财务股", "业务股"}


def test_the_list_as_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "卫生院.ods", {"一览表": CLINIC})
    got = _collect(inbox)
    assert held(got) == CLINIC_HELD
    assert len(issue(got, CODE)) == 1


def _near(rows: list, swap: tuple[str, str]) -> list:
    out = [list(r) for r in CLINIC[:-1]]
    out[4][1:3] = swap
    return out


def test_both_names_or_both_posts_read_as_written(tmp_path):
    names = run(tmp_path / "a", {"一览表": _near(CLINIC, ("南门沚", "南门涟"))})
    assert held(names)[2] == ("南门涟", "南门沚", "现金收入不及时入账")
    assert CODE not in codes(names)
    posts = run(tmp_path / "b", {"一览表": _near(CLINIC, ("会计", "出纳"))})
    assert held(posts)[2][1:] == ("会计", "现金收入不及时入账")
    assert CODE not in codes(posts)


EVERY_ROW = [
    ["乡卫生院岗位廉政风险防控一览表", None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "巫马澄", "院长", "药品耗材采购收受回扣", "采购集体议价。"],
    [2, "巫马湉", "副院长", "医保基金结算审核把关不严", "结算单据双人复核。"],
    [3, "南门沚", "出纳", "现金收入不及时入账", "当日现金当日存入银行。"],
]  # fmt: skip


def test_a_list_swapped_on_every_row_is_not_this_rule(tmp_path):
    got = run(tmp_path, {"一览表": EVERY_ROW})
    assert CODE not in codes(got)
    assert len(got.risks) == 3


TOTALS = [
    ["乡卫生院岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "院长", "巫马澄", "药品耗材采购收受回扣", "高", "采购集体议价，结果公示。"],
    [2, "统计员", "巫马湉", "汇总：汇总报表数据不核对", "中", "报表数据双人核对。"],
    [3, "出纳", "南门沚", "现金收入不及时入账", "中", "当日现金当日存入银行。"],
]  # fmt: skip


def test_a_point_mentioning_huizong_reads_as_before(tmp_path):
    got = run(tmp_path, {"一览表": TOTALS})
    assert [p for _, _, p in held(got)] == [r[3] for r in TOTALS[2:]]
    assert CODE not in codes(got)


SIGNED = [
    ["县供销合作社联合社廉政风险点排查表", None, None, None, None, None],
    ["序号", "职务", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "主任", "东郭岚", "社有资产出租不公开", "一级", "出租一律公开招租。"],
    [2, "会计", "东郭霂", "往来款长期挂账不清理", "二级", "每季度清理往来款项。"],
    [3, "股长", "南门淙", "农资质量抽检走过场", "二级", "抽检结果公开。"],
    ["汇总：财务股", None, None, "审核：主任", "2025年3月", None],
]  # fmt: skip


def test_a_huizong_line_under_the_list_is_a_sign_off(tmp_path):
    got = run(tmp_path, {"排查表": SIGNED})
    assert [p for _, _, p in held(got)] == [r[3] for r in SIGNED[2:5]]
    assert not {"LEVEL_UNKNOWN", "TYPE_BLANK", "MEASURES_BLANK", CODE} & codes(got)


def test_the_code_is_catalogued_in_chinese():
    assert CODE in CATALOGUE and CATALOGUE[CODE][0] == INFO
    assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[CODE])
