"""A holder's column headed with another field of the post ('管养路段及责任人', '负责区域和责任人',
'分管工作、责任人', '姓名及管护范围') whose cells write that field and the holder's name on lines of
their own: the name line is the holder, the field's words are kept as the row's duty.

The layouts are not batch 491's (a 公路养护段's road sections): a 河道管护所's stretches of river,
a 街道's areas, a 镇's 分管工作, in other words and names, written by xlsxwriter and openpyxl (and
a LibreOffice-style .ods) and read back as ``collect_inbox`` reads them.
"""

import zipfile
from pathlib import Path

import openpyxl
import pytest
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.columns import holder_beside_field, holder_lines
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TITLE = "XX县水务局河道管护所岗位廉政风险防控一览表"
HEAD = [
    "序号",
    "管护站",
    "岗位",
    "管护河段及责任人",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
]


def rivers(cells: list[str]) -> list[list]:
    """A 河道管护所's list: a 站长 and two 管护员 of one 管护站, each post's holder cell written
    as given (two points a holder)."""
    posts = [("站长", "高"), ("管护员", "中"), ("管护员", "低")]
    rows: list[list] = [[TITLE], HEAD]
    n = 0
    for (post, lv), cell in zip(posts, cells, strict=True):
        for point in ("河道采砂监管收受好处", "巡河记录弄虚作假"):
            n += 1
            rows.append(
                [n, "城关管护站", post, cell, f"{point}{n}", "岗位职责", lv, "双人巡查，记录存档"]
            )
    return rows


def collect(tmp_path: Path, name: str, write) -> object:
    inbox = tmp_path / name
    inbox.mkdir(parents=True)
    write(inbox)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def xlsx(rows: list[list], merges: list[str] | None = None):
    return lambda inbox: write_workbook(
        inbox / "t.xlsx", {"一览表": rows}, {"一览表": merges or []}
    )


def holders(res) -> list[list[str]]:
    return res.posts[["department", "title", "person"]].values.tolist()


def duties(res) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person, duty in res.risks[["person", "duty"]].values.tolist():
        out.setdefault(person, set()).add(duty)
    return out


def codes(res) -> list[str]:
    return sorted(res.issues["code"])


SECTIONS = ["泾河　城关段（0—8公里）", "泾河　城关段（0—4公里）", "泾河　城关段（4—8公里）"]
NAMES = ["冼砚秋", "郦澄舟", "韦秋泓"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("养护里程及责任人", "养护里程"),
        ("负责区域和责任人", "负责区域"),
        ("分管工作、责任人", "分管工作"),
        ("包片范围及姓名", "包片范围"),
        ("姓名/管护范围", "管护范围"),
        ("管护河段与人员", "管护河段"),
        ("岗位及责任人", ""),  # two of 科室/岗位/姓名: the old rule
        ("责任人及电话", ""),  # a telephone, no field of the post
        ("防控措施及责任人", ""),  # the measures, the holder written after them
        ("风险点及责任人", ""),
        ("责任领导及责任人", ""),  # a watching leader beside the holder
        ("责任人", ""),
        ("管养路段", ""),
    ],
)
def test_which_headings_join_a_holder_to_a_field(heading, field):
    assert holder_beside_field(heading) == field


def test_a_cell_gives_its_name_line_either_order_and_never_a_code():
    assert holder_lines("泾河　城关段（0—4公里）\n郦澄舟") == (
        "郦澄舟",
        ["泾河　城关段（0—4公里）"],
        1,
    )
    assert holder_lines("郦澄舟\nX301线　K3+200—K9+000") == ("郦澄舟", ["X301线　K3+200—K9+000"], 1)
    assert holder_lines("责任人：郦澄舟\n管护河段：泾河") == ("郦澄舟", ["管护河段：泾河"], 1)
    # no name line: no holder (a road code is no name)
    assert holder_lines("X301线\nK3+200—K9+000") == ("", ["X301线", "K3+200—K9+000"], 0)
    # two lines that both read as names: neither is taken
    assert holder_lines("宫河镇\n郦澄舟")[:1] == ("",)


