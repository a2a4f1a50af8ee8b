"""The tiers of the heads of bodies named 段, 场, 站 and of their parts (docs/layouts.md, 站所的约定:
a county-level 站, 所, 段 or 场 is a unit whose head is a leader; a part of it — a 工区, 营林区,
管护区, 股, 中队 — is a 科室 whose head is middle): a 段's own leaders under ``段领导`` are its
leaders (the 段长 had read 中层岗位), and the head of an area of a body (``工区长``, ``副工区长``,
``营林区主任``, ``管护区主任``) is middle (the word '区长' in '工区长' had made him a district's head,
领导岗位), a leader only where the unit is that 工区 itself. Near-misses read as before: '区长',
'副区长', '朝阳区区长', '社区主任' (leaders), '监区长', '测站长' (middle), a 养护班's 班长 (general), a
林场's 场长 (leader). Batch967's unscored miss (its 公路养护段's 段长 under 段领导 had read 中层岗位, its
工区长 领导岗位); the lists of such bodies read whole in tests/test_measures_by_control_tier.py.

Later, in other words again: a post column writing the area before the post ('城北工区工区长',
'红旗林区管护区副主任', read 领导岗位 by the word '区长' or left to '主任'), and an area's head
holding a staff post too ('副工区长、材料员', '营林区主任，护林员', which had read 领导岗位): middle.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.identity import heads_the_unit, tier_of_post


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_the_heads_of_a_bodys_areas_and_its_own_leaders():
    # a 段's own leaders; the head of a 工区, a 营林区, a 管护区: middle, the unit's own 工区 led
    assert tier_of_post("段长", "段领导") == tier_of_post("副段长", "段领导") == "leader"
    assert heads_the_unit("段长", "段领导", "某县公路养护段")
    for post, dept in [("工区长", "第一工区"), ("副工区长", ""), ("营林区主任", ""),
                       ("营林区副主任", "第二营林区"), ("管护区主任", ""), ("片区长", "")]:  # fmt: skip
        assert tier_of_post(post, dept) == "middle", post
    assert heads_the_unit("工区长", "", "某县公路段第三工区")
    assert not heads_the_unit("工区长", "", "某县公路养护段")
    # as before: a district's heads, a 社区's, a 监区's, a 测站's, a 班's, a 林场's own
    assert [tier_of_post(p) for p in ("区长", "副区长", "朝阳区区长", "社区主任")] == ["leader"] * 4
    assert tier_of_post("监区长") == tier_of_post("测站长") == "middle"
    assert tier_of_post("班长", "养护一班") == "general"
    assert tier_of_post("场长", "场领导") == tier_of_post("场长") == "leader"


def test_a_road_sections_list_its_leaders_and_its_work_areas_heads(tmp_path):
    rows = [
        ["某县公路管理段岗位廉政风险防控一览表", None, None, None, None, None],
        ["序号", "部门", "职务", "姓名", "廉政风险点", "风险等级"],
        [1, "段领导", "段长", "钟离沣", "养护工程发包指定施工队伍", "一级"],
        [2, "段领导", "副段长", "钟离潆", "路政许可审批把关不严", "二级"],
        [3, "河口工区", "工区长", "濮阳湛", "养护材料领用虚报冒领", "二级"],
        [4, "河口工区", "副工区长", "濮阳沚", "临时用工考勤弄虚作假", "三级"],
        [5, "河口工区", "养护工", "濮阳汐", "私自外借养护机械", "三级"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", {"一览表": rows})
    got = _collect(inbox).posts
    assert list(zip(got["title"], got["tier"], strict=True)) == [
        ("段长", "领导岗位"), ("副段长", "领导岗位"), ("工区长", "中层岗位"), ("副工区长", "中层岗位"),
        ("养护工", "一般岗位"),
    ]  # fmt: skip


def test_an_area_named_before_its_heads_post_and_a_head_holding_a_staff_post_too(tmp_path):
    # later, in other words again: the post column writes the area before the post ('城北工区工区长',
    # '红旗林区管护区副主任': the word '区长' had made the first a district's head), or a second post
    # after it ('副工区长、材料员': the two together had read 领导岗位)
    for post in ("城北工区工区长", "西山片区片区长", "红旗林区管护区副主任", "副工区长、材料员",
                 "营林区主任，护林员"):  # fmt: skip
        assert tier_of_post(post) == "middle", post
    assert tier_of_post("城北工区工区长", "段领导") == "leader"
    # as before: a district's and a 新区's heads, a 社区's, a 副区长 holding a party post
    for post in ("城关区区长", "高新区区长", "社区主任", "副区长、党组成员", "开发区管委会主任"):
        assert tier_of_post(post) == "leader", post
    rows = [
        ["某县公路养护段岗位廉政风险防控一览表", None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
        [1, "段长", "钟离沣", "养护工程发包指定施工队伍", "一级"],
        [2, "城北工区工区长", "濮阳湛", "养护材料领用虚报冒领", "二级"],
        [3, "副工区长、材料员", "濮阳沚", "材料出库不登记", "三级"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", {"一览表": rows})
    got = _collect(inbox).posts
    assert list(got["tier"]) == ["领导岗位", "中层岗位", "中层岗位"]
