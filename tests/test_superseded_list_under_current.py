"""A repealed old list kept on the same sheet as the current one, for comparison only: a caption
line over it says so ('原清单（2024年版，已作废）', '上一版清单，已被2026年版替代，仅供比对') or names
a year whose list a note above repeals ('说明：…2024年版风险点清单即行废止' over '附：2024年清单').
Its rows are no one's points (its holders no holders, its levels nothing): one info
(``TABLE_SUPERSEDED_SKIPPED``) naming the caption and the rows skipped, counted as reported.
Only with a current table left on the sheet (above it or below it) or on another sheet of the
file (the old list's sheet then set aside, ``SHEET_SET_ASIDE``); a file whose only list is marked
repealed is read as before, with a warning (``TABLE_SUPERSEDED_ALONE``).

Not the published batch's file (a 水书文化研究中心's 清单 with 部门/岗位/姓名 merged, 一级/二级/三级
and the caption '附：2023年版原清单（已废止，仅供对照）' under a '注：' line): a county 供销合作社's and a
县粮食储备库's lists, other posts, names, level words (高/中/低, ★), one or two heading rows, post
and name in one cell, an extra 备注 column, the old list above the current one, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]

CURRENT = [
    [1, "理事会主任", "濮湛珩", "农资储备项目定点企业指定不经集体研究", "高", "定点企业公开遴选，理事会集体决定。"],
    [2, "理事会主任", "濮湛珩", "社有资产出租协议价明显偏低", "中", "资产出租进场公开竞价。"],
    [3, "财务科长", "訾沁瑶", "社有企业往来款长期挂账不清理", "中", "往来款按季清理，年终专项审计。"],
    [4, "业务科员", "濮昕玥", "农村综合服务社补助资金审核把关不严", "低", "补助对象公示，两人复核。"],
]  # fmt: skip
OLD = [
    [1, "理事会主任", "濮湛珩", "农资储备项目定点企业指定不经集体研究", "中", "理事会研究确定。"],
    [2, "理事会副主任", "蔺霈棠", "棉麻仓库维修工程指定施工单位", "高", "签订廉政合同。"],
    [3, "财务科长", "訾沁瑶", "社有企业往来款长期挂账不清理", "高", "年终清理。"],
    [4, "统计员", "戚翙珂", "虚报农资销售统计数据", "低", "数据双人核对。"],
]  # fmt: skip
CURRENT_READ = [
    ("业务科员", "濮昕玥", "农村综合服务社补助资金审核把关不严", "Ⅲ级"),
    ("理事会主任", "濮湛珩", "社有资产出租协议价明显偏低", "Ⅱ级"),
    ("理事会主任", "濮湛珩", "农资储备项目定点企业指定不经集体研究", "Ⅰ级"),
    ("财务科长", "訾沁瑶", "社有企业往来款长期挂账不清理", "Ⅱ级"),
]
OLD_READ = [
    ("理事会副主任", "蔺霈棠", "棉麻仓库维修工程指定施工单位", "Ⅰ级"),
    ("理事会主任", "濮湛珩", "农资储备项目定点企业指定不经集体研究", "Ⅱ级"),
    ("统计员", "戚翙珂", "虚报农资销售统计数据", "Ⅲ级"),
    ("财务科长", "訾沁瑶", "社有企业往来款长期挂账不清理", "Ⅰ级"),
]


def skipped(got) -> list[dict]:
    i = got.issues
    return i[i["code"] == "TABLE_SUPERSEDED_SKIPPED"].to_dict("records")


def test_the_codes_are_catalogued():
    for code in ("TABLE_SUPERSEDED_SKIPPED", "TABLE_SUPERSEDED_ALONE"):
        assert code in CATALOGUE and code in SHORT


def test_old_list_under_the_current_one_marked_void_is_skipped(tmp_path):
    rows = [
        ["县供销合作社联合社岗位廉政风险点清单（2026年修订）"],
        HEAD,
        *CURRENT,
        ["编制：办公室", None, None, "2026年3月"],
        [],
        ["原清单（2024年版，已作废）"],
        HEAD,
        *OLD,
    ]
    got = run(tmp_path, rows, ["A1:F1", "A9:F9"])
    assert read(got) == sorted(CURRENT_READ)
    no_errors(got)
    (one,) = skipped(got)
    assert one["cell"] == "A9" and "4 行" in one["message"], one
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 8, c


def test_two_heading_rows_and_post_with_name_in_one_cell(tmp_path):
    head1 = ["序号", "责任岗位", "廉政风险点", "风险等级", None, None, "防控措施"]
    head2 = [None, None, None, "高", "中", "低", None]

    def ticked(rows):
        out = []
        for n, post, who, point, lv, m in rows:
            marks = ["√" if lv == w else None for w in ("高", "中", "低")]
            out.append([n, f"{post}　{who}", point, *marks, m])
        return out

    rows = [
        ["县供销合作社联合社廉政风险防控一览表"],
        head1,
        head2,
        *ticked(CURRENT),
        [],
        ["以下为上一版清单，已被2026年版替代，仅供比对"],
        head1,
        head2,
        *ticked(OLD),
    ]
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A9:G9"]
    merges += ["A10:A11", "B10:B11", "C10:C11", "D10:F10", "G10:G11"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted(CURRENT_READ)
    no_errors(got)
    (one,) = skipped(got)
    assert one["cell"] == "A9", one


def test_caption_naming_a_year_a_note_above_repeals(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"]
    rows = [
        ["县粮食储备库廉政风险点清单"],
        head,
        [1, "仓储科", "保管员", "蔺澍岚", "粮食出入库数量不过磅、不验质", "★★", "出入库全程监控，双人过磅。", ""],
        [2, "仓储科", "科长", "訾珩煜", "轮换粮源收购压级压价", "★★★", "收购质价公示。", "新增"],
        [3, "财务科", "出纳", "戚沅芷", "收购款现金支付", "★", "收购款直接转账到售粮人。", ""],
        ["说明：本清单经库务会审定后执行，2024年版风险点清单即行废止。"],
        [],
        ["附：2024年清单"],
        head,
        [1, "仓储科", "保管员", "蔺澍岚", "粮食出入库数量不过磅", "★", "过磅登记。", ""],
        [2, "保卫科", "科长", "濮翊珩", "储备库安保外包验收走过场", "★★", "验收双签。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A6:H6", "A8:H8"])
    assert read(got) == sorted([
        ("保管员", "蔺澍岚", "粮食出入库数量不过磅、不验质", "Ⅱ级"),
        ("出纳", "戚沅芷", "收购款现金支付", "Ⅲ级"),
        ("科长", "訾珩煜", "轮换粮源收购压级压价", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    (one,) = skipped(got)
    assert one["value"] == "附：2024年清单" and "2 行" in one["message"], one


def test_old_list_above_the_current_one(tmp_path):
    rows = [
        ["旧版清单（作废，仅供对照）"],
        HEAD,
        *OLD,
        [],
        ["县供销合作社联合社现行岗位廉政风险点清单"],
        HEAD,
        *CURRENT,
    ]
    got = run(tmp_path, rows, ["A1:F1", "A8:F8"])
    assert read(got) == sorted(CURRENT_READ)
    no_errors(got)
    (one,) = skipped(got)
    assert one["cell"] == "A1", one


def test_old_list_on_a_sheet_of_its_own_beside_the_current_sheet(tmp_path):
    inbox = tmp_path / "inbox"
    title = ["县供销合作社联合社岗位廉政风险点清单"]
    caption = "附：2024年版清单（已废止，仅供对照）"
    sheets = {"现行": [title, HEAD, *CURRENT], "对照": [title, [caption], HEAD, *OLD]}
    write_workbook(inbox / "t.xlsx", sheets, {"现行": ["A1:F1"], "对照": ["A1:F1", "A2:F2"]})
    got = _collect(inbox)
    assert read(got) == sorted(CURRENT_READ)
    no_errors(got)
    i = got.issues
    (one,) = i[i["code"] == "SHEET_SET_ASIDE"].to_dict("records")
    assert one["source_sheet"] == "对照" and caption in one["message"], one
    assert "TABLE_SUPERSEDED_ALONE" not in codes(got)


# ---------------------------------------------------------------- not this shape: read as before


def test_an_added_list_under_the_current_one_is_read(tmp_path):
    rows = [
        ["县供销合作社联合社岗位廉政风险点清单"],
        HEAD,
        *CURRENT,
        [],
        ["附：2026年新增风险点"],
        HEAD,
        [1, "理事会副主任", "蔺霈棠", "棉麻仓库维修工程指定施工单位", "高", "维修工程公开比选。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A8:F8"])
    assert read(got) == sorted(
        [*CURRENT_READ, ("理事会副主任", "蔺霈棠", "棉麻仓库维修工程指定施工单位", "Ⅰ级")]
    )
    no_errors(got)
    assert not codes(got) & {"TABLE_SUPERSEDED_SKIPPED", "TABLE_SUPERSEDED_ALONE"}


def test_a_note_referring_to_last_years_list_repeals_nothing(tmp_path):
    rows = [
        ["县供销合作社联合社2026年度岗位廉政风险点清单"],
        ["（本清单自2026年1月起执行，原2024年版清单同时废止）"],
        HEAD,
        *CURRENT,
        ["注：风险等级参照2024年清单评定，等级有变化的已重新审定。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A8:F8"])
    assert read(got) == sorted(CURRENT_READ)
    no_errors(got)
    assert not codes(got) & {"TABLE_SUPERSEDED_SKIPPED", "TABLE_SUPERSEDED_ALONE"}


def test_a_sheet_whose_only_list_is_marked_void_is_read_and_warned(tmp_path):
    rows = [["原清单（2024年版，已作废）"], HEAD, *OLD]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted(OLD_READ)
    no_errors(got)
    assert "TABLE_SUPERSEDED_ALONE" in codes(got)
    assert "TABLE_SUPERSEDED_SKIPPED" not in codes(got)


# review 127: the shared rows of its findings (levels read as Ⅰ/Ⅱ/Ⅲ级)
R127_HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
R127_A = [[1, "局长", "濮湛珩", "重大项目审批不经集体研究", "高", "集体决策。"],
          [2, "副局长", "訾沁瑶", "分管领域资金拨付把关不严", "中", "两人复核。"],
          [3, "办公室主任", "戚翙珂", "公务接待超标准", "低", "严格执行标准。"]]  # fmt: skip
R127_B = [[4, "财务股长", "蔺霈棠", "往来款长期挂账不清理", "中", "按季清理。"],
          [5, "会计", "濮昕玥", "报销单据审核不严", "低", "双人审核。"],
          [6, "出纳", "郦晗霁", "现金保管不规范", "高", "定期盘点。"]]  # fmt: skip
R127_T = ["县农业农村局岗位廉政风险点清单"]
R127_ALL6 = sorted([
    ("局长", "濮湛珩", "重大项目审批不经集体研究", "Ⅰ级"),
    ("副局长", "訾沁瑶", "分管领域资金拨付把关不严", "Ⅱ级"),
    ("办公室主任", "戚翙珂", "公务接待超标准", "Ⅲ级"),
    ("财务股长", "蔺霈棠", "往来款长期挂账不清理", "Ⅱ级"),
    ("会计", "濮昕玥", "报销单据审核不严", "Ⅲ级"),
    ("出纳", "郦晗霁", "现金保管不规范", "Ⅰ级"),
])  # fmt: skip
R127_OLD_NOTE = ["说明：旧版清单不再执行，请按此表执行。"]
R127_TITLE_2025 = ["县农业农村局2025年度岗位廉政风险点清单（2023年清单已废止）"]


def _all_six_no_superseded(got):
    no_errors(got)
    assert read(got) == R127_ALL6
    assert not {c for c in codes(got) if c.startswith("TABLE_SUPERSEDED") or c == "SHEET_SET_ASIDE"}


def test_what_the_hundred_and_twenty_seventh_review_found_a_current_lists_note_voiding_the_old(
    tmp_path,
):
    """Finding 1: a note or title saying ANOTHER (old) list is void while pointing at this one
    ('请按此表执行', a title naming the current year with the old year in brackets) is a current
    table's: all 6 read, no TABLE_SUPERSEDED_*."""
    cases = [
        [R127_T, R127_OLD_NOTE, R127_HEAD, *R127_A, [], ["二、执法大队"], R127_HEAD, *R127_B],
        [R127_T, R127_OLD_NOTE, R127_HEAD, *R127_A, [], ["续表"], R127_HEAD, *R127_B],
        [R127_TITLE_2025, R127_HEAD, *R127_A, [], ["续表"], R127_HEAD, *R127_B],
        [
            R127_TITLE_2025,
            ["一、局机关"],
            R127_HEAD,
            *R127_A,
            [],
            ["二、执法大队"],
            R127_HEAD,
            *R127_B,
        ],
    ]
    for k, rows in enumerate(cases):
        _all_six_no_superseded(run(tmp_path / str(k), rows, ["A1:F1"]))
    got = run(tmp_path / "one", [R127_T, R127_OLD_NOTE, R127_HEAD, *R127_A, *R127_B], ["A1:F1"])
    _all_six_no_superseded(got)  # (one table: no TABLE_SUPERSEDED_ALONE)
    inbox = tmp_path / "two" / "inbox"
    sheets = {
        "局机关": [R127_T, R127_HEAD, *R127_A],
        "执法大队": [
            ["县农业综合行政执法大队岗位廉政风险点清单"],
            R127_OLD_NOTE,
            R127_HEAD,
            *R127_B,
        ],
    }
    write_workbook(inbox / "t.xlsx", sheets, {"局机关": ["A1:F1"], "执法大队": ["A1:F1"]})
    _all_six_no_superseded(_collect(inbox))


