"""Levels given by BANDS OF RANK: a list with no level column, each point carrying only its rank
in the unit's ranking of its risks (a column headed 排名, 位次, 风险排序 …, the ranks out of row
order), and a note giving the levels by ranges of rank ('排名前2位的为高风险…其余为低风险').

Each case is a small workbook written with a real library (xlsxwriter, openpyxl, or as .ods) and
read back as ``collect_inbox`` reads it. The units, names, wordings and levels are not those of
tests/published/batch480.py (a 县退役军人事务局 whose note reads '排序第1—3位的为一级风险点…'):
a fix tuned on that file's text fails here.
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, NAMES

HEAD = ["编号", "科室", "岗位", "责任人", "风险点", "排名", "防控措施"]
# (科室, 岗位, 责任人, 风险点, rank, 防控措施): a 县林业和草原局's list, the ranks scattered
ROWS = [
    ("局办", "局长", "訾岚翊", "林地占用审核把关不严", 3, "党组会集体研究。"),
    ("局办", "局长", "訾岚翊", "生态护林员选聘优亲厚友", 6, "选聘结果公示。"),
    ("资源股", "股长", "晏枞潍", "采伐限额分配不公", 1, "限额分配上网公开。"),
    ("资源股", "股长", "晏枞潍", "检尺验收弄虚作假", 5, "两人同检，抽查复核。"),
    ("财务室", "会计", "仉楠溪", "造林补助资金虚报冒领", 2, "补助资金一卡通发放。"),
    ("财务室", "会计", "仉楠溪", "公务接待超标准", 4, "接待清单审核。"),
]


def run(tmp_path: Path, rows, note=None, head=HEAD, ranks=None, engine="xlsxwriter"):
    """Write the list (with ``note`` lines under it) and collect it as ``collect_inbox`` does."""
    table = [["XX县林业和草原局廉政风险点防控台账"], list(head)]
    for n, (dept, post, who, point, rank, measures) in enumerate(rows, 1):
        rank = rank if ranks is None else ranks[n - 1]
        table.append([n, dept, post, who, point, rank, measures])
    table += [[line] for line in note or ()]
    inbox = tmp_path / "inbox"
    if engine == "openpyxl":
        inbox.mkdir(parents=True, exist_ok=True)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "台账"
        for row in table:
            ws.append(row)
        ws.merge_cells("A1:G1")
        wb.save(inbox / "t.xlsx")
    elif engine == "ods":
        write_ods(inbox / "t.ods", {"台账": table})
    else:
        write_workbook(inbox / "t.xlsx", {"台账": table}, {"台账": ["A1:G1"]})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(got) -> list[str]:
    return got.risks["risk_level"].tolist()


def codes(got) -> set[str]:
    return set(got.issues["code"])


def the_info(got):
    rows = got.issues[got.issues["code"] == "LEVEL_BY_RANK_BANDS"]
    assert len(rows) == 1
    return rows.iloc[0]


def test_the_code_is_in_the_catalogue():
    assert "LEVEL_BY_RANK_BANDS" in CATALOGUE and NAMES["LEVEL_BY_RANK_BANDS"]
    assert CATALOGUE["LEVEL_BY_RANK_BANDS"][0] == "info"


def test_a_rank_column_and_a_note_of_bands_give_the_levels(tmp_path):
    note = [
        "说明：排名由局务会按发生概率和影响程度评定；排名前2位的为高风险，排名3至4名为中风险，其余为低风险。"
    ]
    got = run(tmp_path, ROWS, note)
    # ranks 3, 6, 1, 5, 2, 4: 1–2 高, 3–4 中, the rest 低
    assert levels(got) == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"]
    assert got.risks["risk_point"].tolist() == [r[3] for r in ROWS]  # (the rank is no point)
    info = the_info(got)
    assert info["cell"] == "F2" and "排名" in info["message"] and "其余" in info["value"]
    assert not {"LEVEL_BLANK", "COLUMN_GUESSED"} & codes(got)


def test_other_wordings_of_the_bands(tmp_path):
    # the level first, ranks in words, '及以后'; written by openpyxl
    note = ["注：一级风险：位次第一至第二位；二级风险：位次第三—四位；三级风险：第5位及以后。"]
    head = [*HEAD[:5], "位次", HEAD[6]]
    got = run(tmp_path / "first", ROWS, note, head=head, engine="openpyxl")
    assert levels(got) == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"]
    # '前三名', a bare '以后' where the bands before it end just short of its rank
    note = ["备注：综合排名前三名的为较高风险；第4名以后的为一般风险"]
    head = [*HEAD[:5], "综合排名", HEAD[6]]
    got = run(tmp_path / "top", ROWS, note, head=head)
    assert levels(got) == ["Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅲ级"]
    # ranks written '第3位', and the same in an .ods file (cell text: every format reads it)
    note = ["注：第1—2位为重大风险，第3—4位为较大风险，第5位及以后为一般风险。"]
    ranks = [f"第{r[4]}位" for r in ROWS]
    for engine in ("xlsxwriter", "ods"):
        got = run(tmp_path / engine, ROWS, note, ranks=ranks, engine=engine)
        assert levels(got) == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"], engine


def test_an_unheaded_column_of_ranks_takes_two_bands(tmp_path):
    # the column headed by no rank word: a column of 1…n out of row order, not the 编号
    note = ["注：风险按党组评议排序，排序第1-2位为高风险，第3-4位为中风险，其余为低风险。"]
    head = [*HEAD[:5], "党组评议", HEAD[6]]
    got = run(tmp_path, ROWS, note, head=head)
    assert levels(got) == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"]
    assert the_info(got)["cell"] == "F2"


def test_ranks_alone_are_no_levels(tmp_path):
    # no note: a rank 1/2/3 is not 一级/二级/三级, and every point is left unlevelled
    three = [(*r[:4], n, r[5]) for n, r in zip((2, 3, 1), ROWS, strict=False)]
    for name, head in (("rank", HEAD), ("order", [*HEAD[:5], "风险排序", HEAD[6]])):
        got = run(tmp_path / name, three, head=head)
        assert levels(got) == ["", "", ""], name
        assert "LEVEL_BY_RANK_BANDS" not in codes(got) and "LEVEL_BLANK" in codes(got)
    # the same three ranks under a note of bands: the bands' levels, not the ranks as levels
    got = run(tmp_path / "three", three, ["注：名列第1位的为高风险，其余为中风险。"])
    assert levels(got) == ["Ⅱ级", "Ⅱ级", "Ⅰ级"] and "LEVEL_BY_RANK_BANDS" in codes(got)
    # a note ranking POSTS, not the points: no levels
    got = run(tmp_path / "posts", ROWS, ["注：排名前2位的为高风险岗位，其余为一般风险岗位。"])
    assert levels(got) == [""] * 6 and "LEVEL_BY_RANK_BANDS" not in codes(got)
    # a note of bands by 序号 item ('第1-2项'), not by rank: not read as ranks
    got = run(tmp_path / "items", ROWS, ["注：第1-2项为高风险，其余为低风险。"])
    assert "LEVEL_BY_RANK_BANDS" not in codes(got)
    # a list whose own level column is filled keeps it, whatever the note says of ranks
    table = [["XX县林业和草原局廉政风险点防控台账"], [*HEAD[:6], "风险等级", "防控措施"]]
    table += [[n, *r[:5], "低", r[5]] for n, r in enumerate(ROWS, 1)]
    table += [["注：排名前2位的为高风险，其余为低风险。"]]
    inbox = tmp_path / "own" / "inbox"
    write_workbook(inbox / "t.xlsx", {"台账": table})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert levels(got) == ["Ⅲ级"] * 6 and "LEVEL_BY_RANK_BANDS" not in codes(got)


def test_a_rank_no_band_covers_or_two_bands_give_stays_unlevelled(tmp_path):
    # bands overlapping at rank 3: its point gets no level; the rest are read
    note = ["注：排名第1—3位为高风险，第3—5位为中风险，第6位及以后为低风险。"]
    got = run(tmp_path / "overlap", ROWS, note)
    assert levels(got) == ["", "Ⅲ级", "Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅱ级"]
    assert "第3位未定级" in the_info(got)["value"]
    assert "LEVEL_BLANK" in codes(got)
    # no band reaches ranks 5 and 6 (and no '其余'): those two stay unlevelled
    note = ["注：排名第1-2位为一级，第3-4位为二级。"]
    got = run(tmp_path / "gap", ROWS, note)
    assert levels(got) == ["Ⅱ级", "", "Ⅰ级", "", "Ⅰ级", "Ⅱ级"]
    assert "第5、6位未定级" in the_info(got)["value"]
    # a bare '以后' after a gap: its own rank is left to no band (4 is not said to be either)
    note = ["注：排名第1-2位为高风险；第4位以后为低风险。"]
    got = run(tmp_path / "after", ROWS, note)
    assert levels(got) == ["", "Ⅲ级", "Ⅰ级", "Ⅲ级", "Ⅰ级", ""]
    # the note's level words unknown: nothing
    got = run(tmp_path / "words", ROWS, ["注：排名前2位为A类，其余为B类。"])
    assert levels(got) == [""] * 6 and "LEVEL_BY_RANK_BANDS" not in codes(got)
