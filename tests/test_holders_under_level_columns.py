"""Level columns whose cells name the holders: one row a point several holders share, a heading
('风险等级及责任岗位', '风险等级及责任人') over the level words ('Ⅰ级 | Ⅱ级 | Ⅲ级', '高 | 中 | 低'),
and in each level cell the holders for whom the row's point is of that level — one a line
('局长　邰澈远', '水资源股股长　芮知夏', a post above its holder's name) or parted by '、' / '；',
a post alone or a name alone. Each holder named gets the point at his column's level (a form a
holder); a 科室 written before the post is the holder's 科室.

Not the published batch's table (a 残疾人联合会 with '一级（高） | 二级（中） | 三级（低）' under
'风险等级及责任岗位', '理事长　郄翮岚' lines): a county's 水利局, a 镇人民政府 and a 卫生院, other posts
and names, other level words, a 风险类型 column, a 责任部门 column, names only, posts parted by '、';
and, as before, ticks (√) and counts under level columns. Written with xlsxwriter
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分级防控"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_post_and_name_lines_under_roman_levels_with_a_type_column(tmp_path):
    # two heading rows, '风险等级及对应岗位' over Ⅰ级 | Ⅱ级 | Ⅲ级; a holder a line ('局长　邰澈远',
    # '水资源股股长　芮知夏', and once a post over its holder's name on the next line)
    rows = [["XX县水利局廉政风险分级防控一览表"],
            ["序号", "工作事项", "廉政风险点", "风险类型", "风险等级及对应岗位", None, None, "防控措施"],
            [None, None, None, None, "Ⅰ级", "Ⅱ级", "Ⅲ级", None],
            [1, "水利工程招标", "设定排他性条件，为特定投标人量身定制", "制度机制",
             "局长　邰澈远", "副局长　甯晚舟", None, "招标文件集体审定，全程纪检监督"],
            [2, "取水许可审批", "降低条件审批取水许可", "岗位职责",
             "水资源股股长　芮知夏", None, "局长　邰澈远", "审批结果公开，定期抽查"],
            [3, "水土保持补偿费征收", "减免补偿费收受好处", "岗位职责",
             "水资源股股长\n芮知夏", "副局长　甯晚舟", None, "减免集体研究，票据统一管理"],
            [4, "公务接待", "超标准接待、违规收受礼品", "思想道德",
             None, None, "局长　邰澈远\n副局长　甯晚舟\n水资源股股长　芮知夏", "严格执行接待标准"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"])
    assert read(got) == sorted([
        ("", "局长", "邰澈远", "设定排他性条件，为特定投标人量身定制", "Ⅰ级"),
        ("", "局长", "邰澈远", "降低条件审批取水许可", "Ⅲ级"),
        ("", "局长", "邰澈远", "超标准接待、违规收受礼品", "Ⅲ级"),
        ("", "副局长", "甯晚舟", "设定排他性条件，为特定投标人量身定制", "Ⅱ级"),
        ("", "副局长", "甯晚舟", "减免补偿费收受好处", "Ⅱ级"),
        ("", "副局长", "甯晚舟", "超标准接待、违规收受礼品", "Ⅲ级"),
        ("水资源股", "股长", "芮知夏", "降低条件审批取水许可", "Ⅰ级"),
        ("水资源股", "股长", "芮知夏", "减免补偿费收受好处", "Ⅰ级"),
        ("水资源股", "股长", "芮知夏", "超标准接待、违规收受礼品", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    r = got.risks
    types = set(zip(r["risk_point"], r["risk_type"], strict=True))
    assert ("减免补偿费收受好处", "岗位职责风险") in types
    assert "LEVEL_CELLS_HOLDERS" in codes(got)
    assert not errors(got)
    assert not {"LEVEL_BLANK", "ROW_UNPLACED"} & codes(got)


def test_names_only_beside_a_department_column(tmp_path):
    # a 责任部门 column, the level cells only the names ('缑星河', '冼若溪；阚望舒'), under
    # '风险等级及责任人' over 一级 | 二级 | 三级
    rows = [["XX镇人民政府廉政风险等级及责任人一览表"],
            ["序号", "责任部门", "廉政风险点", "风险等级及责任人", None, None, "防控措施"],
            [None, None, None, "一级", "二级", "三级", None],
            [1, "农业服务中心", "惠农补贴申报审核把关不严", "缑星河", "冼若溪；阚望舒", None, "张榜公示，逐户核实"],
            [2, "农业服务中心", "农机购置补贴虚报冒领", None, "缑星河", "阚望舒", "补贴机具实地核验"],
            [3, "财政所", "违规支付工程款", "冼若溪", None, None, "支付凭证双人审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("农业服务中心", "", "缑星河", "惠农补贴申报审核把关不严", "Ⅰ级"),
        ("农业服务中心", "", "冼若溪", "惠农补贴申报审核把关不严", "Ⅱ级"),
        ("农业服务中心", "", "阚望舒", "惠农补贴申报审核把关不严", "Ⅱ级"),
        ("农业服务中心", "", "缑星河", "农机购置补贴虚报冒领", "Ⅱ级"),
        ("农业服务中心", "", "阚望舒", "农机购置补贴虚报冒领", "Ⅲ级"),
        ("财政所", "", "冼若溪", "违规支付工程款", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_posts_parted_by_commas_under_high_middle_low(tmp_path):
    # posts alone ('院长、副院长', '药剂科主任'), '、'-parted, under '风险等级及责任岗位' over
    # 高 | 中 | 低; the 科室 before a post its own
    rows = [["XX镇卫生院岗位廉政风险分级表"],
            ["序号", "风险点", "风险等级及责任岗位", None, None, "防控措施"],
            [None, None, "高", "中", "低", None],
            [1, "药品耗材采购收受回扣", "院长、药剂科主任", "副院长", None, "集中采购，价格公示"],
            [2, "医保基金违规结算", "副院长", None, "收费室收费员", "医保结算每月自查"],
            [3, "公车私用", None, None, "院长、副院长", "派车登记，定点停放"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("", "院长", "", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "院长", "", "公车私用", "Ⅲ级"),
        ("药剂科", "主任", "", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "副院长", "", "药品耗材采购收受回扣", "Ⅱ级"),
        ("", "副院长", "", "医保基金违规结算", "Ⅰ级"),
        ("", "副院长", "", "公车私用", "Ⅲ级"),
        ("收费室", "收费员", "", "医保基金违规结算", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_ticks_under_the_level_columns_stay_ticks(tmp_path):
    # the same heading words, a post and holder column of its own, '√' under the levels: a level
    # tick as before, the holder the row's own
    rows = [["XX县水利局廉政风险分级防控一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级及对应岗位", None, None, "防控措施"],
            [None, None, None, None, "Ⅰ级", "Ⅱ级", "Ⅲ级", None],
            [1, "局长", "邰澈远", "设定排他性条件，为特定投标人量身定制", "√", None, None, "集体审定"],
            [2, "局长", "邰澈远", "超标准接待", None, None, "√", "执行接待标准"],
            [3, "副局长", "甯晚舟", "工程验收走过场", None, "√", None, "联合验收"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"])
    assert read(got) == sorted([
        ("", "局长", "邰澈远", "设定排他性条件，为特定投标人量身定制", "Ⅰ级"),
        ("", "局长", "邰澈远", "超标准接待", "Ⅲ级"),
        ("", "副局长", "甯晚舟", "工程验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" not in codes(got)
    assert not errors(got)


def test_counts_under_the_level_columns_stay_counts(tmp_path):
    # '风险点个数' over 高 | 中 | 低 beside each holder's block: counts, as before (the place of
    # a point in its holder's block its level), no holder made of a number
    rows = [["XX镇卫生院岗位廉政风险排查表"],
            ["岗位", "姓名", "风险点", "风险点个数", None, None, "防控措施"],
            [None, None, None, "高", "中", "低", None],
            ["院长", "鄢澄溪", "药品采购收受回扣", 1, 1, 0, "集中采购"],
            [None, None, "公车私用", None, None, None, "派车登记"],
            ["收费员", "亓官雨桐", "收费不开票据", 0, 1, 1, "日清日结"],
            [None, None, "挪用收费款", None, None, None, "票款核对"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3",
              "A4:A5", "B4:B5", "D4:D5", "E4:E5", "F4:F5", "A6:A7", "B6:B7", "D6:D7", "E6:E7", "F6:F7"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "院长", "鄢澄溪", "药品采购收受回扣", "Ⅰ级"),
        ("", "院长", "鄢澄溪", "公车私用", "Ⅱ级"),
        ("", "收费员", "亓官雨桐", "收费不开票据", "Ⅱ级"),
        ("", "收费员", "亓官雨桐", "挪用收费款", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" not in codes(got)
    assert not errors(got)


def test_the_issue_is_catalogued():
    assert "LEVEL_CELLS_HOLDERS" in CATALOGUE and "LEVEL_CELLS_HOLDERS" in SHORT


def test_what_the_ninety_second_review_found_a_tick_and_a_name(tmp_path):
    # '√ 鄢澄溪', '√（鄢澄溪）' under '风险等级及责任人' over 高 | 中 | 低: the tick the level, the
    # name the row's holder (the name was lost); a bare tick beside them a level only, as before
    rows = [["XX镇卫生院岗位廉政风险分级表"],
            ["序号", "风险点", "风险等级及责任人", None, None, "防控措施"],
            [None, None, "高", "中", "低", None],
            [1, "药品耗材采购收受回扣", "√ 鄢澄溪", None, None, "集中采购，价格公示"],
            [2, "医保基金违规结算", None, "√（鄢澄溪）", None, "医保结算每月自查"],
            [3, "公车私用", None, None, "√亓官雨桐", "派车登记，定点停放"],
            [4, "设备采购参数倾向", "✔ 设备科科长　郗沐阳", None, None, "参数论证公开"],
            [5, "食堂采购虚报数量", None, "√", None, "验收双人签字"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("", "", "鄢澄溪", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "", "鄢澄溪", "医保基金违规结算", "Ⅱ级"),
        ("", "", "亓官雨桐", "公车私用", "Ⅲ级"),
        ("设备科", "科长", "郗沐阳", "设备采购参数倾向", "Ⅰ级"),
        ("", "", "", "食堂采购虚报数量", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" in codes(got)
    assert not errors(got)
    assert not {"LEVEL_BLANK", "FORM_DUPLICATE"} & codes(got)


def test_what_the_ninety_second_review_found_a_holder_column_per_level(tmp_path):
    # '一级风险责任人 | 二级风险责任人 | 三级风险责任人', each row filling one ('院长 鄢澄溪'): the
    # level the filled column's, the holder its cell's (the columns were guessed holders, no
    # level read, and the first holder carried down to every row)
    rows = [["XX镇卫生院岗位廉政风险分级表"],
            ["序号", "风险点", "一级风险责任人", "二级风险责任人", "三级风险责任人", "防控措施"],
            [1, "药品耗材采购收受回扣", "院长 鄢澄溪", None, None, "集中采购，价格公示"],
            [2, "医保基金违规结算", "/", "副院长 亓官雨桐", "/", "医保结算每月自查"],
            [3, "公车私用", None, None, "院长 鄢澄溪", "派车登记，定点停放"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "院长", "鄢澄溪", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "副院长", "亓官雨桐", "医保基金违规结算", "Ⅱ级"),
        ("", "院长", "鄢澄溪", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" in codes(got)
    assert not {"LEVEL_BLANK", "COLUMN_GUESSED"} & codes(got)
    assert not errors(got)
    rows[1][2:5] = ["高风险责任岗位", "中风险责任岗位", "低风险责任岗位"]
    got = run(tmp_path / "b", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "院长", "鄢澄溪", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "副院长", "亓官雨桐", "医保基金违规结算", "Ⅱ级"),
        ("", "院长", "鄢澄溪", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_ticks_naming_holders_under_a_plain_level_heading(tmp_path):
    # the 94th review's variant: '√ 某某、某某' under '风险等级' over 一级 | 二级 | 三级 (the heading
    # says nothing of holders): the tick names them, so each is the row's holder (the names were
    # dropped)
    rows = [["XX县统计局岗位廉政风险排查表"],
            ["序号", "股室", "风险点", "风险类型", "风险等级", None, None, "防控措施"],
            [None, None, None, None, "一级", "二级", "三级", None],
            [1, "普查股", "普查经费报销虚列人数", "岗位职责", "√ 滕望舒、阙云岫", None, None, "经费按名册发放"],
            [2, "执法股", "统计执法检查选择性立案", "制度机制", None, "√阙云岫", None, "检查对象随机抽取"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"])
    assert read(got) == sorted([
        ("普查股", "", "滕望舒", "普查经费报销虚列人数", "Ⅰ级"),
        ("普查股", "", "阙云岫", "普查经费报销虚列人数", "Ⅰ级"),
        ("执法股", "", "阙云岫", "统计执法检查选择性立案", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" in codes(got)
    assert not errors(got)


def test_a_level_cell_ticking_the_holders_after_its_level(tmp_path):
    # one 风险等级 column, each cell the level then a tick and the holders ('高 √ 卞若棠'): the
    # point each named holder's at that level; a plain level beside them a level only
    rows = [["XX县财政局廉政风险点登记表"],
            ["序号", "股室", "风险点", "风险等级", "防控措施"],
            [1, "国库股", "违规调度库款", "高 √ 卞若棠、庹知行", "库款调度集体研究"],
            [2, "采购股", "采购需求设置倾向性条款", "中 ✔ 庹知行", "需求论证公开"],
            [3, "综合股", "公务接待超标准", "低", "接待清单审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"], sheet="登记表")
    assert read(got) == sorted([
        ("国库股", "", "卞若棠", "违规调度库款", "Ⅰ级"),
        ("国库股", "", "庹知行", "违规调度库款", "Ⅰ级"),
        ("采购股", "", "庹知行", "采购需求设置倾向性条款", "Ⅱ级"),
        ("综合股", "", "", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" in codes(got)
    assert not errors(got)


def test_a_level_cell_with_a_tick_but_no_names_stays_a_level(tmp_path):
    # '二级 √' (the tick alone after the level): no holders named, the level only, as before
    rows = [["XX县财政局廉政风险点登记表"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "国库股", "股长", "卞若棠", "违规调度库款", "二级 √", "库款调度集体研究"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="登记表")
    assert read(got) == [("国库股", "股长", "卞若棠", "违规调度库款", "Ⅱ级")]
    assert "LEVEL_CELLS_HOLDERS" not in codes(got)


def test_what_the_ninety_fifth_review_found_bracketed_ticks_after_the_level(tmp_path):
    # '一级（√ 卞若棠）', '二级(√庹知行、卞若棠)' in one 风险等级 column: the names were dropped
    # silently; read as '一级 √ 卞若棠' is
    rows = [["XX县财政局廉政风险点登记表"],
            ["序号", "股室", "风险点", "风险等级", "防控措施"],
            [1, "国库股", "违规调度库款", "一级（√ 卞若棠）", "库款调度集体研究"],
            [2, "采购股", "采购需求设置倾向性条款", "二级(√庹知行、卞若棠)", "需求论证公开"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"], sheet="登记表")
    assert read(got) == sorted([
        ("国库股", "", "卞若棠", "违规调度库款", "Ⅰ级"),
        ("采购股", "", "庹知行", "采购需求设置倾向性条款", "Ⅱ级"),
        ("采购股", "", "卞若棠", "采购需求设置倾向性条款", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" in codes(got)
    assert not errors(got)


def test_what_the_ninety_fifth_review_found_a_tick_then_a_post_beside_ticked_words(tmp_path):
    # '√ 局长' under 风险等级 over 一级 | 二级 | 三级 beside '√ 较高', '√（已整改）' (a tick and a
    # note): the note rows threw the whole column back to ticks, the post lost silently; the post
    # is the row's title, the notes' rows their level only
    rows = [["XX县统计局岗位廉政风险排查表"],
            ["序号", "股室", "风险点", "风险类型", "风险等级", None, None, "防控措施"],
            [None, None, None, None, "一级", "二级", "三级", None],
            [1, "普查股", "普查经费报销虚列人数", "岗位职责", "√ 局长", None, None, "经费按名册发放"],
            [2, "执法股", "统计执法检查选择性立案", "制度机制", None, "√ 较高", None, "检查对象随机抽取"],
            [3, "执法股", "统计数据造假", "制度机制", None, None, "√（已整改）", "数据核查"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("普查股", "局长", "", "普查经费报销虚列人数", "Ⅰ级"),
        ("执法股", "", "", "统计执法检查选择性立案", "Ⅱ级"),
        ("执法股", "", "", "统计数据造假", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" in codes(got)
    assert not errors(got)
    # as '高 √ 局长' in one column gives its title
    got = run(tmp_path / "b", rows[:4], merges)
    assert read(got) == [("普查股", "局长", "", "普查经费报销虚列人数", "Ⅰ级")]
    # ticks and notes only, no holder named: ticks, as before
    rows[3][4] = "√ 已上报"
    got = run(tmp_path / "c", rows, merges)
    assert read(got) == sorted([
        ("普查股", "", "", "普查经费报销虚列人数", "Ⅰ级"),
        ("执法股", "", "", "统计执法检查选择性立案", "Ⅱ级"),
        ("执法股", "", "", "统计数据造假", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_CELLS_HOLDERS" not in codes(got)
