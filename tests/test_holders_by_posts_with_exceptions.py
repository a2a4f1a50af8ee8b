"""A list one row a point whose holders cell (``适用人员``, ``适用岗位``) names POSTS, not people —
one post, several joined by '、', a collective ('全体干部') or a collective WITH EXCEPTIONS
('全体干部（站长除外）', '除会计外的全体职工', '出纳以外的全体人员') — and a roster of who holds
which post ('职务 | 姓名') under the list, above it or on a sheet of its own: each row's point
is every roster member's whose post the cell names, the excepted posts left out.

Not the published batch's file (a 看守所's 民警 list, ``全体民警（所长、教导员除外）`` over ``附：本所民警
名单``): a 县水文站 and a 乡镇农业综合服务中心, other posts (站长, 会计, 水文勘测工; 主任, 农技员),
other names and level words (一级/二级, 高风险/中风险), headings in one or two rows, a roster under
the list, above it (a post's two holders in one cell) or on its own sheet, an extra 备注
column; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a
file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    noisy = issues[issues["code"].isin(["ROW_UNPLACED", "POINT_BLANK", "FORM_NO_PERSON"])]
    assert not len(noisy), noisy.to_dict("records")


# the 水文站's points: (point, level, 适用人员)
STATION = [
    ("水文站网建设项目招标中指定施工单位", "一级", "站长"),
    ("测验设备采购验收把关不严", "一级", "站长、副站长"),
    ("外业补助、加班费虚报冒领", "二级", "全体干部（站长除外）"),
    ("报销票据审核不严，以票抵票", "一级", "会计"),
    ("水文资料对外提供收取好处", "二级", "水文勘测工"),
]
STATION_ROSTER = [
    ("站长", "禤澄岚"),
    ("副站长", "甘霂桥"),
    ("会计", "禤若汀"),
    ("水文勘测工", "覃翊岑"),
    ("水文勘测工", "甘沐泽"),
]


def station_rows() -> list[list]:
    rows: list[list] = [
        ["XX县水文站岗位廉政风险点一览表"],
        ["序号", "廉政风险点", "风险等级", "适用人员", "防控措施"],
    ]
    for i, (point, lv, who) in enumerate(STATION, 1):
        rows.append([i, point, lv, who, "集体研究，留痕备查。"])
    rows += [[], ["附：本站干部名单"], ["序号", "职务", "姓名"]]
    rows += [[i, post, name] for i, (post, name) in enumerate(STATION_ROSTER, 1)]
    return rows


def test_posts_and_a_collective_but_one_under_the_list(tmp_path):
    got = run(tmp_path, {"清单": station_rows()}, {"清单": ["A1:E1"]})
    assert read(got) == sorted([
        ("站长", "禤澄岚", "水文站网建设项目招标中指定施工单位", "Ⅰ级"),
        ("站长", "禤澄岚", "测验设备采购验收把关不严", "Ⅰ级"),
        ("副站长", "甘霂桥", "测验设备采购验收把关不严", "Ⅰ级"),
        ("副站长", "甘霂桥", "外业补助、加班费虚报冒领", "Ⅱ级"),
        ("会计", "禤若汀", "外业补助、加班费虚报冒领", "Ⅱ级"),
        ("水文勘测工", "覃翊岑", "外业补助、加班费虚报冒领", "Ⅱ级"),
        ("水文勘测工", "甘沐泽", "外业补助、加班费虚报冒领", "Ⅱ级"),
        ("会计", "禤若汀", "报销票据审核不严，以票抵票", "Ⅰ级"),
        ("水文勘测工", "覃翊岑", "水文资料对外提供收取好处", "Ⅱ级"),
        ("水文勘测工", "甘沐泽", "水文资料对外提供收取好处", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)


# the 农业综合服务中心's points, with a remark column: (point, level, 适用岗位, 备注)
CENTRE = [
    ("惠农补贴面积核实不严，优亲厚友", "高风险", "除会计外的全体职工", ""),
    ("农资监管检查中收受好处", "高风险", "主任、农技员", "含兼职"),
    ("专项资金拨付审核把关不严", "中风险", "会计", ""),
]


def test_two_heading_rows_and_the_roster_above_two_in_one_cell(tmp_path):
    rows = [
        ["XX镇农业综合服务中心廉政风险防控清单"],
        ["岗位", "姓名"],
        ["主任", "蔺曦禾"],
        ["会计", "郜汐棠"],
        ["农技员", "蔺昀朗、郜霁川"],
        [],
        ["序号", "风险", None, "适用岗位", "备注"],
        [None, "廉政风险点", "风险等级", None, None],
    ]
    for i, (point, lv, who, note) in enumerate(CENTRE, 1):
        rows.append([i, point, lv, who, note])
    merges = ["A1:E1", "B7:C7", "A7:A8", "D7:D8", "E7:E8"]
    got = run(tmp_path, {"清单": rows}, {"清单": merges})
    assert read(got) == sorted([
        ("主任", "蔺曦禾", "惠农补贴面积核实不严，优亲厚友", "Ⅰ级"),
        ("农技员", "蔺昀朗", "惠农补贴面积核实不严，优亲厚友", "Ⅰ级"),
        ("农技员", "郜霁川", "惠农补贴面积核实不严，优亲厚友", "Ⅰ级"),
        ("主任", "蔺曦禾", "农资监管检查中收受好处", "Ⅰ级"),
        ("农技员", "蔺昀朗", "农资监管检查中收受好处", "Ⅰ级"),
        ("农技员", "郜霁川", "农资监管检查中收受好处", "Ⅰ级"),
        ("会计", "郜汐棠", "专项资金拨付审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)


def test_a_roster_on_its_own_sheet_and_an_exception_before_the_collective(tmp_path):
    rows = [
        ["XX县水文站岗位廉政风险点清单"],
        ["序号", "廉政风险点", "风险等级", "适用人员", "防控措施"],
        [1, "公务用车私用", "二级", "会计以外的全体人员", "车辆出行登记，定位监控。"],
        [2, "水文资料对外提供收取好处", "二级", "水文勘测工", "资料提供经站长审批。"],
        [3, "外业补助、加班费虚报冒领", "一级", "全体干部（站长、会计除外）", "补助按考勤核发。"],
    ]
    roster = [["序号", "职务", "姓名"]]
    roster += [[i, post, name] for i, (post, name) in enumerate(STATION_ROSTER, 1)]
    got = run(tmp_path, {"清单": rows, "人员名单": roster}, {"清单": ["A1:E1"]})
    assert read(got) == sorted([
        ("站长", "禤澄岚", "公务用车私用", "Ⅱ级"),
        ("副站长", "甘霂桥", "公务用车私用", "Ⅱ级"),
        ("水文勘测工", "覃翊岑", "公务用车私用", "Ⅱ级"),
        ("水文勘测工", "甘沐泽", "公务用车私用", "Ⅱ级"),
        ("水文勘测工", "覃翊岑", "水文资料对外提供收取好处", "Ⅱ级"),
        ("水文勘测工", "甘沐泽", "水文资料对外提供收取好处", "Ⅱ级"),
        ("副站长", "甘霂桥", "外业补助、加班费虚报冒领", "Ⅰ级"),
        ("水文勘测工", "覃翊岑", "外业补助、加班费虚报冒领", "Ⅰ级"),
        ("水文勘测工", "甘沐泽", "外业补助、加班费虚报冒领", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)


def test_a_post_the_roster_lists_not_is_told(tmp_path):
    rows = station_rows()
    rows[6] = [5, "水文资料对外提供收取好处", "二级", "驾驶员", "资料提供经站长审批。"]
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1"]})
    assert "POST_NOT_IN_POST_ROSTER" in codes(got)
    assert ("会计", "禤若汀", "报销票据审核不严，以票抵票", "Ⅰ级") in read(got)
    no_errors(got)


def test_a_column_of_names_beside_a_roster_reads_as_before(tmp_path):
    rows = [
        ["XX县水文站岗位廉政风险点一览表"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "站长", "禤澄岚", "水文站网建设项目招标中指定施工单位", "一级", "集体研究。"],
        [2, "副站长", "甘霂桥", "测验设备采购验收把关不严", "一级", "双人验收。"],
        [3, "会计", "禤若汀", "报销票据审核不严，以票抵票", "一级", "票据复核。"],
        [],
        ["附：本站干部名单"],
        ["序号", "职务", "姓名"],
    ]
    rows += [[i, post, name] for i, (post, name) in enumerate(STATION_ROSTER[:3], 1)]
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:F1"]})
    assert read(got) == sorted([
        ("站长", "禤澄岚", "水文站网建设项目招标中指定施工单位", "Ⅰ级"),
        ("副站长", "甘霂桥", "测验设备采购验收把关不严", "Ⅰ级"),
        ("会计", "禤若汀", "报销票据审核不严，以票抵票", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" not in codes(got)


def test_posts_named_and_no_roster_read_as_before(tmp_path):
    rows = station_rows()[:7]
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1"]})
    assert "HOLDERS_BY_POST_ROSTER" not in codes(got)
    points = {p for _t, _n, p, _lv in read(got)}
    assert points == {point for point, _lv, _who in STATION}
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_a_holders_cell_naming_posts_is_parsed_as_such():
    from xlproc.locate_base import _posts_said

    assert _posts_said("全体干部（站长除外）") == (["全体干部"], ["站长"])
    assert _posts_said("除会计外的全体职工") == (["全体职工"], ["会计"])
    assert _posts_said("会计、出纳以外的全体人员") == (["全体人员"], ["会计", "出纳"])
    assert _posts_said("全体职工，站长、会计除外") == (["全体职工"], ["站长", "会计"])
    assert _posts_said("站长、副站长") == (["站长", "副站长"], [])
    assert _posts_said("禤澄岚") is None


# the ninety-seventh review: a 派出所's list, 适用人员 naming posts, its roster under it
_STATION_TITLE = ["XX县公安局城关派出所岗位廉政风险点一览表"]
_STATION_HEAD = ["序号", "廉政风险点", "风险等级", "适用人员", "防控措施"]


def _police_rows(second: str, roster: list[tuple[str, str]], caption: str = "附：本所人员名单"):
    return [
        _STATION_TITLE, _STATION_HEAD,
        [1, "违规办理户口迁移", "一级", "所长", "集体研究"],
        [2, "接受吃请", "二级", second, "廉洁承诺"],
        [], [caption], ["序号", "职务", "姓名"],
        *([i, post, name] for i, (post, name) in enumerate(roster, 1)),
    ]  # fmt: skip


def test_what_the_ninety_seventh_review_found_all_police_take_no_auxiliary_or_civilian(tmp_path):
    roster = [
        ("所长", "禤澄岚"),
        ("社区民警", "覃翊岑"),
        ("辅警", "甘沐泽"),
        ("文职人员", "禤若汀"),
    ]
    got = run(tmp_path, {"s": _police_rows("全体民警", roster)}, {"s": ["A1:E1"]})
    assert read(got) == sorted([
        ("所长", "禤澄岚", "违规办理户口迁移", "Ⅰ级"),
        ("所长", "禤澄岚", "接受吃请", "Ⅱ级"),
        ("社区民警", "覃翊岑", "接受吃请", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)
    # the whole staff's noun still covers everyone on the roster
    got = run(tmp_path / "all", {"s": _police_rows("全体人员", roster)}, {"s": ["A1:E1"]})
    assert read(got) == sorted([
        ("所长", "禤澄岚", "违规办理户口迁移", "Ⅰ级"),
        *((post, name, "接受吃请", "Ⅱ级") for post, name in roster),
    ])  # fmt: skip
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)


def test_what_the_ninety_seventh_review_found_a_collective_covers_its_own_class():
    from xlproc.locate_base import _in_collective

    assert [p for p in ("所长", "教导员", "社区民警", "管教民警", "辅警", "协警", "文职人员",
                        "工勤人员", "临聘人员") if _in_collective(p, "民警")] == [
        "所长", "教导员", "社区民警", "管教民警"]  # fmt: skip
    assert _in_collective("社区民警", "干警")  # (one class, two words)
    assert all(_in_collective(p, n) for p in ("辅警", "文职人员", "所长") for n in ("人员", "职工"))
    assert all(_in_collective(p, "工作人员") for p in ("辅警", "社区民警", "会计"))


def test_what_the_ninety_seventh_review_found_an_exception_list_ending_with_deng(tmp_path):
    roster = [
        ("所长", "禤澄岚"),
        ("教导员", "甘霂桥"),
        ("社区民警", "覃翊岑"),
        ("社区民警", "甘沐泽"),
    ]
    rows = _police_rows("全体民警（所长、教导员等除外）", roster, "附：本所民警名单")
    got = run(tmp_path, {"s": rows}, {"s": ["A1:E1"]})
    assert read(got) == sorted([
        ("所长", "禤澄岚", "违规办理户口迁移", "Ⅰ级"),
        ("社区民警", "覃翊岑", "接受吃请", "Ⅱ级"),
        ("社区民警", "甘沐泽", "接受吃请", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)
    from xlproc.locate_base import _posts_said

    assert _posts_said("全体民警（所长、教导员等除外）") == (["全体民警"], ["所长", "教导员"])


def test_what_the_ninety_seventh_review_found_a_roster_post_with_a_note(tmp_path):
    roster = [("所长（兼）", "禤澄岚"), ("教导员", "甘霂桥"), ("社区民警", "覃翊岑")]
    rows = _police_rows("全体民警（所长除外）", roster, "附：本所民警名单")
    got = run(tmp_path, {"s": rows}, {"s": ["A1:E1"]})
    assert read(got) == sorted([
        ("所长", "禤澄岚", "违规办理户口迁移", "Ⅰ级"),
        ("教导员", "甘霂桥", "接受吃请", "Ⅱ级"),
        ("社区民警", "覃翊岑", "接受吃请", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)
