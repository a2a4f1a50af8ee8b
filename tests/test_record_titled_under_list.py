"""A short RECORD under a list's rows that a TITLE LINE just above it names a record (``2025年度廉政
风险防控学习记录``, ``附：谈话提醒记录表``, ``集中学习情况登记表``), its three to twelve headings
stretched over the list's columns by merges so that one of them (``学习内容``, ``谈话要点``,
``学习篇目``) stands in the list's point column: before, unless every heading was a record's or a
ledger's own word and the row was no sign-off line (TABLE_UNDER_LIST,
tests/test_record_under_list.py), its heading row was taken for a sign-off line (``日期``,
``时间``, ``签名`` among its headings) and its rows under it for points of the list — a person
``主持人``, the chair as a post of his own name, ``参加人数`` as measures, each row TYPE_BLANK or
LEVEL_BLANK. Now the title says what it is: a title line alone on its row ending as a record's name
(``…记录``, ``…记录表``, ``…登记表``, ``…签到表``, ``…台账``, with 学习, 谈话, 教育, 会议, 培训 …
before it), over a row of short headings — none a value (a name, a date, a number, a level) nor a
risk list's (``风险点``, ``风险等级``, ``防控措施``), not the list's own header, its last cell in the
point column or right of it — over a row filling two cells: the list ends, the record is reported
once (info RECORD_TITLED_UNDER_LIST, its rows counted to the sign-off under it), no points. A
record naming its people by their part (``主持人``) with no title, whose heading row is of a sign-off
line's kind, now ends the list too (TABLE_UNDER_LIST) where it reaches the point column. Behind
``grid.lacks("记录", "登记", "签到", "台账")``.

Not the published batch's file (batch1028: a 交通运输局's ``2025年度廉政风险防控学习记录`` over ``日期 |
主持人 | 学习内容 | 参加人数`` with 高/中/低): a 县林业局's ``附：2025年谈话提醒记录表`` over ``谈话日期 |
谈话人 | 谈话要点 | 签名`` (``一级/二级/三级``), a 县人民医院's ``集中学习情况登记表`` of THREE headings
``时间 | 学习篇目 | 应到/实到`` (``Ⅰ级/Ⅱ级/Ⅲ级``), a 县统计局's untitled ``日期 | 主持人 | 学习内容 |
参加人数`` stretched over its columns. Near-misses read as before: a narrow titled record left of
the point column (no points, nothing said), and a second list of points under a title ending
``登记表`` (its own 风险点 and 风险等级: read as points).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

CODE = "RECORD_TITLED_UNDER_LIST"
MISREAD = {"LEVEL_BLANK", "LEVEL_UNKNOWN", "MEASURES_BLANK", "ROW_UNPLACED", "TYPE_BLANK"}


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


def told(got, code: str = CODE) -> list[tuple[str, str, str]]:
    at = got.issues[got.issues["code"] == code]
    return [(r.cell, r.value, r.field) for r in at.itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


FOREST_HEAD = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
FOREST_ROWS = [
    [1, "局领导", "局长", "钟离璟", "国储林项目资金使用个人说了算", "一级", "集体研究"],
    [2, "资源管理股", "股长", "钟离琛", "林木采伐许可审核放宽", "二级", "两人核验"],
    [3, "林业站", "护林员", "闻人瑗", "巡护考勤弄虚作假", "三级", "轨迹核对"],
]  # fmt: skip
FOREST_READ = [
    ("局领导", "局长", "钟离璟", "国储林项目资金使用个人说了算", "Ⅰ级"),
    ("资源管理股", "股长", "钟离琛", "林木采伐许可审核放宽", "Ⅱ级"),
    ("林业站", "护林员", "闻人瑗", "巡护考勤弄虚作假", "Ⅲ级"),
]


def test_a_talk_record_under_its_title_is_no_points(tmp_path):
    # 谈话日期 (A) | 谈话人 (B:C) | 谈话要点 (D:F, over 姓名 … 风险等级) | 签名 (G)
    rows = [
        ["某县林业局岗位廉政风险防控一览表"],
        FOREST_HEAD,
        *FOREST_ROWS,
        ["附：2025年谈话提醒记录表"],
        ["谈话日期", "谈话对象", None, "提醒要点", None, None, "本人签字"],
        ["2025.4.2", "钟离璟", None, "提醒采伐许可严格把关，不得打招呼", None, None, "钟离琛"],
        ["2025.7.15", "钟离璟", None, "提醒护林员如实记录巡护轨迹", None, None, "闻人瑗"],
        ["填表人：", None, "审核人：", None, None, "日期：2025年8月", None],
    ]
    merges = ["A6:G6"] + [f"B{r}:C{r}" for r in (7, 8, 9)] + [f"D{r}:F{r}" for r in (7, 8, 9)]
    got = run(tmp_path, rows, merges)
    assert read(got) == FOREST_READ
    assert told(got) == [("A7", "谈话日期 谈话对象 提醒要点 本人签字", "2")]
    assert not codes(got) & MISREAD


def test_a_three_heading_study_register_is_no_points(tmp_path):
    # 时间 (A) | 学习篇目 (B:E, over 岗位 … 风险点) | 应到/实到 (F:G), after a blank row
    rows = [
        ["某县人民医院岗位廉洁风险防控清单"],
        ["序号", "科室", "岗位", "责任人", "风险点", "风险级别", "防控措施"],
        [1, "院领导", "院长", "东方琰", "药品耗材采购收受回扣", "Ⅰ级", "集中采购"],
        [2, "医务科", "科长", "东方璐", "医疗纠纷处理偏袒一方", "Ⅱ级", "集体研判"],
        [3, "药剂科", "药师", "上官琪", "药品出入库账实不符", "Ⅲ级", "每月盘点"],
        [],
        ["集中学习情况登记表"],
        ["时间", "学习篇目", None, None, None, "应到/实到", None],
        ["3月6日", "《医疗机构工作人员廉洁从业九项准则》", None, None, None, "42/40", None],
        ["6月12日", "医药领域腐败问题集中整治典型案例", None, None, None, "42/41", None],
    ]
    merges = ["A7:G7"] + [f"B{r}:E{r}" for r in (8, 9, 10)] + [f"F{r}:G{r}" for r in (8, 9, 10)]
    got = run(tmp_path, rows, merges)
    assert read(got) == [
        ("院领导", "院长", "东方琰", "药品耗材采购收受回扣", "Ⅰ级"),
        ("医务科", "科长", "东方璐", "医疗纠纷处理偏袒一方", "Ⅱ级"),
        ("药剂科", "药师", "上官琪", "药品出入库账实不符", "Ⅲ级"),
    ]
    assert told(got) == [("A8", "时间 学习篇目 应到/实到", "2")]
    assert not codes(got) & MISREAD


def test_an_untitled_record_headed_like_a_sign_off_line_ends_the_list(tmp_path):
    # no title: 日期 | 主持人 (B:C) | 学习内容 (D:F) | 参加人数, its heading of a sign-off's kind
    rows = [
        ["某县统计局岗位廉政风险防控清单"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", "濮阳瑄", "统计执法检查打招呼", "高", "两人执法"],
        [2, "综合股", "股长", "濮阳璟", "统计数据弄虚作假", "中", "数据复核"],
        ["日期", "主持人", None, "学习内容", None, None, "参加人数"],
        ["2025年3月5日", "濮阳瑄", None, "学习统计法及实施条例", None, None, "9人"],
    ]
    merges = [f"B{r}:C{r}" for r in (5, 6)] + [f"D{r}:F{r}" for r in (5, 6)]
    got = run(tmp_path, rows, merges)
    assert read(got) == [
        ("局领导", "局长", "濮阳瑄", "统计执法检查打招呼", "Ⅰ级"),
        ("综合股", "股长", "濮阳璟", "统计数据弄虚作假", "Ⅱ级"),
    ]
    assert [(c, v) for c, v, _ in told(got, "TABLE_UNDER_LIST")] == [
        ("A5", "日期 主持人 学习内容 参加人数")
    ]
    assert not codes(got) & MISREAD


def test_a_narrow_titled_record_left_of_the_point_column_as_before(tmp_path):
    rows = [
        ["某县林业局岗位廉政风险防控一览表"],
        FOREST_HEAD,
        *FOREST_ROWS,
        [],
        ["学习记录"],
        ["日期", "学习内容", "主持人"],
        ["2025年3月5日", "学习森林法", "钟离璟"],
    ]
    got = run(tmp_path, rows, ["A7:G7"])
    assert read(got) == FOREST_READ
    assert CODE not in codes(got) and "TABLE_UNDER_LIST" not in codes(got)


def test_a_second_list_under_a_register_title_is_read_as_before(tmp_path):
    rows = [
        ["某县林业局岗位廉政风险防控一览表"],
        FOREST_HEAD,
        *FOREST_ROWS,
        ["警示教育后新增风险点登记表"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "林政股", "股员", "闻人琛", "木材运输检查放行不登记", "二级", "台账登记"],
    ]
    got = run(tmp_path, rows, ["A6:G6"])
    assert read(got) == [
        *FOREST_READ,
        ("林政股", "股员", "闻人琛", "木材运输检查放行不登记", "Ⅱ级"),
    ]
    assert CODE not in codes(got)
