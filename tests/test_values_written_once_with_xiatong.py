"""A value written once with '（下同）' ('the same below'), the cells under it left empty (not
merged) till the next value written: the 科室, post, holder, level, type or measures of every row
below, the marker no part of the value (``_Body._written_once``, info VALUES_SAME_BELOW).

Not the published batch's table (batch643: a 动物卫生监督所's 台账 with 所领导/检疫股/监督股,
一级/二级 and the marker '（下同）' only): a county 市场监督管理局's lists with 局领导, 注册许可股
and 执法稽查大队, 高/中/低 and Ⅰ级/Ⅱ级/Ⅲ级, one or two heading rows, a type column and a measures
column written once too, post and name in one cell, an extra 备注 column, and the markers
'（以下同）', '(下同)', '（下同此）'; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Tables that only look alike read as before: a level left blank
with no '下同' above it (LEVEL_BLANK), '同上' cells, '下同' inside a point's words.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

TITLE = "XX县市场监督管理局岗位廉政风险点台账"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"台账": rows}, {"台账": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_the_code_is_catalogued():
    assert "VALUES_SAME_BELOW" in CATALOGUE and SHORT["VALUES_SAME_BELOW"]
    assert ITEMS["VALUES_SAME_BELOW"]


# one heading row; 股室, 职务, 姓名 and 等级 written once with '（以下同）', '(下同)'; the level's
# runs go on across a change of holder and break in the middle of one
ONE_ROW = [
    [TITLE],
    ["序号", "股室", "职务", "姓名", "廉政风险点", "等级", "防控措施"],
    [1, "局领导（以下同）", "局长（以下同）", "郗霈琰（以下同）", "重大执法决定不经集体讨论", "高(下同)",
     "重大案件经局务会集体审议。"],
    [2, None, None, None, "干预下属办案、说情打招呼", None, "落实过问案件记录制度。"],
    [3, "注册许可股（以下同）", "股长（以下同）", "蒯琮湉（以下同）", "食品经营许可现场核查走过场", None,
     "现场核查两人以上并拍照留存。"],
    [4, None, None, None, "许可材料不全违规发证", "中(下同)", "许可材料清单化、一次告知。"],
    [5, None, "科员（以下同）", "宓翊澄（以下同）", "窗口受理吃拿卡要", None, "窗口全程录像，群众评价。"],
    [6, None, None, None, "泄露申请人商业信息", "低", "信息查询留痕。"],
    ["注：标“下同”的栏目，以下各行与之相同。"],
]  # fmt: skip


def test_holders_and_levels_written_once_fill_the_empty_cells_below(tmp_path):
    got = run(tmp_path, ONE_ROW, ["A1:G1", "A9:G9"])
    assert read(got) == sorted([
        ("局长", "郗霈琰", "重大执法决定不经集体讨论", "Ⅰ级"),
        ("局长", "郗霈琰", "干预下属办案、说情打招呼", "Ⅰ级"),
        ("股长", "蒯琮湉", "食品经营许可现场核查走过场", "Ⅰ级"),
        ("股长", "蒯琮湉", "许可材料不全违规发证", "Ⅱ级"),
        ("科员", "宓翊澄", "窗口受理吃拿卡要", "Ⅱ级"),
        ("科员", "宓翊澄", "泄露申请人商业信息", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"局领导", "注册许可股"}
    assert not any("下同" in v for col in ("department", "title", "person", "risk_level")
                   for v in got.risks[col])  # fmt: skip
    no_errors(got)
    assert "VALUES_SAME_BELOW" in codes(got) and "LEVEL_BLANK" not in codes(got)
    said = got.issues[got.issues["code"] == "VALUES_SAME_BELOW"]
    assert len(said) == 1  # one a table


# two heading rows ('责任主体' over 科室 | 岗位 | 责任人, '风险评估' over 类型 | 级别); the type and
# the measures written once too; '（下同此）'; an extra 备注 column
TWO_ROWS = [
    [TITLE],
    ["序号", "责任主体", None, None, "风险点", "风险评估", None, "防控措施", "备注"],
    [None, "科室", "岗位", "责任人", None, "风险类型", "风险级别", None, None],
    [1, "执法稽查大队（下同此）", "大队长（下同此）", "逄晞珩（下同此）", "案件查处中以罚代刑", "岗位职责风险（下同此）",
     "Ⅰ级（下同此）", "案件移送标准上墙，法制审核把关。（下同此）", "新增"],
    [2, None, None, None, "自由裁量权行使畸轻畸重", None, None, None, None],
    [3, None, "执法队员（下同此）", "甘芃溪（下同此）", "接受当事人宴请", "思想道德风险（下同此）", None,
     "执法全过程记录，不得单独接触当事人。", None],
    [4, None, None, None, "抽检样品调包", "制度机制风险", "Ⅱ级", None, None],
]  # fmt: skip


def test_a_type_and_measures_column_written_once_and_two_heading_rows(tmp_path):
    got = run(tmp_path, TWO_ROWS, ["A1:I1", "A2:A3", "B2:D2", "E2:E3", "F2:G2", "H2:H3", "I2:I3"])
    assert read(got) == sorted([
        ("大队长", "逄晞珩", "案件查处中以罚代刑", "Ⅰ级"),
        ("大队长", "逄晞珩", "自由裁量权行使畸轻畸重", "Ⅰ级"),
        ("执法队员", "甘芃溪", "接受当事人宴请", "Ⅰ级"),
        ("执法队员", "甘芃溪", "抽检样品调包", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks.sort_values("risk_point")
    types = dict(zip(r["risk_point"], r["risk_type"], strict=True))
    assert types["自由裁量权行使畸轻畸重"] == types["案件查处中以罚代刑"]
    assert types["接受当事人宴请"] != types["案件查处中以罚代刑"]
    assert not any("下同" in v for v in r["risk_type"])
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["自由裁量权行使畸轻畸重"] == "案件移送标准上墙，法制审核把关。"
    assert not any("下同" in v for v in r["measures"])
    assert set(r["department"]) == {"执法稽查大队"}
    no_errors(got)
    assert "VALUES_SAME_BELOW" in codes(got)


# post and name in one cell ('所长（詹昀澍）（下同）'); the level's runs do not line up with the
# holders' (a new holder under a level still running, a level changing within a holder)
ONE_CELL = [
    [TITLE],
    ["序号", "科室", "岗位（姓名）", "风险点", "风险等级", "防控措施"],
    [1, "城关市场监管所（下同）", "所长（詹昀澍）（下同）", "日常检查选择性执法", "二级（下同）", "双随机抽查。"],
    [2, None, None, "对违法线索隐瞒不报", None, "线索登记台账。"],
    [3, None, "监管员（濮玥澂）（下同）", "特种设备检查流于形式", None, "检查记录签字确认。"],
    [4, None, None, "向商户推销指定产品", "一级（下同）", "签订廉洁承诺。"],
    [5, None, None, "收受商户购物卡", None, "廉洁提醒，定期回访。"],
]  # fmt: skip


def test_post_and_name_in_one_cell_and_runs_not_lining_up(tmp_path):
    got = run(tmp_path, ONE_CELL, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "詹昀澍", "日常检查选择性执法", "Ⅱ级"),
        ("所长", "詹昀澍", "对违法线索隐瞒不报", "Ⅱ级"),
        ("监管员", "濮玥澂", "特种设备检查流于形式", "Ⅱ级"),
        ("监管员", "濮玥澂", "向商户推销指定产品", "Ⅰ级"),
        ("监管员", "濮玥澂", "收受商户购物卡", "Ⅰ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"城关市场监管所"}
    no_errors(got)
    assert "VALUES_SAME_BELOW" in codes(got)


# --- tables that only look alike: read as before


def test_a_blank_level_with_no_xiatong_above_is_still_blank(tmp_path):
    rows = [list(r) if r else r for r in ONE_ROW[:-1]]
    for r in rows[2:]:
        r[1:4] = [v.replace("（以下同）", "") if v else v for v in r[1:4]]
    rows[2][5] = "高"
    rows[5][5] = "中"
    got = run(tmp_path, rows, ["A1:G1"])
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels["重大执法决定不经集体讨论"] == "Ⅰ级"
    assert levels["干预下属办案、说情打招呼"] == ""  # (blank as written: no '下同' says otherwise)
    assert "LEVEL_BLANK" in codes(got) and "VALUES_SAME_BELOW" not in codes(got)
    assert set(got.risks["title"]) == {"局长", "股长", "科员"}


def test_tongshang_cells_read_as_before(tmp_path):
    rows = [
        [TITLE],
        ["序号", "股室", "职务", "姓名", "廉政风险点", "等级", "防控措施"],
        [1, "价格监督检查股", "股长", "缪珞澜", "价格举报核查不到位", "中", "举报件限时办结。"],
        [2, "同上", "同上", "同上", "对价格违法行为降格处理", "同上", "案件集体审议。"],
        [3, "同上", "科员", "晏霁柯", "泄露举报人信息", "高", "举报人信息专人保管。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "缪珞澜", "价格举报核查不到位", "Ⅱ级"),
        ("股长", "缪珞澜", "对价格违法行为降格处理", "Ⅱ级"),
        ("科员", "晏霁柯", "泄露举报人信息", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "VALUES_SAME_BELOW" not in codes(got)


def test_xiatong_inside_a_points_words_changes_nothing(tmp_path):
    rows = [
        [TITLE],
        ["序号", "股室", "职务", "姓名", "廉政风险点", "等级", "防控措施"],
        [1, "计量股", "股长", "葛沄翀", "与上下同事串通出具虚假检定证书", "高", "证书二级审核。"],
        [2, None, None, None, "强制检定收费不公示", None, "收费标准上墙。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels == {"与上下同事串通出具虚假检定证书": "Ⅰ级", "强制检定收费不公示": ""}
    assert "LEVEL_BLANK" in codes(got) and "VALUES_SAME_BELOW" not in codes(got)


# --- what the ninety-ninth review found

H99 = ["序号", "科室", "岗位", "姓名", "风险点", "等级", "防控措施"]


def test_what_the_ninety_ninth_review_found_a_run_ends_at_a_section_row(tmp_path):
    # '二、国库股' merged across: the 股长's name and level written once above it are the
    # 预算股's; the 国库股 股长 row names no one and its blank level is told (LEVEL_BLANK)
    rows = [
        [TITLE],
        ["序号", "岗位", "姓名", "风险点", "等级", "防控措施"],
        ["一、预算股"],
        [1, "股长（下同）", "郑一（下同）", "预算编制随意调整", "高（下同）", "严格执行预算法。"],
        [2, None, None, "追加预算不报批", None, "追加预算集体研究。"],
        ["二、国库股"],
        [3, "股长", None, "违规拨付资金", None, "拨付双人审核。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A3:F3", "A6:F6"])
    assert read(got) == sorted([
        ("股长", "郑一", "预算编制随意调整", "Ⅰ级"),
        ("股长", "郑一", "追加预算不报批", "Ⅰ级"),
        ("股长", "", "违规拨付资金", ""),
    ])  # fmt: skip
    r = got.risks
    assert dict(zip(r["risk_point"], r["department"], strict=True))["违规拨付资金"] == "国库股"
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["E7"], blank.to_dict("records")
    assert "VALUES_SAME_BELOW" in codes(got)


def test_what_the_ninety_ninth_review_found_a_name_ends_at_another_post(tmp_path):
    # '郑一（下同）' over a row writing 股长 again (his) and one writing 科员 (another post:
    # not his); the 科室 written once goes on over both
    rows = [
        [TITLE],
        H99,
        [1, "预算股（下同）", "股长", "郑一（下同）", "预算编制随意调整", "高", "严格执行预算法。"],
        [2, None, "股长", None, "追加预算不报批", "中", "追加预算集体研究。"],
        [3, None, "科员", None, "账户管理不规范", "低", "账户年检。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "郑一", "预算编制随意调整", "Ⅰ级"),
        ("股长", "郑一", "追加预算不报批", "Ⅱ级"),
        ("科员", "", "账户管理不规范", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"预算股"}
    assert "VALUES_SAME_BELOW" in codes(got)


def test_what_the_ninety_ninth_review_found_a_post_ends_at_another_keshi(tmp_path):
    # '股长（下同）' under 预算股, then a row of 国库股 with its post left blank: not the
    # 预算股's 股长 (post and name both end)
    rows = [
        [TITLE],
        H99,
        [1, "预算股", "股长（下同）", "郑一（下同）", "预算编制随意调整", "高", "严格执行预算法。"],
        [2, "预算股", None, None, "追加预算不报批", "中", "追加预算集体研究。"],
        [3, "国库股", None, None, "违规拨付资金", "高", "拨付双人审核。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "郑一", "预算编制随意调整", "Ⅰ级"),
        ("股长", "郑一", "追加预算不报批", "Ⅱ级"),
        ("", "", "违规拨付资金", "Ⅰ级"),
    ])  # fmt: skip


def test_what_the_ninety_ninth_review_found_the_marker_before_a_stop(tmp_path):
    # '严格执行预算法（下同）。': the marker before the cell's closing stop, dropped; every cell
    # below written: nothing filled, no info
    rows = [
        [TITLE],
        H99,
        [1, "预算股", "股长", "郑一", "预算编制随意调整", "高", "严格执行预算法（下同）。"],
        [2, "预算股", "股长", "郑一", "追加预算不报批", "中", "追加预算集体研究。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "郑一", "预算编制随意调整", "Ⅰ级"),
        ("股长", "郑一", "追加预算不报批", "Ⅱ级"),
    ])  # fmt: skip
    measures = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert measures["预算编制随意调整"] == "严格执行预算法。"
    assert "VALUES_SAME_BELOW" not in codes(got)
    no_errors(got)


def test_what_the_ninety_ninth_review_found_no_info_when_nothing_filled(tmp_path):
    # '高（下同）' over a row with its own level: the run ends there, the blank below it is
    # blank (LEVEL_BLANK) and no cell was filled: no VALUES_SAME_BELOW
    rows = [
        [TITLE],
        H99,
        [1, "预算股", "股长", "郑一", "预算编制随意调整", "高（下同）", "严格执行预算法。"],
        [2, "预算股", "股长", "郑一", "追加预算不报批", "低", "追加预算集体研究。"],
        [3, "预算股", "股长", "郑一", "违规拨付资金", None, "拨付双人审核。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "郑一", "预算编制随意调整", "Ⅰ级"),
        ("股长", "郑一", "追加预算不报批", "Ⅲ级"),
        ("股长", "郑一", "违规拨付资金", ""),
    ])  # fmt: skip
    assert "LEVEL_BLANK" in codes(got) and "VALUES_SAME_BELOW" not in codes(got)
