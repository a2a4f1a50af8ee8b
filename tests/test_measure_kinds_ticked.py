"""Measures written as ticks under kinds of measure: a measures heading merged across sub-columns
that name kinds (``防范措施`` over ``制度防控 | 监督防控 | 教育防控 | 科技防控``), each row ticking the
kinds that apply and writing no measure text. Each row's measures are the kinds it ticks; a row
ticking none has none (and the usual MEASURES_BLANK). Sub-columns holding texts, marks of no known
sense or states rather than kinds read as before, nothing made up.

The workbooks are built here in other words than batch453 (another unit, other kinds, marks and
names) and written by real libraries (xlsxwriter through ``helpers.write_workbook``, openpyxl).
"""

from pathlib import Path

import openpyxl
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

UNIT = "清河县水利局"
HEAD = ("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险级别")
KINDS = ("制度防控", "监督防控", "教育防控", "科技防控")


def _read(inbox: Path):
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([inbox]))
    return assemble(results, config, [inbox])


def _table(kinds, rows, measures="防范措施") -> tuple[list[list], list[str]]:
    """A title, a two-row heading whose ``measures`` heading is merged over ``kinds``, and
    ``rows`` (the seven leading cells, then one cell per kind): the sheet's rows and merges."""
    width = len(HEAD) + len(kinds)
    out = [[f"{UNIT}岗位廉政风险防控清单"] + [None] * (width - 1)]
    out.append([*HEAD, measures] + [None] * (len(kinds) - 1))
    out.append([None] * len(HEAD) + list(kinds))
    out += [list(r) for r in rows]
    out.append(["填表人：", None, "审核人：", None, None, None, "2025年11月"] + [None] * len(kinds))
    last = chr(ord("A") + width - 1)
    merges = [f"A1:{last}1", f"H2:{last}2"]
    merges += [f"{chr(ord('A') + c)}2:{chr(ord('A') + c)}3" for c in range(len(HEAD))]
    return out, merges


def _measures(res) -> list[str]:
    return res.risks["measures"].tolist()


def _blank_cells(res) -> list[str]:
    df = res.issues
    return sorted(df[df["code"] == "MEASURES_BLANK"]["cell"].tolist())


def test_ticks_under_kinds_read_as_the_kinds_named(tmp_path):
    tick = "✔"
    rows = [
        (1, "工程建设股", "股长", "寇昭颀", "招标文件设置排他性条款", "制度机制", "高", None, tick, None, tick),
        (2, "工程建设股", "股长", "寇昭颀", "工程变更签证把关不严", "业务流程", "中", tick, tick, None, None),
        (3, "水政监察大队", "队员", "訾岑煦", "河道采砂执法中以罚代管", "岗位职责", "高", None, None, tick, None),
        (4, "水政监察大队", "队员", "訾岑煦", "接受管理对象宴请", "思想道德", "低", None, None, None, None),
        (5, "财务室", "会计", "阚珩翊", "水资源费征收不入账", "制度机制", "中", tick, None, None, tick),
    ]  # fmt: skip
    sheet, merges = _table(KINDS, rows)
    write_workbook(tmp_path / "inbox" / "清单.xlsx", {"清单": sheet}, {"清单": merges})
    res = _read(tmp_path / "inbox")
    assert res.risks["risk_point"].tolist() == [r[4] for r in rows]
    assert _measures(res) == [
        "监督防控、科技防控",  # (the first kind left empty: the row's measures all the same)
        "制度防控、监督防控",
        "教育防控",
        "",  # no tick: no measures
        "制度防控、科技防控",
    ]
    assert _blank_cells(res) == ["H7"]  # only the row that ticks nothing
    # the kinds are measures only: no type, level, post or point of them
    assert not set(res.risks["risk_type"]) & set(KINDS)
    assert set(res.risks["risk_level"]) <= {"Ⅰ级", "Ⅱ级", "Ⅲ级"}
    assert not set(res.risks["title"]) & set(KINDS)


