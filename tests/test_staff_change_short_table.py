"""A table of who took over which post under a list, in its short shapes: only a caption line
over it ('岗位人员调整情况', no '注：…为准' line), no 序号 column, a date column of any wording
('调整时间', '交接日期') or none, an extra 备注 column — its heading pairing a former-holder
and a new-holder heading (原任/现任, 离任/接任, 原责任人/新责任人, 调整前/调整后 人员) with a post or
科室 column. Each post it lists is the new holder's now (HOLDERS_CHANGED); its heading and rows
are no points. Kept as before: a list whose own '原任 | 现任' columns under '责任人' are its
points' holders, and a second ordinary list under the first (its heading naming points).

Not the shape the developers first met (a 社会救助服务中心 / 文化馆 list with ``岗位 | 原任人员 |
现任人员 | 调整时间`` under '岗位人员调整情况'): here a 县市场监督管理局, a 县疾病预防控制中心, a
镇中心学校 and a 县图书馆, other posts and names, levels written ``一级/二级/三级``, ``高/中/低``,
``★★★/★★/★`` and ``高/中``, the table's rows read as a signature line's (post, names, a date)
or as a second list's (序号 numbered on), post and name in one cell of the list; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


def changed(got) -> str:
    said = got.issues[got.issues["code"] == "HOLDERS_CHANGED"]["message"]
    return said.iloc[0] if len(said) else ""


MARKET = [["XX县市场监督管理局岗位廉政风险防控一览表（2024年版）"],
          ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
          [1, "局领导", "局长", "公冶翀", "行政处罚案件说情干预", "一级", "重大案件集体审议"],
          [2, "局领导", "副局长", "綦沅湘", "特种设备检验走过场", "二级", "检验结果抽查复核"],
          [3, "登记注册股", "股长", "甄岫云", "企业登记材料审核不严", "二级", "双人审核留痕"],
          [4, "执法稽查大队", "队员", "雍瀚之", "执法检查吃拿卡要", "三级", "执法记录仪全程记录"]]  # fmt: skip


def test_four_columns_under_a_caption_no_number_no_note(tmp_path):
    # rows '副局长 | 綦沅湘 | 晏澜舟 | 2025年4月' look like a signature line (post, names, a date)
    rows = [*MARKET, [],
            ["岗位人员调整情况"],
            ["岗位", "原任人员", "现任人员", "调整时间"],
            ["副局长", "綦沅湘", "晏澜舟", "2025年4月"],
            ["队员", "雍瀚之", "司空渺", "2025年8月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A8:D8"])
    assert read(got) == sorted([
        ("局长", "公冶翀", "行政处罚案件说情干预", "Ⅰ级"),
        ("副局长", "晏澜舟", "特种设备检验走过场", "Ⅱ级"),
        ("股长", "甄岫云", "企业登记材料审核不严", "Ⅱ级"),
        ("队员", "司空渺", "执法检查吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    said = changed(got)
    assert "岗位人员调整情况" in said and "綦沅湘→晏澜舟" in said and "雍瀚之→司空渺" in said
    assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}
    assert not errors(got)


def test_numbered_on_with_a_date_of_other_words_under_the_points_column(tmp_path):
    # '序号 | 科室 | 岗位 | 离任人员 | 交接日期 | 接任人员' right under the list: its 序号 numbers on,
    # '交接日期' under the list's 风险点 heading
    rows = [["XX县疾病预防控制中心岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "中心领导", "主任", "钟离岚", "疫苗采购指定供应商", "高", "集中采购公开招标"],
            [2, "检验科", "科长", "宰父沐", "检测报告出具不实", "中", "报告三级审核"],
            [3, "财务科", "出纳", "巫马霏", "公款私存", "中", "定期对账盘点"],
            ["人员交接登记"],
            ["序号", "科室", "岗位", "离任人员", "交接日期", "接任人员"],
            [1, "检验科", "科长", "宰父沐", "2025年3月", "闾丘棠"],
            [2, "财务科", "出纳", "巫马霏", "2025年5月", "东郭映"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A6:F6"])
    assert read(got) == sorted([
        ("主任", "钟离岚", "疫苗采购指定供应商", "Ⅰ级"),
        ("科长", "闾丘棠", "检测报告出具不实", "Ⅱ级"),
        ("出纳", "东郭映", "公款私存", "Ⅱ级"),
    ])  # fmt: skip
    said = changed(got)
    assert "人员交接登记" in said and "宰父沐→闾丘棠" in said and "巫马霏→东郭映" in said
    assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}
    assert not errors(got)


def test_no_date_an_extra_column_and_post_with_name_in_one_cell(tmp_path):
    # '原责任人 | 新责任人' with a 备注 and no date; the list writes '教导主任　澹台玥' in one cell
    rows = [["XX镇中心学校岗位廉政风险防控表"],
            ["序号", "处室", "岗位及责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "校领导", "校长　百里沛", "校舍维修工程暗箱操作", "★★★", "集体研究公开比选"],
            [2, "教导处", "教导主任　澹台玥", "招生编班收受好处", "★★", "编班结果公示"],
            [3, "总务处", "保管员　夹谷澈", "食堂物资验收不严", "★", "双人验收签字"],
            [],
            ["2025年度岗位人员调整情况"],
            ["处室", "岗位", "原责任人", "新责任人", "备注"],
            ["教导处", "教导主任", "澹台玥", "端木沁", "交流轮岗"],
            ["总务处", "保管员", "夹谷澈", "仉督恬", "退休"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:E7"])
    assert read(got) == sorted([
        ("校长", "百里沛", "校舍维修工程暗箱操作", "Ⅰ级"),
        ("教导主任", "端木沁", "招生编班收受好处", "Ⅱ级"),
        ("保管员", "仉督恬", "食堂物资验收不严", "Ⅲ级"),
    ])  # fmt: skip
    said = changed(got)
    assert "澹台玥→端木沁" in said and "夹谷澈→仉督恬" in said
    assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}
    assert not errors(got)


def test_persons_before_and_after_with_a_note_and_no_number(tmp_path):
    # '调整前人员 | 调整后人员' under a 说明 line and a caption, 科室 only and the post
    rows = [*MARKET,
            ["说明：岗位人员有变动的，以下表调整后人员为准。"],
            ["人员变动情况"],
            ["股室", "岗位", "调整前人员", "调整后人员", "变动日期"],
            ["登记注册股", "股长", "甄岫云", "晏澜舟", "2025年2月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A7:G7", "A8:E8"])
    assert read(got) == sorted([
        ("局长", "公冶翀", "行政处罚案件说情干预", "Ⅰ级"),
        ("副局长", "綦沅湘", "特种设备检验走过场", "Ⅱ级"),
        ("股长", "晏澜舟", "企业登记材料审核不严", "Ⅱ级"),
        ("队员", "雍瀚之", "执法检查吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert "甄岫云→晏澜舟" in changed(got)
    assert not codes(got) & {"ROW_UNPLACED", "HOLDER_CHANGE_UNMATCHED"}
    assert not errors(got)


def test_a_lists_own_former_and_current_columns_stay_its_holders(tmp_path):
    # '责任人' merged over '原任 | 现任' in the list's own heading: the 现任 column holds
    rows = [["XX县图书馆岗位廉政风险点登记表"],
            ["序号", "岗位", "责任人", None, "风险点", "风险等级", "防控措施"],
            [None, None, "原任", "现任", None, None, None],
            [1, "馆长", "呼延滢", "尉迟朗", "图书采购收受回扣", "高", "政府采购平台采购"],
            [2, "采编员", "庾澄", "庾澄", "赠书登记不入账", "中", "赠书台账月度核对"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("馆长", "尉迟朗", "图书采购收受回扣", "Ⅰ级"),
        ("采编员", "庾澄", "赠书登记不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_CHANGED" not in codes(got)
    assert not errors(got)


def test_a_second_list_naming_points_under_the_first_is_read_as_a_list(tmp_path):
    # '二、调整后新增岗位风险点' and a list whose heading names '原任 | 现任' beside its points:
    # points, not changes
    rows = [*MARKET,
            ["二、岗位调整后新增风险点"],
            ["序号", "岗位", "原任", "现任", "风险点", "风险等级", "防控措施"],
            [1, "股长", "甄岫云", "晏澜舟", "经营主体信用修复把关不严", "二级", "修复材料集体审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A7:G7"])
    assert read(got) == sorted([
        ("局长", "公冶翀", "行政处罚案件说情干预", "Ⅰ级"),
        ("副局长", "綦沅湘", "特种设备检验走过场", "Ⅱ级"),
        ("股长", "甄岫云", "企业登记材料审核不严", "Ⅱ级"),
        ("队员", "雍瀚之", "执法检查吃拿卡要", "Ⅲ级"),
        ("股长", "晏澜舟", "经营主体信用修复把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_CHANGED" not in codes(got)
    assert not errors(got)


# what the hundred and fifteenth review found: '空缺', '待定' or '暂缺' under 现任 (before dropped with
# no word, the former holder keeping the post) leaves the post vacant, said at the cell; a post
# under 现任 ('局长') names no one: said at the cell, the holders as they were; a row whose 原任
# and 现任 are one person is no change
def _market_115(*changes: list) -> list[list]:
    return [
        *MARKET,
        [],
        ["岗位人员调整情况"],
        ["岗位", "原任人员", "现任人员", "调整时间"],
        *changes,
    ]


def _at(got, code: str) -> list[str]:
    return list(got.issues[got.issues["code"] == code]["cell"])


def test_what_the_hundred_and_fifteenth_review_found_a_vacancy_under_the_new_holder(tmp_path):
    rows = _market_115(["副局长", "綦沅湘", "空缺", "2025年4月"],
                       ["队员", "雍瀚之", "待定", "2025年8月"])  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A8:D8"])
    assert read(got) == sorted([
        ("局长", "公冶翀", "行政处罚案件说情干预", "Ⅰ级"),
        ("副局长", "", "特种设备检验走过场", "Ⅱ级"),
        ("股长", "甄岫云", "企业登记材料审核不严", "Ⅱ级"),
        ("队员", "", "执法检查吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert _at(got, "HOLDER_CHANGE_TO_VACANT") == ["C10", "C11"]
    said = got.issues[got.issues["code"] == "HOLDER_CHANGE_TO_VACANT"]["message"]
    assert "綦沅湘" in said.iloc[0] and "空缺" in said.iloc[0] and "待定" in said.iloc[1]
    assert "綦沅湘→空缺" in changed(got)
    assert not errors(got)


def test_what_the_hundred_and_fifteenth_review_found_a_post_under_the_new_holder(tmp_path):
    rows = _market_115(["副局长", "綦沅湘", "局长", "2025年4月"], ["队员", "雍瀚之", "暂缺", ""])
    got = run(tmp_path, rows, ["A1:G1", "A8:D8"])
    assert read(got) == sorted([
        ("局长", "公冶翀", "行政处罚案件说情干预", "Ⅰ级"),
        ("副局长", "綦沅湘", "特种设备检验走过场", "Ⅱ级"),
        ("股长", "甄岫云", "企业登记材料审核不严", "Ⅱ级"),
        ("队员", "", "执法检查吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert _at(got, "HOLDER_CHANGE_NOT_NAME") == ["C10"]
    assert _at(got, "HOLDER_CHANGE_TO_VACANT") == ["C11"]
    assert "綦沅湘" not in changed(got)
    assert not errors(got)


def test_what_the_hundred_and_fifteenth_review_found_the_same_holder_is_no_change(tmp_path):
    rows = _market_115(["副局长", "綦沅湘", "綦沅湘", "2025年4月"],
                       ["队员", "雍瀚之", "司空渺", "2025年8月"])  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A8:D8"])
    assert read(got) == sorted([
        ("局长", "公冶翀", "行政处罚案件说情干预", "Ⅰ级"),
        ("副局长", "綦沅湘", "特种设备检验走过场", "Ⅱ级"),
        ("股长", "甄岫云", "企业登记材料审核不严", "Ⅱ级"),
        ("队员", "司空渺", "执法检查吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert "綦沅湘" not in changed(got) and "雍瀚之→司空渺" in changed(got)
    assert not codes(got) & {"HOLDER_CHANGE_UNMATCHED", "HOLDER_CHANGE_NOT_NAME", "ROW_UNPLACED"}
    rows = _market_115(["副局长", "綦沅湘", "綦沅湘", "2025年4月"])
    got = run(tmp_path / "b", rows, ["A1:G1", "A8:D8"])
    assert "HOLDERS_CHANGED" not in codes(got)
    assert not errors(got)
