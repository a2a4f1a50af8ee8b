"""A type column written in the body's OWN classification (``廉洁自律类``, ``审批类``, ``A类`` …:
none of the configured type names) and a note mapping each of its words onto one of the types
(``廉洁自律类归入思想道德风险；…``, ``A类（审批类）→制度机制`` one a line, or the same on a 填表说明
sheet): each row is typed through the mapping, said once (info TYPE_BY_OWN_CATEGORY naming the
mapping and the note); a word the note leaves out keeps NO type, with a warning at its cell
(TYPE_OWN_CATEGORY_UNMAPPED) and no TYPE_UNKNOWN or TYPE_BLANK beside it. Before, every such
row came out TYPE_UNKNOWN with no type (a word beginning like a type, ``外部类``, typed by its
first characters only).

Not the published batch's file (batch975: a 城投公司's 决策类/执行类/监管类/作风类/外部类 under
'注：…决策类对应制度机制风险，…'): a 县水务局's ``风险分类`` under a note ``…归入…`` with one word
the note does not map; a 县档案馆's ``类别`` in ``审批类/执行类/保密类/纪律类`` under a 说明 of one
mapping a line ``A类（审批类）→制度机制``; and a 县气象局's list as an .ods copy whose column holds
``A类/B类/C类`` and whose mapping stands on a 填表说明 sheet. Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Near-misses an ordinary file
has, read exactly as before: a list of ordinary types under a note saying ``对应`` (nothing said),
and a note that explains the categories without mapping them (``决策类指…``: TYPE_UNKNOWN as
before, no new code).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

NEW = {"TYPE_BY_OWN_CATEGORY", "TYPE_OWN_CATEGORY_UNMAPPED"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", sheets, merges or {})
    return _collect(inbox)


def types(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


WATER_NOTE = (
    "注：风险分类按局内控手册填写，与五类风险的对应关系：廉洁自律类归入思想道德风险；制度建设类归入制度机制风险；"
    "履职尽责类归入岗位职责风险；办事程序类归入业务流程风险；社会环境类归入外部环境风险。"
)
WATER = [
    ["县水务局岗位廉政风险点一览表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "风险点", "风险分类", "等级", "防控措施"],
    [1, "局领导", "局长", "东方翊", "水利工程招标暗箱操作", "制度建设类", "高", "招标全程公开。"],
    [2, "局领导", "局长", "东方翊", "收受承包商礼金", "廉洁自律类", "高", "签订廉洁承诺书。"],
    [3, "水资源股", "股长", "南宫湄", "取水许可审批把关不严", "履职尽责类", "中", "许可集体审核。"],
    [4, "水资源股", "科员", "南宫淼", "水资源费征收不足额", "办事程序类", "中", "征收台账月核。"],
    [5, "农水股", "股长", "东方沅", "灌区项目受地方干扰", "社会环境类", "低", "重大事项报告。"],
    [6, "农水股", "科员", "南宫漪", "渠系维修材料虚报", "其他类", "中", "材料出入库登记。"],
    [WATER_NOTE, None, None, None, None, None, None, None],
]  # fmt: skip


def test_own_categories_mapped_by_a_note_under_the_list(tmp_path):
    got = run(tmp_path, {"一览表": WATER}, {"一览表": ["B3:B4", "C3:C4", "D3:D4"]})
    assert types(got) == [
        ("水利工程招标暗箱操作", "制度机制风险"),
        ("收受承包商礼金", "思想道德风险"),
        ("取水许可审批把关不严", "岗位职责风险"),
        ("水资源费征收不足额", "业务流程风险"),
        ("灌区项目受地方干扰", "外部环境风险"),
        ("渠系维修材料虚报", ""),
    ]
    said = issue(got, "TYPE_BY_OWN_CATEGORY")
    assert len(said) == 1 and list(said["cell"]) == ["F2"]
    msg = said["message"].iloc[0]
    assert "廉洁自律类=思想道德风险" in msg and "归入" in msg
    left = issue(got, "TYPE_OWN_CATEGORY_UNMAPPED")
    assert list(left["cell"]) == ["F8"] and "其他类" in left["message"].iloc[0]
    assert left["severity"].iloc[0] != said["severity"].iloc[0]
    assert not {"TYPE_UNKNOWN", "TYPE_BLANK"} & codes(got)
    assert list(got.risks["risk_level"]) == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]


ARCHIVE = [
    ["县档案馆廉洁风险防控清单", None, None, None, None, None],
    ["岗位", "责任人", "廉洁风险点", "风险类别", "风险等级", "防范措施"],
    ["馆长", "欧阳霁", "档案开放鉴定中为人情放宽", "审批类", "一级", "鉴定小组集体研究。"],
    ["馆长", "欧阳霁", "接受利用单位宴请", "纪律类", "二级", "严守八项规定。"],
    ["保管部主任", "皇甫淞", "档案出库不登记", "执行类", "二级", "出入库双人签字。"],
    ["保管部主任", "皇甫淞", "涉密档案违规查阅", "保密类", "一级", "涉密档案专柜专人。"],
    ["利用部科员", "欧阳澜", "查档收费不规范", "执行类、纪律类", "三级", "收费标准公示。"],
    ["说明：本表类别与风险类型的对应：", None, None, None, None, None],
    ["A类（审批类）→制度机制", None, None, None, None, None],
    ["B类（执行类）→业务流程", None, None, None, None, None],
    ["C类（保密类）→岗位职责", None, None, None, None, None],
    ["D类（纪律类）→思想道德", None, None, None, None, None],
]  # fmt: skip


def test_one_mapping_a_line_with_arrows_and_a_cell_of_two_words(tmp_path):
    got = run(tmp_path, {"清单": ARCHIVE})
    assert types(got) == [
        ("档案开放鉴定中为人情放宽", "制度机制风险"),
        ("接受利用单位宴请", "思想道德风险"),
        ("档案出库不登记", "业务流程风险"),
        ("涉密档案违规查阅", "岗位职责风险"),
        ("查档收费不规范", "业务流程风险;思想道德风险"),
    ]
    said = issue(got, "TYPE_BY_OWN_CATEGORY")
    assert len(said) == 1 and list(said["cell"]) == ["D2"]
    assert "执行类=业务流程风险(2个)" in said["message"].iloc[0]
    assert not ({"TYPE_UNKNOWN", "TYPE_BLANK", "TYPE_OWN_CATEGORY_UNMAPPED"} & codes(got))
    assert "ROW_UNPLACED" not in codes(got)  # (the mapping's lines are the note's, no strays)


WEATHER = [
    ["县气象局岗位廉政风险点排查表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
    [1, "局长", "上官沨", "气象服务项目发包指定单位", "A类", "高", "项目集体决策。"],
    [2, "副局长", "上官翮", "防雷检测收费不规范", "B类", "中", "收费标准公示。"],
    [3, "观测站站长", "令狐湉", "观测数据随意修改", "C类", "中", "数据修改留痕。"],
    [4, "办公室主任", "令狐澂", "公务用车私用", "D类", "低", "车辆定位管理。"],
]  # fmt: skip
WEATHER_GUIDE = [
    ["填表说明"],
    ["1.风险类别按局内部分类填写：A类（决策类）对应制度机制风险，B类（执行类）对应业务流程风险，"
     "C类（监管类）对应岗位职责风险，D类（作风类）对应思想道德风险。"],
    ["2.风险等级分高、中、低三级。"],
]  # fmt: skip


def test_codes_of_categories_in_an_ods_copy_mapped_on_an_instructions_sheet(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "气象局.ods", {"填表说明": WEATHER_GUIDE, "排查表": WEATHER})
    got = _collect(inbox)
    assert [t for _p, t in types(got)] == [
        "制度机制风险",
        "业务流程风险",
        "岗位职责风险",
        "思想道德风险",
    ]
    said = issue(got, "TYPE_BY_OWN_CATEGORY")
    assert len(said) == 1 and list(said["source_sheet"]) == ["排查表"]
    assert not {"TYPE_UNKNOWN", "TYPE_OWN_CATEGORY_UNMAPPED"} & codes(got)


# a near-miss: ordinary types, and a note that says 对应 about something else
PLAIN = [
    ["县统计局廉政风险防控一览表", None, None, None, None, None],
    ["序号", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "局长", "呼延澈", "统计数据干预", "制度机制风险", "高", "数据质量终身负责。"],
    [2, "统计员", "呼延渺", "普查补贴发放不实", "业务流程风险", "中", "补贴名单公示。"],
    [3, "统计员", "夹谷涟", "调查户名单泄露", "岗位职责风险", "低", "名单加密保管。"],
    ["注：风险等级高对应一级，中对应二级，低对应三级。", None, None, None, None, None, None],
]  # fmt: skip


def test_ordinary_types_under_a_note_saying_correspond_read_as_before(tmp_path):
    got = run(tmp_path, {"一览表": PLAIN})
    assert [t for _p, t in types(got)] == ["制度机制风险", "业务流程风险", "岗位职责风险"]
    assert not NEW & codes(got)
    assert not {"TYPE_UNKNOWN", "TYPE_BLANK"} & codes(got)


# a near-miss: the note explains the categories but maps none of them onto a type
EXPLAINED = [
    ["县供销社岗位廉洁风险一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
    [1, "主任", "澹台沄", "社有资产处置不公开", "决策类", "高", "资产处置进场交易。"],
    [2, "会计", "澹台泓", "往来款长期挂账", "执行类", "中", "往来款季度清理。"],
    [3, "门市部经理", "宰父澍", "农资购销收受回扣", "作风类", "中", "农资统一采购。"],
    ["注：决策类指“三重一大”事项中的风险，执行类指日常经办中的风险，作风类指纪律作风方面的风险。", None, None, None, None, None, None],
]  # fmt: skip


def test_a_note_explaining_categories_without_mapping_reads_as_before(tmp_path):
    got = run(tmp_path, {"一览表": EXPLAINED})
    assert [t for _p, t in types(got)] == ["", "", ""]
    assert not NEW & codes(got)
    # (no type named anywhere on the sheet: one info for the table, not TYPE_UNKNOWN a row,
    # since batch1065 — tests/test_type_own_classes_unread.py)
    assert list(issue(got, "TYPE_OWN_CLASSES_UNREAD")["cell"]) == ["E2"]
    assert "TYPE_UNKNOWN" not in codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "风险类型"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
