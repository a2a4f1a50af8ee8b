"""A list with its own 风险点 column but no level column and no measures column: a heading naming
both ('风险等级及防控措施', '风险级别与防控措施') merged over the level columns, or '风险等级' over
them with a note saying the measures go in the level's column; each row writes its measures under
the one level its point has, the others blank. The filled cell gives the level and is the
measures (info ``MEASURES_UNDER_LEVEL_COLUMNS``, no ``MEASURES_BLANK``); two filled: no level (a
warning, as two ticks), both texts the measures.

Not the published batch's list (a 边境贸易服务中心's 排查表 with 一级 | 二级 | 三级 and 科室 |
岗位 | 姓名): a 市档案馆, a 县林业和草原局's 森林防火站 and a 乡卫生院, other posts and names,
高 | 中 | 低, 一级风险 | 二级风险 | 三级风险 and Ⅰ级 | Ⅱ级 | Ⅲ级 under the band, post and name in
one cell, a 备注 column beside, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Ticks under such a band, a 风险等级 band with a 防控措施 column of
its own, and points written in the level columns stay as they were read before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def measures(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["measures"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


ARCHIVE = [
    ["市档案馆岗位廉政风险排查表"],
    ["序号", "岗位", "姓名", "风险点", "风险等级及防控措施", None, None],
    [None, None, None, None, "高", "中", "低"],
    [1, "馆长", "澹台砚秋", "档案征集经费审批一人决定", "征集经费实行馆务会集体审批，季度公开。", None, None],
    [2, "馆长", "澹台砚秋", "接受寄存单位礼金", None, None, "签订廉洁承诺，节日前专题提醒。"],
    [3, "利用科科长", "闻人晏清", "违规向他人提供未开放档案", None, "查阅利用实行审批登记，调阅全程留痕。", None],
    [4, "保管员", "公冶禾", "档案数字化外包验收走过场", "外包验收由纪检干部和业务骨干共同签字。", None, None],
]  # fmt: skip


def test_measures_under_high_medium_low_in_a_band_naming_them(tmp_path):
    got = run(tmp_path, ARCHIVE, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"])
    assert read(got) == sorted([
        ("馆长", "澹台砚秋", "档案征集经费审批一人决定", "Ⅰ级"),
        ("馆长", "澹台砚秋", "接受寄存单位礼金", "Ⅲ级"),
        ("利用科科长", "闻人晏清", "违规向他人提供未开放档案", "Ⅱ级"),
        ("保管员", "公冶禾", "档案数字化外包验收走过场", "Ⅰ级"),
    ])  # fmt: skip
    said = measures(got)
    assert said["接受寄存单位礼金"] == "签订廉洁承诺，节日前专题提醒。"
    assert said["违规向他人提供未开放档案"] == "查阅利用实行审批登记，调阅全程留痕。"
    assert "MEASURES_UNDER_LEVEL_COLUMNS" in codes(got)
    assert "MEASURES_BLANK" not in codes(got)
    no_errors(got)


FIRE = [
    ["县林业和草原局森林防火站廉政风险点登记表"],
    ["所在股室", "岗位及姓名", "廉政风险点", "风险等级", None, None, "备注"],
    [None, None, None, "一级风险", "二级风险", "三级风险", None],
    ["防火站", "站长　呼延穗", "防火物资采购指定供应商", "物资采购经站务会研究，三家以上比价。", None, None, None],
    ["防火站", "站长　呼延穗", "扑火队员补助发放虚报人数", None, "补助名单经股室核对，张榜公示。", None, "新增"],
    ["防火站", "巡护员　尉迟芃", "巡护记录弄虚作假", None, None, "巡护轨迹每日上传，站长抽查。"],
    ["注：各风险点的防控措施填写在所属风险等级一栏内，其余栏留空。"],
]  # fmt: skip


def test_measures_under_a_level_band_a_note_says_so(tmp_path):
    got = run(tmp_path, FIRE, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A7:G7"])
    assert read(got) == sorted([
        ("站长", "呼延穗", "防火物资采购指定供应商", "Ⅰ级"),
        ("站长", "呼延穗", "扑火队员补助发放虚报人数", "Ⅱ级"),
        ("巡护员", "尉迟芃", "巡护记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert measures(got)["巡护记录弄虚作假"] == "巡护轨迹每日上传，站长抽查。"
    assert "MEASURES_UNDER_LEVEL_COLUMNS" in codes(got)
    assert "MEASURES_BLANK" not in codes(got)
    no_errors(got)


CLINIC = [
    ["乡卫生院岗位廉政风险防控表"],
    ["科室", "职务", "姓名", "风险点", "风险级别与防控措施", None, None],
    [None, None, None, None, "Ⅰ级", "Ⅱ级", "Ⅲ级"],
    ["院办", "院长", "司马澈", "药品耗材遴选暗箱操作", "遴选由药事委员会集体决定，结果公示。", None, None],
    ["药房", "药剂员", "东方黎", "药品出入库账实不符", "每月盘点，院办派人监盘。", "出入库双人复核签字。", None],
]  # fmt: skip


def test_two_levels_written_no_level_both_measures(tmp_path):
    got = run(tmp_path, CLINIC, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"])
    assert read(got) == sorted([
        ("院长", "司马澈", "药品耗材遴选暗箱操作", "Ⅰ级"),
        ("药剂员", "东方黎", "药品出入库账实不符", ""),
    ])  # fmt: skip
    assert measures(got)["药品出入库账实不符"] == "每月盘点，院办派人监盘。\n出入库双人复核签字。"
    assert {"MEASURES_UNDER_LEVEL_COLUMNS", "LEVEL_SCALE_MARKS_UNCLEAR"} <= codes(got)
    assert "MEASURES_BLANK" not in codes(got)
    issues = got.issues
    errors = issues[issues["severity"] == "error"]
    # (the level not read is told, as after two ticks: on that row only)
    assert list(zip(errors["code"], errors["cell"].str[1:], strict=True)) == [("LEVEL_BLANK", "5")]


def test_ticks_under_a_band_naming_measures_stay_ticks(tmp_path):
    rows = [list(r) for r in ARCHIVE]
    rows[3][4:] = ["√", None, None]
    rows[4][4:] = [None, None, "√"]
    rows[5][4:] = [None, "√", None]
    rows[6][4:] = ["√", None, None]
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"])
    assert read(got) == sorted([
        ("馆长", "澹台砚秋", "档案征集经费审批一人决定", "Ⅰ级"),
        ("馆长", "澹台砚秋", "接受寄存单位礼金", "Ⅲ级"),
        ("利用科科长", "闻人晏清", "违规向他人提供未开放档案", "Ⅱ级"),
        ("保管员", "公冶禾", "档案数字化外包验收走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert "MEASURES_UNDER_LEVEL_COLUMNS" not in codes(got)
    assert set(got.risks["measures"]) == {""}
    no_errors(got)


def test_a_level_band_beside_a_measures_column_stays_as_read(tmp_path):
    rows = [
        ["市档案馆岗位廉政风险排查表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, None, None, "高", "中", "低", None],
        [1, "馆长", "澹台砚秋", "档案征集经费审批一人决定", "√", None, None, "征集经费集体审批。"],
        [2, "保管员", "公冶禾", "档案数字化外包验收走过场", None, "√", None, "验收双人签字。"],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("馆长", "澹台砚秋", "档案征集经费审批一人决定", "Ⅰ级"),
        ("保管员", "公冶禾", "档案数字化外包验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert measures(got)["档案数字化外包验收走过场"] == "验收双人签字。"
    assert "MEASURES_UNDER_LEVEL_COLUMNS" not in codes(got)
    no_errors(got)


def test_points_in_the_level_columns_stay_points(tmp_path):
    rows = [
        ["乡卫生院岗位廉政风险点一览表"],
        ["科室", "岗位", "姓名", "廉政风险点", None, None, "防控措施"],
        [None, None, None, "一级风险点", "二级风险点", "三级风险点", None],
        ["院办", "院长", "司马澈", "药品耗材遴选暗箱操作", None, None, "遴选由药事委员会集体决定。"],
        ["药房", "药剂员", "东方黎", None, "药品出入库账实不符", None, "每月盘点，院办监盘。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("院长", "司马澈", "药品耗材遴选暗箱操作", "Ⅰ级"),
        ("药剂员", "东方黎", "药品出入库账实不符", "Ⅱ级"),
    ])  # fmt: skip
    assert "MEASURES_UNDER_LEVEL_COLUMNS" not in codes(got)
    no_errors(got)
