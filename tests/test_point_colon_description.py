"""Point cells written ``短名：表现``: the point's short name, a full-width colon, how it shows.

Some offices write every 廉政风险点 cell as the business item the risk lies in, a full-width
colon and, on the same line, the sentence of how it shows (``证照核发：对材料不全的申请人违规
发证``), under a plain ``廉政风险点`` heading with no 表现 column. Where MOST of the table's point
cells are so written, the short name is the point and the rest its description, as a dash
parts them. A table where only a few cells have such a colon, where the text before it is a
label, a type, a post, a 科室 or a stage of the work, where the colon sits inside quotes, where
the colon is the half-width ``:`` (a field and its value), or where the heading names the
measures, reads as before; a table where half its cells (not most) are so written reads
whole, and the sender is told (``POINT_COLON_UNCLEAR``).

The tables here are written in other words than tests/published/batch457.py (another unit,
other names, headings and levels), as real .xlsx (xlsxwriter, openpyxl) and .ods files, and
read back as ``collect_inbox`` reads them.
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

UNIT = "临武县市场监督管理局"
HEAD = ["序号", "科室", "岗位", "姓名", "岗位廉政风险点", "风险等级", "防控措施"]

# (short name, how it shows): the truth the colon tables are built from
ITEMS = [
    ("证照核发", "对材料不全的申请人违规发证，或超时限办结不说明理由"),
    ("“双随机”抽查", "抽查对象不按系统随机抽取，事先透露检查安排"),
    ("案件办理", "对违法经营行为降格处理，以罚代刑"),
    ("计量器具检定", "检定不到现场即出具合格证书"),
    ("食品抽样", "抽样前通知被抽样单位，调换样品"),
    ("罚没物品处置", "罚没物品不入库登记，私自变卖处置"),
]


def collect(inbox: Path):
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([inbox]))
    return assemble(results, config, [inbox])


def run(tmp_path: Path, rows, head=HEAD):
    inbox = tmp_path / "inbox"
    table = [[f"{UNIT}岗位廉政风险防控一览表"], head, *rows]
    write_workbook(inbox / "t.xlsx", {"一览表": table}, {"一览表": ["A1:G1"]})
    return collect(inbox)


def rows_of(cells: list[str]) -> list[list[object]]:
    posts = [("登记注册科", "科长", "皇甫琰"), ("执法稽查科", "科员", "宇文翀")]
    return [
        [i, *posts[i % 2], cell, ("一级", "二级", "三级")[i % 3], "两人经办，结果公示。"]
        for i, cell in enumerate(cells, 1)
    ]


def in_order(res):
    """The points as the rows write them (the archive lists them by person)."""
    return res.risks.sort_values(["source_file", "source_row"], kind="stable")


def points(res) -> list[tuple[str, str]]:
    return [tuple(x) for x in in_order(res)[["risk_point", "description"]].values.tolist()]


def codes(res) -> set[str]:
    return set(res.issues["code"])


def test_every_cell_short_name_colon_shows(tmp_path):
    cells = [f"{name}：{shows}" for name, shows in ITEMS]
    res = run(tmp_path, rows_of(cells))
    assert points(res) == ITEMS
    assert in_order(res)["raw_risk_level"].tolist()[:3] == ["二级", "三级", "一级"]
    assert in_order(res)["title"].tolist()[:2] == ["科员", "科长"]
    assert "POINT_COLON_UNCLEAR" not in codes(res)


def test_most_cells_so_written_a_quoted_colon_stays_whole(tmp_path):
    # five of six cells '短名：表现'; the sixth's colon sits inside quotes: it is not parted
    quoted = "落实“首问负责：来访群众咨询不予答复”要求不到位"
    cells = [f"{name}：{shows}" for name, shows in ITEMS[:5]] + [quoted]
    res = run(tmp_path, rows_of(cells))
    assert points(res) == [*ITEMS[:5], (quoted, "")]


def test_written_by_openpyxl_and_saved_as_ods(tmp_path):
    head = ["序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险级别", "防控措施"]
    said = [
        ("局领导", "局长", "东方璇", "项目审批", "对不符合条件的项目违规审批立项", "制度机制", "高"),
        ("局领导", "副局长", "夏侯淼", "资金拨付", "拨付专项资金不按进度核实，提前拨付", "业务流程", "高"),
        ("财务股", "会计", "澹台岚", "往来款清理", "往来款长期挂账不清理，公款私存", "岗位职责", "中"),
        ("财务股", "出纳", "公冶珩", "现金管理", "坐支现金、白条抵库", "思想道德", "低"),
    ]  # fmt: skip
    rows = [head] + [
        [i, dept, post, who, f"{name}：{shows}", typ, lv, "按制度执行。"]
        for i, (dept, post, who, name, shows, typ, lv) in enumerate(said, 1)
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "防控表"
    for row in rows:
        ws.append(row)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "a.xlsx")
    write_ods(tmp_path / "ods" / "b.ods", {"防控表": rows})
    want = [(name, shows) for *_x, name, shows, _t, _l in said]
    for folder in (inbox, tmp_path / "ods"):
        res = collect(folder)
        assert points(res) == want, folder
        assert res.risks["risk_type"].str.len().gt(0).all(), folder


def test_a_few_colons_read_as_before(tmp_path):
    # only two of six cells have the colon: the table is not so written, every cell stays whole
    cells = [
        "证照核发：对材料不全的申请人违规发证",
        "案件办理：对违法经营行为降格处理",
        "计量器具检定不到现场即出具合格证书",
        "食品抽样前通知被抽样单位",
        "罚没物品不入库登记，私自变卖处置",
        "接受监管对象宴请、礼金",
    ]
    res = run(tmp_path, rows_of(cells))
    assert points(res) == [(c, "") for c in cells]
    assert "POINT_COLON_UNCLEAR" not in codes(res)


def test_half_the_cells_unclear_nothing_invented(tmp_path):
    # four of six cells '短名：表现' (not most): which cells name their point before the colon is
    # not certain: all read whole, and the sender is told once
    cells = [f"{name}：{shows}" for name, shows in ITEMS[:4]] + [
        "罚没物品不入库登记，私自变卖处置",
        "接受监管对象宴请、礼金",
    ]
    res = run(tmp_path, rows_of(cells))
    assert points(res) == [(c, "") for c in cells]
    got = res.issues[res.issues["code"] == "POINT_COLON_UNCLEAR"]
    assert got["cell"].tolist() == ["E3"] and got["value"].tolist() == ["4"]
    assert "6 格" in got["message"].iloc[0]


def test_stages_labels_and_half_width_colons_are_not_short_names(tmp_path):
    # a stage of the work before every colon: the step the risk lies in, not the point's name
    stages = [
        "受理环节：对材料不全的申请人违规受理",
        "审核环节：审核不严，放宽许可条件",
        "发证阶段：超时限发证不说明理由",
        "监管环节：发证后不按规定开展检查",
    ]
    res = run(tmp_path, rows_of(stages))
    assert [d for _p, d in points(res)] == [""] * 4
    assert all(p.startswith(("受理", "审核", "发证", "监管")) for p, _d in points(res))
    # labels the reader knows ('具体表现：'), and '名:表现' with the half-width colon
    labelled = [f"具体表现：{shows}" for _n, shows in ITEMS[:4]]
    res = run(tmp_path / "b", rows_of(labelled))
    assert all(d == "" for _p, d in points(res))
    half = [f"{name}:{shows}" for name, shows in ITEMS[:4]]
    res = run(tmp_path / "c", rows_of(half))
    assert points(res) == [(c, "") for c in half]


def test_posts_and_types_before_the_colon_are_not_short_names(tmp_path):
    # a post with a post column beside it, or a 科室: no short name of the point
    posted = [
        "会计：报销凭证审核不严，虚列支出",
        "出纳：坐支现金、白条抵库",
        "办公室：公务接待超标准",
        "科员：执法检查不到现场即签字",
    ]
    res = run(tmp_path, rows_of(posted))
    assert all(d == "" for _p, d in points(res))
    assert not {"会计", "出纳", "办公室", "科员"} & set(res.risks["risk_point"])
    # a type before the colon: its type, the point after it (as read before)
    typed = [
        "思想道德风险：接受监管对象宴请、礼金",
        "制度机制风险：重大事项不经集体研究",
        "岗位职责风险：执法检查走过场",
        "外部环境风险：受人情干扰降格处理",
    ]
    res = run(tmp_path / "b", rows_of(typed))
    assert in_order(res)["risk_point"].tolist() == [c.split("：")[1] for c in typed]
    assert all(d == "" for _p, d in points(res))


def test_a_description_column_or_a_measures_heading_keeps_the_cell(tmp_path):
    cells = [f"{name}：{shows}" for name, shows in ITEMS[:4]]
    # '风险点及防控措施': what follows the colon may be the measures, not how it shows
    head = [*HEAD[:4], "风险点及防控措施", *HEAD[5:]]
    res = run(tmp_path, rows_of(cells), head=head)
    assert all(d == "" for _p, d in points(res))
    assert in_order(res)["risk_point"].tolist() == cells
    # a 表现形式 column of its own beside the points: the cell is the point as written
    head = ["序号", "科室", "岗位", "姓名", "风险点", "表现形式", "风险等级", "防控措施"]
    shows = [f"{x}，群众多次投诉举报，经查属实并已责令整改到位" for _n, x in ITEMS[:4]]
    rows = [[*r[:5], x, *r[5:]] for r, x in zip(rows_of(cells), shows, strict=True)]
    inbox = tmp_path / "d"
    write_workbook(inbox / "t.xlsx", {"表": [head, *rows]})
    res = collect(inbox)
    assert points(res) == list(zip(cells, shows, strict=True))


def test_the_code_is_catalogued():
    severity, template = CATALOGUE["POINT_COLON_UNCLEAR"]
    assert severity == "info" and SHORT["POINT_COLON_UNCLEAR"]
    assert "整格" in template.format(field="廉政风险点", value="3", total="5")


def test_what_the_hundred_and_twelfth_review_found_a_bare_step_word_is_no_short_name(tmp_path):
    """'审核：资料把关不严⏎审批：违规审批': the cell's lines each say a step of the work and its risk
    (a holder column beside, no stage columns); the first step word was taken for the point's
    name and the rest for its description. A bare step word (受理, 审核, 复核, 审批, 批准 …)
    before the colon is no short name: the cell stays whole."""
    stepped = [
        "审核：资料把关不严，放宽许可条件\n审批：越权审批",
        "受理：对材料不全的申请人违规受理\n审核：吃拿卡要",
        "复核：复核流于形式\n批准：未经集体研究即批准",
        "经办：经办中私自收取费用",
    ]
    res = run(tmp_path, rows_of(stepped))
    assert points(res) == [(c, "") for c in stepped]
    assert "POINT_COLON_UNCLEAR" not in codes(res)
