"""Levels given by FOOTER ROWS: a list with no level column, its rows sorted by level, each
level's run CLOSED by a lone line below it saying the rows above are of one level ('以上为一级
风险点（共3项）', '以上2项为高风险', '上述风险点为二级风险', '以上均为中风险'); a point's level is the
first such footer under it. A footer naming a type ('以上为制度机制风险') gives the type alike.

Each case is a small workbook written with a real library (xlsxwriter, openpyxl, or as .ods) and
read back as ``collect_inbox`` reads it. The units, names, wordings and levels are not those of
tests/published/batch496.py (a 县劳动保障监察大队 whose footers read '以上为一级风险点（共3项）'):
a fix tuned on that file's text fails here.
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, NAMES

TITLE = "XX县市场监督管理局执法稽查岗位廉洁风险排查台账"
HEAD = ["编号", "股室", "岗位", "姓名", "风险事项", "防控办法"]
# (股室, 岗位, 姓名, 风险事项, 防控办法) per run, each run closed by its footer
RUNS = [
    ("以上{n}项为高风险", [
        ("稽查股", "股长", "钮澈岚", "案件查办中选择性执法", "案件集体审议，全程记录。"),
        ("稽查股", "执法员", "荀霁松", "收受当事人财物减轻处罚", "执法记录仪全程佩戴。"),
    ]),
    ("上述风险点为二级风险", [
        ("稽查股", "股长", "钮澈岚", "抽检样品来源不实", "抽样两人以上并签封。"),
        ("质量股", "科员", "蓟沐辰", "监督抽查结果通报滞后", "结果按月公开。"),
    ]),
    ("以上均为低风险（共1项）", [
        ("质量股", "科员", "蓟沐辰", "公车私用", "车辆使用登记。"),
    ]),
]  # fmt: skip
LEVELS = ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]


def table(runs=RUNS, head=HEAD, tail=()):
    """The list's rows (title, header, each run and its footer, ``tail`` lines) and the cells
    of the lone lines to merge across (the title's and each footer's)."""
    rows, lone = [[TITLE], list(head)], [0]
    n = 0
    for footer, points in runs:
        for p in points:
            n += 1
            rows.append([n, *p])
        if footer is not None:
            lone.append(len(rows))
            rows.append([footer.format(n=len(points))])
    for line in tail:
        lone.append(len(rows))
        rows.append([line])
    return rows, lone


def run(tmp_path: Path, rows, lone=(), engine="xlsxwriter", merged=True):
    """Write the list (``lone`` rows merged across when ``merged``) and collect it."""
    inbox = tmp_path / "inbox"
    width = max(len(r) for r in rows)
    last = chr(ord("A") + width - 1)
    ranges = [f"A{r + 1}:{last}{r + 1}" for r in lone] if merged else []
    if engine == "openpyxl":
        inbox.mkdir(parents=True, exist_ok=True)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "台账"
        for row in rows:
            ws.append(row)
        for rng in ranges:
            ws.merge_cells(rng)
        wb.save(inbox / "t.xlsx")
    elif engine == "ods":
        write_ods(inbox / "t.ods", {"台账": rows})
    else:
        write_workbook(inbox / "t.xlsx", {"台账": rows}, {"台账": ranges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def by_row(got, field: str) -> list[str]:
    """``field`` of each point in the sheet's row order (the risks come grouped by form)."""
    return got.risks.sort_values("source_row")[field].tolist()


def levels(got) -> list[str]:
    return by_row(got, "risk_level")


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


def test_the_codes_are_in_the_catalogue():
    assert CATALOGUE["LEVEL_BY_FOOTER"][0] == "info" and NAMES["LEVEL_BY_FOOTER"]
    assert CATALOGUE["LEVEL_FOOTER_COUNT"][0] == "warning" and NAMES["LEVEL_FOOTER_COUNT"]
    said = CATALOGUE["LEVEL_FOOTER_COUNT"][1].format(value="以上均为低风险（共2项）", found="1")
    assert "以上均为低风险（共2项）" in said and "1项" in said


