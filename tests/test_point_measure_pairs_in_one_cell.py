"""One cell of the point's column holding two or more unnumbered pairs, '风险点：…⏎防控措施：…⏎
风险点：…⏎防控措施：…' and nothing else: a point each '风险点：' (or '风险描述：'), with its own
measures, the row's holder and level for each; no point is left inside another's measures.

No published batch: a helper met it (a 区民政局's table). The layouts here are another unit's (a
县卫生健康委员会 and a 市水务局), other posts, names and level words, one or two heading rows, post
and name in one cell or two, ticks or words for the level; the negative cases (one pair, numbered
pairs, duty lines with labelled points, a pair with no measures) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def measures(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["measures"], strict=True))


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


TITLE = ["XX县卫生健康委员会岗位廉政风险防控一览表"]


def test_two_pairs_in_one_cell_under_one_heading_row(tmp_path):
    rows = [TITLE,
            ["序号", "岗位", "姓名", "廉政风险点及防控措施", "风险等级"],
            ["1", "医政股股长", "欧阳澈",
             "风险点：医疗机构校验放宽标准\n防控措施：校验结果集体审定\n"
             "风险点：接受被检机构宴请\n防控措施：检查实行双人制、签订廉洁承诺", "高"],
            ["2", "财务股会计", "司马蘅", "风险点：报销单据审核不严\n防控措施：实行会计主管复核", "低"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("医政股股长", "欧阳澈", "医疗机构校验放宽标准", "Ⅰ级"),
        ("医政股股长", "欧阳澈", "接受被检机构宴请", "Ⅰ级"),
        ("财务股会计", "司马蘅", "报销单据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    said = measures(got)
    assert said["医疗机构校验放宽标准"] == "校验结果集体审定"
    assert said["接受被检机构宴请"] == "检查实行双人制、签订廉洁承诺"
    assert not errors(got)


def test_three_pairs_under_two_heading_rows_with_ticked_levels(tmp_path):
    rows = [TITLE,
            ["序号", "岗位信息", None, "风险点", "风险等级", None, None],
            [None, "岗位", "姓名", None, "高", "中", "低"],
            ["1", "疾控科科长", "上官珩",
             "风险点：疫苗出入库不登记\n防控措施：疫苗出入库台账日清月结\n"
             "风险点：采购中指定品牌\n防控措施：1.采购需求集体论证；\n2.全程留痕备查。\n"
             "风险点：培训费虚列\n防控措施：培训费据实报销", None, "√", None],
            ["2", "办公室主任", "东方霁", "公车私用", None, None, "√"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:C2", "D2:D3", "E2:G2"])
    assert read(got) == sorted([
        ("疾控科科长", "上官珩", "疫苗出入库不登记", "Ⅱ级"),
        ("疾控科科长", "上官珩", "采购中指定品牌", "Ⅱ级"),
        ("疾控科科长", "上官珩", "培训费虚列", "Ⅱ级"),
        ("办公室主任", "东方霁", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    said = measures(got)
    assert said["采购中指定品牌"] == "1.采购需求集体论证；\n2.全程留痕备查。"
    assert said["培训费虚列"] == "培训费据实报销"
    assert not errors(got)


def test_description_labels_and_post_with_name_in_one_cell(tmp_path):
    rows = [["XX市水务局岗位廉政风险点登记表"],
            ["岗位及姓名", "风险描述及防范措施", "风险等级", "备注"],
            ["建设管理科科长　慕容璟",
             "风险描述：工程变更签证把关不严\n防范措施：变更签证会审\n"
             "风险描述：隐蔽工程验收走过场\n防范措施：验收全程影像留存", "较高", None],
            ["水政监察大队队员　诸葛昀", "风险描述：执法选择性处罚\n防范措施：裁量基准公开", "一般", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("建设管理科科长", "慕容璟", "工程变更签证把关不严", "Ⅱ级"),
        ("建设管理科科长", "慕容璟", "隐蔽工程验收走过场", "Ⅱ级"),
        ("水政监察大队队员", "诸葛昀", "执法选择性处罚", "Ⅲ级"),
    ])  # fmt: skip
    said = measures(got)
    assert said["隐蔽工程验收走过场"] == "验收全程影像留存"
    assert not errors(got)


def test_one_pair_reads_as_before(tmp_path):
    rows = [TITLE,
            ["序号", "岗位", "姓名", "廉政风险点及防控措施", "风险等级"],
            ["1", "药政股股长", "皇甫湛", "风险点：药品抽检样本调换\n防控措施：抽检样本双人封存", "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == [("药政股股长", "皇甫湛", "药品抽检样本调换", "Ⅱ级")]
    assert measures(got)["药品抽检样本调换"] == "抽检样本双人封存"
    assert not errors(got)


def test_numbered_pairs_and_duty_lines_read_as_before(tmp_path):
    rows = [TITLE,
            ["序号", "岗位", "姓名", "岗位职责及廉政风险点", "风险等级"],
            ["1", "妇幼股股长", "公孙蔚",
             "风险点1：出生医学证明违规签发\n防控措施1：签发双人核对\n"
             "风险点2：母婴保健技术许可放宽\n防控措施2：许可集体研究", "中"],
            ["2", "监督所所长", "夏侯泓",
             "1.负责卫生监督执法。\n风险点：降低处罚标准（高）\n2.负责投诉受理。\n"
             "风险点：投诉压案不办（中）", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("妇幼股股长", "公孙蔚", "出生医学证明违规签发", "Ⅱ级"),
        ("妇幼股股长", "公孙蔚", "母婴保健技术许可放宽", "Ⅱ级"),
        ("监督所所长", "夏侯泓", "降低处罚标准", "Ⅰ级"),
        ("监督所所长", "夏侯泓", "投诉压案不办", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_pair_with_no_measures_is_no_such_cell(tmp_path):
    # the second point has no measures of its own: not every pair is whole, read as before
    rows = [TITLE,
            ["序号", "岗位", "姓名", "风险点", "防控措施", "风险等级"],
            ["1", "规划科科长", "令狐岚", "风险点：项目申报材料造假\n防控措施：实地核查\n风险点：资金拨付滞后",
             "资金按进度拨付", "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert len(got.risks) == 1
    assert "资金拨付滞后" in got.risks["risk_point"].iloc[0]
