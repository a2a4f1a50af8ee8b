"""A row INSIDE a list giving the post's duties (``岗位职责：负责…``, ``主要职责：…``, ``【工作职责】…``)
over the holder's points — no 序号, level, type or measures of its own (blank, or its text merged
across them), the next row one of the list's points — is no risk point: what the post does. Its
科室, 岗位 and 姓名 (merged down over it and the points, or written on it, or on the points only)
are those of the points under it; said once a table (info DUTY_ROWS_SKIPPED, at the first such
row, with their count). Before, each such row was one more point of its holder, its label taken
off, with LEVEL_BLANK and MEASURES_BLANK.

Not the published batch's file (batch992: a 县委组织部's 清单, ``岗位职责：负责…`` merged across to
防控措施 at the head of each person's rows, 科室/岗位/姓名 merged down over them): a 县医疗保障局's
一览表 whose ``主要职责：`` rows carry the holder's cells themselves (nothing merged), a 乡镇's
排查表 with ``【工作职责】…`` rows and the holder cells written on the points only, a list with a
type column and ``职责：`` rows. Near-misses read as before: a point that starts with duty words but
has its level (``岗位职责：履行不到位`` | 中), a duty row with no point under it (the table's end),
two duty rows one over the other (the first has no point under it), and ``岗位职责风险：…`` (a type
word, not a duty label).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = "DUTY_ROWS_SKIPPED"


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def points(result) -> list[tuple]:
    df = result.risks
    return list(zip(df["department"], df["person"], df["risk_point"], strict=True))


def codes(result) -> list[str]:
    return [i.code for i in result.issue_records]


HEAD = ["序号", "科室", "职务", "姓名", "风险点", "风险等级", "防控措施"]
TITLE = ["县医疗保障局岗位廉政风险一览表"] + [None] * 6


def test_duty_rows_with_their_own_holder_cells(tmp_path):
    rows = [
        TITLE,
        HEAD,
        [
            None,
            "待遇保障股",
            "股长",
            "甲乙丙",
            "主要职责：负责医保待遇政策执行和异地就医备案",
            None,
            None,
        ],
        [1, "待遇保障股", "股长", "甲乙丙", "门诊慢特病认定放宽标准", "高", "认定专家集体评审"],
        [2, "待遇保障股", "股长", "甲乙丙", "异地就医备案材料审核不严", "中", "备案材料两人复核"],
        [None, "基金监管股", "科员", "丁戊己", "主要职责：负责定点医药机构日常稽核", None, None],
        [3, "基金监管股", "科员", "丁戊己", "稽核中发现问题隐瞒不报", "高", "稽核结果集体研判"],
    ]
    res = run(tmp_path, rows)
    assert points(res) == [
        ("待遇保障股", "甲乙丙", "门诊慢特病认定放宽标准"),
        ("待遇保障股", "甲乙丙", "异地就医备案材料审核不严"),
        ("基金监管股", "丁戊己", "稽核中发现问题隐瞒不报"),
    ]
    told = [i for i in res.issue_records if i.code == NEW]
    assert len(told) == 1 and told[0].cell == "E3" and "2 行" in told[0].message
    assert "LEVEL_BLANK" not in codes(res) and "MEASURES_BLANK" not in codes(res)


def test_bracketed_duty_rows_over_points_holding_the_cells(tmp_path):
    rows = [
        ["某镇岗位廉政风险排查表"] + [None] * 6,
        HEAD,
        [None, None, None, None, "【工作职责】负责农村低保初审和临时救助", None, None],
        [1, "社会事务办", "干事", "庚辛壬", "低保初审入户调查走过场", "中", "入户两人，拍照留存"],
        [2, "社会事务办", "干事", "庚辛壬", "临时救助金发放不及时", "低", "发放台账月报"],
        [None, None, None, None, "【工作职责】负责村级财务代理记账", None, None],
        [3, "三资管理中心", "会计", "癸子丑", "村级报账票据审核不严", "高", "票据逐张审核"],
    ]
    res = run(tmp_path, rows, ["E3:G3", "E6:G6"])
    assert points(res) == [
        ("社会事务办", "庚辛壬", "低保初审入户调查走过场"),
        ("社会事务办", "庚辛壬", "临时救助金发放不及时"),
        ("三资管理中心", "癸子丑", "村级报账票据审核不严"),
    ]
    assert codes(res).count(NEW) == 1


def test_duty_rows_in_a_typed_list(tmp_path):
    head = ["序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    rows = [
        ["县档案馆廉政风险防控清单"] + [None] * 7,
        head,
        [None, "利用服务科", "科长", "寅卯辰", "职责：档案查阅利用审批", "职责：档案查阅利用审批",
         "职责：档案查阅利用审批", "职责：档案查阅利用审批"],
        [1, "利用服务科", "科长", "寅卯辰", "违规提供涉密档案查阅", "岗位职责", "高", "查阅审批登记"],
        [2, "利用服务科", "科长", "寅卯辰", "收取查档费不开票", "制度机制", "低", "收费公示"],
    ]  # fmt: skip
    res = run(tmp_path, rows, ["B3:B5", "C3:C5", "D3:D5", "E3:H3"])
    assert [p[2] for p in points(res)] == ["违规提供涉密档案查阅", "收取查档费不开票"]
    assert list(res.risks["person"]) == ["寅卯辰", "寅卯辰"]


def test_near_misses_read_as_before(tmp_path):
    rows = [
        TITLE,
        HEAD,
        # a point that begins with duty words and has its level: a point
        [1, "办公室", "主任", "巳午未", "岗位职责：履行不到位、推诿扯皮", "中", "限时办结"],
        # a type word, not a duty label
        [2, "办公室", "主任", "巳午未", "岗位职责风险：公车私用", "低", "公车定位"],
        # two duty lines one over the other: the first has no point under it
        [None, "财务室", "会计", "申酉戌", "岗位职责：负责会计核算", None, None],
        [None, "财务室", "会计", "申酉戌", "岗位职责：负责工资发放", None, None],
        [3, "财务室", "会计", "申酉戌", "虚列支出套取资金", "高", "支出两人审核"],
        # a duty row at the table's end: no point under it
        [None, "财务室", "会计", "申酉戌", "岗位职责：负责票据保管", None, None],
    ]
    res = run(tmp_path, rows)
    got = [p[2] for p in points(res)]
    assert "履行不到位、推诿扯皮" in "".join(got)
    assert "公车私用" in "".join(got)
    assert "虚列支出套取资金" in got
    assert any("会计核算" in p for p in got)  # (read as before)
    assert not any("工资发放" in p for p in got)  # (a duty row over a point)
    assert any("票据保管" in p for p in got)  # (read as before)


def test_catalogue_says_it():
    assert NEW in CATALOGUE and NEW in SHORT
    assert CATALOGUE[NEW][0] == "info"
