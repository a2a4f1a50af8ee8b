"""Several holders of one post in one cell, each name followed by a bracketed list of his scope.

'龚澈（联系幸福社区、和平社区）、仇霈（联系光明社区、团结社区）' under 责任人（联系社区）: the holders and
the items in each bracket are joined by the same '、' (or '，', '/', a line), so a cell split on
every separator cuts the brackets apart and no part is a name; the reader kept the whole cell as
ONE person, brackets and all. The cell is split on the separators OUTSIDE brackets only ((), （）,
【】, []), each bracket holding a list is dropped as the holder's scope (包…村, 分管…, 负责…片区,
联系…: nobody's name), every holder of the post holds every point of the post, and one
HOLDERS_WITH_BRACKETED_LISTS (info) per table says so. A single name with such a bracket, names
sharing one bracket after the last ('X、Y（共同负责）') and a point's text with a bracketed list read
as before. The workbooks are a 街道办事处's 城市管理 list and a 水务局's 河道 list, other units, posts,
names and level words than tests/published/batch954.py (a 乡's 农牧 centre, 包村).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

UNIT = "永和街道办事处"
HEAD = ["序号", "科室", "岗位", "责任人（联系社区）", "廉政风险点", "风险等级", "防控措施"]
POINTS = (
    ("占道经营处罚随意减免", "高"),
    ("收受商户购物卡、宴请", "中"),
)


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _rows(posts, head=HEAD, points=POINTS):
    """A list of posts, each with ``points``, the 科室, post and holder merged over each post's."""
    rows: list[list[object]] = [[f"{UNIT}城市管理岗位廉政风险点一览表"], head]
    merges = ["A1:G1"]
    n = 0
    for dept, post, who in posts:
        first = len(rows)
        for point, lv in points:
            n += 1
            rows.append([n, dept, post, who, point, lv, "执法全程记录，处罚集体审议。"])
        merges += [f"{c}{first + 1}:{c}{first + len(points)}" for c in "BCD"]
    return rows, merges


def run(tmp_path: Path, posts, ods: bool = False, **kw):
    rows, merges = _rows(posts, **kw)
    inbox = tmp_path / "inbox"
    if ods:
        filled = [list(r) for r in rows]
        write_ods(inbox / "城管.ods", {"一览表": filled})
    else:
        write_workbook(inbox / "城管.xlsx", {"一览表": rows}, {"一览表": merges})
    return _collect(inbox)


def holders(res) -> list[tuple[str, str, str]]:
    return list(zip(res.posts["department"], res.posts["title"], res.posts["person"], strict=True))


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


def test_holders_each_with_a_list_of_communities(tmp_path):
    res = run(
        tmp_path,
        [
            ("城管科", "科长", "禹澍（联系全街道）"),
            ("城管科", "网格管理员", "龚澈（联系幸福社区、和平社区）、仇霈（联系光明社区、团结社区）"),
            ("执法中队", "执法队员", "冷翊（负责东片区、南片区）、宓湘、蓟沅（负责西片区、北片区）"),
        ],
    )  # fmt: skip
    assert holders(res) == [
        ("城管科", "科长", "禹澍"),
        ("城管科", "网格管理员", "龚澈"),
        ("城管科", "网格管理员", "仇霈"),
        ("执法中队", "执法队员", "冷翊"),
        ("执法中队", "执法队员", "宓湘"),
        ("执法中队", "执法队员", "蓟沅"),
    ]
    # every holder of the post holds every point of it, the communities nobody
    for who in ("龚澈", "仇霈", "冷翊", "宓湘", "蓟沅"):
        assert res.risks[res.risks["person"] == who]["risk_point"].tolist() == [
            p for p, _ in POINTS
        ]
    assert not any("社区" in p or "片区" in p for p in res.risks["person"])
    assert codes(res) == [("HOLDERS_WITH_BRACKETED_LISTS", "D5"), ("TABLE_NO_TYPE", "A2")]
    (message,) = res.issues[res.issues["code"] == "HOLDERS_WITH_BRACKETED_LISTS"]["message"]
    assert "龚澈（联系幸福社区、和平社区）" in message and "联系光明社区、团结社区" in message


