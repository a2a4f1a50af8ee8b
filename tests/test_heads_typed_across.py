"""A header of two rows whose group headings lost their merges: typed into each of the columns
they head ('风险识别 | 风险识别 | 风险识别' over '廉政风险点 | 风险等级 | 风险类型'), or written in one of
them only, the first or the middle one (a merge undone, a table pasted from a page), the other
headings ('序号', '科室', '岗位', '姓名', '防控措施') on the upper row alone, the cells under them
blank, or filled down with the same word. Read as the merged header
is (one info ``HEADS_TYPED_ACROSS`` a sheet naming the cells): before, the group heading's run
was no heading the readers knew (they know a group by its merge), the sub-headings became a data
row (``POINT_BLANK``) and the table lost its 科室, post, holder or measures columns.

Not found in a published batch but by probing the header readers (a 编制情况 group typed twice
over 编制岗位 | 实际岗位 lost every post): here a 县人民医院 and a 县水利局, other group words
('岗位信息', '风险评估', '防控责任'), two runs on one row, a header repeated page by page. The
negatives: a data row with two equal cells, a group heading over level ticks ('风险等级' typed
over '高 | 中 | 低'), and the merged original — read as before, no ``HEADS_TYPED_ACROSS``.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"一览表": rows}, {"一览表": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple]:
    r = got.risks
    cols = ("department", "title", "person", "risk_point", "risk_level", "risk_type", "measures")
    return sorted(zip(*(r[c] for c in cols), strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


HOSPITAL = "XX县人民医院"
ROWS = [
    ["1", "药剂科", "科长", "濮明远", "药品遴选收受回扣", "一级", "岗位职责风险", "药事委员会集体遴选"],
    ["2", "药剂科", "药师", "濮青禾", "处方调剂以次充好", "三级", "思想道德风险", "双人核对处方"],
    ["3", "设备科", "科长", "濮望舒", "设备验收走过场", "二级", "制度机制风险", "使用科室共同验收"],
]  # fmt: skip
TRUTH = sorted([
    ("药剂科", "科长", "濮明远", "药品遴选收受回扣", "Ⅰ级", "岗位职责风险", "药事委员会集体遴选"),
    ("药剂科", "药师", "濮青禾", "处方调剂以次充好", "Ⅲ级", "思想道德风险", "双人核对处方"),
    ("设备科", "科长", "濮望舒", "设备验收走过场", "Ⅱ级", "制度机制风险", "使用科室共同验收"),
])  # fmt: skip


def _hospital(upper: list, lower: list) -> list[list]:
    return [[f"{HOSPITAL}岗位廉政风险防控一览表"], upper, lower, *ROWS]


def test_a_group_typed_over_three_sub_headings_is_one_heading(tmp_path):
    upper = ["序号", "科室", "岗位", "姓名", "风险评估", "风险评估", "风险评估", "防控措施"]
    lower = ["", "", "", "", "廉政风险点", "风险等级", "风险类型", ""]
    got = run(tmp_path, _hospital(upper, lower))
    assert read(got) == TRUTH
    assert "HEADS_TYPED_ACROSS" in codes(got) and not errors(got)
    msg = next(m for c, m in zip(got.issues["code"], got.issues["message"], strict=True)
               if c == "HEADS_TYPED_ACROSS")  # fmt: skip
    assert "E2:G2“风险评估”" in msg


def test_two_groups_on_one_row_and_the_rest_filled_down(tmp_path):
    upper = [
        "序号",
        "岗位信息",
        "岗位信息",
        "岗位信息",
        "风险识别",
        "风险识别",
        "风险识别",
        "防控措施",
    ]
    lower = ["序号", "科室", "岗位", "姓名", "风险点", "风险级别", "风险类别", "防控措施"]
    got = run(tmp_path, _hospital(upper, lower))
    assert read(got) == TRUTH
    assert "HEADS_TYPED_ACROSS" in codes(got) and not errors(got)


def test_a_group_written_in_one_of_its_cells_only(tmp_path):
    lower = ["", "", "", "", "廉政风险点", "风险等级", "风险类型", ""]
    for upper in (
        ["序号", "科室", "岗位", "姓名", "风险评估", "", "", "防控措施"],  # the first, merge undone
        ["序号", "科室", "岗位", "姓名", "", "风险评估", "", "防控措施"],  # centred, as printed
    ):
        got = run(tmp_path / str(upper.index("风险评估")), _hospital(upper, lower))
        assert read(got) == TRUTH, upper
        assert "HEADS_TYPED_ACROSS" in codes(got) and not errors(got)
    # two groups side by side, each in its first cell, every column but 序号 and 防控措施 in one
    upper = ["序号", "岗位信息", "", "", "风险评估", "", "", "防控措施"]
    lower = ["", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "风险类型", ""]
    got = run(tmp_path / "two", _hospital(upper, lower))
    assert read(got) == TRUTH and "ROW_UNPLACED" not in codes(got)


def test_a_row_of_groups_alone_over_a_whole_header(tmp_path):
    # the lower row a whole header of its own, the group typed across over three of its cells
    # and nothing else on its row: the group merged, no row outside the table reported
    upper = ["", "", "", "", "风险评估", "风险评估", "风险评估", ""]
    lower = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "风险类型", "防控措施"]
    got = run(tmp_path, _hospital(upper, lower))
    assert read(got) == TRUTH and "ROW_UNPLACED" not in codes(got)
    assert "HEADS_TYPED_ACROSS" in codes(got)


def test_labels_over_a_header_are_no_groups(tmp_path):
    # a card's label row right over its header ('姓名 | 某某 | 填表日期 | 2025年6月9日 | |'):
    # every column of the row below is a heading, none of the row's cells a group
    rows = [["XX县人民医院岗位廉政风险自查表"],
            ["姓名", "濮明远", "岗位", "药剂科科长", "填表日期", "2025年6月9日", "", ""],
            ["序号", "岗位职责", "廉政风险点", "风险等级", "风险类型", "防控措施", "自查情况", "备注"],
            ["1", "药品采购", "药品遴选收受回扣", "一级", "岗位职责风险", "集体遴选", "已落实", ""]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "HEADS_TYPED_ACROSS" not in codes(got)
    assert list(got.risks["risk_point"]) == ["药品遴选收受回扣"]
    # the card's label row unmerged and filled ('姓名 | 某某 | 某某 | 职务 | 科长 | 科长')
    rows[1] = ["姓名", "濮明远", "濮明远", "职务", "药剂科科长", "药剂科科长", "", ""]
    got = run(tmp_path / "filled", rows)
    assert "HEADS_TYPED_ACROSS" not in codes(got)
    assert list(got.risks["risk_point"]) == ["药品遴选收受回扣"]


def test_the_header_repeated_page_by_page(tmp_path):
    unit = "XX县水利局"
    upper = ["序号", "股室", "职务", "姓名", "廉政风险点", "防控责任", "防控责任"]
    lower = ["", "", "", "", "", "防控措施", "责任领导"]
    rows = [
        [f"{unit}廉政风险防控清单"], upper, lower,
        ["1", "工程股", "股长", "濮子衿", "工程变更签证把关不严", "变更经局务会研究", "局长"],
        ["2", "工程股", "技术员", "濮清川", "隐蔽工程验收不到场", "验收全程留影像", "副局长"],
        upper, lower,
        ["3", "水政股", "股长", "濮云岫", "河道采砂执法选择性处罚", "执法全程记录", "副局长"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], r["measures"],
                      strict=True)) == sorted([
        ("工程股", "濮子衿", "工程变更签证把关不严", "变更经局务会研究"),
        ("工程股", "濮清川", "隐蔽工程验收不到场", "验收全程留影像"),
        ("水政股", "濮云岫", "河道采砂执法选择性处罚", "执法全程记录"),
    ])  # fmt: skip
    assert "HEADS_TYPED_ACROSS" in codes(got)
    assert "POINT_BLANK" not in codes(got)


def test_the_merged_original_and_other_rows_read_as_before(tmp_path):
    # the merged original: no HEADS_TYPED_ACROSS, the same reading
    upper = ["序号", "科室", "岗位", "姓名", "风险评估", "", "", "防控措施"]
    lower = ["", "", "", "", "廉政风险点", "风险等级", "风险类型", ""]
    merges = ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]
    got = run(tmp_path, _hospital(upper, lower), merges)
    assert read(got) == TRUTH and "HEADS_TYPED_ACROSS" not in codes(got)
    # a data row whose two cells are equal (post and holder's post), under a plain header
    rows = [[f"{HOSPITAL}岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "职务", "姓名", "廉政风险点", "风险等级", "风险类型", "防控措施"],
            ["1", "药剂科", "科长", "科长", "濮明远", "药品遴选收受回扣", "一级", "岗位职责风险", "集体遴选"],
            ["2", "药剂科", "药师", "药师", "濮青禾", "处方调剂以次充好", "三级", "思想道德风险", "双人核对"]]  # fmt: skip
    got = run(tmp_path / "b", rows)
    assert len(got.risks) == 2 and "HEADS_TYPED_ACROSS" not in codes(got)


def test_a_level_heading_typed_over_its_ticks_is_left_alone(tmp_path):
    rows = [[f"{HOSPITAL}岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "风险等级", "风险等级", "防控措施"],
            ["", "", "", "", "", "高", "中", "低", ""],
            ["1", "药剂科", "科长", "濮明远", "药品遴选收受回扣", "√", "", "", "药事委员会集体遴选"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "HEADS_TYPED_ACROSS" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["HEADS_TYPED_ACROSS"][0] == "info"
    assert SHORT["HEADS_TYPED_ACROSS"]


def test_a_staffing_group_typed_twice_over_the_post_on_paper_and_the_actual(tmp_path):
    # '编制情况 | 编制情况' over '编制岗位 | 实际岗位', typed or merged: the actual post is the
    # post (POST_ON_PAPER_SET_ASIDE reads the sub-heading under the group)
    unit = "XX县水利局"
    body = [
        ["1", "办公室", "科员", "文秘", "濮子衿", "公文处理泄露秘密", "三级", "保密制度落实"],
        ["2", "工程股", "技术员", "技术员", "濮清川", "隐蔽工程验收不到场", "二级", "验收全程留影像"],
    ]  # fmt: skip
    truth = [("办公室", "文秘", "濮子衿"), ("工程股", "技术员", "濮清川")]
    upper = ["序号", "股室", "编制情况", "编制情况", "姓名", "廉政风险点", "风险等级", "防控措施"]
    lower = ["", "", "编制岗位", "实际岗位", "", "", "", ""]
    for name, merges in (("typed", []), ("merged", ["C2:D2", "A2:A3", "B2:B3", "E2:E3"])):
        up = list(upper)
        if merges:
            up[3] = ""
        got = run(tmp_path / name, [[f"{unit}廉政风险防控清单"], up, lower, *body], merges)
        r = got.risks
        assert sorted(zip(r["department"], r["title"], r["person"], strict=True)) == truth, name
        assert "POST_ON_PAPER_SET_ASIDE" in codes(got), name
        assert ("HEADS_TYPED_ACROSS" in codes(got)) == (not merges), name
