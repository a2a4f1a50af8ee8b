"""A point heading merged over several columns split by holder ('风险点（按人员分列）' over three
unheaded columns) whose holders are named not in the heading but in a NAMES ROW opening each 股室
block ('股长　某某 | 技术员　某某 | (blank)', the 序号, level and measures cells blank): each point
cell below is a point of its column's holder in that block (up to the next names row), a point
merged across columns is each spanned holder's, the names rows are no points.

The layouts here are not the published batch's (a county's 农业农村局 with 股长/科员/会计/出纳,
``一级/二级/三级``, the rare surnames 武 and 杭, blocks of two, two and three): a 水利局, a 卫健委 and
a 市场监管所 with other posts and names, ``高/中/低`` and ``★★★/★★/★``, blocks of one to four,
'post⏎name' in one cell, a 风险类型 column after the points, no 序号 column, written with
xlsxwriter (tests/helpers.py), read back as ``collect_inbox`` reads a file. Tables that look a bit
alike (the posts fixed in the heading, the heading's names row repeated page by page, a list with
a holder column) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分布表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def said(got) -> list[str]:
    return list(got.issues[got.issues["code"] == "HOLDERS_BY_BLOCK_NAMES_ROWS"]["value"])


G = "\u3000"


def test_two_holder_columns_blocks_of_two_a_shared_point_merged_across(tmp_path):
    rows = [["XX县水利局股室人员廉政风险点分布表"],
            ["序号", "股室", "风险点（按人员分列）", None, "风险等级", "防控措施"],
            [None, "水资源管理股", f"股长{G}阙霁岚", f"技术员{G}乜沅澄", None, None],
            [1, None, "取水许可审批降低条件", None, "高", "集体审查，结果公示。"],
            [2, None, None, "水资源费核定少收漏收", "中", "核定单双人复核。"],
            [3, None, "接受取水户宴请礼品", None, "低", "签订廉洁承诺书。"],
            [None, "工程建设股", f"副股长{G}嵇翰潼", f"质检员{G}阙泠溪", None, None],
            [4, None, "工程变更签证把关不严", None, "高", "变更须会议研究。"],
            [5, None, None, "隐蔽工程验收走过场", "中", "验收留存影像资料。"],
            ["注：各股室第一行为本股室人员，共同负责的风险点跨栏填写。"]]  # fmt: skip
    merges = ["A1:F1", "C2:D2", "B3:B6", "B7:B9", "C6:D6", "A10:F10"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("水资源管理股", "股长", "阙霁岚", "取水许可审批降低条件", "Ⅰ级"),
        ("水资源管理股", "技术员", "乜沅澄", "水资源费核定少收漏收", "Ⅱ级"),
        ("水资源管理股", "股长", "阙霁岚", "接受取水户宴请礼品", "Ⅲ级"),
        ("水资源管理股", "技术员", "乜沅澄", "接受取水户宴请礼品", "Ⅲ级"),
        ("工程建设股", "副股长", "嵇翰潼", "工程变更签证把关不严", "Ⅰ级"),
        ("工程建设股", "质检员", "阙泠溪", "隐蔽工程验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert said(got) == ["2"]
    assert not errors(got), errors(got)


def test_four_columns_post_and_name_on_two_lines_a_type_column_blocks_of_one_to_four(tmp_path):
    rows = [["XX县卫生健康委员会科室岗位廉政风险点分布表"],
            ["填报单位：XX县卫生健康委员会"],
            ["序号", "科室", "廉政风险点（按责任人分列填写）", None, None, None, "风险类型", "风险等级",
             "防控措施"],
            [None, "医政医管股", "股长\n乜泓翊", "科员\n嵇澹月", "科员\n阙沐岩", "监督员\n乜蕴岑",
             None, None, None],
            [1, None, "医疗机构校验放宽标准", None, None, None, "岗位职责", "★★★",
             "校验结果公示。"],
            [2, None, None, "医师执业注册材料审核不严", None, None, "岗位职责", "★★",
             "材料双人审核。"],
            [3, None, None, None, "医疗纠纷调处偏袒一方", None, "思想道德", "★★", "调处全程记录。"],
            [4, None, "医疗广告审查流于形式", None, None, None, "制度机制", "★",
             "审查意见集体研究。"],
            [None, "财务审计股", "股长\n嵇沛汐", None, None, None, None, None, None],
            [5, None, "专项资金拨付不按进度", None, None, None, "制度机制", "★★★",
             "资金拨付经局务会研究。"],
            [None, "疾病预防控制股", "股长\n阙昀澈", "科员\n乜霏漪", None, None, None, None, None],
            [6, None, "疫苗采购指定供应商", None, None, None, "岗位职责", "★★★",
             "集中采购平台采购。"],
            [7, None, None, "消毒产品抽检选择性执法", None, None, "岗位职责", "★",
             "抽检名单随机确定。"]]  # fmt: skip
    merges = ["A1:I1", "A2:I2", "C3:F3", "B4:B8", "B9:B10", "B11:B13", "C8:E8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("医政医管股", "股长", "乜泓翊", "医疗机构校验放宽标准", "Ⅰ级"),
        ("医政医管股", "科员", "嵇澹月", "医师执业注册材料审核不严", "Ⅱ级"),
        ("医政医管股", "科员", "阙沐岩", "医疗纠纷调处偏袒一方", "Ⅱ级"),
        # (merged across three of the four columns: the three spanned holders', not the 监督员's)
        ("医政医管股", "股长", "乜泓翊", "医疗广告审查流于形式", "Ⅲ级"),
        ("医政医管股", "科员", "嵇澹月", "医疗广告审查流于形式", "Ⅲ级"),
        ("医政医管股", "科员", "阙沐岩", "医疗广告审查流于形式", "Ⅲ级"),
        ("财务审计股", "股长", "嵇沛汐", "专项资金拨付不按进度", "Ⅰ级"),
        ("疾病预防控制股", "股长", "阙昀澈", "疫苗采购指定供应商", "Ⅰ级"),
        ("疾病预防控制股", "科员", "乜霏漪", "消毒产品抽检选择性执法", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "思想道德风险", "制度机制风险"}
    assert said(got) == ["3"]
    assert not errors(got), errors(got)


def test_no_seq_column_the_dept_written_on_every_row(tmp_path):
    rows = [["XX镇市场监督管理所岗位廉政风险点分布表"],
            ["所室", "风险点（按岗位人员分列）", None, None, "风险等级", "防控措施"],
            ["综合执法组", f"组长{G}嵇晏清", f"执法员{G}乜若川", f"执法员{G}阙书禾", None, None],
            ["综合执法组", "行政处罚自由裁量权滥用", None, None, "高", "裁量基准公开。"],
            ["综合执法组", None, "现场检查通风报信", "现场检查通风报信", "中", "检查计划临时确定。"],
            ["登记注册组", f"组长{G}乜澄霁", f"登记员{G}阙岫宁", None, None, None],
            ["登记注册组", None, "个体户登记材料把关不严", None, "中", "材料一次性告知。"],
            ["登记注册组", "企业注销审查走过场", None, None, "低", "注销材料抽查。"]]  # fmt: skip
    merges = ["A1:F1", "B2:D2"]
    got = run(tmp_path, rows, merges, sheet="风险点")
    assert read(got) == sorted([
        ("综合执法组", "组长", "嵇晏清", "行政处罚自由裁量权滥用", "Ⅰ级"),
        ("综合执法组", "执法员", "乜若川", "现场检查通风报信", "Ⅱ级"),
        ("综合执法组", "执法员", "阙书禾", "现场检查通风报信", "Ⅱ级"),
        ("登记注册组", "登记员", "阙岫宁", "个体户登记材料把关不严", "Ⅱ级"),
        ("登记注册组", "组长", "乜澄霁", "企业注销审查走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert said(got) == ["2"]
    assert not errors(got), errors(got)


# ----------------------------------------------------------------------------- as before


def test_posts_fixed_in_the_heading_read_as_before(tmp_path):
    # '廉政风险点' over '所长 | 副所长 | 会计' in the heading: one holder a column for the table
    rows = [["XX县水利工程管理所岗位廉政风险点表"],
            ["序号", "廉政风险点", None, None, "风险等级", "防控措施"],
            [None, "所长", "副所长", "会计", None, None],
            [1, "工程维修项目化整为零", None, None, "高", "维修项目集体研究。"],
            [2, None, "闸门调度收受好处", None, "中", "调度指令书面下达。"],
            [3, None, None, "报销单据审核不严", "低", "单据双人审核。"]]  # fmt: skip
    merges = ["A1:F1", "B2:D2", "A2:A3", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "所长", "", "工程维修项目化整为零", "Ⅰ级"),
        ("", "副所长", "", "闸门调度收受好处", "Ⅱ级"),
        ("", "会计", "", "报销单据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert said(got) == []
    assert not errors(got), errors(got)


def test_the_headings_names_row_repeated_page_by_page_is_no_new_block(tmp_path):
    # the same names under the heading again lower down (a printout's repeated heading rows):
    # no other holders, so not this shape; read as before
    names = [None, f"站长{G}嵇霁川", f"会计{G}乜沐晴", None, None]
    rows = [["XX县水文站岗位廉政风险点表"],
            ["序号", "廉政风险点", None, "风险等级", "防控措施"],
            names,
            [1, "水文监测数据弄虚作假", None, "高", "数据自动上传。"],
            [2, None, "经费报销虚列支出", "中", "报销经站务会审议。"],
            ["序号", "廉政风险点", None, "风险等级", "防控措施"],
            names,
            [3, "测验设备采购指定品牌", None, "中", "采购三方比价。"],
            [4, None, "票据保管不善", "低", "票据专柜保管。"]]  # fmt: skip
    merges = ["A1:E1", "B2:C2", "B6:C6"]
    got = run(tmp_path, rows, merges)
    assert said(got) == []
    assert ("", "站长", "嵇霁川", "水文监测数据弄虚作假", "Ⅰ级") in read(got)
    assert ("", "会计", "乜沐晴", "经费报销虚列支出", "Ⅱ级") in read(got)
    assert not errors(got), errors(got)


def test_a_list_with_a_holder_column_reads_as_before(tmp_path):
    rows = [["XX县卫健委岗位廉政风险点一览表"],
            ["序号", "科室", "岗位及姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "医政股", f"股长{G}阙霁月", "医疗机构校验放宽标准", "高", "校验结果公示。"],
            [2, "医政股", f"科员{G}乜泠岳", "执业注册审核不严", "中", "材料双人审核。"],
            [3, "财务股", f"股长{G}嵇岚澈", "专项资金拨付不按进度", "高", "局务会研究。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("医政股", "股长", "阙霁月", "医疗机构校验放宽标准", "Ⅰ级"),
        ("医政股", "科员", "乜泠岳", "执业注册审核不严", "Ⅱ级"),
        ("财务股", "股长", "嵇岚澈", "专项资金拨付不按进度", "Ⅰ级"),
    ])  # fmt: skip
    assert said(got) == []
    assert not errors(got), errors(got)
