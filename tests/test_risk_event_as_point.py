"""A 风险识别登记表 that splits every risk in three cells, ``风险源 | 风险事件 | 风险后果`` (perhaps under
one ``风险识别`` heading merged over them): the 风险事件 is the point, the source (风险源, 风险来源,
风险因素, 致险因素) says where it comes from (kept as its description, never the point, short as it
is), the consequence (风险后果, 可能后果, 危害后果) is neither point nor measures. batch953's 人民医院
showed it: no heading word was known, the whole file was dropped with FILE_NO_FORM. Here a 县自然资源局's,
a 县水利局's and a 镇中心学校's registers in other words, positions and level words, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file; a list with a
``风险点`` beside a ``风险源`` keeps its 风险点, and a 安全生产 hazard list (``危险源 | 可能导致的事故``)
is no integrity table, as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "登记表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["title"], r["person"], r["risk_point"], r["risk_level"], r["measures"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    bad = issues[issues["severity"].isin(("error", "warning"))]
    assert not len(bad), bad.to_dict("records")


def test_event_under_a_merged_identification_heading(tmp_path):
    rows = [
        ["XX县自然资源局廉政风险识别登记表"],
        ["序号", "股室", "职务", "责任人", "风险辨识", None, None, "风险等次", "管控措施"],
        [None, None, None, None, "风险来源", "风险事件", "可能后果", None, None],
        [1, "用地审批股", "股长", "韦霁川", "建设用地报批", "违规为不符合规划的项目出具用地预审意见", "耕地被违法占用", "高", "预审意见集体会审，结果公示。"],
        [2, "用地审批股", "股长", "韦霁川", "征地补偿", "虚增补偿面积套取征地补偿款", "集体资金流失", "中", "补偿清册逐户核对，村组公示。"],
        [3, "执法监察大队", "队员", "祁沐阳", "违法用地查处", "收受好处后对违法占地不予立案", "违法建筑蔓延", "高", "案件线索登记编号，双人办案。"],
    ]  # fmt: skip
    got = run(
        tmp_path / "a",
        rows,
        ["A1:I1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "I2:I3"],
    )
    assert read(got) == sorted([
        ("股长", "韦霁川", "违规为不符合规划的项目出具用地预审意见", "Ⅰ级", "预审意见集体会审，结果公示。"),
        ("股长", "韦霁川", "虚增补偿面积套取征地补偿款", "Ⅱ级", "补偿清册逐户核对，村组公示。"),
        ("队员", "祁沐阳", "收受好处后对违法占地不予立案", "Ⅰ级", "案件线索登记编号，双人办案。"),
    ])  # fmt: skip
    assert "POINT_BY_RISK_EVENT" in codes(got)
    no_errors(got)


def test_event_between_cause_and_harm_one_row_heading(tmp_path):
    rows = [
        ["XX县水利局岗位廉洁风险登记表"],
        ["序号", "岗位", "姓名", "致险因素", "风险事件描述", "风险级别", "危害后果", "防范措施"],
        [1, "工程建设股长", "乔楠禾", "项目招标", "泄露标底或为投标人量身设定资格条件", "一级", "工程质量失控", "招标文件合法性审查。"],
        [2, "工程建设股长", "乔楠禾", "工程计量", "虚报工程量多拨付进度款", "二级", "财政资金损失", "计量签证三方会签。"],
        [3, "水政监察员", "邹予瑄", "河道采砂", "对无证采砂只罚不停，收取好处费", "二级", "河床破坏", "采砂执法全程记录。"],
    ]  # fmt: skip
    want = sorted([
        ("工程建设股长", "乔楠禾", "泄露标底或为投标人量身设定资格条件", "Ⅰ级", "招标文件合法性审查。"),
        ("工程建设股长", "乔楠禾", "虚报工程量多拨付进度款", "Ⅱ级", "计量签证三方会签。"),
        ("水政监察员", "邹予瑄", "对无证采砂只罚不停，收取好处费", "Ⅱ级", "采砂执法全程记录。"),
    ])  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:H1"])
    assert read(got) == want
    assert "POINT_BY_RISK_EVENT" in codes(got)
    no_errors(got)
    # the kin '风险情形' (a point heading already) beside the same source and consequence
    rows[1][4] = "风险情形"
    got = run(tmp_path / "b2", rows, ["A1:H1"])
    assert read(got) == want
    assert "POINT_BY_RISK_EVENT" in codes(got)
    no_errors(got)


def test_shows_as_only_point_like_heading_beside_its_factor(tmp_path):
    rows = [
        ["XX镇中心学校廉政风险识别表"],
        ["序号", "部门", "岗位", "姓名", "风险因素", "风险表现", "风险后果", "风险程度", "防控办法"],
        [1, "总务处", "主任", "戴芷汀", "食堂采购", "指定供货商供应食材并收取回扣", "学生伙食质量下降", "较高", "食材采购比价公示。"],
        [2, "总务处", "出纳", "庞祎然", "现金管理", "挪用学生代收费用", "资金缺口", "较低", "代收费用当日存银行。"],
        [3, "教务处", "主任", "符瑾瑜", "评优评先", "在教师评优中优亲厚友", "挫伤教师积极性", "一般", "评优结果全校公示。"],
    ]  # fmt: skip
    got = run(tmp_path / "c", rows, ["A1:I1"], sheet="识别表")
    got_rows = read(got)
    assert [r[:3] for r in got_rows] == sorted([
        ("主任", "戴芷汀", "指定供货商供应食材并收取回扣"),
        ("出纳", "庞祎然", "挪用学生代收费用"),
        ("主任", "符瑾瑜", "在教师评优中优亲厚友"),
    ])  # fmt: skip
    assert {r[4] for r in got_rows} == {
        "食材采购比价公示。",
        "代收费用当日存银行。",
        "评优结果全校公示。",
    }
    points = set(got.risks["risk_point"])
    assert not points & {"食堂采购", "现金管理", "评优评先", "学生伙食质量下降", "资金缺口"}
    no_errors(got)


def test_event_and_consequence_only_under_a_merged_heading(tmp_path):
    """Fewer columns: no source, the consequence before the event, the level before both."""
    rows = [
        ["XX县市场监督管理局风险识别表"],
        ["科室", "岗位", "姓名", "风险定级", "风险识别", None, "防控措施"],
        [None, None, None, None, "风险后果", "风险事件", None],
        ["登记注册科", "科员", "鲁晗章", "Ⅱ级", "市场秩序受损", "为不符合条件的企业违规办理登记", "登记材料双人复核。"],
        ["稽查局", "稽查员", "邬以宁", "Ⅰ级", "国家罚没收入流失", "在案件查办中压案不查、降格处罚", "案件集体审理。"],
    ]  # fmt: skip
    merges = ["A1:G1", "E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3"]
    got = run(tmp_path / "g", rows, merges, sheet="识别表")
    assert read(got) == sorted([
        ("科员", "鲁晗章", "为不符合条件的企业违规办理登记", "Ⅱ级", "登记材料双人复核。"),
        ("稽查员", "邬以宁", "在案件查办中压案不查、降格处罚", "Ⅰ级", "案件集体审理。"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"登记注册科", "稽查局"}
    assert "POINT_BY_RISK_EVENT" in codes(got)
    no_errors(got)


def test_a_point_beside_its_source_stays_the_point(tmp_path):
    rows = [
        ["XX县自然资源局岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险源", "风险等级", "防控措施"],
        [1, "股长", "韦霁川", "违规出具用地预审意见", "建设用地报批环节审核把关不严、个人说了算", "一级", "集体会审。"],
        [2, "队员", "祁沐阳", "违法占地不予立案", "执法裁量权过大", "二级", "双人办案。"],
    ]  # fmt: skip
    got = run(tmp_path / "d", rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "韦霁川", "违规出具用地预审意见", "Ⅰ级", "集体会审。"),
        ("队员", "祁沐阳", "违法占地不予立案", "Ⅱ级", "双人办案。"),
    ])  # fmt: skip
    assert "POINT_BY_RISK_EVENT" not in codes(got)
    no_errors(got)


def test_a_work_safety_hazard_list_is_still_no_integrity_table(tmp_path):
    rows = [
        ["XX县水利局安全生产风险辨识清单（危险源）"],
        ["序号", "场所", "危险源", "可能导致的事故", "风险等级", "管控措施"],
        [1, "泵站", "高压配电柜", "触电", "较大", "定期检测绝缘。"],
        [2, "闸门", "启闭机钢丝绳", "机械伤害", "一般", "每月检查钢丝绳。"],
    ]  # fmt: skip
    got = run(tmp_path / "e", rows, ["A1:F1"], sheet="安全生产")
    assert not len(got.risks)
    assert "POINT_BY_RISK_EVENT" not in codes(got)


def test_a_plain_list_reads_as_before(tmp_path):
    rows = [
        ["XX镇中心学校廉政风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险表现", "风险等级", "防控措施"],
        [1, "主任", "戴芷汀", "食堂采购", "指定供货商供应食材并收取回扣", "二级", "比价公示。"],
    ]  # fmt: skip
    got = run(tmp_path / "f", rows, ["A1:G1"])
    assert read(got) == [("主任", "戴芷汀", "食堂采购", "Ⅱ级", "比价公示。")]
    assert "POINT_BY_RISK_EVENT" not in codes(got)
    no_errors(got)


def test_a_factor_column_of_type_words_is_the_type(tmp_path):
    """'风险因素' holding only the type words (思想道德, 制度机制 …): the type column, as a 风险来源
    column of them has been (batch21); the point stays the 风险点."""
    rows = [
        ["XX县水利局岗位廉政风险点排查表"],
        ["序号", "岗位", "姓名", "风险点", "风险因素", "风险等级", "防控措施"],
        [1, "工程建设股长", "乔楠禾", "泄露标底", "制度机制", "一级", "招标文件合法性审查。"],
        [2, "水政监察员", "邹予瑄", "对无证采砂只罚不停", "岗位职责", "二级", "采砂执法全程记录。"],
        [3, "水政监察员", "邹予瑄", "接受采砂业主宴请", "思想道德", "三级", "签订廉洁承诺。"],
    ]  # fmt: skip
    got = run(tmp_path / "h", rows, ["A1:G1"])
    r = got.risks
    assert sorted(zip(r["risk_point"], r["risk_type"], strict=True)) == sorted([
        ("泄露标底", "制度机制风险"), ("对无证采砂只罚不停", "岗位职责风险"),
        ("接受采砂业主宴请", "思想道德风险"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_hundred_and_thirty_third_review_found_harm_heading_over_measures(tmp_path):
    """A list with no measures column whose last column is headed '风险后果' (or '后果及处置') but
    holds measures ('日清月结，定期对账', '严格派车登记制度'): before batch953 the unknown heading
    was read as the measures by its place and contents; the heading made known as a consequence
    had dropped them all (MEASURES_BLANK on every row). A judgement call: where the list has no
    measures column and the cells read as measures with no risk words, the column is the measures
    mis-headed (a COLUMN_GUESSED info says so); a column of real consequences ('造成资金损失')
    stays no field of ours."""
    for i, head in enumerate(("风险后果", "后果及处置")):
        rows = [
            ["XX县财政局岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", head],
            [1, "出纳", "窦昕妍", "现金收付不及时入账", "一级", "日清月结，定期对账。"],
            [2, "主任", "巫景澄", "公车私用", "二级", "严格派车登记制度。"],
            [3, "会计", "窦昕妍", "违规报销", "三级", "报销单据两人审核。"],
        ]  # fmt: skip
        got = run(tmp_path / f"i{i}", rows, ["A1:F1"])
        assert read(got) == sorted([
            ("出纳", "窦昕妍", "现金收付不及时入账", "Ⅰ级", "日清月结，定期对账。"),
            ("主任", "巫景澄", "公车私用", "Ⅱ级", "严格派车登记制度。"),
            ("会计", "窦昕妍", "违规报销", "Ⅲ级", "报销单据两人审核。"),
        ]), head  # fmt: skip
        assert "MEASURES_BLANK" not in codes(got)
    rows = [
        ["XX县财政局岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "风险后果"],
        [1, "出纳", "窦昕妍", "现金收付不及时入账", "一级", "造成资金损失"],
        [2, "主任", "巫景澄", "公车私用", "二级", "造成不良社会影响"],
    ]  # fmt: skip
    got = run(tmp_path / "j", rows, ["A1:F1"])
    assert set(got.risks["measures"]) == {""}


def test_the_code_is_catalogued():
    code = "POINT_BY_RISK_EVENT"
    assert CATALOGUE[code][0] == "info" and SHORT[code]
