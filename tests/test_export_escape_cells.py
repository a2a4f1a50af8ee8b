"""Lists exported by a business system that escaped its text twice, so that the OOXML escapes
``_xHHHH_`` (``_x000D_`` an escaped carriage return, ``_x000A_`` a line feed, ``_x0009_`` a tab)
stand in the cells as literal text: ``高_x000D_``, ``1.…；_x000D_⏎2.…_x000D_``. Such escapes are
decoded where the cells are read, in the same pass as an HTML editor's source: ``_x000D_`` before
a line break is that break, at a cell's end nothing; ``_x000A_`` a break; ``_x0009_`` a space;
``_x005F_xHHHH_`` the literal ``_xHHHH_``; one info CELLS_X_ESCAPES a sheet names the first
such cell and how many. Without it the holders, posts and points keep the escape and no level
word is recognised (LEVEL_UNKNOWN).

Not batch 901's 税务分局 (``一级_x000D_`` in a plain .xlsx grid): here a 县人力资源和社会保障局's
社保 list with ``高/中/低``, a 县住房公积金管理中心's list re-saved as .ods whose inner breaks are
``_x000A_`` with ``较高/一般``, and a 不动产登记中心's .csv export with ``_x0009_`` and ``★★★``.
Text that merely contains ``_x`` — ``max_x``, ``文件_x1``, ``_x12_``, ``_X000D_`` — is read as
written, with no issue.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
CR = "_x000D_"


def _collect(tmp_path: Path, rows: list[list], ext: str = "xlsx"):
    inbox = tmp_path / "inbox"
    inbox.mkdir(parents=True)
    if ext == "ods":
        write_ods(inbox / "导出.ods", {"数据": rows})
    elif ext == "csv":
        text = "\r\n".join(",".join(f'"{v}"' for v in row) for row in rows)
        (inbox / "导出.csv").write_text(text + "\r\n", encoding="utf-8-sig")
    else:
        write_workbook(inbox / "导出.xlsx", {"数据": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got) -> list[tuple[str, str, str, str, str, str]]:
    r = got.risks
    cols = ("department", "title", "person", "risk_point", "risk_level", "measures")
    return list(zip(*(r[c] for c in cols), strict=True))


def _issues(got, code: str) -> list[tuple[str, str]]:
    i = got.issues
    i = i[i["code"] == code]
    return list(zip(i["cell"], i["value"], strict=True))


def _lines(text: str) -> str:
    """A system's multi-line field as the export wrote it: each line ending in ``_x000D_``."""
    return "\n".join(line + CR for line in text.split("\n"))


