"""A ledger of projects (or matters), one row each with its own holder, whose points heading is
merged over the work's stages, each sub-heading a stage with its level in a closing bracket
('前期审批（高）', '招投标(Ⅰ级)', '结算【二级】'): each stage cell is a point of the row's holder at
that stage's level ('—', '/', '无' where the row has no such stage), a holder of several rows one
form. Under a heading saying its columns are stages ('分阶段廉政风险点') bare stages take the row's
level column. Type-headed and level-headed point columns, a 风险点 heading with a bracket note and
a single point column are read as before.

Not the published batch's ledger (a 文体旅局's 文旅项目 with 股室/股长, '各环节廉政风险点' and
（一级）/（二级）): a 水务局's 水利工程 and a 卫健局's 基建项目, other posts and names, 高/中/低,
Ⅰ级/Ⅱ级 in half-width brackets and 【二级】, post and name in one cell, an extra 备注 column, a
heading of one row over three; written with xlsxwriter (tests/helpers.py) and read back as
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "项目台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


# 水务局: a heading of two rows, '分阶段廉政风险点' over four stages bracketing 高/中/低, one
# holder (鄢翊澂) leading two works, '—', '/' and '无' for stages a work lacks
WATER = [
    ["XX县水务局水利工程廉政风险防控台账"],
    ["序号", "工程名称", "责任科室", "责任岗位", "负责人", "分阶段廉政风险点", None, None, None,
     "防控措施"],
    [None, None, None, None, None, "前期审批（高）", "招投标（高）", "施工监管（中）", "结算审计（低）",
     None],
    [1, "城区防洪堤加固工程", "工程建设科", "科长", "鄢翊澂", "初步设计审查走过场，放任概算虚高",
     "投标人资格审查放宽，默许围标串标", "监理日志造假，不到现场旁站", "—",
     "设计审查集体会审，招标全程进驻交易中心。"],
    [2, "灌区节水改造项目", "农村水利科", "副科长", "乜澜湲", "/", "评标专家倾向性打分，暗中授意",
     "设计变更不经审批，擅自增加工程量", "结算审核不严，多计工程款",
     "设计变更按权限审批，结算送审计局复审。"],
    [3, "水库除险加固工程", "工程建设科", "科长", "鄢翊澂", "安全鉴定委托中介收受好处", "无",
     "隐蔽工程验收不到场即签字", "审计发现问题整改不到位即付尾款",
     "安全鉴定比选中介，隐蔽工程影像留存。"],
    ["注：括号内为该阶段的风险等级；“—”“/”“无”表示该工程不涉及此阶段。"],
]  # fmt: skip
WATER_MERGES = ["A1:J1", "F2:I2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "J2:J3", "A7:J7"]


def test_stage_columns_bracketing_their_levels_are_points_of_the_rows_holder(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == sorted([
        ("科长", "鄢翊澂", "初步设计审查走过场，放任概算虚高", "Ⅰ级"),
        ("科长", "鄢翊澂", "投标人资格审查放宽，默许围标串标", "Ⅰ级"),
        ("科长", "鄢翊澂", "监理日志造假，不到现场旁站", "Ⅱ级"),
        ("科长", "鄢翊澂", "安全鉴定委托中介收受好处", "Ⅰ级"),
        ("科长", "鄢翊澂", "隐蔽工程验收不到场即签字", "Ⅱ级"),
        ("科长", "鄢翊澂", "审计发现问题整改不到位即付尾款", "Ⅲ级"),
        ("副科长", "乜澜湲", "评标专家倾向性打分，暗中授意", "Ⅰ级"),
        ("副科长", "乜澜湲", "设计变更不经审批，擅自增加工程量", "Ⅱ级"),
        ("副科长", "乜澜湲", "结算审核不严，多计工程款", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_BY_STAGE_COLUMNS" in codes(got)
    assert got.risks["department"].tolist().count("工程建设科") == 6
    # one holder of two works is one form
    assert len({(t, p) for t, p in zip(got.risks["title"], got.risks["person"], strict=True)}) == 2


def test_the_new_code_is_catalogued():
    assert "POINTS_BY_STAGE_COLUMNS" in CATALOGUE and "POINTS_BY_STAGE_COLUMNS" in SHORT


# 卫健局: the holder's post and name in one cell, half-width (Ⅰ级) and 【二级】 brackets, three
# stages and a 备注 column after the measures
HEALTH = [
    ["XX区卫生健康局基建项目廉洁风险排查表"],
    ["序号", "项目", "科室", "岗位及姓名", "各环节风险点", None, None, "防控措施", "备注"],
    [None, None, None, None, "立项(Ⅰ级)", "采购【二级】", "验收(Ⅱ级)", None, None],
    [1, "社区卫生服务中心改扩建", "规划财务科", "科长　宓澄珺", "项目需求论证不充分，重复建设",
     "指定医疗设备品牌，排斥潜在供应商", "—", "设备参数公开征求意见。", "在建"],
    [2, "急救站业务用房装修", "办公室", "主任　郗昀璠", "—", "化整为零规避政府采购",
     "验收走过场，接受施工方宴请", "采购计划统筹编制，验收邀请纪检参加。", ""],
]  # fmt: skip
HEALTH_MERGES = ["A1:I1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "I2:I3"]


def test_post_and_name_in_one_cell_and_other_brackets(tmp_path):
    got = run(tmp_path, HEALTH, HEALTH_MERGES, sheet="排查表")
    assert read(got) == sorted([
        ("科长", "宓澄珺", "项目需求论证不充分，重复建设", "Ⅰ级"),
        ("科长", "宓澄珺", "指定医疗设备品牌，排斥潜在供应商", "Ⅱ级"),
        ("主任", "郗昀璠", "化整为零规避政府采购", "Ⅱ级"),
        ("主任", "郗昀璠", "验收走过场，接受施工方宴请", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_BY_STAGE_COLUMNS" in codes(got)


# bare stages under a heading saying so ('分阶段廉政风险点'), a 风险等级 column beside: the row's
BARE = [
    ["XX县水务局河道采砂管理廉政风险台账"],
    ["序号", "河段", "责任科室", "岗位", "姓名", "分阶段廉政风险点", None, None, "风险等级",
     "防控措施"],
    [None, None, None, None, None, "许可审批", "现场监管", "执法处罚", None, None],
    [1, "清水河上段", "河湖管理科", "科长", "仉霁岑", "采砂许可暗箱操作，收受好处",
     "对超范围开采睁一只眼闭一只眼", "以罚代管，降低处罚标准", "高", "许可集体研究，监管视频留存。"],
    [2, "清水河下段", "水政监察大队", "大队长", "晁沐泠", "—", "巡查记录弄虚作假",
     "违法线索不移送，私下了结", "中", "巡查定位打卡，案件法制审核。"],
]  # fmt: skip
BARE_MERGES = ["A1:J1", "F2:H2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "I2:I3", "J2:J3"]


def test_bare_stages_under_a_stages_heading_take_the_rows_level(tmp_path):
    got = run(tmp_path, BARE, BARE_MERGES, sheet="台账")
    assert read(got) == sorted([
        ("科长", "仉霁岑", "采砂许可暗箱操作，收受好处", "Ⅰ级"),
        ("科长", "仉霁岑", "对超范围开采睁一只眼闭一只眼", "Ⅰ级"),
        ("科长", "仉霁岑", "以罚代管，降低处罚标准", "Ⅰ级"),
        ("大队长", "晁沐泠", "巡查记录弄虚作假", "Ⅱ级"),
        ("大队长", "晁沐泠", "违法线索不移送，私下了结", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_BY_STAGE_COLUMNS" in codes(got)


# --- as before -------------------------------------------------------------------------------

# '廉政风险点' over the risk types (no level brackets): each column its type's points
TYPED = [
    ["XX县水务局岗位廉政风险点登记表"],
    ["科室", "岗位", "姓名", "廉政风险点", None, None, "风险等级", "防控措施"],
    [None, None, None, "思想道德风险", "制度机制风险", "岗位职责风险", None, None],
    ["工程建设科", "科长", "鄢翊澂", "理想信念动摇，接受施工方宴请", "招标文件审核制度执行不严",
     "工程变更签证把关不严", "高", "签订廉洁承诺书，变更集体研究。"],
]  # fmt: skip
TYPED_MERGES = ["A1:H1", "D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3", "H2:H3"]


def test_type_headed_point_columns_stay_as_before(tmp_path):
    got = run(tmp_path, TYPED, TYPED_MERGES, sheet="登记表")
    assert read(got) == sorted([
        ("科长", "鄢翊澂", "理想信念动摇，接受施工方宴请", "Ⅰ级"),
        ("科长", "鄢翊澂", "招标文件审核制度执行不严", "Ⅰ级"),
        ("科长", "鄢翊澂", "工程变更签证把关不严", "Ⅰ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == ["制度机制风险", "岗位职责风险", "思想道德风险"]
    no_errors(got)
    assert "POINTS_BY_STAGE_COLUMNS" not in codes(got)


# one 风险点 column whose heading brackets a note ('按环节填写'), a 环节 column and a level column
NOTED = [
    ["XX区卫生健康局岗位廉洁风险一览表"],
    ["序号", "科室", "岗位", "姓名", "环节", "风险点（按环节填写）", "风险等级", "防控措施"],
    [1, "规划财务科", "科长", "宓澄珺", "立项", "项目需求论证不充分，重复建设", "一级",
     "需求论证专家评审。"],
    [2, "规划财务科", "科长", "宓澄珺", "采购", "指定医疗设备品牌，排斥潜在供应商", "二级",
     "设备参数公开征求意见。"],
    [3, "办公室", "主任", "郗昀璠", "验收", "验收走过场，接受施工方宴请", "二级", "验收邀请纪检参加。"],
]  # fmt: skip


def test_one_point_column_with_a_bracket_note_stays_as_before(tmp_path):
    got = run(tmp_path, NOTED, ["A1:H1"], sheet="一览表")
    assert read(got) == sorted([
        ("科长", "宓澄珺", "项目需求论证不充分，重复建设", "Ⅰ级"),
        ("科长", "宓澄珺", "指定医疗设备品牌，排斥潜在供应商", "Ⅱ级"),
        ("主任", "郗昀璠", "验收走过场，接受施工方宴请", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_BY_STAGE_COLUMNS" not in codes(got)


# the levels themselves as headings on one row ('高风险点 | 中风险点 | 低风险点', no bracket and no
# heading merged over them): the level-headed rule's
LEVELLED = [
    ["XX县水务局岗位廉政风险等级表"],
    ["科室", "岗位", "姓名", "高风险点", "中风险点", "低风险点", "防控措施"],
    ["河湖管理科", "科长", "仉霁岑", "采砂许可暗箱操作，收受好处", "巡查记录弄虚作假",
     "河道保洁考核打分随意", "许可集体研究，巡查定位打卡。"],
    ["水政监察大队", "大队长", "晁沐泠", "违法线索不移送，私下了结", "以罚代管，降低处罚标准",
     "执法车辆公车私用", "案件法制审核，车辆定位管理。"],
]  # fmt: skip
LEVELLED_MERGES = ["A1:G1"]


def test_level_headed_point_columns_stay_as_before(tmp_path):
    got = run(tmp_path, LEVELLED, LEVELLED_MERGES, sheet="等级表")
    assert read(got) == sorted([
        ("科长", "仉霁岑", "采砂许可暗箱操作，收受好处", "Ⅰ级"),
        ("科长", "仉霁岑", "巡查记录弄虚作假", "Ⅱ级"),
        ("科长", "仉霁岑", "河道保洁考核打分随意", "Ⅲ级"),
        ("大队长", "晁沐泠", "违法线索不移送，私下了结", "Ⅰ级"),
        ("大队长", "晁沐泠", "以罚代管，降低处罚标准", "Ⅱ级"),
        ("大队长", "晁沐泠", "执法车辆公车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_BY_STAGE_COLUMNS" not in codes(got)


def test_what_the_hundred_and_twenty_fifth_review_found_labelled_and_row_levels(tmp_path):
    # finding 7: the level labelled in the bracket ('立项（风险等级：一级）'), and bare stages over a
    # row of level words ('高 | 高 | 中'): the stages' levels, that row no point of 岗位/负责人
    title = ["XX县水务局水利工程廉政风险防控台账"]
    body = [[1, "防洪堤加固", "科长", "鄢翊澂", "初步设计审查走过场", "投标人资格审查放宽", "监理日志造假"],
            [2, "灌区改造", "副科长", "乜澜湲", "—", "评标专家倾向性打分", "设计变更不经审批"]]  # fmt: skip
    want = sorted([
        ("科长", "鄢翊澂", "初步设计审查走过场", "Ⅰ级"),
        ("科长", "鄢翊澂", "投标人资格审查放宽", "Ⅰ级"),
        ("科长", "鄢翊澂", "监理日志造假", "Ⅱ级"),
        ("副科长", "乜澜湲", "评标专家倾向性打分", "Ⅰ级"),
        ("副科长", "乜澜湲", "设计变更不经审批", "Ⅱ级"),
    ])  # fmt: skip
    rows = [title, ["序号", "工程名称", "岗位", "负责人", "廉政风险点", None, None, "风险等级", "防控措施"],
            [None, None, None, None, "立项（风险等级：一级）", "招标（风险等级：一级）",
             "验收（风险等级：二级）", None, None],
            [*body[0], "高", "集体会审"], [*body[1], "中", "按权限审批"]]  # fmt: skip
    got = run(
        tmp_path / "a",
        rows,
        ["A1:I1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "I2:I3"],
    )
    assert read(got) == want
    assert "POINTS_BY_STAGE_COLUMNS" in codes(got)
    no_errors(got)
    rows = [title, ["序号", "工程名称", "岗位", "负责人", "廉政风险点", None, None, "防控措施"],
            [None, None, None, None, "立项", "招标", "验收", None],
            [None, None, None, None, "高", "高", "中", None],
            [*body[0], "集体会审"], [*body[1], "按权限审批"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:H1", "E2:G2", "A2:A4", "B2:B4", "C2:C4", "D2:D4", "H2:H4"])
    assert read(got) == want
    assert "POINTS_BY_STAGE_COLUMNS" in codes(got)
    assert "LEVEL_BLANK" not in codes(got)
    no_errors(got)
