"""Section rows naming several holders whose rows are told apart by how far the point is typed
in: a list of ``序号 | 风险点 | 等级 | 防控措施`` with no post or name column, cut by rows merged
across such as '二、工程建设股（股长　郜霁岚；技术员　眭澈宁）'. A point typed flush is the
first-named holder's, one typed in by spaces the second's (a third holder's two steps in), the
holders' rows interleaved, as a note by the table says ('说明：顶格填写的…，缩进…的…'; a
note tying the indent to the people, not to the points' rank; no note, no split). Each row then goes to the one holder of its
indent (HOLDERS_BY_INDENT), and the group's name before the bracket is their 科室. Sections all
typed flush, or no note and one section only indented, are shared by every holder named, as
before; a list with its own post and name columns keeps its rows whatever their indent.

Not the published batch's file (a 县人民医院's 科室 list, 院长/科主任/药师, two full-width spaces
under a '注：' line, 高/中/低): a 县水利局 and a 镇水利站, other posts, names, level words (一级/
二级/三级, Ⅰ级/Ⅱ级/Ⅲ级), ASCII spaces and full-width ones, three holders a section, '，' and '；'
joins, an extra 备注 column, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_BY_INDENT"
IN2 = "\u3000\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["person"], r["department"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> list[str]:
    return list(got.issues["code"])


WATER = [
    ["XX县水利局股室廉政风险点清单"],
    ["序号", "风险点", "等级", "防控措施"],
    ["一、局领导（局长　郜澜舟；副局长　眭砚秋）"],
    [1, "水利工程项目安排优亲厚友", "一级", "项目安排经局党组会集体研究。"],
    [2, "    分管的河道采砂许可违规审批", "一级", "采砂许可公开招标拍卖。"],
    [3, "    接受工程施工方宴请", "二级", "签订廉洁承诺书，节前提醒。"],
    ["二、工程建设股（股长　郜霁岚；技术员　眭澈宁）"],
    [4, "工程变更签证把关不严", "一级", "变更签证经监理、业主、设计三方会签。"],
    [5, "    隐蔽工程验收走过场", "二级", "隐蔽工程验收留存影像资料。"],
    [6, "招标文件设置排他性条款", "一级", "招标文件经法律顾问审查。"],
    ["说明：各段顶格填写的为该段第一位同志的风险点，缩进填写的为第二位同志的风险点。"],
    ["编制：办公室", None, "审核：", None],
]
WATER_MERGES = ["A1:D1", "A3:D3", "A7:D7", "A11:D11"]


def test_flush_and_indented_points_go_to_the_first_and_second_named(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == sorted([
        ("局长", "郜澜舟", "水利工程项目安排优亲厚友", "Ⅰ级"),
        ("副局长", "眭砚秋", "分管的河道采砂许可违规审批", "Ⅰ级"),
        ("副局长", "眭砚秋", "接受工程施工方宴请", "Ⅱ级"),
        ("股长", "郜霁岚", "工程变更签证把关不严", "Ⅰ级"),
        ("股长", "郜霁岚", "招标文件设置排他性条款", "Ⅰ级"),
        ("技术员", "眭澈宁", "隐蔽工程验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert depts(got)["郜霁岚"] == depts(got)["眭澈宁"] == "工程建设股"
    told = got.issues[got.issues["code"] == CODE]
    assert len(told) == 1 and CODE in CATALOGUE and SHORT[CODE]
    assert "2 个分段行" in told.iloc[0]["message"] and "{" not in told.iloc[0]["message"]
    assert "HOLDERS_SHARE_SECTION" not in codes(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 6, c


STATION = [
    ["XX镇水利站岗位廉政风险点登记表"],
    ["序号", "廉政风险点", "风险等级", "防控措施", "备注"],
    ["（一）站领导（站长　甯沐川，副站长　阙晗樾，会计　甯绮岚）"],
    [1, "农田水利项目验收弄虚作假", "Ⅰ级", "验收邀请村民代表参加。", None],
    [2, f"{IN2}山塘维修资金截留挪用", "Ⅱ级", "维修资金专户管理。", None],
    [3, f"{IN2}{IN2}报销凭证审核不严", "Ⅲ级", "报销凭证双人审核。", "新增"],
    [4, f"{IN2}防汛物资采购虚报数量", "Ⅱ级", "物资入库验收登记。", None],
    ["（二）工程股（股长　阙沛霖，技术员　甯澍川，出纳　阙芷汀）"],
    [5, "小型水库除险加固工程转包", "Ⅰ级", "严禁转包，现场核查。", None],
    [6, f"{IN2}{IN2}现金日记账不日清月结", "Ⅲ级", "每月对账。", None],
    [7, f"{IN2}工程量计量虚增", "Ⅱ级", "计量经监理签认。", None],
    ["填表说明：首行顶格的为括号中第一人的风险点，缩进一次的为第二人，缩进两次的为第三人。"],
]
STATION_MERGES = ["A1:E1", "A3:E3", "A8:E8", "A12:E12"]


def test_three_holders_at_three_indents_and_an_extra_column(tmp_path):
    got = run(tmp_path, STATION, STATION_MERGES)
    assert read(got) == sorted([
        ("站长", "甯沐川", "农田水利项目验收弄虚作假", "Ⅰ级"),
        ("副站长", "阙晗樾", "山塘维修资金截留挪用", "Ⅱ级"),
        ("副站长", "阙晗樾", "防汛物资采购虚报数量", "Ⅱ级"),
        ("会计", "甯绮岚", "报销凭证审核不严", "Ⅲ级"),
        ("股长", "阙沛霖", "小型水库除险加固工程转包", "Ⅰ级"),
        ("技术员", "甯澍川", "工程量计量虚增", "Ⅱ级"),
        ("出纳", "阙芷汀", "现金日记账不日清月结", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert depts(got)["阙沛霖"] == "工程股"
    assert CODE in codes(got)


NO_NOTE = [
    ["XX县水利局股室廉政风险点清单"],
    ["序号", "风险点", "等级", "防控措施"],
    ["一、水政监察大队（大队长　郜澜舟；队员　眭砚秋）"],
    [1, "水事违法案件查处说情", "一级", "案件集体审理。"],
    [2, f"{IN2}执法检查通风报信", "二级", "检查随机抽取对象。"],
    ["二、水资源股（股长　郜霁岚；科员　眭澈宁）"],
    [3, f"{IN2}取水计量数据核定不实", "二级", "计量数据双人核定。"],
    [4, "取水许可审批不按规定", "一级", "审批结果公示。"],
]
NO_NOTE_MERGES = ["A1:D1", "A3:D3", "A6:D6"]


def test_no_note_when_every_section_indents_is_shared_as_before(tmp_path):
    # (the hundred and twenty-first review: without a note tying the indent to the people,
    # every section indenting is no evidence: ordinary sub-points are indented so too)
    got = run(tmp_path, NO_NOTE, NO_NOTE_MERGES)
    assert read(got) == sorted([
        (post, name, point, level)
        for post, name in (("大队长", "郜澜舟"), ("队员", "眭砚秋"))
        for point, level in (("水事违法案件查处说情", "Ⅰ级"), ("执法检查通风报信", "Ⅱ级"))
    ] + [
        (post, name, point, level)
        for post, name in (("股长", "郜霁岚"), ("科员", "眭澈宁"))
        for point, level in (("取水计量数据核定不实", "Ⅱ级"), ("取水许可审批不按规定", "Ⅰ级"))
    ])  # fmt: skip
    no_errors(got)
    assert CODE not in codes(got) and "HOLDERS_SHARE_SECTION" in codes(got)


def test_sections_all_flush_are_shared_as_before(tmp_path):
    rows = [[c.strip() if isinstance(c, str) else c for c in r] for r in WATER]
    got = run(tmp_path, rows, WATER_MERGES)  # (the note stays: nothing typed in to tell apart)
    assert read(got) == sorted([
        ("局长", "郜澜舟", "水利工程项目安排优亲厚友", "Ⅰ级"),
        ("局长", "郜澜舟", "分管的河道采砂许可违规审批", "Ⅰ级"),
        ("局长", "郜澜舟", "接受工程施工方宴请", "Ⅱ级"),
        ("副局长", "眭砚秋", "水利工程项目安排优亲厚友", "Ⅰ级"),
        ("副局长", "眭砚秋", "分管的河道采砂许可违规审批", "Ⅰ级"),
        ("副局长", "眭砚秋", "接受工程施工方宴请", "Ⅱ级"),
        ("股长", "郜霁岚", "工程变更签证把关不严", "Ⅰ级"),
        ("股长", "郜霁岚", "隐蔽工程验收走过场", "Ⅱ级"),
        ("股长", "郜霁岚", "招标文件设置排他性条款", "Ⅰ级"),
        ("技术员", "眭澈宁", "工程变更签证把关不严", "Ⅰ级"),
        ("技术员", "眭澈宁", "隐蔽工程验收走过场", "Ⅱ级"),
        ("技术员", "眭澈宁", "招标文件设置排他性条款", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert CODE not in codes(got) and "HOLDERS_SHARE_SECTION" in codes(got)
    assert depts(got)["眭澈宁"] == "工程建设股"


def test_no_note_and_one_section_indented_is_shared_as_before(tmp_path):
    rows = [list(r) for r in NO_NOTE]
    rows[6][1] = rows[6][1].strip()  # (the second section typed flush throughout)
    got = run(tmp_path, rows, NO_NOTE_MERGES)
    assert len(read(got)) == 8
    assert ("队员", "眭砚秋", "水事违法案件查处说情", "Ⅰ级") in read(got)
    no_errors(got)
    assert CODE not in codes(got) and "HOLDERS_SHARE_SECTION" in codes(got)


def test_a_list_with_its_own_post_and_name_columns_keeps_its_rows(tmp_path):
    rows = [
        ["XX县水利局岗位廉政风险点清单"],
        ["序号", "岗位", "姓名", "风险点", "等级", "防控措施"],
        [1, "局长", "郜澜舟", "水利工程项目安排优亲厚友", "一级", "集体研究。"],
        [2, "局长", "郜澜舟", "    接受工程施工方宴请", "二级", "节前提醒。"],
        [3, "副局长", "眭砚秋", f"{IN2}分管的河道采砂许可违规审批", "一级", "公开拍卖。"],
        ["注：顶格填写的为主要风险点，缩进填写的为一般风险点。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert read(got) == sorted([
        ("局长", "郜澜舟", "水利工程项目安排优亲厚友", "Ⅰ级"),
        ("局长", "郜澜舟", "接受工程施工方宴请", "Ⅱ级"),
        ("副局长", "眭砚秋", "分管的河道采砂许可违规审批", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert CODE not in codes(got)


def _sections(note: str | None, second: list[str], third: list[str]) -> list[list]:
    rows = [
        ["XX县水利局股室廉政风险点清单"],
        ["序号", "风险点", "等级", "防控措施"],
        ["一、办公室（主任　郜澜舟；副主任　眭砚秋）"],
        [1, "公文处理不及时", "一级", "督办"],
        *([2 + i, x, "二级", "专柜"] for i, x in enumerate(second)),
        ["二、财务股（股长　郜霁岚；会计　眭澈宁）"],
        [4, "报销审核不严", "一级", "复核"],
        *([5 + i, x, "二级", "审核"] for i, x in enumerate(third)),
    ]
    return rows + ([[note]] if note else [])


def _merges(rows: list[list]) -> list[str]:
    return [f"A{i + 1}:D{i + 1}" for i, r in enumerate(rows) if len(r) == 1]


def _shared(office: list[str], finance: list[str]) -> list[tuple[str, str, str, str]]:
    return sorted(
        [(p, n, "公文处理不及时", "Ⅰ级") for p, n in (("主任", "郜澜舟"), ("副主任", "眭砚秋"))]
        + [(p, n, x, "Ⅱ级") for p, n in (("主任", "郜澜舟"), ("副主任", "眭砚秋")) for x in office]
        + [(p, n, "报销审核不严", "Ⅰ级") for p, n in (("股长", "郜霁岚"), ("会计", "眭澈宁"))]
        + [(p, n, x, "Ⅱ级") for p, n in (("股长", "郜霁岚"), ("会计", "眭澈宁")) for x in finance]
    )


def test_what_the_hundred_and_twenty_first_review_found_a_note_on_the_points_rank(tmp_path):
    # (1) a note tying the indent to the points' rank ('主要'/'一般'), not to the people: the
    # rule is off, every row shared by the section's holders as before (none dropped)
    office, finance = ["涉密文件管理不严", "印章使用不登记"], ["票据不合规"]
    rows = _sections(
        "注：顶格填写的为主要风险点，缩进填写的为一般风险点。",
        [IN2 + x for x in office],
        [IN2 + x for x in finance],
    )
    got = run(tmp_path, rows, _merges(rows))
    assert read(got) == _shared(office, finance)
    no_errors(got)
    assert CODE not in codes(got) and "HOLDERS_SHARE_SECTION" in codes(got)


def test_what_the_hundred_and_twenty_first_review_found_a_note_on_the_people(tmp_path):
    # (1) a note naming the people ('第一位成员', '第二位') still splits them
    rows = _sections(
        "注：顶格的为第一位成员的风险点，缩进的为第二位的。",
        [IN2 + "涉密文件管理不严"],
        [IN2 + "票据不合规"],
    )
    got = run(tmp_path, rows, _merges(rows))
    assert read(got) == sorted([
        ("主任", "郜澜舟", "公文处理不及时", "Ⅰ级"),
        ("副主任", "眭砚秋", "涉密文件管理不严", "Ⅱ级"),
        ("股长", "郜霁岚", "报销审核不严", "Ⅰ级"),
        ("会计", "眭澈宁", "票据不合规", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert CODE in codes(got)


def test_what_the_hundred_and_twenty_first_review_found_indented_sub_points(tmp_path):
    # (2) sub-points indented in every section ('　　①涉密文件管理不严'), no note: shared as
    # before; under a note on the people too, an indented point opening with a sub-item mark
    # ('①', '（1）', '1.', 'a)', '-') is a sub-point, no second member's
    office, finance = ["①涉密文件管理不严", "②印章使用不登记"], ["①票据不合规"]
    rows = _sections(None, [IN2 + x for x in office], [IN2 + x for x in finance])
    got = run(tmp_path / "a", rows, _merges(rows))
    assert read(got) == _shared(office, finance)
    no_errors(got)
    assert CODE not in codes(got)
    office, finance = ["（1）涉密文件管理不严", "1.印章使用不登记"], ["a)票据不合规"]
    rows = _sections(
        "说明：各段顶格填写的为该段第一位同志的风险点，缩进填写的为第二位同志的风险点。",
        [IN2 + x for x in office],
        [IN2 + x for x in finance],
    )
    got = run(tmp_path / "b", rows, _merges(rows))
    assert read(got) == _shared(office, finance)
    no_errors(got)
    assert CODE not in codes(got)
