"""A row between two points of a list that holds only a measure, in the measures column, whose
words end with a sign-off's word ('到货数量两人清点签字。', '领款人本人签名。'): it had been taken
for a sign-off line, the table closed there and the row dropped with no word (nothing said, the
rows under it read as another table). It is a row with no point of its own, said as any such row
is (POINT_BLANK at its point cell), the list going on. A real sign-off line under the list
('审核人签字：', '填表人： | 科室负责人（签字）：') is still none, and says nothing.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {})
    return _collect(inbox)


HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
ROWS = [
    ["县粮食储备库岗位廉政风险排查表", None, None, None, None, None, None],
    HEAD,
    [1, "仓储股", "股长", "濮阳瑾", "粮食出入库数量虚报", "一级", "出入库单据逐笔核对。"],
    [None, None, None, None, None, None, "到货数量两人清点签字。"],
    [2, "财务股", "出纳", "濮阳澄", "收购款发放截留", "二级", "收购款直接打卡。"],
    [None, None, None, None, None, None, "领款人本人签名。"],
    [3, "办公室", "主任", "端木筠", "公务接待超标准", "三级", "接待清单审批。"],
]


def test_a_measure_alone_ending_in_a_sign_word_is_a_row_said_not_a_signoff(tmp_path):
    got = run(tmp_path, ROWS)
    assert list(got.risks["risk_point"]) == [
        "粮食出入库数量虚报",
        "收购款发放截留",
        "公务接待超标准",
    ]
    blank = got.issues[got.issues["code"] == "POINT_BLANK"]
    assert sorted(blank["cell"]) == ["E4", "E6"]  # (both said: none dropped unsaid)


def test_a_real_signoff_line_under_the_list_says_nothing(tmp_path):
    rows = ROWS[:3] + ROWS[4:5] + ROWS[6:] + [
        [None, None, None, None, None, None, "审核人签字："],
        ["填表人：", None, None, "科室负责人（签字）：", None, None, None],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert list(got.risks["risk_point"]) == [
        "粮食出入库数量虚报",
        "收购款发放截留",
        "公务接待超标准",
    ]
    assert not {"POINT_BLANK", "ROW_UNPLACED"} & set(got.issues["code"])
