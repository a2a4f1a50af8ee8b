"""A holder column whose cells write the holder's name, then his post ('郁都甄澜　副局长', '骨咄澈股长',
'王明　科员'), reads each holder whatever his surname: a name of a compound surname no list holds —
opening with a listed one's character ('郁都甄澜', '莫胡芦琤') or not ('骨咄澈') — before a space or
typed straight onto the post. Before, only a name by a listed surname was parted from its post
(``columns.name_then_post``): a column of such cells was taken for posts and every holder lost
(batch1059's probe). The name must be one a label could vouch for (``labelled_rare_name``: no
post, 科室, field of work or vacancy): '安全生产副局长', '综合办公室主任', '乡村振兴站长' are no name
and a post. And a column headed by both words, name first ('姓名及职务', '姓名职务', '姓名/职务'),
whose cells are so written — whatever the surnames — is the holders' column, each post read
apart (it had been taken for posts by its 职务: '王明校长' one post, no holder; COLUMN_GUESSED
says so); '职务姓名' was read so already.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.columns import name_then_post
from xlproc.config import load_config


def _posts(path: Path) -> list[tuple[str, str]]:
    r = read_file(path, path.name, load_config())
    return sorted((p["title"], p["person"]) for p in r.posts)


WATER = [
    ["某县水务局廉政风险点排查表", None, None, None, None],
    ["序号", "岗位", "责任人", "风险点", "风险等级"],
    [1, "副局长", "郁都甄澜　副局长", "项目招标暗箱操作", "高"],
    [2, "副局长", "郁都甄澜　副局长", "工程款拨付不按进度", "高"],
    [3, "股长", "骨咄澈 股长", "水资源论证把关不严", "中"],
    [4, "科员", "王明　科员", "取水许可资料审核不严", "低"],
]


def test_spaced_names_of_a_water_bureau(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": WATER})
    assert _posts(path) == sorted([("副局长", "郁都甄澜"), ("股长", "骨咄澈"), ("科员", "王明")])


SCHOOL = [
    ["某镇中心学校岗位廉政风险防控清单", None, None, None],
    ["序号", "姓名", "风险点", "风险等级"],
    [1, "莫胡芦琤校长", "教辅资料征订收受回扣", "一级"],
    [2, "骨咄沅主任", "食堂采购不比价", "二级"],
    [3, "骨咄沅主任", "校舍维修虚报工程量", "一级"],
]


def test_glued_names_of_a_school(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": SCHOOL})
    assert _posts(path) == sorted([("校长", "莫胡芦琤"), ("主任", "骨咄沅")])


def test_which_cells_are_a_name_then_a_post():
    assert name_then_post("郁都甄澜　副局长") == ("郁都甄澜", "副局长")
    assert name_then_post("郁都甄澜副局长") == ("郁都甄澜", "副局长")
    assert name_then_post("骨咄澈股长") == ("骨咄澈", "股长")
    assert name_then_post("厍翊沣局长") == ("厍翊沣", "局长")  # (as before)
    for post in ("安全生产副局长", "综合办公室主任", "乡村振兴站长", "文化站站长", "计生专干"):
        assert name_then_post(post) is None


def test_a_column_headed_name_and_post(tmp_path):
    for head in ("姓名及职务", "姓名/职务"):
        rows = [
            ["某乡卫生院廉政风险防控清单", None, None, None],
            ["序号", head, "风险点", "风险等级"],
            [1, "王明院长", "药品采购收受回扣", "高"],
            [2, "李红　会计", "报销审核不严", "中"],
            [3, "骨咄沅主任", "医保基金结算不实", "高"],
        ]
        path = write_workbook(tmp_path / f"{head[-2:]}.xlsx", {"清单": rows})
        assert _posts(path) == sorted([("院长", "王明"), ("会计", "李红"), ("主任", "骨咄沅")])


def test_a_line_of_work_or_a_place_before_a_post_is_no_name():
    # (the review of batch1059's fix: these had come out as a holder '安全生产' and a post)
    for cell in ("安全生产 站长", "信访维稳 专干", "文明创建 专干", "城关镇 会计", "文明创建专干"):
        assert name_then_post(cell) is None, cell
