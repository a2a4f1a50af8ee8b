"""A column asking whether the row applies to this post, answered by a tick ('本岗位涉及（打√）',
'本岗位是否涉及' over '√' and blanks) or by words ('是/否'): the rows answered no or left
unticked are not the holder's points, said once a table (ROWS_NOT_APPLYING); the column names no
post, though its heading holds the word 岗位 (it was read as the post, each form's post '√').

Found by a review of batch 664's rule (a 派出所's card); written here as a 县水利局 办公室主任's
self-check, a 乡镇卫生院's list and a 供销社's list, other words for the question and the tick.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(tmp_path: Path, rows: list[list[str]], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "自查表.xlsx", {"自查表": rows}, {"自查表": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def _codes(got, code: str) -> list[tuple[str, str]]:
    i = got.issues
    i = i[i["code"] == code]
    return list(zip(i["cell"], i["message"], strict=True))


def _card(question: str, ticks: list[str]) -> list[list[str]]:
    points = [
        ("公务接待超标准、超范围", "二级", "严格执行接待审批单制度"),
        ("公务用车私用、违规加油", "三级", "车辆统一调度，油卡专人管理"),
        ("办公用品采购中收受回扣", "一级", "纳入政府集中采购"),
        ("印章管理不严、违规用印", "二级", "用印登记，双人在场"),
    ]
    return [
        ["某县水利局办公室主任岗位廉政风险点自查表"],
        ["姓名", "郦霁岚", "岗位", "办公室主任"],
        ["序号", "风险点", "风险等级", question, "防控措施"],
        *[
            [str(i), p, lv, t, m]
            for i, ((p, lv, m), t) in enumerate(zip(points, ticks, strict=True), 1)
        ],
    ]


def test_rows_left_unticked_under_a_tick_question_are_no_points(tmp_path):
    got = _collect(tmp_path, _card("本岗位涉及（打√）", ["√", "√", "", "√"]), ["A1:E1"])
    assert _read(got) == sorted([
        ("主任", "郦霁岚", "公务接待超标准、超范围", "Ⅱ级"),
        ("主任", "郦霁岚", "公务用车私用、违规加油", "Ⅲ级"),
        ("主任", "郦霁岚", "印章管理不严、违规用印", "Ⅱ级"),
    ])  # fmt: skip
    said = _codes(got, "ROWS_NOT_APPLYING")
    assert [c for c, _m in said] == ["D6"] and "1 行" in said[0][1], said
    assert not _codes(got, "COLUMN_GUESSED")


def test_a_whether_question_with_checkmarks_and_blanks(tmp_path):
    got = _collect(tmp_path, _card("本岗位是否涉及", ["", "✓", "", "✓"]), ["A1:E1"])
    assert [p for _t, _n, p, _l in _read(got)] == [
        "公务用车私用、违规加油",
        "印章管理不严、违规用印",
    ]
    assert {t for t, *_ in _read(got)} == {"主任"}  # (not '✓')
    assert [c for c, _m in _codes(got, "ROWS_NOT_APPLYING")] == ["D4"]


def test_answered_no_in_words_is_said_too(tmp_path):
    got = _collect(tmp_path, _card("是否涉及该风险点", ["是", "否", "不涉及", "是"]), ["A1:E1"])
    assert [p for _t, _n, p, _l in _read(got)] == [
        "公务接待超标准、超范围",
        "印章管理不严、违规用印",
    ]
    said = _codes(got, "ROWS_NOT_APPLYING")
    assert [c for c, _m in said] == ["D5"] and "2 行" in said[0][1], said


def test_every_row_ticked_keeps_every_point_and_names_no_post(tmp_path):
    got = _collect(tmp_path, _card("涉及本岗位（请打“√”）", ["√"] * 4), ["A1:E1"])
    assert len(_read(got)) == 4 and {t for t, *_ in _read(got)} == {"主任"}
    assert not _codes(got, "ROWS_NOT_APPLYING") and not _codes(got, "COLUMN_GUESSED")


def test_a_list_whose_answer_column_is_another_question_keeps_its_rows(tmp_path):
    # '是否涉及“三重一大”事项' asks something else: its blank rows stand
    rows = [
        ["某镇卫生院廉政风险点一览表"],
        ["科室", "岗位", "姓名", "廉政风险点", "风险等级", "是否涉及“三重一大”事项（打√）"],
        ["院办", "院长", "满骁沨", "大额资金使用不经集体研究", "高", "√"],
        ["院办", "院长", "满骁沨", "干部选拔任用中优亲厚友", "中", ""],
        ["药剂科", "药剂科主任", "郜湉岚", "药品验收把关不严", "中", ""],
    ]
    got = _collect(tmp_path, rows, ["A1:F1"])
    assert len(_read(got)) == 3
    assert not _codes(got, "ROWS_NOT_APPLYING")


def test_a_column_naming_the_posts_involved_is_no_answer(tmp_path):
    # '涉及岗位' names posts: a column of its own, not a tick question
    rows = [
        ["某供销社廉政风险防控一览表"],
        ["序号", "廉政风险点", "涉及岗位", "责任人", "风险等级"],
        ["1", "农资采购中以次充好", "采购员", "仉沐霖", "一级"],
        ["2", "收购中压级压价", "收购员", "郗湛然", "二级"],
        ["3", "库存盘点弄虚作假", "保管员", "仉澈岚", "二级"],
    ]
    got = _collect(tmp_path, rows, ["A1:E1"])
    assert len(_read(got)) == 3 and not _codes(got, "ROWS_NOT_APPLYING")


def test_the_code_is_catalogued():
    assert "ROWS_NOT_APPLYING" in CATALOGUE and "ROWS_NOT_APPLYING" in SHORT
