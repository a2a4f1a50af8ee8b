"""A list with no level (or no type) column whose rows are sorted by level, the level written only
in an UNHEADED column beside the table — left of '序号' or right of the last column — merged down
over each level's rows ('高风险' over rows 4–6) or written on the first row of each run: each row
takes the level (the type) of the cell beside it, the cells are no stray cells, one info.

Not the published batch's file (a 县小刀产业发展中心 with 科室 | 岗位 | 姓名 and '一级风险…' merged
left of 序号): a county's 医疗保障局, a 林业和草原局 and a 乡镇 财政所, other posts and names, level
words '高风险/中风险/低风险', 'Ⅰ级/Ⅱ级/Ⅲ级' and '★★★/★★/★', a margin on the right, words on the
first row of a run only, two heading rows, a margin of types; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Alike but not this shape, as
read before: a margin of notes ('重点', '新增'), a margin of numbers, a table with its own level
column.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_codes_are_catalogued():
    for code in ("LEVEL_BY_MARGIN_COLUMN", "TYPE_BY_MARGIN_COLUMN"):
        assert code in CATALOGUE and code in SHORT


def test_levels_merged_left_of_the_numbers_one_heading_row(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险点一览表"],
            [None, "序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
            ["高风险", 1, "基金监管股", "股长", "濮阳棠樾", "飞行检查中通风报信", "检查名单随机抽取，全程记录。"],
            [None, 2, "待遇保障股", "股长", "雍芷汀", "违规认定特殊病种待遇", "认定材料集体审核。"],
            [None, 3, "基金监管股", "股员", "郜晏清", "协议医院违规费用不追回", "追回款项按月对账公示。"],
            ["中风险", 4, "待遇保障股", "股员", "满沐川", "异地就医备案把关不严", "备案信息系统留痕。"],
            [None, 5, "基金监管股", "股长", "濮阳棠樾", "定点机构年度考核打人情分", "考核结果复核后公示。"],
            ["低风险", 6, "办公室", "主任", "钭翊宁", "公车使用不登记", "用车审批登记台账。"],
            ["注：风险等级分高、中、低三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["B1:G1", "A3:A5", "A6:A7", "B9:G9"])
    assert read(got) == sorted([
        ("股长", "濮阳棠樾", "飞行检查中通风报信", "Ⅰ级"),
        ("股长", "雍芷汀", "违规认定特殊病种待遇", "Ⅰ级"),
        ("股员", "郜晏清", "协议医院违规费用不追回", "Ⅰ级"),
        ("股员", "满沐川", "异地就医备案把关不严", "Ⅱ级"),
        ("股长", "濮阳棠樾", "定点机构年度考核打人情分", "Ⅱ级"),
        ("主任", "钭翊宁", "公车使用不登记", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_BY_MARGIN_COLUMN"]
    assert list(said["cell"]) == ["A3"]
    assert not {"CELL_OUTSIDE", "LEVEL_BLANK", "ROW_UNPLACED"} & codes(got)
    no_errors(got)


def test_levels_on_the_right_written_on_each_runs_first_row_two_heading_rows(tmp_path):
    rows = [["XX县林业和草原局廉政风险防控清单"],
            ["序号", "责任主体", None, "风险点描述", "防控措施"],
            [None, "岗位", "姓名", None, None],
            [1, "局长", "澹台沛岚", "林地征占用审批把关不严", "审批事项集体研究。", "Ⅰ级"],
            [2, "副局长", "仉霁和", "生态护林员选聘优亲厚友", "选聘结果张榜公示。", None],
            [3, "资源股股长", "鄢栖梧", "采伐指标分配不公", "指标分配公开透明。", "Ⅱ级"],
            [4, "资源股股员", "丌官鸣珂", "伐区验收走过场", "验收双人到场。", None],
            [5, "办公室主任", "鄢栖梧", "办公用品采购不比价", "三家比价留存。", "Ⅲ级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3"])
    assert read(got) == sorted([
        ("局长", "澹台沛岚", "林地征占用审批把关不严", "Ⅰ级"),
        ("副局长", "仉霁和", "生态护林员选聘优亲厚友", "Ⅰ级"),
        ("资源股股长", "鄢栖梧", "采伐指标分配不公", "Ⅱ级"),
        ("资源股股员", "丌官鸣珂", "伐区验收走过场", "Ⅱ级"),
        ("办公室主任", "鄢栖梧", "办公用品采购不比价", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_BY_MARGIN_COLUMN"]
    assert list(said["cell"]) == ["F4"] and "右侧" in said["message"].iloc[0]
    assert not {"CELL_OUTSIDE", "LEVEL_BLANK"} & codes(got)
    no_errors(got)


def test_stars_merged_left_and_a_margin_of_types_beside_a_level_column(tmp_path):
    # the stars merged left; then a second workbook whose table has its own level column and a
    # margin of types: the types its rows', its levels its column's
    rows = [["XX镇财政所岗位廉政风险点台账"],
            [None, "序号", "岗位", "姓名", "风险内容", "防控办法", "责任领导"],
            ["★★★", 1, "所长", "殳清和", "资金拨付不按程序审批", "拨付实行双签。", "镇长"],
            [None, 2, "会计", "酆語桐", "坐支现金", "现金日清月结。", "所长"],
            ["★", 3, "出纳", "蒯知遥", "票据保管不善", "票据专柜加锁。", "所长"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:A4"])
    assert read(got) == sorted([
        ("所长", "殳清和", "资金拨付不按程序审批", "Ⅰ级"),
        ("会计", "酆語桐", "坐支现金", "Ⅰ级"),
        ("出纳", "蒯知遥", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_MARGIN_COLUMN" in codes(got)
    assert not {"CELL_OUTSIDE", "LEVEL_BLANK"} & codes(got)
    no_errors(got)

    rows = [["XX镇财政所岗位廉政风险点台账"],
            [None, "序号", "岗位", "姓名", "风险内容", "风险等级", "防控办法"],
            ["制度机制风险", 1, "所长", "殳清和", "资金拨付不按程序审批", "高", "拨付实行双签。"],
            [None, 2, "会计", "酆語桐", "坐支现金", "中", "现金日清月结。"],
            ["岗位职责风险", 3, "出纳", "蒯知遥", "票据保管不善", "低", "票据专柜加锁。"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:G1", "A3:A4"])
    assert read(got) == sorted([
        ("所长", "殳清和", "资金拨付不按程序审批", "Ⅰ级"),
        ("会计", "酆語桐", "坐支现金", "Ⅱ级"),
        ("出纳", "蒯知遥", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert sorted(zip(r["risk_point"], r["risk_type"], strict=True)) == sorted([
        ("资金拨付不按程序审批", "制度机制风险"), ("坐支现金", "制度机制风险"),
        ("票据保管不善", "岗位职责风险"),
    ])  # fmt: skip
    assert "TYPE_BY_MARGIN_COLUMN" in codes(got)
    assert not {"CELL_OUTSIDE", "TABLE_NO_TYPE"} & codes(got)
    no_errors(got)


def _plain(margin: list) -> list[list]:
    return [["XX县医疗保障局岗位廉政风险点一览表"],
            [None, "序号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [margin[0], 1, "股长", "濮阳棠樾", "飞行检查中通风报信", "检查名单随机抽取。"],
            [margin[1], 2, "股员", "郜晏清", "违规费用不追回", "追回款项按月对账。"],
            [margin[2], 3, "主任", "钭翊宁", "公车使用不登记", "用车审批登记台账。"]]  # fmt: skip


def test_a_margin_of_notes_or_of_numbers_is_no_level(tmp_path):
    for i, margin in enumerate((["重点", None, "新增"], [1, None, 2])):
        got = run(tmp_path / str(i), _plain(margin), ["A1:F1", "A3:A4"])
        assert read(got) == sorted([
            ("股长", "濮阳棠樾", "飞行检查中通风报信", ""),
            ("股员", "郜晏清", "违规费用不追回", ""),
            ("主任", "钭翊宁", "公车使用不登记", ""),
        ])  # fmt: skip
        assert "LEVEL_BY_MARGIN_COLUMN" not in codes(got)
        assert "CELL_OUTSIDE" in codes(got)


def test_a_table_with_its_own_level_column_keeps_its_levels(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险点一览表"],
            [None, "序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["一级风险", 1, "股长", "濮阳棠樾", "飞行检查中通风报信", "二级", "检查名单随机抽取。"],
            [None, 2, "股员", "郜晏清", "违规费用不追回", "三级", "追回款项按月对账。"],
            ["二级风险", 3, "主任", "钭翊宁", "公车使用不登记", "三级", "用车审批登记台账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:A4"])
    assert read(got) == sorted([
        ("股长", "濮阳棠樾", "飞行检查中通风报信", "Ⅱ级"),
        ("股员", "郜晏清", "违规费用不追回", "Ⅲ级"),
        ("主任", "钭翊宁", "公车使用不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_MARGIN_COLUMN" not in codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_marks_repeated_taken_as_runs(tmp_path):
    """'高' beside row 1, '低' beside row 3, '高' again beside row 5, not merged, in an unheaded
    column right of a list with no level column: each word was taken down over the blank cells
    under it (row 2 read Ⅰ级, row 4 Ⅲ级) with only an info. A level written again further down
    says the list is not sorted by level: the words mark their own rows, the rows between are
    unknown, so the column is read as before (stray cells, levels blank) — a coordinator would
    rather be told than be given two guessed levels. Written on every row, or merged, as read."""
    rows = [["XX县医疗保障局岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "股长", "濮阳棠樾", "飞行检查中通风报信", "检查名单随机抽取。", "高"],
            [2, "股员", "郜晏清", "违规费用不追回", "追回款项按月对账。", None],
            [3, "主任", "钭翊宁", "公车使用不登记", "用车审批登记台账。", "低"],
            [4, "股员", "满沐川", "异地就医备案把关不严", "备案信息系统留痕。", None],
            [5, "股长", "雍芷汀", "违规认定特殊病种待遇", "认定材料集体审核。", "高"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert [lv for *_x, lv in read(got)] == [""] * 5
    assert "LEVEL_BY_MARGIN_COLUMN" not in codes(got)
    assert "CELL_OUTSIDE" in codes(got)

    rows[3][5], rows[5][5] = "高", "低"  # (every row written: each its own, as the rule reads)
    got = run(tmp_path / "b", rows, ["A1:E1"])
    assert sorted(lv for *_x, lv in read(got)) == ["Ⅰ级", "Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅲ级"]
    assert "LEVEL_BY_MARGIN_COLUMN" in codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_a_legend_beside_the_list(tmp_path):
    """A list with no level column and, right of it beside its first rows, an unheaded legend
    '高风险 | 可能造成重大损失', '中风险 | …', '低风险 | …' (or the explanations one column further
    out): its words were read as the list's margin, row 1 Ⅰ级, row 2 Ⅱ级 and rows 3–5 Ⅲ级. A
    margin word has nothing further out beside it; with more there it is a row of another
    table (a legend): read as before, stray cells and levels blank."""
    legend = [
        ("高风险", "可能造成重大损失"),
        ("中风险", "可能造成一定损失"),
        ("低风险", "影响较小"),
    ]
    for gap in (0, 1):
        rows = [["XX县医疗保障局岗位廉政风险点一览表"],
                ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
                [1, "股长", "濮阳棠樾", "飞行检查中通风报信", "检查名单随机抽取。"],
                [2, "股员", "郜晏清", "违规费用不追回", "追回款项按月对账。"],
                [3, "主任", "钭翊宁", "公车使用不登记", "用车审批登记台账。"],
                [4, "股员", "满沐川", "异地就医备案把关不严", "备案信息系统留痕。"],
                [5, "股长", "雍芷汀", "违规认定特殊病种待遇", "认定材料集体审核。"]]  # fmt: skip
        for i, (word, said) in enumerate(legend):
            rows[2 + i] += [word, *[None] * gap, said]
        got = run(tmp_path / str(gap), rows, ["A1:E1"])
        assert [lv for *_x, lv in read(got)] == [""] * 5
        assert "LEVEL_BY_MARGIN_COLUMN" not in codes(got)
        assert "CELL_OUTSIDE" in codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_levels_merged_from_a_group_row(tmp_path):
    """A list grouped by 股室 ('一、基金监管股' merged across the row over its points), the level
    merged left of it from the group row down over the group's points ('一级风险' A3:A5 beside
    '一、基金监管股' and its two rows): the merge starts above the first point row, so the rule
    saw that row beside no word and read the column as stray cells, every level blank. A merge
    from a row under the heading down over the first point row is its run."""
    rows = [["XX县医疗保障局岗位廉政风险点一览表"],
            [None, "序号", "岗位", "姓名", "廉政风险点", "防控措施"],
            ["一级风险", "一、基金监管股"],
            [None, 1, "股长", "濮阳棠樾", "飞行检查中通风报信", "检查名单随机抽取。"],
            [None, 2, "股员", "郜晏清", "违规费用不追回", "追回款项按月对账。"],
            ["二级风险", "二、办公室"],
            [None, 3, "主任", "钭翊宁", "公车使用不登记", "用车审批登记台账。"],
            [None, 4, "科员", "满沐川", "办公用品采购不比价", "三家比价留存。"]]  # fmt: skip
    got = run(tmp_path, rows, ["B1:F1", "B3:F3", "B6:F6", "A3:A5", "A6:A8"])
    assert sorted(x[1:] for x in read(got)) == sorted([
        ("濮阳棠樾", "飞行检查中通风报信", "Ⅰ级"),
        ("郜晏清", "违规费用不追回", "Ⅰ级"),
        ("钭翊宁", "公车使用不登记", "Ⅱ级"),
        ("满沐川", "办公用品采购不比价", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_MARGIN_COLUMN" in codes(got)
    assert not {"CELL_OUTSIDE", "LEVEL_BLANK"} & codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_an_own_level_column_left_blank(tmp_path):
    """'序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施' with the 风险等级 column left blank on
    every row and the levels merged left of 序号 ('一级风险' A3:A4, '二级风险' A5:A7): the rule
    stood aside for any table with a level column of its own, so the margin was stray cells and
    every level blank. A column of its own that gives no row a level gives nothing to keep: the
    margin's words are read (judgement: the same evidence as a table with no such column; a
    level column filled on any row still wins, as the rule's own test keeps)."""
    rows = [["XX县医疗保障局岗位廉政风险点一览表"],
            [None, "序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["一级风险", 1, "股长", "濮阳棠樾", "飞行检查中通风报信", None, "检查名单随机抽取。"],
            [None, 2, "股员", "郜晏清", "违规费用不追回", None, "追回款项按月对账。"],
            ["二级风险", 3, "主任", "钭翊宁", "公车使用不登记", None, "用车审批登记台账。"],
            [None, 4, "科员", "满沐川", "办公用品采购不比价", None, "三家比价留存。"],
            [None, 5, "股长", "雍芷汀", "违规认定特殊病种待遇", None, "认定材料集体审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["B1:G1", "A3:A4", "A5:A7"])
    assert sorted(x[1:] for x in read(got)) == sorted([
        ("濮阳棠樾", "飞行检查中通风报信", "Ⅰ级"),
        ("郜晏清", "违规费用不追回", "Ⅰ级"),
        ("钭翊宁", "公车使用不登记", "Ⅱ级"),
        ("满沐川", "办公用品采购不比价", "Ⅱ级"),
        ("雍芷汀", "违规认定特殊病种待遇", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_BY_MARGIN_COLUMN"]
    assert list(said["cell"]) == ["A3"] and "各行都没有填写" in said["message"].iloc[0]
    assert not {"CELL_OUTSIDE", "LEVEL_BLANK"} & codes(got)
