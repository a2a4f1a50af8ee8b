"""A level cell saying the level was changed, the level before after its own word: '由高降为中',
'从一级升为二级', '原二级，现一级', '原三级；现定为一级'. The level now is the last one, as for
'高→中' and '二级调整为三级' (``Vocabulary._changed``); before, the word before the old level
('由', '原') made the whole cell unread (LEVEL_UNKNOWN), and '原…，现…' was no change at all.
A cell whose words after '现' are no level ('二级，现已整改': a level and its note) and a lone
'原一级' read as before.

Not the probe the kind was found by (高/中 in an 办公室's list): a 县统计局's 一览表 in 一级/二级/
三级, other posts and names, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]
POINTS = ["统计数据弄虚作假", "统计执法选择性处罚", "普查经费虚列支出", "调查对象信息泄露",
          "统计报表催报中吃拿卡要", "委托调查项目优亲厚友"]  # fmt: skip


def _levels(tmp_path: Path, cells: list[str]) -> list[str]:
    rows = [["某县统计局岗位廉政风险防控一览表"], HEAD]
    for i, level in enumerate(cells):
        rows.append([i + 1, "综合股", "股长", "令狐晚晴", POINTS[i], "岗位职责", level, "集体研究"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"一览表": rows})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    return list(got.risks["risk_level"])


def test_the_level_now_after_the_level_before_and_its_word(tmp_path):
    assert _levels(tmp_path, ["由一级降为二级", "从三级升为二级", "原二级，现一级", "原三级；现定为一级",
                              "原为二级,现为三级", "二级"]) == ["Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]  # fmt: skip


def test_words_after_now_that_are_no_level_read_as_before(tmp_path):
    # ('二级，现已整改': a level and a note after it, LEVEL_WITH_REASON; '原一级' alone: asked)
    assert _levels(tmp_path, ["二级，现已整改", "原一级", "一级"]) == ["Ⅱ级", "", "Ⅰ级"]
