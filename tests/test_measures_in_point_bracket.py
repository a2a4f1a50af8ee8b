"""A point cell closing with its measures in a labelled bracket ('…（防控措施：…）').

Some lists have no measures column: each point cell gives the point, then its measures in a
bracket whose label says so. The point is the text before the bracket, the bracket's text the
row's measures; an unlabelled bracket, another label, a cross reference or a bracket naming a
holder too are read as before. The tables here are written in other words than the batch that
showed the shape (tests/published/batch513.py): another unit, other posts, other labels.
"""

from pathlib import Path

import openpyxl
import pytest
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT
from xlproc.locate import _measures_bracket

CODE = "MEASURES_IN_POINT_BRACKET"


def read(inbox: Path):
    """Collect an inbox as ``collect_inbox`` reads it, the files read in this process."""
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([inbox]))
    return assemble(results, config, [inbox])


def run(tmp_path: Path, rows, merges=None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges} if merges else None)
    return read(inbox)


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


def pairs(res) -> list[tuple[str, str]]:
    return list(zip(res.risks["risk_point"], res.risks["measures"], strict=True))


HEAD = ["编号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险级别"]


def test_a_table_with_no_measures_column_reads_them_from_the_brackets(tmp_path):
    rows = [
        ["某县自然资源局不动产登记中心岗位廉政风险清单"],
        HEAD,
        ["1", "登记股", "股长", "禚涵瑜", "不动产登记材料审核放宽标准（防控措施：初审、复审分岗，疑难件集体会审。）",
         "岗位职责", "高"],
        ["2", "登记股", "股长", "禚涵瑜", "为中介插队办理(管控措施:按取号顺序受理,系统留痕)", "外部环境", "中"],
        ["3", "档案股", "档案员", "佴珞宁", "私自查询、泄露权利人信息（防控举措：查询凭证登记，按月抽查日志）",
         "制度机制", "中"],
        ["4", "档案股", "档案员", "佴珞宁", "档案借出不登记\n（措施：借阅审批，双人清点归还）", "业务流程", "低"],
        ["填报人：", "", "", "", "审核人：", "", ""],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert pairs(res) == [
        ("不动产登记材料审核放宽标准", "初审、复审分岗，疑难件集体会审。"),
        ("为中介插队办理", "按取号顺序受理,系统留痕"),
        ("私自查询、泄露权利人信息", "查询凭证登记，按月抽查日志"),
        ("档案借出不登记", "借阅审批，双人清点归还"),
    ]
    assert res.risks["person"].tolist() == ["禚涵瑜", "禚涵瑜", "佴珞宁", "佴珞宁"]
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # once for the table, at its first such cell; no measures reported blank
    assert [c for c in codes(res) if c[0] in (CODE, "MEASURES_BLANK")] == [(CODE, "E3")]
    msg = res.issues[res.issues["code"] == CODE]["message"].iloc[0]
    assert "4 个风险点" in msg and "（防控措施：初审" in msg


def test_a_bracket_beside_a_measures_column_joins_or_repeats_the_rows_own(tmp_path):
    rows = [
        [*HEAD, "防控措施"],
        ["1", "财务室", "会计", "冼翊澄", "报销凭证审核不严（防控措施：三级审批）", "岗位职责", "中",
         "发票真伪网上查验"],
        ["2", "财务室", "会计", "冼翊澄", "私设小金库（措施：账户统一管理，定期对账）", "制度机制", "高",
         "账户统一管理，定期对账"],
        ["3", "财务室", "出纳", "衡昱珩", "坐支现金（防范措施：收支两条线，日清月结）", "业务流程", "高", ""],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert pairs(res) == [
        ("报销凭证审核不严", "发票真伪网上查验\n三级审批"),  # the column's, then the bracket's
        ("私设小金库", "账户统一管理，定期对账"),  # the same words: said once
        ("坐支现金", "收支两条线，日清月结"),  # the row's own cell blank
    ]
    assert [c for c in codes(res) if c[0] in (CODE, "MEASURES_BLANK")] == [(CODE, "E2")]


@pytest.mark.parametrize(
    "cell",
    [
        "违规收取办证费用（含工本费）",  # an unlabelled bracket is part of the point
        "宅基地审批把关不严（表现形式：超面积审批，一户多宅）",  # how it shows, not measures
        "宅基地审批把关不严（备注：跨部门事项）",
        "宅基地审批把关不严（措施：见第3条）",  # a cross reference names no measure
        "宅基地审批把关不严（防控措施：同上）",
        "宅基地审批把关不严（措施：2、3）",
    ],
)
def test_brackets_that_are_no_measures_read_as_before(tmp_path, cell):
    rows = [HEAD, ["1", "村镇股", "股员", "厍沐霏", cell, "岗位职责", "高"]]
    res = run(tmp_path, rows)
    assert res.risks["measures"].tolist() == [""]
    assert CODE not in set(res.issues["code"])
    assert "MEASURES_BLANK" in set(res.issues["code"])  # (the sender is still told)
    if "2、3" not in cell:  # ('（措施：2、3）' names measures by number: read as before, below)
        assert res.risks["risk_point"].tolist() == [cell]


def test_status_and_numbered_references_keep_their_own_rules(tmp_path):
    rows = [
        [*HEAD, "防控措施"],
        ["1", "村镇股", "股员", "厍沐霏", "宅基地审批把关不严（2024年新增）", "岗位职责", "高",
         "现场踏勘两人以上"],
        ["2", "村镇股", "股员", "厍沐霏", "违规审批临时用地（对应措施2、3）", "制度机制", "中",
         "1.审批前公示\n2.集体审议\n3.批后核查"],
        ["3", "村镇股", "股员", "厍沐霏", "土地整治验收走过场（防控措施：第三方复核）（新增）", "业务流程",
         "低", ""],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert pairs(res) == [
        ("宅基地审批把关不严", "现场踏勘两人以上"),
        ("违规审批临时用地", "2.集体审议\n3.批后核查"),
        ("土地整治验收走过场", "第三方复核"),  # the status after the bracket is dropped too
    ]
    assert [c for c in codes(res) if c[0] == CODE] == [(CODE, "E4")]


def test_a_bracket_naming_a_holder_too_is_unclear_and_left_whole(tmp_path):
    # the measures and who answers for them in one bracket: nothing is taken out of the point,
    # and no measure is made up from the words after the label
    cell = "征收补偿款发放不实（防控措施：名单公示，入户核实；责任人：阚煦桐）"
    rows = [HEAD, ["1", "征收股", "股长", "阚煦桐", cell, "岗位职责", "高"]]
    res = run(tmp_path, rows)
    assert pairs(res) == [(cell, "")]
    assert CODE not in set(res.issues["code"])


def test_a_file_written_by_openpyxl_and_an_ods_copy_read_alike(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
        [
            "1",
            "水政监察员",
            "计渌彤",
            "河道采砂执法降格处理（防控措施：执法全程录像，案件集体审议）",
            "一级",
        ],
        [
            "2",
            "水政监察员",
            "计渌彤",
            "取水许可现场核查走过场（管控措施：核查两人以上，拍照存档）",
            "二级",
        ],
    ]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "水利站"
    for row in rows:
        ws.append(row)
    wb.save(inbox / "水利站.xlsx")
    write_ods(inbox / "水利站副本.ods", {"水利站": rows})
    res = read(inbox)
    for name in ("水利站.xlsx", "水利站副本.ods"):
        mine = res.risks[res.risks["source_file"] == name]
        assert list(zip(mine["risk_point"], mine["measures"], strict=True)) == [
            ("河道采砂执法降格处理", "执法全程录像，案件集体审议"),
            ("取水许可现场核查走过场", "核查两人以上，拍照存档"),
        ], name


@pytest.mark.parametrize(
    ("text", "got"),
    [
        ("公车私用（防控措施：派车登记，里程公示）", ("公车私用", "派车登记，里程公示")),
        ("公车私用 (对策:派车单审批制度)", ("公车私用", "派车单审批制度")),
        (
            "公车私用（含加油卡）（控制措施：油卡专人保管）",
            ("公车私用（含加油卡）", "油卡专人保管"),
        ),
        ("公车私用（防控措施：派车登记）。", ("公车私用", "派车登记")),
        ("公车私用（派车登记，里程公示）", None),  # no label
        ("公车私用（防控措施：派车登记）后未归还", None),  # the bracket does not close the cell
        ("公车私用（对应措施：第2条）", None),  # ('对应措施' is no sure label of measures)
        ("车辆（防控措施：派车登记）", None),  # too short a point before it
        ("1.公车私用\n2.私车公养（防控措施：派车登记）", None),  # several lines before it
        ("公车私用（防控措施：派车登记；风险等级：高）", None),  # a level inside too
        ("公车私用（防控措施：无）", None),
    ],
)
def test_the_bracket_rule(text, got):
    found = _measures_bracket(text)
    assert (found[:2] if found else None) == got


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and SHORT[CODE] and ITEMS[CODE] == "防控措施"
