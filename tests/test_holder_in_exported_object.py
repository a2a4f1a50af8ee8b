"""A person field an online form (a 小程序, a 企业微信 form, a survey) exports as it stores it: one
row a submission, the holder only in one cell a row holding an object — JSON
('{"单位":…,"部门":…,"岗位":…,"姓名":…}', single-quoted with English keys 'dept/post/name', or
full-width quotes) or flat 'key=value; key=value' text. Each row takes its unit, 科室, post and
holder from its cell (info HOLDER_FROM_STRUCTURED_CELL); a cell that does not parse or names
neither 姓名 nor 岗位 is flagged at its cell (HOLDER_STRUCTURED_CELL_UNREAD), the row kept
holderless; other keys (手机号, openid, 提交时间) are not kept.

Not the published batch's export (a 渔政渔港监督管理站's 小程序, ``记录ID | 提交时间 | 人员信息 |
风险点 | 风险类别 | 风险等级 | 防控措施 | 状态``, double-quoted Chinese keys, 高/中/低): a county's
公共资源交易中心, 图书馆 and 供销合作社, other posts, names, keys, quotes, level words, one or two
heading rows and an extra 备注 column, written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file. Tables that look a bit alike (a 备注 of label：value sentences,
a point quoting braces, an object of contact details beside a 姓名 column) read as before.
"""

