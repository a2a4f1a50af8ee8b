"""A list with no 科室, 岗位 or 责任人 column whose point cells mostly close with two or more dashes
and the holder, unlabelled ('…林木采伐指标分配优亲厚友——资源股股长　郦翀沄', '—— 护林站站长 芮湉', '--
郦翀沄（股长）', '－－副局长'): the tail is the row's post and holder, the text before the dashes the
point (info HOLDER_AFTER_POINT_DASH); a '注：' line saying so is no point. Where the table has a
责任人 column of its own, the cells stay as written; dashes inside the wording ('审批——签字——存档')
whose tail names no post, or a dashed holder in one cell of many, are read as before.

Not the published batch's file (a 海关报关服务中心, 业务环节 merged down, levels 高/中/低, '——' and a
full-width space, no type column): a 县林业和草原局 with one or two heading rows, a type column,
levels 一级/二级/三级 or ticks under 一级 | 二级 | 三级, half-width and full-width dashes with spaces,
the name before its post in brackets and a post alone, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "forestry.xlsx", {"风险点": rows}, {"风险点": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = ["XX县林业和草原局廉政风险点一览表"]


def test_post_and_name_after_a_full_width_dash_a_type_column_and_a_note(tmp_path):
    rows = [
        TITLE,
        ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施"],
        [1, "林木采伐指标分配优亲厚友——局长　郦翀沄", "岗位职责", "一级", "指标分配集体研究并公示。"],
        [2, "征占用林地审核放宽条件——副局长　芮湉漪", "业务流程", "一级", "现场查验双人进行。"],
        [3, "生态护林员选聘暗箱操作——局长　郦翀沄", "制度机制", "二级", "选聘结果张榜公示。"],
        [4, "森林植被恢复费减免不按标准——股长　薄璟琇", "业务流程", "三级", "减免事项报局务会。"],
        ["注：风险点后“——”所列为该风险点的责任岗位及责任人。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("局长", "郦翀沄", "林木采伐指标分配优亲厚友", "Ⅰ级"),
        ("副局长", "芮湉漪", "征占用林地审核放宽条件", "Ⅰ级"),
        ("局长", "郦翀沄", "生态护林员选聘暗箱操作", "Ⅱ级"),
        ("股长", "薄璟琇", "森林植被恢复费减免不按标准", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_AFTER_POINT_DASH" in codes(got)
    no_errors(got)


def test_half_width_dashes_spaces_and_the_name_before_its_post(tmp_path):
    rows = [
        TITLE,
        ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施"],
        [1, "林权登记", "林权登记资料审核走过场-- 股长 薄璟琇", "二级", "登记资料双人复核。"],
        [2, None, "林权纠纷调处偏袒一方--芮湉漪（副局长）", "一级", "调处过程全程记录。"],
        [3, "木材检查", "木材运输检查放行不查 —— 检查员 滕沄璆", "一级", "检查记录留存备查。"],
        [4, None, "检查中收受好处 ——检查员　滕沄璆", "二级", "实行轮岗。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B4", "B5:B6"])
    assert read(got) == sorted([
        ("股长", "薄璟琇", "林权登记资料审核走过场", "Ⅱ级"),
        ("副局长", "芮湉漪", "林权纠纷调处偏袒一方", "Ⅰ级"),
        ("检查员", "滕沄璆", "木材运输检查放行不查", "Ⅰ级"),
        ("检查员", "滕沄璆", "检查中收受好处", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_post_alone_and_ticks_under_two_heading_rows(tmp_path):
    rows = [
        TITLE,
        ["序号", "廉政风险点", "风险等级", None, None, "防控措施"],
        [None, None, "一级", "二级", "三级", None],
        [1, "野生动物驯养许可违规发放－－副局长", "√", None, None, "许可条件公开。"],
        [2, "苗木采购验收不严－－股长", None, "√", None, "验收三人以上参加。"],
        [3, "办公用品采购虚报－－会计", None, None, "√", "采购清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "C2:E2", "A2:A3", "B2:B3", "F2:F3"])
    assert read(got) == sorted([
        ("副局长", "", "野生动物驯养许可违规发放", "Ⅰ级"),
        ("股长", "", "苗木采购验收不严", "Ⅱ级"),
        ("会计", "", "办公用品采购虚报", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_holder_column_beside_dashed_points_wins_and_the_cell_stays(tmp_path):
    rows = [
        TITLE,
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "局长", "郦翀沄", "林木采伐指标分配优亲厚友——局长　郦翀沄", "一级", "集体研究。"],
        [2, "股长", "薄璟琇", "林权登记资料审核走过场——股长　薄璟琇", "二级", "双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "郦翀沄", "林木采伐指标分配优亲厚友——局长　郦翀沄", "Ⅰ级"),
        ("股长", "薄璟琇", "林权登记资料审核走过场——股长　薄璟琇", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_AFTER_POINT_DASH" not in codes(got)
    no_errors(got)


def test_dashes_inside_the_wording_stay(tmp_path):
    rows = [
        ["XX县林业和草原局资源股廉政风险点一览表"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "采伐许可审批——签字——存档不规范", "二级", "流程留痕。"],
        [2, "林地征占用——先用后批", "一级", "严格审批。"],
        [3, "护林员补助发放不及时", "三级", "按月发放。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    points = sorted(got.risks["risk_point"])
    assert points == sorted(
        ["采伐许可审批——签字——存档不规范", "林地征占用——先用后批", "护林员补助发放不及时"]
    )
    assert "HOLDER_AFTER_POINT_DASH" not in codes(got)
    no_errors(got)


def test_one_dashed_holder_among_many_points_stays(tmp_path):
    rows = [
        TITLE,
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "林木采伐指标分配优亲厚友——局长　郦翀沄", "一级", "集体研究。"],
        [2, "征占用林地审核放宽条件", "一级", "现场查验。"],
        [3, "生态护林员选聘暗箱操作", "二级", "结果公示。"],
        [4, "森林植被恢复费减免不按标准", "三级", "报局务会。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert "林木采伐指标分配优亲厚友——局长　郦翀沄" in set(got.risks["risk_point"])
    assert set(got.risks["person"]) == {""}
    assert "HOLDER_AFTER_POINT_DASH" not in codes(got)
    no_errors(got)


def test_the_code_is_catalogued():
    assert "HOLDER_AFTER_POINT_DASH" in CATALOGUE and "HOLDER_AFTER_POINT_DASH" in SHORT
    assert ITEMS["HOLDER_AFTER_POINT_DASH"] == "责任人"
