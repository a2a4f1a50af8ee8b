"""A table converted from a PDF to Excel (WPS or Adobe 'PDF转Excel'), each printed line of a cell
its OWN ROW, whose 责任人 (姓名) column the converter made two cells WIDE — its heading merged across
two columns (and the records' names too), or followed by a column of no heading that no record
writes in — and a record whose cells wrap onto the row under it in SEVERAL columns at once: the
holder's name broken where the printed column ended, its rest on the row under the record (in the
name's column or one column right), and on that SAME row the rests of the record's point and
measures (or description) in their own columns; 序号, 科室, 岗位, level and type blank on it.
Before, such a row was read as a point of its own (the point's rest, no level, its holder the
name's rest or the half name), the record read by its first lines, its holder the half name; and
the name's rest written beside a point counted as a holder's name in the column, so the same rest
ALONE under the holder's next record (HOLDER_NAME_REST_IN_WIDE_COLUMN) was no longer joined. Now
the row's lines are joined to the record's cells before any table is looked for — the name whole,
the point's and the measures' lines each to their own — and the row emptied, with the rows after
it holding only further lines of those texts; said once a sheet (info
HOLDER_NAME_REST_BESIDE_LINES).

Not the published batch's file (batch1095: a 林业和草原局's 一览表, ``序号 | 股室 | 岗位 | 责任人 |
廉政风险点 | 风险等级 | 防控措施`` with 责任人 merged D:E, 高/中/低, ``骨利干`` over ``小明``): a
县水利局's 排查表 under ``编号 | 科室 | 职务 | 负责人 | 风险点 | 风险级别 | 防控措施``, 负责人 merged
D:E, ``一级/二级/三级``, names ``诸葛`` over ``晓雪``, ``独孤`` over ``婉``, a point of three printed
lines; a 街道办事处's 清单 WITHOUT 序号 and with no merge at all, ``部门 | 岗位 | 姓名 | (no heading) |
风险表现 | 廉政风险点 | 等级 | 措施`` — the description's, the point's and the measures' rests beside
the name's rest one column right, 较高/一般/较低 levels.
Near-misses read as before (checked with the reader before this change, main at 991b366c): a
second holder's whole name beside a point of his own (``李强`` under ``张晓明``); a record whose
point and measures are whole sentences (``。``), the row under it a line of other words; a row
that states its own level (a record with no 序号); a typed block, 序号 merged down over the row;
a point's "rest" that opens a new numbered item (``2.…``).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

N = None
NEW = "HOLDER_NAME_REST_BESIDE_LINES"
ALONE = "HOLDER_NAME_REST_IN_WIDE_COLUMN"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "清单.xlsx", {"Table 1": rows}, merges={"Table 1": merges} if merges else None
    )
    return _collect(inbox)


def read(got) -> list[tuple]:
    cols = ["department", "title", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def measures(got) -> list[str]:
    return list(got.risks["measures"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


WATER = [
    ["县水利局廉政风险点排查表", N, N, N, N, N, N, N],
    ["编号", "科室", "职务", "负责人", N, "风险点", "风险级别", "防控措施"],
    [1, "局领导", "局长", "诸葛", N, "水利工程项目招标设置倾向", "一级", "招标文件法制审核，"],
    [N, N, N, "晓雪", N, "性条件", N, "全程留痕。"],
    [2, "局领导", "局长", "诸葛", N, "收受施工单位礼金", "二级", "签订廉洁承诺书。"],
    [N, N, N, "晓雪", N, N, N, N],
    [3, "水政监察股", "股长", "独孤", N, "河道采砂许可审核把关不", "一级", "许可两级审核，现场勘验"],
    [N, N, N, "婉", N, "严，对无证采砂查处不力，", N, "，结果公示。"],
    [N, N, N, N, N, "降格处理", N, N],
    [4, "办公室", "会计", "独孤云", N, "报销票据审核不严", "三级", "票据双人复核。"],
    ["填表人：", N, N, "审核人：", N, N, "2025年9月", N],
]  # fmt: skip
# the heading's and each record's 负责人 merged D:E, and the rests' rows under the first two
WATER_MERGES = ["A1:H1", "D2:E2", "D3:E3", "D4:E4", "D5:E5", "D6:E6", "D7:E7", "D10:E10"]


def test_a_name_rest_beside_the_point_and_measures_rests_joins_them(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert NEW in codes(got)
    assert not codes(got) & {"POINT_BLANK", "LEVEL_BLANK", "ROW_UNPLACED", "MEASURES_BLANK"}
    assert read(got) == [
        ("局领导", "局长", "诸葛晓雪", "水利工程项目招标设置倾向性条件", "Ⅰ级"),
        ("局领导", "局长", "诸葛晓雪", "收受施工单位礼金", "Ⅱ级"),
        ("水政监察股", "股长", "独孤婉", "河道采砂许可审核把关不严，对无证采砂查处不力，降格处理", "Ⅰ级"),
        ("办公室", "会计", "独孤云", "报销票据审核不严", "Ⅲ级"),
    ]  # fmt: skip
    assert measures(got)[0] == "招标文件法制审核，全程留痕。"
    assert measures(got)[2] == "许可两级审核，现场勘验，结果公示。"
    issues = got.issues[got.issues["code"] == NEW]
    assert len(issues) == 1
    issue = issues.iloc[0]
    assert issue["cell"] == "D3" and issue["severity"] == "info"
    assert "诸葛" in issue["message"] and "诸葛晓雪" in issue["message"]
    assert "2 处" in issue["message"]
    # (the same rest alone under the holder's next record still joins as before)
    assert ALONE in codes(got)


STREET = [
    ["街道办事处岗位廉政风险防控清单", N, N, N, N, N, N, N],
    ["部门", "岗位", "姓名", N, "风险表现", "廉政风险点", "等级", "措施"],
    ["综治办", "主任", "呼延", N, "调解中偏袒一方收受", "矛盾纠纷调解", "较高", "调解两人以上参与，"],
    [N, N, N, "子涵", "好处", N, N, "结果回访。"],
    ["城管科", "科长", "端木", N, "对违建拆除选择性执法", "违法建设查处", "一般", "查处过程全程录像，"],
    [N, N, N, "思远", N, N, N, "处罚集体研究。"],
    ["财务室", "出纳", "呼延青", N, "现金不及时入账", "现金管理", "较低", "日清日结。"],
]  # fmt: skip


def test_rests_one_column_right_without_seq_or_merges_join_them(tmp_path):
    got = run(tmp_path, STREET, ["A1:H1"])
    assert NEW in codes(got)
    assert not codes(got) & {"POINT_BLANK", "LEVEL_BLANK", "ROW_UNPLACED", "MEASURES_BLANK"}
    assert [r[2] for r in read(got)] == ["呼延子涵", "端木思远", "呼延青"]
    assert [r[3] for r in read(got)] == ["矛盾纠纷调解", "违法建设查处", "现金管理"]
    assert measures(got)[:2] == ["调解两人以上参与，结果回访。", "查处过程全程录像，处罚集体研究。"]
    assert "调解中偏袒一方收受好处" in set(got.risks["description"])


# near-misses: each read as the reader before this change read it
HEAD = ["序号", "科室", "岗位", "责任人", N, "廉政风险点", "风险等级", "防控措施"]
HEAD_MERGES = ["D1:E1", "D2:E2", "D4:E4"]


def _before(tmp_path: Path, rows: list, merges: list[str] | None = None):
    got = run(tmp_path, rows, merges)
    assert NEW not in codes(got)
    return got


def test_a_second_holders_whole_name_beside_his_point_is_no_rest(tmp_path):
    rows = [
        HEAD,
        [1, "办公室", "主任", "张晓明", N, "公务接待超标准", "高", "严格标准，"],
        [N, N, N, "李强", N, "收受礼品", N, "拒收登记。"],
        [2, "财务股", "会计", "赵敏", N, "报销审核不严", "中", "两人复核。"],
    ]
    got = _before(tmp_path, rows, HEAD_MERGES + ["D3:E3"])
    assert "李强" in [r[2] for r in read(got)]


def test_whole_sentences_over_a_row_of_other_words_are_left(tmp_path):
    rows = [
        HEAD,
        [1, "办公室", "主任", "司马", N, "公务接待超标准。", "高", "严格执行接待标准。"],
        [N, N, N, "青", N, "公车私用。", N, "车辆定点停放。"],
        [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
    ]
    got = _before(tmp_path, rows, HEAD_MERGES + ["D3:E3"])
    assert "公务接待超标准。" in [r[3] for r in read(got)]
    assert "司马青" not in [r[2] for r in read(got)]


def test_a_row_stating_its_own_level_is_no_rest(tmp_path):
    rows = [
        HEAD,
        [1, "办公室", "主任", "司马", N, "公务接待超标准，违规", "高", "严格执行接待标"],
        [N, N, N, "青", N, "报销", "中", "准。"],
        [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
    ]
    got = _before(tmp_path, rows, HEAD_MERGES + ["D3:E3"])
    assert "公务接待超标准，违规报销" not in [r[3] for r in read(got)]


def test_a_typed_block_merged_down_is_left_as_it_was(tmp_path):
    rows = [
        HEAD,
        [1, "办公室", "主任", "司马", N, "公务接待超标准，违规", "高", "严格执行接待标"],
        [N, N, N, "青", N, "报销", N, "准。"],
        [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
    ]
    got = _before(tmp_path, rows, HEAD_MERGES + ["D3:E3", "A2:A3"])
    assert "司马青" not in [r[2] for r in read(got)]


def test_a_new_numbered_item_is_no_rest(tmp_path):
    rows = [
        HEAD,
        [1, "办公室", "主任", "司马", N, "1.公务接待超标准", "高", "1.严格执行接待标准"],
        [N, N, N, "青", N, "2.公车私用", N, "2.车辆定点停放"],
        [2, "财务股", "会计", "诸葛兰", N, "报销审核不严", "中", "两人复核。"],
    ]
    got = _before(tmp_path, rows, HEAD_MERGES + ["D3:E3"])
    assert "司马青" not in [r[2] for r in read(got)]


def test_the_code_is_named():
    assert NEW in CATALOGUE and NEW in SHORT and ITEMS[NEW] == "责任人"
