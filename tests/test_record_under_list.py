"""A RECORD of another kind right under a list's rows, on the same sheet, whose heading names its
people only by the part they took — a 廉政谈话记录 (``谈话时间 | 谈话人 | 谈话对象 | 谈话类型 | 谈话内容 |
备注``), a 党组会议 or 支部 meeting record (``会议日期 | 会议主题 | 参会人员 | 主持人 | 记录人 | 备注``), a
警示教育 record (``时间 | 授课人 | 教育内容 | 形式 | 记录人 | 备注``) — with no holder's (责任人, 姓名) nor
科室's column: before, only a heading naming a holder or a 科室 ended the list (TABLE_UNDER_LIST,
tests/test_table_under_list.py, tests/test_unnumbered_ledger_under_list.py), so a record as wide
as the list, its heading of ``other`` kind, was read as more points of the list by its columns (a
主持人 as a point, a 记录人 as a level, each row LEVEL_UNKNOWN / LEVEL_BLANK and MEASURES_BLANK).
Now a heading naming people as 主持人, 记录人, 参加人（员）, 参会人员, 谈话人, 谈话对象, 授课人 … (the
sheet's text searched once for such a word, ``_Sheet.record_rows``) heads such a table too when
every heading is a known column's or of a ledger's or record's words, none a risk list's nor a
point's or level's, and the row under it fills one of those people's columns: the list ends, the
table is reported once (TABLE_UNDER_LIST); the surname 谈 does not make '谈话人' a name, and a
record's own '谈话类型' is no risk type.

Not the published batch's file (batch1010: a 民政局's ``附：局机关党支部党风廉政学习教育记录`` ``日期 | 学习内容
| 学习形式 | 参加人 | 主持人 | 记录人 | 备注`` after a blank row): a 县审计局's 廉政谈话记录 right under its
rows (no gap, no caption), a 县气象局's 党组会议 record under a caption, a 县税务分局's 警示教育 record
numbered under its own 序号 over a sign-off line. Near-misses read as before: a point whose text
names a 主持人 (a long cell), a second list of points with a 记录人 column (its own 风险点 and 风险等级),
and the narrow ``日期 | 学习内容 | 主持人 | 记录人`` reaching no point column (no points, nothing said).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

CODE = "TABLE_UNDER_LIST"
MISREAD = {"LEVEL_BLANK", "LEVEL_UNKNOWN", "MEASURES_BLANK", "ROW_UNPLACED"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    cols = ["department", "title", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def told(got, code: str = CODE) -> list[tuple[str, str]]:
    at = got.issues[got.issues["code"] == code]
    return [(r.cell, r.value) for r in at.itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


AUDIT_HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
AUDIT_ROWS = [
    [1, "财政审计股", "股长", "谈璟", "审计线索隐瞒不报", "高", "线索集体研判"],
    [2, "财政审计股", "审计员", "赫连珺", "审计中接受宴请", "中", "廉洁承诺"],
    [3, "办公室", "主任", "公孙璘", "公务接待超标准", "低", "接待审批"],
]  # fmt: skip
AUDIT_READ = [
    ("财政审计股", "股长", "谈璟", "审计线索隐瞒不报", "Ⅰ级"),
    ("财政审计股", "审计员", "赫连珺", "审计中接受宴请", "Ⅱ级"),
    ("办公室", "主任", "公孙璘", "公务接待超标准", "Ⅲ级"),
]


def test_a_talk_record_right_under_the_rows_is_no_points(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        AUDIT_HEAD,
        *AUDIT_ROWS,
        ["谈话时间", "谈话人", "谈话对象", "谈话类型", "谈话内容", "备注"],
        ["2025年2月18日", "谈璟", "赫连珺", "提醒谈话", "提醒审计纪律", None],
        ["2025年3月4日", "谈璟", "公孙璘", "任职谈话", "提醒接待标准", "已签字"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == AUDIT_READ
    assert told(got) == [("A6", "谈话时间 谈话人 谈话对象 谈话类型 谈话内容 备注")]
    assert got.issues[got.issues["code"] == CODE]["severity"].tolist() == ["info"]
    assert not codes(got) & MISREAD


def test_a_meeting_record_under_a_caption_is_said_once(tmp_path):
    rows = [
        ["某县气象局廉政风险点一览表"],
        ["序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
        [
            1,
            "局领导",
            "局长",
            "慕容澍",
            "人工影响天气物资采购指定供应商",
            "一级",
            "采购集体决策",
            None,
        ],
        [2, "观测站", "站长", "慕容瑗", "观测数据修改不留痕", "二级", "数据修改审批", None],
        [],
        ["党组会议记录"],
        ["会议日期", "会议主题", "参会人员", "列席人员", "主持人", "记录人", "会议地点", "备注"],
        [
            "2025年4月2日",
            "研究廉政风险防控",
            "党组成员",
            "纪检组长",
            "慕容澍",
            "慕容瑗",
            "三楼",
            None,
        ],
        ["2025年6月9日", "专题警示教育", "全体党员", "无", "慕容澍", "慕容瑗", "三楼", None],
    ]
    got = run(tmp_path, rows, ["A6:H6"])
    assert read(got) == [
        ("局领导", "局长", "慕容澍", "人工影响天气物资采购指定供应商", "Ⅰ级"),
        ("观测站", "站长", "慕容瑗", "观测数据修改不留痕", "Ⅱ级"),
    ]
    assert told(got) == [("A7", "会议日期 会议主题 参会人员 列席人员 主持人 记录人 会议地点 备注")]
    assert not codes(got) & MISREAD


def test_a_numbered_education_record_over_a_signoff(tmp_path):
    rows = [
        ["某县税务局第二税务分局廉政风险排查表"],
        ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "征收股", "股长", "上官翀", "税款核定随意调整", "高", "核定集体审议"],
        [2, "管理股", "科员", "上官瑀", "纳税评估走过场", "中", "评估复核"],
        [],
        ["序号", "时间", "授课人", "教育内容", "形式", "记录人", "备注"],
        [1, "2025年3月", "上官翀", "税务系统违纪案例通报", "集中学习", "上官瑀", None],
        [2, "2025年5月", "上官翀", "参观廉政教育基地", "现场教学", "上官瑀", None],
        ["填表人：", None, "审核人：", None, "分局长（签字）：", None, None],
    ]
    got = run(tmp_path, rows)
    assert [r[2] for r in read(got)] == ["上官翀", "上官瑀"]
    assert told(got) == [("A6", "序号 时间 授课人 教育内容 形式 记录人 备注")]
    assert not codes(got) & MISREAD


def test_a_point_naming_a_chair_is_read(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        AUDIT_HEAD,
        *AUDIT_ROWS[:2],
        [3, "办公室", "主任", "公孙璘", "会议主持人个人定调、不经集体研究", "中", "议事规则"],
        [4, "办公室", "科员", "赫连瑄", "会议记录人事后篡改记录", "低", "记录签字确认"],
    ]
    got = run(tmp_path, rows)
    assert [r[3] for r in read(got)] == [
        "审计线索隐瞒不报",
        "审计中接受宴请",
        "会议主持人个人定调、不经集体研究",
        "会议记录人事后篡改记录",
    ]
    assert CODE not in codes(got)


def test_a_second_list_of_points_with_a_recorder_column_is_read(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        AUDIT_HEAD,
        *AUDIT_ROWS,
        [],
        ["二、新增风险点"],
        ["岗位", "风险点", "风险等级", "防控措施", "记录人", "备注"],
        ["主任", "公务用车私用", "低", "派车登记", "公孙璘", None],
    ]
    got = run(tmp_path, rows)
    assert CODE not in codes(got)
    assert "公务用车私用" in [r[3] for r in read(got)]


def test_a_narrow_record_reaching_no_point_column_as_before(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        AUDIT_HEAD,
        *AUDIT_ROWS,
        [],
        ["学习记录"],
        ["日期", "学习内容", "主持人", "记录人"],
        ["2025年3月5日", "学习廉洁自律准则", "谈璟", "公孙璘"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == AUDIT_READ
    assert CODE not in codes(got)