def test_field_then_name_reads_the_holders_and_keeps_the_field(tmp_path):
    cells = [f"{s}\n{n}" for s, n in zip(SECTIONS, NAMES, strict=True)]
    merges = ["C3:C4", "D3:D4", "C5:C6", "D5:D6", "C7:C8", "D7:D8"]
    res = collect(tmp_path, "rivers", xlsx(rivers(cells), merges))
    # the two 管护员 of one 管护站 are two forms, told apart by their names
    assert holders(res) == [
        ["城关管护站", "站长", "冼砚秋"],
        ["城关管护站", "管护员", "郦澄舟"],
        ["城关管护站", "管护员", "韦秋泓"],
    ]
    assert duties(res) == {n: {f"管护河段：{s}"} for s, n in zip(SECTIONS, NAMES, strict=True)}
    guessed = res.issues[res.issues["code"] == "COLUMN_GUESSED"]
    assert "D2" not in set(guessed["cell"])  # (its own info says how the column was read)
    info = res.issues[res.issues["code"] == "HOLDER_AFTER_FIELD"]
    assert info["cell"].tolist() == ["D2"] and info["severity"].tolist() == ["info"]
    assert "管护河段及责任人" in info["message"].iloc[0] and "冼砚秋" in info["message"].iloc[0]


def test_name_first_under_a_heading_naming_the_holder_first(tmp_path):
    """'姓名及负责区域' over '韦秋泓⏎城东片区…', written by openpyxl, a 岗位职责 column beside it:
    the duty written stays, the area on a line after it."""
    rows = [["XX市XX街道办事处岗位廉政风险防控一览表"],
            ["序号", "岗位", "姓名及负责区域", "岗位职责", "廉政风险点", "风险等级", "防控措施"],
            [1, "网格员", "韦秋泓\n城东片区（东关、南关社区）", "入户走访、信息采集", "低保入户核查不实", "中", "双人入户"],
            [2, "网格员", "蒙若溪\n城西片区（西关社区）", "入户走访、信息采集", "代办事项收受好处", "高", "代办登记"],
            [3, "网格员", "覃北辰\n城北片区", "入户走访、信息采集", "违规出具居住证明", "低", "两人核实"]]  # fmt: skip

    def write(inbox: Path) -> None:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "网格"
        for row in rows:
            ws.append(row)
        wb.save(inbox / "t.xlsx")

    res = collect(tmp_path, "areas", write)
    assert sorted(res.posts["person"]) == sorted(["覃北辰", "蒙若溪", "韦秋泓"])
    assert set(res.posts["title"]) == {"网格员"}
    assert duties(res)["蒙若溪"] == {"入户走访、信息采集\n负责区域：城西片区（西关社区）"}
    assert "HOLDER_AFTER_FIELD" in codes(res)