def test_what_the_hundred_and_twenty_seventh_review_found_a_caption_merely_naming_a_repealed_year(
    tmp_path,
):
    """Finding 2: a caption naming a year a note repeals is the repealed list's only when it IS
    that year's list ('附：2023年版清单'), not '2023年以来新增', '（2024年清单未列）', '（…替代2023年版）'."""
    title = ["县农业农村局岗位廉政风险点清单（2025年版）"]
    note = ["注：原2023年版清单同时废止。"]
    cases = [
        [title, note, R127_HEAD, *R127_A, [], ["附：2023年以来新增风险点"], R127_HEAD, *R127_B],
        [title, note, R127_HEAD, *R127_A, [], ["附：2025年新增风险点（2024年清单未列）"], R127_HEAD,
         *R127_B],
        [["县农业农村局岗位廉政风险点清单（2025年版，替代2023年版）"], ["注：2023年版清单同时废止。"],
         R127_HEAD, *R127_A, [], ["县农业农村局岗位廉政风险点清单（2025年版，替代2023年版）"],
         R127_HEAD, *R127_B],
    ]  # fmt: skip
    for k, rows in enumerate(cases):
        _all_six_no_superseded(run(tmp_path / str(k), rows, ["A1:F1"]))
    inbox = tmp_path / "two" / "inbox"
    sheets = {
        "局机关": [title, note, R127_HEAD, *R127_A],
        "执法大队": [["附：2023年以来新增风险点"], R127_HEAD, *R127_B],
    }
    write_workbook(inbox / "t.xlsx", sheets, {"局机关": ["A1:F1"]})
    _all_six_no_superseded(_collect(inbox))


