"""A point shared by several holders written ONCE, its 科室, post and holder cells listing them with
``、`` (or ``，``, ``/``) and paired by order, whose 风险等级 cell on that row ALSO lists one level a
holder on one line, in the same order (``高/中`` beside ``股长、出纳``): the k-th level is the k-th
holder's, said once a table (``HOLDER_LEVELS_LISTED``); a 风险类型 cell listing as many types by the
same separator pairs likewise. A level cell of more or fewer levels than holders is left unread as
before (LEVEL_UNKNOWN) and the sender told whose is whose cannot be seen
(``HOLDER_LEVELS_LISTED_UNPAIRED``); one level stays every holder's, and a row of one holder keeps
``一级、二级`` as an unknown level word.

Not the published batch's file (batch913: a 文物保护站 with 站长/会计/组长, ``一级、二级`` by ``、``,
separate 科室/岗位/责任人 columns, no type column): a 医疗保障局 with ``高/中`` by ``/`` and types paired
likewise, a 卫生院 with post and name in one 责任人 cell and the level column before it (``Ⅰ级、Ⅱ级``),
a 供销合作社 with ``高风险，中风险`` by ``，`` under other headings (所在部门/岗位名称/姓名/风险级别),
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: []})
    return _collect(inbox)


def read(got) -> dict[tuple[str, str], tuple[str, str]]:
    """(holder, point) → (level, type)."""
    r = got.risks
    return {
        (p, x): (lv, ty)
        for p, x, lv, ty in zip(
            r["person"], r["risk_point"], r["risk_level"], r["risk_type"], strict=True
        )
    }


def codes(got) -> list[str]:
    return list(got.issues["code"])


MEDICAL = [
    ["临洮县医疗保障局岗位廉政风险点一览表", None, None, None, None, None, None, None],
    ["序号", "责任股室", "岗位", "责任人员", "风险描述", "风险类型", "风险级别", "防控措施"],
    [1, "基金监管股、办公室", "股长、出纳", "鄢朗赫、晏澍菲", "医保基金拨付审核不严，违规拨付",
     "岗位职责风险/业务流程风险", "高/中", "拨付双人复核，按月对账。"],
    [2, "局领导、基金监管股、待遇保障股", "副局长、股长、科员", "阙泓霖、鄢朗赫、鲜于昕",
     "定点医药机构违规行为查处说情", "岗位职责风险", "中/高/中", "查处集体研究，结果公开。"],
    [3, "局领导、办公室", "副局长、出纳", "阙泓霖、晏澍菲", "公务接待超标准", "制度机制风险", "中",
     "接待一律公函，凭清单报销。"],
    [4, "待遇保障股", "科员", "鲜于昕", "特殊病种认定把关不严", "业务流程风险", "中", "认定结果公示。"],
]  # fmt: skip


def test_levels_listed_with_slashes_pair_with_the_holders_and_so_do_the_types(tmp_path):
    got = run(tmp_path, MEDICAL)
    r = read(got)
    assert r[("鄢朗赫", "医保基金拨付审核不严，违规拨付")] == ("Ⅰ级", "岗位职责风险")
    assert r[("晏澍菲", "医保基金拨付审核不严，违规拨付")] == ("Ⅱ级", "业务流程风险")
    point = "定点医药机构违规行为查处说情"
    assert [r[(n, point)][0] for n in ("阙泓霖", "鄢朗赫", "鲜于昕")] == ["Ⅱ级", "Ⅰ级", "Ⅱ级"]
    assert r[("阙泓霖", "公务接待超标准")] == ("Ⅱ级", "制度机制风险")  # (one level: both)
    assert r[("晏澍菲", "公务接待超标准")] == ("Ⅱ级", "制度机制风险")
    assert "LEVEL_UNKNOWN" not in codes(got) and "TYPE_UNKNOWN" not in codes(got)
    said = got.issues[got.issues["code"] == "HOLDER_LEVELS_LISTED"].to_dict("records")
    assert len(said) == 1 and said[0]["severity"] == "info" and said[0]["cell"] == "G3"
    assert "高/中" in said[0]["message"] and "2 行" in said[0]["message"]


CLINIC = [
    ["渭源县会川镇中心卫生院廉政风险防控一览表", None, None, None, None],
    ["序号", "风险点", "风险等级", "责任人", "防控措施"],
    [1, "药品耗材采购收受回扣", "Ⅰ级、Ⅱ级", "院长　仉煦涵、药房主任　钭沐宸", "集中带量采购，结果公示。"],
    [2, "医疗服务收费不规范", "Ⅱ级", "收费室主任　訾晗玥", "收费项目和标准公示。"],
    [3, "职称评审推荐不公", "Ⅱ级", "院长　仉煦涵、办公室主任　訾晗玥", "推荐结果公示。"],
]  # fmt: skip


def test_levels_listed_beside_posts_and_names_in_one_cell(tmp_path):
    got = run(tmp_path, CLINIC)
    r = read(got)
    assert r[("仉煦涵", "药品耗材采购收受回扣")][0] == "Ⅰ级"
    assert r[("钭沐宸", "药品耗材采购收受回扣")][0] == "Ⅱ级"
    assert r[("仉煦涵", "职称评审推荐不公")][0] == r[("訾晗玥", "职称评审推荐不公")][0] == "Ⅱ级"
    assert "LEVEL_UNKNOWN" not in codes(got)
    assert codes(got).count("HOLDER_LEVELS_LISTED") == 1


COOP = [
    ["岷县供销合作社联合社廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "所在部门", "岗位名称", "姓名", "廉政风险点", "风险级别", "防范措施"],
    [1, "社领导，财务审计科", "理事会主任，主办会计", "亓官蔚然，禚沛珊",
     "社有资产处置不公开，低价转让", "高风险，中风险", "资产处置进场交易，评估后公开挂牌。"],
    [2, "业务发展科，财务审计科", "科长，主办会计", "厍骁骞，禚沛珊",
     "农资储备补贴申报虚报数量", "中风险，高风险", "补贴申报逐笔核对库存。"],
    [3, "业务发展科", "科长", "厍骁骞", "基层社项目评审优亲厚友", "中风险", "评审专家库随机抽取。"],
    ["注：几人共担的风险点按顺序填写各人的风险级别。", None, None, None, None, None, None],
]  # fmt: skip


def test_levels_listed_with_commas_under_other_headings(tmp_path):
    got = run(tmp_path, COOP)
    r = read(got)
    assert r[("亓官蔚然", "社有资产处置不公开，低价转让")][0] == "Ⅰ级"
    assert r[("禚沛珊", "社有资产处置不公开，低价转让")][0] == "Ⅱ级"
    assert r[("厍骁骞", "农资储备补贴申报虚报数量")][0] == "Ⅱ级"
    assert r[("禚沛珊", "农资储备补贴申报虚报数量")][0] == "Ⅰ级"
    assert r[("厍骁骞", "基层社项目评审优亲厚友")][0] == "Ⅱ级"
    assert "LEVEL_UNKNOWN" not in codes(got)


def test_more_levels_than_holders_stay_unread_and_the_sender_is_told(tmp_path):
    rows = [r[:] for r in MEDICAL]
    rows[2][6] = "高/中/低"  # three levels beside two holders: whose is whose?
    got = run(tmp_path, rows)
    r = read(got)
    assert r[("鄢朗赫", "医保基金拨付审核不严，违规拨付")][0] == ""
    assert r[("晏澍菲", "医保基金拨付审核不严，违规拨付")][0] == ""
    told = got.issues[got.issues["code"] == "HOLDER_LEVELS_LISTED_UNPAIRED"].to_dict("records")
    assert len(told) == 1 and told[0]["severity"] == "warning" and told[0]["cell"] == "G3"
    assert "高/中/低" in told[0]["message"] and "2 位" in told[0]["message"]
    assert "LEVEL_UNKNOWN" in codes(got)  # (as before: the level is unread)


def test_a_single_holder_keeps_a_listed_level_as_an_unknown_word(tmp_path):
    # near-miss: '一级、二级' beside ONE holder pairs with nobody, read as before
    rows = [
        ["岷县供销合作社联合社廉政风险防控清单", None, None, None, None, None],
        ["序号", "所在部门", "岗位名称", "姓名", "廉政风险点", "风险级别"],
        [1, "财务审计科", "主办会计", "禚沛珊", "虚列费用套取资金", "一级、二级"],
        [2, "业务发展科", "科长", "厍骁骞", "基层社项目评审优亲厚友", "二级"],
    ]
    got = run(tmp_path, rows)
    r = read(got)
    assert r[("禚沛珊", "虚列费用套取资金")][0] == ""
    assert r[("厍骁骞", "基层社项目评审优亲厚友")][0] == "Ⅱ级"
    assert "LEVEL_UNKNOWN" in codes(got)
    assert not {"HOLDER_LEVELS_LISTED", "HOLDER_LEVELS_LISTED_UNPAIRED"} & set(codes(got))


def test_one_level_and_a_point_of_two_types_stay_every_holders(tmp_path):
    # near-miss: a shared point with ONE level and two types listed by '、': the types are the
    # point's (both holders keep both), the level every holder's
    rows = [
        ["临洮县医疗保障局岗位廉政风险点一览表", None, None, None, None, None, None],
        ["序号", "责任股室", "岗位", "责任人员", "风险描述", "风险类型", "风险级别"],
        [1, "基金监管股、办公室", "股长、出纳", "鄢朗赫、晏澍菲", "医保基金拨付审核不严，违规拨付",
         "岗位职责风险、业务流程风险", "一级"],
        [2, "待遇保障股", "科员", "鲜于昕", "特殊病种认定把关不严", "业务流程风险", "二级"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    r = read(got)
    for n in ("鄢朗赫", "晏澍菲"):
        level, types = r[(n, "医保基金拨付审核不严，违规拨付")]
        assert level == "Ⅰ级"
        assert set(types.split(";")) == {"岗位职责风险", "业务流程风险"}
    assert not {"HOLDER_LEVELS_LISTED", "HOLDER_LEVELS_LISTED_UNPAIRED", "LEVEL_UNKNOWN"} & set(
        codes(got)
    )


def test_the_new_codes_are_catalogued_in_chinese():
    for code in ("HOLDER_LEVELS_LISTED", "HOLDER_LEVELS_LISTED_UNPAIRED"):
        assert code in CATALOGUE and code in SHORT
        assert "等级" in CATALOGUE[code][1] and "请" in CATALOGUE[code][1]


def test_what_the_hundred_and_twenty_ninth_review_found_a_level_written_apart_from_its_suffix(
    tmp_path,
):
    """A shared point's ONE level written with a space before its suffix ('二级 风险', '较高 风险',
    '一级 风险等级') or beside its gloss ('Ⅱ级 中') is every holder's, as before the rule: the space
    had split it into a list of two "levels", the first holder given 二级 and the second left
    unread (LEVEL_UNKNOWN) with HOLDER_LEVELS_LISTED said. A bare suffix is no level of its own,
    and a list by spaces alone is written one way ('一级 二级', '高 中'), so neither is a list."""
    rows = [
        ["临洮县医疗保障局岗位廉政风险点一览表", None, None, None, None, None, None],
        ["序号", "责任股室", "岗位", "责任人员", "风险描述", "风险类型", "风险级别"],
        [1, "基金监管股、办公室", "股长、出纳", "鄢朗赫、晏澍菲", "医保基金拨付审核不严，违规拨付",
         "岗位职责风险", "二级 风险"],
        [2, "局领导、办公室", "副局长、出纳", "阙泓霖、晏澍菲", "公务接待超标准", "制度机制风险",
         "Ⅱ级 中"],
        [3, "待遇保障股", "科员", "鲜于昕", "特殊病种认定把关不严", "业务流程风险", "二级"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    r = read(got)
    for n in ("鄢朗赫", "晏澍菲"):
        assert r[(n, "医保基金拨付审核不严，违规拨付")][0] == "Ⅱ级"
    for n in ("阙泓霖", "晏澍菲"):
        assert r[(n, "公务接待超标准")][0] == "Ⅱ级"
    assert not {"HOLDER_LEVELS_LISTED", "HOLDER_LEVELS_LISTED_UNPAIRED", "LEVEL_UNKNOWN"} & set(
        codes(got)
    )


def test_what_the_hundred_and_twenty_ninth_review_found_a_level_and_its_gloss_by_a_comma(tmp_path):
    """A shared point's level cell of one level and its gloss in another scale by a separator
    ('一级，较高', '二级/中') is no list of the holders' levels: the rule had paired it with two
    holders (the first 一级, the second 较高 → Ⅱ级, a level nobody gave him). A list of levels one a
    holder is written one way ('高/中', 'Ⅰ级、Ⅱ级', '高风险，中风险'); a cell mixing ways is read as
    before the rule, the same for every holder."""
    rows = [
        ["临洮县医疗保障局岗位廉政风险点一览表", None, None, None, None, None, None],
        ["序号", "责任股室", "岗位", "责任人员", "风险描述", "风险类型", "风险级别"],
        [1, "基金监管股、办公室", "股长、出纳", "鄢朗赫、晏澍菲", "医保基金拨付审核不严，违规拨付",
         "岗位职责风险", "一级，较高"],
        [2, "局领导、办公室", "副局长、出纳", "阙泓霖、晏澍菲", "公务接待超标准", "制度机制风险",
         "二级/中"],
        [3, "待遇保障股", "科员", "鲜于昕", "特殊病种认定把关不严", "业务流程风险", "二级"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    r = read(got)
    first = {r[(n, "医保基金拨付审核不严，违规拨付")][0] for n in ("鄢朗赫", "晏澍菲")}
    second = {r[(n, "公务接待超标准")][0] for n in ("阙泓霖", "晏澍菲")}
    assert len(first) == 1 and len(second) == 1  # (the same for both holders)
    assert not {"HOLDER_LEVELS_LISTED", "HOLDER_LEVELS_LISTED_UNPAIRED"} & set(codes(got))
