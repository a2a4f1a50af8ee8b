"""A holders cell merged over each block's rows that numbers the block's people ('①所长　甘某⏎
②副所长　乐某'), and a column of the rows citing those numbers ('①', '②', '①②'), the numbers
restarting in every block: a row's point is each numbered holder's of its own block, post and name
from the block's key (one info; a number the block's key lacks a warning naming its cell).

Not the published batch's file (a 县民政局's 股室一览表 with ``岗位及人员`` and ``责任人（填编号）``,
circled numbers and full-width gaps): a 县税务局's 分局 table, other posts and names, keys written
'1.所长 某某' as well as '①…', a key written in the block's first row only (the cells under it left
blank), one heading row or two, an extra 风险类型 column; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. A merged cell of several
holders with no number column, and a single key for the whole table, read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "keys.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str) -> list[str]:
    i = got.issues
    return sorted(i[i["severity"] == severity]["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WANT = sorted([
    ("所长", "甘翊霄", "发票领用审核把关不严", "Ⅰ级"),
    ("所长", "甘翊霄", "税收优惠备案不审即办", "Ⅱ级"),
    ("副所长", "乐沅琪", "税收优惠备案不审即办", "Ⅱ级"),
    ("副所长", "乐沅琪", "定额核定随意调整", "Ⅲ级"),
    ("科长", "邰昕珩", "稽查选案人为干预", "Ⅰ级"),
    ("科长", "邰昕珩", "案件审理降格处理", "Ⅱ级"),
    ("科员", "鄂霈宁", "案件审理降格处理", "Ⅱ级"),
    ("科员", "鄂霈宁", "查补税款入库不及时", "Ⅲ级"),
])  # fmt: skip


def _blocks(key1: str, key2: str, spread: bool = True) -> list[list]:
    """Two blocks of three rows each, the key in every row (merged later) or the first only."""
    k1 = [key1, key1 if spread else None, key1 if spread else None]
    k2 = [key2, key2 if spread else None, key2 if spread else None]
    return [
        [1, "城区分局", k1[0], "①", "发票领用审核把关不严", "高", "发票领用系统比对，超量须审批。"],
        [2, "城区分局", k1[1], "①②", "税收优惠备案不审即办", "中", "备案资料双人复核。"],
        [3, "城区分局", k1[2], "②", "定额核定随意调整", "低", "定额调整集体议定并公示。"],
        [4, "稽查科", k2[0], "①", "稽查选案人为干预", "高", "选案由系统随机抽取。"],
        [5, "稽查科", k2[1], "①、②", "案件审理降格处理", "中", "重大案件集体审理。"],
        [6, "稽查科", k2[2], "②", "查补税款入库不及时", "低", "查补税款限期入库，逐户销号。"],
    ]  # fmt: skip


HEAD = ["序号", "单位", "岗位人员", "责任人编号", "风险点", "风险等级", "防控措施"]
MERGES = ["A1:G1", "B3:B5", "C3:C5", "B6:B8", "C6:C8"]


def test_circled_keys_merged_per_block(tmp_path):
    rows = [
        ["某县税务局分局岗位廉政风险防控清单"],
        HEAD,
        *_blocks("①所长　甘翊霄\n②副所长　乐沅琪", "①科长　邰昕珩\n②科员　鄂霈宁"),
    ]
    got = run(tmp_path, rows, MERGES)
    assert read(got) == WANT
    no_errors(got)
    assert codes(got, "info").count("HOLDER_CODES") == 1, got.issues.to_dict("records")


def test_dotted_numbers_two_heading_rows_and_a_type_column(tmp_path):
    rows = [
        ["某县税务局岗位廉政风险点排查表"],
        ["序号", "部门", "岗位及责任人", "责任人", "风险点", "风险类型", "风险等级", "措施"],
        [None, None, None, "（填序号）", None, None, None, None],
    ]
    for r in _blocks("1.所长 甘翊霄\n2.副所长 乐沅琪", "1.科长 邰昕珩\n2.科员 鄂霈宁"):
        keys = r[3].replace("①", "1").replace("②", "2")
        keys = "1、2" if keys in ("12", "1、2") else keys
        rows.append([*r[:4], *r[4:5], "岗位职责风险", *r[5:]])
        rows[-1][3] = keys
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "E2:E3", "F2:F3", "G2:G3", "H2:H3",
              "B4:B6", "C4:C6", "B7:B9", "C7:C9"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == WANT
    no_errors(got)


def test_key_in_the_blocks_first_row_only(tmp_path):
    rows = [
        ["某县税务局分局岗位廉政风险防控清单"],
        HEAD,
        *_blocks("①所长　甘翊霄\n②副所长　乐沅琪", "①科长　邰昕珩\n②科员　鄂霈宁", spread=False),
    ]
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "B6:B8"])
    assert read(got) == WANT
    no_errors(got)


def test_a_number_the_blocks_key_lacks_warns(tmp_path):
    rows = [
        ["某县税务局分局岗位廉政风险防控清单"],
        HEAD,
        *_blocks("①所长　甘翊霄\n②副所长　乐沅琪", "①科长　邰昕珩\n②科员　鄂霈宁"),
    ]
    rows[5][3] = "③"  # (row 6: the 稽查科's key has no ③)
    got = run(tmp_path, rows, MERGES)
    assert [x for x in read(got) if x[2] == "稽查选案人为干预"] == [
        ("", "", "稽查选案人为干预", "Ⅰ级")
    ]
    no_errors(got)
    i = got.issues
    warned = i[i["code"] == "HOLDER_CODE_UNCLEAR"]
    assert list(warned["cell"]) == ["D6"], i.to_dict("records")


def test_merged_holders_with_no_number_column_read_as_before(tmp_path):
    rows = [
        ["某县税务局分局岗位廉政风险防控清单"],
        ["序号", "单位", "岗位及人员", "风险点", "风险等级", "防控措施"],
        [1, "城区分局", "所长　甘翊霄\n副所长　乐沅琪", "发票领用审核把关不严", "高", "系统比对。"],
        [2, "城区分局", "所长　甘翊霄\n副所长　乐沅琪", "定额核定随意调整", "低", "集体议定。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("所长", "甘翊霄", "发票领用审核把关不严", "Ⅰ级"),
        ("所长", "甘翊霄", "定额核定随意调整", "Ⅲ级"),
        ("副所长", "乐沅琪", "发票领用审核把关不严", "Ⅰ级"),
        ("副所长", "乐沅琪", "定额核定随意调整", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_one_key_for_the_whole_table_read_as_before(tmp_path):
    rows = [
        ["某县税务局分局岗位廉政风险防控清单"],
        ["序号", "风险点", "责任人（①所长 甘翊霄　②副所长 乐沅琪）", "风险等级", "防控措施"],
        [1, "发票领用审核把关不严", "①", "高", "系统比对。"],
        [2, "税收优惠备案不审即办", "①②", "中", "双人复核。"],
        [3, "定额核定随意调整", "②", "低", "集体议定。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == WANT[:4]
    no_errors(got)


# --- what the hundred and seventeenth review found ----------------------------------------------


def test_what_the_hundred_and_seventeenth_review_found_a_count_column_is_no_holders_numbers(
    tmp_path,
):
    # '涉及人数 | 2 / 1' beside '①所长　某某⏎②副所长　某某' merged per block: counts, not the
    # numbers of the block's holders; every point is both holders' as before, the ①/② dropped
    k1, k2 = "①所长　甘翊霄\n②副所长　乐沅琪", "①科长　邰昕珩\n②科员　鄂霈宁"
    rows = [["某县税务局分局岗位廉政风险防控清单"],
            ["序号", "单位", "岗位及人员", "涉及人数", "风险点", "风险等级", "防控措施"],
            [1, "城区分局", k1, 2, "发票领用审核把关不严", "高", "系统比对"],
            [2, "城区分局", k1, 1, "税收优惠备案不审即办", "中", "双人复核"],
            [3, "稽查科", k2, 2, "稽查选案人为干预", "高", "随机抽取"],
            [4, "稽查科", k2, 1, "案件审理降格处理", "中", "集体审理"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "C3:C4", "B5:B6", "C5:C6"])
    assert read(got) == sorted([
        ("所长", "甘翊霄", "发票领用审核把关不严", "Ⅰ级"),
        ("所长", "甘翊霄", "税收优惠备案不审即办", "Ⅱ级"),
        ("副所长", "乐沅琪", "发票领用审核把关不严", "Ⅰ级"),
        ("副所长", "乐沅琪", "税收优惠备案不审即办", "Ⅱ级"),
        ("科长", "邰昕珩", "稽查选案人为干预", "Ⅰ级"),
        ("科长", "邰昕珩", "案件审理降格处理", "Ⅱ级"),
        ("科员", "鄂霈宁", "稽查选案人为干预", "Ⅰ级"),
        ("科员", "鄂霈宁", "案件审理降格处理", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_CODES" not in codes(got, "info")
    assert "HOLDERS_LISTED_WITH_POSTS" in codes(got, "info")
    assert not codes(got, "warning")
    no_errors(got)