def test_square_brackets_and_commas_re_saved_as_ods(tmp_path):
    head = ["序号", "股室", "岗位", "负责人", "廉政风险点", "风险等级", "防控措施"]
    points = (("河道采砂许可审查把关不严", "一级"), ("河长制考核打分优亲厚友", "三级"))
    posts = [
        ("河湖管理股", "河道巡查员", "庹珺【分管清水河，白马河】，阙琰【分管龙溪河，青衣江】"),
        ("河湖管理股", "股长", "邴翀"),
    ]
    res = run(tmp_path, posts, ods=True, head=head, points=points)
    assert holders(res) == [
        ("河湖管理股", "河道巡查员", "庹珺"),
        ("河湖管理股", "河道巡查员", "阙琰"),
        ("河湖管理股", "股长", "邴翀"),
    ]
    assert res.risks["person"].tolist() == ["庹珺"] * 2 + ["阙琰"] * 2 + ["邴翀"] * 2
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"] * 3
    assert "HOLDERS_WITH_BRACKETED_LISTS" in set(res.issues["code"])


def test_slashes_half_width_brackets_and_lines(tmp_path):
    res = run(
        tmp_path,
        [
            ("市容科", "督查员", "戚湛(包一组/二组)/聂澜(包三组/四组)"),
            ("市容科", "协管员", "晏沐（包长安路、解放路）\n鞠翎（包人民路、建设路）"),
        ],
    )
    assert [p for _d, _t, p in holders(res)] == ["戚湛", "聂澜", "晏沐", "鞠翎"]
    assert len(res.risks) == 8
    assert codes(res) == [("HOLDERS_WITH_BRACKETED_LISTS", "D3"), ("TABLE_NO_TYPE", "A2")]


def test_one_name_with_a_list_and_one_bracket_after_the_last_read_as_before(tmp_path):
    res = run(
        tmp_path,
        [
            ("城管科", "网格管理员", "龚澈（联系幸福社区、和平社区）"),
            ("执法中队", "执法队员", "冷翊、宓湘（共同负责）"),
            ("执法中队", "辅警", "蓟沅（兼）、仇霈（兼）"),
        ],
    )
    assert [p for _d, _t, p in holders(res)] == ["龚澈", "冷翊", "宓湘", "蓟沅", "仇霈"]
    assert "HOLDERS_WITH_BRACKETED_LISTS" not in set(res.issues["code"])


def test_a_point_with_a_bracketed_list_is_untouched(tmp_path):
    points = (("违规发放补助（含低保、临时救助、医疗救助）", "高"), ("审核把关不严", "低"))
    res = run(tmp_path, [("社会事务科", "救助专干", "龚澈、仇霈")], points=points)
    assert [p for _d, _t, p in holders(res)] == ["龚澈", "仇霈"]
    assert res.risks["risk_point"].tolist() == [p for p, _ in points] * 2
    assert "HOLDERS_WITH_BRACKETED_LISTS" not in set(res.issues["code"])


def test_the_split_itself():
    from xlproc.locate_base import holders_outside_brackets  # (here: main lacks it)

    assert holders_outside_brackets("龚澈（联系幸福社区、和平社区）、仇霈（联系光明社区）") == (
        ["龚澈", "仇霈（联系光明社区）"],
        ["联系幸福社区、和平社区"],
    )
    assert holders_outside_brackets("冷翊、宓湘（共同负责）") is None  # no list in a bracket
    assert holders_outside_brackets("龚澈（联系幸福社区、和平社区）") is None  # one holder
    assert holders_outside_brackets("城管科（含执法、督查）、仇霈") is None  # no name first
    assert holders_outside_brackets("龚澈（联系幸福社区、和平社区、仇霈") is None  # unbalanced
    assert CATALOGUE["HOLDERS_WITH_BRACKETED_LISTS"][0] == "info"
    assert SHORT["HOLDERS_WITH_BRACKETED_LISTS"]


