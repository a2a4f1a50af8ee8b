"""A list with no post or holder column keyed by 序号, arranged by matter (a 工作环节 merged over
the two rows of each), whose note (under or over it) gives the items to holders by the PARITY of
their 序号 ('序号为单数的由主任 某某负责，序号为双数的由副主任 某某负责', '单数序号为…的风险点',
'奇数项由…负责'): each row goes to the holder of its 序号's parity, post and name from the note,
one info (HOLDERS_BY_RANGES), the note no point. A note of 单数/双数 for something else
('双数月份…'), or a list naming its own holders, reads as before.

Not the published batch's list (a 国家粮食储备库's 领导班子 by 业务事项 with 一级/二级/三级 and a
closing '注：1．…序号为单数的由主任…负责'): a 水库管理所 and a 乡镇 水利站, other posts (所长 /
副所长, 站长 / 副站长), names and level words (高/中/低, ★★★/★★/★, 一级风险…), the note above
the list or below, one or two heading rows, an extra 备注 column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# (环节, [(所长's point, level, measures), (副所长's point, level, measures)])
STEPS = [
    ("工程建设", [("除险加固工程指定施工队伍", "高", "工程招标进入县交易中心。"),
                  ("隐蔽工程验收不到场即签字", "中", "验收留存影像资料。")]),
    ("防汛物资", [("防汛物资采购价格虚高", "高", "采购三家比价，所务会决定。"),
                  ("物资出入库不登记、私自借用", "低", "出入库双人登记，每季盘点。")]),
    ("水费征收", [("水费减免不经集体研究", "中", "减免事项所务会研究并公示。"),
                  ("收取水费不开票据、坐支现金", "中", "票款每日核对，当日缴存。")]),
]  # fmt: skip


def _list(first: int) -> tuple[list[list], list[str], list, list]:
    """The list's rows from worksheet row ``first`` (0-based), the merges of its 环节, and the
    odd and even rows' (point, level) pairs."""
    rows, merges, odd, even = [], [], [], []
    n = 0
    for step, pair in STEPS:
        merges.append(f"B{first + n + 1}:B{first + n + 2}")
        for (point, lv, measures), side in zip(pair, (odd, even), strict=True):
            n += 1
            rows.append([n, step, point, lv, measures])
            side.append((point, lv))
    return rows, merges, odd, even


GRADE = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}


def test_a_closing_note_of_odd_and_even_items_gives_each_row_its_holder(tmp_path):
    title = ["XX县红旗水库管理所领导班子廉政风险防控清单"]
    head = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施"]
    body, merges, odd, even = _list(2)
    note = ["说明：奇数项由所长　綦澹岷负责，偶数项由副所长　堵昕妍负责。"]
    rows = [title, head, *body, note, ["填表人：", None, "审核人：", None, "2025年5月"]]
    got = run(tmp_path, rows, ["A1:E1", *merges, f"A{len(rows) - 1}:E{len(rows) - 1}"])
    assert read(got) == sorted(
        [("所长", "綦澹岷", p, GRADE[lv]) for p, lv in odd]
        + [("副所长", "堵昕妍", p, GRADE[lv]) for p, lv in even]
    )
    no_errors(got)
    assert "HOLDERS_BY_RANGES" in set(got.issues["code"])


STARS = {"高": "★★★", "中": "★★", "低": "★"}


def test_a_note_above_the_list_by_parity_of_the_seq_with_two_heading_rows(tmp_path):
    """'单数序号为…的风险点' above a heading of two rows (防控措施 over 事前/事中), levels in stars."""
    title = ["XX镇水利站站长、副站长廉政风险点一览表"]
    note = ["注：单数序号为站长仝霁澄的风险点，双数序号为副站长郗沐瑶的风险点。"]
    head1 = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施", None]
    head2 = [None, None, None, None, "事前", "事中"]
    body, merges, odd, even = _list(4)
    body = [[n, s, p, STARS[lv], m, "全程留痕。"] for n, s, p, lv, m in body]
    rows = [title, note, head1, head2, *body]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3",
                               *merges])  # fmt: skip
    assert read(got) == sorted(
        [("站长", "仝霁澄", p, GRADE[lv]) for p, lv in odd]
        + [("副站长", "郗沐瑶", p, GRADE[lv]) for p, lv in even]
    )
    no_errors(got)


