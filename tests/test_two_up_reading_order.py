"""A point list laid out two-up (or three-up) IN READING ORDER to fit a page: one heading row printed
again side by side over each block, each sheet row holding consecutive items — 序号 1 left, 2 right,
3 left … — and a holder's 科室/岗位/姓名 written on his first item only. A blank holder cell then
belongs to the PREVIOUS 序号 (for a right-hand item its left neighbour on the same row, for a
left-hand item the last item of the row above), not to the cell above it in its own block. Where
the 序号 of the blocks run 1..n row by row (and not block by block), the items are read in 序号
order and blank 科室, 岗位 and 姓名 go on from the previous 序号, with one note
(TABLE_HALVES_ROW_ORDER); blocks numbered down one after the other (the long list wrapped), blocks
each numbered from 1, and blocks whose every row names its holder are read as before.

Not the published batch's list (a 县人民医院's ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级`` with
高/中/低): a 自然资源局's, a 街道办事处's and a 税务分局's lists, other heading words (股室, 职务, 责任人,
编号, 部门), other level words (一级/二级/三级, 高风险/中风险/低风险, ★), a measures column, no gap
column between the blocks, and three blocks; written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "TABLE_HALVES_ROW_ORDER"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"一览表": rows}, {"一览表": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    cols = (r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"])
    return sorted(zip(*cols, strict=True))


def forms(got) -> set[tuple[str, str, str]]:
    return {(d, t, p) for d, t, p, _pt, _lv in read(got)}


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# (科室, 岗位, 姓名, [(风险点, 等级, 措施)]) in 序号 order
LAND = [
    ("局领导", "局长", "滕珺琰", [
        ("土地出让方案审定中为特定企业量身设置条件", "一级", "集体决策，全程留痕。"),
        ("违法用地查处中说情打招呼", "一级", "查处结果公示，纪检跟踪。"),
    ]),
    ("耕地保护股", "股长", "訾珩瑜", [
        ("占补平衡指标验收放宽标准", "二级", "第三方复核。"),
        ("设施农用地备案不实地核查", "二级", "双人现场核查。"),
        ("耕地占用举报压案不查", "三级", "举报登记，限时办结。"),
    ]),
    ("不动产登记中心", "登记员", "滕昕翊", [
        ("不动产登记材料审核把关不严", "二级", "一审一核。"),
        ("违规查询、泄露登记信息", "三级", "查询留痕，定期抽查。"),
    ]),
]  # fmt: skip


def items(holders) -> list[tuple]:
    out, n = [], 0
    for dept, post, who, points in holders:
        for k, (point, lv, measures) in enumerate(points):
            n += 1
            out.append((n, dept, post, who, point, lv, measures) if k == 0 else
                       (n, None, None, None, point, lv, measures))  # fmt: skip
    return out


def expected(holders, level: dict[str, str], dept: bool = True) -> list[tuple]:
    return sorted(
        (d if dept else "", post, who, point, level[lv])
        for d, post, who, points in holders
        for point, lv, *_ in points
    )


GRADE = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}


def test_two_blocks_numbered_row_by_row_carry_the_previous_number(tmp_path):
    """'序号 | 股室 | 职务 | 责任人 | 风险点 | 风险等级 | 防控措施' twice with a blank column between,
    1 left and 2 right, 3 left …: 序号2 (right, blank) is the 局长's, not the cell above's."""
    heading = ["序号", "股室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
    rows = [["XX县自然资源局岗位廉政风险点一览表"], [*heading, None, *heading]]
    got_items = items(LAND)
    for k in range(0, len(got_items), 2):
        right = got_items[k + 1] if k + 1 < len(got_items) else (None,) * 7
        rows.append([*got_items[k], None, *right])
    rows.append(["填表人：办公室", None, None, None, None, None, None, None, "2025年4月"])
    got = run(tmp_path, rows, ["A1:O1"])
    assert read(got) == expected(LAND, GRADE)
    assert len(forms(got)) == 3
    said = got.issues[got.issues["code"] == CODE].to_dict("records")
    assert len(said) == 1 and said[0]["severity"] == "info", said
    assert "2 栏" in said[0]["message"] and said[0]["cell"] == "A2", said
    assert CODE in CATALOGUE.keys() & SHORT.keys()
    no_errors(got)


STREET = [
    ("党政办", "主任", "郜璟瑄", [
        ("公务接待超标准、超范围", "高风险"),
        ("办公用品采购不比价", "中风险"),
        ("印章使用不登记", "低风险"),
    ]),
    ("党政办", "文书", "郜翊岑", [
        ("涉密文件传阅不登记", "中风险"),
    ]),
    ("城建办", "主任", "滕骁珵", [
        ("违建拆除中选择性执法", "高风险"),
        ("小型工程验收签字走过场", "高风险"),
        ("工程款拨付不按进度", "中风险"),
    ]),
    ("民政办", "专干", "訾昀翯", [
        ("低保审核优亲厚友", "高风险"),
        ("临时救助资金发放不公示", "中风险"),
    ]),
]  # fmt: skip
RISK = {"高风险": "Ⅰ级", "中风险": "Ⅱ级", "低风险": "Ⅲ级"}


def test_two_blocks_without_a_gap_and_a_same_department_new_post(tmp_path):
    """'编号 | 部门 | 岗位 | 姓名 | 廉政风险点 | 等级' twice with no column between, 高风险/中风险/低风险, a
    文书 of the same 部门 whose 部门 cell is blank (the 部门 goes on, his own 岗位 and 姓名)."""
    heading = ["编号", "部门", "岗位", "姓名", "廉政风险点", "等级"]
    rows = [["XX街道办事处廉政风险点排查一览表"], [*heading, *heading]]
    got_items = [it[:6] for it in items([(d, p, w, [(pt, lv, "") for pt, lv in pts])
                                         for d, p, w, pts in STREET])]  # fmt: skip
    got_items[3] = (4, None, "文书", "郜翊岑", *got_items[3][4:])  # (部门 left blank: 党政办 still)
    for k in range(0, len(got_items), 2):
        right = got_items[k + 1] if k + 1 < len(got_items) else (None,) * 6
        rows.append([*got_items[k], *right])
    rows.append(["注：序号从左到右、自上而下排列。"])
    got = run(tmp_path, rows, ["A1:L1"])
    assert read(got) == expected([(d, p, w, pts) for d, p, w, pts in STREET], RISK)
    assert len(forms(got)) == 4
    assert CODE in codes(got)
    no_errors(got)


TAX = [
    ("分局长", "蒯珺翀", [("纳税评估中人情评估", "★★★"), ("税收优惠审批把关不严", "★★★")]),
    ("税收管理员", "蒯昕瑶", [("漏征漏管户清理不彻底", "★★"), ("发票领用审核不严", "★★"),
                         ("纳税人信息泄露", "★")]),
    ("办税服务厅窗口", "訾澄瑀", [("代开发票违规操作", "★★"), ("退税办理吃拿卡要", "★★★")]),
]  # fmt: skip
STARS = {"★★★": "Ⅰ级", "★★": "Ⅱ级", "★": "Ⅲ级"}


def test_three_blocks_numbered_row_by_row(tmp_path):
    """'序号 | 岗位 | 姓名 | 风险点 | 风险程度' three times across (1, 2, 3 on the first row), no 科室
    column, ★★★/★★/★ read by a 注 line: each blank goes on from the previous 序号 wherever it is."""
    heading = ["序号", "岗位", "姓名", "风险点", "风险程度"]
    rows = [["XX税务分局岗位廉政风险防控一览表"], [*heading, None, *heading, None, *heading]]
    flat = [it[:1] + it[2:6] for it in items([("", p, w, [(pt, lv, "") for pt, lv in pts])
                                              for p, w, pts in TAX])]  # fmt: skip
    for k in range(0, len(flat), 3):
        row: list = []
        for j in range(3):
            row.extend(flat[k + j] if k + j < len(flat) else (None,) * 5)
            row.append(None)
        rows.append(row[:-1])
    rows.append(["注：★★★为高风险，★★为中风险，★为低风险；序号按行排列。"])
    got = run(tmp_path, rows, ["A1:Q1"])
    assert read(got) == expected([("", p, w, pts) for p, w, pts in TAX], STARS, dept=False)
    assert len(forms(got)) == 3
    assert CODE in codes(got)
    no_errors(got)


def test_blocks_numbered_down_one_after_the_other_are_read_as_before(tmp_path):
    """The long list wrapped: the left block 1..4, the right 5..7, the right block's first blank
    rows going on with the left block's last holder — read as before, no note."""
    heading = ["序号", "股室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
    rows = [["XX县自然资源局岗位廉政风险点一览表"], [*heading, None, *heading]]
    got_items = items(LAND)
    left, right = got_items[:4], got_items[4:]
    for k in range(4):
        rows.append([*left[k], None, *(right[k] if k < len(right) else (None,) * 7)])
    got = run(tmp_path, rows, ["A1:O1"])
    assert read(got) == expected(LAND, GRADE)
    assert CODE not in codes(got)
    no_errors(got)


def test_blocks_numbered_each_from_one_or_every_row_named_are_read_as_before(tmp_path):
    """Two 股室's lists side by side, each numbered 1.. of its own; and a list in reading order
    whose every row names its holder (nothing to carry): read as before, no note."""
    heading = ["序号", "股室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
    rows = [["XX县自然资源局岗位廉政风险点一览表"], [*heading, None, *heading]]
    one, two = items(LAND[:1]), items(LAND[1:2])
    for k in range(3):
        rows.append([*(one[k] if k < len(one) else (None,) * 7), None, *two[k]])
    got = run(tmp_path / "own", rows, ["A1:O1"])
    assert read(got) == expected(LAND[:2], GRADE)
    assert CODE not in codes(got)
    rows = [["XX县自然资源局岗位廉政风险点一览表"], [*heading, None, *heading]]
    named, n = [], 0
    for dept, post, who, points in LAND:
        for point, lv, measures in points:
            n += 1
            named.append((n, dept, post, who, point, lv, measures))
    for k in range(0, len(named), 2):
        right = named[k + 1] if k + 1 < len(named) else (None,) * 7
        rows.append([*named[k], None, *right])
    got = run(tmp_path / "named", rows, ["A1:O1"])
    assert read(got) == expected(LAND, GRADE)
    assert CODE not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_ninth_review_found_numbers_printed_ahead(tmp_path):
    """A template numbered ahead to 12 and filled to 7 (序号 8..12 on rows left blank): the
    empty numbered rows are not items — no 科室/职务/责任人 is carried into them, so no
    POINT_BLANK for rows nobody filled (the reader had filled the holder into them: five
    warnings a plain list without the rule does not give)."""
    heading = ["序号", "股室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
    rows = [["XX县自然资源局岗位廉政风险点一览表"], [*heading, None, *heading]]
    got_items = items(LAND) + [(n, None, None, None, None, None, None) for n in range(8, 13)]
    for k in range(0, len(got_items), 2):
        rows.append([*got_items[k], None, *got_items[k + 1]])
    got = run(tmp_path, rows, ["A1:O1"])
    assert read(got) == expected(LAND, GRADE)
    assert CODE in codes(got)
    assert "POINT_BLANK" not in codes(got), got.issues[["code", "cell"]].to_dict("records")


def test_what_the_hundred_and_twenty_ninth_review_found_numbered_notes_under(tmp_path):
    """'说明：' under the list and its lines numbered '1 | …', '2 | …' in the 序号 column: the
    list's run 1..7 is still the list (the numbers after it, on rows below it, are not its);
    the reader had given up on reading order and carried 序号2's blank holder from the heading
    side (滕珺琰's second point went to 訾珩瑜)."""
    heading = ["序号", "股室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
    rows = [["XX县自然资源局岗位廉政风险点一览表"], [*heading, None, *heading]]
    got_items = items(LAND)
    for k in range(0, len(got_items), 2):
        right = got_items[k + 1] if k + 1 < len(got_items) else (None,) * 7
        rows.append([*got_items[k], None, *right])
    rows += [["说明："], ["1", "本表序号按行从左到右排列"], ["2", "风险等级分一级、二级、三级"]]
    got = run(tmp_path, rows, ["A1:O1"])
    assert read(got) == expected(LAND, GRADE)
    assert len(forms(got)) == 3
    assert CODE in codes(got)


def test_what_the_hundred_and_twenty_ninth_review_found_a_department_merged_down(tmp_path):
    """'序号 | 科室 | 岗位 | 姓名 | 风险点 | 风险等级' twice, 1 left 2 right …, each 科室 merged down over
    its rows (in both blocks, or in the left one only) and 岗位/姓名 on each holder's first item:
    the merge agrees with reading order (every item between its first and last 序号 is blank or
    the same 科室), so it is the items' 科室 and the rest goes on by 序号. The reader had taken
    any merge in a holder column as 'read each block down' (序号2 with no holder, 序号5 and 序号8
    to the wrong person). A merge that disagrees (another 科室 between) still turns it off."""
    heading = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级"]
    points = ["公务接待超标准", "办公用品采购不比价", "印章使用不登记", "涉密文件传阅不登记",
              "档案借阅不登记", "车辆使用不登记", "资金拨付不按进度", "报销审核不严",
              "现金管理不规范", "票据管理混乱"]  # fmt: skip
    lv = ["高", "中", "低", "中", "低", "中", "高", "高", "中", "低"]
    who = {1: ("主任", "郜璟瑄"), 4: ("文书", "郜翊岑"), 7: ("会计", "滕骁珵")}
    dept = {1: "办公室", 2: "办公室", 7: "财务股", 8: "财务股"}
    want = sorted(
        ("办公室" if n <= 6 else "财务股", *who[max(k for k in who if k <= n)],
         points[n - 1], {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}[lv[n - 1]])
        for n in range(1, 11)
    )  # fmt: skip
    its = [
        [n, dept.get(n), *who.get(n, (None, None)), points[n - 1], lv[n - 1]] for n in range(1, 11)
    ]
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"], [*heading, *heading]]
    rows += [[*its[k], *its[k + 1]] for k in range(0, 10, 2)]
    both = ["A1:L1", "B3:B5", "H3:H5", "B6:B7", "H6:H7"]
    for name, merges in (("both", both), ("left", ["A1:L1", "B3:B5", "B6:B7"])):
        got = run(tmp_path / name, rows, merges)
        assert read(got) == want, name
        assert CODE in codes(got), name
        no_errors(got)


def test_what_the_hundred_and_twenty_ninth_review_found_ditto_marks(tmp_path):
    """The same list two-up in reading order with '同上' (or '〃') where a holder goes on instead
    of a blank: a ditto for 序号2 on the first row cannot mean the heading above it, it means the
    previous 序号's holder, as a blank does (a judgement: read so for every ditto in such a list,
    the cell above in the same block being two 序号 back). The reader had read each block down
    (滕珺琰's second point went to no holder's form and 訾珩瑜 got 滕昕翊's)."""
    heading = ["序号", "股室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
    for mark in ("同上", "〃"):
        rows = [["XX县自然资源局岗位廉政风险点一览表"], [*heading, None, *heading]]
        got_items = [[mark if v is None else v for v in it] for it in items(LAND)]
        for k in range(0, len(got_items), 2):
            right = got_items[k + 1] if k + 1 < len(got_items) else (None,) * 7
            rows.append([*got_items[k], None, *right])
        got = run(tmp_path / str(len(mark)), rows, ["A1:O1"])
        assert read(got) == expected(LAND, GRADE), mark
        assert len(forms(got)) == 3 and CODE in codes(got), mark
        no_errors(got)


def test_what_the_hundred_and_twenty_ninth_review_found_group_rows_across(tmp_path):
    """'序号 | 岗位 | 姓名 | 风险点 | 风险等级' twice in reading order with no 科室 column, the 科室 given
    by group rows '一、办公室', '二、财务股' merged across both blocks among the items: a group row
    heads the items of both blocks under it. The reader had given it to the left block only
    (the right block's points with no 科室, each holder split into two forms)."""
    heading = ["序号", "岗位", "姓名", "风险点", "风险等级"]
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"], [*heading, *heading], ["一、办公室"],
            [1, "主任", "郜璟瑄", "公务接待超标准", "高", 2, None, None, "办公用品采购不比价", "中"],
            [3, "文书", "郜翊岑", "印章使用不登记", "低", 4, None, None, "涉密文件传阅不登记", "中"],
            ["二、财务股"],
            [5, "会计", "滕骁珵", "资金拨付不按进度", "高", 6, None, None, "报销审核不严", "高"],
            [7, None, None, "现金管理不规范", "中", 8, "出纳", "滕昕翊", "票据管理混乱", "低"],
            ["填表人：办公室"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:J1", "A3:J3", "A6:J6", "A9:J9"])
    assert forms(got) == {("办公室", "主任", "郜璟瑄"), ("办公室", "文书", "郜翊岑"),
                          ("财务股", "会计", "滕骁珵"), ("财务股", "出纳", "滕昕翊")}  # fmt: skip
    assert len(read(got)) == 8 and CODE in codes(got)
    no_errors(got)
