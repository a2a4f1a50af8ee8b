"""A list with no merged cell whose clerk typed each 科室, 岗位 and 姓名 once, on (about) the middle
row of its rows — as a merged cell centred would print — the other cells blank, and whose
``序号`` starts again at 1 for every holder: the blocks told by the numbers alone (no blank row,
no heavier line). Each block is the holder named on one of its rows, the rows above him too; a
科室 typed among a block's rows is that block's, and the blocks' below until another is typed.

The layouts here are not the published batch's (a county 消防救援大队 with 科室/岗位/姓名 and
高/中/低): a city 医疗保障局 and a township 财政所, other posts and names, levels written
'一级/二级/三级', '★★★/★★/★' and ticks under '高 中 低', post and name in one cell or two,
one heading row or two, an extra 备注 column, written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return list(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_the_code_is_catalogued():
    assert "HOLDERS_MID_BLOCK" in CATALOGUE and "HOLDERS_MID_BLOCK" in SHORT


def test_post_and_name_typed_mid_block_each_dept_mid_its_rows(tmp_path):
    # 医保局: 局长 3 rows named on the 2nd; 副局长 2 rows named on the 2nd; the 科室 '局领导'
    # typed on the 局长's 3rd row (the middle of its five), '待遇保障科' on the 科长's 2nd row
    # (the 2nd of its four); one heading row, levels 一级/二级/三级
    rows = [["XX市医疗保障局岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, None, None, None, "定点医药机构准入把关不严", "一级", "集体研究"],
            [2, None, "局长", "闾丘穆", "医保基金拨付审批随意", "一级", "两人审核"],
            [3, "局领导", None, None, "干部选拔任用不规范", "二级", "民主推荐"],
            [1, None, None, None, "稽核检查走过场", "二级", "随机抽查"],
            [2, None, "副局长", "钟离漪", "接受被检查单位宴请", "三级", "签订承诺书"],
            [1, None, None, None, "异地就医备案把关不严", "二级", "系统校验"],
            [2, "待遇保障科", "科长", "濮阳砚", "特殊病种认定放宽标准", "一级", "专家评审"],
            [3, None, None, None, "报销材料审核不严", "三级", "复核"],
            [1, None, "科员", "司马汀", "违规泄露参保信息", "三级", "保密教育"],
            ["填表人：", None, None, "审核人：", None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == [
        ("局领导", "局长", "闾丘穆", "定点医药机构准入把关不严", "Ⅰ级"),
        ("局领导", "局长", "闾丘穆", "医保基金拨付审批随意", "Ⅰ级"),
        ("局领导", "局长", "闾丘穆", "干部选拔任用不规范", "Ⅱ级"),
        ("局领导", "副局长", "钟离漪", "稽核检查走过场", "Ⅱ级"),
        ("局领导", "副局长", "钟离漪", "接受被检查单位宴请", "Ⅲ级"),
        ("待遇保障科", "科长", "濮阳砚", "异地就医备案把关不严", "Ⅱ级"),
        ("待遇保障科", "科长", "濮阳砚", "特殊病种认定放宽标准", "Ⅰ级"),
        ("待遇保障科", "科长", "濮阳砚", "报销材料审核不严", "Ⅲ级"),
        ("待遇保障科", "科员", "司马汀", "违规泄露参保信息", "Ⅲ级"),
    ]
    said = got.issues[got.issues["code"] == "HOLDERS_MID_BLOCK"]
    assert list(said["value"]) == ["4"] and list(said["severity"]) == ["info"]
    assert len(got.posts) == 4
    no_errors(got)


def test_two_heading_rows_ticks_and_a_remarks_column(tmp_path):
    # 财政所: two heading rows (风险等级 over 高 中 低 ticked), 姓名 left of 职务, a 备注 column;
    # each holder on the LAST row of his three, the 所室 typed on the first holder's middle row
    rows = [["XX镇财政所廉政风险防控登记表"],
            ["序号", "所室", "姓名", "职务", "廉政风险点", "风险等级", None, None, "备注"],
            [None, None, None, None, None, "高", "中", "低", None],
            [1, None, None, None, "惠农补贴资金发放不及时", "√", None, None, None],
            [2, "财政所", None, None, "虚报冒领补贴", None, "√", None, "重点"],
            [3, None, "上官棣", "所长", "专项资金挪用", "√", None, None, None],
            [1, None, None, None, "现金管理不规范", None, None, "√", None],
            [2, None, None, None, "票据领用核销不严", None, "√", None, None],
            [3, None, "欧阳筠", "会计", "私设小金库", "√", None, None, None]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == [
        ("财政所", "所长", "上官棣", "惠农补贴资金发放不及时", "Ⅰ级"),
        ("财政所", "所长", "上官棣", "虚报冒领补贴", "Ⅱ级"),
        ("财政所", "所长", "上官棣", "专项资金挪用", "Ⅰ级"),
        ("财政所", "会计", "欧阳筠", "现金管理不规范", "Ⅲ级"),
        ("财政所", "会计", "欧阳筠", "票据领用核销不严", "Ⅱ级"),
        ("财政所", "会计", "欧阳筠", "私设小金库", "Ⅰ级"),
    ]
    assert "HOLDERS_MID_BLOCK" in codes(got)
    no_errors(got)


def test_post_and_name_in_one_column_with_stars(tmp_path):
    # no 科室 column: '岗位' and '责任人' each a column, stars for levels, a holder on his
    # block's middle row, the last block of one row
    rows = [["XX区图书馆岗位廉政风险防控表"],
            ["序号", "岗位", "责任人", "风险点描述", "风险等级", "防控措施"],
            [1, None, None, "图书采购指定供应商", "★★★", "政府采购"],
            [2, "馆长", "皇甫澈", "古籍修复外包不公开", "★★", "公开比选"],
            [3, None, None, "场馆出租收费不入账", "★★★", "收支两条线"],
            [1, None, None, "读者押金管理混乱", "★★", "专户管理"],
            [2, "办公室主任", "尉迟萱", "公车私用", "★", "派车登记"],
            [3, None, None, "办公用品采购虚开发票", "★★", "集中采购"],
            [1, "采编员", "东方颢", "收受书商回扣", "★★★", "轮岗"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert [t[1:] for t in read(got)] == [
        ("馆长", "皇甫澈", "图书采购指定供应商", "Ⅰ级"),
        ("馆长", "皇甫澈", "古籍修复外包不公开", "Ⅱ级"),
        ("馆长", "皇甫澈", "场馆出租收费不入账", "Ⅰ级"),
        ("办公室主任", "尉迟萱", "读者押金管理混乱", "Ⅱ级"),
        ("办公室主任", "尉迟萱", "公车私用", "Ⅲ级"),
        ("办公室主任", "尉迟萱", "办公用品采购虚开发票", "Ⅱ级"),
        ("采编员", "东方颢", "收受书商回扣", "Ⅰ级"),
    ]
    assert "HOLDERS_MID_BLOCK" in codes(got)
    no_errors(got)


def test_holders_on_first_rows_of_restarting_blocks_read_as_before(tmp_path):
    # the ordinary list: each holder typed on his block's first row, carried down
    rows = [["XX市医疗保障局岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "基金监管科", "科长", "令狐炜", "飞行检查通风报信", "一级", "纪律约束"],
            [2, None, None, None, "处罚裁量不统一", "二级", "裁量基准"],
            [1, None, "科员", "慕容绮", "检查资料保管不善", "三级", "归档"],
            [2, None, None, None, "违规收受礼品", "二级", "承诺"],
            [1, "办公室", "主任", "诸葛岚", "公文处理泄密", "三级", "保密审查"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == [
        ("基金监管科", "科长", "令狐炜", "飞行检查通风报信", "Ⅰ级"),
        ("基金监管科", "科长", "令狐炜", "处罚裁量不统一", "Ⅱ级"),
        ("基金监管科", "科员", "慕容绮", "检查资料保管不善", "Ⅲ级"),
        ("基金监管科", "科员", "慕容绮", "违规收受礼品", "Ⅱ级"),
        ("办公室", "主任", "诸葛岚", "公文处理泄密", "Ⅲ级"),
    ]
    assert "HOLDERS_MID_BLOCK" not in codes(got)
    no_errors(got)


def test_numbers_restarting_per_dept_with_posts_inside_read_as_before(tmp_path):
    # the 序号 restarts per 科室, not per holder: a block names two posts, each on its first
    # row, carried down — not one holder a block
    rows = [["XX镇财政所廉政风险防控登记表"],
            ["序号", "所室", "岗位", "姓名", "廉政风险点", "风险等级"],
            [1, "财政所", "所长", "南宫砾", "预算编制暗箱操作", "高"],
            [2, None, None, None, "专项资金挪用", "中"],
            [3, None, "出纳", "西门瑶", "现金坐支", "中"],
            [1, "农经站", None, None, "集体资产处置不公开", "高"],
            [2, None, "站长", "公孙濯", "村级财务审核走过场", "低"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == [
        ("财政所", "所长", "南宫砾", "预算编制暗箱操作", "Ⅰ级"),
        ("财政所", "所长", "南宫砾", "专项资金挪用", "Ⅱ级"),
        ("财政所", "出纳", "西门瑶", "现金坐支", "Ⅱ级"),
        ("农经站", "", "", "集体资产处置不公开", "Ⅰ级"),
        ("农经站", "站长", "公孙濯", "村级财务审核走过场", "Ⅲ级"),
    ]
    assert "HOLDERS_MID_BLOCK" not in codes(got)


def test_every_row_written_out_with_restarting_numbers_read_as_before(tmp_path):
    rows = [["XX区图书馆岗位廉政风险防控表"],
            ["序号", "岗位", "责任人", "风险点描述", "风险等级"],
            [1, "馆长", "皇甫澈", "图书采购指定供应商", "高"],
            [2, "馆长", "皇甫澈", "场馆出租收费不入账", "中"],
            [1, "会计", "尉迟萱", "报销审核不严", "低"],
            [2, "会计", "尉迟萱", "私设小金库", "高"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert [t[1:] for t in read(got)] == [
        ("馆长", "皇甫澈", "图书采购指定供应商", "Ⅰ级"),
        ("馆长", "皇甫澈", "场馆出租收费不入账", "Ⅱ级"),
        ("会计", "尉迟萱", "报销审核不严", "Ⅲ级"),
        ("会计", "尉迟萱", "私设小金库", "Ⅰ级"),
    ]
    assert "HOLDERS_MID_BLOCK" not in codes(got)
    no_errors(got)
