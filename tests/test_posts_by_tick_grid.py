"""A list of posts with no holders ('岗位 | 廉政风险点 | 风险等级 | 防控措施', 对岗不对人) whose holders
a person × post TICK GRID names (人员岗位对照表, 岗位人员对应表: one row a person, '√' under each post
held; or turned, one row a post, '√' under each person holding it) on another sheet or under the
list: each post's points are every person ticked for it, one form a person and post (one person
ticked for two posts has two forms, a post ticked for two people gives each its points, said in an
info), the grid's rows no points. A ticked post the list lacks and a list post nobody ticked are
warned at their cells.

Not the published batch's file (a 镇卫生院 with 院长/收费员/会计, 高/中/低, '√' on its own sheet
``人员岗位对照表``): a 乡镇 财政所, a 街道 社区服务中心 and a 中学 总务处, other posts and names,
一级/二级/三级, ★★★/★★/★ and Ⅰ级/Ⅱ级/Ⅲ级, '○', '是' and '1' for a tick, the grid under the
list, turned (posts down, people across), with a 科室 and a 备注 column; and grids that look a bit
alike — people × 风险类型 ticks, a training sign-in sheet ticked by date — read as before (no
holder from them). Written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


FINANCE = [
    ["XX乡财政所岗位廉政风险点一览表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "所长", "惠农补贴资金审批把关不严", "一级", "补贴资金集体研究，张榜公示"],
    [2, "所长", "乡级预算调整不报批", "二级", "预算调整报乡人大审议"],
    [3, "出纳", "挪用备用金", "一级", "库存现金日清月结，所长不定期抽查"],
    [4, "出纳", "网银密钥与复核密钥一人保管", "二级", "密钥分人保管"],
    [5, "报账员", "村级报账审核不严", "二级", "村账乡代理，票据逐张审核"],
    [6, "综合统计员", "统计数据虚报", "三级", "数据交叉比对，留存原始台账"],
]
ROMAN = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}


def _finance(held: dict[str, list[str]]) -> list[tuple[str, str, str, str]]:
    return sorted(
        (post, who, point, ROMAN[level])
        for _n, post, point, level, _m in FINANCE[2:]
        for who in held.get(post, [""])
    )


def test_person_by_post_grid_on_its_own_sheet(tmp_path):
    # one row a person, '○' a tick, a 科室 and a 备注 column; 储芷蘅 holds two posts, the 出纳
    # post two people
    grid = [["XX乡财政所岗位人员对应表"],
            ["序号", "所在股室", "姓名", "所长", "出纳", "报账员", "综合统计员", "备注"],
            [1, "财政所", "储芷蘅", "○", None, None, "○", "兼统计"],
            [2, "财政所", "缑熠辰", None, "○", None, None, None],
            [3, "财政所", "宓婉清", None, "○", "○", None, "村账代理"],
            [4, "财政所", "鄢朗川", None, None, "○", None, None]]  # fmt: skip
    got = run(tmp_path, {"一览表": FINANCE, "岗位人员对应表": grid},
              {"一览表": ["A1:E1"], "岗位人员对应表": ["A1:H1"]})  # fmt: skip
    assert read(got) == _finance({
        "所长": ["储芷蘅"],
        "出纳": ["缑熠辰", "宓婉清"],
        "报账员": ["宓婉清", "鄢朗川"],
        "综合统计员": ["储芷蘅"],
    })  # fmt: skip
    assert len(got.posts) == 6  # (one form a person and post)
    said = got.issues[got.issues["code"] == "POSTS_BY_TICK_GRID"]
    assert list(said["source_sheet"]) == ["岗位人员对应表"] and list(said["cell"]) == ["A2"]
    assert list(said["severity"]) == ["info"]
    assert "出纳=缑熠辰、宓婉清" in said["value"].iloc[0]
    several = got.issues[got.issues["code"] == "POST_TICKED_FOR_SEVERAL"]
    assert sorted(several["value"]) == ["出纳", "报账员"]
    assert sorted(several["cell"]) == ["E2", "F2"]  # (each post's heading in the grid)
    assert list(several["severity"]) == ["info", "info"]
    assert not {"POST_NOT_TICKED", "TICK_GRID_POST_UNLISTED"} & codes(got)
    assert not set(got.issues[got.issues["severity"] == "error"]["code"])


def test_grid_under_the_list_with_an_unlisted_and_an_unticked_post(tmp_path):
    # a 社区服务中心's list with stars, the grid under it after a blank row and a caption, '是' a
    # tick, '否' none; the 网格员 post is ticked but not listed, the 调解员 post ticked by no one
    rows = [["XX街道社区服务中心岗位廉政风险防控表"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "中心主任", "低保对象审核优亲厚友", "★★★", "入户调查，三级公示"],
            [2, "民政专干", "临时救助资金发放不公开", "★★", "救助名单社区公示"],
            [3, "民政专干", "残疾人补贴冒领", "★★", "每季度比对户籍信息"],
            [4, "调解员", "调解收受当事人财物", "★", "调解过程双人在场"],
            [],
            ["社区人员岗位对照表"],
            ["序号", "姓名", "中心主任", "民政专干", "调解员", "网格员"],
            [1, "蔺书瑶", "是", "否", "否", "否"],
            [2, "阙子墨", "否", "是", "否", "是"],
            [3, "蔺思远", "否", "是", "否", "否"]]  # fmt: skip
    got = run(tmp_path, {"防控表": rows}, {"防控表": ["A1:E1", "A8:F8"]})
    stars = {"★★★": "Ⅰ级", "★★": "Ⅱ级", "★": "Ⅲ级"}
    assert read(got) == sorted([
        ("中心主任", "蔺书瑶", "低保对象审核优亲厚友", stars["★★★"]),
        ("民政专干", "阙子墨", "临时救助资金发放不公开", stars["★★"]),
        ("民政专干", "蔺思远", "临时救助资金发放不公开", stars["★★"]),
        ("民政专干", "阙子墨", "残疾人补贴冒领", stars["★★"]),
        ("民政专干", "蔺思远", "残疾人补贴冒领", stars["★★"]),
        ("调解员", "", "调解收受当事人财物", stars["★"]),
    ])  # fmt: skip
    unticked = got.issues[got.issues["code"] == "POST_NOT_TICKED"]
    assert list(unticked["value"]) == ["调解员"] and list(unticked["cell"]) == ["B6"]
    assert list(unticked["severity"]) == ["warning"]
    unlisted = got.issues[got.issues["code"] == "TICK_GRID_POST_UNLISTED"]
    assert list(unlisted["value"]) == ["网格员"] and list(unlisted["cell"]) == ["F9"]
    assert list(unlisted["severity"]) == ["warning"]
    assert "POSTS_BY_TICK_GRID" in codes(got)
    assert not {"ROW_UNPLACED", "CELL_OUTSIDE", "POINT_BLANK"} & codes(got)


def test_grid_turned_posts_down_people_across(tmp_path):
    # a 中学 总务处: one row a post ('岗位＼姓名'), '1' a tick; 芮晨阳 holds two posts
    rows = [["XX中学总务处廉政风险点排查表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "总务主任", "食堂大宗食材采购指定供应商", "Ⅰ级", "食材统一招标，验收双人签字"],
            [2, "食堂管理员", "食堂账目收支不入账", "Ⅱ级", "食堂账每月公示"],
            [3, "校产管理员", "报废资产私自处置", "Ⅲ级", "资产报废报教体局审批"]]  # fmt: skip
    grid = [["总务处人岗对应表"],
            ["岗位＼姓名", "芮晨阳", "亓语桐", "樊嘉懿"],
            ["总务主任", 1, None, None],
            ["食堂管理员", None, 1, 1],
            ["校产管理员", 1, None, None]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows, "人岗对应": grid}, {"排查表": ["A1:E1"]})
    assert read(got) == sorted([
        ("总务主任", "芮晨阳", "食堂大宗食材采购指定供应商", "Ⅰ级"),
        ("食堂管理员", "亓语桐", "食堂账目收支不入账", "Ⅱ级"),
        ("食堂管理员", "樊嘉懿", "食堂账目收支不入账", "Ⅱ级"),
        ("校产管理员", "芮晨阳", "报废资产私自处置", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    assert "POSTS_BY_TICK_GRID" in codes(got)
    several = got.issues[got.issues["code"] == "POST_TICKED_FOR_SEVERAL"]
    assert list(several["value"]) == ["食堂管理员"]


def test_grid_with_a_duty_and_an_office_column_beside_the_names(tmp_path):
    # '姓名 | 职务 | 所在科室' before the posts: the ticks decide, not the 职务 written
    grid = [["人员岗位对照表"],
            ["序号", "姓名", "职务", "所在科室", "所长", "出纳", "报账员", "综合统计员", "备注"],
            [1, "储芷蘅", "所长", "财政所", "√", None, None, "√", None],
            [2, "缑熠辰", "科员", "财政所", None, "√", "√", None, None],
            [3, "宓婉清", "科员", "财政所", None, None, "√", "√", "借调"]]  # fmt: skip
    got = run(tmp_path, {"一览表": FINANCE, "对照表": grid}, {"一览表": ["A1:E1"]})
    assert read(got) == _finance({
        "所长": ["储芷蘅"],
        "出纳": ["缑熠辰"],
        "报账员": ["缑熠辰", "宓婉清"],
        "综合统计员": ["储芷蘅", "宓婉清"],
    })  # fmt: skip
    assert "POSTS_BY_TICK_GRID" in codes(got)


def test_a_grid_of_risk_types_names_no_holder(tmp_path):
    # people × 风险类型 ticks: no posts across, so no holder from it
    grid = [["风险类型自查表"],
            ["序号", "姓名", "思想道德风险", "岗位职责风险", "制度机制风险", "外部环境风险"],
            [1, "储芷蘅", "√", "√", None, None],
            [2, "缑熠辰", None, "√", "√", None],
            [3, "宓婉清", "√", None, None, "√"]]  # fmt: skip
    got = run(tmp_path, {"一览表": FINANCE, "自查表": grid}, {"一览表": ["A1:E1"]})
    assert read(got) == _finance({})
    assert not {"POSTS_BY_TICK_GRID", "POST_NOT_TICKED", "TICK_GRID_POST_UNLISTED"} & codes(got)


def test_a_training_sign_in_ticked_by_date_stays_unread(tmp_path):
    # a sign-in sheet of the same people, '√' under dates and sessions: no holders, as before
    grid = [["廉政教育培训签到表"],
            ["序号", "姓名", "3月5日", "4月9日", "警示教育", "备注"],
            [1, "储芷蘅", "√", "√", "√", None],
            [2, "缑熠辰", "√", None, "√", "请假一次"],
            [3, "宓婉清", "√", "√", None, None]]  # fmt: skip
    got = run(tmp_path, {"一览表": FINANCE, "签到表": grid}, {"一览表": ["A1:E1"]})
    assert read(got) == _finance({})
    assert not {"POSTS_BY_TICK_GRID", "POST_NOT_TICKED", "TICK_GRID_POST_UNLISTED"} & codes(got)


def test_a_list_naming_its_holders_keeps_them(tmp_path):
    # a list with its own 姓名 column and a tick grid beside: read as the list says
    rows = [["XX乡财政所岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "储芷蘅", "惠农补贴资金审批把关不严", "一级", "集体研究"],
            [2, "出纳", "缑熠辰", "挪用备用金", "一级", "日清月结"]]  # fmt: skip
    grid = [["序号", "姓名", "所长", "出纳"],
            [1, "宓婉清", "√", None],
            [2, "鄢朗川", None, "√"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows, "对照表": grid}, {"一览表": ["A1:F1"]})
    assert read(got) == sorted([
        ("所长", "储芷蘅", "惠农补贴资金审批把关不严", "Ⅰ级"),
        ("出纳", "缑熠辰", "挪用备用金", "Ⅰ级"),
    ])  # fmt: skip
    assert "POSTS_BY_TICK_GRID" not in codes(got)


def test_the_codes_are_catalogued():
    for code in ("POSTS_BY_TICK_GRID", "POST_TICKED_FOR_SEVERAL", "TICK_GRID_POST_UNLISTED",
                 "POST_NOT_TICKED"):  # fmt: skip
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_thirty_first_review_found_posts_under_a_merged_heading(tmp_path):
    """The grid's heading on two rows, '岗位' merged over the posts ('序号 | 姓名 | 岗位' over
    '| | 所长 | 出纳 | 报账员 | 综合统计员', 序号 and 姓名 merged down), a plain variant of the
    one-row grid: it was not found (the '岗位' heading taken for the people's own 职务 column),
    the list's holders left blank. Read as the one-row grid now, on its own sheet or under the
    list, a post two hold told at its heading on the second row."""
    grid = [["XX乡财政所岗位人员对应表"],
            ["序号", "姓名", "岗位", None, None, None],
            [None, None, "所长", "出纳", "报账员", "综合统计员"],
            [1, "储芷蘅", "√", None, None, "√"],
            [2, "缑熠辰", None, "√", None, None],
            [3, "宓婉清", None, "√", "√", None],
            [4, "鄢朗川", None, None, "√", None]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:F2"]
    held = {
        "所长": ["储芷蘅"],
        "出纳": ["缑熠辰", "宓婉清"],
        "报账员": ["宓婉清", "鄢朗川"],
        "综合统计员": ["储芷蘅"],
    }
    got = run(tmp_path / "own", {"一览表": FINANCE, "对应表": grid},
              {"一览表": ["A1:E1"], "对应表": merges})  # fmt: skip
    assert read(got) == _finance(held)
    several = got.issues[got.issues["code"] == "POST_TICKED_FOR_SEVERAL"]
    assert sorted(several["cell"]) == ["D3", "E3"]
    below = len(FINANCE) + 1
    shifted = [f"{m[0]}{int(m[1]) + below}:{m[3]}{int(m[4]) + below}" for m in merges]
    got = run(tmp_path / "under", {"一览表": [*FINANCE, [], *grid]},
              {"一览表": ["A1:E1", *shifted]})  # fmt: skip
    assert read(got) == _finance(held)
    assert "POSTS_BY_TICK_GRID" in codes(got)
