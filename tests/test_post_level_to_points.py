"""A post's grade passed to its points by a note: a ``岗位风险等级`` column merged over each
holder's rows, no column grading the points, and a note (or the heading itself) saying each
point's level is its post's ('风险点等级与所在岗位风险等级保持一致').

The workbooks are written with xlsxwriter (and one as .ods) in other words than the published
batch that showed the shape (another unit, other posts, other grade words and notes), and read
back as ``collect_inbox`` reads them.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import _post_level_note, assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

HEAD = ["序号", "岗位", "姓名", "岗位风险等级", "风险点", "风险类型", "防控措施"]
TITLE = ["XX县粮食储备库岗位风险等级一览表"]


def _rows(grades=("Ⅰ级", "Ⅱ级", "Ⅲ级"), note: str | None = None) -> list[list]:
    """Three holders of the 粮库, each post's grade merged down over his rows (D3:D4, D5:D6, D7)."""
    a, b, c = grades
    rows = [
        TITLE,
        HEAD,
        [1, "主任", "冼书白", a, "粮食收购压级压价", "业务流程", "收购价格公示，质检复核"],
        [2, "主任", "冼书白", None, "轮换出库暗箱操作", "制度机制", "轮换计划集体研究"],
        [3, "保管员", "阙知微", b, "出入库数量记录不实", "岗位职责", "双人过磅，日清月结"],
        [4, "保管员", "阙知微", None, "私自处置残次粮", "思想道德", "残次粮处置报批"],
        [5, "质检员", "蔺秋池", c, "检验结果弄虚作假", "岗位职责", "留样复检"],
    ]
    if note:
        rows.append([note])
    return rows


MERGES = ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6", "A8:G8"]


