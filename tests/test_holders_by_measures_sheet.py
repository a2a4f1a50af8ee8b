"""A holder-less list of points keyed by its codes ('风险点编号 | 所在环节 | 风险点描述 | 风险等级',
'BD-02') whose holders stand only on a table breaking each point into its measures, one measure a
row with its own people ('措施编号 | 所属风险编码 | 措施内容 | 落实科室 | 落实岗位 | 落实责任人'): a
point's holders are the people its measures are given to, each once, his measures its measures.

The layouts here are not the published batch's (a 温泉旅游度假区管委会's 风险点 / 防控措施分解 with
``对应风险编号`` FX01, 高/中/低, 主任/科长/会计): another unit (a city's 不动产登记中心), other posts,
names and codes (BD-01), 一级/二级/三级, the code column ``所属风险编码`` or ``关联风险编号`` merged down
a point's measures, the measures table below the list on the same sheet, the post and the name in
one 责任人 cell with no 岗位 column; written with xlsxwriter (tests/helpers.py), read back as
``collect_inbox`` reads a file. Left as read: a measures sheet naming no one, a list with its own
责任人 column.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def measures(got) -> dict[tuple[str, str], str]:
    r = got.risks
    return {(p, x): m for p, x, m in zip(r["person"], r["risk_point"], r["measures"], strict=True)}


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


POINTS = [
    ["瑞昌市不动产登记中心廉政风险点清单", "", "", ""],
    ["风险点编号", "所在环节", "风险点描述", "风险等级"],
    ["BD-01", "登记受理", "受理登记申请时故意刁难，索要好处", "二级"],
    ["BD-02", "登记审核", "审核把关不严，为不符合条件的申请办理登记", "一级"],
    ["BD-03", "信息查询", "违规查询、泄露权利人登记信息", "二级"],
    ["BD-04", "档案管理", "擅自修改、销毁登记档案", "三级"],
]
LEVEL = {r[2]: {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}[r[3]] for r in POINTS[2:]}
POINT = {r[0]: r[2] for r in POINTS[2:]}
# (code, measure, 科室, 岗位, 姓名)
GIVEN = [
    ("BD-01", "受理清单公开，一次性告知", "受理科", "窗口受理员", "蔺沅汐"),
    ("BD-01", "窗口设置评价器，接受群众评议", "受理科", "科长", "禚霁岚"),
    ("BD-02", "审核实行初审、复审两级把关", "审核科", "审核员", "蔺昀琛"),
    ("BD-02", "疑难登记集体会审", "中心领导", "主任", "禚泊川"),
    ("BD-02", "登簿前系统自动校验", "审核科", "审核员", "蔺昀琛"),
    ("BD-03", "查询凭证登记，系统留痕", "受理科", "科长", "禚霁岚"),
    ("BD-04", "档案借阅审批，定期盘点", "审核科", "审核员", "蔺昀琛"),
]
EXPECTED = sorted({(post, who, POINT[c], LEVEL[POINT[c]]) for c, _m, _d, post, who in GIVEN})


def _breakdown(code_head: str = "所属风险编码") -> list[list]:
    rows = [["瑞昌市不动产登记中心防控措施分解表", "", "", "", "", "", ""],
            ["措施编号", code_head, "措施内容", "落实科室", "落实岗位", "落实责任人", "完成时限"]]  # fmt: skip
    for n, (code, text, dept, post, who) in enumerate(GIVEN, 1):
        rows.append([f"CS{n:02d}", code, text, dept, post, who, "长期"])
    rows.append(["编制人：", "", "", "审核人：", "", "主任签字：", ""])
    return rows


def test_the_points_on_one_sheet_their_measures_and_people_on_another(tmp_path):
    got = run(tmp_path, {"风险点": POINTS, "措施分解": _breakdown()}, {"风险点": ["A1:D1"]})
    assert read(got) == EXPECTED
    assert (
        measures(got)[("蔺昀琛", POINT["BD-02"])]
        == "审核实行初审、复审两级把关\n登簿前系统自动校验"
    )
    assert measures(got)[("禚泊川", POINT["BD-02"])] == "疑难登记集体会审"
    r = got.risks
    assert set(zip(r["person"], r["department"], strict=True)) == {
        ("蔺沅汐", "受理科"), ("禚霁岚", "受理科"), ("蔺昀琛", "审核科"), ("禚泊川", "中心领导"),
    }  # fmt: skip
    assert "HOLDERS_BY_MEASURES_SHEET" in codes(got)
    assert not codes(got) & {"MEASURES_BLANK", "LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"}
    no_errors(got)


def test_the_code_merged_down_a_points_measures_and_a_code_not_in_the_list(tmp_path):
    rows = _breakdown("关联风险编号")
    for r in rows[3:4] + rows[5:7]:  # (BD-01's second, BD-02's second and third: merged)
        r[1] = ""
    rows.insert(-1, ["CS08", "BD-09", "不动产证书印制领用登记", "受理科", "科长", "禚霁岚", "长期"])
    got = run(
        tmp_path,
        {"风险点": POINTS, "措施分解": rows},
        {"风险点": ["A1:D1"], "措施分解": ["A1:G1", "B3:B4", "B5:B7"]},
    )
    assert read(got) == EXPECTED
    assert "LINK_PAIR_UNMATCHED" in codes(got)
    no_errors(got)


def test_the_measures_table_below_the_list_on_the_same_sheet(tmp_path):
    sheet = POINTS + [["", "", "", ""]] + _breakdown("对应风险编号")[1:-1]
    got = run(tmp_path, {"风险点": sheet}, {"风险点": ["A1:D1"]})
    assert read(got) == EXPECTED
    assert "HOLDERS_BY_MEASURES_SHEET" in codes(got)
    assert not codes(got) & {"TABLE_OTHER", "ROW_UNPLACED", "MEASURES_BLANK"}
    no_errors(got)


def test_the_post_and_the_name_in_one_cell(tmp_path):
    rows = [["对应风险编号", "防控措施", "责任科室", "落实责任人"]]
    rows += [[code, text, dept, f"{post} {who}"] for code, text, dept, post, who in GIVEN]
    got = run(tmp_path, {"风险点": POINTS, "防控措施": rows}, {"风险点": ["A1:D1"]})
    assert read(got) == EXPECTED
    assert "HOLDERS_BY_MEASURES_SHEET" in codes(got)
    no_errors(got)


def test_a_measures_sheet_naming_no_one_is_read_as_before(tmp_path):
    rows = [["对应风险编号", "防控措施", "完成时限"]]
    rows += [[code, text, "长期"] for code, text, *_rest in GIVEN]
    got = run(tmp_path, {"风险点": POINTS, "防控措施": rows}, {"风险点": ["A1:D1"]})
    assert read(got) == sorted(("", "", r[2], LEVEL[r[2]]) for r in POINTS[2:])
    assert not {
        "HOLDERS_BY_MEASURES_SHEET",
        "HOLDERS_BY_LINK_TABLE",
        "LINK_PAIR_UNMATCHED",
    } & codes(got)
    no_errors(got)


def test_a_list_with_its_own_holders_and_a_measures_sheet_is_read_as_before(tmp_path):
    own = [["风险点编号", "风险点描述", "风险等级", "岗位", "责任人"]]
    own += [[r[0], r[2], r[3], "审核员", "蔺昀琛"] for r in POINTS[2:]]
    got = run(tmp_path, {"风险点": own, "措施分解": _breakdown()})
    assert read(got) == sorted(("审核员", "蔺昀琛", r[2], LEVEL[r[2]]) for r in POINTS[2:])
    assert not {"HOLDERS_BY_MEASURES_SHEET", "LINK_PAIR_UNMATCHED"} & codes(got)
    no_errors(got)


def test_the_code_is_catalogued():
    assert "HOLDERS_BY_MEASURES_SHEET" in CATALOGUE and "HOLDERS_BY_MEASURES_SHEET" in SHORT
    assert "{value}" in CATALOGUE["HOLDERS_BY_MEASURES_SHEET"][1]
