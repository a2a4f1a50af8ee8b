"""`xlproc diff` on two archives built from inboxes that differ in known ways."""

import csv

import pytest
from click.testing import CliRunner

from xlproc.cli import main
from xlproc.collect import collect_inbox
from xlproc.fill import Entry, fill_workbook
from xlproc.report import write_outputs
from xlproc.roster import Person
from xlproc.templates import build_outbox


def P(point, typ, level, measures, duty="负责文秘工作"):
    return {"duty": duty, "workflow": "起草、送审", "risk_point": point, "risk_type": typ, "risk_level": level,
            "measures": measures}  # fmt: skip


LI_Y1 = [
    P("公文运转中泄露尚未公开的信息", "岗位职责", "Ⅲ级", "严格执行保密规定"),
    P("会议安排中超标准安排食宿", "制度机制", "Ⅱ级", "会议费实行预算管理"),
    P("来文办理不及时,延误工作", "岗位职责", "Ⅲ级", "建立办文台账,实行限时办结"),
    P("调研中接受基层宴请和礼品", "思想道德", "Ⅲ级", "开展警示教育"),
]
LI_Y2 = [
    P("公文运转中泄露尚未公开的信息", "岗位职责", "Ⅰ级", "严格执行保密规定"),  # raised Ⅲ → Ⅰ
    P("会议安排中超标准安排食宿", "制度机制", "Ⅲ级", "会议费实行预算管理"),  # lowered Ⅱ → Ⅲ
    P(
        "来文办理不及时,延误工作和群众办事", "岗位职责", "Ⅲ级", "建立办文台账,实行限时办结"
    ),  # reworded
    # 调研中接受基层宴请和礼品: removed
    P("印章使用不规范,未经审批用印", "制度机制", "Ⅱ级", "用印登记,专人保管"),  # added
]
ZHAO = [P("借信息报送之机弄虚作假", "岗位职责", "Ⅲ级", "信息报送审核把关")]
SUN_Y1 = [P("预算执行不严格,挪用资金", "制度机制", "Ⅱ级", "预算调整集体研究", "负责财务管理")]
SUN_Y2 = [
    P(
        "预算执行不严格,挪用资金",
        "思想道德、制度机制",
        "Ⅱ级",
        "预算调整经局务会集体研究",
        "负责财务管理",
    )
]
ZHOU = [P("报销审核把关不严", "岗位职责", "Ⅱ级", "会计出纳分设")]
ZHENG = [P("公款私存", "制度机制", "Ⅰ级", "现金日清月结")]

Y1 = {
    Person("XX局", "办公室", "李二", "主任", "middle", "", 2): LI_Y1,
    Person("XX局", "办公室", "赵三", "科员", "general", "", 3): ZHAO,
    Person("XX局", "财务科", "孙五", "科长", "middle", "", 4): SUN_Y1,
    Person("XX局", "财务科", "周六", "会计", "general", "", 5): ZHOU,
}
Y2 = {
    Person("XX局", "办公室", "李二", "主任", "middle", "", 2): LI_Y2,
    Person(
        "XX局", "综合科", "赵三", "科员", "general", "", 3
    ): ZHAO,  # moved; 办公室 has no 科员 now
    Person("XX局", "财务科", "孙五", "科长", "middle", "", 4): SUN_Y2,
    Person(
        "XX局", "财务科", "郑十", "出纳", "general", "", 6
    ): ZHENG,  # new post; 周六's post is gone
}


def _archive(tmp_path, name, year):
    out, inbox = tmp_path / f"{name}-out", tmp_path / f"{name}-inbox"
    people = list(year)
    for src in build_outbox(people, out):
        entries = {p.person: Entry(rows=year[p]) for p in people if p.department == src.stem}
        fill_workbook(src, inbox / src.relative_to(out), entries)
    archive = tmp_path / f"{name}.xlsx"
    write_outputs(collect_inbox([inbox], jobs=1), str(archive), None, None)
    return archive


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diff")
    return _archive(tmp, "2025", Y1), _archive(tmp, "2026", Y2), tmp


