"""A column hidden in Excel (隐藏列) is no part of the table anyone sees on screen or paper. Offices
keep an old column out of sight when they re-grade or re-word a list: last year's 风险等级 hidden
beside the re-graded copy under the same heading, the old 风险类型 beside a new 风险类别, the former
holder's 姓名 beside the one who holds the post now. The reader took such a hidden column by its
position (it stands first) and guessed the shown one away, recording values nobody sees. Now,
where a shown column with values is headed for the same field, the shown one is read and the
hidden one set aside with one info (COLUMN_HIDDEN_SET_ASIDE) naming its cell; a hidden column
that alone holds its field is read as before, with an info that it is hidden
(COLUMN_HIDDEN_READ). A hidden column no field is read from (a 备注 folded away) and two shown
level columns are read as before, without a word.

Not the published batch's list (a 自然资源所's 一览表 with 高/中/低, its E hidden): a 镇卫生院's
and a 税务分局's lists, other posts, names and level words (一级/二级/三级, Ⅰ级/Ⅱ级/Ⅲ级, ★),
the hidden column after the shown one too, hidden type and holder columns, an .ods copy; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], hidden: list[str], merges: list[str] = ()):
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "清单.xlsx", {"清单": rows}, {"清单": list(merges)}, hidden_cols={"清单": hidden}
    )
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def said(got, code: str) -> list[dict]:
    return got.issues[got.issues["code"] == code].to_dict("records")


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# (post, name, point, last year's level, this year's level)
CLINIC = [
    ("院长", "覃昶颢", "药品耗材采购中收受供应商回扣", "二级", "一级"),
    ("院长", "覃昶颢", "基建维修项目指定施工单位", "一级", "一级"),
    ("药剂科主任", "隗淼珂", "药品出入库账实不符不报告", "三级", "二级"),
    ("药剂科主任", "隗淼珂", "临方调配中收受患者财物", "二级", "二级"),
    ("公卫专干", "郗煦岚", "基本公卫项目虚报服务人次", "二级", "一级"),
    ("公卫专干", "郗煦岚", "慢病随访记录补填造假", "三级", "三级"),
]  # fmt: skip
ROMAN = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}
NOW = sorted((p, n, pt, ROMAN[new]) for p, n, pt, _old, new in CLINIC)
MERGES = ["B3:B4", "C3:C4", "B5:B6", "C5:C6", "B7:B8", "C7:C8"]


def clinic(old_first: bool = True) -> list[list]:
    rows = [["XX镇卫生院岗位廉政风险点排查表"]]
    level = ["风险等级", "风险等级"]
    rows.append(["序号", "岗位", "姓名", "风险点", *level, "防控措施"])
    for i, (post, who, point, old, new) in enumerate(CLINIC, 1):
        pair = [old, new] if old_first else [new, old]
        rows.append([i, post, who, point, *pair, "采购集体决策，账目定期盘点。"])
    return rows


def test_a_hidden_old_level_column_before_the_shown_one_is_set_aside(tmp_path):
    """'风险等级 | 风险等级', the first (E) hidden, last year's: the shown F is the level."""
    got = run(tmp_path, clinic(), ["E"], MERGES)
    assert read(got) == NOW
    aside = said(got, "COLUMN_HIDDEN_SET_ASIDE")
    assert [(x["cell"], x["severity"]) for x in aside] == [("E2", "info")], aside
    assert "F 列" in aside[0]["message"] and "隐藏" in aside[0]["message"]
    assert not said(got, "COLUMN_GUESSED")
    assert "COLUMN_HIDDEN_SET_ASIDE" in CATALOGUE.keys() & SHORT.keys()
    no_errors(got)


def test_a_hidden_old_level_column_under_other_words_is_set_aside(tmp_path):
    """'原定等级' hidden (D) before '风险级别' shown (F), a 措施 between them: the shown one."""
    rows = [["XX镇卫生院廉政风险防控一览表"],
            ["序号", "岗位", "姓名", "原定等级", "风险点", "风险级别", "防控措施"]]  # fmt: skip
    for i, (post, who, point, old, new) in enumerate(CLINIC, 1):
        rows.append([i, post, who, old, point, new, "双人复核，按月公示。"])
    got = run(tmp_path, rows, ["D"], MERGES)
    assert read(got) == NOW
    assert [x["cell"] for x in said(got, "COLUMN_HIDDEN_SET_ASIDE")] == ["D2"]
    no_errors(got)


TAX = [
    ("分局长", "仉翊骞", "纳税评估中人为调减应补税款", "★★★"),
    ("税源管理员", "佴湉昕", "户籍巡查走过场放任漏征漏管", "★★"),
    ("税源管理员", "佴湉昕", "接受纳税人宴请后放宽核定标准", "★★★"),
    ("办税服务厅主任", "亓沐泽", "代开发票审核不严", "★"),
]  # fmt: skip
STARS = {"★★★": "Ⅰ级", "★★": "Ⅱ级", "★": "Ⅲ级"}


