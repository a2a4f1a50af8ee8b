"""A sheet whose print area (设置打印区域, the workbook's ``_xlnm.Print_Area``; an .ods's
``table:print-ranges``) holds a whole list, and beside or under it, outside the area, the
compiler's other version of the same list — the same title (or none over either), the same
heading, most of the same wording, a holder, a level or a point changed. Nothing on the sheet
but the print area tells which is current; the one printed is. Before, both were read as lists
of the unit: the copy's points came in as extra points and duplicate forms of the same holders.
Now the copy's cells are set aside before any table is looked for, its rows counted as
reported, one warning (TABLE_OUTSIDE_PRINT_AREA) naming its range and the print area.

Near-misses an ordinary file has, read exactly as with no print area at all: a two-up list
whose halves both stand inside the print area; a print area over the first of two different
tables (another heading: a 临聘人员 list beside the 在编 one); a print area cutting a list (its
last rows below the area); a list with a copy beside it but no print area.

Not the published batch's table (a 融媒体中心 一览表 with ``一级/二级/三级`` and its earlier
copy one column to the right): a 县水利局 with ``高/中/低`` and no title, the copy two columns
away (and the other way round: the list on the right, printed as whole columns, the copy left of
it); a 县人民医院's 排查表 with ``Ⅰ级/Ⅱ级/Ⅲ级``, its working copy UNDER the list; a 乡卫生院's
five-column list re-saved as .ods by LibreOffice, the copy to the right — written with
tests/helpers.py and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], area: str | None = None, merges=(), ods=False):
    inbox = tmp_path / "inbox"
    if ods:
        ranges = {"清单": area} if area else None
        write_ods(inbox / "t.ods", {"清单": rows}, print_ranges=ranges)
    else:
        write_workbook(inbox / "t.xlsx", {"清单": rows}, merges={"清单": list(merges)},
                       print_areas={"清单": area} if area else None)  # fmt: skip
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


HEAD = ["序号", "科室", "职务", "责任人", "风险点", "等级", "防控措施"]

# 县水利局: no title, 高/中/低; the copy two columns to the right (I..O → J..P)
WATER_NOW = [
    [1, "工程建设股", "股长", "祁沐曦", "工程招标设置排他性条件", "高", "招标文件法律顾问审核。"],
    [2, "工程建设股", "股长", "祁沐曦", "隐蔽工程验收走过场", "中", "验收全程影像留存。"],
    [3, "水资源股", "股长", "巫柏乔", "取水许可审批不严", "中", "审批结果网上公示。"],
    [4, "水资源股", "科员", "鄢晗之", "水资源费减免把关不严", "低", "减免集体研究。"],
]
WATER_OLD = [
    [1, "工程建设股", "股长", "祁沐曦", "工程招标设置排他性条件", "中", "招标文件法律顾问审核。"],
    [2, "工程建设股", "股长", "祁沐曦", "隐蔽工程验收走过场", "中", "验收全程影像留存。"],
    [3, "水资源股", "股长", "巫柏乔", "取水许可审批不严", "中", "审批结果网上公示。"],
    [4, "水资源股", "科员", "仉若岚", "水资源费减免把关不严", "低", "减免集体研究。"],
    [5, "水资源股", "科员", "仉若岚", "河道采砂监管不力", "中", "采砂现场巡查。"],
]
WATER_READ = [
    ("股长", "祁沐曦", "工程招标设置排他性条件", "Ⅰ级"),
    ("股长", "祁沐曦", "隐蔽工程验收走过场", "Ⅱ级"),
    ("股长", "巫柏乔", "取水许可审批不严", "Ⅱ级"),
    ("科员", "鄢晗之", "水资源费减免把关不严", "Ⅲ级"),
]


def beside(left: list[list], right: list[list], gap: int, width: int = 7) -> list[list]:
    out = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else [None] * width
        b = right[i] if i < len(right) else []
        out.append([*a, *[None] * (width - len(a)), *[None] * gap, *b])
    return out


def test_copy_two_columns_right_of_an_untitled_list(tmp_path):
    rows = beside([HEAD, *WATER_NOW], [HEAD, *WATER_OLD], gap=2)
    got = run(tmp_path, rows, "A1:G5")
    assert read(got) == WATER_READ
    assert codes(got).count("TABLE_OUTSIDE_PRINT_AREA") == 1
    assert not {"FORM_DUPLICATE", "POINT_REPEATED"} & set(codes(got))
    issue = got.issues[got.issues["code"] == "TABLE_OUTSIDE_PRINT_AREA"].iloc[0]
    assert issue["severity"] == "warning" and issue["cell"] == "J1:P6"
    assert issue["value"] == "A1:G5" and "5 行" in issue["message"]
    assert "TABLE_OUTSIDE_PRINT_AREA" in CATALOGUE and "TABLE_OUTSIDE_PRINT_AREA" in SHORT


def test_copy_left_of_a_print_area_of_whole_columns(tmp_path):
    # the current list on the right, printed as whole columns ('$I:$O'), the older one on the left
    rows = beside([HEAD, *WATER_OLD], [HEAD, *WATER_NOW], gap=1)
    got = run(tmp_path, rows, "I1:O1048576")
    assert read(got) == WATER_READ
    issue = got.issues[got.issues["code"] == "TABLE_OUTSIDE_PRINT_AREA"].iloc[0]
    assert issue["cell"] == "A1:G6" and issue["value"] == "I1:O6"


# 县人民医院: a titled 排查表 with Ⅰ级/Ⅱ级/Ⅲ级 and a 制表 line; the working copy under it, the same title
HOSPITAL_TITLE = "XX县人民医院岗位廉政风险排查表"
HOSPITAL_HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
HOSPITAL_NOW = [
    [1, "药剂科", "主任", "阙瑾瑜", "药品遴选收受回扣", "Ⅰ级", "药事会集体遴选。"],
    [2, "药剂科", "主任", "阙瑾瑜", "处方点评走过场", "Ⅲ级", "点评结果全院通报。"],
    [3, "设备科", "科长", "郦星澜", "大型设备参数量身定制", "Ⅰ级", "参数论证专家签字。"],
]
HOSPITAL_OLD = [
    [1, "药剂科", "主任", "阙瑾瑜", "药品遴选收受回扣", "Ⅱ级", "药事会集体遴选。"],
    [2, "药剂科", "主任", "阙瑾瑜", "处方点评走过场", "Ⅲ级", "点评结果全院通报。"],
    [3, "设备科", "科长", "郦星澜", "大型设备参数量身定制", "Ⅰ级", "参数论证。"],
    [4, "设备科", "科长", "郦星澜", "设备维保合同续签不比价", "Ⅱ级", "续签前询价。"],
]
HOSPITAL = [
    [HOSPITAL_TITLE],
    HOSPITAL_HEAD,
    *HOSPITAL_NOW,
    ["制表：院办", None, None, "审核：", None, "2025年3月"],
    [],
    [],
    [HOSPITAL_TITLE],
    HOSPITAL_HEAD,
    *HOSPITAL_OLD,
]


def test_working_copy_under_the_printed_list(tmp_path):
    got = run(tmp_path, HOSPITAL, "$A$1:$G$6", merges=["A1:G1", "A9:G9"])
    assert read(got) == [
        ("主任", "阙瑾瑜", "药品遴选收受回扣", "Ⅰ级"),
        ("主任", "阙瑾瑜", "处方点评走过场", "Ⅲ级"),
        ("科长", "郦星澜", "大型设备参数量身定制", "Ⅰ级"),
    ]
    assert got.risks["measures"].tolist()[2] == "参数论证专家签字。"
    issue = got.issues[got.issues["code"] == "TABLE_OUTSIDE_PRINT_AREA"].iloc[0]
    assert issue["cell"] == "A9:G14" and issue["value"] == "A1:G6" and "4 行" in issue["message"]
    assert "FORM_DUPLICATE" not in codes(got)


# 乡卫生院: five columns, a list re-saved as .ods by LibreOffice, the copy right of it
CLINIC_HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级"]
CLINIC_NOW = [
    [1, "院长", "扈書妍", "医保基金违规报销", "一级"],
    [2, "药房", "笪一鸣", "药品出入库账实不符", "二级"],
    [3, "收费室", "蔺清禾", "收费不开票据", "二级"],
]
CLINIC_OLD = [
    [1, "院长", "扈書妍", "医保基金违规报销", "二级"],
    [2, "药房", "笪一鸣", "药品出入库账实不符", "二级"],
    [3, "收费室", "苗可心", "收费不开票据", "三级"],
]


def test_ods_print_range_sets_the_copy_aside(tmp_path):
    title = "XX乡卫生院廉政风险点清单"
    rows = beside([[title], CLINIC_HEAD, *CLINIC_NOW], [[title], CLINIC_HEAD, *CLINIC_OLD], 1, 5)
    got = run(tmp_path, rows, "清单.A1:清单.E5", ods=True)
    assert read(got) == [
        ("院长", "扈書妍", "医保基金违规报销", "Ⅰ级"),
        ("药房", "笪一鸣", "药品出入库账实不符", "Ⅱ级"),
        ("收费室", "蔺清禾", "收费不开票据", "Ⅱ级"),
    ]
    issue = got.issues[got.issues["code"] == "TABLE_OUTSIDE_PRINT_AREA"].iloc[0]
    assert issue["cell"] == "G1:K5" and issue["value"] == "A1:E5"


# near-misses: read exactly as with no print area


def same_as_unprinted(tmp_path: Path, rows: list[list], area: str, merges=()) -> None:
    got = run(tmp_path / "a", rows, area, merges)
    plain = run(tmp_path / "b", rows, None, merges)
    assert read(got) == read(plain) and len(read(got)) > 0
    assert "TABLE_OUTSIDE_PRINT_AREA" not in codes(got)
    assert sorted(codes(got)) == sorted(codes(plain))


def test_two_up_list_inside_the_print_area(tmp_path):
    rows = beside([HEAD, *WATER_NOW[:2]], [HEAD, *WATER_NOW[2:]], gap=1)
    same_as_unprinted(tmp_path, rows, "A1:O3")


def test_print_area_over_the_first_of_two_different_tables(tmp_path):
    temps = [
        ["序号", "岗位", "临聘人员", "廉政风险点", "风险等级"],
        [1, "河道巡查员", "詹予安", "巡查发现问题不报", "低"],
        [2, "水费收缴员", "臧北辰", "截留水费", "中"],
    ]
    rows = beside([HEAD, *WATER_NOW], temps, gap=1)
    same_as_unprinted(tmp_path, rows, "A1:G5")


def test_print_area_cutting_a_list(tmp_path):
    rows = beside([HEAD, *WATER_NOW], [HEAD, *WATER_OLD], gap=2)
    same_as_unprinted(tmp_path, rows, "A1:G3")


def test_note_outside_the_print_area(tmp_path):
    rows = [HEAD, *WATER_NOW, [], ["注：本表风险点经局党组会研究确定，2025年起执行。"]]
    same_as_unprinted(tmp_path, rows, "A1:G5")


FINANCE = [
    [1, "财务股", "股长", "祁沐曦", "报销审核不严", "高", "严格执行财务制度规定"],
    [2, "财务股", "会计", "巫柏乔", "虚列支出套取资金", "中", "严格执行财务制度规定"],
    [3, "财务股", "出纳", "鄢晗之", "挪用公款", "高", "定期开展警示教育活动"],
]
OFFICE = [
    [1, "办公室", "主任", "仉若岚", "公车私用", "中", "严格执行财务制度规定"],
    [2, "办公室", "科员", "殳砚秋", "公文泄密", "低", "定期开展警示教育活动"],
]


def test_what_the_hundred_and_thirtieth_review_found_another_dept_beside_the_print_area(tmp_path):
    """Two 科室's lists side by side under the same heading, the print area set (by WPS, for one
    page) over the first: the second shares only the measures' stock phrases ('严格执行财务制度规定')
    and was set aside as an old copy — the 办公室's points lost. A copy is now one only where most
    of its points are the list's points; the other list is read as before."""
    rows = beside([HEAD, *FINANCE], [HEAD, *OFFICE], gap=1)
    got = run(tmp_path, rows, "A1:G4")
    assert "TABLE_OUTSIDE_PRINT_AREA" not in codes(got)
    assert {p for _t, _p, p, _l in read(got)} == {
        "报销审核不严", "虚列支出套取资金", "挪用公款", "公车私用", "公文泄密",
    }  # fmt: skip


def test_what_the_hundred_and_thirtieth_review_found_copy_outside_marked_newest(tmp_path):
    """The copy outside the print area marked the newer ('注：此为最新修改稿，以此为准' under it): the
    print area had been left on the old version and the newest was set aside unread. A judgement
    call: the sheet says two contrary things, so neither is set aside — both are read as before,
    the repeated holders said (FORM_DUPLICATE, FORM_SECOND_COPY) for the coordinator to choose."""
    now = [*WATER_NOW, [None, None, None, None, "注：此为最新修改稿，以此为准"]]
    rows = beside([HEAD, *WATER_OLD], [HEAD, *now], gap=2)
    got = run(tmp_path, rows, "A1:G6")
    assert "TABLE_OUTSIDE_PRINT_AREA" not in codes(got)
    assert ("科员", "鄢晗之", "水资源费减免把关不严", "Ⅲ级") in read(got)
    assert "FORM_DUPLICATE" in codes(got)
