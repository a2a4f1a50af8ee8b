"""A list with no level column whose points each name their item in a column (权力事项, 业务类别,
工作事项, 职权名称 …), a note saying a point takes its item's level, and another sheet grading
those items one a row in its own order ('序号 | 业务类别 | 风险等级', with or without the 序号):
each point takes the level of the grading row naming its item, matched by the value (as
written, else without spaces and brackets), never by the running number — an info
SHEET_JOINED_BY_VALUE naming the key column; a list value the grading lacks keeps a blank level
with a warning VALUE_UNGRADED naming it; a graded item no point names is said
(GRADED_VALUE_ABSENT). Before, the grading was read as a per-point 分类定级表 joined by 序号
(SHEET_JOINED_BY_CODE): each point took the level of the row with its number, or none.

Not the published batch's file (batch955: a 交通运输综合执法大队's ``权力事项`` graded on a sheet
``权力事项风险等级``): a 县市场监督管理局's ``业务类别`` graded 高/中/低 on a sheet ``等级评定``; a
县卫生健康局's ``工作事项`` graded ★ on a sheet with no 序号, one item written with a space and
brackets otherwise, one item ungraded and one graded item unused; a 县水利局's ``职权名称`` graded
under another heading (``事项名称``, matched by its values), 一级风险…, and its .ods copy; a
县文化广电和旅游局's ``工作事项`` graded under the list itself (``附：工作事项风险等级``, its own
序号 1…4 as the list's: main's reader read it as levels by 序号, LEVEL_BY_NUMBER). Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. The 县市场监督管理局's grading
numbers its six rows 1…6 as the list numbers its six points: main's reader joined them by 序号. Near-misses an ordinary file
has, read as before: a per-point grading by 风险编号 whose codes are the list's (its 风险类型
repeated: no grading of items), a grading of items none of which the list names, and a table
of levels by 序号 under the list (``风险等级 | 风险点序号``, LEVEL_BY_NUMBER).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, merges or {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


MARKET = {
    "风险点": [
        ["县市场监督管理局岗位廉政风险点一览表", None, None, None, None, None],
        ["序号", "股室", "岗位", "姓名", "业务类别", "廉政风险点"],
        [1, "局领导", "局长", "邝知遥", "行政处罚", "大案要案处罚不集体研究"],
        [2, "注册许可股", "股长", "邝思远", "行政许可", "营业执照审批故意拖延"],
        [3, "注册许可股", "科员", "乔若溪", "行政许可", "受理材料不全仍予登记"],
        [4, "稽查股", "股长", "乔观澜", "行政检查", "检查中泄露举报人信息"],
        [5, "稽查股", "科员", "邝南星", "行政处罚", "罚没物品私自处置"],
        [6, "财务股", "会计", "乔沐阳", "财务管理", "报销凭证审核不严"],
        ["注：各风险点的等级按所属业务类别的风险等级确定。", None, None, None, None, None],
    ],
    "等级评定": [
        ["县市场监督管理局业务类别风险等级评定表", None, None, None],
        ["序号", "业务类别", "风险等级", "评定依据"],
        [1, "财务管理", "低", "内部事项"],
        [2, "行政检查", "中", "有一定裁量空间"],
        [3, "行政许可", "高", "直接决定市场准入"],
        [4, "行政处罚", "高", "罚款裁量幅度大"],
        [5, "行政强制", "高", "查封扣押涉及财产"],
        [6, "投诉举报处理", "中", "处理时限有弹性"],
    ],
}  # fmt: skip


def test_business_category_graded_on_another_sheet(tmp_path):
    got = run(tmp_path, MARKET)
    assert levels(got) == [
        ("大案要案处罚不集体研究", "Ⅰ级"),
        ("营业执照审批故意拖延", "Ⅰ级"),
        ("受理材料不全仍予登记", "Ⅰ级"),
        ("检查中泄露举报人信息", "Ⅱ级"),
        ("罚没物品私自处置", "Ⅰ级"),
        ("报销凭证审核不严", "Ⅲ级"),
    ]
    said = issue(got, "SHEET_JOINED_BY_VALUE")
    assert len(said) == 1 and "业务类别" in said["message"].iloc[0]
    assert said["source_sheet"].iloc[0] == "等级评定"
    assert list(issue(got, "GRADED_VALUE_ABSENT")["value"]) == ["行政强制", "投诉举报处理"]
    assert not {"SHEET_JOINED_BY_CODE", "SHEET_CODE_UNMATCHED", "LEVEL_BLANK"} & codes(got)


HEALTH = {
    "岗位风险": [
        ["县卫生健康局廉政风险防控清单", None, None, None, None, None],
        ["序号", "岗位", "责任人", "工作事项", "风险点", "防控措施"],
        [1, "医政股股长", "黎青禾", "医疗机构执业许可", "执业许可现场核查走过场", "两人以上现场核查。"],
        [2, "医政股科员", "黎书远", "医疗机构 校验", "校验材料审核把关不严", "校验结果公示。"],
        [3, "卫生监督所所长", "祁望舒", "公共场所卫生（监督）检查", "检查前通风报信", "随机抽查。"],
        [4, "卫生监督所监督员", "祁砚池", "公共场所卫生（监督）检查", "查处问题不移送", "移送台账。"],
        [5, "规划财务股股长", "黎照野", "基建项目管理", "插手基建工程招投标", "重大项目集体决策。"],
        ["注：风险点的风险级别以所涉工作事项的风险级别为准。", None, None, None, None, None],
    ],
    "工作事项定级": [
        ["工作事项", "风险级别", "定级理由"],
        ["公共场所卫生监督检查", "★★", "检查频次固定"],
        ["医疗机构校验", "★", "程序性事项"],
        ["医疗机构执业许可", "★★★", "准入审批"],
        ["职业病诊断机构备案", "★", "备案事项"],
    ],
}  # fmt: skip


def test_work_items_graded_without_number_spaces_and_brackets_squeezed(tmp_path):
    got = run(tmp_path, HEALTH)
    assert levels(got) == [
        ("执业许可现场核查走过场", "Ⅰ级"),
        ("校验材料审核把关不严", "Ⅲ级"),
        ("检查前通风报信", "Ⅱ级"),
        ("查处问题不移送", "Ⅱ级"),
        ("插手基建工程招投标", ""),
    ]
    assert len(issue(got, "SHEET_JOINED_BY_VALUE")) == 1
    lacking = issue(got, "VALUE_UNGRADED")
    assert list(lacking["value"]) == ["基建项目管理"] and list(lacking["cell"]) == ["D7"]
    assert lacking["severity"].iloc[0] != "提示"
    absent = issue(got, "GRADED_VALUE_ABSENT")
    assert list(absent["value"]) == ["职业病诊断机构备案"]
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["E7"]


WATER = {
    "一览表": [
        ["县水利局廉政风险点一览表", None, None, None, None, None, None],
        ["序号", "科室", "职务", "姓名", "职权名称", "廉政风险点", "防控措施"],
        [1, "局领导", "局长", "淳于澄", "水利工程建设监管", "干预工程招标", "重大事项集体决策。"],
        [2, "水政监察大队", "大队长", "淳于岚", "河道采砂许可", "超量采砂不查处", "采砂现场视频监控。"],
        [3, "水政监察大队", "队员", "闻人珏", "水资源费征收", "少征水资源费", "征收标准公示。"],
        [4, "水政监察大队", "队员", "闻人瑶", "河道采砂许可", "无证采砂放任不管", "巡查记录上传。"],
        ["注：风险等级按职权事项的等级确定。", None, None, None, None, None, None],
    ],
    "职权事项等级": [
        ["序号", "事项名称", "等级"],
        [1, "水资源费征收", "二级风险"],
        [2, "河道采砂许可", "一级风险"],
        [3, "水利工程建设监管", "一级风险"],
    ],
}  # fmt: skip


def test_items_matched_by_values_under_another_heading(tmp_path):
    got = run(tmp_path, WATER)
    assert levels(got) == [
        ("干预工程招标", "Ⅰ级"),
        ("超量采砂不查处", "Ⅰ级"),
        ("少征水资源费", "Ⅱ级"),
        ("无证采砂放任不管", "Ⅰ级"),
    ]
    assert len(issue(got, "SHEET_JOINED_BY_VALUE")) == 1
    assert not {"SHEET_CODE_UNMATCHED", "LEVEL_BLANK", "VALUE_UNGRADED"} & codes(got)


def test_items_graded_in_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "水利局.ods", WATER)
    got = _collect(inbox)
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅰ级"]
    assert "SHEET_JOINED_BY_VALUE" in codes(got)


CULTURE = [
    ["县文化广电和旅游局廉政风险防控一览表", None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "工作事项", "风险点", "防控措施"],
    [1, "局领导", "局长", "谯岱川", "文物保护工程", "指定文物修缮施工单位", "工程公开招标。"],
    [2, "市场股", "股长", "谯雨汀", "娱乐场所审批", "审批材料把关不严", "审批结果公示。"],
    [3, "市场股", "执法员", "冼若朴", "文化市场执法", "执法检查通风报信", "双人随机检查。"],
    [4, "市场股", "执法员", "冼晴岚", "文化市场执法", "罚款不开票", "罚款银行代收。"],
    [None, None, None, None, None, None, None],
    ["附：工作事项风险等级", None, None, None, None, None, None],
    ["序号", "工作事项", "风险等级", None, None, None, None],
    [1, "文化市场执法", "二级风险", None, None, None, None],
    [2, "文物保护工程", "一级风险", None, None, None, None],
    [3, "娱乐场所审批", "三级风险", None, None, None, None],
    [4, "非遗项目申报", "三级风险", None, None, None, None],
]  # fmt: skip


def test_items_graded_under_the_list(tmp_path):
    got = run(tmp_path, {"一览表": CULTURE})
    assert levels(got) == [
        ("指定文物修缮施工单位", "Ⅰ级"),
        ("审批材料把关不严", "Ⅲ级"),
        ("执法检查通风报信", "Ⅱ级"),
        ("罚款不开票", "Ⅱ级"),
    ]
    said = issue(got, "SHEET_JOINED_BY_VALUE")
    assert len(said) == 1 and "本表下方" in said["message"].iloc[0]
    assert list(issue(got, "GRADED_VALUE_ABSENT")["value"]) == ["非遗项目申报"]
    assert not {"LEVEL_BY_NUMBER", "LEVEL_BLANK"} & codes(got)


def test_levels_by_numbers_under_the_list_read_as_before(tmp_path):
    rows = CULTURE[:8] + [
        ["风险等级", "风险点序号", None, None, None, None, None],
        ["一级风险", "1", None, None, None, None, None],
        ["二级风险", "3、4", None, None, None, None, None],
        ["三级风险", "2", None, None, None, None, None],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": rows})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅱ级"]
    assert "SHEET_JOINED_BY_VALUE" not in codes(got)


def test_per_point_grading_by_code_read_as_before(tmp_path):
    sheets = {
        "清单": [
            ["序号", "风险编号", "岗位", "姓名", "风险点", "防控措施"],
            [1, "LY01", "站长", "司徒岚", "林木采伐审批把关不严", "集体审批。"],
            [2, "LY02", "站长", "司徒岚", "护林员聘用优亲厚友", "公开选聘。"],
            [3, "LY03", "会计", "欧阳霁", "生态补偿资金截留", "资金直达。"],
        ],
        "定级": [
            ["林业站风险点分类定级表", None, None],
            ["风险编号", "风险类型", "风险等级"],
            ["LY03", "岗位职责", "高"],
            ["LY01", "岗位职责", "中"],
            ["LY02", "制度机制", "低"],
        ],
    }  # fmt: skip
    got = run(tmp_path, sheets)
    assert levels(got) == [
        ("林木采伐审批把关不严", "Ⅱ级"),
        ("护林员聘用优亲厚友", "Ⅲ级"),
        ("生态补偿资金截留", "Ⅰ级"),
    ]
    assert "SHEET_JOINED_BY_CODE" in codes(got)
    assert "SHEET_JOINED_BY_VALUE" not in codes(got)


def test_grading_of_items_the_list_never_names_read_as_before(tmp_path):
    sheets = {
        "风险点": [
            ["序号", "岗位", "姓名", "权力事项", "风险点"],
            [1, "所长", "宇文翊", "土地承包纠纷调处", "调处偏袒一方"],
            [2, "会计", "宇文珩", "农机购置补贴", "补贴资料审核不严"],
            [3, "出纳", "上官澈", "农机购置补贴", "补贴资金发放延迟"],
        ],
        "权力事项风险等级": [
            ["序号", "权力事项", "风险等级"],
            [1, "种子经营许可", "一级"],
            [2, "农药经营许可", "二级"],
        ],
    }  # fmt: skip
    got = run(tmp_path, sheets)
    assert "SHEET_JOINED_BY_VALUE" not in codes(got)
    assert not {"VALUE_UNGRADED", "GRADED_VALUE_ABSENT"} & codes(got)


def test_codes_catalogued():
    for code in ("SHEET_JOINED_BY_VALUE", "VALUE_UNGRADED", "GRADED_VALUE_ABSENT"):
        assert code in CATALOGUE and code in SHORT


_TWO_ITEMS = [
    ["序号", "科室", "岗位", "姓名", "业务类别", "工作事项", "风险点", "风险等级", "防控措施"],
    ["1", "办公室", "主任", "邝明远", "公务接待", "接待审批", "接待超标准", "", "事前审批。"],
    ["2", "办公室", "科员", "邝明远", "车辆管理", "派车", "公车私用", "", "统一调度。"],
    ["3", "财务科", "科长", "闵慧", "资金支付", "报销审核", "虚列支出", "", "三级审核。"],
    ["4", "财务科", "出纳", "闵慧", "资金支付", "现金管理", "挪用公款", "", "定期盘点。"],
]  # fmt: skip
_BY_KIND = [["序号", "业务类别", "风险等级"], ["1", "资金支付", "一级"], ["2", "公务接待", "二级"], ["3", "车辆管理", "三级"]]  # fmt: skip
_BY_MATTER = [
    ["序号", "工作事项", "风险等级"],
    ["1", "现金管理", "三级"], ["2", "报销审核", "一级"], ["3", "派车", "一级"], ["4", "接待审批", "二级"],
]  # fmt: skip


def test_what_the_hundred_and_thirty_third_review_found_two_gradings_differ(tmp_path):
    """A list with both a 业务类别 and a 工作事项 column, each graded on a sheet of its own, the
    two giving other levels to the same points (公车私用: 三级 by its 类别, 一级 by its 事项):
    the second grading had been passed over without a word. The first read still grades
    (a coordinator cannot tell which the unit meant, the list has no level of its own); the
    other is said once (GRADINGS_DIFFER, a warning naming both sheets and how many points).
    And a row whose level the list writes itself is no gap of the grading: no VALUE_UNGRADED."""
    got = run(
        tmp_path / "two", {"一览表": _TWO_ITEMS, "类别等级": _BY_KIND, "事项等级": _BY_MATTER}
    )
    assert dict(levels(got))["公车私用"] in ("Ⅰ级", "Ⅲ级")
    warn = issue(got, "GRADINGS_DIFFER")
    assert len(warn) == 1 and warn["severity"].iloc[0] == "warning"
    assert "类别等级" in warn["message"].iloc[0] and "事项等级" in warn["message"].iloc[0]
    assert "2 个风险点" in warn["message"].iloc[0]
    assert "GRADINGS_DIFFER" in CATALOGUE and "GRADINGS_DIFFER" in SHORT
    rows = [list(r) for r in _TWO_ITEMS]
    rows[1][4], rows[1][7] = "会议管理", "一级"
    got = run(tmp_path / "written", {"一览表": rows, "类别等级": _BY_KIND})
    assert dict(levels(got)) == {
        "接待超标准": "Ⅰ级",
        "公车私用": "Ⅲ级",
        "虚列支出": "Ⅰ级",
        "挪用公款": "Ⅰ级",
    }
    assert "VALUE_UNGRADED" not in codes(got)
    assert "GRADINGS_DIFFER" not in codes(got)
