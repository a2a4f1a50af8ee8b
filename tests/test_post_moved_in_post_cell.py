"""A post cell written old post → present post: the present post is the post.

When someone moved up inside his 科室 during the year, a list often keeps the old post in the
岗位 (职务) cell and adds the new one: '科员→副科长', '副所长 -> 所长', '干事调整为副主任', '原：出纳
现：会计', a note under the table saying the post after the arrow is the present one. The reader
took the whole cell as the post, arrow and old post included; it now takes the present post (the
last of a chain '科员→副科长→科长'; the first where a note says the post BEFORE the arrow is the
present one) and tells the cells and the former posts once a table (POST_MOVED_READ_PRESENT);
so too where the post is written with its holder ('科员→副股长　鲍某' under '岗位及姓名', '鲍某（科员→
副股长）' under a holders' column, a card's '职　务 | 干事→副主任' field).
Near-misses an ordinary file has stay as they were read: a 流程 column '受理→审核→审批' is never a
post, a post cell naming two posts ('股长、会计', '会计/出纳') or a flow's posts
('受理员→审核员→审批员'), an arrow in a risk point's own words.

Built in other words than tests/published/batch934.py (a 县林业和草原局 and a 市场监督管理所, other
posts, names and level words), with xlsxwriter and as a LibreOffice .ods copy.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows, merges=None, ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "林草局.ods", {"一览表": rows})
    else:
        write_workbook(inbox / "林草局.xlsx", {"一览表": rows}, {"一览表": merges or []})
    return _collect(inbox)


def holders(res) -> list[tuple[str, str, str]]:
    return list(
        dict.fromkeys(
            zip(res.risks["department"], res.risks["title"], res.risks["person"], strict=True)
        )
    )


def moved(res) -> list[tuple[str, str, str]]:
    x = res.issues[res.issues["code"] == "POST_MOVED_READ_PRESENT"]
    return list(zip(x["cell"], x["value"], x["message"], strict=True))


def forestry(posts: tuple[str, str], note: str) -> list[list[object]]:
    return [
        ["某县林业和草原局岗位廉政风险点排查表"],
        ["序号", "科室", "职务", "责任人", "廉政风险点", "风险级别", "防控措施"],
        [1, "局领导", "局长", "宗望岳", "林地占用审批把关不严", "高", "集体研究，结果公开"],
        [2, "资源管理股", posts[0], "鲍听松", "采伐限额分配不公", "高", "限额分配方案公示"],
        [3, "资源管理股", posts[0], "鲍听松", "伐区验收走过场", "中", "验收两人以上到场"],
        [4, "林政执法股", posts[1], "詹晚晴", "滥伐案件降格处理", "高", "案件集体审议"],
        [5, "林政执法股", posts[1], "詹晚晴", "收缴木材处置不规范", "低", "公开拍卖处置"],
        [6, "林政执法股", "护林员", "蔺知秋", "巡护记录弄虚作假", "中", "巡护轨迹定位留痕"],
        [note],
    ]


def test_arrow_post_cells_merged_give_the_present_post(tmp_path):
    rows = forestry(
        ("科员→副股长", "副股长 -> 股长"),
        "注：2025年岗位调整，“职务”栏箭头前为原职务、箭头后为现职务。",
    )
    res = run(tmp_path, rows, ["B4:B5", "C4:C5", "D4:D5", "B6:B8", "C6:C7", "D6:D7"])
    assert holders(res) == [
        ("局领导", "局长", "宗望岳"),
        ("资源管理股", "副股长", "鲍听松"),
        ("林政执法股", "股长", "詹晚晴"),
        ("林政执法股", "护林员", "蔺知秋"),
    ]
    [(cell, value, message)] = moved(res)
    assert cell == "C4" and value == "科员→副股长；副股长 -> 股长"
    assert "C4:C7" in message and "科员；副股长" in message
    assert res.risks["risk_level"].tolist()[:3] == ["Ⅰ级", "Ⅰ级", "Ⅱ级"]


def test_worded_and_labelled_moves_in_an_ods_copy(tmp_path):
    """Re-saved by LibreOffice (.ods, no merges): each row writes its cell again; '调整为' and a
    '原：… 现：…' cell read alike."""
    rows = forestry(("干事调整为副股长", "原：出纳　现：会计"), "制表人：鲍听松")
    res = run(tmp_path, rows, ods=True)
    assert holders(res) == [
        ("局领导", "局长", "宗望岳"),
        ("资源管理股", "副股长", "鲍听松"),
        ("林政执法股", "会计", "詹晚晴"),
        ("林政执法股", "护林员", "蔺知秋"),
    ]
    [(_cell, _value, message)] = moved(res)
    assert "C4:C7" in message and "干事；出纳" in message


def test_a_chain_gives_its_last_and_a_note_can_turn_it_round(tmp_path):
    rows = [
        ["某区市场监督管理所岗位风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "协管员⇒科员⇒副所长", "邰星澜", "食品抽检样品调包", "一级", "抽样全程录像"],
        [2, "所长", "邰清和", "行政处罚自由裁量失当", "二级", "裁量基准公开"],
    ]
    res = run(tmp_path, rows)
    assert holders(res)[0] == ("", "副所长", "邰星澜")
    rows[2][1] = "副所长→科员"
    rows.append(["说明：“岗位”一栏箭头前为现岗位，箭头后为原岗位。"])
    res = run(tmp_path / "b", rows)
    assert holders(res)[0] == ("", "副所长", "邰星澜")
    assert "科员" in moved(res)[0][2]


def test_flow_columns_listed_posts_and_point_arrows_stay_as_written(tmp_path):
    rows = [
        ["某区市场监督管理所岗位风险点一览表"],
        ["序号", "办理流程", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "受理→审核→审批", "股长、会计", "邰星澜", "报销凭证审核→付款把关不严", "一级", "双人复核"],
        [2, "受理→审核→审批", "会计/出纳", "邰清和", "现金收付不入账", "二级", "日清月结"],
        [3, "登记→核查→办结", "受理员→审核员→审批员", "邰晚舟", "登记材料不全即受理", "三级", "一次性告知"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert [t for _d, t, _p in holders(res)] == ["股长、会计", "会计/出纳", "受理员→审核员→审批员"]
    assert "报销凭证审核→付款把关不严" in res.risks["risk_point"].tolist()
    assert not moved(res)


def test_ordinary_posts_and_names_with_arrows_elsewhere_are_untouched(tmp_path):
    """An ordinary list (no arrow in a post cell) reads as before; a holder cell handed over
    ('甲→乙') stays the holders' rule's, the post cell beside it as written."""
    rows = forestry(("副股长", "股长"), "注：风险等级按高、中、低三级评定。")
    rows[5][3] = rows[6][3] = "詹晚晴→匡暮云"
    res = run(tmp_path, rows)
    assert holders(res) == [
        ("局领导", "局长", "宗望岳"),
        ("资源管理股", "副股长", "鲍听松"),
        ("林政执法股", "股长", "匡暮云"),
        ("林政执法股", "护林员", "蔺知秋"),
    ]
    assert not moved(res)


def test_post_moved_written_with_the_holders_name(tmp_path):
    """The post written with its holder: '科员→副股长　鲍某' under '岗位及姓名', '鲍某（科员→副股长）'
    under a holders' column with no post column, and a card's '职　务 | 干事→副主任' field."""
    rows = [
        ["某县林业和草原局岗位廉政风险点排查表"],
        ["序号", "科室", "岗位及姓名", "廉政风险点", "风险级别", "防控措施"],
        [1, "资源管理股", "科员→副股长　鲍听松", "采伐限额分配不公", "高", "限额分配方案公示"],
        [2, "林政执法股", "股长　詹晚晴", "滥伐案件降格处理", "中", "案件集体审议"],
    ]
    res = run(tmp_path, rows)
    assert holders(res) == [("资源管理股", "副股长", "鲍听松"), ("林政执法股", "股长", "詹晚晴")]
    assert [c for c, _v, _m in moved(res)] == ["C3"]
    rows[1][2] = "责任人"
    rows[2][2], rows[3][2] = "鲍听松（科员→副股长）", "詹晚晴（股长）"
    res = run(tmp_path / "b", rows)
    assert holders(res) == [("资源管理股", "副股长", "鲍听松"), ("林政执法股", "股长", "詹晚晴")]
    card = [
        ["某区市场监督管理所岗位廉政风险防控卡"],
        ["姓　名", "邰星澜", "职　务", "干事→副主任"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "食品抽检样品调包", "一级", "抽样全程录像"],
        [2, "投诉举报线索压案不查", "二级", "线索登记、限时办结"],
    ]
    inbox = tmp_path / "c" / "inbox"
    write_workbook(inbox / "防控卡.xlsx", {"邰星澜": card})
    res = _collect(inbox)
    assert holders(res) == [("领导班子", "副主任", "邰星澜")]  # (a 所 card: 副主任 a leader)
    assert moved(res)[0][:2] == ("D2", "干事→副主任")


def test_what_the_hundred_and_thirty_first_review_found_reporting_lines(tmp_path):
    """A chain of posts handling a matter in turn ('科员→股长→局长': a line of approval) is no
    one's move: beside a 业务环节 and no holder, under a post heading naming the chain
    ('岗位（审批层级）'), or two cells of three posts ending in the same two. The rule had read the
    chain's last ('局长') as the post and dropped the others as former posts; the cell stays as
    written now, as before the rule. A judgement call: one three-post chain in an ordinary list
    with a holder ('科员→副股长→股长　鲍某') is still a move."""
    for head, cells, step in [
        ("责任岗位", ("科员→股长→局长", "会计→财务股长→分管局长", "出纳→会计"), True),
        ("岗位（审批层级）", ("科员→股长→局长", "会计→股长→局长", "出纳→股长"), False),
        ("岗位", ("科员→股长→局长", "会计→股长→局长", "出纳→股长→局长"), False),
    ]:
        first = ["序号", "业务环节", head, "风险点", "风险等级", "防控措施"]
        rows = [
            ["某县林业和草原局业务流程廉政风险防控表"],
            first if step else first[:1] + first[2:],
        ]
        for i, (cell, point) in enumerate(
            zip(cells, ("造林补助资金拨付不按进度", "差旅票据审核不严", "挪用备用金"), strict=True)
        ):
            row = [i + 1, "资金拨付", cell, point, "一级", "集体研究，双人复核"]
            rows.append(row if step else row[:1] + row[2:])
        res = run(tmp_path / head, rows, ["A1:F1"])
        assert [t for _d, t, _p in holders(res)] == list(cells), head
        assert not moved(res), head
    rows = forestry(("科员→副股长", "副股长→股长"), "")
    rows[2][2] = rows[3][2] = "科员→副股长→股长"
    res = run(tmp_path / "moved", rows, ["A1:G1"])
    assert ("资源管理股", "股长", "鲍听松") in holders(res)


def test_what_the_hundred_and_thirty_first_review_found_plain_variants(tmp_path):
    """Plain variants of the same cell were still read whole: the present post with the former in
    a bracket ('会计（原出纳）', '副股长(原任科员)'), the move's date closing the cell ('出纳→会计
    （2025年3月）' had given the post '会计（2025年3月）'), '转任' / '调任' / '升任' worded, and the
    full-width arrow '－＞'. Each reads its present post now, told in POST_MOVED_READ_PRESENT;
    a bracket of anything else ('股长（兼）') stays as written."""
    for cells, posts in [
        (("会计（原出纳）", "副股长(原任科员)"), ("会计", "副股长")),
        (("出纳→会计（2025年3月）", "科员→副股长(2025.3)"), ("会计", "副股长")),
        (("出纳转任会计", "科员升任副股长"), ("会计", "副股长")),
        (("出纳－＞会计", "科员－>副股长"), ("会计", "副股长")),
    ]:
        res = run(tmp_path / cells[0], forestry(cells, ""), ["A1:G1"])
        got = [t for d, t, _p in holders(res) if d in ("资源管理股", "林政执法股")]
        assert got[:2] == list(posts), cells
        assert moved(res), cells
    res = run(tmp_path / "kept", forestry(("股长（兼）", "副股长(2025.3)"), ""), ["A1:G1"])
    assert [t for _d, t, _p in holders(res)][1:3] == ["股长（兼）", "副股长(2025.3)"]
    assert not moved(res)


def test_two_people_promoted_alike_are_still_moves(tmp_path):
    """Two holders named, each cell a three-post chain ending in the same two ('科员→副股长→股长',
    '办事员→副股长→股长'): their moves, not a line of approval (rev131a's reporting-line rule
    asks for no holder beside such cells)."""
    rows = forestry(("科员→副股长→股长", "办事员→副股长→股长"), "")
    res = run(tmp_path, rows, ["A1:G1"])
    assert ("资源管理股", "股长", "鲍听松") in holders(res)
    assert ("林政执法股", "股长", "詹晚晴") in holders(res)
    assert moved(res)
