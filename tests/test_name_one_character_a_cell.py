"""A narrow 姓名 column, not merged, giving each holder's name ONE CHARACTER A CELL down the rows
of his block (the post, or the 科室, merged over them; or written on each row with nothing
merged), so that the printed sheet shows the name upright beside his points: the characters down
a block are one holder's name, the block his (a block longer than the name, its last cells
blank, is his too). A column of ticks or '是', a surname alone in a block, or whole names are
read as before.

Not the published batch's sheet (a 煤矿安全监察站 with 站长/副站长/科长/监察员, three-character names,
blocks exactly as long as the names, 高/中/低): a county 水务局's 水利工程质量监督站 and a 河道管理所
with other posts (站长, 质监员, 所长, 巡河员, 会计), two- and three-character names, 一级/二级/三级 and
★★★/★★/★, one or two heading rows, an extra 风险类型 column, blocks longer than the name, written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ERROR, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == ERROR]["code"])


HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def test_blocks_as_long_as_the_names_join_into_one_holder_each(tmp_path):
    rows = [["XX县水利工程质量监督站岗位廉政风险点排查表"],
            HEAD,
            [1, "站领导", "站长", "祁", "质量监督计划安排个人说了算", "一级", "监督计划集体研究。"],
            [2, None, None, "澜", "工程验收中收受施工方好处", "一级", "验收两人以上到场。"],
            [3, None, None, "舟", "公务用车私用", "三级", "用车登记。"],
            [4, "质监科", "质监员", "郗", "抽检样品不按规定封存", "二级", "样品现场封存签字。"],
            [5, None, None, "沐", "检测数据弄虚作假", "一级", "检测报告复核。"],
            [6, None, "质监员", "窦", "对质量问题隐瞒不报", "二级", "问题清单台账管理。"],
            [7, None, None, "霈", "向施工单位推荐材料供应商", "二级", "签订廉洁承诺书。"],
            [8, None, None, "然", "监督记录事后补写", "三级", "记录当日归档。"],
            ["填表人：", None, None, None, "审核人：", None, "站长（签字）："]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "B6:B10", "C6:C7", "C8:C10"])
    assert read(got) == sorted([
        ("站长", "祁澜舟", "质量监督计划安排个人说了算", "Ⅰ级"),
        ("站长", "祁澜舟", "工程验收中收受施工方好处", "Ⅰ级"),
        ("站长", "祁澜舟", "公务用车私用", "Ⅲ级"),
        ("质监员", "郗沐", "抽检样品不按规定封存", "Ⅱ级"),
        ("质监员", "郗沐", "检测数据弄虚作假", "Ⅰ级"),
        ("质监员", "窦霈然", "对质量问题隐瞒不报", "Ⅱ级"),
        ("质监员", "窦霈然", "向施工单位推荐材料供应商", "Ⅱ级"),
        ("质监员", "窦霈然", "监督记录事后补写", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "NAME_DOWN_CELLS"]
    assert list(said["cell"]) == ["D3"]  # (once for the table)
    assert said["value"].iloc[0] == "祁澜舟、郗沐、窦霈然"
    assert not errors(got)
    assert not {"ROW_UNPLACED", "FORM_NO_PERSON"} & codes(got)


def test_a_block_longer_than_the_name_two_heading_rows_and_a_type_column(tmp_path):
    # '岗位信息' over 股室/岗位/姓名, '风险等级' merged down both heading rows; the 所长's block
    # runs on a row past his name (blank there), the 会计's two
    rows = [["XX县河道管理所廉政风险防控排查表"],
            ["序号", "岗位信息", None, None, "风险点", "风险类型", "风险等级", "防控措施"],
            [None, "股室", "岗位", "姓名", None, None, None, None],
            [1, "所领导", "所长", "蔺", "河道采砂许可审批把关不严", "岗位职责", "★★★", "许可会审。"],
            [2, None, None, "澈", "工程款拨付不按进度", "制度机制", "★★", "按进度审核拨付。"],
            [3, None, None, None, "干部考核打人情分", "思想道德", "★", "考核结果公示。"],
            [4, "财务股", "会计", "甘", "虚列支出套取资金", "岗位职责", "★★★", "支出双人审核。"],
            [5, None, None, "棠", "现金不及时入账", "岗位职责", "★★", "日清月结。"],
            [6, None, None, None, "票据管理不规范", "制度机制", "★", "票据登记领用。"],
            [7, None, None, None, "私设小金库", "思想道德", "★★★", "定期审计。"]]  # fmt: skip
    got = run(
        tmp_path,
        rows,
        ["A1:H1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3", "H2:H3",
         "B4:B6", "C4:C6", "B7:B10", "C7:C10"],
    )  # fmt: skip
    assert read(got) == sorted([
        ("所长", "蔺澈", "河道采砂许可审批把关不严", "Ⅰ级"),
        ("所长", "蔺澈", "工程款拨付不按进度", "Ⅱ级"),
        ("所长", "蔺澈", "干部考核打人情分", "Ⅲ级"),
        ("会计", "甘棠", "虚列支出套取资金", "Ⅰ级"),
        ("会计", "甘棠", "现金不及时入账", "Ⅱ级"),
        ("会计", "甘棠", "票据管理不规范", "Ⅲ级"),
        ("会计", "甘棠", "私设小金库", "Ⅰ级"),
    ])  # fmt: skip
    assert set(got.posts["department"]) == {"所领导", "财务股"}
    assert "NAME_DOWN_CELLS" in codes(got)
    assert not errors(got)


def test_nothing_merged_a_post_on_every_row_its_change_ending_the_name(tmp_path):
    rows = [["XX县水务局河长制办公室廉政风险点排查表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
            [1, "主任", "訾", "河湖督查问题整改不督办", "一级", "整改清单销号管理。", None],
            [2, "主任", "沛", "考核评分打招呼", "二级", "考核集体评议。", None],
            [3, "主任", "岚", "专项资金分配不公", "一级", "资金分配公示。", None],
            [4, "巡河员", "冼", "巡河记录造假", "二级", "巡河轨迹留痕。", "兼职"],
            [5, "巡河员", "澄", "发现违法采砂不报告", "一级", "问题即时上报。", None],
            [6, "会计", "欧", "报销凭证审核不严", "二级", "凭证双人复核。", None],
            [7, "会计", "阳", "挪用河道保洁经费", "一级", "经费专户管理。", None],
            [8, "会计", "霁", "账务处理不及时", "三级", "按月结账。", None],
            [9, "会计", "川", "私设账外账", "一级", "定期审计。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("主任", "訾沛岚", "河湖督查问题整改不督办", "Ⅰ级"),
        ("主任", "訾沛岚", "考核评分打招呼", "Ⅱ级"),
        ("主任", "訾沛岚", "专项资金分配不公", "Ⅰ级"),
        ("巡河员", "冼澄", "巡河记录造假", "Ⅱ级"),
        ("巡河员", "冼澄", "发现违法采砂不报告", "Ⅰ级"),
        # (four characters under a compound surname: one name)
        ("会计", "欧阳霁川", "报销凭证审核不严", "Ⅱ级"),
        ("会计", "欧阳霁川", "挪用河道保洁经费", "Ⅰ级"),
        ("会计", "欧阳霁川", "账务处理不及时", "Ⅲ级"),
        ("会计", "欧阳霁川", "私设账外账", "Ⅰ级"),
    ])  # fmt: skip
    assert "NAME_DOWN_CELLS" in codes(got)
    assert not errors(got)


def test_marks_down_a_column_beside_merged_posts_join_into_no_name(tmp_path):
    # '√' and '是' one a row beside merged posts: marks, no characters of a name
    for mark in ("√", "是"):
        rows = [["XX县水利工程质量监督站岗位廉政风险点排查表"],
                ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
                [1, "站长", "祁澜舟", "质量监督计划安排个人说了算", "一级", "监督计划集体研究。"],
                [2, None, None, "工程验收中收受施工方好处", "一级", "验收两人以上到场。"],
                [3, "质监员", "郗沐", "抽检样品不按规定封存", "二级", "样品现场封存签字。"],
                [4, None, None, "检测数据弄虚作假", "一级", "检测报告复核。"]]  # fmt: skip
        for row in rows[2:]:
            row.insert(3, mark)  # '重点' beside the name
        rows[1].insert(3, "是否重点")
        got = run(tmp_path / mark, rows, ["A1:G1", "B3:B4", "C3:C4", "B5:B6", "C5:C6"])
        assert read(got) == sorted([
            ("站长", "祁澜舟", "质量监督计划安排个人说了算", "Ⅰ级"),
            ("站长", "祁澜舟", "工程验收中收受施工方好处", "Ⅰ级"),
            ("质监员", "郗沐", "抽检样品不按规定封存", "Ⅱ级"),
            ("质监员", "郗沐", "检测数据弄虚作假", "Ⅰ级"),
        ])  # fmt: skip
        assert "NAME_DOWN_CELLS" not in codes(got)
        assert not errors(got)
        # the marks in the 姓名 column itself, a mark a row: each row's as it was, none joined
        rows = [[v for i, v in enumerate(row) if i != 2] for row in rows]  # (names gone)
        rows[1][2] = "姓名"
        got = run(tmp_path / f"{mark}2", rows, ["A1:F1", "B3:B4", "B5:B6"])
        assert sorted(set(got.risks["person"])) == [mark]
        assert len(got.risks) == 4
        assert "NAME_DOWN_CELLS" not in codes(got)
        assert not errors(got)


def test_two_holders_of_one_post_in_one_merged_block_are_not_joined(tmp_path):
    # two 巡河员 under one merged post, two characters each: '冼澄' + '蔺澈' is no one's name
    rows = [["XX县河道管理所廉政风险防控排查表"],
            HEAD,
            [1, "巡河队", "巡河员", "冼", "巡河记录造假", "二级", "巡河轨迹留痕。"],
            [2, None, None, "澄", "发现违法采砂不报告", "一级", "问题即时上报。"],
            [3, None, None, "蔺", "河道保洁验收走过场", "二级", "验收拍照留档。"],
            [4, None, None, "澈", "接受采砂业主吃请", "一级", "签订廉洁承诺书。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B6", "C3:C6"])
    # (left as it was read before: a character a row, no one joined)
    assert read(got) == sorted([
        ("巡河员", "冼", "巡河记录造假", "Ⅱ级"),
        ("巡河员", "澄", "发现违法采砂不报告", "Ⅰ级"),
        ("巡河员", "蔺", "河道保洁验收走过场", "Ⅱ级"),
        ("巡河员", "澈", "接受采砂业主吃请", "Ⅰ级"),
    ])  # fmt: skip
    assert "NAME_DOWN_CELLS" not in codes(got)


def test_whole_names_one_a_row_under_merged_posts_read_as_before(tmp_path):
    rows = [["XX县河道管理所廉政风险防控排查表"],
            HEAD,
            [1, "所领导", "所长", "蔺澈", "河道采砂许可审批把关不严", "一级", "许可会审。"],
            [2, None, None, "蔺澈", "工程款拨付不按进度", "二级", "按进度审核拨付。"],
            [3, "财务股", "会计", "甘棠", "虚列支出套取资金", "一级", "支出双人审核。"],
            [4, None, None, "甘棠", "现金不及时入账", "二级", "日清月结。"],
            [5, None, "出纳", "窦", "私设小金库", "一级", "定期审计。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "C3:C4", "B5:B7", "C5:C6"])
    assert read(got) == sorted([
        ("所长", "蔺澈", "河道采砂许可审批把关不严", "Ⅰ级"),
        ("所长", "蔺澈", "工程款拨付不按进度", "Ⅱ级"),
        ("会计", "甘棠", "虚列支出套取资金", "Ⅰ级"),
        ("会计", "甘棠", "现金不及时入账", "Ⅱ级"),
        # (a surname alone in a block: no name to join, read as it is)
        ("出纳", "窦", "私设小金库", "Ⅰ级"),
    ])  # fmt: skip
    assert "NAME_DOWN_CELLS" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["NAME_DOWN_CELLS"][0] == "info"
    assert SHORT["NAME_DOWN_CELLS"]


_H = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]


def _holders(got) -> list[tuple[str, str]]:
    r = got.risks
    return sorted(zip(r["person"], r["risk_point"], strict=True))


def test_what_the_hundred_and_fifth_review_found_surnames_are_no_name(tmp_path):
    # one short name on every row of a block ('王'), or several holders' surnames in one merged
    # post ('王', '李'): no name of surnames only is joined (they were '王王王', '王李')
    rows = [["XX局岗位廉政风险点排查表"], _H,
            [1, "办公室", "主任", "王", "公务接待超标准", "二级", "严格审批"],
            [2, None, None, "王", "公车私用", "三级", "定点停放"],
            [3, "财务股", "会计", "赵", "违规报销", "二级", "三级审核"],
            [4, None, None, "钱", "做假账", "一级", "交叉复核"],
            [5, None, None, "孙", "收受回扣", "一级", "交叉复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "C3:C4", "B5:B7", "C5:C7"])
    assert {p for p, _x in _holders(got)} == {"王", "赵", "钱", "孙"}
    assert "NAME_DOWN_CELLS" not in set(got.issues["code"])


def test_what_the_hundred_and_fifth_review_found_a_blank_inside_a_block(tmp_path):
    rows = [["XX局岗位廉政风险点排查表"], _H,
            [1, "办公室", "主任", "鲍", "公务接待超标准", "二级", "严格审批"],
            [2, None, None, None, "公车私用", "三级", "定点停放"],
            [3, None, None, "翊", "挪用公款", "一级", "定期对账"],
            [4, "财务股", "股长", "岑", "违规报销", "二级", "三级审核"],
            [5, None, None, "沅", "做假账", "一级", "交叉复核"],
            [6, None, None, "珝", "收受回扣", "一级", "交叉复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "B6:B8", "C6:C8"])
    assert {p for p, _x in _holders(got)} == {"鲍翊", "岑沅珝"}
