"""Levels given only as a yes/no FLAG: a table with no level column, a column asking of each
point whether it is a key (high) one — '是否重点风险点（是/否）', '重点风险（√/×）', '是否关键风险
(Y/N)', '是否属于重点风险点（填是或否）' — the answers offered in the heading or not, and a note under the table
saying what each answer is ('填“是”的为一级，填“否”的为二级'). The column is the level: each
answer takes the level the note gives it (one info LEVEL_BY_QUESTION naming the column), a
column of ticks (√ and blanks) answering 否 where blank; the flags are no duty and no point.

The choice where NO note says what the answers are: a coordinator would rather see the levels
guessed with a warning than all blank, so a question of a KEY point (重点/关键/主要: two tiers,
key or not) reads 是 as Ⅰ级 and 否 as Ⅱ级, said as a warning naming the column
(LEVEL_BY_QUESTION_GUESSED); a question naming a grade ('是否重大风险') keeps its old reading
(是 that grade, 否 left as written, tests/test_columns.py).

Near-misses an ordinary file has, read as before: '是否重点岗位' asks about the POST (no level);
'是否已整改' / '是否落实（是/否）' ask whether a thing is done (no level).

Not the published batch's table (a 粮食收储有限公司, 部门 | 岗位 | 姓名 | 廉政风险点 |
是否重点风险点（是/否） | 防控措施, 是→一级 否→二级): a county 卫生健康委员会, a 交通运输局 and a
自来水公司, other posts and names, the flag column before the point or last, Ⅰ级/高风险/一级 words
in the notes, ticks, Y/N — written with xlsxwriter (and once as an .ods copy, tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", {"Sheet1": rows})
    else:
        write_workbook(inbox / "t.xlsx", {"Sheet1": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


# 县卫生健康委员会: the flag column BEFORE the point, '是否属于重点风险点（填是或否）', a note in
# Ⅰ/Ⅱ级 words
HEALTH = [
    ["XX县卫生健康委员会廉政风险点排查一览表"],
    ["序号", "科室", "职务", "责任人", "是否属于重点风险点（填是或否）", "风险点", "防控措施"],
    [1, "委领导", "主任", "褚望舒", "是", "医疗机构设置审批打招呼", "审批事项集体研究。"],
    [2, "医政股", "股长", "隗清禾", "否", "医师资格审核把关不严", "资格审核双人复核。"],
    [3, "财务股", "会计", "钭若渝", "是", "专项资金拨付不按进度", "资金拨付分管领导审签。"],
    ["注：“是否属于重点风险点”一栏填“是”的为Ⅰ级风险，填“否”的为Ⅱ级风险。"],
]  # fmt: skip

# 县交通运输局: '重点风险（√/×）' last, ticks and blanks, a note in 高/中 words
TRANSPORT = [
    ["XX县交通运输局岗位廉政风险防控清单"],
    ["股室", "岗位", "姓名", "廉政风险点", "防控措施", "重点风险（√/×）"],
    ["工程股", "股长", "蒯乐安", "工程变更签证虚报工程量", "变更签证三方现场核量。", "√"],
    ["运管所", "稽查员", "蒯乐安", "路政执法以罚代管", "执法全程记录仪记录。", None],
    ["办公室", "文秘", "戚映雪", "公务用车私用", "用车登记定位管理。", None],
    ["说明：打“√”的为高风险，未打的为中风险。"],
]  # fmt: skip

# 县自来水公司: '是否关键风险(Y/N)', Y/N answers, a note saying what each is
WATER = [
    ["XX县自来水有限公司廉政风险点一览表"],
    ["部门", "岗位", "姓名", "风险点", "是否关键风险(Y/N)", "防控措施"],
    ["营业部", "抄表员", "厍雨桐", "抄表数据人情估抄", "Y", "抄表数据系统比对。"],
    ["营业部", "收费员", "厍雨桐", "收费截留挪用", "N", "收费日清日结。"],
    ["管网部", "维修工", "甘知远", "维修材料虚报冒领", "Y", "材料领用签字登记。"],
    ["注：填Y的为一级风险点，填N的为三级风险点。"],
]  # fmt: skip


def test_a_flag_column_read_by_the_note(tmp_path):
    got = run(tmp_path / "health", HEALTH)
    assert read(got) == [
        ("褚望舒", "医疗机构设置审批打招呼", "Ⅰ级"),
        ("隗清禾", "医师资格审核把关不严", "Ⅱ级"),
        ("钭若渝", "专项资金拨付不按进度", "Ⅰ级"),
    ]
    assert codes(got).count("LEVEL_BY_QUESTION") == 1
    assert "LEVEL_BLANK" not in codes(got)
    # the flags are no duty
    assert not set(got.risks.get("duty", [])) & {"是", "否"}


def test_a_flag_column_in_an_ods_copy(tmp_path):
    # the same list re-saved by LibreOffice: read alike
    got = run(tmp_path / "ods", HEALTH, ods=True)
    assert [lv for _p, _r, lv in read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅰ级"]
    assert codes(got).count("LEVEL_BY_QUESTION") == 1


def test_ticks_and_blanks_read_by_the_note(tmp_path):
    got = run(tmp_path / "transport", TRANSPORT)
    assert read(got) == [
        ("蒯乐安", "工程变更签证虚报工程量", "Ⅰ级"),
        ("蒯乐安", "路政执法以罚代管", "Ⅱ级"),
        ("戚映雪", "公务用车私用", "Ⅱ级"),
    ]
    assert codes(got).count("LEVEL_BY_QUESTION") == 1 and "LEVEL_BLANK" not in codes(got)


def test_yes_no_letters_read_by_the_note(tmp_path):
    got = run(tmp_path / "water", WATER)
    assert [lv for _p, _r, lv in read(got)] == ["Ⅰ级", "Ⅲ级", "Ⅰ级"]
    assert "LEVEL_BY_QUESTION" in codes(got)


def test_no_note_guessed_with_a_warning(tmp_path):
    rows = [r[:] for r in HEALTH[:-1]]
    rows[1][4] = "是否重点风险点"
    got = run(tmp_path / "bare", rows)
    assert [lv for _p, _r, lv in read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅰ级"]
    issues = got.issues[got.issues["code"] == "LEVEL_BY_QUESTION_GUESSED"]
    assert len(issues) == 1 and issues["severity"].tolist() == ["warning"]
    assert "是否重点风险点" in issues["message"].iloc[0]
    assert "LEVEL_BLANK" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["LEVEL_BY_QUESTION_GUESSED"][0] == "warning"
    assert "LEVEL_BY_QUESTION_GUESSED" in SHORT


def test_a_key_post_column_is_no_level(tmp_path):
    # '是否重点岗位' asks about the post: no level read from it, the table as before
    rows = [r[:] for r in HEALTH[:-1]]
    rows[1][4] = "是否重点岗位"
    got = run(tmp_path / "post", rows)
    assert [lv for _p, _r, lv in read(got)] == ["", "", ""]
    assert not {"LEVEL_BY_QUESTION", "LEVEL_BY_QUESTION_GUESSED"} & set(codes(got))


def test_a_done_column_is_no_level(tmp_path):
    # '是否落实（是/否）' and '是否已整改' ask whether a thing is done, beside a level column
    for i, head in enumerate(("是否落实（是/否）", "是否已整改")):
        rows = [r[:] for r in TRANSPORT[:-1]]
        rows[1][5] = head
        rows[1].append("风险等级")
        for r, (answer, level) in zip(
            rows[2:], (("是", "高"), ("否", "中"), ("是", "低")), strict=True
        ):
            r[5:] = [answer, level]
        got = run(tmp_path / f"done{i}", rows)
        assert [lv for _p, _r, lv in read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"], head
        assert not {"LEVEL_BY_QUESTION", "LEVEL_BY_QUESTION_GUESSED"} & set(codes(got))


def test_what_the_hundred_and_twenty_ninth_review_found_a_flag_beside_the_level_no_noise(tmp_path):
    """An ordinary list with its own 风险等级 column and a key-point flag beside it ('是否重点',
    '是否重点风险点（是/否）'): the level is the level column's, the flag no column of ours — read
    as before the rule, with no info that the flag column was 'judged by its contents as 其他'
    (COLUMN_GUESSED, new on such lists once the widened question made the flag a level heading)."""
    for i, head in enumerate(("是否重点", "是否重点风险点（是/否）", "重点风险（√/×）")):
        rows = [r[:] for r in HEALTH[:-1]]
        rows[1][4] = head
        rows[1].insert(6, "风险等级")
        for r, level in zip(rows[2:], ("三级", "二级", "一级"), strict=True):
            r.insert(6, level)
        got = run(tmp_path / f"beside{i}", rows)
        assert [lv for _p, _r, lv in read(got)] == ["Ⅲ级", "Ⅱ级", "Ⅰ级"], head
        assert "COLUMN_GUESSED" not in codes(got), head
        assert not {"LEVEL_BY_QUESTION", "LEVEL_BY_QUESTION_GUESSED"} & set(codes(got))


def test_what_the_hundred_and_twenty_ninth_review_found_a_note_giving_only_the_yes_level(tmp_path):
    """'注：风险等级分为高、中、低三级，“是否重点风险点”一栏填“是”的为高风险。' under a key-point flag
    column: the note says what 是 is and not 否. With no note at all 否 is guessed Ⅱ级 (key or
    not: two tiers); with this note 否 was left as written, an error (LEVEL_UNKNOWN '否') on
    every non-key point — more said, worse read. The judgement: a question of a KEY point whose
    note gives only 是's level reads 否 as the level next below it, said as the guessed warning
    (LEVEL_BY_QUESTION_GUESSED naming both); a question naming a grade ('是否重大风险') keeps
    否 as written (tests/test_columns.py)."""
    rows = [r[:] for r in HEALTH[:-1]]
    rows[1][4] = "是否重点风险点"
    rows.append(["注：风险等级分为高、中、低三级，“是否重点风险点”一栏填“是”的为高风险。"])
    got = run(tmp_path / "yes_only", rows)
    assert [lv for _p, _r, lv in read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅰ级"]
    assert "LEVEL_UNKNOWN" not in codes(got) and "LEVEL_BLANK" not in codes(got)
    issues = got.issues[got.issues["code"] == "LEVEL_BY_QUESTION_GUESSED"]
    assert len(issues) == 1 and "是=高" in issues["message"].iloc[0], issues["message"].tolist()
