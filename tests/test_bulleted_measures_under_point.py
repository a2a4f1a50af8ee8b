"""A point on a cell's first line and its measures below it, each line opened by a bullet.

'廉政风险点和防控措施' (no measures column) over cells like '图书采购指定书商⏎■采购三家询价；⏎■验收
两人签字。': the first line is the point, the bulleted lines its measures (the bullets kept, as
the numbered case keeps its numbers). Under a heading that names the point only, beside a
measures column, or where the lines use marks the reader reads otherwise (★ levels, '●●●',
boxes offered), the cell stays as read; a cell whose every line is bulleted (no point line)
stays whole and is reported. The workbooks are written by xlsxwriter and openpyxl (and a
LibreOffice-style .ods), in other words than tests/published/batch493.py (another unit,
other bullets and headings).
"""

import zipfile
from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.locate import _head_and_lines


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows, merges=None):
    """Write one sheet with xlsxwriter and read it back as ``collect_inbox`` does."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "图书馆.xlsx", {"一览表": rows}, {"一览表": merges or []})
    return _collect(inbox)


def read(res) -> list[tuple[str, str, str]]:
    return list(
        zip(res.risks["person"], res.risks["risk_point"], res.risks["measures"], strict=True)
    )


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


def test_square_and_round_bullets_part_point_and_measures(tmp_path):
    rows = [
        ["某区图书馆岗位廉政风险防控一览表"],
        ["序号", "部门", "岗位", "责任人", "廉政风险点和防控措施", "风险等级"],
        [1, "采编部", "主任", "隗若渊", "图书采购指定书商\n■采购三家询价；\n■验收两人签字。", "高"],
        [2, "采编部", "主任", "隗若渊", "剔旧图书私自变卖\n■剔旧清单馆务会审定。", "中"],
        [3, "读者服务部", "馆员", "晁映溪", "押金退还截留\n• 押金统一线上退还\n• 每月对账", "中"],
        [4, "读者服务部", "馆员", "晁映溪", "场地出借收取好处\n•场地预约系统登记", "低"],
    ]  # fmt: skip
    res = run(tmp_path, rows, ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"])
    assert read(res) == [
        ("隗若渊", "图书采购指定书商", "■采购三家询价；\n■验收两人签字。"),
        ("隗若渊", "剔旧图书私自变卖", "■剔旧清单馆务会审定。"),
        ("晁映溪", "押金退还截留", "• 押金统一线上退还\n• 每月对账"),
        ("晁映溪", "场地出借收取好处", "•场地预约系统登记"),
    ]
    assert res.risks["department"].tolist() == ["采编部"] * 2 + ["读者服务部"] * 2
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert "MEASURES_BLANK" not in set(res.issues["code"])
    assert "POINT_BULLETS_UNCLEAR" not in set(res.issues["code"])


def test_openpyxl_dashes_and_diamonds_and_a_point_over_two_lines(tmp_path):
    """Written by openpyxl under '风险及防范措施': '——' and '-' bullets, '◆' bullets, a point
    wrapped over two lines before its bullets, and a numbered cell in the same column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "防控表"
    data = [
        ["岗位", "姓名", "风险及防范措施", "风险类型", "风险等级"],
        ["站长", "桑鹤汀", "疫苗出入库登记不实\n——出入库扫码登记\n——每周盘点", "岗位职责", "一级"],
        ["站长", "桑鹤汀", "检测设备采购\n未经集体研究\n◆设备采购站务会研究\n◆结果公示", "制度机制", "二级"],
        ["防疫员", "郜晚棠", "免疫证明违规出具\n- 出具证明双人核对\n- 存根留档", "业务流程", "二级"],
        ["防疫员", "郜晚棠", "收受养殖户礼品\n（1）签订廉洁承诺；\n（2）节前提醒。", "思想道德", "三级"],
    ]  # fmt: skip
    for row in data:
        ws.append(row)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "动物防疫站.xlsx")
    res = _collect(inbox)
    assert read(res) == [
        ("桑鹤汀", "疫苗出入库登记不实", "——出入库扫码登记\n——每周盘点"),
        ("桑鹤汀", "检测设备采购\n未经集体研究", "◆设备采购站务会研究\n◆结果公示"),
        ("郜晚棠", "免疫证明违规出具", "- 出具证明双人核对\n- 存根留档"),
        ("郜晚棠", "收受养殖户礼品", "（1）签订廉洁承诺；\n（2）节前提醒。"),
    ]
    assert "MEASURES_BLANK" not in set(res.issues["code"])


