"""A risk list with no post or name column whose '对应职责' cell cites duties by number
('职责1、职责2', '2、5', '第1、3项'), and on the same sheet a duties table ('职责序号 | 岗位职责 |
岗位 | 姓名', one row a duty, a holder of two duties on two rows) above or under it: each point is
a point of every holder of a duty it cites (a copy each; a holder citing two of his own duties
has it once), the duties table's rows no stray rows and no holder of the sheet.

Not the published batch's file (a 街道便民服务中心 with 民政专干/社保专干 and ``职责1、职责2、职责6``
under its duties table, 高/中/低): a 镇农业综合服务中心, a 县图书馆 and a 县疾控中心, other posts
and names, 一级/二级/三级 and ★ levels, the duties table under the list, the wording ``职责编号 |
职责内容 | 责任岗位 | 责任人`` and a type column besides, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "防控表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


FARM_DUTIES = [
    ["职责序号", "岗位职责", "岗位", "姓名"],
    [1, "主持中心全面工作，审批农业项目", "主任", "闫澍棠"],
    [2, "农资补贴申报受理与审核", "农技员", "裘芷汀"],
    [3, "动物检疫申报受理、出具检疫证明", "畜牧兽医员", "郜栩川"],
    [4, "种粮补贴面积核实", "农技员", "裘芷汀"],
    [5, "项目资金报账、会计核算", "会计", "濮岚汐"],
]
FARM_POINTS = [
    ["序号", "廉政风险点", "对应职责", "风险等级", "防控措施"],
    [1, "农资补贴审核把关不严，虚报冒领", "职责1、职责2", "一级", "补贴名册村组公示。"],
    [2, "种粮面积核实不实，优亲厚友", "职责2、职责4", "二级", "面积实地复核留痕。"],
    [3, "检疫出证不查验即出证", "职责3", "一级", "检疫全程记录。"],
    [4, "项目资金报账凭证不全即支付", "职责1、职责5", "二级", "报账双人审核。"],
]
FARM_TRUTH = sorted([
    ("主任", "闫澍棠", "农资补贴审核把关不严，虚报冒领", "Ⅰ级"),
    ("农技员", "裘芷汀", "农资补贴审核把关不严，虚报冒领", "Ⅰ级"),
    # (duties 2 and 4 both his: the point once)
    ("农技员", "裘芷汀", "种粮面积核实不实，优亲厚友", "Ⅱ级"),
    ("畜牧兽医员", "郜栩川", "检疫出证不查验即出证", "Ⅰ级"),
    ("主任", "闫澍棠", "项目资金报账凭证不全即支付", "Ⅱ级"),
    ("会计", "濮岚汐", "项目资金报账凭证不全即支付", "Ⅱ级"),
])  # fmt: skip


def test_duties_table_above_gives_each_cited_duty_holder_the_point(tmp_path):
    rows = [["XX镇农业综合服务中心岗位廉政风险防控表"], ["一、岗位职责"], *FARM_DUTIES, [],
            ["二、廉政风险点"], *FARM_POINTS, ["填表：", None, "审核：", None, "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2", "A10:E10"])
    assert read(got) == FARM_TRUTH
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_DUTY_NUMBERS"]
    assert list(said["cell"]) == ["A3"]
    assert not {"ROW_UNPLACED", "DUTY_NUMBER_UNMATCHED"} & codes(got)
    assert len(got.posts) == 4


def test_duties_table_under_the_list_with_other_wording_and_bare_numbers(tmp_path):
    # 职责编号 | 职责内容 | 责任岗位 | 责任人 under the list, the cells citing '2、5', ★ levels
    rows = [
        ["XX县图书馆廉政风险点排查表"],
        ["序号", "风险点", "对应职责", "风险等级", "防控措施"],
        [1, "图书采购指定书商，收受回扣", "1、2", "★★★", "采购经馆务会研究，公开比选。"],
        [2, "捐赠图书登记不全，私自处置", "3", "★★", "捐赠登记双人签字。"],
        [3, "读者押金收取不入账", "2、5", "★★★", "押金统一进对公账户。"],
        [4, "场地出借收费不开票", "4、5", "★", "出借收费统一开具票据。"],
        [],
        ["附：岗位职责分工"],
        ["职责编号", "职责内容", "责任岗位", "责任人"],
        [1, "主持馆务，审批采购计划", "馆长", "宓晗潇"],
        [2, "文献采编、验收入库", "采编部主任", "蔺若筠"],
        [3, "捐赠文献接收、登记", "典藏员", "诸葛沅"],
        [4, "场地及设备管理", "办公室主任", "蔺若筠"],
        [5, "财务收支、票据管理", "出纳", "贲澜清"],
    ]
    got = run(tmp_path, rows, ["A1:E1"], sheet="排查表")
    assert read(got) == sorted([
        ("馆长", "宓晗潇", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("采编部主任", "蔺若筠", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("典藏员", "诸葛沅", "捐赠图书登记不全，私自处置", "Ⅱ级"),
        ("采编部主任", "蔺若筠", "读者押金收取不入账", "Ⅰ级"),
        ("出纳", "贲澜清", "读者押金收取不入账", "Ⅰ级"),
        # (one person holding two posts: a point of each post by its cited duty)
        ("办公室主任", "蔺若筠", "场地出借收费不开票", "Ⅲ级"),
        ("出纳", "贲澜清", "场地出借收费不开票", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_DUTY_NUMBERS"]
    assert list(said["cell"]) == ["A9"]
    assert not {"ROW_UNPLACED", "DUTY_NUMBER_UNMATCHED"} & codes(got)
    c = got.counts()
    assert c["risks"] == 7 and c["unplaced"] == 0, c


def test_cites_by_item_with_a_type_column_and_an_unknown_number_warned(tmp_path):
    # '第1、3项' and '第2项', a 风险类型 column besides; '第6项' names no duty: warned at its cell
    rows = [
        ["XX县疾病预防控制中心岗位廉政风险防控一览表"],
        ["职责序号", "岗位职责", "岗位", "姓名"],
        [1, "疫苗出入库管理", "免疫规划科科长", "鄢珮琳"],
        [2, "检验检测报告签发", "检验科科长", "隗澍岩"],
        [3, "疫苗冷链运输调度", "冷链管理员", "阙舒曼"],
        [],
        ["序号", "廉政风险点", "风险类型", "对应职责", "风险等级", "防控措施"],
        [1, "疫苗出入库数量不符，私自调拨", "岗位职责", "第1、3项", "一级", "出入库系统扫码登记。"],
        [2, "检验报告数据篡改、出具虚假报告", "岗位职责", "第2项", "一级", "报告三级审核。"],
        [3, "外出公务搭车旅游", "思想道德", "第6项", "三级", "公务出行审批。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"], sheet="一览表")
    assert read(got) == sorted([
        ("免疫规划科科长", "鄢珮琳", "疫苗出入库数量不符，私自调拨", "Ⅰ级"),
        ("冷链管理员", "阙舒曼", "疫苗出入库数量不符，私自调拨", "Ⅰ级"),
        ("检验科科长", "隗澍岩", "检验报告数据篡改、出具虚假报告", "Ⅰ级"),
        ("", "", "外出公务搭车旅游", "Ⅲ级"),  # (a duty the table lists not: as read)
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "DUTY_NUMBER_UNMATCHED"]
    assert list(said["cell"]) == ["D10"] and list(said["value"]) == ["6"]
    assert "ROW_UNPLACED" not in codes(got)
    for code in ("HOLDERS_BY_DUTY_NUMBERS", "DUTY_NUMBER_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT and code in ITEMS


def test_duty_words_not_numbers_stay_the_points_duty_text(tmp_path):
    # a card of one holder: '对应职责' written in words is each point's duty, not a key
    rows = [
        ["XX镇农业综合服务中心岗位廉政风险防控卡"],
        ["姓名", "闫澍棠", "岗位", "主任"],
        ["序号", "廉政风险点", "对应职责", "风险等级", "防控措施"],
        [1, "农业项目审批个人说了算", "审批农业项目", "一级", "集体研究决定。"],
        [2, "补贴资金拨付不及时", "资金拨付", "二级", "拨付限时办结。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"], sheet="防控卡")
    assert read(got) == sorted([
        ("主任", "闫澍棠", "农业项目审批个人说了算", "Ⅰ级"),
        ("主任", "闫澍棠", "补贴资金拨付不及时", "Ⅱ级"),
    ])  # fmt: skip
    assert sorted(got.risks["duty"]) == ["审批农业项目", "资金拨付"]
    no_errors(got)
    assert not {"HOLDERS_BY_DUTY_NUMBERS", "DUTY_NUMBER_UNMATCHED"} & codes(got)


def test_duties_table_without_names_over_a_list_naming_its_holders(tmp_path):
    # the list has its own 岗位 and 姓名 columns: its rows are read as before, the duties
    # table (no names) above it no key of anyone
    rows = [
        ["XX县图书馆岗位廉政风险防控表"],
        ["职责序号", "岗位职责"],
        [1, "主持馆务，审批采购计划"],
        [2, "文献采编、验收入库"],
        [],
        ["序号", "岗位", "姓名", "廉政风险点", "对应职责", "风险等级"],
        [1, "馆长", "宓晗潇", "图书采购指定书商，收受回扣", "1", "一级"],
        [2, "采编部主任", "蔺若筠", "验收入库把关不严", "2", "二级"],
    ]
    got = run(tmp_path, rows, ["A1:F1"], sheet="防控表")
    assert read(got) == sorted([
        ("馆长", "宓晗潇", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("采编部主任", "蔺若筠", "验收入库把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDERS_BY_DUTY_NUMBERS", "DUTY_NUMBER_UNMATCHED"} & codes(got)


REVIEW_DUTIES = [
    ["职责序号", "岗位职责", "岗位", "姓名"],
    [1, "主持中心全面工作", "主任", "闫澍棠"],
    [2, "农资补贴申报受理与审核", "农技员", "裘芷汀"],
    [3, "动物检疫出证", "畜牧兽医员", "郜栩川"],
    [4, "项目资金报账", "会计", "濮岚汐"],
]
REVIEW_HEAD = ["序号", "廉政风险点", "对应职责", "风险等级", "防控措施"]


def test_what_the_ninety_sixth_review_found_ranges_of_duties(tmp_path):
    # '职责1-2', '第2至4项': every duty of the range
    rows = [["XX中心岗位廉政风险防控表"], ["一、岗位职责"], *REVIEW_DUTIES, [],
            ["二、廉政风险点"], REVIEW_HEAD,
            [1, "补贴审核不严", "职责1-2", "一级", "公示"],
            [2, "检疫出证不查验", "第2至4项", "二级", "全程记录"],
            [3, "报账凭证不全即支付", "职责4", "二级", "双人审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "闫澍棠", "补贴审核不严", "Ⅰ级"),
        ("农技员", "裘芷汀", "补贴审核不严", "Ⅰ级"),
        ("农技员", "裘芷汀", "检疫出证不查验", "Ⅱ级"),
        ("畜牧兽医员", "郜栩川", "检疫出证不查验", "Ⅱ级"),
        ("会计", "濮岚汐", "检疫出证不查验", "Ⅱ级"),
        ("会计", "濮岚汐", "报账凭证不全即支付", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROW_UNPLACED" not in codes(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_DUTY_NUMBERS"]
    assert list(said["cell"]) == ["A3"]


def test_what_the_ninety_sixth_review_found_keys_written_as_duties(tmp_path):
    # the duties table's number column says '职责1', '职责2' …: its numbers still
    rows = [["XX中心岗位廉政风险防控表"], ["一、岗位职责"], REVIEW_DUTIES[0],
            *[[f"职责{r[0]}", *r[1:]] for r in REVIEW_DUTIES[1:]], [],
            ["二、廉政风险点"], REVIEW_HEAD,
            [1, "补贴审核不严", "职责1、职责2", "一级", "公示"],
            [2, "检疫出证不查验", "职责3", "二级", "全程记录"],
            [3, "报账凭证不全即支付", "职责4", "二级", "双人审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "闫澍棠", "补贴审核不严", "Ⅰ级"),
        ("农技员", "裘芷汀", "补贴审核不严", "Ⅰ级"),
        ("畜牧兽医员", "郜栩川", "检疫出证不查验", "Ⅱ级"),
        ("会计", "濮岚汐", "报账凭证不全即支付", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROW_UNPLACED" not in codes(got)


def test_what_the_ninety_sixth_review_found_duties_on_a_sheet_of_their_own(tmp_path):
    # the duties table on a sheet '岗位职责', the list on '防控表'
    inbox = tmp_path / "inbox"
    sheets = {
        "防控表": [["XX中心岗位廉政风险防控表"], REVIEW_HEAD,
                   [1, "补贴审核不严", "职责1、职责2", "一级", "公示"],
                   [2, "检疫出证不查验", "职责3", "二级", "全程记录"]],
        "岗位职责": REVIEW_DUTIES,
    }  # fmt: skip
    write_workbook(inbox / "t.xlsx", sheets, {"防控表": ["A1:E1"]})
    got = _collect(inbox)
    assert read(got) == sorted([
        ("主任", "闫澍棠", "补贴审核不严", "Ⅰ级"),
        ("农技员", "裘芷汀", "补贴审核不严", "Ⅰ级"),
        ("畜牧兽医员", "郜栩川", "检疫出证不查验", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_DUTY_NUMBERS"]
    assert list(said["source_sheet"]) == ["岗位职责"] and list(said["cell"]) == ["A1"]
