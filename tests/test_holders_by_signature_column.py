"""One row a point under a 岗位 column and no name column, each row's holder written only as his
signature in the last column ('本人签字', '签名', '责任人确认（签字、日期）'), a name with or without the
date he signed ('訾景澜　2025年4月8日'): that column names the row's holder (the date dropped), so
two holders of one post are two forms, not one post pooled.

Not the published batch's table (a county 粮食储备库's 收购环节 排查表, 检验员/保管员, 高/中/低 and
``岗位人员确认（签字、日期）`` cells like ``name　2025.4.8``): a county 自来水公司's and a 公路养护中心's
lists, other posts, names and level words (一级/二级/三级, Ⅰ级…), a 科室 column or none, one heading
row or two, the date written other ways or not at all, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


WATER = [
    (
        "营业收费科",
        "抄表员",
        "抄表数据估抄、漏抄，人情水量",
        "二级",
        "抄表轨迹定位，月度交叉复抄。",
    ),
    ("营业收费科", "抄表员", "对欠费用户违规减免滞纳金", "三级", "减免须科长审批并公示。"),
    ("营业收费科", "抄表员", "对熟人用户少抄水量", "二级", "每季度轮换抄表片区。"),
    ("营业收费科", "收费员", "收取现金不入账、截留水费", "一级", "现金日清日结，票款一致。"),
    ("管网维修科", "维修工", "维修材料虚报冒领", "二级", "材料领用凭工单，月末盘点。"),
]
# who signs each row: two 抄表员 share the post
SIGNERS = ["訾景澜", "訾景澜", "邬棠玥", "阙沛霖", "邬岚骁"]


def _water(heading: str, signed: list[str], dept: bool = True) -> list[list]:
    head = ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", heading]
    rows = [["XX县自来水有限公司岗位廉政风险点排查登记表"], head if dept else head[:1] + head[2:]]
    for i, ((d, post, point, lv, measures), sig) in enumerate(zip(WATER, signed, strict=True), 1):
        row = [i, d, post, point, lv, measures, sig]
        rows.append(row if dept else row[:1] + row[2:])
    rows.append(["填表人：", None, "审核人：", None, "总经理（签字）："])
    return rows


def _truth(names: list[str]) -> list[tuple[str, str, str, str]]:
    lv = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}
    return sorted(
        (p, who, point, lv[g]) for (_, p, point, g, _), who in zip(WATER, names, strict=True)
    )


def test_a_signature_column_of_bare_names_names_each_rows_holder(tmp_path):
    got = run(tmp_path, _water("本人签字", SIGNERS))
    assert read(got) == _truth(SIGNERS)
    assert not errors(got), errors(got)


def test_signatures_with_the_date_signed_drop_the_date(tmp_path):
    signed = [f"{who}　2025年4月8日" for who in SIGNERS[:3]] + [
        f"{SIGNERS[3]} 2025年4月9日",
        f"{SIGNERS[4]}\n2025年4月9日",
    ]
    got = run(tmp_path, _water("责任人确认（签字、日期）", signed))
    assert read(got) == _truth(SIGNERS)
    assert set(got.risks["person"]) == set(SIGNERS)
    assert not errors(got), errors(got)


def test_two_heading_rows_no_dept_column_a_heading_of_sign(tmp_path):
    """The road centre's list: '签名' under a merged '确认' group, dates '2025.4.8', Ⅰ级…"""
    rows = [
        ["XX县公路养护中心养护工程环节廉政风险防控表"],
        ["环节", "岗位", "风险点", "风险\n等级", "防控措施", "岗位人员确认", None],
        [None, None, None, None, None, "签名", "日期"],
        [
            "工程计量",
            "计量员",
            "养护工程量虚报多计",
            "Ⅰ级",
            "计量双人到场，影像留存。",
            "仝霁川",
            "2025.4.8",
        ],
        [None, "计量员", "计量签证收受好处", "Ⅱ级", "签证实行监理复核。", "蔺书瑶", "2025.4.8"],
        [
            "材料验收",
            "材料员",
            "沥青、碎石以次充好",
            "Ⅰ级",
            "材料抽检送第三方。",
            "仝霁川",
            "2025.4.9",
        ],
        [None, "材料员", "验收数量不实", "Ⅲ级", "验收单三方签字。", "冉澈之", "2025.4.9"],
    ]
    got = run(
        tmp_path,
        rows,
        ["A1:G1", "F2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "A4:A5", "A6:A7"],
    )
    assert read(got) == sorted([
        ("计量员", "仝霁川", "养护工程量虚报多计", "Ⅰ级"),
        ("计量员", "蔺书瑶", "计量签证收受好处", "Ⅱ级"),
        ("材料员", "仝霁川", "沥青、碎石以次充好", "Ⅰ级"),
        ("材料员", "冉澈之", "验收数量不实", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_a_heading_of_sign_over_name_and_date_in_one_cell(tmp_path):
    signed = [f"{who}　2025.4.8" for who in SIGNERS]
    got = run(tmp_path, _water("签名", signed, dept=False))
    assert read(got) == _truth(SIGNERS)
    assert not errors(got), errors(got)


def test_a_blank_signature_leaves_its_row_without_a_holder(tmp_path):
    """A row left unsigned under another holder's signature of the same post is no '同上': the
    post only, and a warning."""
    signed = [f"{who}　2025年4月8日" for who in SIGNERS]
    signed[2] = None
    got = run(tmp_path, _water("确认签字", signed))
    want = [(t, "" if p == "对熟人用户少抄水量" else w, p, lv) for t, w, p, lv in _truth(SIGNERS)]
    assert read(got) == sorted(want)
    assert not errors(got), errors(got)
    warned = got.issues[got.issues["code"] == "ROW_UNSIGNED"]
    assert list(warned["cell"]) == ["G5"] and set(warned["severity"]) == {"warning"}
    assert "ROW_UNSIGNED" in CATALOGUE and "ROW_UNSIGNED" in SHORT


def test_a_signature_column_of_ticks_stays_a_list_of_posts(tmp_path):
    got = run(tmp_path, _water("本人签字", ["已签", "√", "已签", "√", "已签"]))
    assert {w for _, w, _, _ in read(got)} == {""}
    assert len(read(got)) == len(WATER)
    assert not errors(got), errors(got)


def test_a_checkers_signature_beside_a_name_column_names_no_holder(tmp_path):
    rows = [
        ["XX县自来水有限公司岗位廉政风险点排查登记表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "审核人签字"],
    ]
    names = ["訾景澜", "訾景澜", "邬棠玥", "阙沛霖", "邬岚骁"]
    for i, ((_, post, point, lv, measures), who) in enumerate(zip(WATER, names, strict=True), 1):
        rows.append([i, post, who, point, lv, measures, "蔺书瑶　2025年4月8日"])
    got = run(tmp_path, rows)
    assert read(got) == _truth(names)
    assert not errors(got), errors(got)


def test_what_the_hundred_and_tenth_review_found_the_date_written_first(tmp_path):
    """Signatures with the date before the name ('2025年4月8日　訾景澜', '2025.4.8 邬棠玥'): the
    name is the holder, the date dropped, as when it follows."""
    dated = ["2025年4月8日\u3000訾景澜", "2025年4月8日\u3000訾景澜", "2025.4.8 邬棠玥",
             "2025年4月9日\u3000阙沛霖", "2025年4月9日\u3000邬岚骁"]  # fmt: skip
    got = run(tmp_path, _water("本人签字", dated))
    assert read(got) == _truth(SIGNERS)
    assert not errors(got)