def test_a_libreoffice_ods_copy_reads_the_same(tmp_path):
    """The bullets are in the cell's text, not its format: an .ods copy (a paragraph a line, as
    LibreOffice writes a cell's lines) is parted the same way."""
    rows = [
        ["岗位", "姓名", "风险点及防控措施", "风险等级"],
        ["所长", "邝砚溪", "执法检查选择性执法⏎○随机抽取检查对象⏎○全程记录", "高"],
        ["执法员", "闵栖梧", "罚没款不入账⏎○罚缴分离", "中"],
    ]  # fmt: skip
    path = write_ods(Path(tmp_path / "inbox" / "执法所.ods"), {"台账": rows})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["content.xml"] = parts["content.xml"].replace("⏎".encode(), b"</text:p><text:p>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    res = _collect(tmp_path / "inbox")
    assert read(res) == [
        ("邝砚溪", "执法检查选择性执法", "○随机抽取检查对象\n○全程记录"),
        ("闵栖梧", "罚没款不入账", "○罚缴分离"),
    ]


def test_bullets_under_a_point_only_heading_read_as_before(tmp_path):
    """'廉政风险点' beside its own measures column: the bulleted lines under a first line are the
    point's own sub-items, and the cell stays whole; so under '风险点及防控措施' beside a
    measures column."""
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "会计", "蒯素商", "报销审核不严\n●虚列会议费\n●拆分报销", "高", "报销凭证两人审核"],
        [2, "会计", "蒯素商", "往来款长期挂账\n●个人借款逾期未还", "中", "每季度清理往来款"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert read(res) == [
        ("蒯素商", "报销审核不严\n●虚列会议费\n●拆分报销", "报销凭证两人审核"),
        ("蒯素商", "往来款长期挂账\n●个人借款逾期未还", "每季度清理往来款"),
    ]
    rows[0][3] = "风险点及防控措施"
    res = run(tmp_path / "again", rows)
    assert res.risks["risk_point"].tolist() == [rows[1][3], rows[2][3]]
    assert res.risks["measures"].tolist() == ["报销凭证两人审核", "每季度清理往来款"]
    assert "POINT_BULLETS_UNCLEAR" not in set(res.issues["code"])


def test_marks_with_a_meaning_and_mixed_bullets_are_no_parting():
    """★ and ▲ (levels, types), a run of marks ('●●●', a level), boxes offered ('●高　○中'), an
    arrow ('->'), different bullets on the lines, a line unbulleted after the bullets, and a
    cell of one line: not parted by bullets."""
    for text in (
        "公车私用\n★★★",
        "公车私用\n▲制度机制",
        "公车私用\n●●●",
        "公车私用\n●高　○中　○低",
        "公车私用\n√已落实",
        "公车私用\n●派车登记\n■定点停放",
        "公车私用\n●派车登记\n定点停放",
        "公车私用\n●",
        "●公车私用",
    ):
        assert _head_and_lines(text) is None, text
    assert _head_and_lines("公车私用\n->派车登记\n->定点停放") is None  # (the arrows' own reading)
    assert _head_and_lines("公车私用\n◇派车登记\n◇定点停放") == (
        "公车私用",
        "◇派车登记\n◇定点停放",
        False,
    )


def test_cells_all_bulleted_stay_whole_and_are_reported(tmp_path):
    """One cell of the column is bulleted on every line, no point line before them: several
    points, or a point and its measures, is not certain: it stays whole, with a warning; the
    other cells are parted. A table where every cell is so is reported cell by cell and nothing
    is parted."""
    rows = [
        ["序号", "岗位", "责任人", "风险点及防控措施", "风险等级"],
        [1, "馆长", "亓雪汀", "展品征集价格虚高\n◆征集价格专家评估\n◆馆务会审定", "高"],
        [2, "馆长", "亓雪汀", "◆文创产品外包不公开\n◆外包合同集体研究", "中"],
        [3, "保管员", "缑晴岚", "藏品出入库不登记\n◆出入库双人签字", "中"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert read(res) == [
        ("亓雪汀", "展品征集价格虚高", "◆征集价格专家评估\n◆馆务会审定"),
        ("亓雪汀", "◆文创产品外包不公开\n◆外包合同集体研究", ""),
        ("缑晴岚", "藏品出入库不登记", "◆出入库双人签字"),
    ]
    assert ("POINT_BULLETS_UNCLEAR", "D3") in codes(res)
    assert [c for c, _at in codes(res)].count("POINT_BULLETS_UNCLEAR") == 1
    msg = res.issues[res.issues["code"] == "POINT_BULLETS_UNCLEAR"]["message"].iloc[0]
    assert "◆文创产品外包不公开" in msg and "整格读作风险点" in msg

    rows = [
        ["岗位", "责任人", "风险点及防控措施", "风险等级"],
        ["出纳", "丌官澄", "·现金坐支\n·银行对账不及时", "高"],
        ["出纳", "丌官澄", "·票据丢失\n·空白票据未登记", "中"],
    ]  # fmt: skip
    res = run(tmp_path / "all", rows)
    assert res.risks["risk_point"].tolist() == [rows[1][2], rows[2][2]]
    assert res.risks["measures"].tolist() == ["", ""]
    assert [at for c, at in codes(res) if c == "POINT_BULLETS_UNCLEAR"] == ["C2", "C3"]
