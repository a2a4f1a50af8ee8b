"""A list with NO level column under a note grading each point by its HOLDER'S RANK ('处级领导干部
为Ⅰ级风险；科级领导干部为Ⅱ级风险；一般干部为Ⅲ级风险'), the ranks not on the list but on a roster on
another sheet of the file ('人员名册': 姓名 | 性别 | 职务 | 职级, one row a cadre): each holder is
found on the roster by his name and his points take the level the note gives his rank — the
roster's cell by the longest rank word of the note it holds ('副科级' by '副科级', else by '科级'),
else by its class's words in the note ('副处级' by '处级', the ``[holder_ranks]`` vocabulary),
else by the note's clause for everyone else ('一般干部', '其余人员') — one info
LEVEL_BY_HOLDER_RANK at the note. A holder the roster lacks (HOLDER_RANK_MISSING, at his cell on
the list), named on two of its rows (HOLDER_RANK_TWICE, at the second), or of a rank the note
does not grade (HOLDER_RANK_UNGRADED, at the rank's cell: a '工勤技能三级' under a note of no
'其他'; a '一级主任科员' under a note grading '科级' Ⅱ级 but naming no 主任科员 while its '一般干部'
clause says Ⅲ级 — a 职级 is not taken for its 职务 class, ``[holder_rank_equals]``) keeps his
blank level, with a warning. The roster makes no form. Before, the note and the roster were
both passed over and every point came out with no level (LEVEL_BLANK).

Not the published batch's file (batch965: a 县财政局's list, '县级领导干部…科级干部和主任科员…科员
及其他人员', ``干部花名册``'s ``职务层次``): a 市水务局's list with the rank in the roster's ``职级`` column
(处级/科级, one holder missing, one 一级主任科员 left ungraded); a 镇人民政府's list whose roster
gives no rank column but ranks inside its ``职务`` cells ('副镇长（副科级）'), the note by 正科级 and
副科级, written as an .ods copy; a 县卫生健康局's roster on the FIRST sheet under a title, the
note OVER the list, with a name on two roster rows and a 工勤 rank the note leaves out. Written
with xlsxwriter / odfpy (tests/helpers.py) and read back as ``collect_inbox`` reads a file. The
rank words are configuration: a unit's own ``[holder_ranks]`` class ('工勤') grades what the
defaults leave out.

Near-misses an ordinary file has, read exactly as before: a roster sheet beside a list with no
level column and no note grading by rank (LEVEL_BLANK as before); the same note and roster beside
a list writing its own 风险等级 (the list's levels win); a rank note beside a roster of another
unit's cadres (none of the list's holders on it); and a note grading by the kind of post ('领导
岗位的风险点为一级风险…', LEVEL_BY_TIER) beside a roster.

Later, in other words again: a 县文化和旅游局's note a clause a line under its list, numbered
('①正科级领导干部为一级；' … '③其余人员为三级。', the clause for the rest naming no rank), in one
cell's lines ('（1）…' / '（2）…'), or on a 填表说明 sheet of an .ods copy: each line alone grades one
rank only, so the note had not been read at all (every level blank, the lines ROW_UNPLACED); its
roster headed '职务/职级' or '职务层次（职级）' (no rank column had been found) with one rank merged
over two cadres' rows (the second had been HOLDER_RANK_UNGRADED, '(空白)'); a note naming the level
first ('一级风险：正科级领导干部；…', 'Ⅰ级风险为正科级领导岗位，…') or by other verbs ('…对应高风险',
'…属于低风险'), which had not been read; ranks written as class and side ('乡科级正职', '科级副职'),
on the roster (HOLDER_RANK_UNGRADED, the note grading 正科级 and 副科级 apart) or in the note (its
'科级' given two levels: not read at all); a roster with no title whose ranks are all four-character
words ('科级正职', '一级科员'), which had been read as the list's rows printed on to a second sheet
(its heading and ranks six invented points); names written with their dot on one sheet and
without it on the other ('格桑·旺堆' / '格桑旺堆') or with a bracket on the roster ('达瓦（女）'), which
had left the holders unmatched (three of five: the roster not taken, every level blank).
"""