def _plain(tmp_path: Path, cells: list[str], name: str):
    """A list with no 科室 column, the holders' cells under '责任人', one point each."""
    rows: list[list[object]] = [["XX镇人民政府岗位廉政风险点一览表"]]
    rows.append(["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"])
    points = ("违规发放惠农补贴", "收受服务对象礼品", "公车私用")
    for i, cell in enumerate(cells):
        rows.append([i + 1, "", cell, points[i % 3], "二级", "公示复核，定期检查。"])
    inbox = tmp_path / name / "inbox"
    write_workbook(inbox / "镇.xlsx", {"一览表": rows})
    return _collect(inbox)


def test_what_the_hundred_and_thirty_third_review_found_one_item_brackets(tmp_path):
    """Holders sharing a cell each with a bracket of ONE item ('蔺若溪（财务所）、缑知远（党政办）',
    '蔺若溪（女）、缑知远', '蔺若溪（2024.3—2025.6）、缑知远'): the bracket-aware profile took only
    brackets holding a list, so the column was read as '其他' ('内容是岗位或科室', a COLUMN_GUESSED
    info) and every holder lost, before the rule and since. Such a cell is the holders' too: each
    name his own, a bracket naming a 科室 or post his (as ``_holders_each_bracketed`` reads it)."""
    got = _plain(tmp_path, ["蔺若溪（财务所）、缑知远（党政办）", "闻人悦（农业站）、冀星澜（经发办）",
                            "蔺若溪（财务所）、冀星澜（经发办）"], "a")  # fmt: skip
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("财务所", "蔺若溪", "违规发放惠农补贴"), ("党政办", "缑知远", "违规发放惠农补贴"),
        ("农业站", "闻人悦", "收受服务对象礼品"), ("经发办", "冀星澜", "收受服务对象礼品"),
        ("财务所", "蔺若溪", "公车私用"), ("经发办", "冀星澜", "公车私用"),
    ])  # fmt: skip
    assert "COLUMN_GUESSED" not in set(got.issues["code"])
    for i, cells in enumerate((
        ["蔺若溪（女）、缑知远", "闻人悦（女）、冀星澜（男）", "蔺若溪（女）、冀星澜"],
        ["蔺若溪（2024.3—2025.6）、缑知远", "闻人悦（2023.1-2024.2）、冀星澜", "蔺若溪、冀星澜（兼）"],
    )):  # fmt: skip
        got = _plain(tmp_path, cells, f"b{i}")
        assert sorted(set(got.risks["person"])) == sorted({"蔺若溪", "缑知远", "闻人悦", "冀星澜"})


def test_what_the_hundred_and_thirty_third_review_found_dept_and_post_in_brackets(tmp_path):
    """'蔺若溪（财务所，会计）、缑知远（党政办，主任）': a bracket of two items is a list by the holders'
    own separators, so the new rule dropped it as each one's scope (his villages): the names were
    kept, their 科室 and posts lost. A bracket of a 科室 then a post is his 科室 and post."""
    got = _plain(tmp_path, ["蔺若溪（财务所，会计）、缑知远（党政办，主任）", "闻人悦（农业站，站长）、冀星澜（经发办/干事）",
                            "蔺若溪（财务所，会计）、冀星澜（经发办/干事）"], "c")  # fmt: skip
    r = got.risks
    assert set(zip(r["department"], r["title"], r["person"], strict=True)) == {
        ("财务所", "会计", "蔺若溪"), ("党政办", "主任", "缑知远"),
        ("农业站", "站长", "闻人悦"), ("经发办", "干事", "冀星澜"),
    }  # fmt: skip
