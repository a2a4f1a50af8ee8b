"""This year's list whose level cells point to last year's list in the same file ('同去年',
'与上年相同', '沿用上年等级', '同2024年', under a ``注：`` line saying so) rather than giving a
level, last year's list on another sheet with those points' levels: each such level is the level
the older list gives the same point (its words compared without spaces or punctuation) of the
same 科室 and post, whoever holds the post now (the post alone where the 科室 was renamed), one
info LEVELS_AS_OLDER_LIST a sheet; the older list's points stay set aside (SHEET_SET_ASIDE) as
ever; a point the older list lacks keeps no level, a warning LEVEL_OLDER_LIST_UNMATCHED at its
cell in place of LEVEL_UNKNOWN. Before, the pointer was an unknown level word (LEVEL_UNKNOWN)
and every carried-over point lost its level.

Not the published batch's file (batch958: a 农村经营管理站's sheets ``2025年`` and ``2024年``,
``同上年`` under ``风险等级`` over 一级/二级/三级): a 县林业和草原局's workbook ``2025年度`` before
``2024年度``, '同去年' under ``风险程度`` over 高/中/低, a holder since replaced, a point since
dropped, one point the older list lacks (a warning); a 县医疗保障局's with the old list first
(tabs 'Sheet1'/'Sheet2', the years only in the titles), the level column after the measures
headed ``风险星级``, '与上年相同' and '沿用上年等级' over ★, the points rewritten with other
punctuation and spaces, one 科室 renamed (found by the post); a 县水利局's .ods copy of three
years, '同2023年' taking the 2023 list's level, not the 2024 one's. Later, in other words again: a 县统计局 whose 2024 list numbers its points ('1.统计数据弄虚作假')
under '同上年度', '维持上年', '与2024年一致' (every such point had been unmatched). Written with tests/helpers.py
and read back as ``collect_inbox`` reads a file. Near-misses an ordinary file has, read exactly
as before: '同上' (a ditto of the row above) beside an older list, two years' lists each
grading its own points, and '同上年' with no older list in the file (LEVEL_UNKNOWN as ever).
"""

from pathlib import Path

import pytest
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, name: str = "清单.xlsx"):
    inbox = tmp_path / "inbox"
    if name.endswith(".ods"):
        inbox.mkdir(parents=True, exist_ok=True)
        write_ods(inbox / name, sheets)
    else:
        write_workbook(inbox / name, sheets)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


# the level words as written → as read
LEVEL = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级", "★★★": "Ⅰ级", "★★": "Ⅱ级", "★": "Ⅲ级",
         "一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级", "": ""}  # fmt: skip


def want(*rows: tuple[str, str, str, str]) -> list[tuple[str, str, str, str]]:
    return [(t, p, pt, LEVEL[lv]) for t, p, pt, lv in rows]


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


OURS = {"LEVELS_AS_OLDER_LIST", "LEVEL_OLDER_LIST_UNMATCHED"}

FOREST_HEAD = ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险程度", "防控措施"]
FOREST_OLD = [
    ["县林业和草原局2024年度廉政风险点一览表", None, None, None, None, None, None],
    FOREST_HEAD,
    [1, "局领导", "局长", "宓晗霖", "林木采伐审批越权", "高", "采伐审批集体研究。"],
    [2, "局领导", "局长", "宓晗霖", "公务接待超标准", "低", "接待清单公示。"],
    [3, "资源股", "股长", "滕绮芸", "林地占用审核不严", "中", "现场踏勘两人以上。"],
    [4, "资源股", "护林员", "璩沛然", "管护补助虚报冒领", "高", "补助名单公示。"],
]  # fmt: skip
FOREST_NOW = [
    ["县林业和草原局2025年度廉政风险点一览表", None, None, None, None, None, None],
    FOREST_HEAD,
    [1, "局领导", "局长", "宓晗霖", "林木采伐审批越权", "同去年", "采伐审批集体研究，结果公示。"],
    [2, "资源股", "股长", "滕绮芸", "林地占用审核不严", "同去年", "现场踏勘两人以上。"],
    [3, "资源股", "股长", "滕绮芸", "森林防火资金分配不公", "中", "资金分配集体研究。"],
    [4, "资源股", "护林员", "闵星澜", "管护补助虚报冒领", "同去年", "补助名单公示。"],
    [5, "资源股", "护林员", "闵星澜", "巡护记录造假", "同去年", "巡护轨迹定位。"],
    ["注：风险程度栏填“同去年”的，按2024年度清单所定的风险程度执行。", None, None, None, None, None, None],
]  # fmt: skip