from pathlib import Path

import pytest
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.errors import ConfigError
from xlproc.issues import CATALOGUE, ITEMS, SHORT

NEW = {"LEVEL_BY_HOLDER_RANK", "HOLDER_RANK_MISSING", "HOLDER_RANK_TWICE", "HOLDER_RANK_UNGRADED"}


def _collect(inbox: Path, config_path: Path | None = None):
    config = load_config(config_path)
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, name: str = "清单.xlsx", config: Path | None = None):
    inbox = tmp_path / "inbox"
    if name.endswith(".ods"):
        write_ods(inbox / name, sheets)
    else:
        write_workbook(inbox / name, sheets, {})
    return _collect(inbox, config)


def run_merged(tmp_path: Path, sheets: dict, merges: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, merges)
    return _collect(inbox)


def levels(got) -> list[tuple[str, str, str]]:
    return list(
        zip(got.risks["person"], got.risks["risk_point"], got.risks["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


WATER_NOTE = "注：本表风险等级按责任人职级确定，处级领导干部为Ⅰ级风险；科级领导干部为Ⅱ级风险；一般干部为Ⅲ级风险。"
WATER = {
    "风险点": [
        ["市水务局机关岗位廉政风险点清单", None, None, None, None, None],
        ["序号", "处室", "职务", "姓名", "风险点", "防控措施"],
        [1, "局领导", "局长", "公冶澄", "重大水利工程招标中打招呼", "招标全程进场交易。"],
        [2, "局领导", "副局长", "乐正渊", "河道采砂许可审批放宽条件", "许可集体审议。"],
        [3, "规划计划科", "科长", "公冶沂", "项目前期经费分配不公", "分配方案公示。"],
        [4, "规划计划科", "科长", "公冶沂", "可研评审专家指定", "专家随机抽取。"],
        [5, "水资源科", "副科长", "乐正泓", "取水许可现场核查走过场", "核查两人以上。"],
        [6, "水资源科", "科员", "乐正汐", "水资源费征收减免随意", "减免集体研究。"],
        [7, "建设管理科", "科员", "公冶湍", "工程计量签证不实", "签证三方会签。"],
        [8, "河湖管理科", "科员", "乐正澜", "河长制考核打分不公", "考核结果公开。"],
        [WATER_NOTE, None, None, None, None, None],
    ],
    "人员名册": [
        ["姓名", "性别", "民族", "职务", "职级"],
        ["乐正渊", "男", "汉族", "党组成员、副局长", "副处级"],
        ["公冶澄", "男", "汉族", "党组书记、局长", "正处级"],
        ["乐正泓", "女", "回族", "水资源科副科长", "副科级"],
        ["公冶沂", "男", "汉族", "规划计划科科长", "正科级"],
        ["乐正汐", "女", "汉族", "水资源科科员", "二级科员"],
        ["公冶湍", "男", "汉族", "建设管理科科员", "一级主任科员"],
        ["公冶淼", "男", "汉族", "驾驶员", "工勤技能四级"],
    ],
}  # fmt: skip


def test_ranks_in_the_rosters_grade_column_by_a_note_of_divisions_and_sections(tmp_path):
    got = run(tmp_path, WATER)
    assert levels(got) == [
        ("公冶澄", "重大水利工程招标中打招呼", "Ⅰ级"),
        ("乐正渊", "河道采砂许可审批放宽条件", "Ⅰ级"),
        ("公冶沂", "项目前期经费分配不公", "Ⅱ级"),
        ("公冶沂", "可研评审专家指定", "Ⅱ级"),
        ("乐正泓", "取水许可现场核查走过场", "Ⅱ级"),
        ("乐正汐", "水资源费征收减免随意", "Ⅲ级"),
        ("公冶湍", "工程计量签证不实", ""),
        ("乐正澜", "河长制考核打分不公", ""),
    ]
    said = issue(got, "LEVEL_BY_HOLDER_RANK")
    assert list(said["source_sheet"]) == ["风险点"] and list(said["cell"]) == ["A11"]
    assert list(said["severity"]) == [CATALOGUE["LEVEL_BY_HOLDER_RANK"][0]] == ["info"]
    message = said["message"].iloc[0]
    assert "人员名册" in message and "职级" in message and "处级领导干部" in message
    missing = issue(got, "HOLDER_RANK_MISSING")
    assert missing[["source_sheet", "cell", "value"]].values.tolist() == [
        ["风险点", "D10", "乐正澜"]
    ]
    # a 职级 the note does not name, its class (科级) graded otherwise than '一般干部': not guessed
    ungraded = issue(got, "HOLDER_RANK_UNGRADED")
    assert ungraded[["source_sheet", "cell", "value"]].values.tolist() == [
        ["人员名册", "E7", "一级主任科员"]
    ]
    assert "公冶湍" in ungraded["message"].iloc[0] and "主任科员" in ungraded["message"].iloc[0]
    for code in ("HOLDER_RANK_MISSING", "HOLDER_RANK_UNGRADED"):
        assert set(issue(got, code)["severity"]) == {CATALOGUE[code][0]} == {"warning"}
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["E9", "E10"]
    # the roster makes no form: the forms are the list's holders
    assert set(got.posts["person"]) == {
        "公冶澄",
        "乐正渊",
        "公冶沂",
        "乐正泓",
        "乐正汐",
        "公冶湍",
        "乐正澜",
    }
    assert "公冶淼" not in set(got.risks["person"])


TOWN = {
    "风险防控表": [
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        [1, "党委书记", "段干曜", "选人用人中搞“一言堂”", "干部任用集体研究。"],
        [2, "镇长", "段干昕", "镇级工程项目发包干预", "项目进入公共资源交易平台。"],
        [3, "分管农业副镇长", "巫马暄", "惠农补贴发放把关不严", "补贴名单村级公示。"],
        [4, "组织委员", "巫马晞", "党员发展程序不规范", "发展党员全程纪实。"],
        [5, "党政办科员", "段干昀", "公务接待超标准", "接待清单逐次登记。"],
        ["注：岗位风险等级按干部职务层次划分，正科级领导干部为一级风险，副科级领导干部为二级风险，其余人员为三级风险。",
         None, None, None, None],
    ],
    "干部名单": [
        ["序号", "姓名", "职务"],
        [1, "段干曜", "党委书记（正科级）"],
        [2, "段干昕", "党委副书记、镇长（正科级）"],
        [3, "巫马暄", "党委委员、副镇长（副科级）"],
        [4, "巫马晞", "党委委员、组织委员（副科级）"],
        [5, "段干昀", "党政办科员"],
    ],
}  # fmt: skip
TOWN_LEVELS = ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]


def test_ranks_inside_the_rosters_post_cells(tmp_path):
    got = run(tmp_path, TOWN)
    assert [lv for _w, _p, lv in levels(got)] == TOWN_LEVELS
    said = issue(got, "LEVEL_BY_HOLDER_RANK")
    assert list(said["cell"]) == ["A7"] and "干部名单" in said["message"].iloc[0]
    assert "“职务”" in said["message"].iloc[0]
    assert not NEW - {"LEVEL_BY_HOLDER_RANK"} & codes(got)
    assert "LEVEL_BLANK" not in codes(got)


def test_ranks_inside_the_rosters_post_cells_in_an_ods_copy(tmp_path):
    got = run(tmp_path, TOWN, "镇政府.ods")
    assert [lv for _w, _p, lv in levels(got)] == TOWN_LEVELS
    assert "LEVEL_BY_HOLDER_RANK" in codes(got)


HEALTH = {
    "花名册": [
        ["县卫生健康局在编人员花名册", None, None, None, None, None],
        ["序号", "姓名", "出生年月", "现任职务", "职务层次", "备注"],
        [1, "漆雕珩", "1975.03", "党组书记、局长", "副县级", None],
        [2, "漆雕璇", "1982.11", "副局长", "副科级", None],
        [3, "壤驷珂", "1988.06", "医政股股长", "三级主任科员", None],
        [4, "壤驷瑶", "1993.01", "疾控股科员", "一级科员", None],
        [5, "壤驷瑶", "1996.08", "办公室科员", "二级科员", "同名"],
        [6, "漆雕琛", "1979.04", "驾驶员", "工勤技能三级", None],
    ],
    "清单": [
        ["县卫生健康局廉政风险防控清单", None, None, None, None],
        ["说明：风险等级按责任人职务层次确定：县处级干部岗位为一级风险，科级干部及主任科员岗位为二级风险，科员、办事员岗位为三级风险。",
         None, None, None, None],
        ["序号", "岗位", "责任人", "风险点", "防控措施"],
        [1, "局长", "漆雕珩", "医疗机构设置审批中收受好处", "审批结果公示。"],
        [2, "副局长", "漆雕璇", "医疗设备采购参数倾向性", "参数论证公开。"],
        [3, "医政股股长", "壤驷珂", "医师执业注册审核放宽", "注册资料双人审核。"],
        [4, "疾控股科员", "壤驷瑶", "疫苗出入库登记不实", "出入库每月盘点。"],
        [5, "驾驶员", "漆雕琛", "公车私用", "车辆北斗定位。"],
    ],
}  # fmt: skip


def test_roster_first_note_over_the_list_a_name_twice_and_a_rank_left_out(tmp_path):
    got = run(tmp_path, HEALTH)
    assert levels(got) == [
        ("漆雕珩", "医疗机构设置审批中收受好处", "Ⅰ级"),
        ("漆雕璇", "医疗设备采购参数倾向性", "Ⅱ级"),
        ("壤驷珂", "医师执业注册审核放宽", "Ⅱ级"),
        ("壤驷瑶", "疫苗出入库登记不实", ""),
        ("漆雕琛", "公车私用", ""),
    ]
    said = issue(got, "LEVEL_BY_HOLDER_RANK")
    assert list(said[["source_sheet", "cell"]].values.tolist()) == [["清单", "A2"]]
    twice = issue(got, "HOLDER_RANK_TWICE")
    assert twice[["source_sheet", "cell", "value"]].values.tolist() == [["花名册", "B7", "壤驷瑶"]]
    assert "第6行、第7行" in twice["message"].iloc[0]
    ungraded = issue(got, "HOLDER_RANK_UNGRADED")
    assert ungraded[["source_sheet", "cell", "value"]].values.tolist() == [
        ["花名册", "E8", "工勤技能三级"]
    ]
    assert "HOLDER_RANK_MISSING" not in codes(got)
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["D7", "D8"]
    assert set(got.posts["person"]) == {"漆雕珩", "漆雕璇", "壤驷珂", "壤驷瑶", "漆雕琛"}


def test_rank_words_are_configuration(tmp_path):
    sheets = {"花名册": HEALTH["花名册"], "清单": [list(r) for r in HEALTH["清单"]]}
    sheets["清单"][1][0] += "工勤人员岗位为三级风险。"
    got = run(tmp_path / "default", sheets)
    assert levels(got)[-1] == ("漆雕琛", "公车私用", "")
    assert list(issue(got, "HOLDER_RANK_UNGRADED")["value"]) == ["工勤技能三级"]
    own = tmp_path / "xlproc.toml"
    own.write_text('[holder_ranks]\n"工勤" = ["工勤"]\n', encoding="utf-8")
    got = run(tmp_path / "own", sheets, config=own)
    assert levels(got)[-1] == ("漆雕琛", "公车私用", "Ⅲ级")
    assert "HOLDER_RANK_UNGRADED" not in codes(got)
    assert [lv for _w, _p, lv in levels(got)][:3] == ["Ⅰ级", "Ⅱ级", "Ⅱ级"]


def test_rank_words_not_a_list_refused(tmp_path):
    own = tmp_path / "xlproc.toml"
    own.write_text('[holder_ranks]\n"科级" = "正科级"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="holder_ranks"):
        load_config(own)


CULTURE_LIST = [
    ["县文化和旅游局廉政风险点登记表", None, None, None, None, None],
    ["序号", "股室", "岗位", "责任人", "风险点", "防控措施"],
    [1, "局领导", "局长", "百里晗", "文物保护工程招标倾向特定单位", "招标进入公共资源交易中心。"],
    [2, "局领导", "副局长", "百里昶", "文化市场执法自由裁量过宽", "裁量基准公开。"],
    [3, "文物股", "股长", "东郭昀", "文物修缮资金拨付把关不严", "资金拨付集体审核。"],
    [4, "文化市场股", "股长", "东郭旸", "娱乐场所许可现场核查走过场", "核查两人以上。"],
    [5, "办公室", "科员", "东郭晔", "办公用品采购虚开发票", "采购清单逐月公示。"],
]  # fmt: skip
CULTURE_ROSTER = [
    ["序号", "姓 名", "性别", "职务", "职务/职级"],
    [1, "百里晗", "男", "局长", "正科级"],
    [2, "百里昶", "女", "副局长", "副科级"],
    [3, "东郭昀", "男", "文物股股长", "四级主任科员"],
    [4, "东郭旸", "男", "文化市场股股长", None],
    [5, "东郭晔", "女", "办公室科员", "一级科员"],
]  # fmt: skip
CULTURE_LEVELS = ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]


def test_a_note_a_clause_a_line_under_the_list_and_a_rank_merged_down_the_roster(tmp_path):
    # the note's clauses numbered on rows of their own, the clause for the rest one of them with
    # no rank word; the roster headed '职务/职级', one rank merged over two cadres' rows
    rows = [*CULTURE_LIST, ["风险等级按干部职务层次划分如下："], ["①正科级领导干部为一级；"],
            ["②副科级领导干部及主任科员为二级；"], ["③其余人员为三级。"]]  # fmt: skip
    got = run_merged(
        tmp_path, {"登记表": rows, "干部名册": CULTURE_ROSTER}, {"干部名册": ["E4:E5"]}
    )
    assert [lv for _w, _p, lv in levels(got)] == CULTURE_LEVELS
    said = issue(got, "LEVEL_BY_HOLDER_RANK")
    assert list(said["cell"]) == ["A9"] and "“职务/职级”" in said["message"].iloc[0]
    assert not {"ROW_UNPLACED", "LEVEL_BLANK"} & codes(got)
    assert not NEW - {"LEVEL_BY_HOLDER_RANK"} & codes(got)


def test_a_note_over_several_lines_of_a_cell_or_of_the_instructions_sheet(tmp_path):
    roster = [list(r) for r in CULTURE_ROSTER]
    roster[0][4], roster[4][4] = "职务层次（职级）", "正股级"
    note = ("注：本表风险等级依责任人职务层次确定：\n（1）正科级干部为一级；\n（2）副科级干部、主任科员、"
            "股级干部为二级；\n（3）其他人员为三级。")  # fmt: skip
    rows = [*CULTURE_LIST, [note]]
    got = run(tmp_path / "cell", {"登记表": rows, "干部名册": roster})
    assert [lv for _w, _p, lv in levels(got)] == CULTURE_LEVELS
    assert list(issue(got, "LEVEL_BY_HOLDER_RANK")["cell"]) == ["A8"]
    said = {"填表说明": [["填表说明"], ["1.风险点按岗位逐条填写。"], ["2.风险等级依责任人职务层次确定："],
                     ["（1）正科级干部为一级；"], ["（2）副科级干部、主任科员、股级干部为二级；"], ["（3）其他人员为三级。"]]}  # fmt: skip
    got = run(tmp_path / "sheet", {"登记表": CULTURE_LIST, "干部名册": roster, **said}, "局.ods")
    assert [lv for _w, _p, lv in levels(got)] == CULTURE_LEVELS
    assert "LEVEL_BY_HOLDER_RANK" in codes(got) and "LEVEL_BLANK" not in codes(got)


def test_a_note_naming_the_level_first_or_by_other_verbs(tmp_path):
    roster = [list(r) for r in CULTURE_ROSTER]
    roster[0][4], roster[3][4], roster[4][4] = "职级", "副科级", "副科级"
    for i, note in enumerate((
        "说明：一级风险：正科级领导干部；二级风险：副科级领导干部、主任科员；三级风险：其他人员。",
        "说明：风险等级划分，Ⅰ级风险为正科级领导岗位，Ⅱ级风险为副科级领导岗位，Ⅲ级风险为其余岗位。",
        "说明：正科级领导干部对应高风险，副科级领导干部对应中风险，其他人员属于低风险。",
    )):  # fmt: skip
        got = run(tmp_path / str(i), {"登记表": [*CULTURE_LIST, [note]], "名册": roster})
        assert [lv for _w, _p, lv in levels(got)] == CULTURE_LEVELS, note
        assert list(issue(got, "LEVEL_BY_HOLDER_RANK")["cell"]) == ["A8"], note
    # near-miss: the level first by the kind of post, beside the roster: read as before
    note = "说明：一级风险：领导岗位；二级风险：中层岗位；三级风险：一般岗位。"
    got = run(tmp_path / "posts", {"登记表": [*CULTURE_LIST, [note]], "名册": roster})
    alone = run(tmp_path / "alone", {"登记表": [*CULTURE_LIST, [note]]})
    assert levels(got) == levels(alone) and not NEW & codes(got)


def test_ranks_written_as_class_and_side(tmp_path):
    # '乡科级正职', '科级副职' on the roster and in the note: the 正科级, the 副科级
    roster = [list(r) for r in CULTURE_ROSTER]
    roster[0][4] = "职务层次"
    ranks = ["乡科级正职", "乡科级副职", "科级副职", "科级副职", "科员"]
    for r, rank in zip(roster[1:], ranks, strict=True):
        r[4] = rank
    for i, note in enumerate((
        "注：风险等级按职务层次确定，科级正职为一级风险，科级副职为二级风险，其他人员为三级风险。",
        "注：风险等级按职务层次确定，正科级为一级风险，副科级为二级风险，其他人员为三级风险。",
    )):  # fmt: skip
        got = run(tmp_path / str(i), {"登记表": [*CULTURE_LIST, [note]], "名册": roster})
        assert [lv for _w, _p, lv in levels(got)] == CULTURE_LEVELS, note
        assert not NEW - {"LEVEL_BY_HOLDER_RANK"} & codes(got)
    # a roster whose ranks are all four-character words ('科级正职', '一级科员'), its heading first
    # with no title over it: no rows of the list printed on (its heading and ranks had been read as
    # six more points under the list's heading, the roster no longer a roster)
    ranks = ["科级正职", "科级副职", "科级副职", "科级副职", "一级科员"]
    for r, rank in zip(roster[1:], ranks, strict=True):
        r[4] = rank
    got = run(tmp_path / "four", {"登记表": CULTURE_LIST, "名册": roster})
    assert len(got.risks) == 5 and set(got.risks["source_sheet"]) == {"登记表"}


def test_names_written_with_and_without_their_dot_or_a_bracket(tmp_path):
    # '格桑·旺堆' on the list, '格桑旺堆' on the roster (and the other way), '央金(女)': the same
    # cadres (three of five unmatched had left the roster unread, every level blank)
    rows = [list(r) for r in CULTURE_LIST]
    roster = [list(r) for r in CULTURE_ROSTER]
    roster[3][4] = roster[4][4] = "副科级"
    for r, (on_list, on_roster) in enumerate(
        [("格桑·旺堆", "格桑旺堆"), ("次仁央金", "次仁•央金"), ("达瓦", "达瓦（女）")], start=1
    ):
        rows[r + 1][3], roster[r][1] = on_list, on_roster
    note = "注：风险等级按职务层次确定，正科级为一级风险，副科级为二级风险，其他人员为三级风险。"
    got = run(tmp_path, {"登记表": [*rows, [note]], "名册": roster})
    assert levels(got)[:3] == [
        ("格桑·旺堆", "文物保护工程招标倾向特定单位", "Ⅰ级"),
        ("次仁央金", "文化市场执法自由裁量过宽", "Ⅱ级"),
        ("达瓦", "文物修缮资金拨付把关不严", "Ⅱ级"),
    ]
    assert not NEW - {"LEVEL_BY_HOLDER_RANK"} & codes(got)


def test_roster_and_no_rank_note_read_as_before(tmp_path):
    rows = [list(r) for r in WATER["风险点"]]
    rows[-1][0] = "注：各责任人基本情况见《人员名册》。"
    got = run(tmp_path, {"风险点": rows, "人员名册": WATER["人员名册"]})
    assert [lv for _w, _p, lv in levels(got)] == [""] * 8
    assert len(issue(got, "LEVEL_BLANK")) == 8
    assert not NEW & codes(got)


def test_a_level_column_on_the_list_read_as_before(tmp_path):
    rows = [list(r) for r in WATER["风险点"]]
    rows[1].insert(5, "风险等级")
    for r, lv in zip(rows[2:10], ["高", "中", "中", "低", "低", "中", "低", "低"], strict=True):
        r.insert(5, lv)
    rows[10].insert(5, None)
    got = run(tmp_path, {"风险点": rows, "人员名册": WATER["人员名册"]})
    assert [lv for _w, _p, lv in levels(got)] == [
        "Ⅰ级",
        "Ⅱ级",
        "Ⅱ级",
        "Ⅲ级",
        "Ⅲ级",
        "Ⅱ级",
        "Ⅲ级",
        "Ⅲ级",
    ]
    assert not NEW & codes(got)


def test_a_roster_of_other_people_read_as_before(tmp_path):
    others = [
        ["某某乡人民政府干部名册", None, None, None],
        ["姓名", "性别", "职务", "职级"],
        ["端木翎", "男", "乡长", "正科级"],
        ["端木翊", "女", "副乡长", "副科级"],
        ["端木翀", "男", "科员", "一级科员"],
    ]
    got = run(tmp_path, {"风险点": WATER["风险点"], "名册": others})
    assert [lv for _w, _p, lv in levels(got)] == [""] * 8
    assert not NEW & codes(got)


def test_a_note_by_the_kind_of_post_beside_a_roster_read_as_before(tmp_path):
    rows = [list(r) for r in WATER["风险点"]]
    rows[-1][0] = (
        "注：领导岗位的风险点为一级风险，中层岗位的风险点为二级风险，一般岗位的风险点为三级风险。"
    )
    got = run(tmp_path, {"风险点": rows, "人员名册": WATER["人员名册"]})
    alone = run(tmp_path / "alone", {"风险点": rows})
    assert levels(got) == levels(alone)
    assert codes(got) == codes(alone) and not NEW & codes(got)


def test_codes_catalogued():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "风险级别"
    assert CATALOGUE["LEVEL_BY_HOLDER_RANK"][0] == "info"
    assert {CATALOGUE[c][0] for c in NEW - {"LEVEL_BY_HOLDER_RANK"}} == {"warning"}
