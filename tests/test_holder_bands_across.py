"""Bands of holders across: one 序号 column, then one band of columns a holder ('廉政风险点 |
风险等级 | 防控措施', or with '风险类型') repeated under every band, and over each band a merged
cell naming its holder ('科室　岗位　姓名', '岗位⏎姓名', '岗位（姓名）'): each band's filled rows
are that holder's points, a form a band, not several points a row of one unnamed holder.

Not the published batch's file (a county's 不动产登记中心 with 登记科 … 综合窗口, 高/中/低 and
three columns a band): a 市场监督管理局, a 疾病预防控制中心 and a 公共资源交易中心, other posts
and names, 一级/★/Ⅰ级 levels, a band of four with a type column, bands whose first holder has
fewer points than the next (a row whose first band is blank), a 备注 column beside the bands,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_dept_post_name_bands_over_two_heading_rows(tmp_path):
    # '食品安全股　股长　…' merged over each band; the first holder has fewer points than the
    # second (his band blank on row 3, the next one's point there), a 备注 column on the right
    rows = [["XX县市场监督管理局岗位廉政风险点对照表"],
            ["序号", "食品安全股　股长　郗澂翾", None, None, "稽查执法大队　大队长　蒯昉湄", None, None,
             "备注"],
            [None, "廉政风险点", "风险等级", "防控措施", "廉政风险点", "风险等级", "防控措施", None],
            [1, "食品经营许可现场核查走过场", "二级", "核查两人以上，现场拍照留存。",
             "案件查处中以罚代刑、降格处理", "一级", "案件经案审委员会集体审议。", None],
            [2, "抽检不合格结果压案不报", "一级", "抽检结果系统直报，股室每月核对。",
             "违规退还罚没款", "一级", "罚没款退还经局务会研究。", None],
            [3, None, None, None, "接受被检查单位宴请", "三级", "执法检查一律自带工作餐。", "新增"],
            ["注：每人一栏。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:D2", "E2:G2", "H2:H3", "A7:H7"])
    assert read(got) == sorted([
        ("食品安全股", "股长", "郗澂翾", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("食品安全股", "股长", "郗澂翾", "抽检不合格结果压案不报", "Ⅰ级"),
        ("稽查执法大队", "大队长", "蒯昉湄", "案件查处中以罚代刑、降格处理", "Ⅰ级"),
        ("稽查执法大队", "大队长", "蒯昉湄", "违规退还罚没款", "Ⅰ级"),
        ("稽查执法大队", "大队长", "蒯昉湄", "接受被检查单位宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    measures = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert measures["接受被检查单位宴请"] == "执法检查一律自带工作餐。"
    assert "HOLDER_BANDS_ACROSS" in codes(got) and "ROW_UNPLACED" not in codes(got)
    assert not errors(got), errors(got)


def test_band_of_four_with_a_type_and_post_over_name_cells(tmp_path):
    # '科长⏎…' (post, then the name on the next line), four columns a band with a 风险类型,
    # levels in stars, three bands, a 单位 line above
    rows = [["XX市疾病预防控制中心重点岗位廉政风险防控表"],
            ["填报单位：XX市疾病预防控制中心"],
            ["编号", "主任\n鄢璟琤", None, None, None, "会计\n甄澍霖", None, None, None,
             "检验员\n禤骁沨", None, None, None],
            [None, "风险点", "风险类型", "风险等级", "防控措施", "风险点", "风险类型", "风险等级", "防控措施",
             "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "疫苗采购指定供应商", "岗位职责风险", "★★★", "采购经主任办公会集体研究。",
             "虚列支出套取资金", "制度机制风险", "★★★", "支出凭证双人复核。",
             "检测数据人为修改", "岗位职责风险", "★★", "检测原始记录双人签字。"],
            [2, "干部选用个人说了算", "思想道德风险", "★★", "选人用人按程序集体决定。",
             "公款私存", "岗位职责风险", "★★", "银行账户定期对账。",
             "样品检测收受送检单位好处", "思想道德风险", "★", "送检样品盲样编号。"]]  # fmt: skip
    merges = ["A1:M1", "A2:M2", "A3:A4", "B3:E3", "F3:I3", "J3:M3"]
    got = run(tmp_path, rows, merges, sheet="防控表")
    assert read(got) == sorted([
        ("", "主任", "鄢璟琤", "疫苗采购指定供应商", "Ⅰ级"),
        ("", "主任", "鄢璟琤", "干部选用个人说了算", "Ⅱ级"),
        ("", "会计", "甄澍霖", "虚列支出套取资金", "Ⅰ级"),
        ("", "会计", "甄澍霖", "公款私存", "Ⅱ级"),
        ("", "检验员", "禤骁沨", "检测数据人为修改", "Ⅱ级"),
        ("", "检验员", "禤骁沨", "样品检测收受送检单位好处", "Ⅲ级"),
    ])  # fmt: skip
    types = dict(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True))
    assert types["公款私存"] == "岗位职责风险" and types["干部选用个人说了算"] == "思想道德风险"
    assert len(got.posts) == 3
    assert not {"ROW_UNPLACED", "TABLE_NO_TYPE"} & codes(got)
    assert not errors(got), errors(got)


def test_post_bracket_name_bands_one_heading_row_under_the_title(tmp_path):
    # '副主任（…）' merged over each band, 'Ⅰ级/Ⅱ级' levels, two bands only, no 序号 word but
    # '序号' still in column A (one heading row under the band row)
    rows = [["XX市公共资源交易中心岗位廉政风险点一览表"],
            ["序号", "副主任（庹翛沄）", None, None, "交易服务科科员（宓瀛曈）", None, None],
            [None, "廉政风险点", "风险等级", "防控措施", "廉政风险点", "风险等级", "防控措施"],
            [1, "评标专家抽取环节泄露名单", "Ⅰ级", "专家抽取全程录像，名单密封。",
             "开标现场违规放行迟到投标人", "Ⅱ级", "开标时间以系统为准，逾时拒收。"],
            [2, "干预交易场地安排", "Ⅱ级", "场地由系统自动分配。", None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:D2", "E2:G2"])
    assert read(got) == sorted([
        ("", "副主任", "庹翛沄", "评标专家抽取环节泄露名单", "Ⅰ级"),
        ("", "副主任", "庹翛沄", "干预交易场地安排", "Ⅱ级"),
        ("交易服务科", "科员", "宓瀛曈", "开标现场违规放行迟到投标人", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    assert "ROW_UNPLACED" not in codes(got)
    assert not errors(got), errors(got)


def test_type_bands_over_pairs_stay_one_holders_points(tmp_path):
    # not holders: '思想道德风险' / '岗位职责风险' merged over '风险点 | 风险等级' pairs beside
    # the row's own 岗位 and 姓名: each row one holder's, each point its band's type
    rows = [["XX县林业和草原局岗位廉政风险点登记表"],
            ["岗位", "姓名", "思想道德风险", None, "岗位职责风险", None],
            [None, None, "风险点", "风险等级", "风险点", "风险等级"],
            ["股长", "眭绮云", "收受林木采伐申请人礼金", "二级", "采伐许可超限额审批", "一级"],
            ["护林员", "禚铭远", "巡护中吃拿卡要", "三级", "林火隐患不报告", "二级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"])
    assert read(got) == sorted([
        ("", "股长", "眭绮云", "收受林木采伐申请人礼金", "Ⅱ级"),
        ("", "股长", "眭绮云", "采伐许可超限额审批", "Ⅰ级"),
        ("", "护林员", "禚铭远", "巡护中吃拿卡要", "Ⅲ级"),
        ("", "护林员", "禚铭远", "林火隐患不报告", "Ⅱ级"),
    ])  # fmt: skip
    types = dict(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True))
    assert types["林火隐患不报告"] == "岗位职责风险" and types["巡护中吃拿卡要"] == "思想道德风险"
    assert "HOLDER_BANDS_ACROSS" not in codes(got)
    assert not errors(got), errors(got)


def test_points_across_under_one_merged_heading_stay_the_rows_holders(tmp_path):
    # not bands: '廉政风险点' merged once over every pair ('风险点1 | 风险等级 | 风险点2 | …'),
    # the holder in the row's own 科室 / 岗位 / 姓名 cells
    rows = [["XX区统计局岗位廉政风险点表"],
            ["科室", "岗位", "姓名", "廉政风险点", None, None, None],
            [None, None, None, "风险点1", "风险等级", "风险点2", "风险等级"],
            ["执法股", "股长", "缑玥潆", "统计执法检查选择性执法", "一级", "泄露调查对象资料", "二级"],
            ["普查中心", "主任", "晁珈懿", "普查经费虚报冒领", "一级", "干预普查数据", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:G2"])
    assert read(got) == sorted([
        ("执法股", "股长", "缑玥潆", "统计执法检查选择性执法", "Ⅰ级"),
        ("执法股", "股长", "缑玥潆", "泄露调查对象资料", "Ⅱ级"),
        ("普查中心", "主任", "晁珈懿", "普查经费虚报冒领", "Ⅰ级"),
        ("普查中心", "主任", "晁珈懿", "干预普查数据", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_BANDS_ACROSS" not in codes(got)
    assert not errors(got), errors(got)
