"""A title naming a 局's 分局, 所 or 站 as a part of the 局 ('国家税务总局XX县税务局XX税务分局…',
'…生态环境局XX分局…', '…水务局红旗水库管理所…'): the form's 科室 is never that part of its own unit.
Before, such a title was kept whole as the unit AND its last part again as the 科室 (unit '…税务局
佐龙税务分局', 科室 '佐龙税务分局'). A 分局, a body of its own with its own leaders, is now the unit
with no 科室; a 局's 所 or 站 reads as the 局's part, the unit the 局 and the 科室 the 所
(docs/layouts.md's 站所: '…市场监督管理局XX市场监管所' is read so), as a 镇's 财政所 is. Any other
part a unit ends with (a 局's 股, a court's 庭, an office, a 窗口) is as it was: the batches' truths
write a part's own file so (unit '…医疗保障局待遇保障股', 科室 '待遇保障股').

Not the published batch's file (batch969: a 税务分局's 排查表 对岗不对人 with ``风险点 | 风险表现``): a
税务分局's list by post with a 岗位 column only, an 生态环境分局's list naming its holders, a 水务局's
水库管理所 — other units, posts and names; near-misses read as before: a 局's own list with a 股室
column, a 镇's 财政所, a 局's 股 and an office (the rule itself). Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.normalise import _own_part_apart


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "表.xlsx", {"清单": rows}, {"清单": []})
    return _collect(inbox)


def forms(got) -> list[tuple[str, str, str, str]]:
    p = got.posts
    return sorted(zip(p["unit"], p["department"], p["title"], p["person"], strict=True))


BY_POST = [
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "分局长", "个体工商户定额核定人情定税", "高", "定额核定集体审议，结果公示。"],
    [2, "税源管理员", "漏征漏管户发现不报", "中", "与市场主体登记信息按季比对。"],
    [3, "综合岗", "税收票证保管不善", "低", "票证专柜保管，按月盘点。"],
]  # fmt: skip


def test_a_tax_branch_by_post_is_its_own_unit_with_no_department(tmp_path):
    got = run(tmp_path, [["国家税务总局岚皋县税务局佐龙税务分局岗位廉政风险点排查表"], *BY_POST])
    unit = "国家税务总局岚皋县税务局佐龙税务分局"
    assert forms(got) == sorted(
        [(unit, "", "分局长", ""), (unit, "", "税源管理员", ""), (unit, "", "综合岗", "")]
    )
    assert set(got.risks["department"]) == {""} and set(got.risks["unit"]) == {unit}


def test_an_ecology_branch_naming_its_holders(tmp_path):
    rows = [
        ["安康市生态环境局岚皋分局廉政风险防控清单"],
        ["序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "局长", "左丘沨", "环评审批中为关系企业开绿灯", "一级", "环评审批集体研究。"],
        [2, "执法队员", "左丘翛", "执法检查前通风报信", "二级", "双随机抽查，检查时间保密。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    unit = "安康市生态环境局岚皋分局"
    assert forms(got) == [(unit, "", "局长", "左丘沨"), (unit, "", "执法队员", "左丘翛")]


def test_a_bureaus_reservoir_station_is_the_bureaus_part(tmp_path):
    rows = [
        ["岚皋县水务局红旗水库管理所廉政风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "所长", "第五澍", "水库除险加固工程不招标直接发包", "高", "工程发包报局党组研究。"],
        [2, "会计", "第五沚", "防汛物资采购虚报数量", "中", "物资入库两人验收。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    depts = set(got.posts["department"])
    units = set(got.posts["unit"])
    assert len(depts) == 1 and len(units) == 1
    (dept,), (unit,) = depts, units
    assert not (dept and unit.endswith(dept))  # (never the unit's own last part)
    assert (unit, dept) == ("岚皋县水务局", "红旗水库管理所")


def test_near_misses_read_as_before(tmp_path):
    # a 局's own list, its 股室 in a column
    rows = [
        ["岚皋县交通运输局廉政风险点一览表"],
        ["序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "运输管理股", "股长", "乐正澈", "超限运输处罚随意减免", "高", "严格执行裁量基准。"],
        [2, "办公室", "主任", "乐正沄", "公务接待超标准", "低", "接待清单审核。"],
    ]  # fmt: skip
    got = run(tmp_path / "a", rows)
    assert forms(got) == [
        ("岚皋县交通运输局", "办公室", "主任", "乐正沄"),
        ("岚皋县交通运输局", "运输管理股", "股长", "乐正澈"),
    ]
    # a 镇's 财政所: the 镇 the unit, the 所 its 科室, as before
    got = run(tmp_path / "b", [["岚皋县佐龙镇财政所廉政风险点清单"], *BY_POST])
    assert {(u, d) for u, d, _t, _p in forms(got)} == {("岚皋县佐龙镇", "财政所")}


def test_the_rule_itself():
    assert _own_part_apart("国家税务总局XX县税务局城关税务分局", "城关税务分局") == (
        "国家税务总局XX县税务局城关税务分局",
        "",
    )
    assert _own_part_apart("XX县水务局红旗岭水库管理所", "红旗岭水库管理所") == (
        "XX县水务局",
        "红旗岭水库管理所",
    )
    # (any other part: as it was, the batches' own call — a 局's 股, an office, a 窗口)
    assert _own_part_apart("XX县医疗保障局待遇保障股", "待遇保障股") == (
        "XX县医疗保障局待遇保障股",
        "待遇保障股",
    )
    assert _own_part_apart("XX县人民政府办公室", "办公室") == ("XX县人民政府办公室", "办公室")
    # (a 科室 that is no last part of the unit, or none: as it is)
    assert _own_part_apart("XX县水务局", "工程股") == ("XX县水务局", "工程股")
    assert _own_part_apart("XX镇", "财政所") == ("XX镇", "财政所")
    assert _own_part_apart("XX县水务局", "") == ("XX县水务局", "")
    assert _own_part_apart("XX县政务服务中心生态环境窗口", "窗口") == (
        "XX县政务服务中心生态环境窗口",
        "窗口",
    )