def test_odd_items_to_one_holder_and_the_rest_to_another_with_a_remarks_column(tmp_path):
    """'序号为单号的由…负责，其余由…负责', an extra 备注 column, levels 一级风险/二级风险/三级风险."""
    words = {"高": "一级风险", "中": "二级风险", "低": "三级风险"}
    title = ["XX县灌区管理站班子成员廉政风险排查表"]
    head = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施", "备注"]
    body, merges, odd, even = _list(2)
    body = [[n, s, p, words[lv], m, ""] for n, s, p, lv, m in body]
    note = ["备注：序号为单号的由站长　滕珺屹负责，其余由副站长　缪沛涵负责。"]
    rows = [title, head, *body, note]
    got = run(tmp_path, rows, ["A1:F1", *merges, f"A{len(rows)}:F{len(rows)}"])
    assert read(got) == sorted(
        [("站长", "滕珺屹", p, GRADE[lv]) for p, lv in odd]
        + [("副站长", "缪沛涵", p, GRADE[lv]) for p, lv in even]
    )
    no_errors(got)


def test_listed_items_in_the_note_still_read(tmp_path):
    """'1、3、5项由…负责，2、4、6项由…负责' (the lists, already read) beside the parity words."""
    title = ["XX县红旗水库管理所领导班子廉政风险防控清单"]
    head = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施"]
    body, merges, odd, even = _list(2)
    note = ["注：1、3、5项由所长綦澹岷负责，2、4、6项由副所长堵昕妍负责。"]
    rows = [title, head, *body, note]
    got = run(tmp_path, rows, ["A1:E1", *merges, f"A{len(rows)}:E{len(rows)}"])
    assert read(got) == sorted(
        [("所长", "綦澹岷", p, GRADE[lv]) for p, lv in odd]
        + [("副所长", "堵昕妍", p, GRADE[lv]) for p, lv in even]
    )
    no_errors(got)


def _as_without(tmp_path: Path, rows: list[list], merges: list[str], at: int):
    """The reading of ``rows`` and of the same rows with row ``at`` (the note) blanked."""
    got = run(tmp_path / "with", rows, merges)
    bare = [list(r) for r in rows]
    bare[at] = [None]
    return got, run(tmp_path / "without", bare, merges)


def test_a_note_of_odd_and_even_months_reads_as_before(tmp_path):
    title = ["XX县红旗水库管理所领导班子廉政风险防控清单"]
    head = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施"]
    body, merges, _odd, _even = _list(2)
    note = ["注：双数月份由所长　綦澹岷检查，单数月份由副所长　堵昕妍自查。"]
    rows = [title, head, *body, note]
    got, bare = _as_without(tmp_path, rows, ["A1:E1", *merges, f"A{len(rows)}:E{len(rows)}"], 8)
    assert read(got) == read(bare)
    assert len(read(got)) == 6 and not set(got.risks["person"]) - {""}
    assert "HOLDERS_BY_RANGES" not in set(got.issues["code"])


def test_a_list_with_its_own_holder_columns_keeps_them(tmp_path):
    title = ["XX镇水利站廉政风险点一览表"]
    head = ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
    body, _merges, _odd, _even = _list(2)
    body = [[n, "会计", "芮沅澈", p, lv, m] for n, _s, p, lv, m in body]
    note = ["注：序号为单数的由站长仝霁澄负责，序号为双数的由副站长郗沐瑶负责。"]
    rows = [title, head, *body, note]
    got, bare = _as_without(tmp_path, rows, ["A1:F1", f"A{len(rows)}:F{len(rows)}"], 8)
    assert read(got) == read(bare)
    assert set(got.risks["person"]) == {"芮沅澈"}
    assert "HOLDERS_BY_RANGES" not in set(got.issues["code"])


def test_a_parity_note_naming_no_holder_reads_as_before(tmp_path):
    title = ["XX县灌区管理站班子成员廉政风险排查表"]
    head = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施"]
    body, merges, _odd, _even = _list(2)
    note = ["说明：单数序号为今年新增风险点，双数序号为上年延续风险点。"]
    rows = [title, head, *body, note]
    got, bare = _as_without(tmp_path, rows, ["A1:E1", *merges, f"A{len(rows)}:E{len(rows)}"], 8)
    assert read(got) == read(bare)
    assert "HOLDERS_BY_RANGES" not in set(got.issues["code"])


# what the hundred and eighteenth review found
HEAD = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施"]
RESERVOIR = ["XX县红旗水库管理所领导班子廉政风险防控清单"]


def _noted(tmp_path: Path, note: str):
    body, merges, odd, even = _list(2)
    rows = [RESERVOIR, HEAD, *body, [note]]
    got = run(tmp_path, rows, ["A1:E1", *merges, f"A{len(rows)}:E{len(rows)}"])
    return got, odd, even


def _points() -> list[tuple[str, str]]:
    return [(p, lv) for _s, pair in STEPS for p, lv, _m in pair]


