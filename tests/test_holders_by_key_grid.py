"""A list with no post or holder column, one row a point keyed only by a column's value (the
day, the batch, the quarter: '查房时段 | 上旬' merged down), whose holders stand only in a small
GRID beside it: the keys across one row over (or under) each key's holder ('院长　某某'), or the
keys down one column with each holder in the next. Each row is its key's holder's point, a
holder with two keys one form; the grid's rows are no points; one info; a row whose key the
grid lacks stays as read, with a warning.

Not the published batch's file (a 信访局's 局领导接访日 list keyed by 星期一…星期五 over a
'接访领导' row, levels 高/中/低): a county hospital's 查房时段 (上旬/中旬/下旬 of each month), a 市场监管局's
督查批次 with the holders' row over the keys' and ★ levels, an 执法大队's 巡查季度 grid down two
columns with an extra column and a key the grid lacks; other posts, names and level words,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


def test_the_code_is_catalogued():
    assert "HOLDERS_BY_KEY_GRID" in CATALOGUE and "HOLDERS_BY_KEY_GRID" in SHORT


HOSPITAL = [
    ["XX县人民医院院领导行政查房廉政风险防控表"],
    ["序号", "查房时段", "查房重点", "廉政风险点", "风险等级", "防控措施"],
    [1, "上旬", "药品采购", "查房中暗示科室采购指定品牌药品", "高", "采购由药事委员会集体决定"],
    [2, None, "药品采购", "接受药品供应商安排的宴请", "中", "签订廉洁承诺书"],
    [3, "中旬", "设备验收", "对大型设备验收走过场", "高", "验收由三人以上共同签字"],
    [4, None, "设备验收", "为亲属承揽维修业务打招呼", "中", "维修业务公开比选"],
    [5, "下旬", "后勤保障", "食堂承包考核中放宽标准", "低", "考核结果院务公开"],
    [6, None, "后勤保障", "默许超标准公务接待报销", "中", "接待费用按月公示"],
    [None],
    ["院领导查房安排"],
    ["查房时段", "上旬", "中旬", "下旬"],
    ["查房领导", "院长　蒯霁岚", "副院长　籍沐宸", "院长　蒯霁岚"],
    ["制表：院办", None, "审核：", None, "2025年8月"],
]


def test_keys_across_over_holders_one_holder_two_days(tmp_path):
    got = run(tmp_path, HOSPITAL, ["A1:F1", "B3:B4", "B5:B6", "B7:B8", "A10:F10"])
    assert read(got) == sorted([
        ("院长", "蒯霁岚", "查房中暗示科室采购指定品牌药品", "Ⅰ级"),
        ("院长", "蒯霁岚", "接受药品供应商安排的宴请", "Ⅱ级"),
        ("副院长", "籍沐宸", "对大型设备验收走过场", "Ⅰ级"),
        ("副院长", "籍沐宸", "为亲属承揽维修业务打招呼", "Ⅱ级"),
        ("院长", "蒯霁岚", "食堂承包考核中放宽标准", "Ⅲ级"),
        ("院长", "蒯霁岚", "默许超标准公务接待报销", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2  # (the 院长's two days: one form)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_KEY_GRID"]
    assert len(said) == 1 and "中旬=副院长 籍沐宸" in said["value"].iloc[0]
    assert not errors(got)
    assert not {"LEVEL_UNKNOWN", "ROW_UNPLACED", "HOLDER_COLUMN_KEY_UNMATCHED"} & codes(got)


def test_holders_row_over_keys_row_star_levels_not_merged(tmp_path):
    rows = [
        ["XX市市场监督管理局专项督查廉政风险点一览表"],
        ["序号", "督查批次", "廉政风险点", "风险等级", "防控措施"],
        [1, "第一批", "督查中对问题企业降格处理", "★★★", "督查结果集体审议"],
        [2, "第一批", "泄露督查时间和对象", "★★", "督查对象随机抽取"],
        [3, "第二批", "接受被督查单位土特产", "★", "廉洁纪律提醒"],
        [4, "第三批", "整改验收不到现场", "★★", "验收留存影像资料"],
        [5, "第三批", "替企业隐瞒整改不到位情况", "★★★", "整改情况网上公示"],
        [None],
        ["带队领导", "副局长　濮阳澍", "四级调研员　郗澜沣", "副局长　濮阳澍"],
        ["督查批次", "第一批", "第二批", "第三批"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"], sheet="督查")
    assert read(got) == sorted([
        ("副局长", "濮阳澍", "督查中对问题企业降格处理", "Ⅰ级"),
        ("副局长", "濮阳澍", "泄露督查时间和对象", "Ⅱ级"),
        ("四级调研员", "郗澜沣", "接受被督查单位土特产", "Ⅲ级"),
        ("副局长", "濮阳澍", "整改验收不到现场", "Ⅱ级"),
        ("副局长", "濮阳澍", "替企业隐瞒整改不到位情况", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_KEY_GRID" in codes(got)
    assert not errors(got)
    assert not {"LEVEL_UNKNOWN", "ROW_UNPLACED"} & codes(got)


def test_keys_down_a_column_holders_beside_extra_column_and_an_unkeyed_row(tmp_path):
    rows = [
        ["XX县城市管理综合执法大队巡查执法廉政风险防控表"],
        ["序号", "巡查季度", "执法事项", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, "第一季度", "占道经营", "对熟人摊点选择性执法", "Ⅰ级", "执法全程记录仪", "每日"],
        [2, None, "占道经营", "暂扣物品不登记不返还", "Ⅱ级", "暂扣物品清单签字", None],
        [3, "第二季度", "违法建设", "收受好处后拖延拆除", "Ⅰ级", "拆违决定集体研究", "每周"],
        [4, "第三季度", "户外广告", "广告审批中吃拿卡要", "Ⅲ级", "审批结果公示", None],
        [5, "第四季度", "渣土运输", "对违规车辆罚款不开票", "Ⅱ级", "罚没款统一缴库", None],
        [None],
        ["季度", "带班负责人"],
        ["第一季度", "大队长　冼霈珩"],
        ["第二季度", "副大队长　郦澈溪"],
        ["第三季度", "副大队长　晏泊川"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4"], sheet="巡查")
    assert read(got) == sorted([
        ("大队长", "冼霈珩", "对熟人摊点选择性执法", "Ⅰ级"),
        ("大队长", "冼霈珩", "暂扣物品不登记不返还", "Ⅱ级"),
        ("副大队长", "郦澈溪", "收受好处后拖延拆除", "Ⅰ级"),
        ("副大队长", "晏泊川", "广告审批中吃拿卡要", "Ⅲ级"),
        ("", "", "对违规车辆罚款不开票", "Ⅱ级"),  # ('第四季度': the grid names none, as read)
    ])  # fmt: skip
    assert "HOLDERS_BY_KEY_GRID" in codes(got)
    said = got.issues[got.issues["code"] == "HOLDER_COLUMN_KEY_UNMATCHED"]
    assert list(said["cell"]) == ["B7"] and list(said["severity"]) == ["warning"]
    assert not errors(got)


def test_a_grid_of_posts_without_names_reads_as_today(tmp_path):
    rows = [*HOSPITAL[:11], ["查房领导", "院长", "副院长", "院长"], HOSPITAL[12]]
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "B5:B6", "B7:B8", "A10:F10"])
    assert "HOLDERS_BY_KEY_GRID" not in codes(got)
    assert not any(got.risks["person"])


def test_a_grid_of_phones_under_a_department_list_reads_as_today(tmp_path):
    rows = [
        ["XX县林业局廉政风险点一览表"],
        ["序号", "责任股室", "廉政风险点", "风险等级", "防控措施"],
        [1, "办公室", "公务用车私用", "中", "车辆使用登记"],
        [2, "资源股", "林木采伐审批把关不严", "高", "采伐审批集体研究"],
        [3, "资源股", "林地占用审核走过场", "高", "现场核查两人以上"],
        [4, "财务股", "违规报销差旅费", "中", "报销单据三级审核"],
        [None],
        ["股室", "办公室", "资源股", "财务股"],
        ["电话", "0427-5812301", "0427-5812302", "0427-5812303"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"], sheet="一览表")
    assert "HOLDERS_BY_KEY_GRID" not in codes(got)
    assert not any(got.risks["person"])
    assert {"公务用车私用", "林木采伐审批把关不严", "违规报销差旅费"} <= set(
        got.risks["risk_point"]
    )


def test_a_list_with_its_own_holders_column_ignores_a_grid_under_it(tmp_path):
    rows = [
        ["XX县人民医院院领导行政查房廉政风险防控表"],
        ["序号", "查房时段", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "上旬", "副院长　甄澍岚", "查房中暗示科室采购指定品牌药品", "高", "采购由药事委员会集体决定"],
        [2, "中旬", "副院长　甄澍岚", "对大型设备验收走过场", "高", "验收由三人以上共同签字"],
        [3, "下旬", "工会主席　滕霁", "食堂承包考核中放宽标准", "低", "考核结果院务公开"],
        [None],
        ["查房时段", "上旬", "中旬", "下旬"],
        ["查房领导", "院长　蒯霁岚", "副院长　籍沐宸", "院长　蒯霁岚"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert "HOLDERS_BY_KEY_GRID" not in codes(got)
    assert set(got.risks["person"]) >= {"甄澍岚"} and "蒯霁岚" not in set(got.risks["person"])


def test_a_duty_rota_of_several_rows_under_the_keys_is_no_key_grid(tmp_path):
    """'查房时段 | 上旬 | 中旬 | 下旬' over TWO rows of leaders (each month's): a rota, no one row
    keying each 时段 to its holder — read as before (no HOLDERS_BY_KEY_GRID, no holders given)."""
    rows = [list(r) for r in HOSPITAL[:-1]]
    rows[-1] = ["一月", "院长　蒯霁岚", "副院长　籍沐宸", "院长　蒯霁岚"]
    rows[-2] = ["查房时段", "上旬", "中旬", "下旬"]
    rows.append(["二月", "副院长　籍沐宸", "院长　蒯霁岚", "副院长　籍沐宸"])
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "B5:B6", "B7:B8", "A10:F10"])
    assert "HOLDERS_BY_KEY_GRID" not in codes(got)
    points = {p for _t, _who, p, _lv in read(got)}
    assert "查房中暗示科室采购指定品牌药品" in points
    assert all(who == "" for _t, who, p, _lv in read(got) if p == "查房中暗示科室采购指定品牌药品")