def test_a_hidden_former_holder_column_is_set_aside_for_the_shown_one(tmp_path):
    """'姓名' hidden (C, who held the post last year) beside '姓名' shown (D, who holds it now)."""
    rows = [["XX税务分局岗位廉政风险防控清单"],
            ["序号", "岗位", "姓名", "姓名", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    for i, (post, who, point, lv) in enumerate(TAX, 1):
        rows.append([i, post, "邬" + who[1:], who, point, lv, "评估结果集体审议，留痕备查。"])
    got = run(tmp_path, rows, ["C"])
    assert read(got) == sorted((p, n, pt, STARS[lv]) for p, n, pt, lv in TAX)
    assert [x["cell"] for x in said(got, "COLUMN_HIDDEN_SET_ASIDE")] == ["C2"]
    no_errors(got)


def test_a_hidden_old_level_column_after_the_shown_one_is_said(tmp_path):
    """The hidden copy stands after the shown one (F hidden, E shown): read as before (the
    shown one), and now said."""
    got = run(tmp_path, clinic(old_first=False), ["F"], MERGES)
    assert read(got) == NOW
    assert [x["cell"] for x in said(got, "COLUMN_HIDDEN_SET_ASIDE")] == ["F2"]


def test_a_hidden_column_alone_in_its_field_is_read_and_said(tmp_path):
    """A hidden '风险类型', the table's only type column: still its types, with an info."""
    rows = [["XX税务分局岗位廉政风险防控清单"],
            ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]]  # fmt: skip
    for i, (post, who, point, lv) in enumerate(TAX, 1):
        rows.append([i, post, who, point, "岗位职责", lv, "评估结果集体审议，留痕备查。"])
    got = run(tmp_path, rows, ["E"])
    assert read(got) == sorted((p, n, pt, STARS[lv]) for p, n, pt, lv in TAX)
    assert set(got.risks["risk_type"]) == {"岗位职责风险"}
    read_ = said(got, "COLUMN_HIDDEN_READ")
    assert [(x["cell"], x["severity"]) for x in read_] == [("E2", "info")], read_
    assert not said(got, "COLUMN_HIDDEN_SET_ASIDE")
    assert "COLUMN_HIDDEN_READ" in CATALOGUE.keys() & SHORT.keys()


def test_a_hidden_remarks_column_is_read_as_before_without_a_word(tmp_path):
    """A '备注' folded away (G hidden) holds no field: nothing to say, nothing changes."""
    rows = [["XX税务分局岗位廉政风险防控清单"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"]]  # fmt: skip
    for i, (post, who, point, lv) in enumerate(TAX, 1):
        rows.append([i, post, who, point, lv, "评估结果集体审议，留痕备查。", "2024年修订"])
    got = run(tmp_path, rows, ["G"])
    assert read(got) == sorted((p, n, pt, STARS[lv]) for p, n, pt, lv in TAX)
    assert not said(got, "COLUMN_HIDDEN_SET_ASIDE") and not said(got, "COLUMN_HIDDEN_READ")
    no_errors(got)


def test_two_shown_level_columns_are_read_as_before(tmp_path):
    """'风险等级 | 风险等级' with nothing hidden: no word of hidden columns, the reading as before."""
    shown = run(tmp_path / "a", clinic(), [], MERGES)
    assert not said(shown, "COLUMN_HIDDEN_SET_ASIDE") and not said(shown, "COLUMN_HIDDEN_READ")
    assert len(read(shown)) == len(CLINIC)


def test_a_hidden_old_type_column_is_set_aside_for_the_shown_one(tmp_path):
    """'风险类型' hidden (E, the old wording of the types) before '风险类别' shown (F)."""
    old = ["思想道德", "思想道德", "制度机制", "思想道德"]
    new = ["岗位职责", "制度机制", "思想道德", "岗位职责"]
    rows = [["XX税务分局岗位廉政风险防控清单"],
            ["序号", "岗位", "姓名", "风险点", "风险类型", "风险类别", "风险等级", "防控措施"]]  # fmt: skip
    for i, ((post, who, point, lv), a, b) in enumerate(zip(TAX, old, new, strict=True), 1):
        rows.append([i, post, who, point, a, b, lv, "评估结果集体审议，留痕备查。"])
    got = run(tmp_path, rows, ["E"])
    assert read(got) == sorted((p, n, pt, STARS[lv]) for p, n, pt, lv in TAX)
    types = dict(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True))
    assert [types[p] for _q, _n, p, _l in TAX] == [t + "风险" for t in new]
    assert [x["cell"] for x in said(got, "COLUMN_HIDDEN_SET_ASIDE")] == ["E2"]
    no_errors(got)


def test_a_hidden_old_level_column_of_an_ods_copy_is_set_aside(tmp_path):
    """The same list saved by LibreOffice (.ods, ``table:visibility="collapse"``)."""
    inbox = tmp_path / "inbox"
    write_ods(inbox / "清单.ods", {"清单": clinic()}, hidden_cols={"清单": [4]})
    got = _collect(inbox)
    assert read(got) == NOW
    assert [x["cell"] for x in said(got, "COLUMN_HIDDEN_SET_ASIDE")] == ["E2"]
    no_errors(got)


def _rewrite_cols(path: Path, fix) -> None:
    """Rewrite the ``<cols>`` of an .xlsx's first sheet as another program saves them."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    x = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb"<col [^>]*>", lambda m: fix(m.group()), x)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def test_what_the_hundred_and_twenty_ninth_review_found_zero_width_columns(tmp_path):
    """A column shut to width 0 with no hidden attribute (``<col min="5" max="5" width="0"
    customWidth="1"/>``, as WPS and some exports save it; Excel shows it hidden), and one whose
    attributes are written in single quotes (``hidden='1'``), were taken as shown: last year's
    hidden levels read before the shown ones. Both are hidden now, set aside as hidden="1" is."""
    import re

    fixes = {
        "width": lambda col: re.sub(
            rb'width="[^"]*"', b'width="0"', col.replace(b' hidden="1"', b"")
        ),
        "quotes": lambda col: col.replace(b'"', b"'"),
    }
    for how, fix in fixes.items():
        inbox = tmp_path / how
        write_workbook(inbox / "清单.xlsx", {"清单": clinic()}, {"清单": MERGES},
                       hidden_cols={"清单": ["E"]})  # fmt: skip
        _rewrite_cols(inbox / "清单.xlsx", fix)
        got = _collect(inbox)
        assert read(got) == NOW, how
        assert [x["cell"] for x in said(got, "COLUMN_HIDDEN_SET_ASIDE")] == ["E2"], how


def test_what_the_hundred_and_twenty_ninth_review_found_a_hidden_numbering_column(tmp_path):
    """An ordinary 一览表 with its 序号 column (A) folded away was read as before, but said
    COLUMN_HIDDEN_READ ('已按它读取……如不应报送,请删除该列') of a column that sends no value:
    noise on an ordinary file. A hidden 序号 is read without a word now."""
    rows = [["XX税务分局岗位廉政风险防控清单"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    for i, (post, who, point, lv) in enumerate(TAX, 1):
        rows.append([i, post, who, point, lv, "评估结果集体审议，留痕备查。"])
    got = run(tmp_path, rows, ["A"])
    assert read(got) == sorted((p, n, pt, STARS[lv]) for p, n, pt, lv in TAX)
    assert not said(got, "COLUMN_HIDDEN_READ") and not said(got, "COLUMN_HIDDEN_SET_ASIDE")


def test_what_the_hundred_and_twenty_ninth_review_found_other_columns_of_a_field(tmp_path):
    """A hidden column beside a shown one of the same field under OTHER words was taken for an
    old copy whatever the field: '岗位' hidden (C) beside a shown '职务' (D, every row '科员', a
    rank) set the posts aside and read every holder's post as '科员'; a hidden '防控措施' beside
    a shown '监督措施' was said set aside ('隐藏列未收录') though the measures were still read
    from both. Judgement call (narrowed): under other words only a level or a type is a copy
    (a row holds one of each: '原定等级' beside '风险级别', '风险类型' beside '风险类别'); other
    fields need the same heading ('姓名 | 姓名'), and measures and 科室, read from several
    columns at once, are read as before. Each such hidden column is read beside the shown one
    without a word."""
    rows = [["XX税务分局岗位廉政风险防控清单"],
            ["序号", "科室", "岗位", "职务", "姓名", "风险点", "风险等级", "防控措施", "监督措施"]]  # fmt: skip
    for i, (post, who, point, lv) in enumerate(TAX, 1):
        rows.append([i, "征管科", post, "科员", who, point, lv, "集体审议，留痕备查。",
                     "纪检组不定期抽查。"])  # fmt: skip
    got = run(tmp_path, rows, ["C", "H"])
    assert read(got) == sorted((p, n, pt, STARS[lv]) for p, n, pt, lv in TAX)
    assert set(got.risks["measures"]) == {"集体审议，留痕备查。\n纪检组不定期抽查。"}
    assert not said(got, "COLUMN_HIDDEN_SET_ASIDE")
    assert not said(got, "COLUMN_HIDDEN_READ")
