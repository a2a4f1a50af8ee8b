"""A level drawn as a bar of filled marks padded with empty ones ('■■■■□' = 4 of 5, as an Excel
REPT formula prints them; '●●○○', '★★★☆☆'), folded into three levels by a note counting the
filled mark ('■4—5个为一级风险，3个为二级…'): each row's level is the note's for its count.

Not the published batch's table (a 国有林总场's 评估表, '风险指数' of ■□ bars of five, 4–5 一级,
3 二级, 1–2 三级): a 疾病预防控制中心, a 农业综合服务站 and an 档案馆, other posts and names,
other headings ('风险程度', '风险等级', '风险星级'), other marks (●○ of four, ★☆ of five), other
folds and level words (一级…, 高/中/低, Ⅰ级…), written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file. Stars one grade a star with no note, and a 完成进度 column
of ■□ bars beside a real level column, read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "评估"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_square_bars_of_five_folded_by_a_note(tmp_path):
    rows = [
        ["某县疾病预防控制中心岗位廉政风险等级评估表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险程度", "防控措施"],
        [1, "主任", "阙霁棠", "疫苗采购不执行集中采购目录", "■■■■■", "采购纳入省级平台，班子集体研究。"],
        [2, "检验科科长", "蒯泓澜", "检测报告出具前不复核", "■■■□□", "报告三级审核，留存原始记录。"],
        [3, "疫苗管理员", "滕霈瑶", "疫苗出入库登记不实", "■■□□□", "出入库双人核对，月度盘点。"],
        [4, "疫苗管理员", "滕霈瑶", "冷链温度记录补记代记", "■■■■□", "温度自动监测，异常即时报告。"],
        ["说明：“■”代表风险分值，■5个为一级，■3—4个为二级，■1—2个为三级。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("主任", "阙霁棠", "疫苗采购不执行集中采购目录", "Ⅰ级"),
        ("检验科科长", "蒯泓澜", "检测报告出具前不复核", "Ⅱ级"),
        ("疫苗管理员", "滕霈瑶", "疫苗出入库登记不实", "Ⅲ级"),
        ("疫苗管理员", "滕霈瑶", "冷链温度记录补记代记", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_MARK_COUNT" in codes(got)


def test_dot_bars_of_four_under_two_heading_rows(tmp_path):
    rows = [
        ["某镇农业综合服务站廉政风险防控一览表"],
        ["岗位及责任人", "风险点", "风险评估", None, "防控措施"],
        [None, None, "风险等级", "风险类型", None],
        ["站长　宓沄翀", "农机购置补贴审核把关不严", "●●●●", "岗位职责", "补贴对象公示，抽查到户。"],
        ["站长　宓沄翀", "惠农项目分配优亲厚友", "●●●○", "制度机制", "项目安排站务会研究。"],
        ["农技员　綦珣岚", "测土配方服务收取好处", "●●○○", "思想道德", "服务登记，群众评议。"],
        ["农技员　綦珣岚", "良种推广数量虚报", "●○○○", "岗位职责", "推广面积实地核查。"],
        ["注：●3—4个为高风险，2个为中风险，1个为低风险；○不计。"],
    ]  # fmt: skip
    merges = ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A8:E8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("站长", "宓沄翀", "农机购置补贴审核把关不严", "Ⅰ级"),
        ("站长", "宓沄翀", "惠农项目分配优亲厚友", "Ⅰ级"),
        ("农技员", "綦珣岚", "测土配方服务收取好处", "Ⅱ级"),
        ("农技员", "綦珣岚", "良种推广数量虚报", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_MARK_COUNT" in codes(got)


def test_five_stars_folded_in_numerals_with_an_extra_column(tmp_path):
    rows = [
        ["某区档案馆岗位廉政风险点登记表"],
        ["科室", "岗位", "姓名", "风险点", "风险星级", "防控措施", "备注"],
        ["馆领导", "馆长", "巩翊澄", "档案数字化外包项目指定承接单位", "★★★★★", "项目公开招标，结果公示。", "重点"],
        ["馆领导", "馆长", "巩翊澄", "馆藏档案鉴定销毁不经集体研究", "★★★★☆", "鉴定小组集体讨论，报局审批。", ""],
        ["利用服务科", "科长", "逄嵘溪", "违规提供未开放档案查阅", "★★★☆☆", "查阅审批登记，双人在场。", ""],
        ["利用服务科", "科员", "冼湉昕", "档案复制收费不开票据", "★☆☆☆☆", "收费统一开票，每月对账。", "新增"],
        ["注：★四至五颗为一级风险，三颗为二级风险，一至二颗为三级风险。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A7:G7"])
    assert read(got) == sorted([
        ("馆长", "巩翊澄", "档案数字化外包项目指定承接单位", "Ⅰ级"),
        ("馆长", "巩翊澄", "馆藏档案鉴定销毁不经集体研究", "Ⅰ级"),
        ("科长", "逄嵘溪", "违规提供未开放档案查阅", "Ⅱ级"),
        ("科员", "冼湉昕", "档案复制收费不开票据", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_MARK_COUNT" in codes(got)


def test_stars_one_grade_a_star_with_no_note_read_as_before(tmp_path):
    rows = [
        ["某区档案馆岗位廉政风险点登记表"],
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["馆长", "巩翊澄", "档案数字化外包项目指定承接单位", "★★★", "项目公开招标，结果公示。"],
        ["科长", "逄嵘溪", "违规提供未开放档案查阅", "★★", "查阅审批登记，双人在场。"],
        ["科员", "冼湉昕", "档案复制收费不开票据", "★", "收费统一开票，每月对账。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("馆长", "巩翊澄", "档案数字化外包项目指定承接单位", "Ⅰ级"),
        ("科长", "逄嵘溪", "违规提供未开放档案查阅", "Ⅱ级"),
        ("科员", "冼湉昕", "档案复制收费不开票据", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_MARK_COUNT" not in codes(got)


def test_progress_bars_beside_a_level_column_are_no_level(tmp_path):
    rows = [
        ["某县疾病预防控制中心廉政风险防控措施落实情况表"],
        ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "完成进度"],
        ["主任", "阙霁棠", "疫苗采购不执行集中采购目录", "高", "采购纳入省级平台。", "■■■■■"],
        ["检验科科长", "蒯泓澜", "检测报告出具前不复核", "中", "报告三级审核。", "■■■□□"],
        ["疫苗管理员", "滕霈瑶", "疫苗出入库登记不实", "低", "出入库双人核对。", "■□□□□"],
        ["注：完成进度■每个代表完成20%，5个为已完成。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert read(got) == sorted([
        ("主任", "阙霁棠", "疫苗采购不执行集中采购目录", "Ⅰ级"),
        ("检验科科长", "蒯泓澜", "检测报告出具前不复核", "Ⅱ级"),
        ("疫苗管理员", "滕霈瑶", "疫苗出入库登记不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_MARK_COUNT" not in codes(got)


def test_bars_no_note_counts_are_not_folded(tmp_path):
    rows = [
        ["某镇农业综合服务站廉政风险防控一览表"],
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["站长", "宓沄翀", "农机购置补贴审核把关不严", "●●●○", "补贴对象公示，抽查到户。"],
        ["农技员", "綦珣岚", "良种推广数量虚报", "●○○○", "推广面积实地核查。"],
        ["注：●为已落实的防控措施项数。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert [x[3] for x in read(got)] == ["", ""]
    assert "LEVEL_BY_MARK_COUNT" not in codes(got)


def test_what_the_hundred_and_eleventh_review_found_an_empty_bar_and_spaced_bars(tmp_path):
    # one bar of no filled mark: that row's level unknown (LEVEL_UNKNOWN on it), the others read
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    note = ["说明：■5个为一级，■3—4个为二级，■1—2个为三级。"]
    rows = [["XX县疾病预防控制中心岗位廉政风险表"], head,
            [1, "主任", "阙霁棠", "疫苗采购不执行目录", "■■■■■", "集体研究。"],
            [2, "科长", "蒯泓澜", "报告不复核", "□□□□□", "三级审核。"],
            [3, "管理员", "滕霈瑶", "出入库登记不实", "■■□□□", "双人核对。"],
            note]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "阙霁棠", "疫苗采购不执行目录", "Ⅰ级"),
        ("科长", "蒯泓澜", "报告不复核", ""),
        ("管理员", "滕霈瑶", "出入库登记不实", "Ⅲ级"),
    ])  # fmt: skip
    unknown = got.issues[got.issues["code"] == "LEVEL_UNKNOWN"]
    assert list(unknown["cell"]) == ["E4"]
    assert "LEVEL_BY_MARK_COUNT" in codes(got)
    # bars spaced out ('■ ■ □ □ □'): read as the bars they are
    rows = [["XX县疾病预防控制中心岗位廉政风险表"], head,
            [1, "主任", "阙霁棠", "疫苗采购不执行目录", "■ ■ ■ ■ ■", "集体研究。"],
            [2, "科长", "蒯泓澜", "报告不复核", "■ ■ □ □ □", "三级审核。"],
            note]  # fmt: skip
    got = run(tmp_path / "2", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "阙霁棠", "疫苗采购不执行目录", "Ⅰ级"),
        ("科长", "蒯泓澜", "报告不复核", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_MARK_COUNT" in codes(got)
    no_errors(got)
