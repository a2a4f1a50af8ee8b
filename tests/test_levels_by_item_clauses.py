"""A ``风险等级`` cell written ONCE for a holder's points — merged down over his rows, or on his first
row only with the cells under it blank — grading each point by its number in his block, clause by
clause (``第1、2项为一级；第3项为二级``, ``1项一级，2项二级``, ``①②项为高风险，③项为中风险``,
``第1-3项均为二级``): each row takes the level of the clause naming its own number — its ``项次`` /
``序号`` column's where that column starts again at 1 for the holder, else its place in the block —
said once a sheet (info LEVEL_BY_ITEM_CLAUSES naming the cells); a row no clause names, or two
clauses name differently, keeps a blank level with a warning at its cell
(LEVEL_ITEM_CLAUSE_UNMATCHED), not a second error LEVEL_BLANK. Before, the whole cell was taken as
one unknown level word for every row of the block (LEVEL_UNKNOWN each).

Not the published batch's file (batch976: a 县委组织部's merged cells over a ``项次`` column): a
县水利局's list writing the cell on each holder's first row only, ``①②项`` numbering and a
``项次`` column of its own; a 县林业和草原局's merged cells with ranges (``第1-3项均为二级``) and no
item column (the global 序号 runs on across holders: the place in the merge counts), one cell naming
no fourth item and one naming the second item twice; and the 水利局's list as an .ods copy behind a
cover sheet. Written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a
file. Near-misses, read exactly as before: an ordinary level word merged over a holder's rows, and
a cell ``同第1项`` (no level in it: LEVEL_UNKNOWN as before, nothing said).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_BY_ITEM_CLAUSES", "LEVEL_ITEM_CLAUSE_UNMATCHED"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", sheets, merges or {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


# the cell on each holder's first row only, the rows under it blank; '①②项' numbering
WATER = [
    ["县水利局廉政风险点排查表", None, None, None, None, None, None],
    ["岗位", "责任人", "项次", "风险点", "风险等级", "防范措施", "备注"],
    ["局长", "亓官澜", 1, "水利工程招投标打招呼", "①②项为高风险，③项为中风险", "招标全程电子化。", None],
    ["局长", "亓官澜", 2, "工程变更签证把关不严", None, "变更集体研究。", None],
    ["局长", "亓官澜", 3, "防汛物资采购不规范", None, "物资采购比价。", None],
    ["水资源股股长", "羊舌汐", 1, "取水许可审批吃拿卡要", "①项为中风险，②项为低风险", "许可网上办理。", None],
    ["水资源股股长", "羊舌汐", 2, "水资源费减免随意", None, "减免公示。", None],
    ["河湖管理员", "亓官浔", 1, "河道采砂监管失职", "①项为高风险", "采砂视频监控。", None],
    ["注：风险等级按本人所列风险点的项次填写。", None, None, None, None, None, None],
]  # fmt: skip
WATER_LEVELS = [
    ("水利工程招投标打招呼", "Ⅰ级"),
    ("工程变更签证把关不严", "Ⅰ级"),
    ("防汛物资采购不规范", "Ⅱ级"),
    ("取水许可审批吃拿卡要", "Ⅱ级"),
    ("水资源费减免随意", "Ⅲ级"),
    ("河道采砂监管失职", "Ⅰ级"),
]


def test_a_cell_on_the_holders_first_row_grades_his_items(tmp_path):
    got = run(tmp_path, {"排查表": WATER})
    assert levels(got) == WATER_LEVELS
    said = issue(got, "LEVEL_BY_ITEM_CLAUSES")
    assert len(said) == 1 and list(said["cell"]) == ["E3"]
    assert "E6" in said["message"].iloc[0] and "共 6 项" in said["message"].iloc[0]
    assert said["severity"].iloc[0] == "info"
    assert not {"LEVEL_UNKNOWN", "LEVEL_BLANK", "LEVEL_ITEM_CLAUSE_UNMATCHED"} & codes(got)
    # the holders and points as an ordinary list reads them
    assert list(got.posts["person"]) == ["亓官澜", "羊舌汐", "亓官浔"]


def test_an_ods_copy_behind_a_cover(tmp_path):
    inbox = tmp_path / "inbox"
    cover = [["县水利局"], ["廉政风险防控资料"], ["2025年6月"]]
    write_ods(inbox / "水利局.ods", {"封面": cover, "排查表": WATER})
    got = _collect(inbox)
    assert levels(got) == WATER_LEVELS
    said = issue(got, "LEVEL_BY_ITEM_CLAUSES")
    assert len(said) == 1 and list(said["source_sheet"]) == ["排查表"]


# merged per holder, ranges, no item column: the global 序号 runs on, the place in the merge counts
FOREST = [
    ["县林业和草原局岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "副局长", "巫马濯", "林木采伐许可违规发放", "第1-3项均为二级；第4项为一级", "采伐许可集体审定。"],
    [2, "副局长", "巫马濯", "生态护林员选聘优亲厚友", None, "选聘结果公示。"],
    [3, "副局长", "巫马濯", "林业有害生物防治资金挪用", None, "资金专账核算。"],
    [4, "副局长", "巫马濯", "森林植被恢复费减缓征收", None, "征收标准公开。"],
    [5, "资源股股长", "梁丘渟", "林地占用现场查验走过场", "第1项为一级，第2项为三级", "查验两人以上。"],
    [6, "资源股股长", "梁丘渟", "林权登记资料审核不严", None, "资料交叉审核。"],
    [7, "资源股股长", "梁丘渟", "古树名木保护经费截留", None, "经费直达乡镇。"],
    [8, "护林站站长", "巫马沨", "护林员考勤弄虚作假", "第1、2项为二级；第2项为三级", "考勤定位打卡。"],
    [9, "护林站站长", "巫马沨", "防火物资出入库不清", None, "出入库双人签字。"],
]  # fmt: skip
FOREST_MERGES = {
    "一览表": [
        "B3:B6",
        "C3:C6",
        "E3:E6",
        "B7:B9",
        "C7:C9",
        "E7:E9",
        "B10:B11",
        "C10:C11",
        "E10:E11",
    ]
}


def test_a_merged_cell_with_ranges_by_place_and_its_rows_unnamed(tmp_path):
    got = run(tmp_path, {"一览表": FOREST}, FOREST_MERGES)
    assert levels(got) == [
        ("林木采伐许可违规发放", "Ⅱ级"),
        ("生态护林员选聘优亲厚友", "Ⅱ级"),
        ("林业有害生物防治资金挪用", "Ⅱ级"),
        ("森林植被恢复费减缓征收", "Ⅰ级"),
        ("林地占用现场查验走过场", "Ⅰ级"),
        ("林权登记资料审核不严", "Ⅲ级"),
        ("古树名木保护经费截留", ""),
        ("护林员考勤弄虚作假", "Ⅱ级"),
        ("防火物资出入库不清", ""),
    ]
    said = issue(got, "LEVEL_BY_ITEM_CLAUSES")
    assert len(said) == 1 and list(said["cell"]) == ["E3"]
    assert "共 7 项" in said["message"].iloc[0]
    warned = issue(got, "LEVEL_ITEM_CLAUSE_UNMATCHED")
    assert list(warned["cell"]) == ["E9", "E11"]
    assert set(warned["severity"]) == {"warning"}
    assert "没有一句写到第3项" in warned["message"].iloc[0]
    assert "Ⅱ级" in warned["message"].iloc[1] and "Ⅲ级" in warned["message"].iloc[1]
    # the warned rows are not said again as blank or unknown
    assert not {"LEVEL_UNKNOWN", "LEVEL_BLANK"} & codes(got)


# near-misses: an ordinary level word merged over a holder's rows; a cell '同第1项'
PLAIN = [
    ["县气象局廉政风险防控一览表", None, None, None, None],
    ["职务", "姓名", "风险点", "风险等级", "防控措施"],
    ["局长", "漆雕沛", "气象设施建设项目插手干预", "二级", "项目集体决策。"],
    ["局长", "漆雕沛", "人工影响天气物资采购不规范", "二级", "采购比价。"],
    ["办公室主任", "漆雕渼", "公务接待超标准", "三级", "接待清单公示。"],
    ["办公室主任", "漆雕渼", "公车使用不规范", "同第1项", "公车定位管理。"],
]  # fmt: skip


def test_an_ordinary_merged_level_and_a_ditto_cell_read_as_before(tmp_path):
    got = run(
        tmp_path, {"一览表": PLAIN}, {"一览表": ["A3:A4", "B3:B4", "D3:D4", "A5:A6", "B5:B6"]}
    )
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅱ级", "Ⅲ级", ""]
    assert not NEW & codes(got)
    unknown = issue(got, "LEVEL_UNKNOWN")
    assert list(unknown["cell"]) == ["D6"] and list(unknown["value"]) == ["同第1项"]


# a near-miss: a point's own words naming items ('第1项') and a level column written in full
WRITTEN = [
    ["县档案馆廉政风险点一览表", None, None, None],
    ["岗位", "姓名", "风险点", "风险等级"],
    ["馆长", "乐正澍", "档案开放审核第1项程序缺失", "一级"],
    ["馆员", "乐正潾", "档案借阅登记不全", "三级"],
]  # fmt: skip


def test_item_words_outside_the_level_cell_read_as_before(tmp_path):
    got = run(tmp_path, {"一览表": WRITTEN})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅲ级"]
    assert not NEW & codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])


# a row under a merged cell's end, its own level cell blank: not the merge's, as before
AFTER = [
    ["县司法局廉政风险点一览表", None, None, None],
    ["职务", "姓名", "风险点", "风险等级"],
    ["局长", "东门沨", "社区矫正对象违规请假审批", "第1项为一级，第2项为二级"],
    ["局长", "东门沨", "法律援助指派优亲厚友", None],
    ["局长", "东门沨", "人民调解补贴发放不实", None],
]  # fmt: skip


def test_a_blank_row_after_the_merge_is_not_the_merges(tmp_path):
    got = run(tmp_path, {"一览表": AFTER}, {"一览表": ["A3:A5", "B3:B5", "D3:D4"]})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", ""]
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["D5"]
    assert "LEVEL_ITEM_CLAUSE_UNMATCHED" not in codes(got)
