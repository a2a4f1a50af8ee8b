"""A line typed to rule a table ('------' in every cell, '======', '________') is no risk point and
no issue: staff type them between one 科室's rows and the next's, or under a title, where a border
would have done. A row with anything else written stays a row (a point whose cells hold a dash
placeholder, a numbered row of dashes, the `——` of 无)."""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def _read(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _points(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def test_rule_lines_between_and_around_rows_are_no_rows(tmp_path):
    rows = [
        ["某县市场监督管理局岗位廉政风险排查表"],
        ["=" * 20],
        HEAD,
        [1, "登记注册股", "股长", "荣翊", "登记审查中放宽条件", "高", "双人审核"],
        ["-" * 8] * 7,
        [2, "执法稽查股", "股长", "督沅", "查处案件中以罚代刑", "中", "集体审议"],
        ["＿" * 6, "＿" * 6, "", "", "＿" * 10, "", ""],
        [3, "办公室", "主任", "荣澈", "公务接待超标准", "低", "严格审批"],
        ["_" * 30],
    ]
    got = _read(tmp_path, rows)
    assert _points(got) == [
        ("荣翊", "登记审查中放宽条件", "Ⅰ级"),
        ("督沅", "查处案件中以罚代刑", "Ⅱ级"),
        ("荣澈", "公务接待超标准", "Ⅲ级"),
    ]
    assert set(got.issues["code"]) <= {"TABLE_NO_TYPE"}, got.issues[["code", "cell"]]


def test_a_row_with_words_beside_its_dashes_stays_a_row(tmp_path):
    rows = [
        HEAD,
        [1, "财务股", "会计", "督澜", "报销审核不严", "高", "------"],
        [2, "财务股", "出纳", "荣溪", "------", "中", "日清月结"],
    ]
    got = _read(tmp_path, rows)
    points = _points(got)
    assert ("督澜", "报销审核不严", "Ⅰ级") in points
    assert len(points) == 2  # (the dashed point cell stays a row: reported, not dropped)


def test_a_cut_line_glued_to_the_next_cards_title_is_no_part_of_its_unit(tmp_path):
    def card(name: str, post: str, point: str) -> list[list]:
        return [["姓名", name, "职务", post], ["序号", "风险点", "风险等级", "防控措施"],
                [1, point, "一级", "集体研究"]]  # fmt: skip

    rows = [
        ["某县妇幼保健院岗位廉政风险防控卡"],
        *card("督沄", "院长", "设备采购中收受回扣"),
        ["------------某县妇幼保健院岗位廉政风险防控卡"],
        *card("荣泠", "副院长", "药品验收把关不严"),
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "cards.xlsx", {"防控卡": rows})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert set(got.posts["unit"]) == {"某县妇幼保健院"}
    assert sorted(got.posts["person"]) == sorted(["荣泠", "督沄"])
    assert "TEXT_FORMULA_LIKE" not in set(got.issues["code"])


def test_what_the_hundred_and_twenty_ninth_review_found_a_row_of_ellipses_or_short_dashes(tmp_path):
    """A row of marks alone in every cell, each shorter than a rule ('……' closing the rows of a
    list as 'and so on', '——' typed across a row for 无): no word anywhere in it, so no row. It had
    been read as a point '……' held by '……' (LEVEL_UNKNOWN). A row with a word beside such marks
    (a numbered row, a holder's name) stays a row, as before."""
    rows = [
        ["某县市场监督管理局岗位廉政风险排查表"],
        HEAD,
        [1, "登记注册股", "股长", "荣翊", "登记审查中放宽条件", "高", "双人审核"],
        [2, "执法稽查股", "股长", "督沅", "查处案件中以罚代刑", "中", "集体审议"],
        ["——"] * 7,
        ["……"] * 7,
        [3, "办公室", "主任", "荣澈", "公务接待超标准", "低", "……"],
    ]
    got = _read(tmp_path, rows)
    assert _points(got) == [
        ("荣翊", "登记审查中放宽条件", "Ⅰ级"),
        ("督沅", "查处案件中以罚代刑", "Ⅱ级"),
        ("荣澈", "公务接待超标准", "Ⅲ级"),
    ]
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])


def test_what_the_hundred_and_twenty_ninth_review_found_a_numbered_row_of_placeholders(tmp_path):
    """A blank form's numbered rows left with their placeholders ('2 | …… | …… | ……', '3 | —— |
    —— | ——') under the filled rows are no rows: each had been read as a point '……' held by '……'
    (LEVEL_UNKNOWN). Only the number and marks: a numbered row with a holder's name or any word
    beside its dashes stays a row, as before."""
    rows = [
        ["某县市场监督管理局岗位廉政风险排查表"],
        HEAD,
        [1, "登记注册股", "股长", "荣翊", "登记审查中放宽条件", "高", "双人审核"],
        [2, "……", "……", "……", "……", "……", "……"],
        [3, "——", "——", "——", "——", "——", "——"],
        [4, "…", "…", "", "…", "", ""],
    ]
    got = _read(tmp_path, rows)
    assert _points(got) == [("荣翊", "登记审查中放宽条件", "Ⅰ级")]
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])


def test_what_the_hundred_and_twenty_ninth_review_found_a_title_set_off_by_a_short_dash(tmp_path):
    """A title set off by a Chinese dash of two marks ('——某县林业局——岗位廉政风险排查表',
    '==某县林业局岗位廉政风险排查表==') names its unit without the marks: the unit had been
    '——某县林业局' (and '==某县林业局' warned TEXT_FORMULA_LIKE), only a run of three or more
    marks taken off before."""
    for n, title in enumerate(
        ["——某县林业局——岗位廉政风险排查表", "==某县林业局岗位廉政风险排查表=="]
    ):
        got = _read(tmp_path / str(n), [
            [title], HEAD, [1, "资源股", "股长", "督沅", "林木采伐审批把关不严", "高", "集体审议"],
        ])  # fmt: skip
        assert set(got.posts["unit"]) == {"某县林业局"}, title
        assert "TEXT_FORMULA_LIKE" not in set(got.issues["code"])
