"""Place (zone) columns whose cells name the holders: one row a point, a heading merged across
columns named by places ('责任路段及巡查员' over '人民路 | 解放街 | …', '管护林班及护林员' over
'3林班 | 5林班 | 8林班'), each cell the NAME of who answers for the row's point there (one name,
two '甲、乙', or blank / '/'). Each name in a row holds its point once, however many places of
the row name him; his post the heading's holder word ('巡查员', '护林员'; none for '责任人'),
the places no 科室.

Not the published batch's file (a 遗址管理处's 看护员 by 宫城 | 皇城 | 外城 | … with 高/中/低): a
城管执法大队's 巡查员 by 路段, a 国有林场's 护林员 by 林班 with ★★★/★★/★, a 水库管理所's 管护责任人 by
区域 with an extra 备注 column, other names and level words, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. The negatives: places
holding ✓ ticks under '适用区域' and counts under '近三年发生次数' stay as read before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分片责任"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "zones.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return [
        c for c, s in zip(got.issues["code"], got.issues["severity"], strict=True) if s == "error"
    ]


def test_patrollers_by_road_one_band_of_four(tmp_path):
    rows = [["XX县城市管理执法大队巡查员廉政风险点分路段责任表"],
            ["序号", "廉政风险点", "风险等级", "责任路段及巡查员", None, None, None, "防控措施"],
            [None, None, None, "人民路", "解放街", "滨河路", "站前广场", None],
            [1, "巡查走过场，虚填巡查台账", "二级", "甘辉", "甘辉", "郗沐霖", "/",
             "巡查轨迹由队部每周比对。"],
            [2, "对熟人商户的违规外摆不处理", "一级", "/", "卓允檀", "郗沐霖", "卓允檀",
             "外摆处理结果每日上传平台。"],
            [3, "收受摊贩财物，对占道经营不劝导、不上报", "一级", "甘辉", None, None, "卓允檀",
             "占道问题当日拍照上传平台。"],
            [4, "暂扣物品登记不全、私自处置", "三级", None, "/", "郗沐霖", None,
             "暂扣物品入库双人登记。"],
            ["注：格内填写负责该路段本项风险的巡查员，“/”表示不涉及。"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "A8:H8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("巡查员", "甘辉", "巡查走过场，虚填巡查台账", "Ⅱ级"),  # (人民路 and 解放街: once)
        ("巡查员", "郗沐霖", "巡查走过场，虚填巡查台账", "Ⅱ级"),
        ("巡查员", "卓允檀", "对熟人商户的违规外摆不处理", "Ⅰ级"),
        ("巡查员", "郗沐霖", "对熟人商户的违规外摆不处理", "Ⅰ级"),
        ("巡查员", "甘辉", "收受摊贩财物，对占道经营不劝导、不上报", "Ⅰ级"),
        ("巡查员", "卓允檀", "收受摊贩财物，对占道经营不劝导、不上报", "Ⅰ级"),
        ("巡查员", "郗沐霖", "暂扣物品登记不全、私自处置", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {""}  # (the roads are where they patrol, no 科室)
    assert "HOLDER_NAMES_IN_AREAS" in codes(got)
    assert not errors(got)


def test_forest_rangers_by_compartment_two_names_in_a_cell(tmp_path):
    rows = [["XX国有林场护林员廉政风险防控责任表"],
            ["编号", "风险点", "风险等级", "管护林班及护林员", None, None, "防控措施"],
            [None, None, None, "3林班", "5林班", "8林班", None],
            ["LC-01", "盗伐林木隐瞒不报，收受好处费", "★★★", "瞿晓岚、褚芸汐", "瞿晓岚", "/",
             "巡护轨迹每日上传，场部每月核对。"],
            ["LC-02", "防火检查放任违规用火", "★★", "/", "滕骁", "滕骁、柏岚",
             "防火期每日两次巡查并签字。"],
            ["LC-03", "管护补助虚报冒领", "★", "褚芸汐", "/", "柏岚",
             "补助按考勤和巡护记录发放。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(tmp_path, rows, merges, sheet="护林员")
    assert read(got) == sorted([
        ("护林员", "瞿晓岚", "盗伐林木隐瞒不报，收受好处费", "Ⅰ级"),
        ("护林员", "褚芸汐", "盗伐林木隐瞒不报，收受好处费", "Ⅰ级"),
        ("护林员", "滕骁", "防火检查放任违规用火", "Ⅱ级"),
        ("护林员", "柏岚", "防火检查放任违规用火", "Ⅱ级"),
        ("护林员", "褚芸汐", "管护补助虚报冒领", "Ⅲ级"),
        ("护林员", "柏岚", "管护补助虚报冒领", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_IN_AREAS" in codes(got)
    assert not errors(got)


def test_holders_by_area_with_a_remarks_column_after(tmp_path):
    rows = [["XX水库管理所廉政风险点区域责任表"],
            ["单位：XX水库管理所", None, None, None, None, None, "2025年6月"],
            ["序号", "廉政风险点", "等级", "管护责任人", None, None, "防控措施", "备注"],
            [None, None, None, "北山区域", "河东区域", "河西区域", None, None],
            [1, "库区违规采砂不制止、不报告", "高", "雷芃", "訾沅", "/", "发现采砂当日报所。", "汛期重点"],
            [2, "收受钓鱼人员好处，放任进入禁钓区", "中", "/", "訾沅", "訾沅", "禁钓区设立公示牌。", None],
            [3, "巡库记录后补、代签", "低", "雷芃", "/", "荀溯", "巡库记录每周抽查。", None]]  # fmt: skip
    merges = ["A1:H1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "雷芃", "库区违规采砂不制止、不报告", "Ⅰ级"),
        ("", "訾沅", "库区违规采砂不制止、不报告", "Ⅰ级"),
        ("", "訾沅", "收受钓鱼人员好处，放任进入禁钓区", "Ⅱ级"),
        ("", "雷芃", "巡库记录后补、代签", "Ⅲ级"),
        ("", "荀溯", "巡库记录后补、代签", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_IN_AREAS" in codes(got)
    assert not errors(got)


def test_ticks_under_places_are_no_holders(tmp_path):
    rows = [["XX街道网格员廉政风险点排查表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "适用区域", None, None, "防控措施"],
            [None, None, None, None, None, "桃源社区", "柳溪社区", "枫林社区", None],
            [1, "网格员", "甘辉", "入户走访走过场", "二级", "✓", "✓", None, "书记每周抽查。"],
            [2, "网格员", "郗沐霖", "低保核查优亲厚友", "一级", None, "✓", "✓", "结果公示七日。"],
            [3, "网格员", "卓允檀", "采集信息泄露", "三级", "✓", None, "✓", "专人专机录入。"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("网格员", "甘辉", "入户走访走过场", "Ⅱ级"),
        ("网格员", "郗沐霖", "低保核查优亲厚友", "Ⅰ级"),
        ("网格员", "卓允檀", "采集信息泄露", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_IN_AREAS" not in codes(got)
    assert not errors(got)


def test_counts_under_places_are_no_holders(tmp_path):
    rows = [["XX国有林场廉政风险点统计表"],
            ["序号", "风险点", "风险等级", "近三年发生次数", None, None, "责任人", "防控措施"],
            [None, None, None, "3林班", "5林班", "8林班", None, None],
            [1, "盗伐林木隐瞒不报", "高", 2, 0, 1, "瞿晓岚", "巡护轨迹每日上传。"],
            [2, "防火检查放任违规用火", "中", 0, 3, 1, "滕骁", "防火期每日两次巡查。"],
            [3, "管护补助虚报冒领", "低", 1, 1, 0, "柏岚", "补助按考勤发放。"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "瞿晓岚", "盗伐林木隐瞒不报", "Ⅰ级"),
        ("", "滕骁", "防火检查放任违规用火", "Ⅱ级"),
        ("", "柏岚", "管护补助虚报冒领", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_IN_AREAS" not in codes(got)
    assert not errors(got)


def test_the_issue_is_catalogued():
    assert "{field}" in CATALOGUE["HOLDER_NAMES_IN_AREAS"][1]
    assert SHORT["HOLDER_NAMES_IN_AREAS"]


def test_a_holders_heading_over_name_and_post_is_no_band_of_places(tmp_path):
    # '责任人' over '姓名 | 职务': the heading's own sub-headings, no places (the post kept)
    rows = [["XX镇农业综合服务中心廉政风险点一览表"],
            ["序号", "责任人", "", "廉政风险点", "风险等级", "防控措施"],
            ["", "姓名", "职务", "", "", ""],
            [1, "檀沐川", "主任", "农资补贴发放优亲厚友", "一级", "名单公示"],
            [2, "檀湉雯", "农技员", "技术服务收取好处", "三级", "服务回访"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3"])
    assert "HOLDER_NAMES_IN_AREAS" not in codes(got)
    assert [(t, p) for t, p, *_x in read(got)] == [("主任", "檀沐川"), ("农技员", "檀湉雯")]


def test_what_the_hundred_and_second_review_found_names_split_by_spaces(tmp_path):
    rows = [["XX林场护林员责任表"],
            ["编号", "风险点", "风险等级", "管护林班及护林员", None, None, "防控措施"],
            [None, None, None, "3林班", "5林班", "8林班", None],
            ["1", "盗伐林木隐瞒不报", "高", "瞿晓岚 褚芸汐", "滕骁", "/", "巡护轨迹上传。"],
            ["2", "防火检查放任违规用火", "中", "/", "滕骁\u3000柏岚", "柏岚", "每日两次巡查。"],
            ["3", "补助虚报", "低", "褚芸汐", "/", "柏岚", "考勤核对。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("护林员", "瞿晓岚", "盗伐林木隐瞒不报", "Ⅰ级"),
        ("护林员", "褚芸汐", "盗伐林木隐瞒不报", "Ⅰ级"),
        ("护林员", "滕骁", "盗伐林木隐瞒不报", "Ⅰ级"),
        ("护林员", "滕骁", "防火检查放任违规用火", "Ⅱ级"),
        ("护林员", "柏岚", "防火检查放任违规用火", "Ⅱ级"),
        ("护林员", "褚芸汐", "补助虚报", "Ⅲ级"),
        ("护林员", "柏岚", "补助虚报", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_IN_AREAS" in codes(got)


def test_what_the_hundred_and_second_review_found_name_and_post_in_a_place_cell(tmp_path):
    rows = [["XX林场护林员责任表"],
            ["编号", "风险点", "风险等级", "管护林班及护林员", None, None, "防控措施"],
            [None, None, None, "3林班", "5林班", "8林班", None],
            ["1", "盗伐林木隐瞒不报", "高", "瞿晓岚（组长）", "滕骁（护林员）", "/", "巡护轨迹上传。"],
            ["2", "补助虚报", "低", "/", "滕骁（护林员）", "柏岚（护林员）", "考勤核对。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("组长", "瞿晓岚", "盗伐林木隐瞒不报", "Ⅰ级"),
        ("护林员", "滕骁", "盗伐林木隐瞒不报", "Ⅰ级"),
        ("护林员", "滕骁", "补助虚报", "Ⅲ级"),
        ("护林员", "柏岚", "补助虚报", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_NAMES_IN_AREAS" in codes(got)


def test_what_the_hundred_and_second_review_found_inspectors_by_quarter_are_no_zone_holders(
    tmp_path,
):
    rows = [["XX县卫健局廉政风险点督查安排表"],
            ["序号", "科室", "廉政风险点", "风险等级", "督查人员", None, None, "防控措施"],
            [None, None, None, None, "第一季度", "第二季度", "第三季度", None],
            [1, "财务科", "资金拨付审核不严", "二级", "甘辉", "郗沐霖", "卓允檀", "双人复核。"],
            [2, "医政科", "执业许可审批放宽", "一级", "柏岚", "郗沐霖", "卓允檀", "集体审核。"],
            [3, "办公室", "公车私用", "三级", "甘辉", "柏岚", "/", "统一调度。"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert "HOLDER_NAMES_IN_AREAS" not in codes(got)
    assert "护林员" not in set(got.risks["title"])
    assert set(got.risks["department"]) == {"财务科", "医政科", "办公室"}


def test_what_the_hundred_and_second_review_found_approvers_and_contacts_are_no_zone_holders(
    tmp_path,
):
    rows = [["XX县财政局廉政风险点审批流程表"],
            ["序号", "廉政风险点", "风险等级", "审批人员", None, None, "防控措施"],
            [None, None, None, "初审", "复核", "审定", None],
            [1, "资金拨付审核不严", "二级", "甘辉", "郗沐霖", "卓允檀", "双人复核。"],
            [2, "政府采购指定供应商", "一级", "柏岚", "郗沐霖", "卓允檀", "集中采购。"],
            [3, "票据报销把关不严", "三级", "甘辉", "柏岚", "/", "审核留痕。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    assert "HOLDER_NAMES_IN_AREAS" not in codes(run(tmp_path / "a", rows, merges))
    rows = [["XX镇廉政风险点分片联系表"],
            ["序号", "科室", "廉政风险点", "风险等级", "联系领导", None, "防控措施"],
            [None, None, None, None, "东片", "西片", None],
            [1, "财政所", "资金拨付审核不严", "二级", "甘辉", "郗沐霖", "双人复核。"],
            [2, "农业站", "补贴发放优亲厚友", "一级", "柏岚", "郗沐霖", "公示。"],
            [3, "党政办", "公车私用", "三级", "甘辉", "柏岚", "统一调度。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"]
    assert "HOLDER_NAMES_IN_AREAS" not in codes(run(tmp_path / "b", rows, merges))
