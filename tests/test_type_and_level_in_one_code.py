"""A point's risk type and its level written together as ONE short code in a column of its own.

A body's list has no 风险类型 and no 风险级别 column; a column headed as a code (``风险代码``,
``分类分级``, ``类别等级``, ``类型/等级``) holds one code a point — the type by its initial or its
short name, the level by a mark (``岗Ⅱ``, ``Ⅲ·流程``, ``思-高``) — often with a note explaining both
halves. Each point takes its code's type and level; a note's keys (letters too) are followed; where
there is no note only parts none could read otherwise are read (a digit under a bare ``风险代码``
may be a serial). A serial column (``风险编号 | SJ-01``), a one-character type column and a level
code read as before. The words here are not those of tests/published: another unit (a county's
市场监督管理局), other names, codes, orders and separators.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, sheets, merges=None, ods: bool = False):
    """Write a workbook (xlsxwriter, or an .ods) and collect it as ``collect_inbox`` does."""
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", sheets)
    else:
        write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(res) -> list[tuple[str, str]]:
    return [tuple(x) for x in res.risks[["risk_type", "risk_level"]].values.tolist()]


def codes(res, severity=None) -> list[str]:
    df = res.issues
    if severity:
        df = df[df["severity"] == severity]
    return sorted(df["code"])


TITLE = ["松潘县市场监督管理局岗位廉政风险防控一览表"]
PEOPLE = [("局长", "钭昱衡"), ("股长", "郗沅芷"), ("执法员", "逯霁川")]
POINTS = [
    ("行政处罚案件说情干预", "案件集体审理，说情登记。"),
    ("许可审批超时限办理", "网上办理，全程留痕。"),
    ("抽检样品调包", "双人抽样，封样留存。"),
    ("执法中收受商户礼品", "执法记录仪全程记录。"),
    ("检查对象选择随意", "双随机抽取，结果公开。"),
]
THEIRS = ["制度机制风险", "岗位职责风险", "业务流程风险", "思想道德风险", "外部环境风险"]
FULL = {"Ⅰ": "Ⅰ级", "Ⅱ": "Ⅱ级", "Ⅲ": "Ⅲ级"}


def table(head: str, cells: list[str], note: str | None = None, extra=None) -> list[list]:
    """A title, an optional note line over the header, the header ``序号 | 岗位 | 姓名 | 风险点 |
    <head> | 防控措施`` and a row a code; ``extra`` inserts a further (heading, cells) column
    before the code's."""
    rows = [TITLE] + ([[note]] if note else [])
    more = [extra[0]] if extra else []
    rows.append(["序号", "岗位", "姓名", "廉政风险点", *more, head, "防控措施"])
    for i, code in enumerate(cells):
        post, who = PEOPLE[min(i // 2, 2)]
        point, measures = POINTS[i]
        own = [extra[1][i]] if extra else []
        rows.append([i + 1, post, who, point, *own, code, measures])
    rows.append(["填表人：", "", "审核人：", "", "2025年8月"])
    return rows


NOTE = (
    "代码释义：前一字为风险类型（制—制度机制风险；岗—岗位职责风险；流—业务流程风险；"
    "思—思想道德风险；外—外部环境风险），后一部分为风险等级（Ⅰ—一级；Ⅱ—二级；Ⅲ—三级）。"
)


def test_codes_a_note_explains_give_each_point_its_type_and_level(tmp_path):
    """'岗Ⅱ' under '风险代码', explained by a note over the header: type and level, one info, no
    'no type column' and no blank levels."""
    cells = ["制Ⅱ", "岗Ⅰ", "流Ⅲ", "思Ⅱ", "外Ⅰ"]
    res = run(tmp_path, {"一览表": table("风险代码", cells, NOTE)}, {"一览表": ["A2:F2"]})
    assert read(res) == [(t, FULL[c[1]]) for t, c in zip(THEIRS, cells, strict=True)]
    assert codes(res) == ["TYPE_LEVEL_CODES"]
    info = res.issues.iloc[0]
    assert info["cell"] == "E3" and "制Ⅱ=制度机制风险·Ⅱ级" in info["message"]
    assert "说明" in info["message"]
    # the measures and points stay as written: the code is no part of them
    assert res.risks["risk_point"].tolist() == [p for p, _m in POINTS]


def test_headings_of_both_read_codes_without_a_note_in_either_order(tmp_path):
    """No note: a heading naming the code of both ('分类分级', '类别等级', '类型/等级') and codes
    whose halves are plain — an initial or a short name, a level mark — in either order, with
    '-', '·', '/' between or nothing."""
    cells = ["制度·高", "Ⅰ/岗位", "流-三", "二思", "外部环境Ⅲ"]
    want = [("制度机制风险", "Ⅰ级"), ("岗位职责风险", "Ⅰ级"), ("业务流程风险", "Ⅲ级"),
            ("思想道德风险", "Ⅱ级"), ("外部环境风险", "Ⅲ级")]  # fmt: skip
    for k, head in enumerate(("分类分级", "类别等级", "类型/等级", "风险类别及等级")):
        res = run(tmp_path / str(k), {"S": table(head, cells)})
        assert read(res) == want, head
        assert codes(res) == ["TYPE_LEVEL_CODES"], head  # (the column no longer 'guessed')
    # a digit is a level under a heading naming the level
    res = run(tmp_path / "digits", {"S": table("类别等级", ["制1", "岗2", "流3", "思1", "外2"])})
    assert [lv for _t, lv in read(res)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"]


def test_a_notes_letters_are_followed_and_without_the_note_nothing_is_read(tmp_path):
    """Letters for both halves ('Z·A') a note defines, the level's letters too; the same codes
    with no note are only codes: nothing read, nothing said."""
    note = (
        "说明：风险代码由类型字母和等级字母组成，Z=制度机制，G=岗位职责，L=业务流程，S=思想道德，"
        "W=外部环境；A=高风险，B=中风险，C=低风险。"
    )
    cells = ["Z·B", "G·A", "L·C", "S·B", "W·A"]
    res = run(tmp_path / "noted", {"S": table("风险代码", cells, note)})
    assert read(res) == [
        (t, lv) for t, lv in zip(THEIRS, ["Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"], strict=True)
    ]
    assert "TYPE_LEVEL_CODES" in codes(res)
    bare = run(tmp_path / "bare", {"S": table("风险代码", cells)})
    assert set(read(bare)) == {("", "")}
    assert not {c for c in codes(bare) if c.startswith("TYPE_LEVEL")}
    # a note's own order of the levels wins over the vocabulary's ('1为低', '3为高')
    note = "注：风险代码首字为风险类型，后接的数字为风险等级（3为高风险，2为中风险，1为低风险）。"
    res = run(
        tmp_path / "reversed", {"S": table("风险代码", ["制3", "岗1", "流2", "思3", "外1"], note)}
    )
    assert [lv for _t, lv in read(res)] == ["Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]


def test_unclear_codes_are_left_as_read_and_said(tmp_path):
    """'岗1 | 制2' under a bare '风险代码' and no note: a type and a level, or a serial within each
    type — nothing read, one warning. A code with no type's initial ('险Ⅱ') among readable ones:
    that row left as read, the others read, one warning naming it."""
    res = run(tmp_path / "digits", {"S": table("风险代码", ["岗1", "制2", "流1", "岗2", "外1"])})
    assert set(read(res)) == {("", "")}
    assert codes(res, "warning") == ["TYPE_LEVEL_CODES_UNCLEAR"]
    assert "TYPE_LEVEL_CODES" not in codes(res)
    cells = ["制Ⅱ", "险Ⅱ", "流Ⅲ", "思Ⅱ", "外Ⅰ"]
    res = run(tmp_path / "one", {"S": table("风险代码", cells)})
    got = read(res)
    assert (
        got[1] == ("", "")
        and got[0] == ("制度机制风险", "Ⅱ级")
        and got[4] == ("外部环境风险", "Ⅰ级")
    )
    warned = res.issues[res.issues["code"] == "TYPE_LEVEL_CODES_UNCLEAR"]
    assert len(warned) == 1 and "E4“险Ⅱ”" in warned.iloc[0]["message"]
    # mostly such codes: not read as codes of both at all, and said once
    res = run(tmp_path / "most", {"S": table("风险代码", ["险Ⅰ", "险Ⅱ", "岗Ⅲ", "险Ⅱ", "险Ⅰ"])})
    assert set(read(res)) == {("", "")}
    assert codes(res, "warning") == ["TYPE_LEVEL_CODES_UNCLEAR"]


def test_a_rows_own_type_column_stands_and_a_disagreement_is_said(tmp_path):
    """A 风险类型 column beside the code: the column's type stands (a code naming another is a
    warning); the level, which no column gives, comes from the code."""
    own = ["制度机制", "岗位职责", "业务流程", "思想道德", "外部环境"]
    cells = ["制Ⅱ", "岗Ⅰ", "思Ⅲ", "思Ⅱ", "外Ⅰ"]  # (row 3: 思, its column 业务流程)
    res = run(tmp_path, {"S": table("风险代码", cells, extra=("风险类型", own))})
    assert read(res) == [(t, FULL[c[1]]) for t, c in zip(THEIRS, cells, strict=True)]
    warned = res.issues[res.issues["code"] == "TYPE_LEVEL_CODE_DIFFERS"]
    assert warned["cell"].tolist() == ["F5"]


def test_serials_initials_and_level_codes_read_as_before(tmp_path):
    """Near the shape, read as before: serials under '风险编号' ('SJ-01', 'A1'); a post's code
    ('岗位代码 | 岗Ⅰ'); a one-character type column ('制 | 岗'); a level code opening a 编码 that a
    note explains (LEVEL_CODES)."""
    for k, cells in enumerate((["SJ-01", "ZF-03", "SJ-02", "XK-01", "ZF-04"],
                               ["A1", "B2", "A2", "C1", "B1"])):  # fmt: skip
        res = run(tmp_path / f"serial{k}", {"S": table("风险编号", cells)})
        assert set(read(res)) == {("", "")}
        assert not {c for c in codes(res) if c.startswith("TYPE_LEVEL")}
    res = run(tmp_path / "posts", {"S": table("岗位代码", ["岗Ⅰ", "岗Ⅱ", "岗Ⅲ", "岗Ⅰ", "岗Ⅱ"])})
    assert set(read(res)) == {("", "")}
    assert not {c for c in codes(res) if c.startswith("TYPE_LEVEL")}
    res = run(
        tmp_path / "initials",
        {"S": table("风险等级", ["一级", "二级", "三级", "一级", "二级"],
                    extra=("类型", ["制", "岗", "流", "思", "外"]))},
    )  # fmt: skip
    assert read(res) == list(zip(THEIRS, ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"], strict=True))
    assert "TYPE_BY_INITIAL" in codes(res) and "TYPE_LEVEL_CODES" not in codes(res)
    note = "说明：风险编码中的罗马数字表示风险等级，短横后为顺序号。"
    res = run(
        tmp_path / "levels", {"S": table("风险编码", ["Ⅰ-1", "Ⅱ-1", "Ⅲ-1", "Ⅰ-2", "Ⅱ-2"], note)}
    )
    assert [lv for _t, lv in read(res)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"]
    assert "LEVEL_CODES" in codes(res) and "TYPE_LEVEL_CODES" not in codes(res)


def test_an_ods_reads_the_codes_too(tmp_path):
    """The codes are the cells' text: an .ods (no formats needed) reads as the .xlsx does."""
    cells = ["制Ⅱ", "岗Ⅰ", "流Ⅲ", "思Ⅱ", "外Ⅰ"]
    res = run(tmp_path, {"一览表": table("风险代码", cells, NOTE)}, ods=True)
    assert read(res) == [(t, FULL[c[1]]) for t, c in zip(THEIRS, cells, strict=True)]


def test_the_codes_are_in_the_catalogue():
    assert CATALOGUE["TYPE_LEVEL_CODES"][0] == "info"
    assert CATALOGUE["TYPE_LEVEL_CODES_UNCLEAR"][0] == "warning"
    assert CATALOGUE["TYPE_LEVEL_CODE_DIFFERS"][0] == "warning"
    for code in ("TYPE_LEVEL_CODES", "TYPE_LEVEL_CODES_UNCLEAR", "TYPE_LEVEL_CODE_DIFFERS"):
        assert SHORT[code]


def test_what_the_eighty_second_review_found(tmp_path: Path):
    """Review 82: a 科室's code under a bare '代码' heading ('业一', no note) and serials under
    '风险编号' ('流程二') are no type and level: nothing read, nothing warned."""
    rows = [
        ["某县税务局岗位廉政风险防控表"],
        ["序号", "代码", "科室", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "业一", "业务一科", "阚珩璟", "违规办理退税", "高", "退税双人复核。"],
        [2, "业一", "业务一科", "阚珩璟", "违规核定税额", "低", "核定集体审议。"],
        [3, "业二", "业务二科", "牟昕瀚", "泄露纳税人信息", "中", "签订保密承诺。"],
    ]
    got = run(tmp_path / "dept", {"表": rows})
    assert read(got) == [("", "Ⅰ级"), ("", "Ⅲ级"), ("", "Ⅱ级")]
    assert not {"TYPE_LEVEL_CODES", "TYPE_LEVEL_CODE_DIFFERS"} & set(codes(got))
    rows = [
        ["序号", "风险编号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "流程一", "股长", "审批环节搞变通", "高", "审批留痕。"],
        [2, "流程二", "股长", "现场核查走过场", "中", "两人核查。"],
    ]
    got = run(tmp_path / "serial", {"表": rows})
    assert read(got) == [("", "Ⅰ级"), ("", "Ⅱ级")]
    assert "TYPE_LEVEL_CODES" not in set(codes(got))