def test_yes_marks_merged_down_over_a_holders_rows(tmp_path):
    """Written by openpyxl: other kinds and marks ('是'; '否' and '□' for none), a '是' merged
    down over one holder's two rows counting for each of them."""
    kinds = ("思想防线", "制度防线", "监督防线")
    rows = [
        (1, "办公室", "主任", "厍珺玥", "公务接待超标准", "思想道德", "中", "是", "否", "是"),
        (2, "办公室", "主任", "厍珺玥", "办公用品采购化整为零", "制度机制", "高", None, "否", "是"),
        (3, "规划科", "科员", "亓瑷琮", "泄露规划审批信息", "岗位职责", "低", "□", "是", "否"),
    ]  # fmt: skip
    sheet, merges = _table(kinds, rows, measures="防控措施")
    merges.append("J4:J5")  # 监督防线 '是' over both of 厍珺玥's rows
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "防控表"
    for r in sheet:
        ws.append(r)
    for rng in merges:
        ws.merge_cells(rng)
    (tmp_path / "inbox").mkdir()
    wb.save(tmp_path / "inbox" / "防控表.xlsx")
    res = _read(tmp_path / "inbox")
    assert res.risks["risk_point"].tolist() == [r[4] for r in rows]
    assert _measures(res) == ["思想防线、监督防线", "监督防线", "制度防线"]
    assert _blank_cells(res) == []


def test_text_under_stage_columns_reads_as_before(tmp_path):
    """事前 | 事中 | 事后 with sentences: one measure of the texts joined, no kind names."""
    stages = ("事前", "事中", "事后")
    rows = [
        (1, "审批股", "股长", "宓璟岚", "取水许可审批超时限", "业务流程", "中",
         "公开办事指南。", "限时办结，系统留痕。", "按月通报办理情况。"),
        (2, "审批股", "科员", "綦晗瑜", "收受申请人礼品", "思想道德", "低",
         "签订廉洁承诺。", None, "回访申请人。"),
    ]  # fmt: skip
    sheet, merges = _table(stages, rows, measures="防控措施")
    write_workbook(tmp_path / "inbox" / "一览表.xlsx", {"一览表": sheet}, {"一览表": merges})
    res = _read(tmp_path / "inbox")
    assert _measures(res) == [
        "公开办事指南。\n限时办结，系统留痕。\n按月通报办理情况。",
        "签订廉洁承诺。\n回访申请人。",
    ]


def test_unclear_marks_and_mixes_are_left_as_read(tmp_path):
    """Where the ticks' meaning is not certain nothing is made up: a text column beside the
    ticked ones (具体措施 | 人防 | 技防), marks of no known sense ('●'/'○': which says yes?) and
    sub-headings that say a state (已落实 | 未落实), not a kind, keep the cells as written."""
    mixed = ("具体措施", "人防", "技防")
    rows = [
        (1, "征收股", "股长", "仉曦珏", "水资源费减免不按规定", "制度机制", "高",
         "减免集体研究。", "√", None),
        (2, "征收股", "科员", "仉曦珏", "征收台账不清", "业务流程", "中", "台账按月核对。", None, "√"),
    ]  # fmt: skip
    sheet, merges = _table(mixed, rows)
    write_workbook(tmp_path / "a" / "混合.xlsx", {"混合": sheet}, {"混合": merges})
    res = _read(tmp_path / "a")
    assert _measures(res) == ["减免集体研究。\n√", "台账按月核对。\n√"]

    rows = [
        (1, "工程建设股", "股长", "寇昭颀", "隐蔽工程验收走过场", "岗位职责", "高", "●", "○", "●", "○"),
        (2, "工程建设股", "股长", "寇昭颀", "结算审核不严", "业务流程", "中", "○", "●", "○", "○"),
    ]  # fmt: skip
    sheet, merges = _table(KINDS, rows)
    write_workbook(tmp_path / "b" / "圆点.xlsx", {"圆点": sheet}, {"圆点": merges})
    got = _measures(_read(tmp_path / "b"))
    assert len(got) == 2 and not any(k in m for m in got for k in KINDS)

    states = ("已落实", "未落实")
    rows = [
        (1, "财务室", "出纳", "阚珩翊", "坐支现金", "制度机制", "高", "√", None),
        (2, "财务室", "出纳", "阚珩翊", "公款私存", "制度机制", "高", None, "√"),
    ]  # fmt: skip
    sheet, merges = _table(states, rows, measures="防控措施")
    write_workbook(tmp_path / "c" / "落实.xlsx", {"落实": sheet}, {"落实": merges})
    got = _measures(_read(tmp_path / "c"))
    assert not any(s in m for m in got for s in states)
