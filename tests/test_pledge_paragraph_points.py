"""A sheet with no table and no heading, one holder's prose 承诺 paragraph a row: the holder the
name after ``本人``, his post after ``任``/``担任``/``现任`` (the unit and 科室 before it where
written), his points the numbered clauses (``1.``, ``（2）``, ``③``; unnumbered only where each
closes with a level) after the lead naming his own points (``本人岗位廉政风险点有：``, ``我的岗位
风险点：``) up to the promise (``本人承诺``, ``承诺如下：``) or the paragraph's end, each point's
level its closing bracket (``（高风险）``, ``【二级】``; none: LEVEL_BLANK), the promise no point
(info PLEDGE_PARAGRAPH_POINTS, once a sheet). A paragraph listing points with no holder to read
is named in the issue and its points not used. Before, such a sheet gave FILE_NO_FORM and lost
every point (batch738's 林业局 承诺汇总表).

Not that batch's words: a 卫生健康局's 廉洁承诺书汇编 (``担任<unit><科室>股长``, ``我的岗位风险点：
（1）…（一级）``, ``承诺如下：``, a point with no level, ``…（三级）（2）…`` with no break between),
a 中学's 承诺 paragraphs in merged cells over two columns (``现任``, points ``①②`` on lines of their own in ``【高】``/``【较低】``, one
paragraph's points unnumbered each closing with a level, one paragraph with no name); and the
near-misses: a 承诺书 of promises only, a paragraph listing the unit's points (``我局廉政风险点
有：``), a 说明 paragraph under a real table.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "PLEDGE_PARAGRAPH_POINTS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append(
                (post.get("unit"), post.get("department"), post.get("title"), post.get("person"),
                 d["risk_point"], d["risk_level"])
            )  # fmt: skip
    return got, r.issues


HEALTH = [
    ["某县卫生健康局干部廉洁承诺书汇编", None],
    [
        "一",
        "本人欧阳霁，担任某县卫生健康局医政医管股股长，负责医疗机构执业登记和校验。对照职责，"
        "我的岗位风险点：（1）医疗机构执业许可审查降低标准（一级）；（2）接受医疗机构宴请、"
        "礼品（二级）；（3）校验中对违规执业问题隐瞒不报。承诺如下：严守纪律，秉公办事。",
    ],
    [
        "二",
        "本人端木沅，任某县卫生健康局规划财务股会计，经自查，本人岗位存在的廉政风险点有："
        "（1）报销凭证审核把关不严（三级）（2）专项资金拨付不按进度（二级）。"
        "本人郑重承诺：不做假账，不挪用资金。",
    ],
    ["承诺人（签字）：", None],
]


def test_health_bureau_paragraphs_brackets_grades_and_a_blank_level(tmp_path):
    path = write_workbook(tmp_path / "卫健局廉洁承诺书汇编.xlsx", {"汇编": HEALTH})
    got, issues = _read(path)
    unit = "某县卫生健康局"
    one, two = (unit, "医政医管股", "股长", "欧阳霁"), (unit, "规划财务股", "会计", "端木沅")
    assert got == [
        (*one, "医疗机构执业许可审查降低标准", "Ⅰ级"),
        (*one, "接受医疗机构宴请、礼品", "Ⅱ级"),
        (*one, "校验中对违规执业问题隐瞒不报", ""),
        (*two, "报销凭证审核把关不严", "Ⅲ级"),
        (*two, "专项资金拨付不按进度", "Ⅱ级"),
    ]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "B2" and said[0].severity == "info"
    assert "1 条没有写级别" in said[0].message
    assert [i.cell for i in issues if i.code == "LEVEL_BLANK"] == ["B2"]
    assert not {"SHEET_NO_TABLE", "FILE_NO_FORM"} & {i.code for i in issues}


SCHOOL = [
    ["某市第三中学中层干部廉政风险承诺", None, None],
    [
        "本人皇甫湛，现任总务处主任，主持总务处工作。本人岗位风险点主要有\n"
        "①食堂食材采购不比价【高】\n"
        "②校舍维修工程量签证不实【较低】\n"
        "针对以上风险，我将严格执行学校财务制度。",
        None,
        None,
    ],
    [
        "本人上官淇，现任教务处副主任。本人岗位廉政风险点：教辅资料征订收受回扣（高）；"
        "招生录取中优亲厚友（中）。我承诺：公开透明，接受监督。",
        None,
        None,
    ],
    ["本人岗位廉政风险点有：1.学籍变更把关不严（中）；2.考试命题泄密（高）。", None, None],
]


def test_school_merged_paragraphs_circled_unnumbered_and_one_without_a_name(tmp_path):
    path = write_workbook(
        tmp_path / "三中承诺.xlsx",
        {"中层": SCHOOL},
        merges={"中层": ["A1:C1", "A2:C2", "A3:C3", "A4:C4"]},
    )
    got, issues = _read(path)
    assert [g[1:] for g in got] == [
        ("总务处", "主任", "皇甫湛", "食堂食材采购不比价", "Ⅰ级"),
        ("总务处", "主任", "皇甫湛", "校舍维修工程量签证不实", "Ⅲ级"),
        ("教务处", "副主任", "上官淇", "教辅资料征订收受回扣", "Ⅰ级"),
        ("教务处", "副主任", "上官淇", "招生录取中优亲厚友", "Ⅱ级"),
    ]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "A2"
    assert "A4" in said[0].message  # (points listed, no holder: named, not used)
    assert "LEVEL_BLANK" not in {i.code for i in issues}


def _no_reading(tmp_path, name, rows):
    path = write_workbook(tmp_path / name, {"Sheet1": rows})
    got, issues = _read(path)
    assert CODE not in {i.code for i in issues}
    return got, issues


def test_near_miss_promises_only(tmp_path):
    rows = [
        ["领导干部廉洁自律承诺书", None],
        [
            1,
            "本人欧阳霁，任某县卫生健康局局长。本人承诺：1.严守政治纪律；2.不收受礼品礼金；3.不干预工程。",
        ],
        [2, "本人端木沅，任某县卫生健康局副局长。本人承诺：1.廉洁用权；2.管好身边人。"],
    ]
    got, issues = _no_reading(tmp_path, "承诺书.xlsx", rows)
    assert got == []


def test_near_miss_the_units_points(tmp_path):
    rows = [
        ["某县林业局廉政风险防控情况说明", None],
        [
            1,
            "本人宓清岚，任某县林业局局长。经排查，我局廉政风险点有：1.林地审批把关不严（高风险）；"
            "2.资金分配不公开（中风险）。本人承诺：带头落实防控措施。",
        ],
    ]
    got, issues = _no_reading(tmp_path, "情况说明.xlsx", rows)
    assert got == []


def test_near_miss_note_paragraph_under_a_real_table(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
        [1, "科长", "宓清岚", "审批把关不严", "高"],
        [2, "科员", "端木沅", "资料归档不及时", "低"],
        [
            "说明：本人宓清岚，任审批科科长，本人岗位风险点有：1.审批把关不严（高）。已填入上表。",
            None, None, None, None,
        ],
    ]  # fmt: skip
    got, issues = _no_reading(tmp_path, "审批科.xlsx", rows)
    assert [(g[3], g[4], g[5]) for g in got] == [
        ("宓清岚", "审批把关不严", "Ⅰ级"),
        ("端木沅", "资料归档不及时", "Ⅲ级"),
    ]


def test_code_is_catalogued():
    from xlproc.issues import CATALOGUE, ITEMS, SHORT

    assert CATALOGUE[CODE][0] == "info" and CODE in SHORT and ITEMS[CODE] == "风险点"
