"""A list with no level column whose points' levels stand only in a note setting them by the
SUBJECT WORDS each point contains ('注：凡涉及「药品」「耗材」的风险点定为高风险；含有「审批」「检查」的
为中风险；其余为低风险'): each point takes the level of the clause whose words its text holds (info
``LEVEL_BY_POINT_WORDS``, naming the note and how many points each clause set), a point holding
words of two levels the higher (a warning at its cell, ``LEVEL_POINT_WORDS_TWO``), a point of no
clause's words the rest clause's level, or with no rest clause its blank level (``LEVEL_BLANK``,
as before). A list that writes its levels keeps them (a warning where the note gives another,
``LEVEL_POINT_WORDS_DIFFERS``). A note that only explains the level words ('一级为涉及资金的风险'),
or hands the points to holders by their words (``HOLDERS_BY_POINT_WORDS``), reads as before.

Not the published batch's table (a 中学's 清单, ``序号 | 处室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``,
“资金”“采购” in curly quotes, 一级/二级/三级 and a rest clause under it): a 县卫生健康局 and a 县市场
监督管理局, other posts and names, 「」 quotes and a bare 、-list, 高/中/低 and Ⅰ级/Ⅱ级, the note over
the list, no rest clause, fewer columns; written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"风险表": rows}, {"风险表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> list[str]:
    issues = got.issues
    if severity:
        issues = issues[issues["severity"] == severity]
    return list(issues["code"])


def said(got, code: str) -> str:
    return got.issues[got.issues["code"] == code]["message"].iloc[0]


HEALTH = [
    ["县卫生健康局岗位廉政风险点一览表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"],
    [1, "局领导", "局长", "阚叙白", "药品耗材集中采购中打招呼", "采购全程进平台，党组会集体研究。"],
    [2, "局领导", "局长", "阚叙白", "医疗机构设置审批优亲厚友", "审批事项公开办理时限。"],
    [3, "医政医管股", "股长", "蒯南乔", "医疗机构校验检查走过场", "检查两人以上，结果公示。"],
    [4, "医政医管股", "股长", "蒯南乔", "接受医疗机构宴请", "签订廉洁承诺书。"],
    [5, "财务股", "会计", "阚青禾", "卫生院耗材款结算审核不严", "结算单据三级审核。"],
    [6, "财务股", "会计", "阚青禾", "私设小金库", "定期对账，审计监督。"],
    ["注：本表不列风险等级，等级按风险点内容确定：凡涉及「药品」「耗材」的风险点定为高风险；"
     "含有「审批」「检查」的为中风险；其余为低风险。"],
]  # fmt: skip
HEALTH_MERGES = ["A1:F1", "A9:F9", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]
HEALTH_READ = sorted([
    ("局长", "阚叙白", "药品耗材集中采购中打招呼", "Ⅰ级"),
    ("局长", "阚叙白", "医疗机构设置审批优亲厚友", "Ⅱ级"),
    ("股长", "蒯南乔", "医疗机构校验检查走过场", "Ⅱ级"),
    ("股长", "蒯南乔", "接受医疗机构宴请", "Ⅲ级"),
    ("会计", "阚青禾", "卫生院耗材款结算审核不严", "Ⅰ级"),
    ("会计", "阚青禾", "私设小金库", "Ⅲ级"),
])  # fmt: skip


def test_each_point_takes_the_level_of_the_words_it_contains(tmp_path):
    got = run(tmp_path, HEALTH, HEALTH_MERGES)
    assert read(got) == HEALTH_READ
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert codes(got).count("LEVEL_BY_POINT_WORDS") == 1
    msg = said(got, "LEVEL_BY_POINT_WORDS")
    assert "涉及药品、耗材=Ⅰ级(2个)" in msg and "其余=Ⅲ级(2个)" in msg
    assert "[风险表!A9]" in msg
    assert "药品耗材集中采购中打招呼" not in str(list(got.risks["risk_point"])[6:])


# the note OVER the list, a bare 、-list of words, Ⅰ级/Ⅱ级 and no rest clause; one point holds
# words of both clauses (the higher taken, warned), one holds none (blank, as before)
MARKET = [
    ["县市场监督管理局廉政风险防控清单"],
    ["说明：风险点涉及罚没、查封、扣押的，列为Ⅰ级风险；涉及登记、抽检的，列为Ⅱ级风险。"],
    ["岗位", "责任人", "廉政风险点", "防控措施"],
    ["执法大队长", "蓟晚舟", "案件罚没款物处置不规范", "罚没物品统一入库登记。"],
    ["执法大队长", "蓟晚舟", "查封扣押财物随意解封", "解封须集体研究。"],
    ["登记注册科科员", "濮砚秋", "企业登记材料审核放宽", "登记材料双人复核。"],
    ["抽检科科员", "蓟曼卿", "食品抽检结果泄露、罚没款少缴", "抽检样品盲样编号。"],
    ["抽检科科员", "蓟曼卿", "收受商户土特产", "节前廉洁提醒。"],
]  # fmt: skip
MARKET_MERGES = ["A1:D1", "A2:D2", "A4:A5", "B4:B5", "A7:A8", "B7:B8"]


def test_note_over_the_list_a_bare_list_two_clauses_and_no_rest(tmp_path):
    got = run(tmp_path, MARKET, MARKET_MERGES)
    assert read(got) == sorted([
        ("执法大队长", "蓟晚舟", "案件罚没款物处置不规范", "Ⅰ级"),
        ("执法大队长", "蓟晚舟", "查封扣押财物随意解封", "Ⅰ级"),
        ("登记注册科科员", "濮砚秋", "企业登记材料审核放宽", "Ⅱ级"),
        ("抽检科科员", "蓟曼卿", "食品抽检结果泄露、罚没款少缴", "Ⅰ级"),
        ("抽检科科员", "蓟曼卿", "收受商户土特产", ""),
    ])  # fmt: skip
    assert codes(got).count("LEVEL_BY_POINT_WORDS") == 1
    assert codes(got).count("LEVEL_POINT_WORDS_TWO") == 1
    assert "食品抽检结果泄露、罚没款少缴" in said(got, "LEVEL_POINT_WORDS_TWO")
    assert said(got, "LEVEL_POINT_WORDS_TWO").startswith("[风险表!C7]")
    assert codes(got, "error") == ["LEVEL_BLANK"]  # (收受商户土特产: no clause's words, no rest)


# a list that writes its levels keeps them: a level the note gives otherwise is warned of, a
# blank cell takes the note's
WRITTEN = [
    ["县卫生健康局岗位廉政风险点一览表"],
    ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "局长", "阚叙白", "药品耗材集中采购中打招呼", "高", "采购全程进平台。"],
    [2, "局长", "阚叙白", "医疗机构设置审批优亲厚友", "高", "审批事项公开。"],
    [3, "股长", "蒯南乔", "医疗机构校验检查走过场", "", "检查两人以上。"],
    [4, "股长", "蒯南乔", "接受医疗机构宴请", "低", "签订廉洁承诺书。"],
    ["注：凡涉及“药品”“耗材”的风险点为高风险；涉及“审批”“检查”的为中风险；其余为低风险。"],
]  # fmt: skip
WRITTEN_MERGES = ["A1:F1", "A7:F7", "B3:B4", "C3:C4", "B5:B6", "C5:C6"]


def test_a_written_level_column_wins_over_the_note(tmp_path):
    got = run(tmp_path, WRITTEN, WRITTEN_MERGES)
    assert read(got) == sorted([
        ("局长", "阚叙白", "药品耗材集中采购中打招呼", "Ⅰ级"),
        ("局长", "阚叙白", "医疗机构设置审批优亲厚友", "Ⅰ级"),
        ("股长", "蒯南乔", "医疗机构校验检查走过场", "Ⅱ级"),
        ("股长", "蒯南乔", "接受医疗机构宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got).count("LEVEL_POINT_WORDS_DIFFERS") == 1
    assert said(got, "LEVEL_POINT_WORDS_DIFFERS").startswith("[风险表!E4]")
    assert not codes(got, "error"), got.issues.to_dict("records")


# near-misses an ordinary file has: a note explaining what each level word means (it names
# subjects, but sets no point's level by its words), and a note handing points to holders by
# their words (``HOLDERS_BY_POINT_WORDS``): read as before
EXPLAINED = [
    ["县市场监督管理局廉政风险防控清单"],
    ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "执法大队长", "蓟晚舟", "案件罚没款物处置不规范", "一级", "罚没物品统一入库登记。"],
    [2, "执法大队长", "蓟晚舟", "查封扣押财物随意解封", "二级", "解封须集体研究。"],
    [3, "登记注册科科员", "濮砚秋", "企业登记材料审核放宽", "三级", "登记材料双人复核。"],
    ["注：一级为涉及罚没、查封的风险，二级为涉及登记、抽检的风险，三级为其他一般风险。"],
]  # fmt: skip


def test_a_note_explaining_the_level_words_sets_nothing(tmp_path):
    got = run(tmp_path, EXPLAINED, ["A1:F1", "A6:F6", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("执法大队长", "蓟晚舟", "案件罚没款物处置不规范", "Ⅰ级"),
        ("执法大队长", "蓟晚舟", "查封扣押财物随意解封", "Ⅱ级"),
        ("登记注册科科员", "濮砚秋", "企业登记材料审核放宽", "Ⅲ级"),
    ])  # fmt: skip
    assert not {c for c in codes(got) if "POINT_WORDS" in c}


BY_HOLDER = [
    ["县卫生健康局机关廉政风险点清单"],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    [1, "药品耗材集中采购中打招呼", "一级", "采购全程进平台。"],
    [2, "卫生院耗材款结算审核不严", "二级", "结算单据三级审核。"],
    [3, "医疗机构校验检查走过场", "二级", "检查两人以上。"],
    [4, "接受医疗机构宴请", "三级", "签订廉洁承诺书。"],
    ["注：涉及药品、耗材的，由财务股会计　阚青禾负责；涉及检查的，由医政医管股股长　蒯南乔负责；"
     "其余由局长　阚叙白负责。"],
]  # fmt: skip


def test_a_note_naming_holders_by_words_reads_as_before(tmp_path):
    got = run(tmp_path, BY_HOLDER, ["A1:D1", "A7:D7"])
    assert read(got) == sorted([
        ("会计", "阚青禾", "药品耗材集中采购中打招呼", "Ⅰ级"),
        ("会计", "阚青禾", "卫生院耗材款结算审核不严", "Ⅱ级"),
        ("股长", "蒯南乔", "医疗机构校验检查走过场", "Ⅱ级"),
        ("局长", "阚叙白", "接受医疗机构宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got).count("HOLDERS_BY_POINT_WORDS") == 1
    assert not {c for c in codes(got) if c.startswith("LEVEL_")}


# an ordinary list with no level column and a note saying a word once, of one level, with no
# rest ('涉及资金的须集体研究' is no level; '涉及资金的为一级' alone is a remark): LEVEL_BLANK as before
def test_a_note_of_one_level_or_none_sets_nothing(tmp_path):
    rows = [HEALTH[0], ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"], *HEALTH[2:8]]
    rows.append(["注：凡涉及药品、耗材的事项须集体研究；涉及审批的为重点环节。"])
    got = run(tmp_path, rows, HEALTH_MERGES)
    assert {lv for *_x, lv in read(got)} == {""}
    assert codes(got, "error").count("LEVEL_BLANK") == 6
    assert not {c for c in codes(got) if "POINT_WORDS" in c}


def test_what_the_hundred_and_thirty_first_review_found_key_points_beside_written_levels(
    tmp_path,
):
    """'凡涉及资金的风险点为重点风险点，其余为一般风险点' under a list writing 一级/二级/三级: 重点 and
    一般 there say which points to watch, not the list's scale (重点 read Ⅰ级, 一般 Ⅲ级, the note
    had warned LEVEL_POINT_WORDS_DIFFERS at every 资金 point written 二级 or 三级). The written
    levels stand and nothing is warned. A judgement call: with no level written anywhere the
    note is still read (重点 Ⅰ级, 一般 Ⅲ级), as the vocabulary reads those words elsewhere."""
    rows = [
        ["县财政局岗位廉政风险点一览表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", "阚叙白", "专项资金分配打招呼", "一级", "集体研究"],
        [2, "预算股", "股长", "蒯南乔", "预算资金调整不报批", "二级", "报人大审议"],
        [3, "国库股", "会计", "阚青禾", "资金支付凭证审核不严", "三级", "双人复核"],
        [4, "办公室", "主任", "阚青山", "公务接待超标准", "三级", "接待清单公示"],
        ["注：凡涉及资金的风险点为重点风险点，其余为一般风险点。"],
    ]
    got = run(tmp_path / "written", rows, ["A1:G1", "A7:G7"])
    assert sorted(lv for *_x, lv in read(got)) == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert not {"LEVEL_POINT_WORDS_DIFFERS", "LEVEL_BY_POINT_WORDS"} & set(codes(got))
    bare = [r[:5] + r[6:] if len(r) > 5 else r for r in rows]
    got = run(tmp_path / "bare", bare, ["A1:F1", "A7:F7"])
    assert sorted(lv for *_x, lv in read(got)) == ["Ⅰ级", "Ⅰ级", "Ⅰ级", "Ⅲ级"]
    assert "LEVEL_BY_POINT_WORDS" in codes(got)


def test_what_the_hundred_and_thirty_first_review_found_levels_by_consequence(tmp_path):
    """A note grading points by what may follow from them ('可能涉及违纪的为三级风险，涉及违法的
    为二级风险，涉及犯罪的为一级风险', with or without '按后果确定') names no subject words: the
    rule had given '…违纪' points Ⅲ级 and '…违法' ones Ⅱ级 by the words their text happened to
    hold, the rest blank. Read as before now: the levels blank (LEVEL_BLANK), no
    LEVEL_BY_POINT_WORDS."""
    rows = [
        ["县某局廉政风险点一览表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"],
        [1, "办公室", "主任", "宓清岚", "公务接待超标准违纪", "接待清单公示"],
        [2, "办公室", "出纳", "鄢朗川", "挪用备用金违法", "日清月结"],
        [3, "财务股", "会计", "缑熠辰", "违法违规发放补贴", "双人复核"],
        [4, "财务股", "股长", "储芷蘅", "专项资金拨付审核不严", "集体研究"],
    ]
    for i, note in enumerate([
        "注：风险等级按后果确定：可能涉及违纪的为三级风险，涉及违法的为二级风险，涉及犯罪的为一级风险。",
        "注：可能涉及违纪的为三级风险；涉及违法的为二级风险；涉及犯罪的为一级风险。",
        "注：涉及“违纪”“违规”的为三级风险点，涉及“违法”的为二级风险点。",
    ]):  # fmt: skip
        got = run(tmp_path / str(i), [*rows, [note]], ["A1:F1", "A7:F7"])
        assert {lv for *_x, lv in read(got)} == {""}, note
        assert "LEVEL_BY_POINT_WORDS" not in codes(got)


def test_what_the_hundred_and_thirty_first_review_found_rest_clause_variants(tmp_path):
    """The rest clause written '其它为三级' (它), '除上述以外的均为三级' or '未涉及上述内容的为三级'
    was not read: the points of no clause's words had stayed blank (LEVEL_BLANK) though the
    note gives them a level. Read as '其余为三级' is now; '未涉及上述内容的' is no clause of the
    words '上述内容'."""
    rows = [
        ["县某局廉政风险点一览表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"],
        [1, "办公室", "主任", "宓清岚", "公务接待超标准", "接待清单公示"],
        [2, "办公室", "出纳", "鄢朗川", "挪用备用资金", "日清月结"],
        [3, "财务股", "会计", "缑熠辰", "政府采购化整为零", "双人复核"],
        [4, "人事股", "股长", "储芷青", "干部考核打人情分", "集体研究"],
    ]
    head = "注：凡涉及资金、采购的风险点为一级风险点；涉及考核的为二级风险点；"
    for i, rest in enumerate(["其它为三级风险点。", "除上述以外的均为三级风险点。",
                              "未涉及上述内容的为三级风险点。"]):  # fmt: skip
        got = run(tmp_path / str(i), [*rows, [head + rest]], ["A1:F1", "A7:F7"])
        levels = {p: lv for _t, _n, p, lv in read(got)}
        assert levels == {
            "公务接待超标准": "Ⅲ级",
            "挪用备用资金": "Ⅰ级",
            "政府采购化整为零": "Ⅰ级",
            "干部考核打人情分": "Ⅱ级",
        }, rest
        assert "其余=Ⅲ级(1个)" in said(got, "LEVEL_BY_POINT_WORDS")
        assert "LEVEL_BLANK" not in codes(got)
