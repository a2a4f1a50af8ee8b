"""A 防控要点 written as an aim: the measures first, then '，防止' (避免, 杜绝, 以防 …) and the point.

A list with no point column and no measures column, only '廉政风险防控要点' (防控重点, 防范要点; a
plain '防控措施' where EVERY cell reads so), whose cells on most rows read '…结果公示，防止降低
标准…。': the words after the guard word are the point (without the closing 。), the words before
it the measures. A cell of several such sentences (numbered, or parted by '；') gives a point each.
A cell without the word (or with two in one sentence) stays whole, and the sender is told; a list
with its own point column whose measures say '，防止…' stays as read. The workbooks are written by
xlsxwriter and openpyxl in other words than tests/published/batch545.py (another unit, other
guard words, other headings).
"""

from pathlib import Path

import openpyxl
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.locate import _aimed_parts


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows, merges=None):
    """Write one sheet with xlsxwriter and read it back as ``collect_inbox`` does."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "水利局.xlsx", {"要点表": rows}, {"要点表": merges or []})
    return _collect(inbox)


def codes(res) -> list[str]:
    return sorted(res.issues["code"])


def read(res) -> list[tuple[str, str, str, str]]:
    cols = ("person", "risk_point", "measures", "risk_level")
    return list(zip(*(res.risks[c] for c in cols), strict=True))


def test_aim_sentences_part_into_measures_and_points(tmp_path):
    rows = [
        ["某县水利局岗位廉政风险防控要点表"],
        ["序号", "股室", "职务", "姓名", "岗位廉政风险防控要点", "等级"],
        [1, "局领导", "局长", "卜砚秋", "水利项目安排经局党组会集体研究，会议纪要存档，避免个人决定项目安排。", "一级"],
        [2, "局领导", "局长", "卜砚秋", "取水许可审批实行初审、复审分离，杜绝违规发放取水许可证。", "二级"],
        [3, "建设股", "股长", "禚怀瑾", "工程计量由监理、跟审双签确认，以防虚报工程量套取资金", "一级"],
        [4, "建设股", "股长", "禚怀瑾", "质量检测委托第三方，结果公开，有效防止质量验收走过场。", "三级"],
    ]  # fmt: skip
    res = run(tmp_path, rows, ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"])
    assert read(res) == [
        ("卜砚秋", "个人决定项目安排", "水利项目安排经局党组会集体研究，会议纪要存档", "Ⅰ级"),
        ("卜砚秋", "违规发放取水许可证", "取水许可审批实行初审、复审分离", "Ⅱ级"),
        ("禚怀瑾", "虚报工程量套取资金", "工程计量由监理、跟审双签确认", "Ⅰ级"),
        ("禚怀瑾", "质量验收走过场", "质量检测委托第三方，结果公开", "Ⅲ级"),
    ]
    assert res.risks["department"].tolist() == ["局领导", "局领导", "建设股", "建设股"]
    assert codes(res).count("POINT_AFTER_GUARD_WORD") == 1  # once per table
    assert not {"POINT_GUARD_WORD_MISSING", "FILE_NO_FORM", "MEASURES_BLANK"} & set(codes(res))
    info = res.issues[res.issues["code"] == "POINT_AFTER_GUARD_WORD"].iloc[0]
    assert info["cell"] == "E2" and "岗位廉政风险防控要点" in info["message"]


def test_openpyxl_several_sentences_in_a_cell_and_one_without_the_word(tmp_path):
    """Written by openpyxl: a cell of two numbered sentences gives two points; '；' parts two
    aims too; a cell with no guard word stays whole as the point, and the sender is told."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "防控重点"
    data = [
        ["某市农业综合执法支队廉政风险防控重点一览表"],
        ["科室", "岗位", "责任人", "防控重点", "风险等级"],
        ["执法一科", "科长", "仉若蘅",
         "1.案件查处实行集体审理，防止以罚代刑；\n2.罚没物品登记入库，避免截留私分罚没物品。", "高"],
        ["执法一科", "科员", "阚澈之", "执法全程记录，严防执法过程中吃拿卡要；现场检查两人以上，防范随意减免处罚", "中"],
        ["执法二科", "科员", "郇望舒", "农资抽检样品双人封存，防止调换样品。", "中"],
        ["执法二科", "科员", "郇望舒", "农药经营许可审查把关不严", "低"],
    ]  # fmt: skip
    for row in data:
        ws.append(row)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "执法支队.xlsx")
    res = _collect(inbox)
    assert read(res) == [
        ("仉若蘅", "以罚代刑", "案件查处实行集体审理", "Ⅰ级"),
        ("仉若蘅", "截留私分罚没物品", "罚没物品登记入库", "Ⅰ级"),
        ("阚澈之", "执法过程中吃拿卡要", "执法全程记录", "Ⅱ级"),
        ("阚澈之", "随意减免处罚", "现场检查两人以上", "Ⅱ级"),
        ("郇望舒", "调换样品", "农资抽检样品双人封存", "Ⅱ级"),
        ("郇望舒", "农药经营许可审查把关不严", "", "Ⅲ级"),  # no guard word: whole, as read
    ]
    missing = res.issues[res.issues["code"] == "POINT_GUARD_WORD_MISSING"]
    assert missing["cell"].tolist() == ["D6"]
    assert codes(res).count("POINT_AFTER_GUARD_WORD") == 1


