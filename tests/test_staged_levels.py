"""A level column whose heading names the review stages in order ('风险等级（初评/复评/终评）',
'风险级别（个人、科室、单位）', '风险等级⏎自评/复核/审定') and whose every cell carries each stage's
level joined the same way ('高/中/中', 'Ⅱ级、Ⅱ级、Ⅰ级', one a line): each cell is read as the ruling
stage's level — the one a '注：…以…为准' line names, else the one the heading marks as settling
(审定, 核定, 终评), else the last — with one info LEVEL_BY_STAGE a table; a cell giving fewer
stages than the heading reads as its last with a warning LEVEL_STAGES_SHORT. Before, every such
cell was one unknown word (LEVEL_UNKNOWN), even where the stages agreed.

Not the published batch's list (a 水利局's '风险等级（本人自评/股室审核/局党组审定）' over
'二级/二级/一级'): a 市场监督管理局's, a 中学's and a 卫生院's lists, other posts and names, levels
in 高/中/低 and Ⅰ级/Ⅱ级/Ⅲ级 words, parted by '/', '、' and line breaks, and an .ods copy. The
negatives stay as before: a plain '风险等级' over '一级/二级' (no stages named) and a type cell
'制度机制/岗位职责' are not split, and a heading naming stages over cells of one level each, or a
printed scale '风险等级（高/中/低）', is read as it was.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows})
    return _collect(inbox)


def levels(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def _level_words() -> dict[int, str]:
    return dict(enumerate(load_config().levels.canonical, 1))


MARKET = [
    ["某县市场监督管理局廉政风险点排查表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级（初评/复评/终评）", "防控措施"],
    ["1", "登记注册股", "股长", "谭知远", "违规为不符合条件的市场主体办理登记", "岗位职责", "中/高/高",
     "登记材料双人复核，系统留痕。"],
    ["2", "登记注册股", "股长", "谭知远", "泄露企业登记信息", "制度机制", "低/中/中", "信息查询实行授权管理。"],
    ["3", "食品安全股", "科员", "韩沐阳", "抽检样品选取有意回避", "业务流程", "中/中/中", "抽检计划随机生成。"],
    ["4", "食品安全股", "科员", "韩沐阳", "对违法线索瞒案不报", "思想道德", "高/高/高", "线索统一登记，定期核查。"],
]  # fmt: skip


def test_slashed_stages_read_by_the_last(tmp_path):
    got = run(tmp_path, MARKET)
    w = _level_words()
    assert levels(got) == {
        "违规为不符合条件的市场主体办理登记": w[1],
        "泄露企业登记信息": w[2],
        "抽检样品选取有意回避": w[2],
        "对违法线索瞒案不报": w[1],
    }
    assert "LEVEL_UNKNOWN" not in codes(got)
    info = got.issues[got.issues["code"] == "LEVEL_BY_STAGE"]
    assert len(info) == 1 and "终评" in info.iloc[0]["message"]
    assert got.issues[got.issues["code"] == "LEVEL_BY_STAGE"].iloc[0]["severity"] == "info"


SCHOOL = [
    ["某市第三中学岗位廉洁风险防控一览表"],
    ["序号", "处室", "岗位", "姓名", "廉洁风险点", "风险级别（个人、科室、单位）", "防控措施"],
    ["1", "教务处", "主任", "骆清和", "招生录取中违规照顾关系学生", "Ⅱ级、Ⅱ级、Ⅰ级", "招生结果校内公示。"],
    ["2", "教务处", "主任", "骆清和", "教辅材料征订收受回扣", "Ⅲ级、Ⅱ级、Ⅱ级", "征订实行自愿原则，家委会监督。"],
    ["3", "总务处", "会计", "苏晓岚", "食堂采购虚报价格", "Ⅲ级、Ⅲ级", "食材采购三方比价。"],
    ["4", "总务处", "会计", "苏晓岚", "公用经费报销把关不严", "Ⅲ级、Ⅲ级、Ⅲ级", "报销单据校长审签。"],
]  # fmt: skip


def test_enumerated_stages_and_a_short_cell(tmp_path):
    got = run(tmp_path, SCHOOL, "一览表")
    w = _level_words()
    assert levels(got) == {
        "招生录取中违规照顾关系学生": w[1],
        "教辅材料征订收受回扣": w[2],
        "食堂采购虚报价格": w[3],
        "公用经费报销把关不严": w[3],
    }
    short = got.issues[got.issues["code"] == "LEVEL_STAGES_SHORT"]
    assert list(short["cell"]) == ["F5"] and list(short["severity"]) == ["warning"]
    assert codes(got).count("LEVEL_BY_STAGE") == 1 and "LEVEL_UNKNOWN" not in codes(got)


CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单"],
    ["序号", "岗位", "姓名", "风险点", "风险等级\n科室核定/本人自评", "防控措施"],
    ["1", "药房负责人", "蒋一帆", "药品入库验收不严", "一级\n二级", "入库实行双人验收。"],
    ["2", "药房负责人", "蒋一帆", "过期药品处置不规范", "二级\n三级", "过期药品登记销毁。"],
    ["3", "收费员", "葛可欣", "收费不开具票据", "三级\n三级", "收费系统日结日清。"],
    ["注：风险等级以科室核定的等级为准。"],
]  # fmt: skip


def test_lined_stages_read_by_the_ruling_one(tmp_path):
    got = run(tmp_path, CLINIC, "清单")
    w = _level_words()
    assert levels(got) == {
        "药品入库验收不严": w[1],
        "过期药品处置不规范": w[2],
        "收费不开具票据": w[3],
    }
    info = got.issues[got.issues["code"] == "LEVEL_BY_STAGE"]
    assert len(info) == 1 and "科室核定" in info.iloc[0]["message"]


def test_stages_in_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "list.ods", {"一览表": SCHOOL})
    got = _collect(inbox)
    w = _level_words()
    assert levels(got)["招生录取中违规照顾关系学生"] == w[1]
    assert levels(got)["教辅材料征订收受回扣"] == w[2]
    assert codes(got).count("LEVEL_BY_STAGE") == 1 and "LEVEL_UNKNOWN" not in codes(got)


PLAIN = [
    ["某区档案馆廉政风险点一览表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
    ["1", "保管利用科", "科长", "邹静姝", "违规提供涉密档案查阅", "制度机制/岗位职责", "一级/二级",
     "查阅实行审批登记。"],
    ["2", "保管利用科", "科长", "邹静姝", "档案数字化外包监管不力", "业务流程", "二级", "外包人员签订保密协议。"],
]  # fmt: skip


def test_plain_heading_two_levels_as_before(tmp_path):
    got = run(tmp_path, PLAIN)
    lv = levels(got)
    assert lv["档案数字化外包监管不力"] == _level_words()[2]
    assert lv["违规提供涉密档案查阅"] == ""
    assert "LEVEL_BY_STAGE" not in codes(got) and "LEVEL_STAGES_SHORT" not in codes(got)
    r = got.risks
    typed = dict(zip(r["risk_point"], r["raw_risk_type"], strict=True))
    assert typed["违规提供涉密档案查阅"] == "制度机制/岗位职责"


SINGLE = [
    ["某县林业局廉政风险点清单"],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级（自评/审定）", "防控措施"],
    ["1", "林政股", "股长", "邵明轩", "林木采伐审批把关不严", "一级", "采伐审批集体研究。"],
    ["2", "林政股", "股长", "邵明轩", "征占用林地现场查验走过场", "三级", "现场查验留存影像。"],
]  # fmt: skip

SCALE = [
    ["某县林业局廉政风险点清单"],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级（高/中/低）", "防控措施"],
    ["1", "林政股", "股长", "邵明轩", "林木采伐审批把关不严", "高", "采伐审批集体研究。"],
    ["2", "林政股", "股长", "邵明轩", "征占用林地现场查验走过场", "低", "现场查验留存影像。"],
]  # fmt: skip


def test_stage_heading_over_single_levels_and_a_printed_scale_as_before(tmp_path):
    w = _level_words()
    for n, rows in enumerate((SINGLE, SCALE)):
        got = run(tmp_path / str(n), rows)
        assert levels(got) == {"林木采伐审批把关不严": w[1], "征占用林地现场查验走过场": w[3]}
        assert "LEVEL_BY_STAGE" not in codes(got) and "LEVEL_STAGES_SHORT" not in codes(got)


def test_the_codes_are_catalogued():
    from xlproc.issues import CATALOGUE, SHORT

    for code in ("LEVEL_BY_STAGE", "LEVEL_STAGES_SHORT"):
        assert code in CATALOGUE and code in SHORT


FEW_JOINED = [
    ["某县水利局廉政风险点一览表"],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级（科室/单位）", "防控措施"],
    ["1", "办公室", "主任", "韩沐阳", "公务接待超标准", "一级/二级", "接待清单公示。"],
    ["2", "办公室", "主任", "韩沐阳", "公车私用", "二级", "车辆定位管理。"],
    ["3", "水政股", "股长", "邵明轩", "河道采砂许可把关不严", "三级", "许可集体研究。"],
    ["4", "水政股", "股长", "邵明轩", "涉水案件查处不力", "二级", "案件交叉评查。"],
]  # fmt: skip


def test_what_the_hundred_and_thirty_second_review_found_one_joined_cell_among_single_levels(
    tmp_path,
):
    """A heading naming two stages over a column filled with one level a cell, and one cell
    '一级/二级' (either, or the filler unsure): the rule had read that cell as the last stage's and
    warned every plain cell as short of stages (LEVEL_STAGES_SHORT three times). A column is read
    by stages only where at least half its cells carry every stage's level; here the column is
    read as before (the joined cell unknown, the plain ones as written, no stage warnings)."""
    got = run(tmp_path, FEW_JOINED)
    w = _level_words()
    assert levels(got) == {
        "公务接待超标准": "",
        "公车私用": w[2],
        "河道采砂许可把关不严": w[3],
        "涉水案件查处不力": w[2],
    }
    assert "LEVEL_STAGES_SHORT" not in codes(got) and "LEVEL_BY_STAGE" not in codes(got)
    assert "LEVEL_UNKNOWN" in codes(got)
