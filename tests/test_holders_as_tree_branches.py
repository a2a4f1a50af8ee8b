"""A point's holders hanging under it as tree-branch rows in the point's own column: each
numbered point row (level, measures) followed by one row per holder drawn as a branch
('┣━ 资源管理股　股长　某某' … the last '┗━ …'; '|-', '+-', '├─', '└─' as typed, perhaps indented),
the other cells of those rows blank. The branch rows are the holders of the point ABOVE them, a
copy of the point each (HOLDERS_AS_BRANCHES, info), never group rows naming the holder of the
next point; the mark never reaches a post.

Not the published batch's file (a 建设工程质量安全监督站 with '├─ 股室　岗位　姓名' / '└─ …' under
'序号 | 风险点及责任分解 | 风险等级 | 防控措施' and 一级/二级/三级): a county's 林业局 and a
城市管理综合执法局, other posts and names, other marks ('┣━', '|-', '+-', an indented '　└─'), one or
two heading rows, ticked 高/中/低 columns, a 风险类型 column, a holder in one word or with his name
in brackets, a post alone; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives (a staircase export of 科室 → 岗位 → points, group
rows '一、…' over post rows, points with a dash mid-text or branch rows that are sub-points, no
holders) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "分解"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_heavy_branches_under_each_point_are_its_holders(tmp_path):
    rows = [
        ["XX县林业局廉政风险点及责任人分解表"],
        ["编号", "廉政风险点及责任人", "风险等级", "防控措施"],
        [1, "林木采伐指标分配不公开", "高", "指标分配方案局务会研究并公示。"],
        [None, "┣━ 局长　伍骞翮", None, None],
        [None, "┣━ 资源管理股　股长　岑翊澜", None, None],
        [None, "┗━ 资源管理股　技术员　伍泠沅", None, None],
        [2, "林地占用审核现场查验走过场", "中", "现场查验两人以上，影像存档。"],
        [None, "┣━ 副局长　岑澍颀", None, None],
        [None, "┗━ 资源管理股　股长　岑翊澜", None, None],
        [3, "护林员考核打分优亲厚友", "低", "考核结果在村务公开栏公示。"],
        [None, "┗━ 资源管理股　技术员　伍泠沅", None, None],
        ["说明：每项风险点下以“┣━”“┗━”开头的行为该项的责任人。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A12:D12"])
    assert read(got) == sorted([
        ("", "局长", "伍骞翮", "林木采伐指标分配不公开", "Ⅰ级"),
        ("资源管理股", "股长", "岑翊澜", "林木采伐指标分配不公开", "Ⅰ级"),
        ("资源管理股", "技术员", "伍泠沅", "林木采伐指标分配不公开", "Ⅰ级"),
        ("", "副局长", "岑澍颀", "林地占用审核现场查验走过场", "Ⅱ级"),
        ("资源管理股", "股长", "岑翊澜", "林地占用审核现场查验走过场", "Ⅱ级"),
        ("资源管理股", "技术员", "伍泠沅", "护林员考核打分优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_AS_BRANCHES"]
    assert list(said["cell"]) == ["B4"] and list(said["value"]) == ["6"]
    assert "3个风险点" in said["message"].iloc[0] and "共6行" in said["message"].iloc[0]
    assert "HOLDERS_AS_BRANCHES" in CATALOGUE and "HOLDERS_AS_BRANCHES" in SHORT
    assert ITEMS["HOLDERS_AS_BRANCHES"] == "责任人"
    assert not any("┣" in x or "┗" in x for x in got.risks["title"])


def test_ascii_branches_under_two_heading_rows_with_ticked_levels(tmp_path):
    # two heading rows ('风险等级' over ticked 高 | 中 | 低), '|-' / '+-' typed for the marks,
    # a holder in one word ('执法一中队队长鲍霁川'), one with his name in brackets, a post alone
    rows = [
        ["XX县城市管理综合执法局岗位廉政风险点分解表"],
        ["序号", "风险点及责任人", "风险等级", None, None, "防控措施"],
        [None, None, "高", "中", "低", None],
        ["1", "占道经营处罚随意减免", "√", None, None, "处罚按裁量基准，减免集体审议。"],
        [None, "|- 副局长", None, None, None, None],
        [None, "+- 执法一中队队长鲍霁川", None, None, None, None],
        ["2", "违建拆除通知选择性送达", None, "√", None, "送达全程记录，台账备查。"],
        [None, "|- 法制股　股长（阚翀霖）", None, None, None, None],
        [None, "+- 执法一中队　队员　鲍珂瑶", None, None, None, None],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("", "副局长", "", "占道经营处罚随意减免", "Ⅰ级"),
        ("执法一中队", "队长", "鲍霁川", "占道经营处罚随意减免", "Ⅰ级"),
        ("法制股", "股长", "阚翀霖", "违建拆除通知选择性送达", "Ⅱ级"),
        ("执法一中队", "队员", "鲍珂瑶", "违建拆除通知选择性送达", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_AS_BRANCHES" in codes(got)


def test_indented_branches_with_a_type_column_and_a_point_with_none(tmp_path):
    # a 风险类型 column more, the branches indented ('　├─', '　└─'), the last point with no branch
    # under it (no holder, as a point of no holder is read today)
    rows = [
        ["XX县林业局林场廉政风险防控分解表"],
        ["序号", "风险类型", "廉政风险点及责任分解", "风险等级", "防控措施"],
        [1, "岗位职责", "苗木采购验收不严", "★★★", "验收小组三人以上，签字存档。"],
        [None, None, "　├─ 场长　邝翛然", None, None],
        [None, None, "　└─ 营林股　股长　邝沛柔", None, None],
        [2, "制度机制", "木材销售价格暗箱操作", "★★", "销售价格集体议定，公开挂牌。"],
        [None, None, "　└─ 营林股　股长　邝沛柔", None, None],
        [3, "岗位职责", "林场车辆私用", "★", "车辆派车单登记，定点停放。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "场长", "邝翛然", "苗木采购验收不严", "Ⅰ级"),
        ("营林股", "股长", "邝沛柔", "苗木采购验收不严", "Ⅰ级"),
        ("营林股", "股长", "邝沛柔", "木材销售价格暗箱操作", "Ⅱ级"),
        ("", "", "", "林场车辆私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "制度机制风险"}


def test_holders_over_their_points_in_one_column_read_as_before(tmp_path):
    # a one-column tree of 科室 → holder → points, the holders ABOVE their points and no branch
    # mark: the outline read as before (the holder rows over the rows below)
    rows = [
        ["XX县城市管理综合执法局廉政风险点清单"],
        ["序号", "科室／岗位／风险点", "风险等级", "防控措施"],
        [None, "市容管理股", None, None],
        [None, "股长　甄翯澜", None, None],
        [1, "户外广告审批设卡刁难", "中", "审批事项网上公开，限时办结。"],
        [2, "门店招牌整治标准不一", "低", "整治标准公示，复查留痕。"],
        [None, "执法二中队", None, None],
        [None, "中队长　卫珣琦", None, None],
        [3, "暂扣物品登记不全、私自处置", "高", "暂扣物品入库登记，处置集体审批。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("市容管理股", "股长", "甄翯澜", "户外广告审批设卡刁难", "Ⅱ级"),
        ("市容管理股", "股长", "甄翯澜", "门店招牌整治标准不一", "Ⅲ级"),
        ("执法二中队", "中队长", "卫珣琦", "暂扣物品登记不全、私自处置", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_AS_BRANCHES" not in codes(got)


def test_group_rows_over_posts_and_a_dash_mid_text_read_as_before(tmp_path):
    # group rows '一、…' over post rows with 岗位 | 姓名 columns, a point with '—' mid-text
    rows = [
        ["XX县林业局岗位廉政风险防控一览表"],
        ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["一、局领导"],
        ["局长", "伍骞翮", "项目资金分配—个人说了算", "高", "资金分配局务会集体研究。"],
        ["二、资源管理股"],
        ["股长", "岑翊澜", "采伐许可审核把关不严", "中", "审核双人签字。"],
        ["技术员", "伍泠沅", "检尺放水—多开少开", "低", "检尺复核，抽查比对。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A5:E5"])
    assert read(got) == sorted([
        ("局领导", "局长", "伍骞翮", "项目资金分配—个人说了算", "Ⅰ级"),
        ("资源管理股", "股长", "岑翊澜", "采伐许可审核把关不严", "Ⅱ级"),
        ("资源管理股", "技术员", "伍泠沅", "检尺放水—多开少开", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_AS_BRANCHES" not in codes(got)


def test_branch_rows_that_are_sub_points_read_as_before(tmp_path):
    # '├─' / '└─' rows under a point naming no holder but the point's steps, in a table of no
    # holder columns: not this shape, read as before (the lines typed on under the point's)
    rows = [
        ["XX县城市管理综合执法局廉政风险点登记表"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "渣土运输核准把关不严", "中", "核准条件公开，现场核查。"],
        [None, "├─ 车辆资质审查走过场", None, None],
        [None, "└─ 线路核定不到现场", None, None],
        [2, "罚没物品处置不规范", "高", "罚没物品公开拍卖。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "", "", "渣土运输核准把关不严├─ 车辆资质审查走过场└─ 线路核定不到现场", "Ⅱ级"),
        ("", "", "", "罚没物品处置不规范", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_AS_BRANCHES" not in codes(got)
