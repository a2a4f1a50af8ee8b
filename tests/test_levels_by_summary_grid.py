"""A list with NO level column whose levels stand only in a SUMMARY GRID on another sheet: 科室
(or 岗位) down, the levels across (``一级风险点 | 二级风险点 | 三级风险点``, ``高风险点 | 中风险点 |
低风险点``, ``Ⅰ级风险点 …``), each cell listing several of that row's points word for word —
numbered one a line (``1.…⏎2.…``, ``（1）…``), numbered on one line (``①…②…``) or parted by
``；`` —, naming no holder and no measure. Each list point takes the level of the column its
cell sits in, matched by its 科室 (post) and its words, numbering, spaces and punctuation aside
(info LEVELS_BY_SUMMARY_GRID at the grid's heading); the grid gives no forms or points of its
own. A list point in no cell keeps its blank level (warning SUMMARY_GRID_POINT_MISSING at its
cell), one in cells of two levels too (SUMMARY_GRID_POINT_TWICE); an item of the grid no list
row has is said (SUMMARY_GRID_POINT_UNLISTED at the grid's cell). Before, the grid was read as a
second, nameless list (its points doubled as 科室 forms) and the list's points had no level.

Not the published batch's file (batch968: a 县人民医院's 明细表 and its ``分级汇总表``, 科室 down,
``1.…`` lines): a 县水利局 graded by a grid of POSTS down with 高/中/低 across and points parted by
``；`` (the same as an .ods copy behind a cover sheet), a 县人社局 whose two sheets (班子 naming no
科室, 股室) one grid grades with ``①…②…`` on one line, and a 县市场监督管理局 whose grid lists one
point at two levels, leaves one out and lists one the list lacks. Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Near-misses an ordinary file
has, read exactly as before: a grid of COUNTS (科室 × 一级/二级/三级 numbers) beside a list with no
level, a grid of other points
(a 风险点库) beside the list, and such a grid alone in its file.

Later, in other words again: a 县司法局's grid by POST writing the 股室 with it ('公证处主任') beside
a list of 股室 | 岗位 apart (it had been read as a list again, the list's levels blank); a 县文旅局's
grid whose items run on with no space ('（1）…（2）…', '1.…2.…'), are parted by '，', or written
'1.…；2.…。' (read as 'A' with no level beside 'A；2.B', the grid had been a list again) — each
piece cut only where, taken whole from the left, it is a point of the list ('演出审批、备案' one).
A list writing the level of some rows itself: those keep it, and the grid's items for them
are the list's (they had been counted as the grid's own, its reading as a list kept, or said
SUMMARY_GRID_POINT_UNLISTED).

Since batch1036: a grid restating, level for level, the points of a list that writes its own
levels is that list's summary, no list of its own (info SUMMARY_GRID_REPEATS_LEVELS; see
tests/test_summary_grid_repeats_levels.py); one item graded otherwise and it reads as before.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT, WARNING

NEW = {
    "LEVELS_BY_SUMMARY_GRID",
    "SUMMARY_GRID_POINT_MISSING",
    "SUMMARY_GRID_POINT_TWICE",
    "SUMMARY_GRID_POINT_UNLISTED",
}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", sheets, merges or {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


# a 水利局's list by post, no 科室, no level column; its grid by POST down, 高/中/低 across, the
# points of a cell parted by '；', '/' where a post has none, one point's '、' typed '，'
WATER_LIST = [
    ["县水利局岗位廉政风险点清单", None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "防控措施"],
    [1, "局长", "段干霑", "水利工程招投标中打招呼、定中标人", "招标全程进交易中心，评标专家随机抽取。"],
    [2, "局长", "段干霑", "工程变更签证审批把关不严", "变更签证经局务会集体研究。"],
    [3, "建管股股长", "公西沅", "工程质量验收降低标准", "验收由监理、设计、施工三方签字。"],
    [4, "建管股股长", "公西沅", "隐蔽工程计量虚增", "隐蔽工程影像资料全程留存。"],
    [5, "财务会计", "段干沨", "项目资金拨付不按进度", "资金拨付附监理进度确认单。"],
    [6, "财务会计", "段干沨", "报销凭证审核不严", "报销凭证经股长复核签字。"],
    [7, "河道管理员", "公西湄", "河道采砂巡查不到位、收受好处", "巡查轨迹定位上传，两人同行。"],
    ["注：各风险点的等级见“等级汇总”表。", None, None, None, None],
]  # fmt: skip
WATER_GRID = [
    ["县水利局廉政风险等级汇总", None, None, None],
    ["岗位", "高风险点", "中风险点", "低风险点"],
    ["局长", "水利工程招投标中打招呼、定中标人；工程变更签证审批把关不严", "/", "/"],
    ["建管股股长", "工程质量验收降低标准", "隐蔽工程计量虚增", "/"],
    ["财务会计", "/", "项目资金拨付不按进度", "报销凭证审核不严"],
    ["河道管理员", "河道采砂巡查不到位，收受好处", "/", "/"],
]  # fmt: skip
WATER_LEVELS = ["Ⅰ级", "Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
WATER_MERGES = {"清单": ["B3:B4", "C3:C4", "B5:B6", "C5:C6", "B7:B8", "C7:C8"]}


def test_a_grid_of_posts_with_high_middle_low_grades_the_list(tmp_path):
    got = run(tmp_path, {"清单": WATER_LIST, "等级汇总": WATER_GRID}, WATER_MERGES)
    assert [p for p, _lv in levels(got)] == [row[3] for row in WATER_LIST[2:9]]
    assert [lv for _p, lv in levels(got)] == WATER_LEVELS
    # the grid gives no forms of its own: the four holders' only
    assert sorted(got.posts["person"]) == sorted({row[2] for row in WATER_LIST[2:9]})
    assert set(got.risks["source_sheet"]) == {"清单"}
    said = issue(got, "LEVELS_BY_SUMMARY_GRID")
    assert len(said) == 1 and list(said["source_sheet"]) == ["等级汇总"]
    assert list(said["cell"]) == ["B2"] and said["severity"].iloc[0] != WARNING
    message = said["message"].iloc[0]
    assert "“清单”" in message and "岗位" in message and "高风险点" in message and "7 个" in message
    assert not {"LEVEL_BLANK", "MEASURES_BLANK", "LEVEL_COLUMNS", "POINT_BLANK"} & codes(got)
    assert not (NEW - {"LEVELS_BY_SUMMARY_GRID"}) & codes(got)


def test_an_ods_copy_behind_a_cover_is_graded_alike(tmp_path):
    inbox = tmp_path / "inbox"
    cover = [["县水利局"], ["廉政风险防控材料"], ["2025年4月"]]
    write_ods(inbox / "水利局.ods", {"封面": cover, "清单": WATER_LIST, "等级汇总": WATER_GRID})
    got = _collect(inbox)
    assert [lv for _p, lv in levels(got)] == WATER_LEVELS
    assert set(got.risks["source_sheet"]) == {"清单"}
    assert list(issue(got, "LEVELS_BY_SUMMARY_GRID")["source_sheet"]) == ["等级汇总"]
    assert "LEVEL_BLANK" not in codes(got)


# a 人社局's two sheets (班子 naming no 科室, then 股室), one grid of 科室 with a '局领导' row, each
# cell's points numbered ①②… on ONE line
HR_LEADERS = [
    ["县人力资源和社会保障局领导班子廉政风险点", None, None, None, None],
    ["序号", "职务", "姓名", "风险点", "防控措施"],
    [1, "局长", "东门翀", "事业单位招聘方案量身定制", "招聘方案局党组集体研究。"],
    [2, "副局长", "东门翯", "社保基金支付审批把关不严", "大额支付双人复核。"],
]  # fmt: skip
HR_OFFICES = [
    ["县人力资源和社会保障局股室廉政风险点", None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"],
    [1, "劳动监察大队", "队长", "叱干岚", "欠薪案件查处中吃拿卡要", "案件办理全程留痕。"],
    [2, "劳动监察大队", "队长", "叱干岚", "对违法用人单位降格处理", "处理结果集体审议。"],
    [3, "社保经办股", "经办员", "叱干峤", "冒领养老金稽核不严", "每年开展资格认证。"],
    [4, "社保经办股", "经办员", "叱干峤", "违规办理提前退休", "退休审批公示。"],
]  # fmt: skip
HR_GRID = [
    ["县人社局廉政风险分级情况", None, None, None],
    ["科室", "Ⅰ级风险点", "Ⅱ级风险点", "Ⅲ级风险点"],
    ["局领导", "①事业单位招聘方案量身定制②社保基金支付审批把关不严", "", ""],
    ["劳动监察大队", "①欠薪案件查处中吃拿卡要", "①对违法用人单位降格处理", ""],
    ["社保经办股", "", "①冒领养老金稽核不严", "①违规办理提前退休"],
]  # fmt: skip


def test_one_grid_grades_two_sheets_and_numbers_on_one_line(tmp_path):
    got = run(tmp_path, {"领导班子": HR_LEADERS, "股室": HR_OFFICES, "分级情况": HR_GRID})
    assert levels(got) == [
        ("事业单位招聘方案量身定制", "Ⅰ级"),
        ("社保基金支付审批把关不严", "Ⅰ级"),
        ("欠薪案件查处中吃拿卡要", "Ⅰ级"),
        ("对违法用人单位降格处理", "Ⅱ级"),
        ("冒领养老金稽核不严", "Ⅱ级"),
        ("违规办理提前退休", "Ⅲ级"),
    ]
    said = issue(got, "LEVELS_BY_SUMMARY_GRID")
    assert len(said) == 1 and "“领导班子、股室”" in said["message"].iloc[0]
    assert "分级情况" not in set(got.risks["source_sheet"])
    assert not (NEW - {"LEVELS_BY_SUMMARY_GRID"}) & codes(got)
    assert "LEVEL_BLANK" not in codes(got)


# a 市场监督管理局's list by 股室; its grid (（1）… lines) lists one point at two levels, leaves
# the 计量所's point out (its row blank) and lists a point the list lacks
MARKET_LIST = [
    ["县市场监督管理局廉政风险防控一览表", None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "廉政风险点", "防控措施"],
    [1, "局领导", "局长", "左丘昶", "行政许可审批打招呼、说情", "许可事项网上全程留痕。"],
    [2, "局领导", "局长", "左丘昶", "重大案件处罚畸轻畸重", "重大案件集体讨论。"],
    [3, "登记注册股", "股长", "仉督瀛", "企业登记材料审核不严", "材料审核两人签字。"],
    [4, "登记注册股", "股长", "仉督瀛", "为中介代办开绿灯", "代办人员实名登记。"],
    [5, "稽查执法大队", "队长", "左丘湛", "案件查办中通风报信", "查办计划临时下达。"],
    [6, "稽查执法大队", "队长", "左丘湛", "罚没物品处置不规范", "罚没物品公开拍卖。"],
    [7, "稽查执法大队", "执法员", "仉督汐", "检查中接受宴请、收受礼品", "执法记录仪全程记录。"],
    [8, "计量所", "所长", "仉督岷", "计量器具检定收费不规范", "收费标准上墙公示。"],
]  # fmt: skip
MARKET_GRID = [
    ["风险分级表", None, None, None, None],
    ["序号", "股室", "一级风险", "二级风险", "三级风险"],
    [1, "局领导", "（1）行政许可审批打招呼、说情\n（2）重大案件处罚畸轻畸重", "", ""],
    [2, "登记注册股", "", "（1）企业登记材料审核不严", "（1）为中介代办开绿灯"],
    [3, "稽查执法大队", "（1）案件查办中通风报信\n（2）检查中接受宴请、收受礼品",
     "（1）罚没物品处置不规范\n（2）检查中接受宴请、收受礼品", "（1）执法文书送达不及时"],
    [4, "计量所", "", "", ""],
]  # fmt: skip


def test_a_point_listed_twice_or_not_at_all_keeps_its_blank(tmp_path):
    got = run(tmp_path, {"一览表": MARKET_LIST, "风险分级表": MARKET_GRID})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅱ级", "", ""]
    twice = issue(got, "SUMMARY_GRID_POINT_TWICE")
    assert list(twice["cell"]) == ["E9"] and list(twice["source_sheet"]) == ["一览表"]
    assert "C5、D5" in twice["message"].iloc[0] and "一级风险、二级风险" in twice["message"].iloc[0]
    missing = issue(got, "SUMMARY_GRID_POINT_MISSING")
    assert list(missing["cell"]) == ["E10"] and "计量所" in missing["message"].iloc[0]
    unlisted = issue(got, "SUMMARY_GRID_POINT_UNLISTED")
    assert list(unlisted["source_sheet"]) == ["风险分级表"] and list(unlisted["cell"]) == ["E5"]
    assert "执法文书送达不及时" in unlisted["message"].iloc[0]
    assert (
        set(twice["severity"]) == set(missing["severity"]) == set(unlisted["severity"]) == {WARNING}
    )
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["E9", "E10"]
    assert "执法文书送达不及时" not in set(got.risks["risk_point"])
    assert set(got.risks["source_sheet"]) == {"一览表"}
    assert "6 个" in issue(got, "LEVELS_BY_SUMMARY_GRID")["message"].iloc[0]


# near-misses, read exactly as before

COUNT_GRID = [
    ["风险等级统计表", None, None, None, None],
    ["序号", "股室", "一级", "二级", "三级"],
    [1, "局领导", 2, 0, 0],
    [2, "登记注册股", 0, 1, 1],
    [3, "稽查执法大队", 1, 1, 1],
    [4, "计量所", 0, 0, 1],
    ["合计", None, 3, 2, 3],
]  # fmt: skip


def test_a_grid_of_counts_grades_nothing(tmp_path):
    got = run(tmp_path, {"一览表": MARKET_LIST, "统计": COUNT_GRID})
    assert [p for p, _lv in levels(got)] == [row[4] for row in MARKET_LIST[2:]]
    assert [lv for _p, lv in levels(got)] == [""] * 8
    assert not NEW & codes(got)
    assert len(issue(got, "LEVEL_BLANK")) == 8


LEVELLED_LIST = [
    ["县统计局廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "巫马澈", "统计数据人为干预", "一级", "数据质量终身负责。"],
    [2, "局领导", "局长", "巫马澈", "普查经费使用不规范", "二级", "经费支出集体研究。"],
    [3, "综合股", "股长", "闾丘漪", "调查户补贴发放不实", "二级", "补贴名单公示。"],
    [4, "综合股", "统计员", "闾丘沄", "调查户名单泄露", "三级", "名单加密保管。"],
]  # fmt: skip
LEVELLED_GRID = [
    ["风险分级汇总", None, None, None],
    ["股室", "一级风险点", "二级风险点", "三级风险点"],
    ["局领导", "1.统计数据人为干预", "1.普查经费使用不规范", "—"],
    ["综合股", "—", "1.调查户补贴发放不实", "1.调查户名单泄露"],
]  # fmt: skip


def test_a_grid_restating_a_levelled_list_is_its_summary(tmp_path):
    got = run(tmp_path, {"一览表": LEVELLED_LIST, "分级汇总": LEVELLED_GRID})
    listed = got.risks[got.risks["source_sheet"] == "一览表"]
    assert list(listed["risk_level"]) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # (since batch1036: a grid repeating, level for level, a list that writes its levels is its
    # summary — no points of its own; it had been read as a second, nameless list)
    assert (got.risks["source_sheet"] == "分级汇总").sum() == 0
    assert "SUMMARY_GRID_REPEATS_LEVELS" in codes(got) and not NEW & codes(got)
    # one item graded otherwise than the list: the grid reads as before
    other = [row[:] for row in LEVELLED_GRID]
    other[3][2], other[3][3] = "1.调查户名单泄露", "1.调查户补贴发放不实"
    got = run(tmp_path / "2", {"一览表": LEVELLED_LIST, "分级汇总": other})
    grid = got.risks[got.risks["source_sheet"] == "分级汇总"]
    assert list(zip(grid["department"], grid["risk_level"], strict=True)) == [
        ("局领导", "Ⅰ级"), ("局领导", "Ⅱ级"), ("综合股", "Ⅱ级"), ("综合股", "Ⅲ级"),
    ]  # fmt: skip
    assert "LEVEL_COLUMNS" in codes(got) and "SUMMARY_GRID_REPEATS_LEVELS" not in codes(got)


OTHER_GRID = [
    ["县市场监督管理局风险点库", None, None, None],
    ["股室", "一级风险点", "二级风险点", "三级风险点"],
    ["局领导", "1.干部选拔任用中搞“小圈子”\n2.行政许可审批打招呼、说情", "1.公务用车私用", "1.会议费列支不规范"],
    ["登记注册股", "1.虚假注册登记把关不严", "1.企业登记材料审核不严", "1.档案查询收费"],
    ["稽查执法大队", "1.涉案财物私分", "1.以罚代刑", "1.执法证件出借"],
]  # fmt: skip


def test_a_grid_of_other_points_is_its_own_list_as_before(tmp_path):
    got = run(tmp_path, {"一览表": MARKET_LIST, "风险点库": OTHER_GRID})
    listed = got.risks[got.risks["source_sheet"] == "一览表"]
    assert list(listed["risk_level"]) == [""] * 8  # (two of its ten points only: no summary)
    assert len(got.risks[got.risks["source_sheet"] == "风险点库"]) == 10
    assert "LEVEL_COLUMNS" in codes(got) and not NEW & codes(got)


GRID_ALONE = [
    ["县档案馆廉政风险点分级表", None, None, None],
    ["科室", "一级风险点", "二级风险点", "三级风险点"],
    ["馆领导", "1.档案数字化外包项目指定承包商\n2.档案移交接收把关不严", "1.公务接待超标准", "—"],
    ["利用科", "—", "1.违规提供未开放档案", "1.查档收费不规范"],
]  # fmt: skip


def test_such_a_grid_alone_is_read_as_before(tmp_path):
    got = run(tmp_path, {"分级表": GRID_ALONE, "说明": [["填表说明"], ["1.按科室填写"]]})
    assert levels(got) == [
        ("档案数字化外包项目指定承包商", "Ⅰ级"),
        ("档案移交接收把关不严", "Ⅰ级"),
        ("公务接待超标准", "Ⅱ级"),
        ("违规提供未开放档案", "Ⅱ级"),
        ("查档收费不规范", "Ⅲ级"),
    ]
    assert "LEVEL_COLUMNS" in codes(got) and not NEW & codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])
    assert CATALOGUE["LEVELS_BY_SUMMARY_GRID"][0] != WARNING
    assert {CATALOGUE[c][0] for c in NEW - {"LEVELS_BY_SUMMARY_GRID"}} == {WARNING}


# ------------------------------------------------- later, the grid as other offices write it

# a 司法局's list by 股室 and 岗位 apart; its grid by POST, the 股室 written with it ('公证处主任')
JUSTICE_LIST = [
    ["县司法局廉政风险点排查表", None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "局领导", "局长", "呼延翊", "社区矫正对象违规解除", "解矫经集体评议。"],
    [2, "公证处", "主任", "呼延澄", "公证事项审查不严出具虚假公证", "公证双人审查。"],
    [3, "公证处", "主任", "呼延澄", "公证收费不规范", "收费标准公示。"],
    [4, "法律援助中心", "律师", "呼延沐", "法律援助案件指派优亲厚友", "案件指派轮候。"],
]  # fmt: skip
JUSTICE_GRID = [
    ["县司法局廉政风险分级表", None, None, None],
    ["岗位", "一级风险点", "二级风险点", "三级风险点"],
    ["局长", "1.社区矫正对象违规解除", "", ""],
    ["公证处主任", "1.公证事项审查不严出具虚假公证", "", "1.公证收费不规范"],
    ["法律援助中心律师", "", "1.法律援助案件指派优亲厚友", ""],
]  # fmt: skip


def test_a_grid_by_post_writing_the_office_with_it(tmp_path):
    got = run(tmp_path, {"排查表": JUSTICE_LIST, "分级表": JUSTICE_GRID})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert set(got.risks["source_sheet"]) == {"排查表"}
    assert "LEVELS_BY_SUMMARY_GRID" in codes(got)
    assert not (NEW - {"LEVELS_BY_SUMMARY_GRID"}) & codes(got) and "LEVEL_BLANK" not in codes(got)


# a 文旅局's grid whose items run on: '（1）…（2）…' and '1.…2.…' with no space, parted by '，', and
# '1.…；2.…。' (it had been read as 'A' with no level beside 'A；2.B': the grid a list again);
# '、' inside one point ('演出审批、备案') keeps it whole
TOURISM_LIST = [
    ["县文化旅游局廉政风险点一览表", None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "局领导", "局长", "慕容翾", "文物保护项目资金分配不公", "资金分配集体研究。"],
    [2, "局领导", "局长", "慕容翾", "营业性演出审批、备案把关不严", "审批结果公示。"],
    [3, "市场股", "股长", "慕容沁", "网吧检查通风报信", "检查临时通知。"],
    [4, "市场股", "股长", "慕容沁", "旅行社质保金退还设卡", "退还限时办结。"],
    [5, "市场股", "股长", "慕容沁", "娱乐场所处罚降格", "处罚集体审议。"],
    [6, "文物股", "股员", "慕容洵", "文物修缮工程验收不严", "验收专家参与。"],
    [7, "文物股", "股员", "慕容洵", "考古勘探费用收取不规范", "收费标准公示。"],
]  # fmt: skip
TOURISM_GRID = [
    ["县文旅局风险等级汇总", None, None, None],
    ["股室", "一级风险点", "二级风险点", "三级风险点"],
    ["局领导", "（1）文物保护项目资金分配不公（2）营业性演出审批、备案把关不严", "", ""],
    ["市场股", "1.网吧检查通风报信2.娱乐场所处罚降格", "旅行社质保金退还设卡", ""],
    ["文物股", "", "1.文物修缮工程验收不严；2.考古勘探费用收取不规范。", ""],
]  # fmt: skip


def test_items_running_on_with_no_space_or_parted_by_commas(tmp_path):
    got = run(tmp_path, {"一览表": TOURISM_LIST, "汇总": TOURISM_GRID})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]
    assert set(got.risks["source_sheet"]) == {"一览表"}
    assert not (NEW - {"LEVELS_BY_SUMMARY_GRID"}) & codes(got) and "LEVEL_BLANK" not in codes(got)
    # (parted by '，' too, the pieces each a point of the list)
    commas = [row[:] for row in TOURISM_GRID]
    commas[3][1] = "网吧检查通风报信，娱乐场所处罚降格"
    got = run(tmp_path / "b", {"一览表": TOURISM_LIST, "汇总": commas})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]
    # (a run the list does not cut whole is said as the grid wrote it: one unlisted item)
    odd = [row[:] for row in TOURISM_GRID]
    odd[3][1] = "1.网吧检查通风报信2.娱乐场所处罚降格3.歌厅消防检查走过场"
    got = run(tmp_path / "c", {"一览表": TOURISM_LIST, "汇总": odd})
    unlisted = issue(got, "SUMMARY_GRID_POINT_UNLISTED")
    assert list(unlisted["cell"]) == ["B4"] and len(issue(got, "SUMMARY_GRID_POINT_MISSING")) == 2


def test_a_list_writing_some_levels_keeps_them_and_they_are_no_unlisted_items(tmp_path):
    """A list with a 风险等级 column filled on some rows: those keep their own level, the others
    take the grid's; the grid's items for the filled rows are the list's, not 'no list row has
    it' (SUMMARY_GRID_POINT_UNLISTED had been said of them)."""
    part = [row[:5] + (["风险等级"] if k == 1 else ["二级"] if k == 2 else [""] if k > 2 else [])
            + row[5:] for k, row in enumerate(JUSTICE_LIST)]  # fmt: skip
    got = run(tmp_path, {"排查表": part, "分级表": JUSTICE_GRID})
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVELS_BY_SUMMARY_GRID" in codes(got)
    assert not (NEW - {"LEVELS_BY_SUMMARY_GRID"}) & codes(got)
