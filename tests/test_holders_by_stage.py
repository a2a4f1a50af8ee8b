"""A list keyed by a workflow stage ('工作环节', '办理环节', '流程节点') with no post or holder
column, whose holders the sheet gives elsewhere by stage: a legend line under or above it
('各环节责任人：申请受理－窗口受理员　佘曌岚⏎…'), a strip of the steps across with the 科室, post and
holder of each in rows under it (a cell merged over the steps one holder handles) or a small
'环节 | 责任人' table beside or under it. Each row is the point of its stage's holder, one form a
holder; a stage the map does not name stays as read, with a warning at its cell.

Not the published batches' files (a 派出所's 执法环节 with a '接警受案—值班民警　…；…' line above
it, a 信访局's 办理环节 strip over 承办股室 / 承办岗位 / 承办人): here a 市场监督管理局's 食品经营许可,
a 县医院's 药品采购 and a 人社局's 待遇审核 and 工伤认定, other stages, posts and names, the legend
under the list with line breaks or '、', the strip's holder written '岗位　姓名' in one cell under a
'流程节点' row, a list stage '受理' matching the map's '待遇申请受理', level ticks under two
heading rows, an extra 备注 column — written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "流程"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str]]:
    r = got.risks
    return set(zip(r["department"], r["person"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert "ROW_UNPLACED" not in codes(got), issues.to_dict("records")


def test_the_codes_are_catalogued():
    for code in ("HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


LICENCE = [
    ["XX县市场监督管理局食品经营许可廉政风险防控表"],
    ["序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "申请受理", "对不符合条件的申请违规受理", "岗位职责风险", "二级", "受理条件在窗口公示，系统留痕。"],
    [2, "申请受理", "故意刁难申请人，索要好处", "思想道德风险", "一级", "推行首问负责，公开投诉电话。"],
    [3, "现场核查", "核查走过场，不按标准现场检查", "业务流程风险", "一级", "双人核查，全程记录。"],
    [4, "现场核查", "接受申请人宴请或礼品", "思想道德风险", "二级", "签订廉洁承诺书。"],
    [5, "许可决定", "对不符合条件的申请违规发证", "制度机制风险", "一级", "许可决定集体研究。"],
    ["注：各环节责任人：\n申请受理－窗口受理员　佘曌岚\n现场核查－核查员　冼珺彧\n许可决定－副局长　厍昀翀"],
    ["填表人：", None, "审核人：", None, "2025年4月"],
]  # fmt: skip
LICENCE_HELD = [
    ("核查员", "冼珺彧", "接受申请人宴请或礼品", "Ⅱ级"),
    ("核查员", "冼珺彧", "核查走过场，不按标准现场检查", "Ⅰ级"),
    ("副局长", "厍昀翀", "对不符合条件的申请违规发证", "Ⅰ级"),
    ("窗口受理员", "佘曌岚", "对不符合条件的申请违规受理", "Ⅱ级"),
    ("窗口受理员", "佘曌岚", "故意刁难申请人，索要好处", "Ⅰ级"),
]


def test_a_legend_under_the_list_with_line_breaks_names_each_stages_holder(tmp_path):
    got = run(tmp_path, LICENCE, ["A1:F1", "A8:F8"])
    assert read(got) == sorted(LICENCE_HELD)
    no_errors(got)
    assert "HOLDER_BY_STAGE" in codes(got)
    assert "HOLDER_STAGE_UNMATCHED" not in codes(got)
    assert len(set(got.risks["person"])) == 3  # (one form a holder)


def test_a_legend_above_the_list_with_pauses_between_entries(tmp_path):
    rows = [list(r) for r in LICENCE[:-2]]
    rows.insert(
        1, ["环节分工：申请受理—窗口受理员佘曌岚、现场核查—核查员冼珺彧、许可决定—副局长厍昀翀"]
    )
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted(LICENCE_HELD)
    no_errors(got)


def test_a_stage_the_legend_leaves_out_stays_as_read_with_a_warning(tmp_path):
    rows = [list(r) for r in LICENCE]
    rows[7] = ["注：各环节责任人：\n申请受理－窗口受理员　佘曌岚\n现场核查－核查员　冼珺彧"]
    got = run(tmp_path, rows, ["A1:F1", "A8:F8"])
    held = read(got)
    assert [x for x in held if x[1]] == sorted(LICENCE_HELD[:2] + LICENCE_HELD[3:])
    assert [x[2] for x in held if not x[1]] == ["对不符合条件的申请违规发证"]
    issues = got.issues
    warned = issues[issues["code"] == "HOLDER_STAGE_UNMATCHED"]
    assert list(warned["cell"]) == ["B7"] and list(warned["value"]) == ["许可决定"]


PURCHASE = [
    ["XX县人民医院药品采购流程廉政风险防控图"],
    ["流程节点", "计划编制", "询价比价", "验收入库", "付款结算"],
    ["责任科室", "药剂科", None, None, "财务科"],
    ["负责人", "药剂科主任　亓湜珩", "采购员　濮霁芃", "库管员　亓沄琪", "会计　濮瑀彤"],
    [],
    ["序号", "流程节点", "风险点", "风险等级", None, None, "防控措施"],
    [None, None, None, "高", "中", "低", None],
    [1, "计划编制", "采购计划虚报数量，为特定厂家留量", "√", None, None, "计划经药事会审定。"],
    [2, "询价比价", "询价对象内定，比价流于形式", "√", None, None, "询价不少于三家，纪检全程监督。"],
    [3, "询价比价", "收受医药代表回扣", "√", None, None, "签订购销廉洁协议。"],
    [4, "验收入库", "验收不严，以次充好", None, "√", None, "双人验收，批号逐一登记。"],
    [5, "付款结算", "付款不按合同约定，优先支付关系户", None, None, "√", "付款经院长审批，按合同顺序支付。"],
]  # fmt: skip
PURCHASE_MERGES = ["A1:G1", "B3:D3", "A6:A7", "B6:B7", "C6:C7", "D6:F6", "G6:G7"]


def test_a_strip_across_with_post_and_name_in_one_cell_and_ticks_under_two_heading_rows(tmp_path):
    got = run(tmp_path, PURCHASE, PURCHASE_MERGES)
    assert read(got) == sorted([
        ("主任", "亓湜珩", "采购计划虚报数量，为特定厂家留量", "Ⅰ级"),
        ("采购员", "濮霁芃", "询价对象内定，比价流于形式", "Ⅰ级"),
        ("采购员", "濮霁芃", "收受医药代表回扣", "Ⅰ级"),
        ("库管员", "亓沄琪", "验收不严，以次充好", "Ⅱ级"),
        ("会计", "濮瑀彤", "付款不按合同约定，优先支付关系户", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert depts(got) == {("药剂科", "亓湜珩"), ("药剂科", "濮霁芃"), ("药剂科", "亓沄琪"),
                          ("财务科", "濮瑀彤")}  # fmt: skip


PENSION = [
    ["XX县人力资源和社会保障局待遇审核廉政风险排查表"],
    ["序号", "办理环节", "风险点", "风险等级", "防控措施", "备注"],
    [1, "受理", "对材料不全的申请违规受理", "中", "一次性告知所需材料。", None],
    [2, None, "为亲友办理时放宽条件", "高", "经办人回避。", None],
    [3, "审核", "审核把关不严，虚增缴费年限", "高", "系统比对缴费记录。", "重点"],
    [4, None, "收受好处，违规认定视同缴费年限", "高", "视同缴费年限集体认定。", None],
    [5, "复核", "复核流于形式", "低", "复核抽查比例不低于20%。", None],
    [],
    ["环节", "责任人"],
    ["待遇申请受理", "经办员　阚翊宸"],
    ["待遇审核", "审核员　阚湉珞"],
    ["待遇复核", "养老保险股股长　邝珏昊"],
]  # fmt: skip
PENSION_HELD = sorted([
    ("经办员", "阚翊宸", "对材料不全的申请违规受理", "Ⅱ级"),
    ("经办员", "阚翊宸", "为亲友办理时放宽条件", "Ⅰ级"),
    ("审核员", "阚湉珞", "审核把关不严，虚增缴费年限", "Ⅰ级"),
    ("审核员", "阚湉珞", "收受好处，违规认定视同缴费年限", "Ⅰ级"),
    ("股长", "邝珏昊", "复核流于形式", "Ⅲ级"),
])  # fmt: skip


def test_a_small_table_under_the_list_and_stages_merged_down_matched_by_part(tmp_path):
    got = run(tmp_path, PENSION, ["A1:F1", "B3:B4", "B5:B6"])
    assert read(got) == PENSION_HELD
    no_errors(got)
    assert ("养老保险股", "邝珏昊") in depts(got)


def test_a_small_table_beside_the_list(tmp_path):
    rows = [list(r) for r in PENSION[:7]]
    for r, extra in zip(
        range(2, 6), [["环节", "责任人"], *([s, w] for s, w in PENSION[9:12])], strict=True
    ):
        rows[r] = rows[r] + [None] + extra
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "B5:B6"])
    assert read(got) == PENSION_HELD
    no_errors(got)


def test_a_list_with_its_own_post_and_name_columns_is_read_as_before(tmp_path):
    rows = [
        ["XX县人力资源和社会保障局工伤认定廉政风险防控表"],
        ["序号", "工作环节", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "申请受理", "受理员", "邝翾颀", "对超过时效的申请违规受理", "二级", "时效系统自动校验。"],
        [2, "调查核实", "调查员", "阚珺沅", "调查取证不全面，偏听一方", "一级", "两人调查，笔录签字。"],
        [3, "认定决定", "股长", "邝昶霖", "认定结论受人情干扰", "一级", "认定结论集体研究。"],
        ["注：各环节责任人：申请受理—科员　某甲；调查核实—科员　某乙；认定决定—局长　某丙"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A6:G6"])
    assert read(got) == sorted([
        ("受理员", "邝翾颀", "对超过时效的申请违规受理", "Ⅱ级"),
        ("调查员", "阚珺沅", "调查取证不全面，偏听一方", "Ⅰ级"),
        ("股长", "邝昶霖", "认定结论受人情干扰", "Ⅰ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"}


def test_a_flow_of_stages_naming_no_one_is_no_map(tmp_path):
    rows = [
        ["XX县市场监督管理局股室岗位廉政风险防控卡"],
        ["科室：食品经营股", None, "岗位：股长", None, "姓名：冼瑾翀"],
        ["工作流程：申请受理—现场核查—许可决定—证照送达"],
        ["序号", "工作环节", "风险点", "风险等级", "防控措施"],
        [1, "申请受理", "违规受理不符合条件的申请", "二级", "受理条件公示。"],
        [2, "现场核查", "核查走过场", "一级", "双人核查。"],
        [3, "许可决定", "违规作出许可决定", "一级", "集体研究。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3"])
    assert read(got) == sorted([
        ("股长", "冼瑾翀", "违规受理不符合条件的申请", "Ⅱ级"),
        ("股长", "冼瑾翀", "核查走过场", "Ⅰ级"),
        ("股长", "冼瑾翀", "违规作出许可决定", "Ⅰ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"}


def test_what_the_eighty_sixth_review_found(tmp_path):
    """A card whose fields name its holder keeps him whatever legend of stages is under it; a
    legend line under the list with no '注：' before it is read as one with it."""
    card = [["岗位廉政风险防控卡"],
            ["姓名", "禚澄远", "科室", "审批股", "岗位", "股长"],
            ["序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "申请受理", "违规受理", "岗位职责风险", "二级", "受理公示。"],
            [2, "现场核查", "核查走过场", "业务流程风险", "一级", "双人核查。"],
            ["注：各环节经办：申请受理—窗口　逄岚汐；现场核查—核查员　禚沐川"]]  # fmt: skip
    got = run(tmp_path / "a", card, ["A1:F1", "A6:F6"])
    assert set(got.risks["person"]) == {"禚澄远"} and set(got.risks["department"]) == {"审批股"}
    assert "HOLDER_BY_STAGE" not in codes(got)
    plain = [["XX局廉政风险防控表"],
             ["序号", "办理环节", "风险点", "风险等级", "防控措施"],
             [1, "受理", "违规受理", "二级", "公示。"],
             [2, "审核", "审核不严", "一级", "复核。"],
             ["各环节责任人：受理—窗口　逄岚汐；审核—股长　禚沐川"]]  # fmt: skip
    got = run(tmp_path / "b", plain, ["A1:E1", "A5:E5"])
    assert sorted(zip(got.risks["title"], got.risks["person"], strict=True)) == [
        ("窗口", "逄岚汐"), ("股长", "禚沐川")
    ]  # fmt: skip
    assert "ROW_UNPLACED" not in codes(got)