def test_footers_closing_each_run_give_its_level(tmp_path):
    rows, lone = table()
    got = run(tmp_path, rows, lone)
    assert by_row(got, "risk_point") == [p[3] for _f, ps in RUNS for p in ps]
    assert levels(got) == LEVELS
    # the footers are no points and name no holder: three holders, one form each
    assert sorted(got.posts["person"]) == ["荀霁松", "蓟沐辰", "钮澈岚"]
    info = got.issues[got.issues["code"] == "LEVEL_BY_FOOTER"]
    assert len(info) == 1 and info.iloc[0]["cell"] == "A5"  # once a table, at its first footer
    assert "第3–4行 高风险" in info.iloc[0]["value"] and "第9行 低风险" in info.iloc[0]["value"]
    assert "LEVEL_BLANK" not in codes(got) and "LEVEL_FOOTER_COUNT" not in codes(got)


def test_other_writers_and_unmerged_footers(tmp_path):
    rows, lone = table()
    # openpyxl's merges, and the same footers in a single cell each, unmerged
    got = run(tmp_path / "openpyxl", rows, lone, engine="openpyxl")
    assert levels(got) == LEVELS
    got = run(tmp_path / "single", rows, lone, merged=False)
    assert levels(got) == LEVELS
    # a LibreOffice user's .ods: cell text, read alike
    got = run(tmp_path / "ods", rows, lone, engine="ods")
    assert levels(got) == LEVELS
    # the footers typed in the point's own column, unmerged
    moved = [[None] * 4 + [r[0]] if i in lone[1:] else r for i, r in enumerate(rows)]
    got = run(tmp_path / "point", moved, [0])
    assert levels(got) == LEVELS
    assert by_row(got, "risk_point") == [p[3] for _f, ps in RUNS for p in ps]


def test_other_wordings_of_the_footer(tmp_path):
    wordings = [
        (("以上为Ⅰ级风险点（共{n}项）", "以上{n}项均属于Ⅱ级风险", "以上共{n}项，均为Ⅲ级风险"), LEVELS),
        (("以上为重大风险", "以上为较大风险", "以上为一般风险"), LEVELS),
        (("以上两项为一级风险。", "以上均为较高风险", "以上均为较高风险"), ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅱ级"]),
        # (review 80: no verb, the level's own heading word, a count with no bracket)
        (("以上一级风险点共{n}项", "以上风险等级为二级", "以上为三级风险点{n}个"), LEVELS),
    ]  # fmt: skip
    for i, (footers, want) in enumerate(wordings):
        runs = [(f, ps) for f, (_old, ps) in zip(footers, RUNS, strict=True)]
        rows, lone = table(runs)
        got = run(tmp_path / str(i), rows, lone)
        assert levels(got) == want, footers


def test_a_row_with_its_own_level_keeps_it(tmp_path):
    # a level column filled on some rows only: the footer fills the blank ones, never overrides
    head = [*HEAD[:5], "风险等级", HEAD[5]]
    runs = [(f, [(*p[:4], lv, p[4]) for p, lv in zip(ps, lvs, strict=True)])
            for (f, ps), lvs in zip(RUNS, (("", "中"), ("", ""), ("低",)), strict=True)]  # fmt: skip
    rows, lone = table(runs, head)
    got = run(tmp_path, rows, lone)
    assert levels(got) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # (review 80: a row's own level other than its footer's is told; one agreeing is not)
    assert codes(got).count("LEVEL_FOOTER_DIFFERS") == 1


def test_a_count_that_is_not_the_runs_is_told(tmp_path):
    runs = [("以上为高风险（共3项）", RUNS[0][1]), *RUNS[1:]]
    rows, lone = table(runs)
    got = run(tmp_path, rows, lone)
    assert levels(got) == LEVELS  # read all the same
    warned = got.issues[got.issues["code"] == "LEVEL_FOOTER_COUNT"]
    assert len(warned) == 1 and warned.iloc[0]["cell"] == "A5"
    assert warned.iloc[0]["severity"] == "warning" and "(2项)" in warned.iloc[0]["message"]


def test_a_footer_naming_a_type(tmp_path):
    # no type column: '以上为制度机制风险' gives its type to the run above, the levels a column's
    head = [*HEAD[:5], "风险等级", HEAD[5]]
    runs = [("以上为制度机制风险", [(*p[:4], "高", p[4]) for p in RUNS[0][1]]),
            ("以上为外部环境风险点（共2个）", [(*p[:4], "中", p[4]) for p in RUNS[1][1]])]  # fmt: skip
    rows, lone = table(runs, head)
    got = run(tmp_path, rows, lone)
    assert by_row(got, "risk_type") == ["制度机制风险"] * 2 + ["外部环境风险"] * 2
    assert levels(got) == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]


