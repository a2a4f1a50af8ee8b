"""An UNTITLED, NUMBERED record right under a list's last row (no blank row, no title line) whose
headings name no one — ``序号 | 学习内容 | 学习时间 | 签到``, ``序号 | 培训主题 | 培训地点 | 培训日期 |
学时 | 参训人数 | 备注`` — over rows numbered again from 1 ends the list: it is reported once (info
RECORD_NUMBERED_UNDER_LIST, at its heading, its rows counted to the sign-off) and none of it is a
point. Before, its heading and rows were read as more points of the list by the list's columns
(``学习时间`` as the holder, ``参加人数`` as the point, ``已签到`` a LEVEL_UNKNOWN; batch1030's 审计局),
or, narrower than the list, as POINT_BLANK rows. Not that batch's words: a 县税务局's 培训 record as
wide as the list with a type column, a 乡's narrow 会议 record ``序号 | 会议主题 | 会议时间 | 签到``
under a list of 一级/二级/三级, and the near-misses: a second list of points right under the rows,
a record after a blank row (TABLE_OTHER, as before), rows numbered on (6, 7: the list's own rows).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell, i.field) for i in r.issues]


TAX_HEAD = ["序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"]
TAX = [
    ["某县税务局岗位廉政风险防控一览表", None, None, None, None, None, None, None],
    TAX_HEAD,
    [
        1,
        "征管股",
        "股长",
        "呼延澈",
        "税款核定人情干预",
        "岗位职责风险",
        "Ⅰ级",
        "核定结果集体审议。",
    ],
    [2, "征管股", "股长", "呼延澈", "欠税追缴放松", "业务流程风险", "Ⅱ级", "欠税台账月度通报。"],
    [3, "办公室", "出纳", "令狐湘", "票据保管不严", "制度机制风险", "Ⅲ级", "票据双人保管。"],
]
TRAINING = [
    ["序号", "培训主题", "培训地点", "培训日期", "学时", "参训人数", "备注", None],
    [1, "新《税收征管法》解读", "二楼会议室", "2025年4月2日", 4, 18, None, None],
    [2, "廉洁从税警示教育", "县廉政教育基地", "2025年6月16日", 3, 17, "2人补训", None],
]
SIGN = ["制表人：", None, None, "负责人：", None, None, "2025年9月", None]
TAX_POINTS = [
    ("呼延澈", "税款核定人情干预", "Ⅰ级"),
    ("呼延澈", "欠税追缴放松", "Ⅱ级"),
    ("令狐湘", "票据保管不严", "Ⅲ级"),
]


def test_a_training_record_as_wide_as_the_list(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": [*TAX, *TRAINING, SIGN]})
    got, issues = _read(path)
    assert got == TAX_POINTS
    codes = [c for c, _, _ in issues]
    assert ("RECORD_NUMBERED_UNDER_LIST", "A6", "2") in issues
    for code in ("LEVEL_UNKNOWN", "LEVEL_BLANK", "MEASURES_BLANK", "POINT_BLANK", "ROW_UNPLACED"):
        assert code not in codes, code


TOWN = [
    ["某乡人民政府小微权力风险防控清单", None, None, None, None, None],
    ["序号", "职务", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "乡长", "东郭泓", "扶贫车间租金减免个人决定", "一级", "减免事项党委会研究。"],
    [2, "民政办主任", "南宫潇", "临时救助审核不严", "二级", "救助名单公示。"],
    [3, "财政所会计", "东郭沁", "零星支出无审批", "三级", "支出一事一审。"],
]
MEETING = [
    ["序号", "会议主题", "会议时间", "签到"],
    [1, "传达县纪委全会精神", "2025年2月", "东郭泓等9人"],
    [2, "通报身边典型案例", "2025年5月", "南宫潇等8人"],
    [3, "研究风险点动态调整", "2025年8月", "东郭沁等9人"],
]
TOWN_POINTS = [
    ("东郭泓", "扶贫车间租金减免个人决定", "Ⅰ级"),
    ("南宫潇", "临时救助审核不严", "Ⅱ级"),
    ("东郭沁", "零星支出无审批", "Ⅲ级"),
]


def test_a_narrow_meeting_record_under_a_list_of_grades(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": [*TOWN, *MEETING]})
    got, issues = _read(path)
    assert got == TOWN_POINTS
    codes = [c for c, _, _ in issues]
    assert ("RECORD_NUMBERED_UNDER_LIST", "A6", "3") in issues
    assert "POINT_BLANK" not in codes and "LEVEL_UNKNOWN" not in codes


def test_a_second_list_right_under_reads_as_before(tmp_path):
    # '序号 | 学习内容 | 廉政风险点 | 风险等级 | …': a list's headings, no record
    second = [
        ["序号", "学习内容", "廉政风险点", "风险等级", "防控措施", None],
        [1, "政治理论学习", "学习流于形式", "三级", "学习记录抽查。", None],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": [*TOWN, *second]})
    _, issues = _read(path)
    assert "RECORD_NUMBERED_UNDER_LIST" not in [c for c, _, _ in issues]


def test_after_a_blank_row_it_is_another_table_as_before(tmp_path):
    blank = [None] * 6
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": [*TOWN, blank, *MEETING]})
    got, issues = _read(path)
    assert got == TOWN_POINTS
    codes = [c for c, _, _ in issues]
    assert "RECORD_NUMBERED_UNDER_LIST" not in codes and "TABLE_OTHER" in codes


def test_rows_numbered_on_are_the_lists_own(tmp_path):
    # a heading-like row whose rows go on numbering the list (4, 5): not a record numbered from 1
    on = [
        ["序号", "会议主题", "会议时间", "签到"],
        [4, "传达县纪委全会精神", "2025年2月", "东郭泓等9人"],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": [*TOWN, *on]})
    _, issues = _read(path)
    assert "RECORD_NUMBERED_UNDER_LIST" not in [c for c, _, _ in issues]
