"""A whole WORK-SAFETY hazard list (安全生产/消防/防火/隐患排查/危险源) sent on a sheet of its own,
or as a table of its own, beside the integrity list — or sent alone — is no second integrity list
of the same people: its rows are hazards, not risk points. It is told by its tab, caption or
heading (安全/隐患/防火/消防/危险源, and no 廉政/廉洁/腐败), by few of its points saying what an
integrity point says (审批, 收受, 违规 …), and by its levels being the safety scale (重大/较大/一般/
低风险, 红/橙/黄/蓝) or most of its points naming a hazard; set aside with one warning naming the
sheet, its caption and its rows (``TABLE_NOT_INTEGRITY``, rows counted as reported); a file of
nothing else says so (``FILE_ONLY_SAFETY_LIST``), not a bare FILE_NO_FORM.

Not the published batch's fire brigade (森林草原防火安全风险隐患排查表 beside 廉政风险, 较大风险/一般
风险/低风险): a 水利局 with a 安全生产隐患排查 sheet (重大/较大/一般风险, 隐患描述), a 燃气公司 with a
消防安全 table under its 廉洁风险 list on one sheet (红/橙/黄 levels), a 林场's tab 防火 with no title,
and a 危险源辨识清单 sent alone. Near-misses read as before: an 应急管理局's list about 执法 and 审批
in 安全生产 words (one titled 廉政风险, one not), and a 一岗双责 list with 安全生产风险 rows among its
廉洁风险 rows (ROWS_NOT_INTEGRITY as before). Written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return sorted(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def said(got, code: str):
    return got.issues[got.issues["code"] == code]


INTEGRITY = [
    ["XX县水利局廉政风险防控一览表"],
    ["序号", "科室", "职务", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "蔺澄屹", "水利工程项目发包中指定施工单位", "一级", "集体研究决定。"],
    [2, "局领导", "局长", "蔺澄屹", "工程款拨付审批把关不严", "二级", "按进度会签拨付。"],
    [3, "规划股", "股长", "蒯沛珩", "取水许可审批中降低条件", "二级", "审批结果公示。"],
    [4, "规划股", "股长", "蒯沛珩", "收受服务对象礼品礼金", "三级", "签订廉洁承诺。"],
]
WANT = sorted([
    ("蔺澄屹", "水利工程项目发包中指定施工单位", "Ⅰ级"),
    ("蔺澄屹", "工程款拨付审批把关不严", "Ⅱ级"),
    ("蒯沛珩", "取水许可审批中降低条件", "Ⅱ级"),
    ("蒯沛珩", "收受服务对象礼品礼金", "Ⅲ级"),
])  # fmt: skip


def test_codes_are_catalogued():
    assert CATALOGUE["TABLE_NOT_INTEGRITY"][0] == "warning"
    assert CATALOGUE["FILE_ONLY_SAFETY_LIST"][0] == "warning"
    assert "TABLE_NOT_INTEGRITY" in SHORT and "FILE_ONLY_SAFETY_LIST" in SHORT


def test_safety_sheet_beside_the_integrity_list(tmp_path):
    safety = [
        ["XX县水利局安全生产风险隐患排查清单"],
        ["序号", "科室", "职务", "责任人", "隐患描述", "等级", "整改措施"],
        [1, "局领导", "局长", "蔺澄屹", "汛期水库大坝巡查记录缺失", "重大风险", "汛期每日巡坝。"],
        [2, "局领导", "局长", "蔺澄屹", "在建工地临时用电线路私拉乱接", "较大风险", "专人检查线路。"],
        [3, "规划股", "股长", "蒯沛珩", "档案室灭火器过期未更换", "一般风险", "每季度检查器材。"],
    ]  # fmt: skip
    got = run(tmp_path, {"廉政风险": INTEGRITY, "安全生产隐患排查": safety})
    assert read(got) == WANT
    warn = said(got, "TABLE_NOT_INTEGRITY")
    assert list(warn["source_sheet"]) == ["安全生产隐患排查"]
    msg = warn["message"].iloc[0]
    assert "安全生产隐患排查" in msg and "3 行" in msg and "隐患排查清单" in msg
    assert "FORM_DUPLICATE" not in codes(got)


def test_safety_table_under_the_integrity_list_on_one_sheet(tmp_path):
    rows = [
        ["XX县天然气有限公司廉洁风险点排查表"],
        ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "经营部", "经理", "郦沐岚", "燃气开户收费中索要好处", "高", "收费票据公开。"],
        [2, "经营部", "经理", "郦沐岚", "工程报装优亲厚友插队办理", "中", "按受理顺序办理。"],
        [3, "物资部", "采购员", "邴筱淇", "管材采购中收受供应商回扣", "高", "比价采购。"],
        [],
        [],
        ["XX县天然气有限公司消防安全风险排查表"],
        ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "经营部", "经理", "郦沐岚", "营业厅疏散通道堆放杂物", "橙色", "每日清理通道。"],
        [2, "物资部", "采购员", "邴筱淇", "气瓶仓库可燃气体报警器失灵", "红色", "每月校验报警器。"],
        [3, "物资部", "采购员", "邴筱淇", "仓库防雷设施未检测", "黄色", "每年检测防雷。"],
    ]  # fmt: skip
    got = run(tmp_path, {"风险排查": rows}, {"风险排查": ["A1:G1", "A8:G8"]})
    assert read(got) == sorted([
        ("郦沐岚", "燃气开户收费中索要好处", "Ⅰ级"),
        ("郦沐岚", "工程报装优亲厚友插队办理", "Ⅱ级"),
        ("邴筱淇", "管材采购中收受供应商回扣", "Ⅰ级"),
    ])  # fmt: skip
    warn = said(got, "TABLE_NOT_INTEGRITY")
    assert len(warn) == 1 and "消防安全风险排查表" in warn["message"].iloc[0]
    assert "3 行" in warn["message"].iloc[0]
    assert "FORM_DUPLICATE" not in codes(got)


def test_tab_only_and_hazard_words(tmp_path):
    # no title over it, the tab '防火' alone names it; 一般风险/低风险 only, its points hazards
    fire = [
        ["序号", "工区", "岗位", "姓名", "风险点", "风险等级", "管控措施"],
        [1, "局领导", "局长", "蔺澄屹", "林区野外用火巡护不到位", "一般风险", "加密巡护。"],
        [2, "规划股", "股长", "蒯沛珩", "瞭望塔防火设备损坏", "低风险", "及时检修设备。"],
        [3, "规划股", "股长", "蒯沛珩", "扑火队员应急演练不足", "一般风险", "每季度演练。"],
    ]  # fmt: skip
    got = run(tmp_path, {"廉政风险": INTEGRITY, "防火": fire})
    assert read(got) == WANT
    warn = said(got, "TABLE_NOT_INTEGRITY")
    assert list(warn["source_sheet"]) == ["防火"] and "3 行" in warn["message"].iloc[0]


def test_a_file_with_only_a_safety_list(tmp_path):
    rows = [
        ["XX县第二中学危险源辨识清单"],
        ["序号", "处室", "岗位", "负责人", "危险源", "风险等级", "管控措施"],
        [1, "总务处", "主任", "胥婧瑶", "学生宿舍电气线路老化", "较大风险", "更换线路。"],
        [2, "总务处", "主任", "胥婧瑶", "食堂燃气管道泄漏", "重大风险", "安装报警装置。"],
        [3, "实验室", "管理员", "阙昀淏", "化学品柜未分类存放", "一般风险", "危化品双人双锁。"],
    ]  # fmt: skip
    got = run(tmp_path, {"Sheet1": rows})
    assert read(got) == []
    assert "FILE_NO_FORM" not in codes(got)
    warn = said(got, "FILE_ONLY_SAFETY_LIST")
    assert len(warn) == 1 and "危险源辨识清单" in warn["message"].iloc[0]
    assert len(said(got, "TABLE_NOT_INTEGRITY")) == 1


def test_emergency_bureau_integrity_list_read_as_before(tmp_path):
    # an 应急管理局's integrity points about 执法 and 审批 in 安全生产 words, one titled 廉政风险,
    # the other not, its tab 安全生产执法: read as before
    titled = [
        ["XX县应急管理局廉政风险点一览表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "执法大队", "大队长", "欧阳琮", "安全生产执法检查中选择性执法", "较大风险", "执法全程记录。"],
        [2, "执法大队", "大队长", "欧阳琮", "事故调查中隐瞒事故责任", "一般风险", "集体审议。"],
    ]  # fmt: skip
    plain = [
        ["XX县应急管理局安全生产执法岗位风险排查表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "审批股", "股长", "蒲沄熙", "危化品经营许可审批中降低条件", "高", "审批集体研究。"],
        [2, "审批股", "股长", "蒲沄熙", "烟花爆竹经营许可审批中收受好处", "中", "网上公开办理。"],
        [3, "审批股", "科员", "蒲溪瑜", "安全生产行政处罚自由裁量不当", "中", "按裁量基准执行。"],
    ]  # fmt: skip
    got = run(tmp_path, {"廉政风险": titled, "安全生产执法": plain})
    assert len(got.risks) == 5
    assert not codes(got) & {"TABLE_NOT_INTEGRITY", "FILE_ONLY_SAFETY_LIST"}


def test_duty_list_with_safety_rows_read_as_before(tmp_path):
    rows = [
        ["XX县供水公司安全生产和廉洁风险“一岗双责”排查表"],
        ["序号", "岗位", "姓名", "风险类别", "风险点", "等级", "防控措施"],
        [1, "总经理", "訾瀚舟", "安全生产风险", "水厂加氯间泄漏报警失灵", "一级", "每月校验。"],
        [2, "总经理", "訾瀚舟", "廉洁风险", "管网工程发包中收受回扣", "一级", "工程发包集体研究。"],
        [3, "总经理", "訾瀚舟", "廉洁风险", "虚报维修工程量套取资金", "二级", "工程量复核。"],
        [4, "抄表员", "訾沐辰", "廉洁风险", "抄表中少抄水量收受好处", "二级", "交叉抄表。"],
        [5, "抄表员", "訾沐辰", "安全生产风险", "检查井作业未检测有毒气体", "二级", "先检测后作业。"],
    ]  # fmt: skip
    got = run(tmp_path, {"Sheet1": rows}, {"Sheet1": ["A1:G1"]})
    assert sorted(got.risks["risk_point"]) == sorted(
        ["管网工程发包中收受回扣", "虚报维修工程量套取资金", "抄表中少抄水量收受好处"]
    )
    assert "ROWS_NOT_INTEGRITY" in codes(got)
    assert not codes(got) & {"TABLE_NOT_INTEGRITY", "FILE_ONLY_SAFETY_LIST"}


def test_safety_bureau_department_sheet_read_as_before(tmp_path):
    # a 安全生产监督管理局's own list on its 安全监管股's tab, graded 较大/一般: the names are
    # the body's and the department's, no hazard list's
    rows = [
        ["XX县安全生产监督管理局岗位风险排查表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "安全监管股", "股长", "郏曜岑", "隐患整改督办流于形式", "较大风险", "督办事项台账管理。"],
        [2, "安全监管股", "股长", "郏曜岑", "企业复产复工核查把关不严", "一般风险", "两人以上现场核查。"],
        [3, "安全监管股", "监管员", "郏若澜", "监管对象日常检查记录不实", "一般风险", "检查全程记录。"],
    ]  # fmt: skip
    got = run(tmp_path, {"安全监管股": rows})
    assert len(got.risks) == 3
    assert not codes(got) & {"TABLE_NOT_INTEGRITY", "FILE_ONLY_SAFETY_LIST"}


_SUPERVISION = [
    ["安全生产监管岗位风险防控一览表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "安全生产监管科", "科长", "钱珝", "安全检查走过场、检查记录造假", "岗位职责", "较大", "双人签字。"],
    [2, "安全生产监管科", "执法员", "钱珝", "隐患整改验收把关不严", "岗位职责", "一般", "验收集体研究。"],
    [3, "应急救援科", "科长", "夏玹", "事故调查大事化小、瞒报", "思想道德", "重大", "集体审议。"],
    [4, "应急救援科", "科员", "夏玹", "对企业通风报信", "外部环境", "较大", "检查计划保密。"],
    [5, "应急救援科", "科员", "夏玹", "工作日志敷衍应付", "制度机制", "一般", "定期抽查日志。"],
]  # fmt: skip
_OFFICE = [
    ["应急管理局廉政风险防控一览表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "办公室", "主任", "邝明远", "公务接待超标准", "岗位职责", "较大", "事前审批。"],
    [2, "办公室", "科员", "邝明远", "公车私用", "制度机制", "一般", "统一调度。"],
]  # fmt: skip


def test_what_the_hundred_and_thirty_third_review_found_integrity_typed_list(tmp_path):
    """An 应急管理局's integrity list of its 安全生产监管 posts on a tab of their name, graded on the
    safety scale (重大/较大/一般), its points few of the integrity words (检查记录造假, 瞒报,
    通风报信), had been set aside as a hazard list (alone: FILE_ONLY_SAFETY_LIST, nothing read).
    Its 风险类型 are an integrity list's (岗位职责, 思想道德 …): read as before. And without the
    type column, the same points say an official's conduct (造假, 瞒报, 通风报信, 敷衍), not a
    site's hazard: read as before too (the coordinator's call: an integrity list lost is worse
    than a hazard list read)."""
    got = run(tmp_path / "one", {"安全生产监管": _SUPERVISION})
    assert len(got.risks) == 5
    assert not codes(got) & {"TABLE_NOT_INTEGRITY", "FILE_ONLY_SAFETY_LIST"}
    got = run(tmp_path / "two", {"廉政风险点": _OFFICE, "安全生产监管": _SUPERVISION})
    assert len(got.risks) == 7
    assert "TABLE_NOT_INTEGRITY" not in codes(got)
    untyped = [[v for j, v in enumerate(r) if j != 5] for r in _SUPERVISION]
    got = run(tmp_path / "three", {"廉政风险点": _OFFICE, "安全生产监管": untyped})
    assert len(got.risks) == 7
    assert "TABLE_NOT_INTEGRITY" not in codes(got)


def test_what_the_hundred_and_thirty_third_review_found_hazard_list_typed_by_four_factors(tmp_path):
    """The guard above reads a table typed with integrity types as none of a hazard list; a
    hazard list typed by the four factors (人/物/环境/管理), whose 环境 alone is a type word, is
    still set aside."""
    hazards = [
        ["消防安全隐患排查表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "后勤科", "科长", "钱珝", "配电房线路老化", "物", "较大", "更换线路。"],
        [2, "后勤科", "科员", "钱珝", "汛期地下车库积水", "环境", "一般", "备沙袋、水泵。"],
        [3, "后勤科", "科员", "夏玹", "室外消防栓冻裂", "环境", "一般", "每月检查。"],
        [4, "后勤科", "科员", "夏玹", "值班人员违规用电", "人", "较大", "巡查。"],
        [5, "后勤科", "科员", "夏玹", "疏散通道堆放杂物", "环境", "一般", "清理。"],
    ]  # fmt: skip
    got = run(tmp_path, {"廉政风险点": _OFFICE, "消防安全": hazards})
    assert len(got.risks) == 2
    assert "TABLE_NOT_INTEGRITY" in codes(got)