def test_plain_measures_heading_only_where_every_cell_reads_so(tmp_path):
    """Under a plain '防控措施' (no point column) every cell must close on a guard word; where
    one does not, the reader does not take the measures for points (nothing invented)."""
    every = [
        ["序号", "岗位", "姓名", "防控措施", "风险等级"],
        [1, "会计", "甯知远", "大额支出经主要负责人审批，防止资金违规支出。", "一级"],
        [2, "出纳", "钭采薇", "库存现金日清月结，避免坐支挪用现金。", "二级"],
        [3, "出纳", "钭采薇", "网银密钥分人保管，杜绝一人完成支付。", "二级"],
    ]  # fmt: skip
    res = run(tmp_path / "a", every)
    assert [p for _w, p, _m, _lv in read(res)] == ["资金违规支出", "坐支挪用现金", "一人完成支付"]
    assert "POINT_AFTER_GUARD_WORD" in codes(res)
    some = [*every[:3], [3, "出纳", "钭采薇", "网银密钥分人保管，定期对账。", "二级"]]
    res = run(tmp_path / "b", some)
    assert read(res) == [] and codes(res) == ["FILE_NO_FORM"]  # (as before: no table found)


def test_a_list_with_its_own_point_column_keeps_its_measures_whole(tmp_path):
    """Negative: a point column beside measures saying '，防止…': measures stay as written."""
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "站长", "蒉听澜", "防汛物资采购不公开", "一级", "采购经集体研究，结果公示，防止暗箱操作。"],
        [2, "技术员", "眭疏影", "工程验收走过场", "二级", "验收邀请村民代表参加，避免验收流于形式。"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert read(res) == [
        ("蒉听澜", "防汛物资采购不公开", "采购经集体研究，结果公示，防止暗箱操作。", "Ⅰ级"),
        ("眭疏影", "工程验收走过场", "验收邀请村民代表参加，避免验收流于形式。", "Ⅱ级"),
    ]
    assert not {"POINT_AFTER_GUARD_WORD", "POINT_GUARD_WORD_MISSING"} & set(codes(res))


def test_a_gist_column_of_plain_points_reads_as_before(tmp_path):
    """Negative: a 要点 column of plain texts, no guard word: nothing is parted, no issue of ours,
    and the file reads as it did (no point column: no table found, as before)."""
    rows = [
        ["序号", "岗位", "姓名", "风险防控要点", "风险等级"],
        [1, "所长", "隗清和", "集体研究重大事项，按程序决策", "一级"],
        [2, "会计", "鄂晚晴", "严格执行财务制度，定期对账", "二级"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert read(res) == [] and codes(res) == ["FILE_NO_FORM"]


def test_unclear_sentences_are_not_parted():
    """Two guard words in one sentence, none before the word, a generic aim ('防止廉政风险'),
    words left after the last point: not parted (the cell is kept whole by the reader)."""
    assert _aimed_parts("公开办事流程，防止推诿扯皮，接受监督，防止吃拿卡要。") == []
    assert _aimed_parts("防止优亲厚友，名单公示。") == []
    assert _aimed_parts("加强教育，防止廉政风险发生。") == []
    assert _aimed_parts("加强教育，避免出现类似问题。") == []
    assert _aimed_parts("名单张榜公示，防止优亲厚友。另建台账备查。") == []
    assert _aimed_parts("台账专人管理；借阅登记，以防止资料泄露发生") == [
        ("资料泄露", "台账专人管理；借阅登记")
    ]


def test_what_the_eighty_third_review_found(tmp_path):
    # a purpose clause after the point ('，确保…', '，保障…') goes with the measures
    rows = [["某县教育局廉政风险防控要点"],
            ["序号", "股室", "岗位", "责任人", "风险等级", "廉政风险防控要点"],
            [1, "计财股", "股长", "郦沅澧", "高", "营养餐资金专户管理，防止挤占挪用，确保专款专用。"],
            [2, "人事股", "股长", "缪清和", "中", "招聘全程公开，防止暗箱操作，做到公平公正。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == [
        ("郦沅澧", "挤占挪用", "营养餐资金专户管理，确保专款专用", "Ⅰ级"),
        ("缪清和", "暗箱操作", "招聘全程公开，做到公平公正", "Ⅱ级"),
    ]
