"""A list with no level column whose level is written only as one part of each point's
structured risk code ('SW-GC-1-03', 'ZJ-NS-B-02', 'GC_高_05'), a note under (or over) the table
naming the code's parts in order ('编号规则：单位代码-股室代码-风险等级代码-流水号', '第二段为风险
等级') and what the level part's values mean ('1为一级', 'A—高风险', or the level words
themselves): each row takes its code's level, with one info ``LEVEL_IN_CODE_PART``.

Not the published batch's file (a 车辆管理所's 风险清单 with 科室/岗位/姓名 and 'CGS-DJ-2-04'): a
county's 水务局 and 自然资源局 and a 镇's 农业站, other posts and names, codes with letters or
the level words as the level part, underscores, the level part second, the code column last,
an extra 风险类型 column; written with xlsxwriter (tests/helpers.py) and read back as
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_the_third_of_four_parts_read_by_a_note_of_digits(tmp_path):
    rows = [["XX县水务局岗位廉政风险点登记表"],
            ["编号", "股室", "岗位", "姓名", "风险点", "防控措施"],
            ["SW-GC-1-01", "工程建设股", "股长", "阎澍棠", "工程招标中设置排他性条件", "招标文件集体审查。"],
            ["SW-GC-2-02", None, None, None, "工程变更签证把关不严", "变更签证三方会签。"],
            ["SW-GC-3-03", None, "技术员", "乔沅蘅", "隐蔽工程验收走过场", "验收留存影像资料。"],
            ["SW-ZY-1-04", "水资源股", "股长", "阎翊棣", "取水许可违规审批", "许可事项网上公开。"],
            ["SW-ZY-2-05", None, "科员", "乔芷岚", "水资源费减免不按规定", "减免事项股室会审。"],
            ["注：编号规则为单位代码-股室代码-风险等级代码-流水号；风险等级代码1为一级、2为二级、3为三级。"],
            ["制表：办公室", None, "审核：", None, "2025年8月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B5", "C3:C4", "D3:D4", "B6:B7", "A8:F8"])
    assert read(got) == sorted([
        ("股长", "阎澍棠", "工程招标中设置排他性条件", "Ⅰ级"),
        ("股长", "阎澍棠", "工程变更签证把关不严", "Ⅱ级"),
        ("技术员", "乔沅蘅", "隐蔽工程验收走过场", "Ⅲ级"),
        ("股长", "阎翊棣", "取水许可违规审批", "Ⅰ级"),
        ("科员", "乔芷岚", "水资源费减免不按规定", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_IN_CODE_PART"]
    assert list(said["cell"]) == ["A2"]
    assert "第3段" in said["message"].iloc[0] and "1=Ⅰ级" in said["value"].iloc[0]
    assert not errors(got) and "LEVEL_BLANK" not in codes(got)


def test_letters_keyed_by_a_note_over_the_table_the_code_column_last(tmp_path):
    rows = [["XX县自然资源局廉政风险防控清单"],
            ["说明：风险编码按“单位-科室-等级-序号”编排，等级代码A—高风险；B—中风险；C—低风险。"],
            ["科室", "岗位", "责任人", "风险点", "风险类型", "防控措施", "风险编码"],
            ["国土空间规划股", "股长", "阙沐霖", "规划指标调整暗箱操作", "岗位职责", "调整方案集体研究。", "ZR-GH-A-01"],
            ["国土空间规划股", "股长", "阙沐霖", "规划条件核实放松标准", "业务流程", "核实结果公示。", "ZR-GH-B-02"],
            ["不动产登记中心", "登记员", "乔楠汐", "违规为不符合条件者办证", "业务流程", "登记材料双人审核。", "ZR-DJ-A-03"],
            ["不动产登记中心", "登记员", "乔楠汐", "泄露权利人登记信息", "思想道德", "查询留痕，定期抽查。", "ZR-DJ-C-04"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:G2"])
    assert read(got) == sorted([
        ("股长", "阙沐霖", "规划指标调整暗箱操作", "Ⅰ级"),
        ("股长", "阙沐霖", "规划条件核实放松标准", "Ⅱ级"),
        ("登记员", "乔楠汐", "违规为不符合条件者办证", "Ⅰ级"),
        ("登记员", "乔楠汐", "泄露权利人登记信息", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_IN_CODE_PART"]
    assert list(said["cell"]) == ["G3"]
    assert said["value"].iloc[0] == "A=Ⅰ级、B=Ⅱ级、C=Ⅲ级"
    assert not errors(got)


def test_underscores_the_level_second_in_its_own_words_by_an_ordinal(tmp_path):
    rows = [["XX镇农业综合服务站岗位风险排查表"],
            ["序号", "风险编号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "NY_高_01", "站长", "阎霏珩", "惠农补贴资金审核把关不严", "补贴名单张榜公示。"],
            [2, "NY_中_02", "站长", "阎霏珩", "农资采购中收受好处", "采购比价，班子研究。"],
            [3, "NY_低_03", "农技员", "乔稷尧", "技术服务中吃拿卡要", "服务群众评议。"],
            [4, "NY_中_04", "农技员", "乔稷尧", "病虫害防治物资发放不公", "物资发放签字登记。"],
            ["注：风险编号共三段，第二段为风险等级，第三段为顺序号。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "C3:C4", "D3:D4", "C5:C6", "D5:D6", "A7:F7"])
    assert read(got) == sorted([
        ("站长", "阎霏珩", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("站长", "阎霏珩", "农资采购中收受好处", "Ⅱ级"),
        ("农技员", "乔稷尧", "技术服务中吃拿卡要", "Ⅲ级"),
        ("农技员", "乔稷尧", "病虫害防治物资发放不公", "Ⅱ级"),
    ])  # fmt: skip
    assert list(got.issues[got.issues["code"] == "LEVEL_IN_CODE_PART"]["cell"]) == ["B2"]
    assert not errors(got)


def test_bare_digits_only_where_the_note_says_the_level_is_in_digits(tmp_path):
    def rows(note: str) -> list[list]:
        return [["XX县水务局河湖管理股风险清单"],
                ["编码", "岗位", "姓名", "风险点", "防控措施"],
                ["HH_1_01", "股长", "阎澍棠", "河道采砂许可违规审批", "许可结果公开。"],
                ["HH_2_02", "股长", "阎澍棠", "河道巡查发现问题不处理", "巡查记录留痕。"],
                ["HH_3_03", "巡河员", "乔沅蘅", "收受好处放任违规占河", "巡河轨迹上传。"],
                [note]]  # fmt: skip

    said = "注：编码由股室代码、风险等级和顺序号组成，风险等级用数字1、2、3表示。"
    got = run(tmp_path / "a", rows(said), ["A6:E6"])
    assert read(got) == sorted([
        ("股长", "阎澍棠", "河道采砂许可违规审批", "Ⅰ级"),
        ("股长", "阎澍棠", "河道巡查发现问题不处理", "Ⅱ级"),
        ("巡河员", "乔沅蘅", "收受好处放任违规占河", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_IN_CODE_PART" in codes(got) and not errors(got)
    # the part named, its digits not said to be levels: not read (blank, as before)
    got = run(tmp_path / "b", rows("注：编码由股室代码、风险等级和顺序号组成。"), ["A6:E6"])
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_IN_CODE_PART" not in codes(got) and "LEVEL_BLANK" in codes(got)


def test_two_heading_rows_and_the_holder_in_one_cell(tmp_path):
    rows = [["XX县水务局水政监察大队廉政风险防控表"],
            ["风险编号", "责任岗位", "风险内容", None, "防控措施"],
            [None, None, "风险点", "风险类型", None],
            ["SZ.1.01", "大队长（阎翊棣）", "行政处罚自由裁量不规范", "岗位职责", "处罚案件集体讨论。"],
            ["SZ.1.02", "大队长（阎翊棣）", "对违法取水选择性执法", "业务流程", "执法全过程记录。"],
            ["SZ.2.03", "执法队员（乔芷岚）", "罚没款不及时上缴", "制度机制", "罚没款直缴国库。"],
            ["注：风险编号格式为“队别代码.风险等级.序号”，风险等级1为一级、2为二级、3为三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A7:E7"])
    assert read(got) == sorted([
        ("大队长", "阎翊棣", "行政处罚自由裁量不规范", "Ⅰ级"),
        ("大队长", "阎翊棣", "对违法取水选择性执法", "Ⅰ级"),
        ("执法队员", "乔芷岚", "罚没款不及时上缴", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_IN_CODE_PART" in codes(got) and not errors(got)


def test_a_note_of_another_layout_than_the_codes_is_not_read(tmp_path):
    # the note's layout has three parts, the codes four: which part is the level's is unknown
    rows = [["XX县水务局岗位廉政风险点登记表"],
            ["编号", "岗位", "姓名", "风险点", "防控措施"],
            ["SW-GC-1-01", "股长", "阎澍棠", "工程招标中设置排他性条件", "招标文件集体审查。"],
            ["SW-GC-2-02", "股长", "阎澍棠", "工程变更签证把关不严", "变更签证三方会签。"],
            ["SW-GC-3-03", "技术员", "乔沅蘅", "隐蔽工程验收走过场", "验收留存影像资料。"],
            ["注：编号为股室代码-风险等级代码-流水号，风险等级代码1为一级、2为二级、3为三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_IN_CODE_PART" not in codes(got)


def test_a_level_code_the_note_does_not_give_stays_blank(tmp_path):
    rows = [["XX县水务局岗位廉政风险点登记表"],
            ["编号", "岗位", "姓名", "风险点", "防控措施"],
            ["SW-GC-1-01", "股长", "阎澍棠", "工程招标中设置排他性条件", "招标文件集体审查。"],
            ["SW-GC-2-02", "股长", "阎澍棠", "工程变更签证把关不严", "变更签证三方会签。"],
            ["SW-GC-4-03", "技术员", "乔沅蘅", "隐蔽工程验收走过场", "验收留存影像资料。"],
            ["SW-GC-3-04", "技术员", "乔沅蘅", "验收资料弄虚作假", "资料归档前复核。"],
            ["注：编号规则为单位代码-股室代码-风险等级代码-流水号；风险等级代码1为一级、2为二级、3为三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("股长", "阎澍棠", "工程招标中设置排他性条件", "Ⅰ级"),
        ("股长", "阎澍棠", "工程变更签证把关不严", "Ⅱ级"),
        ("技术员", "乔沅蘅", "隐蔽工程验收走过场", ""),
        ("技术员", "乔沅蘅", "验收资料弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["D5"] and "LEVEL_IN_CODE_PART" in codes(got)


def test_codes_with_no_note_stay_unread(tmp_path):
    rows = [["XX县水务局岗位廉政风险点登记表"],
            ["编号", "岗位", "姓名", "风险点", "防控措施"],
            ["SW-GC-1-01", "股长", "阎澍棠", "工程招标中设置排他性条件", "招标文件集体审查。"],
            ["SW-GC-2-02", "股长", "阎澍棠", "工程变更签证把关不严", "变更签证三方会签。"],
            ["SW-GC-3-03", "技术员", "乔沅蘅", "隐蔽工程验收走过场", "验收留存影像资料。"],
            ["注：防控措施由各股室负责落实。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_IN_CODE_PART" not in codes(got) and "LEVEL_BLANK" in codes(got)


def test_a_level_column_of_its_own_wins_over_the_code(tmp_path):
    rows = [["XX县自然资源局廉政风险防控清单"],
            ["风险编码", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["ZR-GH-1-01", "股长", "阙沐霖", "规划指标调整暗箱操作", "二级", "调整方案集体研究。"],
            ["ZR-GH-2-02", "股长", "阙沐霖", "规划条件核实放松标准", "二级", "核实结果公示。"],
            ["ZR-DJ-3-03", "登记员", "乔楠汐", "泄露权利人登记信息", "一级", "查询留痕，定期抽查。"],
            ["注：风险编码由“单位代码-科室代码-风险等级代码-顺序号”组成，风险等级代码1为一级、2为二级、3为三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert read(got) == sorted([
        ("股长", "阙沐霖", "规划指标调整暗箱操作", "Ⅱ级"),
        ("股长", "阙沐霖", "规划条件核实放松标准", "Ⅱ级"),
        ("登记员", "乔楠汐", "泄露权利人登记信息", "Ⅰ级"),
    ])  # fmt: skip
    assert "LEVEL_IN_CODE_PART" not in codes(got) and not errors(got)


def test_the_code_is_catalogued():
    assert "LEVEL_IN_CODE_PART" in CATALOGUE and "LEVEL_IN_CODE_PART" in SHORT


def test_what_the_hundred_and_seventh_review_found_dates_are_no_codes(tmp_path):
    # a 完成时限 column of dates ('2025-2-28') under a note naming a code's level part: no code
    # column at all, the levels stay blank (the month was read as the level)
    rows = [["XX县水务局岗位廉政风险点登记表"],
            ["序号", "岗位", "姓名", "风险点", "防控措施", "完成时限"],
            [1, "股长", "阎澍棠", "工程招标设置排他性条件", "招标文件集体审查。", "2025-1-31"],
            [2, "股长", "阎澍棠", "工程变更签证把关不严", "三方会签。", "2025-2-28"],
            [3, "技术员", "乔沅蘅", "隐蔽工程验收走过场", "留存影像。", "2025-3-31"],
            ["注：风险编号由年度-风险等级-序号组成；风险等级1为一级、2为二级、3为三级。"]]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": ["A1:F1", "A6:F6"]})
    got = _collect(inbox)
    assert set(got.risks["risk_level"]) == {""}
    assert "LEVEL_IN_CODE_PART" not in set(got.issues["code"])


def test_a_zero_padded_level_part(tmp_path):
    # 'SW-GC-01-01' under '…风险等级代码1为一级…': the level part written '01' is the key's 1
    rows = [["XX县水务局岗位廉政风险点登记表"],
            ["风险编码", "岗位", "姓名", "风险点", "防控措施"],
            ["SW-GC-01-01", "股长", "阎澍棠", "工程招标设置排他性条件", "招标文件集体审查。"],
            ["SW-GC-02-02", "股长", "阎澍棠", "工程变更签证把关不严", "三方会签。"],
            ["SW-GC-03-03", "技术员", "乔沅蘅", "隐蔽工程验收走过场", "留存影像。"],
            ["注：风险编码由单位代码-股室代码-风险等级代码-顺序号组成，风险等级代码1为一级、2为二级、3为三级。"]]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": ["A1:E1", "A6:E6"]})
    got = _collect(inbox)
    assert sorted(got.risks["risk_level"]) == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
