"""A post-only list (科室 | 岗位 | 廉政风险点 | …, no name column) whose holders are named only by
the office's card issue-and-receipt register on another sheet (防控卡发放签收登记表: 科室 | 岗位 |
领卡人 / 签收人 / 领取人签字 | 签收日期, one row a post): each post's points are its signer's, a
form each where several signed for one post, with one info (HOLDERS_BY_SIGN_REGISTER) naming the
register. A register whose posts match none of the list's, a list naming its own holders, and a
register whose signer column holds dates or notes instead of names are read as before.

The layouts here are not the published batch's (batch924's 档案管理服务中心 with 股室/岗位 and
'领卡人（签名）'): another unit and sector (a county's 不动产登记中心 and a 水文站), other posts and
names, 一级/二级/三级 and ★ levels, other signer headings ('签收人', '领取人签字', '接收人'), the
register's columns in another order, with and without 序号, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


ESTATE = "XX县不动产登记中心"
ESTATE_LIST = [
    [f"{ESTATE}岗位廉政风险点一览表"],
    ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心领导", "主任", "登记审核打招呼、违规放宽要件", "一级", "疑难登记集体会审。"],
    [2, "登记科", "受理员", "受理材料不全即受理，收受好处", "二级", "一次性告知，受理全程留痕。"],
    [3, "登记科", "审核员", "审核把关不严，违规办理转移登记", "一级", "审核双人复核，系统留痕。"],
    [4, "档案科", "查询员", "违规提供权利人登记信息", "三级", "查询凭证件登记，按权限提供。"],
    ["填表：办公室", None, "审核：", None, "2025年9月", None],
]  # fmt: skip
ESTATE_POINTS = {
    "登记审核打招呼、违规放宽要件": "主任",
    "受理材料不全即受理，收受好处": "受理员",
    "审核把关不严，违规办理转移登记": "审核员",
    "违规提供权利人登记信息": "查询员",
}


def test_register_signers_hold_the_posts(tmp_path):
    register = [
        [f"{ESTATE}廉政风险防控卡发放签收登记表"],
        ["序号", "科室", "岗位", "签收人", "签收日期", "备注"],
        [1, "中心领导", "主任", "岑曦睿", "2025.9.2", None],
        [2, "登记科", "受理员", "邬霁川", "2025.9.2", None],
        [3, "登记科", "审核员", "阚沐瑶", "2025.9.3", None],
        [4, "档案科", "查询员", "晁屹泓", "2025.9.3", None],
        ["发放人：办公室", None, None, "发放日期：2025年9月2日", None, None],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": ESTATE_LIST, "签收登记": register})
    who = {"主任": "岑曦睿", "受理员": "邬霁川", "审核员": "阚沐瑶", "查询员": "晁屹泓"}
    assert read(got) == sorted((p, who[p], pt) for pt, p in ESTATE_POINTS.items())
    said = got.issues[got.issues["code"] == "HOLDERS_BY_SIGN_REGISTER"]
    assert len(said) == 1
    assert said.iloc[0]["source_sheet"] == "签收登记" and said.iloc[0]["cell"] == "D2"
    assert "签收人" in said.iloc[0]["message"] and "受理员" in said.iloc[0]["message"]


def test_register_in_another_order_two_signers_of_one_post(tmp_path):
    # '领取人签字' before the post, no 序号; two 受理员 signed: each a holder of its points
    register = [
        ["防控卡领取登记"],
        ["领取人签字", "所在科室", "岗位", "领取时间"],
        ["岑曦睿", "中心领导", "主任", "9月2日"],
        ["邬霁川", "登记科", "受理员", "9月2日"],
        ["钮恺婧", "登记科", "受理员", "9月2日"],
        ["阚沐瑶", "登记科", "审核员", "9月3日"],
        ["晁屹泓", "档案科", "查询员", "9月3日"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": ESTATE_LIST, "领卡登记": register})
    people = {(t, p) for t, p, _pt in read(got)}
    assert ("受理员", "邬霁川") in people and ("受理员", "钮恺婧") in people
    assert ("主任", "岑曦睿") in people and ("查询员", "晁屹泓") in people
    assert "HOLDERS_BY_SIGN_REGISTER" in codes(got)


STATION = "XX县水文站"
STATION_LIST = [
    [f"{STATION}廉政风险防控清单"],
    ["序号", "岗位", "风险点", "等级", "措施"],
    [1, "站长", "水文监测设备采购指定品牌", "★★★", "采购按程序公开比选。"],
    [2, "测报员", "篡改水位流量监测数据", "★★", "数据自动上传，人工改动留痕。"],
    [3, "报账员", "虚列外业补助", "★", "补助按出勤表核发。"],
]  # fmt: skip


def test_register_by_post_alone_with_receiver_heading(tmp_path):
    register = [
        ["序号", "岗位", "接收人", "接收日期"],
        [1, "站长", "樊砚秋", "2025-06-03"],
        [2, "测报员", "糜子衿", "2025-06-03"],
        [3, "报账员", "闫知澜", "2025-06-04"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": STATION_LIST, "防控卡签收": register})
    assert {(t, p) for t, p, _pt in read(got)} == {
        ("站长", "樊砚秋"),
        ("测报员", "糜子衿"),
        ("报账员", "闫知澜"),
    }
    assert "HOLDERS_BY_SIGN_REGISTER" in codes(got)


def test_register_of_other_posts_joins_nothing(tmp_path):
    # the register of another office's cards: no post of the list, no holder, no word of it
    register = [
        ["序号", "科室", "岗位", "签收人", "签收日期"],
        [1, "财务室", "会计", "岑曦睿", "2025.9.2"],
        [2, "财务室", "出纳", "邬霁川", "2025.9.2"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": ESTATE_LIST, "签收登记": register})
    assert {p for _t, p, _pt in read(got)} == {""}
    assert "HOLDERS_BY_SIGN_REGISTER" not in codes(got)


def test_named_list_ignores_the_register(tmp_path):
    # the list names its holders itself: the register changes nothing, says nothing
    named = [
        ["序号", "岗位", "姓名", "风险点", "等级", "措施"],
        [1, "站长", "郜清和", "水文监测设备采购指定品牌", "★★★", "采购按程序公开比选。"],
        [2, "测报员", "郜清和", "篡改水位流量监测数据", "★★", "数据自动上传。"],
    ]  # fmt: skip
    register = [
        ["序号", "岗位", "签收人", "签收日期"],
        [1, "站长", "樊砚秋", "2025-06-03"],
        [2, "测报员", "糜子衿", "2025-06-03"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": named, "签收": register})
    assert {p for _t, p, _pt in read(got)} == {"郜清和"}
    assert "HOLDERS_BY_SIGN_REGISTER" not in codes(got)


def test_signer_column_of_dates_is_no_roster(tmp_path):
    # '签收' over dates only (no one's name): the posts stay post-only
    register = [
        ["序号", "岗位", "签收人", "备注"],
        [1, "站长", "2025-06-03", None],
        [2, "测报员", "2025-06-03", None],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": STATION_LIST, "签收": register})
    assert {p for _t, p, _pt in read(got)} == {""}
    assert "HOLDERS_BY_SIGN_REGISTER" not in codes(got)


def test_the_info_is_catalogued():
    assert "HOLDERS_BY_SIGN_REGISTER" in CATALOGUE and "HOLDERS_BY_SIGN_REGISTER" in SHORT


def test_what_the_hundred_and_twenty_ninth_review_found_meeting_sign_in_is_no_register(tmp_path):
    """A meeting's sign-in sheet beside the post-only list ('全县廉政风险防控工作推进会签到表':
    序号 | 单位 | 职务 | 签名, attendees of several units, two of them 局长 of other 局s) had been
    taken for a card register: the list's 局长 points were copied to both other units' 局长, with
    an info naming a 防控卡 register. Judgement: a sheet whose title or heading says 签到/会议/
    培训, or whose 单位 column names two units or more, lists those who came, not who holds a
    post's card: no form for each signer, no info. (Since the sign-in is set aside as no roster
    at all, ROSTER_SIGN_IN_SET_ASIDE, tests/test_roster_sign_in_sheets.py: its 主任 stays
    no one's.)"""
    sign_in = [
        ["全县廉政风险防控工作推进会签到表"],
        ["序号", "单位", "职务", "签名"],
        [1, "县纪委监委", "科员", "甄子墨"],
        [2, "县财政局", "主任", "闻人川"],
        [3, "县水利局", "主任", "公孙策"],
        [4, "县自然资源局", "局长", "宗政岚"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": ESTATE_LIST, "签到表": sign_in})
    assert "HOLDERS_BY_SIGN_REGISTER" not in codes(got)
    assert [p for t, p, _pt in read(got) if t == "主任"] == [""]


def test_what_the_hundred_and_twenty_ninth_review_found_two_years_registers(tmp_path):
    """Two sign-off registers, last year's and this year's ('2025年…签收登记表' before '2024年…'
    in the tabs), the 受理员's card signed for by 邬霁川 in 2024 and by 钮恺婧 in 2025: the
    register of the LAST TAB had won, so the tab order decided, here giving last year's
    signer. Judgement: registers naming their year (tab or title) are taken in the years'
    order, the latest year's signer kept; registers naming no year stay in tab order."""

    def register(year: str, receiver: str) -> list:
        return [
            [f"{ESTATE}{year}年廉政风险防控卡发放签收登记表"],
            ["序号", "科室", "岗位", "签收人", "签收日期"],
            [1, "中心领导", "主任", "岑曦睿", f"{year}.9.2"],
            [2, "登记科", "受理员", receiver, f"{year}.9.2"],
            [3, "登记科", "审核员", "阚沐瑶", f"{year}.9.3"],
            [4, "档案科", "查询员", "晁屹泓", f"{year}.9.3"],
        ]

    sheets = {"一览表": ESTATE_LIST, "2025年": register("2025", "钮恺婧"), "2024年": register("2024", "邬霁川")}  # fmt: skip
    got = run(tmp_path, sheets)
    who = {"主任": "岑曦睿", "受理员": "钮恺婧", "审核员": "阚沐瑶", "查询员": "晁屹泓"}
    assert read(got) == sorted((p, who[p], pt) for pt, p in ESTATE_POINTS.items())
