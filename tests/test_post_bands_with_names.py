"""Holder bands side by side headed by posts: one row a 科室 line, the 科室 in a column of its own
(merged down or written on every row), then two or more bands across, each a merged heading that
is a post alone ('股长', '股员'; '站长', '副站长', '技术员'; '副所长（分管）') over its own
'姓名 | 廉政风险点 | 风险等级' (and maybe '防控措施'), one holder a band a 科室, his 姓名 merged
down or written on the 科室's first row, the shorter band's cells '/': each band's point is the
point of the name in its band on that row, with the band's heading as post and the row's 科室,
not tables side by side.

Not the published batch's file (a 街道办事处 with 科室主任 | 工作人员 over 姓名 | 廉政风险点 |
风险等级, 一级/二级/三级, names merged down): a 水利局 with 股室 | 股长 | 股员 and 高/中/低, a name
merged or on the first row only; a 农业综合服务站 with a 序号, the 站所 repeated on every row, three
bands and ★★★ levels; a 市场监督管理所 whose band heading says '副所长（分管）' with a 防控措施
column in each band and Ⅰ级/Ⅱ级; and stage bands whose every band's holder column is '姓名'.
Tables that look a bit alike stay as before: bands headed by names over '岗位 | …', bands headed
by types (思想道德风险 | 岗位职责风险) over '姓名 | …', post bands with no name column. Written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "对照表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "bands.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


WATER = [["XX县水利局股室廉政风险点对照表"],
         ["股室", "股长", None, None, "股员", None, None],
         [None, "姓名", "廉政风险点", "风险等级", "姓名", "廉政风险点", "风险等级"],
         ["水政监察股", "靳澍棠", "河道采砂许可审查不严", "高", "奚沐辰", "巡查发现违法采砂不制止", "中"],
         [None, None, "水事案件处罚畸轻畸重", "高", None, "收受当事人礼品", "低"],
         [None, None, "/", "/", None, "执法记录不完整", "中"],
         ["工程建设股", "冉霁川", "项目招标设置倾向性条件", "高", "柴语桐", "工程计量签证不实", "中"],
         [None, None, "质量验收降低标准", "中", None, "/", "/"],
         ["注：“/”为无。"]]  # fmt: skip
WATER_MERGES = ["A1:G1", "A2:A3", "B2:D2", "E2:G2", "A4:A6", "A7:A8", "A9:G9"]
WATER_READ = sorted([
    ("水政监察股", "股长", "靳澍棠", "河道采砂许可审查不严", "Ⅰ级"),
    ("水政监察股", "股长", "靳澍棠", "水事案件处罚畸轻畸重", "Ⅰ级"),
    ("水政监察股", "股员", "奚沐辰", "巡查发现违法采砂不制止", "Ⅱ级"),
    ("水政监察股", "股员", "奚沐辰", "收受当事人礼品", "Ⅲ级"),
    ("水政监察股", "股员", "奚沐辰", "执法记录不完整", "Ⅱ级"),
    ("工程建设股", "股长", "冉霁川", "项目招标设置倾向性条件", "Ⅰ级"),
    ("工程建设股", "股长", "冉霁川", "质量验收降低标准", "Ⅱ级"),
    ("工程建设股", "股员", "柴语桐", "工程计量签证不实", "Ⅱ级"),
])  # fmt: skip


def test_two_post_bands_names_merged_down(tmp_path):
    # each band's 姓名 merged down over its 股室's rows, the shorter band '/'
    merges = [*WATER_MERGES, "B4:B6", "E4:E6", "B7:B8", "E7:E8"]
    got = run(tmp_path, WATER, merges)
    assert read(got) == WATER_READ
    assert not errors(got)
    said = got.issues[got.issues["code"] == "POST_BANDS_HOLDERS"]
    assert list(said["cell"]) == ["B2"] and list(said["value"]) == ["股长"]
    assert "COLUMN_GUESSED" not in codes(got)


def test_two_post_bands_names_on_first_row_only(tmp_path):
    # the same, each name written once on its 股室's first row, not merged: the band's name above
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == WATER_READ
    assert not errors(got)
    assert "POST_BANDS_HOLDERS" in codes(got)


def test_three_post_bands_station_repeated_and_stars(tmp_path):
    # a 序号 column, the 站所 written on every row (no merge), three bands, a name on every row,
    # a 技术员 with no point in one 站所 ('/' for his name too)
    rows = [["XX镇农业综合服务站岗位廉政风险点一览表"],
            ["序号", "站所", "站长", None, None, "副站长", None, None, "技术员", None, None],
            [None, None, "姓名", "廉政风险点", "风险等级", "姓名", "廉政风险点", "风险等级", "姓名",
             "廉政风险点", "风险等级"],
            [1, "农机服务站", "郦澄宇", "农机购置补贴审核把关不严", "★★★", "谌书瑶", "补贴机具核验走过场",
             "★★", "兰沛然", "作业面积核定虚报", "★★"],
            [2, "农机服务站", "郦澄宇", "报废更新补贴优亲厚友", "★★", "谌书瑶", "/", "/", "兰沛然", "/", "/"],
            [3, "畜牧兽医站", "蒲亦航", "检疫证明违规出具", "★★★", "宓清禾", "病死畜无害化处理补助虚报",
             "★★", "/", "/", "/"]]  # fmt: skip
    got = run(
        tmp_path, rows, ["A1:K1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:K2"], sheet="一览表"
    )
    assert read(got) == sorted([
        ("农机服务站", "站长", "郦澄宇", "农机购置补贴审核把关不严", "Ⅰ级"),
        ("农机服务站", "站长", "郦澄宇", "报废更新补贴优亲厚友", "Ⅱ级"),
        ("农机服务站", "副站长", "谌书瑶", "补贴机具核验走过场", "Ⅱ级"),
        ("农机服务站", "技术员", "兰沛然", "作业面积核定虚报", "Ⅱ级"),
        ("畜牧兽医站", "站长", "蒲亦航", "检疫证明违规出具", "Ⅰ级"),
        ("畜牧兽医站", "副站长", "宓清禾", "病死畜无害化处理补助虚报", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POST_BANDS_HOLDERS" in codes(got)


def test_lead_bracket_heading_and_measures_in_each_band(tmp_path):
    # '副所长（分管）' (the bracket only how he serves: the post '副所长') and '科员', each band with
    # its own 防控措施, Ⅰ级/Ⅱ级, the 组 merged down
    rows = [["XX区市场监督管理所所内廉政风险点对照表"],
            ["科室", "副所长（分管）", None, None, None, "科员", None, None, None],
            [None, "姓名", "廉政风险点", "风险等级", "防控措施", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["食品安全监管组", "缑望舒", "对食品经营许可现场核查打招呼", "Ⅰ级", "核查两人以上同行，结果公示。",
             "翟星野", "抽检样品选择性送检", "Ⅱ级", "抽检计划上级下达，全程记录。"],
            [None, None, "案件查办中干预调查", "Ⅱ级", "案件集体审议。", None, "抽检结果泄露给经营户", "Ⅱ级",
             "结果统一发布。"],
            ["特种设备监管组", "阙知远", "特种设备事故调查避重就轻", "Ⅰ级", "事故调查报告集体审定。",
             "戚映雪", "监督检查走过场", "Ⅲ级", "检查留痕，随机抽查。"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:E2", "F2:I2", "A4:A5", "B4:B5", "F4:F5"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("食品安全监管组", "副所长", "缑望舒", "对食品经营许可现场核查打招呼", "Ⅰ级"),
        ("食品安全监管组", "副所长", "缑望舒", "案件查办中干预调查", "Ⅱ级"),
        ("食品安全监管组", "科员", "翟星野", "抽检样品选择性送检", "Ⅱ级"),
        ("食品安全监管组", "科员", "翟星野", "抽检结果泄露给经营户", "Ⅱ级"),
        ("特种设备监管组", "副所长", "阙知远", "特种设备事故调查避重就轻", "Ⅰ级"),
        ("特种设备监管组", "科员", "戚映雪", "监督检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert "全程记录" in measures["抽检样品选择性送检"]
    assert "案件集体审议" in measures["案件查办中干预调查"]
    assert not errors(got)


def test_stage_bands_each_with_a_name_column(tmp_path):
    # stage bands whose holder column is '姓名' in every band: read as stage bands (the bracket's
    # post, the row's 科室), no longer split into tables side by side
    rows = [["XX县医疗保障局医保基金审核环节廉政风险点排查表"],
            ["序号", "科室", "业务事项", "初审环节（科员）", None, None, "复核环节（科长）", None, None],
            [None, None, None, "姓名", "风险点", "风险等级", "姓名", "风险点", "风险等级"],
            [1, "待遇保障科", "门诊慢特病待遇认定", "荀岚翊", "病历材料审核不严", "二级", "蒯泓璟",
             "复核走过场", "三级"],
            [2, "基金监管科", "违规费用追回", "甘祎澍", "现场检查通风报信", "一级", "聂砚澄",
             "追回金额随意减免", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2"], sheet="审核环节")
    assert read(got) == sorted([
        ("待遇保障科", "科员", "荀岚翊", "病历材料审核不严", "Ⅱ级"),
        ("待遇保障科", "科长", "蒯泓璟", "复核走过场", "Ⅲ级"),
        ("基金监管科", "科员", "甘祎澍", "现场检查通风报信", "Ⅰ级"),
        ("基金监管科", "科长", "聂砚澄", "追回金额随意减免", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "STAGE_BANDS_HOLDERS" in codes(got) and "POST_BANDS_HOLDERS" not in codes(got)


def test_bands_headed_by_names_stay_as_before(tmp_path):
    # not this shape: each band's heading a name over '岗位 | 廉政风险点 | 风险等级' (no 姓名
    # column): read as before, tables side by side (the second one's rows with no 股室 of theirs)
    rows = [["XX县水利局股室廉政风险点对照表"],
            ["股室", "靳澍棠", None, None, "奚沐辰", None, None],
            [None, "岗位", "廉政风险点", "风险等级", "岗位", "廉政风险点", "风险等级"],
            ["水政监察股", "股长", "河道采砂许可审查不严", "高", "股员", "巡查发现违法采砂不制止", "中"],
            [None, "股长", "水事案件处罚畸轻畸重", "高", "股员", "收受当事人礼品", "低"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:D2", "E2:G2", "A4:A5"])
    assert read(got) == sorted([
        ("水政监察股", "股长", "", "河道采砂许可审查不严", "Ⅰ级"),
        ("水政监察股", "股长", "", "水事案件处罚畸轻畸重", "Ⅰ级"),
        ("", "股员", "", "巡查发现违法采砂不制止", "Ⅱ级"),
        ("", "股员", "", "收受当事人礼品", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POST_BANDS_HOLDERS" not in codes(got)


def test_bands_headed_by_types_stay_as_before(tmp_path):
    # not this shape: '思想道德风险' | '岗位职责风险' over '姓名 | 廉政风险点 | 风险等级' (types, no
    # post): read as before, tables side by side with no post (the second with no 股室)
    rows = [["XX县水利局股室廉政风险点对照表"],
            ["股室", "思想道德风险", None, None, "岗位职责风险", None, None],
            [None, "姓名", "廉政风险点", "风险等级", "姓名", "廉政风险点", "风险等级"],
            ["水政监察股", "靳澍棠", "收受管理对象宴请", "高", "靳澍棠", "河道采砂许可审查不严", "中"],
            ["工程建设股", "冉霁川", "利用职务便利为亲属揽工程", "高", "柴语桐", "工程计量签证不实",
             "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:D2", "E2:G2"])
    assert read(got) == sorted([
        ("水政监察股", "", "靳澍棠", "收受管理对象宴请", "Ⅰ级"),
        ("工程建设股", "", "冉霁川", "利用职务便利为亲属揽工程", "Ⅰ级"),
        ("", "", "靳澍棠", "河道采砂许可审查不严", "Ⅱ级"),
        ("", "", "柴语桐", "工程计量签证不实", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POST_BANDS_HOLDERS" not in codes(got)


def test_post_bands_without_name_column_stay_as_before(tmp_path):
    # not this shape: '股长' | '股员' over '廉政风险点 | 风险等级' only (no one named): as before
    rows = [["XX县水利局股室廉政风险点对照表"],
            ["股室", "股长", None, "股员", None],
            [None, "廉政风险点", "风险等级", "廉政风险点", "风险等级"],
            ["水政监察股", "河道采砂许可审查不严", "高", "巡查发现违法采砂不制止", "中"],
            ["工程建设股", "项目招标设置倾向性条件", "高", "工程计量签证不实", "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:C2", "D2:E2"])
    # (only the points and levels asserted: whose the second band's are is another question,
    # today read as the first band's post, which this rule leaves alone)
    r = got.risks
    assert sorted(zip(r["risk_point"], r["risk_level"], strict=True)) == sorted([
        ("河道采砂许可审查不严", "Ⅰ级"), ("巡查发现违法采砂不制止", "Ⅱ级"),
        ("项目招标设置倾向性条件", "Ⅰ级"), ("工程计量签证不实", "Ⅱ级"),
    ])  # fmt: skip
    assert set(r["person"]) == {""}
    assert not errors(got)
    assert "POST_BANDS_HOLDERS" not in codes(got)
