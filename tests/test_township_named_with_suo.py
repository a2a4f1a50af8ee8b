"""A 乡 or 镇 whose name holds 所 ('长所乡', '上所镇') is one place, not a 所 (an office) followed by a
word: the unit was cut at the 所 ('定日县长所' of '定日县长所乡便民服务中心', batch930's unscored
finding). A 所 that is an office ('财政所所长', '派出所') is read as before."""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.identity import split_unit_title, unit_in_title


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("定日县长所乡便民服务中心岗位廉政风险防控一览表", "定日县长所乡"),
        ("洛扎县上所镇人民政府廉政风险点一览表", "洛扎县上所镇人民政府"),
        ("隆子县双所乡农牧综合服务中心", "隆子县双所乡"),
    ],
)
def test_a_township_named_with_suo_is_kept_whole(title: str, unit: str) -> None:
    assert unit_in_title(title) == unit


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("某县财政所所长", ("某县", "财政所", "所长")),
        ("某县派出所所长", ("某县", "派出所", "所长")),
    ],
)
def test_an_office_named_suo_is_read_as_before(text: str, parts: tuple[str, str, str]) -> None:
    assert split_unit_title(text) == parts


def test_the_unit_of_a_list_of_such_a_township(tmp_path: Path) -> None:
    rows = [
        ["措美县长所乡综合服务中心岗位廉政风险防控一览表"],
        ["序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        ["1", "综合服务中心", "主任", "仲翃岑", "窗口办件中吃拿卡要", "一级", "公开办事流程"],
        ["2", "综合服务中心", "窗口工作人员", "封瀚涔", "受理材料不全的事项", "二级", "一次性告知"],
    ]
    inbox = tmp_path / "in"
    write_workbook(inbox / "a.xlsx", {"一览表": rows})
    from xlproc.collect import collect_inbox

    result = collect_inbox([inbox])
    assert set(result.posts["unit"]) == {"措美县长所乡"}


@pytest.mark.parametrize(
    ("title", "unit", "department"),
    [
        ("定日县财政所乡村振兴资金廉政风险点一览表", "定日县财政所", ""),
        ("城关镇司法所镇村矛盾调解岗位廉政风险防控一览表", "城关镇", "司法所"),
        ("江达县派出所乡镇警务室廉政风险排查表", "江达县派出所", "乡镇警务室"),
        ("定日县长所乡村级财务廉政风险点一览表", "定日县长所乡", ""),
    ],
)
def test_what_the_hundred_and_thirtieth_review_found_an_office_before_township_words(
    tmp_path: Path, title: str, unit: str, department: str
) -> None:
    """An office's 所 followed by a word of 乡 or 镇 (``乡村振兴``, ``镇村``, ``乡镇``) is the office,
    not a township named with 所: the rule for ``长所乡`` had read the unit on into the word
    (``定日县财政所乡``, ``城关镇司法所镇``, ``江达县派出所乡``). A 乡 or 镇 that opens such a word
    (乡镇, 乡村, 镇村, 镇级, 镇区, 镇域) ends no township, unless the 所 is one character after the
    county's 县 (区, 市, 旗): ``定日县长所乡村级…`` is still the township 长所乡, as ``长所乡财政所``."""
    rows = [
        [title],
        ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        ["1", "所长", "仲翃岑", "资金拨付优亲厚友", "一级", "集体研究，张榜公示"],
        ["2", "工作人员", "封瀚涔", "台账登记不实", "二级", "双人复核"],
    ]
    inbox = tmp_path / "in"
    write_workbook(inbox / "a.xlsx", {"一览表": rows})
    from xlproc.collect import collect_inbox

    result = collect_inbox([inbox])
    assert set(result.posts["unit"]) == {unit}
    assert set(result.posts["department"]) == {department}
