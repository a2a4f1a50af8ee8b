"""A list naming no one (``岗位 | 分管… | 廉政风险点 | …``) whose holders are on a roster
(another sheet) that lists TWO OR MORE HOLDERS OF ONE POST, each with his own 分管工作 in a
column of the roster (``分管工作``, ``工作分工``, ``分工``, ``分管范围``, ``分管股室``), which the
list's rows repeat word for word in their own 分管 column: each row's points are the holder's
whose 分管工作 it repeats, a form each, in the list's order (info HOLDERS_BY_ROSTER_DUTY at the
roster's 分管 heading). Before, the post stayed post-only (ROSTER_POST_SEVERAL_HOLDERS).

A roster's four-character names of a two-character surname the reader does not list are
kept where another holder cell of the roster begins with the same two characters (staff of one
family name); before, they were taken for notes and the post left with no holder.

Not the published batch's file (batch1013: a 交通运输局's list and roster with two 副局长 under
``分管工作``): a 县卫生健康局 with THREE 副局长 under ``分管范围`` in the list and ``工作分工`` in the
roster, a 中心 whose two 副主任 are told apart by ``分管股室``. Near-misses read as before: a row's
分管 text none of the holders', two holders writing the same 分工, a roster with no 分管 column,
a name of an unlisted surname no other cell shares.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_BY_ROSTER_DUTY"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, roster: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows, "名单": roster})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    cols = ["title", "person", "risk_point"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> list[str]:
    return list(got.issues["code"])


HEALTH = [
    ["序号", "岗位", "分管范围", "廉政风险点", "风险等级", "防控措施"],
    [1, "局长", "全面工作", "医疗设备采购干预", "高", "集体决策。"],
    [2, "副局长", "医政医管、中医", "医疗机构校验放宽标准", "高", "校验两人以上。"],
    [3, "副局长", "公共卫生、疾控", "疫苗冷链检查走过场", "中", "检查留痕。"],
    [4, "副局长", "医政医管、中医", "医疗纠纷调处偏袒一方", "中", "调处结果公开。"],
    [5, "副局长", "计划财务、基建", "卫生院基建项目变更把关不严", "高", "变更集体审核。"],
    [6, "出纳", "现金收付", "公款私存", "低", "日清月结。"],
]  # fmt: skip
HEALTH_ROSTER = [
    ["序号", "姓名", "职务", "工作分工"],
    [1, "宓琮翊", "局长", "全面工作"],
    [2, "鄂霁沨", "副局长", "公共卫生、疾控"],
    [3, "邬瑄琇", "副局长", "医政医管、中医"],
    [4, "阚澂瑀", "副局长", "计划财务、基建"],
    [5, "訾琬", "出纳", "现金收付"],
]  # fmt: skip


def test_three_holders_of_one_post_told_apart_by_their_work(tmp_path):
    got = run(tmp_path, HEALTH, HEALTH_ROSTER)
    assert read(got) == [
        ("局长", "宓琮翊", "医疗设备采购干预"),
        ("副局长", "邬瑄琇", "医疗机构校验放宽标准"),
        ("副局长", "邬瑄琇", "医疗纠纷调处偏袒一方"),
        ("副局长", "鄂霁沨", "疫苗冷链检查走过场"),
        ("副局长", "阚澂瑀", "卫生院基建项目变更把关不严"),
        ("出纳", "訾琬", "公款私存"),
    ]
    assert got.risks.groupby("person")["form_id"].nunique().eq(1).all()
    assert got.risks["form_id"].nunique() == 5
    hit = got.issues[got.issues["code"] == CODE]
    assert list(hit["cell"]) == ["D1"] and "副局长" in hit["message"].iloc[0]
    assert "ROSTER_POST_SEVERAL_HOLDERS" not in codes(got)


# two 副主任 told apart by 分管股室; the roster's names of an unlisted two-character surname
CENTRE = [
    ["序号", "岗位", "分管股室", "廉政风险点", "风险等级", "防控措施"],
    [1, "主任", "全面", "项目资金安排个人说了算", "高", "集体研究。"],
    [2, "副主任", "项目股", "项目验收走过场", "中", "验收三方签字。"],
    [3, "副主任", "财务股", "票据审核不严", "中", "两人复核。"],
]  # fmt: skip
CENTRE_ROSTER = [
    ["姓名", "职务", "分管股室"],
    ["库狄琰翾", "主任", "全面"],
    ["库狄澍", "副主任", "项目股"],
    ["斛斯沄珩", "副主任", "财务股"],
    ["斛斯瑗", "会计", "财务股"],
]  # fmt: skip


def test_two_deputies_by_their_sections_and_names_of_a_shared_surname(tmp_path):
    got = run(tmp_path, CENTRE, CENTRE_ROSTER)
    assert read(got) == [
        ("主任", "库狄琰翾", "项目资金安排个人说了算"),
        ("副主任", "库狄澍", "项目验收走过场"),
        ("副主任", "斛斯沄珩", "票据审核不严"),
    ]
    assert CODE in codes(got)


def test_near_misses_read_as_before(tmp_path):
    # a row's 分管 text none of the holders': the post stays post-only, said
    odd = [row[:] for row in HEALTH]
    odd[3][2] = "爱国卫生"
    got = run(tmp_path / "a", odd, HEALTH_ROSTER)
    assert set(got.risks[got.risks["title"] == "副局长"]["person"]) == {""}
    assert CODE not in codes(got) and "ROSTER_POST_SEVERAL_HOLDERS" in codes(got)
    # two holders writing the same 分工: whose, the roster cannot say
    same = [row[:] for row in HEALTH_ROSTER]
    same[3][3] = "公共卫生、疾控"
    got = run(tmp_path / "b", HEALTH, same)
    assert set(got.risks[got.risks["title"] == "副局长"]["person"]) == {""}
    assert CODE not in codes(got)
    # no 分管 column on the roster
    bare = [row[:3] for row in HEALTH_ROSTER]
    got = run(tmp_path / "c", HEALTH, bare)
    assert set(got.risks[got.risks["title"] == "副局长"]["person"]) == {""}
    assert CODE not in codes(got) and "ROSTER_POST_SEVERAL_HOLDERS" in codes(got)
    # a four-character name of an unlisted surname no other cell shares: no holder, as before
    lone = [row[:] for row in CENTRE_ROSTER]
    lone[2][0] = "宓澍"  # (库狄琰翾 alone of his surname now)
    got = run(tmp_path / "d", CENTRE, lone)
    assert set(got.risks[got.risks["title"] == "主任"]["person"]) == {""}


def test_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    assert "{names}" in CATALOGUE[CODE][1] and "{value}" in CATALOGUE[CODE][1]
