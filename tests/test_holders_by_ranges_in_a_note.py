"""A list with no 岗位 / 责任人 column, only '序号 | 风险点 | 风险等级 | 防控措施', whose holders are
given by ranges of its numbers in ONE note line under (or over) it: '说明：第1-2项由馆长　某某负责，
第3—5项由…负责，其余由…负责', '注：1—3项 所长　某某；4、5项 副所长　某某'. Each row is the holder's
whose range holds its 序号 ('其余' the numbers no other part names), read through the roster of
ranges (HOLDERS_BY_RANGES); a number in no range is told (HOLDER_RANGE_UNMATCHED), its row no
one's. A note citing numbers for something else ('说明：第3项为新增') names no holder, and a list
with its own 责任人 column is read from it: both as before. Besides, in a list whose 备注 heads
each holder's block with a count ('本条起2条由…负责'), rows no count covers are told
(HOLDER_COUNT_UNCOVERED), not left silently to a holderless form.

Not the published batch's list (batch695, a 城市建设投资公司's 风险清单 with counts in its 备注,
一级/二级/三级): a county's 图书馆, a 乡镇农机服务站 and a 县档案馆, other posts and names, 高/中/低
ticked under a two-row heading or written out, the note merged across or in one cell, under or
above the list, an extra 备注 column; written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"风险点": rows}, {"风险点": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


LIBRARY = [
    ["XX县图书馆岗位廉政风险点一览表"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "图书采购指定书商，收受回扣", "高", "采购纳入政府采购平台，集体研究。"],
    [2, "公共文化活动经费虚列", "中", "经费支出附活动照片与签到表。"],
    [3, "新书验收不严，以少充多", "中", "验收双人清点，入库登记。"],
    [4, "古籍修复外包暗箱操作", "高", "外包项目公开比选，结果公示。"],
    [5, "赠书登记不实，私自处置", "低", "赠书逐册登记，定期盘点。"],
    [6, "读者押金收取不开票据", "中", "押金统一开具票据，每日对账。"],
    ["说明：第1-2项由馆长　钟离砚负责，第3—5项由采编部主任　闻人澈负责，其余由出纳　覃映雪负责。"],
]


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED", "HOLDER_COUNT_UNCOVERED"):
        assert code in CATALOGUE and code in SHORT


def test_a_note_of_ranges_under_the_list_names_each_rows_holder(tmp_path):
    got = run(tmp_path, LIBRARY, ["A1:D1", "A9:D9"])
    assert read(got) == sorted([
        ("馆长", "钟离砚", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("馆长", "钟离砚", "公共文化活动经费虚列", "Ⅱ级"),
        ("采编部主任", "闻人澈", "新书验收不严，以少充多", "Ⅱ级"),
        ("采编部主任", "闻人澈", "古籍修复外包暗箱操作", "Ⅰ级"),
        ("采编部主任", "闻人澈", "赠书登记不实，私自处置", "Ⅲ级"),
        ("出纳", "覃映雪", "读者押金收取不开票据", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_RANGES" in codes(got)
    assert "HOLDER_RANGE_UNMATCHED" not in codes(got)
    no_errors(got)


def test_a_note_of_numbers_without_words_under_ticked_levels(tmp_path):
    rows = [
        ["XX镇农机服务站廉政风险防控清单"],
        ["序号", "风险点", "风险等级", "", "", "防控措施"],
        ["", "", "高", "中", "低", ""],
        [1, "农机购置补贴审核把关不严", "√", "", "", "补贴对象公示七日，实地核验。"],
        [2, "报废农机回收虚报数量", "", "√", "", "回收现场拍照，逐台登记。"],
        [3, "农机手培训费用虚列", "", "", "√", "培训签到，费用公开。"],
        [4, "跨区作业证明违规出具", "", "√", "", "出具证明登记台账，站长审签。"],
        [5, "安全检验走过场，收受好处", "√", "", "", "检验两人以上，结果公示。"],
        ["注：1—3项 站长　宇文朔；4、5项 副站长　岑望舟"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("站长", "宇文朔", "农机购置补贴审核把关不严", "Ⅰ级"),
        ("站长", "宇文朔", "报废农机回收虚报数量", "Ⅱ级"),
        ("站长", "宇文朔", "农机手培训费用虚列", "Ⅲ级"),
        ("副站长", "岑望舟", "跨区作业证明违规出具", "Ⅱ级"),
        ("副站长", "岑望舟", "安全检验走过场，收受好处", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_RANGES" in codes(got)
    no_errors(got)


def test_a_note_above_the_list_and_a_number_no_range_holds(tmp_path):
    rows = [
        ["XX县档案馆岗位廉政风险排查表"],
        ["填表说明：第1至2项由副馆长　司徒霁负责；第3项由保管科科长　阙南星负责。"],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "档案查阅违规提供", "中风险", "查阅审批登记，专人陪同。", ""],
        [2, "数字化外包泄密", "高风险", "签订保密协议，过程监控。", "2025年新增"],
        [3, "档案鉴定销毁不按程序", "高风险", "鉴定小组集体审定，监销两人。", ""],
        [4, "接收进馆档案收取费用", "低风险", "进馆一律不收费，公示监督电话。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("副馆长", "司徒霁", "档案查阅违规提供", "Ⅱ级"),
        ("副馆长", "司徒霁", "数字化外包泄密", "Ⅰ级"),
        ("保管科科长", "阙南星", "档案鉴定销毁不按程序", "Ⅰ级"),
        ("", "", "接收进馆档案收取费用", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    unmatched = issues[issues["code"] == "HOLDER_RANGE_UNMATCHED"]
    assert len(unmatched) == 1 and set(unmatched["severity"]) == {"warning"}
    no_errors(got)


def test_rows_no_count_covers_are_told(tmp_path):
    rows = [
        ["XX县档案馆廉政风险点清单"],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "办公用品采购虚开发票", "低", "采购清单公示。", ""],
        [2, "档案查阅违规提供", "中", "查阅审批登记。", "本条起2条由副馆长　司徒霁负责"],
        [3, "数字化外包泄密", "高", "签订保密协议。", ""],
        [4, "档案鉴定销毁不按程序", "高", "集体审定。", "本条起1条由保管科科长　阙南星负责"],
        [5, "接收进馆档案收取费用", "低", "公示监督电话。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "办公用品采购虚开发票", "Ⅲ级"),
        ("", "", "接收进馆档案收取费用", "Ⅲ级"),
        ("副馆长", "司徒霁", "档案查阅违规提供", "Ⅱ级"),
        ("副馆长", "司徒霁", "数字化外包泄密", "Ⅰ级"),
        ("保管科科长", "阙南星", "档案鉴定销毁不按程序", "Ⅰ级"),
    ])  # fmt: skip
    issues = got.issues
    left = issues[issues["code"] == "HOLDER_COUNT_UNCOVERED"]
    assert len(left) == 1 and set(left["severity"]) == {"warning"}
    assert "第3、7行" in left["message"].iloc[0], left["message"].iloc[0]
    assert "HOLDERS_BY_COUNT" in codes(got)
    no_errors(got)


def test_counts_covering_every_row_tell_nothing_more(tmp_path):
    rows = [
        ["XX县档案馆廉政风险点清单"],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
        [1, "档案查阅违规提供", "中", "查阅审批登记。", "本条起2条由副馆长　司徒霁负责"],
        [2, "数字化外包泄密", "高", "签订保密协议。", ""],
        [3, "档案鉴定销毁不按程序", "高", "集体审定。", "本条起1条由保管科科长　阙南星负责"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDERS_BY_COUNT" in codes(got)
    assert "HOLDER_COUNT_UNCOVERED" not in codes(got)
    no_errors(got)


def test_a_note_citing_numbers_for_something_else_names_no_holder(tmp_path):
    rows = [list(r) for r in LIBRARY]
    rows[-1] = ["说明：第3项为新增，第5—6项为2024年调整后的风险点，风险等级由馆务会评定。"]
    got = run(tmp_path, rows, ["A1:D1", "A9:D9"])
    assert {(t, p) for t, p, _x, _l in read(got)} == {("", "")}
    assert len(read(got)) == 6
    assert not codes(got) & {"HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED"}
    no_errors(got)


def test_a_list_with_its_own_holder_column_is_read_from_it(tmp_path):
    rows = [
        ["XX县图书馆岗位廉政风险点一览表"],
        ["序号", "责任人", "风险点", "风险等级", "防控措施"],
        [1, "馆长　钟离砚", "图书采购指定书商，收受回扣", "高", "采购纳入政府采购平台。"],
        [2, "馆长　钟离砚", "公共文化活动经费虚列", "中", "经费支出附签到表。"],
        [3, "出纳　覃映雪", "新书验收不严，以少充多", "中", "验收双人清点。"],
        ["说明：第1-2项由馆长　钟离砚负责，第3项由采编部主任　闻人澈负责。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == sorted([
        ("馆长", "钟离砚", "图书采购指定书商，收受回扣", "Ⅰ级"),
        ("馆长", "钟离砚", "公共文化活动经费虚列", "Ⅱ级"),
        ("出纳", "覃映雪", "新书验收不严，以少充多", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED"}
    no_errors(got)


def test_a_number_two_ranges_of_a_note_name_is_no_ones_and_told(tmp_path):
    # '第1-3项…，第3—5项…': item 3 in both ranges; its row stays without a holder, with the
    # warning, and no other reading of the note gives it one; the info names no stakes' boundary
    got = run(tmp_path, [
        ["县文化馆风险点清单"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "场馆出租收费不入账", "高", "收费入账双人核对"],
        [2, "培训班收费标准擅自变更", "中", "标准公示"],
        [3, "演出器材采购拆分", "高", "集中采购"],
        [4, "志愿者补贴虚报", "低", "名单公示"],
        [5, "展览布置费虚高", "中", "三方比价"],
        ["说明：第1-3项由馆长 堪霂澄负责，第3—5项由副馆长 东门澍岚负责。"],
    ])  # fmt: skip
    assert read(got) == [
        ("", "", "演出器材采购拆分", "Ⅰ级"),
        ("副馆长", "东门澍岚", "展览布置费虚高", "Ⅱ级"),
        ("副馆长", "东门澍岚", "志愿者补贴虚报", "Ⅲ级"),
        ("馆长", "堪霂澄", "场馆出租收费不入账", "Ⅰ级"),
        ("馆长", "堪霂澄", "培训班收费标准擅自变更", "Ⅱ级"),
    ]
    issues = got.issues
    assert list(issues.loc[issues["code"] == "HOLDER_RANGE_AMBIGUOUS", "cell"]) == ["A5"]
    said = issues.loc[issues["code"] == "HOLDERS_BY_RANGES", "message"].iloc[0]
    assert "相接处" not in said


# the hundred and eighth review: a note keying numbered WINDOWS to people is no note of item
# ranges ('1号窗口' names a place, not item 1), and a note of who SUPERVISES the items names no
# holder at all, nor is a name cut out of '某某监督'
WINDOWS_NOTE = [
    ["某县政务服务中心廉政风险点一览表"],
    ["注：1号窗口：受理员 罗梓涵；2号窗口：受理员 邓文博；3号窗口：审核员 萧雨桐"],
    ["序号", "窗口", "廉政风险点", "风险等级", "防控措施"],
    [1, "1号窗口", "违规办理登记", "高", "双人复核"],
    [2, "2号窗口", "收受办事群众好处", "中", "评价器监督"],
    [3, "3号窗口", "优亲厚友", "低", "排号办理"],
]


def test_what_the_hundred_and_eighth_review_found_numbered_windows_are_no_item_ranges(tmp_path):
    got = run(tmp_path, WINDOWS_NOTE, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("受理员", "罗梓涵", "违规办理登记", "Ⅰ级"),
        ("受理员", "邓文博", "收受办事群众好处", "Ⅱ级"),
        ("审核员", "萧雨桐", "优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_STAGE" in codes(got)  # (read as before: by the window's stage)
    assert not {"HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED"} & codes(got)
    no_errors(got)


def test_what_the_hundred_and_eighth_review_found_a_note_of_supervisors_names_no_holder(
    tmp_path,
):
    for note in (
        "说明：第1-2项由纪检员　钟离砚监督，第3-5项由纪检员　闻人澈监督。",
        "说明：第1-2项由纪检员　钟离砚　监督，第3-5项由纪检员　闻人澈　监督。",
    ):
        rows = [r[:] for r in LIBRARY[:-2]] + [[note]]
        got = run(tmp_path / str(len(note)), rows, ["A1:D1"])
        assert read(got) == sorted([
            ("", "", "图书采购指定书商，收受回扣", "Ⅰ级"),
            ("", "", "公共文化活动经费虚列", "Ⅱ级"),
            ("", "", "新书验收不严，以少充多", "Ⅱ级"),
            ("", "", "古籍修复外包暗箱操作", "Ⅰ级"),
            ("", "", "赠书登记不实，私自处置", "Ⅲ级"),
        ]), note  # fmt: skip
        assert not {"HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED"} & codes(got)
        no_errors(got)


def test_what_the_hundred_and_eighth_review_found_the_item_path_cuts_no_name(tmp_path):
    # the old item-number path (a '由' and a duty verb after the name): the whole name, the post
    # without its '由'
    from xlproc.collect import _ITEM_HOLDER

    m = _ITEM_HOLDER.search("第1-2项由馆长　钟离砚负责，第3—5项由采编部主任　闻人澈负责")
    assert m and (m.group(2), m.group(3)) == ("馆长", "钟离砚")
    assert _ITEM_HOLDER.search("第1-2项由纪检员　钟离砚监督") is None
    m = _ITEM_HOLDER.search("责任分工：第1—3项　村党支部书记　汝峪樵；第4、5项　村委会主任　伏澜岑")
    assert m and (m.group(2), m.group(3)) == ("村党支部书记", "汝峪樵")
