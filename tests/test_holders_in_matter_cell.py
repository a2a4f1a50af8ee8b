"""A list keyed by its matters (业务事项, 工作事项, 岗位职责) with no 科室, 岗位 or 姓名 column, each
matter's cell (merged down over its points, or filled on its first row and left blank below) or
its group row closing with a labelled bracket ('（责任股室：登记注册股　责任岗位：股长　责任人：…）'):
the bracket's 科室, post and holder hold every row the matter governs, and the bracket is cut
from the matter's text (HOLDERS_IN_MATTER_CELL, once a table).

The layouts here are not the published batch's (a county's 人民防空办公室 with ``序号 | 业务事项 |
廉政风险点 | 风险等级 | 防控措施``, 高/中/低 and ``（责任科室：…　责任人：股长　某某）``): a 市场监督管理局,
a 医疗保障局, a 公共资源交易中心 and a 林业站, other posts and names, ``一级/二级/三级``, ticks under
``高 | 中 | 低`` and stars, one or two heading rows, three labels or one, a 备注 column, a matter
carried down unmerged and group rows; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
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


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_merged_matters_three_labels_one_holder_on_two_matters(tmp_path):
    rows = [["XX县市场监督管理局廉政风险防控清单"],
            ["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "企业登记注册\n（责任股室：登记注册股　责任岗位：股长　责任人：笪琬珺）",
             "为不符合条件的企业办理登记", "二级", "一次性告知，审核留痕"],
            [2, None, "违规代办、收受好处", "一级", "窗口公开办理，群众评议"],
            [3, "食品生产许可\n（责任股室：食品安全股　责任岗位：副股长　责任人：蒯瀚澍）",
             "现场核查走过场", "二级", "两人以上核查，照片存档"],
            [4, None, "许可证延续把关不严", "三级", "延续材料复核"],
            [5, "广告监测\n（责任股室：登记注册股　责任岗位：股长　责任人：笪琬珺）",
             "发现违法广告不移交", "三级", "线索台账月度通报"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B4", "B5:B6"])
    assert read(got) == sorted([
        ("登记注册股", "股长", "笪琬珺", "为不符合条件的企业办理登记", "Ⅱ级"),
        ("登记注册股", "股长", "笪琬珺", "违规代办、收受好处", "Ⅰ级"),
        ("登记注册股", "股长", "笪琬珺", "发现违法广告不移交", "Ⅲ级"),
        ("食品安全股", "副股长", "蒯瀚澍", "现场核查走过场", "Ⅱ级"),
        ("食品安全股", "副股长", "蒯瀚澍", "许可证延续把关不严", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    # (the same holder on two matters: one form with both matters' points)
    assert r.groupby("person")["form_id"].nunique().to_dict() == {"笪琬珺": 1, "蒯瀚澍": 1}
    assert set(r["duty"]) == {"企业登记注册", "食品生产许可", "广告监测"}
    said = got.issues[got.issues["code"] == "HOLDERS_IN_MATTER_CELL"]
    assert list(said["cell"]) == ["B3"] and "笪琬珺" in said["value"].iloc[0]
    no_errors(got)


def test_two_heading_rows_ticks_a_remarks_column_and_ascii_brackets(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险排查表"],
            ["编号", "工作事项", "风险点描述", "风险等级", None, None, "防控措施", "备注"],
            [None, None, None, "高", "中", "低", None, None],
            ["1", "定点医药机构协议管理\n(责任科室:医药服务管理股 责任人:股长 郤沄淇)",
             "违规将不符合条件的机构纳入定点", "√", None, None, "集体评审，结果公示", "2024年新增"],
            ["2", None, "日常稽核通风报信", None, "√", None, "交叉稽核", None],
            ["3", None, "违规结算不追回", None, None, "√", "追回款项台账管理", None],
            ["4", "医保基金拨付\n(责任科室:财务股 责任人:会计 郤琇岚)",
             "未经审核提前拨付", "√", None, None, "拨付双签", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "B4:B6"])
    assert read(got) == sorted([
        ("医药服务管理股", "股长", "郤沄淇", "违规将不符合条件的机构纳入定点", "Ⅰ级"),
        ("医药服务管理股", "股长", "郤沄淇", "日常稽核通风报信", "Ⅱ级"),
        ("医药服务管理股", "股长", "郤沄淇", "违规结算不追回", "Ⅲ级"),
        ("财务股", "会计", "郤琇岚", "未经审核提前拨付", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_MATTER_CELL" in codes(got)
    no_errors(got)


def test_carried_down_unmerged_a_bracket_naming_only_its_part_or_post(tmp_path):
    # the matter on its first row only, the rows below blank in that column; '（责任科室：…）'
    # alone gives the 科室, '（责任岗位：…）' alone the post: no person invented
    rows = [["序号", "岗位职责", "廉政风险点", "风险等级", "防控措施"],
            [1, "进场交易项目登记\n（责任科室：交易服务科）", "对不具备条件的项目违规受理", "★★", "受理条件清单化"],
            [2, None, "泄露投标人名单", "★★★", "系统权限分级管理"],
            [3, "专家抽取\n（责任岗位：专家管理员）", "人为干预抽取结果", "★★★", "全程录音录像"],
            [4, "场地安排\n（责任科室：综合科　责任人：科长　郤霁蓁）", "优亲厚友安排场地", "★", "场地预约公开"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("交易服务科", "", "", "对不具备条件的项目违规受理", "Ⅱ级"),
        ("交易服务科", "", "", "泄露投标人名单", "Ⅰ级"),
        ("", "专家管理员", "", "人为干预抽取结果", "Ⅰ级"),
        ("综合科", "科长", "郤霁蓁", "优亲厚友安排场地", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_MATTER_CELL" in codes(got)
    no_errors(got)


def test_group_rows_closing_with_a_bracket_hold_their_rows_only(tmp_path):
    rows = [["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
            ["一、林木采伐（责任科室：资源管护组　责任人：组长　笪澈渝）"],
            [1, "采伐审核", "超蓄积量出具意见", "高", "伐前查验公示"],
            [2, "伐后验收", "验收不到现场", "中", "验收照片存档"],
            ["二、公益林补偿"],
            [3, "面积核定", "虚报补偿面积", "低", "村组公示"]]  # fmt: skip
    got = run(tmp_path, rows, ["A2:E2", "A5:E5"])
    assert read(got) == sorted([
        ("资源管护组", "组长", "笪澈渝", "超蓄积量出具意见", "Ⅰ级"),
        ("资源管护组", "组长", "笪澈渝", "验收不到现场", "Ⅱ级"),
        ("", "", "", "虚报补偿面积", "Ⅲ级"),  # (the next group names no one: its rows no one's)
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_IN_MATTER_CELL"]
    assert list(said["cell"]) == ["A2"]
    no_errors(got)


def test_a_name_column_keeps_the_bracket_as_the_matters_text(tmp_path):
    rows = [["序号", "业务事项", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "企业登记注册\n（责任股室：登记注册股　责任人：股长　笪琬珺）", "笪琬珺",
             "违规代办、收受好处", "一级", "窗口公开办理"],
            [2, None, "笪琬珺", "为不符合条件的企业办理登记", "二级", "审核留痕"]]  # fmt: skip
    got = run(tmp_path, rows, ["B2:B3"])
    assert read(got) == sorted([
        ("", "", "笪琬珺", "违规代办、收受好处", "Ⅰ级"),
        ("", "", "笪琬珺", "为不符合条件的企业办理登记", "Ⅱ级"),
    ])  # fmt: skip
    assert all("责任股室" in d for d in got.risks["duty"])
    assert "HOLDERS_IN_MATTER_CELL" not in codes(got)


def test_a_plain_bracket_or_some_matters_unbracketed_name_no_holder(tmp_path):
    rows = [["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "物资采购\n（含政府采购）", "围标串标", "一级", "进场公开招标"],
            [2, None, "虚假验收", "二级", "验收小组验收"],
            [3, "资金拨付（专项资金）", "截留挪用", "三级", "拨付公示"]]  # fmt: skip
    got = run(tmp_path, rows, ["B2:B3"])
    assert read(got) == sorted([
        ("", "", "", "围标串标", "Ⅰ级"), ("", "", "", "虚假验收", "Ⅱ级"),
        ("", "", "", "截留挪用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_MATTER_CELL" not in codes(got)
    # one matter bracketed, the other not: no rule of the column's, read as before
    rows = [["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "物资采购\n（责任科室：办公室　责任人：主任　蒯瀚澍）", "围标串标", "一级", "进场公开招标"],
            [2, "资金拨付", "截留挪用", "三级", "拨付公示"]]  # fmt: skip
    got = run(tmp_path / "b", rows)
    assert {p for _d, _t, p, _x, _l in read(got)} == {""}
    assert "HOLDERS_IN_MATTER_CELL" not in codes(got)


def test_a_bracket_closing_the_measures_stays_that_rules(tmp_path):
    rows = [["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "物资采购", "围标串标", "一级", "进场公开招标\n（责任科室：办公室　责任人：主任　蒯瀚澍）"],
            [2, "资金拨付", "截留挪用", "三级", "拨付公示\n（责任科室：财务股　责任人：会计　郤琇岚）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("办公室", "主任", "蒯瀚澍", "围标串标", "Ⅰ级"),
        ("财务股", "会计", "郤琇岚", "截留挪用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_CELL_BRACKET" in codes(got)
    assert "HOLDERS_IN_MATTER_CELL" not in codes(got)
    assert set(got.risks["duty"]) == {"物资采购", "资金拨付"}


def test_what_the_hundred_and_twenty_second_review_found_leader_square_brackets_main_label(
    tmp_path,
):
    # the leader in charge beside the holder in one bracket (the 责任人 holds; the 责任领导 only
    # oversees), square brackets, and the label '主要责任人': all read
    matters = {
        "leader": ("物资采购\n（责任领导：副局长　笪澈渝　责任人：主任　蒯瀚澍）",
                   "资金拨付\n（责任领导：副局长　笪澈渝　责任人：会计　郤琇岚）", ("", "")),
        "square": ("物资采购【责任科室：办公室　责任人：主任　蒯瀚澍】",
                   "资金拨付【责任科室：财务股　责任人：会计　郤琇岚】", ("办公室", "财务股")),
        "main": ("物资采购\n（主要责任人：主任　蒯瀚澍）",
                 "资金拨付（主要责任人：会计　郤琇岚）", ("", "")),
    }  # fmt: skip
    for name, (one, two, (d1, d2)) in matters.items():
        rows = [["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
                [1, one, "围标串标", "一级", "进场公开招标"],
                [2, None, "虚假验收", "二级", "验收小组验收"],
                [3, two, "截留挪用", "三级", "拨付公示"]]  # fmt: skip
        got = run(tmp_path / name, rows, ["B2:B3"])
        assert read(got) == sorted([
            (d1, "主任", "蒯瀚澍", "围标串标", "Ⅰ级"),
            (d1, "主任", "蒯瀚澍", "虚假验收", "Ⅱ级"),
            (d2, "会计", "郤琇岚", "截留挪用", "Ⅲ级"),
        ]), name  # fmt: skip
        assert "HOLDERS_IN_MATTER_CELL" in codes(got), name
        assert "笪澈渝" not in set(got.risks["person"]), name
        assert set(got.risks["duty"]) == {"物资采购", "资金拨付"}, (name, set(got.risks["duty"]))
        no_errors(got)
    # the leader alone in the bracket: no holder, as before
    rows = [["序号", "业务事项", "廉政风险点", "风险等级", "防控措施"],
            ["一、财务管理（分管领导：副主任　蒯瀚澍）"],
            [1, "会计核算", "会计凭证审核流于形式", "二级", "凭证双人复核"],
            [2, "现金管理", "坐收坐支", "一级", "日清月结"]]  # fmt: skip
    got = run(tmp_path / "alone", rows, ["A2:E2"])
    assert read(got) == sorted([
        ("", "", "", "会计凭证审核流于形式", "Ⅱ级"), ("", "", "", "坐收坐支", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_MATTER_CELL" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["HOLDERS_IN_MATTER_CELL"][0] == "info" and SHORT["HOLDERS_IN_MATTER_CELL"]