def run(tmp_path: Path, rows, merges=MERGES, ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", {"评级": rows})
    else:
        write_workbook(inbox / "t.xlsx", {"评级": rows}, {"评级": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def codes(res) -> list[str]:
    return res.issues["code"].tolist()


def test_a_note_passes_each_posts_grade_to_its_points(tmp_path):
    note = "说明：本库不对风险点单独定级，各项风险点等级与其所在岗位风险等级保持一致。"
    got = run(tmp_path, _rows(note=note))
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # the grade column is the points' level, no declared grade A/B/C to set against them
    assert got.posts["declared_grade"].tolist() == ["", "", ""]
    assert got.posts["computed_grade"].tolist()[0] == "A"
    assert "LEVEL_BLANK" not in codes(got) and "GRADE_MISMATCH" not in codes(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_POST"]
    assert said["value"].tolist() == ["5"] and said["severity"].tolist() == ["info"]
    assert "各项风险点等级与其所在岗位风险等级保持一致" in said["message"].iloc[0]
    assert "岗位风险等级" in said["message"].iloc[0]
    assert "LEVEL_BY_POST" in CATALOGUE and SHORT["LEVEL_BY_POST"]


def test_the_post_gives_its_points_their_level_the_other_way_round(tmp_path):
    # the post's grade as subject ('岗位风险等级即为…各风险点的风险等级'), 高/中/低 words
    note = "备注：1.岗位风险等级每年评定一次；2.岗位风险等级即为该岗位各风险点的风险等级。"
    got = run(tmp_path, _rows(("高", "中", "低"), note))
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_BY_POST" in codes(got)


def test_the_heading_itself_says_so_and_an_ods_copy_reads_alike(tmp_path):
    rows = _rows(("较高", "一般", "较低"))
    rows[1] = [*HEAD[:3], "岗位风险等级（即风险点等级）", *HEAD[4:]]
    for ods in (False, True):
        got = run(tmp_path / str(ods), rows, ods=ods)
        # a three-step scale of its own: 较高/一般/较低 are Ⅰ/Ⅱ/Ⅲ here
        assert got.risks["risk_level"].tolist()[::2] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"], ods
        assert "LEVEL_BY_POST" in codes(got), ods


def test_without_such_a_note_the_column_is_the_posts_grade(tmp_path):
    # as before: the grade is the post's, and no point has a level
    for note in (
        None,
        "注：岗位风险等级按本岗位风险点的最高等级确定。",  # the other direction
        "注：风险点等级与岗位风险等级不一致的，以风险点等级为准。",
        "注：风险点等级按岗位风险等级和发生概率综合确定。",  # more than the post's grade
    ):
        got = run(tmp_path / str(len(note or "")), _rows(note=note))
        assert got.risks["risk_level"].tolist() == [""] * 5, note
        assert got.posts["declared_grade"].tolist() == ["A", "B", "C"], note
        assert codes(got).count("LEVEL_BLANK") == 5, note
        assert "LEVEL_BY_POST" not in codes(got), note


def test_a_points_own_level_wins_over_its_posts(tmp_path):
    note = "注：风险点未标等级的，按所在岗位风险等级确定。"
    rows = [TITLE, [*HEAD[:5], "风险等级", "防控措施"]]
    rows += [
        [1, "主任", "冼书白", "Ⅰ级", "粮食收购压级压价", "Ⅱ级", "收购价格公示"],
        [2, "主任", "冼书白", None, "轮换出库暗箱操作", "", "轮换计划集体研究"],
        [3, "保管员", "阙知微", "Ⅱ级", "出入库数量记录不实", "Ⅲ级", "双人过磅"],
        [4, "保管员", "阙知微", None, "私自处置残次粮", "Ⅲ级", "残次粮处置报批"],
        [5, "质检员", "蔺秋池", "Ⅲ级", "检验结果弄虚作假", "Ⅲ级", "留样复检"],
        [note],
    ]
    got = run(tmp_path, rows)
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅲ级", "Ⅲ级"]
    # the one post whose grade gave a level is no declared grade; the others are as written
    assert got.posts["declared_grade"].tolist() == ["", "B", "C"]
    said = got.issues[got.issues["code"] == "LEVEL_BY_POST"]
    assert said["value"].tolist() == ["1"]


def test_a_grade_that_is_no_level_gives_none(tmp_path):
    # 'A类/B类/C类' are post grades the vocabulary knows no level of: nothing is invented
    note = "说明：各风险点的风险等级按所在岗位的岗位风险等级确定。"
    got = run(tmp_path / "unknown", _rows(("A类", "B类", "C类"), note))
    assert got.risks["risk_level"].tolist() == [""] * 5
    assert got.posts["declared_grade"].tolist() == ["A", "B", "C"]
    assert codes(got).count("LEVEL_BLANK") == 5 and "LEVEL_BY_POST" not in codes(got)
    # ... unless the notes say what each means
    rows = _rows(("A", "B", "C"), note + "A为高风险，B为中风险，C为低风险。")
    got = run(tmp_path / "defined", rows)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # a note reversing the usual order of the words is read as written
    rows = _rows(("一级", "二级", "三级"), note + "（一级为低，三级为高）")
    got = run(tmp_path / "reversed", rows)
    assert got.risks["risk_level"].tolist() == ["Ⅲ级", "Ⅲ级", "Ⅱ级", "Ⅱ级", "Ⅰ级"]


def test_the_notes_wording():
    said = [
        "各风险点按岗位风险等级确定",
        "风险点不单独定级，统一执行岗位风险等级。",
        "各项廉政风险的等级以所在岗位等级为准",
        "岗位风险等级（各风险点同）",
        "岗位风险等级适用于本岗位全部风险点",
    ]
    not_said = [
        "岗位风险等级根据所含风险点等级综合评定",
        "岗位风险等级即为该岗位风险点的最高等级",
        "风险点等级与岗位风险等级相对应",
        "风险点等级不按岗位等级确定",
        "风险点等级由科室评定，报分管领导按岗位风险等级审核",
        "风险点等级分为高中低三级，岗位风险等级分为ABC三级",
        "岗位风险等级作为干部轮岗的依据",
    ]
    assert all(_post_level_note([t]) for t in said)
    assert not any(_post_level_note([t]) for t in not_said)


def test_a_note_of_what_else_the_posts_grade_decides():
    # (review 73: the 分级监管 sentence gives the points no level)
    not_said = [
        "对查找出的风险点，依照岗位风险等级，由局长、分管副局长、股长分级监督。",
        "风险点梳理完毕后，按岗位风险等级确定检查频次。",
        "各风险点防控措施的执行情况，根据岗位风险等级，每半年督查一次。",
        "风险点多的岗位，以岗位风险等级为准实行定期交流。",
    ]
    assert not any(_post_level_note([t]) for t in not_said)
    assert _post_level_note(["注：各项风险点等级，均按所在岗位风险等级确定。"])
