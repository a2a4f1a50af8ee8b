"""A personal form whose holder is named only in its title, glued after the post with no space
(``某县市场监督管理局副局长阿史那翾澈廉洁风险防控卡``, ``…药剂科药剂师骨咄沅同志岗位风险排查表``), the holder
of a surname no list holds — three to five Han characters ``labelled_rare_name`` takes: the post
is all before the name, ending on a post's last word, and the holder the whole name (info
HOLDER_IN_TITLE_RARE_NAME at the title's cell; ``identity.rare_holder_in_title``). Before, the
listed reading took the shortest name before the form's words and gave the post what was left:
a name whose inner character is a listed surname was cut there (``副局长郁都甄澜`` as ``副局长郁`` |
``都甄澜``, ``副局长阿史那翾澈`` as ``副局长阿史`` | ``那翾澈``), and one with none (``骨咄沅``) named no
holder at all (batch1059's 水务局). Not that batch's words: a 市场监督管理局's 防控卡 with ``风险点 |
风险表现``, ``一级/二级``; a 镇卫生院's 排查表 one sheet a person, tabs ``Sheet1``/``Sheet2``,
``Ⅰ级/Ⅱ级``, a 科室 before the post; and the near-misses — a listed surname's name after the post
(``局长张明``, ``局长乌丸翀`` as 乌 + 丸翀, ``站长赫连望川``), no name but words after it
(``副局长相关人员``), a title naming two holders — read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import post_and_holder_in_title, rare_holder_in_title

CODE = "HOLDER_IN_TITLE_RARE_NAME"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department"), post.get("title"), post.get("person"), len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, r.issues


MARKET = [
    ["某县市场监督管理局副局长阿史那翾澈廉洁风险防控卡", *[None] * 4],
    ["序号", "风险点", "风险表现", "风险级别", "防控措施"],
    [1, "特种设备许可", "许可现场核查走过场", "一级", "核查两人以上，全程录像。"],
    [2, "广告案件查处", "违法广告案件降格处理", "二级", "案件集体审理。"],
    ["本人签字：", None, "日期：", None, None],
]


def test_a_card_titled_with_a_three_character_surnames_holder(tmp_path):
    path = write_workbook(tmp_path / "防控卡.xlsx", {"阿史那翾澈": MARKET})
    got, issues = _read(path)
    assert [(t, p, n) for _d, t, p, n in got] == [("副局长", "阿史那翾澈", 2)]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "A1"
    assert "“副局长”" in said[0].message and "“阿史那翾澈”" in said[0].message


def _clinic_sheet(title: str, points: list[tuple[str, str]]) -> list[list]:
    rows = [[title, None, None, None], ["序号", "廉政风险点", "风险等级", "防控措施"]]
    rows += [[i, p, lv, "院务会研究，公开公示。"] for i, (p, lv) in enumerate(points, 1)]
    return rows + [["填表人：", None, "审核人：", None]]


def test_sheets_a_person_titled_with_unlisted_surnames(tmp_path):
    sheets = {
        "Sheet1": _clinic_sheet(
            "某镇卫生院药剂科药剂师骨咄沅同志岗位风险排查表",
            [("药品验收入库不核对批号", "Ⅱ级"), ("接受医药代表宴请", "Ⅱ级")],
        ),
        "Sheet2": _clinic_sheet(
            "某镇卫生院院长一那蒌琤岗位廉政风险点排查表",
            [
                ("医疗设备采购指定品牌", "Ⅰ级"),
                ("绩效工资分配个人说了算", "Ⅰ级"),
                ("基建工程插手", "Ⅰ级"),
            ],
        ),
    }
    got, issues = _read(write_workbook(tmp_path / "排查表.xlsx", sheets))
    assert sorted((t, p, n) for _d, t, p, n in got) == [
        ("药剂师", "骨咄沅", 2),
        ("院长", "一那蒌琤", 3),
    ]
    assert {d for d, t, _p, _n in got if t == "药剂师"} == {"药剂科"}
    said = [i for i in issues if i.code == CODE]
    assert sorted((i.source_sheet, i.cell) for i in said) == [("Sheet1", "A1"), ("Sheet2", "A1")]


def test_near_misses_read_as_before(tmp_path):
    # a listed surname's name after the post, whole; a listed compound surname; no name at all
    cases = {
        "某县林业局局长张明岗位廉政风险防控卡": ("", "局长", "张明"),
        "某县林业局局长乌丸翀岗位廉政风险防控卡": ("", "局长", "乌丸翀"),
        "某县林业局站长赫连望川岗位廉政风险防控卡": ("", "站长", "赫连望川"),
        "某县林业局办公室主任王华同志廉政风险防控卡": ("办公室", "主任", "王华"),
        "某县林业局副局长相关人员廉政风险防控卡": None,
        "某县林业局站长葛翯渟、副站长奚瀞岚岗位廉政风险点排查表": None,
    }
    for title, want in cases.items():
        assert post_and_holder_in_title(title) == want, title
        assert rare_holder_in_title(title) is None, title
    # the rule's own: the post ends on its last word, the whole name after it
    assert rare_holder_in_title("某县水务局副局长郁都甄澜岗位廉政风险防控卡") == (
        "",
        "副局长",
        "郁都甄澜",
    )
    # a card of a listed surname's holder: no info
    rows = [["某县林业局局长乌丸翀岗位廉政风险防控卡", None, None, None]] + MARKET[1:]
    got, issues = _read(write_workbook(tmp_path / "卡.xlsx", {"乌丸翀": rows}))
    assert [(t, p) for _d, t, p, _n in got] == [("局长", "乌丸翀")]
    assert CODE not in {i.code for i in issues}
