"""A column at the table's edge with NO heading (its header cell empty) whose cells tell others'
cases as stories (``2021年某县…股长…被给予党内严重警告处分。``, ``某镇…被立案审查。``) is a column of
cases: set aside, said once (info CASE_COLUMN_UNHEADED at its first case), no point, measures or
stray text. Before, each case cell was a warning CELL_OUTSIDE asking the unit to move it into the
table (batch1034's 自然资源局). Not that batch's words: a 县小学's 防控表 with 高/中/低 and cases told
as ``受到…撤职处分``, ``被依法追究刑事责任``; a 村's 清单 whose case column also holds a note (the
note still reported); and the near-misses — an unheaded column of notes, one case alone, a column
headed ``警示案例`` (CASE_COLUMN_SET_ASIDE as before).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("title"), d["risk_point"], d["risk_level"], d["measures"]))
    return got, [(i.code, i.cell) for i in r.issues]


SCHOOL = [
    ["某县实验小学岗位廉政风险防控表", None, None, None, None, None, None],
    ["序号", "处室", "岗位", "风险点", "风险等级", "防控措施", None],
    [1, "校领导", "校长", "校服征订指定厂家", "高", "征订家长自愿，委员会选定。",
     "2018年，某市某小学校长在校服征订中收受厂家回扣，受到撤职处分。"],
    [2, "总务处", "主任", "维修工程不比价", "中", "三家比价，验收留痕。",
     "某县教育局原副局长插手学校维修工程，被依法追究刑事责任。"],
    [3, "总务处", "主任", "食堂账目不公开", "中", "账目按月公示。", None],
    [4, "教导处", "主任", "课后服务费截留", "低", "收费统一入账。",
     "2022年某县某中学教导主任截留课后服务费，被给予政务警告处分。"],
]  # fmt: skip


def test_unheaded_cases_beside_a_school_list(tmp_path):
    path = write_workbook(
        tmp_path / "防控表.xlsx", {"防控表": SCHOOL}, merges={"防控表": ["A1:G1"]}
    )
    got, issues = _read(path)
    assert [(t, p, lv) for t, p, lv, _ in got] == [
        ("校长", "校服征订指定厂家", "Ⅰ级"),
        ("主任", "维修工程不比价", "Ⅱ级"),
        ("主任", "食堂账目不公开", "Ⅱ级"),
        ("主任", "课后服务费截留", "Ⅲ级"),
    ]
    assert all("处分" not in m and "刑事" not in m for *_, m in got)
    codes = [c for c, _ in issues]
    assert ("CASE_COLUMN_UNHEADED", "G3") in issues
    assert codes.count("CASE_COLUMN_UNHEADED") == 1
    assert "CELL_OUTSIDE" not in codes


VILLAGE = [
    ["某村小微权力廉政风险防控清单", None, None, None, None, None],
    ["序号", "职务", "廉政风险点", "风险级别", "防控措施", None],
    [1, "村党支部书记", "集体资产发包暗箱操作", "一级", "发包公开竞价。",
     "某镇某村党支部书记违规发包集体鱼塘，被立案审查。"],
    [2, "村委会主任", "救灾物资发放优亲厚友", "二级", "发放名单公示。",
     "2020年某村委会主任截留救灾物资，被给予留党察看处分。"],
    [3, "报账员", "村级财务白条入账", "二级", "票据镇三资中心审核。", "已整改"],
    [4, "报账员", "公益岗工资冒领", "三级", "工资打卡发放。",
     "某县某村报账员冒领公益岗工资，被开除党籍。"],
]  # fmt: skip


def test_the_case_column_sets_aside_its_cases_only(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": VILLAGE})
    got, issues = _read(path)
    assert [p for _, p, _, _ in got] == [row[2] for row in VILLAGE[2:]]
    codes = [c for c, _ in issues]
    assert ("CASE_COLUMN_UNHEADED", "F3") in issues and codes.count("CASE_COLUMN_UNHEADED") == 1
    assert [cell for c, cell in issues if c == "CELL_OUTSIDE"] == ["F5"]  # ('已整改': as before)


def _with_column(values, heading=None):
    rows = [list(r[:6]) for r in SCHOOL]
    rows[1].append(heading)
    for row, v in zip(rows[2:], values, strict=True):
        row.append(v)
    rows[0].append(None)
    return rows


def test_an_unheaded_column_of_notes_is_reported_as_before(tmp_path):
    rows = _with_column(["已落实", "长期", None, "每学期"])
    got, issues = _read(write_workbook(tmp_path / "a.xlsx", {"表": rows}))
    assert len(got) == 4
    codes = [c for c, _ in issues]
    assert "CASE_COLUMN_UNHEADED" not in codes
    assert [cell for c, cell in issues if c == "CELL_OUTSIDE"] == ["G3", "G4", "G6"]


def test_one_case_alone_is_reported_as_before(tmp_path):
    rows = _with_column([SCHOOL[2][6], None, None, None])
    _, issues = _read(write_workbook(tmp_path / "b.xlsx", {"表": rows}))
    assert [(c, cell) for c, cell in issues if "CASE" in c or c == "CELL_OUTSIDE"] == [
        ("CELL_OUTSIDE", "G3")
    ]


def test_a_headed_case_column_reads_as_before(tmp_path):
    rows = _with_column([r[6] for r in SCHOOL[2:]], heading="警示案例")
    got, issues = _read(write_workbook(tmp_path / "c.xlsx", {"表": rows}))
    assert len(got) == 4
    codes = [c for c, _ in issues]
    assert ("CASE_COLUMN_SET_ASIDE", "G2") in issues
    assert "CASE_COLUMN_UNHEADED" not in codes and "CELL_OUTSIDE" not in codes
