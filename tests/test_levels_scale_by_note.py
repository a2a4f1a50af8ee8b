"""A level column of exactly three words that a note under the table (or the level heading)
lists in order as the table's scale ('由高到低依次为特别重大、重大、较大', '由低到高分为一级、二级、
三级，三级风险最高'): the words read Ⅰ/Ⅱ/Ⅲ级 in the note's order, even a word that alone means
another grade (重大 is Ⅰ级 alone, the middle here), with one info ``LEVEL_SCALE_BY_NOTE``.

Not the published batch's list (a 红枣产业发展办公室 with 特级/一级/二级 and a closing 注： line):
a 县应急管理局's 排查表 on the 特别重大/重大/较大 scale, a 县粮食和物资储备局's 清单 under two
heading rows on a 特等/一等/二等 scale its note lists from the lowest up, a 县气象局's 一览表 with post and name in
two heading rows' columns and the scale in the level heading (极高＞高＞中); other posts, names and
words, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
Tables that look a bit alike read as before: a note keeping the usual meaning ('一级为最高风险'),
a note naming the words in no order it says, a four-word scale on the three levels.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheet: str, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


EMERGENCY = [
    ["XX县应急管理局岗位廉政风险排查表"],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "执法监察股", "股长", "贲若谷", "危化品企业执法检查走过场、以罚代管", "特别重大", "执法全过程记录，案卷集体评查。"],
    [2, "执法监察股", "股长", "贲若谷", "接受被检查企业宴请", "重大", "执法人员签订廉洁承诺。"],
    [3, "执法监察股", "执法员", "冼砚秋", "隐瞒安全隐患不报", "较大", "隐患台账双人复核。"],
    [4, "救灾物资股", "股长", "宓恒舟", "救灾物资发放优亲厚友", "特别重大", "发放名单村组公示。"],
    [5, "救灾物资股", "股长", "宓恒舟", "物资入库验收把关不严", "较大", "验收三人签字。"],
    ["注：风险等级由高到低依次为特别重大、重大、较大。"],
]  # fmt: skip


EMERGENCY_MERGES = ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B6:B7", "C6:C7", "D6:D7", "A8:G8"]


def _emergency():
    return [list(r) for r in EMERGENCY], EMERGENCY_MERGES


def test_a_note_ordering_special_major_larger_reads_major_as_the_middle(tmp_path):
    rows, merges = _emergency()
    got = run(tmp_path, "排查表", rows, merges)
    assert read(got) == sorted([
        ("股长", "贲若谷", "危化品企业执法检查走过场、以罚代管", "Ⅰ级"),
        ("股长", "贲若谷", "接受被检查企业宴请", "Ⅱ级"),
        ("执法员", "冼砚秋", "隐瞒安全隐患不报", "Ⅲ级"),
        ("股长", "宓恒舟", "救灾物资发放优亲厚友", "Ⅰ级"),
        ("股长", "宓恒舟", "物资入库验收把关不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "LEVEL_SCALE_BY_NOTE"]
    assert len(said) == 1, got.issues.to_dict("records")
    assert "重大=Ⅱ级" in said["message"].iloc[0]


GRAIN = [
    ["XX县粮食和物资储备局廉政风险防控清单"],
    ["责任主体", None, None, "风险识别", None, "防控措施", "备注"],
    ["科室", "岗位", "姓名", "风险点", "风险等级", None, None],
    ["仓储科", "科长", "亓鹤年", "轮换粮出库数量不实，虚报损耗", "三级", "出库过磅双人监磅。", ""],
    ["仓储科", "科长", "亓鹤年", "粮库维修项目指定施工单位", "二级", "项目公开比选。", "重点"],
    ["仓储科", "保管员", "郜晚晴", "收购中压级压价、克扣农户", "一级", "收购价格上墙公示。", ""],
    ["财务科", "出纳", "濮澄溪", "储备粮利息补贴挪作他用", "三级", "补贴专户核算。", ""],
    ["注：一级为最高风险，三级为最低风险。"],
]  # fmt: skip
GRAIN_MERGES = ["A1:G1", "A2:C2", "D2:E2", "F2:F3", "G2:G3", "A4:A5", "B4:B5", "C4:C5", "A8:G8"]


def test_two_heading_rows_and_a_note_listing_its_words_from_low_to_high(tmp_path):
    """'特等/一等/二等' (as a grain's grades) listed from the lowest up, '特等' the highest."""
    rows = [list(r) for r in GRAIN]
    for r in rows[3:7]:
        r[4] = {"三级": "特等", "二级": "一等", "一级": "二等"}[r[4]]
    rows[-1] = ["注：本表风险等级由低到高分为二等、一等、特等，特等风险最高。"]
    got = run(tmp_path, "清单", rows, GRAIN_MERGES)
    assert read(got) == sorted([
        ("科长", "亓鹤年", "轮换粮出库数量不实，虚报损耗", "Ⅰ级"),
        ("科长", "亓鹤年", "粮库维修项目指定施工单位", "Ⅱ级"),
        ("保管员", "郜晚晴", "收购中压级压价、克扣农户", "Ⅲ级"),
        ("出纳", "濮澄溪", "储备粮利息补贴挪作他用", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_SCALE_BY_NOTE" in codes(got)


WEATHER = [
    ["XX县气象局岗位廉政风险点一览表"],
    ["岗位", "姓名", "风险点", "风险等级（极高＞高＞中）", "防控措施"],
    ["局长", "司空砚", "人工影响天气作业经费审批把关不严", "极高", "经费支出局务会集体研究。"],
    ["局长", "司空砚", "防雷装置设计审核违规干预", "高", "审核结果网上公开。"],
    ["观测员", "仉望舒", "观测数据弄虚作假", "中", "数据自动上传，异常追溯。"],
    ["办公室主任", "钭云起", "办公用品采购不比价", "高", "三家比价，集中采购。"],
]  # fmt: skip


def test_the_level_heading_orders_very_high_high_middle(tmp_path):
    got = run(tmp_path, "一览表", WEATHER, ["A1:E1"])
    assert read(got) == sorted([
        ("局长", "司空砚", "人工影响天气作业经费审批把关不严", "Ⅰ级"),
        ("局长", "司空砚", "防雷装置设计审核违规干预", "Ⅱ级"),
        ("观测员", "仉望舒", "观测数据弄虚作假", "Ⅲ级"),
        ("办公室主任", "钭云起", "办公用品采购不比价", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_SCALE_BY_NOTE" in codes(got)


def test_a_note_keeping_the_usual_meaning_reads_as_before(tmp_path):
    rows = [list(r) for r in GRAIN]
    rows[-1] = ["注：一级为最高风险，三级为最低风险；特级粮库的风险点按一级管理。"]
    assert rows[-1] != GRAIN[-1]
    rows[6][3] = "特级粮库轮换计划泄露"
    got = run(tmp_path, "清单", rows, GRAIN_MERGES)
    assert read(got) == sorted([
        ("科长", "亓鹤年", "轮换粮出库数量不实，虚报损耗", "Ⅲ级"),
        ("科长", "亓鹤年", "粮库维修项目指定施工单位", "Ⅱ级"),
        ("保管员", "郜晚晴", "收购中压级压价、克扣农户", "Ⅰ级"),
        ("出纳", "濮澄溪", "特级粮库轮换计划泄露", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_SCALE_BY_NOTE" not in codes(got)


def test_a_note_naming_the_words_in_no_order_reads_as_before(tmp_path):
    rows, merges = _emergency()
    rows = [
        [{"特别重大": "重大", "重大": "较大", "较大": "一般"}.get(v, v) for v in r] for r in rows
    ]
    rows[-1] = ["注：较大、重大、一般风险点均须明确分管领导，报纪检组备案。"]
    got = run(tmp_path, "排查表", rows, merges)
    assert read(got) == sorted([
        ("股长", "贲若谷", "危化品企业执法检查走过场、以罚代管", "Ⅰ级"),
        ("股长", "贲若谷", "接受被检查企业宴请", "Ⅱ级"),
        ("执法员", "冼砚秋", "隐瞒安全隐患不报", "Ⅲ级"),
        ("股长", "宓恒舟", "救灾物资发放优亲厚友", "Ⅰ级"),
        ("股长", "宓恒舟", "物资入库验收把关不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_SCALE_BY_NOTE" not in codes(got)


def test_a_four_word_scale_is_left_to_the_rule_for_extra_levels(tmp_path):
    rows = [list(r) for r in GRAIN]
    rows[3][4] = "特级"
    rows[-1] = ["注：本表风险等级分为特级、一级、二级、三级四档，特级最高。"]
    got = run(tmp_path, "清单", rows, GRAIN_MERGES)
    assert "LEVEL_SCALE_BY_NOTE" not in codes(got)


def _grain_words(words: tuple[str, str, str], note: str) -> list[list]:
    rows = [list(r) for r in GRAIN]
    for r, w in zip(rows[3:7], (*words, words[0]), strict=True):
        r[4] = w
    rows[-1] = [note]
    return rows


def test_what_the_hundred_and_twenty_seventh_review_found_plain_words_are_not_reordered(tmp_path):
    """'分为低、中、高三档' lists the scale from the bottom: 高 stays Ⅰ级, 低 Ⅲ级; so for
    一般/较大/重大 — a word whose meaning is plain moves only by a note saying which end is
    highest, never by a listed order alone (review 127, finding 1)."""
    for words, note in (
        (("低", "中", "高"), "注：风险等级分为低、中、高三档。"),
        (("一般", "较大", "重大"), "注：风险等级分为一般、较大、重大三个等级。"),
    ):
        got = run(tmp_path / words[0], "清单", _grain_words(words, note), GRAIN_MERGES)
        assert read(got) == sorted([
            ("科长", "亓鹤年", "轮换粮出库数量不实，虚报损耗", "Ⅲ级"),
            ("科长", "亓鹤年", "粮库维修项目指定施工单位", "Ⅱ级"),
            ("保管员", "郜晚晴", "收购中压级压价、克扣农户", "Ⅰ级"),
            ("出纳", "濮澄溪", "储备粮利息补贴挪作他用", "Ⅲ级"),
        ]), note  # fmt: skip
        no_errors(got)
        assert "LEVEL_SCALE_BY_NOTE" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_grades_named_in_reverse_keep_their_meaning(
    tmp_path,
):
    """Notes that only mention 三级、二级、一级 in reverse (who watches which, the checks, the
    rows' order '由低到高排列') say nothing of which is highest: 一级 stays Ⅰ级 (finding 2)."""
    for i, note in enumerate((
        "注：三级、二级、一级风险点依次由股室负责人、分管领导、局长负责监控。",
        "注：风险分为三级、二级、一级，分别对应季度、半年、年度检查。",
        "注：本表按风险由低到高排列，一级、二级、三级风险分别由股室、分管领导、主要领导监控。",
        "注：本表按风险由低到高排列，一级、二级、三级风险由股室、分管领导、主要领导监控。",
    )):  # fmt: skip
        rows = _grain_words(("一级", "二级", "三级"), note)
        got = run(tmp_path / str(i), "清单", rows, GRAIN_MERGES)
        assert read(got) == sorted([
            ("科长", "亓鹤年", "轮换粮出库数量不实，虚报损耗", "Ⅰ级"),
            ("科长", "亓鹤年", "粮库维修项目指定施工单位", "Ⅱ级"),
            ("保管员", "郜晚晴", "收购中压级压价、克扣农户", "Ⅲ级"),
            ("出纳", "濮澄溪", "储备粮利息补贴挪作他用", "Ⅰ级"),
        ]), note  # fmt: skip
        no_errors(got)
        assert "LEVEL_SCALE_BY_NOTE" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_stated_top_still_moves_plain_words(
    tmp_path,
):
    """The rule still reads a scale whose top a note states ('三级风险最高')."""
    rows = _grain_words(
        ("一级", "二级", "三级"), "注：风险由低到高分为一级、二级、三级，三级风险最高。"
    )
    got = run(tmp_path, "清单", rows, GRAIN_MERGES)
    assert read(got) == sorted([
        ("科长", "亓鹤年", "轮换粮出库数量不实，虚报损耗", "Ⅲ级"),
        ("科长", "亓鹤年", "粮库维修项目指定施工单位", "Ⅱ级"),
        ("保管员", "郜晚晴", "收购中压级压价、克扣农户", "Ⅰ级"),
        ("出纳", "濮澄溪", "储备粮利息补贴挪作他用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_the_stated_top_letter_or_grade(tmp_path):
    """Letter grades whose note names the top ('分A、B、C三级，C级最高', 'A级、B级、C级，其中C级为
    最高风险等级', values A/B/C or A级/B级/C级 either way round) and a heading naming 三级 the
    highest ('风险等级（三级为最高）'): the stated top is Ⅰ级 (C=Ⅰ, B=Ⅱ, A=Ⅲ; 三级=Ⅰ, 一级=Ⅲ); a
    note keeping A the highest reads A=Ⅰ (review 127g, finding 6)."""
    body = [
        [1, "办公室", "主任", "张伟", "公车私用", "一级", "派车审批"],
        [2, "财务股", "股长", "李娜", "报销审核不严", "二级", "双人复核"],
        [3, "财务股", "会计", "王芳", "票据保管不善", "三级", "专人保管"],
    ]  # fmt: skip
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    up = sorted([
        ("主任", "张伟", "公车私用", "Ⅲ级"),
        ("股长", "李娜", "报销审核不严", "Ⅱ级"),
        ("会计", "王芳", "票据保管不善", "Ⅰ级"),
    ])  # fmt: skip
    down = sorted([
        ("主任", "张伟", "公车私用", "Ⅰ级"),
        ("股长", "李娜", "报销审核不严", "Ⅱ级"),
        ("会计", "王芳", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip
    for i, (note, values, want) in enumerate((
        ("注：风险等级分A、B、C三级，C级最高。", ("A", "B", "C"), up),
        ("注：风险等级分A、B、C三级，C级为最高。", ("A", "B", "C"), up),
        ("注：风险等级分为A级、B级、C级，其中C级为最高风险等级。", ("A", "B", "C"), up),
        ("注：风险等级分A、B、C三级，C级最高。", ("A级", "B级", "C级"), up),
        ("注：风险等级分A、B、C三级，A级最高。", ("A", "B", "C"), down),
    )):  # fmt: skip
        rows = [["XX局岗位风险表"], head]
        rows += [[*r[:5], v, *r[6:]] for r, v in zip(body, values, strict=True)]
        rows.append([note])
        got = run(tmp_path / str(i), "S", rows, [])
        assert read(got) == want, note
        assert "LEVEL_SCALE_BY_NOTE" in codes(got) and "LEVEL_UNKNOWN" not in codes(got), note
    rows = [["XX局岗位风险表"], [*head[:5], "风险等级（三级为最高）", head[6]], *body]
    got = run(tmp_path / "head", "S", rows, [])
    assert read(got) == up
    assert "LEVEL_SCALE_BY_NOTE" in codes(got)
    rows = [["XX局岗位风险表"], [*head[:5], "风险等级（一级为最高）", head[6]], *body]
    got = run(tmp_path / "usual", "S", rows, [])
    assert read(got) == down
    assert "LEVEL_SCALE_BY_NOTE" not in codes(got)


def test_our_own_form_mixing_level_words_keeps_their_meaning(tmp_path):
    """The round-trip test found it: our own template filled with '高', 'Ⅲ级', 'Ⅰ级' in one column had
    '高' re-graded Ⅱ级 by the template's own instructions read as a scale note; on our form the
    instructions define the words, so no note re-grades them."""
    from xlproc.collect import collect_inbox
    from xlproc.fill import Entry, fill_workbook
    from xlproc.roster import Person
    from xlproc.templates import build_outbox

    people = [Person(unit="测试局", department="办公室", person="人员0", title="科员", tier="middle",
                     duty="", row=2)]  # fmt: skip
    rows = [
        {"duty": "0", "workflow": "0", "risk_point": "0", "risk_type": t, "risk_level": lv,
         "measures": "0"}
        for t, lv in (("岗位职责", "高"), ("岗位职责", "Ⅲ级"), ("制度机制风险", "Ⅰ级"))
    ]  # fmt: skip
    outbox, inbox = tmp_path / "out", tmp_path / "inbox"
    for src in build_outbox(people, outbox):
        fill_workbook(
            src, inbox / src.relative_to(outbox), {"人员0": Entry(rows=rows, major_rows=[])}
        )
    res = collect_inbox([inbox], jobs=1)
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅰ级"]
    assert "LEVEL_SCALE_BY_NOTE" not in set(res.issues["code"])
