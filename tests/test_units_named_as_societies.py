"""A title naming a society as the unit ('…个体私营企业商会', '…地方志研究会', '…教育发展基金会',
'…残疾人联合会', '…归国华侨联谊会'): the society is the unit, as a 协会, 学会 or 总会 already was.
Before, such a title gave no unit at all (and a list of it the unit of nothing). A body's part
named with those words after the body ('…市场监督管理局商会登记股') keeps the body as the unit.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.identity import unit_in_title


@pytest.mark.parametrize(
    "title,unit",
    [
        ("沙雅县个体私营企业商会岗位廉政风险防控一览表", "沙雅县个体私营企业商会"),
        ("XX县地方志研究会廉政风险点排查表", "XX县地方志研究会"),
        ("XX县教育发展基金会岗位廉政风险防控表", "XX县教育发展基金会"),
        ("XX县残疾人联合会岗位廉政风险防控一览表", "XX县残疾人联合会"),
        ("XX县归国华侨联谊会廉政风险排查表", "XX县归国华侨联谊会"),
        ("XX县市场监督管理局商会登记股岗位风险表", "XX县市场监督管理局"),
        ("XX县个体劳动者协会岗位廉政风险防控一览表", "XX县个体劳动者协会"),
    ],
)
def test_a_society_named_in_a_title_is_the_unit(title, unit):
    assert unit_in_title(title) == unit


def test_a_chamber_of_commerce_list_has_its_unit(tmp_path: Path):
    rows = [
        ["新和县青年企业家商会岗位廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "会长", "呼延澍", "会费收支个人说了算", "一级", "会费收支理事会审议。"],
        [2, "秘书长", "呼延濯", "以商会名义为会员企业打招呼", "二级", "对外联络登记备案。"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert set(got.risks["unit"]) == {"新和县青年企业家商会"}
    assert set(got.risks["person"]) == {"呼延澍", "呼延濯"}
