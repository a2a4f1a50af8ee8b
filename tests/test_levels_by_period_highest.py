"""A point graded once per period of the year under one merged ``风险等级`` (汛前 | 主汛期 | 汛后,
第一季度 | … | 第四季度, 上半年 | 下半年), each cell a level word or '/' ('—': the period does
not arise): the point's level is the HIGHEST of its period grades — as a ``注：`` line under the
table says (最高, 就高, 取高), or, with no note, because the sub-headings are periods.

Not the published batch's file (batch732: a 堤防管理所's 分时段评定表, 股室/岗位/姓名 columns,
``汛前（4—5月） | 主汛期（6—9月） | 汛后（10—11月）`` graded 高/中/低): a 林业和草原局's 森林防火
periods graded 一级/二级/三级, a 文化旅游局 景区's four quarters with '/' and 岗位 and 姓名 in one
cell, a 中学's two half-years with a 就高 note and an extra 备注 column; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Holders as columns under
``风险等级`` (each cell the holder's own level) and ``固有风险等级 | 剩余风险等级`` are other
shapes, read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "levels.xlsx", {"评定表": rows}, {"评定表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


FIRE = [
    ["XX县林业和草原局岗位廉政风险分期评定表"],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", None, None, "防控措施"],
    [
        None,
        None,
        None,
        None,
        "春季防火期（3—6月）",
        "非防火期（7—9月）",
        "秋冬防火期（10—2月）",
        None,
    ],
    [
        1,
        "防火办主任",
        "祁砚舟",
        "防火物资采购指定供应商",
        "二级",
        "三级",
        "一级",
        "物资采购走政府采购平台。",
    ],
    [
        2,
        "防火办主任",
        "祁砚舟",
        "扑火经费虚列开支",
        "三级",
        "二级",
        "三级",
        "经费专账核算，季度审计。",
    ],
    [
        3,
        "护林员管理员",
        "蔺澈桐",
        "护林员补助冒名顶领",
        "一级",
        "二级",
        "二级",
        "补助打卡发放，名单公示。",
    ],
    [4, "护林员管理员", "蔺澈桐", "巡护记录弄虚作假", "三级", "—", "三级", "巡护轨迹定位核查。"],
    ["注：风险等级按三个时段分别评定，以各时段中最高的等级作为该风险点的风险等级。"],
]
FIRE_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A8:H8"]


FIRE_READ = sorted([
    ("防火办主任", "祁砚舟", "防火物资采购指定供应商", "Ⅰ级"),
    ("防火办主任", "祁砚舟", "扑火经费虚列开支", "Ⅱ级"),
    ("护林员管理员", "蔺澈桐", "护林员补助冒名顶领", "Ⅰ级"),
    ("护林员管理员", "蔺澈桐", "巡护记录弄虚作假", "Ⅲ级"),
])  # fmt: skip


def test_three_fire_periods_with_a_note_the_highest(tmp_path):
    got = run(tmp_path, FIRE, FIRE_MERGES)
    assert read(got) == FIRE_READ
    assert "LEVEL_HIGHEST_OF_PERIODS" in set(got.issues["code"])
    no_errors(got)


def test_fire_periods_without_the_note_the_highest_all_the_same(tmp_path):
    """Parts of the year (防火期, 汛期, 旺季 …, '（3—6月）') are no reviews one after another:
    the highest with no note too."""
    got = run(tmp_path, FIRE[:-1], FIRE_MERGES[:-1])
    assert read(got) == FIRE_READ
    no_errors(got)


QUARTERS = [
    ["XX县文化广电和旅游局景区服务中心廉政风险分季度评估表"],
    ["序号", "岗位及姓名", "风险点", "风险等级", None, None, None, "防控措施"],
    [None, None, None, "第一季度", "第二季度", "第三季度", "第四季度", None],
    [
        1,
        "票务主管　晏知澜",
        "门票收入截留不入账",
        "中",
        "高",
        "高",
        "中",
        "票务系统实时对账，日结日清。",
    ],
    [2, "票务主管　晏知澜", "团队票违规减免", "低", "中", "/", "低", "减免凭审批单，月度抽查。"],
    [3, "讲解员领班　郗望舒", "私揽讲解收取现金", "/", "低", "中", "/", "讲解统一派单，投诉回访。"],
    ["说明：各季度分别评估，全年风险等级取四个季度中的最高等级。"],
]
QUARTERS_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "A7:H7"]


def test_four_quarters_with_slashes_and_a_note_the_highest(tmp_path):
    got = run(tmp_path, QUARTERS, QUARTERS_MERGES)
    assert read(got) == sorted([
        ("票务主管", "晏知澜", "门票收入截留不入账", "Ⅰ级"),
        ("票务主管", "晏知澜", "团队票违规减免", "Ⅱ级"),
        ("讲解员领班", "郗望舒", "私揽讲解收取现金", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_HIGHEST_OF_PERIODS" in set(got.issues["code"])
    no_errors(got)


def test_four_quarters_without_a_note_stay_a_series_whose_latest_counts(tmp_path):
    """Quarters (months, half-years) with no note are reviews one after another, as before:
    each row's latest grade ('/' not graded then)."""
    got = run(tmp_path, QUARTERS[:-1], QUARTERS_MERGES[:-1])
    assert read(got) == sorted([
        ("票务主管", "晏知澜", "门票收入截留不入账", "Ⅱ级"),
        ("票务主管", "晏知澜", "团队票违规减免", "Ⅲ级"),
        ("讲解员领班", "郗望舒", "私揽讲解收取现金", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_HIGHEST_OF_PERIODS" not in set(got.issues["code"])
    no_errors(got)


TERMS = [
    ["XX县第二中学岗位廉政风险评定表"],
    ["科室", "岗位", "姓名", "风险点", "风险等级", None, "防控措施", "备注"],
    [None, None, None, None, "上半年", "下半年", None, None],
    [
        "教务处",
        "教务主任",
        "牟清越",
        "招生录取暗箱操作",
        "低风险",
        "高风险",
        "招生结果公示，纪检全程监督。",
        "秋季招生",
    ],
    [
        "教务处",
        "教务主任",
        "牟清越",
        "教辅资料违规征订",
        "中风险",
        "低风险",
        "教辅征订自愿，家委会参与。",
        "",
    ],
    [
        "总务处",
        "总务主任",
        "鲍霁川",
        "食堂食材采购吃回扣",
        "高风险",
        "中风险",
        "食材定点招标，每周验收。",
        "",
    ],
    ["注：同一风险点两个学期等级不同的，就高确定。"],
]
TERMS_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3", "A7:H7"]


def test_two_half_years_with_a_note_taking_the_higher(tmp_path):
    got = run(tmp_path, TERMS, TERMS_MERGES)
    assert read(got) == sorted([
        ("教务主任", "牟清越", "招生录取暗箱操作", "Ⅰ级"),
        ("教务主任", "牟清越", "教辅资料违规征订", "Ⅱ级"),
        ("总务主任", "鲍霁川", "食堂食材采购吃回扣", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


HOLDERS = [
    ["XX县市场监督管理局稽查科廉政风险点一览表"],
    ["序号", "风险点", "风险等级", None, None, "防控措施"],
    [None, None, "科长\n卜晗予", "副科长\n闵书衡", "科员\n芮晚晴", None],
    [1, "办案中以罚代刑", "一级", "二级", "/", "案件集体审理。"],
    [2, "查扣物品处置不规范", "二级", "/", "三级", "罚没物品统一保管拍卖。"],
]
HOLDERS_MERGES = ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"]


def test_holders_as_columns_under_the_level_read_as_before(tmp_path):
    got = run(tmp_path, HOLDERS, HOLDERS_MERGES)
    assert read(got) == sorted([
        ("科长", "卜晗予", "办案中以罚代刑", "Ⅰ级"),
        ("科长", "卜晗予", "查扣物品处置不规范", "Ⅱ级"),
        ("副科长", "闵书衡", "办案中以罚代刑", "Ⅱ级"),
        ("科员", "芮晚晴", "查扣物品处置不规范", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_HIGHEST_OF_PERIODS" not in set(got.issues["code"])
    no_errors(got)


RESIDUAL = [
    ["XX县医疗保障局岗位廉政风险评估表"],
    ["岗位", "姓名", "风险点", "风险等级", None, "防控措施"],
    [None, None, None, "固有风险等级", "剩余风险等级", None],
    ["基金监管科科长", "单砚秋", "检查中收受定点医院财物", "高", "中", "双人检查，结果公示。"],
    ["基金监管科科长", "单砚秋", "违规核减追回金额", "中", "低", "追回金额集体研究。"],
    ["待遇保障科科员", "濮听澜", "异地报销材料审核放水", "中", "中", "材料交叉复核。"],
]
RESIDUAL_MERGES = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]


def test_inherent_and_residual_grades_read_as_before(tmp_path):
    got = run(tmp_path, RESIDUAL, RESIDUAL_MERGES)
    assert read(got) == sorted([
        ("基金监管科科长", "单砚秋", "检查中收受定点医院财物", "Ⅰ级"),
        ("基金监管科科长", "单砚秋", "违规核减追回金额", "Ⅱ级"),
        ("待遇保障科科员", "濮听澜", "异地报销材料审核放水", "Ⅱ级"),
    ])  # fmt: skip
    # (the first column's grade, as before: no highest taken)
    assert "LEVEL_HIGHEST_OF_PERIODS" not in set(got.issues["code"])
    no_errors(got)