import json
from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "导出"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "export.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str]]:
    r = got.risks
    return set(zip(r["department"], r["person"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_codes_are_catalogued():
    for code in ("HOLDER_FROM_STRUCTURED_CELL", "HOLDER_STRUCTURED_CELL_UNREAD"):
        assert code in CATALOGUE and code in SHORT


def _py(**kw) -> str:
    """A form tool's dump as a Python dict: single quotes, English keys."""
    return repr(kw)


def test_single_quoted_english_keys_with_an_extra_column(tmp_path):
    unit = "X县公共资源交易中心"
    a = _py(unit=unit, dept="交易服务科", post="科长", name="亓珂瀚", mobile="13900000001")
    b = _py(unit=unit, dept="综合科", post="会计", name="訾芃沅", openid="oX9a")
    rows = [
        ["序号", "填报人信息", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, a, "投标人资格预审标准量身定制", "一级", "资格条件经中心会议审定。", "已提交"],
        [2, a, "评标专家抽取信息泄露", "二级", "抽取系统自动通知，全程留痕。", "已提交"],
        [3, b, "保证金退还拖延索要好处", "二级", "保证金原路退还，限时办结。", "已提交"],
        [4, b, "报销凭证审核不严", "三级", "双人复核，每月对账。", "已提交"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("科长", "亓珂瀚", "投标人资格预审标准量身定制", "Ⅰ级"),
        ("科长", "亓珂瀚", "评标专家抽取信息泄露", "Ⅱ级"),
        ("会计", "訾芃沅", "保证金退还拖延索要好处", "Ⅱ级"),
        ("会计", "訾芃沅", "报销凭证审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {("交易服务科", "亓珂瀚"), ("综合科", "訾芃沅")}
    assert set(got.risks["unit"]) == {unit}
    assert "HOLDER_FROM_STRUCTURED_CELL" in codes(got)
    assert "13900000001" not in " ".join(got.risks.astype(str).values.ravel())
    no_errors(got)


def test_full_width_quotes_under_two_heading_rows(tmp_path):
    def person(dept: str, post: str, who: str) -> str:
        return f"{{“单位名称”：“X县图书馆”，“科室”：“{dept}”，“职务”：“{post}”，“姓名”：“{who}”}}"

    a = person("馆领导", "馆长", "阚昱澍")
    b = person("采编部", "采编员", "逯沅霏")
    rows = [
        ["提交信息", None, "风险信息", None, None],
        ["提交时间", "人员", "风险点", "风险等级", "防控措施"],
        ["2025-03-02 09:10", a, "图书采购指定书商", "高", "采购经馆务会研究并公开比选。"],
        ["2025-03-02 09:14", a, "文创收入不入账", "中", "收入统一入账，定期公示。"],
        ["2025-03-03 10:01", b, "接受书商礼品", "低", "签订廉洁承诺书。"],
    ]
    got = run(tmp_path, rows, ["A1:B1", "C1:E1"])
    assert read(got) == sorted([
        ("馆长", "阚昱澍", "图书采购指定书商", "Ⅰ级"),
        ("馆长", "阚昱澍", "文创收入不入账", "Ⅱ级"),
        ("采编员", "逯沅霏", "接受书商礼品", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {("馆领导", "阚昱澍"), ("采编部", "逯沅霏")}
    assert "HOLDER_FROM_STRUCTURED_CELL" in codes(got)
    no_errors(got)


def test_key_value_text_and_a_cell_naming_no_one(tmp_path):
    def person(dept: str, post: str, who: str) -> str:
        return f"股室={dept}; 职务={post}; 填报人={who}; 手机号=13800000000"

    a = person("业务股", "股长", "仉澈璟")
    b = person("财务股", "出纳", "鄢湉玙")
    rows = [
        ["编号", "廉政风险点", "风险等级", "上报人", "应对措施"],
        ["R001", "农资供应商选择暗箱操作", "高风险", a, "供应商比选结果公示。"],
        ["R002", "社有资产出租价格偏低", "中风险", a, "出租经评估后公开招租。"],
        ["R003", "现金收支不及时登记", "低风险", b, "日清月结，定期盘点。"],
        ["R004", "备用金长期挂账", "中风险", "手机号=13800000002; 提交时间=2025-04-01", "每季度清理备用金。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("股长", "仉澈璟", "农资供应商选择暗箱操作", "Ⅰ级"),
        ("股长", "仉澈璟", "社有资产出租价格偏低", "Ⅱ级"),
        ("出纳", "鄢湉玙", "现金收支不及时登记", "Ⅲ级"),
        ("", "", "备用金长期挂账", "Ⅱ级"),
    ])  # fmt: skip
    assert {"HOLDER_FROM_STRUCTURED_CELL", "HOLDER_STRUCTURED_CELL_UNREAD"} <= codes(got)
    unread = got.issues[got.issues["code"] == "HOLDER_STRUCTURED_CELL_UNREAD"]
    assert list(unread["cell"]) == ["D5"]
    assert set(unread["severity"]) == {"warning"}
    no_errors(got)


def test_json_dumped_with_spaces_and_other_keys(tmp_path):
    def person(post: str, who: str) -> str:
        return json.dumps({"提交时间": "2025-05-06", "岗位": post, "姓名": who, "openid": "o7"},
                          ensure_ascii=False)  # fmt: skip

    rows = [
        ["编号", "人员信息", "风险点", "风险等级", "防控措施"],
        [1, person("主任", "郤翀澜"), "社员股金分红不按章程", "★★★", "分红方案经社员代表大会通过。"],
        [2, person("主任", "郤翀澜"), "为亲友承包门市打招呼", "★★", "门市承包公开竞价。"],
        [3, person("仓管员", "厍岍洺"), "化肥出入库数量不实", "★", "出入库双人签字。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "郤翀澜", "社员股金分红不按章程", "Ⅰ级"),
        ("主任", "郤翀澜", "为亲友承包门市打招呼", "Ⅱ级"),
        ("仓管员", "厍岍洺", "化肥出入库数量不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


# --------------------------------------------------------------------------- as before


def test_remarks_of_labelled_sentences_read_as_before(tmp_path):
    rows = [
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"],
        ["办公室", "主任", "禚泓璋", "公务接待超标准", "一级", "接待清单公示。", "说明：已整改，时间：2025年3月"],
        ["办公室", "主任", "禚泓璋", "公车私用", "二级", "派车登记。", "说明：无，复核：已复核"],
        ["业务股", "股长", "蒯沣琮", "项目验收走过场", "二级", "验收三人以上。", "依据：实施方案，责任：股长"],
    ]  # fmt: skip
    got = run(tmp_path, rows, sheet="清单")
    assert read(got) == sorted([
        ("主任", "禚泓璋", "公务接待超标准", "Ⅰ级"),
        ("主任", "禚泓璋", "公车私用", "Ⅱ级"),
        ("股长", "蒯沣琮", "项目验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDER_FROM_STRUCTURED_CELL", "HOLDER_STRUCTURED_CELL_UNREAD"}
    no_errors(got)


def test_points_quoting_braces_and_contact_objects_read_as_before(tmp_path):
    contact = json.dumps({"手机号": "13700000000", "openid": "o1"}, ensure_ascii=False)
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "联系信息"],
        [1, "馆长", "隗瀚琨", "在“{采购系统}”中擅改供应商信息", "高", "系统操作留痕。", contact],
        [2, "馆长", "隗瀚琨", "参数设置为 {\"品牌\":\"指定\"} 排斥潜在供应商", "中", "参数经论证。", contact],
        [3, "出纳", "宓琤沄", "私设小金库", "高", "账户统一管理。", contact],
    ]  # fmt: skip
    got = run(tmp_path, rows, sheet="一览表")
    assert read(got) == sorted([
        ("馆长", "隗瀚琨", "在“{采购系统}”中擅改供应商信息", "Ⅰ级"),
        ("馆长", "隗瀚琨", "参数设置为 {\"品牌\":\"指定\"} 排斥潜在供应商", "Ⅱ级"),
        ("出纳", "宓琤沄", "私设小金库", "Ⅰ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDER_FROM_STRUCTURED_CELL", "HOLDER_STRUCTURED_CELL_UNREAD"}
    no_errors(got)


def test_packed_submitter_cells_still_read_as_before(tmp_path):
    rows = [
        ["序号", "填报信息", "风险点", "风险等级", "防控措施"],
        [1, "提交人：酆湛璐｜职务：站长｜提交时间：2025-05-12", "检疫证明不验就出", "一级", "检疫双人复核。"],
        [2, "提交人：酆湛璐｜职务：站长｜提交时间：2025-05-12", "收费不开票", "二级", "票款日清。"],
        [3, "提交人：栾沛霖｜职务：检疫员｜提交时间：2025-05-13", "瞒报疫情", "一级", "疫情直报。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, sheet="填报")
    assert read(got) == sorted([
        ("站长", "酆湛璐", "检疫证明不验就出", "Ⅰ级"),
        ("站长", "酆湛璐", "收费不开票", "Ⅱ级"),
        ("检疫员", "栾沛霖", "瞒报疫情", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_FROM_STRUCTURED_CELL" not in codes(got)
    no_errors(got)


_LIB_PEOPLE = [
    ("办公室", "主任", "亓珂瀚"),
    ("办公室", "会计", "訾芃沅"),
    ("采编部", "主任", "甘棠樾"),
]
_LIB_POINTS = ["公务接待超标准", "报销审核不严", "图书采购指定供应商"]


def _lib_export(cell) -> list[list]:
    rows = [["序号", "人员信息", "风险点", "风险等级", "防控措施"]]
    for i, (p, pt) in enumerate(zip(_LIB_PEOPLE, _LIB_POINTS, strict=True)):
        rows.append([i + 1, cell(*p), pt, "高", "x。"])
    return rows


def _dumps(**kw) -> str:
    return json.dumps(kw, ensure_ascii=False)


def test_what_the_hundred_and_twenty_seventh_review_found_an_attachment_column_names_no_one(
    tmp_path,
):
    """'附件 | name=公务接待管理办法.pdf; size=20KB' (or '{"name":"….pdf","url":"https://…"}'):
    files, no person — a value with a file extension or a URL, keys like size/url, a heading of
    附件/文件/链接, a bare 'name' with no post or 科室 key: posts only, holders blank, as before."""
    head = ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"]
    files = ["公务接待管理办法.pdf", "财务报销制度.docx", "采购管理办法.pdf"]
    want = sorted([
        ("主任", "", "公务接待超标准", "Ⅰ级"),
        ("会计", "", "报销审核不严", "Ⅱ级"),
        ("主任", "", "图书采购指定供应商", "Ⅲ级"),
    ])  # fmt: skip
    cells = [
        lambda f: f"name={f}; size=20KB",
        lambda f: _dumps(name=f, url="https://x.cn/a"),
    ]
    for i, cell in enumerate(cells):
        for label in ("附件", "材料"):
            rows = [["图书馆廉政风险点清单"], [*head, label]]
            for n, ((dept, post, _who), pt, lv, f) in enumerate(
                zip(_LIB_PEOPLE, _LIB_POINTS, ["高", "中", "低"], files, strict=True), 1
            ):
                rows.append([n, dept, post, pt, lv, "x。", cell(f)])
            got = run(tmp_path / f"{i}{label}", rows)
            assert read(got) == want, (i, label)
            assert not codes(got) & {"HOLDER_FROM_STRUCTURED_CELL",
                                     "HOLDER_STRUCTURED_CELL_UNREAD"}, (i, label)  # fmt: skip
            no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_user_name_keys_and_no_raw_person(
    tmp_path,
):
    """'{"userName":"亓珂瀚","部门":"办公室","岗位":"主任"}', 'department/position/realName':
    userName/realName are name keys; an object naming no one by a known key ('nick') leaves the
    person blank and flagged at its cell — never the whole JSON text as the person."""
    want = sorted([
        ("主任", "亓珂瀚", "公务接待超标准", "Ⅰ级"),
        ("会计", "訾芃沅", "报销审核不严", "Ⅰ级"),
        ("主任", "甘棠樾", "图书采购指定供应商", "Ⅰ级"),
    ])  # fmt: skip
    for i, cell in enumerate([
        lambda d, p, n: _dumps(userName=n, 部门=d, 岗位=p),
        lambda d, p, n: _dumps(department=d, position=p, realName=n),
        lambda d, p, n: _dumps(staffName=n, dept=d, post=p),
    ]):  # fmt: skip
        got = run(tmp_path / str(i), _lib_export(cell))
        assert read(got) == want, i
        assert depts(got) == {("办公室", "亓珂瀚"), ("办公室", "訾芃沅"), ("采编部", "甘棠樾")}
        assert "HOLDER_STRUCTURED_CELL_UNREAD" not in codes(got), i
        no_errors(got)
    got = run(tmp_path / "nick", _lib_export(lambda d, p, n: _dumps(nick=n, 部门=d, 岗位=p)))
    assert read(got) == sorted([(t, "", pt, lv) for t, _n, pt, lv in want])
    unread = got.issues[got.issues["code"] == "HOLDER_STRUCTURED_CELL_UNREAD"]
    assert list(unread["cell"]) == ["B2", "B3", "B4"]
    assert set(unread["severity"]) == {"warning"}
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_an_array_of_one_object(tmp_path):
    """'[{"部门":"办公室","岗位":"主任","姓名":"亓珂瀚"}]': a JSON array of one object is read as
    its object."""
    got = run(tmp_path, _lib_export(lambda d, p, n: "[" + _dumps(部门=d, 岗位=p, 姓名=n) + "]"))
    assert read(got) == sorted([
        ("主任", "亓珂瀚", "公务接待超标准", "Ⅰ级"),
        ("会计", "訾芃沅", "报销审核不严", "Ⅰ级"),
        ("主任", "甘棠樾", "图书采购指定供应商", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_FROM_STRUCTURED_CELL" in codes(got)
    no_errors(got)