def test_what_the_hundred_and_twenty_seventh_review_found_void_words_about_a_matter_not_a_list(
    tmp_path,
):
    """Finding 3: 作废/失效/停止 in a matter's words (作废票据, 失效证照, 停止使用的车辆) or a note
    about a level word say no list is void: all 6 read."""
    for k, cap in enumerate([
        "二、非税收入票据管理（含作废票据核销）",
        "二、失效证照注销审核岗",
        "附：证照已失效仍办理业务的风险点",
        "附：停止使用的执法车辆管理岗位",
    ]):  # fmt: skip
        rows = [R127_T, ["一、综合股"], R127_HEAD, *R127_A, [], [cap], R127_HEAD, *R127_B]
        _all_six_no_superseded(run(tmp_path / str(k), rows, ["A1:F1"]))
    rows = [R127_T, ["注：风险等级“一般”已停止使用，统一为“低”。"], R127_HEAD, *R127_A, [],
            ["二、执法大队"], R127_HEAD, *R127_B]  # fmt: skip
    _all_six_no_superseded(run(tmp_path / "level", rows, ["A1:F1"]))


def test_what_the_hundred_and_twenty_seventh_review_found_old_list_captions_missed(tmp_path):
    """Finding 7: an old list's caption in other words ('已停用', '仅作参考', '历史版本，现已不用',
    '调整前的原清单…已不适用') is skipped under the current list."""
    for k, cap in enumerate([
        "附：原清单（2023年版，已停用）",
        "附：2023年版清单（已修订，仅作参考）",
        "附：2023年版清单（历史版本，现已不用）",
        "附：调整前的原清单（2023年，已不适用）",
    ]):  # fmt: skip
        got = run(tmp_path / str(k), [R127_T, R127_HEAD, *R127_A, [], [cap], R127_HEAD, *R127_B],
                  ["A1:F1"])  # fmt: skip
        no_errors(got)
        assert read(got) == sorted(R127_ALL6[i] for i in range(6) if R127_ALL6[i][0] in
                                   ("局长", "副局长", "办公室主任")), cap  # fmt: skip
        assert [x["value"] for x in skipped(got)] == [cap]