def test_every_typed_cell_ends_in_an_escaped_carriage_return(tmp_path):
    rows = [
        ["某县人力资源和社会保障局廉政风险点导出"],
        HEAD,
        ["1", _lines("社保中心"), _lines("主任"), _lines("郜岫然"),
         _lines("养老保险待遇核定中虚增缴费年限"), _lines("高"),
         _lines("1.缴费年限系统比对；\n2.核定结果双人复核。")],
        ["2", _lines("社保中心"), _lines("稽核员"), _lines("郜泊言"),
         _lines("用人单位参保稽核走过场"), _lines("中"), _lines("稽核对象随机抽取")],
        ["3", _lines("劳动监察大队"), _lines("监察员"), _lines("郜汀兰"),
         _lines("欠薪投诉处理拖延"), _lines("低"), _lines("投诉限时办结\n逾期通报")],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert _read(got) == [
        ("社保中心", "主任", "郜岫然", "养老保险待遇核定中虚增缴费年限", "Ⅰ级",
         "1.缴费年限系统比对；\n2.核定结果双人复核。"),
        ("社保中心", "稽核员", "郜泊言", "用人单位参保稽核走过场", "Ⅱ级", "稽核对象随机抽取"),
        ("劳动监察大队", "监察员", "郜汀兰", "欠薪投诉处理拖延", "Ⅲ级", "投诉限时办结\n逾期通报"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_X_ESCAPES") == [("B3", "18")]
    assert not _issues(got, "LEVEL_UNKNOWN")


def test_resaved_ods_with_escaped_line_feeds_inside(tmp_path):
    rows = [
        ["县住房公积金管理中心岗位廉政风险排查表"],
        ["序号", "科室", "岗位名称", "姓名", "风险描述", "风险程度", "防控措施"],
        ["1", "归集科_x000D_", "科长_x000D_", "柏霁川_x000D_",
         "缴存基数核定_x000D__x000A_放宽标准", "较高_x000D_",
         "1.基数年度核定；_x000D__x000A_2.结果公示。_x000D_"],
        ["2", "提取科_x000D_", "审核员_x000D_", "柏沐澄_x000D_",
         "提取材料审核不严_x000A_（购房类）", "一般_x000D_", "系统校验_x000A_定期抽查"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, "ods")
    assert _read(got) == [
        ("归集科", "科长", "柏霁川", "缴存基数核定\n放宽标准", "Ⅱ级", "1.基数年度核定；\n2.结果公示。"),
        ("提取科", "审核员", "柏沐澄", "提取材料审核不严\n（购房类）", "Ⅲ级", "系统校验\n定期抽查"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_X_ESCAPES") == [("B3", "12")]


def test_csv_export_with_escaped_tabs_and_stars(tmp_path):
    rows = [
        ["某县不动产登记中心廉政风险防控清单"],
        HEAD,
        ["1", "登记股_x000D_", "登记员_x000D_", "甘望舒_x000D_", "登记资料_x0009_审核不严_x000D_",
         "★★★_x000D_", "受理审核分离_x000D_"],
        ["2", "登记股", "窗口人员", "甘映雪", "违规提前出证_x000D_", "★_x000D_", "出证节点系统锁定"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, "csv")
    assert _read(got) == [
        ("登记股", "登记员", "甘望舒", "登记资料 审核不严", "Ⅰ级", "受理审核分离"),
        ("登记股", "窗口人员", "甘映雪", "违规提前出证", "Ⅲ级", "出证节点系统锁定"),
    ]
    assert _issues(got, "CELLS_X_ESCAPES") == [("B3", "8")]


def test_text_that_merely_contains_x_stays(tmp_path):
    rows = [
        ["某县统计局廉政风险点登记表"],
        HEAD,
        ["1", "综合股", "股长", "荀砚秋", "数据上报max_x口径不一", "高", "按文件_x1号执行"],
        ["2", "综合股", "统计员", "荀星野", "台账_x12_编号混乱", "中", "_X000D_字段人工清理"],
    ]
    got = _collect(tmp_path, rows)
    assert [(r[3], r[5]) for r in _read(got)] == [
        ("数据上报max_x口径不一", "按文件_x1号执行"),
        ("台账_x12_编号混乱", "_X000D_字段人工清理"),
    ]
    assert not _issues(got, "CELLS_X_ESCAPES")


def test_near_misses_and_escaped_escapes():
    # (imported here: main, before the rule, has no such module)
    from xlproc.xescapes import escaped_text, has_escape

    for text in ("max_x", "文件_x1", "_x12_", "_X000D_", "x000D", "_x000G_", "a_x_b"):
        assert not has_escape(text), text
    assert escaped_text("_x005F_x000D_") == "_x000D_"  # (the escape of the literal text)
    assert escaped_text("甲_x000D_\r\n乙_x000D_") == "甲\n乙"
    assert escaped_text("甲_x0001_乙_x4E19_") == "甲乙丙"


def test_the_issue_is_catalogued():
    from xlproc.issues import CATALOGUE, SHORT

    assert "CELLS_X_ESCAPES" in CATALOGUE.keys() & SHORT.keys()
    assert "B3" in CATALOGUE["CELLS_X_ESCAPES"][1].format(value="8", cell="B3")
