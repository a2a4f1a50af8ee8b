"""A mind map (XMind, WPS 思维导图, 亿图) exported to Excel: the tree spread across columns by
depth, under a heading naming only the depth ('中心主题 | 分支主题 | 子主题 …', '一级主题 | 二级主题
…', '主题 | 子主题1 …') or no heading at all, each node written once on the first row of its
subtree, nothing merged, deeper nodes labelled ('风险等级：高', '防控措施：…') or plain. Read as
the list it draws, each depth's role by its nodes, the central topic the title (MIND_MAP_READ).

Not the published batch's map (a 县城投公司 with 部门 → '部长　姓名' → point → '风险等级：' →
'防控措施：' under 中心主题/分支主题/子主题): a 县人民医院 and a 县疾控中心, other posts, names and
level words, post and name in one cell or two depths, no heading row, a level node above its
points, a point's labelled children as siblings one below another, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

GAP = "\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], sheet: str = "导图", merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "map.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_depth_headings_with_labelled_leaves_and_a_type_node(tmp_path):
    rows = [
        ["主题", "子主题1", "子主题2", "子主题3", "子主题4", "子主题5"],
        ["某县人民医院廉洁风险防控导图", "院领导", f"院长 {GAP}禚澈沅", "大型医疗设备采购中指定品牌",
         "风险类型：制度机制风险", "风险等级：一级"],
        [None, None, None, "基建项目发包不公开", "风险类型：岗位职责风险", "风险等级：一级"],
        [None, "药剂科", f"药剂科主任{GAP}甯沐棠", "药品遴选收受回扣", "风险类型：岗位职责风险",
         "风险等级：二级"],
        [None, None, f"采购员{GAP}禚楠汐", "采购验收以次充好", "风险类型：岗位职责风险",
         "风险等级：三级"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("院长", "禚澈沅", "大型医疗设备采购中指定品牌", "Ⅰ级"),
        ("院长", "禚澈沅", "基建项目发包不公开", "Ⅰ级"),
        ("药剂科主任", "甯沐棠", "药品遴选收受回扣", "Ⅱ级"),
        ("采购员", "禚楠汐", "采购验收以次充好", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["risk_type"]) == {"制度机制风险", "岗位职责风险"}, set(
        got.risks["risk_type"]
    )
    assert set(got.risks["department"]) == {"院领导", "药剂科"}
    assert "MIND_MAP_READ" in codes(got) and "FILE_NO_FORM" not in codes(got)
    no_errors(got)


def test_no_heading_row_post_and_name_two_depths_measures_labelled(tmp_path):
    rows = [
        ["某县疾病预防控制中心", "检验科", "科长", "甯昭珩", "检测报告出具前不复核",
         "风险等级：高", "防控措施：报告三级审核。"],
        [None, None, None, None, "收受送检单位礼品", "风险等级：中", "防控措施：签订廉洁承诺书。"],
        [None, "财务室", "会计", "禚霁岚", "报销审核把关不严", "风险等级：中",
         "防控措施：报销单据双人复核。"],
        [None, None, "出纳", "甯若溪", "现金收付不及时入账", "风险等级：低", "防控措施：日清月结。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, sheet="Sheet1")
    assert read(got) == sorted([
        ("科长", "甯昭珩", "检测报告出具前不复核", "Ⅰ级"),
        ("科长", "甯昭珩", "收受送检单位礼品", "Ⅱ级"),
        ("会计", "禚霁岚", "报销审核把关不严", "Ⅱ级"),
        ("出纳", "甯若溪", "现金收付不及时入账", "Ⅲ级"),
    ])  # fmt: skip
    assert "日清月结。" in set(got.risks["measures"])
    assert "MIND_MAP_READ" in codes(got)
    no_errors(got)


def test_a_level_node_above_its_points(tmp_path):
    rows = [
        ["中心主题", "分支主题", "子主题", "子主题", "子主题"],
        ["县人民医院岗位廉洁风险", "医务科科长　甯叙白", "风险等级：高", "医疗纠纷处理中偏袒一方",
         "防控措施：纠纷处理集体研究。"],
        [None, None, None, "进修名额分配不公", "防控措施：名额分配公示。"],
        [None, None, "风险等级：低", "考勤统计不实", "防控措施：考勤每月公示。"],
        [None, "收费员　禚予安", "风险等级：中", "收费不开票据，截留现金", "防控措施：每日对账。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("医务科科长", "甯叙白", "医疗纠纷处理中偏袒一方", "Ⅰ级"),
        ("医务科科长", "甯叙白", "进修名额分配不公", "Ⅰ级"),
        ("医务科科长", "甯叙白", "考勤统计不实", "Ⅲ级"),
        ("收费员", "禚予安", "收费不开票据，截留现金", "Ⅱ级"),
    ])  # fmt: skip
    assert "MIND_MAP_READ" in codes(got)
    no_errors(got)


def test_a_points_labelled_children_one_below_another(tmp_path):
    rows = [
        ["一级主题", "二级主题", "三级主题", "四级主题", "五级主题"],
        ["县人民医院廉洁风险防控", "设备科", f"设备科科长{GAP}甯澄宇", "设备维保合同续签不比价",
         "风险等级：二级"],
        [None, None, None, None, "防控措施：维保合同到期重新比选。"],
        [None, None, None, "报废设备处置不评估", "风险等级：三级"],
        [None, None, None, None, "防控措施：报废先评估、后处置。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("设备科科长", "甯澄宇", "设备维保合同续签不比价", "Ⅱ级"),
        ("设备科科长", "甯澄宇", "报废设备处置不评估", "Ⅲ级"),
    ])  # fmt: skip
    assert "维保合同到期重新比选。" in set(got.risks["measures"])
    no_errors(got)


def test_an_ordinary_list_written_once_per_group_reads_as_before(tmp_path):
    rows = [
        ["县人民医院岗位廉政风险防控一览表"],
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["药剂科", "药剂科主任", "甯沐棠", "药品遴选收受回扣", "二级", "遴选集体决策。"],
        [None, None, None, "药品采购计划虚报", "三级", "计划公示。"],
        [None, "采购员", "禚楠汐", "采购验收以次充好", "三级", "双人验收。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, sheet="一览表", merges=["A1:F1"])
    assert read(got) == sorted([
        ("药剂科主任", "甯沐棠", "药品遴选收受回扣", "Ⅱ级"),
        ("药剂科主任", "甯沐棠", "药品采购计划虚报", "Ⅲ级"),
        ("采购员", "禚楠汐", "采购验收以次充好", "Ⅲ级"),
    ])  # fmt: skip
    assert "MIND_MAP_READ" not in codes(got)
    no_errors(got)


def test_a_meetings_topics_are_no_risk_map(tmp_path):
    table = [
        ["主题", "内容"],
        ["院务会", "传达县卫健局年度工作会议精神"],
        [None, "研究下半年重点工作安排"],
        ["党支部学习", "学习党章党规"],
    ]
    got = run(tmp_path, table, sheet="会议")
    assert not len(got.risks["risk_point"])
    assert "FILE_NO_FORM" in codes(got) and "MIND_MAP_READ" not in codes(got)
    tree = [
        ["中心主题", "分支主题", "子主题", "子主题"],
        ["县人民医院三季度工作", "院务会", "议题：设备采购计划", "时间：9月5日"],
        [None, None, "议题：绩效方案修订", "时间：9月12日"],
        [None, "党支部", "学习党章党规", "地点：三楼会议室"],
    ]  # fmt: skip
    got = run(tmp_path / "tree", tree, sheet="会议导图")
    assert not len(got.risks["risk_point"])
    assert "FILE_NO_FORM" in codes(got) and "MIND_MAP_READ" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["MIND_MAP_READ"][0] == "info" and SHORT["MIND_MAP_READ"]


def test_what_the_ninety_second_review_found_a_sign_off_line_under_a_map(tmp_path):
    # (a blank row, then who made it and when: the map ends there, the line read as under a list)
    tree = [
        ["县疾控中心岗位廉政风险", "检验科", "科长 甯昭珩", "检测报告出具前不复核", "风险等级：高"],
        [None, None, None, "收受送检单位礼品", "风险等级：中"],
        [None, "财务室", "出纳 甯若溪", "现金收付不及时入账", "风险等级：低"],
    ]  # fmt: skip
    want = sorted([
        ("科长", "甯昭珩", "检测报告出具前不复核", "Ⅰ级"),
        ("科长", "甯昭珩", "收受送检单位礼品", "Ⅱ级"),
        ("出纳", "甯若溪", "现金收付不及时入账", "Ⅲ级"),
    ])  # fmt: skip
    headed = [["中心主题", "分支主题", "子主题", "子主题", "子主题"], *tree, [],
              ["制表人：甯若溪", "日期：2025年5月"]]  # fmt: skip
    got = run(tmp_path / "headed", headed)
    assert read(got) == want
    assert set(got.risks["department"]) == {"检验科", "财务室"}
    assert "MIND_MAP_READ" in codes(got)
    assert not codes(got) & {"HOLDERS_LISTED_WITH_POSTS", "ROW_UNPLACED", "FILE_NO_FORM"}
    no_errors(got)
    bare = [*tree, [], ["填报人：甯若溪", None, "审核人：禚霁岚"]]
    got = run(tmp_path / "bare", bare, sheet="Sheet1")
    assert read(got) == want
    assert "MIND_MAP_READ" in codes(got)
    assert not codes(got) & {"ROW_UNPLACED", "FILE_NO_FORM", "SHEET_NO_TABLE"}
    no_errors(got)


def test_what_the_ninety_second_review_found_a_work_plan_tree_is_no_risk_map(tmp_path):
    # (tasks under quarters, each with its 责任人 and a labelled 工作措施: no level, no point read
    # as what goes wrong; as before the rule, no risks)
    plan = [
        ["2025年党风廉政建设工作安排", "第一季度", "开展岗位廉政风险排查", "责任人：张三",
         "工作措施：各科室对照职责排查风险点"],
        [None, None, "召开廉政警示教育大会", "责任人：李四", "工作措施：组织观看警示教育片"],
        [None, "第二季度", "开展专项监督检查", "责任人：王五", "工作措施：抽查重点岗位履职情况"],
    ]  # fmt: skip
    got = run(tmp_path / "plan", plan, sheet="Sheet1")
    assert read(got) == []
    assert "MIND_MAP_READ" not in codes(got) and "FILE_NO_FORM" in codes(got)
    # (quarters as branches are a plan's even where its tasks carry a 风险等级)
    graded = [
        ["中心主题", "分支主题", "子主题", "子主题"],
        ["2025年党风廉政建设工作安排", "第一季度", "开展岗位廉政风险排查", "风险等级：高"],
        [None, None, "召开廉政警示教育大会", "风险等级：低"],
        [None, "第二季度", "开展专项监督检查", "风险等级：中"],
    ]  # fmt: skip
    got = run(tmp_path / "graded", graded)
    assert read(got) == []
    assert "MIND_MAP_READ" not in codes(got)


def test_what_the_ninety_second_review_found_a_task_breakdown_tree_is_no_risk_map(tmp_path):
    tasks = [
        ["中心主题", "分支主题", "子主题", "子主题"],
        ["县卫健局2025年党风廉政建设任务分解", "落实主体责任", "召开党组会研究党风廉政建设工作",
         "措施：每季度至少召开一次"],
        [None, None, "签订党风廉政建设责任书", "措施：局领导与各科室负责人签订"],
        [None, "加强警示教育", "组织观看警示教育片", "措施：每半年一次"],
    ]  # fmt: skip
    got = run(tmp_path, tasks)
    assert read(got) == []
    assert "MIND_MAP_READ" not in codes(got) and "FILE_NO_FORM" in codes(got)


def test_what_the_ninety_second_review_found_a_root_that_is_a_keshi(tmp_path):
    one = [
        ["药剂科", "药剂科主任", "甯沐棠", "药品遴选收受回扣", "风险等级：高", "防控措施：遴选集体决策。"],
        [None, None, None, "药品采购计划虚报", "风险等级：中", "防控措施：计划公示。"],
    ]  # fmt: skip
    got = run(tmp_path / "one", one, sheet="Sheet1")
    assert read(got) == sorted([
        ("药剂科主任", "甯沐棠", "药品遴选收受回扣", "Ⅰ级"),
        ("药剂科主任", "甯沐棠", "药品采购计划虚报", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"药剂科"}
    assert set(got.risks["measures"]) == {"遴选集体决策。", "计划公示。"}
    assert "MIND_MAP_READ" in codes(got)
    no_errors(got)
    two = [*one, ["设备科", "设备科科长", "甯澄宇", "设备维保合同续签不比价", "风险等级：中",
                  "防控措施：维保合同到期重新比选。"]]  # fmt: skip
    got = run(tmp_path / "two", two, sheet="Sheet1")
    assert read(got) == sorted([
        ("药剂科主任", "甯沐棠", "药品遴选收受回扣", "Ⅰ级"),
        ("药剂科主任", "甯沐棠", "药品采购计划虚报", "Ⅱ级"),
        ("设备科科长", "甯澄宇", "设备维保合同续签不比价", "Ⅱ级"),
    ])  # fmt: skip
    assert set(zip(got.risks["department"], got.risks["title"], strict=True)) == {
        ("药剂科", "药剂科主任"), ("设备科", "设备科科长"),
    }  # fmt: skip
    assert "MIND_MAP_READ" in codes(got) and "FILE_NO_FORM" not in codes(got)
    no_errors(got)


def test_what_the_ninety_second_review_found_measures_with_no_levels_and_merged_parents(tmp_path):
    # (unlabelled measures in the last depth, no level: points that name what goes wrong)
    plain = [
        ["中心主题", "分支主题", "子主题", "子主题", "子主题"],
        ["县人民医院廉洁风险防控", "药剂科", f"药剂科主任{GAP}甯沐棠", "药品遴选收受回扣",
         "遴选集体决策，全程留痕"],
        [None, None, None, "药品采购计划虚报", "采购计划每月公示"],
        [None, "设备科", f"设备科科长{GAP}甯澄宇", "设备维保合同续签不比价", "维保合同到期重新比选"],
    ]  # fmt: skip
    got = run(tmp_path / "plain", plain)
    assert read(got) == sorted([
        ("药剂科主任", "甯沐棠", "药品遴选收受回扣", ""),
        ("药剂科主任", "甯沐棠", "药品采购计划虚报", ""),
        ("设备科科长", "甯澄宇", "设备维保合同续签不比价", ""),
    ])  # fmt: skip
    assert set(got.risks["measures"]) == {"遴选集体决策，全程留痕", "采购计划每月公示",
                                          "维保合同到期重新比选"}  # fmt: skip
    assert {"MIND_MAP_READ", "LEVEL_BLANK"} <= codes(got)
    # (each parent merged down over its subtree, one column: the map's own cells)
    merged = [
        ["中心主题", "分支主题", "子主题", "子主题", "子主题"],
        ["县人民医院廉洁风险防控", "药剂科", f"药剂科主任{GAP}甯沐棠", "药品遴选收受回扣", "风险等级：高"],
        [None, None, None, "药品采购计划虚报", "风险等级：中"],
        [None, "设备科", f"设备科科长{GAP}甯澄宇", "设备维保合同续签不比价", "风险等级：低"],
    ]  # fmt: skip
    got = run(tmp_path / "merged", merged, merges=["A2:A4", "B2:B3", "C2:C3"])
    assert read(got) == sorted([
        ("药剂科主任", "甯沐棠", "药品遴选收受回扣", "Ⅰ级"),
        ("药剂科主任", "甯沐棠", "药品采购计划虚报", "Ⅱ级"),
        ("设备科科长", "甯澄宇", "设备维保合同续签不比价", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"药剂科", "设备科"}
    assert "MIND_MAP_READ" in codes(got)
    no_errors(got)