def test_what_the_hundred_and_twenty_seventh_review_found_old_and_current_lists_side_by_side(
    tmp_path,
):
    """Finding 7: old and current lists side by side under captions of one row ('2023年清单（已
    废止）' | '2025年清单'): which table a caption is over is not told by the row, both read as
    before the rule, no false TABLE_SUPERSEDED_ALONE ('本工作表上没有别的现行表')."""
    for k, right in enumerate(["2025年清单（现行）", "2025年清单"]):
        rows = [
            ["2023年清单（已废止）", None, None, None, None, None, None, right],
            R127_HEAD + [None] + R127_HEAD,
            *[a + [None] + b for a, b in zip(R127_A, R127_B, strict=True)],
        ]
        got = run(tmp_path / str(k), rows, ["A1:F1", "H1:M1"])
        no_errors(got)
        assert read(got) == R127_ALL6
        assert not {c for c in codes(got) if c.startswith("TABLE_SUPERSEDED")}


def test_what_the_hundred_and_twenty_seventh_review_found_the_year_a_repeal_took_effect(tmp_path):
    """A year in the caption's own bracket that is when the repeal took effect ('（2025年起停止
    执行）', '（已于2025年3月废止）') is the caption's, no other year's list: the old rows skipped
    under the current list (review 127 again, finding 3); a bracket naming another year's list
    ('（2023年清单已废止）') after a current title stays current (above)."""
    title = ["县农业农村局岗位廉政风险点清单（2025年版）"]
    for k, cap in enumerate([
        "附：2023年版清单（2025年起停止执行）",
        "附：2023年版清单（2025年1月1日起废止）",
        "附：2023年版清单（自2025年起作废）",
        "附：2023年版清单（已于2025年3月废止）",
        "附：2023年版清单（2025年已废止，仅供对照）",
    ]):  # fmt: skip
        got = run(tmp_path / str(k), [title, R127_HEAD, *R127_A, [], [cap], R127_HEAD, *R127_B],
                  ["A1:F1"])  # fmt: skip
        no_errors(got)
        assert read(got) == sorted([
            ("局长", "濮湛珩", "重大项目审批不经集体研究", "Ⅰ级"),
            ("副局长", "訾沁瑶", "分管领域资金拨付把关不严", "Ⅱ级"),
            ("办公室主任", "戚翙珂", "公务接待超标准", "Ⅲ级"),
        ]), cap  # fmt: skip
        assert [x["value"] for x in skipped(got)] == [cap]
    got = run(tmp_path / "current", [["县农业农村局岗位廉政风险点清单（2025年1月1日起执行）"],
              R127_HEAD, *R127_A, [], ["二、执法大队"], R127_HEAD, *R127_B], ["A1:F1"])  # fmt: skip
    _all_six_no_superseded(got)
