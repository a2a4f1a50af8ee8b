"""Level columns written in a series of three whose words say their order but which the
vocabulary does not know word by word — 一档/二档/三档, 大/中/小, 重要/较重要/一般, 主要/次要/一般,
较严重/一般/轻微, 重点/次重点/一般, each step with 级, 类, 风险 or 等级 or not — read Ⅰ/Ⅱ/Ⅲ级 in
the order of a configured scale (``[level_scales]`` in defaults.toml) where a table uses all
three, with one info ``LEVEL_SCALE`` naming the reading. Words the vocabulary knows once the
label before or after them is off ('风险较高', '等级低', '高风险等级'), stars counted in words
('三星', '2星') and 高危/中危/低危 read one by one.

Not the probes the words were found by: a 县林业局's 一览表 with 主要/次要/一般 grades, a 县图书馆's
清单 with 一档/二档/三档 and a 镇卫生院's 排查表 with ``风险较高`` spellings and star counts; other
posts, names and words, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Tables that look a bit alike read as before: codes (A/B/C,
甲类/乙类/丙类) with no note saying what they mean stay unread, LEVEL_UNKNOWN at each cell (a code
is not guessed: tests/test_post_level_to_points.py, tests/test_dropdown_prompts.py); a type cell
with a label before it (the prefixes are the level vocabulary's only).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(tmp_path: Path, rows: list[list], sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(got) -> list[tuple[str, str]]:
    r = got.risks
    return list(zip(r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]


def _rows(title: str, cells: list[tuple[str, str]]) -> list[list]:
    people = [
        ("资源股", "股长", "澹台沐言"),
        ("资源股", "股长", "澹台沐言"),
        ("林政股", "科员", "公冶望舒"),
    ]
    rows = [[title], HEAD]
    for i, (point, level) in enumerate(cells):
        dept, post, who = people[min(i, 2)]
        rows.append([i + 1, dept, post, who, point, "岗位职责", level, "集体研究，全程留痕。"])
    return rows


def test_codes_with_no_note_stay_unread(tmp_path: Path):
    for i, codes_ in enumerate((("甲类", "丙类", "乙类"), ("Ａ级风险", "Ｃ级风险", "Ｂ级风险"))):
        got = _collect(tmp_path / str(i), _rows("XX县林业局岗位廉政风险防控一览表", [
            ("林木采伐许可审核把关不严", codes_[0]),
            ("林地征占用现场查验走过场", codes_[1]),
            ("护林员聘用优亲厚友", codes_[2]),
        ]))  # fmt: skip
        assert [lv for _p, lv in levels(got)] == ["", "", ""]
        unknown = [e for e in errors(got) if e["code"] == "LEVEL_UNKNOWN"]
        assert {e["cell"] for e in unknown} == {"G3", "G4", "G5"}
        assert "LEVEL_SCALE" not in codes(got)


def test_grades_said_with_their_order_and_a_class_word(tmp_path: Path):
    got = _collect(tmp_path, _rows("XX县林业局岗位廉政风险防控一览表", [
        ("林木采伐许可审核把关不严", "主要风险"),
        ("林地征占用现场查验走过场", "一般风险"),
        ("护林员聘用优亲厚友", "次要风险"),
    ]))  # fmt: skip
    assert levels(got) == [
        ("林木采伐许可审核把关不严", "Ⅰ级"),
        ("林地征占用现场查验走过场", "Ⅲ级"),
        ("护林员聘用优亲厚友", "Ⅱ级"),
    ]
    info = got.issues[got.issues["code"] == "LEVEL_SCALE"]
    assert list(info["value"]) == ["主要风险=Ⅰ级、次要风险=Ⅱ级、一般风险=Ⅲ级"]
    assert not errors(got)


def test_steps_counted_in_grades(tmp_path: Path):
    got = _collect(tmp_path, _rows("XX县图书馆廉政风险点清单", [
        ("图书采购中收受书商回扣", "一档"),
        ("捐赠图书登记不全", "三档"),
        ("读者押金管理混乱", "二档"),
        ("古籍修复外包不公开", "一档"),
    ]))  # fmt: skip
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"]
    assert "LEVEL_SCALE" in codes(got)


def test_importance_words(tmp_path: Path):
    got = _collect(tmp_path, _rows("XX县图书馆廉政风险点清单", [
        ("场馆出租收入不入账", "重要"),
        ("讲座嘉宾劳务费虚报", "较重要"),
        ("志愿者补贴发放不透明", "一般"),
    ]))  # fmt: skip
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # 一般 alone is Ⅲ级; with 较严重 and 轻微 beside it the middle step
    got = _collect(tmp_path / "b", _rows("XX县图书馆廉政风险点清单", [
        ("场馆出租收入不入账", "轻微"),
        ("讲座嘉宾劳务费虚报", "较严重"),
        ("志愿者补贴发放不透明", "一般"),
    ]))  # fmt: skip
    assert [lv for _p, lv in levels(got)] == ["Ⅲ级", "Ⅰ级", "Ⅱ级"]
    assert "LEVEL_SCALE" in codes(got)


def test_a_label_before_the_word_and_stars_counted(tmp_path: Path):
    got = _collect(tmp_path, _rows("XX镇卫生院廉政风险排查表", [
        ("药品耗材采购收受回扣", "风险较高"),
        ("医保基金违规结算", "等级高"),
        ("门诊收费私收不入账", "3星"),
        ("病历资料管理不严", "一星"),
        ("疫苗接种登记弄虚作假", "中危"),
    ]))  # fmt: skip
    # 较高 alone is Ⅱ级 (the vocabulary's); the others as their words say
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert not errors(got)


def test_two_steps_of_three_with_no_note_read_as_the_words_say(tmp_path: Path):
    got = _collect(tmp_path, _rows("XX县图书馆廉政风险点清单", [
        ("图书采购中收受书商回扣", "一档"),
        ("捐赠图书登记不全", "二档"),
    ]))  # fmt: skip
    assert [lv for _p, lv in levels(got)] == ["", ""]
    assert {e["cell"] for e in errors(got) if e["code"] == "LEVEL_UNKNOWN"} == {"G3", "G4"}
    assert "LEVEL_SCALE" not in codes(got)


def test_level_labels_do_not_reach_types():
    config = load_config()
    assert config.level("风险较低") == "Ⅲ级"
    assert config.level("高风险等级") == "Ⅰ级"
    assert config.types("风险岗位") == ([], ["风险岗位"])  # (no type by a level's label)
    assert config.level("风险") is None and config.level("等级") is None
