"""A holder's name written with the form of address after it ('宓思远同志', as a Party office's
documents write it): the name alone is the holder, so that his rows and the roster find one
person. Before, the holder was '宓思远同志'. Found by probing, not in a published batch. The
negative: '全体同志' (everyone) is no name, and is not made one.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def test_the_form_of_address_after_a_name_is_dropped(tmp_path: Path):
    rows = [
        ["XX县供销合作社联合社岗位廉政风险防控一览表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["1", "财务科", "科长", "宓思远同志", "专项资金拨付把关不严", "一级", "集体研究"],
        ["2", "财务科", "会计", "宓清和", "报销凭证审核不严", "二级", "两人复核"],
        ["3", "业务科", "科员", "全体同志", "农资采购比价不实", "三级", "三家比价"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "供销社.xlsx", {"一览表": rows})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    people = list(got.risks["person"])
    assert people[:2] == ["宓思远", "宓清和"]
    assert people[2] != "全体"
