"""Two or more point bands of one holder side by side on a row (一岗双责): each band under its own
heading merged over its ``风险点 | 等级`` columns ('本人岗位风险', '分管领域风险', '联系乡镇风险'),
each band's level its own; every filled point cell is a point of the row's holder at its band's
level, a band left blank on a row no point of it.

Not the published batch's table (a 乡村振兴局's 班子成员 with 个人岗位风险 | 分管领域风险, 高/中/低 and
序号/姓名/职务/分管工作 merged down): a 县市场监督管理局 and a 县应急管理局, other posts, names and
level words (一级/二级/三级, ★★★/★★/★), three bands, post and name in one cell, and bands with their
own measures (read as points across before already: the rule must leave them so), written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. Two tables that look
a bit alike stay as before: ``风险点 | 风险描述 | 风险等级`` and a safety band beside the integrity
band.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "班子"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_the_code_is_catalogued():
    assert CATALOGUE["POINT_BANDS_SIDE_BY_SIDE"][0] == "info"
    assert SHORT["POINT_BANDS_SIDE_BY_SIDE"]


TWO_BANDS = [
    ["县市场监督管理局党组成员廉政风险防控表"],
    ["序号", "姓名", "职务", "本职岗位风险", None, "分管工作风险", None, "防控措施"],
    [None, None, None, "岗位廉政风险点", "等级", "分管工作廉政风险点", "等级", None],
    [
        1,
        "喻岑蔚",
        "局长",
        "行政处罚案件说情打招呼",
        "一级",
        "食品抽检结果泄露给企业",
        "二级",
        "案件审理委员会集体审议。",
    ],
    [None, None, None, None, None, "特种设备检验收费不规范", "三级", None],
    [2, "隗稚澜", "副局长", "许可审批吃拿卡要", "二级", None, None, "许可事项网上公开办理。"],
    [None, None, None, "接受企业宴请", "三级", "价格监督检查选择性执法", "一级", None],
]
TWO_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "H2:H3",
              "A4:A5", "B4:B5", "C4:C5", "H4:H5", "A6:A7", "B6:B7", "C6:C7", "H6:H7"]  # fmt: skip


def test_two_bands_each_at_its_own_level(tmp_path):
    got = run(tmp_path, TWO_BANDS, TWO_MERGES)
    assert read(got) == sorted([
        ("局长", "喻岑蔚", "行政处罚案件说情打招呼", "Ⅰ级"),
        ("局长", "喻岑蔚", "食品抽检结果泄露给企业", "Ⅱ级"),
        ("局长", "喻岑蔚", "特种设备检验收费不规范", "Ⅲ级"),
        ("副局长", "隗稚澜", "许可审批吃拿卡要", "Ⅱ级"),
        ("副局长", "隗稚澜", "接受企业宴请", "Ⅲ级"),
        ("副局长", "隗稚澜", "价格监督检查选择性执法", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINT_BANDS_SIDE_BY_SIDE" in codes(got)
    assert not {"POINT_BLANK", "GRADE_MISMATCH", "COLUMN_GUESSED"} & codes(got)


THREE_BANDS = [
    ["县应急管理局领导班子“一岗双责”风险点", None, None, None, None, None, None, None],
    ["职务及姓名", "本人岗位", None, "分管股室", None, "联系乡镇", None, "防控措施"],
    [None, "风险点", "风险等级", "风险点", "风险等级", "风险点", "风险等级", None],
    ["局长　阙沐霏", "安全生产许可审查放水", "★★★", "执法检查走过场", "★★", "乡镇应急物资采购插手", "★",
     "重大事项集体决策，全程留痕。"],
    ["副局长　訾昕棠", None, None, "救灾物资发放优亲厚友", "★★★", None, None, "物资发放张榜公示。"],
]  # fmt: skip
THREE_MERGES = ["A1:H1", "A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:H3"]


def test_three_bands_post_and_name_in_one_cell(tmp_path):
    got = run(tmp_path, THREE_BANDS, THREE_MERGES)
    assert read(got) == sorted([
        ("局长", "阙沐霏", "安全生产许可审查放水", "Ⅰ级"),
        ("局长", "阙沐霏", "执法检查走过场", "Ⅱ级"),
        ("局长", "阙沐霏", "乡镇应急物资采购插手", "Ⅲ级"),
        ("副局长", "訾昕棠", "救灾物资发放优亲厚友", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINT_BANDS_SIDE_BY_SIDE" in codes(got)


MEASURED = [
    ["县市场监督管理局股室负责人廉政风险点（一岗双责）"],
    ["股室", "岗位", "姓名", "本职岗位风险", None, None, "股室管理风险", None, None],
    [None, None, None, "岗位廉政风险点", "等级", "防控措施", "管理廉政风险点", "等级", "防控措施"],
    ["登记注册股", "股长", "晏绮珩", "虚假注册材料审核放行", "二级", "双人审核。", "股员违规代办执照", "三级",
     "每月抽查代办记录。"],
    ["网络交易监管股", "股长", "冉霁舟", None, None, None, "线上投诉处置拖延", "二级", "限时办结督办。"],
]  # fmt: skip
MEASURED_MERGES = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2"]


def test_bands_with_their_own_measures(tmp_path):
    got = run(tmp_path, MEASURED, MEASURED_MERGES, sheet="股室")
    assert read(got) == sorted([
        ("股长", "晏绮珩", "虚假注册材料审核放行", "Ⅱ级"),
        ("股长", "晏绮珩", "股员违规代办执照", "Ⅲ级"),
        ("股长", "冉霁舟", "线上投诉处置拖延", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["股员违规代办执照"] == "每月抽查代办记录。"
    assert measures["虚假注册材料审核放行"] == "双人审核。"
    no_errors(got)
    # (each band's own '防控措施' after its level: read as points across as before, the bands'
    # headings merged over three columns changing nothing)


DESCRIBED = [
    ["县市场监督管理局岗位廉政风险点"],
    ["姓名", "职务", "风险点", "风险描述", "风险等级"],
    ["仉岫宁", "稽查队长", "案件查办徇私", "对违法企业降低处罚档次，收受好处", "一级"],
    ["仉岫宁", "稽查队长", "罚没物品处置不当", "罚没物品未按规定拍卖，私自处理", "二级"],
]


def test_point_and_description_stay_one_point(tmp_path):
    got = run(tmp_path, DESCRIBED, ["A1:E1"])
    assert read(got) == sorted([
        ("稽查队长", "仉岫宁", "案件查办徇私", "Ⅰ级"),
        ("稽查队长", "仉岫宁", "罚没物品处置不当", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINT_BANDS_SIDE_BY_SIDE" not in codes(got)


SAFETY = [
    ["县应急管理局岗位风险防控表"],
    ["岗位", "姓名", "廉政风险", None, "安全生产风险", None],
    [None, None, "风险点", "等级", "风险点", "等级"],
    ["执法大队长", "阚棠溪", "执法检查收受企业礼品", "一级", "执法车辆超速行驶", "二级"],
    ["执法大队长", "阚棠溪", "处罚裁量畸轻畸重", "二级", "危化品检查未佩戴防护", "一级"],
]
SAFETY_MERGES = ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"]


def test_a_safety_band_beside_the_integrity_band_stays_aside(tmp_path):
    got = run(tmp_path, SAFETY, SAFETY_MERGES)
    assert read(got) == sorted([
        ("执法大队长", "阚棠溪", "执法检查收受企业礼品", "Ⅰ级"),
        ("执法大队长", "阚棠溪", "处罚裁量畸轻畸重", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "COLUMNS_NOT_INTEGRITY" in codes(got)
    assert "POINT_BANDS_SIDE_BY_SIDE" not in codes(got)
