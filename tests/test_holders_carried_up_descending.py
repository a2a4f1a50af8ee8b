"""A list whose merged 科室/岗位/姓名 cells were unmerged (each value left in its old range's top
cell) and whose rows were then sorted by 序号 DESCENDING: each holder's post and name stand on
the LAST row of his block, his other rows blank ABOVE it, so a blank identity cell belongs to the
nearest row below writing that column, not to the row above (HOLDERS_CARRIED_UP).

The layouts here are not the published batch's (a 政务服务和公共资源交易中心 with 科室/岗位/姓名,
一级/二级/三级 and a 注 line saying 降序): another unit and sector (a county's 水利局 and its
水管站s), other posts and names, 高/中/低, ★★★ and ticked level columns, one or two heading rows,
股室 or no 科室 column, a 备注 column, the note said as 倒序 or not at all (the first row blank),
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. An
ascending list, a descending list whose first row is named with no note, a descending list with
its cells still merged and one under a caption row read as before (blanks carried down).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"风险清单": rows}, {"风险清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["person"], r["department"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = ["XX县水利局岗位廉政风险防控清单"]
HEAD = ["序号", "股室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
# the list as typed, ascending: (序号, 股室, 职务, 责任人, point, level) — the identity cells in the
# top row of each old merged range only
TYPED = [
    [1, "局领导", "局长", "郗曜岚", "水利工程招投标中打招呼、定中标人", "高", "招标全程进平台，领导不参与评标。"],
    [2, None, None, None, "防汛物资采购不经集体研究", "高", "物资采购党组会研究，公开比选。"],
    [3, None, "副局长", "宓翎澈", "河道采砂许可为亲友开绿灯", "高", "采砂许可联审，结果公示。"],
    [4, None, None, None, "工程变更签证把关不严", "中", "变更签证三方会签。"],
    [5, "工程建设股", "股长", "郗澹屿", "工程计量虚报、多计工程量", "中", "计量复核，监理签字。"],
    [6, None, None, None, "质量验收走过场", "中", "验收组成员随机抽取。"],
    [7, None, "技术员", "宓澍蓁", "接受施工单位宴请", "低", "签订廉洁承诺书。"],
]  # fmt: skip
TRUTH = sorted([
    ("局长", "郗曜岚", "水利工程招投标中打招呼、定中标人", "Ⅰ级"),
    ("局长", "郗曜岚", "防汛物资采购不经集体研究", "Ⅰ级"),
    ("副局长", "宓翎澈", "河道采砂许可为亲友开绿灯", "Ⅰ级"),
    ("副局长", "宓翎澈", "工程变更签证把关不严", "Ⅱ级"),
    ("股长", "郗澹屿", "工程计量虚报、多计工程量", "Ⅱ级"),
    ("股长", "郗澹屿", "质量验收走过场", "Ⅱ级"),
    ("技术员", "宓澍蓁", "接受施工单位宴请", "Ⅲ级"),
])  # fmt: skip
DEPTS = {"郗曜岚": "局领导", "宓翎澈": "局领导", "郗澹屿": "工程建设股", "宓澍蓁": "工程建设股"}


def descending(typed: list[list]) -> list[list]:
    return [list(row) for row in sorted(typed, key=lambda row: -row[0])]


def test_sorted_descending_first_row_blank_reads_each_blank_with_the_row_below(tmp_path):
    # the last block has two rows: the first row of the list is blank, no note needed
    typed = [
        *TYPED,
        [8, None, None, None, "工程资料归档不及时，篡改原始记录", "低", "资料专人管理，定期检查。"],
    ]
    rows = [TITLE, HEAD, *descending(typed), ["填表人：", None, "审核人：", None, "2025年6月"]]
    got = run(tmp_path, rows, ["A1:G1"])
    truth = sorted([*TRUTH, ("技术员", "宓澍蓁", "工程资料归档不及时，篡改原始记录", "Ⅲ级")])
    assert read(got) == truth
    assert depts(got) == DEPTS
    no_errors(got)
    assert "HOLDERS_CARRIED_UP" in codes(got)


def test_two_heading_rows_stars_a_note_saying_reversed_and_a_remarks_column(tmp_path):
    stars = {"高": "★★★", "中": "★★", "低": "★"}
    body = [[n, d, p, w, pt, stars[lv], m, None] for n, d, p, w, pt, lv, m in descending(TYPED)]
    rows = [
        TITLE,
        ["编号", "岗位信息", None, None, "廉政风险", None, "防控措施", "备注"],
        [None, "股室", "职务", "责任人", "风险点", "风险等级", None, None],
        *body,
        ["说明：表格已取消合并单元格，按编号倒序排列。"],
    ]
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:D2", "E2:F2", "G2:G3", "H2:H3", "A11:H11"])
    assert read(got) == TRUTH
    assert depts(got) == DEPTS
    no_errors(got)
    assert "HOLDERS_CARRIED_UP" in codes(got)


def test_no_department_column_ticked_levels_seq_with_a_dot(tmp_path):
    unit = "XX县水利局第二水管站"
    typed = [
        [1, "站长", "訾翃曦", "灌溉用水指标分配优亲厚友", "高", "分配方案张榜公示。"],
        [2, None, None, "水费收取不开票据", "中", "水费一律开具票据，日清月结。"],
        [3, None, None, "渠道维修工程虚列开支", "高", "维修项目验收后支付。"],
        [4, "收费员", "訾翎霏", "截留挪用水费", "高", "收费与记账分离。"],
        [5, None, None, "给熟人减免水费", "低", "减免须站务会研究。"],
    ]  # fmt: skip
    body = []
    for n, post, who, point, lv, m in sorted(typed, key=lambda row: -row[0]):
        ticks = ["√" if lv == x else None for x in ("高", "中", "低")]
        body.append([f"{n}.", post, who, point, *ticks, m])
    rows = [
        [f"{unit}廉政风险点排查表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, None, None, "高", "中", "低", None],
        *body,
        ["注：本表按序号从大到小排列。"],
    ]
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A9:H9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("站长", "訾翃曦", "灌溉用水指标分配优亲厚友", "Ⅰ级"),
        ("站长", "訾翃曦", "水费收取不开票据", "Ⅱ级"),
        ("站长", "訾翃曦", "渠道维修工程虚列开支", "Ⅰ级"),
        ("收费员", "訾翎霏", "截留挪用水费", "Ⅰ级"),
        ("收费员", "訾翎霏", "给熟人减免水费", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_CARRIED_UP" in codes(got)


def test_an_ascending_list_carries_its_blanks_down_as_before(tmp_path):
    rows = [TITLE, HEAD, *[list(row) for row in TYPED]]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == TRUTH
    assert depts(got) == DEPTS
    no_errors(got)
    assert "HOLDERS_CARRIED_UP" not in codes(got)


def test_a_descending_list_named_on_its_first_rows_with_no_note_carries_down(tmp_path):
    # typed descending from the start: each block's holder on its first (top) row
    typed = [
        [7, "局领导", "局长", "郗曜岚", "水利工程招投标中打招呼、定中标人", "高", "招标全程进平台。"],
        [6, None, None, None, "防汛物资采购不经集体研究", "高", "物资采购党组会研究。"],
        [5, None, "副局长", "宓翎澈", "河道采砂许可为亲友开绿灯", "高", "采砂许可联审。"],
        [4, None, None, None, "工程变更签证把关不严", "中", "变更签证三方会签。"],
        [3, "工程建设股", "股长", "郗澹屿", "工程计量虚报、多计工程量", "中", "计量复核。"],
        [2, None, None, None, "质量验收走过场", "中", "验收组成员随机抽取。"],
        [1, None, "技术员", "宓澍蓁", "接受施工单位宴请", "低", "签订廉洁承诺书。"],
    ]  # fmt: skip
    got = run(tmp_path, [TITLE, HEAD, *typed], ["A1:G1"])
    assert read(got) == TRUTH
    assert depts(got) == DEPTS
    no_errors(got)
    assert "HOLDERS_CARRIED_UP" not in codes(got)


def test_a_descending_list_still_merged_reads_by_its_merges(tmp_path):
    # sorted descending, then merged anew (the value in each range's top cell), a note saying so,
    # its lowest row a block of one named row: the merges say whose, not the rows below
    body = [
        [7, "工程建设股", "技术员", "宓澍蓁", "接受施工单位宴请", "低", "签订廉洁承诺书。"],
        [6, None, "股长", "郗澹屿", "质量验收走过场", "中", "验收组成员随机抽取。"],
        [5, None, None, None, "工程计量虚报、多计工程量", "中", "计量复核，监理签字。"],
        [4, "局领导", "副局长", "宓翎澈", "工程变更签证把关不严", "中", "变更签证三方会签。"],
        [3, None, None, None, "河道采砂许可为亲友开绿灯", "高", "采砂许可联审，结果公示。"],
        [2, None, "局长", "郗曜岚", "防汛物资采购不经集体研究", "高", "物资采购党组会研究。"],
        [1, None, "纪检组长", "郗沐辰", "监督检查走过场、压案不查", "高", "线索集体排查。"],
    ]  # fmt: skip
    rows = [TITLE, HEAD, *body, ["注：按序号降序排列。"]]
    merges = ["A1:G1", "B3:B5", "C4:C5", "D4:D5", "B6:B9", "C6:C7", "D6:D7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("技术员", "宓澍蓁", "接受施工单位宴请", "Ⅲ级"),
        ("股长", "郗澹屿", "质量验收走过场", "Ⅱ级"),
        ("股长", "郗澹屿", "工程计量虚报、多计工程量", "Ⅱ级"),
        ("副局长", "宓翎澈", "工程变更签证把关不严", "Ⅱ级"),
        ("副局长", "宓翎澈", "河道采砂许可为亲友开绿灯", "Ⅰ级"),
        ("局长", "郗曜岚", "防汛物资采购不经集体研究", "Ⅰ级"),
        ("纪检组长", "郗沐辰", "监督检查走过场、压案不查", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == {**DEPTS, "郗沐辰": "局领导"}
    no_errors(got)
    assert "HOLDERS_CARRIED_UP" not in codes(got)


def test_a_caption_row_over_a_descending_list_leaves_it_as_before(tmp_path):
    # '一、局领导' above the rows: the first row blank for another reason; read as before
    rows = [TITLE, HEAD, ["一、局领导"], *[list(r) for r in descending(TYPED)[3:]]]
    got = run(tmp_path, rows, ["A1:G1", "A3:G3"])
    assert read(got) == sorted([
        ("", "", "工程变更签证把关不严", "Ⅱ级"),  # (序号 4: no one above it)
        ("副局长", "宓翎澈", "河道采砂许可为亲友开绿灯", "Ⅰ级"),
        ("副局长", "宓翎澈", "防汛物资采购不经集体研究", "Ⅰ级"),  # (carried down, as ever)
        ("局长", "郗曜岚", "水利工程招投标中打招呼、定中标人", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_CARRIED_UP" not in codes(got)
    no_errors(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["HOLDERS_CARRIED_UP"][0] == "info" and SHORT["HOLDERS_CARRIED_UP"]


def test_what_the_hundred_and_twenty_seventh_review_found_a_countdown_named_on_its_first_rows(
    tmp_path,
):
    """A countdown list (序号 descending, '由大到小' / '降序' in the title or a note) whose blocks
    are named on their FIRST rows, every identity cell of the first row written: carried
    down as ever, never up, note or not (review 127g, finding 3)."""
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    body = [
        [5, "办公室", "主任", "张伟", "公车私用", "高", "派车审批"],
        [4, None, None, None, "公务接待超标", "中", "接待清单"],
        [3, "财务股", "股长", "李娜", "报销审核不严", "高", "双人复核"],
        [2, None, None, None, "采购程序不规范", "中", "集体决策"],
        [1, "人事股", "股长", "赵敏", "资金拨付随意", "低", "按制度"],
    ]  # fmt: skip
    truth = sorted([
        ("主任", "张伟", "公车私用", "Ⅰ级"),
        ("主任", "张伟", "公务接待超标", "Ⅱ级"),
        ("股长", "李娜", "报销审核不严", "Ⅰ级"),
        ("股长", "李娜", "采购程序不规范", "Ⅱ级"),
        ("股长", "赵敏", "资金拨付随意", "Ⅲ级"),
    ])  # fmt: skip
    for i, (title, note) in enumerate((
        ("XX局整改事项倒计时清单（序号为剩余天数，由大到小排列）", None),
        ("XX局岗位风险表", "注：本表已取消合并单元格，按序号降序排列。"),
    )):  # fmt: skip
        rows = [[title], head, *[list(r) for r in body], *([[note]] if note else [])]
        got = run(tmp_path / str(i), rows, ["A1:G1"])
        assert read(got) == truth, title
        assert depts(got) == {"张伟": "办公室", "李娜": "财务股", "赵敏": "人事股"}
        no_errors(got)
        assert "HOLDERS_CARRIED_UP" not in codes(got)
    # the real shape whose last block is one row (its first row so named) with a note: as before
    body = [
        [5, "局领导", "局长", "王强", "干部选任", "高", "集体研究"],
        [4, None, None, None, "公车私用", "高", "派车审批"],
        [3, "办公室", "主任", "张伟", "公务接待超标", "中", "接待清单"],
        [2, None, None, None, "报销审核不严", "高", "双人复核"],
        [1, "财务股", "股长", "李娜", "资金拨付随意", "低", "按制度"],
    ]  # fmt: skip
    rows = [["XX局岗位风险表"], head, *body, ["注：本表已取消合并单元格，按序号降序排列。"]]
    got = run(tmp_path / "j", rows, ["A1:G1"])
    assert ("局长", "王强", "公车私用", "Ⅰ级") in read(got)
    assert "HOLDERS_CARRIED_UP" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_department_on_every_row_and_a_gap(
    tmp_path,
):
    """Sorted descending, the 科室 written on every row (only 岗位/姓名 were merged, so blank
    above each block's last row), or a 序号 skipping one number (a row deleted, '6 5 4 2 1'):
    carried up as the shape says (review 127g, finding 7)."""
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    truth = sorted([
        ("主任", "张伟", "公务接待超标", "Ⅱ级"),
        ("主任", "张伟", "公车私用", "Ⅰ级"),
        ("股长", "李娜", "报销审核不严", "Ⅰ级"),
        ("股长", "李娜", "资金拨付随意", "Ⅲ级"),
        ("股长", "李娜", "采购程序不规范", "Ⅱ级"),
    ])  # fmt: skip
    every = [
        [5, "办公室", None, None, "公车私用", "高", "派车审批"],
        [4, "办公室", "主任", "张伟", "公务接待超标", "中", "接待清单"],
        [3, "财务股", None, None, "报销审核不严", "高", "双人复核"],
        [2, "财务股", None, None, "采购程序不规范", "中", "集体决策"],
        [1, "财务股", "股长", "李娜", "资金拨付随意", "低", "按制度"],
    ]  # fmt: skip
    gap = [
        [6, None, None, None, "公车私用", "高", "派车审批"],
        [5, "办公室", "主任", "张伟", "公务接待超标", "中", "接待清单"],
        [4, None, None, None, "报销审核不严", "高", "双人复核"],
        [2, None, None, None, "采购程序不规范", "中", "集体决策"],
        [1, "财务股", "股长", "李娜", "资金拨付随意", "低", "按制度"],
    ]  # fmt: skip
    for i, body in enumerate((every, gap)):
        got = run(tmp_path / str(i), [["XX局岗位风险表"], head, *body], ["A1:G1"])
        assert read(got) == truth, i
        assert depts(got) == {"张伟": "办公室", "李娜": "财务股"}
        no_errors(got)
        assert "HOLDERS_CARRIED_UP" in codes(got)
    # two numbers skipped: not a list sorted so, as before
    body = [list(r) for r in gap]
    body[0][0] = 7
    body[1][0] = 6
    body[2][0] = 5
    body[3][0] = 3
    got = run(tmp_path / "two", [["XX局岗位风险表"], head, *body], ["A1:G1"])
    assert "HOLDERS_CARRIED_UP" not in codes(got)