def test_lines_near_the_shape_read_as_before(tmp_path):
    # a total under a list with its levels written: a count of all, no footer of a run
    head = [*HEAD[:5], "风险等级", HEAD[5]]
    plain = [(None, [(*p[:4], lv, p[4]) for p, lv in zip(
        [p for _f, ps in RUNS for p in ps], ("高", "高", "中", "中", "低"), strict=True)])]  # fmt: skip
    rows, lone = table(plain, head, tail=("合计：高风险2项，中风险2项，低风险1项",))
    got = run(tmp_path / "total", rows, lone)
    assert levels(got) == LEVELS and "LEVEL_BY_FOOTER" not in codes(got)
    # a note saying who answers for the points above names no level: nothing given
    bare = [(None, [p for _f, ps in RUNS for p in ps])]
    rows, lone = table(bare, tail=("以上风险点由各股室负责人负责防控",))
    got = run(tmp_path / "note", rows, lone)
    assert levels(got) == [""] * 5 and "LEVEL_BY_FOOTER" not in codes(got)
    assert "LEVEL_BLANK" in codes(got)
    # captions ABOVE their runs ('一、高风险点', '一级风险点：' then rows): a run takes the
    # caption over it or nothing, never the one under it
    for name, caps in (("numbered", ("一、高风险点", "二、中风险点", "三、低风险点")),
                       ("colon", ("一级风险点：", "二级风险点：", "三级风险点："))):  # fmt: skip
        rows = [[TITLE], list(HEAD)]
        n = 0
        for cap, (_f, points) in zip(caps, RUNS, strict=True):
            rows.append([cap])
            for p in points:
                n += 1
                rows.append([n, *p])
        got = run(tmp_path / name, rows, [0, 2, 5, 8])
        assert "LEVEL_BY_FOOTER" not in codes(got), name
        assert all(lv in ("", want) for lv, want in zip(levels(got), LEVELS, strict=True)), name
        if name == "numbered":
            assert levels(got) == LEVELS


def test_an_unclear_footer_gives_nothing(tmp_path):
    # the grade of the POSTS ('高风险岗位'), a colour no legend explains, a footer with more to
    # say than a level: none is taken for the points' level
    for i, footer in enumerate(
        ("以上为高风险岗位", "以上为红色风险", "以上为一级风险点，由局长直接负责")
    ):
        runs = [(footer, RUNS[0][1])]
        rows, lone = table(runs)
        got = run(tmp_path / str(i), rows, lone)
        assert levels(got) == ["", ""], footer
        assert "LEVEL_BY_FOOTER" not in codes(got), footer
    # rows after the last footer, none under them: left as read
    rows, lone = table([RUNS[0], (None, RUNS[1][1])])
    got = run(tmp_path / "open", rows, lone)
    assert levels(got) == ["Ⅰ级", "Ⅰ级", "", ""]
