"""A numbered list of a unit's points naming nobody (``序号 | 风险点 | 风险等级 | 防控措施``) and under
it a roster whose column says its cells are the numbers of the points a person does NOT have
('本人不涉及的风险点（填序号）', '不承担的风险点序号', '除外风险点（对应上表序号）'): each person holds every
point of the list but those ('无', '—' or blank: all of them); one info HOLDERS_BY_EXCLUDED_NUMBERS,
a number the list lacks warned at its cell, and the roster ends the list (no rows of it).

The layouts here are not the published batch's (a county 公安局's 派出所 with 所长/教导员/社区民警 and
高/中/低): a county 市场监督管理局's 市场监管所, a 卫生院 and a 税务分局, other posts, names and level
words (一级/二级/三级, Ⅰ级/Ⅱ级, ★★★/★★), the roster with a 科室 or 联系电话 column, a caption over
it, numbers written '3', '1—2', '第3项、第5项'; written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file. Two tables that look a bit alike read as before: a
分工 table of the numbers a person HAS, and an ordinary list whose 备注 says '本人不涉及…'.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


MARKET = [
    ("食品经营许可现场核查走过场", "一级", "核查两人以上，全程记录。"),
    ("行政处罚自由裁量畸轻畸重", "一级", "按裁量基准办理，法制审核。"),
    ("日常检查吃拿卡要", "二级", "检查公示，当事人评议。"),
    ("投诉举报处理拖延推诿", "三级", "限时办结，逐件回访。"),
]


def test_market_office_roster_not_bearing_numbers_under_the_list(tmp_path):
    # one heading row each; the roster '职务 | 姓名 | 不承担的风险点序号 | 联系电话', its cells '3',
    # '无', '1—2', '—'
    rows = [["XX县市场监督管理局城关市场监管所廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            *[[i, p, lv, m] for i, (p, lv, m) in enumerate(MARKET, 1)],
            [],
            ["序号", "职务", "姓名", "不承担的风险点序号", "联系电话"],
            [1, "所长", "郦岫川", "无", "13800000001"],
            [2, "副所长", "苌沁岚", "3", "13800000002"],
            [3, "食品监管员", "郦霁澄", "1—2", "13800000003"],
            [4, "综合协管员", "苌昀舒", "—", "13800000004"],
            ["注：各人员不承担栏以外的风险点均为本人风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A13:E13"])
    want = []
    for post, who, out in [("所长", "郦岫川", ()), ("副所长", "苌沁岚", (3,)),
                           ("食品监管员", "郦霁澄", (1, 2)), ("综合协管员", "苌昀舒", ())]:  # fmt: skip
        want += [(post, who, p, {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}[lv])
                 for n, (p, lv, _m) in enumerate(MARKET, 1) if n not in out]  # fmt: skip
    assert read(got) == sorted(want)
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == "HOLDERS_BY_EXCLUDED_NUMBERS"]
    assert list(said["cell"]) == ["D8"] and said["severity"].iloc[0] == "info"
    assert "HOLDERS_BY_EXCLUDED_NUMBERS" in CATALOGUE and "HOLDERS_BY_EXCLUDED_NUMBERS" in SHORT
    no_errors(got)


def test_clinic_roster_with_department_caption_and_bracketed_heading(tmp_path):
    # the list's heading merged over two rows ('风险点' over two columns); the roster under a
    # caption, '科室 | 岗位 | 姓名 | 除外风险点（对应上表序号）', '第3项、第5项', a blank = all
    points = [("药品采购收受回扣", "Ⅰ级"), ("医保基金违规结算", "Ⅰ级"), ("检查检验过度诊疗", "Ⅱ级"),
              ("耗材出入库不登记", "Ⅱ级"), ("职称评审材料把关不严", "Ⅲ级")]  # fmt: skip
    rows = [["XX镇中心卫生院岗位廉政风险点及适用人员表"],
            ["序号", "廉政风险点", None, "风险等级", "防控措施"],
            [None, "风险点", "表现形式", None, None],
            *[[i, p, "经办人员私下接受利益输送", lv, "加强监督。"] for i, (p, lv) in enumerate(points, 1)],
            [],
            ["附：岗位人员适用情况"],
            ["科室", "岗位", "姓名", "除外风险点（对应上表序号）"],
            ["院办", "院长", "宓沄翊", None],
            ["药剂科", "药剂科主任", "宓瑶岑", "第3项、第5项"],
            ["医务科", "医务科科长", "阙霂川", "1、2、4"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "A10:D10"])
    want = [("院长", "宓沄翊", p, lv) for p, lv in points]
    want += [
        ("药剂科主任", "宓瑶岑", p, lv) for n, (p, lv) in enumerate(points, 1) if n not in (3, 5)
    ]
    want += [("医务科科长", "阙霂川", p, lv) for n, (p, lv) in enumerate(points, 1) if n in (3, 5)]
    assert read(got) == sorted(want)
    assert dict(zip(got.posts["person"], got.posts["department"], strict=True)) == {
        "宓沄翊": "院办", "宓瑶岑": "药剂科", "阙霂川": "医务科"}  # fmt: skip
    assert "HOLDERS_BY_EXCLUDED_NUMBERS" in set(got.issues["code"])
    no_errors(got)


def test_tax_branch_roster_naming_a_number_the_list_lacks_warns_at_its_cell(tmp_path):
    # stars for levels, '排除的风险点编号' and '岗位 | 姓名' only; '2、7': 7 is no point of the list
    points = [
        ("税款核定人情定税", "★★★"),
        ("发票领用审核不严", "★★"),
        ("纳税信用评价弄虚作假", "★"),
    ]
    rows = [["国家税务总局XX县税务局城区税务分局廉政风险点"],
            ["序号", "风险点", "风险等级", "防控措施"],
            *[[i, p, lv, "双人复核。"] for i, (p, lv) in enumerate(points, 1)],
            [],
            ["岗位", "姓名", "排除的风险点编号"],
            ["分局长", "宦澂岳", "无"],
            ["税收管理员", "宦沚漪", "2、7"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    levels = {"★★★": "Ⅰ级", "★★": "Ⅱ级", "★": "Ⅲ级"}
    want = [("分局长", "宦澂岳", p, levels[lv]) for p, lv in points]
    want += [
        ("税收管理员", "宦沚漪", p, levels[lv]) for n, (p, lv) in enumerate(points, 1) if n != 2
    ]
    assert read(got) == sorted(want)
    warned = got.issues[got.issues["code"] == "HOLDER_NUMBERS_UNMATCHED"]
    assert list(warned["cell"]) == ["C9"] and list(warned["value"]) == ["7"]
    no_errors(got)


def test_division_table_of_numbers_held_reads_as_before(tmp_path):
    # '负责风险点序号': the numbers a person HAS, not those he lacks
    rows = [["XX县市场监督管理局城关市场监管所廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            *[[i, p, lv, m] for i, (p, lv, m) in enumerate(MARKET, 1)],
            [],
            ["序号", "职务", "姓名", "负责风险点序号"],
            [1, "所长", "郦岫川", "1—2"],
            [2, "副所长", "苌沁岚", "3、4"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    lv = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}
    assert read(got) == sorted(
        [("所长", "郦岫川", p, lv[v]) for p, v, _m in MARKET[:2]]
        + [("副所长", "苌沁岚", p, lv[v]) for p, v, _m in MARKET[2:]]
    )
    assert "HOLDERS_BY_POINT_NUMBERS" in set(got.issues["code"])
    assert "HOLDERS_BY_EXCLUDED_NUMBERS" not in set(got.issues["code"])
    no_errors(got)


def test_ordinary_list_with_a_remark_saying_not_involved_reads_as_before(tmp_path):
    # the list names its holders; a 备注 cell '本人不涉及第3项' is only a remark
    rows = [["XX镇中心卫生院廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
            [1, "院长", "宓沄翊", "药品采购收受回扣", "一级", "集体决策。", "本人不涉及第3项"],
            [2, "院长", "宓沄翊", "医保基金违规结算", "二级", "每月对账。", None],
            [3, "药剂科主任", "宓瑶岑", "耗材出入库不登记", "三级", "双人签字。", "不涉及的风险点：无"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("院长", "宓沄翊", "药品采购收受回扣", "Ⅰ级"),
        ("院长", "宓沄翊", "医保基金违规结算", "Ⅱ级"),
        ("药剂科主任", "宓瑶岑", "耗材出入库不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_EXCLUDED_NUMBERS" not in set(got.issues["code"])
    no_errors(got)
