"""A “一岗双责” list whose work-safety risks are mixed in as ROWS of the one list, told apart only
by a per-row category cell ('风险类别 | 廉政风险' / '安全履职风险'): only the integrity rows are
points; the safety rows are said once for the table (info ``ROWS_NOT_INTEGRITY``, counted as
reported), and the category column is no 风险类型 (no TYPE_UNKNOWN on its cells).

Not the published batch's list (a county's 安全生产执法大队 with 大队长 … 执法队员, ``廉政风险`` /
``安全履职风险`` and 高/中/低): a 公路养护中心, a 燃气管理所 and a 自来水公司, other posts, names,
class words (``廉洁风险``, ``安全生产风险``, ``消防安全风险``, ``作业安全风险``), levels
(一级/二级/三级, ★★★/★★/★, Ⅰ级/Ⅱ级/Ⅲ级), one or two heading rows, the category merged down its
runs, post and name in one cell, an own 风险类型 column beside the category; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "错误"]["code"])


def said(got, code: str):
    return got.issues[got.issues["code"] == code]


def test_code_is_catalogued():
    assert CATALOGUE["ROWS_NOT_INTEGRITY"][0] == "info"
    assert "ROWS_NOT_INTEGRITY" in SHORT


def test_one_heading_row_post_and_name_merged_per_person(tmp_path):
    rows = [["XX县公路养护中心岗位风险排查表"],
            ["序号", "岗位", "姓名", "风险分类", "风险描述", "等级", "防控措施"],
            [1, "主任", "闵澜舟", "安全生产风险", "汛期未组织水毁路段巡查", "一级", "汛期每日巡查。"],
            [2, None, None, "廉洁风险", "养护工程发包中指定施工队伍", "一级", "工程发包集体研究。"],
            [3, None, None, "廉洁风险", "虚报养护工程量套取资金", "二级", "工程量现场复核。"],
            [4, "养护站站长", "柴沐霖", "廉洁风险", "材料验收以次充好", "二级", "验收两人签字。"],
            [5, None, None, "安全生产风险", "夜间作业未设置警示标志", "二级", "作业区按规范布设标志。"],
            [6, None, None, "廉洁风险", "临时用工虚报人数", "三级", "用工实名登记。"],
            ["注：本表按“一岗双责”将廉洁风险和安全生产风险一并排查。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "B6:B8", "C6:C8", "A9:G9"])
    assert read(got) == sorted([
        ("主任", "闵澜舟", "养护工程发包中指定施工队伍", "Ⅰ级"),
        ("主任", "闵澜舟", "虚报养护工程量套取资金", "Ⅱ级"),
        ("养护站站长", "柴沐霖", "材料验收以次充好", "Ⅱ级"),
        ("养护站站长", "柴沐霖", "临时用工虚报人数", "Ⅲ级"),
    ])  # fmt: skip
    info = said(got, "ROWS_NOT_INTEGRITY")
    assert list(info["cell"]) == ["D2"]
    assert "风险分类" in info["message"].iloc[0] and "2 行" in info["message"].iloc[0]
    assert not errors(got)
    assert "TYPE_UNKNOWN" not in codes(got)


def test_two_heading_rows_category_merged_down_post_and_name_in_one_cell(tmp_path):
    rows = [["XX市燃气管理所岗位风险防控一览表"],
            ["责任岗位", "风险情况", None, None, "防控措施"],
            [None, "风险类别", "风险内容", "风险等级", None],
            ["所长（祁望舒）", "廉政风险", "燃气经营许可审查放宽条件", "★★★", "许可审查集体会审。"],
            [None, None, "瓶装气执法中吃拿卡要", "★★", "执法全程记录。"],
            [None, "消防安全风险", "检查液化气站未佩戴防爆器材", "★★", "检查配齐防爆器材。"],
            ["稽查员（芮知遥）", "消防安全风险", "进入地下管廊未通风检测", "★★★", "先通风检测后进入。"],
            [None, "廉政风险", "对违规充装点通风报信", "★★★", "检查计划保密。"],
            [None, None, "收受充装站购物卡", "★", "签订廉洁承诺书。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:D2", "E2:E3", "A4:A6", "B4:B5", "A7:A9",
                               "B8:B9"])  # fmt: skip
    assert read(got) == sorted([
        ("所长", "祁望舒", "燃气经营许可审查放宽条件", "Ⅰ级"),
        ("所长", "祁望舒", "瓶装气执法中吃拿卡要", "Ⅱ级"),
        ("稽查员", "芮知遥", "对违规充装点通风报信", "Ⅰ级"),
        ("稽查员", "芮知遥", "收受充装站购物卡", "Ⅲ级"),
    ])  # fmt: skip
    info = said(got, "ROWS_NOT_INTEGRITY")
    assert len(info) == 1 and "2 行" in info["message"].iloc[0]
    assert not errors(got)


def test_own_type_column_beside_the_category_keeps_the_types(tmp_path):
    rows = [["XX县自来水公司岗位风险清单"],
            ["部门", "岗位", "姓名", "风险类型", "风险类别", "风险点", "风险级别", "防控措施"],
            ["供水科", "科长", "鄂清川", "岗位职责", "廉政风险", "用户报装插队收取好处费", "Ⅰ级", "报装网上排队。"],
            ["供水科", "科长", "鄂清川", None, "作业安全风险", "带班抢修未设置围挡", "Ⅱ级", "抢修先设围挡。"],
            ["供水科", "抄表员", "冉星阑", "业务流程", "廉政风险", "抄表估抄人情水", "Ⅱ级", "抄表拍照上传。"],
            ["供水科", "抄表员", "冉星阑", None, "作业安全风险", "雨天进入水表井滑倒", "Ⅲ级", "配发防滑鞋。"],
            ["供水科", "抄表员", "冉星阑", "外部环境", "廉政风险", "接受用户宴请少计水量", "Ⅲ级", "水量异常复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("科长", "鄂清川", "用户报装插队收取好处费", "Ⅰ级"),
        ("抄表员", "冉星阑", "抄表估抄人情水", "Ⅱ级"),
        ("抄表员", "冉星阑", "接受用户宴请少计水量", "Ⅲ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == ["业务流程风险", "外部环境风险", "岗位职责风险"]
    assert len(said(got, "ROWS_NOT_INTEGRITY")) == 1
    assert not errors(got)


def test_a_type_column_of_integrity_types_with_safety_management_reads_as_before(tmp_path):
    # '安全管理' is a type of a duty whose point is an integrity risk ('安全生产监管中收受好处')
    rows = [["XX区应急管理局廉政风险点一览表"],
            ["序号", "岗位", "姓名", "风险类型", "风险点", "风险等级", "防控措施"],
            [1, "局长", "仉若溪", "岗位职责", "重大事项不经集体研究", "高", "集体决策。"],
            [2, "监管股股长", "晏书禾", "安全管理", "安全生产监管中收受好处", "高", "执法全程记录。"],
            [3, "监管股股长", "晏书禾", "制度机制", "行政处罚自由裁量不规范", "中", "裁量基准公开。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "仉若溪", "重大事项不经集体研究", "Ⅰ级"),
        ("监管股股长", "晏书禾", "安全生产监管中收受好处", "Ⅰ级"),
        ("监管股股长", "晏书禾", "行政处罚自由裁量不规范", "Ⅱ级"),
    ])  # fmt: skip
    assert "ROWS_NOT_INTEGRITY" not in codes(got)


def test_a_list_all_safety_risks_reads_as_before(tmp_path):
    # no integrity row: not a mix; the category column read as before
    rows = [["XX镇安全生产岗位风险排查表"],
            ["序号", "岗位", "姓名", "风险类别", "风险点", "风险等级", "防控措施"],
            [1, "镇长", "郜言蹊", "安全生产风险", "汛期地质灾害点未巡查", "高", "汛期巡查。"],
            [2, "安监站长", "龚予安", "安全生产风险", "非煤矿山检查走过场", "中", "检查留痕。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert len(got.risks) == 2
    assert "ROWS_NOT_INTEGRITY" not in codes(got)


def test_a_safety_band_of_columns_keeps_its_own_rule(tmp_path):
    rows = [["XX县交通运输局“一岗双责”风险防控表"],
            ["岗位", "姓名", "廉政风险", None, "安全生产风险（双重预防）", None],
            [None, None, "风险点", "风险等级", "风险点", "风险等级"],
            ["局长", "韶景行", "工程招标暗箱操作", "高", "客运站安全检查流于形式", "中"],
            ["运管股长", "滕晚棠", "营运证办理吃拿卡要", "中", "危货车辆动态监控缺位", "高"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"])
    assert read(got) == sorted([
        ("局长", "韶景行", "工程招标暗箱操作", "Ⅰ级"),
        ("运管股长", "滕晚棠", "营运证办理吃拿卡要", "Ⅱ级"),
    ])  # fmt: skip
    assert "COLUMNS_NOT_INTEGRITY" in codes(got)
    assert "ROWS_NOT_INTEGRITY" not in codes(got)