def test_same_as_last_year_takes_the_older_sheets_level(tmp_path):
    got = run(tmp_path, {"2025年度": FOREST_NOW, "2024年度": FOREST_OLD})
    assert read(got) == want(
        ("局长", "宓晗霖", "林木采伐审批越权", "高"),
        ("股长", "滕绮芸", "林地占用审核不严", "中"),
        ("股长", "滕绮芸", "森林防火资金分配不公", "中"),
        ("护林员", "闵星澜", "管护补助虚报冒领", "高"),  # the holder since replaced
        ("护林员", "闵星澜", "巡护记录造假", ""),  # not in last year's list
    )
    said = issue(got, "LEVELS_AS_OLDER_LIST")
    assert len(said) == 1 and said.iloc[0]["source_sheet"] == "2025年度"
    assert said.iloc[0]["severity"] == CATALOGUE["LEVELS_AS_OLDER_LIST"][0]
    assert said.iloc[0]["field"] == ITEMS["LEVELS_AS_OLDER_LIST"]
    warned = issue(got, "LEVEL_OLDER_LIST_UNMATCHED")
    assert list(warned["cell"]) == ["F7"] and set(warned["source_sheet"]) == {"2025年度"}
    assert warned.iloc[0]["severity"] == CATALOGUE["LEVEL_OLDER_LIST_UNMATCHED"][0] == "warning"
    assert "LEVEL_UNKNOWN" not in codes(got)  # (the warning says it, once)
    assert "SHEET_SET_ASIDE" in codes(got)  # last year's points stay out
    assert "公务接待超标准" not in set(got.risks["risk_point"])  # a point since dropped