def test_a_duty_heading_and_labelled_lines(tmp_path):
    """'分管工作、责任人' (a heading of the duty first) over '分管…⏎郦澄舟'; a cell labelled on both
    lines ('责任人：…⏎分管工作：…') keeps its own label."""
    rows = [["XX县XX镇班子成员廉政风险防控一览表"],
            ["序号", "岗位", "分管工作、责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "副镇长", "分管财政、审计\n郦澄舟", "违规审批资金拨付", "高", "集体研究"],
            [2, "副镇长", "分管农业农村\n冼砚秋", "惠农补贴审核把关不严", "中", "公示"],
            [3, "武装部长", "责任人：韦秋泓\n分管工作：武装、应急", "民兵训练经费报销不实", "低", "审核"]]  # fmt: skip
    res = collect(tmp_path, "duties", xlsx(rows))
    assert holders(res) == [
        ["", "副镇长", "郦澄舟"],
        ["", "副镇长", "冼砚秋"],
        ["", "武装部长", "韦秋泓"],
    ]
    assert duties(res) == {
        "郦澄舟": {"分管工作：分管财政、审计"},
        "冼砚秋": {"分管工作：分管农业农村"},
        "韦秋泓": {"分管工作：武装、应急"},
    }


def test_no_name_line_gives_no_holder_and_two_name_like_lines_are_unclear(tmp_path):
    """A cell of the field only (a post with no one named) gives no holder, its words kept; a
    cell whose two lines both read as names ('宫河镇⏎…': a place like a name) gives none
    either, with a warning, its text kept whole: nothing is made a name."""
    cells = ["X301线　K0+000—K9+000\n冼砚秋", "X301线\nK0+000—K4+500", "宫河镇\n韦秋泓"]
    res = collect(tmp_path, "unclear", xlsx(rivers(cells)))
    assert holders(res) == [["城关管护站", "站长", "冼砚秋"], ["城关管护站", "管护员", ""]]
    assert "韦秋泓" not in set(res.risks["person"]) and "宫河镇" not in set(res.risks["person"])
    got = set(res.risks[res.risks["person"] == ""]["duty"])
    assert got == {"管护河段：X301线\nK0+000—K4+500", "管护河段及责任人：宫河镇　韦秋泓"}
    warn = res.issues[res.issues["code"] == "HOLDER_AFTER_FIELD_UNCLEAR"]
    assert warn["cell"].tolist() == ["D7"] and warn["severity"].tolist() == ["warning"]


def test_names_only_read_as_before(tmp_path):
    """The same heading over names alone, and a 姓名 column beside a '…及人员' column of field and
    name lines: read as they always were (the 姓名 column holds the holder; nothing moves)."""
    res = collect(tmp_path, "names", xlsx(rivers(NAMES)))
    plain = [*rivers(NAMES)]
    plain[1] = [*HEAD[:3], "责任人", *HEAD[4:]]
    before = collect(tmp_path, "plain", xlsx(plain))
    assert holders(res) == holders(before) and [p for *_x, p in holders(res)] == NAMES
    assert set(res.risks["duty"]) == {""}
    assert "HOLDER_AFTER_FIELD" not in codes(res)
    # two holders a cell, one a line, no field: the old rule makes each a form of his own
    rows = [["XX县水务局一览表"], ["序号", "岗位", "姓名及分管工作", "廉政风险点", "风险等级", "防控措施"],
            [1, "出纳", "冼砚秋\n郦澄舟", "坐支现金", "高", "日清月结"]]  # fmt: skip
    res = collect(tmp_path, "pair", xlsx(rows))
    assert sorted(res.posts["person"]) == sorted(
        ["冼砚秋", "郦澄舟"]
    ) and "HOLDER_AFTER_FIELD" not in codes(res)
    # a 姓名 column of its own: the joined column is none of the holder's
    rows = [["XX县水务局一览表"], ["序号", "岗位", "姓名", "管护河段及人员", "廉政风险点", "风险等级", "防控措施"],
            [1, "管护员", "蒙若溪", "泾河　0—4公里\n蒙若溪", "巡河记录弄虚作假", "中", "记录存档"],
            [2, "管护员", "覃北辰", "泾河　4—8公里\n覃北辰", "河道采砂监管收受好处", "高", "双人巡查"]]  # fmt: skip
    res = collect(tmp_path, "own", xlsx(rows))
    assert sorted(res.posts["person"]) == sorted(["覃北辰", "蒙若溪"])
    assert set(res.risks["duty"]) == {""} and "HOLDER_AFTER_FIELD" not in codes(res)


def test_a_libreoffice_copy_reads_the_same(tmp_path):
    """The .ods LibreOffice saves writes a cell's lines as paragraphs of their own."""
    cells = [f"{s}\n{n}" for s, n in zip(SECTIONS, NAMES, strict=True)]

    def write(inbox: Path) -> None:
        path = write_ods(inbox / "t.ods", {"一览表": rivers(cells)})
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["content.xml"] = parts["content.xml"].replace(b"\n", b"</text:p><text:p>")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("mimetype", parts.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
            for name, data in parts.items():
                z.writestr(name, data)

    res = collect(tmp_path, "ods", write)
    assert [p for *_x, p in holders(res)] == NAMES
    assert duties(res)["韦秋泓"] == {f"管护河段：{SECTIONS[2]}"}


def test_the_codes_are_catalogued():
    for code in ("HOLDER_AFTER_FIELD", "HOLDER_AFTER_FIELD_UNCLEAR"):
        assert code in CATALOGUE and SHORT[code]
