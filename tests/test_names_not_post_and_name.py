"""A holder column of names where some cells hold two, the first of a surname no list holds
('骨咄澈 阿布思珩', '纥奚翀　李红梅'), is read as the holders its heading says. Before, such a cell
passed for a post and its holder ('主任 邝永胜': ``columns._post_and_name`` wanted only a first
part that is no name by a listed surname), two cells of three made the column one of posts with
names, the table's own ``岗位`` column won that role and the ``姓名`` column was set aside: every
holder of the list lost (batch1050's probe, left open there). A first part that could be a name
of an unlisted surname (three to five characters, no post, 科室, word of work) and opens with no
listed surname is now no post; posts ('主任', '驾驶员', '办公室主任'), words of work opening with a
listed surname ('安全生产 王明') and the rest read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.columns import _post_and_name
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("title"), post.get("person"), d["risk_point"], d["risk_level"]))
    return sorted(got), [i.code for i in r.issues]


CLINIC = [
    ["某镇卫生院岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "药剂科", "药房", "纥奚翀　李红梅", "药品出入库不登记", "二级", "每月盘点"],
    [2, "药剂科", "药房", "纥奚翀　李红梅", "收受医药代表财物", "一级", "签订承诺书"],
    [3, "财务科", "收费室", "纥奚沅", "收费不开票据", "二级", "日清日结"],
]


def test_two_holders_the_first_of_an_unlisted_surname(tmp_path):
    got, codes = _read(write_workbook(tmp_path / "一览表.xlsx", {"一览表": CLINIC}))
    assert got == sorted([
        ("药房", "纥奚翀", "药品出入库不登记", "Ⅱ级"),
        ("药房", "纥奚翀", "收受医药代表财物", "Ⅰ级"),
        ("药房", "李红梅", "药品出入库不登记", "Ⅱ级"),
        ("药房", "李红梅", "收受医药代表财物", "Ⅰ级"),
        ("收费室", "纥奚沅", "收费不开票据", "Ⅱ级"),
    ])  # fmt: skip
    assert "COLUMN_GUESSED" not in codes


LAND = [
    ["某县自然资源局廉政风险点排查表", None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级"],
    [1, "耕地保护股", "股长", "素和琤 周琳", "占补平衡验收把关不严", "高"],
    [2, "耕地保护股", "股长", "素和琤 周琳", "违法占地查处降格处理", "高"],
    [3, "不动产登记中心", "登记员", "素和翎 陈静", "登记材料审核不严", "中"],
    [4, "办公室", "出纳", "拔略沅", "现金收付不入账", "低"],
]


def test_a_list_of_several_bodies(tmp_path):
    got, codes = _read(write_workbook(tmp_path / "排查表.xlsx", {"排查表": LAND}))
    people = {(t, p) for t, p, _x, _l in got}
    assert people == {
        ("股长", "素和琤"),
        ("股长", "周琳"),
        ("登记员", "素和翎"),
        ("登记员", "陈静"),
        ("出纳", "拔略沅"),
    }
    assert len(got) == 7
    assert ("股长", "周琳", "违法占地查处降格处理", "Ⅰ级") in got
    assert "COLUMN_GUESSED" not in codes


POSTS_WITH_NAMES = [
    ["某局廉政风险防控清单", None, None, None],
    ["序号", "岗位人员", "风险点", "风险等级"],
    [1, "主任 邝永胜", "公务接待超标准", "中"],
    [2, "驾驶员 王明", "公车私用", "低"],
    [3, "办公室主任 甄沐阳", "印章管理不严", "中"],
]


def test_posts_with_their_holders_read_as_before(tmp_path):
    got, _codes = _read(write_workbook(tmp_path / "清单.xlsx", {"清单": POSTS_WITH_NAMES}))
    assert [(t, p) for t, p, _x, _l in got] == sorted(
        [("主任", "邝永胜"), ("驾驶员", "王明"), ("办公室主任", "甄沐阳")]
    )


def test_which_cells_are_a_post_and_a_name():
    assert _post_and_name("主任 邝永胜")
    assert _post_and_name("驾驶员 王明")
    assert _post_and_name("业务骨干 张三")
    assert _post_and_name("收发文 李红")  # (no name: the post's as before)
    assert _post_and_name("民政专干(高丽)")
    assert not _post_and_name("骨咄澈 阿布思珩")
    assert not _post_and_name("纥奚翀　李红梅")
    assert not _post_and_name("安全生产 王明")  # (a name by its 安: as before)
    assert not _post_and_name("邝永胜")
