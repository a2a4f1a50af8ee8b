"""Point cells opening with the point's short name in brackets, how it shows after it.

Some offices write the point and how it shows in one column, each cell opening with the short
风险点 in 【】 (or 〔〕, ［］, []) and running on with its description, no separator after the
bracket (``〔宅基地审批〕对不符合“一户一宅”条件的申请违规上报``). Where a note says the bracket
holds the point (``〔〕中为风险点名称``), or the heading names the point and how it shows
(``风险点及表现形式``, no description column) and most cells are so written, the bracket is the
point and the rest its description (after the row's own description, if it has one), with one
info (``POINT_IN_BRACKET``). A bracket holding a type, a stage of the work, a status
(``【重点】``) or a 科室 keeps today's reading; under a plain ``风险点`` heading with no note, or
where only some cells are so written, the cells stay whole: nothing is invented.

The tables here are written in other words than tests/published/batch525.py (another unit,
other brackets, names, headings and notes), as real .xlsx (xlsxwriter, openpyxl) and .ods
files, and read back as ``collect_inbox`` reads them.
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

UNIT = "宁陕县自然资源局"
TITLE = [f"{UNIT}岗位廉政风险排查表"]
PEOPLE = [
    ("局领导", "副局长", "公良瑾"),
    ("国土空间规划股", "股长", "巫马翊"),
    ("执法监察大队", "队员", "濮阳澈"),
]
# (short name, how it shows): the truth the tables are built from
ITEMS6 = [
    ("宅基地审批", "对不符合“一户一宅”条件的申请违规上报"),
    ("土地出让", "透露出让底价，为意向人量身设置竞买条件"),
    ("规划条件核定", "擅自调整容积率等规划指标"),
    ("不动产登记", "对权属资料不全的申请违规办理登记"),
    ("违法用地查处", "接受当事人请托，以罚代拆、压案不查"),
    ("矿产资源执法", "对无证开采不制止、不移交"),
]
LEVELS = ["高", "中", "低", "中", "高", "低"]
MEASURES = "结果公示，股室集体研究，纪检组抽查。"


def collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def table(cells: list[str], head_point: str, note: str | None = None, shows=None):
    """A title, the header, two rows a person with the point cells given (and a description
    column where ``shows`` is given), a note line, a signature line."""
    head = ["序号", "股室", "职务", "姓名", head_point]
    head += ["具体表现"] if shows is not None else []
    rows = [TITLE, head + ["风险等级", "防控措施"]]
    for i, cell in enumerate(cells):
        dept, post, who = PEOPLE[i // 2]
        own = [shows[i]] if shows is not None else []
        rows.append([i + 1, dept, post, who, cell, *own, LEVELS[i], MEASURES])
    if note:
        rows.append([note])
    rows.append(["填表人：", "", "审核人：", "", "2025年9月"])
    return rows


def run(tmp_path: Path, rows, name: str = "t.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, {"排查表": rows})
    return collect(inbox)


def in_order(res):
    return res.risks.sort_values(["source_file", "source_row"], kind="stable")


def points(res) -> list[tuple[str, str]]:
    return [tuple(x) for x in in_order(res)[["risk_point", "description"]].values.tolist()]


def issued(res, code: str = "POINT_IN_BRACKET"):
    return res.issues[res.issues["code"] == code]


def test_the_code_is_catalogued():
    severity, message = CATALOGUE["POINT_IN_BRACKET"]
    assert severity == "info" and "括号" in message
    assert SHORT["POINT_IN_BRACKET"] and ITEMS["POINT_IN_BRACKET"] == "风险点"


def test_a_note_says_the_bracket_holds_the_point(tmp_path):
    # 〔〕 under a plain '廉政风险点' heading; a note under the table says what the bracket holds
    cells = [f"〔{name}〕{shows}" for name, shows in ITEMS6]
    note = "说明：风险点栏〔〕中为风险点名称，其后为具体表现形式。"
    res = run(tmp_path, table(cells, "廉政风险点", note))
    assert points(res) == ITEMS6
    got = in_order(res)
    assert got["raw_risk_level"].tolist() == LEVELS
    assert got["person"].tolist()[:3] == ["公良瑾", "公良瑾", "巫马翊"]
    info = issued(res)
    assert info["cell"].tolist() == ["E3"] and info["value"].tolist() == ["宅基地审批"]
    assert info["severity"].tolist() == ["info"] and "6 格" in info["message"].iloc[0]


def test_heading_of_point_and_shows_most_cells_so_written(tmp_path):
    # no note; '风险点及表现形式' over cells in ［］ and [] (a colon after one of them), five of
    # six so written: the five are parted, the sixth (no bracket) stays whole
    cells = [
        "［宅基地审批］对不符合“一户一宅”条件的申请违规上报",
        "[土地出让]透露出让底价，为意向人量身设置竞买条件",
        "［规划条件核定］：擅自调整容积率等规划指标",
        "［不动产登记］ 对权属资料不全的申请违规办理登记",
        "[违法用地查处]接受当事人请托，以罚代拆、压案不查",
        "矿产资源执法中对无证开采不制止、不移交",
    ]
    res = run(tmp_path, table(cells, "风险点及表现形式"))
    assert points(res) == [*ITEMS6[:5], (cells[5], "")]
    assert len(issued(res)) == 1


def test_the_rows_own_description_is_kept_after_the_brackets_rest(tmp_path):
    # '风险点 | 具体表现' and a note: the bracket's rest goes before the row's own description
    # (once, where the row repeats it)
    cells = [f"【{name}】{shows}" for name, shows in ITEMS6]
    own = [f"近三年群众来信反映{i}件，经核查部分属实，已责令整改并在全局通报" for i in range(1, 6)]
    own.append(ITEMS6[5][1])
    note = "注：【】内为廉政风险点。"
    res = run(tmp_path, table(cells, "风险点", note, shows=own))
    want = [
        (name, shows if extra == shows else f"{shows}\n{extra}")
        for (name, shows), extra in zip(ITEMS6, own, strict=True)
    ]
    assert points(res) == want
    assert len(issued(res)) == 1


def test_written_by_openpyxl_and_saved_as_ods(tmp_path):
    # the shape is in the text alone: an openpyxl file and a LibreOffice-style .ods read alike
    rows = table([f"【{n}】{s}" for n, s in ITEMS6], "岗位廉政风险点及主要表现")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "排查表"
    for row in rows:
        ws.append(row)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "a.xlsx")
    write_ods(tmp_path / "ods" / "b.ods", {"排查表": rows})
    for folder in (inbox, tmp_path / "ods"):
        res = collect(folder)
        assert points(res) == ITEMS6, folder
        assert len(issued(res)) == 1, folder


def test_type_tags_stay_types(tmp_path):
    # '【制度机制】…' under the joined heading: the tag is the point's type, as before
    typed = ["制度机制", "思想道德", "岗位职责", "外部环境", "业务流程", "岗位职责"]
    cells = [f"【{t}】{shows}" for t, (_n, shows) in zip(typed, ITEMS6, strict=True)]
    res = run(tmp_path, table(cells, "廉政风险点及主要表现"))
    assert points(res) == [(shows, "") for _n, shows in ITEMS6]
    assert [t[:4] for t in in_order(res)["risk_type"]] == typed
    assert issued(res).empty and not issued(res, "TYPE_TAGS").empty


def test_stage_tags_under_a_plain_heading_stay_whole(tmp_path):
    # stages of the work in 【】 under a plain '风险点', no note: kept in the point
    stages = ["受理环节", "审查环节", "审批阶段", "登记环节", "立案环节", "处罚阶段"]
    cells = [f"【{st}】{shows}" for st, (_n, shows) in zip(stages, ITEMS6, strict=True)]
    res = run(tmp_path, table(cells, "风险点"))
    assert points(res) == [(c, "") for c in cells]
    assert issued(res).empty
    # and under the joined heading too: a stage is no short name of a point
    res = run(tmp_path / "joined", table(cells, "廉政风险点及主要表现"))
    assert points(res) == [(c, "") for c in cells]
    assert issued(res).empty


def test_status_tags_stay(tmp_path):
    # '【重点】', '【新增】' opening the cells under the joined heading: statuses, no points
    tags = ["重点", "新增", "重点", "新增", "重点", "新增"]
    cells = [f"【{t}】{shows}" for t, (_n, shows) in zip(tags, ITEMS6, strict=True)]
    res = run(tmp_path, table(cells, "廉政风险点及主要表现"))
    assert points(res) == [(c, "") for c in cells]
    assert issued(res).empty


def test_joined_heading_without_brackets_reads_as_before(tmp_path):
    cells = [f"{name}{shows}" for name, shows in ITEMS6]
    res = run(tmp_path, table(cells, "廉政风险点及主要表现"))
    assert points(res) == [(c, "") for c in cells]
    assert issued(res).empty


def test_unclear_nothing_invented(tmp_path):
    # short names in brackets under a plain heading with no note: which the bracket holds is
    # unsaid, every cell stays whole
    cells = [f"【{name}】{shows}" for name, shows in ITEMS6]
    res = run(tmp_path, table(cells, "廉政风险点"))
    assert points(res) == [(c, "") for c in cells]
    assert issued(res).empty
    # under the joined heading, only half the cells so written (not most), no note: whole too
    half = cells[:3] + [f"{name}{shows}" for name, shows in ITEMS6[3:]]
    res = run(tmp_path / "half", table(half, "风险点及表现形式"))
    assert points(res) == [(c, "") for c in half]
    assert issued(res).empty


def test_one_label_in_every_cell_is_no_short_name(tmp_path):
    # the same bracket opening every cell ('【廉政提醒】…'): a label over them all, not six points
    # of one name, though a note speaks of the bracket
    cells = [f"【廉政提醒】{shows}" for _n, shows in ITEMS6]
    note = "注：【】内为风险点。"
    res = run(tmp_path, table(cells, "风险点及表现形式", note))
    assert points(res) == [(c, "") for c in cells]
    assert issued(res).empty


def test_a_note_on_the_type_does_not_part_short_names(tmp_path):
    # the note says the bracket holds the TYPE, the tags are short names (no type): as read
    cells = [f"【{name}】{shows}" for name, shows in ITEMS6]
    note = "注：风险点前【】内为风险类型。"
    res = run(tmp_path, table(cells, "廉政风险点", note))
    assert points(res) == [(c, "") for c in cells]
    assert issued(res).empty


def test_office_tags_with_no_office_column_stay_offices(tmp_path):
    # no 科室 column, each cell opening with its 科室 in 【】 under the joined heading: the tag is
    # the row's 科室, as before, and no short name
    offices = ["办公室", "办公室", "规划股", "规划股", "执法监察大队", "执法监察大队"]
    rows = [TITLE, ["序号", "职务", "姓名", "廉政风险点及主要表现", "风险等级", "防控措施"]]
    for i, (office, (_n, shows)) in enumerate(zip(offices, ITEMS6, strict=True)):
        _d, post, who = PEOPLE[i // 2]
        rows.append([i + 1, post, who, f"【{office}】{shows}", LEVELS[i], MEASURES])
    res = run(tmp_path, rows)
    got = in_order(res)
    assert got["risk_point"].tolist() == [shows for _n, shows in ITEMS6]
    assert got["department"].tolist() == offices
    assert issued(res).empty
