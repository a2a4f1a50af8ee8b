"""A level column of short codes (digits, letters) whose OWN HEADING keys each code to a level word in
its brackets (``风险等级（1=低，2=中，3=高）``, ``风险级别（高3 中2 低1）``, ``风险程度(C—高 B—中 A—低)``),
with no note under the table: each cell reads as the key says — ``3`` 一级 where 3=高, though a
digit alone is its own grade — said once at the heading (info LEVEL_BY_HEADING_KEY); a cell whose code
the key lacks keeps no level, warned at it (LEVEL_HEADING_KEY_UNMATCHED). Before, ``3`` was read
三级 and ``1`` 一级 (and ``C`` not at all), without a word.

Not the published batch's file (batch984: a 县茶产业发展中心's 一览表, ``风险等级（1=低，2=中，3=高）`` over
``3/2/1``): a 县卫生健康局's 清单 under ``风险级别（高3 中2 低1）``, a 县人民医院's 防控卡 one sheet a person
with ``风险等级（1分低 2分中 3分高）`` over ``3分/2分/1分``, a 县水务局's list of letters under
``风险程度(C—高 B—中 A—低)``, and a code the key lacks. Near-misses, read as before: a key that keeps
the usual reading (``风险等级（1高 2中 3低）``), a heading whose brackets only say what to write
(``风险等级（填1、2、3）``), digits turned round by a note under the table (``数字越大风险越高…``,
LEVEL_SCALE), and keyed likelihood and impact columns beside a level column of words.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_BY_HEADING_KEY", "LEVEL_HEADING_KEY_UNMATCHED"}


def run(tmp_path: Path, sheets: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, {})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


def health(head: str, marks: list) -> list[list]:
    rows = [
        ["县卫生健康局廉政风险防控清单", None, None, None, None, None],
        ["序号", "科室", "岗位", "姓名", "风险点", head, "防控措施"],
    ]
    points = [
        ("局领导", "局长", "端木沅", "医疗设备采购指定品牌"),
        ("医政股", "股长", "端木翀", "医疗机构校验把关不严"),
        ("医政股", "科员", "拓跋岚", "接受医院宴请"),
        ("财务室", "会计", "拓跋珩", "基本公卫资金拨付不及时"),
    ]
    for n, ((dept, post, who, point), mark) in enumerate(zip(points, marks, strict=True), 1):
        rows.append([n, dept, post, who, point, mark, "集体研究，结果公示。"])
    return rows


def test_digits_keyed_word_first_in_the_heading(tmp_path):
    got = run(tmp_path, {"清单": health("风险级别（高3 中2 低1）", [3, 3, 1, 2])})
    assert levels(got) == [
        ("医疗设备采购指定品牌", "Ⅰ级"),
        ("医疗机构校验把关不严", "Ⅰ级"),
        ("接受医院宴请", "Ⅲ级"),
        ("基本公卫资金拨付不及时", "Ⅱ级"),
    ]
    said = issue(got, "LEVEL_BY_HEADING_KEY")
    assert len(said) == 1 and said.iloc[0]["cell"] == "F2"
    assert "3=Ⅰ级" in said.iloc[0]["message"] and "1=Ⅲ级" in said.iloc[0]["message"]
    assert not codes(got) & {"LEVEL_UNKNOWN", "LEVEL_SCALE", "LEVEL_HEADING_KEY_UNMATCHED"}


def test_scored_digits_on_cards_one_sheet_a_person(tmp_path):
    def card(who, post, marks):
        rows = [
            ["县人民医院岗位廉政风险防控卡", None, None, None],
            ["姓名", who, "岗位", post],
            ["序号", "风险点", "风险等级（1分低 2分中 3分高）", "防控措施"],
        ]
        for i, (point, mark) in enumerate(marks, 1):
            rows.append([i, point, mark, "双人核对。"])
        return rows

    got = run(tmp_path, {
        "司空澈": card("司空澈", "药剂科主任", [("药品遴选收受回扣", "3分"), ("处方点评走过场", "2分")]),
        "司空瑶": card("司空瑶", "收费员", [("收费不开票据", "3分"), ("挂号插队收好处", "1分")]),
    })  # fmt: skip
    assert levels(got) == [
        ("药品遴选收受回扣", "Ⅰ级"),
        ("处方点评走过场", "Ⅱ级"),
        ("收费不开票据", "Ⅰ级"),
        ("挂号插队收好处", "Ⅲ级"),
    ]
    assert len(issue(got, "LEVEL_BY_HEADING_KEY")) == 2  # once a card
    assert "LEVEL_UNKNOWN" not in codes(got)


def test_letters_keyed_code_first(tmp_path):
    rows = [
        ["县水务局廉政风险排查表", None, None, None, None],
        ["序号", "股室", "岗位", "责任人", "风险点", "风险程度(C—高 B—中 A—低)"],
        [1, "水利工程股", "股长", "呼延翎", "工程变更签证把关不严", "C"],
        [2, "水利工程股", "科员", "呼延澍", "质量检测数据造假", "B"],
        [3, "水政监察大队", "队员", "呼延琤", "河道采砂查处以罚代管", "A"],
    ]
    got = run(tmp_path, {"排查表": rows})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_BY_HEADING_KEY" in codes(got) and "LEVEL_UNKNOWN" not in codes(got)


def test_a_code_the_key_lacks_is_warned_and_left_unlevelled(tmp_path):
    got = run(tmp_path, {"清单": health("风险等级（1=低，2=中，3=高）", [3, 4, 1, 2])})
    assert levels(got) == [
        ("医疗设备采购指定品牌", "Ⅰ级"),
        ("医疗机构校验把关不严", ""),
        ("接受医院宴请", "Ⅲ级"),
        ("基本公卫资金拨付不及时", "Ⅱ级"),
    ]
    warned = issue(got, "LEVEL_HEADING_KEY_UNMATCHED")
    assert list(warned["cell"]) == ["F4"] and "4" in warned.iloc[0]["message"]
    assert "LEVEL_UNKNOWN" not in codes(got)


def test_a_key_that_keeps_the_usual_reading_reads_as_before(tmp_path):
    got = run(tmp_path, {"清单": health("风险等级（1高 2中 3低）", [1, 3, 3, 2])})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅲ级", "Ⅲ级", "Ⅱ级"]
    assert not codes(got) & NEW


def test_brackets_that_only_say_what_to_write_read_as_before(tmp_path):
    got = run(tmp_path, {"清单": health("风险等级（填1、2、3）", [1, 3, 3, 2])})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅲ级", "Ⅲ级", "Ⅱ级"]
    assert not codes(got) & NEW


def test_digits_turned_round_by_a_note_read_as_before(tmp_path):
    rows = health("风险等级", [3, 3, 1, 2]) + [
        ["注：数字越大风险越高：3为高风险，2为中风险，1为低风险。"]
    ]
    got = run(tmp_path, {"清单": rows})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert not codes(got) & NEW


def test_keyed_factor_columns_beside_a_level_column_of_words(tmp_path):
    rows = [
        ["县卫生健康局廉政风险评估表", None, None, None, None, None, None],
        ["序号", "岗位", "姓名", "风险点", "发生可能性（1=低，2=中，3=高）", "影响程度（1=低，2=中，3=高）",
         "风险等级"],
        [1, "局长", "端木沅", "医疗设备采购指定品牌", 3, 3, "一级"],
        [2, "股长", "端木翀", "医疗机构校验把关不严", 1, 2, "三级"],
        [3, "科员", "拓跋岚", "接受医院宴请", 2, 2, "二级"],
    ]  # fmt: skip
    got = run(tmp_path, {"表": rows})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert not codes(got) & NEW


def test_the_codes_are_catalogued():
    assert CATALOGUE["LEVEL_BY_HEADING_KEY"][0] == "info"
    assert CATALOGUE["LEVEL_HEADING_KEY_UNMATCHED"][0] == "warning"
    assert NEW <= set(SHORT)
