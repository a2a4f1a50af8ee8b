"""A one-sheet-a-person template whose holder, post and 科室 are printed only in the sheet's page
header (页眉) or footer (页脚), the cells naming no one: each sheet's form is that holder's
(``.xlsx`` only); the cells' own fields win where both say, a warning where they differ.

Not the published batch's file (a 住房公积金管理部's 防控表, '科室：…' left and '岗位：…　姓名：…'
right, levels 高/中/低): a 县林业和草原局's sheets with other labels (股室/职务/部门/责任人), the
fields left and right, all in the centre, or in the footer instead, levels 一级/二级/三级 or ticks
under a two-row heading, an extra 风险类型 column; written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.identity import unit_in_title


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets, merges=None, headers=None, footers=None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "forestry.xlsx", sheets, merges or {}, headers=headers, footers=footers)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> list[tuple[str, str, str]]:
    p = got.posts
    return sorted(zip(p["department"], p["title"], p["person"], strict=True))


def codes(got, severity: str | None = None) -> list[str]:
    df = got.issues
    if severity:
        df = df[df["severity"] == severity]
    return df["code"].tolist()


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = "XX县林业和草原局岗位廉政风险点排查表"
HEAD = ["编号", "廉政风险点", "风险等级", "防控措施"]


def test_fields_across_the_left_and_right_sections_of_each_sheets_header(tmp_path):
    ranger = [[TITLE], HEAD, [1, "林木采伐许可把关不严", "一级", "现场踏查，集体审核"],
              [2, "违规办理木材运输证", "二级", "系统留痕，定期抽查"]]  # fmt: skip
    clerk = [[TITLE], HEAD, [1, "野生动物救护经费虚报", "二级", "凭票报销，公示"],
             [2, "林权登记资料审核走过场", "三级", "双人复核"]]  # fmt: skip
    headers = {
        "Sheet1": "&L股室：林政资源股&R职务：股长　姓名：郦沐川",
        "Sheet2": "&L股室：林政资源股&R职务：办事员　姓名：谭予安",
    }
    got = run(tmp_path, {"Sheet1": ranger, "Sheet2": clerk}, {"Sheet1": ["A1:D1"], "Sheet2": ["A1:D1"]},
              headers=headers)  # fmt: skip
    assert read(got) == sorted([
        ("股长", "郦沐川", "林木采伐许可把关不严", "Ⅰ级"),
        ("股长", "郦沐川", "违规办理木材运输证", "Ⅱ级"),
        ("办事员", "谭予安", "野生动物救护经费虚报", "Ⅱ级"),
        ("办事员", "谭予安", "林权登记资料审核走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == [("林政资源股", "办事员", "谭予安"), ("林政资源股", "股长", "郦沐川")]
    no_errors(got)
    assert codes(got).count("HOLDER_IN_PAGE_HEADER") == 2  # (one a sheet)
    assert "FORM_NO_PERSON" not in codes(got)


def test_fields_all_in_the_centre_section_over_ticks_under_a_two_row_heading(tmp_path):
    rows = [
        ["XX县林业和草原局财务室廉政风险防控表"],
        ["序号", "风险点", "风险类型", "风险等级", "", "", "防控措施"],
        ["", "", "", "高", "中", "低", ""],
        [1, "公款私存，挪用资金", "岗位职责", "√", "", "", "定期对账"],
        [2, "报销把关不严", "制度机制", "", "√", "", "逐笔审核"],
        [3, "收受供应商礼品", "思想道德", "", "", "√", "廉洁承诺"],
    ]
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(
        tmp_path, {"财务": rows}, {"财务": merges}, headers={"财务": "&C姓名：司马清禾　岗位：会计"}
    )
    assert read(got) == sorted([
        ("会计", "司马清禾", "公款私存，挪用资金", "Ⅰ级"),
        ("会计", "司马清禾", "报销把关不严", "Ⅱ级"),
        ("会计", "司马清禾", "收受供应商礼品", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDER_IN_PAGE_HEADER") == 1


def test_fields_in_the_footer_instead_with_a_page_number_in_the_header(tmp_path):
    rows = [[TITLE], HEAD, [1, "防火物资采购指定供应商", "一级", "政府采购，集体决策"],
            [2, "护林员补助发放不公", "二级", "名单公示"]]  # fmt: skip
    got = run(
        tmp_path,
        {"防火": rows},
        headers={"防火": "&R第&P页"},
        footers={"防火": "&L部门：森林防火办&C岗位：主任&R责任人：晏南乔"},
    )
    assert read(got) == sorted([
        ("主任", "晏南乔", "防火物资采购指定供应商", "Ⅰ级"),
        ("主任", "晏南乔", "护林员补助发放不公", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == [("森林防火办", "主任", "晏南乔")]
    no_errors(got)
    issues = got.issues
    said = issues[issues["code"] == "HOLDER_IN_PAGE_HEADER"]
    assert len(said) == 1 and "页脚" in said["message"].iloc[0]


def test_no_title_in_the_cells_and_a_county_bodys_service_department_in_the_title(tmp_path):
    # the header's fields are no title; a 服务部 right after the county is the unit
    rows = [HEAD, [1, "草原补奖资金发放优亲厚友", "二级", "名单公示"]]
    got = run(tmp_path, {"S": rows}, headers={"S": "&L股室：监理股&R职务：监理员　姓名：晏南乔"})
    assert read(got) == [("监理员", "晏南乔", "草原补奖资金发放优亲厚友", "Ⅱ级")]
    assert depts(got) == [("监理股", "监理员", "晏南乔")]
    no_errors(got)
    titled = [["XX旗草原监理服务部岗位廉政风险点排查表"], *rows]
    got = run(tmp_path / "titled", {"S": titled}, headers={"S": "&C姓名：晏南乔　岗位：监理员"})
    assert got.posts["unit"].tolist() == ["XX旗草原监理服务部"]
    assert unit_in_title("XX县森林资源管理部岗位廉政风险防控表") == "XX县森林资源管理部"
    # (a 部 after anything but the county is a body's part: no unit of its own)
    assert unit_in_title("景区管理部") == ""
    assert unit_in_title("XX县供电公司客户服务部岗位风险表") == "XX县供电公司"


def test_the_cells_post_wins_over_the_headers_with_a_warning(tmp_path):
    rows = [
        [TITLE],
        ["岗位：副局长", "", "", ""],
        HEAD,
        [1, "干预林地征占审批", "一级", "集体研究"],
    ]
    got = run(tmp_path, {"S": rows}, headers={"S": "&L职务：局长&R姓名：郦沐川"})
    assert read(got) == [("副局长", "郦沐川", "干预林地征占审批", "Ⅰ级")]
    no_errors(got)
    assert "HOLDER_PAGE_HEADER_DIFFERS" in codes(got, "warning")


def test_a_header_of_the_units_name_and_page_number_is_a_title_as_before(tmp_path):
    rows = [
        HEAD,
        [1, "林木采伐许可把关不严", "一级", "现场踏查"],
        [2, "违规办理木材运输证", "二级", "抽查"],
    ]
    got = run(tmp_path, {"S": rows}, headers={"S": "&LXX县林业和草原局&R第&P页 共&N页"})
    assert read(got) == sorted([
        ("", "", "林木采伐许可把关不严", "Ⅰ级"), ("", "", "违规办理木材运输证", "Ⅱ级")])  # fmt: skip
    assert got.posts["unit"].tolist() == ["XX县林业和草原局"]
    no_errors(got)
    assert "HOLDER_IN_PAGE_HEADER" not in codes(got)


def test_a_header_naming_a_holder_over_a_table_of_its_own_names(tmp_path):
    rows = [[TITLE], ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "林政资源股", "股长", "郦沐川", "林木采伐许可把关不严", "一级", "现场踏查"],
            [2, "财务室", "会计", "司马清禾", "报销把关不严", "二级", "逐笔审核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, headers={"S": "&C姓名：晏南乔　岗位：办公室主任"})
    assert read(got) == sorted([
        ("股长", "郦沐川", "林木采伐许可把关不严", "Ⅰ级"), ("会计", "司马清禾", "报销把关不严", "Ⅱ级")])  # fmt: skip
    no_errors(got)
    assert "HOLDER_IN_PAGE_HEADER" not in codes(got)


def test_a_header_naming_who_filled_the_form_in_names_no_holder(tmp_path):
    rows = [[TITLE], ["岗位：护林员", "", "", ""], HEAD, [1, "巡护记录造假", "三级", "定位打卡"]]
    got = run(tmp_path, {"S": rows}, headers={"S": "&L填表人：谭予安&R联系电话：12345678"})
    assert read(got) == [("护林员", "", "巡护记录造假", "Ⅲ级")]
    no_errors(got)
    assert "HOLDER_IN_PAGE_HEADER" not in codes(got)


_FORM = [
    ["XX县林业局岗位廉政风险点排查表"],
    ["编号", "廉政风险点", "风险等级", "防控措施"],
    [1, "采伐指标分配不公", "一级", "集体研究"],
    [2, "接受林农宴请", "二级", "廉洁承诺"],
]
_FORM_AS_WRITTEN = [
    ("", "", "接受林农宴请", "Ⅱ级"),
    ("", "", "采伐指标分配不公", "Ⅰ级"),
]


def test_what_the_hundred_and_sixth_review_found_a_filler_further_on_the_line_is_no_holder(
    tmp_path,
):
    # (3) '科室：办公室　填表人：某某', '科室：办公室　填报人：某某　日期：…', '单位：…　制表人：某某',
    # '部门：办公室　联系人：某某　电话：…': who filled the form in, wherever on the line: no holder
    for k, header in enumerate(
        [
            "&L科室：办公室　填表人：钭沐川",
            "&L科室：办公室　填报人：钭沐川　日期：2025.3",
            "&C单位：XX县林业局　制表人：钭沐川",
            "&L部门：办公室　联系人：钭沐川　电话：1234567",
        ]
    ):
        got = run(tmp_path / str(k), {"表": _FORM}, {"表": ["A1:D1"]}, headers={"表": header})
        assert read(got) == _FORM_AS_WRITTEN, header
        assert "HOLDER_IN_PAGE_HEADER" not in codes(got), header
        no_errors(got)
    # a holder's fields in the header still give him
    got = run(tmp_path / "own", {"表": _FORM}, {"表": ["A1:D1"]},
              headers={"表": "&L科室：办公室&R岗位：主任　姓名：钭沐川"})  # fmt: skip
    assert read(got) == [
        ("主任", "钭沐川", "接受林农宴请", "Ⅱ级"),
        ("主任", "钭沐川", "采伐指标分配不公", "Ⅰ级"),
    ]


def test_what_the_hundred_and_sixth_review_found_a_header_naming_another_than_the_cells(tmp_path):
    # (6) the cells name the holder ('姓名：某某', '岗位：主任 | 姓名：某某'), the header another
    # ('岗位：股长　姓名：…'): the cells' stand, a warning
    for k, fields in enumerate(
        [
            ["姓名：钭沐川", "", "", ""],
            ["岗位：主任", "", "姓名：钭沐川", ""],
        ]
    ):
        sheet = [_FORM[0], fields, *_FORM[1:]]
        got = run(tmp_path / str(k), {"表": sheet}, {"表": ["A1:D1"]},
                  headers={"表": "&L科室：执法股&R岗位：股长　姓名：晏南舟"})  # fmt: skip
        post = "主任" if k else ""
        assert read(got) == [
            (post, "钭沐川", "接受林农宴请", "Ⅱ级"),
            (post, "钭沐川", "采伐指标分配不公", "Ⅰ级"),
        ]
        assert "HOLDER_PAGE_HEADER_DIFFERS" in codes(got, "warning")
        no_errors(got)
    # the same holder in both: no warning
    sheet = [_FORM[0], ["姓名：钭沐川", "", "", ""], *_FORM[1:]]
    got = run(tmp_path / "same", {"表": sheet}, {"表": ["A1:D1"]},
              headers={"表": "&L岗位：主任　姓名：钭沐川"})  # fmt: skip
    assert "HOLDER_PAGE_HEADER_DIFFERS" not in codes(got)
