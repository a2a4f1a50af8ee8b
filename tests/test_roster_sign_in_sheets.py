"""A meeting's or training's sign-in sheet (会议签到表 / 签名册: 序号 | 姓名 | 单位 | 职务 | 签到时间
or 签名, often of people from several units) on a sheet of its own beside a post-only list is no
roster of the unit's staff: its people came to a meeting, they do not hold the list's posts. The
older roster reading (``_roster_table`` on a sheet of its own) had taken it for the unit's post →
name roster, so a 主任 of another unit filled the list's 主任 holder. Now such a sheet is set
aside (one info, ROSTER_SIGN_IN_SET_ASIDE) when its title or heading says 签到, or it has a
signature column ('签名', '本人签字') and is a meeting's by the rule review 129j gave the card
registers (会议/培训/参会 said, or its 单位 column naming two units or more).

Read as before: a real 人员名单 / 岗位人员表, a 承诺书's sign list of the unit's own staff
('本人签名' beside 科室 | 岗位 | 姓名, no meeting word, one unit: the staff signing their own
pledge are the unit's roster, so it still fills holders), and a 党组会议 members' roster (a meeting
word but no signature column).

The layouts are made up here, not the held-out batches': a 不动产登记中心, a 水文站 and a 卫生院,
other posts and names, 一级/高/Ⅰ级 levels, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets)
    return _collect(inbox)


def holders(got) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for t, p in zip(got.risks["title"], got.risks["person"], strict=True):
        out.setdefault(t, set()).add(p)
    return out


def codes(got) -> list[str]:
    return list(got.issues["code"])


ESTATE_LIST = [
    ["XX县不动产登记中心岗位廉政风险点一览表"],
    ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心领导", "主任", "登记审核打招呼、违规放宽要件", "一级", "疑难登记集体会审。"],
    [2, "登记科", "受理员", "受理材料不全即受理，收受好处", "二级", "一次性告知，受理全程留痕。"],
    [3, "登记科", "审核员", "审核把关不严，违规办理转移登记", "一级", "审核双人复核，系统留痕。"],
]  # fmt: skip

HYDRO_LIST = [
    ["某某水文站廉政风险防控清单"],
    ["序号", "岗位", "风险点", "风险等级", "防控措施"],
    [1, "站长", "测站设备采购暗箱操作", "高", "采购集体研究，公开比选。"],
    [2, "测报员", "水文数据人为修改", "中", "数据双人校核，系统留痕。"],
    [3, "报账员", "虚列外业补助", "低", "补助凭外业记录发放。"],
]  # fmt: skip

CLINIC_LIST = [
    ["城关镇卫生院岗位廉政风险点排查表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "院长", "药品耗材采购收受回扣", "Ⅰ级", "集中采购，院务会研究。"],
    [2, "会计", "虚开发票套取资金", "Ⅱ级", "票据双人审核。"],
    [3, "药剂员", "药品出入库不实", "Ⅲ级", "每月盘点，账实核对。"],
]  # fmt: skip


def test_a_meeting_sign_in_of_other_units_fills_no_holder(tmp_path):
    sign_in = [
        ["全县廉政风险防控工作推进会签到表"],
        ["序号", "姓名", "单位", "职务", "签到时间"],
        [1, "甄子墨", "县纪委监委", "科员", "8:30"],
        [2, "闻人川", "县财政局", "主任", "8:35"],
        [3, "宗政岚", "县自然资源局", "局长", "8:40"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": ESTATE_LIST, "签到表": sign_in})
    assert holders(got) == {"主任": {""}, "受理员": {""}, "审核员": {""}}
    said = got.issues[got.issues["code"] == "ROSTER_SIGN_IN_SET_ASIDE"]
    assert list(said["source_sheet"]) == ["签到表"] and list(said["cell"]) == ["B2"]
    assert "签到表" in said.iloc[0]["message"]


def test_a_warning_meeting_signature_book_fills_no_holder(tmp_path):
    # no '签到' anywhere: a '签名' column on a 参会 sheet
    book = [
        ["2025年度全市水利系统警示教育大会参会人员签名册"],
        ["序号", "单位", "姓名", "职务", "签名"],
        [1, "市水利局", "皇甫岑", "科员", None],
        [2, "某某水文站", "钟离岳", "测报员", None],
        [3, "另一水文站", "上官朔", "站长", None],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": HYDRO_LIST, "签名册": book})
    assert holders(got) == {"站长": {""}, "测报员": {""}, "报账员": {""}}
    assert "ROSTER_SIGN_IN_SET_ASIDE" in codes(got)


def test_an_untitled_sign_sheet_of_several_units_fills_no_holder(tmp_path):
    # no title, no meeting word: a '本人签字' column and four units
    sheet = [
        ["序号", "工作单位", "职务", "姓名", "本人签字"],
        [1, "县卫生健康局", "科长", "濮阳砚", None],
        [2, "县人民医院", "院长", "澹台柯", None],
        [3, "县妇幼保健院", "会计", "呼延蕾", None],
        [4, "县中医医院", "药剂员", "仲孙霁", None],
    ]  # fmt: skip
    got = run(tmp_path, {"排查表": CLINIC_LIST, "Sheet2": sheet})
    assert holders(got) == {"院长": {""}, "会计": {""}, "药剂员": {""}}
    assert "ROSTER_SIGN_IN_SET_ASIDE" in codes(got)


def test_a_staff_roster_still_fills_holders(tmp_path):
    roster = [
        ["XX县不动产登记中心岗位人员名单"],
        ["序号", "科室", "岗位", "姓名"],
        [1, "中心领导", "主任", "岑曦睿"],
        [2, "登记科", "受理员", "邬霁川"],
        [3, "登记科", "审核员", "阚沐瑶"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": ESTATE_LIST, "人员名单": roster})
    assert holders(got) == {"主任": {"岑曦睿"}, "受理员": {"邬霁川"}, "审核员": {"阚沐瑶"}}
    assert "ROSTER_SIGN_IN_SET_ASIDE" not in codes(got)


def test_a_pledge_sign_list_of_the_units_own_staff_still_fills_holders(tmp_path):
    """Judgement: '本人签名' beside 岗位 | 姓名 under a 承诺书 title, one unit and no meeting word,
    is the unit's staff signing their own pledge: who holds which post, a roster still."""
    pledge = [
        ["某某水文站廉政承诺书签名表"],
        ["序号", "岗位", "姓名", "本人签名", "日期"],
        [1, "站长", "令狐澈", None, "2025.3.1"],
        [2, "测报员", "司马汀", None, "2025.3.1"],
        [3, "报账员", "欧阳沅", None, "2025.3.2"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": HYDRO_LIST, "承诺书签名": pledge})
    assert holders(got) == {"站长": {"令狐澈"}, "测报员": {"司马汀"}, "报账员": {"欧阳沅"}}
    assert "ROSTER_SIGN_IN_SET_ASIDE" not in codes(got)


def test_a_party_meeting_members_roster_still_fills_holders(tmp_path):
    # a meeting word in the title, but no signature column: a roster of posts
    members = [
        ["城关镇卫生院院务会议成员及岗位"],
        ["序号", "岗位", "姓名", "分工"],
        [1, "院长", "澹台柯", "全面工作"],
        [2, "会计", "呼延蕾", "财务"],
        [3, "药剂员", "仲孙霁", "药房"],
    ]  # fmt: skip
    got = run(tmp_path, {"排查表": CLINIC_LIST, "成员": members})
    assert holders(got) == {"院长": {"澹台柯"}, "会计": {"呼延蕾"}, "药剂员": {"仲孙霁"}}
    assert "ROSTER_SIGN_IN_SET_ASIDE" not in codes(got)


def test_the_info_is_catalogued():
    assert "ROSTER_SIGN_IN_SET_ASIDE" in CATALOGUE and "ROSTER_SIGN_IN_SET_ASIDE" in SHORT


def test_what_the_hundred_and_thirtieth_review_found_a_unit_named_with_a_meeting_word(tmp_path):
    """A unit, room or 科室 named with a meeting word ('XX县培训中心', '会议室管理人员名单', '会议
    服务中心') is no meeting: its own staff roster with a '本人签名' column (a 承诺书's sign list)
    had been set aside as a meeting's sign-in (ROSTER_SIGN_IN_SET_ASIDE) for the 培训 or 会议 of
    its name, and the list's posts filled with no holder. The name is taken out before the
    meeting words are looked for; a 培训 said of a meeting ('廉政培训签到表') still counts."""
    training = [
        ["XX县培训中心岗位廉政风险点一览表"],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "中心领导", "主任", "培训经费虚列支出", "一级", "经费使用集体研究。"],
        [2, "教务科", "科长", "培训班次、人数虚报", "二级", "班次人数按月公示。"],
        [3, "后勤科", "会计", "食堂采购收受回扣", "一级", "采购双人验收。"],
    ]  # fmt: skip
    staff = [
        ["XX县培训中心人员名单"],
        ["序号", "科室", "岗位", "姓名", "本人签名"],
        [1, "中心领导", "主任", "东方既白", ""],
        [2, "教务科", "科长", "上官未明", ""],
        [3, "后勤科", "会计", "公孙欲晓", ""],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": training, "人员名单": staff})
    assert holders(got) == {"主任": {"东方既白"}, "科长": {"上官未明"}, "会计": {"公孙欲晓"}}
    assert "ROSTER_SIGN_IN_SET_ASIDE" not in codes(got)

    rooms = [["会议室管理人员名单"], *staff[1:]]
    got = run(tmp_path / "rooms", {"一览表": training, "人员名单": rooms})
    assert holders(got) == {"主任": {"东方既白"}, "科长": {"上官未明"}, "会计": {"公孙欲晓"}}

    meeting = [["XX县培训中心2025年廉政培训签名册"], *staff[1:]]
    got = run(tmp_path / "meeting", {"一览表": training, "人员名单": meeting})
    assert holders(got) == {"主任": {""}, "科长": {""}, "会计": {""}}
    assert "ROSTER_SIGN_IN_SET_ASIDE" in codes(got)