def test_every_known_change_and_nothing_else(archives):
    old, new, tmp = archives
    res = CliRunner().invoke(
        main, ["diff", str(old), str(new), "-o", str(tmp / "d.xlsx"), "--export-dir", str(tmp)]
    )
    assert res.exit_code == 0, res.output
    with open(tmp / "changes.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == [
        "change",
        "unit",
        "department",
        "person",
        "title",
        "risk_point",
        "field",
        "old",
        "new",
    ]
    got = {(r["change"], r["person"], r["risk_point"], r["field"], r["old"], r["new"]) for r in rows
           if r["field"] != "grade_reason" and r["change"] not in ("added", "removed")}  # fmt: skip
    assert got == {
        ("changed", "李二", "公文运转中泄露尚未公开的信息", "risk_level", "Ⅲ级", "Ⅰ级"),
        ("changed", "李二", "会议安排中超标准安排食宿", "risk_level", "Ⅱ级", "Ⅲ级"),
        (
            "changed",
            "李二",
            "来文办理不及时,延误工作和群众办事",
            "risk_point",
            "来文办理不及时,延误工作",
            "来文办理不及时,延误工作和群众办事",
        ),
        ("grade", "李二", "", "computed_grade", "B", "A"),
        ("moved", "赵三", "", "post", "办公室 科员", "综合科 科员"),
        (
            "changed",
            "孙五",
            "预算执行不严格,挪用资金",
            "risk_type",
            "制度机制风险",
            "思想道德风险;制度机制风险",
        ),
        (
            "changed",
            "孙五",
            "预算执行不严格,挪用资金",
            "measures",
            "预算调整集体研究",
            "预算调整经局务会集体研究",
        ),
        ("post_gone", "周六", "", "post", "财务科 会计", ""),
        ("post_new", "郑十", "", "post", "", "财务科 出纳"),
    }
    points = {
        (r["change"], r["person"], r["risk_point"])
        for r in rows
        if r["change"] in ("added", "removed")
    }
    assert points == {
        ("removed", "李二", "调研中接受基层宴请和礼品"),
        ("added", "李二", "印章使用不规范,未经审批用印"),
        ("removed", "周六", "报销审核把关不严"),
        ("added", "郑十", "公款私存"),
    }
    assert "新增风险点 2,删除 2,修改 4" in res.output


def test_workbook_highlights_raised_levels_and_grades(archives):
    import openpyxl

    old, new, tmp = archives
    CliRunner().invoke(main, ["diff", str(old), str(new), "-o", str(tmp / "d2.xlsx")])
    wb = openpyxl.load_workbook(tmp / "d2.xlsx")
    assert wb.sheetnames == [
        "变化汇总",
        "变化明细",
        "_xlproc",
    ]  # the last one hidden: marks our output
    assert wb["_xlproc"].sheet_state == "hidden"
    fills = {}
    for row in wb["变化明细"].iter_rows(min_row=3):
        if row[0].value:
            fills[(row[6].value, row[7].value, row[8].value)] = row[0].fill.fgColor.rgb
    assert fills[("风险级别", "Ⅲ级", "Ⅰ级")].endswith("F8CBAD")  # raised: red
    assert fills[("岗位风险等级", "B", "A")].endswith("F8CBAD")
    assert fills[("风险级别", "Ⅱ级", "Ⅲ级")].endswith("E2EFDA")  # lowered: green
    summary = {r[1]: r for r in wb["变化汇总"].iter_rows(min_row=3, values_only=True) if r[1]}
    assert summary["办公室"][2:9] == (
        1,
        1,
        3,
        1,
        1,
        1,
        0,
    )  # added, removed, changed, levels ±, grades ±


def test_same_archive_has_no_changes(archives):
    old, _, tmp = archives
    res = CliRunner().invoke(main, ["diff", str(old), str(old), "-o", str(tmp / "same.xlsx")])
    assert "新增风险点 0,删除 0,修改 0" in res.output


def test_refuses_other_workbooks(archives, tmp_path):
    old, _, _ = archives
    other = tmp_path / "other.xlsx"
    from helpers import GENERAL_FORM, write_workbook

    write_workbook(other, {"S": GENERAL_FORM})
    for bad in (other, tmp_path / "x.csv"):
        if bad.suffix == ".csv":
            bad.write_text("a,b\n", encoding="utf-8")
        res = CliRunner().invoke(main, ["diff", str(bad), str(old), "-o", str(tmp_path / "d.xlsx")])
        assert res.exit_code == 2 and "不是 xlproc collect 生成的汇总档案" in res.output


def test_two_holders_of_one_post_both_replaced_are_paired_by_their_points():
    import pandas as pd

    from xlproc.diff import diff_archives

    def frames(people):
        posts, risks = [], []
        for k, (person, points) in enumerate(people):
            fid = f"F{k}"
            posts.append({"form_id": fid, "unit": "XX局", "department": "信息科", "person": person, "title": "科员",
                          "computed_grade": "B", "grade_reason": "r"})  # fmt: skip
            risks += [{"form_id": fid, "risk_point": p, "risk_level": "Ⅱ级", "risk_type": "制度机制风险",
                       "measures": "m"} for p in points]  # fmt: skip
        return pd.DataFrame(risks), pd.DataFrame(posts)

    o_r, o_p = frames([("甲", ["网站信息未审核发布", "泄露数据"]), ("乙", ["设备采购倾向供应商"])])
    n_r, n_p = frames([("丁", ["设备采购倾向供应商"]), ("丙", ["网站信息未审核发布", "泄露数据"])])
    changes = diff_archives(o_r, o_p, n_r, n_p).changes
    got = sorted(zip(changes["change"], changes["old"], changes["new"], strict=True))
    assert got == [("holder", "乙", "丁"), ("holder", "甲", "丙")]
