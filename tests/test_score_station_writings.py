"""score.py takes a post-only form (对岗不对人) written two ways as one where the two name the same
post: unit 'XX局YY所' with no 科室 (a batch's call: the 所 a unit of its own) or unit 'XX局' with 科室
'YY所' (docs/layouts.md's 站所 convention: a 所 after its 局 in the title is the 局's 科室), and a 院's
办 likewise ('XX县医院医保办' or 'XX县医院' + '医保办') — as it already did for a 镇's 站所 and 办 and a 局's
分局. Another 所, another post, a 局's 股 or 科 written as a unit, or a 办 of a 局: no match.

Not batch345's, batch393's or batch454's forms (锦江区's 水井坊市场监管所, 礼泉县's 城关市场监管所, 白水县医院's
医保办): a 司法局's 司法所, a 公安局's 派出所, a 人民法院's 审管办, with other posts.
"""

import pytest
from published import score


def form(unit: str, department: str, title: str, person: str = "") -> dict:
    return {"unit": unit, "department": department, "title": title, "person": person}


def post(unit: str, department: str, title: str, person: str = "") -> dict:
    return {"unit": unit, "department": department, "title": title, "person": person}


@pytest.mark.parametrize(
    ("unit", "part", "title"),
    [
        ("XX县司法局", "城关司法所", "所长"),
        ("XX县公安局", "河西派出所", "社区民警"),
        ("XX县人民法院", "审管办", "主任"),
        ("XX县中医医院", "医务办", "干事"),
        ("XX镇", "财政所", "会计"),  # (as before)
        ("国家税务总局XX县税务局", "城关税务分局", "分局长"),  # (as before)
    ],
)
def test_a_part_of_a_body_written_either_way_is_one_form(unit, part, title):
    whole = form(unit + part, "", title)
    split = post(unit, part, title)
    assert score._form_matches(whole, split)
    assert score._form_matches(form(unit, part, title), post(unit + part, "", title))


@pytest.mark.parametrize(
    ("truth", "got"),
    [
        # another 所 of the same 局
        (form("XX县司法局城关司法所", "", "所长"), post("XX县司法局", "城南司法所", "所长")),
        # another post
        (form("XX县司法局城关司法所", "", "所长"), post("XX县司法局", "城关司法所", "副所长")),
        # a 局's 股 written as a unit is no 所
        (form("XX县财政局预算股", "", "股长"), post("XX县财政局", "预算股", "股长")),
        # a 局's 办 is no 院's
        (form("XX县水利局防汛办", "", "主任"), post("XX县水利局", "防汛办", "主任")),
        # a 院's 科 is no 办
        (form("XX县人民医院医务科", "", "科长"), post("XX县人民医院", "医务科", "科长")),
    ],
)
def test_near_misses_are_other_forms(truth, got):
    assert not score._form_matches(truth, got)
