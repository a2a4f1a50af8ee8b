"""A one-column list whose levels are told only by the depth of its numbers: no 科室, post or
name column, a '1' row naming a 科室, a '1.1' row a holder (post and name in one cell: '院长
冼澄邈', '科主任：阚霁柔') and the '1.1.1' rows his points with their levels and measures; or two
depths only ('1' a holder, '1.1' his points); or dashes ('1-1-1'). The shallower rows write no
level: they are the group rows of the points under them, no points themselves.

Not the published batch's outline (a 市场运行和消费促进中心 with 中心领导 / 市场运行股, 高/中/低 and
'岗位　姓名' under '编号 | 内容 | 风险等级 | 防控措施'): a county hospital, a 林业工作站 and a 自然资源所,
other posts, names and level words (一级/二级/三级, ★★★/★★/★, Ⅰ级/Ⅱ级), a heading over two rows, a
colon between post and name, an extra 备注 column, written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] != "info"]["code"]) if "severity" in i else set(i["code"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_three_depths_a_heading_over_two_rows_and_a_colon_between_post_and_name(tmp_path):
    rows = [["XX县人民医院岗位廉政风险点排查清单"],
            ["序号", "廉政风险点", "风险评定", None, "防控办法"],
            [None, None, "等级", "备注", None],
            ["1", "院领导", None, None, None],
            ["1.1", "院长：冼澄邈", None, None, None],
            ["1.1.1", "大型设备采购论证走过场", "一级", None, "设备采购经院务会集体论证。"],
            ["1.1.2", "干部选拔任用个人说了算", "二级", "新增", "党委会研究，任前公示。"],
            ["2", "药剂科", None, None, None],
            ["2.1", "科主任：阚霁柔", None, None, None],
            ["2.1.1", "药品遴选收受药商好处", "一级", None, "药事委员会集体遴选。"],
            ["2.2", "采购员：逯澄远", None, None, None],
            ["2.2.1", "药品验收以次充好", "二级", None, "验收双人签字。"],
            ["2.2.2", "退药不入账", "三级", None, "退药台账每月核对。"],
            ["说明：第一层为科室，第二层为岗位及姓名，第三层为风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A14:E14"])
    assert read(got) == sorted([
        ("院领导", "院长", "冼澄邈", "大型设备采购论证走过场", "Ⅰ级"),
        ("院领导", "院长", "冼澄邈", "干部选拔任用个人说了算", "Ⅱ级"),
        ("药剂科", "科主任", "阚霁柔", "药品遴选收受药商好处", "Ⅰ级"),
        ("药剂科", "采购员", "逯澄远", "药品验收以次充好", "Ⅱ级"),
        ("药剂科", "采购员", "逯澄远", "退药不入账", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"LEVEL_BLANK", "MEASURES_BLANK", "ROW_UNPLACED", "FORM_NO_PERSON"} & codes(got)
    assert not errors(got) - {"TABLE_NO_TYPE"}
    said = got.issues[got.issues["code"] == "OUTLINE_NUMBERED"]
    assert list(said["cell"]) == ["A4"]
    assert "1.1 为岗位及责任人" in said["value"].iloc[0]


def test_two_depths_a_holder_over_his_points(tmp_path):
    rows = [["XX镇林业工作站廉政风险防控一览表"],
            ["编号", "项目", "等级", "防控措施"],
            ["1", "站长　扈沛昀", None, None],
            ["1.1", "林木采伐审核把关不严", "★★★", "采伐审核现场核实，两人签字。"],
            ["1.2", "造林补助验收弄虚作假", "★★", "验收结果张榜公示。"],
            ["2", "护林员　蔺霁川", None, None],
            ["2.1", "巡山记录补记造假", "★", "巡护轨迹每月抽查。"],
            ["3", "会计　甘棠溪", None, None],
            ["3.1", "公款私存", "★★★", "资金全部进对公账户。"],
            ["3.2", "报销凭证审核不严", "★★", "票据两人审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("林业工作站", "站长", "扈沛昀", "林木采伐审核把关不严", "Ⅰ级"),
        ("林业工作站", "站长", "扈沛昀", "造林补助验收弄虚作假", "Ⅱ级"),
        ("林业工作站", "护林员", "蔺霁川", "巡山记录补记造假", "Ⅲ级"),
        ("林业工作站", "会计", "甘棠溪", "公款私存", "Ⅰ级"),
        ("林业工作站", "会计", "甘棠溪", "报销凭证审核不严", "Ⅱ级"),
    ])  # fmt: skip
    # (the 科室 the title names: '林业工作站' of XX镇)
    assert len(got.posts) == 3
    assert not {"LEVEL_BLANK", "MEASURES_BLANK", "ROW_UNPLACED", "FORM_NO_PERSON"} & codes(got)
    assert "OUTLINE_NUMBERED" in codes(got)


def test_dashes_between_the_numbers(tmp_path):
    rows = [["XX县自然资源局城关自然资源所岗位廉政风险台账"],
            ["编码", "内容", "风险等级", "防控措施"],
            ["1", "所领导", None, None],
            ["1-1", "所长　訾沛岚", None, None],
            ["1-1-1", "违法用地查处选择性执法", "Ⅰ级", "查处结果集体研究。"],
            ["2", "确权登记股", None, None],
            ["2-1", "登记员　冼书白", None, None],
            ["2-1-1", "为关系人插队办证", "Ⅱ级", "按受理顺序办理，系统留痕。"],
            ["2-1-2", "登记材料审核走过场", "Ⅰ级", "材料双人复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("所领导", "所长", "訾沛岚", "违法用地查处选择性执法", "Ⅰ级"),
        ("确权登记股", "登记员", "冼书白", "为关系人插队办证", "Ⅱ级"),
        ("确权登记股", "登记员", "冼书白", "登记材料审核走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"LEVEL_BLANK", "MEASURES_BLANK", "ROW_UNPLACED", "FORM_NO_PERSON"} & codes(got)
    assert not errors(got) - {"TABLE_NO_TYPE"}


def test_sub_points_each_with_a_level_stay_points(tmp_path):
    # every row writes its level: '1' and '1.1' are points and sub-points, no holder rows
    rows = [["XX县人民医院后勤科科长岗位廉政风险防控表"],
            ["编号", "风险点", "风险等级", "防控措施"],
            ["1", "基建维修工程发包", "一级", "公开招标。"],
            ["1.1", "拆分工程规避招标", "一级", "限额以上一律招标。"],
            ["1.2", "工程量签证虚增", "二级", "跟踪审计。"],
            ["2", "物资采购", "二级", "集中采购。"],
            ["2.1", "采购价格高于市场", "三级", "询价三家以上。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert len(got.risks) == 5
    assert set(got.risks["title"]) == {"科长"} and set(got.risks["department"]) == {"后勤科"}
    assert "OUTLINE_NUMBERED" not in codes(got)


def test_items_without_a_holder_over_their_points_are_no_holders(tmp_path):
    # two depths whose '1' rows are work items, no post and name: not read as holders
    rows = [["XX镇林业工作站站长岗位廉政风险防控表"],
            ["编号", "风险点", "风险等级", "防控措施"],
            ["1", "林木采伐许可", None, None],
            ["1.1", "超限额审批采伐", "高", "限额内审批。"],
            ["1.2", "不到现场核实", "中", "现场核实留影像。"],
            ["2", "生态公益林补偿", None, None],
            ["2.1", "补偿面积虚报", "高", "面积公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert set(got.risks["title"]) == {"站长"} and set(got.risks["person"]) == {""}
    assert "OUTLINE_NUMBERED" not in codes(got)


def test_a_plain_number_column_beside_a_department_column_is_as_before(tmp_path):
    rows = [["XX县人民医院岗位廉政风险一览表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "药剂科", "科主任", "阚霁柔", "药品遴选收受药商好处", "一级", "集体遴选。"],
            [2, "药剂科", "采购员", "逯澄远", "药品验收以次充好", "二级", "双人验收。"],
            [3, "财务科", "出纳", "冼澄邈", "公款私存", "一级", "对账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("药剂科", "科主任", "阚霁柔", "药品遴选收受药商好处", "Ⅰ级"),
        ("药剂科", "采购员", "逯澄远", "药品验收以次充好", "Ⅱ级"),
        ("财务科", "出纳", "冼澄邈", "公款私存", "Ⅰ级"),
    ])  # fmt: skip
    assert "OUTLINE_NUMBERED" not in codes(got)
    assert not errors(got) - {"TABLE_NO_TYPE"}


def test_the_issue_is_catalogued():
    assert CATALOGUE["OUTLINE_NUMBERED"][0] == "info"
    assert SHORT["OUTLINE_NUMBERED"] and ITEMS["OUTLINE_NUMBERED"] == "责任人"
