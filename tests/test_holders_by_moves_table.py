"""A post-only list (科室 | 岗位 and no name) whose holders stand only in a person-keyed table of
staff moves under it ('姓名 | 原科室 | 原岗位 | 现科室 | 现岗位', after a round of 轮岗交流): each
list post one person's 现 place matches is his (the 原 place is history and names no one), a
post two people's 现 places match stays post-only with a warning, one info per list.

Not the published batch's file (a 县审计局's 防控清单 with 股室 | 岗位, 高/中/低 and a
'审计人员轮岗交流登记表' of 原股室/现股室): a 市场监督管理局, a 人民医院 and a 税务分局, other posts,
names and level words (一级/二级, ★★★, ticks under 高 | 中 | 低), headings '调整前/调整后',
'现任岗位' and a 现 place written in one cell, written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ERROR


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    bad = [c for c in got.issues["code"] if CATALOGUE[c][0] == ERROR]
    assert not bad, bad


def test_moves_table_under_a_list_of_sections_and_posts_names_each_post(tmp_path):
    # one heading row, 科室 merged down over its posts, the moves table headed 调整前/调整后
    rows = [["XX市市场监督管理局岗位廉政风险点排查表"],
            ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "登记注册科", "科长", "违规为不符合条件的企业办理登记", "一级", "集体审核，系统留痕"],
            [2, None, None, "泄露企业登记信息", "二级", "信息分级授权查询"],
            [3, None, "科员", "受理材料把关不严", "二级", "一次性告知，双人复核"],
            [4, "食品安全监管科", "科长", "检查中选择性执法", "一级", "双随机抽查，执法记录仪全程记录"],
            [5, None, "科员", "接受被检单位宴请", "二级", "签订廉洁承诺，不定期回访"],
            [None],
            ["2025年度干部轮岗交流情况表"],
            ["序号", "姓名", "调整前科室", "调整前岗位", "调整后科室", "调整后岗位", "调整时间"],
            [1, "甄澜清", "食品安全监管科", "科长", "登记注册科", "科长", "2025年2月"],
            [2, "邴若溪", "登记注册科", "科长", "食品安全监管科", "科长", "2025年2月"],
            [3, "濮阳岫", "食品安全监管科", "科员", "登记注册科", "科员", "2025年3月"],
            [4, "亓官砚", "登记注册科", "科员", "食品安全监管科", "科员", "2025年3月"]]  # fmt: skip
    merges = ["A1:F1", "B3:B5", "C3:C4", "B6:B7", "A9:G9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科长", "甄澜清", "违规为不符合条件的企业办理登记", "Ⅰ级"),
        ("科长", "甄澜清", "泄露企业登记信息", "Ⅱ级"),
        ("科员", "濮阳岫", "受理材料把关不严", "Ⅱ级"),
        ("科长", "邴若溪", "检查中选择性执法", "Ⅰ级"),
        ("科员", "亓官砚", "接受被检单位宴请", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["department"], r["person"], strict=True)) == {
        ("登记注册科", "甄澜清"), ("登记注册科", "濮阳岫"),
        ("食品安全监管科", "邴若溪"), ("食品安全监管科", "亓官砚"),
    }  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_MOVES_TABLE"]
    assert len(said) == 1 and list(said["cell"]) == ["A10"]
    assert "甄澜清" in said["value"].iloc[0]
    assert "POST_MOVES_TABLE" in codes(got)
    no_errors(got)


def test_two_heading_rows_stars_and_now_posts_written_whole(tmp_path):
    # two heading rows ('廉政风险' over '风险点 | 等级'), no 科室 column: posts only, the moves
    # table's '现任岗位' its only place now (no 科室 column there either), and an extra column
    rows = [["XX县人民医院重点岗位廉政风险防控一览表"],
            ["序号", "岗位", "廉政风险", None, "防控措施", "风险类型"],
            [None, None, "风险点", "等级", None, None],
            [1, "药剂科主任", "药品遴选收受回扣", "★★★", "药事委员会集体决定", "制度机制"],
            [2, "设备科主任", "设备采购指定品牌", "★★★", "公开招标，参数论证", "岗位职责"],
            [3, "设备科主任", "验收走过场", "★★", "使用科室共同验收", "岗位职责"],
            [4, "收费处组长", "退费审核不严", "★", "退费双签", "思想道德"],
            [None],
            ["岗位人员轮岗调整登记"],
            ["序号", "姓名", "原任岗位", "现任岗位", "备注"],
            [1, "缑思远", "设备科主任", "药剂科主任", "院内交流"],
            [2, "阮听澜", "药剂科主任", "设备科主任", "院内交流"],
            [3, "聂叶舟", "门诊收费员", "收费处组长", "竞聘上岗"]]  # fmt: skip
    merges = ["A1:F1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("药剂科主任", "缑思远", "药品遴选收受回扣", "Ⅰ级"),
        ("设备科主任", "阮听澜", "设备采购指定品牌", "Ⅰ级"),
        ("设备科主任", "阮听澜", "验收走过场", "Ⅱ级"),
        ("收费处组长", "聂叶舟", "退费审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MOVES_TABLE" in codes(got)
    no_errors(got)


def test_a_post_two_moved_into_stays_post_only_said(tmp_path):
    # two people moved into one post: whose its points are the table cannot say; the others
    # are read; the levels '高/中/低' beside a 风险类型 column
    rows = [["国家税务总局XX县税务局第一税务分局廉政风险排查表"],
            ["股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施"],
            ["征收股", "股长", "违规减免滞纳金", "岗位职责", "高", "减免事项集体审议"],
            ["征收股", "窗口办税员", "为亲友违规代开发票", "思想道德", "中", "代开发票系统监控"],
            ["管理股", "税收管理员", "漏征少征不作处理", "岗位职责", "高", "风险任务交叉复核"],
            [None],
            ["2025年上半年人员交流登记表"],
            ["姓名", "原股室", "原岗位", "现股室", "现岗位", "交流时间"],
            ["师若川", "管理股", "股长", "征收股", "股长", "2025年1月"],
            ["羊舌筠", "管理股", "税收管理员", "征收股", "窗口办税员", "2025年1月"],
            ["牧歌行", "征收股", "窗口办税员", "管理股", "税收管理员", "2025年3月"],
            ["井星垂", "法制股", "法制员", "管理股", "税收管理员", "2025年3月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A7:F7"])
    assert read(got) == sorted([
        ("股长", "师若川", "违规减免滞纳金", "Ⅰ级"),
        ("窗口办税员", "羊舌筠", "为亲友违规代开发票", "Ⅱ级"),
        ("税收管理员", "", "漏征少征不作处理", "Ⅰ级"),
    ])  # fmt: skip
    shared = got.issues[got.issues["code"] == "ROSTER_POST_SEVERAL_HOLDERS"]
    assert len(shared) == 1
    assert list(shared["value"]) == ["管理股税收管理员"]
    assert "牧歌行、井星垂" in shared["message"].iloc[0]
    assert "HOLDERS_BY_MOVES_TABLE" in codes(got)
    no_errors(got)


def test_a_named_list_keeps_its_names_the_moves_table_a_record(tmp_path):
    # a 姓名 column on the list: its names stand, the moves table under it only a record
    rows = [["XX市市场监督管理局岗位廉政风险点排查表"],
            ["科室", "岗位", "姓名", "廉政风险点", "风险等级"],
            ["登记注册科", "科长", "甄澜清", "违规为不符合条件的企业办理登记", "一级"],
            ["食品安全监管科", "科长", "邴若溪", "检查中选择性执法", "一级"],
            [None],
            ["人员岗位调整情况"],
            ["姓名", "调整前科室", "调整前岗位", "调整后科室", "调整后岗位"],
            ["邴若溪", "登记注册科", "科长", "食品安全监管科", "科长"],
            ["甄澜清", "食品安全监管科", "科长", "登记注册科", "科长"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("科长", "甄澜清", "违规为不符合条件的企业办理登记", "Ⅰ级"),
        ("科长", "邴若溪", "检查中选择性执法", "Ⅰ级"),
    ])  # fmt: skip
    assert "POST_MOVES_TABLE" in codes(got)
    assert "HOLDERS_BY_MOVES_TABLE" not in codes(got)
    no_errors(got)


def test_a_post_keyed_change_table_and_moves_elsewhere_read_as_before(tmp_path):
    # '岗位 | 原任人员 | 现任人员' keyed by post: the holders changed, as before (no moves rule)
    rows = [["XX县人民医院重点岗位廉政风险防控一览表"],
            ["科室", "岗位", "姓名", "廉政风险点", "风险等级"],
            ["药剂科", "主任", "缑思远", "药品遴选收受回扣", "高"],
            ["设备科", "主任", "聂叶舟", "设备采购指定品牌", "中"],
            [None],
            ["岗位人员变动情况"],
            ["科室", "岗位", "原任人员", "现任人员", "变动时间"],
            ["药剂科", "主任", "缑思远", "阮听澜", "2025年1月"]]  # fmt: skip
    got = run(tmp_path / "changed", rows, ["A1:E1"])
    assert "HOLDERS_BY_MOVES_TABLE" not in codes(got)
    assert "HOLDERS_CHANGED" in codes(got)
    assert ("主任", "阮听澜", "药品遴选收受回扣", "Ⅰ级") in read(got)
    # a moves table whose 现 places are none of the list's posts: a record only, post-only
    rows = [["XX县人民医院重点岗位廉政风险防控一览表"],
            ["科室", "岗位", "廉政风险点", "风险等级"],
            ["药剂科", "主任", "药品遴选收受回扣", "高"],
            ["设备科", "主任", "设备采购指定品牌", "中"],
            [None],
            ["人员岗位调整情况"],
            ["姓名", "调整前科室", "调整前岗位", "调整后科室", "调整后岗位"],
            ["聂叶舟", "收费处", "收费员", "医保办", "结算员"],
            ["缑思远", "后勤科", "科员", "总务科", "采购员"]]  # fmt: skip
    got = run(tmp_path / "elsewhere", rows, ["A1:D1"])
    assert read(got) == sorted([
        ("主任", "", "药品遴选收受回扣", "Ⅰ级"),
        ("主任", "", "设备采购指定品牌", "Ⅱ级"),
    ])  # fmt: skip
    assert "POST_MOVES_TABLE" in codes(got)
    assert "HOLDERS_BY_MOVES_TABLE" not in codes(got)
    no_errors(got)


def test_moves_table_on_a_sheet_of_its_own_names_the_list_posts(tmp_path):
    # the list on one sheet, the moves table on another of the same file ('现任科室 | 现任岗位')
    sheets = {
        "排查表": [["XX县林业局岗位廉政风险排查表"],
                   ["科室", "岗位", "风险点", "风险等级"],
                   ["资源管理股", "股长", "林木采伐指标分配不公", "高"],
                   ["资源管理股", "股长", "采伐验收弄虚作假", "中"],
                   ["林政执法大队", "执法员", "查处盗伐案件降格处理", "高"]],
        "轮岗登记": [["2025年度干部轮岗交流登记"],
                     ["序号", "姓名", "原任科室", "原任岗位", "现任科室", "现任岗位"],
                     [1, "覃映雪", "林政执法大队", "执法员", "资源管理股", "股长"],
                     [2, "卞晓岚", "资源管理股", "股长", "林政执法大队", "执法员"]],
    }  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", sheets, {"排查表": ["A1:D1"], "轮岗登记": ["A1:F1"]})
    got = _collect(inbox)
    assert read(got) == sorted([
        ("股长", "覃映雪", "林木采伐指标分配不公", "Ⅰ级"),
        ("股长", "覃映雪", "采伐验收弄虚作假", "Ⅱ级"),
        ("执法员", "卞晓岚", "查处盗伐案件降格处理", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_MOVES_TABLE"]
    assert len(said) == 1 and set(said["source_sheet"]) == {"排查表"}
    assert "轮岗登记" in said["message"].iloc[0]
    no_errors(got)


# ------------------------------------------------ what the hundred and twentieth review found

_BUREAU = "XX市市场监督管理局岗位廉政风险点排查表"
_BUREAU_LIST = [
    ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "登记注册科", "科长", "违规办理登记", "一级", "集体审核"],
    [2, "登记注册科", "科员", "受理材料把关不严", "二级", "双人复核"],
    [3, "食品安全监管科", "科长", "检查中选择性执法", "一级", "双随机"],
    [4, "食品安全监管科", "科员", "接受被检单位宴请", "二级", "廉洁承诺"],
]
_MOVES_HEAD = ["序号", "姓名", "原科室", "原岗位", "现科室", "现岗位", "调整时间"]


def test_what_the_hundred_and_twentieth_review_found_a_person_moved_twice(tmp_path):
    # 甄澜清 moved in February and again in September: his September place only is his now; the
    # February one is history (its post stays post-only), whichever row comes first
    for order in (1, -1):
        moves = [
            [1, "甄澜清", "食品安全监管科", "科长", "登记注册科", "科长", "2025年2月"],
            [2, "甄澜清", "登记注册科", "科长", "食品安全监管科", "科长", "2025年9月"],
        ][::order]
        rows = [[_BUREAU], *_BUREAU_LIST, [None], ["2025年度干部轮岗交流情况表"], _MOVES_HEAD,
                *moves,
                [3, "邴若溪", "食品安全监管科", "科员", "登记注册科", "科员", "2025年3月"]]  # fmt: skip
        got = run(tmp_path / str(order), rows, ["A1:F1"])
        assert read(got) == sorted([
            ("科长", "", "违规办理登记", "Ⅰ级"),
            ("科员", "邴若溪", "受理材料把关不严", "Ⅱ级"),
            ("科长", "甄澜清", "检查中选择性执法", "Ⅰ级"),
            ("科员", "", "接受被检单位宴请", "Ⅱ级"),
        ]), order  # fmt: skip
        said = got.issues[got.issues["code"] == "HOLDERS_BY_MOVES_TABLE"]
        assert list(said["value"]) == ["登记注册科科员 邴若溪、食品安全监管科科长 甄澜清"], order
        no_errors(got)
    # no 调整时间: the lower row is the later move
    rows = [[_BUREAU], *_BUREAU_LIST, [None], ["干部轮岗交流情况表"], _MOVES_HEAD[:-1],
            [1, "甄澜清", "食品安全监管科", "科长", "登记注册科", "科长"],
            [2, "甄澜清", "登记注册科", "科长", "食品安全监管科", "科长"]]  # fmt: skip
    got = run(tmp_path / "undated", rows, ["A1:F1"])
    assert ("科长", "甄澜清", "检查中选择性执法", "Ⅰ级") in read(got)
    assert ("科长", "", "违规办理登记", "Ⅰ级") in read(got)


def test_what_the_hundred_and_twentieth_review_found_another_units_moves_sheet(tmp_path):
    # sheets 市局 | 城关所 | 市局轮岗: the 市局's moves name the 市局's 登记注册科科长, never the
    # 城关所's one of the same name
    station = [
        ["XX市场监管局城关所岗位廉政风险点排查表"],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "登记注册科", "科长", "违规发放执照", "一级", "集体审核"],
    ]
    moves = [
        ["市局2025年度干部轮岗交流登记"],
        ["序号", "姓名", "原科室", "原岗位", "现科室", "现岗位"],
        [1, "甄澜清", "食品安全监管科", "科长", "登记注册科", "科长"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "list.xlsx",
        {"市局": [[_BUREAU], *_BUREAU_LIST], "城关所": station, "市局轮岗": moves},
        {"市局": ["A1:F1"], "城关所": ["A1:F1"]},
    )
    got = _collect(inbox)
    assert read(got) == sorted([
        ("科长", "甄澜清", "违规办理登记", "Ⅰ级"),
        ("科员", "", "受理材料把关不严", "Ⅱ级"),
        ("科长", "", "检查中选择性执法", "Ⅰ级"),
        ("科员", "", "接受被检单位宴请", "Ⅱ级"),
        ("科长", "", "违规发放执照", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_MOVES_TABLE"]
    assert list(said["value"]) == ["登记注册科科长 甄澜清"]
    assert list(said["cell"]) == ["C3"]  # (the 市局 list's first post)
    # the caption naming no unit, two units' lists: whose is unsure, both post-only (as before)
    moves[0] = ["2025年度干部轮岗交流登记"]
    write_workbook(
        inbox / "list.xlsx",
        {"市局": [[_BUREAU], *_BUREAU_LIST], "城关所": station, "市局轮岗": moves},
        {"市局": ["A1:F1"], "城关所": ["A1:F1"]},
    )
    got = _collect(inbox)
    assert not any(got.risks["person"])
    assert "HOLDERS_BY_MOVES_TABLE" not in codes(got)
