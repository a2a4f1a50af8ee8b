"""A line naming only the unit over a title that names it again is the unit named once.

A list may print its unit's name on a line of its own (``某县财政局``) above the title that starts
with the same name (``某县财政局岗位廉政风险防控一览表``); the two lines were joined into the unit
``某县财政局某县财政局``. The unit is named once; the title's 科室 (``药剂科``) is still read. A unit
line over a title that does not name it again, and a unit whose name really repeats a word, read
as before. The words are not those of tests/published: other units, sectors, posts and names.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, sheets):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
ROWS = [
    ("股长", "訾岚汐", "审批事项把关不严", "二级", "审批双人复核。"),
    ("办事员", "仇星野", "档案资料外泄", "三级", "档案专人保管。"),
]


def sheet(lines: list[str]) -> dict:
    return {"Sheet1": [*[[x] for x in lines], HEAD, *[[i + 1, *r] for i, r in enumerate(ROWS)]]}


def read(res) -> set[tuple[str, str]]:
    return {tuple(x) for x in res.risks[["unit", "department"]].values.tolist()}


def test_bureau_named_over_its_title(tmp_path):
    res = run(tmp_path, sheet(["九寨沟县水务局", "九寨沟县水务局岗位廉政风险防控一览表"]))
    assert read(res) == {("九寨沟县水务局", "")}


def test_party_department_named_over_its_title(tmp_path):
    res = run(tmp_path, sheet(["中共红原县委宣传部", "中共红原县委宣传部廉政风险点排查表"]))
    assert read(res) == {("中共红原县委宣传部", "")}


def test_hospital_named_over_its_departments_title(tmp_path):
    res = run(tmp_path, sheet(["若尔盖县中藏医院", "若尔盖县中藏医院药剂科廉政风险防控清单"]))
    assert read(res) == {("若尔盖县中藏医院", "药剂科")}


def test_unit_line_over_a_title_without_it(tmp_path):
    """Negative: a unit line over a bare title names the unit, as before."""
    res = run(tmp_path, sheet(["九寨沟县水务局", "岗位廉政风险防控一览表"]))
    assert read(res) == {("九寨沟县水务局", "")}


def test_unit_whose_name_repeats_a_word(tmp_path):
    """Negative: '…村村民委员会', '…县县委…' keep the word written twice."""
    res = run(tmp_path, sheet(["阿坝县哇尔玛乡哇尔玛村村民委员会小微权力廉政风险防控一览表"]))
    assert read(res) == {("阿坝县哇尔玛乡哇尔玛村村民委员会", "")}


def test_what_the_hundred_and_thirtieth_review_found_unit_and_department_line(tmp_path):
    """A line naming the unit and its 科室 (``松潘县自然资源局国土空间规划股``) over a title that names
    both again had the line joined into the unit (``松潘县自然资源局国土空间规划股松潘县自然资源局``:
    the line kept, since it was not the unit's name alone). The line of unit and 科室 named again is dropped as the unit's line is:
    the unit and the 科室 are read from the title."""
    lines = ["松潘县自然资源局国土空间规划股", "松潘县自然资源局国土空间规划股廉政风险点排查表"]
    assert read(run(tmp_path, sheet(lines))) == {("松潘县自然资源局", "国土空间规划股")}