def test_what_the_hundred_and_eighteenth_review_found_a_parity_phrase_naming_nobody(tmp_path):
    # '…，单数项每季度自查': no part (names no holder); the listed parts still read
    got, odd, even = _noted(
        tmp_path, "注：1、3、5项由所长綦澹岷负责，2、4、6项由副所长堵昕妍负责，单数项每季度自查。"
    )
    assert read(got) == sorted(
        [("所长", "綦澹岷", p, GRADE[lv]) for p, lv in odd]
        + [("副所长", "堵昕妍", p, GRADE[lv]) for p, lv in even]
    )
    no_errors(got)
    assert "HOLDERS_BY_RANGES" in set(got.issues["code"])


def test_what_the_hundred_and_eighteenth_review_found_a_helping_clause_is_no_part(tmp_path):
    # '双数序号另由会计某某协助' assigns nothing: 6 no part covers, unmatched as before
    got, _odd, _even = _noted(
        tmp_path,
        "注：第1—4项由所长綦澹岷负责，第5项由副所长堵昕妍负责，双数序号另由会计芮沅澈协助。",
    )
    pts = _points()
    assert read(got) == sorted(
        [("所长", "綦澹岷", p, GRADE[lv]) for p, lv in pts[:4]]
        + [("副所长", "堵昕妍", *(pts[4][0], GRADE[pts[4][1]]))]
        + [("", "", pts[5][0], GRADE[pts[5][1]])]
    )
    assert "芮沅澈" not in set(got.risks["person"]) and "协助" not in "".join(got.risks["title"])
    unmatched = got.issues[got.issues["code"] == "HOLDER_RANGE_UNMATCHED"]
    assert list(unmatched["value"]) == ["6"]


def test_what_the_hundred_and_eighteenth_review_found_a_checking_clause_reads_as_before(tmp_path):
    body, merges, _odd, _even = _list(2)
    rows = [
        RESERVOIR,
        HEAD,
        *body,
        ["注：单数序号由办公室主任祁朗月每季度检查，双数序号由纪检委员欧霁翾每季度检查。"],
    ]
    got, bare = _as_without(tmp_path, rows, ["A1:E1", *merges, f"A{len(rows)}:E{len(rows)}"], 8)
    assert read(got) == read(bare)
    assert "HOLDERS_BY_RANGES" not in set(got.issues["code"])


def test_what_the_hundred_and_eighteenth_review_found_parity_within_a_range(tmp_path):
    # '1—4项中单数序号…，双数序号…；5—6项…': the parity over 1—4 only
    got, _odd, _even = _noted(
        tmp_path,
        "注：1—4项中单数序号由所长綦澹岷负责，双数序号由副所长堵昕妍负责；5—6项由会计芮沅澈负责。",
    )
    pts = _points()
    who = [("所长", "綦澹岷"), ("副所长", "堵昕妍")] * 2 + [("会计", "芮沅澈")] * 2
    assert read(got) == sorted((*w, p, GRADE[lv]) for w, (p, lv) in zip(who, pts, strict=True))
    no_errors(got)


def test_what_the_hundred_and_eighteenth_review_found_a_second_parity_without_its_noun(tmp_path):
    # '序号为单数的由…负责，双数的由…负责': 双数 inherits 序号
    got, odd, even = _noted(
        tmp_path, "说明：序号为单数的由所长綦澹岷负责，双数的由副所长堵昕妍负责。"
    )
    assert read(got) == sorted(
        [("所长", "綦澹岷", p, GRADE[lv]) for p, lv in odd]
        + [("副所长", "堵昕妍", p, GRADE[lv]) for p, lv in even]
    )
    no_errors(got)


def test_what_the_hundred_and_eighteenth_review_found_a_part_naming_a_post_alone(tmp_path):
    # '双数序号由副主任负责', '4—6项由副主任负责': the post's, with a warning at the note
    for note, who in (
        ("注：单数序号由主任綦澹岷负责，双数序号由副主任负责。", [0, 1] * 3),
        ("注：1—3项由主任綦澹岷负责，4—6项由副主任负责。", [0] * 3 + [1] * 3),
    ):
        got, _odd, _even = _noted(tmp_path / str(who[1]), note)
        holders = [("主任", "綦澹岷"), ("副主任", "")]
        assert read(got) == sorted(
            (*holders[w], p, GRADE[lv]) for w, (p, lv) in zip(who, _points(), strict=True)
        )
        warned = got.issues[got.issues["code"] == "HOLDER_RANGE_POST_UNNAMED"]
        assert list(warned["cell"]) == ["A9"] and "副主任" in warned["message"].iloc[0]
