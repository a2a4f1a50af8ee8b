"""Label | value cards, one risk point a card, printed several across for cutting out: each card a
block of label rows (编号, 科室, 岗位, 责任人, 风险点, 风险等级, 防控措施 …), the same labels at the
same columns of each card (A, D, G with a blank column between, or A, C with none), several card
rows down. Each card is a point of the holder its own 责任人 row names, the cards read as the cards
stacked down a sheet are (``_point_cards``), each column of cards a stack of its own.

Not the published batch's cards (a 融媒体中心's 提示卡 three across and three down with
``卡片编号 / 科　室 / 岗　位 / 责任人`` and 一级/二级/三级): a 县医疗保障局's, a 水务局's and a
乡镇卫生院's cards, other posts and names, other labels (``编　号``, ``所在股室``, ``岗位名称``,
``姓　名``, ``廉政风险点``, ``风险类型``) and level words (高/中/低, ★★★/★★/★, 一级风险/…), values merged
over two columns, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook
from xlsxwriter.utility import xl_rowcol_to_cell

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "提示卡"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "cards.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def tiled(
    top: list[list],
    labels: tuple[str, ...],
    cards: list[tuple],
    across: int,
    gap: bool = True,
    wide: bool = False,
) -> tuple[list[list], list[str]]:
    """Rows of ``cards`` (a value per label) tiled ``across`` a row under the ``top`` lines, a
    blank row between card rows; ``gap`` a blank column between cards, ``wide`` each value merged
    over two columns. Returns the rows and the merges of the values."""
    rows = [list(r) for r in top]
    merges: list[str] = []
    step = 1 + (2 if wide else 1) + (1 if gap else 0)
    for start in range(0, len(cards), across):
        for k, label in enumerate(labels):
            row: list = []
            for j, card in enumerate(cards[start : start + across]):
                row += [None] * (j * step - len(row))
                row += [label, card[k]] + ([None] if wide else [])
                if wide:
                    r = len(rows)
                    merges.append(
                        f"{xl_rowcol_to_cell(r, j * step + 1)}:{xl_rowcol_to_cell(r, j * step + 2)}"
                    )
            rows.append(row)
        rows.append([])
    return rows, merges


LABELS = ("编　号", "所在股室", "岗位名称", "责任人", "廉政风险点", "风险等级", "防控措施")
MEDICARE = [
    ("YB-01", "局领导", "局长", "谯澍岚", "定点医药机构准入个人说了算", "高", "准入评估经局党组会研究。"),
    ("YB-02", "基金监管股", "股长", "宓霁川", "飞行检查前通风报信", "高", "检查名单临时抽取，全程记录。"),
    ("YB-03", "待遇保障股", "科员", "甄沐棠", "异地就医备案材料审核不严", "中", "备案材料双人审核。"),
    ("YB-04", "基金监管股", "股长", "宓霁川", "违规使用医保基金查处以罚代刑", "中", "移送标准集体研究。"),
    ("YB-05", "局领导", "局长", "谯澍岚", "医药集中采购结果执行打折扣", "中", "采购执行情况每月通报。"),
    ("YB-06", "财务股", "会计", "郜沅汐", "医保基金支付凭证审核走过场", "低", "支付凭证逐笔复核。"),
]  # fmt: skip
TITLE = ["XX县医疗保障局岗位廉政风险提示卡"]


def test_three_across_two_down_each_card_its_own_holders(tmp_path):
    top = [TITLE, ["说明：一卡一点，沿虚线裁开，发至责任人本人。"], []]
    rows, merges = tiled(top, LABELS, MEDICARE, 3)
    got = run(tmp_path, rows, ["A1:H1", "A2:H2", *merges])
    assert read(got) == sorted([
        ("局长", "谯澍岚", "定点医药机构准入个人说了算", "Ⅰ级"),
        ("局长", "谯澍岚", "医药集中采购结果执行打折扣", "Ⅱ级"),
        ("股长", "宓霁川", "飞行检查前通风报信", "Ⅰ级"),
        ("股长", "宓霁川", "违规使用医保基金查处以罚代刑", "Ⅱ级"),
        ("科员", "甄沐棠", "异地就医备案材料审核不严", "Ⅱ级"),
        ("会计", "郜沅汐", "医保基金支付凭证审核走过场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    r = got.risks
    assert set(zip(r["person"], r["department"], strict=True)) == {
        ("谯澍岚", "局领导"), ("宓霁川", "基金监管股"), ("甄沐棠", "待遇保障股"), ("郜沅汐", "财务股"),
    }  # fmt: skip
    assert not {"廉政风险点", "风险等级"} & set(r["risk_point"])
    assert len(got.post_records) == 4 and set(r["unit"]) == {"XX县医疗保障局"}
    # the cells where they stand: the second row's middle card's point on row 16, in grid order
    rows_of = dict(zip(r["risk_point"], r["source_row"], strict=True))
    assert rows_of["定点医药机构准入个人说了算"] == rows_of["飞行检查前通风报信"] == 8
    assert rows_of["医药集中采购结果执行打折扣"] == 16
    assert list(r[r["person"] == "谯澍岚"]["risk_point"]) == [
        "定点医药机构准入个人说了算", "医药集中采购结果执行打折扣",
    ]  # fmt: skip


WATER_LABELS = ("编号", "科　室", "岗　位", "姓　名", "风险点", "风险等级", "防控措施")
WATER = [
    ("1", "水政监察大队", "大队长", "鞠昀泽", "河道采砂许可暗箱操作", "★★★", "采砂许可公开拍卖。"),
    ("2", "工程建设股", "股长", "虞澜汐", "水利工程变更签证把关不严", "★★", "变更签证三方会签。"),
    ("3", "水政监察大队", "执法队员", "阙沛霖", "河道违法建设查处选择性执法", "★★", "执法全程记录仪。"),
]  # fmt: skip


def test_two_across_with_no_blank_column_between(tmp_path):
    top = [["XX县水务局廉政风险防控卡（裁切）"], []]
    rows, merges = tiled(top, WATER_LABELS, WATER, 2, gap=False)
    got = run(tmp_path, rows, ["A1:D1", *merges], sheet="防控卡")
    assert read(got) == sorted([
        ("大队长", "鞠昀泽", "河道采砂许可暗箱操作", "Ⅰ级"),
        ("股长", "虞澜汐", "水利工程变更签证把关不严", "Ⅱ级"),
        ("执法队员", "阙沛霖", "河道违法建设查处选择性执法", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert len(got.post_records) == 3


CLINIC_LABELS = ("编　号", "科　室", "岗　位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")  # fmt: skip
CLINIC = [
    ("01", "院领导", "院长", "仝澈瑜", "药品耗材采购收受回扣", "岗位职责风险", "一级风险", "纳入医共体统一采购。"),
    ("02", "药剂科", "主任", "滑玥汀", "药品验收以次充好", "业务流程风险", "二级风险", "验收双人签字。"),
    ("03", "院领导", "院长", "仝澈瑜", "绩效分配优亲厚友", "制度机制风险", "二级风险", "绩效方案职代会通过。"),
    ("04", "收费室", "收费员", "滑沁岚", "收费不开票据截留现金", "思想道德风险", "一级风险", "每日对账，票款一致。"),
]  # fmt: skip


def test_cards_with_a_type_row_and_values_merged_across(tmp_path):
    top = [["XX镇卫生院岗位廉政风险告知卡"], []]
    rows, merges = tiled(top, CLINIC_LABELS, CLINIC, 3, wide=True)
    rows.append(["制卡：院办公室", None, None, None, "审核：", None, None, None, "2025年8月"])
    got = run(tmp_path, rows, ["A1:K1", *merges], sheet="告知卡")
    assert read(got) == sorted([
        ("院长", "仝澈瑜", "药品耗材采购收受回扣", "Ⅰ级"),
        ("院长", "仝澈瑜", "绩效分配优亲厚友", "Ⅱ级"),
        ("主任", "滑玥汀", "药品验收以次充好", "Ⅱ级"),
        ("收费员", "滑沁岚", "收费不开票据截留现金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    r = got.risks
    types = dict(zip(r["risk_point"], r["risk_type"], strict=True))
    assert types["药品验收以次充好"] == "业务流程风险"


def test_one_card_a_sheet_is_read_as_before(tmp_path):
    rows = [
        ["XX县医疗保障局岗位廉政风险提示卡"],
        [],
        ["所在股室", "基金监管股"],
        ["岗位名称", "股长"],
        ["责任人", "宓霁川"],
        ["廉政风险点", "飞行检查前通风报信"],
        ["风险等级", "高"],
        ["防控措施", "检查名单临时抽取，全程记录。"],
    ]
    got = run(tmp_path, rows, ["A1:B1"])
    assert read(got) == [("股长", "宓霁川", "飞行检查前通风报信", "Ⅰ级")]
    no_errors(got)


def test_a_form_of_items_beside_a_list_is_read_as_before(tmp_path):
    rows = [
        ["XX县水务局岗位廉政风险防控登记表"],
        ["项目", "内容", None, "序号", "风险点", "风险等级", "防控措施"],
        ["科室", "工程建设股", None, "1", "水利工程变更签证把关不严", "中", "变更签证三方会签。"],
        ["岗位", "股长", None, "2", "工程款拨付审核不严", "高", "拨付经局长办公会审定。"],
        ["姓名", "虞澜汐", None, "3", "质量验收降低标准", "中", "验收邀请第三方参加。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "虞澜汐", "水利工程变更签证把关不严", "Ⅱ级"),
        ("股长", "虞澜汐", "工程款拨付审核不严", "Ⅰ级"),
        ("股长", "虞澜汐", "质量验收降低标准", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