INSURANCE_OLD = [
    ["县医疗保障局2024年岗位廉政风险防控表", None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点", "防控措施", "风险星级"],
    [1, "基金股", "股长", "殳芷岚", "医保基金拨付不审核", "拨付双人复核。", "★★★"],
    [2, "基金股", "会计", "殳芷岚", "票据入账不及时", "日清月结。", "★"],
    [3, "稽核组", "稽核员", "乜景行", "稽核中接受宴请", "签订承诺书。", "★★"],
]  # fmt: skip
INSURANCE_NOW = [
    ["县医疗保障局2025年岗位廉政风险防控表", None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点", "防控措施", "风险星级"],
    [1, "基金股", "股长", "殳芷岚", "医保基金拨付 不审核。", "拨付双人复核。", "与上年相同"],
    [2, "基金股", "会计", "訾语桐", "票据入账，不及时", "日清月结。", "沿用上年等级"],
    [3, "基金稽核股", "稽核员", "乜景行", "稽核中“接受宴请”", "签订承诺书。", "与上年相同"],
    [4, "基金稽核股", "稽核员", "乜景行", "违规减免处罚", "处罚集体审议。", "★★"],
    ["注：风险星级填“与上年相同”或“沿用上年等级”的，星级与2024年表相同。", None, None, None, None, None, None],
]  # fmt: skip


def test_other_words_other_order_a_renamed_department(tmp_path):
    got = run(tmp_path, {"Sheet1": INSURANCE_OLD, "Sheet2": INSURANCE_NOW})
    assert read(got) == want(
        ("股长", "殳芷岚", "医保基金拨付 不审核。", "★★★"),
        ("会计", "訾语桐", "票据入账，不及时", "★"),
        ("稽核员", "乜景行", "稽核中“接受宴请”", "★★"),  # 稽核组 → 基金稽核股: the post alone
        ("稽核员", "乜景行", "违规减免处罚", "★★"),
    )
    said = issue(got, "LEVELS_AS_OLDER_LIST")
    assert len(said) == 1 and said.iloc[0]["source_sheet"] == "Sheet2"
    assert not {"LEVEL_OLDER_LIST_UNMATCHED", "LEVEL_UNKNOWN"} & codes(got)


def water(year: int, levels: tuple[str, str]) -> list[list]:
    return [
        [f"县水利局{year}年廉政风险点清单", None, None, None, None],
        ["科室", "岗位", "责任人", "风险点", "风险等级"],
        ["建管股", "股长", "龚屿澄", "水利工程验收走过场", levels[0]],
        ["建管股", "质检员", "蔺霁川", "质量检测数据造假", levels[1]],
    ]


def test_same_as_a_named_year_in_an_ods_copy(tmp_path):
    now = [
        ["县水利局2025年廉政风险点清单", None, None, None, None],
        ["科室", "岗位", "责任人", "风险点", "风险等级"],
        ["建管股", "股长", "龚屿澄", "水利工程验收走过场", "同2023年"],
        ["建管股", "质检员", "蔺霁川", "质量检测数据造假", "同上年"],
        ["注：风险等级写“同××年”的，与该年清单的等级相同。", None, None, None, None],
    ]  # fmt: skip
    sheets = {
        "2025年": now,
        "2024年": water(2024, ("二级", "三级")),
        "2023年": water(2023, ("一级", "二级")),
    }
    got = run(tmp_path, sheets, name="清单.ods")
    assert read(got) == want(
        ("股长", "龚屿澄", "水利工程验收走过场", "一级"),  # 2023's, not 2024's
        ("质检员", "蔺霁川", "质量检测数据造假", "三级"),  # the latest older year's
    )
    assert "LEVELS_AS_OLDER_LIST" in codes(got)
    assert not {"LEVEL_OLDER_LIST_UNMATCHED", "LEVEL_UNKNOWN"} & codes(got)


def test_ditto_beside_an_older_list_reads_as_before(tmp_path):
    now = [row[:] for row in FOREST_NOW[:-1]]
    for row, level in zip(now[2:], ("高", "同上", "中", "高", "同上"), strict=True):
        row[5] = level
    got = run(tmp_path, {"2025年度": now, "2024年度": FOREST_OLD})
    assert not OURS & codes(got)
    levels = list(got.risks["risk_level"])
    assert levels[0] == LEVEL["高"] and levels[2:4] == [LEVEL["中"], LEVEL["高"]]


def test_two_years_each_grading_its_points_read_as_before(tmp_path):
    sheets = {"2025年": water(2025, ("一级", "三级")), "2024年": water(2024, ("二级", "二级"))}
    got = run(tmp_path, sheets)
    assert read(got) == want(
        ("股长", "龚屿澄", "水利工程验收走过场", "一级"),
        ("质检员", "蔺霁川", "质量检测数据造假", "三级"),
    )
    assert "SHEET_SET_ASIDE" in codes(got) and not OURS & codes(got)


def test_same_as_last_year_with_no_older_list_is_unknown_as_before(tmp_path):
    got = run(tmp_path, {"2025年度": FOREST_NOW})
    assert not OURS & codes(got)
    unknown = issue(got, "LEVEL_UNKNOWN")
    assert list(unknown["cell"]) == ["F3", "F4", "F6", "F7"]
    assert list(got.risks["risk_level"]) == ["", "", LEVEL["中"], "", ""]


def test_the_codes_are_catalogued():
    for code in OURS:
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "风险级别"
    assert CATALOGUE["LEVELS_AS_OLDER_LIST"][0] == "info"


def _stats_year(y: int, rows: list) -> list:
    head = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    return [[f"县统计局{y}年岗位廉政风险点一览表"], head, *rows]


@pytest.mark.parametrize("pointer", ["同上年度", "维持上年", "与2024年一致"])
def test_the_older_list_numbering_its_points(tmp_path, pointer):
    old = _stats_year(2024, [
        [1, "综合股", "股长", "东方砚", "1.统计数据弄虚作假", "一级", "数据三级审核"],
        [2, "综合股", "科员", "东方澈", "2.调查对象信息泄露", "二级", "信息加密"],
        [3, "执法股", "股长", "东郭珩", "3.统计执法选择性处罚", "一级", "案件集体审理"],
    ])  # fmt: skip
    new = _stats_year(2025, [
        [1, "综合股", "股长", "东方砚", "统计数据弄虚作假", pointer, "数据三级审核"],
        [2, "综合股", "科员", "南宫翊", "调查对象信息泄露", pointer, "信息加密"],
        [3, "执法股", "股长", "东郭珩", "统计执法选择性处罚", "二级", "案件集体审理"],
    ]) + [["注：风险等级未调整的填“同上年”，与上年一致。"]]  # fmt: skip
    got = run(tmp_path, {"2025年": new, "2024年": old})
    assert read(got) == want(
        ("股长", "东方砚", "统计数据弄虚作假", "一级"),
        ("科员", "南宫翊", "调查对象信息泄露", "二级"),
        ("股长", "东郭珩", "统计执法选择性处罚", "二级"),
    )
    assert "LEVEL_OLDER_LIST_UNMATCHED" not in set(got.issues["code"])
