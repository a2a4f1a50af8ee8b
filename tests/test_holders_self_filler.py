"""A list of several holders filled in by one of them: his own rows say '本人' ('自己', '填表人本人')
in the 责任人 cell, merged down them, the others' rows name their holders, and a line of the sheet
names who filled it in ('填表人：…　岗位：…'), above the table or under it. Those rows are the
filler's, his post from the line where the row writes none (HOLDER_SELF_IS_FILLER); with no such
line they name no one and the cell is warned (HOLDER_SELF_NO_FILLER).

Not the published batch's list (a 供水营业所's 营业科, '填报人：…　职务：营业科科长' over the table,
'本人' and 高/中/低): a 粮食储备库's 保管科, a 图书馆's 采编部 and a 医院's 设备科, other posts and
names, '填表人' lines above and below, '自己' and '填表人本人', 一级/二级, ★ and Ⅰ/Ⅱ levels, one and two
heading rows, an extra 备注 column, written with xlsxwriter (tests/helpers.py) and read back as
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return [
        c for c, s in zip(got.issues["code"], got.issues["severity"], strict=True) if s == "error"
    ]


def test_filler_line_above_a_merged_self_cell(tmp_path):
    rows = [
        ["XX区粮食储备库保管科岗位廉政风险排查表"],
        ["填表人：祁湛澄　　岗位：保管科科长　　填表日期：2025年5月"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "科长", "本人", "粮食出入库数量把关不严", "一级", "双人复核，月末盘点"],
        [2, None, None, "轮换粮食验收降低标准", "二级", "集体验收，留存记录"],
        [3, "保管员", "甘澈宁", "私自出借仓储设施", "二级", "出借登记审批"],
        [4, "化验员", "房汐瑶", "篡改检验数据", "一级", "留样复检"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "B4:B5", "C4:C5"])
    assert read(got) == [
        ("保管员", "甘澈宁", "私自出借仓储设施", "Ⅱ级"),
        ("化验员", "房汐瑶", "篡改检验数据", "Ⅰ级"),
        ("科长", "祁湛澄", "粮食出入库数量把关不严", "Ⅰ级"),
        ("科长", "祁湛澄", "轮换粮食验收降低标准", "Ⅱ级"),
    ]
    assert "HOLDER_SELF_IS_FILLER" in codes(got) and not errors(got)


def test_filler_line_under_the_table_and_self_written_as_ziji(tmp_path):
    rows = [
        ["XX市图书馆采编部廉政风险点一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "采编员", "俞沨珂", "图书采购指定书商", "★★", "比价采购"],
        [2, "部主任", "自己", "采购合同条款擅自变更", "★★★", "合同会审"],
        [3, None, None, "验收图书数量不符照单签收", "★★", "双人验收"],
        [4, "编目员", "敖霁安", "赠书入藏不登记", "★", "入藏登记"],
        ["注：“自己”指填表人。"],
        ["填表人：荀沐晞　　职务：采编部主任　　日期：2025年6月"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "B4:B5", "C4:C5", "A7:F7", "A8:F8"])
    assert read(got) == [
        ("编目员", "敖霁安", "赠书入藏不登记", "Ⅲ级"),
        ("部主任", "荀沐晞", "采购合同条款擅自变更", "Ⅰ级"),
        ("部主任", "荀沐晞", "验收图书数量不符照单签收", "Ⅱ级"),
        ("采编员", "俞沨珂", "图书采购指定书商", "Ⅱ级"),
    ]
    assert "HOLDER_SELF_IS_FILLER" in codes(got) and not errors(got)


def test_two_heading_rows_an_extra_column_and_no_post_on_the_self_rows(tmp_path):
    rows = [
        ["XX县人民医院设备科廉政风险防控表"],
        ["填报人：阙翊辰　　职务：设备科副科长"],
        ["序号", "岗位", "责任人", "廉政风险", None, "防控措施", "备注"],
        [None, None, None, "风险点", "风险等级", None, None],
        [1, "工程师", "蔺霈然", "设备维修外包暗箱操作", "Ⅱ级", "定点比选", ""],
        [2, None, "填表人本人", "设备采购参数量身定制", "Ⅰ级", "论证公示", ""],
        [3, None, None, "设备报废处置不公开", "Ⅱ级", "集体研究", ""],
        [4, "库管员", "景昀澈", "耗材出库不登记", "Ⅱ级", "台账管理", ""],
    ]
    merges = ["A1:G1", "A2:G2", "D3:E3", "A3:A4", "B3:B4", "C3:C4", "F3:F4", "G3:G4", "C6:C7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == [
        ("副科长", "阙翊辰", "设备报废处置不公开", "Ⅱ级"),
        ("副科长", "阙翊辰", "设备采购参数量身定制", "Ⅰ级"),
        ("工程师", "蔺霈然", "设备维修外包暗箱操作", "Ⅱ级"),
        ("库管员", "景昀澈", "耗材出库不登记", "Ⅱ级"),
    ]
    assert "HOLDER_SELF_IS_FILLER" in codes(got) and not errors(got)


def test_his_post_written_at_his_first_row_only_is_carried_to_his_next(tmp_path):
    rows = [
        ["XX区粮食储备库仓储科岗位廉政风险排查表"],
        ["填表人：祁湛澄　　岗位：科长　　填表日期：2025年5月"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "保管员", "甘澈宁", "私自出借仓储设施", "二级", "出借登记审批"],
        [2, "科长", "本人", "粮食出入库数量把关不严", "一级", "双人复核"],
        [3, None, None, "轮换粮食验收降低标准", "二级", "集体验收"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "C5:C6"])
    assert read(got) == [
        ("保管员", "甘澈宁", "私自出借仓储设施", "Ⅱ级"),
        ("科长", "祁湛澄", "粮食出入库数量把关不严", "Ⅰ级"),
        ("科长", "祁湛澄", "轮换粮食验收降低标准", "Ⅱ级"),
    ]
    assert "HOLDER_SELF_IS_FILLER" in codes(got) and not errors(got)


def test_self_with_no_filler_line_is_warned_not_silent(tmp_path):
    rows = [
        ["XX区粮食储备库保管科岗位廉政风险排查表"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "科长", "本人", "粮食出入库数量把关不严", "一级", "双人复核"],
        [2, "保管员", "甘澈宁", "私自出借仓储设施", "二级", "出借登记审批"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == [
        ("保管员", "甘澈宁", "私自出借仓储设施", "Ⅱ级"),
        ("科长", "", "粮食出入库数量把关不严", "Ⅰ级"),
    ]
    assert "HOLDER_SELF_NO_FILLER" in codes(got) and "HOLDER_SELF_IS_FILLER" not in codes(got)


def test_a_list_naming_everyone_keeps_its_filler_a_clerk(tmp_path):
    rows = [
        ["XX市图书馆采编部廉政风险点一览表"],
        ["填表人：荀沐晞　　职务：采编部主任　　日期：2025年6月"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "采编员", "俞沨珂", "图书采购指定书商", "二级", "比价采购"],
        [2, "编目员", "敖霁安", "赠书入藏不登记", "三级", "入藏登记"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == [
        ("编目员", "敖霁安", "赠书入藏不登记", "Ⅲ级"),
        ("采编员", "俞沨珂", "图书采购指定书商", "Ⅱ级"),
    ]
    assert not codes(got) & {"HOLDER_SELF_IS_FILLER", "HOLDER_SELF_NO_FILLER"}


def test_a_sign_column_saying_self_is_no_holder_cell(tmp_path):
    rows = [
        ["XX县人民医院设备科廉政风险防控表"],
        ["填报人：阙翊辰"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "本人确认"],
        [1, "工程师", "蔺霈然", "设备维修外包暗箱操作", "Ⅱ级", "本人"],
        [2, "库管员", "景昀澈", "耗材出库不登记", "Ⅱ级", "本人"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == [
        ("工程师", "蔺霈然", "设备维修外包暗箱操作", "Ⅱ级"),
        ("库管员", "景昀澈", "耗材出库不登记", "Ⅱ级"),
    ]
    assert not codes(got) & {"HOLDER_SELF_IS_FILLER", "HOLDER_SELF_NO_FILLER"}


def test_the_codes_are_catalogued():
    for code in ("HOLDER_SELF_IS_FILLER", "HOLDER_SELF_NO_FILLER"):
        assert code in CATALOGUE and code in SHORT
