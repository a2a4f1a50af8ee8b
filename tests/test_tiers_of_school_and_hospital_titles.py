"""Tiers of three kinds of post title the tier rule misread (found by probing it, not in a
published batch): a hospital's grade of title with '主管' in it ('主管护师', '主管药师', '主管检验师')
is a grade held, a general post, not the head of a part; a school's '教务主任', '总务主任', '政教主任'
(and a hospital's '后勤主任') heads a 处, a middle post as '教务处主任' already was, not the school's
own head; a village's '村支书' is its leader. The rest as before: '主任' alone and '校长' lead,
'护士长' and '财务主管' are middle, '主任护师' is general.
"""

import pytest

from xlproc.identity import tier_of_post


@pytest.mark.parametrize(
    ("post", "tier"),
    [
        ("主管护师", "general"),
        ("主管药师", "general"),
        ("主管检验师", "general"),
        ("教务主任", "middle"),
        ("总务主任", "middle"),
        ("政教主任", "middle"),
        ("后勤主任", "middle"),
        ("村支书", "leader"),
        # as before
        ("主任", "leader"),
        ("校长", "leader"),
        ("教务处主任", "middle"),
        ("护士长", "middle"),
        ("财务主管", "middle"),
        ("主任护师", "general"),
        ("总工程师", "leader"),
    ],
)
def test_tier_of_post(post, tier):
    assert tier_of_post(post) == tier
