"""Several holders in one cell, each with a bracket after his name or one bracket closing the
list ('蒯晓岚、阙明澈（排水管理所）', '蒯晓岚（巡查员）、阙明澈（化验员）'): a form each, the bracket his
科室 or post. Before, a cell whose one bracket closed the list, or whose brackets held posts, was
read as one person named by the whole cell (a leftover of the session that read batch 737).

In other words than any batch: a 水务局's list, its 排水管理所 and 供水站."""

from __future__ import annotations

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
TITLE = ["某县水务局廉政风险防控一览表"]


def _read(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"一览表": rows})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    r = got.risks
    people = sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )
    return people, set(got.issues[got.issues["severity"] == "error"]["code"])


def test_one_bracket_closing_the_list_is_each_ones_department(tmp_path):
    rows = [TITLE, HEAD,
            ["排水管理所", "巡查员", "蒯晓岚、阙明澈（排水管理所）", "巡查记录弄虚作假", "二级", "定位打卡"],
            ["排水管理所", "巡查员", "蒯晓岚、阙明澈（排水管理所）", "收受排水户好处", "一级", "交叉巡查"],
            ["办公室", "主任", "甄沐阳", "公车私用", "三级", "公车定位"]]  # fmt: skip
    people, errors = _read(tmp_path, rows)
    assert people == sorted([
        ("排水管理所", "巡查员", "蒯晓岚", "巡查记录弄虚作假", "Ⅱ级"),
        ("排水管理所", "巡查员", "阙明澈", "巡查记录弄虚作假", "Ⅱ级"),
        ("排水管理所", "巡查员", "蒯晓岚", "收受排水户好处", "Ⅰ级"),
        ("排水管理所", "巡查员", "阙明澈", "收受排水户好处", "Ⅰ级"),
        ("办公室", "主任", "甄沐阳", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors


def test_each_holders_post_in_his_bracket(tmp_path):
    rows = [TITLE, HEAD,
            ["供水站", "", "蒯晓岚（抄表员）、阙明澈（收费员）", "抄表收费中人情减免", "高", "系统留痕"],
            ["供水站", "站长", "甄沐阳", "违规审批接水", "中", "集体研究"]]  # fmt: skip
    people, errors = _read(tmp_path, rows)
    assert people == sorted([
        ("供水站", "抄表员", "蒯晓岚", "抄表收费中人情减免", "Ⅰ级"),
        ("供水站", "收费员", "阙明澈", "抄表收费中人情减免", "Ⅰ级"),
        ("供水站", "站长", "甄沐阳", "违规审批接水", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors


def test_one_post_bracket_closing_lines_of_names(tmp_path):
    rows = [TITLE, HEAD,
            ["供水站", "化验员", "蒯晓岚\n阙明澈（化验员）", "水质检测数据造假", "一级", "双人复核"],
            ["供水站", "站长", "甄沐阳", "违规审批接水", "二级", "集体研究"]]  # fmt: skip
    people, errors = _read(tmp_path, rows)
    assert people == sorted([
        ("供水站", "化验员", "蒯晓岚", "水质检测数据造假", "Ⅰ级"),
        ("供水站", "化验员", "阙明澈", "水质检测数据造假", "Ⅰ级"),
        ("供水站", "站长", "甄沐阳", "违规审批接水", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors


def test_one_holder_with_a_bracket_stays_one(tmp_path):
    rows = [TITLE, HEAD,
            ["供水站", "化验员", "阙明澈（化验员）", "水质检测数据造假", "一级", "双人复核"],
            ["供水站", "站长", "甄沐阳（排水管理所）", "违规审批接水", "二级", "集体研究"]]  # fmt: skip
    people, _errors = _read(tmp_path, rows)
    assert sorted(p[2] for p in people) == sorted(["甄沐阳", "阙明澈"])


def test_a_bracket_neither_post_nor_department_is_dropped(tmp_path):
    """'（2024年调入）' says when, not where or what: two holders all the same, the bracket
    dropped (review 112; it had kept the cell whole, one person named by it)."""
    cell = "蒯晓岚、阙明澈（2024年调入）"
    rows = [TITLE, HEAD,
            ["供水站", "化验员", cell, "水质检测数据造假", "一级", "双人复核"],
            ["供水站", "站长", "甄沐阳", "违规审批接水", "二级", "集体研究"]]  # fmt: skip
    people, _errors = _read(tmp_path, rows)
    assert ("供水站", "化验员", "蒯晓岚", "水质检测数据造假", "Ⅰ级") in people
    assert ("供水站", "化验员", "阙明澈", "水质检测数据造假", "Ⅰ级") in people
    assert len(people) == 3


def test_what_the_hundred_and_twelfth_review_found(tmp_path):
    # other brackets than a post or a 科室 made the whole cell one person: a phone, a date, a
    # remark, a body are dropped, a bracket on one holder alone is his, and a post and a 科室
    # mixed each the holder's own; one who left ('（已调离）') is still no holder
    cells = {
        "芮一鸣、亓书瑶（2024年调入）": [("质监站", "监督员", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣（办公室主任）、亓书瑶": [("质监站", "办公室主任", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣（13900000001）、亓书瑶（13900000002）": [("质监站", "监督员", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣、亓书瑶（电话：0415-1234567）": [("质监站", "监督员", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣、亓书瑶（临时）": [("质监站", "监督员", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣、亓书瑶（A角）": [("质监站", "监督员", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣、亓书瑶（分管）": [("质监站", "监督员", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣（站长）、亓书瑶（办公室）": [("质监站", "站长", "芮一鸣"), ("办公室", "监督员", "亓书瑶")],
        "芮一鸣、亓书瑶（县住建局）": [("质监站", "监督员", "芮一鸣"), ("质监站", "监督员", "亓书瑶")],
        "芮一鸣（已调离）、亓书瑶": [("质监站", "监督员", "亓书瑶")],
        "芮一鸣（监督员）": [("质监站", "监督员", "芮一鸣")],
    }  # fmt: skip
    for n, (cell, want) in enumerate(cells.items()):
        rows = [TITLE, HEAD,
                ["质监站", "监督员", cell, "质量监督抽查走过场", "二级", "双人抽查"],
                ["办公室", "主任", "甄沐阳", "公车私用", "三级", "公车定位"]]  # fmt: skip
        people, errors = _read(tmp_path / str(n), rows)
        assert people == sorted(
            [(d, p, w, "质量监督抽查走过场", "Ⅱ级") for d, p, w in want]
            + [("办公室", "主任", "甄沐阳", "公车私用", "Ⅲ级")]
        ), cell
        assert not errors, cell
