"""A card naming no holder, no post and no 科室 in its cells — a title, ``序号 | 廉政风险点 | 风险等级
| 防控措施``, a ``本人签字`` line — whose tab, or (a workbook of that one card) whose FILE NAME spells
them (``哥舒琰-办公室主任``, ``XX县卫生健康局-拔延沅-财务股股长.xlsx``, the three apart in any order)
is that person's, in that post and 科室 (info HOLDER_BY_TAB_OR_FILE_NAME). Before, each card was a
form of the unit with no person, post or 科室 (batch1090's 卫生健康局). Not that batch's words: a
交通运输局's cards under ``序号 | 风险点 | 等级 | 防控措施``, ``一级/二级``, two tabs of names of
surnames the reader does not know; a 市场监督管理局's one card on ``Sheet1`` named only in its file
(``…-丁零琪-登记注册股副股长.xlsx``), ``Ⅰ级/Ⅱ级``; a 镇's card on a tab ``王芳_会计``; and the
near-misses, read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = [
        (p.get("department", ""), p.get("title", ""), p.get("person", ""), len(form))
        for p, form in zip(r.posts, r.risks, strict=True)
    ]
    return got, [i.code for i in r.issues]


def _card(title: str, head=("序号", "风险点", "等级", "防控措施"), levels=("一级", "二级")):
    rows = [[title, None, None, None], list(head)]
    for n, (point, lv) in enumerate(
        zip(("路政许可审查不严", "养护工程验收走过场"), levels, strict=True), 1
    ):
        rows.append([n, point, lv, "两人以上审核，结果公示。"])
    rows.append(["本人签字：", None, "日期：", None])
    return rows


def test_two_tabs_of_unknown_surnames(tmp_path):
    sheets = {
        "叱干琰-养护股股长": _card("某县交通运输局岗位廉政风险防控卡"),
        "乞伏沅-副局长": _card("某县交通运输局岗位廉政风险防控卡"),
    }
    path = write_workbook(tmp_path / "交通运输局防控卡.xlsx", sheets)
    got, codes = _read(path)
    assert sorted(got) == [("", "副局长", "乞伏沅", 2), ("养护股", "股长", "叱干琰", 2)]
    assert codes.count("HOLDER_BY_TAB_OR_FILE_NAME") == 1


def test_one_card_named_only_in_its_file(tmp_path):
    card = _card(
        "岗位廉政风险防控卡", ("序号", "廉政风险点", "风险级别", "防控措施"), ("Ⅰ级", "Ⅱ级")
    )
    path = write_workbook(
        tmp_path / "某县市场监督管理局-丁零琪-登记注册股副股长.xlsx", {"Sheet1": card}
    )
    got, codes = _read(path)
    assert got == [("登记注册股", "副股长", "丁零琪", 2)]
    assert "HOLDER_BY_TAB_OR_FILE_NAME" in codes


def test_a_known_name_on_one_tab(tmp_path):
    path = write_workbook(
        tmp_path / "card.xlsx", {"王芳_会计": _card("某镇财政所岗位廉政风险自查表")}
    )
    got, codes = _read(path)
    assert got == [("财政所", "会计", "王芳", 2)]  # (the title's 科室)
    assert "HOLDER_BY_TAB_OR_FILE_NAME" in codes


def _no_one(path: Path) -> None:
    got, codes = _read(path)
    assert got and all(not person for _d, _t, person, _n in got), got
    assert "HOLDER_BY_TAB_OR_FILE_NAME" not in codes


def test_near_misses_read_as_before(tmp_path):
    # tabs of a 科室 and a post: no one named
    _no_one(write_workbook(tmp_path / "a.xlsx", {
        "办公室-主任": _card("某县交通运输局岗位廉政风险防控卡"),
        "财务股-会计": _card("某县交通运输局岗位廉政风险防控卡"),
    }))  # fmt: skip
    # the field a leader oversees, no name
    _no_one(write_workbook(tmp_path / "b.xlsx", {"安全生产-副局长": _card("某县应急管理局防控卡")}))
    # a name by shape alone on one tab, the file's name no one's
    _no_one(write_workbook(tmp_path / "c.xlsx", {"叱干琰-办公室主任": _card("某县防控卡")}))
    # a file named for the list, not a person
    _no_one(
        write_workbook(tmp_path / "2025年廉政风险防控清单.xlsx", {"Sheet1": _card("某县防控卡")})
    )


def test_a_card_naming_its_holder_keeps_him(tmp_path):
    card = _card("某县交通运输局岗位廉政风险防控卡")
    card[1:1] = [["姓名", "张伟", "职务", "股长"]]
    got, codes = _read(write_workbook(tmp_path / "d.xlsx", {"李娜-会计": card}))
    assert [person for _d, _t, person, _n in got] == ["张伟"]
    assert "HOLDER_BY_TAB_OR_FILE_NAME" not in codes


def test_tabs_of_a_field_of_work_and_a_post_name_no_one(tmp_path):
    # (review) '纪检-组长', '后勤-主管': a field of work and a post, two characters each shaped
    # like a name of a surname the reader does not know; '党建-专干' of one it knows (党)
    _no_one(write_workbook(tmp_path / "a.xlsx", {
        "纪检-组长": _card("某县卫生健康局岗位廉政风险防控卡"),
        "人事-专员": _card("某县卫生健康局岗位廉政风险防控卡"),
    }))  # fmt: skip
    _no_one(write_workbook(tmp_path / "b.xlsx", {
        "医政_股长": _card("某县卫生健康局岗位廉政风险防控卡"),
        "法规_股长": _card("某县卫生健康局岗位廉政风险防控卡"),
    }))  # fmt: skip
    _no_one(write_workbook(tmp_path / "c.xlsx", {"党建-专干": _card("某镇岗位廉政风险自查表")}))
    # four characters of a field: no name by shape either
    _no_one(write_workbook(tmp_path / "e.xlsx", {
        "纪检监察-专干": _card("某县卫生健康局岗位廉政风险防控卡"),
        "人力资源-专员": _card("某县卫生健康局岗位廉政风险防控卡"),
    }))  # fmt: skip
